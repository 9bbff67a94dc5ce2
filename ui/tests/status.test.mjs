// The status screen: test ids of docs/ipc.md, and "Try again" on a refused request calls
// `retry` with that request's id (not `send_now`, which leaves refused requests alone).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  startServer, launch, newPage, axe, shotsDir, calculatorShown, waitForCalculator, goTo,
  fillSmallestRequest,
} from './harness.mjs';

let srv;
let browser;
before(async () => { srv = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); srv?.server.close(); });

const id = (t) => `[data-testid="${t}"]`;

test('a refused request: "Try again" calls retry and the request is received', async () => {
  const page = await newPage(browser.context, srv.url, 'en-US');
  await page.waitForSelector(id('setup-title'));
  await page.fill(id('setup-pin'), '246813');
  await page.fill(id('setup-pin-confirm'), '246813');
  await page.click(id('setup-submit'));

  // The smallest request through the test ids the WebDriver test uses.
  await page.click(id('nav-status'));
  await page.click(id('new-request'));
  await page.waitForSelector('.choice.lang');
  await fillSmallestRequest(page);
  await page.click(id('submit'));
  await page.waitForSelector(`${id('status-list')} ${id('request-state')}[data-state="saved"]`);

  // The hotline refused it for good.
  const rid = await page.evaluate(() => {
    Object.assign(window.__mock.requests[0], { state: 'needs_attention', problem: 'http_403' });
    return window.__mock.requests[0].id;
  });
  await page.waitForSelector(`${id('request-state')}[data-state="needs_attention"]`);
  assert.match(await page.locator('.request .field-error').textContent(), /\S/);
  assert.deepEqual(await axe(page), []);
  await page.screenshot({ path: join(shotsDir, 'en-status-needs-attention.png'), fullPage: true });

  await page.click(id('retry'));
  await page.waitForSelector(`${id('request-state')}[data-state="received"]`);
  const calls = await page.evaluate(() => window.__ipcLog.filter((c) => c.cmd === 'retry'));
  assert.deepEqual(calls.map((c) => c.args), [{ referralId: rid }]);
  assert.equal(await page.locator(id('retry')).count(), 0);
  assert.deepEqual(page.jsErrors, []);
  await page.close();
});

test('every test id of docs/ipc.md is on its screen', async () => {
  const page = await newPage(browser.context, srv.url, 'en-US');
  for (const t of ['setup-title', 'setup-pin', 'setup-pin-confirm', 'setup-duress-pin', 'setup-submit', 'quick-exit']) {
    assert.equal(await page.locator(id(t)).count(), 1, t);
  }
  await page.fill(id('setup-pin'), '246813');
  await page.fill(id('setup-pin-confirm'), '246813');
  await page.click(id('setup-submit'));
  await page.waitForSelector(id('nav-status'));
  await page.keyboard.press('Escape');
  await waitForCalculator(page);
  assert.equal(await calculatorShown(page), true);
  // On the calculator screen: present once and shown (the calculator may stay mounted, hidden,
  // under the app; what counts is that it is what the person sees now).
  for (const t of [...Array.from({ length: 10 }, (_, d) => `calc-key-${d}`), 'calc-equals', 'calc-display']) {
    assert.equal(await page.locator(id(t)).count(), 1, t);
    assert.equal(await page.locator(id(t)).isVisible(), true, `${t} shown`);
  }
  // The app's content is not merely hidden: it leaves the page.
  await page.waitForSelector(id('quick-exit'), { state: 'detached', timeout: 2000 });
  assert.equal(await page.locator(id('quick-exit')).count(), 0, 'no app button on the calculator');
  for (const d of '246813') await page.click(id(`calc-key-${d}`));
  await page.click(id('calc-equals'));
  await page.waitForSelector(id('quick-exit'));
  assert.equal(await calculatorShown(page), false, 'the app, not the calculator, is shown');
  assert.deepEqual(page.jsErrors, []);
  await page.close();
});

/// Survivors' voices: under a request the hotline closed, the questions are offered once.
/// Faces can be chosen and cleared, nothing is required, a failed send keeps the answers and
/// says so, and after "Send" or "No, thanks" the offer is gone for good.
test('a closed request offers three optional questions once, in English and in Arabic', async () => {
  for (const [locale, dir] of [['en-US', 'ltr'], ['ar', 'rtl']]) {
    const page = await newPage(browser.context, srv.url, locale);
    await page.waitForSelector(id('setup-title'));
    await page.fill(id('setup-pin'), '246813');
    await page.fill(id('setup-pin-confirm'), '246813');
    await page.click(id('setup-submit'));
    await page.waitForSelector(id('nav-status'));
    const [closed, open] = await page.evaluate(() => {
      const mk = (n, hs, offer) => ({ id: String(n).repeat(32), state: 'received', attempts: 0, problem: null,
        receipt_verified: true, hotline_state: hs, replies: [], unreadable_replies: 0, feedback_offer: offer });
      window.__mock.requests.push(mk(1, 'closed', true), mk(2, 'in_review', false), mk(3, 'closed', true));
      return [window.__mock.requests[0].id, window.__mock.requests[1].id];
    });
    await page.click(id('nav-status'));
    await page.waitForSelector(id('feedback-offer'));
    assert.equal(await page.locator(id('feedback-offer')).count(), 2, 'only under the closed requests');
    assert.equal(await page.getAttribute('html', 'dir'), dir);
    const first = page.locator('li.request').first();
    await first.locator(id('feedback-start')).click();
    // Each question has a speaker that reads the question and its three answers.
    const helpedSpeaker = first.locator(`${id('feedback-helped')} legend ${id('speak')}`);
    await helpedSpeaker.click();
    await page.waitForFunction(() => window.__ipcLog.some((c) => c.cmd === 'speak'));
    const said = await page.evaluate(() => window.__ipcLog.filter((c) => c.cmd === 'speak').at(-1).args);
    for (const a of ['yes', 'partly', 'no']) {
      const label = (await first.locator(`${id(`feedback-helped-${a}`)} .label`).textContent()).trim();
      assert.ok(said.text.includes(label), `${said.text} lacks ${label}`);
    }
    await first.locator(id('feedback-helped-yes')).click();
    await first.locator(id('feedback-safe-no')).click();
    await first.locator(id('feedback-safe-no')).click(); // pressed again: cleared
    await first.locator(id('feedback-recommend-partly')).click();
    assert.equal(await first.locator(id('feedback-helped-yes')).getAttribute('aria-pressed'), 'true');
    assert.equal(await first.locator(id('feedback-safe-no')).getAttribute('aria-pressed'), 'false');
    // Faces and words, every target at least 44 px, nothing wider than the screen.
    const boxes = await first.locator('button.face').evaluateAll((bs) => bs.map((b) => {
      const r = b.getBoundingClientRect(); return [r.width, r.height, r.right];
    }));
    assert.equal(boxes.length, 9);
    for (const [w, h, right] of boxes) assert.ok(w >= 44 && h >= 44 && right <= 360, `${w}×${h} at ${right}`);
    assert.deepEqual(await axe(page), []);
    await page.evaluate(() => window.scrollTo(0, 0)); // else the sticky bar is drawn mid-shot
    await page.screenshot({ path: join(shotsDir, `${locale}-status-feedback.png`), fullPage: true });

    // The send fails once: the choices stay, an error says so.
    await page.evaluate(() => { window.__mock.failFeedback = true; });
    await first.locator(id('feedback-send')).click();
    await page.waitForSelector('.feedback [role="alert"]');
    assert.equal(await first.locator(id('feedback-helped-yes')).getAttribute('aria-pressed'), 'true');
    await page.evaluate(() => { window.__mock.failFeedback = false; });
    await first.locator(id('feedback-send')).click();
    await page.waitForSelector(id('feedback-thanks'));
    const sent = await page.evaluate(() => window.__ipcLog.filter((c) => c.cmd === 'send_feedback').map((c) => c.args));
    assert.deepEqual(sent.at(-1), { referralId: closed, answers: { helped: 'yes', recommend: 'partly' } });
    assert.equal(await page.locator(id('feedback-offer')).count(), 1, 'not offered again');

    // The other closed request: declined without opening the questions.
    await page.locator(id('feedback-decline')).click();
    await page.waitForFunction(() => !document.querySelector('[data-testid="feedback-offer"]'));
    const declined = await page.evaluate(() => window.__ipcLog.filter((c) => c.cmd === 'decline_feedback').map((c) => c.args));
    assert.equal(declined.length, 1);
    assert.notEqual(declined[0].referralId, open);
    assert.match(await page.locator(id('feedback-thanks')).textContent(), /\S/);
    assert.deepEqual(page.jsErrors, []);
    await page.close();
  }
});
