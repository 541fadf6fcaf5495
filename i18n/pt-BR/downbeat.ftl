# Mensagens do Downbeat em português do Brasil (pt-BR).

## O idioma

language-name = Português (Brasil)

## Números, horas, datas e listas: como este idioma os escreve

number-decimal = ,
unit-ms = { $n } ms
unit-seconds = { $n } s
span-s = { $s } s
span-min = { $min } min
span-h = { $h } h
span-h-min = { $h } h { $min } min
span-d = { $d ->
    [one] { $d } dia
   *[other] { $d } dias
}
span-d-h = { $d ->
    [one] { $d } dia
   *[other] { $d } dias
} { $h } h
month-short = { $month ->
    [1] jan.
    [2] fev.
    [3] mar.
    [4] abr.
    [5] mai.
    [6] jun.
    [7] jul.
    [8] ago.
    [9] set.
    [10] out.
    [11] nov.
   *[12] dez.
}
# "7 de dez."
date-day-month = { $day } de { $month }
# "7 de dez. de 2026"
date-day-month-year = { $day } de { $month } de { $year }
# "7 de dez., 14:05"
date-time = { $date }, { $time }
# "14:05"
time-hm = { $hh }:{ $mm }
time-hms = { $hh }:{ $mm }:{ $ss }
list-comma = {", "}
list-and = { $first } e { $last }
list-or = { $first } ou { $last }

## Causas: o que está por trás de um veredito, e de que lado está

cause-headline-none = tudo certo
cause-headline-service = o serviço está com falha
cause-headline-offline = você está offline
cause-headline-no-network = este computador não está conectado a nenhuma rede
cause-headline-router-down = seu roteador ({ $router }) não responde
cause-headline-line-down = seu roteador ({ $router }) responde, mas a conexão com o provedor não
cause-headline-vpn-down = sua VPN ({ $interface }) não deixa passar nada
cause-headline-ipv6-broken = o IPv6 não funciona nesta rede, mas o IPv4 sim
cause-headline-ipv4-broken = { $via ->
        [vpn] sua VPN ({ $interface }) não deixa passar IPv4, mas o IPv6 sim
       *[other] o IPv4 não funciona nesta rede, mas o IPv6 sim
    }
cause-headline-dns-resolver-down = seu servidor DNS não responde
cause-headline-dns-filtered = o DNS da sua rede bloqueia o acesso
cause-headline-captive-portal = esta rede pede login
cause-headline-slow-connection = sua conexão está lenta
cause-headline-port-blocked = sua rede bloqueia a porta preferencial
cause-headline-downbeat-outdated = o Downbeat está desatualizado
cause-headline-network-path = só falha a partir da sua rede
cause-headline-provider = falha na rede do seu provedor
cause-headline-clock-wrong = o relógio do seu computador está errado
cause-headline-tls-intercepted = algo intercepta as conexões seguras
cause-headline-dns-unconfirmed = seu DNS diz que o nome não existe

cause-state-word-offline = offline
cause-state-word-no-network = offline
cause-state-word-router-down = offline
cause-state-word-line-down = offline
cause-state-word-vpn-down = offline
cause-state-word-ipv6-broken = IPv6 falhando
cause-state-word-ipv4-broken = IPv4 falhando
cause-state-word-dns-resolver-down = sem DNS
cause-state-word-dns-filtered = bloqueado
cause-state-word-captive-portal = login necessário
cause-state-word-slow-connection = conexão lenta
cause-state-word-port-blocked = porta bloqueada
cause-state-word-downbeat-outdated = atualize o Downbeat
cause-state-word-network-path = só falha daqui
cause-state-word-provider = seu provedor
cause-state-word-clock-wrong = relógio errado
cause-state-word-tls-intercepted = interceptado
cause-state-word-dns-unconfirmed = nome não encontrado aqui

cause-line-offline = Você está offline: é com você, não com os serviços
cause-line-no-network = Este computador não está conectado a nenhuma rede: é com você, não com os serviços
cause-line-router-down = Seu roteador ({ $router }) não responde: é com você, não com os serviços
cause-line-line-down = Seu roteador ({ $router }) responde, mas nada além dele: é com a sua conexão, não com os serviços
cause-line-vpn-down = Sua VPN ({ $interface }) não deixa passar nada: é com você, não com os serviços
cause-line-ipv6-broken = O IPv6 não funciona nesta rede: os apps que tentam usá-lo primeiro travam
cause-line-ipv4-broken = { $via ->
        [vpn] Sua VPN ({ $interface }) não deixa passar IPv4: os sites sem IPv6 não podem ser acessados
       *[other] O IPv4 não funciona nesta rede: os sites sem IPv6 não podem ser acessados
    }
cause-line-dns-resolver-down = Seu DNS não responde: reinicie o roteador ou troque de DNS
cause-line-dns-filtered = Sua rede bloqueia o { $service }: tente outra rede
cause-line-captive-portal = Este Wi-Fi pede login: abra o navegador
cause-line-slow-connection = Sua conexão está lenta para tudo, não só para o { $service }
cause-line-port-blocked = Sua rede bloqueia a porta do { $service }: os apps usam outra
cause-line-downbeat-outdated = Downbeat desatualizado para o { $service }: atualize
cause-line-network-path = { $service } funciona fora daqui, não na sua rede: tente outra
cause-line-provider = { $service } falha na rede do seu provedor: é com o provedor
cause-line-clock-wrong = Seu relógio está errado: conexões seguras falham, é com você
cause-line-tls-intercepted = Conexões seguras interceptadas: é a rede ou este computador
cause-line-dns-unconfirmed = Seu DNS diz que o { $service } não existe: a rede pode filtrar

cause-advice-service = O problema é com eles: reiniciar o roteador não vai ajudar.
cause-advice-offline = Verifique o Wi-Fi, o roteador ou a VPN.
cause-advice-no-network = Ative o Wi-Fi ou conecte o cabo.
cause-advice-router-down = Reinicie o roteador ou chegue mais perto do Wi-Fi.
cause-advice-line-down = Reiniciar o roteador uma vez pode ajudar; se não resolver, o problema é com o seu provedor, e o próximo passo é a página de status ou a central de atendimento dele.
cause-advice-vpn-down = Reconecte a VPN ou desligue-a.
cause-advice-ipv6-broken = Reinicie o roteador; se continuar, desative o IPv6 neste computador ou fale com o seu provedor.
cause-advice-ipv4-broken = { $via ->
        [vpn] Reconecte a VPN ou desligue-a.
       *[other] Reinicie o roteador; se continuar, o problema é com o seu provedor (o gateway IPv4 dele), e o próximo passo é a página de status ou a central de atendimento dele.
    }
cause-advice-dns-resolver-down = Reinicie o roteador ou troque de DNS (por exemplo, para 1.1.1.1).
cause-advice-dns-filtered = Tente outra rede ou fale com quem administra esta.
cause-advice-captive-portal = Abra um navegador e faça login.
cause-advice-slow-connection = Chegue mais perto do Wi-Fi, pause outros downloads ou reinicie o roteador.
cause-advice-port-blocked = Nada a fazer enquanto os apps conseguirem conectar; se pararem, fale com quem administra esta rede.
cause-advice-downbeat-outdated = Atualize o Downbeat: a saudação dele aos pontos de acesso está desatualizada.
cause-advice-network-path = Tente outra rede (um hotspot do celular); se funcionar, o problema é esta rede ou o seu provedor.
cause-advice-provider = Reiniciar o roteador não vai ajudar; um celular nos dados móveis vai. Avise o seu provedor.
cause-advice-clock-wrong = Ative a data e hora automáticas nas configurações do sistema.
cause-advice-tls-intercepted = Isso costuma ser uma rede corporativa, a proteção web de um antivírus ou um filtro; numa rede em que você não confia, pare por aqui.
cause-advice-dns-unconfirmed = Tente outra rede ou outro DNS; se funcionar lá, esta rede está filtrando o serviço.

## Diagnósticos: por que uma verificação deu o resultado que deu

diagnosis-ok = tudo certo
diagnosis-slow = respondendo devagar
diagnosis-dns-nxdomain = o nome não resolve
diagnosis-dns-failure = falha na consulta DNS
diagnosis-tcp-refused = conexão recusada
diagnosis-tcp-timeout = tempo de conexão esgotado
diagnosis-network-unreachable = rede inacessível
diagnosis-connection-reset = conexão redefinida
diagnosis-tls-handshake-failed = falha na conexão segura
diagnosis-tls-cert-expired = certificado TLS expirado
diagnosis-tls-cert-not-yet-valid = certificado TLS ainda não válido
diagnosis-tls-cert-untrusted = certificado TLS não confiável
diagnosis-tls-hostname-mismatch = certificado TLS de outro nome
diagnosis-tls-cert-expiring = certificado TLS expira em breve
diagnosis-http-server-error = erro do servidor
diagnosis-http-rate-limited = limite de requisições atingido
diagnosis-http-unexpected-status = status HTTP inesperado
diagnosis-http-unexpected-body = conteúdo de página inesperado
diagnosis-http-redirect-loop = redirecionamentos demais
diagnosis-protocol-error = o servidor não fala HTTP
diagnosis-timeout = parou de responder
diagnosis-stream-too-slow = streaming lento demais
diagnosis-dns-blocked = o DNS da sua rede bloqueia o acesso
diagnosis-captive-portal = uma página de login (portal cativo) respondeu
diagnosis-ap-signature-invalid = o handshake não está assinado pelo Spotify
diagnosis-ap-handshake-failed = o handshake com o ponto de acesso falha
diagnosis-ap-upgrade-required = ele pede um Downbeat mais novo
diagnosis-ap-port-blocked = sua rede bloqueia a porta preferencial dele


## Linhas: os resumos de uma linha que todas as interfaces mostram: a primeira linha da
## bandeja e o título da janela (a linha do veredito), a linha de um serviço, a da conexão
## do usuário e as da configuração.

line-state = { $state ->
    [up] no ar
    [degraded] com instabilidade
    [down] fora do ar
    [offline] offline
   *[unknown] desconhecido
}

line-them-connection-fine = O problema é com eles: sua conexão está ok.
line-them = O problema é com eles.

line-checking = Verificando…

line-paused-until = Pausado até { $time }
line-paused-until-resumed = Pausado até você retomar

line-all-well = Tudo certo
line-all-up = { $count ->
    [2] Os dois serviços estão no ar
   *[other] Todos os { $count } serviços estão no ar
}
line-some-up = { $up } de { $count } serviços no ar; verificando os outros

line-your-services = seus serviços

## A linha do veredito quando o próprio serviço falha (o problema é com eles).

line-verdict-them = { $scope ->
    [everywhere] { $service } está { $state } para todo mundo: o problema é com eles
    [region] { $service } está { $state } em { $place }: o problema é com eles
   *[here] { $service } está { $state }: o problema é com eles
}
line-verdict-them-why = { $scope ->
    [everywhere] { $service } está { $state } para todo mundo ({ $why }): o problema é com eles
    [region] { $service } está { $state } em { $place } ({ $why }): o problema é com eles
   *[here] { $service } está { $state } ({ $why }): o problema é com eles
}
line-why-for = há { $span }
line-why-diagnosis-for = { $diagnosis }, há { $span }
line-verdict-them-many = { $services } { $count ->
    [one] está
   *[other] estão
} { $state ->
    [degraded] com instabilidade
   *[down] fora do ar
}: o problema é com eles

## A primeira linha do menu da bandeja: de que lado está, curto (no máximo 44 caracteres).

line-tray-offline = É com você: você está offline
line-tray-no-network = É com você: sem rede (Wi-Fi ou cabo)
line-tray-router-down = É com você: roteador { $router } fora do ar
line-tray-line-down = É com a sua conexão: roteador { $router } ok
line-tray-vpn-down = É com você: VPN { $interface } não deixa passar nada
line-tray-ipv6-broken = É com você: IPv6 não funciona, IPv4 sim
line-tray-ipv4-broken = { $via ->
        [vpn] É com você: VPN { $interface } não deixa passar IPv4
       *[other] É com você: IPv4 não funciona, IPv6 sim
    }
line-tray-dns-resolver-down = É com você: seu DNS não responde
line-tray-captive-portal = É com você: este Wi-Fi pede login
line-tray-slow-connection = É com você: sua conexão está lenta
line-tray-clock-wrong = É com você: seu relógio está errado
line-tray-tls-intercepted = É com você: algo intercepta as conexões
line-tray-dns-filtered = É com você: sua rede bloqueia { $services }
line-tray-port-blocked = É com você: porta bloqueada para { $services }
line-tray-downbeat-outdated = É com você: atualize o Downbeat
line-tray-network-path = É com você: { $services } { $count ->
    [one] só falha
   *[other] só falham
} daqui
line-tray-provider = É com você: seu provedor não alcança { $services }
line-tray-dns-unconfirmed = É com você: o DNS diz que { $services } não { $count ->
    [one] existe
   *[other] existem
}
line-tray-them = É com eles: { $service } está { $state }
line-tray-them-many = É com eles: { $count } { $count ->
    [one] serviço está
   *[other] serviços estão
} { $state ->
    [degraded] com instabilidade
   *[down] fora do ar
}

## A linha de um serviço: a linha de cada serviço no menu da bandeja, e a linha do veredito
## de um único serviço. Cada parte opcional recebe a linha até ali em $line e acrescenta algo.

line-service-state = { $service }: { $state }
line-service-word = { $service }: { $word }
line-service-word-why = { $service }: { $word }, { $headline }
line-service-checking = { $service }: verificando…
line-service-groups = { $line } ({ $groups })
line-service-diagnosis = { $line }, { $diagnosis }
line-service-for = { $line }, há { $span }
line-service-unverified = { $line } (não verificado)
line-tray-service-for = { $line }, { $span }
line-tray-service-paused = { $service }: não verificado (em pausa)

## A linha da conexão do usuário: "Sua conexão: ok (3 de 3 sites respondem)".

line-connection = Sua conexão: { $detail }
line-connection-not-checked = não verificada
line-connection-baseline-off = não verificada (a referência está desativada)
line-connection-paused = não verificada durante a pausa
line-connection-checking = verificando…
line-connection-fine = ok
line-connection-sites = { $state } ({ $answered } de { $sites } { $sites ->
    [one] site responde
   *[other] sites respondem
})
line-tray-connection-sites = { $state } ({ $answered }/{ $sites } sites)
line-tray-connection-paused = não verificada (em pausa)

## As linhas da configuração: a bandeja, a janela, `watch` e `serve`.

line-config-error = Erro de configuração: { $error }
line-tray-config-error-in = Erro de configuração em { $place }
line-config-kept = Erro de configuração: { $error }. O Downbeat continua verificando com as últimas configurações que carregaram; ele recarrega o arquivo assim que for corrigido.
line-config-not-reloaded = configuração não recarregada: { $error }; seguindo com a última configuração que carregou
line-config-reloaded = configuração recarregada de { $path }: { $changes }
line-config-reloaded-nothing = configuração recarregada de { $path }: nada do que roda mudou
line-config-reloaded-added = inclusão de { $services }
line-config-reloaded-removed = remoção de { $services }
line-config-reloaded-changed = alteração em { $services }
line-config-reloaded-baseline = a referência mudou
line-config-reloaded-settings = configurações alteradas: { $keys }
line-clause-separator = {"; "}

## A linha do `watch` para cada transição: "Spotify: no ar -> fora do ar (login: erro do
## servidor; culpa: them, causa: service)".

line-transition = { $who }: { $from } -> { $to }
line-your-connection = sua conexão
line-transition-check = { $line } ({ $check }: { $diagnosis }; culpa: { $blame }, causa: { $cause })
line-transition-diagnosis = { $line } ({ $diagnosis }; culpa: { $blame }, causa: { $cause })
line-transition-after = { $line } após { $span }
line-transition-detail = { $line }. { $detail }

## A janela do histórico: o título, o cartão da conexão e os cartões dos serviços.

window-not-checking = O Downbeat não está verificando nada: veja o problema abaixo
window-checking = verificando…
window-checked = verificado às { $time }
window-shared-failure-all = Todas as { $count } verificações falham do mesmo jeito: { $diagnosis }.
window-shared-failure = { $count } { $count ->
    [one] verificação falha
   *[other] verificações falham
} do mesmo jeito: { $diagnosis }.
window-shared-failure-example = { $check }: { $detail }

## O cartão de um serviço.

window-badge = { $glyph } { $word }
window-badge-paused = ‖ pausado
window-badge-checking = – verificando
window-card-paused-until = Pausado: { $service } não será verificado até { $time }.
window-card-paused = Pausado: { $service } não será verificado até você retomar.
window-card-offline-merged = Não dá para avaliar enquanto você está offline.
window-card-offline = Você está offline, então não dá para avaliar este serviço: o problema é com você, não com eles.
window-card-you = O problema é com você, não com o { $service }. { $advice }
window-card-up = Funcionando normalmente.
window-card-check = { $check }: { $diagnosis }.
window-since = Desde { $when }.
window-chip = { $phase } { $time }
window-chip-failed = { $phase } ✕
phase-name = { $phase ->
    [dns] dns
    [connect] conexão
    [tls] tls
    [hello] saudação
    [ttfb] ttfb
   *[transfer] transferência
}
window-outside-place = { $works ->
    [yes] ✓
   *[no] ✕
} { $city }, { $country } ({ $network })

## A visão de fora: o que sondas em outros lugares (outras cidades e redes) viram de um
## serviço com falha, no cartão dele, na nota do `check` e na lista do `check --outside`.

outside-no-answer = sem resposta
outside-your-country-code = seu país ({ $code })
outside-your-country = seu país
outside-your-provider = seu provedor

## O cartão de um serviço com falha: "Visto de outros lugares: …".

outside-line-everywhere = Visto de outros lugares: falha também em { $failing } de { $probes } { $probes ->
    [one] local
   *[other] locais
}, em { $countries } { $countries ->
    [one] país
   *[other] países
}.
outside-line-region = Visto de outros lugares: { $failing } de { $probes } { $probes ->
    [one] local
   *[other] locais
} em { $country } { $failing ->
    [one] falha
   *[other] falham
}; funciona em { $elsewhere } { $elsewhere ->
    [one] local
   *[other] locais
} de outros países.
outside-line-partial = Visto de outros lugares: falha em { $failing } de { $probes } { $probes ->
    [one] local
   *[other] locais
} e funciona nos demais.
outside-line-only-here = Visto de outros lugares: funciona em { $working } de { $probes } { $probes ->
    [one] local
   *[other] locais
}, então o problema é o caminho da sua rede até ele.
outside-line-provider = Visto de outros lugares: falha na rede de { $provider } ({ $failing } de { $probes } { $probes ->
    [one] local
   *[other] locais
}) e funciona nas outras ({ $working } de { $others }).
outside-line-unknown = Sem visão de outros lugares: { $error }.

## A nota do `check` sobre a visão de fora.

outside-note = O Downbeat consultou { $probes } { $probes ->
    [one] sonda
   *[other] sondas
} em outros lugares, { $in_country } delas em { $country }.
outside-country-from = { $country } (seu país, segundo { $from })
outside-country-unknown = seu país (desconhecido: seu fuso horário não indica nenhum; defina country em [settings])
outside-could-not-say = As sondas em outros lugares não souberam dizer: { $error }.

## O provedor do usuário, quando o serviço só falha daqui ou na rede do provedor.

outside-provider-sentence = { $service } falha na rede de { $provider } { $reach ->
    [country] em outros lugares de { $country }
   *[world] em outros lugares
} também, e funciona em outras redes: o problema é com o seu provedor, não com o { $service } nem com a sua casa. Reiniciar o roteador não vai ajudar; um celular nos dados móveis vai. Avise { $provider }.
outside-provider-works = Funciona na rede de { $provider } em outros lugares também ({ $probes } de { $probes }): o problema é esta conexão, não o seu provedor.
outside-provider-no-probe = Nenhuma sonda estava na rede de { $provider }, então o Downbeat não conseguiu distinguir o seu provedor da sua casa.
outside-provider-unknown = O Downbeat não conseguiu descobrir o seu provedor ({ $error }), então não conseguiu distinguir o provedor da sua casa.

## A lista do `check --outside`.

outside-listing-asked = Sondas em outros lugares tentaram acessar { $host } ({ $service }).
outside-listing-provider = Seu provedor: { $provider } (AS{ $asn }).
outside-listing-provider-unknown = Seu provedor: desconhecido ({ $error }).
outside-listing-provider-not-asked = Seu provedor: não consultado.
outside-listing-place = { $works ->
    [yes] ✓ funciona
   *[no] ✕ falha
} { $city }, { $country }: { $network } (AS{ $asn }){ $yours ->
    [yes] {" "}(seu provedor)
   *[no] {""}
}
outside-listing-everywhere = { $service } falha na maioria dos lugares: fora do ar para todo mundo.
outside-listing-region = { $service } falha em { $country } e funciona em outros lugares.
outside-listing-partial = { $service } falha em alguns lugares e funciona em outros.
outside-listing-only-here = { $service } funciona em todos os lugares consultados.

## A página de status de um fornecedor, ao lado do que o Downbeat viu: "Página de status do
## Spotify: Interrupção parcial do sistema: “Falhas na reprodução” (investigando desde 09:58)".

outside-page-unread = Não foi possível ler a página de status do { $service }: { $error }.
outside-page-no-incident = A página de status do { $service } ainda não informa nenhum incidente.
outside-page-says = Página de status do { $service }: { $what }.
outside-page-a-problem = um problema, sem incidente indicado
outside-page-partial-outage = Interrupção parcial do sistema
outside-page-head-components = { $head } — { $components }
outside-page-components-more = { $components } e mais { $more }
outside-page-component = { $component }: { $status ->
    [degraded_performance] desempenho degradado
    [partial_outage] interrupção parcial
    [major_outage] interrupção grave
    [under_maintenance] em manutenção
   *[other] { $status_text }
}
outside-incident-status = { $status ->
    [investigating] investigando
    [identified] identificado
    [monitoring] monitorando
    [resolved] resolvido
    [postmortem] post-mortem
   *[other] { $status }
}
outside-incident = “{ $incident }” ({ $status })
outside-incident-since = “{ $incident }” ({ $status } desde { $when })
outside-incidents-more = { $incident } e mais { $more }
outside-page-incident = Página de status do { $service }: { $incident }.
outside-page-incident-head = Página de status do { $service }: { $head }: { $incident }.
outside-page-incident-head-components = Página de status do { $service }: { $head }; { $incident }.

## Grupos: as verificações de um serviço reunidas pelo que atendem, numa frase que diz quais
## foram atingidos e quais ainda funcionam: "Os apps do Spotify sem conexão (ponto de acesso:
## o handshake com o ponto de acesso falha); o web player e o login funcionam."

group-down = { $group } sem conexão
group-degraded = { $group } { $plural ->
    [yes] estão
   *[no] está
} com instabilidade
group-because = { $clause } ({ $check }: { $diagnosis })
group-and-then = { $first }; { $next }
group-sentence = { $hit }.
group-sentence-fine = { $hit }; { $fine } { $count ->
    [one] { $plural ->
        [yes] funcionam
       *[no] funciona
    }
   *[other] funcionam
}.


## Estados: a palavra para como está uma verificação, um serviço ou a conexão

state-unknown = desconhecido
state-up = no ar
state-degraded = instável
state-down = fora do ar
state-offline = offline

## Notificações: partes que várias delas compartilham

notify-some-check = uma verificação
notify-some-check-start = Uma verificação
notify-unverified = (Não verificado: a verificação de certificado está desligada em { $check }.)
notify-unverified-unnamed = (Não verificado: a verificação de certificado está desligada nesta verificação.)
notify-check-works-again = { $check } voltou a funcionar.

## Notificações: um serviço cai, fica instável e volta

notify-down-title = { $service } está fora do ar
notify-degraded-title = { $service } está instável
notify-back-title = { $service } voltou
notify-back-to-normal-title = { $service } voltou ao normal
notify-reminder-title = { $service } continua fora do ar
notify-down-failing = { $check_start } está falhando: { $diagnosis }.
notify-down-no-help = Fazer login de novo ou reiniciar o roteador não vai ajudar.
notify-degraded-failing = { $check_start }: { $diagnosis }.
notify-back-body = Ficou fora do ar por { $span } ({ $check }: { $diagnosis }).
notify-back-failing = com falha
notify-back-still-slow = Ainda está mais lento que o normal.
notify-back-to-normal-body = Ficou instável por { $span }.
notify-back-to-normal-body-unmeasured = Funcionando normalmente de novo.
notify-reminder-body = Fora do ar há { $span } ({ $check }: { $diagnosis }).

## Notificações: problemas de um serviço que estão do lado do usuário

notify-dns-filtered-title = Sua rede bloqueia o { $service }
notify-dns-filtered-body = O DNS da rede não informa o endereço do { $service } ({ $check }), mas o DNS público informa: é a sua rede que está bloqueando. { $advice }
notify-dns-filtered-over-title = { $service } está acessível de novo
notify-dns-filtered-over-body = O DNS da sua rede o bloqueou por { $span }.
notify-dns-filtered-over-body-unmeasured = O DNS da sua rede não o bloqueia mais.
notify-port-blocked-title = Sua rede bloqueia a porta preferencial do { $service }
notify-port-blocked-body = { $detail } O problema é a sua rede, não o { $service }. { $advice }
notify-port-blocked-over-title = A porta preferencial do { $service } está liberada de novo
notify-port-blocked-over-body = Sua rede a bloqueou por { $span }.
notify-port-blocked-over-body-unmeasured = Sua rede não a bloqueia mais.
notify-outdated-title = O Downbeat está desatualizado
notify-outdated-body = { $service } respondeu ({ $check }), mas pede um cliente mais novo: é a saudação do próprio Downbeat que está velha, não uma queda. { $advice }
notify-outdated-over-title = O ponto de acesso do { $service } aceita o Downbeat de novo
notify-intercepted-service-title = Algo intercepta as conexões seguras do { $service }
notify-intercepted-service-body = { $seen } Os apps do { $service } recusam esse tipo de conexão. O problema é esta rede ou este computador, não o { $service }. { $advice }
notify-intercepted-service-over-title = As conexões seguras do { $service } não são mais interceptadas
notify-intercepted-service-over-body = Elas foram interceptadas por { $span }.
notify-dns-unconfirmed-title = Seu DNS diz que o { $service } não existe
notify-dns-unconfirmed-body = Só o DNS desta rede diz isso ({ $check }), e não foi possível consultar um DNS neutro; esta rede pode estar filtrando o serviço. Isso não conta como queda do { $service }. { $advice }
notify-dns-unconfirmed-over-title = O nome do { $service } voltou a ser resolvido
notify-dns-unconfirmed-over-body = Seu DNS disse que ele não existia por { $span }.

## Notificações: o lado do usuário (nenhum serviço citado)

notify-offline-title = Você está offline
notify-offline-body-site = Nenhum dos sites de referência responde ({ $site }: { $diagnosis }). O problema é com você, não com os serviços: verifique o roteador, o Wi-Fi ou a VPN.
notify-offline-body = Nenhum dos sites de referência responde ({ $diagnosis }). O problema é com você, não com os serviços: verifique o roteador, o Wi-Fi ou a VPN.
notify-online-title = Você está online de novo
notify-online-body = Sua conexão ficou fora do ar por { $span }.
notify-online-body-unmeasured = Sua conexão voltou a funcionar.
notify-no-network-title = Sem rede
notify-no-network-body = Este computador não está conectado a nenhuma rede, então nada pode ser acessado. O problema é com você, não com os serviços. { $advice }
notify-router-down-title = Seu roteador não responde
notify-router-down-body = Seu roteador ({ $router }) não responde, então nada pode ser acessado. O problema é com você, não com os serviços. { $advice }
notify-line-down-title = Sua conexão com a internet caiu
notify-line-down-body = Seu roteador ({ $router }) responde, mas nada além dele: a conexão com o seu provedor caiu. O problema não é com os serviços. { $advice }
notify-vpn-down-title = Sua VPN não deixa passar nada
notify-vpn-down-body = Todo o tráfego passa pela sua VPN ({ $interface }), e nada consegue atravessá-la. O problema é com você, não com os serviços. { $advice }
notify-ipv6-broken-title = O IPv6 não funciona nesta rede
notify-ipv6-broken-body = Os apps que tentam o IPv6 primeiro travam até recorrer ao IPv4; os serviços que respondem por IPv4 não estão fora do ar. { $advice }
notify-ipv4-broken-title = { $via ->
        [vpn] Sua VPN ({ $interface }) não deixa passar IPv4
       *[other] O IPv4 não funciona nesta rede
    }
notify-ipv4-broken-body = Os serviços sem endereço IPv6 não podem ser acessados, e a culpa não é deles; os que têm um continuam funcionando. { $advice }
notify-network-back-title = Conectado de novo
notify-network-back-body = Este computador ficou sem rede por { $span }.
notify-network-back-body-unmeasured = Este computador está conectado a uma rede de novo.
notify-router-back-title = Seu roteador voltou a responder
notify-router-back-body = Ele ficou sem responder por { $span }.
notify-router-back-body-unmeasured = Sua conexão voltou a funcionar.
notify-line-back-title = Sua conexão com a internet voltou
notify-line-back-body = A conexão com o seu provedor ficou fora do ar por { $span }.
notify-line-back-body-unmeasured = A conexão com o seu provedor voltou a funcionar.
notify-vpn-back-title = Sua VPN voltou a funcionar
notify-vpn-back-body = Nada conseguiu passar por ela durante { $span }.
notify-vpn-back-body-unmeasured = O tráfego voltou a passar pela sua VPN.
notify-ipv6-back-title = O IPv6 voltou a funcionar
notify-ipv6-back-body = Ele ficou sem funcionar por { $span }.
notify-ipv6-back-body-unmeasured = O IPv6 voltou a funcionar nesta rede.
notify-ipv4-back-title = O IPv4 voltou a funcionar
notify-ipv4-back-body = Ele ficou sem funcionar por { $span }.
notify-ipv4-back-body-unmeasured = O IPv4 voltou a funcionar nesta rede.
notify-captive-portal-title = Este Wi-Fi pede login
notify-captive-portal-location = Ele redireciona para { $location }.
notify-captive-portal-body = Até você fazer login, nada mais funciona, e a culpa não é dos serviços. { $advice }
notify-signed-in-title = Login feito
notify-signed-in-body = A página de login desta rede sumiu depois de { $span }.
notify-signed-in-body-unmeasured = A página de login desta rede sumiu.
notify-dns-down-title = Seu servidor DNS não responde
notify-dns-down-body = A internet em si funciona: o DNS público responde. O problema é com você, não com os serviços. { $advice }
notify-dns-back-title = Seu DNS voltou a funcionar
notify-dns-back-body = Seu servidor DNS ficou sem responder por { $span }.
notify-dns-back-body-unmeasured = Seu servidor DNS voltou a responder.
notify-clock-wrong-title = O relógio do seu computador está errado
notify-clock-wrong-body = Por isso, toda conexão segura falha. O problema é com você, não com os serviços. { $advice }
notify-clock-right-title = O relógio do seu computador está certo de novo
notify-clock-right-body = As conexões seguras voltaram a funcionar; elas falharam por { $span }.
notify-clock-right-body-unmeasured = As conexões seguras voltaram a funcionar.
notify-intercepted-title = Algo intercepta as conexões seguras
notify-intercepted-unknown-issuer = O certificado de todos os sites é emitido por uma autoridade em que ninguém confia.
notify-intercepted-body = O problema é esta rede ou este computador, não os serviços. { $advice }
notify-intercepted-over-title = As conexões seguras não são mais interceptadas
notify-intercepted-over-body = Os certificados dos próprios sites voltaram, depois de { $span }.
notify-intercepted-over-body-unmeasured = Os certificados dos próprios sites voltaram.
notify-slow-title = Sua conexão está lenta
notify-slow-body = Está lenta para tudo, não só para os serviços: { $detail } { $advice }
notify-fast-title = Sua conexão está rápida de novo
notify-fast-body = Ficou lenta por { $span }.
notify-fast-body-unmeasured = Está rápida o bastante de novo.

## Notificações: o que o mundo e a página de status do fornecedor dizem (atualizações de um alerta)

notify-everywhere-title = { $service } está fora do ar para todo mundo
notify-everywhere-body = Falha em { $failing } de { $probes } { $probes ->
        [one] local consultado
       *[other] locais consultados
    } pelo Downbeat, em { $countries } { $countries ->
        [one] país
       *[other] países
    }: o problema é com eles, não com você.
notify-region-title = { $service } está fora do ar em { $country }
notify-region-body = { $failing } de { $probes } { $probes ->
        [one] local
       *[other] locais
    } de lá { $failing ->
        [one] falha
       *[other] falham
    }; funciona em { $elsewhere } { $elsewhere ->
        [one] local
       *[other] locais
    } de outros países: o problema é com eles, não com você.
notify-only-here-title = { $service } funciona em outros lugares, mas não na sua rede
notify-only-here-body = Funciona em { $working } de { $probes } { $probes ->
        [one] local consultado
       *[other] locais consultados
    } pelo Downbeat. { $advice }
notify-provider-title = { $service } falha na rede do seu provedor
notify-status-page-title = A página de status do { $service } confirma um problema
notify-status-page-body = { $line } O problema é com eles, não com você.

## Notificações: o próprio Downbeat

notify-welcome-title = O Downbeat está de olho
notify-welcome-body = O Downbeat verifica { $count ->
        [0] nada por enquanto
       *[other] { $services }
    } e avisa quando algo cai, e de que lado está o problema. O histórico e as configurações ficam no menu da bandeja (o ícone do Downbeat).
notify-config-error-title = O Downbeat não está verificando nada
notify-config-error-body = O arquivo de configurações não carrega: { $error }. Corrija-o num editor de texto (Abrir arquivo de configurações, no menu da bandeja): o Downbeat volta a verificar assim que ele carregar.
notify-cannot-open-title = Nenhum programa conseguiu abrir o arquivo de configurações
notify-cannot-open-body = Ele está em { $path } ({ $why }). Abra-o num editor de texto: o Downbeat o recarrega assim que ele for salvo.

## Conexões seguras: relógio errado, interceptação, um nome que só esta rede diz não existir

secure-clock-earlier = { $unit ->
        [days] { $count ->
            [one] { $count } dia antes
           *[other] { $count } dias antes
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
            [one] { $count } dia depois
           *[other] { $count } dias depois
        }
        [hours] { $count ->
            [one] { $count } hora depois
           *[other] { $count } horas depois
        }
       *[minutes] { $count ->
            [one] { $count } minuto depois
           *[other] { $count } minutos depois
        }
    }
secure-clock-times = { $source ->
        [until] ele marca { $says }, mas os certificados dos sites só valiam até { $when } (pelo menos { $gap })
        [from] ele marca { $says }, mas os certificados dos sites só valem a partir de { $when } (pelo menos { $gap })
       *[date] ele marca { $says }, e os sites dizem { $when } ({ $gap })
    }
secure-clock-times-sentence = { $source ->
        [until] Ele marca { $says }, mas os certificados dos sites só valiam até { $when } (pelo menos { $gap }).
        [from] Ele marca { $says }, mas os certificados dos sites só valem a partir de { $when } (pelo menos { $gap }).
       *[date] Ele marca { $says }, e os sites dizem { $when } ({ $gap }).
    }
secure-clock-wrong = O relógio do seu computador está errado: { $times }.
secure-clock-consequence = Por isso, toda conexão segura falha.
secure-clock-consequence-service = Por isso, toda conexão segura falha, inclusive a do { $service }.
secure-issued = { $whose ->
        [service] o certificado do { $service } foi emitido por “{ $issuer }”, não por uma autoridade confiável (os de outros sites são confiáveis).
        [all-and-service] o certificado de todos os sites, inclusive o do { $service }, foi emitido por “{ $issuer }”, não por uma autoridade confiável.
        [all-here] o certificado de todos os sites foi emitido por “{ $issuer }”, não por uma autoridade confiável (os de outros sites são confiáveis).
       *[all] o certificado de todos os sites foi emitido por “{ $issuer }”, não por uma autoridade confiável.
    }
secure-issued-start = { $whose ->
        [service] O certificado do { $service } foi emitido por “{ $issuer }”, não por uma autoridade confiável (os de outros sites são confiáveis).
        [all-and-service] O certificado de todos os sites, inclusive o do { $service }, foi emitido por “{ $issuer }”, não por uma autoridade confiável.
        [all-here] O certificado de todos os sites foi emitido por “{ $issuer }”, não por uma autoridade confiável (os de outros sites são confiáveis).
       *[all] O certificado de todos os sites foi emitido por “{ $issuer }”, não por uma autoridade confiável.
    }
secure-refused-service = Os apps do { $service } recusam esse tipo de conexão.
secure-refused = Os apps recusam esse tipo de conexão.
secure-intercepted = Algo nesta rede ou neste computador intercepta as conexões seguras: { $issued } { $refused }
secure-dns-unconfirmed = Seu DNS diz que o nome do { $service } não existe ({ $host }), e { $unconfirmed }
secure-dns-unconfirmed-no-host = Seu DNS diz que o nome do { $service } não existe, e { $unconfirmed }
secure-unconfirmed = não foi possível consultar um DNS neutro; esta rede pode estar filtrando o serviço.
secure-unconfirmed-off = nenhum DNS neutro está configurado para confirmar (reference_dns); esta rede pode estar filtrando o serviço.
secure-thin-clock = Nenhum outro site informou a hora, então o Downbeat não consegue conferir o relógio deste computador; se ele estiver errado, isso explicaria o problema.
secure-thin-untrusted = O certificado foi emitido por “{ $issuer }”, em que este computador não confia; sem um site confiável para comparar, o Downbeat não consegue distinguir algo interceptando a conexão de um servidor mal configurado.


## O veredito: a última linha do `downbeat check`, o título da janela, o "summary" do /api/status.
## Cada um é uma ou mais frases; o resumo é uma depois da outra, e então o conselho da causa.

verdict-offline = Você está offline: { $why }. O problema é com você, não com os serviços.
verdict-no-network = Este computador não está conectado a nenhuma rede, então { $why }. O problema é com você, não com os serviços.
verdict-router-down = Seu roteador ({ $router }) não responde, então { $why }. O problema é com você, não com os serviços.
verdict-line-down = Seu roteador ({ $router }) responde, mas nada além dele: a conexão com o seu provedor caiu, e { $why }. O problema não é com os serviços.
verdict-vpn-down = Todo o tráfego passa pela sua VPN ({ $interface }), e nada consegue atravessá-la, então { $why }. O problema é com você, não com os serviços.
verdict-baseline-site-unreachable = não foi possível acessar o site de referência ({ $site }): { $diagnosis }
verdict-baseline-sites-unreachable-alike = nenhum dos { $count } sites de referência pôde ser acessado; em todos, { $diagnosis }
verdict-baseline-sites-unreachable = nenhum dos { $count } sites de referência pôde ser acessado ({ $each })
verdict-baseline-site-failed = { $site }: { $diagnosis }
verdict-baseline-separator = {"; "}

verdict-all-up = { $count ->
        [1] { $service } está no ar.
        [2] Os dois serviços estão no ar.
       *[other] Todos os { $count } serviços estão no ar.
    }

verdict-portal-sign-in = Este Wi-Fi pede login.
verdict-portal-sign-in-at = Este Wi-Fi pede login em { $page }.
verdict-portal-until = { $count ->
        [1] Até lá, { $service } não consegue se conectar, e a culpa não é do { $service }.
       *[other] Até lá, seus serviços não conseguem se conectar, e a culpa não é deles.
    }

verdict-dns-resolver-down = Seu servidor DNS não responde; a internet em si funciona (o DNS público responde{ $via ->
        [failing] ; o próprio { $service } também está falhando ({ $diagnosis })
        [through] , e o { $service } responde por meio dele
       *[none] {""}
    }).
verdict-dns-filtered = Sua rede bloqueia o { $service }: { $how }, mas o DNS público resolve{ $via ->
        [failing] ; o próprio { $service } também está falhando ({ $diagnosis })
        [through] , e o { $service } responde por meio dele
       *[none] {""}
    }.
verdict-dns-sinkhole = o DNS dela responde { $address } (um bloqueio) para { $host }
verdict-dns-unresolved = o DNS dela não resolve { $host }
verdict-dns-unresolved-it = o DNS dela não resolve o nome

verdict-port-blocked = { $service } funciona por uma rota alternativa.
verdict-downbeat-outdated = O ponto de acesso do { $service } pede um cliente mais novo: a saudação do próprio Downbeat está desatualizada. O próprio { $service } respondeu, então não é uma queda.

verdict-slow-everywhere = Sua conexão está lenta para tudo, não só para o { $service }.
verdict-slow-everywhere-measured = Sua conexão está lenta para tudo ({ $speed }), não só para o { $service }.
verdict-slow-everywhere-compared = Sua conexão está lenta para tudo ({ $speed }), não só para o { $service }: o { $service } transmite a { $own }, e um download neutro, a { $base }.
verdict-slowness-first-byte = um site neutro levou { $ms } ms para responder

verdict-service-state = { $service } está { $status ->
        [down] fora do ar
        [degraded] instável
       *[other] no ar
    }.
verdict-service-failing = { $service } está { $status ->
        [down] fora do ar
        [degraded] instável
       *[other] no ar
    }: { $diagnosis } ({ $check }).
verdict-also-theirs = Além disso: { $failures } { $count ->
        [1] Esse problema é deles, não seu.
       *[other] Esses problemas são deles, não seus.
    }

## A nota do veredito sobre a conexão do próprio usuário, quando nada do lado dele explica

verdict-no-baseline = Sua própria conexão não foi verificada (não há referência configurada).
verdict-baseline-blocked = { $count ->
        [1] Os sites de referência estão inacessíveis, mas o { $service } responde: sua rede pode estar bloqueando esses sites.
       *[other] Os sites de referência estão inacessíveis, mas os serviços respondem: sua rede pode estar bloqueando esses sites.
    }
verdict-portal-lets-through = Esta rede tem uma página de login (portal cativo), mas ela deixa isto passar.
verdict-portal-lets-through-at = Esta rede tem uma página de login (portal cativo em { $page }), mas ela deixa isto passar.
verdict-clock-secure-sites-fail = Por isso, os sites seguros falham.
verdict-connection-slow = Sua conexão está lenta ({ $speed }), mas rápida o bastante para isto.
verdict-connection-ipv6-broken = O IPv6 não funciona nesta rede: os apps que tentam usá-lo primeiro travam até recorrer ao IPv4, que funciona.
verdict-connection-ipv4-broken = { $via ->
        [vpn] Sua VPN ({ $interface }) não deixa passar IPv4, mas o IPv6 sim: os sites sem endereço IPv6 não podem ser acessados.
       *[other] O IPv4 não funciona nesta rede, mas o IPv6 sim: os sites sem endereço IPv6 não podem ser acessados.
    }
verdict-ipv6-broken-service = O IPv6 não funciona nesta rede, e o { $service } só tem endereço IPv6, então não pode ser acessado. O problema é com você, não com o { $service }.
verdict-ipv4-broken-service = { $via ->
        [vpn] Sua VPN ({ $interface }) não deixa passar IPv4, e o { $service } não tem endereço IPv6, então não pode ser acessado. O problema é com você, não com o { $service }.
       *[other] O IPv4 não funciona nesta rede, e o { $service } não tem endereço IPv6, então não pode ser acessado. O problema é com você, não com o { $service }.
    }
verdict-connection-fine = Sua conexão está ok.

## O veredito com o que sondas em outros lugares do mundo disseram (a visão de fora)

verdict-outside-everywhere = { $service } está fora do ar para todo mundo: falha em { $failing } de { $probes } { $probes ->
        [one] local consultado
       *[other] locais consultados
    }, em { $countries } { $countries ->
        [one] país
       *[other] países
    }.
verdict-outside-region = { $service } está fora do ar em { $country }: { $failing } de { $probes } { $probes ->
        [one] local
       *[other] locais
    } de lá { $failing ->
        [one] falha
       *[other] falham
    }; funciona em { $elsewhere } { $elsewhere ->
        [one] local
       *[other] locais
    } de outros países.
verdict-outside-partial = { $service } falha em { $failing } de { $probes } { $probes ->
        [one] local consultado
       *[other] locais consultados
    } e funciona nos demais: não está fora do ar em todo lugar.
verdict-outside-only-here = { $service } funciona em { $working } de { $probes } { $probes ->
        [one] local
       *[other] locais
    }, mas não na sua rede.
verdict-outside-only-here-in-country = { $service } funciona em { $working } de { $probes } { $probes ->
        [one] local
       *[other] locais
    }, incluindo { $in_country } em { $country }, mas não na sua rede.
verdict-provider-advice = Reiniciar o roteador não vai ajudar; um celular nos dados móveis vai. Avise { $provider }.

## O histórico: o relatório do `downbeat history` e as abas 24 h / 7 d / 30 d da janela

history-no-data = sem dados
history-uptime = { $pct }%
history-uptime-under-100 = menos de 100%

history-bar-title = { $when }: { $counts }
history-bar-count = { $count } { $kind ->
        [up] no ar
        [degraded] com instabilidade
        [down] fora do ar
       *[your-side] com problema do seu lado (offline, sem DNS, …)
    }

history-nothing-checked = Nada está sendo verificado, então nada é registrado.
history-no-incidents = Nenhum incidente nos últimos 30 dias.

## Um incidente, como a lista da janela e o `downbeat history` o descrevem

history-incident = { $service } { $state ->
        [down] fora do ar
        [degraded] instável
       *[other] { $state }
    }
history-incident-everywhere = { $service } { $state ->
        [down] fora do ar
        [degraded] instável
       *[other] { $state }
    } para todo mundo
history-incident-region = { $service } { $state ->
        [down] fora do ar
        [degraded] instável
       *[other] { $state }
    } no seu país
history-incident-why = { $check }: { $diagnosis }
history-side = { $blame ->
        [you] seu
       *[other] deles
    }
history-incident-line = { $what } por { $lasted } ({ $why }; { $blame ->
        [you] do seu lado
       *[other] do lado deles
    })

history-lasted = { $watched }
history-lasted-ongoing = { $watched }, em andamento
history-lasted-unwatched = { $watched } de observação; o Downbeat ficou sem observar por { $unwatched } desse tempo
history-lasted-unwatched-ongoing = { $watched } de observação, em andamento; o Downbeat ficou sem observar por { $unwatched } desse tempo

history-your-services = seus serviços
history-offline = { $tense ->
        [ongoing] Você está offline
       *[past] Você ficou offline
    }
history-no-network = { $tense ->
        [ongoing] Sem rede
       *[past] Sem rede
    }
history-router-down = { $tense ->
        [ongoing] Seu roteador não responde
       *[past] Seu roteador não respondia
    }
history-line-down = { $tense ->
        [ongoing] Sua conexão com a internet está fora do ar
       *[past] Sua conexão com a internet ficou fora do ar
    }
history-vpn-down = { $tense ->
        [ongoing] Sua VPN não deixa passar nada
       *[past] Sua VPN não deixava passar nada
    }
history-ipv6-broken = { $tense ->
        [ongoing] O IPv6 não funciona
       *[past] O IPv6 não funcionava
    }
history-ipv4-broken = { $tense ->
        [ongoing] O IPv4 não funciona
       *[past] O IPv4 não funcionava
    }
history-captive-portal = Login no Wi-Fi necessário
history-dns-resolver-down = { $tense ->
        [ongoing] Seu servidor DNS não responde
       *[past] Seu servidor DNS não respondia
    }
history-dns-filtered = { $tense ->
        [ongoing] O DNS da sua rede bloqueia { $service }
       *[past] O DNS da sua rede bloqueou { $service }
    }
history-slow-connection = { $tense ->
        [ongoing] Sua conexão está lenta
       *[past] Sua conexão ficou lenta
    }
history-port-blocked = { $tense ->
        [ongoing] Sua rede bloqueia a porta preferencial do { $service }
       *[past] Sua rede bloqueou a porta preferencial do { $service }
    }
history-port-blocked-all = { $tense ->
        [ongoing] Sua rede bloqueia a porta preferencial dos seus serviços
       *[past] Sua rede bloqueou a porta preferencial dos seus serviços
    }
history-downbeat-outdated = { $tense ->
        [ongoing] O Downbeat está desatualizado
       *[past] O Downbeat estava desatualizado
    }
history-provider = { $tense ->
        [ongoing] { $service } falha na rede do seu provedor
       *[past] { $service } falhou na rede do seu provedor
    }
history-network-path = { $tense ->
        [ongoing] { $service } só falha a partir da sua rede
       *[past] { $service } só falhou a partir da sua rede
    }
history-clock-wrong = { $tense ->
        [ongoing] O relógio do seu computador está errado
       *[past] O relógio do seu computador estava errado
    }
history-tls-intercepted = { $tense ->
        [ongoing] Algo intercepta as conexões seguras
       *[past] Algo interceptou as conexões seguras
    }
history-dns-unconfirmed = { $tense ->
        [ongoing] Seu DNS diz que { $service } não existe
       *[past] Seu DNS disse que { $service } não existia
    }
history-service-failing = { $tense ->
        [ongoing] { $service } está falhando
       *[past] { $service } falhou
    }

## O tempo com problema do lado do usuário: uma frase abaixo da tabela do `downbeat history`

history-your-side = { $parts }; { $count ->
        [one] isso não conta contra nenhum serviço
       *[other] nada disso conta contra nenhum serviço
    }.
history-your-side-offline = Você ficou offline por { $lasted }
history-your-side-stopped-first = Um problema do seu lado interrompeu { $services } por { $lasted }
history-your-side-stopped = um problema do seu lado interrompeu { $services } por { $lasted }

## As respostas HTTP do `downbeat serve` para pessoas (as palavras do /api/status são as do veredito)

serve-only-get = apenas GET e HEAD
serve-no-round-yet = nenhuma rodada foi executada ainda
serve-index = Downbeat: /metrics (Prometheus), /api/status (a rodada mais recente, como `downbeat check --json`), /healthz
serve-not-found = não encontrado: tente /metrics, /api/status ou /healthz

## A linha de comando (`downbeat …`): suas linhas no stderr, depois de "downbeat: "

cli-error-cause = { $error }: { $cause }
cli-warning = aviso: { $warning }
cli-note = nota: { $note }
cli-config-error = erro de configuração
cli-setup-error = erro na inicialização
cli-no-runtime = não foi possível iniciar o runtime assíncrono
cli-cannot-write-json = não foi possível escrever o JSON
cli-outside-no-target = nenhum serviço tem uma verificação que o mundo consiga alcançar (um endereço público https:// ou http://)

cli-cannot-listen = não foi possível escutar em { $address }
cli-serving = servindo http://{ $address }/metrics (Prometheus), /api/status e /healthz
cli-listening-beyond = escutando além desta máquina ({ $address }): quem conseguir acessar pode ler os resultados
cli-listen-invalid = escreva um endereço IP e uma porta, como 127.0.0.1:9767, [::1]:9767 ou 0.0.0.0:9767 (todas as interfaces); de nomes de host, só localhost é aceito
cli-watching = monitorando { $services } { $services ->
        [one] serviço
       *[other] serviços
    } e { $baseline } { $baseline ->
        [one] verificação
       *[other] verificações
    } de referência a cada { $interval } ({ $source }); Ctrl-C para parar

## A saída do `downbeat check`

cli-check-title = Verificação do Downbeat, { $at } ({ $source })
cli-check-baseline = Sua conexão (referência)
cli-check-path = O caminho deste computador
cli-status = { $status ->
        [up] no ar
        [degraded] instável
       *[down] fora do ar
    }
cli-see-above = { $diagnosis } (veja acima)
cli-column-check = VERIFICAÇÃO
cli-column-status = STATUS
cli-column-dns = DNS
cli-column-connect = CONEXÃO
cli-column-tls = TLS
cli-column-hello = SAUDAÇÃO
cli-column-ttfb = TTFB
cli-column-transfer = TRANSFERÊNCIA
cli-column-detail = DETALHE

## `downbeat history` e `downbeat export`

cli-history-title = Histórico desde { $since } ({ $span } até agora)
cli-history-nothing-recorded = Nada registrado ainda: o `downbeat watch` ou o app de desktop registram o histórico.
cli-history-incidents = Incidentes
cli-history-no-incidents = nenhum
cli-column-service = SERVIÇO
cli-column-uptime = DISPONIBILIDADE
cli-column-down = FORA DO AR
cli-column-ttfb-p50 = TTFB p50
cli-column-p95 = p95
cli-column-total-p95 = TOTAL p95
cli-latency-ms = { $ms }ms
cli-unverified = { $service } não é verificado (insecure = true): { $checks }
cli-history-no-service = nenhum serviço chamado "{ $name }"; os serviços conhecidos são: { $count ->
        [0] nenhum ainda
       *[other] { $known }
    }
cli-history-no-service-near = nenhum serviço chamado "{ $name }" (você quis dizer "{ $nearest }"? os nomes diferenciam maiúsculas de minúsculas); os serviços conhecidos são: { $count ->
        [0] nenhum ainda
       *[other] { $known }
    }
cli-no-data-folder = não há pasta de dados neste sistema (defina DOWNBEAT_DATA_DIR)
cli-history-unreadable = falha ao ler o histórico
cli-csv-your-connection = (sua conexão)
cli-export-nothing-recorded = nada registrado ainda: o `downbeat watch` ou o app de desktop registram o histórico
cli-export-exists = { $path } já existe: adicione --force para substituí-lo
cli-export-cannot-create = não foi possível criar { $path }: { $error }
cli-export-cannot-write = não foi possível gravar { $path }
cli-export-wrote = { $count ->
        [one] { $count } resultado gravado
       *[other] { $count } resultados gravados
    }

cli-since-help = use um período como 24h, 7d ou 1w, uma data como 2026-11-24, ou today ou yesterday
cli-since-invalid-date = data inválida "{ $value }": { cli-since-help }
cli-since-invalid-time = hora inválida "{ $value }": { cli-since-help }
cli-since-zero = --since { $value } é um período de duração zero: { cli-since-help }
cli-since-invalid = --since inválido "{ $value }": { cli-since-help }
cli-since-future = --since { $at } está no futuro
cli-since-no-such-day = esse dia não existe
cli-since-no-such-date = essa data não existe

## `downbeat presets` e `downbeat config-path`

cli-preset-unknown = predefinição desconhecida "{ $name }". Predefinições conhecidas: { $known }
cli-preset-unknown-near = predefinição desconhecida "{ $name }": você quis dizer "{ $nearest }"? Predefinições conhecidas: { $known }
cli-config-path-none = (nenhum: usando a predefinição embutida do Spotify; crie { $path } para alterá-la)
cli-config-path-none-anywhere = (nenhum: usando a predefinição embutida do Spotify; crie um arquivo de configuração para alterá-la)
cli-config-path-loads = carrega: { $services } { $services ->
        [one] serviço
       *[other] serviços
    }, { $baseline } { $baseline ->
        [one] verificação
       *[other] verificações
    } de referência


## Sondagens: as peças de que suas frases são feitas

probe-list-semicolon = { $first }; { $rest }
probe-bytes = { $n } B
probe-bytes-kib = { $n } KiB
probe-bytes-mib = { $n } MiB
probe-rate-kbit = { $n } kbit/s
probe-rate-mbit = { $n } Mbit/s

## Sondagens: o detalhe de uma verificação, por inteiro (a linha abaixo de uma verificação na
## janela, no `downbeat check`, no histórico), para quem não é engenheiro.

probe-unverified-insecure = { $detail } Não verificado: os certificados não são conferidos nesta verificação (insecure = true).
probe-unverified-insecure-objection = { $detail } Não verificado: os certificados não são conferidos nesta verificação (insecure = true), e a conferência teria falhado: { $objection }.
probe-unverified-test-key = { $detail } Não verificado: a resposta foi conferida com uma chave de teste (server_key), não com a do Spotify.
probe-dns-via-reference = { $detail } O DNS público ({ $server }) resolve o nome, e por esse endereço: { $found }
probe-dns-via-reference-address = { $detail } O DNS público ({ $server }) resolve o nome para { $address }, e por esse endereço: { $found }
probe-dns-public = DNS público

## Sondagens: a verificação funcionou (ou funcionou devagar)

probe-ok = { $host } respondeu em { $took }.
probe-slow = { $host } funciona, mas está lento: { $took } até o primeiro byte (lento acima de { $limit }).
probe-tls-expiring = { $host } funciona, mas o certificado de segurança dele expira em { $days } { $days ->
    [one] dia
   *[other] dias
}.
probe-after-redirects = { $detail } (após { $count } { $count ->
    [one] redirecionamento
   *[other] redirecionamentos
} a partir de { $url })
probe-tcp-ok = { $address } aceitou uma conexão em { $took }.
probe-tcp-slow = { $address } aceita conexões, mas devagar ({ $took }).
probe-stream-ok = { $host } entregou { $bytes } a { $rate } (a reprodução precisa de { $needed }).
probe-stream-ok-cut = { $host } entregou { $bytes } dentro do prazo, de um total pedido de { $asked }, a { $rate } (a reprodução precisa de { $needed }).
probe-stream-too-slow = { $host } está entregando { $rate }, abaixo dos { $needed } de que a reprodução precisa ({ $bytes } em { $took }).
probe-stream-too-slow-cut = { $host } está entregando { $rate }, abaixo dos { $needed } de que a reprodução precisa ({ $bytes } em { $took } dentro do prazo, de um total pedido de { $asked }).

## Sondagens: a verificação de portal cativo (uma página web simples cuja resposta é conhecida)

probe-captive-none = { $host } respondeu como deveria (HTTP { $status }): sem portal cativo. { $detail }
probe-captive-redirect-to = { $host } recebeu como resposta um redirecionamento para { $location }: esta rede pede login (um portal cativo).
probe-captive-redirect = { $host } recebeu como resposta um redirecionamento (HTTP { $status }): esta rede pede login (um portal cativo).
probe-captive-status = { $host } respondeu HTTP { $status }, mas sempre responde { $expected }: esta rede pede login (um portal cativo).
probe-captive-page = { $host } respondeu com uma página que não é a dele (o esperado era "{ $expected }"): esta rede pede login (um portal cativo).

## Sondagens: nomes (DNS)

probe-dns-sinkhole = Seu DNS respondeu { $answer } para { $host }: uma resposta de bloqueio (um filtro de DNS), à qual o Downbeat nunca se conecta.
probe-dns-nothing = nada
probe-dns-not-found = O nome { $host } não foi encontrado: { $why }.
probe-dns-timeout = A consulta de { $host } ficou sem resposta em { $took } ({ $why }).
probe-dns-failed = A consulta de { $host } falhou: { $why }.
probe-dns-nxdomain-agreed = O nome { $host } não existe: seu DNS e o DNS público ({ $server }) concordam.
probe-dns-nxdomain-by-reference = { $detail } O DNS público ({ $server }) diz que o nome não existe.
probe-dns-reference-failed = { $detail } O DNS público também não pôde ser consultado ({ $why }).
probe-dns-reference-server-failed = { $server }: { $why }
probe-dns-reference-no-time = não sobrou tempo
probe-dns-reference-not-ip = ele não está indicado por endereço IP
probe-dns-reference-status = ele respondeu HTTP { $status }
probe-dns-reference-too-large = a resposta era maior que uma mensagem DNS
probe-dns-doh-nxdomain = ele respondeu que esse nome não existe (NXDOMAIN)
probe-dns-doh-error = ele respondeu com um erro (código { $code })
probe-dns-doh-truncated = a resposta veio truncada
probe-dns-doh-not-ours = a resposta não correspondia a esta consulta
probe-dns-doh-malformed = a resposta estava malformada ({ $what })
probe-dns-no-server = nenhum servidor DNS estava configurado
probe-dns-system-silent = o resolvedor do sistema não respondeu
probe-dns-task-failed = a tarefa de consulta DNS falhou: { $error }
probe-dns-no-addresses = ele não tem endereços
probe-dns-no-such-name = o DNS diz que esse nome não existe
probe-dns-unreachable = o servidor DNS estava inacessível ou não respondeu
probe-dns-no-address-records = o nome existe, mas não tem registros de endereço
probe-dns-server-failed = servidor DNS { $server }: { $why }
probe-dns-server-tcp-failed = servidor DNS { $server } via TCP: { $why }
probe-dns-no-answer = sem resposta
probe-dns-malformed = resposta malformada ({ $what })
probe-dns-not-our-answer = resposta a outra pergunta
probe-dns-truncated-over-tcp = resposta truncada mesmo via TCP
probe-dns-malformed-short = menor que um cabeçalho
probe-dns-malformed-undecodable = impossível de decodificar
probe-dns-malformed-no-question = a resposta não cita nenhuma pergunta
probe-dns-server-nxdomain = { $server } respondeu que esse nome não existe (NXDOMAIN)
probe-dns-rcode = { $rcode ->
    [servfail] SERVFAIL: o servidor DNS não conseguiu obter uma resposta
    [refused] REFUSED: o servidor DNS se recusou a responder
   *[other] o servidor DNS respondeu com um erro
} ({ $server }, código { $code })
probe-dns-bad-name = "{ $host }" não é um nome que o DNS consiga consultar
probe-dns-encode-failed = a consulta de { $host } não pôde ser codificada: { $error }

## Sondagens: conexão (TCP)

probe-url-no-host = { $url } não tem host
probe-connect-no-address = { $host } não tem endereço ao qual conectar.
probe-connect-timeout-within = { $host } ({ $addr }) não aceitou a conexão em { $took }.
probe-connect-refused = { $host } ({ $addr }) recusou a conexão: nada está escutando na porta { $port }.
probe-connect-timeout = { $host } ({ $addr }) não aceitou a conexão.
probe-connect-reset = { $host } ({ $addr }) redefiniu a conexão logo na abertura.
probe-connect-no-route = Não há rota até { $host } ({ $addr }): { $error }.

## Sondagens: a conexão segura (TLS) e seu certificado

probe-tls-bad-name = { $host } não é um nome que possa ser conferido num certificado.
probe-tls-timeout = { $host } aceitou a conexão, mas não concluiu o handshake seguro (TLS) em { $took }.
probe-tls-setup-failed = falha ao configurar o TLS: { $error }
probe-tls-expired-on = O certificado de segurança de { $host } expirou em { $date }, então navegadores e apps se recusam a conectar.
probe-tls-expired = O certificado de segurança de { $host } expirou, então navegadores e apps se recusam a conectar.
probe-tls-not-yet-valid-until = O certificado de segurança de { $host } só é válido a partir de { $date } (ou o relógio deste computador está errado).
probe-tls-not-yet-valid = O certificado de segurança de { $host } ainda não é válido (ou o relógio deste computador está errado).
probe-tls-wrong-name = O servidor que responde por { $host } apresentou um certificado de outro nome.
probe-tls-untrusted-issuer = O certificado de segurança de { $host } foi emitido por “{ $issuer }”, em que este computador não confia; algo pode estar interceptando a conexão.
probe-tls-untrusted = O certificado de segurança de { $host } não vem de uma autoridade confiável ({ $reason ->
    [unknown-issuer] o emissor é desconhecido
    [bad-signature] a assinatura não confere
    [revoked] ele foi revogado
    [bad-encoding] ele está malformado
   *[critical-extension] ele tem uma extensão crítica que nenhum cliente entende
}); algo pode estar interceptando a conexão.
probe-tls-chain-too-long = { $host } enviou uma cadeia de certificados longa demais para verificar (mais certificados intermediários do que qualquer cliente aceita).
probe-tls-ca-as-leaf = { $host } apresenta o certificado de uma autoridade certificadora como se fosse o dele (muitas vezes um certificado autoassinado), e os clientes recusam isso.
probe-tls-rejected = O certificado de segurança de { $host } foi rejeitado ({ $error }).
probe-tls-alert = { $host } recusou a conexão segura (alerta TLS: { $alert }).
probe-tls-invalid-handshake = { $host } respondeu, mas não com um handshake seguro (TLS) válido.
probe-tls-failed = A conexão segura com { $host } falhou: { $error }.
probe-tls-cut = { $host } cortou a conexão durante o handshake seguro.
probe-tls-closed = { $host } fechou a conexão durante o handshake seguro.
probe-tls-ca-no-pem = ele não contém nenhum certificado PEM
probe-tls-ca-unusable = um certificado nele não pode ser usado como raiz: { $error }
probe-tls-ca-not-pem = ele não é um PEM válido: { $error }

## Sondagens: a requisição web (HTTP)

probe-http-build-failed = não foi possível montar a requisição: { $error }
probe-http-stalled-before-request = { $host } conectou, mas ficou travado por { $took } antes que a requisição pudesse ser enviada.
probe-http-stalled-without-answer = { $host } conectou, mas ficou travado por { $took } sem responder à requisição.
probe-body-stopped = { $host } parou de enviar depois de { $bytes } ({ $took } de download).
probe-http-closed-early = { $host } fechou a conexão antes de a resposta terminar.
probe-http-cut = { $host } cortou a conexão no meio da requisição.
probe-http-goaway = { $host } fechou a conexão HTTP/2 sem responder (GOAWAY: { $error }).
probe-http-invalid = { $host } respondeu com algo que não é HTTP válido ({ $error }).
probe-http-failed = A troca HTTP com { $host } falhou: { $error }.
probe-http-rate-limited = { $host } está recusando requisições (HTTP 429: requisições demais).
probe-http-rate-limited-wait = { $host } está recusando requisições (HTTP 429: requisições demais) e pede que os clientes esperem { $wait }.
probe-http-unavailable-wait = { $host } diz que está temporariamente indisponível (HTTP 503) e pede que os clientes esperem { $wait }.
probe-http-server-error = { $host } está respondendo com erro do servidor (HTTP { $status }).
probe-http-unexpected-status = { $host } respondeu HTTP { $status }; o esperado era { $expected }.
probe-http-body-missing = { $host } respondeu, mas a página não contém "{ $text }".
probe-redirect-loop = { $host } redirecionou { $count } { $count ->
    [one] vez
   *[other] vezes
} sem chegar a uma resposta (o máximo que uma verificação segue); a última para { $url }.
probe-redirect-insecure = { $host } redirecionou para { $url }, que não é um endereço seguro (https); o Downbeat não segue esse redirecionamento.

## Sondagens: as requisições do próprio Downbeat (a API da visão de fora, a página de status de
## um fornecedor). Por que uma falhou, depois de "sem resposta do Globalping:" e afins.

probe-fetch-encoding = a resposta veio numa codificação que não foi pedida ({ $encoding })
probe-fetch-too-large-mib = a resposta era maior que { $mib } MiB
probe-fetch-too-large-kib = a resposta era maior que { $kib } KiB
probe-fetch-gunzip = não foi possível ler a resposta compactada com gzip: { $error }

## Sondagens: os pontos de acesso do Spotify. Um ponto de acesso é o servidor ao qual os apps
## do Spotify se conectam primeiro; a "saudação" (hello) é a primeira mensagem do protocolo do
## Spotify, e o "desafio" é a resposta que um ponto de acesso de verdade assina. O apresolve é
## o serviço que lista os pontos de acesso.

probe-ap-no-time = Nenhum ponto de acesso pôde ser testado antes de o tempo da verificação acabar.
probe-ap-port-blocked = Sua rede bloqueia a porta { $port } ({ $blocked }); os apps recorrem a { $fallback }, um pouco mais lento. { $detail }
probe-ap-another = outro ponto de acesso
probe-ap-attempt = { $address }: { $headline }
probe-ap-before-it = { $detail } (Antes dele: { $attempts }.)
probe-ap-tried-all = { $detail } ({ $count ->
    [one] Testado { $count } ponto de acesso
   *[other] Testados { $count } pontos de acesso
}: { $attempts }.)
probe-ap-apresolve-failed = { $detail } Não foi possível usar o apresolve ({ $why }), então a lista alternativa foi testada.
probe-ap-apresolve-empty = ele não listou nenhum ponto de acesso
probe-ap-apresolve-status = { $host } respondeu HTTP { $status }
probe-ap-apresolve-too-large = a resposta de { $host } passa de 64 KiB
probe-ap-apresolve-not-json = a resposta de { $host } não é o JSON esperado
probe-ap-hello-timeout = { $address } aceitou a conexão, mas não respondeu à saudação em { $took }.
probe-ap-closed = { $address } fechou a conexão { $when ->
    [sending] quando a saudação foi enviada
    [waiting] antes de responder à saudação
   *[answering] no meio da resposta
}.
probe-ap-reset = { $address } redefiniu a conexão { $when ->
    [sending] quando a saudação foi enviada
    [waiting] antes de responder à saudação
   *[answering] no meio da resposta
}.
probe-ap-broke-off = { $address } interrompeu a conexão { $when ->
    [sending] quando a saudação foi enviada
    [waiting] antes de responder à saudação
   *[answering] no meio da resposta
} ({ $error }).
probe-ap-http = { $address } respondeu à saudação com HTTP, não como um ponto de acesso: um servidor web, um proxy ou um portal está no lugar dele.
probe-ap-bad-length = { $address } respondeu à saudação com algo que não é a resposta de um ponto de acesso (anunciou { $bytes } { $bytes ->
    [one] byte
   *[other] bytes
}; uma resposta tem de 5 bytes a 64 KiB).
probe-ap-unparsable = { $address } respondeu à saudação com algo que não é a resposta de um ponto de acesso (não dá para interpretá-la).
probe-ap-try-another = { $address } pediu ao cliente que tentasse outro ponto de acesso.
probe-ap-refused = { $address } recusou a saudação ({ $code }).
probe-ap-refused-why = { $address } recusou a saudação ({ $code }: { $why }).
probe-ap-upgrade = { $address } respondeu que o cliente é antigo demais: a saudação do Downbeat (build { $build } do cliente) está desatualizada. O próprio Spotify respondeu, então não é uma queda; atualize o Downbeat.
probe-ap-no-challenge = { $address } respondeu à saudação sem desafio, sem pedido de atualização e sem recusa.
probe-ap-signature-invalid = { $address } respondeu à saudação, mas a troca de chaves não está assinada com { $key ->
    [test] a server_key configurada
   *[spotify] a chave do Spotify
}: quem respondeu não é um ponto de acesso do Spotify (é um proxy ou filtro nesta rede, ou um impostor).
probe-ap-slow = { $address } respondeu à saudação com um desafio assinado, mas devagar ({ $took } no total).
probe-ap-ok = { $address } respondeu à saudação com um desafio assinado com { $key ->
    [test] a chave de teste configurada
   *[spotify] a chave do Spotify
} em { $hello } ({ $took } no total).
probe-ap-random-failed = o gerador de números aleatórios do sistema falhou
probe-ap-group-malformed = o grupo Diffie-Hellman da saudação está malformado
probe-ap-encode-failed = não foi possível codificar a saudação ({ $error })
probe-ap-too-large = a saudação é grande demais
probe-ap-addr-not-host-port = "{ $text }" não está no formato host:porta
probe-ap-addr-bad-port = "{ $text }" não tem uma porta válida
probe-ap-addr-bad-host = "{ $text }" não tem um host válido
probe-ap-key-no-pem = ele não contém nenhum bloco PEM
probe-ap-key-unparsable = não foi possível interpretar a chave pública ({ $error })
probe-ap-key-not-rsa = não é uma chave pública RSA
probe-ap-key-rsa-unparsable = não foi possível interpretar a chave RSA ({ $error })
probe-ap-key-wrong-block = ele contém um bloco "{ $label }", não um PUBLIC KEY ou RSA PUBLIC KEY
probe-ap-key-too-small = o módulo tem { $bits } bits; os pontos de acesso assinam com 2048

## Uma rodada de verificações

run-check-lost = A verificação parou inesperadamente.

## A visão de fora: perguntar a sondas em outros lugares (Globalping) se um serviço também falha
## lá, e o provedor desta rede (RIPEstat). Por que o mundo não soube dizer.

outside-q-no-probe = nenhuma sonda em outro lugar soube dizer
outside-q-too-few = { $count ->
    [one] só { $count } sonda em outro lugar soube dizer
   *[other] só { $count } sondas em outros lugares souberam dizer
}, pouco para concluir
outside-q-off = desativada (outside_view = "")
outside-q-from-settings = as configurações
outside-q-from-time-zone = o fuso horário { $zone }
outside-q-rate-limited = a cota do Globalping está esgotada
outside-q-rate-limited-until = a cota do Globalping está esgotada até { $until }
outside-q-unreachable = sem resposta do Globalping: { $why }
outside-q-garbage = a resposta do Globalping não fazia sentido: { $why }
outside-q-refused = o Globalping recusou o pedido: { $why }
outside-q-unfinished = as sondas não terminaram a tempo
outside-q-bad-id = um id de medição como { $id }
outside-q-bad-url = { $url }: { $error }
outside-q-refusal = HTTP { $status }
outside-q-refusal-said = HTTP { $status }: { $said }
outside-q-refusal-said-params = HTTP { $status }: { $said } ({ $params })
outside-q-refusal-params = HTTP { $status }: { $params }
outside-q-param = { $name }: { $why }
outside-q-ripestat-unreachable = sem resposta do RIPEstat: { $why }
outside-q-ripestat-status = o RIPEstat respondeu HTTP { $status }
outside-q-ripestat-garbage = a resposta do RIPEstat não fazia sentido: { $why }
outside-q-ripestat-said = o RIPEstat disse { $status }
outside-q-ripestat-no-network = o RIPEstat não conhece nenhuma rede que anuncie { $ip }
outside-q-page-bad-address = o endereço da página não aceita o caminho da API
outside-q-page-status = ela respondeu HTTP { $status }
outside-q-page-not-summary = a resposta não é um resumo do Statuspage: { $error }


## Erros: as falhas possíveis do motor, uma linha cada

error-config = { $path }:{ $line }:{ $column }: { $problem }
error-config-read = não foi possível ler o arquivo de configuração { $path }: { $reason }
error-ca-file = arquivo de CA { $path }: { $reason }
error-no-roots = nenhum certificado raiz confiável foi encontrado: instale o pacote ca-certificates ou defina ca_file
error-tls = falha ao configurar o TLS: { $reason }

## Erros de configuração: onde está o erro

config-source-builtin = (configuração embutida)
config-source-preset = (predefinição embutida { $name })
config-source-label-builtin = padrões embutidos (predefinição do Spotify)

## Erros de configuração: indicando a chave

config-key-problem = { $key }: { $problem }

## Erros de configuração: a sintaxe do arquivo e suas chaves

config-unknown-key = chave desconhecida `{ $key }` (válidas aqui: { $keys })
config-unknown-key-suggest = chave desconhecida `{ $key }`: você quis dizer `{ $suggestion }`? (válidas aqui: { $keys })
config-table-brackets = {"["}{ $name }] deve ser escrito [[{ $name }]], com colchetes duplos: cada [[{ $name }]] acrescenta um item a uma lista
config-table-twice = a tabela [{ $name }] aparece duas vezes
config-duplicate-key = chave duplicada `{ $key }`: ela já foi definida nesta tabela

## Erros de configuração: um valor do tipo errado

config-invalid-type = esperado { $want }, não { $found }{ $hint ->
    [number] {" "}(escreva números sem aspas)
    [bool] {" "}(escreva true ou false sem aspas)
    [quotes] {" "}(coloque entre aspas)
   *[none] {""}
}
config-want-number = um número inteiro
config-want-bool = true ou false
config-want-text = um texto entre aspas
config-want-list = uma lista, como ["a", "b"]
config-want-table = uma tabela
config-want-duration = uma duração entre aspas, como "30s"
config-found-text = o texto { $value }
config-found-number = o número { $value }
config-found-table = uma tabela
config-found-list = uma lista
config-unknown-variant = "{ $value }" não é uma das opções { $choices }{ $hint ->
    [web] {" "}(uma verificação web por HTTP ou HTTPS é handshake, o padrão)
   *[none] {""}
}

## Erros de configuração: valores que se validam sozinhos

config-duration-invalid = duração inválida "{ $value }": escreva como "30s", "2m", "1h", "7d" ou "500ms"
config-duration-no-unit = uma duração precisa de unidade, entre aspas: escreva "{ $n }s" para { $n } { $n ->
    [one] segundo
   *[other] segundos
}
config-duration-not-whole = uma duração precisa de um número inteiro e uma unidade, entre aspas, como "30s" ou "500ms", não { $value }
config-duration-range = deve estar entre { $min } e { $max }
config-duration-range-key = { $key } deve estar entre { $min } e { $max }
config-out-of-range = { $value } está fora do intervalo: deve estar entre { $min } e { $max }
config-url-no-scheme = URL inválida "{ $value }": ela precisa de um esquema, como "https://{ $host }"
config-url-add-scheme = URL inválida "{ $value }": adicione https:// no início, como "https://{ $host }"
config-url-invalid = URL inválida "{ $value }": { $reason }
config-url-reason-empty-host = host vazio
config-url-reason-idna = nome de domínio internacional inválido
config-url-reason-port = número de porta inválido
config-url-reason-ipv4 = endereço IPv4 inválido
config-url-reason-ipv6 = endereço IPv6 inválido
config-url-reason-domain-character = caractere inválido no domínio
config-url-scheme = URL inválida "{ $value }": o esquema deve ser https (ou http), não "{ $scheme }"
config-url-no-host = URL inválida "{ $value }": ela não tem host
config-doh-https = reference_dns "{ $value }": DNS over HTTPS precisa de uma URL https, como "https://1.1.1.1/dns-query"
config-doh-by-ip = reference_dns "{ $value }": indique o servidor pelo endereço IP, como "https://1.1.1.1/dns-query" (um nome dependeria justamente do DNS que ele serve para verificar)
config-host-invalid = host inválido "{ $value }": use um nome como "ap.spotify.com" ou um endereço IP, sem esquema nem porta
config-dns-server-invalid = servidor DNS inválido "{ $value }": escreva no formato "ip:porta", como "1.1.1.1:53" ou "[2606:4700::1111]:53"
config-ip-invalid = endereço IP inválido "{ $value }"
config-status-out-of-range = o status HTTP { $code } está fora do intervalo: deve estar entre 100 e 599
config-status-invalid = status inválido "{ $value }": escreva 200, "200-399" ou uma lista desses
config-expect-status-invalid = expect_status inválido: escreva 200, "200-399" ou uma lista desses
config-expect-status-empty = expect_status deve listar pelo menos um status
config-country-uk = país inválido "{ $value }": o código ISO 3166 do Reino Unido é "GB"
config-country-invalid = país inválido "{ $value }": escreva um código ISO 3166 de duas letras, como "GB" ou "US"
config-language-unknown = idioma desconhecido "{ $value }": os idiomas são { $languages }, ou "auto" para o do sistema

## Erros de configuração: o que o arquivo pede como um todo

config-baseline-duplicate = já existe uma verificação de referência chamada "{ $name }"
config-service-duplicate = já existe um serviço chamado "{ $name }"
config-nothing-to-check = nada para verificar: a configuração não tem nenhum serviço nem referência
config-preset-unknown = predefinição desconhecida "{ $name }": as predefinições são { $presets }
config-service-needs-name = todo [[service]] precisa de um nome (de 1 a 64 caracteres) ou de uma predefinição
config-captive-in-service = verificação "{ $check }": uma verificação captive testa a sua própria rede, então ela pertence à referência ([[baseline]]), não a um serviço
config-service-check-duplicate = o serviço "{ $service }" já tem uma verificação chamada "{ $check }"
config-service-no-checks = o serviço "{ $service }" não tem verificações: adicione entradas [[service.check]] ou uma predefinição
config-group-name-length = o nome de um grupo deve ter de 1 a 64 caracteres
config-group-unknown-check = grupo "{ $group }": o serviço "{ $service }" não tem nenhuma verificação chamada "{ $check }"
config-group-check-taken = grupo "{ $group }": a verificação "{ $check }" já está no grupo "{ $other }"
config-check-name-length = o nome de uma verificação deve ter de 1 a 64 caracteres
config-field-only-for = verificação "{ $check }": `{ $field }` só se aplica a verificações do tipo { $kinds }
config-port-only-for-tcp = verificação "{ $check }": `port` só se aplica a verificações tcp (coloque a porta na URL)
config-tcp-needs-host-port = verificação "{ $check }": uma verificação tcp precisa de `host` e `port`
config-captive-needs-http = verificação "{ $check }": uma verificação captive precisa de uma `url` em HTTP simples (http://…), já que um portal só consegue interferir em tráfego não criptografado
config-check-needs-url = verificação "{ $check }": uma verificação { $kind } precisa de uma `url`
config-insecure-https-only = verificação "{ $check }": `insecure` só se aplica a URLs https (não há certificado para ignorar em { $scheme })
config-ap-field = verificação "{ $check }": `{ $field }` não se aplica a uma verificação spotify_ap ({ $why })
config-ap-why-fallback = indique os pontos de acesso em `fallback`
config-ap-why-status = o apresolve deve responder 2xx
config-ap-why-body = o apresolve deve responder com o JSON dele
config-ap-why-downloads = ela não baixa nada
config-ap-why-redirects = o apresolve não é seguido
config-ap-why-server-key = use `server_key` para uma imitação de teste
config-ap-url-https = verificação "{ $check }": a `url` (apresolve) de uma verificação spotify_ap deve ser https
config-ap-default-url = a URL padrão do apresolve: { $reason }
config-ap-fallback = verificação "{ $check }": fallback: { $reason }
config-ap-too-many-fallbacks = verificação "{ $check }": no máximo { $max } pontos de acesso de fallback são testados
config-server-key-unreadable = server_key: não foi possível ler { $path }: { $reason }
config-server-key-unusable = server_key: { $path } não é uma chave utilizável: { $reason }

## Configuração: avisos e notas na inicialização

config-owner-baseline = referência
config-warn-server-key = a verificação "{ $check }" de { $owner } tem uma server_key: os pontos de acesso são conferidos com essa chave de teste, não com a do Spotify, e os resultados são marcados como não verificados
config-warn-insecure = a verificação "{ $check }" de { $owner } tem insecure = true: o certificado não é verificado, e os resultados são marcados como não verificados
config-warn-timeout-one = a verificação "{ $check }" de { $owner } tem um timeout ({ $timeout }) maior que o intervalo ({ $interval }): { $then }
config-warn-timeout-every = todas as verificações têm um timeout ({ $timeout }) maior que o intervalo ({ $interval }): { $then }
config-warn-timeout-some = { $count } verificações ({ $checks }) têm um timeout ({ $timeout }) maior que o intervalo ({ $interval }): { $then }
config-owner-check = "{ $check }" de { $owner }
config-then-watch = { $count ->
    [one] enquanto ela trava, a próxima rodada espera
   *[other] enquanto uma delas trava, a próxima rodada espera
}
config-then-check = { $count ->
    [one] o `watch` e o app ficariam atrasados enquanto ela trava
   *[other] o `watch` e o app ficariam atrasados enquanto uma delas trava
}
config-note-no-services = { $path } não tem [[service]], então a predefinição embutida do Spotify é verificada (`downbeat presets spotify` a mostra)
config-note-no-baseline = { $path } não tem [[baseline]], então os sites de referência embutidos são verificados (`downbeat presets baseline` os mostra)

## A página de configurações: o que ela diz de um campo ou de um salvamento que falha

config-field-interval = Verificar a cada
config-field-remind-every = Lembrar a cada
config-field-url = URL
config-field-name = Nome
config-field-expect-status = Status esperado
config-field-preset = Serviço
config-field-country = País
config-field-language = Idioma
config-form-labelled = { $label }: { $problem }
config-form-broken = { $error }. Corrija o arquivo manualmente primeiro; as configurações não são salvas por cima dele.
config-form-unreadable = { $path }: { $reason }
config-form-duplicate-service = "{ $name }" já está na lista
config-form-custom-https = a URL de um serviço personalizado deve começar com https://
config-form-no-services = escolha pelo menos um serviço para monitorar
config-form-cannot-write = não foi possível gravar { $path }: { $reason }

## O armazenamento do histórico: seus erros e o estado da gravação

store-error-database = banco de dados do histórico { $path }: { $reason }
store-error-folder = pasta do histórico { $path }: { $reason }
store-error-query = falha ao ler o histórico: { $reason }
store-error-export = falha ao gravar o CSV: { $reason }
store-error-too-new = o banco de dados do histórico { $path } foi gravado por um Downbeat mais novo (esquema { $found }; este conhece até o { $known })
store-recovered = o banco de dados do histórico estava danificado ({ $reason }); ele foi guardado como { $moved_to } e um novo foi criado
store-read-only = o banco de dados do histórico é somente leitura: o histórico fica na memória até poder ser gravado
store-disk-full = o disco está cheio: o histórico fica na memória até haver espaço
store-open-failed = { $error }: o histórico fica na memória até poder ser gravado
store-write-failed = falha ao gravar o histórico: { $reason }
store-maintenance-failed = falha na manutenção do histórico ({ $step }): { $reason }
store-step-closing-stale = fechando incidentes antigos
store-step-ending-open = encerrando os incidentes abertos
store-step-rolling-up = consolidando
store-step-rolling-up-trimming = consolidando e limpando
store-no-data-folder = não há pasta de dados neste sistema: o histórico não é registrado (defina DOWNBEAT_DATA_DIR)
store-not-recording = { $error }; seguindo sem registrar o histórico


## O menu da bandeja. Rótulos curtos: o menu da bandeja é estreito.

tray-menu-check-now = Verificar agora
tray-menu-pause-minutes = Pausar por { $minutes } min
tray-menu-pause-hours = Pausar por { $hours ->
    [one] { $hours } hora
   *[other] { $hours } horas
}
tray-menu-resume = Retomar
tray-menu-history = Abrir histórico…
tray-menu-settings = Configurações…
tray-menu-settings-file = Abrir arquivo de configurações
tray-menu-start-at-login = Iniciar ao fazer login
tray-menu-quit = Sair do Downbeat

## O arquivo de configurações que a bandeja cria quando "Abrir arquivo de configurações" não
## encontra nenhum. Cada mensagem é uma linha de comentário no topo desse arquivo TOML.

tray-settings-file-title = Configurações do Downbeat. Sem nada aqui, a predefinição embutida do Spotify é usada.
tray-settings-file-reference = A referência completa está em docs/configuration.md; `downbeat presets spotify` mostra a predefinição.

## Por que nenhum programa conseguiu abrir o arquivo de configurações (entre parênteses, depois
## do caminho do arquivo).

tray-opener-failed = { $program } falhou ({ $status })
tray-opener-missing = { $program } não está instalado
tray-opener-error = { $program }: { $error }

## Por que o app da bandeja não consegue iniciar: depois de "downbeat-desktop: " no terminal, e
## (no Windows) numa caixa de mensagem.

tray-cannot-start = não foi possível iniciar: { $error }
tray-no-display = sem display (nem DISPLAY nem WAYLAND_DISPLAY está definida); o `downbeat watch` funciona sem display
tray-config-error = erro de configuração: { $error }

## O que os programas de desktop (a bandeja e a janela do histórico) compartilham: iniciar ao
## fazer login.

desktop-autostart-not-found = iniciar ao fazer login: onde está o Downbeat? { $error }
desktop-autostart-failed = iniciar ao fazer login: { $error }
desktop-no-folder = este programa não está em nenhuma pasta


## O programa da janela do histórico (downbeat-window): o que ele diz quando não consegue fazer algo

window-app-cannot-open = não foi possível abrir a janela do histórico: { $error }
window-app-cannot-open-webview2 =
    não foi possível abrir a janela do histórico: { $error }

    A janela do Downbeat precisa do Microsoft Edge WebView2 Runtime. O Windows 10 e o 11 geralmente já vêm com ele; se não vierem, instale-o em https://developer.microsoft.com/microsoft-edge/webview2/ e tente de novo.
window-app-no-display = sem display (nem DISPLAY nem WAYLAND_DISPLAY está definida); o `downbeat watch` funciona sem display
window-app-no-history = nenhum histórico é registrado neste sistema (sem pasta de dados; defina DOWNBEAT_DATA_DIR)
window-app-nothing-recorded = nada registrado ainda
window-app-no-downloads = não há pasta Downloads nem pasta pessoal onde salvar
window-app-no-config-path = não há pasta de configuração neste sistema (defina DOWNBEAT_CONFIG)
window-app-write-failed = { $path }: { $reason }

## A página da janela do histórico: o cabeçalho

ui-verdict-checking = Verificando…
ui-check-now = Verificar agora
ui-export = Exportar CSV
ui-open-settings = Configurações
ui-exported = Salvo em { $path }
ui-export-failed = Falha ao exportar: { $error }

## A página da janela do histórico: o estado atual ("Agora")

ui-now-heading = Agora
ui-connection = Sua conexão
ui-groups-label = { $service } por cliente
ui-group-label = { $group }: { $state }
ui-group-state-up = no ar
ui-group-state-degraded = instável
ui-group-state-down = fora do ar
ui-group-state-unknown = desconhecido
ui-places-label = { $service } visto de outros lugares
ui-check-via = via { $address }
ui-badge-unverified = não verificado
ui-check-unverified-title = A verificação de certificado está desligada aqui: insecure = true ou uma server_key de teste

## A página da janela do histórico: disponibilidade

ui-uptime-heading = Disponibilidade
ui-uptime-legend = Legenda
ui-legend-up = no ar
ui-legend-degraded = instável
ui-legend-down = fora do ar
ui-legend-offline = do seu lado (offline, sem DNS, …)
ui-legend-no-data = sem dados
ui-uptime-nothing = Nada registrado ainda.
ui-uptime-unverified-title = Certificados não conferidos em: { $checks }
ui-uptime-window-24h = 24h
ui-uptime-window-7d = 7d
ui-uptime-window-30d = 30d
ui-uptime-bars-24h = { $service } nas últimas 24 horas
ui-uptime-bars-7d = { $service } nos últimos 7 dias
ui-uptime-bars-30d = { $service } nos últimos 30 dias

## A página da janela do histórico: o gráfico de latência

ui-latency-title-24h = Latência, últimas 24 h
ui-latency-title-hour = Latência, última hora
ui-latency-unit-median = (mediana por fase, ms)
ui-latency-unit-round = (cada rodada, por fase, ms)
ui-latency-service = Serviço
ui-latency-empty = Nenhuma medição ainda.
ui-latency-too-few = Ainda não há dados suficientes para um gráfico: ele aparece depois de algumas rodadas. A medição mais recente está abaixo de cada verificação, acima.
ui-latency-phase-dns = dns
ui-latency-phase-connect = conexão
ui-latency-phase-tls = tls
ui-latency-phase-hello = saudação
ui-latency-phase-ttfb = ttfb
ui-latency-phase-transfer = transferência
ui-latency-p95 = total p95
ui-latency-time = Horário

## A página da janela do histórico: incidentes

ui-incidents-heading = Incidentes, últimos 30 dias
ui-incidents-started = Início
ui-incidents-lasted = Duração
ui-incidents-what = O quê
ui-incidents-why = Por quê
ui-incidents-side = De quem

## A página da janela do histórico: o que deu errado na própria página

ui-problem-history = Histórico: { $error }
ui-problem-start = Não foi possível iniciar a janela: { $error }
ui-problem-load = Não foi possível carregar { $file }
ui-problem-script = Erro de script: { $error } ({ $place })
ui-problem-csp = Bloqueado pela política de segurança de conteúdo: { $directive } { $address }

## A página de configurações

ui-settings-heading = Configurações
ui-settings-path = ({ $path })
ui-settings-broken = Esta página não pode mostrar as configurações enquanto o arquivo delas (indicado acima) tiver um erro. Corrija-o num editor de texto: o Downbeat o recarrega assim que ele estiver válido.
ui-settings-services = Serviços monitorados
ui-settings-add-service = Adicionar um serviço
ui-settings-add = Adicionar
ui-settings-service-other = (definido no arquivo de configuração)
ui-settings-edit = Editar
ui-settings-remove = Remover
ui-settings-edit-label = Editar { $service }
ui-settings-remove-label = Remover { $service }
ui-settings-service-error = { $service }: { $error }
ui-settings-some-service-error = Um serviço: { $error }
ui-settings-custom = Adicionar seu próprio serviço HTTPS
ui-settings-custom-name = Nome
ui-settings-custom-url = URL
ui-settings-custom-status = Status esperado
ui-settings-custom-add = Adicionar este serviço
ui-settings-custom-incomplete = um serviço personalizado precisa de nome e URL
ui-settings-checks = Verificações
ui-settings-interval = Verificar a cada
ui-settings-interval-hint = ex.: 30s, 1m, 5m
ui-settings-baseline = Verificar também minha própria conexão, para o Downbeat saber de que lado está o problema
ui-settings-autostart = Iniciar o Downbeat ao fazer login
ui-settings-theme = Aparência
ui-settings-theme-system = Igual ao sistema
ui-settings-theme-light = Claro
ui-settings-theme-dark = Escuro
ui-settings-language = Idioma
ui-settings-language-auto = Igual ao sistema
ui-settings-notify = Avisar quando
ui-settings-notify-down = um serviço cair
ui-settings-notify-recovered = ele voltar
ui-settings-notify-degraded = ele ficar lento ou instável
ui-settings-notify-offline = minha própria conexão tiver um problema (offline, página de login, DNS)
ui-settings-remind = lembrar enquanto um serviço continuar fora do ar, a cada
ui-settings-remind-every = Intervalo do lembrete
ui-settings-outside = Fora do ar para todo mundo, ou só daqui?
ui-settings-elsewhere = Quando um serviço falhar e minha conexão estiver funcionando, perguntar a sondas em outros lugares (Globalping) se ele também falha lá
ui-settings-provider = Depois, descobrir em qual provedor esta rede está (RIPEstat) e consultar sondas nele também, para distinguir meu provedor da minha casa
ui-settings-country = Meu país
ui-settings-country-placeholder = BR
ui-settings-country-hint = duas letras; vazio: pelo fuso horário
ui-settings-token = Token do Globalping
ui-settings-token-hint = opcional, para uma cota maior
ui-settings-outside-note = O que é enviado: o host, a porta e o caminho da verificação com falha. Nada enquanto tudo estiver no ar ou enquanto você estiver offline.
ui-settings-save = Salvar
ui-settings-close = Voltar ao histórico
ui-settings-saving = Salvando…
ui-settings-saved = Salvo. A próxima rodada já usa as novas configurações.

## The built-in presets' words (presets/*.toml)

preset-apple_music-advice = As músicas baixadas continuam tocando.
preset-deezer-advice = As músicas baixadas continuam tocando no modo offline (com um plano pago).
preset-soundcloud-advice = As faixas salvas para ouvir offline (com o Go) continuam tocando.
preset-spotify-advice = As músicas baixadas continuam tocando no modo offline.
preset-tidal-advice = As músicas baixadas continuam tocando no modo offline.
preset-youtube_music-advice = Os downloads no app continuam tocando offline (com o YouTube Music Premium).
preset-spotify-group-the-spotify-apps = os apps do Spotify
preset-spotify-group-the-web-player = o player web
preset-spotify-group-login = o login

## O caminho deste computador, como o `check` o lista quando algo falhou (view::path_lines).
## $family: "IPv4" ou "IPv6"; $interface: uma interface de rede ("eth0", "wlan0", "wg0"); $router:
## o endereço do roteador; $took: quanto tempo a pergunta levou; $port: um número de porta TCP.

path-route-router = O { $family } sai por { $interface } até o roteador { $router }.
path-route-tunnel = O { $family } sai pelo túnel { $interface }.
path-route-direct = O { $family } sai por { $interface }.
path-route-none = Não há rota { $family }.
path-link-down = { $interface } está fora do ar.
path-link-no-address = { $interface } não tem endereço { $family }.
path-router-echo = O roteador respondeu a um ping em { $took }.
path-router-tcp = O roteador respondeu na porta TCP { $port } em { $took }.
path-router-silent = O roteador não respondeu em { $took }.
path-router-unreachable = Não foi possível alcançar o roteador: este computador não tem caminho até ele.
