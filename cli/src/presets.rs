//! `downbeat presets`: the built-in presets, listed or printed.

use downbeat::msg;
use downbeat::view::i18n;

/// Lists the presets' names, or prints one's TOML (to copy into a config and correct).
pub fn run(name: Option<&str>) -> anyhow::Result<u8> {
    match name {
        None => {
            for (n, _) in downbeat::config::PRESETS {
                println!("{n}");
            }
        }
        Some(n) => match downbeat::config::preset_text(n) {
            Some(text) => print!("{text}"),
            None => anyhow::bail!("{}", unknown(n)),
        },
    }
    Ok(0)
}

/// What a name that is no preset gets: the nearest preset's name when it is a likely typo, and
/// every preset's.
fn unknown(name: &str) -> String {
    let known: Vec<&str> = downbeat::config::PRESETS.iter().map(|(n, _)| *n).collect();
    let wanted = name.to_lowercase();
    let nearest = known
        .iter()
        .map(|k| (edit_distance(&wanted, k), *k))
        .min()
        .filter(|(d, k)| *d <= 2.max(k.chars().count() / 3));
    // Every name, as an inventory (no "and").
    let all = known.join(&i18n::text("list-comma"));
    match nearest {
        Some((_, k)) => msg!(
            "cli-preset-unknown-near",
            name = name,
            nearest = k,
            known = all
        ),
        None => msg!("cli-preset-unknown", name = name, known = all),
    }
    .to_string()
}

/// Levenshtein distance: the fewest one-character insertions, deletions and substitutions that
/// turn `a` into `b`.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = i;
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (diagonal + usize::from(ca != *cb))
                .min(row[j] + 1)
                .min(above + 1);
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_single_character_edits() {
        for (a, b, d) in [
            ("spotify", "spotify", 0),
            ("spotifyy", "spotify", 1),
            ("sptify", "spotify", 1),
            ("spotfiy", "spotify", 2),
            ("", "tidal", 5),
            ("deezer", "", 6),
        ] {
            assert_eq!(edit_distance(a, b), d, "{a} -> {b}");
        }
    }

    #[test]
    fn an_unknown_preset_gets_the_nearest_name_and_the_list() {
        let said = unknown("spotifyy");
        assert!(
            said.starts_with(
                "unknown preset \"spotifyy\": did you mean \"spotify\"? Known presets: "
            ),
            "{said}"
        );
        assert!(said.contains("youtube_music"), "{said}");
        assert!(unknown("YouTube_Music").contains("did you mean \"youtube_music\"?"));
        // Nothing near: no guess, only the list.
        let said = unknown("grooveshark");
        assert!(
            said.starts_with("unknown preset \"grooveshark\". Known presets: "),
            "{said}"
        );
    }
}
