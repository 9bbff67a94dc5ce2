//! Shared pieces of the end-to-end tests.

pub mod harness;
pub mod proxy;
pub mod tls;
