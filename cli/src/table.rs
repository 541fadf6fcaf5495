//! The CLI's tables (comfy-table): `check`'s phases per check and `history`'s services.

use std::io::IsTerminal;
use std::time::Duration;

use comfy_table::presets::NOTHING;
use comfy_table::{Attribute, Cell, CellAlignment, Color, ContentArrangement, Table};

use downbeat::model::{Blame, CheckResult, RoundResult, Status};
use downbeat::msg;
use downbeat::view::history::HistoryReport;
use downbeat::view::i18n::{self, span as human_span};
use downbeat::view::SharedFailure;
use downbeat::{Config, Verdict};

/// Whether to colour: standard output is a terminal and `NO_COLOR` is not set.
pub fn colour() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

/// A heading line, bold when colouring.
fn heading(s: &str) -> String {
    if colour() {
        format!("\x1b[1m{s}\x1b[0m")
    } else {
        s.to_owned()
    }
}

/// A borderless table with a header, wrapped to the terminal's width.
fn table(header: &[String], right_aligned: &[usize]) -> Table {
    let mut t = Table::new();
    t.load_style(NOTHING)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(
            header
                .iter()
                .map(|h| Cell::new(h).add_attribute(Attribute::Bold)),
        );
    if !colour() {
        t.force_no_tty();
    }
    for (i, c) in t.column_iter_mut().enumerate() {
        // Two spaces of indent, two between columns.
        c.set_padding((if i == 0 { 2 } else { 0 }, 2));
        if right_aligned.contains(&i) {
            c.set_cell_alignment(CellAlignment::Right);
        }
    }
    t
}

/// A table's lines without the padding comfy-table leaves after the last column.
fn render(t: &Table) -> String {
    t.lines().map(|l| l.trim_end().to_owned() + "\n").collect()
}

fn status_cell(s: Status) -> Cell {
    let colour = match s {
        Status::Up => Color::Green,
        Status::Degraded => Color::Yellow,
        Status::Down => Color::Red,
    };
    Cell::new(status_word(s)).fg(colour)
}

/// A status in a word: "up", "degraded", "down".
fn status_word(s: Status) -> String {
    msg!("cli-status", status = s.as_str()).to_string()
}

/// A phase time as the window words it ("0.4 ms", "38 ms"), "-" when not measured.
fn phase(d: Option<Duration>) -> String {
    d.map_or_else(|| "-".to_owned(), downbeat::view::i18n::phase_ms)
}

/// `shared`: a failure said once above the tables; a check failing that way gets its one
/// phrase, not the paragraph again.
fn checks_table(checks: &[CheckResult], shared: Option<&SharedFailure>) -> Table {
    // A HELLO column (a protocol's own first exchange) only where a check has one.
    let hello = checks.iter().any(|c| c.report.phases.hello.is_some());
    let mut ids = vec![
        "cli-column-check",
        "cli-column-status",
        "cli-column-dns",
        "cli-column-connect",
        "cli-column-tls",
    ];
    if hello {
        ids.push("cli-column-hello");
    }
    ids.extend([
        "cli-column-ttfb",
        "cli-column-transfer",
        "cli-column-detail",
    ]);
    let head: Vec<String> = ids.into_iter().map(i18n::text).collect();
    let right: Vec<usize> = (2..head.len() - 1).collect();
    let mut t = table(&head, &right);
    for c in checks {
        let r = &c.report;
        let p = r.phases;
        let mut row = vec![
            Cell::new(&c.name),
            status_cell(r.status),
            Cell::new(phase(p.dns)),
            Cell::new(phase(p.connect)),
            Cell::new(phase(p.tls)),
        ];
        if hello {
            row.push(Cell::new(phase(p.hello)));
        }
        row.extend([
            Cell::new(phase(p.ttfb)),
            Cell::new(phase(p.transfer)),
            Cell::new(match shared {
                Some(f) if r.status != Status::Up && r.diagnosis == f.diagnosis => {
                    msg!("cli-see-above", diagnosis = f.diagnosis.headline()).to_string()
                }
                _ => r.detail.to_string(),
            }),
        ]);
        t.add_row(row);
    }
    t
}

/// `downbeat check`'s output: a table per section, then the verdict.
pub fn check(config: &Config, round: &RoundResult, verdict: &Verdict, utc: bool) -> String {
    let title = msg!(
        "cli-check-title",
        at = crate::stamp(round.checked_at, utc),
        source = config.source_label(),
    );
    let mut out = format!("{title}\n");
    // A failure every failing check shares (offline, say) is said once, here, with one check
    // as the example.
    let shared = downbeat::view::round_shared_failure(round);
    if let Some(f) = &shared {
        out.push_str(&format!("\n{}\n  {}\n", heading(&f.line), f.example));
    }
    if !round.baseline.is_empty() {
        let baseline = i18n::text("cli-check-baseline");
        out.push_str(&format!("\n{}\n", heading(&baseline)));
        out.push_str(&render(&checks_table(&round.baseline, shared.as_ref())));
    }
    // Where on this side it stops, when something failed and the path was read.
    let path = round
        .path
        .as_ref()
        .map(downbeat::view::path_lines)
        .unwrap_or_default();
    if !path.is_empty() {
        out.push_str(&format!("\n{}\n", heading(&i18n::text("cli-check-path"))));
        for line in path {
            out.push_str(&format!("  {line}\n"));
        }
    }
    for s in &round.services {
        // A service the user's side explains is not "down": it says which problem (offline,
        // blocked, sign-in needed), in the words the tray and the window use.
        let cause = round.cause_of(s);
        let word = cause
            .state_word()
            .map_or_else(|| status_word(s.status), |w| w.to_string());
        let status = match (colour(), s.status, cause.blame()) {
            (false, ..) => format!("({word})"),
            (true, Status::Up, _) => format!("\x1b[32m({word})\x1b[0m"),
            (true, _, Blame::You) => format!("\x1b[35m({word})\x1b[0m"),
            (true, Status::Degraded, _) => format!("\x1b[33m({word})\x1b[0m"),
            (true, Status::Down, _) => format!("\x1b[31m({word})\x1b[0m"),
        };
        out.push_str(&format!("\n{} {status}\n", heading(&s.name)));
        out.push_str(&render(&checks_table(&s.checks, shared.as_ref())));
    }
    out.push_str(&format!("\n{}\n", heading(&verdict.summary)));
    out
}

/// `downbeat history`'s services: uptime, time down, latency.
pub fn services(report: &HistoryReport) -> String {
    let head: Vec<String> = [
        "cli-column-service",
        "cli-column-uptime",
        "cli-column-down",
        "cli-column-ttfb-p50",
        "cli-column-p95",
        "cli-column-total-p95",
    ]
    .into_iter()
    .map(i18n::text)
    .collect();
    let mut t = table(&head, &[1, 2, 3, 4, 5]);
    let mut notes = Vec::new();
    for s in &report.services {
        let u = &s.uptime;
        let pct = s.uptime_text.clone();
        let lat = |phase: &str, p95: bool| {
            s.latency
                .get(phase)
                .map(|p| {
                    let ms = if p95 { p.p95_ms } else { p.p50_ms };
                    msg!("cli-latency-ms", ms = i18n::number(ms, 0)).to_string()
                })
                .unwrap_or_else(|| "-".into())
        };
        t.add_row(vec![
            u.service.clone(),
            pct,
            human_span(Duration::from_secs_f64(u.down_s)),
            lat("ttfb", false),
            lat("ttfb", true),
            lat("total", true),
        ]);
        if !u.unverified_checks.is_empty() {
            notes.push(msg!(
                "cli-unverified",
                service = u.service.as_str(),
                checks = u.unverified_checks.join(&i18n::text("list-comma")),
            ));
        }
    }
    let mut out = render(&t);
    for n in notes {
        out.push_str(&format!("  {n}\n"));
    }
    out
}
