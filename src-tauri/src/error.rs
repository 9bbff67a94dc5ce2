//! The one error type every command returns: the contract's [`reach_contract::CommandError`]
//! (an [`ErrorCode`], and for validation the fields and their codes), made from `reach-core`'s
//! typed errors. Never any text from the backend, never request content.

use reach_contract::ErrorCode;
use reach_core::app_lock::{LockError, PinError};
use reach_core::referral::{ReferralError, ValidationError, ValidationErrorKind};
use reach_core::store::StoreError;
use reach_core::sync::SyncError;
use serde::Serialize;

/// A command's error, serialised exactly as the contract's `CommandError`
/// (`{ "code": "...", "fields": [...] }`). A newtype only so that the core's errors can be
/// converted with `?` (the orphan rule forbids those `From`s on the contract's own type).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct CommandError(pub reach_contract::CommandError);

/// One field problem, as the contract spells it.
pub use reach_contract::FieldError;

/// The contract's field error for one of the core's validation errors.
pub(crate) fn field_error(e: &ValidationError) -> FieldError {
    let max = match e.kind {
        ValidationErrorKind::TooLong { max }
        | ValidationErrorKind::TooManyBytes { max }
        | ValidationErrorKind::TooMany { max } => u64::try_from(max).ok(),
        _ => None,
    };
    FieldError {
        field: e.field.as_str().to_owned(),
        code: e.code(),
        max,
    }
}

impl CommandError {
    /// An error with only a code.
    pub const fn code(code: ErrorCode) -> Self {
        Self(reach_contract::CommandError::code(code))
    }

    /// Its code.
    pub fn error_code(&self) -> ErrorCode {
        self.0.code
    }

    /// No store yet: the app needs `setup`.
    pub const NOT_SET_UP: Self = Self::code(ErrorCode::NotSetUp);
    /// `setup` on a device that already has a store.
    pub const ALREADY_SET_UP: Self = Self::code(ErrorCode::AlreadySetUp);
    /// No (usable) hotline profile in this build: drafts only.
    pub const NO_HOTLINE: Self = Self::code(ErrorCode::NoHotline);
    /// The store is in use by the background sender; try again.
    pub const BUSY: Self = Self::code(ErrorCode::Busy);
    /// The hotline could not be asked for a status right now.
    pub const STATUS_UNAVAILABLE: Self = Self::code(ErrorCode::StatusUnavailable);
    /// A background task failed unexpectedly.
    pub const INTERNAL: Self = Self::code(ErrorCode::Internal);

    pub(crate) fn invalid(errors: &[ValidationError]) -> Self {
        Self(reach_contract::CommandError {
            code: ErrorCode::Invalid,
            fields: errors.iter().map(field_error).collect(),
            word: None,
        })
    }

    /// `reference_unknown_word`, naming the word (from 1) that is not on the list.
    pub(crate) fn unknown_word(word: usize) -> Self {
        Self(reach_contract::CommandError {
            word: u32::try_from(word).ok(),
            ..reach_contract::CommandError::code(ErrorCode::ReferenceUnknownWord)
        })
    }
}

impl From<ErrorCode> for CommandError {
    fn from(code: ErrorCode) -> Self {
        Self::code(code)
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
            ReferralError::TooLarge { .. } => ErrorCode::TooLarge,
            ReferralError::UnsupportedVersion { .. } => ErrorCode::UnsupportedVersion,
            _ => ErrorCode::Malformed,
        })
    }
}

impl From<SyncError> for CommandError {
    fn from(e: SyncError) -> Self {
        match e {
            SyncError::Store(s) => s.into(),
            SyncError::Profile(_) => Self::code(ErrorCode::Profile),
            SyncError::Client(_) => Self::code(ErrorCode::SyncClient),
            SyncError::Busy => Self::BUSY,
            SyncError::Status(_) => Self::STATUS_UNAVAILABLE,
        }
    }
}

impl std::fmt::Display for CommandError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for CommandError {}
