//! Every error a command can answer, as closed lists of codes. The UI shows a code as the
//! Fluent message `error-<code>` (or `field-error-<code>` for a field); a test in the UI crate
//! proves every code has its message in every locale, so a new code cannot reach a person as
//! raw text. Codes are stable: never rename one (add a new one instead).

use serde::{Deserialize, Serialize};

spelled! {
    /// Why a command failed. Never text from the backend and never request content: the
    /// shell maps the core's typed errors to these.
    pub enum ErrorCode {
        /// No store yet: the app needs set-up.
        NotSetUp = "not_set_up",
        /// Set-up on a device that already has a store.
        AlreadySetUp = "already_set_up",
        /// No (usable) hotline profile in this build: drafts only.
        NoHotline = "no_hotline",
        /// The store is in use by the background sender; try again.
        Busy = "busy",
        /// The hotline could not be asked for a status right now.
        StatusUnavailable = "status_unavailable",
        /// A background task failed unexpectedly.
        Internal = "internal",
        /// Some fields are not valid (see the error's `fields`).
        Invalid = "invalid",
        /// The argument is not the documented JSON (never echoed back).
        Malformed = "malformed",
        /// The referral is larger than `limits::SERIALIZED_MAX_BYTES`.
        TooLarge = "too_large",
        /// A referral format version this app does not know.
        UnsupportedVersion = "unsupported_version",
        /// The hotline profile built into the app is unusable.
        Profile = "profile",
        /// The HTTP client could not be built (TLS roots, proxy settings).
        SyncClient = "sync_client",
        /// Wrong PIN.
        WrongPin = "wrong_pin",
        /// The store is locked: unlock first.
        Locked = "locked",
        /// No such draft or request.
        NotFound = "not_found",
        /// Something with that id exists already.
        AlreadyExists = "already_exists",
        /// An empty PIN.
        EmptyPin = "empty_pin",
        /// The key-stretching parameters are out of range.
        InvalidKdfParams = "invalid_kdf_params",
        /// The device secret (OS keyring or file) cannot be read or written.
        DeviceSecretUnavailable = "device_secret_unavailable",
        /// Sealing the request to the hotline failed.
        Envelope = "envelope",
        /// The hotline's receipt does not match what was sent.
        ReceiptMismatch = "receipt_mismatch",
        /// The store's file is damaged or not a store.
        Corrupt = "corrupt",
        /// The file system refused (full, read-only, permissions).
        Io = "io",
        /// Any other database failure.
        Database = "database",
        /// A new PIN has too few digits.
        PinTooShort = "pin_too_short",
        /// A new PIN has too many digits.
        PinTooLong = "pin_too_long",
        /// A new PIN has something other than digits.
        PinNotDigits = "pin_not_digits",
        /// The duress PIN equals the real PIN.
        DuressSameAsPin = "duress_same_as_pin",
        /// A typed reference has too many or too few words.
        ReferenceWordCount = "reference_word_count",
        /// A word of a typed reference is not on the word list.
        ReferenceUnknownWord = "reference_unknown_word",
        /// A typed reference is not 22 digits.
        ReferenceDigits = "reference_digits",
        /// A typed reference does not check out: a word or digit is wrong.
        ReferenceCheck = "reference_check",
        /// The hotline holds no request for this reference (yet: one sent from an offline
        /// phone arrives when that phone is online).
        ReferenceNotFound = "reference_not_found",
        /// Outreach worker mode cannot be turned off while requests of people the worker
        /// helps are unsent: on a phone that is not a worker's, their closed answers would
        /// open to the worker, and they would go without a reference.
        WorkerDraftsOpen = "worker_drafts_open",
    }
}

impl ErrorCode {
    /// The Fluent message that shows this code to a person.
    pub fn message_id(self) -> String {
        format!("error-{}", self.as_str())
    }
}

spelled! {
    /// What is wrong with one field of a referral: the core's `ValidationErrorKind`, as a
    /// code (its other values, such as `max`, travel beside it in [`FieldError`]).
    pub enum FieldErrorCode {
        /// Required text is empty.
        Empty = "empty",
        /// Text has leading or trailing whitespace.
        NotTrimmed = "not_trimmed",
        /// Text is longer than `max` characters.
        TooLong = "too_long",
        /// Text is longer than `max` bytes of UTF-8.
        TooManyBytes = "too_many_bytes",
        /// A list has more than `max` items.
        TooMany = "too_many",
        /// The same item appears twice in a list.
        Duplicate = "duplicate",
        /// Text contains control characters.
        ControlCharacters = "control_characters",
        /// Not a valid phone number.
        InvalidPhone = "invalid_phone",
        /// Not a known region.
        InvalidRegion = "invalid_region",
        /// Not an e-mail address.
        InvalidEmail = "invalid_email",
        /// Not a well-formed language tag.
        InvalidLanguage = "invalid_language",
        /// Not a known time zone.
        InvalidTimeZone = "invalid_time_zone",
        /// A time window that is empty or not a time.
        InvalidTime = "invalid_time",
        /// No way to reach the person was chosen.
        NoContactMethod = "no_contact_method",
        /// A referral format version this app does not know.
        UnsupportedVersion = "unsupported_version",
    }
}

impl FieldErrorCode {
    /// The Fluent message that shows this code next to its field.
    pub fn message_id(self) -> String {
        format!("field-error-{}", self.as_str())
    }
}

/// One field's problem: `{ "field": "contact.methods[0].phone", "code": "invalid_phone",
/// "max": null }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// Dotted path of the field, as in the Referral JSON.
    pub field: String,
    /// What is wrong.
    pub code: FieldErrorCode,
    /// The limit for `too_long`, `too_many_bytes`, `too_many`; otherwise `null`.
    #[serde(default)]
    pub max: Option<u64>,
}

/// A command's error: `{ "code": "...", "fields": [...], "word": n }` (`fields` only for `invalid`,
/// `word` only for `reference_unknown_word`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommandError {
    /// Why it failed.
    pub code: ErrorCode,
    /// Per-field problems (validation only).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldError>,
    /// For `reference_unknown_word`: which word (from 1) is not on the list, when one list
    /// read the others. A person copying nine words by hand then checks one, not nine.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub word: Option<u32>,
}

impl CommandError {
    /// An error with only a code.
    pub const fn code(code: ErrorCode) -> Self {
        Self {
            code,
            fields: Vec::new(),
            word: None,
        }
    }
}

impl From<ErrorCode> for CommandError {
    fn from(code: ErrorCode) -> Self {
        Self::code(code)
    }
}

impl core::fmt::Display for CommandError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.code.as_str())
    }
}

impl std::error::Error for CommandError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wire_form() {
        let e = CommandError::code(ErrorCode::NotSetUp);
        assert_eq!(
            serde_json::to_value(&e).unwrap(),
            serde_json::json!({ "code": "not_set_up" })
        );
        let e = CommandError {
            code: ErrorCode::Invalid,
            fields: vec![FieldError {
                field: "message".into(),
                code: FieldErrorCode::TooLong,
                max: Some(4000),
            }],
            word: None,
        };
        let json = serde_json::json!({
            "code": "invalid",
            "fields": [{ "field": "message", "code": "too_long", "max": 4000 }]
        });
        assert_eq!(serde_json::to_value(&e).unwrap(), json);
        assert_eq!(serde_json::from_value::<CommandError>(json).unwrap(), e);
        // Which word of a typed reference is not on the list; absent when none is named.
        let e = CommandError {
            word: Some(4),
            ..CommandError::code(ErrorCode::ReferenceUnknownWord)
        };
        let json = serde_json::json!({ "code": "reference_unknown_word", "word": 4 });
        assert_eq!(serde_json::to_value(&e).unwrap(), json);
        assert_eq!(serde_json::from_value::<CommandError>(json).unwrap(), e);
        // An unknown code is refused, not guessed.
        assert!(serde_json::from_str::<CommandError>(r#"{"code":"nope"}"#).is_err());
        assert_eq!(ErrorCode::Database.message_id(), "error-database");
        assert_eq!(FieldErrorCode::Empty.message_id(), "field-error-empty");
    }
}
