# Los mensajes de Downbeat en español (neutro, con tuteo).

## El idioma

language-name = Español

## Números, horas, fechas y listas: cómo se escriben en español

number-decimal = ,
unit-ms = { $n } ms
unit-seconds = { $n } s
span-s = { $s } s
span-min = { $min } min
span-h = { $h } h
span-h-min = { $h } h { $min } min
span-d = { $d } d
span-d-h = { $d } d { $h } h
month-short = { $month ->
    [1] ene
    [2] feb
    [3] mar
    [4] abr
    [5] may
    [6] jun
    [7] jul
    [8] ago
    [9] sept
    [10] oct
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
list-and = { $first } y { $last }
list-or = { $first } o { $last }

## Causas: qué hay detrás de un veredicto y de qué lado está

cause-headline-none = todo va bien
cause-headline-service = el servicio falla
cause-headline-offline = no tienes conexión
cause-headline-no-network = este equipo no está conectado a ninguna red
cause-headline-router-down = tu router ({ $router }) no responde
cause-headline-line-down = tu router ({ $router }) responde, pero la línea de internet no
cause-headline-vpn-down = tu VPN ({ $interface }) no deja pasar nada
cause-headline-ipv6-broken = IPv6 no funciona en esta red, pero IPv4 sí
cause-headline-ipv4-broken = { $via ->
        [vpn] tu VPN ({ $interface }) no deja pasar IPv4, pero IPv6 sí
       *[other] IPv4 no funciona en esta red, pero IPv6 sí
    }
cause-headline-dns-resolver-down = tu servidor DNS no responde
cause-headline-dns-filtered = el DNS de tu red lo bloquea
cause-headline-captive-portal = esta red te pide iniciar sesión
cause-headline-slow-connection = tu conexión va lenta
cause-headline-port-blocked = tu red bloquea su puerto preferido
cause-headline-downbeat-outdated = Downbeat está desactualizado
cause-headline-network-path = solo falla desde tu red
cause-headline-provider = falla en la red de tu proveedor
cause-headline-clock-wrong = la hora de tu equipo está mal
cause-headline-tls-intercepted = algo intercepta las conexiones seguras
cause-headline-dns-unconfirmed = tu DNS dice que su nombre no existe

cause-state-word-offline = sin conexión
cause-state-word-no-network = sin conexión
cause-state-word-router-down = sin conexión
cause-state-word-line-down = sin conexión
cause-state-word-vpn-down = sin conexión
cause-state-word-ipv6-broken = IPv6 falla
cause-state-word-ipv4-broken = IPv4 falla
cause-state-word-dns-resolver-down = sin DNS
cause-state-word-dns-filtered = bloqueado
cause-state-word-captive-portal = falta iniciar sesión
cause-state-word-slow-connection = conexión lenta
cause-state-word-port-blocked = puerto bloqueado
cause-state-word-downbeat-outdated = actualiza Downbeat
cause-state-word-network-path = no desde aquí
cause-state-word-provider = tu proveedor
cause-state-word-clock-wrong = hora incorrecta
cause-state-word-tls-intercepted = interceptado
cause-state-word-dns-unconfirmed = nombre no encontrado aquí

cause-line-offline = Sin conexión: eres tú, no los servicios
cause-line-no-network = Este equipo no está conectado a ninguna red: eres tú, no los servicios
cause-line-router-down = Tu router ({ $router }) no responde: eres tú, no los servicios
cause-line-line-down = Tu router ({ $router }) responde, pero nada más allá de él: es tu línea, no los servicios
cause-line-vpn-down = Tu VPN ({ $interface }) no deja pasar nada: eres tú, no los servicios
cause-line-ipv6-broken = IPv6 no funciona en esta red: las apps que lo prueban primero se quedan esperando
cause-line-ipv4-broken = { $via ->
        [vpn] Tu VPN ({ $interface }) no deja pasar IPv4: no se puede acceder a los sitios sin IPv6
       *[other] IPv4 no funciona en esta red: no se puede acceder a los sitios sin IPv6
    }
cause-line-dns-resolver-down = Tu DNS no responde: reinicia el router o cambia de DNS
cause-line-dns-filtered = Tu red bloquea { $service }: prueba con otra red
cause-line-captive-portal = Esta red Wi-Fi pide iniciar sesión: abre el navegador
cause-line-slow-connection = Tu conexión va lenta para todo, no solo para { $service }
cause-line-port-blocked = Tu red bloquea el puerto preferido de { $service }: las apps usan otro
cause-line-downbeat-outdated = Downbeat no está al día para { $service }: actualízalo
cause-line-network-path = { $service } funciona en otras redes, no en la tuya: prueba otra
cause-line-provider = { $service } falla en la red de tu proveedor: es tu proveedor
cause-line-clock-wrong = Tu equipo tiene mal la hora: fallan las conexiones seguras; eres tú
cause-line-tls-intercepted = Algo intercepta tus conexiones seguras: es esta red o este equipo
cause-line-dns-unconfirmed = Tu DNS dice que { $service } no existe: esta red podría filtrarlo

cause-advice-service = Son ellos: reiniciar el router no servirá de nada.
cause-advice-offline = Revisa la Wi-Fi, el router o la VPN.
cause-advice-no-network = Activa la Wi-Fi o conecta el cable.
cause-advice-router-down = Reinicia el router o, si usas Wi-Fi, acércate a él.
cause-advice-line-down = Reiniciar el router una vez puede ayudar; si no, es cosa de tu proveedor: consulta su página de estado o llama a su servicio de atención al cliente.
cause-advice-vpn-down = Vuelve a conectar la VPN o desactívala.
cause-advice-ipv6-broken = Reinicia el router; si sigue igual, desactiva IPv6 en este equipo o pregunta a tu proveedor.
cause-advice-ipv4-broken = { $via ->
        [vpn] Vuelve a conectar la VPN o desactívala.
       *[other] Reinicia el router; si sigue igual, es cosa de tu proveedor (su pasarela IPv4): consulta su página de estado o llama a su servicio de atención al cliente.
    }
cause-advice-dns-resolver-down = Reinicia el router o cambia de DNS (por ejemplo, a 1.1.1.1).
cause-advice-dns-filtered = Prueba con otra red o pregunta a quien administre esta.
cause-advice-captive-portal = Abre el navegador e inicia sesión.
cause-advice-slow-connection = Acércate al router Wi-Fi, pausa otras descargas o reinicia el router.
cause-advice-port-blocked = No hace falta hacer nada mientras las apps conecten; si dejan de hacerlo, pregunta a quien administre esta red.
cause-advice-downbeat-outdated = Actualiza Downbeat: su saludo a los puntos de acceso está desactualizado.
cause-advice-network-path = Prueba con otra red (la conexión compartida de tu teléfono); si así funciona, el problema es esta red o tu proveedor.
cause-advice-provider = Reiniciar el router no servirá de nada; un teléfono con datos móviles, sí. Avisa a tu proveedor.
cause-advice-clock-wrong = Activa la hora automática en la configuración del sistema.
cause-advice-tls-intercepted = Suele ser una red de empresa, la protección web de un antivirus o un filtro; si no te fías de esta red, no sigas.
cause-advice-dns-unconfirmed = Prueba con otra red u otro DNS; si allí funciona, es que esta red lo filtra.

## Diagnósticos: por qué una comprobación dio ese resultado

diagnosis-ok = todo bien
diagnosis-slow = responde despacio
diagnosis-dns-nxdomain = su nombre no se resuelve
diagnosis-dns-failure = falló la consulta DNS
diagnosis-tcp-refused = conexión rechazada
diagnosis-tcp-timeout = se agotó el tiempo de conexión
diagnosis-network-unreachable = red inaccesible
diagnosis-connection-reset = conexión cortada
diagnosis-tls-handshake-failed = falló la conexión segura
diagnosis-tls-cert-expired = certificado TLS caducado
diagnosis-tls-cert-not-yet-valid = certificado TLS aún no válido
diagnosis-tls-cert-untrusted = certificado TLS no fiable
diagnosis-tls-hostname-mismatch = el certificado TLS es de otro nombre
diagnosis-tls-cert-expiring = el certificado TLS caduca pronto
diagnosis-http-server-error = error del servidor
diagnosis-http-rate-limited = límite de solicitudes superado
diagnosis-http-unexpected-status = estado HTTP inesperado
diagnosis-http-unexpected-body = contenido de página inesperado
diagnosis-http-redirect-loop = demasiadas redirecciones
diagnosis-protocol-error = el servidor no habla HTTP
diagnosis-timeout = dejó de responder
diagnosis-stream-too-slow = transmite demasiado lento
diagnosis-dns-blocked = el DNS de tu red lo bloquea
diagnosis-captive-portal = respondió una página de inicio de sesión (portal cautivo)
diagnosis-ap-signature-invalid = la negociación no está firmada por Spotify
diagnosis-ap-handshake-failed = falla la negociación con el punto de acceso
diagnosis-ap-upgrade-required = pide un Downbeat más reciente
diagnosis-ap-port-blocked = tu red bloquea su puerto preferido


## Líneas: los resúmenes de una línea de todas las interfaces (la primera línea de la bandeja y
## el titular de la ventana, la línea de cada servicio, la de tu conexión y las de la configuración)

line-state = { $state ->
    [up] operativo
    [degraded] degradado
    [down] caído
    [offline] sin conexión
   *[unknown] desconocido
}

line-them-connection-fine = Son ellos: tu conexión va bien.
line-them = Son ellos.

line-checking = Comprobando…

line-paused-until = En pausa hasta las { $time }
line-paused-until-resumed = En pausa hasta que reanudes

line-all-well = Todo va bien
line-all-up = { $count ->
    [2] Los dos servicios funcionan
   *[other] Los { $count } servicios funcionan
}
line-some-up = { $up ->
    [one] Funciona
   *[other] Funcionan
} { $up } de { $count } servicios; comprobando el resto

line-your-services = tus servicios

## La línea del veredicto cuando falla el propio servicio (son ellos)

line-verdict-them = { $scope ->
    [everywhere] { $service } está { $state } para todos: son ellos
    [region] { $service } está { $state } en { $place }: son ellos
   *[here] { $service } está { $state }: son ellos
}
line-verdict-them-why = { $scope ->
    [everywhere] { $service } está { $state } para todos ({ $why }): son ellos
    [region] { $service } está { $state } en { $place } ({ $why }): son ellos
   *[here] { $service } está { $state } ({ $why }): son ellos
}
line-why-for = desde hace { $span }
line-why-diagnosis-for = { $diagnosis }, desde hace { $span }
line-verdict-them-many = { $count ->
    [one] { $services } está { $state ->
    [degraded] degradado
   *[down] caído
}
   *[other] Fallan { $services } ({ $state ->
    [degraded] degradado
   *[down] caído
})
}: son ellos

## La primera línea del menú de la bandeja: de qué lado, en corto (44 caracteres como máximo)

line-tray-offline = Eres tú: no tienes conexión
line-tray-no-network = Eres tú: sin red (ni Wi-Fi ni cable)
line-tray-router-down = Eres tú: el router { $router } no responde
line-tray-line-down = Es tu línea: el router { $router } va bien
line-tray-vpn-down = Eres tú: la VPN { $interface } no deja pasar nada
line-tray-ipv6-broken = Eres tú: IPv6 no funciona, IPv4 sí
line-tray-ipv4-broken = { $via ->
        [vpn] Eres tú: la VPN { $interface } no deja pasar IPv4
       *[other] Eres tú: IPv4 no funciona, IPv6 sí
    }
line-tray-dns-resolver-down = Eres tú: tu servidor DNS no responde
line-tray-captive-portal = Eres tú: esta red pide iniciar sesión
line-tray-slow-connection = Eres tú: tu conexión va lenta
line-tray-clock-wrong = Eres tú: la hora de tu equipo está mal
line-tray-tls-intercepted = Eres tú: algo intercepta las conexiones
line-tray-dns-filtered = Eres tú: tu red bloquea { $services }
line-tray-port-blocked = Eres tú: puerto bloqueado para { $services }
line-tray-downbeat-outdated = Eres tú: actualiza Downbeat
line-tray-network-path = Eres tú: { $services } { $count ->
    [one] falla
   *[other] fallan
} solo desde aquí
line-tray-provider = Eres tú: tu proveedor no llega a { $services }
line-tray-dns-unconfirmed = Eres tú: tu DNS dice que { $services } no { $count ->
    [one] existe
   *[other] existen
}
line-tray-them = Son ellos: { $service } está { $state }
line-tray-them-many = Son ellos: { $count ->
    [one] falla { $count } servicio
   *[other] fallan { $count } servicios
} ({ $state ->
    [degraded] degradado
   *[down] caído
})

## La línea de un servicio: en el menú de la bandeja y como veredicto de un solo servicio.
## Cada parte opcional toma la línea hasta ese punto como $line y le añade algo.

line-service-state = { $service }: { $state }
line-service-word = { $service }: { $word }
line-service-word-why = { $service }: { $word }, { $headline }
line-service-checking = { $service }: comprobando…
line-service-groups = { $line } ({ $groups })
line-service-diagnosis = { $line }, { $diagnosis }
line-service-for = { $line }, desde hace { $span }
line-service-unverified = { $line } (sin verificar)
line-tray-service-for = { $line }, { $span }
line-tray-service-paused = { $service }: sin comprobar (en pausa)

## La línea de tu conexión: "Tu conexión: bien (responden 3 de 3 sitios)"

line-connection = Tu conexión: { $detail }
line-connection-not-checked = sin comprobar
line-connection-baseline-off = sin comprobar (la referencia está desactivada)
line-connection-paused = sin comprobar durante la pausa
line-connection-checking = comprobando…
line-connection-fine = bien
line-connection-sites = { $state } ({ $answered ->
    [one] responde
   *[other] responden
} { $answered } de { $sites } { $sites ->
    [one] sitio
   *[other] sitios
})
line-tray-connection-sites = { $state } ({ $answered }/{ $sites } sitios)
line-tray-connection-paused = sin comprobar (en pausa)

## Las líneas de la configuración: la bandeja, la ventana, `watch` y `serve`

line-config-error = Error de configuración: { $error }
line-tray-config-error-in = Error de configuración en { $place }
line-config-kept = Error de configuración: { $error }. Downbeat sigue comprobando con la última configuración que se cargó; volverá a cargar el archivo en cuanto lo corrijas.
line-config-not-reloaded = configuración no recargada: { $error }; se sigue usando la última configuración que se cargó
line-config-reloaded = configuración recargada desde { $path }: { $changes }
line-config-reloaded-nothing = configuración recargada desde { $path }: no cambió nada de lo que se ejecuta
line-config-reloaded-added = servicios añadidos: { $services }
line-config-reloaded-removed = servicios quitados: { $services }
line-config-reloaded-changed = servicios modificados: { $services }
line-config-reloaded-baseline = cambió la referencia
line-config-reloaded-settings = ajustes modificados: { $keys }
line-clause-separator = {"; "}

## La línea de `watch` por cada cambio de estado: "Spotify: operativo -> caído (login: error
## del servidor; lado: them, causa: service)"

line-transition = { $who }: { $from } -> { $to }
line-your-connection = tu conexión
line-transition-check = { $line } ({ $check }: { $diagnosis }; lado: { $blame }, causa: { $cause })
line-transition-diagnosis = { $line } ({ $diagnosis }; lado: { $blame }, causa: { $cause })
line-transition-after = { $line } tras { $span }
line-transition-detail = { $line }. { $detail }

## La ventana del historial: su titular, la tarjeta de tu conexión y las de los servicios

window-not-checking = Downbeat no está comprobando nada: mira el problema más abajo
window-checking = comprobando…
window-checked = comprobado a las { $time }
window-shared-failure-all = Las { $count } comprobaciones fallan igual: { $diagnosis }.
window-shared-failure = { $count } { $count ->
    [one] comprobación falla
   *[other] comprobaciones fallan
} igual: { $diagnosis }.
window-shared-failure-example = { $check }: { $detail }

## La tarjeta de un servicio

window-badge = { $glyph } { $word }
window-badge-paused = ‖ en pausa
window-badge-checking = – comprobando
window-card-paused-until = En pausa: { $service } no se comprueba hasta las { $time }.
window-card-paused = En pausa: { $service } no se comprueba hasta que reanudes.
window-card-offline-merged = No se puede valorar mientras no tengas conexión.
window-card-offline = No tienes conexión, así que este servicio no se puede valorar: eres tú, no ellos.
window-card-you = Eres tú, no { $service }. { $advice }
window-card-up = Funciona con normalidad.
window-card-check = { $check }: { $diagnosis }.
window-since = Desde el { $when }.
window-chip = { $phase } { $time }
window-chip-failed = { $phase } ✕
phase-name = { $phase ->
    [dns] dns
    [connect] conexión
    [tls] tls
    [hello] saludo
    [ttfb] ttfb
   *[transfer] transferencia
}
window-outside-place = { $works ->
    [yes] ✓
   *[no] ✕
} { $city }, { $country } ({ $network })

## La vista desde fuera: lo que vieron de un servicio que falla las sondas de otros lugares y
## redes, en su tarjeta, en la nota de `check` y en el listado de `check --outside`

outside-no-answer = sin respuesta
outside-your-country-code = tu país ({ $code })
outside-your-country = tu país
outside-your-provider = tu proveedor

## La tarjeta de un servicio que falla: "Visto desde fuera: …"

outside-line-everywhere = Visto desde fuera: también falla desde { $failing } de { $probes } { $probes ->
    [one] lugar
   *[other] lugares
}, en { $countries } { $countries ->
    [one] país
   *[other] países
}.
outside-line-region = Visto desde fuera: en { $country } { $failing ->
    [one] falla
   *[other] fallan
} { $failing } de { $probes } { $probes ->
    [one] lugar
   *[other] lugares
}; funciona desde { $elsewhere } { $elsewhere ->
    [one] lugar
   *[other] lugares
} en otros países.
outside-line-partial = Visto desde fuera: falla desde { $failing } de { $probes } { $probes ->
    [one] lugar
   *[other] lugares
} y funciona desde el resto.
outside-line-only-here = Visto desde fuera: funciona desde { $working } de { $probes } { $probes ->
    [one] lugar
   *[other] lugares
}, así que el problema es el camino desde tu red.
outside-line-provider = Visto desde fuera: falla en la red de { $provider } ({ $failing } de { $probes } { $probes ->
    [one] lugar
   *[other] lugares
}) y funciona en otras ({ $working } de { $others }).
outside-line-unknown = Sin datos desde fuera: { $error }.

## La nota de `check` sobre la vista desde fuera

outside-note = Se consultó a { $probes } { $probes ->
    [one] sonda
   *[other] sondas
} de otros lugares, { $in_country } de ellas en { $country }.
outside-country-from = { $country } (tu país, según { $from })
outside-country-unknown = tu país (desconocido: tu zona horaria no indica ninguno; define country en [settings])
outside-could-not-say = Las sondas de fuera no pudieron responder: { $error }.

## Tu proveedor, cuando el servicio solo falla desde aquí o en la red del proveedor

outside-provider-sentence = { $service } también falla en la red de { $provider } { $reach ->
    [country] en otros lugares de { $country }
   *[world] en otros lugares
} y funciona en otras redes: es tu proveedor, no { $service } ni tu casa. Reiniciar el router no servirá de nada; un teléfono con datos móviles, sí. Avisa a { $provider }.
outside-provider-works = También funciona en { $provider } desde otros lugares ({ $probes } de { $probes }): es esta conexión, no tu proveedor.
outside-provider-no-probe = Ninguna sonda estaba en la red de { $provider }, así que Downbeat no pudo distinguir entre tu proveedor y tu casa.
outside-provider-unknown = Downbeat no pudo averiguar tu proveedor ({ $error }), así que no pudo distinguir entre tu proveedor y tu casa.

## El listado de `check --outside`

outside-listing-asked = Se pidió a sondas de otros lugares que conectaran con { $host } ({ $service }).
outside-listing-provider = Tu proveedor: { $provider } (AS{ $asn }).
outside-listing-provider-unknown = Tu proveedor: desconocido ({ $error }).
outside-listing-provider-not-asked = Tu proveedor: no consultado.
outside-listing-place = { $works ->
    [yes] ✓ funciona
   *[no] ✕ falla
} { $city }, { $country }: { $network } (AS{ $asn }){ $yours ->
    [yes] {" "}(tu proveedor)
   *[no] {""}
}
outside-listing-everywhere = { $service } falla desde casi todas partes: caído para todos.
outside-listing-region = { $service } falla en { $country } y funciona en otros países.
outside-listing-partial = { $service } falla desde algunos lugares y funciona desde otros.
outside-listing-only-here = { $service } funciona desde todos los lugares consultados.

## La página de estado del proveedor del servicio, junto a lo que vio Downbeat: "Página de estado
## de Spotify: Interrupción parcial del sistema: "Playback failures" (investigando desde 09:58)"

outside-page-unread = No se pudo leer la página de estado de { $service }: { $error }.
outside-page-no-incident = La página de estado de { $service } aún no informa de ningún incidente.
outside-page-says = Página de estado de { $service }: { $what }.
outside-page-a-problem = un problema, sin incidente concreto
outside-page-partial-outage = Interrupción parcial del sistema
outside-page-head-components = { $head } — { $components }
outside-page-components-more = { $components } y { $more } más
outside-page-component = { $component }: { $status ->
    [degraded_performance] rendimiento degradado
    [partial_outage] interrupción parcial
    [major_outage] interrupción grave
    [under_maintenance] en mantenimiento
   *[other] { $status_text }
}
outside-incident-status = { $status ->
    [investigating] investigando
    [identified] identificado
    [monitoring] en observación
    [resolved] resuelto
    [postmortem] análisis posterior
   *[other] { $status }
}
outside-incident = "{ $incident }" ({ $status })
outside-incident-since = "{ $incident }" ({ $status } desde { $when })
outside-incidents-more = { $incident } y { $more } más
outside-page-incident = Página de estado de { $service }: { $incident }.
outside-page-incident-head = Página de estado de { $service }: { $head }: { $incident }.
outside-page-incident-head-components = Página de estado de { $service }: { $head }; { $incident }.

## Grupos: las comprobaciones de un servicio agrupadas según a qué sirven, en una frase que dice
## cuáles fallan y cuáles siguen funcionando. Después se pone en mayúscula la primera letra.

group-down = falla la conexión de { $group }
group-degraded = { $group } { $plural ->
    [yes] funcionan
   *[no] funciona
} de forma degradada
group-because = { $clause } ({ $check }: { $diagnosis })
group-and-then = { $first }; { $next }
group-sentence = { $hit }.
group-sentence-fine = { $hit }; { $fine } { $count ->
    [one] { $plural ->
        [yes] funcionan
       *[no] funciona
    }
   *[other] funcionan
}.


## Estados: la palabra que dice cómo está una comprobación, un servicio o la conexión

state-unknown = desconocido
state-up = operativo
state-degraded = degradado
state-down = caído
state-offline = sin conexión

## Notificaciones: piezas que comparten varias

notify-some-check = una comprobación
notify-some-check-start = Una comprobación
notify-unverified = (Sin verificar: la verificación está desactivada para { $check }.)
notify-unverified-unnamed = (Sin verificar: la verificación está desactivada para esta comprobación.)
notify-check-works-again = { $check } vuelve a funcionar.

## Notificaciones: un servicio se cae, se degrada y vuelve

notify-down-title = { $service } está caído
notify-degraded-title = { $service } está degradado
notify-back-title = { $service } vuelve a funcionar
notify-back-to-normal-title = { $service } vuelve a la normalidad
notify-reminder-title = { $service } sigue caído
notify-down-failing = { $check_start } falla: { $diagnosis }.
notify-down-no-help = Volver a iniciar sesión o reiniciar el router no servirá de nada.
notify-degraded-failing = { $check_start }: { $diagnosis }.
notify-back-body = Caído durante { $span } ({ $check }: { $diagnosis }).
notify-back-failing = con fallos
notify-back-still-slow = Todavía va más lento de lo normal.
notify-back-to-normal-body = Degradado durante { $span }.
notify-back-to-normal-body-unmeasured = Vuelve a funcionar con normalidad.
notify-reminder-body = Caído desde hace { $span } ({ $check }: { $diagnosis }).

## Notificaciones: problemas de un servicio que están de tu lado

notify-dns-filtered-title = Tu red bloquea { $service }
notify-dns-filtered-body = El DNS de tu red no da la dirección de { $service } ({ $check }), pero el DNS público sí: es tu red la que lo bloquea. { $advice }
notify-dns-filtered-over-title = { $service } vuelve a estar accesible
notify-dns-filtered-over-body = El DNS de tu red lo bloqueó durante { $span }.
notify-dns-filtered-over-body-unmeasured = El DNS de tu red ya no lo bloquea.
notify-port-blocked-title = Tu red bloquea el puerto preferido de { $service }
notify-port-blocked-body = { $detail } Es tu red, no { $service }. { $advice }
notify-port-blocked-over-title = El puerto preferido de { $service } vuelve a estar accesible
notify-port-blocked-over-body = Tu red lo bloqueó durante { $span }.
notify-port-blocked-over-body-unmeasured = Tu red ya no lo bloquea.
notify-outdated-title = Downbeat está desactualizado
notify-outdated-body = { $service } respondió a { $check }, pero pide un cliente más reciente: es el saludo del propio Downbeat, no una caída. { $advice }
notify-outdated-over-title = El punto de acceso de { $service } vuelve a aceptar Downbeat
notify-intercepted-service-title = Algo intercepta las conexiones seguras de { $service }
notify-intercepted-service-body = { $seen } Las apps de { $service } rechazan esas conexiones. Es esta red o este equipo, no { $service }. { $advice }
notify-intercepted-service-over-title = Las conexiones seguras de { $service } ya no se interceptan
notify-intercepted-service-over-body = Se interceptaron durante { $span }.
notify-dns-unconfirmed-title = Tu DNS dice que { $service } no existe
notify-dns-unconfirmed-body = Solo lo dice el DNS de esta red ({ $check }), y no se pudo consultar un DNS neutral; puede que esta red lo esté filtrando. No se cuenta como una caída de { $service }. { $advice }
notify-dns-unconfirmed-over-title = El nombre de { $service } vuelve a resolverse
notify-dns-unconfirmed-over-body = Tu DNS dijo que no existía durante { $span }.

## Notificaciones: tu lado (sin nombrar ningún servicio)

notify-offline-title = No tienes conexión
notify-offline-body-site = No se puede acceder a ninguno de los sitios de referencia ({ $site }: { $diagnosis }). Eres tú, no los servicios: revisa el router, la Wi-Fi o la VPN.
notify-offline-body = No se puede acceder a ninguno de los sitios de referencia ({ $diagnosis }). Eres tú, no los servicios: revisa el router, la Wi-Fi o la VPN.
notify-online-title = Vuelves a tener conexión
notify-online-body = Tu conexión estuvo caída durante { $span }.
notify-online-body-unmeasured = Tu conexión vuelve a funcionar.
notify-no-network-title = No hay red
notify-no-network-body = Este equipo no está conectado a ninguna red, así que no se puede acceder a nada. Eres tú, no los servicios. { $advice }
notify-router-down-title = Tu router no responde
notify-router-down-body = Tu router ({ $router }) no responde, así que no se puede acceder a nada. Eres tú, no los servicios. { $advice }
notify-line-down-title = Tu línea de internet está caída
notify-line-down-body = Tu router ({ $router }) responde, pero nada más allá de él: la línea con tu proveedor está caída. No son los servicios. { $advice }
notify-vpn-down-title = Tu VPN no deja pasar nada
notify-vpn-down-body = Todo el tráfico va por tu VPN ({ $interface }) y no pasa nada a través de ella. Eres tú, no los servicios. { $advice }
notify-ipv6-broken-title = IPv6 no funciona en esta red
notify-ipv6-broken-body = Las apps que prueban primero IPv6 se quedan esperando antes de pasar a IPv4; los servicios que responden por IPv4 no están caídos. { $advice }
notify-ipv4-broken-title = { $via ->
        [vpn] Tu VPN ({ $interface }) no deja pasar IPv4
       *[other] IPv4 no funciona en esta red
    }
notify-ipv4-broken-body = No se puede acceder a los servicios sin dirección IPv6, y no es culpa suya; los que tienen una siguen funcionando. { $advice }
notify-network-back-title = Vuelves a tener red
notify-network-back-body = Este equipo estuvo sin red durante { $span }.
notify-network-back-body-unmeasured = Este equipo vuelve a estar conectado a una red.
notify-router-back-title = Tu router vuelve a responder
notify-router-back-body = No respondió durante { $span }.
notify-router-back-body-unmeasured = Tu conexión vuelve a funcionar.
notify-line-back-title = Tu línea de internet vuelve a funcionar
notify-line-back-body = La línea entre tu router y tu proveedor estuvo caída durante { $span }.
notify-line-back-body-unmeasured = La línea entre tu router y tu proveedor vuelve a funcionar.
notify-vpn-back-title = Tu VPN vuelve a funcionar
notify-vpn-back-body = No pasó nada por ella durante { $span }.
notify-vpn-back-body-unmeasured = El tráfico vuelve a pasar por tu VPN.
notify-ipv6-back-title = IPv6 vuelve a funcionar
notify-ipv6-back-body = No funcionó durante { $span }.
notify-ipv6-back-body-unmeasured = IPv6 vuelve a funcionar en esta red.
notify-ipv4-back-title = IPv4 vuelve a funcionar
notify-ipv4-back-body = No funcionó durante { $span }.
notify-ipv4-back-body-unmeasured = IPv4 vuelve a funcionar en esta red.
notify-captive-portal-title = Esta red Wi-Fi te pide iniciar sesión
notify-captive-portal-location = Te lleva a { $location }.
notify-captive-portal-body = Hasta que inicies sesión no funcionará nada más, y no es culpa de los servicios. { $advice }
notify-signed-in-title = Sesión iniciada
notify-signed-in-body = Tras { $span }, la página de inicio de sesión de esta red ya no aparece.
notify-signed-in-body-unmeasured = La página de inicio de sesión de esta red ya no aparece.
notify-dns-down-title = Tu servidor DNS no responde
notify-dns-down-body = Internet en sí funciona: el DNS público responde. Eres tú, no los servicios. { $advice }
notify-dns-back-title = Tu DNS vuelve a funcionar
notify-dns-back-body = Tu servidor DNS no respondió durante { $span }.
notify-dns-back-body-unmeasured = Tu servidor DNS vuelve a responder.
notify-clock-wrong-title = La hora de tu equipo está mal
notify-clock-wrong-body = Por eso fallan todas las conexiones seguras. Eres tú, no los servicios. { $advice }
notify-clock-right-title = La hora de tu equipo vuelve a estar bien
notify-clock-right-body = Las conexiones seguras vuelven a funcionar; fallaron durante { $span }.
notify-clock-right-body-unmeasured = Las conexiones seguras vuelven a funcionar.
notify-intercepted-title = Algo intercepta las conexiones seguras
notify-intercepted-unknown-issuer = Los certificados de todos los sitios los emite una autoridad en la que nadie confía.
notify-intercepted-body = Es esta red o este equipo, no los servicios. { $advice }
notify-intercepted-over-title = Las conexiones seguras ya no se interceptan
notify-intercepted-over-body = Tras { $span }, los sitios vuelven a mostrar sus propios certificados.
notify-intercepted-over-body-unmeasured = Los sitios vuelven a mostrar sus propios certificados.
notify-slow-title = Tu conexión va lenta
notify-slow-body = Va lenta para todo, no solo para los servicios: { $detail } { $advice }
notify-fast-title = Tu conexión vuelve a ir rápida
notify-fast-body = Estuvo lenta durante { $span }.
notify-fast-body-unmeasured = Vuelve a ir lo bastante rápida.

## Notificaciones: lo que dicen el mundo y la página de estado del servicio (novedades de un aviso)

notify-everywhere-title = { $service } está caído para todos
notify-everywhere-body = Falla desde { $failing } de { $probes } { $probes ->
        [one] lugar consultado
       *[other] lugares consultados
    } por Downbeat, en { $countries } { $countries ->
        [one] país
       *[other] países
    }: son ellos, no tú.
notify-region-title = { $service } está caído en { $country }
notify-region-body = Allí { $failing ->
        [one] falla
       *[other] fallan
    } { $failing } de { $probes } { $probes ->
        [one] lugar
       *[other] lugares
    }; funciona desde { $elsewhere } { $elsewhere ->
        [one] lugar
       *[other] lugares
    } en otros países: son ellos, no tú.
notify-only-here-title = { $service } funciona en otras redes, no en la tuya
notify-only-here-body = Funciona desde { $working } de { $probes } { $probes ->
        [one] lugar consultado
       *[other] lugares consultados
    } por Downbeat. { $advice }
notify-provider-title = { $service } falla en la red de tu proveedor
notify-status-page-title = La página de estado de { $service } confirma un problema
notify-status-page-body = { $line } Son ellos, no tú.

## Notificaciones: el propio Downbeat

notify-welcome-title = Downbeat está vigilando
notify-welcome-body = Downbeat { $count ->
        [0] aún no comprueba nada
       *[other] comprueba { $services }
    } y te avisa cuando algo se cae, y de qué lado está el problema. El historial y la configuración están en el menú de la bandeja (el icono de Downbeat).
notify-config-error-title = Downbeat no está comprobando nada
notify-config-error-body = Su archivo de configuración no se carga: { $error }. Corrígelo en un editor de texto (Abrir archivo de configuración, en el menú de la bandeja): Downbeat empezará a comprobar en cuanto se cargue.
notify-cannot-open-title = Ningún programa pudo abrir el archivo de configuración
notify-cannot-open-body = Está en { $path } ({ $why }). Ábrelo en un editor de texto: Downbeat lo vuelve a cargar en cuanto lo guardas.

## Conexiones seguras: un reloj mal puesto, una interceptación, un nombre que solo esta red dice que no existe

secure-clock-earlier = { $unit ->
        [days] { $count ->
            [one] { $count } día antes
           *[other] { $count } días antes
        }
        [hours] { $count ->
            [one] { $count } hora antes
           *[other] { $count } horas antes
        }
       *[minutes] { $count ->
            [one] { $count } minuto antes
           *[other] { $count } minutos antes
        }
    }
secure-clock-later = { $unit ->
        [days] { $count ->
            [one] { $count } día después
           *[other] { $count } días después
        }
        [hours] { $count ->
            [one] { $count } hora después
           *[other] { $count } horas después
        }
       *[minutes] { $count ->
            [one] { $count } minuto después
           *[other] { $count } minutos después
        }
    }
secure-clock-times = { $source ->
        [until] marca { $says }, pero los certificados de los sitios solo eran válidos hasta el { $when } (al menos { $gap })
        [from] marca { $says }, pero los certificados de los sitios solo son válidos a partir del { $when } (al menos { $gap })
       *[date] marca { $says } y los sitios dicen { $when } ({ $gap })
    }
secure-clock-times-sentence = { $source ->
        [until] Marca { $says }, pero los certificados de los sitios solo eran válidos hasta el { $when } (al menos { $gap }).
        [from] Marca { $says }, pero los certificados de los sitios solo son válidos a partir del { $when } (al menos { $gap }).
       *[date] Marca { $says } y los sitios dicen { $when } ({ $gap }).
    }
secure-clock-wrong = La hora de tu equipo está mal: { $times }.
secure-clock-consequence = Por eso fallan todas las conexiones seguras.
secure-clock-consequence-service = Por eso fallan todas las conexiones seguras, también las de { $service }.
secure-issued = { $whose ->
        [service] el certificado de { $service } lo emite "{ $issuer }", no una autoridad de confianza (los de otros sitios sí son de confianza).
        [all-and-service] los certificados de todos los sitios, también el de { $service }, los emite "{ $issuer }", no una autoridad de confianza.
        [all-here] los certificados de todos los sitios los emite "{ $issuer }", no una autoridad de confianza (los de otros sitios sí son de confianza).
       *[all] los certificados de todos los sitios los emite "{ $issuer }", no una autoridad de confianza.
    }
secure-issued-start = { $whose ->
        [service] El certificado de { $service } lo emite "{ $issuer }", no una autoridad de confianza (los de otros sitios sí son de confianza).
        [all-and-service] Los certificados de todos los sitios, también el de { $service }, los emite "{ $issuer }", no una autoridad de confianza.
        [all-here] Los certificados de todos los sitios los emite "{ $issuer }", no una autoridad de confianza (los de otros sitios sí son de confianza).
       *[all] Los certificados de todos los sitios los emite "{ $issuer }", no una autoridad de confianza.
    }
secure-refused-service = Las apps de { $service } rechazan esas conexiones.
secure-refused = Las apps rechazan esas conexiones.
secure-intercepted = Algo en esta red o en este equipo intercepta las conexiones seguras: { $issued } { $refused }
secure-dns-unconfirmed = Tu DNS dice que el nombre de { $service } no existe ({ $host }), y { $unconfirmed }
secure-dns-unconfirmed-no-host = Tu DNS dice que el nombre de { $service } no existe, y { $unconfirmed }
secure-unconfirmed = no se pudo consultar un DNS neutral; puede que esta red lo esté filtrando.
secure-unconfirmed-off = no hay ningún DNS neutral configurado para confirmarlo (reference_dns); puede que esta red lo esté filtrando.
secure-thin-clock = Ningún otro sitio dio la hora, así que Downbeat no puede comprobar el reloj de este equipo; si está mal, eso lo explicaría.
secure-thin-untrusted = Su certificado lo emite "{ $issuer }", en quien este equipo no confía; sin un sitio de confianza con el que comparar, Downbeat no puede saber si algo intercepta la conexión o si el servidor está mal configurado.


## El veredicto: la última línea de `downbeat check`, el encabezado de la ventana y el "summary"
## de /api/status. Cada uno es una o más frases; el resumen las encadena y termina con el consejo.

verdict-offline = No tienes conexión: { $why }. Eres tú, no los servicios.
verdict-no-network = Este equipo no está conectado a ninguna red, así que { $why }. Eres tú, no los servicios.
verdict-router-down = Tu router ({ $router }) no responde, así que { $why }. Eres tú, no los servicios.
verdict-line-down = Tu router ({ $router }) responde, pero nada más allá de él: la línea con tu proveedor está caída, y { $why }. No son los servicios.
verdict-vpn-down = Todo el tráfico va por tu VPN ({ $interface }) y no pasa nada a través de ella, así que { $why }. Eres tú, no los servicios.
verdict-baseline-site-unreachable = no se pudo acceder al sitio de referencia ({ $site }): { $diagnosis }
verdict-baseline-sites-unreachable-alike = no se pudo acceder a ninguno de los { $count } sitios de referencia; en todos, { $diagnosis }
verdict-baseline-sites-unreachable = no se pudo acceder a ninguno de los { $count } sitios de referencia ({ $each })
verdict-baseline-site-failed = { $site }: { $diagnosis }
verdict-baseline-separator = {"; "}

verdict-all-up = { $count ->
        [1] { $service } funciona.
        [2] Los dos servicios funcionan.
       *[other] Los { $count } servicios funcionan.
    }

verdict-portal-sign-in = Esta red Wi-Fi te pide iniciar sesión.
verdict-portal-sign-in-at = Esta red Wi-Fi te pide iniciar sesión en { $page }.
verdict-portal-until = { $count ->
        [1] Hasta entonces, { $service } no puede conectarse, y no es culpa de { $service }.
       *[other] Hasta entonces, tus servicios no pueden conectarse, y no es culpa suya.
    }

verdict-dns-resolver-down = Tu servidor DNS no responde; internet en sí funciona (el DNS público responde{ $via ->
        [failing] ; { $service }, por su parte, también falla ({ $diagnosis })
        [through] , y { $service } responde a través de él
       *[none] {""}
    }).
verdict-dns-filtered = Tu red bloquea { $service }: { $how }, pero el DNS público sí lo resuelve{ $via ->
        [failing] ; { $service }, por su parte, también falla ({ $diagnosis })
        [through] , y { $service } responde a través de él
       *[none] {""}
    }.
verdict-dns-sinkhole = su DNS responde { $address } (un bloqueo) para { $host }
verdict-dns-unresolved = su DNS no resuelve { $host }
verdict-dns-unresolved-it = su DNS no lo resuelve

verdict-port-blocked = { $service } funciona a través de una alternativa.
verdict-downbeat-outdated = El punto de acceso de { $service } pide un cliente más reciente: el saludo del propio Downbeat está desactualizado. { $service } sí respondió, así que no es una caída.

verdict-slow-everywhere = Tu conexión va lenta para todo, no solo para { $service }.
verdict-slow-everywhere-measured = Tu conexión va lenta para todo ({ $speed }), no solo para { $service }.
verdict-slow-everywhere-compared = Tu conexión va lenta para todo ({ $speed }), no solo para { $service }: { $service } transmite a { $own } y una descarga neutral, a { $base }.
verdict-slowness-first-byte = un sitio neutral tardó { $ms } ms en responder

verdict-service-state = { $service } { $status ->
        [down] está caído
        [degraded] está degradado
       *[other] funciona
    }.
verdict-service-failing = { $service } { $status ->
        [down] está caído
        [degraded] está degradado
       *[other] funciona
    }: { $diagnosis } ({ $check }).
verdict-also-theirs = Además: { $failures } { $count ->
        [1] Ese fallo es suyo, no tuyo.
       *[other] Esos fallos son suyos, no tuyos.
    }

## La nota del veredicto sobre tu propia conexión, cuando nada de tu lado lo explica

verdict-no-baseline = No se comprobó tu propia conexión (no hay ninguna referencia configurada).
verdict-baseline-blocked = { $count ->
        [1] Los sitios de referencia no responden, pero { $service } sí: puede que tu red los bloquee.
       *[other] Los sitios de referencia no responden, pero los servicios sí: puede que tu red los bloquee.
    }
verdict-portal-lets-through = Esta red tiene una página de inicio de sesión (portal cautivo), pero deja pasar esto.
verdict-portal-lets-through-at = Esta red tiene una página de inicio de sesión (portal cautivo en { $page }), pero deja pasar esto.
verdict-clock-secure-sites-fail = Por eso fallan los sitios seguros.
verdict-connection-slow = Tu conexión va lenta ({ $speed }), pero basta para esto.
verdict-connection-ipv6-broken = IPv6 no funciona en esta red: las apps que lo prueban primero se quedan esperando antes de pasar a IPv4, que sí funciona.
verdict-connection-ipv4-broken = { $via ->
        [vpn] Tu VPN ({ $interface }) no deja pasar IPv4, pero IPv6 sí: no se puede acceder a los sitios sin dirección IPv6.
       *[other] IPv4 no funciona en esta red, pero IPv6 sí: no se puede acceder a los sitios sin dirección IPv6.
    }
verdict-ipv6-broken-service = IPv6 no funciona en esta red y { $service } solo tiene dirección IPv6, así que es inaccesible desde aquí. Eres tú, no { $service }.
verdict-ipv4-broken-service = { $via ->
        [vpn] Tu VPN ({ $interface }) no deja pasar IPv4 y { $service } no tiene dirección IPv6, así que es inaccesible desde aquí. Eres tú, no { $service }.
       *[other] IPv4 no funciona en esta red y { $service } no tiene dirección IPv6, así que es inaccesible desde aquí. Eres tú, no { $service }.
    }
verdict-connection-fine = Tu conexión va bien.

## El veredicto con lo que dijeron las sondas de otros lugares del mundo (la vista desde fuera)

verdict-outside-everywhere = { $service } está caído para todos: falla desde { $failing } de { $probes } { $probes ->
        [one] lugar consultado
       *[other] lugares consultados
    }, en { $countries } { $countries ->
        [one] país
       *[other] países
    }.
verdict-outside-region = { $service } está caído en { $country }: allí { $failing ->
        [one] falla
       *[other] fallan
    } { $failing } de { $probes } { $probes ->
        [one] lugar
       *[other] lugares
    }; funciona desde { $elsewhere } { $elsewhere ->
        [one] lugar
       *[other] lugares
    } en otros países.
verdict-outside-partial = { $service } falla desde { $failing } de { $probes } { $probes ->
        [one] lugar consultado
       *[other] lugares consultados
    } y funciona desde el resto: no está caído en todas partes.
verdict-outside-only-here = { $service } funciona desde { $working } de { $probes } { $probes ->
        [one] lugar
       *[other] lugares
    }, pero no desde tu red.
verdict-outside-only-here-in-country = { $service } funciona desde { $working } de { $probes } { $probes ->
        [one] lugar
       *[other] lugares
    }, { $in_country } de ellos en { $country }, pero no desde tu red.
verdict-provider-advice = Reiniciar el router no servirá de nada; un teléfono con datos móviles, sí. Avisa a { $provider }.

## El historial: el informe de `downbeat history` y las vistas de 24 h / 7 d / 30 d de la ventana

history-no-data = sin datos
history-uptime = { $pct } %
history-uptime-under-100 = menos del 100 %

history-bar-title = { $when }: { $counts }
history-bar-count = { $kind ->
        [up] operativo
        [degraded] degradado
        [down] caído
       *[your-side] problema tuyo (sin conexión, sin DNS, …)
    }: { $count }

history-nothing-checked = No se comprueba nada, así que no se registra nada.
history-no-incidents = Ningún incidente en los últimos 30 días.

## Un incidente, tal como lo muestran la lista de la ventana y `downbeat history`

history-incident = { $service } { $state ->
        [down] caído
        [degraded] degradado
       *[other] { $state }
    }
history-incident-everywhere = { $service } { $state ->
        [down] caído
        [degraded] degradado
       *[other] { $state }
    } para todos
history-incident-region = { $service } { $state ->
        [down] caído
        [degraded] degradado
       *[other] { $state }
    } en tu país
history-incident-why = { $check }: { $diagnosis }
history-side = { $blame ->
        [you] tuyo
       *[other] de ellos
    }
history-incident-line = { $what } durante { $lasted } ({ $why }; problema { $blame ->
        [you] tuyo
       *[other] de ellos
    })

history-lasted = { $watched }
history-lasted-ongoing = { $watched }, en curso
history-lasted-unwatched = { $watched } vigilado; Downbeat no vigiló { $unwatched } de ese tiempo
history-lasted-unwatched-ongoing = { $watched } vigilado, en curso; Downbeat no vigiló { $unwatched } de ese tiempo

history-your-services = tus servicios
history-offline = { $tense ->
        [ongoing] No tienes conexión
       *[past] Estuviste sin conexión
    }
history-no-network = { $tense ->
        [ongoing] No hay red
       *[past] No hubo red
    }
history-router-down = { $tense ->
        [ongoing] Tu router no responde
       *[past] Tu router no respondió
    }
history-line-down = { $tense ->
        [ongoing] Tu línea de internet está caída
       *[past] Tu línea de internet estuvo caída
    }
history-vpn-down = { $tense ->
        [ongoing] Tu VPN no deja pasar nada
       *[past] Tu VPN no dejó pasar nada
    }
history-ipv6-broken = { $tense ->
        [ongoing] IPv6 no funciona
       *[past] IPv6 no funcionó
    }
history-ipv4-broken = { $tense ->
        [ongoing] IPv4 no funciona
       *[past] IPv4 no funcionó
    }
history-captive-portal = Red Wi-Fi con inicio de sesión
history-dns-resolver-down = { $tense ->
        [ongoing] Tu servidor DNS no responde
       *[past] Tu servidor DNS no respondió
    }
history-dns-filtered = { $tense ->
        [ongoing] El DNS de tu red bloquea { $service }
       *[past] El DNS de tu red bloqueó { $service }
    }
history-slow-connection = { $tense ->
        [ongoing] Tu conexión va lenta
       *[past] Tu conexión fue lenta
    }
history-port-blocked = { $tense ->
        [ongoing] Tu red bloquea el puerto preferido de { $service }
       *[past] Tu red bloqueó el puerto preferido de { $service }
    }
history-port-blocked-all = { $tense ->
        [ongoing] Tu red bloquea el puerto preferido de tus servicios
       *[past] Tu red bloqueó el puerto preferido de tus servicios
    }
history-downbeat-outdated = { $tense ->
        [ongoing] Downbeat está desactualizado
       *[past] Downbeat estuvo desactualizado
    }
history-provider = { $tense ->
        [ongoing] { $service } falla en la red de tu proveedor
       *[past] { $service } falló en la red de tu proveedor
    }
history-network-path = { $tense ->
        [ongoing] { $service } falla solo desde tu red
       *[past] { $service } falló solo desde tu red
    }
history-clock-wrong = { $tense ->
        [ongoing] La hora de tu equipo está mal
       *[past] La hora de tu equipo estuvo mal
    }
history-tls-intercepted = { $tense ->
        [ongoing] Algo intercepta las conexiones seguras
       *[past] Algo interceptó las conexiones seguras
    }
history-dns-unconfirmed = { $tense ->
        [ongoing] Tu DNS dice que { $service } no existe
       *[past] Tu DNS dijo que { $service } no existía
    }
history-service-failing = { $tense ->
        [ongoing] { $service } falla
       *[past] { $service } falló
    }

## El tiempo con el problema de tu lado: una frase bajo la tabla de `downbeat history`

history-your-side = { $parts }; { $count ->
        [one] no se cuenta contra ningún servicio
       *[other] nada de esto se cuenta contra ningún servicio
    }.
history-your-side-offline = Estuviste sin conexión durante { $lasted }
history-your-side-stopped-first = Un problema de tu lado afectó a { $services } durante { $lasted }
history-your-side-stopped = un problema de tu lado afectó a { $services } durante { $lasted }

## Las respuestas HTTP de `downbeat serve` para personas (las de /api/status son las del veredicto)

serve-only-get = solo GET y HEAD
serve-no-round-yet = todavía no se ha completado ninguna ronda
serve-index = Downbeat: /metrics (Prometheus), /api/status (la última ronda, como `downbeat check --json`), /healthz
serve-not-found = no encontrado: prueba /metrics, /api/status o /healthz

## La línea de comandos (`downbeat …`): sus líneas en stderr, tras "downbeat: "

cli-error-cause = { $error }: { $cause }
cli-warning = aviso: { $warning }
cli-note = nota: { $note }
cli-config-error = error de configuración
cli-setup-error = error de inicialización
cli-no-runtime = no se puede iniciar el entorno de ejecución asíncrono
cli-cannot-write-json = no se puede escribir el JSON
cli-outside-no-target = ningún servicio tiene una comprobación accesible desde fuera (una dirección https:// o http:// pública)

cli-cannot-listen = no se puede escuchar en { $address }
cli-serving = sirviendo http://{ $address }/metrics (Prometheus), /api/status y /healthz
cli-listening-beyond = escuchando más allá de este equipo ({ $address }): cualquiera que pueda acceder puede leer los resultados
cli-listen-invalid = escribe una dirección IP y un puerto, como 127.0.0.1:9767, [::1]:9767 o 0.0.0.0:9767 (todas las interfaces); de los nombres de host solo se entiende localhost
cli-watching = vigilando { $services } { $services ->
        [one] servicio
       *[other] servicios
    } y { $baseline } { $baseline ->
        [one] comprobación
       *[other] comprobaciones
    } de referencia cada { $interval } ({ $source }); Ctrl-C para detener

## La salida de `downbeat check`

cli-check-title = Comprobación de Downbeat, { $at } ({ $source })
cli-check-baseline = Tu conexión (referencia)
cli-check-path = El camino de este equipo
cli-status = { $status ->
        [up] operativo
        [degraded] degradado
       *[down] caído
    }
cli-see-above = { $diagnosis } (ver arriba)
cli-column-check = COMPROBACIÓN
cli-column-status = ESTADO
cli-column-dns = DNS
cli-column-connect = CONEXIÓN
cli-column-tls = TLS
cli-column-hello = SALUDO
cli-column-ttfb = TTFB
cli-column-transfer = TRANSFERENCIA
cli-column-detail = DETALLE

## `downbeat history` y `downbeat export`

cli-history-title = Historial desde { $since } (últimos { $span })
cli-history-nothing-recorded = Aún no hay nada registrado: el historial lo registran `downbeat watch` o la app de escritorio.
cli-history-incidents = Incidentes
cli-history-no-incidents = ninguno
cli-column-service = SERVICIO
cli-column-uptime = DISPONIBILIDAD
cli-column-down = CAÍDO
cli-column-ttfb-p50 = TTFB p50
cli-column-p95 = p95
cli-column-total-p95 = TOTAL p95
cli-latency-ms = { $ms } ms
cli-unverified = { $service } está sin verificar (insecure = true): { $checks }
cli-history-no-service = no hay ningún servicio llamado "{ $name }"; los servicios conocidos son: { $count ->
        [0] ninguno todavía
       *[other] { $known }
    }
cli-history-no-service-near = no hay ningún servicio llamado "{ $name }" (¿querías decir "{ $nearest }"? los nombres distinguen mayúsculas y minúsculas); los servicios conocidos son: { $count ->
        [0] ninguno todavía
       *[other] { $known }
    }
cli-no-data-folder = no hay carpeta de datos en este sistema (define DOWNBEAT_DATA_DIR)
cli-history-unreadable = no se pudo leer el historial
cli-csv-your-connection = (tu conexión)
cli-export-nothing-recorded = aún no hay nada registrado: el historial lo registran `downbeat watch` o la app de escritorio
cli-export-exists = { $path } ya existe: añade --force para reemplazarlo
cli-export-cannot-create = no se puede crear { $path }: { $error }
cli-export-cannot-write = no se puede escribir { $path }
cli-export-wrote = { $count ->
        [one] se escribió { $count } resultado
       *[other] se escribieron { $count } resultados
    }

cli-since-help = usa un intervalo como 24h, 7d o 1w, una fecha como 2026-11-24, o today o yesterday
cli-since-invalid-date = fecha no válida "{ $value }": { cli-since-help }
cli-since-invalid-time = hora no válida "{ $value }": { cli-since-help }
cli-since-zero = --since { $value } no abarca ningún tiempo: { cli-since-help }
cli-since-invalid = --since "{ $value }" no válido: { cli-since-help }
cli-since-future = --since { $at } está en el futuro
cli-since-no-such-day = ese día no existe
cli-since-no-such-date = esa fecha no existe

## `downbeat presets` y `downbeat config-path`

cli-preset-unknown = preajuste desconocido "{ $name }". Preajustes conocidos: { $known }
cli-preset-unknown-near = preajuste desconocido "{ $name }": ¿querías decir "{ $nearest }"? Preajustes conocidos: { $known }
cli-config-path-none = (ninguno: se usa el preajuste integrado de Spotify; crea { $path } para cambiarlo)
cli-config-path-none-anywhere = (ninguno: se usa el preajuste integrado de Spotify; crea un archivo de configuración para cambiarlo)
cli-config-path-loads = carga: { $services } { $services ->
        [one] servicio
       *[other] servicios
    }, { $baseline } { $baseline ->
        [one] comprobación
       *[other] comprobaciones
    } de referencia


## Sondeos: las piezas de sus frases

probe-list-semicolon = { $first }; { $rest }
probe-bytes = { $n } B
probe-bytes-kib = { $n } KiB
probe-bytes-mib = { $n } MiB
probe-rate-kbit = { $n } kbit/s
probe-rate-mbit = { $n } Mbit/s

## Sondeos: el detalle completo de una comprobación (la línea bajo cada comprobación en la
## ventana, en `downbeat check` y en el historial), explicado para quien no es ingeniero

probe-unverified-insecure = { $detail } Sin verificar: la verificación del certificado está desactivada en esta comprobación (insecure = true).
probe-unverified-insecure-objection = { $detail } Sin verificar: la verificación del certificado está desactivada en esta comprobación (insecure = true), y habría fallado: { $objection }.
probe-unverified-test-key = { $detail } Sin verificar: la respuesta se comprobó con una clave de prueba (server_key), no con la de Spotify.
probe-dns-via-reference = { $detail } El DNS público ({ $server }) sí lo resuelve, y a través de esa dirección: { $found }
probe-dns-via-reference-address = { $detail } El DNS público ({ $server }) lo resuelve como { $address }, y a través de esa dirección: { $found }
probe-dns-public = DNS público

## Sondeos: la comprobación funcionó (o funcionó despacio)

probe-ok = { $host } respondió en { $took }.
probe-slow = { $host } funciona, pero va lento: { $took } hasta el primer byte (lento a partir de { $limit }).
probe-tls-expiring = { $host } funciona, pero su certificado de seguridad caduca en { $days } { $days ->
    [one] día
   *[other] días
}.
probe-after-redirects = { $detail } (tras { $count } { $count ->
    [one] redirección
   *[other] redirecciones
} desde { $url })
probe-tcp-ok = { $address } aceptó una conexión en { $took }.
probe-tcp-slow = { $address } acepta conexiones, pero despacio ({ $took }).
probe-stream-ok = { $host } entregó { $bytes } a { $rate } (la reproducción necesita { $needed }).
probe-stream-ok-cut = { $host } entregó { $bytes } antes del límite de tiempo, de los { $asked } pedidos, a { $rate } (la reproducción necesita { $needed }).
probe-stream-too-slow = { $host } está entregando { $rate }, por debajo de los { $needed } que necesita la reproducción ({ $bytes } en { $took }).
probe-stream-too-slow-cut = { $host } está entregando { $rate }, por debajo de los { $needed } que necesita la reproducción ({ $bytes } en { $took } hasta el límite de tiempo, de los { $asked } pedidos).

## Sondeos: la comprobación de portal cautivo (una página web sencilla cuya respuesta se conoce exactamente)

probe-captive-none = { $host } respondió como debe (HTTP { $status }): no hay portal cautivo. { $detail }
probe-captive-redirect-to = En lugar de { $host } llegó una redirección a { $location }: esta red te pide iniciar sesión (un portal cautivo).
probe-captive-redirect = En lugar de { $host } llegó una redirección (HTTP { $status }): esta red te pide iniciar sesión (un portal cautivo).
probe-captive-status = { $host } respondió HTTP { $status } cuando siempre responde { $expected }: esta red te pide iniciar sesión (un portal cautivo).
probe-captive-page = { $host } respondió con una página que no es la suya (se esperaba "{ $expected }"): esta red te pide iniciar sesión (un portal cautivo).

## Sondeos: nombres (DNS)

probe-dns-sinkhole = Tu DNS respondió { $answer } para { $host }: una respuesta de bloqueo (un filtro DNS), a la que Downbeat nunca se conecta.
probe-dns-nothing = nada
probe-dns-not-found = No se encontró el nombre { $host }: { $why }.
probe-dns-timeout = La consulta de { $host } no obtuvo respuesta en { $took } ({ $why }).
probe-dns-failed = La consulta de { $host } falló: { $why }.
probe-dns-nxdomain-agreed = El nombre { $host } no existe: tu DNS y el DNS público ({ $server }) coinciden.
probe-dns-nxdomain-by-reference = { $detail } El DNS público ({ $server }) dice que el nombre no existe.
probe-dns-reference-failed = { $detail } Tampoco se pudo consultar el DNS público ({ $why }).
probe-dns-reference-server-failed = { $server }: { $why }
probe-dns-reference-no-time = no quedaba tiempo
probe-dns-reference-not-ip = no está indicado por dirección IP
probe-dns-reference-status = respondió HTTP { $status }
probe-dns-reference-too-large = su respuesta superaba el tamaño de un mensaje DNS
probe-dns-doh-nxdomain = respondió que ese nombre no existe (NXDOMAIN)
probe-dns-doh-error = respondió con un error (código { $code })
probe-dns-doh-truncated = su respuesta llegó truncada
probe-dns-doh-not-ours = su respuesta no correspondía a esta consulta
probe-dns-doh-malformed = su respuesta estaba mal formada ({ $what })
probe-dns-no-server = no había ningún servidor DNS configurado
probe-dns-system-silent = el resolvedor del sistema no respondió
probe-dns-task-failed = falló la tarea de consulta DNS: { $error }
probe-dns-no-addresses = no tiene direcciones
probe-dns-no-such-name = el DNS dice que ese nombre no existe
probe-dns-unreachable = no se pudo contactar con el servidor DNS o no respondió
probe-dns-no-address-records = el nombre existe, pero no tiene registros de dirección
probe-dns-server-failed = Servidor DNS { $server }: { $why }
probe-dns-server-tcp-failed = Servidor DNS { $server } por TCP: { $why }
probe-dns-no-answer = sin respuesta
probe-dns-malformed = respuesta mal formada ({ $what })
probe-dns-not-our-answer = respuesta a otra pregunta
probe-dns-truncated-over-tcp = respuesta truncada incluso por TCP
probe-dns-malformed-short = más corta que una cabecera
probe-dns-malformed-undecodable = no se puede decodificar
probe-dns-malformed-no-question = la respuesta no indica ninguna pregunta
probe-dns-server-nxdomain = { $server } respondió que ese nombre no existe (NXDOMAIN)
probe-dns-rcode = { $rcode ->
    [servfail] SERVFAIL: el servidor DNS no pudo obtener una respuesta
    [refused] REFUSED: el servidor DNS se negó a responder
   *[other] el servidor DNS respondió con un error
} ({ $server }, código { $code })
probe-dns-bad-name = "{ $host }" no es un nombre que se pueda consultar en el DNS
probe-dns-encode-failed = no se pudo codificar la consulta de { $host }: { $error }

## Sondeos: la conexión (TCP)

probe-url-no-host = { $url } no tiene host
probe-connect-no-address = { $host } no tiene ninguna dirección a la que conectarse.
probe-connect-timeout-within = { $host } ({ $addr }) no aceptó una conexión en { $took }.
probe-connect-refused = { $host } ({ $addr }) rechazó la conexión: no hay nada escuchando en el puerto { $port }.
probe-connect-timeout = { $host } ({ $addr }) no aceptó la conexión.
probe-connect-reset = { $host } ({ $addr }) cortó la conexión nada más abrirla.
probe-connect-no-route = No hay ruta hasta { $host } ({ $addr }): { $error }.

## Sondeos: la conexión segura (TLS) y su certificado

probe-tls-bad-name = { $host } no es un nombre con el que se pueda comprobar un certificado.
probe-tls-timeout = { $host } aceptó la conexión, pero no completó la negociación segura (TLS) en { $took }.
probe-tls-setup-failed = Falló la configuración de TLS: { $error }
probe-tls-expired-on = El certificado de seguridad de { $host } caducó el { $date }, así que los navegadores y las apps se niegan a conectarse.
probe-tls-expired = El certificado de seguridad de { $host } ha caducado, así que los navegadores y las apps se niegan a conectarse.
probe-tls-not-yet-valid-until = El certificado de seguridad de { $host } no es válido hasta el { $date } (o la hora de este equipo está mal).
probe-tls-not-yet-valid = El certificado de seguridad de { $host } aún no es válido (o la hora de este equipo está mal).
probe-tls-wrong-name = El servidor que responde por { $host } mostró un certificado de otro nombre.
probe-tls-untrusted-issuer = El certificado de seguridad de { $host } lo emite "{ $issuer }", en quien este equipo no confía; puede que algo esté interceptando la conexión.
probe-tls-untrusted = El certificado de seguridad de { $host } no es de una autoridad de confianza ({ $reason ->
    [unknown-issuer] su emisor es desconocido
    [bad-signature] su firma no es válida
    [revoked] ha sido revocado
    [bad-encoding] está mal formado
   *[critical-extension] tiene una extensión crítica que ningún cliente entiende
}); puede que algo esté interceptando la conexión.
probe-tls-chain-too-long = { $host } envió una cadena de certificados demasiado larga para verificarla (más certificados intermedios de los que acepta cualquier cliente).
probe-tls-ca-as-leaf = { $host } presenta como propio el certificado de una autoridad de certificación (a menudo, un certificado autofirmado), y los clientes lo rechazan.
probe-tls-rejected = Se rechazó el certificado de seguridad de { $host } ({ $error }).
probe-tls-alert = { $host } rechazó la conexión segura (alerta TLS: { $alert }).
probe-tls-invalid-handshake = { $host } respondió, pero no con una negociación segura (TLS) válida.
probe-tls-failed = Falló la conexión segura con { $host }: { $error }.
probe-tls-cut = { $host } cortó la conexión durante la negociación segura.
probe-tls-closed = { $host } cerró la conexión durante la negociación segura.
probe-tls-ca-no-pem = no contiene ningún certificado PEM
probe-tls-ca-unusable = uno de sus certificados no sirve como raíz: { $error }
probe-tls-ca-not-pem = no es PEM válido: { $error }

## Sondeos: la petición web (HTTP)

probe-http-build-failed = no se pudo crear la solicitud: { $error }
probe-http-stalled-before-request = { $host } se conectó, pero luego se quedó parado { $took } antes de poder enviar la solicitud.
probe-http-stalled-without-answer = { $host } se conectó, pero luego se quedó parado { $took } sin responder a la solicitud.
probe-body-stopped = { $host } dejó de enviar tras { $bytes } (a { $took } de empezar la descarga).
probe-http-closed-early = { $host } cerró la conexión antes de completar la respuesta.
probe-http-cut = { $host } cortó la conexión a mitad de la solicitud.
probe-http-goaway = { $host } cerró la conexión HTTP/2 sin responder (GOAWAY: { $error }).
probe-http-invalid = { $host } respondió con algo que no es HTTP válido ({ $error }).
probe-http-failed = Falló el intercambio HTTP con { $host }: { $error }.
probe-http-rate-limited = { $host } está rechazando solicitudes (HTTP 429: demasiadas solicitudes).
probe-http-rate-limited-wait = { $host } está rechazando solicitudes (HTTP 429: demasiadas solicitudes) y pide a los clientes que esperen { $wait }.
probe-http-unavailable-wait = { $host } dice que no está disponible temporalmente (HTTP 503) y pide a los clientes que esperen { $wait }.
probe-http-server-error = { $host } responde con un error del servidor (HTTP { $status }).
probe-http-unexpected-status = { $host } respondió HTTP { $status }; se esperaba { $expected }.
probe-http-body-missing = { $host } respondió, pero la página no contiene "{ $text }".
probe-redirect-loop = { $host } redirigió { $count } { $count ->
    [one] vez
   *[other] veces
} sin dar respuesta (el máximo que sigue una comprobación); la última, a { $url }.
probe-redirect-insecure = { $host } redirigió a { $url }, que no es una dirección segura (https); Downbeat no la sigue.

## Sondeos: las peticiones del propio Downbeat (la API de la vista desde fuera, la página de estado
## de un servicio). Por qué falló una, tras "sin respuesta de Globalping:" y similares.

probe-fetch-encoding = la respuesta llegó en una codificación que no se pidió ({ $encoding })
probe-fetch-too-large-mib = la respuesta superaba los { $mib } MiB
probe-fetch-too-large-kib = la respuesta superaba los { $kib } KiB
probe-fetch-gunzip = no se pudo leer la respuesta comprimida con gzip: { $error }

## Sondeos: los puntos de acceso de Spotify. Un punto de acceso es el servidor al que se conectan
## primero las apps de Spotify; el "saludo" (hello) es el primer mensaje de su protocolo, y el
## "desafío" (challenge), la respuesta que firma un punto de acceso auténtico. apresolve es el
## servicio que da la lista de puntos de acceso.

probe-ap-no-time = No se pudo probar ningún punto de acceso antes de que se agotara el tiempo de la comprobación.
probe-ap-port-blocked = Tu red bloquea el puerto { $port } ({ $blocked }); las apps recurren a { $fallback }, algo más lento. { $detail }
probe-ap-another = otro punto de acceso
probe-ap-attempt = { $address }: { $headline }
probe-ap-before-it = { $detail } (Antes: { $attempts }.)
probe-ap-tried-all = { $detail } ({ $count ->
    [one] Se probó { $count } punto de acceso
   *[other] Se probaron { $count } puntos de acceso
}: { $attempts }.)
probe-ap-apresolve-failed = { $detail } No se pudo usar apresolve ({ $why }), así que se probó la lista de reserva.
probe-ap-apresolve-empty = no indicaba ningún punto de acceso
probe-ap-apresolve-status = { $host } respondió HTTP { $status }
probe-ap-apresolve-too-large = la respuesta de { $host } supera los 64 KiB
probe-ap-apresolve-not-json = la respuesta de { $host } no es el JSON esperado
probe-ap-hello-timeout = { $address } aceptó la conexión, pero no respondió al saludo en { $took }.
probe-ap-closed = { $address } cerró la conexión { $when ->
    [sending] al enviar el saludo
    [waiting] antes de responder al saludo
   *[answering] a mitad de su respuesta
}.
probe-ap-reset = { $address } cortó la conexión { $when ->
    [sending] al enviar el saludo
    [waiting] antes de responder al saludo
   *[answering] a mitad de su respuesta
}.
probe-ap-broke-off = { $address } interrumpió la conexión { $when ->
    [sending] al enviar el saludo
    [waiting] antes de responder al saludo
   *[answering] a mitad de su respuesta
} ({ $error }).
probe-ap-http = { $address } respondió al saludo con HTTP, no como un punto de acceso: en su lugar hay un servidor web, un proxy o un portal.
probe-ap-bad-length = { $address } respondió al saludo con algo que no es la respuesta de un punto de acceso (anunció { $bytes } { $bytes ->
    [one] byte
   *[other] bytes
}; una respuesta ocupa de 5 bytes a 64 KiB).
probe-ap-unparsable = { $address } respondió al saludo con algo que no es la respuesta de un punto de acceso (no se puede interpretar).
probe-ap-try-another = { $address } pidió al cliente que probara otro punto de acceso.
probe-ap-refused = { $address } rechazó el saludo ({ $code }).
probe-ap-refused-why = { $address } rechazó el saludo ({ $code }: { $why }).
probe-ap-upgrade = { $address } respondió que el cliente es demasiado antiguo: el saludo de Downbeat (versión del cliente { $build }) está desactualizado. Spotify sí respondió, así que no es una caída; actualiza Downbeat.
probe-ap-no-challenge = { $address } respondió al saludo sin desafío, sin petición de actualización y sin rechazo.
probe-ap-signature-invalid = { $address } respondió al saludo, pero su intercambio de claves no está firmado con { $key ->
    [test] la server_key configurada
   *[spotify] la clave de Spotify
}: respondió algo que no es un punto de acceso de Spotify (un proxy o un filtro de esta red, o un impostor).
probe-ap-slow = { $address } respondió al saludo con un desafío firmado, pero despacio ({ $took } en total).
probe-ap-ok = { $address } respondió al saludo con un desafío firmado con { $key ->
    [test] la clave de prueba configurada
   *[spotify] la clave de Spotify
} en { $hello } ({ $took } en total).
probe-ap-random-failed = falló el generador de números aleatorios del sistema
probe-ap-group-malformed = el grupo Diffie-Hellman del saludo está mal formado
probe-ap-encode-failed = no se pudo codificar el saludo ({ $error })
probe-ap-too-large = el saludo es demasiado grande
probe-ap-addr-not-host-port = "{ $text }" no tiene el formato host:puerto
probe-ap-addr-bad-port = "{ $text }" no tiene un puerto válido
probe-ap-addr-bad-host = "{ $text }" no tiene un host válido
probe-ap-key-no-pem = no contiene ningún bloque PEM
probe-ap-key-unparsable = su clave pública no se puede interpretar ({ $error })
probe-ap-key-not-rsa = no es una clave pública RSA
probe-ap-key-rsa-unparsable = su clave RSA no se puede interpretar ({ $error })
probe-ap-key-wrong-block = contiene un bloque "{ $label }", no PUBLIC KEY ni RSA PUBLIC KEY
probe-ap-key-too-small = su módulo tiene { $bits } bits; los puntos de acceso firman con 2048

## Una ronda de comprobaciones

run-check-lost = La comprobación se detuvo de forma inesperada.

## La vista desde fuera: preguntar a sondas de otros lugares (Globalping) si un servicio también
## falla allí, y el proveedor de esta red (RIPEstat). Por qué el mundo no pudo responder.

outside-q-no-probe = ninguna sonda de fuera pudo responder
outside-q-too-few = { $count ->
    [one] solo { $count } sonda de fuera pudo responder, demasiado poco para saberlo
   *[other] solo { $count } sondas de fuera pudieron responder, demasiado pocas para saberlo
}
outside-q-off = desactivada (outside_view = "")
outside-q-from-settings = la configuración
outside-q-from-time-zone = la zona horaria { $zone }
outside-q-rate-limited = se agotó la cuota de Globalping
outside-q-rate-limited-until = la cuota de Globalping está agotada hasta las { $until }
outside-q-unreachable = sin respuesta de Globalping: { $why }
outside-q-garbage = la respuesta de Globalping no tenía sentido: { $why }
outside-q-refused = Globalping rechazó la solicitud: { $why }
outside-q-unfinished = las sondas no terminaron a tiempo
outside-q-bad-id = un id de medición como { $id }
outside-q-bad-url = { $url }: { $error }
outside-q-refusal = HTTP { $status }
outside-q-refusal-said = HTTP { $status }: { $said }
outside-q-refusal-said-params = HTTP { $status }: { $said } ({ $params })
outside-q-refusal-params = HTTP { $status }: { $params }
outside-q-param = { $name }: { $why }
outside-q-ripestat-unreachable = sin respuesta de RIPEstat: { $why }
outside-q-ripestat-status = RIPEstat respondió HTTP { $status }
outside-q-ripestat-garbage = la respuesta de RIPEstat no tenía sentido: { $why }
outside-q-ripestat-said = RIPEstat dijo { $status }
outside-q-ripestat-no-network = RIPEstat no conoce ninguna red que anuncie { $ip }
outside-q-page-bad-address = la dirección de la página no admite la ruta de la API
outside-q-page-status = respondió HTTP { $status }
outside-q-page-not-summary = su respuesta no es un resumen de Statuspage: { $error }


## Errores: los fallos del motor, una línea cada uno

error-config = { $path }:{ $line }:{ $column }: { $problem }
error-config-read = no se puede leer el archivo de configuración { $path }: { $reason }
error-ca-file = Archivo de CA { $path }: { $reason }
error-no-roots = no se encontró ningún certificado raíz de confianza: instala el paquete ca-certificates o define ca_file
error-tls = falló la configuración de TLS: { $reason }

## Errores de configuración: dónde está el error

config-source-builtin = (configuración integrada)
config-source-preset = (preajuste integrado { $name })
config-source-label-builtin = valores predeterminados integrados (preajuste de Spotify)

## Errores de configuración: la clave

config-key-problem = { $key }: { $problem }

## Errores de configuración: la sintaxis del archivo y sus claves

config-unknown-key = clave desconocida `{ $key }` (válidas aquí: { $keys })
config-unknown-key-suggest = clave desconocida `{ $key }`: ¿querías decir `{ $suggestion }`? (válidas aquí: { $keys })
config-table-brackets = {"["}{ $name }] debe escribirse [[{ $name }]], con corchetes dobles: cada [[{ $name }]] añade un elemento a una lista
config-table-twice = la tabla [{ $name }] aparece dos veces
config-duplicate-key = clave duplicada `{ $key }`: ya está definida en esta tabla

## Errores de configuración: un valor del tipo equivocado

config-invalid-type = se esperaba { $want }, no { $found }{ $hint ->
    [number] {" "}(escribe los números sin comillas)
    [bool] {" "}(escribe true o false sin comillas)
    [quotes] {" "}(ponlo entre comillas)
   *[none] {""}
}
config-want-number = un número entero
config-want-bool = true o false
config-want-text = un texto entre comillas
config-want-list = una lista, como ["a", "b"]
config-want-table = una tabla
config-want-duration = una duración entre comillas, como "30s"
config-found-text = el texto { $value }
config-found-number = el número { $value }
config-found-table = una tabla
config-found-list = una lista
config-unknown-variant = "{ $value }" no es ninguna de las opciones: { $choices }{ $hint ->
    [web] {" "}(una comprobación web por HTTP o HTTPS es handshake, el valor predeterminado)
   *[none] {""}
}

## Errores de configuración: valores que se comprueban a sí mismos

config-duration-invalid = duración no válida "{ $value }": escríbela como "30s", "2m", "1h", "7d" o "500ms"
config-duration-no-unit = una duración necesita una unidad, entre comillas: escribe "{ $n }s" para { $n } { $n ->
    [one] segundo
   *[other] segundos
}
config-duration-not-whole = una duración necesita un número entero y una unidad, entre comillas, como "30s" o "500ms", no { $value }
config-duration-range = debe estar entre { $min } y { $max }
config-duration-range-key = { $key } debe estar entre { $min } y { $max }
config-out-of-range = { $value } está fuera de rango: debe estar entre { $min } y { $max }
config-url-no-scheme = URL no válida "{ $value }": necesita un esquema, como "https://{ $host }"
config-url-add-scheme = URL no válida "{ $value }": añade https:// al principio, como "https://{ $host }"
config-url-invalid = URL no válida "{ $value }": { $reason }
config-url-reason-empty-host = host vacío
config-url-reason-idna = nombre de dominio internacional no válido
config-url-reason-port = número de puerto no válido
config-url-reason-ipv4 = dirección IPv4 no válida
config-url-reason-ipv6 = dirección IPv6 no válida
config-url-reason-domain-character = carácter de dominio no válido
config-url-scheme = URL no válida "{ $value }": el esquema debe ser https (o http), no "{ $scheme }"
config-url-no-host = URL no válida "{ $value }": no tiene host
config-doh-https = reference_dns "{ $value }": DNS sobre HTTPS necesita una URL https, como "https://1.1.1.1/dns-query"
config-doh-by-ip = reference_dns "{ $value }": indica el servidor por dirección IP, como "https://1.1.1.1/dns-query" (un nombre necesitaría justo el DNS que debe comprobar)
config-host-invalid = host no válido "{ $value }": indica un nombre como "ap.spotify.com" o una dirección IP, sin esquema ni puerto
config-dns-server-invalid = servidor DNS no válido "{ $value }": escríbelo como "ip:puerto", por ejemplo "1.1.1.1:53" o "[2606:4700::1111]:53"
config-ip-invalid = dirección IP no válida "{ $value }"
config-status-out-of-range = el estado HTTP { $code } está fuera de rango: debe estar entre 100 y 599
config-status-invalid = estado no válido "{ $value }": escribe 200, "200-399" o una lista de ellos
config-expect-status-invalid = expect_status no válido: escribe 200, "200-399" o una lista de ellos
config-expect-status-empty = expect_status debe incluir al menos un estado
config-country-uk = país no válido "{ $value }": el código ISO 3166 del Reino Unido es "GB"
config-country-invalid = país no válido "{ $value }": escribe un código ISO 3166 de dos letras, como "GB" o "US"
config-language-unknown = idioma desconocido "{ $value }": los idiomas son { $languages }, o "auto" para usar el del sistema

## Errores de configuración: lo que pide el archivo en conjunto

config-baseline-duplicate = ya hay una comprobación de referencia llamada "{ $name }"
config-service-duplicate = ya hay un servicio llamado "{ $name }"
config-nothing-to-check = nada que comprobar: la configuración no tiene ningún servicio ni ninguna referencia
config-preset-unknown = preajuste desconocido "{ $name }": los preajustes son { $presets }
config-service-needs-name = cada [[service]] necesita un nombre (de 1 a 64 caracteres) o un preajuste
config-captive-in-service = comprobación "{ $check }": una comprobación de tipo captive prueba tu propia red, así que va en la referencia ([[baseline]]), no en un servicio
config-service-check-duplicate = el servicio "{ $service }" ya tiene una comprobación llamada "{ $check }"
config-service-no-checks = el servicio "{ $service }" no tiene comprobaciones: añade entradas [[service.check]] o un preajuste
config-group-name-length = el nombre de un grupo debe tener de 1 a 64 caracteres
config-group-unknown-check = grupo "{ $group }": el servicio "{ $service }" no tiene ninguna comprobación llamada "{ $check }"
config-group-check-taken = grupo "{ $group }": la comprobación "{ $check }" ya está en el grupo "{ $other }"
config-check-name-length = el nombre de una comprobación debe tener de 1 a 64 caracteres
config-field-only-for = comprobación "{ $check }": `{ $field }` solo se aplica a comprobaciones de tipo { $kinds }
config-port-only-for-tcp = comprobación "{ $check }": `port` solo se aplica a comprobaciones de tipo tcp (pon el puerto en la URL)
config-tcp-needs-host-port = comprobación "{ $check }": una comprobación de tipo tcp necesita `host` y `port`
config-captive-needs-http = comprobación "{ $check }": una comprobación de tipo captive necesita una `url` HTTP sin cifrar (http://…), porque un portal solo puede intervenir en el tráfico sin cifrar
config-check-needs-url = comprobación "{ $check }": una comprobación de tipo { $kind } necesita una `url`
config-insecure-https-only = comprobación "{ $check }": `insecure` solo se aplica a URL https (con { $scheme } no hay certificado que omitir)
config-ap-field = comprobación "{ $check }": `{ $field }` no se aplica a una comprobación spotify_ap ({ $why })
config-ap-why-fallback = indica los puntos de acceso en `fallback`
config-ap-why-status = apresolve debe responder 2xx
config-ap-why-body = apresolve debe responder con su JSON
config-ap-why-downloads = no descarga nada
config-ap-why-redirects = las redirecciones de apresolve no se siguen
config-ap-why-server-key = usa `server_key` para una imitación de prueba
config-ap-url-https = comprobación "{ $check }": la `url` (apresolve) de una comprobación spotify_ap debe ser https
config-ap-default-url = la URL predeterminada de apresolve: { $reason }
config-ap-fallback = comprobación "{ $check }": fallback: { $reason }
config-ap-too-many-fallbacks = comprobación "{ $check }": se prueban como máximo { $max } puntos de acceso de `fallback`
config-server-key-unreadable = server_key: no se puede leer { $path }: { $reason }
config-server-key-unusable = server_key: { $path } no es una clave utilizable: { $reason }

## Configuración: avisos y notas al arrancar

config-owner-baseline = referencia
config-warn-server-key = la comprobación "{ $check }" de { $owner } tiene server_key: los puntos de acceso se comprueban con esa clave de prueba, no con la de Spotify, y sus resultados se marcan como sin verificar
config-warn-insecure = la comprobación "{ $check }" de { $owner } tiene insecure = true: su certificado no se verifica, y sus resultados se marcan como sin verificar
config-warn-timeout-one = la comprobación "{ $check }" de { $owner } tiene un tiempo de espera ({ $timeout }) mayor que el intervalo ({ $interval }): { $then }
config-warn-timeout-every = todas las comprobaciones tienen un tiempo de espera ({ $timeout }) mayor que el intervalo ({ $interval }): { $then }
config-warn-timeout-some = { $count } comprobaciones ({ $checks }) tienen un tiempo de espera ({ $timeout }) mayor que el intervalo ({ $interval }): { $then }
config-owner-check = "{ $check }" de { $owner }
config-then-watch = { $count ->
    [one] mientras se queda colgada, la siguiente ronda espera
   *[other] mientras una se queda colgada, la siguiente ronda espera
}
config-then-check = { $count ->
    [one] `watch` y la app se retrasarían mientras se queda colgada
   *[other] `watch` y la app se retrasarían mientras una se queda colgada
}
config-note-no-services = { $path } no tiene [[service]], así que se comprueba el preajuste integrado de Spotify (`downbeat presets spotify` lo muestra)
config-note-no-baseline = { $path } no tiene [[baseline]], así que se comprueban los sitios de referencia integrados (`downbeat presets baseline` los muestra)

## La página de configuración: lo que dice de un campo o de un guardado que falla

config-field-interval = Comprobar cada
config-field-remind-every = Recordar cada
config-field-url = URL
config-field-name = Nombre
config-field-expect-status = Estado esperado
config-field-preset = Servicio
config-field-country = País
config-field-language = Idioma
config-form-labelled = { $label }: { $problem }
config-form-broken = { $error }. Corrige primero el archivo a mano; la configuración no se guarda encima de él.
config-form-unreadable = { $path }: { $reason }
config-form-duplicate-service = "{ $name }" ya está en la lista
config-form-custom-https = la URL de un servicio personalizado debe empezar por https://
config-form-no-services = elige al menos un servicio que vigilar
config-form-cannot-write = no se puede escribir { $path }: { $reason }

## El almacén del historial: sus errores y el estado de la escritura

store-error-database = base de datos del historial { $path }: { $reason }
store-error-folder = carpeta del historial { $path }: { $reason }
store-error-query = no se pudo leer el historial: { $reason }
store-error-export = no se pudo escribir el CSV: { $reason }
store-error-too-new = la base de datos del historial { $path } la escribió un Downbeat más reciente (esquema { $found }; este solo conoce hasta el { $known })
store-recovered = la base de datos del historial estaba dañada ({ $reason }); se guardó como { $moved_to } y se empezó una nueva
store-read-only = la base de datos del historial es de solo lectura: el historial se guarda en memoria hasta que se pueda escribir
store-disk-full = el disco está lleno: el historial se guarda en memoria hasta que haya espacio
store-open-failed = { $error }: el historial se guarda en memoria hasta que se pueda escribir
store-write-failed = no se pudo escribir el historial: { $reason }
store-maintenance-failed = falló el mantenimiento del historial ({ $step }): { $reason }
store-step-closing-stale = cerrando incidentes antiguos
store-step-ending-open = terminando los incidentes abiertos
store-step-rolling-up = agregando
store-step-rolling-up-trimming = agregando y recortando
store-no-data-folder = no hay carpeta de datos en este sistema: no se registra el historial (define DOWNBEAT_DATA_DIR)
store-not-recording = { $error }; se continúa sin registrar el historial


## El menú de la bandeja (la interfaz de la app de bandeja en Linux). Etiquetas cortas.

tray-menu-check-now = Comprobar ahora
tray-menu-pause-minutes = Pausar { $minutes } min
tray-menu-pause-hours = Pausar { $hours ->
    [one] { $hours } hora
   *[other] { $hours } horas
}
tray-menu-resume = Reanudar
tray-menu-history = Abrir historial…
tray-menu-settings = Configuración…
tray-menu-settings-file = Abrir archivo de configuración
tray-menu-start-at-login = Abrir al iniciar sesión
tray-menu-quit = Salir de Downbeat

## El archivo de configuración que crea la bandeja cuando "Abrir archivo de configuración" no
## encuentra ninguno. Cada mensaje es una línea de comentario al principio de ese archivo TOML.

tray-settings-file-title = Configuración de Downbeat. Si aquí no hay nada, se usa el preajuste integrado de Spotify.
tray-settings-file-reference = La documentación completa está en docs/configuration.md; `downbeat presets spotify` muestra el preajuste.

## Por qué ningún programa pudo abrir el archivo de configuración: entre paréntesis tras la ruta,
## en la notificación "Ningún programa pudo abrir el archivo de configuración"

tray-opener-failed = { $program } falló ({ $status })
tray-opener-missing = { $program } no está instalado
tray-opener-error = { $program }: { $error }

## Por qué no puede arrancar la app de bandeja: tras "downbeat-desktop: " en el terminal y (en
## Windows) en un cuadro de mensaje, con la primera letra en mayúscula

tray-cannot-start = no se puede iniciar: { $error }
tray-no-display = no hay pantalla (no está definido ni DISPLAY ni WAYLAND_DISPLAY); `downbeat watch` funciona sin ella
tray-config-error = error de configuración: { $error }

## Lo que comparten los programas de escritorio (la bandeja y la ventana del historial): abrir
## al iniciar sesión. Se muestra en la página de configuración cuando falla activarlo o desactivarlo.

desktop-autostart-not-found = abrir al iniciar sesión: ¿dónde está Downbeat? { $error }
desktop-autostart-failed = abrir al iniciar sesión: { $error }
desktop-no-folder = este programa no está en ninguna carpeta


## El programa de la ventana del historial (downbeat-window): lo que dice cuando no puede hacer algo

window-app-cannot-open = no se puede abrir la ventana del historial: { $error }
window-app-cannot-open-webview2 =
    no se puede abrir la ventana del historial: { $error }

    La ventana de Downbeat necesita Microsoft Edge WebView2 Runtime. Windows 10 y 11 suelen tenerlo; si no, instálalo desde https://developer.microsoft.com/microsoft-edge/webview2/ y vuelve a intentarlo.
window-app-no-display = no hay pantalla (no está definido ni DISPLAY ni WAYLAND_DISPLAY); `downbeat watch` funciona sin ella
window-app-no-history = no se registra historial en este sistema (no hay carpeta de datos; define DOWNBEAT_DATA_DIR)
window-app-nothing-recorded = aún no hay nada registrado
window-app-no-downloads = no hay carpeta de Descargas ni carpeta personal donde guardar
window-app-no-config-path = no hay carpeta de configuración en este sistema (define DOWNBEAT_CONFIG)
window-app-write-failed = { $path }: { $reason }

## La página de la ventana del historial: la cabecera

ui-verdict-checking = Comprobando…
ui-check-now = Comprobar ahora
ui-export = Exportar CSV
ui-open-settings = Configuración
ui-exported = Guardado en { $path }
ui-export-failed = Error al exportar: { $error }

## La página de la ventana del historial: el estado actual ("Ahora")

ui-now-heading = Ahora
ui-connection = Tu conexión
ui-groups-label = { $service } por cliente
ui-group-label = { $group }: { $state }
ui-group-state-up = operativo
ui-group-state-degraded = degradado
ui-group-state-down = caído
ui-group-state-unknown = desconocido
ui-places-label = { $service } visto desde fuera
ui-check-via = vía { $address }
ui-badge-unverified = sin verificar
ui-check-unverified-title = La verificación está desactivada en esta comprobación: insecure = true, o una server_key de prueba

## La página de la ventana del historial: disponibilidad

ui-uptime-heading = Disponibilidad
ui-uptime-legend = Leyenda
ui-legend-up = operativo
ui-legend-degraded = degradado
ui-legend-down = caído
ui-legend-offline = problema tuyo (sin conexión, sin DNS, …)
ui-legend-no-data = sin datos
ui-uptime-nothing = Aún no hay nada registrado.
ui-uptime-unverified-title = La verificación de certificados está desactivada en: { $checks }
ui-uptime-window-24h = 24 h
ui-uptime-window-7d = 7 d
ui-uptime-window-30d = 30 d
ui-uptime-bars-24h = { $service } en las últimas 24 horas
ui-uptime-bars-7d = { $service } en los últimos 7 días
ui-uptime-bars-30d = { $service } en los últimos 30 días

## La página de la ventana del historial: el gráfico de latencia

ui-latency-title-24h = Latencia, últimas 24 h
ui-latency-title-hour = Latencia, última hora
ui-latency-unit-median = (mediana por fase, ms)
ui-latency-unit-round = (cada ronda, por fase, ms)
ui-latency-service = Servicio
ui-latency-empty = Aún no hay mediciones.
ui-latency-too-few = Aún no hay datos suficientes para un gráfico: aparece tras unas cuantas rondas. La última medición está bajo cada comprobación, más arriba.
ui-latency-phase-dns = dns
ui-latency-phase-connect = conexión
ui-latency-phase-tls = tls
ui-latency-phase-hello = saludo
ui-latency-phase-ttfb = ttfb
ui-latency-phase-transfer = transferencia
ui-latency-p95 = p95 total
ui-latency-time = Hora

## La página de la ventana del historial: incidentes

ui-incidents-heading = Incidentes, últimos 30 días
ui-incidents-started = Inicio
ui-incidents-lasted = Duración
ui-incidents-what = Qué
ui-incidents-why = Por qué
ui-incidents-side = De quién

## La página de la ventana del historial: lo que falló en la propia página

ui-problem-history = Historial: { $error }
ui-problem-start = No se pudo iniciar la ventana: { $error }
ui-problem-load = No se pudo cargar { $file }
ui-problem-script = Error de script: { $error } ({ $place })
ui-problem-csp = Bloqueado por la política de seguridad de contenido: { $directive } { $address }

## La página de configuración

ui-settings-heading = Configuración
ui-settings-path = ({ $path })
ui-settings-broken = Esta página no puede mostrar la configuración mientras su archivo (indicado arriba) tenga un error. Corrígelo en un editor de texto: Downbeat lo vuelve a cargar en cuanto se puede leer.
ui-settings-services = Servicios que vigilar
ui-settings-add-service = Añadir un servicio
ui-settings-add = Añadir
ui-settings-service-other = (definido en el archivo de configuración)
ui-settings-edit = Editar
ui-settings-remove = Quitar
ui-settings-edit-label = Editar { $service }
ui-settings-remove-label = Quitar { $service }
ui-settings-service-error = { $service }: { $error }
ui-settings-some-service-error = Un servicio: { $error }
ui-settings-custom = Añade tu propio servicio HTTPS
ui-settings-custom-name = Nombre
ui-settings-custom-url = URL
ui-settings-custom-status = Estado esperado
ui-settings-custom-add = Añadir este servicio
ui-settings-custom-incomplete = un servicio personalizado necesita un nombre y una URL
ui-settings-checks = Comprobaciones
ui-settings-interval = Comprobar cada
ui-settings-interval-hint = p. ej., 30s, 1m, 5m
ui-settings-baseline = Comprobar también mi propia conexión, para que Downbeat sepa de qué lado está el problema
ui-settings-autostart = Abrir Downbeat al iniciar sesión
ui-settings-theme = Apariencia
ui-settings-theme-system = Como el sistema
ui-settings-theme-light = Claro
ui-settings-theme-dark = Oscuro
ui-settings-language = Idioma
ui-settings-language-auto = El mismo que el sistema
ui-settings-notify = Avisarme cuando
ui-settings-notify-down = un servicio se caiga
ui-settings-notify-recovered = vuelva a funcionar
ui-settings-notify-degraded = vaya lento o con problemas
ui-settings-notify-offline = mi propia conexión tenga un problema (sin conexión, página de inicio de sesión, DNS)
ui-settings-remind = recordármelo mientras un servicio siga caído, cada
ui-settings-remind-every = Intervalo del recordatorio
ui-settings-outside = ¿Caído para todos o solo desde aquí?
ui-settings-elsewhere = Cuando un servicio falle y mi conexión funcione, preguntar a sondas de otros lugares (Globalping) si allí también falla
ui-settings-provider = Después, averiguar en qué proveedor está esta red (RIPEstat) y preguntar también a sondas de ese proveedor, para distinguir entre mi proveedor y mi casa
ui-settings-country = Mi país
ui-settings-country-placeholder = ES
ui-settings-country-hint = dos letras; vacío: según la zona horaria
ui-settings-token = Token de Globalping
ui-settings-token-hint = opcional, para una cuota mayor
ui-settings-outside-note = Qué se envía: el host, el puerto y la ruta de la comprobación que falla. Nada mientras todo funciona o mientras no tienes conexión.
ui-settings-save = Guardar
ui-settings-close = Volver al historial
ui-settings-saving = Guardando…
ui-settings-saved = Guardado. La próxima ronda usa la nueva configuración.

## The built-in presets' words (presets/*.toml)

preset-apple_music-advice = La música descargada se sigue reproduciendo.
preset-deezer-advice = La música descargada se sigue reproduciendo en modo sin conexión (con un plan de pago).
preset-soundcloud-advice = Las canciones guardadas para escuchar sin conexión (con Go) se siguen reproduciendo.
preset-spotify-advice = La música descargada se sigue reproduciendo en modo sin conexión.
preset-tidal-advice = La música descargada se sigue reproduciendo en modo sin conexión.
preset-youtube_music-advice = Las descargas de la app se siguen reproduciendo sin conexión (con YouTube Music Premium).
preset-spotify-group-the-spotify-apps = las apps de Spotify
preset-spotify-group-the-web-player = el reproductor web
preset-spotify-group-login = el inicio de sesión

## El camino de este equipo, tal como lo muestra `check` cuando algo falla

path-route-router = { $family } sale por { $interface } hacia el router { $router }.
path-route-tunnel = { $family } sale por el túnel { $interface }.
path-route-direct = { $family } sale por { $interface }.
path-route-none = No hay ruta { $family }.
path-link-down = La interfaz { $interface } está caída.
path-link-no-address = { $interface } no tiene dirección { $family }.
path-router-echo = El router respondió a un ping en { $took }.
path-router-tcp = El router respondió por el puerto TCP { $port } en { $took }.
path-router-silent = El router no respondió en { $took }.
path-router-unreachable = No se pudo llegar al router: este equipo no tiene forma de alcanzarlo.
