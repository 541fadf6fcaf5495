//! `downbeat history` and `downbeat export`: read the history that `watch` and the app record.

use std::io::Write;
use std::path::Path;
use std::time::{Duration, SystemTime};

use anyhow::Context;

use downbeat::model::time::{local_stamp, rfc3339_ms, unix_ms, whole_seconds};
use downbeat::view::i18n::span as human_span;
use downbeat::store::{self, History};
use downbeat::view::history::{report, HistoryReport, IncidentView};

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
/// them (the config is read only then).
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
    // The config's names (with `--service`), and how far apart its rounds may be: an open
    // incident is ongoing only while Downbeat is still watching.
    let known: Vec<String> = match service {
        Some(_) => downbeat::Config::load(config_path)
            .map(|c| c.services.into_iter().map(|s| s.name).collect())
            .unwrap_or_default(),
        None => Vec::new(),
    };
    let gap = downbeat::view::history::gap(config_path);
    history(since, service, &known, format, utc, gap)
}

fn open(gap: Duration) -> anyhow::Result<Option<History>> {
    let path =
        store::default_path().context("no data folder on this system (set DOWNBEAT_DATA_DIR)")?;
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
            names.extend(h.services(0).context("reading the history failed")?);
        }
        names.sort();
        names.dedup();
        if !names.iter().any(|n| n == name) {
            let hint = names
                .iter()
                .find(|n| n.eq_ignore_ascii_case(name))
                .map(|n| format!(" (did you mean \"{n}\"? names are case-sensitive)"))
                .unwrap_or_default();
            let list = if names.is_empty() {
                "none yet".to_owned()
            } else {
                names.join(", ")
            };
            anyhow::bail!("no service named \"{name}\"{hint}; the known services are: {list}");
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
            i.service.as_deref().unwrap_or("(your connection)"),
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
    writeln!(
        out,
        "History since {} ({} to now)",
        stamp(from),
        human_span(span)
    )?;
    if report.services.is_empty() {
        writeln!(
            out,
            "\nNothing recorded yet: `downbeat watch` or the desktop app records history."
        )?;
        return Ok(());
    }
    writeln!(out)?;
    write!(out, "{}", table::services(report))?;
    if let Some(words) = &report.your_side {
        writeln!(out, "\n  {words}")?;
    }
    writeln!(out, "\nIncidents")?;
    if report.incidents.is_empty() {
        writeln!(out, "  none")?;
    }
    // The words are the view's (the window shows the same); the CLI only lays them out.
    for v in &report.incidents {
        let i = &v.incident;
        writeln!(
            out,
            "  {}  {} for {} ({}; {} side)",
            stamp(i.start_ms),
            v.what,
            v.lasted,
            v.why,
            v.side.trim_end_matches('s'),
        )?;
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
        anyhow::bail!("nothing recorded yet: `downbeat watch` or the desktop app records history");
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
                anyhow::anyhow!(
                    "{} exists already: add --force to replace it",
                    file.display()
                )
            } else {
                anyhow::anyhow!("cannot create {}: {e}", file.display())
            }
        })?;
        let mut f = std::io::BufWriter::new(created);
        let n = h
            .export_csv(from, &mut f)
            .with_context(|| format!("cannot write {}", file.display()))?;
        f.flush()
            .with_context(|| format!("cannot write {}", file.display()))?;
        n
    };
    eprintln!("downbeat: wrote {n} results");
    Ok(0)
}
