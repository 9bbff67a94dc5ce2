// The staff inbox (crates/hotline/src/inbox) in Chromium, as hotline staff use it: the README's
// demo (`xtask demo`) serves it with a demo admin; the test logs in with a password and an
// authenticator code computed here (RFC 6238), sees the list (danger first), opens a request,
// reads its safe-contact plan, changes its state and assigns it through the forms, and logs
// out: once with JavaScript and once with none at all (the pages use none). On every page:
// axe-core (no serious or critical violation), 44 px targets, no horizontal overflow at 360 px
// nor at 200% text, no script and no inline style, and a screenshot (target/ui-screenshots/
// staff-*.png).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  launch, axe, smallTargets, overflowAt200, shotsDir, repoRoot, axePath, startServer, newPage,
} from './harness.mjs';

/// The inbox has an Arabic locale once this file exists: its pages are then checked in Arabic,
/// mirrored, too.
const arabic = existsSync(join(repoRoot, 'crates', 'hotline', 'locales', 'ar', 'inbox.ftl'));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/// The xtask binary of the workspace's test build (`xtask/tests/cli.rs` makes `cargo test
/// --workspace` build it, with the workspace's features), brought up to date first: running it
/// directly reuses the tests step's build, where `cargo run -p xtask` would compile much of the
/// tree again for its own feature set.
const targetDir = process.env.CARGO_TARGET_DIR ?? join(repoRoot, 'target');
const xtask = join(targetDir, 'debug', 'xtask');
function buildXtask() {
  return new Promise((resolve, reject) => {
    const b = spawn('cargo', ['test', '--workspace', '--locked', '--features', 'reach-app/custom-protocol', '--no-run'],
      { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    b.stderr.on('data', (d) => { err += d; });
    b.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`building the workspace's tests failed:\n${err}`))));
  });
}

let tmp;
let demo;
let demoOutput = '';
/// `{ url, name, password, otpauth }`, written by the demo (`--inbox-info`).
let info;
let axeSource;

// ---------------------------------------------------------------------------------------------
// RFC 6238 (SHA-1, 6 digits, 30 s), as an authenticator app computes it.

function base32(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const out = [];
  let value = 0;
  let bits = 0;
  for (const c of text.replace(/=+$/, '').toUpperCase()) {
    const i = alphabet.indexOf(c);
    if (i < 0) throw new Error(`not base32: ${c}`);
    value = ((value << 5) | i) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

function totp(otpauth) {
  const uri = new URL(otpauth);
  assert.equal(uri.protocol, 'otpauth:');
  const p = uri.searchParams;
  assert.equal((p.get('algorithm') ?? 'SHA1').toUpperCase(), 'SHA1');
  assert.equal(p.get('digits') ?? '6', '6');
  assert.equal(p.get('period') ?? '30', '30');
  const key = base32(p.get('secret'));
  return (step) => {
    const counter = Buffer.alloc(8);
    counter.writeBigUInt64BE(BigInt(step));
    const h = createHmac('sha1', key).update(counter).digest();
    const o = h[h.length - 1] & 0x0f;
    const n = (((h[o] & 0x7f) << 24) | (h[o + 1] << 16) | (h[o + 2] << 8) | h[o + 3]) % 1_000_000;
    return String(n).padStart(6, '0');
  };
}

/// A code is good once per account (and no older one after it): each login of an account takes
/// a later time step than its one before: now, or the next one (the inbox accepts one step
/// either side of its clock), or, if that one was used too, the next after waiting for it.
/// So that the tests do not wait half a minute between logins, `before` makes a few more admins
/// through the accounts page (the real form) and each login takes an account that has a code
/// free now; only when every account has used its two it waits.
const accounts = [];
async function nextLogin() {
  for (;;) {
    const now = Math.floor(Date.now() / 30_000);
    const free = accounts.find((a) => a.lastStep <= now);
    if (free) {
      free.lastStep = Math.max(now, free.lastStep + 1);
      return { account: free, code: totp(free.otpauth)(free.lastStep) };
    }
    await sleep(1000);
  }
}

// ---------------------------------------------------------------------------------------------
// The demo, as a child process group.

before(async () => {
  axeSource = await readFile(axePath, 'utf8');
  tmp = await mkdtemp(join(tmpdir(), 'reach-staff-inbox-'));
  const infoPath = join(tmp, 'inbox.json');
  await buildXtask();
  demo = spawn(xtask, ['demo', '--dir', join(tmp, 'demo'),
    '--listen', '127.0.0.1:0', '--inbox-info', infoPath],
  { cwd: repoRoot, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  demo.stdout.on('data', (d) => { demoOutput += d; });
  demo.stderr.on('data', (d) => { demoOutput += d; });
  let exited = null;
  demo.on('exit', (code, signal) => { exited = code ?? signal; });
  // The first run may build xtask.
  const deadline = Date.now() + 20 * 60_000;
  while (!existsSync(infoPath)) {
    if (exited !== null) throw new Error(`xtask demo exited (${exited}) with no inbox:\n${demoOutput}`);
    if (Date.now() > deadline) throw new Error(`xtask demo wrote no ${infoPath} in 20 min:\n${demoOutput}`);
    await sleep(250);
  }
  info = JSON.parse(await readFile(infoPath, 'utf8'));
  for (const k of ['url', 'name', 'password', 'otpauth']) assert.ok(info[k], `inbox.json has no ${k}`);
  assert.match(info.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  // The code the demo printed is the one computed here (same secret, same algorithm).
  const printed = demoOutput.match(/a code valid now: (\d{6})/)?.[1];
  if (printed) {
    const step = Math.floor(Date.now() / 30_000);
    const near = [step - 2, step - 1, step].map(totp(info.otpauth));
    assert.ok(near.includes(printed), `printed code ${printed} is none of ${near}`);
  }
  // More admins, each with its own authenticator (see nextLogin), made the way an admin would.
  accounts.push({ name: info.name, password: info.password, otpauth: info.otpauth, lastStep: 0 });
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    const { account, code } = await nextLogin();
    assert.equal((await logIn(page, account.password, code, account.name)).status(), 200);
    for (let i = 1; i <= 3; i++) {
      await page.goto(`${info.url}/staff`);
      await page.fill('#new-name', `admin-${i}`);
      await page.selectOption('#new-role', 'admin');
      await submit(page, 'form.add-staff button[type=submit]');
      const password = (await page.locator('#password').textContent()).trim();
      const otpauth = (await page.locator('#otpauth').textContent()).trim();
      assert.match(otpauth, /^otpauth:\/\/totp\//, `admin-${i} was not made`);
      accounts.push({ name: `admin-${i}`, password, otpauth, lastStep: 0 });
    }
  } finally {
    await browser.close();
  }
}, { timeout: 21 * 60_000 });

after(async () => {
  if (demo && demo.exitCode === null && demo.signalCode === null) {
    const gone = new Promise((r) => demo.once('exit', r));
    try { process.kill(-demo.pid, 'SIGINT'); } catch { /* gone already */ }
    const kill = setTimeout(() => { try { process.kill(-demo.pid, 'SIGKILL'); } catch { /* gone */ } }, 5000);
    await gone;
    clearTimeout(kill);
  }
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------
// What every staff page must be.

/// Horizontal overflow now, and with the root font doubled; measured synchronously (reading
/// scrollWidth lays the page out), so that it works with the page's JavaScript off too, where
/// no animation frame or timer of ours would ever run.
function overflowNowAnd200(page) {
  return page.evaluate(() => {
    const html = document.documentElement;
    const now = html.scrollWidth - html.clientWidth;
    html.style.fontSize = '200%';
    const at200 = html.scrollWidth - html.clientWidth;
    // What sticks out, to say so in the failure.
    const wide = [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > html.clientWidth + 1
        || (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0))
      .slice(-3).map((el) => el.outerHTML.slice(0, 100));
    html.style.fontSize = '';
    html.removeAttribute('style');
    return { width: html.clientWidth, now, at200, wide };
  });
}

async function check(page, name, { js }) {
  assert.equal(await page.locator('script').count(), 0, `${name}: a <script> in the page`);
  assert.equal(await page.locator('[style]').count(), 0, `${name}: an inline style`);
  await page.screenshot({ path: join(shotsDir, `staff-${name}.png`), fullPage: true });
  assert.deepEqual(await smallTargets(page), [], `${name}: targets under 44 px`);
  const o = await overflowNowAnd200(page);
  assert.ok(o.width <= 360, `${name}: the page is ${o.width} px wide, not 360`);
  assert.ok(o.now <= 0, `${name}: horizontal overflow at 360 px: ${o.now}px`);
  assert.ok(o.at200 <= 0, `${name}: horizontal overflow at 200% text: ${o.at200}px ${JSON.stringify(o.wide)}`);
  if (js) {
    // axe-core (it awaits timers: only where the page runs script) through the DevTools
    // protocol: the page's CSP (rightly) admits no script of ours.
    if (!(await page.evaluate(() => !!window.axe))) await page.evaluate(axeSource);
    assert.deepEqual(await axe(page), [], `${name}: axe serious/critical violations`);
    const h = await overflowAt200(page);
    assert.ok(h.over <= 0, `${name}: horizontal overflow at 200% text: ${h.over}px ${h.wide}`);
    assert.deepEqual(h.broken, [], `${name}: words broken at 200% text`);
    assert.deepEqual(h.spill, [], `${name}: boxes spilling at 200% text`);
  }
}

/// A navigation by a form's button (a real submission, with or without JavaScript).
async function submit(page, button) {
  const [res] = await Promise.all([page.waitForNavigation(), page.locator(button).click()]);
  return res;
}

async function logIn(page, password, code, name = info.name) {
  const res = await page.goto(`${info.url}/login`);
  assert.equal(res.status(), 200);
  const headers = res.headers();
  assert.match(headers['content-security-policy'], /default-src 'none'/);
  assert.equal(headers['cache-control'], 'no-store');
  await page.fill('#name', name);
  await page.fill('#password', password);
  await page.fill('#code', code);
  return submit(page, 'form.login button[type=submit]');
}

/// The list's rows: danger ones first, then the rest.
async function rows(page) {
  return page.locator('table.requests tbody tr').evaluateAll((trs) => trs.map((tr) => ({
    danger: tr.classList.contains('danger'),
    flag: !!tr.querySelector('.flag.danger'),
    href: tr.querySelector('a')?.getAttribute('href'),
    text: tr.textContent,
  })));
}

async function seeList(page, name, js) {
  assert.equal(new URL(page.url()).pathname, '/');
  assert.equal(await page.locator('main h1').textContent(), 'Requests');
  const list = await rows(page);
  assert.equal(list.length, 3, 'the demo delivered three requests');
  assert.ok(list[0].danger && list[0].flag, 'a request in danger comes first, flagged');
  const firstCalm = list.findIndex((r) => !r.danger);
  assert.ok(firstCalm > 0 && list.slice(firstCalm).every((r) => !r.danger), 'danger first, then the rest');
  await check(page, name, { js });
  return list;
}

async function seeRequest(page, name, js) {
  assert.match(new URL(page.url()).pathname, /^\/r\/[0-9a-f]{32}$/);
  const safe = page.locator('section.safe-contact');
  assert.ok(await safe.isVisible(), 'the safe-contact section is shown');
  assert.equal(await safe.locator('h2').textContent(), 'Safe contact: read before any contact');
  assert.ok((await safe.locator('li').count()) >= 1, 'it lists the allowed ways to answer');
  assert.ok((await safe.locator('.now').count()) === 1, 'it says whether now is a safe time');
  await check(page, name, { js });
}

async function pass(context, { js }) {
  const tag = js ? '' : 'nojs-';
  const page = await context.newPage();
  const refused = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused/i.test(m.text())) refused.push(m.text());
  });

  // The login page; then a wrong password: the same page with a plain, announced refusal.
  if (js) {
    const res = await logIn(page, `${info.password}x`, '000000');
    assert.equal(res.status(), 401);
    assert.equal(new URL(page.url()).pathname, '/login');
    assert.equal(await page.locator('p.notice[role=alert]').textContent(), 'Wrong name, password or code.');
    await check(page, 'login-failed', { js });
    await page.goto(`${info.url}/login`);
    await check(page, 'login', { js });
  }

  // Log in: the list.
  const { account, code } = await nextLogin();
  const res = await logIn(page, account.password, code, account.name);
  assert.equal(res.status(), 200, `login refused: ${await page.locator('main').textContent()}`);
  const list = await seeList(page, `${tag}list`, js);

  // The request in danger.
  await submit(page, `a[href="${list[0].href}"]`);
  await seeRequest(page, `${tag}request`, js);
  const id = list[0].href.slice(3);

  // Its state and who has it, through the forms.
  const state = js ? 'answered' : 'in_review';
  const to = js ? info.name : '';
  await page.selectOption('#state', state);
  await submit(page, 'form[action$="/state"] button[type=submit]');
  assert.equal(page.url(), `${info.url}/r/${id}?done=state`);
  assert.equal(await page.locator('p.notice[role=status]').textContent(), 'State saved.');
  assert.equal(await page.locator('#state').inputValue(), state);
  await page.selectOption('#to', to === '' ? { index: 0 } : to);
  await submit(page, 'form[action$="/assign"] button[type=submit]');
  assert.equal(page.url(), `${info.url}/r/${id}?done=assigned`);
  assert.equal(await page.locator('p.notice[role=status]').textContent(), 'Assigned.');
  assert.equal(await page.locator('#to').inputValue(), to);
  assert.equal(await page.locator('#state').inputValue(), state);
  await check(page, `${tag}request-saved`, { js });

  // The list shows both.
  await submit(page, 'main a[href="/"]');
  const listed = await rows(page);
  const row = listed.find((r) => r.href === `/r/${id}`);
  assert.ok(row.text.includes(js ? 'Answered' : 'In review'), row.text);
  assert.ok(row.text.includes(js ? info.name : 'Nobody'), row.text);

  // A refusal: a request that does not exist.
  const missing = await page.goto(`${info.url}/r/${'0'.repeat(32)}`);
  assert.equal(missing.status(), 404);
  assert.equal(await page.locator('main h1').textContent(), 'There is no such request.');
  assert.equal(await page.locator('header form.logout').count(), 1, 'the refusal keeps the header');
  await check(page, `${tag}refusal`, { js });

  // Survivors' voices (the demo's seven answers of last month): totals only, small counts hidden.
  await page.goto(`${info.url}/`);
  await submit(page, 'header nav a[href="/voices"]');
  assert.equal(await page.locator('main h1').textContent(), "Survivors' voices");
  const tables = page.locator('table.voices');
  assert.equal(await tables.count(), 1, 'one ended month with enough answers');
  assert.match(await page.locator('main h2').first().textContent(), /: 7 answers$/);
  const cells = await tables.locator('tbody tr').evaluateAll((trs) => trs.map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => (td.classList.contains('hidden-count') ? 'hidden' : td.textContent))));
  // helped: yes 5, partly 2 -> the 2 is hidden, and the 5 with it; safe: yes 6, partly 1 -> both
  // hidden; recommend: yes 7.
  assert.deepEqual(cells, [['hidden', 'hidden', '0', '0'], ['hidden', 'hidden', '0', '0'], ['7', '0', '0', '0']]);
  await check(page, `${tag}voices`, { js });

  // Arabic, mirrored, once the inbox speaks it.
  if (arabic) {
    const ar = await context.newPage();
    await ar.setExtraHTTPHeaders({ 'Accept-Language': 'ar' });
    await ar.goto(`${info.url}/r/${id}`);
    assert.equal(await ar.evaluate(() => document.documentElement.dir), 'rtl');
    assert.equal(await ar.evaluate(() => document.documentElement.lang), 'ar');
    assert.ok(await ar.locator('section.safe-contact').isVisible());
    await check(ar, `${tag}request-ar`, { js });
    await ar.close();
  }

  // Log out: back at the login page, and the list asks for a login again.
  await page.goto(`${info.url}/`);
  await submit(page, 'form.logout button[type=submit]');
  assert.equal(new URL(page.url()).pathname, '/login');
  await page.goto(`${info.url}/`);
  assert.equal(new URL(page.url()).pathname, '/login');

  assert.deepEqual(refused, [], 'the pages broke their own CSP');
  await page.close();
}

test('staff inbox: log in, list, request, state, assignment, refusal, log out (with JavaScript)', async () => {
  const browser = await launch();
  try {
    await pass(browser.context, { js: true });
  } finally {
    await browser.close();
  }
});

test('staff inbox: the same with JavaScript off (the pages need none)', async () => {
  const browser = await launch({ javaScriptEnabled: false });
  try {
    await pass(browser.context, { js: false });
  } finally {
    await browser.close();
  }
});

// ---------------------------------------------------------------------------------------------
// The reply loop: phone → hotline → staff → phone.

/// Runs `xtask demo-phone`: the demo phone's core asks the demo hotline about each request (as
/// the app does after every sync), opens and checks the replies, and prints what the status
/// screen is given.
function phoneStatus() {
  return new Promise((resolve, reject) => {
    const child = spawn(xtask, ['demo-phone', '--dir', join(tmp, 'demo')],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`demo-phone: ${code}\n${err}`))));
  });
}

/// A message of a locale file, with `{ $name }` replaced from `args` (the text the app must show).
async function localeText(lang, id, args = {}) {
  const ftl = await readFile(join(repoRoot, 'locales', lang, 'main.ftl'), 'utf8');
  const line = ftl.split('\n').find((l) => l.startsWith(`${id} = `));
  assert.ok(line, `${lang} has ${id}`);
  return line.slice(id.length + 3).replace(/\{ *\$(\w+) *\}/g, (_, k) => args[k]);
}

/// Every file under `dir` (recursively) that holds `text` (UTF-8) anywhere.
async function filesHolding(dir, text) {
  const { readdir } = await import('node:fs/promises');
  const needle = Buffer.from(text, 'utf8');
  const hits = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath ?? e.path, e.name);
    if ((await readFile(path)).includes(needle)) hits.push(path);
  }
  return hits;
}

test('reply loop: staff find a request by filter, plan contact and reply; the phone reads it in Arabic', async () => {
  const browser = await launch();
  const noteMarker = 'NOTE-MARKER-5d1e';
  const secrets = [];
  let id;
  try {
    const page = await browser.context.newPage();
    const { account, code } = await nextLogin();
    const res = await logIn(page, account.password, code, account.name);
    assert.equal(res.status(), 200);
    // Found through the filters: the request written in Arabic.
    await page.selectOption('#language', 'ar');
    await submit(page, 'form.filters button[type=submit]');
    assert.equal(new URL(page.url()).searchParams.get('language'), 'ar');
    const found = await rows(page);
    assert.equal(found.length, 1, 'one request is in Arabic');
    await submit(page, `a[href="${found[0].href}"]`);
    id = found[0].href.slice(3);
    // The safe-contact plan cannot be missed: no voicemail, and whether now is a safe time.
    const safe = page.locator('section.safe-contact');
    assert.ok(await safe.isVisible());
    assert.ok(/voicemail/i.test(await safe.textContent()), 'the voicemail rule is shown');
    assert.equal(await safe.locator('.now').count(), 1);
    // What the person wrote (decrypted in the inbox's memory only), and a note with a marker:
    // after the whole flow, neither may be in any file the hotline or the phone wrote.
    secrets.push((await page.locator('dd.message').textContent()).trim().slice(0, 40));
    await page.fill('#note', `${noteMarker} call only after 18:00`);
    await submit(page, 'form[action$="/note"] button[type=submit]');
    secrets.push(noteMarker, 'Mira <b>will</b> call.');
    // Assign it, plan the contact.
    await page.selectOption('#to', info.name);
    await submit(page, 'form[action$="/assign"] button[type=submit]');
    await page.selectOption('#state', 'contact_planned');
    await submit(page, 'form[action$="/state"] button[type=submit]');
    assert.equal(await page.locator('#state').inputValue(), 'contact_planned');
    // The reply: a call on Tuesday between 10:00 and 12:00, the person's time, with a note.
    await page.selectOption('#reply-template', 'call_planned');
    await page.selectOption('#reply-day', 'tuesday');
    await page.fill('#reply-from', '10:00');
    await page.fill('#reply-to', '12:00');
    await page.fill('#reply-text', 'Mira <b>will</b> call.');
    await check(page, 'reply-form', { js: true });
    await submit(page, 'form[action*="/reply"] button[type=submit]');
    // Back at the reply section (the form's action carries its fragment).
    assert.equal(page.url(), `${info.url}/r/${id}?done=reply#reply-title`);
    assert.match(await page.locator('p.notice[role=status]').textContent(), /Reply sealed/);
    assert.equal(await page.locator('#state').inputValue(), 'answered');
    const sent = page.locator('ol.sent-replies li');
    assert.equal(await sent.count(), 1);
    assert.match(await sent.textContent(), /Tue.*10:00.*12:00/s);
    assert.match(await sent.textContent(), /Mira <b>will<\/b> call\./);
    await check(page, 'reply-sent', { js: true });

    // A refused reply keeps what was written and says why.
    await page.selectOption('#reply-template', 'message_planned');
    await page.selectOption('#reply-day', { index: 0 });
    await page.fill('#reply-text', 'keep these words');
    const refused = await submit(page, 'form[action*="/reply"] button[type=submit]');
    assert.equal(refused.status(), 400);
    assert.equal(new URL(page.url()).hash, '#reply-title', 'the refusal is shown where the form is');
    assert.match(await page.locator('#reply-error').textContent(), /needs a day and a time window/);
    assert.equal(await page.locator('#reply-text').inputValue(), 'keep these words');
    await check(page, 'reply-refused', { js: true });
  } finally {
    await browser.close();
  }

  // The phone's core fetches the reply, checks it came from the hotline's key, and keeps it.
  const views = await phoneStatus();
  const mine = views.find((v) => v.id === id);
  assert.ok(mine, `the phone knows ${id}`);
  assert.equal(mine.hotline_state, 'answered');
  assert.equal(mine.unreadable_replies, 0);
  assert.equal(mine.replies.length, 1);
  const reply = mine.replies[0];
  assert.deepEqual(
    { template: reply.template, day: reply.day, from: reply.from, to: reply.to, text: reply.text },
    { template: 'call_planned', day: 'tuesday', from: '10:00', to: '12:00', text: 'Mira <b>will</b> call.' },
  );

  // A forensic scan of everything the hotline (serve, inbox, keys directory) and the demo phone
  // wrote, databases and their WAL files included: no request words, note or reply in clear.
  assert.equal(secrets.length, 3);
  assert.ok(secrets[0].length >= 10, `a phrase of the request: ${secrets[0]}`);
  for (const text of secrets) {
    assert.deepEqual(await filesHolding(join(tmp, 'demo'), text), [], `"${text}" is on disk in clear`);
  }

  // The app shows it in the person's language, from its own locale (the staff wrote none).
  const srv = await startServer();
  const app = await launch();
  try {
    const page = await newPage(app.context, srv.url, 'ar');
    await page.waitForSelector('[data-testid="setup-title"]');
    await page.fill('[data-testid="setup-pin"]', '246813');
    await page.fill('[data-testid="setup-pin-confirm"]', '246813');
    await page.click('[data-testid="setup-submit"]');
    await page.evaluate((view) => { window.__mock.requests = [view]; }, mine);
    await page.click('[data-testid="nav-status"]');
    const shown = page.locator('[data-testid="reply"]');
    await shown.waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    const expected = await localeText('ar', 'reply-call_planned', {
      day: await localeText('ar', 'weekday-tue'), from: '10:00', to: '12:00',
    });
    const text = (await shown.locator('p').first().textContent()).replace(/[\u2068\u2069]/g, '');
    assert.equal(text, expected);
    assert.equal(await shown.locator('.reply-note').textContent(), 'Mira <b>will</b> call.');
    assert.equal(await shown.locator('.reply-note b').count(), 0, 'the note is text, never markup');
    assert.equal(
      await page.locator('[data-testid="hotline-state"]').textContent(),
      await localeText('ar', 'status-hotline-answered'),
    );
    // Heard, for a person who does not read well: the state, the hotline's state and its
    // message, in Arabic; never the staff's note (its language is not known).
    const item = page.locator('[data-testid="status-list"] li').first();
    const said = [
      await item.locator('[data-testid="request-state"]').textContent(),
      await item.locator('[data-testid="hotline-state"]').textContent(),
      await item.locator('.replies-title').textContent(),
      expected,
    ].map((t) => t.replace(/[\u2068\u2069]/g, '').trim()).join(' ');
    await item.locator('[data-testid="speak-request"]').click();
    await page.waitForFunction(() => window.__ipcLog.some((c) => c.cmd === 'speak'));
    const spoken = await page.evaluate(() => window.__ipcLog.filter((c) => c.cmd === 'speak').map((c) => c.args));
    assert.deepEqual(spoken.map((a) => ({ ...a, text: a.text.replace(/[\u2068\u2069]/g, '') })), [{ text: said, locale: 'ar' }]);
    assert.ok(!spoken[0].text.includes('Mira'));
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(await smallTargets(page), []);
    await page.screenshot({ path: join(shotsDir, 'ar-status-reply.png'), fullPage: true });
  } finally {
    await app.close();
    srv.server.close();
  }
});

test('staff accounts: an admin adds a colleague, whose login is shown once and works (with and without JavaScript)', async () => {
  for (const js of [true, false]) {
    const browser = await launch(js ? {} : { javaScriptEnabled: false });
    const tag = js ? '' : 'nojs-';
    try {
      const page = await browser.context.newPage();
      const { account, code } = await nextLogin();
      assert.equal((await logIn(page, account.password, code, account.name)).status(), 200);
      await submit(page, 'header a[href="/staff"]');
      assert.equal(new URL(page.url()).pathname, '/staff');
      await check(page, `${tag}accounts`, { js });
      // A name that cannot be used: refused, what was typed kept, said why.
      await page.fill('#new-name', 'Bad Name!');
      const refused = await submit(page, 'form.add-staff button[type=submit]');
      assert.equal(refused.status(), 400);
      assert.match(await page.locator('[role=alert]').textContent(), /cannot be used/);
      assert.equal(await page.locator('#new-name').inputValue(), 'Bad Name!');
      // A colleague: the login is shown once, with its QR code.
      const name = `op-${js ? 'js' : 'nojs'}`;
      await page.fill('#new-name', name);
      await page.selectOption('#new-role', 'operator');
      await submit(page, 'form.add-staff button[type=submit]');
      const password = await page.locator('#password').textContent();
      const otpauth = await page.locator('#otpauth').textContent();
      assert.match(otpauth, /^otpauth:\/\/totp\//);
      assert.equal(await page.locator('svg.qr').count(), 1);
      await check(page, `${tag}account-created`, { js });
      await page.close();
      // The colleague logs in with it (their own authenticator code).
      const theirs = await browser.context.newPage();
      await theirs.goto(`${info.url}/login`);
      await theirs.fill('#name', name);
      await theirs.fill('#password', password);
      await theirs.fill('#code', totp(otpauth)(Math.floor(Date.now() / 30_000)));
      const res = await submit(theirs, 'form.login button[type=submit]');
      assert.equal(res.status(), 200);
      assert.equal(new URL(theirs.url()).pathname, '/');
      // An operator has no accounts page.
      const denied = await theirs.goto(`${info.url}/staff`);
      assert.equal(denied.status(), 403);
    } finally {
      await browser.close();
    }
  }
});
