"""Deadlines: prr's Gov. Code 6700 count versus the naive baseline of
holidays.US(subdiv="CA") (the state-employee calendar) with weekends skipped.

For every receipt day of 2024-2028 both compute the determination deadline; the
baseline's dates that come out EARLIER than prr's are the dangerous ones (a follow-up
or complaint sent before the city is late). Also times both per call.

    .venv/bin/python benchmarks/deadlines.py
"""
from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import holidays  # noqa: E402

from prr.deadlines.calendar import calendar_for_office  # noqa: E402
from prr.deadlines.deadlines import due_dates  # noqa: E402

YEARS = range(2024, 2029)
_BASE = holidays.US(subdiv="CA", years=list(YEARS) + [2029])


def baseline_due(received: dt.date) -> dt.date:
    due = received + dt.timedelta(days=10)
    while due.weekday() >= 5 or due in _BASE:
        due += dt.timedelta(days=1)
    return due


def main() -> None:
    cal = calendar_for_office(None)
    days = [dt.date(2024, 1, 1) + dt.timedelta(days=i) for i in range((dt.date(2029, 1, 1) - dt.date(2024, 1, 1)).days)]
    due_dates(days[0], cal)  # build the year caches outside the timing

    t = time.perf_counter()
    ours = [due_dates(d, cal).due for d in days]
    prr_s = time.perf_counter() - t
    t = time.perf_counter()
    base = [baseline_due(d) for d in days]
    base_s = time.perf_counter() - t

    # A weekend/holiday receipt is counted from the next open day by prr: compare only
    # receipts on open days, where both count from the same day.
    open_days = [i for i, d in enumerate(days) if cal.is_open(d)]
    differ = [i for i in open_days if ours[i] != base[i]]
    earlier = [i for i in differ if base[i] < ours[i]]
    examples = [f"received {days[i]}: baseline {base[i]}, prr {ours[i]}" for i in earlier[:5]]
    per_call_us = prr_s / len(days) * 1e6
    figures = {
        "receipt_days": len(open_days),
        "baseline_differs": len(differ),
        "baseline_earlier": len(earlier),
        "baseline_earlier_share": round(len(earlier) / len(open_days), 4),
        "prr_us_per_call": round(per_call_us, 1),
        "baseline_us_per_call": round(base_s / len(days) * 1e6, 1),
        "slowdown_vs_baseline": round(prr_s / base_s, 1),
    }
    for line in examples:
        print(line)
    print(f"{len(open_days)} receipt days 2024-2028: the state-employee baseline differs on {len(differ)}, "
          f"is EARLIER than the 6700 count on {len(earlier)} ({figures['baseline_earlier_share']:.1%}).")
    print(f"prr {per_call_us:.1f} us per deadline with explanation; baseline {figures['baseline_us_per_call']} us "
          f"({figures['slowdown_vs_baseline']}x).")
    goals = {"prr_us_per_call_max": 500, "baseline_earlier_min": 1}
    met = per_call_us <= goals["prr_us_per_call_max"] and len(earlier) >= goals["baseline_earlier_min"]
    print(json.dumps({"benchmark": "deadlines", "figures": figures, "goals": goals, "goals_met": met}))


if __name__ == "__main__":
    main()
