//! Desktop entry point; everything is in the library so that mobile builds share it.

// No console window on Windows release builds: it would give the disguise away.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    reach_app_lib::run();
}
