//! The staff inbox as staff use it: a real `serve` and a real `inbox` on loopback, sharing a
//! real SQLite file; logins with a password and an authenticator code; the pages' headers; the
//! list's order and filters; a request's words shown as text; roles, CSRF and expiry; and the
//! audit chain and the disk afterwards.

use std::time::Duration;

use crate::common::Hotline;
use reach_core::ids::ReferralId;
use reach_core::referral::{
    AgeGroup, AssistedBy, ConsentScope, Need, Referral, Sensitive, Urgency,
};
use reach_hotline::inbox::{InboxConfig, RunningInbox, spawn_inbox};
use reach_hotline::staff::{Credentials, Role, StaffDb};
use reqwest::StatusCode;

const MARKER: &str = "MARKER-4f1c-words";
const SCRIPT: &str = "<script>alert('x')</script> & <b>bold</b>";

struct Staffed {
    h: Hotline,
    inbox: RunningInbox,
    admin: Credentials,
    operator: Credentials,
    web: reqwest::Client,
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

fn code(c: &Credentials, offset: i64) -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    totp_rs::TOTP::from_url(c.otpauth_uri.as_str())
        .unwrap()
        .generate((now + offset) as u64)
}

async fn deliver(h: &Hotline, r: &Referral) -> ReferralId {
    r.validate().unwrap();
    let (env, _) = h.seal_bytes(&r.to_bytes());
    assert_eq!(h.post_envelope(env.as_bytes()).await.status().as_u16(), 201);
    env.referral_id()
}

async fn start(idle: Duration) -> (Staffed, ReferralId, ReferralId) {
    let h = Hotline::start(None).await;
    let mut urgent = Referral::sample();
    urgent.message = Some(Sensitive::new(format!("{MARKER} {SCRIPT}")));
    urgent.urgency = Some(Urgency::Now);
    urgent.age_group = Some(AgeGroup::Under18);
    urgent.contact.voicemail_ok = None;
    let mut calm = Referral::sample_minimal();
    calm.message = Some(Sensitive::new("no hurry".to_owned()));
    calm.needs = [Need::Medical].into();
    calm.urgency = Some(Urgency::NotUrgent);
    let calm_id = deliver(&h, &calm).await;
    let urgent_id = deliver(&h, &urgent).await;

    let staff = StaffDb::open(&h.keys_dir).unwrap();
    let admin = staff.add(None, "amina", Role::Admin, "Test").unwrap();
    let me = staff
        .login("amina", &admin.password, &code(&admin, -60), now() - 60)
        .unwrap();
    let operator = staff
        .add(Some(&me), "omar", Role::Operator, "Test")
        .unwrap();
    let keys = reach_hotline::load_hpke_keys(&h.keys_dir, None).unwrap();
    let mut config = InboxConfig::new(h.db.clone(), keys, staff);
    config.idle = idle;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let inbox = spawn_inbox(config, listener).await.unwrap();
    (
        Staffed {
            h,
            inbox,
            admin,
            operator,
            web: client(),
        },
        urgent_id,
        calm_id,
    )
}

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

/// The value of `name="<field>" value="..."` in a page.
fn hidden(html: &str, field: &str) -> String {
    let at = html
        .find(&format!("name=\"{field}\" value=\""))
        .unwrap_or_else(|| panic!("no {field} in {html}"));
    let rest = &html[at + field.len() + 15..];
    rest[..rest.find('"').unwrap()].to_owned()
}

/// No file the hotline wrote (databases, WAL, keys directory) holds `marker` in plaintext.
fn assert_nowhere_on_disk(h: &Hotline, marker: &str) {
    for entry in std::fs::read_dir(&h.serve_dir)
        .unwrap()
        .chain(std::fs::read_dir(&h.keys_dir).unwrap())
    {
        let path = entry.unwrap().path();
        if path.is_file() {
            let bytes = std::fs::read(&path).unwrap();
            assert!(
                !bytes.windows(marker.len()).any(|w| w == marker.as_bytes()),
                "{} holds {marker} in plaintext",
                path.display()
            );
        }
    }
}

fn set_cookie(res: &reqwest::Response, name: &str) -> Option<String> {
    res.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with(&format!("{name}=")))
        .map(str::to_owned)
}

fn cookie_value(set_cookie: &str) -> String {
    set_cookie.split(';').next().unwrap().to_owned()
}

impl Staffed {
    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.inbox.url())
    }

    async fn get(&self, path: &str, cookie: Option<&str>) -> reqwest::Response {
        let mut req = self.web.get(self.url(path));
        if let Some(c) = cookie {
            req = req.header("cookie", c);
        }
        req.send().await.unwrap()
    }

    async fn post(&self, path: &str, cookie: &str, form: &[(&str, &str)]) -> reqwest::Response {
        self.web
            .post(self.url(path))
            .header("cookie", cookie)
            .form(form)
            .send()
            .await
            .unwrap()
    }

    /// Logs in; the session cookie.
    async fn login(
        &self,
        name: &str,
        creds: &Credentials,
        offset: i64,
    ) -> Result<String, StatusCode> {
        self.login_with_code(name, creds, &code(creds, offset))
            .await
    }

    /// Log in with a given one-time code: a replay must send the very code sent before (a code
    /// worked out again may fall in the next 30-second step, and be a new, valid one).
    async fn login_with_code(
        &self,
        name: &str,
        creds: &Credentials,
        code: &str,
    ) -> Result<String, StatusCode> {
        let page = self.get("/login", None).await;
        let login_cookie = cookie_value(&set_cookie(&page, "reach_login").unwrap());
        let token = hidden(&page.text().await.unwrap(), "token");
        let res = self
            .post(
                "/login",
                &login_cookie,
                &[
                    ("token", &token),
                    ("name", name),
                    ("password", &creds.password),
                    ("code", code),
                ],
            )
            .await;
        match res.status() {
            StatusCode::SEE_OTHER => Ok(cookie_value(&set_cookie(&res, "reach_inbox").unwrap())),
            s => Err(s),
        }
    }
}

#[tokio::test]
async fn staff_log_in_find_read_and_work_on_requests() {
    let (s, urgent, calm) = start(Duration::from_secs(900)).await;

    // Not logged in: the login page; every answer is uncacheable and under the strict policy.
    let res = s.get("/", None).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(res.headers()["location"], "/login");
    let res = s.get("/login", None).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["cache-control"], "no-store");
    let csp = res.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        csp.contains("default-src 'none'") && !csp.contains("script-src"),
        "{csp}"
    );
    let login_cookie = set_cookie(&res, "reach_login").unwrap();
    assert!(
        login_cookie.contains("HttpOnly")
            && login_cookie.contains("Secure")
            && login_cookie.contains("SameSite=Strict")
    );
    let html = res.text().await.unwrap();
    assert!(
        !html.contains("<script") && !html.contains("style="),
        "no inline script or style"
    );

    // A login form without its token is refused.
    let res = s
        .post(
            "/login",
            "",
            &[
                ("name", "amina"),
                ("password", "x"),
                ("code", "1"),
                ("token", ""),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    // Wrong code, wrong password: refused alike.
    let mut wrong = Credentials {
        password: s.admin.password.clone(),
        otpauth_uri: s.operator.otpauth_uri.clone(),
    };
    assert_eq!(
        s.login("amina", &wrong, 0).await,
        Err(StatusCode::UNAUTHORIZED)
    );
    wrong = Credentials {
        password: zeroize::Zeroizing::new("not it".to_owned()),
        otpauth_uri: s.admin.otpauth_uri.clone(),
    };
    assert_eq!(
        s.login("amina", &wrong, 0).await,
        Err(StatusCode::UNAUTHORIZED)
    );
    let used = code(&s.admin, 0);
    let admin = s.login_with_code("amina", &s.admin, &used).await.unwrap();
    // The same code a second time (a replayed login) is refused.
    assert_eq!(
        s.login_with_code("amina", &s.admin, &used).await,
        Err(StatusCode::UNAUTHORIZED)
    );

    // The list: danger and a child first, flagged; both requests there.
    let res = s.get("/", Some(&admin)).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["cache-control"], "no-store");
    let list = res.text().await.unwrap();
    let (u, c) = (
        list.find(&urgent.to_string()[..8]).unwrap(),
        list.find(&calm.to_string()[..8]).unwrap(),
    );
    assert!(u < c, "danger first");
    assert!(list.contains("Danger now") && list.contains("Child"));
    assert!(!list.contains(MARKER), "the list shows no one's words");
    // Filters combine; they work on what the inbox holds in memory.
    let only = s
        .get("/?urgency=now", Some(&admin))
        .await
        .text()
        .await
        .unwrap();
    assert!(only.contains(&urgent.to_string()[..8]) && !only.contains(&calm.to_string()[..8]));
    let none = s
        .get("/?state=closed&need=medical", Some(&admin))
        .await
        .text()
        .await
        .unwrap();
    assert!(none.contains("No request matches"));
    let medical = s
        .get("/?need=medical", Some(&admin))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        medical.contains(&calm.to_string()[..8]) && !medical.contains(&urgent.to_string()[..8])
    );

    // The request: its words as text (escaped), the safe-contact plan impossible to miss.
    let page = s.get(&format!("/r/{urgent}"), Some(&admin)).await;
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    assert!(html.contains(MARKER));
    assert!(
        !html.contains("<script>alert") && !html.contains("<b>bold"),
        "escaped"
    );
    assert!(html.contains("&lt;script&gt;alert"), "shown as text");
    assert!(html.contains("Safe contact: read before any contact"));
    assert!(
        html.contains("Do not leave a voicemail."),
        "no answer about voicemail means no"
    );
    assert!(html.contains("Now is a safe time") || html.contains("Now is NOT a safe time"));
    assert!(html.contains("child safeguarding procedure"));
    // Opened by staff: the person's app now hears "in review".
    let stored: String =
        s.h.db()
            .query_row(
                "SELECT state FROM referrals WHERE referral_id = ?1",
                [urgent.to_string()],
                |r| r.get(0),
            )
            .unwrap();
    assert_eq!(stored, "in_review");
    let csrf = hidden(&html, "csrf");

    // Work on it: CSRF required, then assignment and state as stored.
    let path = format!("/r/{urgent}/state");
    let res = s
        .post(&path, &admin, &[("state", "answered"), ("csrf", "")])
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let res = s
        .post(
            &path,
            &admin,
            &[("state", "answered"), ("csrf", &"0".repeat(64))],
        )
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let res = s
        .post(&path, &admin, &[("state", "lost"), ("csrf", &csrf)])
        .await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    let res = s
        .post(&path, &admin, &[("state", "answered"), ("csrf", &csrf)])
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let stored: String =
        s.h.db()
            .query_row(
                "SELECT state FROM referrals WHERE referral_id = ?1",
                [urgent.to_string()],
                |r| r.get(0),
            )
            .unwrap();
    assert_eq!(stored, "answered");
    let res = s
        .post(
            &format!("/r/{urgent}/assign"),
            &admin,
            &[("to", "amina"), ("csrf", &csrf)],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let res = s
        .post(
            &format!("/r/{urgent}/assign"),
            &admin,
            &[("to", "nobody-here"), ("csrf", &csrf)],
        )
        .await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);

    // Notes: sealed at rest, shown as text, bounded, audited.
    let note_path = format!("/r/{urgent}/note");
    let note = format!("NOTE-{MARKER} {SCRIPT}");
    let res = s
        .post(&note_path, &admin, &[("text", &note), ("csrf", "")])
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let res = s
        .post(&note_path, &admin, &[("text", "   "), ("csrf", &csrf)])
        .await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    let long = "x".repeat(2001);
    let res = s
        .post(&note_path, &admin, &[("text", &long), ("csrf", &csrf)])
        .await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    let res = s
        .post(&note_path, &admin, &[("text", &note), ("csrf", &csrf)])
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let html = s
        .get(&format!("/r/{urgent}?done=note"), Some(&admin))
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains(&format!("NOTE-{MARKER}")) && html.contains("Note saved."));
    assert!(!html.contains("<b>bold"), "the note is text");
    let sealed: Vec<u8> =
        s.h.db()
            .query_row("SELECT sealed FROM notes", [], |r| r.get(0))
            .unwrap();
    assert!(!sealed.windows(5).any(|w| w == b"NOTE-"), "sealed at rest");
    // A changed note shows as unreadable, in its place.
    let mut changed = sealed.clone();
    *changed.last_mut().unwrap() ^= 1;
    s.h.db()
        .execute("UPDATE notes SET sealed = ?1", [changed])
        .unwrap();
    let res = s.get(&format!("/r/{urgent}"), Some(&admin)).await;
    assert_eq!(res.status(), StatusCode::OK);
    let html = res.text().await.unwrap();
    assert!(html.contains("This note could not be opened."), "{html}");
    // Even text where the sealed bytes belong: one unreadable note, not a failed page.
    s.h.db()
        .execute("UPDATE notes SET sealed = 'plain words'", [])
        .unwrap();
    let res = s.get(&format!("/r/{urgent}"), Some(&admin)).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("This note could not be opened.")
    );

    // An operator: not on another's request, not closing, not assigning others.
    let op = s.login("omar", &s.operator, 0).await.unwrap();
    let op_csrf = hidden(&s.get("/", Some(&op)).await.text().await.unwrap(), "csrf");
    let res = s
        .post(&path, &op, &[("state", "in_review"), ("csrf", &op_csrf)])
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN, "amina's request");
    let calm_state = format!("/r/{calm}/state");
    let res = s
        .post(&calm_state, &op, &[("state", "closed"), ("csrf", &op_csrf)])
        .await;
    assert_eq!(
        res.status(),
        StatusCode::FORBIDDEN,
        "closing is a supervisor's"
    );
    let res = s
        .post(
            &format!("/r/{calm}/assign"),
            &op,
            &[("to", "amina"), ("csrf", &op_csrf)],
        )
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let res = s
        .post(
            &format!("/r/{calm}/assign"),
            &op,
            &[("to", "omar"), ("csrf", &op_csrf)],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    // Another session's token does not work either.
    let res = s
        .post(&calm_state, &op, &[("state", "answered"), ("csrf", &csrf)])
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let res = s
        .post(
            &calm_state,
            &op,
            &[("state", "answered"), ("csrf", &op_csrf)],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let mine = s
        .get("/?assignee=omar", Some(&op))
        .await
        .text()
        .await
        .unwrap();
    assert!(mine.contains(&calm.to_string()[..8]) && !mine.contains(&urgent.to_string()[..8]));
    // Unknown and malformed ids.
    assert_eq!(
        s.get(&format!("/r/{}", "0".repeat(32)), Some(&op))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        s.get("/r/not-an-id", Some(&op)).await.status(),
        StatusCode::NOT_FOUND
    );

    // In Arabic: the page is mirrored and in Arabic, the person's words unchanged.
    let ar = s
        .web
        .get(s.url(&format!("/r/{urgent}")))
        .header("cookie", &admin)
        .header("accept-language", "ar-EG,ar;q=0.9")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        ar.contains("lang=\"ar\" dir=\"rtl\"")
            && ar.contains("التواصل الآمن")
            && ar.contains(MARKER)
    );

    // Logout ends the session.
    let res = s.post("/logout", &op, &[("csrf", &op_csrf)]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(s.get("/", Some(&op)).await.status(), StatusCode::SEE_OTHER);

    // The audit chain holds it all, whole; and nothing anyone wrote is on the hotline's disk.
    let conn = s.h.db();
    let actions: Vec<String> = conn
        .prepare("SELECT action FROM audit ORDER BY seq")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    for a in [
        "decrypt",
        "login_failed",
        "login",
        "view",
        "state:answered",
        "assign",
    ] {
        assert!(actions.iter().any(|x| x == a), "{a} in {actions:?}");
    }
    assert!(
        reach_hotline::audit::verify_file(&s.h.db, None)
            .unwrap()
            .is_ok()
    );
    assert_nowhere_on_disk(&s.h, MARKER);
    s.inbox.shutdown().await;
}

#[tokio::test]
async fn an_idle_session_ends() {
    let (s, _, _) = start(Duration::from_millis(300)).await;
    let admin = s.login("amina", &s.admin, 0).await.unwrap();
    assert_eq!(s.get("/", Some(&admin)).await.status(), StatusCode::OK);
    tokio::time::sleep(Duration::from_millis(500)).await;
    let res = s.get("/", Some(&admin)).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(res.headers()["location"], "/login?expired=1");
    let page = s.get("/login?expired=1", None).await.text().await.unwrap();
    assert!(page.contains("Your session ended"));
    s.inbox.shutdown().await;
}

#[tokio::test]
async fn the_list_comes_in_pages_that_keep_the_filters() {
    let (s, _, _) = start(Duration::from_secs(900)).await;
    for i in 0..50 {
        let mut r = Referral::sample_minimal();
        r.message = Some(Sensitive::new(format!("request {i}")));
        r.urgency = Some(Urgency::Today);
        deliver(&s.h, &r).await;
    }
    let admin = s.login("amina", &s.admin, 0).await.unwrap();
    let first = s.get("/", Some(&admin)).await.text().await.unwrap();
    assert!(
        first.contains("52 requests") && first.contains("Page 1 of 2"),
        "{first}"
    );
    assert_eq!(first.matches("<tr").count(), 51, "a header and 50 rows");
    assert!(first.contains("href=\"/?page=2\""));
    let second = s.get("/?page=2", Some(&admin)).await.text().await.unwrap();
    assert_eq!(
        second.matches("<tr").count(),
        3,
        "a header and the last 2 rows"
    );
    assert!(second.contains("Page 2 of 2") && second.contains("href=\"/?page=1\""));
    // Beyond the last page: the last page. A filter stays in the links.
    let beyond = s.get("/?page=99", Some(&admin)).await.text().await.unwrap();
    assert!(beyond.contains("Page 2 of 2"));
    let today = s
        .get("/?urgency=today", Some(&admin))
        .await
        .text()
        .await
        .unwrap();
    assert!(today.contains("50 requests") && !today.contains("Page 1 of"));
    let received = s
        .get("/?state=received", Some(&admin))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        received.contains("href=\"/?state=received&amp;page=2\""),
        "{received}"
    );
    let by_need = s
        .get("/?need=safety_now&page=1", Some(&admin))
        .await
        .text()
        .await
        .unwrap();
    assert!(!by_need.contains("Page 1 of"), "one page only");
    s.inbox.shutdown().await;
}

/// A request as the app sends it: with a reply key (the phone keeps the private half) and its
/// status verifier; returns the id, the status secret and the phone's reply key.
async fn deliver_with_reply_key(
    h: &Hotline,
    message: &str,
) -> (
    ReferralId,
    reach_core::ids::StatusSecret,
    reach_core::envelope::HotlinePrivateKey,
) {
    let phone = reach_core::envelope::HotlinePrivateKey::generate();
    let secret = reach_core::ids::StatusSecret::random();
    let mut r = Referral::sample();
    r.message = Some(Sensitive::new(message.to_owned()));
    r.reply_public_key = Some(phone.public_key().to_bytes());
    r.status_verifier = Some(secret.verifier());
    r.validate().unwrap();
    let id = ReferralId::random();
    let env = reach_core::envelope::seal(h.key.public_key(), id, secret.verifier(), &r.to_bytes())
        .unwrap();
    assert_eq!(h.post_envelope(env.as_bytes()).await.status().as_u16(), 201);
    (id, secret, phone)
}

/// What `serve`'s status route says to the holder of `secret`.
async fn status_of(
    h: &Hotline,
    secret: &reach_core::ids::StatusSecret,
) -> reach_core::wire::StatusResponse {
    let res = h.status(&secret.to_base64()).await;
    let status = res.status().as_u16();
    let body = res.text().await.unwrap();
    assert_eq!(status, 200, "{body}");
    serde_json::from_str(&body).unwrap()
}

fn reply_rows(h: &Hotline) -> i64 {
    h.db()
        .query_row("SELECT count(*) FROM replies", [], |r| r.get(0))
        .unwrap()
}

#[tokio::test]
async fn a_reply_reaches_the_phone_sealed_and_authenticated_and_bad_replies_change_nothing() {
    use reach_core::reply::{self, ReplyError, ReplyTemplate};
    const NOTE_MARKER: &str = "NOTE-MARKER-77aa";

    let (s, urgent, calm) = start(Duration::from_secs(900)).await;
    let (id, secret, phone) = deliver_with_reply_key(&s.h, "please call").await;
    let admin = s.login("amina", &s.admin, 0).await.unwrap();
    let page = s.get(&format!("/r/{id}"), Some(&admin)).await;
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    let csrf = hidden(&html, "csrf");
    assert!(html.contains("action=\"/r/") && html.contains("/reply#reply-title\""));
    let reply_path = format!("/r/{id}/reply");
    let note = format!("{NOTE_MARKER} {SCRIPT}");

    // The reply: a call planned on Tuesday 10–12 (the person's time), with a note.
    let res = s
        .post(
            &reply_path,
            &admin,
            &[
                ("csrf", &csrf),
                ("template", "call_planned"),
                ("day", "tuesday"),
                ("from", "10:00"),
                ("to", "12:00"),
                ("text", &note),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(reply_rows(&s.h), 1);

    // Staff read back what was sent, as text; the request is now answered.
    let html = s
        .get(&format!("/r/{id}?done=reply"), Some(&admin))
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("Reply sealed") && html.contains("Reply 1, amina"));
    assert!(html.contains(NOTE_MARKER) && !html.contains("<script>alert"));
    assert!(html.contains("&lt;script&gt;"));
    assert!(html.contains("value=\"answered\" selected"));

    // `serve` hands it to the holder of the status secret; only the phone's key opens it, and
    // only as written by the hotline's key.
    let answer = status_of(&s.h, &secret).await;
    assert_eq!(
        answer.state,
        Some(reach_core::wire::ReferralState::Answered)
    );
    assert_eq!(answer.replies.len(), 1);
    let sealed = answer.replies[0].sealed_bytes().unwrap();
    let opened = reply::open(&phone, s.h.key.public_key(), id, 1, &sealed).unwrap();
    assert_eq!(opened.known_template(), Some(ReplyTemplate::CallPlanned));
    assert_eq!(opened.text.as_deref(), Some(note.as_str()));
    assert_eq!(opened.view().from.as_deref(), Some("10:00"));
    // The person's language from their request, for a phone that checks a reference typed as
    // digits (it has no other way to know it).
    assert_eq!(opened.lang.as_deref(), Some("vi"));
    assert_eq!(opened.view().lang.as_deref(), Some("vi"));
    let stranger = reach_core::envelope::HotlinePrivateKey::generate();
    assert_eq!(
        reply::open(&stranger, s.h.key.public_key(), id, 1, &sealed),
        Err(ReplyError::NotAuthentic)
    );

    // A wrong secret gets exactly what an unknown one gets.
    let wrong =
        s.h.status(&reach_core::ids::StatusSecret::random().to_base64())
            .await;
    let unknown = s.h.status(&"A".repeat(43)).await;
    assert_eq!(wrong.status(), unknown.status());
    assert_eq!(wrong.text().await.unwrap(), unknown.text().await.unwrap());

    // Bad input: each refused with a clear message, what was typed kept, nothing stored.
    /// A form's fields, the answer's status, words the answer must contain.
    type Try<'a> = (&'a [(&'a str, &'a str)], StatusCode, &'a str);
    let tries: [Try<'_>; 4] = [
        (
            &[
                ("template", "call_planned"),
                ("day", ""),
                ("from", "10:00"),
                ("to", "12:00"),
                ("text", "keep me"),
            ],
            StatusCode::BAD_REQUEST,
            "needs a day and a time window",
        ),
        (
            &[
                ("template", "message_planned"),
                ("day", "monday"),
                ("from", "10:00"),
                ("to", "10:00"),
                ("text", "keep me"),
            ],
            StatusCode::BAD_REQUEST,
            "needs a day and a time window",
        ),
        (
            &[("template", "<b>nope</b>"), ("text", "keep me")],
            StatusCode::BAD_REQUEST,
            "not a valid choice",
        ),
        (
            &[("template", "received"), ("text", &"x".repeat(501))],
            StatusCode::BAD_REQUEST,
            "at most 500 characters",
        ),
    ];
    for (form, status, says) in tries {
        let mut form = form.to_vec();
        form.push(("csrf", &csrf));
        let res = s.post(&reply_path, &admin, &form).await;
        assert_eq!(res.status(), status, "{form:?}");
        let html = res.text().await.unwrap();
        assert!(html.contains(says), "{says}: {form:?}");
        let typed = form.iter().find(|(k, _)| *k == "text").unwrap().1;
        assert!(html.contains(typed), "the note was kept: {form:?}");
        assert!(html.contains("role=\"alert\""));
    }
    // No CSRF token, another session's, an unknown request, a request without a reply key.
    let res = s
        .post(
            &reply_path,
            &admin,
            &[("template", "received"), ("text", "")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let op = s.login("omar", &s.operator, 0).await.unwrap();
    let res = s
        .post(
            &reply_path,
            &op,
            &[("template", "received"), ("csrf", &csrf)],
        )
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let res = s
        .post(
            &format!("/r/{}/reply", "0".repeat(32)),
            &admin,
            &[("template", "received"), ("csrf", &csrf)],
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let res = s
        .post(
            &format!("/r/{calm}/reply"),
            &admin,
            &[("template", "received"), ("csrf", &csrf)],
        )
        .await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    assert!(res.text().await.unwrap().contains("no reply key"));
    // An operator may not reply on a colleague's request.
    let res = s
        .post(
            &format!("/r/{id}/assign"),
            &admin,
            &[("to", "amina"), ("csrf", &csrf)],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let op_csrf = hidden(
        &s.get(&format!("/r/{urgent}"), Some(&op))
            .await
            .text()
            .await
            .unwrap(),
        "csrf",
    );
    let res = s
        .post(
            &reply_path,
            &op,
            &[("template", "received"), ("csrf", &op_csrf)],
        )
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert_eq!(reply_rows(&s.h), 1);

    // Up to the limit, then a clear refusal.
    for _ in 1..reply::REPLIES_MAX {
        let res = s
            .post(
                &reply_path,
                &admin,
                &[("template", "received"), ("csrf", &csrf)],
            )
            .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
    }
    let res = s
        .post(
            &reply_path,
            &admin,
            &[
                ("template", "received"),
                ("text", "one more"),
                ("csrf", &csrf),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    assert!(res.text().await.unwrap().contains("most replies allowed"));
    assert_eq!(reply_rows(&s.h), reply::REPLIES_MAX as i64);

    // Tampered or replayed in the database (by whoever can write it, `serve` included): the
    // phone refuses both.
    {
        let conn = s.h.db();
        conn.execute(
            "UPDATE replies SET sealed = (SELECT sealed FROM replies WHERE seq = 1 AND referral_id = ?1)
             WHERE seq = 2 AND referral_id = ?1",
            [id.to_string()],
        )
        .unwrap();
        // Byte 41 set to another value: to 0, unless it already was (it was 0 in 1 run of 256,
        // and the "tampered" reply opened).
        conn.execute(
            "UPDATE replies SET sealed = substr(sealed, 1, 40)
                 || CASE WHEN substr(sealed, 41, 1) = x'00' THEN x'01' ELSE x'00' END
                 || substr(sealed, 42)
             WHERE seq = 1 AND referral_id = ?1",
            [id.to_string()],
        )
        .unwrap();
    }
    let answer = status_of(&s.h, &secret).await;
    for (seq, item) in [(1u32, &answer.replies[0]), (2, &answer.replies[1])] {
        assert_eq!(item.seq, seq);
        assert_eq!(
            reply::open(
                &phone,
                s.h.key.public_key(),
                id,
                seq,
                &item.sealed_bytes().unwrap()
            ),
            Err(ReplyError::NotAuthentic),
            "reply {seq}"
        );
    }

    // Every reply is in the audit chain, which verifies; the note is nowhere on disk in clear.
    let replies_audited: i64 =
        s.h.db()
            .query_row(
                "SELECT count(*) FROM audit WHERE action = 'reply'",
                [],
                |r| r.get(0),
            )
            .unwrap();
    assert_eq!(replies_audited, reply::REPLIES_MAX as i64);
    assert!(
        reach_hotline::audit::verify_file(&s.h.db, None)
            .unwrap()
            .is_ok()
    );
    assert_nowhere_on_disk(&s.h, NOTE_MARKER);
    s.inbox.shutdown().await;
}

/// The text of `<code id="ID">…</code>` in a page, unescaped as a browser shows it.
fn code_text(html: &str, id: &str) -> String {
    let at = html
        .find(&format!("<code id=\"{id}\""))
        .unwrap_or_else(|| panic!("no {id} in {html}"));
    let rest = &html[at..];
    let text = &rest[rest.find('>').unwrap() + 1..rest.find("</code>").unwrap()];
    text.replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The page's password and authenticator link, checking that its QR code (an inline SVG of
/// `<rect>`s with a quiet zone of 4) is module for module the QR code of that link.
fn shown_credentials(html: &str) -> Credentials {
    let password = code_text(html, "password");
    let uri = code_text(html, "otpauth");
    assert!(uri.starts_with("otpauth://totp/"), "{uri}");
    assert!(password.len() >= 20, "{password}");
    let svg = &html[html.find("<svg").expect("a QR code")..html.find("</svg>").unwrap()];
    let code = qrcode::QrCode::new(uri.as_bytes()).unwrap();
    let width = code.width();
    let attr = |tag: &str, name: &str| -> usize {
        let at = tag.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
        tag[at..at + tag[at..].find('"').unwrap()].parse().unwrap()
    };
    let mut dark = vec![false; width * width];
    // The first piece is the <svg> tag, the second the white background.
    for tag in svg.split("<rect").skip(2) {
        let (x, y, w) = (attr(tag, "x") - 4, attr(tag, "y") - 4, attr(tag, "width"));
        assert_eq!(attr(tag, "height"), 1);
        for m in &mut dark[y * width + x..y * width + x + w] {
            *m = true;
        }
    }
    let expected: Vec<bool> = code
        .to_colors()
        .iter()
        .map(|c| *c == qrcode::Color::Dark)
        .collect();
    assert!(dark == expected, "the QR code is the link's");
    Credentials {
        password: zeroize::Zeroizing::new(password),
        otpauth_uri: zeroize::Zeroizing::new(uri),
    }
}

fn no_script_style_or_data(html: &str) {
    assert!(
        !html.contains("<script") && !html.contains("style=") && !html.contains("data:"),
        "no script, inline style or data: URI: {html}"
    );
}

#[tokio::test]
async fn admins_add_disable_enable_reset_and_change_roles_of_others_only() {
    crate::abuse::capture_logs();
    let (s, _, _) = start(Duration::from_secs(900)).await;
    let accounts = || StaffDb::open(&s.h.keys_dir).unwrap().list(now()).unwrap();
    let admin = s.login("amina", &s.admin, 0).await.unwrap();
    let op = s.login("omar", &s.operator, 0).await.unwrap();

    // The header links to the accounts for admins only; no session, no page.
    let list = s.get("/", Some(&admin)).await.text().await.unwrap();
    assert!(list.contains("href=\"/staff\""));
    let op_list = s.get("/", Some(&op)).await.text().await.unwrap();
    assert!(!op_list.contains("href=\"/staff\""));
    let op_csrf = hidden(&op_list, "csrf");
    let res = s.get("/staff", None).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(res.headers()["location"], "/login");
    let res = s
        .post(
            "/staff/add",
            "",
            &[("csrf", ""), ("name", "x"), ("role", "operator")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);

    // The accounts page: every account; the admin's own with no form.
    let res = s.get("/staff", Some(&admin)).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["cache-control"], "no-store");
    let html = res.text().await.unwrap();
    no_script_style_or_data(&html);
    assert!(html.contains("<bdi>amina</bdi>") && html.contains("<bdi>omar</bdi>"));
    assert!(html.contains("This is your account."));
    assert!(
        !html.contains("action=\"/staff/amina/"),
        "no form for oneself"
    );
    assert!(html.contains("action=\"/staff/omar/reset\""));
    let csrf = hidden(&html, "csrf");

    // Add: the password, the link and its QR code, shown once, uncacheable.
    let res = s
        .post(
            "/staff/add",
            &admin,
            &[("csrf", &csrf), ("name", " nadia "), ("role", "operator")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["cache-control"], "no-store");
    let html = res.text().await.unwrap();
    no_script_style_or_data(&html);
    assert!(html.contains("Shown this once only"), "{html}");
    let first = shown_credentials(&html);
    // The new operator logs in with them.
    let nadia = s.login("nadia", &first, 0).await.unwrap();
    assert_eq!(s.get("/", Some(&nadia)).await.status(), StatusCode::OK);

    // Disabled: the open session ends at its next request, and no login works.
    let res = s
        .post(
            "/staff/nadia/disabled",
            &admin,
            &[("csrf", &csrf), ("disabled", "1")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let done = res.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(done, "/staff?done=disabled&name=nadia");
    let html = s.get(&done, Some(&admin)).await.text().await.unwrap();
    assert!(
        html.contains("is disabled and logged out") && html.contains("disabled: cannot log in")
    );
    let res = s.get("/", Some(&nadia)).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(res.headers()["location"], "/login?expired=1");
    assert_eq!(
        s.login("nadia", &first, 30).await,
        Err(StatusCode::UNAUTHORIZED)
    );
    // A done notice names only an account that exists.
    let html = s
        .get("/staff?done=disabled&name=call-555-now", Some(&admin))
        .await
        .text()
        .await
        .unwrap();
    assert!(!html.contains("call-555-now"));

    // Enabled again: the same login works.
    let res = s
        .post(
            "/staff/nadia/disabled",
            &admin,
            &[("csrf", &csrf), ("disabled", "0")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let nadia = s.login("nadia", &first, 30).await.unwrap();

    // Reset: a new password and link (shown once); the old ones and the open session end.
    let res = s
        .post("/staff/nadia/reset", &admin, &[("csrf", &csrf)])
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["cache-control"], "no-store");
    let html = res.text().await.unwrap();
    no_script_style_or_data(&html);
    assert!(html.contains("New login for") && html.contains("Shown this once only"));
    let second = shown_credentials(&html);
    assert_ne!(*second.password, *first.password);
    assert_ne!(*second.otpauth_uri, *first.otpauth_uri);
    assert_eq!(
        s.get("/", Some(&nadia)).await.status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        s.login("nadia", &first, 60).await,
        Err(StatusCode::UNAUTHORIZED)
    );
    let nadia = s.login("nadia", &second, 0).await.unwrap();

    // A role: at once, in the open session too.
    let res = s
        .post(
            "/staff/nadia/role",
            &admin,
            &[("csrf", &csrf), ("role", "supervisor")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let html = s.get("/", Some(&nadia)).await.text().await.unwrap();
    assert!(html.contains("Logged in as nadia (supervisor)"), "{html}");
    let res = s
        .post(
            "/staff/nadia/role",
            &admin,
            &[("csrf", &csrf), ("role", "root")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("role=\"alert\">That was not a valid choice.")
    );
    let res = s
        .post(
            "/staff/nadia/disabled",
            &admin,
            &[("csrf", &csrf), ("disabled", "yes")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);

    // Nobody changes their own account: a clear refusal, and nothing changes.
    for (path, form) in [
        (
            "/staff/amina/role",
            [("csrf", csrf.as_str()), ("role", "operator")],
        ),
        (
            "/staff/amina/disabled",
            [("csrf", csrf.as_str()), ("disabled", "1")],
        ),
        ("/staff/amina/reset", [("csrf", csrf.as_str()), ("x", "")]),
    ] {
        let res = s.post(path, &admin, &form).await;
        assert_eq!(res.status(), StatusCode::FORBIDDEN, "{path}");
        let html = res.text().await.unwrap();
        assert!(
            html.contains("role=\"alert\">Nobody can change their own account."),
            "{path}: {html}"
        );
    }
    let amina = accounts().into_iter().find(|a| a.name == "amina").unwrap();
    assert!(amina.role == Role::Admin && !amina.disabled);
    assert_eq!(s.get("/staff", Some(&admin)).await.status(), StatusCode::OK);

    // A name with HTML in it: refused as a bad name, shown as text in the form, role kept.
    let bad = "<script>alert(1)</script>";
    let res = s
        .post(
            "/staff/add",
            &admin,
            &[("csrf", &csrf), ("name", bad), ("role", "supervisor")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    let html = res.text().await.unwrap();
    no_script_style_or_data(&html);
    assert!(html.contains("role=\"alert\">That name cannot be used."));
    assert!(html.contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\""));
    assert!(html.contains("<option value=\"supervisor\" selected>"));
    // A name taken, an unknown name.
    let res = s
        .post(
            "/staff/add",
            &admin,
            &[("csrf", &csrf), ("name", "omar"), ("role", "operator")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    let html = res.text().await.unwrap();
    assert!(html.contains("role=\"alert\">A staff member with that name already exists."));
    assert!(html.contains("value=\"omar\""));
    let res = s
        .post(
            "/staff/nobody/disabled",
            &admin,
            &[("csrf", &csrf), ("disabled", "1")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("role=\"alert\">There is no staff member with that name.")
    );

    // An operator and a supervisor: neither the page nor any change.
    let sup_csrf = hidden(
        &s.get("/", Some(&nadia)).await.text().await.unwrap(),
        "csrf",
    );
    for (who, token) in [(&op, &op_csrf), (&nadia, &sup_csrf)] {
        let res = s.get("/staff", Some(who)).await;
        assert_eq!(res.status(), StatusCode::FORBIDDEN);
        assert!(
            res.text()
                .await
                .unwrap()
                .contains("Your role does not allow this.")
        );
        for (path, field, value) in [
            ("/staff/add", "role", "admin"),
            ("/staff/omar/role", "role", "admin"),
            ("/staff/nadia/role", "role", "admin"),
            ("/staff/omar/disabled", "disabled", "1"),
            ("/staff/amina/disabled", "disabled", "1"),
            ("/staff/omar/reset", "x", ""),
        ] {
            let form = [("csrf", token.as_str()), (field, value), ("name", "zed")];
            let res = s.post(path, who, &form).await;
            assert_eq!(res.status(), StatusCode::FORBIDDEN, "{path}");
        }
    }
    // An admin's change without the session's own token: refused, nothing changes.
    for token in ["", op_csrf.as_str()] {
        for (path, field, value) in [
            ("/staff/add", "role", "admin"),
            ("/staff/omar/role", "role", "admin"),
            ("/staff/omar/disabled", "disabled", "1"),
            ("/staff/omar/reset", "x", ""),
        ] {
            let form = [("csrf", token), (field, value), ("name", "zed")];
            let res = s.post(path, &admin, &form).await;
            assert_eq!(res.status(), StatusCode::FORBIDDEN, "{path}");
            assert!(
                res.text()
                    .await
                    .unwrap()
                    .contains("This form is out of date.")
            );
        }
    }
    let now_accounts: Vec<(String, Role, bool)> = accounts()
        .into_iter()
        .map(|a| (a.name, a.role, a.disabled))
        .collect();
    assert_eq!(
        now_accounts,
        [
            ("amina".to_owned(), Role::Admin, false),
            ("nadia".to_owned(), Role::Supervisor, false),
            ("omar".to_owned(), Role::Operator, false),
        ]
    );
    assert_eq!(
        s.get("/", Some(&op)).await.status(),
        StatusCode::OK,
        "omar never reset"
    );

    // In Arabic: mirrored, in Arabic.
    let ar = s
        .web
        .get(s.url("/staff"))
        .header("cookie", &admin)
        .header("accept-language", "ar")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(ar.contains("dir=\"rtl\"") && ar.contains("حسابات الموظفين"));

    // One audit row per change, by the admin, about no request; the chain whole; never a
    // password or a secret, in the audit table, the log or any file.
    let conn = s.h.db();
    let rows: Vec<(String, String, String)> = conn
        .prepare(
            "SELECT referral_id, action, actor FROM audit WHERE action LIKE 'staff:%' ORDER BY seq",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let expected: Vec<(String, String, String)> = [
        "staff:add:nadia:operator",
        "staff:disable:nadia",
        "staff:enable:nadia",
        "staff:reset:nadia",
        "staff:role:nadia:supervisor",
    ]
    .into_iter()
    .map(|a| (String::new(), a.to_owned(), "amina".to_owned()))
    .collect();
    assert_eq!(rows, expected);
    assert!(
        reach_hotline::audit::verify_file(&s.h.db, None)
            .unwrap()
            .is_ok()
    );
    let log = crate::abuse::log_text();
    for creds in [&first, &second] {
        let secret = creds
            .otpauth_uri
            .split("secret=")
            .nth(1)
            .unwrap()
            .split('&')
            .next()
            .unwrap()
            .to_owned();
        for needle in [creds.password.as_str(), secret.as_str()] {
            let in_audit: i64 = conn
                .query_row(
                    "SELECT count(*) FROM audit
                     WHERE instr(referral_id || action || actor || day, ?1) > 0",
                    [needle],
                    |r| r.get(0),
                )
                .unwrap();
            assert_eq!(in_audit, 0);
            assert!(!log.contains(needle), "logged");
            for entry in std::fs::read_dir(&s.h.serve_dir)
                .unwrap()
                .chain(std::fs::read_dir(&s.h.keys_dir).unwrap())
            {
                let path = entry.unwrap().path();
                if path.is_file() {
                    let bytes = std::fs::read(&path).unwrap();
                    assert!(
                        !bytes.windows(needle.len()).any(|w| w == needle.as_bytes()),
                        "{} holds a password or secret",
                        path.display()
                    );
                }
            }
        }
    }
    s.inbox.shutdown().await;
}

const EXPORT_MARKER: &str = "EXPORT-MARKER-7b3e";

fn export_rows(h: &Hotline) -> Vec<(String, String, String)> {
    h.db()
        .prepare("SELECT referral_id, action, actor FROM audit WHERE action LIKE 'export:%' ORDER BY seq")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[tokio::test]
async fn supervisors_export_selected_requests_encrypted_and_audited() {
    let (s, _, _) = start(Duration::from_secs(900)).await;
    // Sent with an outreach worker's help: who assisted goes with it.
    let mut first = Referral::sample_assisted();
    first.message = Some(Sensitive::new(format!(
        "=cmd|' /C calc'!A0 {EXPORT_MARKER}"
    )));
    let mut second = Referral::sample_minimal();
    second.message = Some(Sensitive::new(format!("second {EXPORT_MARKER}")));
    second.consent.scope = ConsentScope::MayReferToServices;
    // "Only the hotline": the person was told the hotline does not share it.
    let mut kept = Referral::sample_minimal();
    kept.message = Some(Sensitive::new(format!("kept {EXPORT_MARKER}")));
    assert_eq!(kept.consent.scope, ConsentScope::HotlineOnly);
    let first_id = deliver(&s.h, &first).await;
    let second_id = deliver(&s.h, &second).await;
    let kept_id = deliver(&s.h, &kept).await.to_string();
    let (a, b) = (first_id.to_string(), second_id.to_string());

    // A supervisor, added by the admin.
    let admin = s.login("amina", &s.admin, 0).await.unwrap();
    let admin_page = s.get("/", Some(&admin)).await.text().await.unwrap();
    let admin_csrf = hidden(&admin_page, "csrf");
    let res = s
        .post(
            "/staff/add",
            &admin,
            &[
                ("csrf", &admin_csrf),
                ("name", "sara"),
                ("role", "supervisor"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let sara_creds = shown_credentials(&res.text().await.unwrap());
    let sara = s.login("sara", &sara_creds, 0).await.unwrap();
    let list = s.get("/", Some(&sara)).await.text().await.unwrap();
    no_script_style_or_data(&list);
    let csrf = hidden(&list, "csrf");
    assert!(list.contains("form id=\"export\""), "{list}");
    assert!(list.contains(&format!("name=\"ids\" value=\"{a}\" form=\"export\"")));
    assert!(list.contains(&format!("Select request {}", &a[..8])));
    assert!(list.contains("by another channel"));
    // No box to tick for a request the person kept to the hotline, and the form says why.
    assert!(list.contains(&format!("href=\"/r/{kept_id}\"")), "{list}");
    assert!(!list.contains(&format!("value=\"{kept_id}\"")), "{list}");
    assert!(!list.contains(&format!("Select request {}", &kept_id[..8])));
    assert!(list.contains("has no box to tick"));
    // The filters stay a form of their own.
    assert!(list.contains("form method=\"get\" action=\"/\" class=\"filters\""));

    // Operators see no export and may not export.
    let op = s.login("omar", &s.operator, 0).await.unwrap();
    let op_list = s.get("/", Some(&op)).await.text().await.unwrap();
    assert!(!op_list.contains("form id=\"export\"") && !op_list.contains("name=\"ids\""));
    let op_csrf = hidden(&op_list, "csrf");
    let passphrase = "correct horse battery";
    // The form as the page sends it; `with` fills in a CSRF token and the two ids.
    let good = [
        ("ids", "A"),
        ("ids", "B"),
        ("format", "json"),
        ("protect", "passphrase"),
        ("passphrase", passphrase),
        ("recipient", ""),
    ];
    let with = |csrf: &str| -> Vec<(String, String)> {
        let mut form = vec![("csrf".to_owned(), csrf.to_owned())];
        form.extend(good.iter().map(|&(k, v)| {
            let v = match (k, v) {
                ("ids", "A") => a.clone(),
                ("ids", "B") => b.clone(),
                _ => v.to_owned(),
            };
            (k.to_owned(), v)
        }));
        form
    };
    let post = |cookie: &str, form: Vec<(String, String)>| {
        let req = s
            .web
            .post(s.url("/export"))
            .header("cookie", cookie.to_owned())
            .form(&form);
        async move { req.send().await.unwrap() }
    };
    let res = post(&op, with(&op_csrf)).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("Your role does not allow this.")
    );
    // CSRF: missing, or another session's.
    let res = post(&sara, with("")).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let res = post(&sara, with(&op_csrf)).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);

    // Refusals: the list again, saying why, choices kept; nothing exported or audited.
    let refused = |form: Vec<(String, String)>, why: &'static str| {
        let send = post(&sara, form);
        async move {
            let res = send.await;
            assert_eq!(res.status(), StatusCode::BAD_REQUEST, "{why}");
            let html = res.text().await.unwrap();
            assert!(html.contains("role=\"alert\""), "{html}");
            assert!(html.contains(why), "{why} in {html}");
            html
        }
    };
    let mut short = with(&csrf);
    short.iter_mut().find(|f| f.0 == "passphrase").unwrap().1 = "too short".into();
    let html = refused(short, "the passphrase needs at least 12 characters").await;
    assert!(html.contains(&format!("value=\"{a}\" form=\"export\" checked")));
    assert!(
        !html.contains("too short"),
        "the passphrase is never shown again"
    );
    let mut bad_key = with(&csrf);
    bad_key.iter_mut().find(|f| f.0 == "protect").unwrap().1 = "key".into();
    bad_key.iter_mut().find(|f| f.0 == "recipient").unwrap().1 = "age1notakey".into();
    bad_key.iter_mut().find(|f| f.0 == "format").unwrap().1 = "csv".into();
    let html = refused(bad_key, "that is not a public key").await;
    assert!(html.contains("value=\"age1notakey\""));
    assert!(html.contains("name=\"format\" value=\"csv\" checked"));
    assert!(html.contains("name=\"protect\" value=\"key\" checked"));
    let nothing: Vec<(String, String)> = with(&csrf).into_iter().filter(|f| f.0 != "ids").collect();
    refused(nothing, "select at least one request").await;
    let mut unknown = with(&csrf);
    unknown.push(("ids".into(), "0".repeat(32)));
    refused(unknown, "one of the selected requests does not exist").await;
    let mut not_an_id = with(&csrf);
    not_an_id.push(("ids".into(), "../etc".into()));
    refused(not_an_id, "one of the selected requests does not exist").await;
    // A request kept to the hotline, sent anyway (a form from before, or a crafted one): the
    // whole export is refused, the others with it.
    let mut hotline_only = with(&csrf);
    hotline_only.push(("ids".into(), kept_id.clone()));
    for format in ["json", "csv"] {
        let mut form = hotline_only.clone();
        form.iter_mut().find(|f| f.0 == "format").unwrap().1 = format.into();
        refused(form, "has the consent “Only the hotline”").await;
    }
    assert!(export_rows(&s.h).is_empty());

    // JSON with a passphrase.
    let res = post(&sara, with(&csrf)).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["cache-control"], "no-store");
    assert_eq!(res.headers()["content-type"], "application/octet-stream");
    let today = chrono_today();
    assert_eq!(
        res.headers()["content-disposition"],
        format!("attachment; filename=\"reach-export-{today}.json.age\"").as_str()
    );
    let sealed = res.bytes().await.unwrap();
    assert!(sealed.starts_with(b"age-encryption.org/v1"));
    assert!(
        !sealed
            .windows(EXPORT_MARKER.len())
            .any(|w| w == EXPORT_MARKER.as_bytes())
    );
    let identity =
        age::scrypt::Identity::new(age::secrecy::SecretString::from(passphrase.to_owned()));
    let plain = age::decrypt(&identity, &sealed).unwrap();
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&plain).unwrap();
    assert_eq!(rows.len(), 2);
    for (row, (id, sent)) in rows.iter().zip([(&a, &first), (&b, &second)]) {
        assert_eq!(row["id"], id.as_str());
        assert_eq!(row["received_day"], today.as_str());
        assert_eq!(row["state"], "received");
        assert!(row["assignee"].is_null());
        let referral: Referral = serde_json::from_value(row["referral"].clone()).unwrap();
        assert_eq!(&referral, sent);
    }
    let wrong = age::scrypt::Identity::new(age::secrecy::SecretString::from(
        "another passphrase".to_owned(),
    ));
    assert!(age::decrypt(&wrong, &sealed).is_err());

    // CSV to a partner's key.
    let partner = age::x25519::Identity::generate();
    let mut csv_form = with(&csrf);
    csv_form.iter_mut().find(|f| f.0 == "format").unwrap().1 = "csv".into();
    csv_form.iter_mut().find(|f| f.0 == "protect").unwrap().1 = "key".into();
    csv_form.iter_mut().find(|f| f.0 == "passphrase").unwrap().1 = String::new();
    csv_form.iter_mut().find(|f| f.0 == "recipient").unwrap().1 = partner.to_public().to_string();
    let res = post(&sara, csv_form).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["cache-control"], "no-store");
    assert_eq!(
        res.headers()["content-disposition"],
        format!("attachment; filename=\"reach-export-{today}.csv.age\"").as_str()
    );
    let plain = age::decrypt(&partner, &res.bytes().await.unwrap()).unwrap();
    let mut reader = csv::Reader::from_reader(plain.as_slice());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(header.len(), 20);
    assert_eq!(header[0], "id");
    assert_eq!(header[15], "message");
    assert_eq!(
        header[16..],
        [
            "consent_scope",
            "consent_assisted",
            "assisted_by_organisation",
            "assisted_by_channel"
        ]
    );
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), 2);
    assert_eq!(&records[0][0], a.as_str());
    assert_eq!(&records[1][0], b.as_str());
    assert_eq!(
        &records[0][15],
        format!("'=cmd|' /C calc'!A0 {EXPORT_MARKER}").as_str(),
        "a formula is neutralised"
    );
    assert_eq!(&records[1][15], format!("second {EXPORT_MARKER}").as_str());
    assert_eq!(&records[0][2], "received");
    // Who helped the first person, and that their consent was given with that help; the
    // second sent alone.
    assert_eq!(
        records[0].iter().skip(17).collect::<Vec<_>>(),
        ["yes", "Hội Hỗ trợ Ngư dân Cà Mau", "Zalo 0290 3555 012"]
    );
    assert_eq!(
        records[1].iter().skip(16).collect::<Vec<_>>(),
        ["may_refer_to_services", "no", "", ""]
    );

    // One audit row per exported request, by the supervisor; the chain whole; nothing on disk.
    let rows = export_rows(&s.h);
    let expected: Vec<(String, String, String)> = [
        (&a, "export:json"),
        (&b, "export:json"),
        (&a, "export:csv"),
        (&b, "export:csv"),
    ]
    .into_iter()
    .map(|(id, action)| (id.clone(), action.to_owned(), "sara".to_owned()))
    .collect();
    assert_eq!(rows, expected);
    let conn = s.h.db();
    let passphrase_logged: i64 = conn
        .query_row(
            "SELECT count(*) FROM audit WHERE action LIKE ?1 OR actor LIKE ?1 OR referral_id LIKE ?1",
            [format!("%{passphrase}%")],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(passphrase_logged, 0);
    assert!(
        reach_hotline::audit::verify_file(&s.h.db, None)
            .unwrap()
            .is_ok()
    );
    assert_nowhere_on_disk(&s.h, EXPORT_MARKER);
    assert_nowhere_on_disk(&s.h, passphrase);
    s.inbox.shutdown().await;
}

fn chrono_today() -> String {
    chrono::Utc::now().format("%Y-%m-%d").to_string()
}

/// Survivors' voices in the inbox: the page shows only ended months with at least five answers,
/// hides small counts (and one more where they could be worked out), never shows the current
/// month, and holds no single answer; requests are not counted and the disk holds no answer.
#[tokio::test]
async fn survivors_voices_show_only_monthly_totals_that_single_no_one_out() {
    use reach_contract::feedback::FeedbackAnswer::{No, Partly, Yes};
    use reach_core::envelope::seal_feedback;
    use reach_core::wire::{CT_ENVELOPE, PATH_FEEDBACK};

    let (s, _, _) = start(Duration::from_secs(900)).await;
    let send = async |answer| {
        let env = seal_feedback(s.h.key.public_key(), &crate::feedback::payload(answer)).unwrap();
        let res =
            s.h.post(PATH_FEEDBACK, CT_ENVELOPE, env.as_bytes().to_vec())
                .await;
        assert_eq!(res.status().as_u16(), 201);
    };
    let cookie = s.login("omar", &s.operator, 0).await.unwrap();
    let last_month = {
        use chrono::Datelike as _;
        let d = chrono::Utc::now().date_naive().with_day(1).unwrap() - chrono::Days::new(1);
        d.format("%Y-%m").to_string()
    };
    let backdate = |month: &str| {
        // Time passing, for the test: these answers arrived in an ended month.
        s.h.db()
            .execute("UPDATE feedback SET received_month = ?1", [month])
            .unwrap();
    };

    // Nothing yet; then four answers last month: withheld, and the page says so.
    let html = s.get("/voices", Some(&cookie)).await.text().await.unwrap();
    assert!(html.contains("data-testid=\"voices-empty\""), "{html}");
    for a in [Yes, Yes, Yes, No] {
        send(a).await;
    }
    backdate(&last_month);
    let html = s.get("/voices", Some(&cookie)).await.text().await.unwrap();
    assert!(html.contains("data-testid=\"voices-empty\""));
    assert!(html.contains("data-testid=\"voices-withheld\""));
    assert!(!html.contains(&format!("data-month=\"{last_month}\"")));

    // A fifth answer: last month is shown with its total.
    send(Partly).await;
    backdate(&last_month);
    // Answers of this month are never shown, however many.
    for _ in 0..6 {
        send(Yes).await;
    }
    let res = s.get("/voices", Some(&cookie)).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["cache-control"], "no-store");
    let html = res.text().await.unwrap();
    no_script_style_or_data(&html);
    assert!(
        html.contains(&format!("data-month=\"{last_month}\"")),
        "{html}"
    );
    let this_month = chrono::Utc::now().format("%Y-%m").to_string();
    assert!(!html.contains(&format!("data-month=\"{this_month}\"")));
    let table = &html[html.find("<table class=\"voices\"").unwrap()..];
    let table = &table[..table.find("</table>").unwrap()];
    let helped = &table[table.find("<tbody>").unwrap()..];
    let helped = &helped[..helped.find("</tr>").unwrap()];
    let cells: Vec<&str> = helped.split("<td").skip(1).collect();
    assert_eq!(cells.len(), 4, "{helped}");
    // yes 3, partly 1, no 1: every non-zero count is small, all hidden; none unanswered.
    assert!(
        cells[..3].iter().all(|c| c.contains("hidden-count")),
        "{helped}"
    );
    assert_eq!(cells[3], ">0</td>");
    // "Would you tell a friend": yes 5, nothing else: shown as 5, 0, 0, 0.
    let recommend = table.split("<tr>").last().unwrap();
    assert!(
        recommend.contains("<td>5</td>") && !recommend.contains("hidden-count"),
        "{recommend}"
    );
    // Requests are not answers.
    assert!(html.contains("5 answers"));
    drop(s);
}

/// The index reads the database again only when something changed, and then it sees every
/// change: a request `serve` stores while the inbox runs, a state written by another process
/// (`reach-hotline open`), and this inbox's own forms.
#[tokio::test]
async fn the_inbox_sees_every_change_without_rereading_when_nothing_changed() {
    let (s, urgent, _) = start(Duration::from_secs(900)).await;
    let cookie = s.login("omar", &s.operator, 0).await.unwrap();
    let rows = async || {
        let html = s.get("/", Some(&cookie)).await.text().await.unwrap();
        html.matches("href=\"/r/").count()
    };
    assert_eq!(rows().await, 2);
    assert_eq!(rows().await, 2, "nothing changed: the same list");
    // A new request through serve (another connection).
    let mut r = Referral::sample_minimal();
    r.message = Some(Sensitive::new("a third one".to_owned()));
    let third = deliver(&s.h, &r).await;
    assert_eq!(rows().await, 3);
    // A state written by another process.
    s.h.db()
        .execute(
            "UPDATE referrals SET state = 'referred' WHERE referral_id = ?1",
            [third.to_string()],
        )
        .unwrap();
    let html = s
        .get("/?state=referred", Some(&cookie))
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(html.matches("href=\"/r/").count(), 1, "{html}");
    // This inbox's own form.
    let page = s
        .get(&format!("/r/{urgent}"), Some(&cookie))
        .await
        .text()
        .await
        .unwrap();
    let csrf = hidden(&page, "csrf");
    let res = s
        .post(
            &format!("/r/{urgent}/state"),
            &cookie,
            &[("csrf", &csrf), ("state", "needs_interpreter")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let html = s
        .get("/?state=needs_interpreter", Some(&cookie))
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(html.matches("href=\"/r/").count(), 1, "{html}");
}

/// A refused login keeps the name typed (never the password or the code), escaped as text.
#[tokio::test]
async fn a_refused_login_keeps_the_name_but_not_the_password() {
    let (s, _, _) = start(Duration::from_secs(900)).await;
    let page = s.get("/login", None).await;
    let login_cookie = cookie_value(&set_cookie(&page, "reach_login").unwrap());
    let token = hidden(&page.text().await.unwrap(), "token");
    let res = s
        .post(
            "/login",
            &login_cookie,
            &[
                ("token", &token),
                ("name", "omar\"><b>"),
                ("password", "not-the-password"),
                ("code", "000000"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    let html = res.text().await.unwrap();
    assert!(html.contains("value=\"omar&quot;&gt;&lt;b&gt;\""), "{html}");
    assert!(!html.contains("not-the-password"));
}

/// A request's language is shown by its own name beside the tag (an operator who cannot read
/// `vi` still knows which interpreter to find), and a missing request's page keeps the header.
#[tokio::test]
async fn languages_are_named_and_a_missing_request_keeps_the_header() {
    let (s, urgent, _) = start(Duration::from_secs(900)).await;
    let cookie = s.login("omar", &s.operator, 0).await.unwrap();
    let list = s.get("/", Some(&cookie)).await.text().await.unwrap();
    assert!(list.contains("Tiếng Việt · Vietnamese (vi)"), "{list}");
    let page = s
        .get(&format!("/r/{urgent}"), Some(&cookie))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Tiếng Việt · Vietnamese (vi)"));
    let res = s
        .get(&format!("/r/{}", "0".repeat(32)), Some(&cookie))
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("action=\"/logout\"") && html.contains("href=\"/voices\""),
        "{html}"
    );
}

/// A request sent with an outreach worker names the worker's organisation and callback channel
/// on its page (as text, escaped like every word of a request) and is marked in the list; a
/// request sent alone shows neither. Nothing of it is written to disk.
#[tokio::test]
async fn an_assisted_request_names_the_outreach_worker_and_is_marked_in_the_list() {
    const ORG: &str = "ORG-MARKER-7b2e Hội Hỗ trợ Ngư dân";
    const CHANNEL: &str = "CHANNEL-MARKER-7b2e +84 290 3555 012";
    const LINE: &str = "Assisted by an outreach worker:";
    let (s, urgent, calm) = start(Duration::from_secs(900)).await;
    let mut r = Referral::sample_assisted();
    r.assisted_by = Some(AssistedBy {
        organisation: Sensitive::new(format!("{ORG} {SCRIPT}")),
        channel: Some(Sensitive::new(CHANNEL.to_owned())),
    });
    let assisted = deliver(&s.h, &r).await;
    let mut alone = r.clone();
    alone.assisted_by = None;
    alone.consent.assisted = false;
    alone.message = Some(Sensitive::new("sent alone".to_owned()));
    let alone = deliver(&s.h, &alone).await;
    let cookie = s.login("omar", &s.operator, 0).await.unwrap();
    let page = |id: ReferralId, lang: &'static str| {
        let req = s
            .web
            .get(s.url(&format!("/r/{id}")))
            .header("cookie", &cookie)
            .header("accept-language", lang);
        async move { req.send().await.unwrap().text().await.unwrap() }
    };

    // The page: the line, the organisation and the channel, in that order, as text.
    let html = page(assisted, "en").await;
    let at = html.find(LINE).unwrap_or_else(|| panic!("{html}"));
    let org = html.find(ORG).expect("the organisation is shown");
    let channel = html.find(CHANNEL).expect("the channel is shown");
    assert!(at < org && org < channel, "{html}");
    assert!(html[org..channel].contains(" · "), "{html}");
    // The consent: given by the person, the worker assisting.
    const CONSENT_LINE: &str = "Given by the person, with the outreach worker’s help";
    let consent = html
        .find(CONSENT_LINE)
        .expect("the consent says who gave it");
    assert!(html[..consent].contains("Consent"), "{html}");
    assert!(
        !html.contains("<script>alert") && !html.contains("<b>bold"),
        "escaped"
    );
    assert!(
        html[org..channel].contains("&lt;script&gt;alert"),
        "shown as text"
    );
    no_script_style_or_data(&html);
    // In every language of the inbox, with the worker's words unchanged.
    for (lang, line) in [
        ("es", "Con la ayuda de un/a trabajador/a de calle:"),
        ("fr", "Avec l’aide d’un·e intervenant·e de terrain :"),
        ("ar", "بمساعدة عامل ميداني:"),
    ] {
        let html = page(assisted, lang).await;
        assert!(
            html.contains(line) && html.contains(ORG) && html.contains(CHANNEL),
            "{lang}"
        );
        assert!(html.contains("consent-assisted"), "{lang}");
    }
    // Without a channel: the organisation alone.
    let mut no_channel = r.clone();
    no_channel.assisted_by = Some(AssistedBy {
        organisation: Sensitive::new(ORG.to_owned()),
        channel: None,
    });
    no_channel.message = Some(Sensitive::new("no channel".to_owned()));
    // A worker named, the consent not marked as given with their help: no such line.
    no_channel.consent.assisted = false;
    let no_channel = deliver(&s.h, &no_channel).await;
    let html = page(no_channel, "en").await;
    assert!(!html.contains(CONSENT_LINE), "{html}");
    let org = html.find(ORG).unwrap_or_else(|| panic!("{html}"));
    let line = &html[html.find(LINE).unwrap()..org + html[org..].find("</p>").unwrap()];
    assert!(!line.contains('·') && !html.contains(CHANNEL), "{line}");

    // Requests sent alone: no such line, no worker.
    for id in [alone, urgent, calm] {
        let html = page(id, "en").await;
        assert!(html.contains("Safe contact: read before any contact"));
        assert!(
            !html.contains(LINE)
                && !html.contains(CONSENT_LINE)
                && !html.contains("ORG-MARKER")
                && !html.contains("CHANNEL-MARKER"),
            "{id}: {html}"
        );
    }

    // The list: the marker beside the assisted requests only.
    let list = s.get("/", Some(&cookie)).await.text().await.unwrap();
    /// The head cell of a request's row in the list: its link and its flags.
    fn row(list: &str, id: ReferralId) -> &str {
        let start = list
            .find(&format!("href=\"/r/{id}\""))
            .unwrap_or_else(|| panic!("{id} listed: {list}"));
        let rest = &list[start..];
        &rest[..rest.find("</th>").unwrap()]
    }
    for id in [assisted, no_channel] {
        let row = row(&list, id);
        assert!(
            row.contains("<span class=\"flag assisted\">Assisted</span>"),
            "{row}"
        );
    }
    for id in [alone, urgent, calm] {
        let row = row(&list, id);
        assert!(!row.contains("flag assisted"), "{row}");
    }
    assert!(!list.contains("ORG-MARKER"), "the list names no worker");

    s.inbox.shutdown().await;
    assert_nowhere_on_disk(&s.h, "ORG-MARKER-7b2e");
    assert_nowhere_on_disk(&s.h, "CHANNEL-MARKER-7b2e");
}

/// The outreach worker's reference, end to end with real parts: a worker's phone (a real
/// encrypted store) submits a request made with a reference and delivers it to `serve`; staff
/// answer it in the inbox's web form; the worker's phone then sees the request's state but
/// holds nothing that reads the reply; a second, fresh install that has only the typed words
/// reads the reply. A reference that was never given finds nothing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reference_typed_on_a_fresh_install_reads_the_staff_reply() {
    use reach_core::reference::{Reference, word_list};
    use reach_core::store::{KdfParams, Store};
    use reach_core::sync::{SyncClient, SyncConfig, SyncError};
    use reach_core::wire::ReferralState;
    const NOTE: &str = "We will call you on Tuesday. REFERENCE-NOTE-5e1d";

    let (s, _, _) = start(Duration::from_secs(900)).await;
    let mut profile = s.h.profile.clone();
    profile.endpoint = s.h.url.clone();
    profile.validate().unwrap();

    // The worker's phone: the person's request, sealed with keys derived from the reference.
    let worker_dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(
        worker_dir.path(),
        "246813",
        KdfParams::insecure_fast_for_tests(),
    )
    .unwrap();
    store.unlock("246813").unwrap();
    let reference = Reference::random();
    let words = reference.words(word_list("en").unwrap()).join(" ");
    let mut r = Referral::sample();
    r.message = Some(Sensitive::new("assisted at the shelter".to_owned()));
    let id = store
        .submit_with_reference(&r, &profile, &reference)
        .unwrap();
    drop(reference);
    let store = std::sync::Mutex::new(store);
    let worker = SyncClient::new(&profile, worker_dir.path(), SyncConfig::default()).unwrap();
    assert_eq!(worker.sync_once(&store).await.unwrap().delivered, 1);

    // Staff answer it in the inbox.
    let admin = s.login("amina", &s.admin, 0).await.unwrap();
    let html = s
        .get(&format!("/r/{id}"), Some(&admin))
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("assisted at the shelter"));
    let csrf = hidden(&html, "csrf");
    let res = s
        .post(
            &format!("/r/{id}/reply"),
            &admin,
            &[
                ("csrf", &csrf),
                ("template", "call_planned"),
                ("day", "tuesday"),
                ("from", "10:00"),
                ("to", "12:00"),
                ("text", NOTE),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);

    // The worker's phone: the state, and no way to read the reply.
    let update = worker.refresh_status(&store, id).await.unwrap();
    assert_eq!(update.state, Some(ReferralState::Answered));
    assert_eq!((update.new_replies, update.unreadable_replies), (0, 0));
    {
        let st = store.lock().unwrap();
        assert!(!st.holds_reply_key(id).unwrap());
        assert!(st.replies(id).unwrap().is_empty());
        assert!(st.reply_key(id).is_err());
    }

    // A fresh install, the words typed in capitals: the state and the reply, opened in memory.
    let fresh_dir = tempfile::tempdir().unwrap();
    let fresh = SyncClient::new(&profile, fresh_dir.path(), SyncConfig::default()).unwrap();
    let typed = Reference::parse(&words.to_uppercase(), "en").unwrap();
    let seen = fresh.check_reference(&typed).await.unwrap();
    assert_eq!(seen.id, id);
    assert_eq!(seen.state, Some(ReferralState::Answered));
    assert_eq!(seen.unreadable, 0);
    assert_eq!(seen.replies.len(), 1);
    assert_eq!(seen.replies[0].text.as_deref(), Some(NOTE));
    assert_eq!(seen.replies[0].view().from.as_deref(), Some("10:00"));
    // The same reference as digits finds the same request.
    let digits = Reference::parse(&typed.digits(), "ti").unwrap();
    assert_eq!(fresh.check_reference(&digits).await.unwrap().id, id);
    // The fresh install wrote nothing of it.
    let written: Vec<_> = walk(fresh_dir.path());
    assert!(
        written
            .iter()
            .all(|(_, bytes)| !contains(bytes, NOTE.as_bytes())),
        "{written:?}"
    );

    // A reference never given: nothing found, and nothing else said.
    match fresh.check_reference(&Reference::random()).await {
        Err(SyncError::Status(code)) => assert_eq!(code, "not_found"),
        other => panic!("{other:?}"),
    }
    s.inbox.shutdown().await;
}

/// Every file under `dir` with its bytes.
fn walk(dir: &std::path::Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let p = entry.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push((p.clone(), std::fs::read(&p).unwrap()));
        }
    }
    out
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}
