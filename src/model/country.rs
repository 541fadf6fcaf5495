//! Countries by their ISO 3166-1 alpha-2 codes, and their names as a sentence says them ("Tunes
//! is down in the United Kingdom"). The table is data (`countries.tsv`), built in, so every
//! system has it.

const TABLE: &str = include_str!("countries.tsv");

fn rows() -> impl Iterator<Item = (&'static str, &'static str)> {
    TABLE
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
}

/// The country's name for a sentence: "the United Kingdom", "Germany". `None` for a code that
/// names no country.
pub fn name(code: &str) -> Option<&'static str> {
    let code = code.trim();
    rows()
        .find(|(c, _)| c.eq_ignore_ascii_case(code))
        .map(|(_, n)| n)
}

/// Whether `code` is a country's ISO 3166-1 alpha-2 code (in either case).
pub fn is_known(code: &str) -> bool {
    name(code).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_name_their_countries_as_a_sentence_says_them() {
        for (code, words) in [
            ("GB", Some("the United Kingdom")),
            ("gb", Some("the United Kingdom")),
            ("US", Some("the United States")),
            ("NL", Some("the Netherlands")),
            ("DE", Some("Germany")),
            ("KR", Some("South Korea")),
            ("CD", Some("the Democratic Republic of the Congo")),
            ("VG", Some("the British Virgin Islands")),
            ("UK", None),
            ("XX", None),
            ("", None),
        ] {
            assert_eq!(name(code), words, "{code}");
        }
    }

    #[test]
    fn the_table_is_whole() {
        let all: Vec<_> = rows().collect();
        assert_eq!(all.len(), 249, "every ISO 3166-1 country");
        for (code, words) in &all {
            assert!(
                code.len() == 2 && code.chars().all(|c| c.is_ascii_uppercase()),
                "{code}"
            );
            assert!(!words.is_empty() && !words.contains('('), "{code}: {words}");
        }
        let mut codes: Vec<_> = all.iter().map(|(c, _)| c).collect();
        codes.dedup();
        assert_eq!(codes.len(), all.len(), "each code once, in order");
    }
}
