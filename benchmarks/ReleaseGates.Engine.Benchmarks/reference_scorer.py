"""An independent scorer for per-utterance JSON Lines, written from contract section 6 alone, in plain Python.

Used to check `release-gates metrics` to the last digit:

    python3 reference_scorer.py 'eval/baseline/*.jsonl' > expected.json
    release-gates metrics 'eval/baseline/*.jsonl' > actual.json
    # every metric, overall and per slice, must be equal (Python floats compare exactly; null is None)

With `--normalizer none` first, the texts are scored as given, only split on whitespace (release-gates metrics
--normalizer none).

Textbook algorithms on purpose (full edit-distance table, sorted percentiles, list sublist search), sharing no code
or shortcut with the engine.
"""
import glob
import json
import math
import sys
import unicodedata

verbatim = sys.argv[1:3] == ['--normalizer', 'none']
def norm(t):
    if not verbatim:
        t = ''.join(c for c in t.lower() if not unicodedata.category(c).startswith('P'))
    return t.split()
def ed(r, h):
    prev = list(range(len(h)+1))
    for i in range(1, len(r)+1):
        cur = [i] + [0]*len(h)
        for j in range(1, len(h)+1):
            cur[j] = min(prev[j-1] + (r[i-1] != h[j-1]), prev[j]+1, cur[j-1]+1)
        prev = cur
    return prev[-1]
def contains(h, e):
    return any(h[i:i+len(e)] == e for i in range(len(h)-len(e)+1)) if e else True
def lcp(a, b):
    n = 0
    while n < len(a) and n < len(b) and a[n] == b[n]: n += 1
    return n
def pct(vals, p):
    if not vals: return None
    s = sorted(vals); k = max(1, -(-p*len(s)//100)); return s[k-1]
groups = {}
def g(name):
    return groups.setdefault(name, dict(n=0, e=0, w=0, ent=0, miss=0, er=0, cw=0, hasp=False, fp=[], fm=[]))
files = sorted(set(f for pat in sys.argv[3 if verbatim else 1:] for f in glob.glob(pat, recursive=True)))
for f in files:
    for line in open(f, encoding='utf-8'):
        if not line.strip(): continue
        u = json.loads(line)
        r, h = norm(u['reference'] or ''), norm(u['hypothesis'] or '')
        edits = ed(r, h)
        ents = [norm(e) for e in (u.get('entities') or [])]
        miss = sum(1 for e in ents if not contains(h, e))
        parts = u.get('partials')
        for name in [None] + list(dict.fromkeys(u.get('slices') or [])):
            s = g(name); s['n'] += 1; s['e'] += edits; s['w'] += len(r); s['ent'] += len(ents); s['miss'] += miss
            if parts is not None:
                s['hasp'] = True
                outs = [norm(p) for p in parts] + [h]
                s['er'] += sum(len(a) - lcp(a, b) for a, b in zip(outs, outs[1:])); s['cw'] += len(h)
            # null, NaN and Infinity mean not reported (docs/per-utterance.md)
            if u.get('first_partial_ms') is not None and math.isfinite(u['first_partial_ms']): s['fp'].append(u['first_partial_ms'])
            if u.get('final_ms') is not None and math.isfinite(u['final_ms']): s['fm'].append(u['final_ms'])
def metrics(s):
    m = dict(samples=s['n'], wer=s['e']/s['w'] if s['w'] else None, entity_error_rate=s['miss']/s['ent'] if s['ent'] else None)
    for k, v in (('first_partial_ms', s['fp']), ('final_ms', s['fm'])):
        for p in (50, 95, 99): m[f'{k}_p{p}'] = pct(v, p)
    m['partial_churn'] = s['er']/s['cw'] if s['hasp'] and s['cw'] else None
    return m
print(json.dumps(dict(samples=groups[None]['n'], metrics=metrics(groups[None]), slices={k: dict(samples=v['n'], metrics=metrics(v)) for k, v in sorted(groups.items(), key=lambda kv: kv[0] or '') if k is not None})))
