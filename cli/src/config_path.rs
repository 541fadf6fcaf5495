//! `downbeat config-path`: where the config is looked for, and whether it loads.

use std::path::Path;

use downbeat::msg;
use downbeat::Config;

use crate::load_config;

/// Prints the config file in use (or that the built-in preset is), what it loads and its notes.
pub fn run(config_path: Option<&Path>) -> anyhow::Result<u8> {
    match Config::locate(config_path) {
        Some(p) => println!("{}", p.display()),
        None => println!(
            "{}",
            match downbeat::config::default_path() {
                Some(p) => msg!("cli-config-path-none", path = p.as_path()),
                None => msg!("cli-config-path-none-anywhere"),
            }
        ),
    }
    let config = load_config(config_path)?;
    println!(
        "{}",
        msg!(
            "cli-config-path-loads",
            services = config.services.len(),
            baseline = config.baseline.len(),
        )
    );
    for note in config.notes() {
        println!("{}", msg!("cli-note", note = note));
    }
    Ok(0)
}
