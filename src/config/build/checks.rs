//! One check from the file model to the runtime model: its kind's keys, defaults and rules.

use std::path::Path;
use std::time::Duration;

use toml::Spanned;

use crate::config::file::FileCheck;
use crate::config::located::Located;
use crate::config::{CheckSpec, ProbeSpec, Settings};
use crate::error::Error;
use crate::model::{Arg, ByteCount, CheckKind, Kbps, Message};
use crate::msg;
use crate::probe::{captive, handshake, spotify_ap, stream, tcp, StatusSet};

pub(super) fn check_spec(
    c: &Spanned<FileCheck>,
    settings: &Settings,
    at: &Located<'_>,
    base_dir: &Path,
) -> Result<CheckSpec, Error> {
    let f = c.get_ref();
    let here = Some(c.span());
    let name = f.name.get_ref().trim().to_owned();
    if name.is_empty() || name.chars().count() > 64 {
        return Err(at.error(Some(f.name.span()), msg!("config-check-name-length")));
    }
    let kind = f.kind.unwrap_or(if f.host.is_some() {
        CheckKind::Tcp
    } else {
        CheckKind::Handshake
    });
    let timeout = f.timeout.map_or(settings.timeout, |t| t.get());
    let slow = f
        .slow_ms
        .map_or(settings.slow, |v| Duration::from_millis(v.u64()));
    // A key that does not suit the kind: the kinds it suits, as the file writes them.
    let only = |field: &str, present: bool, kinds: &[&str]| -> Result<(), Error> {
        if present {
            Err(at.error(
                here.clone(),
                msg!(
                    "config-field-only-for",
                    check = &name,
                    field = field,
                    kinds = Arg::list(kinds.iter().copied()),
                ),
            ))
        } else {
            Ok(())
        }
    };
    // `port` where the port belongs in the URL.
    let no_port = |present: bool| -> Result<(), Error> {
        if present {
            Err(at.error(
                here.clone(),
                msg!("config-port-only-for-tcp", check = &name),
            ))
        } else {
            Ok(())
        }
    };
    const WEB: &[&str] = &["handshake", "stream"];
    if kind != CheckKind::SpotifyAp {
        only("fallback", f.fallback.is_some(), &["spotify_ap"])?;
        only("server_key", f.server_key.is_some(), &["spotify_ap"])?;
    }
    let probe = match kind {
        CheckKind::SpotifyAp => spotify_ap_spec(f, &name, slow, at, base_dir)?,
        CheckKind::Tcp => {
            only("url", f.url.is_some(), WEB)?;
            only("expect_status", f.expect_status.is_some(), WEB)?;
            only("expect_body", f.expect_body.is_some(), &["handshake"])?;
            only("bytes", f.bytes.is_some(), &["stream"])?;
            only("min_kbps", f.min_kbps.is_some(), &["stream"])?;
            only("insecure", f.insecure.is_some(), WEB)?;
            only("max_redirects", f.max_redirects.is_some(), &["handshake"])?;
            let (Some(host), Some(port)) = (&f.host, f.port) else {
                return Err(at.error(here, msg!("config-tcp-needs-host-port", check = &name)));
            };
            ProbeSpec::Tcp(tcp::Spec {
                host: host.0.clone(),
                port: u16::try_from(port.get()).unwrap_or(0),
                slow,
            })
        }
        CheckKind::Captive => {
            only("host", f.host.is_some(), &["tcp"])?;
            no_port(f.port.is_some())?;
            only("bytes", f.bytes.is_some(), &["stream"])?;
            only("min_kbps", f.min_kbps.is_some(), &["stream"])?;
            only("insecure", f.insecure.is_some(), WEB)?;
            only("max_redirects", f.max_redirects.is_some(), &["handshake"])?;
            let Some(url) = f.url.as_ref().filter(|u| u.0.scheme() == "http") else {
                return Err(at.error(here, msg!("config-captive-needs-http", check = &name)));
            };
            ProbeSpec::Captive(captive::Spec {
                url: url.0.clone(),
                expect_status: f
                    .expect_status
                    .as_ref()
                    .map_or_else(|| StatusSet(vec![(204, 204)]), |s| s.0.clone()),
                expect_body: f.expect_body.clone(),
                slow,
            })
        }
        CheckKind::Handshake | CheckKind::Stream => {
            only("host", f.host.is_some(), &["tcp"])?;
            no_port(f.port.is_some())?;
            let Some(url) = &f.url else {
                return Err(at.error(
                    here,
                    msg!(
                        "config-check-needs-url",
                        check = &name,
                        kind = kind.as_str()
                    ),
                ));
            };
            let expect_status = f
                .expect_status
                .as_ref()
                .map_or_else(StatusSet::default, |s| s.0.clone());
            let insecure = match &f.insecure {
                Some(v) if *v.get_ref() && url.0.scheme() != "https" => {
                    return Err(at.error(
                        Some(v.span()),
                        msg!(
                            "config-insecure-https-only",
                            check = &name,
                            scheme = url.0.scheme(),
                        ),
                    ))
                }
                Some(v) => *v.get_ref(),
                None => false,
            };
            if kind == CheckKind::Handshake {
                only("bytes", f.bytes.is_some(), &["stream"])?;
                only("min_kbps", f.min_kbps.is_some(), &["stream"])?;
                ProbeSpec::Handshake(handshake::Spec {
                    url: url.0.clone(),
                    insecure,
                    expect_status,
                    expect_body: f.expect_body.clone(),
                    slow,
                    max_redirects: f.max_redirects.map_or(0, |m| {
                        u8::try_from(m.get()).unwrap_or(handshake::MAX_REDIRECTS)
                    }),
                })
            } else {
                only("expect_body", f.expect_body.is_some(), &["handshake"])?;
                only("max_redirects", f.max_redirects.is_some(), &["handshake"])?;
                ProbeSpec::Stream(stream::Spec {
                    url: url.0.clone(),
                    insecure,
                    expect_status,
                    bytes: ByteCount(f.bytes.map_or(256 * 1024, |b| b.u64())),
                    min_kbps: Kbps(f.min_kbps.map_or(320, |k| k.u64())),
                    slow,
                })
            }
        }
    };
    Ok(CheckSpec {
        name,
        timeout,
        probe,
    })
}

/// An access-point check: apresolve's URL (https), the fallback list, and a test key.
fn spotify_ap_spec(
    f: &FileCheck,
    name: &str,
    slow: Duration,
    at: &Located<'_>,
    base_dir: &Path,
) -> Result<ProbeSpec, Error> {
    // `why`: the config-ap-why- message that says why.
    let not = |field: &str, present: bool, why: &'static str| -> Result<(), Error> {
        if present {
            Err(at.error(
                Some(f.name.span()),
                msg!(
                    "config-ap-field",
                    check = name,
                    field = field,
                    why = Message::new(why),
                ),
            ))
        } else {
            Ok(())
        }
    };
    not("host", f.host.is_some(), "config-ap-why-fallback")?;
    not("port", f.port.is_some(), "config-ap-why-fallback")?;
    not(
        "expect_status",
        f.expect_status.is_some(),
        "config-ap-why-status",
    )?;
    not("expect_body", f.expect_body.is_some(), "config-ap-why-body")?;
    not("bytes", f.bytes.is_some(), "config-ap-why-downloads")?;
    not("min_kbps", f.min_kbps.is_some(), "config-ap-why-downloads")?;
    not(
        "max_redirects",
        f.max_redirects.is_some(),
        "config-ap-why-redirects",
    )?;
    not("insecure", f.insecure.is_some(), "config-ap-why-server-key")?;
    let url = match &f.url {
        Some(u) if u.0.scheme() == "https" => u.0.clone(),
        Some(_) => {
            return Err(at.error(
                Some(f.name.span()),
                msg!("config-ap-url-https", check = name),
            ))
        }
        None => url::Url::parse(spotify_ap::APRESOLVE).map_err(|e| {
            at.error(
                None,
                msg!(
                    "config-ap-default-url",
                    reason = Message::verbatim(e.to_string())
                ),
            )
        })?,
    };
    let fallback = match &f.fallback {
        Some(list) => {
            let mut out = Vec::new();
            for a in list {
                out.push(spotify_ap::ApAddr::parse(a.get_ref()).map_err(|e| {
                    at.error(
                        Some(a.span()),
                        msg!("config-ap-fallback", check = name, reason = e),
                    )
                })?);
            }
            if out.len() > spotify_ap::MAX_TRIES {
                return Err(at.error(
                    Some(f.name.span()),
                    msg!(
                        "config-ap-too-many-fallbacks",
                        check = name,
                        max = spotify_ap::MAX_TRIES,
                    ),
                ));
            }
            out
        }
        None => spotify_ap::FALLBACK
            .iter()
            .filter_map(|a| spotify_ap::ApAddr::parse(a).ok())
            .collect(),
    };
    let key = match &f.server_key {
        Some(p) => {
            let path = base_dir.join(p.get_ref());
            let text = std::fs::read(&path).map_err(|e| {
                at.error(
                    Some(p.span()),
                    msg!(
                        "config-server-key-unreadable",
                        path = path.as_path(),
                        reason = Message::verbatim(e.to_string()),
                    ),
                )
            })?;
            spotify_ap::ServerKey::from_pem(&text).map_err(|e| {
                at.error(
                    Some(p.span()),
                    msg!(
                        "config-server-key-unusable",
                        path = path.as_path(),
                        reason = e,
                    ),
                )
            })?
        }
        None => spotify_ap::ServerKey::spotify(),
    };
    Ok(ProbeSpec::SpotifyAp(spotify_ap::Spec {
        url,
        fallback,
        key,
        slow,
    }))
}
