//! Upper bounds on every length and count, public so that the UI can show them (character
//! counters, "at most N") and enforce them before the user hits a validation error.
//!
//! Lengths of text are in Unicode scalar values (`char`s), not bytes, so that a limit means the
//! same for Vietnamese, Thai or Amharic as for English.

/// Every [`Need`](crate::choices::Need) at most once: the set cannot grow beyond the enum.
pub const NEEDS_MAX: usize = 11;
/// Enough for every kind of contact method, plus a second phone; more would only be noise
/// for the staff member who has to pick one.
pub const CONTACT_METHODS_MAX: usize = 6;
/// One window per weekday is the most a weekly routine needs.
pub const SAFE_TIMES_MAX: usize = 7;
/// Name of a messaging app ("WhatsApp", "Zalo", "LINE", ...).
pub const MESSAGING_APP_MAX_CHARS: usize = 40;
/// A user name, phone-like id or profile link in a messaging app.
pub const MESSAGING_HANDLE_MAX_CHARS: usize = 100;
/// RFC 5321 limit on the length of an address in a mail path.
pub const EMAIL_MAX_CHARS: usize = 254;
/// A code word is a word or short phrase, not a message.
pub const CODE_WORD_MAX_CHARS: usize = 64;
/// Free-text instruction for when someone else answers.
pub const IF_SOMEONE_ELSE_ANSWERS_MAX_CHARS: usize = 200;
/// Free-text place ("near the fish market in ..."): a hint, not an address book entry.
pub const PLACE_MAX_CHARS: usize = 200;
/// Free-text message to the hotline.
pub const MESSAGE_MAX_CHARS: usize = 4000;
/// Byte cap on the message (4 bytes per char at most in UTF-8), so that a maximal referral
/// stays well under [`SERIALIZED_MAX_BYTES`] whatever script it is written in.
pub const MESSAGE_MAX_BYTES: usize = 16_000;
/// The outreach worker's organisation, when a worker assisted the request (`assisted_by`).
pub const ASSISTED_BY_ORGANISATION_MAX_CHARS: usize = 200;
/// How the hotline can call the outreach worker back (a phone number, an e-mail, free text).
pub const ASSISTED_BY_CHANNEL_MAX_CHARS: usize = 200;
/// Identifier of the consent text the person was shown (e.g. "2025-01").
pub const CONSENT_TEXT_VERSION_MAX_CHARS: usize = 32;
/// RFC 5646 §4.4.1: 35 characters hold any tag without extensions or private use.
pub const LANGUAGE_TAG_MAX_CHARS: usize = 35;
/// Time zone as typed (an IANA name such as "Africa/Addis_Ababa"): the longest IANA name has 32
/// characters, so a longer input cannot be one; the core checks the name itself.
pub const TIME_ZONE_INPUT_MAX_CHARS: usize = 64;
/// Raw phone input as typed, with spaces and punctuation, before normalisation to E.164.
pub const PHONE_INPUT_MAX_CHARS: usize = 40;
/// A hotline reply's optional note: a line or two beside the template, not a conversation
/// (the phone shows it untranslated, so it should stay short and safe to be seen).
pub const REPLY_TEXT_MAX_CHARS: usize = 500;
/// Replies one request can hold: bounds what the status route returns and what a phone stores.
pub const REPLIES_MAX: usize = 20;
/// A serialised referral is always smaller than this (60 KiB), so that it fits one envelope
/// and one request on the slowest networks; the core's `Referral::from_bytes`
/// refuses anything larger before parsing it.
pub const SERIALIZED_MAX_BYTES: usize = 60 * 1024;

#[cfg(test)]
mod tests {
    #[test]
    fn every_need_fits_once() {
        assert_eq!(super::NEEDS_MAX, crate::choices::Need::ALL.len());
        assert_eq!(
            super::CONTACT_METHODS_MAX,
            crate::choices::ContactKind::ALL.len()
        );
    }
}
