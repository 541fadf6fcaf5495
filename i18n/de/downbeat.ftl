# Downbeats Meldungen auf Deutsch (German), mit „du“ als Anrede.

## The language itself

language-name = Deutsch

## Numbers, times, dates and lists: how this language writes them

number-decimal = ,
unit-ms = { $n } ms
unit-seconds = { $n } s
span-s = { $s } Sek.
span-min = { $min } Min.
span-h = { $h } Std.
span-h-min = { $h } Std. { $min } Min.
span-d = { $d } Tg.
span-d-h = { $d } Tg. { $h } Std.
month-short = { $month ->
    [1] Jan.
    [2] Feb.
    [3] März
    [4] Apr.
    [5] Mai
    [6] Juni
    [7] Juli
    [8] Aug.
    [9] Sept.
    [10] Okt.
    [11] Nov.
   *[12] Dez.
}
# „7. Dez.“
date-day-month = { $day }. { $month }
# „7. Dez. 2026“
date-day-month-year = { $day }. { $month } { $year }
# „7. Dez., 14:05“
date-time = { $date }, { $time }
# „14:05“
time-hm = { $hh }:{ $mm }
time-hms = { $hh }:{ $mm }:{ $ss }
list-comma = {", "}
list-and = { $first } und { $last }
list-or = { $first } oder { $last }

## Causes: what is behind a verdict, and whose side it is on

cause-headline-none = alles in Ordnung
cause-headline-service = der Dienst hat eine Störung
cause-headline-offline = du bist offline
cause-headline-no-network = dieser Computer ist mit keinem Netzwerk verbunden
cause-headline-router-down = dein Router ({ $router }) antwortet nicht
cause-headline-line-down = dein Router ({ $router }) antwortet, die Leitung dahinter nicht
cause-headline-vpn-down = dein VPN ({ $interface }) lässt nichts durch
cause-headline-ipv6-broken = IPv6 ist in diesem Netzwerk gestört, IPv4 funktioniert
cause-headline-ipv4-broken = { $via ->
        [vpn] dein VPN ({ $interface }) lässt kein IPv4 durch, IPv6 funktioniert
       *[other] IPv4 ist in diesem Netzwerk gestört, IPv6 funktioniert
    }
cause-headline-dns-resolver-down = dein DNS-Server antwortet nicht
cause-headline-dns-filtered = das DNS deines Netzwerks blockiert den Dienst
cause-headline-captive-portal = dieses Netzwerk verlangt eine Anmeldung
cause-headline-slow-connection = deine Verbindung ist langsam
cause-headline-port-blocked = dein Netzwerk blockiert den bevorzugten Port
cause-headline-downbeat-outdated = Downbeat ist veraltet
cause-headline-network-path = es geht nur aus deinem Netzwerk nicht
cause-headline-provider = es geht im Netz deines Internetanbieters nicht
cause-headline-clock-wrong = die Uhr deines Computers geht falsch
cause-headline-tls-intercepted = etwas fängt sichere Verbindungen ab
cause-headline-dns-unconfirmed = laut deinem DNS gibt es den Namen nicht

cause-state-word-offline = offline
cause-state-word-no-network = offline
cause-state-word-router-down = offline
cause-state-word-line-down = offline
cause-state-word-vpn-down = offline
cause-state-word-ipv6-broken = IPv6 gestört
cause-state-word-ipv4-broken = IPv4 gestört
cause-state-word-dns-resolver-down = kein DNS
cause-state-word-dns-filtered = blockiert
cause-state-word-captive-portal = Anmeldung nötig
cause-state-word-slow-connection = langsame Verbindung
cause-state-word-port-blocked = Port blockiert
cause-state-word-downbeat-outdated = Downbeat aktualisieren
cause-state-word-network-path = nicht von hier aus
cause-state-word-provider = dein Internetanbieter
cause-state-word-clock-wrong = falsche Uhrzeit
cause-state-word-tls-intercepted = abgefangen
cause-state-word-dns-unconfirmed = Name hier unbekannt

cause-line-offline = Du bist offline: Es liegt an dir, nicht an den Diensten
cause-line-no-network = Dieser Computer ist mit keinem Netzwerk verbunden: Es liegt an dir, nicht an den Diensten
cause-line-router-down = Dein Router ({ $router }) antwortet nicht: Es liegt an dir, nicht an den Diensten
cause-line-line-down = Dein Router ({ $router }) antwortet, aber nichts dahinter: Es liegt an deiner Leitung, nicht an den Diensten
cause-line-vpn-down = Dein VPN ({ $interface }) lässt nichts durch: Es liegt an dir, nicht an den Diensten
cause-line-ipv6-broken = IPv6 ist in diesem Netzwerk gestört: Apps, die es zuerst versuchen, bleiben hängen
cause-line-ipv4-broken = { $via ->
        [vpn] Dein VPN ({ $interface }) lässt kein IPv4 durch: Seiten ohne IPv6 sind nicht erreichbar
       *[other] IPv4 ist in diesem Netzwerk gestört: Seiten ohne IPv6 sind nicht erreichbar
    }
cause-line-dns-resolver-down = DNS-Server antwortet nicht: Router neu starten, DNS wechseln
cause-line-dns-filtered = Dein Netzwerk blockiert { $service }: anderes Netzwerk probieren
cause-line-captive-portal = Dieses WLAN verlangt eine Anmeldung: Browser öffnen
cause-line-slow-connection = Deine Verbindung ist überall langsam, nicht nur bei { $service }
cause-line-port-blocked = Dein Netz sperrt den Port von { $service }: Die Apps weichen aus
cause-line-downbeat-outdated = Downbeat ist für { $service } veraltet: bitte aktualisieren
cause-line-network-path = { $service } geht anderswo, nicht in deinem Netz: Netz wechseln
cause-line-provider = { $service } hakt bei deinem Internetanbieter: Es liegt an ihm
cause-line-clock-wrong = Deine Uhr geht falsch: Verbindungen scheitern, es liegt an dir
cause-line-tls-intercepted = Etwas fängt sichere Verbindungen ab: Netzwerk oder Computer
cause-line-dns-unconfirmed = Laut deinem DNS gibt es { $service } nicht: Filtert dieses Netz?

cause-advice-service = Es liegt am Dienst: Ein Neustart deines Routers hilft nicht.
cause-advice-offline = Prüf dein WLAN, deinen Router oder dein VPN.
cause-advice-no-network = Schalte das WLAN ein oder steck das Kabel ein.
cause-advice-router-down = Starte deinen Router neu oder geh näher an ihn heran, wenn du per WLAN verbunden bist.
cause-advice-line-down = Ein Neustart deines Routers kann einmal helfen; wenn nicht, liegt es an deinem Internetanbieter, und als Nächstes helfen seine Störungsseite oder seine Hotline.
cause-advice-vpn-down = Verbinde das VPN neu oder schalte es aus.
cause-advice-ipv6-broken = Starte deinen Router neu; bleibt das Problem, schalte IPv6 auf diesem Computer aus oder frag deinen Internetanbieter.
cause-advice-ipv4-broken = { $via ->
        [vpn] Verbinde das VPN neu oder schalte es aus.
       *[other] Starte deinen Router neu; bleibt das Problem, liegt es an deinem Internetanbieter (seinem IPv4-Gateway), und als Nächstes helfen seine Störungsseite oder seine Hotline.
    }
cause-advice-dns-resolver-down = Starte deinen Router neu oder wechsle den DNS-Server (zum Beispiel auf 1.1.1.1).
cause-advice-dns-filtered = Probier ein anderes Netzwerk oder frag, wer dieses hier betreibt.
cause-advice-captive-portal = Öffne einen Browser und melde dich an.
cause-advice-slow-connection = Geh näher an den Router, pausiere andere Downloads oder starte deinen Router neu.
cause-advice-port-blocked = Solange die Apps sich verbinden, musst du nichts tun; klappt das nicht mehr, frag, wer dieses Netzwerk betreibt.
cause-advice-downbeat-outdated = Aktualisiere Downbeat: Sein Verbindungsaufbau zu den Access Points ist veraltet.
cause-advice-network-path = Probier ein anderes Netzwerk (einen Handy-Hotspot); klappt es dort, liegt es an diesem Netzwerk oder deinem Internetanbieter.
cause-advice-provider = Ein Neustart deines Routers hilft nicht, ein Handy mit mobilen Daten schon. Sag deinem Internetanbieter Bescheid.
cause-advice-clock-wrong = Schalte in deinen Systemeinstellungen die automatische Uhrzeit ein.
cause-advice-tls-intercepted = Meist steckt ein Firmennetzwerk, der Webschutz eines Virenscanners oder ein Filter dahinter; vertraust du diesem Netzwerk nicht, nutze es nicht weiter.
cause-advice-dns-unconfirmed = Probier ein anderes Netzwerk oder einen anderen DNS-Server; klappt es dort, filtert dieses Netzwerk den Dienst.

## Diagnoses: why a check came out the way it did

diagnosis-ok = alles in Ordnung
diagnosis-slow = antwortet langsam
diagnosis-dns-nxdomain = der Name lässt sich nicht auflösen
diagnosis-dns-failure = DNS-Abfrage fehlgeschlagen
diagnosis-tcp-refused = Verbindung abgelehnt
diagnosis-tcp-timeout = Zeitüberschreitung beim Verbinden
diagnosis-network-unreachable = Netzwerk nicht erreichbar
diagnosis-connection-reset = Verbindung zurückgesetzt
diagnosis-tls-handshake-failed = sichere Verbindung fehlgeschlagen
diagnosis-tls-cert-expired = TLS-Zertifikat abgelaufen
diagnosis-tls-cert-not-yet-valid = TLS-Zertifikat noch nicht gültig
diagnosis-tls-cert-untrusted = TLS-Zertifikat nicht vertrauenswürdig
diagnosis-tls-hostname-mismatch = TLS-Zertifikat gilt für einen anderen Namen
diagnosis-tls-cert-expiring = TLS-Zertifikat läuft bald ab
diagnosis-http-server-error = Serverfehler
diagnosis-http-rate-limited = zu viele Anfragen
diagnosis-http-unexpected-status = unerwarteter HTTP-Status
diagnosis-http-unexpected-body = unerwarteter Seiteninhalt
diagnosis-http-redirect-loop = zu viele Weiterleitungen
diagnosis-protocol-error = der Server spricht kein HTTP
diagnosis-timeout = antwortet nicht mehr
diagnosis-stream-too-slow = Streaming zu langsam
diagnosis-dns-blocked = das DNS deines Netzwerks blockiert den Dienst
diagnosis-captive-portal = eine Anmeldeseite (Captive Portal) hat geantwortet
diagnosis-ap-signature-invalid = der Handshake ist nicht von Spotify signiert
diagnosis-ap-handshake-failed = der Handshake mit dem Access Point scheitert
diagnosis-ap-upgrade-required = verlangt ein neueres Downbeat
diagnosis-ap-port-blocked = dein Netzwerk blockiert den bevorzugten Port


## Lines: the one-line summaries every front end shows (src/view/lines.rs): the tray's first
## line and the window's headline (the verdict line), a service's line, the user's connection's
## line, and the config's lines.

line-state = { $state ->
    [up] erreichbar
    [degraded] eingeschränkt
    [down] ausgefallen
    [offline] offline
   *[unknown] unbekannt
}

line-them-connection-fine = Es liegt am Dienst: Deine Verbindung ist in Ordnung.
line-them = Es liegt am Dienst.

line-checking = Wird geprüft…

line-paused-until = Pausiert bis { $time }
line-paused-until-resumed = Pausiert, bis du fortsetzt

line-all-well = Alles in Ordnung
line-all-up = { $count ->
    [2] Beide Dienste sind erreichbar
   *[other] Alle { $count } Dienste sind erreichbar
}
line-some-up = { $up } von { $count } Diensten erreichbar; die übrigen werden geprüft

line-your-services = deine Dienste

## The verdict line when a service itself fails (it's them).

line-verdict-them = { $scope ->
    [everywhere] { $service } ist für alle { $state }: Es liegt am Dienst
    [region] { $service } ist in { $place } { $state }: Es liegt am Dienst
   *[here] { $service } ist { $state }: Es liegt am Dienst
}
line-verdict-them-why = { $scope ->
    [everywhere] { $service } ist für alle { $state } ({ $why }): Es liegt am Dienst
    [region] { $service } ist in { $place } { $state } ({ $why }): Es liegt am Dienst
   *[here] { $service } ist { $state } ({ $why }): Es liegt am Dienst
}
line-why-for = seit { $span }
line-why-diagnosis-for = { $diagnosis }, seit { $span }
line-verdict-them-many = { $services } { $count ->
    [one] ist
   *[other] sind
} { $state ->
    [degraded] eingeschränkt
   *[down] ausgefallen
}: Es liegt am Dienst

## The tray menu's first line: whose side, short (44 characters at most; longer is cut).

line-tray-offline = Liegt an dir: Du bist offline
line-tray-no-network = Liegt an dir: Kein Netz (WLAN oder Kabel)
line-tray-router-down = Liegt an dir: Router { $router } schweigt
line-tray-line-down = Liegt an der Leitung: Router { $router } OK
line-tray-vpn-down = Liegt an dir: VPN { $interface } lässt nichts durch
line-tray-ipv6-broken = Liegt an dir: IPv6 gestört, IPv4 geht
line-tray-ipv4-broken = { $via ->
        [vpn] Liegt an dir: VPN { $interface } blockt IPv4
       *[other] Liegt an dir: IPv4 gestört, IPv6 geht
    }
line-tray-dns-resolver-down = Liegt an dir: DNS-Server antwortet nicht
line-tray-captive-portal = Liegt an dir: WLAN verlangt Anmeldung
line-tray-slow-connection = Liegt an dir: Verbindung ist langsam
line-tray-clock-wrong = Liegt an dir: Deine Uhr geht falsch
line-tray-tls-intercepted = Liegt an dir: Verbindungen werden abgefangen
line-tray-dns-filtered = Liegt an dir: Netzwerk blockiert { $services }
line-tray-port-blocked = Liegt an dir: Port für { $services } gesperrt
line-tray-downbeat-outdated = Liegt an dir: Downbeat braucht ein Update
line-tray-network-path = Liegt an dir: { $services } { $count ->
    [one] geht
   *[other] gehen
} nur hier nicht
line-tray-provider = Liegt an dir: Provider-Problem mit { $services }
line-tray-dns-unconfirmed = Liegt an dir: { $count ->
    [one] Dein DNS kennt { $services } nicht
   *[other] DNS kennt { $services } nicht
}
line-tray-them = Liegt am Dienst: { $service } ist { $state }
line-tray-them-many = Liegt am Dienst: { $count } { $count ->
    [one] Dienst ist
   *[other] Dienste sind
} { $state ->
    [degraded] eingeschränkt
   *[down] ausgefallen
}

## A service's line: the tray menu's line per service, and the verdict line for a single
## service. Optional parts are added one message at a time: each takes the line so far as
## $line and adds to it.

line-service-state = { $service }: { $state }
line-service-word = { $service }: { $word }
line-service-word-why = { $service }: { $word }, { $headline }
line-service-checking = { $service }: wird geprüft…
line-service-groups = { $line } ({ $groups })
line-service-diagnosis = { $line }, { $diagnosis }
line-service-for = { $line }, seit { $span }
line-service-unverified = { $line } (nicht verifiziert)
line-tray-service-for = { $line }, { $span }
line-tray-service-paused = { $service }: nicht geprüft (pausiert)

## The user's connection's line: "Your connection: fine (3 of 3 sites answer)". The window's
## connection card shows the part after the label alone.

line-connection = Deine Verbindung: { $detail }
line-connection-not-checked = nicht geprüft
line-connection-baseline-off = nicht geprüft (Referenzprüfung ist aus)
line-connection-paused = während der Pause nicht geprüft
line-connection-checking = wird geprüft…
line-connection-fine = in Ordnung
line-connection-sites = { $state } ({ $answered } von { $sites } { $sites ->
    [one] Seite antwortet
   *[other] Seiten antworten
})
line-tray-connection-sites = { $state } ({ $answered }/{ $sites } Seiten)
line-tray-connection-paused = nicht geprüft (pausiert)

## The config's lines: the tray, the window, `watch` and `serve`.

line-config-error = Konfigurationsfehler: { $error }
line-tray-config-error-in = Konfigurationsfehler in { $place }
line-config-kept = Konfigurationsfehler: { $error }. Downbeat prüft mit den zuletzt geladenen Einstellungen weiter und lädt die Datei neu, sobald sie korrigiert ist.
line-config-not-reloaded = Konfiguration nicht neu geladen: { $error }; es geht weiter mit der zuletzt geladenen Konfiguration
line-config-reloaded = Konfiguration neu geladen aus { $path }: { $changes }
line-config-reloaded-nothing = Konfiguration neu geladen aus { $path }: Für die Prüfungen hat sich nichts geändert
line-config-reloaded-added = { $services } hinzugefügt
line-config-reloaded-removed = { $services } entfernt
line-config-reloaded-changed = { $services } geändert
line-config-reloaded-baseline = Referenzprüfung geändert
line-config-reloaded-settings = Einstellungen geändert: { $keys }
line-clause-separator = {"; "}

## `watch`'s line per transition: "Spotify: up -> down (login: server error; blame: them,
## cause: service)". Each part after the first takes the line so far as $line.

line-transition = { $who }: { $from } -> { $to }
line-your-connection = deine Verbindung
line-transition-check = { $line } ({ $check }: { $diagnosis }; Seite: { $blame }, Ursache: { $cause })
line-transition-diagnosis = { $line } ({ $diagnosis }; Seite: { $blame }, Ursache: { $cause })
line-transition-after = { $line } nach { $span }
line-transition-detail = { $line }. { $detail }

## The history window (src/view/window.rs): its headline, the connection card and the
## services' cards.

window-not-checking = Downbeat prüft gerade nichts: Das Problem steht unten
window-checking = wird geprüft…
window-checked = geprüft um { $time }
window-shared-failure-all = Alle { $count } Prüfungen schlagen gleich fehl: { $diagnosis }.
window-shared-failure = { $count } { $count ->
    [one] Prüfung schlägt
   *[other] Prüfungen schlagen
} gleich fehl: { $diagnosis }.
window-shared-failure-example = { $check }: { $detail }

## A service's card.

window-badge = { $glyph } { $word }
window-badge-paused = ‖ pausiert
window-badge-checking = – wird geprüft
window-card-paused-until = Pausiert: { $service } wird bis { $time } nicht geprüft.
window-card-paused = Pausiert: { $service } wird nicht geprüft, bis du fortsetzt.
window-card-offline-merged = Lässt sich nicht beurteilen, solange du offline bist.
window-card-offline = Du bist offline, daher lässt sich dieser Dienst nicht beurteilen: Es liegt an dir, nicht am Dienst.
window-card-you = Es liegt an dir, nicht an { $service }. { $advice }
window-card-up = Funktioniert normal.
window-card-check = { $check }: { $diagnosis }.
window-since = Seit { $when }.
window-chip = { $phase } { $time }
window-chip-failed = { $phase } ✕
phase-name = { $phase ->
    [dns] dns
    [connect] verbinden
    [tls] tls
    [hello] hello
    [ttfb] ttfb
   *[transfer] übertragen
}
window-outside-place = { $works ->
    [yes] ✓
   *[no] ✕
} { $city }, { $country } ({ $network })

## The outside view (src/view/outside.rs, src/model/outside.rs): what probes elsewhere (in
## other places and networks) saw of a failing service, on its card, in `check`'s note and in
## `check --outside`'s listing.

outside-no-answer = keine Antwort
# Im Dativ: Es steht nach „in“ („in deinem Land“).
outside-your-country-code = deinem Land ({ $code })
outside-your-country = deinem Land
# Im Dativ: „im Netz von deinem Internetanbieter“, „Sag deinem Internetanbieter Bescheid“.
outside-your-provider = deinem Internetanbieter

## A failing service's card: "Seen from elsewhere: …".

outside-line-everywhere = Von anderswo gesehen: Es schlägt auch an { $failing } von { $probes } { $probes ->
    [one] Ort
   *[other] Orten
} fehl, in { $countries } { $countries ->
    [one] Land
   *[other] Ländern
}.
outside-line-region = Von anderswo gesehen: An { $failing } von { $probes } { $probes ->
    [one] Ort
   *[other] Orten
} in { $country } schlägt es fehl; anderswo funktioniert es an { $elsewhere } { $elsewhere ->
    [one] Ort
   *[other] Orten
}.
outside-line-partial = Von anderswo gesehen: Es schlägt an { $failing } von { $probes } { $probes ->
    [one] Ort
   *[other] Orten
} fehl und funktioniert an den übrigen.
outside-line-only-here = Von anderswo gesehen: Es funktioniert an { $working } von { $probes } { $probes ->
    [one] Ort
   *[other] Orten
}, also liegt es am Weg aus deinem Netzwerk.
outside-line-provider = Von anderswo gesehen: Es schlägt im Netz von { $provider } fehl ({ $failing } von { $probes } { $probes ->
    [one] Ort
   *[other] Orten
}) und funktioniert in anderen Netzen ({ $working } von { $others }).
outside-line-unknown = Keine Sicht von anderswo: { $error }.

## `check`'s note on the outside view.

outside-note = { $probes } { $probes ->
    [one] Messpunkt
   *[other] Messpunkte
} anderswo befragt, davon { $in_country } in { $country }.
outside-country-from = { $country } (dein Land, ermittelt aus { $from })
outside-country-unknown = deinem Land (unbekannt: Deine Zeitzone verrät keins; setze country in [settings])
outside-could-not-say = Die Messpunkte anderswo konnten nichts sagen: { $error }.

## The user's provider, when the service fails only from here or on the provider's network.

outside-provider-sentence = { $service } schlägt { $reach ->
    [country] auch anderswo in { $country }
   *[world] auch anderswo
} im Netz von { $provider } fehl und funktioniert in anderen Netzen: Es liegt an deinem Internetanbieter, nicht an { $service } und nicht an dir zu Hause. Ein Neustart deines Routers hilft nicht, ein Handy mit mobilen Daten schon. Sag { $provider } Bescheid.
outside-provider-works = Auch anderswo im Netz von { $provider } funktioniert es ({ $probes } von { $probes }): Es liegt an diesem Anschluss, nicht an deinem Internetanbieter.
outside-provider-no-probe = Kein Messpunkt war im Netz von { $provider }, daher konnte Downbeat deinen Internetanbieter nicht von deinem Zuhause unterscheiden.
outside-provider-unknown = Downbeat konnte deinen Internetanbieter nicht ermitteln ({ $error }) und ihn daher nicht von deinem Zuhause unterscheiden.

## `check --outside`'s listing.

outside-listing-asked = Messpunkte anderswo sollten { $host } erreichen ({ $service }).
outside-listing-provider = Dein Internetanbieter: { $provider } (AS{ $asn }).
outside-listing-provider-unknown = Dein Internetanbieter: unbekannt ({ $error }).
outside-listing-provider-not-asked = Dein Internetanbieter: nicht abgefragt.
outside-listing-place = { $works ->
    [yes] ✓ funktioniert
   *[no] ✕ schlägt fehl
} { $city }, { $country }: { $network } (AS{ $asn }){ $yours ->
    [yes] {" "}(dein Internetanbieter)
   *[no] {""}
}
outside-listing-everywhere = { $service } schlägt an den meisten Orten fehl: für alle ausgefallen.
outside-listing-region = { $service } schlägt in { $country } fehl und funktioniert anderswo.
outside-listing-partial = { $service } schlägt an manchen Orten fehl und funktioniert an anderen.
outside-listing-only-here = { $service } funktioniert überall, wo gefragt wurde.

## A vendor's status page, beside what Downbeat saw: "Spotify's status page: Partial System
## Outage: 'Playback failures' (investigating since 09:58)".

outside-page-unread = Die Statusseite von { $service } ließ sich nicht lesen: { $error }.
outside-page-no-incident = Die Statusseite von { $service } meldet noch keinen Vorfall.
outside-page-says = Statusseite von { $service }: { $what }.
outside-page-a-problem = ein Problem, aber kein benannter Vorfall
outside-page-partial-outage = Teilweiser Systemausfall
outside-page-head-components = { $head } — { $components }
outside-page-components-more = { $components } und { $more } weitere
outside-page-component = { $component }: { $status ->
    [degraded_performance] eingeschränkte Leistung
    [partial_outage] teilweiser Ausfall
    [major_outage] größerer Ausfall
    [under_maintenance] in Wartung
   *[other] { $status_text }
}
outside-incident-status = { $status ->
    [investigating] wird untersucht
    [identified] Ursache erkannt
    [monitoring] wird beobachtet
    [resolved] behoben
    [postmortem] Nachbetrachtung
   *[other] { $status }
}
outside-incident = „{ $incident }“ ({ $status })
outside-incident-since = „{ $incident }“ ({ $status } seit { $when })
outside-incidents-more = { $incident } und { $more } weitere
outside-page-incident = Statusseite von { $service }: { $incident }.
outside-page-incident-head = Statusseite von { $service }: { $head }: { $incident }.
outside-page-incident-head-components = Statusseite von { $service }: { $head }; { $incident }.

## Groups (src/model/group.rs): a service's checks gathered by what they serve, in one
## sentence that says which are hit and which still work, on the window's card and in the
## notifications: "The Spotify apps can't connect (access point: the access point handshake
## fails); the web player and login work." The first letter is made a capital after.

group-down = { $group }: keine Verbindung
group-degraded = { $group } { $plural ->
    [yes] sind
   *[no] ist
} eingeschränkt
group-because = { $clause } ({ $check }: { $diagnosis })
group-and-then = { $first }; { $next }
group-sentence = { $hit }.
group-sentence-fine = { $hit }; { $fine } { $count ->
    [one] { $plural ->
        [yes] funktionieren
       *[no] funktioniert
    }
   *[other] funktionieren
}.


## States: the one word for how a check, a service or the connection stands

state-unknown = unbekannt
state-up = erreichbar
state-degraded = eingeschränkt
state-down = ausgefallen
state-offline = offline

## Notifications: pieces several of them share

notify-some-check = eine Prüfung
notify-some-check-start = Eine Prüfung
notify-unverified = (Nicht verifiziert: Für { $check } ist die Verifizierung aus.)
notify-unverified-unnamed = (Nicht verifiziert: Für diese Prüfung ist die Verifizierung aus.)
notify-check-works-again = Wieder in Ordnung: { $check }.

## Notifications: a service goes down, is degraded, and comes back

notify-down-title = { $service } ist ausgefallen
notify-degraded-title = { $service } ist eingeschränkt
notify-back-title = { $service } ist wieder da
notify-back-to-normal-title = { $service } läuft wieder normal
notify-reminder-title = { $service } ist immer noch ausgefallen
notify-down-failing = { $check_start } schlägt fehl: { $diagnosis }.
notify-down-no-help = Neu anmelden oder den Router neu starten hilft nicht.
notify-degraded-failing = { $check_start }: { $diagnosis }.
notify-back-body = War { $span } lang ausgefallen ({ $check }: { $diagnosis }).
notify-back-failing = fehlgeschlagen
notify-back-still-slow = Es läuft aber noch langsamer als sonst.
notify-back-to-normal-body = War { $span } lang eingeschränkt.
notify-back-to-normal-body-unmeasured = Funktioniert wieder normal.
notify-reminder-body = Seit { $span } ausgefallen ({ $check }: { $diagnosis }).

## Notifications: a service's trouble that is on the user's side

notify-dns-filtered-title = Dein Netzwerk blockiert { $service }
notify-dns-filtered-body = Das DNS deines Netzwerks liefert die Adresse von { $service } nicht ({ $check }), öffentliches DNS aber schon: Es liegt an deinem Netzwerk. { $advice }
notify-dns-filtered-over-title = { $service } kommt wieder durch
notify-dns-filtered-over-body = Das DNS deines Netzwerks hat den Dienst { $span } lang blockiert.
notify-dns-filtered-over-body-unmeasured = Das DNS deines Netzwerks blockiert den Dienst nicht mehr.
notify-port-blocked-title = Dein Netzwerk blockiert den bevorzugten Port von { $service }
notify-port-blocked-body = { $detail } Es liegt an deinem Netzwerk, nicht an { $service }. { $advice }
notify-port-blocked-over-title = Der bevorzugte Port von { $service } ist wieder frei
notify-port-blocked-over-body = Dein Netzwerk hat ihn { $span } lang blockiert.
notify-port-blocked-over-body-unmeasured = Dein Netzwerk blockiert ihn nicht mehr.
notify-outdated-title = Downbeat ist veraltet
notify-outdated-body = { $service } hat geantwortet ({ $check }), verlangt aber einen neueren Client: Das liegt an Downbeats eigenem Verbindungsaufbau, es ist kein Ausfall. { $advice }
notify-outdated-over-title = Der Access Point von { $service } akzeptiert Downbeat wieder
notify-intercepted-service-title = Etwas fängt die sicheren Verbindungen zu { $service } ab
notify-intercepted-service-body = { $seen } Die Apps von { $service } lehnen solche Verbindungen ab. Es liegt an diesem Netzwerk oder Computer, nicht an { $service }. { $advice }
notify-intercepted-service-over-title = Verbindungen zu { $service } werden nicht mehr abgefangen
notify-intercepted-service-over-body = Sie wurden { $span } lang abgefangen.
notify-dns-unconfirmed-title = Laut deinem DNS gibt es { $service } nicht
notify-dns-unconfirmed-body = Nur das DNS dieses Netzwerks behauptet das ({ $check }), und ein neutrales DNS ließ sich nicht fragen; vielleicht filtert dieses Netzwerk den Dienst. Es zählt nicht als Ausfall von { $service }. { $advice }
notify-dns-unconfirmed-over-title = Der Name von { $service } lässt sich wieder auflösen
notify-dns-unconfirmed-over-body = Dein DNS hat { $span } lang behauptet, es gäbe ihn nicht.

## Notifications: the user's side (no service named)

notify-offline-title = Du bist offline
notify-offline-body-site = Keine der Referenzseiten ist erreichbar ({ $site }: { $diagnosis }). Es liegt an dir, nicht an den Diensten: Prüf Router, WLAN oder VPN.
notify-offline-body = Keine der Referenzseiten ist erreichbar ({ $diagnosis }). Es liegt an dir, nicht an den Diensten: Prüf Router, WLAN oder VPN.
notify-online-title = Du bist wieder online
notify-online-body = Deine Verbindung war { $span } lang weg.
notify-online-body-unmeasured = Deine Verbindung funktioniert wieder.
notify-no-network-title = Kein Netzwerk
notify-no-network-body = Dieser Computer ist mit keinem Netzwerk verbunden, daher ist nichts erreichbar. Es liegt an dir, nicht an den Diensten. { $advice }
notify-router-down-title = Dein Router antwortet nicht
notify-router-down-body = Dein Router ({ $router }) antwortet nicht, daher ist nichts erreichbar. Es liegt an dir, nicht an den Diensten. { $advice }
notify-line-down-title = Deine Internetleitung ist unterbrochen
notify-line-down-body = Dein Router ({ $router }) antwortet, aber nichts dahinter: Die Leitung zu deinem Internetanbieter ist unterbrochen. Es liegt nicht an den Diensten. { $advice }
notify-vpn-down-title = Dein VPN lässt nichts durch
notify-vpn-down-body = Dein gesamter Datenverkehr läuft über dein VPN ({ $interface }), und nichts kommt durch. Es liegt an dir, nicht an den Diensten. { $advice }
notify-ipv6-broken-title = IPv6 ist in diesem Netzwerk gestört
notify-ipv6-broken-body = Apps, die zuerst IPv6 versuchen, bleiben hängen, bis sie auf IPv4 ausweichen; Dienste, die über IPv4 antworten, sind nicht ausgefallen. { $advice }
notify-ipv4-broken-title = { $via ->
        [vpn] Dein VPN ({ $interface }) lässt kein IPv4 durch
       *[other] IPv4 ist in diesem Netzwerk gestört
    }
notify-ipv4-broken-body = Dienste ohne IPv6-Adresse sind nicht erreichbar, und es liegt nicht an ihnen; Dienste mit einer funktionieren weiter. { $advice }
notify-network-back-title = Wieder verbunden
notify-network-back-body = Dieser Computer hatte { $span } lang kein Netzwerk.
notify-network-back-body-unmeasured = Dieser Computer ist wieder mit einem Netzwerk verbunden.
notify-router-back-title = Dein Router antwortet wieder
notify-router-back-body = Er hat { $span } lang nicht geantwortet.
notify-router-back-body-unmeasured = Deine Verbindung funktioniert wieder.
notify-line-back-title = Deine Internetleitung ist wieder da
notify-line-back-body = Die Leitung hinter deinem Router war { $span } lang unterbrochen.
notify-line-back-body-unmeasured = Die Leitung hinter deinem Router funktioniert wieder.
notify-vpn-back-title = Dein VPN funktioniert wieder
notify-vpn-back-body = Es hat { $span } lang nichts durchgelassen.
notify-vpn-back-body-unmeasured = Über dein VPN kommt wieder Datenverkehr durch.
notify-ipv6-back-title = IPv6 funktioniert wieder
notify-ipv6-back-body = Es war { $span } lang gestört.
notify-ipv6-back-body-unmeasured = IPv6 funktioniert in diesem Netzwerk wieder.
notify-ipv4-back-title = IPv4 funktioniert wieder
notify-ipv4-back-body = Es war { $span } lang gestört.
notify-ipv4-back-body-unmeasured = IPv4 funktioniert in diesem Netzwerk wieder.
notify-captive-portal-title = Dieses WLAN verlangt eine Anmeldung
notify-captive-portal-location = Es leitet dich zu { $location } weiter.
notify-captive-portal-body = Bis du dich anmeldest, geht sonst nichts, und es liegt nicht an den Diensten. { $advice }
notify-signed-in-title = Du bist angemeldet
notify-signed-in-body = Die Anmeldeseite dieses Netzwerks ist nach { $span } verschwunden.
notify-signed-in-body-unmeasured = Die Anmeldeseite dieses Netzwerks ist verschwunden.
notify-dns-down-title = Dein DNS-Server antwortet nicht
notify-dns-down-body = Das Internet selbst funktioniert: Öffentliches DNS antwortet. Es liegt an dir, nicht an den Diensten. { $advice }
notify-dns-back-title = Dein DNS funktioniert wieder
notify-dns-back-body = Dein DNS-Server hat { $span } lang nicht geantwortet.
notify-dns-back-body-unmeasured = Dein DNS-Server antwortet wieder.
notify-clock-wrong-title = Die Uhr deines Computers geht falsch
notify-clock-wrong-body = Deshalb scheitert jede sichere Verbindung. Es liegt an dir, nicht an den Diensten. { $advice }
notify-clock-right-title = Die Uhr deines Computers stimmt wieder
notify-clock-right-body = Sichere Verbindungen funktionieren wieder; sie sind { $span } lang gescheitert.
notify-clock-right-body-unmeasured = Sichere Verbindungen funktionieren wieder.
notify-intercepted-title = Etwas fängt sichere Verbindungen ab
notify-intercepted-unknown-issuer = Die Zertifikate aller Seiten stammen von einer Stelle, der niemand vertraut.
notify-intercepted-body = Es liegt an diesem Netzwerk oder Computer, nicht an den Diensten. { $advice }
notify-intercepted-over-title = Sichere Verbindungen werden nicht mehr abgefangen
notify-intercepted-over-body = Die Seiten zeigen nach { $span } wieder ihre eigenen Zertifikate.
notify-intercepted-over-body-unmeasured = Die Seiten zeigen wieder ihre eigenen Zertifikate.
notify-slow-title = Deine Verbindung ist langsam
notify-slow-body = Sie ist für alles langsam, nicht nur für die Dienste: { $detail } { $advice }
notify-fast-title = Deine Verbindung ist wieder schnell
notify-fast-body = Sie war { $span } lang langsam.
notify-fast-body-unmeasured = Sie ist wieder schnell genug.

## Notifications: what the world and the vendor's status page say (updates to an alert)

notify-everywhere-title = { $service } ist für alle ausgefallen
notify-everywhere-body = Es schlägt an { $failing } von { $probes } befragten { $probes ->
        [one] Ort
       *[other] Orten
    } in { $countries } { $countries ->
        [one] Land
       *[other] Ländern
    } fehl: Es liegt am Dienst, nicht an dir.
notify-region-title = { $service } ist in { $country } ausgefallen
notify-region-body = An { $failing } von { $probes } { $probes ->
        [one] Ort
       *[other] Orten
    } dort schlägt es fehl; anderswo funktioniert es an { $elsewhere } { $elsewhere ->
        [one] Ort
       *[other] Orten
    }: Es liegt am Dienst, nicht an dir.
notify-only-here-title = { $service } geht anderswo, nur nicht aus deinem Netzwerk
notify-only-here-body = Es funktioniert an { $working } von { $probes } befragten { $probes ->
        [one] Ort
       *[other] Orten
    }. { $advice }
notify-provider-title = { $service } hakt im Netz deines Internetanbieters
notify-status-page-title = Die Statusseite von { $service } bestätigt ein Problem
notify-status-page-body = { $line } Es liegt am Dienst, nicht an dir.

## Notifications: Downbeat itself

notify-welcome-title = Downbeat passt auf
notify-welcome-body = Downbeat prüft { $count ->
        [0] noch nichts
       *[other] { $services }
    } und sagt dir, wenn etwas ausfällt und auf wessen Seite das Problem liegt. Verlauf und Einstellungen findest du im Menü des Downbeat-Symbols in der Taskleiste.
notify-config-error-title = Downbeat prüft gerade nichts
notify-config-error-body = Die Einstellungsdatei lässt sich nicht laden: { $error }. Korrigiere sie in einem Texteditor („Einstellungsdatei öffnen“ im Menü des Downbeat-Symbols): Downbeat prüft wieder, sobald sie sich laden lässt.
notify-cannot-open-title = Kein Programm konnte die Einstellungsdatei öffnen
notify-cannot-open-body = Sie liegt unter { $path } ({ $why }). Öffne sie in einem Texteditor: Downbeat lädt sie neu, sobald sie gespeichert ist.

## Secure connections: a wrong clock, interception, a name only this network says is missing

secure-clock-earlier = { $unit ->
        [days] { $count ->
            [one] { $count } Tag früher
           *[other] { $count } Tage früher
        }
        [hours] { $count ->
            [one] { $count } Stunde früher
           *[other] { $count } Stunden früher
        }
       *[minutes] { $count ->
            [one] { $count } Minute früher
           *[other] { $count } Minuten früher
        }
    }
secure-clock-later = { $unit ->
        [days] { $count ->
            [one] { $count } Tag später
           *[other] { $count } Tage später
        }
        [hours] { $count ->
            [one] { $count } Stunde später
           *[other] { $count } Stunden später
        }
       *[minutes] { $count ->
            [one] { $count } Minute später
           *[other] { $count } Minuten später
        }
    }
secure-clock-times = { $source ->
        [until] Sie zeigt { $says }, aber die Zertifikate der Seiten waren alle nur bis { $when } gültig (mindestens { $gap })
        [from] Sie zeigt { $says }, aber die Zertifikate der Seiten sind alle erst ab { $when } gültig (mindestens { $gap })
       *[date] Sie zeigt { $says }, die Seiten sagen { $when } ({ $gap })
    }
secure-clock-times-sentence = { $source ->
        [until] Sie zeigt { $says }, aber die Zertifikate der Seiten waren alle nur bis { $when } gültig (mindestens { $gap }).
        [from] Sie zeigt { $says }, aber die Zertifikate der Seiten sind alle erst ab { $when } gültig (mindestens { $gap }).
       *[date] Sie zeigt { $says }, die Seiten sagen { $when } ({ $gap }).
    }
secure-clock-wrong = Die Uhr deines Computers geht falsch: { $times }.
secure-clock-consequence = Deshalb scheitert jede sichere Verbindung.
secure-clock-consequence-service = Deshalb scheitert jede sichere Verbindung, auch die zu { $service }.
secure-issued = { $whose ->
        [service] Das Zertifikat von { $service } stammt von „{ $issuer }“, nicht von einer vertrauenswürdigen Stelle (die anderer Seiten sind vertrauenswürdig).
        [all-and-service] Die Zertifikate aller Seiten, auch das von { $service }, stammen von „{ $issuer }“, nicht von einer vertrauenswürdigen Stelle.
        [all-here] Die Zertifikate aller Seiten stammen von „{ $issuer }“, nicht von einer vertrauenswürdigen Stelle (die anderer Seiten sind vertrauenswürdig).
       *[all] Die Zertifikate aller Seiten stammen von „{ $issuer }“, nicht von einer vertrauenswürdigen Stelle.
    }
secure-issued-start = { $whose ->
        [service] Das Zertifikat von { $service } stammt von „{ $issuer }“, nicht von einer vertrauenswürdigen Stelle (die anderer Seiten sind vertrauenswürdig).
        [all-and-service] Die Zertifikate aller Seiten, auch das von { $service }, stammen von „{ $issuer }“, nicht von einer vertrauenswürdigen Stelle.
        [all-here] Die Zertifikate aller Seiten stammen von „{ $issuer }“, nicht von einer vertrauenswürdigen Stelle (die anderer Seiten sind vertrauenswürdig).
       *[all] Die Zertifikate aller Seiten stammen von „{ $issuer }“, nicht von einer vertrauenswürdigen Stelle.
    }
secure-refused-service = Die Apps von { $service } lehnen solche Verbindungen ab.
secure-refused = Apps lehnen solche Verbindungen ab.
secure-intercepted = Etwas in diesem Netzwerk oder auf diesem Computer fängt sichere Verbindungen ab: { $issued } { $refused }
secure-dns-unconfirmed = Laut deinem DNS gibt es den Namen von { $service } nicht ({ $host }), und { $unconfirmed }
secure-dns-unconfirmed-no-host = Laut deinem DNS gibt es den Namen von { $service } nicht, und { $unconfirmed }
secure-unconfirmed = ein neutrales DNS ließ sich nicht fragen; vielleicht filtert dieses Netzwerk den Namen.
secure-unconfirmed-off = es ist kein neutrales DNS zur Bestätigung eingestellt (reference_dns); vielleicht filtert dieses Netzwerk den Namen.
secure-thin-clock = Keine andere Seite hat die Uhrzeit verraten, daher kann Downbeat die Uhr dieses Computers nicht prüfen; geht sie falsch, würde das die Störung erklären.
secure-thin-untrusted = Das Zertifikat stammt von „{ $issuer }“, dem dieser Computer nicht vertraut; ohne vertrauenswürdige Seite zum Vergleich kann Downbeat nicht unterscheiden, ob etwas die Verbindung abfängt oder der Server falsch eingerichtet ist.


## The verdict: `downbeat check`'s last line, the window's heading, /api/status's "summary"
## Each is one or more sentences; the summary is them one after another, then the cause's advice.

verdict-offline = Du bist offline: { $why }. Es liegt an dir, nicht an den Diensten.
verdict-no-network = Dieser Computer ist mit keinem Netzwerk verbunden: { $why }. Es liegt an dir, nicht an den Diensten.
verdict-router-down = Dein Router ({ $router }) antwortet nicht: { $why }. Es liegt an dir, nicht an den Diensten.
verdict-line-down = Dein Router ({ $router }) antwortet, aber nichts dahinter: Die Leitung zu deinem Internetanbieter ist unterbrochen. { $why }. Es liegt nicht an den Diensten.
verdict-vpn-down = Dein gesamter Datenverkehr läuft über dein VPN ({ $interface }), und nichts kommt durch: { $why }. Es liegt an dir, nicht an den Diensten.
verdict-baseline-site-unreachable = Die Referenzseite ({ $site }) war nicht erreichbar: { $diagnosis }
verdict-baseline-sites-unreachable-alike = Keine der { $count } Referenzseiten war erreichbar, jeweils: { $diagnosis }
verdict-baseline-sites-unreachable = Keine der { $count } Referenzseiten war erreichbar ({ $each })
verdict-baseline-site-failed = { $site }: { $diagnosis }
verdict-baseline-separator = {"; "}

verdict-all-up = { $count ->
        [1] { $service } ist erreichbar.
        [2] Beide Dienste sind erreichbar.
       *[other] Alle { $count } Dienste sind erreichbar.
    }

verdict-portal-sign-in = Dieses WLAN verlangt eine Anmeldung.
verdict-portal-sign-in-at = Dieses WLAN verlangt eine Anmeldung unter { $page }.
verdict-portal-until = { $count ->
        [1] Bis dahin kann sich { $service } nicht verbinden, und es liegt nicht an { $service }.
       *[other] Bis dahin können sich deine Dienste nicht verbinden, und es liegt nicht an ihnen.
    }

verdict-dns-resolver-down = Dein DNS-Server antwortet nicht; das Internet selbst funktioniert (öffentliches DNS antwortet{ $via ->
        [failing] ; { $service } selbst schlägt aber auch fehl ({ $diagnosis })
        [through] , und { $service } antwortet über diese Adresse
       *[none] {""}
    }).
verdict-dns-filtered = Dein Netzwerk blockiert { $service }: { $how }, öffentliches DNS liefert die richtige Adresse{ $via ->
        [failing] ; { $service } selbst schlägt aber auch fehl ({ $diagnosis })
        [through] , und { $service } antwortet über diese Adresse
       *[none] {""}
    }.
verdict-dns-sinkhole = Sein DNS antwortet für { $host } mit { $address } (eine Sperre)
verdict-dns-unresolved = Sein DNS löst { $host } nicht auf
verdict-dns-unresolved-it = Sein DNS löst den Namen nicht auf

verdict-port-blocked = { $service } funktioniert über einen Ausweichweg.
verdict-downbeat-outdated = Der Access Point von { $service } verlangt einen neueren Client: Downbeats eigener Verbindungsaufbau ist veraltet. { $service } selbst hat geantwortet, es ist also kein Ausfall.

verdict-slow-everywhere = Deine Verbindung ist für alles langsam, nicht nur für { $service }.
verdict-slow-everywhere-measured = Deine Verbindung ist für alles langsam ({ $speed }), nicht nur für { $service }.
verdict-slow-everywhere-compared = Deine Verbindung ist für alles langsam ({ $speed }), nicht nur für { $service }: { $service } streamt mit { $own }, ein neutraler Download mit { $base }.
verdict-slowness-first-byte = eine neutrale Seite brauchte { $ms } ms bis zur Antwort

verdict-service-state = { $service } ist { $status ->
        [down] ausgefallen
        [degraded] eingeschränkt
       *[other] erreichbar
    }.
verdict-service-failing = { $service } ist { $status ->
        [down] ausgefallen
        [degraded] eingeschränkt
       *[other] erreichbar
    }: { $diagnosis } ({ $check }).
verdict-also-theirs = Außerdem: { $failures } { $count ->
        [1] Das liegt am Dienst, nicht an dir.
       *[other] Das liegt an den Diensten, nicht an dir.
    }

## The verdict's note on the user's own connection, when nothing on their side explains it

verdict-no-baseline = Deine eigene Verbindung wurde nicht geprüft (keine Referenzprüfung eingerichtet).
verdict-baseline-blocked = { $count ->
        [1] Die Referenzseiten sind nicht erreichbar, { $service } aber schon: Vielleicht blockiert dein Netzwerk sie.
       *[other] Die Referenzseiten sind nicht erreichbar, die Dienste aber schon: Vielleicht blockiert dein Netzwerk sie.
    }
verdict-portal-lets-through = Dieses Netzwerk hat eine Anmeldeseite (Captive Portal), lässt dies aber durch.
verdict-portal-lets-through-at = Dieses Netzwerk hat eine Anmeldeseite (Captive Portal unter { $page }), lässt dies aber durch.
verdict-clock-secure-sites-fail = Deshalb scheitern sichere Seiten.
verdict-connection-slow = Deine Verbindung ist langsam ({ $speed }), aber schnell genug dafür.
verdict-connection-ipv6-broken = IPv6 ist in diesem Netzwerk gestört: Apps, die es zuerst versuchen, bleiben hängen, bis sie auf das funktionierende IPv4 ausweichen.
verdict-connection-ipv4-broken = { $via ->
        [vpn] Dein VPN ({ $interface }) lässt kein IPv4 durch, IPv6 funktioniert: Seiten ohne IPv6-Adresse sind nicht erreichbar.
       *[other] IPv4 ist in diesem Netzwerk gestört, IPv6 funktioniert: Seiten ohne IPv6-Adresse sind nicht erreichbar.
    }
# Ein Dienst, der nur über die hier gestörte IP-Version erreichbar ist. $service: sein Name.
verdict-ipv6-broken-service = IPv6 ist in diesem Netzwerk gestört, und { $service } hat nur eine IPv6-Adresse und ist daher nicht erreichbar. Es liegt an dir, nicht an { $service }.
verdict-ipv4-broken-service = { $via ->
        [vpn] Dein VPN ({ $interface }) lässt kein IPv4 durch, und { $service } hat keine IPv6-Adresse und ist daher nicht erreichbar. Es liegt an dir, nicht an { $service }.
       *[other] IPv4 ist in diesem Netzwerk gestört, und { $service } hat keine IPv6-Adresse und ist daher nicht erreichbar. Es liegt an dir, nicht an { $service }.
    }
verdict-connection-fine = Deine Verbindung ist in Ordnung.

## The verdict with what probes elsewhere in the world said (the outside view)

verdict-outside-everywhere = { $service } ist für alle ausgefallen: Es schlägt an { $failing } von { $probes } befragten { $probes ->
        [one] Ort
       *[other] Orten
    } fehl, in { $countries } { $countries ->
        [one] Land
       *[other] Ländern
    }.
verdict-outside-region = { $service } ist in { $country } ausgefallen: An { $failing } von { $probes } { $probes ->
        [one] Ort
       *[other] Orten
    } dort schlägt es fehl; anderswo funktioniert es an { $elsewhere } { $elsewhere ->
        [one] Ort
       *[other] Orten
    }.
verdict-outside-partial = { $service } schlägt an { $failing } von { $probes } befragten { $probes ->
        [one] Ort
       *[other] Orten
    } fehl und funktioniert an den übrigen: Es ist nicht überall ausgefallen.
verdict-outside-only-here = { $service } funktioniert an { $working } von { $probes } { $probes ->
        [one] Ort
       *[other] Orten
    }, aber nicht aus deinem Netzwerk.
verdict-outside-only-here-in-country = { $service } funktioniert an { $working } von { $probes } { $probes ->
        [one] Ort
       *[other] Orten
    }, davon { $in_country } in { $country }, aber nicht aus deinem Netzwerk.
verdict-provider-advice = Ein Neustart deines Routers hilft nicht, ein Handy mit mobilen Daten schon. Sag { $provider } Bescheid.

## The history: `downbeat history`'s report and the window's 24 h / 7 d / 30 d

history-no-data = keine Daten
history-uptime = { $pct } %
history-uptime-under-100 = unter 100 %

history-bar-title = { $when }: { $counts }
history-bar-count = { $count } { $kind ->
        [up] erreichbar
        [degraded] eingeschränkt
        [down] ausgefallen
       *[your-side] mit Problem auf deiner Seite (offline, kein DNS, …)
    }

history-nothing-checked = Es wird nichts geprüft, daher wird nichts aufgezeichnet.
history-no-incidents = Keine Vorfälle in den letzten 30 Tagen.

## An incident, as the window's list and `downbeat history` say it

history-incident = { $service } { $state ->
        [down] ausgefallen
        [degraded] eingeschränkt
       *[other] { $state }
    }
history-incident-everywhere = { $service } für alle { $state ->
        [down] ausgefallen
        [degraded] eingeschränkt
       *[other] { $state }
    }
history-incident-region = { $service } in deinem Land { $state ->
        [down] ausgefallen
        [degraded] eingeschränkt
       *[other] { $state }
    }
history-incident-why = { $check }: { $diagnosis }
# Die Spalte heißt „Ursache“ (ui-incidents-side): „bei dir“ oder „beim Dienst“.
history-side = { $blame ->
        [you] bei dir
       *[other] beim Dienst
    }
history-incident-line = { $what }, Dauer: { $lasted } ({ $why }; { $blame ->
        [you] liegt an dir
       *[other] liegt am Dienst
    })

history-lasted = { $watched }
history-lasted-ongoing = { $watched }, dauert an
history-lasted-unwatched = { $watched } beobachtet; { $unwatched } davon hat Downbeat nicht beobachtet
history-lasted-unwatched-ongoing = { $watched } beobachtet, dauert an; { $unwatched } davon hat Downbeat nicht beobachtet

history-your-services = deine Dienste
history-offline = { $tense ->
        [ongoing] Du bist offline
       *[past] Du warst offline
    }
history-no-network = { $tense ->
        [ongoing] Kein Netzwerk
       *[past] Kein Netzwerk
    }
history-router-down = { $tense ->
        [ongoing] Dein Router antwortet nicht
       *[past] Dein Router antwortete nicht
    }
history-line-down = { $tense ->
        [ongoing] Deine Internetleitung ist unterbrochen
       *[past] Deine Internetleitung war unterbrochen
    }
history-vpn-down = { $tense ->
        [ongoing] Dein VPN lässt nichts durch
       *[past] Dein VPN ließ nichts durch
    }
history-ipv6-broken = { $tense ->
        [ongoing] IPv6 ist gestört
       *[past] IPv6 war gestört
    }
history-ipv4-broken = { $tense ->
        [ongoing] IPv4 ist gestört
       *[past] IPv4 war gestört
    }
history-captive-portal = WLAN-Anmeldung nötig
history-dns-resolver-down = { $tense ->
        [ongoing] Dein DNS-Server antwortet nicht
       *[past] Dein DNS-Server antwortete nicht
    }
history-dns-filtered = { $tense ->
        [ongoing] Das DNS deines Netzwerks blockiert { $service }
       *[past] Das DNS deines Netzwerks blockierte { $service }
    }
history-slow-connection = { $tense ->
        [ongoing] Deine Verbindung ist langsam
       *[past] Deine Verbindung war langsam
    }
history-port-blocked = { $tense ->
        [ongoing] Dein Netzwerk blockiert den bevorzugten Port von { $service }
       *[past] Dein Netzwerk blockierte den bevorzugten Port von { $service }
    }
history-port-blocked-all = { $tense ->
        [ongoing] Dein Netzwerk blockiert den bevorzugten Port deiner Dienste
       *[past] Dein Netzwerk blockierte den bevorzugten Port deiner Dienste
    }
history-downbeat-outdated = { $tense ->
        [ongoing] Downbeat ist veraltet
       *[past] Downbeat war veraltet
    }
history-provider = { $tense ->
        [ongoing] { $service } hakt im Netz deines Internetanbieters
       *[past] { $service } hakte im Netz deines Internetanbieters
    }
history-network-path = { $tense ->
        [ongoing] { $service } geht nur aus deinem Netzwerk nicht
       *[past] { $service } ging nur aus deinem Netzwerk nicht
    }
history-clock-wrong = { $tense ->
        [ongoing] Die Uhr deines Computers geht falsch
       *[past] Die Uhr deines Computers ging falsch
    }
history-tls-intercepted = { $tense ->
        [ongoing] Etwas fängt sichere Verbindungen ab
       *[past] Etwas fing sichere Verbindungen ab
    }
history-dns-unconfirmed = { $tense ->
        [ongoing] Laut deinem DNS gibt es { $service } nicht
       *[past] Laut deinem DNS gab es { $service } nicht
    }
history-service-failing = { $tense ->
        [ongoing] { $service } funktioniert nicht
       *[past] { $service } funktionierte nicht
    }

## The report's time on the user's side: one sentence under `downbeat history`'s table

history-your-side = { $parts }; { $count ->
        [one] das wird keinem Dienst angerechnet
       *[other] nichts davon wird einem Dienst angerechnet
    }.
history-your-side-offline = Du warst { $lasted } lang offline
history-your-side-stopped-first = Ein Problem auf deiner Seite hat { $services } { $lasted } lang lahmgelegt
history-your-side-stopped = ein Problem auf deiner Seite hat { $services } { $lasted } lang lahmgelegt

## `downbeat serve`'s HTTP answers for people (/api/status's words are the verdict's)

serve-only-get = nur GET und HEAD
serve-no-round-yet = es ist noch keine Prüfrunde gelaufen
serve-index = Downbeat: /metrics (Prometheus), /api/status (die letzte Runde, wie `downbeat check --json`), /healthz
serve-not-found = nicht gefunden: Versuch es mit /metrics, /api/status oder /healthz

## The command line (`downbeat …`): its lines on stderr, after "downbeat: "

cli-error-cause = { $error }: { $cause }
cli-warning = Warnung: { $warning }
cli-note = Hinweis: { $note }
cli-config-error = Konfigurationsfehler
cli-setup-error = Fehler bei der Einrichtung
cli-no-runtime = die asynchrone Laufzeitumgebung lässt sich nicht starten
cli-cannot-write-json = JSON lässt sich nicht schreiben
cli-outside-no-target = kein Dienst hat eine Prüfung, die von außen erreichbar ist (eine öffentliche https://- oder http://-Adresse)

cli-cannot-listen = kann nicht auf { $address } lauschen
cli-serving = stellt http://{ $address }/metrics (Prometheus), /api/status und /healthz bereit
cli-listening-beyond = lauscht über diesen Rechner hinaus ({ $address }): Wer die Adresse erreicht, kann die Ergebnisse lesen
cli-listen-invalid = gib eine IP-Adresse und einen Port an, etwa 127.0.0.1:9767, [::1]:9767 oder 0.0.0.0:9767 (alle Schnittstellen); als Hostname wird nur localhost verstanden
cli-watching = überwacht { $services } { $services ->
        [one] Dienst
       *[other] Dienste
    } und { $baseline } { $baseline ->
        [one] Referenzprüfung
       *[other] Referenzprüfungen
    } alle { $interval } ({ $source }); Strg+C beendet

## `downbeat check`'s output

cli-check-title = Downbeat-Prüfung, { $at } ({ $source })
cli-check-baseline = Deine Verbindung (Referenz)
cli-check-path = Der Weg dieses Computers
cli-status = { $status ->
        [up] erreichbar
        [degraded] eingeschränkt
       *[down] ausgefallen
    }
cli-see-above = { $diagnosis } (siehe oben)
cli-column-check = PRÜFUNG
cli-column-status = STATUS
cli-column-dns = DNS
cli-column-connect = VERBINDEN
cli-column-tls = TLS
cli-column-hello = HELLO
cli-column-ttfb = TTFB
cli-column-transfer = ÜBERTRAGUNG
cli-column-detail = DETAILS

## `downbeat history` and `downbeat export`

cli-history-title = Verlauf seit { $since } ({ $span } bis jetzt)
cli-history-nothing-recorded = Noch nichts aufgezeichnet: `downbeat watch` oder die Desktop-App zeichnet den Verlauf auf.
cli-history-incidents = Vorfälle
cli-history-no-incidents = keine
cli-column-service = DIENST
cli-column-uptime = VERFÜGBAR
cli-column-down = AUSFALL
cli-column-ttfb-p50 = TTFB p50
cli-column-p95 = p95
cli-column-total-p95 = GESAMT p95
cli-latency-ms = { $ms } ms
cli-unverified = { $service } ist nicht verifiziert (insecure = true): { $checks }
cli-history-no-service = kein Dienst namens "{ $name }"; bekannte Dienste: { $count ->
        [0] noch keine
       *[other] { $known }
    }
cli-history-no-service-near = kein Dienst namens "{ $name }" (meintest du "{ $nearest }"? Groß- und Kleinschreibung zählt); bekannte Dienste: { $count ->
        [0] noch keine
       *[other] { $known }
    }
cli-no-data-folder = kein Datenordner auf diesem System (setze DOWNBEAT_DATA_DIR)
cli-history-unreadable = der Verlauf ließ sich nicht lesen
cli-csv-your-connection = (deine Verbindung)
cli-export-nothing-recorded = noch nichts aufgezeichnet: `downbeat watch` oder die Desktop-App zeichnet den Verlauf auf
cli-export-exists = { $path } gibt es schon: Mit --force wird die Datei ersetzt
cli-export-cannot-create = { $path } lässt sich nicht anlegen: { $error }
cli-export-cannot-write = { $path } lässt sich nicht schreiben
cli-export-wrote = { $count } { $count ->
        [one] Ergebnis
       *[other] Ergebnisse
    } geschrieben

cli-since-help = gib eine Zeitspanne wie 24h, 7d oder 1w an, ein Datum wie 2026-11-24 oder today bzw. yesterday
cli-since-invalid-date = ungültiges Datum "{ $value }": { cli-since-help }
cli-since-invalid-time = ungültige Uhrzeit "{ $value }": { cli-since-help }
cli-since-zero = --since { $value } ist gar keine Zeitspanne: { cli-since-help }
cli-since-invalid = ungültiges --since "{ $value }": { cli-since-help }
cli-since-future = --since { $at } liegt in der Zukunft
cli-since-no-such-day = diesen Tag gibt es nicht
cli-since-no-such-date = dieses Datum gibt es nicht

## `downbeat presets` and `downbeat config-path`

cli-preset-unknown = unbekanntes Preset "{ $name }". Bekannte Presets: { $known }
cli-preset-unknown-near = unbekanntes Preset "{ $name }": Meintest du "{ $nearest }"? Bekannte Presets: { $known }
cli-config-path-none = (keine: Das eingebaute Spotify-Preset wird verwendet; lege { $path } an, um das zu ändern)
cli-config-path-none-anywhere = (keine: Das eingebaute Spotify-Preset wird verwendet; lege eine Konfigurationsdatei an, um das zu ändern)
cli-config-path-loads = lädt: { $services } { $services ->
        [one] Dienst
       *[other] Dienste
    }, { $baseline } { $baseline ->
        [one] Referenzprüfung
       *[other] Referenzprüfungen
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

probe-unverified-insecure = { $detail } Nicht verifiziert: Die Zertifikatsprüfung ist für diese Prüfung aus (insecure = true).
probe-unverified-insecure-objection = { $detail } Nicht verifiziert: Die Zertifikatsprüfung ist für diese Prüfung aus (insecure = true), und die Verifizierung wäre gescheitert: { $objection }.
probe-unverified-test-key = { $detail } Nicht verifiziert: Die Antwort wurde gegen einen Testschlüssel (server_key) geprüft, nicht gegen den von Spotify.
probe-dns-via-reference = { $detail } Öffentliches DNS ({ $server }) löst den Namen auf, und über diese Adresse gilt: { $found }
probe-dns-via-reference-address = { $detail } Öffentliches DNS ({ $server }) löst den Namen zu { $address } auf, und über diese Adresse gilt: { $found }
probe-dns-public = öffentliches DNS

## Probes: the check worked (or worked slowly)

probe-ok = { $host } hat in { $took } geantwortet.
probe-slow = { $host } funktioniert, ist aber langsam: { $took } bis zum ersten Byte (langsam ab { $limit }).
probe-tls-expiring = { $host } funktioniert, aber sein Sicherheitszertifikat läuft in { $days } { $days ->
    [one] Tag
   *[other] Tagen
} ab.
probe-after-redirects = { $detail } (nach { $count } { $count ->
    [one] Weiterleitung
   *[other] Weiterleitungen
} ab { $url })
probe-tcp-ok = { $address } hat in { $took } eine Verbindung angenommen.
probe-tcp-slow = { $address } nimmt Verbindungen an, aber langsam ({ $took }).
probe-stream-ok = { $host } hat { $bytes } mit { $rate } geliefert (zum Abspielen nötig: { $needed }).
probe-stream-ok-cut = { $host } hat bis zum Zeitlimit { $bytes } der angefragten { $asked } geliefert, mit { $rate } (zum Abspielen nötig: { $needed }).
probe-stream-too-slow = { $host } liefert { $rate }, weniger als die { $needed }, die zum Abspielen nötig sind ({ $bytes } in { $took }).
probe-stream-too-slow-cut = { $host } liefert { $rate }, weniger als die { $needed }, die zum Abspielen nötig sind ({ $bytes } von { $asked } in { $took } bis zum Zeitlimit).

## Probes: the captive-portal check (a plain web page whose answer is known exactly)

probe-captive-none = { $host } hat wie erwartet geantwortet (HTTP { $status }): keine Anmeldeseite. { $detail }
probe-captive-redirect-to = Statt { $host } kam eine Weiterleitung zu { $location }: Dieses Netzwerk verlangt eine Anmeldung (Captive Portal).
probe-captive-redirect = Statt { $host } kam eine Weiterleitung (HTTP { $status }): Dieses Netzwerk verlangt eine Anmeldung (Captive Portal).
probe-captive-status = { $host } hat mit HTTP { $status } geantwortet, sonst immer mit { $expected }: Dieses Netzwerk verlangt eine Anmeldung (Captive Portal).
probe-captive-page = { $host } hat mit einer fremden Seite geantwortet (erwartet: "{ $expected }"): Dieses Netzwerk verlangt eine Anmeldung (Captive Portal).

## Probes: names (DNS)

probe-dns-sinkhole = Dein DNS hat für { $host } mit { $answer } geantwortet: eine Sperrantwort (ein DNS-Filter), zu der Downbeat nie eine Verbindung aufbaut.
probe-dns-nothing = nichts
probe-dns-not-found = Der Name { $host } wurde nicht gefunden: { $why }.
probe-dns-timeout = Die Abfrage von { $host } blieb { $took } lang ohne Antwort ({ $why }).
probe-dns-failed = Die Abfrage von { $host } ist fehlgeschlagen: { $why }.
probe-dns-nxdomain-agreed = Den Namen { $host } gibt es nicht: Dein DNS und öffentliches DNS ({ $server }) sind sich einig.
probe-dns-nxdomain-by-reference = { $detail } Laut öffentlichem DNS ({ $server }) gibt es den Namen nicht.
probe-dns-reference-failed = { $detail } Auch öffentliches DNS ließ sich nicht fragen ({ $why }).
probe-dns-reference-server-failed = { $server }: { $why }
probe-dns-reference-no-time = es war keine Zeit mehr übrig
probe-dns-reference-not-ip = er ist nicht per IP-Adresse angegeben
probe-dns-reference-status = er hat mit HTTP { $status } geantwortet
probe-dns-reference-too-large = seine Antwort war größer als eine DNS-Nachricht
probe-dns-doh-nxdomain = er hat geantwortet, dass es den Namen nicht gibt (NXDOMAIN)
probe-dns-doh-error = er hat mit einem Fehler geantwortet (Code { $code })
probe-dns-doh-truncated = seine Antwort war abgeschnitten
probe-dns-doh-not-ours = seine Antwort passte nicht zu dieser Anfrage
probe-dns-doh-malformed = seine Antwort war fehlerhaft ({ $what })
probe-dns-no-server = kein DNS-Server eingerichtet
probe-dns-system-silent = der Resolver des Systems hat nicht geantwortet
probe-dns-task-failed = die DNS-Abfrage ist fehlgeschlagen: { $error }
probe-dns-no-addresses = zu dem Namen gibt es keine Adressen
probe-dns-no-such-name = laut DNS gibt es diesen Namen nicht
probe-dns-unreachable = der DNS-Server war nicht erreichbar oder hat nicht geantwortet
probe-dns-no-address-records = den Namen gibt es, aber ohne Adresseinträge
probe-dns-server-failed = DNS-Server { $server }: { $why }
probe-dns-server-tcp-failed = DNS-Server { $server } über TCP: { $why }
probe-dns-no-answer = keine Antwort
probe-dns-malformed = fehlerhafte Antwort ({ $what })
probe-dns-not-our-answer = Antwort auf eine andere Frage
probe-dns-truncated-over-tcp = Antwort selbst über TCP abgeschnitten
probe-dns-malformed-short = kürzer als ein Header
probe-dns-malformed-undecodable = nicht dekodierbar
probe-dns-malformed-no-question = die Antwort nennt keine Frage
probe-dns-server-nxdomain = { $server } hat geantwortet, dass es den Namen nicht gibt (NXDOMAIN)
probe-dns-rcode = { $rcode ->
    [servfail] SERVFAIL: Der DNS-Server konnte keine Antwort beschaffen
    [refused] REFUSED: Der DNS-Server hat die Antwort verweigert
   *[other] der DNS-Server hat mit einem Fehler geantwortet
} ({ $server }, Code { $code })
probe-dns-bad-name = "{ $host }" ist kein Name, den das DNS nachschlagen kann
probe-dns-encode-failed = die Anfrage für { $host } ließ sich nicht kodieren: { $error }

## Probes: connecting (TCP)

probe-url-no-host = { $url } hat keinen Host
probe-connect-no-address = Für { $host } gibt es keine Adresse, mit der sich eine Verbindung aufbauen lässt.
probe-connect-timeout-within = { $host } ({ $addr }) hat innerhalb von { $took } keine Verbindung angenommen.
probe-connect-refused = { $host } ({ $addr }) hat die Verbindung abgelehnt: Auf Port { $port } lauscht nichts.
probe-connect-timeout = { $host } ({ $addr }) hat keine Verbindung angenommen.
probe-connect-reset = { $host } ({ $addr }) hat die Verbindung schon beim Aufbau zurückgesetzt.
probe-connect-no-route = Es gibt keine Route zu { $host } ({ $addr }): { $error }.

## Probes: the secure connection (TLS) and its certificate

probe-tls-bad-name = { $host } ist kein Name, gegen den sich ein Zertifikat prüfen lässt.
probe-tls-timeout = { $host } hat die Verbindung angenommen, aber den sicheren Handshake (TLS) nicht innerhalb von { $took } abgeschlossen.
probe-tls-setup-failed = TLS-Einrichtung fehlgeschlagen: { $error }
probe-tls-expired-on = Das Sicherheitszertifikat von { $host } ist am { $date } abgelaufen, daher verweigern Browser und Apps die Verbindung.
probe-tls-expired = Das Sicherheitszertifikat von { $host } ist abgelaufen, daher verweigern Browser und Apps die Verbindung.
probe-tls-not-yet-valid-until = Das Sicherheitszertifikat von { $host } gilt erst ab dem { $date } (oder die Uhr dieses Computers geht falsch).
probe-tls-not-yet-valid = Das Sicherheitszertifikat von { $host } ist noch nicht gültig (oder die Uhr dieses Computers geht falsch).
probe-tls-wrong-name = Der Server, der für { $host } antwortet, hat ein Zertifikat für einen anderen Namen gezeigt.
probe-tls-untrusted-issuer = Das Sicherheitszertifikat von { $host } stammt von „{ $issuer }“, dem dieser Computer nicht vertraut; vielleicht fängt etwas die Verbindung ab.
probe-tls-untrusted = Das Sicherheitszertifikat von { $host } stammt nicht von einer vertrauenswürdigen Stelle ({ $reason ->
    [unknown-issuer] sein Aussteller ist unbekannt
    [bad-signature] seine Signatur ist ungültig
    [revoked] es wurde widerrufen
    [bad-encoding] es ist fehlerhaft
   *[critical-extension] es hat eine kritische Erweiterung, die kein Client versteht
}); vielleicht fängt etwas die Verbindung ab.
probe-tls-chain-too-long = { $host } hat eine zu lange Zertifikatskette geschickt (mehr Zwischenzertifikate, als irgendein Client akzeptiert).
probe-tls-ca-as-leaf = { $host } zeigt das Zertifikat einer Zertifizierungsstelle als sein eigenes (oft ein selbstsigniertes Zertifikat), und das lehnen Clients ab.
probe-tls-rejected = Das Sicherheitszertifikat von { $host } wurde abgelehnt ({ $error }).
probe-tls-alert = { $host } hat die sichere Verbindung abgelehnt (TLS-Alert: { $alert }).
probe-tls-invalid-handshake = { $host } hat geantwortet, aber nicht mit einem gültigen sicheren Handshake (TLS).
probe-tls-failed = Die sichere Verbindung zu { $host } ist fehlgeschlagen: { $error }.
probe-tls-cut = { $host } hat die Verbindung während des sicheren Handshakes abgebrochen.
probe-tls-closed = { $host } hat die Verbindung während des sicheren Handshakes geschlossen.
probe-tls-ca-no-pem = die Datei enthält kein PEM-Zertifikat
probe-tls-ca-unusable = ein Zertifikat darin taugt nicht als Stammzertifikat: { $error }
probe-tls-ca-not-pem = die Datei ist kein gültiges PEM: { $error }

## Probes: the web request (HTTP)

probe-http-build-failed = die Anfrage ließ sich nicht erstellen: { $error }
probe-http-stalled-before-request = { $host } hat die Verbindung angenommen, hing dann aber { $took } lang, bevor die Anfrage gesendet werden konnte.
probe-http-stalled-without-answer = { $host } hat die Verbindung angenommen, hing dann aber { $took } lang, ohne auf die Anfrage zu antworten.
probe-body-stopped = { $host } hat nach { $bytes } aufgehört zu senden ({ $took } nach Beginn des Downloads).
probe-http-closed-early = { $host } hat die Verbindung geschlossen, bevor die Antwort vollständig war.
probe-http-cut = { $host } hat die Verbindung mitten in der Anfrage abgebrochen.
probe-http-goaway = { $host } hat die HTTP/2-Verbindung ohne Antwort geschlossen (GOAWAY: { $error }).
probe-http-invalid = { $host } hat mit etwas geantwortet, das kein gültiges HTTP ist ({ $error }).
probe-http-failed = Der HTTP-Austausch mit { $host } ist fehlgeschlagen: { $error }.
probe-http-rate-limited = { $host } weist Anfragen ab (HTTP 429: zu viele Anfragen).
probe-http-rate-limited-wait = { $host } weist Anfragen ab (HTTP 429: zu viele Anfragen) und bittet Clients, { $wait } zu warten.
probe-http-unavailable-wait = { $host } meldet sich als vorübergehend nicht verfügbar (HTTP 503) und bittet Clients, { $wait } zu warten.
probe-http-server-error = { $host } antwortet mit einem Serverfehler (HTTP { $status }).
probe-http-unexpected-status = { $host } hat mit HTTP { $status } geantwortet, erwartet war { $expected }.
probe-http-body-missing = { $host } hat geantwortet, aber die Seite enthält "{ $text }" nicht.
probe-redirect-loop = { $host } hat { $count }-mal weitergeleitet, ohne zu antworten (mehr folgt eine Prüfung nicht); zuletzt zu { $url }.
probe-redirect-insecure = { $host } hat zu { $url } weitergeleitet, einer unsicheren Adresse (kein https); Downbeat folgt dem nicht.

## Probes: Downbeat's own requests (the outside view's API, a vendor's status page). Why one
## failed, a phrase after "no answer from Globalping:" and the like.

probe-fetch-encoding = die Antwort kam in einer nicht angefragten Kodierung ({ $encoding })
probe-fetch-too-large-mib = die Antwort war größer als { $mib } MiB
probe-fetch-too-large-kib = die Antwort war größer als { $kib } KiB
probe-fetch-gunzip = die gzip-komprimierte Antwort ließ sich nicht lesen: { $error }

## Probes: Spotify's access points. An access point is the server the Spotify apps connect to
## first; the "hello" is the first message of Spotify's own protocol, and its "challenge" the
## answer a real access point signs. apresolve is the service that lists the access points.

probe-ap-no-time = Kein Access Point ließ sich versuchen, bevor die Zeit der Prüfung abgelaufen war.
probe-ap-port-blocked = Dein Netzwerk blockiert Port { $port } ({ $blocked }); die Apps weichen etwas langsamer auf { $fallback } aus. { $detail }
probe-ap-another = einen anderen Access Point
probe-ap-attempt = { $address }: { $headline }
probe-ap-before-it = { $detail } (Davor: { $attempts }.)
probe-ap-tried-all = { $detail } ({ $count } { $count ->
    [one] Access Point
   *[other] Access Points
} versucht: { $attempts }.)
probe-ap-apresolve-failed = { $detail } apresolve ließ sich nicht nutzen ({ $why }), daher wurde die Ausweichliste versucht.
probe-ap-apresolve-empty = die Liste enthielt keinen Access Point
probe-ap-apresolve-status = { $host } hat mit HTTP { $status } geantwortet
probe-ap-apresolve-too-large = die Antwort von { $host } ist größer als 64 KiB
probe-ap-apresolve-not-json = die Antwort von { $host } ist nicht das erwartete JSON
probe-ap-hello-timeout = { $address } hat die Verbindung angenommen, aber nicht innerhalb von { $took } auf das Hello geantwortet.
probe-ap-closed = { $address } hat die Verbindung { $when ->
    [sending] beim Senden des Hellos
    [waiting] vor der Antwort auf das Hello
   *[answering] mitten in seiner Antwort
} geschlossen.
probe-ap-reset = { $address } hat die Verbindung { $when ->
    [sending] beim Senden des Hellos
    [waiting] vor der Antwort auf das Hello
   *[answering] mitten in seiner Antwort
} zurückgesetzt.
probe-ap-broke-off = { $address } hat die Verbindung { $when ->
    [sending] beim Senden des Hellos
    [waiting] vor der Antwort auf das Hello
   *[answering] mitten in seiner Antwort
} abgebrochen ({ $error }).
probe-ap-http = { $address } hat auf das Hello mit HTTP geantwortet, nicht wie ein Access Point: Ein Webserver, ein Proxy oder ein Portal steht an seiner Stelle.
probe-ap-bad-length = { $address } hat auf das Hello mit etwas geantwortet, das keine Antwort eines Access Points ist (angekündigt: { $bytes } { $bytes ->
    [one] Byte
   *[other] Bytes
}; eine Antwort hat 5 Bytes bis 64 KiB).
probe-ap-unparsable = { $address } hat auf das Hello mit etwas geantwortet, das keine Antwort eines Access Points ist (nicht lesbar).
probe-ap-try-another = { $address } hat den Client gebeten, einen anderen Access Point zu versuchen.
probe-ap-refused = { $address } hat das Hello abgelehnt ({ $code }).
probe-ap-refused-why = { $address } hat das Hello abgelehnt ({ $code }: { $why }).
probe-ap-upgrade = { $address } hat geantwortet, der Client sei zu alt: Downbeats Hello (Client-Build { $build }) ist veraltet. Spotify selbst hat geantwortet, es ist also kein Ausfall; aktualisiere Downbeat.
probe-ap-no-challenge = { $address } hat auf das Hello geantwortet, aber ohne Challenge, ohne Upgrade-Aufforderung und ohne Ablehnung.
probe-ap-signature-invalid = { $address } hat auf das Hello geantwortet, aber sein Schlüsselaustausch ist nicht mit { $key ->
    [test] dem eingestellten server_key
   *[spotify] Spotifys Schlüssel
} signiert: Da hat etwas anderes als ein Access Point von Spotify geantwortet (ein Proxy oder Filter in diesem Netzwerk oder eine Fälschung).
probe-ap-slow = { $address } hat auf das Hello mit einer signierten Challenge geantwortet, aber langsam ({ $took } insgesamt).
probe-ap-ok = { $address } hat auf das Hello in { $hello } mit einer von { $key ->
    [test] dem eingestellten Testschlüssel
   *[spotify] Spotifys Schlüssel
} signierten Challenge geantwortet ({ $took } insgesamt).
probe-ap-random-failed = der Zufallszahlengenerator des Systems ist ausgefallen
probe-ap-group-malformed = die Diffie-Hellman-Gruppe des Hellos ist fehlerhaft
probe-ap-encode-failed = das Hello ließ sich nicht kodieren ({ $error })
probe-ap-too-large = das Hello ist zu groß
probe-ap-addr-not-host-port = "{ $text }" hat nicht die Form host:port
probe-ap-addr-bad-port = "{ $text }" hat keinen gültigen Port
probe-ap-addr-bad-host = "{ $text }" hat keinen gültigen Host
probe-ap-key-no-pem = die Datei enthält keinen PEM-Block
probe-ap-key-unparsable = der öffentliche Schlüssel darin lässt sich nicht lesen ({ $error })
probe-ap-key-not-rsa = der Schlüssel darin ist kein öffentlicher RSA-Schlüssel
probe-ap-key-rsa-unparsable = der RSA-Schlüssel darin lässt sich nicht lesen ({ $error })
probe-ap-key-wrong-block = die Datei enthält einen "{ $label }"-Block, keinen PUBLIC KEY oder RSA PUBLIC KEY
probe-ap-key-too-small = der Modulus des Schlüssels hat { $bits } Bit; Access Points signieren mit 2048

## A round of checks

run-check-lost = Die Prüfung wurde unerwartet beendet.

## The outside view: asking probes elsewhere (Globalping) whether a service fails there too, and
## the provider of this network (RIPEstat). Why the world could not say, shown after "the
## outside view:" and in `downbeat check --outside`.

outside-q-no-probe = kein Messpunkt anderswo konnte etwas sagen
outside-q-too-few = nur { $count } { $count ->
    [one] Messpunkt anderswo konnte etwas sagen, zu wenig
   *[other] Messpunkte anderswo konnten etwas sagen, zu wenige
} für ein Urteil
outside-q-off = ausgeschaltet (outside_view = "")
# Im Dativ: „dein Land, ermittelt aus den Einstellungen“.
outside-q-from-settings = den Einstellungen
outside-q-from-time-zone = der Zeitzone { $zone }
outside-q-rate-limited = das Kontingent bei Globalping ist aufgebraucht
outside-q-rate-limited-until = das Kontingent bei Globalping ist bis { $until } aufgebraucht
outside-q-unreachable = keine Antwort von Globalping: { $why }
outside-q-garbage = die Antwort von Globalping ergab keinen Sinn: { $why }
outside-q-refused = Globalping hat die Anfrage abgelehnt: { $why }
outside-q-unfinished = die Messpunkte wurden nicht rechtzeitig fertig
outside-q-bad-id = eine Mess-ID wie { $id }
outside-q-bad-url = { $url }: { $error }
outside-q-refusal = HTTP { $status }
outside-q-refusal-said = HTTP { $status }: { $said }
outside-q-refusal-said-params = HTTP { $status }: { $said } ({ $params })
outside-q-refusal-params = HTTP { $status }: { $params }
outside-q-param = { $name }: { $why }
outside-q-ripestat-unreachable = keine Antwort von RIPEstat: { $why }
outside-q-ripestat-status = RIPEstat hat mit HTTP { $status } geantwortet
outside-q-ripestat-garbage = die Antwort von RIPEstat ergab keinen Sinn: { $why }
outside-q-ripestat-said = RIPEstat meldete { $status }
outside-q-ripestat-no-network = RIPEstat kennt kein Netz, das { $ip } ankündigt
outside-q-page-bad-address = an die Adresse der Seite lässt sich der Pfad der API nicht anhängen
outside-q-page-status = sie hat mit HTTP { $status } geantwortet
outside-q-page-not-summary = ihre Antwort ist keine Statuspage-Zusammenfassung: { $error }


## Errors: what the engine can fail with, one line each

error-config = { $path }:{ $line }:{ $column }: { $problem }
error-config-read = Konfigurationsdatei { $path } lässt sich nicht lesen: { $reason }
error-ca-file = CA-Datei { $path }: { $reason }
error-no-roots = keine vertrauenswürdigen Stammzertifikate gefunden: Installiere das Paket ca-certificates oder setze ca_file
error-tls = TLS-Einrichtung fehlgeschlagen: { $reason }

## Config errors: where the error is

config-source-builtin = (eingebaute Konfiguration)
config-source-preset = (eingebautes Preset { $name })
config-source-label-builtin = eingebaute Standardwerte (Spotify-Preset)

## Config errors: naming the key

config-key-problem = { $key }: { $problem }

## Config errors: the file's syntax and its keys

config-unknown-key = unbekannter Schlüssel `{ $key }` (hier gültig: { $keys })
config-unknown-key-suggest = unbekannter Schlüssel `{ $key }`: Meintest du `{ $suggestion }`? (hier gültig: { $keys })
config-table-brackets = {"["}{ $name }] muss als [[{ $name }]] geschrieben werden, mit doppelten Klammern: Jedes [[{ $name }]] fügt einer Liste einen Eintrag hinzu
config-table-twice = die Tabelle [{ $name }] ist doppelt angegeben
config-duplicate-key = doppelter Schlüssel `{ $key }`: Er ist in dieser Tabelle schon gesetzt

## Config errors: a value of the wrong type

config-invalid-type = erwartet: { $want }, nicht { $found }{ $hint ->
    [number] {" "}(Zahlen ohne Anführungszeichen schreiben)
    [bool] {" "}(true oder false ohne Anführungszeichen schreiben)
    [quotes] {" "}(in Anführungszeichen setzen)
   *[none] {""}
}
config-want-number = eine ganze Zahl
config-want-bool = true oder false
config-want-text = Text in Anführungszeichen
config-want-list = eine Liste, etwa ["a", "b"]
config-want-table = eine Tabelle
config-want-duration = eine Dauer in Anführungszeichen, etwa "30s"
config-found-text = der Text { $value }
config-found-number = die Zahl { $value }
config-found-table = eine Tabelle
config-found-list = eine Liste
config-unknown-variant = "{ $value }" ist keiner der Werte { $choices }{ $hint ->
    [web] {" "}(eine Webprüfung über HTTP oder HTTPS ist handshake, der Standard)
   *[none] {""}
}

## Config errors: values that check themselves

config-duration-invalid = ungültige Dauer "{ $value }": Schreib sie wie "30s", "2m", "1h", "7d" oder "500ms"
config-duration-no-unit = eine Dauer braucht eine Einheit, in Anführungszeichen: Schreib "{ $n }s" für { $n } { $n ->
    [one] Sekunde
   *[other] Sekunden
}
config-duration-not-whole = eine Dauer braucht eine ganze Zahl und eine Einheit, in Anführungszeichen, etwa "30s" oder "500ms", nicht { $value }
config-duration-range = muss zwischen { $min } und { $max } liegen
config-duration-range-key = { $key } muss zwischen { $min } und { $max } liegen
config-out-of-range = { $value } liegt außerhalb des Bereichs: Der Wert muss zwischen { $min } und { $max } liegen
config-url-no-scheme = ungültige URL "{ $value }": Ihr fehlt ein Schema, etwa "https://{ $host }"
config-url-add-scheme = ungültige URL "{ $value }": Setz https:// an den Anfang, etwa "https://{ $host }"
config-url-invalid = ungültige URL "{ $value }": { $reason }
config-url-reason-empty-host = leerer Host
config-url-reason-idna = ungültiger internationaler Domainname
config-url-reason-port = ungültige Portnummer
config-url-reason-ipv4 = ungültige IPv4-Adresse
config-url-reason-ipv6 = ungültige IPv6-Adresse
config-url-reason-domain-character = ungültiges Zeichen im Domainnamen
config-url-scheme = ungültige URL "{ $value }": Das Schema muss https (oder http) sein, nicht "{ $scheme }"
config-url-no-host = ungültige URL "{ $value }": Sie hat keinen Host
config-doh-https = reference_dns "{ $value }": DNS over HTTPS braucht eine https-URL, etwa "https://1.1.1.1/dns-query"
config-doh-by-ip = reference_dns "{ $value }": Gib den Server per IP-Adresse an, etwa "https://1.1.1.1/dns-query" (ein Name bräuchte genau das DNS, das er prüfen soll)
config-host-invalid = ungültiger Host "{ $value }": Gib einen Namen wie "ap.spotify.com" oder eine IP-Adresse an, ohne Schema und Port
config-dns-server-invalid = ungültiger DNS-Server "{ $value }": Schreib ihn als "ip:port", etwa "1.1.1.1:53" oder "[2606:4700::1111]:53"
config-ip-invalid = ungültige IP-Adresse "{ $value }"
config-status-out-of-range = HTTP-Status { $code } liegt außerhalb des Bereichs: Er muss zwischen 100 und 599 liegen
config-status-invalid = ungültiger Status "{ $value }": Schreib 200, "200-399" oder eine Liste davon
config-expect-status-invalid = ungültiges expect_status: Schreib 200, "200-399" oder eine Liste davon
config-expect-status-empty = expect_status muss mindestens einen Status enthalten
config-country-uk = ungültiges Land "{ $value }": Der ISO-3166-Code des Vereinigten Königreichs ist "GB"
config-country-invalid = ungültiges Land "{ $value }": Schreib einen zweibuchstabigen ISO-3166-Code, etwa "GB" oder "US"
config-language-unknown = unbekannte Sprache "{ $value }": Verfügbar sind { $languages } oder "auto" für die Sprache des Systems

## Config errors: what the file asks for as a whole

config-baseline-duplicate = eine Referenzprüfung namens "{ $name }" ist bereits definiert
config-service-duplicate = ein Dienst namens "{ $name }" ist bereits definiert
config-nothing-to-check = nichts zu prüfen: Die Konfiguration hat weder einen Dienst noch eine Referenzprüfung
config-preset-unknown = unbekanntes Preset "{ $name }": Verfügbar sind { $presets }
config-service-needs-name = jeder [[service]] braucht einen Namen (1 bis 64 Zeichen) oder ein Preset
config-captive-in-service = Prüfung "{ $check }": Eine captive-Prüfung testet dein eigenes Netzwerk und gehört daher in die Referenz ([[baseline]]), nicht zu einem Dienst
config-service-check-duplicate = Dienst "{ $service }" hat bereits eine Prüfung namens "{ $check }"
config-service-no-checks = Dienst "{ $service }" hat keine Prüfungen: Füge [[service.check]]-Einträge oder ein Preset hinzu
config-group-name-length = ein Gruppenname muss 1 bis 64 Zeichen lang sein
config-group-unknown-check = Gruppe "{ $group }": Dienst "{ $service }" hat keine Prüfung namens "{ $check }"
config-group-check-taken = Gruppe "{ $group }": Prüfung "{ $check }" ist bereits in Gruppe "{ $other }"
config-check-name-length = ein Prüfungsname muss 1 bis 64 Zeichen lang sein
config-field-only-for = Prüfung "{ $check }": `{ $field }` gilt nur für Prüfungen vom Typ { $kinds }
config-port-only-for-tcp = Prüfung "{ $check }": `port` gilt nur für Prüfungen vom Typ tcp (schreib den Port in die URL)
config-tcp-needs-host-port = Prüfung "{ $check }": Eine tcp-Prüfung braucht `host` und `port`
config-captive-needs-http = Prüfung "{ $check }": Eine captive-Prüfung braucht eine unverschlüsselte `url` (http://…), denn ein Portal kann sich nur in unverschlüsselten Verkehr einklinken
config-check-needs-url = Prüfung "{ $check }": Eine Prüfung vom Typ { $kind } braucht eine `url`
config-insecure-https-only = Prüfung "{ $check }": `insecure` gilt nur für https-URLs (bei { $scheme } gibt es kein Zertifikat zu überspringen)
config-ap-field = Prüfung "{ $check }": `{ $field }` gilt nicht für eine spotify_ap-Prüfung ({ $why })
config-ap-why-fallback = gib Access Points in `fallback` an
config-ap-why-status = apresolve muss mit 2xx antworten
config-ap-why-body = apresolve muss mit seinem JSON antworten
config-ap-why-downloads = sie lädt nichts herunter
config-ap-why-redirects = Weiterleitungen von apresolve werden nicht verfolgt
config-ap-why-server-key = nutze `server_key` für eine Test-Imitation
config-ap-url-https = Prüfung "{ $check }": Die `url` (apresolve) einer spotify_ap-Prüfung muss https sein
config-ap-default-url = die Standard-URL von apresolve: { $reason }
config-ap-fallback = Prüfung "{ $check }": fallback: { $reason }
config-ap-too-many-fallbacks = Prüfung "{ $check }": Höchstens { $max } Ausweich-Access-Points werden versucht
config-server-key-unreadable = server_key: { $path } lässt sich nicht lesen: { $reason }
config-server-key-unusable = server_key: { $path } ist kein brauchbarer Schlüssel: { $reason }

## Config: warnings and notes at start-up

config-owner-baseline = Referenz
config-warn-server-key = Prüfung "{ $check }" ({ $owner }) hat einen server_key: Access Points werden gegen diesen Testschlüssel geprüft statt gegen den von Spotify, und ihre Ergebnisse werden als nicht verifiziert markiert
config-warn-insecure = Prüfung "{ $check }" ({ $owner }) hat insecure = true: Ihr Zertifikat wird nicht verifiziert, und ihre Ergebnisse werden als nicht verifiziert markiert
config-warn-timeout-one = Prüfung "{ $check }" ({ $owner }) hat ein Timeout ({ $timeout }), das länger ist als das Intervall ({ $interval }): { $then }
config-warn-timeout-every = jede Prüfung hat ein Timeout ({ $timeout }), das länger ist als das Intervall ({ $interval }): { $then }
config-warn-timeout-some = { $count } Prüfungen ({ $checks }) haben ein Timeout ({ $timeout }), das länger ist als das Intervall ({ $interval }): { $then }
config-owner-check = { $owner } "{ $check }"
config-then-watch = { $count ->
    [one] Solange sie hängt, wartet die nächste Runde
   *[other] Solange eine hängt, wartet die nächste Runde
}
config-then-check = { $count ->
    [one] `watch` und die App würden in Verzug geraten, solange sie hängt
   *[other] `watch` und die App würden in Verzug geraten, solange eine hängt
}
config-note-no-services = { $path } enthält keinen [[service]], daher wird das eingebaute Spotify-Preset geprüft (`downbeat presets spotify` zeigt es)
config-note-no-baseline = { $path } enthält keine [[baseline]], daher werden die eingebauten Referenzseiten geprüft (`downbeat presets baseline` zeigt sie)

## The settings page: what it says of a field or a save that fails

config-field-interval = Prüfintervall
config-field-remind-every = Erinnerungsintervall
config-field-url = URL
config-field-name = Name
config-field-expect-status = Erwarteter Status
config-field-preset = Dienst
config-field-country = Land
config-field-language = Sprache
config-form-labelled = { $label }: { $problem }
config-form-broken = { $error }. Korrigiere die Datei zuerst von Hand; die Einstellungen werden nicht darüber gespeichert.
config-form-unreadable = { $path }: { $reason }
config-form-duplicate-service = "{ $name }" ist schon in der Liste
config-form-custom-https = die URL eines eigenen Dienstes muss mit https:// beginnen
config-form-no-services = wähle mindestens einen Dienst zum Überwachen
config-form-cannot-write = { $path } lässt sich nicht schreiben: { $reason }

## The history store: its errors and the writer's status

store-error-database = Verlaufsdatenbank { $path }: { $reason }
store-error-folder = Verlaufsordner { $path }: { $reason }
store-error-query = der Verlauf ließ sich nicht lesen: { $reason }
store-error-export = die CSV-Datei ließ sich nicht schreiben: { $reason }
store-error-too-new = die Verlaufsdatenbank { $path } stammt von einem neueren Downbeat (Schema { $found }, dieses kennt { $known })
store-recovered = die Verlaufsdatenbank war beschädigt ({ $reason }); sie wurde als { $moved_to } aufbewahrt und eine neue angelegt
store-read-only = die Verlaufsdatenbank ist schreibgeschützt: Der Verlauf bleibt im Speicher, bis er geschrieben werden kann
store-disk-full = der Datenträger ist voll: Der Verlauf bleibt im Speicher, bis wieder Platz ist
store-open-failed = { $error }: Der Verlauf bleibt im Speicher, bis er geschrieben werden kann
store-write-failed = der Verlauf ließ sich nicht schreiben: { $reason }
store-maintenance-failed = Wartung des Verlaufs fehlgeschlagen ({ $step }): { $reason }
store-step-closing-stale = veraltete Vorfälle schließen
store-step-ending-open = offene Vorfälle beenden
store-step-rolling-up = zusammenfassen
store-step-rolling-up-trimming = zusammenfassen und kürzen
store-no-data-folder = kein Datenordner auf diesem System: Der Verlauf wird nicht aufgezeichnet (setze DOWNBEAT_DATA_DIR)
store-not-recording = { $error }; es geht ohne Aufzeichnung des Verlaufs weiter


## The tray's menu (the tray app's interface on Linux). Short labels: a tray menu is narrow.

tray-menu-check-now = Jetzt prüfen
tray-menu-pause-minutes = { $minutes } Min. pausieren
tray-menu-pause-hours = { $hours ->
    [one] { $hours } Stunde pausieren
   *[other] { $hours } Stunden pausieren
}
tray-menu-resume = Fortsetzen
tray-menu-history = Verlauf öffnen…
tray-menu-settings = Einstellungen…
tray-menu-settings-file = Einstellungsdatei öffnen
tray-menu-start-at-login = Bei Anmeldung starten
tray-menu-quit = Downbeat beenden

## The settings file the tray creates when "Open settings file" finds none. Each message is one
## comment line at the top of that TOML file (the program adds the "# " before it).

tray-settings-file-title = Downbeat-Einstellungen. Steht hier nichts, läuft das eingebaute Spotify-Preset.
tray-settings-file-reference = Die vollständige Referenz steht in docs/configuration.md; `downbeat presets spotify` gibt das Preset aus.

## Why no program could open the settings file: shown in brackets after the file's path, in the
## notification "No program could open the settings file".

tray-opener-failed = { $program } ist fehlgeschlagen ({ $status })
tray-opener-missing = { $program } ist nicht installiert
tray-opener-error = { $program }: { $error }

## Why the tray app can't start: printed after "downbeat-desktop: " on the terminal, and (on
## Windows, when started without one) in a message box, with its first letter made a capital.

tray-cannot-start = Start nicht möglich: { $error }
tray-no-display = kein Display (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt); `downbeat watch` läuft ohne
tray-config-error = Konfigurationsfehler: { $error }

## What the desktop programs (the tray and the history window) share: start at login. These show
## on the window's settings page when turning "Start at login" on or off fails.

desktop-autostart-not-found = Start bei Anmeldung: Wo ist Downbeat? { $error }
desktop-autostart-failed = Start bei Anmeldung: { $error }
desktop-no-folder = dieses Programm liegt in keinem Ordner


## The history window's program (downbeat-window): what it says when it can't do something

window-app-cannot-open = das Verlaufsfenster lässt sich nicht öffnen: { $error }
window-app-cannot-open-webview2 =
    das Verlaufsfenster lässt sich nicht öffnen: { $error }

    Das Fenster von Downbeat braucht die Microsoft Edge WebView2 Runtime. Windows 10 und 11 haben sie meist schon; falls nicht, installiere sie von https://developer.microsoft.com/microsoft-edge/webview2/ und versuch es noch einmal.
window-app-no-display = kein Display (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt); `downbeat watch` läuft ohne
window-app-no-history = auf diesem System wird kein Verlauf aufgezeichnet (kein Datenordner; setze DOWNBEAT_DATA_DIR)
window-app-nothing-recorded = noch nichts aufgezeichnet
window-app-no-downloads = kein Download- oder Benutzerordner zum Speichern
window-app-no-config-path = kein Konfigurationsordner auf diesem System (setze DOWNBEAT_CONFIG)
window-app-write-failed = { $path }: { $reason }

## The history window's page: the header

ui-verdict-checking = Wird geprüft…
ui-check-now = Jetzt prüfen
ui-export = CSV exportieren
ui-open-settings = Einstellungen
ui-exported = { $path } gespeichert
ui-export-failed = Export fehlgeschlagen: { $error }

## The history window's page: the current state ("Now")

ui-now-heading = Jetzt
ui-connection = Deine Verbindung
ui-groups-label = { $service } nach Client
ui-group-label = { $group }: { $state }
ui-group-state-up = erreichbar
ui-group-state-degraded = eingeschränkt
ui-group-state-down = ausgefallen
ui-group-state-unknown = unbekannt
ui-places-label = { $service } von anderswo gesehen
ui-check-via = über { $address }
ui-badge-unverified = nicht verifiziert
ui-check-unverified-title = Für diese Prüfung ist die Verifizierung aus: insecure = true oder ein server_key zum Testen

## The history window's page: uptime

ui-uptime-heading = Verfügbarkeit
ui-uptime-legend = Legende
ui-legend-up = erreichbar
ui-legend-degraded = eingeschränkt
ui-legend-down = ausgefallen
ui-legend-offline = deine Seite (offline, kein DNS, …)
ui-legend-no-data = keine Daten
ui-uptime-nothing = Noch nichts aufgezeichnet.
ui-uptime-unverified-title = Zertifikatsprüfung ist aus für: { $checks }
ui-uptime-window-24h = 24 Std.
ui-uptime-window-7d = 7 Tage
ui-uptime-window-30d = 30 Tage
ui-uptime-bars-24h = { $service } in den letzten 24 Stunden
ui-uptime-bars-7d = { $service } in den letzten 7 Tagen
ui-uptime-bars-30d = { $service } in den letzten 30 Tagen

## The history window's page: the latency chart

ui-latency-title-24h = Latenz, letzte 24 Std.
ui-latency-title-hour = Latenz, letzte Stunde
ui-latency-unit-median = (Median pro Phase, ms)
ui-latency-unit-round = (jede Runde, pro Phase, ms)
ui-latency-service = Dienst
ui-latency-empty = Noch keine Messungen.
ui-latency-too-few = Noch nicht genug Daten für ein Diagramm: Es erscheint nach ein paar Runden. Die letzte Messung steht oben unter jeder Prüfung.
ui-latency-phase-dns = dns
ui-latency-phase-connect = verbinden
ui-latency-phase-tls = tls
ui-latency-phase-hello = hello
ui-latency-phase-ttfb = ttfb
ui-latency-phase-transfer = übertragen
ui-latency-p95 = gesamt p95
ui-latency-time = Zeit

## The history window's page: incidents

ui-incidents-heading = Vorfälle, letzte 30 Tage
ui-incidents-started = Beginn
ui-incidents-lasted = Dauer
ui-incidents-what = Was
ui-incidents-why = Warum
ui-incidents-side = Ursache

## The history window's page: what went wrong in the page itself

ui-problem-history = Verlauf: { $error }
ui-problem-start = Das Fenster konnte nicht starten: { $error }
ui-problem-load = { $file } konnte nicht geladen werden
ui-problem-script = Skriptfehler: { $error } ({ $place })
ui-problem-csp = Von der Content Security Policy blockiert: { $directive } { $address }

## The settings page

ui-settings-heading = Einstellungen
ui-settings-path = ({ $path })
ui-settings-broken = Diese Seite kann die Einstellungen nicht anzeigen, solange ihre Datei (oben genannt) einen Fehler hat. Korrigiere sie in einem Texteditor: Downbeat lädt sie neu, sobald sie sich laden lässt.
ui-settings-services = Überwachte Dienste
ui-settings-add-service = Dienst hinzufügen
ui-settings-add = Hinzufügen
ui-settings-service-other = (in der Konfigurationsdatei festgelegt)
ui-settings-edit = Bearbeiten
ui-settings-remove = Entfernen
ui-settings-edit-label = { $service } bearbeiten
ui-settings-remove-label = { $service } entfernen
ui-settings-service-error = { $service }: { $error }
ui-settings-some-service-error = Ein Dienst: { $error }
ui-settings-custom = Eigenen HTTPS-Dienst hinzufügen
ui-settings-custom-name = Name
ui-settings-custom-url = URL
ui-settings-custom-status = Erwarteter Status
ui-settings-custom-add = Diesen Dienst hinzufügen
ui-settings-custom-incomplete = ein eigener Dienst braucht einen Namen und eine URL
ui-settings-checks = Prüfungen
ui-settings-interval = Prüfintervall
ui-settings-interval-hint = z. B. 30s, 1m, 5m
ui-settings-baseline = Auch meine eigene Verbindung prüfen, damit Downbeat erkennt, auf wessen Seite ein Problem liegt
ui-settings-autostart = Downbeat bei der Anmeldung starten
ui-settings-theme = Darstellung
ui-settings-theme-system = Wie das System
ui-settings-theme-light = Hell
ui-settings-theme-dark = Dunkel
ui-settings-language = Sprache
ui-settings-language-auto = Wie das System
ui-settings-notify = Benachrichtige mich, wenn
ui-settings-notify-down = ein Dienst ausfällt
ui-settings-notify-recovered = er wieder da ist
ui-settings-notify-degraded = er langsam oder eingeschränkt ist
ui-settings-notify-offline = meine eigene Verbindung ein Problem hat (offline, Anmeldeseite, DNS)
ui-settings-remind = erinnere mich, solange ein Dienst ausgefallen bleibt, alle
ui-settings-remind-every = Erinnerungsintervall
ui-settings-outside = Für alle ausgefallen oder nur bei dir?
ui-settings-elsewhere = Wenn ein Dienst ausfällt, meine Verbindung aber funktioniert, Messpunkte anderswo (Globalping) fragen, ob er dort auch ausfällt
ui-settings-provider = Dann ermitteln, bei welchem Internetanbieter dieses Netzwerk ist (RIPEstat), und auch Messpunkte in dessen Netz fragen, um meinen Internetanbieter von meinem Zuhause zu unterscheiden
ui-settings-country = Mein Land
ui-settings-country-placeholder = DE
ui-settings-country-hint = zwei Buchstaben; leer: aus der Zeitzone
ui-settings-token = Globalping-Token
ui-settings-token-hint = optional, für ein größeres Kontingent
ui-settings-outside-note = Was gesendet wird: Host, Port und Pfad der fehlschlagenden Prüfung. Nichts, solange alles läuft oder du offline bist.
ui-settings-save = Speichern
ui-settings-close = Zurück zum Verlauf
ui-settings-saving = Wird gespeichert…
ui-settings-saved = Gespeichert. Die nächste Runde prüft mit den neuen Einstellungen.

## The built-in presets' words (presets/*.toml)

preset-apple_music-advice = Heruntergeladene Musik läuft weiter.
preset-deezer-advice = Heruntergeladene Musik läuft im Offline-Modus weiter (mit einem bezahlten Abo).
preset-soundcloud-advice = Für offline gespeicherte Titel (mit Go) laufen weiter.
preset-spotify-advice = Heruntergeladene Musik läuft im Offline-Modus weiter.
preset-tidal-advice = Heruntergeladene Musik läuft im Offline-Modus weiter.
preset-youtube_music-advice = Downloads in der App laufen offline weiter (mit YouTube Music Premium).
preset-spotify-group-the-spotify-apps = die Spotify-Apps
preset-spotify-group-the-web-player = der Web-Player
preset-spotify-group-login = die Anmeldung

## This computer's path, as `check` lists it when something failed (view::path_lines).
## $family: "IPv4" or "IPv6"; $interface: a network interface ("eth0", "wlan0", "wg0"); $router:
## the router's address; $took: how long asking took; $port: a TCP port number.

path-route-router = { $family } läuft über { $interface } zum Router { $router }.
path-route-tunnel = { $family } läuft durch den Tunnel { $interface }.
path-route-direct = { $family } läuft über { $interface }.
path-route-none = Keine { $family }-Route.
path-link-down = { $interface } ist ausgefallen.
path-link-no-address = { $interface } hat keine { $family }-Adresse.
path-router-echo = Der Router hat in { $took } auf eine Echo-Anfrage geantwortet.
path-router-tcp = Der Router hat in { $took } auf TCP-Port { $port } geantwortet.
path-router-silent = Der Router hat innerhalb von { $took } nicht geantwortet.
path-router-unreachable = Der Router war nicht erreichbar: Dieser Computer hat keinen Weg zu ihm.
