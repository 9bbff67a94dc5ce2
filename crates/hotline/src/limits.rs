//! Who a request comes from — for per-client limits only — and how much each client may send.
//!
//! The README puts the endpoint behind a TLS terminator, so the connection's peer is usually
//! that proxy, and a limit keyed on it would make every person share one allowance. The
//! proxy's forwarded header is believed only when the peer is one of the configured trusted
//! proxies; the client is then the right-most entry that is not itself a trusted proxy (the
//! entries to its left were written by the client and prove nothing). Client addresses live
//! only in the limiters' memory: they are never logged, stored or put into an error.

use std::net::{IpAddr, SocketAddr};
use std::num::NonZeroU32;
use std::time::Duration;

use axum::http::{HeaderMap, HeaderName, header};
use governor::clock::{Clock as _, DefaultClock};
use governor::{DefaultDirectRateLimiter, DefaultKeyedRateLimiter, Quota};
use ipnet::IpNet;

/// Per-client token bucket on requests. Generous by default because many people may share one
/// address (carrier-grade NAT, shelters, public Wi-Fi) and a refused request is a person who
/// may not get another chance to send it; the limit exists to keep one flooding client from
/// starving the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    /// Requests a client may make at once before being throttled.
    pub burst: u32,
    /// One more request is allowed every this long.
    pub replenish_every: Duration,
}

impl Default for RateLimit {
    fn default() -> Self {
        Self {
            burst: 60,
            replenish_every: Duration::from_millis(100),
        }
    }
}

/// Per-client token bucket on body bytes, counted in KiB (rounded up): sixty requests of 8 MiB
/// each cost a disk far more than sixty status checks, so requests alone are the wrong measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ByteLimit {
    /// KiB a client may send at once. A body larger than this can never pass and is refused
    /// as too large, so keep it at least [`reach_core::wire::MAX_BATCH_BYTES`].
    pub burst_kib: u32,
    /// KiB earned back per second.
    pub kib_per_second: u32,
}

impl Default for ByteLimit {
    /// Four full batches at once, then 1 MiB/s: far above what phones send, far below what
    /// fills a disk in a day.
    fn default() -> Self {
        Self {
            burst_kib: 4 * (reach_core::wire::MAX_BATCH_BYTES / 1024) as u32,
            kib_per_second: 1024,
        }
    }
}

/// Limits on `POST /v1/status` alone, on top of [`RateLimit`]: it is the only oracle for a
/// guessed reference phrase (`docs/protocol.md`, "Reference phrase"), so it gets a slow
/// per-client rate and a ceiling for all clients together. The ceiling bounds an attacker with
/// many addresses to about 5 × 10^8 guesses a year against 1.8 × 10^19 references. Its cost:
/// under a flood, honest status checks wait too (a status is never urgent; requests and
/// replies' delivery are not limited by it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatusLimit {
    /// Status checks a client may make at once (a phone refreshes all its requests in one
    /// pass; an outreach worker's phone may hold dozens).
    pub per_client_burst: u32,
    /// Then one more every this long (10 a minute).
    pub per_client_every: Duration,
    /// Status checks all clients together may make at once.
    pub total_burst: u32,
    /// Then one more every this long (1,000 a minute).
    pub total_every: Duration,
}

impl Default for StatusLimit {
    fn default() -> Self {
        Self {
            per_client_burst: 60,
            per_client_every: Duration::from_secs(6),
            total_burst: 1000,
            total_every: Duration::from_millis(60),
        }
    }
}

/// Which header a trusted proxy writes the client's address into. Only one is read: a proxy
/// that appends to `X-Forwarded-For` usually passes a client's own `Forwarded` header through
/// untouched, so reading both would let a client choose its own address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ForwardedHeader {
    /// `X-Forwarded-For: client, proxy1, proxy2` (nginx, HAProxy, Caddy, most load balancers).
    #[default]
    XForwardedFor,
    /// RFC 7239 `Forwarded: for=client, for=proxy1`.
    Forwarded,
}

/// How the endpoint tells clients apart.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClientAddressing {
    /// Peers whose forwarded header is believed (IPs are /32 or /128 networks).
    pub trusted_proxies: Vec<IpNet>,
    /// The header those proxies write.
    pub header: ForwardedHeader,
}

impl ClientAddressing {
    /// Addressing behind `proxies` (each as [`Self::parse_proxy`] reads it) writing `header`.
    pub fn new(proxies: &[&str], header: ForwardedHeader) -> Result<Self, String> {
        Ok(Self {
            trusted_proxies: proxies
                .iter()
                .map(|p| Self::parse_proxy(p))
                .collect::<Result<_, _>>()?,
            header,
        })
    }

    /// Parses one `--trusted-proxy` value: a network (`10.0.0.0/8`, `fd00::/8`) or a single
    /// address (`127.0.0.1`).
    pub fn parse_proxy(s: &str) -> Result<IpNet, String> {
        s.parse::<IpNet>()
            .or_else(|_| s.parse::<IpAddr>().map(IpNet::from))
            .map_err(|_| format!("{s:?} is not an IP address or CIDR network"))
    }

    fn trusts(&self, ip: IpAddr) -> bool {
        self.trusted_proxies.iter().any(|net| net.contains(&ip))
    }

    /// The client's address: the peer itself unless the peer is a trusted proxy; then the
    /// right-most forwarded entry that is not a trusted proxy. An entry that is not an address
    /// (`unknown`, an obfuscated name, garbage) ends the walk at the last trusted hop, so such
    /// requests share that hop's allowance rather than pick their own.
    pub(crate) fn client_ip(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        let mut client = peer.to_canonical();
        if !self.trusts(client) {
            return client;
        }
        for entry in self.forwarded_chain(headers).into_iter().rev() {
            let Some(ip) = entry else {
                return client;
            };
            client = ip.to_canonical();
            if !self.trusts(client) {
                return client;
            }
        }
        client
    }

    /// The forwarded entries in order (client first, nearest proxy last), across every line of
    /// the header; `None` for an entry that is not an IP address.
    fn forwarded_chain(&self, headers: &HeaderMap) -> Vec<Option<IpAddr>> {
        let name: HeaderName = match self.header {
            ForwardedHeader::XForwardedFor => HeaderName::from_static("x-forwarded-for"),
            ForwardedHeader::Forwarded => header::FORWARDED,
        };
        let mut chain = Vec::new();
        for value in headers.get_all(name) {
            let Ok(text) = value.to_str() else {
                chain.push(None);
                continue;
            };
            match self.header {
                ForwardedHeader::XForwardedFor => {
                    chain.extend(text.split(',').map(|e| parse_xff_entry(e.trim())));
                }
                ForwardedHeader::Forwarded => chain.extend(rfc7239::parse(text).map(|node| {
                    node.ok()
                        .and_then(|n| n.forwarded_for)
                        .and_then(|id| id.ip().copied())
                })),
            }
        }
        chain
    }
}

/// One `X-Forwarded-For` entry: a bare address, or one with a port (`1.2.3.4:5`, `[::1]:5`).
fn parse_xff_entry(entry: &str) -> Option<IpAddr> {
    entry
        .parse::<IpAddr>()
        .ok()
        .or_else(|| entry.parse::<SocketAddr>().ok().map(|s| s.ip()))
        .or_else(|| {
            entry
                .strip_prefix('[')
                .and_then(|e| e.strip_suffix(']'))
                .and_then(|e| e.parse().ok())
        })
}

/// Groups IPv6 clients by /64: one subscriber usually holds a whole /64, so per-address limits
/// would be trivial to dodge.
pub(crate) fn client_key(ip: IpAddr) -> IpAddr {
    match ip.to_canonical() {
        IpAddr::V4(v4) => IpAddr::V4(v4),
        IpAddr::V6(v6) => {
            let mut seg = v6.segments();
            seg[4..].iter_mut().for_each(|s| *s = 0);
            IpAddr::V6(seg.into())
        }
    }
}

/// Why a client is turned away before its request is handled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Throttled {
    /// Over the request or byte allowance; may retry after this many seconds.
    RetryAfter(u64),
    /// The body is larger than a client's whole byte allowance: it can never pass.
    TooLarge,
}

/// The per-client limiters of one running endpoint.
pub(crate) struct Limiters {
    addressing: ClientAddressing,
    requests: Option<DefaultKeyedRateLimiter<IpAddr>>,
    bytes: Option<DefaultKeyedRateLimiter<IpAddr>>,
    status: Option<(DefaultKeyedRateLimiter<IpAddr>, DefaultDirectRateLimiter)>,
}

impl Limiters {
    pub(crate) fn new(
        addressing: ClientAddressing,
        requests: Option<RateLimit>,
        bytes: Option<ByteLimit>,
        status: Option<StatusLimit>,
    ) -> Self {
        let quota = |period: Duration, burst: u32| {
            Quota::with_period(period.max(Duration::from_nanos(1)))
                .expect("non-zero period")
                .allow_burst(NonZeroU32::new(burst.max(1)).expect("non-zero"))
        };
        let keyed = |period: Duration, burst: u32| {
            DefaultKeyedRateLimiter::<IpAddr>::keyed(quota(period, burst))
        };
        Self {
            addressing,
            requests: requests.map(|r| keyed(r.replenish_every, r.burst)),
            bytes: bytes.map(|b| {
                keyed(
                    Duration::from_secs(1) / b.kib_per_second.max(1),
                    b.burst_kib,
                )
            }),
            status: status.map(|l| {
                (
                    keyed(l.per_client_every, l.per_client_burst),
                    governor::RateLimiter::direct(quota(l.total_every, l.total_burst)),
                )
            }),
        }
    }

    /// Counts one status check: the client's own allowance first, then everyone's (so one
    /// client over its own limit does not use up the shared one). `None` (no connection info)
    /// counts against the shared one only.
    pub(crate) fn admit_status(&self, key: Option<IpAddr>) -> Result<(), Throttled> {
        let Some((per_client, total)) = &self.status else {
            return Ok(());
        };
        if let Some(key) = key {
            per_client
                .check_key(&key)
                .map_err(|n| retry_after(n.wait_time_from(now())))?;
        }
        total
            .check()
            .map_err(|n| retry_after(n.wait_time_from(now())))
    }

    /// The limiter key of the client behind `peer`.
    pub(crate) fn key(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        client_key(self.addressing.client_ip(peer, headers))
    }

    /// Counts one request.
    pub(crate) fn admit(&self, key: IpAddr) -> Result<(), Throttled> {
        match &self.requests {
            Some(l) => l
                .check_key(&key)
                .map_err(|n| retry_after(n.wait_time_from(now()))),
            None => Ok(()),
        }
    }

    /// Counts `len` body bytes.
    pub(crate) fn charge(&self, key: IpAddr, len: u64) -> Result<(), Throttled> {
        let Some(l) = &self.bytes else {
            return Ok(());
        };
        let kib = u32::try_from(len.div_ceil(1024).max(1)).unwrap_or(u32::MAX);
        match l.check_key_n(&key, NonZeroU32::new(kib).expect("at least one")) {
            Ok(Ok(())) => Ok(()),
            Ok(Err(n)) => Err(retry_after(n.wait_time_from(now()))),
            Err(_) => Err(Throttled::TooLarge),
        }
    }

    /// Forgets clients whose buckets are full again, so addresses do not pile up in memory.
    pub(crate) fn forget_idle(&self) {
        let status = self.status.as_ref().map(|(per_client, _)| per_client);
        for l in [self.requests.as_ref(), self.bytes.as_ref(), status]
            .into_iter()
            .flatten()
        {
            l.retain_recent();
            l.shrink_to_fit();
        }
    }
}

fn now() -> governor::clock::QuantaInstant {
    DefaultClock::default().now()
}

fn retry_after(wait: Duration) -> Throttled {
    let secs = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
    Throttled::RetryAfter(secs.max(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn addressing(trusted: &[&str], header: ForwardedHeader) -> ClientAddressing {
        ClientAddressing::new(trusted, header).unwrap()
    }

    fn headers(name: &'static str, values: &[&str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for v in values {
            h.append(name, v.parse().unwrap());
        }
        h
    }

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn ipv6_grouped_by_64() {
        let a = ip("2001:db8:1:2:aaaa::1");
        let b = ip("2001:db8:1:2:bbbb::9");
        let c = ip("2001:db8:1:3::1");
        assert_eq!(client_key(a), client_key(b));
        assert_ne!(client_key(a), client_key(c));
        assert_eq!(client_key(ip("::ffff:10.0.0.1")), ip("10.0.0.1"));
    }

    #[test]
    fn right_most_untrusted_entry_of_x_forwarded_for() {
        let a = addressing(&["10.0.0.0/8"], ForwardedHeader::XForwardedFor);
        let proxy = ip("10.0.0.2");
        // The client wrote the left-most entry itself; only what our proxies appended counts.
        let h = headers("x-forwarded-for", &["1.1.1.1, 203.0.113.9, 10.0.0.7"]);
        assert_eq!(a.client_ip(proxy, &h), ip("203.0.113.9"));
        // Several header lines are one list.
        let h = headers(
            "x-forwarded-for",
            &["1.1.1.1", "203.0.113.9:4711, 10.0.0.7"],
        );
        assert_eq!(a.client_ip(proxy, &h), ip("203.0.113.9"));
        let h = headers("x-forwarded-for", &["[2001:db8::1]:80"]);
        assert_eq!(a.client_ip(proxy, &h), ip("2001:db8::1"));
        // Garbage next to our proxy: the request counts against the last trusted hop.
        let h = headers("x-forwarded-for", &["203.0.113.9, unknown, 10.0.0.7"]);
        assert_eq!(a.client_ip(proxy, &h), ip("10.0.0.7"));
        // No header: the peer.
        assert_eq!(a.client_ip(proxy, &HeaderMap::new()), proxy);
        // An untrusted peer's header is ignored, and so is the other header.
        let h = headers("x-forwarded-for", &["203.0.113.9"]);
        assert_eq!(a.client_ip(ip("192.0.2.1"), &h), ip("192.0.2.1"));
        let h = headers("forwarded", &["for=203.0.113.9"]);
        assert_eq!(a.client_ip(proxy, &h), proxy);
        // A v4-mapped peer is the v4 address.
        let h = headers("x-forwarded-for", &["203.0.113.9"]);
        assert_eq!(a.client_ip(ip("::ffff:10.0.0.2"), &h), ip("203.0.113.9"));
    }

    #[test]
    fn proxies_are_addresses_or_networks() {
        let one = ClientAddressing::parse_proxy("127.0.0.1").unwrap();
        assert!(one.contains(&ip("127.0.0.1")) && !one.contains(&ip("127.0.0.2")));
        let net = ClientAddressing::parse_proxy("fd00::/8").unwrap();
        assert!(net.contains(&ip("fd12::1")));
        assert!(ClientAddressing::parse_proxy("proxy.example").is_err());
        assert!(ClientAddressing::parse_proxy("10.0.0.0/33").is_err());
    }

    #[test]
    fn right_most_untrusted_entry_of_forwarded() {
        let a = addressing(&["10.0.0.2", "10.0.0.7"], ForwardedHeader::Forwarded);
        let proxy = ip("10.0.0.2");
        let h = headers(
            "forwarded",
            &[r#"for=1.1.1.1, for="[2001:db8::9]:4711";proto=https, for=10.0.0.7"#],
        );
        assert_eq!(a.client_ip(proxy, &h), ip("2001:db8::9"));
        let h = headers("forwarded", &["for=_hidden, for=10.0.0.7"]);
        assert_eq!(a.client_ip(proxy, &h), ip("10.0.0.7"));
        let h = headers("x-forwarded-for", &["203.0.113.9"]);
        assert_eq!(
            a.client_ip(proxy, &h),
            proxy,
            "only the configured header is read"
        );
    }
}
