"""Stand-alone check of the fifty-first held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed, and no number is both; a layout-specific
record-start pattern finds exactly the listed ids in order; the document's own count equals
record_count; every sample value is printed inside its own record's stretch of text, its words
in order (the radio journal's date comes from the day heading above the entry); size < 200 KB;
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
A, B, C, D, E = ("wabikon-county-wi-so-marine-recreation", "tenmile-pines-township-mi-pd",
                 "copperfall-county-mn-so-snowmobile-unit", "whitefin-bay-mi-pd",
                 "harrowfield-wi-lake-oskana-ice-rescue")
# record-start patterns read off the text (not used by prr); group "id" is the id
START = {
    A: re.compile(r"^(?P<doy>\d{3}) +\d\dh\d\d +(?P<id>WC26-\d{5}) ", re.M),
    B: re.compile(r"^(?P<disp>[A-Z][A-Z ]*[A-Z]) {2,}\d\d/\d\d/2026 +\d{4}h .*? (?P<id>2026\d{5})$", re.M),
    C: re.compile(r"^\d\d/\d\d/2026 \.{9} \d\dh\d\d \.{9} (?P<id>SN-26-\d{4}) \.{9} ", re.M),
    D: re.compile(r"^(?P<id>WB\d{6}) \u2192 2026-\d\d-\d\d \u2192 ", re.M),
    E: re.compile(r"^(?P<time>\d{4})h {3,}", re.M),  # every journal entry; records are those opening a file
}
TOTAL = {
    A: re.compile(r"Incidents this period: (\d+)"),
    B: re.compile(r"Total incidents: (\d+)"),
    C: re.compile(r"Log entries \.{9} (\d+)"),
    D: re.compile(r"end of export, (\d+) rows"),
    E: re.compile(r"Files opened this journal: (\d+)"),
}
E_FILE = re.compile(r"File\s+(OK26-\d{4})\s+opened\.")
DAY_HEAD = re.compile(r"^[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, 2026$", re.M)


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
            problems.append(f"{name}: related number {r['number']} names no record ({r['record']})")
    return problems


def records(folder, t):
    """(id, text stretch, start offset) per record, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        text = t[m.start():end]
        if folder == E:
            head = DAY_HEAD.search(text)
            text = text[:head.start()] if head else text
            f = E_FILE.search(text)
            if f:
                out.append((f.group(1), text, m.start()))
        else:
            out.append((m.group("id"), text, m.start()))
    return out


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def heading_date(t, pos):
    heads = list(DAY_HEAD.finditer(t, 0, pos))
    if not heads:
        return None
    d = datetime.datetime.strptime(heads[-1].group(0), "%A, %B %d, %Y")
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {}
    for num, text, pos in recs:
        by_id.setdefault(num, (text, pos))
    ids = e["case_numbers"]
    want = [ids[0], ids[len(ids) // 2], ids[-1]]
    if [s["case_number"] for s in e["sample_records"]] != want:
        problems.append(f"{name}: samples are not the first, middle and last records")
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos = by_id[s["case_number"]]
        for key, val in s.items():
            if folder == E and key == "reported_at":
                date, _, time = val.rpartition(" ")
                ok = text.split()[0] == time and heading_date(t, pos) == date
            else:
                ok = in_order(val.split(), text.split())
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, problems = e["case_numbers"], []
    if folder == A:
        totals = re.findall(r"^(\d{3}) +DAY TOTAL +(\d+)$", t, re.M)
        doys = [m.group("doy") for m in START[A].finditer(t)]
        per = {d: doys.count(d) for d in doys}
        if {d: int(n) for d, n in totals} != per or "calendar year 2026" not in t \
                or re.search(r"\d\d/\d\d/20\d\d", t):
            problems.append(f"{name}: day totals do not match the day-of-year rows, or a calendar date is printed")
    if folder == B:
        disps = [m.group("disp") for m in START[B].finditer(t)]
        tail = t[t.find("Total incidents:"):]
        counts = {k.strip(): int(v) for k, v in re.findall(r"^([A-Z][A-Z ]+?) {2,}(\d+)$", tail, re.M)}
        if counts != {d: disps.count(d) for d in set(disps)}:
            problems.append(f"{name}: disposition table does not count the rows' first column")
    if folder == C:
        rows = [t[m.start():t.find("\n", m.start())] for m in START[C].finditer(t)]
        cols = {row.rfind(" ......... ") for row in rows}
        if len(cols) < 3 or not re.search(r"^Date \.{9} Time \.{9} Log No\.", t, re.M):
            problems.append(f"{name}: fields line up like columns ({len(cols)} offsets of the last field)")
    if folder == D:
        m = re.search(r"records (\d+) \u00b6", t)
        conts = len(re.findall(r"^\u00bb ", t, re.M))
        if not m or int(m.group(1)) != len(ids) or conts < len(ids) // 2 or t.count("\u2192") < 6 * len(ids):
            problems.append(f"{name}: header count, arrows or wrapped lines missing ({conts} continuations)")
    if folder == E:
        entries = len(START[E].findall(t))
        if entries - len(recs) < 10 or len(E_FILE.findall(t)) != len(ids):
            problems.append(f"{name}: too few non-record journal entries ({entries - len(recs)})")
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
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(folder.name, pdf.name, t, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, t, e, recs)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs51.py"), tmp], check=True)
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
