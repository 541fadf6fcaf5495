//! The words of an update to an alert already sent: what the world said of a failing service,
//! and what its vendor's status page says.

use crate::model::{Blame, Cause, Here, Kind, Notification};
use crate::msg;

/// What the world said about a failing service, as an update to the alert already sent: down
/// for everyone, down in the user's country, or working everywhere but from this network.
/// `None` for a mixed or unknown answer (no news).
pub fn outside_update(service: &str, o: &crate::model::Outside) -> Option<Notification> {
    use crate::model::Scope;
    let (kind, title, body, blame) = match o.scope {
        Scope::Everywhere => (
            Kind::Down,
            msg!("notify-everywhere-title", service = service),
            msg!(
                "notify-everywhere-body",
                failing = o.failing,
                probes = o.probes,
                countries = o.countries,
            )
            .to_string(),
            Blame::Them,
        ),
        Scope::Region => (
            Kind::Down,
            msg!(
                "notify-region-title",
                service = service,
                country = o.country_words(),
            ),
            msg!(
                "notify-region-body",
                failing = o.in_country.failing,
                probes = o.in_country.probes,
                elsewhere = o.probes.saturating_sub(o.in_country.probes),
            )
            .to_string(),
            Blame::Them,
        ),
        Scope::OnlyHere => (
            Kind::You,
            msg!("notify-only-here-title", service = service),
            msg!(
                "notify-only-here-body",
                working = o.probes.saturating_sub(o.failing),
                probes = o.probes,
                advice = Cause::NetworkPath.advice(&Here::NONE),
            )
            .to_string(),
            Blame::You,
        ),
        Scope::Provider => (
            Kind::You,
            msg!("notify-provider-title", service = service),
            crate::view::outside::provider_sentence(service, o),
            Blame::You,
        ),
        Scope::Partial | Scope::Unknown => return None,
    };
    Some(Notification {
        kind,
        title: title.to_string(),
        body,
        service: Some(service.to_owned()),
        check: None,
        blame,
    })
}

/// What a vendor's status page said while `service` fails here, as an update to the alert
/// already sent: the vendor confirms it ("Spotify's status page: Partial System Outage —
/// Playback (Europe): major outage."). `None` when the page names no problem, or could not be
/// read (no news).
pub fn status_page_update(
    service: &str,
    page: &crate::model::VendorStatus,
    now_ms: i64,
) -> Option<Notification> {
    let quiet = matches!(page.indicator.as_deref(), None | Some("none"))
        && page.incidents.is_empty()
        && page.affected.is_empty();
    if page.error.is_some() || quiet {
        return None;
    }
    Some(Notification {
        kind: Kind::Down,
        title: msg!("notify-status-page-title", service = service).to_string(),
        body: msg!(
            "notify-status-page-body",
            line = crate::view::outside::status_page_line(service, page, now_ms),
        )
        .to_string(),
        service: Some(service.to_owned()),
        check: None,
        blame: Blame::Them,
    })
}
