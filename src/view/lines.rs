//! The one-line summaries of a state, for every front end: the verdict line (the tray's first
//! line and the window's headline), a service's line, and the user's connection's line.

use std::time::{Duration, SystemTime};

use super::{ServiceView, Snapshot};
use crate::model::{Arg, Cause, Message, Scope, State};
use crate::msg;
use crate::schedule::Paused;
use crate::view::i18n;

/// Whose side a service's own failure is on, as every front end says it: "It's them: your
/// connection is fine." when the baseline showed the connection working, else "It's them."
/// (with no baseline, nothing knows the connection is fine).
pub fn them(connection_fine: bool) -> Message {
    if connection_fine {
        msg!("line-them-connection-fine")
    } else {
        msg!("line-them")
    }
}

/// A state as a sentence says it: "up", "down", "degraded", "offline", "unknown".
pub(crate) fn state_word(state: State) -> Message {
    msg!("line-state", state = state.as_str())
}

/// What the tray and the window say of a config that doesn't load.
pub fn config_error_line(error: &str) -> String {
    msg!("line-config-error", error = error).to_string()
}

/// What the window says of a config file that was edited and no longer loads, while the
/// monitor runs on: the error (its file, line and column), and that nothing stopped.
pub fn config_kept_line(error: &str) -> String {
    msg!("line-config-kept", error = error).to_string()
}

/// What `watch`, `serve` and the tray log when the config file reloads (an edit, or SIGHUP):
/// one line saying what changed, or that nothing that runs did.
pub fn config_reloaded_line(path: &std::path::Path, c: &crate::config::Changes) -> String {
    if c.is_empty() {
        return msg!("line-config-reloaded-nothing", path = path).to_string();
    }
    let services = |v: &[String]| (Arg::list(v.iter().map(String::as_str)), v.len());
    let mut parts: Vec<Message> = Vec::new();
    if !c.added.is_empty() {
        let (names, count) = services(&c.added);
        parts.push(msg!(
            "line-config-reloaded-added",
            services = names,
            count = count
        ));
    }
    if !c.removed.is_empty() {
        let (names, count) = services(&c.removed);
        parts.push(msg!(
            "line-config-reloaded-removed",
            services = names,
            count = count
        ));
    }
    if !c.changed.is_empty() {
        let (names, count) = services(&c.changed);
        parts.push(msg!(
            "line-config-reloaded-changed",
            services = names,
            count = count
        ));
    }
    if c.baseline {
        parts.push(msg!("line-config-reloaded-baseline"));
    }
    if !c.settings.is_empty() {
        // The keys as the file spells them, one after another (not a sentence's list).
        let keys = c.settings.join(&i18n::text("list-comma"));
        parts.push(msg!(
            "line-config-reloaded-settings",
            keys = keys,
            count = c.settings.len()
        ));
    }
    let separator = msg!("line-clause-separator").to_string();
    let changes = parts
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(&separator);
    msg!("line-config-reloaded", path = path, changes = changes).to_string()
}

/// What `watch` and `serve` log when the edited config file doesn't load: the loader's error,
/// and that the last config that loaded runs on.
pub fn config_not_reloaded_line(error: &str) -> String {
    msg!("line-config-not-reloaded", error = error).to_string()
}

/// A config error in the tray menu, short: where it is ("Config error in downbeat.toml:3:11"),
/// the message itself being in the window and the notification.
///
/// `error` is a problem as the session gives it: [`config_error_line`]'s or
/// [`config_kept_line`]'s sentence (in the current language), or any other problem's text.
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

/// The user's connection's line while nothing runs (the config doesn't load): "Your
/// connection: not checked".
pub fn connection_not_checked() -> String {
    msg!(
        "line-connection",
        detail = msg!("line-connection-not-checked")
    )
    .to_string()
}

/// The user's own connection in one line: "Your connection: fine (3 of 3 sites answer)".
pub fn connection_line(s: &Snapshot) -> String {
    msg!("line-connection", detail = connection_detail_message(s)).to_string()
}

/// The user's own connection's state, without the line's label: "fine (3 of 3 sites
/// answer)", "not checked while paused". What the window's connection card shows.
pub fn connection_detail(s: &Snapshot) -> String {
    connection_detail_message(s).to_string()
}

fn connection_detail_message(s: &Snapshot) -> Message {
    match connection_state(s) {
        Connection::Off => msg!("line-connection-baseline-off"),
        Connection::Paused => msg!("line-connection-paused"),
        Connection::Seen(word, _, 0) => word,
        Connection::Seen(word, answered, n) => {
            msg!(
                "line-connection-sites",
                state = word,
                answered = answered,
                sites = n
            )
        }
    }
}

/// What the connection's lines say: not checked (the baseline is off, or paused), or its word
/// with how many of how many baseline sites answered.
enum Connection {
    Off,
    Paused,
    Seen(Message, usize, usize),
}

fn connection_state(s: &Snapshot) -> Connection {
    if s.baseline_checks == 0 {
        return Connection::Off;
    }
    if s.paused != Paused::No {
        return Connection::Paused;
    }
    let word = match (s.connection_cause.state_word(), s.connection) {
        (Some(w), _) => w,
        (None, State::Unknown) => msg!("line-connection-checking"),
        (None, _) => msg!("line-connection-fine"),
    };
    let answered = s
        .baseline
        .iter()
        .filter(|c| c.report.status == crate::model::Status::Up)
        .count();
    Connection::Seen(word, answered, s.baseline.len())
}

/// How long a service has been in its state, when it is a second or more ("for 0 s" just
/// after it went down says nothing).
fn down_for(v: &ServiceView) -> Option<Duration> {
    v.since
        .and_then(|t| SystemTime::now().duration_since(t).ok())
        .filter(|d| *d >= Duration::from_secs(1))
}

/// The verdict line, the tray's first line and the window's headline: the overall state and
/// whose side it is. "Spotify is down (TLS certificate expired, for 12 min): it's them";
/// "You're offline: it's you, not the services"; "Spotify: up"; "All 3 services are up".
pub fn verdict_line(s: &Snapshot) -> String {
    if let Some(line) = paused_line(s.paused) {
        return line.to_string();
    }
    if s.last_checked.is_none() {
        return msg!("line-checking").to_string();
    }
    // A problem on the user's side is said first, in the words the CLI and notifications use.
    if let Some(line) = s.cause.line(&hit_by_cause(s).0) {
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
            // Why, in a few words: its diagnosis, and for how long.
            let why = match (one.diagnosis, down_for(one)) {
                (Some(d), Some(since)) => Some(msg!(
                    "line-why-diagnosis-for",
                    diagnosis = d.headline(),
                    span = Arg::span(since)
                )),
                (Some(d), None) => Some(d.headline()),
                (None, Some(since)) => Some(msg!("line-why-for", span = Arg::span(since))),
                (None, None) => None,
            };
            // What the world said, when it was asked.
            let (scope, place) = match one.outside.as_ref().map(|o| o.scope) {
                Some(Scope::OnlyHere) => {
                    return Cause::NetworkPath
                        .line(&one.name)
                        .map(|m| m.to_string())
                        .unwrap_or_default()
                }
                Some(Scope::Provider) => {
                    return Cause::Provider
                        .line(&one.name)
                        .map(|m| m.to_string())
                        .unwrap_or_default()
                }
                Some(Scope::Everywhere) => ("everywhere", Message::empty()),
                Some(Scope::Region) => (
                    "region",
                    one.outside
                        .as_ref()
                        .map(crate::model::Outside::country_words)
                        .unwrap_or_default(),
                ),
                _ => ("here", Message::empty()),
            };
            let line = match why {
                Some(why) => msg!(
                    "line-verdict-them-why",
                    service = one.name.as_str(),
                    state = state_word(one.state),
                    scope = scope,
                    place = place,
                    why = why
                ),
                None => msg!(
                    "line-verdict-them",
                    service = one.name.as_str(),
                    state = state_word(one.state),
                    scope = scope,
                    place = place
                ),
            };
            return line.to_string();
        }
        many => {
            let worst = many.iter().map(|v| v.state).max().unwrap_or(State::Down);
            return msg!(
                "line-verdict-them-many",
                services = Arg::list(many.iter().map(|v| v.name.as_str())),
                count = many.len(),
                state = state_word(worst)
            )
            .to_string();
        }
    }
    match s.services.as_slice() {
        [] => connection_line(s),
        [one] => service_line(one, s.connection_cause),
        all => all_up(all).to_string(),
    }
}

/// "Paused until 18:45", "Paused until you resume"; `None` when not paused.
fn paused_line(p: Paused) -> Option<Message> {
    match p {
        Paused::No => None,
        Paused::UntilResumed => Some(msg!("line-paused-until-resumed")),
        Paused::Until(t) => Some(msg!(
            "line-paused-until",
            time = Arg::Clock(crate::model::time::unix_ms(t))
        )),
    }
}

/// Several services, none failing: "Both services are up", "All 3 services are up", or how
/// many are known yet.
fn all_up(all: &[ServiceView]) -> Message {
    let up = all.iter().filter(|v| v.state == State::Up).count();
    if up == all.len() {
        msg!("line-all-up", count = all.len())
    } else {
        msg!("line-some-up", up = up, count = all.len())
    }
}

/// Who the user's-side cause stops, as a line names them: the services it explains ("Tunes",
/// "Tunes and Radio"), or "your services" when it is the whole connection's and there are
/// several (a portal stops them all, not only the first); and how many that is (the verbs
/// after it agree with it).
fn hit_by_cause(s: &Snapshot) -> (String, usize) {
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
    let yours = || (msg!("line-your-services").to_string(), names.len().max(2));
    match names.as_slice() {
        [] => yours(),
        [one] => ((*one).to_owned(), 1),
        [first, ..] if !plural_ok => ((*first).to_owned(), 1),
        few if few.len() <= 3 && s.connection_cause == Cause::None => {
            (i18n::and_list(few), few.len())
        }
        _ => yours(),
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
        return line.to_string();
    }
    if s.last_checked.is_none() {
        return msg!("line-checking").to_string();
    }
    let hit = || hit_by_cause(s);
    let you = match s.cause {
        Cause::None | Cause::Service => None,
        Cause::Offline => Some(msg!("line-tray-offline")),
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
        ([], [one]) => service_line(one, s.connection_cause),
        ([], []) => msg!("line-all-well").to_string(),
        ([], all) => all_up(all).to_string(),
        (many, _) => {
            let worst = many.iter().map(|v| v.state).max().unwrap_or(State::Down);
            msg!(
                "line-tray-them-many",
                count = many.len(),
                state = state_word(worst)
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
            if let Some(d) = v.diagnosis {
                line = msg!(
                    "line-service-diagnosis",
                    line = line,
                    diagnosis = d.headline()
                );
            }
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

/// "Spotify: down, TLS certificate expired, for 12 min"; "Spotify: blocked, your network's DNS
/// blocks it"; "Spotify: offline" while the user's side (`connection`) explains everything.
pub fn service_line(v: &ServiceView, connection: Cause) -> String {
    let cause = explained(v, connection);
    let service = v.name.as_str();
    if let Some(word) = cause.state_word() {
        return if cause == v.cause {
            msg!(
                "line-service-word-why",
                service = service,
                word = word,
                headline = cause.headline()
            )
        } else {
            msg!("line-service-word", service = service, word = word)
        }
        .to_string();
    }
    if v.state == State::Unknown {
        return msg!("line-service-checking", service = service).to_string();
    }
    let mut line = msg!(
        "line-service-state",
        service = service,
        state = state_word(v.state)
    );
    // Which of its groups are hit, when its checks are grouped: "down (the Spotify apps)".
    let hit: Vec<&str> = v
        .groups
        .iter()
        .filter(|g| g.status.is_some_and(|s| s > crate::model::Status::Up))
        .map(|g| g.name.as_str())
        .collect();
    if v.state > State::Up && !hit.is_empty() && hit.len() < v.groups.len() {
        line = msg!(
            "line-service-groups",
            line = line,
            groups = hit.join(&i18n::text("list-comma")),
            count = hit.len()
        );
    }
    if v.state > State::Up {
        if let Some(d) = v.diagnosis {
            line = msg!(
                "line-service-diagnosis",
                line = line,
                diagnosis = d.headline()
            );
        }
        if let Some(since) = v
            .since
            .and_then(|t| SystemTime::now().duration_since(t).ok())
        {
            line = msg!("line-service-for", line = line, span = Arg::span(since));
        }
    }
    if v.unverified {
        line = msg!("line-service-unverified", line = line);
    }
    line.to_string()
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
        .unwrap_or_else(|| state_word(v.state))
        .to_string()
}

/// A transition in one line, as `watch` prints it after the time: "Spotify: up -> down
/// (login: server error; blame: them, cause: service). 127.0.0.1 is answering …", or
/// "Spotify: down -> up after 12 s".
pub fn transition_line(t: &crate::model::Transition) -> String {
    let who = match t.service.as_deref() {
        Some(service) => Message::verbatim(service),
        None => msg!("line-your-connection"),
    };
    let mut line = msg!(
        "line-transition",
        who = who,
        from = state_word(t.from),
        to = state_word(t.to)
    );
    if t.diagnosis != crate::model::Diagnosis::Ok {
        // The side and the cause as their codes, as the history and the API write them.
        line = match t.check.as_deref() {
            Some(check) => msg!(
                "line-transition-check",
                line = line,
                check = check,
                diagnosis = t.diagnosis.headline(),
                blame = t.blame().as_str(),
                cause = t.cause.as_str()
            ),
            None => msg!(
                "line-transition-diagnosis",
                line = line,
                diagnosis = t.diagnosis.headline(),
                blame = t.blame().as_str(),
                cause = t.cause.as_str()
            ),
        };
    }
    if let Some(d) = t.lasted.filter(|_| t.from > State::Up) {
        line = msg!("line-transition-after", line = line, span = Arg::span(d));
    }
    if !t.detail.is_empty() && t.to > State::Up {
        line = msg!("line-transition-detail", line = line, detail = &t.detail);
    }
    line.to_string()
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
