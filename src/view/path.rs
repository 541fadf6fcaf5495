//! This computer's path as `check` lists it under the baseline, when it was read (something
//! failed): each family's route and what the router said. The evidence behind "your router
//! answers, the line beyond it doesn't".

use std::time::Duration;

use crate::model::{LocalPath, Route, RouterAnswer};
use crate::msg;

/// One line per family's route (or its absence), the link's trouble, and the router's answer.
/// Empty when the routes could not be read.
pub fn path_lines(p: &LocalPath) -> Vec<String> {
    if !p.known {
        return Vec::new();
    }
    let mut lines = Vec::new();
    for (family, route) in [("IPv4", &p.ipv4), ("IPv6", &p.ipv6)] {
        lines.push(match route {
            None => msg!("path-route-none", family = family),
            Some(r) => route_line(family, r),
        });
        if let Some(r) = route.as_ref() {
            if !r.up {
                lines.push(msg!("path-link-down", interface = r.interface.as_str()));
            } else if !r.has_address {
                lines.push(msg!(
                    "path-link-no-address",
                    interface = r.interface.as_str(),
                    family = family
                ));
            }
        }
    }
    if let Some(asked) = &p.router {
        // As the phases are timed: "0.4 ms" under 10 ms, whole milliseconds above.
        let took =
            crate::view::i18n::phase_ms(Duration::from_secs_f64(asked.took_ms.max(0.0) / 1000.0));
        let took = took.as_str();
        lines.push(match asked.answer {
            RouterAnswer::Echo => msg!("path-router-echo", took = took),
            RouterAnswer::Tcp(port) => msg!("path-router-tcp", port = port, took = took),
            RouterAnswer::Silent => msg!("path-router-silent", took = took),
            RouterAnswer::Unreachable => msg!("path-router-unreachable"),
        });
    }
    lines.into_iter().map(|m| m.to_string()).collect()
}

fn route_line(family: &str, r: &Route) -> crate::model::Message {
    let interface = r.interface.as_str();
    match (r.tunnel, r.gateway) {
        (true, _) => msg!("path-route-tunnel", family = family, interface = interface),
        (false, Some(router)) => msg!(
            "path-route-router",
            family = family,
            interface = interface,
            router = router
        ),
        (false, None) => msg!("path-route-direct", family = family, interface = interface),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::RouterProbe;

    #[test]
    fn the_path_is_listed_with_the_routers_answer() {
        let route = |interface: &str, gateway: Option<&str>, up: bool| Route {
            interface: interface.into(),
            gateway: gateway.map(|g| g.parse().unwrap()),
            up,
            has_address: true,
            tunnel: false,
            split: false,
            ppp: false,
            index: 2,
        };
        let p = LocalPath {
            known: true,
            ipv4: Some(route("eth0", Some("192.168.1.1"), true)),
            ipv6: None,
            link: None,
            router: Some(RouterProbe {
                addr: "192.168.1.1".parse().unwrap(),
                answer: RouterAnswer::Tcp(53),
                took_ms: 2.0,
                echo_allowed: false,
            }),
        };
        let lines =
            crate::view::i18n::with_language(crate::view::i18n::english(), || path_lines(&p));
        assert_eq!(
            lines,
            [
                "IPv4 goes out through eth0 to the router 192.168.1.1.",
                "No IPv6 route.",
                "The router answered on TCP port 53 in 2.0 ms.",
            ]
        );
        assert!(path_lines(&LocalPath::default()).is_empty());
    }
}
