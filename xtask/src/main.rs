//! Project tasks that need the real core and the real hotline together, kept out of both crates
//! so that neither ships demo or benchmark code:
//!
//! * `demo` — the README's run command: a narrated walk through one offline-first delivery, end
//!   to end, on loopback, with the same code paths the app and the hotline use, then the staff
//!   inbox with a printed demo login.
//! * `bench` — the published benchmarks. One run measures everything, so that figures quoted
//!   together were taken on the same machine, build and load.
//! * `bench-app` — the app's own figures: UI and binary sizes, launch time, quick-exit latency
//!   and memory of the REAL app window (WebKitGTK under Xvfb, driven through `tauri-driver`).

mod bench;
mod bench_app;
mod bench_inbox;
mod bench_speech;
mod demo;
mod demo_phone;
mod relay;
mod screen;
mod stats;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Error type of the tasks: they are leaf programs that only report, so a boxed error with a
/// readable message is all they need.
pub type Error = Box<dyn std::error::Error + Send + Sync>;
/// Result of the tasks.
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, Parser)]
#[command(
    name = "xtask",
    about = "Reach project tasks: demo and benchmarks (core and app)"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Runs the narrated demo: requests queued offline, delivered once the hotline is up,
    /// receipts verified, status checked, then opened by hotline staff (audit-logged); then the
    /// staff inbox serves them, with a demo admin login printed.
    Demo {
        /// Working directory of the demo (wiped and recreated; it must be empty or a previous
        /// demo directory).
        #[arg(long, default_value = ".reach-demo")]
        dir: PathBuf,
        /// Address the demo hotline listens on (loopback only: its profile uses plain HTTP).
        #[arg(long, default_value = "127.0.0.1:8787")]
        listen: SocketAddr,
        /// Address the staff inbox listens on (loopback only; port 0 picks a free port, printed).
        #[arg(long, default_value = "127.0.0.1:0")]
        inbox_listen: SocketAddr,
        /// Also write the staff inbox's URL and demo login to FILE as JSON
        /// `{ "url", "name", "password", "otpauth" }` (for tests).
        #[arg(long, value_name = "FILE")]
        inbox_info: Option<PathBuf>,
        /// Stop after the demo instead of serving until Ctrl-C.
        #[arg(long)]
        exit: bool,
    },
    /// The demo phone asks the demo hotline about its requests, as the app does after each
    /// sync (state and replies, opened and checked by the core), and prints what its status
    /// screen is given, as JSON. Run while `demo` serves (or after it, with the hotline gone:
    /// then it fails with the network error).
    DemoPhone {
        /// The demo's working directory.
        #[arg(long, default_value = ".reach-demo")]
        dir: PathBuf,
    },
    /// Runs the benchmarks and prints them as a table.
    Bench {
        /// Small counts, so CI can run it in seconds to keep it from rotting (figures are not
        /// meaningful then).
        #[arg(long)]
        quick: bool,
        /// Where the temporary databases go (default: the system temp directory). Must be on a
        /// real disk for the durability figures to mean anything.
        #[arg(long)]
        dir: Option<PathBuf>,
    },
    /// Benchmarks the staff inbox with many stored requests (10,000; 300 with --quick): start-up
    /// with every request decrypted once, the list's first page and one request, p50/p99, over
    /// HTTP on loopback with a real serve and SQLite file.
    BenchInbox {
        /// 300 requests and 20 rounds, so CI can keep it from rotting.
        #[arg(long)]
        quick: bool,
        /// Where the temporary directories go (default: the system temp directory).
        #[arg(long)]
        dir: Option<PathBuf>,
    },
    /// Benchmarks the app itself: UI wasm and binary sizes, launch → first interactive element,
    /// quick-exit latency and memory, on the real app under Xvfb (needs Xvfb, tauri-driver,
    /// WebKitWebDriver, trunk; uses ports 4446 and 4447).
    BenchApp {
        /// Fewer repetitions (2 launches, 5 quick exits), so CI can keep it from rotting.
        #[arg(long)]
        quick: bool,
    },
    /// Benchmarks read-aloud: call → first audible sample of the offline voice (espeak-ng),
    /// for every locale that has one, p50/p99.
    BenchSpeech {
        /// 3 rounds a voice instead of 30, so CI can keep it from rotting.
        #[arg(long)]
        quick: bool,
    },
    /// (Used by `bench-app`'s stand-in for espeak-ng.) Reads a WAV stream on standard input
    /// and, at its first audible sample, appends the wall-clock time (ms since the epoch) to
    /// `out`, then exits.
    #[command(hide = true)]
    FirstSample {
        /// The file the time is appended to.
        out: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let rt = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = match cli.command {
        Command::Demo {
            dir,
            listen,
            inbox_listen,
            inbox_info,
            exit,
        } => rt
            .block_on(demo::run(&demo::DemoOptions {
                dir,
                listen,
                inbox_listen,
                inbox_info,
                exit,
            }))
            .map(|_| ()),
        Command::DemoPhone { dir } => rt.block_on(demo_phone::phone_status(&dir)).map(|v| {
            println!("{}", serde_json::to_string_pretty(&v).unwrap_or_default());
        }),
        Command::Bench { quick, dir } => {
            let counts = if quick {
                bench::Counts::quick()
            } else {
                bench::Counts::full()
            };
            rt.block_on(bench::run(&counts, dir.as_deref())).map(|_| ())
        }
        Command::BenchInbox { quick, dir } => {
            let (n, rounds) = if quick { (300, 20) } else { (10_000, 200) };
            let dir = dir.unwrap_or_else(std::env::temp_dir);
            rt.block_on(bench_inbox::run(n, rounds, &dir))
                .and_then(|r| bench_inbox::report(&r, quick))
        }
        Command::BenchSpeech { quick } => bench_speech::run(if quick { 3 } else { 30 }),
        Command::FirstSample { out } => bench_app::note_first_sample(&out),
        Command::BenchApp { quick } => rt.block_on(bench_app::run(if quick {
            bench_app::AppCounts::quick()
        } else {
            bench_app::AppCounts::full()
        })),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
