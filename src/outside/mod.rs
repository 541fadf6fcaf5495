//! Down for everyone, or just from here? When a service fails here while the user's connection
//! works, Downbeat asks probes elsewhere (Globalping, `globalping.rs`) to try the same request,
//! and [`judge`] turns their answers into a scope: everywhere, the user's country, a mix, or
//! only this network. `judge` is pure, with its thresholds as data, and table-tested.

pub mod country;
pub mod globalping;
pub mod ripestat;
pub mod status_page;
pub mod when;

use std::collections::BTreeSet;

use tokio::time::Instant;

use crate::config::Settings;
use crate::model::{Cause, Outside, Place, RoundResult, Scope, Status, Tally};
use crate::msg;
use crate::probe::{CheckSpec, ProbeContext, ProbeSpec};

/// One probe's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProbeAnswer {
    /// ISO 3166 alpha-2.
    pub country: String,
    pub city: String,
    pub network: String,
    /// The network's autonomous system number (0 when the probe didn't say).
    pub asn: u32,
    /// `Some(true)`: the request worked from there; `Some(false)`: it failed; `None`: the probe
    /// itself could not say (its own failure, offline, or still running), so it is not counted.
    pub works: Option<bool>,
}

/// Where the lines fall, as data: percentages of the probes that answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScopeRule {
    /// Fewer answering probes than this say nothing.
    pub min_probes: u32,
    /// At least this share failing is "most places" (everywhere, or all of the user's country).
    pub most_pct: u32,
    /// At most this share failing elsewhere still counts as "works elsewhere" (region).
    pub elsewhere_pct: u32,
    /// At most this share failing, none in the user's country, is "works everywhere".
    pub works_pct: u32,
}

impl Default for ScopeRule {
    fn default() -> Self {
        ScopeRule {
            min_probes: 3,
            most_pct: 70,
            elsewhere_pct: 30,
            works_pct: 10,
        }
    }
}

fn share_at_least(part: u32, whole: u32, pct: u32) -> bool {
    whole > 0 && u64::from(part) * 100 >= u64::from(pct) * u64::from(whole)
}

fn share_at_most(part: u32, whole: u32, pct: u32) -> bool {
    u64::from(part) * 100 <= u64::from(pct) * u64::from(whole)
}

/// The scope of a failure from the probes' answers; `country` is the user's, `asn` their
/// provider's network when it is known. A provider is named as people know it: the probes' name
/// for that network, else `holder` (the registry's).
pub fn judge(
    answers: &[ProbeAnswer],
    country: Option<&str>,
    provider: Option<(u32, &str)>,
    rule: ScopeRule,
) -> Outside {
    let counted: Vec<(&ProbeAnswer, bool)> = answers
        .iter()
        .filter_map(|a| a.works.map(|w| (a, w)))
        .collect();
    let tally = |pick: &dyn Fn(&ProbeAnswer) -> bool| {
        let mut t = Tally::default();
        for (_, works) in counted.iter().filter(|(a, _)| pick(a)) {
            t.probes += 1;
            t.failing += u32::from(!works);
        }
        t
    };
    let home = |a: &ProbeAnswer| country.is_some_and(|c| a.country.eq_ignore_ascii_case(c));
    let all = tally(&|_| true);
    let here = tally(&home);
    let elsewhere = tally(&|a| !home(a));
    let asn = provider.map(|(asn, _)| asn);
    let on_provider = |a: &ProbeAnswer| asn.is_some_and(|n| a.asn == n);
    let theirs = tally(&on_provider);
    let others = tally(&|a| !on_provider(a));
    let provider = provider.map(|(asn, holder)| crate::model::Provider {
        asn,
        name: answers
            .iter()
            .find(|a| a.asn == asn && !a.network.is_empty())
            .map_or(holder, |a| a.network.as_str())
            .to_owned(),
    });
    let countries = counted
        .iter()
        .map(|(a, _)| a.country.to_ascii_uppercase())
        .collect::<BTreeSet<_>>()
        .len();
    let mut out = Outside {
        scope: Scope::Unknown,
        probes: all.probes,
        failing: all.failing,
        in_country: here,
        country: country.map(str::to_ascii_uppercase),
        country_name: None,
        country_from: None,
        countries: u32::try_from(countries).unwrap_or(u32::MAX),
        error: None,
        places: counted
            .iter()
            .map(|(a, works)| Place {
                country: a.country.to_ascii_uppercase(),
                city: a.city.clone(),
                network: a.network.clone(),
                asn: a.asn,
                works: *works,
            })
            .collect(),
        provider,
        on_provider: theirs,
        provider_error: None,
    };
    if all.probes < rule.min_probes {
        out.error = Some(match all.probes {
            0 => msg!("outside-q-no-probe"),
            n => msg!("outside-q-too-few", count = n),
        });
        return out;
    }
    out.scope = if share_at_least(all.failing, all.probes, rule.most_pct) {
        Scope::Everywhere
    } else if theirs.probes >= 2
        && share_at_least(theirs.failing, theirs.probes, rule.most_pct)
        && others.probes >= 2
        && share_at_most(others.failing, others.probes, rule.elsewhere_pct)
    {
        // Fails on the user's provider elsewhere too, works on other networks.
        Scope::Provider
    } else if here.probes >= 2
        && share_at_least(here.failing, here.probes, rule.most_pct)
        && elsewhere.probes >= 2
        && share_at_most(elsewhere.failing, elsewhere.probes, rule.elsewhere_pct)
    {
        Scope::Region
    } else if here.failing == 0
        && theirs.failing == 0
        && share_at_most(all.failing, all.probes, rule.works_pct)
    {
        Scope::OnlyHere
    } else {
        Scope::Partial
    };
    out
}

/// The service to ask the world about, and the request to make: only when a service's failure is
/// on their side by everything seen here (the user's connection works, checked by a baseline,
/// and the cause is `service`). The failing web check; for an access-point check, the
/// service's first failing web check. `only`: that service alone.
pub fn question<'a>(
    round: &'a RoundResult,
    only: Option<&str>,
    checks: impl Fn(&str) -> Option<&'a [CheckSpec]>,
) -> Option<(&'a str, globalping::Target)> {
    if round.user_side != Cause::None || round.baseline.is_empty() || round.baseline_down {
        return None;
    }
    round
        .services
        .iter()
        .filter(|s| s.status != Status::Up && round.cause_of(s) == Cause::Service)
        .filter(|s| only.is_none_or(|name| s.name == name))
        .find_map(|s| {
            let specs = checks(&s.name)?;
            s.checks
                .iter()
                .filter(|c| c.report.status != Status::Up)
                .find_map(|c| target_of(specs.iter().find(|k| k.name == c.name)?))
                .map(|t| (s.name.as_str(), t))
        })
}

/// The first request of the config's services that the world can reach, whatever it does here
/// (`check --outside`): its service and target.
pub fn any_target(config: &crate::config::Config) -> Option<(&str, globalping::Target)> {
    config.services.iter().find_map(|s| {
        s.checks
            .iter()
            .find_map(target_of)
            .map(|t| (s.name.as_str(), t))
    })
}

/// The request a web check makes, as probes elsewhere would make it; `None` for another kind
/// of check, or a host the world can't reach.
fn target_of(spec: &CheckSpec) -> Option<globalping::Target> {
    let url = match &spec.probe {
        ProbeSpec::Handshake(h) => &h.url,
        ProbeSpec::Stream(st) => &st.url,
        _ => return None,
    };
    globalping::Target::from_url(url)
}

/// Asks the world (`[settings] outside_view`) about `target` by `deadline`: the scope, or
/// `unknown` with why. Never fails, never blocks past the deadline.
pub async fn consult(
    settings: &Settings,
    ctx: &ProbeContext,
    target: &globalping::Target,
    deadline: Instant,
) -> Outside {
    let country = country::locate(settings.country.as_deref());
    let code = country.as_ref().map(|c| c.code.clone());
    let from = country.map(|c| c.from);
    let Some(base) = settings.outside_view.clone() else {
        return Outside {
            country_from: from,
            ..Outside::unknown(code, msg!("outside-q-off"))
        };
    };
    let api = globalping::Api {
        base,
        token: settings.outside_view_token.as_ref().map(|t| t.0.clone()),
    };
    // This network's provider first, so that probes on it are asked too: a third of the time.
    // Off (`network_lookup = ""`) is the user's choice, not news: nothing is said of it.
    let learnt = match &settings.network_lookup {
        Some(base) => {
            let by = Instant::now() + deadline.saturating_duration_since(Instant::now()) / 3;
            Some(ripestat::cached(ctx, base, by).await)
        }
        None => None,
    };
    let asn = learnt
        .as_ref()
        .and_then(|l| l.as_ref().ok())
        .map(|l| (l.asn, l.holder.as_str()));
    let mut seen = match globalping::ask(
        ctx,
        &api,
        target,
        code.as_deref(),
        asn.map(|(n, _)| n),
        deadline,
    )
    .await
    {
        Ok(answers) => judge(&answers, code.as_deref(), asn, ScopeRule::default()),
        Err(e) => {
            tracing::info!("the outside view: {e}");
            Outside::unknown(code, e.message())
        }
    };
    if let Some(Err(e)) = learnt {
        tracing::info!("the provider: {e}");
        seen.provider_error = Some(e);
    }
    seen.country_from = from;
    seen.country_name = (seen.country.as_deref())
        .and_then(crate::model::country::name)
        .map(str::to_owned);
    seen
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "GB+ GB- US+ DE+": a probe per country code, `+` works, `-` fails, `?` can't say.
    fn answers(spec: &str) -> Vec<ProbeAnswer> {
        spec.split_whitespace()
            .map(|p| {
                let (country, mark) = p.split_at(2);
                ProbeAnswer {
                    country: country.to_owned(),
                    city: "City".into(),
                    network: "Net".into(),
                    asn: 0,
                    works: match mark {
                        "+" => Some(true),
                        "-" => Some(false),
                        _ => None,
                    },
                }
            })
            .collect()
    }

    /// (answers, what, scope, probes, failing, (in-country probes, failing))
    type Row = (&'static str, &'static str, Scope, u32, u32, (u32, u32));

    #[test]
    fn each_scope_from_the_answers() {
        let table: &[Row] = &[
            (
                "GB- GB- GB- US- DE- FR- JP- BR- US- NL+",
                "fails almost everywhere",
                Scope::Everywhere,
                10,
                9,
                (3, 3),
            ),
            (
                "GB- GB- GB- GB- US+ DE+ FR+ JP+ BR+ NL+",
                "fails in the UK only",
                Scope::Region,
                10,
                4,
                (4, 4),
            ),
            (
                "GB+ GB+ GB+ GB+ US+ DE+ FR+ JP+ BR+ NL+",
                "works everywhere",
                Scope::OnlyHere,
                10,
                0,
                (4, 0),
            ),
            (
                "GB+ GB+ GB+ US+ DE+ FR+ JP+ BR+ NL+ AU-",
                "one far probe fails",
                Scope::OnlyHere,
                10,
                1,
                (3, 0),
            ),
            (
                "GB+ GB- GB+ US- DE+ FR- JP+ BR+ NL+ AU-",
                "a mix",
                Scope::Partial,
                10,
                4,
                (3, 1),
            ),
            (
                "GB- GB+ US+ DE+ FR+ JP+ BR+ NL+ AU+ CA+",
                "one home probe fails",
                Scope::Partial,
                10,
                1,
                (2, 1),
            ),
            (
                "GB? GB? US? DE- FR+",
                "too few could say",
                Scope::Unknown,
                2,
                1,
                (0, 0),
            ),
            ("", "nobody answered", Scope::Unknown, 0, 0, (0, 0)),
        ];
        for &(spec, what, scope, probes, failing, (hp, hf)) in table {
            let o = judge(&answers(spec), Some("gb"), None, ScopeRule::default());
            assert_eq!(o.scope, scope, "{what}: {o:?}");
            assert_eq!((o.probes, o.failing), (probes, failing), "{what}");
            assert_eq!(
                (o.in_country.probes, o.in_country.failing),
                (hp, hf),
                "{what}"
            );
            assert_eq!(o.country.as_deref(), Some("GB"));
            assert_eq!(o.error.is_some(), scope == Scope::Unknown, "{what}: {o:?}");
        }
    }

    #[test]
    fn without_a_country_there_is_no_region() {
        let o = judge(
            &answers("GB- GB- GB- GB- US+ DE+ FR+ JP+ BR+ NL+"),
            None,
            None,
            ScopeRule::default(),
        );
        assert_eq!(o.scope, Scope::Partial);
        assert_eq!(o.countries, 7);
    }
}
