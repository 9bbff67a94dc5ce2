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

mod accounts;
mod export;
mod export_form;
mod index;
mod l10n;
mod languages;
mod notes;
mod pages;
mod replies;
mod reply_form;
mod voices;
mod voices_page;

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
use serde::Deserialize;
use subtle::ConstantTimeEq as _;
use tokio::sync::oneshot;

use crate::HotlineError;
use crate::audit::AuditEvent;
use crate::staff::{Credentials, Role, Staff, StaffDb, StaffError};
use crate::storage::{InboxStore, NewSealed, Sqlite, today};
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

/// The inbox's state. Locks are taken in the order staff → sessions → index, each only when
/// needed; the store's own lock comes last and is a leaf: it is held only inside one storage
/// method, which takes no other lock, so a handler may call the store holding any of these.
struct Inbox {
    keys: HashMap<KeyId, HotlinePrivateKey>,
    staff: Mutex<StaffDb>,
    /// The hotline database (`storage`).
    store: Box<dyn InboxStore>,
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
    store: &dyn InboxStore,
    referral_id: &str,
    action: &str,
    actor: &str,
) -> Result<(), HotlineError> {
    store.append_audit(&[AuditEvent {
        referral_id,
        action,
        actor,
        day: &today(),
    }])?;
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
    let store = Sqlite::open(&config.db_path)?;
    let keys: HashMap<KeyId, HotlinePrivateKey> = config
        .keys
        .into_iter()
        .map(|k| (k.public_key().key_id(), k))
        .collect();
    let mut index = Index::default();
    index.refresh(&store, &keys, "inbox")?;
    let inbox = Arc::new(Inbox {
        keys,
        staff: Mutex::new(config.staff),
        store: Box::new(store),
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
        .route("/export", post(export_form::export_requests))
        .route("/voices", get(voices_page))
        .route("/r/{id}", get(request_page))
        .route("/r/{id}/assign", post(assign))
        .route("/r/{id}/state", post(set_state))
        .route("/r/{id}/note", post(add_note))
        .route("/r/{id}/reply", post(reply_form::send_reply))
        .route("/staff", get(accounts::staff_page))
        .route("/staff/add", post(accounts::staff_add))
        .route("/staff/{name}/role", post(accounts::staff_role))
        .route("/staff/{name}/disabled", post(accounts::staff_disabled))
        .route("/staff/{name}/reset", post(accounts::staff_reset))
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
    page(status, pages::message(&lang(headers), id, None))
}

fn not_found(headers: &HeaderMap) -> Response {
    refusal(headers, StatusCode::NOT_FOUND, "error-not-found")
}

/// "There is no such request" for someone logged in: with the header (where they are, the way
/// back, log out), as every other page they see.
fn not_found_for(headers: &HeaderMap, me: &Staff, csrf: &str) -> Response {
    page(
        StatusCode::NOT_FOUND,
        pages::message(&lang(headers), "error-not-found", Some((me, csrf))),
    )
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
    let mut res = page(StatusCode::OK, pages::login(&l, &t, notice.as_deref(), ""));
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

/// The name typed into a refused login, to show again (a name longer than any account's is
/// dropped rather than echoed).
fn name_kept(name: &str) -> &str {
    if name.chars().count() <= 64 { name } else { "" }
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
            pages::login(&l, &t, Some(&l.t("error-csrf")), name_kept(&f.name)),
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
            audit_now(&*inbox2.store, "", action, &name2)?;
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
            let mut res = page(status, pages::login(&l, &t, Some(&msg), name_kept(&name)));
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
    blocking(move || lock(&inbox.index).refresh(&*inbox.store, &inbox.keys, &actor))
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

/// Survivors' voices: monthly totals only (see `voices.rs` for what is withheld). Any staff
/// member may look: nothing on it can be traced to a person.
async fn voices_page(State(inbox): State<Shared>, headers: HeaderMap) -> Response {
    let Some((me, csrf)) = session(&inbox, &headers) else {
        return to_login(cookie(&headers, SESSION_COOKIE).is_some());
    };
    if let Err(res) = refresh(&inbox, &me.name).await {
        return res;
    }
    let l = lang(&headers);
    let month = chrono::Utc::now().format("%Y-%m").to_string();
    let index = lock(&inbox.index);
    let html = voices_page::voices(
        &l,
        &me,
        &csrf,
        &index.voices.view(&month),
        index.voices.unreadable,
    );
    page(StatusCode::OK, html)
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
        return not_found_for(&headers, &me, &csrf);
    };
    if let Err(res) = refresh(&inbox, &me.name).await {
        return res;
    }
    if lock(&inbox.index).get(&id).is_none() {
        return not_found_for(&headers, &me, &csrf);
    }
    {
        let inbox = inbox.clone();
        let actor = me.name.clone();
        // The first staff view is what the person's app reports as "in review".
        match blocking(move || -> Result<(), HotlineError> {
            let day = today();
            let rid = id.to_string();
            let event = |action| AuditEvent {
                referral_id: &rid,
                action,
                actor: &actor,
                day: &day,
            };
            let moved = inbox
                .store
                .record_view(&id, &event("view"), &event("state:in_review"))?;
            if moved {
                lock(&inbox.index).mark_dirty();
            }
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
    // Read before the index is taken: no need to hold it while the database works.
    let (notes, sent) = {
        match notes::list(&*inbox.store, &inbox.keys, &id)
            .and_then(|n| Ok((n, replies::list(&*inbox.store, &inbox.keys, &id)?)))
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

/// Makes a change: `apply` is given the change's audit event and the day, and calls the one
/// storage method that writes the change with that row in one transaction (under the write
/// lock, so the audit chain stays in order). Then goes back to the request page saying `done`.
async fn change(
    inbox: &Shared,
    id: ReferralId,
    actor: String,
    action: String,
    done: &'static str,
    apply: impl FnOnce(&Inbox, &AuditEvent<'_>, &str) -> Result<(), HotlineError> + Send + 'static,
) -> Response {
    let inbox = inbox.clone();
    let result = blocking(move || -> Result<(), HotlineError> {
        let day = today();
        let rid = id.to_string();
        let event = AuditEvent {
            referral_id: &rid,
            action: &action,
            actor: &actor,
            day: &day,
        };
        apply(&inbox, &event, &day)?;
        // A state, an assignment, a note or a reply: the index reads states again (the store's
        // lock is released by now; the index comes before it in the lock order anyway).
        lock(&inbox.index).mark_dirty();
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
        move |inbox, event, _| {
            let to = (!to.is_empty()).then_some(to.as_str());
            Ok(inbox.store.assign(&id, to, event)?)
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
    change(
        &inbox,
        id,
        me.name,
        action,
        "state",
        move |inbox, event, _| Ok(inbox.store.set_state(&id, state, event)?),
    )
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
        move |inbox, event, day| {
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
            let sealed: NewSealed = notes::seal(key, &id, &note)?;
            Ok(inbox.store.add_note(&id, &sealed, event)?)
        },
    )
    .await
}
