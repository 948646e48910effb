"""Stand-alone check of blind_logs4 (pdftotext/pdfinfo and the standard library only; no prr code).

Usage: python check_blind_logs4.py [--dir DIR] [--regenerate]
"""

import argparse
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
# record-start pattern per folder, applied to the pdftotext -layout text; group 1 is the id
STARTS = {
    "saltmarsh-harbor-sc-port-pd": r"^(PA25-\d{6}) +\d\d/\d\d/\d{4} \d\d:\d\d",
    "bramwell-county-tx-ecd": r"^(CFS-\d{8}-\d{4})\|",
    "thornbury-state-university-vt-pd": r"^(\d\d-\d{4}) +\d\d/\d\d/\d\d \d\d:\d\d",
    "harwick-valley-nc-transit-pd": r"At \d{1,2}:\d\d [ap]\.m\. \((25-\d{4})\)",
    "kinsale-regional-airport-ne-pd": r"^(KRA25-\d{5}) +\d\d/\d\d/\d{4} +\d{4}",
}
TOTALS = {
    "saltmarsh-harbor-sc-port-pd": r"Incidents this report: (\d+)",
    "bramwell-county-tx-ecd": r"-- (\d+) rows exported --",
    "harwick-valley-nc-transit-pd": r"(\d+) incidents this week",
    "kinsale-regional-airport-ne-pd": r"Total incidents: (\d+)",
}


def text_of(pdf):
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def pages_of(pdf):
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def count(num, text):
    return len(re.findall(r"(?<![\w-])" + re.escape(num) + r"(?![\w-])", text))


def flat(v):
    return v if isinstance(v, list) else [v]


def check_dir(d):
    fails, n_pdf, n_rec = [], 0, 0
    for gtf in sorted(Path(d).glob("*/groundtruth.json")):
        folder = gtf.parent.name
        for e in json.loads(gtf.read_text()):
            pdf = gtf.parent / e["file"]
            tag = f"{folder}/{e['file']}"
            n_pdf += 1
            n_rec += e["record_count"]
            data = pdf.read_bytes()
            if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
                fails.append(f"{tag}: sha256/bytes differ")
            if len(data) >= 300_000:
                fails.append(f"{tag}: {len(data)} bytes >= 300 KB")
            if pages_of(pdf) != e["pages"]:
                fails.append(f"{tag}: page count")
            if len(e["case_numbers"]) != e["record_count"]:
                fails.append(f"{tag}: {len(e['case_numbers'])} case numbers for record_count {e['record_count']}")
            text = text_of(pdf)
            if folder == "bramwell-county-tx-ecd":  # export lines cut at 92 chars continue after 4 spaces
                text = re.sub(r"\n    (?=\S)", "", text)
            rel = [x for v in e["related_numbers"].values() for x in v]
            ids = e["case_numbers"]
            for num in set(ids) | set(rel):
                want = ids.count(num) + rel.count(num)
                got = count(num, text)
                if got != want:
                    fails.append(f"{tag}: {num} printed {got} times, listed {want}")
            starts = re.findall(STARTS[folder], text, re.M)
            if starts != ids:
                fails.append(f"{tag}: record-start pattern finds {len(starts)} ids, not the listed {len(ids)} in order")
            if folder in TOTALS:
                m = re.search(TOTALS[folder], text)
                if not m or int(m.group(1)) != e["record_count"]:
                    fails.append(f"{tag}: closing total does not state record_count")
            squashed = re.sub(r"\s+", " ", text)
            words = set(squashed.split(" "))
            for s in e["sample_records"]:
                if s.get("case_number") not in ids:
                    fails.append(f"{tag}: sample {s.get('case_number')} is not a listed id")
                for k, v in s.items():
                    for val in flat(v):
                        if " ".join(str(val).split()) in squashed:
                            continue
                        missing = [w for w in str(val).split() if w not in words]
                        if missing:
                            fails.append(f"{tag}: sample {s.get('case_number')} {k}={val!r} not printed ({missing})")
    return fails, n_pdf, n_rec


def regenerate_same(d):
    fails = []
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs4.py"), tmp], check=True)
        for f in sorted(Path(tmp).rglob("*")):
            if f.is_file():
                rel = f.relative_to(tmp)
                mine = Path(d) / rel
                if not mine.exists() or mine.read_bytes() != f.read_bytes():
                    fails.append(f"regenerated {rel} differs")
    return fails


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default=str(HERE))
    ap.add_argument("--regenerate", action="store_true")
    a = ap.parse_args()
    fails, n_pdf, n_rec = check_dir(a.dir)
    if a.regenerate:
        fails += regenerate_same(a.dir)
    for f in fails:
        print("FAIL", f)
    print(f"{n_pdf} PDFs, {n_rec} records, {len(fails)} failing")
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
