//! The tray process: its event loop (tao's: GTK on Linux, as tray-icon needs; Win32's on
//! Windows), the tray on that loop's thread, and what reaches it: the monitor's snapshots, the
//! menu, a second launch's arguments, SIGTERM, and a config that loads at last. The engine runs
//! on a small tokio runtime beside it. No Tauri and no WebKit here: the window is a process of
//! its own (`window`).

use std::sync::Arc;
use std::time::Duration;

use downbeat::monitor::{Command, Snapshot};
use tao::event::{Event as Loop, StartCause};
use tao::event_loop::{ControlFlow, EventLoopBuilder};
use tray_icon::menu::MenuEvent;

use crate::args::Options;
use crate::event::Event;
use crate::tray::{Action, Tray};
use crate::window::WindowProcess;
use crate::{follow, welcome};
use downbeat_desktop_shared::platform::fatal;
use downbeat_desktop_shared::{autostart, single};

/// Runs the tray process until it quits. A second launch hands its arguments to the running
/// one and exits here.
pub fn run(options: &Options, argv: &[String]) -> ! {
    let rt = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("downbeat")
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => fatal(&downbeat::msg!("tray-cannot-start", error = e.to_string()).to_string()),
    };
    let history = downbeat::store::default_path();
    let listener = match rt.block_on(single::claim(history.as_deref(), argv)) {
        Ok(Some(l)) => Some(l),
        Ok(None) => std::process::exit(0),
        Err(e) => {
            tracing::warn!("cannot make sure only one Downbeat runs: {e}");
            None
        }
    };
    let state = Arc::new({
        let _in = rt.enter();
        crate::state::start(options.config.as_deref())
    });
    #[cfg(target_os = "linux")]
    crate::platform::quiet_gdk_tray_slip();
    let event_loop = EventLoopBuilder::<Event>::with_user_event().build();
    let proxy = event_loop.create_proxy();
    let window = WindowProcess::new(state.clone());

    let to_loop = proxy.clone();
    MenuEvent::set_event_handler(Some(move |e: MenuEvent| {
        let _ = to_loop.send_event(Event::Menu(e.id().0.clone()));
    }));
    if let Some(rx) = state.snapshots() {
        rt.spawn(follow::snapshots(proxy.clone(), window.clone(), rx));
    }
    rt.spawn(follow::config_file(
        proxy.clone(),
        window.clone(),
        state.clone(),
    ));
    if state.monitor.is_some() {
        rt.spawn(welcome::once(
            state.history_path.clone(),
            state.service_names(),
        ));
    } else if let Some(e) = &state.load_error {
        rt.spawn(welcome::config_error(e.clone()));
    }
    let to_loop = proxy.clone();
    rt.spawn(async move {
        downbeat::session::stop_signal().await;
        let _ = to_loop.send_event(Event::Quit);
    });
    let listening = listener.map(|l| {
        let to_loop = proxy.clone();
        rt.spawn(l.run(move |args| {
            let _ = to_loop.send_event(Event::Handover(Options::handed_over(args)));
        }))
    });

    let settings_proxy = proxy;
    let first = state.config.as_deref().map(Snapshot::new);
    let icon_files = single::folder(history.as_deref()).join("tray");
    let mut tray: Option<Tray> = None;
    // The monitor starts before the loop: a round may end before the tray exists (its
    // snapshots then come before Init). The latest waits here, so that the icon never shows
    // "checking" for a whole interval after the first round.
    let mut early: Option<Box<Snapshot>> = None;
    let open_history = options.open_history || options.settings;
    let settings = options.settings;
    let mut listening = listening;
    let mut restart = false;
    event_loop.run(move |event, _, control_flow| {
        *control_flow = ControlFlow::Wait;
        match event {
            Loop::NewEvents(StartCause::Init) => {
                match Tray::build(first.as_ref(), &icon_files) {
                    Ok(t) => tray = Some(t),
                    Err(e) => tracing::warn!("no tray icon: {e}"),
                }
                if let (Some(t), Some(s)) = (tray.as_mut(), early.take()) {
                    t.show(&s, state.reload_problem().as_deref());
                }
                if state.monitor.is_none() {
                    if let Some(t) = tray.as_mut() {
                        t.show_problem(&state.problem().unwrap_or_default());
                    }
                }
                if open_history {
                    window.open(settings);
                }
            }
            Loop::UserEvent(Event::Snapshot(s)) => match tray.as_mut() {
                Some(t) => t.show(&s, state.reload_problem().as_deref()),
                None => early = Some(s),
            },
            Loop::UserEvent(Event::Menu(id)) => {
                let pause = |mins: u64| Command::Pause(Some(Duration::from_secs(mins * 60)));
                match Action::of(&id) {
                    Some(Action::CheckNow) => state.send(Command::CheckNow),
                    Some(Action::Pause(mins)) => state.send(pause(mins)),
                    Some(Action::Resume) => state.send(Command::Resume),
                    Some(Action::History) => window.open(false),
                    Some(Action::Settings) => window.open(true),
                    Some(Action::SettingsFile) => {
                        let to_loop = settings_proxy.clone();
                        crate::tray::open_settings_file(state.config_path.as_deref(), move || {
                            let _ = to_loop.send_event(Event::CannotOpenSettingsFile);
                        });
                    }
                    Some(Action::StartAtLogin) => {
                        let on = autostart::autostart().unwrap_or(false);
                        if let Err(e) = autostart::set_autostart(!on) {
                            tracing::warn!("{e}");
                        }
                        if let Some(t) = tray.as_ref() {
                            t.follow_login();
                        }
                    }
                    Some(Action::Quit) => *control_flow = ControlFlow::Exit,
                    None => {}
                }
            }
            Loop::UserEvent(Event::Handover(o)) => {
                if o.close_history {
                    window.close();
                } else {
                    window.open(o.settings);
                }
            }
            Loop::UserEvent(Event::CannotOpenSettingsFile) => window.open(true),
            Loop::UserEvent(Event::Quit) => *control_flow = ControlFlow::Exit,
            Loop::UserEvent(Event::Restart) => {
                // The new process must find no running one: stop listening first.
                if let Some(task) = listening.take() {
                    task.abort();
                    let _ = rt.block_on(task);
                }
                restart = true;
                *control_flow = ControlFlow::Exit;
            }
            // A quit from the menu, SIGTERM and a Windows shutdown all end here: the window
            // closes, the monitor stops, and the history ends the open incidents.
            // A restart (the config loads now) ends the same way, then starts this program
            // again with the same arguments.
            Loop::LoopDestroyed => {
                // An open window comes back with the restarted app (the user was fixing the
                // config in it, or reading it).
                let reopen = restart && window.is_open();
                window.shut();
                state.stop();
                if restart {
                    let again = std::env::current_exe().and_then(|exe| {
                        let mut args: Vec<std::ffi::OsString> = std::env::args_os()
                            .skip(1)
                            .filter(|a| a != "--open-history" && a != "--settings")
                            .collect();
                        if reopen {
                            args.push("--open-history".into());
                        }
                        std::process::Command::new(exe).args(args).spawn()
                    });
                    if let Err(e) = again {
                        tracing::warn!("cannot restart: {e}");
                    }
                }
            }
            _ => {}
        }
    })
}
