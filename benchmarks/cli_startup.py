"""`prr --help` start-up time against a bare interpreter start, same run.

Goals: no heavy package imported, and `prr --help` at most 1.5x the cost of importing
a minimal two-command typer app's --help (what any typer CLI pays), both measured in this run; the absolute
figure (target: under 0.5 s on an idle 2-core machine) is printed too, but machine load
moves it, so it is reported, not judged.
Last line: one JSON object.
"""
from __future__ import annotations

import json
import subprocess
import sys
import time

RUNS = 7
# A two-command typer app printing its --help: the floor for any typer CLI.
MINIMAL_TYPER_APP = (
    "import typer\n"
    "app = typer.Typer()\n"
    "@app.command()\n"
    "def hello(name: str = 'x'):\n"
    "    pass\n"
    "@app.command()\n"
    "def bye():\n"
    "    pass\n"
    "app()\n"
)


def best_of(cmd: list[str]) -> float:
    times = []
    for _ in range(RUNS):
        t = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=True)
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    baseline = best_of([sys.executable, "-c", "pass"])
    typer_only = best_of([sys.executable, "-c", MINIMAL_TYPER_APP, "--help"])
    prr_help = best_of([sys.executable, "-m", "prr", "--help"])
    heavy = subprocess.run(
        [sys.executable, "-c", "import sys, prr.cli; print(','.join(m for m in "
         "('prefect','pdfplumber','pypdfium2','datasette','sqlalchemy','requests') if m in sys.modules))"],
        capture_output=True, text=True, check=True).stdout.strip()
    result = {
        "python_start_s": round(baseline, 3),
        "minimal_typer_help_s": round(typer_only, 3),
        "prr_help_s": round(prr_help, 3),
        "ratio_vs_python_start": round(prr_help / baseline, 2),
        "ratio_vs_minimal_typer": round(prr_help / typer_only, 2),
        "heavy_modules_imported": heavy.split(",") if heavy else [],
        "goals": {"ratio_vs_minimal_typer": "<= 1.5", "heavy_modules_imported": "none", "prr_help_s_idle_target": 0.5},
    }
    result["goals_met"] = prr_help / typer_only <= 1.5 and not heavy
    print(f"prr --help: {prr_help:.3f}s (python start {baseline:.3f}s, minimal typer app --help {typer_only:.3f}s)")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
