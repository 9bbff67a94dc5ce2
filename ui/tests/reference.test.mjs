// The outreach reference (docs/protocol.md, "Reference phrase"), in the browser against the IPC
// mock: a request sealed for a person who does not keep the phone hands over a reference once
// (9 words in a language with a word list: every list, each with its 9 longest words, laid out
// whole, one word a line, at 360 px; 22 digits in every language); leaving the screen or a
// quick exit forgets it; the worker's organisation travels as `assisted_by` only with a
// reference (a request the person keeps on the phone does not name the worker); "Check a
// reference" finds the request and shows the hotline's reply; a short, mistyped or unknown
// reference gets its own message. Right-to-left languages' words are numbered from the right;
// a locale without a list (the mock told so) gets digits only, right to left; a language with
// no voice says so rather than reading the words in another. Each with axe, 44 px targets, no
// overflow at 360 px and at 200 % text. The real derivation and lookup are tested with the
// real store, endpoint and inbox (crates/hotline/tests/it/inbox.rs) and in the real app
// (src-tauri/tests/it/webdriver.rs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import {
  startServer, launch, newPage, goTo, axe, smallTargets, learningFields, overflowAt200, shotsDir, repoRoot,
  setUpWithPin, waitForCalculator, fillSmallestRequest, longestReferenceWords,
} from './harness.mjs';

let srv;
let browser;
before(async () => { srv = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); srv?.server.close(); });

const id = (t) => `[data-testid="${t}"]`;

function ftl(lang, key) {
  const src = readFileSync(join(repoRoot, 'locales', lang, 'main.ftl'), 'utf8');
  const line = src.split('\n').find((l) => l.startsWith(`${key} = `));
  assert.ok(line, `${lang}: no message ${key}`);
  return line.slice(key.length + 3).trim();
}
const text = async (loc) => (await loc.textContent()).replace(/[\u2068\u2069]/g, '').trim();
// What the reference is for, as the person reads it: their language's message with its own
// names of the two buttons that lead to the answers.
const saidToPerson = (lang, key = 'reference-for-person') => ftl(lang, key)
  .replace('{ $requests }', ftl(lang, 'status-title'))
  .replace('{ $check }', ftl(lang, 'status-check-reference'));

// The whole page, from its top: scrolled down, the sticky top bar would be drawn over the
// middle of a full-page shot.
async function fullShot(page, name) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(shotsDir, name), fullPage: true });
}

// The reference words at 200 % text, once the app has fitted them (`fit_words`, in a frame
// after the change of size): per word its lines, whether it is cut at the line's edge or left
// to wrap, its size against the list's, and, for a word set smaller, whether it would have
// fitted at its own size.
async function wordsAt200(page, shot) {
  await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
  const measure = () => page.evaluate(() => {
    const ol = document.querySelector('[data-testid="reference-words"]');
    const size = parseFloat(getComputedStyle(ol).fontSize);
    const lines = (li) => {
      const range = document.createRange();
      range.selectNodeContents(li);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    };
    return [...ol.children].map((li) => {
      const fit = [...li.classList].find((c) => c.startsWith('fit-'));
      const w = { word: li.textContent, lines: lines(li), cut: li.scrollWidth > li.clientWidth,
        wraps: fit === 'fit-wrap', scale: Math.round(parseFloat(getComputedStyle(li).fontSize) / size * 100) / 100,
        fitsUnshrunk: false };
      if (fit) {
        li.classList.remove(fit);
        w.fitsUnshrunk = li.scrollWidth <= li.clientWidth;
        li.classList.add(fit);
      }
      return w;
    });
  });
  // Fitted within a few frames, or never.
  let words = [];
  for (let i = 0; i < 40; i++) {
    words = await measure();
    if (words.every((w) => w.lines === 1 && !w.cut)) break;
    await page.waitForTimeout(50);
  }
  await fullShot(page, shot);
  await page.evaluate(() => { document.documentElement.style.fontSize = ''; });
  return words;
}

async function checkLayout(page, what) {
  assert.deepEqual(await axe(page), [], `${what}: axe`);
  assert.deepEqual(await smallTargets(page), [], `${what}: targets under 44 px`);
  assert.deepEqual(await learningFields(page), [], `${what}: fields the keyboard may learn from`);
  const o = await overflowAt200(page);
  assert.ok(o.over <= 0, `${what}: wider than the screen at 200 % text: ${JSON.stringify(o.wide)}`);
  assert.deepEqual(o.broken, [], `${what}: words broken at 200% text`);
  assert.deepEqual(o.spill, [], `${what}: boxes spilling at 200% text`);
}

// Latin, Cyrillic, Arabic-script, Devanagari, Bengali, Thai, Tamil, Chinese and Vietnamese
// (words of two syllables) lists with the phone set to a country's locale, then every other
// list (so each list's longest words are laid out at 360 px). Then digits only, from the right:
// every locale has a list today, so the mock is told to give Uyghur none, as the app gives a
// locale added before its list.
// The locales with an offline voice (reach_contract::speech::OFFLINE_VOICES).
const voiced = new Set([...readFileSync(join(repoRoot, 'crates', 'contract', 'src', 'speech.rs'), 'utf8')
  .matchAll(/^\s*\("([A-Za-z-]+)", "[a-z-]+"\),$/gm)].map((m) => m[1]));
const named = [['en', 'en-GB'], ['es', 'es-MX'], ['fr', 'fr-FR'], ['uk', 'uk-UA'], ['ar', 'ar-EG'], ['fa', 'fa-IR'], ['hi', 'hi-IN'], ['ne', 'ne-NP'], ['bn', 'bn-BD'], ['th', 'th-TH'], ['ta', 'ta-LK'], ['zh-Hans', 'zh-CN'], ['vi', 'vi-VN'], ['he', 'he-IL']];
const everyOtherList = Object.keys(longestReferenceWords).sort()
  .filter((l) => !named.some(([n]) => n === l)).map((l) => [l, l]);
for (const [lang, locale, wordless] of [...named, ...everyOtherList, ['ug', 'ug-CN', true]]) {
  const listed = !wordless && Object.hasOwn(longestReferenceWords, lang);
  const rtl = /^-locale-dir = rtl$/m.test(readFileSync(join(repoRoot, 'locales', lang, 'main.ftl'), 'utf8'));
  test(`a reference handed over and checked, in ${lang}${wordless ? ', digits only' : ''}`, async () => {
    const page = await newPage(browser.context, srv.url, locale);
    await setUpWithPin(page);
    if (wordless) await page.evaluate(() => { window.__mock.wordless = true; });
    if (lang !== 'en') {
      await page.click(id(`lang-${lang}`));
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    }
    await fillSmallestRequest(page);

    // Review: the worker says the person will not keep this phone.
    const toggle = page.locator(id('give-reference'));
    assert.equal(await text(toggle), ftl(lang, 'review-reference'));
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    // The worker names their organisation (and a way to reach them): `assisted_by`.
    await page.fill('#assisted-org', 'Street Team 7');
    await page.fill('#assisted-channel', '+9611234567');
    await page.locator(id('give-reference')).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shotsDir, `${lang}-reference-review.png`) });
    await checkLayout(page, 'review');
    await page.click(id('submit'));

    // The reference, once: words only where the person's language has a list.
    await page.waitForSelector('h1[data-screen="reference-title"]');
    const calls = await page.evaluate(() => window.__ipcLog.filter((c) => c.cmd === 'submit_with_reference' || c.cmd === 'submit'));
    assert.deepEqual(calls.map((c) => [c.cmd, c.args.lang]), [['submit_with_reference', lang]]);
    assert.deepEqual(await page.evaluate(() => window.__mock.submitted.at(-1).assisted_by),
      { organisation: 'Street Team 7', channel: '+9611234567' });
    const digits = (await text(page.locator(id('reference-digits')))).replace(/ /g, '');
    assert.match(digits, /^[0-9]{22}$/);
    assert.equal(await page.locator(id('reference-digits')).getAttribute('dir'), 'ltr');
    const words = await page.locator(`${id('reference-words')} li`).allTextContents();
    assert.equal(await page.evaluate(() => document.documentElement.dir), rtl ? 'rtl' : 'ltr');
    // Said to the person, in their language (here the screens' as well; a worker's phone:
    // worker.test.mjs), in every language, with or without a word list.
    const forPerson = page.locator(id('reference-for-person'));
    assert.equal(await forPerson.getAttribute('lang'), lang);
    assert.equal(await forPerson.getAttribute('dir'), rtl ? 'rtl' : 'ltr');
    assert.equal(await text(forPerson.locator('p')), saidToPerson(lang));
    if (listed) {
      assert.equal(words.length, 9);
      assert.deepEqual([...words].sort(), [...longestReferenceWords[lang]].sort(),
        'the mock hands out the list\'s longest words, so the layout checks see the widest');
      // The words are marked up and read in their list's language, digit groups in the
      // person's (here the screens' as well; a worker's phone: worker.test.mjs).
      assert.equal(await page.locator(id('reference-words')).getAttribute('lang'), lang);
      // Numbered in their own direction: an Arabic phrase from the right.
      assert.equal(await page.locator(id('reference-words')).getAttribute('dir'), rtl ? 'rtl' : 'ltr');
      // Each word whole on one line at 360 px: a word broken in two is misread or miscopied.
      const lines = await page.locator(`${id('reference-words')} li`).evaluateAll((items) => items.map((li) => {
        const range = document.createRange();
        range.selectNodeContents(li);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      }));
      assert.deepEqual(lines, words.map(() => 1), `${lang}: lines per word ${lines} (${words})`);
      // And at 200 % text: each word still whole on one line and not cut at the edge, set
      // smaller (a `fit-*` class) only where at its own size it would not fit.
      const at200 = await wordsAt200(page, `${lang}-reference-words-200.png`);
      assert.deepEqual(at200.filter((w) => w.lines !== 1 || w.cut || w.wraps || w.scale < 0.5 || w.fitsUnshrunk), [],
        `${lang}: words at 200 % text ${JSON.stringify(at200)}`);
      const spokenNow = () => page.evaluate(() => window.__ipcLog.filter((c) => c.cmd === 'speak').map((c) => c.args));
      await page.click(id('speak-reference-words'));
      if (voiced.has(lang)) {
        await page.click(id('speak-reference-digits'));
        const spoken = await spokenNow();
        assert.deepEqual(spoken.map((a) => a.locale), [lang, lang]);
        assert.equal(spoken[0].text, words.join(', '));
        assert.match(spoken[1].text, /^[0-9]( [0-9]){3}, /);
      } else {
        // No voice for the language (Tagalog, Tajik, Nigerian Pidgin): the person is told,
        // and the words are never read in another language's voice.
        await page.waitForFunction((m) => document.querySelector('main .notice[role="alert"]')?.textContent.includes(m),
          ftl(lang, 'speak-no-voice'));
        assert.deepEqual(await spokenNow(), []);
      }
    } else {
      assert.equal(words.length, 0, `${lang} has no word list: digits only`);
    }
    assert.match(await text(page.locator(id('reference-number'))), /#[0-9a-f]{6}/);
    await fullShot(page, `${lang}-reference-handover.png`);
    await checkLayout(page, 'reference');

    // Done: the request is on the list, the reference is gone from the page.
    await page.click(id('reference-done'));
    await page.waitForSelector(`${id('status-list')} ${id('request-state')}`);
    assert.ok(!(await page.content()).includes(digits.slice(0, 8)), 'the reference is still in the page');

    // The hotline answers (in the mock's hotline); anyone with the reference reads it.
    await page.evaluate(() => {
      const r = window.__mock.references.at(-1);
      window.__mock.hotline.set(r.id, { state: 'answered', replies: [
        { seq: 1, template: 'call_planned', day: 'tuesday', from: '10:00', to: '12:00', text: null }] });
    });
    await page.click(id('check-reference'));
    await page.waitForSelector('h1[data-screen="check-reference-title"]');
    await checkLayout(page, 'check a reference');

    // Too short, then unknown: each its own message, nothing shown.
    await page.fill(id('reference-typed'), '1234 5678');
    await page.click(id('reference-check'));
    await page.waitForFunction((m) => document.querySelector('.notice')?.textContent.includes(m), ftl(lang, 'error-reference_digits'));
    await page.fill(id('reference-typed'), '0000 0000 0000 0000 0000 00');
    await page.click(id('reference-check'));
    await page.waitForFunction((m) => document.querySelector('.notice')?.textContent.includes(m), ftl(lang, 'error-reference_not_found'));
    assert.equal(await page.locator(id('reference-result')).count(), 0);

    // The real one: as words in capitals (where there is a list) or as digits in groups.
    const typed = listed ? words.join(' ').toUpperCase() : digits.replace(/(.{4})/g, '$1 ');
    await page.fill(id('reference-typed'), typed);
    await page.click(id('reference-check'));
    await page.waitForSelector(id('reference-result'));
    // Typed in the screens' own language (or as digits): shown in it, no other to choose.
    assert.equal(await page.locator(id('reference-result')).getAttribute('lang'), lang);
    assert.equal(await page.locator(id('reference-show-in')).count(), 0);
    assert.equal(await page.locator(`${id('reference-result')} ${id('hotline-state')}`).getAttribute('data-state'), 'answered');
    const reply = await text(page.locator(`${id('reference-result')} ${id('reply')}`));
    assert.ok(reply.includes('10:00') && reply.includes('12:00'), reply);
    await fullShot(page, `${lang}-reference-checked.png`);
    await checkLayout(page, 'a checked reference');

    // A quick exit forgets what was shown.
    await page.click(id('quick-exit'));
    await waitForCalculator(page);
    // (The screens leave the page right after the calculator's first frame.)
    await page.waitForSelector('.shell', { state: 'detached', timeout: 2000 });
    assert.equal(await page.locator(id('reference-result')).count(), 0);
    assert.ok(!(await page.content()).includes('12:00'));
    assert.deepEqual(page.jsErrors, []);
    await page.close();
  });
}

// A child who takes a reference away (no phone of their own, or one someone checks): the words
// about it are a child's too, though the form they were filled in for is gone once it is sent.
// On their own phone the review is the child's as well (a worker's phone: worker.test.mjs).
test('a child takes a reference away: the child\'s words for it', async () => {
  const page = await newPage(browser.context, srv.url, 'en-GB');
  await setUpWithPin(page);
  await goTo(page, 'age-title');
  await page.click(id('age-under_18'));
  await fillSmallestRequest(page);
  assert.equal(await text(page.locator('main h1')), ftl('en', 'review-title-child'));
  assert.equal(await page.locator(id('review-later')).count(), 0, 'a worker\'s button only');
  await page.click(id('give-reference'));
  await page.click(id('submit'));
  await page.waitForSelector('h1[data-screen="reference-title"]');
  assert.equal(await text(page.locator(`${id('reference-for-person')} p`)),
    saidToPerson('en', 'reference-for-person-child'));
  assert.equal(await text(page.locator('main .notice')), ftl('en', 'submit-done-child'));
  assert.equal(await page.evaluate(() => window.__mock.submitted.at(-1).age_group), 'under_18');
  await page.screenshot({ path: join(shotsDir, 'en-child-reference.png'), fullPage: true });
  await checkLayout(page, 'a child\'s reference');
  assert.deepEqual(page.jsErrors, []);
  await page.close();
});

// An app not set up with a hotline cannot check a reference: the person is told so, and to try
// another phone; not the sending message ("… your draft is saved": there is no draft here).
test('checking a reference on an app with no hotline says so, not that a draft is saved', async () => {
  const page = await newPage(browser.context, srv.url, 'en-GB');
  await setUpWithPin(page);
  await page.evaluate(() => { window.__mock.noHotline = true; });
  await page.click(id('nav-status'));
  await page.click(id('check-reference'));
  await page.waitForSelector('h1[data-screen="check-reference-title"]');
  await page.fill(id('reference-typed'), '1000 0000 0000 0000 0000 01');
  await page.click(id('reference-check'));
  await page.waitForFunction((m) => document.querySelector('.notice')?.textContent.includes(m),
    ftl('en', 'check-reference-no-hotline'));
  assert.ok(!(await text(page.locator('.notice'))).includes(ftl('en', 'error-no_hotline')));
  assert.equal(await page.locator(id('reference-result')).count(), 0);
  assert.deepEqual(page.jsErrors, []);
  await page.close();
});

// A person copying nine words by hand mistypes one: they are told which, beside the field (and
// the field says it to a screen reader), not to check all nine.
test('a mistyped word of a reference is named by its place', async () => {
  const page = await newPage(browser.context, srv.url, 'en-GB');
  await setUpWithPin(page);
  await page.click(id('nav-status'));
  await page.click(id('check-reference'));
  await page.waitForSelector('h1[data-screen="check-reference-title"]');
  const words = [...longestReferenceWords.en];
  words[3] = 'elefant';
  await page.fill(id('reference-typed'), words.join(' '));
  await page.click(id('reference-check'));
  const said = page.locator(id('reference-wrong-word'));
  await said.waitFor();
  assert.equal(await text(said), ftl('en', 'check-reference-wrong-word').replace('{ $number }', '4'));
  assert.equal(await said.getAttribute('role'), 'alert');
  assert.equal(await page.locator(id('reference-typed')).getAttribute('aria-describedby'), 'reference-wrong-word');
  assert.equal(await page.locator('main > .notice').count(), 0, 'said once, beside the field');
  await page.screenshot({ path: join(shotsDir, 'en-reference-wrong-word.png') });
  await checkLayout(page, 'a mistyped word');
  // Checked again with the word right: the message goes.
  await page.fill(id('reference-typed'), [...longestReferenceWords.en].join(' '));
  await page.click(id('reference-check'));
  await page.waitForFunction(() => !document.querySelector('[data-testid="reference-wrong-word"]'));
  assert.equal(await page.locator(id('reference-typed')).getAttribute('aria-describedby'), null);
  assert.deepEqual(page.jsErrors, []);
  await page.close();
});

test('without a reference, the worker is not named: no assisted_by', async () => {
  const page = await newPage(browser.context, srv.url, 'en-GB');
  await setUpWithPin(page);
  await fillSmallestRequest(page);
  await page.click(id('give-reference'));
  await page.fill('#assisted-org', 'Street Team 7');
  await page.click(id('give-reference')); // changed their mind: the person keeps the phone
  assert.equal(await page.locator('#assisted-org').count(), 0);
  await page.click(id('submit'));
  await page.waitForSelector(`${id('status-list')} ${id('request-state')}`);
  const sent = await page.evaluate(() => window.__mock.submitted.at(-1));
  assert.equal(sent.assisted_by, undefined);
  const calls = await page.evaluate(() => window.__ipcLog.map((c) => c.cmd));
  assert.ok(calls.includes('submit') && !calls.includes('submit_with_reference'));
  assert.deepEqual(page.jsErrors, []);
  await page.close();
});
