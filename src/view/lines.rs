//! The one-line summaries of a state, for every front end: the verdict line (the tray's first
//! line and the window's headline), a service's line, and the user's connection's line.

use std::time::{Duration, SystemTime};

use super::{ServiceView, Snapshot};
use crate::view::i18n::span as human_span;
use crate::model::{Cause, Scope, State};
use crate::schedule::Paused;

/// Whose side a service's own failure is on, as every front end says it: "It's them: your
/// connection is fine." when the baseline showed the connection working, else "It's them."
/// (with no baseline, nothing knows the connection is fine).
pub fn them(connection_fine: bool) -> &'static str {
    if connection_fine {
        "It's them: your connection is fine."
    } else {
        "It's them."
    }
}

/// What the tray and the window say of a config that doesn't load.
pub fn config_error_line(error: &str) -> String {
    format!("Config error: {error}")
}

/// What the window says of a config file that was edited and no longer loads, while the
/// monitor runs on: the error (its file, line and column), and that nothing stopped.
pub fn config_kept_line(error: &str) -> String {
    format!("Config error: {error}. Downbeat is still checking with the last settings that loaded; it reloads the file as soon as it is fixed.")
}

/// What `watch`, `serve` and the tray log when the config file reloads (an edit, or SIGHUP):
/// one line saying what changed, or that nothing that runs did.
pub fn config_reloaded_line(path: &std::path::Path, c: &crate::config::Changes) -> String {
    let path = path.display();
    if c.is_empty() {
        return format!("config reloaded from {path}: nothing that runs changed");
    }
    let names = |v: &[String]| and_list(&v.iter().map(String::as_str).collect::<Vec<_>>());
    let mut parts = Vec::new();
    if !c.added.is_empty() {
        parts.push(format!("{} added", names(&c.added)));
    }
    if !c.removed.is_empty() {
        parts.push(format!("{} removed", names(&c.removed)));
    }
    if !c.changed.is_empty() {
        parts.push(format!("{} changed", names(&c.changed)));
    }
    if c.baseline {
        parts.push("the baseline changed".into());
    }
    if !c.settings.is_empty() {
        parts.push(format!("settings changed: {}", c.settings.join(", ")));
    }
    format!("config reloaded from {path}: {}", parts.join("; "))
}

/// What `watch` and `serve` log when the edited config file doesn't load: the loader's error,
/// and that the last config that loaded runs on.
pub fn config_not_reloaded_line(error: &str) -> String {
    format!("config not reloaded: {error}; still running on the last config that loaded")
}

/// A config error in the tray menu, short: where it is ("Config error in downbeat.toml:3:11"),
/// the message itself being in the window and the notification.
pub fn tray_problem_line(error: &str) -> String {
    let error = error.strip_prefix("Config error: ").unwrap_or(error);
    // "/home/me/.config/downbeat/downbeat.toml:3:11: invalid country …"
    let place = error.split(": ").next().filter(|p| {
        let mut parts = p.rsplitn(3, ':');
        let (col, line) = (parts.next(), parts.next());
        [col, line]
            .iter()
            .all(|n| n.is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())))
    });
    match place {
        Some(p) => {
            let file = p.rsplit(['/', '\\']).next().unwrap_or(p);
            short(format!("Config error in {file}"))
        }
        None => short(format!("Config error: {error}")),
    }
}

/// The user's connection's line while nothing runs (the config doesn't load).
pub const CONNECTION_NOT_CHECKED: &str = "Your connection: not checked";

/// The user's own connection in one line: "Your connection: fine (3 of 3 sites answer)".
pub fn connection_line(s: &Snapshot) -> String {
    match connection_state(s) {
        Connection::Off => "Your connection: not checked (the baseline is off)".into(),
        Connection::Paused => "Your connection: not checked while paused".into(),
        Connection::Seen(word, _, 0) => format!("Your connection: {word}"),
        Connection::Seen(word, answered, 1) => {
            format!("Your connection: {word} ({answered} of 1 site answers)")
        }
        Connection::Seen(word, answered, n) => {
            format!("Your connection: {word} ({answered} of {n} sites answer)")
        }
    }
}

/// What the connection's lines say: not checked (the baseline is off, or paused), or its word
/// with how many of how many baseline sites answered.
enum Connection {
    Off,
    Paused,
    Seen(String, usize, usize),
}

fn connection_state(s: &Snapshot) -> Connection {
    if s.baseline_checks == 0 {
        return Connection::Off;
    }
    if s.paused != Paused::No {
        return Connection::Paused;
    }
    let word = match (s.connection_cause.state_word(), s.connection) {
        (Some(w), _) => w.to_string(),
        (None, State::Unknown) => "checking…".to_string(),
        (None, _) => "fine".to_string(),
    };
    let answered = s
        .baseline
        .iter()
        .filter(|c| c.report.status == crate::model::Status::Up)
        .count();
    Connection::Seen(word, answered, s.baseline.len())
}

/// The verdict line, the tray's first line and the window's headline: the overall state and
/// whose side it is. "Spotify is down (TLS certificate expired, for 12 min): it's them";
/// "You're offline: it's you, not the services"; "Spotify: up"; "All 3 services are up".
pub fn verdict_line(s: &Snapshot) -> String {
    if let Some(line) = paused_line(s.paused) {
        return line;
    }
    if s.last_checked.is_none() {
        return "Checking…".into();
    }
    // A problem on the user's side is said first, in the words the CLI and notifications use.
    if let Some(line) = s.cause.line(&hit_by_cause(s)) {
        return line.to_string();
    }
    // The services' own trouble: short, with whose side it is. The menu's service lines and the
    // window's cards say the rest.
    let failing: Vec<&ServiceView> = s
        .services
        .iter()
        .filter(|v| v.state > State::Up && explained(v, s.connection_cause) == Cause::Service)
        .collect();
    match failing.as_slice() {
        [] => {}
        [one] => {
            let mut why: Vec<String> = Vec::new();
            if let Some(d) = one.diagnosis {
                why.push(d.headline().to_string());
            }
            // "for 0 s" just after it went down says nothing.
            if let Some(since) = one
                .since
                .and_then(|t| SystemTime::now().duration_since(t).ok())
                .filter(|d| *d >= Duration::from_secs(1))
            {
                why.push(format!("for {}", human_span(since)));
            }
            let why = if why.is_empty() {
                String::new()
            } else {
                format!(" ({})", why.join(", "))
            };
            // What the world said, when it was asked.
            let scope = one.outside.as_ref().map(|o| (o.scope, o.country_words()));
            return match scope {
                Some((Scope::Everywhere, _)) => {
                    format!("{} is {} for everyone{why}: it's them", one.name, one.state)
                }
                Some((Scope::Region, place)) => {
                    format!("{} is {} in {place}{why}: it's them", one.name, one.state)
                }
                Some((Scope::OnlyHere, _)) => {
                    Cause::NetworkPath.line(&one.name).map(|m| m.to_string()).unwrap_or_default()
                }
                Some((Scope::Provider, _)) => Cause::Provider.line(&one.name).map(|m| m.to_string()).unwrap_or_default(),
                _ => format!("{} is {}{why}: it's them", one.name, one.state),
            };
        }
        many => {
            let worst = many.iter().map(|v| v.state).max().unwrap_or(State::Down);
            let names: Vec<&str> = many.iter().map(|v| v.name.as_str()).collect();
            return format!("{} are {worst}: it's them", and_list(&names));
        }
    }
    match s.services.as_slice() {
        [] => connection_line(s),
        [one] => service_line(one, s.connection_cause),
        all => all_up(all),
    }
}

/// "Paused until 18:45", "Paused until you resume"; `None` when not paused.
fn paused_line(p: Paused) -> Option<String> {
    match p {
        Paused::No => None,
        Paused::UntilResumed => Some("Paused until you resume".into()),
        Paused::Until(t) => Some(format!(
            "Paused until {}",
            crate::view::i18n::clock(crate::model::time::unix_ms(t))
        )),
    }
}

/// Several services, none failing: "Both services are up", "All 3 services are up", or how
/// many are known yet.
fn all_up(all: &[ServiceView]) -> String {
    let up = all.iter().filter(|v| v.state == State::Up).count();
    match (up == all.len(), all.len()) {
        (true, 2) => "Both services are up".into(),
        (true, n) => format!("All {n} services are up"),
        (false, n) => format!("{up} of {n} services are up; checking the others"),
    }
}

/// Who the user's-side cause stops, as a line names them: the services it explains ("Tunes",
/// "Tunes and Radio"), or "your services" when it is the whole connection's and there are
/// several (a portal stops them all, not only the first).
fn hit_by_cause(s: &Snapshot) -> String {
    let names: Vec<&str> = if s.connection_cause != Cause::None {
        s.services.iter().map(|v| v.name.as_str()).collect()
    } else {
        s.services
            .iter()
            .filter(|v| v.cause == s.cause)
            .map(|v| v.name.as_str())
            .collect()
    };
    // Only the sentences whose verbs don't follow the name take a list: "Your network blocks
    // Tunes and Radio", never "Tunes and Radio works elsewhere".
    let plural_ok = matches!(
        s.cause,
        Cause::DnsFiltered | Cause::SlowConnection | Cause::DownbeatOutdated
    );
    match names.as_slice() {
        [] => "your services".into(),
        [one] => (*one).to_owned(),
        [first, ..] if !plural_ok => (*first).to_owned(),
        few if few.len() <= 3 && s.connection_cause == Cause::None => and_list(few),
        _ => "your services".into(),
    }
}

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
        return line;
    }
    if s.last_checked.is_none() {
        return "Checking…".into();
    }
    let you = match s.cause {
        Cause::None | Cause::Service => None,
        Cause::Offline => Some("you're offline".to_owned()),
        Cause::DnsResolverDown => Some("your DNS server isn't answering".to_owned()),
        Cause::CaptivePortal => Some("this Wi-Fi wants you to sign in".to_owned()),
        Cause::SlowConnection => Some("your connection is slow".to_owned()),
        Cause::ClockWrong => Some("your clock is wrong".to_owned()),
        Cause::TlsIntercepted => Some("something intercepts connections".to_owned()),
        Cause::DnsFiltered => Some(format!("your network blocks {}", hit_by_cause(s))),
        Cause::PortBlocked => Some(format!("a port is blocked for {}", hit_by_cause(s))),
        Cause::DownbeatOutdated => Some("Downbeat needs an update".to_owned()),
        Cause::NetworkPath => Some(format!("{} fails only from here", hit_by_cause(s))),
        Cause::Provider => Some(format!("your provider can't reach {}", hit_by_cause(s))),
        Cause::DnsUnconfirmed => Some(format!("your DNS says {} doesn't exist", hit_by_cause(s))),
    };
    if let Some(what) = you {
        return short(format!("It's you: {what}"));
    }
    let failing: Vec<&ServiceView> = s
        .services
        .iter()
        .filter(|v| v.state > State::Up && explained(v, s.connection_cause) == Cause::Service)
        .collect();
    short(match (failing.as_slice(), s.services.as_slice()) {
        ([one], _) => format!("It's them: {} is {}", one.name, one.state),
        ([], [one]) if one.state == State::Up => "All is well".into(),
        ([], [one]) => service_line(one, s.connection_cause),
        ([], []) => "All is well".into(),
        ([], all) => all_up(all),
        (many, _) => {
            let worst = many.iter().map(|v| v.state).max().unwrap_or(State::Down);
            format!("It's them: {} services are {worst}", many.len())
        }
    })
}

/// A service's line in the tray menu, short: "Tunes: down, server error, 12 min", "Tunes:
/// sign-in needed", "Tunes: not checked (paused)". The verdict line above says whose side.
pub fn tray_service_line(v: &ServiceView, s: &Snapshot) -> String {
    let cause = explained(v, s.connection_cause);
    let line = if s.paused != Paused::No {
        format!("{}: not checked (paused)", v.name)
    } else if let Some(word) = cause.state_word() {
        format!("{}: {word}", v.name)
    } else if v.state == State::Unknown {
        format!("{}: checking…", v.name)
    } else {
        let mut parts = vec![v.state.to_string()];
        if v.state > State::Up {
            parts.extend(v.diagnosis.map(|d| d.headline().to_string()));
            parts.extend(
                v.since
                    .and_then(|t| SystemTime::now().duration_since(t).ok())
                    .filter(|d| *d >= Duration::from_secs(1))
                    .map(human_span),
            );
        }
        format!("{}: {}", v.name, parts.join(", "))
    };
    short(line)
}

/// The user's connection in the tray menu, short: "Your connection: fine (3/3 sites)".
pub fn tray_connection_line(s: &Snapshot) -> String {
    short(match connection_state(s) {
        Connection::Off => "Your connection: not checked".into(),
        Connection::Paused => "Your connection: not checked (paused)".into(),
        Connection::Seen(word, _, 0) => format!("Your connection: {word}"),
        Connection::Seen(word, answered, n) => {
            format!("Your connection: {word} ({answered}/{n} sites)")
        }
    })
}

/// "Tunes", "Tunes and Radio", "Tunes, Radio and Deezer".
fn and_list(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// "Spotify: down, TLS certificate expired, for 12 min"; "Spotify: blocked, your network's DNS
/// blocks it"; "Spotify: offline" while the user's side (`connection`) explains everything.
pub fn service_line(v: &ServiceView, connection: Cause) -> String {
    let cause = explained(v, connection);
    if let Some(word) = cause.state_word() {
        return if cause == v.cause {
            format!("{}: {word}, {}", v.name, cause.headline())
        } else {
            format!("{}: {word}", v.name)
        };
    }
    if v.state == State::Unknown {
        return format!("{}: checking…", v.name);
    }
    let mut line = format!("{}: {}", v.name, v.state);
    // Which of its groups are hit, when its checks are grouped: "down (the Spotify apps)".
    let hit: Vec<&str> = v
        .groups
        .iter()
        .filter(|g| g.status.is_some_and(|s| s > crate::model::Status::Up))
        .map(|g| g.name.as_str())
        .collect();
    if v.state > State::Up && !hit.is_empty() && hit.len() < v.groups.len() {
        line.push_str(&format!(" ({})", hit.join(", ")));
    }
    if v.state > State::Up {
        if let Some(d) = v.diagnosis {
            line.push_str(&format!(", {}", d.headline()));
        }
        if let Some(since) = v
            .since
            .and_then(|t| SystemTime::now().duration_since(t).ok())
        {
            line.push_str(&format!(", for {}", human_span(since)));
        }
    }
    if v.unverified {
        line.push_str(" (unverified)");
    }
    line
}

/// The cause that explains a service's state: the user's whole side when it has a problem
/// that explains everything, else the service's own.
pub(crate) fn explained(v: &ServiceView, connection: Cause) -> Cause {
    if connection.explains_everything() {
        connection
    } else {
        v.cause
    }
}

/// A service's one word: "up", "down", or the user's-side problem ("offline", "blocked").
pub(crate) fn service_word(v: &ServiceView, connection: Cause) -> String {
    explained(v, connection)
        .state_word()
        .map_or_else(|| v.state.as_str().to_owned(), |w| w.to_string())
}

/// A transition in one line, as `watch` prints it after the time: "Spotify: up -> down
/// (login: server error; blame: them, cause: service). 127.0.0.1 is answering …", or
/// "Spotify: down -> up after 12 s".
pub fn transition_line(t: &crate::model::Transition) -> String {
    let who = t.service.as_deref().unwrap_or("your connection");
    let mut line = format!("{who}: {} -> {}", t.from, t.to);
    if t.diagnosis != crate::model::Diagnosis::Ok {
        let check = t
            .check
            .as_deref()
            .map(|c| format!("{c}: "))
            .unwrap_or_default();
        line.push_str(&format!(
            " ({check}{}; blame: {}, cause: {})",
            t.diagnosis.headline(),
            t.blame(),
            t.cause
        ));
    }
    if let Some(d) = t.lasted.filter(|_| t.from > State::Up) {
        line.push_str(&format!(" after {}", human_span(d)));
    }
    if !t.detail.is_empty() && t.to > State::Up {
        line.push_str(&format!(". {}", t.detail));
    }
    line
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
}
