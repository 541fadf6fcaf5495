# Downbeat in het Nederlands (Dutch). De gebruiker wordt met "je" aangesproken.

## The language itself

language-name = Nederlands

## Numbers, times, dates and lists: how this language writes them

number-decimal = ,
unit-ms = { $n } ms
unit-seconds = { $n } s
span-s = { $s } s
span-min = { $min } min
span-h = { $h } u
span-h-min = { $h } u { $min } min
span-d = { $d } d
span-d-h = { $d } d { $h } u
month-short = { $month ->
    [1] jan
    [2] feb
    [3] mrt
    [4] apr
    [5] mei
    [6] jun
    [7] jul
    [8] aug
    [9] sep
    [10] okt
    [11] nov
   *[12] dec
}
# "7 dec"
date-day-month = { $day } { $month }
# "7 dec 2026"
date-day-month-year = { $day } { $month } { $year }
# "7 dec, 14:05"
date-time = { $date }, { $time }
# "14:05"
time-hm = { $hh }:{ $mm }
time-hms = { $hh }:{ $mm }:{ $ss }
list-comma = {", "}
list-and = { $first } en { $last }
list-or = { $first } of { $last }

## Causes: what is behind a verdict, and whose side it is on

cause-headline-none = alles in orde
cause-headline-service = de dienst zelf heeft een storing
cause-headline-offline = je bent offline
cause-headline-no-network = deze computer is niet met een netwerk verbonden
cause-headline-router-down = je router ({ $router }) antwoordt niet
cause-headline-line-down = je router ({ $router }) antwoordt, de lijn erachter niet
cause-headline-vpn-down = je VPN ({ $interface }) laat niets door
cause-headline-ipv6-broken = IPv6 werkt niet op dit netwerk, IPv4 wel
cause-headline-ipv4-broken = { $via ->
        [vpn] je VPN ({ $interface }) laat geen IPv4 door, IPv6 wel
       *[other] IPv4 werkt niet op dit netwerk, IPv6 wel
    }
cause-headline-dns-resolver-down = je DNS-server antwoordt niet
cause-headline-dns-filtered = de DNS van je netwerk blokkeert het
cause-headline-captive-portal = dit netwerk wil dat je inlogt
cause-headline-slow-connection = je verbinding is traag
cause-headline-port-blocked = je netwerk blokkeert de voorkeurspoort
cause-headline-downbeat-outdated = Downbeat is verouderd
cause-headline-network-path = het mislukt alleen vanaf jouw netwerk
cause-headline-provider = het mislukt op het netwerk van je provider
cause-headline-clock-wrong = de klok van je computer staat verkeerd
cause-headline-tls-intercepted = iets onderschept beveiligde verbindingen
cause-headline-dns-unconfirmed = volgens je DNS bestaat de naam niet

cause-state-word-offline = offline
cause-state-word-no-network = offline
cause-state-word-router-down = offline
cause-state-word-line-down = offline
cause-state-word-vpn-down = offline
cause-state-word-ipv6-broken = IPv6 defect
cause-state-word-ipv4-broken = IPv4 defect
cause-state-word-dns-resolver-down = geen DNS
cause-state-word-dns-filtered = geblokkeerd
cause-state-word-captive-portal = inloggen nodig
cause-state-word-slow-connection = trage verbinding
cause-state-word-port-blocked = poort geblokkeerd
cause-state-word-downbeat-outdated = update Downbeat
cause-state-word-network-path = niet vanaf hier
cause-state-word-provider = je provider
cause-state-word-clock-wrong = verkeerde klok
cause-state-word-tls-intercepted = onderschept
cause-state-word-dns-unconfirmed = naam hier onbekend

cause-line-offline = Je bent offline: het ligt aan jou, niet aan de diensten
cause-line-no-network = Deze computer is niet met een netwerk verbonden: het ligt aan jou, niet aan de diensten
cause-line-router-down = Je router ({ $router }) antwoordt niet: het ligt aan jou, niet aan de diensten
cause-line-line-down = Je router ({ $router }) antwoordt, maar daarachter reageert niets: het ligt aan je lijn, niet aan de diensten
cause-line-vpn-down = Je VPN ({ $interface }) laat niets door: het ligt aan jou, niet aan de diensten
cause-line-ipv6-broken = IPv6 werkt niet op dit netwerk: apps die het eerst proberen, blijven hangen
cause-line-ipv4-broken = { $via ->
        [vpn] Je VPN ({ $interface }) laat geen IPv4 door: sites zonder IPv6 zijn onbereikbaar
       *[other] IPv4 werkt niet op dit netwerk: sites zonder IPv6 zijn onbereikbaar
    }
cause-line-dns-resolver-down = Je DNS-server antwoordt niet: herstart je router of wissel van DNS
cause-line-dns-filtered = Je netwerk blokkeert { $service }: probeer een ander netwerk
cause-line-captive-portal = Deze wifi wil dat je inlogt: open een browser
cause-line-slow-connection = Je verbinding is traag voor alles, niet alleen voor { $service }
cause-line-port-blocked = Je netwerk blokkeert de voorkeurspoort van { $service }: apps wijken uit
cause-line-downbeat-outdated = Downbeat is verouderd voor { $service }: werk het bij
cause-line-network-path = { $service } werkt elders, niet vanaf jouw netwerk: probeer een ander netwerk
cause-line-provider = { $service } faalt op het netwerk van je provider: het ligt aan je provider
cause-line-clock-wrong = Je klok staat verkeerd: beveiligde verbindingen falen, het ligt aan jou
cause-line-tls-intercepted = Iets onderschept je beveiligde verbindingen: dit netwerk of deze computer
cause-line-dns-unconfirmed = Volgens je DNS bestaat { $service } niet: dit netwerk filtert het misschien

cause-advice-service = Het ligt aan hen: je router herstarten helpt niet.
cause-advice-offline = Controleer je wifi, router of VPN.
cause-advice-no-network = Zet wifi aan of sluit de netwerkkabel aan.
cause-advice-router-down = Herstart je router, of zoek een plek met beter wifibereik.
cause-advice-line-down = Je router één keer herstarten kan helpen; helpt dat niet, dan ligt het aan je provider: kijk op hun statuspagina of bel hun klantenservice.
cause-advice-vpn-down = Verbind je VPN opnieuw, of zet hem uit.
cause-advice-ipv6-broken = Herstart je router; blijft het probleem, zet dan IPv6 uit op deze computer of neem contact op met je provider.
cause-advice-ipv4-broken = { $via ->
        [vpn] Verbind je VPN opnieuw, of zet hem uit.
       *[other] Herstart je router; blijft het probleem, dan ligt het aan je provider (hun IPv4-gateway): kijk op hun statuspagina of bel hun klantenservice.
    }
cause-advice-dns-resolver-down = Herstart je router of stap over op andere DNS (bijvoorbeeld 1.1.1.1).
cause-advice-dns-filtered = Probeer een ander netwerk, of vraag het aan de beheerder van dit netwerk.
cause-advice-captive-portal = Open een browser en log in.
cause-advice-slow-connection = Zoek een plek met beter wifibereik, pauzeer andere downloads of herstart je router.
cause-advice-port-blocked = Niets aan te doen zolang de apps verbinding krijgen; lukt dat niet meer, vraag het dan aan de beheerder van dit netwerk.
cause-advice-downbeat-outdated = Werk Downbeat bij: de hello die het naar de access points stuurt, is verouderd.
cause-advice-network-path = Probeer een ander netwerk (een hotspot op je telefoon); werkt het daar wel, dan ligt het aan dit netwerk of aan je provider.
cause-advice-provider = Je router herstarten helpt niet; een telefoon op mobiele data wel. Meld het bij je provider.
cause-advice-clock-wrong = Zet de automatische tijdinstelling aan in je systeeminstellingen.
cause-advice-tls-intercepted = Meestal zit er een bedrijfsnetwerk, de webbescherming van een virusscanner of een filter achter; vertrouw je dit netwerk niet, stop dan.
cause-advice-dns-unconfirmed = Probeer een ander netwerk of andere DNS; werkt het daar wel, dan filtert dit netwerk het.

## Diagnoses: why a check came out the way it did

diagnosis-ok = alles goed
diagnosis-slow = reageert traag
diagnosis-dns-nxdomain = de naam wordt niet gevonden
diagnosis-dns-failure = DNS-opzoeking mislukt
diagnosis-tcp-refused = verbinding geweigerd
diagnosis-tcp-timeout = time-out bij verbinden
diagnosis-network-unreachable = netwerk onbereikbaar
diagnosis-connection-reset = verbinding verbroken
diagnosis-tls-handshake-failed = beveiligde verbinding mislukt
diagnosis-tls-cert-expired = TLS-certificaat verlopen
diagnosis-tls-cert-not-yet-valid = TLS-certificaat nog niet geldig
diagnosis-tls-cert-untrusted = TLS-certificaat niet vertrouwd
diagnosis-tls-hostname-mismatch = TLS-certificaat is voor een andere naam
diagnosis-tls-cert-expiring = TLS-certificaat verloopt binnenkort
diagnosis-http-server-error = serverfout
diagnosis-http-rate-limited = te veel verzoeken
diagnosis-http-unexpected-status = onverwachte HTTP-status
diagnosis-http-unexpected-body = onverwachte pagina-inhoud
diagnosis-http-redirect-loop = te veel doorverwijzingen
diagnosis-protocol-error = de server spreekt geen HTTP
diagnosis-timeout = reageert niet meer
diagnosis-stream-too-slow = streamt te traag
diagnosis-dns-blocked = de DNS van je netwerk blokkeert het
diagnosis-captive-portal = er antwoordde een inlogpagina (captive portal)
diagnosis-ap-signature-invalid = de handshake is niet door Spotify ondertekend
diagnosis-ap-handshake-failed = de handshake met het access point mislukt
diagnosis-ap-upgrade-required = het vraagt om een nieuwere Downbeat
diagnosis-ap-port-blocked = je netwerk blokkeert de voorkeurspoort


## Lines: the one-line summaries every front end shows (src/view/lines.rs): the tray's first
## line and the window's headline (the verdict line), a service's line, the user's connection's
## line, and the config's lines.

line-state = { $state ->
    [up] online
    [degraded] verstoord
    [down] plat
    [offline] offline
   *[unknown] onbekend
}

line-them-connection-fine = Het ligt aan hen: je verbinding is in orde.
line-them = Het ligt aan hen.

line-checking = Controleren…

line-paused-until = Gepauzeerd tot { $time }
line-paused-until-resumed = Gepauzeerd tot je hervat

line-all-well = Alles in orde
line-all-up = { $count ->
    [2] Beide diensten zijn online
   *[other] Alle { $count } diensten zijn online
}
line-some-up = { $up } van de { $count } diensten online; de rest wordt nog gecontroleerd

line-your-services = je diensten

## The verdict line when a service itself fails (it's them).

line-verdict-them = { $scope ->
    [everywhere] { $service } is { $state } voor iedereen: het ligt aan hen
    [region] { $service } is { $state } in { $place }: het ligt aan hen
   *[here] { $service } is { $state }: het ligt aan hen
}
line-verdict-them-why = { $scope ->
    [everywhere] { $service } is { $state } voor iedereen ({ $why }): het ligt aan hen
    [region] { $service } is { $state } in { $place } ({ $why }): het ligt aan hen
   *[here] { $service } is { $state } ({ $why }): het ligt aan hen
}
line-why-for = al { $span }
line-why-diagnosis-for = { $diagnosis }, al { $span }
line-verdict-them-many = { $services } { $count ->
    [one] is
   *[other] zijn
} { $state ->
    [degraded] verstoord
   *[down] plat
}: het ligt aan hen

## The tray menu's first line: whose side, short (44 characters at most; longer is cut).

line-tray-offline = Ligt aan jou: je bent offline
line-tray-no-network = Ligt aan jou: geen netwerk (wifi of kabel)
line-tray-router-down = Ligt aan jou: router { $router } zwijgt
line-tray-line-down = Ligt aan je lijn: router { $router } werkt
line-tray-vpn-down = Ligt aan jou: VPN { $interface } laat niets door
line-tray-ipv6-broken = Ligt aan jou: IPv6 werkt niet, IPv4 wel
line-tray-ipv4-broken = { $via ->
        [vpn] Ligt aan jou: VPN { $interface } blokkeert IPv4
       *[other] Ligt aan jou: IPv4 werkt niet, IPv6 wel
    }
line-tray-dns-resolver-down = Ligt aan jou: je DNS-server antwoordt niet
line-tray-captive-portal = Ligt aan jou: deze wifi wil dat je inlogt
line-tray-slow-connection = Ligt aan jou: je verbinding is traag
line-tray-clock-wrong = Ligt aan jou: je klok staat verkeerd
line-tray-tls-intercepted = Ligt aan jou: iets onderschept verbindingen
line-tray-dns-filtered = Ligt aan jou: je netwerk blokkeert { $services }
line-tray-port-blocked = Ligt aan jou: poort dicht voor { $services }
line-tray-downbeat-outdated = Ligt aan jou: Downbeat is verouderd
line-tray-network-path = Ligt aan jou: { $services } { $count ->
    [one] werkt
   *[other] werken
} alleen hier niet
line-tray-provider = Ligt aan je provider: { $services } onbereikbaar
line-tray-dns-unconfirmed = Ligt aan jou: { $services } { $count ->
    [one] is
   *[other] zijn
} onbekend bij je DNS
line-tray-them = Ligt aan hen: { $service } is { $state }
line-tray-them-many = Ligt aan hen: { $count } { $count ->
    [one] dienst is
   *[other] diensten zijn
} { $state ->
    [degraded] verstoord
   *[down] plat
}

## A service's line: the tray menu's line per service, and the verdict line for a single
## service. Optional parts are added one message at a time: each takes the line so far as
## $line and adds to it.

line-service-state = { $service }: { $state }
line-service-word = { $service }: { $word }
line-service-word-why = { $service }: { $word }, { $headline }
line-service-checking = { $service }: controleren…
line-service-groups = { $line } ({ $groups })
line-service-diagnosis = { $line }, { $diagnosis }
line-service-for = { $line }, al { $span }
line-service-unverified = { $line } (niet geverifieerd)
line-tray-service-for = { $line }, { $span }
line-tray-service-paused = { $service }: niet gecontroleerd (gepauzeerd)

## The user's connection's line: "Your connection: fine (3 of 3 sites answer)". The window's
## connection card shows the part after the label alone.

line-connection = Je verbinding: { $detail }
line-connection-not-checked = niet gecontroleerd
line-connection-baseline-off = niet gecontroleerd (de referentiecontrole staat uit)
line-connection-paused = niet gecontroleerd tijdens de pauze
line-connection-checking = controleren…
line-connection-fine = in orde
line-connection-sites = { $state } ({ $answered } van { $sites } { $sites ->
    [one] site
   *[other] sites
} bereikbaar)
line-tray-connection-sites = { $state } ({ $answered }/{ $sites } sites)
line-tray-connection-paused = niet gecontroleerd (gepauzeerd)

## The config's lines: the tray, the window, `watch` and `serve`.

line-config-error = Configuratiefout: { $error }
line-tray-config-error-in = Configuratiefout in { $place }
line-config-kept = Configuratiefout: { $error }. Downbeat controleert verder met de laatste instellingen die wel laadden, en laadt het bestand opnieuw zodra het hersteld is.
line-config-not-reloaded = configuratie niet opnieuw geladen: { $error }; draait verder op de laatst geladen configuratie
line-config-reloaded = configuratie opnieuw geladen uit { $path }: { $changes }
line-config-reloaded-nothing = configuratie opnieuw geladen uit { $path }: niets veranderd aan wat er draait
line-config-reloaded-added = { $services } toegevoegd
line-config-reloaded-removed = { $services } verwijderd
line-config-reloaded-changed = { $services } gewijzigd
line-config-reloaded-baseline = de referentiecontroles zijn gewijzigd
line-config-reloaded-settings = instellingen gewijzigd: { $keys }
line-clause-separator = {"; "}

## `watch`'s line per transition: "Spotify: up -> down (login: server error; blame: them,
## cause: service)". Each part after the first takes the line so far as $line.

line-transition = { $who }: { $from } -> { $to }
line-your-connection = je verbinding
line-transition-check = { $line } ({ $check }: { $diagnosis }; kant: { $blame }, oorzaak: { $cause })
line-transition-diagnosis = { $line } ({ $diagnosis }; kant: { $blame }, oorzaak: { $cause })
line-transition-after = { $line } na { $span }
line-transition-detail = { $line }. { $detail }

## The history window (src/view/window.rs): its headline, the connection card and the
## services' cards.

window-not-checking = Downbeat controleert niets: zie het probleem hieronder
window-checking = controleren…
window-checked = gecontroleerd om { $time }
window-shared-failure-all = Alle { $count } controles mislukken op dezelfde manier: { $diagnosis }.
window-shared-failure = { $count } { $count ->
    [one] controle mislukt
   *[other] controles mislukken
} op dezelfde manier: { $diagnosis }.
window-shared-failure-example = { $check }: { $detail }

## A service's card.

window-badge = { $glyph } { $word }
window-badge-paused = ‖ gepauzeerd
window-badge-checking = – controleren
window-card-paused-until = Gepauzeerd: { $service } wordt tot { $time } niet gecontroleerd.
window-card-paused = Gepauzeerd: { $service } wordt pas weer gecontroleerd als je hervat.
window-card-offline-merged = Niet te beoordelen zolang je offline bent.
window-card-offline = Je bent offline, dus deze dienst is niet te beoordelen: het ligt aan jou, niet aan hen.
window-card-you = Het ligt aan jou, niet aan { $service }. { $advice }
window-card-up = Werkt normaal.
window-card-check = { $check }: { $diagnosis }.
window-since = Sinds { $when }.
window-chip = { $phase } { $time }
window-chip-failed = { $phase } ✕
phase-name = { $phase ->
    [dns] dns
    [connect] verbinden
    [tls] tls
    [hello] hello
    [ttfb] ttfb
   *[transfer] overdracht
}
window-outside-place = { $works ->
    [yes] ✓
   *[no] ✕
} { $city }, { $country } ({ $network })

## The outside view (src/view/outside.rs, src/model/outside.rs): what probes elsewhere (in
## other places and networks) saw of a failing service, on its card, in `check`'s note and in
## `check --outside`'s listing.

outside-no-answer = geen antwoord
outside-your-country-code = je land ({ $code })
outside-your-country = je land
outside-your-provider = je provider

## A failing service's card: "Seen from elsewhere: …".

outside-line-everywhere = Van buitenaf gezien: het mislukt ook vanaf { $failing } van { $probes } { $probes ->
    [one] plek
   *[other] plekken
}, verspreid over { $countries } { $countries ->
    [one] land
   *[other] landen
}.
outside-line-region = Van buitenaf gezien: in { $country } mislukt het vanaf { $failing } van { $probes } { $probes ->
    [one] plek
   *[other] plekken
}; vanaf { $elsewhere } { $elsewhere ->
    [one] plek
   *[other] plekken
} elders werkt het.
outside-line-partial = Van buitenaf gezien: het mislukt vanaf { $failing } van { $probes } { $probes ->
    [one] plek
   *[other] plekken
} en werkt vanaf de rest.
outside-line-only-here = Van buitenaf gezien: het werkt vanaf { $working } van { $probes } { $probes ->
    [one] plek
   *[other] plekken
}, dus het ligt aan de route van jouw netwerk ernaartoe.
outside-line-provider = Van buitenaf gezien: het mislukt op het netwerk van { $provider } ({ $failing } van { $probes } { $probes ->
    [one] plek
   *[other] plekken
}) en werkt op andere netwerken ({ $working } van { $others }).
outside-line-unknown = Niet van buitenaf bekeken: { $error }.

## `check`'s note on the outside view.

outside-note = { $probes } { $probes ->
    [one] meetpunt
   *[other] meetpunten
} elders gevraagd, waarvan { $in_country } in { $country }.
outside-country-from = { $country } (je land, volgens { $from })
outside-country-unknown = je land (onbekend: je tijdzone noemt er geen; stel country in onder [settings])
outside-could-not-say = Meetpunten elders konden het niet zeggen: { $error }.

## The user's provider, when the service fails only from here or on the provider's network.

outside-provider-sentence = { $service } mislukt { $reach ->
    [country] elders in { $country }
   *[world] elders
} ook op het netwerk van { $provider }, en werkt op andere netwerken: het ligt aan je provider, niet aan { $service } en niet aan je thuisnetwerk. Je router herstarten helpt niet; een telefoon op mobiele data wel. Meld het bij { $provider }.
outside-provider-works = Elders werkt het ook via { $provider } ({ $probes } van { $probes }): het ligt aan deze verbinding, niet aan je provider.
outside-provider-no-probe = Er zat geen meetpunt op het netwerk van { $provider }, dus Downbeat kon je provider niet van je thuisnetwerk onderscheiden.
outside-provider-unknown = Downbeat kon je provider niet achterhalen ({ $error }), dus kon het je provider niet van je thuisnetwerk onderscheiden.

## `check --outside`'s listing.

outside-listing-asked = Meetpunten elders gevraagd om { $host } te bereiken ({ $service }).
outside-listing-provider = Je provider: { $provider } (AS{ $asn }).
outside-listing-provider-unknown = Je provider: onbekend ({ $error }).
outside-listing-provider-not-asked = Je provider: niet opgevraagd.
outside-listing-place = { $works ->
    [yes] ✓ werkt
   *[no] ✕ mislukt
} { $city }, { $country }: { $network } (AS{ $asn }){ $yours ->
    [yes] {" "}(jouw provider)
   *[no] {""}
}
outside-listing-everywhere = { $service } mislukt vanaf de meeste plekken: plat voor iedereen.
outside-listing-region = { $service } mislukt in { $country } en werkt elders.
outside-listing-partial = { $service } mislukt vanaf sommige plekken en werkt vanaf andere.
outside-listing-only-here = { $service } werkt vanaf alle gevraagde plekken.

## A vendor's status page, beside what Downbeat saw: "Spotify's status page: Partial System
## Outage: 'Playback failures' (investigating since 09:58)".

outside-page-unread = De statuspagina van { $service } kon niet worden gelezen: { $error }.
outside-page-no-incident = De statuspagina van { $service } meldt nog geen incident.
outside-page-says = Statuspagina van { $service }: { $what }.
outside-page-a-problem = een probleem, geen incident genoemd
outside-page-partial-outage = Gedeeltelijke systeemstoring
outside-page-head-components = { $head } — { $components }
outside-page-components-more = { $components } en nog { $more }
outside-page-component = { $component }: { $status ->
    [degraded_performance] verminderde prestaties
    [partial_outage] gedeeltelijke storing
    [major_outage] grote storing
    [under_maintenance] in onderhoud
   *[other] { $status_text }
}
outside-incident-status = { $status ->
    [investigating] wordt onderzocht
    [identified] oorzaak gevonden
    [monitoring] wordt gevolgd
    [resolved] opgelost
    [postmortem] nabeschouwing
   *[other] { $status }
}
outside-incident = '{ $incident }' ({ $status })
outside-incident-since = '{ $incident }' ({ $status } sinds { $when })
outside-incidents-more = { $incident } en nog { $more }
outside-page-incident = Statuspagina van { $service }: { $incident }.
outside-page-incident-head = Statuspagina van { $service }: { $head }: { $incident }.
outside-page-incident-head-components = Statuspagina van { $service }: { $head }; { $incident }.

## Groups (src/model/group.rs): a service's checks gathered by what they serve, in one
## sentence that says which are hit and which still work, on the window's card and in the
## notifications: "The Spotify apps can't connect (access point: the access point handshake
## fails); the web player and login work." The first letter is made a capital after.

group-down = geen verbinding voor { $group }
group-degraded = { $group } { $plural ->
    [yes] zijn
   *[no] is
} verstoord
group-because = { $clause } ({ $check }: { $diagnosis })
group-and-then = { $first }; { $next }
group-sentence = { $hit }.
group-sentence-fine = { $hit }; { $fine } { $count ->
    [one] { $plural ->
        [yes] werken
       *[no] werkt
    }
   *[other] werken
}.


## States: the one word for how a check, a service or the connection stands

state-unknown = onbekend
state-up = online
state-degraded = verstoord
state-down = plat
state-offline = offline

## Notifications: pieces several of them share

notify-some-check = een controle
notify-some-check-start = Een controle
notify-unverified = (Niet geverifieerd: verificatie staat uit voor { $check }.)
notify-unverified-unnamed = (Niet geverifieerd: verificatie staat uit voor deze controle.)
notify-check-works-again = { $check } werkt weer.

## Notifications: a service goes down, is degraded, and comes back

notify-down-title = { $service } ligt plat
notify-degraded-title = { $service } hapert
notify-back-title = { $service } is terug
notify-back-to-normal-title = { $service } werkt weer normaal
notify-reminder-title = { $service } ligt nog steeds plat
notify-down-failing = { $check_start } mislukt: { $diagnosis }.
notify-down-no-help = Opnieuw inloggen of je router herstarten helpt niet.
notify-degraded-failing = { $check_start }: { $diagnosis }.
notify-back-body = Lag { $span } plat ({ $check }: { $diagnosis }).
notify-back-failing = mislukt
notify-back-still-slow = Het is nog wel trager dan normaal.
notify-back-to-normal-body = Was { $span } verstoord.
notify-back-to-normal-body-unmeasured = Werkt weer normaal.
notify-reminder-body = Ligt al { $span } plat ({ $check }: { $diagnosis }).

## Notifications: a service's trouble that is on the user's side

notify-dns-filtered-title = Je netwerk blokkeert { $service }
notify-dns-filtered-body = De DNS van je netwerk geeft het adres van { $service } niet ({ $check }), maar publieke DNS wel: je netwerk blokkeert het. { $advice }
notify-dns-filtered-over-title = { $service } komt er weer door
notify-dns-filtered-over-body = De DNS van je netwerk blokkeerde het { $span } lang.
notify-dns-filtered-over-body-unmeasured = De DNS van je netwerk blokkeert het niet meer.
notify-port-blocked-title = Je netwerk blokkeert de voorkeurspoort van { $service }
notify-port-blocked-body = { $detail } Het ligt aan je netwerk, niet aan { $service }. { $advice }
notify-port-blocked-over-title = De voorkeurspoort van { $service } komt er weer door
notify-port-blocked-over-body = Je netwerk blokkeerde die { $span } lang.
notify-port-blocked-over-body-unmeasured = Je netwerk blokkeert die niet meer.
notify-outdated-title = Downbeat is verouderd
notify-outdated-body = { $service } beantwoordde { $check }, maar vraagt om een nieuwere client: het gaat om de hello van Downbeat zelf, niet om een storing. { $advice }
notify-outdated-over-title = Het access point van { $service } accepteert Downbeat weer
notify-intercepted-service-title = Iets onderschept de beveiligde verbindingen van { $service }
notify-intercepted-service-body = { $seen } De apps van { $service } weigeren zulke verbindingen. Het ligt aan dit netwerk of deze computer, niet aan { $service }. { $advice }
notify-intercepted-service-over-title = De beveiligde verbindingen van { $service } worden niet meer onderschept
notify-intercepted-service-over-body = Ze werden { $span } lang onderschept.
notify-dns-unconfirmed-title = Volgens je DNS bestaat { $service } niet
notify-dns-unconfirmed-body = Alleen de DNS van dit netwerk zegt dat ({ $check }), en er kon geen neutrale DNS worden gevraagd; misschien filtert dit netwerk het. Het telt niet als storing van { $service }. { $advice }
notify-dns-unconfirmed-over-title = De naam van { $service } wordt weer gevonden
notify-dns-unconfirmed-over-body = Je DNS zei { $span } lang dat de naam niet bestond.

## Notifications: the user's side (no service named)

notify-offline-title = Je bent offline
notify-offline-body-site = Geen van de referentiesites is bereikbaar ({ $site }: { $diagnosis }). Het ligt aan jou, niet aan de diensten: controleer je router, wifi of VPN.
notify-offline-body = Geen van de referentiesites is bereikbaar ({ $diagnosis }). Het ligt aan jou, niet aan de diensten: controleer je router, wifi of VPN.
notify-online-title = Je bent weer online
notify-online-body = Je verbinding was { $span } weg.
notify-online-body-unmeasured = Je verbinding werkt weer.
notify-no-network-title = Geen netwerk
notify-no-network-body = Deze computer is niet met een netwerk verbonden, dus er is niets bereikbaar. Het ligt aan jou, niet aan de diensten. { $advice }
notify-router-down-title = Je router antwoordt niet
notify-router-down-body = Je router ({ $router }) antwoordt niet, dus er is niets bereikbaar. Het ligt aan jou, niet aan de diensten. { $advice }
notify-line-down-title = Je internetlijn ligt eruit
notify-line-down-body = Je router ({ $router }) antwoordt, maar daarachter reageert niets: de lijn naar je provider ligt eruit. Het ligt niet aan de diensten. { $advice }
notify-vpn-down-title = Je VPN laat niets door
notify-vpn-down-body = Al je verkeer gaat via je VPN ({ $interface }), en daar komt niets doorheen. Het ligt aan jou, niet aan de diensten. { $advice }
notify-ipv6-broken-title = IPv6 werkt niet op dit netwerk
notify-ipv6-broken-body = Apps die IPv6 eerst proberen, blijven hangen voordat ze terugvallen op IPv4; diensten die via IPv4 antwoorden, liggen niet plat. { $advice }
notify-ipv4-broken-title = { $via ->
        [vpn] Je VPN ({ $interface }) laat geen IPv4 door
       *[other] IPv4 werkt niet op dit netwerk
    }
notify-ipv4-broken-body = Diensten zonder IPv6-adres zijn onbereikbaar, en dat ligt niet aan hen; diensten met een IPv6-adres werken nog. { $advice }
notify-network-back-title = Weer verbonden
notify-network-back-body = Deze computer had { $span } lang geen netwerk.
notify-network-back-body-unmeasured = Deze computer is weer met een netwerk verbonden.
notify-router-back-title = Je router antwoordt weer
notify-router-back-body = Je router antwoordde { $span } lang niet.
notify-router-back-body-unmeasured = Je verbinding werkt weer.
notify-line-back-title = Je internetlijn is er weer
notify-line-back-body = De lijn achter je router lag { $span } lang eruit.
notify-line-back-body-unmeasured = De lijn achter je router werkt weer.
notify-vpn-back-title = Je VPN werkt weer
notify-vpn-back-body = Er kwam { $span } lang niets doorheen.
notify-vpn-back-body-unmeasured = Je verkeer komt weer door je VPN.
notify-ipv6-back-title = IPv6 werkt weer
notify-ipv6-back-body = Het werkte { $span } lang niet.
notify-ipv6-back-body-unmeasured = IPv6 werkt weer op dit netwerk.
notify-ipv4-back-title = IPv4 werkt weer
notify-ipv4-back-body = Het werkte { $span } lang niet.
notify-ipv4-back-body-unmeasured = IPv4 werkt weer op dit netwerk.
notify-captive-portal-title = Deze wifi wil dat je inlogt
notify-captive-portal-location = Je wordt doorgestuurd naar { $location }.
notify-captive-portal-body = Tot je inlogt werkt er verder niets, en dat ligt niet aan de diensten. { $advice }
notify-signed-in-title = Je bent ingelogd
notify-signed-in-body = De inlogpagina van dit netwerk is weg, na { $span }.
notify-signed-in-body-unmeasured = De inlogpagina van dit netwerk is weg.
notify-dns-down-title = Je DNS-server antwoordt niet
notify-dns-down-body = Het internet zelf werkt: publieke DNS antwoordt wel. Het ligt aan jou, niet aan de diensten. { $advice }
notify-dns-back-title = Je DNS werkt weer
notify-dns-back-body = Je DNS-server antwoordde { $span } lang niet.
notify-dns-back-body-unmeasured = Je DNS-server antwoordt weer.
notify-clock-wrong-title = De klok van je computer staat verkeerd
notify-clock-wrong-body = Daardoor mislukt elke beveiligde verbinding. Het ligt aan jou, niet aan de diensten. { $advice }
notify-clock-right-title = De klok van je computer klopt weer
notify-clock-right-body = Beveiligde verbindingen werken weer; ze mislukten { $span } lang.
notify-clock-right-body-unmeasured = Beveiligde verbindingen werken weer.
notify-intercepted-title = Iets onderschept beveiligde verbindingen
notify-intercepted-unknown-issuer = Het certificaat van elke site is uitgegeven door een autoriteit die niemand vertrouwt.
notify-intercepted-body = Het ligt aan dit netwerk of deze computer, niet aan de diensten. { $advice }
notify-intercepted-over-title = Beveiligde verbindingen worden niet meer onderschept
notify-intercepted-over-body = Sites tonen weer hun eigen certificaten, na { $span }.
notify-intercepted-over-body-unmeasured = Sites tonen weer hun eigen certificaten.
notify-slow-title = Je verbinding is traag
notify-slow-body = Alles is traag, niet alleen de diensten: { $detail } { $advice }
notify-fast-title = Je verbinding is weer snel
notify-fast-body = Je verbinding was { $span } lang traag.
notify-fast-body-unmeasured = Je verbinding is weer snel genoeg.

## Notifications: what the world and the vendor's status page say (updates to an alert)

notify-everywhere-title = { $service } ligt voor iedereen plat
notify-everywhere-body = Het mislukt vanaf { $failing } van de { $probes } { $probes ->
        [one] plek
       *[other] plekken
    } die Downbeat vroeg, verspreid over { $countries } { $countries ->
        [one] land
       *[other] landen
    }: het ligt aan hen, niet aan jou.
notify-region-title = { $service } ligt plat in { $country }
notify-region-body = Daar mislukt het vanaf { $failing } van { $probes } { $probes ->
        [one] plek
       *[other] plekken
    }; vanaf { $elsewhere } { $elsewhere ->
        [one] plek
       *[other] plekken
    } elders werkt het: het ligt aan hen, niet aan jou.
notify-only-here-title = { $service } werkt elders, niet vanaf jouw netwerk
notify-only-here-body = Het werkt vanaf { $working } van de { $probes } { $probes ->
        [one] plek
       *[other] plekken
    } die Downbeat vroeg. { $advice }
notify-provider-title = { $service } mislukt op het netwerk van je provider
notify-status-page-title = Statuspagina van { $service } bevestigt een probleem
notify-status-page-body = { $line } Het ligt aan hen, niet aan jou.

## Notifications: Downbeat itself

notify-welcome-title = Downbeat houdt de wacht
notify-welcome-body = Downbeat controleert { $count ->
        [0] nog niets
       *[other] { $services }
    } en laat je weten wanneer er iets platgaat, en aan wiens kant het probleem ligt. De geschiedenis en de instellingen vind je in het menu van het Downbeat-pictogram in het systeemvak.
notify-config-error-title = Downbeat controleert niets
notify-config-error-body = Het instellingenbestand laadt niet: { $error }. Herstel het in een teksteditor (Instellingenbestand openen, in het menu van het pictogram): Downbeat begint met controleren zodra het laadt.
notify-cannot-open-title = Geen programma kon het instellingenbestand openen
notify-cannot-open-body = Het bestand is { $path } ({ $why }). Open het in een teksteditor: Downbeat laadt het opnieuw zodra het is opgeslagen.

## Secure connections: a wrong clock, interception, a name only this network says is missing

secure-clock-earlier = { $unit ->
        [days] { $count ->
            [one] { $count } dag eerder
           *[other] { $count } dagen eerder
        }
        [hours] { $count ->
            [one] { $count } uur eerder
           *[other] { $count } uur eerder
        }
       *[minutes] { $count ->
            [one] { $count } minuut eerder
           *[other] { $count } minuten eerder
        }
    }
secure-clock-later = { $unit ->
        [days] { $count ->
            [one] { $count } dag later
           *[other] { $count } dagen later
        }
        [hours] { $count ->
            [one] { $count } uur later
           *[other] { $count } uur later
        }
       *[minutes] { $count ->
            [one] { $count } minuut later
           *[other] { $count } minuten later
        }
    }
secure-clock-times = { $source ->
        [until] hij staat op { $says }, maar de certificaten van de sites waren allemaal maar geldig tot { $when } (minstens { $gap })
        [from] hij staat op { $says }, maar de certificaten van de sites zijn allemaal pas geldig vanaf { $when } (minstens { $gap })
       *[date] hij staat op { $says }, de sites zeggen { $when } ({ $gap })
    }
secure-clock-times-sentence = { $source ->
        [until] Je klok staat op { $says }, maar de certificaten van de sites waren allemaal maar geldig tot { $when } (minstens { $gap }).
        [from] Je klok staat op { $says }, maar de certificaten van de sites zijn allemaal pas geldig vanaf { $when } (minstens { $gap }).
       *[date] Je klok staat op { $says }, de sites zeggen { $when } ({ $gap }).
    }
secure-clock-wrong = De klok van je computer staat verkeerd: { $times }.
secure-clock-consequence = Daardoor mislukt elke beveiligde verbinding.
secure-clock-consequence-service = Daardoor mislukt elke beveiligde verbinding, ook die met { $service }.
secure-issued = { $whose ->
        [service] het certificaat van { $service } is uitgegeven door '{ $issuer }', niet door een vertrouwde autoriteit (die van andere sites worden wel vertrouwd).
        [all-and-service] het certificaat van elke site, ook dat van { $service }, is uitgegeven door '{ $issuer }', niet door een vertrouwde autoriteit.
        [all-here] het certificaat van elke site is uitgegeven door '{ $issuer }', niet door een vertrouwde autoriteit (die van andere sites worden wel vertrouwd).
       *[all] het certificaat van elke site is uitgegeven door '{ $issuer }', niet door een vertrouwde autoriteit.
    }
secure-issued-start = { $whose ->
        [service] Het certificaat van { $service } is uitgegeven door '{ $issuer }', niet door een vertrouwde autoriteit (die van andere sites worden wel vertrouwd).
        [all-and-service] Het certificaat van elke site, ook dat van { $service }, is uitgegeven door '{ $issuer }', niet door een vertrouwde autoriteit.
        [all-here] Het certificaat van elke site is uitgegeven door '{ $issuer }', niet door een vertrouwde autoriteit (die van andere sites worden wel vertrouwd).
       *[all] Het certificaat van elke site is uitgegeven door '{ $issuer }', niet door een vertrouwde autoriteit.
    }
secure-refused-service = De apps van { $service } weigeren zulke verbindingen.
secure-refused = Apps weigeren zulke verbindingen.
secure-intercepted = Iets op dit netwerk of deze computer onderschept beveiligde verbindingen: { $issued } { $refused }
secure-dns-unconfirmed = Volgens je DNS bestaat de naam van { $service } niet ({ $host }), en { $unconfirmed }
secure-dns-unconfirmed-no-host = Volgens je DNS bestaat de naam van { $service } niet, en { $unconfirmed }
secure-unconfirmed = er kon geen neutrale DNS worden gevraagd; misschien filtert dit netwerk het.
secure-unconfirmed-off = er is geen neutrale DNS ingesteld om het te bevestigen (reference_dns); misschien filtert dit netwerk het.
secure-thin-clock = Geen andere site gaf de tijd door, dus Downbeat kan de klok van deze computer niet controleren; als die verkeerd staat, zou dat dit verklaren.
secure-thin-untrusted = Het certificaat is uitgegeven door '{ $issuer }', dat deze computer niet vertrouwt; zonder vertrouwde site om mee te vergelijken kan Downbeat niet zien of iets de verbinding onderschept of dat de server verkeerd is ingesteld.


## The verdict: `downbeat check`'s last line, the window's heading, /api/status's "summary"
## Each is one or more sentences; the summary is them one after another, then the cause's advice.

verdict-offline = Je bent offline: { $why }. Het ligt aan jou, niet aan de diensten.
verdict-no-network = Deze computer is niet met een netwerk verbonden, dus { $why }. Het ligt aan jou, niet aan de diensten.
verdict-router-down = Je router ({ $router }) antwoordt niet, dus { $why }. Het ligt aan jou, niet aan de diensten.
verdict-line-down = Je router ({ $router }) antwoordt, maar daarachter reageert niets: de lijn naar je provider ligt eruit, en { $why }. Het ligt niet aan de diensten.
verdict-vpn-down = Al je verkeer gaat via je VPN ({ $interface }), en daar komt niets doorheen, dus { $why }. Het ligt aan jou, niet aan de diensten.
verdict-baseline-site-unreachable = de referentiesite ({ $site }) was niet bereikbaar: { $diagnosis }
verdict-baseline-sites-unreachable-alike = geen van de { $count } referentiesites was bereikbaar; bij elk: { $diagnosis }
verdict-baseline-sites-unreachable = geen van de { $count } referentiesites was bereikbaar ({ $each })
verdict-baseline-site-failed = { $site }: { $diagnosis }
verdict-baseline-separator = {"; "}

verdict-all-up = { $count ->
        [1] { $service } is online.
        [2] Beide diensten zijn online.
       *[other] Alle { $count } diensten zijn online.
    }

verdict-portal-sign-in = Deze wifi wil dat je inlogt.
verdict-portal-sign-in-at = Deze wifi wil dat je inlogt op { $page }.
verdict-portal-until = { $count ->
        [1] Tot dan kan { $service } geen verbinding maken, en dat ligt niet aan { $service }.
       *[other] Tot dan kunnen je diensten geen verbinding maken, en dat ligt niet aan hen.
    }

verdict-dns-resolver-down = Je DNS-server antwoordt niet; het internet zelf werkt (publieke DNS antwoordt wel{ $via ->
        [failing] ; { $service } zelf mislukt ook ({ $diagnosis })
        [through] , en { $service } antwoordt via die DNS
       *[none] {""}
    }).
verdict-dns-filtered = Je netwerk blokkeert { $service }: { $how }, maar publieke DNS wel{ $via ->
        [failing] ; { $service } zelf mislukt ook ({ $diagnosis })
        [through] , en { $service } antwoordt via die DNS
       *[none] {""}
    }.
verdict-dns-sinkhole = de DNS ervan geeft { $address } (een blokkade) voor { $host }
verdict-dns-unresolved = de DNS ervan lost { $host } niet op
verdict-dns-unresolved-it = de DNS ervan lost het niet op

verdict-port-blocked = { $service } werkt via een omweg.
verdict-downbeat-outdated = Het access point van { $service } vraagt om een nieuwere client: de hello van Downbeat zelf is verouderd. { $service } zelf antwoordde, dus dit is geen storing.

verdict-slow-everywhere = Je verbinding is traag voor alles, niet alleen voor { $service }.
verdict-slow-everywhere-measured = Je verbinding is traag voor alles ({ $speed }), niet alleen voor { $service }.
verdict-slow-everywhere-compared = Je verbinding is traag voor alles ({ $speed }), niet alleen voor { $service }: { $service } streamt met { $own }, een neutrale download met { $base }.
verdict-slowness-first-byte = een neutrale site deed { $ms } ms over het antwoord

verdict-service-state = { $service } is { $status ->
        [down] plat
        [degraded] verstoord
       *[other] online
    }.
verdict-service-failing = { $service } is { $status ->
        [down] plat
        [degraded] verstoord
       *[other] online
    }: { $diagnosis } ({ $check }).
verdict-also-theirs = Daarnaast: { $failures } { $count ->
        [1] Dat ligt aan hen, niet aan jou.
       *[other] Die liggen aan hen, niet aan jou.
    }

## The verdict's note on the user's own connection, when nothing on their side explains it

verdict-no-baseline = Je eigen verbinding is niet gecontroleerd (er zijn geen referentiecontroles ingesteld).
verdict-baseline-blocked = { $count ->
        [1] De referentiesites zijn onbereikbaar, maar { $service } antwoordt: misschien blokkeert je netwerk ze.
       *[other] De referentiesites zijn onbereikbaar, maar de diensten antwoorden: misschien blokkeert je netwerk ze.
    }
verdict-portal-lets-through = Dit netwerk heeft een inlogpagina (captive portal), maar laat dit door.
verdict-portal-lets-through-at = Dit netwerk heeft een inlogpagina (captive portal op { $page }), maar laat dit door.
verdict-clock-secure-sites-fail = Daardoor mislukken beveiligde sites.
verdict-connection-slow = Je verbinding is traag ({ $speed }), maar snel genoeg hiervoor.
verdict-connection-ipv6-broken = IPv6 werkt niet op dit netwerk: apps die het eerst proberen, blijven hangen voordat ze terugvallen op IPv4, dat wel werkt.
verdict-connection-ipv4-broken = { $via ->
        [vpn] Je VPN ({ $interface }) laat geen IPv4 door, terwijl IPv6 wel werkt: sites zonder IPv6-adres zijn onbereikbaar.
       *[other] IPv4 werkt niet op dit netwerk, terwijl IPv6 wel werkt: sites zonder IPv6-adres zijn onbereikbaar.
    }
verdict-ipv6-broken-service = IPv6 werkt niet op dit netwerk, en { $service } heeft alleen een IPv6-adres, dus is het niet te bereiken. Het ligt aan jou, niet aan { $service }.
verdict-ipv4-broken-service = { $via ->
        [vpn] Je VPN ({ $interface }) laat geen IPv4 door, en { $service } heeft geen IPv6-adres, dus is het niet te bereiken. Het ligt aan jou, niet aan { $service }.
       *[other] IPv4 werkt niet op dit netwerk, en { $service } heeft geen IPv6-adres, dus is het niet te bereiken. Het ligt aan jou, niet aan { $service }.
    }
verdict-connection-fine = Je verbinding is in orde.

## The verdict with what probes elsewhere in the world said (the outside view)

verdict-outside-everywhere = { $service } ligt voor iedereen plat: het mislukt vanaf { $failing } van de { $probes } { $probes ->
        [one] plek
       *[other] plekken
    } die we vroegen, verspreid over { $countries } { $countries ->
        [one] land
       *[other] landen
    }.
verdict-outside-region = { $service } ligt plat in { $country }: daar mislukt het vanaf { $failing } van { $probes } { $probes ->
        [one] plek
       *[other] plekken
    }; vanaf { $elsewhere } { $elsewhere ->
        [one] plek
       *[other] plekken
    } elders werkt het.
verdict-outside-partial = { $service } mislukt vanaf { $failing } van de { $probes } { $probes ->
        [one] plek
       *[other] plekken
    } die we vroegen en werkt vanaf de rest: het ligt niet overal plat.
verdict-outside-only-here = { $service } werkt vanaf { $working } van { $probes } { $probes ->
        [one] plek
       *[other] plekken
    }, maar niet vanaf jouw netwerk.
verdict-outside-only-here-in-country = { $service } werkt vanaf { $working } van { $probes } { $probes ->
        [one] plek
       *[other] plekken
    }, waaronder { $in_country } in { $country }, maar niet vanaf jouw netwerk.
verdict-provider-advice = Je router herstarten helpt niet; een telefoon op mobiele data wel. Meld het bij { $provider }.

## The history: `downbeat history`'s report and the window's 24 h / 7 d / 30 d

history-no-data = geen gegevens
history-uptime = { $pct }%
history-uptime-under-100 = onder 100%

history-bar-title = { $when }: { $counts }
history-bar-count = { $count } { $kind ->
        [up] online
        [degraded] verstoord
        [down] plat
       *[your-side] aan jouw kant (offline, geen DNS, …)
    }

history-nothing-checked = Er wordt niets gecontroleerd, dus er wordt niets vastgelegd.
history-no-incidents = Geen incidenten in de afgelopen 30 dagen.

## An incident, as the window's list and `downbeat history` say it

history-incident = { $service } { $state ->
        [down] plat
        [degraded] verstoord
       *[other] { $state }
    }
history-incident-everywhere = { $service } { $state ->
        [down] plat
        [degraded] verstoord
       *[other] { $state }
    } voor iedereen
history-incident-region = { $service } { $state ->
        [down] plat
        [degraded] verstoord
       *[other] { $state }
    } in je land
history-incident-why = { $check }: { $diagnosis }
history-side = { $blame ->
        [you] jouw kant
       *[other] hun kant
    }
history-incident-line = { $what } gedurende { $lasted } ({ $why }; { $blame ->
        [you] jouw kant
       *[other] hun kant
    })

history-lasted = { $watched }
history-lasted-ongoing = { $watched }, nog bezig
history-lasted-unwatched = { $watched } bewaakt; Downbeat keek { $unwatched } daarvan niet mee
history-lasted-unwatched-ongoing = { $watched } bewaakt, nog bezig; Downbeat keek { $unwatched } daarvan niet mee

history-your-services = je diensten
history-offline = { $tense ->
        [ongoing] Je bent offline
       *[past] Je was offline
    }
history-no-network = { $tense ->
        [ongoing] Geen netwerk
       *[past] Geen netwerk
    }
history-router-down = { $tense ->
        [ongoing] Je router antwoordt niet
       *[past] Je router antwoordde niet
    }
history-line-down = { $tense ->
        [ongoing] Je internetlijn ligt eruit
       *[past] Je internetlijn lag eruit
    }
history-vpn-down = { $tense ->
        [ongoing] Je VPN laat niets door
       *[past] Je VPN liet niets door
    }
history-ipv6-broken = { $tense ->
        [ongoing] IPv6 werkt niet
       *[past] IPv6 werkte niet
    }
history-ipv4-broken = { $tense ->
        [ongoing] IPv4 werkt niet
       *[past] IPv4 werkte niet
    }
history-captive-portal = Inloggen op wifi nodig
history-dns-resolver-down = { $tense ->
        [ongoing] Je DNS-server antwoordt niet
       *[past] Je DNS-server antwoordde niet
    }
history-dns-filtered = { $tense ->
        [ongoing] De DNS van je netwerk blokkeert { $service }
       *[past] De DNS van je netwerk blokkeerde { $service }
    }
history-slow-connection = { $tense ->
        [ongoing] Je verbinding is traag
       *[past] Je verbinding was traag
    }
history-port-blocked = { $tense ->
        [ongoing] Je netwerk blokkeert de voorkeurspoort van { $service }
       *[past] Je netwerk blokkeerde de voorkeurspoort van { $service }
    }
history-port-blocked-all = { $tense ->
        [ongoing] Je netwerk blokkeert de voorkeurspoort van je diensten
       *[past] Je netwerk blokkeerde de voorkeurspoort van je diensten
    }
history-downbeat-outdated = { $tense ->
        [ongoing] Downbeat is verouderd
       *[past] Downbeat was verouderd
    }
history-provider = { $tense ->
        [ongoing] { $service } mislukt op het netwerk van je provider
       *[past] { $service } mislukte op het netwerk van je provider
    }
history-network-path = { $tense ->
        [ongoing] { $service } mislukt alleen vanaf jouw netwerk
       *[past] { $service } mislukte alleen vanaf jouw netwerk
    }
history-clock-wrong = { $tense ->
        [ongoing] De klok van je computer staat verkeerd
       *[past] De klok van je computer stond verkeerd
    }
history-tls-intercepted = { $tense ->
        [ongoing] Iets onderschept beveiligde verbindingen
       *[past] Iets onderschepte beveiligde verbindingen
    }
history-dns-unconfirmed = { $tense ->
        [ongoing] Volgens je DNS bestaat { $service } niet
       *[past] Volgens je DNS bestond { $service } niet
    }
history-service-failing = { $tense ->
        [ongoing] { $service } heeft een storing
       *[past] { $service } had een storing
    }

## The report's time on the user's side: one sentence under `downbeat history`'s table

history-your-side = { $parts }; { $count ->
        [one] dat wordt geen enkele dienst aangerekend
       *[other] niets daarvan wordt een dienst aangerekend
    }.
history-your-side-offline = Je was { $lasted } offline
history-your-side-stopped-first = Een probleem aan jouw kant legde { $services } { $lasted } lang stil
history-your-side-stopped = een probleem aan jouw kant legde { $services } { $lasted } lang stil

## `downbeat serve`'s HTTP answers for people (/api/status's words are the verdict's)

serve-only-get = alleen GET en HEAD
serve-no-round-yet = er is nog geen ronde gedraaid
serve-index = Downbeat: /metrics (Prometheus), /api/status (de laatste ronde, zoals `downbeat check --json`), /healthz
serve-not-found = niet gevonden: probeer /metrics, /api/status of /healthz

## The command line (`downbeat …`): its lines on stderr, after "downbeat: "

cli-error-cause = { $error }: { $cause }
cli-warning = waarschuwing: { $warning }
cli-note = opmerking: { $note }
cli-config-error = configuratiefout
cli-setup-error = fout bij het opstarten
cli-no-runtime = kan de async runtime niet starten
cli-cannot-write-json = kan de JSON niet schrijven
cli-outside-no-target = geen enkele dienst heeft een controle die van buitenaf bereikbaar is (een openbaar https://- of http://-adres)

cli-cannot-listen = kan niet luisteren op { $address }
cli-serving = beschikbaar op http://{ $address }/metrics (Prometheus), /api/status en /healthz
cli-listening-beyond = luistert ook buiten deze machine ({ $address }): iedereen die het adres kan bereiken, kan de resultaten lezen
cli-listen-invalid = geef een IP-adres en een poort, zoals 127.0.0.1:9767, [::1]:9767 of 0.0.0.0:9767 (alle interfaces); van hostnamen wordt alleen localhost begrepen
cli-watching = bewaakt { $services } { $services ->
        [one] dienst
       *[other] diensten
    } en { $baseline } { $baseline ->
        [one] referentiecontrole
       *[other] referentiecontroles
    } elke { $interval } ({ $source }); stoppen met Ctrl-C

## `downbeat check`'s output

cli-check-title = Downbeat-controle, { $at } ({ $source })
cli-check-baseline = Je verbinding (referentie)
cli-check-path = Het pad van deze computer
cli-status = { $status ->
        [up] online
        [degraded] verstoord
       *[down] plat
    }
cli-see-above = { $diagnosis } (zie boven)
cli-column-check = CONTROLE
cli-column-status = STATUS
cli-column-dns = DNS
cli-column-connect = VERBINDEN
cli-column-tls = TLS
cli-column-hello = HELLO
cli-column-ttfb = TTFB
cli-column-transfer = OVERDRACHT
cli-column-detail = DETAILS

## `downbeat history` and `downbeat export`

cli-history-title = Geschiedenis sinds { $since } ({ $span } tot nu)
cli-history-nothing-recorded = Nog niets vastgelegd: `downbeat watch` of de desktop-app legt de geschiedenis vast.
cli-history-incidents = Incidenten
cli-history-no-incidents = geen
cli-column-service = DIENST
cli-column-uptime = UPTIME
cli-column-down = PLAT
cli-column-ttfb-p50 = TTFB p50
cli-column-p95 = p95
cli-column-total-p95 = TOTAAL p95
cli-latency-ms = { $ms }ms
cli-unverified = { $service } is niet geverifieerd (insecure = true): { $checks }
cli-history-no-service = geen dienst met de naam "{ $name }"; de bekende diensten zijn: { $count ->
        [0] nog geen
       *[other] { $known }
    }
cli-history-no-service-near = geen dienst met de naam "{ $name }" (bedoelde je "{ $nearest }"? namen zijn hoofdlettergevoelig); de bekende diensten zijn: { $count ->
        [0] nog geen
       *[other] { $known }
    }
cli-no-data-folder = geen gegevensmap op dit systeem (stel DOWNBEAT_DATA_DIR in)
cli-history-unreadable = de geschiedenis lezen is mislukt
cli-csv-your-connection = (je verbinding)
cli-export-nothing-recorded = nog niets vastgelegd: `downbeat watch` of de desktop-app legt de geschiedenis vast
cli-export-exists = { $path } bestaat al: voeg --force toe om het te vervangen
cli-export-cannot-create = kan { $path } niet aanmaken: { $error }
cli-export-cannot-write = kan niet schrijven naar { $path }
cli-export-wrote = { $count } { $count ->
        [one] resultaat
       *[other] resultaten
    } geschreven

cli-since-help = gebruik een periode zoals 24h, 7d of 1w, een datum zoals 2026-11-24, of het woord today of yesterday
cli-since-invalid-date = ongeldige datum "{ $value }": { cli-since-help }
cli-since-invalid-time = ongeldige tijd "{ $value }": { cli-since-help }
cli-since-zero = --since { $value } is helemaal geen tijd: { cli-since-help }
cli-since-invalid = ongeldige --since "{ $value }": { cli-since-help }
cli-since-future = --since { $at } ligt in de toekomst
cli-since-no-such-day = die dag bestaat niet
cli-since-no-such-date = die datum bestaat niet

## `downbeat presets` and `downbeat config-path`

cli-preset-unknown = onbekende preset "{ $name }". Bekende presets: { $known }
cli-preset-unknown-near = onbekende preset "{ $name }": bedoelde je "{ $nearest }"? Bekende presets: { $known }
cli-config-path-none = (geen: de ingebouwde Spotify-preset wordt gebruikt; maak { $path } aan om dat te veranderen)
cli-config-path-none-anywhere = (geen: de ingebouwde Spotify-preset wordt gebruikt; maak een configuratiebestand aan om dat te veranderen)
cli-config-path-loads = laadt: { $services } { $services ->
        [one] dienst
       *[other] diensten
    }, { $baseline } { $baseline ->
        [one] referentiecontrole
       *[other] referentiecontroles
    }


## Probes: the pieces their sentences are made of

probe-list-semicolon = { $first }; { $rest }
probe-bytes = { $n } B
probe-bytes-kib = { $n } KiB
probe-bytes-mib = { $n } MiB
probe-rate-kbit = { $n } kbit/s
probe-rate-mbit = { $n } Mbit/s

## Probes: a check's detail, as a whole (the line under a check in the window, `downbeat check`,
## the history). Each says what happened, for someone who is not an engineer.

probe-unverified-insecure = { $detail } Niet geverifieerd: certificaatcontroles staan uit voor deze controle (insecure = true).
probe-unverified-insecure-objection = { $detail } Niet geverifieerd: certificaatcontroles staan uit voor deze controle (insecure = true), en de verificatie zou zijn mislukt: { $objection }.
probe-unverified-test-key = { $detail } Niet geverifieerd: het antwoord is gecontroleerd met een testsleutel (server_key), niet met die van Spotify.
probe-dns-via-reference = { $detail } Publieke DNS ({ $server }) vindt het wel, en via dat adres: { $found }
probe-dns-via-reference-address = { $detail } Publieke DNS ({ $server }) vindt het wel, op { $address }, en via dat adres: { $found }
probe-dns-public = publieke DNS

## Probes: the check worked (or worked slowly)

probe-ok = { $host } antwoordde in { $took }.
probe-slow = { $host } werkt, maar is traag: { $took } tot de eerste byte (traag boven { $limit }).
probe-tls-expiring = { $host } werkt, maar het beveiligingscertificaat verloopt over { $days } { $days ->
    [one] dag
   *[other] dagen
}.
probe-after-redirects = { $detail } (na { $count } { $count ->
    [one] doorverwijzing
   *[other] doorverwijzingen
} vanaf { $url })
probe-tcp-ok = { $address } accepteerde een verbinding in { $took }.
probe-tcp-slow = { $address } accepteert verbindingen, maar traag ({ $took }).
probe-stream-ok = { $host } leverde { $bytes } met { $rate } (afspelen vraagt { $needed }).
probe-stream-ok-cut = { $host } leverde { $bytes } van de gevraagde { $asked } voor de deadline, met { $rate } (afspelen vraagt { $needed }).
probe-stream-too-slow = { $host } levert { $rate }, minder dan de { $needed } die afspelen vraagt ({ $bytes } in { $took }).
probe-stream-too-slow-cut = { $host } levert { $rate }, minder dan de { $needed } die afspelen vraagt ({ $bytes } van de gevraagde { $asked } in { $took }, tot de deadline).

## Probes: the captive-portal check (a plain web page whose answer is known exactly)

probe-captive-none = { $host } antwoordde zoals het hoort (HTTP { $status }): geen captive portal. { $detail }
probe-captive-redirect-to = { $host } werd beantwoord met een doorverwijzing naar { $location }: dit netwerk wil dat je inlogt (een captive portal).
probe-captive-redirect = { $host } werd beantwoord met een doorverwijzing (HTTP { $status }): dit netwerk wil dat je inlogt (een captive portal).
probe-captive-status = { $host } antwoordde HTTP { $status }, terwijl het altijd { $expected } antwoordt: dit netwerk wil dat je inlogt (een captive portal).
probe-captive-page = { $host } antwoordde met een pagina die niet van de site zelf is (verwacht: "{ $expected }"): dit netwerk wil dat je inlogt (een captive portal).

## Probes: names (DNS)

probe-dns-sinkhole = Je DNS antwoordde { $answer } voor { $host }: een blokkerend antwoord (een DNS-filter), waarmee Downbeat nooit verbinding maakt.
probe-dns-nothing = niets
probe-dns-not-found = De naam { $host } is niet gevonden: { $why }.
probe-dns-timeout = Opzoeken van { $host } kreeg binnen { $took } geen antwoord ({ $why }).
probe-dns-failed = Opzoeken van { $host } is mislukt: { $why }.
probe-dns-nxdomain-agreed = De naam { $host } bestaat niet: je DNS en publieke DNS ({ $server }) zijn het eens.
probe-dns-nxdomain-by-reference = { $detail } Publieke DNS ({ $server }) zegt dat de naam niet bestaat.
probe-dns-reference-failed = { $detail } Publieke DNS kon ook niet worden gevraagd ({ $why }).
probe-dns-reference-server-failed = { $server }: { $why }
probe-dns-reference-no-time = er was geen tijd meer over
probe-dns-reference-not-ip = die is niet opgegeven als IP-adres
probe-dns-reference-status = die antwoordde HTTP { $status }
probe-dns-reference-too-large = het antwoord was groter dan een DNS-bericht
probe-dns-doh-nxdomain = die antwoordde dat zo'n naam niet bestaat (NXDOMAIN)
probe-dns-doh-error = die antwoordde met een fout (code { $code })
probe-dns-doh-truncated = het antwoord was afgekapt
probe-dns-doh-not-ours = het antwoord hoorde niet bij deze vraag
probe-dns-doh-malformed = het antwoord was misvormd ({ $what })
probe-dns-no-server = er was geen DNS-server ingesteld
probe-dns-system-silent = de resolver van het systeem antwoordde niet
probe-dns-task-failed = de DNS-opzoektaak is mislukt: { $error }
probe-dns-no-addresses = er zijn geen adressen voor
probe-dns-no-such-name = volgens de DNS bestaat zo'n naam niet
probe-dns-unreachable = de DNS-server was onbereikbaar of gaf geen antwoord
probe-dns-no-address-records = de naam bestaat, maar heeft geen adresrecords
probe-dns-server-failed = DNS-server { $server }: { $why }
probe-dns-server-tcp-failed = DNS-server { $server } via TCP: { $why }
probe-dns-no-answer = geen antwoord
probe-dns-malformed = misvormd antwoord ({ $what })
probe-dns-not-our-answer = antwoord op een andere vraag
probe-dns-truncated-over-tcp = antwoord afgekapt, zelfs via TCP
probe-dns-malformed-short = korter dan een header
probe-dns-malformed-undecodable = niet te decoderen
probe-dns-malformed-no-question = het antwoord noemt geen vraag
probe-dns-server-nxdomain = { $server } antwoordde dat zo'n naam niet bestaat (NXDOMAIN)
probe-dns-rcode = { $rcode ->
    [servfail] SERVFAIL: de DNS-server kon geen antwoord krijgen
    [refused] REFUSED: de DNS-server weigerde te antwoorden
   *[other] de DNS-server antwoordde met een fout
} ({ $server }, code { $code })
probe-dns-bad-name = "{ $host }" is geen naam die de DNS kan opzoeken
probe-dns-encode-failed = de vraag voor { $host } kon niet worden gecodeerd: { $error }

## Probes: connecting (TCP)

probe-url-no-host = { $url } heeft geen host
probe-connect-no-address = { $host } heeft geen adres om mee te verbinden.
probe-connect-timeout-within = { $host } ({ $addr }) accepteerde binnen { $took } geen verbinding.
probe-connect-refused = { $host } ({ $addr }) weigerde de verbinding: er luistert niets op poort { $port }.
probe-connect-timeout = { $host } ({ $addr }) accepteerde geen verbinding.
probe-connect-reset = { $host } ({ $addr }) verbrak de verbinding meteen bij het openen.
probe-connect-no-route = Er is geen route naar { $host } ({ $addr }): { $error }.

## Probes: the secure connection (TLS) and its certificate

probe-tls-bad-name = { $host } is geen naam waartegen een certificaat kan worden gecontroleerd.
probe-tls-timeout = { $host } accepteerde de verbinding, maar rondde de beveiligde (TLS-)handshake niet af binnen { $took }.
probe-tls-setup-failed = TLS instellen mislukt: { $error }
probe-tls-expired-on = Het beveiligingscertificaat van { $host } is verlopen op { $date }, dus browsers en apps weigeren verbinding te maken.
probe-tls-expired = Het beveiligingscertificaat van { $host } is verlopen, dus browsers en apps weigeren verbinding te maken.
probe-tls-not-yet-valid-until = Het beveiligingscertificaat van { $host } is pas geldig vanaf { $date } (of de klok van deze computer staat verkeerd).
probe-tls-not-yet-valid = Het beveiligingscertificaat van { $host } is nog niet geldig (of de klok van deze computer staat verkeerd).
probe-tls-wrong-name = De server die voor { $host } antwoordt, toonde een certificaat voor een andere naam.
probe-tls-untrusted-issuer = Het beveiligingscertificaat van { $host } is uitgegeven door '{ $issuer }', dat deze computer niet vertrouwt; misschien onderschept iets de verbinding.
probe-tls-untrusted = Het beveiligingscertificaat van { $host } komt niet van een vertrouwde autoriteit ({ $reason ->
    [unknown-issuer] de uitgever is onbekend
    [bad-signature] de handtekening klopt niet
    [revoked] het is ingetrokken
    [bad-encoding] het is misvormd
   *[critical-extension] het heeft een kritieke extensie die geen enkele client begrijpt
}); misschien onderschept iets de verbinding.
probe-tls-chain-too-long = { $host } stuurde een certificaatketen die te lang is om te controleren (meer tussencertificaten dan welke client ook accepteert).
probe-tls-ca-as-leaf = { $host } toont het certificaat van een certificaatautoriteit als zijn eigen (vaak een zelfondertekend certificaat), en dat weigeren clients.
probe-tls-rejected = Het beveiligingscertificaat van { $host } is afgewezen ({ $error }).
probe-tls-alert = { $host } weigerde de beveiligde verbinding (TLS-alert: { $alert }).
probe-tls-invalid-handshake = { $host } antwoordde, maar niet met een geldige beveiligde (TLS-)handshake.
probe-tls-failed = De beveiligde verbinding met { $host } is mislukt: { $error }.
probe-tls-cut = { $host } verbrak de verbinding tijdens de beveiligde handshake.
probe-tls-closed = { $host } sloot de verbinding tijdens de beveiligde handshake.
probe-tls-ca-no-pem = er staat geen PEM-certificaat in
probe-tls-ca-unusable = een certificaat erin is niet bruikbaar als root: { $error }
probe-tls-ca-not-pem = het is geen geldige PEM: { $error }

## Probes: the web request (HTTP)

probe-http-build-failed = kon het verzoek niet opbouwen: { $error }
probe-http-stalled-before-request = { $host } maakte verbinding, maar bleef daarna { $took } hangen voordat het verzoek kon worden verstuurd.
probe-http-stalled-without-answer = { $host } maakte verbinding, maar bleef daarna { $took } hangen zonder het verzoek te beantwoorden.
probe-body-stopped = { $host } stopte met verzenden na { $bytes } ({ $took } na het begin van de download).
probe-http-closed-early = { $host } sloot de verbinding voordat het antwoord compleet was.
probe-http-cut = { $host } verbrak de verbinding midden in het verzoek.
probe-http-goaway = { $host } sloot de HTTP/2-verbinding zonder te antwoorden (GOAWAY: { $error }).
probe-http-invalid = { $host } antwoordde met iets wat geen geldige HTTP is ({ $error }).
probe-http-failed = De HTTP-uitwisseling met { $host } is mislukt: { $error }.
probe-http-rate-limited = { $host } weigert verzoeken (HTTP 429: te veel verzoeken).
probe-http-rate-limited-wait = { $host } weigert verzoeken (HTTP 429: te veel verzoeken) en vraagt clients { $wait } te wachten.
probe-http-unavailable-wait = { $host } meldt dat het tijdelijk niet beschikbaar is (HTTP 503) en vraagt clients { $wait } te wachten.
probe-http-server-error = { $host } antwoordt met een serverfout (HTTP { $status }).
probe-http-unexpected-status = { $host } antwoordde HTTP { $status }, verwacht was { $expected }.
probe-http-body-missing = { $host } antwoordde, maar de pagina bevat geen "{ $text }".
probe-redirect-loop = { $host } gaf { $count } { $count ->
    [one] doorverwijzing
   *[other] doorverwijzingen
} zonder antwoord (het maximum dat een controle volgt); de laatste naar { $url }.
probe-redirect-insecure = { $host } verwees door naar { $url }, geen beveiligd (https-)adres; Downbeat volgt die niet.

## Probes: Downbeat's own requests (the outside view's API, a vendor's status page). Why one
## failed, a phrase after "no answer from Globalping:" and the like.

probe-fetch-encoding = het antwoord kwam in een codering waar niet om was gevraagd ({ $encoding })
probe-fetch-too-large-mib = het antwoord was groter dan { $mib } MiB
probe-fetch-too-large-kib = het antwoord was groter dan { $kib } KiB
probe-fetch-gunzip = het gzip-antwoord kon niet worden gelezen: { $error }

## Probes: Spotify's access points. An access point is the server the Spotify apps connect to
## first; the "hello" is the first message of Spotify's own protocol, and its "challenge" the
## answer a real access point signs. apresolve is the service that lists the access points.

probe-ap-no-time = Er kon geen access point worden geprobeerd voordat de tijd van de controle op was.
probe-ap-port-blocked = Je netwerk blokkeert poort { $port } ({ $blocked }); de apps wijken uit naar { $fallback }, iets trager. { $detail }
probe-ap-another = een ander access point
probe-ap-attempt = { $address }: { $headline }
probe-ap-before-it = { $detail } (Daarvoor: { $attempts }.)
probe-ap-tried-all = { $detail } ({ $count } { $count ->
    [one] access point
   *[other] access points
} geprobeerd: { $attempts }.)
probe-ap-apresolve-failed = { $detail } apresolve was niet bruikbaar ({ $why }), dus is de reservelijst geprobeerd.
probe-ap-apresolve-empty = er stond geen enkel access point in de lijst
probe-ap-apresolve-status = { $host } antwoordde HTTP { $status }
probe-ap-apresolve-too-large = het antwoord van { $host } is groter dan 64 KiB
probe-ap-apresolve-not-json = het antwoord van { $host } is niet de JSON die het hoort te zijn
probe-ap-hello-timeout = { $address } accepteerde de verbinding, maar beantwoordde de hello niet binnen { $took }.
probe-ap-closed = { $address } sloot de verbinding { $when ->
    [sending] terwijl de hello werd verstuurd
    [waiting] voordat de hello werd beantwoord
   *[answering] midden in het antwoord
}.
probe-ap-reset = { $address } verbrak de verbinding (reset) { $when ->
    [sending] terwijl de hello werd verstuurd
    [waiting] voordat de hello werd beantwoord
   *[answering] midden in het antwoord
}.
probe-ap-broke-off = { $address } brak de verbinding af { $when ->
    [sending] terwijl de hello werd verstuurd
    [waiting] voordat de hello werd beantwoord
   *[answering] midden in het antwoord
} ({ $error }).
probe-ap-http = { $address } beantwoordde de hello met HTTP, niet als een access point: er staat een webserver, proxy of portal op die plek.
probe-ap-bad-length = { $address } beantwoordde de hello met iets wat geen antwoord van een access point is (het kondigde { $bytes } { $bytes ->
    [one] byte
   *[other] bytes
} aan; een antwoord is 5 bytes tot 64 KiB).
probe-ap-unparsable = { $address } beantwoordde de hello met iets wat geen antwoord van een access point is (het is niet te ontleden).
probe-ap-try-another = { $address } vroeg de client een ander access point te proberen.
probe-ap-refused = { $address } weigerde de hello ({ $code }).
probe-ap-refused-why = { $address } weigerde de hello ({ $code }: { $why }).
probe-ap-upgrade = { $address } antwoordde dat de client te oud is: de hello van Downbeat (client-build { $build }) is verouderd. Spotify zelf antwoordde, dus dit is geen storing; werk Downbeat bij.
probe-ap-no-challenge = { $address } beantwoordde de hello zonder challenge, zonder upgrade en zonder weigering.
probe-ap-signature-invalid = { $address } beantwoordde de hello, maar de sleuteluitwisseling is niet ondertekend met { $key ->
    [test] de ingestelde server_key
   *[spotify] de sleutel van Spotify
}: er antwoordde iets anders dan een access point van Spotify (een proxy of filter op dit netwerk, of een bedrieger).
probe-ap-slow = { $address } beantwoordde de hello met een ondertekende challenge, maar traag ({ $took } in totaal).
probe-ap-ok = { $address } beantwoordde de hello in { $hello } met een challenge ondertekend met { $key ->
    [test] de ingestelde testsleutel
   *[spotify] de sleutel van Spotify
} ({ $took } in totaal).
probe-ap-random-failed = de toevalsgenerator van het systeem is mislukt
probe-ap-group-malformed = de Diffie-Hellman-groep van de hello is misvormd
probe-ap-encode-failed = de hello kon niet worden gecodeerd ({ $error })
probe-ap-too-large = de hello is te groot
probe-ap-addr-not-host-port = "{ $text }" is geen host:poort
probe-ap-addr-bad-port = "{ $text }" heeft geen geldige poort
probe-ap-addr-bad-host = "{ $text }" heeft geen geldige host
probe-ap-key-no-pem = er staat geen PEM-blok in
probe-ap-key-unparsable = de publieke sleutel is niet te ontleden ({ $error })
probe-ap-key-not-rsa = het is geen publieke RSA-sleutel
probe-ap-key-rsa-unparsable = de RSA-sleutel is niet te ontleden ({ $error })
probe-ap-key-wrong-block = er staat een "{ $label }"-blok in, geen PUBLIC KEY of RSA PUBLIC KEY
probe-ap-key-too-small = de modulus heeft { $bits } bits; access points ondertekenen met 2048

## A round of checks

run-check-lost = De controle stopte onverwacht.

## The outside view: asking probes elsewhere (Globalping) whether a service fails there too, and
## the provider of this network (RIPEstat). Why the world could not say, shown after "the
## outside view:" and in `downbeat check --outside`.

outside-q-no-probe = geen enkel meetpunt elders kon het zeggen
outside-q-too-few = { $count ->
    [one] slechts { $count } meetpunt elders kon het zeggen, te weinig voor een oordeel
   *[other] slechts { $count } meetpunten elders konden het zeggen, te weinig voor een oordeel
}
outside-q-off = uitgeschakeld (outside_view = "")
outside-q-from-settings = de instellingen
outside-q-from-time-zone = de tijdzone { $zone }
outside-q-rate-limited = het tegoed bij Globalping is op
outside-q-rate-limited-until = het tegoed bij Globalping is op tot { $until }
outside-q-unreachable = geen antwoord van Globalping: { $why }
outside-q-garbage = het antwoord van Globalping sloeg nergens op: { $why }
outside-q-refused = Globalping weigerde het verzoek: { $why }
outside-q-unfinished = de meetpunten waren niet op tijd klaar
outside-q-bad-id = een meting-id zoals { $id }
outside-q-bad-url = { $url }: { $error }
outside-q-refusal = HTTP { $status }
outside-q-refusal-said = HTTP { $status }: { $said }
outside-q-refusal-said-params = HTTP { $status }: { $said } ({ $params })
outside-q-refusal-params = HTTP { $status }: { $params }
outside-q-param = { $name }: { $why }
outside-q-ripestat-unreachable = geen antwoord van RIPEstat: { $why }
outside-q-ripestat-status = RIPEstat antwoordde HTTP { $status }
outside-q-ripestat-garbage = het antwoord van RIPEstat sloeg nergens op: { $why }
outside-q-ripestat-said = RIPEstat zei { $status }
outside-q-ripestat-no-network = RIPEstat kent geen netwerk dat { $ip } aankondigt
outside-q-page-bad-address = het adres van de pagina past niet bij het pad van de API
outside-q-page-status = de pagina antwoordde HTTP { $status }
outside-q-page-not-summary = het antwoord is geen Statuspage-samenvatting: { $error }


## Errors: what the engine can fail with, one line each

error-config = { $path }:{ $line }:{ $column }: { $problem }
error-config-read = kan configuratiebestand { $path } niet lezen: { $reason }
error-ca-file = CA-bestand { $path }: { $reason }
error-no-roots = geen vertrouwde rootcertificaten gevonden: installeer het pakket ca-certificates of stel ca_file in
error-tls = TLS instellen mislukt: { $reason }

## Config errors: where the error is

config-source-builtin = (ingebouwde configuratie)
config-source-preset = (ingebouwde preset { $name })
config-source-label-builtin = ingebouwde standaardinstellingen (Spotify-preset)

## Config errors: naming the key

config-key-problem = { $key }: { $problem }

## Config errors: the file's syntax and its keys

config-unknown-key = onbekende sleutel `{ $key }` (hier geldig: { $keys })
config-unknown-key-suggest = onbekende sleutel `{ $key }`: bedoelde je `{ $suggestion }`? (hier geldig: { $keys })
config-table-brackets = {"["}{ $name }] moet je schrijven als [[{ $name }]], met dubbele haken: elke [[{ $name }]] voegt er een toe aan een lijst
config-table-twice = de tabel [{ $name }] staat er twee keer in
config-duplicate-key = dubbele sleutel `{ $key }`: die is in deze tabel al ingesteld

## Config errors: a value of the wrong type

config-invalid-type = { $want } verwacht, niet { $found }{ $hint ->
    [number] {" "}(schrijf getallen zonder aanhalingstekens)
    [bool] {" "}(schrijf true of false zonder aanhalingstekens)
    [quotes] {" "}(zet het tussen aanhalingstekens)
   *[none] {""}
}
config-want-number = een geheel getal
config-want-bool = true of false
config-want-text = tekst tussen aanhalingstekens
config-want-list = een lijst, zoals ["a", "b"]
config-want-table = een tabel
config-want-duration = een tijdsduur tussen aanhalingstekens, zoals "30s"
config-found-text = de tekst { $value }
config-found-number = het getal { $value }
config-found-table = een tabel
config-found-list = een lijst
config-unknown-variant = "{ $value }" is niet een van { $choices }{ $hint ->
    [web] {" "}(een webcontrole via HTTP of HTTPS heet handshake, de standaard)
   *[none] {""}
}

## Config errors: values that check themselves

config-duration-invalid = ongeldige tijdsduur "{ $value }": schrijf die als "30s", "2m", "1h", "7d" of "500ms"
config-duration-no-unit = een tijdsduur heeft een eenheid nodig, tussen aanhalingstekens: schrijf "{ $n }s" voor { $n } { $n ->
    [one] seconde
   *[other] seconden
}
config-duration-not-whole = een tijdsduur heeft een geheel getal en een eenheid nodig, tussen aanhalingstekens, zoals "30s" of "500ms", niet { $value }
config-duration-range = moet tussen { $min } en { $max } liggen
config-duration-range-key = { $key } moet tussen { $min } en { $max } liggen
config-out-of-range = { $value } valt buiten het bereik: het moet tussen { $min } en { $max } liggen
config-url-no-scheme = ongeldige URL "{ $value }": er ontbreekt een schema, zoals "https://{ $host }"
config-url-add-scheme = ongeldige URL "{ $value }": zet https:// ervoor, zoals "https://{ $host }"
config-url-invalid = ongeldige URL "{ $value }": { $reason }
config-url-reason-empty-host = lege host
config-url-reason-idna = ongeldige internationale domeinnaam
config-url-reason-port = ongeldig poortnummer
config-url-reason-ipv4 = ongeldig IPv4-adres
config-url-reason-ipv6 = ongeldig IPv6-adres
config-url-reason-domain-character = ongeldig teken in de domeinnaam
config-url-scheme = ongeldige URL "{ $value }": het schema moet https (of http) zijn, niet "{ $scheme }"
config-url-no-host = ongeldige URL "{ $value }": er staat geen host in
config-doh-https = reference_dns "{ $value }": DNS over HTTPS heeft een https-URL nodig, zoals "https://1.1.1.1/dns-query"
config-doh-by-ip = reference_dns "{ $value }": geef de server op met zijn IP-adres, zoals "https://1.1.1.1/dns-query" (een naam zou juist de DNS nodig hebben die hij moet controleren)
config-host-invalid = ongeldige host "{ $value }": geef een naam zoals "ap.spotify.com" of een IP-adres, zonder schema of poort
config-dns-server-invalid = ongeldige DNS-server "{ $value }": schrijf die als "ip:poort", zoals "1.1.1.1:53" of "[2606:4700::1111]:53"
config-ip-invalid = ongeldig IP-adres "{ $value }"
config-status-out-of-range = HTTP-status { $code } valt buiten het bereik: die moet tussen 100 en 599 liggen
config-status-invalid = ongeldige status "{ $value }": schrijf 200, "200-399" of een lijst daarvan
config-expect-status-invalid = ongeldige expect_status: schrijf 200, "200-399" of een lijst daarvan
config-expect-status-empty = expect_status moet minstens één status bevatten
config-country-uk = ongeldig land "{ $value }": de ISO 3166-code van het Verenigd Koninkrijk is "GB"
config-country-invalid = ongeldig land "{ $value }": schrijf een ISO 3166-code van twee letters, zoals "GB" of "US"
config-language-unknown = onbekende taal "{ $value }": de talen zijn { $languages }, of "auto" voor die van het systeem

## Config errors: what the file asks for as a whole

config-baseline-duplicate = er is al een referentiecontrole met de naam "{ $name }"
config-service-duplicate = er is al een dienst met de naam "{ $name }"
config-nothing-to-check = niets te controleren: de configuratie heeft geen dienst en geen referentiecontrole
config-preset-unknown = onbekende preset "{ $name }": de presets zijn { $presets }
config-service-needs-name = elke [[service]] heeft een naam (1 tot 64 tekens) of een preset nodig
config-captive-in-service = controle "{ $check }": een captive-controle test je eigen netwerk, dus die hoort bij de referentiecontroles ([[baseline]]), niet bij een dienst
config-service-check-duplicate = dienst "{ $service }" heeft al een controle met de naam "{ $check }"
config-service-no-checks = dienst "{ $service }" heeft geen controles: voeg [[service.check]]-items of een preset toe
config-group-name-length = een groepsnaam moet 1 tot 64 tekens lang zijn
config-group-unknown-check = groep "{ $group }": dienst "{ $service }" heeft geen controle met de naam "{ $check }"
config-group-check-taken = groep "{ $group }": controle "{ $check }" zit al in groep "{ $other }"
config-check-name-length = een controlenaam moet 1 tot 64 tekens lang zijn
config-field-only-for = controle "{ $check }": `{ $field }` geldt alleen voor controles van het type { $kinds }
config-port-only-for-tcp = controle "{ $check }": `port` geldt alleen voor tcp-controles (zet de poort in de URL)
config-tcp-needs-host-port = controle "{ $check }": een tcp-controle heeft `host` en `port` nodig
config-captive-needs-http = controle "{ $check }": een captive-controle heeft een gewone HTTP-`url` nodig (http://…), want een portal kan alleen in onversleuteld verkeer ingrijpen
config-check-needs-url = controle "{ $check }": een controle van het type { $kind } heeft een `url` nodig
config-insecure-https-only = controle "{ $check }": `insecure` geldt alleen voor https-URL's (bij { $scheme } is er geen certificaat om over te slaan)
config-ap-field = controle "{ $check }": `{ $field }` geldt niet voor een spotify_ap-controle ({ $why })
config-ap-why-fallback = geef access points op in `fallback`
config-ap-why-status = apresolve moet met 2xx antwoorden
config-ap-why-body = apresolve moet met zijn JSON antwoorden
config-ap-why-downloads = die downloadt niets
config-ap-why-redirects = apresolve wordt niet gevolgd
config-ap-why-server-key = gebruik `server_key` voor een testimitatie
config-ap-url-https = controle "{ $check }": de `url` (apresolve) van een spotify_ap-controle moet https zijn
config-ap-default-url = de standaard-URL van apresolve: { $reason }
config-ap-fallback = controle "{ $check }": fallback: { $reason }
config-ap-too-many-fallbacks = controle "{ $check }": er worden hoogstens { $max } fallback-access-points geprobeerd
config-server-key-unreadable = server_key: kan { $path } niet lezen: { $reason }
config-server-key-unusable = server_key: { $path } is geen bruikbare sleutel: { $reason }

## Config: warnings and notes at start-up

config-owner-baseline = de referentie
config-warn-server-key = controle "{ $check }" van { $owner } heeft een server_key: access points worden met die testsleutel gecontroleerd, niet met die van Spotify, en de resultaten worden als niet geverifieerd gemarkeerd
config-warn-insecure = controle "{ $check }" van { $owner } heeft insecure = true: het certificaat wordt niet geverifieerd, en de resultaten worden als niet geverifieerd gemarkeerd
config-warn-timeout-one = controle "{ $check }" van { $owner } heeft een timeout ({ $timeout }) die langer is dan het interval ({ $interval }): { $then }
config-warn-timeout-every = elke controle heeft een timeout ({ $timeout }) die langer is dan het interval ({ $interval }): { $then }
config-warn-timeout-some = { $count } controles ({ $checks }) hebben een timeout ({ $timeout }) die langer is dan het interval ({ $interval }): { $then }
config-owner-check = "{ $check }" van { $owner }
config-then-watch = { $count ->
    [one] zolang die hangt, wacht de volgende ronde
   *[other] zolang er een hangt, wacht de volgende ronde
}
config-then-check = { $count ->
    [one] `watch` en de app zouden achter gaan lopen terwijl die hangt
   *[other] `watch` en de app zouden achter gaan lopen terwijl er een hangt
}
config-note-no-services = { $path } heeft geen [[service]], dus wordt de ingebouwde Spotify-preset gecontroleerd (`downbeat presets spotify` toont die)
config-note-no-baseline = { $path } heeft geen [[baseline]], dus worden de ingebouwde referentiesites gecontroleerd (`downbeat presets baseline` toont ze)

## The settings page: what it says of a field or a save that fails

config-field-interval = Controleer elke
config-field-remind-every = Herinner elke
config-field-url = URL
config-field-name = Naam
config-field-expect-status = Verwachte status
config-field-preset = Dienst
config-field-country = Land
config-field-language = Taal
config-form-labelled = { $label }: { $problem }
config-form-broken = { $error }. Herstel het bestand eerst met de hand; de instellingen worden er niet overheen opgeslagen.
config-form-unreadable = { $path }: { $reason }
config-form-duplicate-service = "{ $name }" staat al in de lijst
config-form-custom-https = de URL van een eigen dienst moet met https:// beginnen
config-form-no-services = kies minstens één dienst om te bewaken
config-form-cannot-write = kan { $path } niet schrijven: { $reason }

## The history store: its errors and the writer's status

store-error-database = geschiedenisdatabase { $path }: { $reason }
store-error-folder = geschiedenismap { $path }: { $reason }
store-error-query = de geschiedenis lezen is mislukt: { $reason }
store-error-export = de CSV schrijven is mislukt: { $reason }
store-error-too-new = geschiedenisdatabase { $path } is geschreven door een nieuwere Downbeat (schema { $found }, deze versie kent { $known })
store-recovered = de geschiedenisdatabase was beschadigd ({ $reason }); die is bewaard als { $moved_to } en er is een nieuwe begonnen
store-read-only = de geschiedenisdatabase is alleen-lezen: de geschiedenis blijft in het geheugen tot die kan worden geschreven
store-disk-full = de schijf is vol: de geschiedenis blijft in het geheugen tot er weer ruimte is
store-open-failed = { $error }: de geschiedenis blijft in het geheugen tot die kan worden geschreven
store-write-failed = geschiedenis schrijven mislukt: { $reason }
store-maintenance-failed = onderhoud van de geschiedenis mislukt ({ $step }): { $reason }
store-step-closing-stale = verouderde incidenten sluiten
store-step-ending-open = de open incidenten afsluiten
store-step-rolling-up = samenvatten
store-step-rolling-up-trimming = samenvatten en inkorten
store-no-data-folder = geen gegevensmap op dit systeem: de geschiedenis wordt niet vastgelegd (stel DOWNBEAT_DATA_DIR in)
store-not-recording = { $error }; Downbeat gaat verder zonder geschiedenis vast te leggen


## The tray's menu (the tray app's interface on Linux). Short labels: a tray menu is narrow.

tray-menu-check-now = Nu controleren
tray-menu-pause-minutes = { $minutes } min pauzeren
tray-menu-pause-hours = { $hours } uur pauzeren
tray-menu-resume = Hervatten
tray-menu-history = Geschiedenis openen…
tray-menu-settings = Instellingen…
tray-menu-settings-file = Instellingenbestand openen
tray-menu-start-at-login = Starten bij inloggen
tray-menu-quit = Downbeat afsluiten

## The settings file the tray creates when "Open settings file" finds none. Each message is one
## comment line at the top of that TOML file (the program adds the "# " before it).

tray-settings-file-title = Downbeat-instellingen. Staat hier niets, dan draait de ingebouwde Spotify-preset.
tray-settings-file-reference = De volledige beschrijving staat in docs/configuration.md; `downbeat presets spotify` toont de preset.

## Why no program could open the settings file: shown in brackets after the file's path, in the
## notification "No program could open the settings file".

tray-opener-failed = { $program } is mislukt ({ $status })
tray-opener-missing = { $program } is niet geïnstalleerd
tray-opener-error = { $program }: { $error }

## Why the tray app can't start: printed after "downbeat-desktop: " on the terminal, and (on
## Windows, when started without one) in a message box, with its first letter made a capital.

tray-cannot-start = kan niet starten: { $error }
tray-no-display = geen beeldscherm (DISPLAY en WAYLAND_DISPLAY zijn allebei niet ingesteld); `downbeat watch` werkt zonder
tray-config-error = configuratiefout: { $error }

## What the desktop programs (the tray and the history window) share: start at login. These show
## on the window's settings page when turning "Start at login" on or off fails.

desktop-autostart-not-found = starten bij inloggen: waar staat Downbeat? { $error }
desktop-autostart-failed = starten bij inloggen: { $error }
desktop-no-folder = dit programma staat in geen enkele map


## The history window's program (downbeat-window): what it says when it can't do something

window-app-cannot-open = kan het geschiedenisvenster niet openen: { $error }
window-app-cannot-open-webview2 =
    kan het geschiedenisvenster niet openen: { $error }

    Het venster van Downbeat heeft de Microsoft Edge WebView2 Runtime nodig. Windows 10 en 11 hebben die meestal al; zo niet, installeer hem via https://developer.microsoft.com/microsoft-edge/webview2/ en probeer het opnieuw.
window-app-no-display = geen beeldscherm (DISPLAY en WAYLAND_DISPLAY zijn allebei niet ingesteld); `downbeat watch` werkt zonder
window-app-no-history = op dit systeem wordt geen geschiedenis vastgelegd (geen gegevensmap; stel DOWNBEAT_DATA_DIR in)
window-app-nothing-recorded = nog niets vastgelegd
window-app-no-downloads = geen map Downloads of thuismap om in op te slaan
window-app-no-config-path = geen configuratiemap op dit systeem (stel DOWNBEAT_CONFIG in)
window-app-write-failed = { $path }: { $reason }

## The history window's page: the header

ui-verdict-checking = Controleren…
ui-check-now = Nu controleren
ui-export = CSV exporteren
ui-open-settings = Instellingen
ui-exported = { $path } opgeslagen
ui-export-failed = Exporteren mislukt: { $error }

## The history window's page: the current state ("Now")

ui-now-heading = Nu
ui-connection = Je verbinding
ui-groups-label = { $service } per client
ui-group-label = { $group }: { $state }
ui-group-state-up = online
ui-group-state-degraded = verstoord
ui-group-state-down = plat
ui-group-state-unknown = onbekend
ui-places-label = { $service } van buitenaf gezien
ui-check-via = via { $address }
ui-badge-unverified = niet geverifieerd
ui-check-unverified-title = Verificatie staat uit voor deze controle: insecure = true, of een test-server_key

## The history window's page: uptime

ui-uptime-heading = Beschikbaarheid
ui-uptime-legend = Legenda
ui-legend-up = online
ui-legend-degraded = verstoord
ui-legend-down = plat
ui-legend-offline = jouw kant (offline, geen DNS, …)
ui-legend-no-data = geen gegevens
ui-uptime-nothing = Nog niets vastgelegd.
ui-uptime-unverified-title = Certificaatcontroles staan uit voor: { $checks }
ui-uptime-window-24h = 24 u
ui-uptime-window-7d = 7 d
ui-uptime-window-30d = 30 d
ui-uptime-bars-24h = { $service } in de afgelopen 24 uur
ui-uptime-bars-7d = { $service } in de afgelopen 7 dagen
ui-uptime-bars-30d = { $service } in de afgelopen 30 dagen

## The history window's page: the latency chart

ui-latency-title-24h = Latentie, afgelopen 24 u
ui-latency-title-hour = Latentie, afgelopen uur
ui-latency-unit-median = (mediaan per fase, ms)
ui-latency-unit-round = (elke ronde, per fase, ms)
ui-latency-service = Dienst
ui-latency-empty = Nog geen metingen.
ui-latency-too-few = Nog niet genoeg gegevens voor een grafiek: die begint na een paar rondes. De laatste meting staat hierboven onder elke controle.
ui-latency-phase-dns = dns
ui-latency-phase-connect = verbinden
ui-latency-phase-tls = tls
ui-latency-phase-hello = hello
ui-latency-phase-ttfb = ttfb
ui-latency-phase-transfer = overdracht
ui-latency-p95 = totaal p95
ui-latency-time = Tijd

## The history window's page: incidents

ui-incidents-heading = Incidenten, afgelopen 30 dagen
ui-incidents-started = Begonnen
ui-incidents-lasted = Duur
ui-incidents-what = Wat
ui-incidents-why = Waarom
ui-incidents-side = Wiens kant

## The history window's page: what went wrong in the page itself

ui-problem-history = Geschiedenis: { $error }
ui-problem-start = Het venster kon niet starten: { $error }
ui-problem-load = Kon { $file } niet laden
ui-problem-script = Scriptfout: { $error } ({ $place })
ui-problem-csp = Geblokkeerd door het contentbeveiligingsbeleid: { $directive } { $address }

## The settings page

ui-settings-heading = Instellingen
ui-settings-path = ({ $path })
ui-settings-broken = Deze pagina kan de instellingen niet tonen zolang het bestand (hierboven genoemd) een fout bevat. Herstel het in een teksteditor: Downbeat laadt het opnieuw zodra de fout eruit is.
ui-settings-services = Diensten om te bewaken
ui-settings-add-service = Dienst toevoegen
ui-settings-add = Toevoegen
ui-settings-service-other = (staat in het configuratiebestand)
ui-settings-edit = Bewerken
ui-settings-remove = Verwijderen
ui-settings-edit-label = { $service } bewerken
ui-settings-remove-label = { $service } verwijderen
ui-settings-service-error = { $service }: { $error }
ui-settings-some-service-error = Een dienst: { $error }
ui-settings-custom = Eigen HTTPS-dienst toevoegen
ui-settings-custom-name = Naam
ui-settings-custom-url = URL
ui-settings-custom-status = Verwachte status
ui-settings-custom-add = Deze dienst toevoegen
ui-settings-custom-incomplete = een eigen dienst heeft een naam en een URL nodig
ui-settings-checks = Controles
ui-settings-interval = Controleer elke
ui-settings-interval-hint = bijv. 30s, 1m, 5m
ui-settings-baseline = Controleer ook mijn eigen verbinding, zodat Downbeat kan zien aan wiens kant een probleem ligt
ui-settings-autostart = Downbeat starten bij inloggen
ui-settings-theme = Weergave
ui-settings-theme-system = Zoals het systeem
ui-settings-theme-light = Licht
ui-settings-theme-dark = Donker
ui-settings-language = Taal
ui-settings-language-auto = Zelfde als het systeem
ui-settings-notify = Stuur een melding als
ui-settings-notify-down = een dienst platgaat
ui-settings-notify-recovered = die weer werkt
ui-settings-notify-degraded = die traag of verstoord is
ui-settings-notify-offline = mijn eigen verbinding een probleem heeft (offline, een inlogpagina, DNS)
ui-settings-remind = herinner me zolang een dienst plat blijft, elke
ui-settings-remind-every = Herinneringsinterval
ui-settings-outside = Plat voor iedereen, of alleen vanaf hier?
ui-settings-elsewhere = Als een dienst faalt terwijl mijn verbinding werkt, vraag dan meetpunten elders (Globalping) of hij daar ook faalt
ui-settings-provider = Zoek daarna uit bij welke provider dit netwerk hoort (RIPEstat), en vraag ook meetpunten op dat netwerk, om mijn provider van mijn thuisnetwerk te onderscheiden
ui-settings-country = Mijn land
ui-settings-country-placeholder = NL
ui-settings-country-hint = twee letters; leeg: volgens de tijdzone
ui-settings-token = Globalping-token
ui-settings-token-hint = optioneel, voor een groter tegoed
ui-settings-outside-note = Wat er wordt verstuurd: de host, poort en het pad van de falende controle. Niets zolang alles werkt of zolang je offline bent.
ui-settings-save = Opslaan
ui-settings-close = Terug naar geschiedenis
ui-settings-saving = Opslaan…
ui-settings-saved = Opgeslagen. De volgende ronde gebruikt de nieuwe instellingen.

## The built-in presets' words (presets/*.toml)

preset-apple_music-advice = Gedownloade muziek blijft spelen.
preset-deezer-advice = Gedownloade muziek blijft spelen in de offlinemodus (met een betaald abonnement).
preset-soundcloud-advice = Nummers die je offline hebt opgeslagen (met Go) blijven spelen.
preset-spotify-advice = Gedownloade muziek blijft spelen in de offlinemodus.
preset-tidal-advice = Gedownloade muziek blijft spelen in de offlinemodus.
preset-youtube_music-advice = Downloads in de app blijven offline spelen (met YouTube Music Premium).
preset-spotify-group-the-spotify-apps = de Spotify-apps
preset-spotify-group-the-web-player = de webspeler
preset-spotify-group-login = inloggen

## This computer's path, as `check` lists it when something failed (view::path_lines).

path-route-router = { $family } gaat naar buiten via { $interface }, naar de router { $router }.
path-route-tunnel = { $family } gaat naar buiten via de tunnel { $interface }.
path-route-direct = { $family } gaat naar buiten via { $interface }.
path-route-none = Geen { $family }-route.
path-link-down = { $interface } ligt plat.
path-link-no-address = { $interface } heeft geen { $family }-adres.
path-router-echo = De router antwoordde op een echo in { $took }.
path-router-tcp = De router antwoordde op TCP-poort { $port } in { $took }.
path-router-silent = De router gaf binnen { $took } geen antwoord.
path-router-unreachable = De router was niet te bereiken: deze computer heeft geen weg ernaartoe.
