//! The reply form's route (`POST /r/{id}/reply`): checks the template, window and note, seals
//! the reply (`replies.rs`) and moves the request to answered, or shows the form again with
//! what was typed and why it was refused.

use super::*;

/// Every member defaults to empty, so that a form missing one (no CSRF token, no template) gets
/// the inbox's own refusal page rather than the framework's "unprocessable" text.
#[derive(Deserialize)]
pub(super) struct ReplyForm {
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

pub(super) async fn send_reply(
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
    let (reply_key, key_id, state, lang) = {
        let index = lock(&inbox.index);
        let Some(e) = index.get(&id) else {
            return not_found(&headers);
        };
        (
            e.referral.reply_public_key,
            e.key_id,
            e.state,
            e.referral.language.clone(),
        )
    };
    // The reply is written with the key the request was sealed to: the person's profile has it.
    let (Some(reply_key), Some(key_id)) =
        (reply_key, key_id.filter(|k| inbox.keys.contains_key(k)))
    else {
        return refuse(draft, "error-reply-no-key");
    };
    let next = replies::next_seq(&*inbox.store, &id);
    let seq = match next {
        Ok(Some(seq)) => seq,
        Ok(None) => return refuse(draft, "error-reply-limit"),
        Err(e) => return internal(e),
    };
    let reply = match Reply::new(id, seq, template, window, Some(f.text.as_str())) {
        // The person's language travels with the reply: a phone checking their reference as
        // digits has no other way to know it.
        Ok(r) => r.in_language(lang.as_ref()),
        Err(reach_core::reply::ReplyError::Text) => return refuse(draft, "error-reply-text"),
        Err(_) => return refuse(draft, "error-reply-params"),
    };
    let author = me.name.clone();
    change(
        &inbox,
        id,
        me.name.clone(),
        "reply".into(),
        "reply",
        move |inbox, event, day| {
            let key = inbox
                .keys
                .get(&key_id)
                .ok_or_else(|| HotlineError::Sealing("no key".into()))?;
            // The number is taken again inside the write transaction: two staff replying at
            // once get 1 and 2, never the same number (the primary key would refuse it anyway).
            let seal = move |next: u32| {
                let seq_now = replies::within_limit(next)
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
                replies::seal(key, &reply_key, &sent)
            };
            let answered = AuditEvent {
                action: "state:answered",
                ..*event
            };
            let answer = answered_after_reply(state).then_some((state, &answered));
            inbox.store.add_reply(&id, Box::new(seal), answer, event)
        },
    )
    .await
}
