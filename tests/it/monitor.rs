//! The monitor in-process: check now, pause and resume, the snapshot, Retry-After, and sinks.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use downbeat_testkit as support;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use downbeat::config::Source;
use downbeat::model::RoundResult;
use downbeat::model::State;
use downbeat::monitor::{Command, Monitor, Paused, Sink};
use downbeat::Config;
use support::Reply;

#[derive(Default)]
struct Rounds(Mutex<usize>);

impl Sink for Rounds {
    fn on_round(&self, _round: &Arc<RoundResult>) {
        *self.0.lock().unwrap() += 1;
    }
}

impl Rounds {
    fn count(&self) -> usize {
        *self.0.lock().unwrap()
    }
}

fn config(interval: &str, base: u16, svc: u16) -> Arc<Config> {
    let text = format!(
        "[settings]\ninterval = \"{interval}\"\ntimeout = \"1s\"\n[[baseline]]\nname = \"b\"\nurl = \"http://127.0.0.1:{base}/\"\n\
         [[service]]\nname = \"S\"\n[[service.check]]\nname = \"c\"\nurl = \"http://127.0.0.1:{svc}/\"\n"
    );
    Arc::new(Config::parse(&text, Source::BuiltIn).unwrap())
}

async fn settle() {
    tokio::time::sleep(Duration::from_millis(400)).await;
}

#[tokio::test]
async fn check_now_pause_and_resume() {
    let base = support::http(Reply::ok("ok")).await;
    let svc = support::http(Reply::ok("ok")).await;
    let config = config("60s", base.port(), svc.port());
    let rounds = Arc::new(Rounds::default());
    let handle = Monitor::new(
        config.clone(),
        downbeat::ProbeContext::from_settings(&config.settings).unwrap(),
    )
    .sink(rounds.clone())
    .spawn();

    settle().await;
    assert_eq!(rounds.count(), 1, "a first round at start");
    let snap = handle.snapshot.borrow().clone();
    assert_eq!((snap.overall, snap.connection), (State::Up, State::Up));
    assert_eq!(snap.services[0].state, State::Up);
    assert!(snap.last_round.is_some() && !snap.checking);

    handle.check_now();
    settle().await;
    assert_eq!(rounds.count(), 2, "check now runs a round at once");

    handle.send(Command::Pause(None));
    settle().await;
    assert_eq!(handle.snapshot.borrow().paused, Paused::UntilResumed);
    handle.check_now();
    settle().await;
    assert_eq!(rounds.count(), 2, "nothing runs while paused");

    handle.send(Command::Resume);
    settle().await;
    assert_eq!(rounds.count(), 3, "resume checks at once");
    assert_eq!(handle.snapshot.borrow().paused, Paused::No);

    handle.send(Command::Pause(Some(Duration::from_millis(600))));
    settle().await;
    assert!(matches!(handle.snapshot.borrow().paused, Paused::Until(_)));
    tokio::time::sleep(Duration::from_millis(700)).await;
    assert_eq!(
        handle.snapshot.borrow().paused,
        Paused::No,
        "a timed pause ends by itself"
    );
    assert_eq!(rounds.count(), 4, "and checks at once when it does");
    handle.shutdown().await;
}

#[tokio::test]
async fn retry_after_is_honoured_while_down() {
    let base = support::http(Reply::ok("ok")).await;
    let svc = support::http(Reply::status(429, "").with_header("retry-after", "3")).await;
    let config = config("1s", base.port(), svc.port());
    let handle = Monitor::new(
        config.clone(),
        downbeat::ProbeContext::from_settings(&config.settings).unwrap(),
    )
    .spawn();
    // First failure, then the confirmation 250 ms later: down.
    tokio::time::sleep(Duration::from_millis(900)).await;
    assert_eq!(handle.snapshot.borrow().services[0].state, State::Down);
    let hits = svc.hits();
    assert_eq!(hits, 2);
    // The server asked for 3 s (from the second request, at about 0.25 s): the 1 s interval
    // must wait for it.
    tokio::time::sleep(Duration::from_millis(2000)).await;
    assert_eq!(svc.hits(), hits, "no request before Retry-After");
    tokio::time::sleep(Duration::from_millis(1100)).await;
    assert_eq!(svc.hits(), hits + 1);
    handle.shutdown().await;
}

/// Records the transitions: (service, from, to).
#[derive(Default)]
struct Transitions(Mutex<Vec<(String, State, State)>>);

impl Sink for Transitions {
    fn on_transition(&self, t: &downbeat::model::Transition, _delivered: bool) {
        let name = t.service.clone().unwrap_or_else(|| "you".into());
        self.0.lock().unwrap().push((name, t.from, t.to));
    }
}

/// A reload (the settings were saved): the new service is checked at once, the one that stays
/// keeps its state and says nothing, a removed one is gone, and a pause stays.
#[tokio::test]
async fn a_reload_adds_and_removes_services_without_news_for_the_rest() {
    let base = support::http(Reply::ok("ok")).await;
    let svc = support::http(Reply::ok("ok")).await;
    let other = support::http(Reply::ok("ok")).await;
    let config = config("60s", base.port(), svc.port());
    let seen = Arc::new(Transitions::default());
    let handle = Monitor::new(
        config.clone(),
        downbeat::ProbeContext::from_settings(&config.settings).unwrap(),
    )
    .sink(seen.clone())
    .spawn();
    settle().await;
    assert_eq!(handle.snapshot.borrow().services[0].state, State::Up);

    let text = format!(
        "[settings]\ninterval = \"60s\"\ntimeout = \"1s\"\n[[baseline]]\nname = \"b\"\nurl = \"http://127.0.0.1:{}/\"\n\
         [[service]]\nname = \"T\"\n[[service.check]]\nname = \"c\"\nurl = \"http://127.0.0.1:{}/\"\n\
         [[service]]\nname = \"S\"\n[[service.check]]\nname = \"c\"\nurl = \"http://127.0.0.1:{}/\"\n",
        base.port(),
        other.port(),
        svc.port()
    );
    let reloaded = Arc::new(Config::parse(&text, Source::BuiltIn).unwrap());
    let reload = |c: &Arc<Config>| {
        Command::Reload(Box::new(downbeat::monitor::Reload {
            config: c.clone(),
            ctx: downbeat::ProbeContext::from_settings(&c.settings).unwrap(),
        }))
    };
    handle.send(reload(&reloaded));
    settle().await;
    let snap = handle.snapshot.borrow().clone();
    let states: Vec<(&str, State)> = snap
        .services
        .iter()
        .map(|s| (s.name.as_str(), s.state))
        .collect();
    assert_eq!(states, [("T", State::Up), ("S", State::Up)]);
    assert!(other.hits() >= 1, "the new service is checked at once");
    let news: Vec<String> = seen.0.lock().unwrap().iter().map(|t| t.0.clone()).collect();
    assert_eq!(
        news,
        ["you", "S", "T"],
        "S's first state, then only T's: the reload says nothing of S"
    );

    // Paused, then reloaded back to S alone: the pause stays, T is gone.
    handle.send(Command::Pause(None));
    handle.send(reload(&config));
    settle().await;
    let snap = handle.snapshot.borrow().clone();
    assert_eq!(snap.paused, Paused::UntilResumed);
    assert_eq!(snap.services.len(), 1);
    assert_eq!(snap.services[0].name, "S");
    handle.shutdown().await;
}
