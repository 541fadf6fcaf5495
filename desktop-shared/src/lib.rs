//! What Downbeat's two desktop programs share, and nothing else: the tray (`downbeat-desktop`)
//! and the history window (`downbeat-window`) both import this small crate, and never each
//! other.
//!
//! - [`pipe`]: their protocol, one JSON message per line over the window process's stdin and
//!   stdout;
//! - [`single`]: the single-instance socket (a second launch hands its arguments over);
//! - [`autostart`]: the start-at-login entry, which the tray's menu and the settings page
//!   both turn on and off;
//! - [`platform`]: logging, errors said where the user sees them, and where the other program
//!   is.
//!
//! No GUI toolkit is in its tree: no Tauri, no WebKit, no GTK.

pub mod autostart;
pub mod pipe;
pub mod platform;
pub mod single;
