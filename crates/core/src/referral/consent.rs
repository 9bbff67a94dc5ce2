//! What the person agreed the hotline may do with the request.

use serde::{Deserialize, Serialize};

/// With whom the hotline may share the request. Each step includes the previous one (ordered),
/// and the default is the least sharing: nobody outside the hotline.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum ConsentScope {
    /// Only the hotline's staff see it.
    #[default]
    HotlineOnly,
    /// The hotline may pass it on to support services (shelters, legal aid, ...).
    MayReferToServices,
    /// The hotline may also involve the police.
    MayInvolvePolice,
}

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
