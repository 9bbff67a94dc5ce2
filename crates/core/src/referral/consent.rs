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
