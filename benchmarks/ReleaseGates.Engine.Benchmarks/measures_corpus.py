"""Writes per-turn lines shaped like a voice agent's evaluation (contract §8): calls as groups, language slices, ASR
text on some turns, and measures — a first-audio-byte latency with timeouts (bare Infinity, as Python's json writes
it), a turn latency, a cost with many decimals (where a naive sum and math.fsum differ), barge-in, handoff — some
null. For checking `release-gates metrics` against reference_scorer.py digit for digit:

    python3 measures_corpus.py DIR/turns.jsonl 100000
    python3 reference_scorer.py DIR/turns.jsonl > expected.json
    release-gates metrics DIR/turns.jsonl > actual.json
    python3 compare_metrics.py expected.json actual.json
"""
import json
import math
import random
import sys

path, turns = sys.argv[1], int(sys.argv[2])
random.seed(20261206)
words = "i want to cancel my order please check the status of my refund for account number five two".split()
with open(path, "w", encoding="utf-8") as out:
    for t in range(turns):
        call = t // random.randint(4, 12)
        line = {"id": f"turn-{t:07d}", "group": f"call-{call:06d}", "slices": [random.choice(["lang:en", "lang:es", "lang:de"])]}
        if random.random() < 0.7:
            ref = [random.choice(words) for _ in range(random.randint(2, 18))]
            hyp = [w if random.random() > 0.1 else random.choice(words) for w in ref]
            line["reference"] = " ".join(ref).capitalize() + random.choice([".", "?", "!"])
            line["hypothesis"] = " ".join(hyp)
        fab = math.inf if random.random() < 0.02 else round(random.lognormvariate(5.2, 0.4), random.choice([0, 1, 3]))
        measures = {
            "first_audio_byte_ms": None if random.random() < 0.03 else fab,
            "turn_latency_ms": random.lognormvariate(6.8, 0.35),
            "cost_usd": random.uniform(0.0001, 0.01) * random.choice([1, 1e-3, 1e3]),
            "barge_in": random.random() < 0.12,
            "handoff": None if random.random() < 0.5 else random.random() < 0.05,
        }
        line["measures"] = measures
        out.write(json.dumps(line) + "\n")
