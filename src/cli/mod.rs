//! The `downbeat` binary's own parts: argument values, tables and the history commands. The
//! engine (the library) never prints; this is where output is shaped.

pub mod history;
pub mod since;
pub mod table;
