// The status screen: test ids of docs/ipc.md, and "Try again" on a refused request calls
// `retry` with that request's id (not `send_now`, which leaves refused requests alone).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  startServer, launch, newPage, axe, shotsDir, calculatorShown, waitForCalculator, goTo,
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
  await goTo(page, 'danger-title');
  await page.click(id('danger-no'));
  await page.click(id('need-shelter'));
  await goTo(page, 'contact-title');
  await page.click(id('contact-kind-call'));
  await page.fill(id('contact-phone'), '+9617112345');
  await goTo(page, 'consent-title');
  await page.click(id('consent-hotline-only'));
  await goTo(page, 'review-title');
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
