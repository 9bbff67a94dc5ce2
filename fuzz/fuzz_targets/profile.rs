//! The hotline profile parser (`HotlineProfile::from_json`: strict JSON, then validation of
//! keys, key ids, receipt keys, pinned roots and endpoint), as the app runs it on the profile it
//! bundles and the hotline on its own.
#![no_main]

use libfuzzer_sys::fuzz_target;
use reach_core::profile::HotlineProfile;
use reach_core::wire::PATH_ENVELOPES;
use url::{Host, Url};

fuzz_target!(init: reach_fuzz::plant(reach_fuzz::profiles), |data: &[u8]| {
    let Ok(json) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(p) = HotlineProfile::from_json(json) {
        // Everything validation promised is usable.
        assert_eq!(p.public_keys().unwrap().len(), p.keys.len());
        let sealing = p.sealing_key().unwrap();
        assert_eq!(
            sealing.key_id().to_string(),
            p.keys[0].key_id.to_ascii_lowercase()
        );
        assert!(!p.receipt_verifiers().unwrap().is_empty());
        assert_eq!(p.tls_roots_der().unwrap().len(), p.tls_roots.len());
        // The sync engine's HTTP client reads `base_url() + path` as a WHATWG URL (reqwest uses
        // the url crate): wherever it would really connect, plain http goes only to loopback.
        if let Ok(u) = Url::parse(&format!("{}{PATH_ENVELOPES}", p.base_url())) {
            let loopback = match u.host() {
                Some(Host::Domain(d)) => d == "localhost",
                Some(Host::Ipv4(ip)) => ip.is_loopback(),
                Some(Host::Ipv6(ip)) => ip.is_loopback(),
                None => false,
            };
            assert!(
                u.scheme() == "https" || (u.scheme() == "http" && loopback),
                "accepted {:?}, which connects to {:?} over {}",
                p.endpoint,
                u.host_str(),
                u.scheme()
            );
        }
        // What `reach-hotline init` would print reads back to the same profile.
        assert_eq!(HotlineProfile::from_json(&p.to_json()).as_ref(), Ok(&p));
    }
});
