//! The one config model, shared by the CLI and the desktop app: TOML with serde, validated at
//! load. Errors name the file, line and column.
//!
//! The file model (`File*`) is what serde reads; [`Config`] is what the engine runs. Runtime
//! counters never live here.

pub mod values;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::net::{IpAddr, SocketAddr};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;
use toml::Spanned;

use crate::error::Error;
use crate::probe::{
    self, handshake, stream, tcp, CheckKind, ProbeContext, Report, Resolver, StatusSet, TlsRoots,
};
use crate::units::{ByteCount, Kbps};
use values::{DnsServer, DurationValue, Host, HttpUrl, IpValue, Ranged, StatusValue};

/// The built-in presets, as TOML data compiled into the binary.
pub const PRESETS: [(&str, &str); 2] = [
    ("spotify", include_str!("../../presets/spotify.toml")),
    ("baseline", include_str!("../../presets/baseline.toml")),
];

/// Failure and success thresholds, as plain data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Thresholds {
    /// Consecutive failures that make a check down.
    pub failure: u32,
    /// Consecutive successes that bring it back up.
    pub recovery: u32,
    /// Consecutive degraded results that make a check degraded.
    pub degraded: u32,
}

/// `[settings]`, with defaults applied.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    pub interval: Duration,
    pub timeout: Duration,
    pub thresholds: Thresholds,
    pub slow: Duration,
    pub cert_warn_days: u32,
    pub ca_file: Option<PathBuf>,
    pub dns_servers: Vec<SocketAddr>,
    pub resolve: HashMap<String, IpAddr>,
    pub notify_degraded: bool,
    /// Remind that a service is still down this often (`None`: no reminders).
    pub remind_every: Option<Duration>,
    /// The longest a down service's checks back off to.
    pub backoff_max: Duration,
    /// How long raw results and rollups are kept.
    pub retention: crate::store::Retention,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            interval: Duration::from_secs(60),
            timeout: Duration::from_secs(10),
            thresholds: Thresholds {
                failure: 2,
                recovery: 2,
                degraded: 3,
            },
            slow: Duration::from_millis(2000),
            cert_warn_days: 14,
            ca_file: None,
            dns_servers: Vec::new(),
            resolve: HashMap::new(),
            notify_degraded: false,
            remind_every: None,
            backoff_max: Duration::from_secs(300),
            retention: crate::store::Retention::default(),
        }
    }
}

/// One check, ready to run.
#[derive(Debug, Clone)]
pub struct CheckSpec {
    pub name: String,
    /// The caller's deadline for this check is now + `timeout`.
    pub timeout: Duration,
    pub probe: ProbeSpec,
}

/// What a check runs.
#[derive(Debug, Clone)]
pub enum ProbeSpec {
    Handshake(handshake::Spec),
    Stream(stream::Spec),
    Tcp(tcp::Spec),
}

impl CheckSpec {
    pub fn kind(&self) -> CheckKind {
        match self.probe {
            ProbeSpec::Handshake(_) => CheckKind::Handshake,
            ProbeSpec::Stream(_) => CheckKind::Stream,
            ProbeSpec::Tcp(_) => CheckKind::Tcp,
        }
    }

    /// True when the check runs with TLS verification off (`insecure = true`).
    pub fn insecure(&self) -> bool {
        match &self.probe {
            ProbeSpec::Handshake(s) => s.insecure,
            ProbeSpec::Stream(s) => s.insecure,
            ProbeSpec::Tcp(_) => false,
        }
    }

    /// Runs the check once with its own timeout as the deadline.
    pub async fn run(&self, ctx: &ProbeContext) -> Report {
        let deadline = tokio::time::Instant::now() + self.timeout;
        self.run_until(ctx, deadline).await
    }

    /// Runs the check once, giving up at `deadline`.
    pub async fn run_until(&self, ctx: &ProbeContext, deadline: tokio::time::Instant) -> Report {
        match &self.probe {
            ProbeSpec::Handshake(s) => handshake::run(ctx, s, deadline).await,
            ProbeSpec::Stream(s) => stream::run(ctx, s, deadline).await,
            ProbeSpec::Tcp(s) => tcp::run(ctx, s, deadline).await,
        }
    }
}

/// A monitored service and its checks.
#[derive(Debug, Clone)]
pub struct ServiceSpec {
    pub name: String,
    /// One sentence of advice for outages, e.g. "Downloaded music still plays in offline mode."
    pub advice: Option<String>,
    pub checks: Vec<CheckSpec>,
}

/// Where the config came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    File(PathBuf),
    BuiltIn,
}

/// The validated config.
#[derive(Debug, Clone)]
pub struct Config {
    pub source: Source,
    pub settings: Settings,
    pub baseline: Vec<CheckSpec>,
    pub services: Vec<ServiceSpec>,
}

impl Config {
    /// The config file to use: `explicit` (from `--config`), else `DOWNBEAT_CONFIG`, else the
    /// platform config file if it exists. `None` means the built-in defaults.
    pub fn locate(explicit: Option<&Path>) -> Option<PathBuf> {
        if let Some(p) = explicit {
            return Some(p.to_path_buf());
        }
        if let Some(p) = std::env::var_os("DOWNBEAT_CONFIG").filter(|v| !v.is_empty()) {
            return Some(PathBuf::from(p));
        }
        default_path().filter(|p| p.exists())
    }

    /// Loads the config [`Config::locate`] finds.
    pub fn load(explicit: Option<&Path>) -> Result<Config, Error> {
        match Config::locate(explicit) {
            Some(path) => Config::from_file(&path),
            None => Config::builtin(),
        }
    }

    /// The built-in defaults: the Spotify preset and the default baseline.
    pub fn builtin() -> Result<Config, Error> {
        Config::parse("", Source::BuiltIn)
    }

    /// Reads and validates a config file.
    pub fn from_file(path: &Path) -> Result<Config, Error> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::ConfigRead {
            path: path.to_path_buf(),
            source,
        })?;
        Config::parse(&text, Source::File(path.to_path_buf()))
    }

    /// Parses and validates config text. Relative paths resolve against the file's folder.
    pub fn parse(text: &str, source: Source) -> Result<Config, Error> {
        let name = match &source {
            Source::File(p) => p.display().to_string(),
            Source::BuiltIn => "(built-in config)".to_owned(),
        };
        let at = Located { name: &name, text };
        let file: FileConfig = toml::from_str(text).map_err(|e| at.error(e.span(), e.message()))?;
        let base_dir = match &source {
            Source::File(p) => p.parent().map(Path::to_path_buf).unwrap_or_default(),
            Source::BuiltIn => PathBuf::new(),
        };
        build(file, &at, &base_dir, source)
    }

    /// The probe context this config calls for: resolver, pins and trusted roots.
    pub fn probe_context(&self) -> Result<ProbeContext, Error> {
        let roots = TlsRoots::load(self.settings.ca_file.as_deref())?;
        let mut resolver = Resolver::system();
        resolver.servers = self.settings.dns_servers.clone();
        resolver.pins = self.settings.resolve.clone();
        Ok(ProbeContext::new(
            resolver,
            roots,
            self.settings.cert_warn_days,
        ))
    }

    /// Warnings to show at start-up: every check that runs with TLS verification off. Its
    /// results also say "unverified" wherever they are shown.
    pub fn warnings(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut each = |owner: &str, checks: &[CheckSpec]| {
            for c in checks.iter().filter(|c| c.insecure()) {
                out.push(format!(
                    "{owner}check \"{}\" has insecure = true: its certificate is not verified, and its results are marked unverified",
                    c.name
                ));
            }
        };
        each("baseline ", &self.baseline);
        for s in &self.services {
            each(&format!("{} ", s.name), &s.checks);
        }
        out
    }

    /// A short description of where the config came from.
    pub fn source_label(&self) -> String {
        match &self.source {
            Source::File(p) => p.display().to_string(),
            Source::BuiltIn => "built-in defaults (Spotify preset)".to_owned(),
        }
    }
}

/// The platform config file: `~/.config/downbeat/config.toml` on Linux.
pub fn default_path() -> Option<PathBuf> {
    dirs::config_dir().map(|d| d.join("downbeat").join("config.toml"))
}

/// The text of a built-in preset, by name.
pub fn preset_text(name: &str) -> Option<&'static str> {
    PRESETS.iter().find(|(n, _)| *n == name).map(|(_, t)| *t)
}

// ---------------------------------------------------------------------------------------------
// The file model.

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    #[serde(default)]
    settings: FileSettings,
    baseline: Option<Vec<Spanned<FileCheck>>>,
    service: Option<Vec<Spanned<FileService>>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSettings {
    interval: Option<Spanned<DurationValue>>,
    timeout: Option<Spanned<DurationValue>>,
    failure_threshold: Option<Ranged<1, 100>>,
    recovery_threshold: Option<Ranged<1, 100>>,
    degraded_threshold: Option<Ranged<1, 100>>,
    slow_ms: Option<Ranged<1, 600_000>>,
    cert_warn_days: Option<Ranged<0, 365>>,
    ca_file: Option<Spanned<PathBuf>>,
    dns_servers: Option<Vec<DnsServer>>,
    resolve: Option<BTreeMap<String, IpValue>>,
    notify_degraded: Option<bool>,
    remind_every: Option<Spanned<DurationValue>>,
    backoff_max: Option<Spanned<DurationValue>>,
    keep_raw: Option<Spanned<DurationValue>>,
    keep_rollups: Option<Spanned<DurationValue>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileService {
    name: Option<Spanned<String>>,
    advice: Option<String>,
    preset: Option<Spanned<String>>,
    check: Option<Vec<Spanned<FileCheck>>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileCheck {
    name: Spanned<String>,
    kind: Option<CheckKind>,
    url: Option<HttpUrl>,
    host: Option<Host>,
    port: Option<Ranged<1, 65_535>>,
    expect_status: Option<StatusValue>,
    expect_body: Option<String>,
    slow_ms: Option<Ranged<1, 600_000>>,
    bytes: Option<Ranged<1, 1_073_741_824>>,
    min_kbps: Option<Ranged<1, 10_000_000>>,
    timeout: Option<Spanned<DurationValue>>,
    insecure: Option<Spanned<bool>>,
    max_redirects: Option<Ranged<0, { handshake::MAX_REDIRECTS as i64 }>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PresetFile {
    service: Option<Vec<Spanned<FileService>>>,
    baseline: Option<Vec<Spanned<FileCheck>>>,
}

// ---------------------------------------------------------------------------------------------
// Validation.

struct Located<'a> {
    name: &'a str,
    text: &'a str,
}

impl Located<'_> {
    fn error(&self, span: Option<Range<usize>>, message: &str) -> Error {
        let (line, column) = line_col(self.text, span.as_ref().map_or(0, |s| s.start));
        let first = message.lines().next().unwrap_or(message).trim();
        let mut message = suggest_key(first).unwrap_or_else(|| first.to_owned());
        // Name the key whose value is wrong, when the message does not already.
        if let Some(key) = span.and_then(|s| key_before(self.text, s.start)) {
            if !message.contains(key) {
                message = format!("{key}: {message}");
            }
        }
        Error::Config {
            path: self.name.to_owned(),
            line,
            column,
            message: printable(&message),
        }
    }
}

/// The key of a `key = value` line, when `offset` is in its value.
fn key_before(text: &str, offset: usize) -> Option<&str> {
    let before = text.get(..offset)?;
    let line = &before[before.rfind('\n').map_or(0, |i| i + 1)..];
    let (key, _) = line.split_once('=')?;
    let key = key.trim().trim_matches('"');
    let plain = key
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'));
    (!key.is_empty() && plain).then_some(key)
}

/// The message with control characters (a carriage return, a terminal escape) and
/// direction overrides escaped, so an error quoting a bad value stays one honest line.
fn printable(message: &str) -> String {
    message
        .chars()
        .map(|c| {
            let bidi = matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
            if c.is_control() || bidi {
                c.escape_unicode().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// Rewrites serde's "unknown field `x`, expected one of `a`, `b`" into a suggestion of the
/// nearest valid key.
fn suggest_key(message: &str) -> Option<String> {
    let rest = message.strip_prefix("unknown field `")?;
    let (bad, rest) = rest.split_once('`')?;
    let valid: Vec<&str> = rest.split('`').skip(1).step_by(2).collect();
    let nearest = valid
        .iter()
        .map(|v| (edit_distance(bad, v), *v))
        .min()
        .filter(|(d, v)| *d <= 2.max(v.len() / 3))
        .map(|(_, v)| v);
    let list = valid.join(", ");
    Some(match nearest {
        Some(n) => format!("unknown key `{bad}`: did you mean `{n}`? (valid here: {list})"),
        None => format!("unknown key `{bad}` (valid here: {list})"),
    })
}

/// Levenshtein distance, for key suggestions.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// 1-based line and column (in characters) of a byte offset.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

const MIN_INTERVAL: Duration = Duration::from_secs(1);
const MAX_INTERVAL: Duration = Duration::from_secs(24 * 3600);
const MIN_TIMEOUT: Duration = Duration::from_millis(100);
const MAX_TIMEOUT: Duration = Duration::from_secs(300);

fn build(
    file: FileConfig,
    at: &Located<'_>,
    base_dir: &Path,
    source: Source,
) -> Result<Config, Error> {
    let mut settings = Settings::default();
    let s = file.settings;
    if let Some(v) = s.interval {
        let d = v.get_ref().0;
        if !(MIN_INTERVAL..=MAX_INTERVAL).contains(&d) {
            return Err(at.error(Some(v.span()), "interval must be from 1s to 24h"));
        }
        settings.interval = d;
    }
    if let Some(v) = s.timeout {
        settings.timeout = bounded_timeout(&v, at)?;
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
    if let Some(v) = s.notify_degraded {
        settings.notify_degraded = v;
    }
    if let Some(v) = s.remind_every {
        let d = v.get_ref().0;
        if d < Duration::from_secs(60) || d > MAX_INTERVAL {
            return Err(at.error(Some(v.span()), "remind_every must be from 1m to 24h"));
        }
        settings.remind_every = Some(d);
    }
    if let Some(v) = s.backoff_max {
        let d = v.get_ref().0;
        if !(MIN_INTERVAL..=MAX_INTERVAL).contains(&d) {
            return Err(at.error(Some(v.span()), "backoff_max must be from 1s to 24h"));
        }
        settings.backoff_max = d;
    }
    let day = Duration::from_secs(86_400);
    if let Some(v) = s.keep_raw {
        let d = v.get_ref().0;
        if !(day..=day * 365).contains(&d) {
            return Err(at.error(Some(v.span()), "keep_raw must be from 1d to 365d"));
        }
        settings.retention.raw = d;
    }
    if let Some(v) = s.keep_rollups {
        let d = v.get_ref().0;
        if !(day..=day * 3650).contains(&d) {
            return Err(at.error(Some(v.span()), "keep_rollups must be from 1d to 3650d"));
        }
        settings.retention.rollups = d;
    }
    if let Some(v) = s.dns_servers {
        settings.dns_servers = v.into_iter().map(|d| d.0).collect();
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
                        reason: "it holds no PEM certificate".into(),
                    })
                } else {
                    Ok(())
                }
            })
            .map_err(|e| at.error(Some(v.span()), &format!("ca_file: {e}")))?;
        settings.ca_file = Some(path);
    }

    let baseline_file = match file.baseline {
        Some(b) => b,
        None => builtin_preset("baseline")?.baseline.unwrap_or_default(),
    };
    let mut baseline = Vec::new();
    let mut names = HashSet::new();
    for c in &baseline_file {
        let spec = check_spec(c, &settings, at)?;
        if !names.insert(spec.name.clone()) {
            return Err(at.error(
                Some(c.get_ref().name.span()),
                &format!(
                    "a baseline check named \"{}\" is already defined",
                    spec.name
                ),
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
                preset: Some(Spanned::new(0..0, "spotify".to_owned())),
                check: None,
            },
        )],
    };
    let mut services = Vec::new();
    let mut service_names = HashSet::new();
    for svc in &services_file {
        let spec = service_spec(svc, &settings, at)?;
        if !service_names.insert(spec.name.to_lowercase()) {
            return Err(at.error(
                Some(svc.span()),
                &format!("a service named \"{}\" is already defined", spec.name),
            ));
        }
        services.push(spec);
    }
    if services.is_empty() && baseline.is_empty() {
        return Err(at.error(
            None,
            "nothing to check: the config has no service and no baseline",
        ));
    }
    Ok(Config {
        source,
        settings,
        baseline,
        services,
    })
}

fn bounded_timeout(v: &Spanned<DurationValue>, at: &Located<'_>) -> Result<Duration, Error> {
    let d = v.get_ref().0;
    if !(MIN_TIMEOUT..=MAX_TIMEOUT).contains(&d) {
        return Err(at.error(Some(v.span()), "timeout must be from 100ms to 5m"));
    }
    Ok(d)
}

fn builtin_preset(name: &str) -> Result<PresetFile, Error> {
    let text = preset_text(name).unwrap_or_default();
    let label = format!("(built-in preset {name})");
    toml::from_str(text).map_err(|e| Located { name: &label, text }.error(e.span(), e.message()))
}

fn service_spec(
    svc: &Spanned<FileService>,
    settings: &Settings,
    at: &Located<'_>,
) -> Result<ServiceSpec, Error> {
    let s = svc.get_ref();
    let mut name = s.name.as_ref().map(|n| n.get_ref().trim().to_owned());
    let mut advice = s.advice.clone();
    let mut checks: Vec<CheckSpec> = Vec::new();
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
                &format!(
                    "unknown preset \"{preset_name}\": the presets are {}",
                    known.join(", ")
                ),
            ));
        }
        let preset = builtin_preset(preset_name)?;
        let label = format!("(built-in preset {preset_name})");
        let text = preset_text(preset_name).unwrap_or_default();
        let pat = Located { name: &label, text };
        for ps in preset.service.unwrap_or_default() {
            let spec = service_spec(&ps, settings, &pat)?;
            name.get_or_insert(spec.name);
            if advice.is_none() {
                advice = spec.advice;
            }
            checks.extend(spec.checks);
        }
    }
    let name = match name {
        Some(n) if !n.is_empty() && n.chars().count() <= 64 => n,
        _ => {
            return Err(at.error(
                Some(svc.span()),
                "every [[service]] needs a name (1 to 64 characters) or a preset",
            ))
        }
    };
    let mut own = HashSet::new();
    for c in s.check.iter().flatten() {
        let spec = check_spec(c, settings, at)?;
        if !own.insert(spec.name.clone()) {
            return Err(at.error(
                Some(c.get_ref().name.span()),
                &format!(
                    "service \"{name}\" already has a check named \"{}\"",
                    spec.name
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
            &format!("service \"{name}\" has no checks: add [[service.check]] entries or a preset"),
        ));
    }
    Ok(ServiceSpec {
        name,
        advice,
        checks,
    })
}

fn check_spec(
    c: &Spanned<FileCheck>,
    settings: &Settings,
    at: &Located<'_>,
) -> Result<CheckSpec, Error> {
    let f = c.get_ref();
    let here = Some(c.span());
    let name = f.name.get_ref().trim().to_owned();
    if name.is_empty() || name.chars().count() > 64 {
        return Err(at.error(
            Some(f.name.span()),
            "a check name must be 1 to 64 characters",
        ));
    }
    let kind = f.kind.unwrap_or(if f.host.is_some() {
        CheckKind::Tcp
    } else {
        CheckKind::Handshake
    });
    let timeout = match &f.timeout {
        Some(t) => bounded_timeout(t, at)?,
        None => settings.timeout,
    };
    let slow = f
        .slow_ms
        .map_or(settings.slow, |v| Duration::from_millis(v.u64()));
    let only = |field: &str, present: bool, kinds: &str| -> Result<(), Error> {
        if present {
            Err(at.error(
                here.clone(),
                &format!("check \"{name}\": `{field}` only applies to {kinds} checks"),
            ))
        } else {
            Ok(())
        }
    };
    let probe = match kind {
        CheckKind::Tcp => {
            only("url", f.url.is_some(), "handshake and stream")?;
            only(
                "expect_status",
                f.expect_status.is_some(),
                "handshake and stream",
            )?;
            only("expect_body", f.expect_body.is_some(), "handshake")?;
            only("bytes", f.bytes.is_some(), "stream")?;
            only("min_kbps", f.min_kbps.is_some(), "stream")?;
            only("insecure", f.insecure.is_some(), "handshake and stream")?;
            only("max_redirects", f.max_redirects.is_some(), "handshake")?;
            let (Some(host), Some(port)) = (&f.host, f.port) else {
                return Err(at.error(
                    here,
                    &format!("check \"{name}\": a tcp check needs `host` and `port`"),
                ));
            };
            ProbeSpec::Tcp(tcp::Spec {
                host: host.0.clone(),
                port: u16::try_from(port.get()).unwrap_or(0),
                slow,
            })
        }
        CheckKind::Handshake | CheckKind::Stream => {
            only("host", f.host.is_some(), "tcp")?;
            only("port", f.port.is_some(), "tcp (put the port in the URL)")?;
            let Some(url) = &f.url else {
                return Err(at.error(
                    here,
                    &format!("check \"{name}\": a {kind} check needs a `url`"),
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
                        &format!(
                            "check \"{name}\": `insecure` only applies to https URLs (there is no certificate to skip on {})",
                            url.0.scheme()
                        ),
                    ))
                }
                Some(v) => *v.get_ref(),
                None => false,
            };
            if kind == CheckKind::Handshake {
                only("bytes", f.bytes.is_some(), "stream")?;
                only("min_kbps", f.min_kbps.is_some(), "stream")?;
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
                only("expect_body", f.expect_body.is_some(), "handshake")?;
                only("max_redirects", f.max_redirects.is_some(), "handshake")?;
                ProbeSpec::Stream(stream::Spec {
                    url: url.0.clone(),
                    insecure,
                    expect_status,
                    bytes: ByteCount(f.bytes.map_or(512 * 1024, |b| b.u64())),
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

#[cfg(test)]
mod tests {
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
        assert!(c.services[0]
            .checks
            .iter()
            .any(|c| c.kind() == CheckKind::Tcp));
        assert!(c.baseline.len() >= 2);
        assert_eq!(c.settings, Settings::default());
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
        let e =
            err("[[service]]\nname = \"x\"\n[[service.check]]\nname = \"a\"\nurl = \"ftp://x\"\n");
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
        let e = err("[[service]]\npreset = \"deezer\"\n");
        assert!(e.contains("unknown preset \"deezer\""), "{e}");
        // A bad value with a carriage return or a terminal escape in it is quoted, escaped.
        let e = err("[[baseline]]\nname = \"a\"\nurl = \"https\\r\\u001b[31mred\"\n");
        assert!(e.starts_with("test.toml:3:7: url: invalid URL"), "{e}");
        assert!(
            !e.contains(['\r', '\u{1b}']) && e.contains("\\u{d}"),
            "{e:?}"
        );
        let e = err("this is not toml");
        assert!(e.starts_with("test.toml:1:"), "{e}");
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
    }

    #[test]
    fn every_preset_parses() {
        for (name, text) in PRESETS {
            let f: PresetFile = toml::from_str(text).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(f.service.is_some() || f.baseline.is_some(), "{name}");
        }
    }
}
