"""Stand-alone check of the twenty-fourth held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed, and no number is both; a layout-specific
record-start pattern finds exactly the listed ids in order; the document's own count equals
record_count; every sample value is printed inside its own record's stretch of text, its words
in order (Quabbin Falls' date comes from the day heading above the entry); size < 200 KB;
plus one check of each layout's trap. With --regen, regenerating must give identical files.
`--dir DIR` checks a copy elsewhere (mutation runs).
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
MON = "JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC"

# record-start patterns, one per agency, read off the text (not used by prr); group "id" is the id
START = {
    "hatchet-lake-mn-pd": re.compile(r"^ *(?P<id>25\d{6}) +(?P<jd>25\d{3}) \d{4} ", re.M),
    "garnock-township-oh-pd": re.compile(rf"^ *(?P<dtg>\d{{6}}(?:{MON})25) +(?P<id>25-\d{{4}}) ", re.M),
    "fenmore-borough-pa-pd": re.compile(r"^ *(?P<id>25\d{7}) (?P<dt>25\d{8}) [A-Z]{4}\S", re.M),
    "quabbin-falls-ma-pd": re.compile(r"^ *(?P<n>\d+)\. \d{4} Call #(?P<id>\d{6}) ", re.M),
    "wexley-vt-constable": re.compile(r"^ *CASE NUMBER \.+ (?P<id>\d{10})$", re.M),
}
TOTAL = {  # the document's own count of records
    "hatchet-lake-mn-pd": re.compile(r"Total calls: (\d+)"),
    "garnock-township-oh-pd": re.compile(r"RECORDS THIS PERIOD: (\d+)"),
    "fenmore-borough-pa-pd": re.compile(r"GRAND TOTAL RECORDS (\d+)"),
    "quabbin-falls-ma-pd": re.compile(r"Total log entries: (\d+)"),
    "wexley-vt-constable": re.compile(r"Cases this report: (\d+)"),
}
DAY_HEAD = re.compile(r"^ *[A-Z][a-z]+day (\d\d/\d\d/2025)$", re.M)


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
    return problems


def records(folder, t):
    """(id, text stretch, start offset) per record, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        out.append((m.group("id"), t[m.start() : end], m.start()))
    return out


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def heading_date(t, pos):
    heads = list(DAY_HEAD.finditer(t, 0, pos))
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
        flat = " ".join(text.split())
        for key, val in s.items():
            if folder == "quabbin-falls-ma-pd" and key == "reported_at":
                date, _, time = val.partition(" ")
                ok = text.split()[1] == time and heading_date(t, pos) == date
            else:
                ok = all(
                    in_order(v.split(), text.split()) or " ".join(v.split()) in flat
                    for v in (val if isinstance(val, list) else [val])
                )
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, problems, pages = e["case_numbers"], [], t.count("\f")
    if folder == "hatchet-lake-mn-pd":  # Julian days fall in October 2025 (274..304) and never go back
        jd = [int(m.group("jd")[2:]) for m in START[folder].finditer(t)]
        if not all(274 <= d <= 304 for d in jd) or jd != sorted(jd) or len(set(jd)) < 2:
            problems.append(f"{name}: Julian days out of October or out of order")
    if folder == "garnock-township-oh-pd":  # DTGs are in time order and one per record
        dt = [datetime.datetime.strptime(m.group("dtg"), "%d%H%M%b%y") for m in START[folder].finditer(t)]
        wrapped = re.findall(r"^ {40,}line\)$", t, re.M)
        if dt != sorted(dt) or len(dt) != len(ids) or not wrapped:
            problems.append(f"{name}: date-time groups out of order or no wrapped location")
    if folder == "fenmore-borough-pa-pd":  # page totals look like rows and add up to the grand total
        totals = [int(x) for x in re.findall(r"^ +PAGE TOTAL (\d{5})$", t, re.M)]
        glued = re.findall(r"^ *25\d{7} 25\d{8} [A-Z]{4}[A-Z]", t, re.M)
        if sum(totals) != len(ids) or len(totals) != pages or len(glued) != len(ids):
            problems.append(f"{name}: page totals {totals} or glued codes wrong")
    if folder == "quabbin-falls-ma-pd":  # list numbers restart at 1 under each day heading
        nums = [int(m.group("n")) for m in START[folder].finditer(t)]
        heads = DAY_HEAD.findall(t)
        if nums.count(1) != len(heads) or len(heads) < 2 or len(set(heads)) != len(heads):
            problems.append(f"{name}: list numbers do not restart per day ({nums.count(1)} vs {len(heads)})")
    if folder == "wexley-vt-constable":  # ids read like the date they were received
        for num, text, _ in recs:
            m = re.search(rf"RECEIVED \.+ (\d\d) ({MON}) (\d{{4}})", text)
            if not m or datetime.datetime.strptime(" ".join(m.groups()), "%d %b %Y").strftime("%y%m%d") != num[:6]:
                problems.append(f"{name}: {num} does not carry its received date")
                break
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
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(
                f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                + ("" if len(found) != len(ids) else " (different ids or order)")
            )
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(folder.name, pdf.name, t, recs, e)
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs24.py"), tmp], check=True)
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
