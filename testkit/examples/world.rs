//! The loopback world of the cause tests, held up for a person to look at: sets up one
//! scenario (by a part of its name), prints the config to point Downbeat at, and keeps the
//! servers running until it is stopped.
//!
//! ```sh
//! cargo run -p downbeat-testkit --example world -- "middlebox intercepts every site"
//! downbeat check --config <the path it prints>
//! ```
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use downbeat_testkit::world::{scenarios, Opts, World};

#[tokio::main]
async fn main() {
    let wanted = std::env::args().nth(1).unwrap_or_default();
    let Some(case) = scenarios().into_iter().find(|s| s.what.contains(&wanted)) else {
        println!("no scenario matches {wanted:?}; the scenarios are:");
        for s in scenarios() {
            println!("  {}", s.what);
        }
        std::process::exit(2);
    };
    let w = World::new().await;
    (case.set)(&w);
    let config = w.config(&Opts {
        watch: true,
        ..case.opts
    });
    println!("{}: {}", case.what, config.display());
    std::future::pending::<()>().await;
}
