//! Embeds every `locales/<lang>/main.ftl` (a new locale needs no code change) and the bundled
//! emergency numbers into the wasm at compile time: the app works with no network at all.
use std::{env, fs, path::PathBuf};

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
        "/// (language code, main.ftl source), English first.\npub static LOCALES: &[(&str, &str)] = &[\n",
    );
    for (code, path) in &locales {
        out.push_str(&format!(
            "    ({code:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    out.push_str("];\n");
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
