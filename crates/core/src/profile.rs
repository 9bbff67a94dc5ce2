//! The hotline profile: the public facts about one partner hotline that the app bundles, so that
//! it can seal requests and check receipts with no network and no trust in whatever network it
//! finds later. `reach-hotline init` prints it; nothing secret is in it.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::{Deserialize, Serialize};

use crate::envelope::{HotlinePublicKey, KeyId};
use crate::receipt::ReceiptVerifier;

/// Profile format version.
pub const PROFILE_VERSION: u16 = 1;

/// Why a profile cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProfileError {
    /// Not valid JSON of the profile's shape.
    #[error("the hotline profile is not valid: {0}")]
    Parse(String),
    /// A profile version this build does not know.
    #[error("unsupported hotline profile version {0}")]
    Version(u16),
    /// No sealing key, or a key that is not a valid X25519 key, or a key id that does not match.
    #[error("the hotline profile has no usable sealing key")]
    SealingKey,
    /// No receipt key, or one that is not 32 bytes.
    #[error("the hotline profile has no usable receipt key")]
    ReceiptKey,
    /// The endpoint is not https (plain http is allowed only on loopback, for tests and demos).
    #[error("the hotline endpoint must be an https URL (http only on loopback)")]
    Endpoint,
    /// A pinned root certificate is not base64url DER.
    #[error("a pinned TLS root is not valid")]
    TlsRoot,
}

/// One HPKE public key of the hotline. The first in [`HotlineProfile::keys`] is used for new
/// envelopes; older ones stay listed during rotation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileKey {
    /// Hex key id; must match the key (checked), so a typo cannot silently misroute.
    pub key_id: String,
    /// base64url X25519 public key.
    pub public_key: String,
}

/// Everything the app needs to know about a hotline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HotlineProfile {
    /// Profile format version.
    pub version: u16,
    /// Name shown to staff and, translated, to the person ("Hotline X received your request").
    pub name: String,
    /// Base URL of the endpoint, e.g. `https://intake.example.org`.
    pub endpoint: String,
    /// HPKE keys, current first.
    pub keys: Vec<ProfileKey>,
    /// base64url Ed25519 public keys whose receipts are accepted (current first).
    pub receipt_keys: Vec<String>,
    /// Optional pinned TLS roots (base64url DER). When present, only these roots are trusted
    /// for the endpoint, so a malicious Wi-Fi with a locally trusted CA cannot intercept.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tls_roots: Vec<String>,
}

impl HotlineProfile {
    /// A profile for one HPKE key and one receipt key.
    pub fn new(
        name: impl Into<String>,
        endpoint: impl Into<String>,
        sealing: &HotlinePublicKey,
        receipts: &ReceiptVerifier,
    ) -> Self {
        Self {
            version: PROFILE_VERSION,
            name: name.into(),
            endpoint: endpoint.into(),
            keys: vec![ProfileKey {
                key_id: sealing.key_id().to_string(),
                public_key: URL_SAFE_NO_PAD.encode(sealing.to_bytes()),
            }],
            receipt_keys: vec![URL_SAFE_NO_PAD.encode(receipts.to_bytes())],
            tls_roots: Vec::new(),
        }
    }

    /// Parses and fully validates a profile.
    pub fn from_json(json: &str) -> Result<Self, ProfileError> {
        let p: Self = serde_json::from_str(json).map_err(|e| ProfileError::Parse(e.to_string()))?;
        p.validate()?;
        Ok(p)
    }

    /// Pretty JSON, as printed by `reach-hotline init`.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a profile serialises")
    }

    /// Checks every field that the app relies on.
    pub fn validate(&self) -> Result<(), ProfileError> {
        if self.version != PROFILE_VERSION {
            return Err(ProfileError::Version(self.version));
        }
        if self.keys.is_empty() {
            return Err(ProfileError::SealingKey);
        }
        self.public_keys()?;
        if self.receipt_verifiers()?.is_empty() {
            return Err(ProfileError::ReceiptKey);
        }
        self.tls_roots_der()?;
        check_endpoint(&self.endpoint)
    }

    /// All HPKE public keys, current first.
    pub fn public_keys(&self) -> Result<Vec<HotlinePublicKey>, ProfileError> {
        self.keys
            .iter()
            .map(|k| {
                let raw: [u8; 32] = URL_SAFE_NO_PAD
                    .decode(&k.public_key)
                    .ok()
                    .and_then(|b| b.try_into().ok())
                    .ok_or(ProfileError::SealingKey)?;
                let pk = HotlinePublicKey::from_bytes(raw).map_err(|_| ProfileError::SealingKey)?;
                let id: KeyId = k.key_id.parse().map_err(|_| ProfileError::SealingKey)?;
                if id != pk.key_id() {
                    return Err(ProfileError::SealingKey);
                }
                Ok(pk)
            })
            .collect()
    }

    /// The key new envelopes are sealed to.
    pub fn sealing_key(&self) -> Result<HotlinePublicKey, ProfileError> {
        self.public_keys()?
            .into_iter()
            .next()
            .ok_or(ProfileError::SealingKey)
    }

    /// The receipt keys the app accepts.
    pub fn receipt_verifiers(&self) -> Result<Vec<ReceiptVerifier>, ProfileError> {
        self.receipt_keys
            .iter()
            .map(|k| {
                let raw: [u8; 32] = URL_SAFE_NO_PAD
                    .decode(k)
                    .ok()
                    .and_then(|b| b.try_into().ok())
                    .ok_or(ProfileError::ReceiptKey)?;
                Ok(ReceiptVerifier::from_bytes(raw))
            })
            .collect()
    }

    /// Pinned roots as DER.
    pub fn tls_roots_der(&self) -> Result<Vec<Vec<u8>>, ProfileError> {
        self.tls_roots
            .iter()
            .map(|r| URL_SAFE_NO_PAD.decode(r).map_err(|_| ProfileError::TlsRoot))
            .collect()
    }

    /// The endpoint without a trailing slash.
    pub fn base_url(&self) -> &str {
        self.endpoint.trim_end_matches('/')
    }
}

/// Parses the endpoint with the same URL parser the app's HTTP client uses (WHATWG, `url`),
/// so the check and the connection can never disagree about the host. Refused: anything but
/// https (http only to a loopback host), user-info (`http://localhost:80@evil.example/` has
/// the host `evil.example`), a query or fragment (paths are appended to the endpoint), and any
/// spelling that is not the parser's own canonical form (`http://127.1`, `HTTPS://A.ORG`,
/// backslashes, whitespace the parser would silently drop): the profile is what the app trusts,
/// so it must say exactly one thing.
fn check_endpoint(endpoint: &str) -> Result<(), ProfileError> {
    let url = url::Url::parse(endpoint).map_err(|_| ProfileError::Endpoint)?;
    let canonical = url.as_str().trim_end_matches('/') == endpoint.trim_end_matches('/');
    if !canonical
        || !url.username().is_empty()
        || url.password().is_some()
        || url.query().is_some()
        || url.fragment().is_some()
    {
        return Err(ProfileError::Endpoint);
    }
    let loopback = match url.host() {
        Some(url::Host::Domain(d)) => d == "localhost",
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => return Err(ProfileError::Endpoint),
    };
    match url.scheme() {
        "https" => Ok(()),
        "http" if loopback => Ok(()),
        _ => Err(ProfileError::Endpoint),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::envelope::HotlinePrivateKey;
    use crate::receipt::ReceiptSigner;

    fn profile(endpoint: &str) -> HotlineProfile {
        HotlineProfile::new(
            "Test hotline",
            endpoint,
            HotlinePrivateKey::generate().public_key(),
            &ReceiptSigner::generate().verifier(),
        )
    }

    #[test]
    fn round_trips_and_validates() {
        let p = profile("https://intake.example.org/");
        let back = HotlineProfile::from_json(&p.to_json()).unwrap();
        assert_eq!(back, p);
        assert_eq!(back.base_url(), "https://intake.example.org");
        assert_eq!(
            back.sealing_key().unwrap().key_id().to_string(),
            p.keys[0].key_id
        );
    }

    #[test]
    fn endpoint_must_be_https_except_loopback() {
        for ok in [
            "https://a.org",
            "http://127.0.0.1:8080",
            "http://localhost:1",
            "http://[::1]:9",
            "https://intake.example.org/reach/",
        ] {
            profile(ok).validate().unwrap();
        }
        for bad in [
            "http://10.0.0.1",
            "ftp://a",
            "https://",
            "http://example.org",
            "",
            // User-info: the real host is the part after `@`.
            "http://localhost:80@evil.example/",
            "http://127.0.0.1@evil.example",
            "http://localhost@evil.example:8080",
            "https://user:pw@a.org",
            "https://user@a.org",
            // Look-alike hosts.
            "http://localhost.evil.example",
            "http://127.0.0.1.evil.example",
            "http://[::ffff:127.0.0.1]",
            // Spellings a lenient parser reads differently from a strict one.
            "http://localhost\\@evil.example",
            "http://127.1",
            "HTTPS://A.ORG",
            " https://a.org",
            "https://a.org\n",
            "https://a\t.org",
            "https://a.org:443",
            // Paths are appended to the endpoint: no query, no fragment.
            "https://a.org/?x=1",
            "https://a.org/#top",
            "https:a.org",
            "file:///etc/passwd",
        ] {
            assert_eq!(
                profile(bad).validate(),
                Err(ProfileError::Endpoint),
                "{bad}"
            );
        }
    }

    #[test]
    fn plain_http_cannot_hide_another_host_behind_user_info() {
        // In "http://127.0.0.1:80@example.org" the host is example.org: what looks like a
        // loopback address is user info. The first case is the fuzzer's (minimised), whose URL
        // the HTTP client reads as host 0 (0.0.0.0) with user info "[::1]:".
        for bad in [
            "http://[::1]:@0/",
            "http://127.0.0.1:80@example.org",
            "http://localhost:@example.org/v1",
            "http://[::1]@example.org",
            "http://localhost:1@127.0.0.1.example.org",
        ] {
            assert_eq!(
                profile(bad).validate(),
                Err(ProfileError::Endpoint),
                "{bad}"
            );
        }
        // An "@" after the host is only a path, query or fragment.
        profile("http://127.0.0.1:8080/@x").validate().unwrap();
    }

    #[test]
    fn refuses_bad_keys() {
        let mut p = profile("https://a.org");
        p.keys[0].key_id = "0000000000000000".into();
        assert_eq!(p.validate(), Err(ProfileError::SealingKey));
        let mut p = profile("https://a.org");
        p.keys.clear();
        assert_eq!(p.validate(), Err(ProfileError::SealingKey));
        let mut p = profile("https://a.org");
        p.receipt_keys = vec!["short".into()];
        assert_eq!(p.validate(), Err(ProfileError::ReceiptKey));
        let mut p = profile("https://a.org");
        p.version = 9;
        assert_eq!(p.validate(), Err(ProfileError::Version(9)));
        assert!(matches!(
            HotlineProfile::from_json("{}"),
            Err(ProfileError::Parse(_))
        ));
    }
}
