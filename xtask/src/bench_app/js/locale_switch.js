// Run by bench-app through WebDriver (`measure.rs`, LOCALE_SWITCH_JS) as an async script: taps
// the language button of `code` (a locale not loaded yet, so its file is fetched, hashed,
// parsed) and reports, from the tap, when the page says that language (`<html lang>` is `code`
// and the heading reads `want`, that locale's `lang-title`: `switched`) and when the next frame
// after that was painted (`painted`). (Two locales may share a heading, e.g. fa and fa-AF.)
const [code, want, done] = [arguments[0], arguments[1], arguments[arguments.length - 1]];
const button = document.querySelector(`[data-testid="lang-${code}"]`);
const heading = () => document.querySelector('h1[data-screen]');
if (!button || !heading()) { done({ error: `no language button or heading for ${code}` }); return; }
let finished = false;
const finish = (v) => { if (!finished) { finished = true; observer.disconnect(); done(v); } };
const check = () => {
  if (document.documentElement.lang === code && heading() && heading().textContent.trim() === want) {
    const switched = performance.now() - t0;
    requestAnimationFrame(() => setTimeout(() => finish({ switched, painted: performance.now() - t0 }), 0));
  }
};
const observer = new MutationObserver(check);
observer.observe(document.documentElement, { attributes: true, childList: true, subtree: true, characterData: true });
// On a timeout, say what the page showed instead, so a red CI run can be read.
const state = () => {
  const h = heading();
  const notice = document.querySelector('[role="status"], [role="alert"]');
  return `<html lang=${document.documentElement.lang}> heading ${h ? JSON.stringify(h.textContent.trim()) : 'none'}`
    + `, body class "${document.body.className}", pressed ${button.getAttribute('aria-pressed')}`
    + `, button in page ${document.contains(button)}`
    + (notice ? `, notice ${JSON.stringify(notice.textContent.trim())}` : '');
};
setTimeout(() => finish({ error: `${code}: no switch within 5 s (${state()})` }), 5000);
const t0 = performance.now();
button.click();
