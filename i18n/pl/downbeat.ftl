# Komunikaty Downbeat po polsku (Polish). Forma: nieformalne „ty”.

## The language itself

language-name = Polski

## Numbers, times, dates and lists: how this language writes them

number-decimal = ,
unit-ms = { $n } ms
unit-seconds = { $n } s
span-s = { $s } s
span-min = { $min } min
span-h = { $h } godz.
span-h-min = { $h } godz. { $min } min
span-d = { $d } { $d ->
    [one] dzień
    [few] dni
    [many] dni
   *[other] dnia
}
span-d-h = { $d } { $d ->
    [one] dzień
    [few] dni
    [many] dni
   *[other] dnia
} { $h } godz.
# Skróty miesięcy (CLDR, format skrócony): „7 gru”.
month-short = { $month ->
    [1] sty
    [2] lut
    [3] mar
    [4] kwi
    [5] maj
    [6] cze
    [7] lip
    [8] sie
    [9] wrz
    [10] paź
    [11] lis
   *[12] gru
}
# „7 gru”
date-day-month = { $day } { $month }
# „7 gru 2026”
date-day-month-year = { $day } { $month } { $year }
# „7 gru, 14:05”
date-time = { $date }, { $time }
# „14:05”
time-hm = { $hh }:{ $mm }
# „14:05:09”
time-hms = { $hh }:{ $mm }:{ $ss }
list-comma = {", "}
list-and = { $first } i { $last }
list-or = { $first } lub { $last }

## Causes: what is behind a verdict, and whose side it is on

cause-headline-none = wszystko w porządku
cause-headline-service = serwis ma awarię
cause-headline-offline = jesteś offline
cause-headline-no-network = ten komputer nie jest połączony z żadną siecią
cause-headline-router-down = twój router ({ $router }) nie odpowiada
cause-headline-line-down = twój router ({ $router }) odpowiada, ale łącze za nim nie
cause-headline-vpn-down = twój VPN ({ $interface }) nic nie przepuszcza
cause-headline-ipv6-broken = IPv6 nie działa w tej sieci, IPv4 tak
cause-headline-ipv4-broken = { $via ->
        [vpn] twój VPN ({ $interface }) nie przepuszcza IPv4, IPv6 tak
       *[other] IPv4 nie działa w tej sieci, IPv6 tak
    }
cause-headline-dns-resolver-down = twój serwer DNS nie odpowiada
cause-headline-dns-filtered = DNS twojej sieci go blokuje
cause-headline-captive-portal = ta sieć wymaga zalogowania
cause-headline-slow-connection = twoje połączenie jest wolne
cause-headline-port-blocked = twoja sieć blokuje jego preferowany port
cause-headline-downbeat-outdated = Downbeat jest nieaktualny
cause-headline-network-path = nie działa tylko z twojej sieci
cause-headline-provider = nie działa w sieci twojego operatora
cause-headline-clock-wrong = zegar twojego komputera jest źle ustawiony
cause-headline-tls-intercepted = coś przechwytuje szyfrowane połączenia
cause-headline-dns-unconfirmed = twój DNS twierdzi, że jego nazwa nie istnieje

cause-state-word-offline = offline
cause-state-word-no-network = offline
cause-state-word-router-down = offline
cause-state-word-line-down = offline
cause-state-word-vpn-down = offline
cause-state-word-ipv6-broken = awaria IPv6
cause-state-word-ipv4-broken = awaria IPv4
cause-state-word-dns-resolver-down = brak DNS
cause-state-word-dns-filtered = zablokowany
cause-state-word-captive-portal = wymaga logowania
cause-state-word-slow-connection = wolne łącze
cause-state-word-port-blocked = port zablokowany
cause-state-word-downbeat-outdated = zaktualizuj Downbeat
cause-state-word-network-path = nie z tej sieci
cause-state-word-provider = twój operator
cause-state-word-clock-wrong = zły zegar
cause-state-word-tls-intercepted = przechwytywany
cause-state-word-dns-unconfirmed = DNS nie zna nazwy

cause-line-offline = Jesteś offline: to po twojej stronie, nie serwisów
cause-line-no-network = Ten komputer nie jest połączony z żadną siecią: to po twojej stronie, nie serwisów
cause-line-router-down = Twój router ({ $router }) nie odpowiada: to po twojej stronie, nie serwisów
cause-line-line-down = Twój router ({ $router }) odpowiada, ale dalej już nic: winne jest twoje łącze, nie serwisy
cause-line-vpn-down = Twój VPN ({ $interface }) nic nie przepuszcza: to po twojej stronie, nie serwisów
cause-line-ipv6-broken = IPv6 nie działa w tej sieci: zacinają się aplikacje, które próbują go najpierw
cause-line-ipv4-broken = { $via ->
        [vpn] Twój VPN ({ $interface }) nie przepuszcza IPv4: strony bez IPv6 są nieosiągalne
       *[other] IPv4 nie działa w tej sieci: strony bez IPv6 są nieosiągalne
    }
cause-line-dns-resolver-down = Serwer DNS nie odpowiada: zrestartuj router lub zmień DNS
cause-line-dns-filtered = Twoja sieć blokuje { $service }: spróbuj innej sieci
cause-line-captive-portal = Ta sieć Wi-Fi wymaga zalogowania: otwórz przeglądarkę
cause-line-slow-connection = Masz wolne łącze: zwalnia wszystko, nie tylko { $service }
cause-line-port-blocked = Sieć blokuje port { $service }: aplikacje używają innego
cause-line-downbeat-outdated = Downbeat jest nieaktualny dla { $service }: zaktualizuj go
cause-line-network-path = { $service } działa wszędzie poza twoją siecią: spróbuj innej
cause-line-provider = { $service } nie działa u twojego operatora: to jego wina
cause-line-clock-wrong = U ciebie: zły zegar, szyfrowane połączenia zawodzą
cause-line-tls-intercepted = Coś przechwytuje szyfrowane połączenia: ta sieć lub komputer
cause-line-dns-unconfirmed = Twój DNS nie zna { $service }: ta sieć może go filtrować

cause-advice-service = To po ich stronie: restart routera nic nie da.
cause-advice-offline = Sprawdź Wi-Fi, router lub VPN.
cause-advice-no-network = Włącz Wi-Fi lub podłącz kabel.
cause-advice-router-down = Zrestartuj router lub podejdź bliżej routera Wi-Fi.
cause-advice-line-down = Jeden restart routera może pomóc; jeśli nie pomoże, winny jest twój operator, a kolejny krok to jego strona statusu lub infolinia.
cause-advice-vpn-down = Połącz się ponownie z VPN lub go wyłącz.
cause-advice-ipv6-broken = Zrestartuj router; jeśli problem nie zniknie, wyłącz IPv6 na tym komputerze lub zapytaj operatora.
cause-advice-ipv4-broken = { $via ->
        [vpn] Połącz się ponownie z VPN lub go wyłącz.
       *[other] Zrestartuj router; jeśli problem nie zniknie, winny jest twój operator (jego brama IPv4), a kolejny krok to jego strona statusu lub infolinia.
    }
cause-advice-dns-resolver-down = Zrestartuj router lub zmień DNS (na przykład na 1.1.1.1).
cause-advice-dns-filtered = Spróbuj innej sieci albo zapytaj osobę, która nią zarządza.
cause-advice-captive-portal = Otwórz przeglądarkę i zaloguj się.
cause-advice-slow-connection = Podejdź bliżej routera Wi-Fi, wstrzymaj inne pobierania lub zrestartuj router.
cause-advice-port-blocked = Nic nie musisz robić, dopóki aplikacje się łączą; jeśli przestaną, zapytaj osobę, która zarządza tą siecią.
cause-advice-downbeat-outdated = Zaktualizuj Downbeat: jego powitanie dla punktów dostępowych jest nieaktualne.
cause-advice-network-path = Spróbuj innej sieci (np. hotspotu w telefonie); jeśli tam działa, winna jest ta sieć albo twój operator.
cause-advice-provider = Restart routera nic nie da, ale telefon na danych komórkowych tak. Zgłoś to operatorowi.
cause-advice-clock-wrong = Włącz automatyczne ustawianie czasu w ustawieniach systemu.
cause-advice-tls-intercepted = Zwykle to sieć firmowa, ochrona WWW antywirusa albo filtr; jeśli nie ufasz tej sieci, przestań z niej korzystać.
cause-advice-dns-unconfirmed = Spróbuj innej sieci lub innego DNS; jeśli tam działa, ta sieć go filtruje.

## Diagnoses: why a check came out the way it did

diagnosis-ok = wszystko dobrze
diagnosis-slow = odpowiada powoli
diagnosis-dns-nxdomain = nie da się rozwiązać nazwy
diagnosis-dns-failure = błąd zapytania DNS
diagnosis-tcp-refused = połączenie odrzucone
diagnosis-tcp-timeout = przekroczony czas połączenia
diagnosis-network-unreachable = sieć nieosiągalna
diagnosis-connection-reset = połączenie zresetowane
diagnosis-tls-handshake-failed = błąd szyfrowanego połączenia
diagnosis-tls-cert-expired = certyfikat TLS wygasł
diagnosis-tls-cert-not-yet-valid = certyfikat TLS jeszcze nieważny
diagnosis-tls-cert-untrusted = niezaufany certyfikat TLS
diagnosis-tls-hostname-mismatch = certyfikat TLS dla innej nazwy
diagnosis-tls-cert-expiring = certyfikat TLS wkrótce wygaśnie
diagnosis-http-server-error = błąd serwera
diagnosis-http-rate-limited = za dużo zapytań
diagnosis-http-unexpected-status = nieoczekiwany status HTTP
diagnosis-http-unexpected-body = nieoczekiwana treść strony
diagnosis-http-redirect-loop = za dużo przekierowań
diagnosis-protocol-error = serwer nie odpowiada po HTTP
diagnosis-timeout = przestał odpowiadać
diagnosis-stream-too-slow = za wolne strumieniowanie
diagnosis-dns-blocked = DNS twojej sieci go blokuje
diagnosis-captive-portal = odpowiedziała strona logowania (captive portal)
diagnosis-ap-signature-invalid = uzgadnianie nie jest podpisane przez Spotify
diagnosis-ap-handshake-failed = uzgadnianie z punktem dostępowym zawodzi
diagnosis-ap-upgrade-required = wymaga nowszej wersji Downbeat
diagnosis-ap-port-blocked = twoja sieć blokuje jego preferowany port


## Lines: the one-line summaries every front end shows (src/view/lines.rs): the tray's first
## line and the window's headline (the verdict line), a service's line, the user's connection's
## line, and the config's lines.

# Słowo stanu, używane jak etykieta: „Spotify: awaria”, „Spotify: działa -> awaria”.
line-state = { $state ->
    [up] działa
    [degraded] zakłócenia
    [down] awaria
    [offline] offline
   *[unknown] stan nieznany
}

line-them-connection-fine = To po ich stronie: twoje połączenie działa.
line-them = To po ich stronie.

line-checking = Sprawdzam…

line-paused-until = Wstrzymano do { $time }
line-paused-until-resumed = Wstrzymano do wznowienia

line-all-well = Wszystko w porządku
line-all-up = { $count ->
    [2] Oba serwisy działają
    [one] Serwis działa
    [few] Wszystkie serwisy działają ({ $count })
    [many] Wszystkie serwisy działają ({ $count })
   *[other] Wszystkie serwisy działają ({ $count })
}
line-some-up = Działające serwisy: { $up } z { $count }; sprawdzam pozostałe

line-your-services = twoje serwisy

## The verdict line when a service itself fails (it's them).

# $place: nazwa kraju w mianowniku (lub kod), stąd nawias.
line-verdict-them = { $scope ->
    [everywhere] { $service }: { $state } u wszystkich – to po ich stronie
    [region] { $service }: { $state } w twoim kraju ({ $place }) – to po ich stronie
   *[here] { $service }: { $state } – to po ich stronie
}
line-verdict-them-why = { $scope ->
    [everywhere] { $service }: { $state } u wszystkich ({ $why }) – to po ich stronie
    [region] { $service }: { $state } w twoim kraju ({ $place }; { $why }) – to po ich stronie
   *[here] { $service }: { $state } ({ $why }) – to po ich stronie
}
line-why-for = od { $span }
line-why-diagnosis-for = { $diagnosis }, od { $span }
line-verdict-them-many = { $count ->
    [one] { $services }: { $state ->
    [degraded] zakłócenia
   *[down] awaria
} – to po ich stronie
    [few] Serwisy { $services }: { $state ->
    [degraded] zakłócenia
   *[down] awaria
} – to po ich stronie
    [many] Serwisy { $services }: { $state ->
    [degraded] zakłócenia
   *[down] awaria
} – to po ich stronie
   *[other] Serwisy { $services }: { $state ->
    [degraded] zakłócenia
   *[down] awaria
} – to po ich stronie
}

## The tray menu's first line: whose side, short (44 characters at most; longer is cut).

line-tray-offline = U ciebie: jesteś offline
line-tray-no-network = U ciebie: brak sieci (Wi-Fi lub kabel)
line-tray-router-down = U ciebie: router { $router } nie odpowiada
line-tray-line-down = Wina łącza: router { $router } działa
line-tray-vpn-down = U ciebie: VPN { $interface } nic nie przepuszcza
line-tray-ipv6-broken = U ciebie: IPv6 nie działa, IPv4 tak
line-tray-ipv4-broken = { $via ->
        [vpn] U ciebie: VPN { $interface } nie przepuszcza IPv4
       *[other] U ciebie: IPv4 nie działa, IPv6 tak
    }
line-tray-dns-resolver-down = U ciebie: serwer DNS nie odpowiada
line-tray-captive-portal = U ciebie: ta sieć Wi-Fi wymaga logowania
line-tray-slow-connection = U ciebie: wolne połączenie
line-tray-clock-wrong = U ciebie: zły zegar w komputerze
line-tray-tls-intercepted = U ciebie: coś przechwytuje połączenia
line-tray-dns-filtered = U ciebie: sieć blokuje { $services }
line-tray-port-blocked = U ciebie: { $services } – zablokowany port
line-tray-downbeat-outdated = U ciebie: Downbeat wymaga aktualizacji
line-tray-network-path = U ciebie: { $services } { $count ->
    [one] nie działa
    [few] nie działają
    [many] nie działają
   *[other] nie działają
} tylko tutaj
line-tray-provider = U ciebie: { $services } – wina operatora
line-tray-dns-unconfirmed = { $count ->
    [one] U ciebie: DNS nie zna nazwy { $services }
    [few] U ciebie: DNS nie zna { $services }
    [many] U ciebie: DNS nie zna { $services }
   *[other] U ciebie: DNS nie zna { $services }
}
line-tray-them = U nich: { $service } – { $state }
line-tray-them-many = U nich: { $count } { $count ->
    [one] serwis
    [few] serwisy
    [many] serwisów
   *[other] serwisu
} – { $state ->
    [degraded] zakłócenia
   *[down] awaria
}

## A service's line: the tray menu's line per service, and the verdict line for a single
## service. Optional parts are added one message at a time: each takes the line so far as
## $line and adds to it.

line-service-state = { $service }: { $state }
line-service-word = { $service }: { $word }
line-service-word-why = { $service }: { $word }, { $headline }
line-service-checking = { $service }: sprawdzam…
line-service-groups = { $line } ({ $groups })
line-service-diagnosis = { $line }, { $diagnosis }
line-service-for = { $line }, od { $span }
line-service-unverified = { $line } (bez weryfikacji)
line-tray-service-for = { $line }, { $span }
line-tray-service-paused = { $service }: nie sprawdzam (pauza)

## The user's connection's line: "Your connection: fine (3 of 3 sites answer)". The window's
## connection card shows the part after the label alone.

line-connection = Twoje połączenie: { $detail }
line-connection-not-checked = niesprawdzane
line-connection-baseline-off = niesprawdzane (testy referencyjne wyłączone)
line-connection-paused = niesprawdzane podczas pauzy
line-connection-checking = sprawdzam…
line-connection-fine = w porządku
line-connection-sites = { $state } (odpowiada { $answered } z { $sites } { $sites ->
    [one] strony
    [few] stron
    [many] stron
   *[other] strony
})
line-tray-connection-sites = { $state } (strony: { $answered }/{ $sites })
line-tray-connection-paused = niesprawdzane (pauza)

## The config's lines: the tray, the window, `watch` and `serve`.

line-config-error = Błąd konfiguracji: { $error }
line-tray-config-error-in = Błąd konfiguracji w { $place }
line-config-kept = Błąd konfiguracji: { $error }. Downbeat nadal sprawdza według ostatnich ustawień, które udało się wczytać; wczyta plik ponownie, gdy tylko go poprawisz.
line-config-not-reloaded = nie wczytano ponownie konfiguracji: { $error }; nadal działa ostatnia poprawnie wczytana konfiguracja
line-config-reloaded = wczytano ponownie konfigurację z { $path }: { $changes }
line-config-reloaded-nothing = wczytano ponownie konfigurację z { $path }: bez zmian w tym, co jest sprawdzane
line-config-reloaded-added = dodano: { $services }
line-config-reloaded-removed = usunięto: { $services }
line-config-reloaded-changed = zmieniono: { $services }
line-config-reloaded-baseline = zmieniono testy referencyjne
line-config-reloaded-settings = zmieniono ustawienia: { $keys }
line-clause-separator = {"; "}

## `watch`'s line per transition: "Spotify: up -> down (login: server error; blame: them,
## cause: service)". Each part after the first takes the line so far as $line.

line-transition = { $who }: { $from } -> { $to }
line-your-connection = twoje połączenie
line-transition-check = { $line } ({ $check }: { $diagnosis }; strona: { $blame }, przyczyna: { $cause })
line-transition-diagnosis = { $line } ({ $diagnosis }; strona: { $blame }, przyczyna: { $cause })
line-transition-after = { $line } po { $span }
line-transition-detail = { $line }. { $detail }

## The history window (src/view/window.rs): its headline, the connection card and the
## services' cards.

window-not-checking = Downbeat niczego nie sprawdza: zobacz problem poniżej
window-checking = sprawdzam…
window-checked = sprawdzono o { $time }
window-shared-failure-all = Wszystkie testy ({ $count }) kończą się tym samym błędem: { $diagnosis }.
window-shared-failure = { $count } { $count ->
    [one] test kończy się
    [few] testy kończą się
    [many] testów kończy się
   *[other] testu kończy się
} tym samym błędem: { $diagnosis }.
window-shared-failure-example = { $check }: { $detail }

## A service's card.

window-badge = { $glyph } { $word }
window-badge-paused = ‖ pauza
window-badge-checking = – sprawdzam
window-card-paused-until = Pauza: do { $time } nie sprawdzam { $service }.
window-card-paused = Pauza: nie sprawdzam { $service }, dopóki nie wznowisz.
window-card-offline-merged = Nie da się tego ocenić, gdy jesteś offline.
window-card-offline = Jesteś offline, więc nie da się ocenić tego serwisu: to po twojej stronie, nie po ich.
window-card-you = To po twojej stronie, nie po stronie { $service }. { $advice }
window-card-up = Działa normalnie.
window-card-check = { $check }: { $diagnosis }.
window-since = Od { $when }.
window-chip = { $phase } { $time }
window-chip-failed = { $phase } ✕
phase-name = { $phase ->
    [dns] dns
    [connect] połączenie
    [tls] tls
    [hello] hello
    [ttfb] ttfb
   *[transfer] transfer
}
window-outside-place = { $works ->
    [yes] ✓
   *[no] ✕
} { $city }, { $country } ({ $network })

## The outside view (src/view/outside.rs, src/model/outside.rs): what probes elsewhere (in
## other places and networks) saw of a failing service, on its card, in `check`'s note and in
## `check --outside`'s listing.

outside-no-answer = brak odpowiedzi
# Kraj pojawia się zawsze w nawiasie po „w twoim kraju”, więc tu sam kod lub słowo „nieznany”.
outside-your-country-code = { $code }
outside-your-country = nieznany
# Dopełniacz: „w sieci twojego operatora”, „zgłoś to do twojego operatora”.
outside-your-provider = twojego operatora

## A failing service's card: "Seen from elsewhere: …".

outside-line-everywhere = Widziane z innych miejsc: nie działa też w { $failing } z { $probes } { $probes ->
    [one] miejsca
    [few] miejsc
    [many] miejsc
   *[other] miejsca
}, w { $countries } { $countries ->
    [one] kraju
    [few] krajach
    [many] krajach
   *[other] kraju
}.
outside-line-region = Widziane z innych miejsc: nie działa w { $failing } z { $probes } { $probes ->
    [one] miejsca
    [few] miejsc
    [many] miejsc
   *[other] miejsca
} w twoim kraju ({ $country }), a działa w { $elsewhere } { $elsewhere ->
    [one] miejscu
    [few] miejscach
    [many] miejscach
   *[other] miejsca
} gdzie indziej.
outside-line-partial = Widziane z innych miejsc: nie działa w { $failing } z { $probes } { $probes ->
    [one] miejsca
    [few] miejsc
    [many] miejsc
   *[other] miejsca
}, a w pozostałych działa.
outside-line-only-here = Widziane z innych miejsc: działa w { $working } z { $probes } { $probes ->
    [one] miejsca
    [few] miejsc
    [many] miejsc
   *[other] miejsca
}, więc problem leży na trasie z twojej sieci.
outside-line-provider = Widziane z innych miejsc: nie działa w sieci { $provider } ({ $failing } z { $probes } { $probes ->
    [one] miejsca
    [few] miejsc
    [many] miejsc
   *[other] miejsca
}), a w innych sieciach działa ({ $working } z { $others }).
outside-line-unknown = Nie sprawdzono z innych miejsc: { $error }.

## `check`'s note on the outside view.

outside-note = Zapytano { $probes } { $probes ->
    [one] sondę
    [few] sondy
    [many] sond
   *[other] sondy
} w innych miejscach, w tym { $in_country } w twoim kraju ({ $country }).
# $from: dopełniacz („ustawień”, „strefy czasowej Europe/Warsaw”).
outside-country-from = { $country }, według { $from }
outside-country-unknown = nieznany: twoja strefa czasowa go nie wskazuje; ustaw country w [settings]
outside-could-not-say = Sondy w innych miejscach nie dały odpowiedzi: { $error }.

## The user's provider, when the service fails only from here or on the provider's network.

outside-provider-sentence = { $service } nie działa w sieci { $provider } również { $reach ->
    [country] w innych miejscach w twoim kraju ({ $country })
   *[world] w innych miejscach
}, a w innych sieciach działa: to wina operatora, nie { $service } i nie twojego domu. Restart routera nic nie da, ale telefon na danych komórkowych tak. Zgłoś to do { $provider }.
outside-provider-works = W sieci { $provider } działa też w innych miejscach ({ $probes } z { $probes }): winne jest to połączenie, nie twój operator.
outside-provider-no-probe = Żadna sonda nie była w sieci { $provider }, więc Downbeat nie mógł odróżnić problemu operatora od problemu w twoim domu.
outside-provider-unknown = Downbeat nie ustalił twojego operatora ({ $error }), więc nie mógł odróżnić problemu operatora od problemu w twoim domu.

## `check --outside`'s listing.

outside-listing-asked = Poproszono sondy w innych miejscach o połączenie z { $host } ({ $service }).
outside-listing-provider = Twój operator: { $provider } (AS{ $asn }).
outside-listing-provider-unknown = Twój operator: nieznany ({ $error }).
outside-listing-provider-not-asked = Twój operator: nie sprawdzano.
outside-listing-place = { $works ->
    [yes] ✓ działa
   *[no] ✕ nie działa
} { $city }, { $country }: { $network } (AS{ $asn }){ $yours ->
    [yes] {" "}(twój operator)
   *[no] {""}
}
outside-listing-everywhere = { $service } nie działa z większości miejsc: awaria u wszystkich.
outside-listing-region = { $service } nie działa w twoim kraju ({ $country }), a gdzie indziej działa.
outside-listing-partial = { $service } nie działa z części miejsc, a z innych działa.
outside-listing-only-here = { $service } działa ze wszystkich sprawdzonych miejsc.

## A vendor's status page, beside what Downbeat saw: "Spotify's status page: Partial System
## Outage: 'Playback failures' (investigating since 09:58)".

outside-page-unread = Nie udało się odczytać strony statusu { $service }: { $error }.
outside-page-no-incident = Strona statusu { $service } nie zgłasza jeszcze żadnego incydentu.
outside-page-says = Strona statusu { $service }: { $what }.
outside-page-a-problem = problem, bez nazwanego incydentu
outside-page-partial-outage = Częściowa awaria systemu
outside-page-head-components = { $head } — { $components }
outside-page-components-more = { $components } i jeszcze { $more }
outside-page-component = { $component }: { $status ->
    [degraded_performance] obniżona wydajność
    [partial_outage] częściowa awaria
    [major_outage] poważna awaria
    [under_maintenance] prace konserwacyjne
   *[other] { $status_text }
}
outside-incident-status = { $status ->
    [investigating] analiza
    [identified] przyczyna ustalona
    [monitoring] obserwacja
    [resolved] rozwiązany
    [postmortem] podsumowanie
   *[other] { $status }
}
outside-incident = „{ $incident }” ({ $status })
outside-incident-since = „{ $incident }” ({ $status } od { $when })
outside-incidents-more = { $incident } i jeszcze { $more }
outside-page-incident = Strona statusu { $service }: { $incident }.
outside-page-incident-head = Strona statusu { $service }: { $head }: { $incident }.
outside-page-incident-head-components = Strona statusu { $service }: { $head }; { $incident }.

## Groups (src/model/group.rs): a service's checks gathered by what they serve, in one
## sentence that says which are hit and which still work, on the window's card and in the
## notifications: "The Spotify apps can't connect (access point: the access point handshake
## fails); the web player and login work." The first letter is made a capital after.

group-down = { $group }: brak połączenia
group-degraded = { $group } { $plural ->
    [yes] działają
   *[no] działa
} z zakłóceniami
group-because = { $clause } ({ $check }: { $diagnosis })
group-and-then = { $first }; { $next }
group-sentence = { $hit }.
group-sentence-fine = { $hit }; { $fine } { $count ->
    [one] { $plural ->
        [yes] działają
       *[no] działa
    }
    [few] działają
    [many] działają
   *[other] działają
}.


## States: the one word for how a check, a service or the connection stands

state-unknown = stan nieznany
state-up = działa
state-degraded = zakłócenia
state-down = awaria
state-offline = offline

## Notifications: pieces several of them share

notify-some-check = jeden z testów
notify-some-check-start = Jeden z testów
notify-unverified = (Bez weryfikacji: test { $check } ma wyłączoną weryfikację.)
notify-unverified-unnamed = (Bez weryfikacji: ten test ma wyłączoną weryfikację.)
notify-check-works-again = { $check } znowu działa.

## Notifications: a service goes down, is degraded, and comes back

notify-down-title = { $service } nie działa
notify-degraded-title = { $service } działa z zakłóceniami
notify-back-title = { $service } znowu działa
notify-back-to-normal-title = { $service } działa już normalnie
notify-reminder-title = { $service } nadal nie działa
notify-down-failing = { $check_start } nie działa: { $diagnosis }.
notify-down-no-help = Ponowne logowanie ani restart routera nic nie dadzą.
notify-degraded-failing = { $check_start }: { $diagnosis }.
notify-back-body = Awaria trwała { $span } ({ $check }: { $diagnosis }).
notify-back-failing = błąd
notify-back-still-slow = Nadal działa wolniej niż zwykle.
notify-back-to-normal-body = Zakłócenia trwały { $span }.
notify-back-to-normal-body-unmeasured = Znowu działa normalnie.
notify-reminder-body = Awaria trwa już { $span } ({ $check }: { $diagnosis }).

## Notifications: a service's trouble that is on the user's side

notify-dns-filtered-title = Twoja sieć blokuje { $service }
notify-dns-filtered-body = Jej DNS nie podaje adresu { $service } ({ $check }), a publiczny DNS tak: to twoja sieć go blokuje. { $advice }
notify-dns-filtered-over-title = Koniec blokady { $service }
notify-dns-filtered-over-body = DNS twojej sieci blokował go przez { $span }.
notify-dns-filtered-over-body-unmeasured = DNS twojej sieci już go nie blokuje.
notify-port-blocked-title = Twoja sieć blokuje preferowany port { $service }
notify-port-blocked-body = { $detail } Winna jest twoja sieć, nie { $service }. { $advice }
notify-port-blocked-over-title = Preferowany port { $service } znowu działa
notify-port-blocked-over-body = Twoja sieć blokowała go przez { $span }.
notify-port-blocked-over-body-unmeasured = Twoja sieć już go nie blokuje.
notify-outdated-title = Downbeat jest nieaktualny
notify-outdated-body = { $service } odpowiada ({ $check }), ale wymaga nowszego klienta: to przestarzałe powitanie Downbeat, a nie awaria. { $advice }
notify-outdated-over-title = Punkt dostępowy { $service } znowu akceptuje Downbeat
notify-intercepted-service-title = Coś przechwytuje szyfrowane połączenia { $service }
notify-intercepted-service-body = { $seen } Aplikacje { $service } odrzucają takie połączenia. Winna jest ta sieć lub ten komputer, nie { $service }. { $advice }
notify-intercepted-service-over-title = Szyfrowane połączenia { $service } nie są już przechwytywane
notify-intercepted-service-over-body = Były przechwytywane przez { $span }.
notify-dns-unconfirmed-title = Twój DNS twierdzi, że { $service } nie istnieje
notify-dns-unconfirmed-body = Twierdzi tak tylko DNS tej sieci ({ $check }), a neutralnego DNS nie dało się zapytać; ta sieć może go filtrować. Nie liczy się to jako awaria { $service }. { $advice }
notify-dns-unconfirmed-over-title = Nazwa { $service } znowu się rozwiązuje
notify-dns-unconfirmed-over-body = Twój DNS przez { $span } twierdził, że nie istnieje.

## Notifications: the user's side (no service named)

notify-offline-title = Jesteś offline
notify-offline-body-site = Żadna ze stron referencyjnych nie odpowiada ({ $site }: { $diagnosis }). To po twojej stronie, nie serwisów: sprawdź router, Wi-Fi lub VPN.
notify-offline-body = Żadna ze stron referencyjnych nie odpowiada ({ $diagnosis }). To po twojej stronie, nie serwisów: sprawdź router, Wi-Fi lub VPN.
notify-online-title = Znowu jesteś online
notify-online-body = Połączenie nie działało przez { $span }.
notify-online-body-unmeasured = Połączenie znowu działa.
notify-no-network-title = Brak sieci
notify-no-network-body = Ten komputer nie jest połączony z żadną siecią, więc nie da się z niczym połączyć. To po twojej stronie, nie serwisów. { $advice }
notify-router-down-title = Twój router nie odpowiada
notify-router-down-body = Twój router ({ $router }) nie odpowiada, więc nie da się z niczym połączyć. To po twojej stronie, nie serwisów. { $advice }
notify-line-down-title = Twoje łącze internetowe nie działa
notify-line-down-body = Twój router ({ $router }) odpowiada, ale dalej już nic: łącze do operatora nie działa. To nie wina serwisów. { $advice }
notify-vpn-down-title = Twój VPN nic nie przepuszcza
notify-vpn-down-body = Cały ruch idzie przez twój VPN ({ $interface }), a nic przez niego nie przechodzi. To po twojej stronie, nie serwisów. { $advice }
notify-ipv6-broken-title = IPv6 nie działa w tej sieci
notify-ipv6-broken-body = Aplikacje, które najpierw próbują IPv6, zacinają się, zanim przejdą na IPv4; serwisy odpowiadające przez IPv4 nie mają awarii. { $advice }
notify-ipv4-broken-title = { $via ->
        [vpn] Twój VPN ({ $interface }) nie przepuszcza IPv4
       *[other] IPv4 nie działa w tej sieci
    }
notify-ipv4-broken-body = Serwisy bez adresu IPv6 są nieosiągalne i to nie ich wina; te, które go mają, nadal działają. { $advice }
notify-network-back-title = Znowu połączono z siecią
notify-network-back-body = Ten komputer nie był połączony z siecią przez { $span }.
notify-network-back-body-unmeasured = Ten komputer znowu jest połączony z siecią.
notify-router-back-title = Twój router znowu odpowiada
notify-router-back-body = Nie odpowiadał przez { $span }.
notify-router-back-body-unmeasured = Połączenie znowu działa.
notify-line-back-title = Twoje łącze internetowe znowu działa
notify-line-back-body = Łącze za routerem nie działało przez { $span }.
notify-line-back-body-unmeasured = Łącze za routerem znowu działa.
notify-vpn-back-title = Twój VPN znowu działa
notify-vpn-back-body = Nie przepuszczał niczego przez { $span }.
notify-vpn-back-body-unmeasured = Ruch znowu przechodzi przez twój VPN.
notify-ipv6-back-title = IPv6 znowu działa
notify-ipv6-back-body = Awaria trwała { $span }.
notify-ipv6-back-body-unmeasured = IPv6 znowu działa w tej sieci.
notify-ipv4-back-title = IPv4 znowu działa
notify-ipv4-back-body = Awaria trwała { $span }.
notify-ipv4-back-body-unmeasured = IPv4 znowu działa w tej sieci.
notify-captive-portal-title = Ta sieć Wi-Fi wymaga zalogowania
notify-captive-portal-location = Przekierowuje cię na { $location }.
notify-captive-portal-body = Dopóki się nie zalogujesz, nic innego nie zadziała – i to nie wina serwisów. { $advice }
notify-signed-in-title = Zalogowano do sieci
notify-signed-in-body = Strona logowania tej sieci zniknęła po { $span }.
notify-signed-in-body-unmeasured = Strona logowania tej sieci zniknęła.
notify-dns-down-title = Twój serwer DNS nie odpowiada
notify-dns-down-body = Sam internet działa: publiczny DNS odpowiada. To po twojej stronie, nie serwisów. { $advice }
notify-dns-back-title = Twój DNS znowu działa
notify-dns-back-body = Twój serwer DNS nie odpowiadał przez { $span }.
notify-dns-back-body-unmeasured = Twój serwer DNS znowu odpowiada.
notify-clock-wrong-title = Zegar twojego komputera jest źle ustawiony
notify-clock-wrong-body = Przez to każde szyfrowane połączenie zawodzi. To po twojej stronie, nie serwisów. { $advice }
notify-clock-right-title = Zegar twojego komputera znowu pokazuje dobry czas
notify-clock-right-body = Szyfrowane połączenia znowu działają; nie działały przez { $span }.
notify-clock-right-body-unmeasured = Szyfrowane połączenia znowu działają.
notify-intercepted-title = Coś przechwytuje szyfrowane połączenia
notify-intercepted-unknown-issuer = Certyfikat każdej strony wystawił urząd certyfikacji, któremu nikt nie ufa.
notify-intercepted-body = Winna jest ta sieć lub ten komputer, nie serwisy. { $advice }
notify-intercepted-over-title = Szyfrowane połączenia nie są już przechwytywane
notify-intercepted-over-body = Po { $span } strony znów pokazują własne certyfikaty.
notify-intercepted-over-body-unmeasured = Strony znów pokazują własne certyfikaty.
notify-slow-title = Twoje połączenie jest wolne
notify-slow-body = Wolne jest wszystko, nie tylko serwisy: { $detail } { $advice }
notify-fast-title = Twoje połączenie znowu jest szybkie
notify-fast-body = Było wolne przez { $span }.
notify-fast-body-unmeasured = Znowu jest wystarczająco szybkie.

## Notifications: what the world and the vendor's status page say (updates to an alert)

notify-everywhere-title = { $service } nie działa u nikogo
notify-everywhere-body = Nie działa w { $failing } z { $probes } { $probes ->
        [one] miejsca sprawdzonego
        [few] miejsc sprawdzonych
        [many] miejsc sprawdzonych
       *[other] miejsca sprawdzonego
    } przez Downbeat, w { $countries } { $countries ->
        [one] kraju
        [few] krajach
        [many] krajach
       *[other] kraju
    }: to po ich stronie, nie twojej.
notify-region-title = { $service } nie działa w twoim kraju ({ $country })
notify-region-body = Nie działa tam w { $failing } z { $probes } { $probes ->
        [one] miejsca
        [few] miejsc
        [many] miejsc
       *[other] miejsca
    }, a działa w { $elsewhere } { $elsewhere ->
        [one] miejscu
        [few] miejscach
        [many] miejscach
       *[other] miejsca
    } gdzie indziej: to po ich stronie, nie twojej.
notify-only-here-title = { $service } działa gdzie indziej, ale nie z twojej sieci
notify-only-here-body = Działa w { $working } z { $probes } { $probes ->
        [one] miejsca sprawdzonego
        [few] miejsc sprawdzonych
        [many] miejsc sprawdzonych
       *[other] miejsca sprawdzonego
    } przez Downbeat. { $advice }
notify-provider-title = { $service } nie działa w sieci twojego operatora
notify-status-page-title = Strona statusu { $service } potwierdza problem
notify-status-page-body = { $line } To po ich stronie, nie twojej.

## Notifications: Downbeat itself

notify-welcome-title = Downbeat czuwa
notify-welcome-body = Downbeat sprawdza { $count ->
        [0] na razie nic
        [one] { $services }
        [few] { $services }
        [many] { $services }
       *[other] { $services }
    } i da ci znać, gdy coś przestanie działać – oraz po czyjej stronie jest problem. Historia i ustawienia są w menu w zasobniku (ikona Downbeat).
notify-config-error-title = Downbeat niczego nie sprawdza
notify-config-error-body = Nie da się wczytać pliku ustawień: { $error }. Popraw go w edytorze tekstu (Otwórz plik ustawień w menu w zasobniku): Downbeat zacznie sprawdzać, gdy tylko plik się wczyta.
notify-cannot-open-title = Żaden program nie otworzył pliku ustawień
notify-cannot-open-body = Plik jest tutaj: { $path } ({ $why }). Otwórz go w edytorze tekstu: Downbeat wczyta go ponownie, gdy tylko go zapiszesz.

## Secure connections: a wrong clock, interception, a name only this network says is missing

secure-clock-earlier = { $unit ->
        [days] { $count ->
            [one] { $count } dzień wcześniej
            [few] { $count } dni wcześniej
            [many] { $count } dni wcześniej
           *[other] { $count } dnia wcześniej
        }
        [hours] { $count ->
            [one] { $count } godzinę wcześniej
            [few] { $count } godziny wcześniej
            [many] { $count } godzin wcześniej
           *[other] { $count } godziny wcześniej
        }
       *[minutes] { $count ->
            [one] { $count } minutę wcześniej
            [few] { $count } minuty wcześniej
            [many] { $count } minut wcześniej
           *[other] { $count } minuty wcześniej
        }
    }
secure-clock-later = { $unit ->
        [days] { $count ->
            [one] { $count } dzień później
            [few] { $count } dni później
            [many] { $count } dni później
           *[other] { $count } dnia później
        }
        [hours] { $count ->
            [one] { $count } godzinę później
            [few] { $count } godziny później
            [many] { $count } godzin później
           *[other] { $count } godziny później
        }
       *[minutes] { $count ->
            [one] { $count } minutę później
            [few] { $count } minuty później
            [many] { $count } minut później
           *[other] { $count } minuty później
        }
    }
secure-clock-times = { $source ->
        [until] pokazuje { $says }, ale certyfikaty wszystkich stron były ważne tylko do { $when } (co najmniej { $gap })
        [from] pokazuje { $says }, ale certyfikaty wszystkich stron są ważne dopiero od { $when } (co najmniej { $gap })
       *[date] pokazuje { $says }, a strony podają { $when } ({ $gap })
    }
secure-clock-times-sentence = { $source ->
        [until] Pokazuje { $says }, ale certyfikaty wszystkich stron były ważne tylko do { $when } (co najmniej { $gap }).
        [from] Pokazuje { $says }, ale certyfikaty wszystkich stron są ważne dopiero od { $when } (co najmniej { $gap }).
       *[date] Pokazuje { $says }, a strony podają { $when } ({ $gap }).
    }
secure-clock-wrong = Zegar twojego komputera jest źle ustawiony: { $times }.
secure-clock-consequence = Przez to każde szyfrowane połączenie zawodzi.
secure-clock-consequence-service = Przez to zawodzi każde szyfrowane połączenie, także do { $service }.
secure-issued = { $whose ->
        [service] certyfikat { $service } wystawił „{ $issuer }”, a nie zaufany urząd certyfikacji (certyfikaty innych stron są zaufane).
        [all-and-service] certyfikat każdej strony, także { $service }, wystawił „{ $issuer }”, a nie zaufany urząd certyfikacji.
        [all-here] certyfikat każdej strony wystawił „{ $issuer }”, a nie zaufany urząd certyfikacji (certyfikaty innych stron są zaufane).
       *[all] certyfikat każdej strony wystawił „{ $issuer }”, a nie zaufany urząd certyfikacji.
    }
secure-issued-start = { $whose ->
        [service] Certyfikat { $service } wystawił „{ $issuer }”, a nie zaufany urząd certyfikacji (certyfikaty innych stron są zaufane).
        [all-and-service] Certyfikat każdej strony, także { $service }, wystawił „{ $issuer }”, a nie zaufany urząd certyfikacji.
        [all-here] Certyfikat każdej strony wystawił „{ $issuer }”, a nie zaufany urząd certyfikacji (certyfikaty innych stron są zaufane).
       *[all] Certyfikat każdej strony wystawił „{ $issuer }”, a nie zaufany urząd certyfikacji.
    }
secure-refused-service = Aplikacje { $service } odrzucają takie połączenia.
secure-refused = Aplikacje odrzucają takie połączenia.
secure-intercepted = Coś w tej sieci lub na tym komputerze przechwytuje szyfrowane połączenia: { $issued } { $refused }
secure-dns-unconfirmed = Twój DNS twierdzi, że nazwa { $service } nie istnieje ({ $host }), a { $unconfirmed }
secure-dns-unconfirmed-no-host = Twój DNS twierdzi, że nazwa { $service } nie istnieje, a { $unconfirmed }
secure-unconfirmed = neutralnego DNS nie dało się zapytać; ta sieć może go filtrować.
secure-unconfirmed-off = nie ustawiono neutralnego DNS, który mógłby to potwierdzić (reference_dns); ta sieć może go filtrować.
secure-thin-clock = Żadna inna strona nie podała czasu, więc Downbeat nie może sprawdzić zegara tego komputera; jeśli jest źle ustawiony, to by to wyjaśniało.
secure-thin-untrusted = Jego certyfikat wystawił „{ $issuer }”, któremu ten komputer nie ufa; bez zaufanej strony do porównania Downbeat nie odróżni przechwytywania połączenia od źle skonfigurowanego serwera.


## The verdict: `downbeat check`'s last line, the window's heading, /api/status's "summary"
## Each is one or more sentences; the summary is them one after another, then the cause's advice.

verdict-offline = Jesteś offline: { $why }. To po twojej stronie, nie serwisów.
verdict-no-network = Ten komputer nie jest połączony z żadną siecią, więc { $why }. To po twojej stronie, nie serwisów.
verdict-router-down = Twój router ({ $router }) nie odpowiada, więc { $why }. To po twojej stronie, nie serwisów.
verdict-line-down = Twój router ({ $router }) odpowiada, ale dalej już nic: łącze do operatora nie działa, więc { $why }. To nie wina serwisów.
verdict-vpn-down = Cały ruch idzie przez twój VPN ({ $interface }), a nic przez niego nie przechodzi, więc { $why }. To po twojej stronie, nie serwisów.
verdict-baseline-site-unreachable = nie udało się połączyć ze stroną referencyjną ({ $site }): { $diagnosis }
verdict-baseline-sites-unreachable-alike = nie udało się połączyć z żadną z { $count } stron referencyjnych; w każdym przypadku: { $diagnosis }
verdict-baseline-sites-unreachable = nie udało się połączyć z żadną z { $count } stron referencyjnych ({ $each })
verdict-baseline-site-failed = { $site }: { $diagnosis }
verdict-baseline-separator = {"; "}

verdict-all-up = { $count ->
        [1] { $service } działa.
        [2] Oba serwisy działają.
        [one] { $service } działa.
        [few] Wszystkie serwisy działają ({ $count }).
        [many] Wszystkie serwisy działają ({ $count }).
       *[other] Wszystkie serwisy działają ({ $count }).
    }

verdict-portal-sign-in = Ta sieć Wi-Fi wymaga zalogowania.
verdict-portal-sign-in-at = Ta sieć Wi-Fi wymaga zalogowania na stronie { $page }.
verdict-portal-until = { $count ->
        [1] Do tego czasu { $service } nie może się połączyć i to nie wina { $service }.
        [one] Do tego czasu { $service } nie może się połączyć i to nie wina { $service }.
        [few] Do tego czasu twoje serwisy nie mogą się połączyć i to nie ich wina.
        [many] Do tego czasu twoje serwisy nie mogą się połączyć i to nie ich wina.
       *[other] Do tego czasu twoje serwisy nie mogą się połączyć i to nie ich wina.
    }

verdict-dns-resolver-down = Twój serwer DNS nie odpowiada; sam internet działa (publiczny DNS odpowiada{ $via ->
        [failing] ; { $service } również ma awarię ({ $diagnosis })
        [through] , a { $service } odpowiada przez niego
       *[none] {""}
    }).
verdict-dns-filtered = Twoja sieć blokuje { $service }: { $how }, ale publiczny DNS podaje prawidłowy adres{ $via ->
        [failing] ; { $service } również ma awarię ({ $diagnosis })
        [through] , a { $service } odpowiada przez niego
       *[none] {""}
    }.
verdict-dns-sinkhole = jej DNS odpowiada { $address } (blokada) dla { $host }
verdict-dns-unresolved = jej DNS nie rozwiązuje { $host }
verdict-dns-unresolved-it = jej DNS go nie rozwiązuje

verdict-port-blocked = { $service } działa przez połączenie zapasowe.
verdict-downbeat-outdated = Punkt dostępowy { $service } wymaga nowszego klienta: powitanie Downbeat jest nieaktualne. { $service } odpowiada, więc to nie jest awaria.

verdict-slow-everywhere = Wolne jest całe twoje połączenie, nie tylko { $service }.
verdict-slow-everywhere-measured = Wolne jest całe twoje połączenie ({ $speed }), nie tylko { $service }.
verdict-slow-everywhere-compared = Wolne jest całe twoje połączenie ({ $speed }), nie tylko { $service }: { $service } przesyła { $own }, a neutralne pobieranie { $base }.
verdict-slowness-first-byte = neutralna strona odpowiedziała po { $ms } ms

verdict-service-state = { $service } { $status ->
        [down] nie działa
        [degraded] działa z zakłóceniami
       *[other] działa
    }.
verdict-service-failing = { $service } { $status ->
        [down] nie działa
        [degraded] działa z zakłóceniami
       *[other] działa
    }: { $diagnosis } ({ $check }).
verdict-also-theirs = Poza tym: { $failures } { $count ->
        [1] To problem po ich stronie, nie po twojej.
       *[other] To problemy po ich stronie, nie po twojej.
    }

## The verdict's note on the user's own connection, when nothing on their side explains it

verdict-no-baseline = Twoje połączenie nie było sprawdzane (nie skonfigurowano testów referencyjnych).
verdict-baseline-blocked = { $count ->
        [1] Strony referencyjne są nieosiągalne, ale { $service } odpowiada: twoja sieć może je blokować.
        [one] Strony referencyjne są nieosiągalne, ale { $service } odpowiada: twoja sieć może je blokować.
        [few] Strony referencyjne są nieosiągalne, ale serwisy odpowiadają: twoja sieć może je blokować.
        [many] Strony referencyjne są nieosiągalne, ale serwisy odpowiadają: twoja sieć może je blokować.
       *[other] Strony referencyjne są nieosiągalne, ale serwisy odpowiadają: twoja sieć może je blokować.
    }
verdict-portal-lets-through = Ta sieć ma stronę logowania (captive portal), ale przepuszcza ten ruch.
verdict-portal-lets-through-at = Ta sieć ma stronę logowania (captive portal pod adresem { $page }), ale przepuszcza ten ruch.
verdict-clock-secure-sites-fail = Przez to szyfrowane strony nie działają.
verdict-connection-slow = Twoje połączenie jest wolne ({ $speed }), ale do tego wystarcza.
verdict-connection-ipv6-broken = IPv6 nie działa w tej sieci, IPv4 tak: aplikacje, które najpierw próbują IPv6, zacinają się, zanim przejdą na IPv4.
verdict-connection-ipv4-broken = { $via ->
        [vpn] Twój VPN ({ $interface }) nie przepuszcza IPv4, IPv6 tak: strony bez adresu IPv6 są nieosiągalne.
       *[other] IPv4 nie działa w tej sieci, IPv6 tak: strony bez adresu IPv6 są nieosiągalne.
    }
# Serwis osiągalny tylko przez rodzinę adresów, która tu nie działa. $service: jego nazwa.
verdict-ipv6-broken-service = IPv6 nie działa w tej sieci, a { $service } ma tylko adres IPv6, więc połączenie jest niemożliwe. To po twojej stronie, nie po stronie { $service }.
verdict-ipv4-broken-service = { $via ->
        [vpn] Twój VPN ({ $interface }) nie przepuszcza IPv4, a { $service } nie ma adresu IPv6, więc połączenie jest niemożliwe. To po twojej stronie, nie po stronie { $service }.
       *[other] IPv4 nie działa w tej sieci, a { $service } nie ma adresu IPv6, więc połączenie jest niemożliwe. To po twojej stronie, nie po stronie { $service }.
    }
verdict-connection-fine = Twoje połączenie jest w porządku.

## The verdict with what probes elsewhere in the world said (the outside view)

verdict-outside-everywhere = { $service } nie działa u nikogo: awaria w { $failing } z { $probes } { $probes ->
        [one] sprawdzonego miejsca
        [few] sprawdzonych miejsc
        [many] sprawdzonych miejsc
       *[other] sprawdzonego miejsca
    }, w { $countries } { $countries ->
        [one] kraju
        [few] krajach
        [many] krajach
       *[other] kraju
    }.
verdict-outside-region = { $service } nie działa w twoim kraju ({ $country }): awaria w { $failing } z { $probes } { $probes ->
        [one] tamtejszego miejsca
        [few] tamtejszych miejsc
        [many] tamtejszych miejsc
       *[other] tamtejszego miejsca
    }, a działa w { $elsewhere } { $elsewhere ->
        [one] miejscu
        [few] miejscach
        [many] miejscach
       *[other] miejsca
    } gdzie indziej.
verdict-outside-partial = { $service } nie działa w { $failing } z { $probes } { $probes ->
        [one] sprawdzonego miejsca
        [few] sprawdzonych miejsc
        [many] sprawdzonych miejsc
       *[other] sprawdzonego miejsca
    }, a w pozostałych działa: to nie jest awaria wszędzie.
verdict-outside-only-here = { $service } działa w { $working } z { $probes } { $probes ->
        [one] miejsca
        [few] miejsc
        [many] miejsc
       *[other] miejsca
    }, ale nie z twojej sieci.
verdict-outside-only-here-in-country = { $service } działa w { $working } z { $probes } { $probes ->
        [one] miejsca
        [few] miejsc
        [many] miejsc
       *[other] miejsca
    }, w tym w { $in_country } w twoim kraju ({ $country }), ale nie z twojej sieci.
verdict-provider-advice = Restart routera nic nie da, ale telefon na danych komórkowych tak. Zgłoś to do { $provider }.

## The history: `downbeat history`'s report and the window's 24 h / 7 d / 30 d

history-no-data = brak danych
history-uptime = { $pct }%
history-uptime-under-100 = poniżej 100%

history-bar-title = { $when }: { $counts }
history-bar-count = { $kind ->
        [up] działa
        [degraded] zakłócenia
        [down] awaria
       *[your-side] po twojej stronie (offline, brak DNS, …)
    }: { $count }

history-nothing-checked = Nic nie jest sprawdzane, więc nic nie jest zapisywane.
history-no-incidents = Brak incydentów w ostatnich 30 dniach.

## An incident, as the window's list and `downbeat history` say it

history-incident = { $service }: { $state ->
        [down] awaria
        [degraded] zakłócenia
       *[other] { $state }
    }
history-incident-everywhere = { $service }: { $state ->
        [down] awaria
        [degraded] zakłócenia
       *[other] { $state }
    } u wszystkich
history-incident-region = { $service }: { $state ->
        [down] awaria
        [degraded] zakłócenia
       *[other] { $state }
    } w twoim kraju
history-incident-why = { $check }: { $diagnosis }
history-side = { $blame ->
        [you] twoja
       *[other] ich
    }
history-incident-line = { $what } – { $lasted } ({ $why }; { $blame ->
        [you] po twojej stronie
       *[other] po ich stronie
    })

history-lasted = { $watched }
history-lasted-ongoing = { $watched }, trwa
history-lasted-unwatched = { $watched } obserwacji; przez { $unwatched } z tego Downbeat nie obserwował
history-lasted-unwatched-ongoing = { $watched } obserwacji, trwa; przez { $unwatched } z tego Downbeat nie obserwował

history-your-services = twoje serwisy
history-offline = { $tense ->
        [ongoing] Jesteś offline
       *[past] Nie było internetu
    }
history-no-network = { $tense ->
        [ongoing] Brak sieci
       *[past] Nie było sieci
    }
history-router-down = { $tense ->
        [ongoing] Twój router nie odpowiada
       *[past] Twój router nie odpowiadał
    }
history-line-down = { $tense ->
        [ongoing] Twoje łącze internetowe nie działa
       *[past] Twoje łącze internetowe nie działało
    }
history-vpn-down = { $tense ->
        [ongoing] Twój VPN nic nie przepuszcza
       *[past] Twój VPN nic nie przepuszczał
    }
history-ipv6-broken = { $tense ->
        [ongoing] Trwa awaria IPv6
       *[past] Awaria IPv6
    }
history-ipv4-broken = { $tense ->
        [ongoing] Trwa awaria IPv4
       *[past] Awaria IPv4
    }
history-captive-portal = Wymagane logowanie do Wi-Fi
history-dns-resolver-down = { $tense ->
        [ongoing] Twój serwer DNS nie odpowiada
       *[past] Twój serwer DNS nie odpowiadał
    }
history-dns-filtered = { $tense ->
        [ongoing] DNS twojej sieci blokuje { $service }
       *[past] DNS twojej sieci blokował { $service }
    }
history-slow-connection = { $tense ->
        [ongoing] Twoje połączenie jest wolne
       *[past] Twoje połączenie było wolne
    }
history-port-blocked = { $tense ->
        [ongoing] Twoja sieć blokuje preferowany port ({ $service })
       *[past] Twoja sieć blokowała preferowany port ({ $service })
    }
history-port-blocked-all = { $tense ->
        [ongoing] Twoja sieć blokuje preferowany port twoich serwisów
       *[past] Twoja sieć blokowała preferowany port twoich serwisów
    }
history-downbeat-outdated = { $tense ->
        [ongoing] Downbeat jest nieaktualny
       *[past] Downbeat był nieaktualny
    }
history-provider = { $tense ->
        [ongoing] { $service }: nie działa w sieci twojego operatora
       *[past] { $service }: awaria w sieci twojego operatora
    }
history-network-path = { $tense ->
        [ongoing] { $service }: nie działa tylko z twojej sieci
       *[past] { $service }: awaria tylko z twojej sieci
    }
history-clock-wrong = { $tense ->
        [ongoing] Zegar twojego komputera jest źle ustawiony
       *[past] Zegar twojego komputera był źle ustawiony
    }
history-tls-intercepted = { $tense ->
        [ongoing] Coś przechwytuje szyfrowane połączenia
       *[past] Coś przechwytywało szyfrowane połączenia
    }
history-dns-unconfirmed = { $tense ->
        [ongoing] Twój DNS twierdzi, że nie istnieje: { $service }
       *[past] Twój DNS twierdził, że nie istnieje: { $service }
    }
history-service-failing = { $tense ->
        [ongoing] { $service }: trwa awaria
       *[past] { $service }: awaria
    }

## The report's time on the user's side: one sentence under `downbeat history`'s table

history-your-side = { $parts }; { $count ->
        [one] nie wlicza się to do awarii żadnego serwisu
        [few] nic z tego nie wlicza się do awarii serwisów
        [many] nic z tego nie wlicza się do awarii serwisów
       *[other] nic z tego nie wlicza się do awarii serwisów
    }.
history-your-side-offline = Brak internetu przez { $lasted }
history-your-side-stopped-first = Problem po twojej stronie blokował { $services } przez { $lasted }
history-your-side-stopped = problem po twojej stronie blokował { $services } przez { $lasted }

## `downbeat serve`'s HTTP answers for people (/api/status's words are the verdict's)

serve-only-get = tylko GET i HEAD
serve-no-round-yet = nie wykonano jeszcze żadnej rundy
serve-index = Downbeat: /metrics (Prometheus), /api/status (ostatnia runda, jak w `downbeat check --json`), /healthz
serve-not-found = nie znaleziono: spróbuj /metrics, /api/status lub /healthz

## The command line (`downbeat …`): its lines on stderr, after "downbeat: "

cli-error-cause = { $error }: { $cause }
cli-warning = ostrzeżenie: { $warning }
cli-note = uwaga: { $note }
cli-config-error = błąd konfiguracji
cli-setup-error = błąd uruchamiania
cli-no-runtime = nie można uruchomić środowiska asynchronicznego (async runtime)
cli-cannot-write-json = nie można zapisać JSON
cli-outside-no-target = żaden serwis nie ma testu osiągalnego z zewnątrz (publicznego adresu https:// lub http://)

cli-cannot-listen = nie można nasłuchiwać na { $address }
cli-serving = udostępniam http://{ $address }/metrics (Prometheus), /api/status i /healthz
cli-listening-beyond = nasłuchuję nie tylko lokalnie ({ $address }): każdy, kto może się z nim połączyć, może czytać wyniki
cli-listen-invalid = podaj adres IP i port, np. 127.0.0.1:9767, [::1]:9767 lub 0.0.0.0:9767 (wszystkie interfejsy); z nazw hostów rozumiane jest tylko localhost
cli-watching = obserwuję { $services } { $services ->
        [one] serwis
        [few] serwisy
        [many] serwisów
       *[other] serwisu
    } i { $baseline } { $baseline ->
        [one] test referencyjny
        [few] testy referencyjne
        [many] testów referencyjnych
       *[other] testu referencyjnego
    } co { $interval } ({ $source }); Ctrl-C zatrzymuje

## `downbeat check`'s output

cli-check-title = Sprawdzenie Downbeat, { $at } ({ $source })
cli-check-baseline = Twoje połączenie (testy referencyjne)
cli-check-path = Trasa tego komputera
cli-status = { $status ->
        [up] działa
        [degraded] zakłócenia
       *[down] awaria
    }
cli-see-above = { $diagnosis } (zobacz wyżej)
cli-column-check = TEST
cli-column-status = STAN
cli-column-dns = DNS
cli-column-connect = POŁĄCZENIE
cli-column-tls = TLS
cli-column-hello = HELLO
cli-column-ttfb = TTFB
cli-column-transfer = TRANSFER
cli-column-detail = SZCZEGÓŁY

## `downbeat history` and `downbeat export`

cli-history-title = Historia od { $since } ({ $span } do teraz)
cli-history-nothing-recorded = Nic jeszcze nie zapisano: historię zapisuje `downbeat watch` lub aplikacja na komputer.
cli-history-incidents = Incydenty
cli-history-no-incidents = brak
cli-column-service = SERWIS
cli-column-uptime = DOSTĘPNOŚĆ
cli-column-down = AWARIA
cli-column-ttfb-p50 = TTFB p50
cli-column-p95 = p95
cli-column-total-p95 = ŁĄCZNIE p95
cli-latency-ms = { $ms } ms
cli-unverified = { $service } bez weryfikacji (insecure = true): { $checks }
cli-history-no-service = brak serwisu o nazwie "{ $name }"; znane serwisy: { $count ->
        [0] na razie brak
        [one] { $known }
        [few] { $known }
        [many] { $known }
       *[other] { $known }
    }
cli-history-no-service-near = brak serwisu o nazwie "{ $name }" (czy chodziło o "{ $nearest }"? wielkość liter ma znaczenie); znane serwisy: { $count ->
        [0] na razie brak
        [one] { $known }
        [few] { $known }
        [many] { $known }
       *[other] { $known }
    }
cli-no-data-folder = brak folderu danych w tym systemie (ustaw DOWNBEAT_DATA_DIR)
cli-history-unreadable = nie udało się odczytać historii
cli-csv-your-connection = (twoje połączenie)
cli-export-nothing-recorded = nic jeszcze nie zapisano: historię zapisuje `downbeat watch` lub aplikacja na komputer
cli-export-exists = { $path } już istnieje: dodaj --force, aby go zastąpić
cli-export-cannot-create = nie można utworzyć { $path }: { $error }
cli-export-cannot-write = nie można zapisać { $path }
cli-export-wrote = zapisano { $count } { $count ->
        [one] wynik
        [few] wyniki
        [many] wyników
       *[other] wyniku
    }

cli-since-help = podaj okres, np. 24h, 7d lub 1w, datę, np. 2026-11-24, albo today lub yesterday
cli-since-invalid-date = nieprawidłowa data "{ $value }": { cli-since-help }
cli-since-invalid-time = nieprawidłowy czas "{ $value }": { cli-since-help }
cli-since-zero = --since { $value } to zerowy okres: { cli-since-help }
cli-since-invalid = nieprawidłowe --since "{ $value }": { cli-since-help }
cli-since-future = --since { $at } jest w przyszłości
cli-since-no-such-day = nie ma takiego dnia
cli-since-no-such-date = nie ma takiej daty

## `downbeat presets` and `downbeat config-path`

cli-preset-unknown = nieznany preset "{ $name }". Znane presety: { $known }
cli-preset-unknown-near = nieznany preset "{ $name }": czy chodziło o "{ $nearest }"? Znane presety: { $known }
cli-config-path-none = (brak: używam wbudowanego presetu Spotify; utwórz { $path }, aby to zmienić)
cli-config-path-none-anywhere = (brak: używam wbudowanego presetu Spotify; utwórz plik konfiguracyjny, aby to zmienić)
cli-config-path-loads = wczytuje: { $services } { $services ->
        [one] serwis
        [few] serwisy
        [many] serwisów
       *[other] serwisu
    }, { $baseline } { $baseline ->
        [one] test referencyjny
        [few] testy referencyjne
        [many] testów referencyjnych
       *[other] testu referencyjnego
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

probe-unverified-insecure = { $detail } Bez weryfikacji: sprawdzanie certyfikatu jest wyłączone dla tego testu (insecure = true).
probe-unverified-insecure-objection = { $detail } Bez weryfikacji: sprawdzanie certyfikatu jest wyłączone dla tego testu (insecure = true), a weryfikacja by się nie powiodła: { $objection }.
probe-unverified-test-key = { $detail } Bez weryfikacji: odpowiedź sprawdzono kluczem testowym (server_key), a nie kluczem Spotify.
probe-dns-via-reference = { $detail } Publiczny DNS ({ $server }) rozwiązuje tę nazwę, a przez ten adres: { $found }
probe-dns-via-reference-address = { $detail } Publiczny DNS ({ $server }) rozwiązuje tę nazwę na { $address }, a przez ten adres: { $found }
probe-dns-public = publiczny DNS

## Probes: the check worked (or worked slowly)

probe-ok = Serwer { $host } odpowiedział w ciągu { $took }.
probe-slow = Serwer { $host } działa, ale wolno: { $took } do pierwszego bajtu (limit: { $limit }).
probe-tls-expiring = Serwer { $host } działa, ale jego certyfikat bezpieczeństwa wygaśnie za { $days } { $days ->
    [one] dzień
    [few] dni
    [many] dni
   *[other] dnia
}.
probe-after-redirects = { $detail } (po { $count } { $count ->
    [one] przekierowaniu
    [few] przekierowaniach
    [many] przekierowaniach
   *[other] przekierowania
} z { $url })
probe-tcp-ok = Adres { $address } przyjął połączenie w ciągu { $took }.
probe-tcp-slow = Adres { $address } przyjmuje połączenia, ale wolno ({ $took }).
probe-stream-ok = Serwer { $host } przesłał { $bytes } z prędkością { $rate } (odtwarzanie wymaga { $needed }).
probe-stream-ok-cut = Serwer { $host } przesłał { $bytes } z { $asked } żądanych, zanim minął czas, z prędkością { $rate } (odtwarzanie wymaga { $needed }).
probe-stream-too-slow = Serwer { $host } przesyła { $rate }, poniżej { $needed } potrzebnych do odtwarzania ({ $bytes } w { $took }).
probe-stream-too-slow-cut = Serwer { $host } przesyła { $rate }, poniżej { $needed } potrzebnych do odtwarzania ({ $bytes } w { $took }, zanim minął czas, z { $asked } żądanych).

## Probes: the captive-portal check (a plain web page whose answer is known exactly)

probe-captive-none = Serwer { $host } odpowiedział prawidłowo (HTTP { $status }): brak strony logowania (captive portal). { $detail }
probe-captive-redirect-to = Zamiast { $host } odpowiedziało przekierowanie na { $location }: ta sieć wymaga zalogowania (captive portal).
probe-captive-redirect = Zamiast { $host } odpowiedziało przekierowanie (HTTP { $status }): ta sieć wymaga zalogowania (captive portal).
probe-captive-status = Serwer { $host } odpowiedział HTTP { $status }, a zawsze odpowiada { $expected }: ta sieć wymaga zalogowania (captive portal).
probe-captive-page = Serwer { $host } odpowiedział obcą stroną (oczekiwano „{ $expected }”): ta sieć wymaga zalogowania (captive portal).

## Probes: names (DNS)

probe-dns-sinkhole = Twój DNS odpowiedział { $answer } dla { $host }: to odpowiedź blokująca (filtr DNS), z którą Downbeat nigdy się nie łączy.
probe-dns-nothing = nic
probe-dns-not-found = Nie znaleziono nazwy { $host }: { $why }.
probe-dns-timeout = Zapytanie DNS o { $host } nie dostało odpowiedzi w ciągu { $took } ({ $why }).
probe-dns-failed = Zapytanie DNS o { $host } nie powiodło się: { $why }.
probe-dns-nxdomain-agreed = Nazwa { $host } nie istnieje: twój DNS i publiczny DNS ({ $server }) są zgodne.
probe-dns-nxdomain-by-reference = { $detail } Publiczny DNS ({ $server }) twierdzi, że ta nazwa nie istnieje.
probe-dns-reference-failed = { $detail } Publicznego DNS też nie udało się zapytać ({ $why }).
probe-dns-reference-server-failed = { $server }: { $why }
probe-dns-reference-no-time = zabrakło czasu
probe-dns-reference-not-ip = nie jest podany jako adres IP
probe-dns-reference-status = odpowiedział HTTP { $status }
probe-dns-reference-too-large = jego odpowiedź była większa niż komunikat DNS
probe-dns-doh-nxdomain = odpowiedział, że taka nazwa nie istnieje (NXDOMAIN)
probe-dns-doh-error = odpowiedział błędem (kod { $code })
probe-dns-doh-truncated = jego odpowiedź była obcięta
probe-dns-doh-not-ours = jego odpowiedź nie dotyczyła tego zapytania
probe-dns-doh-malformed = jego odpowiedź była uszkodzona ({ $what })
probe-dns-no-server = nie skonfigurowano serwera DNS
probe-dns-system-silent = systemowy resolver nie odpowiedział
probe-dns-task-failed = zadanie zapytania DNS nie powiodło się: { $error }
probe-dns-no-addresses = nazwa nie ma adresów
probe-dns-no-such-name = DNS twierdzi, że taka nazwa nie istnieje
probe-dns-unreachable = serwer DNS jest nieosiągalny lub nie odpowiedział
probe-dns-no-address-records = nazwa istnieje, ale nie ma rekordów adresowych
probe-dns-server-failed = serwer DNS { $server }: { $why }
probe-dns-server-tcp-failed = serwer DNS { $server } przez TCP: { $why }
probe-dns-no-answer = brak odpowiedzi
probe-dns-malformed = uszkodzona odpowiedź ({ $what })
probe-dns-not-our-answer = odpowiedź na inne zapytanie
probe-dns-truncated-over-tcp = odpowiedź obcięta nawet przez TCP
probe-dns-malformed-short = krótsza niż nagłówek
probe-dns-malformed-undecodable = nie da się jej zdekodować
probe-dns-malformed-no-question = odpowiedź nie wskazuje zapytania
probe-dns-server-nxdomain = serwer { $server } odpowiedział, że taka nazwa nie istnieje (NXDOMAIN)
probe-dns-rcode = { $rcode ->
    [servfail] SERVFAIL: serwer DNS nie zdołał uzyskać odpowiedzi
    [refused] REFUSED: serwer DNS odmówił odpowiedzi
   *[other] serwer DNS odpowiedział błędem
} ({ $server }, kod { $code })
probe-dns-bad-name = „{ $host }” to nie jest nazwa, którą DNS może wyszukać
probe-dns-encode-failed = nie udało się zakodować zapytania o { $host }: { $error }

## Probes: connecting (TCP)

probe-url-no-host = { $url } nie zawiera hosta
probe-connect-no-address = Serwer { $host } nie ma adresu, z którym można się połączyć.
probe-connect-timeout-within = Serwer { $host } ({ $addr }) nie przyjął połączenia w ciągu { $took }.
probe-connect-refused = Serwer { $host } ({ $addr }) odrzucił połączenie: nic nie nasłuchuje na porcie { $port }.
probe-connect-timeout = Serwer { $host } ({ $addr }) nie przyjął połączenia.
probe-connect-reset = Serwer { $host } ({ $addr }) zresetował połączenie przy otwieraniu.
probe-connect-no-route = Brak trasy do { $host } ({ $addr }): { $error }.

## Probes: the secure connection (TLS) and its certificate

probe-tls-bad-name = „{ $host }” to nie jest nazwa, względem której można sprawdzić certyfikat.
probe-tls-timeout = Serwer { $host } przyjął połączenie, ale nie dokończył uzgadniania szyfrowania (TLS) w ciągu { $took }.
probe-tls-setup-failed = nie udało się skonfigurować TLS: { $error }
probe-tls-expired-on = Certyfikat bezpieczeństwa { $host } wygasł { $date }, więc przeglądarki i aplikacje odmawiają połączenia.
probe-tls-expired = Certyfikat bezpieczeństwa { $host } wygasł, więc przeglądarki i aplikacje odmawiają połączenia.
probe-tls-not-yet-valid-until = Certyfikat bezpieczeństwa { $host } jest ważny dopiero od { $date } (albo zegar tego komputera jest źle ustawiony).
probe-tls-not-yet-valid = Certyfikat bezpieczeństwa { $host } nie jest jeszcze ważny (albo zegar tego komputera jest źle ustawiony).
probe-tls-wrong-name = Serwer odpowiadający za { $host } pokazał certyfikat dla innej nazwy.
probe-tls-untrusted-issuer = Certyfikat bezpieczeństwa { $host } wystawił „{ $issuer }”, któremu ten komputer nie ufa; coś może przechwytywać połączenie.
probe-tls-untrusted = Certyfikat bezpieczeństwa { $host } nie pochodzi od zaufanego urzędu certyfikacji ({ $reason ->
    [unknown-issuer] nieznany wystawca
    [bad-signature] podpis się nie zgadza
    [revoked] został unieważniony
    [bad-encoding] jest uszkodzony
   *[critical-extension] ma krytyczne rozszerzenie, którego żaden klient nie rozumie
}); coś może przechwytywać połączenie.
probe-tls-chain-too-long = Serwer { $host } przesłał zbyt długi łańcuch certyfikatów (więcej certyfikatów pośrednich, niż przyjmuje jakikolwiek klient).
probe-tls-ca-as-leaf = Serwer { $host } przedstawia certyfikat urzędu certyfikacji jako własny (często to certyfikat samopodpisany), a klienci go odrzucają.
probe-tls-rejected = Certyfikat bezpieczeństwa { $host } został odrzucony ({ $error }).
probe-tls-alert = Serwer { $host } odrzucił szyfrowane połączenie (alert TLS: { $alert }).
probe-tls-invalid-handshake = Serwer { $host } odpowiedział, ale nie poprawnym uzgadnianiem szyfrowania (TLS).
probe-tls-failed = Szyfrowane połączenie z { $host } nie powiodło się: { $error }.
probe-tls-cut = Serwer { $host } przerwał połączenie podczas uzgadniania szyfrowania.
probe-tls-closed = Serwer { $host } zamknął połączenie podczas uzgadniania szyfrowania.
probe-tls-ca-no-pem = nie zawiera certyfikatu PEM
probe-tls-ca-unusable = zawarty w nim certyfikat nie nadaje się na certyfikat główny: { $error }
probe-tls-ca-not-pem = to nie jest poprawny PEM: { $error }

## Probes: the web request (HTTP)

probe-http-build-failed = nie udało się zbudować żądania: { $error }
probe-http-stalled-before-request = Połączenie z { $host } zostało nawiązane, ale potem przez { $took } stało w miejscu, zanim udało się wysłać żądanie.
probe-http-stalled-without-answer = Połączenie z { $host } zostało nawiązane, ale potem przez { $took } nie było odpowiedzi na żądanie.
probe-body-stopped = Serwer { $host } przestał wysyłać po { $bytes } ({ $took } od początku pobierania).
probe-http-closed-early = Serwer { $host } zamknął połączenie, zanim odpowiedź była kompletna.
probe-http-cut = Serwer { $host } przerwał połączenie w trakcie żądania.
probe-http-goaway = Serwer { $host } zamknął połączenie HTTP/2 bez odpowiedzi (GOAWAY: { $error }).
probe-http-invalid = Serwer { $host } odpowiedział czymś, co nie jest poprawnym HTTP ({ $error }).
probe-http-failed = Wymiana HTTP z { $host } nie powiodła się: { $error }.
probe-http-rate-limited = Serwer { $host } odrzuca żądania (HTTP 429: zbyt wiele żądań).
probe-http-rate-limited-wait = Serwer { $host } odrzuca żądania (HTTP 429: zbyt wiele żądań) i prosi, by klienci odczekali { $wait }.
probe-http-unavailable-wait = Serwer { $host } zgłasza chwilową niedostępność (HTTP 503) i prosi, by klienci odczekali { $wait }.
probe-http-server-error = Serwer { $host } odpowiada błędem serwera (HTTP { $status }).
probe-http-unexpected-status = Serwer { $host } odpowiedział HTTP { $status }, oczekiwano { $expected }.
probe-http-body-missing = Serwer { $host } odpowiedział, ale strona nie zawiera „{ $text }”.
probe-redirect-loop = Serwer { $host } przekierował { $count } { $count ->
    [one] raz
    [few] razy
    [many] razy
   *[other] razu
} bez odpowiedzi (to maksimum dla testu); ostatnio na { $url }.
probe-redirect-insecure = Serwer { $host } przekierował na { $url }, który nie jest bezpiecznym adresem (https); Downbeat nie podąża za tym przekierowaniem.

## Probes: Downbeat's own requests (the outside view's API, a vendor's status page). Why one
## failed, a phrase after "no answer from Globalping:" and the like.

probe-fetch-encoding = odpowiedź przyszła w kodowaniu, o które nie proszono ({ $encoding })
probe-fetch-too-large-mib = odpowiedź była większa niż { $mib } MiB
probe-fetch-too-large-kib = odpowiedź była większa niż { $kib } KiB
probe-fetch-gunzip = nie udało się odczytać odpowiedzi skompresowanej gzipem: { $error }

## Probes: Spotify's access points. An access point is the server the Spotify apps connect to
## first; the "hello" is the first message of Spotify's own protocol, and its "challenge" the
## answer a real access point signs. apresolve is the service that lists the access points.

probe-ap-no-time = Nie udało się wypróbować żadnego punktu dostępowego, zanim minął czas testu.
probe-ap-port-blocked = Twoja sieć blokuje port { $port } ({ $blocked }); aplikacje przełączają się na { $fallback }, co jest nieco wolniejsze. { $detail }
probe-ap-another = inny punkt dostępowy
probe-ap-attempt = { $address }: { $headline }
probe-ap-before-it = { $detail } (Wcześniej: { $attempts }.)
probe-ap-tried-all = { $detail } (Wypróbowano { $count } { $count ->
    [one] punkt dostępowy
    [few] punkty dostępowe
    [many] punktów dostępowych
   *[other] punktu dostępowego
}: { $attempts }.)
probe-ap-apresolve-failed = { $detail } Nie udało się użyć apresolve ({ $why }), więc wypróbowano listę zapasową.
probe-ap-apresolve-empty = nie podał żadnego punktu dostępowego
probe-ap-apresolve-status = serwer { $host } odpowiedział HTTP { $status }
probe-ap-apresolve-too-large = odpowiedź { $host } jest większa niż 64 KiB
probe-ap-apresolve-not-json = odpowiedź { $host } nie jest oczekiwanym JSON-em
probe-ap-hello-timeout = Punkt dostępowy { $address } przyjął połączenie, ale nie odpowiedział na powitanie w ciągu { $took }.
probe-ap-closed = Punkt dostępowy { $address } zamknął połączenie { $when ->
    [sending] przy wysyłaniu powitania
    [waiting] przed odpowiedzią na powitanie
   *[answering] w trakcie swojej odpowiedzi
}.
probe-ap-reset = Punkt dostępowy { $address } zresetował połączenie { $when ->
    [sending] przy wysyłaniu powitania
    [waiting] przed odpowiedzią na powitanie
   *[answering] w trakcie swojej odpowiedzi
}.
probe-ap-broke-off = Punkt dostępowy { $address } zerwał połączenie { $when ->
    [sending] przy wysyłaniu powitania
    [waiting] przed odpowiedzią na powitanie
   *[answering] w trakcie swojej odpowiedzi
} ({ $error }).
probe-ap-http = Adres { $address } odpowiedział na powitanie przez HTTP, a nie jak punkt dostępowy: w jego miejscu jest serwer WWW, proxy lub portal.
probe-ap-bad-length = Adres { $address } odpowiedział na powitanie czymś, co nie jest odpowiedzią punktu dostępowego (zapowiedział { $bytes } { $bytes ->
    [one] bajt
    [few] bajty
    [many] bajtów
   *[other] bajta
}; odpowiedź ma od 5 bajtów do 64 KiB).
probe-ap-unparsable = Adres { $address } odpowiedział na powitanie czymś, co nie jest odpowiedzią punktu dostępowego (nie da się tego przetworzyć).
probe-ap-try-another = Punkt dostępowy { $address } poprosił klienta o wybranie innego punktu dostępowego.
probe-ap-refused = Punkt dostępowy { $address } odrzucił powitanie ({ $code }).
probe-ap-refused-why = Punkt dostępowy { $address } odrzucił powitanie ({ $code }: { $why }).
probe-ap-upgrade = Punkt dostępowy { $address } odpowiedział, że klient jest za stary: powitanie Downbeat (wersja klienta { $build }) jest nieaktualne. Spotify odpowiada, więc to nie awaria; zaktualizuj Downbeat.
probe-ap-no-challenge = Punkt dostępowy { $address } odpowiedział na powitanie bez wyzwania, bez żądania aktualizacji i bez odmowy.
probe-ap-signature-invalid = Adres { $address } odpowiedział na powitanie, ale jego wymiana kluczy nie jest podpisana { $key ->
    [test] skonfigurowanym server_key
   *[spotify] kluczem Spotify
}: odpowiedziało coś innego niż punkt dostępowy Spotify (proxy lub filtr w tej sieci albo serwer, który się pod niego podszywa).
probe-ap-slow = Punkt dostępowy { $address } odpowiedział na powitanie podpisanym wyzwaniem, ale wolno (łącznie { $took }).
probe-ap-ok = Punkt dostępowy { $address } odpowiedział na powitanie wyzwaniem podpisanym { $key ->
    [test] skonfigurowanym kluczem testowym
   *[spotify] kluczem Spotify
} w ciągu { $hello } (łącznie { $took }).
probe-ap-random-failed = systemowy generator liczb losowych zawiódł
probe-ap-group-malformed = grupa Diffiego-Hellmana w powitaniu jest uszkodzona
probe-ap-encode-failed = nie udało się zakodować powitania ({ $error })
probe-ap-too-large = powitanie jest za duże
probe-ap-addr-not-host-port = "{ $text }" nie ma postaci host:port
probe-ap-addr-bad-port = "{ $text }" nie zawiera poprawnego portu
probe-ap-addr-bad-host = "{ $text }" nie zawiera poprawnego hosta
probe-ap-key-no-pem = nie zawiera bloku PEM
probe-ap-key-unparsable = nie da się przetworzyć jego klucza publicznego ({ $error })
probe-ap-key-not-rsa = to nie jest klucz publiczny RSA
probe-ap-key-rsa-unparsable = nie da się przetworzyć jego klucza RSA ({ $error })
probe-ap-key-wrong-block = zawiera blok "{ $label }", a nie PUBLIC KEY ani RSA PUBLIC KEY
probe-ap-key-too-small = jego moduł ma długość { $bits } bitów; punkty dostępowe podpisują kluczem 2048-bitowym

## A round of checks

run-check-lost = Test nieoczekiwanie się zatrzymał.

## The outside view: asking probes elsewhere (Globalping) whether a service fails there too, and
## the provider of this network (RIPEstat). Why the world could not say, shown after "the
## outside view:" and in `downbeat check --outside`.

outside-q-no-probe = żadna sonda w innym miejscu nie dała odpowiedzi
outside-q-too-few = tylko { $count } { $count ->
    [one] sonda w innych miejscach dała
    [few] sondy w innych miejscach dały
    [many] sond w innych miejscach dało
   *[other] sondy w innych miejscach dało
} odpowiedź – za mało, by ocenić
outside-q-off = wyłączone (outside_view = "")
# Dopełniacz, po „według”.
outside-q-from-settings = ustawień
outside-q-from-time-zone = strefy czasowej { $zone }
outside-q-rate-limited = limit Globalping został wyczerpany
outside-q-rate-limited-until = limit Globalping jest wyczerpany do { $until }
outside-q-unreachable = brak odpowiedzi z Globalping: { $why }
outside-q-garbage = odpowiedź Globalping nie ma sensu: { $why }
outside-q-refused = Globalping odrzucił żądanie: { $why }
outside-q-unfinished = sondy nie skończyły na czas
outside-q-bad-id = identyfikator pomiaru w rodzaju { $id }
outside-q-bad-url = { $url }: { $error }
outside-q-refusal = HTTP { $status }
outside-q-refusal-said = HTTP { $status }: { $said }
outside-q-refusal-said-params = HTTP { $status }: { $said } ({ $params })
outside-q-refusal-params = HTTP { $status }: { $params }
outside-q-param = { $name }: { $why }
outside-q-ripestat-unreachable = brak odpowiedzi z RIPEstat: { $why }
outside-q-ripestat-status = RIPEstat odpowiedział HTTP { $status }
outside-q-ripestat-garbage = odpowiedź RIPEstat nie ma sensu: { $why }
outside-q-ripestat-said = RIPEstat odpowiedział: { $status }
outside-q-ripestat-no-network = RIPEstat nie zna sieci, która ogłasza { $ip }
outside-q-page-bad-address = do adresu strony nie da się dołączyć ścieżki API
outside-q-page-status = odpowiedziała HTTP { $status }
outside-q-page-not-summary = jej odpowiedź nie jest podsumowaniem Statuspage: { $error }


## Errors: what the engine can fail with, one line each

error-config = { $path }:{ $line }:{ $column }: { $problem }
error-config-read = nie można odczytać pliku konfiguracyjnego { $path }: { $reason }
error-ca-file = plik CA { $path }: { $reason }
error-no-roots = nie znaleziono zaufanych certyfikatów głównych: zainstaluj pakiet ca-certificates lub ustaw ca_file
error-tls = nie udało się skonfigurować TLS: { $reason }

## Config errors: where the error is

config-source-builtin = (wbudowana konfiguracja)
config-source-preset = (wbudowany preset { $name })
config-source-label-builtin = wbudowane ustawienia domyślne (preset Spotify)

## Config errors: naming the key

config-key-problem = { $key }: { $problem }

## Config errors: the file's syntax and its keys

config-unknown-key = nieznany klucz `{ $key }` (dozwolone tutaj: { $keys })
config-unknown-key-suggest = nieznany klucz `{ $key }`: czy chodziło o `{ $suggestion }`? (dozwolone tutaj: { $keys })
config-table-brackets = {"["}{ $name }] trzeba zapisać jako [[{ $name }]], z podwójnymi nawiasami: każde [[{ $name }]] dodaje jeden element do listy
config-table-twice = tabela [{ $name }] występuje dwa razy
config-duplicate-key = powtórzony klucz `{ $key }`: jest już ustawiony w tej tabeli

## Config errors: a value of the wrong type

# „oczekiwano liczby całkowitej, a jest tekst "2" (liczby pisz bez cudzysłowu)”:
# config-want-* w dopełniaczu, config-found-* w mianowniku.
config-invalid-type = oczekiwano { $want }, a jest { $found }{ $hint ->
    [number] {" "}(liczby pisz bez cudzysłowu)
    [bool] {" "}(true i false pisz bez cudzysłowu)
    [quotes] {" "}(ujmij to w cudzysłów)
   *[none] {""}
}
config-want-number = liczby całkowitej
config-want-bool = true lub false
config-want-text = tekstu w cudzysłowie
config-want-list = listy, np. ["a", "b"]
config-want-table = tabeli
config-want-duration = czasu trwania w cudzysłowie, np. "30s"
config-found-text = tekst { $value }
config-found-number = liczba { $value }
config-found-table = tabela
config-found-list = lista
config-unknown-variant = "{ $value }" nie jest jedną z wartości: { $choices }{ $hint ->
    [web] {" "}(test WWW przez HTTP lub HTTPS to handshake, domyślny rodzaj)
   *[none] {""}
}

## Config errors: values that check themselves

config-duration-invalid = nieprawidłowy czas trwania "{ $value }": zapisz go np. jako "30s", "2m", "1h", "7d" lub "500ms"
config-duration-no-unit = czas trwania wymaga jednostki, w cudzysłowie: zapisz "{ $n }s" dla { $n } { $n ->
    [one] sekundy
    [few] sekund
    [many] sekund
   *[other] sekundy
}
config-duration-not-whole = czas trwania wymaga liczby całkowitej i jednostki, w cudzysłowie, np. "30s" lub "500ms", a nie { $value }
config-duration-range = musi mieścić się w zakresie od { $min } do { $max }
config-duration-range-key = { $key } musi mieścić się w zakresie od { $min } do { $max }
config-out-of-range = { $value } jest poza zakresem: musi mieścić się w zakresie od { $min } do { $max }
config-url-no-scheme = nieprawidłowy URL "{ $value }": brakuje schematu, np. "https://{ $host }"
config-url-add-scheme = nieprawidłowy URL "{ $value }": dodaj https:// na początku, np. "https://{ $host }"
config-url-invalid = nieprawidłowy URL "{ $value }": { $reason }
config-url-reason-empty-host = pusty host
config-url-reason-idna = nieprawidłowa międzynarodowa nazwa domeny
config-url-reason-port = nieprawidłowy numer portu
config-url-reason-ipv4 = nieprawidłowy adres IPv4
config-url-reason-ipv6 = nieprawidłowy adres IPv6
config-url-reason-domain-character = nieprawidłowy znak w nazwie domeny
config-url-scheme = nieprawidłowy URL "{ $value }": schemat musi być https (lub http), a nie "{ $scheme }"
config-url-no-host = nieprawidłowy URL "{ $value }": brak hosta
config-doh-https = reference_dns "{ $value }": DNS over HTTPS wymaga adresu https, np. "https://1.1.1.1/dns-query"
config-doh-by-ip = reference_dns "{ $value }": podaj serwer przez adres IP, np. "https://1.1.1.1/dns-query" (nazwa wymagałaby właśnie tego DNS, który ma sprawdzać)
config-host-invalid = nieprawidłowy host "{ $value }": podaj nazwę, np. "ap.spotify.com", albo adres IP, bez schematu i portu
config-dns-server-invalid = nieprawidłowy serwer DNS "{ $value }": zapisz go jako "ip:port", np. "1.1.1.1:53" lub "[2606:4700::1111]:53"
config-ip-invalid = nieprawidłowy adres IP "{ $value }"
config-status-out-of-range = status HTTP { $code } jest poza zakresem: musi mieścić się w zakresie od 100 do 599
config-status-invalid = nieprawidłowy status "{ $value }": zapisz 200, "200-399" lub listę takich wartości
config-expect-status-invalid = nieprawidłowe expect_status: zapisz 200, "200-399" lub listę takich wartości
config-expect-status-empty = expect_status musi zawierać co najmniej jeden status
config-country-uk = nieprawidłowy kraj "{ $value }": kod ISO 3166 Wielkiej Brytanii to "GB"
config-country-invalid = nieprawidłowy kraj "{ $value }": podaj dwuliterowy kod ISO 3166, np. "GB" lub "US"
config-language-unknown = nieznany język "{ $value }": dostępne języki to { $languages } albo "auto" (język systemu)

## Config errors: what the file asks for as a whole

config-baseline-duplicate = test referencyjny o nazwie "{ $name }" jest już zdefiniowany
config-service-duplicate = serwis o nazwie "{ $name }" jest już zdefiniowany
config-nothing-to-check = nie ma czego sprawdzać: konfiguracja nie zawiera żadnego serwisu ani testów referencyjnych
config-preset-unknown = nieznany preset "{ $name }": dostępne presety to { $presets }
config-service-needs-name = każdy [[service]] wymaga nazwy (od 1 do 64 znaków) lub presetu
config-captive-in-service = test "{ $check }": test captive sprawdza twoją własną sieć, więc należy do testów referencyjnych ([[baseline]]), a nie do serwisu
config-service-check-duplicate = serwis "{ $service }" ma już test o nazwie "{ $check }"
config-service-no-checks = serwis "{ $service }" nie ma testów: dodaj wpisy [[service.check]] lub preset
config-group-name-length = nazwa grupy musi mieć od 1 do 64 znaków
config-group-unknown-check = grupa "{ $group }": serwis "{ $service }" nie ma testu o nazwie "{ $check }"
config-group-check-taken = grupa "{ $group }": test "{ $check }" jest już w grupie "{ $other }"
config-check-name-length = nazwa testu musi mieć od 1 do 64 znaków
config-field-only-for = test "{ $check }": `{ $field }` dotyczy tylko testów typu { $kinds }
config-port-only-for-tcp = test "{ $check }": `port` dotyczy tylko testów tcp (podaj port w URL-u)
config-tcp-needs-host-port = test "{ $check }": test tcp wymaga `host` i `port`
config-captive-needs-http = test "{ $check }": test captive wymaga zwykłego adresu HTTP w `url` (http://…), bo portal może się wtrącić tylko w nieszyfrowany ruch
config-check-needs-url = test "{ $check }": test typu { $kind } wymaga `url`
config-insecure-https-only = test "{ $check }": `insecure` dotyczy tylko adresów https ({ $scheme } nie ma certyfikatu, który można pominąć)
config-ap-field = test "{ $check }": `{ $field }` nie dotyczy testu spotify_ap ({ $why })
config-ap-why-fallback = punkty dostępowe podaj w `fallback`
config-ap-why-status = apresolve musi odpowiedzieć 2xx
config-ap-why-body = apresolve musi odpowiedzieć swoim JSON-em
config-ap-why-downloads = ten test niczego nie pobiera
config-ap-why-redirects = przekierowania apresolve nie są śledzone
config-ap-why-server-key = do testowej imitacji użyj `server_key`
config-ap-url-https = test "{ $check }": `url` testu spotify_ap (apresolve) musi używać https
config-ap-default-url = domyślny URL apresolve: { $reason }
config-ap-fallback = test "{ $check }": fallback: { $reason }
config-ap-too-many-fallbacks = test "{ $check }": Downbeat wypróbowuje najwyżej { $max } { $max ->
    [one] zapasowy punkt dostępowy
    [few] zapasowe punkty dostępowe
    [many] zapasowych punktów dostępowych
   *[other] zapasowego punktu dostępowego
}
config-server-key-unreadable = server_key: nie można odczytać { $path }: { $reason }
config-server-key-unusable = server_key: { $path } nie jest użytecznym kluczem: { $reason }

## Config: warnings and notes at start-up

# Przymiotnik po „test”: „test referencyjny "google"”, „test Spotify "login"”.
config-owner-baseline = referencyjny
config-warn-server-key = test { $owner } "{ $check }" ma server_key: punkty dostępowe są sprawdzane tym kluczem testowym, a nie kluczem Spotify, a jego wyniki są oznaczane jako niezweryfikowane
config-warn-insecure = test { $owner } "{ $check }" ma insecure = true: jego certyfikat nie jest weryfikowany, a wyniki są oznaczane jako niezweryfikowane
config-warn-timeout-one = test { $owner } "{ $check }" ma limit czasu ({ $timeout }) dłuższy niż interwał ({ $interval }): { $then }
config-warn-timeout-every = każdy test ma limit czasu ({ $timeout }) dłuższy niż interwał ({ $interval }): { $then }
config-warn-timeout-some = { $count ->
    [one] { $count } test ({ $checks }) ma
    [few] { $count } testy ({ $checks }) mają
    [many] { $count } testów ({ $checks }) ma
   *[other] { $count } testu ({ $checks }) ma
} limit czasu ({ $timeout }) dłuższy niż interwał ({ $interval }): { $then }
config-owner-check = { $owner } "{ $check }"
config-then-watch = { $count ->
    [one] gdy się zawiesi, następna runda czeka
    [few] gdy któryś się zawiesi, następna runda czeka
    [many] gdy któryś się zawiesi, następna runda czeka
   *[other] gdy któryś się zawiesi, następna runda czeka
}
config-then-check = { $count ->
    [one] `watch` i aplikacja zostawałyby w tyle, gdy się zawiesi
    [few] `watch` i aplikacja zostawałyby w tyle, gdy któryś się zawiesi
    [many] `watch` i aplikacja zostawałyby w tyle, gdy któryś się zawiesi
   *[other] `watch` i aplikacja zostawałyby w tyle, gdy któryś się zawiesi
}
config-note-no-services = { $path } nie zawiera [[service]], więc sprawdzany jest wbudowany preset Spotify (`downbeat presets spotify` go wyświetla)
config-note-no-baseline = { $path } nie zawiera [[baseline]], więc sprawdzane są wbudowane strony referencyjne (`downbeat presets baseline` je wyświetla)

## The settings page: what it says of a field or a save that fails

config-field-interval = Sprawdzaj co
config-field-remind-every = Przypominaj co
config-field-url = URL
config-field-name = Nazwa
config-field-expect-status = Oczekiwany status
config-field-preset = Serwis
config-field-country = Kraj
config-field-language = Język
config-form-labelled = { $label }: { $problem }
config-form-broken = { $error }. Najpierw popraw plik ręcznie; ustawienia nie zostaną w nim zapisane.
config-form-unreadable = { $path }: { $reason }
config-form-duplicate-service = „{ $name }” jest już na liście
config-form-custom-https = URL własnego serwisu musi zaczynać się od https://
config-form-no-services = wybierz co najmniej jeden serwis do obserwowania
config-form-cannot-write = nie można zapisać { $path }: { $reason }

## The history store: its errors and the writer's status

store-error-database = baza historii { $path }: { $reason }
store-error-folder = folder historii { $path }: { $reason }
store-error-query = nie udało się odczytać historii: { $reason }
store-error-export = nie udało się zapisać CSV: { $reason }
store-error-too-new = bazę historii { $path } zapisała nowsza wersja Downbeat (schemat { $found }, ta wersja zna { $known })
store-recovered = baza historii była uszkodzona ({ $reason }); zachowano ją jako { $moved_to } i utworzono nową
store-read-only = baza historii jest tylko do odczytu: historia jest przechowywana w pamięci, dopóki nie da się jej zapisać
store-disk-full = dysk jest pełny: historia jest przechowywana w pamięci, dopóki nie zwolni się miejsce
store-open-failed = { $error }: historia jest przechowywana w pamięci, dopóki nie da się jej zapisać
store-write-failed = nie udało się zapisać historii: { $reason }
store-maintenance-failed = konserwacja historii nie powiodła się ({ $step }): { $reason }
store-step-closing-stale = zamykanie nieaktualnych incydentów
store-step-ending-open = kończenie otwartych incydentów
store-step-rolling-up = agregowanie
store-step-rolling-up-trimming = agregowanie i przycinanie
store-no-data-folder = brak folderu danych w tym systemie: historia nie jest zapisywana (ustaw DOWNBEAT_DATA_DIR)
store-not-recording = { $error }; działam dalej bez zapisywania historii


## The tray's menu (the tray app's interface on Linux). Short labels: a tray menu is narrow.

tray-menu-check-now = Sprawdź teraz
tray-menu-pause-minutes = Wstrzymaj na { $minutes } min
tray-menu-pause-hours = Wstrzymaj na { $hours ->
    [one] { $hours } godzinę
    [few] { $hours } godziny
    [many] { $hours } godzin
   *[other] { $hours } godziny
}
tray-menu-resume = Wznów
tray-menu-history = Otwórz historię…
tray-menu-settings = Ustawienia…
tray-menu-settings-file = Otwórz plik ustawień
tray-menu-start-at-login = Uruchamiaj po zalogowaniu
tray-menu-quit = Zakończ Downbeat

## The settings file the tray creates when "Open settings file" finds none. Each message is one
## comment line at the top of that TOML file (the program adds the "# " before it).

tray-settings-file-title = Ustawienia Downbeat. Gdy nic tu nie ma, działa wbudowany preset Spotify.
tray-settings-file-reference = Pełny opis jest w docs/configuration.md; `downbeat presets spotify` wyświetla preset.

## Why no program could open the settings file: shown in brackets after the file's path, in the
## notification "No program could open the settings file".

tray-opener-failed = { $program } zakończył się błędem ({ $status })
tray-opener-missing = { $program } nie jest zainstalowany
tray-opener-error = { $program }: { $error }

## Why the tray app can't start: printed after "downbeat-desktop: " on the terminal, and (on
## Windows, when started without one) in a message box, with its first letter made a capital.

tray-cannot-start = nie można uruchomić: { $error }
tray-no-display = brak ekranu (nie ustawiono ani DISPLAY, ani WAYLAND_DISPLAY); `downbeat watch` działa bez niego
tray-config-error = błąd konfiguracji: { $error }

## What the desktop programs (the tray and the history window) share: start at login. These show
## on the window's settings page when turning "Start at login" on or off fails.

desktop-autostart-not-found = uruchamianie po zalogowaniu: gdzie jest Downbeat? { $error }
desktop-autostart-failed = uruchamianie po zalogowaniu: { $error }
desktop-no-folder = ten program nie znajduje się w żadnym folderze


## The history window's program (downbeat-window): what it says when it can't do something

window-app-cannot-open = nie można otworzyć okna historii: { $error }
window-app-cannot-open-webview2 =
    nie można otworzyć okna historii: { $error }

    Okno Downbeat wymaga środowiska Microsoft Edge WebView2 Runtime. Windows 10 i 11 zwykle je mają; jeśli nie, zainstaluj je ze strony https://developer.microsoft.com/microsoft-edge/webview2/ i spróbuj ponownie.
window-app-no-display = brak ekranu (nie ustawiono ani DISPLAY, ani WAYLAND_DISPLAY); `downbeat watch` działa bez niego
window-app-no-history = w tym systemie historia nie jest zapisywana (brak folderu danych; ustaw DOWNBEAT_DATA_DIR)
window-app-nothing-recorded = nic jeszcze nie zapisano
window-app-no-downloads = brak folderu Pobrane ani folderu domowego, w którym można zapisać plik
window-app-no-config-path = brak folderu konfiguracji w tym systemie (ustaw DOWNBEAT_CONFIG)
window-app-write-failed = { $path }: { $reason }

## The history window's page: the header

ui-verdict-checking = Sprawdzam…
ui-check-now = Sprawdź teraz
ui-export = Eksportuj CSV
ui-open-settings = Ustawienia
ui-exported = Zapisano { $path }
ui-export-failed = Eksport nie powiódł się: { $error }

## The history window's page: the current state ("Now")

ui-now-heading = Teraz
ui-connection = Twoje połączenie
ui-groups-label = { $service } według klienta
ui-group-label = { $group }: { $state }
ui-group-state-up = działa
ui-group-state-degraded = zakłócenia
ui-group-state-down = awaria
ui-group-state-unknown = stan nieznany
ui-places-label = { $service } z perspektywy innych miejsc
ui-check-via = przez { $address }
ui-badge-unverified = bez weryfikacji
ui-check-unverified-title = Weryfikacja jest wyłączona dla tego testu: insecure = true albo testowy server_key

## The history window's page: uptime

ui-uptime-heading = Dostępność
ui-uptime-legend = Legenda
ui-legend-up = działa
ui-legend-degraded = zakłócenia
ui-legend-down = awaria
ui-legend-offline = po twojej stronie (offline, brak DNS, …)
ui-legend-no-data = brak danych
ui-uptime-nothing = Nic jeszcze nie zapisano.
ui-uptime-unverified-title = Sprawdzanie certyfikatów jest wyłączone dla: { $checks }
ui-uptime-window-24h = 24 godz.
ui-uptime-window-7d = 7 dni
ui-uptime-window-30d = 30 dni
ui-uptime-bars-24h = { $service }, ostatnie 24 godz.
ui-uptime-bars-7d = { $service }, ostatnie 7 dni
ui-uptime-bars-30d = { $service }, ostatnie 30 dni

## The history window's page: the latency chart

ui-latency-title-24h = Opóźnienie, ostatnie 24 godz.
ui-latency-title-hour = Opóźnienie, ostatnia godzina
ui-latency-unit-median = (mediana dla każdej fazy, ms)
ui-latency-unit-round = (każda runda, dla każdej fazy, ms)
ui-latency-service = Serwis
ui-latency-empty = Jeszcze brak pomiarów.
ui-latency-too-few = Za mało danych na wykres: pojawi się po kilku rundach. Najnowszy pomiar jest pod każdym testem powyżej.
ui-latency-phase-dns = dns
ui-latency-phase-connect = połączenie
ui-latency-phase-tls = tls
ui-latency-phase-hello = hello
ui-latency-phase-ttfb = ttfb
ui-latency-phase-transfer = transfer
ui-latency-p95 = łącznie p95
ui-latency-time = Czas

## The history window's page: incidents

ui-incidents-heading = Incydenty, ostatnie 30 dni
ui-incidents-started = Początek
ui-incidents-lasted = Czas trwania
ui-incidents-what = Co
ui-incidents-why = Dlaczego
ui-incidents-side = Czyja strona

## The history window's page: what went wrong in the page itself

ui-problem-history = Historia: { $error }
ui-problem-start = Nie udało się uruchomić okna: { $error }
ui-problem-load = Nie udało się wczytać { $file }
ui-problem-script = Błąd skryptu: { $error } ({ $place })
ui-problem-csp = Zablokowane przez politykę bezpieczeństwa treści: { $directive } { $address }

## The settings page

ui-settings-heading = Ustawienia
ui-settings-path = ({ $path })
ui-settings-broken = Ta strona nie może pokazać ustawień, bo ich plik (podany wyżej) zawiera błąd. Popraw go w edytorze tekstu: Downbeat wczyta go ponownie, gdy tylko będzie poprawny.
ui-settings-services = Obserwowane serwisy
ui-settings-add-service = Dodaj serwis
ui-settings-add = Dodaj
ui-settings-service-other = (zapisany w pliku konfiguracyjnym)
ui-settings-edit = Edytuj
ui-settings-remove = Usuń
ui-settings-edit-label = Edytuj { $service }
ui-settings-remove-label = Usuń { $service }
ui-settings-service-error = { $service }: { $error }
ui-settings-some-service-error = Jeden z serwisów: { $error }
ui-settings-custom = Dodaj własny serwis HTTPS
ui-settings-custom-name = Nazwa
ui-settings-custom-url = URL
ui-settings-custom-status = Oczekiwany status
ui-settings-custom-add = Dodaj ten serwis
ui-settings-custom-incomplete = własny serwis wymaga nazwy i adresu URL
ui-settings-checks = Sprawdzanie
ui-settings-interval = Sprawdzaj co
ui-settings-interval-hint = np. 30s, 1m, 5m
ui-settings-baseline = Sprawdzaj też moje połączenie, żeby Downbeat wiedział, po czyjej stronie jest problem
ui-settings-autostart = Uruchamiaj Downbeat po zalogowaniu
ui-settings-theme = Wygląd
ui-settings-theme-system = Jak w systemie
ui-settings-theme-light = Jasny
ui-settings-theme-dark = Ciemny
ui-settings-language = Język
ui-settings-language-auto = Jak w systemie
ui-settings-notify = Powiadamiaj mnie, gdy
ui-settings-notify-down = serwis przestanie działać
ui-settings-notify-recovered = znowu zacznie działać
ui-settings-notify-degraded = działa wolno lub z zakłóceniami
ui-settings-notify-offline = moje połączenie ma problem (brak internetu, strona logowania, DNS)
ui-settings-remind = przypominaj, dopóki serwis nie działa, co
ui-settings-remind-every = Okres przypomnień
ui-settings-outside = Awaria u wszystkich czy tylko u mnie?
ui-settings-elsewhere = Gdy serwis nie działa, a moje połączenie tak, pytaj sondy w innych miejscach (Globalping), czy tam też nie działa
ui-settings-provider = Następnie ustal, do jakiego operatora należy ta sieć (RIPEstat), i pytaj też sondy w jego sieci, żeby odróżnić problem operatora od problemu w domu
ui-settings-country = Mój kraj
ui-settings-country-placeholder = PL
ui-settings-country-hint = dwie litery; puste: według strefy czasowej
ui-settings-token = Token Globalping
ui-settings-token-hint = opcjonalny, dla większego limitu
ui-settings-outside-note = Co jest wysyłane: host, port i ścieżka testu, który nie działa. Nic, gdy wszystko działa lub gdy jesteś offline.
ui-settings-save = Zapisz
ui-settings-close = Wróć do historii
ui-settings-saving = Zapisuję…
ui-settings-saved = Zapisano. Następna runda użyje nowych ustawień.

## The built-in presets' words (presets/*.toml)

preset-apple_music-advice = Pobrana muzyka nadal działa.
preset-deezer-advice = Pobrana muzyka nadal działa w trybie offline (w płatnym planie).
preset-soundcloud-advice = Utwory zapisane do słuchania offline (z Go) nadal działają.
preset-spotify-advice = Pobrana muzyka nadal działa w trybie offline.
preset-tidal-advice = Pobrana muzyka nadal działa w trybie offline.
preset-youtube_music-advice = Utwory pobrane w aplikacji nadal działają offline (z YouTube Music Premium).
preset-spotify-group-the-spotify-apps = aplikacje Spotify
preset-spotify-group-the-web-player = odtwarzacz internetowy
preset-spotify-group-login = logowanie

## This computer's path, as `check` lists it when something failed (view::path_lines).
## $family: "IPv4" or "IPv6"; $interface: a network interface ("eth0", "wlan0", "wg0"); $router:
## the router's address; $took: how long asking took; $port: a TCP port number.

path-route-router = Ruch { $family } idzie przez { $interface } do routera { $router }.
path-route-tunnel = Ruch { $family } idzie przez tunel { $interface }.
path-route-direct = Ruch { $family } idzie przez { $interface }.
path-route-none = Brak trasy { $family }.
path-link-down = Interfejs { $interface } nie działa.
path-link-no-address = Interfejs { $interface } nie ma adresu { $family }.
path-router-echo = Router odpowiedział na ping w ciągu { $took }.
path-router-tcp = Router odpowiedział na porcie TCP { $port } w ciągu { $took }.
path-router-silent = Router nie odpowiedział w ciągu { $took }.
path-router-unreachable = Router jest nieosiągalny: ten komputer nie ma do niego drogi.
