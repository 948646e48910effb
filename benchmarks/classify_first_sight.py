"""Which replies does the reader apply wrongly on first sight, and does the out-of-depth
check (prr/replies/reply_depth.py) catch them on sets it was not fitted on?

Every blind reply set (tests/classify/cases/blind_replies*.yaml) was scored once by the
reader as it was then (its held-out run) and only read afterwards. This benchmark rebuilds
those first readings: for each set it extracts ``prr/`` of the commit that recorded the set's
held-out run (``git archive`` into a temporary directory, removed afterwards) and reads the
set with it, in a separate process. It then measures, for each reading applied without
review, the two marks the check uses:

- the word 1-2-gram cosine similarity of the deciding sentence to the closest sentence that
  reader was taught for the status (``familiar``);
- how much more surely a status that puts the main one in doubt (``counts_against`` of
  prr/replies/reply_depth.py: not a closure, nor an acknowledgement beside an extension
  taken) was read than the main one, which won
  on precedence (``surer_by``);

and fits both thresholds **leaving one set out**: each set's readings are held back at the
thresholds that maximise (right applications - 3 x wrong ones) on the other sets, and
compared with what the reader applied then, and with a plain higher apply bar fitted the
same way. A reader that already had the check (the sixth set's on) is run with it turned
off, so its readings count for the fit like the others; "then" applies its check as it was
shipped (0.24, 0.10, only a closure not counting). ``out_of_depth_closure_only`` is the
check fitted the same way as it counted a surer status before an acknowledgement beside an
extension taken stopped counting.

It also scores each first reader's tracking numbers (precision, recall) as they were, and
as the rule that a number is the request's only with evidence that it is would have kept them
(prr/replies/reply_facts.py: a request's label, a records-request code, the subject line, or
the one number the reader gave): the honest test of that rule, on sets it was not written from.

Usage: .venv/bin/python benchmarks/classify_first_sight.py
The last line is one JSON object with the figures per set and pooled.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from classify_accuracy import tracking_scores  # noqa: E402  (scored as the accuracy benchmark scores them)

from prr.replies.reply_depth import counts_against, fee_backed  # noqa: E402
from prr.replies.reply_model import normalise  # noqa: E402

CASES = ROOT / "tests" / "classify" / "cases"
# The commit that recorded each set's held-out run: the reader as it first read the set.
HELD_OUT_RUN = {"blind_replies": "83ec9dc", "blind_replies2": "0035e50", "blind_replies3": "39272a4",
                "blind_replies4": "d508590", "blind_replies5": "c52fbc1", "blind_replies6": "9a4b22c",
                "blind_replies7": "62f1ed9", "blind_replies8": "f9961f4",
                "blind_replies9": "bf6f43b", "blind_replies10": "5fbc67b", "blind_replies11": "2642028",
                "blind_replies12": "c01f98e", "blind_replies13": "89cab00"}
COST_OF_WRONG = 3
# The check as every reader that had it shipped it (prr/replies/reply_depth.py since the sixth set):
# those readers are run with the check off, and "then" applies it at these thresholds.
SHIPPED_CHECK = (0.24, 0.10, 0.0)
_READ = r"""
import json, sys, yaml
from datetime import date
snap, path = sys.argv[1:3]
sys.path.insert(0, snap)
import prr
assert prr.__file__.startswith(snap), prr.__file__
from prr.replies.classify import classify_text
from prr.replies.reply_model import load_sentences
try:   # a reader that had the check reads as before it: the check is what is fitted here
    import prr.replies.reply_depth as depth
    depth.FAMILIAR_AT, depth.SURER_BY, had_check = -1.0, 99.0, True
except ImportError:
    had_check = False
out = []
for c in yaml.safe_load(open(path))["cases"]:
    md = c.get("message_date")
    r = classify_text(c.get("text") or "", subject=c.get("subject"),
                      message_date=date.fromisoformat(str(md)) if md else None,
                      has_attachment=c.get("has_attachment", False), attachment_text=c.get("attachment_text") or "")
    out.append({"id": c["id"], "want": c["statuses"], "got": r.status, "confidence": r.confidence,
                "apply": r.apply, "reading": r.to_json()})
print(json.dumps({"train": load_sentences(), "results": out, "had_check": had_check}))
"""


def first_readings(name: str, commit: str, tmp: Path) -> dict:
    snap = tmp / commit
    snap.mkdir()
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "prr"], check=True, capture_output=True)
    subprocess.run(["tar", "-x", "-C", str(snap)], input=archive.stdout, check=True)
    env = dict(os.environ, PRR_MODEL_CACHE=str(tmp / "cache"), PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", _READ, str(snap), str(CASES / f"{name}.yaml")],
                          check=True, capture_output=True, text=True, env=env)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _pr(pairs) -> dict:
    precision, recall = tracking_scores(pairs)
    return {"precision": precision, "recall": recall}


def tracking_first_sight(name: str, data: dict) -> dict:
    """The first reader's tracking numbers, and those of them the evidence rule keeps."""
    from prr.replies.classify import prepared_text
    from prr.replies.reply_facts import request_number_evidence

    cases = {c["id"]: c for c in yaml.safe_load((CASES / f"{name}.yaml").read_text(encoding="utf-8"))["cases"]}
    then, kept = [], []
    for r in data["results"]:
        case = cases[r["id"]]
        t, subject_end = prepared_text(case.get("text") or "", subject=case.get("subject"),
                                       attachment_text=case.get("attachment_text") or "")
        got = r["reading"].get("tracking_numbers") or []
        want = [str(x) for x in case.get("tracking", [])]
        then.append((got, want))
        kept.append((got if len(got) == 1 else [v for v in got if request_number_evidence(t.text, v, subject_end)],
                     want))
    return {"then": _pr(then), "with_evidence_rule": _pr(kept)}


def marks(data: dict, set_name: str) -> list[dict]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [normalise(s) for s, _ in data["train"]]
    labels = np.array([label for _, label in data["train"]])
    words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, token_pattern=r"(?u)\b\w[\w']*\b").fit(texts)
    known = words.transform(texts)
    rows = []
    for r in data["results"]:
        statuses = r["reading"]["statuses"]
        main = next((s for s in statuses if s["status"] == r["got"]), None)
        fee = r["reading"].get("fee") or {}
        row = {"set": set_name, "id": r["id"], "apply": r["apply"], "right": r["got"] in r["want"],
               "had_check": data.get("had_check", False),
               "confidence": r["confidence"], "familiar": 1.0, "surer_by": -1.0,
               "fee_backed": r["got"] == "fee" and bool(fee.get("before_work"))
               and any(fee.get(k) for k in ("total", "deposit", "balance"))}
        if main:
            # a fee sentence pricing the hours the work needs is backed too
            row["fee_backed"] = fee_backed(r["got"], main["evidence"], row["fee_backed"])
            sims = (known @ words.transform([normalise(main["evidence"])]).T).toarray().ravel()
            row["familiar"] = float(sims[labels == r["got"]].max()) if (labels == r["got"]).any() else 0.0
            others = [s["confidence"] for s in statuses if s["status"] != r["got"]
                      and counts_against(r["got"], main["evidence"], s["status"], s["evidence"])]
            row["surer_by"] = max(others, default=0.0) - r["confidence"]
            # as the readers that had the check counted it (every status but a closure)
            then = [s["confidence"] for s in statuses if s["status"] not in (r["got"], "closed")]
            row["surer_by_then"] = max(then, default=0.0) - r["confidence"]
        rows.append(row)
    return rows


def applied(row: dict, familiar_at: float, surer_by: float, bar: float = 0.0) -> bool:
    return (row["apply"] and row["confidence"] >= bar and row["surer_by"] <= surer_by
            and (row["familiar"] >= familiar_at or row["fee_backed"]))


def _gain(rows, params) -> float:
    kept = [r for r in rows if applied(r, *params)]
    return sum(r["right"] for r in kept) - COST_OF_WRONG * sum(not r["right"] for r in kept)


def _figures(rows, params) -> dict:
    kept = [r for r in rows if applied(r, *params)]
    wrong = sum(not r["right"] for r in kept)
    return {"precision": round(1 - wrong / len(kept), 3) if kept else None,
            "coverage": round(len(kept) / len(rows), 3), "wrong": wrong}


GRIDS = {
    "out_of_depth": [(f, s, 0.0) for f in np.arange(0.0, 0.45, 0.02) for s in np.arange(0.0, 0.45, 0.05)],
    "higher_bar": [(0.0, 99.0, b) for b in np.arange(0.60, 0.96, 0.05)],
}


def main() -> int:
    rows: list[dict] = []
    tracking: dict = {}
    with tempfile.TemporaryDirectory(prefix="prr-first-sight-") as tmp:
        for name, commit in HELD_OUT_RUN.items():
            data = first_readings(name, commit, Path(tmp))
            rows += marks(data, name)
            tracking[name] = tracking_first_sight(name, data)
            print(f"{name:16} tracking as first read {tracking[name]['then']}  "
                  f"kept by the evidence rule {tracking[name]['with_evidence_rule']}")
    out: dict = {"sets": {}, "pooled": {}, "tracking": tracking}
    # the check as it counts a surer status now, and as it did before an acknowledgement beside
    # an extension taken stopped counting (only a closure did not count): same folds, same grid
    closure_only = [dict(r, surer_by=r.get("surer_by_then", r["surer_by"])) for r in rows]
    kept_by = {"then": [], **{k: [] for k in GRIDS}, "out_of_depth_closure_only": []}
    for name in HELD_OUT_RUN:
        test = [r for r in rows if r["set"] == name]
        train = [r for r in rows if r["set"] != name]
        best = max(GRIDS["out_of_depth"], key=lambda p: (_gain([r for r in closure_only if r["set"] != name], p),
                                                            -p[0], p[1], -p[2]))
        kept_by["out_of_depth_closure_only"] += [r for r in closure_only if r["set"] == name and applied(r, *best)]
        then = SHIPPED_CHECK if test and test[0]["had_check"] else (0.0, 99.0, 0.0)
        as_then = [dict(r, surer_by=r.get("surer_by_then", r["surer_by"])) for r in test]
        entry = {"then": _figures(as_then, then)}
        kept_by["then"] += [r for r in as_then if applied(r, *then)]
        for kind, grid in GRIDS.items():
            best = max(grid, key=lambda p: (_gain(train, p), -p[0], p[1], -p[2]))
            entry[kind] = dict(_figures(test, best), fitted=[round(float(x), 2) for x in best])
            kept_by[kind] += [r for r in test if applied(r, *best)]
        out["sets"][name] = entry
        print(f"{name:16} then {entry['then']}  out-of-depth {entry['out_of_depth']}  higher bar {entry['higher_bar']}")
    for kind, kept in kept_by.items():
        wrong = sum(not r["right"] for r in kept)
        out["pooled"][kind] = {"precision": round(1 - wrong / len(kept), 3), "coverage": round(len(kept) / len(rows), 3),
                               "wrong": wrong}
        print(f"pooled {kind:26} {out['pooled'][kind]}")
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
