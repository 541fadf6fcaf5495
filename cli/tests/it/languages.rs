//! Every language through the real `downbeat check` (#33): with `LANG` set to each language,
//! the loopback worlds' verdicts are said in that language and their codes are unchanged; the
//! config's `language` wins over `LANG`; an unknown locale is English, with no error.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use downbeat_testkit as support;

use std::path::Path;
use std::process::Output;

use downbeat::view::i18n::LANGUAGES;
use serde_json::{json, Value};
use support::world::{self, World};

const BIN: &str = env!("CARGO_BIN_EXE_downbeat");

/// The worlds of the acceptance: all up, a 503, offline, a DNS filter, a captive portal and a
/// wrong clock.
const WORLDS: [&str; 6] = [
    "all is well",
    "the service answers 503: them",
    "nothing answers at all",
    "a DNS filter answers NXDOMAIN",
    "a captive portal redirects HTTP and intercepts HTTPS",
    "the clock runs ahead, and a site's Date says so",
];

async fn check(config: &Path, locale: &str, json: bool) -> Output {
    let mut cmd = tokio::process::Command::new(BIN);
    cmd.arg("check");
    if json {
        cmd.arg("--json");
    }
    cmd.arg("--config")
        .arg(config)
        .env("NO_COLOR", "1")
        .env("LANG", locale)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE");
    cmd.output().await.unwrap()
}

fn doc(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

/// What a machine reads of `check --json`: the codes, never the words.
fn codes(d: &Value) -> Value {
    let v = &d["verdict"];
    let services: Vec<Value> = d["services"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let checks: Vec<Value> = s["checks"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| json!([c["name"], c["kind"], c["status"], c["diagnosis"]]))
                .collect();
            json!([s["name"], s["status"], s["cause"], checks])
        })
        .collect();
    json!([v["status"], v["cause"], v["blame"], services])
}

/// A POSIX locale for a language: "de_DE.UTF-8"-like ("de.UTF-8", "pt_BR.UTF-8").
fn locale(code: &str) -> String {
    format!("{}.UTF-8", code.replace('-', "_"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn check_says_each_world_in_every_language_with_the_same_codes() {
    let mut table = String::new();
    for what in WORLDS {
        let case = world::scenarios()
            .into_iter()
            .find(|s| s.what == what)
            .unwrap();
        let w = World::new().await;
        (case.set)(&w);
        let config = w.config(&case.opts);
        let english = check(&config, "C.UTF-8", true).await;
        let english_doc = doc(&english);
        let english_summary = english_doc["verdict"]["summary"]
            .as_str()
            .unwrap()
            .to_owned();
        assert_eq!(english_doc["verdict"]["cause"], case.cause, "{what}");
        for lang in LANGUAGES.iter().filter(|l| l.code != "en") {
            let out = check(&config, &locale(lang.code), true).await;
            let d = doc(&out);
            let summary = d["verdict"]["summary"].as_str().unwrap();
            assert_eq!(codes(&d), codes(&english_doc), "{what} in {}", lang.code);
            assert_eq!(
                out.status.code(),
                english.status.code(),
                "{what} in {}",
                lang.code
            );
            assert!(
                !summary.contains('{') && !summary.is_empty(),
                "{what} in {}: {summary}",
                lang.code
            );
            if lang.code != "en-GB" {
                assert_ne!(
                    summary, english_summary,
                    "{what} in {} is English",
                    lang.code
                );
            }
            // The text a person reads, too.
            let text = check(&config, &locale(lang.code), false).await;
            let text = String::from_utf8_lossy(&text.stdout);
            assert!(
                text.contains(summary) && !text.contains(&english_summary) || lang.code == "en-GB",
                "{what} in {}: {text}",
                lang.code
            );
            table.push_str(&format!("{:<6} {what:<55} {summary}\n", lang.code));
        }
    }
    // Read it aloud: cargo test -p downbeat-cli --test it languages -- --nocapture
    println!("{table}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_setting_wins_over_lang_and_an_unknown_locale_is_english() {
    let case = world::scenarios()
        .into_iter()
        .find(|s| s.what == "the service answers 503: them")
        .unwrap();
    let w = World::new().await;
    (case.set)(&w);
    let config = w.config(&case.opts);
    let french = doc(&check(&config, "fr_FR.UTF-8", true).await);
    let english = doc(&check(&config, "C.UTF-8", true).await);

    // language = "fr" in the file, LANG=de_DE.UTF-8: French.
    let text = std::fs::read_to_string(&config).unwrap();
    let with_setting = config.with_file_name("french.toml");
    let text = if text.contains("[settings]\n") {
        text.replacen("[settings]\n", "[settings]\nlanguage = \"fr\"\n", 1)
    } else {
        format!("[settings]\nlanguage = \"fr\"\n{text}")
    };
    std::fs::write(&with_setting, text).unwrap();
    let out = check(&with_setting, "de_DE.UTF-8", true).await;
    assert_eq!(
        doc(&out)["verdict"]["summary"],
        french["verdict"]["summary"],
        "the setting wins"
    );

    // LANG=xx_XX: English, and not a word about it.
    let out = check(&config, "xx_XX", true).await;
    assert_eq!(
        doc(&out)["verdict"]["summary"],
        english["verdict"]["summary"]
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
