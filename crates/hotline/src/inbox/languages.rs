//! A request's language as staff can recognise it: its own name (as the app's language list
//! shows it to the person) beside the tag, so an operator who cannot read `am` still sees
//! "አማርኛ (am)" and knows to find an Amharic interpreter. Tags the table does not know are
//! shown as they are.

/// (tag, the language's name in itself) for every language the app offers (a test holds this
/// equal to `locales/*/main.ftl`'s `-locale-name`), and a few more a phone may report.
const NAMES: &[(&str, &str)] = &[
    ("am", "አማርኛ"),
    ("ar", "العربية"),
    ("bn", "বাংলা"),
    ("en", "English"),
    ("es", "Español"),
    ("fa", "فارسی"),
    ("fr", "Français"),
    ("hi", "हिन्दी"),
    ("id", "Bahasa Indonesia"),
    ("ne", "नेपाली"),
    ("pt", "Português"),
    ("ro", "Română"),
    ("ru", "Русский"),
    ("sw", "Kiswahili"),
    ("th", "ไทย"),
    ("tl", "Tagalog"),
    ("uk", "Українська"),
    ("ur", "اردو"),
    ("vi", "Tiếng Việt"),
    ("zh-Hans", "简体中文"),
];

/// "name (tag)" for a known tag (matched case-insensitively, then by its primary language),
/// else the tag alone.
pub(crate) fn shown(tag: &str) -> String {
    let primary = tag.split('-').next().unwrap_or(tag);
    NAMES
        .iter()
        .find(|(t, _)| t.eq_ignore_ascii_case(tag))
        .or_else(|| NAMES.iter().find(|(t, _)| t.eq_ignore_ascii_case(primary)))
        .map_or_else(|| tag.to_owned(), |(_, name)| format!("{name} ({tag})"))
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
            let name = ftl
                .lines()
                .find_map(|l| l.strip_prefix("-locale-name = "))
                .unwrap_or_else(|| panic!("{tag}: no -locale-name"))
                .trim()
                .to_owned();
            app.push((tag, name));
        }
        app.sort();
        let mut table: Vec<(String, String)> = NAMES
            .iter()
            .map(|(t, n)| ((*t).to_owned(), (*n).to_owned()))
            .collect();
        table.sort();
        assert_eq!(table, app);
    }

    #[test]
    fn tags_are_shown_with_their_name_or_alone() {
        assert_eq!(shown("am"), "አማርኛ (am)");
        assert_eq!(shown("ar-SY"), "العربية (ar-SY)");
        assert_eq!(shown("zh-hans"), "简体中文 (zh-hans)");
        assert_eq!(shown("ti"), "ti");
    }
}
