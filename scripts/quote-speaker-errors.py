#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Speaker errors of `parley quotes` predictions against the PolNeAR gold file (docs/evaluation.md, "Quotes").

Matches predictions to gold quotes as `score quotes` does (greedy one-to-one, a prediction covering >= 50 % of a
gold content), then, for the matched gold quotes with a speaker whose predicted speaker span does not overlap it:

  quote-speaker-errors.py classify PRED.jsonl [CLASS N]   counts per error class (and N examples of CLASS)
  quote-speaker-errors.py diff OLD.jsonl NEW.jsonl [N]    speakers gained and lost between two runs

Classes: no speaker; the speaker of another gold report (enclosing, enclosed or neighbouring, within 400
characters); a gold pronoun we missed; a pronoun we chose; a speaker inside the content; another noun phrase
within 100 characters; farther. "same cue" says whether our cue is the gold cue (else the prediction matched a
gold report of another cue: a content error more than a speaker error). Examples mark [G:gold speaker],
<P:predicted speaker> and {gold content}.
"""
import collections
import gzip
import json
import os
import random
import sys

GOLD = os.path.join(os.path.dirname(__file__), '..', '..', 'shared', 'eval', 'quotes', 'polnear_train.jsonl.gz')
PRON = {'he', 'she', 'they', 'it', 'i', 'we', 'you', 'him', 'her', 'them', 'us', 'me', 'who', 'which', 'that',
        'his', 'their', 'its'}
def ov(a, frags): return sum(max(0, min(a[1], e) - max(a[0], s)) for s, e in frags)
def match(G, P):
    cand = []
    for i, g in enumerate(G):
        need = sum(e - s for s, e in g['frags'])
        for j, p in enumerate(P):
            o = ov(p['span'], g['frags'])
            if o and 2 * o >= need: cand.append((o, -i, -j, i, j))
    cand.sort(reverse=True); gi, pj, out = set(), set(), []
    for _, _, _, i, j in cand:
        if i not in gi and j not in pj: gi.add(i); pj.add(j); out.append((i, j))
    return out
def load(gold, pred):
    preds = {}
    for l in open(pred):
        d = json.loads(l); preds[d['id']] = d
    res = []
    for l in gzip.open(gold, 'rt'):
        d = json.loads(l); t = d['text']
        G = [dict(span=(q['start'], q['end']), frags=[tuple(f) for f in q.get('fragments') or [[q['start'], q['end']]]],
                  spk=(q['speaker_start'], q['speaker_end']) if q.get('speaker_start') is not None else None,
                  cue=(q['cue_start'], q['cue_end']) if q.get('cue_start') is not None else None, direct=q['direct']) for q in d['quotes']]
        P = [dict(span=(q['start'], q['end']), spk=(q['speaker_start'], q['speaker_end']) if q.get('speaker_start') is not None else None,
                  cue=q.get('cue')) for q in preds.get(d['id'], {}).get('quotes', [])]
        for i, j in match(G, P):
            g, p = G[i], P[j]
            if not g['spk']: continue
            ok = bool(p['spk'] and ov(p['spk'], [g['spk']]) > 0)
            res.append(dict(doc=d['id'], t=t, g=g, p=p, ok=ok, G=G, key=(d['id'], g['span'])))
    return res
def classify(r):
    g, p, t, G = r['g'], r['p'], r['t'], r['G']
    gs = t[g['spk'][0]:g['spk'][1]]
    if not p['spk']: return 'no speaker'
    ps = p['spk']
    # speaker of another gold quote near this one
    for h in G:
        if h is g or not h['spk']: continue
        if ov(ps, [h['spk']]) > 0:
            hs, he = h['span']
            if hs <= g['span'][0] and he >= g['span'][1]: return 'enclosing report'
            if g['span'][0] <= hs and g['span'][1] >= he: return 'enclosed report'
            if abs(hs - g['span'][0]) < 400: return 'neighbouring report'
    if gs.lower().strip() in PRON: return 'gold pronoun'
    pt = t[ps[0]:ps[1]]
    if pt.lower().strip() in PRON: return 'pred pronoun'
    if g['spk'][0] >= g['span'][0] and g['spk'][1] <= g['span'][1]: return 'gold inside content'
    if ps[0] >= g['span'][0] and ps[1] <= g['span'][1]: return 'pred inside content'
    d = min(abs(ps[0] - g['spk'][1]), abs(g['spk'][0] - ps[1]))
    return 'np within 100' if d < 100 else 'far'
def ctx(r):
    t, g, p = r['t'], r['g'], r['p']
    lo = max(0, min(g['span'][0], g['spk'][0], p['spk'][0] if p['spk'] else 10**9) - 60)
    hi = min(len(t), max(g['span'][1], g['spk'][1]) + 60)
    marks = []
    for (s, e), a, b in [(g['spk'], '[G:', ']'), (g['span'], '{', '}')] + ([(p['spk'], '<P:', '>')] if p['spk'] else []):
        marks.append((s, a)); marks.append((e, b))
    marks.sort(key=lambda x: x[0], reverse=True)
    s = t[lo:hi]
    for pos, m in marks:
        if lo <= pos <= hi: s = s[:pos - lo] + m + s[pos - lo:]
    return s.replace('\n', ' / ')
def same_cue(r):
    g, t = r['g'], r['t']
    gc = t[g['cue'][0]:g['cue'][1]].lower() if g['cue'] else ''
    pc = (r['p']['cue'] or '').lower()
    return bool(pc) and bool(gc) and (pc in gc or gc in pc)


def main(argv):
    gold = os.environ.get('PARLEY_POLNEAR', GOLD)
    if len(argv) >= 2 and argv[0] == 'classify':
        res = load(gold, argv[1])
        bad = [r for r in res if not r['ok']]
        print(f'matched with a gold speaker {len(res)}, right {len(res) - len(bad)}, '
              f'accuracy {(len(res) - len(bad)) / len(res):.4f}')
        c = collections.Counter((classify(r), same_cue(r)) for r in bad)
        for k in sorted({k for k, _ in c}, key=lambda k: -(c[(k, True)] + c[(k, False)])):
            print(f'{c[(k, True)] + c[(k, False)]:6d} {k} (same cue {c[(k, True)]})')
        if len(argv) >= 4:
            sel = [r for r in bad if classify(r) == argv[2]]
            random.seed(1)
            random.shuffle(sel)
            for r in sel[:int(argv[3])]:
                print('\n*', r['p']['cue'], '|', ctx(r)[:700])
    elif len(argv) >= 3 and argv[0] == 'diff':
        a = {r['key']: r for r in load(gold, argv[1])}
        b = {r['key']: r for r in load(gold, argv[2])}
        gain = [b[k] for k in b if b[k]['ok'] and not (k in a and a[k]['ok'])]
        lost = [a[k] for k in a if a[k]['ok'] and not (k in b and b[k]['ok'])]
        print('gained', len(gain), 'lost', len(lost))
        n = int(argv[3]) if len(argv) > 3 else 10
        random.seed(2)
        for name, rows in (('LOST', lost), ('GAINED', gain)):
            random.shuffle(rows)
            for r in rows[:n]:
                shown = b.get(r['key']) if name == 'LOST' and b.get(r['key']) else r
                print('\n', name, r['p']['cue'], '|', ctx(shown)[:600])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
