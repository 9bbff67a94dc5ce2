//! The HTTP endpoint (axum). Every refusal is RFC 9457 problem JSON ([`Problem`], which the
//! handlers return as their error) and stores nothing; every success is answered only after
//! the group commit holding it is durable.

use std::collections::HashSet;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::error_handling::HandleErrorLayer;
use axum::extract::{ConnectInfo, DefaultBodyLimit, FromRequest, MatchedPath, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use reach_core::envelope::{FEEDBACK_ENVELOPE_LEN, FEEDBACK_VERIFIER, KeyId, parse_header, sha256};
use reach_core::ids::ReferralId;
use reach_core::profile::HotlineProfile;
use reach_core::receipt::ReceiptSigner;
use reach_core::wire::{
    self, BatchItem, BatchResponse, CT_BATCH, CT_ENVELOPE, CT_JSON, Delivered, ProblemCode,
    StatusRequest, StatusResponse,
};
use subtle::ConstantTimeEq as _;
use tokio::sync::{mpsc, oneshot};
use tower::ServiceBuilder;
use tower_http::set_header::SetResponseHeaderLayer;

use crate::HotlineError;
use crate::limits::{ByteLimit, ClientAddressing, Limiters, RateLimit, StatusLimit};
use crate::problem::{Problem, Rejected};
use crate::storage::{
    Ingested, Item, Job, Msg, ServeStore, Sqlite, StatusRow, StorageError, StorageLimits, Ticket,
    Writer,
};

/// Everything `serve` needs. Built by [`crate::load_config`] or by hand in tests and benchmarks
/// (which typically raise or remove the rate limit).
pub struct ServerConfig {
    /// The database file (created if missing).
    pub db_path: PathBuf,
    /// The public profile: served at `/v1/profile`; its key ids are the ones accepted.
    pub profile: HotlineProfile,
    /// Signs receipts.
    pub signer: ReceiptSigner,
    /// Per-client request limit; `None` disables it (benchmarks).
    pub rate_limit: Option<RateLimit>,
    /// Per-client body-byte limit; `None` disables it.
    pub byte_limit: Option<ByteLimit>,
    /// The status route's own limits (the oracle for guessed references); `None` disables
    /// them (benchmarks).
    pub status_limit: Option<StatusLimit>,
    /// How clients are told apart behind a TLS terminator.
    pub addressing: ClientAddressing,
    /// Daily quota and free-space floor, checked before anything is written.
    pub storage: StorageLimits,
    /// Upper bound on handling one request, body upload included, so slow clients cannot pin
    /// connections forever. A delivery that runs out of time is answered 503 and is then never
    /// committed (unless the writer had already begun committing it, in which case it waits
    /// for the commit and answers truthfully).
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
            byte_limit: Some(ByteLimit::default()),
            status_limit: Some(StatusLimit::default()),
            addressing: ClientAddressing::default(),
            storage: StorageLimits::default(),
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
            .field("byte_limit", &self.byte_limit)
            .field("status_limit", &self.status_limit)
            .field("trusted_proxies", &self.addressing.trusted_proxies.len())
            .field("storage", &self.storage)
            .finish_non_exhaustive()
    }
}

struct AppState {
    accepted: HashSet<KeyId>,
    profile_json: String,
    signer: ReceiptSigner,
    jobs: mpsc::Sender<Msg>,
    reader: Box<dyn ServeStore>,
    limits: Arc<Limiters>,
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
    let writer = Writer::open(&config.db_path)?;
    let reader = Sqlite::open(&config.db_path)?;
    let accepted = config
        .profile
        .public_keys()?
        .iter()
        .map(|k| k.key_id())
        .collect();
    let (tx, rx) = mpsc::channel(config.queue_capacity.max(1));
    let writer = writer.spawn(rx, config.max_group_items.max(1), config.storage);
    let limits = Arc::new(Limiters::new(
        config.addressing,
        config.rate_limit,
        config.byte_limit,
        config.status_limit,
    ));
    let state = Arc::new(AppState {
        accepted,
        profile_json: config.profile.to_json(),
        signer: config.signer,
        jobs: tx.clone(),
        reader: Box::new(reader),
        limits: limits.clone(),
    });
    let cleanup = {
        let limits = limits.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(Duration::from_secs(60));
            loop {
                tick.tick().await;
                limits.forget_idle();
            }
        })
    };

    let app = router(state, config.request_timeout);
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

fn router(state: Shared, timeout: Duration) -> Router {
    // Deliveries enforce the deadline themselves (see `store`): a timeout layer would drop the
    // handler while the writer may still commit, and the client would have a 503 for a stored
    // request. Read-only routes are simply cut off.
    let writes = Router::new()
        .route(
            wire::PATH_ENVELOPES,
            post(post_envelope).layer(DefaultBodyLimit::max(wire::MAX_SINGLE_BYTES)),
        )
        .route(
            wire::PATH_BATCH,
            post(post_batch).layer(DefaultBodyLimit::max(wire::MAX_BATCH_BYTES)),
        )
        .route(
            wire::PATH_FEEDBACK,
            post(post_feedback).layer(DefaultBodyLimit::max(FEEDBACK_ENVELOPE_LEN)),
        );
    let reads = Router::new()
        .route(
            wire::PATH_STATUS,
            post(post_status).layer(DefaultBodyLimit::max(wire::MAX_STATUS_BYTES)),
        )
        .route(wire::PATH_PROFILE, get(get_profile))
        .route(wire::PATH_OPENAPI, get(get_openapi))
        .fallback(|| async { Problem::not_found() })
        .layer(
            ServiceBuilder::new()
                .layer(HandleErrorLayer::new(|_: tower::BoxError| async {
                    Problem::timed_out()
                }))
                .timeout(timeout),
        );
    let gate = Gate {
        limits: state.limits.clone(),
        timeout,
    };
    writes
        .merge(reads)
        .with_state(state)
        .layer(axum::middleware::from_fn_with_state(gate, admit))
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

/// The limiters and the deadline every request starts with.
#[derive(Clone)]
struct Gate {
    limits: Arc<Limiters>,
    timeout: Duration,
}

/// What [`admit`] learned about a request, for the handlers.
#[derive(Debug, Clone, Copy)]
struct Admitted {
    /// The limiter key of the client (never logged); `None` without connection info.
    client: Option<IpAddr>,
    /// Whether the body's bytes were already charged from its `Content-Length`.
    prepaid: bool,
    /// When the request must be answered.
    deadline: tokio::time::Instant,
}

/// Counts the request (and its declared body) against the client's allowances before any of
/// the body is read, and stamps the deadline.
async fn admit(
    State(gate): State<Gate>,
    mut req: Request,
    next: Next,
) -> Result<Response, Problem> {
    let deadline = tokio::time::Instant::now() + gate.timeout;
    let client = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| gate.limits.key(c.0.ip(), req.headers()));
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if let Some(key) = client {
        gate.limits.admit(key)?;
        if let Some(len @ 1..) = declared {
            gate.limits.charge(key, len)?;
        }
    }
    req.extensions_mut().insert(Admitted {
        client,
        prepaid: declared.is_some(),
        deadline,
    });
    Ok(next.run(req).await)
}

/// Whether the request's content type is `expected` (parameters ignored, case-insensitive).
fn has_content_type(headers: &HeaderMap, expected: &str) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.split(';').next().unwrap_or_default().trim())
        .is_some_and(|v| v.eq_ignore_ascii_case(expected))
}

/// Reads the body within the route's limit and the request's deadline, and charges its bytes
/// when `Content-Length` did not announce them.
async fn read_body(
    state: &AppState,
    req: Request,
    expected: &str,
) -> Result<(Bytes, Admitted), Problem> {
    if !has_content_type(req.headers(), expected) {
        return Err(Problem::new(
            ProblemCode::UnsupportedMediaType,
            format!("send {expected}"),
        ));
    }
    let admitted = req
        .extensions()
        .get::<Admitted>()
        .copied()
        .ok_or_else(|| Problem::unavailable("not admitted"))?;
    let body = tokio::time::timeout_at(admitted.deadline, Bytes::from_request(req, &())).await??;
    if let (Some(key), false) = (admitted.client, admitted.prepaid) {
        state.limits.charge(key, body.len() as u64)?;
    }
    Ok((body, admitted))
}

/// Header checks for one envelope; a refusal carries the id when the header was readable.
fn check(state: &AppState, bytes: &[u8]) -> Result<Item, Rejected> {
    let header = parse_header(bytes)?;
    if !state.accepted.contains(&header.key_id) {
        return Err(Rejected {
            id: Some(header.referral_id),
            problem: Problem::new(
                ProblemCode::UnknownKey,
                format!("key id {} is not a key of this hotline", header.key_id),
            ),
        });
    }
    Ok(Item {
        feedback: false,
        id: header.referral_id,
        key_id: header.key_id,
        sha256: sha256(bytes),
        status_verifier: header.status_verifier,
        bytes: bytes.to_vec(),
    })
}

/// Hands items to the writer and waits for the durable commit, until `deadline`. Past it the
/// job is cancelled and the answer is 503 — unless the writer has already claimed it, in which
/// case it is being committed right now and its real outcome is awaited and returned. Either
/// way the answer is true: a 503 from here means the request is not and will not be stored.
async fn store(
    state: &AppState,
    items: Vec<Item>,
    deadline: tokio::time::Instant,
) -> Result<Vec<Ingested>, Problem> {
    let not_stored = || Problem::unavailable("nothing was stored; retry");
    let ticket = Arc::new(Ticket::default());
    let (reply, mut answer) = oneshot::channel();
    let job = Msg::Ingest(Job {
        items,
        ticket: ticket.clone(),
        reply,
    });
    // Past the deadline the job was never queued (the queue stayed full): nothing can be
    // stored.
    tokio::time::timeout_at(deadline, state.jobs.send(job))
        .await?
        .map_err(|_| not_stored())?;
    let outcome = match tokio::time::timeout_at(deadline, &mut answer).await {
        Ok(outcome) => outcome,
        Err(elapsed) if ticket.cancel() => return Err(elapsed.into()),
        Err(_) => answer.await,
    };
    match outcome {
        Ok(Ok(out)) => Ok(out),
        _ => Err(not_stored()),
    }
}

async fn post_envelope(
    State(state): State<Shared>,
    req: Request,
) -> Result<(StatusCode, Json<Delivered>), Problem> {
    let (body, admitted) = read_body(&state, req, CT_ENVELOPE).await?;
    let item = check(&state, &body)?;
    store_one(&state, item, admitted.deadline).await
}

/// Stores one envelope (a request or a feedback) and answers `201`/`200` with its receipt.
async fn store_one(
    state: &AppState,
    item: Item,
    deadline: tokio::time::Instant,
) -> Result<(StatusCode, Json<Delivered>), Problem> {
    let (id, sha) = (item.id, item.sha256);
    let status = match store(state, vec![item], deadline).await?[0] {
        Ingested::Created => StatusCode::CREATED,
        Ingested::Duplicate => StatusCode::OK,
        Ingested::Conflict => return Err(Problem::new(ProblemCode::Conflict, None)),
        Ingested::Refused(r) => return Err(r.into()),
    };
    let receipt = state.signer.sign(id, sha);
    Ok((status, Json(Delivered { id, receipt })))
}

/// Survivors' voices: one feedback envelope, judged like a single request envelope plus its own
/// rules (exactly the smallest size, a zero status verifier), stored apart from requests with
/// only the month it arrived. Idempotent by its own id; the receipt is signed the same way.
async fn post_feedback(
    State(state): State<Shared>,
    req: Request,
) -> Result<(StatusCode, Json<Delivered>), Problem> {
    let (body, admitted) = read_body(&state, req, CT_ENVELOPE).await?;
    if body.len() != FEEDBACK_ENVELOPE_LEN {
        return Err(Problem::new(
            ProblemCode::Malformed,
            format!("a feedback envelope is exactly {FEEDBACK_ENVELOPE_LEN} bytes"),
        ));
    }
    let mut item = check(&state, &body)?;
    if item.status_verifier != FEEDBACK_VERIFIER {
        return Err(Problem::new(
            ProblemCode::Malformed,
            "a feedback envelope has a zero status verifier".to_owned(),
        ));
    }
    item.feedback = true;
    store_one(&state, item, admitted.deadline).await
}

async fn post_batch(
    State(state): State<Shared>,
    req: Request,
) -> Result<Json<BatchResponse>, Problem> {
    let (body, admitted) = read_body(&state, req, CT_BATCH).await?;
    let raw = wire::decode_batch(&body)?;
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
            Err(Rejected { id, problem }) => results.push(Some(refused_item(id, problem))),
        }
    }
    if !pending.is_empty() {
        let outcomes = store(&state, pending, admitted.deadline).await?;
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
                Ingested::Conflict => {
                    refused_item(Some(id), Problem::new(ProblemCode::Conflict, None))
                }
                Ingested::Refused(r) => refused_item(Some(id), r.into()),
            });
        }
    }
    let results = results
        .into_iter()
        .map(|r| r.expect("every slot filled"))
        .collect();
    Ok(Json(BatchResponse { results }))
}

/// A batch entry for an item refused with `problem` (its `Retry-After`, if any, has no place
/// in a batch answer; the body's detail says when to retry).
fn refused_item(id: Option<ReferralId>, problem: Problem) -> BatchItem {
    let problem = problem.into_wire();
    BatchItem {
        status: problem.status,
        id,
        receipt: None,
        problem: Some(problem),
    }
}

/// The status route. The request is found by the verifier (SHA-256 of the presented secret),
/// so the id never travels in a status request. Unknown secret, wrong secret, an unreadable
/// secret: one answer, so nobody can learn whether a request exists.
async fn post_status(
    State(state): State<Shared>,
    req: Request,
) -> Result<Json<StatusResponse>, Problem> {
    // Counted before the body is read: a refused guess costs the endpoint nothing more.
    let client = req.extensions().get::<Admitted>().and_then(|a| a.client);
    state.limits.admit_status(client)?;
    let (body, _) = read_body(&state, req, CT_JSON).await?;
    let ask = serde_json::from_slice::<StatusRequest>(&body).map_err(|_| {
        Problem::new(
            ProblemCode::Malformed,
            "send {\"secret\": \"<base64url>\"}".to_owned(),
        )
    })?;
    let secret = ask.secret().ok_or_else(Problem::not_found)?;
    let presented = secret.verifier();
    let st = state.clone();
    let answer = tokio::task::spawn_blocking(move || {
        match st.reader.status_by_verifier(&presented)? {
            // The lookup already matched the hash; confirming it in constant time (subtle)
            // keeps the answer independent of how the database compares blobs.
            Some(StatusRow {
                id,
                verifier,
                state,
            }) if bool::from(verifier.ct_eq(&presented)) => Ok(Some(StatusResponse {
                id,
                state: Some(state),
                replies: st.reader.replies_for(id)?,
            })),
            _ => Ok::<_, StorageError>(None),
        }
    })
    .await??;
    answer.map(Json).ok_or_else(Problem::not_found)
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
