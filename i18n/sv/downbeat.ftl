# Downbeats meddelanden på svenska (sv).

## Språket självt

language-name = Svenska

## Tal, tider, datum och listor: så skrivs de på svenska

number-decimal = ,
unit-ms = { $n } ms
unit-seconds = { $n } s
span-s = { $s } s
span-min = { $min } min
span-h = { $h } h
span-h-min = { $h } h { $min } min
span-d = { $d } d
span-d-h = { $d } d { $h } h
month-short = { $month ->
    [1] jan.
    [2] feb.
    [3] mars
    [4] apr.
    [5] maj
    [6] juni
    [7] juli
    [8] aug.
    [9] sep.
    [10] okt.
    [11] nov.
   *[12] dec.
}
# "7 dec."
date-day-month = { $day } { $month }
# "7 dec. 2026"
date-day-month-year = { $day } { $month } { $year }
# "7 dec. 14:05"
date-time = { $date } { $time }
# "14:05"
time-hm = { $hh }:{ $mm }
time-hms = { $hh }:{ $mm }:{ $ss }
list-comma = {", "}
list-and = { $first } och { $last }
list-or = { $first } eller { $last }

## Orsaker: vad som ligger bakom ett besked, och på vems sida

cause-headline-none = allt är bra
cause-headline-service = tjänsten fungerar inte
cause-headline-offline = du är offline
cause-headline-no-network = datorn är inte ansluten till något nätverk
cause-headline-router-down = din router ({ $router }) svarar inte
cause-headline-line-down = din router ({ $router }) svarar, men inte linjen bortom den
cause-headline-vpn-down = din VPN ({ $interface }) släpper inte igenom något
cause-headline-ipv6-broken = IPv6 fungerar inte i det här nätverket, men IPv4 gör det
cause-headline-ipv4-broken = { $via ->
        [vpn] din VPN ({ $interface }) släpper inte igenom IPv4, men IPv6 fungerar
       *[other] IPv4 fungerar inte i det här nätverket, men IPv6 gör det
    }
cause-headline-dns-resolver-down = din DNS-server svarar inte
cause-headline-dns-filtered = nätverkets DNS blockerar den
cause-headline-captive-portal = nätverket vill att du loggar in
cause-headline-slow-connection = din anslutning är långsam
cause-headline-port-blocked = nätverket blockerar förstahandsporten
cause-headline-downbeat-outdated = Downbeat behöver uppdateras
cause-headline-network-path = det fungerar inte från just ditt nätverk
cause-headline-provider = det fungerar inte i din internetleverantörs nät
cause-headline-clock-wrong = datorns klocka går fel
cause-headline-tls-intercepted = något fångar upp säkra anslutningar
cause-headline-dns-unconfirmed = din DNS säger att namnet inte finns

cause-state-word-offline = offline
cause-state-word-no-network = offline
cause-state-word-router-down = offline
cause-state-word-line-down = offline
cause-state-word-vpn-down = offline
cause-state-word-ipv6-broken = IPv6-fel
cause-state-word-ipv4-broken = IPv4-fel
cause-state-word-dns-resolver-down = ingen DNS
cause-state-word-dns-filtered = blockerad
cause-state-word-captive-portal = inloggning krävs
cause-state-word-slow-connection = långsam anslutning
cause-state-word-port-blocked = port blockerad
cause-state-word-downbeat-outdated = uppdatera Downbeat
cause-state-word-network-path = inte härifrån
cause-state-word-provider = din leverantör
cause-state-word-clock-wrong = fel klocka
cause-state-word-tls-intercepted = avlyssnad
cause-state-word-dns-unconfirmed = namnet saknas här

cause-line-offline = Du är offline: felet är ditt, inte tjänsternas
cause-line-no-network = Datorn är inte ansluten till något nätverk: felet är ditt, inte tjänsternas
cause-line-router-down = Din router ({ $router }) svarar inte: felet är ditt, inte tjänsternas
cause-line-line-down = Din router ({ $router }) svarar, men inget bortom den: felet ligger på din linje, inte hos tjänsterna
cause-line-vpn-down = Din VPN ({ $interface }) släpper inte igenom något: felet är ditt, inte tjänsternas
cause-line-ipv6-broken = IPv6 fungerar inte i det här nätverket: appar som provar det först fastnar
cause-line-ipv4-broken = { $via ->
        [vpn] Din VPN ({ $interface }) släpper inte igenom IPv4: sajter utan IPv6 går inte att nå
       *[other] IPv4 fungerar inte i det här nätverket: sajter utan IPv6 går inte att nå
    }
cause-line-dns-resolver-down = Din DNS-server svarar inte: starta om routern eller byt DNS
cause-line-dns-filtered = Ditt nätverk blockerar { $service }: prova ett annat
cause-line-captive-portal = Wifi-nätet kräver inloggning: öppna en webbläsare
cause-line-slow-connection = Din anslutning är långsam för allt, inte bara { $service }
cause-line-port-blocked = En port för { $service } är blockerad: apparna tar en annan
cause-line-downbeat-outdated = Downbeat är för gammal för { $service }: uppdatera den
cause-line-network-path = { $service } nås inte från ditt nätverk: prova ett annat nätverk
cause-line-provider = Felet ligger hos din internetleverantör, inte hos { $service }
cause-line-clock-wrong = Din klocka går fel: säkra anslutningar misslyckas, felet är ditt
cause-line-tls-intercepted = Något fångar upp dina säkra anslutningar: det är nätverket eller datorn
cause-line-dns-unconfirmed = Din DNS hittar inte { $service }: nätverket kanske filtrerar den

cause-advice-service = Felet är deras: att starta om routern hjälper inte.
cause-advice-offline = Kolla wifi, router eller VPN.
cause-advice-no-network = Slå på wifi eller koppla in kabeln.
cause-advice-router-down = Starta om routern, eller gå närmare den om du är på wifi.
cause-advice-line-down = Att starta om routern en gång kan hjälpa; gör det inte det ligger felet hos din internetleverantör, och nästa steg är deras statussida eller kundtjänst.
cause-advice-vpn-down = Anslut VPN:en igen, eller stäng av den.
cause-advice-ipv6-broken = Starta om routern; om felet kvarstår, stäng av IPv6 på datorn eller fråga din internetleverantör.
cause-advice-ipv4-broken = { $via ->
        [vpn] Anslut VPN:en igen, eller stäng av den.
       *[other] Starta om routern; om felet kvarstår ligger det hos din internetleverantör (deras IPv4-gateway), och nästa steg är deras statussida eller kundtjänst.
    }
cause-advice-dns-resolver-down = Starta om routern eller byt DNS (till exempel till 1.1.1.1).
cause-advice-dns-filtered = Prova ett annat nätverk, eller fråga den som sköter det här.
cause-advice-captive-portal = Öppna en webbläsare och logga in.
cause-advice-slow-connection = Gå närmare wifi-routern, pausa andra nedladdningar eller starta om routern.
cause-advice-port-blocked = Inget att göra så länge apparna ansluter; om de slutar, fråga den som sköter nätverket.
cause-advice-downbeat-outdated = Uppdatera Downbeat: dess hello-meddelande till åtkomstpunkterna är inaktuellt.
cause-advice-network-path = Prova ett annat nätverk (en surfzon i mobilen); fungerar det där ligger felet i det här nätverket eller hos din internetleverantör.
cause-advice-provider = Att starta om routern hjälper inte, men en mobil på mobildata gör det. Kontakta din internetleverantör.
cause-advice-clock-wrong = Slå på automatisk tid i systeminställningarna.
cause-advice-tls-intercepted = Det är oftast ett företagsnätverk, ett webbskydd i ett antivirusprogram eller ett filter; avbryt om du inte litar på nätverket.
cause-advice-dns-unconfirmed = Prova ett annat nätverk eller en annan DNS; fungerar det där, så filtrerar det här nätverket den.

## Diagnoser: varför en kontroll blev som den blev

diagnosis-ok = allt fungerar
diagnosis-slow = svarar långsamt
diagnosis-dns-nxdomain = namnet går inte att slå upp
diagnosis-dns-failure = DNS-uppslagningen misslyckades
diagnosis-tcp-refused = anslutningen nekades
diagnosis-tcp-timeout = anslutningen tog för lång tid
diagnosis-network-unreachable = nätverket går inte att nå
diagnosis-connection-reset = anslutningen återställdes
diagnosis-tls-handshake-failed = den säkra anslutningen misslyckades
diagnosis-tls-cert-expired = TLS-certifikatet har gått ut
diagnosis-tls-cert-not-yet-valid = TLS-certifikatet är inte giltigt än
diagnosis-tls-cert-untrusted = TLS-certifikatet är inte betrott
diagnosis-tls-hostname-mismatch = TLS-certifikatet gäller ett annat namn
diagnosis-tls-cert-expiring = TLS-certifikatet går snart ut
diagnosis-http-server-error = serverfel
diagnosis-http-rate-limited = för många förfrågningar
diagnosis-http-unexpected-status = oväntad HTTP-status
diagnosis-http-unexpected-body = oväntat sidinnehåll
diagnosis-http-redirect-loop = för många omdirigeringar
diagnosis-protocol-error = servern talar inte HTTP
diagnosis-timeout = slutade svara
diagnosis-stream-too-slow = strömmar för långsamt
diagnosis-dns-blocked = nätverkets DNS blockerar den
diagnosis-captive-portal = en inloggningssida (captive portal) svarade
diagnosis-ap-signature-invalid = handskakningen är inte signerad av Spotify
diagnosis-ap-handshake-failed = handskakningen med åtkomstpunkten misslyckas
diagnosis-ap-upgrade-required = den kräver en nyare Downbeat
diagnosis-ap-port-blocked = nätverket blockerar förstahandsporten


## Rader: sammanfattningarna på en rad som alla gränssnitt visar: systemfältets första rad,
## fönstrets rubrik (beskedet), en rad per tjänst, din anslutnings rad och konfigurationens rader.

line-state = { $state ->
    [up] uppe
    [degraded] störd
    [down] nere
    [offline] offline
   *[unknown] okänd
}

line-them-connection-fine = Felet är deras: din anslutning fungerar.
line-them = Felet är deras.

line-checking = Kontrollerar…

line-paused-until = Pausat till { $time }
line-paused-until-resumed = Pausat tills du återupptar

line-all-well = Allt är bra
line-all-up = { $count ->
    [2] Båda tjänsterna är uppe
   *[other] Alla { $count } tjänster är uppe
}
line-some-up = { $up } av { $count } tjänster är uppe; kontrollerar resten

line-your-services = dina tjänster

## Beskedet när en tjänst själv fallerar (felet är deras).

line-verdict-them = { $scope ->
    [everywhere] { $service } är { $state } för alla: felet är deras
    [region] { $service } är { $state } i { $place }: felet är deras
   *[here] { $service } är { $state }: felet är deras
}
line-verdict-them-why = { $scope ->
    [everywhere] { $service } är { $state } för alla ({ $why }): felet är deras
    [region] { $service } är { $state } i { $place } ({ $why }): felet är deras
   *[here] { $service } är { $state } ({ $why }): felet är deras
}
line-why-for = i { $span }
line-why-diagnosis-for = { $diagnosis }, i { $span }
line-verdict-them-many = { $services } { $count ->
    [one] är
   *[other] är
} { $state ->
    [degraded] { $count ->
        [one] störd
       *[other] störda
    }
   *[down] nere
}: felet är deras

## Systemfältsmenyns första rad: vems sida, kort (högst 44 tecken).

line-tray-offline = Felet är ditt: du är offline
line-tray-no-network = Felet är ditt: inget nätverk (wifi/kabel)
line-tray-router-down = Felet är ditt: router { $router } nås inte
line-tray-line-down = Felet är linjens: router { $router } svarar
line-tray-vpn-down = Felet är ditt: VPN { $interface } släpper inte igenom
line-tray-ipv6-broken = Felet är ditt: IPv6 trasigt, IPv4 fungerar
line-tray-ipv4-broken = { $via ->
        [vpn] Felet är ditt: VPN { $interface } stoppar IPv4
       *[other] Felet är ditt: IPv4 trasigt, IPv6 fungerar
    }
line-tray-dns-resolver-down = Felet är ditt: din DNS-server svarar inte
line-tray-captive-portal = Felet är ditt: logga in på wifi-nätet
line-tray-slow-connection = Felet är ditt: din anslutning är långsam
line-tray-clock-wrong = Felet är ditt: din klocka går fel
line-tray-tls-intercepted = Felet är ditt: något avlyssnar anslutningar
line-tray-dns-filtered = Felet är ditt: nätverket blockerar { $services }
line-tray-port-blocked = Felet är ditt: port blockerad för { $services }
line-tray-downbeat-outdated = Felet är ditt: uppdatera Downbeat
line-tray-network-path = Felet är ditt: { $services } { $count ->
    [one] nås
   *[other] nås
} inte härifrån
line-tray-provider = Felet är ditt: leverantören når inte { $services }
line-tray-dns-unconfirmed = Felet är ditt: din DNS hittar inte { $count ->
    [one] { $services }
   *[other] { $services }
}
line-tray-them = Felet är deras: { $service } är { $state }
line-tray-them-many = Felet är deras: { $count } { $count ->
    [one] tjänst är
   *[other] tjänster är
} { $state ->
    [degraded] { $count ->
        [one] störd
       *[other] störda
    }
   *[down] nere
}

## En tjänsts rad: systemfältsmenyns rad per tjänst, och beskedet för en enda tjänst.
## Valfria delar läggs till ett meddelande i taget: vart och ett tar raden hittills som $line.

line-service-state = { $service }: { $state }
line-service-word = { $service }: { $word }
line-service-word-why = { $service }: { $word }, { $headline }
line-service-checking = { $service }: kontrolleras…
line-service-groups = { $line } ({ $groups })
line-service-diagnosis = { $line }, { $diagnosis }
line-service-for = { $line }, i { $span }
line-service-unverified = { $line } (overifierad)
line-tray-service-for = { $line }, { $span }
line-tray-service-paused = { $service }: kontrolleras inte (pausat)

## Din anslutnings rad: "Din anslutning: fungerar (3 av 3 sajter svarar)".

line-connection = Din anslutning: { $detail }
line-connection-not-checked = inte kontrollerad
line-connection-baseline-off = inte kontrollerad (referenskontrollen är av)
line-connection-paused = kontrolleras inte under paus
line-connection-checking = kontrolleras…
line-connection-fine = fungerar
line-connection-sites = { $state } ({ $answered } av { $sites } { $sites ->
    [one] sajt svarar
   *[other] sajter svarar
})
line-tray-connection-sites = { $state } ({ $answered }/{ $sites } sajter)
line-tray-connection-paused = kontrolleras inte (pausat)

## Konfigurationens rader: systemfältet, fönstret, `watch` och `serve`.

line-config-error = Konfigurationsfel: { $error }
line-tray-config-error-in = Konfigurationsfel i { $place }
line-config-kept = Konfigurationsfel: { $error }. Downbeat fortsätter kontrollera med de senaste inställningarna som gick att läsa in, och läser in filen igen så fort den är rättad.
line-config-not-reloaded = konfigurationen lästes inte in igen: { $error }; kör vidare med den senaste som gick att läsa in
line-config-reloaded = konfigurationen inläst igen från { $path }: { $changes }
line-config-reloaded-nothing = konfigurationen inläst igen från { $path }: inget som körs har ändrats
line-config-reloaded-added = { $services } har lagts till
line-config-reloaded-removed = { $services } har tagits bort
line-config-reloaded-changed = { $services } har ändrats
line-config-reloaded-baseline = referenskontrollerna har ändrats
line-config-reloaded-settings = inställningar ändrade: { $keys }
line-clause-separator = {"; "}

## `watch`: en rad per övergång: "Spotify: uppe -> nere (login: serverfel; ansvar: them,
## orsak: service)". Varje del efter den första tar raden hittills som $line.

line-transition = { $who }: { $from } -> { $to }
line-your-connection = din anslutning
line-transition-check = { $line } ({ $check }: { $diagnosis }; ansvar: { $blame }, orsak: { $cause })
line-transition-diagnosis = { $line } ({ $diagnosis }; ansvar: { $blame }, orsak: { $cause })
line-transition-after = { $line } efter { $span }
line-transition-detail = { $line }. { $detail }

## Historikfönstret: rubriken, anslutningskortet och tjänsternas kort.

window-not-checking = Downbeat kontrollerar ingenting: se problemet nedan
window-checking = kontrollerar…
window-checked = kontrollerat { $time }
window-shared-failure-all = Alla { $count } kontroller misslyckas på samma sätt: { $diagnosis }.
window-shared-failure = { $count } { $count ->
    [one] kontroll misslyckas
   *[other] kontroller misslyckas
} på samma sätt: { $diagnosis }.
window-shared-failure-example = { $check }: { $detail }

## En tjänsts kort.

window-badge = { $glyph } { $word }
window-badge-paused = ‖ pausad
window-badge-checking = – kontrolleras
window-card-paused-until = Pausat: { $service } kontrolleras inte förrän { $time }.
window-card-paused = Pausat: { $service } kontrolleras inte förrän du återupptar.
window-card-offline-merged = Kan inte bedömas medan du är offline.
window-card-offline = Du är offline, så den här tjänsten kan inte bedömas: felet är ditt, inte deras.
window-card-you = Felet ligger hos dig, inte hos { $service }. { $advice }
window-card-up = Fungerar normalt.
window-card-check = { $check }: { $diagnosis }.
window-since = Sedan { $when }.
window-chip = { $phase } { $time }
window-chip-failed = { $phase } ✕
phase-name = { $phase ->
    [dns] dns
    [connect] anslutning
    [tls] tls
    [hello] hello
    [ttfb] ttfb
   *[transfer] överföring
}
window-outside-place = { $works ->
    [yes] ✓
   *[no] ✕
} { $city }, { $country } ({ $network })

## Utifrån: vad mätpunkter på andra platser och i andra nät såg av en tjänst som inte
## fungerar, på dess kort, i anteckningen från `check` och i listan från `check --outside`.

outside-no-answer = inget svar
outside-your-country-code = ditt land ({ $code })
outside-your-country = ditt land
outside-your-provider = din internetleverantör

## Kortet för en tjänst som inte fungerar: "Sett från annat håll: …".

outside-line-everywhere = Sett från annat håll: det fungerar inte heller från { $failing } av { $probes } { $probes ->
    [one] plats
   *[other] platser
}, i { $countries } { $countries ->
    [one] land
   *[other] länder
}.
outside-line-region = Sett från annat håll: det fungerar inte från { $failing } av { $probes } { $probes ->
    [one] plats
   *[other] platser
} i { $country }, men från { $elsewhere } { $elsewhere ->
    [one] plats
   *[other] platser
} utanför.
outside-line-partial = Sett från annat håll: det fungerar inte från { $failing } av { $probes } { $probes ->
    [one] plats
   *[other] platser
}, men från resten.
outside-line-only-here = Sett från annat håll: det fungerar från { $working } av { $probes } { $probes ->
    [one] plats
   *[other] platser
}, så det är vägen från ditt nätverk dit.
outside-line-provider = Sett från annat håll: det fungerar inte i nätet hos { $provider } ({ $failing } av { $probes } { $probes ->
    [one] plats
   *[other] platser
}) men i andra nät ({ $working } av { $others }).
outside-line-unknown = Inte sett från annat håll: { $error }.

## Anteckningen från `check` om läget utifrån.

outside-note = Frågade { $probes } { $probes ->
    [one] mätpunkt
   *[other] mätpunkter
} på annat håll, varav { $in_country } i { $country }.
outside-country-from = { $country } (ditt land, enligt { $from })
outside-country-unknown = ditt land (okänt: din tidszon anger inget; ange country i [settings])
outside-could-not-say = Mätpunkter på annat håll kunde inte avgöra: { $error }.

## Din internetleverantör, när tjänsten bara fallerar härifrån eller i leverantörens nät.

outside-provider-sentence = { $service } fungerar inte heller i nätet hos { $provider } { $reach ->
    [country] på andra platser i { $country }
   *[world] på andra platser
}, men i andra nät: felet ligger hos din internetleverantör, inte hos { $service } och inte hemma hos dig. Att starta om routern hjälper inte, men en mobil på mobildata gör det. Kontakta { $provider }.
outside-provider-works = Det fungerar i nätet hos { $provider } på andra platser ({ $probes } av { $probes }): det är den här anslutningen, inte din internetleverantör.
outside-provider-no-probe = Ingen mätpunkt fanns i nätet hos { $provider }, så Downbeat kunde inte skilja din internetleverantör från ditt hemnätverk.
outside-provider-unknown = Downbeat kunde inte ta reda på din internetleverantör ({ $error }), så den kunde inte skilja leverantören från ditt hemnätverk.

## Listan från `check --outside`.

outside-listing-asked = Bad mätpunkter på annat håll att nå { $host } ({ $service }).
outside-listing-provider = Din internetleverantör: { $provider } (AS{ $asn }).
outside-listing-provider-unknown = Din internetleverantör: okänd ({ $error }).
outside-listing-provider-not-asked = Din internetleverantör: inte efterfrågad.
outside-listing-place = { $works ->
    [yes] ✓ fungerar
   *[no] ✕ fungerar inte
} { $city }, { $country }: { $network } (AS{ $asn }){ $yours ->
    [yes] {" "}(din leverantör)
   *[no] {""}
}
outside-listing-everywhere = { $service } fungerar inte från de flesta platser: nere för alla.
outside-listing-region = { $service } fungerar inte i { $country } men på andra håll.
outside-listing-partial = { $service } fungerar från vissa platser men inte från andra.
outside-listing-only-here = { $service } fungerar från alla platser som tillfrågades.

## En leverantörs statussida, bredvid vad Downbeat såg: "Statussidan för Spotify: Delvis
## systemavbrott: ”Playback failures” (undersöks sedan 09:58)".

outside-page-unread = Statussidan för { $service } gick inte att läsa: { $error }.
outside-page-no-incident = Statussidan för { $service } rapporterar ingen incident än.
outside-page-says = Statussidan för { $service }: { $what }.
outside-page-a-problem = ett problem, men ingen namngiven incident
outside-page-partial-outage = Delvis systemavbrott
outside-page-head-components = { $head } – { $components }
outside-page-components-more = { $components } och { $more } till
outside-page-component = { $component }: { $status ->
    [degraded_performance] försämrad prestanda
    [partial_outage] delvis avbrott
    [major_outage] större avbrott
    [under_maintenance] underhåll pågår
   *[other] { $status_text }
}
outside-incident-status = { $status ->
    [investigating] undersöks
    [identified] identifierat
    [monitoring] övervakas
    [resolved] löst
    [postmortem] efteranalys
   *[other] { $status }
}
outside-incident = ”{ $incident }” ({ $status })
outside-incident-since = ”{ $incident }” ({ $status } sedan { $when })
outside-incidents-more = { $incident } och { $more } till
outside-page-incident = Statussidan för { $service }: { $incident }.
outside-page-incident-head = Statussidan för { $service }: { $head }: { $incident }.
outside-page-incident-head-components = Statussidan för { $service }: { $head }; { $incident }.

## Grupper: en tjänsts kontroller samlade efter vad de betjänar, i en mening som säger vilka
## som drabbas och vilka som fortfarande fungerar: "Spotify-apparna kan inte ansluta
## (åtkomstpunkt: handskakningen misslyckas); webbspelaren och inloggningen fungerar."

group-down = { $group } kan inte ansluta
group-degraded = { $group } { $plural ->
    [yes] är störda
   *[no] är störd
}
group-because = { $clause } ({ $check }: { $diagnosis })
group-and-then = { $first }; { $next }
group-sentence = { $hit }.
group-sentence-fine = { $hit }; { $fine } { $count ->
    [one] { $plural ->
        [yes] fungerar
       *[no] fungerar
    }
   *[other] fungerar
}.


## Lägen: ordet för hur en kontroll, en tjänst eller anslutningen står till

state-unknown = okänd
state-up = uppe
state-degraded = störd
state-down = nere
state-offline = offline

## Aviseringar: delar som flera av dem delar på

notify-some-check = en kontroll
notify-some-check-start = En kontroll
notify-unverified = (Overifierat: verifieringen är avstängd för { $check }.)
notify-unverified-unnamed = (Overifierat: verifieringen är avstängd för den här kontrollen.)
notify-check-works-again = { $check } fungerar igen.

## Aviseringar: en tjänst går ner, får störningar och kommer tillbaka

notify-down-title = { $service } är nere
notify-degraded-title = { $service } har störningar
notify-back-title = { $service } är tillbaka
notify-back-to-normal-title = { $service } fungerar normalt igen
notify-reminder-title = { $service } är fortfarande nere
notify-down-failing = { $check_start } fungerar inte: { $diagnosis }.
notify-down-no-help = Att logga in igen eller starta om routern hjälper inte.
notify-degraded-failing = { $check_start }: { $diagnosis }.
notify-back-body = Nere i { $span } ({ $check }: { $diagnosis }).
notify-back-failing = fungerade inte
notify-back-still-slow = Den är fortfarande långsammare än vanligt.
notify-back-to-normal-body = Hade störningar i { $span }.
notify-back-to-normal-body-unmeasured = Fungerar normalt igen.
notify-reminder-body = Nere i { $span } nu ({ $check }: { $diagnosis }).

## Aviseringar: problem med en tjänst som ligger på din sida

notify-dns-filtered-title = Ditt nätverk blockerar { $service }
notify-dns-filtered-body = Nätverkets DNS lämnar inte ut adressen till { $service } ({ $check }), men publik DNS gör det: det är ditt nätverk som blockerar. { $advice }
notify-dns-filtered-over-title = { $service } kommer igenom igen
notify-dns-filtered-over-body = Nätverkets DNS blockerade den i { $span }.
notify-dns-filtered-over-body-unmeasured = Nätverkets DNS blockerar den inte längre.
notify-port-blocked-title = Ditt nätverk blockerar förstahandsporten för { $service }
notify-port-blocked-body = { $detail } Felet ligger i ditt nätverk, inte hos { $service }. { $advice }
notify-port-blocked-over-title = Förstahandsporten för { $service } släpps igenom igen
notify-port-blocked-over-body = Ditt nätverk blockerade den i { $span }.
notify-port-blocked-over-body-unmeasured = Ditt nätverk blockerar den inte längre.
notify-outdated-title = Downbeat behöver uppdateras
notify-outdated-body = { $service } svarade på { $check } men kräver en nyare klient: det gäller Downbeats eget hello-meddelande, inte ett avbrott. { $advice }
notify-outdated-over-title = Åtkomstpunkten för { $service } godtar Downbeat igen
notify-intercepted-service-title = Något fångar upp säkra anslutningar till { $service }
notify-intercepted-service-body = { $seen } { $service }-apparna vägrar sådana anslutningar. Felet ligger i det här nätverket eller på datorn, inte hos { $service }. { $advice }
notify-intercepted-service-over-title = Säkra anslutningar till { $service } fångas inte längre upp
notify-intercepted-service-over-body = De fångades upp i { $span }.
notify-dns-unconfirmed-title = Din DNS säger att { $service } inte finns
notify-dns-unconfirmed-body = Bara det här nätverkets DNS säger så ({ $check }), och ingen neutral DNS kunde tillfrågas; nätverket kanske filtrerar den. Det räknas inte som ett avbrott hos { $service }. { $advice }
notify-dns-unconfirmed-over-title = Namnet på { $service } går att slå upp igen
notify-dns-unconfirmed-over-body = Din DNS sa att den inte fanns i { $span }.

## Aviseringar: din sida (ingen tjänst namnges)

notify-offline-title = Du är offline
notify-offline-body-site = Ingen av referenssajterna går att nå ({ $site }: { $diagnosis }). Felet är ditt, inte tjänsternas: kolla router, wifi eller VPN.
notify-offline-body = Ingen av referenssajterna går att nå ({ $diagnosis }). Felet är ditt, inte tjänsternas: kolla router, wifi eller VPN.
notify-online-title = Du är online igen
notify-online-body = Din anslutning var nere i { $span }.
notify-online-body-unmeasured = Din anslutning fungerar igen.
notify-no-network-title = Inget nätverk
notify-no-network-body = Datorn är inte ansluten till något nätverk, så inget går att nå. Felet är ditt, inte tjänsternas. { $advice }
notify-router-down-title = Din router svarar inte
notify-router-down-body = Din router ({ $router }) svarar inte, så inget går att nå. Felet är ditt, inte tjänsternas. { $advice }
notify-line-down-title = Din internetlinje är nere
notify-line-down-body = Din router ({ $router }) svarar, men inget bortom den: linjen till din internetleverantör är nere. Felet är inte tjänsternas. { $advice }
notify-vpn-down-title = Din VPN släpper inte igenom något
notify-vpn-down-body = All trafik går genom din VPN ({ $interface }), och inget kommer igenom. Felet är ditt, inte tjänsternas. { $advice }
notify-ipv6-broken-title = IPv6 fungerar inte i det här nätverket
notify-ipv6-broken-body = Appar som provar IPv6 först fastnar en stund innan de går över till IPv4; tjänster som svarar över IPv4 är inte nere. { $advice }
notify-ipv4-broken-title = { $via ->
        [vpn] Din VPN ({ $interface }) släpper inte igenom IPv4
       *[other] IPv4 fungerar inte i det här nätverket
    }
notify-ipv4-broken-body = Tjänster utan IPv6-adress går inte att nå, och felet är inte deras; de som har en sådan fungerar fortfarande. { $advice }
notify-network-back-title = Ansluten igen
notify-network-back-body = Datorn var utan nätverk i { $span }.
notify-network-back-body-unmeasured = Datorn är ansluten till ett nätverk igen.
notify-router-back-title = Din router svarar igen
notify-router-back-body = Den svarade inte på { $span }.
notify-router-back-body-unmeasured = Din anslutning fungerar igen.
notify-line-back-title = Din internetlinje fungerar igen
notify-line-back-body = Linjen bortom routern var nere i { $span }.
notify-line-back-body-unmeasured = Linjen bortom routern fungerar igen.
notify-vpn-back-title = Din VPN fungerar igen
notify-vpn-back-body = Inget kom igenom den på { $span }.
notify-vpn-back-body-unmeasured = Trafiken går igenom din VPN igen.
notify-ipv6-back-title = IPv6 fungerar igen
notify-ipv6-back-body = Det fungerade inte på { $span }.
notify-ipv6-back-body-unmeasured = IPv6 fungerar i det här nätverket igen.
notify-ipv4-back-title = IPv4 fungerar igen
notify-ipv4-back-body = Det fungerade inte på { $span }.
notify-ipv4-back-body-unmeasured = IPv4 fungerar i det här nätverket igen.
notify-captive-portal-title = Wifi-nätet vill att du loggar in
notify-captive-portal-location = Det skickar dig till { $location }.
notify-captive-portal-body = Tills du loggar in fungerar inget annat, och det är inte tjänsternas fel. { $advice }
notify-signed-in-title = Du är inloggad
notify-signed-in-body = Nätverkets inloggningssida är borta, efter { $span }.
notify-signed-in-body-unmeasured = Nätverkets inloggningssida är borta.
notify-dns-down-title = Din DNS-server svarar inte
notify-dns-down-body = Internet fungerar: publik DNS svarar. Felet är ditt, inte tjänsternas. { $advice }
notify-dns-back-title = Din DNS fungerar igen
notify-dns-back-body = Din DNS-server svarade inte på { $span }.
notify-dns-back-body-unmeasured = Din DNS-server svarar igen.
notify-clock-wrong-title = Datorns klocka går fel
notify-clock-wrong-body = Alla säkra anslutningar misslyckas på grund av det. Felet är ditt, inte tjänsternas. { $advice }
notify-clock-right-title = Datorns klocka går rätt igen
notify-clock-right-body = Säkra anslutningar fungerar igen; de misslyckades i { $span }.
notify-clock-right-body-unmeasured = Säkra anslutningar fungerar igen.
notify-intercepted-title = Något fångar upp säkra anslutningar
notify-intercepted-unknown-issuer = Alla sajters certifikat är utfärdade av en utfärdare som ingen litar på.
notify-intercepted-body = Felet ligger i det här nätverket eller på datorn, inte hos tjänsterna. { $advice }
notify-intercepted-over-title = Säkra anslutningar fångas inte längre upp
notify-intercepted-over-body = Sajternas egna certifikat är tillbaka, efter { $span }.
notify-intercepted-over-body-unmeasured = Sajternas egna certifikat är tillbaka.
notify-slow-title = Din anslutning är långsam
notify-slow-body = Allt går långsamt, inte bara tjänsterna: { $detail } { $advice }
notify-fast-title = Din anslutning är snabb igen
notify-fast-body = Den var långsam i { $span }.
notify-fast-body-unmeasured = Den är tillräckligt snabb igen.

## Aviseringar: vad omvärlden och leverantörens statussida säger (uppdateringar av ett larm)

notify-everywhere-title = { $service } är nere för alla
notify-everywhere-body = Det fungerar inte från { $failing } av { $probes } { $probes ->
        [one] plats
       *[other] platser
    } som Downbeat frågade, i { $countries } { $countries ->
        [one] land
       *[other] länder
    }: felet är deras, inte ditt.
notify-region-title = { $service } är nere i { $country }
notify-region-body = Det fungerar inte från { $failing } av { $probes } { $probes ->
        [one] plats
       *[other] platser
    } där, men från { $elsewhere } { $elsewhere ->
        [one] plats
       *[other] platser
    } utanför: felet är deras, inte ditt.
notify-only-here-title = { $service } fungerar på annat håll, men inte från ditt nätverk
notify-only-here-body = Det fungerar från { $working } av { $probes } { $probes ->
        [one] plats
       *[other] platser
    } som Downbeat frågade. { $advice }
notify-provider-title = { $service } fungerar inte i din internetleverantörs nät
notify-status-page-title = Statussidan för { $service } bekräftar ett problem
notify-status-page-body = { $line } Felet är deras, inte ditt.

## Aviseringar: Downbeat själv

notify-welcome-title = Downbeat håller koll
notify-welcome-body = Downbeat kontrollerar { $count ->
        [0] ingenting än
       *[other] { $services }
    } och säger till när något går ner – och på vems sida problemet ligger. Historiken och inställningarna finns i menyn i systemfältet (Downbeat-ikonen).
notify-config-error-title = Downbeat kontrollerar ingenting
notify-config-error-body = Inställningsfilen går inte att läsa in: { $error }. Rätta den i en textredigerare (Öppna inställningsfilen, i menyn i systemfältet): Downbeat börjar kontrollera så fort den går att läsa in.
notify-cannot-open-title = Inget program kunde öppna inställningsfilen
notify-cannot-open-body = Den finns här: { $path } ({ $why }). Öppna den i en textredigerare: Downbeat läser in den igen så fort den sparas.

## Säkra anslutningar: fel klocka, avlyssning, ett namn som bara det här nätverket säger saknas

secure-clock-earlier = { $unit ->
        [days] { $count ->
            [one] { $count } dag tidigare
           *[other] { $count } dagar tidigare
        }
        [hours] { $count ->
            [one] { $count } timme tidigare
           *[other] { $count } timmar tidigare
        }
       *[minutes] { $count ->
            [one] { $count } minut tidigare
           *[other] { $count } minuter tidigare
        }
    }
secure-clock-later = { $unit ->
        [days] { $count ->
            [one] { $count } dag senare
           *[other] { $count } dagar senare
        }
        [hours] { $count ->
            [one] { $count } timme senare
           *[other] { $count } timmar senare
        }
       *[minutes] { $count ->
            [one] { $count } minut senare
           *[other] { $count } minuter senare
        }
    }
secure-clock-times = { $source ->
        [until] den visar { $says }, men sajternas certifikat var alla giltiga bara till { $when } (minst { $gap })
        [from] den visar { $says }, men sajternas certifikat är alla giltiga först från { $when } (minst { $gap })
       *[date] den visar { $says }, sajterna säger { $when } ({ $gap })
    }
secure-clock-times-sentence = { $source ->
        [until] Den visar { $says }, men sajternas certifikat var alla giltiga bara till { $when } (minst { $gap }).
        [from] Den visar { $says }, men sajternas certifikat är alla giltiga först från { $when } (minst { $gap }).
       *[date] Den visar { $says }, sajterna säger { $when } ({ $gap }).
    }
secure-clock-wrong = Datorns klocka går fel: { $times }.
secure-clock-consequence = Alla säkra anslutningar misslyckas på grund av det.
secure-clock-consequence-service = Alla säkra anslutningar misslyckas på grund av det, även till { $service }.
secure-issued = { $whose ->
        [service] certifikatet för { $service } är utfärdat av ”{ $issuer }”, inte av en betrodd utfärdare (andra sajters certifikat är betrodda).
        [all-and-service] alla sajters certifikat, även det för { $service }, är utfärdade av ”{ $issuer }”, inte av en betrodd utfärdare.
        [all-here] alla sajters certifikat här är utfärdade av ”{ $issuer }”, inte av en betrodd utfärdare (på andra håll är de betrodda).
       *[all] alla sajters certifikat är utfärdade av ”{ $issuer }”, inte av en betrodd utfärdare.
    }
secure-issued-start = { $whose ->
        [service] Certifikatet för { $service } är utfärdat av ”{ $issuer }”, inte av en betrodd utfärdare (andra sajters certifikat är betrodda).
        [all-and-service] Alla sajters certifikat, även det för { $service }, är utfärdade av ”{ $issuer }”, inte av en betrodd utfärdare.
        [all-here] Alla sajters certifikat här är utfärdade av ”{ $issuer }”, inte av en betrodd utfärdare (på andra håll är de betrodda).
       *[all] Alla sajters certifikat är utfärdade av ”{ $issuer }”, inte av en betrodd utfärdare.
    }
secure-refused-service = { $service }-apparna vägrar sådana anslutningar.
secure-refused = Appar vägrar sådana anslutningar.
secure-intercepted = Något i det här nätverket eller på datorn fångar upp säkra anslutningar: { $issued } { $refused }
secure-dns-unconfirmed = Din DNS säger att namnet för { $service } inte finns ({ $host }), och { $unconfirmed }
secure-dns-unconfirmed-no-host = Din DNS säger att namnet för { $service } inte finns, och { $unconfirmed }
secure-unconfirmed = ingen neutral DNS kunde tillfrågas; det här nätverket kanske filtrerar det.
secure-unconfirmed-off = ingen neutral DNS är inställd som kan bekräfta det (reference_dns); det här nätverket kanske filtrerar det.
secure-thin-clock = Ingen annan sajt angav tiden, så Downbeat kan inte kontrollera datorns klocka; om den går fel skulle det förklara detta.
secure-thin-untrusted = Certifikatet är utfärdat av ”{ $issuer }”, som datorn inte litar på; utan någon betrodd sajt att jämföra med kan Downbeat inte avgöra om något fångar upp anslutningen eller om servern är felinställd.


## Beskedet: sista raden från `downbeat check`, fönstrets rubrik, "summary" i /api/status.
## Varje besked är en eller flera meningar; sammanfattningen är dem i följd, sedan orsakens råd.

verdict-offline = Du är offline: { $why }. Felet är ditt, inte tjänsternas.
verdict-no-network = Datorn är inte ansluten till något nätverk, så { $why }. Felet är ditt, inte tjänsternas.
verdict-router-down = Din router ({ $router }) svarar inte, så { $why }. Felet är ditt, inte tjänsternas.
verdict-line-down = Din router ({ $router }) svarar, men inget bortom den: linjen till din internetleverantör är nere, och { $why }. Felet är inte tjänsternas.
verdict-vpn-down = All trafik går genom din VPN ({ $interface }), och inget kommer igenom, så { $why }. Felet är ditt, inte tjänsternas.
verdict-baseline-site-unreachable = referenssajten ({ $site }) gick inte att nå: { $diagnosis }
verdict-baseline-sites-unreachable-alike = ingen av de { $count } referenssajterna gick att nå; för var och en: { $diagnosis }
verdict-baseline-sites-unreachable = ingen av de { $count } referenssajterna gick att nå ({ $each })
verdict-baseline-site-failed = { $site }: { $diagnosis }
verdict-baseline-separator = {"; "}

verdict-all-up = { $count ->
        [1] { $service } är uppe.
        [2] Båda tjänsterna är uppe.
       *[other] Alla { $count } tjänster är uppe.
    }

verdict-portal-sign-in = Wifi-nätet vill att du loggar in.
verdict-portal-sign-in-at = Wifi-nätet vill att du loggar in på { $page }.
verdict-portal-until = { $count ->
        [1] Till dess kan { $service } inte ansluta, och felet ligger inte hos { $service }.
       *[other] Till dess kan dina tjänster inte ansluta, och det är inte deras fel.
    }

verdict-dns-resolver-down = Din DNS-server svarar inte; internet fungerar (publik DNS svarar{ $via ->
        [failing] ; { $service } har dessutom egna fel ({ $diagnosis })
        [through] , och { $service } svarar via den
       *[none] {""}
    }).
verdict-dns-filtered = Ditt nätverk blockerar { $service }: { $how }, men publik DNS ger rätt adress{ $via ->
        [failing] ; { $service } har dessutom egna fel ({ $diagnosis })
        [through] , och { $service } svarar via den
       *[none] {""}
    }.
verdict-dns-sinkhole = nätverkets DNS svarar { $address } (en blockering) för { $host }
verdict-dns-unresolved = nätverkets DNS slår inte upp { $host }
verdict-dns-unresolved-it = nätverkets DNS slår inte upp namnet

verdict-port-blocked = { $service } fungerar via en reservväg.
verdict-downbeat-outdated = Åtkomstpunkten för { $service } kräver en nyare klient: Downbeats eget hello-meddelande är inaktuellt. { $service } svarade ändå, så det här är inget avbrott.

verdict-slow-everywhere = Din anslutning är långsam för allt, inte bara { $service }.
verdict-slow-everywhere-measured = Din anslutning är långsam för allt ({ $speed }), inte bara { $service }.
verdict-slow-everywhere-compared = Din anslutning är långsam för allt ({ $speed }), inte bara { $service }: { $service } strömmar med { $own } och en neutral nedladdning med { $base }.
verdict-slowness-first-byte = en neutral sajt tog { $ms } ms på sig att svara

verdict-service-state = { $service } { $status ->
        [down] är nere
        [degraded] har störningar
       *[other] är uppe
    }.
verdict-service-failing = { $service } { $status ->
        [down] är nere
        [degraded] har störningar
       *[other] är uppe
    }: { $diagnosis } ({ $check }).
verdict-also-theirs = Dessutom: { $failures } { $count ->
        [1] Det felet är deras, inte ditt.
       *[other] De felen är deras, inte dina.
    }

## Beskedets anteckning om din egen anslutning, när inget på din sida förklarar felet

verdict-no-baseline = Din egen anslutning kontrollerades inte (ingen referens är konfigurerad).
verdict-baseline-blocked = { $count ->
        [1] Referenssajterna går inte att nå men { $service } svarar: ditt nätverk kanske blockerar dem.
       *[other] Referenssajterna går inte att nå men tjänsterna svarar: ditt nätverk kanske blockerar dem.
    }
verdict-portal-lets-through = Det här nätverket har en inloggningssida (captive portal), men den släpper igenom det här.
verdict-portal-lets-through-at = Det här nätverket har en inloggningssida (captive portal på { $page }), men den släpper igenom det här.
verdict-clock-secure-sites-fail = Säkra sajter fungerar inte på grund av det.
verdict-connection-slow = Din anslutning är långsam ({ $speed }), men tillräckligt snabb för det här.
verdict-connection-ipv6-broken = IPv6 fungerar inte i det här nätverket: appar som provar det först fastnar innan de går över till IPv4, som fungerar.
verdict-connection-ipv4-broken = { $via ->
        [vpn] Din VPN ({ $interface }) släpper inte igenom IPv4, men IPv6 fungerar: sajter utan IPv6-adress går inte att nå.
       *[other] IPv4 fungerar inte i det här nätverket, men IPv6 gör det: sajter utan IPv6-adress går inte att nå.
    }
verdict-ipv6-broken-service = IPv6 fungerar inte i det här nätverket, och { $service } har bara en IPv6-adress, så tjänsten går inte att nå. Felet ligger hos dig, inte hos { $service }.
verdict-ipv4-broken-service = { $via ->
        [vpn] Din VPN ({ $interface }) släpper inte igenom IPv4, och { $service } har ingen IPv6-adress, så tjänsten går inte att nå. Felet ligger hos dig, inte hos { $service }.
       *[other] IPv4 fungerar inte i det här nätverket, och { $service } har ingen IPv6-adress, så tjänsten går inte att nå. Felet ligger hos dig, inte hos { $service }.
    }
verdict-connection-fine = Din anslutning fungerar.

## Beskedet med vad mätpunkter på andra håll i världen sa (läget utifrån)

verdict-outside-everywhere = { $service } är nere för alla: det fungerar inte från { $failing } av { $probes } { $probes ->
        [one] plats
       *[other] platser
    } vi frågade, i { $countries } { $countries ->
        [one] land
       *[other] länder
    }.
verdict-outside-region = { $service } är nere i { $country }: det fungerar inte från { $failing } av { $probes } { $probes ->
        [one] plats
       *[other] platser
    } där, men från { $elsewhere } { $elsewhere ->
        [one] plats
       *[other] platser
    } utanför.
verdict-outside-partial = { $service } fungerar inte från { $failing } av { $probes } { $probes ->
        [one] plats
       *[other] platser
    } vi frågade, men från resten: det är inte nere överallt.
verdict-outside-only-here = { $service } fungerar från { $working } av { $probes } { $probes ->
        [one] plats
       *[other] platser
    }, men inte från ditt nätverk.
verdict-outside-only-here-in-country = { $service } fungerar från { $working } av { $probes } { $probes ->
        [one] plats
       *[other] platser
    }, varav { $in_country } i { $country }, men inte från ditt nätverk.
verdict-provider-advice = Att starta om routern hjälper inte, men en mobil på mobildata gör det. Kontakta { $provider }.

## Historiken: rapporten från `downbeat history` och fönstrets 24 h / 7 d / 30 d

history-no-data = ingen data
history-uptime = { $pct } %
history-uptime-under-100 = under 100 %

history-bar-title = { $when }: { $counts }
history-bar-count = { $count } { $kind ->
        [up] uppe
        [degraded] med störningar
        [down] nere
       *[your-side] medan felet låg hos dig (offline, ingen DNS, …)
    }

history-nothing-checked = Inget kontrolleras, så inget registreras.
history-no-incidents = Inga incidenter de senaste 30 dagarna.

## En incident, som fönstrets lista och `downbeat history` visar den

history-incident = { $service } { $state ->
        [down] nere
        [degraded] störd
       *[other] { $state }
    }
history-incident-everywhere = { $service } { $state ->
        [down] nere
        [degraded] störd
       *[other] { $state }
    } för alla
history-incident-region = { $service } { $state ->
        [down] nere
        [degraded] störd
       *[other] { $state }
    } i ditt land
history-incident-why = { $check }: { $diagnosis }
history-side = { $blame ->
        [you] din
       *[other] deras
    }
history-incident-line = { $what } i { $lasted } ({ $why }; { $blame ->
        [you] felet hos dig
       *[other] felet hos dem
    })

history-lasted = { $watched }
history-lasted-ongoing = { $watched }, pågår
history-lasted-unwatched = { $watched } bevakat; Downbeat bevakade inte under { $unwatched } av tiden
history-lasted-unwatched-ongoing = { $watched } bevakat, pågår; Downbeat bevakade inte under { $unwatched } av tiden

history-your-services = dina tjänster
history-offline = { $tense ->
        [ongoing] Du är offline
       *[past] Du var offline
    }
history-no-network = { $tense ->
        [ongoing] Inget nätverk
       *[past] Inget nätverk
    }
history-router-down = { $tense ->
        [ongoing] Din router svarar inte
       *[past] Din router svarade inte
    }
history-line-down = { $tense ->
        [ongoing] Din internetlinje är nere
       *[past] Din internetlinje var nere
    }
history-vpn-down = { $tense ->
        [ongoing] Din VPN släpper inte igenom något
       *[past] Din VPN släppte inte igenom något
    }
history-ipv6-broken = { $tense ->
        [ongoing] IPv6 fungerar inte
       *[past] IPv6 fungerade inte
    }
history-ipv4-broken = { $tense ->
        [ongoing] IPv4 fungerar inte
       *[past] IPv4 fungerade inte
    }
history-captive-portal = Inloggning på wifi krävs
history-dns-resolver-down = { $tense ->
        [ongoing] Din DNS-server svarar inte
       *[past] Din DNS-server svarade inte
    }
history-dns-filtered = { $tense ->
        [ongoing] Nätverkets DNS blockerar { $service }
       *[past] Nätverkets DNS blockerade { $service }
    }
history-slow-connection = { $tense ->
        [ongoing] Din anslutning är långsam
       *[past] Din anslutning var långsam
    }
history-port-blocked = { $tense ->
        [ongoing] Ditt nätverk blockerar förstahandsporten för { $service }
       *[past] Ditt nätverk blockerade förstahandsporten för { $service }
    }
history-port-blocked-all = { $tense ->
        [ongoing] Ditt nätverk blockerar förstahandsporten för dina tjänster
       *[past] Ditt nätverk blockerade förstahandsporten för dina tjänster
    }
history-downbeat-outdated = { $tense ->
        [ongoing] Downbeat behöver uppdateras
       *[past] Downbeat behövde uppdateras
    }
history-provider = { $tense ->
        [ongoing] { $service } fungerar inte i din internetleverantörs nät
       *[past] { $service } fungerade inte i din internetleverantörs nät
    }
history-network-path = { $tense ->
        [ongoing] { $service } fungerar inte från just ditt nätverk
       *[past] { $service } fungerade inte från just ditt nätverk
    }
history-clock-wrong = { $tense ->
        [ongoing] Datorns klocka går fel
       *[past] Datorns klocka gick fel
    }
history-tls-intercepted = { $tense ->
        [ongoing] Något fångar upp säkra anslutningar
       *[past] Något fångade upp säkra anslutningar
    }
history-dns-unconfirmed = { $tense ->
        [ongoing] Din DNS säger att { $service } inte finns
       *[past] Din DNS sa att { $service } inte fanns
    }
history-service-failing = { $tense ->
        [ongoing] { $service } fungerar inte
       *[past] { $service } fungerade inte
    }

## Rapportens tid på din sida: en mening under tabellen från `downbeat history`

history-your-side = { $parts }; { $count ->
        [one] det räknas inte mot någon tjänst
       *[other] inget av det räknas mot någon tjänst
    }.
history-your-side-offline = Du var offline i { $lasted }
history-your-side-stopped-first = Ett problem hos dig stoppade { $services } i { $lasted }
history-your-side-stopped = ett problem hos dig stoppade { $services } i { $lasted }

## HTTP-svaren från `downbeat serve` för människor (orden i /api/status är beskedets)

serve-only-get = endast GET och HEAD
serve-no-round-yet = ingen omgång har körts än
serve-index = Downbeat: /metrics (Prometheus), /api/status (senaste omgången, som `downbeat check --json`), /healthz
serve-not-found = hittades inte: prova /metrics, /api/status eller /healthz

## Kommandoraden (`downbeat …`): raderna på stderr, efter "downbeat: "

cli-error-cause = { $error }: { $cause }
cli-warning = varning: { $warning }
cli-note = obs: { $note }
cli-config-error = konfigurationsfel
cli-setup-error = fel vid start
cli-no-runtime = kan inte starta async-körmiljön
cli-cannot-write-json = kan inte skriva JSON
cli-outside-no-target = ingen tjänst har en kontroll som går att nå utifrån (en publik https://- eller http://-adress)

cli-cannot-listen = kan inte lyssna på { $address }
cli-serving = serverar http://{ $address }/metrics (Prometheus), /api/status och /healthz
cli-listening-beyond = lyssnar utanför den här datorn ({ $address }): alla som når den kan läsa resultaten
cli-listen-invalid = skriv en IP-adress och en port, som 127.0.0.1:9767, [::1]:9767 eller 0.0.0.0:9767 (alla gränssnitt); av värdnamn förstås bara localhost
cli-watching = bevakar { $services } { $services ->
        [one] tjänst
       *[other] tjänster
    } och { $baseline } { $baseline ->
        [one] referenskontroll
       *[other] referenskontroller
    } var { $interval } ({ $source }); Ctrl-C avslutar

## Utdata från `downbeat check`

cli-check-title = Downbeat-kontroll, { $at } ({ $source })
cli-check-baseline = Din anslutning (referens)
cli-check-path = Den här datorns väg
cli-status = { $status ->
        [up] uppe
        [degraded] störd
       *[down] nere
    }
cli-see-above = { $diagnosis } (se ovan)
cli-column-check = KONTROLL
cli-column-status = STATUS
cli-column-dns = DNS
cli-column-connect = ANSLUTNING
cli-column-tls = TLS
cli-column-hello = HELLO
cli-column-ttfb = TTFB
cli-column-transfer = ÖVERFÖRING
cli-column-detail = DETALJ

## `downbeat history` och `downbeat export`

cli-history-title = Historik sedan { $since } ({ $span } fram till nu)
cli-history-nothing-recorded = Inget registrerat än: `downbeat watch` eller skrivbordsappen registrerar historik.
cli-history-incidents = Incidenter
cli-history-no-incidents = inga
cli-column-service = TJÄNST
cli-column-uptime = UPPTID
cli-column-down = NERE
cli-column-ttfb-p50 = TTFB p50
cli-column-p95 = p95
cli-column-total-p95 = TOTALT p95
cli-latency-ms = { $ms } ms
cli-unverified = { $service } är overifierad (insecure = true): { $checks }
cli-history-no-service = ingen tjänst heter "{ $name }"; kända tjänster: { $count ->
        [0] inga än
       *[other] { $known }
    }
cli-history-no-service-near = ingen tjänst heter "{ $name }" (menade du "{ $nearest }"? namnen skiljer på stora och små bokstäver); kända tjänster: { $count ->
        [0] inga än
       *[other] { $known }
    }
cli-no-data-folder = ingen datamapp på det här systemet (ange DOWNBEAT_DATA_DIR)
cli-history-unreadable = det gick inte att läsa historiken
cli-csv-your-connection = (din anslutning)
cli-export-nothing-recorded = inget registrerat än: `downbeat watch` eller skrivbordsappen registrerar historik
cli-export-exists = { $path } finns redan: lägg till --force för att ersätta den
cli-export-cannot-create = kan inte skapa { $path }: { $error }
cli-export-cannot-write = kan inte skriva { $path }
cli-export-wrote = skrev { $count } { $count ->
        [one] resultat
       *[other] resultat
    }

cli-since-help = ange en tidsperiod som 24h, 7d eller 1w, ett datum som 2026-11-24, eller today eller yesterday
cli-since-invalid-date = ogiltigt datum "{ $value }": { cli-since-help }
cli-since-invalid-time = ogiltig tid "{ $value }": { cli-since-help }
cli-since-zero = --since { $value } är ingen tid alls: { cli-since-help }
cli-since-invalid = ogiltigt --since "{ $value }": { cli-since-help }
cli-since-future = --since { $at } ligger i framtiden
cli-since-no-such-day = det finns ingen sådan dag
cli-since-no-such-date = det finns inget sådant datum

## `downbeat presets` och `downbeat config-path`

cli-preset-unknown = okänd förinställning "{ $name }". Kända förinställningar: { $known }
cli-preset-unknown-near = okänd förinställning "{ $name }": menade du "{ $nearest }"? Kända förinställningar: { $known }
cli-config-path-none = (ingen: använder den inbyggda Spotify-förinställningen; skapa { $path } för att ändra den)
cli-config-path-none-anywhere = (ingen: använder den inbyggda Spotify-förinställningen; skapa en konfigurationsfil för att ändra den)
cli-config-path-loads = läser in: { $services } { $services ->
        [one] tjänst
       *[other] tjänster
    }, { $baseline } { $baseline ->
        [one] referenskontroll
       *[other] referenskontroller
    }


## Mätningar: delarna deras meningar byggs av

probe-list-semicolon = { $first }; { $rest }
probe-bytes = { $n } B
probe-bytes-kib = { $n } KiB
probe-bytes-mib = { $n } MiB
probe-rate-kbit = { $n } kbit/s
probe-rate-mbit = { $n } Mbit/s

## Mätningar: en kontrolls detalj som helhet (raden under en kontroll i fönstret, i
## `downbeat check` och i historiken). Var och en säger vad som hände, för den som inte är tekniker.

probe-unverified-insecure = { $detail } Overifierat: certifikatkontrollen är avstängd för den här kontrollen (insecure = true).
probe-unverified-insecure-objection = { $detail } Overifierat: certifikatkontrollen är avstängd för den här kontrollen (insecure = true), och verifieringen hade misslyckats: { $objection }.
probe-unverified-test-key = { $detail } Overifierat: svaret kontrollerades mot en testnyckel (server_key), inte mot Spotifys nyckel.
probe-dns-via-reference = { $detail } Publik DNS ({ $server }) slår upp namnet, och via den adressen: { $found }
probe-dns-via-reference-address = { $detail } Publik DNS ({ $server }) slår upp namnet till { $address }, och via den adressen: { $found }
probe-dns-public = publik DNS

## Mätningar: kontrollen fungerade (eller fungerade långsamt)

probe-ok = { $host } svarade på { $took }.
probe-slow = { $host } fungerar men är långsam: { $took } till första byten (långsamt över { $limit }).
probe-tls-expiring = { $host } fungerar, men säkerhetscertifikatet går ut om { $days } { $days ->
    [one] dag
   *[other] dagar
}.
probe-after-redirects = { $detail } (efter { $count } { $count ->
    [one] omdirigering
   *[other] omdirigeringar
} från { $url })
probe-tcp-ok = { $address } tog emot en anslutning på { $took }.
probe-tcp-slow = { $address } tar emot anslutningar, men långsamt ({ $took }).
probe-stream-ok = { $host } levererade { $bytes } med { $rate } (uppspelning kräver { $needed }).
probe-stream-ok-cut = { $host } levererade { $bytes } före tidsgränsen, av de { $asked } som begärdes, med { $rate } (uppspelning kräver { $needed }).
probe-stream-too-slow = { $host } levererar { $rate }, under de { $needed } som uppspelning kräver ({ $bytes } på { $took }).
probe-stream-too-slow-cut = { $host } levererar { $rate }, under de { $needed } som uppspelning kräver ({ $bytes } på { $took } före tidsgränsen, av de { $asked } som begärdes).

## Mätningar: kontrollen av inloggningssidor (en enkel webbsida vars svar är känt exakt)

probe-captive-none = { $host } svarade som det ska (HTTP { $status }): ingen inloggningssida. { $detail }
probe-captive-redirect-to = { $host } besvarades med en omdirigering till { $location }: det här nätverket vill att du loggar in (en captive portal).
probe-captive-redirect = { $host } besvarades med en omdirigering (HTTP { $status }): det här nätverket vill att du loggar in (en captive portal).
probe-captive-status = { $host } svarade HTTP { $status } där den alltid svarar { $expected }: det här nätverket vill att du loggar in (en captive portal).
probe-captive-page = { $host } svarade med en sida som inte är dess egen (väntade "{ $expected }"): det här nätverket vill att du loggar in (en captive portal).

## Mätningar: namn (DNS)

probe-dns-sinkhole = Din DNS svarade { $answer } för { $host }: ett blockerande svar (ett DNS-filter), som Downbeat aldrig ansluter till.
probe-dns-nothing = ingenting
probe-dns-not-found = Namnet { $host } kunde inte hittas: { $why }.
probe-dns-timeout = Uppslagningen av { $host } fick inget svar inom { $took } ({ $why }).
probe-dns-failed = Uppslagningen av { $host } misslyckades: { $why }.
probe-dns-nxdomain-agreed = Namnet { $host } finns inte: din DNS och publik DNS ({ $server }) är överens.
probe-dns-nxdomain-by-reference = { $detail } Publik DNS ({ $server }) säger att namnet inte finns.
probe-dns-reference-failed = { $detail } Publik DNS kunde inte heller tillfrågas ({ $why }).
probe-dns-reference-server-failed = { $server }: { $why }
probe-dns-reference-no-time = det fanns ingen tid kvar
probe-dns-reference-not-ip = den anges inte med IP-adress
probe-dns-reference-status = den svarade HTTP { $status }
probe-dns-reference-too-large = svaret var större än ett DNS-meddelande
probe-dns-doh-nxdomain = den svarade att namnet inte finns (NXDOMAIN)
probe-dns-doh-error = den svarade med ett fel (kod { $code })
probe-dns-doh-truncated = svaret var avkortat
probe-dns-doh-not-ours = svaret hörde inte till den här frågan
probe-dns-doh-malformed = svaret var felformat ({ $what })
probe-dns-no-server = ingen DNS-server var konfigurerad
probe-dns-system-silent = systemets namnuppslagning svarade inte
probe-dns-task-failed = DNS-uppslagningen avbröts: { $error }
probe-dns-no-addresses = namnet har inga adresser
probe-dns-no-such-name = DNS säger att namnet inte finns
probe-dns-unreachable = DNS-servern gick inte att nå eller kunde inte svara
probe-dns-no-address-records = namnet finns men har inga adressposter
probe-dns-server-failed = DNS-servern { $server }: { $why }
probe-dns-server-tcp-failed = DNS-servern { $server } över TCP: { $why }
probe-dns-no-answer = inget svar
probe-dns-malformed = felformat svar ({ $what })
probe-dns-not-our-answer = svar på en annan fråga
probe-dns-truncated-over-tcp = svaret avkortat även över TCP
probe-dns-malformed-short = kortare än ett huvud
probe-dns-malformed-undecodable = går inte att avkoda
probe-dns-malformed-no-question = svaret anger ingen fråga
probe-dns-server-nxdomain = { $server } svarade att namnet inte finns (NXDOMAIN)
probe-dns-rcode = { $rcode ->
    [servfail] SERVFAIL: DNS-servern kunde inte ta fram något svar
    [refused] REFUSED: DNS-servern vägrade svara
   *[other] DNS-servern svarade med ett fel
} ({ $server }, kod { $code })
probe-dns-bad-name = "{ $host }" är inte ett namn som går att slå upp i DNS
probe-dns-encode-failed = frågan om { $host } kunde inte kodas: { $error }

## Mätningar: anslutning (TCP)

probe-url-no-host = { $url } saknar värd
probe-connect-no-address = { $host } har ingen adress att ansluta till.
probe-connect-timeout-within = { $host } ({ $addr }) tog inte emot någon anslutning inom { $took }.
probe-connect-refused = { $host } ({ $addr }) nekade anslutningen: ingenting lyssnar på port { $port }.
probe-connect-timeout = { $host } ({ $addr }) tog inte emot någon anslutning.
probe-connect-reset = { $host } ({ $addr }) återställde anslutningen när den öppnades.
probe-connect-no-route = Det finns ingen väg till { $host } ({ $addr }): { $error }.

## Mätningar: den säkra anslutningen (TLS) och dess certifikat

probe-tls-bad-name = { $host } är inte ett namn som ett certifikat kan kontrolleras mot.
probe-tls-timeout = { $host } tog emot anslutningen men slutförde inte den säkra handskakningen (TLS) inom { $took }.
probe-tls-setup-failed = TLS-konfigurationen misslyckades: { $error }
probe-tls-expired-on = Säkerhetscertifikatet för { $host } gick ut { $date }, så webbläsare och appar vägrar ansluta.
probe-tls-expired = Säkerhetscertifikatet för { $host } har gått ut, så webbläsare och appar vägrar ansluta.
probe-tls-not-yet-valid-until = Säkerhetscertifikatet för { $host } är inte giltigt förrän { $date } (eller så går datorns klocka fel).
probe-tls-not-yet-valid = Säkerhetscertifikatet för { $host } är inte giltigt än (eller så går datorns klocka fel).
probe-tls-wrong-name = Servern som svarar för { $host } visade ett certifikat för ett annat namn.
probe-tls-untrusted-issuer = Säkerhetscertifikatet för { $host } är utfärdat av ”{ $issuer }”, som datorn inte litar på; något kanske fångar upp anslutningen.
probe-tls-untrusted = Säkerhetscertifikatet för { $host } kommer inte från en betrodd utfärdare ({ $reason ->
    [unknown-issuer] utfärdaren är okänd
    [bad-signature] signaturen går inte att verifiera
    [revoked] det har återkallats
    [bad-encoding] det är felformat
   *[critical-extension] det har ett kritiskt tillägg som ingen klient förstår
}); något kanske fångar upp anslutningen.
probe-tls-chain-too-long = { $host } skickade en certifikatkedja som är för lång att verifiera (fler mellanliggande certifikat än någon klient godtar).
probe-tls-ca-as-leaf = { $host } visar en certifikatutfärdares certifikat som sitt eget (ofta ett självsignerat certifikat), vilket klienter vägrar godta.
probe-tls-rejected = Säkerhetscertifikatet för { $host } avvisades ({ $error }).
probe-tls-alert = { $host } vägrade den säkra anslutningen (TLS-varning: { $alert }).
probe-tls-invalid-handshake = { $host } svarade, men inte med en giltig säker handskakning (TLS).
probe-tls-failed = Den säkra anslutningen till { $host } misslyckades: { $error }.
probe-tls-cut = { $host } bröt anslutningen under den säkra handskakningen.
probe-tls-closed = { $host } stängde anslutningen under den säkra handskakningen.
probe-tls-ca-no-pem = den innehåller inget PEM-certifikat
probe-tls-ca-unusable = ett certifikat i den går inte att använda som rotcertifikat: { $error }
probe-tls-ca-not-pem = den är inte giltig PEM: { $error }

## Mätningar: webbförfrågan (HTTP)

probe-http-build-failed = kunde inte bygga förfrågan: { $error }
probe-http-stalled-before-request = { $host } anslöt men stod sedan still i { $took } innan förfrågan kunde skickas.
probe-http-stalled-without-answer = { $host } anslöt men stod sedan still i { $took } utan att besvara förfrågan.
probe-body-stopped = { $host } slutade skicka efter { $bytes } ({ $took } in i nedladdningen).
probe-http-closed-early = { $host } stängde anslutningen innan svaret var komplett.
probe-http-cut = { $host } bröt anslutningen mitt i förfrågan.
probe-http-goaway = { $host } stängde HTTP/2-anslutningen utan att svara (GOAWAY: { $error }).
probe-http-invalid = { $host } svarade med något som inte är giltig HTTP ({ $error }).
probe-http-failed = HTTP-utbytet med { $host } misslyckades: { $error }.
probe-http-rate-limited = { $host } avvisar förfrågningar (HTTP 429: för många förfrågningar).
probe-http-rate-limited-wait = { $host } avvisar förfrågningar (HTTP 429: för många förfrågningar) och ber klienter vänta { $wait }.
probe-http-unavailable-wait = { $host } säger att den är tillfälligt otillgänglig (HTTP 503) och ber klienter vänta { $wait }.
probe-http-server-error = { $host } svarar med ett serverfel (HTTP { $status }).
probe-http-unexpected-status = { $host } svarade HTTP { $status }, väntat var { $expected }.
probe-http-body-missing = { $host } svarade, men sidan innehåller inte "{ $text }".
probe-redirect-loop = { $host } omdirigerade { $count } { $count ->
    [one] gång
   *[other] gånger
} utan att svara (det högsta antal en kontroll följer); sist till { $url }.
probe-redirect-insecure = { $host } omdirigerade till { $url }, som inte är en säker adress (https); Downbeat följer den inte.

## Mätningar: Downbeats egna förfrågningar (API:t för läget utifrån, en leverantörs statussida).
## Varför en misslyckades, en fras efter "inget svar från Globalping:" och liknande.

probe-fetch-encoding = svaret kom i en kodning som inte efterfrågades ({ $encoding })
probe-fetch-too-large-mib = svaret var större än { $mib } MiB
probe-fetch-too-large-kib = svaret var större än { $kib } KiB
probe-fetch-gunzip = det gzip-komprimerade svaret gick inte att läsa: { $error }

## Mätningar: Spotifys åtkomstpunkter. En åtkomstpunkt är servern Spotify-apparna ansluter till
## först; "hello" är första meddelandet i Spotifys eget protokoll, och dess "utmaning" är svaret
## som en äkta åtkomstpunkt signerar. apresolve är tjänsten som listar åtkomstpunkterna.

probe-ap-no-time = Ingen åtkomstpunkt hann provas innan kontrollens tid tog slut.
probe-ap-port-blocked = Ditt nätverk blockerar port { $port } ({ $blocked }); apparna faller tillbaka på { $fallback }, lite långsammare. { $detail }
probe-ap-another = en annan åtkomstpunkt
probe-ap-attempt = { $address }: { $headline }
probe-ap-before-it = { $detail } (Innan dess: { $attempts }.)
probe-ap-tried-all = { $detail } (Provade { $count } { $count ->
    [one] åtkomstpunkt
   *[other] åtkomstpunkter
}: { $attempts }.)
probe-ap-apresolve-failed = { $detail } apresolve gick inte att använda ({ $why }), så reservlistan provades.
probe-ap-apresolve-empty = den listade ingen åtkomstpunkt
probe-ap-apresolve-status = { $host } svarade HTTP { $status }
probe-ap-apresolve-too-large = svaret från { $host } är större än 64 KiB
probe-ap-apresolve-not-json = svaret från { $host } är inte den JSON det borde vara
probe-ap-hello-timeout = { $address } tog emot anslutningen men svarade inte på hello-meddelandet inom { $took }.
probe-ap-closed = { $address } stängde anslutningen { $when ->
    [sending] när hello-meddelandet skickades
    [waiting] innan den svarade på hello-meddelandet
   *[answering] mitt i sitt svar
}.
probe-ap-reset = { $address } återställde anslutningen { $when ->
    [sending] när hello-meddelandet skickades
    [waiting] innan den svarade på hello-meddelandet
   *[answering] mitt i sitt svar
}.
probe-ap-broke-off = { $address } avbröt anslutningen { $when ->
    [sending] när hello-meddelandet skickades
    [waiting] innan den svarade på hello-meddelandet
   *[answering] mitt i sitt svar
} ({ $error }).
probe-ap-http = { $address } svarade på hello-meddelandet med HTTP, inte som en åtkomstpunkt: en webbserver, en proxy eller en inloggningssida står i dess ställe.
probe-ap-bad-length = { $address } svarade på hello-meddelandet med något som inte är en åtkomstpunkts svar (det angav { $bytes } { $bytes ->
    [one] byte
   *[other] byte
}; ett svar är 5 byte till 64 KiB).
probe-ap-unparsable = { $address } svarade på hello-meddelandet med något som inte är en åtkomstpunkts svar (det går inte att tolka).
probe-ap-try-another = { $address } bad klienten prova en annan åtkomstpunkt.
probe-ap-refused = { $address } avvisade hello-meddelandet ({ $code }).
probe-ap-refused-why = { $address } avvisade hello-meddelandet ({ $code }: { $why }).
probe-ap-upgrade = { $address } svarade att klienten är för gammal: Downbeats hello-meddelande (klientversion { $build }) är inaktuellt. Spotify svarade ändå, så det här är inget avbrott; uppdatera Downbeat.
probe-ap-no-challenge = { $address } svarade på hello-meddelandet utan utmaning, uppgradering eller avvisning.
probe-ap-signature-invalid = { $address } svarade på hello-meddelandet, men nyckelutbytet är inte signerat med { $key ->
    [test] den konfigurerade server_key
   *[spotify] Spotifys nyckel
}: något annat än en av Spotifys åtkomstpunkter svarade (en proxy eller ett filter i det här nätverket, eller en bedragare).
probe-ap-slow = { $address } svarade på hello-meddelandet med en signerad utmaning, men långsamt ({ $took } totalt).
probe-ap-ok = { $address } svarade på hello-meddelandet med en utmaning signerad med { $key ->
    [test] den konfigurerade testnyckeln
   *[spotify] Spotifys nyckel
} på { $hello } ({ $took } totalt).
probe-ap-random-failed = systemets slumptalsgenerator misslyckades
probe-ap-group-malformed = hello-meddelandets Diffie-Hellman-grupp är felformad
probe-ap-encode-failed = hello-meddelandet kunde inte kodas ({ $error })
probe-ap-too-large = hello-meddelandet är för stort
probe-ap-addr-not-host-port = "{ $text }" har inte formen host:port
probe-ap-addr-bad-port = "{ $text }" har ingen giltig port
probe-ap-addr-bad-host = "{ $text }" har ingen giltig värd
probe-ap-key-no-pem = den innehåller inget PEM-block
probe-ap-key-unparsable = den publika nyckeln går inte att tolka ({ $error })
probe-ap-key-not-rsa = det är inte en publik RSA-nyckel
probe-ap-key-rsa-unparsable = RSA-nyckeln går inte att tolka ({ $error })
probe-ap-key-wrong-block = den innehåller ett "{ $label }"-block, inte PUBLIC KEY eller RSA PUBLIC KEY
probe-ap-key-too-small = nyckelns modulus har { $bits } bitar; åtkomstpunkter signerar med 2048

## En omgång kontroller

run-check-lost = Kontrollen avbröts oväntat.

## Läget utifrån: att fråga mätpunkter på andra håll (Globalping) om en tjänst fallerar även där,
## och vilken leverantör det här nätverket tillhör (RIPEstat). Varför omvärlden inte kunde
## svara, efter "läget utifrån:" och i `downbeat check --outside`.

outside-q-no-probe = ingen mätpunkt på annat håll kunde svara
outside-q-too-few = bara { $count } { $count ->
    [one] mätpunkt
   *[other] mätpunkter
} på annat håll kunde svara, för få för att avgöra
outside-q-off = avstängt (outside_view = "")
outside-q-from-settings = inställningarna
outside-q-from-time-zone = tidszonen { $zone }
outside-q-rate-limited = Globalpings kvot är förbrukad
outside-q-rate-limited-until = Globalpings kvot är förbrukad till { $until }
outside-q-unreachable = inget svar från Globalping: { $why }
outside-q-garbage = Globalpings svar gick inte att tolka: { $why }
outside-q-refused = Globalping avvisade förfrågan: { $why }
outside-q-unfinished = mätpunkterna blev inte klara i tid
outside-q-bad-id = ett mätnings-id som { $id }
outside-q-bad-url = { $url }: { $error }
outside-q-refusal = HTTP { $status }
outside-q-refusal-said = HTTP { $status }: { $said }
outside-q-refusal-said-params = HTTP { $status }: { $said } ({ $params })
outside-q-refusal-params = HTTP { $status }: { $params }
outside-q-param = { $name }: { $why }
outside-q-ripestat-unreachable = inget svar från RIPEstat: { $why }
outside-q-ripestat-status = RIPEstat svarade HTTP { $status }
outside-q-ripestat-garbage = RIPEstats svar gick inte att tolka: { $why }
outside-q-ripestat-said = RIPEstat svarade { $status }
outside-q-ripestat-no-network = RIPEstat känner inte till något nät som annonserar { $ip }
outside-q-page-bad-address = sidans adress kan inte ta emot API:ets sökväg
outside-q-page-status = den svarade HTTP { $status }
outside-q-page-not-summary = svaret är inte en Statuspage-sammanfattning: { $error }


## Fel: vad motorn kan misslyckas med, en rad vardera

error-config = { $path }:{ $line }:{ $column }: { $problem }
error-config-read = kan inte läsa konfigurationsfilen { $path }: { $reason }
error-ca-file = CA-filen { $path }: { $reason }
error-no-roots = inga betrodda rotcertifikat hittades: installera paketet ca-certificates eller ange ca_file
error-tls = TLS-konfigurationen misslyckades: { $reason }

## Konfigurationsfel: var felet finns

config-source-builtin = (inbyggd konfiguration)
config-source-preset = (inbyggd förinställning { $name })
config-source-label-builtin = inbyggda standardvärden (Spotify-förinställningen)

## Konfigurationsfel: nyckeln

config-key-problem = { $key }: { $problem }

## Konfigurationsfel: filens syntax och nycklar

config-unknown-key = okänd nyckel `{ $key }` (giltiga här: { $keys })
config-unknown-key-suggest = okänd nyckel `{ $key }`: menade du `{ $suggestion }`? (giltiga här: { $keys })
config-table-brackets = {"["}{ $name }] ska skrivas [[{ $name }]], med dubbla hakparenteser: varje [[{ $name }]] lägger till en post i en lista
config-table-twice = tabellen [{ $name }] anges två gånger
config-duplicate-key = dubblerad nyckel `{ $key }`: den är redan satt i den här tabellen

## Konfigurationsfel: ett värde av fel typ

config-invalid-type = förväntade { $want }, inte { $found }{ $hint ->
    [number] {" "}(skriv tal utan citattecken)
    [bool] {" "}(skriv true eller false utan citattecken)
    [quotes] {" "}(sätt det inom citattecken)
   *[none] {""}
}
config-want-number = ett heltal
config-want-bool = true eller false
config-want-text = text inom citattecken
config-want-list = en lista, som ["a", "b"]
config-want-table = en tabell
config-want-duration = en tidsperiod inom citattecken, som "30s"
config-found-text = texten { $value }
config-found-number = talet { $value }
config-found-table = en tabell
config-found-list = en lista
config-unknown-variant = "{ $value }" är inte något av { $choices }{ $hint ->
    [web] {" "}(en webbkontroll över HTTP eller HTTPS är handshake, som är standard)
   *[none] {""}
}

## Konfigurationsfel: värden som kontrollerar sig själva

config-duration-invalid = ogiltig tidsperiod "{ $value }": skriv den som "30s", "2m", "1h", "7d" eller "500ms"
config-duration-no-unit = en tidsperiod behöver en enhet, inom citattecken: skriv "{ $n }s" för { $n } { $n ->
    [one] sekund
   *[other] sekunder
}
config-duration-not-whole = en tidsperiod behöver ett heltal och en enhet, inom citattecken, som "30s" eller "500ms", inte { $value }
config-duration-range = måste vara mellan { $min } och { $max }
config-duration-range-key = { $key } måste vara mellan { $min } och { $max }
config-out-of-range = { $value } är utanför intervallet: det måste vara mellan { $min } och { $max }
config-url-no-scheme = ogiltig URL "{ $value }": den behöver ett schema, som "https://{ $host }"
config-url-add-scheme = ogiltig URL "{ $value }": lägg till https:// i början, som "https://{ $host }"
config-url-invalid = ogiltig URL "{ $value }": { $reason }
config-url-reason-empty-host = tom värd
config-url-reason-idna = ogiltigt internationellt domännamn
config-url-reason-port = ogiltigt portnummer
config-url-reason-ipv4 = ogiltig IPv4-adress
config-url-reason-ipv6 = ogiltig IPv6-adress
config-url-reason-domain-character = ogiltigt tecken i domännamnet
config-url-scheme = ogiltig URL "{ $value }": schemat måste vara https (eller http), inte "{ $scheme }"
config-url-no-host = ogiltig URL "{ $value }": den saknar värd
config-doh-https = reference_dns "{ $value }": DNS över HTTPS kräver en https-URL, som "https://1.1.1.1/dns-query"
config-doh-by-ip = reference_dns "{ $value }": ange servern med IP-adress, som "https://1.1.1.1/dns-query" (ett namn skulle kräva just den DNS som den ska kontrollera)
config-host-invalid = ogiltig värd "{ $value }": ange ett namn som "ap.spotify.com" eller en IP-adress, utan schema eller port
config-dns-server-invalid = ogiltig DNS-server "{ $value }": skriv den som "ip:port", som "1.1.1.1:53" eller "[2606:4700::1111]:53"
config-ip-invalid = ogiltig IP-adress "{ $value }"
config-status-out-of-range = HTTP-status { $code } är utanför intervallet: den måste vara mellan 100 och 599
config-status-invalid = ogiltig status "{ $value }": skriv 200, "200-399" eller en lista med sådana
config-expect-status-invalid = ogiltig expect_status: skriv 200, "200-399" eller en lista med sådana
config-expect-status-empty = expect_status måste innehålla minst en status
config-country-uk = ogiltigt land "{ $value }": Storbritanniens ISO 3166-kod är "GB"
config-country-invalid = ogiltigt land "{ $value }": skriv en ISO 3166-kod med två bokstäver, som "GB" eller "US"
config-language-unknown = okänt språk "{ $value }": språken är { $languages }, eller "auto" för systemets språk

## Konfigurationsfel: vad filen begär som helhet

config-baseline-duplicate = en referenskontroll som heter "{ $name }" finns redan
config-service-duplicate = en tjänst som heter "{ $name }" finns redan
config-nothing-to-check = inget att kontrollera: konfigurationen har ingen tjänst och ingen referens
config-preset-unknown = okänd förinställning "{ $name }": förinställningarna är { $presets }
config-service-needs-name = varje [[service]] behöver ett namn (1 till 64 tecken) eller en förinställning (preset)
config-captive-in-service = kontroll "{ $check }": en captive-kontroll testar ditt eget nätverk, så den hör hemma i referensen ([[baseline]]), inte i en tjänst
config-service-check-duplicate = tjänsten "{ $service }" har redan en kontroll som heter "{ $check }"
config-service-no-checks = tjänsten "{ $service }" har inga kontroller: lägg till [[service.check]]-poster eller en förinställning
config-group-name-length = ett gruppnamn måste vara 1 till 64 tecken
config-group-unknown-check = grupp "{ $group }": tjänsten "{ $service }" har ingen kontroll som heter "{ $check }"
config-group-check-taken = grupp "{ $group }": kontrollen "{ $check }" finns redan i gruppen "{ $other }"
config-check-name-length = ett kontrollnamn måste vara 1 till 64 tecken
config-field-only-for = kontroll "{ $check }": `{ $field }` gäller bara kontroller av typen { $kinds }
config-port-only-for-tcp = kontroll "{ $check }": `port` gäller bara tcp-kontroller (ange porten i URL:en)
config-tcp-needs-host-port = kontroll "{ $check }": en tcp-kontroll behöver `host` och `port`
config-captive-needs-http = kontroll "{ $check }": en captive-kontroll behöver en okrypterad `url` (http://…), eftersom en inloggningssida bara kan gå in i okrypterad trafik
config-check-needs-url = kontroll "{ $check }": en kontroll av typen { $kind } behöver en `url`
config-insecure-https-only = kontroll "{ $check }": `insecure` gäller bara https-URL:er (med { $scheme } finns inget certifikat att hoppa över)
config-ap-field = kontroll "{ $check }": `{ $field }` gäller inte en spotify_ap-kontroll ({ $why })
config-ap-why-fallback = ange åtkomstpunkter i `fallback`
config-ap-why-status = apresolve måste svara 2xx
config-ap-why-body = apresolve måste svara med sin JSON
config-ap-why-downloads = den laddar inte ner något
config-ap-why-redirects = apresolve följs inte
config-ap-why-server-key = använd `server_key` för en testimitation
config-ap-url-https = kontroll "{ $check }": `url` (apresolve) för en spotify_ap-kontroll måste vara https
config-ap-default-url = standard-URL:en för apresolve: { $reason }
config-ap-fallback = kontroll "{ $check }": fallback: { $reason }
config-ap-too-many-fallbacks = kontroll "{ $check }": högst { $max } reservåtkomstpunkter provas
config-server-key-unreadable = server_key: kan inte läsa { $path }: { $reason }
config-server-key-unusable = server_key: { $path } är inte en användbar nyckel: { $reason }

## Konfiguration: varningar och anteckningar vid start

config-owner-baseline = referens
config-warn-server-key = kontrollen "{ $check }" ({ $owner }) har en server_key: åtkomstpunkter kontrolleras mot den testnyckeln, inte mot Spotifys, och resultaten markeras som overifierade
config-warn-insecure = kontrollen "{ $check }" ({ $owner }) har insecure = true: certifikatet verifieras inte, och resultaten markeras som overifierade
config-warn-timeout-one = kontrollen "{ $check }" ({ $owner }) har en timeout ({ $timeout }) som är längre än intervallet ({ $interval }): { $then }
config-warn-timeout-every = alla kontroller har en timeout ({ $timeout }) som är längre än intervallet ({ $interval }): { $then }
config-warn-timeout-some = { $count } kontroller ({ $checks }) har en timeout ({ $timeout }) som är längre än intervallet ({ $interval }): { $then }
config-owner-check = "{ $check }" ({ $owner })
config-then-watch = { $count ->
    [one] medan den hänger får nästa omgång vänta
   *[other] medan någon av dem hänger får nästa omgång vänta
}
config-then-check = { $count ->
    [one] `watch` och appen skulle halka efter medan den hänger
   *[other] `watch` och appen skulle halka efter medan någon av dem hänger
}
config-note-no-services = { $path } har ingen [[service]], så den inbyggda Spotify-förinställningen kontrolleras (`downbeat presets spotify` visar den)
config-note-no-baseline = { $path } har ingen [[baseline]], så de inbyggda referenssajterna kontrolleras (`downbeat presets baseline` visar dem)

## Inställningssidan: vad den säger om ett fält eller en sparning som misslyckas

config-field-interval = Kontrollintervall
config-field-remind-every = Påminnelseintervall
config-field-url = URL
config-field-name = Namn
config-field-expect-status = Förväntad status
config-field-preset = Tjänst
config-field-country = Land
config-field-language = Språk
config-form-labelled = { $label }: { $problem }
config-form-broken = { $error }. Rätta filen för hand först; inställningarna sparas inte över den.
config-form-unreadable = { $path }: { $reason }
config-form-duplicate-service = "{ $name }" finns redan i listan
config-form-custom-https = URL:en för en egen tjänst måste börja med https://
config-form-no-services = välj minst en tjänst att bevaka
config-form-cannot-write = kan inte skriva { $path }: { $reason }

## Historiklagret: dess fel och skrivarens status

store-error-database = historikdatabasen { $path }: { $reason }
store-error-folder = historikmappen { $path }: { $reason }
store-error-query = det gick inte att läsa historiken: { $reason }
store-error-export = det gick inte att skriva CSV-filen: { $reason }
store-error-too-new = historikdatabasen { $path } skrevs av en nyare Downbeat (schema { $found }, den här känner till { $known })
store-recovered = historikdatabasen var skadad ({ $reason }); den sparades som { $moved_to } och en ny skapades
store-read-only = historikdatabasen är skrivskyddad: historiken hålls i minnet tills den kan skrivas
store-disk-full = disken är full: historiken hålls i minnet tills det finns plats
store-open-failed = { $error }: historiken hålls i minnet tills den kan skrivas
store-write-failed = det gick inte att skriva historiken: { $reason }
store-maintenance-failed = underhållet av historiken misslyckades ({ $step }): { $reason }
store-step-closing-stale = stänger inaktuella incidenter
store-step-ending-open = avslutar öppna incidenter
store-step-rolling-up = sammanställer
store-step-rolling-up-trimming = sammanställer och rensar
store-no-data-folder = ingen datamapp på det här systemet: historiken registreras inte (ange DOWNBEAT_DATA_DIR)
store-not-recording = { $error }; fortsätter utan att registrera historik


## Menyn i systemfältet. Korta etiketter: en systemfältsmeny är smal.

tray-menu-check-now = Kontrollera nu
tray-menu-pause-minutes = Pausa i { $minutes } min
tray-menu-pause-hours = Pausa i { $hours ->
    [one] { $hours } timme
   *[other] { $hours } timmar
}
tray-menu-resume = Återuppta
tray-menu-history = Öppna historik…
tray-menu-settings = Inställningar…
tray-menu-settings-file = Öppna inställningsfilen
tray-menu-start-at-login = Starta vid inloggning
tray-menu-quit = Avsluta Downbeat

## Inställningsfilen som skapas när "Öppna inställningsfilen" inte hittar någon. Varje
## meddelande är en kommentarsrad överst i TOML-filen (programmet lägger till "# " framför).

tray-settings-file-title = Inställningar för Downbeat. Står här ingenting körs den inbyggda Spotify-förinställningen.
tray-settings-file-reference = Fullständig referens finns i docs/configuration.md; `downbeat presets spotify` visar förinställningen.

## Varför inget program kunde öppna inställningsfilen: visas inom parentes efter filens sökväg,
## i aviseringen "Inget program kunde öppna inställningsfilen".

tray-opener-failed = { $program } misslyckades ({ $status })
tray-opener-missing = { $program } är inte installerat
tray-opener-error = { $program }: { $error }

## Varför systemfältsappen inte kan starta: skrivs ut efter "downbeat-desktop: " i terminalen,
## och (i Windows, när den startas utan terminal) i en meddelanderuta, med stor första bokstav.

tray-cannot-start = kan inte starta: { $error }
tray-no-display = ingen skärm (varken DISPLAY eller WAYLAND_DISPLAY är satt); `downbeat watch` klarar sig utan
tray-config-error = konfigurationsfel: { $error }

## Det skrivbordsprogrammen delar: start vid inloggning. Visas på fönstrets inställningssida
## när det misslyckas att slå på eller av "Starta vid inloggning".

desktop-autostart-not-found = start vid inloggning: var finns Downbeat? { $error }
desktop-autostart-failed = start vid inloggning: { $error }
desktop-no-folder = programmet ligger inte i någon mapp


## Historikfönstrets program (downbeat-window): vad det säger när något inte går

window-app-cannot-open = kan inte öppna historikfönstret: { $error }
window-app-cannot-open-webview2 =
    kan inte öppna historikfönstret: { $error }

    Downbeats fönster behöver Microsoft Edge WebView2 Runtime. Windows 10 och 11 har den oftast; annars kan du installera den från https://developer.microsoft.com/microsoft-edge/webview2/ och försöka igen.
window-app-no-display = ingen skärm (varken DISPLAY eller WAYLAND_DISPLAY är satt); `downbeat watch` klarar sig utan
window-app-no-history = ingen historik registreras på det här systemet (ingen datamapp; ange DOWNBEAT_DATA_DIR)
window-app-nothing-recorded = inget registrerat än
window-app-no-downloads = ingen mapp för hämtade filer eller hemmapp att spara i
window-app-no-config-path = ingen konfigurationsmapp på det här systemet (ange DOWNBEAT_CONFIG)
window-app-write-failed = { $path }: { $reason }

## Historikfönstrets sida: sidhuvudet

ui-verdict-checking = Kontrollerar…
ui-check-now = Kontrollera nu
ui-export = Exportera CSV
ui-open-settings = Inställningar
ui-exported = Sparade { $path }
ui-export-failed = Exporten misslyckades: { $error }

## Historikfönstrets sida: läget just nu ("Nu")

ui-now-heading = Nu
ui-connection = Din anslutning
ui-groups-label = { $service } per klient
ui-group-label = { $group }: { $state }
ui-group-state-up = uppe
ui-group-state-degraded = störd
ui-group-state-down = nere
ui-group-state-unknown = okänd
ui-places-label = { $service } sett från annat håll
ui-check-via = via { $address }
ui-badge-unverified = overifierad
ui-check-unverified-title = Verifieringen är avstängd för den här kontrollen: insecure = true, eller en server_key för test

## Historikfönstrets sida: upptid

ui-uptime-heading = Upptid
ui-uptime-legend = Teckenförklaring
ui-legend-up = uppe
ui-legend-degraded = störd
ui-legend-down = nere
ui-legend-offline = fel hos dig (offline, ingen DNS, …)
ui-legend-no-data = ingen data
ui-uptime-nothing = Inget registrerat än.
ui-uptime-unverified-title = Certifikatkontrollen är avstängd för: { $checks }
ui-uptime-window-24h = 24 h
ui-uptime-window-7d = 7 d
ui-uptime-window-30d = 30 d
ui-uptime-bars-24h = { $service } senaste 24 h
ui-uptime-bars-7d = { $service } senaste 7 dagarna
ui-uptime-bars-30d = { $service } senaste 30 dagarna

## Historikfönstrets sida: latensdiagrammet

ui-latency-title-24h = Latens, senaste 24 h
ui-latency-title-hour = Latens, senaste timmen
ui-latency-unit-median = (median per fas, ms)
ui-latency-unit-round = (varje omgång, per fas, ms)
ui-latency-service = Tjänst
ui-latency-empty = Inga mätningar än.
ui-latency-too-few = För lite data för ett diagram än: det börjar efter några omgångar. Den senaste mätningen står under varje kontroll ovan.
ui-latency-phase-dns = dns
ui-latency-phase-connect = anslutning
ui-latency-phase-tls = tls
ui-latency-phase-hello = hello
ui-latency-phase-ttfb = ttfb
ui-latency-phase-transfer = överföring
ui-latency-p95 = totalt p95
ui-latency-time = Tid

## Historikfönstrets sida: incidenter

ui-incidents-heading = Incidenter, senaste 30 dagarna
ui-incidents-started = Började
ui-incidents-lasted = Varade
ui-incidents-what = Vad
ui-incidents-why = Varför
ui-incidents-side = Vems sida

## Historikfönstrets sida: vad som gick fel på själva sidan

ui-problem-history = Historik: { $error }
ui-problem-start = Fönstret kunde inte starta: { $error }
ui-problem-load = Kunde inte läsa in { $file }
ui-problem-script = Skriptfel: { $error } ({ $place })
ui-problem-csp = Blockerat av innehållssäkerhetspolicyn: { $directive } { $address }

## Inställningssidan

ui-settings-heading = Inställningar
ui-settings-path = ({ $path })
ui-settings-broken = Sidan kan inte visa inställningarna medan filen (se ovan) innehåller ett fel. Rätta den i en textredigerare: Downbeat läser in den igen så fort den går att läsa.
ui-settings-services = Tjänster att bevaka
ui-settings-add-service = Lägg till en tjänst
ui-settings-add = Lägg till
ui-settings-service-other = (skriven i konfigurationsfilen)
ui-settings-edit = Redigera
ui-settings-remove = Ta bort
ui-settings-edit-label = Redigera { $service }
ui-settings-remove-label = Ta bort { $service }
ui-settings-service-error = { $service }: { $error }
ui-settings-some-service-error = En tjänst: { $error }
ui-settings-custom = Lägg till en egen HTTPS-tjänst
ui-settings-custom-name = Namn
ui-settings-custom-url = URL
ui-settings-custom-status = Förväntad status
ui-settings-custom-add = Lägg till tjänsten
ui-settings-custom-incomplete = en egen tjänst behöver ett namn och en URL
ui-settings-checks = Kontroller
ui-settings-interval = Kontrollintervall
ui-settings-interval-hint = t.ex. 30s, 1m, 5m
ui-settings-baseline = Kontrollera även min egen anslutning, så att Downbeat kan avgöra på vems sida ett problem ligger
ui-settings-autostart = Starta Downbeat vid inloggning
ui-settings-theme = Utseende
ui-settings-theme-system = Som systemet
ui-settings-theme-light = Ljust
ui-settings-theme-dark = Mörkt
ui-settings-language = Språk
ui-settings-language-auto = Samma som systemet
ui-settings-notify = Meddela mig när
ui-settings-notify-down = en tjänst går ner
ui-settings-notify-recovered = den är tillbaka
ui-settings-notify-degraded = den är långsam eller har störningar
ui-settings-notify-offline = min egen anslutning har problem (offline, en inloggningssida, DNS)
ui-settings-remind = påminn mig så länge en tjänst är nere, var
ui-settings-remind-every = Påminnelseintervall
ui-settings-outside = Nere för alla, eller bara härifrån?
ui-settings-elsewhere = När en tjänst inte fungerar men min anslutning gör det: fråga mätpunkter på annat håll (Globalping) om den fungerar där
ui-settings-provider = Ta sedan reda på vilken internetleverantör nätverket tillhör (RIPEstat), och fråga mätpunkter i det nätet också, för att skilja på min leverantör och mitt hemnätverk
ui-settings-country = Mitt land
ui-settings-country-placeholder = SE
ui-settings-country-hint = två bokstäver; tomt: enligt tidszonen
ui-settings-token = Globalping-token
ui-settings-token-hint = valfritt, för en större kvot
ui-settings-outside-note = Det här skickas: värd, port och sökväg för kontrollen som fallerar. Ingenting medan allt är uppe eller medan du är offline.
ui-settings-save = Spara
ui-settings-close = Tillbaka till historiken
ui-settings-saving = Sparar…
ui-settings-saved = Sparat. Nästa omgång använder de nya inställningarna.

## The built-in presets' words (presets/*.toml)

preset-apple_music-advice = Nedladdad musik går fortfarande att spela.
preset-deezer-advice = Nedladdad musik går fortfarande att spela i offlineläge (med ett betalabonnemang).
preset-soundcloud-advice = Låtar sparade för offlinelyssning (med Go) går fortfarande att spela.
preset-spotify-advice = Nedladdad musik går fortfarande att spela i offlineläge.
preset-tidal-advice = Nedladdad musik går fortfarande att spela i offlineläge.
preset-youtube_music-advice = Nedladdningar i appen går fortfarande att spela offline (med YouTube Music Premium).
preset-spotify-group-the-spotify-apps = Spotify-apparna
preset-spotify-group-the-web-player = webbspelaren
preset-spotify-group-login = inloggningen

## Den här datorns väg, som `check` listar den när något misslyckades (view::path_lines).

path-route-router = { $family } går ut genom { $interface } till routern { $router }.
path-route-tunnel = { $family } går ut genom tunneln { $interface }.
path-route-direct = { $family } går ut genom { $interface }.
path-route-none = Ingen { $family }-väg.
path-link-down = { $interface } är nere.
path-link-no-address = { $interface } har ingen { $family }-adress.
path-router-echo = Routern besvarade en ekoförfrågan på { $took }.
path-router-tcp = Routern svarade via TCP-port { $port } på { $took }.
path-router-silent = Routern svarade inte inom { $took }.
path-router-unreachable = Routern gick inte att nå: den här datorn har ingen väg dit.
