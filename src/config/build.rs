//! From the file model to the runtime model: defaults, presets merged, cross-field rules, each
//! error located in the file.

use std::collections::HashSet;
use std::path::Path;
use std::time::Duration;

use toml::Spanned;

use super::file::{FileCheck, FileConfig, FileService, PresetFile};
use super::located::Located;
use super::{
    preset_text, CheckSpec, Config, Defaulted, ProbeSpec, ServiceSpec, Settings, Source, PRESETS,
};
use crate::error::Error;
use crate::model::{Arg, ByteCount, CheckKind, Group, Kbps, Message};
use crate::msg;
use crate::probe::{self, captive, handshake, spotify_ap, stream, tcp, StatusSet};

pub(super) fn build(
    file: FileConfig,
    at: &Located<'_>,
    base_dir: &Path,
    source: Source,
) -> Result<Config, Error> {
    let mut settings = Settings::default();
    let s = file.settings;
    // `baseline_checks = false`: no baseline at all, whatever `baseline` says (the settings
    // window's switch, which leaves the user's own baseline tables alone).
    let baseline_on = s.baseline_checks != Some(false);
    if let Some(v) = s.interval {
        settings.interval = v.get();
    }
    if let Some(v) = s.timeout {
        settings.timeout = v.get();
    }
    if let Some(v) = s.failure_threshold {
        settings.thresholds.failure = v.u32();
    }
    if let Some(v) = s.recovery_threshold {
        settings.thresholds.recovery = v.u32();
    }
    if let Some(v) = s.degraded_threshold {
        settings.thresholds.degraded = v.u32();
    }
    if let Some(v) = s.slow_ms {
        settings.slow = Duration::from_millis(v.u64());
    }
    if let Some(v) = s.cert_warn_days {
        settings.cert_warn_days = v.u32();
    }
    let n = &mut settings.notify;
    for (value, field) in [
        (s.notify_down, &mut n.down),
        (s.notify_recovered, &mut n.recovered),
        (s.notify_degraded, &mut n.degraded),
        (s.notify_offline, &mut n.offline),
    ] {
        if let Some(v) = value {
            *field = v;
        }
    }
    if let Some(v) = s.remind_every {
        settings.notify.remind_every = Some(v.get());
    }
    if let Some(v) = s.backoff_max {
        settings.backoff_max = v.get();
    }
    if let Some(v) = s.keep_raw {
        settings.retention.raw = v.get();
    }
    if let Some(v) = s.keep_rollups {
        settings.retention.rollups = v.get();
    }
    if let Some(v) = s.dns_servers {
        settings.dns_servers = v.into_iter().map(|d| d.0).collect();
    }
    if let Some(v) = s.reference_dns {
        settings.reference_dns = v.into_iter().map(|d| d.0).collect();
    }
    if let Some(v) = s.outside_view {
        settings.outside_view = v.0;
    }
    if let Some(v) = s.network_lookup {
        settings.network_lookup = v.0;
    }
    if let Some(v) = s.outside_view_token.filter(|t| !t.0.trim().is_empty()) {
        settings.outside_view_token = Some(v);
    }
    if let Some(v) = s.country {
        settings.country = Some(v.0);
    }
    if let Some(v) = &s.language {
        settings.language = language(v, at)?;
    }
    if let Some(v) = s.resolve {
        settings.resolve = v
            .into_iter()
            .map(|(host, ip)| (host.trim_end_matches('.').to_ascii_lowercase(), ip.0))
            .collect();
    }
    if let Some(v) = s.ca_file {
        let path = base_dir.join(v.get_ref());
        probe::tls::read_pem_certs(&path)
            .and_then(|certs| {
                if certs.is_empty() {
                    Err(Error::CaFile {
                        path: path.clone(),
                        reason: msg!("probe-tls-ca-no-pem"),
                    })
                } else {
                    Ok(())
                }
            })
            .map_err(|e| {
                at.error(
                    Some(v.span()),
                    msg!("config-key-problem", key = "ca_file", problem = e.message()),
                )
            })?;
        settings.ca_file = Some(path);
    }

    let defaulted = Defaulted {
        services: file.service.is_none() && source != Source::BuiltIn,
        baseline: file.baseline.is_none() && baseline_on && source != Source::BuiltIn,
    };
    let baseline_file = match file.baseline {
        _ if !baseline_on => Vec::new(),
        Some(b) => b,
        None => builtin_preset("baseline")?.baseline.unwrap_or_default(),
    };
    let mut baseline = Vec::new();
    let mut names = HashSet::new();
    for c in &baseline_file {
        let spec = check_spec(c, &settings, at, base_dir)?;
        if !names.insert(spec.name.clone()) {
            return Err(at.error(
                Some(c.get_ref().name.span()),
                msg!("config-baseline-duplicate", name = &spec.name),
            ));
        }
        baseline.push(spec);
    }

    let services_file = match file.service {
        Some(s) => s,
        None => vec![Spanned::new(
            0..0,
            FileService {
                name: None,
                advice: None,
                status_page: None,
                preset: Some(Spanned::new(0..0, "spotify".to_owned())),
                check: None,
                group: None,
            },
        )],
    };
    let mut services = Vec::new();
    let mut service_names = HashSet::new();
    for svc in &services_file {
        let spec = service_spec(svc, &settings, at, base_dir)?;
        if !service_names.insert(spec.name.to_lowercase()) {
            return Err(at.error(
                Some(svc.span()),
                msg!("config-service-duplicate", name = &spec.name),
            ));
        }
        services.push(spec);
    }
    if services.is_empty() && baseline.is_empty() {
        return Err(at.error(None, msg!("config-nothing-to-check")));
    }
    Ok(Config {
        source,
        defaulted,
        settings,
        baseline,
        services,
    })
}

/// `language`: "auto" (or "") is the system's, `None`; else a code Downbeat speaks, as its
/// list spells it.
fn language(v: &Spanned<String>, at: &Located<'_>) -> Result<Option<String>, Error> {
    let code = v.get_ref().trim();
    if code.is_empty() || code.eq_ignore_ascii_case("auto") {
        return Ok(None);
    }
    match crate::view::i18n::language(code) {
        Some(lang) => Ok(Some(lang.code.to_owned())),
        None => Err(at.error(
            Some(v.span()),
            msg!(
                "config-language-unknown",
                value = v.get_ref(),
                languages = Arg::list(crate::view::i18n::LANGUAGES.iter().map(|l| l.code)),
            ),
        )),
    }
}

/// A built-in preset's name, as an error names its "file".
fn preset_label(name: &str) -> Message {
    msg!("config-source-preset", name = name)
}

pub(super) fn builtin_preset(name: &str) -> Result<PresetFile, Error> {
    let text = preset_text(name).unwrap_or_default();
    let at = Located {
        name: preset_label(name),
        text,
    };
    toml::from_str(text).map_err(|e| at.parse_error(e.span(), e.message()))
}

fn service_spec(
    svc: &Spanned<FileService>,
    settings: &Settings,
    at: &Located<'_>,
    base_dir: &Path,
) -> Result<ServiceSpec, Error> {
    let s = svc.get_ref();
    let mut name = s.name.as_ref().map(|n| n.get_ref().trim().to_owned());
    let mut advice = s.advice.clone();
    let mut status_page = s.status_page.as_ref().map(|u| u.0.clone());
    let mut checks: Vec<CheckSpec> = Vec::new();
    let mut groups: Vec<Group> = Vec::new();
    if let Some(p) = &s.preset {
        let preset_name = p.get_ref().as_str();
        let known: Vec<&str> = PRESETS
            .iter()
            .map(|(n, _)| *n)
            .filter(|n| *n != "baseline")
            .collect();
        if !known.contains(&preset_name) {
            return Err(at.error(
                Some(p.span()),
                msg!(
                    "config-preset-unknown",
                    name = preset_name,
                    // The names as the file writes them: a listing, not a sentence.
                    presets = known.join(", "),
                ),
            ));
        }
        let preset = builtin_preset(preset_name)?;
        let text = preset_text(preset_name).unwrap_or_default();
        let pat = Located {
            name: preset_label(preset_name),
            text,
        };
        for ps in preset.service.unwrap_or_default() {
            let spec = service_spec(&ps, settings, &pat, base_dir)?;
            name.get_or_insert(spec.name);
            if advice.is_none() {
                advice = spec.advice;
            }
            if status_page.is_none() {
                status_page = spec.status_page;
            }
            checks.extend(spec.checks);
            groups.extend(spec.groups.iter().cloned());
        }
    }
    let name = match name {
        Some(n) if !n.is_empty() && n.chars().count() <= 64 => n,
        _ => return Err(at.error(Some(svc.span()), msg!("config-service-needs-name"))),
    };
    let mut own = HashSet::new();
    for c in s.check.iter().flatten() {
        let spec = check_spec(c, settings, at, base_dir)?;
        if spec.kind() == CheckKind::Captive {
            return Err(at.error(
                Some(c.span()),
                msg!("config-captive-in-service", check = &spec.name),
            ));
        }
        if !own.insert(spec.name.clone()) {
            return Err(at.error(
                Some(c.get_ref().name.span()),
                msg!(
                    "config-service-check-duplicate",
                    service = &name,
                    check = &spec.name,
                ),
            ));
        }
        // A check named like a preset check replaces it: that is how presets are corrected.
        match checks.iter_mut().find(|x| x.name == spec.name) {
            Some(slot) => *slot = spec,
            None => checks.push(spec),
        }
    }
    if checks.is_empty() {
        return Err(at.error(
            Some(svc.span()),
            msg!("config-service-no-checks", service = &name),
        ));
    }
    own_groups(s, &name, &checks, &mut groups, at)?;
    Ok(ServiceSpec {
        name,
        advice,
        checks,
        groups: groups.into(),
        status_page,
    })
}

/// The service's own `[[service.group]]`s, merged over its preset's: a group named like a
/// preset group replaces it. Each names checks of this service, each check in one group at most.
fn own_groups(
    s: &FileService,
    service: &str,
    checks: &[CheckSpec],
    groups: &mut Vec<Group>,
    at: &Located<'_>,
) -> Result<(), Error> {
    for g in s.group.iter().flatten() {
        let f = g.get_ref();
        let name = f.name.get_ref().trim().to_owned();
        if name.is_empty() || name.chars().count() > 64 {
            return Err(at.error(Some(f.name.span()), msg!("config-group-name-length")));
        }
        let mut members = Vec::new();
        for c in &f.checks {
            let check = c.get_ref().trim();
            if !checks.iter().any(|x| x.name == check) {
                return Err(at.error(
                    Some(c.span()),
                    msg!(
                        "config-group-unknown-check",
                        group = &name,
                        service = service,
                        check = check,
                    ),
                ));
            }
            if let Some(other) = groups
                .iter()
                .filter(|o| !o.name.eq_ignore_ascii_case(&name))
                .find(|o| o.checks.iter().any(|x| x == check))
            {
                return Err(at.error(
                    Some(c.span()),
                    msg!(
                        "config-group-check-taken",
                        group = &name,
                        check = check,
                        other = &other.name,
                    ),
                ));
            }
            members.push(check.to_owned());
        }
        let group = Group {
            name: name.clone(),
            plural: f.plural,
            checks: members,
        };
        match groups
            .iter_mut()
            .find(|o| o.name.eq_ignore_ascii_case(&name))
        {
            Some(slot) => *slot = group,
            None => groups.push(group),
        }
    }
    Ok(())
}

fn check_spec(
    c: &Spanned<FileCheck>,
    settings: &Settings,
    at: &Located<'_>,
    base_dir: &Path,
) -> Result<CheckSpec, Error> {
    let f = c.get_ref();
    let here = Some(c.span());
    let name = f.name.get_ref().trim().to_owned();
    if name.is_empty() || name.chars().count() > 64 {
        return Err(at.error(Some(f.name.span()), msg!("config-check-name-length")));
    }
    let kind = f.kind.unwrap_or(if f.host.is_some() {
        CheckKind::Tcp
    } else {
        CheckKind::Handshake
    });
    let timeout = f.timeout.map_or(settings.timeout, |t| t.get());
    let slow = f
        .slow_ms
        .map_or(settings.slow, |v| Duration::from_millis(v.u64()));
    // A key that does not suit the kind: the kinds it suits, as the file writes them.
    let only = |field: &str, present: bool, kinds: &[&str]| -> Result<(), Error> {
        if present {
            Err(at.error(
                here.clone(),
                msg!(
                    "config-field-only-for",
                    check = &name,
                    field = field,
                    kinds = Arg::list(kinds.iter().copied()),
                ),
            ))
        } else {
            Ok(())
        }
    };
    // `port` where the port belongs in the URL.
    let no_port = |present: bool| -> Result<(), Error> {
        if present {
            Err(at.error(
                here.clone(),
                msg!("config-port-only-for-tcp", check = &name),
            ))
        } else {
            Ok(())
        }
    };
    const WEB: &[&str] = &["handshake", "stream"];
    if kind != CheckKind::SpotifyAp {
        only("fallback", f.fallback.is_some(), &["spotify_ap"])?;
        only("server_key", f.server_key.is_some(), &["spotify_ap"])?;
    }
    let probe = match kind {
        CheckKind::SpotifyAp => spotify_ap_spec(f, &name, slow, at, base_dir)?,
        CheckKind::Tcp => {
            only("url", f.url.is_some(), WEB)?;
            only("expect_status", f.expect_status.is_some(), WEB)?;
            only("expect_body", f.expect_body.is_some(), &["handshake"])?;
            only("bytes", f.bytes.is_some(), &["stream"])?;
            only("min_kbps", f.min_kbps.is_some(), &["stream"])?;
            only("insecure", f.insecure.is_some(), WEB)?;
            only("max_redirects", f.max_redirects.is_some(), &["handshake"])?;
            let (Some(host), Some(port)) = (&f.host, f.port) else {
                return Err(at.error(here, msg!("config-tcp-needs-host-port", check = &name)));
            };
            ProbeSpec::Tcp(tcp::Spec {
                host: host.0.clone(),
                port: u16::try_from(port.get()).unwrap_or(0),
                slow,
            })
        }
        CheckKind::Captive => {
            only("host", f.host.is_some(), &["tcp"])?;
            no_port(f.port.is_some())?;
            only("bytes", f.bytes.is_some(), &["stream"])?;
            only("min_kbps", f.min_kbps.is_some(), &["stream"])?;
            only("insecure", f.insecure.is_some(), WEB)?;
            only("max_redirects", f.max_redirects.is_some(), &["handshake"])?;
            let Some(url) = f.url.as_ref().filter(|u| u.0.scheme() == "http") else {
                return Err(at.error(here, msg!("config-captive-needs-http", check = &name)));
            };
            ProbeSpec::Captive(captive::Spec {
                url: url.0.clone(),
                expect_status: f
                    .expect_status
                    .as_ref()
                    .map_or_else(|| StatusSet(vec![(204, 204)]), |s| s.0.clone()),
                expect_body: f.expect_body.clone(),
                slow,
            })
        }
        CheckKind::Handshake | CheckKind::Stream => {
            only("host", f.host.is_some(), &["tcp"])?;
            no_port(f.port.is_some())?;
            let Some(url) = &f.url else {
                return Err(at.error(
                    here,
                    msg!(
                        "config-check-needs-url",
                        check = &name,
                        kind = kind.as_str()
                    ),
                ));
            };
            let expect_status = f
                .expect_status
                .as_ref()
                .map_or_else(StatusSet::default, |s| s.0.clone());
            let insecure = match &f.insecure {
                Some(v) if *v.get_ref() && url.0.scheme() != "https" => {
                    return Err(at.error(
                        Some(v.span()),
                        msg!(
                            "config-insecure-https-only",
                            check = &name,
                            scheme = url.0.scheme(),
                        ),
                    ))
                }
                Some(v) => *v.get_ref(),
                None => false,
            };
            if kind == CheckKind::Handshake {
                only("bytes", f.bytes.is_some(), &["stream"])?;
                only("min_kbps", f.min_kbps.is_some(), &["stream"])?;
                ProbeSpec::Handshake(handshake::Spec {
                    url: url.0.clone(),
                    insecure,
                    expect_status,
                    expect_body: f.expect_body.clone(),
                    slow,
                    max_redirects: f.max_redirects.map_or(0, |m| {
                        u8::try_from(m.get()).unwrap_or(handshake::MAX_REDIRECTS)
                    }),
                })
            } else {
                only("expect_body", f.expect_body.is_some(), &["handshake"])?;
                only("max_redirects", f.max_redirects.is_some(), &["handshake"])?;
                ProbeSpec::Stream(stream::Spec {
                    url: url.0.clone(),
                    insecure,
                    expect_status,
                    bytes: ByteCount(f.bytes.map_or(256 * 1024, |b| b.u64())),
                    min_kbps: Kbps(f.min_kbps.map_or(320, |k| k.u64())),
                    slow,
                })
            }
        }
    };
    Ok(CheckSpec {
        name,
        timeout,
        probe,
    })
}

/// An access-point check: apresolve's URL (https), the fallback list, and a test key.
fn spotify_ap_spec(
    f: &FileCheck,
    name: &str,
    slow: Duration,
    at: &Located<'_>,
    base_dir: &Path,
) -> Result<ProbeSpec, Error> {
    // `why`: the config-ap-why- message that says why.
    let not = |field: &str, present: bool, why: &'static str| -> Result<(), Error> {
        if present {
            Err(at.error(
                Some(f.name.span()),
                msg!(
                    "config-ap-field",
                    check = name,
                    field = field,
                    why = Message::new(why),
                ),
            ))
        } else {
            Ok(())
        }
    };
    not("host", f.host.is_some(), "config-ap-why-fallback")?;
    not("port", f.port.is_some(), "config-ap-why-fallback")?;
    not(
        "expect_status",
        f.expect_status.is_some(),
        "config-ap-why-status",
    )?;
    not("expect_body", f.expect_body.is_some(), "config-ap-why-body")?;
    not("bytes", f.bytes.is_some(), "config-ap-why-downloads")?;
    not("min_kbps", f.min_kbps.is_some(), "config-ap-why-downloads")?;
    not(
        "max_redirects",
        f.max_redirects.is_some(),
        "config-ap-why-redirects",
    )?;
    not("insecure", f.insecure.is_some(), "config-ap-why-server-key")?;
    let url = match &f.url {
        Some(u) if u.0.scheme() == "https" => u.0.clone(),
        Some(_) => {
            return Err(at.error(
                Some(f.name.span()),
                msg!("config-ap-url-https", check = name),
            ))
        }
        None => url::Url::parse(spotify_ap::APRESOLVE).map_err(|e| {
            at.error(
                None,
                msg!(
                    "config-ap-default-url",
                    reason = Message::verbatim(e.to_string())
                ),
            )
        })?,
    };
    let fallback = match &f.fallback {
        Some(list) => {
            let mut out = Vec::new();
            for a in list {
                out.push(spotify_ap::ApAddr::parse(a.get_ref()).map_err(|e| {
                    at.error(
                        Some(a.span()),
                        msg!("config-ap-fallback", check = name, reason = e),
                    )
                })?);
            }
            if out.len() > spotify_ap::MAX_TRIES {
                return Err(at.error(
                    Some(f.name.span()),
                    msg!(
                        "config-ap-too-many-fallbacks",
                        check = name,
                        max = spotify_ap::MAX_TRIES,
                    ),
                ));
            }
            out
        }
        None => spotify_ap::FALLBACK
            .iter()
            .filter_map(|a| spotify_ap::ApAddr::parse(a).ok())
            .collect(),
    };
    let key = match &f.server_key {
        Some(p) => {
            let path = base_dir.join(p.get_ref());
            let text = std::fs::read(&path).map_err(|e| {
                at.error(
                    Some(p.span()),
                    msg!(
                        "config-server-key-unreadable",
                        path = path.as_path(),
                        reason = Message::verbatim(e.to_string()),
                    ),
                )
            })?;
            spotify_ap::ServerKey::from_pem(&text).map_err(|e| {
                at.error(
                    Some(p.span()),
                    msg!(
                        "config-server-key-unusable",
                        path = path.as_path(),
                        reason = e,
                    ),
                )
            })?
        }
        None => spotify_ap::ServerKey::spotify(),
    };
    Ok(ProbeSpec::SpotifyAp(spotify_ap::Spec {
        url,
        fallback,
        key,
        slow,
    }))
}
