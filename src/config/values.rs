//! Config values that validate themselves while they are deserialized, so that every error
//! carries the span of the offending value (and so its line and column).

use std::net::{IpAddr, SocketAddr};
use std::str::FromStr;
use std::time::Duration;

use serde::Deserialize;
use url::Url;

use crate::model::Message;
use crate::msg;
use crate::probe::StatusSet;

/// What a duration's deserializer says it expects, in serde's "invalid type" message: `located`
/// knows it and says it in the catalogue's words (`config-want-duration`).
pub(super) const EXPECTING_DURATION: &str = "duration";

/// Deserializes `T` from `S` through `T::try_from`. The problem travels through serde as the
/// message's record (its id and facts, not words), and `located` reads it back.
fn via<'de, S, T, D>(d: D) -> Result<T, D::Error>
where
    S: Deserialize<'de>,
    T: TryFrom<S, Error = Message>,
    D: serde::Deserializer<'de>,
{
    T::try_from(S::deserialize(d)?).map_err(invalid)
}

/// A value's problem as a serde error: its record, which `located` reads back.
#[allow(clippy::needless_pass_by_value)] // taken as `map_err(invalid)` takes it
fn invalid<E: serde::de::Error>(m: Message) -> E {
    E::custom(m.to_record())
}

/// The `Deserialize` of a value that checks itself as it is read from `S` ([`via`]).
macro_rules! checked {
    ($t:ty, $s:ty) => {
        impl<'de> Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                via::<$s, Self, D>(d)
            }
        }
    };
}

/// Parses "30s", "2m", "1h", "250ms", "1m30s", "7d", "1w" (humantime's units), keeping
/// Downbeat's message for anything else.
pub fn parse_duration(s: &str) -> Result<Duration, Message> {
    let t = s.trim();
    // humantime also reads "1 s" and "1.5s"; a config wants whole numbers with units, no spaces.
    let plain = !t.is_empty()
        && t.starts_with(|c: char| c.is_ascii_digit())
        && !t.ends_with(|c: char| c.is_ascii_digit())
        && t.chars().all(|c| c.is_ascii_alphanumeric());
    match humantime::parse_duration(t) {
        Ok(d) if plain => Ok(d),
        _ => Err(msg!("config-duration-invalid", value = s)),
    }
}

/// A duration within `MIN_MS..=MAX_MS` milliseconds. The one declaration gives both the range
/// check and its message ("must be from 1s to 24h"), so the two can't drift apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bounded<const MIN_MS: u64, const MAX_MS: u64>(pub Duration);

/// Text is parsed and checked against the range; a bare number is told what to write instead
/// (`interval = 60` -> write "60s").
impl<'de, const MIN_MS: u64, const MAX_MS: u64> Deserialize<'de> for Bounded<MIN_MS, MAX_MS> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor<const MIN: u64, const MAX: u64>;
        impl<const MIN: u64, const MAX: u64> serde::de::Visitor<'_> for Visitor<MIN, MAX> {
            type Value = Bounded<MIN, MAX>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(EXPECTING_DURATION)
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Self::Value, E> {
                Bounded::try_from(s.to_owned()).map_err(invalid)
            }
            fn visit_i64<E: serde::de::Error>(self, n: i64) -> Result<Self::Value, E> {
                Err(invalid(msg!("config-duration-no-unit", n = n)))
            }
            fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<Self::Value, E> {
                self.visit_i64(i64::try_from(n).unwrap_or(i64::MAX))
            }
            fn visit_f64<E: serde::de::Error>(self, n: f64) -> Result<Self::Value, E> {
                // The number as the file writes it.
                Err(invalid(msg!(
                    "config-duration-not-whole",
                    value = n.to_string()
                )))
            }
        }
        d.deserialize_any(Visitor::<MIN_MS, MAX_MS>)
    }
}

impl<const MIN_MS: u64, const MAX_MS: u64> Bounded<MIN_MS, MAX_MS> {
    pub const MIN: Duration = Duration::from_millis(MIN_MS);
    pub const MAX: Duration = Duration::from_millis(MAX_MS);

    /// "must be from 1s to 24h" (`config-duration-range`; `located` names the key).
    pub fn range() -> Message {
        // Days read well for long ranges (retention), hours for short ones (an interval).
        let days = MAX_MS >= 2 * 86_400_000;
        msg!(
            "config-duration-range",
            min = compact(Self::MIN, days),
            max = compact(Self::MAX, days),
        )
    }

    pub fn get(self) -> Duration {
        self.0
    }
}

impl<const MIN_MS: u64, const MAX_MS: u64> TryFrom<String> for Bounded<MIN_MS, MAX_MS> {
    type Error = Message;
    fn try_from(s: String) -> Result<Self, Message> {
        let d = parse_duration(&s)?;
        if (Self::MIN..=Self::MAX).contains(&d) {
            Ok(Bounded(d))
        } else {
            Err(Self::range())
        }
    }
}

/// A duration in the largest unit that writes it exactly, as a config would: "100ms", "5m",
/// "24h", "365d" (days only when `days`).
fn compact(d: Duration, days: bool) -> String {
    let ms = d.as_millis();
    if ms % 1000 != 0 {
        return format!("{ms}ms");
    }
    let s = ms / 1000;
    match s {
        s if days && s >= 86_400 && s % 86_400 == 0 => format!("{}d", s / 86_400),
        s if s >= 3600 && s % 3600 == 0 => format!("{}h", s / 3600),
        s if s >= 60 && s % 60 == 0 => format!("{}m", s / 60),
        s => format!("{s}s"),
    }
}

/// An integer within `MIN..=MAX`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ranged<const MIN: i64, const MAX: i64>(pub i64);

impl<'de, const MIN: i64, const MAX: i64> Deserialize<'de> for Ranged<MIN, MAX> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        via::<i64, Self, D>(d)
    }
}

impl<const MIN: i64, const MAX: i64> TryFrom<i64> for Ranged<MIN, MAX> {
    type Error = Message;
    fn try_from(v: i64) -> Result<Self, Message> {
        if (MIN..=MAX).contains(&v) {
            Ok(Ranged(v))
        } else {
            Err(msg!("config-out-of-range", value = v, min = MIN, max = MAX))
        }
    }
}

impl<const MIN: i64, const MAX: i64> Ranged<MIN, MAX> {
    pub fn get(self) -> i64 {
        self.0
    }
    pub fn u64(self) -> u64 {
        u64::try_from(self.0).unwrap_or(0)
    }
    pub fn u32(self) -> u32 {
        u32::try_from(self.0).unwrap_or(u32::MAX)
    }
}

/// An http:// or https:// URL with a host.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpUrl(pub Url);
checked!(HttpUrl, String);

/// Why the URL parser refused a URL, in the catalogue's words where it has them.
fn url_reason(e: url::ParseError) -> Message {
    use url::ParseError as P;
    match e {
        P::EmptyHost => msg!("config-url-reason-empty-host"),
        P::IdnaError => msg!("config-url-reason-idna"),
        P::InvalidPort => msg!("config-url-reason-port"),
        P::InvalidIpv4Address => msg!("config-url-reason-ipv4"),
        P::InvalidIpv6Address => msg!("config-url-reason-ipv6"),
        P::InvalidDomainCharacter => msg!("config-url-reason-domain-character"),
        e => Message::verbatim(e.to_string()),
    }
}

impl TryFrom<String> for HttpUrl {
    type Error = Message;
    fn try_from(s: String) -> Result<Self, Message> {
        let u = Url::parse(s.trim()).map_err(|e| match e {
            url::ParseError::RelativeUrlWithoutBase => {
                msg!("config-url-no-scheme", value = &s, host = s.trim())
            }
            e => msg!("config-url-invalid", value = &s, reason = url_reason(e)),
        })?;
        if !matches!(u.scheme(), "https" | "http") {
            // "music.test:18443/health" parses as the scheme "music.test": it is a host and a
            // port with no scheme in front.
            if !s.contains("://") {
                return Err(msg!("config-url-add-scheme", value = &s, host = s.trim()));
            }
            return Err(msg!("config-url-scheme", value = &s, scheme = u.scheme()));
        }
        if u.host_str().is_none_or(str::is_empty) {
            return Err(msg!("config-url-no-host", value = &s));
        }
        Ok(HttpUrl(u))
    }
}

/// A DNS-over-HTTPS URL reached by IP address (`reference_dns`): https, and an IP literal as
/// its host, so asking it never depends on the DNS it is there to check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DohUrl(pub Url);
checked!(DohUrl, String);

impl TryFrom<String> for DohUrl {
    type Error = Message;
    fn try_from(s: String) -> Result<Self, Message> {
        let u = HttpUrl::try_from(s.clone())?.0;
        if u.scheme() != "https" {
            return Err(msg!("config-doh-https", value = s));
        }
        if !matches!(u.host(), Some(url::Host::Ipv4(_) | url::Host::Ipv6(_))) {
            return Err(msg!("config-doh-by-ip", value = s));
        }
        Ok(DohUrl(u))
    }
}

/// A host name or IP address (no scheme, no port).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Host(pub String);
checked!(Host, String);

impl TryFrom<String> for Host {
    type Error = Message;
    fn try_from(s: String) -> Result<Self, Message> {
        let t = s.trim();
        if t.parse::<IpAddr>().is_ok() {
            return Ok(Host(t.to_owned()));
        }
        let ok = !t.is_empty()
            && t.len() <= 253
            && t.split('.').all(|l| {
                !l.is_empty()
                    && l.len() <= 63
                    && l.chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            });
        if ok {
            Ok(Host(t.to_ascii_lowercase()))
        } else {
            Err(msg!("config-host-invalid", value = s))
        }
    }
}

/// A DNS server, "ip:port" or a bare IP (port 53).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DnsServer(pub SocketAddr);
checked!(DnsServer, String);

impl TryFrom<String> for DnsServer {
    type Error = Message;
    fn try_from(s: String) -> Result<Self, Message> {
        let t = s.trim();
        if let Ok(sa) = SocketAddr::from_str(t) {
            return Ok(DnsServer(sa));
        }
        if let Ok(ip) = IpAddr::from_str(t.trim_start_matches('[').trim_end_matches(']')) {
            return Ok(DnsServer(SocketAddr::new(ip, 53)));
        }
        Err(msg!("config-dns-server-invalid", value = s))
    }
}

/// An IP address, for `[settings.resolve]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IpValue(pub IpAddr);
checked!(IpValue, String);

impl TryFrom<String> for IpValue {
    type Error = Message;
    fn try_from(s: String) -> Result<Self, Message> {
        IpAddr::from_str(s.trim())
            .map(IpValue)
            .map_err(|_| msg!("config-ip-invalid", value = &s))
    }
}

/// `expect_status`: 200, "200-399", or a list of those.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusValue(pub StatusSet);

impl<'de> Deserialize<'de> for StatusValue {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum One {
            Code(i64),
            Text(String),
        }
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Many {
            One(One),
            List(Vec<One>),
        }
        let parse = |o: One| -> Result<(u16, u16), Message> {
            let code = |v: i64| {
                u16::try_from(v)
                    .ok()
                    .filter(|c| (100..=599).contains(c))
                    .ok_or_else(|| msg!("config-status-out-of-range", code = v))
            };
            match o {
                One::Code(v) => code(v).map(|c| (c, c)),
                One::Text(s) => {
                    let bad = || msg!("config-status-invalid", value = &s);
                    let (lo, hi) = match s.split_once('-') {
                        Some((a, b)) => (a.trim(), b.trim()),
                        None => (s.trim(), s.trim()),
                    };
                    let lo = code(lo.parse().map_err(|_| bad())?)?;
                    let hi = code(hi.parse().map_err(|_| bad())?)?;
                    if lo > hi {
                        return Err(bad());
                    }
                    Ok((lo, hi))
                }
            }
        };
        let many =
            Many::deserialize(d).map_err(|_| invalid(msg!("config-expect-status-invalid")))?;
        let items = match many {
            Many::One(o) => vec![o],
            Many::List(v) => v,
        };
        if items.is_empty() {
            return Err(invalid(msg!("config-expect-status-empty")));
        }
        let ranges = items
            .into_iter()
            .map(parse)
            .collect::<Result<Vec<_>, _>>()
            .map_err(invalid)?;
        Ok(StatusValue(StatusSet(ranges)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A message in English, as the tests read it.
    fn en(m: &Message) -> String {
        crate::view::i18n::render_in(crate::view::i18n::english(), m)
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("30s"), Ok(Duration::from_secs(30)));
        assert_eq!(parse_duration("2m"), Ok(Duration::from_secs(120)));
        assert_eq!(parse_duration("1m30s"), Ok(Duration::from_secs(90)));
        assert_eq!(parse_duration("250ms"), Ok(Duration::from_millis(250)));
        assert_eq!(parse_duration("1h"), Ok(Duration::from_secs(3600)));
        assert_eq!(parse_duration("7d"), Ok(Duration::from_secs(7 * 86_400)));
        assert_eq!(parse_duration("1w"), Ok(Duration::from_secs(7 * 86_400)));
        for bad in [
            "",
            "30",
            "s",
            "3x",
            "-1s",
            "1.5s",
            "1 s",
            "99999999999999999999s",
        ] {
            let e = en(&parse_duration(bad).unwrap_err());
            assert!(e.starts_with("invalid duration"), "{bad:?}: {e}");
        }
    }

    #[test]
    fn a_bounded_duration_states_its_own_range() {
        type Interval = Bounded<1_000, 86_400_000>;
        type Timeout = Bounded<100, 300_000>;
        type Keep = Bounded<86_400_000, 31_536_000_000>;
        assert_eq!(en(&Interval::range()), "must be from 1s to 24h");
        assert_eq!(en(&Timeout::range()), "must be from 100ms to 5m");
        assert_eq!(en(&Keep::range()), "must be from 1d to 365d");
        assert_eq!(
            Interval::try_from("25h".to_owned()).map_err(|e| en(&e)),
            Err("must be from 1s to 24h".to_owned())
        );
        assert_eq!(
            Interval::try_from("24h".to_owned()).map(Interval::get),
            Ok(Duration::from_secs(86_400))
        );
        assert!(
            en(&Timeout::try_from("30".to_owned()).unwrap_err()).starts_with("invalid duration")
        );
    }

    #[test]
    fn values() {
        assert!(HttpUrl::try_from("ftp://x.test/".to_owned()).is_err());
        assert_eq!(
            HttpUrl::try_from("x.example".to_owned()).map_err(|e| en(&e)),
            Err(
                "invalid URL \"x.example\": it needs a scheme, like \"https://x.example\""
                    .to_owned()
            )
        );
        assert!(HttpUrl::try_from("https://x.test:8443/a?b".to_owned()).is_ok());
        assert!(Host::try_from("https://x".to_owned()).is_err());
        assert_eq!(
            DnsServer::try_from("127.0.0.1".to_owned()),
            Ok(DnsServer("127.0.0.1:53".parse().unwrap()))
        );
        assert!(Ranged::<1, 10>::try_from(11).is_err());
    }
}

/// `outside_view`: the outside view's API base, or `""` to turn it off.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutsideView(pub Option<Url>);
checked!(OutsideView, String);

impl TryFrom<String> for OutsideView {
    type Error = Message;
    fn try_from(s: String) -> Result<Self, Message> {
        if s.trim().is_empty() {
            return Ok(OutsideView(None));
        }
        HttpUrl::try_from(s).map(|u| OutsideView(Some(u.0)))
    }
}

/// `country`: a two-letter ISO 3166 code, kept upper case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountryCode(pub String);
checked!(CountryCode, String);

impl TryFrom<String> for CountryCode {
    type Error = Message;
    fn try_from(s: String) -> Result<Self, Message> {
        let t = s.trim();
        if crate::model::country::is_known(t) {
            Ok(CountryCode(t.to_ascii_uppercase()))
        } else if t.eq_ignore_ascii_case("UK") {
            Err(msg!("config-country-uk", value = &s))
        } else {
            Err(msg!("config-country-invalid", value = &s))
        }
    }
}

/// A secret (`outside_view_token`): never shown in logs or debug output.
#[derive(Clone, PartialEq, Eq, Deserialize)]
#[serde(transparent)]
pub struct Secret(pub String);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(…)")
    }
}
