//! Units get newtypes, so a byte count is never mistaken for a rate.

use std::fmt;

use serde::Serialize;

/// A number of bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
#[serde(transparent)]
pub struct ByteCount(pub u64);

impl fmt::Display for ByteCount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let b = self.0 as f64;
        if b >= 1024.0 * 1024.0 {
            write!(f, "{:.1} MiB", b / (1024.0 * 1024.0))
        } else if b >= 1024.0 {
            write!(f, "{:.0} KiB", b / 1024.0)
        } else {
            write!(f, "{} B", self.0)
        }
    }
}

/// A rate in kilobits (1000 bits) per second, as bitrates are quoted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
#[serde(transparent)]
pub struct Kbps(pub u64);

impl Kbps {
    /// The rate of `bytes` moved in `secs` seconds. A zero duration counts as one microsecond.
    pub fn from_transfer(bytes: ByteCount, elapsed: std::time::Duration) -> Kbps {
        let secs = elapsed.as_secs_f64().max(1e-6);
        Kbps(((bytes.0 as f64 * 8.0) / 1000.0 / secs).round() as u64)
    }
}

impl fmt::Display for Kbps {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0 >= 10_000 {
            write!(f, "{:.1} Mbit/s", self.0 as f64 / 1000.0)
        } else {
            write!(f, "{} kbit/s", self.0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn throughput_is_kilobits_per_second() {
        // 40 000 bytes in one second is 320 kbit/s: Spotify's top bitrate.
        assert_eq!(
            Kbps::from_transfer(ByteCount(40_000), Duration::from_secs(1)),
            Kbps(320)
        );
        assert_eq!(
            Kbps::from_transfer(ByteCount(1_000), Duration::ZERO).0,
            8_000_000
        );
    }

    #[test]
    fn display_is_human() {
        assert_eq!(ByteCount(512 * 1024).to_string(), "512 KiB");
        assert_eq!(Kbps(320).to_string(), "320 kbit/s");
        assert_eq!(Kbps(25_400).to_string(), "25.4 Mbit/s");
    }
}
