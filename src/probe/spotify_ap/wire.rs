//! The access point's wire: Spotify's server key, and the `ClientHello` the check sends (the
//! protocol's first message, with a fresh Diffie-Hellman value and nonce).

use std::fmt;

use librespot_protocol::keyexchange::{
    BuildInfo, ClientHello, Cryptosuite, LoginCryptoHelloUnion, Platform, Product, ProductFlags,
};
use num_bigint::BigUint;
use protobuf::Message as _;
use ring::rand::{SecureRandom, SystemRandom};
use ring::signature::{RsaPublicKeyComponents, RSA_PKCS1_2048_8192_SHA1_FOR_LEGACY_USE_ONLY};

use super::SPOTIFY_VERSION;
use crate::model::{Diagnosis, Message};
use crate::msg;
use crate::probe::Failure;

/// The Diffie-Hellman group of the hello: the 768-bit MODP group of RFC 2409 ("First Oakley
/// Default Group"), generator 2.
const DH_PRIME_HEX: &str = "ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74\
                            020bbea63b139b22514a08798e3404ddef9519b3cd3a431b302b0a6df25f1437\
                            4fe1356d6d51c245e485b576625e7ec6f44c42e9a63a3620ffffffffffffffff";

/// An RSA public key that access points sign with.
#[derive(Clone, PartialEq, Eq)]
pub struct ServerKey {
    n: Vec<u8>,
    e: Vec<u8>,
    /// A key from the config (`server_key`), not Spotify's: results are unverified.
    pub test: bool,
}

impl fmt::Debug for ServerKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "ServerKey({} bits{})",
            self.n.len() * 8,
            if self.test { ", test" } else { "" }
        )
    }
}

impl ServerKey {
    /// Spotify's published server key (see `spotify_ap_key.hex` for where it comes from).
    pub fn spotify() -> ServerKey {
        let hex: String = include_str!("../spotify_ap_key.hex")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .collect();
        ServerKey {
            n: from_hex(&hex),
            e: vec![1, 0, 1],
            test: false,
        }
    }

    /// A key from a PEM file: `PUBLIC KEY` (SubjectPublicKeyInfo) or `RSA PUBLIC KEY`
    /// (PKCS#1), 2048 bits or more. For tests against an imitation only. Why not, as a message.
    pub fn from_pem(text: &[u8]) -> Result<ServerKey, Message> {
        use x509_parser::prelude::FromDer;
        use x509_parser::public_key::{PublicKey, RSAPublicKey};
        use x509_parser::x509::SubjectPublicKeyInfo;
        let (_, pem) =
            x509_parser::pem::parse_x509_pem(text).map_err(|_| msg!("probe-ap-key-no-pem"))?;
        let (n, e) = match pem.label.as_str() {
            "PUBLIC KEY" => {
                let (_, spki) = SubjectPublicKeyInfo::from_der(&pem.contents)
                    .map_err(|e| msg!("probe-ap-key-unparsable", error = e.to_string()))?;
                match spki.parsed() {
                    Ok(PublicKey::RSA(k)) => (k.modulus.to_vec(), k.exponent.to_vec()),
                    _ => return Err(msg!("probe-ap-key-not-rsa")),
                }
            }
            // not for people: a PEM block's label
            "RSA PUBLIC KEY" => {
                let (_, k) = RSAPublicKey::from_der(&pem.contents)
                    .map_err(|e| msg!("probe-ap-key-rsa-unparsable", error = e.to_string()))?;
                (k.modulus.to_vec(), k.exponent.to_vec())
            }
            other => return Err(msg!("probe-ap-key-wrong-block", label = other)),
        };
        let key = ServerKey {
            n: strip_zeros(n),
            e: strip_zeros(e),
            test: true,
        };
        if key.n.len() < 256 {
            return Err(msg!("probe-ap-key-too-small", bits = key.n.len() * 8));
        }
        Ok(key)
    }

    /// `sig` is this key's PKCS#1 v1.5 signature over SHA-1 of `gs`.
    pub(super) fn verifies(&self, gs: &[u8], sig: &[u8]) -> bool {
        RsaPublicKeyComponents {
            n: &self.n,
            e: &self.e,
        }
        .verify(&RSA_PKCS1_2048_8192_SHA1_FOR_LEGACY_USE_ONLY, gs, sig)
        .is_ok()
    }
}

fn strip_zeros(mut v: Vec<u8>) -> Vec<u8> {
    let zeros = v.iter().take_while(|b| **b == 0).count();
    v.drain(..zeros);
    v
}

fn from_hex(hex: &str) -> Vec<u8> {
    let digits: Vec<u8> = hex
        .bytes()
        .filter_map(|c| (c as char).to_digit(16))
        .map(|d| d as u8)
        .collect();
    digits.chunks(2).map(|p| (p[0] << 4) | p[1]).collect()
}

/// The hello: `00 04`, the whole packet's length (big-endian u32), then a `ClientHello` with
/// a fresh Diffie-Hellman value and nonce. Nothing in it identifies a user.
pub(super) fn client_hello() -> Result<Vec<u8>, Failure> {
    let rng = SystemRandom::new();
    let fail = |what: Message| Failure::new(Diagnosis::ApHandshakeFailed, what);
    let mut secret = [0u8; 95];
    let mut nonce = vec![0u8; 16];
    rng.fill(&mut secret)
        .and_then(|()| rng.fill(&mut nonce))
        .map_err(|_| fail(msg!("probe-ap-random-failed")))?;
    let prime = BigUint::parse_bytes(DH_PRIME_HEX.as_bytes(), 16)
        .ok_or_else(|| fail(msg!("probe-ap-group-malformed")))?;
    let gc = BigUint::from(2u8).modpow(&BigUint::from_bytes_le(&secret), &prime);

    let mut build = BuildInfo::new();
    build.set_product(Product::PRODUCT_CLIENT);
    build
        .product_flags
        .push(ProductFlags::PRODUCT_FLAG_NONE.into());
    build.set_platform(platform());
    build.set_version(SPOTIFY_VERSION);
    let mut dh = librespot_protocol::keyexchange::LoginCryptoDiffieHellmanHello::new();
    dh.set_gc(gc.to_bytes_be());
    dh.set_server_keys_known(1);
    let mut union = LoginCryptoHelloUnion::new();
    union.diffie_hellman = Some(dh).into();
    let mut hello = ClientHello::new();
    hello.build_info = Some(build).into();
    hello
        .cryptosuites_supported
        .push(Cryptosuite::CRYPTO_SUITE_SHANNON.into());
    hello.login_crypto_hello = Some(union).into();
    hello.set_client_nonce(nonce);
    hello.set_padding(vec![0x1e]);

    let body = hello
        .write_to_bytes()
        .map_err(|e| fail(msg!("probe-ap-encode-failed", error = e.to_string())))?;
    let total = u32::try_from(6 + body.len()).map_err(|_| fail(msg!("probe-ap-too-large")))?;
    let mut packet = Vec::with_capacity(6 + body.len());
    packet.extend_from_slice(&[0, 4]);
    packet.extend_from_slice(&total.to_be_bytes());
    packet.extend_from_slice(&body);
    Ok(packet)
}

/// The platform the hello announces, as a desktop client on this OS would.
fn platform() -> Platform {
    match (std::env::consts::OS, std::env::consts::ARCH) {
        ("windows", "x86_64") => Platform::PLATFORM_WIN32_X86_64,
        ("windows", _) => Platform::PLATFORM_WIN32_X86,
        ("macos", "x86_64") => Platform::PLATFORM_OSX_X86_64,
        ("macos", _) => Platform::PLATFORM_OSX_X86,
        ("linux", "x86_64") => Platform::PLATFORM_LINUX_X86_64,
        ("linux", "arm" | "aarch64") => Platform::PLATFORM_LINUX_ARM,
        _ => Platform::PLATFORM_LINUX_X86,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spotifys_key_is_2048_bits_with_exponent_65537() {
        let k = ServerKey::spotify();
        assert_eq!(k.n.len(), 256);
        assert_eq!(k.n[0], 0xac);
        assert_eq!(k.n[255], 0xbd);
        assert_eq!(k.e, vec![1, 0, 1]);
        assert!(!k.test);
    }

    #[test]
    fn the_hello_is_one_length_prefixed_client_hello() {
        let p = client_hello().unwrap();
        assert_eq!(&p[..2], &[0, 4]);
        let total = u32::from_be_bytes([p[2], p[3], p[4], p[5]]) as usize;
        assert_eq!(total, p.len());
        let hello = ClientHello::parse_from_bytes(&p[6..]).unwrap();
        assert_eq!(hello.build_info.version(), SPOTIFY_VERSION);
        assert_eq!(hello.client_nonce().len(), 16);
        let dh = hello.login_crypto_hello.diffie_hellman.as_ref().unwrap();
        assert_eq!(dh.server_keys_known(), 1);
        assert!(dh.gc().len() > 90 && dh.gc().len() <= 96);
        // Fresh values every time.
        assert_ne!(client_hello().unwrap(), p);
    }
}
