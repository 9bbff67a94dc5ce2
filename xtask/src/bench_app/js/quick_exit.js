// Run by bench-app through WebDriver (`xtask/src/bench_app.rs`, QUICK_EXIT_JS): a function body,
// so `arguments` and a top-level `return` are what WebDriver's execute script gives it.
const [calcSel, contentSel, done] = arguments;
const visible = (sel) => { const el = document.querySelector(sel); return !!el && el.getClientRects().length > 0; };
if (!visible(contentSel)) { done({ error: 'no unlocked screen before the quick exit' }); return; }
// Shown: the calculator is rendered and the app's content is not (it may still be in the DOM,
// hidden, for one frame: the quick exit forgets it right after painting).
const swapped = () => visible(calcSel) && !visible(contentSel);
let t0 = 0, swap = null, raf = null, paint = null, forgotten = null, finished = false;
let handler = null, atReturn = false;
const finish = (r) => { if (!finished) { finished = true; obs.disconnect(); done(r); } };
const check = () => {
  if (forgotten === null && !document.querySelector(contentSel)) forgotten = performance.now() - t0;
  if (paint !== null && forgotten !== null) finish({ swap, raf, paint, forgotten, handler, atReturn });
};
const afterSwap = () => {
  swap = performance.now() - t0;
  requestAnimationFrame(() => {
    raf = performance.now() - t0;
    // The task after the frame's rendering update: the frame with the calculator is painted.
    setTimeout(() => { paint = performance.now() - t0; check(); }, 0);
  });
};
// Watches for a swap made later (asynchronously), and for the content leaving the DOM. Attached
// after the dispatch, so that what the handler itself did is judged when it returns.
const obs = new MutationObserver(() => { if (swap === null && swapped()) afterSwap(); check(); });
t0 = performance.now();
document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true, cancelable: true }));
handler = performance.now() - t0;
atReturn = swapped();
obs.observe(document.documentElement, { childList: true, subtree: true, attributes: true });
if (atReturn) afterSwap();
check();
setTimeout(() => finish({ error: 'the calculator did not replace the content within 2 s' }), 2000);
