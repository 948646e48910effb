"""Stand-alone check of the thirty-second held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed, and no number is both; a layout-specific
record-start pattern finds exactly the listed ids in order (the calendar log is read column by
column, cropped with pdftotext -x/-y/-W/-H); the document's own count equals record_count; every
sample value is printed inside its own record's stretch of text, its words in order (dates that
come from a heading are checked against that heading); size < 200 KB; plus one check of each
layout's trap. With --regen, regenerating must give identical files. `--dir DIR` checks a copy
elsewhere (mutation runs).
"""

import datetime
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
AIR, HOSP, HOUS, COURT, CAL = ("brennock-field-co-airport-police", "harrowgate-medical-center-oh-public-safety",
                               "tamberly-housing-authority-nj-police", "wendmoor-county-in-justice-center-police",
                               "cedar-ledge-community-college-district-mi-police")

# record-start patterns, one per agency, read off the text (not used by prr); group "id" is the id
START = {
    AIR: re.compile(r"^(?P<id>BFA-25-\d{5}) +\d\d/\d\d/2025 \d\d:\d\d +\d\d/\d\d \d\d:\d\dZ ", re.M),
    HOSP: re.compile(r"At\s+\d{4},\s+[^:]+:\s.*?Report\s+(?P<id>HRMC25-\d{5}),", re.S),
    HOUS: re.compile(r"^Item \d+ of \d+\n(?:(?!Item \d).*\n)*?.*?Case No\.: +(?P<id>THA-25-\d{5})", re.M),
    COURT: re.compile(r"^(?P<id>WJC25-\d{4}) +\d\d/\d\d/2025 +\d\d:\d\d ", re.M),
    CAL: re.compile(r"^ *\d{4} +(?P<id>CLC-25-\d{4})$", re.M),
}
TOTAL = {  # the document's own count of records
    AIR: re.compile(r"Total incidents logged: (\d+)"),
    HOSP: re.compile(r"Reports this period: (\d+)"),
    HOUS: re.compile(r"Items listed: (\d+)"),
    COURT: re.compile(r"Entries this log: (\d+)"),
    CAL: re.compile(r"(?:September|October) total: (\d+)"),
}
SHIFT_HEAD = re.compile(r"^(DAY|EVENING|NIGHT) SHIFT \d{4}-\d{4} +\w+ (\d\d/\d\d/2025)(?: into \w+ (\d\d/\d\d/2025))?$",
                        re.M)
CAL_COL_W, CAL_X0 = 104.5, 30


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def calendar_text(pdf, pages):
    """The calendar read day column by day column: page 1 Mon..Sun, page 2 Mon..Sun, ..."""
    parts = []
    for p in range(1, pages + 1):
        for i in range(7):
            x = CAL_X0 + i * CAL_COL_W
            parts.append(run(["pdftotext", "-layout", "-nopgbrk", "-f", str(p), "-l", str(p), "-x", str(round(x + 1)),
                              "-y", "62", "-W", str(round(CAL_COL_W - 2)), "-H", "512", str(pdf), "-"]))
    return "\n".join(parts)


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
    for num in {r["number"] for r in e["related_numbers"]} & set(ids):
        problems.append(f"{name}: {num} is both an id and a related number")
    return problems


def records(folder, t):
    """(id, text stretch, start offset) per record, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        out.append((m.group("id"), t[m.start():end], m.start()))
    return out


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def heading_date(folder, t, pos, time):
    """The date a heading above offset pos gives to a record printed at that time."""
    if folder == HOSP:
        heads = list(SHIFT_HEAD.finditer(t, 0, pos))
        if not heads:
            return None
        kind, d1, d2 = heads[-1].groups()
        return d2 if kind == "NIGHT" and time < "0700" else d1
    heads = list(re.finditer(r"^ *[A-Z][a-z]{2} (\d\d/\d\d/2025)$", t[:pos], re.M))
    return heads[-1].group(1) if heads else None


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {}
    for num, text, pos in recs:
        by_id.setdefault(num, (text, pos))
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos = by_id[s["case_number"]]
        for key, val in s.items():
            if folder in (HOSP, CAL) and key == "reported_at":
                date, _, time = val.partition(" ")
                first = text.split()[1] if folder == HOSP else text.split()[0]
                ok = first.rstrip(",") == time and heading_date(folder, t, pos, time) == date
            elif folder == HOUS and key == "location":
                ok = all(in_order(v.split(), text.split()) for v in val.split(", ", 1))
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e, recs, whole):
    """One check of the trap each layout is about (whole = the plain `pdftotext -layout` text)."""
    ids, problems = e["case_numbers"], []
    if folder == AIR:
        rows = re.findall(r"^BFA-25-\d{5} +(\d\d/\d\d/2025 \d\d:\d\d) +(\d\d/\d\d \d\d:\d\d)Z ", t, re.M)
        bad = [lo for lo, utc in rows if (datetime.datetime.strptime(lo, "%m/%d/%Y %H:%M")
                                          + datetime.timedelta(hours=6)).strftime("%m/%d %H:%M") != utc]
        next_day = [lo for lo, utc in rows if lo[:5] != utc[:5]]
        counts = [int(x) for x in re.findall(r"^ +(?:Terminal [ABC]|Garage) +(\d+)$", t, re.M)]
        if bad or not next_day or len(rows) != len(ids) or sum(counts) != len(ids):
            problems.append(f"{name}: UTC column wrong ({len(bad)}), no next-day UTC date, or terminal counts off")
    if folder == HOSP:
        shifts = [int(x) for x in re.findall(r"Shift total: (\d+) reports", t)]
        nights = [m for m in SHIFT_HEAD.finditer(t) if m.group(1) == "NIGHT"]
        multi = re.findall(r"Report HRMC25-\d{5}, [^.]*\. At \d{4},", re.sub(r"\s+", " ", t))
        if sum(shifts) != len(ids) or not nights or not all(m.group(3) for m in nights) or not multi:
            problems.append(f"{name}: shift totals {sum(shifts)}, night headings or multi-incident hours wrong")
    if folder == HOUS:
        orders = set()
        for _, text, _ in recs:
            block = text.split("Narrative:")[0]
            orders.add(tuple(re.findall(r"(Case No\.|Development|Bldg / Unit|Reported|Nature|Disposition):", block)))
        first = [o[0] for o in orders if o]
        if len(orders) < 10 or first.count("Case No.") == len(first) or any(len(o) != 6 for o in orders):
            problems.append(f"{name}: label order does not vary ({len(orders)} orders)")
    if folder == COURT:
        pages = t.split("\f")[:-1]
        for i, page in enumerate(pages, 1):
            key = [m.start() for m in re.finditer(r"^Log No\. +Date +Time +Floor / Room", page, re.M)]
            last_row = max([m.start() for m in START[folder].finditer(page)] or [0])
            if len(key) != 1 or key[0] < last_row:
                problems.append(f"{name}: page {i} column titles not once at the foot")
        if len(re.findall(r"^WJC25-\d{4} .* (?:25CR|25CV|FL-2025-)\S+ ", t, re.M)) < 10:
            problems.append(f"{name}: too few court case numbers in rows")
    if folder == CAL:
        plain = [m.group("id") for m in re.finditer(r"(?P<id>CLC-25-\d{4})", whole)]
        weeks = [int(x) for x in re.findall(r"Week total: (\d+)", whole)]
        if sorted(plain) != sorted(ids) or plain == ids or sum(weeks) != len(ids):
            problems.append(f"{name}: whole-page text is already in column order, or week totals off")
    return problems


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        whole = run(["pdftotext", "-layout", str(pdf), "-"])
        pages = whole.count("\f")
        t = calendar_text(pdf, pages) + "\n" + whole[whole.rfind("Week total"):] if folder.name == CAL else whole
        if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
            problems.append(f"{pdf.name}: sha256/bytes differ")
        if pages != e["pages"] or pages < 2:
            problems.append(f"{pdf.name}: pages {pages} vs {e['pages']}")
        if len(data) >= 200_000:
            problems.append(f"{pdf.name}: {len(data)} bytes")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        problems += check_numbers(pdf.name, whole, e)
        recs = records(folder.name, t)
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(x) for x in TOTAL[folder.name].findall(whole)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(folder.name, pdf.name, t, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, t, e, recs, whole)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs32.py"), tmp], check=True)
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
