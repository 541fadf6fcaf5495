//! Certificates made in the test: a CA, its leaves, and the server configs built from them.

use std::path::PathBuf;
use std::sync::Arc;

use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair, KeyUsagePurpose};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use rustls::ServerConfig;
use time::OffsetDateTime;

/// A certificate authority made for one test.
pub struct Ca {
    issuer: Issuer<'static, KeyPair>,
    pub pem: String,
}

impl Ca {
    pub fn new(name: &str) -> Ca {
        let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
        params.distinguished_name.push(DnType::CommonName, name);
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
        params.not_before = OffsetDateTime::now_utc() - time::Duration::days(30);
        params.not_after = OffsetDateTime::now_utc() + time::Duration::days(3650);
        let key = KeyPair::generate().unwrap();
        let cert = params.self_signed(&key).unwrap();
        Ca {
            pem: cert.pem(),
            issuer: Issuer::new(params, key),
        }
    }

    /// A leaf certificate for `names`, valid from `not_before` to `not_after` (offsets from now).
    pub fn leaf(
        &self,
        names: &[&str],
        not_before: time::Duration,
        not_after: time::Duration,
    ) -> Arc<ServerConfig> {
        let (cert, key) = leaf_signed_by(&self.issuer, names, not_before, not_after);
        server_config(vec![cert], key)
    }

    /// A server config presenting a chain of `len` certificates: the leaf, then `len - 1`
    /// intermediates, each signed by the next and the last by this CA.
    pub fn long_chain(&self, names: &[&str], len: usize) -> Arc<ServerConfig> {
        let mut intermediates = Vec::new();
        let mut current: Option<Issuer<'static, KeyPair>> = None;
        for i in 1..len {
            let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
            params
                .distinguished_name
                .push(DnType::CommonName, format!("Intermediate {i}"));
            params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
            params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
            params.not_before = OffsetDateTime::now_utc() - time::Duration::days(1);
            params.not_after = OffsetDateTime::now_utc() + time::Duration::days(90);
            let key = KeyPair::generate().unwrap();
            let cert = params
                .signed_by(&key, current.as_ref().unwrap_or(&self.issuer))
                .unwrap();
            intermediates.push(cert.der().clone());
            current = Some(Issuer::new(params, key));
        }
        let (leaf, key) = leaf_signed_by(
            current.as_ref().unwrap_or(&self.issuer),
            names,
            time::Duration::days(-1),
            time::Duration::days(90),
        );
        let mut chain = vec![leaf];
        chain.extend(intermediates.into_iter().rev());
        server_config(chain, key)
    }

    /// A 90-day leaf on a server that speaks only TLS 1.2.
    pub fn tls12(&self, names: &[&str]) -> Arc<ServerConfig> {
        let (cert, key) = leaf_signed_by(
            &self.issuer,
            names,
            time::Duration::days(-1),
            time::Duration::days(90),
        );
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let cfg = ServerConfig::builder_with_provider(provider)
            .with_protocol_versions(&[&rustls::version::TLS12])
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(vec![cert], key)
            .unwrap();
        Arc::new(cfg)
    }

    /// A 90-day leaf on a server that offers only HTTP/2 (ALPN h2).
    pub fn h2(&self, names: &[&str]) -> Arc<ServerConfig> {
        let mut cfg = Arc::unwrap_or_clone(self.good(names));
        cfg.alpn_protocols = vec![b"h2".to_vec()];
        Arc::new(cfg)
    }

    /// A leaf valid for 90 days.
    pub fn good(&self, names: &[&str]) -> Arc<ServerConfig> {
        self.leaf(names, time::Duration::days(-1), time::Duration::days(90))
    }

    /// Writes the CA certificate to `dir/ca.pem`.
    pub fn write(&self, dir: &std::path::Path) -> PathBuf {
        let p = dir.join("ca.pem");
        std::fs::write(&p, &self.pem).unwrap();
        p
    }
}

fn leaf_signed_by(
    issuer: &Issuer<'static, KeyPair>,
    names: &[&str],
    not_before: time::Duration,
    not_after: time::Duration,
) -> (CertificateDer<'static>, PrivateKeyDer<'static>) {
    let mut params =
        CertificateParams::new(names.iter().map(|s| s.to_string()).collect::<Vec<_>>()).unwrap();
    params.distinguished_name.push(DnType::CommonName, names[0]);
    let now = OffsetDateTime::now_utc();
    params.not_before = now + not_before;
    params.not_after = now + not_after;
    let key = KeyPair::generate().unwrap();
    let cert = params.signed_by(&key, issuer).unwrap();
    (
        cert.der().clone(),
        PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der())),
    )
}

fn server_config(
    chain: Vec<CertificateDer<'static>>,
    key: PrivateKeyDer<'static>,
) -> Arc<ServerConfig> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut cfg = ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(chain, key)
        .unwrap();
    cfg.alpn_protocols = vec![b"http/1.1".to_vec()];
    Arc::new(cfg)
}
