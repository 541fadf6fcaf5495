//! Whose side, measured: every scenario of `downbeat_testkit::world` (each cause, and the
//! service as the control) run `ROUNDS` times through `downbeat check --json` on loopback.
//! Prints, per scenario, how often the cause, blame and status came out right, and how long a
//! `check` took (median and max): the price of asking the neutral DNS when the user's DNS
//! fails is in those times. Run with `cargo bench -p downbeat-cli --bench causes`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::time::Instant;

use downbeat_testkit::world::{self, World};

const BIN: &str = env!("CARGO_BIN_EXE_downbeat");
const ROUNDS: usize = 5;

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let width = world::scenarios()
            .iter()
            .map(|s| s.what.len())
            .max()
            .unwrap_or(8);
        println!(
            "{:<width$} {:>7} {:>11} {:>9}",
            "scenario", "right", "median ms", "max ms"
        );
        let (mut right, mut total) = (0, 0);
        for s in world::scenarios() {
            let mut ok = 0;
            let mut times = Vec::new();
            for _ in 0..ROUNDS {
                let w = World::new().await;
                (s.set)(&w);
                let started = Instant::now();
                let (_, doc) = w.check(BIN, &s.opts).await;
                times.push(started.elapsed().as_secs_f64() * 1000.0);
                let v = &doc["verdict"];
                if v["cause"] == s.cause && v["blame"] == s.blame() && v["status"] == s.status {
                    ok += 1;
                }
            }
            times.sort_by(f64::total_cmp);
            println!(
                "{:<width$} {:>3}/{:<3} {:>11.0} {:>9.0}",
                s.what,
                ok,
                ROUNDS,
                times[times.len() / 2],
                times[times.len() - 1]
            );
            right += ok;
            total += ROUNDS;
        }
        println!("\nnamed right: {right}/{total}");
    });
}
