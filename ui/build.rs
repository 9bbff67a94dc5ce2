//! Bakes into the wasm what the app must know before any file is read: each locale's metadata
//! (name in its own script and in English, direction, review status) and the SHA-256 of its
//! `locales/<code>/main.ftl`. The Fluent files themselves are not compiled in: Trunk copies them
//! beside the wasm (`index.html`, `copy-dir`) and the app loads one when it is chosen, refusing
//! any file whose hash differs (`src/i18n.rs`). Adding a language costs the wasm one table row.
//! The bundled emergency numbers stay compiled in: they must show with no file read at all.
use std::{env, fs, path::PathBuf};

use sha2::{Digest, Sha256};

#[path = "src/locale_meta.rs"]
mod locale_meta;

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let locales_dir = manifest.join("../locales");
    println!("cargo:rerun-if-changed={}", locales_dir.display());
    let mut locales: Vec<(String, PathBuf)> = Vec::new();
    if let Ok(entries) = fs::read_dir(&locales_dir) {
        for entry in entries.flatten() {
            let dir = entry.path();
            println!("cargo:rerun-if-changed={}", dir.display());
            let ftl = dir.join("main.ftl");
            if ftl.is_file() {
                println!("cargo:rerun-if-changed={}", ftl.display());
                let code = entry.file_name().to_string_lossy().into_owned();
                locales.push((code, ftl.canonicalize().unwrap()));
            }
        }
    }
    // English first (the fallback), then the others in a stable order.
    locales.sort_by(|a, b| (a.0 != "en", &a.0).cmp(&(b.0 != "en", &b.0)));
    let mut out = String::from(
        "/// Every shipped locale, English first.\npub static LOCALES: &[LocaleInfo] = &[\n",
    );
    let mut sources = String::from(
        "/// (code, source) of every locale, for host tests only: the wasm loads them as files.\n\
         #[cfg(not(target_arch = \"wasm32\"))]\n\
         #[allow(dead_code)]\n\
         pub static LOCALE_SOURCES: &[(&str, &str)] = &[\n",
    );
    for (code, path) in &locales {
        let bytes = fs::read(path).unwrap();
        let source = String::from_utf8(bytes.clone())
            .unwrap_or_else(|_| panic!("{} is not UTF-8", path.display()));
        let term = |name: &str| locale_meta::term(&source, name);
        let status = match term("locale-status") {
            Some(s) => format!("Some({s:?})"),
            None => "None".into(),
        };
        out.push_str(&format!(
            "    LocaleInfo {{ code: {code:?}, name: {:?}, english: {:?}, rtl: {}, status: {status}, \
             machine_drafted_marker: {}, sha256: {:?} }},\n",
            term("locale-name").unwrap_or_else(|| code.clone()),
            term("locale-english").unwrap_or_else(|| code.clone()),
            term("locale-dir").is_some_and(|d| d == "rtl"),
            locale_meta::has_machine_drafted_marker(&source),
            <[u8; 32]>::from(Sha256::digest(&bytes)),
        ));
        sources.push_str(&format!(
            "    ({code:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    out.push_str("];\n");
    sources.push_str("];\n");
    out.push_str(&sources);
    let numbers = manifest.join("data/emergency-numbers.json");
    println!("cargo:rerun-if-changed={}", numbers.display());
    if numbers.is_file() {
        out.push_str(&format!(
            "/// Bundled emergency numbers (ui/data/emergency-numbers.json).\npub static EMERGENCY_JSON: &str = include_str!({:?});\n",
            numbers.canonicalize().unwrap().display().to_string()
        ));
    } else {
        out.push_str("pub static EMERGENCY_JSON: &str = \"{\\\"countries\\\":[]}\";\n");
    }
    fs::write(
        PathBuf::from(env::var("OUT_DIR").unwrap()).join("embedded.rs"),
        out,
    )
    .unwrap();
}
