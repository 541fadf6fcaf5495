use super::*;

fn parse(text: &str) -> Result<Config, Error> {
    Config::parse(text, Source::File(PathBuf::from("test.toml")))
}

fn err(text: &str) -> String {
    match parse(text) {
        Ok(_) => panic!("expected an error for:\n{text}"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn builtin_is_spotify_and_baseline() {
    let c = Config::builtin().unwrap();
    assert_eq!(c.services.len(), 1);
    assert_eq!(c.services[0].name, "Spotify");
    assert!(c.services[0].checks.len() >= 4);
    assert!(c.services[0]
        .checks
        .iter()
        .any(|c| c.kind() == CheckKind::Stream));
    // The access point is checked with Spotify's own hello, verified with Spotify's key.
    let ap = c.services[0]
        .checks
        .iter()
        .find(|c| c.name == "access point")
        .unwrap();
    let ProbeSpec::SpotifyAp(spec) = &ap.probe else {
        panic!("not spotify_ap: {ap:?}");
    };
    assert_eq!(
        spec.url.as_str(),
        "https://apresolve.spotify.com/?type=accesspoint"
    );
    assert_eq!(
        spec.fallback
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>(),
        ["ap.spotify.com:443", "ap.spotify.com:80"]
    );
    assert!(!spec.key.test && !ap.insecure());
    // Its checks gathered by what they serve.
    let groups: Vec<&str> = c.services[0]
        .groups
        .iter()
        .map(|g| g.name.as_str())
        .collect();
    assert_eq!(groups, ["the Spotify apps", "the web player", "login"]);
    assert!(c.services[0].groups[0]
        .checks
        .contains(&"access point".to_owned()));
    assert!(c.baseline.len() >= 2);
    assert_eq!(c.settings, Settings::default());
}

/// Mistakes people make, answered with what to write instead.
#[test]
fn common_mistakes_say_what_to_write() {
    let table = [
        (
            "[settings]\ninterval = 60\n",
            "test.toml:2:12: interval: a duration needs a unit, in quotes: write \"60s\" for 60 seconds",
        ),
        (
            "[settings]\ntimeout = 1.5\n",
            "test.toml:2:11: timeout: a duration needs a whole number and a unit, in quotes, like \"30s\" or \"500ms\", not 1.5",
        ),
        (
            "[settings]\ninterval = true\n",
            "test.toml:2:12: interval: expected a duration in quotes, like \"30s\", not true",
        ),
        (
            "[[service]]\nname = \"X\"\n[[service.check]]\nname = \"a\"\nkind = \"http\"\nurl = \"https://x.test/\"\n",
            "test.toml:5:8: kind: \"http\" is not one of handshake, stream, tcp, captive or spotify_ap (a web check over HTTP or HTTPS is handshake, the default)",
        ),
    ];
    for (text, want) in table {
        assert_eq!(err(text), want, "{text}");
    }
    // A duration in quotes still loads, and out of range still says the range.
    assert!(err("[settings]\ninterval = \"0s\"\n").contains("must be from 1s to 24h"));
}

#[test]
fn full_config() {
    let c = parse(
        r#"
[settings]
interval = "30s"
timeout = "5s"
failure_threshold = 3
slow_ms = 800
cert_warn_days = 7
dns_servers = ["127.0.0.1:5353"]
[settings.resolve]
"Spotify.Test" = "127.0.0.1"

[[baseline]]
name = "local"
url = "https://base.test:8443/"

[[service]]
name = "Tunes"
[[service.check]]
name = "front"
url = "https://tunes.test:9443/health"
expect_status = [200, "300-302"]
expect_body = "ok"
[[service.check]]
name = "cdn"
kind = "stream"
url = "https://cdn.tunes.test/file"
bytes = 1024
min_kbps = 100
timeout = "2s"
[[service.check]]
name = "ap"
host = "ap.tunes.test"
port = 4070
"#,
    )
    .unwrap();
    assert_eq!(c.settings.interval, Duration::from_secs(30));
    assert_eq!(c.settings.thresholds.failure, 3);
    assert_eq!(
        c.settings.resolve.get("spotify.test"),
        Some(&IpAddr::from([127, 0, 0, 1]))
    );
    let checks = &c.services[0].checks;
    assert_eq!(checks.len(), 3);
    assert_eq!(checks[1].timeout, Duration::from_secs(2));
    assert_eq!(checks[0].timeout, Duration::from_secs(5));
    assert_eq!(checks[2].kind(), CheckKind::Tcp);
    match &checks[0].probe {
        ProbeSpec::Handshake(h) => {
            assert!(h.expect_status.contains(301) && !h.expect_status.contains(303));
            assert_eq!(h.url.port(), Some(9443));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn preset_checks_can_be_replaced_by_name() {
    let c = parse(
        r#"
baseline = []
[[service]]
preset = "spotify"
[[service.check]]
name = "login"
url = "https://login.example.test/"
"#,
    )
    .unwrap();
    let s = &c.services[0];
    assert_eq!(s.name, "Spotify");
    let login: Vec<_> = s.checks.iter().filter(|c| c.name == "login").collect();
    assert_eq!(login.len(), 1);
    match &login[0].probe {
        ProbeSpec::Handshake(h) => assert_eq!(h.url.host_str(), Some("login.example.test")),
        other => panic!("{other:?}"),
    }
    assert!(c.baseline.is_empty());
}

#[test]
fn errors_name_file_line_and_column() {
    let e = err("[settings]\ninterval = \"3x\"\n");
    assert!(
        e.starts_with("test.toml:2:12: interval: invalid duration \"3x\""),
        "{e}"
    );
    let e = err("[settings]\nintervall = \"3s\"\n");
    assert!(
        e.starts_with("test.toml:2:1: unknown key `intervall`: did you mean `interval`?"),
        "{e}"
    );
    let e = err("[[service]]\nname = \"x\"\n[[service.check]]\nname = \"a\"\nurl = \"https://x.test/\"\nexpect_stauts = 200\n");
    assert!(e.contains("did you mean `expect_status`?"), "{e}");
    let e = err("[settings]\nzzz = 1\n");
    assert!(
        e.contains("unknown key `zzz` (valid here: interval, timeout,"),
        "{e}"
    );
    let e = err("[[service]]\nname = \"x\"\n[[service.check]]\nname = \"a\"\nurl = \"ftp://x\"\n");
    assert!(e.starts_with("test.toml:5:7: url: invalid URL"), "{e}");
    let e = err("[settings]\ntimeout = \"10m\"\n");
    assert!(e.starts_with("test.toml:2:11: timeout must be"), "{e}");
    let e = err("[settings]\nfailure_threshold = 0\n");
    assert!(
        e.contains("test.toml:2:21: failure_threshold: 0 is out of range"),
        "{e}"
    );
    let e = err("[[service]]\nname = \"x\"\n[[service.check]]\nname = \"a\"\nkind = \"tcp\"\nhost = \"h\"\n");
    assert!(e.contains("needs `host` and `port`"), "{e}");
    let e = err("[settings]\nca_file = \"/nonexistent/ca.pem\"\n");
    assert!(
        e.starts_with("test.toml:2:11: ca_file: CA file /nonexistent/ca.pem"),
        "{e}"
    );
    let e = err("[[service]]\npreset = \"napster\"\n");
    assert!(e.contains("unknown preset \"napster\""), "{e}");
    // A bad value with a carriage return or a terminal escape in it is quoted, escaped.
    let e = err("[[baseline]]\nname = \"a\"\nurl = \"https\\r\\u001b[31mred\"\n");
    assert!(e.starts_with("test.toml:3:7: url: invalid URL"), "{e}");
    assert!(
        !e.contains(['\r', '\u{1b}']) && e.contains("\\u{d}"),
        "{e:?}"
    );
    // serde's and toml's own words, said plainly.
    let e = err("[settings]\nfailure_threshold = \"2\"\n");
    assert_eq!(
        e,
        "test.toml:2:21: failure_threshold: expected a whole number, not the text \"2\" (write numbers without quotes)"
    );
    let e = err("[settings]\nnotify_degraded = \"yes\"\n");
    assert!(
        e.ends_with("notify_degraded: expected true or false, not the text \"yes\""),
        "{e}"
    );
    let e = err("[service]\nname = \"x\"\n");
    assert_eq!(
        e,
        "test.toml:1:1: [service] must be written [[service]], with double brackets: each [[service]] adds one to a list"
    );
    let e = err("[[service]]\nname = \"x\"\n[service.check]\nname = \"a\"\n");
    assert!(
        e.contains("[service.check] must be written [[service.check]]"),
        "{e}"
    );
    let e = err("[[service]]\nname = \"x\"\nname = \"y\"\n");
    assert_eq!(
        e,
        "test.toml:3:1: duplicate key `name`: it is already set in this table"
    );
    let e = err("[settings]\n[settings]\n");
    assert!(e.ends_with("the table [settings] is given twice"), "{e}");
    let e = err("[[baseline]]\nname = \"a\"\nurl = \"x.example\"\n");
    assert!(
        e.ends_with(
            "url: invalid URL \"x.example\": it needs a scheme, like \"https://x.example\""
        ),
        "{e}"
    );
    let e = err("this is not toml");
    assert!(e.starts_with("test.toml:1:"), "{e}");
    // A country the ISO table doesn't know, and the usual slip.
    let e = err("[settings]\ncountry = \"XX\"\n");
    assert!(
        e.starts_with("test.toml:2:11: invalid country \"XX\": write a two-letter ISO 3166 code"),
        "{e}"
    );
    let e = err("[settings]\ncountry = \"uk\"\n");
    assert!(
        e.ends_with("invalid country \"uk\": the United Kingdom's ISO 3166 code is \"GB\""),
        "{e}"
    );
}

#[test]
fn out_of_range_values_are_rejected_at_load() {
    let check = |extra: &str| {
        format!("[[service]]\nname = \"x\"\n[[service.check]]\nname = \"a\"\n{extra}\n")
    };
    let https = |extra: &str| check(&format!("url = \"https://x.test/\"\n{extra}"));
    let stream = |extra: &str| {
        check(&format!(
            "kind = \"stream\"\nurl = \"https://x.test/\"\n{extra}"
        ))
    };
    let tcp = |extra: &str| check(&format!("host = \"x.test\"\n{extra}"));
    let settings = |line: &str| format!("[settings]\n{line}\n");
    let cases: Vec<(String, &str)> = vec![
        (
            settings("interval = \"0s\""),
            "interval must be from 1s to 24h",
        ),
        (
            settings("interval = \"25h\""),
            "interval must be from 1s to 24h",
        ),
        (
            settings("interval = \"99999999999999999999s\""),
            "invalid duration",
        ),
        (settings("timeout = \"50ms\""), "timeout must be from 100ms"),
        (settings("failure_threshold = 101"), "101 is out of range"),
        (settings("recovery_threshold = 0"), "0 is out of range"),
        (settings("degraded_threshold = -1"), "-1 is out of range"),
        (settings("slow_ms = 0"), "0 is out of range"),
        (settings("cert_warn_days = 366"), "366 is out of range"),
        (settings("remind_every = \"30s\""), "remind_every must be"),
        (settings("backoff_max = \"0s\""), "backoff_max must be"),
        (settings("keep_raw = \"12h\""), "keep_raw must be"),
        (settings("keep_rollups = \"3651d\""), "keep_rollups must be"),
        (
            settings("dns_servers = [\"dns.example\"]"),
            "invalid DNS server",
        ),
        (
            "[settings.resolve]\n\"a.test\" = \"1.2.3\"\n".to_owned(),
            "invalid IP address",
        ),
        (tcp("port = 0"), "0 is out of range"),
        (tcp("port = 65536"), "65536 is out of range"),
        (stream("bytes = 0"), "0 is out of range"),
        (stream("bytes = 2147483648"), "out of range"),
        (stream("min_kbps = 0"), "0 is out of range"),
        (
            https("expect_status = 99"),
            "HTTP status 99 is out of range",
        ),
        (https("expect_status = \"300-200\""), "invalid status"),
        (
            https("max_redirects = 6"),
            "6 is out of range: it must be from 0 to 5",
        ),
        (https("timeout = \"301s\""), "timeout must be"),
        (check("url = \"https://\""), "invalid URL"),
        (check("url = \"https://x.test:99999/\""), "invalid URL"),
        (
            check("url = \"http://x.test/\"\ninsecure = true"),
            "`insecure` only applies to https URLs",
        ),
        (tcp("port = 1\ninsecure = true"), "`insecure` only applies"),
        (stream("max_redirects = 1"), "`max_redirects` only applies"),
    ];
    for (text, want) in cases {
        let e = err(&text);
        assert!(e.contains(want), "{text}\n=> {e}");
        // Every one names the file, line and column, on one line.
        let mut parts = e.splitn(4, ':');
        assert_eq!(parts.next(), Some("test.toml"), "{e}");
        assert!(parts.next().unwrap().parse::<usize>().is_ok(), "{e}");
        assert!(parts.next().unwrap().parse::<usize>().is_ok(), "{e}");
        assert!(!e.contains('\n'), "{e}");
    }
}

#[test]
fn insecure_checks_are_warned_about() {
    let c = parse(
        "baseline = []\n[[service]]\nname = \"Lab\"\n[[service.check]]\nname = \"front\"\nurl = \"https://lab.test/\"\ninsecure = true\nmax_redirects = 5\n",
    )
    .unwrap();
    assert!(c.services[0].checks[0].insecure());
    let w = c.warnings();
    assert_eq!(w.len(), 1);
    assert!(
        w[0].contains("Lab check \"front\" has insecure = true"),
        "{w:?}"
    );
    assert!(Config::builtin().unwrap().warnings().is_empty());
    let c = parse("[settings]\ninterval = \"5s\"\ntimeout = \"10s\"\n").unwrap();
    assert!(
        c.warnings()
            .iter()
            .any(|w| w.contains("timeout (10.0 s) longer than the interval (5.0 s)")),
        "{:?}",
        c.warnings()
    );
}

#[test]
fn an_empty_file_says_it_runs_the_defaults() {
    let c = parse("").unwrap();
    assert_eq!(c.services[0].name, "Spotify");
    let notes = c.notes();
    assert_eq!(notes.len(), 2, "{notes:?}");
    assert!(notes[0]
        .starts_with("test.toml has no [[service]], so the built-in Spotify preset is checked"));
    assert!(Config::builtin().unwrap().notes().is_empty());
    let c = parse("baseline = []\n[[service]]\npreset = \"spotify\"\n").unwrap();
    assert!(c.notes().is_empty());
}

#[test]
fn every_preset_parses() {
    for (name, text) in PRESETS {
        let f: file::PresetFile = toml::from_str(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(f.service.is_some() || f.baseline.is_some(), "{name}");
    }
}

/// Every service in the catalogue builds through the loader: its name is the catalogue's, it
/// has checks, and its groups cover every check.
#[test]
fn every_catalogue_service_loads_with_groups_over_all_its_checks() {
    for (preset, name) in CATALOGUE {
        let c = parse(&format!("[[service]]\npreset = \"{preset}\"\n"))
            .unwrap_or_else(|e| panic!("{preset}: {e}"));
        let svc = &c.services[0];
        assert_eq!(svc.name, name, "{preset}");
        assert!(svc.checks.len() >= 3, "{preset}");
        for check in &svc.checks {
            assert!(
                svc.groups.iter().any(|g| g.checks.contains(&check.name)),
                "{preset}: {} is in no group",
                check.name
            );
        }
    }
}

#[test]
fn the_users_side_checks_and_the_neutral_dns() {
    // The defaults: Cloudflare's and Google's DNS over HTTPS by IP; the preset says so.
    let c = Config::builtin().unwrap();
    let urls: Vec<String> = c
        .settings
        .reference_dns
        .iter()
        .map(|u| u.to_string())
        .collect();
    assert_eq!(urls, DEFAULT_REFERENCE_DNS);
    let preset = preset_text("baseline").unwrap();
    for u in DEFAULT_REFERENCE_DNS {
        assert!(preset.contains(u), "the baseline preset documents {u}");
    }
    let kinds: Vec<CheckKind> = c.baseline.iter().map(CheckSpec::kind).collect();
    assert_eq!(
        kinds.iter().filter(|k| **k == CheckKind::Captive).count(),
        2
    );
    assert!(kinds.contains(&CheckKind::Stream));

    let ok = parse(
        "[settings]\nreference_dns = [\"https://127.0.0.1:8443/dns-query\", \"https://[::1]/dns-query\"]\n",
    )
    .unwrap();
    assert_eq!(ok.settings.reference_dns.len(), 2);
    assert!(parse("[settings]\nreference_dns = []\n")
        .unwrap()
        .settings
        .reference_dns
        .is_empty());
    let e = err("[settings]\nreference_dns = [\"https://dns.google/dns-query\"]\n");
    assert!(
        e.starts_with("test.toml:2:17: reference_dns \"https://dns.google/dns-query\": give the server by IP address"),
        "{e}"
    );
    let e = err("[settings]\nreference_dns = [\"http://1.1.1.1/dns-query\"]\n");
    assert!(e.contains("needs an https URL"), "{e}");

    // A captive check: plain HTTP, in the baseline only, 204 unless told.
    let c = parse(
        "[[baseline]]\nname = \"p\"\nkind = \"captive\"\nurl = \"http://x.test/generate_204\"\n",
    )
    .unwrap();
    let ProbeSpec::Captive(cp) = &c.baseline[0].probe else {
        panic!("not captive: {:?}", c.baseline[0]);
    };
    assert!(cp.expect_status.contains(204) && !cp.expect_status.contains(200));
    let e = err("[[baseline]]\nname = \"p\"\nkind = \"captive\"\nurl = \"https://x.test/\"\n");
    assert!(
        e.contains("a captive check needs a plain-HTTP `url`"),
        "{e}"
    );
    let e = err("[[service]]\nname = \"S\"\n[[service.check]]\nname = \"p\"\nkind = \"captive\"\nurl = \"http://x.test/\"\n");
    assert!(e.contains("it belongs in the baseline"), "{e}");
}

#[test]
fn spotify_ap_checks_and_groups_are_validated_at_load() {
    let ap = |extra: &str| {
        format!("[[service]]\nname = \"S\"\n[[service.check]]\nname = \"ap\"\nkind = \"spotify_ap\"\n{extra}\n")
    };
    let c = parse(&ap("fallback = [\"ap1.test:4070\", \"[::1]:443\"]")).unwrap();
    let ProbeSpec::SpotifyAp(spec) = &c.services[0].checks[0].probe else {
        panic!("not spotify_ap");
    };
    assert_eq!(spec.fallback.len(), 2);
    for (text, want) in [
        (ap("fallback = [\"ap1.test\"]"), "test.toml:6:13: check \"ap\": fallback: \"ap1.test\" is not host:port"),
        (ap("url = \"http://apresolve.test/\""), "a spotify_ap check's `url` (apresolve) must be https"),
        (ap("host = \"x.test\""), "`host` does not apply to a spotify_ap check"),
        (ap("insecure = true"), "use `server_key` for a test imitation"),
        (ap("server_key = \"/nonexistent/key.pem\""), "test.toml:6:14: server_key: can't read /nonexistent/key.pem"),
        (ap("fallback = [\"a:1\",\"a:2\",\"a:3\",\"a:4\",\"a:5\",\"a:6\",\"a:7\"]"), "at most 6 fallback access points"),
        ("[[service]]\nname = \"S\"\n[[service.check]]\nname = \"a\"\nurl = \"https://x.test/\"\nfallback = [\"a:1\"]\n".to_owned(), "`fallback` only applies to spotify_ap checks"),
    ] {
        let e = err(&text);
        assert!(e.contains(want), "{e}\nwanted: {want}");
    }
    // A server_key file that is not a key.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("k.pem"), "not a key").unwrap();
    let path = dir.path().join("c.toml");
    std::fs::write(&path, ap("server_key = \"k.pem\"")).unwrap();
    let e = Config::from_file(&path).unwrap_err().to_string();
    assert!(
        e.contains("server_key:") && e.contains("is not a usable key: it holds no PEM block"),
        "{e}"
    );

    // Groups name checks of their own service, each check in one group.
    let svc = |groups: &str| {
        format!("[[service]]\nname = \"S\"\n[[service.check]]\nname = \"a\"\nurl = \"https://x.test/\"\n[[service.check]]\nname = \"b\"\nurl = \"https://y.test/\"\n{groups}")
    };
    let c = parse(&svc(
        "[[service.group]]\nname = \"the apps\"\nplural = true\nchecks = [\"a\"]\n",
    ))
    .unwrap();
    assert_eq!(c.services[0].groups[0].checks, ["a"]);
    assert!(c.services[0].groups[0].plural);
    let e = err(&svc(
        "[[service.group]]\nname = \"g\"\nchecks = [\"nope\"]\n",
    ));
    assert!(
        e.starts_with(
            "test.toml:11:11: checks: group \"g\": service \"S\" has no check named \"nope\""
        ),
        "{e}"
    );
    let e = err(&svc("[[service.group]]\nname = \"g\"\nchecks = [\"a\"]\n[[service.group]]\nname = \"h\"\nchecks = [\"a\"]\n"));
    assert!(e.contains("check \"a\" is already in group \"g\""), "{e}");
    let e = err(&svc(
        "[[service.group]]\nname = \"g\"\nchecks = [\"a\"]\ncolour = \"red\"\n",
    ));
    assert!(e.contains("unknown key `colour`"), "{e}");

    // A preset's group can be replaced by one of the same name.
    let c = parse("[[service]]\npreset = \"spotify\"\n[[service.group]]\nname = \"The web player\"\nchecks = [\"web player\"]\n").unwrap();
    let web = c.services[0]
        .groups
        .iter()
        .find(|g| g.name == "The web player")
        .unwrap();
    assert_eq!(web.checks, ["web player"]);
    assert_eq!(c.services[0].groups.len(), 3);
}

/// `[settings] language`: a code Downbeat speaks, kept as its list spells it; "auto" (or no
/// key) is the system's; anything else is an error at the value that lists the languages.
#[test]
fn the_language_is_one_downbeat_speaks() {
    let c = parse("baseline = []\n[settings]\nlanguage = \"fr\"\n").unwrap();
    assert_eq!(c.settings.language.as_deref(), Some("fr"));
    let c = parse("baseline = []\n[settings]\nlanguage = \"PT-br\"\n").unwrap();
    assert_eq!(c.settings.language.as_deref(), Some("pt-BR"));
    for auto in ["language = \"auto\"", "language = \"\"", ""] {
        let c = parse(&format!("baseline = []\n[settings]\n{auto}\n")).unwrap();
        assert_eq!(c.settings.language, None, "{auto}");
    }
    let e = err("[settings]\ninterval = \"1m\"\nlanguage = \"xx\"\n");
    assert!(
        e.starts_with("test.toml:3:12: unknown language \"xx\": the languages are en, en-GB, de,"),
        "{e}"
    );
    assert!(e.ends_with(" and nl, or \"auto\" for the system's"), "{e}");
    let e = err("[settings]\nlanguage = 5\n");
    assert_eq!(
        e,
        "test.toml:2:12: language: expected text in quotes, not the number 5 (put it in quotes)"
    );
}

/// A changed language is a settings change (a reload speaks it).
#[test]
fn a_changed_language_is_a_change() {
    let a = parse("baseline = []\n[settings]\nlanguage = \"de\"\n").unwrap();
    let b = parse("baseline = []\n").unwrap();
    assert_eq!(Changes::between(&a, &b).settings, ["language"]);
}

/// A built-in preset's words (its advice, its groups' names) come in the config's language;
/// the user's own stay as written.
#[test]
fn a_presets_words_follow_the_language() {
    let de = parse("[settings]\nlanguage = \"de\"\n[[service]]\npreset = \"spotify\"\n").unwrap();
    let s = &de.services[0];
    let names: Vec<&str> = s.groups.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(
        names,
        ["die Spotify-Apps", "der Web-Player", "die Anmeldung"]
    );
    assert_eq!(
        s.advice.as_deref(),
        Some("Heruntergeladene Musik läuft im Offline-Modus weiter.")
    );
    let own = parse(
        "[settings]\nlanguage = \"de\"\n[[service]]\npreset = \"spotify\"\nadvice = \"Mine.\"\n[[service.group]]\nname = \"Login\"\nchecks = [\"login\"]\n",
    )
    .unwrap();
    let s = &own.services[0];
    assert_eq!(s.advice.as_deref(), Some("Mine."));
    assert!(
        s.groups.iter().any(|g| g.name == "Login"),
        "a group the user renamed stays theirs"
    );
    let en = parse("[settings]\nlanguage = \"en\"\n[[service]]\npreset = \"spotify\"\n").unwrap();
    assert_eq!(en.services[0].groups[0].name, "the Spotify apps");
}
