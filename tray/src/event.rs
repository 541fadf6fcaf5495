//! What reaches the tray's event loop from elsewhere: the monitor's snapshots, the menu, a
//! second launch, a quit, a restart.

use downbeat::monitor::Snapshot;
use tao::event_loop::EventLoopProxy;

use crate::args::Options;

/// What reaches the event loop from elsewhere.
#[derive(Debug)]
pub enum Event {
    /// The monitor's latest state.
    Snapshot(Box<Snapshot>),
    /// A menu item was chosen (its id).
    Menu(String),
    /// A second launch's options.
    Handover(Options),
    /// Quit (SIGTERM).
    Quit,
    /// The config loads now, after a start-up error: start again on it.
    Restart,
    /// No program could open the settings file: the window's settings page shows where it is
    /// (a notification says so too, where one can be shown).
    CannotOpenSettingsFile,
}

pub type Proxy = EventLoopProxy<Event>;
