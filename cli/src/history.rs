//! `downbeat history` and `downbeat export`: read the history that `watch` and the app record.

use std::io::Write;
use std::path::Path;
use std::time::{Duration, SystemTime};

use anyhow::Context;

use downbeat::model::time::{local_stamp, rfc3339_ms, unix_ms, whole_seconds};
use downbeat::model::Arg;
use downbeat::msg;
use downbeat::store::{self, History};
use downbeat::view::history::{report, HistoryReport, IncidentView};
use downbeat::view::i18n;

use crate::since::Since;
use crate::table;

/// How `history` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Csv,
}

/// `downbeat history` as the command line gives it: `--json` or `--csv` pick the format, and
/// with `--service`, the config's names count as known even before anything is recorded for
/// them. The config (when one loads) also gives the language and how far apart rounds may be.
pub fn command(
    config_path: Option<&Path>,
    since: Since,
    service: Option<&str>,
    json: bool,
    csv: bool,
    utc: bool,
) -> anyhow::Result<u8> {
    let format = match (json, csv) {
        (true, _) => Format::Json,
        (_, true) => Format::Csv,
        _ => Format::Text,
    };
    // A config that doesn't load reads the history with the defaults.
    let config = downbeat::Config::load(config_path).ok();
    if let Some(c) = &config {
        crate::speak(c);
    }
    // The config's names (with `--service`), and how far apart its rounds may be: an open
    // incident is ongoing only while Downbeat is still watching.
    let known: Vec<String> = match (service, &config) {
        (Some(_), Some(c)) => c.services.iter().map(|s| s.name.clone()).collect(),
        _ => Vec::new(),
    };
    let gap = config.as_ref().map_or(store::DEFAULT_GAP, |c| {
        store::max_gap(c.settings.interval, c.settings.backoff_max)
    });
    history(since, service, &known, format, utc, gap)
}

fn open(gap: Duration) -> anyhow::Result<Option<History>> {
    let path = store::default_path().with_context(|| i18n::text("cli-no-data-folder"))?;
    Ok(History::open(&path)?.map(|h| h.with_gap(gap)))
}

/// `downbeat history`. `known` are the service names the config knows, besides those recorded.
pub fn history(
    since: Since,
    service: Option<&str>,
    known: &[String],
    format: Format,
    utc: bool,
    gap: Duration,
) -> anyhow::Result<u8> {
    let now = unix_ms(SystemTime::now());
    let from = since.start_ms(now, utc).map_err(anyhow::Error::msg)?;
    let history = open(gap)?;
    if let Some(name) = service {
        let mut names: Vec<String> = known.to_vec();
        if let Some(h) = &history {
            names.extend(
                h.services(0)
                    .with_context(|| i18n::text("cli-history-unreadable"))?,
            );
        }
        names.sort();
        names.dedup();
        if !names.iter().any(|n| n == name) {
            // Every name, as an inventory (no "and").
            let known = names.join(&i18n::text("list-comma"));
            let said = match names.iter().find(|n| n.eq_ignore_ascii_case(name)) {
                Some(near) => msg!(
                    "cli-history-no-service-near",
                    name = name,
                    nearest = near.as_str(),
                    count = names.len(),
                    known = known,
                ),
                None => msg!(
                    "cli-history-no-service",
                    name = name,
                    count = names.len(),
                    known = known,
                ),
            };
            anyhow::bail!("{said}");
        }
    }
    let report = match &history {
        Some(h) => report(h, from, now, service)?,
        None => HistoryReport::empty(from, now),
    };
    let mut out = std::io::stdout().lock();
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &report)?;
            writeln!(out)?;
        }
        Format::Csv => incidents_csv(&report.incidents, &mut out)?,
        Format::Text => text(
            &report,
            (from, now),
            if utc { rfc3339_ms } else { local_stamp },
            &mut out,
        )?,
    }
    Ok(0)
}

/// The incidents as CSV, times in UTC. Durations are whole seconds, rounded as the text
/// listing rounds them.
fn incidents_csv(incidents: &[IncidentView], out: &mut dyn Write) -> anyhow::Result<()> {
    let connection = i18n::text("cli-csv-your-connection");
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "service",
        "check",
        "state",
        "start",
        "end",
        "duration_s",
        "first_diagnosis",
        "worst_diagnosis",
        "blame",
        "cause",
        "notified",
    ])?;
    for i in incidents.iter().map(|v| &v.incident) {
        w.write_record([
            i.service.as_deref().unwrap_or(&connection),
            i.check.as_deref().unwrap_or(""),
            &i.state,
            &i.start,
            i.end.as_deref().unwrap_or(""),
            &whole_seconds(Duration::from_secs_f64(i.duration_s)).to_string(),
            i.first_diagnosis.as_deref().unwrap_or(""),
            i.worst_diagnosis.as_deref().unwrap_or(""),
            &i.blame,
            &i.cause,
            if i.notified { "true" } else { "false" },
        ])?;
    }
    w.flush()?;
    Ok(())
}

/// The text listing; `stamp` writes a moment (local time with its offset, or UTC).
fn text(
    report: &HistoryReport,
    (from, now): (i64, i64),
    stamp: fn(i64) -> String,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let span = Duration::from_millis(u64::try_from(now - from).unwrap_or(0));
    let title = msg!(
        "cli-history-title",
        since = stamp(from),
        span = Arg::span(span)
    );
    writeln!(out, "{title}")?;
    if report.services.is_empty() {
        writeln!(out, "\n{}", i18n::text("cli-history-nothing-recorded"))?;
        return Ok(());
    }
    writeln!(out)?;
    write!(out, "{}", table::services(report))?;
    if let Some(words) = &report.your_side {
        writeln!(out, "\n  {words}")?;
    }
    writeln!(out, "\n{}", i18n::text("cli-history-incidents"))?;
    if report.incidents.is_empty() {
        writeln!(out, "  {}", i18n::text("cli-history-no-incidents"))?;
    }
    // The words are the view's (the window shows the same); the CLI only lays them out.
    for v in &report.incidents {
        writeln!(out, "  {}  {}", stamp(v.incident.start_ms), v.line())?;
    }
    Ok(())
}

/// `downbeat export`: raw results since `since` as CSV, into `file` ("-": standard output). An
/// existing file is replaced only with `force`.
pub fn export(file: &Path, since: Since, force: bool, utc: bool) -> anyhow::Result<u8> {
    let from = since
        .start_ms(unix_ms(SystemTime::now()), utc)
        .map_err(anyhow::Error::msg)?;
    let Some(h) = open(store::DEFAULT_GAP)? else {
        anyhow::bail!("{}", i18n::text("cli-export-nothing-recorded"));
    };
    let n = if file == Path::new("-") {
        h.export_csv(from, &mut std::io::stdout().lock())?
    } else {
        let mut open = std::fs::OpenOptions::new();
        open.write(true);
        if force {
            open.create(true).truncate(true);
        } else {
            open.create_new(true);
        }
        let created = open.open(file).map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                anyhow::anyhow!("{}", msg!("cli-export-exists", path = file))
            } else {
                let error = e.to_string();
                anyhow::anyhow!(
                    "{}",
                    msg!("cli-export-cannot-create", path = file, error = error)
                )
            }
        })?;
        let cannot_write = || msg!("cli-export-cannot-write", path = file).to_string();
        let mut f = std::io::BufWriter::new(created);
        let n = h.export_csv(from, &mut f).with_context(cannot_write)?;
        f.flush().with_context(cannot_write)?;
        n
    };
    eprintln!("downbeat: {}", msg!("cli-export-wrote", count = n));
    Ok(0)
}
