//! Credentials and tokens never reach logs, notifications or history.

use url::Url;

/// Query parameters whose values are secrets (matched case-insensitively, by substring).
const SECRET_PARAMS: [&str; 10] = [
    "token",
    "key",
    "sig",
    "secret",
    "password",
    "passwd",
    "auth",
    "session",
    "credential",
    "hmac",
];

/// The URL with any user, password and secret-looking query values replaced by `REDACTED`.
pub fn url(u: &Url) -> String {
    let mut u = u.clone();
    if !u.username().is_empty() {
        let _ = u.set_username("REDACTED");
    }
    if u.password().is_some() {
        let _ = u.set_password(None);
    }
    if u.query().is_some() {
        let pairs: Vec<(String, String)> = u
            .query_pairs()
            .map(|(k, v)| {
                let lower = k.to_ascii_lowercase();
                let secret = SECRET_PARAMS.iter().any(|s| lower.contains(s));
                (
                    k.into_owned(),
                    if secret {
                        "REDACTED".into()
                    } else {
                        v.into_owned()
                    },
                )
            })
            .collect();
        u.query_pairs_mut().clear().extend_pairs(pairs);
    }
    u.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hides_credentials_and_tokens() {
        let u = Url::parse("https://me:hunter2@cdn.test/a.mp3?__token__=abc&type=x").unwrap();
        let r = url(&u);
        assert!(!r.contains("hunter2"), "{r}");
        assert!(!r.contains("abc"), "{r}");
        assert!(r.contains("type=x"), "{r}");
    }
}
