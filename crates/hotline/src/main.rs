//! `reach-hotline`: create a hotline (`init`, `rotate`), run the endpoint (`serve`), and decrypt
//! stored requests for staff with an audit trail (`open`).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, Subcommand};
use reach_hotline::{OpenOptions, RateLimit};
use zeroize::Zeroizing;

#[derive(Parser)]
#[command(
    name = "reach-hotline",
    version,
    about = "Reference hotline endpoint for Reach"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create keys and profile.json in DIR, and print the public profile to bundle in the app.
    Init {
        /// Hotline directory (created with mode 0700 if missing).
        #[arg(long)]
        dir: PathBuf,
        /// Hotline name shown to staff and, translated, to the person.
        #[arg(long)]
        name: String,
        /// Public base URL (https; http only on loopback).
        #[arg(long)]
        endpoint: String,
        /// Name of an environment variable holding a passphrase that protects the key files.
        #[arg(long)]
        passphrase_env: Option<String>,
    },
    /// Add a new HPKE key (made current; old keys kept so old envelopes still open).
    Rotate {
        /// Hotline directory.
        #[arg(long)]
        dir: PathBuf,
        /// Environment variable holding the key-file passphrase.
        #[arg(long)]
        passphrase_env: Option<String>,
    },
    /// Run the endpoint. Needs profile.json and receipt.key only (never the HPKE private key).
    Serve {
        /// Hotline directory.
        #[arg(long)]
        dir: PathBuf,
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:8080")]
        listen: SocketAddr,
        /// Database file (default DIR/hotline.db).
        #[arg(long)]
        db: Option<PathBuf>,
        /// Environment variable holding the key-file passphrase.
        #[arg(long)]
        passphrase_env: Option<String>,
        /// Requests a client address may burst (0 disables rate limiting).
        #[arg(long, default_value_t = 60)]
        rate_burst: u32,
        /// Milliseconds to earn one more request.
        #[arg(long, default_value_t = 100)]
        rate_replenish_ms: u64,
        /// Seconds allowed for one request, upload included.
        #[arg(long, default_value_t = 30)]
        timeout_secs: u64,
    },
    /// Decrypt stored requests and print them as JSON; every decryption is audit-logged.
    Open {
        /// Hotline directory (with the hpke-*.key files).
        #[arg(long)]
        dir: PathBuf,
        /// Database file (default DIR/hotline.db).
        #[arg(long)]
        db: Option<PathBuf>,
        /// Only this referral id.
        #[arg(long)]
        id: Option<String>,
        /// Environment variable holding the key-file passphrase.
        #[arg(long)]
        passphrase_env: Option<String>,
        /// Staff member recorded in the audit log (default: $USER).
        #[arg(long)]
        actor: Option<String>,
    },
}

fn passphrase(var: Option<&str>) -> Result<Option<Zeroizing<String>>, String> {
    match var {
        None => Ok(None),
        Some(v) => match std::env::var(v) {
            Ok(p) if !p.is_empty() => Ok(Some(Zeroizing::new(p))),
            _ => Err(format!("environment variable {v} is not set or empty")),
        },
    }
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("reach-hotline: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<(), String> {
    match cli.command {
        Command::Init {
            dir,
            name,
            endpoint,
            passphrase_env,
        } => {
            let pass = passphrase(passphrase_env.as_deref())?;
            let profile = reach_hotline::init_dir(
                &dir,
                &name,
                &endpoint,
                pass.as_deref().map(|s| s.as_str()),
            )
            .map_err(|e| e.to_string())?;
            println!("{}", profile.to_json());
            Ok(())
        }
        Command::Rotate {
            dir,
            passphrase_env,
        } => {
            let pass = passphrase(passphrase_env.as_deref())?;
            let profile = reach_hotline::rotate_key(&dir, pass.as_deref().map(|s| s.as_str()))
                .map_err(|e| e.to_string())?;
            println!("{}", profile.to_json());
            Ok(())
        }
        Command::Serve {
            dir,
            listen,
            db,
            passphrase_env,
            rate_burst,
            rate_replenish_ms,
            timeout_secs,
        } => {
            let pass = passphrase(passphrase_env.as_deref())?;
            let mut config = reach_hotline::load_config(&dir, pass.as_deref().map(|s| s.as_str()))
                .map_err(|e| e.to_string())?;
            drop(pass);
            if let Some(db) = db {
                config.db_path = db;
            }
            config.rate_limit = (rate_burst > 0).then(|| RateLimit {
                burst: rate_burst,
                replenish_every: Duration::from_millis(rate_replenish_ms.max(1)),
            });
            config.request_timeout = Duration::from_secs(timeout_secs.max(1));
            let rt = tokio::runtime::Runtime::new().map_err(|e| e.to_string())?;
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::bind(listen)
                    .await
                    .map_err(|e| format!("listen on {listen}: {e}"))?;
                let server = reach_hotline::spawn(config, listener)
                    .await
                    .map_err(|e| e.to_string())?;
                shutdown_signal().await;
                tracing::info!("shutting down");
                server.shutdown().await;
                Ok(())
            })
        }
        Command::Open {
            dir,
            db,
            id,
            passphrase_env,
            actor,
        } => {
            let pass = passphrase(passphrase_env.as_deref())?;
            let only = id
                .map(|s| s.parse().map_err(|e| format!("--id: {e}")))
                .transpose()?;
            let actor = actor
                .or_else(|| std::env::var("USER").ok())
                .filter(|a| !a.trim().is_empty())
                .ok_or("give --actor (or set $USER): decryptions are audit-logged")?;
            let db = db.unwrap_or_else(|| dir.join(reach_hotline::DEFAULT_DB_FILE));
            let opened = reach_hotline::open_all(
                &dir,
                &db,
                &OpenOptions {
                    passphrase: pass.as_deref().map(|s| s.as_str()),
                    actor: &actor,
                    only,
                },
            )
            .map_err(|e| e.to_string())?;
            let failed = opened
                .iter()
                .filter(|o| matches!(o.outcome, reach_hotline::OpenOutcome::Failed { .. }))
                .count();
            println!(
                "{}",
                serde_json::to_string_pretty(&opened).map_err(|e| e.to_string())?
            );
            if failed > 0 {
                return Err(format!(
                    "{failed} stored envelope(s) could not be opened (see \"failed\" entries)"
                ));
            }
            Ok(())
        }
    }
}

async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
            .expect("install SIGTERM handler");
        tokio::select! {
            _ = ctrl_c => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = ctrl_c.await;
    }
}
