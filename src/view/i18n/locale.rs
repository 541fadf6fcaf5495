//! Which language the system asks for: the locale's tag read the way each system keeps it,
//! matched to a language Downbeat speaks.

use super::{Language, LANGUAGES};

/// The language that best matches a locale: "de_DE.UTF-8", "de-AT", "pt_BR", "en_GB", "fr".
/// The exact language and region first ("en-GB", "pt-BR"), then the language alone ("de-AT" is
/// German; "pt-PT" is the Portuguese there is). `None` for "C", "POSIX" and anything unknown.
pub fn matching(tag: &str) -> Option<&'static Language> {
    // "de_DE.UTF-8@euro" → "de-DE"
    let tag = tag
        .split(['.', '@'])
        .next()
        .unwrap_or(tag)
        .replace('_', "-");
    if tag.is_empty() || tag.eq_ignore_ascii_case("C") || tag.eq_ignore_ascii_case("POSIX") {
        return None;
    }
    if let Some(l) = super::language(&tag).filter(|l| std::ptr::eq(*l, super::pseudo())) {
        return Some(l);
    }
    let mut parts = tag.split('-');
    let lang = parts.next()?.to_ascii_lowercase();
    let region = parts
        .find(|p| p.len() == 2 || p.len() == 3 && p.bytes().all(|b| b.is_ascii_digit()))
        .map(str::to_ascii_uppercase);
    if let Some(region) = &region {
        let full = format!("{lang}-{region}");
        if let Some(l) = LANGUAGES
            .iter()
            .find(|l| l.code.eq_ignore_ascii_case(&full))
        {
            return Some(l);
        }
    }
    LANGUAGES
        .iter()
        .find(|l| l.code.eq_ignore_ascii_case(&lang))
        .or_else(|| {
            LANGUAGES
                .iter()
                .find(|l| l.code.split('-').next() == Some(lang.as_str()))
        })
}

/// The system's language, when Downbeat speaks it: on Unix `LC_ALL`, else `LC_MESSAGES`, else
/// `LANG` (the first one set decides, as for every program); elsewhere, and on a Unix with none
/// of them set (a macOS app), the user's UI language.
pub fn system_language() -> Option<&'static Language> {
    #[cfg(unix)]
    {
        let var = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()));
        if let Some(v) = var {
            return matching(&v);
        }
    }
    sys_locale::get_locale().as_deref().and_then(matching)
}
