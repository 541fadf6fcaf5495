//! The catalogue: every sentence a user reads, in every language Downbeat speaks, and the one
//! place that turns a [`Message`] (an id and its facts) into words.
//!
//! - `LANGUAGES`: the languages, one line each; the words are in `i18n/<code>/downbeat.ftl`
//!   (Fluent), built into the binary;
//! - [`use_language`]: the language a program speaks (`[settings] language`, else the system's);
//! - [`render`]: a message in the current language (`Display` on [`Message`] calls it);
//! - `format`: how each language writes dates, times, spans, numbers and lists.
//!
//! A language lacking a message falls back to English for that message alone (the
//! completeness test keeps that from happening in a release).

mod format;
mod locale;
mod pseudo;

use std::borrow::Cow;
use std::cell::Cell;
use std::fmt;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::model::{Arg, Message};

pub use format::{clock, clock_seconds, date, date_time, duration, number, phase_ms, span, when};
pub use locale::{matching, system_language};

/// One language: its code (BCP 47) and its catalogue.
#[derive(Debug)]
pub struct Language {
    /// "en", "en-GB", "de", "pt-BR", …
    pub code: &'static str,
    /// The Fluent source, `i18n/<code>/downbeat.ftl`.
    pub source: &'static str,
}

/// One line per language. `en` is the source, and first: the fallback for anything missing.
macro_rules! language {
    ($code:literal) => {
        Language {
            code: $code,
            source: include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/i18n/",
                $code,
                "/downbeat.ftl"
            )),
        }
    };
}

/// Every language Downbeat speaks. Adding one is its `.ftl` file and one line here.
pub static LANGUAGES: &[Language] = &[
    language!("en"),
    language!("en-GB"),
    language!("de"),
    language!("fr"),
    language!("es"),
    language!("it"),
    language!("pt-BR"),
    language!("pl"),
    language!("sv"),
    language!("nl"),
];

/// The language called `code` ("de", "pt-BR"), exactly.
/// The pseudo-locale (`en-XA`) is found too, though no list shows it.
pub fn language(code: &str) -> Option<&'static Language> {
    LANGUAGES
        .iter()
        .find(|l| l.code.eq_ignore_ascii_case(code))
        .or_else(|| {
            pseudo::PSEUDO
                .code
                .eq_ignore_ascii_case(code)
                .then_some(&pseudo::PSEUDO)
        })
}

/// The pseudo-locale, `en-XA`: English, accented and about 40% longer.
pub fn pseudo() -> &'static Language {
    &pseudo::PSEUDO
}

fn by_index(i: usize) -> &'static Language {
    match LANGUAGES.get(i) {
        Some(l) => l,
        None if i == LANGUAGES.len() => &pseudo::PSEUDO,
        None => english(),
    }
}

/// English, the source and the fallback.
pub fn english() -> &'static Language {
    &LANGUAGES[0]
}

static CURRENT: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    static OVERRIDE: Cell<Option<usize>> = const { Cell::new(None) };
    static PROBLEMS: std::cell::RefCell<Option<Vec<String>>> = const { std::cell::RefCell::new(None) };
}

/// `f`, and every problem met rendering messages on this thread meanwhile: a missing id, a
/// missing argument, or (in a language other than English and its regional variants) a
/// message its own catalogue lacks, which English stood in for. What the tests of every
/// language use.
pub fn collect_problems<R>(f: impl FnOnce() -> R) -> (R, Vec<String>) {
    let before = PROBLEMS.with(|p| p.replace(Some(Vec::new())));
    let out = f();
    let found = PROBLEMS.with(|p| p.replace(before)).unwrap_or_default();
    (out, found)
}

fn problem(text: impl FnOnce() -> String) {
    PROBLEMS.with(|p| {
        if let Some(v) = p.borrow_mut().as_mut() {
            v.push(text());
        }
    });
}

fn index_of(lang: &'static Language) -> usize {
    if std::ptr::eq(lang, &pseudo::PSEUDO) {
        return LANGUAGES.len();
    }
    LANGUAGES
        .iter()
        .position(|l| std::ptr::eq(l, lang))
        .unwrap_or(0)
}

/// The language this program speaks: `setting` (`[settings] language`: a code, or "auto" for
/// the system's), else the system's (`LC_ALL` > `LC_MESSAGES` > `LANG` on Unix, the user's UI
/// language on Windows and macOS), else English. An unknown code falls back silently.
pub fn use_language(setting: Option<&str>) -> &'static Language {
    let chosen = choose(setting);
    CURRENT.store(index_of(chosen), Ordering::Relaxed);
    chosen
}

/// What [`use_language`] would choose, without choosing it.
pub fn choose(setting: Option<&str>) -> &'static Language {
    setting
        .filter(|s| !s.is_empty() && !s.eq_ignore_ascii_case("auto"))
        .and_then(matching)
        .or_else(system_language)
        .unwrap_or_else(english)
}

/// The language messages render in now: this thread's, when [`with_language`] set one, else
/// the program's.
pub fn current() -> &'static Language {
    let i = OVERRIDE
        .with(Cell::get)
        .unwrap_or_else(|| CURRENT.load(Ordering::Relaxed));
    by_index(i)
}

/// `f` with this thread's messages in `lang` (tests, and a window rendering for another
/// language than the program's).
pub fn with_language<R>(lang: &'static Language, f: impl FnOnce() -> R) -> R {
    let before = OVERRIDE.with(|o| o.replace(Some(index_of(lang))));
    let out = f();
    OVERRIDE.with(|o| o.set(before));
    out
}

type Bundle = FluentBundle<FluentResource>;

/// Each language's bundle, parsed the first time it is used: its own messages over English.
fn bundle(lang: &'static Language) -> &'static Bundle {
    static BUNDLES: OnceLock<Vec<OnceLock<Bundle>>> = OnceLock::new();
    let all = BUNDLES.get_or_init(|| (0..=LANGUAGES.len()).map(|_| OnceLock::new()).collect());
    let i = index_of(lang);
    all[i].get_or_init(|| build(lang, true))
}

fn parse(lang: &Language) -> FluentResource {
    FluentResource::try_new(lang.source.to_string()).unwrap_or_else(|(res, errors)| {
        tracing::warn!(language = lang.code, ?errors, "catalogue has syntax errors");
        res
    })
}

fn build(lang: &'static Language, with_fallback: bool) -> Bundle {
    let id = lang.code.parse().unwrap_or_default();
    let mut b = FluentBundle::new_concurrent(vec![id]);
    b.set_use_isolating(false);
    if std::ptr::eq(lang, &pseudo::PSEUDO) {
        b.set_transform(Some(pseudo::transform));
        b.add_resource_overriding(parse(english()));
        return b;
    }
    // A region's variant (en-GB) says only what differs: its language's messages are under
    // it. A full language stands alone; a message it lacks is rendered from English's bundle
    // (`english_fallback`), which is then parsed, and only then: the tray in German holds one
    // catalogue, not two.
    if with_fallback {
        if let Some(base) = lang.code.split_once('-').and_then(|(b, _)| language(b)) {
            b.add_resource_overriding(parse(base));
        }
    }
    b.add_resource_overriding(parse(lang));
    b
}

/// `m` in the current language.
pub fn render(m: &Message) -> String {
    render_in(current(), m)
}

/// `m` in `lang`.
pub fn render_in(lang: &'static Language, m: &Message) -> String {
    with_language(lang, || {
        let mut errors = Vec::new();
        let out = format_in(bundle(lang), m, &mut errors);
        for e in &errors {
            problem(|| format!("{}: {e}", lang.code));
        }
        if !errors.is_empty() {
            tracing::debug!(
                language = lang.code,
                id = m.id(),
                ?errors,
                "message rendered with errors"
            );
        }
        out
    })
}

/// `m` in `lang`'s own catalogue, with no English under it: the problems (a missing id, an
/// argument it lacks) instead of a fallback. What the completeness tests use.
pub fn render_strict(lang: &'static Language, m: &Message) -> Result<String, Vec<String>> {
    let b = strict_bundle(lang);
    let mut errors = Vec::new();
    let out = with_language(lang, || format_in(b, m, &mut errors));
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// `lang`'s own catalogue, with nothing under it.
fn strict_bundle(lang: &'static Language) -> &'static Bundle {
    static STRICT: OnceLock<Vec<OnceLock<Bundle>>> = OnceLock::new();
    let all = STRICT.get_or_init(|| (0..=LANGUAGES.len()).map(|_| OnceLock::new()).collect());
    all[index_of(lang)].get_or_init(|| build(lang, false))
}

fn format_in(b: &Bundle, m: &Message, errors: &mut Vec<String>) -> String {
    if let Some(text) = m.as_verbatim() {
        return text.to_string();
    }
    let lang = current();
    if lang.code.split('-').next() != Some("en") && PROBLEMS.with(|p| p.borrow().is_some()) {
        let own = strict_bundle(lang);
        if !own.has_message(m.id()) {
            problem(|| {
                format!(
                    // not for people: a problem the tests report to developers
                    "{}: {} is English (missing from the language's file)",
                    lang.code,
                    m.id()
                )
            });
        }
    }
    let Some(pattern) = b.get_message(m.id()).and_then(|msg| msg.value()) else {
        // not for people: logged, and reported by the tests
        errors.push(format!("no message {}", m.id()));
        return match english_fallback(b, m) {
            Some(s) => s,
            None => m.id().to_string(),
        };
    };
    let mut args = FluentArgs::new();
    for (name, value) in m.args() {
        args.set(name.clone(), value_of(value, errors));
    }
    let mut fluent_errors = Vec::new();
    let out = b.format_pattern(pattern, Some(&args), &mut fluent_errors);
    errors.extend(
        fluent_errors
            .into_iter()
            .map(|e| format!("{}: {e}", m.id())),
    );
    out.into_owned()
}

/// A message a strict bundle lacks, in English, so a caller still reads words.
fn english_fallback(b: &Bundle, m: &Message) -> Option<String> {
    let full = bundle(english());
    if std::ptr::eq(b, full) || !full.has_message(m.id()) {
        return None;
    }
    let mut ignored = Vec::new();
    Some(format_in(full, m, &mut ignored))
}

fn value_of<'a>(arg: &'a Arg, errors: &mut Vec<String>) -> FluentValue<'a> {
    match arg {
        Arg::Text(t) => FluentValue::String(Cow::Borrowed(t)),
        Arg::Int(n) => FluentValue::from(*n),
        other => FluentValue::String(Cow::Owned(arg_text(other, errors))),
    }
}

/// An argument as words, in the current language.
fn arg_text(arg: &Arg, errors: &mut Vec<String>) -> String {
    match arg {
        Arg::Text(t) => t.clone(),
        Arg::Int(n) => n.to_string(),
        Arg::Decimal(v, places) => number(*v, *places),
        Arg::Duration(us) => duration(std::time::Duration::from_micros(*us)),
        Arg::Span(ms) => span(std::time::Duration::from_millis(*ms)),
        Arg::When(ms) => when(
            *ms,
            crate::model::time::unix_ms(std::time::SystemTime::now()),
        ),
        Arg::Date(ms) => date(*ms),
        Arg::DateTime(ms) => date_time(*ms),
        Arg::Clock(ms) => clock(*ms),
        Arg::Msg(m) => {
            let lang = current();
            let mut inner = Vec::new();
            let out = format_in(bundle(lang), m, &mut inner);
            errors.extend(inner);
            out
        }
        Arg::List(items) => join(items, "list-and", errors),
        Arg::Choice(items) => join(items, "list-or", errors),
    }
}

fn join(items: &[Arg], last: &'static str, errors: &mut Vec<String>) -> String {
    let words: Vec<String> = items.iter().map(|a| arg_text(a, errors)).collect();
    match words.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., tail] => {
            let comma = render(&Message::new("list-comma"));
            render(
                &Message::new(last)
                    .arg("first", rest.join(&comma))
                    .arg("last", tail.as_str()),
            )
        }
    }
}

/// Items joined the current language's way: "A, B and C".
pub fn and_list<T: AsRef<str>>(items: &[T]) -> String {
    let args: Vec<Arg> = items.iter().map(|s| Arg::Text(s.as_ref().into())).collect();
    join(&args, "list-and", &mut Vec::new())
}

/// Items joined with "or": "A, B or C".
pub fn or_list<T: AsRef<str>>(items: &[T]) -> String {
    let args: Vec<Arg> = items.iter().map(|s| Arg::Text(s.as_ref().into())).collect();
    join(&args, "list-or", &mut Vec::new())
}

/// Whether English, the source, has a message with this id.
pub fn has_message(id: &str) -> bool {
    bundle(english()).has_message(id)
}

/// A message by id alone, in the current language.
pub fn text(id: &'static str) -> String {
    render(&Message::new(id))
}

/// The ids of every English message that starts with `prefix` ("ui-"), sorted: what the
/// window's page asks the catalogue for.
pub fn message_ids(prefix: &str) -> Vec<String> {
    ids(english())
        .into_iter()
        .map(|(id, _)| id)
        .filter(|id| id.starts_with(prefix))
        .collect()
}

/// Every message id in `lang`'s own file, with the arguments each uses, sorted: what the
/// completeness test compares and the window's page is given.
pub fn ids(lang: &'static Language) -> Vec<(String, Vec<String>)> {
    use fluent_syntax::ast;
    let res = match fluent_syntax::parser::parse(lang.source) {
        Ok(res) => res,
        Err((res, _)) => res,
    };
    let mut out = Vec::new();
    for entry in res.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = Vec::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut vars);
            }
            vars.sort();
            vars.dedup();
            out.push((m.id.name.to_string(), vars));
        }
    }
    out.sort();
    out
}

/// The syntax errors in `lang`'s file, each with its line.
pub fn syntax_errors(lang: &'static Language) -> Vec<String> {
    match fluent_syntax::parser::parse(lang.source) {
        Ok(_) => Vec::new(),
        Err((_, errors)) => errors
            .iter()
            .map(|e| {
                let line = lang.source[..e.pos.start.min(lang.source.len())]
                    .matches('\n')
                    .count()
                    + 1;
                format!("line {line}: {:?}", e.kind)
            })
            .collect(),
    }
}

fn pattern_vars(p: &fluent_syntax::ast::Pattern<&str>, vars: &mut Vec<String>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline(e: &InlineExpression<&str>, vars: &mut Vec<String>) {
        match e {
            InlineExpression::VariableReference { id } => vars.push(id.name.to_string()),
            InlineExpression::Placeable { expression } => expr(expression, vars),
            InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, vars);
                }
            }
            _ => {}
        }
    }
    fn expr(e: &Expression<&str>, vars: &mut Vec<String>) {
        match e {
            Expression::Inline(i) => inline(i, vars),
            Expression::Select { selector, variants } => {
                inline(selector, vars);
                for v in variants {
                    pattern_vars(&v.value, vars);
                }
            }
        }
    }
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expr(expression, vars);
        }
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&render(self))
    }
}

impl serde::Serialize for Message {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&render(self))
    }
}

#[cfg(test)]
mod tests;
