//! Fuzzing the config loader (proptest): mutated real configs and random text must never make
//! it panic. Every error is one line that names the file, a line and a column inside the text;
//! every config it accepts holds the invariants the engine relies on.
//!
//! In the test suite it runs a few hundred cases. For a long run:
//!
//! ```sh
//! DOWNBEAT_FUZZ_SECS=600 cargo test --release -p downbeat --test it config_fuzz -- --nocapture
//! ```
//!
//! Inputs that ever broke it are kept in `tests/fuzz-regressions/` and checked on every run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use downbeat::config::{Config, ProbeSpec, Source, PRESETS};
use proptest::prelude::*;
use proptest::test_runner::{Config as RunnerConfig, TestCaseError, TestRunner};

/// A config that uses every key, to mutate.
const FULL: &str = r#"
[settings]
interval = "30s"
timeout = "5s"
failure_threshold = 3
recovery_threshold = 2
degraded_threshold = 3
slow_ms = 800
cert_warn_days = 7
notify_degraded = true
remind_every = "30m"
backoff_max = "5m"
keep_raw = "30d"
keep_rollups = "365d"
dns_servers = ["127.0.0.1:5353", "[::1]:53", "9.9.9.9"]
[settings.resolve]
"Spotify.Test" = "127.0.0.1"
"v6.test" = "::1"

[[baseline]]
name = "local"
url = "https://base.test:8443/"

[[baseline]]
name = "dns"
host = "1.1.1.1"
port = 53

[[service]]
name = "Tunes"
advice = "Downloaded songs still play."
[[service.check]]
name = "front"
url = "https://user:secret@tunes.test:9443/health?token=abc"
expect_status = [200, "300-302"]
expect_body = "ok"
max_redirects = 3
insecure = true
[[service.check]]
name = "cdn"
kind = "stream"
url = "https://cdn.tunes.test/file"
bytes = 1024
min_kbps = 100
timeout = "2s"
slow_ms = 1500
[[service.check]]
name = "ap"
kind = "tcp"
host = "ap.tunes.test"
port = 4070

[[service]]
preset = "spotify"
[[service.check]]
name = "login"
url = "https://login.example.test/"
"#;

/// Tokens spliced into configs: keys (valid and near misses), values at and past every
/// bound, and TOML's structural characters.
const TOKENS: &[&str] = &[
    "interval",
    "intervall",
    "timeout",
    "failure_threshold",
    "recovery_threshold",
    "degraded_threshold",
    "slow_ms",
    "cert_warn_days",
    "ca_file",
    "dns_servers",
    "resolve",
    "notify_degraded",
    "remind_every",
    "backoff_max",
    "keep_raw",
    "keep_rollups",
    "name",
    "kind",
    "url",
    "host",
    "port",
    "expect_status",
    "expect_body",
    "bytes",
    "min_kbps",
    "insecure",
    "max_redirects",
    "preset",
    "advice",
    "check",
    "service",
    "baseline",
    "[settings]",
    "[[service]]",
    "[[service.check]]",
    "[[baseline]]",
    "[settings.resolve]",
    "\"0s\"",
    "\"1s\"",
    "\"24h\"",
    "\"25h\"",
    "\"99999999999999999999s\"",
    "\"18446744073709551615d\"",
    "\"-1s\"",
    "\"1.5s\"",
    "\"1m30s\"",
    "\"ms\"",
    "\"\"",
    "0",
    "-1",
    "1",
    "5",
    "6",
    "65535",
    "65536",
    "9223372036854775807",
    "-9223372036854775808",
    "99999999999999999999",
    "1e308",
    "nan",
    "inf",
    "-inf",
    "true",
    "false",
    "\"https://\"",
    "\"https://x.test:0/\"",
    "\"http://x.test/\"",
    "\"ftp://x.test/\"",
    "\"https://[::1]:8443/\"",
    "\"https://a@b:c@d/\"",
    "\"https://x.test/%zz\"",
    "\"stream\"",
    "\"tcp\"",
    "\"handshake\"",
    "\"spotify\"",
    "\"baseline\"",
    "\"100-599\"",
    "\"599-100\"",
    "[]",
    "[1, \"2\"]",
    "{}",
    "{ a = 1 }",
    "\"\u{0}\"",
    "\"\u{202e}\"",
    "\"🎵\"",
    "'''",
    "\"\"\"",
    "=",
    "[",
    "]",
    "[[",
    "]]",
    "{",
    "}",
    ",",
    ".",
    "\"",
    "'",
    "#",
    "\n",
    "\r\n",
    "\t",
    " ",
    "\\",
    "\\u0000",
    "\\uD800",
];

#[derive(Debug, Clone)]
enum Edit {
    /// Replace `len` characters at `at` with a token.
    Token { at: usize, len: usize, token: usize },
    /// Insert arbitrary bytes (made text, lossily) at `at`.
    Bytes { at: usize, bytes: Vec<u8> },
    /// Delete `len` characters at `at`.
    Delete { at: usize, len: usize },
    /// Repeat a line.
    DupLine { line: usize },
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        4 => (any::<usize>(), 0usize..24, 0..TOKENS.len())
            .prop_map(|(at, len, token)| Edit::Token { at, len, token }),
        2 => (any::<usize>(), proptest::collection::vec(any::<u8>(), 1..16))
            .prop_map(|(at, bytes)| Edit::Bytes { at, bytes }),
        2 => (any::<usize>(), 1usize..40).prop_map(|(at, len)| Edit::Delete { at, len }),
        1 => any::<usize>().prop_map(|line| Edit::DupLine { line }),
    ]
}

fn seeds() -> Vec<&'static str> {
    let mut v = vec![FULL, ""];
    v.extend(PRESETS.iter().map(|(_, t)| *t));
    v
}

/// Applies the edits, on character boundaries.
fn apply(seed: &str, edits: &[Edit]) -> String {
    let mut chars: Vec<char> = seed.chars().collect();
    for e in edits {
        let n = chars.len();
        match e {
            Edit::Token { at, len, token } => {
                let at = if n == 0 { 0 } else { at % (n + 1) };
                let end = (at + len).min(n);
                chars.splice(at..end, TOKENS[*token].chars());
            }
            Edit::Bytes { at, bytes } => {
                let at = if n == 0 { 0 } else { at % (n + 1) };
                let text = String::from_utf8_lossy(bytes).into_owned();
                chars.splice(at..at, text.chars());
            }
            Edit::Delete { at, len } => {
                if n > 0 {
                    let at = at % n;
                    chars.drain(at..(at + len).min(n));
                }
            }
            Edit::DupLine { line } => {
                let text: String = chars.iter().collect();
                let lines: Vec<&str> = text.split('\n').collect();
                let i = line % lines.len();
                let mut out = lines[..=i].join("\n");
                out.push('\n');
                out.push_str(&lines[i..].join("\n"));
                chars = out.chars().collect();
            }
        }
    }
    chars.into_iter().collect()
}

fn inputs() -> impl Strategy<Value = String> {
    let seeds = seeds();
    let n = seeds.len();
    prop_oneof![
        8 => (0..n, proptest::collection::vec(edit(), 1..10))
            .prop_map(move |(i, edits)| apply(seeds[i], &edits)),
        1 => any::<String>(),
        1 => proptest::collection::vec(0..TOKENS.len(), 0..60)
            .prop_map(|ts| ts.iter().map(|t| TOKENS[*t]).collect::<Vec<_>>().join(" ")),
    ]
}

const FILE: &str = "fuzz.toml";

/// The property: no panic (the runner catches one and fails the case), a one-line error that
/// names the file and a line and column inside the text, or a config that holds up.
fn check(text: &str) -> Result<(), String> {
    match Config::parse(text, Source::File(PathBuf::from(FILE))) {
        Err(e) => {
            let msg = e.to_string();
            if msg.contains('\n') || msg.contains('\r') {
                return Err(format!("the error spans lines: {msg:?}"));
            }
            let mut parts = msg.splitn(4, ':');
            let (file, line, col, rest) = (parts.next(), parts.next(), parts.next(), parts.next());
            if file != Some(FILE) {
                return Err(format!("the error does not name the file: {msg:?}"));
            }
            let line: usize = line
                .and_then(|l| l.parse().ok())
                .ok_or_else(|| format!("no line number: {msg:?}"))?;
            let col: usize = col
                .and_then(|c| c.parse().ok())
                .ok_or_else(|| format!("no column: {msg:?}"))?;
            let lines = text.split('\n').count();
            if line == 0 || line > lines || col == 0 {
                return Err(format!(
                    "line {line}, column {col} is outside the text ({lines} lines): {msg:?}"
                ));
            }
            let rest = rest.unwrap_or_default();
            if rest.trim().is_empty() {
                return Err(format!("the error says nothing: {msg:?}"));
            }
            // Pointing into the value of a `key = value` line, it names the key.
            let at_line = text.split('\n').nth(line - 1).unwrap_or_default();
            let before: String = at_line.chars().take(col - 1).collect();
            if let Some((key, _)) = before.split_once('=') {
                let key = key.trim().trim_matches('"');
                let plain = !key.is_empty()
                    && key
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'));
                if plain && !rest.contains(key) {
                    return Err(format!("the error does not name the key `{key}`: {msg:?}"));
                }
            }
            Ok(())
        }
        Ok(c) => {
            let s = &c.settings;
            let ok = (Duration::from_secs(1)..=Duration::from_secs(86_400)).contains(&s.interval)
                && s.thresholds.failure >= 1
                && s.thresholds.recovery >= 1
                && !(c.services.is_empty() && c.baseline.is_empty());
            if !ok {
                return Err(format!("accepted settings out of range: {s:?}"));
            }
            for check in c
                .baseline
                .iter()
                .chain(c.services.iter().flat_map(|s| s.checks.iter()))
            {
                let name_ok = !check.name.is_empty() && check.name.chars().count() <= 64;
                let timeout_ok = (Duration::from_millis(100)..=Duration::from_secs(300))
                    .contains(&check.timeout);
                let probe_ok = match &check.probe {
                    ProbeSpec::Handshake(h) => {
                        h.url.host_str().is_some()
                            && h.max_redirects <= 5
                            && (!h.insecure || h.url.scheme() == "https")
                    }
                    ProbeSpec::Stream(st) => st.url.host_str().is_some() && st.bytes.0 >= 1,
                    ProbeSpec::Tcp(t) => t.port >= 1 && !t.host.is_empty(),
                    // Plain HTTP, and only ever in the baseline.
                    ProbeSpec::Captive(cp) => {
                        cp.url.scheme() == "http"
                            && c.baseline.iter().any(|b| std::ptr::eq(b, check))
                    }
                    // apresolve over https, and at most six access points to fall back to.
                    ProbeSpec::SpotifyAp(ap) => {
                        ap.url.scheme() == "https"
                            && !ap.fallback.is_empty()
                            && ap.fallback.len() <= 6
                            && ap.fallback.iter().all(|a| a.port >= 1)
                    }
                };
                if !(name_ok && timeout_ok && probe_ok) {
                    return Err(format!("accepted a check out of range: {check:?}"));
                }
            }
            Ok(())
        }
    }
}

fn regressions_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions")
}

/// Runs the fuzzer for `cases`, or for `DOWNBEAT_FUZZ_SECS` seconds when set. A failure is
/// shrunk by proptest, saved to `tests/fuzz-regressions/`, and fails the test.
#[test]
fn config_loader_never_panics() {
    let secs: Option<u64> = std::env::var("DOWNBEAT_FUZZ_SECS")
        .ok()
        .and_then(|s| s.parse().ok());
    let until = secs.map(|s| Instant::now() + Duration::from_secs(s));
    let batch = if until.is_some() { 20_000 } else { 3_000 };
    let started = Instant::now();
    let mut total = 0u64;
    loop {
        let mut runner = TestRunner::new(RunnerConfig {
            cases: batch,
            failure_persistence: None,
            ..RunnerConfig::default()
        });
        let result = runner.run(&inputs(), |text| {
            check(&text).map_err(|why| TestCaseError::fail(format!("{why}\ninput: {text:?}")))
        });
        total += u64::from(batch);
        if let Err(e) = result {
            let text = match &e {
                proptest::test_runner::TestError::Fail(_, v) => v.clone(),
                proptest::test_runner::TestError::Abort(_) => String::new(),
            };
            let dir = regressions_dir();
            let _ = std::fs::create_dir_all(&dir);
            let path = dir.join(format!("found-{}.toml", text.len()));
            let _ = std::fs::write(&path, &text);
            panic!(
                "the config fuzzer failed (input saved to {}): {e}",
                path.display()
            );
        }
        match until {
            Some(t) if Instant::now() < t => {
                println!(
                    "config fuzz: {total} inputs, {:.0} s, no failure",
                    started.elapsed().as_secs_f64()
                );
            }
            _ => break,
        }
    }
    println!(
        "config fuzz: {total} inputs in {:.1} s, no failure",
        started.elapsed().as_secs_f64()
    );
}

/// Inputs kept from earlier fuzzing, and hand-made edge cases, all hold the property.
#[test]
fn fuzz_regressions_hold() {
    let mut n = 0;
    for entry in std::fs::read_dir(regressions_dir()).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        if let Err(why) = check(&text) {
            panic!("{}: {why}", path.display());
        }
        n += 1;
    }
    assert!(n > 0, "no regression inputs found");
}
