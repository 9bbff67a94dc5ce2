//! How the demo prints what hotline staff see of a request (ids, choices and plans; the
//! person's own words only as "intact" or not), and the states.

use super::*;

/// Stable snake_case name of an enum value, as on the wire and in the staff tools.
fn code<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_else(|| "?".to_owned())
}

fn list<T: serde::Serialize>(items: impl IntoIterator<Item = T>) -> String {
    let v: Vec<String> = items.into_iter().map(|i| code(&i)).collect();
    if v.is_empty() {
        "—".to_owned()
    } else {
        v.join(", ")
    }
}

fn method_text(m: &ContactMethod) -> String {
    match m {
        ContactMethod::Call { phone } => format!("call {}", phone.as_e164()),
        ContactMethod::Sms { phone } => format!("SMS {}", phone.as_e164()),
        ContactMethod::MessagingApp { app, handle } => {
            format!("{} {}", app.expose(), handle.expose())
        }
        ContactMethod::Email { address } => format!("e-mail {}", address.expose()),
        ContactMethod::InPersonViaOutreach => "in person, via the outreach worker".to_owned(),
        ContactMethod::CheckBackInApp => "answer in the app (checks back later)".to_owned(),
    }
}

fn window_text(w: &TimeWindow) -> String {
    let days = if w.days.is_empty() {
        "every day".to_owned()
    } else {
        list(w.days.iter())
    };
    format!("{days} {}–{} {}", w.start, w.end, w.time_zone.as_str())
}

/// The short staff summary of one opened request: what to do and how to answer safely.
pub(super) fn staff_summary(label: &str, r: &Referral, intact: bool) -> Vec<String> {
    let c = &r.contact;
    let mut lines = vec![
        format!("  ┌ {label}"),
        format!(
            "  │ needs: {}; urgency: {}; for: {}",
            list(r.needs.iter()),
            r.urgency.map_or("not said".to_owned(), |u| code(&u)),
            r.for_whom.map_or("not said".to_owned(), |f| code(&f)),
        ),
        format!(
            "  │ language: {}{}",
            r.language.as_ref().map_or("not said", |l| l.as_str()),
            c.responder_language
                .as_ref()
                .filter(|l| Some(*l) != r.language.as_ref())
                .map_or(String::new(), |l| format!(" (spoken: {})", l.as_str())),
        ),
        format!(
            "  │ contact: {}",
            c.methods
                .iter()
                .map(method_text)
                .collect::<Vec<_>>()
                .join(" / ")
        ),
        format!(
            "  │ safe times: {}",
            if c.safe_times.is_empty() {
                "not given (prefer non-intrusive methods)".to_owned()
            } else {
                c.safe_times
                    .iter()
                    .map(window_text)
                    .collect::<Vec<_>>()
                    .join("; ")
            }
        ),
        format!(
            "  │ voicemail allowed: {}; code word present: {}; if someone else answers: {}",
            if c.voicemail_allowed() {
                "yes"
            } else if c.voicemail_ok.is_none() {
                "NO (not said, so treated as no)"
            } else {
                "NO"
            },
            if c.code_word.is_some() { "yes" } else { "no" },
            match &c.if_someone_else_answers {
                None => "not said".to_owned(),
                Some(IfSomeoneElseAnswers::Other(_)) => "see the note".to_owned(),
                Some(other) => code(other),
            },
        ),
    ];
    if let Some(g) = c.responder_gender {
        lines.push(format!("  │ responder: {}", code(&g)));
    }
    let flags = r.safeguarding_flags();
    if !flags.is_empty() {
        lines.push(format!("  │ SAFEGUARDING: {}", list(flags.iter())));
    }
    lines.push(format!(
        "  └ consent: {}; message: {} characters, decrypted {}",
        code(&r.consent.scope),
        r.message.as_ref().map_or(0, |m| m.expose().chars().count()),
        if intact {
            "intact"
        } else {
            "BUT DIFFERENT FROM WHAT WAS SENT"
        },
    ));
    lines
}

pub(super) fn state_text(s: ReferralState) -> String {
    code(&s)
}
