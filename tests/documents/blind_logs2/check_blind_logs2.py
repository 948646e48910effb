"""Check the second held-out incident-log set against its ground truth (stand-alone).

Uses only `pdftotext`/`pdfinfo` (poppler) and the standard library; no prr code.
    .venv/bin/python tests/documents/blind_logs2/check_blind_logs2.py [--regenerate]
Exit status 1 and one line per failure when anything does not hold.
"""

from __future__ import annotations

import collections
import filecmp
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAX_BYTES = 300 * 1024

# Where a record starts, read off the `pdftotext -layout` text, per agency folder.
# "ordered": the matches must equal case_numbers in order; otherwise as a multiset
# (the two-column CAD cards are read across both columns line by line).
RECORD_START = {
    "wrenfield-township-oh-pd": (re.compile(r"^\f?(\d{4}-\d{5})$", re.M), True),
    "halvard-county-mn-so": (re.compile(r"^\f?Report Number\s+(S25-\d{6})\s*$", re.M), True),
    "quarry-ridge-college-in-pd": (re.compile(r"\b(C25-\d{5})\b"), True),
    "mesa-linda-az-pd": (re.compile(r"\b(\d{2}-\d{6}) \d\d:\d\d:\d\d\b"), False),
    "kestrel-point-or-pd": (re.compile(r"^\s{3,}Case (\d{2}-\d{5}) \u2014", re.M), True),
}

# Folders whose table cells wrap beside other columns (values not contiguous in the text).
PER_WORD_OK = {"quarry-ridge-college-in-pd"}


def text_of(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout


def pages_of(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def occurrences(num: str, text: str) -> int:
    return len(re.findall(r"(?<![\w-])" + re.escape(num) + r"(?![\w-])", text))


def words(value) -> list[str]:
    vals = value if isinstance(value, list) else [value]
    return [w for v in vals for w in str(v).split()]


def check_entry(folder: Path, e: dict) -> list[str]:
    bad = []
    pdf = folder / e["file"]
    data = pdf.read_bytes()
    where = f"{folder.name}/{e['file']}"
    if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
        bad.append(f"{where}: sha256/bytes differ from groundtruth")
    if len(data) >= MAX_BYTES:
        bad.append(f"{where}: {len(data)} bytes, over 300 KB")
    if pages_of(pdf) != e["pages"]:
        bad.append(f"{where}: page count differs")
    text = text_of(pdf)
    ids = e["case_numbers"]
    if len(ids) != e["record_count"]:
        bad.append(f"{where}: {len(ids)} case numbers for record_count {e['record_count']}")
    related = [n for xs in e["related_numbers"].values() for n in xs]
    expected = collections.Counter(ids) + collections.Counter(related)
    for num, k in expected.items():
        got = occurrences(num, text)
        if got != k:
            bad.append(f"{where}: {num} printed {got} times, expected {k} (as id or related)")
    pattern, ordered = RECORD_START[folder.name]
    found = pattern.findall(text)
    if ordered and found != ids:
        bad.append(f"{where}: record starts {len(found)} != listed ids {len(ids)} (or order differs)")
    if not ordered and collections.Counter(found) != collections.Counter(ids):
        bad.append(f"{where}: record starts {len(found)} != listed ids {len(ids)}")
    flat = " ".join(text.split())
    for s in e["sample_records"]:
        if s["case_number"] not in ids:
            bad.append(f"{where}: sample {s['case_number']} not in case_numbers")
        for key, value in s.items():
            for v in value if isinstance(value, list) else [value]:
                if " ".join(str(v).split()) in flat:
                    continue  # printed whole (lines joined with a space)
                # Cells that wrap beside other columns, or a paragraph cut by a page
                # footer, are not contiguous in the text: then every word must be printed.
                if folder.name not in PER_WORD_OK and key != "summary":
                    bad.append(f"{where}: sample {s['case_number']} {key} {v!r} not printed as one run")
                for w in words(v):
                    if w not in flat:
                        bad.append(f"{where}: sample {s['case_number']} {key} word {w!r} not printed")
        for n in s.get("related_numbers", []):
            if n == s["case_number"]:
                bad.append(f"{where}: sample {n} cites itself")
    return bad


def regenerate_matches() -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs2.py"), tmp], check=True)
        bad = []
        for f in sorted(Path(tmp).rglob("*")):
            if f.is_file():
                rel = f.relative_to(tmp)
                if not (HERE / rel).exists() or not filecmp.cmp(f, HERE / rel, shallow=False):
                    bad.append(f"regenerated {rel} differs from the committed file")
        return bad


def main() -> int:
    bad, pdfs, records = [], 0, 0
    for gt in sorted(HERE.glob("*/groundtruth.json")):
        entries = json.loads(gt.read_text())
        listed = {e["file"] for e in entries}
        on_disk = {p.name for p in gt.parent.glob("*.pdf")}
        if listed != on_disk:
            bad.append(f"{gt.parent.name}: groundtruth lists {sorted(listed)}, folder has {sorted(on_disk)}")
        for e in entries:
            bad += check_entry(gt.parent, e)
            pdfs += 1
            records += e["record_count"]
    if "--regenerate" in sys.argv:
        bad += regenerate_matches()
    for b in bad:
        print("FAIL", b)
    print(f"{pdfs} PDFs, {records} records, {len(bad)} failing")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
