//! The settings window's form over the config file: read from the file, and saved back into it
//! with `toml_edit`, so that the user's comments, order and every table the form does not know
//! stay as they were. The engine's own loader validates the result before anything is written,
//! and each field is checked on its own first, so that an error can be shown at its field.
//!
//! Split by concern: this file is the form (its fields, read from the file); `fields` checks
//! each field on its own; `save` applies the form to the file with `toml_edit` and writes it.

mod fields;
mod save;

use std::path::Path;

use serde::{Deserialize, Serialize};
use toml_edit::{DocumentMut, Item, Table};

pub use save::{apply, save};

use super::{Config, Source, CATALOGUE};
use crate::error::Error;
use crate::model::Message;
use crate::msg;
use crate::view::i18n;

/// What the settings window shows and saves.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Form {
    /// How often each service is checked: "60s", "5m".
    pub interval: String,
    pub notify_down: bool,
    pub notify_recovered: bool,
    pub notify_degraded: bool,
    pub notify_offline: bool,
    /// Remind that a service is still down this often ("30m"); `None`: no reminders.
    pub remind_every: Option<String>,
    /// Check the user's own connection (the baseline).
    pub baseline: bool,
    /// Ask probes elsewhere (Globalping) when a service fails on its own side.
    #[serde(default = "yes")]
    pub ask_elsewhere: bool,
    /// Learn this network's provider (RIPEstat) when asking elsewhere, so probes on it are
    /// asked too.
    #[serde(default = "yes")]
    pub learn_provider: bool,
    /// The user's country for those probes ("GB"); empty: the time zone's.
    #[serde(default)]
    pub country: String,
    /// A Globalping token; empty: none.
    #[serde(default)]
    pub outside_view_token: String,
    /// The language Downbeat speaks: a code of [`languages`] ("de"), or "auto" for the
    /// system's.
    #[serde(default = "auto")]
    pub language: String,
    /// The services, in order.
    pub services: Vec<FormService>,
}

fn yes() -> bool {
    true
}

/// The form's `language` for the system's language (no `language` in the file).
pub const AUTO: &str = "auto";

fn auto() -> String {
    AUTO.to_owned()
}

/// One language the settings page lists: its code and its name in itself ("Deutsch").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LanguageChoice {
    pub code: &'static str,
    pub name: String,
}

/// The languages Downbeat speaks, for the settings page's list, each named in itself.
pub fn languages() -> Vec<LanguageChoice> {
    i18n::LANGUAGES
        .iter()
        .map(|lang| LanguageChoice {
            code: lang.code,
            name: i18n::render_in(lang, &msg!("language-name")),
        })
        .collect()
}

/// One service in the form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum FormService {
    /// A service from the catalogue (`preset = "deezer"`), with any corrections the file makes.
    Preset { preset: String, name: String },
    /// A custom HTTPS service: one check of a URL.
    Custom {
        name: String,
        url: String,
        expect_status: String,
    },
    /// A service written by hand that the form can't show (several checks, other kinds): kept
    /// as it is, or removed.
    Other { name: String },
}

impl FormService {
    /// What identifies it in the file: the preset's name, else the service's.
    fn key(&self) -> (bool, &str) {
        match self {
            FormService::Preset { preset, .. } => (true, preset),
            FormService::Custom { name, .. } | FormService::Other { name } => (false, name),
        }
    }
}

/// Why a form could not be saved. Each `message` is the page's words (serialized as its text,
/// in the current language).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SaveError {
    /// A field's value is wrong: `field` names it ("interval", "services.2.url").
    Field { field: String, message: Message },
    /// The file on disk has an error of its own (it was edited by hand): it is not touched
    /// until that is fixed.
    Broken { message: Message },
    /// The file can't be written.
    Write { message: Message },
}

impl SaveError {
    /// The error in the catalogue's words: a field's names the field.
    pub fn message(&self) -> Message {
        match self {
            SaveError::Field { field, message } => {
                msg!("config-key-problem", key = field, problem = message)
            }
            SaveError::Broken { message } | SaveError::Write { message } => message.clone(),
        }
    }
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&i18n::render(&self.message()))
    }
}

const DEFAULT_INTERVAL: &str = "60s";
/// What a check expects when the file says nothing: the loader's default status range.
const DEFAULT_STATUS: &str = "200-399";

fn text_of(path: &Path) -> Result<String, Error> {
    match std::fs::read_to_string(path) {
        Ok(t) => Ok(t),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(String::new()),
        Err(reason) => Err(Error::ConfigRead {
            path: path.to_path_buf(),
            reason,
        }),
    }
}

/// The form for a config file (a missing one is the built-in defaults). A file with an error
/// is that error: the window shows it instead of a form.
pub fn read(path: &Path) -> Result<Form, Error> {
    let text = text_of(path)?;
    Config::parse(&text, Source::File(path.to_path_buf()))?;
    let doc: DocumentMut = text
        .parse()
        .map_err(|e: toml_edit::TomlError| Error::Config {
            path: Message::verbatim(path.display().to_string()),
            line: 1,
            column: 1,
            // The parser's own words.
            message: Message::verbatim(e.message()),
        })?;
    Ok(form_of(&doc))
}

fn form_of(doc: &DocumentMut) -> Form {
    let settings = doc.get("settings").and_then(Item::as_table_like);
    let get = |k: &str| settings.and_then(|s| s.get(k));
    let flag = |k: &str, default: bool| get(k).and_then(Item::as_bool).unwrap_or(default);
    let services = match doc.get("service").and_then(Item::as_array_of_tables) {
        Some(list) => list.iter().map(service_of).collect(),
        // No [[service]]: the built-in Spotify preset runs.
        None => vec![FormService::Preset {
            preset: "spotify".into(),
            name: "Spotify".into(),
        }],
    };
    Form {
        interval: get("interval")
            .and_then(Item::as_str)
            .unwrap_or(DEFAULT_INTERVAL)
            .to_owned(),
        notify_down: flag("notify_down", true),
        notify_recovered: flag("notify_recovered", true),
        notify_degraded: flag("notify_degraded", false),
        notify_offline: flag("notify_offline", true),
        remind_every: get("remind_every")
            .and_then(Item::as_str)
            .map(str::to_owned),
        baseline: flag("baseline_checks", true),
        ask_elsewhere: get("outside_view").and_then(Item::as_str) != Some(""),
        learn_provider: get("network_lookup").and_then(Item::as_str) != Some(""),
        country: get("country")
            .and_then(Item::as_str)
            .unwrap_or_default()
            .to_owned(),
        outside_view_token: get("outside_view_token")
            .and_then(Item::as_str)
            .unwrap_or_default()
            .to_owned(),
        language: get("language")
            .and_then(Item::as_str)
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .unwrap_or(AUTO)
            .to_owned(),
        services,
    }
}

fn service_of(t: &Table) -> FormService {
    let s = |k: &str| t.get(k).and_then(Item::as_str).map(str::to_owned);
    if let Some(preset) = s("preset") {
        let name = s("name").unwrap_or_else(|| {
            CATALOGUE
                .iter()
                .find(|(p, _)| *p == preset)
                .map_or_else(|| preset.clone(), |(_, n)| (*n).to_owned())
        });
        return FormService::Preset { preset, name };
    }
    let name = s("name").unwrap_or_default();
    let checks = t.get("check").and_then(Item::as_array_of_tables);
    let simple = t.iter().all(|(k, _)| matches!(k, "name" | "check"));
    if let (true, Some(checks)) = (simple, checks) {
        if let (1, Some(c)) = (checks.len(), checks.get(0)) {
            let plain = c
                .iter()
                .all(|(k, _)| matches!(k, "name" | "url" | "expect_status"));
            let kind_ok = c.get("kind").is_none();
            // The status as one field: the loader's default when the file leaves it out, a
            // code as its number; a list is more than the form can show.
            let status = match c.get("expect_status") {
                None => Some(DEFAULT_STATUS.to_owned()),
                Some(s) => s
                    .as_str()
                    .map(str::to_owned)
                    .or_else(|| s.as_integer().map(|code| code.to_string())),
            };
            if let (true, true, Some(url), Some(expect_status)) =
                (plain, kind_ok, c.get("url").and_then(Item::as_str), status)
            {
                return FormService::Custom {
                    name,
                    url: url.to_owned(),
                    expect_status,
                };
            }
        }
    }
    FormService::Other { name }
}

#[cfg(test)]
mod tests;
