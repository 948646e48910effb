"""Stand-alone check of the sixth held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers); every case number and related number is in the `pdftotext -layout`
text as often as listed; a layout-specific record-start pattern finds exactly the listed
ids in order; a printed closing total (where the layout has one) states record_count;
every word of every sample value is printed; size < 300 KB; the agency says "[invented]".
With --regen, regenerating in a temporary folder must give identical files.
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
    "pinecrest-junction-id-regional-cad": re.compile(r"^\f?(F?25-\d{5})\s+PJ[PF]D\s+10/09/2025 ", re.M),
    "vallecito-state-university-nm-pd": re.compile(r"^\f?(VSU25-\d{4})\s+\d\d/\d\d/2025\s", re.M),
    "tamarind-county-fl-so": re.compile(r"^\f?(\d{6}-\d{4})\s+\d\d/\d\d/2025 \d{4}\s", re.M),
    "larchmont-mills-me-pd": re.compile(r"^\f?\d\d\s+\d{4}\s+(R25-\d{5})\s", re.M),
    "ferris-creek-mt-pd": re.compile(r"^\f?(FC25-\d{4})\s+[A-Z ]+ \u2014 ", re.M),
}
TOTAL = {  # closing totals printed by some layouts
    "pinecrest-junction-id-regional-cad": re.compile(r"Calls listed: (\d+)"),
    "tamarind-county-fl-so": re.compile(r"End of media log - (\d+) events"),
    "larchmont-mills-me-pd": re.compile(r"Period total: (\d+) reports"),
}


def text(pdf):
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout


def check_entry(folder, e):
    problems = []
    pdf = folder / e["file"]
    data = pdf.read_bytes()
    t = text(pdf)
    pages = t.count("\f")
    flat = re.sub(r"\s+", " ", t)  # a related number like "MHP 25-01234" may wrap
    if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
        problems.append(f"{pdf.name}: sha256/bytes differ")
    if pages != e["pages"] or pages < 2:
        problems.append(f"{pdf.name}: pages {pages} vs {e['pages']}")
    if len(data) >= 300_000:
        problems.append(f"{pdf.name}: {len(data)} bytes")
    if "[invented]" not in e["agency"]:
        problems.append(f"{pdf.name}: agency not marked [invented]")
    ids = e["case_numbers"]
    if e["record_count"] != len(ids) or not 20 <= len(ids) <= 200:
        problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
    related = [r["number"] for r in e["related_numbers"]]
    for num in set(ids + related):
        want = ids.count(num) + related.count(num)
        have = len(re.findall(rf"(?<![\w-]){re.escape(num)}(?![\w-])", flat if " " in num else t))
        if have < want:
            problems.append(f"{pdf.name}: {num} printed {have}x, listed {want}x")
    found = [m.group(1) for m in START[folder.name].finditer(t)]
    if found != ids:
        problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}")
    if folder.name in TOTAL:
        m = TOTAL[folder.name].search(t)
        if not m or int(m.group(1)) != len(ids):
            problems.append(f"{pdf.name}: closing total missing or not {len(ids)}")
    words = set(t.split())
    if len(e["sample_records"]) != 3:
        problems.append(f"{pdf.name}: {len(e['sample_records'])} sample records, want 3")
    for s in e["sample_records"]:
        if s["case_number"] not in ids:
            problems.append(f"{pdf.name}: sample {s['case_number']} not a listed id")
        for key, val in s.items():
            for v in val if isinstance(val, list) else [val]:
                # cells wrap beside other columns, so check word by word
                missing = [w for w in v.split() if w not in words]
                if missing:
                    problems.append(f"{pdf.name}: sample {s['case_number']} {key}: {missing} not printed")
    print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
          f"{len(related)} related numbers, {len(data)} bytes")
    return problems


def main():
    problems = []
    folders = sorted(p for p in HERE.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
    for folder in folders:
        for e in json.loads((folder / "groundtruth.json").read_text()):
            problems += check_entry(folder, e)
    if "--regen" in sys.argv:
        before = {p: p.read_bytes() for p in HERE.rglob("*") if p.suffix in (".pdf", ".json")}
        with tempfile.TemporaryDirectory() as tmp:
            gen = Path(tmp) / "make_blind_logs6.py"
            shutil.copy(HERE / "make_blind_logs6.py", gen)
            subprocess.run([sys.executable, str(gen)], check=True, capture_output=True)
            for p, b in before.items():
                q = Path(tmp) / p.relative_to(HERE)
                if not q.exists() or q.read_bytes() != b:
                    problems.append(f"regenerated {p.name} differs")
        same = not any("regenerated" in x for x in problems)
        print("regenerated in a temporary folder: " + ("identical" if same else "DIFFERENT"))
    print("\n".join(problems) if problems else "all checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
