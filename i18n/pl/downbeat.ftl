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

cause-line-offline = Jesteś offline: to u ciebie, nie w serwisach
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
    [one] { $services }: { $state } – to po ich stronie
    [few] Serwisy { $services }: { $state } – to po ich stronie
    [many] Serwisy { $services }: { $state } – to po ich stronie
   *[other] Serwisy { $services }: { $state } – to po ich stronie
}

## The tray menu's first line: whose side, short (44 characters at most; longer is cut).

line-tray-offline = U ciebie: jesteś offline
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
} – { $state }

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
line-connection-not-checked = nie sprawdzane
line-connection-baseline-off = nie sprawdzane (testy referencyjne wyłączone)
line-connection-paused = nie sprawdzane podczas pauzy
line-connection-checking = sprawdzam…
line-connection-fine = w porządku
line-connection-sites = { $state } (odpowiada { $answered } z { $sites } { $sites ->
    [one] strony
    [few] stron
    [many] stron
   *[other] strony
})
line-tray-connection-sites = { $state } (strony: { $answered }/{ $sites })
line-tray-connection-paused = nie sprawdzane (pauza)

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
}, a w innych sieciach działa: to wina operatora, a nie { $service } czy twojego domu. Restart routera nic nie da, ale telefon na danych komórkowych tak. Zgłoś to do { $provider }.
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

