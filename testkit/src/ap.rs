//! A loopback imitation of a Spotify access point: it reads the client's hello (`00 04`, a
//! big-endian length, a `ClientHello`) and answers as told, signing its Diffie-Hellman value
//! with a throwaway test key (`data/ap-test-key.hex`), never Spotify's. It records each hello
//! and every byte the client sends after it, so a test can show that nothing else is sent.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use librespot_protocol::keyexchange::{
    APChallenge, APLoginFailed, APResponseMessage, ClientHello, CryptoChallengeUnion, ErrorCode,
    FingerprintChallengeUnion, LoginCryptoChallengeUnion, LoginCryptoDiffieHellmanChallenge,
    PoWChallengeUnion, UpgradeRequiredMessage,
};
use num_bigint::BigUint;
use protobuf::Message;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use std::collections::HashMap;

use downbeat::probe::spotify_ap::ServerKey;
use downbeat::probe::{ProbeContext, Resolver, TlsRoots};

use crate::{serve_each, Ca, Dns, Server};

/// How the imitation answers a hello.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ap {
    /// A challenge signed with the test key.
    Good,
    /// A challenge whose signature has one bit flipped.
    Tampered,
    /// Bytes that are not an answer (binary noise).
    Garbage,
    /// An HTTP error page, as a web server, a proxy or a portal in its place would answer.
    Http,
    /// An answer that announces 16 MiB.
    Oversized,
    /// Reads the hello and closes.
    Close,
    /// Reads the hello and says nothing.
    Silent,
    /// "Your client is too old".
    Upgrade,
    /// `login_failed` with `TryAnotherAP`.
    TryAnother,
    /// `login_failed` with another code (`ApplicationBanned`).
    Banned,
}

/// What the imitation saw on one connection.
#[derive(Clone, Debug, Default)]
pub struct Seen {
    /// The hello as sent, whole (prefix included).
    pub hello: Vec<u8>,
    /// Every byte the client sent after the hello, until it closed.
    pub after: Vec<u8>,
    /// The client closed the connection (rather than the imitation giving up on it).
    pub client_closed: bool,
}

impl Seen {
    /// The hello's `ClientHello`, parsed.
    pub fn client_hello(&self) -> Option<ClientHello> {
        (self.hello.len() > 6 && self.hello[..2] == [0, 4])
            .then(|| ClientHello::parse_from_bytes(&self.hello[6..]).ok())
            .flatten()
    }
}

/// A running imitation.
pub struct ApServer {
    pub server: Server,
    pub seen: Arc<Mutex<Vec<Seen>>>,
    kind: Arc<Mutex<Ap>>,
}

impl ApServer {
    /// Answers as `kind` says from the next connection on.
    pub fn set(&self, kind: Ap) {
        *self.kind.lock().unwrap() = kind;
    }
    pub fn port(&self) -> u16 {
        self.server.port()
    }
    pub fn hits(&self) -> usize {
        self.server.hits()
    }
    pub fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }
}

/// A loopback world for access-point checks: a test CA (its PEM in `dir`), a DNS server that
/// answers 127.0.0.1 for every name, and a probe context that asks it and trusts the CA.
pub struct Loopback {
    pub ca: Ca,
    pub dir: tempfile::TempDir,
    pub ctx: ProbeContext,
    pub dns: Server,
}

/// Starts a [`Loopback`].
pub async fn loopback() -> Loopback {
    let ca = Ca::new("Downbeat Test CA");
    let dir = tempfile::tempdir().unwrap();
    let ca_path = ca.write(dir.path());
    let dns = crate::dns(HashMap::from([(
        "*".to_owned(),
        Dns::A("127.0.0.1".parse().unwrap()),
    )]))
    .await;
    let mut resolver = Resolver::system();
    resolver.servers = vec![dns.addr];
    let roots = TlsRoots::load(Some(&ca_path)).unwrap();
    Loopback {
        ca,
        dir,
        ctx: ProbeContext::new(resolver, roots, 14),
        dns,
    }
}

/// The test key, as a check's `server_key` would load it.
pub fn test_key() -> ServerKey {
    ServerKey::from_pem(&std::fs::read(test_key_pem()).unwrap()).unwrap()
}

/// The test key's public half, as a PEM file for `server_key`.
pub fn test_key_pem() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/ap-test-key.pub.pem")
}

/// An access-point imitation on 127.0.0.1 that answers every hello as `kind` says.
pub async fn access_point(kind: Ap) -> ApServer {
    let seen: Arc<Mutex<Vec<Seen>>> = Arc::default();
    let kind = Arc::new(Mutex::new(kind));
    let (log, now) = (seen.clone(), kind.clone());
    let server = serve_each(move |sock| {
        let log = log.clone();
        let kind = *now.lock().unwrap();
        async move {
            let s = serve(sock, kind).await;
            log.lock().unwrap().push(s);
        }
    })
    .await;
    ApServer { server, seen, kind }
}

async fn serve(mut sock: TcpStream, kind: Ap) -> Seen {
    let mut seen = Seen::default();
    let mut head = [0u8; 6];
    if sock.read_exact(&mut head).await.is_err() {
        return seen;
    }
    let total = u32::from_be_bytes([head[2], head[3], head[4], head[5]]) as usize;
    let mut rest = vec![0u8; total.clamp(6, 64 * 1024) - 6];
    if sock.read_exact(&mut rest).await.is_err() {
        return seen;
    }
    seen.hello = [head.as_slice(), &rest].concat();
    let answer = match kind {
        Ap::Close => return seen,
        Ap::Silent => {
            seen.client_closed = drain(&mut sock, &mut seen.after, 60).await;
            return seen;
        }
        Ap::Garbage => (0..200u8)
            .map(|i| i.wrapping_mul(151).wrapping_add(3))
            .collect(),
        Ap::Http => b"HTTP/1.1 400 Bad Request\r\n\r\nthis is not an access point".to_vec(),
        Ap::Oversized => {
            let mut v = (16u32 << 20).to_be_bytes().to_vec();
            v.extend_from_slice(&[0u8; 1024]);
            v
        }
        Ap::Good | Ap::Tampered => framed(&challenge(kind == Ap::Tampered)),
        Ap::Upgrade => {
            let mut up = UpgradeRequiredMessage::new();
            up.set_upgrade_signed_part(b"upgrade".to_vec());
            up.set_signature(vec![0; 16]);
            let mut m = APResponseMessage::new();
            m.upgrade = Some(up).into();
            framed(&m)
        }
        Ap::TryAnother | Ap::Banned => {
            let mut f = APLoginFailed::new();
            f.set_error_code(if kind == Ap::TryAnother {
                ErrorCode::TryAnotherAP
            } else {
                ErrorCode::ApplicationBanned
            });
            let mut m = APResponseMessage::new();
            m.login_failed = Some(f).into();
            framed(&m)
        }
    };
    if sock.write_all(&answer).await.is_err() {
        return seen;
    }
    seen.client_closed = drain(&mut sock, &mut seen.after, 10).await;
    seen
}

/// Reads what the client sends until it closes (true) or `secs` pass (false).
async fn drain(sock: &mut TcpStream, into: &mut Vec<u8>, secs: u64) -> bool {
    let read_all = async {
        let mut buf = [0u8; 4096];
        loop {
            match sock.read(&mut buf).await {
                Ok(0) | Err(_) => return true,
                Ok(n) => into.extend_from_slice(&buf[..n]),
            }
        }
    };
    tokio::time::timeout(Duration::from_secs(secs), read_all)
        .await
        .unwrap_or(false)
}

/// A message with its big-endian length prefix (the 4 bytes included).
fn framed(m: &APResponseMessage) -> Vec<u8> {
    let body = m.write_to_bytes().unwrap();
    let mut v = ((body.len() + 4) as u32).to_be_bytes().to_vec();
    v.extend_from_slice(&body);
    v
}

/// An `APResponseMessage` with a Diffie-Hellman challenge signed by the test key.
fn challenge(tamper: bool) -> APResponseMessage {
    let gs: Vec<u8> = (0..96u8)
        .map(|i| i.wrapping_mul(37).wrapping_add(11))
        .collect();
    let mut sig = sign(&gs);
    if tamper {
        sig[100] ^= 0x01;
    }
    let mut dh = LoginCryptoDiffieHellmanChallenge::new();
    dh.set_gs(gs);
    dh.set_server_signature_key(0);
    dh.set_gs_signature(sig);
    let mut login = LoginCryptoChallengeUnion::new();
    login.diffie_hellman = Some(dh).into();
    let mut c = APChallenge::new();
    c.login_crypto_challenge = Some(login).into();
    c.fingerprint_challenge = Some(FingerprintChallengeUnion::new()).into();
    c.pow_challenge = Some(PoWChallengeUnion::new()).into();
    c.crypto_challenge = Some(CryptoChallengeUnion::new()).into();
    c.set_server_nonce(vec![7; 16]);
    let mut m = APResponseMessage::new();
    m.challenge = Some(c).into();
    m
}

/// The test key's RSASSA-PKCS1-v1_5 signature over SHA-1 of `msg` (RFC 8017, 8.2.1).
pub fn sign(msg: &[u8]) -> Vec<u8> {
    let key = include_str!("../data/ap-test-key.hex");
    let field = |name: &str| {
        let hex = key
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .unwrap()
            .trim();
        BigUint::parse_bytes(hex.as_bytes(), 16).unwrap()
    };
    let (n, d) = (field("n = "), field("d = "));
    let hash = ring::digest::digest(&ring::digest::SHA1_FOR_LEGACY_USE_ONLY, msg);
    // DigestInfo for SHA-1, then the hash.
    let mut t = vec![
        0x30, 0x21, 0x30, 0x09, 0x06, 0x05, 0x2b, 0x0e, 0x03, 0x02, 0x1a, 0x05, 0x00, 0x04, 0x14,
    ];
    t.extend_from_slice(hash.as_ref());
    let k = 256;
    let mut em = vec![0x00, 0x01];
    em.resize(k - t.len() - 1, 0xff);
    em.push(0x00);
    em.extend_from_slice(&t);
    let s = BigUint::from_bytes_be(&em).modpow(&d, &n).to_bytes_be();
    let mut out = vec![0u8; k - s.len()];
    out.extend_from_slice(&s);
    out
}
