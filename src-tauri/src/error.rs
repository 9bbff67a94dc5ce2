//! The one error type every command returns: a stable machine `code` (the UI shows the Fluent
//! message `error-<code>`) and, for validation, the fields and their codes. Never any text from
//! the backend, never request content: the codes come from `reach-core`'s typed errors.

use reach_core::app_lock::{LockError, PinError};
use reach_core::referral::{ReferralError, ValidationError, ValidationErrorKind};
use reach_core::store::StoreError;
use reach_core::sync::SyncError;
use serde::Serialize;

/// A command's error, serialised as `{ "code": "...", "fields": [...] }` (`fields` only when
/// there are some).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CommandError {
    /// Stable machine code.
    pub code: &'static str,
    /// Per-field problems (validation only).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldError>,
}

/// One field problem: `{ "field": "contact.methods[0].phone", "code": "invalid_phone",
/// "max": null }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct FieldError {
    /// Dotted path of the field, as in the Referral JSON.
    pub field: String,
    /// `ValidationErrorKind::code`.
    pub code: String,
    /// The limit for `too_long`, `too_many_bytes`, `too_many`; otherwise `null`.
    pub max: Option<usize>,
}

impl From<&ValidationError> for FieldError {
    fn from(e: &ValidationError) -> Self {
        let max = match e.kind {
            ValidationErrorKind::TooLong { max }
            | ValidationErrorKind::TooManyBytes { max }
            | ValidationErrorKind::TooMany { max } => Some(max),
            _ => None,
        };
        Self {
            field: e.field.as_str().to_owned(),
            code: e.code().to_owned(),
            max,
        }
    }
}

impl CommandError {
    /// An error with only a code.
    pub const fn code(code: &'static str) -> Self {
        Self {
            code,
            fields: Vec::new(),
        }
    }

    /// No store yet: the app needs `setup`.
    pub const NOT_SET_UP: Self = Self::code("not_set_up");
    /// `setup` on a device that already has a store.
    pub const ALREADY_SET_UP: Self = Self::code("already_set_up");
    /// No (usable) hotline profile in this build: drafts only.
    pub const NO_HOTLINE: Self = Self::code("no_hotline");
    /// The store is in use by the background sender; try again.
    pub const BUSY: Self = Self::code("busy");
    /// The hotline could not be asked for a status right now.
    pub const STATUS_UNAVAILABLE: Self = Self::code("status_unavailable");
    /// A background task failed unexpectedly.
    pub const INTERNAL: Self = Self::code("internal");

    pub(crate) fn invalid(errors: &[ValidationError]) -> Self {
        Self {
            code: "invalid",
            fields: errors.iter().map(FieldError::from).collect(),
        }
    }
}

impl From<StoreError> for CommandError {
    fn from(e: StoreError) -> Self {
        match &e {
            StoreError::Invalid(errors) => Self::invalid(errors),
            _ => Self::code(e.code()),
        }
    }
}

impl From<LockError> for CommandError {
    fn from(e: LockError) -> Self {
        match e {
            LockError::Store(s) => s.into(),
            other => Self::code(other.code()),
        }
    }
}

impl From<PinError> for CommandError {
    fn from(e: PinError) -> Self {
        Self::code(e.code())
    }
}

impl From<ReferralError> for CommandError {
    fn from(e: ReferralError) -> Self {
        Self::code(match e {
            ReferralError::TooLarge { .. } => "too_large",
            ReferralError::UnsupportedVersion { .. } => "unsupported_version",
            _ => "malformed",
        })
    }
}

impl From<SyncError> for CommandError {
    fn from(e: SyncError) -> Self {
        match e {
            SyncError::Store(s) => s.into(),
            SyncError::Profile(_) => Self::code("profile"),
            SyncError::Client(_) => Self::code("sync_client"),
            SyncError::Busy => Self::BUSY,
            SyncError::Status(_) => Self::STATUS_UNAVAILABLE,
        }
    }
}

impl std::fmt::Display for CommandError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code)
    }
}

impl std::error::Error for CommandError {}
