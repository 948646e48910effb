"""Check the third held-out incident-log set against its own ground truth.

Stand-alone: pdftotext/pdfinfo and the standard library, no prr code.

    .venv/bin/python tests/documents/blind_logs3/check_blind_logs3.py [--dir DIR] [--regenerate]

Exit status 0 when every check passes; every failure is printed.
"""

import argparse
import filecmp
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Record-start pattern per agency folder: one match per record, group 1 = the id.
RECORD_START = {
    "bexley-falls-nh-pd": re.compile(r"\[(25-\d{6})\]"),
    "calder-county-ky-detention": re.compile(r"^Booking #: (\S+)", re.M),
    "redfern-park-il-pd": re.compile(r"^\d\d/\d\d/\d\d \d{4}\s.*?\s(RP25-\d{6})\s", re.M),
    "greywater-borough-nj-pd": re.compile(r"^Case No \.+ (\S+)$", re.M),
    "osterby-ia-pd": re.compile(r"^\s*(OS25-\d{6})\s+\d\d/\d\d/\d\d\s+\d{4}\s", re.M),
}
# The closing line that states the number of records.
TOTAL_LINE = {
    "bexley-falls-nh-pd": r"(\d+) entries this week\.",
    "calder-county-ky-detention": r"Total bookings: (\d+)",
    "redfern-park-il-pd": r"Calls for service: (\d+)",
    "greywater-borough-nj-pd": r"END OF LISTING - (\d+) CASES",
    "osterby-ia-pd": r"Total reports listed: (\d+)",
}
# Cells that wrap inside a table row: the value is not one run in the text, check per word.
WRAPPED_TABLE = {"redfern-park-il-pd", "osterby-ia-pd", "calder-county-ky-detention"}


def text_of(pdf):
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def pages_of(pdf):
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def count_printed(text, num):
    return len(re.findall(r"(?<![\w-])" + re.escape(num) + r"(?![\w-])", text))


def flat_related(rel):
    return [n for nums in rel.values() for n in nums]


def check_entry(folder, e, fail):
    pdf = folder / e["file"]
    tag = f"{folder.name}/{e['file']}"
    data = pdf.read_bytes()
    if hashlib.sha256(data).hexdigest() != e["sha256"]:
        fail(tag, "sha256 differs")
    if len(data) != e["bytes"]:
        fail(tag, "bytes differ")
    if len(data) >= 300_000:
        fail(tag, f"{len(data)} bytes, not < 300 KB")
    if pages_of(pdf) != e["pages"]:
        fail(tag, "page count differs")
    ids = e["case_numbers"]
    if len(ids) != e["record_count"]:
        fail(tag, f"{len(ids)} case numbers for record_count {e['record_count']}")
    text = text_of(pdf)
    related = flat_related(e.get("related_numbers", {}))
    for num in sorted(set(ids) | set(related)):
        want = ids.count(num) + related.count(num)
        got = count_printed(text, num)
        if got != want:
            fail(tag, f"{num} printed {got} times, listed {want} times")
    for num in set(related) & set(ids):
        fail(tag, f"{num} listed both as an id and as related")
    found = RECORD_START[folder.name].findall(text)
    if found != ids:
        fail(tag, f"record-start pattern finds {len(found)} records, not the {len(ids)} listed ids in order"
             + (f" (first difference at {next((i for i, (a, b) in enumerate(zip(found, ids)) if a != b), min(len(found), len(ids)))})"))
    m = re.search(TOTAL_LINE[folder.name], text)
    if not m or int(m.group(1)) != e["record_count"]:
        fail(tag, f"closing total line does not say {e['record_count']}")
    joined = re.sub(r"\s+", " ", text)
    words = set(joined.split())
    for s in e["sample_records"]:
        if s["case_number"] not in ids:
            fail(tag, f"sample {s['case_number']} is not among case_numbers")
        for key, val in s.items():
            for v in val if isinstance(val, list) else [val]:
                if v in joined:
                    continue
                if folder.name in WRAPPED_TABLE and all(w in words for w in v.split()):
                    continue
                fail(tag, f"sample {s['case_number']} {key}={v!r} not printed")
    return len(ids)


def check_dir(root):
    failures = []

    def fail(tag, msg):
        failures.append(f"{tag}: {msg}")

    total = npdf = 0
    for gt in sorted(root.glob("*/groundtruth.json")):
        for e in json.loads(gt.read_text()):
            total += check_entry(gt.parent, e, fail)
            npdf += 1
    if npdf == 0:
        fail(str(root), "no ground truth found")
    return npdf, total, failures


def regenerate_matches(root, failures):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs3.py"), tmp], check=True)
        for new in sorted(Path(tmp).rglob("*")):
            if new.is_file():
                old = root / new.relative_to(tmp)
                if not old.exists() or not filecmp.cmp(old, new, shallow=False):
                    failures.append(f"regenerated {new.relative_to(tmp)} differs from the committed file")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", type=Path, default=HERE)
    ap.add_argument("--regenerate", action="store_true")
    a = ap.parse_args()
    npdf, total, failures = check_dir(a.dir)
    if a.regenerate:
        regenerate_matches(a.dir, failures)
    for f in failures:
        print("FAIL", f)
    print(f"{npdf} PDFs, {total} records, {len(failures)} failing")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
