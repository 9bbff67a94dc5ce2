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

/// Where "next" leads from `screen`. The emergency numbers lead back into the form where the
/// danger check's "no" would have.
pub fn next(screen: Screen) -> Option<Screen> {
    let from = if screen == Screen::Emergency {
        Screen::Danger
    } else {
        screen
    };
    let i = FORM.iter().position(|s| *s == from)?;
    FORM.get(i + 1).copied()
}

/// Where "back" leads from `screen`. The emergency numbers go back to the danger check.
pub fn back(screen: Screen) -> Option<Screen> {
    if screen == Screen::Emergency {
        return Some(Screen::Danger);
    }
    let i = FORM.iter().position(|s| *s == screen)?;
    i.checked_sub(1).map(|i| FORM[i])
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
}
