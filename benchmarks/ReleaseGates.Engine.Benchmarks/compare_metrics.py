"""Compares two structured evaluation outputs digit for digit: every metric overall and per slice, the sample counts,
the normaliser and the evaluation-set fingerprint. Exit code 1 and a list of differences when they differ."""
import json
import sys

expected, actual = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
differences = []
def compare(where, e, a):
    if e != a: differences.append(f"{where}: expected {e!r}, got {a!r}")
for key in ("normalizer", "eval_set", "samples"):
    compare(key, expected.get(key), actual.get(key))
def metrics(where, e, a):
    for name in sorted(set(e) | set(a)):
        compare(f"{where}.{name}", e.get(name), a.get(name))
metrics("overall", expected["metrics"], actual["metrics"])
for name in sorted(set(expected["slices"]) | set(actual["slices"])):
    e, a = expected["slices"].get(name, {}), actual["slices"].get(name, {})
    compare(f"{name}.samples", e.get("samples"), a.get("samples"))
    metrics(name, e.get("metrics", {}), a.get("metrics", {}))
count = sum(1 + len(s["metrics"]) for s in expected["slices"].values()) + 1 + len(expected["metrics"])
print(f"{count} values compared, {len(differences)} differ")
for d in differences[:20]: print(d)
sys.exit(1 if differences else 0)
