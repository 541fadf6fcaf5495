//! What the world said, for every front end: a card's line from the outside view, `check`'s
//! note and its `--outside` listing, the provider's sentences, and a vendor's status page.

use super::ServiceView;
use crate::model::{Message, Scope};
use crate::msg;
use crate::view::i18n;

/// Why the world could not say, in words: its error, else "no answer".
fn why_unknown(o: &crate::model::Outside) -> Message {
    o.error.clone().unwrap_or_else(|| msg!("outside-no-answer"))
}

/// What the world said about a service's failure, in one sentence for its card; `None` until it
/// was asked.
pub fn outside_line(v: &ServiceView) -> Option<String> {
    let o = v.outside.as_ref()?;
    let line = match o.scope {
        Scope::Everywhere => msg!(
            "outside-line-everywhere",
            failing = o.failing,
            probes = o.probes,
            countries = o.countries
        ),
        Scope::Region => msg!(
            "outside-line-region",
            failing = o.in_country.failing,
            probes = o.in_country.probes,
            country = o.country_words(),
            elsewhere = o.probes - o.in_country.probes
        ),
        Scope::Partial => msg!(
            "outside-line-partial",
            failing = o.failing,
            probes = o.probes
        ),
        Scope::OnlyHere => {
            let line = msg!(
                "outside-line-only-here",
                working = o.probes - o.failing,
                probes = o.probes
            );
            match provider_note(o) {
                // Two sentences, one after the other.
                Some(note) => return Some(format!("{line} {note}")),
                None => line,
            }
        }
        Scope::Provider => {
            let elsewhere = o.probes - o.on_provider.probes;
            msg!(
                "outside-line-provider",
                provider = provider_name(o),
                failing = o.on_provider.failing,
                probes = o.on_provider.probes,
                working = elsewhere - (o.failing - o.on_provider.failing),
                others = elsewhere
            )
        }
        Scope::Unknown => msg!("outside-line-unknown", error = why_unknown(o)),
    };
    Some(line.to_string())
}

/// What a vendor's status page says, beside what Downbeat observed: "Spotify's status page:
/// Partial System Outage: 'Playback failures' (investigating since 09:58)", or "Spotify's
/// status page reports no incident yet".
pub fn status_page_line(service: &str, page: &crate::model::VendorStatus, now_ms: i64) -> String {
    if let Some(e) = &page.error {
        return msg!("outside-page-unread", service = service, error = e).to_string();
    }
    // A major indicator with most components operational is a partial outage.
    let partial = page.indicator.as_deref() == Some("major")
        && page.components > 0
        && page.affected.len() * 2 < page.components;
    // The page's own words ("Partial System Outage"), as it writes them.
    let head = match (partial, page.description.as_deref()) {
        (true, _) => Some(msg!("outside-page-partial-outage")),
        (false, d) => d.map(Message::verbatim),
    };
    // Which components, three at most: "Playback (Europe): major outage".
    let parts: Vec<String> = page
        .affected
        .iter()
        .take(3)
        .map(|c| {
            msg!(
                "outside-page-component",
                component = c.name.as_str(),
                status = c.status.as_str(),
                status_text = c.status.replace('_', " ")
            )
            .to_string()
        })
        .collect();
    let parts = parts.join(&i18n::text("list-comma"));
    let components = match page.affected.len() {
        0 => None,
        n if n > 3 => Some(msg!(
            "outside-page-components-more",
            components = parts,
            more = n - 3
        )),
        _ => Some(Message::verbatim(parts)),
    };
    // The page's words and its components: "Partial System Outage — Playback: major outage".
    let head_and_components = |head: Message, components: &Message| {
        msg!(
            "outside-page-head-components",
            head = head,
            components = components
        )
    };
    let Some(first) = page.incidents.first() else {
        return match (page.indicator.as_deref(), page.affected.is_empty()) {
            (None | Some("none"), true) => msg!("outside-page-no-incident", service = service),
            _ => {
                let head = head.unwrap_or_else(|| msg!("outside-page-a-problem"));
                let what = match &components {
                    Some(c) => head_and_components(head, c),
                    None => head,
                };
                msg!("outside-page-says", service = service, what = what)
            }
        }
        .to_string();
    };
    let status = msg!("outside-incident-status", status = first.status.as_str());
    let since = first
        .created_at
        .as_deref()
        .and_then(|t| t.parse::<jiff::Timestamp>().ok())
        .map(|t| i18n::when(t.as_millisecond(), now_ms));
    let mut incident = match since {
        Some(when) => msg!(
            "outside-incident-since",
            incident = first.name.as_str(),
            status = status,
            when = when
        ),
        None => msg!(
            "outside-incident",
            incident = first.name.as_str(),
            status = status
        ),
    };
    if page.incidents.len() > 1 {
        incident = msg!(
            "outside-incidents-more",
            incident = incident,
            more = page.incidents.len() - 1
        );
    }
    match (head, components) {
        (Some(head), None) => msg!(
            "outside-page-incident-head",
            service = service,
            head = head,
            incident = incident
        ),
        (Some(head), Some(c)) => msg!(
            "outside-page-incident-head-components",
            service = service,
            head = head_and_components(head, &c),
            incident = incident
        ),
        (None, _) => msg!(
            "outside-page-incident",
            service = service,
            incident = incident
        ),
    }
    .to_string()
}

/// Whom `check` asked, and where the user's country came from: "Asked 6 probes elsewhere, 2 of
/// them in the United Kingdom (your country, from the time zone Europe/London)." Or why none
/// could say.
pub fn outside_note(o: &crate::model::Outside) -> String {
    if o.scope == Scope::Unknown {
        return msg!("outside-could-not-say", error = why_unknown(o)).to_string();
    }
    let country = match (&o.country, &o.country_from) {
        (Some(_), Some(from)) => msg!(
            "outside-country-from",
            country = o.country_words(),
            from = from
        ),
        (Some(_), None) => o.country_words(),
        (None, _) => msg!("outside-country-unknown"),
    };
    msg!(
        "outside-note",
        probes = o.probes,
        in_country = o.in_country.probes,
        country = country
    )
    .to_string()
}

/// The user's provider as a sentence names it: "British Telecommunications PLC", else "your
/// provider".
pub fn provider_name(o: &crate::model::Outside) -> String {
    o.provider.as_ref().map_or_else(
        || msg!("outside-your-provider").to_string(),
        |p| p.name.clone(),
    )
}

/// "It's your provider": it fails on the user's provider's network elsewhere too, and works on
/// other networks. "Spotify fails on BT's network elsewhere in the United Kingdom too, and
/// works on other networks: it's your provider, not Spotify and not your home. Restarting your
/// router won't help; a phone on mobile data will. Tell BT."
pub fn provider_sentence(service: &str, o: &crate::model::Outside) -> String {
    provider_message(service, o).to_string()
}

fn provider_message(service: &str, o: &crate::model::Outside) -> Message {
    // "elsewhere in the United Kingdom" when every probe on it that failed is in the user's
    // country.
    let asn = o.provider.as_ref().map(|p| p.asn);
    let in_country = o.country.as_deref().is_some_and(|c| {
        o.places
            .iter()
            .filter(|p| Some(p.asn) == asn && !p.works)
            .all(|p| p.country.eq_ignore_ascii_case(c))
    });
    msg!(
        "outside-provider-sentence",
        service = service,
        provider = provider_name(o),
        reach = if in_country { "country" } else { "world" },
        country = o.country_words()
    )
}

/// What the outside view could tell of the provider when the service works elsewhere: that it
/// works on the user's provider elsewhere too (so it is this connection), that no probe sits on
/// that network, or why the provider is not known. `None` when nothing was asked of it.
pub fn provider_note(o: &crate::model::Outside) -> Option<String> {
    let note = match (&o.provider, &o.provider_error) {
        (Some(p), _) if o.on_provider.probes > 0 && o.on_provider.failing == 0 => msg!(
            "outside-provider-works",
            provider = p.name.as_str(),
            probes = o.on_provider.probes
        ),
        (Some(p), _) if o.on_provider.probes == 0 => {
            msg!("outside-provider-no-probe", provider = p.name.as_str())
        }
        (None, Some(e)) => msg!("outside-provider-unknown", error = e),
        _ => return None,
    };
    Some(note.to_string())
}

/// What `check --outside` prints: what was asked, the provider, each probe and what it saw, and
/// the scope in a sentence.
pub fn outside_listing(service: &str, host: &str, o: &crate::model::Outside) -> Vec<String> {
    let mut lines = vec![msg!("outside-listing-asked", host = host, service = service).to_string()];
    lines.push(
        match (&o.provider, &o.provider_error) {
            (Some(p), _) => msg!(
                "outside-listing-provider",
                provider = p.name.as_str(),
                asn = p.asn
            ),
            (None, Some(e)) => msg!("outside-listing-provider-unknown", error = e),
            (None, None) => msg!("outside-listing-provider-not-asked"),
        }
        .to_string(),
    );
    // Whom it asked, or why none could say.
    lines.push(outside_note(o));
    if o.scope == Scope::Unknown {
        return lines;
    }
    for p in &o.places {
        let yours = o.provider.as_ref().is_some_and(|mine| mine.asn == p.asn);
        let place = msg!(
            "outside-listing-place",
            works = if p.works { "yes" } else { "no" },
            city = p.city.as_str(),
            country = p.country.as_str(),
            network = p.network.as_str(),
            asn = p.asn,
            yours = if yours { "yes" } else { "no" }
        );
        // Indented under the note.
        lines.push(format!("  {place}"));
    }
    let scope = match o.scope {
        Scope::Everywhere => msg!("outside-listing-everywhere", service = service),
        Scope::Region => msg!(
            "outside-listing-region",
            service = service,
            country = o.country_words()
        ),
        Scope::Provider => provider_message(service, o),
        Scope::Partial => msg!("outside-listing-partial", service = service),
        // Whether it works here is not what `--outside` asks: the provider's probes are marked
        // above, and nothing here is judged.
        Scope::OnlyHere => msg!("outside-listing-only-here", service = service),
        Scope::Unknown => Message::empty(),
    };
    lines.push(scope.to_string());
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
            provider_error: error.map(Into::into),
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
