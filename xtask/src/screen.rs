//! Quick exit timed on the screen, for `bench-app`: a real key press enters through the X server
//! (XTEST, the path a keyboard takes), and the X server's own pixels are polled until the app's
//! window shows the neutral screen. This includes everything the page cannot see about itself:
//! X → GTK → WebKit's UI process → web process → script → layout → paint → compositing → back to
//! the window. In-page timers (`performance.now()` in a `requestAnimationFrame`) only see the
//! middle of that path.
//!
//! Resolution: one poll is one `GetImage` of a band of the window (about 0.2–0.5 ms on Xvfb);
//! the figure is the time of the first poll that saw the pixels, so it over-reports by at most
//! one poll.

use std::time::{Duration, Instant};

use x11rb::connection::Connection as _;
use x11rb::protocol::xproto::{
    self, ConnectionExt as _, ImageFormat, InputFocus, MapState, Window,
};
use x11rb::protocol::xtest::ConnectionExt as _;
use x11rb::rust_connection::RustConnection;

use crate::Result;

/// X keysym of Escape.
pub const XK_ESCAPE: u32 = 0xff1b;
/// X keysym of the digit 5 (a calculator key: the reference measurement).
pub const XK_5: u32 = 0x35;

/// A rectangle in root-window coordinates.
#[derive(Debug, Clone, Copy)]
pub struct Rect {
    pub x: i16,
    pub y: i16,
    pub w: u16,
    pub h: u16,
}

/// A connection to the benchmark's own Xvfb.
pub struct Screen {
    conn: RustConnection,
    root: Window,
    /// Keysym → keycode for every key this module presses.
    keys: Vec<(u32, u8)>,
}

/// What one on-screen quick exit showed.
#[derive(Debug, Clone, Copy)]
pub struct ScreenExit {
    /// Key press sent → the first poll in which the watched pixels differ from before.
    pub first_change: Duration,
    /// Key press sent → the first poll showing the final (settled) neutral screen.
    pub settled: Duration,
    /// Distinct images seen between the old screen and the settled one (0: the neutral screen
    /// was the very first new frame; more: a blank or partial frame was shown in between).
    pub intermediate_frames: usize,
    /// Polls made until the settled image was first seen (resolution: settled / polls).
    pub polls: usize,
}

impl Screen {
    /// Connects to `display` (e.g. ":99") and finds the Escape key's keycode.
    pub fn connect(display: &str) -> Result<Self> {
        let (conn, n) = x11rb::connect(Some(display)).map_err(|e| format!("X connect: {e}"))?;
        let root = conn.setup().roots[n].root;
        conn.xtest_get_version(2, 2)
            .map_err(|e| format!("XTEST: {e}"))?
            .reply()
            .map_err(|e| format!("XTEST missing: {e}"))?;
        let (min, max) = (conn.setup().min_keycode, conn.setup().max_keycode);
        let map = conn
            .get_keyboard_mapping(min, max - min + 1)?
            .reply()
            .map_err(|e| format!("keyboard mapping: {e}"))?;
        let per = usize::from(map.keysyms_per_keycode.max(1));
        let mut keys = Vec::new();
        for sym in [XK_ESCAPE, XK_5] {
            let code = map
                .keysyms
                .chunks(per)
                .position(|syms| syms.first() == Some(&sym))
                .map(|i| min + i as u8)
                .ok_or_else(|| format!("no keycode for keysym {sym:#x}"))?;
            keys.push((sym, code));
        }
        Ok(Self { conn, root, keys })
    }

    /// The app's top-level window: the largest mapped child of the root (the benchmark's Xvfb
    /// runs nothing else and no window manager).
    pub fn app_window(&self) -> Result<(Window, Rect)> {
        let tree = self.conn.query_tree(self.root)?.reply()?;
        let mut best: Option<(Window, Rect, u32)> = None;
        for w in tree.children {
            let attrs = self.conn.get_window_attributes(w)?.reply()?;
            if attrs.map_state != MapState::VIEWABLE {
                continue;
            }
            let g = self.conn.get_geometry(w)?.reply()?;
            let area = u32::from(g.width) * u32::from(g.height);
            if best.as_ref().is_none_or(|b| area > b.2) {
                let r = Rect {
                    x: g.x,
                    y: g.y,
                    w: g.width,
                    h: g.height,
                };
                best = Some((w, r, area));
            }
        }
        best.map(|(w, r, _)| (w, r))
            .ok_or_else(|| "no mapped window on the screen".into())
    }

    /// Puts the pointer in the window and gives it the keyboard focus, as a click would.
    pub fn focus(&self, win: Window, r: Rect) -> Result<()> {
        let (cx, cy) = (r.x + (r.w / 2) as i16, r.y + (r.h / 2) as i16);
        self.conn
            .xtest_fake_input(xproto::MOTION_NOTIFY_EVENT, 0, 0, self.root, cx, cy, 0)?;
        self.conn
            .set_input_focus(InputFocus::POINTER_ROOT, win, x11rb::CURRENT_TIME)?;
        self.conn.get_input_focus()?.reply()?; // a round trip: both requests done
        Ok(())
    }

    /// The pixels of `r` (root coordinates), 32 bits each.
    pub fn grab(&self, r: Rect) -> Result<Vec<u8>> {
        Ok(self
            .conn
            .get_image(ImageFormat::Z_PIXMAP, self.root, r.x, r.y, r.w, r.h, !0)?
            .reply()?
            .data)
    }

    /// Presses and releases `keysym` ([`XK_ESCAPE`], [`XK_5`]) through XTEST, then polls
    /// `watch` until it changes and stays unchanged for `quiet`. Errors if nothing changes
    /// within `timeout`.
    pub fn press_and_watch(
        &self,
        keysym: u32,
        watch: Rect,
        quiet: Duration,
        timeout: Duration,
    ) -> Result<ScreenExit> {
        let key = self
            .keys
            .iter()
            .find(|(s, _)| *s == keysym)
            .map(|(_, c)| *c)
            .ok_or_else(|| format!("keysym {keysym:#x} not looked up"))?;
        let before = self.grab(watch)?;
        let t0 = Instant::now();
        self.conn
            .xtest_fake_input(xproto::KEY_PRESS_EVENT, key, 0, self.root, 0, 0, 0)?;
        self.conn
            .xtest_fake_input(xproto::KEY_RELEASE_EVENT, key, 0, self.root, 0, 0, 0)?;
        self.conn.flush()?;
        let mut polls = 0;
        let mut first_change = None;
        // Every distinct image after the first change, with the time it was first seen.
        let mut seen: Vec<(Duration, Vec<u8>)> = Vec::new();
        let mut polls_to_settle = 0;
        loop {
            let img = self.grab(watch)?;
            polls += 1;
            let t = t0.elapsed();
            if img != before {
                first_change.get_or_insert(t);
                if seen.last().is_none_or(|(_, last)| *last != img) {
                    polls_to_settle = polls;
                    seen.push((t, img));
                }
            }
            if let (Some(_), Some((since, _))) = (first_change, seen.last())
                && t.saturating_sub(*since) >= quiet
            {
                break;
            }
            if t > timeout {
                return Err(format!(
                    "the screen did not {} within {timeout:?} of the key press",
                    if first_change.is_none() {
                        "change"
                    } else {
                        "settle"
                    }
                )
                .into());
            }
        }
        let (settled, _) = seen.last().expect("a change was seen");
        Ok(ScreenExit {
            first_change: first_change.expect("a change was seen"),
            settled: *settled,
            intermediate_frames: seen.len() - 1,
            polls: polls_to_settle,
        })
    }
}
