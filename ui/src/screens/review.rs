//! Form step: review everything, then seal and send.

use leptos::prelude::*;
use leptos::task::spawn_local;
use reach_contract::choices::{AgeGroup, Weekday};

use crate::flow::Screen;
use crate::icons::{self};
use crate::ipc::invoke;
use crate::model::{self, Form};
use crate::session::*;
use crate::widgets::*;
use reach_contract::ErrorCode;
use reach_contract::command::{self as cmd, DraftIdArgs, ReferralArgs, SubmitWithReferenceArgs};
use reach_contract::limits;

pub(crate) fn labels(prefix: &str, items: &[String]) -> String {
    items
        .iter()
        .map(|i| tx(&format!("{prefix}{i}")))
        .collect::<Vec<_>>()
        .join(", ")
}

pub(crate) fn or_not_answered(s: String) -> String {
    if s.trim().is_empty() {
        tx("review-not-answered")
    } else {
        s
    }
}

#[component]
pub(crate) fn ReviewSection(
    title: &'static str,
    screen: Screen,
    prefixes: &'static [&'static str],
    text: Signal<String>,
) -> impl IntoView {
    let ctx = ctx();
    view! {
        <section class="review">
            <h2>{move || tx(title)}</h2>
            <p class="answer">{move || text.get()}</p>
            {prefixes.iter().map(|p| view! { <FieldErrors prefix=p.to_string()/> }).collect_view()}
            <button type="button" class="secondary" on:click=move |_| go(ctx, screen)>
                {move || tx("review-change")} <span class="sr-only">": " {move || tx(title)}</span>
            </button>
        </section>
    }
}

/// The fields of the part a person answers alone on a worker's phone (closed once given back),
/// and the age shown with them.
const PRIVATE_MORE: &[&str] = &["place", "message", "age_group"];
/// The consent, answered alone too.
const PRIVATE_CONSENT: &[&str] = &["consent"];
/// What only the person can change once the phone is given back (the worker sets the age on a
/// shared screen).
const PERSON_ONLY: &[&str] = &["place", "message", "consent"];

#[component]
pub(crate) fn ReviewScreen() -> impl IntoView {
    let ctx = ctx();
    let busy = RwSignal::new(false);
    let session = ctx.session.get_value();
    let referral = ctx.form.get_untracked().to_json();
    spawn_local(async move {
        if let Ok(errors) = invoke::<cmd::Validate>(&ReferralArgs { referral }).await
            && same_session(ctx, session)
        {
            ctx.errors.set(errors);
        }
    });
    let submit = move |_| {
        busy.set(true);
        ctx.notice.set(Some("submit-working".into()));
        let mut form = ctx.form.get_untracked();
        if !ctx.give_reference.get_untracked() {
            // Who assisted travels only with a reference (the worker's mode).
            form.assisted_org.clear();
            form.assisted_channel.clear();
        } else if let Some(worker) = ctx.worker.get_untracked() {
            // As the worker's profile is now: a draft begun before the worker changed their
            // callback channel must not send the old one (for a person with no phone of their
            // own it may be the hotline's only way back).
            form.assisted_by(worker);
        }
        let id = ctx.draft_id.get_untracked();
        let session = ctx.session.get_value();
        spawn_local(async move {
            let saved = persist(form.clone(), id).await;
            if !same_session(ctx, session) {
                return;
            }
            let Some(id) = saved else {
                busy.set(false);
                ctx.notice.set(Some("error-internal".into()));
                return;
            };
            ctx.draft_id.set(Some(id.clone()));
            ctx.submitting.set_value(true);
            let res = if ctx.give_reference.get_untracked() {
                // The person's language picks the reference's words (or digits without a list).
                let person = form
                    .language
                    .clone()
                    .unwrap_or_else(|| lang().get_untracked());
                invoke::<cmd::SubmitWithReference>(&SubmitWithReferenceArgs {
                    draft_id: id,
                    lang: person,
                })
                .await
                .map(Some)
            } else {
                invoke::<cmd::Submit>(&DraftIdArgs { draft_id: id })
                    .await
                    .map(|_| None)
            };
            ctx.submitting.set_value(false);
            if !same_session(ctx, session) {
                return;
            }
            busy.set(false);
            match res {
                Ok(reference) => {
                    let child = form.age_group.as_deref() == Some(AgeGroup::Under18.as_str());
                    // Submitted requests are sealed: nothing of it stays in memory.
                    ctx.form.set(Form {
                        language: form.language,
                        ..Form::default()
                    });
                    ctx.draft_id.set(None);
                    ctx.errors.set(vec![]);
                    if ctx.person.get_untracked().is_none() {
                        ctx.give_reference.set(false);
                    }
                    // The form is emptied above, so the child's path is over by now: its words
                    // are chosen here (on a worker's phone the notice is the worker's).
                    let said = if child && ctx.person.get_untracked().is_none() {
                        "submit-done-child"
                    } else {
                        "submit-done"
                    };
                    ctx.notice.set(Some(said.into()));
                    if let Some(r) = reference {
                        ctx.handover.set(Some(r));
                        ctx.screen.set(Screen::Reference);
                    } else {
                        ctx.screen.set(Screen::Status);
                    }
                }
                Err(e) => {
                    let id = e.code.message_id();
                    if e.code == ErrorCode::Invalid {
                        ctx.errors.set(e.fields);
                    }
                    ctx.notice.set(Some(id));
                }
            }
        });
    };
    let needs = Signal::derive(move || {
        let f = ctx.form.get();
        let mut parts = vec![labels("need-", &f.needs)];
        parts.extend(f.urgency.map(|u| tx(&format!("urgency-{u}"))));
        parts.extend(f.for_whom.map(|u| tx(&format!("for-whom-{u}"))));
        or_not_answered(
            parts
                .into_iter()
                .filter(|p| !p.is_empty())
                .collect::<Vec<_>>()
                .join(" · "),
        )
    });
    let contact = Signal::derive(move || {
        let f = ctx.form.get();
        let mut parts: Vec<String> = f
            .ordered_methods()
            .iter()
            .map(|m| {
                let detail = match *m {
                    "call" | "sms" => model::normalize_phone(&f.phone),
                    "messaging_app" => format!("{} {}", f.app.trim(), f.handle.trim()),
                    "email" => f.email.trim().to_owned(),
                    _ => String::new(),
                };
                let label = tx(&format!("contact-{m}"));
                if detail.trim().is_empty() {
                    label
                } else {
                    format!("{label}: \u{2068}{detail}\u{2069}")
                }
            })
            .collect();
        parts.extend(
            f.voicemail_ok
                .map(|v| tx(if v { "voicemail-yes" } else { "voicemail-no" })),
        );
        if !f.code_word.trim().is_empty() {
            parts.push(format!("{}: {}", tx("code-word-label"), f.code_word.trim()));
        }
        parts.extend(f.someone_else.map(|s| tx(&format!("someone-else-{s}"))));
        parts.extend(f.responder_gender.map(|s| tx(&format!("responder-{s}"))));
        or_not_answered(parts.join(" · "))
    });
    let times = Signal::derive(move || {
        let f = ctx.form.get();
        let text = f
            .times
            .iter()
            .map(|w| {
                let days: Vec<String> = Weekday::ALL
                    .iter()
                    .filter(|d| w.days.iter().any(|x| x == d.as_str()))
                    .map(|d| tx(&format!("weekday-{}", d.short())))
                    .collect();
                let days = if days.is_empty() {
                    tx("times-any-day")
                } else {
                    days.join(", ")
                };
                format!("\u{2068}{}–{}\u{2069} ({days})", w.start, w.end)
            })
            .collect::<Vec<_>>()
            .join("; ");
        or_not_answered(text)
    });
    let more = Signal::derive(move || {
        let f = ctx.form.get();
        let mut parts = vec![];
        if !f.place.trim().is_empty() {
            parts.push(f.place.trim().to_owned());
        }
        if !f.message.trim().is_empty() {
            let m: String = f.message.trim().chars().take(140).collect();
            parts.push(format!("“{m}”"));
        }
        parts.extend(f.age_group.map(|a| tx(&format!("age-{a}"))));
        or_not_answered(parts.join(" · "))
    });
    let consent =
        Signal::derive(move || tx(&format!("consent-{}", ctx.form.with(|f| f.consent.clone()))));
    // On a worker's phone, once given back: what the person answered alone is not shown, and
    // there is no way back into it.
    let closed = move || ctx.person.get().is_some_and(|p| p.sealed);
    // A field of the closed part fails the checks: only the person can fix it.
    let private_error = move || {
        ctx.errors.with(|errors| {
            errors.iter().any(|e| {
                PERSON_ONLY
                    .iter()
                    .any(|p| error_matches(&e.field, p, false))
            })
        })
    };
    let private_section = move |title: &'static str,
                                screen: Screen,
                                prefixes: &'static [&'static str],
                                text: Signal<String>| {
        move || {
            if closed() {
                view! {
                    <section class="review" data-testid="review-private">
                        <h2>{move || tx(title)}</h2>
                        <p class="answer">{move || tx("review-private")}</p>
                        {prefixes.iter().map(|p| view! { <FieldErrors prefix=p.to_string()/> }).collect_view()}
                    </section>
                }
                .into_any()
            } else {
                view! { <ReviewSection title=title screen=screen prefixes=prefixes text=text/> }
                    .into_any()
            }
        }
    };
    let worker_line = move || {
        let org = ctx.form.with(|f| {
            let org = f.assisted_org.trim().to_owned();
            match f.assisted_channel.trim() {
                "" => org,
                ch => format!("{org} · {ch}"),
            }
        });
        view! {
            <section class="review">
                <p data-testid="review-assisted-as">{move || txa("review-assisted-as", &[("organisation", crate::i18n::Arg::Str(org.clone()))])}</p>
                <FieldErrors prefix="assisted_by".into()/>
            </section>
        }
    };
    view! {
        <Step screen=Screen::Review/>
        <Heading id="review-title"/>
        <p class="important">{move || tx("review-intro")}</p>
        <ReviewSection title="review-needs" screen=Screen::Needs prefixes=&["needs", "urgency", "for_whom", "language"] text=needs/>
        <ReviewSection title="review-contact" screen=Screen::Contact
            prefixes=&["contact.methods", "contact.voicemail_ok", "contact.code_word", "contact.if_someone_else_answers", "contact.responder_gender", "contact.responder_language"] text=contact/>
        <ReviewSection title="review-times" screen=Screen::Safety prefixes=&["contact.safe_times"] text=times/>
        {private_section("review-more", Screen::More, PRIVATE_MORE, more)}
        {private_section("review-consent", Screen::Consent, PRIVATE_CONSENT, consent)}
        // The way back into the closed part is the person's, not the worker's: the phone goes
        // to them again, from the hand-over, and their consent is asked again.
        {move || closed().then(|| view! {
            <section class="review" data-testid="review-hand-again-section">
                {move || private_error().then(|| view! {
                    <p class="important" role="alert" data-testid="review-private-fix">{move || tx("review-private-fix")}</p>
                })}
                <p class="hint">{move || tx("review-hand-again-hint")}</p>
                <button type="button" class="secondary" data-testid="review-hand-again" disabled=move || busy.get()
                    on:click=move |_| {
                        reopen_for_person(ctx, crate::flow::Reopened::Everything);
                        go(ctx, Screen::HandOver);
                    }>
                    {move || tx("review-hand-again")}
                </button>
            </section>
        })}
        {move || if ctx.person.get().is_some() { worker_line().into_any() } else { view! {
        <section class="review">
            <Toggle label=Signal::derive(move || tx("review-reference")) testid="give-reference".to_owned()
                pressed=Signal::derive(move || ctx.give_reference.get())
                on_toggle=Callback::new(move |()| ctx.give_reference.update(|v| *v = !*v))/>
            <p class="hint">{move || tx("review-reference-hint")}</p>
            // The worker names their organisation (and a way to reach them) for the hotline:
            // `assisted_by`, sent only with a reference.
            {move || ctx.give_reference.get().then(|| view! {
                <TextField id="assisted-org" testid="assisted-org" label="assisted-organisation-label" hint="assisted-hint"
                    max=limits::ASSISTED_BY_ORGANISATION_MAX_CHARS
                    get=|f| f.assisted_org.clone() set=|f, v| f.assisted_org = v
                    error_field="assisted_by.organisation".into()/>
                <TextField id="assisted-channel" testid="assisted-channel" label="assisted-channel-label" hint=""
                    max=limits::ASSISTED_BY_CHANNEL_MAX_CHARS
                    get=|f| f.assisted_channel.clone() set=|f, v| f.assisted_channel = v
                    error_field="assisted_by.channel".into()/>
            })}
        </section>
        }.into_any() }}
        <div class="step-nav">
            <button type="button" class="secondary back" data-testid="back" on:click=move |_| go_back(ctx, Screen::Review)>{move || tx("back")}</button>
            <button type="button" class="primary submit" data-testid="submit" disabled=move || busy.get() on:click=submit>
                {icons::lock()}<span class="label">{move || tx("submit")}</span>
            </button>
        </div>
        // The worker's way out of a person's request that cannot go now (the person left, a
        // send that keeps failing): it waits, sealed as it is, in their list.
        {move || ctx.person.with(Option::is_some).then(|| view! {
            <div class="actions">
                <button type="button" class="secondary" data-testid="review-later" disabled=move || busy.get()
                    on:click=move |_| {
                        save_now(ctx);
                        end_person(ctx);
                        go(ctx, Screen::Outreach);
                    }>
                    {move || tx("review-later")}
                </button>
            </div>
        })}
    }
}
