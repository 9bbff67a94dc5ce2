// The UI's wasm is two modules (scripts/ui-wasm.sh): the first holds the calculator disguise and
// the app's shell, the second (`split_screens.wasm`) every screen behind the PIN and set-up. This
// checks the seam: the first module is fetched before the second, which comes once and without
// being asked for; with the second unreachable the calculator still works, and opening the app
// shows a plain error and a retry instead of a blank page; the retry then loads it. Each file
// carries an integrity hash (scripts/ui-integrity.mjs): a changed byte is refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  startServer, launch, newPage, mockIpc, shotsDir, setUpWithPin, axe, smallTargets, calculatorShown,
} from './harness.mjs';

let srv;
let browser;
before(async () => { srv = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); srv?.server.close(); });

const id = (t) => `[data-testid="${t}"]`;
const wasmName = (url) => new URL(url).pathname.split('/').pop();

test('the screens module is fetched once, after the first module, while the calculator shows', async () => {
  const fetched = [];
  const seen = (req) => { if (req.url().endsWith('.wasm')) fetched.push(wasmName(req.url())); };
  browser.context.on('request', seen);
  try {
    const page = await newPage(browser.context, srv.url, 'en-US', { openSetup: false });
    await page.waitForFunction(() => performance.getEntriesByType('resource')
      .some((e) => e.name.includes('split_screens')));
    assert.ok(await calculatorShown(page), 'the app showed before the PIN');
    assert.deepEqual(fetched, ['reach-ui_bg.wasm', 'split_screens.wasm']);
    // Opening set-up and the app fetches nothing more: it was already there.
    await page.click(id('calc-equals'));
    await setUpWithPin(page);
    assert.deepEqual(fetched, ['reach-ui_bg.wasm', 'split_screens.wasm']);
    assert.deepEqual(page.jsErrors, []);
    await page.close();
  } finally {
    browser.context.off('request', seen);
  }
});

test('the screens module unreachable: the calculator still works, the app says so, and the retry loads it', async () => {
  let block = true;
  await browser.context.route('**/split_*.wasm', (route) => (block ? route.abort() : route.continue()));
  try {
    const page = await newPage(browser.context, srv.url, 'en-US', { openSetup: false });
    // The startup's preload has failed by now: the calculator, from the first module, computes.
    await page.waitForFunction(() => performance.getEntriesByType('resource')
      .some((e) => e.name.includes('split_screens')));
    for (const k of ['calc-key-7', 'calc-mul', 'calc-key-6', 'calc-equals']) await page.click(id(k));
    assert.equal((await page.textContent(id('calc-display'))).trim(), '42');
    await page.click(id('calc-clear'));

    // "=" on the empty calculator opens set-up, which is in the unreachable module.
    await page.click(id('calc-equals'));
    await page.waitForSelector(id('load-failed'));
    assert.match(await page.textContent(id('load-failed')), /Something went wrong/);
    assert.equal(await page.getAttribute(id('load-failed'), 'role'), 'alert');
    assert.ok(await page.isVisible(id('quick-exit')), 'no quick exit on the error');
    assert.equal(await calculatorShown(page), false);
    await page.screenshot({ path: join(shotsDir, 'en-split-load-failed.png'), fullPage: true });
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(await smallTargets(page), []);

    // A second failure keeps the error (nothing cached half-way), then the module comes back.
    await page.click(id('load-retry'));
    await page.waitForSelector(id('load-failed'));
    block = false;
    await page.click(id('load-retry'));
    await page.waitForSelector(id('setup-pin'));
    assert.equal(await page.locator(id('load-failed')).count(), 0);
    await setUpWithPin(page);

    // The only errors logged are the blocked fetches themselves.
    assert.ok(page.jsErrors.length > 0, 'the blocked module logged nothing');
    for (const e of page.jsErrors) {
      assert.match(e, /Failed to fetch|ERR_FAILED|Failed to load resource/, `unexpected error: ${e}`);
    }
    await page.close();
  } finally {
    await browser.context.unrouteAll();
  }
});

/// Serves `pattern` with one byte changed in the middle (the length stays).
async function tamper(context, pattern) {
  await context.route(pattern, async (route) => {
    const res = await route.fetch();
    const body = Buffer.from(await res.body());
    body[body.length >> 1] ^= 0x01;
    await route.fulfill({ response: res, body });
  });
}

test('a changed byte in the screens module: refused by its hash, the plain error, nothing of it runs', async () => {
  await tamper(browser.context, '**/split_*.wasm');
  try {
    const page = await newPage(browser.context, srv.url, 'en-US', { openSetup: false });
    await page.click(id('calc-equals'));
    await page.waitForSelector(id('load-failed'));
    assert.equal(await page.locator(id('setup-pin')).count(), 0);
    assert.ok(page.jsErrors.some((e) => /integrity/i.test(e)), `no integrity error: ${page.jsErrors}`);
    await page.close();
  } finally {
    await browser.context.unrouteAll();
  }
});

for (const file of ['reach-ui_bg.wasm', 'reach-ui.js', 'boot.js']) {
  test(`a changed byte in ${file}: refused by its hash, nothing of the app runs`, async () => {
    await tamper(browser.context, `**/${file}`);
    try {
      const page = await browser.context.newPage();
      const errors = [];
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.addInitScript(mockIpc('en-US'));
      await page.goto(srv.url);
      await page.waitForFunction(() => performance.getEntriesByType('resource')
        .some((e) => e.name.endsWith('.wasm') || e.name.endsWith('.js')));
      await page.waitForTimeout(1000);
      assert.equal(await page.locator('#calculator').count(), 0, 'the app ran from a changed file');
      assert.ok(errors.some((e) => /integrity/i.test(e)), `no integrity error: ${errors}`);
      await page.close();
    } finally {
      await browser.context.unrouteAll();
    }
  });
}
