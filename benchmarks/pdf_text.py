"""PDF text benchmark: prr's extraction against naive pdfplumber and poppler's pdftotext.

The goal ratios use text extraction (text per page, the page scan that finds pages
needing OCR or table extraction, tables where a page is ruled); the figure with
incident-log record parsing on top is printed beside it.
Files: the 24 LBPD event registers (../shared/corpus, or PRR_CORPUS) plus a generated
1,000-page PDF. prr and pdftotext read every page; naive pdfplumber (``extract_text`` on
every page, no ``page.close()``) runs ~9 pages/s, so it reads the first pages of each file
(SAMPLE_PAGES) and its pages/s is computed on what it read. Peak RSS of prr on the
1,000-page PDF is measured in a fresh process (Python plus its pdftotext child).
Goals: >= 10x naive pdfplumber, >= 0.5x pdftotext, peak RSS < 300 MB.
Last line: one JSON object.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from prr.scrapers.pdf import extract_pdf  # noqa: E402

SAMPLE_PAGES = 4   # per file, for naive pdfplumber

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
    corpus = Path(os.environ.get("PRR_CORPUS") or ROOT.parent / "shared" / "corpus") / "pdfs" / "lbpd"
    lbpd = sorted(corpus.glob("*.pdf"))
    if len(lbpd) != 24:
        sys.exit(f"expected 24 LBPD PDFs in {corpus}, found {len(lbpd)} (set PRR_CORPUS)")
    tmp = Path(tempfile.mkdtemp(prefix="prr-bench-pdf-"))
    big = thousand_page_pdf(tmp / "thousand.pdf")
    files = lbpd + [big]
    total_pages = sum(page_count(f) for f in files)
    print(f"{len(files)} files, {total_pages} pages ({sum(page_count(f) for f in lbpd)} LBPD + 1,000 generated)")

    time_prr(lbpd[:1])   # warm imports and the page cache for everyone
    prr_s, prr_pages, _ = time_prr(files, records=False)
    assert prr_pages == total_pages
    full_s, _, records = time_prr(files, records=True)
    pdftotext_s = time_pdftotext(files)
    plumber_s, plumber_pages = time_pdfplumber(files)
    prr_rate = prr_pages / prr_s
    pdftotext_rate = total_pages / pdftotext_s
    plumber_rate = plumber_pages / plumber_s
    print(f"prr extract_pdf (text per page, page scan, tables where ruled): {prr_rate:,.0f} pages/s ({prr_s:.2f} s)")
    print(f"prr extract_pdf plus incident-log records: {total_pages / full_s:,.0f} pages/s "
          f"({full_s:.2f} s, {records:,} records; the 1,000 generated pages are a 40,000-record log)")
    print(f"pdftotext -layout:                {pdftotext_rate:,.0f} pages/s ({pdftotext_s:.2f} s)")
    print(f"naive pdfplumber extract_text:    {plumber_rate:,.1f} pages/s ({plumber_pages} pages in {plumber_s:.1f} s)")

    out = subprocess.run([sys.executable, "-c", RSS_CODE, str(big), str(ROOT)], capture_output=True, text=True,
                         check=True)
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
        "log_records": records,
        "peak_rss_mb_1000_pages": round(peak),
        "goals": {"ratio_vs_pdfplumber": ">= 10", "ratio_vs_pdftotext": ">= 0.5", "peak_rss_mb_1000_pages": "< 300"},
    }
    result["goals_met"] = (result["ratio_vs_pdfplumber"] >= 10 and result["ratio_vs_pdftotext"] >= 0.5
                           and peak < 300)
    if os.getloadavg()[0] > (os.cpu_count() or 1):
        result["note"] = f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores during the run"
    print(json.dumps(result))


if __name__ == "__main__":
    main()
