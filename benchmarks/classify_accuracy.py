"""Reply classifier accuracy on the real agency replies of the corpus.

Runs prr's classifier and, in the same run, a keyword baseline (the first of a fixed
list of words found in the text decides; any number after "#", "No." or "number" is a
tracking number). Reports:

- accuracy per status against the corpus's mapped labels (noisy: MuckRock staff labels
  and file names), and overall;
- the same against our own reading of each reply (tests/classify/cases/replies.yaml);
- tracking-number precision and recall against our reading, and recall of the corpus's
  own tracking labels where that number appears in the reply at all;
- time per reply (wall clock, and CPU time: the goal is on CPU time so that a busy
  machine does not decide it).

Usage: .venv/bin/python benchmarks/classify_accuracy.py   (PRR_CORPUS points at the corpus)
The last line is one JSON object with the figures and "goals_met".
"""
from __future__ import annotations

import json
import os
import re
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from prr.replies.classify import classify_text  # noqa: E402

CASES = ROOT / "tests" / "classify" / "cases" / "replies.yaml"
GOALS = {"overall_vs_labels": 0.70, "tracking_precision": 0.90, "tracking_recall": 0.80,
         "mean_cpu_ms": 5.0}

BASELINE_WORDS = [("denied", r"\bden(?:y|ied|ial)\b"), ("no_records", r"\bno records\b"),
                  ("fee", r"\$|\bfees?\b"), ("released", r"\battached\b"),
                  ("clarification", r"\bclarif"), ("extension", r"\bexten(?:d|sion)"),
                  ("closed", r"\bclosed\b"), ("acknowledged", r"\breceiv")]
BASELINE_TRACKING = re.compile(r"(?:#|\bNo\.?|\bnumber)\s*:?\s*([A-Z0-9-]*\d[A-Z0-9-]*)", re.I)


def baseline(text: str) -> tuple[str, list[str]]:
    status = next((s for s, w in BASELINE_WORDS if re.search(w, text, re.I)), "other")
    return status, list(dict.fromkeys(BASELINE_TRACKING.findall(text)))


def _key(v: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", v).upper()


def _pr(pred: list[list[str]], exp: list[list[str]]) -> tuple[float, float]:
    tp = sum(len({_key(p) for p in ps} & {_key(e) for e in es}) for ps, es in zip(pred, exp))
    npred = sum(len({_key(p) for p in ps}) for ps in pred)
    nexp = sum(len({_key(e) for e in es}) for es in exp)
    return (tp / npred if npred else 1.0), (tp / nexp if nexp else 1.0)


def _per_status(pairs: list[tuple[str, str]]) -> dict:
    by = defaultdict(lambda: [0, 0])
    for got, want in pairs:
        by[want][1] += 1
        by[want][0] += got == want
    return {s: {"correct": c, "n": n, "accuracy": round(c / n, 3)} for s, (c, n) in sorted(by.items())}


def main() -> int:
    corpus = Path(os.environ.get("PRR_CORPUS") or ROOT.parent / "shared" / "corpus") / "replies" / "replies.jsonl"
    if not corpus.exists():
        print(f"corpus not found at {corpus} (set PRR_CORPUS)", file=sys.stderr)
        return 2
    rows = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    reading = {c["corpus_id"]: c for c in yaml.safe_load(CASES.read_text())["cases"] if "corpus_id" in c}

    classify_text("warm up: your request has been received", message_date=None)
    prr_vs_label, base_vs_label, prr_vs_reading, base_vs_reading = [], [], [], []
    prr_trk, base_trk, exp_trk, label_trk_found, label_trk_total = [], [], [], 0, 0
    times, cpu = [], []
    for r in rows:
        text, att = r["text"], r.get("attachment_text") or ""
        t0, c0 = time.perf_counter(), time.process_time()
        c = classify_text(text, attachment_text=att)
        cpu.append((time.process_time() - c0) * 1000)
        times.append((time.perf_counter() - t0) * 1000)
        b_status, b_trk = baseline(text + "\n" + att)
        prr_vs_label.append((c.status, r["status"]))
        base_vs_label.append((b_status, r["status"]))
        mine = reading.get(r["id"])
        if mine:
            prr_vs_reading.append((c.status, mine["status"]))
            base_vs_reading.append((b_status, mine["status"]))
            exp_trk.append([str(x) for x in mine.get("tracking_numbers", [])])
            prr_trk.append(c.tracking_numbers)
            base_trk.append(b_trk)
        label = r.get("tracking_number")
        if label and _key(label) in _key(text + att):
            label_trk_total += 1
            label_trk_found += _key(label) in {_key(x) for x in c.tracking_numbers}

    def overall(pairs):
        return round(sum(g == w for g, w in pairs) / len(pairs), 3) if pairs else 0.0

    p, rcl = _pr(prr_trk, exp_trk)
    bp, brcl = _pr(base_trk, exp_trk)
    figures = {
        "replies": len(rows),
        "overall_vs_labels": overall(prr_vs_label),
        "baseline_overall_vs_labels": overall(base_vs_label),
        "overall_vs_reading": overall(prr_vs_reading),
        "baseline_overall_vs_reading": overall(base_vs_reading),
        "per_status_vs_labels": _per_status(prr_vs_label),
        "per_status_vs_reading": _per_status(prr_vs_reading),
        "tracking_precision": round(p, 3), "tracking_recall": round(rcl, 3),
        "baseline_tracking_precision": round(bp, 3), "baseline_tracking_recall": round(brcl, 3),
        "label_tracking_recall": round(label_trk_found / label_trk_total, 3) if label_trk_total else None,
        "label_tracking_in_text": label_trk_total,
        "mean_ms": round(statistics.mean(times), 2), "median_ms": round(statistics.median(times), 2),
        "max_ms": round(max(times), 2),
        # CPU time per reply: what the classifier costs, whatever else runs on the machine
        "mean_cpu_ms": round(statistics.mean(cpu), 2), "median_cpu_ms": round(statistics.median(cpu), 2),
    }
    base_o = figures["baseline_overall_vs_labels"] or 1e-9
    figures["ratio_overall_vs_labels"] = round(figures["overall_vs_labels"] / base_o, 2)
    figures["ratio_tracking_precision"] = round(p / bp, 2) if bp else None

    print(f"{'status':<14}{'labels n':>9}{'prr':>7}{'base':>7}   {'reading n':>9}{'prr':>7}{'base':>7}")
    base_label, base_read = _per_status(base_vs_label), _per_status(base_vs_reading)
    for s in sorted(set(figures["per_status_vs_labels"]) | set(figures["per_status_vs_reading"])):
        a = figures["per_status_vs_labels"].get(s, {"n": 0, "accuracy": 0})
        b = figures["per_status_vs_reading"].get(s, {"n": 0, "accuracy": 0})
        print(f"{s:<14}{a['n']:>9}{a['accuracy']:>7.2f}{base_label.get(s, {'accuracy': 0})['accuracy']:>7.2f}"
              f"   {b['n']:>9}{b['accuracy']:>7.2f}{base_read.get(s, {'accuracy': 0})['accuracy']:>7.2f}")
    print(f"overall vs labels: prr {figures['overall_vs_labels']:.3f}  baseline "
          f"{figures['baseline_overall_vs_labels']:.3f}  ratio {figures['ratio_overall_vs_labels']}")
    print(f"overall vs our reading: prr {figures['overall_vs_reading']:.3f}  baseline "
          f"{figures['baseline_overall_vs_reading']:.3f}")
    print(f"tracking numbers: precision {p:.3f} recall {rcl:.3f}  (baseline {bp:.3f} / {brcl:.3f}); "
          f"corpus labels found {label_trk_found}/{label_trk_total}")
    print(f"time per reply: mean {figures['mean_ms']} ms, median {figures['median_ms']} ms, "
          f"max {figures['max_ms']} ms (wall); CPU mean {figures['mean_cpu_ms']} ms, "
          f"median {figures['median_cpu_ms']} ms")
    checks = {
        "overall_vs_labels": figures["overall_vs_labels"] >= GOALS["overall_vs_labels"],
        "tracking_precision": p >= GOALS["tracking_precision"],
        "tracking_recall": rcl >= GOALS["tracking_recall"],
        "mean_cpu_ms": figures["mean_cpu_ms"] < GOALS["mean_cpu_ms"],
        "beats_baseline": figures["overall_vs_labels"] > figures["baseline_overall_vs_labels"],
    }
    figures.update(goals=GOALS, goal_checks=checks, goals_met=all(checks.values()))
    print(json.dumps(figures, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
