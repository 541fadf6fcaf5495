# Messaggi di Downbeat in italiano (it), tradotti da i18n/en/downbeat.ftl.

## La lingua

language-name = Italiano

## Numeri, orari, date ed elenchi: come li scrive l'italiano

number-decimal = ,
unit-ms = { $n } ms
unit-seconds = { $n } s
span-s = { $s } s
span-min = { $min } min
span-h = { $h } h
span-h-min = { $h } h { $min } min
span-d = { $d } g
span-d-h = { $d } g { $h } h
month-short = { $month ->
    [1] gen
    [2] feb
    [3] mar
    [4] apr
    [5] mag
    [6] giu
    [7] lug
    [8] ago
    [9] set
    [10] ott
    [11] nov
   *[12] dic
}
# "7 dic"
date-day-month = { $day } { $month }
# "7 dic 2026"
date-day-month-year = { $day } { $month } { $year }
# "7 dic, 14:05"
date-time = { $date }, { $time }
# "14:05"
time-hm = { $hh }:{ $mm }
time-hms = { $hh }:{ $mm }:{ $ss }
list-comma = {", "}
list-and = { $first } e { $last }
list-or = { $first } o { $last }

## Cause: cosa c'è dietro un verdetto, e da che parte sta

cause-headline-none = tutto a posto
cause-headline-service = il servizio non funziona
cause-headline-offline = sei offline
cause-headline-no-network = questo computer non è connesso a nessuna rete
cause-headline-router-down = il tuo router ({ $router }) non risponde
cause-headline-line-down = il tuo router ({ $router }) risponde, la linea internet no
cause-headline-vpn-down = la tua VPN ({ $interface }) non fa passare nulla
cause-headline-ipv6-broken = IPv6 non funziona su questa rete, IPv4 sì
cause-headline-ipv4-broken = { $via ->
        [vpn] la tua VPN ({ $interface }) non fa passare IPv4, IPv6 sì
       *[other] IPv4 non funziona su questa rete, IPv6 sì
    }
cause-headline-dns-resolver-down = il tuo server DNS non risponde
cause-headline-dns-filtered = il DNS della tua rete lo blocca
cause-headline-captive-portal = questa rete chiede di accedere
cause-headline-slow-connection = la tua connessione è lenta
cause-headline-port-blocked = la tua rete blocca la sua porta preferita
cause-headline-downbeat-outdated = Downbeat non è aggiornato
cause-headline-network-path = non funziona solo dalla tua rete
cause-headline-provider = non funziona sulla rete del tuo provider
cause-headline-clock-wrong = l'orologio del computer è sbagliato
cause-headline-tls-intercepted = qualcosa intercetta le connessioni sicure
cause-headline-dns-unconfirmed = il tuo DNS dice che il suo nome non esiste

cause-state-word-offline = offline
cause-state-word-no-network = offline
cause-state-word-router-down = offline
cause-state-word-line-down = offline
cause-state-word-vpn-down = offline
cause-state-word-ipv6-broken = IPv6 guasto
cause-state-word-ipv4-broken = IPv4 guasto
cause-state-word-dns-resolver-down = niente DNS
cause-state-word-dns-filtered = bloccato
cause-state-word-captive-portal = accesso richiesto
cause-state-word-slow-connection = connessione lenta
cause-state-word-port-blocked = porta bloccata
cause-state-word-downbeat-outdated = aggiorna Downbeat
cause-state-word-network-path = non da qui
cause-state-word-provider = il tuo provider
cause-state-word-clock-wrong = orologio sbagliato
cause-state-word-tls-intercepted = intercettato
cause-state-word-dns-unconfirmed = nome non trovato qui

cause-line-offline = Sei offline: dipende da te, non dai servizi
cause-line-no-network = Questo computer non è connesso a nessuna rete: dipende da te, non dai servizi
cause-line-router-down = Il tuo router ({ $router }) non risponde: dipende da te, non dai servizi
cause-line-line-down = Il tuo router ({ $router }) risponde, ma oltre non passa nulla: dipende dalla tua linea, non dai servizi
cause-line-vpn-down = La tua VPN ({ $interface }) non fa passare nulla: dipende da te, non dai servizi
cause-line-ipv6-broken = IPv6 non funziona su questa rete: le app che lo provano per primo si bloccano
cause-line-ipv4-broken = { $via ->
        [vpn] La tua VPN ({ $interface }) non fa passare IPv4: i siti senza IPv6 non si raggiungono
       *[other] IPv4 non funziona su questa rete: i siti senza IPv6 non si raggiungono
    }
cause-line-dns-resolver-down = Il server DNS non risponde: riavvia il router o cambia DNS
cause-line-dns-filtered = La tua rete blocca { $service }: prova un'altra rete
cause-line-captive-portal = Questo Wi-Fi chiede di accedere: apri un browser
cause-line-slow-connection = Connessione lenta per tutto, non solo per { $service }
cause-line-port-blocked = La rete blocca la porta di { $service }: le app ne usano un'altra
cause-line-downbeat-outdated = Downbeat non è aggiornato per { $service }: aggiornalo
cause-line-network-path = { $service } funziona altrove ma non dalla tua rete: cambia rete
cause-line-provider = Il tuo provider non raggiunge { $service }: dipende dal provider
cause-line-clock-wrong = Il tuo orologio è sbagliato: niente connessioni sicure
cause-line-tls-intercepted = Connessioni sicure intercettate: è questa rete o questo PC
cause-line-dns-unconfirmed = Il tuo DNS non trova { $service }: questa rete potrebbe filtrarlo

cause-advice-service = Dipende da loro: riavviare il router non servirà.
cause-advice-offline = Controlla il Wi-Fi, il router o la VPN.
cause-advice-no-network = Attiva il Wi-Fi o collega il cavo.
cause-advice-router-down = Riavvia il router o avvicinati al Wi-Fi.
cause-advice-line-down = Riavviare il router una volta può aiutare; se non basta, dipende dal tuo provider: controlla la sua pagina di stato o chiama l'assistenza.
cause-advice-vpn-down = Riconnetti la VPN o disattivala.
cause-advice-ipv6-broken = Riavvia il router; se il problema resta, disattiva IPv6 su questo computer o chiedi al tuo provider.
cause-advice-ipv4-broken = { $via ->
        [vpn] Riconnetti la VPN o disattivala.
       *[other] Riavvia il router; se il problema resta, dipende dal tuo provider (il suo gateway IPv4): controlla la sua pagina di stato o chiama l'assistenza.
    }
cause-advice-dns-resolver-down = Riavvia il router o cambia DNS (per esempio 1.1.1.1).
cause-advice-dns-filtered = Prova un'altra rete o chiedi a chi la gestisce.
cause-advice-captive-portal = Apri un browser e accedi.
cause-advice-slow-connection = Avvicinati al Wi-Fi, metti in pausa altri download o riavvia il router.
cause-advice-port-blocked = Non c'è niente da fare finché le app si collegano; se smettono, chiedi a chi gestisce questa rete.
cause-advice-downbeat-outdated = Aggiorna Downbeat: il suo hello agli access point non è più attuale.
cause-advice-network-path = Prova un'altra rete (l'hotspot del telefono); se lì funziona, il problema è questa rete o il tuo provider.
cause-advice-provider = Riavviare il router non servirà; un telefono con i dati mobili sì. Avvisa il tuo provider.
cause-advice-clock-wrong = Attiva l'ora automatica nelle impostazioni di sistema.
cause-advice-tls-intercepted = Di solito è una rete aziendale, la protezione web di un antivirus o un filtro; se non ti fidi di questa rete, fermati.
cause-advice-dns-unconfirmed = Prova un'altra rete o un altro DNS; se lì funziona, è questa rete a filtrarlo.

## Diagnosi: perché un controllo è andato così

diagnosis-ok = tutto a posto
diagnosis-slow = risponde lentamente
diagnosis-dns-nxdomain = il suo nome non si risolve
diagnosis-dns-failure = ricerca DNS non riuscita
diagnosis-tcp-refused = connessione rifiutata
diagnosis-tcp-timeout = tempo di connessione scaduto
diagnosis-network-unreachable = rete non raggiungibile
diagnosis-connection-reset = connessione reimpostata
diagnosis-tls-handshake-failed = connessione sicura non riuscita
diagnosis-tls-cert-expired = certificato TLS scaduto
diagnosis-tls-cert-not-yet-valid = certificato TLS non ancora valido
diagnosis-tls-cert-untrusted = certificato TLS non attendibile
diagnosis-tls-hostname-mismatch = certificato TLS per un altro nome
diagnosis-tls-cert-expiring = certificato TLS in scadenza
diagnosis-http-server-error = errore del server
diagnosis-http-rate-limited = troppe richieste
diagnosis-http-unexpected-status = stato HTTP inatteso
diagnosis-http-unexpected-body = contenuto della pagina inatteso
diagnosis-http-redirect-loop = troppi reindirizzamenti
diagnosis-protocol-error = il server non parla HTTP
diagnosis-timeout = ha smesso di rispondere
diagnosis-stream-too-slow = streaming troppo lento
diagnosis-dns-blocked = il DNS della tua rete lo blocca
diagnosis-captive-portal = ha risposto una pagina di accesso (captive portal)
diagnosis-ap-signature-invalid = l'handshake non è firmato da Spotify
diagnosis-ap-handshake-failed = l'handshake con l'access point non riesce
diagnosis-ap-upgrade-required = chiede un Downbeat più recente
diagnosis-ap-port-blocked = la tua rete blocca la sua porta preferita


## Righe: i riepiloghi di una riga che mostra ogni interfaccia: la prima riga della barra di
## sistema e il titolo della finestra, la riga di un servizio, della connessione e della configurazione.

line-state = { $state ->
    [up] attivo
    [degraded] in difficoltà
    [down] fuori uso
    [offline] offline
   *[unknown] sconosciuto
}

line-them-connection-fine = Dipende da loro: la tua connessione funziona.
line-them = Dipende da loro.

line-checking = Controllo in corso…

line-paused-until = In pausa fino alle { $time }
line-paused-until-resumed = In pausa finché non riprendi

line-all-well = Tutto a posto
line-all-up = { $count ->
    [2] Entrambi i servizi sono attivi
   *[other] Tutti i { $count } servizi sono attivi
}
line-some-up = { $up } su { $count } servizi attivi; controllo gli altri

line-your-services = i tuoi servizi

## La riga del verdetto quando è il servizio stesso a non funzionare (dipende da loro).

line-verdict-them = { $scope ->
    [everywhere] { $service } è { $state } per tutti: dipende da loro
    [region] { $service } è { $state } in { $place }: dipende da loro
   *[here] { $service } è { $state }: dipende da loro
}
line-verdict-them-why = { $scope ->
    [everywhere] { $service } è { $state } per tutti ({ $why }): dipende da loro
    [region] { $service } è { $state } in { $place } ({ $why }): dipende da loro
   *[here] { $service } è { $state } ({ $why }): dipende da loro
}
line-why-for = da { $span }
line-why-diagnosis-for = { $diagnosis }, da { $span }
line-verdict-them-many = { $services } { $count ->
    [one] è
   *[other] sono
} { $state ->
    [degraded] in difficoltà
   *[down] fuori uso
}: dipende da loro

## La prima riga del menu nella barra di sistema: da che parte, in breve (al massimo 44 caratteri).

line-tray-offline = Dipende da te: sei offline
line-tray-no-network = Dipende da te: nessuna rete (Wi-Fi o cavo)
line-tray-router-down = Dipende da te: il router { $router } non va
line-tray-line-down = Dipende dalla linea: router { $router } OK
line-tray-vpn-down = Dipende da te: la VPN { $interface } blocca tutto
line-tray-ipv6-broken = Dipende da te: IPv6 non funziona, IPv4 sì
line-tray-ipv4-broken = { $via ->
        [vpn] Dipende da te: la VPN { $interface } blocca IPv4
       *[other] Dipende da te: IPv4 non funziona, IPv6 sì
    }
line-tray-dns-resolver-down = Dipende da te: il server DNS non risponde
line-tray-captive-portal = Dipende da te: il Wi-Fi chiede l'accesso
line-tray-slow-connection = Dipende da te: connessione lenta
line-tray-clock-wrong = Dipende da te: orologio sbagliato
line-tray-tls-intercepted = Dipende da te: connessioni intercettate
line-tray-dns-filtered = Dipende da te: la rete blocca { $services }
line-tray-port-blocked = Dipende da te: porta bloccata per { $services }
line-tray-downbeat-outdated = Dipende da te: aggiorna Downbeat
line-tray-network-path = Dipende da te: solo da qui { $services } non { $count ->
    [one] va
   *[other] vanno
}
line-tray-provider = Il tuo provider non raggiunge { $services }
line-tray-dns-unconfirmed = Il tuo DNS dice che { $services } non { $count ->
    [one] esiste
   *[other] esistono
}
line-tray-them = Dipende da loro: { $service } è { $state }
line-tray-them-many = Dipende da loro: { $count } { $count ->
    [one] servizio
   *[other] servizi
} { $state ->
    [degraded] in difficoltà
   *[down] fuori uso
}

## La riga di un servizio: una per servizio nel menu, e la riga del verdetto per un singolo
## servizio. Le parti facoltative si aggiungono una alla volta a $line.

line-service-state = { $service }: { $state }
line-service-word = { $service }: { $word }
line-service-word-why = { $service }: { $word }, { $headline }
line-service-checking = { $service }: controllo in corso…
line-service-groups = { $line } ({ $groups })
line-service-diagnosis = { $line }, { $diagnosis }
line-service-for = { $line }, da { $span }
line-service-unverified = { $line } (non verificato)
line-tray-service-for = { $line }, { $span }
line-tray-service-paused = { $service }: non controllato (in pausa)

## La riga della connessione: "La tua connessione: funziona (3 siti su 3 rispondono)".

line-connection = La tua connessione: { $detail }
line-connection-not-checked = non controllata
line-connection-baseline-off = non controllata (siti di riferimento disattivati)
line-connection-paused = non controllata durante la pausa
line-connection-checking = controllo in corso…
line-connection-fine = funziona
line-connection-sites = { $state } ({ $answered } su { $sites } { $sites ->
    [one] sito risponde
   *[other] siti rispondono
})
line-tray-connection-sites = { $state } ({ $answered }/{ $sites } siti)
line-tray-connection-paused = non controllata (in pausa)

## Le righe della configurazione: barra di sistema, finestra, `watch` e `serve`.

line-config-error = Errore di configurazione: { $error }
line-tray-config-error-in = Errore di config. in { $place }
line-config-kept = Errore di configurazione: { $error }. Downbeat continua a controllare con le ultime impostazioni caricate; ricarica il file appena è corretto.
line-config-not-reloaded = configurazione non ricaricata: { $error }; resta in uso l'ultima configurazione caricata
line-config-reloaded = configurazione ricaricata da { $path }: { $changes }
line-config-reloaded-nothing = configurazione ricaricata da { $path }: nessuna modifica ai controlli
line-config-reloaded-added = aggiunta di { $services }
line-config-reloaded-removed = rimozione di { $services }
line-config-reloaded-changed = modifica di { $services }
line-config-reloaded-baseline = siti di riferimento modificati
line-config-reloaded-settings = impostazioni modificate: { $keys }
line-clause-separator = {"; "}

## La riga di `watch` per ogni cambio di stato: "Spotify: up -> down (login: errore del server;
## lato: them, causa: service)".

line-transition = { $who }: { $from } -> { $to }
line-your-connection = la tua connessione
line-transition-check = { $line } ({ $check }: { $diagnosis }; lato: { $blame }, causa: { $cause })
line-transition-diagnosis = { $line } ({ $diagnosis }; lato: { $blame }, causa: { $cause })
line-transition-after = { $line } dopo { $span }
line-transition-detail = { $line }. { $detail }

## La finestra della cronologia: titolo, scheda della connessione e schede dei servizi.

window-not-checking = Downbeat non sta controllando nulla: vedi il problema qui sotto
window-checking = controllo in corso…
window-checked = ultimo controllo alle { $time }
window-shared-failure-all = Tutti i { $count } controlli falliscono allo stesso modo: { $diagnosis }.
window-shared-failure = { $count } { $count ->
    [one] controllo fallisce
   *[other] controlli falliscono
} allo stesso modo: { $diagnosis }.
window-shared-failure-example = { $check }: { $detail }

## La scheda di un servizio.

window-badge = { $glyph } { $word }
window-badge-paused = ‖ in pausa
window-badge-checking = – controllo
window-card-paused-until = In pausa: { $service } non viene controllato fino alle { $time }.
window-card-paused = In pausa: { $service } non viene controllato finché non riprendi.
window-card-offline-merged = Non valutabile mentre sei offline.
window-card-offline = Sei offline, quindi questo servizio non si può valutare: dipende da te, non da loro.
window-card-you = Dipende da te, non da { $service }. { $advice }
window-card-up = Funziona normalmente.
window-card-check = { $check }: { $diagnosis }.
window-since = Inizio: { $when }.
window-chip = { $phase } { $time }
window-chip-failed = { $phase } ✕
phase-name = { $phase ->
    [dns] dns
    [connect] connessione
    [tls] tls
    [hello] hello
    [ttfb] ttfb
   *[transfer] trasferimento
}
window-outside-place = { $works ->
    [yes] ✓
   *[no] ✕
} { $city }, { $country } ({ $network })

## La vista da fuori: cosa hanno visto sonde altrove (in altri luoghi e reti) di un servizio
## che non funziona, sulla sua scheda, nella nota di `check` e nell'elenco di `check --outside`.

outside-no-answer = nessuna risposta
outside-your-country-code = il tuo paese ({ $code })
outside-your-country = il tuo paese
outside-your-provider = il tuo provider

## La scheda di un servizio che non funziona: "Visto da altrove: …".

outside-line-everywhere = Visto da altrove: non funziona neanche da { $failing } { $probes ->
    [one] località
   *[other] località
} su { $probes }, in { $countries } { $countries ->
    [one] paese
   *[other] paesi
}.
outside-line-region = Visto da altrove: non funziona da { $failing } località su { $probes } in { $country }; funziona da { $elsewhere } { $elsewhere ->
    [one] località
   *[other] località
} altrove.
outside-line-partial = Visto da altrove: non funziona da { $failing } località su { $probes } e funziona dalle altre.
outside-line-only-here = Visto da altrove: funziona da { $working } località su { $probes }, quindi il problema è il percorso dalla tua rete.
outside-line-provider = Visto da altrove: non funziona con { $provider } ({ $failing } località su { $probes }) e funziona con le altre reti ({ $working } su { $others }).
outside-line-unknown = Nessuna verifica da altrove: { $error }.

## La nota di `check` sulla vista da fuori.

outside-note = { $probes ->
    [one] Interpellata { $probes } sonda
   *[other] Interpellate { $probes } sonde
} altrove, di cui { $in_country } in { $country }.
outside-country-from = { $country } (il tuo paese, secondo { $from })
outside-country-unknown = il tuo paese (sconosciuto: il tuo fuso orario non ne indica uno; imposta country in [settings])
outside-could-not-say = Le sonde altrove non hanno saputo rispondere: { $error }.

## Il provider dell'utente, quando il servizio non funziona solo da qui o sulla rete del provider.

outside-provider-sentence = { $service } non funziona con { $provider } anche { $reach ->
    [country] altrove in { $country }
   *[world] altrove
}, e funziona con altre reti: dipende dal tuo provider, non da { $service } né da casa tua. Riavviare il router non servirà; un telefono con i dati mobili sì. Avvisa { $provider }.
outside-provider-works = Con { $provider } funziona anche altrove ({ $probes } su { $probes }): dipende da questa connessione, non dal tuo provider.
outside-provider-no-probe = Nessuna sonda usava { $provider }, quindi Downbeat non ha potuto distinguere tra il tuo provider e casa tua.
outside-provider-unknown = Downbeat non è riuscito a scoprire il tuo provider ({ $error }), quindi non ha potuto distinguere tra il tuo provider e casa tua.

## L'elenco di `check --outside`.

outside-listing-asked = Chiesto alle sonde altrove di raggiungere { $host } ({ $service }).
outside-listing-provider = Il tuo provider: { $provider } (AS{ $asn }).
outside-listing-provider-unknown = Il tuo provider: sconosciuto ({ $error }).
outside-listing-provider-not-asked = Il tuo provider: non richiesto.
outside-listing-place = { $works ->
    [yes] ✓ funziona
   *[no] ✕ non funziona
} { $city }, { $country }: { $network } (AS{ $asn }){ $yours ->
    [yes] {" "}(il tuo provider)
   *[no] {""}
}
outside-listing-everywhere = { $service } non funziona dalla maggior parte delle località: fuori uso per tutti.
outside-listing-region = { $service } non funziona in { $country } e funziona altrove.
outside-listing-partial = { $service } non funziona da alcune località e funziona da altre.
outside-listing-only-here = { $service } funziona da tutte le località interpellate.

## La pagina di stato del fornitore, accanto a ciò che ha visto Downbeat: "Pagina di stato di
## Spotify: Interruzione parziale del sistema: "Playback failures" (in analisi dal 7 dic, 09:58)".

outside-page-unread = Impossibile leggere la pagina di stato di { $service }: { $error }.
outside-page-no-incident = La pagina di stato di { $service } non segnala ancora incidenti.
outside-page-says = Pagina di stato di { $service }: { $what }.
outside-page-a-problem = un problema, senza incidenti indicati
outside-page-partial-outage = Interruzione parziale del sistema
outside-page-head-components = { $head } — { $components }
outside-page-components-more = { $components } e altri { $more }
outside-page-component = { $component }: { $status ->
    [degraded_performance] prestazioni ridotte
    [partial_outage] interruzione parziale
    [major_outage] interruzione grave
    [under_maintenance] in manutenzione
   *[other] { $status_text }
}
outside-incident-status = { $status ->
    [investigating] in analisi
    [identified] identificato
    [monitoring] sotto osservazione
    [resolved] risolto
    [postmortem] analisi conclusiva
   *[other] { $status }
}
outside-incident = "{ $incident }" ({ $status })
outside-incident-since = "{ $incident }" ({ $status } dal giorno { $when })
outside-incidents-more = { $incident } e altri { $more }
outside-page-incident = Pagina di stato di { $service }: { $incident }.
outside-page-incident-head = Pagina di stato di { $service }: { $head }: { $incident }.
outside-page-incident-head-components = Pagina di stato di { $service }: { $head }; { $incident }.

## Gruppi: i controlli di un servizio raccolti per ciò che servono, in una frase che dice quali
## sono colpiti e quali funzionano ancora, sulla scheda e nelle notifiche. Dopo, la prima
## lettera diventa maiuscola.

group-down = nessuna connessione per { $group }
group-degraded = { $group } { $plural ->
    [yes] sono
   *[no] è
} in difficoltà
group-because = { $clause } ({ $check }: { $diagnosis })
group-and-then = { $first }; { $next }
group-sentence = { $hit }.
group-sentence-fine = { $hit }; { $fine } { $count ->
    [one] { $plural ->
        [yes] funzionano
       *[no] funziona
    }
   *[other] funzionano
}.


## Stati: la parola per come sta un controllo, un servizio o la connessione

state-unknown = sconosciuto
state-up = attivo
state-degraded = in difficoltà
state-down = fuori uso
state-offline = offline

## Notifiche: parti comuni

notify-some-check = un controllo
notify-some-check-start = Un controllo
notify-unverified = (Non verificato: la verifica è disattivata per { $check }.)
notify-unverified-unnamed = (Non verificato: la verifica è disattivata per questo controllo.)
notify-check-works-again = { $check } funziona di nuovo.

## Notifiche: un servizio smette di funzionare, è in difficoltà, torna

notify-down-title = { $service } non funziona
notify-degraded-title = { $service } è in difficoltà
notify-back-title = { $service } funziona di nuovo
notify-back-to-normal-title = { $service } è di nuovo a posto
notify-reminder-title = { $service } non funziona ancora
notify-down-failing = { $check_start } non funziona: { $diagnosis }.
notify-down-no-help = Rifare l'accesso o riavviare il router non servirà.
notify-degraded-failing = { $check_start }: { $diagnosis }.
notify-back-body = Fuori uso per { $span } ({ $check }: { $diagnosis }).
notify-back-failing = non funzionava
notify-back-still-slow = È ancora più lento del solito.
notify-back-to-normal-body = In difficoltà per { $span }.
notify-back-to-normal-body-unmeasured = Funziona di nuovo normalmente.
notify-reminder-body = Fuori uso da { $span } ({ $check }: { $diagnosis }).

## Notifiche: problemi di un servizio che dipendono da te

notify-dns-filtered-title = La tua rete blocca { $service }
notify-dns-filtered-body = Il DNS di questa rete non fornisce l'indirizzo di { $service } ({ $check }), ma il DNS pubblico sì: è la rete a bloccarlo. { $advice }
notify-dns-filtered-over-title = { $service } passa di nuovo
notify-dns-filtered-over-body = Il DNS della tua rete l'ha bloccato per { $span }.
notify-dns-filtered-over-body-unmeasured = Il DNS della tua rete non lo blocca più.
notify-port-blocked-title = La tua rete blocca la porta preferita di { $service }
notify-port-blocked-body = { $detail } Dipende dalla tua rete, non da { $service }. { $advice }
notify-port-blocked-over-title = La porta preferita di { $service } passa di nuovo
notify-port-blocked-over-body = La tua rete l'ha bloccata per { $span }.
notify-port-blocked-over-body-unmeasured = La tua rete non la blocca più.
notify-outdated-title = Downbeat non è aggiornato
notify-outdated-body = { $service } ha risposto a { $check }, ma chiede un client più recente: è l'hello di Downbeat a essere superato, non c'è un disservizio. { $advice }
notify-outdated-over-title = L'access point di { $service } accetta di nuovo Downbeat
notify-intercepted-service-title = Qualcosa intercetta le connessioni sicure di { $service }
notify-intercepted-service-body = { $seen } Le app di { $service } rifiutano queste connessioni. Dipende da questa rete o da questo computer, non da { $service }. { $advice }
notify-intercepted-service-over-title = Le connessioni sicure di { $service } non sono più intercettate
notify-intercepted-service-over-body = Sono state intercettate per { $span }.
notify-dns-unconfirmed-title = Il tuo DNS dice che { $service } non esiste
notify-dns-unconfirmed-body = Lo dice solo il DNS di questa rete ({ $check }) e non è stato possibile consultare un DNS neutrale; questa rete potrebbe filtrarlo. Non viene contato come disservizio di { $service }. { $advice }
notify-dns-unconfirmed-over-title = Il nome di { $service } si risolve di nuovo
notify-dns-unconfirmed-over-body = Per { $span } il tuo DNS ha detto che non esisteva.

## Notifiche: problemi dalla tua parte (nessun servizio nominato)

notify-offline-title = Sei offline
notify-offline-body-site = Nessuno dei siti di riferimento è raggiungibile ({ $site }: { $diagnosis }). Dipende da te, non dai servizi: controlla router, Wi-Fi o VPN.
notify-offline-body = Nessuno dei siti di riferimento è raggiungibile ({ $diagnosis }). Dipende da te, non dai servizi: controlla router, Wi-Fi o VPN.
notify-online-title = Sei di nuovo online
notify-online-body = La tua connessione è mancata per { $span }.
notify-online-body-unmeasured = La tua connessione funziona di nuovo.
notify-no-network-title = Nessuna rete
notify-no-network-body = Questo computer non è connesso a nessuna rete, quindi non si raggiunge nulla. Dipende da te, non dai servizi. { $advice }
notify-router-down-title = Il tuo router non risponde
notify-router-down-body = Il tuo router ({ $router }) non risponde, quindi non si raggiunge nulla. Dipende da te, non dai servizi. { $advice }
notify-line-down-title = La tua linea internet non funziona
notify-line-down-body = Il tuo router ({ $router }) risponde, ma oltre il router non passa nulla: la linea verso il tuo provider è interrotta. Non dipende dai servizi. { $advice }
notify-vpn-down-title = La tua VPN non fa passare nulla
notify-vpn-down-body = Tutto il traffico passa dalla tua VPN ({ $interface }), ma non ne esce nulla. Dipende da te, non dai servizi. { $advice }
notify-ipv6-broken-title = IPv6 non funziona su questa rete
notify-ipv6-broken-body = Le app che provano prima IPv6 si bloccano per un po' prima di ripiegare su IPv4; i servizi che rispondono su IPv4 non sono fuori uso. { $advice }
notify-ipv4-broken-title = { $via ->
        [vpn] La tua VPN ({ $interface }) non fa passare IPv4
       *[other] IPv4 non funziona su questa rete
    }
notify-ipv4-broken-body = I servizi senza un indirizzo IPv6 non si raggiungono, e non è colpa loro; quelli che ne hanno uno funzionano ancora. { $advice }
notify-network-back-title = Di nuovo connesso
notify-network-back-body = Questo computer è rimasto senza rete per { $span }.
notify-network-back-body-unmeasured = Questo computer è di nuovo connesso a una rete.
notify-router-back-title = Il tuo router risponde di nuovo
notify-router-back-body = Non ha risposto per { $span }.
notify-router-back-body-unmeasured = La tua connessione funziona di nuovo.
notify-line-back-title = La tua linea internet è tornata
notify-line-back-body = La linea oltre il router è rimasta interrotta per { $span }.
notify-line-back-body-unmeasured = La linea oltre il router funziona di nuovo.
notify-vpn-back-title = La tua VPN funziona di nuovo
notify-vpn-back-body = Per { $span } non è passato nulla.
notify-vpn-back-body-unmeasured = Il traffico passa di nuovo dalla tua VPN.
notify-ipv6-back-title = IPv6 funziona di nuovo
notify-ipv6-back-body = Non ha funzionato per { $span }.
notify-ipv6-back-body-unmeasured = IPv6 funziona di nuovo su questa rete.
notify-ipv4-back-title = IPv4 funziona di nuovo
notify-ipv4-back-body = Non ha funzionato per { $span }.
notify-ipv4-back-body-unmeasured = IPv4 funziona di nuovo su questa rete.
notify-captive-portal-title = Questo Wi-Fi chiede di accedere
notify-captive-portal-location = Ti manda a { $location }.
notify-captive-portal-body = Finché non accedi non funziona nient'altro, e non è colpa dei servizi. { $advice }
notify-signed-in-title = Accesso effettuato
notify-signed-in-body = La pagina di accesso di questa rete è sparita, dopo { $span }.
notify-signed-in-body-unmeasured = La pagina di accesso di questa rete è sparita.
notify-dns-down-title = Il tuo server DNS non risponde
notify-dns-down-body = Internet funziona: il DNS pubblico risponde. Dipende da te, non dai servizi. { $advice }
notify-dns-back-title = Il tuo DNS funziona di nuovo
notify-dns-back-body = Il tuo server DNS non ha risposto per { $span }.
notify-dns-back-body-unmeasured = Il tuo server DNS risponde di nuovo.
notify-clock-wrong-title = L'orologio del computer è sbagliato
notify-clock-wrong-body = Per questo tutte le connessioni sicure falliscono. Dipende da te, non dai servizi. { $advice }
notify-clock-right-title = L'orologio del computer è di nuovo giusto
notify-clock-right-body = Le connessioni sicure funzionano di nuovo; non hanno funzionato per { $span }.
notify-clock-right-body-unmeasured = Le connessioni sicure funzionano di nuovo.
notify-intercepted-title = Qualcosa intercetta le connessioni sicure
notify-intercepted-unknown-issuer = Il certificato di ogni sito è emesso da un'autorità che nessuno considera attendibile.
notify-intercepted-body = Dipende da questa rete o da questo computer, non dai servizi. { $advice }
notify-intercepted-over-title = Le connessioni sicure non sono più intercettate
notify-intercepted-over-body = I siti hanno di nuovo i loro certificati, dopo { $span }.
notify-intercepted-over-body-unmeasured = I siti hanno di nuovo i loro certificati.
notify-slow-title = La tua connessione è lenta
notify-slow-body = È lenta per tutto, non solo per i servizi: { $detail } { $advice }
notify-fast-title = La tua connessione è di nuovo veloce
notify-fast-body = È stata lenta per { $span }.
notify-fast-body-unmeasured = È di nuovo abbastanza veloce.

## Notifiche: cosa dicono il mondo e la pagina di stato del fornitore (aggiornamenti di un avviso)

notify-everywhere-title = { $service } è fuori uso per tutti
notify-everywhere-body = Non funziona da { $failing } { $probes ->
        [one] località
       *[other] località
    } su { $probes } tra quelle interpellate da Downbeat, in { $countries } { $countries ->
        [one] paese
       *[other] paesi
    }: dipende da loro, non da te.
notify-region-title = { $service } è fuori uso in { $country }
notify-region-body = Lì non funziona da { $failing } località su { $probes }; funziona da { $elsewhere } { $elsewhere ->
        [one] località
       *[other] località
    } altrove: dipende da loro, non da te.
notify-only-here-title = { $service } funziona altrove, non dalla tua rete
notify-only-here-body = Funziona da { $working } località su { $probes } tra quelle interpellate da Downbeat. { $advice }
notify-provider-title = { $service } non funziona sulla rete del tuo provider
notify-status-page-title = La pagina di stato di { $service } conferma un problema
notify-status-page-body = { $line } Dipende da loro, non da te.

## Notifiche: Downbeat stesso

notify-welcome-title = Downbeat è al lavoro
notify-welcome-body = Downbeat controlla { $count ->
        [0] ancora niente
       *[other] { $services }
    } e ti avvisa quando qualcosa smette di funzionare, dicendoti da che parte sta il problema. La cronologia e le impostazioni sono nel menu della barra di sistema (l'icona di Downbeat).
notify-config-error-title = Downbeat non sta controllando nulla
notify-config-error-body = Il file delle impostazioni non si carica: { $error }. Correggilo con un editor di testo (Apri file delle impostazioni, nel menu della barra di sistema): Downbeat inizia i controlli appena il file si carica.
notify-cannot-open-title = Nessun programma ha potuto aprire il file delle impostazioni
notify-cannot-open-body = Il file è { $path } ({ $why }). Aprilo con un editor di testo: Downbeat lo ricarica appena lo salvi.

## Connessioni sicure: un orologio sbagliato, un'intercettazione, un nome che solo questa rete dice inesistente

secure-clock-earlier = { $unit ->
        [days] { $count ->
            [one] { $count } giorno prima
           *[other] { $count } giorni prima
        }
        [hours] { $count ->
            [one] { $count } ora prima
           *[other] { $count } ore prima
        }
       *[minutes] { $count ->
            [one] { $count } minuto prima
           *[other] { $count } minuti prima
        }
    }
secure-clock-later = { $unit ->
        [days] { $count ->
            [one] { $count } giorno dopo
           *[other] { $count } giorni dopo
        }
        [hours] { $count ->
            [one] { $count } ora dopo
           *[other] { $count } ore dopo
        }
       *[minutes] { $count ->
            [one] { $count } minuto dopo
           *[other] { $count } minuti dopo
        }
    }
secure-clock-times = { $source ->
        [until] segna { $says }, ma i certificati dei siti erano tutti validi solo fino al giorno { $when } (almeno { $gap })
        [from] segna { $says }, ma i certificati dei siti sono tutti validi solo dal giorno { $when } (almeno { $gap })
       *[date] segna { $says }, i siti dicono { $when } ({ $gap })
    }
secure-clock-times-sentence = { $source ->
        [until] Segna { $says }, ma i certificati dei siti erano tutti validi solo fino al giorno { $when } (almeno { $gap }).
        [from] Segna { $says }, ma i certificati dei siti sono tutti validi solo dal giorno { $when } (almeno { $gap }).
       *[date] Segna { $says }, i siti dicono { $when } ({ $gap }).
    }
secure-clock-wrong = L'orologio del computer è sbagliato: { $times }.
secure-clock-consequence = Per questo tutte le connessioni sicure falliscono.
secure-clock-consequence-service = Per questo tutte le connessioni sicure falliscono, anche quelle di { $service }.
secure-issued = { $whose ->
        [service] il certificato di { $service } è emesso da "{ $issuer }", non da un'autorità attendibile (quelli degli altri siti sono attendibili).
        [all-and-service] il certificato di ogni sito, anche quello di { $service }, è emesso da "{ $issuer }", non da un'autorità attendibile.
        [all-here] il certificato di ogni sito è emesso da "{ $issuer }", non da un'autorità attendibile (quelli degli altri siti sono attendibili).
       *[all] il certificato di ogni sito è emesso da "{ $issuer }", non da un'autorità attendibile.
    }
secure-issued-start = { $whose ->
        [service] Il certificato di { $service } è emesso da "{ $issuer }", non da un'autorità attendibile (quelli degli altri siti sono attendibili).
        [all-and-service] Il certificato di ogni sito, anche quello di { $service }, è emesso da "{ $issuer }", non da un'autorità attendibile.
        [all-here] Il certificato di ogni sito è emesso da "{ $issuer }", non da un'autorità attendibile (quelli degli altri siti sono attendibili).
       *[all] Il certificato di ogni sito è emesso da "{ $issuer }", non da un'autorità attendibile.
    }
secure-refused-service = Le app di { $service } rifiutano queste connessioni.
secure-refused = Le app rifiutano queste connessioni.
secure-intercepted = Qualcosa su questa rete o su questo computer intercetta le connessioni sicure: { $issued } { $refused }
secure-dns-unconfirmed = Il tuo DNS dice che il nome di { $service } non esiste ({ $host }), e { $unconfirmed }
secure-dns-unconfirmed-no-host = Il tuo DNS dice che il nome di { $service } non esiste, e { $unconfirmed }
secure-unconfirmed = non è stato possibile consultare un DNS neutrale; questa rete potrebbe filtrarlo.
secure-unconfirmed-off = non è impostato un DNS neutrale per confermarlo (reference_dns); questa rete potrebbe filtrarlo.
secure-thin-clock = Nessun altro sito ha indicato l'ora, quindi Downbeat non può verificare l'orologio di questo computer; se è sbagliato, questo lo spiegherebbe.
secure-thin-untrusted = Il suo certificato è emesso da "{ $issuer }", di cui questo computer non si fida; senza un sito attendibile con cui confrontarlo, Downbeat non può distinguere un'intercettazione da un server configurato male.


## Il verdetto: l'ultima riga di `downbeat check`, il titolo della finestra, il "summary" di /api/status.
## Ognuno è una o più frasi; il riepilogo le mette in fila, poi il consiglio della causa.

verdict-offline = Sei offline: { $why }. Dipende da te, non dai servizi.
verdict-no-network = Questo computer non è connesso a nessuna rete, quindi { $why }. Dipende da te, non dai servizi.
verdict-router-down = Il tuo router ({ $router }) non risponde, quindi { $why }. Dipende da te, non dai servizi.
verdict-line-down = Il tuo router ({ $router }) risponde, ma oltre il router non passa nulla: la linea verso il tuo provider è interrotta e { $why }. Non dipende dai servizi.
verdict-vpn-down = Tutto il traffico passa dalla tua VPN ({ $interface }), ma non ne esce nulla, quindi { $why }. Dipende da te, non dai servizi.
verdict-baseline-site-unreachable = il sito di riferimento ({ $site }) non è raggiungibile: { $diagnosis }
verdict-baseline-sites-unreachable-alike = nessuno dei { $count } siti di riferimento è raggiungibile; per ognuno: { $diagnosis }
verdict-baseline-sites-unreachable = nessuno dei { $count } siti di riferimento è raggiungibile ({ $each })
verdict-baseline-site-failed = { $site }: { $diagnosis }
verdict-baseline-separator = {"; "}

verdict-all-up = { $count ->
        [1] { $service } è attivo.
        [2] Entrambi i servizi sono attivi.
       *[other] Tutti i { $count } servizi sono attivi.
    }

verdict-portal-sign-in = Questo Wi-Fi chiede di accedere.
verdict-portal-sign-in-at = Questo Wi-Fi chiede di accedere su { $page }.
verdict-portal-until = { $count ->
        [1] Fino ad allora { $service } non può connettersi, e non è colpa di { $service }.
       *[other] Fino ad allora i tuoi servizi non possono connettersi, e non è colpa loro.
    }

verdict-dns-resolver-down = Il tuo server DNS non risponde; internet funziona (il DNS pubblico risponde{ $via ->
        [failing] ; anche { $service } però non funziona ({ $diagnosis })
        [through] , e { $service } risponde passando da lì
       *[none] {""}
    }).
verdict-dns-filtered = La tua rete blocca { $service }: { $how }, ma il DNS pubblico lo risolve{ $via ->
        [failing] ; anche { $service } però non funziona ({ $diagnosis })
        [through] , e { $service } risponde passando da lì
       *[none] {""}
    }.
verdict-dns-sinkhole = il DNS della rete risponde { $address } (un blocco) per { $host }
verdict-dns-unresolved = il DNS della rete non risolve { $host }
verdict-dns-unresolved-it = il DNS della rete non lo risolve

verdict-port-blocked = { $service } funziona tramite un'alternativa.
verdict-downbeat-outdated = L'access point di { $service } chiede un client più recente: l'hello di Downbeat non è più attuale. { $service } ha risposto, quindi non c'è un disservizio.

verdict-slow-everywhere = La tua connessione è lenta per tutto, non solo per { $service }.
verdict-slow-everywhere-measured = La tua connessione è lenta per tutto ({ $speed }), non solo per { $service }.
verdict-slow-everywhere-compared = La tua connessione è lenta per tutto ({ $speed }), non solo per { $service }: { $service } trasmette a { $own } e un download neutrale a { $base }.
verdict-slowness-first-byte = un sito neutrale ha impiegato { $ms } ms a rispondere

verdict-service-state = { $service } è { $status ->
        [down] fuori uso
        [degraded] in difficoltà
       *[other] attivo
    }.
verdict-service-failing = { $service } è { $status ->
        [down] fuori uso
        [degraded] in difficoltà
       *[other] attivo
    }: { $diagnosis } ({ $check }).
verdict-also-theirs = Inoltre: { $failures } { $count ->
        [1] Questo problema dipende da loro, non da te.
       *[other] Questi problemi dipendono da loro, non da te.
    }

## La nota del verdetto sulla tua connessione, quando niente dalla tua parte spiega il problema

verdict-no-baseline = La tua connessione non è stata controllata (nessun sito di riferimento configurato).
verdict-baseline-blocked = { $count ->
        [1] I siti di riferimento non sono raggiungibili, ma { $service } risponde: la tua rete potrebbe bloccarli.
       *[other] I siti di riferimento non sono raggiungibili, ma i servizi rispondono: la tua rete potrebbe bloccarli.
    }
verdict-portal-lets-through = Questa rete ha una pagina di accesso (captive portal), ma lascia passare questo traffico.
verdict-portal-lets-through-at = Questa rete ha una pagina di accesso (captive portal su { $page }), ma lascia passare questo traffico.
verdict-clock-secure-sites-fail = Per questo i siti sicuri non funzionano.
verdict-connection-slow = La tua connessione è lenta ({ $speed }), ma abbastanza veloce per questo.
verdict-connection-ipv6-broken = IPv6 non funziona su questa rete: le app che lo provano per primo si bloccano per un po' prima di ripiegare su IPv4, che funziona.
verdict-connection-ipv4-broken = { $via ->
        [vpn] La tua VPN ({ $interface }) non fa passare IPv4, mentre IPv6 funziona: i siti senza un indirizzo IPv6 non si possono raggiungere.
       *[other] IPv4 non funziona su questa rete, mentre IPv6 funziona: i siti senza un indirizzo IPv6 non si possono raggiungere.
    }
# Un servizio raggiungibile solo con la famiglia di indirizzi che qui non funziona. $service: il suo nome.
verdict-ipv6-broken-service = IPv6 non funziona su questa rete e { $service } ha solo un indirizzo IPv6, quindi non si può raggiungere. Dipende da te, non da { $service }.
verdict-ipv4-broken-service = { $via ->
        [vpn] La tua VPN ({ $interface }) non fa passare IPv4 e { $service } non ha un indirizzo IPv6, quindi non si può raggiungere. Dipende da te, non da { $service }.
       *[other] IPv4 non funziona su questa rete e { $service } non ha un indirizzo IPv6, quindi non si può raggiungere. Dipende da te, non da { $service }.
    }
verdict-connection-fine = La tua connessione funziona.

## Il verdetto con ciò che hanno detto sonde altrove nel mondo (la vista da fuori)

verdict-outside-everywhere = { $service } è fuori uso per tutti: non funziona da { $failing } { $probes ->
        [one] località
       *[other] località
    } su { $probes } tra quelle interpellate, in { $countries } { $countries ->
        [one] paese
       *[other] paesi
    }.
verdict-outside-region = { $service } è fuori uso in { $country }: lì non funziona da { $failing } località su { $probes }; funziona da { $elsewhere } { $elsewhere ->
        [one] località
       *[other] località
    } altrove.
verdict-outside-partial = { $service } non funziona da { $failing } località su { $probes } tra quelle interpellate e funziona dalle altre: non è fuori uso ovunque.
verdict-outside-only-here = { $service } funziona da { $working } località su { $probes }, ma non dalla tua rete.
verdict-outside-only-here-in-country = { $service } funziona da { $working } località su { $probes }, di cui { $in_country } in { $country }, ma non dalla tua rete.
verdict-provider-advice = Riavviare il router non servirà; un telefono con i dati mobili sì. Avvisa { $provider }.

## La cronologia: il rapporto di `downbeat history` e le viste 24 h / 7 g / 30 g della finestra

history-no-data = nessun dato
history-uptime = { $pct }%
history-uptime-under-100 = meno del 100%

history-bar-title = { $when }: { $counts }
history-bar-count = { $count } { $kind ->
        [up] { $count ->
            [one] attivo
           *[other] attivi
        }
        [degraded] in difficoltà
        [down] fuori uso
       *[your-side] con il problema dalla tua parte (offline, niente DNS, …)
    }

history-nothing-checked = Non c'è niente da controllare, quindi non viene registrato nulla.
history-no-incidents = Nessun incidente negli ultimi 30 giorni.

## Un incidente, come lo dicono l'elenco della finestra e `downbeat history`

history-incident = { $service } { $state ->
        [down] fuori uso
        [degraded] in difficoltà
       *[other] { $state }
    }
history-incident-everywhere = { $service } { $state ->
        [down] fuori uso
        [degraded] in difficoltà
       *[other] { $state }
    } per tutti
history-incident-region = { $service } { $state ->
        [down] fuori uso
        [degraded] in difficoltà
       *[other] { $state }
    } nel tuo paese
history-incident-why = { $check }: { $diagnosis }
history-side = { $blame ->
        [you] tua
       *[other] loro
    }
history-incident-line = { $what } per { $lasted } ({ $why }; { $blame ->
        [you] dalla tua parte
       *[other] dalla loro parte
    })

history-lasted = { $watched }
history-lasted-ongoing = { $watched }, in corso
history-lasted-unwatched = { $watched } monitorati; per { $unwatched } Downbeat non stava monitorando
history-lasted-unwatched-ongoing = { $watched } monitorati, in corso; per { $unwatched } Downbeat non stava monitorando

history-your-services = tutti i tuoi servizi
history-offline = { $tense ->
        [ongoing] Sei offline
       *[past] Eri offline
    }
history-no-network = { $tense ->
        [ongoing] Nessuna rete
       *[past] Nessuna rete
    }
history-router-down = { $tense ->
        [ongoing] Il tuo router non risponde
       *[past] Il tuo router non rispondeva
    }
history-line-down = { $tense ->
        [ongoing] La tua linea internet non funziona
       *[past] La tua linea internet non funzionava
    }
history-vpn-down = { $tense ->
        [ongoing] La tua VPN non fa passare nulla
       *[past] La tua VPN non faceva passare nulla
    }
history-ipv6-broken = { $tense ->
        [ongoing] IPv6 non funziona
       *[past] IPv6 non funzionava
    }
history-ipv4-broken = { $tense ->
        [ongoing] IPv4 non funziona
       *[past] IPv4 non funzionava
    }
history-captive-portal = Accesso al Wi-Fi richiesto
history-dns-resolver-down = { $tense ->
        [ongoing] Il tuo server DNS non risponde
       *[past] Il tuo server DNS non rispondeva
    }
history-dns-filtered = { $tense ->
        [ongoing] Il DNS della tua rete blocca { $service }
       *[past] Il DNS della tua rete bloccava { $service }
    }
history-slow-connection = { $tense ->
        [ongoing] La tua connessione è lenta
       *[past] La tua connessione era lenta
    }
history-port-blocked = { $tense ->
        [ongoing] La tua rete blocca la porta preferita di { $service }
       *[past] La tua rete bloccava la porta preferita di { $service }
    }
history-port-blocked-all = { $tense ->
        [ongoing] La tua rete blocca la porta preferita dei tuoi servizi
       *[past] La tua rete bloccava la porta preferita dei tuoi servizi
    }
history-downbeat-outdated = { $tense ->
        [ongoing] Downbeat non è aggiornato
       *[past] Downbeat non era aggiornato
    }
history-provider = { $tense ->
        [ongoing] Il tuo provider non raggiunge { $service }
       *[past] Il tuo provider non raggiungeva { $service }
    }
history-network-path = { $tense ->
        [ongoing] Solo la tua rete non raggiunge { $service }
       *[past] Solo la tua rete non raggiungeva { $service }
    }
history-clock-wrong = { $tense ->
        [ongoing] L'orologio del computer è sbagliato
       *[past] L'orologio del computer era sbagliato
    }
history-tls-intercepted = { $tense ->
        [ongoing] Qualcosa intercetta le connessioni sicure
       *[past] Qualcosa intercettava le connessioni sicure
    }
history-dns-unconfirmed = { $tense ->
        [ongoing] Il tuo DNS non trova { $service }
       *[past] Il tuo DNS non trovava { $service }
    }
history-service-failing = { $tense ->
        [ongoing] Problemi in corso con { $service }
       *[past] Problemi con { $service }
    }

## Il tempo dalla tua parte nel rapporto: una frase sotto la tabella di `downbeat history`

history-your-side = { $parts }; { $count ->
        [one] non viene attribuito a nessun servizio
       *[other] niente di tutto questo viene attribuito ai servizi
    }.
history-your-side-offline = La tua connessione è mancata per { $lasted }
history-your-side-stopped-first = Un problema dalla tua parte ha bloccato { $services } per { $lasted }
history-your-side-stopped = un problema dalla tua parte ha bloccato { $services } per { $lasted }

## Le risposte HTTP di `downbeat serve` per le persone (le parole di /api/status sono quelle del verdetto)

serve-only-get = solo GET e HEAD
serve-no-round-yet = non è ancora stato eseguito nessun giro di controlli
serve-index = Downbeat: /metrics (Prometheus), /api/status (l'ultimo giro, come `downbeat check --json`), /healthz
serve-not-found = non trovato: prova /metrics, /api/status o /healthz

## La riga di comando (`downbeat …`): le sue righe su stderr, dopo "downbeat: "

cli-error-cause = { $error }: { $cause }
cli-warning = avviso: { $warning }
cli-note = nota: { $note }
cli-config-error = errore di configurazione
cli-setup-error = errore di avvio
cli-no-runtime = impossibile avviare il runtime asincrono
cli-cannot-write-json = impossibile scrivere il JSON
cli-outside-no-target = nessun servizio ha un controllo raggiungibile dal resto del mondo (un indirizzo pubblico https:// o http://)

cli-cannot-listen = impossibile mettersi in ascolto su { $address }
cli-serving = in servizio su http://{ $address }/metrics (Prometheus), /api/status e /healthz
cli-listening-beyond = in ascolto anche oltre questa macchina ({ $address }): chiunque possa raggiungerla può leggere i risultati
cli-listen-invalid = scrivi un indirizzo IP e una porta, come 127.0.0.1:9767, [::1]:9767 o 0.0.0.0:9767 (tutte le interfacce); tra i nomi host è accettato solo localhost
cli-watching = monitoraggio di { $services } { $services ->
        [one] servizio
       *[other] servizi
    } e { $baseline } { $baseline ->
        [one] controllo
       *[other] controlli
    } di riferimento ogni { $interval } ({ $source }); Ctrl-C per fermare

## L'output di `downbeat check`

cli-check-title = Controllo Downbeat, { $at } ({ $source })
cli-check-baseline = La tua connessione (riferimento)
cli-check-path = Il percorso di questo computer
cli-status = { $status ->
        [up] attivo
        [degraded] in difficoltà
       *[down] fuori uso
    }
cli-see-above = { $diagnosis } (vedi sopra)
cli-column-check = CONTROLLO
cli-column-status = STATO
cli-column-dns = DNS
cli-column-connect = CONNESSIONE
cli-column-tls = TLS
cli-column-hello = HELLO
cli-column-ttfb = TTFB
cli-column-transfer = TRASFERIMENTO
cli-column-detail = DETTAGLIO

## `downbeat history` e `downbeat export`

cli-history-title = Cronologia dal { $since } (ultimi { $span })
cli-history-nothing-recorded = Ancora nulla di registrato: la cronologia la registrano `downbeat watch` o l'app desktop.
cli-history-incidents = Incidenti
cli-history-no-incidents = nessuno
cli-column-service = SERVIZIO
cli-column-uptime = DISPONIBILITÀ
cli-column-down = FUORI USO
cli-column-ttfb-p50 = TTFB p50
cli-column-p95 = p95
cli-column-total-p95 = TOTALE p95
cli-latency-ms = { $ms }ms
cli-unverified = { $service } non è verificato (insecure = true): { $checks }
cli-history-no-service = nessun servizio si chiama "{ $name }"; i servizi noti sono: { $count ->
        [0] ancora nessuno
       *[other] { $known }
    }
cli-history-no-service-near = nessun servizio si chiama "{ $name }" (forse intendevi "{ $nearest }"? i nomi distinguono maiuscole e minuscole); i servizi noti sono: { $count ->
        [0] ancora nessuno
       *[other] { $known }
    }
cli-no-data-folder = nessuna cartella dati su questo sistema (imposta DOWNBEAT_DATA_DIR)
cli-history-unreadable = lettura della cronologia non riuscita
cli-csv-your-connection = (la tua connessione)
cli-export-nothing-recorded = ancora nulla di registrato: la cronologia la registrano `downbeat watch` o l'app desktop
cli-export-exists = { $path } esiste già: aggiungi --force per sostituirlo
cli-export-cannot-create = impossibile creare { $path }: { $error }
cli-export-cannot-write = impossibile scrivere { $path }
cli-export-wrote = { $count ->
        [one] scritto { $count } risultato
       *[other] scritti { $count } risultati
    }

cli-since-help = usa un intervallo come 24h, 7d o 1w, una data come 2026-11-24, oppure today o yesterday
cli-since-invalid-date = data non valida "{ $value }": { cli-since-help }
cli-since-invalid-time = ora non valida "{ $value }": { cli-since-help }
cli-since-zero = --since { $value } non è un intervallo di tempo: { cli-since-help }
cli-since-invalid = --since "{ $value }" non valido: { cli-since-help }
cli-since-future = --since { $at } è nel futuro
cli-since-no-such-day = giorno inesistente
cli-since-no-such-date = data inesistente

## `downbeat presets` e `downbeat config-path`

cli-preset-unknown = preset "{ $name }" sconosciuto. Preset disponibili: { $known }
cli-preset-unknown-near = preset "{ $name }" sconosciuto: forse intendevi "{ $nearest }"? Preset disponibili: { $known }
cli-config-path-none = (nessuno: uso il preset Spotify integrato; crea { $path } per cambiarlo)
cli-config-path-none-anywhere = (nessuno: uso il preset Spotify integrato; crea un file di configurazione per cambiarlo)
cli-config-path-loads = carica: { $services } { $services ->
        [one] servizio
       *[other] servizi
    }, { $baseline } { $baseline ->
        [one] controllo
       *[other] controlli
    } di riferimento


## Sonde: i pezzi con cui si compongono le loro frasi

probe-list-semicolon = { $first }; { $rest }
probe-bytes = { $n } B
probe-bytes-kib = { $n } KiB
probe-bytes-mib = { $n } MiB
probe-rate-kbit = { $n } kbit/s
probe-rate-mbit = { $n } Mbit/s

## Sonde: il dettaglio di un controllo nel suo insieme (la riga sotto un controllo nella finestra,
## in `downbeat check`, nella cronologia). Ognuno dice cos'è successo, per chi non è un tecnico.

probe-unverified-insecure = { $detail } Non verificato: la verifica dei certificati è disattivata per questo controllo (insecure = true).
probe-unverified-insecure-objection = { $detail } Non verificato: la verifica dei certificati è disattivata per questo controllo (insecure = true), e avrebbe dato esito negativo: { $objection }.
probe-unverified-test-key = { $detail } Non verificato: la risposta è stata verificata con una chiave di prova (server_key), non con quella di Spotify.
probe-dns-via-reference = { $detail } Il DNS pubblico ({ $server }) lo risolve, e tramite quell'indirizzo: { $found }
probe-dns-via-reference-address = { $detail } Il DNS pubblico ({ $server }) lo risolve in { $address }, e tramite quell'indirizzo: { $found }
probe-dns-public = DNS pubblico

## Sonde: il controllo ha funzionato (o ha funzionato lentamente)

probe-ok = { $host } ha risposto in { $took }.
probe-slow = { $host } funziona ma è lento: { $took } per il primo byte (lento oltre { $limit }).
probe-tls-expiring = { $host } funziona, ma il suo certificato di sicurezza scade tra { $days } { $days ->
    [one] giorno
   *[other] giorni
}.
probe-after-redirects = { $detail } (dopo { $count } { $count ->
    [one] reindirizzamento
   *[other] reindirizzamenti
} da { $url })
probe-tcp-ok = { $address } ha accettato una connessione in { $took }.
probe-tcp-slow = { $address } accetta connessioni, ma lentamente ({ $took }).
probe-stream-ok = { $host } ha trasferito { $bytes } a { $rate } (la riproduzione richiede { $needed }).
probe-stream-ok-cut = { $host } ha trasferito { $bytes } entro il tempo limite, dei { $asked } richiesti, a { $rate } (la riproduzione richiede { $needed }).
probe-stream-too-slow = { $host } trasmette a { $rate }, sotto i { $needed } che servono per la riproduzione ({ $bytes } in { $took }).
probe-stream-too-slow-cut = { $host } trasmette a { $rate }, sotto i { $needed } che servono per la riproduzione ({ $bytes } in { $took } entro il tempo limite, dei { $asked } richiesti).

## Sonde: il controllo del captive portal (una semplice pagina web dalla risposta nota)

probe-captive-none = { $host } ha risposto come previsto (HTTP { $status }): nessun captive portal. { $detail }
probe-captive-redirect-to = Al posto di { $host } è arrivato un reindirizzamento a { $location }: questa rete chiede di accedere (captive portal).
probe-captive-redirect = Al posto di { $host } è arrivato un reindirizzamento (HTTP { $status }): questa rete chiede di accedere (captive portal).
probe-captive-status = { $host } ha risposto HTTP { $status } invece del solito { $expected }: questa rete chiede di accedere (captive portal).
probe-captive-page = { $host } ha risposto con una pagina che non è la sua (atteso "{ $expected }"): questa rete chiede di accedere (captive portal).

## Sonde: nomi (DNS)

probe-dns-sinkhole = Il tuo DNS ha risposto { $answer } per { $host }: una risposta di blocco (un filtro DNS), a cui Downbeat non si connette mai.
probe-dns-nothing = niente
probe-dns-not-found = Il nome { $host } non è stato trovato: { $why }.
probe-dns-timeout = La ricerca di { $host } non ha avuto risposta entro { $took } ({ $why }).
probe-dns-failed = La ricerca di { $host } non è riuscita: { $why }.
probe-dns-nxdomain-agreed = Il nome { $host } non esiste: il tuo DNS e il DNS pubblico ({ $server }) concordano.
probe-dns-nxdomain-by-reference = { $detail } Il DNS pubblico ({ $server }) dice che il nome non esiste.
probe-dns-reference-failed = { $detail } Non è stato possibile consultare neanche il DNS pubblico ({ $why }).
probe-dns-reference-server-failed = { $server }: { $why }
probe-dns-reference-no-time = non restava tempo
probe-dns-reference-not-ip = non è indicato tramite indirizzo IP
probe-dns-reference-status = ha risposto HTTP { $status }
probe-dns-reference-too-large = la sua risposta era più grande di un messaggio DNS
probe-dns-doh-nxdomain = ha risposto che il nome non esiste (NXDOMAIN)
probe-dns-doh-error = ha risposto con un errore (codice { $code })
probe-dns-doh-truncated = la sua risposta era troncata
probe-dns-doh-not-ours = la sua risposta non corrispondeva a questa richiesta
probe-dns-doh-malformed = la sua risposta era malformata ({ $what })
probe-dns-no-server = nessun server DNS configurato
probe-dns-system-silent = il resolver di sistema non ha risposto
probe-dns-task-failed = l'attività di ricerca DNS non è riuscita: { $error }
probe-dns-no-addresses = non ha indirizzi
probe-dns-no-such-name = il DNS dice che il nome non esiste
probe-dns-unreachable = il server DNS non è raggiungibile o non ha risposto
probe-dns-no-address-records = il nome esiste ma non ha record di indirizzo
probe-dns-server-failed = server DNS { $server }: { $why }
probe-dns-server-tcp-failed = server DNS { $server } via TCP: { $why }
probe-dns-no-answer = nessuna risposta
probe-dns-malformed = risposta malformata ({ $what })
probe-dns-not-our-answer = risposta a un'altra domanda
probe-dns-truncated-over-tcp = risposta troncata anche via TCP
probe-dns-malformed-short = più corta di un'intestazione
probe-dns-malformed-undecodable = non decodificabile
probe-dns-malformed-no-question = la risposta non indica alcuna domanda
probe-dns-server-nxdomain = { $server } ha risposto che il nome non esiste (NXDOMAIN)
probe-dns-rcode = { $rcode ->
    [servfail] SERVFAIL: il server DNS non è riuscito a ottenere una risposta
    [refused] REFUSED: il server DNS si è rifiutato di rispondere
   *[other] il server DNS ha risposto con un errore
} ({ $server }, codice { $code })
probe-dns-bad-name = "{ $host }" non è un nome che si possa cercare nel DNS
probe-dns-encode-failed = impossibile codificare la richiesta per { $host }: { $error }

## Sonde: la connessione (TCP)

probe-url-no-host = { $url } non ha un host
probe-connect-no-address = { $host } non ha un indirizzo a cui connettersi.
probe-connect-timeout-within = { $host } ({ $addr }) non ha accettato la connessione entro { $took }.
probe-connect-refused = { $host } ({ $addr }) ha rifiutato la connessione: niente è in ascolto sulla porta { $port }.
probe-connect-timeout = { $host } ({ $addr }) non ha accettato la connessione.
probe-connect-reset = { $host } ({ $addr }) ha reimpostato la connessione all'apertura.
probe-connect-no-route = Nessun percorso verso { $host } ({ $addr }): { $error }.

## Sonde: la connessione sicura (TLS) e il suo certificato

probe-tls-bad-name = { $host } non è un nome con cui si possa verificare un certificato.
probe-tls-timeout = { $host } ha accettato la connessione ma non ha completato l'handshake sicuro (TLS) entro { $took }.
probe-tls-setup-failed = configurazione TLS non riuscita: { $error }
probe-tls-expired-on = Il certificato di sicurezza di { $host } è scaduto il giorno { $date }, quindi browser e app rifiutano di connettersi.
probe-tls-expired = Il certificato di sicurezza di { $host } è scaduto, quindi browser e app rifiutano di connettersi.
probe-tls-not-yet-valid-until = Il certificato di sicurezza di { $host } sarà valido solo dal giorno { $date } (oppure l'orologio di questo computer è sbagliato).
probe-tls-not-yet-valid = Il certificato di sicurezza di { $host } non è ancora valido (oppure l'orologio di questo computer è sbagliato).
probe-tls-wrong-name = Il server che risponde per { $host } ha mostrato un certificato per un altro nome.
probe-tls-untrusted-issuer = Il certificato di sicurezza di { $host } è emesso da "{ $issuer }", di cui questo computer non si fida; qualcosa potrebbe intercettare la connessione.
probe-tls-untrusted = Il certificato di sicurezza di { $host } non proviene da un'autorità attendibile ({ $reason ->
    [unknown-issuer] il suo emittente è sconosciuto
    [bad-signature] la sua firma non è valida
    [revoked] è stato revocato
    [bad-encoding] è malformato
   *[critical-extension] ha un'estensione critica che nessun client comprende
}); qualcosa potrebbe intercettare la connessione.
probe-tls-chain-too-long = { $host } ha inviato una catena di certificati troppo lunga da verificare (più certificati intermedi di quanti ne accetti qualsiasi client).
probe-tls-ca-as-leaf = { $host } presenta come proprio il certificato di un'autorità di certificazione (spesso un certificato autofirmato), che i client rifiutano.
probe-tls-rejected = Il certificato di sicurezza di { $host } è stato rifiutato ({ $error }).
probe-tls-alert = { $host } ha rifiutato la connessione sicura (avviso TLS: { $alert }).
probe-tls-invalid-handshake = { $host } ha risposto, ma non con un handshake sicuro (TLS) valido.
probe-tls-failed = La connessione sicura a { $host } non è riuscita: { $error }.
probe-tls-cut = { $host } ha interrotto la connessione durante l'handshake sicuro.
probe-tls-closed = { $host } ha chiuso la connessione durante l'handshake sicuro.
probe-tls-ca-no-pem = non contiene certificati PEM
probe-tls-ca-unusable = un suo certificato non è utilizzabile come radice: { $error }
probe-tls-ca-not-pem = non è un PEM valido: { $error }

## Sonde: la richiesta web (HTTP)

probe-http-build-failed = impossibile creare la richiesta: { $error }
probe-http-stalled-before-request = { $host } si è connesso, ma poi è rimasto bloccato per { $took } prima che la richiesta potesse partire.
probe-http-stalled-without-answer = { $host } si è connesso, ma poi è rimasto bloccato per { $took } senza rispondere alla richiesta.
probe-body-stopped = { $host } ha smesso di inviare dopo { $bytes } ({ $took } dall'inizio del download).
probe-http-closed-early = { $host } ha chiuso la connessione prima che la risposta fosse completa.
probe-http-cut = { $host } ha interrotto la connessione a metà richiesta.
probe-http-goaway = { $host } ha chiuso la connessione HTTP/2 senza rispondere (GOAWAY: { $error }).
probe-http-invalid = { $host } ha risposto con qualcosa che non è HTTP valido ({ $error }).
probe-http-failed = Lo scambio HTTP con { $host } non è riuscito: { $error }.
probe-http-rate-limited = { $host } sta respingendo le richieste (HTTP 429: troppe richieste).
probe-http-rate-limited-wait = { $host } sta respingendo le richieste (HTTP 429: troppe richieste) e chiede ai client di attendere { $wait }.
probe-http-unavailable-wait = { $host } dice di essere temporaneamente non disponibile (HTTP 503) e chiede ai client di attendere { $wait }.
probe-http-server-error = { $host } risponde con un errore del server (HTTP { $status }).
probe-http-unexpected-status = { $host } ha risposto HTTP { $status }, atteso { $expected }.
probe-http-body-missing = { $host } ha risposto, ma la pagina non contiene "{ $text }".
probe-redirect-loop = { $host } ha reindirizzato { $count } { $count ->
    [one] volta
   *[other] volte
} senza dare una risposta (il massimo che un controllo segue); l'ultima volta verso { $url }.
probe-redirect-insecure = { $host } ha reindirizzato a { $url }, che non è un indirizzo sicuro (https); Downbeat non lo segue.

## Sonde: le richieste di Downbeat stesso (l'API della vista da fuori, la pagina di stato di un
## fornitore). Perché una non è riuscita, dopo "nessuna risposta da Globalping:" e simili.

probe-fetch-encoding = la risposta è arrivata con una codifica non richiesta ({ $encoding })
probe-fetch-too-large-mib = la risposta superava { $mib } MiB
probe-fetch-too-large-kib = la risposta superava { $kib } KiB
probe-fetch-gunzip = impossibile leggere la risposta compressa con gzip: { $error }

## Sonde: gli access point di Spotify. Un access point è il server a cui le app di Spotify si
## collegano per primo; l'"hello" è il primo messaggio del protocollo di Spotify, e la sua
## "challenge" la risposta firmata da un vero access point. apresolve elenca gli access point.

probe-ap-no-time = Non è stato possibile provare nessun access point prima che scadesse il tempo del controllo.
probe-ap-port-blocked = La tua rete blocca la porta { $port } ({ $blocked }); le app ripiegano su { $fallback }, un po' più lento. { $detail }
probe-ap-another = un altro access point
probe-ap-attempt = { $address }: { $headline }
probe-ap-before-it = { $detail } (Prima: { $attempts }.)
probe-ap-tried-all = { $detail } ({ $count ->
    [one] Provato { $count } access point
   *[other] Provati { $count } access point
}: { $attempts }.)
probe-ap-apresolve-failed = { $detail } Non è stato possibile usare apresolve ({ $why }), quindi è stato provato l'elenco di riserva.
probe-ap-apresolve-empty = non indicava nessun access point
probe-ap-apresolve-status = { $host } ha risposto HTTP { $status }
probe-ap-apresolve-too-large = la risposta di { $host } supera 64 KiB
probe-ap-apresolve-not-json = la risposta di { $host } non è il JSON previsto
probe-ap-hello-timeout = { $address } ha accettato la connessione ma non ha risposto all'hello entro { $took }.
probe-ap-closed = { $address } ha chiuso la connessione { $when ->
    [sending] mentre veniva inviato l'hello
    [waiting] prima di rispondere all'hello
   *[answering] a metà della risposta
}.
probe-ap-reset = { $address } ha reimpostato la connessione { $when ->
    [sending] mentre veniva inviato l'hello
    [waiting] prima di rispondere all'hello
   *[answering] a metà della risposta
}.
probe-ap-broke-off = { $address } ha interrotto la connessione { $when ->
    [sending] mentre veniva inviato l'hello
    [waiting] prima di rispondere all'hello
   *[answering] a metà della risposta
} ({ $error }).
probe-ap-http = { $address } ha risposto all'hello in HTTP, non come un access point: al suo posto c'è un server web, un proxy o un portale.
probe-ap-bad-length = { $address } ha risposto all'hello con qualcosa che non è la risposta di un access point (ha annunciato { $bytes } { $bytes ->
    [one] byte
   *[other] byte
}; una risposta va da 5 byte a 64 KiB).
probe-ap-unparsable = { $address } ha risposto all'hello con qualcosa che non è la risposta di un access point (non è interpretabile).
probe-ap-try-another = { $address } ha chiesto al client di provare un altro access point.
probe-ap-refused = { $address } ha rifiutato l'hello ({ $code }).
probe-ap-refused-why = { $address } ha rifiutato l'hello ({ $code }: { $why }).
probe-ap-upgrade = { $address } ha risposto che il client è troppo vecchio: l'hello di Downbeat (build del client { $build }) non è più attuale. Spotify ha risposto, quindi non c'è un disservizio; aggiorna Downbeat.
probe-ap-no-challenge = { $address } ha risposto all'hello senza challenge, senza richiesta di aggiornamento e senza rifiuto.
probe-ap-signature-invalid = { $address } ha risposto all'hello, ma il suo scambio di chiavi non è firmato con { $key ->
    [test] la server_key configurata
   *[spotify] la chiave di Spotify
}: ha risposto qualcosa che non è un access point di Spotify (un proxy o un filtro su questa rete, o un impostore).
probe-ap-slow = { $address } ha risposto all'hello con una challenge firmata, ma lentamente ({ $took } in tutto).
probe-ap-ok = { $address } ha risposto all'hello con una challenge firmata con { $key ->
    [test] la chiave di prova configurata
   *[spotify] la chiave di Spotify
} in { $hello } ({ $took } in tutto).
probe-ap-random-failed = il generatore di numeri casuali del sistema non ha funzionato
probe-ap-group-malformed = il gruppo Diffie-Hellman dell'hello è malformato
probe-ap-encode-failed = impossibile codificare l'hello ({ $error })
probe-ap-too-large = l'hello è troppo grande
probe-ap-addr-not-host-port = "{ $text }" non è nel formato host:porta
probe-ap-addr-bad-port = "{ $text }" non ha una porta valida
probe-ap-addr-bad-host = "{ $text }" non ha un host valido
probe-ap-key-no-pem = non contiene alcun blocco PEM
probe-ap-key-unparsable = la sua chiave pubblica non è interpretabile ({ $error })
probe-ap-key-not-rsa = non è una chiave pubblica RSA
probe-ap-key-rsa-unparsable = la sua chiave RSA non è interpretabile ({ $error })
probe-ap-key-wrong-block = contiene un blocco "{ $label }", non PUBLIC KEY o RSA PUBLIC KEY
probe-ap-key-too-small = il suo modulo ha { $bits } bit; gli access point firmano con 2048

## Un giro di controlli

run-check-lost = Il controllo si è interrotto in modo imprevisto.

## La vista da fuori: chiedere a sonde altrove (Globalping) se un servizio non funziona anche lì,
## e il provider di questa rete (RIPEstat). Perché il mondo non ha saputo rispondere, mostrato
## dopo "la vista da fuori:" e in `downbeat check --outside`.

outside-q-no-probe = nessuna sonda altrove ha saputo rispondere
outside-q-too-few = { $count ->
    [one] solo { $count } sonda altrove ha saputo rispondere
   *[other] solo { $count } sonde altrove hanno saputo rispondere
}, troppo poche per giudicare
outside-q-off = disattivata (outside_view = "")
outside-q-from-settings = le impostazioni
outside-q-from-time-zone = il fuso orario { $zone }
outside-q-rate-limited = la quota di Globalping è esaurita
outside-q-rate-limited-until = la quota di Globalping è esaurita fino alle { $until }
outside-q-unreachable = nessuna risposta da Globalping: { $why }
outside-q-garbage = la risposta di Globalping non aveva senso: { $why }
outside-q-refused = Globalping ha rifiutato la richiesta: { $why }
outside-q-unfinished = le sonde non hanno finito in tempo
outside-q-bad-id = un id di misurazione come { $id }
outside-q-bad-url = { $url }: { $error }
outside-q-refusal = HTTP { $status }
outside-q-refusal-said = HTTP { $status }: { $said }
outside-q-refusal-said-params = HTTP { $status }: { $said } ({ $params })
outside-q-refusal-params = HTTP { $status }: { $params }
outside-q-param = { $name }: { $why }
outside-q-ripestat-unreachable = nessuna risposta da RIPEstat: { $why }
outside-q-ripestat-status = RIPEstat ha risposto HTTP { $status }
outside-q-ripestat-garbage = la risposta di RIPEstat non aveva senso: { $why }
outside-q-ripestat-said = RIPEstat ha detto { $status }
outside-q-ripestat-no-network = RIPEstat non conosce nessuna rete che annunci { $ip }
outside-q-page-bad-address = l'indirizzo della pagina non è compatibile con il percorso dell'API
outside-q-page-status = ha risposto HTTP { $status }
outside-q-page-not-summary = la sua risposta non è un riepilogo Statuspage: { $error }


## Errori: ciò che può far fallire il motore, una riga ciascuno

error-config = { $path }:{ $line }:{ $column }: { $problem }
error-config-read = impossibile leggere il file di configurazione { $path }: { $reason }
error-ca-file = file CA { $path }: { $reason }
error-no-roots = nessun certificato radice attendibile trovato: installa il pacchetto ca-certificates o imposta ca_file
error-tls = configurazione TLS non riuscita: { $reason }


## Errori di configurazione: dov'è l'errore

config-source-builtin = (configurazione integrata)
config-source-preset = (preset integrato { $name })
config-source-label-builtin = impostazioni predefinite integrate (preset Spotify)

## Errori di configurazione: la chiave

config-key-problem = { $key }: { $problem }

## Errori di configurazione: la sintassi del file e le sue chiavi

config-unknown-key = chiave `{ $key }` sconosciuta (valide qui: { $keys })
config-unknown-key-suggest = chiave `{ $key }` sconosciuta: forse intendevi `{ $suggestion }`? (valide qui: { $keys })
config-table-brackets = {"["}{ $name }] va scritto [[{ $name }]], con le parentesi doppie: ogni [[{ $name }]] aggiunge un elemento a un elenco
config-table-twice = la tabella [{ $name }] compare due volte
config-duplicate-key = chiave `{ $key }` duplicata: è già impostata in questa tabella

## Errori di configurazione: un valore del tipo sbagliato

config-invalid-type = serve { $want }, non { $found }{ $hint ->
    [number] {" "}(scrivi i numeri senza virgolette)
    [bool] {" "}(scrivi true o false senza virgolette)
    [quotes] {" "}(mettilo tra virgolette)
   *[none] {""}
}
config-want-number = un numero intero
config-want-bool = true o false
config-want-text = un testo tra virgolette
config-want-list = un elenco, come ["a", "b"]
config-want-table = una tabella
config-want-duration = una durata tra virgolette, come "30s"
config-found-text = il testo { $value }
config-found-number = il numero { $value }
config-found-table = una tabella
config-found-list = un elenco
config-unknown-variant = "{ $value }" non è tra { $choices }{ $hint ->
    [web] {" "}(un controllo web su HTTP o HTTPS è handshake, il predefinito)
   *[none] {""}
}

## Errori di configurazione: valori che si verificano da soli

config-duration-invalid = durata non valida "{ $value }": scrivila come "30s", "2m", "1h", "7d" o "500ms"
config-duration-no-unit = una durata richiede un'unità, tra virgolette: scrivi "{ $n }s" per { $n } { $n ->
    [one] secondo
   *[other] secondi
}
config-duration-not-whole = una durata richiede un numero intero e un'unità, tra virgolette, come "30s" o "500ms", non { $value }
config-duration-range = deve essere tra { $min } e { $max }
config-duration-range-key = { $key } deve essere tra { $min } e { $max }
config-out-of-range = { $value } è fuori intervallo: deve essere tra { $min } e { $max }
config-url-no-scheme = URL non valido "{ $value }": serve uno schema, come "https://{ $host }"
config-url-add-scheme = URL non valido "{ $value }": aggiungi https:// all'inizio, come "https://{ $host }"
config-url-invalid = URL non valido "{ $value }": { $reason }
config-url-reason-empty-host = host vuoto
config-url-reason-idna = nome di dominio internazionale non valido
config-url-reason-port = numero di porta non valido
config-url-reason-ipv4 = indirizzo IPv4 non valido
config-url-reason-ipv6 = indirizzo IPv6 non valido
config-url-reason-domain-character = carattere non valido nel dominio
config-url-scheme = URL non valido "{ $value }": lo schema deve essere https (o http), non "{ $scheme }"
config-url-no-host = URL non valido "{ $value }": manca l'host
config-doh-https = reference_dns "{ $value }": DNS over HTTPS richiede un URL https, come "https://1.1.1.1/dns-query"
config-doh-by-ip = reference_dns "{ $value }": indica il server tramite indirizzo IP, come "https://1.1.1.1/dns-query" (un nome richiederebbe proprio il DNS che deve controllare)
config-host-invalid = host non valido "{ $value }": indica un nome come "ap.spotify.com" o un indirizzo IP, senza schema né porta
config-dns-server-invalid = server DNS non valido "{ $value }": scrivilo come "ip:porta", per esempio "1.1.1.1:53" o "[2606:4700::1111]:53"
config-ip-invalid = indirizzo IP non valido "{ $value }"
config-status-out-of-range = lo stato HTTP { $code } è fuori intervallo: deve essere tra 100 e 599
config-status-invalid = stato non valido "{ $value }": scrivi 200, "200-399" o un elenco di questi
config-expect-status-invalid = expect_status non valido: scrivi 200, "200-399" o un elenco di questi
config-expect-status-empty = expect_status deve indicare almeno uno stato
config-country-uk = paese non valido "{ $value }": il codice ISO 3166 del Regno Unito è "GB"
config-country-invalid = paese non valido "{ $value }": scrivi un codice ISO 3166 di due lettere, come "GB" o "US"
config-language-unknown = lingua sconosciuta "{ $value }": le lingue sono { $languages }, oppure "auto" per quella del sistema

## Errori di configurazione: ciò che il file chiede nel suo insieme

config-baseline-duplicate = esiste già un controllo di riferimento chiamato "{ $name }"
config-service-duplicate = esiste già un servizio chiamato "{ $name }"
config-nothing-to-check = niente da controllare: la configurazione non ha né servizi né controlli di riferimento
config-preset-unknown = preset "{ $name }" sconosciuto: i preset sono { $presets }
config-service-needs-name = ogni [[service]] richiede un nome (da 1 a 64 caratteri) o un preset
config-captive-in-service = controllo "{ $check }": un controllo captive verifica la tua rete, quindi va tra i controlli di riferimento ([[baseline]]), non in un servizio
config-service-check-duplicate = il servizio "{ $service }" ha già un controllo chiamato "{ $check }"
config-service-no-checks = il servizio "{ $service }" non ha controlli: aggiungi voci [[service.check]] o un preset
config-group-name-length = il nome di un gruppo deve avere da 1 a 64 caratteri
config-group-unknown-check = gruppo "{ $group }": il servizio "{ $service }" non ha un controllo chiamato "{ $check }"
config-group-check-taken = gruppo "{ $group }": il controllo "{ $check }" è già nel gruppo "{ $other }"
config-check-name-length = il nome di un controllo deve avere da 1 a 64 caratteri
config-field-only-for = controllo "{ $check }": `{ $field }` vale solo per i controlli { $kinds }
config-port-only-for-tcp = controllo "{ $check }": `port` vale solo per i controlli tcp (metti la porta nell'URL)
config-tcp-needs-host-port = controllo "{ $check }": un controllo tcp richiede `host` e `port`
config-captive-needs-http = controllo "{ $check }": un controllo captive richiede un `url` HTTP in chiaro (http://…), perché un portale può intervenire solo sul traffico non cifrato
config-check-needs-url = controllo "{ $check }": un controllo { $kind } richiede un `url`
config-insecure-https-only = controllo "{ $check }": `insecure` vale solo per gli URL https (con { $scheme } non c'è nessun certificato da ignorare)
config-ap-field = controllo "{ $check }": `{ $field }` non vale per un controllo spotify_ap ({ $why })
config-ap-why-fallback = indica gli access point in `fallback`
config-ap-why-status = apresolve deve rispondere 2xx
config-ap-why-body = apresolve deve rispondere con il suo JSON
config-ap-why-downloads = non scarica nulla
config-ap-why-redirects = i reindirizzamenti di apresolve non vengono seguiti
config-ap-why-server-key = usa `server_key` per un'imitazione di prova
config-ap-url-https = controllo "{ $check }": l'`url` (apresolve) di un controllo spotify_ap deve essere https
config-ap-default-url = l'URL predefinito di apresolve: { $reason }
config-ap-fallback = controllo "{ $check }": fallback: { $reason }
config-ap-too-many-fallbacks = controllo "{ $check }": vengono provati al massimo { $max } access point di riserva
config-server-key-unreadable = server_key: impossibile leggere { $path }: { $reason }
config-server-key-unusable = server_key: { $path } non è una chiave utilizzabile: { $reason }

## Configurazione: avvisi e note all'avvio

config-owner-baseline = riferimento
config-warn-server-key = il controllo "{ $check }" di { $owner } ha una server_key: gli access point vengono verificati con quella chiave di prova, non con quella di Spotify, e i risultati sono segnati come non verificati
config-warn-insecure = il controllo "{ $check }" di { $owner } ha insecure = true: il suo certificato non viene verificato, e i risultati sono segnati come non verificati
config-warn-timeout-one = il controllo "{ $check }" di { $owner } ha un timeout ({ $timeout }) più lungo dell'intervallo ({ $interval }): { $then }
config-warn-timeout-every = ogni controllo ha un timeout ({ $timeout }) più lungo dell'intervallo ({ $interval }): { $then }
config-warn-timeout-some = { $count } controlli ({ $checks }) hanno un timeout ({ $timeout }) più lungo dell'intervallo ({ $interval }): { $then }
config-owner-check = "{ $check }" di { $owner }
config-then-watch = { $count ->
    [one] mentre resta bloccato, il giro successivo aspetta
   *[other] mentre uno resta bloccato, il giro successivo aspetta
}
config-then-check = { $count ->
    [one] `watch` e l'app resterebbero indietro mentre resta bloccato
   *[other] `watch` e l'app resterebbero indietro mentre uno resta bloccato
}
config-note-no-services = { $path } non ha [[service]], quindi viene controllato il preset Spotify integrato (`downbeat presets spotify` lo mostra)
config-note-no-baseline = { $path } non ha [[baseline]], quindi vengono controllati i siti di riferimento integrati (`downbeat presets baseline` li mostra)

## La pagina delle impostazioni: cosa dice di un campo o di un salvataggio che non riesce

config-field-interval = Controlla ogni
config-field-remind-every = Ricorda ogni
config-field-url = URL
config-field-name = Nome
config-field-expect-status = Stato atteso
config-field-preset = Servizio
config-field-country = Paese
config-field-language = Lingua
config-form-labelled = { $label }: { $problem }
config-form-broken = { $error }. Prima correggi il file a mano; le impostazioni non vengono salvate sopra di esso.
config-form-unreadable = { $path }: { $reason }
config-form-duplicate-service = "{ $name }" è già nell'elenco
config-form-custom-https = l'URL di un servizio personalizzato deve iniziare con https://
config-form-no-services = scegli almeno un servizio da monitorare
config-form-cannot-write = impossibile scrivere { $path }: { $reason }

## L'archivio della cronologia: i suoi errori e lo stato della scrittura

store-error-database = database della cronologia { $path }: { $reason }
store-error-folder = cartella della cronologia { $path }: { $reason }
store-error-query = lettura della cronologia non riuscita: { $reason }
store-error-export = scrittura del CSV non riuscita: { $reason }
store-error-too-new = il database della cronologia { $path } è stato scritto da un Downbeat più recente (schema { $found }, questo conosce fino al { $known })
store-recovered = il database della cronologia era danneggiato ({ $reason }); è stato conservato come { $moved_to } e ne è stato creato uno nuovo
store-read-only = il database della cronologia è di sola lettura: la cronologia resta in memoria finché non si potrà scrivere
store-disk-full = il disco è pieno: la cronologia resta in memoria finché non ci sarà spazio
store-open-failed = { $error }: la cronologia resta in memoria finché non si potrà scrivere
store-write-failed = scrittura della cronologia non riuscita: { $reason }
store-maintenance-failed = manutenzione della cronologia non riuscita ({ $step }): { $reason }
store-step-closing-stale = chiusura degli incidenti rimasti in sospeso
store-step-ending-open = chiusura degli incidenti aperti
store-step-rolling-up = aggregazione
store-step-rolling-up-trimming = aggregazione e pulizia
store-no-data-folder = nessuna cartella dati su questo sistema: la cronologia non viene registrata (imposta DOWNBEAT_DATA_DIR)
store-not-recording = { $error }; si prosegue senza registrare la cronologia


## Il menu nella barra di sistema. Etichette brevi: il menu è stretto.

tray-menu-check-now = Controlla ora
tray-menu-pause-minutes = Pausa di { $minutes } min
tray-menu-pause-hours = Pausa di { $hours ->
    [one] { $hours } ora
   *[other] { $hours } ore
}
tray-menu-resume = Riprendi
tray-menu-history = Apri cronologia…
tray-menu-settings = Impostazioni…
tray-menu-settings-file = Apri file delle impostazioni
tray-menu-start-at-login = Avvia all'accesso
tray-menu-quit = Esci da Downbeat

## Il file delle impostazioni che l'app crea quando "Apri file delle impostazioni" non ne trova
## uno. Ogni messaggio è una riga di commento in cima al file TOML.

tray-settings-file-title = Impostazioni di Downbeat. Se qui non c'è nulla, viene usato il preset Spotify integrato.
tray-settings-file-reference = Il riferimento completo è docs/configuration.md; `downbeat presets spotify` mostra il preset.

## Perché nessun programma ha potuto aprire il file delle impostazioni: tra parentesi dopo il
## percorso del file, nella notifica "Nessun programma ha potuto aprire il file delle impostazioni".

tray-opener-failed = { $program } non è riuscito ({ $status })
tray-opener-missing = { $program } non è installato
tray-opener-error = { $program }: { $error }

## Perché l'app nella barra di sistema non si avvia: dopo "downbeat-desktop: " nel terminale, e
## (su Windows) in una finestra di messaggio, con la prima lettera maiuscola.

tray-cannot-start = impossibile avviare: { $error }
tray-no-display = nessun display (né DISPLAY né WAYLAND_DISPLAY sono impostati); `downbeat watch` funziona anche senza
tray-config-error = errore di configurazione: { $error }

## Ciò che i programmi desktop condividono: l'avvio all'accesso. Compare nella pagina delle
## impostazioni quando attivare o disattivare "Avvia all'accesso" non riesce.

desktop-autostart-not-found = avvio all'accesso: dov'è Downbeat? { $error }
desktop-autostart-failed = avvio all'accesso: { $error }
desktop-no-folder = questo programma non si trova in nessuna cartella


## Il programma della finestra della cronologia (downbeat-window): cosa dice quando non riesce a fare qualcosa

window-app-cannot-open = impossibile aprire la finestra della cronologia: { $error }
window-app-cannot-open-webview2 =
    impossibile aprire la finestra della cronologia: { $error }

    La finestra di Downbeat richiede Microsoft Edge WebView2 Runtime. Windows 10 e 11 di solito lo includono; se manca, installalo da https://developer.microsoft.com/microsoft-edge/webview2/ e riprova.
window-app-no-display = nessun display (né DISPLAY né WAYLAND_DISPLAY sono impostati); `downbeat watch` funziona anche senza
window-app-no-history = su questo sistema non viene registrata nessuna cronologia (nessuna cartella dati; imposta DOWNBEAT_DATA_DIR)
window-app-nothing-recorded = ancora nulla di registrato
window-app-no-downloads = nessuna cartella Download o home in cui salvare
window-app-no-config-path = nessuna cartella di configurazione su questo sistema (imposta DOWNBEAT_CONFIG)
window-app-write-failed = { $path }: { $reason }

## La pagina della finestra della cronologia: l'intestazione

ui-verdict-checking = Controllo in corso…
ui-check-now = Controlla ora
ui-export = Esporta CSV
ui-open-settings = Impostazioni
ui-exported = Salvato in { $path }
ui-export-failed = Esportazione non riuscita: { $error }

## La pagina della finestra della cronologia: lo stato attuale ("Adesso")

ui-now-heading = Adesso
ui-connection = La tua connessione
ui-groups-label = { $service } per client
ui-group-label = { $group }: { $state }
ui-group-state-up = attivo
ui-group-state-degraded = in difficoltà
ui-group-state-down = fuori uso
ui-group-state-unknown = sconosciuto
ui-places-label = { $service } visto da altrove
ui-check-via = tramite { $address }
ui-badge-unverified = non verificato
ui-check-unverified-title = La verifica è disattivata per questo controllo: insecure = true, oppure una server_key di prova

## La pagina della finestra della cronologia: disponibilità

ui-uptime-heading = Disponibilità
ui-uptime-legend = Legenda
ui-legend-up = attivo
ui-legend-degraded = in difficoltà
ui-legend-down = fuori uso
ui-legend-offline = dalla tua parte (offline, niente DNS, …)
ui-legend-no-data = nessun dato
ui-uptime-nothing = Ancora nulla di registrato.
ui-uptime-unverified-title = Verifica dei certificati disattivata per: { $checks }
ui-uptime-window-24h = 24h
ui-uptime-window-7d = 7g
ui-uptime-window-30d = 30g
ui-uptime-bars-24h = { $service } nelle ultime 24 ore
ui-uptime-bars-7d = { $service } negli ultimi 7 giorni
ui-uptime-bars-30d = { $service } negli ultimi 30 giorni

## La pagina della finestra della cronologia: il grafico della latenza

ui-latency-title-24h = Latenza, ultime 24 h
ui-latency-title-hour = Latenza, ultima ora
ui-latency-unit-median = (mediana per fase, ms)
ui-latency-unit-round = (ogni giro, per fase, ms)
ui-latency-service = Servizio
ui-latency-empty = Ancora nessuna misurazione.
ui-latency-too-few = Dati ancora insufficienti per un grafico: compare dopo qualche giro. L'ultima misurazione è sotto ogni controllo, qui sopra.
ui-latency-phase-dns = dns
ui-latency-phase-connect = connessione
ui-latency-phase-tls = tls
ui-latency-phase-hello = hello
ui-latency-phase-ttfb = ttfb
ui-latency-phase-transfer = trasferimento
ui-latency-p95 = totale p95
ui-latency-time = Ora

## La pagina della finestra della cronologia: gli incidenti

ui-incidents-heading = Incidenti, ultimi 30 giorni
ui-incidents-started = Inizio
ui-incidents-lasted = Durata
ui-incidents-what = Cosa
ui-incidents-why = Perché
ui-incidents-side = Da che parte

## La pagina della finestra della cronologia: cosa non ha funzionato nella pagina stessa

ui-problem-history = Cronologia: { $error }
ui-problem-start = Impossibile avviare la finestra: { $error }
ui-problem-load = Impossibile caricare { $file }
ui-problem-script = Errore di script: { $error } ({ $place })
ui-problem-csp = Bloccato dalla Content Security Policy: { $directive } { $address }

## La pagina delle impostazioni

ui-settings-heading = Impostazioni
ui-settings-path = ({ $path })
ui-settings-broken = Questa pagina non può mostrare le impostazioni finché il loro file (indicato sopra) contiene un errore. Correggilo con un editor di testo: Downbeat lo ricarica appena si carica correttamente.
ui-settings-services = Servizi da monitorare
ui-settings-add-service = Aggiungi un servizio
ui-settings-add = Aggiungi
ui-settings-service-other = (scritto nel file di configurazione)
ui-settings-edit = Modifica
ui-settings-remove = Rimuovi
ui-settings-edit-label = Modifica { $service }
ui-settings-remove-label = Rimuovi { $service }
ui-settings-service-error = { $service }: { $error }
ui-settings-some-service-error = Un servizio: { $error }
ui-settings-custom = Aggiungi un tuo servizio HTTPS
ui-settings-custom-name = Nome
ui-settings-custom-url = URL
ui-settings-custom-status = Stato atteso
ui-settings-custom-add = Aggiungi questo servizio
ui-settings-custom-incomplete = un servizio personalizzato richiede un nome e un URL
ui-settings-checks = Controlli
ui-settings-interval = Controlla ogni
ui-settings-interval-hint = es. 30s, 1m, 5m
ui-settings-baseline = Controlla anche la mia connessione, così Downbeat capisce da che parte sta il problema
ui-settings-autostart = Avvia Downbeat all'accesso
ui-settings-theme = Aspetto
ui-settings-theme-system = Come il sistema
ui-settings-theme-light = Chiaro
ui-settings-theme-dark = Scuro
ui-settings-language = Lingua
ui-settings-language-auto = Come il sistema
ui-settings-notify = Avvisami quando
ui-settings-notify-down = un servizio smette di funzionare
ui-settings-notify-recovered = torna a funzionare
ui-settings-notify-degraded = è lento o in difficoltà
ui-settings-notify-offline = la mia connessione ha un problema (offline, pagina di accesso, DNS)
ui-settings-remind = ricordamelo finché un servizio resta fuori uso, ogni
ui-settings-remind-every = Intervallo del promemoria
ui-settings-outside = Fuori uso per tutti o solo da qui?
ui-settings-elsewhere = Quando un servizio non funziona e la mia connessione sì, chiedi a sonde altrove (Globalping) se non funziona anche lì
ui-settings-provider = Poi scopri su quale provider è questa rete (RIPEstat) e interroga anche sonde dello stesso provider, per distinguere il mio provider da casa mia
ui-settings-country = Il mio paese
ui-settings-country-placeholder = IT
ui-settings-country-hint = due lettere; se vuoto, dal fuso orario
ui-settings-token = Token Globalping
ui-settings-token-hint = facoltativo, per una quota più ampia
ui-settings-outside-note = Cosa viene inviato: host, porta e percorso del controllo che non funziona. Nulla mentre tutto funziona o mentre sei offline.
ui-settings-save = Salva
ui-settings-close = Torna alla cronologia
ui-settings-saving = Salvataggio…
ui-settings-saved = Salvato. Il prossimo giro usa le nuove impostazioni.

## The built-in presets' words (presets/*.toml)

preset-apple_music-advice = La musica scaricata continua a funzionare.
preset-deezer-advice = La musica scaricata continua a funzionare in modalità offline (con un abbonamento a pagamento).
preset-soundcloud-advice = I brani salvati per l'ascolto offline (con Go) continuano a funzionare.
preset-spotify-advice = La musica scaricata continua a funzionare in modalità offline.
preset-tidal-advice = La musica scaricata continua a funzionare in modalità offline.
preset-youtube_music-advice = I download nell'app continuano a funzionare offline (con YouTube Music Premium).
preset-spotify-group-the-spotify-apps = le app di Spotify
preset-spotify-group-the-web-player = il web player
preset-spotify-group-login = l'accesso

## Il percorso di questo computer, come lo elenca `check` quando qualcosa non funziona (view::path_lines).
## $family: "IPv4" o "IPv6"; $interface: un'interfaccia di rete ("eth0", "wlan0", "wg0"); $router:
## l'indirizzo del router; $took: quanto è durata la richiesta; $port: un numero di porta TCP.

path-route-router = { $family } esce da { $interface } verso il router { $router }.
path-route-tunnel = { $family } esce dal tunnel { $interface }.
path-route-direct = { $family } esce da { $interface }.
path-route-none = Nessun percorso { $family }.
path-link-down = L'interfaccia { $interface } non è attiva.
path-link-no-address = { $interface } non ha un indirizzo { $family }.
path-router-echo = Il router ha risposto a un ping in { $took }.
path-router-tcp = Il router ha risposto sulla porta TCP { $port } in { $took }.
path-router-silent = Il router non ha risposto entro { $took }.
path-router-unreachable = Il router non è raggiungibile: questo computer non ha modo di arrivarci.
