// Read aloud: a speaker button beside each heading, question, choice and consent option, named
// by what it reads; a tap asks the shell to read the UI's own words in the screens' language;
// a language with no voice is never read in another's (the button says so); the first tap
// warns about headphones; the setting reads each screen's heading on arrival, and what the
// screen marks to be read with it (the consent's whole text). The shell's side
// (espeak-ng, stop on quick exit) is tested in src-tauri/tests/it/commands.rs and
// crates/core/tests/it/speech.rs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, launch, newPage, goTo, axe, smallTargets, overflowAt200, shotsDir } from './harness.mjs';
import { setUpWithPin } from './harness.mjs';

let srv;
let browser;
before(async () => { srv = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); srv?.server.close(); });

const setUp = (page) => setUpWithPin(page);
const spoken = (page) => page.evaluate(() => window.__ipcLog.filter((c) => c.cmd === 'speak').map((c) => c.args));
const clean = (s) => s.replace(/[\u2068\u2069]/g, '');

/// A fresh install set up with a PIN, its screens in `lang`.
async function setUpIn(lang, locale) {
  const page = await newPage(browser.context, srv.url, locale);
  await setUp(page);
  if (lang !== 'en') {
    await page.click(`[data-testid="lang-${lang}"]`);
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  }
  return page;
}

/// The same, on the danger question.
async function dangerScreenIn(lang, locale) {
  const page = await setUpIn(lang, locale);
  await goTo(page, 'danger-title');
  return page;
}

for (const [lang, locale] of [['en', 'en-GB'], ['ar', 'ar-EG']]) {
  test(`first use: how to open the app again, and the emergency PIN, are read in ${lang}`, async () => {
    const page = await newPage(browser.context, srv.url, locale);
    await page.waitForSelector('[data-testid="setup-pin"]');
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    const text = async (sel) => clean(await page.locator(sel).textContent()).trim();
    const intro = [await text('main .heading-row + p'), await text('main p.important')].join(' ');
    await page.click('[data-testid="speak-setup"]');
    await page.waitForFunction(() => window.__ipcLog.some((c) => c.cmd === 'speak'));
    assert.deepEqual(await spoken(page), [{ text: intro, locale: lang }]);
    const duress = [await text('main form h2'), await text('main form h2 + p')].join(' ');
    await page.click('[data-testid="speak-setup-duress"]');
    await page.waitForFunction(() => window.__ipcLog.filter((c) => c.cmd === 'speak').length === 2);
    assert.deepEqual((await spoken(page))[1], { text: duress, locale: lang });
    // A speaker inside the form never submits it.
    assert.equal(await page.evaluate(() => window.__ipcLog.filter((c) => c.cmd === 'setup').length), 0);
    assert.ok(await page.locator('[data-testid="setup-pin"]').isVisible());
    assert.deepEqual(await smallTargets(page), [], 'touch targets under 44 px');
    assert.deepEqual(await axe(page), [], 'axe serious/critical violations');
    assert.deepEqual(page.jsErrors, []);
  });
}

for (const [lang, locale] of [['en', 'en-GB'], ['ar', 'ar-EG']]) {
  test(`settings: what the emergency PIN and "delete everything" do is read in ${lang}`, async () => {
    const page = await setUpIn(lang, locale);
    await page.click('[data-testid="nav-settings"]');
    await page.waitForSelector('[data-testid="speak-settings-wipe"]');
    const said = async (speaker) => {
      // The section's heading and the paragraph under it.
      const [h, p] = await page.locator(`[data-testid="${speaker}"]`).evaluate((b) => {
        const para = b.previousElementSibling;
        return [para.previousElementSibling.textContent, para.textContent];
      });
      return clean(`${h.trim()} ${p.trim()}`);
    };
    for (const speaker of ['speak-settings-duress', 'speak-settings-wipe']) {
      const want = await said(speaker);
      const n = (await spoken(page)).length;
      await page.click(`[data-testid="${speaker}"]`);
      await page.waitForFunction((k) => window.__ipcLog.filter((c) => c.cmd === 'speak').length > k, n);
      assert.deepEqual((await spoken(page)).at(-1), { text: want, locale: lang }, speaker);
    }
    // Reading it deleted nothing.
    assert.equal(await page.evaluate(() => window.__ipcLog.filter((c) => c.cmd === 'panic_wipe').length), 0);
    assert.deepEqual(await smallTargets(page), [], 'touch targets under 44 px');
    assert.deepEqual(page.jsErrors, []);
  });
}

for (const [lang, locale] of [['en', 'en-GB'], ['ar', 'ar-EG']]) {
  test(`the emergency screen's intro and its note on the phone's call list are read in ${lang}`, async () => {
    const page = await dangerScreenIn(lang, locale);
    await page.click('.choice.danger');
    await page.waitForSelector('#country');
    const intro = clean(await page.locator('main .heading-row + p').textContent()).trim();
    const trace = clean(await page.locator('[data-testid="emergency-trace"]').textContent()).trim();
    assert.ok(intro.length > 0 && trace.length > 0);
    await page.click('[data-testid="speak-emergency-intro"]');
    await page.waitForFunction(() => window.__ipcLog.some((c) => c.cmd === 'speak'));
    assert.deepEqual(await spoken(page), [{ text: `${intro} ${trace}`, locale: lang }]);
    assert.deepEqual(await smallTargets(page), [], 'touch targets under 44 px');
    assert.deepEqual(await axe(page), [], 'axe serious/critical violations');
    assert.deepEqual(page.jsErrors, []);
  });
}

for (const [lang, locale] of [['en', 'en-GB'], ['ar', 'ar-EG']]) {
  test(`speaker buttons read the question and each choice in ${lang}`, async () => {
    const page = await dangerScreenIn(lang, locale);
    const heading = clean(await page.locator('h1[data-screen]').textContent());
    const speakers = page.locator('main [data-testid="speak"]');
    assert.ok(await speakers.count() >= 3, 'a speaker for the question and each answer');
    // Each is named by what it reads.
    const names = (await speakers.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).map(clean);
    assert.ok(names[0].includes(heading), `${names[0]} / ${heading}`);
    await speakers.nth(0).click();
    await page.waitForFunction(() => window.__ipcLog.some((c) => c.cmd === 'speak'));
    assert.deepEqual(await spoken(page), [{ text: heading, locale: lang }]);
    // The first tap warns about headphones (once).
    const notice = page.locator('main .notice[role="alert"]');
    assert.match(await notice.textContent(), lang === 'en' ? /headphones/ : /./);
    const yes = clean(await page.locator('[data-testid="danger-yes"] .label').textContent());
    await speakers.nth(1).click();
    await page.waitForFunction(() => window.__ipcLog.filter((c) => c.cmd === 'speak').length === 2);
    assert.deepEqual((await spoken(page))[1], { text: yes, locale: lang });
    await page.screenshot({ path: join(shotsDir, `${lang}-read-aloud-danger.png`), fullPage: true });
    assert.deepEqual(await axe(page), [], 'axe serious/critical violations');
    assert.deepEqual(await smallTargets(page), [], 'touch targets under 44 px');
    const o = await overflowAt200(page);
    assert.ok(o.over <= 0, `horizontal overflow at 200% text: ${o.over}px ${o.wide}`);
    assert.deepEqual(o.broken, [], `words broken at 200% text`);
    assert.deepEqual(o.spill, [], `boxes spilling at 200% text`);
    // The needs grid and the consent options have theirs too.
    await page.click('[data-testid="danger-no"]');
    await page.waitForSelector('h1[data-screen="needs-title"]');
    assert.ok(await page.locator('.choices.grid .choice-row [data-testid="speak"]').count() >= 10);
    await page.screenshot({ path: join(shotsDir, `${lang}-read-aloud-needs.png`), fullPage: true });
    assert.deepEqual(await smallTargets(page), [], 'touch targets under 44 px (needs)');
    const o2 = await overflowAt200(page);
    assert.ok(o2.over <= 0, `horizontal overflow at 200% text (needs): ${o2.over}px ${o2.wide}`);
    assert.deepEqual(o2.broken, [], `words broken at 200% text`);
    assert.deepEqual(o2.spill, [], `boxes spilling at 200% text`);
    // A safe-time window's legend reads the window's fields and days.
    await goTo(page, 'times-title');
    await page.click('#add-time');
    const windowSpeaker = page.locator('fieldset.time-window legend [data-testid="speak"]');
    await windowSpeaker.waitFor();
    const before = (await spoken(page)).length;
    await windowSpeaker.click();
    await page.waitForFunction((n) => window.__ipcLog.filter((c) => c.cmd === 'speak').length > n, before);
    const said = (await spoken(page)).at(-1);
    assert.equal(said.locale, lang);
    assert.ok(said.text.includes(clean(await page.locator('label[for="t0-from"]').textContent())), said.text);
    assert.deepEqual(await smallTargets(page), [], 'touch targets under 44 px (times)');
    await goTo(page, 'consent-title');
    assert.equal(await page.locator('.choice-row .choice.consent').count(), 3);
    assert.equal(await page.locator('.choice-row:has(.choice.consent) [data-testid="speak"]').count(), 3);
    assert.deepEqual(await axe(page), [], 'axe serious/critical violations (consent)');
    assert.deepEqual(page.jsErrors, []);
  });
}

for (const [lang, locale] of [['en', 'en-GB'], ['ar', 'ar-EG']]) {
  test(`every written question and the consent's text have a speaker; the consent is read whole on arrival (${lang})`, async () => {
    const page = await setUpIn(lang, locale);
    const text = async (sel) => clean(await page.locator(sel).first().textContent()).trim();
    // Each field a person writes in: its speaker reads its question, and its hint where it has
    // one, in the screens' language.
    const checkFields = async (where) => {
      const ids = await page.locator('main .field:has(input, textarea) label[for]').evaluateAll(
        (els) => els.map((e) => e.getAttribute('for')));
      assert.ok(ids.length >= 1, `${where}: no written question`);
      for (const field of ids) {
        const speaker = page.locator(`[data-testid="speak-${field}"]`);
        assert.equal(await speaker.count(), 1, `${where}: no speaker for ${field}`);
        const before = (await spoken(page)).length;
        await speaker.click();
        await page.waitForFunction((n) => window.__ipcLog.filter((c) => c.cmd === 'speak').length > n, before);
        const said = (await spoken(page)).at(-1);
        const label = await text(`label[for="${field}"]`);
        const hint = (await page.locator(`#${field}-hint`).count()) ? await text(`#${field}-hint`) : '';
        assert.deepEqual({ text: clean(said.text), locale: said.locale },
          { text: hint ? `${label} ${hint}` : label, locale: lang }, `${where}: ${field}`);
      }
      return ids;
    };
    await goTo(page, 'danger-title');
    await page.click('[data-testid="danger-no"]');
    await goTo(page, 'contact-title');
    await page.click('[data-testid="contact-kind-call"]');
    await page.click('[data-testid="contact-kind-messaging_app"]');
    await page.click('[data-testid="contact-kind-email"]');
    assert.deepEqual(await checkFields('contact'), ['phone', 'app', 'handle', 'email']);
    await goTo(page, 'more-title');
    assert.deepEqual(await checkFields('more'), ['place', 'message']);
    await goTo(page, 'consent-title');
    const intro = page.locator('[data-testid="speak-consent-intro"]');
    const before = (await spoken(page)).length;
    await intro.click();
    await page.waitForFunction((n) => window.__ipcLog.filter((c) => c.cmd === 'speak').length > n, before);
    const introText = await text('[data-arrival] > p');
    assert.ok(introText.length > 10);
    assert.deepEqual((await spoken(page)).at(-1), { text: introText, locale: lang });
    await page.screenshot({ path: join(shotsDir, `${lang}-read-aloud-consent.png`), fullPage: true });
    assert.deepEqual(await axe(page), [], 'axe (consent)');
    assert.deepEqual(await smallTargets(page), [], 'touch targets under 44 px (consent)');
    const o = await overflowAt200(page);
    assert.ok(o.over <= 0 && o.broken.length === 0 && o.spill.length === 0, JSON.stringify(o));
    await goTo(page, 'more-title');
    assert.deepEqual(await smallTargets(page), [], 'touch targets under 44 px (more)');
    const o2 = await overflowAt200(page);
    assert.ok(o2.over <= 0 && o2.broken.length === 0 && o2.spill.length === 0, JSON.stringify(o2));

    // "Read each screen aloud": the consent screen is read whole on arrival, its heading, the
    // intro and each choice with what it means, in that order, as one reading.
    await page.click('[data-testid="nav-settings"]');
    await page.click('[data-testid="read-on-arrival"]');
    await page.click('[data-testid="nav-status"]');
    await page.click('[data-testid="new-request"]');
    await page.waitForSelector('h1[data-screen]');
    await goTo(page, 'danger-title');
    await page.click('[data-testid="danger-no"]');
    await goTo(page, 'consent-title');
    const heading = await text('h1[data-screen]');
    const choices = await page.locator('.choice.consent').evaluateAll((els) => els.map((e) =>
      [e.querySelector('strong').textContent, e.querySelector('.desc').textContent].join(' ')));
    assert.equal(choices.length, 3);
    const whole = clean([heading, introText, ...choices].join(' '));
    await page.waitForFunction((t) => window.__ipcLog.some((c) => c.cmd === 'speak'
      && c.args.text.replace(/[\u2068\u2069]/g, '') === t), whole);
    assert.equal((await spoken(page)).at(-1).locale, lang);
    assert.deepEqual(page.jsErrors, []);
    await page.close();
  });
}

// Tigrinya has no voice.
for (const [lang, search] of [['ti', 'tigrinya']]) {
  test(`a language with no voice is not read in another: the person is told (${lang})`, async () => {
    const page = await newPage(browser.context, srv.url, 'en-GB');
    await setUp(page);
    await page.fill('[data-testid="lang-search"]', search);
    await page.click(`[data-testid="lang-${lang}"]`);
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    await page.locator('main [data-testid="speak"]').first().click();
    const notice = page.locator('main .notice[role="alert"]');
    await notice.waitFor();
    const src = await import('node:fs').then((fs) => fs.readFileSync(new URL(`../../locales/${lang}/main.ftl`, import.meta.url), 'utf8'));
    const want = src.split('\n').find((l) => l.startsWith('speak-no-voice = ')).slice('speak-no-voice = '.length).trim();
    assert.equal(clean(await notice.textContent()).trim(), want);
    assert.deepEqual(await spoken(page), [], 'nothing was sent to be read');
  });
}

// Japanese's voice reads kana only: the shell gives it the kanji of the app's own words as
// their readings (crates/core/src/speech/kana.rs, tested there and with espeak-ng). The UI
// sends the question as shown, in Japanese.
test('a Japanese question, written with kanji, is sent to be read in Japanese', async () => {
  const page = await newPage(browser.context, srv.url, 'en-GB');
  await setUp(page);
  await page.fill('[data-testid="lang-search"]', 'japanese');
  await page.click('[data-testid="lang-ja"]');
  await page.waitForFunction(() => document.documentElement.lang === 'ja');
  await goTo(page, 'danger-title');
  await page.locator('main .heading-row [data-testid="speak"]').first().click();
  await page.waitForFunction(() => window.__ipcLog.some((c) => c.cmd === 'speak'));
  const src = await import('node:fs').then((fs) => fs.readFileSync(new URL('../../locales/ja/main.ftl', import.meta.url), 'utf8'));
  const message = (id) => src.split('\n').find((l) => l.startsWith(`${id} = `)).slice(`${id} = `.length).trim();
  const question = message('danger-title');
  assert.match(question, /[\u4e00-\u9fff]/, 'the question has kanji');
  assert.deepEqual((await spoken(page)).map((a) => ({ ...a, text: clean(a.text) })), [{ text: question, locale: 'ja' }]);
  // The first tap's headphones warning, not "no voice".
  const notice = page.locator('main .notice[role="alert"]');
  assert.equal(clean(await notice.textContent()).trim(), message('speak-headphones'));
  assert.deepEqual(page.jsErrors, []);
});

// `speak` answers when the reading ends (the mock: after __mock.speech.ms, or at once when
// stopped). The speaker that is reading is pressed and shows a stop square; pressing it again
// stops the voice; an engine that fails halfway is told to the person.
test('the speaker that is reading can stop it; a reading that fails halfway is told', async () => {
  const page = await newPage(browser.context, srv.url, 'en-GB');
  await setUp(page);
  await page.evaluate(() => { window.__mock.speech = { ms: 60000, end: 'spoken' }; });
  await goTo(page, 'danger-title');
  const speakers = page.locator('main [data-testid="speak"]');
  const pressed = () => speakers.evaluateAll((els) => els.map((e) => e.getAttribute('aria-pressed')));
  const stops = () => page.evaluate(() => window.__ipcLog.filter((c) => c.cmd === 'stop_speaking').length);
  assert.ok((await pressed()).every((p) => p === 'false'));
  await speakers.nth(0).click();
  await page.waitForFunction(() => document.querySelector('main [data-testid="speak"]').getAttribute('aria-pressed') === 'true');
  assert.deepEqual((await pressed()).slice(0, 3), ['true', 'false', 'false']);
  // The same name; the square instead of the loudspeaker; still 44 px, still contrast.
  assert.match(clean(await speakers.nth(0).getAttribute('aria-label')), /^Read aloud: /);
  assert.equal(await speakers.nth(0).locator('svg path').getAttribute('d'), 'M6.5 6.5h11v11h-11z');
  // Filled with the accent, as a chosen answer is (once its 0.1 s transition is over).
  await page.waitForFunction(() => getComputedStyle(document.querySelector('main [data-testid="speak"]')).backgroundColor === 'rgb(11, 92, 173)');
  await page.screenshot({ path: join(shotsDir, 'en-read-aloud-reading.png'), fullPage: true });
  assert.deepEqual(await axe(page), [], 'axe serious/critical violations (reading)');
  assert.deepEqual(await smallTargets(page), [], 'touch targets under 44 px (reading)');
  // Another speaker takes over: only it is pressed.
  await speakers.nth(1).click();
  await page.waitForFunction(() => document.querySelectorAll('main [data-testid="speak"]')[1].getAttribute('aria-pressed') === 'true');
  assert.deepEqual((await pressed()).slice(0, 3), ['false', 'true', 'false']);
  // Pressed again: the voice is stopped, nothing is read anew.
  const reads = (await spoken(page)).length;
  await speakers.nth(1).click();
  await page.waitForFunction(() => window.__ipcLog.some((c) => c.cmd === 'stop_speaking'));
  assert.equal(await stops(), 1);
  assert.ok((await pressed()).every((p) => p === 'false'));
  assert.equal((await spoken(page)).length, reads, 'stopping read nothing');
  // Read to its end: the speaker is released by itself.
  await page.evaluate(() => { window.__mock.speech = { ms: 200, end: 'spoken' }; });
  await speakers.nth(0).click();
  await page.waitForFunction(() => document.querySelector('main [data-testid="speak"]').getAttribute('aria-pressed') === 'true');
  await page.waitForFunction(() => document.querySelector('main [data-testid="speak"]').getAttribute('aria-pressed') === 'false');
  // The engine fails halfway: the person is told.
  await page.evaluate(() => { window.__mock.speech = { ms: 200, end: 'unavailable' }; });
  await speakers.nth(2).click();
  const en = await import('node:fs').then((fs) => fs.readFileSync(new URL('../../locales/en/main.ftl', import.meta.url), 'utf8'));
  const unavailable = en.split('\n').find((l) => l.startsWith('speak-unavailable = ')).slice('speak-unavailable = '.length).trim();
  await page.waitForFunction((t) => (document.querySelector('main .notice[role="alert"]')?.textContent || '').includes(t), unavailable);
  assert.ok((await pressed()).every((p) => p === 'false'));
  // Moving on to another screen stops what the last one was reading.
  await page.evaluate(() => { window.__mock.speech = { ms: 60000, end: 'spoken' }; });
  await speakers.nth(0).click();
  await page.waitForFunction(() => document.querySelector('main [data-testid="speak"]').getAttribute('aria-pressed') === 'true');
  const stopsThen = await stops();
  await page.click('[data-testid="danger-no"]');
  await page.waitForSelector('h1[data-screen="needs-title"]');
  await page.waitForFunction((n) => window.__ipcLog.filter((c) => c.cmd === 'stop_speaking').length === n + 1, stopsThen);
  assert.ok((await pressed()).every((p) => p === 'false'));
  await goTo(page, 'danger-title');
  // Quick exit while reading: the shell stops the voice; nothing is pressed when the app opens again.
  await page.evaluate(() => { window.__mock.speech = { ms: 60000, end: 'spoken' }; });
  await speakers.nth(0).click();
  await page.waitForFunction(() => document.querySelector('main [data-testid="speak"]').getAttribute('aria-pressed') === 'true');
  await page.click('[data-testid="quick-exit"]');
  await page.waitForSelector('[data-testid="calc-display"]');
  for (const d of '246813') await page.click(`[data-testid="calc-key-${d}"]`);
  await page.click('[data-testid="calc-equals"]');
  await page.waitForSelector('[data-testid="nav-settings"]');
  await goTo(page, 'danger-title');
  assert.ok((await pressed()).every((p) => p === 'false'));
  assert.deepEqual(page.jsErrors, []);
});

test('the setting reads each screen on arrival; locking turns it off', async () => {
  const page = await newPage(browser.context, srv.url, 'en-GB');
  await setUp(page);
  await page.click('[data-testid="nav-settings"]');
  await page.waitForSelector('[data-testid="read-on-arrival"]');
  await page.click('[data-testid="read-on-arrival"]');
  assert.equal(await page.locator('[data-testid="read-on-arrival"]').getAttribute('aria-pressed'), 'true');
  await page.click('[data-testid="nav-status"]');
  await page.waitForSelector('h1[data-screen="status-title"]');
  const heading = clean(await page.locator('h1[data-screen]').textContent());
  // (Turning it on read the settings screen itself; now the status screen's heading.)
  await page.waitForFunction((h) => window.__ipcLog.some((c) => c.cmd === 'speak'
    && c.args.text.replace(/[\u2068\u2069]/g, '') === h), heading);
  assert.deepEqual((await spoken(page)).at(-1), { text: heading, locale: 'en' });
  // The heading's speaker shows that it is reading; pressed, it stops the voice.
  const headingSpeaker = page.locator('main .heading-row [data-testid="speak"]').first();
  await page.evaluate(() => { window.__mock.speech = { ms: 60000, end: 'spoken' }; });
  await page.click('[data-testid="nav-settings"]');
  await page.waitForSelector('[data-testid="read-on-arrival"]');
  await page.click('[data-testid="nav-status"]');
  await page.waitForSelector('h1[data-screen="status-title"]');
  await page.waitForFunction(() => document.querySelector('main .heading-row [data-testid="speak"]')?.getAttribute('aria-pressed') === 'true');
  const stopsBefore = await page.evaluate(() => window.__ipcLog.filter((c) => c.cmd === 'stop_speaking').length);
  await headingSpeaker.click();
  await page.waitForFunction((n) => window.__ipcLog.filter((c) => c.cmd === 'stop_speaking').length === n + 1, stopsBefore);
  await page.waitForFunction(() => document.querySelector('main .heading-row [data-testid="speak"]').getAttribute('aria-pressed') === 'false');
  await page.evaluate(() => { window.__mock.speech = { ms: 300, end: 'spoken' }; });
  // Quick exit forgets the setting (the next person may be someone else).
  await page.click('[data-testid="quick-exit"]');
  await page.waitForSelector('[data-testid="calc-display"]');
  await page.waitForFunction(() => window.__ipcLog.some((c) => c.cmd === 'quick_exit'));
  for (const d of '246813') await page.click(`[data-testid="calc-key-${d}"]`);
  await page.click('[data-testid="calc-equals"]');
  await page.waitForSelector('[data-testid="nav-settings"]');
  const before = (await spoken(page)).length;
  await page.click('[data-testid="nav-settings"]');
  await page.waitForSelector('[data-testid="read-on-arrival"]');
  assert.equal(await page.locator('[data-testid="read-on-arrival"]').getAttribute('aria-pressed'), 'false');
  await page.waitForTimeout(300);
  assert.equal((await spoken(page)).length, before, 'nothing read on arrival after a quick exit');
});

test("the language list says each language's own name in its own voice, where it has one", async () => {
  const page = await newPage(browser.context, srv.url, 'en-GB');
  await setUp(page);
  await page.click('[data-testid="speak-lang-ar"]');
  await page.waitForFunction(() => window.__ipcLog.some((c) => c.cmd === 'speak'));
  assert.deepEqual(await spoken(page), [{ text: 'العربية', locale: 'ar' }]);
  // Still on English: only the name was read, nothing was chosen.
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  // No voice for Tigrinya: no speaker beside it (never a voice of another language).
  assert.equal(await page.locator('[data-testid="speak-lang-ti"]').count(), 0);
  assert.equal(await page.locator('[data-testid="lang-ti"]').count(), 1);
  // Japanese has one: 日本語 is given to its voice as にほんご (by the shell).
  await page.click('[data-testid="speak-lang-ja"]');
  await page.waitForFunction(() => window.__ipcLog.filter((c) => c.cmd === 'speak').length === 2);
  assert.deepEqual((await spoken(page)).at(-1), { text: '日本語', locale: 'ja' });
  assert.deepEqual(await smallTargets(page), [], 'touch targets under 44 px');
  assert.deepEqual(await axe(page), [], 'axe serious/critical violations');
});
