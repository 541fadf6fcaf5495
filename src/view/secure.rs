//! The words for what a round's secure connections show: a wrong clock, an intercepting
//! middlebox, and a name only this network's DNS says doesn't exist. The verdict, `check`,
//! the window and the notifications all say them from here; the words are the catalogue's
//! (`secure-…`).

use crate::model::{
    Arg, ClockFinding, Interception, Message, NetworkTime, ReferenceAnswer, Report,
};
use crate::msg;

const DAY: i64 = 86_400;

/// "Your computer's clock is wrong: it says 2 Dec 2026 14:05, the sites say 6 Feb 2026 (299
/// days earlier)."
pub fn clock_wrong(c: &ClockFinding) -> String {
    msg!("secure-clock-wrong", times = times(c, "secure-clock-times")).to_string()
}

/// The two times, and how far apart, inside a sentence: "it says 2 Dec 2026 14:05, the sites
/// say 6 Feb 2026 (299 days earlier)".
pub fn clock_times(c: &ClockFinding) -> String {
    times(c, "secure-clock-times").to_string()
}

/// The two times as a sentence of their own: "It says 2 Dec 2026 14:05, the sites say 6 Feb
/// 2026 (299 days earlier)."
pub fn clock_times_sentence(c: &ClockFinding) -> Message {
    times(c, "secure-clock-times-sentence")
}

/// The two times, in `id`'s form (`secure-clock-times` or `secure-clock-times-sentence`).
fn times(c: &ClockFinding, id: &'static str) -> Message {
    let network = c.network_time();
    let apart = (c.local - network).abs();
    let (unit, count) = if apart >= 2 * DAY {
        ("days", apart / DAY)
    } else if apart >= 7200 {
        ("hours", apart / 3600)
    } else {
        ("minutes", (apart / 60).max(1))
    };
    let gap = if c.ahead {
        msg!("secure-clock-earlier", unit = unit, count = count)
    } else {
        msg!("secure-clock-later", unit = unit, count = count)
    };
    let when = if apart < 2 * DAY {
        Arg::DateTime(network * 1000)
    } else {
        Arg::Date(network * 1000)
    };
    let source = match c.network {
        NetworkTime::Date { .. } => "date",
        NetworkTime::Certificates { .. } if c.ahead => "until",
        NetworkTime::Certificates { .. } => "from",
    };
    Message::new(id)
        .arg("source", source)
        .arg("says", Arg::DateTime(c.local * 1000))
        .arg("when", when)
        .arg("gap", gap)
}

/// What a wrong clock does, with the service it breaks: "Every secure connection fails because
/// of it, Spotify's too."
pub fn clock_consequence(service: Option<&str>) -> String {
    match service {
        Some(s) => msg!("secure-clock-consequence-service", service = s),
        None => msg!("secure-clock-consequence"),
    }
    .to_string()
}

/// "Something on this network or computer intercepts secure connections: Spotify's certificate
/// is issued by 'Contoso Web Inspection CA', not by a trusted authority. Spotify's apps refuse
/// such connections."
pub fn intercepted(i: &Interception, service: Option<&str>) -> String {
    msg!(
        "secure-intercepted",
        issued = issued_in(i, service, "secure-issued"),
        refused = refused_msg(service),
    )
    .to_string()
}

/// Whose certificate, by whom, inside a sentence (after a colon): "Spotify's certificate is
/// issued by 'Contoso Web Inspection CA', not by a trusted authority."
pub fn issued(i: &Interception, service: Option<&str>) -> String {
    issued_in(i, service, "secure-issued").to_string()
}

/// The same as a sentence of its own: "Every site's certificate is issued by …".
pub fn issued_sentence(i: &Interception, service: Option<&str>) -> Message {
    issued_in(i, service, "secure-issued-start")
}

fn issued_in(i: &Interception, service: Option<&str>, id: &'static str) -> Message {
    let whose = match (service, i.everywhere) {
        (Some(_), true) => "all-and-service",
        (Some(_), false) => "service",
        (None, true) => "all",
        (None, false) => "all-here",
    };
    Message::new(id)
        .arg("whose", whose)
        .arg("service", service.unwrap_or_default())
        .arg("issuer", i.issuer.as_str())
}

/// "Spotify's apps refuse such connections."
pub fn refused(service: Option<&str>) -> String {
    refused_msg(service).to_string()
}

/// The same, as a message.
pub fn refused_msg(service: Option<&str>) -> Message {
    match service {
        Some(s) => msg!("secure-refused-service", service = s),
        None => msg!("secure-refused"),
    }
}

/// The first letter in capitals, for a clause that begins a sentence. English-centric: prefer
/// the sentence forms ([`clock_times_sentence`], [`issued_sentence`]), which each language
/// writes its own way.
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
    match r.and_then(|r| r.dns.as_ref()) {
        Some(d) => msg!(
            "secure-dns-unconfirmed",
            service = service,
            host = d.host.as_str(),
            unconfirmed = unconfirmed(r),
        ),
        None => msg!(
            "secure-dns-unconfirmed-no-host",
            service = service,
            unconfirmed = unconfirmed(r),
        ),
    }
    .to_string()
}

/// "a neutral DNS couldn't be asked; this network may be filtering it."
pub fn unconfirmed(r: Option<&Report>) -> Message {
    match r.and_then(|r| r.dns.as_ref()).map(|d| d.reference) {
        Some(ReferenceAnswer::Off) => msg!("secure-unconfirmed-off"),
        _ => msg!("secure-unconfirmed"),
    }
}

/// What was seen when the evidence is too thin to name the clock or a middlebox: `None` when
/// there is nothing to add. The verdict stays the service's.
pub fn thin(r: &Report, clock_read: bool) -> Option<String> {
    use crate::model::Diagnosis;
    match r.diagnosis {
        Diagnosis::TlsCertExpired | Diagnosis::TlsCertNotYetValid if !clock_read => {
            Some(msg!("secure-thin-clock").to_string())
        }
        Diagnosis::TlsCertUntrusted => crate::model::secure::intercepted_by(r)
            .map(|issuer| msg!("secure-thin-untrusted", issuer = issuer).to_string()),
        _ => None,
    }
}
