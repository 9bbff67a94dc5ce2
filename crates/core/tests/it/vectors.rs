//! Checks the published test vectors (`docs/test-vectors/v1.json`): the byte formats of
//! envelopes, batches, receipts and the JSON answers must not drift, because partner hotlines
//! implement them from the doc. Every field of the file is checked here against the real code;
//! the server crate's tests post the same cases to the running endpoint.
//!
//! Regenerate (only when the format version changes, or to add cases; existing bytes stay
//! identical because every input is fixed): `REACH_WRITE_VECTORS=1 cargo test -p reach-core
//! --test it vectors`.

use std::collections::BTreeMap;

use hpke::kem::X25519HkdfSha256;
use hpke::{Kem as _, Serializable as _};
use reach_core::envelope::{self, Envelope, HotlinePrivateKey, MAX_ENVELOPE_LEN};
use reach_core::ids::{ReferralId, StatusSecret};
use reach_core::profile::HotlineProfile;
use reach_core::receipt::{Receipt, ReceiptSigner};
use reach_core::referral::{Referral, Sensitive};
use reach_core::referral::{TimeOfDay, Weekday};
use reach_core::referral_compat;
use reach_core::reply::{self, Reply, ReplyTemplate};
use reach_core::wire::{
    self, BatchItem, Delivered, Problem, ProblemCode, ReferralState, SealedReply, StatusRequest,
    StatusResponse, WireError,
};
use ring::signature::{Ed25519KeyPair, KeyPair as _};
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize)]
struct Vectors {
    description: String,
    hotline_secret_key_hex: String,
    hotline_public_key_hex: String,
    key_id_hex: String,
    /// The receipt key as the RFC 8032 32-byte seed, which most Ed25519 libraries load.
    receipt_signer_seed_hex: String,
    /// The same key as the PKCS#8 v2 document the reference server's key file holds.
    receipt_signer_pkcs8_hex: String,
    receipt_public_key_hex: String,
    receipt_key_id_hex: String,
    /// The hotline profile for these keys, exactly as `GET /v1/profile` serves it.
    profile_json: String,
    /// The unprotected key file `reach-hotline` writes for the sealing key.
    hpke_key_file_json: String,
    cases: Vec<Case>,
    batch: Batch,
    /// A problem answer, exactly as the reference server sends it for `problem_example.case`.
    problem_example: ProblemExample,
    negative_cases: Vec<Negative>,
    newer_minor_payload: NewerMinor,
    /// A staff reply to case `full`, sealed by the hotline to that request's reply key.
    reply: ReplyVector,
    /// A survivor's feedback (docs/protocol.md, "Survivors' voices").
    feedback: FeedbackVector,
    /// A reference (docs/protocol.md, "Reference phrase"), for the key `key_id_hex`.
    reference: ReferenceVector,
}

#[derive(Serialize, Deserialize)]
struct ReferenceVector {
    /// The 64 random bits `r`.
    bits_hex: String,
    /// `words_<lang>` for every word list (`WORD_LIST_LANGUAGES`): the same 9 words (8, then
    /// the check word) in each. English was reviewed; the others are machine-drafted, like
    /// their locales. In key order, which is where the fields stood.
    #[serde(flatten)]
    words: BTreeMap<String, String>,
    /// The 22 digits (20, then the 2 check digits).
    digits: String,
    /// The Argon2id salt: `reach reference v1`, one zero byte, the key id.
    salt_hex: String,
    argon2id_m_kib: u32,
    argon2id_t: u32,
    argon2id_p: u32,
    /// `k`, Argon2id's 64-byte output.
    k_hex: String,
    status_secret_hex: String,
    /// What `POST /v1/status` carries: SHA-256 of the status secret is the envelope's verifier.
    status_verifier_hex: String,
    /// `DeriveKeyPair` input of the reply key.
    reply_ikm_hex: String,
    reply_secret_key_hex: String,
    reply_public_key_hex: String,
}

#[derive(Serialize, Deserialize)]
struct FeedbackVector {
    /// The feedback's own id (random in real use; never a request's).
    id_hex: String,
    /// The payload, exactly.
    payload_json: String,
    info_utf8: String,
    ephemeral_seed_hex: String,
    /// The whole envelope (1134 bytes), as `POST /v1/feedback` takes it.
    envelope_hex: String,
    /// The receipt the hotline signs for it (over the id and the envelope's SHA-256).
    receipt_b64: String,
}

#[derive(Serialize, Deserialize)]
struct ReplyVector {
    referral_id_hex: String,
    /// The phone's reply key (X25519 private key); its public half travels in the payload's
    /// `reply_public_key`.
    reply_secret_key_hex: String,
    reply_public_key_hex: String,
    seq: u32,
    /// The reply's JSON before padding.
    reply_json: String,
    /// Bytes of the padded plaintext (a multiple of 256; spaces after the JSON).
    padded_len: usize,
    info_utf8: String,
    aad_hex: String,
    /// RFC 9180 `DeriveKeyPair` input of the ephemeral key (Auth mode, sender = the hotline's
    /// sealing key above).
    ephemeral_seed_hex: String,
    /// `enc || ciphertext`.
    sealed_hex: String,
    /// The status answer that carries it, the request being `answered`.
    status_response_json: String,
}

#[derive(Serialize, Deserialize)]
struct Case {
    name: String,
    referral_id_hex: String,
    status_secret_hex: String,
    status_verifier_hex: String,
    /// The exact body the app sends to the status route for this request.
    status_request_json: String,
    /// The input keying material of RFC 9180 `DeriveKeyPair` for the ephemeral key.
    ephemeral_seed_hex: String,
    /// What `DeriveKeyPair(ephemeral_seed)` gives: skE, and pkE (= `enc`, bytes 62..94).
    ephemeral_secret_key_hex: String,
    ephemeral_public_key_hex: String,
    payload_utf8: String,
    /// Bytes of the padded plaintext: one of 1024, 4096, 16384, 65536.
    padded_len: usize,
    envelope_hex: String,
    envelope_sha256_hex: String,
    receipt_hex: String,
    /// Body of the `201` (and of the `200` for an identical resend).
    delivered_json: String,
    /// Body of the `200` status answer while the request is still `received`.
    status_response_json: String,
}

#[derive(Serialize, Deserialize)]
struct Batch {
    /// Posted to a server holding the keys above and nothing stored yet.
    body_hex: String,
    results: Vec<BatchResult>,
}

#[derive(Serialize, Deserialize, PartialEq, Debug)]
struct BatchResult {
    status: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    receipt: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    code: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct ProblemExample {
    case: String,
    json: String,
}

#[derive(Serialize, Deserialize)]
struct Negative {
    name: String,
    method: String,
    path: String,
    /// `null`: no `Content-Type` header at all.
    content_type: Option<String>,
    body: Body,
    status: u16,
    code: String,
}

/// A request body: hex, UTF-8 text, or that many zero bytes (for the size limits).
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Body {
    Hex(String),
    Utf8(String),
    Zeros(usize),
}

impl Body {
    fn bytes(&self) -> Vec<u8> {
        match self {
            Body::Hex(h) => hex::decode(h).unwrap(),
            Body::Utf8(s) => s.as_bytes().to_vec(),
            Body::Zeros(n) => vec![0; *n],
        }
    }
}

#[derive(Serialize, Deserialize)]
struct NewerMinor {
    payload_utf8: String,
    /// The referral a v1 reader sees, canonical form.
    known_utf8: String,
    unknown_fields: Vec<UnknownMember>,
}

#[derive(Serialize, Deserialize, PartialEq, Debug)]
struct UnknownMember {
    field: String,
    json: String,
}

fn path() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/test-vectors/v1.json")
}

fn arr<const N: usize>(hex_str: &str) -> [u8; N] {
    hex::decode(hex_str).unwrap().try_into().unwrap()
}

/// The fixed part of an Ed25519 PKCS#8 v2 document (RFC 8410 / RFC 5958) before the seed.
const PKCS8_V2_PREFIX: [u8; 16] = [
    0x30, 0x51, 0x02, 0x01, 0x01, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
];
/// Between the seed and the public key: `[1] BIT STRING` of 33 bytes, no unused bits.
const PKCS8_V2_PUBLIC_TAG: [u8; 3] = [0x81, 0x21, 0x00];
/// The vectors' receipt seed (fixed so that regenerating keeps the published key).
const RECEIPT_SEED: &str = "16ae69b0f40aca0ac95e7fb3cd2f37e94f8f99a9bff9ee379043439ed9edb0eb";

fn pkcs8_from_seed(seed: &[u8; 32]) -> Vec<u8> {
    let pair = Ed25519KeyPair::from_seed_unchecked(seed).unwrap();
    [
        &PKCS8_V2_PREFIX[..],
        seed,
        &PKCS8_V2_PUBLIC_TAG,
        pair.public_key().as_ref(),
    ]
    .concat()
}

/// A referral whose message is `n` copies of `unit`: fills the larger padding buckets.
fn with_message(unit: &str, n: usize) -> Referral {
    let mut r = reach_core::referral::sample();
    r.message = Some(Sensitive::new(unit.repeat(n).trim().to_owned()));
    r.validate().unwrap();
    r
}

/// Another hotline's key: envelopes sealed to it are `unknown_key` here.
fn other_key() -> HotlinePrivateKey {
    HotlinePrivateKey::from_bytes([0x43; 32]).unwrap()
}

fn seal(
    key: &HotlinePrivateKey,
    id: ReferralId,
    secret: &StatusSecret,
    payload: &[u8],
    seed: [u8; 32],
) -> Envelope {
    envelope::seal_for_test_vector(key.public_key(), id, secret.verifier(), payload, seed).unwrap()
}

fn json<T: Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap()
}

fn generate() -> Vectors {
    let key = HotlinePrivateKey::from_bytes([0x42; 32]).unwrap();
    let seed: [u8; 32] = arr(RECEIPT_SEED);
    let pkcs8 = pkcs8_from_seed(&seed);
    let signer = ReceiptSigner::from_pkcs8(&pkcs8).unwrap();
    let referrals = [
        ("minimal", reach_core::referral::sample_minimal()),
        ("full", reach_core::referral::sample()),
        ("padded_4096", with_message("Help me please. ", 150)),
        ("padded_16384", with_message("ช่วยด้วย", 500)),
        ("padded_65536_maximal", with_message("🆘", 4000)),
    ];
    let mut cases = Vec::new();
    let mut envelopes = Vec::new();
    for (i, (name, referral)) in referrals.into_iter().enumerate() {
        let id = ReferralId([i as u8 + 1; 16]);
        let secret = StatusSecret([i as u8 + 0x10; 32]);
        let eph_seed = [i as u8 + 0x20; 32];
        let payload = String::from_utf8(referral.to_bytes()).unwrap();
        let env = seal(&key, id, &secret, payload.as_bytes(), eph_seed);
        let (sk_e, pk_e) = X25519HkdfSha256::derive_keypair(&eph_seed);
        let receipt = signer.sign(id, env.sha256());
        cases.push(Case {
            name: name.into(),
            referral_id_hex: hex::encode(id.0),
            status_secret_hex: hex::encode(secret.0),
            status_verifier_hex: hex::encode(secret.verifier()),
            status_request_json: json(&StatusRequest::new(&secret)),
            ephemeral_seed_hex: hex::encode(eph_seed),
            ephemeral_secret_key_hex: hex::encode(sk_e.to_bytes()),
            ephemeral_public_key_hex: hex::encode(pk_e.to_bytes()),
            padded_len: envelope::padded_size(payload.len()).unwrap(),
            payload_utf8: payload,
            envelope_hex: hex::encode(env.as_bytes()),
            envelope_sha256_hex: hex::encode(env.sha256()),
            receipt_hex: hex::encode(receipt.as_bytes()),
            delivered_json: json(&Delivered { id, receipt }),
            status_response_json: json(&StatusResponse {
                id,
                state: Some(ReferralState::Received),
                replies: Vec::new(),
            }),
        });
        envelopes.push(env);
    }
    // Same id as case 0, other bytes (another ephemeral seed): a conflict.
    let first = &cases[0];
    let conflict = seal(
        &key,
        ReferralId(arr(&first.referral_id_hex)),
        &StatusSecret(arr(&first.status_secret_hex)),
        first.payload_utf8.as_bytes(),
        [0x30; 32],
    );
    let unknown = seal(
        &other_key(),
        ReferralId([0x0f; 16]),
        &StatusSecret([0x1f; 32]),
        first.payload_utf8.as_bytes(),
        [0x2f; 32],
    );
    let batch = batch_vector(&envelopes, &conflict, &unknown, &signer);
    let negative_cases = negative_cases(&envelopes[0], &conflict, &unknown);
    Vectors {
        description: "Reach protocol v1 test vectors (docs/protocol.md, \"Test vectors\"). \
                      HPKE X25519/HKDF-SHA256/ChaCha20-Poly1305 envelopes (ephemeral_seed is \
                      the ikm of RFC 9180 DeriveKeyPair), Ed25519 receipts, the JSON answers, \
                      a batch, and negative cases with the expected status and problem code. \
                      Checked by crates/core/tests/vectors.rs and, against the running \
                      endpoint, crates/hotline/tests/vectors.rs."
            .into(),
        hotline_secret_key_hex: hex::encode(key.secret_bytes()),
        hotline_public_key_hex: hex::encode(key.public_key().to_bytes()),
        key_id_hex: key.public_key().key_id().to_string(),
        receipt_signer_seed_hex: hex::encode(seed),
        receipt_signer_pkcs8_hex: hex::encode(signer.pkcs8()),
        receipt_public_key_hex: hex::encode(signer.verifier().to_bytes()),
        receipt_key_id_hex: signer.verifier().key_id().to_string(),
        profile_json: HotlineProfile::new(
            "Example hotline",
            "https://intake.example.org",
            key.public_key(),
            &signer.verifier(),
        )
        .to_json(),
        hpke_key_file_json: hpke_key_file_json(&key),
        cases,
        batch,
        problem_example: ProblemExample {
            case: "single_conflict".into(),
            json: json(&Problem::new(ProblemCode::Conflict, None)),
        },
        newer_minor_payload: newer_minor(),
        reply: reply_vector(&key, ReferralId([2; 16])),
        feedback: feedback_vector(&key, &signer),
        reference: reference_vector(&key),
        negative_cases,
    }
}

fn reply_vector(key: &HotlinePrivateKey, id: ReferralId) -> ReplyVector {
    let phone = HotlinePrivateKey::from_bytes([0x55; 32]).unwrap();
    let reply = Reply::new(
        id,
        1,
        ReplyTemplate::CallPlanned,
        Some((
            Weekday::Tuesday,
            TimeOfDay::parse("10:00").unwrap(),
            TimeOfDay::parse("12:00").unwrap(),
        )),
        Some("Ask for Mira."),
    )
    .unwrap();
    let eph_seed = [0x60; 32];
    let sealed =
        reply::seal_for_test_vector(key, &phone.public_key().to_bytes(), &reply, eph_seed).unwrap();
    ReplyVector {
        referral_id_hex: hex::encode(id.0),
        reply_secret_key_hex: hex::encode(phone.secret_bytes()),
        reply_public_key_hex: hex::encode(phone.public_key().to_bytes()),
        seq: 1,
        reply_json: json(&reply),
        padded_len: reply::padded_plaintext(&reply).unwrap().len(),
        info_utf8: String::from_utf8(reply::REPLY_INFO.to_vec()).unwrap(),
        aad_hex: hex::encode(reply::aad(id, 1)),
        ephemeral_seed_hex: hex::encode(eph_seed),
        sealed_hex: hex::encode(&sealed),
        status_response_json: json(&StatusResponse {
            id,
            state: Some(ReferralState::Answered),
            replies: vec![SealedReply::new(1, key.public_key().key_id(), &sealed)],
        }),
    }
}

fn reference_vector(key: &HotlinePrivateKey) -> ReferenceVector {
    use reach_core::reference::{self as refr, Reference};
    let r = Reference::from_bits_for_test_vector([0x5a, 0x17, 0xc3, 0x00, 0xff, 0x42, 0x9e, 0x01]);
    let kid = key.public_key().key_id();
    let mut salt = refr::SALT_LABEL.to_vec();
    salt.extend_from_slice(&kid.0);
    let k = r.stretch_for_test_vector(kid);
    // The two expansions, written out with ring's HKDF here so the vector does not merely
    // repeat `derive` (which the checks below compare against).
    let expand = |info: &[u8]| {
        struct L;
        impl ring::hkdf::KeyType for L {
            fn len(&self) -> usize {
                32
            }
        }
        let mut out = [0u8; 32];
        ring::hkdf::Prk::new_less_safe(ring::hkdf::HKDF_SHA256, &k)
            .expand(&[info], L)
            .unwrap()
            .fill(&mut out)
            .unwrap();
        out
    };
    let status = expand(refr::STATUS_INFO);
    let ikm = expand(refr::REPLY_INFO);
    let (sk, pk) = X25519HkdfSha256::derive_keypair(&ikm);
    ReferenceVector {
        bits_hex: hex::encode(r.bits_for_test_vector()),
        words: refr::WORD_LIST_LANGUAGES
            .iter()
            .map(|lang| {
                let list = refr::word_list(lang).unwrap();
                (format!("words_{lang}"), r.words(list).join(" "))
            })
            .collect(),
        digits: r.digits().to_string(),
        salt_hex: hex::encode(&salt),
        argon2id_m_kib: refr::ARGON2_M_KIB,
        argon2id_t: refr::ARGON2_T,
        argon2id_p: refr::ARGON2_P,
        k_hex: hex::encode(k),
        status_secret_hex: hex::encode(status),
        status_verifier_hex: hex::encode(StatusSecret(status).verifier()),
        reply_ikm_hex: hex::encode(ikm),
        reply_secret_key_hex: hex::encode(sk.to_bytes()),
        reply_public_key_hex: hex::encode(pk.to_bytes()),
    }
}

fn check_reference(v: &ReferenceVector, key: &HotlinePrivateKey) {
    use reach_core::reference::{Reference, WORD_LIST_LANGUAGES};
    let from_words = Reference::parse(&v.words["words_en"], "en").unwrap();
    let from_digits = Reference::parse(&v.digits, "en").unwrap();
    assert_eq!(from_words, from_digits);
    // Every list has its words in the vector, and nothing else does.
    let langs: Vec<&str> = v
        .words
        .keys()
        .map(|k| k.strip_prefix("words_").unwrap_or(k))
        .collect();
    let mut want = WORD_LIST_LANGUAGES.to_vec();
    want.sort_unstable();
    assert_eq!(langs, want);
    for lang in WORD_LIST_LANGUAGES {
        assert_eq!(
            Reference::parse(&v.words[&format!("words_{lang}")], lang).unwrap(),
            from_words,
            "{lang}"
        );
    }
    assert_eq!(hex::encode(from_words.bits_for_test_vector()), v.bits_hex);
    let keys = from_words.derive(key.public_key().key_id());
    assert_eq!(hex::encode(&keys.status.0), v.status_secret_hex);
    assert_eq!(hex::encode(keys.status.verifier()), v.status_verifier_hex);
    assert_eq!(
        hex::encode(keys.reply.secret_bytes()),
        v.reply_secret_key_hex
    );
    assert_eq!(
        hex::encode(keys.reply.public_key().to_bytes()),
        v.reply_public_key_hex
    );
}

fn feedback_vector(key: &HotlinePrivateKey, signer: &ReceiptSigner) -> FeedbackVector {
    use reach_contract::feedback::{
        FEEDBACK_VERSION, FeedbackAnswer, FeedbackAnswers, FeedbackPayload,
    };
    let id = ReferralId([0xf0; 16]);
    let payload = FeedbackPayload {
        v: FEEDBACK_VERSION,
        answers: FeedbackAnswers {
            helped: Some(FeedbackAnswer::Yes),
            safe: Some(FeedbackAnswer::Partly),
            recommend: None,
        },
    };
    let payload_json = json(&payload);
    let seed = [0x61; 32];
    let env = envelope::seal_feedback_for_test_vector(
        key.public_key(),
        id,
        payload_json.as_bytes(),
        seed,
    )
    .unwrap();
    FeedbackVector {
        id_hex: hex::encode(id.0),
        payload_json,
        info_utf8: String::from_utf8(envelope::FEEDBACK_HPKE_INFO.to_vec()).unwrap(),
        ephemeral_seed_hex: hex::encode(seed),
        envelope_hex: hex::encode(env.as_bytes()),
        receipt_b64: signer.sign(id, env.sha256()).to_base64(),
    }
}

fn check_feedback(f: &FeedbackVector, key: &HotlinePrivateKey, signer: &ReceiptSigner) {
    let env = Envelope::from_bytes(hex::decode(&f.envelope_hex).unwrap()).unwrap();
    assert_eq!(env.as_bytes().len(), envelope::FEEDBACK_ENVELOPE_LEN);
    assert_eq!(hex::encode(env.referral_id().0), f.id_hex);
    assert_eq!(env.header().status_verifier, [0; 32]);
    assert_eq!(f.info_utf8.as_bytes(), envelope::FEEDBACK_HPKE_INFO);
    let plain = envelope::open_feedback(key, &env).unwrap();
    assert_eq!(&plain[..], f.payload_json.as_bytes());
    // Not a request: it does not open as one.
    assert!(envelope::open(key, &env).is_err());
    let receipt = Receipt::from_base64(&f.receipt_b64).unwrap();
    signer.verifier().verify(&receipt, &env).unwrap();
}

fn check_reply(r: &ReplyVector, key: &HotlinePrivateKey) {
    let id = ReferralId(arr(&r.referral_id_hex));
    let phone = HotlinePrivateKey::from_bytes(arr(&r.reply_secret_key_hex)).unwrap();
    assert_eq!(
        hex::encode(phone.public_key().to_bytes()),
        r.reply_public_key_hex
    );
    assert_eq!(hex::encode(reply::aad(id, r.seq)), r.aad_hex);
    assert_eq!(r.info_utf8.as_bytes(), reply::REPLY_INFO);
    let sealed = hex::decode(&r.sealed_hex).unwrap();
    // enc, padded plaintext, tag.
    assert_eq!(sealed.len(), 32 + r.padded_len + 16);
    let opened = reply::open(&phone, key.public_key(), id, r.seq, &sealed).unwrap();
    assert_eq!(json(&opened), r.reply_json);
    // Sealing again with the published seed gives the published bytes.
    let again = reply::seal_for_test_vector(
        key,
        &phone.public_key().to_bytes(),
        &opened,
        arr(&r.ephemeral_seed_hex),
    )
    .unwrap();
    assert_eq!(hex::encode(again), r.sealed_hex);
    // Not from the hotline's key, or for another number: refused.
    assert!(reply::open(&phone, other_key().public_key(), id, r.seq, &sealed).is_err());
    assert!(reply::open(&phone, key.public_key(), id, r.seq + 1, &sealed).is_err());
    let status: StatusResponse = serde_json::from_str(&r.status_response_json).unwrap();
    assert_eq!(status.state, Some(ReferralState::Answered));
    assert_eq!(status.replies[0].sealed_bytes().unwrap(), sealed);
    assert_eq!(
        status.replies[0].key_id,
        key.public_key().key_id().to_string()
    );
}

/// The key file format (`crates/hotline/src/keyfile.rs`), unprotected, for the sealing key.
fn hpke_key_file_json(key: &HotlinePrivateKey) -> String {
    use base64::Engine as _;
    let key = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(key.secret_bytes());
    // Written out, not with `json!`, to keep the member order the key file has.
    format!(
        "{{\n  \"format\": \"reach-hotline-key-v1\",\n  \"kind\": \"hpke-x25519\",\n  \"key\": \"{key}\"\n}}\n"
    )
}

fn batch_vector(
    envs: &[Envelope],
    conflict: &Envelope,
    unknown: &Envelope,
    signer: &ReceiptSigner,
) -> Batch {
    let stored = |e: &Envelope, status| BatchResult {
        status,
        id: Some(e.referral_id().to_string()),
        receipt: Some(signer.sign(e.referral_id(), e.sha256()).to_base64()),
        code: None,
    };
    let refused = |id: Option<ReferralId>, code: ProblemCode| BatchResult {
        status: code.status(),
        id: id.map(|i| i.to_string()),
        receipt: None,
        code: Some(serde_json::to_value(code).unwrap().as_str().unwrap().into()),
    };
    // A wrong-length item: a whole header, but not a padded size.
    let short = &envs[0].as_bytes()[..200];
    let mut body = wire::encode_batch([&envs[0], &envs[0], conflict]);
    body[4..6].copy_from_slice(&6u16.to_be_bytes());
    body.extend_from_slice(&(short.len() as u32).to_be_bytes());
    body.extend_from_slice(short);
    for e in [unknown, &envs[1]] {
        body.extend_from_slice(&(e.as_bytes().len() as u32).to_be_bytes());
        body.extend_from_slice(e.as_bytes());
    }
    Batch {
        body_hex: hex::encode(&body),
        results: vec![
            stored(&envs[0], 201),
            // The same envelope twice in one batch: the second is an identical resend.
            stored(&envs[0], 200),
            // Same id, other bytes, in the same batch: refused.
            refused(Some(conflict.referral_id()), ProblemCode::Conflict),
            refused(None, ProblemCode::Malformed),
            refused(Some(unknown.referral_id()), ProblemCode::UnknownKey),
            stored(&envs[1], 201),
        ],
    }
}

/// name, method, path, content type, body, expected code.
type Row<'a> = (
    &'a str,
    &'a str,
    &'a str,
    Option<&'a str>,
    Body,
    ProblemCode,
);

fn negative_cases(good: &Envelope, conflict: &Envelope, unknown: &Envelope) -> Vec<Negative> {
    let g = good.as_bytes();
    let edit = |at: usize, to: u8| {
        let mut b = g.to_vec();
        b[at] = to;
        Body::Hex(hex::encode(b))
    };
    let hex_body = |b: &[u8]| Body::Hex(hex::encode(b));
    let one = wire::encode_batch([good]);
    let batch_with = |f: &dyn Fn(&mut Vec<u8>)| {
        let mut b = one.clone();
        f(&mut b);
        Body::Hex(hex::encode(b))
    };
    let status = |s: &str| Body::Utf8(s.into());
    let (env, bat, st) = (wire::PATH_ENVELOPES, wire::PATH_BATCH, wire::PATH_STATUS);
    let (ct_e, ct_b, ct_j) = (
        Some(wire::CT_ENVELOPE),
        Some(wire::CT_BATCH),
        Some(wire::CT_JSON),
    );
    let unknown_secret = StatusSecret([0xee; 32]).to_base64();
    let short_secret = {
        use base64::Engine as _;
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode([0xee; 31])
    };
    let rows: Vec<Row> = vec![
        (
            "single_bad_magic",
            "POST",
            env,
            ct_e,
            edit(0, b'X'),
            ProblemCode::Malformed,
        ),
        (
            "single_unknown_format_version",
            "POST",
            env,
            ct_e,
            edit(4, 2),
            ProblemCode::Malformed,
        ),
        (
            "single_unknown_suite",
            "POST",
            env,
            ct_e,
            edit(5, 2),
            ProblemCode::Malformed,
        ),
        (
            "single_shorter_than_header",
            "POST",
            env,
            ct_e,
            hex_body(&g[..61]),
            ProblemCode::Malformed,
        ),
        (
            "single_empty_body",
            "POST",
            env,
            ct_e,
            hex_body(&[]),
            ProblemCode::Malformed,
        ),
        (
            "single_not_a_padded_size",
            "POST",
            env,
            ct_e,
            hex_body(&[g, &[0]].concat()),
            ProblemCode::Malformed,
        ),
        (
            "single_largest_allowed_size_but_malformed",
            "POST",
            env,
            ct_e,
            Body::Zeros(wire::MAX_SINGLE_BYTES),
            ProblemCode::Malformed,
        ),
        (
            "single_one_byte_over_the_limit",
            "POST",
            env,
            ct_e,
            Body::Zeros(wire::MAX_SINGLE_BYTES + 1),
            ProblemCode::TooLarge,
        ),
        (
            "single_no_content_type",
            "POST",
            env,
            None,
            hex_body(g),
            ProblemCode::UnsupportedMediaType,
        ),
        (
            "single_wrong_content_type",
            "POST",
            env,
            Some("application/octet-stream"),
            hex_body(g),
            ProblemCode::UnsupportedMediaType,
        ),
        (
            "single_unknown_key",
            "POST",
            env,
            ct_e,
            hex_body(unknown.as_bytes()),
            ProblemCode::UnknownKey,
        ),
        (
            "single_conflict",
            "POST",
            env,
            ct_e,
            hex_body(conflict.as_bytes()),
            ProblemCode::Conflict,
        ),
        (
            "batch_bad_magic",
            "POST",
            bat,
            ct_b,
            batch_with(&|b| b[0] = b'X'),
            ProblemCode::Malformed,
        ),
        (
            "batch_shorter_than_its_header",
            "POST",
            bat,
            ct_b,
            hex_body(b"RCB1\x00"),
            ProblemCode::Malformed,
        ),
        (
            "batch_count_zero",
            "POST",
            bat,
            ct_b,
            hex_body(b"RCB1\x00\x00"),
            ProblemCode::Malformed,
        ),
        (
            "batch_count_257",
            "POST",
            bat,
            ct_b,
            batch_with(&|b| b[4..6].copy_from_slice(&257u16.to_be_bytes())),
            ProblemCode::TooLarge,
        ),
        (
            "batch_count_larger_than_items",
            "POST",
            bat,
            ct_b,
            batch_with(&|b| b[4..6].copy_from_slice(&2u16.to_be_bytes())),
            ProblemCode::Malformed,
        ),
        (
            "batch_truncated_item",
            "POST",
            bat,
            ct_b,
            batch_with(&|b| {
                b.pop();
            }),
            ProblemCode::Malformed,
        ),
        (
            "batch_trailing_bytes",
            "POST",
            bat,
            ct_b,
            batch_with(&|b| b.push(0)),
            ProblemCode::Malformed,
        ),
        (
            "batch_item_length_over_any_envelope",
            "POST",
            bat,
            ct_b,
            batch_with(&|b| b[6..10].copy_from_slice(&(MAX_ENVELOPE_LEN as u32 + 1).to_be_bytes())),
            ProblemCode::Malformed,
        ),
        (
            "batch_exactly_8_mib_is_read_then_malformed",
            "POST",
            bat,
            ct_b,
            Body::Zeros(wire::MAX_BATCH_BYTES),
            ProblemCode::Malformed,
        ),
        (
            "batch_one_byte_over_8_mib",
            "POST",
            bat,
            ct_b,
            Body::Zeros(wire::MAX_BATCH_BYTES + 1),
            ProblemCode::TooLarge,
        ),
        (
            "batch_no_content_type",
            "POST",
            bat,
            None,
            hex_body(&one),
            ProblemCode::UnsupportedMediaType,
        ),
        (
            "batch_single_envelope_content_type",
            "POST",
            bat,
            ct_e,
            hex_body(&one),
            ProblemCode::UnsupportedMediaType,
        ),
        (
            "status_unknown_secret",
            "POST",
            st,
            ct_j,
            status(&format!("{{\"secret\":\"{unknown_secret}\"}}")),
            ProblemCode::NotFound,
        ),
        (
            "status_secret_not_base64url",
            "POST",
            st,
            ct_j,
            status("{\"secret\":\"not a secret\"}"),
            ProblemCode::NotFound,
        ),
        (
            "status_secret_31_bytes",
            "POST",
            st,
            ct_j,
            status(&format!("{{\"secret\":\"{short_secret}\"}}")),
            ProblemCode::NotFound,
        ),
        (
            "status_padded_base64",
            "POST",
            st,
            ct_j,
            status(&format!("{{\"secret\":\"{unknown_secret}=\"}}")),
            ProblemCode::NotFound,
        ),
        (
            "status_not_json",
            "POST",
            st,
            ct_j,
            status("secret=abc"),
            ProblemCode::Malformed,
        ),
        (
            "status_no_secret_member",
            "POST",
            st,
            ct_j,
            status("{}"),
            ProblemCode::Malformed,
        ),
        (
            "status_unknown_member",
            "POST",
            st,
            ct_j,
            status(&format!("{{\"secret\":\"{unknown_secret}\",\"id\":\"x\"}}")),
            ProblemCode::Malformed,
        ),
        (
            "status_over_1_kib",
            "POST",
            st,
            ct_j,
            Body::Zeros(wire::MAX_STATUS_BYTES + 1),
            ProblemCode::TooLarge,
        ),
        (
            "status_no_content_type",
            "POST",
            st,
            None,
            status(&format!("{{\"secret\":\"{unknown_secret}\"}}")),
            ProblemCode::UnsupportedMediaType,
        ),
        (
            "unknown_route",
            "GET",
            "/v1/referrals",
            None,
            hex_body(&[]),
            ProblemCode::NotFound,
        ),
        (
            "old_status_route_with_id_in_path",
            "GET",
            "/v1/status/01010101010101010101010101010101",
            None,
            hex_body(&[]),
            ProblemCode::NotFound,
        ),
    ];
    rows.into_iter()
        .map(|(name, method, path, ct, body, code)| Negative {
            name: name.into(),
            method: method.into(),
            path: path.into(),
            content_type: ct.map(Into::into),
            body,
            status: code.status(),
            code: serde_json::to_value(code).unwrap().as_str().unwrap().into(),
        })
        .collect()
}

fn newer_minor() -> NewerMinor {
    let known = reach_core::referral::sample_minimal();
    let mut v: serde_json::Value = serde_json::from_slice(&known.to_bytes()).unwrap();
    v["pronouns"] = "they/them".into();
    v["contact"]["methods"][0]["note"] = "after 6pm".into();
    let payload = serde_json::to_string(&v).unwrap();
    let read = referral_compat::read(payload.as_bytes()).unwrap();
    NewerMinor {
        payload_utf8: payload,
        known_utf8: String::from_utf8(read.referral.to_bytes()).unwrap(),
        unknown_fields: read
            .unknown_fields
            .into_iter()
            .map(|u| UnknownMember {
                field: u.field,
                json: u.json.into_inner(),
            })
            .collect(),
    }
}

/// What the reference endpoint answers for a negative case, from the core types alone, in the
/// order the server checks: route, content type, size limit, then the body.
fn expected_refusal(n: &Negative, vectors: &Vectors) -> ProblemCode {
    let body = n.body.bytes();
    let ct_is = |want: &str| n.content_type.as_deref() == Some(want);
    match (n.method.as_str(), n.path.as_str()) {
        ("POST", wire::PATH_ENVELOPES) => {
            if !ct_is(wire::CT_ENVELOPE) {
                return ProblemCode::UnsupportedMediaType;
            }
            if body.len() > wire::MAX_SINGLE_BYTES {
                return ProblemCode::TooLarge;
            }
            let Ok(env) = Envelope::from_bytes(body.clone()) else {
                return ProblemCode::Malformed;
            };
            if env.header().key_id.to_string() != vectors.key_id_hex {
                return ProblemCode::UnknownKey;
            }
            let stored = vectors
                .cases
                .iter()
                .find(|c| c.referral_id_hex == env.referral_id().to_string())
                .expect("a negative case with a good envelope conflicts with a stored case");
            assert_ne!(stored.envelope_hex, hex::encode(&body), "{}", n.name);
            ProblemCode::Conflict
        }
        ("POST", wire::PATH_BATCH) => {
            if !ct_is(wire::CT_BATCH) {
                return ProblemCode::UnsupportedMediaType;
            }
            match wire::decode_batch(&body) {
                Err(WireError::TooLarge) => ProblemCode::TooLarge,
                Err(WireError::Malformed(_)) => ProblemCode::Malformed,
                Ok(_) => panic!("{}: a well-formed batch is not a negative case", n.name),
            }
        }
        ("POST", wire::PATH_STATUS) => {
            if !ct_is(wire::CT_JSON) {
                return ProblemCode::UnsupportedMediaType;
            }
            if body.len() > wire::MAX_STATUS_BYTES {
                return ProblemCode::TooLarge;
            }
            let Ok(ask) = serde_json::from_slice::<StatusRequest>(&body) else {
                return ProblemCode::Malformed;
            };
            if let Some(secret) = ask.secret() {
                let v = hex::encode(secret.verifier());
                assert!(
                    vectors.cases.iter().all(|c| c.status_verifier_hex != v),
                    "{}",
                    n.name
                );
            }
            ProblemCode::NotFound
        }
        (_, path) => {
            assert!(
                ![
                    wire::PATH_ENVELOPES,
                    wire::PATH_BATCH,
                    wire::PATH_STATUS,
                    wire::PATH_PROFILE,
                    wire::PATH_OPENAPI
                ]
                .contains(&path),
                "{}",
                n.name
            );
            ProblemCode::NotFound
        }
    }
}

#[test]
fn published_vectors_hold() {
    if std::env::var_os("REACH_WRITE_VECTORS").is_some() {
        let v = generate();
        std::fs::write(path(), serde_json::to_string_pretty(&v).unwrap() + "\n").unwrap();
    }
    let text = std::fs::read_to_string(path()).unwrap();
    let v: Vectors = serde_json::from_str(&text).unwrap();
    // Nothing in the file is left unread: it equals what the code generates, field by field.
    let fresh = generate();
    assert_eq!(
        serde_json::to_value(&fresh).unwrap(),
        serde_json::from_str::<serde_json::Value>(&text).unwrap(),
        "docs/test-vectors/v1.json differs from what the code produces"
    );

    // Keys.
    let key = HotlinePrivateKey::from_bytes(arr(&v.hotline_secret_key_hex)).unwrap();
    assert_eq!(
        hex::encode(key.public_key().to_bytes()),
        v.hotline_public_key_hex
    );
    assert_eq!(key.public_key().key_id().to_string(), v.key_id_hex);
    let seed: [u8; 32] = arr(&v.receipt_signer_seed_hex);
    let pkcs8 = hex::decode(&v.receipt_signer_pkcs8_hex).unwrap();
    let public = hex::decode(&v.receipt_public_key_hex).unwrap();
    // The PKCS#8 document is exactly prefix | seed | tag | public key, and the raw seed alone
    // gives the same key pair.
    assert_eq!(
        pkcs8,
        [&PKCS8_V2_PREFIX[..], &seed, &PKCS8_V2_PUBLIC_TAG, &public].concat()
    );
    Ed25519KeyPair::from_seed_and_public_key(&seed, &public).unwrap();
    let signer = ReceiptSigner::from_pkcs8(&pkcs8).unwrap();
    assert_eq!(signer.verifier().to_bytes()[..], public[..]);
    assert_eq!(signer.verifier().key_id().to_string(), v.receipt_key_id_hex);

    // The profile parses, validates and names exactly these keys.
    let profile = HotlineProfile::from_json(&v.profile_json).unwrap();
    assert_eq!(profile.to_json(), v.profile_json);
    assert_eq!(profile.sealing_key().unwrap(), *key.public_key());
    assert_eq!(
        profile.receipt_verifiers().unwrap(),
        vec![signer.verifier()]
    );

    // Envelope cases: one per padding bucket, at least.
    let buckets: std::collections::BTreeSet<usize> = v.cases.iter().map(|c| c.padded_len).collect();
    assert_eq!(
        buckets.into_iter().collect::<Vec<_>>(),
        envelope::PADDED_SIZES
    );
    for c in &v.cases {
        check_case(c, &key, &signer);
    }

    // The batch frames its items as documented and each item's expected result follows.
    let body = hex::decode(&v.batch.body_hex).unwrap();
    let items = wire::decode_batch(&body).unwrap();
    assert_eq!(items.len(), v.batch.results.len());
    let mut seen = std::collections::HashMap::new();
    for (item, want) in items.iter().zip(&v.batch.results) {
        let got = match Envelope::from_bytes(item.to_vec()) {
            Err(_) => BatchResult {
                status: 400,
                id: None,
                receipt: None,
                code: Some("malformed".into()),
            },
            Ok(e) if e.header().key_id != key.public_key().key_id() => BatchResult {
                status: 422,
                id: Some(e.referral_id().to_string()),
                receipt: None,
                code: Some("unknown_key".into()),
            },
            Ok(e) => match seen.get(&e.referral_id()) {
                Some(sha) if *sha != e.sha256() => BatchResult {
                    status: 409,
                    id: Some(e.referral_id().to_string()),
                    receipt: None,
                    code: Some("conflict".into()),
                },
                previous => {
                    let status = if previous.is_some() { 200 } else { 201 };
                    seen.insert(e.referral_id(), e.sha256());
                    let receipt = signer.sign(e.referral_id(), e.sha256());
                    signer.verifier().verify(&receipt, &e).unwrap();
                    BatchResult {
                        status,
                        id: Some(e.referral_id().to_string()),
                        receipt: Some(receipt.to_base64()),
                        code: None,
                    }
                }
            },
        };
        assert_eq!(&got, want);
        // Each expected result is a valid batch item as the app parses it.
        let item: BatchItem = serde_json::from_value(serde_json::json!({
            "status": want.status,
            "id": want.id,
            "receipt": want.receipt,
        }))
        .unwrap();
        assert_eq!(item.receipt.is_some(), want.receipt.is_some());
    }

    // The problem answer.
    let problem: Problem = serde_json::from_str(&v.problem_example.json).unwrap();
    assert_eq!(problem, Problem::new(problem.code, None));
    assert_eq!(
        problem.type_uri,
        format!("urn:reach:problem:{}", "conflict")
    );
    let case = v
        .negative_cases
        .iter()
        .find(|n| n.name == v.problem_example.case)
        .unwrap();
    assert_eq!(case.status, problem.status);

    // Negative cases: every code is a known one with its status, and the core types agree.
    for n in &v.negative_cases {
        let code: ProblemCode = serde_json::from_value(n.code.clone().into()).unwrap();
        assert_eq!(code.status(), n.status, "{}", n.name);
        assert_eq!(expected_refusal(n, &v), code, "{}", n.name);
    }

    // A newer app's payload of the same major version.
    let m = &v.newer_minor_payload;
    assert!(Referral::from_bytes(m.payload_utf8.as_bytes()).is_err());
    let read = referral_compat::read(m.payload_utf8.as_bytes()).unwrap();
    assert_eq!(read.referral.to_bytes(), m.known_utf8.as_bytes());
    let unknown: Vec<UnknownMember> = read
        .unknown_fields
        .into_iter()
        .map(|u| UnknownMember {
            field: u.field,
            json: u.json.into_inner(),
        })
        .collect();
    assert_eq!(unknown, m.unknown_fields);

    check_reply(&v.reply, &key);
    check_feedback(&v.feedback, &key, &signer);
    check_reference(&v.reference, &key);
}

fn check_case(c: &Case, key: &HotlinePrivateKey, signer: &ReceiptSigner) {
    let id = ReferralId(arr(&c.referral_id_hex));
    let secret = StatusSecret(arr(&c.status_secret_hex));
    assert_eq!(
        hex::encode(secret.verifier()),
        c.status_verifier_hex,
        "{}",
        c.name
    );
    assert_eq!(json(&StatusRequest::new(&secret)), c.status_request_json);
    // The ephemeral seed is DeriveKeyPair's ikm; its public half is the envelope's `enc`.
    let eph_seed: [u8; 32] = arr(&c.ephemeral_seed_hex);
    let (sk_e, pk_e) = X25519HkdfSha256::derive_keypair(&eph_seed);
    assert_eq!(hex::encode(sk_e.to_bytes()), c.ephemeral_secret_key_hex);
    assert_eq!(hex::encode(pk_e.to_bytes()), c.ephemeral_public_key_hex);
    let bytes = hex::decode(&c.envelope_hex).unwrap();
    assert_eq!(hex::encode(&bytes[62..94]), c.ephemeral_public_key_hex);
    // Sealing with the same inputs reproduces the bytes exactly.
    let sealed = seal(key, id, &secret, c.payload_utf8.as_bytes(), eph_seed);
    assert_eq!(hex::encode(sealed.as_bytes()), c.envelope_hex, "{}", c.name);
    // Length: header, enc, padded plaintext, tag.
    assert_eq!(bytes.len(), 62 + 32 + c.padded_len + 16, "{}", c.name);
    // Parsing and opening the published bytes gives the published payload and header.
    let env = Envelope::from_bytes(bytes.clone()).unwrap();
    assert_eq!(env.referral_id(), id);
    assert_eq!(env.header().key_id, key.public_key().key_id());
    assert_eq!(
        hex::encode(env.header().status_verifier),
        c.status_verifier_hex
    );
    assert_eq!(hex::encode(env.sha256()), c.envelope_sha256_hex);
    let payload = envelope::open(key, &env).unwrap();
    assert_eq!(&payload[..], c.payload_utf8.as_bytes());
    Referral::from_bytes(&payload).unwrap();
    // Receipts are deterministic and verify; the JSON answers carry them as documented.
    let receipt = Receipt::from_bytes(&hex::decode(&c.receipt_hex).unwrap()).unwrap();
    assert_eq!(signer.sign(id, env.sha256()), receipt, "{}", c.name);
    signer.verifier().verify(&receipt, &env).unwrap();
    let delivered: Delivered = serde_json::from_str(&c.delivered_json).unwrap();
    assert_eq!(delivered, Delivered { id, receipt });
    let status: StatusResponse = serde_json::from_str(&c.status_response_json).unwrap();
    assert_eq!(
        (status.id, status.state),
        (id, Some(ReferralState::Received))
    );
    assert!(status.replies.is_empty());
    // One flipped bit anywhere in the published envelope is caught.
    let mut tampered = bytes;
    let mid = tampered.len() / 2;
    tampered[mid] ^= 0x01;
    let tampered = Envelope::from_bytes(tampered).unwrap();
    assert!(envelope::open(key, &tampered).is_err());
}
