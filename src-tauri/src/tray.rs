//! The tray icon, drawn at runtime in the verdict's colour, and its menu.

use std::sync::Arc;

use downbeat::Overall;
use tauri::image::Image;
use tauri::menu::{Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::{TrayIcon, TrayIconBuilder};
use tauri::{AppHandle, Manager, Wry};

use crate::AppState;

/// The tray icon and the menu items that change.
pub struct Tray {
    icon: TrayIcon<Wry>,
    verdict: MenuItem<Wry>,
}

const SIZE: u32 = 32;

impl Tray {
    pub fn build(app: &AppHandle) -> tauri::Result<Tray> {
        let verdict = MenuItem::with_id(app, "verdict", "Starting…", false, None::<&str>)?;
        let check = MenuItem::with_id(app, "check-now", "Check now", true, None::<&str>)?;
        let quit = MenuItem::with_id(app, "quit", "Quit Downbeat", true, None::<&str>)?;
        let sep = PredefinedMenuItem::separator(app)?;
        let menu = Menu::with_items(app, &[&verdict, &sep, &check, &quit])?;
        let icon = TrayIconBuilder::with_id("downbeat")
            .icon(render(None))
            .tooltip("Downbeat")
            .menu(&menu)
            .on_menu_event(|app, event| match event.id().as_ref() {
                "check-now" => {
                    if let Some(state) = app.try_state::<Arc<AppState>>() {
                        state.check_now.notify_one();
                    }
                }
                "quit" => app.exit(0),
                _ => {}
            })
            .build(app)?;
        Ok(Tray { icon, verdict })
    }

    pub fn show_checking(&self) {
        let _ = self.verdict.set_text("Checking…");
    }

    pub fn show(&self, status: Overall, summary: &str) {
        let _ = self.icon.set_icon(Some(render(Some(status))));
        let _ = self.icon.set_tooltip(Some(summary));
        let _ = self.verdict.set_text(summary);
    }
}

/// A filled disc in the verdict's colour: green up, amber degraded, red down, grey otherwise.
fn render(status: Option<Overall>) -> Image<'static> {
    let (r, g, b) = match status {
        Some(Overall::Up) => (0x1d, 0xb9, 0x54),
        Some(Overall::Degraded) => (0xf5, 0xa6, 0x23),
        Some(Overall::Down) => (0xe2, 0x2d, 0x2d),
        Some(Overall::Offline) | None => (0x8a, 0x8f, 0x98),
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
