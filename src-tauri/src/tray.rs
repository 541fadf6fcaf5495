//! The tray icon, drawn at runtime in the verdict's colour, and its menu.

use std::time::{Duration, SystemTime};

use downbeat::health::State;
use downbeat::monitor::{Command, Paused, Snapshot};
use tauri::image::Image;
use tauri::menu::{Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::{TrayIcon, TrayIconBuilder};
use tauri::{AppHandle, Wry};
use tokio::sync::watch;

/// The tray icon and the menu items that change.
pub struct Tray {
    icon: TrayIcon<Wry>,
    verdict: MenuItem<Wry>,
}

const SIZE: u32 = 32;

impl Tray {
    pub fn build(app: &AppHandle) -> tauri::Result<Tray> {
        let item = |id: &str, text: &str, enabled: bool| {
            MenuItem::with_id(app, id, text, enabled, None::<&str>)
        };
        let verdict = item("verdict", "Starting…", false)?;
        let menu = Menu::with_items(
            app,
            &[
                &verdict,
                &PredefinedMenuItem::separator(app)?,
                &item("check-now", "Check now", true)?,
                &item("pause-15", "Pause for 15 min", true)?,
                &item("pause-60", "Pause for 1 hour", true)?,
                &item("resume", "Resume", true)?,
                &PredefinedMenuItem::separator(app)?,
                &item("quit", "Quit Downbeat", true)?,
            ],
        )?;
        let icon = TrayIconBuilder::with_id("downbeat")
            .icon(render(State::Unknown))
            .tooltip("Downbeat")
            .menu(&menu)
            .on_menu_event(|app, event| {
                let pause = |mins: u64| Command::Pause(Some(Duration::from_secs(mins * 60)));
                match event.id().as_ref() {
                    "check-now" => crate::command(app, Command::CheckNow),
                    "pause-15" => crate::command(app, pause(15)),
                    "pause-60" => crate::command(app, pause(60)),
                    "resume" => crate::command(app, Command::Resume),
                    "quit" => app.exit(0),
                    _ => {}
                }
            })
            .build(app)?;
        Ok(Tray { icon, verdict })
    }

    /// Shows every snapshot the monitor publishes.
    pub async fn follow(self, mut rx: watch::Receiver<Snapshot>) {
        loop {
            let line = {
                let s = rx.borrow_and_update();
                let state = if s.paused == Paused::No {
                    s.overall
                } else {
                    State::Unknown
                };
                let _ = self.icon.set_icon(Some(render(state)));
                verdict_line(&s)
            };
            let _ = self.verdict.set_text(&line);
            let _ = self.icon.set_tooltip(Some(&line));
            if rx.changed().await.is_err() {
                return;
            }
        }
    }

    pub fn show_error(&self, message: &str) {
        let _ = self.icon.set_icon(Some(render(State::Unknown)));
        let _ = self.verdict.set_text(message);
    }
}

/// "Spotify: down, TLS certificate expired, for 12 min".
fn verdict_line(s: &Snapshot) -> String {
    match s.paused {
        Paused::UntilResumed => return "Paused".into(),
        Paused::Until(t) => {
            let left = t.duration_since(SystemTime::now()).unwrap_or_default();
            return format!("Paused for {}", downbeat::notify::human_span(left));
        }
        Paused::No => {}
    }
    if s.overall == State::Offline {
        return "You're offline: it's you, not the services".into();
    }
    if s.last_checked.is_none() {
        return if s.checking {
            "Checking…".into()
        } else {
            "Starting…".into()
        };
    }
    let parts: Vec<String> = s
        .services
        .iter()
        .map(|v| {
            let mut line = format!("{}: {}", v.name, v.state);
            if v.state > State::Up {
                if let Some(d) = v.diagnosis {
                    line.push_str(&format!(", {}", d.headline()));
                }
                if let Some(since) = v
                    .since
                    .and_then(|t| SystemTime::now().duration_since(t).ok())
                {
                    line.push_str(&format!(", for {}", downbeat::notify::human_span(since)));
                }
            }
            line
        })
        .collect();
    parts.join(" · ")
}

/// A filled disc in the state's colour: green up, amber degraded, red down, grey otherwise.
fn render(state: State) -> Image<'static> {
    let (r, g, b) = match state {
        State::Up => (0x1d, 0xb9, 0x54),
        State::Degraded => (0xf5, 0xa6, 0x23),
        State::Down => (0xe2, 0x2d, 0x2d),
        State::Offline | State::Unknown => (0x8a, 0x8f, 0x98),
    };
    let mut rgba = Vec::with_capacity((SIZE * SIZE * 4) as usize);
    let c = (SIZE as f32 - 1.0) / 2.0;
    let radius = SIZE as f32 / 2.0 - 1.5;
    for y in 0..SIZE {
        for x in 0..SIZE {
            let d = ((x as f32 - c).powi(2) + (y as f32 - c).powi(2)).sqrt();
            let alpha = (radius + 0.5 - d).clamp(0.0, 1.0);
            rgba.extend_from_slice(&[r, g, b, (alpha * 255.0) as u8]);
        }
    }
    Image::new_owned(rgba, SIZE, SIZE)
}
