//! The pseudo-locale, `en-XA`: English with every letter accented and every vowel doubled,
//! about 40% longer, for checking that the tray and the window lay out longer languages
//! without clipping and that no text escapes the catalogue (an unaccented word on screen was
//! never translated). Not listed in the settings; `language = "en-XA"` or `LANG=en_XA` picks it.

use std::borrow::Cow;

use super::Language;

/// The pseudo-locale: English's catalogue, transformed as it renders.
pub static PSEUDO: Language = Language {
    code: "en-XA",
    source: "",
};

/// Accents every ASCII letter and doubles every vowel: "Check now" → "Çhééçķ ñööŵ".
pub fn transform(text: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        let accented = match c {
            'a' => "áá",
            'e' => "éé",
            'i' => "íí",
            'o' => "öö",
            'u' => "ûû",
            'y' => "ýý",
            'A' => "ÁÁ",
            'E' => "ÉÉ",
            'I' => "ÍÍ",
            'O' => "ÖÖ",
            'U' => "ÛÛ",
            'Y' => "ÝÝ",
            'c' => "ç",
            'C' => "Ç",
            'n' => "ñ",
            'N' => "Ñ",
            'k' => "ķ",
            's' => "š",
            'S' => "Š",
            'z' => "ž",
            'w' => "ŵ",
            'g' => "ğ",
            'l' => "ļ",
            'r' => "ŕ",
            't' => "ţ",
            'd' => "ď",
            _ => {
                out.push(c);
                continue;
            }
        };
        out.push_str(accented);
    }
    Cow::Owned(out)
}
