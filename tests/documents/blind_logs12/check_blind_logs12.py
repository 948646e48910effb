"""Stand-alone check of the twelfth held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed; a layout-specific record-start pattern finds
exactly the listed ids in order; the document's own closing count equals record_count;
every sample value is printed inside its own record's stretch of text, its words in order
(wrapped cells put other columns' words between them, never reorder one cell's words);
size < 200 KB. With --regen, regenerating must give identical files. `--dir DIR` checks a
copy elsewhere (for mutation runs).
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# record-start patterns, one per agency, read off the text (not used by prr): group 1 is the
# id when the id is on the record's first line; Merriwether's id closes the paragraph instead.
START = {
    "tamsin-ridge-ks-pd": re.compile(r"^[A-Z][a-z]{2} \d{1,2}, 2025 @ \d\d:\d\d\s.*?\s(2025-\d{8})\s", re.M),
    "corbel-county-nv-so": re.compile(r"^(\d{6}-\d{4})\s+2025-\d\d-\d\dT\d\d:\d\d:\d\d\s", re.M),
    "hadley-falls-or-pd": re.compile(r"^(A25-\d{4})\s+\d\d-[A-Z][a-z]{2}-2025 \d\d:\d\d\s", re.M),
    "merriwether-glen-ga-pd": re.compile(r"^()\d{1,2}:\d\d [ap]\.m\.\s+[A-Z]", re.M),
    "larkin-state-college-mn-dps": re.compile(r"^(\d\d-\d{5})\s+\d\d/\d\d/2025 \d{4} hrs\s", re.M),
}
ID_AT_END = {"merriwether-glen-ga-pd": re.compile(r"\bCase (P25-\d{6})\.")}
TOTAL = {  # the document's own count of records
    "tamsin-ridge-ks-pd": re.compile(r"Total Incidents: (\d+)"),
    "corbel-county-nv-so": re.compile(r"Total calls: (\d+)"),
    "hadley-falls-or-pd": re.compile(r"\bArrests: (\d+)"),
    "merriwether-glen-ga-pd": re.compile(r"End of press log \((\d+) items\)"),
    "larkin-state-college-mn-dps": re.compile(r"Entries on this log: (\d+)"),
}
# the day heading a record's date comes from, when the record's own lines carry only a time
DAY_HEADING = {"merriwether-glen-ga-pd": re.compile(r"^[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, 2025$", re.M)}
SUBTOTAL = {"corbel-county-nv-so": re.compile(r"Calls on \d\d/\d\d: (\d+)")}


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def check_numbers(name, t, e):
    problems = []
    flat = re.sub(r"\s+", " ", t)
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    for num in set(ids + related):
        want = ids.count(num) + related.count(num)
        have = len(re.findall(rf"(?<![\w-]){re.escape(num)}(?![\w-])", flat))
        if have < want:
            problems.append(f"{name}: {num} printed {have}x, listed {want}x")
    for num in set(related) & set(ids):
        if not any(r["kind"] == "earlier_case_cited" and r["number"] == num for r in e["related_numbers"]):
            problems.append(f"{name}: {num} is both an id and a related number")
    return problems


def records(folder, t):
    """(id, text stretch) per record, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        day = ""
        if folder in DAY_HEADING:
            heads = [h.group(0) for h in DAY_HEADING[folder].finditer(t, 0, m.start())]
            day = heads[-1] if heads else ""
        out.append([m.group(1), day + "\n" + t[m.start():end]])
    if folder in ID_AT_END:
        for rec in out:
            found = ID_AT_END[folder].findall(re.sub(r"\s+", " ", rec[1]))
            rec[0] = found[0] if len(found) == 1 else f"?{len(found)}"
    return out


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, tok.strip(".,;()")) for tok in it) for w in words)


def check_samples(name, recs, e):
    problems = []
    by_id = {}
    for num, text in recs:
        by_id.setdefault(num, text)
    for s in e["sample_records"]:
        text = by_id.get(s["case_number"])
        if text is None:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        tokens = text.split()
        for key, val in s.items():
            for v in val if isinstance(val, list) else [val]:
                if not in_order(v.split(), tokens):
                    problems.append(f"{name}: sample {s['case_number']} {key}: {v!r} not printed in its record")
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
        recs = records(folder.name, t)
        found = [num for num, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}")
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        if folder.name in SUBTOTAL and sum(int(x) for x in SUBTOTAL[folder.name].findall(t)) != len(ids):
            problems.append(f"{pdf.name}: subtotals do not add up to {len(ids)}")
        problems += check_samples(pdf.name, recs, e)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs12.py"), tmp], check=True)
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
