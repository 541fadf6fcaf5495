//! The user's country, for the outside view's probes in it: `[settings] country`, else the
//! country of the system's time zone (the tz database's `zone.tab`), and where it came from.

use std::path::Path;

use crate::model::Message;
use crate::msg;

/// The user's country and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166 alpha-2, upper case.
    pub code: String,
    /// "the settings", or "the time zone Europe/London".
    pub from: Message,
}

/// `configured`, else the time zone's country; `None` when neither says.
pub fn locate(configured: Option<&str>) -> Option<Country> {
    if let Some(c) = configured.filter(|c| !c.trim().is_empty()) {
        return Some(Country {
            code: c.trim().to_ascii_uppercase(),
            from: msg!("outside-q-from-settings"),
        });
    }
    let tz = jiff::tz::TimeZone::system();
    let name = tz.iana_name()?;
    let code = of_zone(ZONES, name).or_else(|| {
        // A zone newer than the table, or an old alias: the system's own table, where there
        // is one.
        ["zone1970.tab", "zone.tab"].iter().find_map(|f| {
            let table = std::fs::read_to_string(Path::new("/usr/share/zoneinfo").join(f)).ok()?;
            of_zone(&table, name)
        })
    })?;
    Some(Country {
        code,
        from: msg!("outside-q-from-time-zone", zone = name),
    })
}

/// Each time zone's country (`zone\tCC`), from the tz database's `zone.tab`; built in, so a
/// system without that file (Windows) has it too.
const ZONES: &str = include_str!("zones.tsv");

/// The country of `zone` in a table: `zones.tsv` (zone, then code) or the tz database's
/// `zone.tab` and `zone1970.tab` (codes, coordinates, zone; the first code, for a zone that
/// spans several).
pub fn of_zone(table: &str, zone: &str) -> Option<String> {
    table.lines().filter(|l| !l.starts_with('#')).find_map(|l| {
        let cols: Vec<&str> = l.split('\t').collect();
        let (codes, z) = match cols.as_slice() {
            [z, code] => (*code, *z),
            [codes, _coordinates, z, ..] => (*codes, *z),
            _ => return None,
        };
        (z == zone).then(|| codes.split(',').next().unwrap_or(codes).to_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_time_zone_names_its_country() {
        let table =
            "# comment\nGB\t+513030-0000731\tEurope/London\nCH,DE,LI\t+4723+00832\tEurope/Zurich\n";
        assert_eq!(of_zone(table, "Europe/London").as_deref(), Some("GB"));
        assert_eq!(of_zone(table, "Europe/Zurich").as_deref(), Some("CH"));
        assert_eq!(of_zone(table, "Mars/Olympus"), None);
        // The built-in table.
        for (zone, code) in [
            ("Europe/London", Some("GB")),
            ("America/New_York", Some("US")),
            ("Europe/Berlin", Some("DE")),
            ("Asia/Tokyo", Some("JP")),
            ("Australia/Sydney", Some("AU")),
            ("Etc/UTC", None),
        ] {
            assert_eq!(of_zone(ZONES, zone).as_deref(), code, "{zone}");
        }
        let c = locate(Some(" gb ")).unwrap();
        assert_eq!(
            (c.code.as_str(), c.from.to_string().as_str()),
            ("GB", "the settings")
        );
    }

    #[test]
    fn every_zone_names_a_known_country() {
        for l in ZONES.lines().filter(|l| !l.starts_with('#')) {
            let (zone, code) = l.split_once('\t').unwrap_or_default();
            assert!(
                crate::model::country::is_known(code),
                "{zone}: {code} is in the countries table"
            );
        }
    }
}
