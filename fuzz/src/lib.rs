//! Shared by the fuzz targets: the published test-vector keys, and seed inputs made by the real
//! code (not committed binaries), so that every run starts from valid envelopes, batches,
//! receipts, referrals and profiles of the current format and mutates outwards from them.
//!
//! Each target plants its seeds from libFuzzer's init hook (see [`plant`]), before libFuzzer
//! reads its corpus, so `cargo fuzz run <target>` needs no other setup step.

use std::path::PathBuf;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use reach_core::envelope::{self, Envelope, HotlinePrivateKey};
use reach_core::ids::ReferralId;
use reach_core::profile::HotlineProfile;
use reach_core::receipt::{Receipt, ReceiptSigner};
use reach_core::referral::{
    self, AgeGroup, ConsentScope, ContactMethod, ForWhom, IfSomeoneElseAnswers, LanguageTag, Need,
    PhoneNumber, Referral, ResponderGender, Sensitive, TimeOfDay, TimeWindow, TimeZoneName,
    Urgency, Weekday,
};
use reach_core::wire::{self, BatchItem, BatchResponse, Delivered, Problem, ProblemCode};

/// `docs/test-vectors/v1.json`, compiled in so the seeds follow the published vectors.
const VECTORS: &str = include_str!("../../docs/test-vectors/v1.json");

/// A named seed input.
pub type Seed = (String, Vec<u8>);

/// One case of the published vectors, decoded.
pub struct VectorCase {
    /// The referral JSON that was sealed.
    pub payload: Vec<u8>,
    /// The sealed envelope.
    pub envelope: Envelope,
    /// The receipt for it.
    pub receipt: Receipt,
}

fn vectors() -> serde_json::Value {
    serde_json::from_str(VECTORS).expect("docs/test-vectors/v1.json is JSON")
}

fn hex_field(v: &serde_json::Value, field: &str) -> Vec<u8> {
    hex::decode(v[field].as_str().expect("a hex string field")).expect("hex")
}

/// The hotline key of the published vectors: lets targets open envelopes as the hotline does.
pub fn vector_key() -> HotlinePrivateKey {
    let raw = hex_field(&vectors(), "hotline_secret_key_hex");
    HotlinePrivateKey::from_bytes(raw.try_into().expect("32 bytes")).expect("a valid key")
}

/// The receipt signer of the published vectors.
pub fn vector_signer() -> ReceiptSigner {
    ReceiptSigner::from_pkcs8(&hex_field(&vectors(), "receipt_signer_pkcs8_hex"))
        .expect("a valid PKCS#8 key")
}

/// The published cases, parsed by the real parsers.
pub fn vector_cases() -> Vec<VectorCase> {
    let v = vectors();
    v["cases"]
        .as_array()
        .expect("cases")
        .iter()
        .map(|c| VectorCase {
            payload: c["payload_utf8"]
                .as_str()
                .expect("payload")
                .as_bytes()
                .to_vec(),
            envelope: Envelope::from_bytes(hex_field(c, "envelope_hex")).expect("an envelope"),
            receipt: Receipt::from_bytes(&hex_field(c, "receipt_hex")).expect("a receipt"),
        })
        .collect()
}

/// Writes `seeds` as `seed-<name>` files into the corpus directory libFuzzer was given (the
/// first argument that is a directory), unless they are already there. Does nothing when the
/// target runs on single files (reproducing a crash).
pub fn plant(seeds: impl FnOnce() -> Vec<Seed>) {
    let Some(dir) = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .map(PathBuf::from)
        .find(|p| p.is_dir())
    else {
        return;
    };
    for (name, bytes) in seeds() {
        let path = dir.join(format!("seed-{name}"));
        if std::fs::read(&path).ok().as_deref() != Some(&bytes[..]) {
            std::fs::write(&path, &bytes).expect("the corpus directory is writable");
        }
    }
}

/// An envelope sealed to the vector key with a fixed ephemeral seed (deterministic bytes).
fn sealed(payload: &[u8], id: u8) -> Envelope {
    let key = vector_key();
    envelope::seal_for_test_vector(
        key.public_key(),
        ReferralId([id; 16]),
        [id; 32],
        payload,
        [id; 32],
    )
    .expect("seals")
}

/// Envelopes: the published ones, one of the next padded size, and a bare header.
pub fn envelopes() -> Vec<Seed> {
    let mut out: Vec<Seed> = vector_cases()
        .into_iter()
        .enumerate()
        .map(|(i, c)| (format!("vector-{i}"), c.envelope.into_bytes()))
        .collect();
    let medium = sealed(&variety().to_bytes().repeat(3), 7);
    out.push(("header-only".into(), medium.header().to_bytes().to_vec()));
    out.push(("padded-4096".into(), medium.into_bytes()));
    out
}

/// Batches framed by [`wire::encode_batch`] from real envelopes.
pub fn batches() -> Vec<Seed> {
    let envs: Vec<Envelope> = vector_cases().into_iter().map(|c| c.envelope).collect();
    vec![
        ("one".into(), wire::encode_batch(&envs[..1])),
        ("two".into(), wire::encode_batch(&envs)),
        ("resend".into(), wire::encode_batch([&envs[0], &envs[0]])),
    ]
}

/// Receipts in every form the app reads them: raw, base64url, and inside the JSON bodies of
/// the single and batch delivery responses.
pub fn receipts() -> Vec<Seed> {
    let cases = vector_cases();
    let mut out = Vec::new();
    for (i, c) in cases.iter().enumerate() {
        out.push((format!("raw-{i}"), c.receipt.as_bytes().to_vec()));
        out.push((format!("base64-{i}"), c.receipt.to_base64().into_bytes()));
        let delivered = Delivered {
            id: c.envelope.referral_id(),
            receipt: c.receipt.clone(),
        };
        out.push((
            format!("delivered-{i}"),
            serde_json::to_vec(&delivered).expect("serialises"),
        ));
    }
    let batch = BatchResponse {
        results: vec![
            BatchItem {
                status: 201,
                id: Some(cases[0].envelope.referral_id()),
                receipt: Some(cases[0].receipt.clone()),
                problem: None,
            },
            BatchItem {
                status: 409,
                id: Some(cases[1].envelope.referral_id()),
                receipt: None,
                problem: Some(Problem::new(
                    ProblemCode::Conflict,
                    "already used".to_owned(),
                )),
            },
            BatchItem {
                status: 400,
                id: None,
                receipt: None,
                problem: Some(Problem::new(ProblemCode::Malformed, None)),
            },
        ],
    };
    out.push((
        "batch-response".into(),
        serde_json::to_vec(&batch).expect("serialises"),
    ));
    out
}

/// A valid referral that uses every field and every kind of contact method.
pub fn variety() -> Referral {
    let phone = PhoneNumber::parse("+44 20 7946 0958", None).expect("a valid number");
    let mut r = Referral {
        needs: Need::ALL.into(),
        urgency: Some(Urgency::Now),
        for_whom: Some(ForWhom::AssistedByOutreach),
        age_group: Some(AgeGroup::Under18),
        language: Some(LanguageTag::parse("zh-Hant-TW").expect("a valid tag")),
        place: Some(Sensitive::new("near the fish market, back door".to_owned())),
        message: Some(Sensitive::new(
            "Line one.\nLine two with\ttab, ภาษาไทย, አማርኛ.".to_owned(),
        )),
        reply_public_key: Some([3; 32]),
        status_verifier: Some([4; 32]),
        ..referral::sample()
    };
    r.contact.methods = vec![
        ContactMethod::Sms {
            phone: phone.clone(),
        },
        ContactMethod::Call { phone },
        ContactMethod::MessagingApp {
            app: "Zalo".into(),
            handle: "@someone".into(),
        },
        ContactMethod::Email {
            address: "a@b.example".into(),
        },
        ContactMethod::InPersonViaOutreach,
        ContactMethod::CheckBackInApp,
    ];
    r.contact.safe_times = vec![TimeWindow {
        days: Weekday::ALL[..3].iter().copied().collect(),
        start: TimeOfDay::new(22, 30).expect("a time"),
        end: TimeOfDay::new(2, 0).expect("a time"),
        time_zone: TimeZoneName::parse("europe/london").expect("a zone"),
    }];
    r.contact.voicemail_ok = Some(true);
    r.contact.if_someone_else_answers = Some(IfSomeoneElseAnswers::Other(
        "say you are from the clinic".into(),
    ));
    r.contact.responder_gender = Some(ResponderGender::Woman);
    r.consent.scope = ConsentScope::MayInvolvePolice;
    r.validate().expect("the variety referral is valid");
    r
}

/// Referrals as serialised by the real code.
pub fn referrals() -> Vec<Seed> {
    let mut out: Vec<Seed> = vector_cases()
        .into_iter()
        .enumerate()
        .map(|(i, c)| (format!("vector-{i}"), c.payload))
        .collect();
    out.push(("sample".into(), referral::sample().to_bytes()));
    out.push(("variety".into(), variety().to_bytes()));
    out
}

/// Profiles as `reach-hotline init` prints them, plus rotation, pinned roots and loopback.
pub fn profiles() -> Vec<Seed> {
    let key = vector_key();
    let signer = vector_signer();
    let plain = HotlineProfile::new(
        "Test hotline",
        "https://intake.example.org",
        key.public_key(),
        &signer.verifier(),
    );
    let mut rotated = plain.clone();
    rotated.endpoint = "http://[::1]:8080/".into();
    rotated.keys.push(plain.keys[0].clone());
    rotated.receipt_keys.push(URL_SAFE_NO_PAD.encode([9u8; 32]));
    rotated.tls_roots = vec![URL_SAFE_NO_PAD.encode(b"not really DER")];
    let mut loopback = plain.clone();
    loopback.endpoint = "http://127.0.0.1:8080".into();
    let mut out = Vec::new();
    for (name, p) in [
        ("plain", plain),
        ("rotated", rotated),
        ("loopback", loopback),
    ] {
        p.validate().expect("the seed profile is valid");
        out.push((name.to_owned(), p.to_json().into_bytes()));
    }
    out
}
