// Quick exit (button and Escape) swaps in the calculator within one frame and calls quick_exit;
// the calculator really calculates and a PIN + "=" unlocks; drafts survive a lock; nothing is
// kept in web storage.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  startServer, launch, newPage, shotsDir, calculatorShown, waitForCalculator, goTo,
} from './harness.mjs';

let srv;
let browser;
before(async () => { srv = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); srv?.server.close(); });

async function setUp(page) {
  await page.waitForSelector('[data-testid="setup-pin"]');
  await page.fill('[data-testid="setup-pin"]', '246813');
  await page.fill('[data-testid="setup-pin-confirm"]', '246813');
  await page.click('[data-testid="setup-submit"]');
  await page.waitForSelector('.choice.lang');
}

async function press(page, keys) {
  for (const k of keys) await page.locator(`.key:text-is("${k}")`).first().click();
  // (by label on purpose: the operator keys are what a stranger sees)
}

/// Triggers `action` and, inside the next animation frame, reports what is on screen.
function exitWithin1Frame(page, action) {
  return page.evaluate((action) => new Promise((resolve) => {
    if (action === 'button') document.querySelector('[data-testid="quick-exit"]').click();
    else document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    const hiddenNow = document.body.classList.contains('qx');
    // Shown, not merely present: the calculator may stay mounted (hidden by CSS) under the app,
    // and a screen may be hidden by display or by visibility.
    const shown = (el) => !!el && el.getClientRects().length > 0
      && getComputedStyle(el).visibility !== 'hidden';
    requestAnimationFrame(() => {
      const shell = document.querySelector('.shell');
      resolve({
        hiddenNow,
        calculator: shown(document.querySelector('#calculator'))
          && shown(document.querySelector('[data-testid="calc-display"]')),
        shellVisible: shown(shell),
        text: document.body.innerText,
      });
    });
  }), action);
}

test('a quick exit while set-up is still stretching the PIN: the new PIN opens the app', async () => {
  const page = await newPage(browser.context, srv.url, 'en-GB');
  await page.waitForSelector('[data-testid="setup-pin"]');
  await page.evaluate(() => { window.__mock.setupDelayMs = 800; });
  await page.fill('[data-testid="setup-pin"]', '246813');
  await page.fill('[data-testid="setup-pin-confirm"]', '246813');
  await page.click('[data-testid="setup-submit"]');
  await page.click('[data-testid="quick-exit"]');
  await waitForCalculator(page);
  // Set-up finishes behind the calculator.
  await page.waitForFunction(() => window.__mock.setup_done === true);
  await page.waitForTimeout(100);
  // "=" on the empty calculator must not offer set-up again (the store exists now) ...
  await press(page, ['=']);
  await page.waitForTimeout(200);
  assert.equal(await page.locator('[data-testid="setup-pin"]').count(), 0, 'no second set-up');
  // ... and the PIN chosen there opens the app.
  await press(page, ['2', '4', '6', '8', '1', '3', '=']);
  await page.waitForSelector('.choice.lang', { timeout: 3000 });
  assert.ok(await page.locator('[data-testid="nav-status"]').isVisible());
  await page.close();
});

for (const how of ['button', 'escape']) {
  test(`quick exit by ${how} shows the calculator in the same frame`, async () => {
    const page = await newPage(browser.context, srv.url, 'en-GB');
    await setUp(page);
    await goTo(page, 'danger-title');
    await page.click('.choice.danger');
    await page.waitForSelector('#country');
    const r = await exitWithin1Frame(page, how);
    assert.equal(r.hiddenNow, true, 'content hidden synchronously (body class)');
    assert.equal(r.calculator, true, 'calculator shown within one frame');
    assert.equal(r.shellVisible, false, 'no app screen left');
    assert.ok(!/emergency|danger/i.test(r.text), r.text);
    // The backend is told right after that frame (the lock, with any unsaved answers).
    await page.waitForFunction(() => window.__ipcLog.some((c) => c.cmd === 'quick_exit'), null, { timeout: 2000 });
    assert.equal(await page.evaluate(() => window.__mock.unlocked), false, 'locked');
    // Not only hidden: the app's screens leave the page (right away, or just after that frame).
    await page.waitForSelector('.shell', { state: 'detached', timeout: 2000 });
    assert.equal(await page.locator('#country').count(), 0);
    assert.equal(await calculatorShown(page), true);
    await page.screenshot({ path: join(shotsDir, `en-quick-exit-${how}.png`) });
    // The form in memory is gone; the PIN opens the app again.
    await press(page, ['2', '4', '6', '8', '1', '3', '=']);
    await page.waitForSelector('.choice.lang');
    assert.deepEqual(page.jsErrors, []);
    await page.close();
  });
}

test('the calculator calculates; a wrong PIN is just a number; the PIN unlocks', async () => {
  const page = await newPage(browser.context, srv.url, 'en-US');
  await setUp(page);
  await page.keyboard.press('Escape');
  await waitForCalculator(page);
  await page.waitForSelector('.shell', { state: 'detached', timeout: 2000 }); // then a fresh calculator
  await press(page, ['1', '2', '+', '3', '=']);
  assert.equal(await page.locator('.display').textContent(), '15');
  await press(page, ['C', '7', '×', '6', '=']);
  assert.equal(await page.locator('.display').textContent(), '42');
  await press(page, ['9', '÷', '0', '=']);
  assert.equal(await page.locator('.display').textContent(), 'Error');
  await press(page, ['C', '1', '1', '1', '1', '=']);
  await page.waitForTimeout(100);
  assert.equal(await calculatorShown(page), true, 'wrong PIN keeps the calculator');
  assert.equal(await page.locator('.shell').count(), 0, 'wrong PIN opens nothing');
  assert.equal(await page.locator('.display').textContent(), '1111');
  await page.screenshot({ path: join(shotsDir, 'en-calculator.png') });
  await page.keyboard.type('246813=');
  await page.waitForSelector('.choice.lang');
  assert.deepEqual(page.jsErrors, []);
  await page.close();
});

test('a draft is saved, survives hide/lock, and reloads after unlock', async () => {
  const page = await newPage(browser.context, srv.url, 'en-US');
  await setUp(page);
  await goTo(page, 'danger-title');
  await page.click('.choices.big .choice:not(.danger)');
  await page.waitForSelector('.choices.grid');
  await page.locator('.choices.grid .choice').nth(2).click(); // medical
  // The page goes to the background: saved, locked, calculator.
  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await waitForCalculator(page);
  await page.waitForFunction(() => window.__ipcLog.some((c) => c.cmd === 'lock'));
  await page.waitForSelector('.shell', { state: 'detached', timeout: 2000 });
  const order = await page.evaluate(() => window.__ipcLog.map((c) => c.cmd).filter((c) => c === 'draft_save' || c === 'lock'));
  assert.equal(order.at(-1), 'lock');
  assert.ok(order.includes('draft_save'));
  await page.evaluate(() => { Object.defineProperty(document, 'hidden', { configurable: true, get: () => false }); });
  await page.keyboard.type('246813=');
  await page.waitForSelector('.choice.lang');
  await goTo(page, 'danger-title');
  await page.click('.choices.big .choice:not(.danger)');
  await page.waitForSelector('.choices.grid');
  assert.equal(await page.locator('.choices.grid .choice').nth(2).getAttribute('aria-pressed'), 'true');
  // Nothing in web storage, cookies or IndexedDB.
  const storage = await page.evaluate(async () => ({
    local: localStorage.length, session: sessionStorage.length, cookies: document.cookie,
    idb: (await indexedDB.databases()).length,
  }));
  assert.deepEqual(storage, { local: 0, session: 0, cookies: '', idb: 0 });
  assert.deepEqual(page.jsErrors, []);
  await page.close();
});

test('submit errors are shown next to the fields', async () => {
  const page = await newPage(browser.context, srv.url, 'en-US');
  await setUp(page);
  await goTo(page, 'danger-title');
  await page.click('.choices.big .choice:not(.danger)');
  await page.waitForSelector('.choices.grid');
  await goTo(page, 'contact-title');
  await page.waitForSelector('#quick-exit');
  await page.locator('.choices .choice').nth(1).click(); // call
  await page.fill('#phone', '12');
  await goTo(page, 'review-title');
  await page.waitForSelector('.submit');
  await page.waitForSelector('.review .field-error');
  assert.match(await page.locator('.review .field-error').first().textContent(), /phone number/);
  await page.click('.submit');
  await page.waitForSelector('.notice[role=alert]');
  assert.equal(await page.evaluate(() => window.__mock.requests.length), 0);
  await page.close();
});

test('online/offline reach connectivity_changed; a new request starts blank and separate', async () => {
  const page = await newPage(browser.context, srv.url, 'en-US');
  await setUp(page);
  await page.context().setOffline(true);
  await page.waitForFunction(() => window.__ipcLog.some((c) => c.cmd === 'connectivity_changed' && c.args.online === false));
  await page.context().setOffline(false);
  await page.waitForFunction(() => window.__ipcLog.some((c) => c.cmd === 'connectivity_changed' && c.args.online === true));
  // Person 1: a request submitted with only "check back in this app".
  await goTo(page, 'danger-title');
  await page.click('.choices.big .choice:not(.danger)');
  await page.locator('.choices.grid .choice').nth(1).click();
  await goTo(page, 'contact-title');
  await page.locator('.choices .choice').nth(0).click();
  await goTo(page, 'review-title');
  await page.click('.submit');
  await page.waitForSelector('.request');
  // Person 2: nothing of person 1's answers is shown or pre-filled.
  await page.locator('.actions .secondary').first().click();
  await page.waitForSelector('.choice.lang');
  await goTo(page, 'danger-title');
  await page.click('.choices.big .choice:not(.danger)');
  await page.waitForSelector('.choices.grid');
  assert.equal(await page.locator('.choices.grid .choice[aria-pressed=true]').count(), 0);
  assert.equal(await page.evaluate(() => window.__mock.submitted.length), 1);
  assert.deepEqual(page.jsErrors, []);
  await page.close();
});

test('the calculator speaks the phone\'s language, not the one chosen in the app', async () => {
  const page = await newPage(browser.context, srv.url, 'en-GB');
  await setUp(page);
  await page.click('.choice.lang[lang=ar]');
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  await page.keyboard.press('Escape');
  await waitForCalculator(page);
  // Already in the first frame: the calculator never showed the app's language.
  const calc = await page.evaluate(() => {
    const c = document.querySelector('#calculator');
    return { lang: c.lang, dir: c.dir, clear: document.querySelector('[data-testid="calc-clear"]').textContent.trim() };
  });
  assert.deepEqual(calc, { lang: 'en', dir: 'ltr', clear: 'C' });
  assert.deepEqual(page.jsErrors, []);
});
