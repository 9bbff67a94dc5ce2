// Shared harness for the UI's browser tests: a tiny static server for ui/dist, headless
// Debian Chromium through playwright-core, an in-memory mock of the Tauri IPC contract
// (docs/ipc.md), axe-core scans, layout checks, and `goTo`: a screen reached by its heading's
// `data-screen` id through the step navigation, never by counting presses.
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readFile, mkdtemp, mkdir, rm } from 'node:fs/promises';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join, extname, dirname, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = normalize(join(here, '..', '..'));
const dist = join(repoRoot, 'ui', 'dist');
export const shotsDir = join(repoRoot, 'target', 'ui-screenshots');
export const axePath = join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
  '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml',
};

/// The app's own CSP (src-tauri/tauri.conf.json), so that the browser tests load the UI under
/// the very policy the real WebView does, plus the hash of Trunk's inline loader in script-src,
/// as Tauri adds it. No inline styles at all; scripts only from the app itself and wasm.
const appCsp = JSON.parse(readFileSync(join(repoRoot, 'src-tauri', 'tauri.conf.json'), 'utf8'))
  .app.security.csp;
function csp(html) {
  const hashes = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)]
    .filter((m) => m[1].trim())
    .map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`);
  return appCsp.replace("script-src 'self' 'wasm-unsafe-eval'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`);
}

export async function startServer() {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error('ui/dist is missing: run `trunk build --release` in ui/ first');
  }
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path === '/favicon.ico') { res.writeHead(204).end(); return; }
    if (path === '/__axe.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(await readFile(axePath));
      return;
    }
    const file = normalize(join(dist, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dist)) { res.writeHead(403).end(); return; }
    try {
      const body = await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      if (extname(file) === '.html') headers['content-security-policy'] = csp(body.toString());
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

/// Headless Chromium at 360 × 640. `options` go to playwright's launchPersistentContext
/// (e.g. `{ javaScriptEnabled: false }`).
export async function launch(options = {}) {
  const userDataDir = await mkdtemp(join(tmpdir(), 'reach-ui-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 360, height: 640 },
    ...options,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  await mkdir(shotsDir, { recursive: true });
  return { context, close: async () => { await context.close(); await rm(userDataDir, { recursive: true, force: true }); } };
}

/// Every reference word list (crates/core/src/reference/<lang>.txt, the lists the core
/// reads), as its 9 longest words (a Vietnamese word is two syllables): the mock hands out a
/// language's longest words, so that the layout tests see the widest reference that language
/// can give. A language with no file has no list (digits only), as in
/// reach_core::reference::WORD_LIST_LANGUAGES.
const referenceDir = join(repoRoot, 'crates', 'core', 'src', 'reference');
export const longestReferenceWords = Object.fromEntries(readdirSync(referenceDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => {
    const lines = readFileSync(join(referenceDir, f), 'utf8').split('\n').map((l) => l.trim());
    // `# syllables: 2` (Vietnamese): a word is the line's first two syllables.
    const syllables = Number(lines.find((l) => /^#\s*syllables:/.test(l))?.split(':')[1] ?? 1);
    const words = lines.filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split(/\s+/).slice(0, syllables).join(' '));
    assert.equal(words.length, 256, f);
    return [f.slice(0, -4), [...words].sort((x, y) => y.length - x.length).slice(0, 9)];
  }));

/// The IPC contract in memory. `locale` is what app_state reports as the OS locale.
export function mockIpc(locale) {
  return `(() => {
    const st = { setup_done: false, unlocked: false, pin: null, duress: null, failed: 0, max: 10,
      drafts: new Map(), requests: [], submitted: [], n: 0, hotline: new Map(), locale: ${JSON.stringify(locale)},
      device_secret: 'keyring', speech: { ms: 300, end: 'spoken' }, voice: null };
    const stopVoice = () => { const v = st.voice; st.voice = null; if (v) v(); };
    const log = [];
    // The reference word lists, as their 9 longest words (longestReferenceWords).
    const lists = ${JSON.stringify(longestReferenceWords)};
    window.__mock = st;
    window.__ipcLog = log;
    const clone = (x) => (x === undefined ? null : JSON.parse(JSON.stringify(x)));
    const E164 = /^\\+[1-9][0-9]{6,14}$/;
    const validate = (r) => {
      const errs = [];
      const methods = (r && r.contact && r.contact.methods) || [];
      if (!methods.length) errs.push({ field: 'contact.methods', code: 'no_contact_method', max: null });
      methods.forEach((m, i) => {
        if ((m.kind === 'call' || m.kind === 'sms') && !E164.test(m.phone || ''))
          errs.push({ field: 'contact.methods[' + i + '].phone', code: 'invalid_phone', max: null });
      });
      if (r && r.message && r.message.length > 4000) errs.push({ field: 'message', code: 'too_long', max: 4000 });
      // The core's rule for a multi-line text (referral/validate.rs, check_text): no control
      // characters but new lines and tabs. Pasted text can carry them.
      if (r && r.message && /[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F]/.test(r.message))
        errs.push({ field: 'message', code: 'control_characters', max: null });
      return errs;
    };
    const locked = () => { if (!st.unlocked) throw { code: 'locked' }; };
    const wipe = () => { Object.assign(st, { setup_done: false, unlocked: false, pin: null, duress: null, requests: [], failed: 0, worker: null, handover: null }); st.drafts.clear(); };
    // The worker profile's rules (reach_core::store::checked_worker_profile): trimmed, an
    // empty channel dropped, an organisation of 1 to 200 characters.
    const workerProfile = (w) => {
      if (w === undefined || w === null) return null;
      if (typeof w !== 'object' || Array.isArray(w) || typeof w.organisation !== 'string'
        || (w.channel != null && typeof w.channel !== 'string')) throw { code: 'malformed' };
      const org = w.organisation.trim(), ch = (w.channel || '').trim();
      const fields = [];
      if (!org) fields.push({ field: 'assisted_by.organisation', code: 'empty', max: null });
      if ([...org].length > 200) fields.push({ field: 'assisted_by.organisation', code: 'too_long', max: 200 });
      if ([...ch].length > 200) fields.push({ field: 'assisted_by.channel', code: 'too_long', max: 200 });
      if (fields.length) throw { code: 'invalid', fields };
      return ch ? { organisation: org, channel: ch } : { organisation: org };
    };
    // One counter for every PIN entry (lock screen, change-PIN and emergency-PIN forms), as in
    // reach_core::app_lock: the last allowed wrong PIN wipes.
    const wrongPin = () => {
      st.failed += 1;
      if (st.failed >= st.max) { wipe(); return { result: 'wiped' }; }
      return { result: 'wrong_pin', remaining: st.max - st.failed };
    };
    // submit: the draft is checked, sealed (gone from the drafts) and queued; a made-up id.
    const seal = (draftId, step, shift) => {
      locked();
      const r = st.drafts.get(draftId);
      if (!r) throw { code: 'not_found' };
      st.sealing = r;
      const fields = validate(r);
      if (fields.length) throw { code: 'invalid', fields };
      st.drafts.delete(draftId);
      st.submitted.push(r);
      const id = Array.from({ length: 32 }, (_, i) => '0123456789abcdef'[(i * step + st.n + shift) % 16]).join('');
      st.requests.push({ id, state: 'saved', attempts: 0, problem: null, receipt_verified: false, hotline_state: null });
      return id;
    };
    const pinRule = (p) => { if (!/^[0-9]{6,12}$/.test(p || '')) throw { code: 'pin_too_short' }; };
    window.__TAURI_INTERNALS__ = { invoke: async (cmd, args) => {
      args = args || {};
      log.push({ cmd, args: clone(args) });
      switch (cmd) {
        case 'app_state': return { setup_done: st.setup_done, unlocked: st.unlocked, locale: st.locale,
          hotline_name: 'Test hotline', max_failed_unlocks: 10, failed_unlocks: 0,
          device_secret: st.setup_done ? st.device_secret : null };
        case 'setup':
          // The real set-up stretches the PIN with Argon2id (about a second on a phone).
          if (st.setupDelayMs) await new Promise((r) => setTimeout(r, st.setupDelayMs));
          if (st.setup_done) throw { code: 'already_set_up' };
          if (!/^[0-9]{6,12}$/.test(args.pin)) throw { code: 'pin_too_short' };
          if (args.duressPin != null && args.duressPin === args.pin) throw { code: 'duress_same_as_pin' };
          { const worker = workerProfile(args.worker);
            Object.assign(st, { pin: args.pin, duress: args.duressPin ?? null, setup_done: true, unlocked: true, worker }); }
          return null;
        case 'unlock':
          if (!st.setup_done) throw { code: 'not_set_up' };
          if (args.pin === st.pin) { st.unlocked = true; st.failed = 0; return { result: 'accepted' }; }
          if (st.duress && args.pin === st.duress) {
            st.drafts.clear(); st.requests = []; st.worker = null; st.handover = null; st.unlocked = true; return { result: 'accepted' };
          }
          return wrongPin();
        case 'lock': stopVoice(); st.unlocked = false; return null;
        case 'quick_exit': {
          stopVoice();
          // pending = the answers the autosave debounce has not sent yet: saved like
          // draft_save (to draftId if it names a draft, else a new one), THEN locked.
          // Always locks, never fails; a save that cannot happen is reported in the answer.
          const p = args.pending;
          let out = { saved: false, error: null };
          if (p !== undefined && p !== null) {
            if (typeof p !== 'object' || Array.isArray(p) || !p.referral || typeof p.referral !== 'object'
              || Array.isArray(p.referral) || (p.draftId != null && typeof p.draftId !== 'string')) {
              out = { saved: false, error: 'malformed' };
            } else if (!st.setup_done) {
              out = { saved: false, error: 'not_set_up' };
            } else if (!st.unlocked) {
              out = { saved: false, error: 'locked' };
            } else {
              const id = p.draftId != null && st.drafts.has(p.draftId) ? p.draftId : 'draft' + (++st.n);
              st.drafts.set(id, clone(p.referral));
              out = { saved: true, error: null };
            }
          }
          st.unlocked = false;
          return out;
        }
        case 'draft_new': { locked(); const id = 'draft' + (++st.n); st.drafts.set(id, { v: 1, contact: { methods: [] } }); return id; }
        case 'draft_save': locked(); if (!st.drafts.has(args.draftId)) throw { code: 'not_found' };
          st.drafts.set(args.draftId, clone(args.referral)); return null;
        case 'draft_load': locked(); if (!st.drafts.has(args.draftId)) throw { code: 'not_found' };
          return clone(st.drafts.get(args.draftId));
        case 'drafts': {
          locked();
          const ids = [...st.drafts.keys()];
          // A slow store (a phone busy elsewhere): the answer comes after the person's first tap.
          if (st.draftsDelayMs) await new Promise((r) => setTimeout(r, st.draftsDelayMs));
          return ids;
        }
        case 'draft_delete': locked(); st.drafts.delete(args.draftId); return null;
        case 'validate': return validate(args.referral);
        case 'submit': return seal(args.draftId, 7, 0);
        // The outreach reference (docs/protocol.md): the mock keeps what the real backend
        // derives — which request a reference finds — and the shell's argument checks.
        case 'submit_with_reference': {
          locked();
          if (typeof args.draftId !== 'string' || typeof args.lang !== 'string') throw { code: 'malformed' };
          const id = seal(args.draftId, 5, 3);
          const n = st.n++;
          // A language with a word list (or whose language without the region has one, as
          // fa-AF reads fa's: reach_core::reference::word_list) gets that list's 9 longest words
          // (the widest reference it can give), tagged with the list's language; any other,
          // digits only.
          // st.wordless: as for a locale added before its list (every locale has one today).
          const listLang = st.wordless ? null
            : [args.lang, args.lang.split('-')[0]].find((l) => Object.hasOwn(lists, l)) ?? null;
          const base = lists[listLang ?? 'en'];
          const words = base.map((_, i) => base[(i + n) % 9]);
          const digits = String(1000000000000000000000n + BigInt(n)).padStart(22, '0');
          (st.references = st.references || []).push({ words: words.join(' '), digits, id, words_lang: listLang });
          const answer = { referral_id: id, words: listLang ? words : null, words_lang: listLang, digits,
            child: st.sealing?.age_group === 'under_18' };
          // Kept until the person has it (the shell's AppState::keep_handover); the duress
          // PIN and wipes forget it. (The shell's 30-minute limit is its own test's.)
          st.handover = clone(answer);
          return answer;
        }
        case 'reference_again': locked(); return st.handover ? clone(st.handover) : null;
        case 'reference_handed_over': st.handover = null; return null;
        case 'check_reference': {
          locked();
          if (typeof args.typed !== 'string' || typeof args.lang !== 'string') throw { code: 'malformed' };
          const t = args.typed.trim().toLowerCase().split(/[\\s,.-]+/).filter(Boolean);
          const isDigits = t.length && t.every((x) => /^[0-9]+$/.test(x));
          if (isDigits && t.join('').length !== 22) throw { code: 'reference_digits' };
          // 9 words, and a Vietnamese word is two syllables (reach_core::reference::from_words).
          const counts = Object.values(lists).map((ws) => 9 * ws[0].split(' ').length);
          if (!isDigits && !counts.includes(t.length)) throw { code: 'reference_word_count' };
          // A word on no list: the shell names it (from 1). The mock knows each list's nine
          // longest words only, the ones it hands out.
          if (!isDigits) {
            const known = new Set(Object.values(lists).flatMap((ws) => ws.flatMap((w) => w.split(' '))));
            const at = t.findIndex((w) => !known.has(w));
            if (at >= 0) throw { code: 'reference_unknown_word', word: at + 1 };
          }
          // An app with no hotline set up (the backend: parsed first, then the client).
          if (st.noHotline) throw { code: 'no_hotline' };
          const hit = (st.references || []).find((r) => (isDigits ? r.digits === t.join('') : r.words === t.join(' ')));
          if (!hit) throw { code: 'reference_not_found' };
          const held = st.hotline.get(hit.id) || { state: 'received', replies: [] };
          // Typed as words: the list's language (the person's), for the answers to be shown in.
          return { number: hit.id.slice(0, 6), state: held.state, replies: clone(held.replies), unreadable: 0,
            words_lang: isDigits ? null : hit.words_lang };
        }
        case 'requests': return clone(st.requests);
        case 'send_now':
          for (const r of st.requests) if (r.state === 'saved')
            Object.assign(r, { state: 'received', attempts: r.attempts + 1, receipt_verified: true, hotline_state: 'received', problem: null });
          return null;
        case 'retry': {
          locked();
          const r = st.requests.find((x) => x.id === args.referralId);
          if (!r) throw { code: 'not_found' };
          if (r.state === 'needs_attention')
            Object.assign(r, { state: 'received', attempts: 0, receipt_verified: true, hotline_state: null, problem: null });
          return null;
        }
        case 'refresh_status': { const r = st.requests.find((x) => x.id === args.referralId);
          if (r) r.hotline_state = 'in_review'; return clone(r); }
        case 'send_feedback': case 'decline_feedback': {
          locked();
          const r = st.requests.find((x) => x.id === args.referralId);
          if (!r) throw { code: 'not_found' };
          if (r.hotline_state !== 'closed') throw { code: 'invalid' };
          if (!r.feedback_offer) throw { code: 'already_exists' };
          if (st.failFeedback) throw { code: 'database' };
          r.feedback_offer = false;
          if (cmd === 'send_feedback') (st.feedback = st.feedback || []).push(clone(args.answers));
          return null;
        }
        case 'connectivity_changed': return null;
        case 'set_duress_pin':
          locked();
          if (args.duressPin != null) pinRule(args.duressPin);
          if (args.pin !== st.pin) return wrongPin();
          if (args.duressPin != null && args.duressPin === st.pin) throw { code: 'duress_same_as_pin' };
          st.failed = 0; st.duress = args.duressPin ?? null; return { result: 'accepted' };
        case 'change_pin':
          locked();
          pinRule(args.newPin);
          if (args.currentPin !== st.pin) return wrongPin();
          if (st.duress && args.newPin === st.duress) throw { code: 'duress_same_as_pin' };
          st.failed = 0; st.pin = args.newPin; return { result: 'accepted' };
        case 'worker_profile': locked(); return clone(st.worker);
        case 'set_worker_profile': {
          locked();
          const worker = workerProfile(args.profile);
          // reach_core::app_lock::set_worker_profile: not off while a person's request is
          // unsent (a draft with assisted_by); before the PIN, not counted.
          if (!worker && [...st.drafts.values()].some((d) => d.assisted_by)) throw { code: 'worker_drafts_open' };
          if (args.pin !== st.pin) return wrongPin();
          st.failed = 0; st.worker = worker; return { result: 'accepted' };
        }
        case 'panic_wipe': stopVoice(); wipe(); return null;
        // Read aloud: the shell's checks (text 1..=2000 characters); the mock speaks nothing, but
        // answers as the shell does when the reading ends: after st.speech.ms with
        // st.speech.end ('spoken', or 'unavailable': the engine failed halfway), or 'stopped' at
        // once by stop_speaking, another speak, quick exit, lock or the wipe.
        case 'speak': {
          if (typeof args.text !== 'string' || !args.text.trim() || [...args.text].length > 2000) throw { code: 'malformed' };
          stopVoice();
          return new Promise((resolve) => {
            const timer = setTimeout(() => { st.voice = null; resolve(st.speech.end); }, st.speech.ms);
            st.voice = () => { clearTimeout(timer); resolve('stopped'); };
          });
        }
        case 'stop_speaking': stopVoice(); return null;
        default: throw { code: 'unknown_command' };
      }
    } };
  })();`;
}

/// A new page of the app with the IPC mocked. The app starts as what it must look like with no
/// data — first use, or after any wipe — the plain calculator, with nothing of the app in the
/// page; unless `openSetup` is false, "=" on the empty calculator (the way a person is told, in
/// docs/first-use.md) then opens set-up, as every flow starts.
export async function newPage(context, url, locale, { openSetup = true } = {}) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.addInitScript(mockIpc(locale));
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation',
    (e) => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI)));
  await page.goto(url);
  await page.waitForSelector('h1:visible');
  page.jsErrors = errors;
  await page.waitForFunction(() => window.__ipcLog.some((c) => c.cmd === 'app_state'));
  if (!(await calculatorShown(page)) || (await page.locator('.shell').count()) !== 0) {
    throw new Error('with no data the app must open as the plain calculator');
  }
  if (openSetup) await openSetupFromCalculator(page);
  return page;
}

/// Set-up with `pin` (no emergency PIN), ending on the language screen of the unlocked app.
export async function setUpWithPin(page, pin = '246813') {
  await page.waitForSelector('[data-testid="setup-pin"]');
  await page.fill('[data-testid="setup-pin"]', pin);
  await page.fill('[data-testid="setup-pin-confirm"]', pin);
  await page.click('[data-testid="setup-submit"]');
  await page.waitForSelector('[data-testid="lang-search"]');
}

/// "=" on the empty calculator opens set-up when there is no data. Pressed again if the app had
/// not yet heard from the backend that there is none (a real person would press again too).
export async function openSetupFromCalculator(page) {
  for (let i = 0; ; i++) {
    await page.click('[data-testid="calc-equals"]');
    try {
      await page.waitForSelector('[data-testid="setup-pin"]', { timeout: 1000 });
      return;
    } catch (e) {
      if (i >= 4) throw e;
    }
  }
}

/// Whether the calculator (the disguise) is what is SHOWN: in the page and rendered. Not its mere
/// presence: the UI may keep it mounted, hidden by CSS (body.qx shows it), while the app is open.
export async function calculatorShown(page) {
  return page.locator('#calculator').isVisible();
}

/// Waits until the calculator is shown (see `calculatorShown`).
export async function waitForCalculator(page, timeout = 5000) {
  await page.locator('[data-testid="calc-display"]').waitFor({ state: 'visible', timeout });
}

/// The page goes to the background (or comes back), as a WebView sees it: document.hidden and
/// document.visibilityState change, then `visibilitychange` fires.
export async function setPageHidden(page, hidden) {
  await page.evaluate((hidden) => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
    Object.defineProperty(document, 'visibilityState', { configurable: true,
      get: () => (hidden ? 'hidden' : 'visible') });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

/// The id of the screen shown now: its heading's `data-screen` (the same in every language).
export function screenId(page) {
  return page.evaluate(() => document.querySelector('main h1[data-screen]')?.dataset.screen ?? null);
}

/// Goes to the screen whose heading has `data-screen=target` (e.g. 'contact-title') with the step
/// navigation, as a person would: `next` until it is shown or there is no `next` (the end of the
/// form, or the danger check, whose own choices lead on: answer it, then goTo on), then `back`
/// until it is shown or there is no `back`. It answers nothing on the way. After each press it
/// waits until another screen is shown (no fixed sleeps), and it returns only once the target is
/// what is shown, so a lost or doubled press cannot leave a test on the wrong screen unnoticed.
/// At most `maxPresses` presses; fails naming the target and every screen passed.
export async function goTo(page, target, { maxPresses = 20, timeout = 5000 } = {}) {
  await page.waitForSelector('main h1[data-screen]', { timeout });
  let at = await screenId(page);
  const passed = [at];
  const fail = (why) => {
    throw new Error(`goTo(${JSON.stringify(target)}): ${why}; screens passed: ${passed.join(' → ')}`);
  };
  let dir = 'next';
  let end = null; // where `next` ran out
  let presses = 0;
  while (at !== target) {
    const button = page.locator(`.step-nav [data-testid="${dir}"]`);
    if ((await button.count()) === 0) {
      if (dir === 'back') fail(`not found with next (none after ${end}) nor back (none before ${at})`);
      dir = 'back';
      end = at;
      continue;
    }
    if (presses++ >= maxPresses) fail(`not reached in ${maxPresses} presses`);
    await button.click();
    try {
      await page.waitForFunction((b) => {
        const s = document.querySelector('main h1[data-screen]')?.dataset.screen;
        return !!s && s !== b;
      }, at, { timeout });
    } catch {
      fail(`${dir} on ${JSON.stringify(at)} did not change the screen within ${timeout} ms`);
    }
    at = await screenId(page);
    passed.push(at);
  }
}

/// axe-core: no serious or critical violations.
export async function axe(page) {
  if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ url: '/__axe.js' });
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/// Every visible button, link, input, select and textarea is at least 44 × 44 CSS px.
export async function smallTargets(page) {
  return page.evaluate(() => [...document.querySelectorAll('button, a[href], input, select, textarea')]
    .filter((el) => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
      return r.width > 2 && r.height > 2 && s.visibility !== 'hidden' && s.display !== 'none'; })
    .map((el) => { const r = el.getBoundingClientRect();
      return { el: el.outerHTML.slice(0, 80), w: Math.round(r.width), h: Math.round(r.height) }; })
    .filter((t) => t.w < 44 || t.h < 44));
}

/// Every field a person types into that would let the phone's keyboard suggest, autocorrect or
/// spell-check (and so learn) what is typed: each must say autocomplete="off",
/// autocorrect="off" and spellcheck="false" (docs/threat-model.md). Fields with no keyboard
/// (time, radio, checkbox, buttons) are not counted.
export async function learningFields(page) {
  return page.evaluate(() => [...document.querySelectorAll('input, textarea')]
    .filter((el) => el.tagName === 'TEXTAREA'
      || ['text', 'search', 'tel', 'email', 'password', 'number', 'url'].includes(el.type))
    .filter((el) => el.getAttribute('autocomplete') !== 'off'
      || el.getAttribute('autocorrect') !== 'off' || el.getAttribute('spellcheck') !== 'false'
      || el.spellcheck !== false)
    .map((el) => el.outerHTML.slice(0, 100)));
}

/// Runs `work` in the page with the root font at 200 % (the text size a person may set), once
/// the page has been laid out at that size, and puts the size back even if `work` throws. `work`
/// is page-side code (it is sent as source, so it may use nothing of Node's but `arg`, which
/// must be JSON) and may call the measures below: `overflowNow()` and `brokenWordsNow(pairs)`.
/// Sent as a string, not as a function, so that the measures come with it: a page's strict CSP
/// applies to neither (no `eval` runs in the page).
export function at200(page, work, arg = null) {
  return page.evaluate(`(async () => {
    const overflowNow = ${overflowNow};
    const brokenWordsNow = ${brokenWordsNow};
    const html = document.documentElement;
    html.style.fontSize = '200%';
    try {
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return await (${work})(${JSON.stringify(arg)});
    } finally {
      html.style.fontSize = '';
      if (!html.getAttribute('style')) html.removeAttribute('style');
    }
  })()`);
}

/// At 200% text: no horizontal scrolling (`over`, with the first elements too `wide`), no box
/// whose content sticks out of it (`spill`), and no word broken across two lines where it would
/// fit whole (`broken`, every text of the page; see `brokenWordsAt200`). One layout at 200 %.
export function overflowAt200(page) {
  return at200(page, () => ({ ...overflowNow(), broken: brokenWordsNow([['body', null]]).broken }));
}

/// At 200 % text, the words of each `[element, row]` pair's elements broken across two lines
/// although they would fit whole on a line of the row they sit in (the row's width less the
/// padding and borders between it and the word): a word broken so is misread. A word wider
/// than the whole row must still be broken, and is not counted. With how many elements each
/// pair matched, so a test sees that it looked.
///
/// A row of `null` means each text's own: the nearest box around it that is not laid out in a
/// flex row with others (a label beside its icon in a button beside its speaker has the whole
/// line of the three to share; a paragraph, a grid's cell or a table's cell has its own width).
/// Thai, Lao, Khmer and Burmese are written without spaces between words: their words are
/// found as the browser's own line breaking finds them, by its dictionary (`Intl.Segmenter`),
/// so a word broken there was broken by the page's CSS (`overflow-wrap: anywhere` in a box
/// narrowed by its neighbours), not by the language. Chinese and Japanese lines may break
/// between any two characters, as print does, so a text inside an element whose `lang` is one
/// of those is left out.
export function brokenWordsAt200(page, pairs) {
  return at200(page, (pairs) => brokenWordsNow(pairs), pairs);
}

// Page-side measures for `at200`: sent to the page as source, so they use nothing from here.

/// The page's horizontal overflow, the first elements too wide, and the boxes whose content
/// sticks out of them, as laid out now.
function overflowNow() {
  const over = document.documentElement.scrollWidth - document.documentElement.clientWidth;
  const wide = [...document.querySelectorAll('body *')].filter((el) => {
    const r = el.getBoundingClientRect();
    return r.width > 1 && (r.right > document.documentElement.clientWidth + 1 || r.left < -1);
  }).slice(0, 3).map((el) => el.outerHTML.slice(0, 80));
  // Boxes whose content sticks out of their sides (a button wider than the card it is in),
  // though the page itself does not scroll: each named by its tag and classes, with the
  // child that sticks out and its first words.
  const name = (el) => `${el.tagName.toLowerCase()}${[...el.classList].map((c) => `.${c}`).join('')}`;
  const spill = [...document.querySelectorAll('body *')].filter((el) => el.checkVisibility()
    && getComputedStyle(el).overflowX === 'visible' && el.clientWidth > 0
    && el.scrollWidth > el.clientWidth + 1)
    .map((el) => {
      const box = el.getBoundingClientRect();
      const out = [...el.children].find((c) => {
        const r = c.getBoundingClientRect();
        return r.width > 0 && (r.right > box.right + 1 || r.left < box.left - 1);
      });
      const what = out ?? el;
      return `${name(el)} (${el.scrollWidth} in ${el.clientWidth} px) by ${name(what)}: `
        + what.textContent.trim().slice(0, 40);
    });
  return { over, wide, spill };
}

/// `brokenWordsAt200`'s measure, at the text size the page has now.
function brokenWordsNow(pairs) {
  const px = (el, ...props) => props.reduce((n, p) => n + parseFloat(getComputedStyle(el)[p]), 0);
  const sides = (el) => px(el, 'paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth');
  const anyCharacter = /^(zh|ja)\b/;
  const byDictionary = /^(th|lo|km|my)\b/;
  // The words of `text` in `lang`, each `[index, word]`: the runs between spaces and dashes,
  // or in a language without spaces its dictionary's words (ICU's, as for line breaking).
  const wordsOf = (text, lang) => (byDictionary.test(lang)
    ? [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)]
      .filter((s) => s.isWordLike).map((s) => [s.index, s.segment])
    : [...text.matchAll(/[^\s\-‐–—]+[\-‐–—]?/g)].map((m) => [m.index, m[0]]));
  const ownRow = (el) => {
    for (let e = el; ; e = e.parentElement) {
      const d = getComputedStyle(e).display;
      const outer = e.parentElement && getComputedStyle(e.parentElement).display;
      if (!/^inline|contents/.test(d) && !/flex/.test(outer ?? '')) return e;
    }
  };
  const broken = [];
  const seen = [];
  for (const [sel, rowSel] of pairs) {
    seen.push(document.querySelectorAll(sel).length);
    for (const el of document.querySelectorAll(sel)) {
      const texts = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = texts.nextNode(); node; node = texts.nextNode()) {
        const at = node.parentElement;
        if (!at.checkVisibility() || at.closest('script, style, noscript, title')) continue;
        const lang = at.closest('[lang]')?.lang ?? '';
        if (anyCharacter.test(lang)) continue;
        // The room on a line of the word's row; measured only for a word found on two lines.
        const roomFor = () => {
          const row = rowSel ? el.closest(rowSel) : ownRow(at);
          let room = row.clientWidth - px(row, 'paddingLeft', 'paddingRight');
          for (let e = rowSel ? el : at; e && e !== row; e = e.parentElement) room -= sides(e);
          return room;
        };
        // A word, or the part of one up to its hyphen or dash (a line may break after one:
        // "08:00–" may end a line and "10:00" begin the next); a dictionary's word in Thai.
        for (const [index, word] of wordsOf(node.data, lang)) {
          const range = document.createRange();
          range.setStart(node, index);
          range.setEnd(node, index + word.length);
          if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size < 2) continue;
          const whole = document.createElement('span');
          whole.textContent = word;
          whole.style.whiteSpace = 'nowrap';
          at.append(whole);
          const width = whole.getBoundingClientRect().width;
          whole.remove();
          const room = roomFor();
          if (width <= room) {
            const where = rowSel ? sel : `${at.tagName.toLowerCase()}${[...at.classList].map((c) => `.${c}`).join('')}`;
            broken.push(`${where}: ${word} (${Math.round(width)} of ${Math.round(room)} px)`);
          }
        }
      }
    }
  }
  return { broken, seen };
}

/// The smallest valid request (no danger, shelter, a phone to call, the hotline only), from the
/// language screen to the review screen, through the test ids of docs/ipc.md.
export async function fillSmallestRequest(page) {
  const id = (t) => `[data-testid="${t}"]`;
  await answerFewestQuestions(page);
  await goTo(page, 'consent-title');
  await page.click(id('consent-hotline-only'));
  await goTo(page, 'review-title');
}

/// The questions every request answers at least, and no more: no danger now, shelter, a phone
/// to call (`phone`). Ends on the contact screen. (On a worker's phone these come before the
/// hand-over.)
export async function answerFewestQuestions(page, phone = '+9617112345') {
  const id = (t) => `[data-testid="${t}"]`;
  await goTo(page, 'danger-title');
  await page.click(id('danger-no'));
  await page.click(id('need-shelter'));
  await goTo(page, 'contact-title');
  await page.click(id('contact-kind-call'));
  await page.fill(id('contact-phone'), phone);
}
