//! Small inline SVG icons, drawn for Reach on a 24 × 24 grid with 2-unit round strokes in
//! `currentColor`. They replace emoji, which render as empty boxes where no emoji font is
//! installed (WebKitGTK, headless Chromium, many cheap phones).
//!
//! Every icon is decorative (`aria-hidden`, `focusable="false"`): the text next to it says what
//! it means. No inline `style` (the CSP is `style-src 'self'`): `.icon` in `style.css` sizes
//! them, and `.icon.flip` mirrors the ones whose direction means something in right-to-left.

use leptos::prelude::*;

/// An icon, as stored next to the options it illustrates (`model::NEEDS`, `model::METHODS`).
pub type Icon = fn() -> AnyView;

fn svg(class: &'static str, d: &'static str) -> AnyView {
    view! {
        <svg class=class aria-hidden="true" focusable="false" viewBox="0 0 24 24" fill="none"
            stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
            <path d=d/>
        </svg>
    }
    .into_any()
}

macro_rules! icons {
    ($($(#[$doc:meta])* $name:ident $class:literal $d:literal;)*) => {
        $(
            $(#[$doc])*
            pub fn $name() -> AnyView {
                svg($class, $d)
            }
        )*
        /// (name, class, path data) of every icon, for tests and previews.
        #[cfg(test)]
        pub const ALL: &[(&str, &str, &str)] = &[$((stringify!($name), $class, $d)),*];
    };
}

icons! {
    // ---- read aloud
    /// A loudspeaker with sound waves: read this aloud.
    speaker "icon flip" "M4 9.5h3.5L12 5.5v13l-4.5-4H4zM15.5 9a4 4 0 0 1 0 6M18 6.5a7.5 7.5 0 0 1 0 11";
    /// A square: stop reading aloud (the speaker that is reading shows it).
    stop_square "icon" "M6.5 6.5h11v11h-11z";
    // ---- needs
    /// A shield: safety now.
    shield "icon" "M12 3l7.5 3v5.5c0 4.5-3.2 8-7.5 9.5-4.3-1.5-7.5-5-7.5-9.5V6z";
    /// A house: a safe place to stay.
    house "icon" "M3 11.5L12 4l9 7.5M5.5 9.5V20h13V9.5M10 20v-5.5h4V20";
    /// A medical cross.
    medical "icon" "M9 3.5h6V9h5.5v6H15v5.5H9V15H3.5V9H9z";
    /// A document with a folded corner: papers, visa, the law.
    document "icon" "M6 3h8.5L19 7.5V21H6zM14.5 3v4.5H19M9 12h7M9 16h5";
    /// A hard hat: work.
    helmet "icon" "M4.5 17.5V16a7.5 7.5 0 0 1 15 0v1.5M10 8.8V13M14 8.8V13M2.5 17.5h19v3h-19z";
    /// A raised open hand ("stop"): sexual exploitation, without anything graphic.
    hand "icon" "M7 14V7.5a1.5 1.5 0 0 1 3 0V12M10 11V4.5a1.5 1.5 0 0 1 3 0V11M13 11V6a1.5 1.5 0 0 1 3 0v6M16 12V8.5a1.5 1.5 0 0 1 3 0V15a6 6 0 0 1-6 6h-1.5a6 6 0 0 1-5-2.7l-2.7-3.9a1.6 1.6 0 0 1 2.6-1.8L7 14";
    /// A child: big head, short limbs.
    child "icon" "M15 6a3 3 0 1 1-6 0a3 3 0 1 1 6 0M12 9v6.5M7.5 11.5L12 10l4.5 1.5M12 15.5l-3 5M12 15.5l3 5";
    /// A stack of coins: money or debt (no currency sign).
    coins "icon" "M4 6.5a8 3 0 1 0 16 0a8 3 0 1 0-16 0M4 6.5v5c0 1.7 3.6 3 8 3s8-1.3 8-3v-5M4 11.5v5c0 1.7 3.6 3 8 3s8-1.3 8-3v-5";
    /// An arrow going into a house: going home (mirrored in right-to-left).
    going_home "icon flip" "M10 11l6-5.5 6 5.5M12 9.5V20h8V9.5M14.5 20v-4.5h3V20M2 15h6.5M5.5 12l3 3-3 3";
    /// Two speech bubbles: an interpreter.
    speech "icon" "M3 4h11v7.5H8.5L5 14.5v-3H3zM14 9h7v8h-2v3l-3.5-3H11v-5.5";
    /// Three dots: something else.
    dots "icon" "M6.5 12a1 1 0 1 1-2 0a1 1 0 1 1 2 0M13 12a1 1 0 1 1-2 0a1 1 0 1 1 2 0M19.5 12a1 1 0 1 1-2 0a1 1 0 1 1 2 0";
    // ---- contact methods
    /// A phone with a tick: check back in the app.
    app_check "icon" "M8 2.5h8a2 2 0 0 1 2 2v15a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2v-15a2 2 0 0 1 2-2zM11 18.5h2M9.5 11l2 2 3.5-3.5";
    /// A telephone handset: call.
    phone "icon" "M6 3.5h3l1.8 4.8-2.3 1.5a11 11 0 0 0 5.7 5.7l1.5-2.3 4.8 1.8v3a2 2 0 0 1-2 2A16.5 16.5 0 0 1 4 5.5a2 2 0 0 1 2-2z";
    /// A square speech bubble with dots: SMS.
    sms "icon" "M6 4.5h12a2 2 0 0 1 2 2v7a2 2 0 0 1-2 2h-7.5L6 19.5v-4a2 2 0 0 1-2-2v-7a2 2 0 0 1 2-2zM8.5 10h.01M12 10h.01M15.5 10h.01";
    /// A round speech bubble with lines: a messaging app.
    chat "icon" "M20.5 12a8.5 8.5 0 0 1-12.6 7.4L3.5 20.5l1.1-4.2A8.5 8.5 0 1 1 20.5 12zM8.5 10.5h7M8.5 13.5h4.5";
    /// An envelope: email.
    envelope "icon" "M3 5.5h18v13H3zM3.5 6l8.5 7 8.5-7";
    /// Two people: in person, through an outreach worker.
    people "icon" "M12 7.5a3 3 0 1 1-6 0a3 3 0 1 1 6 0M3 20a6 6 0 0 1 12 0M19.5 9a2.5 2.5 0 1 1-5 0a2.5 2.5 0 1 1 5 0M16.5 14a5 5 0 0 1 5 5v1";
    // ---- everything else
    /// A siren: "yes, I am in danger".
    siren "icon" "M6 18v-6a6 6 0 0 1 12 0v6M4 18h16v3H4zM12 2.5V4M4.5 5.5l1.2 1.2M19.5 5.5l-1.2 1.2M10 11.5a2 2 0 0 1 2-2";
    /// A smiling face: "no, I am safe now".
    smile "icon" "M21 12a9 9 0 1 1-18 0a9 9 0 1 1 18 0zM8.5 14.5a4.5 4.5 0 0 0 7 0M9 9.5h.01M15 9.5h.01";
    /// A broad smile: "yes" (survivors' voices).
    face_happy "icon" "M21 12a9 9 0 1 1-18 0a9 9 0 1 1 18 0zM7.5 13.5a4.5 4.5 0 0 0 9 0zM9 9.5h.01M15 9.5h.01";
    /// A straight mouth: "partly".
    face_neutral "icon" "M21 12a9 9 0 1 1-18 0a9 9 0 1 1 18 0zM9 15.5h6M9 9.5h.01M15 9.5h.01";
    /// A downturned mouth: "no".
    face_sad "icon" "M21 12a9 9 0 1 1-18 0a9 9 0 1 1 18 0zM8.5 16.5a4.5 4.5 0 0 1 7 0M9 9.5h.01M15 9.5h.01";
    /// A padlock: send safely.
    lock "icon" "M6 11h12v9.5H6zM8.5 11V7.5a3.5 3.5 0 0 1 7 0V11";
    /// A pencil: the draft being edited.
    pencil "icon" "M4 20l1.2-4.5L15.5 5.2a2 2 0 0 1 2.8 0l.5.5a2 2 0 0 1 0 2.8L8.5 18.8zM14 6.8l3.2 3.2";
    /// A warning triangle: a field error.
    warning "icon" "M12 3.5L2.5 20h19zM12 9.5v4.5M12 17h.01";
    /// A plus: add a safe time.
    plus "icon" "M12 5v14M5 12h14";
    /// A cross: quick exit.
    close "icon" "M6 6l12 12M18 6L6 18";
    /// A globe: languages (understood without reading the words beside it).
    globe "icon" "M21 12a9 9 0 1 1-18 0a9 9 0 1 1 18 0zM3 12h18M12 3c2.4 2.5 3.6 5.5 3.6 9s-1.2 6.5-3.6 9M12 3c-2.4 2.5-3.6 5.5-3.6 9s1.2 6.5 3.6 9";
    /// A chevron pointing down: this opens (turned up when open, see `.lang-picker` in `style.css`).
    chevron "icon chevron" "M6 9.5l6 6 6-6";
    /// A tick, shown only on a pressed choice (see `.choice .check` in `style.css`).
    check "icon check" "M4.5 12.5l5 5L19.5 7";
}

#[cfg(test)]
mod tests {
    use super::ALL;

    #[test]
    fn path_data_is_plain_and_distinct() {
        for (name, class, d) in ALL {
            assert!(d.starts_with('M'), "{name}: a path starts with a moveto");
            assert!(
                d.chars()
                    .all(|c| c.is_ascii_digit() || " .-,MmLlHhVvAaCcSsZz".contains(c)),
                "{name}: unexpected character in path data"
            );
            assert!(class.split(' ').next() == Some("icon"), "{name}: class");
        }
        for (i, a) in ALL.iter().enumerate() {
            for b in &ALL[i + 1..] {
                assert_ne!(a.0, b.0);
                assert_ne!(a.2, b.2, "{} and {} draw the same thing", a.0, b.0);
            }
        }
    }
}
