"""Check the held-out incident-log set against its PDFs, without any prr code.

For every groundtruth.json entry: the file's sha256, size and page count; every case number
printed in the `pdftotext -layout` text, in document order, as often as it is listed; a
layout-specific count of record starts in the text equal to record_count (and, where the
record id starts the record, the same ids in the same order); related numbers printed and
not taken for record ids; every word of every sample value printed; the file under 300 KB.
With --regenerate, the generator is run into a temporary folder and must give the same bytes.

Run from the repository root:  .venv/bin/python tests/documents/blind_logs/check_blind_logs.py [--regenerate]
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# What starts a record in each agency's text, read off the layout (group 1 = the record id, if any).
RECORD_START = {
    "callowhill-state-university-dps": r"^\s*Incident/Case#:\s+(\d{4}-\d{6})\b",
    "marlow-heights-mo-pd": r"^\s*(\d{10})\s+\d\d:\d\d:\d\d\b",
    "ashgrove-wi-pd": r"^\s*(\d\d-\d{5})\s+\d\d/\d\d/\d\d\b",
    "tillman-valley-co-dps": r"^\s*(\d\d-\d{6})\s+(?:POLICE|FIRE|EMS)\b",
    "dunmore-county-ga-so": r"^\s*(S\d\d-\d{6})\s",
    "port-ellery-wa-pd": r"^\s*(?:[0-1]\d|2[0-3])[0-5]\d {3,}\S",  # a 4-digit time, then the prose
}


def pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def words(value) -> list[str]:
    vals = value if isinstance(value, list) else [value]
    return [w for v in vals for w in str(v).split()]


def check_entry(folder: Path, e: dict) -> list[str]:
    errs = []
    path = folder / e["file"]
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
        errs.append("sha256/bytes differ from the file")
    if len(data) >= 300_000:
        errs.append(f"file is {len(data)} bytes")
    if pages(path) != e["pages"]:
        errs.append(f"pages {pages(path)} != {e['pages']}")
    text = pdftotext(path)
    cns = e["case_numbers"]
    if len(cns) != e["record_count"]:
        errs.append("len(case_numbers) != record_count")
    pos = 0
    for cn in cns:  # in document order
        i = text.find(cn, pos)
        if i < 0:
            errs.append(f"case number {cn} not found after offset {pos}")
            break
        pos = i + len(cn)
    for cn in set(cns):
        if len(re.findall(rf"(?<![\w-]){re.escape(cn)}(?![\w-])", text)) < cns.count(cn):
            errs.append(f"{cn} printed fewer times than listed")
    starts = list(re.finditer(RECORD_START[folder.name], text, re.M))
    if len(starts) != e["record_count"]:
        errs.append(f"{len(starts)} record starts in the text, record_count {e['record_count']}")
    if starts and starts[0].groups() and [m.group(1) for m in starts] != cns:
        errs.append("record-start ids differ from case_numbers")
    for kind, nums in (e.get("related_numbers") or {}).items():
        for n in nums:
            if n not in text and n not in " ".join(text.split()):
                errs.append(f"related {kind} {n} not in text")
            if n in cns:
                errs.append(f"related {kind} {n} is also listed as a record id")
    flat = set(text.split())
    for s in e["sample_records"]:
        if s["case_number"] not in cns:
            errs.append(f"sample {s['case_number']} not in case_numbers")
        for key, value in s.items():
            missing = [w for w in words(value) if w not in flat and w not in text]
            if missing:
                errs.append(f"sample {s['case_number']} {key}: {missing} not printed")
    return errs


def regenerate_matches() -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs.py"), tmp], check=True, capture_output=True)
        errs = []
        for gt in sorted(HERE.glob("*/groundtruth.json")):
            if (Path(tmp) / gt.parent.name / "groundtruth.json").read_text() != gt.read_text():
                errs.append(f"{gt.parent.name}: regenerated ground truth differs")
            for pdf in gt.parent.glob("*.pdf"):
                if (Path(tmp) / gt.parent.name / pdf.name).read_bytes() != pdf.read_bytes():
                    errs.append(f"{pdf.name}: regenerated PDF differs")
        return errs


def main() -> int:
    bad = 0
    total_pdfs = total_records = 0
    for gt in sorted(HERE.glob("*/groundtruth.json")):
        for e in json.loads(gt.read_text()):
            errs = check_entry(gt.parent, e)
            total_pdfs += 1
            total_records += e["record_count"]
            status = "ok" if not errs else "FAIL"
            print(f"{status:4} {gt.parent.name}/{e['file']}: {e['record_count']} records, {e['pages']} pages, "
                  f"{e['bytes']} bytes, layout {e['layout']!r}")
            for err in errs:
                print(f"     - {err}")
            bad += bool(errs)
    if "--regenerate" in sys.argv:
        errs = regenerate_matches()
        print("ok   regenerated output is byte-identical" if not errs else "\n".join(errs))
        bad += bool(errs)
    print(f"{total_pdfs} PDFs, {total_records} records, {bad} failing")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
