//! Who assisted the request: the outreach worker's organisation and how the hotline can call
//! the worker back (`assisted_by`, an optional member added within format v1).

use serde::{Deserialize, Serialize};

use super::Sensitive;

/// The outreach worker who helped the person send the request, so that the hotline knows who
/// assisted and how to reach them. Both texts are free text and request content: they are
/// [`Sensitive`], visited by [`super::Referral::visit_text`] (normalised, redacted from `Debug`,
/// scrubbed by the store) and validated like the other texts.
///
/// Absent (`None` in [`super::Referral::assisted_by`]) when the person sent the request alone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssistedBy {
    /// The worker's organisation, as the worker writes it (required once `assisted_by` is
    /// there: an empty one does not validate).
    pub organisation: Sensitive<String>,
    /// A callback channel for the hotline (a phone number, an e-mail address, ...: free text,
    /// not checked as either).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Sensitive<String>>,
}
