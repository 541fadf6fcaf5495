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
#
# The causes on this computer's path may name $router (its address) and $interface (a VPN's),
# and may select on $via: "vpn" when the traffic goes through a VPN, else "network" (IPv4
# broken through a VPN that carries it is the VPN's, not the network's).

# A short noun phrase for a tray line or a history row, lower-case: "your DNS server isn't answering".
cause-headline-none = all is well
cause-headline-service = the service is failing
cause-headline-offline = you're offline
# Where on the user's side it stops. $router: the router's address ("192.168.1.1");
# $interface: the VPN's network interface ("wg0").
cause-headline-no-network = this computer isn't connected to a network
cause-headline-router-down = your router ({ $router }) doesn't answer
cause-headline-line-down = your router ({ $router }) answers, the line beyond it doesn't
cause-headline-vpn-down = your VPN ({ $interface }) passes nothing
cause-headline-ipv6-broken = IPv6 is broken on this network, IPv4 works
cause-headline-ipv4-broken = { $via ->
        [vpn] your VPN ({ $interface }) passes no IPv4, IPv6 works
       *[other] IPv4 is broken on this network, IPv6 works
    }
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
cause-state-word-no-network = offline
cause-state-word-router-down = offline
cause-state-word-line-down = offline
cause-state-word-vpn-down = offline
cause-state-word-ipv6-broken = IPv6 broken
cause-state-word-ipv4-broken = IPv4 broken
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
cause-line-no-network = This computer isn't connected to a network: it's you, not the services
cause-line-router-down = Your router ({ $router }) doesn't answer: it's you, not the services
cause-line-line-down = Your router ({ $router }) answers, but nothing beyond it does: it's your line, not the services
cause-line-vpn-down = Your VPN ({ $interface }) passes nothing: it's you, not the services
cause-line-ipv6-broken = IPv6 is broken on this network: apps that try it first stall
cause-line-ipv4-broken = { $via ->
        [vpn] Your VPN ({ $interface }) passes no IPv4: sites without IPv6 can't be reached
       *[other] IPv4 is broken on this network: sites without IPv6 can't be reached
    }
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
cause-advice-no-network = Turn on Wi-Fi or plug in the cable.
cause-advice-router-down = Restart the router, or move closer to the Wi-Fi.
cause-advice-line-down = Restarting the router can help once; if it doesn't, it's your provider, and their status page or phone line is the next step.
cause-advice-vpn-down = Reconnect the VPN, or turn it off.
cause-advice-ipv6-broken = Restart the router; if it persists, turn IPv6 off on this computer or ask your provider.
cause-advice-ipv4-broken = { $via ->
        [vpn] Reconnect the VPN, or turn it off.
       *[other] Restart the router; if it persists, it's your provider (its IPv4 gateway), and their status page or phone line is the next step.
    }
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


## Lines: the one-line summaries every front end shows (src/view/lines.rs): the tray's first
## line and the window's headline (the verdict line), a service's line, the user's connection's
## line, and the config's lines.

# A state as a sentence says it: a service's, a check group's or the connection's.
# $state: its code (up, degraded, down, offline, unknown).
line-state = { $state ->
    [up] up
    [degraded] degraded
    [down] down
    [offline] offline
   *[unknown] unknown
}

# Whose side a service's own failure is on, after what fails (the window's cards, the
# notifications), when the baseline sites showed the user's connection working.
line-them-connection-fine = It's them: your connection is fine.
# The same, when nothing checked the user's connection (the baseline is off).
line-them = It's them.

# Before the first round's results: the tray's first line and the window's headline.
line-checking = Checking…

# While checks are paused, the tray's first line and the window's headline.
# $time: the time of day the pause ends.
line-paused-until = Paused until { $time }
line-paused-until-resumed = Paused until you resume

# The tray's first line when nothing is wrong (one service, up, or no services).
line-all-well = All is well
# Several services, all up. $count: how many (2 or more).
line-all-up = { $count ->
    [2] Both services are up
   *[other] All { $count } services are up
}
# Several services, none failing, some not checked yet. $up: how many are up; $count: how many
# services there are.
line-some-up = { $up } of { $count } services are up; checking the others

# Who a problem on the user's side stops, in the verdict line when it is every service (or
# names can't be listed): "Your network blocks your services".
line-your-services = your services

## The verdict line when a service itself fails (it's them).

# One service fails. $service: its name; $state: its state (line-state: "down", "degraded");
# $scope: how far the failure reaches, as probes elsewhere saw it ("everywhere": down for
# everyone; "region": in the user's country, named by $place; "here": not asked).
line-verdict-them = { $scope ->
    [everywhere] { $service } is { $state } for everyone: it's them
    [region] { $service } is { $state } in { $place }: it's them
   *[here] { $service } is { $state }: it's them
}
# The same, with why: $why is line-why-for, line-why-diagnosis-for, or the diagnosis alone
# ("TLS certificate expired").
line-verdict-them-why = { $scope ->
    [everywhere] { $service } is { $state } for everyone ({ $why }): it's them
    [region] { $service } is { $state } in { $place } ({ $why }): it's them
   *[here] { $service } is { $state } ({ $why }): it's them
}
# Why, in the verdict line: how long it has failed. $span: "12 min".
line-why-for = for { $span }
# Why: what fails and how long. $diagnosis: "TLS certificate expired"; $span: "12 min".
line-why-diagnosis-for = { $diagnosis }, for { $span }
# Several services fail. $services: their names as a list ("Tunes and Radio"); $count: how
# many; $state: the worst of their states, "degraded" or "down" (select on it: the word may agree with the count).
line-verdict-them-many = { $services } { $count ->
    [one] is
   *[other] are
} { $state ->
    [degraded] degraded
   *[down] down
}: it's them

## The tray menu's first line: whose side, short (44 characters at most; longer is cut).

# A problem on the user's side. $services: the service(s) it stops, or line-your-services;
# $count: how many services that names.
line-tray-offline = It's you: you're offline
line-tray-no-network = It's you: no network (Wi-Fi or cable)
line-tray-router-down = It's you: router { $router } doesn't answer
line-tray-line-down = It's your line: router { $router } is fine
line-tray-vpn-down = It's you: VPN { $interface } passes nothing
line-tray-ipv6-broken = It's you: IPv6 is broken, IPv4 works
line-tray-ipv4-broken = { $via ->
        [vpn] It's you: VPN { $interface } passes no IPv4
       *[other] It's you: IPv4 is broken, IPv6 works
    }
line-tray-dns-resolver-down = It's you: your DNS server isn't answering
line-tray-captive-portal = It's you: this Wi-Fi wants you to sign in
line-tray-slow-connection = It's you: your connection is slow
line-tray-clock-wrong = It's you: your clock is wrong
line-tray-tls-intercepted = It's you: something intercepts connections
line-tray-dns-filtered = It's you: your network blocks { $services }
line-tray-port-blocked = It's you: a port is blocked for { $services }
line-tray-downbeat-outdated = It's you: Downbeat needs an update
line-tray-network-path = It's you: { $services } { $count ->
    [one] fails
   *[other] fail
} only from here
line-tray-provider = It's you: your provider can't reach { $services }
line-tray-dns-unconfirmed = It's you: your DNS says { $services } { $count ->
    [one] doesn't
   *[other] don't
} exist
# One service fails. $service: its name; $state: its state (line-state).
line-tray-them = It's them: { $service } is { $state }
# Several services fail. $count: how many; $state: the worst of their states, "degraded" or "down" (select on it).
line-tray-them-many = It's them: { $count } { $count ->
    [one] service is
   *[other] services are
} { $state ->
    [degraded] degraded
   *[down] down
}

## A service's line: the tray menu's line per service, and the verdict line for a single
## service. Optional parts are added one message at a time: each takes the line so far as
## $line and adds to it.

# $service: the service's name; $state: its state (line-state).
line-service-state = { $service }: { $state }
# A problem on the user's side explains it. $word: that problem's word ("offline", "blocked").
line-service-word = { $service }: { $word }
# The same, with the problem's headline. $headline: "your network's DNS blocks it".
line-service-word-why = { $service }: { $word }, { $headline }
# Before its first result.
line-service-checking = { $service }: checking…
# Which of its groups of checks are hit. $groups: their names, comma-separated ("the Spotify
# apps"); $count: how many.
line-service-groups = { $line } ({ $groups })
# What fails. $diagnosis: "TLS certificate expired".
line-service-diagnosis = { $line }, { $diagnosis }
# How long it has been so (the verdict line). $span: "12 min".
line-service-for = { $line }, for { $span }
# A check of it runs with certificate verification off.
line-service-unverified = { $line } (unverified)
# How long it has been so, in the tray menu (short). $span: "12 min".
line-tray-service-for = { $line }, { $span }
# In the tray menu while checks are paused.
line-tray-service-paused = { $service }: not checked (paused)

## The user's connection's line: "Your connection: fine (3 of 3 sites answer)". The window's
## connection card shows the part after the label alone.

# $detail: one of the line-connection-… messages below.
line-connection = Your connection: { $detail }
# Not checked: nothing runs (the config doesn't load), or the baseline is off (tray menu).
line-connection-not-checked = not checked
line-connection-baseline-off = not checked (the baseline is off)
line-connection-paused = not checked while paused
# The connection's state word while no problem is known.
line-connection-checking = checking…
line-connection-fine = fine
# $state: the connection's word ("fine", "offline"); $answered: how many baseline sites
# answered; $sites: how many were asked.
line-connection-sites = { $state } ({ $answered } of { $sites } { $sites ->
    [one] site answers
   *[other] sites answer
})
# The same in the tray menu, short, and while paused.
line-tray-connection-sites = { $state } ({ $answered }/{ $sites } sites)
line-tray-connection-paused = not checked (paused)

## The config's lines: the tray, the window, `watch` and `serve`.

# A config that doesn't load. $error: the loader's error (its file, line and column first).
line-config-error = Config error: { $error }
# In the tray menu, short: where the error is. $place: the file's name, line and column
# ("downbeat.toml:3:11").
line-tray-config-error-in = Config error in { $place }
# An edited config that doesn't load while the monitor runs on (the window). $error: as above.
line-config-kept = Config error: { $error }. Downbeat is still checking with the last settings that loaded; it reloads the file as soon as it is fixed.
# `watch` and `serve`, when the edited config doesn't load. $error: as above.
line-config-not-reloaded = config not reloaded: { $error }; still running on the last config that loaded
# `watch`, `serve` and the tray's log when the config reloads. $path: the file;
# $changes: what changed, the line-config-reloaded-… parts joined by line-clause-separator.
line-config-reloaded = config reloaded from { $path }: { $changes }
line-config-reloaded-nothing = config reloaded from { $path }: nothing that runs changed
# $services: the services' names as a list; $count: how many.
line-config-reloaded-added = { $services } added
line-config-reloaded-removed = { $services } removed
line-config-reloaded-changed = { $services } changed
line-config-reloaded-baseline = the baseline changed
# $keys: the [settings] keys as the file spells them, comma-separated; $count: how many.
line-config-reloaded-settings = settings changed: { $keys }
# Between the parts of a line that says several things.
line-clause-separator = {"; "}

## `watch`'s line per transition: "Spotify: up -> down (login: server error; blame: them,
## cause: service)". Each part after the first takes the line so far as $line.

# $who: the service's name, or line-your-connection; $from, $to: the states (line-state).
line-transition = { $who }: { $from } -> { $to }
line-your-connection = your connection
# What failed. $check: the check's name; $diagnosis: "server error"; $blame and $cause: codes
# ("them", "service"), as the history writes them.
line-transition-check = { $line } ({ $check }: { $diagnosis }; blame: { $blame }, cause: { $cause })
line-transition-diagnosis = { $line } ({ $diagnosis }; blame: { $blame }, cause: { $cause })
# How long the state before lasted. $span: "12 s".
line-transition-after = { $line } after { $span }
# The check's detail, a sentence of its own. $detail: "127.0.0.1 is answering …".
line-transition-detail = { $line }. { $detail }

## The history window (src/view/window.rs): its headline, the connection card and the
## services' cards.

# The headline when nothing runs (the config doesn't load); the problem is shown under it.
window-not-checking = Downbeat is not checking anything: see the problem below
# Under the headline, while a round runs.
window-checking = checking…
# Under the headline, after a round. $time: the time of day it ended, to the second.
window-checked = checked { $time }
# Above the cards, when every failing check fails the same way (said once, not per card).
# $count: how many checks fail (2 or more); $diagnosis: "DNS lookup failed".
window-shared-failure-all = All { $count } checks fail the same way: { $diagnosis }.
# The same when some checks still pass.
window-shared-failure = { $count } { $count ->
    [one] check fails
   *[other] checks fail
} the same way: { $diagnosis }.
# One of those checks in full. $check: its name; $detail: what it met, a sentence.
window-shared-failure-example = { $check }: { $detail }

## A service's card.

# The badge: a symbol and the service's word. $glyph: ✓, !, ✕ or ⌂; $word: its state or the
# user's-side problem ("down", "offline", "blocked").
window-badge = { $glyph } { $word }
window-badge-paused = ‖ paused
window-badge-checking = – checking
# The card's sentence while checks are paused. $service: its name; $time: the time of day
# the pause ends.
window-card-paused-until = Paused: { $service } is not checked until { $time }.
window-card-paused = Paused: { $service } is not checked until you resume.
# The user is offline, and that is said above the cards already.
window-card-offline-merged = Can't be judged while you're offline.
window-card-offline = You're offline, so this service can't be judged: it's you, not them.
# A problem on the user's side explains it. $service: its name; $advice: what helps, a
# sentence.
window-card-you = It's you, not { $service }. { $advice }
window-card-up = Working normally.
# What fails, before whose side it is (line-them…). $check: the check's name; $diagnosis:
# "TLS certificate expired".
window-card-check = { $check }: { $diagnosis }.
# Since when it is not up. $when: the day and time.
window-since = Since { $when }.
# A check's phase, on its row: $phase: the phase's short name (dns, tcp, tls, ttfb);
# $time: how long it took ("0.4 ms").
window-chip = { $phase } { $time }
# The phase that failed.
window-chip-failed = { $phase } ✕
# A phase of a check, as the window's chips name it. $phase: its code (dns, connect, tls,
# hello, ttfb, transfer).
phase-name = { $phase ->
    [dns] dns
    [connect] connect
    [tls] tls
    [hello] hello
    [ttfb] ttfb
   *[transfer] transfer
}
# A probe elsewhere and what it found. $works: "yes" or "no"; $city, $country (a code),
# $network: where it is.
window-outside-place = { $works ->
    [yes] ✓
   *[no] ✕
} { $city }, { $country } ({ $network })

## The outside view (src/view/outside.rs, src/model/outside.rs): what probes elsewhere (in
## other places and networks) saw of a failing service, on its card, in `check`'s note and in
## `check --outside`'s listing.

# Why the probes elsewhere could not say, when nothing more is known.
outside-no-answer = no answer
# The user's country when only its code is known (an old history's). $code: "GB".
outside-your-country-code = your country ({ $code })
# The user's country when it is not known at all.
outside-your-country = your country
# The user's internet provider when its name is not known.
outside-your-provider = your provider

## A failing service's card: "Seen from elsewhere: …".

# It fails from most places. $failing: how many probes failed; $probes: how many answered;
# $countries: how many countries they were in.
outside-line-everywhere = Seen from elsewhere: it fails from { $failing } of { $probes } { $probes ->
    [one] place
   *[other] places
} too, across { $countries } { $countries ->
    [one] country
   *[other] countries
}.
# It fails in the user's country and works elsewhere. $failing of $probes: the probes in the
# country; $country: "the United Kingdom"; $elsewhere: how many probes outside it.
outside-line-region = Seen from elsewhere: { $failing } of { $probes } { $probes ->
    [one] place
   *[other] places
} in { $country } fail; it works from { $elsewhere } { $elsewhere ->
    [one] place
   *[other] places
} elsewhere.
# Some places fail, some work. $failing, $probes: as above.
outside-line-partial = Seen from elsewhere: it fails from { $failing } of { $probes } { $probes ->
    [one] place
   *[other] places
} and works from the rest.
# It works from everywhere asked. $working: how many probes got through; $probes: how many
# answered.
outside-line-only-here = Seen from elsewhere: it works from { $working } of { $probes } { $probes ->
    [one] place
   *[other] places
}, so it is your network's path to it.
# It fails on the user's provider's network elsewhere too. $provider: its name, or
# outside-your-provider; $failing of $probes: the probes on that network; $working of
# $others: the probes on other networks.
outside-line-provider = Seen from elsewhere: it fails on { $provider }'s network ({ $failing } of { $probes } { $probes ->
    [one] place
   *[other] places
}) and works on others ({ $working } of { $others }).
# The world could not say. $error: why ("rate limited until 12:40", outside-no-answer).
outside-line-unknown = Not seen from elsewhere: { $error }.

## `check`'s note on the outside view.

# $probes: how many probes answered; $in_country: how many of them are in the user's
# country; $country: the country (outside-country-from, "the United Kingdom",
# outside-country-unknown).
outside-note = Asked { $probes } { $probes ->
    [one] probe
   *[other] probes
} elsewhere, { $in_country } of them in { $country }.
# The user's country and where Downbeat learnt it. $country: "the United Kingdom"; $from:
# "the settings", "the time zone Europe/London".
outside-country-from = { $country } (your country, from { $from })
outside-country-unknown = your country (unknown: your time zone names none; set country in [settings])
# The probes elsewhere could not say. $error: why.
outside-could-not-say = Probes elsewhere could not say: { $error }.

## The user's provider, when the service fails only from here or on the provider's network.

# It fails on the provider's network elsewhere too. $service: its name; $provider: the
# provider's name, or outside-your-provider; $reach: "country" when every failing probe on that
# network is in the user's country ($country), else "world".
outside-provider-sentence = { $service } fails on { $provider }'s network { $reach ->
    [country] elsewhere in { $country }
   *[world] elsewhere
} too, and works on other networks: it's your provider, not { $service } and not your home. Restarting your router won't help; a phone on mobile data will. Tell { $provider }.
# It works on the provider's network elsewhere. $provider: its name; $probes: how many probes
# on it answered (all of them got through).
outside-provider-works = It works on { $provider } elsewhere too ({ $probes } of { $probes }): it's this connection, not your provider.
# No probe elsewhere was on the provider's network. $provider: its name.
outside-provider-no-probe = No probe was on { $provider }'s network, so Downbeat could not tell your provider from your home.
# The provider could not be learnt. $error: why.
outside-provider-unknown = Downbeat could not learn your provider ({ $error }), so it could not tell your provider from your home.

## `check --outside`'s listing.

# $host: the address asked about; $service: the service's name.
outside-listing-asked = Asked probes elsewhere to reach { $host } ({ $service }).
# $provider: the provider's name; $asn: its autonomous system's number.
outside-listing-provider = Your provider: { $provider } (AS{ $asn }).
# $error: why it is not known.
outside-listing-provider-unknown = Your provider: not known ({ $error }).
outside-listing-provider-not-asked = Your provider: not asked.
# One probe elsewhere and what it found. $works: "yes" or "no"; $city, $country (a code),
# $network, $asn: where it is; $yours: "yes" when it is on the user's provider's network.
outside-listing-place = { $works ->
    [yes] ✓ works
   *[no] ✕ fails
} { $city }, { $country }: { $network } (AS{ $asn }){ $yours ->
    [yes] {" "}(your provider)
   *[no] {""}
}
# How far the failure reaches, last. $service: its name; $country: the user's country.
outside-listing-everywhere = { $service } fails from most places: down for everyone.
outside-listing-region = { $service } fails in { $country } and works elsewhere.
outside-listing-partial = { $service } fails from some places and works from others.
outside-listing-only-here = { $service } works from everywhere asked.

## A vendor's status page, beside what Downbeat saw: "Spotify's status page: Partial System
## Outage: 'Playback failures' (investigating since 09:58)".

# $service: the service's name; $error: why the page could not be read.
outside-page-unread = { $service }'s status page could not be read: { $error }.
outside-page-no-incident = { $service }'s status page reports no incident yet.
# The page reports a problem but names no incident. $what: the page's words
# ("Partial System Outage"), with its components (outside-page-head-components), or
# outside-page-a-problem.
outside-page-says = { $service }'s status page: { $what }.
outside-page-a-problem = a problem, no incident named
# A major problem on fewer than half the page's components, as a Statuspage says it.
outside-page-partial-outage = Partial System Outage
# The page's words and the components that are not operational. $head: "Partial System
# Outage"; $components: outside-page-component, comma-separated, or outside-page-components-more.
outside-page-head-components = { $head } — { $components }
# More than three components. $components: the first three; $more: how many others.
outside-page-components-more = { $components }, and { $more } more
# A component that is not operational. $component: its name; $status: its code;
# $status_text: the code as words, for a code not listed here.
outside-page-component = { $component }: { $status ->
    [degraded_performance] degraded performance
    [partial_outage] partial outage
    [major_outage] major outage
    [under_maintenance] under maintenance
   *[other] { $status_text }
}
# An incident's status, as the page gives its code ($status).
outside-incident-status = { $status ->
    [investigating] investigating
    [identified] identified
    [monitoring] monitoring
    [resolved] resolved
    [postmortem] postmortem
   *[other] { $status }
}
# The page's first incident. $incident: its title, as the page writes it; $status:
# outside-incident-status; $when: when it was opened.
outside-incident = '{ $incident }' ({ $status })
outside-incident-since = '{ $incident }' ({ $status } since { $when })
# More incidents than the first. $incident: the first (outside-incident…); $more: how many
# others.
outside-incidents-more = { $incident }, and { $more } more
# The page's incident line. $service: the service's name; $incident: outside-incident… ;
# $head: the page's words ("Partial System Outage"), or those and its components
# (outside-page-head-components).
outside-page-incident = { $service }'s status page: { $incident }.
outside-page-incident-head = { $service }'s status page: { $head }: { $incident }.
outside-page-incident-head-components = { $service }'s status page: { $head }; { $incident }.

## Groups (src/model/group.rs): a service's checks gathered by what they serve, in one
## sentence that says which are hit and which still work, on the window's card and in the
## notifications: "The Spotify apps can't connect (access point: the access point handshake
## fails); the web player and login work." The first letter is made a capital after.

# A group that can't connect. $group: its name as said mid-sentence ("the Spotify apps",
# "login"); $plural: "yes" when the name is plural.
group-down = { $group } can't connect
# A group that is degraded. $group, $plural: as above.
group-degraded = { $group } { $plural ->
    [yes] are
   *[no] is
} degraded
# A hit group, with the check that shows it. $clause: group-down or group-degraded; $check:
# the check's name; $diagnosis: "server error".
group-because = { $clause } ({ $check }: { $diagnosis })
# Two hit groups' clauses, one after the other. $first: the clauses so far; $next: one more.
group-and-then = { $first }; { $next }
# The sentence when no group works. $hit: the hit groups' clauses.
group-sentence = { $hit }.
# The sentence with the groups that still work. $fine: their names as a list; $count: how
# many; $plural: "yes" when the first (or only) one's name is plural.
group-sentence-fine = { $hit }; { $fine } { $count ->
    [one] { $plural ->
        [yes] work
       *[no] works
    }
   *[other] work
}.


## States: the one word for how a check, a service or the connection stands

# The tray menu's and the window's word for a state: "Spotify: down".
state-unknown = unknown
state-up = up
state-degraded = degraded
state-down = down
state-offline = offline

## Notifications: pieces several of them share

# Where a notification names the check that decided it and the transition names none.
# notify-some-check is used inside a sentence; notify-some-check-start begins one.
notify-some-check = a check
notify-some-check-start = A check
# The end of any notification caused by a check that runs with TLS verification off
# (`insecure = true`). $check: the check's name.
notify-unverified = (Unverified: verification is off for { $check }.)
# The same, when the transition names no check.
notify-unverified-unnamed = (Unverified: verification is off for this check.)
# What a notification says when a check works again and nothing else is known.
# $check: the check's name (or notify-some-check), as written, lower case if it was.
notify-check-works-again = { $check } works again.

## Notifications: a service goes down, is degraded, and comes back

# Titles. $service: the service's name ("Spotify").
notify-down-title = { $service } is down
notify-degraded-title = { $service } is degraded
notify-back-title = { $service } is back
notify-back-to-normal-title = { $service } is back to normal
notify-reminder-title = { $service } is still down
# The first sentence of a down notification, when the service's checks are not grouped.
# $check_start: the check's name with its first letter in capitals (also there: $check, the
# name as written); $diagnosis: why it fails, a short phrase ("stopped responding").
# It is followed by "It's them." (or "It's them: your connection is fine."), the preset's own
# advice when it has one, and notify-down-no-help.
notify-down-failing = { $check_start } is failing: { $diagnosis }.
# The last sentence of a down notification.
notify-down-no-help = Logging in again or restarting your router won't help.
# The first sentence of a degraded notification (arguments as in notify-down-failing).
notify-degraded-failing = { $check_start }: { $diagnosis }.
# A service is back after an outage. $span: how long it was down ("12 min", "1 h 5 min");
# $check: the check's name (or notify-some-check); $diagnosis: how it failed, at its worst
# ("TLS certificate expired"), or notify-back-failing.
notify-back-body = Down for { $span } ({ $check }: { $diagnosis }).
# $diagnosis in notify-back-body when nothing more is known.
notify-back-failing = failing
# Added after notify-back-body when the service is back but still degraded.
notify-back-still-slow = It is still slower than usual.
# A degraded service is back to normal. $span: how long it was degraded.
notify-back-to-normal-body = Degraded for { $span }.
notify-back-to-normal-body-unmeasured = Working normally again.
# A reminder that a service is still down. $span: how long it has been down; $check and
# $diagnosis as in notify-back-body. Followed by "It's them." (or "It's them: your connection
# is fine.").
notify-reminder-body = Down for { $span } ({ $check }: { $diagnosis }).

## Notifications: a service's trouble that is on the user's side

# This network's DNS blocks the service. $service: the service's name; $check: the check's
# name (or notify-some-check); $advice: what helps, one sentence.
notify-dns-filtered-title = Your network blocks { $service }
notify-dns-filtered-body = Its DNS won't give { $service }'s address ({ $check }), but public DNS does: it's your network that blocks it. { $advice }
# The DNS filter is lifted. $span: how long it blocked the service.
notify-dns-filtered-over-title = { $service } gets through again
notify-dns-filtered-over-body = Your network's DNS blocked it for { $span }.
notify-dns-filtered-over-body-unmeasured = Your network's DNS no longer blocks it.
# This network blocks the service's preferred port (Spotify's access point on 4070).
# $detail: what was seen, one or more sentences ("Your network blocks port 4070 (…); the apps
# fall back to …"); $advice: what helps, one sentence.
notify-port-blocked-title = Your network blocks { $service }'s preferred port
notify-port-blocked-body = { $detail } It's your network, not { $service }. { $advice }
# The port gets through again. $span: how long it was blocked.
notify-port-blocked-over-title = { $service }'s preferred port gets through again
notify-port-blocked-over-body = Your network blocked it for { $span }.
notify-port-blocked-over-body-unmeasured = Your network no longer blocks it.
# The service asks for a newer client than Downbeat's own hello. $check: the check's name
# (or notify-some-check); $advice: what helps, one sentence.
notify-outdated-title = Downbeat is out of date
notify-outdated-body = { $service } answered { $check }, but asks for a newer client: that is Downbeat's own hello, not an outage. { $advice }
# The service's access point accepts Downbeat again (the body is notify-check-works-again).
notify-outdated-over-title = { $service }'s access point accepts Downbeat again
# Something intercepts the service's secure connections. $seen: who issued its certificate,
# one sentence (secure-issued-start), or what was seen; $advice: what helps, one sentence.
notify-intercepted-service-title = Something intercepts { $service }'s secure connections
notify-intercepted-service-body = { $seen } { $service }'s apps refuse such connections. It's this network or computer, not { $service }. { $advice }
# The interception is over. $span: how long it lasted (else notify-check-works-again).
notify-intercepted-service-over-title = { $service }'s secure connections are no longer intercepted
notify-intercepted-service-over-body = They were intercepted for { $span }.
# Only this network's DNS says the service's name doesn't exist. $check: the check's name
# (or notify-some-check); $advice: what helps, one sentence.
notify-dns-unconfirmed-title = Your DNS says { $service } doesn't exist
notify-dns-unconfirmed-body = Only this network's DNS says so ({ $check }), and a neutral DNS couldn't be asked; this network may be filtering it. It isn't counted as { $service }'s outage. { $advice }
# The name resolves again. $span: how long the DNS said it didn't exist (else
# notify-check-works-again).
notify-dns-unconfirmed-over-title = { $service }'s name resolves again
notify-dns-unconfirmed-over-body = Your DNS said it didn't exist for { $span }.

## Notifications: the user's side (no service named)

# Offline. $site: the baseline site that decided it; $diagnosis: how it failed, a short phrase
# of that site ("its name does not resolve").
notify-offline-title = You're offline
notify-offline-body-site = None of the baseline sites can be reached ({ $site }: { $diagnosis }). It's you, not the services: check your router, Wi-Fi or VPN.
notify-offline-body = None of the baseline sites can be reached ({ $diagnosis }). It's you, not the services: check your router, Wi-Fi or VPN.
# Back online. $span: how long the connection was down.
notify-online-title = You're back online
notify-online-body = Your connection was down for { $span }.
notify-online-body-unmeasured = Your connection is working again.

# Where on the user's side it stops, and its end. $router: the router's address; $interface:
# the VPN's interface; $advice: the cause's advice; $span: how long it lasted.
notify-no-network-title = No network
notify-no-network-body = This computer isn't connected to a network, so nothing can be reached. It's you, not the services. { $advice }
notify-router-down-title = Your router doesn't answer
notify-router-down-body = Your router ({ $router }) doesn't answer, so nothing can be reached. It's you, not the services. { $advice }
notify-line-down-title = Your internet line is down
notify-line-down-body = Your router ({ $router }) answers, but nothing beyond it does: the line to your provider is down. It's not the services. { $advice }
notify-vpn-down-title = Your VPN passes nothing
notify-vpn-down-body = Your VPN ({ $interface }) carries all traffic and nothing gets through it. It's you, not the services. { $advice }
notify-ipv6-broken-title = IPv6 is broken on this network
notify-ipv6-broken-body = Apps that try IPv6 first stall before falling back to IPv4; services that answer over IPv4 are not down. { $advice }
notify-ipv4-broken-title = { $via ->
        [vpn] Your VPN ({ $interface }) passes no IPv4
       *[other] IPv4 is broken on this network
    }
notify-ipv4-broken-body = Services without an IPv6 address can't be reached, and it isn't their fault; those with one still work. { $advice }
notify-network-back-title = Connected again
notify-network-back-body = This computer had no network for { $span }.
notify-network-back-body-unmeasured = This computer is connected to a network again.
notify-router-back-title = Your router answers again
notify-router-back-body = It didn't answer for { $span }.
notify-router-back-body-unmeasured = Your connection is working again.
notify-line-back-title = Your internet line is back
notify-line-back-body = The line beyond your router was down for { $span }.
notify-line-back-body-unmeasured = The line beyond your router works again.
notify-vpn-back-title = Your VPN works again
notify-vpn-back-body = Nothing got through it for { $span }.
notify-vpn-back-body-unmeasured = Traffic gets through your VPN again.
notify-ipv6-back-title = IPv6 works again
notify-ipv6-back-body = It was broken for { $span }.
notify-ipv6-back-body-unmeasured = IPv6 works on this network again.
notify-ipv4-back-title = IPv4 works again
notify-ipv4-back-body = It was broken for { $span }.
notify-ipv4-back-body-unmeasured = IPv4 works on this network again.
# A captive portal. notify-captive-portal-location comes first when the page is known
# ($location: its address); $advice: what helps, one sentence.
notify-captive-portal-title = This Wi-Fi wants you to sign in
notify-captive-portal-location = It sends you to { $location }.
notify-captive-portal-body = Until you sign in, nothing else works, and it isn't the services' fault. { $advice }
# Signed in. $span: how long the sign-in page was in the way.
notify-signed-in-title = You're signed in
notify-signed-in-body = This network's sign-in page is gone, after { $span }.
notify-signed-in-body-unmeasured = This network's sign-in page is gone.
# The user's DNS server is down. $advice: what helps, one sentence.
notify-dns-down-title = Your DNS server isn't answering
notify-dns-down-body = The internet itself works: public DNS answers. It's you, not the services. { $advice }
# It answers again. $span: how long it didn't.
notify-dns-back-title = Your DNS works again
notify-dns-back-body = Your DNS server wasn't answering for { $span }.
notify-dns-back-body-unmeasured = Your DNS server answers again.
# The computer's clock is wrong. The body follows the two times when they are known
# (secure-clock-times-sentence); $advice: what helps, one sentence.
notify-clock-wrong-title = Your computer's clock is wrong
notify-clock-wrong-body = Every secure connection fails because of it. It's you, not the services. { $advice }
# The clock is right again. $span: how long secure connections failed.
notify-clock-right-title = Your computer's clock is right again
notify-clock-right-body = Secure connections work again; they failed for { $span }.
notify-clock-right-body-unmeasured = Secure connections work again.
# Something intercepts every secure connection. The body follows who issued the certificates
# (secure-issued-start and secure-refused), or notify-intercepted-unknown-issuer;
# $advice: what helps, one sentence.
notify-intercepted-title = Something intercepts secure connections
notify-intercepted-unknown-issuer = Every site's certificate is issued by an authority nobody trusts.
notify-intercepted-body = It's this network or computer, not the services. { $advice }
# The interception is over. $span: how long it lasted.
notify-intercepted-over-title = Secure connections are no longer intercepted
notify-intercepted-over-body = Sites' own certificates are back, after { $span }.
notify-intercepted-over-body-unmeasured = Sites' own certificates are back.
# The connection is slow. $detail: what was measured, one sentence; $advice: what helps.
notify-slow-title = Your connection is slow
notify-slow-body = It's slow for everything, not just the services: { $detail } { $advice }
# It is fast again. $span: how long it was slow.
notify-fast-title = Your connection is fast again
notify-fast-body = It was slow for { $span }.
notify-fast-body-unmeasured = It is fast enough again.

## Notifications: what the world and the vendor's status page say (updates to an alert)

# Down for everyone. $failing of $probes places (probes elsewhere) fail, in $countries countries.
notify-everywhere-title = { $service } is down for everyone
notify-everywhere-body = It fails from { $failing } of { $probes } { $probes ->
        [one] place
       *[other] places
    } Downbeat asked, across { $countries } { $countries ->
        [one] country
       *[other] countries
    }: it's them, not you.
# Down in the user's country. $country: its name ("the United Kingdom", or "your country");
# $failing of $probes places there fail; it works from $elsewhere places in other countries.
notify-region-title = { $service } is down in { $country }
notify-region-body = { $failing } of { $probes } { $probes ->
        [one] place
       *[other] places
    } there fail; it works from { $elsewhere } { $elsewhere ->
        [one] place
       *[other] places
    } elsewhere: it's them, not you.
# It works from elsewhere, not from this network. $working of $probes places get through;
# $advice: what helps, one sentence.
notify-only-here-title = { $service } works elsewhere, not from your network
notify-only-here-body = It works from { $working } of { $probes } { $probes ->
        [one] place
       *[other] places
    } Downbeat asked. { $advice }
# It fails on the user's provider's network elsewhere too (the body says where).
notify-provider-title = { $service } fails on your provider's network
# The vendor's status page names a problem. $line: what the page says, one sentence
# ("Spotify's status page: Partial System Outage.").
notify-status-page-title = { $service }'s status page confirms a problem
notify-status-page-body = { $line } It's them, not you.

## Notifications: Downbeat itself

# The first launch's one notification. $count: how many services are watched; $services:
# their names as a list ("Spotify, Deezer and Tidal").
notify-welcome-title = Downbeat is watching
notify-welcome-body = Downbeat checks { $count ->
        [0] nothing yet
       *[other] { $services }
    } and tells you when something goes down, and whose side the problem is on. The history and the settings are in the tray menu (the Downbeat icon).
# The settings file doesn't load, so nothing is checked. $error: what is wrong with it, with
# its line and column. "Open settings file" is the tray menu's item.
notify-config-error-title = Downbeat isn't checking anything
notify-config-error-body = Its settings file doesn't load: { $error }. Fix it in a text editor (Open settings file, in the tray menu): Downbeat starts checking as soon as it loads.
# No program could open the settings file. $path: where it is; $why: the system's reason.
notify-cannot-open-title = No program could open the settings file
notify-cannot-open-body = It is { $path } ({ $why }). Open it in a text editor: Downbeat reloads it as soon as it is saved.

## Secure connections: a wrong clock, interception, a name only this network says is missing

# How far this computer's clock is from the network's time, and which way: "299 days earlier"
# (the network's time is earlier: the clock is ahead), "5 hours later". $unit: days, hours or
# minutes; $count: how many.
secure-clock-earlier = { $unit ->
        [days] { $count ->
            [one] { $count } day earlier
           *[other] { $count } days earlier
        }
        [hours] { $count ->
            [one] { $count } hour earlier
           *[other] { $count } hours earlier
        }
       *[minutes] { $count ->
            [one] { $count } minute earlier
           *[other] { $count } minutes earlier
        }
    }
secure-clock-later = { $unit ->
        [days] { $count ->
            [one] { $count } day later
           *[other] { $count } days later
        }
        [hours] { $count ->
            [one] { $count } hour later
           *[other] { $count } hours later
        }
       *[minutes] { $count ->
            [one] { $count } minute later
           *[other] { $count } minutes later
        }
    }
# The two times. $says: what this clock says (a date and time); $when: the network's time (a
# date and time, or a day when days apart); $gap: secure-clock-earlier or secure-clock-later.
# $source: how the network's time was read: date (an HTTP answer's date), until (the
# certificates were valid only until then: the clock is ahead), from (valid only from then:
# the clock is behind).
# secure-clock-times goes inside a sentence (after "Your computer's clock is wrong:");
# secure-clock-times-sentence is a sentence of its own.
secure-clock-times = { $source ->
        [until] it says { $says }, but the sites' certificates were all valid only until { $when } (at least { $gap })
        [from] it says { $says }, but the sites' certificates are all valid only from { $when } (at least { $gap })
       *[date] it says { $says }, the sites say { $when } ({ $gap })
    }
secure-clock-times-sentence = { $source ->
        [until] It says { $says }, but the sites' certificates were all valid only until { $when } (at least { $gap }).
        [from] It says { $says }, but the sites' certificates are all valid only from { $when } (at least { $gap }).
       *[date] It says { $says }, the sites say { $when } ({ $gap }).
    }
# The verdict's sentence. $times: secure-clock-times.
secure-clock-wrong = Your computer's clock is wrong: { $times }.
# What a wrong clock does; with $service, the service it breaks too.
secure-clock-consequence = Every secure connection fails because of it.
secure-clock-consequence-service = Every secure connection fails because of it, { $service }'s too.
# Who issued the intercepted certificates. $issuer: the authority's name ("Contoso Web
# Inspection CA"); $service: the service's name. $whose: service (the service's certificate,
# while other sites' are trusted), all-and-service (every site's, the service's among them),
# all (every site's), all-here (every site's, though not found everywhere).
# secure-issued goes inside a sentence (after a colon); secure-issued-start is a sentence of
# its own.
secure-issued = { $whose ->
        [service] { $service }'s certificate is issued by '{ $issuer }', not by a trusted authority (other sites' are trusted).
        [all-and-service] every site's certificate, { $service }'s too, is issued by '{ $issuer }', not by a trusted authority.
        [all-here] every site's certificate is issued by '{ $issuer }', not by a trusted authority (other sites' are trusted).
       *[all] every site's certificate is issued by '{ $issuer }', not by a trusted authority.
    }
secure-issued-start = { $whose ->
        [service] { $service }'s certificate is issued by '{ $issuer }', not by a trusted authority (other sites' are trusted).
        [all-and-service] Every site's certificate, { $service }'s too, is issued by '{ $issuer }', not by a trusted authority.
        [all-here] Every site's certificate is issued by '{ $issuer }', not by a trusted authority (other sites' are trusted).
       *[all] Every site's certificate is issued by '{ $issuer }', not by a trusted authority.
    }
# Who refuses intercepted connections: the service's apps, or apps in general.
secure-refused-service = { $service }'s apps refuse such connections.
secure-refused = Apps refuse such connections.
# The verdict's sentence. $issued: secure-issued; $refused: secure-refused(-service).
secure-intercepted = Something on this network or computer intercepts secure connections: { $issued } { $refused }
# Only this network's DNS says the service's name doesn't exist. $host: the name asked;
# $unconfirmed: secure-unconfirmed or secure-unconfirmed-off.
secure-dns-unconfirmed = Your DNS says { $service }'s name doesn't exist ({ $host }), and { $unconfirmed }
secure-dns-unconfirmed-no-host = Your DNS says { $service }'s name doesn't exist, and { $unconfirmed }
# Why it can't be confirmed (the end of secure-dns-unconfirmed's sentence).
secure-unconfirmed = a neutral DNS couldn't be asked; this network may be filtering it.
secure-unconfirmed-off = no neutral DNS is set to confirm it (reference_dns); this network may be filtering it.
# When the evidence is too thin to name the clock or a middlebox (added to the service's own
# verdict). $issuer: the authority that issued the certificate.
secure-thin-clock = No other site told the time, so Downbeat can't check this computer's clock; if it is wrong, that would explain this.
secure-thin-untrusted = Its certificate is issued by '{ $issuer }', which this computer doesn't trust; with no trusted site to compare, Downbeat can't tell something intercepting the connection from a server that is set up wrong.


## The verdict: `downbeat check`'s last line, the window's heading, /api/status's "summary"
## Each is one or more sentences; the summary is them one after another, then the cause's advice.

# Offline. $why: one of the verdict-baseline-* clauses below (what the baseline checks saw).
verdict-offline = You're offline: { $why }. It's you, not the services.
# Offline, and where it stops. $why: what the baseline sites did (as in verdict-offline);
# $router: the router's address; $interface: the VPN's interface.
verdict-no-network = This computer isn't connected to a network, so { $why }. It's you, not the services.
verdict-router-down = Your router ({ $router }) doesn't answer, so { $why }. It's you, not the services.
verdict-line-down = Your router ({ $router }) answers, but nothing beyond it does: the line to your provider is down, and { $why }. It's not the services.
verdict-vpn-down = Your VPN ({ $interface }) carries all traffic and nothing gets through it, so { $why }. It's you, not the services.
# The one baseline site could not be reached. $site: its name; $diagnosis: what failed ("DNS lookup failed").
verdict-baseline-site-unreachable = the baseline site ({ $site }) could not be reached: { $diagnosis }
# Every baseline site failed the same way. $count: how many sites (2 or more); $diagnosis: how they failed.
verdict-baseline-sites-unreachable-alike = none of the { $count } baseline sites could be reached; for each, { $diagnosis }
# Every baseline site failed, in different ways. $count: how many sites; $each: each site's
# verdict-baseline-site-failed, joined with verdict-baseline-separator.
verdict-baseline-sites-unreachable = none of the { $count } baseline sites could be reached ({ $each })
# One site and how it failed, inside the list above. $site: its name; $diagnosis: how it failed.
verdict-baseline-site-failed = { $site }: { $diagnosis }
# What separates the sites in that list.
verdict-baseline-separator = {"; "}

# Everything is up. $count: how many services; $service: the first service's name (used when there is one).
verdict-all-up = { $count ->
        [1] { $service } is up.
        [2] Both services are up.
       *[other] All { $count } services are up.
    }

# A captive portal stops the services: the first sentence, without and with the page's address ($page).
verdict-portal-sign-in = This Wi-Fi wants you to sign in.
verdict-portal-sign-in-at = This Wi-Fi wants you to sign in at { $page }.
# The second sentence. $count: how many services are checked; $service: the service's name, when there is one.
verdict-portal-until = { $count ->
        [1] Until then { $service } can't connect, and it isn't { $service }'s fault.
       *[other] Until then your services can't connect, and it isn't their fault.
    }

# The DNS server isn't answering, but a public DNS server is. $service: the failing service's name;
# $via: what its checks did through the public DNS answer: "failing" (they fail too, $diagnosis
# says how), "through" (they work through it), "none" (none went through it).
verdict-dns-resolver-down = Your DNS server isn't answering; the internet itself works (public DNS answers{ $via ->
        [failing] ; { $service } itself is failing too ({ $diagnosis })
        [through] , and { $service } answers through it
       *[none] {""}
    }).
# The network's DNS blocks the service. $service: its name; $how: one of the three clauses below;
# $via and $diagnosis: as for verdict-dns-resolver-down.
verdict-dns-filtered = Your network blocks { $service }: { $how }, but public DNS does{ $via ->
        [failing] ; { $service } itself is failing too ({ $diagnosis })
        [through] , and { $service } answers through it
       *[none] {""}
    }.
# $address: the address the DNS gave instead (a block page or 0.0.0.0); $host: the name looked up.
verdict-dns-sinkhole = its DNS answers { $address } (a block) for { $host }
# $host: the name looked up.
verdict-dns-unresolved = its DNS won't resolve { $host }
verdict-dns-unresolved-it = its DNS won't resolve it

# The service's preferred port is blocked; the detail (a sentence) follows. $service: its name.
verdict-port-blocked = { $service } works through a fallback.
# The access point wants a newer client. $service: the service's name.
verdict-downbeat-outdated = { $service }'s access point asks for a newer client: Downbeat's own hello is out of date. { $service } itself answered, so this is not an outage.

# The connection is slow for everything. $service: the service's name; $speed: how slow the
# neutral site was (a rate such as "96 kbit/s", or verdict-slowness-first-byte); $own and $base:
# the rates the service and the neutral download streamed at.
verdict-slow-everywhere = Your connection is slow for everything, not just { $service }.
verdict-slow-everywhere-measured = Your connection is slow for everything ({ $speed }), not just { $service }.
verdict-slow-everywhere-compared = Your connection is slow for everything ({ $speed }), not just { $service }: { $service } streams at { $own }, and a neutral download at { $base }.
# How slow a neutral site was, when no rate was measured. $ms: milliseconds to its first byte.
verdict-slowness-first-byte = a neutral site took { $ms } ms to answer

# A failing service whose checks are grouped; the sentence saying which clients are hit follows.
# $service: its name; $status: "down" or "degraded".
verdict-service-state = { $service } is { $status ->
        [down] down
        [degraded] degraded
       *[other] up
    }.
# A failing service. $service: its name; $status: "down" or "degraded"; $diagnosis: what failed
# ("server error"); $check: the check that failed worst.
verdict-service-failing = { $service } is { $status ->
        [down] down
        [degraded] degraded
       *[other] up
    }: { $diagnosis } ({ $check }).
# After a verdict that blames this side (and its advice): the services that also fail for
# their own reasons. $failures: a verdict-service-failing sentence for each; $count: how many.
verdict-also-theirs = Also, { $failures } { $count ->
        [1] That one is theirs, not yours.
       *[other] Those are theirs, not yours.
    }

## The verdict's note on the user's own connection, when nothing on their side explains it

verdict-no-baseline = Your own connection was not checked (no baseline is configured).
# The baseline sites fail but the services answer. $count: how many services; $service: the
# service's name, when there is one.
verdict-baseline-blocked = { $count ->
        [1] The baseline sites are unreachable but { $service } answers: your network may block them.
       *[other] The baseline sites are unreachable but the services answer: your network may block them.
    }
# A captive portal that lets the services through, without and with its address ($page).
verdict-portal-lets-through = This network has a sign-in page (captive portal), but it lets this through.
verdict-portal-lets-through-at = This network has a sign-in page (captive portal at { $page }), but it lets this through.
# After the sentence saying the computer's clock is wrong.
verdict-clock-secure-sites-fail = Secure sites fail because of it.
# $speed: a rate ("96 kbit/s") or verdict-slowness-first-byte.
verdict-connection-slow = Your connection is slow ({ $speed }), but fast enough for this.
# IPv6 fails while IPv4 works: the services answer, over IPv4.
verdict-connection-ipv6-broken = IPv6 is broken on this network: apps that try it first stall before falling back to IPv4, which works.
verdict-connection-ipv4-broken = { $via ->
        [vpn] Your VPN ({ $interface }) passes no IPv4 while IPv6 works: sites without an IPv6 address can't be reached.
       *[other] IPv4 is broken on this network while IPv6 works: sites without an IPv6 address can't be reached.
    }
# A service reached only over the family that is broken here. $service: its name.
verdict-ipv6-broken-service = IPv6 is broken on this network, and { $service } has only an IPv6 address, so it can't be reached. It's you, not { $service }.
verdict-ipv4-broken-service = { $via ->
        [vpn] Your VPN ({ $interface }) passes no IPv4, and { $service } has no IPv6 address, so it can't be reached. It's you, not { $service }.
       *[other] IPv4 is broken on this network, and { $service } has no IPv6 address, so it can't be reached. It's you, not { $service }.
    }
verdict-connection-fine = Your connection is fine.

## The verdict with what probes elsewhere in the world said (the outside view)

# Down from everywhere. $service: its name; $failing of $probes: the probes that failed, of those
# asked; $countries: how many countries they were in.
verdict-outside-everywhere = { $service } is down for everyone: it fails from { $failing } of { $probes } { $probes ->
        [one] place
       *[other] places
    } we asked, across { $countries } { $countries ->
        [one] country
       *[other] countries
    }.
# Down in the user's country. $country: its name; $failing of $probes: the probes there;
# $elsewhere: the probes elsewhere, where it works.
verdict-outside-region = { $service } is down in { $country }: { $failing } of { $probes } { $probes ->
        [one] place
       *[other] places
    } there fail; it works from { $elsewhere } { $elsewhere ->
        [one] place
       *[other] places
    } elsewhere.
# Failing from some places. $failing of $probes: the probes that failed, of those asked.
verdict-outside-partial = { $service } fails from { $failing } of { $probes } { $probes ->
        [one] place
       *[other] places
    } we asked and works from the rest: it is not down everywhere.
# It works from everywhere but here. $working of $probes: the probes it works from, of those
# asked; $in_country: how many of them are in $country, the user's country.
verdict-outside-only-here = { $service } works from { $working } of { $probes } { $probes ->
        [one] place
       *[other] places
    }, but not from your network.
verdict-outside-only-here-in-country = { $service } works from { $working } of { $probes } { $probes ->
        [one] place
       *[other] places
    }, including { $in_country } in { $country }, but not from your network.
# The advice when it fails only on the user's provider. $provider: its name, or "your provider".
verdict-provider-advice = Restarting your router won't help; a phone on mobile data will. Tell { $provider }.

## The history: `downbeat history`'s report and the window's 24 h / 7 d / 30 d

# An uptime with nothing judged (never reached, or only while offline); also a bar with no results.
history-no-data = no data
# An uptime. $pct: the percentage, already written with its decimals ("99.93", "100").
history-uptime = { $pct }%
# An uptime with time down that would round to 100%.
history-uptime-under-100 = under 100%

# One bar's hover text: when it starts and what its rounds were. $when: the moment ("2 Dec,
# 16:00"); $counts: its history-bar-count items, joined with list-comma.
history-bar-title = { $when }: { $counts }
# How many rounds of a bar were each way. $count: how many; $kind: "up", "degraded", "down", or
# "your-side" (while the problem was on the user's side).
history-bar-count = { $count } { $kind ->
        [up] up
        [degraded] degraded
        [down] down
       *[your-side] while it was your side (offline, no DNS, …)
    }

# Where the window lists incidents, when there are none: nothing configured, or nothing happened.
history-nothing-checked = Nothing is being checked, so nothing is recorded.
history-no-incidents = No incidents in the last 30 days.

## An incident, as the window's list and `downbeat history` say it

# A service's own incident. $service: its name; $state: "down" or "degraded"; -everywhere: the
# world saw it down everywhere; -region: down in the user's country.
history-incident = { $service } { $state ->
        [down] down
        [degraded] degraded
       *[other] { $state }
    }
history-incident-everywhere = { $service } { $state ->
        [down] down
        [degraded] degraded
       *[other] { $state }
    } for everyone
history-incident-region = { $service } { $state ->
        [down] down
        [degraded] degraded
       *[other] { $state }
    } in your country
# Which check, and what failed: "front: server error". $check: the check's name; $diagnosis: what failed.
history-incident-why = { $check }: { $diagnosis }
# Whose side, in a word (the window's column). $blame: "you" (the user's side), else theirs.
history-side = { $blame ->
        [you] yours
       *[other] theirs
    }
# One incident in `downbeat history`'s listing, after its time. $what: what it was (the messages
# below); $lasted: how long (history-lasted-*); $why: history-incident-why; $blame: "you" for the
# user's side, else the service's.
history-incident-line = { $what } for { $lasted } ({ $why }; { $blame ->
        [you] your side
       *[other] their side
    })

# How long an incident lasted. $watched: the time Downbeat watched it ("12 min"); $unwatched: the
# time inside it that Downbeat was stopped or paused.
history-lasted = { $watched }
history-lasted-ongoing = { $watched }, ongoing
history-lasted-unwatched = { $watched } watched; Downbeat wasn't watching for { $unwatched } of it
history-lasted-unwatched-ongoing = { $watched } watched, ongoing; Downbeat wasn't watching for { $unwatched } of it

# A problem on the user's side, as an incident's "what". $tense: "ongoing" while it lasts, else
# "past"; $service: the service it hit, or history-your-services.
history-your-services = your services
history-offline = { $tense ->
        [ongoing] You're offline
       *[past] You were offline
    }
history-no-network = { $tense ->
        [ongoing] No network
       *[past] No network
    }
history-router-down = { $tense ->
        [ongoing] Your router isn't answering
       *[past] Your router wasn't answering
    }
history-line-down = { $tense ->
        [ongoing] Your internet line is down
       *[past] Your internet line was down
    }
history-vpn-down = { $tense ->
        [ongoing] Your VPN passes nothing
       *[past] Your VPN passed nothing
    }
history-ipv6-broken = { $tense ->
        [ongoing] IPv6 is broken
       *[past] IPv6 was broken
    }
history-ipv4-broken = { $tense ->
        [ongoing] IPv4 is broken
       *[past] IPv4 was broken
    }
history-captive-portal = Wi-Fi sign-in needed
history-dns-resolver-down = { $tense ->
        [ongoing] Your DNS server isn't answering
       *[past] Your DNS server wasn't answering
    }
history-dns-filtered = { $tense ->
        [ongoing] Your network's DNS blocks { $service }
       *[past] Your network's DNS blocked { $service }
    }
history-slow-connection = { $tense ->
        [ongoing] Your connection is slow
       *[past] Your connection was slow
    }
history-port-blocked = { $tense ->
        [ongoing] Your network blocks { $service }'s preferred port
       *[past] Your network blocked { $service }'s preferred port
    }
# The same, for the connection's own incident (no one service).
history-port-blocked-all = { $tense ->
        [ongoing] Your network blocks your services' preferred port
       *[past] Your network blocked your services' preferred port
    }
history-downbeat-outdated = { $tense ->
        [ongoing] Downbeat is out of date
       *[past] Downbeat was out of date
    }
history-provider = { $tense ->
        [ongoing] { $service } fails on your provider's network
       *[past] { $service } failed on your provider's network
    }
history-network-path = { $tense ->
        [ongoing] { $service } fails only from your network
       *[past] { $service } failed only from your network
    }
history-clock-wrong = { $tense ->
        [ongoing] Your computer's clock is wrong
       *[past] Your computer's clock was wrong
    }
history-tls-intercepted = { $tense ->
        [ongoing] Something intercepts secure connections
       *[past] Something intercepted secure connections
    }
history-dns-unconfirmed = { $tense ->
        [ongoing] Your DNS says { $service } doesn't exist
       *[past] Your DNS said { $service } didn't exist
    }
# A service's own failure, said this way when nothing more is known.
history-service-failing = { $tense ->
        [ongoing] { $service } is failing
       *[past] { $service } failed
    }

## The report's time on the user's side: one sentence under `downbeat history`'s table

# "You were offline for 22 s and a problem on your side stopped Podcasts for 2 min; none of it
# is counted against a service." $parts: the clauses below, joined as a list ("A, B and C");
# $count: how many clauses.
history-your-side = { $parts }; { $count ->
        [one] it isn't counted against any service
       *[other] none of it is counted against a service
    }.
# The time offline. $lasted: how long ("22 s").
history-your-side-offline = You were offline for { $lasted }
# Other time on the user's side that stopped some services. $services: their names, as a list;
# $lasted: how long. -first: as the sentence's first clause (so with a capital).
history-your-side-stopped-first = A problem on your side stopped { $services } for { $lasted }
history-your-side-stopped = a problem on your side stopped { $services } for { $lasted }

## `downbeat serve`'s HTTP answers for people (/api/status's words are the verdict's)

# The answer to a request other than GET or HEAD.
serve-only-get = only GET and HEAD
# /api/status before the first round: the JSON's "error".
serve-no-round-yet = no round has run yet
# What / answers: the addresses served.
serve-index = Downbeat: /metrics (Prometheus), /api/status (the latest round, as `downbeat check --json`), /healthz
# Any other address.
serve-not-found = not found: try /metrics, /api/status or /healthz

## The command line (`downbeat …`): its lines on stderr, after "downbeat: "

# An error and what caused it, on one line; a chain of causes nests. $error: the error; $cause: its cause.
cli-error-cause = { $error }: { $cause }
# $warning: what the config warns about (a sentence).
cli-warning = warning: { $warning }
# $note: a note about the config or the network (a sentence).
cli-note = note: { $note }
cli-config-error = config error
cli-setup-error = setup error
cli-no-runtime = cannot start the async runtime
cli-cannot-write-json = cannot write JSON
# `check --outside` with nothing to ask about.
cli-outside-no-target = no service has a check the world can reach (a public https:// or http:// address)

# `downbeat serve`. $address: the address and port listened on.
cli-cannot-listen = cannot listen on { $address }
cli-serving = serving http://{ $address }/metrics (Prometheus), /api/status and /healthz
cli-listening-beyond = listening beyond this machine ({ $address }): whoever can reach it can read the results
# A `--listen` that isn't an address and a port.
cli-listen-invalid = write an IP address and a port, like 127.0.0.1:9767, [::1]:9767 or 0.0.0.0:9767 (every interface); of host names only localhost is understood
# `downbeat watch` and `serve` starting. $services: how many services; $baseline: how many baseline
# checks; $interval: how often ("1 min"); $source: where the config came from (a file, a preset).
cli-watching = watching { $services } { $services ->
        [one] service
       *[other] services
    } and { $baseline } baseline { $baseline ->
        [one] check
       *[other] checks
    } every { $interval } ({ $source }); Ctrl-C stops

## `downbeat check`'s output

# The first line. $at: when it ran (a timestamp); $source: where the config came from.
cli-check-title = Downbeat check, { $at } ({ $source })
# The heading over the baseline checks' table.
cli-check-baseline = Your connection (baseline)
# The heading of this computer's path, under the baseline's table when something failed.
cli-check-path = This computer's path
# A check's or a service's status, in a word. $status: "up", "degraded" or "down".
cli-status = { $status ->
        [up] up
        [degraded] degraded
       *[down] down
    }
# A failing check's detail when the failure is said once above the tables. $diagnosis: what failed.
cli-see-above = { $diagnosis } (see above)
# The column headings of `check`'s tables: the check, its status, each phase's time, and what it found.
cli-column-check = CHECK
cli-column-status = STATUS
cli-column-dns = DNS
cli-column-connect = CONNECT
cli-column-tls = TLS
cli-column-hello = HELLO
cli-column-ttfb = TTFB
cli-column-transfer = TRANSFER
cli-column-detail = DETAIL

## `downbeat history` and `downbeat export`

# The first line. $since: where the report starts (a timestamp); $span: how long ago ("7 d").
cli-history-title = History since { $since } ({ $span } to now)
cli-history-nothing-recorded = Nothing recorded yet: `downbeat watch` or the desktop app records history.
# The heading over the incidents, and what it says when there are none.
cli-history-incidents = Incidents
cli-history-no-incidents = none
# The column headings of the services' table: the service, its uptime, its time down, and
# latencies (median time to first byte, its 95th percentile, and the whole request's 95th percentile).
cli-column-service = SERVICE
cli-column-uptime = UPTIME
cli-column-down = DOWN
cli-column-ttfb-p50 = TTFB p50
cli-column-p95 = p95
cli-column-total-p95 = TOTAL p95
# A latency in the table. $ms: milliseconds, already written.
cli-latency-ms = { $ms }ms
# Under the table. $service: a service whose results aren't verified; $checks: its checks, comma-separated.
cli-unverified = { $service } is unverified (insecure = true): { $checks }
# `--service` names no service. $name: the name given; $nearest: a known name differing only in
# case; $count: how many names are known; $known: those names, comma-separated.
cli-history-no-service = no service named "{ $name }"; the known services are: { $count ->
        [0] none yet
       *[other] { $known }
    }
cli-history-no-service-near = no service named "{ $name }" (did you mean "{ $nearest }"? names are case-sensitive); the known services are: { $count ->
        [0] none yet
       *[other] { $known }
    }
cli-no-data-folder = no data folder on this system (set DOWNBEAT_DATA_DIR)
cli-history-unreadable = reading the history failed
# The CSV's service column for an incident of the connection itself.
cli-csv-your-connection = (your connection)
# `downbeat export`. $path: the file.
cli-export-nothing-recorded = nothing recorded yet: `downbeat watch` or the desktop app records history
cli-export-exists = { $path } exists already: add --force to replace it
# $error: the system's reason.
cli-export-cannot-create = cannot create { $path }: { $error }
cli-export-cannot-write = cannot write { $path }
# $count: how many results were written.
cli-export-wrote = wrote { $count } { $count ->
        [one] result
       *[other] results
    }

# `--since` that doesn't read. $value: what was given; each ends with cli-since-help.
cli-since-help = use a span such as 24h, 7d or 1w, a date such as 2026-11-24, or today or yesterday
cli-since-invalid-date = invalid date "{ $value }": { cli-since-help }
cli-since-invalid-time = invalid time "{ $value }": { cli-since-help }
cli-since-zero = --since { $value } is no time at all: { cli-since-help }
cli-since-invalid = invalid --since "{ $value }": { cli-since-help }
# $at: the start asked for (a UTC timestamp).
cli-since-future = --since { $at } is in the future
cli-since-no-such-day = no such day
cli-since-no-such-date = no such date

## `downbeat presets` and `downbeat config-path`

# A name that is no preset. $name: the name given; $nearest: the preset it likely meant; $known:
# every preset's name, comma-separated.
cli-preset-unknown = unknown preset "{ $name }". Known presets: { $known }
cli-preset-unknown-near = unknown preset "{ $name }": did you mean "{ $nearest }"? Known presets: { $known }
# No config file: the built-in preset is used. $path: where a config file would be read from.
cli-config-path-none = (none: using the built-in Spotify preset; create { $path } to change it)
cli-config-path-none-anywhere = (none: using the built-in Spotify preset; create a config file to change it)
# What the config loads. $services: how many services; $baseline: how many baseline checks.
cli-config-path-loads = loads: { $services } { $services ->
        [one] service
       *[other] services
    }, { $baseline } baseline { $baseline ->
        [one] check
       *[other] checks
    }


## Probes: the pieces their sentences are made of

# Several reasons in a row, separated by semicolons: "A; B; C" (a longer list nests this).
#   $first: the first reason; $rest: the others, already joined this way
probe-list-semicolon = { $first }; { $rest }
# A byte count. $n: the number (whole bytes or kibibytes; mebibytes with one decimal).
probe-bytes = { $n } B
probe-bytes-kib = { $n } KiB
probe-bytes-mib = { $n } MiB
# A transfer rate. $n: the number (whole kilobits per second; megabits with one decimal).
probe-rate-kbit = { $n } kbit/s
probe-rate-mbit = { $n } Mbit/s

## Probes: a check's detail, as a whole (the line under a check in the window, `downbeat check`,
## the history). Each says what happened, for someone who is not an engineer.

# Added after any detail when a check runs with certificate checks off.
#   $detail: the check's own detail (a sentence or more)
probe-unverified-insecure = { $detail } Unverified: certificate checks are off for this check (insecure = true).
# The same, when verification would have failed.
#   $detail: the check's own detail; $objection: what verification objected to, a short
#   phrase ("TLS certificate expired")
probe-unverified-insecure-objection = { $detail } Unverified: certificate checks are off for this check (insecure = true), and verification would have failed: { $objection }.
# Added after an access-point check's detail when it checked the answer against a test key.
#   $detail: the check's own detail. server_key is a setting's name: keep it.
probe-unverified-test-key = { $detail } Unverified: the answer was checked against a test key (server_key), not Spotify's.
# The user's DNS would not give the address, public DNS (DNS over HTTPS) did, and the check went
# on through that address.
#   $detail: what the user's DNS did (a sentence); $server: the public DNS server (its URL);
#   $found: how the check went through that address (a sentence)
probe-dns-via-reference = { $detail } Public DNS ({ $server }) resolves it, and through that address: { $found }
# The same, with the address public DNS gave.
#   $address: that IP address
probe-dns-via-reference-address = { $detail } Public DNS ({ $server }) resolves it to { $address }, and through that address: { $found }
# Stands for the public DNS server when its address is not known.
probe-dns-public = public DNS

## Probes: the check worked (or worked slowly)

# A web check that answered in time.
#   $host: the server's name; $took: the time to the first byte ("340 ms")
probe-ok = { $host } answered in { $took }.
# A check slower than its limit.
#   $host: the server's name; $took: the time to the first byte; $limit: the check's limit
probe-slow = { $host } works but is slow: { $took } to the first byte (slow above { $limit }).
# A check whose certificate ends soon.
#   $host: the server's name; $days: days left (a whole number)
probe-tls-expiring = { $host } works, but its security certificate expires in { $days } { $days ->
    [one] day
   *[other] days
}.
# Added after a detail when the check followed redirects.
#   $detail: the detail; $count: how many redirects; $url: the address the check started at
probe-after-redirects = { $detail } (after { $count } { $count ->
    [one] redirect
   *[other] redirects
} from { $url })
# A TCP check that connected.
#   $address: host:port; $took: the time it took
probe-tcp-ok = { $address } accepted a connection in { $took }.
probe-tcp-slow = { $address } accepts connections, but slowly ({ $took }).
# A streaming check: what arrived, and how fast.
#   $host: the server's name; $bytes: how much arrived ("512 KiB"); $rate: how fast
#   ("320 kbit/s"); $needed: the rate playback needs
probe-stream-ok = { $host } delivered { $bytes } at { $rate } (playback needs { $needed }).
# The same, when the check's time ran out while the download was still going.
#   $asked: how much the check asked for
probe-stream-ok-cut = { $host } delivered { $bytes } by the deadline, of the { $asked } asked for at { $rate } (playback needs { $needed }).
# A streaming check too slow for playback.
#   $took: how long the download took
probe-stream-too-slow = { $host } is delivering { $rate }, below the { $needed } playback needs ({ $bytes } in { $took }).
probe-stream-too-slow-cut = { $host } is delivering { $rate }, below the { $needed } playback needs ({ $bytes } in { $took } by the deadline, of the { $asked } asked for).

## Probes: the captive-portal check (a plain web page whose answer is known exactly)

# The check got its site's own answer.
#   $host: the site; $status: the HTTP status (204); $detail: how fast (probe-ok or probe-slow)
probe-captive-none = { $host } answered as it should (HTTP { $status }): no captive portal. { $detail }
# Something else answered in the site's place: a sign-in page ("captive portal", as on hotel
# and airport Wi-Fi).
#   $host: the site; $location: where the redirect points
probe-captive-redirect-to = { $host } was answered with a redirect to { $location }: this network wants you to sign in (a captive portal).
#   $status: the HTTP status (302)
probe-captive-redirect = { $host } was answered with a redirect (HTTP { $status }): this network wants you to sign in (a captive portal).
#   $status: the status it answered; $expected: the statuses the site always answers ("204")
probe-captive-status = { $host } answered HTTP { $status } where it always answers { $expected }: this network wants you to sign in (a captive portal).
#   $expected: the site's own page's text ("Success")
probe-captive-page = { $host } answered with a page that is not its own (expected "{ $expected }"): this network wants you to sign in (a captive portal).

## Probes: names (DNS)

# The user's DNS gave only a blocking address (0.0.0.0), as DNS filters do.
#   $answer: that address (or probe-dns-nothing); $host: the name looked up
probe-dns-sinkhole = Your DNS answered { $answer } for { $host }: a blocking answer (a DNS filter), which Downbeat never connects to.
probe-dns-nothing = nothing
# The user's DNS says the name does not exist.
#   $host: the name; $why: what the DNS said (probe-dns-no-such-name, …)
probe-dns-not-found = The name { $host } could not be found: { $why }.
# The user's DNS did not answer in time.
#   $took: how long Downbeat waited; $why: what went wrong
probe-dns-timeout = Looking up { $host } got no answer within { $took } ({ $why }).
probe-dns-failed = Looking up { $host } failed: { $why }.
# Public DNS agrees that the name does not exist.
#   $server: the public DNS server (its URL)
probe-dns-nxdomain-agreed = The name { $host } does not exist: your DNS and public DNS ({ $server }) agree.
# The user's DNS failed, and public DNS says the name does not exist.
#   $detail: how the user's DNS failed (a sentence)
probe-dns-nxdomain-by-reference = { $detail } Public DNS ({ $server }) says the name does not exist.
# The user's DNS failed or said no, and no public DNS server could be asked.
#   $detail: what the user's DNS did (a sentence); $why: each server's reason
probe-dns-reference-failed = { $detail } Public DNS could not be asked either ({ $why }).
# One public DNS server's reason. $server: its URL; $why: the reason.
probe-dns-reference-server-failed = { $server }: { $why }
# Why a public DNS server was not asked or gave no answer.
probe-dns-reference-no-time = no time was left
probe-dns-reference-not-ip = it is not given by IP address
#   $status: the HTTP status
probe-dns-reference-status = it answered HTTP { $status }
probe-dns-reference-too-large = its answer was larger than a DNS message
# What a DNS answer over HTTPS said instead of an address.
probe-dns-doh-nxdomain = it answered that no such name exists (NXDOMAIN)
#   $code: the DNS error code (a number)
probe-dns-doh-error = it answered with an error (code { $code })
probe-dns-doh-truncated = its answer was truncated
probe-dns-doh-not-ours = its answer was not an answer to this query
#   $what: what is wrong with it (probe-dns-malformed-…)
probe-dns-doh-malformed = its answer was malformed ({ $what })
# Why a name did not resolve, after "could not be found:" or "failed:".
probe-dns-no-server = no DNS server was configured
probe-dns-system-silent = the system resolver did not answer
#   $error: the system's own words
probe-dns-task-failed = the DNS lookup task failed: { $error }
probe-dns-no-addresses = it has no addresses
probe-dns-no-such-name = the DNS says no such name exists
probe-dns-unreachable = the DNS server could not be reached or failed to answer
probe-dns-no-address-records = the name exists but has no address records
# A DNS server (set in dns_servers) that failed. $server: its address; $why: what went wrong.
probe-dns-server-failed = DNS server { $server }: { $why }
probe-dns-server-tcp-failed = DNS server { $server } over TCP: { $why }
probe-dns-no-answer = no answer
#   $what: what is wrong with it (probe-dns-malformed-…)
probe-dns-malformed = malformed answer ({ $what })
probe-dns-not-our-answer = answer to another question
probe-dns-truncated-over-tcp = answer truncated even over TCP
# What is wrong with a malformed DNS answer.
probe-dns-malformed-short = shorter than a header
probe-dns-malformed-undecodable = undecodable
probe-dns-malformed-no-question = the answer names no question
# A DNS server said the name does not exist. $server: its address.
probe-dns-server-nxdomain = { $server } answered that no such name exists (NXDOMAIN)
# A DNS server answered with an error. SERVFAIL and REFUSED are the protocol's names: keep them.
#   $rcode: which error ("servfail", "refused", or another); $server: its address; $code: the
#   error's number
probe-dns-rcode = { $rcode ->
    [servfail] SERVFAIL: the DNS server failed to get an answer
    [refused] REFUSED: the DNS server refused to answer
   *[other] the DNS server answered with an error
} ({ $server }, code { $code })
# A name that can't be asked for. $host: the name.
probe-dns-bad-name = "{ $host }" is not a name the DNS can look up
#   $error: the library's own words
probe-dns-encode-failed = the query for { $host } could not be encoded: { $error }

## Probes: connecting (TCP)

# A check's address without a host name. $url: the address.
probe-url-no-host = { $url } has no host
# $host: the server's name; $addr: the IP address and port tried ("1.2.3.4:443")
probe-connect-no-address = { $host } has no address to connect to.
#   $took: how long Downbeat waited
probe-connect-timeout-within = { $host } ({ $addr }) did not accept a connection within { $took }.
#   $port: the port number
probe-connect-refused = { $host } ({ $addr }) refused the connection: nothing is listening on port { $port }.
probe-connect-timeout = { $host } ({ $addr }) did not accept a connection.
probe-connect-reset = { $host } ({ $addr }) reset the connection as it opened.
#   $error: the system's own words
probe-connect-no-route = There is no route to { $host } ({ $addr }): { $error }.

## Probes: the secure connection (TLS) and its certificate

# $host: the server's name
probe-tls-bad-name = { $host } is not a name a certificate can be checked against.
#   $took: how long Downbeat waited
probe-tls-timeout = { $host } accepted the connection but did not complete the secure (TLS) handshake within { $took }.
#   $error: the TLS library's own words
probe-tls-setup-failed = TLS setup failed: { $error }
#   $date: the day it expired
probe-tls-expired-on = { $host }'s security certificate expired on { $date }, so browsers and apps refuse to connect.
probe-tls-expired = { $host }'s security certificate has expired, so browsers and apps refuse to connect.
#   $date: the day it becomes valid
probe-tls-not-yet-valid-until = { $host }'s security certificate is not valid until { $date } (or this computer's clock is wrong).
probe-tls-not-yet-valid = { $host }'s security certificate is not valid yet (or this computer's clock is wrong).
probe-tls-wrong-name = The server answering for { $host } showed a certificate for a different name.
#   $issuer: the certificate's issuer, as it names itself
probe-tls-untrusted-issuer = { $host }'s security certificate is issued by '{ $issuer }', which this computer doesn't trust; something may be intercepting the connection.
#   $reason: why it is not trusted
probe-tls-untrusted = { $host }'s security certificate is not from a trusted authority ({ $reason ->
    [unknown-issuer] its issuer is unknown
    [bad-signature] its signature does not verify
    [revoked] it has been revoked
    [bad-encoding] it is malformed
   *[critical-extension] it has a critical extension no client understands
}); something may be intercepting the connection.
probe-tls-chain-too-long = { $host } sent a certificate chain too long to verify (more intermediate certificates than any client accepts).
probe-tls-ca-as-leaf = { $host } presents a certificate authority's certificate as its own (often a self-signed certificate), which clients refuse.
#   $error: the verifier's name for the problem ("UnsupportedSignatureAlgorithm")
probe-tls-rejected = { $host }'s security certificate was rejected ({ $error }).
#   $alert: the TLS alert's name ("HandshakeFailure")
probe-tls-alert = { $host } refused the secure connection (TLS alert: { $alert }).
probe-tls-invalid-handshake = { $host } answered, but not with a valid secure (TLS) handshake.
#   $error: the TLS library's or the system's own words
probe-tls-failed = The secure connection to { $host } failed: { $error }.
probe-tls-cut = { $host } cut the connection during the secure handshake.
probe-tls-closed = { $host } closed the connection during the secure handshake.
# Why a CA file (ca_file) can't be used, after its path.
probe-tls-ca-no-pem = it holds no PEM certificate
#   $error: the library's own words
probe-tls-ca-unusable = a certificate in it is not usable as a root: { $error }
probe-tls-ca-not-pem = it is not valid PEM: { $error }

## Probes: the web request (HTTP)

# $host: the server's name; $error: the HTTP library's own words
probe-http-build-failed = could not build the request: { $error }
#   $took: how long it stalled
probe-http-stalled-before-request = { $host } connected but then stalled before the request could be sent for { $took }.
probe-http-stalled-without-answer = { $host } connected but then stalled without answering the request for { $took }.
#   $bytes: how much had arrived ("512 KiB"); $took: how long the download had run
probe-body-stopped = { $host } stopped sending after { $bytes } ({ $took } into the download).
probe-http-closed-early = { $host } closed the connection before the response was complete.
probe-http-cut = { $host } cut the connection mid-request.
# GOAWAY is the protocol's name: keep it.
probe-http-goaway = { $host } closed the HTTP/2 connection without answering (GOAWAY: { $error }).
probe-http-invalid = { $host } answered with something that is not valid HTTP ({ $error }).
probe-http-failed = The HTTP exchange with { $host } failed: { $error }.
# HTTP 429 (too many requests).
probe-http-rate-limited = { $host } is turning requests away (HTTP 429: too many requests).
#   $wait: how long the server asks clients to wait
probe-http-rate-limited-wait = { $host } is turning requests away (HTTP 429: too many requests) and asks clients to wait { $wait }.
# HTTP 503 with a Retry-After.
probe-http-unavailable-wait = { $host } says it is temporarily unavailable (HTTP 503) and asks clients to wait { $wait }.
#   $status: the HTTP status (500 to 599)
probe-http-server-error = { $host } is answering with a server error (HTTP { $status }).
#   $status: the HTTP status; $expected: the statuses the check accepts ("200-399")
probe-http-unexpected-status = { $host } answered HTTP { $status }, expected { $expected }.
#   $text: the text the check looks for
probe-http-body-missing = { $host } answered, but the page does not contain "{ $text }".
#   $host: the name the check started at; $count: how many redirects it followed; $url: the
#   last one's address
probe-redirect-loop = { $host } redirected { $count } { $count ->
    [one] time
   *[other] times
} without an answer (the most a check follows); last to { $url }.
#   $url: where the redirect points
probe-redirect-insecure = { $host } redirected to { $url }, which is not a secure (https) address; Downbeat does not follow it.

## Probes: Downbeat's own requests (the outside view's API, a vendor's status page). Why one
## failed, a phrase after "no answer from Globalping:" and the like.

#   $encoding: the encoding's name ("br")
probe-fetch-encoding = the answer came in an encoding that wasn't asked for ({ $encoding })
#   $mib, $kib: the limit
probe-fetch-too-large-mib = the answer was larger than { $mib } MiB
probe-fetch-too-large-kib = the answer was larger than { $kib } KiB
#   $error: the library's own words
probe-fetch-gunzip = the gzipped answer could not be read: { $error }

## Probes: Spotify's access points. An access point is the server the Spotify apps connect to
## first; the "hello" is the first message of Spotify's own protocol, and its "challenge" the
## answer a real access point signs. apresolve is the service that lists the access points.

# $address: the access point, host:port ("ap-gew4.spotify.com:4070")
probe-ap-no-time = No access point could be tried before the check's time ran out.
# One access point answered after another port was blocked.
#   $port: the blocked port; $blocked: the access point that could not be reached there;
#   $fallback: the one that answered (or probe-ap-another); $detail: how it answered
probe-ap-port-blocked = Your network blocks port { $port } ({ $blocked }); the apps fall back to { $fallback }, a little slower. { $detail }
probe-ap-another = another access point
# One access point tried, and what came of it. $headline: a short phrase ("connection refused").
probe-ap-attempt = { $address }: { $headline }
# Added after the detail when others were tried first. $attempts: each, as probe-ap-attempt.
probe-ap-before-it = { $detail } (Before it: { $attempts }.)
# Added after the detail when none answered. $count: how many were tried.
probe-ap-tried-all = { $detail } (Tried { $count } access { $count ->
    [one] point
   *[other] points
}: { $attempts }.)
# Added after the detail when apresolve's list could not be had. $why: why.
probe-ap-apresolve-failed = { $detail } apresolve could not be used ({ $why }), so the fallback list was tried.
# Why apresolve's list could not be had.
probe-ap-apresolve-empty = it listed no access point
#   $host: apresolve's name; $status: the HTTP status
probe-ap-apresolve-status = { $host } answered HTTP { $status }
probe-ap-apresolve-too-large = { $host }'s answer is larger than 64 KiB
probe-ap-apresolve-not-json = { $host }'s answer is not the JSON it should be
#   $took: how long Downbeat waited
probe-ap-hello-timeout = { $address } accepted the connection but did not answer the hello within { $took }.
# The connection ended early. $when: "sending", "waiting" or "answering".
probe-ap-closed = { $address } closed the connection { $when ->
    [sending] as the hello was sent
    [waiting] before answering the hello
   *[answering] in the middle of its answer
}.
probe-ap-reset = { $address } reset the connection { $when ->
    [sending] as the hello was sent
    [waiting] before answering the hello
   *[answering] in the middle of its answer
}.
#   $error: the system's own words
probe-ap-broke-off = { $address } broke off the connection { $when ->
    [sending] as the hello was sent
    [waiting] before answering the hello
   *[answering] in the middle of its answer
} ({ $error }).
probe-ap-http = { $address } answered the hello with HTTP, not as an access point: a web server, a proxy or a portal is in its place.
#   $bytes: the length it announced
probe-ap-bad-length = { $address } answered the hello with something that is not an access point's answer (it announced { $bytes } { $bytes ->
    [one] byte
   *[other] bytes
}; an answer is 5 bytes to 64 KiB).
probe-ap-unparsable = { $address } answered the hello with something that is not an access point's answer (it does not parse).
probe-ap-try-another = { $address } asked the client to try another access point.
#   $code: the protocol's error code ("BadCredentials"); $why: its description
probe-ap-refused = { $address } refused the hello ({ $code }).
probe-ap-refused-why = { $address } refused the hello ({ $code }: { $why }).
#   $build: the client build number the hello announces
probe-ap-upgrade = { $address } answered that the client is too old: Downbeat's hello (client build { $build }) is out of date. Spotify itself answered, so this is not an outage; update Downbeat.
probe-ap-no-challenge = { $address } answered the hello with no challenge, no upgrade and no refusal.
#   $key: "test" when the check uses a test key (the server_key setting: keep its name), else
#   "spotify"
probe-ap-signature-invalid = { $address } answered the hello, but its key exchange is not signed with { $key ->
    [test] the configured server_key
   *[spotify] Spotify's key
}: something other than a Spotify access point answered (a proxy or a filter on this network, or an impostor).
#   $took: the time from the start to the answer
probe-ap-slow = { $address } answered the hello with a signed challenge, but slowly ({ $took } in all).
#   $key: as above; $hello: the hello's time; $took: the time from the start to the answer
probe-ap-ok = { $address } answered the hello with a challenge signed by { $key ->
    [test] the configured test key
   *[spotify] Spotify's key
} in { $hello } ({ $took } in all).
# The hello could not be made (these should not happen).
probe-ap-random-failed = the system's random number generator failed
probe-ap-group-malformed = the hello's Diffie-Hellman group is malformed
#   $error: the library's own words
probe-ap-encode-failed = the hello could not be encoded ({ $error })
probe-ap-too-large = the hello is too large
# Why an access point in the settings (fallback) can't be used. $text: what was written.
probe-ap-addr-not-host-port = "{ $text }" is not host:port
probe-ap-addr-bad-port = "{ $text }" has no valid port
probe-ap-addr-bad-host = "{ $text }" has no valid host
# Why a test key (server_key) can't be used, after its path. PEM, PUBLIC KEY and RSA PUBLIC KEY
# are the format's names: keep them.
probe-ap-key-no-pem = it holds no PEM block
#   $error: the library's own words
probe-ap-key-unparsable = its public key does not parse ({ $error })
probe-ap-key-not-rsa = it is not an RSA public key
probe-ap-key-rsa-unparsable = its RSA key does not parse ({ $error })
#   $label: the block's label
probe-ap-key-wrong-block = it holds a "{ $label }" block, not a PUBLIC KEY or RSA PUBLIC KEY
#   $bits: the key's size
probe-ap-key-too-small = its modulus has { $bits } bits; access points sign with 2048

## A round of checks

# A check whose task ended without a result (it should not happen).
run-check-lost = The check stopped unexpectedly.

## The outside view: asking probes elsewhere (Globalping) whether a service fails there too, and
## the provider of this network (RIPEstat). Why the world could not say, shown after "the
## outside view:" and in `downbeat check --outside`.

# Too few probes answered.
outside-q-no-probe = no probe elsewhere could say
#   $count: how many did
outside-q-too-few = only { $count } { $count ->
    [one] probe
   *[other] probes
} elsewhere could say, too few to tell
# The outside view is off in the settings. outside_view is a setting's name: keep it.
outside-q-off = turned off (outside_view = "")
# Where the user's country came from.
outside-q-from-settings = the settings
#   $zone: the time zone's name ("Europe/London")
outside-q-from-time-zone = the time zone { $zone }
# Globalping's allowance (probes an hour) is used up.
outside-q-rate-limited = Globalping's allowance is used up
#   $until: the time it comes back
outside-q-rate-limited-until = Globalping's allowance is used up until { $until }
#   $why: what went wrong
outside-q-unreachable = no answer from Globalping: { $why }
outside-q-garbage = Globalping's answer made no sense: { $why }
outside-q-refused = Globalping refused the request: { $why }
outside-q-unfinished = the probes did not finish in time
#   $id: what came instead of a measurement's id
outside-q-bad-id = a measurement id like { $id }
#   $url: the address; $error: what is wrong with it
outside-q-bad-url = { $url }: { $error }
# The API's refusal. $status: the HTTP status; $said: the API's own message; $params: what it
# said of each parameter (outside-q-param, separated by semicolons).
outside-q-refusal = HTTP { $status }
outside-q-refusal-said = HTTP { $status }: { $said }
outside-q-refusal-said-params = HTTP { $status }: { $said } ({ $params })
outside-q-refusal-params = HTTP { $status }: { $params }
#   $name: the parameter; $why: the API's words
outside-q-param = { $name }: { $why }
# RIPEstat (the registry's data service) could not say which provider this network is on.
#   $why: what went wrong
outside-q-ripestat-unreachable = no answer from RIPEstat: { $why }
#   $status: the HTTP status
outside-q-ripestat-status = RIPEstat answered HTTP { $status }
outside-q-ripestat-garbage = RIPEstat's answer made no sense: { $why }
#   $status: its own status word, quoted
outside-q-ripestat-said = RIPEstat said { $status }
#   $ip: this network's public address
outside-q-ripestat-no-network = RIPEstat knows no network announcing { $ip }
# A vendor's status page could not be read.
outside-q-page-bad-address = the page's address can't take the API's path
#   $status: the HTTP status
outside-q-page-status = it answered HTTP { $status }
#   $error: what the reader said
outside-q-page-not-summary = its answer is not a Statuspage summary: { $error }


## Errors: what the engine can fail with, one line each

# A config file that does not load, as the tray, the window and `downbeat check` say it:
# "/home/me/.config/downbeat/config.toml:3:11: timeout: invalid duration …".
# $path: the file (or config-source-builtin, config-source-preset); $line, $column: where in it
# (1-based numbers); $problem: what is wrong (one of the config- messages below).
error-config = { $path }:{ $line }:{ $column }: { $problem }
# A config file that can't be read at all. $path: the file; $reason: the system's words.
error-config-read = cannot read config file { $path }: { $reason }
# A `ca_file` (extra trusted roots) that can't be used. $path: the file; $reason: why (one of
# the probe-tls-ca- messages, or the system's words).
error-ca-file = CA file { $path }: { $reason }
# No trusted root certificates at all. `ca_file` is a config key: keep it as written.
error-no-roots = no trusted root certificates were found: install the ca-certificates package or set ca_file
# $reason: the TLS library's words.
error-tls = TLS setup failed: { $reason }

## Config errors: where the error is

# The "file" of an error in the config Downbeat uses when there is no file, and in a built-in
# preset. $name: the preset's name ("spotify").
config-source-builtin = (built-in config)
config-source-preset = (built-in preset { $name })
# Where the config came from, when there is no file (`downbeat check`'s first line, `watch`).
config-source-label-builtin = built-in defaults (Spotify preset)

## Config errors: naming the key

# A problem with the value of a key, when the problem does not name the key itself.
# $key: the key as the file writes it ("interval", "service.check.url"); $problem: the problem.
config-key-problem = { $key }: { $problem }

## Config errors: the file's syntax and its keys

# A key the table does not have. $key: the key as written; $suggestion: the nearest valid key;
# $keys: every valid key here, comma-separated, as the file writes them.
config-unknown-key = unknown key `{ $key }` (valid here: { $keys })
config-unknown-key-suggest = unknown key `{ $key }`: did you mean `{ $suggestion }`? (valid here: { $keys })
# `[service]` written where `[[service]]` is meant. $name: the table's name ("service").
config-table-brackets = {"["}{ $name }] must be written [[{ $name }]], with double brackets: each [[{ $name }]] adds one to a list
# A table given twice. $name: the table's name.
config-table-twice = the table [{ $name }] is given twice
# A key given twice in one table. $key: the key.
config-duplicate-key = duplicate key `{ $key }`: it is already set in this table

## Config errors: a value of the wrong type

# "expected a whole number, not the text "2" (write numbers without quotes)".
# $want: what the key takes (one of the config-want- messages, or the parser's words);
# $found: what the file has (one of the config-found- messages, or the value itself, such as
# true); $hint: number (a number written in quotes), bool (true or false written in quotes),
# quotes (text written without quotes) or none.
config-invalid-type = expected { $want }, not { $found }{ $hint ->
    [number] {" "}(write numbers without quotes)
    [bool] {" "}(write true or false without quotes)
    [quotes] {" "}(put it in quotes)
   *[none] {""}
}
config-want-number = a whole number
config-want-bool = true or false
config-want-text = text in quotes
config-want-list = a list, like ["a", "b"]
config-want-table = a table
config-want-duration = a duration in quotes, like "30s"
# $value: the text as the file writes it, with its quotes.
config-found-text = the text { $value }
# $value: the number as the file writes it.
config-found-number = the number { $value }
config-found-table = a table
config-found-list = a list
# A value that is not one of the choices: `kind = "http"`. $value: the value; $choices: the
# valid values, as the file writes them; $hint: web (the value names a web protocol, and a
# handshake check is what is meant) or none.
config-unknown-variant = "{ $value }" is not one of { $choices }{ $hint ->
    [web] {" "}(a web check over HTTP or HTTPS is handshake, the default)
   *[none] {""}
}

## Config errors: values that check themselves

# A duration that does not parse. $value: the text as written. The examples are written as a
# config writes them: keep them.
config-duration-invalid = invalid duration "{ $value }": write it like "30s", "2m", "1h", "7d" or "500ms"
# A duration written as a bare number: `interval = 60`. $n: the number.
config-duration-no-unit = a duration needs a unit, in quotes: write "{ $n }s" for { $n } { $n ->
    [one] second
   *[other] seconds
}
# A duration written as a decimal number: `timeout = 1.5`. $value: the number as written.
config-duration-not-whole = a duration needs a whole number and a unit, in quotes, like "30s" or "500ms", not { $value }
# A duration out of its range. $min, $max: the range's ends, as a config writes them ("1s",
# "24h"). The second form names the key: $key, as the file writes it ("interval").
config-duration-range = must be from { $min } to { $max }
config-duration-range-key = { $key } must be from { $min } to { $max }
# A whole number out of its range. $value: the number; $min, $max: the range's ends.
config-out-of-range = { $value } is out of range: it must be from { $min } to { $max }
# A URL that does not parse. $value: the text as written; $host: the text without its spaces,
# to show the URL it may mean ("https://{ $host }").
config-url-no-scheme = invalid URL "{ $value }": it needs a scheme, like "https://{ $host }"
config-url-add-scheme = invalid URL "{ $value }": add https:// at the start, like "https://{ $host }"
# $reason: one of the config-url-reason- messages, or the URL parser's words.
config-url-invalid = invalid URL "{ $value }": { $reason }
config-url-reason-empty-host = empty host
config-url-reason-idna = invalid international domain name
config-url-reason-port = invalid port number
config-url-reason-ipv4 = invalid IPv4 address
config-url-reason-ipv6 = invalid IPv6 address
config-url-reason-domain-character = invalid domain character
# $scheme: the scheme the URL has ("ftp").
config-url-scheme = invalid URL "{ $value }": the scheme must be https (or http), not "{ $scheme }"
config-url-no-host = invalid URL "{ $value }": it has no host
# `reference_dns` (a config key: keep it as written) that is not DNS over HTTPS by IP address.
# $value: the URL as written.
config-doh-https = reference_dns "{ $value }": DNS over HTTPS needs an https URL, like "https://1.1.1.1/dns-query"
config-doh-by-ip = reference_dns "{ $value }": give the server by IP address, like "https://1.1.1.1/dns-query" (a name would need the very DNS it is there to check)
# $value: the text as written.
config-host-invalid = invalid host "{ $value }": give a name like "ap.spotify.com" or an IP address, with no scheme or port
config-dns-server-invalid = invalid DNS server "{ $value }": write it as "ip:port", like "1.1.1.1:53" or "[2606:4700::1111]:53"
config-ip-invalid = invalid IP address "{ $value }"
# `expect_status` (a config key: keep it as written). $code: the number as written.
config-status-out-of-range = HTTP status { $code } is out of range: it must be from 100 to 599
# $value: the text as written.
config-status-invalid = invalid status "{ $value }": write 200, "200-399" or a list of those
config-expect-status-invalid = invalid expect_status: write 200, "200-399" or a list of those
config-expect-status-empty = expect_status must list at least one status
# `country`. $value: the text as written. "GB" and "US" are codes: keep them.
config-country-uk = invalid country "{ $value }": the United Kingdom's ISO 3166 code is "GB"
config-country-invalid = invalid country "{ $value }": write a two-letter ISO 3166 code, like "GB" or "US"
# `language`. $value: the text as written; $languages: the codes Downbeat speaks ("en, de and
# fr"). "auto" is a value of the file: keep it as written.
config-language-unknown = unknown language "{ $value }": the languages are { $languages }, or "auto" for the system's

## Config errors: what the file asks for as a whole

# Two checks or services with one name. $name: the name.
config-baseline-duplicate = a baseline check named "{ $name }" is already defined
config-service-duplicate = a service named "{ $name }" is already defined
config-nothing-to-check = nothing to check: the config has no service and no baseline
# $name: the preset asked for; $presets: the presets there are, comma-separated, as the file
# writes them ("spotify, youtube_music").
config-preset-unknown = unknown preset "{ $name }": the presets are { $presets }
config-service-needs-name = every [[service]] needs a name (1 to 64 characters) or a preset
# $check: the check's name.
config-captive-in-service = check "{ $check }": a captive check tests your own network, so it belongs in the baseline ([[baseline]]), not in a service
# $service: the service's name; $check: the check's name.
config-service-check-duplicate = service "{ $service }" already has a check named "{ $check }"
config-service-no-checks = service "{ $service }" has no checks: add [[service.check]] entries or a preset
config-group-name-length = a group name must be 1 to 64 characters
# $group: the group's name; $service: the service's; $check: the check's; $other: the group
# that already has the check.
config-group-unknown-check = group "{ $group }": service "{ $service }" has no check named "{ $check }"
config-group-check-taken = group "{ $group }": check "{ $check }" is already in group "{ $other }"
config-check-name-length = a check name must be 1 to 64 characters
# A key that does not suit the check's kind. $check: the check's name; $field: the key, as the
# file writes it; $kinds: the kinds it suits ("handshake and stream"), as the file writes them.
config-field-only-for = check "{ $check }": `{ $field }` only applies to { $kinds } checks
# `port` on a check that takes its port from its URL.
config-port-only-for-tcp = check "{ $check }": `port` only applies to tcp checks (put the port in the URL)
config-tcp-needs-host-port = check "{ $check }": a tcp check needs `host` and `port`
config-captive-needs-http = check "{ $check }": a captive check needs a plain-HTTP `url` (http://…), since a portal can only step into unencrypted traffic
# $kind: the check's kind, as the file writes it ("handshake").
config-check-needs-url = check "{ $check }": a { $kind } check needs a `url`
# $scheme: the URL's scheme ("http").
config-insecure-https-only = check "{ $check }": `insecure` only applies to https URLs (there is no certificate to skip on { $scheme })
# A key an access-point check does not take. $field: the key; $why: one of the
# config-ap-why- messages.
config-ap-field = check "{ $check }": `{ $field }` does not apply to a spotify_ap check ({ $why })
config-ap-why-fallback = give access points in `fallback`
config-ap-why-status = apresolve must answer 2xx
config-ap-why-body = apresolve must answer its JSON
config-ap-why-downloads = it downloads nothing
config-ap-why-redirects = apresolve is not followed
config-ap-why-server-key = use `server_key` for a test imitation
config-ap-url-https = check "{ $check }": a spotify_ap check's `url` (apresolve) must be https
# $reason: the URL parser's words.
config-ap-default-url = the default apresolve URL: { $reason }
# $reason: why the access point can't be used.
config-ap-fallback = check "{ $check }": fallback: { $reason }
# $max: how many are tried.
config-ap-too-many-fallbacks = check "{ $check }": at most { $max } fallback access points are tried
# `server_key`. $path: the file; $reason: the system's words, or why the key can't be used.
config-server-key-unreadable = server_key: can't read { $path }: { $reason }
config-server-key-unusable = server_key: { $path } is not a usable key: { $reason }

## Config: warnings and notes at start-up

# Who a check belongs to: the baseline, or a service (then $owner is its name, as written).
config-owner-baseline = baseline
# A check with TLS verification off. $owner: config-owner-baseline or the service's name;
# $check: the check's name.
config-warn-server-key = { $owner } check "{ $check }" has a server_key: access points are checked against that test key, not Spotify's, and its results are marked unverified
config-warn-insecure = { $owner } check "{ $check }" has insecure = true: its certificate is not verified, and its results are marked unverified
# Checks whose timeout is longer than the interval. $timeout, $interval: measured times
# ("10.0 s"); $then: config-then-watch or config-then-check.
config-warn-timeout-one = { $owner } check "{ $check }" has a timeout ({ $timeout }) longer than the interval ({ $interval }): { $then }
config-warn-timeout-every = every check has a timeout ({ $timeout }) longer than the interval ({ $interval }): { $then }
# $count: how many checks; $checks: them, each config-owner-check, comma-separated.
config-warn-timeout-some = { $count } checks ({ $checks }) have a timeout ({ $timeout }) longer than the interval ({ $interval }): { $then }
config-owner-check = { $owner } "{ $check }"
# What a long timeout does, for `watch` and the app, and for `downbeat check` (which runs one
# round). $count: how many checks have it (1: "it", more: "one").
config-then-watch = { $count ->
    [one] while it hangs, the next round waits
   *[other] while one hangs, the next round waits
}
config-then-check = { $count ->
    [one] `watch` and the app would fall behind while it hangs
   *[other] `watch` and the app would fall behind while one hangs
}
# What a config file left out, so the built-in defaults run in its place. $path: the file.
# The commands are commands: keep them as written.
config-note-no-services = { $path } has no [[service]], so the built-in Spotify preset is checked (`downbeat presets spotify` prints it)
config-note-no-baseline = { $path } has no [[baseline]], so the built-in baseline sites are checked (`downbeat presets baseline` prints them)

## The settings page: what it says of a field or a save that fails

# The page's label of a field, in front of its error ("Check every: must be from 1s to 24h").
config-field-interval = Check every
config-field-remind-every = Remind every
config-field-url = URL
config-field-name = Name
config-field-expect-status = Expected status
config-field-preset = Service
config-field-country = Country
config-field-language = Language
# A field's error under its label. $label: one of the config-field- messages; $problem: the
# error.
config-form-labelled = { $label }: { $problem }
# The file on disk has an error of its own: the page saves nothing over it. $error: the error
# (error-config: its file, line and column).
config-form-broken = { $error }. Fix the file by hand first; the settings are not saved over it.
# The file does not parse as TOML. $path: the file; $reason: the parser's words.
config-form-unreadable = { $path }: { $reason }
# A service given twice. $name: its name (or its preset's).
config-form-duplicate-service = "{ $name }" is already in the list
config-form-custom-https = a custom service's URL must start with https://
config-form-no-services = pick at least one service to watch
# The file can't be written. $path: the file; $reason: the system's words.
config-form-cannot-write = cannot write { $path }: { $reason }

## The history store: its errors and the writer's status

# $path: the database file or its folder; $reason: SQLite's or the system's words.
store-error-database = history database { $path }: { $reason }
store-error-folder = history folder { $path }: { $reason }
store-error-query = reading the history failed: { $reason }
store-error-export = writing the CSV failed: { $reason }
# $found: the database's schema version; $known: the newest this Downbeat knows.
store-error-too-new = history database { $path } was written by a newer Downbeat (schema { $found }, this one knows { $known })
# A damaged database moved aside. $reason: SQLite's words; $moved_to: where it was kept.
store-recovered = the history database was damaged ({ $reason }); it was kept as { $moved_to } and a new one was started
# Why history is not being written, while results wait in memory.
store-read-only = the history database is read-only: history is kept in memory until it can be written
store-disk-full = the disk is full: history is kept in memory until there is room
# $error: store-error-database or store-error-folder.
store-open-failed = { $error }: history is kept in memory until it can be written
# $reason: SQLite's words.
store-write-failed = writing history failed: { $reason }
# A maintenance step that failed (results are kept; only the summaries lag). $step: one of the
# store-step- messages; $reason: store-write-failed, store-disk-full or store-read-only.
store-maintenance-failed = history maintenance failed ({ $step }): { $reason }
store-step-closing-stale = closing stale incidents
store-step-ending-open = ending the open incidents
store-step-rolling-up = rolling up
store-step-rolling-up-trimming = rolling up and trimming
# No place to keep the history. DOWNBEAT_DATA_DIR is an environment variable: keep it.
store-no-data-folder = no data folder on this system: history is not recorded (set DOWNBEAT_DATA_DIR)
# The database can't be opened at all. $error: store-error-database or store-error-folder.
store-not-recording = { $error }; carrying on without recording history


## The tray's menu (the tray app's interface on Linux). Short labels: a tray menu is narrow.

# The menu item that runs every check at once.
tray-menu-check-now = Check now
# The menu item that pauses the checks for a number of minutes.
#   $minutes: how many (15)
tray-menu-pause-minutes = Pause for { $minutes } min
# The menu item that pauses the checks for a number of hours.
#   $hours: how many (1)
tray-menu-pause-hours = Pause for { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
}
# The menu item that ends a pause (enabled only while paused).
tray-menu-resume = Resume
# The menu item that opens the history window.
tray-menu-history = Open history…
# The menu item that opens the history window on its settings page.
tray-menu-settings = Settings…
# The menu item that opens the settings file (a TOML file) in a text editor. Other messages
# refer to this item by name: keep them the same.
tray-menu-settings-file = Open settings file
# A menu item with a check mark: whether Downbeat starts when the user logs in.
tray-menu-start-at-login = Start at login
# The last menu item: ends the tray app (and with it the checks).
tray-menu-quit = Quit Downbeat

## The settings file the tray creates when "Open settings file" finds none. Each message is one
## comment line at the top of that TOML file (the program adds the "# " before it).

# The first line.
tray-settings-file-title = Downbeat settings. With nothing here, the built-in Spotify preset runs.
# The second line. `downbeat presets spotify` is a command and docs/configuration.md a file:
# keep both as they are.
tray-settings-file-reference = The full reference is docs/configuration.md; `downbeat presets spotify` prints the preset.

## Why no program could open the settings file: shown in brackets after the file's path, in the
## notification "No program could open the settings file".

# The program ran and failed.
#   $program: the program's name (xdg-open, open, notepad)
#   $status: how it ended, as the system says it ("exit status: 4")
tray-opener-failed = { $program } failed ({ $status })
# The program isn't there.
#   $program: the program's name (xdg-open, open, notepad)
tray-opener-missing = { $program } isn't installed
# The program couldn't be started.
#   $program: the program's name (xdg-open, open, notepad)
#   $error: the system's error, as it says it
tray-opener-error = { $program }: { $error }

## Why the tray app can't start: printed after "downbeat-desktop: " on the terminal, and (on
## Windows, when started without one) in a message box, with its first letter made a capital.

# Something the app needs at start failed.
#   $error: the system's error, as it says it
tray-cannot-start = cannot start: { $error }
# On Linux, no graphical session to show a tray icon in. DISPLAY and WAYLAND_DISPLAY are
# environment variables and `downbeat watch` a command: keep them as they are.
tray-no-display = no display (neither DISPLAY nor WAYLAND_DISPLAY is set); `downbeat watch` runs without one
# The config file named with --config or DOWNBEAT_CONFIG isn't there.
#   $error: why (the config's own message, with the file's path)
tray-config-error = config error: { $error }

## What the desktop programs (the tray and the history window) share: start at login. These show
## on the window's settings page when turning "Start at login" on or off fails.

# Downbeat can't tell where its own program is, so it can't make a login entry for it.
#   $error: why (the system's error, or desktop-no-folder)
desktop-autostart-not-found = start at login: where is Downbeat? { $error }
# Making or removing the login entry failed.
#   $error: the system's error, as it says it
desktop-autostart-failed = start at login: { $error }
# Why Downbeat can't find its other program: its own program file is in no folder.
desktop-no-folder = this program is in no folder


## The history window's program (downbeat-window): what it says when it can't do something

# The window could not be opened. $error: the system's reason, as it gives it.
window-app-cannot-open = cannot open the history window: { $error }
# The same on Windows, where the window needs WebView2. $error: the system's reason.
window-app-cannot-open-webview2 =
    cannot open the history window: { $error }

    Downbeat's window needs the Microsoft Edge WebView2 Runtime. Windows 10 and 11 usually have it; if not, install it from https://developer.microsoft.com/microsoft-edge/webview2/ and try again.
# Started with no display to open a window on (Linux). DISPLAY, WAYLAND_DISPLAY and
# `downbeat watch` are names: keep them as written.
window-app-no-display = no display (neither DISPLAY nor WAYLAND_DISPLAY is set); `downbeat watch` runs without one
# The window's commands' errors, shown in the window. DOWNBEAT_DATA_DIR and DOWNBEAT_CONFIG
# are names: keep them as written.
window-app-no-history = no history is recorded on this system (no data folder; set DOWNBEAT_DATA_DIR)
window-app-nothing-recorded = nothing recorded yet
window-app-no-downloads = no Downloads or home folder to save into
window-app-no-config-path = no config folder on this system (set DOWNBEAT_CONFIG)
# A file that could not be written. $path: the file; $reason: the system's reason, as it gives it.
window-app-write-failed = { $path }: { $reason }

## The history window's page: the header

# The line under the title before the first result.
ui-verdict-checking = Checking…
# The header's buttons.
ui-check-now = Check now
ui-export = Export CSV
ui-open-settings = Settings
# After "Export CSV". $path: the file written.
ui-exported = Saved { $path }
# "Export CSV" failed. $error: why, in words.
ui-export-failed = Export failed: { $error }

## The history window's page: the current state ("Now")

ui-now-heading = Now
# The card of the user's own connection: its heading.
ui-connection = Your connection
# The list of a service's groups (its apps, web player, login…), for screen readers.
# $service: the service's name.
ui-groups-label = { $service } by client
# One group, for screen readers: "the app: down". $group: the group's name; $state: one of
# the ui-group-state-* words.
ui-group-label = { $group }: { $state }
ui-group-state-up = up
ui-group-state-degraded = degraded
ui-group-state-down = down
ui-group-state-unknown = unknown
# The list of places that were asked whether the service works there, for screen readers.
# $service: the service's name.
ui-places-label = { $service } seen from elsewhere
# Which access point answered a check. $address: its host and port ("ap.example.com:4070").
ui-check-via = via { $address }
# The badge of a check whose certificate is not verified, and its tooltip. insecure = true and
# server_key are settings: keep them as written.
ui-badge-unverified = unverified
ui-check-unverified-title = Verification is off for this check: insecure = true, or a test server_key

## The history window's page: uptime

ui-uptime-heading = Uptime
# The legend of the uptime bars' colours (its name for screen readers, then each colour).
ui-uptime-legend = Legend
ui-legend-up = up
ui-legend-degraded = degraded
ui-legend-down = down
ui-legend-offline = your side (offline, no DNS, …)
ui-legend-no-data = no data
# Instead of the bars when the history is empty.
ui-uptime-nothing = Nothing recorded yet.
# The tooltip of a service's "unverified" badge. $checks: its checks whose certificates are not
# checked, as a list ("front and api").
ui-uptime-unverified-title = Certificate checks are off for: { $checks }
# Each row of bars: its label, and its name for screen readers. $service: the service's name.
ui-uptime-window-24h = 24h
ui-uptime-window-7d = 7d
ui-uptime-window-30d = 30d
ui-uptime-bars-24h = { $service } over 24h
ui-uptime-bars-7d = { $service } over 7d
ui-uptime-bars-30d = { $service } over 30d

## The history window's page: the latency chart

# The chart's heading, and the unit beside it: the last day's medians, or, early on, the last
# hour's rounds one by one.
ui-latency-title-24h = Latency, last 24 h
ui-latency-title-hour = Latency, last hour
ui-latency-unit-median = (median per phase, ms)
ui-latency-unit-round = (each round, per phase, ms)
# The label of the list of services above the chart.
ui-latency-service = Service
# Instead of the chart.
ui-latency-empty = No measurements yet.
ui-latency-too-few = Not enough data for a chart yet: it starts after a few rounds. The latest measurement is under each check above.
# The chart's legend: the phases of a request (short technical names), and the 95th
# percentile of the total time.
ui-latency-phase-dns = dns
ui-latency-phase-connect = connect
ui-latency-phase-tls = tls
ui-latency-phase-hello = hello
ui-latency-phase-ttfb = ttfb
ui-latency-phase-transfer = transfer
ui-latency-p95 = total p95
# The chart's time column in its legend.
ui-latency-time = Time

## The history window's page: incidents

ui-incidents-heading = Incidents, last 30 days
# The table's column headings.
ui-incidents-started = Started
ui-incidents-lasted = Lasted
ui-incidents-what = What
ui-incidents-why = Why
ui-incidents-side = Whose side

## The history window's page: what went wrong in the page itself

# $error: what failed, in words (often the program's own text).
ui-problem-history = History: { $error }
ui-problem-start = The window could not start: { $error }
# A file of the page that did not load. $file: its address.
ui-problem-load = Could not load { $file }
# An error in the page's script. $error: the script's message; $place: the file and line
# ("app.js:12").
ui-problem-script = Script error: { $error } ({ $place })
# Something the page's security policy blocked. $directive: the rule ("script-src"); $address:
# what was blocked.
ui-problem-csp = Blocked by the content security policy: { $directive } { $address }

## The settings page

ui-settings-heading = Settings
# Beside the heading: the config file. $path: the file.
ui-settings-path = ({ $path })
# Instead of the form when the config file has an error; the error itself may follow.
ui-settings-broken = This page can't show the settings while their file (named above) has an error. Fix it in a text editor: Downbeat reloads it as soon as it loads.
# The services.
ui-settings-services = Services to watch
ui-settings-add-service = Add a service
ui-settings-add = Add
# A service written in the config file in a way this page can't edit, beside its name.
ui-settings-service-other = (written in the config file)
# Each service's buttons, and their names for screen readers. $service: the service's name.
ui-settings-edit = Edit
ui-settings-remove = Remove
ui-settings-edit-label = Edit { $service }
ui-settings-remove-label = Remove { $service }
# A service's setting was refused. $service: the service's name; $error: why.
ui-settings-service-error = { $service }: { $error }
# The same when the service can't be named. $error: why.
ui-settings-some-service-error = A service: { $error }
# A service of one's own.
ui-settings-custom = Add your own HTTPS service
ui-settings-custom-name = Name
ui-settings-custom-url = URL
ui-settings-custom-status = Expected status
ui-settings-custom-add = Add this service
ui-settings-custom-incomplete = a custom service needs a name and a URL
# The checks. "30s, 1m, 5m" are values as the field takes them: keep them as written.
ui-settings-checks = Checks
ui-settings-interval = Check every
ui-settings-interval-hint = e.g. 30s, 1m, 5m
ui-settings-baseline = Check my own connection too, so Downbeat can tell whose side a problem is on
ui-settings-autostart = Start Downbeat at login
# The window's appearance, and its choices.
ui-settings-theme = Appearance
ui-settings-theme-system = Like the system
ui-settings-theme-light = Light
ui-settings-theme-dark = Dark
# The language Downbeat speaks, and the choice of the system's (the others are each
# language's name in itself).
ui-settings-language = Language
ui-settings-language-auto = Same as the system
# Notifications: "Notify me when" heads a list of checkboxes that complete it.
ui-settings-notify = Notify me when
ui-settings-notify-down = a service goes down
ui-settings-notify-recovered = it is back
ui-settings-notify-degraded = it is slow or degraded
ui-settings-notify-offline = my own connection has a problem (offline, a sign-in page, DNS)
# A checkbox followed by a field with the period ("30m"), and the field's name for screen
# readers.
ui-settings-remind = remind me while a service stays down, every
ui-settings-remind-every = Reminder period
# Asking elsewhere. Globalping and RIPEstat are names.
ui-settings-outside = Down for everyone, or just from here?
ui-settings-elsewhere = When a service fails and my connection works, ask probes elsewhere (Globalping) whether it fails there too
ui-settings-provider = Then learn which provider this network is on (RIPEstat), and ask probes on it too, to tell my provider from my home
ui-settings-country = My country
# An example country code in the empty field: this language's country.
ui-settings-country-placeholder = GB
ui-settings-country-hint = two letters; empty: from the time zone
ui-settings-token = Globalping token
ui-settings-token-hint = optional, for a larger allowance
ui-settings-outside-note = What is sent: the failing check's host, port and path. Nothing while all is up or while you are offline.
# The form's buttons, and what it says while and after saving.
ui-settings-save = Save
ui-settings-close = Back to history
ui-settings-saving = Saving…
ui-settings-saved = Saved. The next round checks the new settings.

## The built-in presets' words (presets/*.toml)

# What still works while a service is down, from its preset (the notification and the window
# say it). The preset file writes it in English; users' own `advice` is shown as written.
preset-apple_music-advice = Downloaded music still plays.
preset-deezer-advice = Downloaded music still plays in offline mode (with a paid plan).
preset-soundcloud-advice = Tracks saved for offline listening (with Go) still play.
preset-spotify-advice = Downloaded music still plays in offline mode.
preset-tidal-advice = Downloaded music still plays in offline mode.
preset-youtube_music-advice = Downloads in the app still play offline (with YouTube Music Premium).
# The Spotify preset's groups of checks, said mid-sentence: "the Spotify apps can't connect;
# the web player and login work". The apps are plural, the others singular.
preset-spotify-group-the-spotify-apps = the Spotify apps
preset-spotify-group-the-web-player = the web player
preset-spotify-group-login = login

## This computer's path, as `check` lists it when something failed (view::path_lines).
## $family: "IPv4" or "IPv6"; $interface: a network interface ("eth0", "wlan0", "wg0"); $router:
## the router's address; $took: how long asking took; $port: a TCP port number.

path-route-router = { $family } goes out through { $interface } to the router { $router }.
path-route-tunnel = { $family } goes out through the tunnel { $interface }.
path-route-direct = { $family } goes out through { $interface }.
path-route-none = No { $family } route.
path-link-down = { $interface } is down.
path-link-no-address = { $interface } has no { $family } address.
path-router-echo = The router answered an echo in { $took }.
path-router-tcp = The router answered on TCP port { $port } in { $took }.
path-router-silent = The router didn't answer within { $took }.
path-router-unreachable = The router couldn't be reached: this computer has no way to it.
