// Outreach-worker mode in the browser against the IPC mock: chosen at set-up (or in settings,
// behind the PIN); "help a new person" asks the person's questions in the person's language
// while the worker's screens stay in the worker's; the hand-over screen gives the phone to the
// person for the parts they answer alone (anything else, consent), and "give the phone back"
// closes them: the review does not show them and no back button leads into them; the request
// goes with the worker's profile as `assisted_by` and `consent.assisted`, and the person takes
// a reference away; afterwards only the request's number and state stay on the worker's phone.
// English worker, Arabic person (right to left), each screen with axe, 44 px targets and no
// overflow at 360 px and 200 % text. The real store and hotline are tested in
// src-tauri/tests/it/commands.rs and src-tauri/tests/it/webdriver.rs (the real WebView).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import {
  startServer, launch, newPage, goTo, axe, smallTargets, learningFields, overflowAt200, shotsDir, repoRoot,
  setUpWithPin, screenId, calculatorShown, waitForCalculator, setPageHidden, answerFewestQuestions,
} from './harness.mjs';

let srv;
let browser;
before(async () => { srv = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); srv?.server.close(); });

const id = (t) => `[data-testid="${t}"]`;
const PIN = '246813';

function ftl(lang, key) {
  const src = readFileSync(join(repoRoot, 'locales', lang, 'main.ftl'), 'utf8');
  const line = src.split('\n').find((l) => l.startsWith(`${key} = `));
  assert.ok(line, `${lang}: no message ${key}`);
  return line.slice(key.length + 3).trim();
}
const text = async (loc) => (await loc.textContent()).replace(/[\u2068\u2069]/g, '').trim();
const saidToPerson = (lang, key = 'reference-for-person') => ftl(lang, key)
  .replace('{ $requests }', ftl(lang, 'status-title'))
  .replace('{ $check }', ftl(lang, 'status-check-reference'));
const htmlLang = (page) => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
const onScreen = (page, screen) => page.waitForSelector(`main h1[data-screen="${screen}"]`);
async function langIs(page, lang) {
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
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

test('a worker helps a person in Arabic: hand-over, give back, reference, nothing left', async () => {
  const page = await newPage(browser.context, srv.url, 'en-GB');
  // Set-up as an outreach worker.
  await page.waitForSelector(id('setup-pin'));
  await page.fill(id('setup-pin'), PIN);
  await page.fill(id('setup-pin-confirm'), PIN);
  await page.click(id('setup-worker'));
  // An empty organisation is refused before anything is created.
  await page.click(id('setup-submit'));
  await page.waitForSelector('[role="alert"] .field-error');
  assert.equal(await page.evaluate(() => window.__mock.setup_done), false);
  await page.fill('#worker-org', '  Hagar Outreach ');
  await page.fill('#worker-channel', '+855 23 123 456');
  await page.screenshot({ path: join(shotsDir, 'en-worker-setup.png'), fullPage: true });
  await checkLayout(page, 'set-up as a worker');
  await page.click(id('setup-submit'));

  // The worker's home.
  await onScreen(page, 'worker-title');
  assert.deepEqual(await page.evaluate(() => window.__mock.worker), { organisation: 'Hagar Outreach', channel: '+855 23 123 456' });
  assert.ok((await text(page.locator(id('worker-as')))).includes('Hagar Outreach · +855 23 123 456'));
  await page.screenshot({ path: join(shotsDir, 'en-worker-home.png'), fullPage: true });
  await checkLayout(page, 'worker home');

  // A new person, who reads Arabic.
  await page.click(id('help-new-person'));
  await onScreen(page, 'lang-title');
  assert.equal(await page.locator(id('nav-status')).count(), 0, 'the person cannot reach the requests');
  assert.equal(await page.locator(id('nav-settings')).count(), 0, 'the person cannot reach settings');
  await page.click(id('lang-ar'));
  await langIs(page, 'ar');
  await goTo(page, 'danger-title');
  await page.click(id('danger-no'));
  await page.click(id('need-shelter'));
  await goTo(page, 'contact-title');
  await page.click(id('contact-kind-call'));
  await page.fill(id('contact-phone'), '+85512345678');
  assert.deepEqual(await htmlLang(page), ['ar', 'rtl']);

  // The hand-over: the person's screen, with one line for the worker in the worker's language.
  await goTo(page, 'handover-title');
  assert.deepEqual(await htmlLang(page), ['ar', 'rtl']);
  assert.equal(await text(page.locator('main h1')), ftl('ar', 'handover-title'));
  const forWorker = page.locator(id('handover-worker'));
  assert.equal(await text(forWorker), ftl('en', 'handover-worker'));
  assert.deepEqual([await forWorker.getAttribute('lang'), await forWorker.getAttribute('dir')], ['en', 'ltr']);
  await page.screenshot({ path: join(shotsDir, 'ar-worker-handover.png'), fullPage: true });
  await checkLayout(page, 'hand-over');

  // The person alone: anything else, and the consent, read aloud in Arabic.
  await page.click(id('handover-start'));
  await onScreen(page, 'more-title');
  const secret = 'سر لا يراه أحد 4471';
  await page.fill('#message', secret);
  await goTo(page, 'consent-title');
  assert.equal(await text(page.locator('main h1')), ftl('ar', 'consent-title'));
  await page.click(id('consent-may-refer-to-services'));
  await page.locator(`.choice-row:has(${id('consent-may-refer-to-services')}) ${id('speak')}`).click();
  const spoken = await page.evaluate(() => window.__ipcLog.filter((c) => c.cmd === 'speak').map((c) => c.args));
  assert.equal(spoken.at(-1).locale, 'ar');
  assert.ok(spoken.at(-1).text.startsWith(ftl('ar', 'consent-may_refer_to_services')));
  await goTo(page, 'giveback-title');
  assert.deepEqual(await htmlLang(page), ['ar', 'rtl']);
  await page.screenshot({ path: join(shotsDir, 'ar-worker-giveback.png'), fullPage: true });
  await checkLayout(page, 'give back');

  // Given back: the worker's review, in English, without what the person wrote alone.
  await page.click(id('give-back'));
  await onScreen(page, 'review-title');
  await langIs(page, 'en');
  assert.equal(await page.locator(id('review-private')).count(), 2);
  for (const t of await page.locator(`${id('review-private')} .answer`).allTextContents()) {
    assert.equal(t.trim(), ftl('en', 'review-private'));
  }
  assert.ok(!(await page.content()).includes(secret), 'the person\'s message is on the worker\'s screen');
  assert.ok((await text(page.locator(id('review-assisted-as')))).includes('Hagar Outreach · +855 23 123 456'));
  assert.equal(await page.locator(id('give-reference')).count(), 0, 'always a reference on a worker\'s phone');
  await page.screenshot({ path: join(shotsDir, 'en-worker-review.png'), fullPage: true });
  await checkLayout(page, 'worker review');
  // No way back into the private part: back leads to the shared questions, next to the review.
  await page.click(`.step-nav ${id('back')}`);
  await onScreen(page, 'times-title');
  await langIs(page, 'ar');
  const seen = [];
  for (let i = 0; i < 2; i++) {
    await page.click(`.step-nav ${id('back')}`);
    await page.waitForFunction((s) => document.querySelector('main h1[data-screen]')?.dataset.screen !== s, seen.at(-1) ?? 'times-title');
    seen.push(await screenId(page));
  }
  assert.ok(!seen.includes('more-title') && !seen.includes('consent-title'), seen.join(' → '));
  await goTo(page, 'review-title');
  await langIs(page, 'en');
  assert.equal(await page.locator(id('review-private')).count(), 2);

  // Sent with a reference: Arabic words (the person's language; machine-drafted list), right to
  // left inside the worker's English screen, and the digits.
  await page.click(id('submit'));
  await onScreen(page, 'reference-title');
  await langIs(page, 'en');
  const call = await page.evaluate(() => window.__ipcLog.filter((c) => c.cmd === 'submit_with_reference').map((c) => c.args));
  assert.equal(call.length, 1);
  assert.equal(call[0].lang, 'ar');
  const sent = await page.evaluate(() => window.__mock.submitted.at(-1));
  assert.deepEqual(sent.assisted_by, { organisation: 'Hagar Outreach', channel: '+855 23 123 456' });
  assert.equal(sent.consent.assisted, true);
  assert.equal(sent.consent.scope, 'may_refer_to_services');
  assert.equal(sent.language, 'ar');
  assert.equal(sent.message, secret, 'the person\'s words go to the hotline, sealed');
  assert.equal(await page.locator(`${id('reference-words')} li`).count(), 9);
  assert.equal(await page.locator(id('reference-words')).getAttribute('lang'), 'ar');
  assert.equal(await page.locator(id('reference-words')).getAttribute('dir'), 'rtl');
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'ltr');
  // What the words are for and how to use them, said to the person in Arabic (the worker may
  // not read it, the person may not read English), naming the Arabic buttons they will press.
  const forPerson = page.locator(id('reference-for-person'));
  assert.equal(await forPerson.getAttribute('lang'), 'ar');
  assert.equal(await forPerson.getAttribute('dir'), 'rtl');
  assert.equal(await text(forPerson.locator('p')), saidToPerson('ar'));
  // Its speaker is named in Arabic too (a screen reader reads the name in one voice).
  const label = async (t) => (await page.locator(id(t)).getAttribute('aria-label')).replace(/[\u2068\u2069]/g, '');
  assert.equal(await label('speak-reference-for-person'), ftl('ar', 'speak-read').replace('{ $text }', saidToPerson('ar')));
  await page.screenshot({ path: join(shotsDir, 'en-worker-reference-ar.png'), fullPage: true });
  assert.match((await text(page.locator(id('reference-digits')))).replace(/ /g, ''), /^[0-9]{22}$/);
  // Both are read in the person's language, not the worker's: the words, and the digits (all a
  // person whose language has no word list takes away).
  const speakCalls = () => page.evaluate(() => window.__ipcLog.filter((c) => c.cmd === 'speak').map((c) => c.args));
  const before = (await speakCalls()).length;
  await page.click(id('speak-reference-for-person'));
  await page.click(id('speak-reference-words'));
  await page.click(id('speak-reference-digits'));
  await page.waitForFunction((n) => window.__ipcLog.filter((c) => c.cmd === 'speak').length === n + 3, before);
  const read = (await speakCalls()).slice(before);
  assert.deepEqual(read.map((a) => a.locale), ['ar', 'ar', 'ar']);
  assert.equal(read[0].text.replace(/[\u2068\u2069]/g, ''), saidToPerson('ar'));
  assert.match(read[2].text, /^[0-9]( [0-9]){3}, /);
  const arWords = await page.locator(`${id('reference-words')} li`).allTextContents();
  await page.click(id('reference-done'));

  // Home again: only the request's number and state stay.
  await onScreen(page, 'worker-title');
  await page.click(id('worker-requests'));
  await page.waitForSelector(`${id('status-list')} ${id('request-state')}`);
  const content = await page.content();
  assert.ok(!content.includes(secret) && !content.includes('+85512345678'), 'something of the person stayed on screen');
  assert.equal(await page.evaluate(() => window.__mock.drafts.size), 0, 'a draft of the person stayed');

  // The person comes back and the worker types their Arabic words: the answers are shown in
  // Arabic (the words' language, not the worker's), right to left, and read in Arabic; a
  // button in the worker's English shows them in English, and another, named in Arabic, back.
  await page.evaluate(() => {
    const r = window.__mock.references.at(-1);
    window.__mock.hotline.set(r.id, { state: 'answered', replies: [
      { seq: 1, template: 'call_planned', day: 'tuesday', from: '10:00', to: '12:00', text: null }] });
  });
  await page.click(id('nav-outreach'));
  await onScreen(page, 'worker-title');
  await page.click(id('worker-check-reference'));
  await onScreen(page, 'check-reference-title');
  await page.fill(id('reference-typed'), arWords.join(' '));
  await page.click(id('reference-check'));
  const result = page.locator(id('reference-result'));
  await result.waitFor();
  await langIs(page, 'en');
  assert.deepEqual([await result.getAttribute('lang'), await result.getAttribute('dir')], ['ar', 'rtl']);
  assert.equal(await text(result.locator(id('hotline-state'))), ftl('ar', 'status-hotline-answered'));
  const arReply = await text(result.locator(id('reply')));
  assert.ok(arReply.includes(ftl('ar', 'weekday-tue')) && arReply.includes('10:00'), arReply);
  await page.screenshot({ path: join(shotsDir, 'en-worker-checked-ar.png'), fullPage: true });
  await checkLayout(page, 'a reference checked in Arabic on an English phone');
  assert.ok((await label('speak-reference-result')).startsWith(ftl('ar', 'speak-read').replace('{ $text }', '')));
  const readBefore = (await speakCalls()).length;
  await page.click(id('speak-reference-result'));
  await page.waitForFunction((n) => window.__ipcLog.filter((c) => c.cmd === 'speak').length === n + 1, readBefore);
  const readResult = (await speakCalls()).at(-1);
  assert.equal(readResult.locale, 'ar');
  assert.ok(readResult.text.includes(ftl('ar', 'status-hotline-answered')) && readResult.text.includes(ftl('ar', 'weekday-tue')), readResult.text);
  assert.equal(await text(page.locator(id('reference-show-in'))), 'Show in English');
  await page.click(id('reference-show-in'));
  await page.waitForFunction(() => document.querySelector('[data-testid="reference-result"]')?.lang === 'en');
  assert.equal(await text(result.locator(id('hotline-state'))), ftl('en', 'status-hotline-answered'));
  assert.ok((await text(result.locator(id('reply')))).includes('Tuesday'));
  assert.equal(await text(page.locator(id('reference-show-in'))), 'Show in العربية');
  await checkLayout(page, 'the same answers in English');
  await page.click(id('reference-show-in'));
  await page.waitForFunction(() => document.querySelector('[data-testid="reference-result"]')?.lang === 'ar');
  // Typed as digits, from a hotline whose replies do not name the person's language (an older
  // one): no language is known, so the screens' own, and no button.
  const digitsTyped = await page.evaluate(() => window.__mock.references.at(-1).digits);
  await page.fill(id('reference-typed'), digitsTyped);
  await page.click(id('reference-check'));
  await page.waitForFunction(() => document.querySelector('[data-testid="reference-result"]')?.lang === 'en');
  assert.equal(await page.locator(id('reference-show-in')).count(), 0);
  // The hotline's replies name the language the person asked in (from their request): digits
  // then show the answers in it, with the button to the screens' own, as words do.
  await page.evaluate(() => {
    const r = window.__mock.references.at(-1);
    window.__mock.hotline.get(r.id).replies[0].lang = 'ar-EG';
  });
  await page.click(id('reference-check'));
  await page.waitForFunction(() => document.querySelector('[data-testid="reference-result"]')?.lang === 'ar');
  assert.equal(await text(result.locator(id('hotline-state'))), ftl('ar', 'status-hotline-answered'));
  assert.equal(await text(page.locator(id('reference-show-in'))), 'Show in English');
  await page.screenshot({ path: join(shotsDir, 'en-worker-checked-digits-ar.png'), fullPage: true });
  // A language this app has no screens in: the screens' own, and no button to a wrong one.
  await page.evaluate(() => {
    const r = window.__mock.references.at(-1);
    window.__mock.hotline.get(r.id).replies[0].lang = 'xh';
  });
  await page.click(id('reference-check'));
  await page.waitForFunction(() => document.querySelector('[data-testid="reference-result"]')?.lang === 'en');
  assert.equal(await page.locator(id('reference-show-in')).count(), 0);
  // Back leads to the worker's home, where the check began.
  await page.click(`.actions ${id('back')}`);
  await onScreen(page, 'worker-title');
  assert.deepEqual(page.jsErrors, []);
  await page.close();
});

/// The PIN on the calculator's keys after a lock, on a worker's phone (whose home opens).
async function unlockAsWorker(page, opens = 'worker-title') {
  await waitForCalculator(page);
  await page.click(id('calc-clear'));
  for (const d of PIN) await page.click(id(`calc-key-${d}`));
  await page.click(id('calc-equals'));
  await onScreen(page, opens);
}

/// A person's request begun (in Spanish, the shared questions answered) and left unsent: a
/// quick exit saves it, and the worker is back on their home.
async function leaveAPersonsDraft(page) {
  await page.click(id('help-new-person'));
  await onScreen(page, 'lang-title');
  await page.click(id('lang-es'));
  await answerFewestQuestions(page, '+85512345678');
  await page.click(id('quick-exit'));
  await unlockAsWorker(page);
}

async function setUpAsWorker(page) {
  await page.waitForSelector(id('setup-pin'));
  await page.fill(id('setup-pin'), PIN);
  await page.fill(id('setup-pin-confirm'), PIN);
  await page.click(id('setup-worker'));
  await page.fill('#worker-org', 'Hagar Outreach');
  await page.click(id('setup-submit'));
  await onScreen(page, 'worker-title');
}

const savedDraft = (page) => page.evaluate(() => [...window.__mock.drafts.values()].at(-1));

async function reopenDraft(page) {
  await page.click(id('worker-drafts'));
  await onScreen(page, 'drafts-title');
  await page.locator('li.draft button.primary').click();
  await page.waitForFunction(() => document.querySelector('main h1[data-screen]')?.dataset.screen !== 'drafts-title');
}

/// A new person on a worker's phone, reading `lang`: the shared questions answered (no danger,
/// shelter, a phone to call; under 18 if `child`), then handed the phone, on the first question
/// they answer alone. `onDanger(page)` runs on the danger question, before it is answered;
/// `onHandOver(page)` on the hand-over.
async function toTheirOwnPart(page, lang, { child = false, onDanger = async () => {}, onHandOver = async () => {} } = {}) {
  await page.click(id('help-new-person'));
  await onScreen(page, 'lang-title');
  await page.click(id(`lang-${lang}`));
  await langIs(page, lang);
  if (child) {
    await goTo(page, 'age-title');
    await page.click(id('age-under_18'));
  }
  await goTo(page, 'danger-title');
  await onDanger(page);
  await answerFewestQuestions(page, '+85512345678');
  await goTo(page, 'handover-title');
  await onHandOver(page);
  await page.click(id('handover-start'));
  await onScreen(page, 'more-title');
}

/// The same person's smallest request, given back and sent: on the reference screen.
async function helpAPersonToTheirReference(page) {
  await toTheirOwnPart(page, 'es');
  await goTo(page, 'giveback-title');
  await page.click(id('give-back'));
  await onScreen(page, 'review-title');
  await page.click(id('submit'));
  await onScreen(page, 'reference-title');
}

// The phone locks while the person has it (quick exit, or the screen turning off), or after
// they gave it back: the draft is reopened from the worker's list. Their consent is theirs only
// once they gave the phone back; before that, their part is open to them again (and nothing
// of it goes out as their consent), after it, it stays closed to the worker.
test('a person\'s draft reopened after a lock: their part stays theirs, their consent is theirs', async () => {
  const page = await newPage(browser.context, srv.url, 'en-GB');
  await setUpAsWorker(page);
  await toTheirOwnPart(page, 'ar');
  await page.fill('#message', 'half written');

  // Locked in the middle of the person's part, before the consent screen.
  await page.click(id('quick-exit'));
  await unlockAsWorker(page);
  let draft = await savedDraft(page);
  assert.equal(draft.message, 'half written', 'what the person wrote is kept, sealed in the draft');
  assert.equal(draft.consent.assisted, undefined, 'a consent nobody gave is recorded as the person\'s');
  await reopenDraft(page);
  // Still open: forward from the shared questions leads to the hand-over, not to the review,
  // and the person's consent screen is on the way.
  await goTo(page, 'handover-title');
  await page.click(id('handover-start'));
  await goTo(page, 'consent-title');
  await page.click(id('consent-may-refer-to-services'));
  await goTo(page, 'giveback-title');
  await page.click(id('give-back'));
  await onScreen(page, 'review-title');
  await page.waitForFunction(() => [...window.__mock.drafts.values()].at(-1)?.consent?.assisted === true);
  draft = await savedDraft(page);
  assert.equal(draft.consent.scope, 'may_refer_to_services');

  // Locked after the giving back (the screen turned off): reopened, the part stays closed.
  await setPageHidden(page, true);
  await waitForCalculator(page);
  await setPageHidden(page, false);
  assert.equal(await calculatorShown(page), true);
  await unlockAsWorker(page);
  await reopenDraft(page);
  const passed = [];
  for (let at = await screenId(page); at !== 'review-title'; at = await screenId(page)) {
    passed.push(at);
    assert.ok(passed.length < 12, passed.join(' → '));
    await page.click(`.step-nav ${id('next')}`);
    await page.waitForFunction((b) => document.querySelector('main h1[data-screen]')?.dataset.screen !== b, at);
  }
  for (const s of ['handover-title', 'more-title', 'consent-title', 'giveback-title']) {
    assert.ok(!passed.includes(s), `${s} reopened to the worker: ${passed.join(' → ')}`);
  }
  assert.equal(await page.locator(id('review-private')).count(), 2);
  assert.ok(!(await page.content()).includes('half written'));
  await page.click(id('submit'));
  await onScreen(page, 'reference-title');
  const sent = await page.evaluate(() => window.__mock.submitted.at(-1));
  assert.equal(sent.consent.assisted, true);
  assert.equal(sent.consent.scope, 'may_refer_to_services');
  assert.deepEqual(page.jsErrors, []);
  await page.close();
});

// "When the person says they are under 18 (or a worker marks it)": the age question is one of
// the shared ones, so on a worker's phone either may answer it. The person then reads the
// child's words in their own language (the hand-over, the giving back and the reference's
// words to them too), is told at consent (alone) that the hotline may have to involve child
// protection, and the request carries the age group the inbox flags. The worker's own screens
// keep the words written for adults.
test('a worker marks the person under 18: the child\'s words in the person\'s language, the request flagged', async () => {
  const page = await newPage(browser.context, srv.url, 'en-GB');
  await setUpAsWorker(page);
  let danger = '';
  let handOver = [];
  await toTheirOwnPart(page, 'ar', { child: true,
    onDanger: async (p) => { danger = await text(p.locator('main h1')); },
    onHandOver: async (p) => {
      handOver = [await text(p.locator('main h1')), await text(p.locator('main p.important')),
        await text(p.locator(id('handover-worker')))];
    } });
  assert.equal(danger, ftl('ar', 'danger-title-child'));
  assert.deepEqual(handOver, [ftl('ar', 'handover-title-child'), ftl('ar', 'handover-person-child'),
    ftl('en', 'handover-worker')]);
  await goTo(page, 'consent-title');
  assert.deepEqual(await htmlLang(page), ['ar', 'rtl']);
  assert.equal(await text(page.locator(id('consent-child-note'))), ftl('ar', 'consent-child-note'));
  await page.screenshot({ path: join(shotsDir, 'ar-worker-child-consent.png'), fullPage: true });
  await checkLayout(page, 'a child\'s consent on a worker\'s phone');
  await goTo(page, 'giveback-title');
  assert.equal(await text(page.locator('main p.important')), ftl('ar', 'giveback-intro-child'));
  await page.click(id('give-back'));
  await onScreen(page, 'review-title');
  await langIs(page, 'en');
  assert.equal(await text(page.locator('main h1')), ftl('en', 'review-title'), 'the worker\'s review, in words for adults');
  // Back from the review, the worker passes the shared questions but not the person's
  // language: it chose their reference's words and the language the hotline answers in.
  const passed = [];
  for (let at = await screenId(page); await page.locator(`.step-nav ${id('back')}`).count(); at = await screenId(page)) {
    passed.push(at);
    assert.ok(passed.length < 12, passed.join(' → '));
    await page.click(`.step-nav ${id('back')}`);
    await page.waitForFunction((b) => document.querySelector('main h1[data-screen]')?.dataset.screen !== b, at);
  }
  passed.push(await screenId(page));
  assert.deepEqual(passed.slice(-2), ['danger-title', 'age-title'], passed.join(' → '));
  assert.ok(!passed.includes('lang-title'), passed.join(' → '));
  await goTo(page, 'danger-title');
  await page.click(id('danger-no'));
  await goTo(page, 'review-title');
  await page.click(id('submit'));
  await onScreen(page, 'reference-title');
  assert.equal(await text(page.locator('main h1')), ftl('en', 'reference-title'));
  assert.equal(await text(page.locator('main .notice')), ftl('en', 'submit-done'), 'the worker\'s notice');
  assert.equal(await text(page.locator(`${id('reference-for-person')} p`)), saidToPerson('ar', 'reference-for-person-child'));
  await page.screenshot({ path: join(shotsDir, 'ar-worker-child-reference.png'), fullPage: true });
  const sent = await page.evaluate(() => window.__mock.submitted.at(-1));
  assert.equal(sent.age_group, 'under_18');
  assert.equal(sent.consent.assisted, true);
  assert.deepEqual(sent.assisted_by, { organisation: 'Hagar Outreach' });
  assert.deepEqual(page.jsErrors, []);
  await page.close();
});

// The reference is shown once and nothing keeps it, so a lock while it is being copied loses
// it for good. While it is shown: the screen is kept on (the Screen Wake Lock, let go when the
// screen goes), two minutes without a touch do not lock (ten do), and the backend's own
// backstop lock is kept off by a call a minute. Elsewhere two minutes lock, as always.
// Chromium's real wake lock; the app's timers run on Playwright's clock, fast-forwarded.
test('the reference screen stays on and unlocked while it is copied; elsewhere two idle minutes lock', async () => {
  const own = await launch();
  try {
    await own.context.clock.install();
    // Which screen wake locks the page holds: Chromium's own, each sentinel noted.
    await own.context.addInitScript(() => {
      window.__wakeLocks = [];
      const request = navigator.wakeLock.request.bind(navigator.wakeLock);
      navigator.wakeLock.request = async (type) => {
        const sentinel = await request(type);
        window.__wakeLocks.push(sentinel);
        return sentinel;
      };
    });
    const page = await newPage(own.context, srv.url, 'en-GB');
    const held = () => page.evaluate(() => window.__wakeLocks.map((s) => (s.released ? 'released' : s.type)));
    await setUpAsWorker(page);

    // Leaving the screen lets the screen go dark again.
    await helpAPersonToTheirReference(page);
    await page.waitForFunction(() => window.__wakeLocks.length === 1);
    assert.deepEqual(await held(), ['screen']);
    await page.click(id('reference-done'));
    await onScreen(page, 'worker-title');
    await page.waitForFunction(() => window.__wakeLocks.every((s) => s.released));

    // Three minutes without a touch on the reference: still shown, the backend told every
    // minute that the app is in use.
    await helpAPersonToTheirReference(page);
    await page.waitForFunction(() => window.__wakeLocks.length === 2);
    assert.deepEqual(await held(), ['released', 'screen']);
    const alive = () => page.evaluate(() => window.__ipcLog.filter((c) => c.cmd === 'app_state').length);
    const aliveBefore = await alive();
    await page.clock.runFor(3 * 60_000);
    assert.equal(await calculatorShown(page), false, 'locked while the reference was being copied');
    assert.equal(await page.locator(id('reference-words')).count(), 1);
    assert.ok((await alive()) - aliveBefore >= 3, `app_state ${aliveBefore} → ${await alive()}`);
    // Ten minutes without a touch: locked, the reference gone from the page, the screen let go.
    await page.clock.runFor(7 * 60_000 + 10_000);
    await waitForCalculator(page);
    assert.equal(await page.locator(id('reference-words')).count(), 0);
    await page.waitForFunction(() => window.__wakeLocks.every((s) => s.released));

    // Unlocked, it comes back (the person may still be there), until they have it.
    await unlockAsWorker(page, 'reference-title');
    await page.click(id('reference-done'));
    await onScreen(page, 'worker-title');

    // Anywhere else, two minutes lock.
    await page.clock.runFor(60_000);
    assert.equal(await calculatorShown(page), false, 'locked after one idle minute');
    await page.clock.runFor(60_000 + 10_000);
    await waitForCalculator(page);
    assert.deepEqual(page.jsErrors, []);
  } finally {
    await own.close();
  }
});

// A worker changes their callback channel while a person's request waits in the list: it goes
// out with the channel as it is now (for a person with no phone of their own, the hotline's
// way back may be only through the worker), and the review shows that one.
test('a person\'s draft from before a profile change goes out with the worker\'s profile as it is now', async () => {
  const page = await newPage(browser.context, srv.url, 'en-GB');
  await setUpAsWorker(page);
  await leaveAPersonsDraft(page);
  assert.deepEqual((await savedDraft(page)).assisted_by, { organisation: 'Hagar Outreach' });

  await page.click(id('nav-settings'));
  await onScreen(page, 'settings-title');
  await page.fill('#worker-channel', '+85599111222');
  await page.fill('#worker-pin', PIN);
  await page.click(id('worker-save'));
  await page.waitForFunction((m) => [...document.querySelectorAll('.notice')].some((n) => n.textContent.includes(m)), ftl('en', 'settings-worker-saved'));
  await page.click(id('nav-outreach'));
  await reopenDraft(page);
  await goTo(page, 'handover-title');
  await page.click(id('handover-start'));
  await goTo(page, 'giveback-title');
  await page.click(id('give-back'));
  await onScreen(page, 'review-title');
  assert.match(await text(page.locator(id('review-assisted-as'))), /Hagar Outreach · \+85599111222/);
  await page.click(id('submit'));
  await onScreen(page, 'reference-title');
  assert.deepEqual(await page.evaluate(() => window.__mock.submitted.at(-1).assisted_by),
    { organisation: 'Hagar Outreach', channel: '+85599111222' });
  assert.deepEqual(page.jsErrors, []);
  await page.close();
});

// A lock while the reference shows (a phone call, the screen going dark) hides it at once, and
// the request can never be read without it: the next unlock shows it again, saying why, still
// in the person's language, until the worker says the person has it.
test('a reference a lock hid comes back at the next unlock, until the person has it', async () => {
  const page = await newPage(browser.context, srv.url, 'en-GB');
  await setUpAsWorker(page);
  await helpAPersonToTheirReference(page);
  const digits = await text(page.locator(id('reference-digits')));
  const words = await page.locator(`${id('reference-words')} li`).allTextContents();
  await setPageHidden(page, true);
  await waitForCalculator(page);
  assert.ok(!(await page.content()).includes(digits), 'the reference is still in the page');
  await setPageHidden(page, false);
  await unlockAsWorker(page, 'reference-title');
  assert.equal(await text(page.locator(id('reference-digits'))), digits);
  assert.deepEqual(await page.locator(`${id('reference-words')} li`).allTextContents(), words);
  assert.equal(await text(page.locator('main .notice')), ftl('en', 'reference-again'));
  const forPerson = page.locator(id('reference-for-person'));
  assert.equal(await forPerson.getAttribute('lang'), 'es');
  assert.equal(await text(forPerson.locator('p')), saidToPerson('es'));
  await page.screenshot({ path: join(shotsDir, 'en-worker-reference-again.png'), fullPage: true });
  await checkLayout(page, 'the reference again');
  // A quick exit too.
  await page.click(id('quick-exit'));
  await unlockAsWorker(page, 'reference-title');
  assert.equal(await text(page.locator(id('reference-digits'))), digits);
  // The person has it: home, and not again.
  await page.click(id('reference-done'));
  await onScreen(page, 'worker-title');
  assert.equal(await page.evaluate(() => window.__mock.handover), null);
  await page.click(id('quick-exit'));
  await unlockAsWorker(page);
  assert.deepEqual(page.jsErrors, []);
  await page.close();
});

// The person leaves, or sending keeps failing: from their review the worker keeps the request
// for later and is back home; it waits in their list, closed as it was, and goes later.
test('a worker keeps a person\'s request for later from the review: home, and it waits closed', async () => {
  const page = await newPage(browser.context, srv.url, 'en-GB');
  await setUpAsWorker(page);
  await toTheirOwnPart(page, 'ar');
  await page.fill('#message', 'kept for later');
  await goTo(page, 'giveback-title');
  await page.click(id('give-back'));
  await onScreen(page, 'review-title');
  assert.equal(await text(page.locator(id('review-later'))), ftl('en', 'review-later'));
  await page.locator(id('review-later')).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(shotsDir, 'en-worker-review-later.png') });
  await checkLayout(page, 'the worker\'s review, with "not now"');
  await page.click(id('review-later'));
  await onScreen(page, 'worker-title');
  await langIs(page, 'en');
  await page.waitForFunction(() => [...window.__mock.drafts.values()].at(-1)?.consent?.assisted === true);
  assert.equal((await savedDraft(page)).message, 'kept for later');
  assert.equal(await page.evaluate(() => window.__mock.submitted.length), 0);
  assert.equal(await page.locator(id('nav-outreach')).count(), 1, 'the worker\'s menu is back');
  await reopenDraft(page);
  await goTo(page, 'review-title');
  assert.ok(!(await page.content()).includes('kept for later'));
  await page.click(id('submit'));
  await onScreen(page, 'reference-title');
  assert.equal(await page.evaluate(() => window.__mock.submitted.at(-1).message), 'kept for later');
  assert.deepEqual(page.jsErrors, []);
  await page.close();
});

// After the giving back, only the person can change what they answered alone. A message with a
// character the checks refuse (pasted text can carry one) is named on the worker's review, which
// offers to give the phone to the person again; the worker still does not see the message. From
// the hand-over the person fixes it and sees the consent again, and their consent is recorded
// as given only when they give the phone back once more.
test('a field the person answered alone is fixed by them: the phone goes to them again', async () => {
  const page = await newPage(browser.context, srv.url, 'en-GB');
  await setUpAsWorker(page);
  await toTheirOwnPart(page, 'ar');
  await page.fill('#message', 'pasted\u0007words');
  await goTo(page, 'giveback-title');
  await page.click(id('give-back'));
  await onScreen(page, 'review-title');
  await langIs(page, 'en');
  await page.waitForSelector(id('review-private-fix'));
  assert.equal(await text(page.locator(id('review-private-fix'))), ftl('en', 'review-private-fix'));
  assert.equal(await text(page.locator(`main ${id('review-private')} .field-error`)),
    ftl('en', 'field-error-control_characters'));
  assert.ok(!(await page.content()).includes('pasted'), 'the worker does not see the message');
  assert.equal(await text(page.locator(id('review-hand-again'))), ftl('en', 'review-hand-again'));
  await page.locator(id('review-hand-again')).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(shotsDir, 'en-worker-review-hand-again.png') });
  await checkLayout(page, 'the worker\'s review, a field only the person can fix');

  await page.click(id('review-hand-again'));
  await onScreen(page, 'handover-title');
  await langIs(page, 'ar');
  assert.equal(await text(page.locator(id('handover-worker'))), ftl('en', 'handover-worker'));
  // The person's language stays closed: back from the hand-over ends at the age.
  await goTo(page, 'age-title');
  assert.equal(await page.locator(`.step-nav ${id('back')}`).count(), 0);
  await goTo(page, 'danger-title');
  await page.click(id('danger-no'));
  await goTo(page, 'handover-title');
  await page.waitForFunction(() => [...window.__mock.drafts.values()].at(-1)?.consent?.assisted !== true);
  await page.click(id('handover-start'));
  await onScreen(page, 'more-title');
  assert.equal(await page.inputValue('#message'), 'pasted\u0007words');
  await page.fill('#message', 'pasted words');
  await goTo(page, 'consent-title');
  await langIs(page, 'ar');
  await goTo(page, 'giveback-title');
  await page.click(id('give-back'));
  await onScreen(page, 'review-title');
  await page.waitForFunction(() => [...window.__mock.drafts.values()].at(-1)?.consent?.assisted === true);
  assert.equal(await page.locator(id('review-private-fix')).count(), 0);
  assert.equal(await page.locator('main .field-error').count(), 0);
  await page.click(id('submit'));
  await onScreen(page, 'reference-title');
  const sent = await page.evaluate(() => window.__mock.submitted.at(-1));
  assert.equal(sent.message, 'pasted words');
  assert.equal(sent.consent.assisted, true);
  assert.deepEqual(page.jsErrors, []);
  await page.close();
});

// The person consents seeing the consent for the age given then: under 18, it has a note for
// children. A worker who changes the age across 18 after the giving back is told, in their own
// language, that the phone goes to the person again; a change between adult ages is not such a
// change. The request cannot go as the child's without the child having seen that consent.
test('an age changed to under 18 after the giving back: the person sees the child\'s consent before it goes', async () => {
  const page = await newPage(browser.context, srv.url, 'en-GB');
  await setUpAsWorker(page);
  await toTheirOwnPart(page, 'ar');
  await goTo(page, 'giveback-title');
  await page.click(id('give-back'));
  await onScreen(page, 'review-title');
  await goTo(page, 'age-title');
  await langIs(page, 'ar');
  const note = page.locator(id('age-worker'));
  assert.equal(await text(note), ftl('en', 'age-given-back-worker'));
  assert.equal(await note.getAttribute('lang'), 'en');
  await page.screenshot({ path: join(shotsDir, 'ar-worker-age-given-back.png'), fullPage: true });
  await checkLayout(page, 'the age after the giving back');
  await page.click(id('age-18_to_25'));
  assert.equal(await text(note), ftl('en', 'age-given-back-worker'), 'an adult age is no such change');
  await page.click(id('age-under_18'));
  await page.waitForFunction((t) => document.querySelector('[data-testid="age-worker"]')?.textContent.trim() === t,
    ftl('en', 'age-reopened-worker'));
  // Opened again for the consent only: back from the age leads nowhere (not to the person's
  // language), and the hand-over leads to the consent, not to what they wrote.
  assert.equal(await page.locator(`.step-nav ${id('back')}`).count(), 0);
  await goTo(page, 'danger-title');
  await page.click(id('danger-no'));
  await goTo(page, 'handover-title');
  await page.click(id('handover-start'));
  await onScreen(page, 'consent-title');
  assert.equal(await text(page.locator(id('consent-child-note'))), ftl('ar', 'consent-child-note'));
  await page.click(`.step-nav ${id('back')}`);
  await onScreen(page, 'handover-title');
  await page.click(id('handover-start'));
  await onScreen(page, 'consent-title');
  await goTo(page, 'giveback-title');
  await page.click(id('give-back'));
  await onScreen(page, 'review-title');
  await page.click(id('submit'));
  await onScreen(page, 'reference-title');
  const sent = await page.evaluate(() => window.__mock.submitted.at(-1));
  assert.equal(sent.age_group, 'under_18');
  assert.equal(sent.consent.assisted, true);
  assert.deepEqual(page.jsErrors, []);
  await page.close();
});

test('worker mode is turned on and off in settings, only with the PIN', async () => {
  const page = await newPage(browser.context, srv.url, 'en-GB');
  await setUpWithPin(page, PIN);
  await page.click(id('nav-settings'));
  await onScreen(page, 'settings-title');
  assert.equal(await page.locator(id('nav-outreach')).count(), 0);
  await page.fill('#worker-org', 'Chab Dai');
  await page.fill('#worker-pin', '111111');
  await page.click(id('worker-save'));
  await page.waitForFunction((m) => [...document.querySelectorAll('.notice')].some((n) => n.textContent.includes(m)),
    ftl('en', 'pin-wrong-left').match(/\*\[other\] (.*?)\{/)?.[1]?.trim() ?? 'PIN');
  assert.equal(await page.evaluate(() => window.__mock.worker ?? null), null);
  await page.fill('#worker-pin', PIN);
  await page.click(id('worker-save'));
  await page.waitForFunction((m) => [...document.querySelectorAll('.notice')].some((n) => n.textContent.includes(m)), ftl('en', 'settings-worker-saved'));
  assert.deepEqual(await page.evaluate(() => window.__mock.worker), { organisation: 'Chab Dai' });
  await page.locator(id('worker-save')).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(shotsDir, 'en-worker-settings.png') });
  await checkLayout(page, 'settings with worker mode');
  await page.click(id('nav-outreach'));
  await onScreen(page, 'worker-title');

  // Not off while a person's request is unsent: on a phone that is not a worker's it would
  // reopen to the worker with what they answered alone, and go without a reference.
  await leaveAPersonsDraft(page);
  assert.ok([...(await page.evaluate(() => [...window.__mock.drafts.values()]))].some((d) => d.assisted_by));
  await page.click(id('nav-settings'));
  await page.fill('#worker-pin', PIN);
  await page.click(id('worker-off'));
  await page.waitForFunction((m) => [...document.querySelectorAll('.notice')].some((n) => n.textContent.includes(m)),
    ftl('en', 'error-worker_drafts_open'));
  assert.deepEqual(await page.evaluate(() => window.__mock.worker), { organisation: 'Chab Dai' });
  assert.equal(await page.locator(id('nav-outreach')).count(), 1);
  // Deleted from the list, it no longer holds the mode on.
  await page.click(id('nav-outreach'));
  await page.click(id('worker-drafts'));
  await onScreen(page, 'drafts-title');
  await page.locator('li.draft button.secondary').click();
  await page.waitForFunction(() => window.__mock.drafts.size === 0);

  // Off again (the PIN once more).
  await page.click(id('nav-settings'));
  await page.fill('#worker-pin', PIN);
  await page.click(id('worker-off'));
  await page.waitForFunction((m) => [...document.querySelectorAll('.notice')].some((n) => n.textContent.includes(m)), ftl('en', 'settings-worker-removed'));
  assert.equal(await page.evaluate(() => window.__mock.worker), null);
  assert.equal(await page.locator(id('nav-outreach')).count(), 0);
  assert.deepEqual(page.jsErrors, []);
  await page.close();
});
