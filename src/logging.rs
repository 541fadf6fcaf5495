//! How the binaries' log lines look: the same as their own messages, so stderr reads as one
//! voice ("downbeat: warning: …"), whether a line came from `tracing` or from the front end.
//! The library never prints; this only formats, for the binaries that install a subscriber.

use std::fmt;

use tracing::{Event, Level, Subscriber};
use tracing_subscriber::fmt::{format, FmtContext, FormatEvent, FormatFields};
use tracing_subscriber::registry::LookupSpan;

/// "PROGRAM: LEVEL: message", with the module that logged it when `target` is set (`-vv`).
#[derive(Debug, Clone, Copy)]
pub struct Plain {
    pub program: &'static str,
    pub target: bool,
}

/// The word a level is said with.
pub fn level_word(level: Level) -> &'static str {
    match level {
        Level::ERROR => "error",
        Level::WARN => "warning",
        Level::INFO => "info",
        Level::DEBUG => "debug",
        Level::TRACE => "trace",
    }
}

impl<S, N> FormatEvent<S, N> for Plain
where
    S: Subscriber + for<'a> LookupSpan<'a>,
    N: for<'a> FormatFields<'a> + 'static,
{
    fn format_event(
        &self,
        ctx: &FmtContext<'_, S, N>,
        mut writer: format::Writer<'_>,
        event: &Event<'_>,
    ) -> fmt::Result {
        let meta = event.metadata();
        write!(writer, "{}: {}: ", self.program, level_word(*meta.level()))?;
        if self.target {
            write!(writer, "{}: ", meta.target())?;
        }
        ctx.field_format().format_fields(writer.by_ref(), event)?;
        writeln!(writer)
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;
    use std::sync::{Arc, Mutex};

    use super::Plain;

    #[derive(Clone, Default)]
    struct Buffer(Arc<Mutex<Vec<u8>>>);

    impl Write for Buffer {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0
                .lock()
                .map_err(|_| std::io::ErrorKind::Other)?
                .extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_log_line_reads_like_the_programs_own_messages() {
        let buffer = Buffer::default();
        let out = buffer.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_writer(move || out.clone())
            .with_ansi(false)
            .event_format(Plain {
                program: "downbeat",
                target: false,
            })
            .finish();
        tracing::subscriber::with_default(subscriber, || {
            tracing::warn!("the disk is full");
            tracing::error!(path = "/x", "cannot open");
        });
        let text = String::from_utf8(buffer.0.lock().map(|b| b.clone()).unwrap_or_default())
            .unwrap_or_default();
        assert_eq!(
            text,
            "downbeat: warning: the disk is full\ndownbeat: error: cannot open path=\"/x\"\n"
        );
    }
}
