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

/// The ISO codes table Debian and most Linux desktops ship (package iso-codes).
const ISO_CODES: &str = "/usr/share/iso-codes/json/iso_3166-1.json";

/// Countries said with "the" in English.
const WITH_THE: [&str; 21] = [
    "AE", "BS", "CF", "CK", "DO", "FK", "FO", "GB", "GM", "KY", "MH", "MP", "MV", "NL", "PH", "RU",
    "SB", "TC", "UM", "US", "VA",
];

/// A country's name for a sentence ("the United Kingdom", "Germany"), from the system's ISO
/// codes table; `None` where there is none (Windows) or the name is not sentence-shaped
/// ("Virgin Islands, British"): the code is said instead.
pub fn name(code: &str) -> Option<String> {
    // Read and parsed once: the table is 100 KiB.
    static TABLE: std::sync::OnceLock<Option<serde_json::Value>> = std::sync::OnceLock::new();
    let table =
        TABLE.get_or_init(|| serde_json::from_str(&std::fs::read_to_string(ISO_CODES).ok()?).ok());
    name_of(table.as_ref()?, code)
}

/// [`name`] in a given table (`{"3166-1": [{"alpha_2", "name", "common_name"}]}`).
pub fn name_in(table: &str, code: &str) -> Option<String> {
    name_of(&serde_json::from_str(table).ok()?, code)
}

fn name_of(doc: &serde_json::Value, code: &str) -> Option<String> {
    let entry = doc["3166-1"].as_array()?.iter().find(|e| {
        e["alpha_2"]
            .as_str()
            .is_some_and(|a| a.eq_ignore_ascii_case(code))
    })?;
    let n = entry["common_name"]
        .as_str()
        .or_else(|| entry["name"].as_str())?;
    if n.contains(',') || n.contains('(') {
        return None;
    }
    let the = WITH_THE.contains(&code.to_ascii_uppercase().as_str());
    Some(if the {
        format!("the {n}")
    } else {
        n.to_owned()
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
        let iso = r#"{"3166-1": [{"alpha_2": "GB", "name": "United Kingdom"}, {"alpha_2": "DE", "name": "Germany"},
            {"alpha_2": "KR", "name": "Korea, Republic of", "common_name": "South Korea"}, {"alpha_2": "VG", "name": "Virgin Islands, British"}]}"#;
        assert_eq!(name_in(iso, "gb").as_deref(), Some("the United Kingdom"));
        assert_eq!(name_in(iso, "DE").as_deref(), Some("Germany"));
        assert_eq!(name_in(iso, "KR").as_deref(), Some("South Korea"));
        assert_eq!(name_in(iso, "VG"), None);
        assert_eq!(name_in(iso, "XX"), None);
        let c = locate(Some(" gb ")).unwrap();
        assert_eq!((c.code.as_str(), c.from.as_str()), ("GB", "the settings"));
    }
}
