# Les messages de Downbeat en français (France).

## La langue elle-même

language-name = Français

## Nombres, heures, dates et listes : comment cette langue les écrit

number-decimal = ,
unit-ms = { $n } ms
unit-seconds = { $n } s
span-s = { $s } s
span-min = { $min } min
span-h = { $h } h
span-h-min = { $h } h { $min } min
span-d = { $d } j
span-d-h = { $d } j { $h } h
month-short = { $month ->
    [1] janv.
    [2] févr.
    [3] mars
    [4] avr.
    [5] mai
    [6] juin
    [7] juil.
    [8] août
    [9] sept.
    [10] oct.
    [11] nov.
   *[12] déc.
}
# « 7 déc. »
date-day-month = { $day } { $month }
# « 7 déc. 2026 »
date-day-month-year = { $day } { $month } { $year }
# « 7 déc. 14:05 »
date-time = { $date } { $time }
time-hm = { $hh }:{ $mm }
time-hms = { $hh }:{ $mm }:{ $ss }
list-comma = {", "}
list-and = { $first } et { $last }
list-or = { $first } ou { $last }

## Causes : ce qui explique un verdict, et de quel côté est le problème

cause-headline-none = tout va bien
cause-headline-service = le service est défaillant
cause-headline-offline = vous êtes hors ligne
cause-headline-dns-resolver-down = votre serveur DNS ne répond pas
cause-headline-dns-filtered = le DNS de votre réseau le bloque
cause-headline-captive-portal = ce réseau vous demande de vous identifier
cause-headline-slow-connection = votre connexion est lente
cause-headline-port-blocked = votre réseau bloque son port habituel
cause-headline-downbeat-outdated = Downbeat n'est plus à jour
cause-headline-network-path = ça échoue seulement depuis votre réseau
cause-headline-provider = ça échoue sur le réseau de votre fournisseur d'accès
cause-headline-clock-wrong = l'horloge de votre ordinateur est déréglée
cause-headline-tls-intercepted = quelque chose intercepte les connexions sécurisées
cause-headline-dns-unconfirmed = votre DNS dit que son nom n'existe pas

cause-state-word-offline = hors ligne
cause-state-word-dns-resolver-down = pas de DNS
cause-state-word-dns-filtered = bloqué
cause-state-word-captive-portal = identification requise
cause-state-word-slow-connection = connexion lente
cause-state-word-port-blocked = port bloqué
cause-state-word-downbeat-outdated = mettez à jour Downbeat
cause-state-word-network-path = bloqué d'ici
cause-state-word-provider = votre FAI
cause-state-word-clock-wrong = horloge déréglée
cause-state-word-tls-intercepted = intercepté
cause-state-word-dns-unconfirmed = nom introuvable ici

cause-line-offline = Vous êtes hors ligne : c'est chez vous, pas chez les services
cause-line-dns-resolver-down = Votre serveur DNS ne répond pas : redémarrez votre routeur ou changez de DNS
cause-line-dns-filtered = Votre réseau bloque { $service } : essayez un autre réseau
cause-line-captive-portal = Ce Wi-Fi vous demande de vous identifier : ouvrez un navigateur
cause-line-slow-connection = Votre connexion est lente pour tout, pas seulement pour { $service }
cause-line-port-blocked = Votre réseau bloque le port habituel de { $service } : les applis en utilisent un autre
cause-line-downbeat-outdated = Downbeat n'est plus à jour pour { $service } : mettez-le à jour
cause-line-network-path = { $service } fonctionne ailleurs, mais pas depuis votre réseau : essayez un autre réseau
cause-line-provider = { $service } échoue sur le réseau de votre fournisseur d'accès : c'est chez lui
cause-line-clock-wrong = L'horloge de votre ordinateur est déréglée : les connexions sécurisées échouent, c'est chez vous
cause-line-tls-intercepted = Quelque chose intercepte vos connexions sécurisées : c'est ce réseau ou cet ordinateur
cause-line-dns-unconfirmed = Votre DNS dit que { $service } n'existe pas : ce réseau le filtre peut-être

cause-advice-service = C'est chez eux : redémarrer votre routeur n'y changera rien.
cause-advice-offline = Vérifiez votre Wi-Fi, votre routeur ou votre VPN.
cause-advice-dns-resolver-down = Redémarrez votre routeur ou changez de DNS (par exemple 1.1.1.1).
cause-advice-dns-filtered = Essayez un autre réseau, ou demandez à la personne qui gère celui-ci.
cause-advice-captive-portal = Ouvrez un navigateur et identifiez-vous.
cause-advice-slow-connection = Rapprochez-vous du Wi-Fi, mettez en pause les autres téléchargements ou redémarrez votre routeur.
cause-advice-port-blocked = Rien à faire tant que les applis se connectent ; si elles n'y arrivent plus, demandez à la personne qui gère ce réseau.
cause-advice-downbeat-outdated = Mettez à jour Downbeat : son « hello » aux points d'accès n'est plus à jour.
cause-advice-network-path = Essayez un autre réseau (le partage de connexion d'un téléphone) ; si ça marche, c'est ce réseau ou votre fournisseur d'accès.
cause-advice-provider = Redémarrer votre routeur n'y changera rien ; un téléphone en données mobiles, si. Prévenez votre fournisseur d'accès.
cause-advice-clock-wrong = Activez le réglage automatique de l'heure dans les paramètres du système.
cause-advice-tls-intercepted = C'est en général un réseau d'entreprise, la protection web d'un antivirus ou un filtre ; sur un réseau auquel vous ne faites pas confiance, arrêtez-vous là.
cause-advice-dns-unconfirmed = Essayez un autre réseau ou un autre DNS ; si ça marche là, c'est ce réseau qui le filtre.

## Diagnostics : pourquoi un test a donné ce résultat

diagnosis-ok = tout va bien
diagnosis-slow = répond lentement
diagnosis-dns-nxdomain = son nom ne se résout pas
diagnosis-dns-failure = échec de la résolution DNS
diagnosis-tcp-refused = connexion refusée
diagnosis-tcp-timeout = délai de connexion dépassé
diagnosis-network-unreachable = réseau injoignable
diagnosis-connection-reset = connexion réinitialisée
diagnosis-tls-handshake-failed = échec de la connexion sécurisée
diagnosis-tls-cert-expired = certificat TLS expiré
diagnosis-tls-cert-not-yet-valid = certificat TLS pas encore valide
diagnosis-tls-cert-untrusted = certificat TLS non approuvé
diagnosis-tls-hostname-mismatch = certificat TLS émis pour un autre nom
diagnosis-tls-cert-expiring = certificat TLS bientôt expiré
diagnosis-http-server-error = erreur du serveur
diagnosis-http-rate-limited = trop de requêtes
diagnosis-http-unexpected-status = statut HTTP inattendu
diagnosis-http-unexpected-body = contenu de page inattendu
diagnosis-http-redirect-loop = trop de redirections
diagnosis-protocol-error = le serveur ne parle pas HTTP
diagnosis-timeout = ne répond plus
diagnosis-stream-too-slow = streaming trop lent
diagnosis-dns-blocked = le DNS de votre réseau le bloque
diagnosis-captive-portal = une page de connexion (portail captif) a répondu
diagnosis-ap-signature-invalid = la négociation n'est pas signée par Spotify
diagnosis-ap-handshake-failed = la négociation avec le point d'accès échoue
diagnosis-ap-upgrade-required = il demande un Downbeat plus récent
diagnosis-ap-port-blocked = votre réseau bloque son port habituel


## Lignes : les résumés d'une ligne de toutes les interfaces (src/view/lines.rs) : la première
## ligne du menu et le titre de la fenêtre (la ligne de verdict), la ligne d'un service, celle
## de votre connexion et celles de la configuration.

line-state = { $state ->
    [up] en ligne
    [degraded] en difficulté
    [down] en panne
    [offline] hors ligne
   *[unknown] inconnu
}

line-them-connection-fine = C'est chez eux : votre connexion fonctionne.
line-them = C'est chez eux.

line-checking = Vérification…

line-paused-until = En pause jusqu'à { $time }
line-paused-until-resumed = En pause jusqu'à la reprise

line-all-well = Tout va bien
line-all-up = { $count ->
    [2] Les deux services sont en ligne
   *[other] Les { $count } services sont en ligne
}
line-some-up = { $up } sur { $count } services en ligne, autres en cours

line-your-services = vos services

## La ligne de verdict quand un service lui-même est défaillant (c'est chez eux).

line-verdict-them = { $scope ->
    [everywhere] { $service } est { $state } pour tout le monde : c'est chez eux
    [region] { $service } est { $state } dans votre pays ({ $place }) : c'est chez eux
   *[here] { $service } est { $state } : c'est chez eux
}
line-verdict-them-why = { $scope ->
    [everywhere] { $service } est { $state } pour tout le monde ({ $why }) : c'est chez eux
    [region] { $service } est { $state } dans votre pays ({ $place }) ({ $why }) : c'est chez eux
   *[here] { $service } est { $state } ({ $why }) : c'est chez eux
}
line-why-for = depuis { $span }
line-why-diagnosis-for = { $diagnosis }, depuis { $span }
line-verdict-them-many = { $services } { $count ->
    [one] est
   *[other] sont
} { $state } : c'est chez eux

## La première ligne du menu : de quel côté, en bref (44 caractères au plus ; au-delà, c'est coupé).

line-tray-offline = Chez vous : vous êtes hors ligne
line-tray-dns-resolver-down = Chez vous : votre DNS ne répond pas
line-tray-captive-portal = Chez vous : identification Wi-Fi requise
line-tray-slow-connection = Chez vous : votre connexion est lente
line-tray-clock-wrong = Chez vous : votre horloge est déréglée
line-tray-tls-intercepted = Chez vous : connexions interceptées
line-tray-dns-filtered = Chez vous : votre réseau bloque { $services }
line-tray-port-blocked = Chez vous : port bloqué pour { $services }
line-tray-downbeat-outdated = Chez vous : Downbeat doit être mis à jour
line-tray-network-path = Chez vous : { $services } { $count ->
    [one] ne passe
   *[other] ne passent
} pas d'ici
line-tray-provider = Chez vous : votre FAI n'atteint pas { $services }
line-tray-dns-unconfirmed = Chez vous : { $services } { $count ->
    [one] inconnu
   *[other] inconnus
} de votre DNS
line-tray-them = Chez eux : { $service } est { $state }
line-tray-them-many = Chez eux : { $count } { $count ->
    [one] service est
   *[other] services sont
} { $state }

## La ligne d'un service : la ligne de chaque service dans le menu, et la ligne de verdict d'un
## service seul. Chaque partie facultative s'ajoute à la ligne reçue dans $line.

line-service-state = { $service } : { $state }
line-service-word = { $service } : { $word }
line-service-word-why = { $service } : { $word }, { $headline }
line-service-checking = { $service } : vérification…
line-service-groups = { $line } ({ $groups })
line-service-diagnosis = { $line }, { $diagnosis }
line-service-for = { $line }, depuis { $span }
line-service-unverified = { $line } (non vérifié)
line-tray-service-for = { $line }, { $span }
line-tray-service-paused = { $service } : non testé (pause)

## La ligne de votre connexion : « Votre connexion : OK (3 sites sur 3 répondent) ». La carte
## de la connexion, dans la fenêtre, n'affiche que la partie après l'étiquette.

line-connection = Votre connexion : { $detail }
line-connection-not-checked = non testée
line-connection-baseline-off = non testée (sites de référence désactivés)
line-connection-paused = non testée pendant la pause
line-connection-checking = vérification…
line-connection-fine = OK
line-connection-sites = { $state } ({ $answered } { $sites ->
    [one] site sur { $sites } répond
   *[other] sites sur { $sites } répondent
})
line-tray-connection-sites = { $state } ({ $answered }/{ $sites } sites)
line-tray-connection-paused = non testée (pause)

## Les lignes de la configuration : le menu, la fenêtre, `watch` et `serve`.

line-config-error = Erreur de configuration : { $error }
line-tray-config-error-in = Erreur de config. dans { $place }
line-config-kept = Erreur de configuration : { $error }. Downbeat continue de tester avec les derniers paramètres valides ; il recharge le fichier dès qu'il est corrigé.
line-config-not-reloaded = configuration non rechargée : { $error } ; la dernière configuration valide reste en service
line-config-reloaded = configuration rechargée depuis { $path } : { $changes }
line-config-reloaded-nothing = configuration rechargée depuis { $path } : rien n'a changé dans ce qui tourne
line-config-reloaded-added = ajout de { $services }
line-config-reloaded-removed = retrait de { $services }
line-config-reloaded-changed = modification de { $services }
line-config-reloaded-baseline = les sites de référence ont changé
line-config-reloaded-settings = paramètres modifiés : { $keys }
line-clause-separator = {" ; "}

## La ligne de `watch` à chaque changement d'état : « Spotify : en ligne -> en panne (login : erreur
## du serveur ; côté : them, cause : service) ». Chaque partie après la première reçoit la ligne dans $line.

line-transition = { $who } : { $from } -> { $to }
line-your-connection = votre connexion
line-transition-check = { $line } ({ $check } : { $diagnosis } ; côté : { $blame }, cause : { $cause })
line-transition-diagnosis = { $line } ({ $diagnosis } ; côté : { $blame }, cause : { $cause })
line-transition-after = { $line } après { $span }
line-transition-detail = { $line }. { $detail }

## La fenêtre d'historique (src/view/window.rs) : son titre, la carte de la connexion et les
## cartes des services.

window-not-checking = Downbeat ne teste rien : voyez le problème ci-dessous
window-checking = vérification…
window-checked = testé à { $time }
window-shared-failure-all = Les { $count } tests échouent de la même façon : { $diagnosis }.
window-shared-failure = { $count } { $count ->
    [one] test échoue
   *[other] tests échouent
} de la même façon : { $diagnosis }.
window-shared-failure-example = { $check } : { $detail }

## La carte d'un service.

window-badge = { $glyph } { $word }
window-badge-paused = ‖ en pause
window-badge-checking = – vérification
window-card-paused-until = En pause : { $service } n'est pas testé avant { $time }.
window-card-paused = En pause : { $service } n'est pas testé jusqu'à la reprise.
window-card-offline-merged = Impossible à juger tant que vous êtes hors ligne.
window-card-offline = Vous êtes hors ligne, ce service ne peut donc pas être jugé : c'est chez vous, pas chez eux.
window-card-you = C'est chez vous, pas chez { $service }. { $advice }
window-card-up = Fonctionne normalement.
window-card-check = { $check } : { $diagnosis }.
window-since = Depuis le { $when }.
window-chip = { $phase } { $time }
window-chip-failed = { $phase } ✕
window-outside-place = { $works ->
    [yes] ✓
   *[no] ✕
} { $city }, { $country } ({ $network })

## La vue de l'extérieur (src/view/outside.rs, src/model/outside.rs) : ce que des sondes ailleurs
## (dans d'autres lieux et sur d'autres réseaux) ont vu d'un service en échec, sur sa carte, dans
## la note de `check` et dans la liste de `check --outside`.

outside-no-answer = pas de réponse
outside-your-country-code = code { $code }
outside-your-country = non déterminé
outside-your-provider = votre fournisseur d'accès

## La carte d'un service en échec : « Vu d'ailleurs : … ».

outside-line-everywhere = Vu d'ailleurs : ça échoue aussi depuis { $failing } { $failing ->
    [one] lieu
   *[other] lieux
} sur { $probes }, dans { $countries } pays.
outside-line-region = Vu d'ailleurs : ça échoue depuis { $failing } { $failing ->
    [one] lieu
   *[other] lieux
} sur { $probes } dans votre pays ({ $country }) ; ça fonctionne depuis { $elsewhere } { $elsewhere ->
    [one] lieu
   *[other] lieux
} ailleurs.
outside-line-partial = Vu d'ailleurs : ça échoue depuis { $failing } { $failing ->
    [one] lieu
   *[other] lieux
} sur { $probes } et fonctionne depuis les autres.
outside-line-only-here = Vu d'ailleurs : ça fonctionne depuis { $working } { $working ->
    [one] lieu
   *[other] lieux
} sur { $probes } : c'est donc le chemin entre votre réseau et le service.
outside-line-provider = Vu d'ailleurs : ça échoue sur le réseau de { $provider } ({ $failing } { $failing ->
    [one] lieu
   *[other] lieux
} sur { $probes }) et fonctionne sur les autres ({ $working } sur { $others }).
outside-line-unknown = Pas d'avis de l'extérieur : { $error }.

## La note de `check` sur la vue de l'extérieur.

outside-note = { $probes } { $probes ->
    [one] sonde interrogée
   *[other] sondes interrogées
} ailleurs, dont { $in_country } dans votre pays ({ $country }).
outside-country-from = { $country }, d'après { $from }
outside-country-unknown = inconnu : votre fuseau horaire n'en désigne aucun ; définissez country dans [settings]
outside-could-not-say = Les sondes ailleurs n'ont pas pu répondre : { $error }.

## Votre fournisseur d'accès, quand le service n'échoue que d'ici ou sur le réseau de votre fournisseur.

outside-provider-sentence = { $service } échoue aussi sur le réseau de { $provider } { $reach ->
    [country] ailleurs dans votre pays ({ $country })
   *[world] ailleurs
}, et fonctionne sur les autres réseaux : c'est chez votre fournisseur d'accès, pas chez { $service } ni chez vous. Redémarrer votre routeur n'y changera rien ; un téléphone en données mobiles, si. Prévenez { $provider }.
outside-provider-works = Ça fonctionne aussi ailleurs sur le réseau de { $provider } ({ $probes } sur { $probes }) : c'est cette connexion, pas votre fournisseur d'accès.
outside-provider-no-probe = Aucune sonde n'était sur le réseau de { $provider } : Downbeat n'a donc pas pu dire si c'est votre fournisseur d'accès ou votre installation.
outside-provider-unknown = Downbeat n'a pas pu identifier votre fournisseur d'accès ({ $error }) : il n'a donc pas pu dire si c'est lui ou votre installation.

## La liste de `check --outside`.

outside-listing-asked = Sondes interrogées ailleurs pour joindre { $host } ({ $service }).
outside-listing-provider = Votre fournisseur d'accès : { $provider } (AS{ $asn }).
outside-listing-provider-unknown = Votre fournisseur d'accès : inconnu ({ $error }).
outside-listing-provider-not-asked = Votre fournisseur d'accès : non demandé.
outside-listing-place = { $works ->
    [yes] ✓ fonctionne
   *[no] ✕ échoue
} { $city }, { $country } : { $network } (AS{ $asn }){ $yours ->
    [yes] {" "}(votre fournisseur d'accès)
   *[no] {""}
}
outside-listing-everywhere = { $service } échoue depuis la plupart des lieux : en panne pour tout le monde.
outside-listing-region = { $service } échoue dans votre pays ({ $country }) et fonctionne ailleurs.
outside-listing-partial = { $service } échoue depuis certains lieux et fonctionne depuis d'autres.
outside-listing-only-here = { $service } fonctionne depuis tous les lieux interrogés.

## La page d'état d'un éditeur, à côté de ce que Downbeat a vu : « Page d'état de Spotify :
## Panne partielle du système : « Playback failures » (en cours d'analyse depuis 09:58) ».

outside-page-unread = La page d'état de { $service } n'a pas pu être lue : { $error }.
outside-page-no-incident = La page d'état de { $service } ne signale encore aucun incident.
outside-page-says = Page d'état de { $service } : { $what }.
outside-page-a-problem = un problème, sans incident nommé
outside-page-partial-outage = Panne partielle du système
outside-page-head-components = { $head } — { $components }
outside-page-components-more = { $components } et { $more } { $more ->
    [one] autre
   *[other] autres
}
outside-page-component = { $component } : { $status ->
    [degraded_performance] performances dégradées
    [partial_outage] panne partielle
    [major_outage] panne majeure
    [under_maintenance] en maintenance
   *[other] { $status_text }
}
outside-incident-status = { $status ->
    [investigating] en cours d'analyse
    [identified] identifié
    [monitoring] sous surveillance
    [resolved] résolu
    [postmortem] analyse post-incident
   *[other] { $status }
}
outside-incident = « { $incident } » ({ $status })
outside-incident-since = « { $incident } » ({ $status } depuis { $when })
outside-incidents-more = { $incident } et { $more } { $more ->
    [one] autre
   *[other] autres
}
outside-page-incident = Page d'état de { $service } : { $incident }.
outside-page-incident-head = Page d'état de { $service } : { $head } : { $incident }.
outside-page-incident-head-components = Page d'état de { $service } : { $head } ; { $incident }.

## Groupes (src/model/group.rs) : les tests d'un service réunis selon ce qu'ils servent, dans une
## phrase qui dit lesquels sont touchés et lesquels fonctionnent encore, sur la carte de la fenêtre
## et dans les notifications. La première lettre est ensuite mise en majuscule.

group-down = { $group } : connexion impossible
group-degraded = { $group } { $plural ->
    [yes] sont
   *[no] est
} en difficulté
group-because = { $clause } ({ $check } : { $diagnosis })
group-and-then = { $first } ; { $next }
group-sentence = { $hit }.
group-sentence-fine = { $hit } ; { $fine } { $count ->
    [one] { $plural ->
        [yes] fonctionnent
       *[no] fonctionne
    }
   *[other] fonctionnent
}.


## États : le mot qui dit où en est un test, un service ou la connexion

state-unknown = inconnu
state-up = en ligne
state-degraded = en difficulté
state-down = en panne
state-offline = hors ligne

## Notifications : éléments communs

notify-some-check = un test
notify-some-check-start = Un test
notify-unverified = (Non vérifié : la vérification est désactivée pour { $check }.)
notify-unverified-unnamed = (Non vérifié : la vérification est désactivée pour ce test.)
notify-check-works-again = { $check } fonctionne de nouveau.

## Notifications : un service tombe en panne, est en difficulté, puis revient

notify-down-title = { $service } est en panne
notify-degraded-title = { $service } est en difficulté
notify-back-title = { $service } est de retour
notify-back-to-normal-title = { $service } fonctionne de nouveau normalement
notify-reminder-title = { $service } est toujours en panne
notify-down-failing = { $check_start } échoue : { $diagnosis }.
notify-down-no-help = Vous reconnecter ou redémarrer votre routeur n'y changera rien.
notify-degraded-failing = { $check_start } : { $diagnosis }.
notify-back-body = En panne pendant { $span } ({ $check } : { $diagnosis }).
notify-back-failing = en échec
notify-back-still-slow = Il reste plus lent que d'habitude.
notify-back-to-normal-body = En difficulté pendant { $span }.
notify-back-to-normal-body-unmeasured = Fonctionne de nouveau normalement.
notify-reminder-body = En panne depuis { $span } ({ $check } : { $diagnosis }).

## Notifications : un problème d'un service qui vient de chez vous

notify-dns-filtered-title = Votre réseau bloque { $service }
notify-dns-filtered-body = Son DNS ne donne pas l'adresse de { $service } ({ $check }), alors qu'un DNS public la donne : c'est votre réseau qui le bloque. { $advice }
notify-dns-filtered-over-title = { $service } passe de nouveau
notify-dns-filtered-over-body = Le DNS de votre réseau l'a bloqué pendant { $span }.
notify-dns-filtered-over-body-unmeasured = Le DNS de votre réseau ne le bloque plus.
notify-port-blocked-title = Votre réseau bloque le port habituel de { $service }
notify-port-blocked-body = { $detail } C'est votre réseau, pas { $service }. { $advice }
notify-port-blocked-over-title = Le port habituel de { $service } passe de nouveau
notify-port-blocked-over-body = Votre réseau l'a bloqué pendant { $span }.
notify-port-blocked-over-body-unmeasured = Votre réseau ne le bloque plus.
notify-outdated-title = Downbeat n'est plus à jour
notify-outdated-body = { $service } a répondu à { $check }, mais demande un client plus récent : c'est le « hello » de Downbeat qui est en cause, pas une panne. { $advice }
notify-outdated-over-title = Le point d'accès de { $service } accepte de nouveau Downbeat
notify-intercepted-service-title = Quelque chose intercepte les connexions sécurisées de { $service }
notify-intercepted-service-body = { $seen } Les applis de { $service } refusent ce type de connexion. C'est ce réseau ou cet ordinateur, pas { $service }. { $advice }
notify-intercepted-service-over-title = Les connexions sécurisées de { $service } ne sont plus interceptées
notify-intercepted-service-over-body = Elles ont été interceptées pendant { $span }.
notify-dns-unconfirmed-title = Votre DNS dit que { $service } n'existe pas
notify-dns-unconfirmed-body = Seul le DNS de ce réseau le dit ({ $check }), et aucun DNS neutre n'a pu être interrogé ; ce réseau le filtre peut-être. Ce n'est pas compté comme une panne de { $service }. { $advice }
notify-dns-unconfirmed-over-title = Le nom de { $service } se résout de nouveau
notify-dns-unconfirmed-over-body = Votre DNS a dit qu'il n'existait pas pendant { $span }.

## Notifications : de votre côté (aucun service nommé)

notify-offline-title = Vous êtes hors ligne
notify-offline-body-site = Aucun des sites de référence n'est joignable ({ $site } : { $diagnosis }). C'est chez vous, pas chez les services : vérifiez votre routeur, votre Wi-Fi ou votre VPN.
notify-offline-body = Aucun des sites de référence n'est joignable ({ $diagnosis }). C'est chez vous, pas chez les services : vérifiez votre routeur, votre Wi-Fi ou votre VPN.
notify-online-title = Vous êtes de nouveau en ligne
notify-online-body = Votre connexion a été coupée pendant { $span }.
notify-online-body-unmeasured = Votre connexion fonctionne de nouveau.
notify-captive-portal-title = Ce Wi-Fi vous demande de vous identifier
notify-captive-portal-location = Il vous renvoie vers { $location }.
notify-captive-portal-body = Tant que vous ne vous êtes pas identifié, rien d'autre ne fonctionne, et les services n'y sont pour rien. { $advice }
notify-signed-in-title = Identification réussie
notify-signed-in-body = La page de connexion de ce réseau a disparu, au bout de { $span }.
notify-signed-in-body-unmeasured = La page de connexion de ce réseau a disparu.
notify-dns-down-title = Votre serveur DNS ne répond pas
notify-dns-down-body = Internet lui-même fonctionne : un DNS public répond. C'est chez vous, pas chez les services. { $advice }
notify-dns-back-title = Votre DNS fonctionne de nouveau
notify-dns-back-body = Votre serveur DNS n'a pas répondu pendant { $span }.
notify-dns-back-body-unmeasured = Votre serveur DNS répond de nouveau.
notify-clock-wrong-title = L'horloge de votre ordinateur est déréglée
notify-clock-wrong-body = Toutes les connexions sécurisées échouent à cause d'elle. C'est chez vous, pas chez les services. { $advice }
notify-clock-right-title = L'horloge de votre ordinateur est de nouveau à l'heure
notify-clock-right-body = Les connexions sécurisées fonctionnent de nouveau ; elles ont échoué pendant { $span }.
notify-clock-right-body-unmeasured = Les connexions sécurisées fonctionnent de nouveau.
notify-intercepted-title = Quelque chose intercepte les connexions sécurisées
notify-intercepted-unknown-issuer = Le certificat de chaque site est émis par une autorité que personne n'approuve.
notify-intercepted-body = C'est ce réseau ou cet ordinateur, pas les services. { $advice }
notify-intercepted-over-title = Les connexions sécurisées ne sont plus interceptées
notify-intercepted-over-body = Les sites ont retrouvé leurs propres certificats, au bout de { $span }.
notify-intercepted-over-body-unmeasured = Les sites ont retrouvé leurs propres certificats.
notify-slow-title = Votre connexion est lente
notify-slow-body = Elle est lente pour tout, pas seulement pour les services : { $detail } { $advice }
notify-fast-title = Votre connexion est de nouveau rapide
notify-fast-body = Elle a été lente pendant { $span }.
notify-fast-body-unmeasured = Elle est de nouveau assez rapide.

## Notifications : ce que disent le reste du monde et la page d'état de l'éditeur (mises à jour d'une alerte)

notify-everywhere-title = { $service } est en panne pour tout le monde
notify-everywhere-body = Sur { $probes } { $probes ->
        [one] lieu interrogé
       *[other] lieux interrogés
    } par Downbeat, dans { $countries } pays, { $failing } { $failing ->
        [one] échoue
       *[other] échouent
    } : c'est chez eux, pas chez vous.
notify-region-title = { $service } est en panne dans votre pays ({ $country })
notify-region-body = { $failing } { $failing ->
        [one] lieu sur { $probes } y échoue
       *[other] lieux sur { $probes } y échouent
    } ; ça fonctionne depuis { $elsewhere } { $elsewhere ->
        [one] lieu
       *[other] lieux
    } ailleurs : c'est chez eux, pas chez vous.
notify-only-here-title = { $service } fonctionne ailleurs, mais pas depuis votre réseau
notify-only-here-body = Ça fonctionne depuis { $working } { $working ->
        [one] lieu
       *[other] lieux
    } sur { $probes } interrogés par Downbeat. { $advice }
notify-provider-title = { $service } échoue sur le réseau de votre fournisseur d'accès
notify-status-page-title = La page d'état de { $service } confirme un problème
notify-status-page-body = { $line } C'est chez eux, pas chez vous.

## Notifications : Downbeat lui-même

notify-welcome-title = Downbeat veille
notify-welcome-body = { $count ->
        [0] Downbeat ne surveille encore rien ; ensuite, il vous préviendra
       *[other] Downbeat surveille { $services } et vous prévient
    } quand quelque chose tombe en panne, en indiquant de quel côté est le problème. L'historique et les paramètres sont dans le menu de l'icône Downbeat, dans la zone de notification.
notify-config-error-title = Downbeat ne teste rien
notify-config-error-body = Son fichier de paramètres ne se charge pas : { $error }. Corrigez-le dans un éditeur de texte (Ouvrir le fichier de paramètres, dans le menu de l'icône) : Downbeat recommence à tester dès qu'il se charge.
notify-cannot-open-title = Aucun programme n'a pu ouvrir le fichier de paramètres
notify-cannot-open-body = Il se trouve ici : { $path } ({ $why }). Ouvrez-le dans un éditeur de texte : Downbeat le recharge dès qu'il est enregistré.

## Connexions sécurisées : une horloge déréglée, une interception, un nom que seul ce réseau dit absent

secure-clock-earlier = { $unit ->
        [days] { $count ->
            [one] { $count } jour plus tôt
           *[other] { $count } jours plus tôt
        }
        [hours] { $count ->
            [one] { $count } heure plus tôt
           *[other] { $count } heures plus tôt
        }
       *[minutes] { $count ->
            [one] { $count } minute plus tôt
           *[other] { $count } minutes plus tôt
        }
    }
secure-clock-later = { $unit ->
        [days] { $count ->
            [one] { $count } jour plus tard
           *[other] { $count } jours plus tard
        }
        [hours] { $count ->
            [one] { $count } heure plus tard
           *[other] { $count } heures plus tard
        }
       *[minutes] { $count ->
            [one] { $count } minute plus tard
           *[other] { $count } minutes plus tard
        }
    }
secure-clock-times = { $source ->
        [until] elle indique { $says }, mais les certificats des sites n'étaient tous valides que jusqu'au { $when } (au moins { $gap })
        [from] elle indique { $says }, mais les certificats des sites ne sont tous valides qu'à partir du { $when } (au moins { $gap })
       *[date] elle indique { $says }, les sites indiquent { $when } ({ $gap })
    }
secure-clock-times-sentence = { $source ->
        [until] Elle indique { $says }, mais les certificats des sites n'étaient tous valides que jusqu'au { $when } (au moins { $gap }).
        [from] Elle indique { $says }, mais les certificats des sites ne sont tous valides qu'à partir du { $when } (au moins { $gap }).
       *[date] Elle indique { $says }, les sites indiquent { $when } ({ $gap }).
    }
secure-clock-wrong = L'horloge de votre ordinateur est déréglée : { $times }.
secure-clock-consequence = Toutes les connexions sécurisées échouent à cause d'elle.
secure-clock-consequence-service = Toutes les connexions sécurisées échouent à cause d'elle, y compris celles de { $service }.
secure-issued = { $whose ->
        [service] le certificat de { $service } est émis par « { $issuer } », et non par une autorité de confiance (ceux des autres sites sont approuvés).
        [all-and-service] le certificat de chaque site, y compris celui de { $service }, est émis par « { $issuer } », et non par une autorité de confiance.
        [all-here] le certificat de chaque site est émis par « { $issuer } », et non par une autorité de confiance (ceux des autres sites sont approuvés).
       *[all] le certificat de chaque site est émis par « { $issuer } », et non par une autorité de confiance.
    }
secure-issued-start = { $whose ->
        [service] Le certificat de { $service } est émis par « { $issuer } », et non par une autorité de confiance (ceux des autres sites sont approuvés).
        [all-and-service] Le certificat de chaque site, y compris celui de { $service }, est émis par « { $issuer } », et non par une autorité de confiance.
        [all-here] Le certificat de chaque site est émis par « { $issuer } », et non par une autorité de confiance (ceux des autres sites sont approuvés).
       *[all] Le certificat de chaque site est émis par « { $issuer } », et non par une autorité de confiance.
    }
secure-refused-service = Les applis de { $service } refusent ce type de connexion.
secure-refused = Les applis refusent ce type de connexion.
secure-intercepted = Quelque chose sur ce réseau ou cet ordinateur intercepte les connexions sécurisées : { $issued } { $refused }
secure-dns-unconfirmed = Votre DNS dit que le nom de { $service } n'existe pas ({ $host }), et { $unconfirmed }
secure-dns-unconfirmed-no-host = Votre DNS dit que le nom de { $service } n'existe pas, et { $unconfirmed }
secure-unconfirmed = aucun DNS neutre n'a pu être interrogé ; ce réseau le filtre peut-être.
secure-unconfirmed-off = aucun DNS neutre n'est configuré pour le confirmer (reference_dns) ; ce réseau le filtre peut-être.
secure-thin-clock = Aucun autre site n'a donné l'heure : Downbeat ne peut donc pas vérifier l'horloge de cet ordinateur ; si elle est déréglée, cela expliquerait le problème.
secure-thin-untrusted = Son certificat est émis par « { $issuer } », auquel cet ordinateur ne fait pas confiance ; sans site de confiance pour comparer, Downbeat ne peut pas distinguer une interception de la connexion d'un serveur mal configuré.


## Le verdict : la dernière ligne de `downbeat check`, le titre de la fenêtre, le « summary » de /api/status.
## Chacun fait une phrase ou plus ; le résumé les enchaîne, puis ajoute le conseil lié à la cause.

verdict-offline = Vous êtes hors ligne : { $why }. C'est chez vous, pas chez les services.
verdict-baseline-site-unreachable = le site de référence ({ $site }) est injoignable : { $diagnosis }
verdict-baseline-sites-unreachable-alike = aucun des { $count } sites de référence n'est joignable ; pour chacun : { $diagnosis }
verdict-baseline-sites-unreachable = aucun des { $count } sites de référence n'est joignable ({ $each })
verdict-baseline-site-failed = { $site } : { $diagnosis }
verdict-baseline-separator = {" ; "}

verdict-all-up = { $count ->
        [1] { $service } est en ligne.
        [2] Les deux services sont en ligne.
       *[other] Les { $count } services sont en ligne.
    }

verdict-portal-sign-in = Ce Wi-Fi vous demande de vous identifier.
verdict-portal-sign-in-at = Ce Wi-Fi vous demande de vous identifier sur { $page }.
verdict-portal-until = { $count ->
        [1] D'ici là, { $service } ne peut pas se connecter, et { $service } n'y est pour rien.
       *[other] D'ici là, vos services ne peuvent pas se connecter, et ils n'y sont pour rien.
    }

verdict-dns-resolver-down = Votre serveur DNS ne répond pas ; Internet lui-même fonctionne (un DNS public répond{ $via ->
        [failing] {" ; "}{ $service } lui-même échoue aussi ({ $diagnosis })
        [through] , et { $service } répond par son intermédiaire
       *[none] {""}
    }).
verdict-dns-filtered = Votre réseau bloque { $service } : { $how }, alors qu'un DNS public le résout{ $via ->
        [failing] {" ; "}{ $service } lui-même échoue aussi ({ $diagnosis })
        [through] , et { $service } répond par son intermédiaire
       *[none] {""}
    }.
verdict-dns-sinkhole = son DNS répond { $address } (un blocage) pour { $host }
verdict-dns-unresolved = son DNS ne résout pas { $host }
verdict-dns-unresolved-it = son DNS ne le résout pas

verdict-port-blocked = { $service } fonctionne grâce à une solution de repli.
verdict-downbeat-outdated = Le point d'accès de { $service } demande un client plus récent : c'est le « hello » de Downbeat qui n'est plus à jour. { $service } lui-même a répondu : ce n'est donc pas une panne.

verdict-slow-everywhere = Votre connexion est lente pour tout, pas seulement pour { $service }.
verdict-slow-everywhere-measured = Votre connexion est lente pour tout ({ $speed }), pas seulement pour { $service }.
verdict-slow-everywhere-compared = Votre connexion est lente pour tout ({ $speed }), pas seulement pour { $service } : le streaming de { $service } atteint { $own }, un téléchargement neutre { $base }.
verdict-slowness-first-byte = un site neutre a mis { $ms } ms à répondre

verdict-service-state = { $service } est { $status ->
        [down] en panne
        [degraded] en difficulté
       *[other] en ligne
    }.
verdict-service-failing = { $service } est { $status ->
        [down] en panne
        [degraded] en difficulté
       *[other] en ligne
    } : { $diagnosis } ({ $check }).

## La note du verdict sur votre propre connexion, quand rien de votre côté ne l'explique

verdict-no-baseline = Votre propre connexion n'a pas été testée (aucun site de référence configuré).
verdict-baseline-blocked = { $count ->
        [1] Les sites de référence sont injoignables, mais { $service } répond : votre réseau les bloque peut-être.
       *[other] Les sites de référence sont injoignables, mais les services répondent : votre réseau les bloque peut-être.
    }
verdict-portal-lets-through = Ce réseau a une page de connexion (portail captif), mais elle laisse passer ceci.
verdict-portal-lets-through-at = Ce réseau a une page de connexion (portail captif sur { $page }), mais elle laisse passer ceci.
verdict-clock-secure-sites-fail = Les sites sécurisés échouent à cause d'elle.
verdict-connection-slow = Votre connexion est lente ({ $speed }), mais assez rapide pour ceci.
verdict-connection-fine = Votre connexion fonctionne.

## Le verdict avec ce qu'ont dit des sondes ailleurs dans le monde (la vue de l'extérieur)

verdict-outside-everywhere = { $service } est en panne pour tout le monde : il échoue depuis { $failing } { $failing ->
        [one] lieu
       *[other] lieux
    } sur { $probes } interrogés, dans { $countries } pays.
verdict-outside-region = { $service } est en panne dans votre pays ({ $country }) : { $failing } { $failing ->
        [one] lieu sur { $probes } y échoue
       *[other] lieux sur { $probes } y échouent
    } ; il fonctionne depuis { $elsewhere } { $elsewhere ->
        [one] lieu
       *[other] lieux
    } ailleurs.
verdict-outside-partial = { $service } échoue depuis { $failing } { $failing ->
        [one] lieu
       *[other] lieux
    } sur { $probes } interrogés et fonctionne depuis les autres : il n'est pas en panne partout.
verdict-outside-only-here = { $service } fonctionne depuis { $working } { $working ->
        [one] lieu
       *[other] lieux
    } sur { $probes }, mais pas depuis votre réseau.
verdict-outside-only-here-in-country = { $service } fonctionne depuis { $working } { $working ->
        [one] lieu
       *[other] lieux
    } sur { $probes }, dont { $in_country } dans votre pays ({ $country }), mais pas depuis votre réseau.
verdict-provider-advice = Redémarrer votre routeur n'y changera rien ; un téléphone en données mobiles, si. Prévenez { $provider }.

## L'historique : le rapport de `downbeat history` et les vues 24 h / 7 j / 30 j de la fenêtre

history-no-data = aucune donnée
history-uptime = { $pct } %
history-uptime-under-100 = moins de 100 %

history-bar-title = { $when } : { $counts }
history-bar-count = { $count } { $kind ->
        [up] en ligne
        [degraded] en difficulté
        [down] en panne
       *[your-side] pendant un problème chez vous (hors ligne, pas de DNS…)
    }

history-nothing-checked = Rien n'est testé, donc rien n'est enregistré.
history-no-incidents = Aucun incident ces 30 derniers jours.

## Un incident, tel que le disent la liste de la fenêtre et `downbeat history`

history-incident = { $service } { $state ->
        [down] en panne
        [degraded] en difficulté
       *[other] { $state }
    }
history-incident-everywhere = { $service } { $state ->
        [down] en panne
        [degraded] en difficulté
       *[other] { $state }
    } pour tout le monde
history-incident-region = { $service } { $state ->
        [down] en panne
        [degraded] en difficulté
       *[other] { $state }
    } dans votre pays
history-incident-why = { $check } : { $diagnosis }
history-side = { $blame ->
        [you] chez vous
       *[other] chez eux
    }
history-incident-line = { $what } pendant { $lasted } ({ $why } ; { $blame ->
        [you] chez vous
       *[other] chez eux
    })

history-lasted = { $watched }
history-lasted-ongoing = { $watched }, en cours
history-lasted-unwatched = { $watched } de suivi ; Downbeat n'a pas suivi { $unwatched } de cette période
history-lasted-unwatched-ongoing = { $watched } de suivi, en cours ; Downbeat n'a pas suivi { $unwatched } de cette période

history-your-services = vos services
history-offline = { $tense ->
        [ongoing] Vous êtes hors ligne
       *[past] Vous avez été hors ligne
    }
history-captive-portal = Identification Wi-Fi requise
history-dns-resolver-down = { $tense ->
        [ongoing] Votre serveur DNS ne répond pas
       *[past] Votre serveur DNS n'a pas répondu
    }
history-dns-filtered = { $tense ->
        [ongoing] Le DNS de votre réseau bloque { $service }
       *[past] Le DNS de votre réseau a bloqué { $service }
    }
history-slow-connection = { $tense ->
        [ongoing] Votre connexion est lente
       *[past] Votre connexion a été lente
    }
history-port-blocked = { $tense ->
        [ongoing] Votre réseau bloque le port habituel de { $service }
       *[past] Votre réseau a bloqué le port habituel de { $service }
    }
history-port-blocked-all = { $tense ->
        [ongoing] Votre réseau bloque le port habituel de vos services
       *[past] Votre réseau a bloqué le port habituel de vos services
    }
history-downbeat-outdated = { $tense ->
        [ongoing] Downbeat n'est plus à jour
       *[past] Downbeat n'était plus à jour
    }
history-provider = { $tense ->
        [ongoing] { $service } échoue sur le réseau de votre fournisseur d'accès
       *[past] { $service } a échoué sur le réseau de votre fournisseur d'accès
    }
history-network-path = { $tense ->
        [ongoing] { $service } échoue seulement depuis votre réseau
       *[past] { $service } a échoué seulement depuis votre réseau
    }
history-clock-wrong = { $tense ->
        [ongoing] L'horloge de votre ordinateur est déréglée
       *[past] L'horloge de votre ordinateur était déréglée
    }
history-tls-intercepted = { $tense ->
        [ongoing] Quelque chose intercepte les connexions sécurisées
       *[past] Quelque chose a intercepté les connexions sécurisées
    }
history-dns-unconfirmed = { $tense ->
        [ongoing] Votre DNS dit que { $service } n'existe pas
       *[past] Votre DNS a dit que { $service } n'existait pas
    }
history-service-failing = { $tense ->
        [ongoing] { $service } est défaillant
       *[past] { $service } a été défaillant
    }

## Le temps passé de votre côté : une phrase sous le tableau de `downbeat history`

history-your-side = { $parts } ; { $count ->
        [one] ce temps n'est imputé à aucun service
       *[other] rien de tout cela n'est imputé aux services
    }.
history-your-side-offline = Vous avez été hors ligne pendant { $lasted }
history-your-side-stopped-first = Un problème chez vous a bloqué { $services } pendant { $lasted }
history-your-side-stopped = un problème chez vous a bloqué { $services } pendant { $lasted }

## Les réponses HTTP de `downbeat serve` destinées aux personnes (les mots de /api/status sont ceux du verdict)

serve-only-get = uniquement GET et HEAD
serve-no-round-yet = aucun cycle n'a encore été exécuté
serve-index = Downbeat : /metrics (Prometheus), /api/status (le dernier cycle, comme `downbeat check --json`), /healthz
serve-not-found = introuvable : essayez /metrics, /api/status ou /healthz

## La ligne de commande (`downbeat …`) : ses lignes sur stderr, après « downbeat: »

cli-error-cause = { $error } : { $cause }
cli-warning = avertissement : { $warning }
cli-note = remarque : { $note }
cli-config-error = erreur de configuration
cli-setup-error = erreur d'initialisation
cli-no-runtime = impossible de démarrer l'environnement d'exécution asynchrone
cli-cannot-write-json = impossible d'écrire le JSON
cli-outside-no-target = aucun service n'a de test joignable depuis l'extérieur (une adresse publique https:// ou http://)

cli-cannot-listen = impossible d'écouter sur { $address }
cli-serving = à l'écoute : http://{ $address }/metrics (Prometheus), /api/status et /healthz
cli-listening-beyond = à l'écoute au-delà de cette machine ({ $address }) : quiconque peut la joindre peut lire les résultats
cli-listen-invalid = indiquez une adresse IP et un port, comme 127.0.0.1:9767, [::1]:9767 ou 0.0.0.0:9767 (toutes les interfaces) ; comme nom d'hôte, seul localhost est compris
cli-watching = surveillance de { $services } { $services ->
        [one] service
       *[other] services
    } et de { $baseline } { $baseline ->
        [one] test de référence
       *[other] tests de référence
    }, à intervalle de { $interval } ({ $source }) ; Ctrl-C pour arrêter

## La sortie de `downbeat check`

cli-check-title = Vérification Downbeat, { $at } ({ $source })
cli-check-baseline = Votre connexion (sites de référence)
cli-status = { $status ->
        [up] en ligne
        [degraded] en difficulté
       *[down] en panne
    }
cli-see-above = { $diagnosis } (voir plus haut)
cli-column-check = TEST
cli-column-status = ÉTAT
cli-column-dns = DNS
cli-column-connect = CONNEXION
cli-column-tls = TLS
cli-column-hello = HELLO
cli-column-ttfb = TTFB
cli-column-transfer = TRANSFERT
cli-column-detail = DÉTAIL

## `downbeat history` et `downbeat export`

cli-history-title = Historique depuis le { $since } (il y a { $span })
cli-history-nothing-recorded = Rien n'est encore enregistré : `downbeat watch` ou l'application de bureau enregistrent l'historique.
cli-history-incidents = Incidents
cli-history-no-incidents = aucun
cli-column-service = SERVICE
cli-column-uptime = DISPONIBILITÉ
cli-column-down = PANNE
cli-column-ttfb-p50 = TTFB p50
cli-column-p95 = p95
cli-column-total-p95 = TOTAL p95
cli-latency-ms = { $ms } ms
cli-unverified = { $service } n'est pas vérifié (insecure = true) : { $checks }
cli-history-no-service = aucun service nommé « { $name } » ; services connus : { $count ->
        [0] aucun pour l'instant
       *[other] { $known }
    }
cli-history-no-service-near = aucun service nommé « { $name } » (vouliez-vous dire « { $nearest } » ? les noms sont sensibles à la casse) ; services connus : { $count ->
        [0] aucun pour l'instant
       *[other] { $known }
    }
cli-no-data-folder = aucun dossier de données sur ce système (définissez DOWNBEAT_DATA_DIR)
cli-history-unreadable = la lecture de l'historique a échoué
cli-csv-your-connection = (votre connexion)
cli-export-nothing-recorded = rien n'est encore enregistré : `downbeat watch` ou l'application de bureau enregistrent l'historique
cli-export-exists = { $path } existe déjà : ajoutez --force pour le remplacer
cli-export-cannot-create = impossible de créer { $path } : { $error }
cli-export-cannot-write = impossible d'écrire { $path }
cli-export-wrote = { $count ->
        [one] { $count } résultat écrit
       *[other] { $count } résultats écrits
    }

cli-since-help = indiquez une durée comme 24h, 7d ou 1w, une date comme 2026-11-24, ou bien today ou yesterday
cli-since-invalid-date = date invalide « { $value } » : { cli-since-help }
cli-since-invalid-time = heure invalide « { $value } » : { cli-since-help }
cli-since-zero = --since { $value } ne représente aucune durée : { cli-since-help }
cli-since-invalid = --since « { $value } » invalide : { cli-since-help }
cli-since-future = --since { $at } est dans le futur
cli-since-no-such-day = ce jour n'existe pas
cli-since-no-such-date = cette date n'existe pas

## `downbeat presets` et `downbeat config-path`

cli-preset-unknown = préréglage inconnu « { $name } ». Préréglages connus : { $known }
cli-preset-unknown-near = préréglage inconnu « { $name } » : vouliez-vous dire « { $nearest } » ? Préréglages connus : { $known }
cli-config-path-none = (aucun : le préréglage Spotify intégré est utilisé ; créez { $path } pour le modifier)
cli-config-path-none-anywhere = (aucun : le préréglage Spotify intégré est utilisé ; créez un fichier de configuration pour le modifier)
cli-config-path-loads = chargé : { $services } { $services ->
        [one] service
       *[other] services
    }, { $baseline } { $baseline ->
        [one] test de référence
       *[other] tests de référence
    }


## Sondes : les éléments de leurs phrases

probe-list-semicolon = { $first } ; { $rest }
probe-bytes = { $n } o
probe-bytes-kib = { $n } Kio
probe-bytes-mib = { $n } Mio
probe-rate-kbit = { $n } kbit/s
probe-rate-mbit = { $n } Mbit/s

## Sondes : le détail d'un test, en entier (la ligne sous un test dans la fenêtre, `downbeat check`,
## l'historique). Chacun dit ce qui s'est passé, pour quelqu'un qui n'est pas ingénieur.

probe-unverified-insecure = { $detail } Non vérifié : la vérification des certificats est désactivée pour ce test (insecure = true).
probe-unverified-insecure-objection = { $detail } Non vérifié : la vérification des certificats est désactivée pour ce test (insecure = true), et elle aurait échoué : { $objection }.
probe-unverified-test-key = { $detail } Non vérifié : la réponse a été vérifiée avec une clé de test (server_key), et non avec celle de Spotify.
probe-dns-via-reference = { $detail } Un DNS public ({ $server }) le résout, et via cette adresse : { $found }
probe-dns-via-reference-address = { $detail } Un DNS public ({ $server }) le résout en { $address }, et via cette adresse : { $found }
probe-dns-public = DNS public

## Sondes : le test a fonctionné (ou lentement)

probe-ok = { $host } a répondu en { $took }.
probe-slow = { $host } fonctionne, mais lentement : { $took } jusqu'au premier octet (lent au-delà de { $limit }).
probe-tls-expiring = { $host } fonctionne, mais son certificat de sécurité expire dans { $days } { $days ->
    [one] jour
   *[other] jours
}.
probe-after-redirects = { $detail } (après { $count } { $count ->
    [one] redirection
   *[other] redirections
} depuis { $url })
probe-tcp-ok = { $address } a accepté une connexion en { $took }.
probe-tcp-slow = { $address } accepte les connexions, mais lentement ({ $took }).
probe-stream-ok = { $host } a fourni { $bytes } à { $rate } (la lecture demande { $needed }).
probe-stream-ok-cut = { $host } a fourni { $bytes } avant l'échéance, sur les { $asked } demandés, à { $rate } (la lecture demande { $needed }).
probe-stream-too-slow = { $host } fournit { $rate }, en dessous des { $needed } nécessaires à la lecture ({ $bytes } en { $took }).
probe-stream-too-slow-cut = { $host } fournit { $rate }, en dessous des { $needed } nécessaires à la lecture ({ $bytes } en { $took } avant l'échéance, sur les { $asked } demandés).

## Sondes : le test de portail captif (une simple page web dont la réponse est connue exactement)

probe-captive-none = { $host } a répondu comme prévu (HTTP { $status }) : pas de portail captif. { $detail }
probe-captive-redirect-to = La requête vers { $host } a reçu une redirection vers { $location } : ce réseau vous demande de vous identifier (portail captif).
probe-captive-redirect = La requête vers { $host } a reçu une redirection (HTTP { $status }) : ce réseau vous demande de vous identifier (portail captif).
probe-captive-status = { $host } a répondu HTTP { $status } alors qu'il répond toujours { $expected } : ce réseau vous demande de vous identifier (portail captif).
probe-captive-page = { $host } a répondu par une page qui n'est pas la sienne (attendu : « { $expected } ») : ce réseau vous demande de vous identifier (portail captif).

## Sondes : les noms (DNS)

probe-dns-sinkhole = Votre DNS a répondu { $answer } pour { $host } : une réponse de blocage (un filtre DNS), à laquelle Downbeat ne se connecte jamais.
probe-dns-nothing = rien
probe-dns-not-found = Le nom { $host } est introuvable : { $why }.
probe-dns-timeout = La résolution de { $host } est restée sans réponse pendant { $took } ({ $why }).
probe-dns-failed = La résolution de { $host } a échoué : { $why }.
probe-dns-nxdomain-agreed = Le nom { $host } n'existe pas : votre DNS et un DNS public ({ $server }) sont d'accord.
probe-dns-nxdomain-by-reference = { $detail } Un DNS public ({ $server }) dit que le nom n'existe pas.
probe-dns-reference-failed = { $detail } Aucun DNS public n'a pu être interrogé non plus ({ $why }).
probe-dns-reference-server-failed = { $server } : { $why }
probe-dns-reference-no-time = il ne restait plus de temps
probe-dns-reference-not-ip = il n'est pas indiqué par une adresse IP
probe-dns-reference-status = il a répondu HTTP { $status }
probe-dns-reference-too-large = sa réponse dépassait la taille d'un message DNS
probe-dns-doh-nxdomain = il a répondu que ce nom n'existe pas (NXDOMAIN)
probe-dns-doh-error = il a répondu par une erreur (code { $code })
probe-dns-doh-truncated = sa réponse était tronquée
probe-dns-doh-not-ours = sa réponse ne correspondait pas à cette requête
probe-dns-doh-malformed = sa réponse était mal formée ({ $what })
probe-dns-no-server = aucun serveur DNS n'était configuré
probe-dns-system-silent = le résolveur du système n'a pas répondu
probe-dns-task-failed = la tâche de résolution DNS a échoué : { $error }
probe-dns-no-addresses = il n'a aucune adresse
probe-dns-no-such-name = le DNS dit que ce nom n'existe pas
probe-dns-unreachable = le serveur DNS est injoignable ou n'a pas répondu
probe-dns-no-address-records = le nom existe, mais n'a aucun enregistrement d'adresse
probe-dns-server-failed = serveur DNS { $server } : { $why }
probe-dns-server-tcp-failed = serveur DNS { $server } en TCP : { $why }
probe-dns-no-answer = pas de réponse
probe-dns-malformed = réponse mal formée ({ $what })
probe-dns-not-our-answer = réponse à une autre question
probe-dns-truncated-over-tcp = réponse tronquée, même en TCP
probe-dns-malformed-short = plus courte qu'un en-tête
probe-dns-malformed-undecodable = indécodable
probe-dns-malformed-no-question = la réponse ne cite aucune question
probe-dns-server-nxdomain = { $server } a répondu que ce nom n'existe pas (NXDOMAIN)
probe-dns-rcode = { $rcode ->
    [servfail] SERVFAIL : le serveur DNS n'a pas réussi à obtenir de réponse
    [refused] REFUSED : le serveur DNS a refusé de répondre
   *[other] le serveur DNS a répondu par une erreur
} ({ $server }, code { $code })
probe-dns-bad-name = « { $host } » n'est pas un nom que le DNS peut résoudre
probe-dns-encode-failed = la requête pour { $host } n'a pas pu être encodée : { $error }

## Sondes : la connexion (TCP)

probe-url-no-host = { $url } n'a pas d'hôte
probe-connect-no-address = { $host } n'a aucune adresse à laquelle se connecter.
probe-connect-timeout-within = { $host } ({ $addr }) n'a pas accepté de connexion en { $took }.
probe-connect-refused = { $host } ({ $addr }) a refusé la connexion : rien n'écoute sur le port { $port }.
probe-connect-timeout = { $host } ({ $addr }) n'a pas accepté de connexion.
probe-connect-reset = { $host } ({ $addr }) a réinitialisé la connexion dès son ouverture.
probe-connect-no-route = Aucune route vers { $host } ({ $addr }) : { $error }.

## Sondes : la connexion sécurisée (TLS) et son certificat

probe-tls-bad-name = { $host } n'est pas un nom avec lequel un certificat peut être vérifié.
probe-tls-timeout = { $host } a accepté la connexion, mais n'a pas terminé la négociation sécurisée (TLS) en { $took }.
probe-tls-setup-failed = échec de la configuration TLS : { $error }
probe-tls-expired-on = Le certificat de sécurité de { $host } a expiré le { $date } : les navigateurs et les applis refusent donc de s'y connecter.
probe-tls-expired = Le certificat de sécurité de { $host } a expiré : les navigateurs et les applis refusent donc de s'y connecter.
probe-tls-not-yet-valid-until = Le certificat de sécurité de { $host } n'est valide qu'à partir du { $date } (ou l'horloge de cet ordinateur est déréglée).
probe-tls-not-yet-valid = Le certificat de sécurité de { $host } n'est pas encore valide (ou l'horloge de cet ordinateur est déréglée).
probe-tls-wrong-name = Le serveur qui répond pour { $host } a présenté un certificat émis pour un autre nom.
probe-tls-untrusted-issuer = Le certificat de sécurité de { $host } est émis par « { $issuer } », auquel cet ordinateur ne fait pas confiance ; quelque chose intercepte peut-être la connexion.
probe-tls-untrusted = Le certificat de sécurité de { $host } ne provient pas d'une autorité de confiance ({ $reason ->
    [unknown-issuer] son émetteur est inconnu
    [bad-signature] sa signature n'est pas valide
    [revoked] il a été révoqué
    [bad-encoding] il est mal formé
   *[critical-extension] il contient une extension critique qu'aucun client ne comprend
}) ; quelque chose intercepte peut-être la connexion.
probe-tls-chain-too-long = { $host } a envoyé une chaîne de certificats trop longue pour être vérifiée (plus de certificats intermédiaires qu'aucun client n'en accepte).
probe-tls-ca-as-leaf = { $host } présente comme le sien le certificat d'une autorité de certification (souvent un certificat auto-signé), ce que les clients refusent.
probe-tls-rejected = Le certificat de sécurité de { $host } a été rejeté ({ $error }).
probe-tls-alert = { $host } a refusé la connexion sécurisée (alerte TLS : { $alert }).
probe-tls-invalid-handshake = { $host } a répondu, mais pas par une négociation sécurisée (TLS) valide.
probe-tls-failed = La connexion sécurisée à { $host } a échoué : { $error }.
probe-tls-cut = { $host } a coupé la connexion pendant la négociation sécurisée.
probe-tls-closed = { $host } a fermé la connexion pendant la négociation sécurisée.
probe-tls-ca-no-pem = il ne contient aucun certificat PEM
probe-tls-ca-unusable = un de ses certificats n'est pas utilisable comme racine : { $error }
probe-tls-ca-not-pem = ce n'est pas du PEM valide : { $error }

## Sondes : la requête web (HTTP)

probe-http-build-failed = impossible de construire la requête : { $error }
probe-http-stalled-before-request = { $host } a accepté la connexion, puis est resté bloqué { $took } avant que la requête puisse être envoyée.
probe-http-stalled-without-answer = { $host } a accepté la connexion, puis est resté bloqué { $took } sans répondre à la requête.
probe-body-stopped = { $host } a cessé d'envoyer après { $bytes } ({ $took } après le début du téléchargement).
probe-http-closed-early = { $host } a fermé la connexion avant la fin de la réponse.
probe-http-cut = { $host } a coupé la connexion au milieu de la requête.
probe-http-goaway = { $host } a fermé la connexion HTTP/2 sans répondre (GOAWAY : { $error }).
probe-http-invalid = { $host } a répondu par quelque chose qui n'est pas du HTTP valide ({ $error }).
probe-http-failed = L'échange HTTP avec { $host } a échoué : { $error }.
probe-http-rate-limited = { $host } refuse des requêtes (HTTP 429 : trop de requêtes).
probe-http-rate-limited-wait = { $host } refuse des requêtes (HTTP 429 : trop de requêtes) et demande aux clients d'attendre { $wait }.
probe-http-unavailable-wait = { $host } se dit temporairement indisponible (HTTP 503) et demande aux clients d'attendre { $wait }.
probe-http-server-error = { $host } répond par une erreur du serveur (HTTP { $status }).
probe-http-unexpected-status = { $host } a répondu HTTP { $status }, attendu : { $expected }.
probe-http-body-missing = { $host } a répondu, mais la page ne contient pas « { $text } ».
probe-redirect-loop = { $host } a redirigé { $count } fois sans donner de réponse (le maximum qu'un test suit) ; dernière redirection vers { $url }.
probe-redirect-insecure = { $host } a redirigé vers { $url }, qui n'est pas une adresse sécurisée (https) ; Downbeat ne la suit pas.

## Sondes : les requêtes de Downbeat lui-même (l'API de la vue de l'extérieur, la page d'état d'un
## éditeur). Pourquoi l'une a échoué, après « pas de réponse de Globalping : » et autres.

probe-fetch-encoding = la réponse est arrivée dans un encodage qui n'avait pas été demandé ({ $encoding })
probe-fetch-too-large-mib = la réponse dépassait { $mib } Mio
probe-fetch-too-large-kib = la réponse dépassait { $kib } Kio
probe-fetch-gunzip = la réponse compressée (gzip) n'a pas pu être lue : { $error }

## Sondes : les points d'accès de Spotify. Un point d'accès est le serveur auquel les applis Spotify
## se connectent d'abord ; le « hello » est le premier message du protocole propre à Spotify, et
## son « challenge » la réponse que signe un vrai point d'accès. apresolve liste les points d'accès.

probe-ap-no-time = Aucun point d'accès n'a pu être essayé avant la fin du temps imparti au test.
probe-ap-port-blocked = Votre réseau bloque le port { $port } ({ $blocked }) ; les applis se rabattent sur { $fallback }, un peu plus lentement. { $detail }
probe-ap-another = un autre point d'accès
probe-ap-attempt = { $address } : { $headline }
probe-ap-before-it = { $detail } (Avant lui : { $attempts }.)
probe-ap-tried-all = { $detail } ({ $count } { $count ->
    [one] point d'accès essayé
   *[other] points d'accès essayés
} : { $attempts }.)
probe-ap-apresolve-failed = { $detail } apresolve n'a pas pu être utilisé ({ $why }) : la liste de secours a donc été essayée.
probe-ap-apresolve-empty = il n'a listé aucun point d'accès
probe-ap-apresolve-status = { $host } a répondu HTTP { $status }
probe-ap-apresolve-too-large = la réponse de { $host } dépasse 64 Kio
probe-ap-apresolve-not-json = la réponse de { $host } n'est pas le JSON attendu
probe-ap-hello-timeout = { $address } a accepté la connexion, mais n'a pas répondu au hello en { $took }.
probe-ap-closed = { $address } a fermé la connexion { $when ->
    [sending] à l'envoi du hello
    [waiting] avant de répondre au hello
   *[answering] au milieu de sa réponse
}.
probe-ap-reset = { $address } a réinitialisé la connexion { $when ->
    [sending] à l'envoi du hello
    [waiting] avant de répondre au hello
   *[answering] au milieu de sa réponse
}.
probe-ap-broke-off = { $address } a interrompu la connexion { $when ->
    [sending] à l'envoi du hello
    [waiting] avant de répondre au hello
   *[answering] au milieu de sa réponse
} ({ $error }).
probe-ap-http = { $address } a répondu au hello en HTTP, et non comme un point d'accès : un serveur web, un proxy ou un portail est à sa place.
probe-ap-bad-length = { $address } a répondu au hello par quelque chose qui n'est pas une réponse de point d'accès (longueur annoncée : { $bytes } { $bytes ->
    [one] octet
   *[other] octets
} ; une réponse fait de 5 octets à 64 Kio).
probe-ap-unparsable = { $address } a répondu au hello par quelque chose qui n'est pas une réponse de point d'accès (illisible).
probe-ap-try-another = { $address } a demandé au client d'essayer un autre point d'accès.
probe-ap-refused = { $address } a refusé le hello ({ $code }).
probe-ap-refused-why = { $address } a refusé le hello ({ $code } : { $why }).
probe-ap-upgrade = { $address } a répondu que le client est trop ancien : le hello de Downbeat (build client { $build }) n'est plus à jour. Spotify lui-même a répondu : ce n'est donc pas une panne ; mettez à jour Downbeat.
probe-ap-no-challenge = { $address } a répondu au hello sans challenge, sans demande de mise à jour et sans refus.
probe-ap-signature-invalid = { $address } a répondu au hello, mais son échange de clés n'est pas signé avec { $key ->
    [test] la server_key configurée
   *[spotify] la clé de Spotify
} : ce n'est pas un point d'accès Spotify qui a répondu (un proxy ou un filtre sur ce réseau, ou un imposteur).
probe-ap-slow = { $address } a répondu au hello par un challenge signé, mais lentement ({ $took } au total).
probe-ap-ok = { $address } a répondu au hello par un challenge signé avec { $key ->
    [test] la clé de test configurée
   *[spotify] la clé de Spotify
} en { $hello } ({ $took } au total).
probe-ap-random-failed = le générateur de nombres aléatoires du système a échoué
probe-ap-group-malformed = le groupe Diffie-Hellman du hello est mal formé
probe-ap-encode-failed = le hello n'a pas pu être encodé ({ $error })
probe-ap-too-large = le hello est trop volumineux
probe-ap-addr-not-host-port = « { $text } » n'est pas au format host:port
probe-ap-addr-bad-port = « { $text } » n'a pas de port valide
probe-ap-addr-bad-host = « { $text } » n'a pas d'hôte valide
probe-ap-key-no-pem = il ne contient aucun bloc PEM
probe-ap-key-unparsable = sa clé publique est illisible ({ $error })
probe-ap-key-not-rsa = ce n'est pas une clé publique RSA
probe-ap-key-rsa-unparsable = sa clé RSA est illisible ({ $error })
probe-ap-key-wrong-block = il contient un bloc « { $label } », et non PUBLIC KEY ou RSA PUBLIC KEY
probe-ap-key-too-small = son module fait { $bits } bits ; les points d'accès signent avec 2048

## Un cycle de tests

run-check-lost = Le test s'est arrêté de façon inattendue.

