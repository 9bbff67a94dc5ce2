//! What a Linux screen reader (Orca) gets from the REAL app: the AT-SPI accessibility tree that
//! WebKitGTK exposes for the app's window. Ignored by default, like `webdriver`: it needs a
//! display, `tauri-driver`, `WebKitWebDriver`, the built UI, `dbus-daemon`, `at-spi2-core` and
//! `python3-gi` + `gir1.2-atspi-2.0` (all installed by `scripts/setup.sh`).
//!
//! ```sh
//! xvfb-run -a cargo test -p reach-app --features reach-app/custom-protocol \
//!     --test it -- --ignored --test-threads=1 atspi::
//! ```
//!
//! The test starts its own D-Bus session bus (the accessibility bus and the AT-SPI registry are
//! started on it by D-Bus activation, as on a desktop), drives the app through tauri-driver to
//! walk the screens, and at each one reads the tree with `atspi_tree.py` (Debian's
//! `/usr/bin/python3`; `REACH_PYTHON` overrides it). The names it expects are read from
//! `locales/*/main.ftl`, so a changed wording does not break it, but a lost label does.
//! Each tree read is saved to `target/atspi-trees/<step>.json` for a person to look at.
//!
//! WebKitGTK (2.44 and later) implements AT-SPI itself, in the web process: no environment
//! variable is needed to turn it on, but `NO_AT_BRIDGE` must not be set (GTK's bridge for the
//! window around the web view) and `AT_SPI_BUS_ADDRESS` must not point elsewhere.

use std::collections::BTreeMap;
use std::io::{BufRead as _, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::Locator;
use reach_e2e::driver::{DriverOptions, Output, kill_tree};
use reach_e2e::harness::Hotline;
use serde::Deserialize;

use crate::support::{PIN, click, connect, fill, id as css, repo, start_driver, wait_for};

/// Not the ports of `webdriver` (4444, and 4445 for its WebKitWebDriver), so that the two can
/// never collide.
const DRIVER_PORT: u16 = 4446;
const NATIVE_PORT: u16 = 4447;
/// The application's name on the accessibility bus (GLib's program name: the binary's name).
const APP_NAME: &str = "reach-app";

/// A private D-Bus session bus for this test: the app, its web process and the tree reader
/// meet on it, and nothing of the machine's own session (if any) is touched.
struct Bus {
    child: Child,
    address: String,
}

impl Bus {
    fn start() -> Self {
        use std::os::unix::process::CommandExt as _;
        let mut child = Command::new("dbus-daemon")
            .process_group(0)
            .args(["--session", "--nofork", "--nopidfile", "--print-address=1"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-daemon (Debian package dbus)");
        let mut address = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut address)
            .unwrap();
        let address = address.trim().to_owned();
        assert!(address.starts_with("unix:"), "dbus-daemon said {address:?}");
        Self { child, address }
    }
}

impl Drop for Bus {
    fn drop(&mut self) {
        // The services it activated (the accessibility bus, portals) leave with it.
        kill_tree(self.child.id(), self.child.id());
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `tauri-driver` on the test's own bus, with what the accessibility tree needs: WebKitGTK
/// speaks AT-SPI on the session bus unless told not to (`NO_AT_BRIDGE`) or sent to another
/// accessibility bus (`AT_SPI_BUS_ADDRESS`).
fn start_driver_on(bus: &Bus, data_dir: &Path, profile: &Path) -> reach_e2e::driver::Driver {
    start_driver(
        DriverOptions::new(DRIVER_PORT, NATIVE_PORT)
            .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
            .env_remove("NO_AT_BRIDGE")
            .env_remove("AT_SPI_BUS_ADDRESS")
            .env("REACH_DATA_DIR", data_dir)
            .env("REACH_HOTLINE_PROFILE", profile)
            .output(Output::Nothing),
    )
}

// ------------------------------------------------------------------------------ the tree

/// One accessible object as AT-SPI gives it to a screen reader (see `atspi_tree.py`).
#[derive(Debug, Deserialize)]
struct Node {
    role: String,
    name: String,
    description: String,
    attributes: BTreeMap<String, String>,
    states: Vec<String>,
    #[serde(default)]
    text: Option<String>,
    children: Vec<Node>,
}

impl Node {
    /// This node and all below it, depth first (document order).
    fn all(&self) -> Vec<&Node> {
        let mut out = vec![self];
        for c in &self.children {
            out.extend(c.all());
        }
        out
    }

    fn attr(&self, key: &str) -> Option<&str> {
        self.attributes.get(key).map(String::as_str)
    }

    fn has_state(&self, state: &str) -> bool {
        self.states.iter().any(|s| s == state)
    }

    /// The web page: the (only) "document web" object in the app's tree.
    fn document(&self) -> Option<&Node> {
        self.all().into_iter().find(|n| n.role == "document web")
    }

    fn find(&self, role: &str, name: &str) -> Option<&Node> {
        self.all()
            .into_iter()
            .find(|n| n.role == role && n.name == name)
    }

    /// The names of the level-1 headings.
    fn h1(&self) -> Vec<&str> {
        self.all()
            .into_iter()
            .filter(|n| n.role == "heading" && n.attr("level") == Some("1"))
            .map(|n| n.name.as_str())
            .collect()
    }

    /// All the text in this node and below it, in order.
    fn text_in(&self) -> String {
        let mut out = self.text.clone().unwrap_or_default();
        for c in &self.children {
            out.push_str(&c.text_in());
        }
        out
    }

    /// One line per node, indented: for failure messages.
    fn outline(&self, depth: usize, out: &mut String) {
        let attrs: Vec<String> = self
            .attributes
            .iter()
            .filter(|(k, _)| !["toolkit", "computed-role", "tag"].contains(&k.as_str()))
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        out.push_str(&format!(
            "{:indent$}[{}] {:?} {}\n",
            "",
            self.role,
            self.name,
            attrs.join(" "),
            indent = depth * 2
        ));
        for c in &self.children {
            c.outline(depth + 1, out);
        }
    }
}

/// Roles a person operates, so a screen reader must be able to say what each one is for.
const NEEDS_NAME: &[&str] = &[
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "entry",
    "password text",
    "combo box",
    "spin button",
    "slider",
    "link",
    "menu item",
];

/// The generic checks that apply to every screen: each control in the tree (on screen or
/// scrolled off it) has a name, and there is exactly one level-1 heading. Returns the problems
/// found (empty: none).
fn problems(doc: &Node) -> Vec<String> {
    let mut found = Vec::new();
    for n in doc.all() {
        if NEEDS_NAME.contains(&n.role.as_str()) && n.name.trim().is_empty() {
            found.push(format!(
                "a {} without an accessible name (attributes {:?})",
                n.role, n.attributes
            ));
        }
    }
    let h1 = doc.h1();
    if h1.len() != 1 {
        found.push(format!("{} level-1 headings: {h1:?}", h1.len()));
    }
    found
}

fn python() -> PathBuf {
    std::env::var_os("REACH_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/python3"))
}

/// The app's whole accessibility tree now, as JSON and parsed (`None` while the app is not on
/// the bus yet).
fn read_tree(bus: &Bus) -> Option<(Vec<u8>, Node)> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/it/atspi_tree.py");
    let out = Command::new(python())
        .arg(script)
        .arg(APP_NAME)
        .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
        .env_remove("AT_SPI_BUS_ADDRESS")
        .stderr(Stdio::inherit())
        .output()
        .expect("python3 with gi (Debian: python3-gi gir1.2-atspi-2.0)");
    match out.status.code() {
        Some(0) => {
            let tree = serde_json::from_slice(&out.stdout).expect("the tree as JSON");
            Some((out.stdout, tree))
        }
        Some(2) => None,
        _ => panic!("atspi_tree.py failed: {}", out.status),
    }
}

/// Reads the tree until the web page in it satisfies `ready` (the tree follows the page
/// asynchronously), saves it as `target/atspi-trees/<step>.json` and returns its document.
/// Fails with the tree's outline after `secs`.
fn wait_tree(bus: &Bus, step: &str, secs: u64, ready: impl Fn(&Node) -> bool) -> Node {
    let deadline = Instant::now() + Duration::from_secs(secs);
    loop {
        let tree = read_tree(bus);
        let done = tree
            .as_ref()
            .and_then(|(_, t)| t.document())
            .is_some_and(&ready);
        if done || Instant::now() > deadline {
            let Some((raw, tree)) = tree else {
                panic!("{step}: the app never appeared on the accessibility bus");
            };
            let dir = repo().join("target/atspi-trees");
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(dir.join(format!("{step}.json")), raw).unwrap();
            if !done {
                let mut outline = String::new();
                tree.outline(0, &mut outline);
                panic!("{step}: the tree never became ready:\n{outline}");
            }
            return take_document(tree).unwrap();
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

fn take_document(n: Node) -> Option<Node> {
    if n.role == "document web" {
        return Some(n);
    }
    n.children.into_iter().find_map(take_document)
}

/// Panics with the outline when `ok` is false.
#[track_caller]
fn check(doc: &Node, ok: bool, what: &str) {
    if !ok {
        let mut outline = String::new();
        doc.outline(0, &mut outline);
        panic!("{what}\n{outline}");
    }
}

/// Waits for the screen whose one level-1 heading is `heading` (focused, when the screen was
/// just navigated to: the UI moves focus there, so a screen reader starts reading the new
/// screen), then runs the generic checks, and checks the disguise: the document is named
/// "Calculator" whatever is shown. Returns the document.
#[track_caller]
fn screen(bus: &Bus, step: &str, heading: &str, focused: bool) -> Node {
    let doc = wait_tree(bus, step, 15, |d| {
        let h1: Vec<&Node> = d
            .all()
            .into_iter()
            .filter(|n| n.role == "heading" && n.attr("level") == Some("1"))
            .collect();
        h1.len() == 1 && h1[0].name == heading && (!focused || h1[0].has_state("focused"))
    });
    let p = problems(&doc);
    check(&doc, p.is_empty(), &format!("{step}: {p:#?}"));
    assert_eq!(doc.name, "Calculator", "{step}: the document's name");
    doc
}

/// A control with this role and name is in the tree.
#[track_caller]
fn control<'a>(doc: &'a Node, role: &str, name: &str) -> &'a Node {
    match doc.find(role, name) {
        Some(n) => n,
        None => {
            check(doc, false, &format!("no [{role}] named {name:?}"));
            unreachable!()
        }
    }
}

// ------------------------------------------------------------------------------ strings

/// A simple message (one line, no placeables) of `locales/<locale>/main.ftl`.
fn ftl(locale: &str, id: &str) -> String {
    let path = repo().join(format!("locales/{locale}/main.ftl"));
    let text = std::fs::read_to_string(&path).unwrap();
    text.lines()
        .find_map(|l| {
            let (k, v) = l.split_once('=')?;
            (k.trim_end() == id).then(|| v.trim().to_owned())
        })
        .unwrap_or_else(|| panic!("{id} not in {}", path.display()))
}

/// The name a locale gives itself (`-locale-name`), as on the language buttons.
fn locale_name(locale: &str) -> String {
    ftl(locale, "-locale-name")
}

// ------------------------------------------------------------------------------ the test

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs Xvfb, D-Bus, AT-SPI, tauri-driver, WebKitWebDriver and the built UI; run with --ignored"]
async fn a_screen_reader_gets_names_roles_and_live_regions_from_the_real_webview() {
    let started = Instant::now();
    let data = tempfile::tempdir().unwrap();
    // Never started: this test is about the screens, not delivery.
    let hotline = Hotline::new();
    let bus = Bus::start();
    let driver = start_driver_on(&bus, data.path(), &hotline.profile_path());
    let c = connect(&driver).await;
    let en = |id: &str| ftl("en", id);
    let ar = |id: &str| ftl("ar", id);

    // 1. First use: "=" on the plain calculator opens the PIN set-up screen. The PIN fields are
    //    password fields named by their visible labels; the quick exit is a button named and
    //    described as on screen.
    let deadline = Instant::now() + Duration::from_secs(15);
    while c.find(Locator::Css(&css("setup-title"))).await.is_err() {
        assert!(Instant::now() < deadline, "\"=\" did not open set-up");
        if let Ok(eq) = c.find(Locator::Css(&css("calc-equals"))).await {
            let _ = eq.click().await;
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    let doc = screen(&bus, "01-setup", &en("setup-title"), true);
    for label in [
        "setup-pin-label",
        "setup-pin-repeat-label",
        "setup-duress-label",
    ] {
        let field = control(&doc, "password text", &en(label));
        check(
            &doc,
            field.has_state("editable") && field.has_state("focusable"),
            &format!(
                "{label}: not an editable, focusable field: {:?}",
                field.states
            ),
        );
    }
    control(&doc, "push button", &en("setup-submit"));
    let qx = control(&doc, "push button", &en("quick-exit"));
    assert_eq!(
        qx.description,
        en("quick-exit-hint"),
        "quick exit's description"
    );
    for landmark in ["banner", "main"] {
        check(
            &doc,
            doc.all()
                .iter()
                .any(|n| n.role == "landmark" && n.attr("xml-roles") == Some(landmark)),
            &format!("no {landmark} landmark"),
        );
    }
    // The calculator is hidden while the app is shown: none of its keys reach a screen reader.
    check(
        &doc,
        doc.find("push button", "=").is_none(),
        "the calculator's keys are in the tree behind the set-up screen",
    );

    // An error is announced at once: PINs that differ give an alert (an assertive live
    // region) whose text is the message. (WebKitGTK 2.50 exposes no text at all for a
    // role="alert" element that is itself a flex container, so the UI puts the role on a plain
    // block around the flex row; this check caught that.)
    fill(&c, "setup-pin", PIN).await;
    fill(&c, "setup-pin-confirm", "482917").await;
    click(&c, "setup-submit").await;
    let mismatch = en("setup-mismatch");
    wait_tree(&bus, "01-setup-mismatch", 15, |d| {
        d.all().iter().any(|n| {
            n.role == "notification"
                && n.attr("xml-roles") == Some("alert")
                && n.attr("container-live") == Some("assertive")
                && n.text_in().contains(&mismatch)
        })
    });

    // 2. The first flow screen (language): toggle buttons named by each language's own name,
    //    English pressed.
    fill(&c, "setup-pin-confirm", PIN).await;
    click(&c, "setup-submit").await;
    wait_for(&c, "nav-status", 30).await;
    let doc = screen(&bus, "02-language", &en("lang-title"), true);
    control(&doc, "push button", &en("quick-exit"));
    control(&doc, "push button", &en("next"));
    control(&doc, "push button", &en("status-title"));
    let english = control(&doc, "toggle button", &locale_name("en"));
    check(
        &doc,
        english.has_state("pressed"),
        &format!("English not pressed: {:?}", english.states),
    );
    let arabic = control(&doc, "toggle button", &locale_name("ar"));
    check(&doc, !arabic.has_state("pressed"), "Arabic pressed");

    // 3. Right to left: after choosing Arabic, a screen reader reads the Arabic strings.
    click(&c, "lang-ar").await;
    let doc = screen(&bus, "03-language-ar", &ar("lang-title"), false);
    let qx = control(&doc, "push button", &ar("quick-exit"));
    assert_eq!(
        qx.description,
        ar("quick-exit-hint"),
        "quick exit's description (ar)"
    );
    control(&doc, "push button", &ar("next"));
    control(&doc, "push button", &ar("status-title"));
    control(&doc, "push button", &ar("settings-title"));
    let arabic = control(&doc, "toggle button", &locale_name("ar"));
    check(
        &doc,
        arabic.has_state("pressed"),
        &format!("Arabic not pressed: {:?}", arabic.states),
    );
    click(&c, "lang-en").await;
    screen(&bus, "04-language-en-again", &en("lang-title"), false);

    // 4. The age question (optional): its answers are toggle buttons named by their text.
    click(&c, "next").await;
    let doc = screen(&bus, "05-age", &en("age-title"), true);
    for answer in [
        "age-under_18",
        "age-18_to_25",
        "age-26_to_59",
        "age-60_plus",
    ] {
        control(&doc, "toggle button", &en(answer));
    }
    click(&c, "next").await;

    //    A question screen: its heading (level 1, focused) and its two big answers, named by
    //    their text alone (the icons add nothing to the names).
    let doc = screen(&bus, "05-danger", &en("danger-title"), true);
    control(&doc, "push button", &en("danger-yes"));
    control(&doc, "push button", &en("danger-no"));
    control(&doc, "push button", &en("back"));
    control(&doc, "push button", &en("quick-exit"));

    // 5. The status screen: the announcements are a polite live region (role status).
    click(&c, "nav-status").await;
    let doc = screen(&bus, "06-status", &en("status-title"), true);
    control(&doc, "push button", &en("status-new"));
    check(
        &doc,
        doc.all().iter().any(|n| {
            n.role == "status bar"
                && n.attr("live") == Some("polite")
                && n.attr("container-live") == Some("polite")
        }),
        "no polite live region (role status) on the status screen",
    );

    // 6. Quick exit: the calculator (its heading focused), and nothing of the app left for a
    //    screen reader to read.
    click(&c, "quick-exit").await;
    wait_for(&c, "calc-display", 5).await;
    let doc = screen(&bus, "07-calculator", &en("calc-label"), true);
    for key in [
        "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "=", "+", "−", "×", "÷", ".",
    ] {
        control(&doc, "push button", key);
    }
    control(&doc, "push button", &en("calc-clear"));
    for gone in [en("quick-exit"), en("status-title"), en("status-new")] {
        check(
            &doc,
            doc.all().iter().all(|n| n.name != gone),
            &format!("{gone:?} is still in the tree after quick exit"),
        );
    }
    // The display: a polite live region named "Result" whose text is what is shown.
    click(&c, "calc-key-7").await;
    let display = |d: &Node| {
        d.all()
            .into_iter()
            .find(|n| n.name == en("calc-display-label"))
            .map(|n| (n.attr("live").map(str::to_owned), n.text_in()))
    };
    let doc = wait_tree(&bus, "08-calculator-7", 15, |d| {
        display(d).is_some_and(|(_, text)| text == "7")
    });
    assert_eq!(
        display(&doc).unwrap().0.as_deref(),
        Some("polite"),
        "the display's live"
    );

    // 7. The checks can fail: a key whose label is lost, and a PIN field without a label, put
    //    into the real page, are both caught in the real tree.
    c.execute(
        "document.querySelector('[data-testid=\"calc-equals\"]').textContent = '';
         const i = document.createElement('input'); i.type = 'password';
         document.querySelector('.calculator').append(i);",
        vec![],
    )
    .await
    .unwrap();
    let doc = wait_tree(&bus, "09-broken-on-purpose", 15, |d| {
        d.find("push button", "=").is_none() && d.all().iter().any(|n| n.role == "password text")
    });
    let p = problems(&doc);
    assert!(
        p.iter().any(|p| p.starts_with("a push button without"))
            && p.iter().any(|p| p.starts_with("a password text without")),
        "the broken key and field were not caught: {p:#?}"
    );

    c.close().await.unwrap();
    eprintln!("atspi: done in {:.1} s", started.elapsed().as_secs_f64());
}
