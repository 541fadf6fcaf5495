use std::time::Duration;

use super::*;
use crate::msg;

#[test]
fn spans_and_durations_read_well_in_english() {
    with_language(english(), || {
        assert_eq!(span(Duration::from_secs(40)), "40 s");
        assert_eq!(span(Duration::from_secs(12 * 60 + 10)), "12 min");
        assert_eq!(span(Duration::from_secs(3600 + 5 * 60)), "1 h 5 min");
        assert_eq!(span(Duration::from_secs(7200)), "2 h");
        assert_eq!(span(Duration::from_millis(6_500)), "7 s");
        assert_eq!(span(Duration::from_secs(59 * 60 + 45)), "1 h");
        assert_eq!(span(Duration::from_secs(23 * 3600 + 59 * 60 + 50)), "1 d");
        assert_eq!(span(Duration::from_secs(90 * 86_400)), "90 d");
        assert_eq!(span(Duration::from_secs(3 * 86_400 + 4 * 3600)), "3 d 4 h");
        assert_eq!(duration(Duration::from_millis(340)), "340 ms");
        assert_eq!(duration(Duration::from_millis(1240)), "1.2 s");
        assert_eq!(phase_ms(Duration::from_micros(420)), "0.4 ms");
        assert_eq!(phase_ms(Duration::from_micros(38_400)), "38 ms");
        assert_eq!(and_list(&["A", "B", "C"]), "A, B and C");
        assert_eq!(and_list(&["A", "B"]), "A and B");
        assert_eq!(or_list(&["A", "B", "C"]), "A, B or C");
    });
}

#[test]
fn a_locale_names_its_language_or_none() {
    let code = |t: &str| matching(t).map(|l| l.code);
    assert_eq!(code("de_DE.UTF-8"), Some("de"));
    assert_eq!(code("de-AT"), Some("de"));
    assert_eq!(code("en_GB.UTF-8"), Some("en-GB"));
    assert_eq!(code("en_US.UTF-8"), Some("en"));
    assert_eq!(code("pt_BR"), Some("pt-BR"));
    assert_eq!(code("pt_PT.UTF-8"), Some("pt-BR"));
    assert_eq!(code("fr_CA"), Some("fr"));
    assert_eq!(code("sv_SE.utf8@euro"), Some("sv"));
    assert_eq!(code("nl"), Some("nl"));
    assert_eq!(code("xx_XX"), None);
    assert_eq!(code("C"), None);
    assert_eq!(code("C.UTF-8"), None);
    assert_eq!(code("POSIX"), None);
    assert_eq!(code(""), None);
    // A setting wins over the system; "auto" and unknown codes follow it, then English.
    assert_eq!(choose(Some("fr")).code, "fr");
    assert_eq!(choose(Some("xx")).code, choose(None).code);
    assert_eq!(choose(Some("auto")).code, choose(None).code);
}

#[test]
fn a_missing_message_says_so_strictly_and_reads_in_english_otherwise() {
    let de = language("de").expect("de");
    let m = msg!("list-and", first = "A", last = "B");
    assert_eq!(render_in(english(), &m), "A and B");
    assert!(render_strict(english(), &m).is_ok());
    assert!(render_strict(english(), &msg!("no-such-id")).is_err());
    assert!(render_strict(english(), &msg!("list-and", first = "A")).is_err());
    // A verbatim text is itself in every language.
    assert_eq!(render_in(de, &Message::verbatim("as is")), "as is");
    assert_eq!(
        render_strict(de, &Message::verbatim("as is")),
        Ok("as is".into())
    );
}
