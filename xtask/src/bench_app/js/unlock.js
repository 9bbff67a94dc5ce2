// Run by bench-app through WebDriver (`xtask/src/bench_app.rs`, UNLOCK_JS): a function body,
// so `arguments` and a top-level `return` are what WebDriver's execute script gives it.
const pin = arguments[0];
const keys = () => [...document.querySelectorAll('.calculator .keys button, [data-testid^="calc-key-"]')];
const key = d => document.querySelector(`[data-testid="calc-key-${d}"]`) || keys().find(b => b.textContent.trim() === d);
for (const d of pin) { const b = key(d); if (!b) return 'no calculator key ' + d; b.click(); }
const eq = document.querySelector('[data-testid="calc-equals"]') || document.querySelector('.calculator .key.eq');
if (!eq) return 'no "=" key';
eq.click();
return null;
