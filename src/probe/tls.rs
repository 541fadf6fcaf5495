//! TLS: trusted roots, a verifier that remembers the leaf certificate (so an expired
//! certificate's date can still be reported), and the mapping of handshake errors to diagnoses.

use std::path::Path;
use std::sync::{Arc, Mutex};

use super::Failure;
use crate::error::Error;
use crate::model::time::rfc3339_unix;
use crate::model::{Arg, Diagnosis, TlsInfo};
use crate::msg;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::crypto::CryptoProvider;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{
    CertificateError, ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme,
};

/// The roots every TLS check trusts: the platform's, plus the config's `ca_file`.
#[derive(Debug, Clone)]
pub struct TlsRoots {
    verifier: Arc<WebPkiServerVerifier>,
    provider: Arc<CryptoProvider>,
    /// How many roots are trusted, for diagnostics.
    pub count: usize,
}

impl TlsRoots {
    /// The platform's roots plus the PEM certificates in `ca_file`, if any.
    pub fn load(ca_file: Option<&Path>) -> Result<Self, Error> {
        let mut store = RootCertStore::empty();
        let native = rustls_native_certs::load_native_certs();
        let (added, _ignored) = store.add_parsable_certificates(native.certs);
        let mut count = added;
        if let Some(path) = ca_file {
            let extra = read_pem_certs(path)?;
            if extra.is_empty() {
                return Err(Error::CaFile {
                    path: path.to_path_buf(),
                    reason: msg!("probe-tls-ca-no-pem"),
                });
            }
            for cert in extra {
                store.add(cert).map_err(|e| Error::CaFile {
                    path: path.to_path_buf(),
                    reason: msg!("probe-tls-ca-unusable", error = e.to_string()),
                })?;
                count += 1;
            }
        }
        if store.is_empty() {
            return Err(Error::NoRoots);
        }
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let verifier =
            WebPkiServerVerifier::builder_with_provider(Arc::new(store), provider.clone())
                .build()
                .map_err(|e| Error::Tls(e.to_string()))?;
        Ok(TlsRoots {
            verifier,
            provider,
            count,
        })
    }

    /// A client config for one connection, with a verifier that records the leaf certificate
    /// and the verification error into `capture`. With `insecure` (a check's `insecure = true`)
    /// a certificate the roots reject is still recorded, but the handshake goes on; the
    /// server's signature over the handshake is checked either way.
    pub(crate) fn client_config(
        &self,
        capture: &Arc<Capture>,
        alpn: &[&[u8]],
        insecure: bool,
    ) -> Result<ClientConfig, rustls::Error> {
        let recorder = Recorder {
            inner: self.verifier.clone(),
            capture: capture.clone(),
            insecure,
        };
        let mut cfg = ClientConfig::builder_with_provider(self.provider.clone())
            .with_safe_default_protocol_versions()?
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(recorder))
            .with_no_client_auth();
        cfg.alpn_protocols = alpn.iter().map(|p| p.to_vec()).collect();
        Ok(cfg)
    }
}

/// Reads every certificate in a PEM file.
pub fn read_pem_certs(path: &Path) -> Result<Vec<CertificateDer<'static>>, Error> {
    let bytes = std::fs::read(path).map_err(|e| Error::CaFile {
        path: path.to_path_buf(),
        reason: crate::model::Message::verbatim(e.to_string()),
    })?;
    CertificateDer::pem_slice_iter(&bytes)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| Error::CaFile {
            path: path.to_path_buf(),
            reason: msg!("probe-tls-ca-not-pem", error = e.to_string()),
        })
}

/// What the verifier saw during one handshake.
#[derive(Debug, Default)]
pub(crate) struct Capture {
    /// The leaf certificate, as read before verification.
    pub leaf: Mutex<Option<Leaf>>,
    /// Why verification failed, if it did.
    pub error: Mutex<Option<CertificateError>>,
}

/// What the leaf certificate says of itself, whether or not it is trusted.
#[derive(Debug, Clone)]
pub(crate) struct Leaf {
    /// notBefore and notAfter, as Unix seconds.
    pub not_before: i64,
    pub not_after: i64,
    /// Its issuer, as a person reads it.
    pub issuer: String,
    /// One of its names matches the host checked.
    pub for_host: bool,
}

impl Leaf {
    /// Reads a leaf certificate: its lifetime, its issuer, and whether it is for `name`.
    fn read(der: &CertificateDer<'_>, name: &ServerName<'_>) -> Option<Leaf> {
        let (_, cert) = x509_parser::parse_x509_certificate(der.as_ref()).ok()?;
        let issuer = cert.issuer();
        let common = issuer.iter_common_name().next();
        let org = issuer.iter_organization().next();
        let issuer = [common, org]
            .into_iter()
            .flatten()
            .find_map(|a| a.as_str().ok().map(str::to_owned))
            .unwrap_or_else(|| issuer.to_string());
        let for_host = webpki::EndEntityCert::try_from(der)
            .is_ok_and(|ee| ee.verify_is_valid_for_subject_name(name).is_ok());
        Some(Leaf {
            not_before: cert.validity().not_before.timestamp(),
            not_after: cert.validity().not_after.timestamp(),
            issuer,
            for_host,
        })
    }
}

impl Capture {
    pub fn leaf(&self) -> Option<Leaf> {
        self.leaf.lock().ok().and_then(|g| g.clone())
    }

    pub fn error(&self) -> Option<CertificateError> {
        self.error.lock().ok().and_then(|g| g.clone())
    }

    /// The certificate part of a [`TlsInfo`], whether or not the handshake finished.
    pub fn info(&self, version: Option<String>) -> Option<TlsInfo> {
        let leaf = self.leaf();
        if leaf.is_none() && version.is_none() {
            return None;
        }
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0);
        Some(TlsInfo {
            version,
            cert_not_before: leaf.as_ref().and_then(|l| rfc3339_unix(l.not_before)),
            cert_not_after: leaf.as_ref().and_then(|l| rfc3339_unix(l.not_after)),
            cert_days_left: leaf
                .as_ref()
                .map(|l| (l.not_after - now).div_euclid(86_400)),
            issuer: leaf.as_ref().map(|l| l.issuer.clone()),
            for_host: leaf.as_ref().map(|l| l.for_host),
            issuer_untrusted: matches!(self.error(), Some(CertificateError::UnknownIssuer)),
            window: leaf.as_ref().map(|l| (l.not_before, l.not_after)),
        })
    }
}

#[derive(Debug)]
struct Recorder {
    inner: Arc<WebPkiServerVerifier>,
    capture: Arc<Capture>,
    insecure: bool,
}

impl ServerCertVerifier for Recorder {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        if let Some(leaf) = Leaf::read(end_entity, server_name) {
            if let Ok(mut slot) = self.capture.leaf.lock() {
                *slot = Some(leaf);
            }
        }
        let result = self.inner.verify_server_cert(
            end_entity,
            intermediates,
            server_name,
            ocsp_response,
            now,
        );
        if let Err(rustls::Error::InvalidCertificate(e)) = &result {
            if let Ok(mut slot) = self.capture.error.lock() {
                *slot = Some(e.clone());
            }
        }
        match result {
            Err(rustls::Error::InvalidCertificate(_)) if self.insecure => {
                Ok(ServerCertVerified::assertion())
            }
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}

/// Maps a certificate verification error to a diagnosis and a message with its facts.
pub(crate) fn classify_cert_error(
    e: &CertificateError,
    host: &str,
    info: Option<&TlsInfo>,
) -> Failure {
    // The certificate's validity window, as days (Unix ms) a person reads.
    let window = info.and_then(|i| i.window);
    let day = |secs: i64| Arg::Date(secs.saturating_mul(1000));
    match e {
        CertificateError::Expired | CertificateError::ExpiredContext { .. } => Failure::new(
            Diagnosis::TlsCertExpired,
            match window {
                Some((_, after)) => msg!("probe-tls-expired-on", host = host, date = day(after)),
                None => msg!("probe-tls-expired", host = host),
            },
        ),
        CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => {
            Failure::new(
                Diagnosis::TlsCertNotYetValid,
                match window {
                    Some((before, _)) => {
                        msg!(
                            "probe-tls-not-yet-valid-until",
                            host = host,
                            date = day(before)
                        )
                    }
                    None => msg!("probe-tls-not-yet-valid", host = host),
                },
            )
        }
        CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
            Failure::new(
                Diagnosis::TlsHostnameMismatch,
                msg!("probe-tls-wrong-name", host = host),
            )
        }
        CertificateError::UnknownIssuer
        | CertificateError::BadSignature
        | CertificateError::Revoked
        | CertificateError::BadEncoding
        | CertificateError::UnhandledCriticalExtension => {
            let issuer = info.and_then(|i| i.issuer.as_deref());
            if let (CertificateError::UnknownIssuer, Some(issuer)) = (e, issuer) {
                return Failure::new(
                    Diagnosis::TlsCertUntrusted,
                    msg!("probe-tls-untrusted-issuer", host = host, issuer = issuer),
                );
            }
            let reason = match e {
                CertificateError::UnknownIssuer => "unknown-issuer",
                CertificateError::BadSignature => "bad-signature",
                CertificateError::Revoked => "revoked",
                CertificateError::BadEncoding => "bad-encoding",
                _ => "critical-extension",
            };
            Failure::new(
                Diagnosis::TlsCertUntrusted,
                msg!("probe-tls-untrusted", host = host, reason = reason),
            )
        }
        CertificateError::Other(_)
            if matches!(
                webpki_error(e),
                Some(webpki::Error::MaximumPathDepthExceeded)
            ) =>
        {
            Failure::new(
                Diagnosis::TlsCertUntrusted,
                msg!("probe-tls-chain-too-long", host = host),
            )
        }
        CertificateError::Other(_)
            if matches!(webpki_error(e), Some(webpki::Error::CaUsedAsEndEntity)) =>
        {
            Failure::new(
                Diagnosis::TlsCertUntrusted,
                msg!("probe-tls-ca-as-leaf", host = host),
            )
        }
        other => Failure::new(
            Diagnosis::TlsHandshakeFailed,
            msg!("probe-tls-rejected", host = host, error = error_name(other)),
        ),
    }
}

/// The verifier's own error inside a rustls `Other` certificate error.
fn webpki_error(e: &CertificateError) -> Option<&webpki::Error> {
    match e {
        CertificateError::Other(o) => o.0.downcast_ref::<webpki::Error>(),
        _ => None,
    }
}

/// The innermost name of a certificate error, e.g. "UnsupportedSignatureAlgorithm" for
/// `Other(OtherError(UnsupportedSignatureAlgorithm))`.
fn error_name(e: &CertificateError) -> String {
    let debug = format!("{e:?}");
    let inner = debug
        .rsplit('(')
        .next()
        .unwrap_or(&debug)
        .trim_end_matches(')');
    inner.split([' ', '{']).next().unwrap_or(inner).to_owned()
}

/// Maps a failed handshake (that the verifier did not reject) to a diagnosis and a message.
pub(crate) fn classify_handshake_error(e: &std::io::Error, host: &str) -> Failure {
    use std::io::ErrorKind;
    if let Some(tls) = e.get_ref().and_then(|i| i.downcast_ref::<rustls::Error>()) {
        return match tls {
            rustls::Error::AlertReceived(alert) => Failure::new(
                Diagnosis::TlsHandshakeFailed,
                msg!("probe-tls-alert", host = host, alert = format!("{alert:?}")),
            ),
            rustls::Error::InvalidMessage(_)
            | rustls::Error::InappropriateMessage { .. }
            | rustls::Error::InappropriateHandshakeMessage { .. } => Failure::new(
                Diagnosis::TlsHandshakeFailed,
                msg!("probe-tls-invalid-handshake", host = host),
            ),
            rustls::Error::InvalidCertificate(c) => classify_cert_error(c, host, None),
            other => Failure::new(
                Diagnosis::TlsHandshakeFailed,
                msg!("probe-tls-failed", host = host, error = other.to_string()),
            ),
        };
    }
    match e.kind() {
        ErrorKind::ConnectionReset | ErrorKind::ConnectionAborted | ErrorKind::BrokenPipe => {
            Failure::new(
                Diagnosis::ConnectionReset,
                msg!("probe-tls-cut", host = host),
            )
        }
        ErrorKind::UnexpectedEof => Failure::new(
            Diagnosis::TlsHandshakeFailed,
            msg!("probe-tls-closed", host = host),
        ),
        _ => Failure::new(
            Diagnosis::TlsHandshakeFailed,
            msg!("probe-tls-failed", host = host, error = e.to_string()),
        ),
    }
}

/// "TLSv1.3" for a negotiated version.
pub(crate) fn version_name(v: rustls::ProtocolVersion) -> String {
    match v {
        rustls::ProtocolVersion::TLSv1_3 => "TLSv1.3".into(),
        rustls::ProtocolVersion::TLSv1_2 => "TLSv1.2".into(),
        other => format!("{other:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn certificate_errors_read_as_words() {
        let Failure {
            diagnosis: d,
            detail,
        } = classify_cert_error(
            &CertificateError::Other(rustls::OtherError(std::sync::Arc::new(
                std::io::Error::other("x"),
            ))),
            "a.test",
            None,
        );
        assert_eq!(d, Diagnosis::TlsHandshakeFailed);
        assert_eq!(
            detail.to_string(),
            "a.test's security certificate was rejected (Custom)."
        );
        assert_eq!(error_name(&CertificateError::BadEncoding), "BadEncoding");
        let webpki =
            |e: webpki::Error| CertificateError::Other(rustls::OtherError(std::sync::Arc::new(e)));
        let Failure {
            diagnosis: d,
            detail,
        } = classify_cert_error(&webpki(webpki::Error::CaUsedAsEndEntity), "a.test", None);
        assert_eq!(d, Diagnosis::TlsCertUntrusted);
        assert!(detail.to_string().contains("self-signed"), "{detail}");
        let Failure { diagnosis: d, .. } = classify_cert_error(
            &webpki(webpki::Error::MaximumPathDepthExceeded),
            "a.test",
            None,
        );
        assert_eq!(d, Diagnosis::TlsCertUntrusted);
    }
}
