//! Windows: the router asked by ICMP echo through the IP Helper API (`IcmpSendEcho2`, and
//! `Icmp6SendEcho2` for an IPv6 router), which any user may call. The call blocks until the
//! reply or its timeout, so it runs on the blocking pool; the ask stops waiting for it at its
//! own deadline.
#![allow(unsafe_code)]

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::time::Duration;

use windows_sys::Win32::Foundation::{GetLastError, HANDLE, INVALID_HANDLE_VALUE};
use windows_sys::Win32::NetworkManagement::IpHelper::{
    Icmp6CreateFile, Icmp6ParseReplies, Icmp6SendEcho2, IcmpCloseHandle, IcmpCreateFile,
    IcmpSendEcho2, ICMPV6_ECHO_REPLY_LH, ICMP_ECHO_REPLY, IP_DEST_HOST_UNREACHABLE,
    IP_DEST_NET_UNREACHABLE, IP_SUCCESS,
};
use windows_sys::Win32::Networking::WinSock::{AF_INET6, IN6_ADDR, IN6_ADDR_0, SOCKADDR_IN6};

/// How an echo ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Echo {
    Reply,
    /// The system had no way there (the network or the host unreachable).
    NoWay,
    Nothing,
}

/// The request's payload.
const DATA: [u8; 8] = *b"downbeat";

/// An ICMP handle, closed when dropped.
struct Icmp(HANDLE);

impl Icmp {
    fn open(v6: bool) -> Option<Icmp> {
        // SAFETY: no arguments; the handle is checked before use and closed once, in drop.
        let h = unsafe {
            if v6 {
                Icmp6CreateFile()
            } else {
                IcmpCreateFile()
            }
        };
        (h != INVALID_HANDLE_VALUE && !h.is_null()).then_some(Icmp(h))
    }
}

impl Drop for Icmp {
    fn drop(&mut self) {
        // SAFETY: a handle IcmpCreateFile or Icmp6CreateFile returned, closed only here.
        unsafe {
            IcmpCloseHandle(self.0);
        }
    }
}

/// Whether echoes can be sent here at all (an ICMP handle opens).
pub(super) fn available(v6: bool) -> bool {
    Icmp::open(v6).is_some()
}

/// One echo to `addr` (`scope`: the interface's index, for an IPv6 link-local address),
/// waiting at most `wait` for the reply. Blocks.
pub(super) fn echo(addr: IpAddr, scope: u32, wait: Duration) -> Echo {
    let timeout = u32::try_from(wait.as_millis()).unwrap_or(u32::MAX).max(1);
    match addr {
        IpAddr::V4(v4) => echo4(v4, timeout),
        IpAddr::V6(v6) => echo6(v6, scope, timeout),
    }
}

/// What an IP_STATUS says: a reply, no way there, or nothing.
fn status(code: u32) -> Echo {
    match code {
        IP_SUCCESS => Echo::Reply,
        IP_DEST_NET_UNREACHABLE | IP_DEST_HOST_UNREACHABLE => Echo::NoWay,
        _ => Echo::Nothing,
    }
}

/// Room for one reply and its data, and an ICMP error's 8 bytes besides, as the API asks.
fn reply_room(reply: usize) -> Vec<u8> {
    vec![0u8; reply + DATA.len() + 8 + 64]
}

fn echo4(addr: Ipv4Addr, timeout: u32) -> Echo {
    let Some(icmp) = Icmp::open(false) else {
        return Echo::Nothing;
    };
    let mut buf = reply_room(std::mem::size_of::<ICMP_ECHO_REPLY>());
    let size = u32::try_from(buf.len()).unwrap_or(u32::MAX);
    // SAFETY: the handle is open; the destination is in network byte order; the request's
    // data and the reply buffer live across the call, with their true sizes; no event and no
    // APC routine, so the call is synchronous and nothing refers to them after it returns.
    let replies = unsafe {
        IcmpSendEcho2(
            icmp.0,
            std::ptr::null_mut(),
            None,
            std::ptr::null(),
            u32::from_ne_bytes(addr.octets()),
            DATA.as_ptr().cast(),
            DATA.len() as u16,
            std::ptr::null(),
            buf.as_mut_ptr().cast(),
            size,
            timeout,
        )
    };
    if replies == 0 {
        // SAFETY: reads this thread's last error, which the failed call set.
        return status(unsafe { GetLastError() });
    }
    // SAFETY: the call wrote at least one ICMP_ECHO_REPLY at the start of the buffer, which is
    // larger than one; it may not be aligned for it, hence the unaligned read.
    let reply: ICMP_ECHO_REPLY = unsafe { std::ptr::read_unaligned(buf.as_ptr().cast()) };
    status(reply.Status)
}

fn echo6(addr: Ipv6Addr, scope: u32, timeout: u32) -> Echo {
    let Some(icmp) = Icmp::open(true) else {
        return Echo::Nothing;
    };
    let source = sockaddr6(Ipv6Addr::UNSPECIFIED, 0);
    let destination = sockaddr6(addr, scope);
    let mut buf = reply_room(std::mem::size_of::<ICMPV6_ECHO_REPLY_LH>());
    let size = u32::try_from(buf.len()).unwrap_or(u32::MAX);
    // SAFETY: as for IPv4, with both addresses alive across the call.
    let replies = unsafe {
        Icmp6SendEcho2(
            icmp.0,
            std::ptr::null_mut(),
            None,
            std::ptr::null(),
            &source,
            &destination,
            DATA.as_ptr().cast(),
            DATA.len() as u16,
            std::ptr::null(),
            buf.as_mut_ptr().cast(),
            size,
            timeout,
        )
    };
    if replies == 0 {
        // SAFETY: as above.
        return status(unsafe { GetLastError() });
    }
    // SAFETY: the buffer and its size, as the call filled them.
    let parsed = unsafe { Icmp6ParseReplies(buf.as_mut_ptr().cast(), size) };
    if parsed == 0 {
        return Echo::Nothing;
    }
    // SAFETY: at least one ICMPV6_ECHO_REPLY at the start of the buffer; read unaligned.
    let reply: ICMPV6_ECHO_REPLY_LH = unsafe { std::ptr::read_unaligned(buf.as_ptr().cast()) };
    status(reply.Status)
}

fn sockaddr6(addr: Ipv6Addr, scope: u32) -> SOCKADDR_IN6 {
    let mut s = SOCKADDR_IN6 {
        sin6_family: AF_INET6,
        sin6_addr: IN6_ADDR {
            u: IN6_ADDR_0 {
                Byte: addr.octets(),
            },
        },
        ..Default::default()
    };
    s.Anonymous.sin6_scope_id = scope;
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_say_what_they_mean() {
        #[rustfmt::skip]
        let table = [
            (IP_SUCCESS, Echo::Reply),
            (IP_DEST_NET_UNREACHABLE, Echo::NoWay),
            (IP_DEST_HOST_UNREACHABLE, Echo::NoWay),
            (11010, Echo::Nothing), // IP_REQ_TIMED_OUT
            (11050, Echo::Nothing), // IP_GENERAL_FAILURE
        ];
        for (code, want) in table {
            assert_eq!(status(code), want, "{code}");
        }
    }
}
