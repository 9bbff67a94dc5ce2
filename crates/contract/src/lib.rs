//! The one contract between Reach's UI (Leptos, wasm) and its app shell (Tauri), and the
//! closed lists both share with the core.
//!
//! Before this crate the UI retyped what the core and the shell already knew (field limits,
//! PIN rules, enum spellings, answer shapes, error codes as loose strings), and nothing failed
//! when one side changed. Now both sides compile against the same types:
//!
//! * [`command`]: every IPC command's name, argument type and answer type
//!   ([`command::Command`]); the shell's `COMMANDS` and its capability file come from
//!   [`command::COMMANDS`].
//! * [`error`]: [`ErrorCode`] and [`FieldErrorCode`], the full lists, each with a message in
//!   every locale (a test checks it).
//! * [`view`]: what the UI is shown (app state, requests, the PIN forms' one outcome).
//! * [`choices`]: the spellings of the referral's closed lists.
//! * [`reply`]: the hotline's reply templates, which the phone renders in the person's language.
//! * [`feedback`]: the few questions asked once after a request is closed (survivors' voices).
//! * [`limits`] and [`pin`]: the numbers and rules the core enforces and the UI shows.
//! * [`digits`]: the digits a person's keyboard may type instead of 0–9, read by the UI (phone
//!   numbers) and the core (a reference's digits) alike.
//!
//! Architecture invariant: serde and serde_json only, no I/O, no crypto, no Tauri or Leptos,
//! so that it builds for `wasm32-unknown-unknown` and costs the UI's bundle almost nothing.

/// Declares a closed list whose variants each have one spelling, used for serde, for
/// [`as_str`](choices::Need::as_str) (DOM ids, Fluent ids) and listed in `ALL`.
///
/// Hand-written rather than `strum`: one spelling per variant drives all three here, where
/// strum and serde would each need it (twice for the non-snake-case spellings such as
/// `under_18`), and it keeps a proc-macro crate out of the wasm build.
macro_rules! spelled {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $spelling:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            serde::Serialize, serde::Deserialize,
        )]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $spelling)] $variant ),+
        }

        impl $name {
            /// Every value, in display order.
            pub const ALL: [$name; [$(stringify!($variant)),+].len()] = [$($name::$variant),+];

            /// Every value's spelling, in display order (for lists of choices in the UI).
            pub const SPELLINGS: [&'static str; [$(stringify!($variant)),+].len()] = [$($spelling),+];

            /// The wire spelling (its serde form), also used in DOM and Fluent ids.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $spelling),+
                }
            }

            /// The value with this spelling, if any.
            pub fn parse(spelling: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.as_str() == spelling)
            }
        }

        impl core::fmt::Display for $name {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.as_str() == *other
            }
        }
    };
}

pub mod choices;
pub mod command;
pub mod digits;
pub mod error;
pub mod feedback;
pub mod limits;
pub mod pin;
pub mod reply;
pub mod speech;
pub mod view;

pub use error::{CommandError, ErrorCode, FieldError, FieldErrorCode};
pub use view::PinOutcome;

#[cfg(test)]
mod tests {
    use super::*;

    /// `as_str` and serde agree for every value of every list (the macro makes them from one
    /// spelling, this proves the macro does).
    fn round_trips<T>(all: &[T], as_str: fn(T) -> &'static str)
    where
        T: Copy + PartialEq + core::fmt::Debug + serde::Serialize + serde::de::DeserializeOwned,
    {
        for v in all {
            let json = serde_json::to_string(v).unwrap();
            assert_eq!(json, format!("\"{}\"", as_str(*v)));
            assert_eq!(serde_json::from_str::<T>(&json).unwrap(), *v);
        }
    }

    #[test]
    fn every_spelling_is_its_serde_form() {
        use choices::*;
        round_trips(&Need::ALL, Need::as_str);
        round_trips(&Urgency::ALL, Urgency::as_str);
        round_trips(&ForWhom::ALL, ForWhom::as_str);
        round_trips(&AgeGroup::ALL, AgeGroup::as_str);
        round_trips(&Weekday::ALL, Weekday::as_str);
        round_trips(&ResponderGender::ALL, ResponderGender::as_str);
        round_trips(&ConsentScope::ALL, ConsentScope::as_str);
        round_trips(&ContactKind::ALL, ContactKind::as_str);
        round_trips(&SomeoneElseChoice::ALL, SomeoneElseChoice::as_str);
        round_trips(&ErrorCode::ALL, ErrorCode::as_str);
        round_trips(&FieldErrorCode::ALL, FieldErrorCode::as_str);
        round_trips(&view::ReferralState::ALL, view::ReferralState::as_str);
        round_trips(&reply::ReplyTemplate::ALL, reply::ReplyTemplate::as_str);
        round_trips(
            &feedback::FeedbackQuestion::ALL,
            feedback::FeedbackQuestion::as_str,
        );
        round_trips(
            &feedback::FeedbackAnswer::ALL,
            feedback::FeedbackAnswer::as_str,
        );
        round_trips(&view::RequestState::ALL, view::RequestState::as_str);
        round_trips(
            &view::DeviceSecretPlace::ALL,
            view::DeviceSecretPlace::as_str,
        );
        assert_eq!(Need::parse("shelter"), Some(Need::Shelter));
        assert_eq!(Urgency::SPELLINGS, Urgency::ALL.map(Urgency::as_str));
        assert_eq!(Need::parse("Shelter"), None);
        assert_eq!(AgeGroup::Under18.to_string(), "under_18");
    }
}
