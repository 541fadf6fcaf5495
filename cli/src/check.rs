//! `downbeat check`: every check once, concurrently, and the verdict.

use std::io::Write;
use std::path::Path;
use std::time::Duration;

use anyhow::Context;

use downbeat::msg;
use downbeat::view::i18n;

use crate::{runtime, speak, warn};

/// How long `check` waits for the outside view.
const OUTSIDE_WAIT: Duration = Duration::from_secs(20);

/// Runs the round and prints the verdict (a table, or one JSON document); the exit code is the
/// verdict's.
pub fn run(config_path: Option<&Path>, json: bool, utc: bool) -> anyhow::Result<u8> {
    // Loaded as every command loads it, with the warnings of one round: `check` has no next
    // round for a long timeout to hold up.
    let config =
        downbeat::Config::load(config_path).with_context(|| i18n::text("cli-config-error"))?;
    speak(&config);
    for w in config.check_warnings() {
        warn(w);
    }
    let ctx = downbeat::ProbeContext::from_settings(&config.settings)
        .with_context(|| i18n::text("cli-setup-error"))?;
    let rt = runtime()?;
    let round = rt.block_on(downbeat::run_once(&config, &ctx));
    let mut verdict = downbeat::verdict::judge(&round);
    // Down for everyone, or just from here? Asked only when it is their side by everything
    // seen here, and the verdict is theirs (not a cause here that heads it); at most 20 s.
    if let Some((service, target)) =
        downbeat::outside::question(&round, None, |name| config.checks_of(name))
            .filter(|_| verdict.cause == downbeat::model::Cause::Service)
    {
        let seen = ask_world(&rt, &config, &ctx, &target);
        verdict = downbeat::verdict::with_outside(verdict, service, seen);
    }
    // The vendor's own word, for each failing service that names its status page.
    let pages = rt.block_on(status_pages(&config, &ctx, &round));
    // A system DNS lookup past its deadline may still be blocking a pool thread: don't wait.
    rt.shutdown_timeout(Duration::from_millis(50));

    let mut out = std::io::stdout().lock();
    if json {
        let mut doc = round.to_json(&verdict);
        for s in &mut doc.services {
            s.status_page = pages.get(s.name);
        }
        serde_json::to_writer_pretty(&mut out, &doc)
            .with_context(|| i18n::text("cli-cannot-write-json"))?;
        writeln!(out)?;
    } else {
        out.write_all(crate::table::check(&config, &round, &verdict, utc).as_bytes())?;
        if let Some(o) = &verdict.outside {
            writeln!(out, "{}", downbeat::view::outside_note(o))?;
        }
        let now = downbeat::model::time::unix_ms(std::time::SystemTime::now());
        for s in &round.services {
            if let Some(p) = pages.get(s.name.as_str()) {
                writeln!(out, "{}", downbeat::view::status_page_line(&s.name, p, now))?;
            }
        }
    }
    Ok(verdict.status.exit_code())
}

/// `check --outside`: asks the world about the first service's request that the world can
/// reach, whatever it does here, and prints the answer: each probe, and this network's
/// provider. Exit 0 when the world answered, 3 when it could not say.
pub fn outside(config_path: Option<&Path>, json: bool) -> anyhow::Result<u8> {
    let config =
        downbeat::Config::load(config_path).with_context(|| i18n::text("cli-config-error"))?;
    speak(&config);
    let ctx = downbeat::ProbeContext::from_settings(&config.settings)
        .with_context(|| i18n::text("cli-setup-error"))?;
    let Some((service, target)) = downbeat::outside::any_target(&config) else {
        anyhow::bail!("{}", msg!("cli-outside-no-target"));
    };
    let rt = runtime()?;
    let seen = ask_world(&rt, &config, &ctx, &target);
    rt.shutdown_timeout(Duration::from_millis(50));
    let mut out = std::io::stdout().lock();
    if json {
        let doc = serde_json::json!({"service": service, "host": target.host, "outside": seen});
        serde_json::to_writer_pretty(&mut out, &doc)
            .with_context(|| i18n::text("cli-cannot-write-json"))?;
        writeln!(out)?;
    } else {
        for line in downbeat::view::outside_listing(service, &target.host, &seen) {
            writeln!(out, "{line}")?;
        }
    }
    Ok(if seen.scope == downbeat::model::Scope::Unknown {
        3
    } else {
        0
    })
}

/// The outside view of `target`, waiting for it at most [`OUTSIDE_WAIT`].
fn ask_world(
    rt: &tokio::runtime::Runtime,
    config: &downbeat::Config,
    ctx: &downbeat::ProbeContext,
    target: &downbeat::outside::globalping::Target,
) -> downbeat::model::Outside {
    let deadline = tokio::time::Instant::now() + OUTSIDE_WAIT;
    rt.block_on(downbeat::outside::consult(
        &config.settings,
        ctx,
        target,
        deadline,
    ))
}

/// Reads, all at once, the status page of each service that failed and names one.
async fn status_pages(
    config: &downbeat::Config,
    ctx: &downbeat::ProbeContext,
    round: &downbeat::model::RoundResult,
) -> std::collections::HashMap<String, downbeat::model::VendorStatus> {
    let deadline = tokio::time::Instant::now() + config.settings.timeout;
    let reads = round
        .services
        .iter()
        .filter(|s| s.status != downbeat::model::Status::Up)
        .filter_map(|s| {
            let spec = config.services.iter().find(|x| x.name == s.name)?;
            let page = spec.status_page.clone()?;
            let name = s.name.clone();
            Some(async move {
                let read = downbeat::outside::status_page::read(ctx, &page, deadline).await;
                (name, read)
            })
        });
    futures_util::future::join_all(reads)
        .await
        .into_iter()
        .collect()
}
