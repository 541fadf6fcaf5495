//! The catalogue (#33): every sentence lives in `i18n/<lang>/downbeat.ftl`, every language has
//! every message with the same arguments, and every id the code names exists.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use downbeat::model::{Cause, Diagnosis, Here, Message};
use downbeat::view::i18n::{self, Language, LANGUAGES};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The Rust the programs are made of: the engine and each program's crate (tests aside).
fn sources() -> Vec<PathBuf> {
    let mut out = Vec::new();
    for dir in [
        "src",
        "cli/src",
        "tray/src",
        "src-tauri/src",
        "desktop-shared/src",
    ] {
        walk(&root().join(dir), &mut out);
    }
    out.sort();
    out
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            if p.file_name().is_some_and(|n| n != "tests") {
                walk(&p, out);
            }
        } else if p.extension().is_some_and(|x| x == "rs")
            && p.file_name().is_some_and(|n| n != "tests.rs")
        {
            out.push(p);
        }
    }
}

/// A string literal in Rust source, with what encloses it: the macro, function or attribute
/// whose parentheses it sits in, innermost last.
#[derive(Debug)]
struct Literal {
    line: usize,
    text: String,
    within: Vec<String>,
}

/// The string literals of a file's code above its first `#[cfg(test)]` (the tests below it say
/// what they check in English), each with the calls that enclose it. A small lexer: comments,
/// char literals, raw strings and lifetimes are skipped.
fn literals(src: &str) -> Vec<Literal> {
    let src = match src.find("#[cfg(test)]") {
        Some(i) => &src[..i],
        None => src,
    };
    let b = src.as_bytes();
    let mut out = Vec::new();
    // (opening delimiter, the name before it)
    let mut stack: Vec<(u8, String)> = Vec::new();
    let mut last_ident = String::new();
    let mut line = 1;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b'\n' => {
                line += 1;
                i += 1;
            }
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < b.len() && !(b[i] == b'*' && b[i + 1] == b'/') {
                    if b[i] == b'\n' {
                        line += 1;
                    }
                    i += 1;
                }
                i += 2;
            }
            b'\'' => {
                // a char literal ('a', '\n', '\'') or a lifetime ('a)
                if b.get(i + 1) == Some(&b'\\') {
                    i += 2;
                    while i < b.len() && b[i] != b'\'' {
                        i += 1;
                    }
                    i += 1;
                } else if b.get(i + 2) == Some(&b'\'') {
                    i += 3;
                } else {
                    // a lifetime, or a multi-byte char
                    let rest = &src[i + 1..];
                    match rest.char_indices().nth(1) {
                        Some((n, '\'')) => i += 1 + n + 1,
                        _ => i += 1,
                    }
                }
            }
            b'r' if matches!(b.get(i + 1), Some(b'"') | Some(b'#'))
                && !b
                    .get(i.wrapping_sub(1))
                    .is_some_and(|p| p.is_ascii_alphanumeric() || *p == b'_') =>
            {
                let mut j = i + 1;
                let mut hashes = 0;
                while b.get(j) == Some(&b'#') {
                    hashes += 1;
                    j += 1;
                }
                if b.get(j) != Some(&b'"') {
                    i += 1;
                    continue;
                }
                let close = format!("\"{}", "#".repeat(hashes));
                let start = j + 1;
                let end = src[start..].find(&close).map_or(b.len(), |e| start + e);
                let text = &src[start..end];
                out.push(Literal {
                    line,
                    text: text.to_string(),
                    within: stack.iter().map(|s| s.1.clone()).collect(),
                });
                line += text.matches('\n').count();
                i = end + close.len();
            }
            b'"' => {
                let start = i + 1;
                let mut j = start;
                while j < b.len() && b[j] != b'"' {
                    if b[j] == b'\\' {
                        j += 1;
                    }
                    j += 1;
                }
                let text = &src[start..j.min(b.len())];
                out.push(Literal {
                    line,
                    text: text.to_string(),
                    within: stack.iter().map(|s| s.1.clone()).collect(),
                });
                line += text.matches('\n').count();
                i = j + 1;
                last_ident.clear();
            }
            b'(' | b'[' | b'{' => {
                let name = if c == b'[' && i > 0 && b[i - 1] == b'#' {
                    "#[".to_string()
                } else {
                    std::mem::take(&mut last_ident)
                };
                // an attribute's name is the ident inside it: `#[error(` → "#[error"
                let name = match stack.last() {
                    Some((b'[', n)) if n == "#[" && c == b'(' => format!("#[{name}"),
                    _ => name,
                };
                stack.push((c, name));
                i += 1;
            }
            b')' | b']' | b'}' => {
                stack.pop();
                last_ident.clear();
                i += 1;
            }
            b'!' => {
                // a macro call: keep the name for the delimiter that follows
                last_ident.push('!');
                i += 1;
            }
            c if c.is_ascii_alphabetic() || c == b'_' => {
                let s = i;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                    i += 1;
                }
                last_ident = src[s..i].to_string();
            }
            c if c.is_ascii_whitespace() => i += 1,
            b':' | b'.' => {
                // a path or a method call: the name is the last segment
                i += 1;
            }
            _ => {
                last_ident.clear();
                i += 1;
            }
        }
    }
    out
}

/// Calls whose text is for developers or machines: logs, panics, assertions, attributes that
/// aren't words for people, and the catalogue's own lookups.
fn exempt_context(within: &[String]) -> bool {
    within.iter().any(|w| {
        matches!(
            w.as_str(),
            "trace!"
                | "debug!"
                | "info!"
                | "warn!"
                | "error!"
                | "event!"
                | "span!"
                | "info_span!"
                | "debug_span!"
                | "expect"
                | "panic!"
                | "unreachable!"
                | "assert!"
                | "assert_eq!"
                | "assert_ne!"
                | "debug_assert!"
                | "todo!"
                | "unimplemented!"
                | "#[doc"
                | "#[cfg"
                | "#[allow"
                | "#[expect"
                | "#[serde"
                | "#[arg"
                | "#[command"
                | "#[deprecated"
                | "include_str!"
                | "concat!"
                | "env!"
        ) || w.starts_with("#[") && !w.starts_with("#[error")
    })
}

/// English function words: a literal with one of them and another word reads as a sentence.
const ENGLISH: &[&str] = &[
    "the", "a", "an", "is", "are", "was", "were", "be", "been", "not", "no", "to", "of", "for",
    "in", "on", "your", "you", "you're", "it", "its", "it's", "this", "that", "with", "and", "or",
    "can't", "doesn't", "isn't", "don't", "won't", "didn't", "has", "have", "from", "at", "by",
    "as", "than", "when", "still", "all", "every", "nothing", "there", "they", "them", "their",
    "here", "now", "only", "but", "if", "so", "will", "would", "could", "should", "out", "up",
    "down", "again", "after", "before", "since", "until", "open", "check", "checking",
];

/// Whether a literal reads like English words for people: two or more words, one of them a
/// function word, or three words at all. Placeholders (`{name}`), paths, codes, SQL, HTTP and
/// format specs don't count as words.
fn reads_like_english(text: &str) -> bool {
    if text.contains("SELECT ")
        || text.contains("INSERT ")
        || text.contains("UPDATE ")
        || text.contains("CREATE ")
        || text.contains("DELETE ")
        || text.contains("PRAGMA ")
    {
        return false;
    }
    let mut plain = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let words: Vec<&str> = plain
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| ".,:;!?()\"…".contains(c)))
        .filter(|w| {
            !w.is_empty()
                && w.chars()
                    .all(|c| c.is_ascii_alphabetic() || c == '\'' || c == '-')
                && w.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        })
        .collect();
    let function_words = words
        .iter()
        .filter(|w| ENGLISH.contains(&w.to_lowercase().as_str()))
        .count();
    words.len() >= 3 || words.len() >= 2 && function_words >= 1
}

/// Whether a literal's line (or the one above it) says it isn't for people:
/// `// not for people: <why>`.
fn marked(src_lines: &[&str], line: usize) -> bool {
    let here = src_lines.get(line - 1).copied().unwrap_or("");
    let above = line
        .checked_sub(2)
        .and_then(|l| src_lines.get(l))
        .copied()
        .unwrap_or("");
    here.contains("not for people:") || above.trim_start().starts_with("// not for people:")
}

#[test]
fn no_sentence_is_written_outside_the_catalogue() {
    let mut found = Vec::new();
    for path in sources() {
        let src = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = src.lines().collect();
        for lit in literals(&src) {
            if exempt_context(&lit.within) || !reads_like_english(&lit.text) {
                continue;
            }
            if marked(&lines, lit.line) {
                continue;
            }
            let rel = path.strip_prefix(root()).unwrap_or(&path);
            found.push(format!("{}:{}: \"{}\"", rel.display(), lit.line, lit.text));
        }
    }
    assert!(
        found.is_empty(),
        "{} string literal(s) read like English sentences outside the catalogue \
         (i18n/en/downbeat.ftl); move each into it and use its id (msg!), or, when it isn't \
         for people (a log line, a protocol's text), say so on its line with \
         `// not for people: <why>`:\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn the_lexer_finds_sentences_and_their_context() {
    let src = r##"
        fn f() {
            tracing::warn!("the disk is full: {e}");
            let a = format!("Your network blocks {service}: try another");
            let b = x.expect("a lock is never poisoned");
            let c = "dns_filtered";
            let d = 'x';
            let e = r#"It's "them" here"#;
            let f: &'static str = "two words";
        }
        #[cfg(test)]
        mod tests { const T: &str = "It is all right here"; }
    "##;
    let lits = literals(src);
    let texts: Vec<(&str, bool)> = lits
        .iter()
        .map(|l| {
            (
                l.text.as_str(),
                !exempt_context(&l.within) && reads_like_english(&l.text),
            )
        })
        .collect();
    assert_eq!(
        texts,
        [
            ("the disk is full: {e}", false),
            ("Your network blocks {service}: try another", true),
            ("a lock is never poisoned", false),
            ("dns_filtered", false),
            ("It's \"them\" here", true),
            ("two words", false),
        ]
    );
}

/// The languages whose file holds every message: all but a region's variant of a language
/// the list has (en-GB says only what differs from en).
fn full_languages() -> impl Iterator<Item = &'static Language> {
    LANGUAGES.iter().filter(|l| match l.code.split_once('-') {
        Some((base, _)) => i18n::language(base).is_none(),
        None => true,
    })
}

#[test]
fn every_language_has_every_message_with_the_same_arguments() {
    let english: BTreeMap<String, Vec<String>> = i18n::ids(i18n::english()).into_iter().collect();
    assert!(
        english.len() > 100,
        "English has {} messages",
        english.len()
    );
    let mut problems = Vec::new();
    for lang in LANGUAGES {
        for e in i18n::syntax_errors(lang) {
            problems.push(format!("i18n/{}/downbeat.ftl: {e}", lang.code));
        }
        let own: BTreeMap<String, Vec<String>> = i18n::ids(lang).into_iter().collect();
        let full = full_languages().any(|l| std::ptr::eq(l, lang));
        for (id, args) in &english {
            // A format's parts: each language uses the ones its way of writing dates needs.
            let format = id.starts_with("date-") || id.starts_with("time-") || id == "month-short";
            match own.get(id) {
                None if full => problems.push(format!("{}: lacks {id}", lang.code)),
                Some(theirs) if theirs != args && !format => problems.push(format!(
                    "{}: {id} uses {theirs:?}, English {args:?}",
                    lang.code
                )),
                _ => {}
            }
        }
        for id in own.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{}: {id} is not an English message", lang.code));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_id_the_code_names_is_in_english() {
    let english: BTreeMap<String, Vec<String>> = i18n::ids(i18n::english()).into_iter().collect();
    let mut missing = Vec::new();
    for path in sources() {
        let src = std::fs::read_to_string(&path).unwrap();
        for (n, line) in src.lines().enumerate() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            for start in ["msg!(\"", "Message::new(\""] {
                for (i, _) in line.match_indices(start) {
                    let rest = &line[i + start.len()..];
                    let id = rest.split('"').next().unwrap_or("");
                    if !english.contains_key(id) {
                        let rel = path.strip_prefix(root()).unwrap_or(&path);
                        missing.push(format!("{}:{}: {id}", rel.display(), n + 1));
                    }
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "ids not in i18n/en/downbeat.ftl:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_cause_and_diagnosis_reads_in_every_language() {
    let mut problems = Vec::new();
    for lang in full_languages() {
        let mut messages: Vec<Message> = Vec::new();
        // What a cause on this computer's path names, through a VPN and not.
        for vpn in [false, true] {
            let here = Here {
                router: Some("192.168.1.1".parse().unwrap()),
                interface: Some("wg0".into()),
                vpn,
            };
            for c in Cause::ALL {
                messages.push(c.headline(&here));
                messages.push(c.advice(&here));
                messages.extend(c.line("Tunes", &here));
                if c.names_a_place() {
                    let tray = format!("line-tray-{}", c.as_str().replace('_', "-"));
                    messages.push(here.bind(Message::new(tray)));
                }
            }
        }
        messages.extend(Cause::ALL.into_iter().filter_map(Cause::state_word));
        messages.extend(Diagnosis::ALL.map(Diagnosis::headline));
        for m in &messages {
            match i18n::render_strict(lang, m) {
                Ok(text) if text.contains("{$") || text.contains("{ $") => problems.push(format!(
                    "{}: {} leaves a placeholder: {text}",
                    lang.code,
                    m.id()
                )),
                Ok(_) => {}
                Err(e) => problems.push(format!("{}: {}", lang.code, e.join("; "))),
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Several services failing: the state is a code each language selects on, so its word can
/// agree with the count ("3 tjänster är störda").
#[test]
fn the_state_of_many_services_agrees_in_every_language() {
    use downbeat::model::Arg;
    for lang in full_languages() {
        for state in ["down", "degraded"] {
            for count in [1usize, 3] {
                let m = Message::new("line-tray-them-many")
                    .arg("count", count)
                    .arg("state", state);
                let tray = i18n::render_strict(lang, &m);
                let m = Message::new("line-verdict-them-many")
                    .arg("services", Arg::list(["Tunes", "Radio", "Pods"]))
                    .arg("count", count)
                    .arg("state", state);
                let verdict = i18n::render_strict(lang, &m);
                for r in [tray, verdict] {
                    let text = r.unwrap_or_else(|e| panic!("{}: {e:?}", lang.code));
                    assert!(
                        !text.contains("{$") && !text.contains(state) || lang.code == "en",
                        "{}: {text}",
                        lang.code
                    );
                }
            }
        }
    }
    let sv = i18n::language("sv").unwrap();
    let m = Message::new("line-tray-them-many")
        .arg("count", 3)
        .arg("state", "degraded");
    assert!(
        i18n::render_in(sv, &m).ends_with("störda"),
        "{}",
        i18n::render_in(sv, &m)
    );
}
