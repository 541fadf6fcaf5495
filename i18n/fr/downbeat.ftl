# Les messages de Downbeat en français (France).

## La langue elle-même

language-name = Français

## Nombres, heures, dates et listes : comment cette langue les écrit

number-decimal = ,
unit-ms = { $n } ms
unit-seconds = { $n } s
span-s = { $s } s
span-min = { $min } min
span-h = { $h } h
span-h-min = { $h } h { $min } min
span-d = { $d } j
span-d-h = { $d } j { $h } h
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
cause-headline-no-network = cet ordinateur n'est connecté à aucun réseau
cause-headline-router-down = votre routeur ({ $router }) ne répond pas
cause-headline-line-down = votre routeur ({ $router }) répond, mais pas la ligne au-delà
cause-headline-vpn-down = votre VPN ({ $interface }) ne laisse rien passer
cause-headline-ipv6-broken = l'IPv6 ne fonctionne pas sur ce réseau, l'IPv4 si
cause-headline-ipv4-broken = { $via ->
        [vpn] votre VPN ({ $interface }) ne laisse pas passer l'IPv4, l'IPv6 si
       *[other] l'IPv4 ne fonctionne pas sur ce réseau, l'IPv6 si
    }
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
cause-state-word-no-network = hors ligne
cause-state-word-router-down = hors ligne
cause-state-word-line-down = hors ligne
cause-state-word-vpn-down = hors ligne
cause-state-word-ipv6-broken = IPv6 défaillant
cause-state-word-ipv4-broken = IPv4 défaillant
cause-state-word-dns-resolver-down = pas de DNS
cause-state-word-dns-filtered = bloqué
cause-state-word-captive-portal = identification requise
cause-state-word-slow-connection = connexion lente
cause-state-word-port-blocked = port bloqué
cause-state-word-downbeat-outdated = Downbeat à mettre à jour
cause-state-word-network-path = injoignable d'ici
cause-state-word-provider = problème chez votre FAI
cause-state-word-clock-wrong = horloge déréglée
cause-state-word-tls-intercepted = intercepté
cause-state-word-dns-unconfirmed = nom introuvable ici

cause-line-offline = Vous êtes hors ligne : c'est chez vous, pas chez les services
cause-line-no-network = Cet ordinateur n'est connecté à aucun réseau : c'est chez vous, pas chez les services
cause-line-router-down = Votre routeur ({ $router }) ne répond pas : c'est chez vous, pas chez les services
cause-line-line-down = Votre routeur ({ $router }) répond, mais rien au-delà : c'est votre ligne, pas les services
cause-line-vpn-down = Votre VPN ({ $interface }) ne laisse rien passer : c'est chez vous, pas chez les services
cause-line-ipv6-broken = L'IPv6 ne fonctionne pas sur ce réseau : les applis qui l'essaient d'abord restent bloquées
cause-line-ipv4-broken = { $via ->
        [vpn] Votre VPN ({ $interface }) ne laisse pas passer l'IPv4 : les sites sans IPv6 sont injoignables
       *[other] L'IPv4 ne fonctionne pas sur ce réseau : les sites sans IPv6 sont injoignables
    }
cause-line-dns-resolver-down = Votre serveur DNS ne répond pas : redémarrez votre routeur ou changez de DNS
cause-line-dns-filtered = Votre réseau bloque { $service } : essayez un autre réseau
cause-line-captive-portal = Ce Wi-Fi vous demande de vous identifier : ouvrez un navigateur
cause-line-slow-connection = Votre connexion est lente pour tout, pas seulement pour { $service }
cause-line-port-blocked = Votre réseau bloque le port habituel de { $service } : les applis en utilisent un autre
cause-line-downbeat-outdated = Downbeat n'est plus à jour pour { $service } : mettez-le à jour
cause-line-network-path = { $service } fonctionne ailleurs, mais pas depuis votre réseau : essayez un autre réseau
cause-line-provider = { $service } échoue sur le réseau de votre fournisseur d'accès : c'est chez lui
cause-line-clock-wrong = L'horloge de votre ordinateur est déréglée : les connexions sécurisées échouent, c'est chez vous
cause-line-tls-intercepted = Quelque chose intercepte vos connexions sécurisées : c'est ce réseau ou cet ordinateur
cause-line-dns-unconfirmed = Votre DNS dit que { $service } n'existe pas : ce réseau le filtre peut-être

cause-advice-service = C'est chez eux : redémarrer votre routeur n'y changera rien.
cause-advice-offline = Vérifiez votre Wi-Fi, votre routeur ou votre VPN.
cause-advice-no-network = Activez le Wi-Fi ou branchez le câble.
cause-advice-router-down = Redémarrez votre routeur ou rapprochez-vous du Wi-Fi.
cause-advice-line-down = Redémarrer votre routeur une fois peut aider ; sinon, c'est chez votre fournisseur d'accès : consultez sa page d'état ou appelez son assistance.
cause-advice-vpn-down = Reconnectez votre VPN ou désactivez-le.
cause-advice-ipv6-broken = Redémarrez votre routeur ; si le problème persiste, désactivez l'IPv6 sur cet ordinateur ou contactez votre fournisseur d'accès.
cause-advice-ipv4-broken = { $via ->
        [vpn] Reconnectez votre VPN ou désactivez-le.
       *[other] Redémarrez votre routeur ; si le problème persiste, c'est chez votre fournisseur d'accès (sa passerelle IPv4) : consultez sa page d'état ou appelez son assistance.
    }
cause-advice-dns-resolver-down = Redémarrez votre routeur ou changez de DNS (par exemple 1.1.1.1).
cause-advice-dns-filtered = Essayez un autre réseau, ou demandez à la personne qui gère celui-ci.
cause-advice-captive-portal = Ouvrez un navigateur et identifiez-vous.
cause-advice-slow-connection = Rapprochez-vous du Wi-Fi, mettez en pause les autres téléchargements ou redémarrez votre routeur.
cause-advice-port-blocked = Rien à faire tant que les applis se connectent ; si elles n'y arrivent plus, demandez à la personne qui gère ce réseau.
cause-advice-downbeat-outdated = Mettez à jour Downbeat : son « hello » aux points d'accès n'est plus à jour.
cause-advice-network-path = Essayez un autre réseau (le partage de connexion d'un téléphone) ; si ça marche, c'est ce réseau ou votre fournisseur d'accès.
cause-advice-provider = Redémarrer votre routeur n'y changera rien ; un téléphone en données mobiles, si. Prévenez votre fournisseur d'accès.
cause-advice-clock-wrong = Activez le réglage automatique de l'heure dans les paramètres du système.
cause-advice-tls-intercepted = C'est en général un réseau d'entreprise, la protection web d'un antivirus ou un filtre ; sur un réseau auquel vous ne faites pas confiance, arrêtez-vous là.
cause-advice-dns-unconfirmed = Essayez un autre réseau ou un autre DNS ; si ça marche là, c'est ce réseau qui le filtre.

## Diagnostics : pourquoi un test a donné ce résultat

diagnosis-ok = tout va bien
diagnosis-slow = répond lentement
diagnosis-dns-nxdomain = son nom ne se résout pas
diagnosis-dns-failure = échec DNS
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
diagnosis-http-server-error = erreur serveur
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

line-them-connection-fine = C'est chez eux : votre connexion fonctionne.
line-them = C'est chez eux.

line-checking = Vérification…

line-paused-until = En pause jusqu'à { $time }
line-paused-until-resumed = En pause jusqu'à la reprise

line-all-well = Tout va bien
line-all-up = { $count ->
    [2] Les deux services sont en ligne
   *[other] Les { $count } services sont en ligne
}
line-some-up = { $up } sur { $count } services en ligne, test des autres…

line-your-services = vos services

## La ligne de verdict quand un service lui-même est défaillant (c'est chez eux).

line-verdict-them = { $scope ->
    [everywhere] { $service } est { $state } pour tout le monde : c'est chez eux
    [region] { $service } est { $state } dans votre pays ({ $place }) : c'est chez eux
   *[here] { $service } est { $state } : c'est chez eux
}
line-verdict-them-why = { $scope ->
    [everywhere] { $service } est { $state } pour tout le monde ({ $why }) : c'est chez eux
    [region] { $service } est { $state } ({ $why }) dans votre pays ({ $place }) : c'est chez eux
   *[here] { $service } est { $state } ({ $why }) : c'est chez eux
}
line-why-for = depuis { $span }
line-why-diagnosis-for = { $diagnosis }, depuis { $span }
line-verdict-them-many = { $services } { $count ->
    [one] est
   *[other] sont
} { $state ->
    [degraded] en difficulté
   *[down] en panne
} : c'est chez eux

## La première ligne du menu : de quel côté, en bref (44 caractères au plus ; au-delà, c'est coupé).

line-tray-offline = Chez vous : vous êtes hors ligne
line-tray-no-network = Chez vous : aucun réseau (Wi-Fi ou câble)
line-tray-router-down = Chez vous : routeur { $router } injoignable
line-tray-line-down = Chez vous : ligne coupée après { $router }
line-tray-vpn-down = Chez vous : rien ne passe par le VPN { $interface }
line-tray-ipv6-broken = Chez vous : IPv6 en panne, IPv4 fonctionne
line-tray-ipv4-broken = { $via ->
        [vpn] Chez vous : le VPN { $interface } bloque l'IPv4
       *[other] Chez vous : IPv4 en panne, IPv6 fonctionne
    }
line-tray-dns-resolver-down = Chez vous : votre DNS ne répond pas
line-tray-captive-portal = Chez vous : identification Wi-Fi requise
line-tray-slow-connection = Chez vous : votre connexion est lente
line-tray-clock-wrong = Chez vous : votre horloge est déréglée
line-tray-tls-intercepted = Chez vous : connexions interceptées
line-tray-dns-filtered = Chez vous : votre réseau bloque { $services }
line-tray-port-blocked = Chez vous : port bloqué pour { $services }
line-tray-downbeat-outdated = Chez vous : Downbeat doit être mis à jour
line-tray-network-path = Chez vous : { $services } { $count ->
    [one] injoignable
   *[other] injoignables
} d'ici
line-tray-provider = Chez vous : votre FAI n'atteint pas { $services }
line-tray-dns-unconfirmed = Chez vous : { $services } { $count ->
    [one] inconnu
   *[other] inconnus
} de votre DNS
line-tray-them = Chez eux : { $service } est { $state }
line-tray-them-many = Chez eux : { $count } { $count ->
    [one] service est
   *[other] services sont
} { $state ->
    [degraded] en difficulté
   *[down] en panne
}

## La ligne d'un service : la ligne de chaque service dans le menu, et la ligne de verdict d'un
## service seul. Chaque partie facultative s'ajoute à la ligne reçue dans $line.

line-service-state = { $service } : { $state }
line-service-word = { $service } : { $word }
line-service-word-why = { $service } : { $word }, { $headline }
line-service-checking = { $service } : vérification…
line-service-groups = { $line } ({ $groups })
line-service-diagnosis = { $line }, { $diagnosis }
line-service-for = { $line }, depuis { $span }
line-service-unverified = { $line } (non vérifié)
line-tray-service-for = { $line }, { $span }
line-tray-service-paused = { $service } : non testé (pause)

## La ligne de votre connexion : « Votre connexion : OK (3 sites sur 3 répondent) ». La carte
## de la connexion, dans la fenêtre, n'affiche que la partie après l'étiquette.

line-connection = Votre connexion : { $detail }
line-connection-not-checked = non testée
line-connection-baseline-off = non testée (sites de référence désactivés)
line-connection-paused = non testée pendant la pause
line-connection-checking = vérification…
line-connection-fine = OK
line-connection-sites = { $state } ({ $answered } { $answered ->
    [one] site sur { $sites } répond
   *[other] sites sur { $sites } répondent
})
line-tray-connection-sites = { $state } ({ $answered }/{ $sites } sites)
line-tray-connection-paused = non testée (pause)

## Les lignes de la configuration : le menu, la fenêtre, `watch` et `serve`.

line-config-error = Erreur de configuration : { $error }
line-tray-config-error-in = Erreur de config. dans { $place }
line-config-kept = Erreur de configuration : { $error }. Downbeat continue de tester avec les derniers paramètres valides ; il recharge le fichier dès qu'il est corrigé.
line-config-not-reloaded = configuration non rechargée : { $error } ; la dernière configuration valide reste en service
line-config-reloaded = configuration rechargée depuis { $path } : { $changes }
line-config-reloaded-nothing = configuration rechargée depuis { $path } : rien n'a changé dans ce qui tourne
line-config-reloaded-added = ajout de { $services }
line-config-reloaded-removed = retrait de { $services }
line-config-reloaded-changed = modification de { $services }
line-config-reloaded-baseline = les sites de référence ont changé
line-config-reloaded-settings = paramètres modifiés : { $keys }
line-clause-separator = {" ; "}

## La ligne de `watch` à chaque changement d'état : « Spotify : en ligne -> en panne (login : erreur
## du serveur ; côté : them, cause : service) ». Chaque partie après la première reçoit la ligne dans $line.

line-transition = { $who } : { $from } -> { $to }
line-your-connection = votre connexion
line-transition-check = { $line } ({ $check } : { $diagnosis } ; côté : { $blame }, cause : { $cause })
line-transition-diagnosis = { $line } ({ $diagnosis } ; côté : { $blame }, cause : { $cause })
line-transition-after = { $line } après { $span }
line-transition-detail = { $line }. { $detail }

## La fenêtre d'historique (src/view/window.rs) : son titre, la carte de la connexion et les
## cartes des services.

window-not-checking = Downbeat ne teste rien : voyez le problème ci-dessous
window-checking = vérification…
window-checked = vérifié à { $time }
window-shared-failure-all = Les { $count } tests échouent de la même façon : { $diagnosis }.
window-shared-failure = { $count } { $count ->
    [one] test échoue
   *[other] tests échouent
} de la même façon : { $diagnosis }.
window-shared-failure-example = { $check } : { $detail }

## La carte d'un service.

window-badge = { $glyph } { $word }
window-badge-paused = ‖ en pause
window-badge-checking = – vérification
window-card-paused-until = En pause : { $service } n'est pas testé avant { $time }.
window-card-paused = En pause : { $service } n'est pas testé jusqu'à la reprise.
window-card-offline-merged = Impossible à juger tant que vous êtes hors ligne.
window-card-offline = Vous êtes hors ligne, ce service ne peut donc pas être jugé : c'est chez vous, pas chez eux.
window-card-you = C'est chez vous, pas chez { $service }. { $advice }
window-card-up = Fonctionne normalement.
window-card-check = { $check } : { $diagnosis }.
window-since = Depuis le { $when }.
window-chip = { $phase } { $time }
window-chip-failed = { $phase } ✕
phase-name = { $phase ->
    [dns] dns
    [connect] connexion
    [tls] tls
    [hello] hello
    [ttfb] ttfb
   *[transfer] transfert
}
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

outside-line-everywhere = Vu d'ailleurs : ça échoue aussi depuis { $failing } { $failing ->
    [one] lieu
   *[other] lieux
} sur { $probes }, dans { $countries } pays.
outside-line-region = Vu d'ailleurs : ça échoue depuis { $failing } { $failing ->
    [one] lieu
   *[other] lieux
} sur { $probes } dans votre pays ({ $country }) ; ça fonctionne depuis { $elsewhere } { $elsewhere ->
    [one] lieu
   *[other] lieux
} ailleurs.
outside-line-partial = Vu d'ailleurs : ça échoue depuis { $failing } { $failing ->
    [one] lieu
   *[other] lieux
} sur { $probes } et fonctionne depuis les autres.
outside-line-only-here = Vu d'ailleurs : ça fonctionne depuis { $working } { $working ->
    [one] lieu
   *[other] lieux
} sur { $probes } : c'est donc le chemin entre votre réseau et le service.
outside-line-provider = Vu d'ailleurs : ça échoue sur le réseau de { $provider } ({ $failing } { $failing ->
    [one] lieu
   *[other] lieux
} sur { $probes }) et fonctionne sur les autres ({ $working } sur { $others }).
outside-line-unknown = Pas d'avis de l'extérieur : { $error }.

## La note de `check` sur la vue de l'extérieur.

outside-note = { $probes } { $probes ->
    [one] sonde interrogée
   *[other] sondes interrogées
} ailleurs, dont { $in_country } dans votre pays ({ $country }).
outside-country-from = { $country }, d'après { $from }
outside-country-unknown = inconnu : votre fuseau horaire n'en désigne aucun ; définissez country dans [settings]
outside-could-not-say = Les sondes ailleurs n'ont pas pu répondre : { $error }.

## Votre fournisseur d'accès, quand le service n'échoue que d'ici ou sur le réseau de votre fournisseur.

outside-provider-sentence = { $service } échoue aussi sur le réseau de { $provider } { $reach ->
    [country] ailleurs dans votre pays ({ $country })
   *[world] ailleurs
}, et fonctionne sur les autres réseaux : c'est chez votre fournisseur d'accès, pas chez { $service } ni chez vous. Redémarrer votre routeur n'y changera rien ; un téléphone en données mobiles, si. Prévenez { $provider }.
outside-provider-works = Ça fonctionne aussi ailleurs sur le réseau de { $provider } ({ $probes } sur { $probes }) : c'est cette connexion, pas votre fournisseur d'accès.
outside-provider-no-probe = Aucune sonde n'était sur le réseau de { $provider } : Downbeat n'a donc pas pu dire si c'est votre fournisseur d'accès ou votre installation.
outside-provider-unknown = Downbeat n'a pas pu identifier votre fournisseur d'accès ({ $error }) : il n'a donc pas pu dire si c'est lui ou votre installation.

## La liste de `check --outside`.

outside-listing-asked = Sondes interrogées ailleurs pour joindre { $host } ({ $service }).
outside-listing-provider = Votre fournisseur d'accès : { $provider } (AS{ $asn }).
outside-listing-provider-unknown = Votre fournisseur d'accès : inconnu ({ $error }).
outside-listing-provider-not-asked = Votre fournisseur d'accès : non demandé.
outside-listing-place = { $works ->
    [yes] ✓ fonctionne
   *[no] ✕ échoue
} { $city }, { $country } : { $network } (AS{ $asn }){ $yours ->
    [yes] {" "}(votre fournisseur d'accès)
   *[no] {""}
}
outside-listing-everywhere = { $service } échoue depuis la plupart des lieux : en panne pour tout le monde.
outside-listing-region = { $service } échoue dans votre pays ({ $country }) et fonctionne ailleurs.
outside-listing-partial = { $service } échoue depuis certains lieux et fonctionne depuis d'autres.
outside-listing-only-here = { $service } fonctionne depuis tous les lieux interrogés.

## La page d'état d'un éditeur, à côté de ce que Downbeat a vu : « Page d'état de Spotify :
## Panne partielle du système : « Playback failures » (en cours d'analyse depuis 09:58) ».

outside-page-unread = La page d'état de { $service } n'a pas pu être lue : { $error }.
outside-page-no-incident = La page d'état de { $service } ne signale encore aucun incident.
outside-page-says = Page d'état de { $service } : { $what }.
outside-page-a-problem = un problème, sans incident nommé
outside-page-partial-outage = Panne partielle du système
outside-page-head-components = { $head } — { $components }
outside-page-components-more = { $components } et { $more } { $more ->
    [one] autre
   *[other] autres
}
outside-page-component = { $component } : { $status ->
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
outside-incident = « { $incident } » ({ $status })
outside-incident-since = « { $incident } » ({ $status } depuis { $when })
outside-incidents-more = { $incident } et { $more } { $more ->
    [one] autre
   *[other] autres
}
outside-page-incident = Page d'état de { $service } : { $incident }.
outside-page-incident-head = Page d'état de { $service } : { $head } : { $incident }.
outside-page-incident-head-components = Page d'état de { $service } : { $head } ; { $incident }.

## Groupes (src/model/group.rs) : les tests d'un service réunis selon ce qu'ils servent, dans une
## phrase qui dit lesquels sont touchés et lesquels fonctionnent encore, sur la carte de la fenêtre
## et dans les notifications. La première lettre est ensuite mise en majuscule.

group-down = { $group } : connexion impossible
group-degraded = { $group } { $plural ->
    [yes] sont
   *[no] est
} en difficulté
group-because = { $clause } ({ $check } : { $diagnosis })
group-and-then = { $first } ; { $next }
group-sentence = { $hit }.
group-sentence-fine = { $hit } ; { $fine } { $count ->
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
notify-unverified = (Non vérifié : la vérification est désactivée pour { $check }.)
notify-unverified-unnamed = (Non vérifié : la vérification est désactivée pour ce test.)
notify-check-works-again = { $check } fonctionne de nouveau.

## Notifications : un service tombe en panne, est en difficulté, puis revient

notify-down-title = { $service } est en panne
notify-degraded-title = { $service } est en difficulté
notify-back-title = { $service } est de retour
notify-back-to-normal-title = { $service } fonctionne de nouveau normalement
notify-reminder-title = { $service } est toujours en panne
notify-down-failing = { $check_start } échoue : { $diagnosis }.
notify-down-no-help = Vous reconnecter ou redémarrer votre routeur n'y changera rien.
notify-degraded-failing = { $check_start } : { $diagnosis }.
notify-back-body = En panne pendant { $span } ({ $check } : { $diagnosis }).
notify-back-failing = en échec
notify-back-still-slow = Il reste plus lent que d'habitude.
notify-back-to-normal-body = En difficulté pendant { $span }.
notify-back-to-normal-body-unmeasured = Fonctionne de nouveau normalement.
notify-reminder-body = En panne depuis { $span } ({ $check } : { $diagnosis }).

## Notifications : un problème d'un service qui vient de chez vous

notify-dns-filtered-title = Votre réseau bloque { $service }
notify-dns-filtered-body = Son DNS ne donne pas l'adresse de { $service } ({ $check }), alors qu'un DNS public la donne : c'est votre réseau qui le bloque. { $advice }
notify-dns-filtered-over-title = { $service } passe de nouveau
notify-dns-filtered-over-body = Le DNS de votre réseau l'a bloqué pendant { $span }.
notify-dns-filtered-over-body-unmeasured = Le DNS de votre réseau ne le bloque plus.
notify-port-blocked-title = Votre réseau bloque le port habituel de { $service }
notify-port-blocked-body = { $detail } C'est votre réseau, pas { $service }. { $advice }
notify-port-blocked-over-title = Le port habituel de { $service } passe de nouveau
notify-port-blocked-over-body = Votre réseau l'a bloqué pendant { $span }.
notify-port-blocked-over-body-unmeasured = Votre réseau ne le bloque plus.
notify-outdated-title = Downbeat n'est plus à jour
notify-outdated-body = { $service } a répondu à { $check }, mais demande un client plus récent : c'est le « hello » de Downbeat qui est en cause, pas une panne. { $advice }
notify-outdated-over-title = Le point d'accès de { $service } accepte de nouveau Downbeat
notify-intercepted-service-title = Quelque chose intercepte les connexions sécurisées de { $service }
notify-intercepted-service-body = { $seen } Les applis de { $service } refusent ce type de connexion. C'est ce réseau ou cet ordinateur, pas { $service }. { $advice }
notify-intercepted-service-over-title = Les connexions sécurisées de { $service } ne sont plus interceptées
notify-intercepted-service-over-body = Elles ont été interceptées pendant { $span }.
notify-dns-unconfirmed-title = Votre DNS dit que { $service } n'existe pas
notify-dns-unconfirmed-body = Seul le DNS de ce réseau le dit ({ $check }), et aucun DNS neutre n'a pu être interrogé ; ce réseau le filtre peut-être. Ce n'est pas compté comme une panne de { $service }. { $advice }
notify-dns-unconfirmed-over-title = Le nom de { $service } se résout de nouveau
notify-dns-unconfirmed-over-body = Votre DNS a dit qu'il n'existait pas pendant { $span }.

## Notifications : de votre côté (aucun service nommé)

notify-offline-title = Vous êtes hors ligne
notify-offline-body-site = Aucun des sites de référence n'est joignable ({ $site } : { $diagnosis }). C'est chez vous, pas chez les services : vérifiez votre routeur, votre Wi-Fi ou votre VPN.
notify-offline-body = Aucun des sites de référence n'est joignable ({ $diagnosis }). C'est chez vous, pas chez les services : vérifiez votre routeur, votre Wi-Fi ou votre VPN.
notify-online-title = Vous êtes de nouveau en ligne
notify-online-body = Votre connexion a été coupée pendant { $span }.
notify-online-body-unmeasured = Votre connexion fonctionne de nouveau.
notify-no-network-title = Pas de réseau
notify-no-network-body = Cet ordinateur n'est connecté à aucun réseau : rien n'est joignable. C'est chez vous, pas chez les services. { $advice }
notify-router-down-title = Votre routeur ne répond pas
notify-router-down-body = Votre routeur ({ $router }) ne répond pas : rien n'est joignable. C'est chez vous, pas chez les services. { $advice }
notify-line-down-title = Votre ligne internet est coupée
notify-line-down-body = Votre routeur ({ $router }) répond, mais rien au-delà : la ligne vers votre fournisseur d'accès est coupée. Les services n'y sont pour rien. { $advice }
notify-vpn-down-title = Rien ne passe par votre VPN
notify-vpn-down-body = Tout votre trafic passe par votre VPN ({ $interface }), et rien n'en ressort. C'est chez vous, pas chez les services. { $advice }
notify-ipv6-broken-title = L'IPv6 ne fonctionne pas sur ce réseau
notify-ipv6-broken-body = Les applis qui essaient d'abord l'IPv6 restent bloquées avant de se rabattre sur l'IPv4 ; les services qui répondent en IPv4 ne sont pas en panne. { $advice }
notify-ipv4-broken-title = { $via ->
        [vpn] L'IPv4 ne passe pas par votre VPN ({ $interface })
       *[other] L'IPv4 ne fonctionne pas sur ce réseau
    }
notify-ipv4-broken-body = Les services sans adresse IPv6 sont injoignables, et ils n'y sont pour rien ; ceux qui en ont une fonctionnent toujours. { $advice }
notify-network-back-title = De nouveau connecté
notify-network-back-body = Cet ordinateur est resté sans réseau pendant { $span }.
notify-network-back-body-unmeasured = Cet ordinateur est de nouveau connecté à un réseau.
notify-router-back-title = Votre routeur répond de nouveau
notify-router-back-body = Il n'a pas répondu pendant { $span }.
notify-router-back-body-unmeasured = Votre connexion fonctionne de nouveau.
notify-line-back-title = Votre ligne internet est rétablie
notify-line-back-body = La ligne au-delà de votre routeur a été coupée pendant { $span }.
notify-line-back-body-unmeasured = La ligne au-delà de votre routeur fonctionne de nouveau.
notify-vpn-back-title = Votre VPN fonctionne de nouveau
notify-vpn-back-body = Rien n'est passé par lui pendant { $span }.
notify-vpn-back-body-unmeasured = Le trafic passe de nouveau par votre VPN.
notify-ipv6-back-title = L'IPv6 fonctionne de nouveau
notify-ipv6-back-body = Il n'a pas fonctionné pendant { $span }.
notify-ipv6-back-body-unmeasured = L'IPv6 fonctionne de nouveau sur ce réseau.
notify-ipv4-back-title = L'IPv4 fonctionne de nouveau
notify-ipv4-back-body = Il n'a pas fonctionné pendant { $span }.
notify-ipv4-back-body-unmeasured = L'IPv4 fonctionne de nouveau sur ce réseau.
notify-captive-portal-title = Ce Wi-Fi vous demande de vous identifier
notify-captive-portal-location = Il vous renvoie vers { $location }.
notify-captive-portal-body = Tant que l'identification n'est pas faite, rien d'autre ne fonctionne, et les services n'y sont pour rien. { $advice }
notify-signed-in-title = Identification réussie
notify-signed-in-body = La page de connexion de ce réseau a disparu, au bout de { $span }.
notify-signed-in-body-unmeasured = La page de connexion de ce réseau a disparu.
notify-dns-down-title = Votre serveur DNS ne répond pas
notify-dns-down-body = Internet lui-même fonctionne : un DNS public répond. C'est chez vous, pas chez les services. { $advice }
notify-dns-back-title = Votre DNS fonctionne de nouveau
notify-dns-back-body = Votre serveur DNS n'a pas répondu pendant { $span }.
notify-dns-back-body-unmeasured = Votre serveur DNS répond de nouveau.
notify-clock-wrong-title = L'horloge de votre ordinateur est déréglée
notify-clock-wrong-body = Toutes les connexions sécurisées échouent à cause d'elle. C'est chez vous, pas chez les services. { $advice }
notify-clock-right-title = L'horloge de votre ordinateur est de nouveau à l'heure
notify-clock-right-body = Les connexions sécurisées fonctionnent de nouveau ; elles ont échoué pendant { $span }.
notify-clock-right-body-unmeasured = Les connexions sécurisées fonctionnent de nouveau.
notify-intercepted-title = Quelque chose intercepte les connexions sécurisées
notify-intercepted-unknown-issuer = Le certificat de chaque site est émis par une autorité que personne n'approuve.
notify-intercepted-body = C'est ce réseau ou cet ordinateur, pas les services. { $advice }
notify-intercepted-over-title = Les connexions sécurisées ne sont plus interceptées
notify-intercepted-over-body = Les sites ont retrouvé leurs propres certificats, au bout de { $span }.
notify-intercepted-over-body-unmeasured = Les sites ont retrouvé leurs propres certificats.
notify-slow-title = Votre connexion est lente
notify-slow-body = Elle est lente pour tout, pas seulement pour les services : { $detail } { $advice }
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
    } : c'est chez eux, pas chez vous.
notify-region-title = { $service } est en panne dans votre pays ({ $country })
notify-region-body = { $failing } { $failing ->
        [one] lieu sur { $probes } y échoue
       *[other] lieux sur { $probes } y échouent
    } ; ça fonctionne depuis { $elsewhere } { $elsewhere ->
        [one] lieu
       *[other] lieux
    } ailleurs : c'est chez eux, pas chez vous.
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
        [0] Downbeat ne surveille encore rien ; ensuite, il vous préviendra
       *[other] Downbeat surveille { $services } et vous prévient
    } quand quelque chose tombe en panne, en indiquant de quel côté est le problème. L'historique et les paramètres sont dans le menu de l'icône Downbeat, dans la zone de notification.
notify-config-error-title = Downbeat ne teste rien
notify-config-error-body = Son fichier de paramètres ne se charge pas : { $error }. Corrigez-le dans un éditeur de texte (Ouvrir le fichier de paramètres, dans le menu de l'icône) : Downbeat recommence à tester dès qu'il se charge.
notify-cannot-open-title = Aucun programme n'a pu ouvrir le fichier de paramètres
notify-cannot-open-body = Il se trouve ici : { $path } ({ $why }). Ouvrez-le dans un éditeur de texte : Downbeat le recharge dès qu'il est enregistré.

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
secure-clock-wrong = L'horloge de votre ordinateur est déréglée : { $times }.
secure-clock-consequence = Toutes les connexions sécurisées échouent à cause d'elle.
secure-clock-consequence-service = Toutes les connexions sécurisées échouent à cause d'elle, y compris celles de { $service }.
secure-issued = { $whose ->
        [service] le certificat de { $service } est émis par « { $issuer } », et non par une autorité de confiance (ceux des autres sites sont approuvés).
        [all-and-service] le certificat de chaque site, y compris celui de { $service }, est émis par « { $issuer } », et non par une autorité de confiance.
        [all-here] le certificat de chaque site est émis par « { $issuer } », et non par une autorité de confiance (ceux des autres sites sont approuvés).
       *[all] le certificat de chaque site est émis par « { $issuer } », et non par une autorité de confiance.
    }
secure-issued-start = { $whose ->
        [service] Le certificat de { $service } est émis par « { $issuer } », et non par une autorité de confiance (ceux des autres sites sont approuvés).
        [all-and-service] Le certificat de chaque site, y compris celui de { $service }, est émis par « { $issuer } », et non par une autorité de confiance.
        [all-here] Le certificat de chaque site est émis par « { $issuer } », et non par une autorité de confiance (ceux des autres sites sont approuvés).
       *[all] Le certificat de chaque site est émis par « { $issuer } », et non par une autorité de confiance.
    }
secure-refused-service = Les applis de { $service } refusent ce type de connexion.
secure-refused = Les applis refusent ce type de connexion.
secure-intercepted = Quelque chose sur ce réseau ou cet ordinateur intercepte les connexions sécurisées : { $issued } { $refused }
secure-dns-unconfirmed = Votre DNS dit que le nom de { $service } n'existe pas ({ $host }), et { $unconfirmed }
secure-dns-unconfirmed-no-host = Votre DNS dit que le nom de { $service } n'existe pas, et { $unconfirmed }
secure-unconfirmed = aucun DNS neutre n'a pu être interrogé ; ce réseau le filtre peut-être.
secure-unconfirmed-off = aucun DNS neutre n'est configuré pour le confirmer (reference_dns) ; ce réseau le filtre peut-être.
secure-thin-clock = Aucun autre site n'a donné l'heure : Downbeat ne peut donc pas vérifier l'horloge de cet ordinateur ; si elle est déréglée, cela expliquerait le problème.
secure-thin-untrusted = Son certificat est émis par « { $issuer } », auquel cet ordinateur ne fait pas confiance ; sans site de confiance pour comparer, Downbeat ne peut pas distinguer une interception de la connexion d'un serveur mal configuré.


## Le verdict : la dernière ligne de `downbeat check`, le titre de la fenêtre, le « summary » de /api/status.
## Chacun fait une phrase ou plus ; le résumé les enchaîne, puis ajoute le conseil lié à la cause.

verdict-offline = Vous êtes hors ligne : { $why }. C'est chez vous, pas chez les services.
verdict-no-network = Cet ordinateur n'est connecté à aucun réseau : { $why }. C'est chez vous, pas chez les services.
verdict-router-down = Votre routeur ({ $router }) ne répond pas : { $why }. C'est chez vous, pas chez les services.
verdict-line-down = Votre routeur ({ $router }) répond, mais rien au-delà : la ligne vers votre fournisseur d'accès est coupée, et { $why }. Les services n'y sont pour rien.
verdict-vpn-down = Tout votre trafic passe par votre VPN ({ $interface }), et rien n'en ressort : { $why }. C'est chez vous, pas chez les services.
verdict-baseline-site-unreachable = le site de référence ({ $site }) est injoignable : { $diagnosis }
verdict-baseline-sites-unreachable-alike = aucun des { $count } sites de référence n'est joignable ; pour chacun : { $diagnosis }
verdict-baseline-sites-unreachable = aucun des { $count } sites de référence n'est joignable ({ $each })
verdict-baseline-site-failed = { $site } : { $diagnosis }
verdict-baseline-separator = {" ; "}

verdict-all-up = { $count ->
        [1] { $service } est en ligne.
        [2] Les deux services sont en ligne.
       *[other] Les { $count } services sont en ligne.
    }

verdict-portal-sign-in = Ce Wi-Fi vous demande de vous identifier.
verdict-portal-sign-in-at = Ce Wi-Fi vous demande de vous identifier sur { $page }.
verdict-portal-until = { $count ->
        [1] D'ici là, { $service } ne peut pas se connecter, sans que ce soit de sa faute.
       *[other] D'ici là, vos services ne peuvent pas se connecter, et ils n'y sont pour rien.
    }

verdict-dns-resolver-down = Votre serveur DNS ne répond pas ; Internet lui-même fonctionne (un DNS public répond{ $via ->
        [failing] {" ; "}{ $service } lui-même échoue aussi ({ $diagnosis })
        [through] , et { $service } répond par son intermédiaire
       *[none] {""}
    }).
verdict-dns-filtered = Votre réseau bloque { $service } : { $how }, alors qu'un DNS public le résout{ $via ->
        [failing] {" ; "}{ $service } lui-même échoue aussi ({ $diagnosis })
        [through] , et { $service } répond par son intermédiaire
       *[none] {""}
    }.
verdict-dns-sinkhole = son DNS répond { $address } (un blocage) pour { $host }
verdict-dns-unresolved = son DNS ne résout pas { $host }
verdict-dns-unresolved-it = son DNS ne le résout pas

verdict-port-blocked = { $service } fonctionne grâce à une solution de repli.
verdict-downbeat-outdated = Le point d'accès de { $service } demande un client plus récent : c'est le « hello » de Downbeat qui n'est plus à jour. { $service } lui-même a répondu : ce n'est donc pas une panne.

verdict-slow-everywhere = Votre connexion est lente pour tout, pas seulement pour { $service }.
verdict-slow-everywhere-measured = Votre connexion est lente pour tout ({ $speed }), pas seulement pour { $service }.
verdict-slow-everywhere-compared = Votre connexion est lente pour tout ({ $speed }), pas seulement pour { $service } : le streaming de { $service } atteint { $own }, un téléchargement neutre { $base }.
verdict-slowness-first-byte = un site neutre a mis { $ms } ms à répondre

verdict-service-state = { $service } est { $status ->
        [down] en panne
        [degraded] en difficulté
       *[other] en ligne
    }.
verdict-service-failing = { $service } est { $status ->
        [down] en panne
        [degraded] en difficulté
       *[other] en ligne
    } : { $diagnosis } ({ $check }).
verdict-also-theirs = En outre : { $failures } { $count ->
        [1] Cette panne vient de chez eux, pas de chez vous.
       *[other] Ces pannes viennent de chez eux, pas de chez vous.
    }

## La note du verdict sur votre propre connexion, quand rien de votre côté ne l'explique

verdict-no-baseline = Votre propre connexion n'a pas été testée (aucun site de référence configuré).
verdict-baseline-blocked = { $count ->
        [1] Les sites de référence sont injoignables, mais { $service } répond : votre réseau les bloque peut-être.
       *[other] Les sites de référence sont injoignables, mais les services répondent : votre réseau les bloque peut-être.
    }
verdict-portal-lets-through = Ce réseau a une page de connexion (portail captif), mais elle laisse passer ceci.
verdict-portal-lets-through-at = Ce réseau a une page de connexion (portail captif sur { $page }), mais elle laisse passer ceci.
verdict-clock-secure-sites-fail = Les sites sécurisés échouent à cause d'elle.
verdict-connection-slow = Votre connexion est lente ({ $speed }), mais assez rapide pour ceci.
verdict-connection-ipv6-broken = L'IPv6 ne fonctionne pas sur ce réseau : les applis qui l'essaient d'abord restent bloquées avant de se rabattre sur l'IPv4, qui fonctionne.
verdict-connection-ipv4-broken = { $via ->
        [vpn] Votre VPN ({ $interface }) ne laisse pas passer l'IPv4, alors que l'IPv6 fonctionne : les sites sans adresse IPv6 sont injoignables.
       *[other] L'IPv4 ne fonctionne pas sur ce réseau, alors que l'IPv6 fonctionne : les sites sans adresse IPv6 sont injoignables.
    }
# Un service joignable seulement par la famille qui ne fonctionne pas ici. $service : son nom.
verdict-ipv6-broken-service = L'IPv6 ne fonctionne pas sur ce réseau, et { $service } n'a qu'une adresse IPv6 : il est donc injoignable. C'est chez vous, pas chez { $service }.
verdict-ipv4-broken-service = { $via ->
        [vpn] Votre VPN ({ $interface }) ne laisse pas passer l'IPv4, et { $service } n'a pas d'adresse IPv6 : il est donc injoignable. C'est chez vous, pas chez { $service }.
       *[other] L'IPv4 ne fonctionne pas sur ce réseau, et { $service } n'a pas d'adresse IPv6 : il est donc injoignable. C'est chez vous, pas chez { $service }.
    }
verdict-connection-fine = Votre connexion fonctionne.

## Le verdict avec ce qu'ont dit des sondes ailleurs dans le monde (la vue de l'extérieur)

verdict-outside-everywhere = { $service } est en panne pour tout le monde : il échoue depuis { $failing } { $failing ->
        [one] lieu
       *[other] lieux
    } sur { $probes } interrogés, dans { $countries } pays.
verdict-outside-region = { $service } est en panne dans votre pays ({ $country }) : { $failing } { $failing ->
        [one] lieu sur { $probes } y échoue
       *[other] lieux sur { $probes } y échouent
    } ; il fonctionne depuis { $elsewhere } { $elsewhere ->
        [one] lieu
       *[other] lieux
    } ailleurs.
verdict-outside-partial = { $service } échoue depuis { $failing } { $failing ->
        [one] lieu
       *[other] lieux
    } sur { $probes } interrogés et fonctionne depuis les autres : il n'est pas en panne partout.
verdict-outside-only-here = { $service } fonctionne depuis { $working } { $working ->
        [one] lieu
       *[other] lieux
    } sur { $probes }, mais pas depuis votre réseau.
verdict-outside-only-here-in-country = { $service } fonctionne depuis { $working } { $working ->
        [one] lieu
       *[other] lieux
    } sur { $probes }, dont { $in_country } dans votre pays ({ $country }), mais pas depuis votre réseau.
verdict-provider-advice = Redémarrer votre routeur n'y changera rien ; un téléphone en données mobiles, si. Prévenez { $provider }.

## L'historique : le rapport de `downbeat history` et les vues 24 h / 7 j / 30 j de la fenêtre

history-no-data = aucune donnée
history-uptime = { $pct } %
history-uptime-under-100 = moins de 100 %

history-bar-title = { $when } : { $counts }
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
history-incident-why = { $check } : { $diagnosis }
history-side = { $blame ->
        [you] chez vous
       *[other] chez eux
    }
history-incident-line = { $what } pendant { $lasted } ({ $why } ; { $blame ->
        [you] chez vous
       *[other] chez eux
    })

history-lasted = { $watched }
history-lasted-ongoing = { $watched }, en cours
history-lasted-unwatched = { $watched } de suivi ; Downbeat n'a pas suivi { $unwatched } de cette période
history-lasted-unwatched-ongoing = { $watched } de suivi, en cours ; Downbeat n'a pas suivi { $unwatched } de cette période

history-your-services = vos services
history-offline = { $tense ->
        [ongoing] Vous êtes hors ligne
       *[past] Vous avez été hors ligne
    }
history-no-network = { $tense ->
        [ongoing] Pas de réseau
       *[past] Pas de réseau
    }
history-router-down = { $tense ->
        [ongoing] Votre routeur ne répond pas
       *[past] Votre routeur n'a pas répondu
    }
history-line-down = { $tense ->
        [ongoing] Votre ligne internet est coupée
       *[past] Votre ligne internet a été coupée
    }
history-vpn-down = { $tense ->
        [ongoing] Rien ne passe par votre VPN
       *[past] Rien n'est passé par votre VPN
    }
history-ipv6-broken = { $tense ->
        [ongoing] L'IPv6 ne fonctionne pas
       *[past] L'IPv6 n'a pas fonctionné
    }
history-ipv4-broken = { $tense ->
        [ongoing] L'IPv4 ne fonctionne pas
       *[past] L'IPv4 n'a pas fonctionné
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

history-your-side = { $parts } ; { $count ->
        [one] ce temps n'est imputé à aucun service
       *[other] rien de tout cela n'est imputé aux services
    }.
history-your-side-offline = Vous avez été hors ligne pendant { $lasted }
history-your-side-stopped-first = Un problème chez vous a bloqué { $services } pendant { $lasted }
history-your-side-stopped = un problème chez vous a bloqué { $services } pendant { $lasted }

## Les réponses HTTP de `downbeat serve` destinées aux personnes (les mots de /api/status sont ceux du verdict)

serve-only-get = uniquement GET et HEAD
serve-no-round-yet = aucun cycle n'a encore été exécuté
serve-index = Downbeat : /metrics (Prometheus), /api/status (le dernier cycle, comme `downbeat check --json`), /healthz
serve-not-found = introuvable : essayez /metrics, /api/status ou /healthz

## La ligne de commande (`downbeat …`) : ses lignes sur stderr, après « downbeat: »

cli-error-cause = { $error } : { $cause }
cli-warning = avertissement : { $warning }
cli-note = remarque : { $note }
cli-config-error = erreur de configuration
cli-setup-error = erreur d'initialisation
cli-no-runtime = impossible de démarrer l'environnement d'exécution asynchrone
cli-cannot-write-json = impossible d'écrire le JSON
cli-outside-no-target = aucun service n'a de test joignable depuis l'extérieur (une adresse publique https:// ou http://)

cli-cannot-listen = impossible d'écouter sur { $address }
cli-serving = à l'écoute : http://{ $address }/metrics (Prometheus), /api/status et /healthz
cli-listening-beyond = à l'écoute au-delà de cette machine ({ $address }) : quiconque peut la joindre peut lire les résultats
cli-listen-invalid = indiquez une adresse IP et un port, comme 127.0.0.1:9767, [::1]:9767 ou 0.0.0.0:9767 (toutes les interfaces) ; comme nom d'hôte, seul localhost est compris
cli-watching = surveillance de { $services } { $services ->
        [one] service
       *[other] services
    } et de { $baseline } { $baseline ->
        [one] test de référence
       *[other] tests de référence
    }, à intervalle de { $interval } ({ $source }) ; Ctrl-C pour arrêter

## La sortie de `downbeat check`

cli-check-title = Vérification Downbeat, { $at } ({ $source })
cli-check-baseline = Votre connexion (sites de référence)
cli-check-path = Le chemin réseau de cet ordinateur
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

cli-history-title = Historique depuis { $since } (il y a { $span })
cli-history-nothing-recorded = Rien n'est encore enregistré : `downbeat watch` ou l'application de bureau enregistrent l'historique.
cli-history-incidents = Incidents
cli-history-no-incidents = aucun
cli-column-service = SERVICE
cli-column-uptime = DISPONIBILITÉ
cli-column-down = PANNE
cli-column-ttfb-p50 = TTFB p50
cli-column-p95 = p95
cli-column-total-p95 = TOTAL p95
cli-latency-ms = { $ms } ms
cli-unverified = { $service } n'est pas vérifié (insecure = true) : { $checks }
cli-history-no-service = aucun service nommé « { $name } » ; services connus : { $count ->
        [0] aucun pour l'instant
       *[other] { $known }
    }
cli-history-no-service-near = aucun service nommé « { $name } » (vouliez-vous dire « { $nearest } » ? les noms sont sensibles à la casse) ; services connus : { $count ->
        [0] aucun pour l'instant
       *[other] { $known }
    }
cli-no-data-folder = aucun dossier de données sur ce système (définissez DOWNBEAT_DATA_DIR)
cli-history-unreadable = la lecture de l'historique a échoué
cli-csv-your-connection = (votre connexion)
cli-export-nothing-recorded = rien n'est encore enregistré : `downbeat watch` ou l'application de bureau enregistrent l'historique
cli-export-exists = { $path } existe déjà : ajoutez --force pour le remplacer
cli-export-cannot-create = impossible de créer { $path } : { $error }
cli-export-cannot-write = impossible d'écrire { $path }
cli-export-wrote = { $count ->
        [one] { $count } résultat écrit
       *[other] { $count } résultats écrits
    }

cli-since-help = indiquez une durée comme 24h, 7d ou 1w, une date comme 2026-11-24, ou bien today ou yesterday
cli-since-invalid-date = date invalide « { $value } » : { cli-since-help }
cli-since-invalid-time = heure invalide « { $value } » : { cli-since-help }
cli-since-zero = --since { $value } ne représente aucune durée : { cli-since-help }
cli-since-invalid = --since « { $value } » invalide : { cli-since-help }
cli-since-future = --since { $at } est dans le futur
cli-since-no-such-day = ce jour n'existe pas
cli-since-no-such-date = cette date n'existe pas

## `downbeat presets` et `downbeat config-path`

cli-preset-unknown = préréglage inconnu « { $name } ». Préréglages connus : { $known }
cli-preset-unknown-near = préréglage inconnu « { $name } » : vouliez-vous dire « { $nearest } » ? Préréglages connus : { $known }
cli-config-path-none = (aucun : le préréglage Spotify intégré est utilisé ; créez { $path } pour le modifier)
cli-config-path-none-anywhere = (aucun : le préréglage Spotify intégré est utilisé ; créez un fichier de configuration pour le modifier)
cli-config-path-loads = chargé : { $services } { $services ->
        [one] service
       *[other] services
    }, { $baseline } { $baseline ->
        [one] test de référence
       *[other] tests de référence
    }


## Sondes : les éléments de leurs phrases

probe-list-semicolon = { $first } ; { $rest }
probe-bytes = { $n } o
probe-bytes-kib = { $n } Kio
probe-bytes-mib = { $n } Mio
probe-rate-kbit = { $n } kbit/s
probe-rate-mbit = { $n } Mbit/s

## Sondes : le détail d'un test, en entier (la ligne sous un test dans la fenêtre, `downbeat check`,
## l'historique). Chacun dit ce qui s'est passé, pour quelqu'un qui n'est pas ingénieur.

probe-unverified-insecure = { $detail } Non vérifié : la vérification des certificats est désactivée pour ce test (insecure = true).
probe-unverified-insecure-objection = { $detail } Non vérifié : la vérification des certificats est désactivée pour ce test (insecure = true), et elle aurait échoué : { $objection }.
probe-unverified-test-key = { $detail } Non vérifié : la réponse a été vérifiée avec une clé de test (server_key), et non avec celle de Spotify.
probe-dns-via-reference = { $detail } Un DNS public ({ $server }) le résout, et via cette adresse : { $found }
probe-dns-via-reference-address = { $detail } Un DNS public ({ $server }) le résout en { $address }, et via cette adresse : { $found }
probe-dns-public = DNS public

## Sondes : le test a fonctionné (ou lentement)

probe-ok = { $host } a répondu en { $took }.
probe-slow = { $host } fonctionne, mais lentement : { $took } jusqu'au premier octet (lent au-delà de { $limit }).
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

probe-captive-none = { $host } a répondu comme prévu (HTTP { $status }) : pas de portail captif. { $detail }
probe-captive-redirect-to = La requête vers { $host } a reçu une redirection vers { $location } : ce réseau vous demande de vous identifier (portail captif).
probe-captive-redirect = La requête vers { $host } a reçu une redirection (HTTP { $status }) : ce réseau vous demande de vous identifier (portail captif).
probe-captive-status = { $host } a répondu HTTP { $status } alors qu'il répond toujours { $expected } : ce réseau vous demande de vous identifier (portail captif).
probe-captive-page = { $host } a répondu par une page qui n'est pas la sienne (attendu : « { $expected } ») : ce réseau vous demande de vous identifier (portail captif).

## Sondes : les noms (DNS)

probe-dns-sinkhole = Votre DNS a répondu { $answer } pour { $host } : une réponse de blocage (un filtre DNS), à laquelle Downbeat ne se connecte jamais.
probe-dns-nothing = rien
probe-dns-not-found = Le nom { $host } est introuvable : { $why }.
probe-dns-timeout = La résolution de { $host } est restée sans réponse pendant { $took } ({ $why }).
probe-dns-failed = La résolution de { $host } a échoué : { $why }.
probe-dns-nxdomain-agreed = Le nom { $host } n'existe pas : votre DNS et un DNS public ({ $server }) sont d'accord.
probe-dns-nxdomain-by-reference = { $detail } Un DNS public ({ $server }) dit que le nom n'existe pas.
probe-dns-reference-failed = { $detail } Aucun DNS public n'a pu être interrogé non plus ({ $why }).
probe-dns-reference-server-failed = { $server } : { $why }
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
probe-dns-task-failed = la tâche de résolution DNS a échoué : { $error }
probe-dns-no-addresses = il n'a aucune adresse
probe-dns-no-such-name = le DNS dit que ce nom n'existe pas
probe-dns-unreachable = le serveur DNS est injoignable ou n'a pas répondu
probe-dns-no-address-records = le nom existe, mais n'a aucun enregistrement d'adresse
probe-dns-server-failed = serveur DNS { $server } : { $why }
probe-dns-server-tcp-failed = serveur DNS { $server } en TCP : { $why }
probe-dns-no-answer = pas de réponse
probe-dns-malformed = réponse mal formée ({ $what })
probe-dns-not-our-answer = réponse à une autre question
probe-dns-truncated-over-tcp = réponse tronquée, même en TCP
probe-dns-malformed-short = plus courte qu'un en-tête
probe-dns-malformed-undecodable = indécodable
probe-dns-malformed-no-question = la réponse ne cite aucune question
probe-dns-server-nxdomain = { $server } a répondu que ce nom n'existe pas (NXDOMAIN)
probe-dns-rcode = { $rcode ->
    [servfail] SERVFAIL : le serveur DNS n'a pas réussi à obtenir de réponse
    [refused] REFUSED : le serveur DNS a refusé de répondre
   *[other] le serveur DNS a répondu par une erreur
} ({ $server }, code { $code })
probe-dns-bad-name = « { $host } » n'est pas un nom que le DNS peut résoudre
probe-dns-encode-failed = la requête pour { $host } n'a pas pu être encodée : { $error }

## Sondes : la connexion (TCP)

probe-url-no-host = { $url } n'a pas d'hôte
probe-connect-no-address = { $host } n'a aucune adresse à laquelle se connecter.
probe-connect-timeout-within = { $host } ({ $addr }) n'a pas accepté de connexion en { $took }.
probe-connect-refused = { $host } ({ $addr }) a refusé la connexion : rien n'écoute sur le port { $port }.
probe-connect-timeout = { $host } ({ $addr }) n'a pas accepté de connexion.
probe-connect-reset = { $host } ({ $addr }) a réinitialisé la connexion dès son ouverture.
probe-connect-no-route = Aucune route vers { $host } ({ $addr }) : { $error }.

## Sondes : la connexion sécurisée (TLS) et son certificat

probe-tls-bad-name = { $host } n'est pas un nom avec lequel un certificat peut être vérifié.
probe-tls-timeout = { $host } a accepté la connexion, mais n'a pas terminé la négociation sécurisée (TLS) en { $took }.
probe-tls-setup-failed = échec de la configuration TLS : { $error }
probe-tls-expired-on = Le certificat de sécurité de { $host } a expiré le { $date } : les navigateurs et les applis refusent donc de s'y connecter.
probe-tls-expired = Le certificat de sécurité de { $host } a expiré : les navigateurs et les applis refusent donc de s'y connecter.
probe-tls-not-yet-valid-until = Le certificat de sécurité de { $host } n'est valide qu'à partir du { $date } (ou l'horloge de cet ordinateur est déréglée).
probe-tls-not-yet-valid = Le certificat de sécurité de { $host } n'est pas encore valide (ou l'horloge de cet ordinateur est déréglée).
probe-tls-wrong-name = Le serveur qui répond pour { $host } a présenté un certificat émis pour un autre nom.
probe-tls-untrusted-issuer = Le certificat de sécurité de { $host } est émis par « { $issuer } », auquel cet ordinateur ne fait pas confiance ; quelque chose intercepte peut-être la connexion.
probe-tls-untrusted = Le certificat de sécurité de { $host } ne provient pas d'une autorité de confiance ({ $reason ->
    [unknown-issuer] son émetteur est inconnu
    [bad-signature] sa signature n'est pas valide
    [revoked] il a été révoqué
    [bad-encoding] il est mal formé
   *[critical-extension] il contient une extension critique qu'aucun client ne comprend
}) ; quelque chose intercepte peut-être la connexion.
probe-tls-chain-too-long = { $host } a envoyé une chaîne de certificats trop longue pour être vérifiée (plus de certificats intermédiaires qu'aucun client n'en accepte).
probe-tls-ca-as-leaf = { $host } présente comme le sien le certificat d'une autorité de certification (souvent un certificat auto-signé), ce que les clients refusent.
probe-tls-rejected = Le certificat de sécurité de { $host } a été rejeté ({ $error }).
probe-tls-alert = { $host } a refusé la connexion sécurisée (alerte TLS : { $alert }).
probe-tls-invalid-handshake = { $host } a répondu, mais pas par une négociation sécurisée (TLS) valide.
probe-tls-failed = La connexion sécurisée à { $host } a échoué : { $error }.
probe-tls-cut = { $host } a coupé la connexion pendant la négociation sécurisée.
probe-tls-closed = { $host } a fermé la connexion pendant la négociation sécurisée.
probe-tls-ca-no-pem = il ne contient aucun certificat PEM
probe-tls-ca-unusable = un de ses certificats n'est pas utilisable comme racine : { $error }
probe-tls-ca-not-pem = ce n'est pas du PEM valide : { $error }

## Sondes : la requête web (HTTP)

probe-http-build-failed = impossible de construire la requête : { $error }
probe-http-stalled-before-request = { $host } a accepté la connexion, puis est resté bloqué { $took } avant que la requête puisse être envoyée.
probe-http-stalled-without-answer = { $host } a accepté la connexion, puis est resté bloqué { $took } sans répondre à la requête.
probe-body-stopped = { $host } a cessé d'envoyer après { $bytes } ({ $took } après le début du téléchargement).
probe-http-closed-early = { $host } a fermé la connexion avant la fin de la réponse.
probe-http-cut = { $host } a coupé la connexion au milieu de la requête.
probe-http-goaway = { $host } a fermé la connexion HTTP/2 sans répondre (GOAWAY : { $error }).
probe-http-invalid = { $host } a répondu par quelque chose qui n'est pas du HTTP valide ({ $error }).
probe-http-failed = L'échange HTTP avec { $host } a échoué : { $error }.
probe-http-rate-limited = { $host } refuse des requêtes (HTTP 429 : trop de requêtes).
probe-http-rate-limited-wait = { $host } refuse des requêtes (HTTP 429 : trop de requêtes) et demande aux clients d'attendre { $wait }.
probe-http-unavailable-wait = { $host } se dit temporairement indisponible (HTTP 503) et demande aux clients d'attendre { $wait }.
probe-http-server-error = { $host } répond par une erreur du serveur (HTTP { $status }).
probe-http-unexpected-status = { $host } a répondu HTTP { $status }, attendu : { $expected }.
probe-http-body-missing = { $host } a répondu, mais la page ne contient pas « { $text } ».
probe-redirect-loop = { $host } a redirigé { $count } fois sans donner de réponse (le maximum qu'un test suit) ; dernière redirection vers { $url }.
probe-redirect-insecure = { $host } a redirigé vers { $url }, qui n'est pas une adresse sécurisée (https) ; Downbeat ne la suit pas.

## Sondes : les requêtes de Downbeat lui-même (l'API de la vue de l'extérieur, la page d'état d'un
## éditeur). Pourquoi l'une a échoué, après « pas de réponse de Globalping : » et autres.

probe-fetch-encoding = la réponse est arrivée dans un encodage qui n'avait pas été demandé ({ $encoding })
probe-fetch-too-large-mib = la réponse dépassait { $mib } Mio
probe-fetch-too-large-kib = la réponse dépassait { $kib } Kio
probe-fetch-gunzip = la réponse compressée (gzip) n'a pas pu être lue : { $error }

## Sondes : les points d'accès de Spotify. Un point d'accès est le serveur auquel les applis Spotify
## se connectent d'abord ; le « hello » est le premier message du protocole propre à Spotify, et
## son « challenge » la réponse que signe un vrai point d'accès. apresolve liste les points d'accès.

probe-ap-no-time = Aucun point d'accès n'a pu être essayé avant la fin du temps imparti au test.
probe-ap-port-blocked = Votre réseau bloque le port { $port } ({ $blocked }) ; les applis se rabattent sur { $fallback }, un peu plus lentement. { $detail }
probe-ap-another = un autre point d'accès
probe-ap-attempt = { $address } : { $headline }
probe-ap-before-it = { $detail } (Avant lui : { $attempts }.)
probe-ap-tried-all = { $detail } ({ $count } { $count ->
    [one] point d'accès essayé
   *[other] points d'accès essayés
} : { $attempts }.)
probe-ap-apresolve-failed = { $detail } apresolve n'a pas pu être utilisé ({ $why }) : la liste de secours a donc été essayée.
probe-ap-apresolve-empty = il n'a listé aucun point d'accès
probe-ap-apresolve-status = { $host } a répondu HTTP { $status }
probe-ap-apresolve-too-large = la réponse de { $host } dépasse 64 Kio
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
probe-ap-http = { $address } a répondu au hello en HTTP, et non comme un point d'accès : un serveur web, un proxy ou un portail est à sa place.
probe-ap-bad-length = { $address } a répondu au hello par quelque chose qui n'est pas une réponse de point d'accès (longueur annoncée : { $bytes } { $bytes ->
    [one] octet
   *[other] octets
} ; une réponse fait de 5 octets à 64 Kio).
probe-ap-unparsable = { $address } a répondu au hello par quelque chose qui n'est pas une réponse de point d'accès (illisible).
probe-ap-try-another = { $address } a demandé au client d'essayer un autre point d'accès.
probe-ap-refused = { $address } a refusé le hello ({ $code }).
probe-ap-refused-why = { $address } a refusé le hello ({ $code } : { $why }).
probe-ap-upgrade = { $address } a répondu que le client est trop ancien : le hello de Downbeat (build client { $build }) n'est plus à jour. Spotify lui-même a répondu : ce n'est donc pas une panne ; mettez à jour Downbeat.
probe-ap-no-challenge = { $address } a répondu au hello sans challenge, sans demande de mise à jour et sans refus.
probe-ap-signature-invalid = { $address } a répondu au hello, mais son échange de clés n'est pas signé avec { $key ->
    [test] la server_key configurée
   *[spotify] la clé de Spotify
} : ce n'est pas un point d'accès Spotify qui a répondu (un proxy ou un filtre sur ce réseau, ou un imposteur).
probe-ap-slow = { $address } a répondu au hello par un challenge signé, mais lentement ({ $took } au total).
probe-ap-ok = { $address } a répondu au hello par un challenge signé avec { $key ->
    [test] la clé de test configurée
   *[spotify] la clé de Spotify
} en { $hello } ({ $took } au total).
probe-ap-random-failed = le générateur de nombres aléatoires du système a échoué
probe-ap-group-malformed = le groupe Diffie-Hellman du hello est mal formé
probe-ap-encode-failed = le hello n'a pas pu être encodé ({ $error })
probe-ap-too-large = le hello est trop volumineux
probe-ap-addr-not-host-port = « { $text } » n'est pas au format host:port
probe-ap-addr-bad-port = « { $text } » n'a pas de port valide
probe-ap-addr-bad-host = « { $text } » n'a pas d'hôte valide
probe-ap-key-no-pem = il ne contient aucun bloc PEM
probe-ap-key-unparsable = sa clé publique est illisible ({ $error })
probe-ap-key-not-rsa = ce n'est pas une clé publique RSA
probe-ap-key-rsa-unparsable = sa clé RSA est illisible ({ $error })
probe-ap-key-wrong-block = il contient un bloc « { $label } », et non PUBLIC KEY ou RSA PUBLIC KEY
probe-ap-key-too-small = son module fait { $bits } bits ; les points d'accès signent avec 2048

## Un cycle de tests

run-check-lost = Le test s'est arrêté de façon inattendue.

## La vue de l'extérieur : demander à des sondes ailleurs (Globalping) si un service y échoue aussi,
## et le fournisseur d'accès de ce réseau (RIPEstat). Pourquoi le reste du monde n'a pas pu
## répondre, après « la vue de l'extérieur : » et dans `downbeat check --outside`.

outside-q-no-probe = aucune sonde ailleurs n'a pu répondre
outside-q-too-few = seulement { $count } { $count ->
    [one] sonde ailleurs a pu
   *[other] sondes ailleurs ont pu
} répondre, trop peu pour conclure
outside-q-off = désactivée (outside_view = "")
outside-q-from-settings = les paramètres
outside-q-from-time-zone = le fuseau horaire { $zone }
outside-q-rate-limited = le quota de Globalping est épuisé
outside-q-rate-limited-until = le quota de Globalping est épuisé jusqu'à { $until }
outside-q-unreachable = pas de réponse de Globalping : { $why }
outside-q-garbage = la réponse de Globalping est incohérente : { $why }
outside-q-refused = Globalping a refusé la requête : { $why }
outside-q-unfinished = les sondes n'ont pas terminé à temps
outside-q-bad-id = un identifiant de mesure comme { $id }
outside-q-bad-url = { $url } : { $error }
outside-q-refusal = HTTP { $status }
outside-q-refusal-said = HTTP { $status } : { $said }
outside-q-refusal-said-params = HTTP { $status } : { $said } ({ $params })
outside-q-refusal-params = HTTP { $status } : { $params }
outside-q-param = { $name } : { $why }
outside-q-ripestat-unreachable = pas de réponse de RIPEstat : { $why }
outside-q-ripestat-status = RIPEstat a répondu HTTP { $status }
outside-q-ripestat-garbage = la réponse de RIPEstat est incohérente : { $why }
outside-q-ripestat-said = RIPEstat a répondu { $status }
outside-q-ripestat-no-network = RIPEstat ne connaît aucun réseau qui annonce { $ip }
outside-q-page-bad-address = l'adresse de la page ne peut pas recevoir le chemin de l'API
outside-q-page-status = elle a répondu HTTP { $status }
outside-q-page-not-summary = sa réponse n'est pas un résumé Statuspage : { $error }


## Erreurs : ce qui peut faire échouer le moteur, une ligne chacune

error-config = { $path }:{ $line }:{ $column } : { $problem }
error-config-read = impossible de lire le fichier de configuration { $path } : { $reason }
error-ca-file = fichier CA { $path } : { $reason }
error-no-roots = aucun certificat racine de confiance n'a été trouvé : installez le paquet ca-certificates ou définissez ca_file
error-tls = échec de la configuration TLS : { $reason }

## Erreurs de configuration : où est l'erreur

config-source-builtin = (configuration intégrée)
config-source-preset = (préréglage intégré { $name })
config-source-label-builtin = réglages par défaut intégrés (préréglage Spotify)

## Erreurs de configuration : nommer la clé

config-key-problem = { $key } : { $problem }

## Erreurs de configuration : la syntaxe du fichier et ses clés

config-unknown-key = clé inconnue `{ $key }` (valides ici : { $keys })
config-unknown-key-suggest = clé inconnue `{ $key }` : vouliez-vous dire `{ $suggestion }` ? (valides ici : { $keys })
config-table-brackets = {"["}{ $name }] doit s'écrire [[{ $name }]], avec des doubles crochets : chaque [[{ $name }]] ajoute un élément à une liste
config-table-twice = la table [{ $name }] apparaît deux fois
config-duplicate-key = clé en double `{ $key }` : elle est déjà définie dans cette table

## Erreurs de configuration : une valeur du mauvais type

config-invalid-type = attendu : { $want }, et non { $found }{ $hint ->
    [number] {" "}(écrivez les nombres sans guillemets)
    [bool] {" "}(écrivez true ou false sans guillemets)
    [quotes] {" "}(mettez-le entre guillemets)
   *[none] {""}
}
config-want-number = un nombre entier
config-want-bool = true ou false
config-want-text = du texte entre guillemets
config-want-list = une liste, comme ["a", "b"]
config-want-table = une table
config-want-duration = une durée entre guillemets, comme "30s"
config-found-text = le texte { $value }
config-found-number = le nombre { $value }
config-found-table = une table
config-found-list = une liste
config-unknown-variant = « { $value } » ne fait pas partie des valeurs possibles : { $choices }{ $hint ->
    [web] {" "}(un test web en HTTP ou HTTPS est de type handshake, le type par défaut)
   *[none] {""}
}

## Erreurs de configuration : les valeurs qui se vérifient elles-mêmes

config-duration-invalid = durée invalide « { $value } » : écrivez-la comme "30s", "2m", "1h", "7d" ou "500ms"
config-duration-no-unit = une durée a besoin d'une unité, entre guillemets : écrivez "{ $n }s" pour { $n } { $n ->
    [one] seconde
   *[other] secondes
}
config-duration-not-whole = une durée a besoin d'un nombre entier et d'une unité, entre guillemets, comme "30s" ou "500ms", et non { $value }
config-duration-range = doit être entre { $min } et { $max }
config-duration-range-key = { $key } doit être entre { $min } et { $max }
config-out-of-range = { $value } est hors limites : la valeur doit être entre { $min } et { $max }
config-url-no-scheme = URL invalide « { $value } » : il manque un schéma, comme "https://{ $host }"
config-url-add-scheme = URL invalide « { $value } » : ajoutez https:// au début, comme "https://{ $host }"
config-url-invalid = URL invalide « { $value } » : { $reason }
config-url-reason-empty-host = hôte vide
config-url-reason-idna = nom de domaine international invalide
config-url-reason-port = numéro de port invalide
config-url-reason-ipv4 = adresse IPv4 invalide
config-url-reason-ipv6 = adresse IPv6 invalide
config-url-reason-domain-character = caractère invalide dans le domaine
config-url-scheme = URL invalide « { $value } » : le schéma doit être https (ou http), et non « { $scheme } »
config-url-no-host = URL invalide « { $value } » : elle n'a pas d'hôte
config-doh-https = reference_dns « { $value } » : le DNS over HTTPS nécessite une URL https, comme "https://1.1.1.1/dns-query"
config-doh-by-ip = reference_dns « { $value } » : indiquez le serveur par son adresse IP, comme "https://1.1.1.1/dns-query" (un nom dépendrait du DNS même qu'il sert à vérifier)
config-host-invalid = hôte invalide « { $value } » : indiquez un nom comme "ap.spotify.com" ou une adresse IP, sans schéma ni port
config-dns-server-invalid = serveur DNS invalide « { $value } » : écrivez-le sous la forme "ip:port", comme "1.1.1.1:53" ou "[2606:4700::1111]:53"
config-ip-invalid = adresse IP invalide « { $value } »
config-status-out-of-range = le statut HTTP { $code } est hors limites : il doit être entre 100 et 599
config-status-invalid = statut invalide « { $value } » : écrivez 200, "200-399" ou une liste de ces valeurs
config-expect-status-invalid = expect_status invalide : écrivez 200, "200-399" ou une liste de ces valeurs
config-expect-status-empty = expect_status doit contenir au moins un statut
config-country-uk = pays invalide « { $value } » : le code ISO 3166 du Royaume-Uni est "GB"
config-country-invalid = pays invalide « { $value } » : écrivez un code ISO 3166 à deux lettres, comme "GB" ou "US"
config-language-unknown = langue inconnue « { $value } » : les langues sont { $languages }, ou "auto" pour celle du système

## Erreurs de configuration : ce que demande le fichier dans son ensemble

config-baseline-duplicate = un test de référence nommé « { $name } » est déjà défini
config-service-duplicate = un service nommé « { $name } » est déjà défini
config-nothing-to-check = rien à tester : la configuration n'a ni service ni site de référence
config-preset-unknown = préréglage inconnu « { $name } » : les préréglages sont { $presets }
config-service-needs-name = chaque [[service]] a besoin d'un nom (1 à 64 caractères) ou d'un préréglage
config-captive-in-service = test « { $check } » : un test captive vérifie votre propre réseau, il va donc dans les sites de référence ([[baseline]]), pas dans un service
config-service-check-duplicate = le service « { $service } » a déjà un test nommé « { $check } »
config-service-no-checks = le service « { $service } » n'a aucun test : ajoutez des entrées [[service.check]] ou un préréglage
config-group-name-length = un nom de groupe doit faire de 1 à 64 caractères
config-group-unknown-check = groupe « { $group } » : le service « { $service } » n'a aucun test nommé « { $check } »
config-group-check-taken = groupe « { $group } » : le test « { $check } » est déjà dans le groupe « { $other } »
config-check-name-length = un nom de test doit faire de 1 à 64 caractères
config-field-only-for = test « { $check } » : `{ $field }` ne s'applique qu'aux tests { $kinds }
config-port-only-for-tcp = test « { $check } » : `port` ne s'applique qu'aux tests tcp (mettez le port dans l'URL)
config-tcp-needs-host-port = test « { $check } » : un test tcp a besoin de `host` et de `port`
config-captive-needs-http = test « { $check } » : un test captive a besoin d'une `url` en HTTP simple (http://…), car un portail ne peut s'immiscer que dans du trafic non chiffré
config-check-needs-url = test « { $check } » : un test { $kind } a besoin d'une `url`
config-insecure-https-only = test « { $check } » : `insecure` ne s'applique qu'aux URL https (il n'y a pas de certificat à ignorer en { $scheme })
config-ap-field = test « { $check } » : `{ $field }` ne s'applique pas à un test spotify_ap ({ $why })
config-ap-why-fallback = indiquez les points d'accès dans `fallback`
config-ap-why-status = apresolve doit répondre 2xx
config-ap-why-body = apresolve doit répondre avec son JSON
config-ap-why-downloads = il ne télécharge rien
config-ap-why-redirects = apresolve n'est pas suivi
config-ap-why-server-key = utilisez `server_key` pour une imitation de test
config-ap-url-https = test « { $check } » : l'`url` d'un test spotify_ap (apresolve) doit être en https
config-ap-default-url = l'URL apresolve par défaut : { $reason }
config-ap-fallback = test « { $check } » : fallback : { $reason }
config-ap-too-many-fallbacks = test « { $check } » : { $max } points d'accès de secours au plus sont essayés
config-server-key-unreadable = server_key : impossible de lire { $path } : { $reason }
config-server-key-unusable = server_key : { $path } n'est pas une clé utilisable : { $reason }

## Configuration : avertissements et remarques au démarrage

config-owner-baseline = sites de référence
config-warn-server-key = { $owner } : le test « { $check } » a une server_key : les points d'accès sont vérifiés avec cette clé de test, et non celle de Spotify, et ses résultats sont marqués non vérifiés
config-warn-insecure = { $owner } : le test « { $check } » a insecure = true : son certificat n'est pas vérifié, et ses résultats sont marqués non vérifiés
config-warn-timeout-one = { $owner } : le test « { $check } » a un délai d'expiration ({ $timeout }) plus long que l'intervalle ({ $interval }) : { $then }
config-warn-timeout-every = chaque test a un délai d'expiration ({ $timeout }) plus long que l'intervalle ({ $interval }) : { $then }
config-warn-timeout-some = { $count } tests ({ $checks }) ont un délai d'expiration ({ $timeout }) plus long que l'intervalle ({ $interval }) : { $then }
config-owner-check = { $owner } « { $check } »
config-then-watch = { $count ->
    [one] tant qu'il est bloqué, le cycle suivant attend
   *[other] tant que l'un d'eux est bloqué, le cycle suivant attend
}
config-then-check = { $count ->
    [one] `watch` et l'application prendraient du retard tant qu'il est bloqué
   *[other] `watch` et l'application prendraient du retard tant que l'un d'eux est bloqué
}
config-note-no-services = { $path } n'a pas de [[service]] : le préréglage Spotify intégré est donc testé (`downbeat presets spotify` l'affiche)
config-note-no-baseline = { $path } n'a pas de [[baseline]] : les sites de référence intégrés sont donc testés (`downbeat presets baseline` les affiche)

## La page des paramètres : ce qu'elle dit d'un champ ou d'un enregistrement qui échoue

config-field-interval = Intervalle des tests
config-field-remind-every = Période de rappel
config-field-url = URL
config-field-name = Nom
config-field-expect-status = Statut attendu
config-field-preset = Service
config-field-country = Pays
config-field-language = Langue
config-form-labelled = { $label } : { $problem }
config-form-broken = { $error }. Corrigez d'abord le fichier à la main ; les paramètres ne sont pas enregistrés par-dessus.
config-form-unreadable = { $path } : { $reason }
config-form-duplicate-service = « { $name } » est déjà dans la liste
config-form-custom-https = l'URL d'un service personnalisé doit commencer par https://
config-form-no-services = choisissez au moins un service à surveiller
config-form-cannot-write = impossible d'écrire { $path } : { $reason }

## Le stockage de l'historique : ses erreurs et l'état de l'écriture

store-error-database = base de données de l'historique { $path } : { $reason }
store-error-folder = dossier de l'historique { $path } : { $reason }
store-error-query = la lecture de l'historique a échoué : { $reason }
store-error-export = l'écriture du CSV a échoué : { $reason }
store-error-too-new = la base de données de l'historique { $path } a été écrite par un Downbeat plus récent (schéma { $found } ; celui-ci connaît jusqu'au schéma { $known })
store-recovered = la base de données de l'historique était endommagée ({ $reason }) ; elle a été conservée sous { $moved_to } et une nouvelle a été créée
store-read-only = la base de données de l'historique est en lecture seule : l'historique est gardé en mémoire jusqu'à ce qu'il puisse être écrit
store-disk-full = le disque est plein : l'historique est gardé en mémoire jusqu'à ce qu'il y ait de la place
store-open-failed = { $error } : l'historique est gardé en mémoire jusqu'à ce qu'il puisse être écrit
store-write-failed = l'écriture de l'historique a échoué : { $reason }
store-maintenance-failed = la maintenance de l'historique a échoué ({ $step }) : { $reason }
store-step-closing-stale = clôture des incidents périmés
store-step-ending-open = clôture des incidents ouverts
store-step-rolling-up = agrégation
store-step-rolling-up-trimming = agrégation et purge
store-no-data-folder = aucun dossier de données sur ce système : l'historique n'est pas enregistré (définissez DOWNBEAT_DATA_DIR)
store-not-recording = { $error } ; Downbeat continue sans enregistrer l'historique


## Le menu de l'icône (l'interface de l'application sur Linux). Des libellés courts : un menu est étroit.

tray-menu-check-now = Vérifier maintenant
tray-menu-pause-minutes = Pause de { $minutes } min
tray-menu-pause-hours = { $hours ->
    [one] Pause d'une heure
   *[other] Pause de { $hours } heures
}
tray-menu-resume = Reprendre
tray-menu-history = Ouvrir l'historique…
tray-menu-settings = Paramètres…
tray-menu-settings-file = Ouvrir le fichier de paramètres
tray-menu-start-at-login = Lancer à l'ouverture de session
tray-menu-quit = Quitter Downbeat

## Le fichier de paramètres que crée l'application quand « Ouvrir le fichier de paramètres » n'en
## trouve aucun. Chaque message est une ligne de commentaire en tête de ce fichier TOML.

tray-settings-file-title = Paramètres de Downbeat. Sans rien ici, c'est le préréglage Spotify intégré qui s'applique.
tray-settings-file-reference = La référence complète est dans docs/configuration.md ; `downbeat presets spotify` affiche le préréglage.

## Pourquoi aucun programme n'a pu ouvrir le fichier de paramètres : affiché entre parenthèses après
## le chemin du fichier, dans la notification « Aucun programme n'a pu ouvrir le fichier de paramètres ».

tray-opener-failed = { $program } a échoué ({ $status })
tray-opener-missing = { $program } n'est pas installé
tray-opener-error = { $program } : { $error }

## Pourquoi l'application ne peut pas démarrer : affiché après « downbeat-desktop: » dans le terminal
## et (sous Windows, lancée sans terminal) dans une boîte de dialogue, avec une majuscule au début.

tray-cannot-start = impossible de démarrer : { $error }
tray-no-display = pas d'affichage (ni DISPLAY ni WAYLAND_DISPLAY n'est défini) ; `downbeat watch` fonctionne sans
tray-config-error = erreur de configuration : { $error }

## Ce que partagent les programmes de bureau (l'icône et la fenêtre d'historique) : le lancement à
## l'ouverture de session. Affiché sur la page des paramètres quand l'activation ou la désactivation échoue.

desktop-autostart-not-found = lancement à l'ouverture de session : où se trouve Downbeat ? { $error }
desktop-autostart-failed = lancement à l'ouverture de session : { $error }
desktop-no-folder = ce programme n'est dans aucun dossier


## Le programme de la fenêtre d'historique (downbeat-window) : ce qu'il dit quand il ne peut pas faire quelque chose

window-app-cannot-open = impossible d'ouvrir la fenêtre d'historique : { $error }
window-app-cannot-open-webview2 =
    impossible d'ouvrir la fenêtre d'historique : { $error }

    La fenêtre de Downbeat a besoin de Microsoft Edge WebView2 Runtime. Windows 10 et 11 l'ont en général ; sinon, installez-le depuis https://developer.microsoft.com/microsoft-edge/webview2/ puis réessayez.
window-app-no-display = pas d'affichage (ni DISPLAY ni WAYLAND_DISPLAY n'est défini) ; `downbeat watch` fonctionne sans
window-app-no-history = aucun historique n'est enregistré sur ce système (pas de dossier de données ; définissez DOWNBEAT_DATA_DIR)
window-app-nothing-recorded = rien n'est encore enregistré
window-app-no-downloads = aucun dossier Téléchargements ni dossier personnel où enregistrer
window-app-no-config-path = aucun dossier de configuration sur ce système (définissez DOWNBEAT_CONFIG)
window-app-write-failed = { $path } : { $reason }

## La page de la fenêtre d'historique : l'en-tête

ui-verdict-checking = Vérification…
ui-check-now = Vérifier maintenant
ui-export = Exporter en CSV
ui-open-settings = Paramètres
ui-exported = Enregistré : { $path }
ui-export-failed = Échec de l'export : { $error }

## La page de la fenêtre d'historique : l'état actuel (« Maintenant »)

ui-now-heading = Maintenant
ui-connection = Votre connexion
ui-groups-label = { $service } par client
ui-group-label = { $group } : { $state }
ui-group-state-up = en ligne
ui-group-state-degraded = en difficulté
ui-group-state-down = en panne
ui-group-state-unknown = inconnu
ui-places-label = { $service } vu d'ailleurs
ui-check-via = via { $address }
ui-badge-unverified = non vérifié
ui-check-unverified-title = La vérification est désactivée pour ce test : insecure = true, ou une server_key de test

## La page de la fenêtre d'historique : la disponibilité

ui-uptime-heading = Disponibilité
ui-uptime-legend = Légende
ui-legend-up = en ligne
ui-legend-degraded = en difficulté
ui-legend-down = en panne
ui-legend-offline = chez vous (hors ligne, pas de DNS…)
ui-legend-no-data = aucune donnée
ui-uptime-nothing = Rien n'est encore enregistré.
ui-uptime-unverified-title = Vérification des certificats désactivée pour : { $checks }
ui-uptime-window-24h = 24 h
ui-uptime-window-7d = 7 j
ui-uptime-window-30d = 30 j
ui-uptime-bars-24h = { $service } sur 24 h
ui-uptime-bars-7d = { $service } sur 7 jours
ui-uptime-bars-30d = { $service } sur 30 jours

## La page de la fenêtre d'historique : le graphique de latence

ui-latency-title-24h = Latence, dernières 24 h
ui-latency-title-hour = Latence, dernière heure
ui-latency-unit-median = (médiane par phase, ms)
ui-latency-unit-round = (chaque cycle, par phase, ms)
ui-latency-service = Service
ui-latency-empty = Aucune mesure pour l'instant.
ui-latency-too-few = Pas encore assez de données pour un graphique : il apparaît après quelques cycles. La dernière mesure figure sous chaque test ci-dessus.
ui-latency-phase-dns = dns
ui-latency-phase-connect = connexion
ui-latency-phase-tls = tls
ui-latency-phase-hello = hello
ui-latency-phase-ttfb = ttfb
ui-latency-phase-transfer = transfert
ui-latency-p95 = total p95
ui-latency-time = Heure

## La page de la fenêtre d'historique : les incidents

ui-incidents-heading = Incidents, 30 derniers jours
ui-incidents-started = Début
ui-incidents-lasted = Durée
ui-incidents-what = Quoi
ui-incidents-why = Pourquoi
ui-incidents-side = De quel côté

## La page de la fenêtre d'historique : ce qui a mal tourné dans la page elle-même

ui-problem-history = Historique : { $error }
ui-problem-start = La fenêtre n'a pas pu démarrer : { $error }
ui-problem-load = Impossible de charger { $file }
ui-problem-script = Erreur de script : { $error } ({ $place })
ui-problem-csp = Bloqué par la politique de sécurité du contenu : { $directive } { $address }

## La page des paramètres

ui-settings-heading = Paramètres
ui-settings-path = ({ $path })
ui-settings-broken = Cette page ne peut pas afficher les paramètres tant que leur fichier (indiqué ci-dessus) contient une erreur. Corrigez-la dans un éditeur de texte : Downbeat recharge le fichier dès qu'il se charge correctement.
ui-settings-services = Services à surveiller
ui-settings-add-service = Ajouter un service
ui-settings-add = Ajouter
ui-settings-service-other = (défini dans le fichier de configuration)
ui-settings-edit = Modifier
ui-settings-remove = Retirer
ui-settings-edit-label = Modifier { $service }
ui-settings-remove-label = Retirer { $service }
ui-settings-service-error = { $service } : { $error }
ui-settings-some-service-error = Un service : { $error }
ui-settings-custom = Ajouter votre propre service HTTPS
ui-settings-custom-name = Nom
ui-settings-custom-url = URL
ui-settings-custom-status = Statut attendu
ui-settings-custom-add = Ajouter ce service
ui-settings-custom-incomplete = un service personnalisé a besoin d'un nom et d'une URL
ui-settings-checks = Tests
ui-settings-interval = Intervalle des tests
ui-settings-interval-hint = ex. 30s, 1m, 5m
ui-settings-baseline = Tester aussi ma propre connexion, pour que Downbeat sache de quel côté est le problème
ui-settings-autostart = Lancer Downbeat à l'ouverture de session
ui-settings-theme = Apparence
ui-settings-theme-system = Comme le système
ui-settings-theme-light = Clair
ui-settings-theme-dark = Sombre
ui-settings-language = Langue
ui-settings-language-auto = Comme le système
ui-settings-notify = Me prévenir quand
ui-settings-notify-down = un service tombe en panne
ui-settings-notify-recovered = il est rétabli
ui-settings-notify-degraded = il est lent ou en difficulté
ui-settings-notify-offline = ma propre connexion a un problème (hors ligne, page de connexion, DNS)
ui-settings-remind = me le rappeler tant qu'un service reste en panne, toutes les
ui-settings-remind-every = Période de rappel
ui-settings-outside = En panne pour tout le monde, ou seulement chez moi ?
ui-settings-elsewhere = Quand un service échoue alors que ma connexion fonctionne, demander à des sondes ailleurs (Globalping) s'il échoue aussi chez elles
ui-settings-provider = Puis identifier le fournisseur d'accès de ce réseau (RIPEstat) et interroger aussi des sondes chez lui, pour distinguer mon fournisseur d'accès de mon installation
ui-settings-country = Mon pays
ui-settings-country-placeholder = FR
ui-settings-country-hint = deux lettres ; vide : d'après le fuseau horaire
ui-settings-token = Jeton Globalping
ui-settings-token-hint = facultatif, pour un quota plus élevé
ui-settings-outside-note = Ce qui est envoyé : l'hôte, le port et le chemin du test en échec. Rien tant que tout va bien ou que vous êtes hors ligne.
ui-settings-save = Enregistrer
ui-settings-close = Retour à l'historique
ui-settings-saving = Enregistrement…
ui-settings-saved = Enregistré. Le prochain cycle utilise les nouveaux paramètres.

## The built-in presets' words (presets/*.toml)

preset-apple_music-advice = La musique téléchargée reste disponible.
preset-deezer-advice = La musique téléchargée reste disponible en mode hors connexion (avec un abonnement payant).
preset-soundcloud-advice = Les titres enregistrés pour l'écoute hors connexion (avec Go) restent disponibles.
preset-spotify-advice = La musique téléchargée reste disponible en mode hors connexion.
preset-tidal-advice = La musique téléchargée reste disponible en mode hors connexion.
preset-youtube_music-advice = Les téléchargements de l'appli restent disponibles hors connexion (avec YouTube Music Premium).
preset-spotify-group-the-spotify-apps = les applis Spotify
preset-spotify-group-the-web-player = le lecteur web
preset-spotify-group-login = la connexion

## Le chemin réseau de cet ordinateur, tel que `check` l'affiche quand quelque chose échoue (view::path_lines).
## $family : « IPv4 » ou « IPv6 » ; $interface : une interface réseau (« eth0 », « wlan0 », « wg0 ») ;
## $router : l'adresse du routeur ; $took : le temps de la demande ; $port : un numéro de port TCP.

path-route-router = L'{ $family } sort par l'interface { $interface } vers le routeur { $router }.
path-route-tunnel = L'{ $family } sort par le tunnel { $interface }.
path-route-direct = L'{ $family } sort par l'interface { $interface }.
path-route-none = Aucune route { $family }.
path-link-down = L'interface { $interface } est inactive.
path-link-no-address = L'interface { $interface } n'a pas d'adresse { $family }.
path-router-echo = Le routeur a répondu à un ping en { $took }.
path-router-tcp = Le routeur a répondu sur le port TCP { $port } en { $took }.
path-router-silent = Le routeur n'a pas répondu au bout de { $took }.
path-router-unreachable = Le routeur est injoignable : cet ordinateur n'a aucun moyen de l'atteindre.
