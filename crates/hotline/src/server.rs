//! The HTTP endpoint (axum). Every refusal is RFC 9457 problem JSON and stores nothing; every
//! success is answered only after the group commit holding it is durable.

use std::collections::HashSet;
use std::net::{IpAddr, SocketAddr};
use std::num::NonZeroU32;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::error_handling::HandleErrorLayer;
use axum::extract::{ConnectInfo, DefaultBodyLimit, FromRequest, MatchedPath, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use governor::clock::{Clock as _, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota};
use reach_core::envelope::{KeyId, parse_header, sha256};
use reach_core::ids::ReferralId;
use reach_core::profile::HotlineProfile;
use reach_core::receipt::ReceiptSigner;
use reach_core::wire::{
    self, BatchItem, BatchResponse, CT_BATCH, CT_ENVELOPE, CT_JSON, CT_PROBLEM, Delivered, Problem,
    ProblemCode, StatusRequest, StatusResponse, WireError,
};
use subtle::ConstantTimeEq as _;
use tokio::sync::{mpsc, oneshot};
use tower::ServiceBuilder;
use tower_http::set_header::SetResponseHeaderLayer;

use crate::HotlineError;
use crate::db::{self, Ingested, Item, Job, Msg};

/// Per-client token bucket. Generous by default because many people may share one address
/// (carrier-grade NAT, shelters, public Wi-Fi) and a refused request is a person who may not
/// get another chance to send it; the limit exists to keep one flooding client from starving
/// the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    /// Requests a client may make at once before being throttled.
    pub burst: u32,
    /// One more request is allowed every this long.
    pub replenish_every: Duration,
}

impl Default for RateLimit {
    fn default() -> Self {
        Self {
            burst: 60,
            replenish_every: Duration::from_millis(100),
        }
    }
}

/// Everything `serve` needs. Built by [`crate::load_config`] or by hand in tests and benchmarks
/// (which typically raise or remove the rate limit).
pub struct ServerConfig {
    /// The SQLite database file (created if missing).
    pub db_path: PathBuf,
    /// The public profile: served at `/v1/profile`; its key ids are the ones accepted.
    pub profile: HotlineProfile,
    /// Signs receipts.
    pub signer: ReceiptSigner,
    /// Per-client-IP limit; `None` disables it (benchmarks).
    pub rate_limit: Option<RateLimit>,
    /// Upper bound on handling one request, body upload included, so slow clients cannot pin
    /// connections forever.
    pub request_timeout: Duration,
    /// Most envelopes folded into one group commit.
    pub max_group_items: usize,
    /// Capacity of the queue in front of the writer; a full queue applies back-pressure.
    pub queue_capacity: usize,
}

impl ServerConfig {
    /// A configuration with the default limits.
    pub fn new(db_path: PathBuf, profile: HotlineProfile, signer: ReceiptSigner) -> Self {
        Self {
            db_path,
            profile,
            signer,
            rate_limit: Some(RateLimit::default()),
            request_timeout: Duration::from_secs(30),
            max_group_items: 512,
            queue_capacity: 1024,
        }
    }
}

impl std::fmt::Debug for ServerConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ServerConfig")
            .field("db_path", &self.db_path)
            .field("profile", &self.profile.name)
            .field("signer", &self.signer)
            .field("rate_limit", &self.rate_limit)
            .finish_non_exhaustive()
    }
}

struct AppState {
    accepted: HashSet<KeyId>,
    profile_json: String,
    signer: ReceiptSigner,
    jobs: mpsc::Sender<Msg>,
    reader: Mutex<rusqlite::Connection>,
}

type Shared = Arc<AppState>;

/// A server started by [`spawn`]. Dropping it leaves the server running; call
/// [`RunningServer::shutdown`] to stop it cleanly.
pub struct RunningServer {
    /// The address actually bound (useful with port 0).
    pub addr: SocketAddr,
    stop: oneshot::Sender<()>,
    server: tokio::task::JoinHandle<std::io::Result<()>>,
    cleanup: tokio::task::JoinHandle<()>,
    jobs: mpsc::Sender<Msg>,
    writer: std::thread::JoinHandle<()>,
}

impl RunningServer {
    /// The base URL, e.g. `http://127.0.0.1:43210`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Graceful stop: stops accepting, lets in-flight requests finish, then lets the writer
    /// commit and answer everything queued before it exits.
    pub async fn shutdown(self) {
        let _ = self.stop.send(());
        if let Err(e) = self.server.await {
            tracing::error!(error = %e, "server task failed");
        }
        self.cleanup.abort();
        let _ = self.jobs.send(Msg::Shutdown).await;
        let writer = self.writer;
        let _ = tokio::task::spawn_blocking(move || writer.join()).await;
    }
}

/// Starts the endpoint on `listener`. Opens (and migrates) the database first, so a database
/// problem is reported here rather than on the first request.
pub async fn spawn(
    config: ServerConfig,
    listener: tokio::net::TcpListener,
) -> Result<RunningServer, HotlineError> {
    let addr = listener.local_addr().map_err(|source| HotlineError::Io {
        path: PathBuf::from("<listener>"),
        source,
    })?;
    let writer_conn = db::open_db(&config.db_path)?;
    let reader = db::open_db(&config.db_path)?;
    let accepted = config
        .profile
        .public_keys()?
        .iter()
        .map(|k| k.key_id())
        .collect();
    let (tx, rx) = mpsc::channel(config.queue_capacity.max(1));
    let writer = db::spawn_writer(writer_conn, rx, config.max_group_items.max(1));
    let state = Arc::new(AppState {
        accepted,
        profile_json: config.profile.to_json(),
        signer: config.signer,
        jobs: tx.clone(),
        reader: Mutex::new(reader),
    });

    let limiter = config.rate_limit.map(|rl| {
        let quota = Quota::with_period(rl.replenish_every.max(Duration::from_nanos(1)))
            .expect("non-zero period")
            .allow_burst(NonZeroU32::new(rl.burst.max(1)).expect("non-zero"));
        Arc::new(DefaultKeyedRateLimiter::<IpAddr>::keyed(quota))
    });
    let cleanup = {
        let limiter = limiter.clone();
        tokio::spawn(async move {
            let Some(limiter) = limiter else { return };
            let mut tick = tokio::time::interval(Duration::from_secs(60));
            loop {
                tick.tick().await;
                // Forget clients whose bucket is full again, so addresses do not pile up in
                // memory (they are never written anywhere).
                limiter.retain_recent();
                limiter.shrink_to_fit();
            }
        })
    };

    let app = router(state, limiter, config.request_timeout);
    let (stop, stopped) = oneshot::channel::<()>();
    let server = tokio::spawn(async move {
        axum::serve(
            listener,
            app.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(async move {
            let _ = stopped.await;
        })
        .await
    });
    tracing::info!(%addr, "reach-hotline listening");
    Ok(RunningServer {
        addr,
        stop,
        server,
        cleanup,
        jobs: tx,
        writer,
    })
}

fn router(
    state: Shared,
    limiter: Option<Arc<DefaultKeyedRateLimiter<IpAddr>>>,
    timeout: Duration,
) -> Router {
    Router::new()
        .route(
            wire::PATH_ENVELOPES,
            post(post_envelope).layer(DefaultBodyLimit::max(wire::MAX_SINGLE_BYTES)),
        )
        .route(
            wire::PATH_BATCH,
            post(post_batch).layer(DefaultBodyLimit::max(wire::MAX_BATCH_BYTES)),
        )
        .route(
            wire::PATH_STATUS,
            post(post_status).layer(DefaultBodyLimit::max(wire::MAX_STATUS_BYTES)),
        )
        .route(wire::PATH_PROFILE, get(get_profile))
        .route(wire::PATH_OPENAPI, get(get_openapi))
        .fallback(|| async { problem(ProblemCode::NotFound, None) })
        .with_state(state)
        .layer(
            ServiceBuilder::new()
                .layer(HandleErrorLayer::new(|_: tower::BoxError| async {
                    problem(
                        ProblemCode::Unavailable,
                        Some("the request took too long".into()),
                    )
                }))
                .timeout(timeout),
        )
        .layer(axum::middleware::from_fn_with_state(limiter, rate_limit))
        .layer(axum::middleware::from_fn(log_request))
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
}

/// A problem response; `detail` must never contain request content.
fn problem(code: ProblemCode, detail: Option<String>) -> Response {
    let p = Problem::new(code, detail);
    let status = StatusCode::from_u16(p.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (
        status,
        [(header::CONTENT_TYPE, HeaderValue::from_static(CT_PROBLEM))],
        serde_json::to_string(&p).expect("a problem serialises"),
    )
        .into_response()
}

/// Logs route template, status and duration — never bodies, headers, secrets, addresses or
/// the concrete path (a mistyped path could hold anything).
async fn log_request(req: Request, next: Next) -> Response {
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|m| m.as_str().to_owned())
        .unwrap_or_else(|| "<unmatched>".into());
    let method = req.method().clone();
    let start = Instant::now();
    let res = next.run(req).await;
    tracing::info!(
        %method,
        route,
        status = res.status().as_u16(),
        ms = start.elapsed().as_millis() as u64,
        "request"
    );
    res
}

/// Groups IPv6 clients by /64: one subscriber usually holds a whole /64, so per-address limits
/// would be trivial to dodge.
fn client_key(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let mut seg = v6.segments();
                seg[4..].iter_mut().for_each(|s| *s = 0);
                IpAddr::V6(seg.into())
            }
        },
    }
}

async fn rate_limit(
    State(limiter): State<Option<Arc<DefaultKeyedRateLimiter<IpAddr>>>>,
    req: Request,
    next: Next,
) -> Response {
    if let Some(limiter) = &limiter {
        let ip = req
            .extensions()
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip());
        if let Some(ip) = ip
            && let Err(not_until) = limiter.check_key(&client_key(ip))
        {
            let wait = not_until.wait_time_from(DefaultClock::default().now());
            let secs = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
            let mut res = problem(
                ProblemCode::RateLimited,
                Some(format!("retry after {} s", secs.max(1))),
            );
            res.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(secs.max(1)));
            return res;
        }
    }
    next.run(req).await
}

/// Whether the request's content type is `expected` (parameters ignored, case-insensitive).
fn has_content_type(headers: &HeaderMap, expected: &str) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.split(';').next().unwrap_or_default().trim())
        .is_some_and(|v| v.eq_ignore_ascii_case(expected))
}

/// Reads the body within the route's limit; the over-limit case becomes 413 problem JSON
/// (axum's own rejection is plain text).
async fn read_body(req: Request, expected: &str) -> Result<Bytes, Response> {
    if !has_content_type(req.headers(), expected) {
        return Err(problem(
            ProblemCode::UnsupportedMediaType,
            Some(format!("send {expected}")),
        ));
    }
    Bytes::from_request(req, &()).await.map_err(|rejection| {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            problem(ProblemCode::TooLarge, None)
        } else {
            problem(
                ProblemCode::Malformed,
                Some("the body could not be read".into()),
            )
        }
    })
}

/// Header checks for one envelope; a refusal carries the id when the header was readable.
fn check(
    state: &AppState,
    bytes: &[u8],
) -> Result<Item, (ProblemCode, Option<ReferralId>, String)> {
    let header = parse_header(bytes).map_err(|e| (ProblemCode::Malformed, None, e.to_string()))?;
    if !state.accepted.contains(&header.key_id) {
        return Err((
            ProblemCode::UnknownKey,
            Some(header.referral_id),
            format!("key id {} is not a key of this hotline", header.key_id),
        ));
    }
    Ok(Item {
        id: header.referral_id,
        key_id: header.key_id,
        sha256: sha256(bytes),
        status_verifier: header.status_verifier,
        bytes: bytes.to_vec(),
    })
}

/// Hands items to the writer and waits for the durable commit.
async fn store(state: &AppState, items: Vec<Item>) -> Result<Vec<Ingested>, Response> {
    let unavailable = || {
        let mut res = problem(
            ProblemCode::Unavailable,
            Some("nothing was stored; retry".into()),
        );
        res.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
        res
    };
    let (reply, answer) = oneshot::channel();
    state
        .jobs
        .send(Msg::Ingest(Job { items, reply }))
        .await
        .map_err(|_| unavailable())?;
    match answer.await {
        Ok(Ok(out)) => Ok(out),
        _ => Err(unavailable()),
    }
}

async fn post_envelope(State(state): State<Shared>, req: Request) -> Response {
    let body = match read_body(req, CT_ENVELOPE).await {
        Ok(b) => b,
        Err(res) => return res,
    };
    let item = match check(&state, &body) {
        Ok(item) => item,
        Err((code, _, detail)) => return problem(code, Some(detail)),
    };
    let (id, sha) = (item.id, item.sha256);
    let outcome = match store(&state, vec![item]).await {
        Ok(out) => out[0],
        Err(res) => return res,
    };
    let status = match outcome {
        Ingested::Created => StatusCode::CREATED,
        Ingested::Duplicate => StatusCode::OK,
        Ingested::Conflict => return problem(ProblemCode::Conflict, None),
    };
    let receipt = state.signer.sign(id, sha);
    (status, Json(Delivered { id, receipt })).into_response()
}

async fn post_batch(State(state): State<Shared>, req: Request) -> Response {
    let body = match read_body(req, CT_BATCH).await {
        Ok(b) => b,
        Err(res) => return res,
    };
    let raw = match wire::decode_batch(&body) {
        Ok(items) => items,
        Err(WireError::TooLarge) => return problem(ProblemCode::TooLarge, None),
        Err(e @ WireError::Malformed(_)) => {
            return problem(ProblemCode::Malformed, Some(e.to_string()));
        }
    };
    let mut results: Vec<Option<BatchItem>> = Vec::with_capacity(raw.len());
    let mut pending = Vec::new();
    let mut slots = Vec::new();
    for (i, bytes) in raw.iter().enumerate() {
        match check(&state, bytes) {
            Ok(item) => {
                slots.push((i, item.id, item.sha256));
                pending.push(item);
                results.push(None);
            }
            Err((code, id, detail)) => results.push(Some(BatchItem {
                status: code.status(),
                id,
                receipt: None,
                problem: Some(Problem::new(code, detail)),
            })),
        }
    }
    if !pending.is_empty() {
        let outcomes = match store(&state, pending).await {
            Ok(out) => out,
            Err(res) => return res,
        };
        for ((i, id, sha), outcome) in slots.into_iter().zip(outcomes) {
            results[i] = Some(match outcome {
                Ingested::Created | Ingested::Duplicate => BatchItem {
                    status: if outcome == Ingested::Created {
                        201
                    } else {
                        200
                    },
                    id: Some(id),
                    receipt: Some(state.signer.sign(id, sha)),
                    problem: None,
                },
                Ingested::Conflict => BatchItem {
                    status: 409,
                    id: Some(id),
                    receipt: None,
                    problem: Some(Problem::new(ProblemCode::Conflict, None)),
                },
            });
        }
    }
    let results = results
        .into_iter()
        .map(|r| r.expect("every slot filled"))
        .collect();
    Json(BatchResponse { results }).into_response()
}

/// The status route. The request is found by the verifier (SHA-256 of the presented secret),
/// so the id never travels in a status request. Unknown secret, wrong secret, an unreadable
/// secret: one answer, so nobody can learn whether a request exists.
async fn post_status(State(state): State<Shared>, req: Request) -> Response {
    let not_found = || problem(ProblemCode::NotFound, None);
    let body = match read_body(req, CT_JSON).await {
        Ok(b) => b,
        Err(res) => return res,
    };
    let Ok(ask) = serde_json::from_slice::<StatusRequest>(&body) else {
        return problem(
            ProblemCode::Malformed,
            Some("send {\"secret\": \"<base64url>\"}".into()),
        );
    };
    let Some(secret) = ask.secret() else {
        return not_found();
    };
    let presented = secret.verifier();
    let st = state.clone();
    let row = tokio::task::spawn_blocking(move || {
        let conn = st.reader.lock().unwrap_or_else(|e| e.into_inner());
        db::status_by_verifier(&conn, &presented)
    })
    .await;
    let row = match row {
        Ok(Ok(row)) => row,
        _ => return problem(ProblemCode::Unavailable, None),
    };
    match row {
        // The lookup already matched the hash; confirming it in constant time (subtle) keeps
        // the answer independent of how the database compares blobs.
        Some((id, stored, found)) if bool::from(stored.ct_eq(&presented)) => {
            Json(StatusResponse { id, state: found }).into_response()
        }
        _ => not_found(),
    }
}

async fn get_profile(State(state): State<Shared>) -> Response {
    (
        [(header::CONTENT_TYPE, HeaderValue::from_static(CT_JSON))],
        state.profile_json.clone(),
    )
        .into_response()
}

async fn get_openapi() -> Response {
    (
        [(header::CONTENT_TYPE, HeaderValue::from_static(CT_JSON))],
        crate::openapi::OPENAPI_JSON,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipv6_grouped_by_64() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:bbbb::9".parse().unwrap();
        let c: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(client_key(a), client_key(b));
        assert_ne!(client_key(a), client_key(c));
        let mapped: IpAddr = "::ffff:10.0.0.1".parse().unwrap();
        assert_eq!(client_key(mapped), "10.0.0.1".parse::<IpAddr>().unwrap());
    }
}
