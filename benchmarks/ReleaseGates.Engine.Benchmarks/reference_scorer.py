"""An independent scorer for per-utterance JSON Lines, written from contract sections 6-9 alone, in plain Python.

Used to check `release-gates metrics` to the last digit:

    python3 reference_scorer.py 'eval/baseline/*.jsonl' > expected.json
    release-gates metrics 'eval/baseline/*.jsonl' > actual.json
    # every metric, overall and per slice, must be equal (Python floats compare exactly; null is None)

With `--normalizer none` first, the texts are scored as given, only split on whitespace (release-gates metrics
--normalizer none).

Textbook algorithms on purpose (full edit-distance table, sorted percentiles, list sublist search, math.fsum, hashlib),
sharing no code or shortcut with the engine. Python's json module reads bare Infinity as float('inf'): a timeout.
"""
import glob
import hashlib
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
kinds = {}  # measure name -> 'number' or 'boolean', in the order first seen
digests = {}
def g(name):
    return groups.setdefault(name, dict(n=0, e=0, w=0, ent=0, miss=0, er=0, cw=0, hasp=False, fields={}))
def report(s, field, value):
    # null (None) and NaN mean not reported; +inf is a timeout
    if value is None or (not isinstance(value, bool) and math.isnan(value)): return
    s['fields'].setdefault(field, []).append(value)
files = sorted(set(f for pat in sys.argv[3 if verbatim else 1:] for f in glob.glob(pat, recursive=True)))
for f in files:
    for line in open(f, encoding='utf-8'):
        if not line.strip(): continue
        u = json.loads(line)
        r, h = norm(u.get('reference') or ''), norm(u.get('hypothesis') or '')
        digests[u['id']] = hashlib.sha256(u['id'].encode() + b"\0" + " ".join(r).encode()).digest()
        measures = u.get('measures') or {}
        for k, v in measures.items():
            if v is not None and k not in kinds: kinds[k] = 'boolean' if isinstance(v, bool) else 'number'
            elif k not in kinds: kinds.setdefault(k, None)
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
            report(s, 'first_partial_ms', u.get('first_partial_ms'))
            report(s, 'final_ms', u.get('final_ms'))
            for k, v in measures.items(): report(s, k, v)
def numbers(m, field, vals, mean):
    if mean: m[f'{field}_mean'] = (math.fsum(vals) / len(vals)) if vals else None
    for p in (50, 95, 99): m[f'{field}_p{p}'] = pct(vals, p)
    m[f'{field}_timeout_rate'] = sum(1 for v in vals if v == math.inf) / len(vals) if vals else None
def metrics(s):
    m = dict(samples=s['n'], wer=s['e']/s['w'] if s['w'] else None, entity_error_rate=s['miss']/s['ent'] if s['ent'] else None)
    for k in ('first_partial_ms', 'final_ms'): numbers(m, k, s['fields'].get(k, []), mean=False)
    m['partial_churn'] = s['er']/s['cw'] if s['hasp'] and s['cw'] else None
    for k, kind in kinds.items():
        vals = s['fields'].get(k, [])
        if kind == 'boolean': m[f'{k}_rate'] = sum(1 for v in vals if v) / len(vals) if vals else None
        elif kind == 'number': numbers(m, k, vals, mean=True)
    return m
fingerprint = "sha256:" + hashlib.sha256(b"".join(digests[i] for i in sorted(digests, key=str.encode))).hexdigest()
print(json.dumps(dict(normalizer='none/1' if verbatim else 'standard/1', eval_set=dict(utterances=len(digests), fingerprint=fingerprint),
                      samples=groups[None]['n'], metrics=metrics(groups[None]),
                      slices={k: dict(samples=v['n'], metrics=metrics(v)) for k, v in sorted(groups.items(), key=lambda kv: kv[0] or '') if k is not None})))
