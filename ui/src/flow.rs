//! The order of the request form: which screen follows which, and which are numbered steps.
//! Next, back and "Step x of y" come from here, not from literals on each screen, so that a
//! step is added, removed or moved in one place.

/// Every screen of the app (the calculator and set-up are modes, not screens).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The language to answer in (first screen of a request).
    Language,
    /// "How old are you?" (optional; under 18 is the child's path).
    Age,
    /// "Are you in danger now?"
    Danger,
    /// Emergency numbers: a detour from [`Screen::Danger`], back into the form.
    Emergency,
    /// What help is needed.
    Needs,
    /// How the hotline may answer.
    Contact,
    /// When and how it is safe to answer.
    Safety,
    /// Anything else.
    More,
    /// With whom the hotline may share the request.
    Consent,
    /// Review, then seal and send.
    Review,
    /// The requests on this phone.
    Status,
    /// Saved drafts.
    Drafts,
    /// Settings.
    Settings,
    /// The reference just made for a person who does not keep this phone (shown once).
    Reference,
    /// Type a reference to read the hotline's answers to it.
    CheckReference,
    /// Worker mode's home: help a new person, the requests, check a reference.
    Outreach,
    /// Worker mode: the phone goes to the person, who answers the next questions alone.
    HandOver,
    /// Worker mode: the person is done and gives the phone back; what they wrote is sealed.
    GiveBack,
}

/// Who fills in the form: the person alone on their own phone, or a person an outreach worker
/// is helping on the worker's phone (worker mode). `sealed`: the person has given the phone
/// back, and the parts they answered alone are closed to the worker. `reopened`: after that,
/// the worker gave the phone to the person again, for what [`Reopened`] says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Path {
    /// The person's own phone.
    Alone,
    /// A worker's phone, helping a person.
    Assisted {
        /// The person's private part is done and closed.
        sealed: bool,
        /// Given back once, then opened to the person again (`sealed` is then false).
        reopened: Option<Reopened>,
    },
}

/// Why the person's part was opened to them again after they gave the phone back: only what
/// that needs is on the way, and never their language (it chose their reference's words).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reopened {
    /// They want to change what they answered alone, or a field of it must be fixed: their
    /// answers and the consent.
    Everything,
    /// The age moved them to or from the child's path: the consent only (it has a note for
    /// children); what they wrote stays closed.
    Consent,
}

/// The form on a worker's phone: the shared questions, then the hand-over, the parts the person
/// answers alone (anything else, consent), the giving back, and the worker's review.
pub const ASSISTED: [Screen; 11] = [
    Screen::Language,
    Screen::Age,
    Screen::Danger,
    Screen::Needs,
    Screen::Contact,
    Screen::Safety,
    Screen::HandOver,
    Screen::More,
    Screen::Consent,
    Screen::GiveBack,
    Screen::Review,
];

/// The screens the person answers alone on a worker's phone: closed to the worker once the
/// phone is given back ([`closed`]).
#[cfg(test)]
pub const PRIVATE: [Screen; 4] = [
    Screen::HandOver,
    Screen::More,
    Screen::Consent,
    Screen::GiveBack,
];

/// Whether `screen` speaks to the person (in the person's language on a worker's phone) rather
/// than to the worker (in the worker's).
pub fn for_the_person(screen: Screen) -> bool {
    ASSISTED.contains(&screen) && screen != Screen::Review || screen == Screen::Emergency
}

/// Whether `screen` may be shown on `path`: on a worker's phone, the person's private part is
/// closed once the phone was given back, and so is their choice of language, which stays
/// closed when the part is opened to them again (as much of it as that needs).
pub fn reachable(path: Path, screen: Screen) -> bool {
    order(path).contains(&screen)
        || !(FORM.contains(&screen) || ASSISTED.contains(&screen))
        || screen == Screen::Emergency
}

/// The screens of [`ASSISTED`] not on the way on `path`. Given back: the private part, and
/// the language, which is the person's (it chose the words of their reference and the
/// language the hotline answers in; the worker's screens have their own). Opened to the person
/// again: still their language, and for the consent alone, what they wrote.
pub fn closed(path: Path) -> &'static [Screen] {
    match path {
        Path::Assisted { sealed: true, .. } => &[
            Screen::Language,
            Screen::HandOver,
            Screen::More,
            Screen::Consent,
            Screen::GiveBack,
        ],
        Path::Assisted {
            reopened: Some(Reopened::Everything),
            ..
        } => &[Screen::Language],
        Path::Assisted {
            reopened: Some(Reopened::Consent),
            ..
        } => &[Screen::Language, Screen::More],
        Path::Assisted { .. } | Path::Alone => &[],
    }
}

fn order(path: Path) -> Vec<Screen> {
    match path {
        Path::Alone => FORM.to_vec(),
        Path::Assisted { .. } => ASSISTED
            .into_iter()
            .filter(|s| !closed(path).contains(s))
            .collect(),
    }
}

/// The request form in order. The first three screens come before the numbered steps: the
/// language, the age (which decides the child's path, so it comes before any question), and
/// the danger check (whose own choices lead on, to the numbers or the form).
pub const FORM: [Screen; 9] = [
    Screen::Language,
    Screen::Age,
    Screen::Danger,
    Screen::Needs,
    Screen::Contact,
    Screen::Safety,
    Screen::More,
    Screen::Consent,
    Screen::Review,
];

/// Where the numbered steps start in [`FORM`]: everything after the language, the age and the
/// danger check is counted in "Step x of y".
const FIRST_NUMBERED: usize = 3;

/// The screens counted in "Step x of y", in order: the end of [`FORM`].
pub const NUMBERED: &[Screen] = FORM.split_at(FIRST_NUMBERED).1;

/// How many numbered steps there are (the "y" of "Step x of y").
pub const STEPS: u32 = NUMBERED.len() as u32;

/// The step number of `screen` (1-based), if it is a numbered step.
pub fn step_number(screen: Screen) -> Option<u32> {
    NUMBERED
        .iter()
        .position(|s| *s == screen)
        .and_then(|i| u32::try_from(i + 1).ok())
}

/// Where "next" leads from `screen` on the person's own phone.
#[cfg(test)]
pub fn next(screen: Screen) -> Option<Screen> {
    next_on(Path::Alone, screen)
}

/// Where "back" leads from `screen` on the person's own phone.
#[cfg(test)]
pub fn back(screen: Screen) -> Option<Screen> {
    back_on(Path::Alone, screen)
}

/// Where "next" leads from `screen` on `path`. The emergency numbers lead back into the form
/// where the danger check's "no" would have.
pub fn next_on(path: Path, screen: Screen) -> Option<Screen> {
    let from = if screen == Screen::Emergency {
        Screen::Danger
    } else {
        screen
    };
    let form = order(path);
    let i = form.iter().position(|s| *s == from)?;
    form.get(i + 1).copied()
}

/// Where "back" leads from `screen` on `path`. The emergency numbers go back to the danger
/// check; on a worker's phone the person's private part starts at the hand-over (back from
/// there is the shared questions again), and once given back it is not on the way at all.
pub fn back_on(path: Path, screen: Screen) -> Option<Screen> {
    if screen == Screen::Emergency {
        return Some(Screen::Danger);
    }
    let form = order(path);
    let i = form.iter().position(|s| *s == screen)?;
    i.checked_sub(1).map(|i| form[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_in_order() {
        assert_eq!(next(Screen::Language), Some(Screen::Age));
        assert_eq!(next(Screen::Age), Some(Screen::Danger));
        assert_eq!(back(Screen::Danger), Some(Screen::Age));
        assert_eq!(step_number(Screen::Age), None);
        assert_eq!(next(Screen::Danger), Some(Screen::Needs));
        assert_eq!(next(Screen::Emergency), Some(Screen::Needs));
        assert_eq!(back(Screen::Emergency), Some(Screen::Danger));
        assert_eq!(back(Screen::Needs), Some(Screen::Danger));
        assert_eq!(back(Screen::Language), None);
        assert_eq!(next(Screen::Review), None);
        assert_eq!(next(Screen::Status), None);
        assert_eq!(step_number(Screen::Needs), Some(1));
        assert_eq!(step_number(Screen::Review), Some(STEPS));
        assert_eq!(step_number(Screen::Danger), None);
        // Every numbered step is in the form, in the same order.
        assert_eq!(NUMBERED.first(), Some(&Screen::Needs));
        assert_eq!(NUMBERED.len(), 6);
        // Next and back are inverses along the form.
        for w in FORM.windows(2) {
            assert_eq!(next(w[0]), Some(w[1]));
            assert_eq!(back(w[1]), Some(w[0]));
        }
    }

    /// Opened to the person again after the giving back: only what it was opened for, from the
    /// hand-over, and never their language; the emergency numbers as always.
    #[test]
    fn a_part_opened_again_opens_only_what_it_is_for() {
        let everything = Path::Assisted {
            sealed: false,
            reopened: Some(Reopened::Everything),
        };
        let consent = Path::Assisted {
            sealed: false,
            reopened: Some(Reopened::Consent),
        };
        for path in [everything, consent] {
            assert!(!reachable(path, Screen::Language));
            assert_eq!(back_on(path, Screen::Age), None);
            assert_eq!(next_on(path, Screen::Safety), Some(Screen::HandOver));
            assert_eq!(next_on(path, Screen::GiveBack), Some(Screen::Review));
            assert_eq!(back_on(path, Screen::Review), Some(Screen::GiveBack));
            assert!(reachable(path, Screen::Emergency) && reachable(path, Screen::Status));
        }
        assert_eq!(next_on(everything, Screen::HandOver), Some(Screen::More));
        assert!(reachable(everything, Screen::More));
        // The age changed: the consent again, not what they wrote.
        assert_eq!(next_on(consent, Screen::HandOver), Some(Screen::Consent));
        assert_eq!(back_on(consent, Screen::Consent), Some(Screen::HandOver));
        assert!(!reachable(consent, Screen::More));
    }

    #[test]
    fn on_a_workers_phone_the_private_part_closes_once_given_back() {
        let open = Path::Assisted {
            sealed: false,
            reopened: None,
        };
        let sealed = Path::Assisted {
            sealed: true,
            reopened: None,
        };
        assert_eq!(next_on(open, Screen::Safety), Some(Screen::HandOver));
        assert_eq!(next_on(open, Screen::HandOver), Some(Screen::More));
        assert_eq!(next_on(open, Screen::Consent), Some(Screen::GiveBack));
        assert_eq!(next_on(open, Screen::GiveBack), Some(Screen::Review));
        assert_eq!(back_on(open, Screen::More), Some(Screen::HandOver));
        assert_eq!(next_on(open, Screen::Emergency), Some(Screen::Needs));
        // Given back: the worker's back from the review skips the person's part, and stops
        // before the person's language (the worker's own is theirs, on their screens).
        assert_eq!(back_on(sealed, Screen::Review), Some(Screen::Safety));
        assert_eq!(next_on(sealed, Screen::Safety), Some(Screen::Review));
        assert_eq!(back_on(sealed, Screen::Age), None);
        assert!(!reachable(sealed, Screen::Language));
        assert!(reachable(open, Screen::Language));
        for s in PRIVATE {
            assert!(!reachable(sealed, s), "{s:?}");
            assert!(reachable(open, s), "{s:?}");
            assert!(reachable(Path::Alone, s) || !FORM.contains(&s));
            assert_eq!(next_on(sealed, s), None);
        }
        // The numbered steps are the same on both phones.
        for s in NUMBERED {
            assert!(ASSISTED.contains(s));
        }
        // The person's screens are in their language; the review is the worker's.
        assert!(for_the_person(Screen::Consent) && for_the_person(Screen::HandOver));
        assert!(for_the_person(Screen::Emergency));
        for s in [
            Screen::Review,
            Screen::Reference,
            Screen::Outreach,
            Screen::Status,
            Screen::Settings,
        ] {
            assert!(!for_the_person(s), "{s:?}");
        }
        for w in ASSISTED.windows(2) {
            assert_eq!(next_on(open, w[0]), Some(w[1]));
            assert_eq!(back_on(open, w[1]), Some(w[0]));
        }
    }
}
