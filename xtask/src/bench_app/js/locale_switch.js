// Run by bench-app through WebDriver (`measure.rs`, LOCALE_SWITCH_JS) as an async script: taps
// the language button of `code` (a locale not loaded yet, so its file is fetched, hashed,
// parsed) and reports, from the tap, when the page says that language (`<html lang>` is `code`
// and the heading reads `want`, that locale's `lang-title`: `switched`) and when the next frame
// after that was painted (`painted`). (Two locales may share a heading, e.g. fa and fa-AF.)
// Also, to tell where the time goes: the last DOM change before that frame (`settled`: the
// re-render), and when the frame's own callbacks began (`frame`: script done; what follows is
// style, layout and paint, including any font the new script needs).
const [code, want, done] = [arguments[0], arguments[1], arguments[arguments.length - 1]];
const button = document.querySelector(`[data-testid="lang-${code}"]`);
const heading = () => document.querySelector('h1[data-screen]');
if (!button || !heading()) { done({ error: `no language button or heading for ${code}` }); return; }
let finished = false;
let settled = null;
let frame = null;
const finish = (v) => { if (!finished) { finished = true; observer.disconnect(); done(v); } };
let switched = null;
const check = () => {
  if (frame === null) settled = performance.now() - t0;
  if (switched === null && document.documentElement.lang === code && heading() && heading().textContent.trim() === want) {
    switched = performance.now() - t0;
    requestAnimationFrame(() => {
      frame = performance.now() - t0;
      setTimeout(() => finish({ switched, settled, frame, painted: performance.now() - t0 }), 0);
    });
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
