// Settings: change the PIN and the emergency PIN under the lock screen's rules (a wrong current
// PIN says how many tries are left, the last one wipes), in English and Arabic, with axe-core,
// 44 px targets and 200% text; the new PIN (and only it) opens the calculator afterwards.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  startServer, launch, newPage, axe, smallTargets, learningFields, overflowAt200, shotsDir, waitForCalculator,
  calculatorShown,
} from './harness.mjs';

let srv;
let browser;
before(async () => { srv = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); srv?.server.close(); });

async function setUp(page, pin) {
  await page.waitForSelector('[data-testid="setup-pin"]');
  await page.fill('[data-testid="setup-pin"]', pin);
  await page.fill('[data-testid="setup-pin-confirm"]', pin);
  await page.click('[data-testid="setup-submit"]');
  await page.waitForSelector('.choice.lang');
}

async function openSettings(page) {
  await page.click('[data-testid="nav-settings"]');
  await page.waitForSelector('[data-testid="pin-change"]');
}

async function typeOnCalculator(page, digits) {
  for (const d of digits) await page.click(`[data-testid="calc-key-${d}"]`);
  await page.click('[data-testid="calc-equals"]');
}

const notice = (page, n = 0) => page.locator('main .notice').nth(n).textContent();
const calls = (page, cmd) => page.evaluate((cmd) => window.__ipcLog.filter((c) => c.cmd === cmd).length, cmd);

async function changePin(page, current, next, again = next) {
  await page.fill('[data-testid="pin-current"]', current);
  await page.fill('[data-testid="pin-new"]', next);
  await page.fill('[data-testid="pin-new-again"]', again);
  await page.click('[data-testid="pin-change"]');
}

for (const [lang, locale] of [['en', 'en-GB'], ['ar', 'ar-EG']]) {
  test(`settings screen in ${lang}: accessible, 44 px targets, 200% text`, async () => {
    const page = await newPage(browser.context, srv.url, locale);
    await setUp(page, '246813');
    await openSettings(page);
    await changePin(page, '1111', '135791');
    await page.waitForSelector('main .notice');
    await page.screenshot({ path: join(shotsDir, `${lang}-settings-wrong-pin.png`), fullPage: true });
    assert.deepEqual(await axe(page), [], 'axe serious/critical violations');
    assert.deepEqual(await smallTargets(page), [], 'touch targets under 44 px');
    assert.deepEqual(await learningFields(page), [], 'fields the keyboard may learn from');
    const o = await overflowAt200(page);
    assert.ok(o.over <= 0, `horizontal overflow at 200% text: ${o.over}px ${o.wide}`);
    assert.deepEqual(o.broken, [], `words broken at 200% text`);
    assert.deepEqual(o.spill, [], `boxes spilling at 200% text`);
    assert.deepEqual(page.jsErrors, []);
  });
}

test('change PIN: mismatch and bad PINs cost nothing; a wrong current PIN counts; then only the new PIN opens', async () => {
  const page = await newPage(browser.context, srv.url, 'en-GB');
  await setUp(page, '246813');
  await openSettings(page);

  // Checked in the page, before any attempt is spent.
  await changePin(page, '246813', '135791', '135790');
  assert.match(await notice(page), /not the same/);
  await changePin(page, '246813', '12');
  assert.match(await notice(page), /6 to 12 numbers/);
  assert.equal(await calls(page, 'change_pin'), 0, 'no attempt spent on a typo');

  // A wrong current PIN: counted, and the person is told how many tries are left.
  await changePin(page, '1111', '135791');
  // (Fluent wraps the number in Unicode isolation marks; they are dropped before matching.)
  await page.waitForFunction(() => /After 9 more wrong PINs/.test(
    (document.querySelector('main .notice')?.textContent ?? '').replace(/[\u2068\u2069]/g, '')));
  assert.equal(await page.inputValue('[data-testid="pin-current"]'), '', 'the wrong PIN is cleared');
  assert.equal(await page.inputValue('[data-testid="pin-new"]'), '135791', 'the new PIN is kept');

  await changePin(page, '246813', '135791');
  await page.waitForFunction(() => /PIN is changed/.test(document.querySelector('main .notice')?.textContent ?? ''));
  assert.equal(await page.inputValue('[data-testid="pin-new"]'), '', 'PINs are not left in the form');

  // Quick exit, then the old PIN is just a number on the calculator; the new one opens.
  await page.click('[data-testid="quick-exit"]');
  await waitForCalculator(page);
  await typeOnCalculator(page, '246813');
  await page.waitForTimeout(200);
  assert.equal(await calculatorShown(page), true, 'the old PIN no longer opens the app');
  await page.click('[data-testid="calc-clear"]');
  await typeOnCalculator(page, '135791');
  await page.waitForSelector('.choice.lang');
  assert.deepEqual(page.jsErrors, []);
});

test('emergency PIN form: a double tap costs one attempt; the tenth wrong PIN anywhere wipes', async () => {
  const page = await newPage(browser.context, srv.url, 'en-GB');
  await setUp(page, '246813');
  await openSettings(page);

  await page.fill('#cur-pin', '1111');
  await page.fill('#new-duress', '975310');
  await page.locator('[data-testid="duress-save"]').dblclick();
  await page.waitForFunction(() => /more wrong PINs/.test(document.body.innerText));
  assert.equal(await calls(page, 'set_duress_pin'), 1, 'a double tap must not spend two attempts');

  // Right PIN: saved.
  await page.fill('#cur-pin', '246813');
  await page.fill('#new-duress', '975310');
  await page.click('[data-testid="duress-save"]');
  await page.waitForFunction(() => /emergency PIN is saved/.test(document.body.innerText));

  // Ten wrong PINs in a row at the change-PIN form: the last one wipes everything, and the app
  // goes back to an unused calculator (the next "=" offers set-up).
  for (let i = 0; i < 10; i++) {
    await changePin(page, '1111', '135791');
    if (i < 9) await page.waitForFunction((n) => window.__ipcLog.filter((c) => c.cmd === 'change_pin').length === n
      && !document.querySelector('[data-testid="pin-change"]').disabled, i + 1);
  }
  await waitForCalculator(page);
  assert.equal(await page.evaluate(() => window.__mock.setup_done), false, 'wiped');
  assert.equal(await page.locator('.shell').count(), 0, 'nothing of the app is left in the page');
  await page.click('[data-testid="calc-equals"]');
  await page.waitForSelector('[data-testid="setup-pin"]');
  assert.deepEqual(page.jsErrors, []);
});

async function layoutOk(page, what) {
  assert.deepEqual(await axe(page), [], `${what}: axe serious/critical violations`);
  assert.deepEqual(await smallTargets(page), [], `${what}: touch targets under 44 px`);
  const o = await overflowAt200(page);
  assert.ok(o.over <= 0, `${what}: horizontal overflow at 200% text: ${o.over}px ${o.wide}`);
  assert.deepEqual(o.broken, [], `${what}: words broken at 200% text`);
  assert.deepEqual(o.spill, [], `${what}: boxes spilling at 200% text`);
}

test('the language list in settings stays closed until opened, and switches the screens from there', async () => {
  const page = await newPage(browser.context, srv.url, 'en-GB');
  await setUp(page, '246813');
  await openSettings(page);
  const picker = page.locator('[data-testid="settings-language"]');
  const summary = page.locator('[data-testid="settings-language-open"]');
  const current = summary.locator('.current');
  // Closed: the chosen language in its own name, and no list between it and the other settings.
  assert.equal(await picker.evaluate((d) => d.open), false);
  assert.equal(await picker.locator('[data-testid="lang-ar"]').isVisible(), false);
  assert.equal((await current.textContent()).trim(), 'English');
  assert.equal(await current.getAttribute('lang'), 'en');
  const wipeTop = () => page.locator('#wipe').evaluate((b) => b.getBoundingClientRect().top + window.scrollY);
  const closedTop = await wipeTop();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(shotsDir, 'en-settings-language-closed.png'), fullPage: true });
  await layoutOk(page, 'closed');
  // Opened from the keyboard (it is a native disclosure: Enter on its summary), the search and
  // the whole list are there.
  await summary.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid="settings-language"]').open);
  assert.ok(await picker.locator('[data-testid="lang-search"]').isVisible());
  assert.ok(await picker.locator('.choice.lang').count() >= 64);
  assert.ok(await wipeTop() > closedTop + 3000, `the list, open, is long: ${closedTop} -> ${await wipeTop()}`);
  await layoutOk(page, 'open');
  // Choosing a language from it switches the screens; the summary names the new one.
  await picker.locator('[data-testid="lang-ar"]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'ar');
  assert.equal((await current.textContent()).trim(), 'العربية');
  assert.equal(await current.getAttribute('lang'), 'ar');
  assert.equal(await current.getAttribute('dir'), 'rtl');
  await picker.evaluate((d) => { d.open = false; });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(shotsDir, 'ar-settings-language-closed.png'), fullPage: true });
  await layoutOk(page, 'closed, in Arabic');
  assert.deepEqual(page.jsErrors, []);
});

test('settings says so when the device secret is only a file: less protected on this device', async () => {
  const page = await newPage(browser.context, srv.url, 'en-GB');
  await setUp(page, '246813');
  await openSettings(page);
  assert.equal(await page.locator('[data-testid="device-secret-file"]').count(), 0, 'keyring: nothing to say');
  // The same app whose store keeps its secret in the fallback file (app_state.device_secret).
  await page.evaluate(() => { window.__mock.device_secret = 'file'; });
  await page.click('[data-testid="nav-status"]');
  await openSettings(page);
  const note = page.locator('[data-testid="device-secret-file"]');
  await note.waitFor();
  assert.match(await note.textContent(), /Less protected on this device/);
  assert.deepEqual(await axe(page), [], 'axe serious/critical violations');
  assert.deepEqual(page.jsErrors, []);
});
