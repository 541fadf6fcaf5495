//! The user's country, for the outside view's probes in it: `[settings] country`, else the
//! country of the system's time zone (the tz database's `zone.tab`), and where it came from.

use std::path::Path;

/// The user's country and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166 alpha-2, upper case.
    pub code: String,
    /// "the settings", or "the time zone Europe/London".
    pub from: String,
}

/// `configured`, else the time zone's country; `None` when neither says.
pub fn locate(configured: Option<&str>) -> Option<Country> {
    if let Some(c) = configured.filter(|c| !c.trim().is_empty()) {
        return Some(Country {
            code: c.trim().to_ascii_uppercase(),
            from: "the settings".into(),
        });
    }
    let tz = jiff::tz::TimeZone::system();
    let name = tz.iana_name()?;
    let code = ["zone1970.tab", "zone.tab"].iter().find_map(|f| {
        let table = std::fs::read_to_string(Path::new("/usr/share/zoneinfo").join(f)).ok()?;
        of_zone(&table, name)
    })?;
    Some(Country {
        code,
        from: format!("the time zone {name}"),
    })
}

/// The country of `zone` in a `zone.tab` or `zone1970.tab` (the first, for a zone that spans
/// several).
pub fn of_zone(table: &str, zone: &str) -> Option<String> {
    table.lines().filter(|l| !l.starts_with('#')).find_map(|l| {
        let mut cols = l.split('\t');
        let codes = cols.next()?;
        let _coordinates = cols.next()?;
        (cols.next()? == zone).then(|| codes.split(',').next().unwrap_or(codes).to_owned())
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
        let c = locate(Some(" gb ")).unwrap();
        assert_eq!((c.code.as_str(), c.from.as_str()), ("GB", "the settings"));
    }
}
