#!/usr/bin/env node
// Drafts crates/core/src/reference/my.zawgyi.tsv: how each word of the Burmese reference word
// list (crates/core/src/reference/my.txt) is encoded in Zawgyi, so that a person whose phone
// types Zawgyi (the font and keyboard most Burmese phones used until 2019, and many still do)
// can type their reference as they type anything else.
//
// Zawgyi is not a Unicode encoding of Burmese: it reuses Burmese code points for the shapes a
// font draws (ေ before its letter, medial ra in several widths, stacked letters as their own
// code points). There is no Rust crate that converts it, and a converter of our own would be a
// new, untested piece of hand-written code on the path of a secret. The reference needs only
// 256 words, so they are converted here, once, by two independent converters:
//   - Rabbit (rabbit-node, MIT): the converter most used in Myanmar;
//   - Google's myanmar-tools (Apache-2.0): its published transliteration rules (resources/
//     U2Z.js and Z2U.js), applied phase by phase, each rule at the current position, as that
//     rule format defines.
// Each converter's Zawgyi form of each word is kept only if BOTH converters read it back (Zawgyi
// to Unicode, then NFC) as exactly that word; the two often differ in which glyph variant they
// pick (ra U+101B or U+1090, nya U+1009 or U+1025, the order of ု and ံ), as Zawgyi keyboards
// do, so both are kept where both pass. A form equal to the Unicode word adds nothing.
//
// Run by hand when my.txt changes (a test in reach-core fails while a word has no row):
//   node scripts/draft-my-zawgyi.mjs [--check]   (--check: compare, write nothing)
// It installs the two packages, at the versions named below, into a temporary directory.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const RABBIT = 'rabbit-node@1.0.4';
const GOOGLE = 'myanmar-tools@1.2.0';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const listPath = join(root, 'crates/core/src/reference/my.txt');
const outPath = join(root, 'crates/core/src/reference/my.zawgyi.tsv');
const check = process.argv.includes('--check');

const dir = mkdtempSync(join(tmpdir(), 'reach-zawgyi-'));
try {
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', dir, RABBIT, GOOGLE],
    { stdio: ['ignore', 'ignore', 'inherit'] });
  const require = createRequire(join(dir, 'package.json'));
  const rabbit = require('rabbit-node');
  const rules = vm.createContext({ RegExp });
  const resources = join(dir, 'node_modules/myanmar-tools/resources');
  vm.runInContext(readFileSync(join(resources, 'U2Z.js'), 'utf8'), rules);
  vm.runInContext(readFileSync(join(resources, 'Z2U.js'), 'utf8'), rules);
  const google = {
    uni2zg: (s) => phases(vm.runInContext('getAllRulesU2Z()', rules), s),
    zg2uni: (s) => phases(vm.runInContext('getAllRulesZ2U()', rules), s),
  };

  const words = readFileSync(listPath, 'utf8').split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .flatMap((l) => l.trim().split(/\s+/));
  const rows = [];
  let kept = 0;
  let refused = 0;
  for (const word of words) {
    const forms = [...new Set([rabbit.uni2zg(word), google.uni2zg(word)])].filter((z) => z !== word);
    const good = forms.filter((z) => rabbit.zg2uni(z).normalize('NFC') === word
      && google.zg2uni(z).normalize('NFC') === word);
    refused += forms.length - good.length;
    kept += good.length;
    if (good.length) rows.push([word, ...good].join('\t'));
  }
  const text = [
    '# Zawgyi forms of the Burmese reference words (my.txt): the word, a tab, then each Zawgyi',
    '# encoding of it that two converters agree reads back as exactly that word.',
    `# Drafted by scripts/draft-my-zawgyi.mjs (${RABBIT}, ${GOOGLE}); do not edit by hand.`,
    '# machine-drafted: checked by converters, not yet by a person typing on a Zawgyi phone.',
    ...rows,
    '',
  ].join('\n');
  console.log(`${words.length} words, ${rows.length} with a Zawgyi form of their own, ${kept} forms kept, `
    + `${refused} refused (the converters disagreed on reading them back)`);
  if (check) {
    const now = readFileSync(outPath, 'utf8');
    if (now !== text) {
      console.error(`${outPath} is not what the converters give: run without --check`);
      process.exit(1);
    }
  } else {
    writeFileSync(outPath, text);
    console.log(`wrote ${outPath}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// Google's rule format: in each phase, at each position, every rule is tried in order against
// the rest of the text (a rule marked matchOnStart only at its start); a rule that matches
// replaces what it matched and, unless marked `revisit`, moves the position past the
// replacement. Where none matches, one character is copied and the position moves on.
function phases(allRules, text) {
  let s = text;
  for (const phaseRules of allRules) {
    let done = '';
    let rest = s;
    let atStart = true;
    while (rest.length > 0) {
      let matched = false;
      for (const rule of phaseRules) {
        if (rule.matchOnStart != null && !atStart) continue;
        const m = rest.match(rule.p);
        if (!m) continue;
        matched = true;
        const after = rest.length - m[0].length;
        rest = rest.replace(rule.p, rule.s);
        if (rule.revisit == null) {
          const cut = rest.length - after;
          done += rest.slice(0, cut);
          rest = rest.slice(cut);
        }
      }
      if (!matched) {
        done += rest[0];
        rest = rest.slice(1);
      }
      atStart = false;
    }
    s = done;
  }
  return s;
}
