"""Stand-alone check of the held-out set blind_logs68 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed, and no number is both; a layout-specific
record-start pattern finds exactly the listed ids in order; the document's own count equals
record_count; every sample value is printed inside its own record's stretch of text, its words
in order (a value printed only in a band or heading above the record, `period` or `date`, is
compared with the last such band or heading before it); size < 200 KB; plus one check of each
layout's trap. With --regen, regenerating must give identical files.
`--dir DIR` checks a copy elsewhere (mutation runs).
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PERIOD_WORDS = r"(?:\d(?:st|nd|rd|th) period|Lunch|Before school|After school)"

# record-start patterns, one per agency, read off the text (not used by prr); group "id" is the id
START = {
    "ardenwood-usd-ca-pd": re.compile(r"^(?P<id>AUSD-25-\d{4}) +\d\d/\d\d/2025 ", re.M),
    "calder-springs-isd-tx-pd": re.compile(
        r"^\d{1,2} +(?:\d{7}|n/a) +(?P<id>CS25-\d{5}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M
    ),
    "morrow-vale-usd-or-school-police": re.compile(r"^ *(?P<id>MV-F25-\d{4}) +Wk \d\d ", re.M),
    "pinecastle-county-fl-so-youth-services": re.compile(rf"^ {{2,}}{PERIOD_WORDS}\. ", re.M),
    "larkmoor-ne-schools-attendance-enforcement": re.compile(r"^ +\d\d +\d\d:\d\d +.*? (?P<id>LK25-\d{5})$", re.M),
}
ID_AT_END = re.compile(r"Report\s+(PCY-25-\d{5})\.\n")  # Pinecastle: the id closes the paragraph
TOTAL = {  # the document's own count of records
    "ardenwood-usd-ca-pd": re.compile(r"Total incidents: (\d+)"),
    "calder-springs-isd-tx-pd": re.compile(r"Records this report: (\d+)"),
    "morrow-vale-usd-or-school-police": re.compile(r"Incidents in this report: (\d+)"),
    "pinecastle-county-fl-so-youth-services": re.compile(r"Entries this log: (\d+)"),
    "larkmoor-ne-schools-attendance-enforcement": re.compile(r"CONTACTS WITH CASE REPORTS: (\d+)"),
}
ABOVE = {  # values printed above the record (band or heading), by sample key
    "period": re.compile(r"^ *(BEFORE SCHOOL|P\d|LUNCH|AFTER SCHOOL) +\(\d\d:\d\d bell\)", re.M),
    "date": re.compile(
        r"^([A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, 2025) \(school week \d+\)$"
        r"|^ *SWEEP SW-25-\d{3} +(\d\d/\d\d/2025) ",
        re.M,
    ),
}


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
        problems.append(f"{name}: {num} is both an id and a related number")
    for r in e["related_numbers"]:
        if r["record"] not in ids:
            problems.append(f"{name}: related number {r['number']} points at no record")
    return problems


def records(folder, t):
    """(id, text stretch, start offset) per record, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        stretch = t[m.start() : end]
        if "id" in START[folder].groupindex:
            num = m.group("id")
        else:
            found = ID_AT_END.search(stretch)
            num = found.group(1) if found else None
        out.append((num, stretch, m.start()))
    return out


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def above(t, pos, key):
    heads = list(ABOVE[key].finditer(t, 0, pos))
    if not heads:
        return None
    return next(g for g in heads[-1].groups() if g)


def check_samples(name, t, recs, e):
    problems = []
    by_id = {}
    for num, text, pos in recs:
        by_id.setdefault(num, (text, pos))
    if len(e["sample_records"]) != 3:
        problems.append(f"{name}: {len(e['sample_records'])} sample records, expected 3")
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos = by_id[s["case_number"]]
        for key, val in s.items():
            if key in ABOVE:
                got = above(t, pos, key)
                ok = got is not None and got.upper() == val.upper()
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, problems = e["case_numbers"], []
    if folder == "ardenwood-usd-ca-pd":
        order = ["BEFORE SCHOOL", "P1", "P2", "P3", "P4", "LUNCH", "P5", "P6", "P7", "AFTER SCHOOL"]
        bands = [m.group(1) for m in ABOVE["period"].finditer(t) if "continued" not in t[m.end() : m.end() + 15]]
        counts = [
            int(x)
            for x in re.findall(r"^ +[A-Z][A-Za-z ]+[a-zA-Z] {3,}(\d+)$", t[t.find("INCIDENTS BY CAMPUS") :], re.M)
        ]
        if (
            bands != sorted(bands, key=order.index)
            or len(set(bands)) != len(bands)
            or ids == sorted(ids)
            or sum(counts) != len(ids)
        ):
            problems.append(f"{name}: period bands {bands} out of order, ids ascending or campus counts wrong")
    if folder == "calder-springs-isd-tx-pd":
        students = {r["record"]: r["number"] for r in e["related_numbers"] if r["kind"] == "student_id"}
        subtotal = [int(x) for x in re.findall(r"Week \d+ subtotal +(\d+)", t)]
        bad = [num for num, text, _ in recs if text.split()[1] != students.get(num, "n/a")]
        if bad or sum(subtotal) != len(ids) or len(subtotal) < 2:
            problems.append(f"{name}: student ID before the id wrong on {bad[:3]} or subtotals {subtotal}")
    if folder == "morrow-vale-usd-or-school-police":
        if (
            re.search(r"\d\d?/\d\d?/\d{2,4}", t)
            or t.count("CASE NO.") != len(ids)
            or not any(r["kind"] == "locker_number" for r in e["related_numbers"])
        ):
            problems.append(f"{name}: a calendar date is printed, captions {t.count('CASE NO.')} or no lockers")
    if folder == "pinecastle-county-fl-so-youth-services":
        sweeps = re.findall(r"^ +Truancy sweep: \d+ students contacted", t, re.M)
        days = re.findall(r"\(school week \d+\)$", t, re.M)
        ends = [num and len(re.findall(r"PCY-25-\d{5}", text)) == 1 for num, text, _ in recs]
        if len(sweeps) != len(days) or not all(ends):
            problems.append(f"{name}: {len(sweeps)} sweep tallies for {len(days)} days, or an id not at the end")
    if folder == "larkmoor-ne-schools-attendance-enforcement":
        nums = [int(re.match(r" +(\d\d)", text).group(1)) for _, text, _ in recs]
        restart = sum(n == 1 for n in nums)
        sweeps = len(re.findall(r"^ *SWEEP SW-25-\d{3} ", t, re.M))
        per = [int(x) for x in re.findall(r"contacts this sweep: (\d+)", t)]
        if restart != sweeps or sum(per) != len(ids) or len(per) != sweeps:
            problems.append(f"{name}: line numbers restart {restart}x for {sweeps} sweeps, tallies {sum(per)}")
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
        if "[invented]" not in e["agency"]:
            problems.append(f"{pdf.name}: agency not marked [invented]")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        problems += check_numbers(pdf.name, t, e)
        recs = records(folder.name, t)
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(
                f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                + ("" if len(found) != len(ids) else " (different ids or order)")
            )
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(pdf.name, t, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, t, e, recs)
        print(
            f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
            f"{len(e['related_numbers'])} related numbers, {len(data)} bytes"
        )
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs68.py"), tmp], check=True)
        made = {q for q in Path(tmp).rglob("*") if q.suffix in (".pdf", ".json")}
        if len(made) != len(before):
            problems.append(f"regenerated {len(made)} files, the set has {len(before)}")
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
    if [f.name for f in folders] != sorted(START):
        problems.append(f"{len(folders)} agency folders, expected {len(START)}")
    for folder in folders:
        problems += check(folder)
    if "--regen" in sys.argv:
        problems += regen(here)
    print("\n".join(problems) if problems else "all checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
