// Subresource integrity for the UI's scripts and wasm modules (run by scripts/ui-wasm.sh on
// Trunk's staging dir, after wasm-opt). Trunk gave its own rust step's output SRI; that step is
// skipped now (ADR 0009), so this gives the same to what replaced it, one link further:
//   index.html ─ integrity ─▶ boot.js, reach-ui.js, __wasm_split.js (modulepreload)
//   boot.js ─ fetch(…, { integrity }) ─▶ reach-ui_bg.wasm (the first module)
//   __wasm_split.js ─ fetch(…, { integrity }) ─▶ split_*.wasm (the screens)
// A changed byte anywhere stops that file from loading: a first module that fails shows nothing
// (the page stays the empty disguise), a screens module that fails shows the plain error.
// Usage: node scripts/ui-integrity.mjs <staging dir>
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) throw new Error('usage: ui-integrity.mjs <staging dir>');
const sri = (name) => `sha384-${createHash('sha384').update(readFileSync(join(dir, name))).digest('base64')}`;

// The loader wasm-split-cli wrote fetches each module as `fetch(new URL("./<file>", import.meta.url))`.
const loader = '__wasm_split.js';
let js = readFileSync(join(dir, loader), 'utf8');
for (const file of readdirSync(dir).filter((f) => /^split_.*\.wasm$/.test(f))) {
  const call = `fetch(new URL("./${file}", import.meta.url))`;
  const hits = js.split(call).length - 1;
  if (hits !== 1) throw new Error(`${loader}: expected one ${call}, found ${hits} (wasm-split-cli changed?)`);
  js = js.replace(call, `fetch(new URL("./${file}", import.meta.url), { integrity: "${sri(file)}" })`);
}
writeFileSync(join(dir, loader), js);

writeFileSync(join(dir, 'boot.js'), `// Starts the UI (written by scripts/ui-integrity.mjs; ADR 0009): the first wasm module holds
// the calculator disguise and the app's shell; __wasm_split.js loads the screens behind the PIN.
import init from './reach-ui.js';

init({ module_or_path: fetch(new URL('reach-ui_bg.wasm', import.meta.url), { integrity: '${sri('reach-ui_bg.wasm')}' }) });
`);

const tags = ['reach-ui.js', loader].map((f) => `<link rel=modulepreload href=${f} integrity=${sri(f)}>`).join('')
  + `<script type=module src=boot.js integrity=${sri('boot.js')}></script>`;
const htmlPath = join(dir, 'index.html');
const html = readFileSync(htmlPath, 'utf8');
if (!html.includes('</head>')) throw new Error('index.html has no </head>');
writeFileSync(htmlPath, html.replace('</head>', `${tags}</head>`));
