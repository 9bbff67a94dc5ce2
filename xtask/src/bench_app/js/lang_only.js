// Run by bench-app (`measure.rs`, LANG_ONLY_JS) as an async script: the platform's own share of a
// locale switch. Sets `<html lang>` to `tag` (a language the page has never had) and changes
// nothing else, then reports the longest the main thread was held (a chain of zero-delay
// timers: the largest gap between two of them) and restores the language it found. No app code
// runs: what is measured is WebKit's style and font work for a language it has not seen.
const [tag, done] = [arguments[0], arguments[arguments.length - 1]];
const before = document.documentElement.lang;
const ticks = [];
const t0 = performance.now();
document.documentElement.lang = tag;
const tick = () => {
  ticks.push(performance.now() - t0);
  if (ticks.length < 12) { setTimeout(tick, 0); return; }
  document.documentElement.lang = before;
  const gaps = ticks.map((t, i) => t - (i ? ticks[i - 1] : 0));
  setTimeout(() => done({ held: Math.max(...gaps) }), 100);
};
setTimeout(tick, 0);
