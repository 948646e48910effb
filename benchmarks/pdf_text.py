"""PDF text benchmark: prr's extraction against naive pdfplumber and poppler's pdftotext.

Timed as users run it, as whole processes: ``pdftotext -layout`` once per file (a
shell loop) against one Python process that extracts every file the way ``prr docs
import`` does, with incident-log records on (the path users run) and off. The three
are run interleaved RUNS times; the median and the spread (min-max) of wall time are
printed, and CPU time (user+sys of the process and its children) beside it.
Files: the 24 LBPD event registers (../shared/corpus, or PRR_CORPUS) plus a generated
1,000-page PDF. prr and pdftotext read every page; naive pdfplumber (``extract_text`` on
every page, no ``page.close()``) runs ~9 pages/s, so it reads the first pages of each file
(SAMPLE_PAGES) and its pages/s is computed on what it read. Peak RSS of prr on the
1,000-page PDF is measured in a fresh process (Python plus its pdftotext child).
Goals: >= 10x naive pdfplumber, >= 0.5x pdftotext, peak RSS < 300 MB. The ratios to
pdftotext are printed in wall time (the goal) and in CPU time beside it (the wall ratio
moves with the machine's load; the CPU ratio much less).
The Python processes keep compiled bytecode in the run's temp directory
(PYTHONPYCACHEPREFIX), as an installed prr has its .pyc files: where
PYTHONDONTWRITEBYTECODE is set, every process would otherwise compile prr's sources again
(~0.04 CPU-s a process), which users do not pay. One warm-up process fills the cache.
``--baseline-python PY`` adds a fourth process in every round: another checkout's prr (PY
is its venv's Python) with records on, for before/after ratios measured in the same run.
Last line: one JSON object.
"""
from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from prr.scrapers.pdf import extract_pdf  # noqa: E402

SAMPLE_PAGES = 4   # per file, for naive pdfplumber
RUNS = 5
CHILD_ENV: dict[str, str] | None = None   # the Python processes' environment (bytecode cache), set in run()
CHILD_CWD: str | None = None    # and where they run: not a checkout, whose prr/ "python -c" would import first

# One process extracting every file given (records on or off), as `prr docs import` does.
PRR_CODE = """
import sys
if sys.argv[1]:
    sys.path.insert(0, sys.argv[1])
from prr.scrapers.pdf import extract_pdf
records = sys.argv[2] == "1"
n = 0
for f in sys.argv[3:]:
    doc = extract_pdf(f, records=records)
    assert doc.status == "ok", (f, doc.error)
    n += len(doc.records)
print(n)
"""

# VmHWM for this process (ru_maxrss carries the parent's size across exec on Linux);
# ru_maxrss of children for pdftotext (the largest child, which ran after our exec).
RSS_CODE = """
import json, resource, sys
sys.path.insert(0, sys.argv[2])
from prr.scrapers.pdf import extract_pdf
doc = extract_pdf(sys.argv[1])
own = int([l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]) / 1024
child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"status": doc.status, "pages": len(doc.pages), "python_mb": own, "pdftotext_mb": child}))
"""


def thousand_page_pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=letter)
    for i in range(1, 1001):
        c.setFont("Helvetica", 10)
        c.drawString(50, 760, f"Event Register page {i}")
        for k in range(40):
            c.drawString(50, 740 - 17 * k, f"Event # E{i:05d}{k:02d}  Type 961 TRAFFIC STOP  03/01/2019 07:{k:02d}:00"
                                           f"  Location {100 + k} blk COAST HWY")
        c.showPage()
    c.save()
    return path


def page_count(path: Path) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    n = len(doc)
    doc.close()
    return n


def time_prr(files: list[Path], records: bool = True) -> tuple[float, int, int]:
    t = time.perf_counter()
    pages = n_records = 0
    for f in files:
        doc = extract_pdf(f, records=records)
        assert doc.status == "ok", (f, doc.error)
        pages += len(doc.pages)
        n_records += len(doc.records)
    return time.perf_counter() - t, pages, n_records


def _children_cpu() -> float:
    import resource

    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_prr_process(files: list[Path], records: bool, python: str | None = None) -> tuple[float, float, int]:
    """Wall and CPU seconds of one whole prr extraction process, and its record count.
    ``python``: another interpreter (another checkout's venv) that imports its own prr."""
    cpu0, t = _children_cpu(), time.perf_counter()
    out = subprocess.run([python or sys.executable, "-c", PRR_CODE, "" if python else str(ROOT),
                          "1" if records else "0", *map(str, files)], capture_output=True, text=True, check=True,
                         env=CHILD_ENV, cwd=CHILD_CWD)
    return time.perf_counter() - t, _children_cpu() - cpu0, int(out.stdout.strip().splitlines()[-1])


def run_pdftotext_processes(files: list[Path]) -> tuple[float, float]:
    cpu0, t = _children_cpu(), time.perf_counter()
    for f in files:
        subprocess.run(["pdftotext", "-layout", str(f), "-"], capture_output=True, check=True)
    return time.perf_counter() - t, _children_cpu() - cpu0


def interleaved(files: list[Path], runs: int = RUNS, baseline: str | None = None) -> dict[str, dict]:
    """pdftotext, prr with records, prr without, one after the other, ``runs`` times
    (``baseline``: an interpreter whose prr extracts with records too, in the same rounds)."""
    samples: dict[str, list[tuple[float, float]]] = {"pdftotext": [], "records": [], "text": []}
    if baseline:
        samples["baseline_records"] = []
    n_records = 0
    for _ in range(runs):
        samples["pdftotext"].append(run_pdftotext_processes(files))
        wall, cpu, n_records = run_prr_process(files, True)
        samples["records"].append((wall, cpu))
        if baseline:
            wall, cpu, n_base = run_prr_process(files, True, baseline)
            samples["baseline_records"].append((wall, cpu))
            if n_base != n_records:
                sys.exit(f"the baseline found {n_base} records, this code {n_records}: not the same work")
        wall, cpu, _ = run_prr_process(files, False)
        samples["text"].append((wall, cpu))
    out = {}
    for name, vals in samples.items():
        walls = sorted(w for w, _ in vals)
        cpus = sorted(c for _, c in vals)
        out[name] = {"wall_median": statistics.median(walls), "wall_min": walls[0], "wall_max": walls[-1],
                     "cpu_median": statistics.median(cpus)}
    out["records"]["count"] = n_records
    return out


def time_pdftotext(files: list[Path]) -> float:
    t = time.perf_counter()
    for f in files:
        subprocess.run(["pdftotext", "-layout", str(f), "-"], capture_output=True, check=True)
    return time.perf_counter() - t


def time_pdfplumber(files: list[Path]) -> tuple[float, int]:
    import pdfplumber

    t = time.perf_counter()
    pages = 0
    for f in files:
        with pdfplumber.open(str(f)) as pdf:
            for page in pdf.pages[:SAMPLE_PAGES]:
                page.extract_text()
                pages += 1
    return time.perf_counter() - t, pages


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--baseline-python", help="a Python whose prr (another checkout's venv) also extracts with "
                    "records, interleaved in the same rounds, for before/after ratios")
    args = ap.parse_args()
    corpus = Path(os.environ.get("PRR_CORPUS") or ROOT.parent / "shared" / "corpus") / "pdfs" / "lbpd"
    lbpd = sorted(corpus.glob("*.pdf"))
    if len(lbpd) != 24:
        sys.exit(f"expected 24 LBPD PDFs in {corpus}, found {len(lbpd)} (set PRR_CORPUS)")
    tmp = Path(tempfile.mkdtemp(prefix="prr-bench-pdf-"))
    try:
        run(lbpd, tmp, args.baseline_python)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)     # no temp files left behind, even on failure


def run(lbpd: list[Path], tmp: Path, baseline: str | None = None) -> None:
    global CHILD_ENV, CHILD_CWD
    CHILD_CWD = str(tmp)
    CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    CHILD_ENV["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    big = thousand_page_pdf(tmp / "thousand.pdf")
    files = lbpd + [big]
    total_pages = sum(page_count(f) for f in files)
    print(f"{len(files)} files, {total_pages} pages ({sum(page_count(f) for f in lbpd)} LBPD + 1,000 generated)")

    time_prr(lbpd[:1])   # warm the page cache for everyone
    run_prr_process(lbpd[:1], True)     # and the bytecode cache
    if baseline:
        run_prr_process(lbpd[:1], True, baseline)
    timed = interleaved(files, baseline=baseline)
    plumber_s, plumber_pages = time_pdfplumber(files)
    pdftotext_s = timed["pdftotext"]["wall_median"]
    prr_s = timed["text"]["wall_median"]
    full_s = timed["records"]["wall_median"]
    records = timed["records"]["count"]
    prr_rate = total_pages / prr_s
    pdftotext_rate = total_pages / pdftotext_s
    plumber_rate = plumber_pages / plumber_s
    for label, key in (("pdftotext -layout, one process per file", "pdftotext"),
                       ("prr extraction with incident-log records (one process)", "records"),
                       ("prr extraction, records off (one process)", "text"),
                       ("baseline prr with records (one process)", "baseline_records")):
        if key not in timed:
            continue
        t = timed[key]
        print(f"{label:58} {total_pages / t['wall_median']:7,.0f} pages/s  wall median {t['wall_median']:.2f} s "
              f"(spread {t['wall_min']:.2f}-{t['wall_max']:.2f}), CPU {t['cpu_median']:.2f} s")
    print(f"{records:,} records (the 1,000 generated pages are a 40,000-record log); {RUNS} interleaved runs")
    print(f"naive pdfplumber extract_text (in process): {plumber_rate:,.1f} pages/s "
          f"({plumber_pages} pages in {plumber_s:.1f} s)")

    out = subprocess.run([sys.executable, "-c", RSS_CODE, str(big), str(ROOT)], capture_output=True, text=True,
                         check=True, env=CHILD_ENV, cwd=CHILD_CWD)
    rss = json.loads(out.stdout.strip().splitlines()[-1])
    peak = rss["python_mb"] + rss["pdftotext_mb"]
    print(f"peak RSS on the 1,000-page PDF: python {rss['python_mb']:.0f} MB + pdftotext {rss['pdftotext_mb']:.0f} MB")

    result = {
        "files": len(files),
        "pages": total_pages,
        "prr_pages_per_s": round(prr_rate),
        "pdftotext_pages_per_s": round(pdftotext_rate),
        "pdfplumber_pages_per_s": round(plumber_rate, 1),
        "ratio_vs_pdfplumber": round(prr_rate / plumber_rate, 1),
        "ratio_vs_pdftotext": round(prr_rate / pdftotext_rate, 2),
        "prr_with_records_pages_per_s": round(total_pages / full_s),
        "ratio_with_records_vs_pdftotext": round(pdftotext_s / full_s, 2),
        # the same ratio in CPU time (user+sys, children included): what the wall ratio
        # tends to under load, and steadier than it on a shared machine
        "cpu_ratio_with_records_vs_pdftotext": round(timed["pdftotext"]["cpu_median"] / timed["records"]["cpu_median"],
                                                     2),
        "cpu_ratio_vs_pdftotext": round(timed["pdftotext"]["cpu_median"] / timed["text"]["cpu_median"], 2),
        "wall_s": {k: {m: round(v, 2) for m, v in t.items() if m != "count"} for k, t in timed.items()},
        "runs": RUNS,
        "timing": "whole processes, interleaved; median wall, min-max spread, CPU user+sys",
        "log_records": records,
        "peak_rss_mb_1000_pages": round(peak),
        "goals": {"ratio_vs_pdfplumber": ">= 10", "ratio_vs_pdftotext": ">= 0.5",
                  "ratio_with_records_vs_pdftotext": ">= 0.5", "peak_rss_mb_1000_pages": "< 300"},
    }
    if baseline:
        b = timed["baseline_records"]
        result["baseline_python"] = baseline
        result["baseline_ratio_with_records_vs_pdftotext"] = round(pdftotext_s / b["wall_median"], 2)
        result["baseline_cpu_ratio_with_records_vs_pdftotext"] = round(timed["pdftotext"]["cpu_median"]
                                                                       / b["cpu_median"], 2)
    result["goals_met"] = (result["ratio_vs_pdfplumber"] >= 10 and result["ratio_vs_pdftotext"] >= 0.5
                           and result["ratio_with_records_vs_pdftotext"] >= 0.5 and peak < 300)
    if os.getloadavg()[0] > (os.cpu_count() or 1):
        result["note"] = f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores during the run"
    print(json.dumps(result))


if __name__ == "__main__":
    main()
