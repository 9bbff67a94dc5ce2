//! The staff inbox: a separate process (`reach-hotline inbox`) beside `serve`, on an address
//! meant for the hotline's own network. It unlocks the HPKE keys (which `serve` never holds),
//! keeps every decrypted request only in memory (`index.rs`), and serves server-rendered pages
//! that work without JavaScript.
//!
//! Every response says `Cache-Control: no-store` and carries a strict CSP (no script at all,
//! styles only from `/static/inbox.css`); sessions are HttpOnly, Secure, SameSite=Strict
//! cookies with idle and absolute expiry; every form that changes something carries the
//! session's CSRF token; logins, views, decryptions, assignments and state changes go to the
//! hash-chained audit log. Staff accounts are [`crate::staff`]; admins manage them on `/staff`
//! (add, role, disable, reset), each change audit-logged, a disable or reset ending that
//! person's open sessions at once.

mod export;
mod index;
mod l10n;
mod notes;
mod pages;
mod replies;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{Form, Path, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use reach_core::envelope::{HotlinePrivateKey, KeyId};
use reach_core::ids::ReferralId;
use reach_core::wire::ReferralState;
use rusqlite::{Connection, params};
use serde::Deserialize;
use subtle::ConstantTimeEq as _;
use tokio::sync::oneshot;

use crate::HotlineError;
use crate::audit::{self, AuditEvent};
use crate::db::{self, today};
use crate::staff::{Credentials, Role, Staff, StaffDb, StaffError};
use index::{Filter, Index};
use l10n::Lang;

/// The session cookie.
const SESSION_COOKIE: &str = "reach_inbox";
/// The login form's double-submit cookie (CSRF before there is a session).
const LOGIN_COOKIE: &str = "reach_login";
/// Bytes of a session id and of a CSRF token.
const TOKEN_LEN: usize = 32;

/// The strict policy of every page: nothing but our own stylesheet, no script, no frames.
const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; \
                   frame-ancestors 'none'; base-uri 'none'";

/// What `inbox` needs.
pub struct InboxConfig {
    /// The database `serve` writes (DIR/hotline.db).
    pub db_path: PathBuf,
    /// The HPKE private keys, unlocked.
    pub keys: Vec<HotlinePrivateKey>,
    /// The staff accounts (KEYS_DIR/staff.db).
    pub staff: StaffDb,
    /// The staff's time zone, for safe contact times.
    pub time_zone: chrono_tz::Tz,
    /// A session ends after this long without a request.
    pub idle: Duration,
    /// A session ends after this long whatever happens.
    pub absolute: Duration,
    /// The name authenticator apps show for accounts an admin adds or resets.
    pub issuer: String,
}

impl InboxConfig {
    /// Sessions of 15 minutes idle, 8 hours at most; times in UTC; "Reach inbox" in
    /// authenticator apps (as `staff add`).
    pub fn new(db_path: PathBuf, keys: Vec<HotlinePrivateKey>, staff: StaffDb) -> Self {
        Self {
            db_path,
            keys,
            staff,
            time_zone: chrono_tz::UTC,
            idle: Duration::from_secs(15 * 60),
            absolute: Duration::from_secs(8 * 3600),
            issuer: "Reach inbox".to_owned(),
        }
    }
}

struct Session {
    staff: Staff,
    csrf: String,
    created: Instant,
    seen: Instant,
}

struct Inbox {
    keys: HashMap<KeyId, HotlinePrivateKey>,
    staff: Mutex<StaffDb>,
    conn: Mutex<Connection>,
    index: Mutex<Index>,
    sessions: Mutex<HashMap<String, Session>>,
    time_zone: chrono_tz::Tz,
    idle: Duration,
    absolute: Duration,
    issuer: String,
}

type Shared = Arc<Inbox>;

/// An inbox started by [`spawn_inbox`].
pub struct RunningInbox {
    /// The address bound.
    pub addr: SocketAddr,
    stop: oneshot::Sender<()>,
    server: tokio::task::JoinHandle<std::io::Result<()>>,
}

impl RunningInbox {
    /// The base URL.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Stops it; every session and every decrypted request is dropped with the process state.
    pub async fn shutdown(self) {
        let _ = self.stop.send(());
        let _ = self.server.await;
    }
}

fn token() -> String {
    hex::encode(reach_core::rng::array::<TOKEN_LEN>())
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

fn audit_now(
    conn: &mut Connection,
    referral_id: &str,
    action: &str,
    actor: &str,
) -> Result<(), HotlineError> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    audit::append(
        &tx,
        &AuditEvent {
            referral_id,
            action,
            actor,
            day: &today(),
        },
    )?;
    tx.commit()?;
    Ok(())
}

/// Starts the inbox on `listener`, having built the index (each request decrypted once, each
/// decryption audited as by `inbox`).
pub async fn spawn_inbox(
    config: InboxConfig,
    listener: tokio::net::TcpListener,
) -> Result<RunningInbox, HotlineError> {
    let addr = listener.local_addr().map_err(|source| HotlineError::Io {
        path: PathBuf::from("<listener>"),
        source,
    })?;
    let mut conn = db::open_db(&config.db_path)?;
    let keys: HashMap<KeyId, HotlinePrivateKey> = config
        .keys
        .into_iter()
        .map(|k| (k.public_key().key_id(), k))
        .collect();
    let mut index = Index::default();
    index.refresh(&mut conn, &keys, "inbox")?;
    let inbox = Arc::new(Inbox {
        keys,
        staff: Mutex::new(config.staff),
        conn: Mutex::new(conn),
        index: Mutex::new(index),
        sessions: Mutex::new(HashMap::new()),
        time_zone: config.time_zone,
        idle: config.idle,
        absolute: config.absolute,
        issuer: config.issuer,
    });
    let app = router(inbox);
    let (stop, stopped) = oneshot::channel::<()>();
    let server = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async move {
                let _ = stopped.await;
            })
            .await
    });
    Ok(RunningInbox { addr, stop, server })
}

fn router(inbox: Shared) -> Router {
    Router::new()
        .route("/", get(list))
        .route("/login", get(login_page).post(login))
        .route("/logout", post(logout))
        .route("/export", post(export_requests))
        .route("/r/{id}", get(request_page))
        .route("/r/{id}/assign", post(assign))
        .route("/r/{id}/state", post(set_state))
        .route("/r/{id}/note", post(add_note))
        .route("/r/{id}/reply", post(send_reply))
        .route("/staff", get(staff_page))
        .route("/staff/add", post(staff_add))
        .route("/staff/{name}/role", post(staff_role))
        .route("/staff/{name}/disabled", post(staff_disabled))
        .route("/staff/{name}/reset", post(staff_reset))
        .route("/static/inbox.css", get(stylesheet))
        .layer(axum::middleware::from_fn(headers))
        .with_state(inbox)
}

/// The headers every answer carries, errors included.
async fn headers(req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    res
}

async fn stylesheet() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8")],
        include_str!("inbox.css"),
    )
}

fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

fn set_cookie(name: &str, value: &str, max_age: Option<u64>) -> HeaderValue {
    let age = max_age.map_or(String::new(), |s| format!("; Max-Age={s}"));
    HeaderValue::from_str(&format!(
        "{name}={value}; Path=/; HttpOnly; Secure; SameSite=Strict{age}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static(""))
}

fn lang(headers: &HeaderMap) -> Lang {
    Lang::negotiate(
        headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok()),
    )
}

/// The session of this request, if it is alive (touching it); expired ones are removed.
fn session(inbox: &Inbox, headers: &HeaderMap) -> Option<(Staff, String)> {
    let id = cookie(headers, SESSION_COOKIE)?;
    let mut sessions = lock(&inbox.sessions);
    let now = Instant::now();
    sessions.retain(|_, s| {
        now.duration_since(s.seen) < inbox.idle && now.duration_since(s.created) < inbox.absolute
    });
    let s = sessions.get_mut(id)?;
    s.seen = now;
    Some((s.staff.clone(), s.csrf.clone()))
}

fn to_login(expired: bool) -> Response {
    Redirect::to(if expired {
        "/login?expired=1"
    } else {
        "/login"
    })
    .into_response()
}

fn csrf_ok(expected: &str, given: &str) -> bool {
    !given.is_empty() && bool::from(expected.as_bytes().ct_eq(given.as_bytes()))
}

/// A refusal page in the staff member's language.
fn refusal(headers: &HeaderMap, status: StatusCode, id: &str) -> Response {
    page(status, pages::message(&lang(headers), id))
}

fn not_found(headers: &HeaderMap) -> Response {
    refusal(headers, StatusCode::NOT_FOUND, "error-not-found")
}

fn page(status: StatusCode, html: String) -> Response {
    (status, Html(html)).into_response()
}

fn internal(e: impl std::fmt::Display) -> Response {
    tracing::error!(error = %e, "inbox");
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}

/// Runs blocking work (SQLite, Argon2id) off the async threads.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T, Response> {
    tokio::task::spawn_blocking(f).await.map_err(internal)
}

#[derive(Deserialize)]
struct LoginQuery {
    #[serde(default)]
    expired: Option<String>,
}

async fn login_page(headers: HeaderMap, Query(q): Query<LoginQuery>) -> Response {
    let l = lang(&headers);
    let t = token();
    let notice = q.expired.map(|_| l.t("login-expired"));
    let mut res = page(StatusCode::OK, pages::login(&l, &t, notice.as_deref()));
    res.headers_mut()
        .append(header::SET_COOKIE, set_cookie(LOGIN_COOKIE, &t, None));
    res
}

#[derive(Deserialize)]
struct LoginForm {
    name: String,
    password: String,
    code: String,
    token: String,
}

async fn login(
    State(inbox): State<Shared>,
    headers: HeaderMap,
    Form(f): Form<LoginForm>,
) -> Response {
    let expected = cookie(&headers, LOGIN_COOKIE).unwrap_or("").to_owned();
    if !csrf_ok(&expected, &f.token) {
        let l = lang(&headers);
        let t = token();
        let mut res = page(
            StatusCode::FORBIDDEN,
            pages::login(&l, &t, Some(&l.t("error-csrf"))),
        );
        res.headers_mut()
            .append(header::SET_COOKIE, set_cookie(LOGIN_COOKIE, &t, None));
        return res;
    }
    // Bounded before any work: a name is at most 64 characters (checked again by the store).
    let name: String = f.name.trim().chars().take(64).collect();
    let now = unix_now();
    let inbox2 = inbox.clone();
    let name2 = name.clone();
    let result = match blocking(
        move || -> Result<Result<String, StaffError>, HotlineError> {
            // The accounts stay locked until the session exists: an admin disabling this account
            // at the same moment comes either first (no login) or after (the session ends).
            let accounts = lock(&inbox2.staff);
            let r = accounts.login(&name2, &f.password, f.code.trim(), now);
            let action = if r.is_ok() { "login" } else { "login_failed" };
            audit_now(&mut lock(&inbox2.conn), "", action, &name2)?;
            Ok(r.map(|staff| {
                let id = token();
                lock(&inbox2.sessions).insert(
                    id.clone(),
                    Session {
                        staff,
                        csrf: token(),
                        created: Instant::now(),
                        seen: Instant::now(),
                    },
                );
                id
            }))
        },
    )
    .await
    {
        Ok(Ok(r)) => r,
        Ok(Err(e)) => return internal(e),
        Err(res) => return res,
    };
    match result {
        Ok(id) => {
            let mut res = Redirect::to("/").into_response();
            let h = res.headers_mut();
            h.append(header::SET_COOKIE, set_cookie(SESSION_COOKIE, &id, None));
            h.append(header::SET_COOKIE, set_cookie(LOGIN_COOKIE, "", Some(0)));
            res
        }
        Err(e) => {
            let l = lang(&headers);
            let (status, msg) = match e {
                StaffError::Locked { retry_after_secs } => (
                    StatusCode::TOO_MANY_REQUESTS,
                    l.ta(
                        "login-locked",
                        &[("seconds", l10n::Arg::Num(retry_after_secs as f64))],
                    ),
                ),
                StaffError::BadLogin => (StatusCode::UNAUTHORIZED, l.t("login-failed")),
                other => return internal(other),
            };
            let t = token();
            let mut res = page(status, pages::login(&l, &t, Some(&msg)));
            res.headers_mut()
                .append(header::SET_COOKIE, set_cookie(LOGIN_COOKIE, &t, None));
            res
        }
    }
}

#[derive(Deserialize)]
struct CsrfForm {
    csrf: String,
}

async fn logout(
    State(inbox): State<Shared>,
    headers: HeaderMap,
    Form(f): Form<CsrfForm>,
) -> Response {
    let Some((_, csrf)) = session(&inbox, &headers) else {
        return to_login(false);
    };
    if !csrf_ok(&csrf, &f.csrf) {
        return refusal(&headers, StatusCode::FORBIDDEN, "error-csrf");
    }
    if let Some(id) = cookie(&headers, SESSION_COOKIE) {
        lock(&inbox.sessions).remove(id);
    }
    let mut res = to_login(false);
    res.headers_mut()
        .append(header::SET_COOKIE, set_cookie(SESSION_COOKIE, "", Some(0)));
    res
}

/// Brings the index up to date (new requests decrypted, audited as by `actor`).
async fn refresh(inbox: &Shared, actor: &str) -> Result<(), Response> {
    let inbox = inbox.clone();
    let actor = actor.to_owned();
    blocking(move || {
        let mut conn = lock(&inbox.conn);
        lock(&inbox.index).refresh(&mut conn, &inbox.keys, &actor)
    })
    .await?
    .map_err(internal)
}

async fn list(
    State(inbox): State<Shared>,
    headers: HeaderMap,
    Query(filter): Query<Filter>,
) -> Response {
    let Some((me, csrf)) = session(&inbox, &headers) else {
        return to_login(cookie(&headers, SESSION_COOKIE).is_some());
    };
    if let Err(res) = refresh(&inbox, &me.name).await {
        return res;
    }
    let l = lang(&headers);
    let staff_names = lock(&inbox.staff).names().unwrap_or_default();
    let index = lock(&inbox.index);
    let html = pages::list(&l, &me, &csrf, &index, &filter, &staff_names, None);
    page(StatusCode::OK, html)
}

/// The list again, saying why an export was refused, with the choices kept (never the
/// passphrase). Nothing was exported.
fn export_refused(
    inbox: &Inbox,
    headers: &HeaderMap,
    me: &Staff,
    csrf: &str,
    mut draft: pages::ExportDraft,
    id: &str,
    args: &[(&str, l10n::Arg)],
) -> Response {
    let l = lang(headers);
    draft.error = Some(l.ta(id, args));
    let staff_names = lock(&inbox.staff).names().unwrap_or_default();
    let index = lock(&inbox.index);
    let html = pages::list(
        &l,
        me,
        csrf,
        &index,
        &Filter::default(),
        &staff_names,
        Some(&draft),
    );
    page(StatusCode::BAD_REQUEST, html)
}

/// `POST /export`: the selected requests as an age-encrypted JSON or CSV file, for a
/// supervisor or admin; one audit row per request (`export:json`, `export:csv`) is durable
/// before the file is sent.
async fn export_requests(
    State(inbox): State<Shared>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    let Some((me, csrf)) = session(&inbox, &headers) else {
        return to_login(cookie(&headers, SESSION_COOKIE).is_some());
    };
    // The body holds the passphrase: parsed into buffers that are zeroized when dropped.
    let fields: Vec<(zeroize::Zeroizing<String>, zeroize::Zeroizing<String>)> =
        form_urlencoded::parse(&body)
            .map(|(k, v)| {
                (
                    zeroize::Zeroizing::new(k.into_owned()),
                    zeroize::Zeroizing::new(v.into_owned()),
                )
            })
            .collect();
    drop(body);
    let field = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k.as_str() == name)
            .map_or("", |(_, v)| v.as_str())
    };
    if !csrf_ok(&csrf, field("csrf")) {
        return refusal(&headers, StatusCode::FORBIDDEN, "error-csrf");
    }
    if me.role < Role::Supervisor {
        return refusal(&headers, StatusCode::FORBIDDEN, "error-forbidden");
    }
    let ids: Vec<String> = fields
        .iter()
        .filter(|(k, _)| k.as_str() == "ids")
        .map(|(_, v)| v.trim().to_owned())
        .take(export::MAX_IDS + 1)
        .collect();
    let draft = pages::ExportDraft {
        ids: ids.clone(),
        format: field("format").to_owned(),
        protect: field("protect").to_owned(),
        recipient: field("recipient").chars().take(200).collect(),
        error: None,
    };
    let refuse = |draft, id: &str, args: &[(&str, l10n::Arg)]| {
        export_refused(&inbox, &headers, &me, &csrf, draft, id, args)
    };
    if let Err(res) = refresh(&inbox, &me.name).await {
        return res;
    }
    if ids.is_empty() {
        return refuse(draft, "export-error-none", &[]);
    }
    if ids.len() > export::MAX_IDS {
        return refuse(
            draft,
            "export-error-too-many",
            &[("max", l10n::Arg::Num(export::MAX_IDS as f64))],
        );
    }
    let Some(format) = export::Format::parse(field("format")) else {
        return refuse(draft, "error-bad-input", &[]);
    };
    let mut parsed: Vec<ReferralId> = Vec::with_capacity(ids.len());
    {
        let index = lock(&inbox.index);
        for id in &ids {
            match parse_id(id).filter(|id| index.get(id).is_some()) {
                Some(id) if !parsed.contains(&id) => parsed.push(id),
                Some(_) => {}
                None => {
                    drop(index);
                    return refuse(draft, "export-error-unknown", &[]);
                }
            }
        }
    }
    let protect =
        match export::protection(field("protect"), field("passphrase"), field("recipient")) {
            Ok(p) => p,
            Err(id) => return refuse(draft, id, &[]),
        };
    drop(fields);
    let actor = me.name.clone();
    let inbox2 = inbox.clone();
    let result = blocking(move || -> Result<Option<Vec<u8>>, HotlineError> {
        // The index alone while the plaintext is built; the database alone for the audit.
        let plain = {
            let index = lock(&inbox2.index);
            let entries: Option<Vec<&index::Entry>> =
                parsed.iter().map(|id| index.get(id)).collect();
            let Some(entries) = entries else {
                return Ok(None);
            };
            match format {
                export::Format::Json => {
                    export::json(&entries).map_err(|e| HotlineError::Export(e.to_string()))?
                }
                export::Format::Csv => {
                    export::csv(&entries).map_err(|e| HotlineError::Export(e.to_string()))?
                }
            }
        };
        let sealed =
            export::seal(&plain, &protect).map_err(|e| HotlineError::Export(e.to_string()))?;
        drop(plain);
        let mut conn = lock(&inbox2.conn);
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let day = today();
        let action = format!("export:{}", format.as_str());
        for id in &parsed {
            audit::append(
                &tx,
                &AuditEvent {
                    referral_id: &id.to_string(),
                    action: &action,
                    actor: &actor,
                    day: &day,
                },
            )?;
        }
        tx.commit()?;
        Ok(Some(sealed))
    })
    .await;
    let sealed = match result {
        Ok(Ok(Some(s))) => s,
        Ok(Ok(None)) => return refuse(draft, "export-error-unknown", &[]),
        Ok(Err(e)) => return internal(e),
        Err(res) => return res,
    };
    let filename = format!(
        "reach-export-{}.{}.age",
        chrono::Utc::now().format("%Y-%m-%d"),
        format.as_str()
    );
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/octet-stream"),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&format!("attachment; filename=\"{filename}\""))
                    .unwrap_or_else(|_| HeaderValue::from_static("attachment")),
            ),
        ],
        sealed,
    )
        .into_response()
}

fn parse_id(id: &str) -> Option<ReferralId> {
    id.parse().ok()
}

#[derive(Deserialize)]
struct DoneQuery {
    #[serde(default)]
    done: Option<String>,
}

async fn request_page(
    State(inbox): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<String>,
    Query(q): Query<DoneQuery>,
) -> Response {
    let Some((me, csrf)) = session(&inbox, &headers) else {
        return to_login(cookie(&headers, SESSION_COOKIE).is_some());
    };
    let Some(id) = parse_id(&id) else {
        return not_found(&headers);
    };
    if let Err(res) = refresh(&inbox, &me.name).await {
        return res;
    }
    if lock(&inbox.index).get(&id).is_none() {
        return not_found(&headers);
    }
    {
        let inbox = inbox.clone();
        let actor = me.name.clone();
        // The first staff view is what the person's app reports as "in review".
        match blocking(move || -> Result<(), HotlineError> {
            let mut conn = lock(&inbox.conn);
            let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            let day = today();
            let event = |action| AuditEvent {
                referral_id: "",
                action,
                actor: &actor,
                day: &day,
            };
            let rid = id.to_string();
            audit::append(&tx, &AuditEvent { referral_id: &rid, ..event("view") })?;
            let moved = tx.execute(
                "UPDATE referrals SET state = 'in_review' WHERE referral_id = ?1 AND state = 'received'",
                [&rid],
            )?;
            if moved > 0 {
                audit::append(&tx, &AuditEvent { referral_id: &rid, ..event("state:in_review") })?;
            }
            tx.commit()?;
            Ok(())
        })
        .await
        {
            Ok(Ok(())) => {}
            Ok(Err(e)) => return internal(e),
            Err(res) => return res,
        }
    }
    if let Err(res) = refresh(&inbox, &me.name).await {
        return res;
    }
    let l = lang(&headers);
    let notice = match q.done.as_deref() {
        Some("assigned") => Some(l.t("done-assigned")),
        Some("state") => Some(l.t("done-state")),
        Some("note") => Some(l.t("done-note")),
        Some("reply") => Some(l.t("done-reply")),
        _ => None,
    };
    render_request(&inbox, &headers, &me, &csrf, id, notice.as_deref(), None)
}

/// The request page as it stands; `draft` re-shows a reply form that was refused, with what
/// the staff member had chosen and written and why it was refused (nothing is lost).
fn render_request(
    inbox: &Inbox,
    headers: &HeaderMap,
    me: &Staff,
    csrf: &str,
    id: ReferralId,
    notice: Option<&str>,
    draft: Option<&pages::ReplyDraft>,
) -> Response {
    let l = lang(headers);
    // The database before the index, never both at once: `refresh` takes them in the other
    // order, and holding the index while waiting for the database could deadlock with it.
    let (notes, sent) = {
        let conn = lock(&inbox.conn);
        match notes::list(&conn, &inbox.keys, &id)
            .and_then(|n| Ok((n, replies::list(&conn, &inbox.keys, &id)?)))
        {
            Ok(v) => v,
            Err(e) => return internal(e),
        }
    };
    let staff_names = lock(&inbox.staff).names().unwrap_or_default();
    let index = lock(&inbox.index);
    let Some(entry) = index.get(&id) else {
        return not_found(headers);
    };
    let html = pages::request(
        &l,
        &pages::RequestPage {
            me,
            csrf,
            entry,
            notes: &notes,
            replies: &sent,
            draft,
            staff_names: &staff_names,
            staff_tz: inbox.time_zone,
            now: chrono::Utc::now(),
            notice,
        },
    );
    let status = if draft.is_some() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    page(status, html)
}

#[derive(Deserialize)]
struct AssignForm {
    csrf: String,
    /// A staff name; empty: nobody.
    to: String,
}

/// Who may act on a request: supervisors and admins on any; an operator only on one that is
/// theirs or nobody's.
fn may_act(me: &Staff, assignee: Option<&str>) -> bool {
    me.role >= Role::Supervisor || assignee.is_none_or(|a| a == me.name)
}

/// The checks every change to a request starts with: a live session, its own CSRF token, a
/// known request, and a role that may act on it. The refusal page otherwise.
fn acting_on(
    inbox: &Inbox,
    headers: &HeaderMap,
    id: &str,
    given_csrf: &str,
) -> Result<(Staff, ReferralId, Option<String>), Box<Response>> {
    let Some((me, csrf)) = session(inbox, headers) else {
        return Err(Box::new(to_login(
            cookie(headers, SESSION_COOKIE).is_some(),
        )));
    };
    if !csrf_ok(&csrf, given_csrf) {
        return Err(Box::new(refusal(
            headers,
            StatusCode::FORBIDDEN,
            "error-csrf",
        )));
    }
    let id = parse_id(id).ok_or_else(|| Box::new(not_found(headers)))?;
    let assignee = match lock(&inbox.index).get(&id) {
        Some(e) => e.assignee.clone(),
        None => return Err(Box::new(not_found(headers))),
    };
    if !may_act(&me, assignee.as_deref()) {
        return Err(Box::new(refusal(
            headers,
            StatusCode::FORBIDDEN,
            "error-forbidden",
        )));
    }
    Ok((me, id, assignee))
}

/// Makes a change and writes its audit row in one transaction (under the write lock, so the
/// audit chain stays in order), then goes back to the request page saying `done`.
async fn change(
    inbox: &Shared,
    id: ReferralId,
    actor: String,
    action: String,
    done: &'static str,
    apply: impl FnOnce(&Inbox, &rusqlite::Transaction<'_>, &str) -> Result<(), HotlineError>
    + Send
    + 'static,
) -> Response {
    let inbox = inbox.clone();
    let result = blocking(move || -> Result<(), HotlineError> {
        let day = today();
        let mut conn = lock(&inbox.conn);
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        apply(&inbox, &tx, &day)?;
        audit::append(
            &tx,
            &AuditEvent {
                referral_id: &id.to_string(),
                action: &action,
                actor: &actor,
                day: &day,
            },
        )?;
        tx.commit()?;
        Ok(())
    })
    .await;
    match result {
        Ok(Ok(())) => Redirect::to(&format!("/r/{id}?done={done}")).into_response(),
        Ok(Err(e)) => internal(e),
        Err(res) => res,
    }
}

async fn assign(
    State(inbox): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<String>,
    Form(f): Form<AssignForm>,
) -> Response {
    let (me, id, _) = match acting_on(&inbox, &headers, &id, &f.csrf) {
        Ok(v) => v,
        Err(res) => return *res,
    };
    let to = f.to.trim().to_owned();
    // An operator takes a request for themselves, or gives back their own; nothing else.
    if me.role < Role::Supervisor && !to.is_empty() && to != me.name {
        return refusal(&headers, StatusCode::FORBIDDEN, "error-forbidden");
    }
    if !to.is_empty() && !lock(&inbox.staff).names().unwrap_or_default().contains(&to) {
        return refusal(&headers, StatusCode::BAD_REQUEST, "error-bad-input");
    }
    let action = if to.is_empty() { "unassign" } else { "assign" };
    change(
        &inbox,
        id,
        me.name,
        action.into(),
        "assigned",
        move |_, tx, _| {
            if to.is_empty() {
                tx.execute(
                    "DELETE FROM assignments WHERE referral_id = ?1",
                    [id.to_string()],
                )?;
            } else {
                tx.execute(
                    "INSERT INTO assignments (referral_id, staff) VALUES (?1, ?2)
                 ON CONFLICT (referral_id) DO UPDATE SET staff = excluded.staff",
                    params![id.to_string(), to],
                )?;
            }
            Ok(())
        },
    )
    .await
}

#[derive(Deserialize)]
struct StateForm {
    csrf: String,
    state: String,
}

async fn set_state(
    State(inbox): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<String>,
    Form(f): Form<StateForm>,
) -> Response {
    let (me, id, _) = match acting_on(&inbox, &headers, &id, &f.csrf) {
        Ok(v) => v,
        Err(res) => return *res,
    };
    let Some(state) = ReferralState::parse(&f.state) else {
        return refusal(&headers, StatusCode::BAD_REQUEST, "error-bad-input");
    };
    // Closing is a supervisor's decision; the rest is whoever works on the request.
    if state == ReferralState::Closed && me.role < Role::Supervisor {
        return refusal(&headers, StatusCode::FORBIDDEN, "error-forbidden");
    }
    let action = format!("state:{}", state.as_str());
    change(&inbox, id, me.name, action, "state", move |_, tx, _| {
        tx.execute(
            "UPDATE referrals SET state = ?2 WHERE referral_id = ?1",
            params![id.to_string(), state.as_str()],
        )?;
        Ok(())
    })
    .await
}

#[derive(Deserialize)]
struct NoteForm {
    csrf: String,
    text: String,
}

async fn add_note(
    State(inbox): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<String>,
    Form(f): Form<NoteForm>,
) -> Response {
    let (me, id, _) = match acting_on(&inbox, &headers, &id, &f.csrf) {
        Ok(v) => v,
        Err(res) => return *res,
    };
    let text = zeroize::Zeroizing::new(f.text.trim().to_owned());
    if text.is_empty() || text.chars().count() > notes::NOTE_MAX_CHARS {
        return refusal(&headers, StatusCode::BAD_REQUEST, "error-note-length");
    }
    let author = me.name.clone();
    change(
        &inbox,
        id,
        me.name,
        "note".into(),
        "note",
        move |inbox, tx, day| {
            // Any key the inbox holds opens it; the lowest key id, so the choice is stable.
            let key = inbox
                .keys
                .iter()
                .min_by_key(|(k, _)| k.to_string())
                .map(|(_, k)| k)
                .ok_or_else(|| HotlineError::Sealing("no key".into()))?;
            let note = notes::Note {
                author,
                day: day.to_owned(),
                text: text.to_string(),
            };
            notes::add(tx, key, &id, &note)
        },
    )
    .await
}

/// Every member defaults to empty, so that a form missing one (no CSRF token, no template) gets
/// the inbox's own refusal page rather than the framework's "unprocessable" text.
#[derive(Deserialize)]
struct ReplyForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    template: String,
    #[serde(default)]
    day: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    text: String,
}

/// The states a reply moves a request on from: sending one answers the request, unless it was
/// already referred or closed (a later reply does not undo those).
fn answered_after_reply(state: ReferralState) -> bool {
    matches!(
        state,
        ReferralState::Received
            | ReferralState::InReview
            | ReferralState::ContactPlanned
            | ReferralState::NeedsInterpreter
    )
}

async fn send_reply(
    State(inbox): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<String>,
    Form(f): Form<ReplyForm>,
) -> Response {
    use reach_core::referral::{TimeOfDay, Weekday};
    use reach_core::reply::{REPLY_TEXT_MAX_CHARS, Reply, ReplyTemplate};

    let (me, id, _) = match acting_on(&inbox, &headers, &id, &f.csrf) {
        Ok(v) => v,
        Err(res) => return *res,
    };
    let draft = pages::ReplyDraft {
        template: f.template.clone(),
        day: f.day.clone(),
        from: f.from.clone(),
        to: f.to.clone(),
        text: zeroize::Zeroizing::new(f.text.clone()),
        error: String::new(),
    };
    let refuse = |draft: pages::ReplyDraft, error: &str| {
        let l = lang(&headers);
        let max = if error == "error-reply-limit" {
            reach_core::reply::REPLIES_MAX
        } else {
            REPLY_TEXT_MAX_CHARS
        };
        let error = l.ta(error, &[("max", l10n::Arg::Num(max as f64))]);
        let csrf = session(&inbox, &headers)
            .map(|(_, c)| c)
            .unwrap_or_default();
        render_request(
            &inbox,
            &headers,
            &me,
            &csrf,
            id,
            None,
            Some(&pages::ReplyDraft { error, ..draft }),
        )
    };
    let Some(template) = ReplyTemplate::parse(&f.template) else {
        return refuse(draft, "error-bad-input");
    };
    let window = if template.needs_window() {
        match (
            Weekday::parse(&f.day),
            TimeOfDay::parse(&f.from),
            TimeOfDay::parse(&f.to),
        ) {
            (Some(d), Ok(a), Ok(b)) => Some((d, a, b)),
            _ => return refuse(draft, "error-reply-params"),
        }
    } else {
        None
    };
    let (reply_key, key_id, state) = {
        let index = lock(&inbox.index);
        let Some(e) = index.get(&id) else {
            return not_found(&headers);
        };
        (e.referral.reply_public_key, e.key_id, e.state)
    };
    // The reply is written with the key the request was sealed to: the person's profile has it.
    let (Some(reply_key), Some(key_id)) =
        (reply_key, key_id.filter(|k| inbox.keys.contains_key(k)))
    else {
        return refuse(draft, "error-reply-no-key");
    };
    // The guard ends with this statement: `refuse` renders the page, which takes it again.
    let next = replies::next_seq(&lock(&inbox.conn), &id);
    let seq = match next {
        Ok(Some(seq)) => seq,
        Ok(None) => return refuse(draft, "error-reply-limit"),
        Err(e) => return internal(e),
    };
    let reply = match Reply::new(id, seq, template, window, Some(f.text.as_str())) {
        Ok(r) => r,
        Err(reach_core::reply::ReplyError::Text) => return refuse(draft, "error-reply-text"),
        Err(_) => return refuse(draft, "error-reply-params"),
    };
    let author = me.name.clone();
    let actor = me.name.clone();
    change(
        &inbox,
        id,
        me.name.clone(),
        "reply".into(),
        "reply",
        move |inbox, tx, day| {
            let key = inbox
                .keys
                .get(&key_id)
                .ok_or_else(|| HotlineError::Sealing("no key".into()))?;
            // The number is taken again inside the write transaction: two staff replying at
            // once get 1 and 2, never the same number (the primary key would refuse it anyway).
            let seq_now = replies::next_seq(tx, &id)?
                .ok_or_else(|| HotlineError::Sealing("reply limit reached".into()))?;
            let reply = Reply {
                seq: seq_now,
                ..reply
            };
            let sent = replies::SentReply {
                author,
                day: day.to_owned(),
                reply,
            };
            replies::add(tx, key, &reply_key, &sent)?;
            if answered_after_reply(state) {
                let moved = tx.execute(
                    "UPDATE referrals SET state = 'answered' WHERE referral_id = ?1 AND state = ?2",
                    params![id.to_string(), state.as_str()],
                )?;
                if moved > 0 {
                    audit::append(
                        tx,
                        &AuditEvent {
                            referral_id: &id.to_string(),
                            action: "state:answered",
                            actor: &actor,
                            day,
                        },
                    )?;
                }
            }
            Ok(())
        },
    )
    .await
}

/// The checks every account page and change starts with: a live session, its own CSRF token
/// (on a change: `given_csrf`), and the admin role. The login or refusal page otherwise. With
/// the admin: their CSRF token and session id.
fn as_admin(
    inbox: &Inbox,
    headers: &HeaderMap,
    given_csrf: Option<&str>,
) -> Result<(Staff, String, String), Box<Response>> {
    let Some((me, csrf)) = session(inbox, headers) else {
        return Err(Box::new(to_login(
            cookie(headers, SESSION_COOKIE).is_some(),
        )));
    };
    if given_csrf.is_some_and(|given| !csrf_ok(&csrf, given)) {
        return Err(Box::new(refusal(
            headers,
            StatusCode::FORBIDDEN,
            "error-csrf",
        )));
    }
    if me.role != Role::Admin {
        return Err(Box::new(refusal(
            headers,
            StatusCode::FORBIDDEN,
            "error-forbidden",
        )));
    }
    let sid = cookie(headers, SESSION_COOKIE).unwrap_or("").to_owned();
    Ok((me, csrf, sid))
}

/// Every account, read off the async threads (a login may hold the accounts for its Argon2id).
async fn accounts(inbox: &Shared) -> Result<Vec<crate::staff::Account>, Response> {
    let inbox = inbox.clone();
    let now = unix_now();
    blocking(move || lock(&inbox.staff).list(now))
        .await?
        .map_err(internal)
}

/// The accounts page with `status`, a notice and what was typed into the add form.
async fn show_accounts(
    inbox: &Shared,
    headers: &HeaderMap,
    me: &Staff,
    csrf: &str,
    status: StatusCode,
    notice: Option<pages::Notice>,
    typed: &pages::Typed,
) -> Response {
    let list = match accounts(inbox).await {
        Ok(list) => list,
        Err(res) => return res,
    };
    let l = lang(headers);
    page(
        status,
        pages::staff(&l, me, csrf, &list, notice.as_ref(), typed),
    )
}

#[derive(Deserialize)]
struct StaffQuery {
    #[serde(default)]
    done: Option<String>,
    #[serde(default)]
    name: Option<String>,
}

async fn staff_page(
    State(inbox): State<Shared>,
    headers: HeaderMap,
    Query(q): Query<StaffQuery>,
) -> Response {
    let (me, csrf, _) = match as_admin(&inbox, &headers, None) {
        Ok(v) => v,
        Err(res) => return *res,
    };
    let list = match accounts(&inbox).await {
        Ok(list) => list,
        Err(res) => return res,
    };
    let l = lang(&headers);
    // What was just done, about an account that exists: the query string is not a way to
    // put words on this page.
    let notice = q
        .name
        .filter(|n| list.iter().any(|a| &a.name == n))
        .and_then(|name| {
            let id = match q.done.as_deref() {
                Some("role") => "staff-done-role",
                Some("disabled") => "staff-done-disabled",
                Some("enabled") => "staff-done-enabled",
                _ => return None,
            };
            Some(pages::Notice {
                text: l.ta(id, &[("name", pages::name_arg(&name))]),
                alert: false,
            })
        });
    let typed = pages::Typed::default();
    page(
        StatusCode::OK,
        pages::staff(&l, &me, &csrf, &list, notice.as_ref(), &typed),
    )
}

/// Why an account change did not happen.
enum NotDone {
    /// The admin's session ended while the change waited (another admin disabled them).
    Gone,
    /// The admin is no longer one (another admin changed their role meanwhile).
    NotAdmin,
    /// The accounts refused it: their own account, a bad or taken name, an unknown one.
    Refused(StaffError),
    /// Something broke (already logged).
    Failed(Box<Response>),
}

/// Makes an account change, updates the open sessions it concerns, and writes its audit row
/// (never a password or a secret: the action names the account and what changed). The
/// accounts stay locked throughout, so changes happen in order and a login cannot slip past
/// a disable, and the admin's session is checked again under that lock. The accounts are
/// another database file (`staff.db`, in the keys directory), so the change and its row are
/// two commits, made at once; a row that fails to commit answers 500.
async fn account_change<T: Send + 'static>(
    inbox: &Shared,
    sid: String,
    action: String,
    apply: impl FnOnce(&StaffDb, &Staff) -> Result<T, StaffError> + Send + 'static,
    sessions_after: impl FnOnce(&mut HashMap<String, Session>) + Send + 'static,
) -> Result<T, NotDone> {
    let inbox = inbox.clone();
    blocking(move || {
        let accounts = lock(&inbox.staff);
        let me = match lock(&inbox.sessions).get(&sid) {
            None => return Err(NotDone::Gone),
            Some(s) if s.staff.role != Role::Admin => return Err(NotDone::NotAdmin),
            Some(s) => s.staff.clone(),
        };
        let done = apply(&accounts, &me).map_err(NotDone::Refused)?;
        sessions_after(&mut lock(&inbox.sessions));
        audit_now(&mut lock(&inbox.conn), "", &action, &me.name)
            .map_err(|e| NotDone::Failed(Box::new(internal(e))))?;
        Ok(done)
    })
    .await
    .map_err(|res| NotDone::Failed(Box::new(res)))?
}

/// The answer to a change that did not happen: the accounts page again, saying why (and
/// keeping what was typed into the add form), or the login or refusal page.
async fn not_done(
    inbox: &Shared,
    headers: &HeaderMap,
    me: &Staff,
    csrf: &str,
    why: NotDone,
    typed: &pages::Typed,
) -> Response {
    let (status, id) = match why {
        NotDone::Gone => return to_login(true),
        NotDone::NotAdmin | NotDone::Refused(StaffError::Forbidden) => {
            return refusal(headers, StatusCode::FORBIDDEN, "error-forbidden");
        }
        NotDone::Failed(res) => return *res,
        NotDone::Refused(StaffError::OwnRole) => (StatusCode::FORBIDDEN, "staff-error-own"),
        NotDone::Refused(StaffError::BadName) => (StatusCode::BAD_REQUEST, "staff-error-bad-name"),
        NotDone::Refused(StaffError::NameTaken) => (StatusCode::CONFLICT, "staff-error-taken"),
        NotDone::Refused(StaffError::Unknown) => (StatusCode::NOT_FOUND, "staff-error-unknown"),
        NotDone::Refused(other) => return internal(other),
    };
    alert(inbox, headers, me, csrf, status, id, typed).await
}

/// The accounts page with a refusal's message (`role="alert"`).
async fn alert(
    inbox: &Shared,
    headers: &HeaderMap,
    me: &Staff,
    csrf: &str,
    status: StatusCode,
    id: &str,
    typed: &pages::Typed,
) -> Response {
    let notice = pages::Notice {
        text: lang(headers).t(id),
        alert: true,
    };
    show_accounts(inbox, headers, me, csrf, status, Some(notice), typed).await
}

/// The page that shows a new or reset account's password and authenticator link, once: they
/// are nowhere else (the store keeps only a hash and the secret), and the page is `no-store`.
fn credentials_page(
    headers: &HeaderMap,
    me: &Staff,
    csrf: &str,
    name: &str,
    reset: bool,
    creds: &Credentials,
) -> Response {
    let l = lang(headers);
    page(
        StatusCode::OK,
        pages::credentials(&l, me, csrf, name, reset, creds),
    )
}

#[derive(Deserialize)]
struct AddForm {
    csrf: String,
    name: String,
    role: String,
}

async fn staff_add(
    State(inbox): State<Shared>,
    headers: HeaderMap,
    Form(f): Form<AddForm>,
) -> Response {
    let (me, csrf, sid) = match as_admin(&inbox, &headers, Some(&f.csrf)) {
        Ok(v) => v,
        Err(res) => return *res,
    };
    let name = f.name.trim().to_owned();
    let role = Role::parse(&f.role);
    // Kept for the form if refused; bounded as the field is (the page is not a mirror).
    let typed = pages::Typed {
        name: name.chars().take(64).collect(),
        role,
    };
    let Some(role) = role else {
        return alert(
            &inbox,
            &headers,
            &me,
            &csrf,
            StatusCode::BAD_REQUEST,
            "error-bad-input",
            &typed,
        )
        .await;
    };
    let issuer = inbox.issuer.clone();
    let action = format!("staff:add:{name}:{}", role.as_str());
    let new = name.clone();
    match account_change(
        &inbox,
        sid,
        action,
        move |db, me| db.add(Some(me), &new, role, &issuer),
        |_| {},
    )
    .await
    {
        Ok(creds) => credentials_page(&headers, &me, &csrf, &name, false, &creds),
        Err(why) => not_done(&inbox, &headers, &me, &csrf, why, &typed).await,
    }
}

#[derive(Deserialize)]
struct RoleForm {
    csrf: String,
    role: String,
}

async fn staff_role(
    State(inbox): State<Shared>,
    headers: HeaderMap,
    Path(name): Path<String>,
    Form(f): Form<RoleForm>,
) -> Response {
    let (me, csrf, sid) = match as_admin(&inbox, &headers, Some(&f.csrf)) {
        Ok(v) => v,
        Err(res) => return *res,
    };
    let typed = pages::Typed::default();
    let Some(role) = Role::parse(&f.role) else {
        return alert(
            &inbox,
            &headers,
            &me,
            &csrf,
            StatusCode::BAD_REQUEST,
            "error-bad-input",
            &typed,
        )
        .await;
    };
    let action = format!("staff:role:{name}:{}", role.as_str());
    let (target, theirs) = (name.clone(), name.clone());
    match account_change(
        &inbox,
        sid,
        action,
        move |db, me| db.set_role(me, &target, role),
        // Their open sessions take the new role at once: a lowered role does not wait for
        // them to log out.
        move |sessions| {
            for s in sessions.values_mut().filter(|s| s.staff.name == theirs) {
                s.staff.role = role;
            }
        },
    )
    .await
    {
        Ok(()) => Redirect::to(&format!("/staff?done=role&name={name}")).into_response(),
        Err(why) => not_done(&inbox, &headers, &me, &csrf, why, &typed).await,
    }
}

#[derive(Deserialize)]
struct DisabledForm {
    csrf: String,
    /// "1": disable; "0": enable again.
    disabled: String,
}

async fn staff_disabled(
    State(inbox): State<Shared>,
    headers: HeaderMap,
    Path(name): Path<String>,
    Form(f): Form<DisabledForm>,
) -> Response {
    let (me, csrf, sid) = match as_admin(&inbox, &headers, Some(&f.csrf)) {
        Ok(v) => v,
        Err(res) => return *res,
    };
    let typed = pages::Typed::default();
    let disabled = match f.disabled.as_str() {
        "1" => true,
        "0" => false,
        _ => {
            return alert(
                &inbox,
                &headers,
                &me,
                &csrf,
                StatusCode::BAD_REQUEST,
                "error-bad-input",
                &typed,
            )
            .await;
        }
    };
    let (verb, done) = if disabled {
        ("disable", "disabled")
    } else {
        ("enable", "enabled")
    };
    let action = format!("staff:{verb}:{name}");
    let (target, theirs) = (name.clone(), name.clone());
    match account_change(
        &inbox,
        sid,
        action,
        move |db, me| db.set_disabled(me, &target, disabled),
        // A disabled account is out now, not at its next login.
        move |sessions| {
            if disabled {
                sessions.retain(|_, s| s.staff.name != theirs);
            }
        },
    )
    .await
    {
        Ok(()) => Redirect::to(&format!("/staff?done={done}&name={name}")).into_response(),
        Err(why) => not_done(&inbox, &headers, &me, &csrf, why, &typed).await,
    }
}

async fn staff_reset(
    State(inbox): State<Shared>,
    headers: HeaderMap,
    Path(name): Path<String>,
    Form(f): Form<CsrfForm>,
) -> Response {
    let (me, csrf, sid) = match as_admin(&inbox, &headers, Some(&f.csrf)) {
        Ok(v) => v,
        Err(res) => return *res,
    };
    let issuer = inbox.issuer.clone();
    let action = format!("staff:reset:{name}");
    let (target, theirs) = (name.clone(), name.clone());
    match account_change(
        &inbox,
        sid,
        action,
        move |db, me| db.reset(me, &target, &issuer),
        // A reset is for a lost phone or password, or a login someone else may know: no
        // session opened with the old one outlives it.
        move |sessions| sessions.retain(|_, s| s.staff.name != theirs),
    )
    .await
    {
        Ok(creds) => credentials_page(&headers, &me, &csrf, &name, true, &creds),
        Err(why) => not_done(&inbox, &headers, &me, &csrf, why, &pages::Typed::default()).await,
    }
}
