//! The inbox's pages, rendered on the server with maud (which escapes every value: a request's
//! words are always text, never HTML). No script anywhere; forms post to the same origin.

use chrono::{DateTime, Datelike as _, Timelike as _, Utc};
use maud::{DOCTYPE, Markup, html};
use reach_contract::choices::{AgeGroup, Need, Urgency, Weekday};
use reach_core::referral::{ContactMethod, IfSomeoneElseAnswers, TimeOfDay, TimeWindow};
use reach_core::wire::ReferralState;

use super::index::{Entry, Filter, Index};
use super::l10n::{Arg, Lang};
use super::languages;
use super::notes::{NOTE_MAX_CHARS, Note};
use super::replies::SentReply;
use crate::staff::{Account, Credentials, Role, Staff};
use reach_core::reply::{REPLY_TEXT_MAX_CHARS, ReplyTemplate};

pub(super) fn layout(l: &Lang, title: &str, me: Option<(&Staff, &str)>, body: Markup) -> String {
    html! {
        (DOCTYPE)
        html lang=(l.code) dir=(l.dir()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="referrer" content="no-referrer";
                title { (title) " · " (l.t("inbox-title")) }
                link rel="stylesheet" href="/static/inbox.css";
            }
            body {
                a class="skip" href="#main" { (l.t("skip-to-main")) }
                header {
                    p class="app" { (l.t("inbox-title")) }
                    @if let Some((staff, csrf)) = me {
                        nav aria-label=(l.t("nav-label")) {
                            a href="/" { (l.t("list-title")) }
                            a href="/voices" { (l.t("voices-title")) }
                        }
                        @if staff.role == Role::Admin {
                            a href="/staff" { (l.t("nav-staff")) }
                        }
                        p class="who" {
                            (l.ta("logged-in-as", &[
                                ("name", Arg::Str(staff.name.clone())),
                                ("role", Arg::Str(l.t(&format!("role-{}", staff.role.as_str())))),
                            ]))
                        }
                        form method="post" action="/logout" class="logout" {
                            input type="hidden" name="csrf" value=(csrf);
                            button type="submit" { (l.t("logout")) }
                        }
                    }
                }
                main id="main" tabindex="-1" { (body) }
            }
        }
    }
    .into_string()
}

/// The login form (name, password, authenticator code) with the double-submit `token`. After a
/// refused attempt the name stays filled in (never the password or the code).
pub(crate) fn login(l: &Lang, token: &str, notice: Option<&str>, name: &str) -> String {
    let title = l.t("login-title");
    layout(
        l,
        &title,
        None,
        html! {
            h1 { (title) }
            @if let Some(n) = notice {
                p class="notice" role="alert" { (n) }
            }
            form method="post" action="/login" class="login" {
                input type="hidden" name="token" value=(token);
                label for="name" { (l.t("login-name")) }
                input id="name" name="name" type="text" autocomplete="username" required maxlength="64" value=(name);
                label for="password" { (l.t("login-password")) }
                input id="password" name="password" type="password" autocomplete="current-password" required maxlength="256";
                label for="code" { (l.t("login-code")) }
                input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" required maxlength="8" pattern="[0-9]{6}";
                button type="submit" { (l.t("login-submit")) }
            }
        },
    )
}

/// A page with one message (refusals).
pub(crate) fn message(l: &Lang, id: &str, me: Option<(&Staff, &str)>) -> String {
    let text = l.t(id);
    layout(
        l,
        &text,
        me,
        html! {
            h1 { (text) }
            p { a href="/" { (l.t("back-to-list")) } }
        },
    )
}

fn short(id: &impl std::fmt::Display) -> String {
    id.to_string().chars().take(8).collect()
}

fn needs_text(l: &Lang, e: &Entry) -> String {
    let needs: Vec<String> = e
        .referral
        .needs
        .iter()
        .map(|n| l.t(&format!("need-{}", n.as_str())))
        .collect();
    if needs.is_empty() {
        l.t("not-answered")
    } else {
        needs.join(", ")
    }
}

fn select(
    l: &Lang,
    name: &str,
    label: &str,
    current: Option<&str>,
    options: &[(String, String)],
) -> Markup {
    html! {
        div class="filter" {
            label for=(name) { (l.t(label)) }
            select id=(name) name=(name) {
                option value="" selected[current.is_none_or(str::is_empty)] { (l.t("filter-any")) }
                @for (value, text) in options {
                    option value=(value) selected[current == Some(value.as_str())] { (text) }
                }
            }
        }
    }
}

/// An export form as it was sent, re-shown when it was refused (never the passphrase).
#[derive(Default)]
pub(crate) struct ExportDraft {
    /// The ids ticked.
    pub(crate) ids: Vec<String>,
    /// `json` or `csv`.
    pub(crate) format: String,
    /// `passphrase` or `key`.
    pub(crate) protect: String,
    /// The partner's public key as typed.
    pub(crate) recipient: String,
    /// Why it was refused.
    pub(crate) error: Option<String>,
}

/// The export form (supervisors and admins): the list's checkboxes belong to it by their
/// `form` attribute, since the filters form cannot hold it nor it the filters.
fn export_form(l: &Lang, csrf: &str, draft: &ExportDraft) -> Markup {
    let format = if draft.format == "csv" { "csv" } else { "json" };
    let protect = if draft.protect == "key" {
        "key"
    } else {
        "passphrase"
    };
    html! {
        form id="export" method="post" action="/export" class="export" aria-labelledby="export-title" {
            h2 id="export-title" { (l.t("export-title")) }
            @if let Some(e) = &draft.error {
                p class="notice" role="alert" { (e) }
            }
            p { (l.t("export-help")) }
            p { (l.t("export-hotline-only")) }
            input type="hidden" name="csrf" value=(csrf);
            fieldset {
                legend { (l.t("export-format")) }
                label { input type="radio" name="format" value="json" checked[format == "json"]; " " (l.t("export-format-json")) }
                label { input type="radio" name="format" value="csv" checked[format == "csv"]; " " (l.t("export-format-csv")) }
            }
            fieldset {
                legend { (l.t("export-protect")) }
                label { input type="radio" name="protect" value="passphrase" checked[protect == "passphrase"]; " " (l.t("export-protect-passphrase")) }
                label { input type="radio" name="protect" value="key" checked[protect == "key"]; " " (l.t("export-protect-key")) }
            }
            label for="export-passphrase" { (l.t("export-passphrase")) }
            input id="export-passphrase" name="passphrase" type="password" autocomplete="new-password" maxlength="1024" aria-describedby="export-passphrase-hint";
            p id="export-passphrase-hint" class="hint" { (l.t("export-passphrase-hint")) }
            label for="export-recipient" { (l.t("export-recipient")) }
            input id="export-recipient" name="recipient" type="text" autocomplete="off" spellcheck="false" dir="ltr" maxlength="200" value=(draft.recipient) aria-describedby="export-recipient-hint";
            p id="export-recipient-hint" class="hint" { (l.t("export-recipient-hint")) }
            button type="submit" { (l.t("export-submit")) }
        }
    }
}

/// The list: filters, flags, newest and most urgent first; for supervisors and admins, a
/// checkbox per row and the export form.
pub(crate) fn list(
    l: &Lang,
    me: &Staff,
    csrf: &str,
    index: &Index,
    filter: &Filter,
    staff_names: &[String],
    export: Option<&ExportDraft>,
) -> String {
    let exports = me.role >= Role::Supervisor;
    let blank = ExportDraft::default();
    let draft = export.unwrap_or(&blank);
    let (entries, page, pages) = index.page(filter);
    let total = index.count(filter);
    let title = l.t("list-title");
    let states: Vec<(String, String)> = ReferralState::ALL
        .iter()
        .map(|s| (s.as_str().to_owned(), l.t(&format!("state-{}", s.as_str()))))
        .collect();
    let needs: Vec<(String, String)> = Need::ALL
        .iter()
        .map(|n| (n.as_str().to_owned(), l.t(&format!("need-{}", n.as_str()))))
        .collect();
    let urgencies: Vec<(String, String)> = Urgency::ALL
        .iter()
        .map(|u| {
            (
                u.as_str().to_owned(),
                l.t(&format!("urgency-{}", u.as_str())),
            )
        })
        .collect();
    let languages: Vec<(String, String)> = index
        .languages()
        .into_iter()
        .map(|x| {
            let shown = languages::shown(&x);
            (x, shown)
        })
        .collect();
    let mut assignees = vec![("none".to_owned(), l.t("filter-unassigned"))];
    assignees.extend(staff_names.iter().map(|n| (n.clone(), n.clone())));
    layout(
        l,
        &title,
        Some((me, csrf)),
        html! {
            h1 { (title) }
            form method="get" action="/" class="filters" aria-label=(l.t("filter-title")) {
                (select(l, "state", "filter-state", filter.state.as_deref(), &states))
                (select(l, "language", "filter-language", filter.language.as_deref(), &languages))
                (select(l, "need", "filter-need", filter.need.as_deref(), &needs))
                (select(l, "urgency", "filter-urgency", filter.urgency.as_deref(), &urgencies))
                (select(l, "assignee", "filter-assignee", filter.assignee.as_deref(), &assignees))
                button type="submit" { (l.t("filter-apply")) }
            }
            @if !index.set_aside.is_empty() {
                p class="notice" role="status" {
                    (l.ta("set-aside", &[("count", Arg::Num(index.set_aside.len() as f64))]))
                }
            }
            p role="status" { (l.ta("list-count", &[("count", Arg::Num(total as f64))])) }
            @if exports {
                (export_form(l, csrf, draft))
            }
            @if entries.is_empty() {
                p { (l.t("list-empty")) }
            } @else {
                table class="requests" {
                    thead { tr {
                        th scope="col" { (l.t("col-request")) }
                        th scope="col" { (l.t("col-received")) }
                        th scope="col" { (l.t("col-state")) }
                        th scope="col" { (l.t("col-language")) }
                        th scope="col" { (l.t("col-needs")) }
                        th scope="col" { (l.t("col-assignee")) }
                    } }
                    tbody {
                        @for e in &entries {
                            tr class=[e.danger().then_some("danger")] {
                                th scope="row" {
                                    @if exports && e.shareable() {
                                        label class="pick" {
                                            input type="checkbox" name="ids" value=(e.id) form="export" checked[draft.ids.iter().any(|i| *i == e.id.to_string())];
                                            span class="vh" { (l.ta("export-select", &[("id", Arg::Str(short(&e.id)))])) }
                                        }
                                        " "
                                    }
                                    a href={ "/r/" (e.id) } { "#" (short(&e.id)) }
                                    @if e.danger() { " " span class="flag danger" { (l.t("flag-danger")) } }
                                    @if e.child() { " " span class="flag child" { (l.t("flag-child")) } }
                                    @if e.referral.assisted_by.is_some() { " " span class="flag assisted" { (l.t("flag-assisted")) } }
                                }
                                td data-label=(l.t("col-received")) { (e.day) }
                                td data-label=(l.t("col-state")) { (l.t(&format!("state-{}", e.state.as_str()))) }
                                td data-label=(l.t("col-language")) { (e.referral.language.as_ref().map_or_else(|| l.t("not-answered"), |t| languages::shown(t.as_str()))) }
                                td data-label=(l.t("col-needs")) { (needs_text(l, e)) }
                                td data-label=(l.t("col-assignee")) { (e.assignee.clone().unwrap_or_else(|| l.t("filter-unassigned"))) }
                            }
                        }
                    }
                }
            }
            @if pages > 1 {
                nav class="pager" aria-label=(l.t("pages")) {
                    @if page > 1 {
                        a href=(page_link(filter, page - 1)) rel="prev" { (l.t("page-previous")) }
                    }
                    span { (l.ta("page-of", &[("page", Arg::Num(page as f64)), ("pages", Arg::Num(pages as f64))])) }
                    @if page < pages {
                        a href=(page_link(filter, page + 1)) rel="next" { (l.t("page-next")) }
                    }
                }
            }
        },
    )
}

/// The list's URL for another page, keeping the filters.
fn page_link(filter: &Filter, page: usize) -> String {
    let mut query: Vec<String> = [
        ("state", &filter.state),
        ("language", &filter.language),
        ("need", &filter.need),
        ("urgency", &filter.urgency),
        ("assignee", &filter.assignee),
    ]
    .into_iter()
    .filter_map(|(k, v)| {
        v.as_deref()
            .filter(|v| !v.is_empty())
            .map(|v| format!("{k}={}", form_escape(v)))
    })
    .collect();
    query.push(format!("page={page}"));
    format!("/?{}", query.join("&"))
}

/// Percent-encodes a filter value for a link (values are spellings and staff names, but a
/// language tag typed into the URL could hold anything).
fn form_escape(v: &str) -> String {
    v.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn weekday_of(d: chrono::Weekday) -> Weekday {
    Weekday::ALL[d.num_days_from_monday() as usize]
}

fn hh_mm(t: TimeOfDay) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

/// A window's start and end as the staff member's clock shows them today, and whether `now`
/// falls in it (in the person's own zone, as they meant it).
fn window_line(
    l: &Lang,
    w: &TimeWindow,
    staff_tz: chrono_tz::Tz,
    now: DateTime<Utc>,
) -> (String, bool) {
    let days = if w.days.is_empty() {
        l.t("any-day")
    } else {
        w.days
            .iter()
            .map(|d| l.t(&format!("weekday-{}", d.as_str())))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let theirs = format!(
        "{}–{} {}",
        hh_mm(w.start),
        hh_mm(w.end),
        w.time_zone.as_str()
    );
    let Some(tz) = w.time_zone.tz() else {
        return (format!("{days} {theirs}"), false);
    };
    let local_now = now.with_timezone(&tz);
    let at = TimeOfDay::new(local_now.hour() as u8, local_now.minute() as u8);
    let covered = at.is_some_and(|t| w.covers(weekday_of(local_now.weekday()), t));
    let convert = |t: TimeOfDay| {
        local_now
            .date_naive()
            .and_hms_opt(u32::from(t.hour()), u32::from(t.minute()), 0)
            .and_then(|dt| dt.and_local_timezone(tz).earliest())
            .map(|dt| dt.with_timezone(&staff_tz).format("%H:%M").to_string())
            .unwrap_or_else(|| hh_mm(t))
    };
    let line = l.ta(
        "safe-time-row",
        &[
            ("days", Arg::Str(days)),
            // The range reads left to right in every language: an isolate from before the
            // start to after the end (around the message's dash), and around their own time.
            ("start", Arg::Str(format!("\u{2066}{}", convert(w.start)))),
            ("end", Arg::Str(format!("{}\u{2069}", convert(w.end)))),
            ("theirs", Arg::Str(format!("\u{2066}{theirs}\u{2069}"))),
        ],
    );
    (line, covered)
}

fn method_line(l: &Lang, m: &ContactMethod) -> String {
    match m {
        ContactMethod::Call { phone } => l.ta(
            "method-call",
            &[("phone", Arg::Str(phone.as_e164().to_owned()))],
        ),
        ContactMethod::Sms { phone } => l.ta(
            "method-sms",
            &[("phone", Arg::Str(phone.as_e164().to_owned()))],
        ),
        ContactMethod::MessagingApp { app, handle } => l.ta(
            "method-messaging_app",
            &[
                ("app", Arg::Str(app.expose().clone())),
                ("handle", Arg::Str(handle.expose().clone())),
            ],
        ),
        ContactMethod::Email { address } => l.ta(
            "method-email",
            &[("address", Arg::Str(address.expose().clone()))],
        ),
        ContactMethod::InPersonViaOutreach => l.t("method-in_person_via_outreach"),
        ContactMethod::CheckBackInApp => l.t("method-check_back_in_app"),
    }
}

/// What the request page shows besides the request.
#[derive(Clone, Copy)]
pub(crate) struct RequestPage<'a> {
    pub(crate) me: &'a Staff,
    pub(crate) csrf: &'a str,
    pub(crate) entry: &'a Entry,
    pub(crate) notes: &'a [Option<Note>],
    pub(crate) replies: &'a [Option<SentReply>],
    /// A refused reply form, shown again as it was filled in.
    pub(crate) draft: Option<&'a ReplyDraft>,
    pub(crate) staff_names: &'a [String],
    pub(crate) staff_tz: chrono_tz::Tz,
    pub(crate) now: DateTime<Utc>,
    pub(crate) notice: Option<&'a str>,
}

/// A reply form that was refused: what was chosen and written, and why it was refused.
pub(crate) struct ReplyDraft {
    pub(crate) template: String,
    pub(crate) day: String,
    pub(crate) from: String,
    pub(crate) to: String,
    pub(crate) text: zeroize::Zeroizing<String>,
    pub(crate) error: String,
}

/// A template as the person will read it, in the staff member's language (the phone shows it
/// in the person's); a window's parts as given, or "…" in the list of choices.
fn reply_preview(l: &Lang, template: &str, day: Option<Weekday>, from: &str, to: &str) -> String {
    let day = day.map_or_else(
        || "…".to_owned(),
        |d| l.t(&format!("weekday-{}", d.as_str())),
    );
    l.ta(
        &format!("reply-{template}"),
        &[
            ("day", Arg::Str(day)),
            ("from", Arg::Str(format!("\u{2066}{from}\u{2069}"))),
            ("to", Arg::Str(format!("\u{2066}{to}\u{2069}"))),
        ],
    )
}

/// The replies sent so far and the form for the next one.
fn replies_section(l: &Lang, p: &RequestPage<'_>) -> Markup {
    let e = p.entry;
    let draft = p.draft;
    let chosen = draft.map_or("", |d| d.template.as_str());
    let language = e
        .referral
        .language
        .as_ref()
        .map_or_else(|| l.t("not-answered"), |t| languages::shown(t.as_str()));
    html! {
        section class="replies" aria-labelledby="reply-title" {
            h2 id="reply-title" { (l.t("reply-title")) }
            h3 { (l.t("reply-sent-title")) }
            @if p.replies.is_empty() {
                p { (l.t("reply-none")) }
            } @else {
                ol class="sent-replies" {
                    @for sent in p.replies {
                        li {
                            @match sent {
                                Some(s) => {
                                    p class="note-by" { (l.ta("reply-by", &[("seq", Arg::Num(f64::from(s.reply.seq))), ("author", Arg::Str(s.author.clone())), ("day", Arg::Str(s.day.clone()))])) }
                                    p { (reply_preview(l, &s.reply.template, s.reply.day, &s.reply.from.map(|t| t.to_string()).unwrap_or_default(), &s.reply.to.map(|t| t.to_string()).unwrap_or_default())) }
                                    @if let Some(text) = &s.reply.text {
                                        p { strong { (l.t("reply-note-label")) } " " span class="note" dir="auto" { (text) } }
                                    }
                                }
                                None => p class="warn" { (l.t("reply-unreadable")) },
                            }
                        }
                    }
                }
            }
            @if let Some(d) = draft {
                p class="field-error" role="alert" id="reply-error" { (d.error) }
            }
            @if e.referral.reply_public_key.is_none() {
                p class="warn" { (l.t("reply-no-key")) }
            } @else {
                // The fragment brings the staff member back to this section, where a refusal
                // is shown (the answer page keeps it; no script needed).
                form method="post" action={ "/r/" (e.id) "/reply#reply-title" } {
                    input type="hidden" name="csrf" value=(p.csrf);
                    p { (l.ta("reply-intro", &[("language", Arg::Str(language))])) }
                    label for="reply-template" { (l.t("reply-template")) }
                    select id="reply-template" name="template" required {
                        @for t in ReplyTemplate::ALL {
                            option value=(t.as_str()) selected[chosen == t.as_str()] { (reply_preview(l, t.as_str(), None, "…", "…")) }
                        }
                    }
                    div class="reply-window" {
                        div {
                            label for="reply-day" { (l.t("reply-day")) }
                            select id="reply-day" name="day" {
                                option value="" { "—" }
                                @for d in Weekday::ALL {
                                    option value=(d.as_str()) selected[draft.is_some_and(|x| x.day == d.as_str())] { (l.t(&format!("weekday-{}", d.as_str()))) }
                                }
                            }
                        }
                        div {
                            label for="reply-from" { (l.t("reply-from")) }
                            input type="time" id="reply-from" name="from" value=[draft.map(|d| d.from.as_str())];
                        }
                        div {
                            label for="reply-to" { (l.t("reply-to")) }
                            input type="time" id="reply-to" name="to" value=[draft.map(|d| d.to.as_str())];
                        }
                    }
                    label for="reply-text" { (l.t("reply-text")) }
                    textarea id="reply-text" name="text" rows="3" maxlength=(REPLY_TEXT_MAX_CHARS) aria-describedby="reply-text-hint" dir="auto" {
                        (draft.map_or("", |d| d.text.as_str()))
                    }
                    p id="reply-text-hint" class="hint" { (l.ta("reply-text-hint", &[("max", Arg::Num(REPLY_TEXT_MAX_CHARS as f64))])) }
                    button type="submit" { (l.t("reply-submit")) }
                }
            }
        }
    }
}

/// One request: the safe-contact plan first and impossible to miss, then what the person
/// wrote (as text), then the actions this staff member may take.
pub(crate) fn request(l: &Lang, p: &RequestPage<'_>) -> String {
    let RequestPage {
        me,
        csrf,
        entry: e,
        notes,
        replies: _,
        draft: _,
        staff_names,
        staff_tz,
        now,
        notice,
    } = *p;
    let r = &e.referral;
    let c = &r.contact;
    let title = l.ta("request-title", &[("id", Arg::Str(short(&e.id)))]);
    let windows: Vec<(String, bool)> = c
        .safe_times
        .iter()
        .map(|w| window_line(l, w, staff_tz, now))
        .collect();
    let safe_now = windows.iter().any(|(_, covered)| *covered);
    let dash = || l.t("not-answered");
    layout(
        l,
        &title,
        Some((me, csrf)),
        html! {
            p { a href="/" { (l.t("back-to-list")) } }
            h1 { (title) }
            @if let Some(n) = notice { p class="notice" role="status" { (n) } }
            @if e.danger() { p class="flag danger big" { (l.t("flag-danger")) } }
            @if e.child() { p class="flag child big" role="note" { (l.t("child-warning")) } }
            @if let Some(a) = &r.assisted_by {
                // The worker's own words, each isolated (a name in one script, a number in
                // another), as every text of a request is shown: escaped, never markup.
                p class="assisted" {
                    strong { (l.t("assisted-by")) } " "
                    bdi { (a.organisation.expose()) }
                    @if let Some(channel) = &a.channel {
                        " · " bdi { (channel.expose()) }
                    }
                }
            }
            section class="safe-contact" aria-labelledby="safe-contact-title" {
                h2 id="safe-contact-title" { (l.t("safe-contact-title")) }
                h3 { (l.t("safe-methods")) }
                ul { @for m in &c.methods { li { bdi { (method_line(l, m)) } } } }
                p class=(if c.voicemail_allowed() { "ok" } else { "warn" }) {
                    strong { (l.t(if c.voicemail_allowed() { "voicemail-yes" } else { "voicemail-no" })) }
                }
                @if let Some(w) = &c.code_word {
                    p { strong { (l.ta("code-word", &[("word", Arg::Str(w.expose().clone()))])) } }
                }
                @if let Some(s) = &c.if_someone_else_answers {
                    p {
                        (l.t("someone-else")) " "
                        strong { @match s {
                            IfSomeoneElseAnswers::Other(text) => (l.ta("someone-else-other", &[("text", Arg::Str(text.expose().clone()))])),
                            other => (l.t(&format!("someone-else-{}", other.choice().as_str()))),
                        } }
                    }
                }
                @if let Some(g) = c.responder_gender {
                    p { (l.ta("responder", &[("gender", Arg::Str(l.t(&format!("responder-{}", g.as_str()))))])) }
                }
                h3 { (l.ta("safe-times", &[("zone", Arg::Str(staff_tz.name().to_owned()))])) }
                @if windows.is_empty() {
                    p { (l.t("safe-times-none")) }
                } @else {
                    ul { @for (line, _) in &windows { li { (line) } } }
                    p class=(if safe_now { "ok now" } else { "warn now" }) role="status" {
                        strong { (l.t(if safe_now { "now-safe" } else { "now-not-safe" })) }
                    }
                }
            }
            section aria-labelledby="details-title" {
                h2 id="details-title" { (l.t("request-details")) }
                dl {
                    dt { (l.t("field-needs")) } dd { (needs_text(l, e)) }
                    dt { (l.t("field-urgency")) } dd { (r.urgency.map_or_else(dash, |u| l.t(&format!("urgency-{}", u.as_str())))) }
                    dt { (l.t("field-for-whom")) } dd { (r.for_whom.map_or_else(dash, |f| l.t(&format!("for-whom-{}", f.as_str())))) }
                    dt { (l.t("field-age")) } dd { (r.age_group.map_or_else(dash, |a: AgeGroup| l.t(&format!("age-{}", a.as_str())))) }
                    dt { (l.t("field-language")) } dd { (r.language.as_ref().map_or_else(dash, |t| languages::shown(t.as_str()))) }
                    dt { (l.t("field-place")) } dd { bdi { (r.place.as_ref().map_or_else(dash, |p| p.expose().clone())) } }
                    dt { (l.t("field-message")) }
                    dd class="message" dir="auto" lang=[r.language.as_ref().map(|t| t.as_str())] { (r.message.as_ref().map_or_else(dash, |m| m.expose().clone())) }
                    dt { (l.t("field-consent")) }
                    dd {
                        (l.t(&format!("consent-{}", r.consent.scope.as_str())))
                        // Who gave it: the person, on the worker's phone, the worker assisting.
                        @if r.consent.assisted { br; span class="consent-assisted" { (l.t("consent-assisted")) } }
                    }
                }
            }
            section class="notes" aria-labelledby="notes-title" {
                h2 id="notes-title" { (l.t("notes-title")) }
                @if notes.is_empty() {
                    p { (l.t("notes-none")) }
                } @else {
                    ul {
                        @for n in notes {
                            li {
                                @match n {
                                    Some(n) => {
                                        p class="note-by" { (l.ta("note-by", &[("author", Arg::Str(n.author.clone())), ("day", Arg::Str(n.day.clone()))])) }
                                        p class="note" { (n.text) }
                                    }
                                    None => p class="warn" { (l.t("note-unreadable")) },
                                }
                            }
                        }
                    }
                }
                form method="post" action={ "/r/" (e.id) "/note" } {
                    input type="hidden" name="csrf" value=(csrf);
                    label for="note" { (l.t("note-add")) }
                    textarea id="note" name="text" rows="4" required maxlength=(NOTE_MAX_CHARS) {}
                    button type="submit" { (l.t("note-submit")) }
                }
            }
            (replies_section(l, p))
            section class="actions" aria-labelledby="actions-title" {
                h2 id="actions-title" { (l.t("actions-title")) }
                form method="post" action={ "/r/" (e.id) "/assign" } {
                    input type="hidden" name="csrf" value=(csrf);
                    label for="to" { (l.t("assign-to")) }
                    select id="to" name="to" {
                        option value="" { (l.t("filter-unassigned")) }
                        @for n in staff_names {
                            option value=(n) selected[e.assignee.as_deref() == Some(n.as_str())] { (n) }
                        }
                    }
                    button type="submit" { (l.t("assign-submit")) }
                }
                form method="post" action={ "/r/" (e.id) "/state" } {
                    input type="hidden" name="csrf" value=(csrf);
                    label for="state" { (l.t("state-set")) }
                    select id="state" name="state" {
                        @for s in ReferralState::ALL {
                            option value=(s.as_str()) selected[e.state == s] { (l.t(&format!("state-{}", s.as_str()))) }
                        }
                    }
                    button type="submit" { (l.t("state-submit")) }
                }
            }
        },
    )
}

/// A name inside a sentence, isolated so that a name's dots and dashes stay in place in a
/// right-to-left sentence.
pub(crate) fn name_arg(name: &str) -> Arg {
    Arg::Str(format!("\u{2068}{name}\u{2069}"))
}

/// A line at the top of the accounts page: what was done, or why nothing was (`alert`).
pub(crate) struct Notice {
    /// The words.
    pub(crate) text: String,
    /// A refusal (`role="alert"`) rather than a confirmation (`role="status"`).
    pub(crate) alert: bool,
}

/// What an admin typed into the add form, kept when it was refused.
#[derive(Default)]
pub(crate) struct Typed {
    /// The name (at most 64 characters of it).
    pub(crate) name: String,
    /// The role chosen (operator when none).
    pub(crate) role: Option<Role>,
}

const ROLES: [Role; 3] = [Role::Operator, Role::Supervisor, Role::Admin];

fn role_options(l: &Lang, current: Role) -> Markup {
    html! {
        @for r in ROLES {
            option value=(r.as_str()) selected[r == current] { (l.t(&format!("role-{}", r.as_str()))) }
        }
    }
}

/// The admins' accounts page: add an account; for every other account, its role, disable or
/// enable, and a new password and authenticator. An admin's own account has no forms: nobody
/// changes their own.
pub(crate) fn staff(
    l: &Lang,
    me: &Staff,
    csrf: &str,
    accounts: &[Account],
    notice: Option<&Notice>,
    typed: &Typed,
) -> String {
    let title = l.t("staff-title");
    layout(
        l,
        &title,
        Some((me, csrf)),
        html! {
            p { a href="/" { (l.t("back-to-list")) } }
            h1 { (title) }
            @if let Some(n) = notice {
                @if n.alert {
                    p class="notice" role="alert" { (n.text) }
                } @else {
                    p class="notice" role="status" { (n.text) }
                }
            }
            section aria-labelledby="add-title" {
                h2 id="add-title" { (l.t("staff-add-title")) }
                form method="post" action="/staff/add" class="add-staff" {
                    input type="hidden" name="csrf" value=(csrf);
                    label for="new-name" { (l.t("staff-name")) }
                    p id="new-name-help" class="help" { (l.t("staff-name-help")) }
                    input id="new-name" name="name" type="text" value=(typed.name) required maxlength="64" autocomplete="off" autocapitalize="none" spellcheck="false" dir="ltr" aria-describedby="new-name-help";
                    label for="new-role" { (l.t("staff-role")) }
                    select id="new-role" name="role" { (role_options(l, typed.role.unwrap_or(Role::Operator))) }
                    button type="submit" { (l.t("staff-add-submit")) }
                }
            }
            section aria-labelledby="accounts-title" {
                h2 id="accounts-title" { (l.t("staff-list-title")) }
                ul class="accounts" {
                    @for a in accounts {
                        li {
                            h3 { bdi { (a.name) } }
                            p {
                                (l.t(&format!("role-{}", a.role.as_str()))) " · "
                                @if a.disabled {
                                    strong class="warn" { (l.t("staff-disabled")) }
                                } @else {
                                    (l.t("staff-enabled"))
                                }
                            }
                            @if a.locked { p class="warn" { (l.t("staff-locked")) } }
                            @if a.name == me.name {
                                p { (l.t("staff-you")) }
                            } @else {
                                form method="post" action={ "/staff/" (a.name) "/role" } {
                                    input type="hidden" name="csrf" value=(csrf);
                                    label for={ "role-" (a.name) } { (l.ta("staff-role-of", &[("name", name_arg(&a.name))])) }
                                    select id={ "role-" (a.name) } name="role" { (role_options(l, a.role)) }
                                    button type="submit" { (l.t("staff-role-submit")) }
                                }
                                form method="post" action={ "/staff/" (a.name) "/disabled" } {
                                    input type="hidden" name="csrf" value=(csrf);
                                    input type="hidden" name="disabled" value=(if a.disabled { "0" } else { "1" });
                                    button type="submit" {
                                        (l.ta(if a.disabled { "staff-enable" } else { "staff-disable" }, &[("name", name_arg(&a.name))]))
                                    }
                                }
                                form method="post" action={ "/staff/" (a.name) "/reset" } {
                                    input type="hidden" name="csrf" value=(csrf);
                                    p id={ "reset-help-" (a.name) } class="help" { (l.t("staff-reset-help")) }
                                    button type="submit" aria-describedby={ "reset-help-" (a.name) } { (l.ta("staff-reset", &[("name", name_arg(&a.name))])) }
                                }
                            }
                        }
                    }
                }
            }
        },
    )
}

/// Quiet modules around a QR code (the standard's four).
const QR_QUIET: usize = 4;

/// `text` as a QR code: an inline SVG of `<rect>`s (each row's dark runs), for an image the
/// CSP allows (no `data:` URI, no style attribute, no script) and that prints sharp.
fn qr_svg(text: &str, label: &str) -> Option<Markup> {
    let code = qrcode::QrCode::new(text.as_bytes()).ok()?;
    let width = code.width();
    if width == 0 {
        return None;
    }
    let size = width + 2 * QR_QUIET;
    let mut runs = Vec::new();
    for (y, row) in code.to_colors().chunks(width).enumerate() {
        let mut start = None;
        for (x, c) in row
            .iter()
            .chain(std::iter::once(&qrcode::Color::Light))
            .enumerate()
        {
            match (c, start) {
                (qrcode::Color::Dark, None) => start = Some(x),
                (qrcode::Color::Light, Some(s)) => {
                    runs.push((s + QR_QUIET, y + QR_QUIET, x - s));
                    start = None;
                }
                _ => {}
            }
        }
    }
    Some(html! {
        svg xmlns="http://www.w3.org/2000/svg" class="qr" viewBox={ "0 0 " (size) " " (size) } role="img" aria-label=(label) shape-rendering="crispEdges" {
            rect width=(size) height=(size) fill="#fff" {}
            @for (x, y, w) in runs {
                rect x=(x) y=(y) width=(w) height="1" {}
            }
        }
    })
}

/// A new or reset account's password and authenticator link (with its QR code), shown this
/// once to the admin, who gives them to the staff member.
pub(crate) fn credentials(
    l: &Lang,
    me: &Staff,
    csrf: &str,
    name: &str,
    reset: bool,
    creds: &Credentials,
) -> String {
    let who = [("name", name_arg(name))];
    let title = l.ta(
        if reset {
            "creds-title-reset"
        } else {
            "creds-title-added"
        },
        &who,
    );
    layout(
        l,
        &title,
        Some((me, csrf)),
        html! {
            h1 { (title) }
            p class="notice" role="alert" { strong { (l.ta("creds-once", &who)) } }
            h2 { (l.t("creds-password")) }
            p { code id="password" class="secret" dir="ltr" translate="no" { (creds.password.as_str()) } }
            h2 { (l.t("creds-authenticator")) }
            @if let Some(svg) = qr_svg(&creds.otpauth_uri, &l.ta("creds-qr-label", &who)) {
                (svg)
            }
            p { (l.t("creds-uri")) }
            p { code id="otpauth" class="secret" dir="ltr" translate="no" { (creds.otpauth_uri.as_str()) } }
            p { a href="/staff" { (l.t("creds-done")) } }
        },
    )
}
