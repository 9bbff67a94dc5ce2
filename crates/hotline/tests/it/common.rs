//! Shared harness: a real hotline directory in a tempdir, the real server on 127.0.0.1:0, a real
//! SQLite file, and reqwest as the client. Every test that runs a server starts it through
//! [`serve`] (directly, or by [`Hotline`]) and posts through [`post`].

use std::path::{Path, PathBuf};
use std::sync::Arc;

use reach_core::envelope::{Envelope, HotlinePrivateKey, seal};
use reach_core::ids::{ReferralId, StatusSecret};
use reach_core::profile::HotlineProfile;
use reach_core::referral::{Referral, Sensitive};
use reach_core::wire::{CT_BATCH, CT_ENVELOPE, CT_JSON, CT_PROBLEM, Problem};
use reach_hotline::{Protection, RateLimit, RunningServer, ServerConfig};

/// A plain-HTTP test client. When the whole workspace is built, reqwest carries the app's
/// `rustls-no-provider` feature, so a process-wide provider (ring, as in the app) must be set.
pub fn http_client() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::new()
}

/// Starts the real endpoint with `config` on a free loopback port.
pub async fn serve(config: ServerConfig) -> RunningServer {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    reach_hotline::spawn(config, listener).await.unwrap()
}

/// POSTs `body` as `ct` to `path` of the endpoint at `base_url`.
pub async fn post(
    client: &reqwest::Client,
    base_url: &str,
    path: &str,
    ct: &str,
    body: impl Into<reqwest::Body>,
) -> reqwest::Response {
    client
        .post(format!("{base_url}{path}"))
        .header("content-type", ct)
        .body(body)
        .send()
        .await
        .unwrap()
}

/// `init` as tests use it: unprotected keys (Argon2 would only slow them down), the HPKE key
/// in `keys_dir`.
pub fn init(serve_dir: &Path, keys_dir: &Path, endpoint: &str) -> HotlineProfile {
    reach_hotline::init_dir(
        serve_dir,
        keys_dir,
        "Test hotline",
        endpoint,
        Protection::InsecureNoPassphrase,
    )
    .unwrap()
}

/// One test's own hotline: its directories, the running server, its keys and a client.
pub struct Hotline {
    /// Holds both directories below, so everything goes when the test ends (kept only for
    /// its `Drop`).
    _root: tempfile::TempDir,
    /// The serving directory: profile.json, receipt.key, the database.
    pub serve_dir: PathBuf,
    /// The keys directory: the HPKE private key, apart from the serving directory.
    pub keys_dir: PathBuf,
    pub server: Option<RunningServer>,
    pub url: String,
    pub profile: HotlineProfile,
    pub key: HotlinePrivateKey,
    pub db: PathBuf,
    pub client: reqwest::Client,
    /// Applied to the configuration `load_config` gives, at every (re)start.
    configure: Arc<dyn Fn(&mut ServerConfig) + Send + Sync>,
}

impl Hotline {
    /// The real endpoint with its default limits, except the request rate limit.
    pub async fn start(rate_limit: Option<RateLimit>) -> Self {
        Self::start_with(move |c| c.rate_limit = rate_limit).await
    }

    /// The real endpoint with its configuration changed by `configure`.
    pub async fn start_with(configure: impl Fn(&mut ServerConfig) + Send + Sync + 'static) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let (serve_dir, keys_dir) = (dir.path().join("serve"), dir.path().join("keys"));
        let profile = init(&serve_dir, &keys_dir, "http://127.0.0.1:1");
        let key = reach_hotline::load_hpke_keys(&keys_dir, None)
            .unwrap()
            .remove(0);
        let db = serve_dir.join("hotline.db");
        let mut h = Self {
            _root: dir,
            serve_dir,
            keys_dir,
            server: None,
            url: String::new(),
            profile,
            key,
            db,
            client: http_client(),
            configure: Arc::new(configure),
        };
        h.boot().await;
        h
    }

    async fn boot(&mut self) {
        let mut config = reach_hotline::load_config(&self.serve_dir, None).unwrap();
        config.db_path = self.db.clone();
        (self.configure)(&mut config);
        let server = serve(config).await;
        self.url = server.url();
        self.server = Some(server);
    }

    pub async fn stop(&mut self) {
        if let Some(s) = self.server.take() {
            s.shutdown().await;
        }
    }

    pub async fn restart(&mut self) {
        self.stop().await;
        self.boot().await;
    }

    /// Seals `payload` to the hotline's current key.
    pub fn seal_bytes(&self, payload: &[u8]) -> (Envelope, StatusSecret) {
        let secret = StatusSecret::random();
        let env = seal(
            self.key.public_key(),
            ReferralId::random(),
            secret.verifier(),
            payload,
        )
        .unwrap();
        (env, secret)
    }

    /// Seals a valid referral whose message is `message`.
    pub fn seal_referral(&self, message: &str) -> (Envelope, StatusSecret) {
        let mut r = Referral::sample_minimal();
        r.message = Some(Sensitive::new(message.to_owned()));
        r.validate().unwrap();
        self.seal_bytes(&r.to_bytes())
    }

    pub fn envelope(&self) -> Envelope {
        self.seal_referral("hello").0
    }

    pub async fn post(&self, path: &str, ct: &str, body: Vec<u8>) -> reqwest::Response {
        post(&self.client, &self.url, path, ct, body).await
    }

    pub async fn post_envelope(&self, bytes: &[u8]) -> reqwest::Response {
        self.post(
            reach_core::wire::PATH_ENVELOPES,
            CT_ENVELOPE,
            bytes.to_vec(),
        )
        .await
    }

    pub async fn post_batch(&self, body: Vec<u8>) -> reqwest::Response {
        self.post(reach_core::wire::PATH_BATCH, CT_BATCH, body)
            .await
    }

    /// Asks for a request's status with `secret` (base64url text, possibly not a valid one).
    pub async fn status(&self, secret: &str) -> reqwest::Response {
        let body = serde_json::json!({ "secret": secret }).to_string();
        self.post(reach_core::wire::PATH_STATUS, CT_JSON, body.into_bytes())
            .await
    }

    /// A read-only look at the stored rows, straight from the SQLite file.
    pub fn db(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(&self.db).unwrap()
    }

    pub fn count(&self) -> i64 {
        self.db()
            .query_row("SELECT count(*) FROM referrals", [], |r| r.get(0))
            .unwrap()
    }

    pub fn stored_bytes(&self, id: ReferralId) -> Option<Vec<u8>> {
        use rusqlite::OptionalExtension as _;
        self.db()
            .query_row(
                "SELECT envelope FROM referrals WHERE referral_id = ?1",
                [id.to_string()],
                |r| r.get(0),
            )
            .optional()
            .unwrap()
    }
}

/// Asserts an RFC 9457 problem response with `status` and returns it.
pub async fn expect_problem(res: reqwest::Response, status: u16) -> Problem {
    assert_eq!(res.status().as_u16(), status);
    assert_eq!(content_type(&res), CT_PROBLEM, "problem content type");
    let p: Problem = res.json().await.unwrap();
    assert_eq!(p.status, status);
    assert_eq!(p.code.status(), status);
    assert_eq!(p.type_uri, p.code.type_uri());
    p
}

/// The response's `Content-Type`, empty when there is none.
pub fn content_type(res: &reqwest::Response) -> String {
    res.headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}
