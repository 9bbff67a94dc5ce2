//! The staff accounts pages (`/staff`, admins only): add, change role, disable or enable,
//! reset; each change one audit row. The accounts themselves are `crate::staff`.

use super::*;

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
pub(super) struct StaffQuery {
    #[serde(default)]
    done: Option<String>,
    #[serde(default)]
    name: Option<String>,
}

pub(super) async fn staff_page(
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
        audit_now(&*inbox.store, "", &action, &me.name)
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
pub(super) struct AddForm {
    csrf: String,
    name: String,
    role: String,
}

pub(super) async fn staff_add(
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
pub(super) struct RoleForm {
    csrf: String,
    role: String,
}

pub(super) async fn staff_role(
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
pub(super) struct DisabledForm {
    csrf: String,
    /// "1": disable; "0": enable again.
    disabled: String,
}

pub(super) async fn staff_disabled(
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

pub(super) async fn staff_reset(
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
