//! The one config model, shared by the CLI and the desktop app: TOML with serde, validated at
//! load. Errors name the file, line and column.
//!
//! Split by concern:
//! - this file: the runtime model ([`Config`] and what it holds), what the engine runs;
//! - `file`: the file model (`File*`), what serde reads;
//! - `located`: error locations (file, line, column) and serde's messages in plain words;
//! - `build`: turning the file model into the runtime model, validating as it goes;
//! - [`values`]: values that validate themselves while they are read, ranges included.
//!
//! Config is data: it runs no probe and builds no resolver (`probe::ProbeContext` does).
//! Runtime counters never live here.

mod build;
mod changes;
pub mod edit;
mod file;
mod located;
pub mod values;

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::error::Error;
use crate::model::{Arg, CheckKind, Message};
use crate::msg;
use located::Located;

/// The built-in presets, as TOML data compiled into the binary.
pub const PRESETS: [(&str, &str); 7] = [
    ("spotify", include_str!("../../presets/spotify.toml")),
    (
        "youtube_music",
        include_str!("../../presets/youtube_music.toml"),
    ),
    (
        "apple_music",
        include_str!("../../presets/apple_music.toml"),
    ),
    ("deezer", include_str!("../../presets/deezer.toml")),
    ("tidal", include_str!("../../presets/tidal.toml")),
    ("soundcloud", include_str!("../../presets/soundcloud.toml")),
    ("baseline", include_str!("../../presets/baseline.toml")),
];

/// The services a user can pick from (the settings window's catalogue): each preset's name
/// and the service it checks.
pub const CATALOGUE: [(&str, &str); 6] = [
    ("spotify", "Spotify"),
    ("youtube_music", "YouTube Music"),
    ("apple_music", "Apple Music"),
    ("deezer", "Deezer"),
    ("tidal", "TIDAL"),
    ("soundcloud", "SoundCloud"),
];

/// The default neutral DNS: Cloudflare's and Google's DNS over HTTPS, by IP address.
/// Best-known public endpoints (both serve certificates for these addresses).
pub const DEFAULT_REFERENCE_DNS: [&str; 2] =
    ["https://1.1.1.1/dns-query", "https://8.8.8.8/dns-query"];

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
    /// Neutral DNS-over-HTTPS servers, by IP address, asked only when the user's DNS fails or
    /// blocks a name (empty: never).
    pub reference_dns: Vec<url::Url>,
    /// Which notifications to show, and how often to remind.
    pub notify: crate::model::NotifyWhen,
    /// The longest a down service's checks back off to.
    pub backoff_max: Duration,
    /// How long raw results and rollups are kept.
    pub retention: crate::model::Retention,
    /// The outside view's API base (Globalping's), asked when a service fails only on its own
    /// side by everything seen here; `None`: never asked (`outside_view = ""`).
    pub outside_view: Option<url::Url>,
    /// Its token, if any: raises the anonymous allowance. Never logged.
    pub outside_view_token: Option<values::Secret>,
    /// Where this network's provider is learnt when the outside view is asked (RIPEstat's
    /// Data API, no key), so that probes on it are asked too; `None`: never (`network_lookup =
    /// ""`).
    pub network_lookup: Option<url::Url>,
    /// The user's country (ISO 3166 alpha-2); `None`: the time zone's.
    pub country: Option<String>,
    /// The language Downbeat speaks, a code of `view::i18n::LANGUAGES` as the list spells it
    /// ("de", "pt-BR"); `None`: the system's (`language = "auto"`, or no `language`).
    pub language: Option<String>,
}

/// Globalping's public API, the outside view's default.
pub const DEFAULT_OUTSIDE_VIEW: &str = "https://api.globalping.io/v1";

/// RIPEstat's Data API, where this network's provider is learnt by default.
pub const DEFAULT_NETWORK_LOOKUP: &str = "https://stat.ripe.net/data";

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
            reference_dns: DEFAULT_REFERENCE_DNS
                .iter()
                .filter_map(|u| url::Url::parse(u).ok())
                .collect(),
            notify: crate::model::NotifyWhen::default(),
            backoff_max: Duration::from_secs(300),
            retention: crate::model::Retention::default(),
            outside_view: url::Url::parse(DEFAULT_OUTSIDE_VIEW).ok(),
            outside_view_token: None,
            network_lookup: url::Url::parse(DEFAULT_NETWORK_LOOKUP).ok(),
            country: None,
            language: None,
        }
    }
}

/// A check and what it runs are the probe layer's own types; config builds them.
pub use crate::probe::{CheckSpec, ProbeSpec};
pub use changes::Changes;

/// What the probes need of the settings.
impl From<&Settings> for crate::probe::ContextSettings {
    fn from(s: &Settings) -> Self {
        crate::probe::ContextSettings {
            ca_file: s.ca_file.clone(),
            dns_servers: s.dns_servers.clone(),
            resolve: s.resolve.clone(),
            reference_dns: s.reference_dns.clone(),
            cert_warn_days: s.cert_warn_days,
        }
    }
}

/// A monitored service and its checks.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceSpec {
    pub name: String,
    /// One sentence of advice for outages, e.g. "Downloaded music still plays in offline mode."
    pub advice: Option<String>,
    pub checks: Vec<CheckSpec>,
    /// Its checks by what they serve ("the Spotify apps", "the web player"), from the preset
    /// or the config's `[[service.group]]`.
    pub groups: std::sync::Arc<[crate::model::Group]>,
    /// The vendor's own status page (an Atlassian Statuspage), if it has one worth citing.
    pub status_page: Option<url::Url>,
}

/// Where the config came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    File(PathBuf),
    BuiltIn,
}

/// Parts of a config file that were left out, so the built-in defaults run in their place.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Defaulted {
    /// No `[[service]]`: the Spotify preset is checked.
    pub services: bool,
    /// No `baseline`: the built-in baseline sites are checked.
    pub baseline: bool,
}

/// The validated config.
#[derive(Debug, Clone)]
pub struct Config {
    pub source: Source,
    /// What the file left out and the built-in defaults filled in (nothing for the built-in
    /// config itself).
    pub defaulted: Defaulted,
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

    /// The file a program runs on, follows and edits: the one [`Config::locate`] finds, or
    /// where the platform's would be when there is none yet (it may not exist).
    pub fn file(explicit: Option<&Path>) -> Option<PathBuf> {
        Config::locate(explicit).or_else(default_path)
    }

    /// The checks of the service named `name`, if the config has it.
    pub fn checks_of(&self, name: &str) -> Option<&[CheckSpec]> {
        self.services
            .iter()
            .find(|s| s.name == name)
            .map(|s| s.checks.as_slice())
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
        let text = std::fs::read_to_string(path).map_err(|reason| Error::ConfigRead {
            path: path.to_path_buf(),
            reason,
        })?;
        Config::parse(&text, Source::File(path.to_path_buf()))
    }

    /// Parses and validates config text. Relative paths resolve against the file's folder.
    pub fn parse(text: &str, source: Source) -> Result<Config, Error> {
        let name = match &source {
            // A path is shown as it is.
            Source::File(p) => Message::verbatim(p.display().to_string()),
            Source::BuiltIn => msg!("config-source-builtin"),
        };
        let at = Located { name, text };
        let file: file::FileConfig =
            toml::from_str(text).map_err(|e| at.parse_error(e.span(), e.message()))?;
        let base_dir = match &source {
            Source::File(p) => p.parent().map(Path::to_path_buf).unwrap_or_default(),
            Source::BuiltIn => PathBuf::new(),
        };
        build::build(file, &at, &base_dir, source)
    }

    /// Warnings to show at start-up of `watch`, `serve` and the app: every check that runs
    /// with TLS verification off (its results also say "unverified" wherever they are shown),
    /// and the checks whose timeout is longer than the interval, said once for each timeout (a
    /// check that hangs that long delays the next round).
    pub fn warnings(&self) -> Vec<String> {
        self.warnings_then("config-then-watch")
    }

    /// [`Config::warnings`] for `downbeat check`, whose one round has no next round to hold up:
    /// a timeout longer than the interval matters only to `watch` and the app.
    pub fn check_warnings(&self) -> Vec<String> {
        self.warnings_then("config-then-check")
    }

    /// The warnings, a timeout longer than the interval followed by what it does (`then`: the
    /// message that says it, for a number of checks).
    fn warnings_then(&self, then: &'static str) -> Vec<String> {
        let then = |count: usize| Message::new(then).arg("count", count);
        let mut out = Vec::new();
        let interval = self.settings.interval;
        // Whose check it is: the baseline's, or a service's (by its name).
        let checks: Vec<(Arg, &CheckSpec)> = self
            .baseline
            .iter()
            .map(|c| (Arg::from(msg!("config-owner-baseline")), c))
            .chain(
                self.services
                    .iter()
                    .flat_map(|s| s.checks.iter().map(move |c| (Arg::from(&s.name), c))),
            )
            .collect();
        // The checks whose timeout is longer than the interval, by timeout: each said once.
        let mut long: std::collections::BTreeMap<Duration, Vec<(&Arg, &str)>> = Default::default();
        for (owner, c) in &checks {
            if c.insecure() {
                let id = if c.kind() == CheckKind::SpotifyAp {
                    "config-warn-server-key"
                } else {
                    "config-warn-insecure"
                };
                out.push(
                    Message::new(id)
                        .arg("owner", owner.clone())
                        .arg("check", c.name.as_str()),
                );
            }
            if c.timeout > interval {
                long.entry(c.timeout).or_default().push((owner, &c.name));
            }
        }
        for (timeout, names) in long {
            out.push(match names.as_slice() {
                [(owner, name)] => msg!(
                    "config-warn-timeout-one",
                    owner = (*owner).clone(),
                    check = *name,
                    timeout = timeout,
                    interval = interval,
                    then = then(1),
                ),
                _ if names.len() == checks.len() => msg!(
                    "config-warn-timeout-every",
                    timeout = timeout,
                    interval = interval,
                    then = then(names.len()),
                ),
                _ => {
                    let comma = crate::view::i18n::text("list-comma");
                    let listed = names
                        .iter()
                        .map(|(owner, name)| {
                            msg!(
                                "config-owner-check",
                                owner = (*owner).clone(),
                                check = *name
                            )
                            .to_string()
                        })
                        .collect::<Vec<_>>()
                        .join(&comma);
                    msg!(
                        "config-warn-timeout-some",
                        count = names.len(),
                        checks = listed,
                        timeout = timeout,
                        interval = interval,
                        then = then(names.len()),
                    )
                }
            });
        }
        out.iter().map(Message::to_string).collect()
    }

    /// Notes to show at start-up and in `config-path`: what a config file left out, and so what
    /// runs from the built-in defaults in its place.
    pub fn notes(&self) -> Vec<String> {
        let Source::File(path) = &self.source else {
            return Vec::new();
        };
        let mut out = Vec::new();
        if self.defaulted.services {
            out.push(msg!("config-note-no-services", path = path.as_path()).to_string());
        }
        if self.defaulted.baseline {
            out.push(msg!("config-note-no-baseline", path = path.as_path()).to_string());
        }
        out
    }

    /// A short description of where the config came from.
    pub fn source_label(&self) -> String {
        match &self.source {
            Source::File(p) => p.display().to_string(),
            Source::BuiltIn => msg!("config-source-label-builtin").to_string(),
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

#[cfg(test)]
mod tests;
