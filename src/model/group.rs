//! Groups: a service's checks gathered by what they serve (the Spotify apps, the web player,
//! login), so that the verdict, a notification and the window say which clients are hit and
//! which still work: "The Spotify apps can't connect (access point: the access point handshake
//! fails); the web player and login work." Groups are data, from the service's preset.

use serde::Serialize;

use super::{Arg, Diagnosis, Message, Status};

/// A group of a service's checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// As said mid-sentence: "the Spotify apps", "the web player", "login".
    pub name: String,
    /// The name is plural ("the Spotify apps work"), so its verbs are too.
    pub plural: bool,
    /// The checks it holds, by name.
    pub checks: Vec<String>,
}

/// How a group stands: the worst of its checks, and the first check at that worst.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Standing {
    pub name: String,
    /// `None` until one of its checks has a result.
    pub status: Option<Status>,
    /// The check that decides a problem, and its diagnosis.
    pub check: Option<String>,
    pub diagnosis: Option<Diagnosis>,
    #[serde(skip)]
    pub plural: bool,
}

/// Each group's standing, given each check's latest (status, diagnosis) by name.
pub fn standings(
    groups: &[Group],
    latest: impl Fn(&str) -> Option<(Status, Diagnosis)>,
) -> Vec<Standing> {
    groups
        .iter()
        .map(|g| {
            let known: Vec<(&String, Status, Diagnosis)> = g
                .checks
                .iter()
                .filter_map(|c| latest(c).map(|(s, d)| (c, s, d)))
                .collect();
            let status = known.iter().map(|k| k.1).max();
            let deciding = known
                .iter()
                .find(|k| Some(k.1) == status && k.1 != Status::Up);
            Standing {
                name: g.name.clone(),
                status,
                check: deciding.map(|k| k.0.clone()),
                diagnosis: deciding.map(|k| k.2),
                plural: g.plural,
            }
        })
        .collect()
}

/// Which groups are hit and which still work, as one sentence; `None` when none is hit.
pub fn sentence(standings: &[Standing]) -> Option<String> {
    let m = sentence_message(standings)?;
    // A sentence starts with a capital, whatever group's name comes first.
    let text = crate::view::i18n::render(&m);
    let mut chars = text.chars();
    let first = chars.next().map(|c| c.to_uppercase().to_string());
    Some(format!("{}{}", first.unwrap_or_default(), chars.as_str()))
}

/// [`sentence`] as a message (its first letter as the group's name has it).
pub fn sentence_message(standings: &[Standing]) -> Option<Message> {
    let hit: Vec<Message> = standings
        .iter()
        .filter_map(|s| {
            let plural = if s.plural { "yes" } else { "no" };
            let group = s.name.as_str();
            let m = match s.status? {
                Status::Up => return None,
                Status::Down => crate::msg!("group-down", group = group, plural = plural),
                Status::Degraded => crate::msg!("group-degraded", group = group, plural = plural),
            };
            Some(match (&s.check, s.diagnosis) {
                (Some(c), Some(d)) => crate::msg!(
                    "group-because",
                    clause = m,
                    check = c.as_str(),
                    diagnosis = d.headline()
                ),
                _ => m,
            })
        })
        .collect();
    let (first, rest) = hit.split_first()?;
    // The hit groups' clauses, one after another: "…; the web player can't connect (…)".
    let hit = rest.iter().fold(first.clone(), |so_far, next| {
        crate::msg!("group-and-then", first = so_far, next = next)
    });
    let fine: Vec<&Standing> = standings
        .iter()
        .filter(|s| s.status == Some(Status::Up))
        .collect();
    Some(match fine.first() {
        None => crate::msg!("group-sentence", hit = hit),
        Some(one) => crate::msg!(
            "group-sentence-fine",
            hit = hit,
            fine = Arg::list(fine.iter().map(|s| s.name.as_str())),
            count = fine.len(),
            plural = if one.plural { "yes" } else { "no" }
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use Diagnosis::*;
    use Status::*;

    fn spotify() -> Vec<Group> {
        let g = |name: &str, plural, checks: &[&str]| Group {
            name: name.into(),
            plural,
            checks: checks.iter().map(|c| (*c).to_owned()).collect(),
        };
        vec![
            g(
                "the Spotify apps",
                true,
                &["access point discovery", "access point", "audio CDN"],
            ),
            g("the web player", false, &["web player", "web API"]),
            g("login", false, &["login"]),
        ]
    }

    #[test]
    fn the_sentence_names_what_is_hit_and_what_still_works() {
        #[rustfmt::skip]
        type Results = &'static [(&'static str, Status, Diagnosis)];
        let cases: &[(&str, Results, Option<&str>)] = &[
            ("all up", &[("access point", Up, Ok), ("web player", Up, Ok), ("login", Up, Ok)], None),
            ("the apps' handshake",
             &[("access point discovery", Up, Ok), ("access point", Down, ApHandshakeFailed), ("web player", Up, Ok), ("web API", Up, Ok), ("login", Up, Ok)],
             Some("The Spotify apps can't connect (access point: the access point handshake fails); the web player and login work.")),
            ("only the web player",
             &[("access point", Up, Ok), ("web player", Down, HttpServerError), ("login", Up, Ok)],
             Some("The web player can't connect (web player: server error); the Spotify apps and login work.")),
            ("two hit, one fine",
             &[("access point", Down, Timeout), ("web player", Down, HttpServerError), ("login", Up, Ok)],
             Some("The Spotify apps can't connect (access point: stopped responding); the web player can't connect (web player: server error); login works.")),
            ("degraded, and a plural group that works",
             &[("access point", Up, Ok), ("web player", Degraded, Slow), ("login", Up, Ok)],
             Some("The web player is degraded (web player: responding slowly); the Spotify apps and login work.")),
            ("plural degraded, one singular fine",
             &[("audio CDN", Degraded, Slow), ("web player", Up, Ok)],
             Some("The Spotify apps are degraded (audio CDN: responding slowly); the web player works.")),
            ("everything hit",
             &[("access point", Down, TcpRefused), ("web player", Down, TcpRefused), ("login", Down, TcpRefused)],
             Some("The Spotify apps can't connect (access point: connection refused); the web player can't connect (web player: connection refused); login can't connect (login: connection refused).")),
            ("a plural group alone works",
             &[("access point", Up, Ok), ("login", Down, HttpServerError)],
             Some("Login can't connect (login: server error); the Spotify apps work.")),
        ];
        for (name, results, want) in cases {
            let got = sentence(&standings(&spotify(), |c| {
                results.iter().find(|r| r.0 == c).map(|r| (r.1, r.2))
            }));
            assert_eq!(got.as_deref(), *want, "{name}");
        }
    }

    #[test]
    fn a_group_with_no_result_yet_is_not_said() {
        let s = standings(&spotify(), |c| (c == "login").then_some((Down, Timeout)));
        assert_eq!(s[0].status, None);
        assert_eq!(
            sentence(&s).as_deref(),
            Some("Login can't connect (login: stopped responding).")
        );
    }
}
