//! Config values that validate themselves while they are deserialized, so that every error
//! carries the span of the offending value (and so its line and column).

use std::net::{IpAddr, SocketAddr};
use std::str::FromStr;
use std::time::Duration;

use serde::Deserialize;
use url::Url;

use crate::probe::StatusSet;

/// Parses "30s", "2m", "1h", "250ms", "1m30s", "7d", "1w" (humantime's units), keeping
/// Downbeat's message for anything else.
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let t = s.trim();
    // humantime also reads "1 s" and "1.5s"; a config wants whole numbers with units, no spaces.
    let plain = !t.is_empty()
        && t.starts_with(|c: char| c.is_ascii_digit())
        && !t.ends_with(|c: char| c.is_ascii_digit())
        && t.chars().all(|c| c.is_ascii_alphanumeric());
    match humantime::parse_duration(t) {
        Ok(d) if plain => Ok(d),
        _ => Err(format!(
            "invalid duration \"{s}\": write it like \"30s\", \"2m\", \"1h\", \"7d\" or \"500ms\""
        )),
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
                f.write_str("a duration in quotes, like \"30s\"")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Self::Value, E> {
                Bounded::try_from(s.to_owned()).map_err(E::custom)
            }
            fn visit_i64<E: serde::de::Error>(self, n: i64) -> Result<Self::Value, E> {
                Err(E::custom(format!(
                    "a duration needs a unit, in quotes: write \"{n}s\" for {n} seconds"
                )))
            }
            fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<Self::Value, E> {
                self.visit_i64(i64::try_from(n).unwrap_or(i64::MAX))
            }
            fn visit_f64<E: serde::de::Error>(self, n: f64) -> Result<Self::Value, E> {
                Err(E::custom(format!(
                    "a duration needs a whole number and a unit, in quotes, like \"30s\" or \"500ms\", not {n}"
                )))
            }
        }
        d.deserialize_any(Visitor::<MIN_MS, MAX_MS>)
    }
}

impl<const MIN_MS: u64, const MAX_MS: u64> Bounded<MIN_MS, MAX_MS> {
    pub const MIN: Duration = Duration::from_millis(MIN_MS);
    pub const MAX: Duration = Duration::from_millis(MAX_MS);

    /// "must be from 1s to 24h".
    pub fn range_text() -> String {
        // Days read well for long ranges (retention), hours for short ones (an interval).
        let days = MAX_MS >= 2 * 86_400_000;
        format!(
            "must be from {} to {}",
            compact(Self::MIN, days),
            compact(Self::MAX, days)
        )
    }

    pub fn get(self) -> Duration {
        self.0
    }
}

impl<const MIN_MS: u64, const MAX_MS: u64> TryFrom<String> for Bounded<MIN_MS, MAX_MS> {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        let d = parse_duration(&s)?;
        if (Self::MIN..=Self::MAX).contains(&d) {
            Ok(Bounded(d))
        } else {
            Err(Self::range_text())
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(try_from = "i64")]
pub struct Ranged<const MIN: i64, const MAX: i64>(pub i64);

impl<const MIN: i64, const MAX: i64> TryFrom<i64> for Ranged<MIN, MAX> {
    type Error = String;
    fn try_from(v: i64) -> Result<Self, String> {
        if (MIN..=MAX).contains(&v) {
            Ok(Ranged(v))
        } else {
            Err(format!(
                "{v} is out of range: it must be from {MIN} to {MAX}"
            ))
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
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct HttpUrl(pub Url);

impl TryFrom<String> for HttpUrl {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        let u = Url::parse(s.trim()).map_err(|e| match e {
            url::ParseError::RelativeUrlWithoutBase => format!(
                "invalid URL \"{s}\": it needs a scheme, like \"https://{}\"",
                s.trim()
            ),
            e => format!("invalid URL \"{s}\": {e}"),
        })?;
        if !matches!(u.scheme(), "https" | "http") {
            // "music.test:18443/health" parses as the scheme "music.test": it is a host and a
            // port with no scheme in front.
            if !s.contains("://") {
                return Err(format!(
                    "invalid URL \"{s}\": add https:// at the start, like \"https://{}\"",
                    s.trim()
                ));
            }
            return Err(format!(
                "invalid URL \"{s}\": the scheme must be https (or http), not \"{}\"",
                u.scheme()
            ));
        }
        if u.host_str().is_none_or(str::is_empty) {
            return Err(format!("invalid URL \"{s}\": it has no host"));
        }
        Ok(HttpUrl(u))
    }
}

/// A DNS-over-HTTPS URL reached by IP address (`reference_dns`): https, and an IP literal as
/// its host, so asking it never depends on the DNS it is there to check.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct DohUrl(pub Url);

impl TryFrom<String> for DohUrl {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        let u = HttpUrl::try_from(s.clone())?.0;
        if u.scheme() != "https" {
            return Err(format!(
                "reference_dns \"{s}\": DNS over HTTPS needs an https URL, like \"https://1.1.1.1/dns-query\""
            ));
        }
        if !matches!(u.host(), Some(url::Host::Ipv4(_) | url::Host::Ipv6(_))) {
            return Err(format!(
                "reference_dns \"{s}\": give the server by IP address, like \"https://1.1.1.1/dns-query\" (a name would need the very DNS it is there to check)"
            ));
        }
        Ok(DohUrl(u))
    }
}

/// A host name or IP address (no scheme, no port).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct Host(pub String);

impl TryFrom<String> for Host {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
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
            Err(format!(
                "invalid host \"{s}\": give a name like \"ap.spotify.com\" or an IP address, with no scheme or port"
            ))
        }
    }
}

/// A DNS server, "ip:port" or a bare IP (port 53).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct DnsServer(pub SocketAddr);

impl TryFrom<String> for DnsServer {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        let t = s.trim();
        if let Ok(sa) = SocketAddr::from_str(t) {
            return Ok(DnsServer(sa));
        }
        if let Ok(ip) = IpAddr::from_str(t.trim_start_matches('[').trim_end_matches(']')) {
            return Ok(DnsServer(SocketAddr::new(ip, 53)));
        }
        Err(format!(
            "invalid DNS server \"{s}\": write it as \"ip:port\", like \"1.1.1.1:53\" or \"[2606:4700::1111]:53\""
        ))
    }
}

/// An IP address, for `[settings.resolve]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct IpValue(pub IpAddr);

impl TryFrom<String> for IpValue {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        IpAddr::from_str(s.trim())
            .map(IpValue)
            .map_err(|_| format!("invalid IP address \"{s}\""))
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
        let parse = |o: One| -> Result<(u16, u16), String> {
            let code = |v: i64| {
                u16::try_from(v)
                    .ok()
                    .filter(|c| (100..=599).contains(c))
                    .ok_or_else(|| {
                        format!("HTTP status {v} is out of range: it must be from 100 to 599")
                    })
            };
            match o {
                One::Code(v) => code(v).map(|c| (c, c)),
                One::Text(s) => {
                    let bad = || {
                        format!("invalid status \"{s}\": write 200, \"200-399\" or a list of those")
                    };
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
        let many = Many::deserialize(d).map_err(|_| {
            serde::de::Error::custom(
                "invalid expect_status: write 200, \"200-399\" or a list of those",
            )
        })?;
        let items = match many {
            Many::One(o) => vec![o],
            Many::List(v) => v,
        };
        if items.is_empty() {
            return Err(serde::de::Error::custom(
                "expect_status must list at least one status",
            ));
        }
        let ranges = items
            .into_iter()
            .map(parse)
            .collect::<Result<Vec<_>, _>>()
            .map_err(serde::de::Error::custom)?;
        Ok(StatusValue(StatusSet(ranges)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            let e = parse_duration(bad).unwrap_err();
            assert!(e.starts_with("invalid duration"), "{bad:?}: {e}");
        }
    }

    #[test]
    fn a_bounded_duration_states_its_own_range() {
        type Interval = Bounded<1_000, 86_400_000>;
        type Timeout = Bounded<100, 300_000>;
        type Keep = Bounded<86_400_000, 31_536_000_000>;
        assert_eq!(Interval::range_text(), "must be from 1s to 24h");
        assert_eq!(Timeout::range_text(), "must be from 100ms to 5m");
        assert_eq!(Keep::range_text(), "must be from 1d to 365d");
        assert_eq!(
            Interval::try_from("25h".to_owned()),
            Err("must be from 1s to 24h".to_owned())
        );
        assert_eq!(
            Interval::try_from("24h".to_owned()).map(Interval::get),
            Ok(Duration::from_secs(86_400))
        );
        assert!(Timeout::try_from("30".to_owned())
            .unwrap_err()
            .starts_with("invalid duration"));
    }

    #[test]
    fn values() {
        assert!(HttpUrl::try_from("ftp://x.test/".to_owned()).is_err());
        assert_eq!(
            HttpUrl::try_from("x.example".to_owned()),
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
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct OutsideView(pub Option<Url>);

impl TryFrom<String> for OutsideView {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        if s.trim().is_empty() {
            return Ok(OutsideView(None));
        }
        HttpUrl::try_from(s).map(|u| OutsideView(Some(u.0)))
    }
}

/// `country`: a two-letter ISO 3166 code, kept upper case.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct CountryCode(pub String);

impl TryFrom<String> for CountryCode {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        let t = s.trim();
        if crate::model::country::is_known(t) {
            Ok(CountryCode(t.to_ascii_uppercase()))
        } else if t.eq_ignore_ascii_case("UK") {
            Err(format!(
                "invalid country \"{s}\": the United Kingdom's ISO 3166 code is \"GB\""
            ))
        } else {
            Err(format!(
                "invalid country \"{s}\": write a two-letter ISO 3166 code, like \"GB\" or \"US\""
            ))
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
