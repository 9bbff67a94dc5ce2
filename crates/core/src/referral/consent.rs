//! What the person agreed the hotline may do with the request.

use serde::{Deserialize, Serialize};

pub use reach_contract::choices::ConsentScope;

/// The person's consent, with the version of the text they agreed to, so that the hotline can
/// show exactly what was consented to.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Consent {
    /// What may be shared; defaults to [`ConsentScope::HotlineOnly`].
    pub scope: ConsentScope,
    /// Version id of the consent text shown (set by the app, not typed by the person). Empty in
    /// `Default`, which therefore does not validate: the app must say which text it showed.
    pub text_version: String,
    /// The person gave this consent themself on an outreach worker's phone, the worker (named
    /// in [`super::Referral::assisted_by`], which must then be there) assisting: the text was
    /// shown and read in the person's language and answered by the person alone. `false` (and
    /// then absent from the JSON, so older requests keep their bytes): the person alone, on
    /// their own phone. Consent is always the person's own; no worker consents for anyone.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub assisted: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::referral::*;

    #[test]
    fn default_consent_is_least_sharing() {
        assert_eq!(ConsentScope::default(), ConsentScope::HotlineOnly);
        assert_eq!(Consent::default().scope, ConsentScope::HotlineOnly);
        assert_eq!(Referral::default().consent.scope, ConsentScope::HotlineOnly);
        assert_eq!(sample_minimal().consent.scope, ConsentScope::HotlineOnly);
        assert!(ConsentScope::HotlineOnly < ConsentScope::MayReferToServices);
        assert!(ConsentScope::MayReferToServices < ConsentScope::MayInvolvePolice);
    }
}
