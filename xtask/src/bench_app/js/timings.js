// Run by bench-app through WebDriver (`xtask/src/bench_app.rs`, TIMINGS_JS): a function body,
// so `arguments` and a top-level `return` are what WebDriver's execute script gives it.
const has = typeof performance.getEntriesByType === 'function';
const paint = has ? performance.getEntriesByType('paint').map(e => ({ name: e.name, t: e.startTime })) : [];
const nav = has ? performance.getEntriesByType('navigation')[0] : undefined;
let a = performance.now(), b = a;
while (b === a) b = performance.now();
return {
  clockStep: b - a,
  paintApi: typeof PerformancePaintTiming !== 'undefined',
  paint,
  dcl: nav ? nav.domContentLoadedEventEnd : null,
  load: nav ? nav.loadEventEnd : null,
  origin: performance.timeOrigin,
  now: performance.now(),
};
