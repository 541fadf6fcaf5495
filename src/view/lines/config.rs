//! What a config's loading and reloading says: the error of one that doesn't load, and what a
//! reload changed.

use crate::model::{Arg, Message};
use crate::msg;
use crate::view::i18n;

/// What the tray and the window say of a config that doesn't load.
pub fn config_error_line(error: &str) -> String {
    msg!("line-config-error", error = error).to_string()
}

/// What the window says of a config file that was edited and no longer loads, while the
/// monitor runs on: the error (its file, line and column), and that nothing stopped.
pub fn config_kept_line(error: &str) -> String {
    msg!("line-config-kept", error = error).to_string()
}

/// What `watch`, `serve` and the tray log when the config file reloads (an edit, or SIGHUP):
/// one line saying what changed, or that nothing that runs did.
pub fn config_reloaded_line(path: &std::path::Path, c: &crate::config::Changes) -> String {
    if c.is_empty() {
        return msg!("line-config-reloaded-nothing", path = path).to_string();
    }
    let services = |v: &[String]| (Arg::list(v.iter().map(String::as_str)), v.len());
    let mut parts: Vec<Message> = Vec::new();
    if !c.added.is_empty() {
        let (names, count) = services(&c.added);
        parts.push(msg!(
            "line-config-reloaded-added",
            services = names,
            count = count
        ));
    }
    if !c.removed.is_empty() {
        let (names, count) = services(&c.removed);
        parts.push(msg!(
            "line-config-reloaded-removed",
            services = names,
            count = count
        ));
    }
    if !c.changed.is_empty() {
        let (names, count) = services(&c.changed);
        parts.push(msg!(
            "line-config-reloaded-changed",
            services = names,
            count = count
        ));
    }
    if c.baseline {
        parts.push(msg!("line-config-reloaded-baseline"));
    }
    if !c.settings.is_empty() {
        // The keys as the file spells them, one after another (not a sentence's list).
        let keys = c.settings.join(&i18n::text("list-comma"));
        parts.push(msg!(
            "line-config-reloaded-settings",
            keys = keys,
            count = c.settings.len()
        ));
    }
    let separator = msg!("line-clause-separator").to_string();
    let changes = parts
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(&separator);
    msg!("line-config-reloaded", path = path, changes = changes).to_string()
}

/// What `watch` and `serve` log when the edited config file doesn't load: the loader's error,
/// and that the last config that loaded runs on.
pub fn config_not_reloaded_line(error: &str) -> String {
    msg!("line-config-not-reloaded", error = error).to_string()
}
