"""Stand-alone check of the tenth held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers); every case number and related number is in the `pdftotext -layout`
text as often as listed; a layout-specific record-start pattern finds exactly the listed
ids in order; the closing total printed in the document equals record_count; every word
of every sample value is printed; size < 200 KB. With --regen, regenerating must give
identical files.
"""

import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
START = {  # record-start patterns, one per agency (read off the text, not used by prr)
    "coldwater-basin-nd-pd": re.compile(r"^\s*CALL\s+(CB25-\d{6})\s", re.M),
    "alder-glen-wv-pd": re.compile(r"^\s*(AG25-\d{5})\s+\d{4}\s", re.M),
    # one row per offense: the record starts at the row with OffSeq 1
    "rook-county-sd-so": re.compile(r"^\s*(25SO-\d{6})\s+1\s+\d\d/\d\d/2025\s", re.M),
    "whitlow-college-ny-campus-safety": re.compile(r"\(1\) Log Ref\.\s+(WC-2025-\d{4})\s"),
    "marbury-springs-la-pd": re.compile(
        r"^\s*(?:\d+(?: BLK)?|@ [A-Z0-9 ]+?)\s+(2025-\d{6})\s+\d\d/\d\d/25\s+\d{4}\s", re.M),
}
TOTAL = {  # the document's own closing count of records
    "coldwater-basin-nd-pd": re.compile(r"Calls this report: (\d+)"),
    "alder-glen-wv-pd": re.compile(r"Reports this period: (\d+)"),
    "rook-county-sd-so": None,  # 'Rows exported' counts offense rows, not incidents
    "whitlow-college-ny-campus-safety": re.compile(r"- (\d+) entries -"),
    "marbury-springs-la-pd": re.compile(r"TOTAL INCIDENTS: (\d+)"),
}


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def check_numbers(name, t, e):
    problems = []
    flat = re.sub(r"\s+", " ", t)  # a related number like "WVSP 25-34346" may wrap
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    for num in set(ids + related):
        want = ids.count(num) + related.count(num)
        have = len(re.findall(rf"(?<![\w-]){re.escape(num)}(?![\w-])", flat if " " in num else t))
        if have < want:
            problems.append(f"{name}: {num} printed {have}x, listed {want}x")
    for num in set(related) & set(ids):
        problems.append(f"{name}: {num} is both an id and a related number")
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
        found = [m.group(1) for m in START[folder.name].finditer(t)]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}")
        total = TOTAL[folder.name]
        if total:
            got = [int(x) for x in total.findall(t)]
            if got != [len(ids)]:
                problems.append(f"{pdf.name}: closing total {got} vs {len(ids)}")
        else:  # offense rows: every row of an incident is printed with its id
            rows = re.findall(r"^\s*(25SO-\d{6})\s+(\d)\s", t, re.M)
            printed = re.search(r"Rows exported: (\d+)", t)
            if not printed or int(printed.group(1)) != len(rows) or len(set(r[0] for r in rows)) != len(ids):
                problems.append(f"{pdf.name}: offense rows do not add up")
        words = set(t.split()) | {w.strip("[](),.;") for w in t.split()}
        for s in e["sample_records"]:
            if s["case_number"] not in ids:
                problems.append(f"{pdf.name}: sample {s['case_number']} not a listed id")
            for key, val in s.items():
                for v in val if isinstance(val, list) else [val]:
                    missing = [w for w in v.split() if w not in words and w.strip(".,;") not in words]
                    if missing:
                        problems.append(f"{pdf.name}: sample {s['case_number']} {key}: {missing} not printed")
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen():
    problems = []
    before = {p: p.read_bytes() for p in HERE.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        gen = Path(tmp) / "make_blind_logs10.py"
        shutil.copy(HERE / "make_blind_logs10.py", gen)
        subprocess.run([sys.executable, str(gen)], check=True)
        for p, b in before.items():
            q = Path(tmp) / p.relative_to(HERE)
            if not q.exists() or q.read_bytes() != b:
                problems.append(f"regenerated {p.relative_to(HERE)} differs")
    print("regenerated in a temporary folder: " + ("DIFFERENT" if problems else "identical"))
    return problems


def main():
    problems = []
    folders = sorted(p for p in HERE.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
    for folder in folders:
        problems += check(folder)
    if "--regen" in sys.argv:
        problems += regen()
    print("\n".join(problems) if problems else "all checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
