//! The hotline's integration tests, as one test binary (each binary links on its own, and
//! there are two cores): the real endpoint on loopback, real SQLite files, the real CLI. One
//! module per subject; the shared harness is `common`.

mod abuse;
mod common;
mod durability;
mod feedback;
mod inbox;
mod ingest;
mod keys;
mod open;
mod openapi;
mod vectors;
