//! Reading a locale's metadata terms (`-locale-name`, `-locale-dir`, …) from its Fluent source.
//! Shared by `build.rs` (which bakes the metadata and each file's hash into the wasm, so the
//! language list needs no file loaded) and the host tests.

/// The value of a `-term = value` line (single-line terms only, which is all metadata needs).
pub fn term(source: &str, name: &str) -> Option<String> {
    source.lines().find_map(|line| {
        let rest = line.strip_prefix('-')?.strip_prefix(name)?;
        let value = rest.trim_start().strip_prefix('=')?;
        Some(value.trim().to_owned())
    })
}

/// The file carries the `## machine-drafted: true` comment (a draft no native speaker reviewed).
pub fn has_machine_drafted_marker(source: &str) -> bool {
    source
        .lines()
        .any(|l| l.trim() == "## machine-drafted: true")
}
