//! The core's integration tests on real SQLite files, as one test binary (each binary links on
//! its own, and there are two cores). One module per subject; what they share is `support`.
//! The OS-keyring tests stay a binary of their own (`tests/os_keyring.rs`): they need the
//! `keyring` feature and a Secret Service session (`scripts/keyring-session.sh`).

mod app_lock;
mod feedback;
mod referral_schema;
mod replies;
mod speech;
mod store_forensic;
mod store_lifecycle;
mod store_outbox;
mod support;
mod sync_memory;
mod vectors;
