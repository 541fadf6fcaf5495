//! The words for what a round's secure connections show: a wrong clock, an intercepting
//! middlebox, and a name only this network's DNS says doesn't exist. The verdict, `check`,
//! the window and the notifications all say them from here.


use crate::model::{ClockFinding, Interception, NetworkTime, ReferenceAnswer, Report};

const DAY: i64 = 86_400;

/// "Your computer's clock is wrong: it says 2 Dec 2026 14:05, the sites say 6 Feb 2026 (299
/// days earlier)."
pub fn clock_wrong(c: &ClockFinding) -> String {
    format!("Your computer's clock is wrong: {}.", clock_times(c))
}

/// The two times, and how far apart: "it says 2 Dec 2026 14:05, the sites say 6 Feb 2026 (299
/// days earlier)".
pub fn clock_times(c: &ClockFinding) -> String {
    let says = crate::view::i18n::date_time(c.local * 1000);
    let network = c.network_time();
    let apart = (c.local - network).abs();
    let far = if apart >= 2 * DAY {
        format!("{} days", apart / DAY)
    } else if apart >= 7200 {
        format!("{} hours", apart / 3600)
    } else {
        format!("{} minutes", (apart / 60).max(1))
    };
    let which = if c.ahead { "earlier" } else { "later" };
    let when = if apart < 2 * DAY { crate::view::i18n::date_time(network * 1000) } else { crate::view::i18n::date(network * 1000) };
    match c.network {
        NetworkTime::Date { .. } => {
            format!("it says {says}, the sites say {when} ({far} {which})")
        }
        NetworkTime::Certificates { .. } if c.ahead => format!(
            "it says {says}, but the sites' certificates were all valid only until {when} (at least {far} {which})"
        ),
        NetworkTime::Certificates { .. } => format!(
            "it says {says}, but the sites' certificates are all valid only from {when} (at least {far} {which})"
        ),
    }
}

/// What a wrong clock does, with the service it breaks: "Every secure connection fails because
/// of it, Spotify's too."
pub fn clock_consequence(service: Option<&str>) -> String {
    match service {
        Some(s) => format!("Every secure connection fails because of it, {s}'s too."),
        None => "Every secure connection fails because of it.".to_owned(),
    }
}

/// "Something on this network or computer intercepts secure connections: Spotify's certificate
/// is issued by 'Contoso Web Inspection CA', not by a trusted authority. Spotify's apps refuse
/// such connections."
pub fn intercepted(i: &Interception, service: Option<&str>) -> String {
    format!(
        "Something on this network or computer intercepts secure connections: {} {}",
        issued(i, service),
        refused(service)
    )
}

/// Whose certificate, by whom: "Spotify's certificate is issued by 'Contoso Web Inspection CA',
/// not by a trusted authority."
pub fn issued(i: &Interception, service: Option<&str>) -> String {
    let whose = match (service, i.everywhere) {
        (Some(s), true) => format!("every site's certificate, {s}'s too, is"),
        (Some(s), false) => format!("{s}'s certificate is"),
        (None, _) => "every site's certificate is".to_owned(),
    };
    let trusted = if i.everywhere {
        ""
    } else {
        " (other sites' are trusted)"
    };
    format!(
        "{whose} issued by '{}', not by a trusted authority{trusted}.",
        i.issuer
    )
}

/// "Spotify's apps refuse such connections."
pub fn refused(service: Option<&str>) -> String {
    match service {
        Some(s) => format!("{s}'s apps refuse such connections."),
        None => "Apps refuse such connections.".to_owned(),
    }
}

/// The first letter in capitals, for a clause that begins a sentence.
pub fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// "Your DNS says Spotify's name doesn't exist (spclient.wg.spotify.com), and a neutral DNS
/// couldn't be asked; this network may be filtering it."
pub fn dns_unconfirmed(service: &str, r: Option<&Report>) -> String {
    let host = r
        .and_then(|r| r.dns.as_ref())
        .map(|d| format!(" ({})", d.host))
        .unwrap_or_default();
    format!(
        "Your DNS says {service}'s name doesn't exist{host}, and {}",
        unconfirmed(r)
    )
}

/// "a neutral DNS couldn't be asked; this network may be filtering it."
pub fn unconfirmed(r: Option<&Report>) -> &'static str {
    match r.and_then(|r| r.dns.as_ref()).map(|d| d.reference) {
        Some(ReferenceAnswer::Off) => {
            "no neutral DNS is set to confirm it (reference_dns); this network may be filtering it."
        }
        _ => "a neutral DNS couldn't be asked; this network may be filtering it.",
    }
}

/// What was seen when the evidence is too thin to name the clock or a middlebox: `None` when
/// there is nothing to add. The verdict stays the service's.
pub fn thin(r: &Report, clock_read: bool) -> Option<String> {
    use crate::model::Diagnosis;
    match r.diagnosis {
        Diagnosis::TlsCertExpired | Diagnosis::TlsCertNotYetValid if !clock_read => Some(
            "No other site told the time, so Downbeat can't check this computer's clock; if it is wrong, that would explain this.".to_owned(),
        ),
        Diagnosis::TlsCertUntrusted => crate::model::secure::intercepted_by(r).map(|issuer| {
            format!(
                "Its certificate is issued by '{issuer}', which this computer doesn't trust; with no trusted site to compare, Downbeat can't tell something intercepting the connection from a server that is set up wrong."
            )
        }),
        _ => None,
    }
}
