//! The settings window's form over the config file: read from the file, and saved back into it
//! with `toml_edit`, so that the user's comments, order and every table the form does not know
//! stay as they were. The engine's own loader validates the result before anything is written,
//! and each field is checked on its own first, so that an error can be shown at its field.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use toml_edit::{value, ArrayOfTables, DocumentMut, Item, Table, TableLike, Value};

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

/// Applies the form to config text and returns the new text, validated by the engine's loader.
/// Nothing the form does not name is touched.
pub fn apply(text: &str, form: &Form, path: &Path) -> Result<String, SaveError> {
    let source = || Source::File(path.to_path_buf());
    if let Err(e) = Config::parse(text, source()) {
        return Err(SaveError::Broken {
            message: msg!("config-form-broken", error = e.message()),
        });
    }
    let mut doc: DocumentMut =
        text.parse()
            .map_err(|e: toml_edit::TomlError| SaveError::Broken {
                message: msg!(
                    "config-form-unreadable",
                    path = path,
                    // The parser's own words.
                    reason = Message::verbatim(e.message()),
                ),
            })?;
    check_fields(form)?;
    let before = form_of(&doc);

    // [settings]: only what changed, so that an untouched default stays unwritten.
    let set = |doc: &mut DocumentMut, key: &str, v: Option<Item>| {
        if !doc.contains_key("settings") {
            doc.insert("settings", Item::Table(Table::new()));
        }
        if let Some(t) = doc["settings"].as_table_like_mut() {
            match v.map(Item::into_value) {
                Some(Ok(v)) => put(t, key, v),
                Some(Err(_)) => {}
                None => {
                    t.remove(key);
                }
            }
        }
    };
    if form.interval != before.interval {
        set(&mut doc, "interval", Some(value(form.interval.as_str())));
    }
    for (key, new, old) in [
        ("notify_down", form.notify_down, before.notify_down),
        (
            "notify_recovered",
            form.notify_recovered,
            before.notify_recovered,
        ),
        (
            "notify_degraded",
            form.notify_degraded,
            before.notify_degraded,
        ),
        ("notify_offline", form.notify_offline, before.notify_offline),
        ("baseline_checks", form.baseline, before.baseline),
    ] {
        if new != old {
            set(&mut doc, key, Some(value(new)));
        }
    }
    if form.remind_every != before.remind_every {
        set(
            &mut doc,
            "remind_every",
            form.remind_every.as_deref().map(value),
        );
    }
    if form.ask_elsewhere != before.ask_elsewhere {
        // Off is `outside_view = ""`; on again is the default (a URL of the user's own stays).
        set(
            &mut doc,
            "outside_view",
            (!form.ask_elsewhere).then(|| value("")),
        );
    }
    if form.learn_provider != before.learn_provider {
        // Off is `network_lookup = ""`; on again is the default.
        set(
            &mut doc,
            "network_lookup",
            (!form.learn_provider).then(|| value("")),
        );
    }
    if !form
        .language
        .trim()
        .eq_ignore_ascii_case(before.language.trim())
    {
        // "auto" is no `language` at all: the system's.
        let v = form.language.trim();
        let auto = v.is_empty() || v.eq_ignore_ascii_case(AUTO);
        set(&mut doc, "language", (!auto).then(|| value(v)));
    }
    for (key, new, old) in [
        ("country", &form.country, &before.country),
        (
            "outside_view_token",
            &form.outside_view_token,
            &before.outside_view_token,
        ),
    ] {
        if new.trim() != old.trim() {
            let v = new.trim();
            set(&mut doc, key, (!v.is_empty()).then(|| value(v)));
        }
    }

    apply_services(&mut doc, form);
    let out = doc.to_string();
    Config::parse(&out, source()).map_err(|e| SaveError::Field {
        field: "file".into(),
        message: message_of(&e),
    })?;
    Ok(out)
}

/// Sets `key` in a table, keeping the comments around a value it replaces.
fn put(t: &mut dyn TableLike, key: &str, v: Value) {
    match t.get_mut(key).and_then(Item::as_value_mut) {
        Some(old) => {
            let decor = old.decor().clone();
            *old = v;
            *old.decor_mut() = decor;
        }
        None => {
            t.insert(key, Item::Value(v));
        }
    }
}

/// The services: a kept one stays where it is with its comments and corrections; a custom one
/// has what the form changed of its name, URL and status written; a removed one goes; a new
/// one is added at the end.
fn apply_services(doc: &mut DocumentMut, form: &Form) {
    let existing: Vec<Table> = doc
        .get("service")
        .and_then(Item::as_array_of_tables)
        .map(|a| a.iter().cloned().collect())
        .unwrap_or_default();
    let mut old: Vec<(FormService, Table)> =
        existing.into_iter().map(|t| (service_of(&t), t)).collect();
    let mut list = ArrayOfTables::new();
    for s in &form.services {
        let found = old
            .iter()
            .position(|(o, _)| o.key() == s.key())
            .map(|i| old.remove(i));
        let (before, mut table) = match found {
            Some((before, table)) => (Some(before), table),
            None => (None, Table::new()),
        };
        match s {
            FormService::Preset { preset, .. } => {
                if before.is_none() {
                    table.insert("preset", value(preset.as_str()));
                }
            }
            // As the file has it: not a value is rewritten, nor a default written.
            FormService::Custom { .. } if before.as_ref() == Some(s) => {}
            FormService::Custom {
                name,
                url,
                expect_status,
            } => {
                // What the file said, for a custom service it has: only the fields the form
                // changed are written, so a status the file leaves out stays out.
                let (old_url, old_status) = match &before {
                    Some(FormService::Custom {
                        url, expect_status, ..
                    }) => (Some(url.as_str()), Some(expect_status.as_str())),
                    _ => (None, None),
                };
                if table.get("name").and_then(Item::as_str) != Some(name.as_str()) {
                    put(&mut table, "name", name.as_str().into());
                }
                let mut check = table
                    .get("check")
                    .and_then(Item::as_array_of_tables)
                    .and_then(|a| a.get(0).cloned())
                    .unwrap_or_default();
                if !check.contains_key("name") {
                    check.insert("name", value("website"));
                }
                if old_url != Some(url.as_str()) {
                    put(&mut check, "url", url.as_str().into());
                }
                if old_status != Some(expect_status.as_str()) {
                    put(&mut check, "expect_status", expect_status.as_str().into());
                }
                let mut checks = ArrayOfTables::new();
                checks.push(check);
                table.insert("check", Item::ArrayOfTables(checks));
            }
            FormService::Other { .. } => {}
        }
        list.push(table);
    }
    doc.insert("service", Item::ArrayOfTables(list));
}

/// The error's own words, without the file and position (the window shows it at its field).
fn message_of(e: &Error) -> Message {
    match e {
        Error::Config { message, .. } => message.clone(),
        other => other.message(),
    }
}

/// The page's label for a field, for its error: "Check every", not "interval" (the
/// config-field- message; `None`: the page shows the error alone).
fn label_of(field: &str) -> Option<Message> {
    let id = match field.rsplit('.').next().unwrap_or(field) {
        "interval" => "config-field-interval",
        "remind_every" => "config-field-remind-every",
        "url" => "config-field-url",
        "name" => "config-field-name",
        "expect_status" => "config-field-expect-status",
        "preset" => "config-field-preset",
        "country" => "config-field-country",
        "language" => "config-field-language",
        _ => return None,
    };
    Some(Message::new(id))
}

/// `problem` under the field's label ("Check every: …"), when the page has one.
fn under_label(field: &str, problem: Message) -> Message {
    match label_of(field) {
        Some(label) => msg!("config-form-labelled", label = label, problem = problem),
        None => problem,
    }
}

/// A loader's message for one field, in the page's words: its key ("interval: …") becomes the
/// field's label ("Check every: …").
fn labelled(field: &str, message: Message) -> Message {
    let key = field.rsplit('.').next().unwrap_or(field);
    // The key the loader named, if it named one: "interval" or, nested, "service.check.url".
    let named = message
        .args()
        .iter()
        .find_map(|(k, v)| match (k.as_ref(), v) {
            ("key", crate::model::Arg::Text(t)) => Some(t.as_str()),
            _ => None,
        });
    let ours = named.is_some_and(|k| k == key || k.ends_with(&format!(".{key}")));
    let rest = match message.id() {
        // "interval: …": the problem alone.
        "config-key-problem" if ours => message
            .args()
            .iter()
            .find_map(|(k, v)| match (k.as_ref(), v) {
                ("problem", crate::model::Arg::Msg(m)) => Some((**m).clone()),
                _ => None,
            })
            .unwrap_or(message),
        // "interval must be from 1s to 24h": the range alone.
        "config-duration-range-key" if ours => message
            .args()
            .iter()
            .filter(|(k, _)| k != "key")
            .fold(Message::new("config-duration-range"), |m, (k, v)| {
                m.arg(k.clone(), v.clone())
            }),
        _ => message,
    };
    under_label(field, rest)
}

/// Each field on its own, through the engine's loader, so that an error names its field in
/// the page's words.
fn check_fields(form: &Form) -> Result<(), SaveError> {
    let field = |field: String, text: String| {
        Config::parse(&text, Source::BuiltIn)
            .map(|_| ())
            .map_err(|e| SaveError::Field {
                message: labelled(&field, message_of(&e)),
                field,
            })
    };
    let quoted = |s: &str| toml_edit::Value::from(s).to_string();
    field(
        "interval".into(),
        format!(
            "baseline = []\n[settings]\ninterval = {}\n",
            quoted(&form.interval)
        ),
    )?;
    if let Some(r) = &form.remind_every {
        field(
            "remind_every".into(),
            format!("baseline = []\n[settings]\nremind_every = {}\n", quoted(r)),
        )?;
    }
    let language = form.language.trim();
    if !language.is_empty() && !language.eq_ignore_ascii_case(AUTO) {
        field(
            "language".into(),
            format!(
                "baseline = []\n[settings]\nlanguage = {}\n",
                quoted(language)
            ),
        )?;
    }
    if !form.country.trim().is_empty() {
        field(
            "country".into(),
            format!(
                "baseline = []\n[settings]\ncountry = {}\n",
                quoted(form.country.trim())
            ),
        )?;
    }
    let mut seen: Vec<&str> = Vec::new();
    for (i, s) in form.services.iter().enumerate() {
        let (_, key) = s.key();
        if seen.contains(&key) {
            return Err(SaveError::Field {
                field: format!("services.{i}.name"),
                message: msg!("config-form-duplicate-service", name = key),
            });
        }
        seen.push(key);
        match s {
            FormService::Preset { preset, .. } => field(
                format!("services.{i}.preset"),
                format!("baseline = []\n[[service]]\npreset = {}\n", quoted(preset)),
            )?,
            FormService::Custom {
                name,
                url,
                expect_status,
            } => {
                // One key per snippet, so the error is that key's.
                let head = "baseline = []\n[[service]]\n";
                let check = "[[service.check]]\nname = \"website\"\n";
                field(
                    format!("services.{i}.name"),
                    format!(
                        "{head}name = {}\n{check}url = \"https://x.test/\"\n",
                        quoted(name)
                    ),
                )?;
                field(
                    format!("services.{i}.url"),
                    format!("{head}name = \"x\"\n{check}url = {}\n", quoted(url)),
                )?;
                field(
                    format!("services.{i}.expect_status"),
                    format!(
                        "{head}name = \"x\"\n{check}url = \"https://x.test/\"\nexpect_status = {}\n",
                        quoted(expect_status)
                    ),
                )?;
                if !url
                    .trim_start()
                    .to_ascii_lowercase()
                    .starts_with("https://")
                {
                    let field = format!("services.{i}.url");
                    return Err(SaveError::Field {
                        message: under_label(&field, msg!("config-form-custom-https")),
                        field,
                    });
                }
            }
            FormService::Other { .. } => {}
        }
    }
    if form.services.is_empty() {
        return Err(SaveError::Field {
            field: "services".into(),
            message: msg!("config-form-no-services"),
        });
    }
    Ok(())
}

/// Saves the form into the config file: applied, validated, then written whole (a temporary
/// file beside it, renamed over it), so a failed write leaves the old file as it was.
pub fn save(path: &Path, form: &Form) -> Result<(), SaveError> {
    let text = text_of(path).map_err(|e| SaveError::Broken {
        message: e.message(),
    })?;
    let out = apply(&text, form, path)?;
    write_whole(path, &out).map_err(|e| SaveError::Write {
        message: msg!(
            "config-form-cannot-write",
            path = path,
            reason = Message::verbatim(e.to_string()),
        ),
    })
}

fn write_whole(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
    if !dir.as_os_str().is_empty() {
        std::fs::create_dir_all(&dir)?;
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "config.toml".into());
    let tmp: PathBuf = dir.join(format!(".{name}.saving"));
    let mut f = std::fs::File::create(&tmp)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        f.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    let written = f.write_all(text.as_bytes()).and_then(|()| f.sync_all());
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}

#[cfg(test)]
mod tests;
