// The whole flow in English and in Arabic at 360 × 640, with screenshots of every step,
// axe-core on every screen, 44 px targets, and no horizontal overflow at 200% text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import {
  startServer, launch, newPage, axe, smallTargets, learningFields, overflowAt200, shotsDir, goTo, repoRoot,
} from './harness.mjs';

let srv;
let browser;
before(async () => { srv = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); srv?.server.close(); });

async function check(page, lang, step) {
  await page.waitForTimeout(50);
  await page.screenshot({ path: join(shotsDir, `${lang}-${step}.png`), fullPage: true });
  assert.deepEqual(await axe(page), [], `${lang}-${step}: axe serious/critical violations`);
  assert.deepEqual(await smallTargets(page), [], `${lang}-${step}: touch targets under 44 px`);
  assert.deepEqual(await learningFields(page), [], `${lang}-${step}: fields the keyboard may learn from`);
  const o = await overflowAt200(page);
  assert.ok(o.over <= 0, `${lang}-${step}: horizontal overflow at 200% text: ${o.over}px ${o.wide}`);
  assert.deepEqual(o.broken, [], `${lang}-${step}: words broken at 200% text`);
  assert.deepEqual(o.spill, [], `${lang}-${step}: boxes spilling at 200% text`);
}

const heading = (page) => page.locator('main h1').first().textContent();

for (const [lang, locale] of [['en', 'en-US'], ['ar', 'ar-EG']]) {
  test(`whole flow in ${lang}`, async () => {
    const page = await newPage(browser.context, srv.url, locale);
    const dir = await page.evaluate(() => document.documentElement.dir);
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.equal(dir, lang === 'ar' ? 'rtl' : 'ltr');
    assert.equal(await page.title(), 'Calculator');

    // 0. First use: choose a PIN (and an emergency PIN).
    await page.waitForSelector('#pin');
    await check(page, lang, '00-setup');
    await page.fill('#pin', '246813');
    await page.fill('#pin2', '246814');
    await page.click('button[type=submit]');
    await page.waitForSelector('.field-error');
    await page.fill('#pin2', '246813');
    await page.fill('#duress', '135792');
    await page.click('button[type=submit]');

    // 1. Language, the OS language pre-selected; names in their own script.
    await page.waitForSelector('.choice.lang');
    await check(page, lang, '01-language');
    const pressed = page.locator('.choice.lang[aria-pressed=true]');
    assert.equal(await pressed.getAttribute('lang'), lang);
    assert.ok((await page.locator('.choice.lang[lang=ar]').textContent()).includes('العربية'));
    // Mirrored layout: quick exit at the start edge, Next at the end edge.
    const qx = await page.locator('#quick-exit').boundingBox();
    const nx = await page.locator('.step-nav .next').boundingBox();
    if (lang === 'ar') {
      assert.ok(qx.x + qx.width > 300, `quick exit on the right in RTL: ${JSON.stringify(qx)}`);
      assert.ok(nx.x < 60, `next on the left in RTL: ${JSON.stringify(nx)}`);
    } else {
      assert.ok(qx.x < 60, `quick exit on the left in LTR: ${JSON.stringify(qx)}`);
      assert.ok(nx.x + nx.width > 300, `next on the right in LTR: ${JSON.stringify(nx)}`);
    }
    assert.ok(qx.height >= 44 && qx.width >= 44);

    // 1b. Age: optional, skipped here (the child's path has its own test).
    await goTo(page, 'age-title');
    await check(page, lang, '01-age');
    await goTo(page, 'danger-title');

    // 2. Danger → emergency numbers (offline, with source and check date, tel: links).
    await page.waitForSelector('.choice.danger');
    await check(page, lang, '02-danger');
    await page.click('.choice.danger');
    await page.waitForSelector('#country');
    if (lang === 'ar') {
      // No country chosen (or one not in the bundled list): the app says so, and any country
      // can be picked.
      await page.selectOption('#country', '');
      await page.waitForSelector('.notice');
      await check(page, lang, '03-emergency-none');
    }
    await page.selectOption('#country', 'US');
    await page.waitForSelector('a.tel[href="tel:911"]');
    assert.equal(await page.locator('a.tel[href="tel:+18883737888"]').count(), 1);
    assert.ok((await page.locator('.source').first().textContent()).includes('911.gov'));
    // Before calling: a call or a text stays in the phone's own lists (Reach cannot wipe those).
    const trace = (await page.locator('[data-testid="emergency-trace"]').textContent()).trim();
    const ftl = readFileSync(join(repoRoot, 'locales', lang, 'main.ftl'), 'utf8');
    assert.ok(ftl.split('\n').includes(`emergency-call-trace = ${trace}`), `${lang}: ${trace}`);
    await check(page, lang, '03-emergency');
    await goTo(page, 'needs-title');

    // 3. Needs (safety_now was added by "yes"), urgency, for whom.
    await page.waitForSelector('.choices.grid');
    const needs = page.locator('.choices.grid .choice');
    assert.equal(await needs.count(), 11);
    assert.equal(await needs.nth(0).getAttribute('aria-pressed'), 'true');
    await needs.nth(1).click();
    assert.equal(await needs.nth(1).getAttribute('aria-pressed'), 'true');
    await check(page, lang, '04-needs');
    await goTo(page, 'contact-title');

    // 4a. Contact methods.
    await page.waitForSelector('.choices .choice');
    await page.locator('.choices .choice').nth(0).click(); // check back in app
    await page.locator('.choices .choice').nth(1).click(); // call
    await page.fill('#phone', '+44 20 7946 0958');
    await check(page, lang, '05-contact');
    await goTo(page, 'times-title');

    // 4b. Safe times and rules.
    await page.waitForSelector('#add-time');
    await page.click('#add-time');
    await page.waitForSelector('.time-window');
    await page.locator('.time-window .choices.days .choice').nth(4).click(); // Friday
    await page.locator('#voicemail .choice').nth(1).click(); // never
    await page.fill('#code-word', 'jasmine');
    await page.locator('#someone-else .choice').nth(0).click(); // hang up
    await check(page, lang, '06-safety');
    await goTo(page, 'more-title');

    // 5. Place, message, age.
    await page.waitForSelector('#place');
    await page.fill('#place', 'near the port');
    await page.fill('#message', 'I need help');
    await check(page, lang, '07-more');
    await goTo(page, 'consent-title');

    // 6. Consent: least sharing pre-selected.
    await page.waitForSelector('.choice.consent');
    assert.equal(await page.locator('.choice.consent').nth(0).getAttribute('aria-pressed'), 'true');
    await check(page, lang, '08-consent');
    await goTo(page, 'review-title');

    // 7. Review: everything autosaved as a draft in the Referral JSON form.
    await page.waitForSelector('.submit');
    await page.waitForTimeout(700);
    const draft = await page.evaluate(() => [...window.__mock.drafts.values()][0]);
    assert.equal(draft.v, 1);
    assert.deepEqual(draft.needs, ['safety_now', 'shelter']);
    assert.equal(draft.urgency, 'now');
    assert.equal(draft.language, lang);
    assert.deepEqual(draft.contact.methods, [{ kind: 'check_back_in_app' }, { kind: 'call', phone: '+442079460958' }]);
    assert.equal(draft.contact.safe_times[0].days[0], 'friday');
    assert.equal(draft.contact.voicemail_ok, false);
    assert.equal(draft.contact.code_word, 'jasmine');
    assert.equal(draft.contact.if_someone_else_answers, 'hang_up');
    assert.equal(draft.place, 'near the port');
    assert.equal(draft.consent.scope, 'hotline_only');
    assert.ok(!('age_group' in draft) && !('for_whom' in draft), 'unanswered fields are omitted');
    await check(page, lang, '09-review');
    await page.click('.submit');

    // 8. Status: saved → received after send_now; nothing of the request is left on screen.
    await page.waitForSelector('.request');
    assert.ok((await page.locator('.request').first().getAttribute('class')).includes('state-saved'));
    assert.equal(await page.evaluate(() => window.__mock.drafts.size), 0);
    const body = await page.locator('body').textContent();
    assert.ok(!body.includes('near the port') && !body.includes('7946'), 'submitted content is not shown');
    await check(page, lang, '10-status-saved');
    await page.click('#send-now');
    await page.waitForSelector('.request.state-received');
    await page.waitForFunction(() => document.querySelector('#status-live').textContent.length > 0);
    await check(page, lang, '11-status-received');

    // Settings.
    await page.locator('.menu button').nth(1).click();
    await page.waitForSelector('#wipe');
    await check(page, lang, '12-settings');
    assert.deepEqual(page.jsErrors, []);
    await page.close();
  });
}
