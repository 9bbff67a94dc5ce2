#!/usr/bin/env python3
"""Drafts crates/core/src/speech/ja_readings.txt: how the Japanese voice reads the kanji of
locales/ja/main.ftl.

espeak-ng's Japanese voice reads kana only (a kanji is read "Chinese letter", in English), and it
reads the particles は and へ as "ha" and "he" where Japanese says "wa" and "e". This script runs
MeCab (IPADIC) over every text of the Japanese locale, takes each word's pronunciation, and
writes a table of rewrites (a run of text -> its reading in hiragana) that, applied longest
match first, gives MeCab's pronunciation of every text (checked before it is written): a word
with a kanji becomes its reading; a particle は or へ joins the word before it and is written わ
or え; 〜 becomes から and ・ a pause. A run is only as long as it must be: a word alone, widened
by the words around it where it reads differently elsewhere or is found inside a reference
word; runs no text uses are left out.

It is run by hand when the Japanese locale's kanji change (a test in reach-core names any kanji
the table does not cover), and its output is read by a person before it is committed: MeCab
guesses a reading from its dictionary, and a guess can be wrong. The table is machine-drafted
until a native speaker reviews it, as the locale is.

Needs MeCab and IPADIC (the Debian packages mecab and mecab-ipadic-utf8): installed if missing.
Usage: scripts/draft-ja-readings.py [--check]   (--check: only report, write nothing)
"""
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "locales/ja/main.ftl"
OUT = ROOT / "crates/core/src/speech/ja_readings.txt"
WORDS = ROOT / "crates/core/src/reference/ja.txt"
DIC = "/var/lib/mecab/dic/ipadic-utf8"

# Signs the voice has no name for: it spells out, letter by letter, the word they stand in, and
# says each "Japanese letter", in English. 18〜25 is said "18 kara 25"; 警察・緊急通報 has a pause.
SIGNS = {"〜": "から", "～": "から", "・": "、"}

# MeCab's guesses that were wrong, found by reading its output: the run of text, as read here.
# A run is made one word before the table is drafted, so the table reads it so everywhere.
CORRECTIONS = {
    "一人": "ひとり",  # 一人で: "alone", not "one person" (いちにん)
    "今危険": "いまきけん",  # 今 "now", not the prefix こん
    "何の": "なんの",
    "何曜日": "なんよーび",
    "正しく": "ただしく",  # 正しくありません: "is not right", not "precisely" (まさしく)
    "守り": "まもり",  # 守りが弱く: "protection", not "a nursemaid" (もり)
    "の間に": "のあいだに",  # "between { $from } and { $to }", not "a room" (ま)
}


def is_han(c):
    o = ord(c)
    return 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x323AF


def hiragana(s):
    return "".join(chr(ord(c) - 0x60) if 0x30A1 <= ord(c) <= 0x30F6 else c for c in s)


def texts():
    """Every run of text in the locale, between placeables, with its message id."""
    out = []
    msg = None
    for line in LOCALE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        m = re.match(r"^(-?[a-zA-Z][\w-]*) =(.*)$", line)
        if m:
            msg, value = m.group(1), m.group(2)
        else:
            value = re.sub(r"^\s*\*?\[[^\]]*\]", "", line)
        for seg in re.split(r"\{[^}]*\}?|\}", value):
            seg = seg.strip()
            if seg and any(is_han(c) or 0x3040 <= ord(c) <= 0x30FF or c in SIGNS for c in seg):
                out.append((msg, seg))
    return out


def need_mecab():
    """Installs MeCab and its dictionary (Debian packages) if either is missing."""
    if shutil.which("mecab") and Path(DIC).is_dir():
        return
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(sudo + ["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(sudo + ["apt-get", "install", "-y", "-qq", "mecab", "mecab-ipadic-utf8"],
                   check=True, env=env)


def analyse(segs):
    """MeCab's tokens of each text: (surface, what the voice should be given)."""
    run = subprocess.run(["mecab", "-d", DIC], input="\n".join(s for _, s in segs) + "\n",
                         capture_output=True, text=True, check=True)
    result, cur, at = [], [], 0
    for line in run.stdout.splitlines():
        seg = segs[len(result)][1]
        if line == "EOS":
            if at < len(seg):
                cur.append((seg[at:], seg[at:]))
            result.append(correct(cur))
            cur, at = [], 0
            continue
        surface, feats = line.split("\t")
        # MeCab drops the spaces between words: keep them, as the voice is given them.
        found = seg.index(surface, at)
        if found > at:
            cur.append((seg[at:found], seg[at:found]))
        at = found + len(surface)
        f = feats.split(",")
        pron = f[8] if len(f) > 8 and f[8] != "*" else None
        if any(is_han(c) for c in surface):
            if pron is None:
                raise SystemExit(f"MeCab has no reading for {surface!r}: add it by hand")
            cur.append((surface, hiragana(pron)))
        elif surface in SIGNS:
            cur.append((surface, SIGNS[surface]))
        elif f[0] == "助詞" and surface in ("は", "へ"):
            cur.append((surface, {"は": "わ", "へ": "え"}[surface]))
        else:
            cur.append((surface, surface))
    assert len(result) == len(segs), (len(result), len(segs))
    return result


def correct(toks):
    """`toks` with each run of CORRECTIONS made one word, read as corrected."""
    out, i = [], 0
    while i < len(toks):
        for j in range(len(toks), i, -1):
            run = "".join(s for s, _ in toks[i:j])
            if run in CORRECTIONS:
                out.append((run, CORRECTIONS[run]))
                i = j
                break
        else:
            out.append(toks[i])
            i += 1
    return out


def rewrite(table, text, longest, used=None):
    out, i = [], 0
    while i < len(text):
        for n in range(min(longest, len(text) - i), 0, -1):
            if text[i:i + n] in table:
                if used is not None:
                    used.add(text[i:i + n])
                out.append(table[text[i:i + n]])
                i += n
                break
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def draft():
    segs = texts()
    tokens = analyse(segs)
    # Every token that must change, as a span of tokens: a particle takes the word before it.
    spans = []
    for t, toks in enumerate(tokens):
        for i, (s, r) in enumerate(toks):
            if s != r:
                start = i - 1 if s in ("は", "へ") and i > 0 else i
                spans.append([t, start, i + 1])
    # Widen every span whose text is read differently elsewhere, or is found inside a word of
    # the reference list (read as written: のは is in なのはな), until neither is so.
    words = [w for w in WORDS.read_text(encoding="utf-8").splitlines() if w and not w.startswith("#")]
    for _ in range(20):
        seen = {}
        for sp in spans:
            t, a, b = sp
            key = "".join(s for s, _ in tokens[t][a:b])
            seen.setdefault(key, set()).add("".join(r for _, r in tokens[t][a:b]))
        clash = {k for k, v in seen.items() if len(v) > 1 or any(k in w for w in words)}
        if not clash:
            break
        for sp in spans:
            t, a, b = sp
            if "".join(s for s, _ in tokens[t][a:b]) in clash:
                if b < len(tokens[t]):
                    sp[2] += 1
                elif a > 0:
                    sp[1] -= 1
    table = {}
    for t, a, b in spans:
        table["".join(s for s, _ in tokens[t][a:b])] = "".join(r for _, r in tokens[t][a:b])
    # Longest match first must give MeCab's reading of every text; where it does not, the whole
    # text is its own entry.
    whole = 0
    for (msg, seg), toks in zip(segs, tokens):
        want = "".join(r for _, r in toks)
        if rewrite(table, seg, max(map(len, table))) != want:
            table[seg] = want
            whole += 1
    # A run that a longer one always takes the place of is never used: left out.
    used = set()
    for _, seg in segs:
        rewrite(table, seg, max(map(len, table)), used)
    table = {k: v for k, v in table.items() if k in used}
    for (msg, seg), toks in zip(segs, tokens):
        assert rewrite(table, seg, max(map(len, table))) == "".join(r for _, r in toks), seg
    for w in words:
        assert rewrite(table, w, max(map(len, table))) == w, w
    return segs, table, whole


def main():
    need_mecab()
    segs, table, whole = draft()
    left = [s for _, s in segs if any(is_han(c) for c in rewrite(table, s, max(map(len, table))))]
    print(f"{len(segs)} texts, {len(table)} entries, {whole} whole texts, {len(left)} with kanji left",
          file=sys.stderr)
    if "--check" in sys.argv:
        return
    lines = [
        "# How espeak-ng's Japanese voice is given the kanji of locales/ja/main.ftl: a run of text,",
        "# a tab, its reading in hiragana (ー for a long vowel). Applied longest match first; a",
        "# particle は or へ is joined to the word before it and written わ or え, as it is said.",
        "# Drafted by scripts/draft-ja-readings.py from MeCab 0.996 with IPADIC 2.7.0, then read",
        "# through by a person; a native speaker has not reviewed it.",
        "# machine-drafted: true",
    ]
    lines += [f"{k}\t{v}" for k, v in sorted(table.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
