//! From the file model to the runtime model: defaults, presets merged, cross-field rules, each
//! error located in the file.
//!
//! Split by concern: this file is the settings, the services and their groups; `checks` is one
//! check's rules by kind.

mod checks;

use std::collections::HashSet;
use std::path::Path;
use std::time::Duration;

use toml::Spanned;

use super::file::{FileConfig, FileService, PresetFile};
use super::located::Located;
use super::{preset_text, CheckSpec, Config, Defaulted, ServiceSpec, Settings, Source, PRESETS};
use crate::error::Error;
use crate::model::{Arg, CheckKind, Group, Message};
use crate::msg;
use crate::probe;
use checks::check_spec;

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
    let mut preset_key = None;
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
        preset_key = Some(preset_name);
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
    // The preset's groups as it names them: the ones the user's language renames.
    let preset_groups: Vec<String> = groups.iter().map(|g| g.name.clone()).collect();
    own_groups(s, &name, &checks, &mut groups, at)?;
    if let Some(key) = preset_key {
        let lang = crate::view::i18n::choose(settings.language.as_deref());
        if s.advice.is_none() {
            advice = advice.map(|a| in_language(lang, format!("preset-{key}-advice"), a));
        }
        for g in groups
            .iter_mut()
            .filter(|g| preset_groups.contains(&g.name))
        {
            let id = format!("preset-{key}-group-{}", slug(&g.name));
            g.name = in_language(lang, id, std::mem::take(&mut g.name));
        }
    }
    Ok(ServiceSpec {
        name,
        advice,
        checks,
        groups: groups.into(),
        status_page,
    })
}

/// A built-in preset's words (its advice, its groups' names) in the user's language: the
/// catalogue's `preset-<preset>-…` message, when it has one; else as the preset writes them
/// (a group of the user's own, under a name of their own, stays as they wrote it).
fn in_language(lang: &'static crate::view::i18n::Language, id: String, english: String) -> String {
    if crate::view::i18n::has_message(&id) {
        crate::view::i18n::render_in(lang, &Message::new(id))
    } else {
        english
    }
}

/// A name as a message id's part: "the Spotify apps" → "the-spotify-apps".
fn slug(name: &str) -> String {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join("-")
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
