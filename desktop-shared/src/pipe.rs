//! The tray process and the history window's process talk over the window process's stdin and
//! stdout: one JSON message per line. The window lives in a process of its own so that closing
//! it gives every byte of WebKit back (its web and network processes end with it); the tray
//! process never loads a webview.

use std::io::{BufRead, Write};

use serde::{Deserialize, Serialize};

use downbeat::view::SnapshotView;

/// From the tray process to the window.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ToWindow {
    /// The monitor's latest state.
    Snapshot { view: Box<SnapshotView> },
    /// Bring the window to the front (the tray menu's "Open history…" while it is open).
    Focus,
    /// Bring it to the front on its settings page (the tray menu's "Settings…").
    Settings,
    /// Close the window, which ends its process.
    Close,
}

/// From the window to the tray process.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ToTray {
    /// Run every check now.
    CheckNow,
    /// The settings were saved: reload the config file.
    Reload,
}

/// Writes one message as one line and flushes it.
pub fn send<T: Serialize>(w: &mut impl Write, msg: &T) -> std::io::Result<()> {
    let mut line = serde_json::to_vec(msg).map_err(std::io::Error::other)?;
    line.push(b'\n');
    w.write_all(&line)?;
    w.flush()
}

/// Reads messages until the other side closes the pipe, calling `each` with every one. A line
/// that is not a message is logged and skipped. Lines are bounded (1 MiB), so a broken peer
/// can't make this side allocate without end.
pub fn receive<T: for<'de> Deserialize<'de>>(r: impl BufRead, mut each: impl FnMut(T)) {
    const MAX_LINE: u64 = 1 << 20;
    let mut r = r;
    let mut line = Vec::new();
    loop {
        line.clear();
        match std::io::Read::take(&mut r, MAX_LINE).read_until(b'\n', &mut line) {
            Ok(0) => return,
            Ok(_) if !line.ends_with(b"\n") && line.len() as u64 >= MAX_LINE => {
                tracing::warn!("a message from the other process is over 1 MiB; stopping");
                return;
            }
            Ok(_) => match serde_json::from_slice::<T>(&line) {
                Ok(m) => each(m),
                Err(e) => tracing::warn!("a line from the other process is no message: {e}"),
            },
            Err(e) => {
                tracing::warn!("reading from the other process: {e}");
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_round_trip_one_per_line() {
        let mut buf = Vec::new();
        send(&mut buf, &ToTray::CheckNow).unwrap_or_default();
        send(&mut buf, &ToTray::CheckNow).unwrap_or_default();
        buf.extend_from_slice(b"not json\n");
        let mut got = Vec::new();
        receive::<ToTray>(&buf[..], |m| got.push(m));
        assert_eq!(got, [ToTray::CheckNow, ToTray::CheckNow]);
        assert_eq!(
            String::from_utf8_lossy(&buf).lines().next(),
            Some(r#"{"type":"check_now"}"#)
        );
    }

    #[test]
    fn an_endless_line_stops_the_reader() {
        let big = vec![b'x'; (1 << 20) + 10];
        let mut n = 0;
        receive::<ToTray>(&big[..], |_| n += 1);
        assert_eq!(n, 0);
    }
}
