//! Config values that validate themselves while they are deserialized, so that every error
//! carries the span of the offending value (and so its line and column).

use std::fmt;
use std::net::{IpAddr, SocketAddr};
use std::str::FromStr;
use std::time::Duration;

use serde::Deserialize;
use url::Url;

use crate::probe::StatusSet;

/// A duration written like "30s", "2m", "1h", "500ms" or "1m30s".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct DurationValue(pub Duration);

impl TryFrom<String> for DurationValue {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        parse_duration(&s).map(DurationValue)
    }
}

/// Parses "30s", "2m", "1h", "250ms", "1m30s".
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let bad = || {
        format!(
            "invalid duration \"{s}\": write it like \"30s\", \"2m\", \"1h\", \"7d\" or \"500ms\""
        )
    };
    let t = s.trim();
    if t.is_empty() {
        return Err(bad());
    }
    let mut total = Duration::ZERO;
    let mut rest = t;
    while !rest.is_empty() {
        let digits = rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len());
        if digits == 0 {
            return Err(bad());
        }
        let n: u64 = rest[..digits].parse().map_err(|_| bad())?;
        rest = &rest[digits..];
        let unit_len = rest
            .find(|c: char| c.is_ascii_digit())
            .unwrap_or(rest.len());
        let unit = &rest[..unit_len];
        rest = &rest[unit_len..];
        let part = match unit {
            "ms" => Duration::from_millis(n),
            "s" => Duration::from_secs(n),
            "m" => Duration::from_secs(n.saturating_mul(60)),
            "h" => Duration::from_secs(n.saturating_mul(3600)),
            "d" => Duration::from_secs(n.saturating_mul(86_400)),
            _ => return Err(bad()),
        };
        total = total.saturating_add(part);
    }
    Ok(total)
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
        let u = Url::parse(s.trim()).map_err(|e| format!("invalid URL \"{s}\": {e}"))?;
        if !matches!(u.scheme(), "https" | "http") {
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

impl fmt::Display for DurationValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.0)
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
        for bad in ["", "30", "s", "3x", "-1s", "1.5s", "1 s"] {
            assert!(parse_duration(bad).is_err(), "{bad:?} should be rejected");
        }
    }

    #[test]
    fn values() {
        assert!(HttpUrl::try_from("ftp://x.test/".to_owned()).is_err());
        assert!(HttpUrl::try_from("https://x.test:8443/a?b".to_owned()).is_ok());
        assert!(Host::try_from("https://x".to_owned()).is_err());
        assert_eq!(
            DnsServer::try_from("127.0.0.1".to_owned()),
            Ok(DnsServer("127.0.0.1:53".parse().unwrap()))
        );
        assert!(Ranged::<1, 10>::try_from(11).is_err());
    }
}
