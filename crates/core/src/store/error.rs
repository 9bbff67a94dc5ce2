//! Everything the store can refuse, as variants a UI can translate.

use super::*;

/// Everything that can go wrong in the store, as variants a UI can translate (see
/// [`StoreError::code`]). No variant ever carries request content.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The PIN does not unwrap the data key. Nothing was changed except the failed-attempt count.
    #[error("wrong PIN")]
    WrongPin,
    /// The operation needs the PIN first ([`Store::unlock`]).
    #[error("the store is locked")]
    Locked,
    /// No such draft or request, or no store in this directory.
    #[error("not found")]
    NotFound,
    /// A store (or device secret) already exists where a new one was to be created.
    #[error("already exists")]
    AlreadyExists,
    /// The request does not validate; the errors name fields and kinds, never content.
    #[error("the request is not valid ({} problems)", .0.len())]
    Invalid(Vec<ValidationError>),
    /// An empty PIN was offered as a new PIN.
    #[error("the PIN must not be empty")]
    EmptyPin,
    /// Argon2id parameters out of range.
    #[error("invalid key derivation parameters")]
    InvalidKdfParams,
    /// The device secret is gone (wiped, keystore reset): the store can never be opened again.
    #[error("the device secret is not available")]
    DeviceSecretUnavailable,
    /// The hotline profile has no usable sealing key.
    #[error("the hotline profile cannot be used: {0}")]
    Profile(#[from] ProfileError),
    /// The request could not be sealed (e.g. too large).
    #[error("the request cannot be sealed: {0}")]
    Envelope(#[from] EnvelopeError),
    /// A receipt names another request or other envelope bytes.
    #[error("the receipt does not match this request")]
    ReceiptMismatch,
    /// Stored data failed authentication or does not parse: tampered with or damaged.
    #[error("stored data is corrupt or has been tampered with")]
    Corrupt,
    /// File system error.
    #[error("file system error: {0}")]
    Io(#[from] std::io::Error),
    /// SQLite error (the message names tables and columns, never values).
    #[error("database error: {0}")]
    Database(String),
}

impl StoreError {
    /// Stable machine code for the UI's translations. Never rename one.
    pub fn code(&self) -> ErrorCode {
        match self {
            Self::WrongPin => ErrorCode::WrongPin,
            Self::Locked => ErrorCode::Locked,
            Self::NotFound => ErrorCode::NotFound,
            Self::AlreadyExists => ErrorCode::AlreadyExists,
            Self::Invalid(_) => ErrorCode::Invalid,
            Self::EmptyPin => ErrorCode::EmptyPin,
            Self::InvalidKdfParams => ErrorCode::InvalidKdfParams,
            Self::DeviceSecretUnavailable => ErrorCode::DeviceSecretUnavailable,
            Self::Profile(_) => ErrorCode::Profile,
            Self::Envelope(_) => ErrorCode::Envelope,
            Self::ReceiptMismatch => ErrorCode::ReceiptMismatch,
            Self::Corrupt => ErrorCode::Corrupt,
            Self::Io(_) => ErrorCode::Io,
            Self::Database(_) => ErrorCode::Database,
        }
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        match e {
            rusqlite::Error::QueryReturnedNoRows => Self::NotFound,
            rusqlite::Error::SqliteFailure(f, _)
                if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
                    || f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY =>
            {
                Self::AlreadyExists
            }
            rusqlite::Error::SqliteFailure(f, _)
                if matches!(
                    f.code,
                    rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase
                ) =>
            {
                Self::Corrupt
            }
            other => Self::Database(other.to_string()),
        }
    }
}

impl From<rusqlite_migration::Error> for StoreError {
    fn from(e: rusqlite_migration::Error) -> Self {
        match e {
            rusqlite_migration::Error::RusqliteError { err, .. } => err.into(),
            other => Self::Database(other.to_string()),
        }
    }
}
