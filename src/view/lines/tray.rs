//! The tray menu's short lines: whose side first, then a line per service and the connection's,
//! at most [`TRAY_LINE_MAX`] characters; and a config error's, short.

use super::{
    all_up, config_error_line, connection_state, down_for, explained, hit_by_cause, paused_line,
    service_line, state_word, with_diagnosis, Connection,
};
use crate::model::{Arg, Cause, Message, State};
use crate::msg;
use crate::schedule::Paused;
use crate::view::{ServiceView, Snapshot};

/// The longest line the tray menu shows: the full sentences are in the window and the
/// notifications. Menus are as wide as their longest line, and a long one runs off a screen's
/// edge from a tray in its corner.
pub const TRAY_LINE_MAX: usize = 44;

/// `line` cut to [`TRAY_LINE_MAX`] characters, with an ellipsis when cut.
fn short(line: String) -> String {
    if line.chars().count() <= TRAY_LINE_MAX {
        return line;
    }
    match line.char_indices().nth(TRAY_LINE_MAX - 1) {
        Some((cut, _)) => format!("{}…", line[..cut].trim_end()),
        None => line,
    }
}

/// The tray menu's first line: whose side, in a few words, never a repeat of the service lines
/// under it. "It's them: Tunes is down", "It's them: 2 services are down", "It's you: this
/// Wi-Fi wants you to sign in", "Both services are up", "Paused until 18:45".
pub fn tray_line(s: &Snapshot) -> String {
    if let Some(line) = paused_line(s.paused) {
        return line.to_string();
    }
    if s.last_checked.is_none() {
        return msg!("line-checking").to_string();
    }
    let hit = || hit_by_cause(s);
    let you = match s.cause {
        Cause::None | Cause::Service => None,
        Cause::Offline => Some(msg!("line-tray-offline")),
        Cause::NoNetwork
        | Cause::RouterDown
        | Cause::LineDown
        | Cause::VpnDown
        | Cause::Ipv6Broken
        | Cause::Ipv4Broken => Some(s.here.bind(Message::new(format!(
            "line-tray-{}",
            s.cause.as_str().replace('_', "-")
        )))),
        Cause::DnsResolverDown => Some(msg!("line-tray-dns-resolver-down")),
        Cause::CaptivePortal => Some(msg!("line-tray-captive-portal")),
        Cause::SlowConnection => Some(msg!("line-tray-slow-connection")),
        Cause::ClockWrong => Some(msg!("line-tray-clock-wrong")),
        Cause::TlsIntercepted => Some(msg!("line-tray-tls-intercepted")),
        Cause::DnsFiltered => {
            let (services, count) = hit();
            Some(msg!(
                "line-tray-dns-filtered",
                services = services,
                count = count
            ))
        }
        Cause::PortBlocked => {
            let (services, count) = hit();
            Some(msg!(
                "line-tray-port-blocked",
                services = services,
                count = count
            ))
        }
        Cause::DownbeatOutdated => Some(msg!("line-tray-downbeat-outdated")),
        Cause::NetworkPath => {
            let (services, count) = hit();
            Some(msg!(
                "line-tray-network-path",
                services = services,
                count = count
            ))
        }
        Cause::Provider => {
            let (services, count) = hit();
            Some(msg!(
                "line-tray-provider",
                services = services,
                count = count
            ))
        }
        Cause::DnsUnconfirmed => {
            let (services, count) = hit();
            Some(msg!(
                "line-tray-dns-unconfirmed",
                services = services,
                count = count
            ))
        }
    };
    if let Some(line) = you {
        return short(line.to_string());
    }
    let failing: Vec<&ServiceView> = s
        .services
        .iter()
        .filter(|v| v.state > State::Up && explained(v, s.connection_cause) == Cause::Service)
        .collect();
    short(match (failing.as_slice(), s.services.as_slice()) {
        ([one], _) => msg!(
            "line-tray-them",
            service = one.name.as_str(),
            state = state_word(one.state)
        )
        .to_string(),
        ([], [one]) if one.state == State::Up => msg!("line-all-well").to_string(),
        ([], [one]) => service_line(one, s.connection_cause, &s.here),
        ([], []) => msg!("line-all-well").to_string(),
        ([], all) => all_up(all).to_string(),
        (many, _) => {
            let worst = many.iter().map(|v| v.state).max().unwrap_or(State::Down);
            msg!(
                "line-tray-them-many",
                count = many.len(),
                state = worst.as_str()
            )
            .to_string()
        }
    })
}

/// A service's line in the tray menu, short: "Tunes: down, server error, 12 min", "Tunes:
/// sign-in needed", "Tunes: not checked (paused)". The verdict line above says whose side.
pub fn tray_service_line(v: &ServiceView, s: &Snapshot) -> String {
    let cause = explained(v, s.connection_cause);
    let service = v.name.as_str();
    let line = if s.paused != Paused::No {
        msg!("line-tray-service-paused", service = service)
    } else if let Some(word) = cause.state_word() {
        msg!("line-service-word", service = service, word = word)
    } else if v.state == State::Unknown {
        msg!("line-service-checking", service = service)
    } else {
        let mut line = msg!(
            "line-service-state",
            service = service,
            state = state_word(v.state)
        );
        if v.state > State::Up {
            line = with_diagnosis(line, v);
            if let Some(since) = down_for(v) {
                line = msg!(
                    "line-tray-service-for",
                    line = line,
                    span = Arg::span(since)
                );
            }
        }
        line
    };
    short(line.to_string())
}

/// The user's connection in the tray menu, short: "Your connection: fine (3/3 sites)".
pub fn tray_connection_line(s: &Snapshot) -> String {
    let detail = match connection_state(s) {
        Connection::Off => msg!("line-connection-not-checked"),
        Connection::Paused => msg!("line-tray-connection-paused"),
        Connection::Seen(word, _, 0) => word,
        Connection::Seen(word, answered, n) => msg!(
            "line-tray-connection-sites",
            state = word,
            answered = answered,
            sites = n
        ),
    };
    short(msg!("line-connection", detail = detail).to_string())
}

/// A config error in the tray menu, short: where it is ("Config error in downbeat.toml:3:11"),
/// the message itself being in the window and the notification.
///
/// `error` is a problem as the session gives it: [`config_error_line`]'s or
/// [`config_kept_line`](super::config_kept_line)'s sentence (in the current language), or any
/// other problem's text.
/// Nothing here knows the words: the current language's "Config error" lead-in is found by
/// rendering [`config_error_line`] itself, and the place is the first `file:line:column`.
pub fn tray_problem_line(error: &str) -> String {
    let error = strip_config_error_lead(error);
    // "/home/me/.config/downbeat/downbeat.toml:3:11: invalid country …"
    match config_place(error) {
        Some(place) => short(msg!("line-tray-config-error-in", place = place).to_string()),
        None => short(config_error_line(error)),
    }
}

/// `error` without the current language's lead-in of [`config_error_line`] ("Config error: "),
/// when it starts with it.
fn strip_config_error_lead(error: &str) -> &str {
    // Rendered around a marker no error holds, the message shows what comes before the error.
    const MARKER: &str = "\u{1}";
    let rendered = config_error_line(MARKER);
    match rendered.split_once(MARKER) {
        Some((lead, _)) if !lead.is_empty() => error.strip_prefix(lead).unwrap_or(error),
        _ => error,
    }
}

/// The file's name and its line and column, when `error` starts with a place
/// (`/path/to/downbeat.toml:3:11`, then a separator: ": ", " : "): "downbeat.toml:3:11".
fn config_place(error: &str) -> Option<&str> {
    let head = error.split(": ").next()?.trim_end();
    let mut parts = head.rsplitn(3, ':');
    let (col, line) = (parts.next(), parts.next());
    let numbers = [col, line]
        .iter()
        .all(|n| n.is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())));
    parts.next().filter(|f| numbers && !f.is_empty())?;
    Some(head.rsplit(['/', '\\']).next().unwrap_or(head))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A menu line of exactly the longest length is kept whole; one longer is cut to it with an
    /// ellipsis. A config error names its file and place, on Unix and Windows paths alike.
    #[test]
    fn menu_lines_are_short_and_a_config_error_says_where() {
        let fits = "x".repeat(TRAY_LINE_MAX);
        assert_eq!(short(fits.clone()), fits);
        let cut = short("y".repeat(TRAY_LINE_MAX + 5));
        assert_eq!(cut.chars().count(), TRAY_LINE_MAX);
        assert!(cut.ends_with('…'));
        for (error, want) in [
            (
                "Config error: /home/me/.config/downbeat/downbeat.toml:3:12: interval: invalid duration \"soon\"",
                "Config error in downbeat.toml:3:12",
            ),
            (
                "C:\\Users\\me\\AppData\\Roaming\\downbeat\\config.toml:7:1: unknown field `intervall`",
                "Config error in config.toml:7:1",
            ),
            ("the config can't be read", "Config error: the config can't be read"),
        ] {
            assert_eq!(tray_problem_line(error), want, "{error}");
        }
    }

    /// In every language, a config error the loader wrote (its own words and punctuation: the
    /// French " : ") gives the tray its file and place.
    #[test]
    fn a_config_error_says_where_in_every_language() {
        use crate::view::i18n::{self, LANGUAGES};
        for lang in LANGUAGES {
            i18n::with_language(lang, || {
                let e = crate::config::Config::parse(
                    "[settings]\ninterval = \"soon\"\n",
                    crate::config::Source::File("/home/me/downbeat.toml".into()),
                )
                .expect_err("a broken file");
                let line = tray_problem_line(&config_error_line(&e.to_string()));
                assert!(line.contains("downbeat.toml:2:12"), "{}: {line}", lang.code);
                assert!(!line.contains("/home/me"), "{}: {line}", lang.code);
            });
        }
    }
}
