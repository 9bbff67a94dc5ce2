//! The `xtask` binary as a person runs it. Also makes `cargo test --workspace` build the binary
//! itself with the workspace's features, so the browser tests (`ui/tests/staff_inbox.test.mjs`)
//! run that very build instead of compiling xtask again for `cargo run -p xtask`.

use std::process::Command;

#[test]
fn demo_phone_without_a_demo_says_what_to_run() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["demo-phone", "--dir"])
        .arg(dir.path().join("no-demo-here"))
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("error: ") && err.contains("run `xtask demo --dir"),
        "{err}"
    );
}

#[test]
fn an_unknown_command_is_refused_with_the_list() {
    let out = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .arg("demo-phon")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("demo-phone"));
}
