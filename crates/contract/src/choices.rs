//! The referral's closed lists, with their wire spellings: what the form offers and the
//! hotline routes on without reading free text. The core's referral model uses these types
//! directly; the UI uses [`Need::ALL`] and [`Need::as_str`] instead of its own copy.

spelled! {
    /// What the person needs help with. A closed list so that the hotline can triage and route
    /// without reading (or translating) free text first; `Other` keeps the door open.
    pub enum Need {
        /// In danger right now: triaged first.
        SafetyNow = "safety_now",
        /// Somewhere safe to sleep.
        Shelter = "shelter",
        /// Injury, illness, pregnancy, mental health.
        Medical = "medical",
        /// Papers, visa, residence, confiscated passport.
        LegalImmigration = "legal_immigration",
        /// Forced or exploited work (unpaid wages, confinement, withheld documents).
        LabourExploitation = "labour_exploitation",
        /// Forced or exploited sex work, sexual abuse.
        SexualExploitation = "sexual_exploitation",
        /// A child is at risk: always raises a safeguarding flag.
        ChildAtRisk = "child_at_risk",
        /// Debt bondage, recruitment fees, money owed.
        MoneyDebt = "money_debt",
        /// Going home, contacting family.
        GoingHome = "going_home",
        /// Needs someone who speaks their language.
        Interpreter = "interpreter",
        /// Anything else (explained in the message, if at all).
        Other = "other",
    }
}

spelled! {
    /// How soon the person needs an answer; drives the hotline's queue order.
    pub enum Urgency {
        /// As soon as possible.
        Now = "now",
        /// Within the day.
        Today = "today",
        /// Within the week.
        ThisWeek = "this_week",
        /// Whenever staff can.
        NotUrgent = "not_urgent",
    }
}

spelled! {
    /// Who the request is for: staff talk differently to the person concerned, to a friend,
    /// and to an outreach worker sitting next to the person.
    pub enum ForWhom {
        /// For the person filling in the form. (`Self` is a keyword, hence the underscore.)
        Self_ = "self",
        /// For someone else (friend, relative, co-worker).
        SomeoneElse = "someone_else",
        /// The person is filling it in with the help of an outreach worker.
        AssistedByOutreach = "assisted_by_outreach",
    }
}

spelled! {
    /// Coarse age band: enough for safeguarding and for choosing services, without a birth
    /// date that could identify the person.
    pub enum AgeGroup {
        /// A child: raises the core's `SafeguardingFlag::Minor`.
        Under18 = "under_18",
        /// Young adult.
        From18To25 = "18_to_25",
        /// Adult.
        From26To59 = "26_to_59",
        /// Older adult.
        From60 = "60_plus",
    }
}

spelled! {
    /// Day of the week, for safe contact times.
    pub enum Weekday {
        /// Monday.
        Monday = "monday",
        /// Tuesday.
        Tuesday = "tuesday",
        /// Wednesday.
        Wednesday = "wednesday",
        /// Thursday.
        Thursday = "thursday",
        /// Friday.
        Friday = "friday",
        /// Saturday.
        Saturday = "saturday",
        /// Sunday.
        Sunday = "sunday",
    }
}

impl Weekday {
    /// The day before: the part of a window after midnight belongs to the day it started.
    pub fn previous(self) -> Weekday {
        let i = Self::ALL.iter().position(|d| *d == self).unwrap_or(0);
        Self::ALL[(i + 6) % 7]
    }

    /// The short form used in Fluent ids (`weekday-mon`).
    pub const fn short(self) -> &'static str {
        match self {
            Weekday::Monday => "mon",
            Weekday::Tuesday => "tue",
            Weekday::Wednesday => "wed",
            Weekday::Thursday => "thu",
            Weekday::Friday => "fri",
            Weekday::Saturday => "sat",
            Weekday::Sunday => "sun",
        }
    }
}

spelled! {
    /// Who the person would feel safe being answered by (e.g. a survivor of sexual
    /// exploitation may only talk to a woman).
    pub enum ResponderGender {
        /// A woman.
        Woman = "woman",
        /// A man.
        Man = "man",
        /// No preference.
        AnyGender = "any_gender",
    }
}

spelled! {
    /// With whom the hotline may share the request. Each step includes the previous one
    /// (ordered), and the default is the least sharing: nobody outside the hotline.
    pub enum ConsentScope {
        /// Only the hotline's staff see it.
        HotlineOnly = "hotline_only",
        /// The hotline may pass it on to support services (shelters, legal aid, ...).
        MayReferToServices = "may_refer_to_services",
        /// The hotline may also involve the police.
        MayInvolvePolice = "may_involve_police",
    }
}

impl Default for ConsentScope {
    /// The least sharing.
    fn default() -> Self {
        ConsentScope::HotlineOnly
    }
}

spelled! {
    /// The `kind` of a contact method, the safest first (the order the form lists them in).
    /// The core's `ContactMethod` carries each kind's details; this is only its tag.
    pub enum ContactKind {
        /// The person will open this app again to read the answer.
        CheckBackInApp = "check_back_in_app",
        /// A voice call.
        Call = "call",
        /// A text message (SMS).
        Sms = "sms",
        /// A message in an app.
        MessagingApp = "messaging_app",
        /// An e-mail.
        Email = "email",
        /// Through the outreach worker who helped fill in the request.
        InPersonViaOutreach = "in_person_via_outreach",
    }
}

spelled! {
    /// What staff must do if someone else picks up, as the form offers it. The core's
    /// `IfSomeoneElseAnswers` carries the person's own words for `Other`.
    pub enum SomeoneElseChoice {
        /// Hang up without a word.
        HangUp = "hang_up",
        /// Say it is a wrong number.
        SayWrongNumber = "say_wrong_number",
        /// Ask for the code word before saying anything.
        AskForCodeWord = "ask_for_code_word",
        /// Anything else, in the person's words.
        Other = "other",
    }
}
