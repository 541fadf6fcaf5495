# Downbeat's messages, in English: the source every other language translates.
# docs/translating.md says how to add a language and what each argument is.

## The language itself

# The language's name, in itself: the settings page lists it so.
language-name = English

## Numbers, times, dates and lists: how this language writes them

# The decimal mark: "1.5 s".
number-decimal = .
# A measured time. $n: the number, already written with the decimal mark.
unit-ms = { $n } ms
unit-seconds = { $n } s
# A span of time: $d days, $h hours, $min minutes, $s seconds (whole numbers).
span-s = { $s } s
span-min = { $min } min
span-h = { $h } h
span-h-min = { $h } h { $min } min
span-d = { $d } d
span-d-h = { $d } d { $h } h
# A month's short name. $month: 1 to 12.
month-short = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}
# The parts of a moment every date and time pattern may use: $day (1-31), $month (the short
# name above), $month_num (1-12), $year, $hour (0-23), $hh (00-23), $h12 (1-12), $mm and $ss
# (00-59), $ampm ("am" or "pm").
# A day in this year: "12/7".
date-day-month = { $month_num }/{ $day }
# A day with its year: "12/7/2026".
date-day-month-year = { $month_num }/{ $day }/{ $year }
# A day and its time. $date: one of the two above; $time: time-hm.
date-time = { $date }, { $time }
# A time of day: "2:05 PM".
time-hm = { $h12 }:{ $mm } { $ampm ->
    [am] AM
   *[pm] PM
}
# A time of day to the second: "2:05:09 PM".
time-hms = { $h12 }:{ $mm }:{ $ss } { $ampm ->
    [am] AM
   *[pm] PM
}
# Lists. $first: every item but the last, joined with list-comma; $last: the last item.
list-comma = {", "}
list-and = { $first } and { $last }
list-or = { $first } or { $last }

## Causes: what is behind a verdict, and whose side it is on

# A short noun phrase for a tray line or a history row, lower-case: "your DNS server isn't answering".
cause-headline-none = all is well
cause-headline-service = the service is failing
cause-headline-offline = you're offline
cause-headline-dns-resolver-down = your DNS server isn't answering
cause-headline-dns-filtered = your network's DNS blocks it
cause-headline-captive-portal = this network wants you to sign in
cause-headline-slow-connection = your connection is slow
cause-headline-port-blocked = your network blocks its preferred port
cause-headline-downbeat-outdated = Downbeat is out of date
cause-headline-network-path = it fails only from your network
cause-headline-provider = it fails on your provider's network
cause-headline-clock-wrong = your computer's clock is wrong
cause-headline-tls-intercepted = something intercepts secure connections
cause-headline-dns-unconfirmed = your DNS says its name doesn't exist

# The one word (or two) for a service whose state this cause explains: "offline", "blocked".
cause-state-word-offline = offline
cause-state-word-dns-resolver-down = no DNS
cause-state-word-dns-filtered = blocked
cause-state-word-captive-portal = sign-in needed
cause-state-word-slow-connection = slow connection
cause-state-word-port-blocked = port blocked
cause-state-word-downbeat-outdated = update Downbeat
cause-state-word-network-path = not from here
cause-state-word-provider = your provider
cause-state-word-clock-wrong = wrong clock
cause-state-word-tls-intercepted = intercepted
cause-state-word-dns-unconfirmed = name not found here

# One line for the tray menu or the window's heading, with what helps. $service: the service's name.
cause-line-offline = You're offline: it's you, not the services
cause-line-dns-resolver-down = Your DNS server isn't answering: restart your router or switch DNS
cause-line-dns-filtered = Your network blocks { $service }: try another network
cause-line-captive-portal = This Wi-Fi wants you to sign in: open a browser
cause-line-slow-connection = Your connection is slow for everything, not just { $service }
cause-line-port-blocked = Your network blocks { $service }'s preferred port: the apps use another
cause-line-downbeat-outdated = Downbeat is out of date for { $service }: update it
cause-line-network-path = { $service } works elsewhere, not from your network: try another network
cause-line-provider = { $service } fails on your provider's network: it's your provider
cause-line-clock-wrong = Your computer's clock is wrong: secure connections fail, it's you
cause-line-tls-intercepted = Something intercepts your secure connections: it's this network or computer
cause-line-dns-unconfirmed = Your DNS says { $service } doesn't exist: this network may filter it

# What helps, in one sentence.
cause-advice-service = It's them: restarting your router won't help.
cause-advice-offline = Check your Wi-Fi, router or VPN.
cause-advice-dns-resolver-down = Restart your router or switch DNS (for example to 1.1.1.1).
cause-advice-dns-filtered = Try another network, or ask whoever runs this one.
cause-advice-captive-portal = Open a browser and sign in.
cause-advice-slow-connection = Move closer to the Wi-Fi, pause other downloads, or restart your router.
cause-advice-port-blocked = Nothing to do while the apps connect; if they stop, ask whoever runs this network.
cause-advice-downbeat-outdated = Update Downbeat: its hello to the access points is out of date.
cause-advice-network-path = Try another network (a phone hotspot); if that works, it is this network or your provider.
cause-advice-provider = Restarting your router won't help; a phone on mobile data will. Tell your provider.
cause-advice-clock-wrong = Turn on automatic time in your system settings.
cause-advice-tls-intercepted = This is usually a company network, an antivirus web shield or a filter; on a network you don't trust, stop.
cause-advice-dns-unconfirmed = Try another network or DNS; if it works there, this network filters it.

## Diagnoses: why a check came out the way it did

# A short noun phrase for verdict lines and notifications: "TLS certificate expired".
diagnosis-ok = all good
diagnosis-slow = responding slowly
diagnosis-dns-nxdomain = its name does not resolve
diagnosis-dns-failure = DNS lookup failed
diagnosis-tcp-refused = connection refused
diagnosis-tcp-timeout = connection timed out
diagnosis-network-unreachable = network unreachable
diagnosis-connection-reset = connection reset
diagnosis-tls-handshake-failed = secure connection failed
diagnosis-tls-cert-expired = TLS certificate expired
diagnosis-tls-cert-not-yet-valid = TLS certificate not yet valid
diagnosis-tls-cert-untrusted = TLS certificate not trusted
diagnosis-tls-hostname-mismatch = TLS certificate is for another name
diagnosis-tls-cert-expiring = TLS certificate expires soon
diagnosis-http-server-error = server error
diagnosis-http-rate-limited = rate limited
diagnosis-http-unexpected-status = unexpected HTTP status
diagnosis-http-unexpected-body = unexpected page content
diagnosis-http-redirect-loop = too many redirects
diagnosis-protocol-error = the server does not speak HTTP
diagnosis-timeout = stopped responding
diagnosis-stream-too-slow = streaming too slowly
diagnosis-dns-blocked = your network's DNS blocks it
diagnosis-captive-portal = a sign-in page (captive portal) answered
diagnosis-ap-signature-invalid = the handshake isn't signed by Spotify
diagnosis-ap-handshake-failed = the access point handshake fails
diagnosis-ap-upgrade-required = it asks for a newer Downbeat
diagnosis-ap-port-blocked = your network blocks its preferred port
