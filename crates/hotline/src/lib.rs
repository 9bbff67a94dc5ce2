//! The reference hotline endpoint of Reach.
//!
//! It receives sealed envelopes from survivors' phones, stores them durably *as ciphertext*,
//! and answers with signed receipts — the only proof the app accepts that a request arrived.
//! The serving process never holds the HPKE private key: it needs only the public profile (to
//! know which key ids it accepts) and the receipt signing key. Decryption happens apart, in
//! `reach-hotline open`, and every decryption is written to an audit table.
//!
//! Library entry points (used by the CLI, by end-to-end tests in other crates and by
//! benchmarks): [`init_dir`], [`rotate_key`], [`load_config`], [`spawn`], [`open_all`].

pub mod audit;
mod dir;
pub mod inbox;
pub mod keyfile;
mod limits;
mod open;
pub mod openapi;
mod problem;
mod server;
pub mod staff;
mod storage;

use std::path::PathBuf;

pub use dir::{
    DEFAULT_DB_FILE, PROFILE_FILE, Protection, RECEIPT_KEY_FILE, hpke_key_file, init_dir,
    load_config, load_hpke_keys, rotate_key,
};
pub use limits::{ByteLimit, ClientAddressing, ForwardedHeader, RateLimit, StatusLimit};
pub use open::{OpenOptions, Opened, OpenedReferral, Page, SetAside, open_all};
pub use server::{RunningServer, ServerConfig, spawn};
pub use storage::{StorageError, StorageLimits};

/// Everything that can go wrong in the hotline, typed so that the CLI can print a clear message
/// and tests can assert the exact failure.
#[derive(Debug, thiserror::Error)]
pub enum HotlineError {
    /// `init` found keys or a profile already in the directory; keys are never overwritten.
    #[error("{0} already exists; refusing to overwrite hotline keys")]
    AlreadyInitialised(PathBuf),
    /// `serve` was pointed at a directory holding an HPKE private key file.
    #[error(
        "{0} is an HPKE private key in the serving directory; move it to a separate keys \
         directory (`init --keys-dir`, `open --keys-dir`): the serving process must never be \
         able to read the key that opens stored requests"
    )]
    PrivateKeyInServingDir(PathBuf),
    /// The keys directory is the serving directory or inside it.
    #[error("the keys directory {0} is inside the serving directory; choose one outside it")]
    KeysInServingDir(PathBuf),
    /// An empty passphrase was given; it would protect nothing.
    #[error("the passphrase is empty")]
    EmptyPassphrase,
    /// A file or directory operation failed.
    #[error("{path}: {source}")]
    Io {
        /// What was being accessed.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A key file could not be written or read (includes wrong passphrase).
    #[error(transparent)]
    KeyFile(#[from] keyfile::KeyFileError),
    /// The profile is missing, invalid, or would be invalid (e.g. a non-https endpoint).
    #[error("hotline profile: {0}")]
    Profile(#[from] reach_core::profile::ProfileError),
    /// Key material is invalid, or the receipt key does not match the profile.
    #[error("invalid key: {0}")]
    InvalidKey(String),
    /// Sealing a record to the hotline's own key failed (an unusable key).
    #[error("sealing: {0}")]
    Sealing(String),
    /// Writing or encrypting an inbox export failed (the reason, never content).
    #[error("export: {0}")]
    Export(String),
    /// The database failed, or its schema could not be brought up to date.
    #[error("database: {0}")]
    Db(#[from] StorageError),
    /// The database file does not exist (for `open`, which must not create an empty one).
    #[error("no database at {0}")]
    NoDatabase(PathBuf),
    /// `open --id` named a referral that is not stored.
    #[error("no referral {0} in the database")]
    UnknownReferral(reach_core::ids::ReferralId),
    /// `open --after` named an id that is not stored (so the page cannot be placed).
    #[error("no stored referral {0:?} to continue after")]
    UnknownCursor(String),
    /// The writer thread stopped; nothing more can be stored.
    #[error("the database writer has stopped")]
    WriterStopped,
}
