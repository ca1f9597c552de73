"""Writes per-utterance JSON Lines whose texts mix plain ASCII with everything the engine's ASCII fast path must hand
over to the normaliser's own path: non-ASCII letters, Unicode punctuation and whitespace, JSON escapes (half the lines
are written with ensure_ascii), U+0130, characters beyond U+FFFF, null texts.

    python3 mixed_corpus.py DIR/mixed.jsonl 50000
    python3 reference_scorer.py 'DIR/*.jsonl' > expected.json      # and with --normalizer none
    release-gates metrics 'DIR/*.jsonl' > actual.json                # every metric equal
"""
import json, random, sys
out, n = sys.argv[1], int(sys.argv[2])
rnd = random.Random(5)
ascii_words = ["start", "metformin", "500", "mg", "Daily", "TAKE", "dose", "it's", "start-up", "x+y", "$5", "a_b", "e-mail",
               '"ok"', "back\\slash", "a\x1fb", "tab\tbed"]
other_words = ["café", "CAFÉ", "naïve", "İstanbul", "straße", "東京", "«quoted»", "“hi”", "don’t", "Ωmega", "𐐀x", "a\u00adb", "ǅemal", "ﬁne"]
seps = [" ", " ", " ", "  ", "\t", "\u00a0", "\u2003", " - ", ", ", ". ", "\u3000", " \u2014 "]
def sentence(k, mix):
    words = [rnd.choice(other_words if rnd.random() < mix else ascii_words) for _ in range(k)]
    return "".join(w + rnd.choice(seps) for w in words).strip(" ") + rnd.choice(["", ".", "?", "!", " …"])
def mutate(text):
    words = text.split(" ")
    for _ in range(rnd.randint(0, 3)):
        i = rnd.randrange(len(words))
        words[i] = rnd.choice([w.upper() if rnd.random() < 0.5 else w for w in ascii_words + other_words])
    if rnd.random() < 0.3 and len(words) > 1: del words[rnd.randrange(len(words))]
    return " ".join(words)
with open(out, "w", encoding="utf-8", newline="\n") as f:
    for u in range(n):
        mix = rnd.choice([0.0, 0.0, 0.1, 0.5])
        ref = sentence(rnd.randint(0, 14), mix)
        hyp = mutate(ref) if ref and rnd.random() < 0.8 else sentence(rnd.randint(0, 10), mix)
        words = hyp.split(" ")
        line = {"id": f"m-{u}", "reference": ref if rnd.random() > 0.02 else None, "hypothesis": hyp,
                "slices": [rnd.choice(["tenant:a", "tenant:é", "accent:in"])],
                "entities": [rnd.choice(words) + rnd.choice(["", " " + rnd.choice(words)])],
                "first_partial_ms": rnd.randint(100, 900), "final_ms": rnd.randint(500, 3000)}
        if rnd.random() < 0.7:
            line["partials"] = [mutate(" ".join(words[: len(words) * p // 4]) or "x") if rnd.random() < 0.3 else " ".join(words[: len(words) * p // 4]) for p in range(1, 4)]
        f.write(json.dumps(line, ensure_ascii=rnd.random() < 0.5) + "\n")
