//! Errors: validation problems (field path + stable code for the UI) and why bytes were refused.
//! None of them ever quotes request content.

use std::fmt;

use reach_contract::FieldErrorCode;
use serde::Serialize;

/// Where a problem is, as a dotted path with indices (`contact.methods[1].phone`), matching the
/// serialised field names so that the UI can map it to a form field.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct FieldPath(pub(super) String);

impl FieldPath {
    /// The path as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<&str> for FieldPath {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

/// One problem found by [`Referral::validate`](super::Referral::validate). Holds no content, only where and what.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("{field}: {kind}")]
pub struct ValidationError {
    /// The field with the problem.
    pub field: FieldPath,
    /// The problem, with its machine code.
    #[serde(flatten)]
    pub kind: ValidationErrorKind,
}

impl ValidationError {
    /// Stable machine code of the problem; see [`ValidationErrorKind::code`].
    pub fn code(&self) -> FieldErrorCode {
        self.kind.code()
    }
}

/// What is wrong with a field. The English messages are for developers; the UI maps
/// [`ValidationErrorKind::code`] (stable, also the serde tag "code") to a Fluent message id and
/// passes the other values (e.g. `max`) as arguments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, thiserror::Error)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum ValidationErrorKind {
    /// Required text is empty (or only whitespace).
    #[error("must not be empty")]
    Empty,
    /// Text has leading or trailing whitespace ([`Referral::normalize`](super::Referral::normalize) removes it).
    #[error("must not start or end with whitespace")]
    NotTrimmed,
    /// Text is longer than `max` characters.
    #[error("must be at most {max} characters")]
    TooLong {
        /// Maximum number of characters.
        max: usize,
    },
    /// Text is longer than `max` bytes of UTF-8.
    #[error("must be at most {max} bytes")]
    TooManyBytes {
        /// Maximum number of bytes.
        max: usize,
    },
    /// A list has more than `max` items.
    #[error("must have at most {max} items")]
    TooMany {
        /// Maximum number of items.
        max: usize,
    },
    /// The same item appears twice in a list.
    #[error("duplicate")]
    Duplicate,
    /// Text contains control characters.
    #[error("must not contain control characters")]
    ControlCharacters,
    /// Not a valid, dialable phone number (or not in E.164 form once stored).
    #[error("not a valid phone number")]
    InvalidPhone,
    /// The default region given for a local phone number is not an ISO 3166 region code.
    #[error("not a known region code")]
    InvalidRegion,
    /// Not a plausible e-mail address.
    #[error("not a valid e-mail address")]
    InvalidEmail,
    /// Not a well-formed (normalised) BCP 47 language tag.
    #[error("not a valid language tag")]
    InvalidLanguage,
    /// Not an IANA time zone name known to this build.
    #[error("not a known time zone")]
    InvalidTimeZone,
    /// Not a time "HH:MM", or a window whose start equals its end.
    #[error("not a valid time or time window")]
    InvalidTime,
    /// No way of getting an answer was given.
    #[error("at least one contact method is required")]
    NoContactMethod,
    /// The referral's format version is not the one this build handles.
    #[error("format version {found} is not supported (expected {supported})")]
    UnsupportedVersion {
        /// Version found.
        found: u16,
        /// Version this build handles.
        supported: u16,
    },
}

impl ValidationErrorKind {
    /// Stable machine code for the UI (Fluent message ids) and for the hotline's API. Never
    /// rename one: translations and clients depend on them.
    pub fn code(&self) -> FieldErrorCode {
        match self {
            Self::Empty => FieldErrorCode::Empty,
            Self::NotTrimmed => FieldErrorCode::NotTrimmed,
            Self::TooLong { .. } => FieldErrorCode::TooLong,
            Self::TooManyBytes { .. } => FieldErrorCode::TooManyBytes,
            Self::TooMany { .. } => FieldErrorCode::TooMany,
            Self::Duplicate => FieldErrorCode::Duplicate,
            Self::ControlCharacters => FieldErrorCode::ControlCharacters,
            Self::InvalidPhone => FieldErrorCode::InvalidPhone,
            Self::InvalidRegion => FieldErrorCode::InvalidRegion,
            Self::InvalidEmail => FieldErrorCode::InvalidEmail,
            Self::InvalidLanguage => FieldErrorCode::InvalidLanguage,
            Self::InvalidTimeZone => FieldErrorCode::InvalidTimeZone,
            Self::InvalidTime => FieldErrorCode::InvalidTime,
            Self::NoContactMethod => FieldErrorCode::NoContactMethod,
            Self::UnsupportedVersion { .. } => FieldErrorCode::UnsupportedVersion,
        }
    }
}

/// Why [`Referral::from_bytes`](super::Referral::from_bytes) refused its input. Never quotes the input (serde_json's own
/// messages do, e.g. an invalid phone number), so it is safe to log.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReferralError {
    /// Larger than [`limits::SERIALIZED_MAX_BYTES`](super::limits::SERIALIZED_MAX_BYTES); refused before parsing.
    #[error("a serialised referral is at most {max} bytes, got {len}")]
    TooLarge {
        /// Size of the input.
        len: usize,
        /// The limit.
        max: usize,
    },
    /// Not JSON, not the referral structure, or an unknown field.
    #[error("malformed referral ({category} error at line {line}, column {column})")]
    Malformed {
        /// "syntax", "data", "eof" or "io", from serde_json's classification.
        category: &'static str,
        /// Line of the problem in the input (1-based).
        line: usize,
        /// Column of the problem in the input (1-based).
        column: usize,
    },
    /// Written in a format version this build does not read.
    #[error("referral format version {found} is not supported (this build reads {supported})")]
    UnsupportedVersion {
        /// Version found.
        found: u16,
        /// Version this build reads.
        supported: u16,
    },
    /// Well-formed but with invalid content.
    #[error("invalid referral ({} problems)", .0.len())]
    Invalid(Vec<ValidationError>),
}

impl ReferralError {
    pub(super) fn malformed(e: serde_json::Error) -> Self {
        use serde_json::error::Category;
        Self::Malformed {
            category: match e.classify() {
                Category::Io => "io",
                Category::Syntax => "syntax",
                Category::Data => "data",
                Category::Eof => "eof",
            },
            line: e.line(),
            column: e.column(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_codes_are_stable_and_match_serde_tag() {
        use ValidationErrorKind as K;
        let all = [
            (K::Empty, "empty"),
            (K::NotTrimmed, "not_trimmed"),
            (K::TooLong { max: 3 }, "too_long"),
            (K::TooManyBytes { max: 3 }, "too_many_bytes"),
            (K::TooMany { max: 3 }, "too_many"),
            (K::Duplicate, "duplicate"),
            (K::ControlCharacters, "control_characters"),
            (K::InvalidPhone, "invalid_phone"),
            (K::InvalidRegion, "invalid_region"),
            (K::InvalidEmail, "invalid_email"),
            (K::InvalidLanguage, "invalid_language"),
            (K::InvalidTimeZone, "invalid_time_zone"),
            (K::InvalidTime, "invalid_time"),
            (K::NoContactMethod, "no_contact_method"),
            (
                K::UnsupportedVersion {
                    found: 2,
                    supported: 1,
                },
                "unsupported_version",
            ),
        ];
        // One kind per code of the contract's list, so that no code lacks its kind.
        assert_eq!(all.len(), FieldErrorCode::ALL.len());
        for (kind, code) in all {
            assert_eq!(kind.code(), code);
            let json = serde_json::to_value(kind).unwrap();
            assert_eq!(json["code"], code);
        }
        let e = ValidationError {
            field: FieldPath("place".into()),
            kind: K::TooLong { max: 200 },
        };
        assert_eq!(
            serde_json::to_string(&e).unwrap(),
            r#"{"field":"place","code":"too_long","max":200}"#
        );
    }
}
