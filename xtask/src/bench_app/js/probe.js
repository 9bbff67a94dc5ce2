// Run by bench-app through WebDriver (`xtask/src/bench_app.rs`, PROBE_JS): a function body,
// so `arguments` and a top-level `return` are what WebDriver's execute script gives it.
const probes = [
  ['setup-title', '[data-testid="setup-title"]'],
  ['calc-display', '[data-testid="calc-display"]'],
  ['fallback: first <button>', 'button'],
];
for (const [name, css] of probes) {
  const el = document.querySelector(css);
  if (el && el.getClientRects().length > 0) {
    return { found: name, now: performance.now(), origin: performance.timeOrigin };
  }
}
return { found: null, now: performance.now(), origin: performance.timeOrigin };
