//! Saving the form: applied to the file's text with `toml_edit` (comments, order and unknown
//! tables kept), validated by the engine's loader, then written whole.

use std::path::{Path, PathBuf};

use toml_edit::{value, ArrayOfTables, DocumentMut, Item, Table, TableLike, Value};

use super::fields::{check_fields, message_of};
use super::{form_of, service_of, text_of, Form, FormService, SaveError, AUTO};
use crate::config::{Config, Source};
use crate::model::Message;
use crate::msg;

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
