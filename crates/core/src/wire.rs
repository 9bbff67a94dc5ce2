//! The HTTP contract between the app's sync engine and any hotline endpoint (the reference
//! `reach-hotline`, or a partner's own implementation of `docs/openapi.json`).
//!
//! Envelopes travel as raw bytes, not base64 in JSON, so that the wire costs little more than
//! the envelope itself (a person on a metered plan pays for every byte).

use serde::{Deserialize, Serialize};

use crate::envelope::{Envelope, MAX_ENVELOPE_LEN};
use crate::ids::{ReferralId, StatusSecret};
use crate::receipt::Receipt;

/// `POST` one envelope (body: the raw envelope, [`CT_ENVELOPE`]).
pub const PATH_ENVELOPES: &str = "/v1/envelopes";
/// `POST` a batch of envelopes (body: [`encode_batch`], [`CT_BATCH`]).
pub const PATH_BATCH: &str = "/v1/envelopes/batch";
/// `POST` one feedback envelope (survivors' voices; body: the raw envelope, [`CT_ENVELOPE`],
/// exactly [`crate::envelope::FEEDBACK_ENVELOPE_LEN`] bytes). Answers like [`PATH_ENVELOPES`]:
/// `201`/`200` with a receipt, idempotent by the envelope's id.
pub const PATH_FEEDBACK: &str = "/v1/feedback";
/// `GET` the public hotline profile.
pub const PATH_PROFILE: &str = "/v1/profile";
/// `GET` an OpenAPI description of these routes.
pub const PATH_OPENAPI: &str = "/v1/openapi.json";

/// `POST` a [`StatusRequest`] to learn where a request stands. The referral id is not in the
/// path (nor anywhere in the request): a proxy's access log would otherwise tie a client
/// address to a request id. The endpoint finds the request by its status verifier, the
/// SHA-256 of the secret sent in the body.
pub const PATH_STATUS: &str = "/v1/status";

/// Content type of a single envelope body.
pub const CT_ENVELOPE: &str = "application/vnd.reach.envelope";
/// Content type of a batch body.
pub const CT_BATCH: &str = "application/vnd.reach.batch";
/// Content type of errors (RFC 9457).
pub const CT_PROBLEM: &str = "application/problem+json";
/// Content type of status requests and of every JSON answer.
pub const CT_JSON: &str = "application/json";

/// Most envelopes in one batch.
pub const MAX_BATCH_ITEMS: usize = 256;
/// Largest batch body the endpoint accepts (413 beyond).
pub const MAX_BATCH_BYTES: usize = 8 * 1024 * 1024;
/// Largest status request body the endpoint accepts (413 beyond); a real one is 55 bytes.
pub const MAX_STATUS_BYTES: usize = 1024;
/// Largest single-envelope body the endpoint accepts (413 beyond).
pub const MAX_SINGLE_BYTES: usize = MAX_ENVELOPE_LEN;
/// Batch magic.
pub const BATCH_MAGIC: [u8; 4] = *b"RCB1";

/// A batch body that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WireError {
    /// Framing is broken (magic, counts, lengths, trailing bytes).
    #[error("malformed batch: {0}")]
    Malformed(&'static str),
    /// More items or bytes than allowed.
    #[error("batch too large")]
    TooLarge,
}

/// Frames envelopes as: magic `RCB1` | u16 count | count × (u32 length | envelope bytes).
pub fn encode_batch<'a>(envelopes: impl IntoIterator<Item = &'a Envelope>) -> Vec<u8> {
    let envs: Vec<&Envelope> = envelopes.into_iter().collect();
    let total: usize = envs.iter().map(|e| 4 + e.as_bytes().len()).sum();
    let mut out = Vec::with_capacity(6 + total);
    out.extend_from_slice(&BATCH_MAGIC);
    out.extend_from_slice(&(envs.len() as u16).to_be_bytes());
    for e in envs {
        out.extend_from_slice(&(e.as_bytes().len() as u32).to_be_bytes());
        out.extend_from_slice(e.as_bytes());
    }
    out
}

/// Splits a batch body into its items without judging them; each item is then checked on its
/// own so that one bad envelope does not sink the good ones beside it.
pub fn decode_batch(body: &[u8]) -> Result<Vec<&[u8]>, WireError> {
    if body.len() > MAX_BATCH_BYTES {
        return Err(WireError::TooLarge);
    }
    if body.len() < 6 || body[0..4] != BATCH_MAGIC {
        return Err(WireError::Malformed("not a Reach batch"));
    }
    let count = u16::from_be_bytes([body[4], body[5]]) as usize;
    if count == 0 {
        return Err(WireError::Malformed("empty batch"));
    }
    if count > MAX_BATCH_ITEMS {
        return Err(WireError::TooLarge);
    }
    let mut items = Vec::with_capacity(count);
    let mut rest = &body[6..];
    for _ in 0..count {
        if rest.len() < 4 {
            return Err(WireError::Malformed("truncated item length"));
        }
        let len = u32::from_be_bytes([rest[0], rest[1], rest[2], rest[3]]) as usize;
        rest = &rest[4..];
        if len > MAX_ENVELOPE_LEN {
            return Err(WireError::Malformed("item longer than any envelope"));
        }
        if rest.len() < len {
            return Err(WireError::Malformed("truncated item"));
        }
        items.push(&rest[..len]);
        rest = &rest[len..];
    }
    if !rest.is_empty() {
        return Err(WireError::Malformed("trailing bytes"));
    }
    Ok(items)
}

/// Body of `201 Created` (first delivery) and `200 OK` (identical resend) for one envelope.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Delivered {
    /// The referral id.
    pub id: ReferralId,
    /// The signed receipt.
    pub receipt: Receipt,
}

/// Per-envelope outcome inside a batch response, in request order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BatchItem {
    /// HTTP-like status of this item: 201 stored, 200 identical resend, 4xx refused.
    pub status: u16,
    /// The id, when the item's header could be read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<ReferralId>,
    /// Present on 200/201.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub receipt: Option<Receipt>,
    /// Present on refusals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problem: Option<Problem>,
}

/// Body of `200 OK` for a batch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BatchResponse {
    /// One entry per envelope, in the order sent.
    pub results: Vec<BatchItem>,
}

/// What the hotline says about a request, to the holder of its status secret (the list lives
/// in the contract, which the app's UI shares).
pub use reach_contract::view::ReferralState;

/// Body of a status request: the status secret, base64url without padding. In the body — not
/// the URL or a header — so it never lands in an access log, and `POST` so no cache keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusRequest {
    /// The 32-byte status secret, base64url.
    pub secret: String,
}

impl StatusRequest {
    /// The request proving possession of `secret`.
    pub fn new(secret: &StatusSecret) -> Self {
        Self {
            secret: secret.to_base64(),
        }
    }

    /// The secret, if the text is one.
    pub fn secret(&self) -> Option<StatusSecret> {
        StatusSecret::from_base64(&self.secret)
    }
}

/// Body of the status route. Fields may be added (a client ignores what it does not know);
/// the `state` list may grow (a client shows a state it does not know as "news").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusResponse {
    /// The referral id.
    pub id: ReferralId,
    /// Where it stands; `None` when this version does not know the state's name (a newer
    /// hotline's). Always a known state when the reference hotline answers.
    #[serde(with = "lenient_state")]
    pub state: Option<ReferralState>,
    /// The staff's replies so far, in number order, sealed to the request's reply key
    /// ([`crate::reply`]). Missing in answers from hotlines without replies.
    #[serde(default)]
    pub replies: Vec<SealedReply>,
}

/// One reply as the status route carries it: opaque to everyone but the phone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SealedReply {
    /// Its number within the request, from 1.
    pub seq: u32,
    /// Key id (16 hex) of the hotline key that wrote it: the phone checks the reply against
    /// that key of its profile.
    pub key_id: String,
    /// `enc || ciphertext`, base64url without padding.
    pub sealed: String,
}

impl SealedReply {
    /// The wire form of a sealed reply.
    pub fn new(seq: u32, key_id: crate::envelope::KeyId, sealed: &[u8]) -> Self {
        use base64::Engine as _;
        Self {
            seq,
            key_id: key_id.to_string(),
            sealed: base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(sealed),
        }
    }

    /// The sealed bytes, if the text is base64url of at most the reply limit.
    pub fn sealed_bytes(&self) -> Option<Vec<u8>> {
        use base64::Engine as _;
        if self.sealed.len() > crate::reply::MAX_SEALED_REPLY_LEN.div_ceil(3) * 4 {
            return None;
        }
        base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(&self.sealed)
            .ok()
    }
}

/// A status answer's `state`, read so that a state added by a newer hotline is "unknown" and
/// not an unreadable answer (which would also hide the replies).
mod lenient_state {
    use super::ReferralState;
    use serde::{Deserialize as _, Deserializer, Serializer};

    pub(super) fn serialize<S: Serializer>(
        state: &Option<ReferralState>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        s.serialize_str(state.map_or("unknown", ReferralState::as_str))
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<ReferralState>, D::Error> {
        let text = std::borrow::Cow::<str>::deserialize(d)?;
        Ok(ReferralState::parse(&text))
    }
}

/// Machine-readable reason of a refusal; stable, so that clients (and the app's Fluent strings)
/// can key on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemCode {
    /// Not an envelope or batch of a known format (400).
    Malformed,
    /// Wrong content type (415).
    UnsupportedMediaType,
    /// Body over the limit (413).
    TooLarge,
    /// Sealed to a key this hotline does not have (422).
    UnknownKey,
    /// The id was already delivered with other bytes (409).
    Conflict,
    /// Too many requests; retry after the given time (429).
    RateLimited,
    /// No such referral, or not for this secret (404).
    NotFound,
    /// The server could not store it; nothing was stored (500/503).
    Unavailable,
}

impl ProblemCode {
    /// The HTTP status that goes with the code.
    pub fn status(self) -> u16 {
        match self {
            Self::Malformed => 400,
            Self::UnsupportedMediaType => 415,
            Self::TooLarge => 413,
            Self::UnknownKey => 422,
            Self::Conflict => 409,
            Self::RateLimited => 429,
            Self::NotFound => 404,
            Self::Unavailable => 503,
        }
    }

    /// A short English title (RFC 9457 `title`); the app shows its own translated text.
    pub fn title(self) -> &'static str {
        match self {
            Self::Malformed => "Malformed request",
            Self::UnsupportedMediaType => "Unsupported media type",
            Self::TooLarge => "Request too large",
            Self::UnknownKey => "Sealed to an unknown key",
            Self::Conflict => "Referral id already used with other content",
            Self::RateLimited => "Too many requests",
            Self::NotFound => "Not found",
            Self::Unavailable => "Temporarily unavailable",
        }
    }

    /// The problem `type` URI.
    pub fn type_uri(self) -> String {
        let code = serde_json::to_value(self).expect("serialises");
        format!("urn:reach:problem:{}", code.as_str().unwrap_or("unknown"))
    }
}

/// RFC 9457 problem details, with Reach's `code` extension.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// `urn:reach:problem:<code>`.
    #[serde(rename = "type")]
    pub type_uri: String,
    /// Short English title.
    pub title: String,
    /// HTTP status.
    pub status: u16,
    /// Human detail; never contains request content.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// Stable machine code.
    pub code: ProblemCode,
}

impl Problem {
    /// A problem for `code` with an optional detail.
    pub fn new(code: ProblemCode, detail: impl Into<Option<String>>) -> Self {
        Self {
            type_uri: code.type_uri(),
            title: code.title().to_owned(),
            status: code.status(),
            detail: detail.into(),
            code,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::envelope::{HotlinePrivateKey, seal};
    use proptest::prelude::*;

    #[test]
    fn batch_round_trip() {
        let k = HotlinePrivateKey::generate();
        let envs: Vec<Envelope> = (0..3)
            .map(|i| {
                seal(
                    k.public_key(),
                    ReferralId::random(),
                    [0; 32],
                    &vec![1; i * 2000],
                )
                .unwrap()
            })
            .collect();
        let body = encode_batch(&envs);
        let items = decode_batch(&body).unwrap();
        assert_eq!(items.len(), 3);
        for (i, e) in items.iter().zip(&envs) {
            assert_eq!(*i, e.as_bytes());
        }
        // Overhead: 6 bytes + 4 per item.
        assert_eq!(
            body.len(),
            6 + envs.iter().map(|e| 4 + e.as_bytes().len()).sum::<usize>()
        );
    }

    #[test]
    fn batch_framing_errors() {
        let k = HotlinePrivateKey::generate();
        let e = seal(k.public_key(), ReferralId::random(), [0; 32], b"x").unwrap();
        let good = encode_batch([&e]);
        assert_eq!(
            decode_batch(b"RCB1"),
            Err(WireError::Malformed("not a Reach batch"))
        );
        assert_eq!(
            decode_batch(b"RCB1\0\0"),
            Err(WireError::Malformed("empty batch"))
        );
        assert_eq!(
            decode_batch(&good[..good.len() - 1]),
            Err(WireError::Malformed("truncated item"))
        );
        let mut trailing = good.clone();
        trailing.push(0);
        assert_eq!(
            decode_batch(&trailing),
            Err(WireError::Malformed("trailing bytes"))
        );
        let mut many = good.clone();
        many[4..6].copy_from_slice(&(MAX_BATCH_ITEMS as u16 + 1).to_be_bytes());
        assert_eq!(decode_batch(&many), Err(WireError::TooLarge));
        assert_eq!(
            decode_batch(&vec![0; MAX_BATCH_BYTES + 1]),
            Err(WireError::TooLarge)
        );
    }

    #[test]
    fn problem_json_shape() {
        let p = Problem::new(ProblemCode::Conflict, None);
        let v = serde_json::to_value(&p).unwrap();
        assert_eq!(v["type"], "urn:reach:problem:conflict");
        assert_eq!(v["status"], 409);
        assert_eq!(v["code"], "conflict");
    }

    proptest! {
        #[test]
        fn decode_never_panics(body in proptest::collection::vec(any::<u8>(), 0..4000)) {
            let _ = decode_batch(&body);
        }
    }
}
