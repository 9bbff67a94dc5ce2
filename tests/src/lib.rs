//! Shared pieces of the end-to-end tests.

pub mod driver;
pub mod harness;
pub mod proxy;
pub mod tls;
