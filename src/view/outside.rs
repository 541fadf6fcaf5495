//! What the world said, for every front end: a card's line from the outside view, `check`'s
//! note and its `--outside` listing, the provider's sentences, and a vendor's status page.

use super::ServiceView;
use crate::model::Scope;

/// What the world said about a service's failure, in one sentence for its card; `None` until it
/// was asked.
pub fn outside_line(v: &ServiceView) -> Option<String> {
    let o = v.outside.as_ref()?;
    let places = |n: u32| if n == 1 { "place" } else { "places" };
    Some(match o.scope {
        Scope::Everywhere => format!(
            "Seen from elsewhere: it fails from {} of {} {} too, across {} countries.",
            o.failing,
            o.probes,
            places(o.probes),
            o.countries
        ),
        Scope::Region => format!(
            "Seen from elsewhere: {} of {} {} in {} fail; it works from {} {} elsewhere.",
            o.in_country.failing,
            o.in_country.probes,
            places(o.in_country.probes),
            o.country_words(),
            o.probes - o.in_country.probes,
            places(o.probes - o.in_country.probes)
        ),
        Scope::Partial => format!(
            "Seen from elsewhere: it fails from {} of {} {} and works from the rest.",
            o.failing,
            o.probes,
            places(o.probes)
        ),
        Scope::OnlyHere => {
            let mut line = format!(
                "Seen from elsewhere: it works from {} of {} {}, so it is your network's path to it.",
                o.probes - o.failing,
                o.probes,
                places(o.probes)
            );
            if let Some(note) = provider_note(o) {
                line.push(' ');
                line.push_str(&note);
            }
            line
        }
        Scope::Provider => format!(
            "Seen from elsewhere: it fails on {}'s network ({} of {} {}) and works on others ({} of {}).",
            provider_name(o),
            o.on_provider.failing,
            o.on_provider.probes,
            places(o.on_provider.probes),
            (o.probes - o.on_provider.probes) - (o.failing - o.on_provider.failing),
            o.probes - o.on_provider.probes
        ),
        Scope::Unknown => format!(
            "Not seen from elsewhere: {}.",
            o.error.as_deref().unwrap_or("no answer")
        ),
    })
}

/// What a vendor's status page says, beside what Downbeat observed: "Spotify's status page:
/// Partial System Outage: 'Playback failures' (investigating since 09:58)", or "Spotify's
/// status page reports no incident yet".
pub fn status_page_line(service: &str, page: &crate::model::VendorStatus, now_ms: i64) -> String {
    if let Some(e) = &page.error {
        return format!("{service}'s status page could not be read: {e}.");
    }
    // A major indicator with most components operational is a partial outage.
    let partial = page.indicator.as_deref() == Some("major")
        && page.components > 0
        && page.affected.len() * 2 < page.components;
    let head = match (partial, page.description.as_deref()) {
        (true, _) => Some("Partial System Outage"),
        (false, d) => d,
    };
    // Which components, three at most: "Playback (Europe): major outage".
    let parts: Vec<String> = page
        .affected
        .iter()
        .take(3)
        .map(|c| format!("{}: {}", c.name, c.status.replace('_', " ")))
        .collect();
    let components = match page.affected.len() {
        0 => String::new(),
        n if n > 3 => format!(" — {}, and {} more", parts.join(", "), n - 3),
        _ => format!(" — {}", parts.join(", ")),
    };
    let Some(first) = page.incidents.first() else {
        return match (page.indicator.as_deref(), page.affected.is_empty()) {
            (None | Some("none"), true) => {
                format!("{service}'s status page reports no incident yet.")
            }
            _ => format!(
                "{service}'s status page: {}{components}.",
                head.unwrap_or("a problem, no incident named")
            ),
        };
    };
    let since = first
        .created_at
        .as_deref()
        .and_then(|t| t.parse::<jiff::Timestamp>().ok())
        .map(|t| {
            format!(
                " since {}",
                crate::view::i18n::when(t.as_millisecond(), now_ms)
            )
        })
        .unwrap_or_default();
    let more = match page.incidents.len() {
        1 => String::new(),
        n => format!(", and {} more", n - 1),
    };
    let head = match (head, components.is_empty()) {
        (Some(d), true) => format!("{d}: "),
        (Some(d), false) => format!("{d}{components}; "),
        (None, _) => String::new(),
    };
    format!(
        "{service}'s status page: {head}'{}' ({}{since}){more}.",
        first.name, first.status
    )
}

/// Whom `check` asked, and where the user's country came from: "Asked 6 probes elsewhere, 2 of
/// them in the United Kingdom (your country, from the time zone Europe/London)." Or why none
/// could say.
pub fn outside_note(o: &crate::model::Outside) -> String {
    let country = match (&o.country, &o.country_from) {
        (Some(_), Some(from)) => format!("{} (your country, from {from})", o.country_words()),
        (Some(_), None) => o.country_words(),
        (None, _) => "your country (unknown: your time zone names none; set country in [settings])"
            .to_owned(),
    };
    match o.scope {
        Scope::Unknown => format!(
            "Probes elsewhere could not say: {}.",
            o.error.as_deref().unwrap_or("no answer")
        ),
        _ => format!(
            "Asked {} probes elsewhere, {} of them in {country}.",
            o.probes, o.in_country.probes
        ),
    }
}

/// The user's provider as a sentence names it: "British Telecommunications PLC", else "your
/// provider".
pub fn provider_name(o: &crate::model::Outside) -> String {
    o.provider
        .as_ref()
        .map_or_else(|| "your provider".to_owned(), |p| p.name.clone())
}

/// "It's your provider": it fails on the user's provider's network elsewhere too, and works on
/// other networks. "Spotify fails on BT's network elsewhere in the United Kingdom too, and
/// works on other networks: it's your provider, not Spotify and not your home. Restarting your
/// router won't help; a phone on mobile data will. Tell BT."
pub fn provider_sentence(service: &str, o: &crate::model::Outside) -> String {
    let name = provider_name(o);
    // "elsewhere in the United Kingdom" when every probe on it that failed is in the user's
    // country.
    let asn = o.provider.as_ref().map(|p| p.asn);
    let in_country = o.country.as_deref().is_some_and(|c| {
        o.places
            .iter()
            .filter(|p| Some(p.asn) == asn && !p.works)
            .all(|p| p.country.eq_ignore_ascii_case(c))
    });
    let where_ = if in_country {
        format!("elsewhere in {}", o.country_words())
    } else {
        "elsewhere".to_owned()
    };
    format!(
        "{service} fails on {name}'s network {where_} too, and works on other networks: it's your provider, not {service} and not your home. Restarting your router won't help; a phone on mobile data will. Tell {name}."
    )
}

/// What the outside view could tell of the provider when the service works elsewhere: that it
/// works on the user's provider elsewhere too (so it is this connection), that no probe sits on
/// that network, or why the provider is not known. `None` when nothing was asked of it.
pub fn provider_note(o: &crate::model::Outside) -> Option<String> {
    match (&o.provider, &o.provider_error) {
        (Some(p), _) if o.on_provider.probes > 0 && o.on_provider.failing == 0 => Some(format!(
            "It works on {} elsewhere too ({} of {}): it's this connection, not your provider.",
            p.name, o.on_provider.probes, o.on_provider.probes
        )),
        (Some(p), _) if o.on_provider.probes == 0 => Some(format!(
            "No probe was on {}'s network, so Downbeat could not tell your provider from your home.",
            p.name
        )),
        (None, Some(e)) => Some(format!(
            "Downbeat could not learn your provider ({e}), so it could not tell your provider from your home."
        )),
        _ => None,
    }
}

/// What `check --outside` prints: what was asked, the provider, each probe and what it saw, and
/// the scope in a sentence.
pub fn outside_listing(service: &str, host: &str, o: &crate::model::Outside) -> Vec<String> {
    let mut lines = vec![format!(
        "Asked probes elsewhere to reach {host} ({service})."
    )];
    lines.push(match (&o.provider, &o.provider_error) {
        (Some(p), _) => format!("Your provider: {} (AS{}).", p.name, p.asn),
        (None, Some(e)) => format!("Your provider: not known ({e})."),
        (None, None) => "Your provider: not asked.".to_owned(),
    });
    if o.scope == Scope::Unknown {
        lines.push(format!(
            "Probes elsewhere could not say: {}.",
            o.error.as_deref().unwrap_or("no answer")
        ));
        return lines;
    }
    lines.push(outside_note(o));
    for p in &o.places {
        let mark = if p.works { "✓ works" } else { "✕ fails" };
        let on_yours = if o.provider.as_ref().is_some_and(|mine| mine.asn == p.asn) {
            " (your provider)"
        } else {
            ""
        };
        lines.push(format!(
            "  {mark} {}, {}: {} (AS{}){on_yours}",
            p.city, p.country, p.network, p.asn
        ));
    }
    let scope = match o.scope {
        Scope::Everywhere => format!("{service} fails from most places: down for everyone."),
        Scope::Region => format!(
            "{service} fails in {} and works elsewhere.",
            o.country_words()
        ),
        Scope::Provider => provider_sentence(service, o),
        Scope::Partial => format!("{service} fails from some places and works from others."),
        // Whether it works here is not what `--outside` asks: the provider's probes are marked
        // above, and nothing here is judged.
        Scope::OnlyHere => format!("{service} works from everywhere asked."),
        Scope::Unknown => String::new(),
    };
    lines.push(scope);
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Outside, Provider, Tally};

    /// What the outside view says of the provider when the service works elsewhere: works on it
    /// too (this connection), no probe on it, or not known (and why); nothing when the lookup is
    /// off.
    #[test]
    fn the_provider_note_says_what_could_be_told() {
        let bt = Provider {
            asn: 2856,
            name: "BT".into(),
        };
        let with = |provider: Option<Provider>, on: Tally, error: Option<&str>| Outside {
            provider,
            on_provider: on,
            provider_error: error.map(str::to_owned),
            ..Outside::unknown(Some("GB".into()), "")
        };
        let three = Tally {
            probes: 3,
            failing: 0,
        };
        let none = Tally::default();
        let table: &[(Outside, Option<&str>)] = &[
            (
                with(Some(bt.clone()), three, None),
                Some("It works on BT elsewhere too (3 of 3): it's this connection, not your provider."),
            ),
            (
                with(Some(bt), none, None),
                Some("No probe was on BT's network, so Downbeat could not tell your provider from your home."),
            ),
            (
                with(None, none, Some("no answer from RIPEstat: connection refused")),
                Some("Downbeat could not learn your provider (no answer from RIPEstat: connection refused), so it could not tell your provider from your home."),
            ),
            (with(None, none, None), None),
        ];
        for (o, want) in table {
            assert_eq!(provider_note(o).as_deref(), *want);
        }
    }
}
