//! What the hotline can say back to the person, as the phone shows it.
//!
//! Staff choose a template, not free words, because the phone renders the template from its
//! own bundled locales: the person reads an exact message in their own language even when no
//! one at the hotline speaks it. A short note may ride along, shown as written.

use serde::{Deserialize, Serialize};

use crate::choices::Weekday;

spelled! {
    /// The messages a hotline can send. Each is a Fluent message `reply-<spelling>` in every
    /// app locale (a test checks it) and in the staff inbox's locales, for the preview.
    pub enum ReplyTemplate {
        /// "We have read your request…"
        Received = "received",
        /// "We will call you on {day} between {from} and {to}": needs a window.
        CallPlanned = "call_planned",
        /// "We will send you a message on {day} between {from} and {to}": needs a window.
        MessagePlanned = "message_planned",
        /// "We are finding an interpreter…"
        Interpreter = "interpreter",
        /// "We have asked a partner organisation near you…"
        Referred = "referred",
        /// "Please call us when it is safe for you."
        CallUs = "call_us",
        /// "If you are in danger now, call the emergency number."
        Danger = "danger",
        /// "We have closed your request…"
        Closed = "closed",
    }
}

impl ReplyTemplate {
    /// Whether the template names a day and a time window (and no other template may).
    pub const fn needs_window(self) -> bool {
        matches!(self, Self::CallPlanned | Self::MessagePlanned)
    }
}

/// One reply on the status screen, after the core opened it and checked that the hotline's key
/// wrote it for this request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReplyView {
    /// Its number within the request (1, 2, …).
    pub seq: u32,
    /// The template's spelling. Kept as text: a newer hotline's template reaches an older app
    /// as "a message this version cannot show" instead of an error.
    pub template: String,
    /// Day of the window, for the templates that need one.
    #[serde(default)]
    pub day: Option<Weekday>,
    /// Start of the window, "HH:MM" in the person's time zone.
    #[serde(default)]
    pub from: Option<String>,
    /// End of the window, "HH:MM" in the person's time zone.
    #[serde(default)]
    pub to: Option<String>,
    /// The staff member's short note, shown as written (never as markup).
    #[serde(default)]
    pub text: Option<String>,
    /// The language the person asked to be answered in, as the hotline read it from their
    /// request: where a reference was typed as digits, the UI can offer the answers in it.
    #[serde(default)]
    pub lang: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_planned_contact_needs_a_window() {
        let with: Vec<_> = ReplyTemplate::ALL
            .into_iter()
            .filter(|t| t.needs_window())
            .collect();
        assert_eq!(
            with,
            [ReplyTemplate::CallPlanned, ReplyTemplate::MessagePlanned]
        );
    }
}
