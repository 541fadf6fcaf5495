//! What a reload changed, as names and keys: the services added, removed or changed, the
//! baseline, and the `[settings]` keys whose values differ. The view says it in one line
//! (`view::config_reloaded_line`), as Prometheus exporters log what a SIGHUP reloaded.

use super::{Config, Settings};

/// The differences between two configs, in the file's own names.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    /// Services in the new config only, by name, in its order.
    pub added: Vec<String>,
    /// Services in the old config only.
    pub removed: Vec<String>,
    /// Services in both, whose checks, groups, advice or status page differ.
    pub changed: Vec<String>,
    /// The baseline's checks differ.
    pub baseline: bool,
    /// The `[settings]` keys whose values differ, as the file spells them.
    pub settings: Vec<&'static str>,
}

impl Changes {
    /// What changed from `old` to `new`.
    pub fn between(old: &Config, new: &Config) -> Changes {
        let named = |c: &Config, name: &str| c.services.iter().find(|s| s.name == name).cloned();
        let mut out = Changes::default();
        for s in &new.services {
            match named(old, &s.name) {
                None => out.added.push(s.name.clone()),
                Some(o) if o != *s => out.changed.push(s.name.clone()),
                Some(_) => {}
            }
        }
        out.removed = old
            .services
            .iter()
            .filter(|s| named(new, &s.name).is_none())
            .map(|s| s.name.clone())
            .collect();
        out.baseline = old.baseline != new.baseline;
        out.settings = settings_keys(&old.settings, &new.settings);
        out
    }

    /// Nothing that runs differs (the file was saved as it was, or only its comments changed).
    pub fn is_empty(&self) -> bool {
        *self == Changes::default()
    }
}

/// The keys of `[settings]` whose values differ, in the file's order.
fn settings_keys(a: &Settings, b: &Settings) -> Vec<&'static str> {
    let (n, m) = (&a.notify, &b.notify);
    let (t, u) = (&a.thresholds, &b.thresholds);
    [
        ("interval", a.interval != b.interval),
        ("timeout", a.timeout != b.timeout),
        ("failure_threshold", t.failure != u.failure),
        ("recovery_threshold", t.recovery != u.recovery),
        ("degraded_threshold", t.degraded != u.degraded),
        ("slow_ms", a.slow != b.slow),
        ("cert_warn_days", a.cert_warn_days != b.cert_warn_days),
        ("ca_file", a.ca_file != b.ca_file),
        ("dns_servers", a.dns_servers != b.dns_servers),
        ("reference_dns", a.reference_dns != b.reference_dns),
        ("resolve", a.resolve != b.resolve),
        ("notify_down", n.down != m.down),
        ("notify_recovered", n.recovered != m.recovered),
        ("notify_degraded", n.degraded != m.degraded),
        ("notify_offline", n.offline != m.offline),
        ("remind_every", n.remind_every != m.remind_every),
        ("backoff_max", a.backoff_max != b.backoff_max),
        ("keep_raw", a.retention.raw != b.retention.raw),
        ("keep_rollups", a.retention.rollups != b.retention.rollups),
        ("outside_view", a.outside_view != b.outside_view),
        (
            "outside_view_token",
            a.outside_view_token != b.outside_view_token,
        ),
        ("network_lookup", a.network_lookup != b.network_lookup),
        ("country", a.country != b.country),
        ("language", a.language != b.language),
    ]
    .into_iter()
    .filter_map(|(key, differs)| differs.then_some(key))
    .collect()
}
