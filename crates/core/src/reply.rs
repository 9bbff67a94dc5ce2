//! Replies from the hotline's staff to the person who asked.
//!
//! Why this shape: the staff inbox holds the hotline's private key, `serve` never does
//! (ARCHITECTURE.md). A reply is sealed in the inbox with HPKE **Auth mode** (RFC 9180 §5.1.3):
//! to the request's own reply key (whose public half travelled inside the sealed request), and
//! authenticated with the hotline's X25519 sealing key. So `serve`, which stores and relays
//! replies, can neither read one nor write one the phone would accept; nor can anyone who stole
//! the status secret. The phone opens it with the reply key and the hotline's public key from
//! its profile.
//!
//! Binding: `info` names the format, `aad` is the referral id and the reply's number, and the
//! plaintext repeats both, so a reply cannot be moved to another request or another place in
//! the list, and a replayed copy is the same reply (the phone keeps one per number).
//!
//! Plaintext: the [`Reply`] as JSON, then ASCII spaces up to a multiple of [`PAD_TO`] bytes (a
//! JSON parser skips trailing whitespace), so its length says little about the note.

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use hpke::aead::ChaCha20Poly1305;
use hpke::kdf::HkdfSha256;
use hpke::kem::X25519HkdfSha256 as Kem;
use hpke::{Deserializable as _, OpModeR, OpModeS, Serializable as _};

use crate::envelope::{HotlinePrivateKey, HotlinePublicKey};
use crate::ids::ReferralId;
use crate::referral::{LanguageTag, TimeOfDay, Weekday};
pub use reach_contract::limits::{REPLIES_MAX, REPLY_TEXT_MAX_CHARS};
pub use reach_contract::reply::{ReplyTemplate, ReplyView};

/// Version of the reply plaintext; a phone refuses others (it cannot know their meaning).
pub const REPLY_VERSION: u16 = 1;
/// HPKE `info` of every reply.
pub const REPLY_INFO: &[u8] = b"reach reply v1";
/// Prefix of the `aad`: `REPLY_AAD_LABEL || referral id (16 bytes) || seq (u32, big-endian)`.
pub const REPLY_AAD_LABEL: &[u8] = b"reach reply aad v1\0";
/// The padded plaintext is a multiple of this many bytes.
pub const PAD_TO: usize = 256;
/// Largest sealed reply (enc, padded plaintext, tag) a phone accepts or a hotline stores: a
/// maximal note is 2,000 bytes of UTF-8, the rest of the JSON well under 512.
pub const MAX_SEALED_REPLY_LEN: usize = 32 + 2816 + 16;

const ENC_LEN: usize = 32;
const TAG_LEN: usize = 16;

/// Why a reply could not be made, or was refused on the phone.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReplyError {
    /// A template that names a day and window lacks one, or one that does not has one.
    #[error("this template needs a day and a time window, or must not have one")]
    Window,
    /// The window starts and ends at the same minute.
    #[error("the time window is empty")]
    EmptyWindow,
    /// The note is over [`REPLY_TEXT_MAX_CHARS`] characters, or empty.
    #[error("the note has 1 to {REPLY_TEXT_MAX_CHARS} characters")]
    Text,
    /// Sequence numbers start at 1 and stop at [`REPLIES_MAX`].
    #[error("reply number out of range")]
    Sequence,
    /// Over [`MAX_SEALED_REPLY_LEN`] bytes.
    #[error("the sealed reply is too large")]
    TooLarge,
    /// A key is not a valid X25519 key.
    #[error("invalid key")]
    InvalidKey,
    /// Does not open: not written with the hotline's key to this request's reply key, or
    /// changed on the way, or moved from another request or number.
    #[error("the reply is not from the hotline's key, or was changed")]
    NotAuthentic,
    /// Opened, but not a reply of this version, or for another request or number.
    #[error("the reply's content is not valid: {0}")]
    Invalid(&'static str),
}

/// A reply as the staff inbox writes it and the phone reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reply {
    /// [`REPLY_VERSION`].
    pub v: u16,
    /// The request it answers (also bound by the `aad`).
    pub referral_id: ReferralId,
    /// Its number within the request, from 1 (also bound by the `aad`).
    pub seq: u32,
    /// The template's spelling; text, so that a newer template reaches an older phone as
    /// "cannot show" rather than as an error.
    pub template: String,
    /// Day of the window (window templates only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<Weekday>,
    /// Start of the window, in the person's own time zone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<TimeOfDay>,
    /// End of the window (exclusive; earlier than `from` crosses midnight, as safe times do).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<TimeOfDay>,
    /// A short note in the staff member's words, shown as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The language the person asked to be answered in (their request's `language`, BCP 47).
    /// A phone shows a reply in its own screens' language; one that checks a reference typed
    /// as digits (a friend's, a worker's) learns the person's language only from this. Older
    /// phones ignore it; one that cannot read it shows the reply anyway.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

/// A window to name in a reply: day, from, to, in the person's time zone.
pub type ReplyWindow = (Weekday, TimeOfDay, TimeOfDay);

impl Reply {
    /// A checked reply: the template's window rule, a non-empty window, the note's length.
    pub fn new(
        referral_id: ReferralId,
        seq: u32,
        template: ReplyTemplate,
        window: Option<ReplyWindow>,
        text: Option<&str>,
    ) -> Result<Self, ReplyError> {
        let text = text.map(str::trim).filter(|t| !t.is_empty());
        let reply = Self {
            v: REPLY_VERSION,
            referral_id,
            seq,
            template: template.as_str().to_owned(),
            day: window.map(|w| w.0),
            from: window.map(|w| w.1),
            to: window.map(|w| w.2),
            text: text.map(str::to_owned),
            lang: None,
        };
        reply.check()?;
        Ok(reply)
    }

    /// The same reply naming the person's language (from their request; none, none named).
    pub fn in_language(self, lang: Option<&LanguageTag>) -> Self {
        Self {
            lang: lang.map(|l| l.as_str().to_owned()),
            ..self
        }
    }

    /// The template, when this version knows it.
    pub fn known_template(&self) -> Option<ReplyTemplate> {
        ReplyTemplate::parse(&self.template)
    }

    fn check(&self) -> Result<(), ReplyError> {
        if self.seq == 0 || self.seq as usize > REPLIES_MAX {
            return Err(ReplyError::Sequence);
        }
        if let Some(text) = &self.text
            && (text.trim().is_empty() || text.chars().count() > REPLY_TEXT_MAX_CHARS)
        {
            return Err(ReplyError::Text);
        }
        let has_window = match (self.day, self.from, self.to) {
            (None, None, None) => false,
            (Some(_), Some(from), Some(to)) if from == to => return Err(ReplyError::EmptyWindow),
            (Some(_), Some(_), Some(_)) => true,
            _ => return Err(ReplyError::Window),
        };
        // Unknown (newer) templates carry whatever their version defines.
        if let Some(t) = self.known_template()
            && t.needs_window() != has_window
        {
            return Err(ReplyError::Window);
        }
        Ok(())
    }

    /// What the status screen shows.
    pub fn view(&self) -> ReplyView {
        ReplyView {
            seq: self.seq,
            template: self.template.clone(),
            day: self.day,
            from: self.from.map(|t| t.to_string()),
            to: self.to.map(|t| t.to_string()),
            text: self.text.clone(),
            // A tag that is not one is a hint lost, not a reply refused.
            lang: self
                .lang
                .as_deref()
                .and_then(|l| LanguageTag::parse(l).ok())
                .map(|l| l.as_str().to_owned()),
        }
    }
}

/// The `aad` binding a reply to its request and number.
pub fn aad(referral_id: ReferralId, seq: u32) -> Vec<u8> {
    let mut aad = Vec::with_capacity(REPLY_AAD_LABEL.len() + 20);
    aad.extend_from_slice(REPLY_AAD_LABEL);
    aad.extend_from_slice(referral_id.as_bytes());
    aad.extend_from_slice(&seq.to_be_bytes());
    aad
}

/// Seals `reply` to the request's reply key, authenticated with the hotline's private key.
/// Format: `enc (32 bytes) || ciphertext`.
pub fn seal(
    hotline: &HotlinePrivateKey,
    reply_public_key: &[u8; 32],
    reply: &Reply,
) -> Result<Vec<u8>, ReplyError> {
    seal_with_rng(hotline, reply_public_key, reply, &mut crate::rng::RingRng)
}

/// [`seal`] with a fixed ephemeral key seed (RFC 9180 `DeriveKeyPair`'s input), for the
/// published test vectors only; reusing a seed for real replies would break HPKE's security.
#[cfg(any(test, feature = "test-support"))]
pub fn seal_for_test_vector(
    hotline: &HotlinePrivateKey,
    reply_public_key: &[u8; 32],
    reply: &Reply,
    ephemeral_seed: [u8; 32],
) -> Result<Vec<u8>, ReplyError> {
    let mut rng = crate::envelope::FixedSeed(ephemeral_seed, 0);
    seal_with_rng(hotline, reply_public_key, reply, &mut rng)
}

/// The plaintext exactly as sealed: the reply's JSON, then spaces to a multiple of [`PAD_TO`].
pub fn padded_plaintext(reply: &Reply) -> Result<Zeroizing<Vec<u8>>, ReplyError> {
    let mut plain = Zeroizing::new(serde_json::to_vec(reply).map_err(|_| ReplyError::Text)?);
    let padded = plain.len().div_ceil(PAD_TO).max(1) * PAD_TO;
    plain.resize(padded, b' ');
    Ok(plain)
}

fn seal_with_rng(
    hotline: &HotlinePrivateKey,
    reply_public_key: &[u8; 32],
    reply: &Reply,
    rng: &mut impl rand_core::CryptoRng,
) -> Result<Vec<u8>, ReplyError> {
    reply.check()?;
    let plain = padded_plaintext(reply)?;
    if ENC_LEN + plain.len() + TAG_LEN > MAX_SEALED_REPLY_LEN {
        return Err(ReplyError::TooLarge);
    }
    let to = <Kem as hpke::Kem>::PublicKey::from_bytes(reply_public_key)
        .map_err(|_| ReplyError::InvalidKey)?;
    let sk = <Kem as hpke::Kem>::PrivateKey::from_bytes(&hotline.secret_bytes()[..])
        .map_err(|_| ReplyError::InvalidKey)?;
    let pk = <Kem as hpke::Kem>::PublicKey::from_bytes(&hotline.public_key().to_bytes())
        .map_err(|_| ReplyError::InvalidKey)?;
    let (enc, ct) = hpke::single_shot_seal_with_rng::<ChaCha20Poly1305, HkdfSha256, Kem>(
        &OpModeS::Auth((sk, pk)),
        &to,
        REPLY_INFO,
        &plain,
        &aad(reply.referral_id, reply.seq),
        rng,
    )
    .map_err(|_| ReplyError::InvalidKey)?;
    let mut out = Vec::with_capacity(ENC_LEN + ct.len());
    out.extend_from_slice(&enc.to_bytes());
    out.extend_from_slice(&ct);
    Ok(out)
}

/// Opens one reply of a status answer: checked against the key of `hotline_keys` it names, for
/// request `referral_id` and its own number. Used by the store (replies it keeps) and by a
/// reference check (replies shown once, kept nowhere).
pub fn open_item(
    reply_key: &HotlinePrivateKey,
    hotline_keys: &[HotlinePublicKey],
    referral_id: ReferralId,
    item: &crate::wire::SealedReply,
) -> Result<Reply, ReplyError> {
    use std::str::FromStr as _;
    crate::envelope::KeyId::from_str(&item.key_id)
        .ok()
        .and_then(|kid| hotline_keys.iter().find(|k| k.key_id() == kid))
        .zip(item.sealed_bytes())
        .ok_or(ReplyError::NotAuthentic)
        .and_then(|(hotline, sealed)| open(reply_key, hotline, referral_id, item.seq, &sealed))
}

/// Opens a reply on the phone and checks it: written with `hotline`'s key, to `reply_key`, for
/// request `referral_id` at number `seq`, in this version, within every limit.
pub fn open(
    reply_key: &HotlinePrivateKey,
    hotline: &HotlinePublicKey,
    referral_id: ReferralId,
    seq: u32,
    sealed: &[u8],
) -> Result<Reply, ReplyError> {
    if sealed.len() > MAX_SEALED_REPLY_LEN {
        return Err(ReplyError::TooLarge);
    }
    if sealed.len() < ENC_LEN + TAG_LEN {
        return Err(ReplyError::NotAuthentic);
    }
    let enc = <Kem as hpke::Kem>::EncappedKey::from_bytes(&sealed[..ENC_LEN])
        .map_err(|_| ReplyError::NotAuthentic)?;
    let sk = <Kem as hpke::Kem>::PrivateKey::from_bytes(&reply_key.secret_bytes()[..])
        .map_err(|_| ReplyError::InvalidKey)?;
    let sender = <Kem as hpke::Kem>::PublicKey::from_bytes(&hotline.to_bytes())
        .map_err(|_| ReplyError::InvalidKey)?;
    let plain = Zeroizing::new(
        hpke::single_shot_open::<ChaCha20Poly1305, HkdfSha256, Kem>(
            &OpModeR::Auth(sender),
            &sk,
            &enc,
            REPLY_INFO,
            &sealed[ENC_LEN..],
            &aad(referral_id, seq),
        )
        .map_err(|_| ReplyError::NotAuthentic)?,
    );
    let reply: Reply =
        serde_json::from_slice(&plain).map_err(|_| ReplyError::Invalid("not a reply"))?;
    if reply.v != REPLY_VERSION {
        return Err(ReplyError::Invalid("unknown version"));
    }
    if reply.referral_id != referral_id || reply.seq != seq {
        return Err(ReplyError::Invalid("for another request or number"));
    }
    reply
        .check()
        .map_err(|_| ReplyError::Invalid("outside the limits"))?;
    Ok(reply)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> TimeOfDay {
        TimeOfDay::parse(s).unwrap()
    }

    fn setting() -> (HotlinePrivateKey, HotlinePrivateKey, ReferralId) {
        (
            HotlinePrivateKey::generate(),
            HotlinePrivateKey::generate(),
            ReferralId::random(),
        )
    }

    fn planned(id: ReferralId, seq: u32) -> Reply {
        Reply::new(
            id,
            seq,
            ReplyTemplate::CallPlanned,
            Some((Weekday::Tuesday, t("10:00"), t("12:00"))),
            Some("Ask for Mira."),
        )
        .unwrap()
    }

    #[test]
    fn a_reply_opens_with_the_reply_key_and_the_hotline_key() {
        let (hotline, phone, id) = setting();
        let reply = planned(id, 1);
        let sealed = seal(&hotline, &phone.public_key().to_bytes(), &reply).unwrap();
        assert_eq!(sealed.len() % PAD_TO, ENC_LEN + TAG_LEN);
        let opened = open(&phone, hotline.public_key(), id, 1, &sealed).unwrap();
        assert_eq!(opened, reply);
        let view = opened.view();
        assert_eq!(view.template, "call_planned");
        assert_eq!(view.from.as_deref(), Some("10:00"));
    }

    /// The person's language travels sealed with the reply; a reply without one (an older
    /// hotline) reads as before, and one whose tag is not a language tag is still shown, with
    /// no language: a hint lost, not a message.
    #[test]
    fn a_reply_names_the_persons_language_and_a_bad_one_is_only_dropped() {
        let (hotline, phone, id) = setting();
        let tag = LanguageTag::parse("ar-EG").unwrap();
        let reply = planned(id, 1).in_language(Some(&tag));
        let sealed = seal(&hotline, &phone.public_key().to_bytes(), &reply).unwrap();
        let opened = open(&phone, hotline.public_key(), id, 1, &sealed).unwrap();
        assert_eq!(opened.view().lang.as_deref(), Some("ar-EG"));

        let older = planned(id, 2);
        assert!(
            !String::from_utf8(serde_json::to_vec(&older).unwrap())
                .unwrap()
                .contains("lang")
        );
        assert_eq!(older.view().lang, None);

        let odd = Reply {
            lang: Some("not a tag!".into()),
            ..planned(id, 3)
        };
        let sealed = seal(&hotline, &phone.public_key().to_bytes(), &odd).unwrap();
        let opened = open(&phone, hotline.public_key(), id, 3, &sealed).unwrap();
        assert_eq!(opened.view().lang, None);
        assert_eq!(opened.view().template, "call_planned");
    }

    #[test]
    fn a_reply_written_without_the_hotline_key_is_refused() {
        let (hotline, phone, id) = setting();
        // Whoever runs `serve`, or knows the status secret, has no hotline private key: a key of
        // their own does not pass for the hotline's.
        let forger = HotlinePrivateKey::generate();
        let sealed = seal(&forger, &phone.public_key().to_bytes(), &planned(id, 1)).unwrap();
        assert_eq!(
            open(&phone, hotline.public_key(), id, 1, &sealed),
            Err(ReplyError::NotAuthentic)
        );
    }

    #[test]
    fn a_changed_moved_or_renumbered_reply_is_refused() {
        let (hotline, phone, id) = setting();
        let sealed = seal(&hotline, &phone.public_key().to_bytes(), &planned(id, 2)).unwrap();
        for i in [0, ENC_LEN, sealed.len() - 1] {
            let mut bad = sealed.clone();
            bad[i] ^= 1;
            assert!(open(&phone, hotline.public_key(), id, 2, &bad).is_err());
        }
        assert_eq!(
            open(
                &phone,
                hotline.public_key(),
                ReferralId::random(),
                2,
                &sealed
            ),
            Err(ReplyError::NotAuthentic)
        );
        assert_eq!(
            open(&phone, hotline.public_key(), id, 3, &sealed),
            Err(ReplyError::NotAuthentic)
        );
        let other_phone = HotlinePrivateKey::generate();
        assert_eq!(
            open(&other_phone, hotline.public_key(), id, 2, &sealed),
            Err(ReplyError::NotAuthentic)
        );
        assert_eq!(
            open(&phone, hotline.public_key(), id, 2, &sealed[..40]),
            Err(ReplyError::NotAuthentic)
        );
        let huge = vec![0u8; MAX_SEALED_REPLY_LEN + 1];
        assert_eq!(
            open(&phone, hotline.public_key(), id, 2, &huge),
            Err(ReplyError::TooLarge)
        );
    }

    #[test]
    fn the_template_decides_whether_a_window_is_named() {
        let id = ReferralId::random();
        let window = Some((Weekday::Monday, t("09:00"), t("10:00")));
        assert_eq!(
            Reply::new(id, 1, ReplyTemplate::CallPlanned, None, None),
            Err(ReplyError::Window)
        );
        assert_eq!(
            Reply::new(id, 1, ReplyTemplate::Received, window, None),
            Err(ReplyError::Window)
        );
        assert_eq!(
            Reply::new(
                id,
                1,
                ReplyTemplate::MessagePlanned,
                Some((Weekday::Monday, t("09:00"), t("09:00"))),
                None
            ),
            Err(ReplyError::EmptyWindow)
        );
        // Across midnight, as safe times may be.
        assert!(
            Reply::new(
                id,
                1,
                ReplyTemplate::CallPlanned,
                Some((Weekday::Friday, t("22:00"), t("01:00"))),
                None
            )
            .is_ok()
        );
    }

    #[test]
    fn limits_on_the_note_and_the_number() {
        let id = ReferralId::random();
        let long = "ж".repeat(REPLY_TEXT_MAX_CHARS + 1);
        assert_eq!(
            Reply::new(id, 1, ReplyTemplate::Received, None, Some(&long)),
            Err(ReplyError::Text)
        );
        let max = "ж".repeat(REPLY_TEXT_MAX_CHARS);
        let (hotline, phone, _) = setting();
        let reply = Reply::new(id, 1, ReplyTemplate::Received, None, Some(&max)).unwrap();
        // The longest note in a multi-byte script still fits the sealed limit.
        let sealed = seal(&hotline, &phone.public_key().to_bytes(), &reply).unwrap();
        assert!(sealed.len() <= MAX_SEALED_REPLY_LEN);
        // A blank note is no note.
        let blank = Reply::new(id, 1, ReplyTemplate::Received, None, Some("  ")).unwrap();
        assert_eq!(blank.text, None);
        for seq in [0, REPLIES_MAX as u32 + 1] {
            assert_eq!(
                Reply::new(id, seq, ReplyTemplate::Received, None, None),
                Err(ReplyError::Sequence)
            );
        }
    }

    #[test]
    fn a_newer_template_reaches_an_older_phone_as_unknown() {
        let (hotline, phone, id) = setting();
        let mut reply = Reply::new(id, 1, ReplyTemplate::Received, None, None).unwrap();
        reply.template = "from_the_future".into();
        let sealed = seal(&hotline, &phone.public_key().to_bytes(), &reply).unwrap();
        let opened = open(&phone, hotline.public_key(), id, 1, &sealed).unwrap();
        assert_eq!(opened.known_template(), None);
        assert_eq!(opened.view().template, "from_the_future");
    }

    #[test]
    fn script_in_the_note_stays_text() {
        let id = ReferralId::random();
        let note = "<script>alert(1)</script>'; DROP TABLE replies;--";
        let reply = Reply::new(id, 1, ReplyTemplate::Received, None, Some(note)).unwrap();
        let (hotline, phone, _) = setting();
        let sealed = seal(&hotline, &phone.public_key().to_bytes(), &reply).unwrap();
        let opened = open(&phone, hotline.public_key(), id, 1, &sealed).unwrap();
        assert_eq!(opened.text.as_deref(), Some(note));
    }
}
