//! One tray app per history: a second launch hands its arguments (`--open-history`,
//! `--settings`, `--close-history`) to the running one and exits. The meeting point is a Unix
//! socket beside the history (`desktop.sock`), or on Windows a named pipe named after the
//! history's folder, so two Downbeats on one history never run, and tests with histories of
//! their own never meet.

use std::path::{Path, PathBuf};

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

/// The arguments a second launch handed over: one JSON array of strings per connection.
pub type Handover = Vec<String>;

/// The running instance's own folder, for the history at `history`: the history's folder. With
/// no history, the user's own runtime folder, never a folder other users share. Only one
/// instance runs per folder, so what it keeps there (its socket, its tray icon's files) is its
/// own.
pub fn folder(history: Option<&Path>) -> PathBuf {
    history
        .and_then(Path::parent)
        .map(Path::to_path_buf)
        .or_else(|| dirs::runtime_dir().map(|d| d.join("downbeat")))
        .or_else(|| dirs::cache_dir().map(|d| d.join("downbeat")))
        .unwrap_or_else(|| std::env::temp_dir().join("downbeat"))
}

/// Where the running instance listens.
fn place(history: Option<&Path>) -> PathBuf {
    folder(history).join("desktop.sock")
}

/// The first instance's listener; dropping it removes the socket.
pub struct Listener {
    #[cfg(unix)]
    inner: tokio::net::UnixListener,
    #[cfg(unix)]
    path: PathBuf,
    #[cfg(windows)]
    name: String,
    #[cfg(windows)]
    server: std::sync::Mutex<Option<tokio::net::windows::named_pipe::NamedPipeServer>>,
}

impl std::fmt::Debug for Listener {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("Listener");
        #[cfg(unix)]
        d.field("path", &self.path);
        #[cfg(windows)]
        d.field("name", &self.name);
        d.finish_non_exhaustive()
    }
}

/// Claims the instance: `Ok(Some(listener))` for the first, `Ok(None)` when a running one took
/// `args` (this one should exit). Runs inside a tokio runtime.
pub async fn claim(history: Option<&Path>, args: &[String]) -> std::io::Result<Option<Listener>> {
    let place = place(history);
    if hand_over(&place, args).await.is_ok() {
        return Ok(None);
    }
    bind(&place).map(Some)
}

#[cfg(unix)]
async fn hand_over(place: &Path, args: &[String]) -> std::io::Result<()> {
    let stream = tokio::net::UnixStream::connect(place).await?;
    talk(stream, args).await
}

#[cfg(unix)]
fn bind(place: &Path) -> std::io::Result<Listener> {
    if let Some(dir) = place.parent() {
        std::fs::create_dir_all(dir)?;
    }
    // Nobody answered: what is there is a crashed instance's socket.
    let _ = std::fs::remove_file(place);
    let inner = tokio::net::UnixListener::bind(place)?;
    Ok(Listener {
        inner,
        path: place.to_path_buf(),
    })
}

#[cfg(windows)]
fn pipe_name(place: &Path) -> String {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    place.hash(&mut h);
    format!(r"\\.\pipe\downbeat-desktop-{:016x}", h.finish())
}

#[cfg(windows)]
async fn hand_over(place: &Path, args: &[String]) -> std::io::Result<()> {
    let client = tokio::net::windows::named_pipe::ClientOptions::new().open(pipe_name(place))?;
    talk(client, args).await
}

#[cfg(windows)]
fn bind(place: &Path) -> std::io::Result<Listener> {
    let name = pipe_name(place);
    let server = tokio::net::windows::named_pipe::ServerOptions::new()
        .first_pipe_instance(true)
        .create(&name)?;
    Ok(Listener {
        name,
        server: std::sync::Mutex::new(Some(server)),
    })
}

/// The second launch's side: the arguments, then the running one's "ok".
async fn talk<S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin>(
    mut s: S,
    args: &[String],
) -> std::io::Result<()> {
    let mut line = serde_json::to_vec(args).map_err(std::io::Error::other)?;
    line.push(b'\n');
    s.write_all(&line).await?;
    s.flush().await?;
    let mut answer = String::new();
    let read = tokio::time::timeout(
        std::time::Duration::from_secs(5),
        BufReader::new(s).read_line(&mut answer),
    )
    .await;
    match read {
        Ok(Ok(_)) if answer.trim() == "ok" => Ok(()),
        // not for people: the caller drops this error and starts a tray of its own
        _ => Err(std::io::Error::other("the running Downbeat did not answer")),
    }
}

/// The running one's side of a connection: reads one handover (at most 64 KiB) and says "ok".
async fn serve<S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin>(s: S) -> Option<Handover> {
    use tokio::io::AsyncReadExt;
    let (r, mut w) = tokio::io::split(s);
    let mut line = String::new();
    let mut r = BufReader::new(r.take(64 * 1024));
    tokio::time::timeout(std::time::Duration::from_secs(5), r.read_line(&mut line))
        .await
        .ok()?
        .ok()?;
    let args: Handover = serde_json::from_str(line.trim()).ok()?;
    let _ = w.write_all(b"ok\n").await;
    let _ = w.flush().await;
    Some(args)
}

impl Listener {
    /// Calls `each` with every handover, until the listener fails.
    pub async fn run(self, each: impl Fn(Handover) + Send + Sync + 'static) {
        let each = std::sync::Arc::new(each);
        #[cfg(unix)]
        loop {
            match self.inner.accept().await {
                Ok((stream, _)) => {
                    let each = each.clone();
                    tokio::spawn(async move {
                        if let Some(args) = serve(stream).await {
                            each(args);
                        }
                    });
                }
                Err(e) => {
                    tracing::warn!("a second launch could not reach this one: {e}");
                    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
                }
            }
        }
        #[cfg(windows)]
        loop {
            let server = self.server.lock().ok().and_then(|mut s| s.take());
            let server = match server {
                Some(s) => s,
                None => {
                    match tokio::net::windows::named_pipe::ServerOptions::new().create(&self.name) {
                        Ok(s) => s,
                        Err(e) => {
                            tracing::warn!("a second launch could not reach this one: {e}");
                            return;
                        }
                    }
                }
            };
            if server.connect().await.is_ok() {
                let each = each.clone();
                tokio::spawn(async move {
                    if let Some(args) = serve(server).await {
                        each(args);
                    }
                });
            }
        }
    }
}

#[cfg(unix)]
impl Drop for Listener {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}
