//! `downbeat config-path`: where the config is looked for, and whether it loads.

use std::path::Path;

use downbeat::Config;

use crate::load_config;

/// Prints the config file in use (or that the built-in preset is), what it loads and its notes.
pub fn run(config_path: Option<&Path>) -> anyhow::Result<u8> {
    match Config::locate(config_path) {
        Some(p) => println!("{}", p.display()),
        None => println!(
            "(none: using the built-in Spotify preset; create {} to change it)",
            downbeat::config::default_path()
                .map(|p| p.display().to_string())
                .unwrap_or_else(|| "a config file".into())
        ),
    }
    let config = load_config(config_path)?;
    println!(
        "loads: {} service(s), {} baseline check(s)",
        config.services.len(),
        config.baseline.len()
    );
    for note in config.notes() {
        println!("note: {note}");
    }
    Ok(0)
}
