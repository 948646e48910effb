"""Stand-alone check of the ninth held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers); every case number and related number is in the `pdftotext -layout`
text as often as listed; a layout-specific record-start pattern finds exactly the listed
ids in order; every word of every sample value is printed; size < 300 KB. With --regen,
regenerating must give identical files.
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
    "puerto-alto-nm-transit-pd": re.compile(r"^(PAT25-\d{5})\s+\d\d/\d\d/2025 \d\d:\d\d\s", re.M),
    "corwin-lake-township-mi-pd": re.compile(r"^(CL\d{7})\s+\d\d/\d\d\s+\d\d:\d\d\s", re.M),
    "grayhaven-me-harbor-patrol": re.compile(r"^\s*Incident No:\s+(GH-25-\d{4})\s", re.M),
    "embry-falls-pa-pd": re.compile(r"^(25)\s+(\d{6})\s+\d\d/\d\d/2025\s+\d{4}\s", re.M),
    "harlow-county-ar-so": re.compile(r"^\d{4}\s+(HC2510-\d{5})\s+\d\d/\d\d/25\s+\d{4}\s", re.M),
}
JOINED = {"embry-falls-pa-pd"}  # id printed as two cells, Yr and Case: joined "25-NNNNNN"


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def text(pdf):
    return run(["pdftotext", "-layout", str(pdf), "-"])


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        t = text(pdf)
        pages = t.count("\f")
        ordered = t
        if folder.name in JOINED:  # make the joined id findable like the others
            t = re.sub(r"^25\s+(\d{6})(?=\s)", r"25-\1", t, flags=re.M)
        flat = re.sub(r"\s+", " ", ordered)  # a related number like "EPSO 25-6259" may wrap
        if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
            problems.append(f"{pdf.name}: sha256/bytes differ")
        if pages != e["pages"] or pages < 2:
            problems.append(f"{pdf.name}: pages {pages} vs {e['pages']}")
        if len(data) >= 300_000:
            problems.append(f"{pdf.name}: {len(data)} bytes")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 20 <= len(ids) <= 200:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        related = [r["number"] for r in e["related_numbers"]]
        for num in set(ids + related):
            want = ids.count(num) + related.count(num)
            have = len(re.findall(rf"(?<![\w-]){re.escape(num)}(?![\w-])", flat if " " in num else t))
            if " " in num and have < want:  # prefix and number split by a wrapped cell beside them
                have = len(re.findall(rf"(?<![\w-]){re.escape(num.split()[-1])}(?![\w-])", t))
            if have < want:
                problems.append(f"{pdf.name}: {num} printed {have}x, listed {want}x")
        found = ["-".join(m.groups()) for m in START[folder.name].finditer(ordered)]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}")
        words = set(t.split()) | {w.strip("[](),.;") for w in t.split()}
        for s in e["sample_records"]:
            if s["case_number"] not in ids:
                problems.append(f"{pdf.name}: sample {s['case_number']} not a listed id")
            for key, val in s.items():
                for v in val if isinstance(val, list) else [val]:
                    missing = [w for w in v.split() if w not in words]  # cells wrap: word by word
                    if missing:
                        problems.append(f"{pdf.name}: sample {s['case_number']} {key}: {missing} not printed")
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(related)} related numbers, {len(data)} bytes")
    return problems


def main():
    problems = []
    folders = sorted(p for p in HERE.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
    for folder in folders:
        problems += check(folder)
    if "--regen" in sys.argv:
        before = {p: p.read_bytes() for p in HERE.rglob("*") if p.suffix in (".pdf", ".json")}
        with tempfile.TemporaryDirectory() as tmp:
            gen = Path(tmp) / "make_blind_logs9.py"
            shutil.copy(HERE / "make_blind_logs9.py", gen)
            subprocess.run([sys.executable, str(gen)], check=True)
            for p, b in before.items():
                q = Path(tmp) / p.relative_to(HERE)
                if not q.exists() or q.read_bytes() != b:
                    problems.append(f"regenerated {p.relative_to(HERE)} differs")
        same = not any(x.startswith("regenerated") for x in problems)
        print("regenerated in a temporary folder: " + ("identical" if same else "DIFFERENT"))
    print("\n".join(problems) if problems else "all checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
