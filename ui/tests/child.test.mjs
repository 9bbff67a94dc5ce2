// A child's path: a person who says they are under 18 reads simpler words (separate Fluent
// messages, `<id>-child`), sees children's helplines first among the emergency numbers, is told
// at consent that a hotline may have to involve child protection, and the request carries the
// age group the hotline flags for its child safeguarding procedure. In English and Arabic.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import {
  startServer, launch, newPage, goTo, axe, smallTargets, overflowAt200, shotsDir, repoRoot,
} from './harness.mjs';
import { setUpWithPin } from './harness.mjs';

let srv;
let browser;
before(async () => { srv = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); srv?.server.close(); });

/// A one-line message of a locale file, as the person reads it (Fluent's isolation marks aside).
function ftl(lang, id) {
  const src = readFileSync(join(repoRoot, 'locales', lang, 'main.ftl'), 'utf8');
  const line = src.split('\n').find((l) => l.startsWith(`${id} = `));
  assert.ok(line, `${lang}: no message ${id}`);
  return line.slice(id.length + 3).trim();
}
const text = async (loc) => (await loc.textContent()).replace(/[\u2068\u2069]/g, '').trim();

for (const [lang, locale] of [['en', 'en-GB'], ['ar', 'ar-EG']]) {
  test(`the child's path in ${lang}: simpler words, children's helplines, the safeguarding note`, async () => {
    const page = await newPage(browser.context, srv.url, locale);
    await setUpWithPin(page);
    if (lang !== 'en') {
      await page.click(`[data-testid="lang-${lang}"]`);
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    }
    await goTo(page, 'age-title');
    assert.equal(await text(page.locator('h1[data-screen]')), ftl(lang, 'age-title'));
    await page.click('[data-testid="age-under_18"]');
    assert.equal(await page.locator('[data-testid="age-under_18"]').getAttribute('aria-pressed'), 'true');
    await page.screenshot({ path: join(shotsDir, `${lang}-child-01-age.png`), fullPage: true });
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(await smallTargets(page), []);

    // The danger check in the child's words, not the adult's.
    await goTo(page, 'danger-title');
    const title = await text(page.locator('h1[data-screen]'));
    assert.equal(title, ftl(lang, 'danger-title-child'));
    assert.notEqual(title, ftl(lang, 'danger-title'));
    await page.screenshot({ path: join(shotsDir, `${lang}-child-02-danger.png`), fullPage: true });

    // Emergency numbers: the children's helpline first, under its own heading.
    await page.click('.choice.danger');
    await page.waitForSelector('#country');
    await page.selectOption('#country', 'IN');
    const kids = page.locator('[data-testid="child-helplines"]');
    await kids.waitFor();
    assert.equal(await kids.locator('a.tel').first().getAttribute('href'), 'tel:1098');
    const headings = await page.locator('main h2').evaluateAll((hs) => hs.map((h) => h.textContent.trim()));
    assert.equal(headings[0], ftl(lang, 'emergency-children'));
    // Calls stay in the phone's own lists: said in the child's words.
    const trace = await text(page.locator('[data-testid="emergency-trace"]'));
    assert.equal(trace, ftl(lang, 'emergency-call-trace-child'));
    assert.notEqual(trace, ftl(lang, 'emergency-call-trace'));
    await page.screenshot({ path: join(shotsDir, `${lang}-child-03-emergency.png`), fullPage: true });
    assert.deepEqual(await axe(page), []);
    // Germany: 116 111 (children) first; 116 016 stays with the other helplines.
    await page.selectOption('#country', 'DE');
    await page.waitForSelector('[data-testid="child-helplines"] a.tel[href="tel:116111"]');
    assert.equal(await page.locator('[data-testid="child-helplines"] a.tel[href="tel:116016"]').count(), 0);

    // Needs: the child's words for a need.
    await goTo(page, 'needs-title');
    assert.equal(await text(page.locator('h1[data-screen]')), ftl(lang, 'needs-title-child'));
    const labels = await page.locator('.choice .label').allTextContents();
    assert.ok(labels.map((l) => l.trim()).includes(ftl(lang, 'need-labour_exploitation-child')), labels.join(' | '));
    await page.screenshot({ path: join(shotsDir, `${lang}-child-04-needs.png`), fullPage: true });
    const o = await overflowAt200(page);
    assert.ok(o.over <= 0, `horizontal overflow at 200% text: ${o.over}px ${o.wide}`);
    assert.deepEqual(o.broken, [], `words broken at 200% text`);
    assert.deepEqual(o.spill, [], `boxes spilling at 200% text`);

    // Consent: told honestly that child protection may have to be involved.
    await goTo(page, 'consent-title');
    assert.equal(await text(page.locator('[data-testid="consent-child-note"]')), ftl(lang, 'consent-child-note'));
    assert.equal(await text(page.locator('h1[data-screen]')), ftl(lang, 'consent-title-child'));
    await page.screenshot({ path: join(shotsDir, `${lang}-child-05-consent.png`), fullPage: true });
    assert.deepEqual(await axe(page), []);

    // The request says under 18: the hotline's inbox flags it for child safeguarding
    // (crates/hotline/tests/it/inbox.rs checks the flag on a real inbox).
    await goTo(page, 'review-title');
    await page.waitForTimeout(700);
    const draft = await page.evaluate(() => [...window.__mock.drafts.values()][0]);
    assert.equal(draft.age_group, 'under_18');
    assert.equal(await text(page.locator('h1[data-screen]')), ftl(lang, 'review-title-child'));

    // Changing the answer leaves the child's path: the usual words come back.
    await goTo(page, 'age-title');
    await page.click('[data-testid="age-under_18"]');
    await goTo(page, 'danger-title');
    assert.equal(await text(page.locator('h1[data-screen]')), ftl(lang, 'danger-title'));
    assert.deepEqual(page.jsErrors, []);
  });
}

test('an adult sees no children\'s heading and no safeguarding note', async () => {
  const page = await newPage(browser.context, srv.url, 'en-GB');
  await setUpWithPin(page);
  await goTo(page, 'age-title');
  await page.click('[data-testid="age-26_to_59"]');
  await goTo(page, 'danger-title');
  assert.equal(await text(page.locator('h1[data-screen]')), ftl('en', 'danger-title'));
  await page.click('.choice.danger');
  await page.selectOption('#country', 'IN');
  await page.waitForSelector('a.tel[href="tel:1098"]');
  assert.equal(await page.locator('[data-testid="child-helplines"]').count(), 0);
  await goTo(page, 'consent-title');
  assert.equal(await page.locator('[data-testid="consent-child-note"]').count(), 0);
});
