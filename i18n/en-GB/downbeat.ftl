# Downbeat's messages in British English: only what differs from English (i18n/en).

language-name = English (UK)

# "7 Dec"
date-day-month = { $day } { $month }
# "7 Dec 2026"
date-day-month-year = { $day } { $month } { $year }
# "14:05"
time-hm = { $hh }:{ $mm }
time-hms = { $hh }:{ $mm }:{ $ss }
