//! A request's language as staff can recognise it: its own name (as the app's language list
//! shows it to the person) beside the tag, so an operator who cannot read `am` still sees
//! "አማርኛ (am)" and knows to find an Amharic interpreter. Tags the table does not know are
//! shown as they are.

/// (tag, the language's name in itself, its name in English) for every language the app offers
/// (a test holds this equal to `locales/*/main.ftl`'s `-locale-name` and `-locale-english`).
/// Generated from the locale files; keep it sorted by tag.
const NAMES: &[(&str, &str, &str)] = &[
    ("am", "አማርኛ", "Amharic"),
    ("ar", "العربية", "Arabic"),
    ("bg", "Български", "Bulgarian"),
    ("bm", "Bamanankan", "Bambara"),
    ("bn", "বাংলা", "Bengali"),
    ("ckb", "کوردیی سۆرانی", "Central Kurdish (Sorani)"),
    ("en", "English", "English"),
    ("es", "Español", "Spanish"),
    ("fa", "فارسی", "Persian"),
    ("fa-AF", "دری", "Dari"),
    ("fr", "Français", "French"),
    ("ha", "Hausa", "Hausa"),
    ("he", "עברית", "Hebrew"),
    ("hi", "हिन्दी", "Hindi"),
    ("ht", "Kreyòl ayisyen", "Haitian Creole"),
    ("id", "Bahasa Indonesia", "Indonesian"),
    ("ig", "Asụsụ Igbo", "Igbo"),
    ("ja", "日本語", "Japanese"),
    ("ka", "ქართული", "Georgian"),
    ("km", "ខ្មែរ", "Khmer"),
    ("kmr", "Kurdî (Kurmancî)", "Northern Kurdish (Kurmanji)"),
    ("ko", "한국어", "Korean"),
    ("ky", "Кыргызча", "Kyrgyz"),
    ("lg", "Luganda", "Ganda"),
    ("ln", "Lingála", "Lingala"),
    ("lo", "ລາວ", "Lao"),
    ("mg", "Malagasy", "Malagasy"),
    ("mn", "Монгол", "Mongolian"),
    ("mr", "मराठी", "Marathi"),
    ("ms", "Bahasa Melayu", "Malay"),
    ("my", "မြန်မာ", "Burmese"),
    ("ne", "नेपाली", "Nepali"),
    ("om", "Afaan Oromoo", "Oromo"),
    ("pa", "ਪੰਜਾਬੀ", "Punjabi"),
    ("pcm", "Naija Pidgin", "Nigerian Pidgin"),
    ("pl", "Polski", "Polish"),
    ("ps", "پښتو", "Pashto"),
    ("pt", "Português", "Portuguese"),
    ("qu", "Runasimi", "Quechua"),
    ("ro", "Română", "Romanian"),
    ("ru", "Русский", "Russian"),
    ("rw", "Ikinyarwanda", "Kinyarwanda"),
    ("sd", "سنڌي", "Sindhi"),
    ("si", "සිංහල", "Sinhala"),
    ("so", "Soomaali", "Somali"),
    ("sq", "Shqip", "Albanian"),
    ("sw", "Kiswahili", "Swahili"),
    ("ta", "தமிழ்", "Tamil"),
    ("te", "తెలుగు", "Telugu"),
    ("tg", "Тоҷикӣ", "Tajik"),
    ("th", "ไทย", "Thai"),
    ("ti", "ትግርኛ", "Tigrinya"),
    ("tl", "Tagalog", "Tagalog"),
    ("tr", "Türkçe", "Turkish"),
    ("tw", "Twi", "Twi (Akan)"),
    ("ug", "ئۇيغۇرچە", "Uyghur"),
    ("uk", "Українська", "Ukrainian"),
    ("ur", "اردو", "Urdu"),
    ("uz", "Oʻzbekcha", "Uzbek"),
    ("vi", "Tiếng Việt", "Vietnamese"),
    ("wo", "Wolof", "Wolof"),
    ("yo", "Èdè Yorùbá", "Yoruba"),
    ("zh-Hans", "简体中文", "Chinese (Simplified)"),
    ("zu", "isiZulu", "Zulu"),
];

/// "own name · English name (tag)" for a known tag (matched case-insensitively, then by its
/// primary language; the English name only where it differs), else the tag alone. An operator
/// who reads neither Ge'ez nor the tag `ti` still sees "Tigrinya".
pub(crate) fn shown(tag: &str) -> String {
    let primary = tag.split('-').next().unwrap_or(tag);
    NAMES
        .iter()
        .find(|(t, _, _)| t.eq_ignore_ascii_case(tag))
        .or_else(|| {
            NAMES
                .iter()
                .find(|(t, _, _)| t.eq_ignore_ascii_case(primary))
        })
        .map_or_else(
            || tag.to_owned(),
            |(_, own, english)| {
                if own == english {
                    format!("{own} ({tag})")
                } else {
                    format!("{own} · {english} ({tag})")
                }
            },
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every language the app offers is named here exactly as the app names it.
    #[test]
    fn every_app_language_is_named_as_the_app_names_it() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
        let mut app = Vec::new();
        for entry in std::fs::read_dir(&dir).unwrap() {
            let entry = entry.unwrap();
            let tag = entry.file_name().to_string_lossy().into_owned();
            let ftl = std::fs::read_to_string(entry.path().join("main.ftl")).unwrap();
            let term = |t: &str| {
                ftl.lines()
                    .find_map(|l| l.strip_prefix(t))
                    .unwrap_or_else(|| panic!("{tag}: no {t}"))
                    .trim()
                    .to_owned()
            };
            let (name, english) = (term("-locale-name = "), term("-locale-english = "));
            app.push((tag, name, english));
        }
        app.sort();
        let mut table: Vec<(String, String, String)> = NAMES
            .iter()
            .map(|(t, n, e)| ((*t).to_owned(), (*n).to_owned(), (*e).to_owned()))
            .collect();
        table.sort();
        assert_eq!(table, app);
    }

    #[test]
    fn tags_are_shown_with_their_name_or_alone() {
        assert_eq!(shown("en"), "English (en)");
        assert_eq!(shown("am"), "አማርኛ · Amharic (am)");
        assert_eq!(shown("ar-SY"), "العربية · Arabic (ar-SY)");
        assert_eq!(
            shown("zh-hans"),
            "简体中文 · Chinese (Simplified) (zh-hans)"
        );
        assert_eq!(shown("xx-YY"), "xx-YY");
    }
}
