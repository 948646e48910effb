"""Stand-alone check of the eleventh held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed; a layout-specific record-start pattern finds
exactly the listed ids in order; the document's own closing count equals record_count;
every word of every sample value is printed; size < 200 KB. With --regen, regenerating
must give identical files. `--dir DIR` checks a copy elsewhere (for mutation runs).
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def ids_on(pattern):
    """Record ids found by `pattern` (group 1 may hold several ids separated by spaces)."""
    def find(t):
        out = []
        for m in pattern.finditer(t):
            out += m.group(1).split()
        return out
    return find


START = {  # record-start patterns, one per agency (read off the text, not used by prr)
    # transposed: the 'Incident No.' line of each band lists the band's ids left to right
    "hollowmere-de-pd": ids_on(re.compile(r"^Incident No\.((?:\s+HM-25-\d{5})+)\s*$", re.M)),
    # three cards per text line, read across then down: the id followed by its time
    "brindle-cove-ma-pd": ids_on(re.compile(r"(25BC\d{5})\s+\d\d:\d\d\b")),
    # the gutter number, at the left margin (narrative lines start far right of it)
    "tessaly-county-tn-so": ids_on(re.compile(r"^ {0,6}(TS25-\d{5})\s{2,}\S", re.M)),
    "olney-forks-ok-pd": ids_on(re.compile(r"^\s*(OF25-\d{5})\s+\d\d/\d\d/2025 \d\d:\d\d\s", re.M)),
    "pellham-university-ct-dps": ids_on(re.compile(r"^\s*(PU25-\d{4})\s+\d\d/\d\d/2025\s+\d{4}\s", re.M)),
}
TOTAL = {  # the document's own count of records (Olney Forks: per page, summed)
    "hollowmere-de-pd": re.compile(r"Incidents summarized: (\d+)"),
    "brindle-cove-ma-pd": re.compile(r"Items in this bulletin: (\d+)"),
    "tessaly-county-tn-so": re.compile(r"Journal entries: (\d+)"),
    "olney-forks-ok-pd": re.compile(r"Cases this page: (\d+)"),
    "pellham-university-ct-dps": re.compile(r"Cases on this log: (\d+)"),
}
SUMMED = {"olney-forks-ok-pd"}


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def check_numbers(name, t, e):
    problems = []
    flat = re.sub(r"\s+", " ", t)
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    for num in set(ids + related):
        want = ids.count(num) + related.count(num)
        have = len(re.findall(rf"(?<![\w-]){re.escape(num)}(?![\w-])", flat if " " in num else t))
        if have < want:
            problems.append(f"{name}: {num} printed {have}x, listed {want}x")
    for num in set(related) & set(ids):
        if not any(r["kind"] == "earlier_case_cited" and r["number"] == num for r in e["related_numbers"]):
            problems.append(f"{name}: {num} is both an id and a related number")
    return problems


def check_samples(name, t, e):
    problems = []
    words = set(t.split()) | {w.strip("[](),.;") for w in t.split()}
    for s in e["sample_records"]:
        if s["case_number"] not in e["case_numbers"]:
            problems.append(f"{name}: sample {s['case_number']} not a listed id")
        for key, val in s.items():
            for v in val if isinstance(val, list) else [val]:
                missing = [w for w in v.split() if w not in words and w.strip(".,;") not in words]
                if missing:
                    problems.append(f"{name}: sample {s['case_number']} {key}: {missing} not printed")
    return problems


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        t = run(["pdftotext", "-layout", str(pdf), "-"])
        pages = t.count("\f")
        if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
            problems.append(f"{pdf.name}: sha256/bytes differ")
        if pages != e["pages"] or pages < 2:
            problems.append(f"{pdf.name}: pages {pages} vs {e['pages']}")
        if len(data) >= 200_000:
            problems.append(f"{pdf.name}: {len(data)} bytes")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        problems += check_numbers(pdf.name, t, e)
        found = START[folder.name](t)
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}")
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if folder.name in SUMMED:
            got = [sum(got)] if len(got) == pages else got
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(pdf.name, t, e)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs11.py"), tmp], check=True)
        for p, b in before.items():
            q = Path(tmp) / p.relative_to(here)
            if not q.exists() or q.read_bytes() != b:
                problems.append(f"regenerated {p.relative_to(here)} differs")
    print("regenerated in a temporary folder: " + ("DIFFERENT" if problems else "identical"))
    return problems


def main():
    here = Path(sys.argv[sys.argv.index("--dir") + 1]) if "--dir" in sys.argv else HERE
    problems = []
    folders = sorted(p for p in here.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
    if len(folders) != len(START):
        problems.append(f"{len(folders)} agency folders, expected {len(START)}")
    for folder in folders:
        problems += check(folder)
    if "--regen" in sys.argv:
        problems += regen(here)
    print("\n".join(problems) if problems else "all checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
