"""Stand-alone check of the sixtieth held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed, and no number is both; a layout-specific
record-start pattern finds exactly the listed ids in order; the document's own count (where it
prints one) equals record_count; every sample value is printed inside its own record's stretch
of text, its words in order (the blotter's and the staff journal's dates come from the day
heading or form header above the record); size < 200 KB; plus one check of each layout's trap.
With --regen, regenerating must give identical files. `--dir DIR` checks a copy elsewhere
(mutation runs).
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
VA, SF, NP, FC, PM = (
    "marlow-ridge-va-medical-center-police",
    "kessler-flats-afb-security-forces",
    "saltgrass-canyon-np-rangers",
    "harwick-federal-center-protective-police",
    "fort-calloway-provost-marshal",
)

# record-start patterns, one per agency, read off the text (not used by prr); group "id" is the id
START = {
    VA: re.compile(r"^(?P<id>687-25-\d{4}) +(?P<fac>687\w*) +\d\d/\d\d/2025 \d{4} ", re.M),
    SF: re.compile(r"^ +(?P<id>25-\d{4}-\d{3}) // [A-Z]", re.M),
    NP: re.compile(r"^ +(?P<id>SACA-25\d{3}-\d{3}) +[A-Z]{2}", re.M),
    FC: re.compile(
        r"^(?P<id>HFC25-\d{5}) +(?P<rd>\d\d/\d\d/2025) +(?P<rt>\d\d:\d\d) +(?P<od>\d\d/\d\d/2025) +"
        r"(?P<ot>\d\d:\d\d) +(?P<gsa>NV\d{4}ZZ) ",
        re.M,
    ),
    PM: re.compile(r"^(?P<item>\d+) +(?P<tin>\d{4}) +\d{4} +MPR (?P<id>\d{5}-2025-MPC051): ", re.M),
}
TOTAL = {  # the document's own count of records (the staff journal prints none)
    VA: re.compile(r"Total UORs this period: (\d+)"),
    SF: re.compile(r"BLOTTER ENTRIES THIS PERIOD: (\d+)"),
    NP: re.compile(r"Case incident reports opened: (\d+)"),
    FC: re.compile(r"Incidents logged: (\d+)"),
}
SF_DAY = re.compile(r"^[A-Z]+DAY (\d\d [A-Z]{3} 2025) +\(JULIAN 25(\d{3})\)$", re.M)
NP_DAY = re.compile(r"^DAY (\d{3}) +- +\w+ (\d+ \w+ 2025) +traffic counter", re.M)
PM_HEAD = re.compile(r"FROM 0001 (\d\d [A-Z]{3} \d\d) TO 2400 (\d\d [A-Z]{3} \d\d)")
PM_ITEM = re.compile(r"^(\d+) +(\d{4}) +(?:\d{4} +)?(\S.*?)(?: {2,}.*)?$", re.M)


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
    if len(ids) != len(set(ids)):
        problems.append(f"{name}: an id is listed twice")
    return problems


def records(folder, t):
    """(id, text stretch, start offset) per record, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1200)
        out.append((m.group("id"), t[m.start() : end], m.start()))
    return out


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w == tok or norm(w) == norm(tok) for tok in it) for w in words)


def last_before(rx, t, pos):
    heads = list(rx.finditer(t, 0, pos))
    return heads[-1] if heads else None


def sample_ok(folder, key, val, t, text, pos):
    if key == "reported_at" and folder in (SF, PM):
        date, time = val.rsplit(" ", 1)
        head = last_before(SF_DAY if folder == SF else PM_HEAD, t, pos)
        if not head or head.group(1) != date:
            return False
        if folder == SF:
            return f"At {time}," in re.sub(r"\s+", " ", text)
        return START[PM].match(text).group("tin") == time
    return all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {num: (text, pos) for num, text, pos in recs}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos = by_id[s["case_number"]]
        for key, val in s.items():
            if not sample_ok(folder, key, val, t, text, pos):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def trap_va(t, e, recs):
    facs = [m.group("fac") for m in START[VA].finditer(t)]
    tail = t[t.find("Total UORs this period") :]
    counts = {m.group(1): int(m.group(2)) for m in re.finditer(r"^ *(687\w*) +(\d+)$", tail, re.M)}
    if (
        len(set(facs)) < 3
        or sum(counts.values()) != len(facs)
        or any(counts.get(f, 0) != facs.count(f) for f in set(facs))
    ):
        return ["station-number column does not add up to the facility count lines"]
    return []


def trap_sf(t, e, recs):
    problems = []
    for num, _, pos in recs:
        head = last_before(SF_DAY, t, pos)
        d = datetime.datetime.strptime(head.group(1), "%d %b %Y") if head else None
        if not d or num[3:7] != d.strftime("%m%d") or int(head.group(2)) != d.timetuple().tm_yday:
            problems.append(f"id {num} not under its own day heading")
    cites = sum(r["kind"] == "citation" for r in e["related_numbers"])
    m = re.search(r"AFTTs ISSUED: (\d+)", t)
    if not m or int(m.group(1)) != cites or len(re.findall(r"^-- (MIDS|DAYS|SWINGS) --$", t, re.M)) < 3:
        problems.append("AFTT total or shift headings wrong")
    return problems


def trap_np(t, e, recs):
    problems, serial = [], {}
    for num, _, pos in recs:
        head = last_before(NP_DAY, t, pos)
        day = num[7:10]
        serial[day] = serial.get(day, 0) + 1
        if not head or head.group(1) != day or int(num[-3:]) != serial[day]:
            problems.append(f"id {num} does not carry its heading's Julian day and serial")
    return problems


def trap_fc(t, e, recs):
    problems = []
    pages = t.count("\f")
    if (
        len(re.findall(r"^ +REPORTED +OCCURRED$", t, re.M)) != pages
        or len(re.findall(r"^Incident No\. +Date +Time +Date +Time +GSA Bldg", t, re.M)) != pages
    ):
        problems.append("grouped header not on every page")
    gsa = []
    for m in START[FC].finditer(t):
        rep = datetime.datetime.strptime(m.group("rd") + m.group("rt"), "%m/%d/%Y%H:%M")
        occ = datetime.datetime.strptime(m.group("od") + m.group("ot"), "%m/%d/%Y%H:%M")
        gsa.append(m.group("gsa"))
        if occ > rep:
            problems.append(f"{m.group('id')} occurred after it was reported")
    tail = t[t.find("Incidents logged") :]
    counts = {a: int(b) for a, b in re.findall(r"(NV\d{4}ZZ) +(\d+)", tail)}
    if sum(counts.values()) != len(gsa) or any(counts.get(g, 0) != gsa.count(g) for g in set(gsa)):
        problems.append("building counts do not add up")
    if sum(m.group("rd") != m.group("od") for m in START[FC].finditer(t)) < 2:
        problems.append("no record occurred on an earlier day")
    return problems


def trap_pm(t, e, recs):
    problems, items, day = [], {}, None
    for page in t.split("\f"):
        head = PM_HEAD.search(page)
        if not head:
            continue
        day = head.group(1)
        items.setdefault(day, []).extend(PM_ITEM.findall(page))
    for day, its in items.items():
        nums = [int(i) for i, _, _ in its]
        if (
            nums != list(range(1, len(nums) + 1))
            or not its[0][2].startswith("Journal opened")
            or not its[-1][2].startswith("Journal closed")
        ):
            problems.append(f"{day}: items not numbered 1..n from 'Journal opened' to 'Journal closed'")
    total = sum(len(v) for v in items.values())
    mpr = sum(text.startswith("MPR ") for v in items.values() for _, _, text in v)
    if mpr != len(e["case_numbers"]) or total - mpr < 5 * len(items):
        problems.append(f"{mpr} MPR items of {total}, {len(e['case_numbers'])} listed")
    return problems


TRAPS = {VA: trap_va, SF: trap_sf, NP: trap_np, FC: trap_fc, PM: trap_pm}


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    return [f"{name}: {p}" for p in TRAPS[folder](t, e, recs)]


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
        if "[invented]" not in e["agency"] or len(e["sample_records"]) != 3:
            problems.append(f"{pdf.name}: agency not marked invented or not three samples")
        problems += check_numbers(pdf.name, t, e)
        recs = records(folder.name, t)
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(
                f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                + ("" if len(found) != len(ids) else " (different ids or order)")
            )
        if folder.name in TOTAL:
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs60.py"), tmp], check=True)
        made = {p.relative_to(tmp) for p in Path(tmp).rglob("*") if p.suffix in (".pdf", ".json")}
        if made != {p.relative_to(here) for p in before}:
            problems.append("regenerated set has different files")
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
        problems.append(f"agency folders {[f.name for f in folders]}, expected {sorted(START)}")
    for folder in folders:
        if folder.name in START:
            problems += check(folder)
    if "--regen" in sys.argv:
        problems += regen(here)
    print("\n".join(problems) if problems else "all checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
