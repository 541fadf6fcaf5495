#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;

use super::*;

const HAND_WRITTEN: &str = r#"# My Downbeat config. Keep this comment.
[settings]
interval = "2m"   # every two minutes, please

# The one I pay for.
[[service]]
preset = "spotify"

[[service.check]]   # my correction
name = "audio CDN"
url = "https://audio.example.test/"
expect_status = "200-499"

[[service]]
name = "Intranet radio"
[[service.check]]
name = "stream"
url = "https://radio.example.test/"
expect_status = "200-299"

[[service]]
name = "Fancy"
[[service.check]]
name = "a"
kind = "tcp"
host = "fancy.example.test"
port = 443
"#;

fn path() -> PathBuf {
    PathBuf::from("/nonexistent/downbeat/config.toml")
}

#[test]
fn the_form_reads_what_the_file_says() {
    let doc: DocumentMut = HAND_WRITTEN.parse().unwrap();
    let f = form_of(&doc);
    assert_eq!(f.interval, "2m");
    assert!(f.notify_down && f.notify_recovered && f.notify_offline && !f.notify_degraded);
    assert!(f.baseline);
    assert_eq!(
        f.services,
        [
            FormService::Preset {
                preset: "spotify".into(),
                name: "Spotify".into()
            },
            FormService::Custom {
                name: "Intranet radio".into(),
                url: "https://radio.example.test/".into(),
                expect_status: "200-299".into()
            },
            FormService::Other {
                name: "Fancy".into()
            },
        ]
    );
    // An empty file is the built-in default: Spotify, every minute.
    let f = form_of(&"".parse().unwrap());
    assert_eq!(f.interval, "60s");
    assert_eq!(f.services.len(), 1);
}

#[test]
fn saving_keeps_comments_corrections_and_what_the_form_does_not_know() {
    let doc: DocumentMut = HAND_WRITTEN.parse().unwrap();
    let mut f = form_of(&doc);
    f.services.push(FormService::Preset {
        preset: "deezer".into(),
        name: "Deezer".into(),
    });
    f.notify_degraded = true;
    f.interval = "5m".into();
    let out = apply(HAND_WRITTEN, &f, &path()).unwrap();
    for kept in [
        "# My Downbeat config. Keep this comment.",
        "# every two minutes, please",
        "# The one I pay for.",
        "# my correction",
        "url = \"https://audio.example.test/\"",
        "host = \"fancy.example.test\"",
    ] {
        assert!(out.contains(kept), "{kept} is lost:\n{out}");
    }
    assert!(out.contains("interval = \"5m\""), "{out}");
    assert!(out.contains("notify_degraded = true"), "{out}");
    assert!(out.contains("preset = \"deezer\""), "{out}");
    // Untouched defaults stay unwritten.
    assert!(!out.contains("notify_down"), "{out}");
    let c = Config::parse(&out, Source::BuiltIn).unwrap();
    let names: Vec<&str> = c.services.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Spotify", "Intranet radio", "Fancy", "Deezer"]);
    assert_eq!(c.settings.interval, std::time::Duration::from_secs(300));
    // The form read back is the form saved.
    assert_eq!(form_of(&out.parse().unwrap()), f);
}

#[test]
fn removing_and_adding_services_and_the_baseline_switch() {
    let doc: DocumentMut = HAND_WRITTEN.parse().unwrap();
    let mut f = form_of(&doc);
    f.services
        .retain(|s| !matches!(s, FormService::Other { .. }));
    f.services.push(FormService::Custom {
        name: "Work radio".into(),
        url: "https://work.example.test/live".into(),
        expect_status: "200-299".into(),
    });
    f.baseline = false;
    f.remind_every = Some("30m".into());
    let out = apply(HAND_WRITTEN, &f, &path()).unwrap();
    assert!(!out.contains("Fancy"), "{out}");
    let c = Config::parse(&out, Source::BuiltIn).unwrap();
    assert!(c.baseline.is_empty(), "the baseline is off");
    assert_eq!(c.services[2].name, "Work radio");
    assert_eq!(
        c.settings.notify.remind_every,
        Some(std::time::Duration::from_secs(1800))
    );
    f.remind_every = None;
    let again = apply(&out, &f, &path()).unwrap();
    assert!(!again.contains("remind_every"), "{again}");
}

/// Every bad value is refused at its own field, in the loader's words, and nothing is written.
#[test]
fn a_bad_value_is_named_at_its_field() {
    let base = form_of(&HAND_WRITTEN.parse().unwrap());
    let custom = |url: &str, status: &str| FormService::Custom {
        name: "X".into(),
        url: url.into(),
        expect_status: status.into(),
    };
    let table: Vec<(&str, Form, &str, &str)> = vec![
        (
            "a host and port without https://",
            Form {
                services: vec![custom("music.test:18443/health", "200")],
                ..base.clone()
            },
            "services.0.url",
            "URL: invalid URL \"music.test:18443/health\": add https:// at the start, like \"https://music.test:18443/health\"",
        ),
        (
            "interval",
            Form {
                interval: "soon".into(),
                ..base.clone()
            },
            "interval",
            "Check every: invalid duration",
        ),
        (
            "too short",
            Form {
                interval: "10ms".into(),
                ..base.clone()
            },
            "interval",
            "Check every: must be from 1s to 24h",
        ),
        (
            "reminders",
            Form {
                remind_every: Some("5s".into()),
                ..base.clone()
            },
            "remind_every",
            "Remind every: must be from 1m to 24h",
        ),
        (
            "url",
            Form {
                services: vec![custom("not a url", "200")],
                ..base.clone()
            },
            "services.0.url",
            "URL: ",
        ),
        (
            "plain http",
            Form {
                services: vec![custom("http://x.test/", "200")],
                ..base.clone()
            },
            "services.0.url",
            "URL: a custom service's URL must start with https://",
        ),
        (
            "status",
            Form {
                services: vec![custom("https://x.test/", "200-999")],
                ..base.clone()
            },
            "services.0.expect_status",
            "Expected status: ",
        ),
        (
            "twice",
            Form {
                services: vec![
                    custom("https://x.test/", "200"),
                    custom("https://y.test/", "200"),
                ],
                ..base.clone()
            },
            "services.1.name",
            "already",
        ),
        (
            "none",
            Form {
                services: vec![],
                ..base
            },
            "services",
            "at least one",
        ),
    ];
    for (what, form, field, words) in table {
        match apply(HAND_WRITTEN, &form, &path()) {
            Err(SaveError::Field { field: f, message }) => {
                let message = message.to_string();
                assert_eq!(f, field, "{what}: {message}");
                assert!(message.contains(words), "{what}: {message}");
                assert!(!message.contains("line"), "{what}: no position: {message}");
            }
            other => panic!("{what}: {other:?}"),
        }
    }
}

#[test]
fn a_file_broken_by_hand_is_never_saved_over() {
    let broken = "[settings]\ninterval = \"2m\"\nfailure_threshold = \"two\"\n";
    let f = form_of(&"".parse().unwrap());
    match apply(broken, &f, &path()) {
        Err(SaveError::Broken { message }) => {
            let message = message.to_string();
            assert!(message.contains("config.toml:3:"), "{message}");
            assert!(message.contains("not saved over it"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("config.toml");
    std::fs::write(&p, broken).unwrap();
    assert!(read(&p).is_err(), "the window shows the error, not a form");
    assert!(save(&p, &f).is_err());
    assert_eq!(std::fs::read_to_string(&p).unwrap(), broken, "untouched");
}

#[test]
fn save_writes_a_new_file_whole() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("sub").join("config.toml");
    let mut f = read(&p).unwrap();
    f.services = vec![FormService::Preset {
        preset: "tidal".into(),
        name: "TIDAL".into(),
    }];
    save(&p, &f).unwrap();
    assert_eq!(read(&p).unwrap(), f);
    let left: Vec<_> = std::fs::read_dir(p.parent().unwrap()).unwrap().collect();
    assert_eq!(left.len(), 1, "no temporary file left");
}

/// The outside view's three settings: asking elsewhere off is `outside_view = ""` and on again
/// the default; the country and the token are written as given (or removed when emptied); a
/// country that isn't a two-letter code is named at its field.
#[test]
fn the_outside_views_settings_round_trip() {
    let base = form_of(&HAND_WRITTEN.parse().unwrap());
    assert!(base.ask_elsewhere);
    assert!(base.learn_provider);
    let off = Form {
        ask_elsewhere: false,
        learn_provider: false,
        country: "gb".into(),
        outside_view_token: "tok".into(),
        ..base.clone()
    };
    let text = apply(HAND_WRITTEN, &off, &path()).unwrap();
    assert!(text.contains("outside_view = \"\""), "{text}");
    assert!(text.contains("country = \"gb\""), "{text}");
    let config = Config::parse(&text, Source::BuiltIn).unwrap();
    assert_eq!(config.settings.outside_view, None);
    assert_eq!(config.settings.network_lookup, None);
    assert!(text.contains("network_lookup = \"\""), "{text}");
    assert_eq!(config.settings.country.as_deref(), Some("GB"));
    let back = form_of(&text.parse().unwrap());
    assert_eq!((back.ask_elsewhere, back.country.as_str()), (false, "gb"));
    assert!(!back.learn_provider);
    let on = Form {
        ask_elsewhere: true,
        learn_provider: true,
        country: String::new(),
        outside_view_token: String::new(),
        ..back
    };
    let text = apply(&text, &on, &path()).unwrap();
    assert!(
        !text.contains("outside_view")
            && !text.contains("country")
            && !text.contains("network_lookup"),
        "{text}"
    );
    match apply(
        HAND_WRITTEN,
        &Form {
            country: "England".into(),
            ..base
        },
        &path(),
    ) {
        Err(SaveError::Field { field, message }) => {
            let message = message.to_string();
            assert_eq!(field, "country");
            assert!(
                message.starts_with("Country: invalid country \"England\""),
                "{message}"
            );
        }
        other => panic!("{other:?}"),
    }
}

/// Saving writes only what the form changed: a custom service left alone keeps its text
/// exactly, with no default written into it (issue 30: `expect_status = "200-399"` appeared in
/// a check that left it out), and an edited URL is written alone, keeping its comment.
#[test]
fn an_untouched_custom_service_keeps_its_text() {
    const FILE: &str = r#"[settings]
interval = "2m"

[[service]]
name = "Intranet radio"
[[service.check]]
name = "stream"
url = "https://radio.example.test/"   # the office's own

[[service]]
name = "Coded"
[[service.check]]
name = "front"
url = "https://coded.example.test/"
expect_status = 204
"#;
    let mut f = form_of(&FILE.parse().unwrap());
    assert_eq!(
        f.services,
        [
            FormService::Custom {
                name: "Intranet radio".into(),
                url: "https://radio.example.test/".into(),
                expect_status: "200-399".into()
            },
            FormService::Custom {
                name: "Coded".into(),
                url: "https://coded.example.test/".into(),
                expect_status: "204".into()
            },
        ]
    );
    f.interval = "5m".into();
    let out = apply(FILE, &f, &path()).unwrap();
    assert_eq!(out, FILE.replace("\"2m\"", "\"5m\""));
    if let FormService::Custom { url, .. } = &mut f.services[0] {
        *url = "https://radio2.example.test/".into();
    }
    let out = apply(FILE, &f, &path()).unwrap();
    assert_eq!(
        out,
        FILE.replace("\"2m\"", "\"5m\"")
            .replace("radio.example", "radio2.example")
    );
    // A status changed is written, in place of the file's.
    if let FormService::Custom { expect_status, .. } = &mut f.services[1] {
        *expect_status = "200-299".into();
    }
    let out = apply(&out, &f, &path()).unwrap();
    assert!(out.contains("expect_status = \"200-299\""), "{out}");
    assert!(!out.contains("expect_status = 204"), "{out}");
    assert_eq!(out.matches("expect_status").count(), 1, "{out}");
}

/// The language round-trips through the form: read as the file has it ("auto" when it has
/// none), written when changed, removed when set back to "auto", and an unknown code is named
/// at its field.
#[test]
fn the_language_round_trips() {
    let base = form_of(&HAND_WRITTEN.parse().unwrap());
    assert_eq!(base.language, AUTO);
    let de = Form {
        language: "de".into(),
        ..base.clone()
    };
    let text = apply(HAND_WRITTEN, &de, &path()).unwrap();
    assert!(text.contains("language = \"de\""), "{text}");
    assert!(
        text.contains("interval = \"2m\"   # every two minutes, please"),
        "{text}"
    );
    let config = Config::parse(&text, Source::BuiltIn).unwrap();
    assert_eq!(config.settings.language.as_deref(), Some("de"));
    let back = form_of(&text.parse().unwrap());
    assert_eq!(back, de, "read back as saved");
    assert_eq!(
        apply(&text, &back, &path()).unwrap(),
        text,
        "unchanged, untouched"
    );
    let text = apply(
        &text,
        &Form {
            language: AUTO.into(),
            ..back
        },
        &path(),
    )
    .unwrap();
    assert!(!text.contains("language"), "{text}");
    match apply(
        HAND_WRITTEN,
        &Form {
            language: "xx".into(),
            ..base
        },
        &path(),
    ) {
        Err(SaveError::Field { field, message }) => {
            let message = message.to_string();
            assert_eq!(field, "language");
            assert!(
                message.starts_with("Language: unknown language \"xx\": the languages are en,"),
                "{message}"
            );
        }
        other => panic!("{other:?}"),
    }
    let listed = languages();
    assert_eq!(listed.len(), crate::view::i18n::LANGUAGES.len());
    assert_eq!(listed[0].code, "en");
    assert_eq!(listed[0].name, "English");
}
