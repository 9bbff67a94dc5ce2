//! Sample referrals for tests, demos and benchmarks; compiled only for tests and with the
//! `test-support` feature, so that the app cannot ship them.

use std::collections::BTreeSet;

use super::*;

impl Referral {
    /// Realistic valid referral; see [`sample`].
    pub fn sample() -> Referral {
        sample()
    }

    /// Smallest valid referral; see [`sample_minimal`].
    pub fn sample_minimal() -> Referral {
        sample_minimal()
    }

    /// The realistic referral, sent with an outreach worker; see [`sample_assisted`].
    pub fn sample_assisted() -> Referral {
        sample_assisted()
    }
}

/// A realistic, valid referral for tests, demos and benchmarks (never used by the app itself):
/// a Vietnamese fisherman whose wages and papers are withheld, who wants to go home, reachable
/// by phone in the evening, no voicemail. Keys are unset, as before submission. Nobody assisted
/// (`assisted_by` unset): the published test vectors are made from it and stay byte for byte the
/// same; [`sample_assisted`] is the one with an outreach worker.
pub fn sample() -> Referral {
    Referral {
        version: FORMAT_VERSION,
        needs: [Need::LabourExploitation, Need::GoingHome].into(),
        urgency: Some(Urgency::Today),
        for_whom: Some(ForWhom::Self_),
        age_group: Some(AgeGroup::From26To59),
        language: Some(LanguageTag("vi".to_owned())),
        contact: SafeContactPlan {
            methods: vec![ContactMethod::Call {
                phone: PhoneNumber(Sensitive("+84912345678".to_owned())),
            }],
            safe_times: vec![TimeWindow {
                days: BTreeSet::new(),
                start: TimeOfDay(18 * 60),
                end: TimeOfDay(21 * 60),
                time_zone: TimeZoneName(Sensitive("Asia/Ho_Chi_Minh".to_owned())),
            }],
            voicemail_ok: Some(false),
            code_word: Some(Sensitive("hoa sen".to_owned())),
            if_someone_else_answers: Some(IfSomeoneElseAnswers::SayWrongNumber),
            responder_gender: Some(ResponderGender::AnyGender),
            responder_language: Some(LanguageTag("vi".to_owned())),
        },
        place: Some(Sensitive("Cảng cá Sông Đốc, Cà Mau".to_owned())),
        message: Some(Sensitive(
            "Tôi vừa trốn khỏi tàu cá. Chủ tàu giữ giấy tờ và không trả lương 8 tháng.\n\
             Tôi muốn về quê với gia đình ở Nghệ An."
                .to_owned(),
        )),
        assisted_by: None,
        consent: Consent {
            scope: ConsentScope::MayReferToServices,
            text_version: "2025-01".to_owned(),
            assisted: false,
        },
        reply_public_key: None,
        status_verifier: None,
    }
}

/// [`sample`] sent with an outreach worker (for tests, demos and benchmarks): `for_whom` says
/// so, and `assisted_by` names the worker's organisation and a callback channel.
pub fn sample_assisted() -> Referral {
    Referral {
        for_whom: Some(ForWhom::AssistedByOutreach),
        assisted_by: Some(AssistedBy {
            organisation: Sensitive("Hội Hỗ trợ Ngư dân Cà Mau".to_owned()),
            channel: Some(Sensitive("Zalo 0290 3555 012".to_owned())),
        }),
        consent: Consent {
            assisted: true,
            ..sample().consent
        },
        ..sample()
    }
}

/// The smallest valid referral, for tests, demos and benchmarks: "I will check back in the app",
/// default (least-sharing) consent, nothing else.
pub fn sample_minimal() -> Referral {
    Referral {
        contact: SafeContactPlan {
            methods: vec![ContactMethod::CheckBackInApp],
            ..SafeContactPlan::default()
        },
        consent: Consent {
            scope: ConsentScope::default(),
            text_version: "2025-01".to_owned(),
            assisted: false,
        },
        ..Referral::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::referral::test_util::*;

    #[test]
    fn samples_are_valid() {
        assert_eq!(sample().validate(), Ok(()));
        assert_eq!(sample_minimal().validate(), Ok(()));
        assert_eq!(sample_assisted().validate(), Ok(()));
        assert_eq!(Referral::sample_assisted(), sample_assisted());
        assert_eq!(sample().assisted_by, None);
        assert_eq!(
            Referral {
                for_whom: sample().for_whom,
                assisted_by: None,
                consent: sample().consent,
                ..sample_assisted()
            },
            sample(),
            "the same request, only assisted"
        );
        assert_eq!(Referral::sample(), sample());
        assert_eq!(Referral::sample_minimal(), sample_minimal());
        // The sample's hand-written values are what the parsers would produce.
        let c = &sample().contact;
        assert_eq!(
            c.methods[0],
            ContactMethod::Call {
                phone: PhoneNumber::parse("0912 345 678", Some("VN")).unwrap()
            }
        );
        assert_eq!(
            c.safe_times[0],
            window("18:00", "21:00", "Asia/Ho_Chi_Minh")
        );
        assert_eq!(sample().language, Some(LanguageTag::parse("vi").unwrap()));
    }
}
