//! `reach-hotline`: create a hotline (`init`, `rotate`), run the endpoint (`serve`), and decrypt
//! stored requests for staff with an audit trail (`open`).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use chrono::NaiveDate;
use clap::{Parser, Subcommand};
use ipnet::IpNet;
use reach_core::wire::ReferralState;
use reach_hotline::{
    ByteLimit, ClientAddressing, ForwardedHeader, OpenOptions, Page, Protection, RateLimit,
    StorageLimits,
};
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
    /// Create the serving directory (profile.json, receipt.key) and the keys directory (the
    /// HPKE private key), and print the public profile to bundle in the app.
    #[command(group(clap::ArgGroup::new("protection").required(true).args(["passphrase_env", "insecure_no_passphrase"])))]
    Init {
        /// Serving directory (created with mode 0700 if missing).
        #[arg(long)]
        dir: PathBuf,
        /// Directory for the HPKE private key, outside DIR (created with mode 0700); only
        /// `open` and `rotate` read it. Keep it off the serving host if you can.
        #[arg(long)]
        keys_dir: PathBuf,
        /// Hotline name shown to staff and, translated, to the person.
        #[arg(long)]
        name: String,
        /// Public base URL (https; http only on loopback).
        #[arg(long)]
        endpoint: String,
        /// Name of an environment variable holding a passphrase that protects the key files.
        #[arg(long)]
        passphrase_env: Option<String>,
        /// Write the key files unprotected (demos and tests only).
        #[arg(long)]
        insecure_no_passphrase: bool,
    },
    /// Add a new HPKE key (made current; old keys kept so old envelopes still open).
    Rotate {
        /// Serving directory (profile.json is updated there).
        #[arg(long)]
        dir: PathBuf,
        /// Keys directory (the new HPKE key is written there).
        #[arg(long)]
        keys_dir: PathBuf,
        /// Environment variable holding the key-file passphrase.
        #[arg(long)]
        passphrase_env: Option<String>,
    },
    /// Run the endpoint. Needs profile.json and receipt.key only (never the HPKE private key).
    Serve {
        /// Serving directory (profile.json, receipt.key); refused if it holds an HPKE key.
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
        /// KiB of request bodies a client address may burst (0 disables the byte limit).
        #[arg(long, default_value_t = ByteLimit::default().burst_kib)]
        rate_burst_kib: u32,
        /// KiB a client address earns back per second.
        #[arg(long, default_value_t = ByteLimit::default().kib_per_second)]
        rate_kib_per_sec: u32,
        /// A TLS terminator or load balancer in front of the endpoint, as an IP or CIDR
        /// (repeatable). Only for these peers is the forwarded client address believed, so
        /// clients behind them get separate limits.
        #[arg(long = "trusted-proxy", value_name = "IP|CIDR", value_parser = ClientAddressing::parse_proxy)]
        trusted_proxies: Vec<IpNet>,
        /// The header the trusted proxies write the client address into.
        #[arg(long, value_enum, default_value_t = ForwardedArg::XForwardedFor)]
        forwarded_header: ForwardedArg,
        /// MiB of envelopes stored per UTC day at most; beyond it new ones get 503 (0: no quota).
        #[arg(long, default_value_t = StorageLimits::default().daily_quota_bytes.unwrap_or(0) >> 20)]
        daily_quota_mib: u64,
        /// New envelopes get 503 while the data directory's filesystem has less than this
        /// many MiB free.
        #[arg(long, default_value_t = StorageLimits::default().min_free_bytes >> 20)]
        min_free_mib: u64,
        /// Seconds allowed for one request, upload included.
        #[arg(long, default_value_t = 30)]
        timeout_secs: u64,
    },
    /// Decrypt a page of stored requests and print it as JSON; every decryption is
    /// audit-logged. Envelopes that do not open are set aside (listed, never deleted).
    #[command(group(clap::ArgGroup::new("database").required(true).args(["dir", "db"])))]
    Open {
        /// Keys directory (with the hpke-*.key files).
        #[arg(long)]
        keys_dir: PathBuf,
        /// Serving directory, for its database DIR/hotline.db.
        #[arg(long)]
        dir: Option<PathBuf>,
        /// Database file (instead of DIR/hotline.db).
        #[arg(long)]
        db: Option<PathBuf>,
        /// Only this referral id.
        #[arg(long)]
        id: Option<String>,
        /// Only requests in this state (received, in_review, answered, closed).
        #[arg(long, value_parser = parse_state)]
        state: Option<ReferralState>,
        /// Only requests received on this UTC day (YYYY-MM-DD).
        #[arg(long, value_parser = parse_day)]
        day: Option<NaiveDate>,
        /// At most this many requests (the output's next_after continues).
        #[arg(long)]
        limit: Option<usize>,
        /// Continue after this stored id (next_after of the previous page).
        #[arg(long)]
        after: Option<String>,
        /// Environment variable holding the key-file passphrase.
        #[arg(long)]
        passphrase_env: Option<String>,
        /// Staff member recorded in the audit log (default: $USER).
        #[arg(long)]
        actor: Option<String>,
    },
    /// The staff inbox: a separate process beside `serve`, on an address of the hotline's own
    /// network, that unlocks the keys and serves the staff pages (login with password and
    /// authenticator code). Decrypted requests stay in its memory only.
    Inbox {
        /// Serving directory, for its database DIR/hotline.db (written by `serve`).
        #[arg(long)]
        dir: PathBuf,
        /// Keys directory (the hpke-*.key files and staff.db).
        #[arg(long)]
        keys_dir: PathBuf,
        /// Address to listen on (plain HTTP: put it behind TLS on any network but loopback).
        #[arg(long, default_value = "127.0.0.1:8788")]
        listen: SocketAddr,
        /// The address is not loopback because a TLS reverse proxy in front of it is the only
        /// way in. Without this, any other address is refused: the session cookie is `Secure`,
        /// so browsers would never send it over plain HTTP and nobody could log in.
        #[arg(long)]
        behind_tls_proxy: bool,
        /// Environment variable holding the key-file passphrase.
        #[arg(long)]
        passphrase_env: Option<String>,
        /// The staff's time zone (IANA name), for safe contact times.
        #[arg(long, default_value = "UTC")]
        time_zone: chrono_tz::Tz,
    },
    /// Staff accounts of the inbox (kept in KEYS_DIR/staff.db, which `serve` never reads).
    Staff {
        /// What to do.
        #[command(subcommand)]
        command: StaffCommand,
    },
    /// The audit log.
    Audit {
        /// What to do with it.
        #[command(subcommand)]
        command: AuditCommand,
    },
}

/// `staff` subcommands.
#[derive(Subcommand)]
enum StaffCommand {
    /// Add a staff member and print, once, their password, their authenticator link
    /// (otpauth://) and its QR code. The first account needs no login and must be an admin;
    /// every later one is added by an admin (`--as`, with their password and a current code).
    Add {
        /// Keys directory (where staff.db lives).
        #[arg(long)]
        keys_dir: PathBuf,
        /// Login name: a-z, 0-9, '.', '_', '-'.
        #[arg(long)]
        name: String,
        /// operator, supervisor or admin.
        #[arg(long, value_parser = parse_role)]
        role: reach_hotline::staff::Role,
        /// The name the authenticator app shows (default: "Reach inbox").
        #[arg(long, default_value = "Reach inbox")]
        issuer: String,
        /// The admin adding this account (not needed for the first one).
        #[arg(long = "as")]
        admin: Option<String>,
        /// Environment variable holding the admin's password.
        #[arg(long, requires = "admin")]
        password_env: Option<String>,
        /// The admin's current authenticator code.
        #[arg(long, requires = "admin")]
        code: Option<String>,
    },
}

fn parse_role(s: &str) -> Result<reach_hotline::staff::Role, String> {
    reach_hotline::staff::Role::parse(s).ok_or_else(|| "operator, supervisor or admin".to_owned())
}

fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// `audit` subcommands.
#[derive(Subcommand)]
enum AuditCommand {
    /// Check the audit log's hash chain: every row in order, none changed, none removed. Prints
    /// the rows checked and the head hash (write it down elsewhere; `--expect-head` later proves
    /// no row was cut from the end). Exits non-zero at the first break, naming the row.
    #[command(group(clap::ArgGroup::new("database").required(true).args(["dir", "db"])))]
    Verify {
        /// Serving directory, for its database DIR/hotline.db.
        #[arg(long)]
        dir: Option<PathBuf>,
        /// Database file (instead of DIR/hotline.db).
        #[arg(long)]
        db: Option<PathBuf>,
        /// A head printed by an earlier `verify` (64 hex): it must still be in the chain.
        #[arg(long, value_parser = parse_head)]
        expect_head: Option<[u8; reach_hotline::audit::HASH_LEN]>,
    },
}

fn parse_head(s: &str) -> Result<[u8; reach_hotline::audit::HASH_LEN], String> {
    hex::decode(s)
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or_else(|| "64 hex digits (a head printed by `audit verify`)".to_owned())
}

/// `--forwarded-header` values.
#[derive(Clone, Copy, clap::ValueEnum)]
enum ForwardedArg {
    /// X-Forwarded-For
    XForwardedFor,
    /// RFC 7239 Forwarded
    Forwarded,
}

fn parse_state(s: &str) -> Result<ReferralState, String> {
    ReferralState::parse(s).ok_or_else(|| format!("one of {}", ReferralState::SPELLINGS.join(", ")))
}

fn parse_day(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| format!("a day as YYYY-MM-DD: {e}"))
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
            keys_dir,
            name,
            endpoint,
            passphrase_env,
            insecure_no_passphrase,
        } => {
            let pass = passphrase(passphrase_env.as_deref())?;
            let protection = match pass.as_deref() {
                Some(p) => Protection::Passphrase(p),
                None if insecure_no_passphrase => Protection::InsecureNoPassphrase,
                None => return Err("give --passphrase-env or --insecure-no-passphrase".into()),
            };
            let profile = reach_hotline::init_dir(&dir, &keys_dir, &name, &endpoint, protection)
                .map_err(|e| e.to_string())?;
            println!("{}", profile.to_json());
            Ok(())
        }
        Command::Rotate {
            dir,
            keys_dir,
            passphrase_env,
        } => {
            let pass = passphrase(passphrase_env.as_deref())?;
            let profile =
                reach_hotline::rotate_key(&dir, &keys_dir, pass.as_deref().map(|s| s.as_str()))
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
            rate_burst_kib,
            rate_kib_per_sec,
            trusted_proxies,
            forwarded_header,
            daily_quota_mib,
            min_free_mib,
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
            config.byte_limit = (rate_burst_kib > 0).then_some(ByteLimit {
                burst_kib: rate_burst_kib,
                kib_per_second: rate_kib_per_sec.max(1),
            });
            config.addressing = ClientAddressing {
                trusted_proxies,
                header: match forwarded_header {
                    ForwardedArg::XForwardedFor => ForwardedHeader::XForwardedFor,
                    ForwardedArg::Forwarded => ForwardedHeader::Forwarded,
                },
            };
            config.storage = StorageLimits {
                daily_quota_bytes: (daily_quota_mib > 0).then_some(daily_quota_mib << 20),
                min_free_bytes: min_free_mib << 20,
            };
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
            keys_dir,
            dir,
            db,
            id,
            state,
            day,
            limit,
            after,
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
            let db = db
                .or_else(|| dir.map(|d| d.join(reach_hotline::DEFAULT_DB_FILE)))
                .ok_or("give --dir or --db")?;
            let page = reach_hotline::open_all(
                &keys_dir,
                &db,
                &OpenOptions {
                    passphrase: pass.as_deref().map(|s| s.as_str()),
                    actor: &actor,
                    only,
                    page: Page {
                        state,
                        day,
                        after,
                        limit,
                    },
                },
            )
            .map_err(|e| e.to_string())?;
            println!(
                "{}",
                serde_json::to_string_pretty(&page).map_err(|e| e.to_string())?
            );
            if let Some(next) = &page.next_after {
                eprintln!("reach-hotline: more may follow: --after {next}");
            }
            if !page.set_aside.is_empty() {
                return Err(format!(
                    "{} stored envelope(s) could not be opened and were set aside (see \"set_aside\"; nothing was deleted)",
                    page.set_aside.len()
                ));
            }
            Ok(())
        }
        Command::Inbox {
            dir,
            keys_dir,
            listen,
            behind_tls_proxy,
            passphrase_env,
            time_zone,
        } => {
            if !listen.ip().is_loopback() && !behind_tls_proxy {
                return Err(format!(
                    "the inbox serves plain HTTP and its login cookie is Secure, so on {listen} \
                     browsers would never log in (and the staff pages would cross the network \
                     unencrypted): listen on 127.0.0.1 and put a TLS reverse proxy in front of \
                     it, then pass --behind-tls-proxy if the proxy must reach another address"
                ));
            }
            let pass = passphrase(passphrase_env.as_deref())?;
            let keys =
                reach_hotline::load_hpke_keys(&keys_dir, pass.as_deref().map(|s| s.as_str()))
                    .map_err(|e| e.to_string())?;
            let staff =
                reach_hotline::staff::StaffDb::open(&keys_dir).map_err(|e| e.to_string())?;
            if staff.count().map_err(|e| e.to_string())? == 0 {
                return Err("no staff accounts yet: add the first admin with `reach-hotline staff add --keys-dir KEYS --name NAME --role admin`".into());
            }
            let db_path = dir.join(reach_hotline::DEFAULT_DB_FILE);
            if !db_path.is_file() {
                return Err(format!(
                    "{}: no database yet (start `serve` first)",
                    db_path.display()
                ));
            }
            let mut config = reach_hotline::inbox::InboxConfig::new(db_path, keys, staff);
            config.time_zone = time_zone;
            let rt = tokio::runtime::Runtime::new().map_err(|e| e.to_string())?;
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::bind(listen)
                    .await
                    .map_err(|e| format!("{listen}: {e}"))?;
                let inbox = reach_hotline::inbox::spawn_inbox(config, listener)
                    .await
                    .map_err(|e| e.to_string())?;
                eprintln!("reach-hotline: staff inbox on {}", inbox.url());
                shutdown_signal().await;
                inbox.shutdown().await;
                Ok::<(), String>(())
            })
        }
        Command::Staff {
            command:
                StaffCommand::Add {
                    keys_dir,
                    name,
                    role,
                    issuer,
                    admin,
                    password_env,
                    code,
                },
        } => {
            use reach_hotline::staff::{StaffDb, qr_for_terminal};
            if !keys_dir.is_dir() {
                return Err(format!("{}: no such keys directory", keys_dir.display()));
            }
            let db = StaffDb::open(&keys_dir).map_err(|e| e.to_string())?;
            let actor = match admin {
                None => None,
                Some(admin) => {
                    let password = password_env
                        .and_then(|var| std::env::var(var).ok())
                        .ok_or("give --password-env VAR, VAR holding your password")?;
                    let code = code.ok_or("give --code with your authenticator's current code")?;
                    Some(
                        db.login(&admin, &password, &code, unix_now())
                            .map_err(|e| e.to_string())?,
                    )
                }
            };
            let creds = db
                .add(actor.as_ref(), &name, role, &issuer)
                .map_err(|e| match e {
                    reach_hotline::staff::StaffError::Forbidden if actor.is_none() => {
                        "the first account must be an admin; later ones are added by an admin (--as NAME --password-env VAR --code CODE)".to_owned()
                    }
                    e => e.to_string(),
                })?;
            println!("Staff member {name} ({}) added.", role.as_str());
            println!(
                "Password (shown once; keep it in a password manager):\n  {}",
                creds.password.as_str()
            );
            println!("Authenticator app: scan this code, or enter the link below.");
            if let Some(qr) = qr_for_terminal(&creds.otpauth_uri) {
                println!("{qr}");
            }
            println!("{}", creds.otpauth_uri.as_str());
            Ok(())
        }
        Command::Audit {
            command:
                AuditCommand::Verify {
                    dir,
                    db,
                    expect_head,
                },
        } => {
            let db = db
                .or_else(|| dir.map(|d| d.join(reach_hotline::DEFAULT_DB_FILE)))
                .ok_or("give --dir or --db")?;
            match reach_hotline::audit::verify_file(&db, expect_head.as_ref())
                .map_err(|e| e.to_string())?
            {
                Ok(summary) => {
                    println!(
                        "audit log intact: {} row(s), head {}",
                        summary.rows,
                        hex::encode(summary.head)
                    );
                    Ok(())
                }
                Err(broken) => Err(format!("audit log broken: {broken}")),
            }
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

#[cfg(test)]
mod tests {
    use clap::CommandFactory as _;

    #[test]
    fn cli_definition_is_consistent() {
        super::Cli::command().debug_assert();
    }
}
