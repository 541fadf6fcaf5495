//! `downbeat presets`: the built-in presets, listed or printed.

use anyhow::Context;

/// Lists the presets' names, or prints one's TOML (to copy into a config and correct).
pub fn run(name: Option<&str>) -> anyhow::Result<u8> {
    match name {
        None => {
            for (n, _) in downbeat::config::PRESETS {
                println!("{n}");
            }
        }
        Some(n) => {
            let text = downbeat::config::preset_text(n)
                .with_context(|| format!("no preset named \"{n}\" (see `downbeat presets`)"))?;
            print!("{text}");
        }
    }
    Ok(0)
}
