//! When contact is safe: wall-clock times, IANA time zones and weekly windows.

use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{Sensitive, ValidationErrorKind, Weekday};

/// An IANA time zone name ("Asia/Ho_Chi_Minh"), so that safe times stay right across daylight
/// saving changes and wherever the hotline's staff are. Redacted in `Debug`: it locates the
/// person.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TimeZoneName(pub(super) Sensitive<String>);

impl TimeZoneName {
    /// Parses a zone name, ignoring ASCII case, and stores its canonical spelling.
    pub fn parse(text: &str) -> Result<Self, ValidationErrorKind> {
        let text = text.trim();
        if text.is_empty() {
            return Err(ValidationErrorKind::Empty);
        }
        if let Ok(tz) = chrono_tz::Tz::from_str(text) {
            return Ok(Self(Sensitive(tz.name().to_owned())));
        }
        chrono_tz::TZ_VARIANTS
            .iter()
            .find(|tz| tz.name().eq_ignore_ascii_case(text))
            .map(|tz| Self(Sensitive(tz.name().to_owned())))
            .ok_or(ValidationErrorKind::InvalidTimeZone)
    }

    /// The canonical IANA name.
    pub fn as_str(&self) -> &str {
        &self.0.0
    }

    /// The zone, for converting a window to the staff member's local time.
    pub fn tz(&self) -> Option<chrono_tz::Tz> {
        chrono_tz::Tz::from_str(&self.0.0).ok()
    }

    pub(super) fn check(&self) -> Result<(), ValidationErrorKind> {
        match self.tz() {
            Some(tz) if tz.name() == self.0.0 => Ok(()),
            _ if self.0.0.is_empty() => Err(ValidationErrorKind::Empty),
            _ => Err(ValidationErrorKind::InvalidTimeZone),
        }
    }
}

/// A wall-clock time, minute precision, serialised as "HH:MM" (24 h), because that is what a
/// person can say about when they are alone ("after 18:00").
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TimeOfDay(pub(super) u16);

impl TimeOfDay {
    /// `None` unless `hour < 24` and `minute < 60`.
    pub fn new(hour: u8, minute: u8) -> Option<Self> {
        (hour < 24 && minute < 60).then(|| Self(u16::from(hour) * 60 + u16::from(minute)))
    }

    /// Parses exactly "HH:MM" (what time pickers produce), 00:00 to 23:59.
    pub fn parse(text: &str) -> Result<Self, ValidationErrorKind> {
        let b = text.as_bytes();
        let digit = |i: usize| b[i].is_ascii_digit().then(|| b[i] - b'0');
        if b.len() != 5 || b[2] != b':' {
            return Err(ValidationErrorKind::InvalidTime);
        }
        match (digit(0), digit(1), digit(3), digit(4)) {
            (Some(h1), Some(h0), Some(m1), Some(m0)) => {
                Self::new(h1 * 10 + h0, m1 * 10 + m0).ok_or(ValidationErrorKind::InvalidTime)
            }
            _ => Err(ValidationErrorKind::InvalidTime),
        }
    }

    /// Hour, 0 to 23.
    pub fn hour(self) -> u8 {
        (self.0 / 60) as u8
    }

    /// Minute, 0 to 59.
    pub fn minute(self) -> u8 {
        (self.0 % 60) as u8
    }

    /// Minutes since midnight, for arithmetic on windows.
    pub fn minutes_since_midnight(self) -> u16 {
        self.0
    }
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour(), self.minute())
    }
}

impl fmt::Debug for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl Serialize for TimeOfDay {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for TimeOfDay {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Self::parse(&text).map_err(|_| serde::de::Error::custom("expected a time as HH:MM"))
    }
}

/// A weekly window when it is safe to contact the person, in their own time zone.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimeWindow {
    /// Days on which the window opens; empty means every day (the common "evenings" answer).
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub days: BTreeSet<Weekday>,
    /// Start, inclusive.
    pub start: TimeOfDay,
    /// End, exclusive. Earlier than `start` means the window crosses midnight (e.g. night shift
    /// workers: 22:00–02:00); the part after midnight belongs to the day the window started.
    pub end: TimeOfDay,
    /// The zone `start` and `end` are in.
    pub time_zone: TimeZoneName,
}

impl TimeWindow {
    /// Whether the window goes past midnight into the next day.
    pub fn crosses_midnight(&self) -> bool {
        self.end < self.start
    }

    /// Whether a moment, given as weekday and wall-clock time *in the window's zone*, falls in
    /// the window; lets the staff view say "safe to call now".
    pub fn covers(&self, day: Weekday, time: TimeOfDay) -> bool {
        let on = |d: Weekday| self.days.is_empty() || self.days.contains(&d);
        if self.crosses_midnight() {
            (time >= self.start && on(day)) || (time < self.end && on(day.previous()))
        } else {
            time >= self.start && time < self.end && on(day)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::referral::test_util::*;
    use crate::referral::*;

    #[test]
    fn times_of_day() {
        let t = TimeOfDay::parse("07:05").unwrap();
        assert_eq!(
            (t.hour(), t.minute(), t.minutes_since_midnight()),
            (7, 5, 425)
        );
        assert_eq!(t.to_string(), "07:05");
        assert_eq!(
            TimeOfDay::parse("23:59").unwrap(),
            TimeOfDay::new(23, 59).unwrap()
        );
        assert_eq!(
            TimeOfDay::parse("00:00").unwrap(),
            TimeOfDay::new(0, 0).unwrap()
        );
        for bad in [
            "24:00", "12:60", "7:00", "07:5", "ab:cd", "07-00", "", "007:00", "+1:00", "０7:00",
        ] {
            assert_eq!(
                TimeOfDay::parse(bad),
                Err(ValidationErrorKind::InvalidTime),
                "{bad:?}"
            );
        }
        assert_eq!(TimeOfDay::new(24, 0), None);
        assert_eq!(TimeOfDay::new(0, 60), None);
        assert_eq!(serde_json::to_string(&t).unwrap(), r#""07:05""#);
        assert!(serde_json::from_str::<TimeOfDay>(r#""25:00""#).is_err());
    }

    #[test]
    fn time_windows_may_cross_midnight() {
        use Weekday::*;
        let at = |h, m| TimeOfDay::new(h, m).unwrap();
        let mut night = window("22:00", "02:00", "Asia/Bangkok");
        night.days = [Friday].into();
        assert!(night.crosses_midnight());
        let mut r = sample();
        r.contact.safe_times = vec![night.clone()];
        assert_eq!(r.validate(), Ok(()));
        assert!(night.covers(Friday, at(22, 0)));
        assert!(night.covers(Friday, at(23, 59)));
        assert!(
            night.covers(Saturday, at(1, 59)),
            "after midnight belongs to Friday's window"
        );
        assert!(!night.covers(Saturday, at(2, 0)), "end is exclusive");
        assert!(
            !night.covers(Friday, at(1, 0)),
            "Thursday night is not in the window"
        );
        assert!(!night.covers(Saturday, at(22, 30)));
        assert!(!night.covers(Friday, at(21, 59)));

        let evening = window("18:00", "21:00", "Asia/Ho_Chi_Minh");
        assert!(!evening.crosses_midnight());
        for day in Weekday::ALL {
            assert!(evening.covers(day, at(18, 0)), "empty days = every day");
            assert!(!evening.covers(day, at(21, 0)));
            assert!(!evening.covers(day, at(3, 0)));
        }
        let mut sunday = window("23:00", "01:00", "UTC");
        sunday.days = [Sunday].into();
        assert!(
            sunday.covers(Monday, at(0, 30)),
            "wraps from Sunday to Monday"
        );
        assert_eq!(Monday.previous(), Sunday);
    }

    #[test]
    fn time_zones_are_iana_names() {
        assert_eq!(
            TimeZoneName::parse("asia/ho_chi_minh").unwrap().as_str(),
            "Asia/Ho_Chi_Minh"
        );
        assert_eq!(
            TimeZoneName::parse("Europe/London").unwrap().as_str(),
            "Europe/London"
        );
        assert!(TimeZoneName::parse("UTC").unwrap().tz().is_some());
        assert_eq!(
            TimeZoneName::parse("Mars/Olympus_Mons"),
            Err(ValidationErrorKind::InvalidTimeZone)
        );
        assert_eq!(
            TimeZoneName::parse("GMT+7 "),
            Err(ValidationErrorKind::InvalidTimeZone)
        );
        assert_eq!(TimeZoneName::parse(""), Err(ValidationErrorKind::Empty));
        // Stored names must be spelled canonically.
        assert_eq!(
            TimeZoneName(s("asia/ho_chi_minh")).check(),
            Err(ValidationErrorKind::InvalidTimeZone)
        );
        let json = String::from_utf8(sample().to_bytes())
            .unwrap()
            .replace("Asia/Ho_Chi_Minh", "Asia/Nowhere");
        match Referral::from_bytes(json.as_bytes()) {
            Err(ReferralError::Invalid(errors)) => assert_eq!(
                errors,
                vec![ValidationError {
                    field: FieldPath("contact.safe_times[0].time_zone".into()),
                    kind: ValidationErrorKind::InvalidTimeZone
                }]
            ),
            other => panic!("{other:?}"),
        }
    }
}
