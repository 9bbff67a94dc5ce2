//! Where the app keeps its data and which hotline it talks to.

use std::path::PathBuf;
use std::time::Duration;

use reach_core::app_lock::LockPolicy;
use reach_core::profile::HotlineProfile;
use reach_core::store::{DeviceSecretKind, KdfParams};
use reach_core::sync::SyncConfig;

/// Environment variable naming the data directory (tests and the demo); otherwise the
/// platform's app-data directory is used.
pub const ENV_DATA_DIR: &str = "REACH_DATA_DIR";
/// Environment variable naming a hotline profile JSON file (the README's run command and the
/// end-to-end test); otherwise the profile embedded at build time, if any.
pub const ENV_HOTLINE_PROFILE: &str = "REACH_HOTLINE_PROFILE";

/// Whether [`ENV_DATA_DIR`] and [`ENV_HOTLINE_PROFILE`] are read: in debug and test builds, and
/// in a release build only with the `env-overrides` feature (the demo, the benchmarks). A
/// release build for people ignores them, so nothing outside the app can point it at another
/// folder or another hotline.
pub const ENV_OVERRIDES: bool = cfg!(any(debug_assertions, feature = "env-overrides"));

/// Environment variable that forces where new stores keep their device secret: `file` keeps
/// it beside the database (no keyring). Honoured where [`ENV_OVERRIDES`] is: debug builds (the
/// real-app tests) and the demo's and benchmarks' release builds, which run under Xvfb with no
/// desktop keyring to answer (D-Bus would start one that waits for an unlock prompt nobody
/// sees). A release build for people always prefers the OS keyring, so nobody can downgrade it
/// by setting a variable.
pub const ENV_DEVICE_SECRET: &str = "REACH_DEVICE_SECRET";

/// Where a NEW store keeps its device secret. An existing store always uses the kind it was
/// made with (`reach_core::store::secret_for_dir`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeviceSecretChoice {
    /// The OS keyring if one is reachable, else the file (reported as less protected).
    KeyringThenFile,
    /// The file only (tests; `REACH_DEVICE_SECRET=file` in debug builds).
    File,
}

impl DeviceSecretChoice {
    /// The kinds to try, in order.
    pub fn kinds(self) -> &'static [DeviceSecretKind] {
        match self {
            Self::KeyringThenFile => &[DeviceSecretKind::Keyring, DeviceSecretKind::File],
            Self::File => &[DeviceSecretKind::File],
        }
    }
}

/// The profile bundled at build time from `src-tauri/resources/hotline-profile.json`
/// (empty when the build had none). A partner hotline provisions it with
/// `reach-hotline init` (its `profile.json`); it holds only public keys.
const EMBEDDED_PROFILE: &str = include_str!(concat!(env!("OUT_DIR"), "/hotline-profile.json"));

/// Where the hotline profile came from, for diagnostics without content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProfileSource {
    /// `REACH_HOTLINE_PROFILE`.
    Env,
    /// Embedded at build time.
    Bundled,
    /// Given by the caller (tests).
    Explicit,
    /// None: drafts work, `submit` fails with `no_hotline`.
    None,
}

/// Everything the shell needs to start. Tests build one directly (no environment variables, so
/// parallel tests do not race); the app uses [`AppConfig::from_env`].
#[derive(Debug, Clone)]
pub struct AppConfig {
    /// Data directory; `None` = the platform's app-data directory, resolved at startup.
    pub data_dir: Option<PathBuf>,
    /// The hotline requests are sealed and delivered to.
    pub profile: Option<HotlineProfile>,
    /// Where the profile came from.
    pub profile_source: ProfileSource,
    /// Argon2id cost for new stores when not calibrated (tests use the insecure fast
    /// parameters), and the duress path's fresh store.
    pub kdf: KdfParams,
    /// Calibrate the Argon2id cost on this device at set-up (about 1 s, never below
    /// `KdfParams::FLOOR`) instead of using `kdf`. On in the app, off in tests.
    pub calibrate_kdf: bool,
    /// Where new stores keep their device secret.
    pub device_secret: DeviceSecretChoice,
    /// Wrong PINs before the wipe.
    pub lock_policy: LockPolicy,
    /// Delivery tunables.
    pub sync: SyncConfig,
    /// Longest sleep of the background sync loop between passes.
    pub poll_interval: Duration,
    /// The OS locale (BCP 47) for the UI's first language guess; `None` = ask the OS.
    pub locale: Option<String>,
    /// Whether a wipe also removes the platform's folders for this app (the WebView's data and
    /// cache, under the app's identifier). Off for tests that run many apps in one process on
    /// the developer's own account.
    pub wipe_app_folders: bool,
    /// The backend locks on its own after this long without any command from the UI: the
    /// backstop behind the UI's own idle lock (2 minutes, which saves the answers first), for
    /// a UI that hangs or a WebView that was killed.
    pub idle_lock: Duration,
    /// How long a reference a lock hid is kept for its person, from when it was made (30
    /// minutes: a phone call or a screen gone dark while it was copied, not a day).
    pub handover_kept: Duration,
    /// The offline speech engine's program; `None` = `espeak-ng` from the `PATH`.
    pub speech_program: Option<PathBuf>,
}

impl Default for AppConfig {
    fn default() -> Self {
        Self {
            data_dir: None,
            profile: None,
            profile_source: ProfileSource::None,
            kdf: KdfParams::default(),
            calibrate_kdf: true,
            device_secret: DeviceSecretChoice::KeyringThenFile,
            lock_policy: LockPolicy::default(),
            sync: SyncConfig::default(),
            poll_interval: Duration::from_secs(60),
            locale: None,
            wipe_app_folders: true,
            idle_lock: Duration::from_secs(150),
            handover_kept: Duration::from_secs(30 * 60),
            speech_program: None,
        }
    }
}

impl AppConfig {
    /// The app's configuration: `REACH_DATA_DIR`, `REACH_HOTLINE_PROFILE` or the embedded
    /// profile, default costs. An unusable profile is reported (without its content) and
    /// ignored: the person can still write drafts.
    pub fn from_env() -> Self {
        let var = |name: &str| {
            ENV_OVERRIDES
                .then(|| std::env::var_os(name))
                .flatten()
                .filter(|v| !v.is_empty())
        };
        let data_dir = var(ENV_DATA_DIR).map(PathBuf::from);
        let (profile, profile_source) = match var(ENV_HOTLINE_PROFILE) {
            Some(path) => (
                std::fs::read_to_string(&path)
                    .ok()
                    .and_then(|text| parse_profile(&text)),
                ProfileSource::Env,
            ),
            _ if !EMBEDDED_PROFILE.trim().is_empty() => {
                (parse_profile(EMBEDDED_PROFILE), ProfileSource::Bundled)
            }
            _ => (None, ProfileSource::None),
        };
        let profile_source = if profile.is_some() {
            profile_source
        } else {
            if profile_source != ProfileSource::None {
                eprintln!("reach: the hotline profile is unusable; requests can only be drafted");
            }
            ProfileSource::None
        };
        let device_secret = match std::env::var(ENV_DEVICE_SECRET) {
            Ok(v) if ENV_OVERRIDES && v == "file" => DeviceSecretChoice::File,
            _ => DeviceSecretChoice::KeyringThenFile,
        };
        Self {
            data_dir,
            profile,
            profile_source,
            device_secret,
            ..Self::default()
        }
    }

    /// A configuration for tests and embedding: this data directory and this profile, the
    /// device secret in a file (no keyring: tests must not touch the person's keyring), and
    /// no calibration.
    pub fn with(data_dir: PathBuf, profile: Option<HotlineProfile>) -> Self {
        Self {
            device_secret: DeviceSecretChoice::File,
            calibrate_kdf: false,
            data_dir: Some(data_dir),
            profile_source: if profile.is_some() {
                ProfileSource::Explicit
            } else {
                ProfileSource::None
            },
            profile,
            wipe_app_folders: false,
            ..Self::default()
        }
    }

    pub(crate) fn resolve(self, data_dir: PathBuf) -> ResolvedConfig {
        let locale = self
            .locale
            .or_else(sys_locale::get_locale)
            .unwrap_or_else(|| "en".to_owned());
        ResolvedConfig {
            data_dir,
            profile: self.profile,
            kdf: self.kdf,
            calibrate_kdf: self.calibrate_kdf,
            device_secret: self.device_secret,
            lock_policy: self.lock_policy,
            sync: self.sync,
            poll_interval: self.poll_interval,
            idle_lock: self.idle_lock,
            handover_kept: self.handover_kept,
            speech_program: self.speech_program,
            locale,
        }
    }
}

fn parse_profile(text: &str) -> Option<HotlineProfile> {
    let profile = HotlineProfile::from_json(text).ok()?;
    profile.validate().ok()?;
    Some(profile)
}

/// [`AppConfig`] with the data directory and locale resolved.
#[derive(Debug, Clone)]
pub(crate) struct ResolvedConfig {
    pub data_dir: PathBuf,
    pub profile: Option<HotlineProfile>,
    pub kdf: KdfParams,
    pub calibrate_kdf: bool,
    pub device_secret: DeviceSecretChoice,
    pub lock_policy: LockPolicy,
    pub sync: SyncConfig,
    pub poll_interval: Duration,
    pub idle_lock: Duration,
    pub handover_kept: Duration,
    pub speech_program: Option<PathBuf>,
    pub locale: String,
}
