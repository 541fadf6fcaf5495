//! Each field of the form checked on its own, through the engine's loader, and its error in
//! the page's words: under the field's label.

use super::{Form, FormService, SaveError, AUTO};
use crate::config::{Config, Source};
use crate::error::Error;
use crate::model::Message;
use crate::msg;

/// The error's own words, without the file and position (the window shows it at its field).
pub(super) fn message_of(e: &Error) -> Message {
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
pub(super) fn check_fields(form: &Form) -> Result<(), SaveError> {
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
