//! The outside view: how a failing service looks from probes elsewhere (Globalping), which
//! says whether it is down for everyone, in the user's country, or only from here.

use serde::Serialize;

use super::Message;

/// How far a failure seen here reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// It fails from most places too: down for everyone.
    Everywhere,
    /// It fails in the user's country and works elsewhere.
    Region,
    /// Some places fail, some work: no clear line.
    Partial,
    /// It fails from the user's provider's network elsewhere too, and works from other
    /// networks: the provider, not the service and not the user's home.
    Provider,
    /// It works from everywhere asked, the user's country included: only this network fails.
    OnlyHere,
    /// The world was not asked, did not answer, or refused (`error` says why).
    Unknown,
}

impl Scope {
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Everywhere => "everywhere",
            Scope::Region => "region",
            Scope::Partial => "partial",
            Scope::Provider => "provider",
            Scope::OnlyHere => "only_here",
            Scope::Unknown => "unknown",
        }
    }
}

/// Probes and how many of them failed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    pub probes: u32,
    pub failing: u32,
}

/// What the world said about a failing service: `verdict.outside`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Outside {
    pub scope: Scope,
    /// Every probe that gave an answer, and how many of them failed.
    pub probes: u32,
    pub failing: u32,
    /// Those in the user's country.
    pub in_country: Tally,
    /// The user's country (ISO 3166 alpha-2), when known.
    pub country: Option<String>,
    /// Its name for a sentence ("the United Kingdom"), from the ISO table built in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country_name: Option<String>,
    /// Where that came from: "the settings", or "the time zone Europe/London".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country_from: Option<Message>,
    /// How many countries the answering probes were in.
    pub countries: u32,
    /// Why the scope is unknown, in words ("rate limited until 12:40", "no answer").
    pub error: Option<Message>,
    /// Each probe that answered: where it is, its network, and whether it got through.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub places: Vec<Place>,
    /// This network's provider, when it was learnt (RIPEstat): `{asn, name}`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<Provider>,
    /// Those on the provider's network (elsewhere), when it is known.
    pub on_provider: Tally,
    /// Why the provider is not known, in words (the lookup is off, or failed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider_error: Option<Message>,
}

/// An internet provider: its autonomous system and the name people know it by (the probes'
/// name for that network, else the registry's holder).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Provider {
    pub asn: u32,
    pub name: String,
}

/// One probe elsewhere and what it found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Place {
    pub country: String,
    pub city: String,
    pub network: String,
    /// The network's autonomous system number.
    pub asn: u32,
    pub works: bool,
}

impl Outside {
    /// The user's country for a sentence: "the United Kingdom"; "your country (XX)" only for a
    /// code the ISO table doesn't know (an old history's).
    pub fn country_words(&self) -> Message {
        match (&self.country_name, &self.country) {
            (Some(n), _) => Message::verbatim(n.clone()),
            (None, Some(c)) => crate::msg!("outside-your-country-code", code = c),
            (None, None) => crate::msg!("outside-your-country"),
        }
    }

    /// Nothing known: the world was not asked, or could not say.
    pub fn unknown(country: Option<String>, error: impl Into<Message>) -> Outside {
        Outside {
            scope: Scope::Unknown,
            probes: 0,
            failing: 0,
            in_country: Tally::default(),
            country,
            country_name: None,
            country_from: None,
            countries: 0,
            error: Some(error.into()),
            places: Vec::new(),
            provider: None,
            on_provider: Tally::default(),
            provider_error: None,
        }
    }
}

/// What a vendor's own status page says (an Atlassian Statuspage's `summary.json`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VendorStatus {
    /// The page, as configured (`[[service]] status_page`).
    pub page: String,
    /// `none`, `minor`, `major` or `critical`.
    pub indicator: Option<String>,
    /// The page's own words: "All Systems Operational", "Partial System Outage".
    pub description: Option<String>,
    /// Its unresolved incidents.
    pub incidents: Vec<VendorIncident>,
    /// The components that are not operational, in the page's order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub affected: Vec<VendorComponent>,
    /// How many components the page lists (groups aside): with most of them operational, a
    /// `major` indicator is a partial outage.
    pub components: usize,
    /// Why it could not be read, in words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<Message>,
}

/// A component of a vendor's status page that is not operational.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VendorComponent {
    /// Its name, after its group's when it has one: "Playback (Europe)".
    pub name: String,
    /// `degraded_performance`, `partial_outage`, `major_outage` or `under_maintenance`.
    pub status: String,
}

/// One unresolved incident on a vendor's status page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VendorIncident {
    pub name: String,
    /// `investigating`, `identified` or `monitoring`.
    pub status: String,
    pub impact: Option<String>,
    pub shortlink: Option<String>,
    /// RFC 3339, as the page gives it.
    pub created_at: Option<String>,
}
