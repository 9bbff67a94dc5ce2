//! The inbox's words, from Fluent files (`crates/hotline/locales/<lang>/inbox.ftl`) built into
//! the binary, in the language the staff member's browser asks for (`Accept-Language`), English
//! otherwise. Each message falls back to English on its own.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// Every locale of the inbox: (code, Fluent source). English first: the source and fallback.
pub(crate) const LOCALES: &[(&str, &str)] = &[
    ("en", include_str!("../../locales/en/inbox.ftl")),
    ("es", include_str!("../../locales/es/inbox.ftl")),
    ("fr", include_str!("../../locales/fr/inbox.ftl")),
    ("ar", include_str!("../../locales/ar/inbox.ftl")),
];

/// Right-to-left locales (the page is mirrored: `<html dir="rtl">`).
const RTL: &[&str] = &["ar", "fa", "he", "ur"];

/// One locale's messages.
pub(crate) struct Lang {
    /// Its code (`<html lang>`).
    pub(crate) code: &'static str,
    bundle: FluentBundle<FluentResource>,
    fallback: Option<Box<Lang>>,
}

impl Lang {
    fn load(code: &'static str, source: &'static str, fallback: Option<Box<Lang>>) -> Lang {
        let id: LanguageIdentifier = code.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![id]);
        // No Unicode isolation marks around arguments: the page sets `dir` itself, and names
        // and numbers inside attributes must stay plain.
        bundle.set_use_isolating(false);
        let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
        Lang {
            code,
            bundle,
            fallback,
        }
    }

    /// The locale that best matches an `Accept-Language` header (English when none does).
    pub(crate) fn negotiate(accept_language: Option<&str>) -> Lang {
        let wanted = accept_language
            .unwrap_or("")
            .split(',')
            .filter_map(|part| part.split(';').next())
            .map(|tag| {
                tag.trim()
                    .split(['-', '_'])
                    .next()
                    .unwrap_or("")
                    .to_ascii_lowercase()
            });
        let mut chosen = LOCALES[0];
        for tag in wanted {
            if let Some(l) = LOCALES.iter().find(|(c, _)| *c == tag) {
                chosen = *l;
                break;
            }
        }
        let english = || Lang::load(LOCALES[0].0, LOCALES[0].1, None);
        if chosen.0 == LOCALES[0].0 {
            english()
        } else {
            Lang::load(chosen.0, chosen.1, Some(Box::new(english())))
        }
    }

    /// `ltr` or `rtl`.
    pub(crate) fn dir(&self) -> &'static str {
        if RTL.contains(&self.code) {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// A message with no arguments.
    pub(crate) fn t(&self, id: &str) -> String {
        self.ta(id, &[])
    }

    /// A message with arguments (text or numbers).
    pub(crate) fn ta(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            match v {
                Arg::Str(s) => fargs.set(*k, FluentValue::from(s.clone())),
                Arg::Num(n) => fargs.set(*k, FluentValue::from(*n)),
            }
        }
        if let Some(msg) = self.bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = vec![];
            return self
                .bundle
                .format_pattern(msg, Some(&fargs), &mut errors)
                .into_owned();
        }
        match &self.fallback {
            Some(f) => f.ta(id, args),
            None => id.to_owned(),
        }
    }
}

/// A message argument.
pub(crate) enum Arg {
    /// Text (names, numbers as written, dates).
    Str(String),
    /// A number (plurals).
    Num(f64),
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn ids(source: &str) -> BTreeSet<String> {
        source
            .lines()
            .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
            .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim().to_owned()))
            .collect()
    }

    #[test]
    fn every_locale_has_every_message_and_parses() {
        let en = ids(LOCALES[0].1);
        assert!(en.len() > 100, "{}", en.len());
        for (code, source) in LOCALES {
            assert!(
                FluentResource::try_new((*source).to_owned()).is_ok(),
                "{code}: Fluent syntax"
            );
            assert_eq!(ids(source), en, "{code}: the same ids as English");
        }
    }

    /// Every state staff can set has its name, and every reply template its preview, in English
    /// (the others follow from the parity test above).
    #[test]
    fn every_state_and_reply_template_has_its_words() {
        let en = ids(LOCALES[0].1);
        for s in reach_core::wire::ReferralState::ALL {
            assert!(en.contains(&format!("state-{s}")), "state-{s}");
        }
        for t in reach_core::reply::ReplyTemplate::ALL {
            assert!(en.contains(&format!("reply-{t}")), "reply-{t}");
        }
    }

    #[test]
    fn the_browser_s_language_is_chosen_and_english_fills_in() {
        assert_eq!(Lang::negotiate(None).code, "en");
        assert_eq!(Lang::negotiate(Some("xx-YY, en;q=0.5")).code, "en");
        let en = Lang::negotiate(Some("en-GB"));
        assert_eq!(en.t("login-title"), "Staff login");
        assert_eq!(
            en.ta("list-count", &[("count", Arg::Num(1.0))]),
            "One request"
        );
        assert_eq!(en.t("no-such-message"), "no-such-message");
        assert_eq!(en.dir(), "ltr");
        let ar = Lang::negotiate(Some("ar-EG,ar;q=0.9,en;q=0.5"));
        assert_eq!((ar.code, ar.dir()), ("ar", "rtl"));
        assert_eq!(ar.t("login-title"), "دخول الموظفين");
        assert_eq!(ar.ta("list-count", &[("count", Arg::Num(2.0))]), "طلبان");
        let fr = Lang::negotiate(Some("fr-CA"));
        assert_eq!(
            fr.t("now-not-safe"),
            "Ce n’est PAS maintenant un moment sûr pour un contact."
        );
        assert_eq!(
            Lang::negotiate(Some("es")).t("voicemail-no"),
            "No deje mensajes de voz."
        );
    }
}
