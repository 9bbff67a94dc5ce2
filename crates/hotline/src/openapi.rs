//! The OpenAPI 3.1 description of the endpoint.
//!
//! Hand-maintained JSON (`src/openapi.json`, mirrored at `docs/openapi.json` for partners who
//! implement the endpoint in their own systems) rather than generated with utoipa: the wire
//! types live in `reach-core`, which must stay free of server-side dependencies. Drift is
//! caught by tests: every route, status code, problem code and state the server produces must
//! appear here, and the served document must equal `docs/openapi.json`.

/// The document served at `/v1/openapi.json`.
pub const OPENAPI_JSON: &str = include_str!("openapi.json");
