//! The one-line summaries of a state, for every front end: the verdict line (the tray's first
//! line and the window's headline), a service's line, and the user's connection's line.

mod config;
mod tray;

use std::time::{Duration, SystemTime};

use super::{ServiceView, Snapshot};
use crate::model::{Arg, Cause, Here, Message, Scope, State};
use crate::msg;
use crate::schedule::Paused;
use crate::view::i18n;

pub use config::{
    config_error_line, config_kept_line, config_not_reloaded_line, config_reloaded_line,
};
pub use tray::{
    tray_connection_line, tray_line, tray_problem_line, tray_service_line, TRAY_LINE_MAX,
};

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
        // Where on this side it stops, in the cause's own words: "your router (192.168.1.1)
        // answers, the line beyond it doesn't".
        Connection::Seen(_, answered, n) if s.connection_cause.names_a_place() => msg!(
            "line-connection-sites",
            state = s.connection_cause.headline(&s.here),
            answered = answered,
            sites = n
        ),
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
/// A service's line so far, and what its failing check found: "Tunes: down, server error".
fn with_diagnosis(line: Message, v: &ServiceView) -> Message {
    match v.diagnosis {
        Some(d) => msg!(
            "line-service-diagnosis",
            line = line,
            diagnosis = d.headline()
        ),
        None => line,
    }
}

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
    if let Some(line) = s.cause.line(&hit_by_cause(s).0, &s.here) {
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
                        .line(&one.name, &Here::NONE)
                        .map(|m| m.to_string())
                        .unwrap_or_default()
                }
                Some(Scope::Provider) => {
                    return Cause::Provider
                        .line(&one.name, &Here::NONE)
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
                state = worst.as_str()
            )
            .to_string();
        }
    }
    match s.services.as_slice() {
        [] => connection_line(s),
        [one] => service_line(one, s.connection_cause, &s.here),
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

/// "Spotify: down, TLS certificate expired, for 12 min"; "Spotify: blocked, your network's DNS
/// blocks it"; "Spotify: offline" while the user's side (`connection`) explains everything.
pub fn service_line(v: &ServiceView, connection: Cause, here: &Here) -> String {
    let cause = explained(v, connection);
    let service = v.name.as_str();
    if let Some(word) = cause.state_word() {
        return if cause == v.cause {
            msg!(
                "line-service-word-why",
                service = service,
                word = word,
                headline = cause.headline(here)
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
        line = with_diagnosis(line, v);
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
