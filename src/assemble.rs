//! The one way to build a monitor from a loaded config, for every front end: `watch`, `serve`
//! and the desktop app. It makes the probe context the settings call for, opens the history
//! writer and gives the monitor its sink. A front end then adds what is its own (a notifier,
//! a printer, the metrics' counters) and spawns it.

use std::path::Path;
use std::sync::Arc;

use crate::config::Config;
use crate::error::Error;
use crate::model::Message;
use crate::monitor::Monitor;
use crate::msg;
use crate::probe::ProbeContext;
use crate::store::Writer;

/// A monitor built from a config, not yet running.
#[derive(Debug)]
pub struct Assembly {
    /// Records what it sees through `writer`, when there is one.
    pub monitor: Monitor,
    /// The history writer; shut it down after the monitor.
    pub writer: Option<Writer>,
    /// What the front end should say about the history, one line each: there is no data
    /// folder, the database was moved aside, or it could not be opened. None of these stops
    /// the monitor.
    pub notices: Vec<Message>,
}

/// Builds the monitor for `config`, recording into the history at `history` (`None`: no data
/// folder, so nothing is recorded). Fails only when the probes can't be set up (a `ca_file`
/// that can't be used, no trusted roots at all).
pub fn assemble(config: Arc<Config>, history: Option<&Path>) -> Result<Assembly, Error> {
    let ctx = ProbeContext::from_settings(&config.settings)?;
    let mut notices = Vec::new();
    let writer = match history {
        None => {
            notices.push(msg!("store-no-data-folder"));
            None
        }
        Some(path) => match Writer::start(
            path,
            config.settings.retention,
            crate::store::max_gap(config.settings.interval, config.settings.backoff_max),
        ) {
            Ok(w) => {
                notices.extend(w.status().notice);
                Some(w)
            }
            Err(e) => {
                notices.push(msg!("store-not-recording", error = e.message()));
                None
            }
        },
    };
    let mut monitor = Monitor::new(config, ctx);
    if let Some(w) = &writer {
        monitor = monitor.sink(Arc::new(w.sink()));
    }
    Ok(Assembly {
        monitor,
        writer,
        notices,
    })
}
