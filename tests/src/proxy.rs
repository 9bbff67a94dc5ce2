//! A fault-injecting HTTP proxy for loopback tests: it stands between the sync engine and the
//! real hotline and, request by request, drops connections, resets them after the hotline has
//! already committed, delays, answers 5xx, truncates bodies, plays a captive portal, forges
//! receipts or redirects. Each response carries `Connection: close`, so every request opens a
//! new connection and gets its own draw.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use futures_util::stream;
use tokio::net::{TcpListener, TcpStream};

/// One way a request can go wrong (or not).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Fault {
    /// Forwarded untouched.
    Pass,
    /// The TCP connection is accepted and closed before anything is read.
    DropConnection,
    /// Forwarded (the hotline commits), then the response is lost mid-way.
    LoseResponse,
    /// Forwarded after a delay longer than the client's timeout would allow in bad cases.
    Delay,
    /// `503` without forwarding.
    ServerError,
    /// Forwarded, then only half of the response body arrives.
    TruncateResponse,
    /// `200 OK` with an HTML login page, without forwarding.
    CaptivePortal,
    /// Forwarded, but every receipt in the answer is replaced by a well-formed forgery.
    ForgeReceipts,
    /// `302` to somewhere else, without forwarding.
    Redirect,
    /// Forwarded at once (the hotline commits), the answer held back for the plan's delay:
    /// the window in which a crash or timeout leaves a delivered request looking undelivered.
    DelayResponse,
}

/// All faults other than [`Fault::Pass`], for plans that use them all.
pub const ALL_FAULTS: [Fault; 9] = [
    Fault::DelayResponse,
    Fault::DropConnection,
    Fault::LoseResponse,
    Fault::Delay,
    Fault::ServerError,
    Fault::TruncateResponse,
    Fault::CaptivePortal,
    Fault::ForgeReceipts,
    Fault::Redirect,
];

/// How often each fault happens.
#[derive(Debug, Clone)]
pub struct FaultPlan {
    /// Probability (0..=1) that a request meets *some* fault.
    pub fault_rate: f64,
    /// The faults to draw from, uniformly.
    pub faults: Vec<Fault>,
    /// How long [`Fault::Delay`] waits.
    pub delay: Duration,
    /// Seed of the proxy's own generator, printed by tests so a failure can be replayed.
    pub seed: u64,
}

/// Counts of what the proxy did, for the test's report.
#[derive(Debug, Default)]
pub struct FaultCounts {
    counts: Mutex<std::collections::HashMap<Fault, usize>>,
    /// Requests seen in total (including dropped connections).
    pub requests: AtomicUsize,
    /// The path of every request that reached the handler, in order, so that a test can tell
    /// which of its requests is being held (a status check, a delivery).
    paths: Mutex<Vec<String>>,
}

impl FaultCounts {
    /// How many times `fault` was injected.
    pub fn get(&self, fault: Fault) -> usize {
        self.counts
            .lock()
            .unwrap()
            .get(&fault)
            .copied()
            .unwrap_or(0)
    }

    /// The paths of the requests seen so far (see the field).
    pub fn paths(&self) -> Vec<String> {
        self.paths.lock().unwrap().clone()
    }

    fn bump(&self, fault: Fault) {
        *self.counts.lock().unwrap().entry(fault).or_default() += 1;
    }
}

struct Shared {
    upstream: String,
    client: reqwest::Client,
    plan: FaultPlan,
    rng: AtomicU64,
    counts: Arc<FaultCounts>,
}

impl Shared {
    /// splitmix64 over an atomic state: reproducible from the seed, no shared lock.
    fn next(&self) -> u64 {
        let mut z = self
            .rng
            .fetch_add(0x9E37_79B9_7F4A_7C15, Ordering::Relaxed)
            .wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn draw(&self) -> Fault {
        let roll = (self.next() % 1_000_000) as f64 / 1_000_000.0;
        if roll >= self.plan.fault_rate || self.plan.faults.is_empty() {
            return Fault::Pass;
        }
        self.plan.faults[(self.next() % self.plan.faults.len() as u64) as usize]
    }
}

/// A running proxy.
pub struct FaultProxy {
    /// Where clients should connect.
    pub addr: SocketAddr,
    /// What it has done so far.
    pub counts: Arc<FaultCounts>,
    task: tokio::task::JoinHandle<()>,
}

impl FaultProxy {
    /// Starts a proxy on 127.0.0.1 in front of `upstream` (e.g. `http://127.0.0.1:1234`).
    pub async fn start(upstream: &str, plan: FaultPlan) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let counts = Arc::new(FaultCounts::default());
        let shared = Arc::new(Shared {
            upstream: upstream.trim_end_matches('/').to_owned(),
            client: {
                let _ = rustls::crypto::ring::default_provider().install_default();
                reqwest::Client::builder()
                    .redirect(reqwest::redirect::Policy::none())
                    .no_proxy()
                    .build()
                    .unwrap()
            },
            rng: AtomicU64::new(plan.seed),
            plan,
            counts: counts.clone(),
        });
        let app = axum::Router::new()
            .fallback(handle)
            .with_state(shared.clone());
        let listener = DroppingListener {
            inner: listener,
            shared,
        };
        let task = tokio::spawn(async move {
            axum::serve(listener, app).await.unwrap();
        });
        Self { addr, counts, task }
    }

    /// The proxy's base URL.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

impl Drop for FaultProxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Accepts connections, closing some at once ([`Fault::DropConnection`]).
struct DroppingListener {
    inner: TcpListener,
    shared: Arc<Shared>,
}

impl axum::serve::Listener for DroppingListener {
    type Io = TcpStream;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        loop {
            let Ok((stream, addr)) = self.inner.accept().await else {
                tokio::time::sleep(Duration::from_millis(5)).await;
                continue;
            };
            let wants_drop = self.shared.plan.faults.contains(&Fault::DropConnection)
                && self.shared.draw() == Fault::DropConnection;
            if wants_drop {
                self.shared.counts.requests.fetch_add(1, Ordering::Relaxed);
                self.shared.counts.bump(Fault::DropConnection);
                let _ = stream.set_zero_linger(); // RST, not FIN
                drop(stream);
                continue;
            }
            return (stream, addr);
        }
    }

    fn local_addr(&self) -> std::io::Result<Self::Addr> {
        self.inner.local_addr()
    }
}

fn close(mut resp: Response) -> Response {
    resp.headers_mut()
        .insert(header::CONNECTION, HeaderValue::from_static("close"));
    resp
}

/// A body that yields `prefix` and then fails, so the connection is cut mid-response.
fn broken_body(prefix: Bytes) -> Body {
    let chunks: Vec<Result<Bytes, std::io::Error>> = vec![
        Ok(prefix),
        Err(std::io::Error::new(
            std::io::ErrorKind::ConnectionReset,
            "injected",
        )),
    ];
    Body::from_stream(stream::iter(chunks))
}

async fn forward(s: &Shared, req: Request) -> Result<(StatusCode, HeaderMap, Bytes), ()> {
    let method = req.method().clone();
    let path = req
        .uri()
        .path_and_query()
        .map_or("/".to_owned(), |p| p.to_string());
    let headers = req.headers().clone();
    let body = axum::body::to_bytes(req.into_body(), 64 * 1024 * 1024)
        .await
        .map_err(|_| ())?;
    let mut out = s.client.request(method, format!("{}{}", s.upstream, path));
    for (k, v) in &headers {
        if k != header::HOST && k != header::CONNECTION && k != header::CONTENT_LENGTH {
            out = out.header(k, v);
        }
    }
    let resp = out.body(body).send().await.map_err(|_| ())?;
    let status = resp.status();
    let mut headers = resp.headers().clone();
    headers.remove(header::CONTENT_LENGTH);
    headers.remove(header::TRANSFER_ENCODING);
    headers.remove(header::CONNECTION);
    let body = resp.bytes().await.map_err(|_| ())?;
    Ok((status, headers, body))
}

/// Replaces every `"receipt":"…"` value by a forgery of the same shape: right length and
/// magic, wrong signature.
fn forge_receipts(body: &[u8]) -> Vec<u8> {
    let Ok(mut v) = serde_json::from_slice::<serde_json::Value>(body) else {
        return body.to_vec();
    };
    fn walk(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, x) in m.iter_mut() {
                    if k == "receipt" {
                        if let Some(s) = x.as_str()
                            && let Ok(r) = reach_core::receipt::Receipt::from_base64(s)
                        {
                            let mut b = r.as_bytes().to_vec();
                            let last = b.len() - 1;
                            b[last] ^= 0x55;
                            use base64::Engine as _;
                            *x = serde_json::Value::String(
                                base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b),
                            );
                        }
                    } else {
                        walk(x);
                    }
                }
            }
            serde_json::Value::Array(a) => a.iter_mut().for_each(walk),
            _ => {}
        }
    }
    walk(&mut v);
    serde_json::to_vec(&v).unwrap()
}

async fn handle(State(s): State<Arc<Shared>>, req: Request) -> Response {
    s.counts.requests.fetch_add(1, Ordering::Relaxed);
    s.counts
        .paths
        .lock()
        .unwrap()
        .push(req.uri().path().to_owned());
    // DropConnection is decided at accept time; never drawn twice.
    let fault = match s.draw() {
        Fault::DropConnection => Fault::Pass,
        f => f,
    };
    s.counts.bump(fault);
    let resp = match fault {
        Fault::ServerError => {
            (StatusCode::SERVICE_UNAVAILABLE, "upstream unavailable").into_response()
        }
        Fault::CaptivePortal => (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "text/html")],
            "<html><body><form>Accept the terms to use the Wi-Fi</form></body></html>",
        )
            .into_response(),
        Fault::Redirect => (
            StatusCode::FOUND,
            [(header::LOCATION, "http://127.0.0.1:9/login")],
        )
            .into_response(),
        Fault::Delay => {
            tokio::time::sleep(s.plan.delay).await;
            passthrough(&s, req).await
        }
        Fault::Pass | Fault::DropConnection => passthrough(&s, req).await,
        Fault::DelayResponse => {
            let resp = passthrough(&s, req).await;
            tokio::time::sleep(s.plan.delay).await;
            resp
        }
        Fault::LoseResponse | Fault::TruncateResponse | Fault::ForgeReceipts => {
            match forward(&s, req).await {
                Err(()) => StatusCode::BAD_GATEWAY.into_response(),
                Ok((status, headers, body)) => {
                    let mut resp = match fault {
                        Fault::LoseResponse => broken_body(Bytes::new()).into_response(),
                        Fault::TruncateResponse => {
                            broken_body(body.slice(..body.len() / 2)).into_response()
                        }
                        _ => Body::from(forge_receipts(&body)).into_response(),
                    };
                    *resp.status_mut() = status;
                    resp.headers_mut().extend(headers);
                    resp
                }
            }
        }
    };
    close(resp)
}

async fn passthrough(s: &Shared, req: Request) -> Response {
    match forward(s, req).await {
        Err(()) => StatusCode::BAD_GATEWAY.into_response(),
        Ok((status, headers, body)) => {
            let mut resp = Body::from(body).into_response();
            *resp.status_mut() = status;
            resp.headers_mut().extend(headers);
            resp
        }
    }
}
