"""Stand-alone check of the held-out set blind_logs72 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed, and no number is both; a layout-specific
record-start pattern finds exactly the listed ids in order; the document's own count equals
record_count and the four status tiles add up to it; every sample value is printed inside its
own record's stretch of text, its words in order; size < 200 KB; plus one check of each
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

# record-start patterns, one per agency, read off the text (not used by prr); group "id" is the id
START = {
    "harlow-vale-or-pd": re.compile(
        r"^ *\S+ \S.*? {2,}(?P<status>OPEN|CLOSED|REFERRED|ARREST)\n +Case (?P<id>25-HV-\d{5}) Reported ", re.M
    ),
    "quenmoor-county-wy-so": re.compile(r"^(?P<id>QC25-\d{6}) +[A-Z]", re.M),
    "osterly-harbor-wa-pd": re.compile(r"^ *Incident # (?P<id>OH2025-\d{4}) ", re.M),
    "brackwater-township-mi-pd": re.compile(r"^\S+ +(?P<id>B25\d{5}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "ravelin-university-nm-pd": re.compile(
        r"^ *\S+ +Officers responded at \d\d:\d\d on [^()]{0,300}?\(case\s+(?P<id>RU-25-\d{4})\)", re.M
    ),
}
TOTAL = {  # the document's own count of records
    "harlow-vale-or-pd": re.compile(r"All incidents in range: (\d+)"),
    "quenmoor-county-wy-so": re.compile(r"Timelines in this export: (\d+)"),
    "osterly-harbor-wa-pd": re.compile(r"Incidents plotted: (\d+)"),
    "brackwater-township-mi-pd": re.compile(r"Rows in view: (\d+)"),
    "ravelin-university-nm-pd": re.compile(r"Posts in this digest: (\d+)"),
}
TILES = re.compile(r"OPEN +\S+ +CLOSED +\S+ +REFERRED +\S+ +ARREST\n\s*(\d+) +(\d+) +(\d+) +(\d+)\n")
STATUS = ["OPEN", "CLOSED", "REFERRED", "ARREST"]


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
    for num in {r["number"] for r in e["related_numbers"] if r["kind"] != "earlier_case_cited"} & set(ids):
        problems.append(f"{name}: {num} is both an id and a related number")
    for r in e["related_numbers"]:
        if r["kind"] == "earlier_case_cited" and (
            r["number"] not in ids or ids.index(r["number"]) >= ids.index(r["record"])
        ):
            problems.append(f"{name}: 'earlier case' {r['number']} is not an earlier record")
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
    return tok.strip('".,;:()#\u2022')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


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
            ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def tiles(t):
    m = TILES.search(t)
    return dict(zip(STATUS, map(int, m.groups()))) if m else {}


def check_layout(folder, name, t, e, recs):
    """The status tiles add up, plus one check of the trap each layout is about."""
    ids, problems, pages = e["case_numbers"], [], t.count("\f")
    tile = tiles(t)
    if sum(tile.values()) != len(ids):
        problems.append(f"{name}: status tiles {tile} do not add up to {len(ids)}")
    if folder == "harlow-vale-or-pd":
        pills = [m.group("status") for m in START[folder].finditer(t)]
        if {s: pills.count(s) for s in STATUS} != tile:
            problems.append(f"{name}: status pills do not match the status tiles")
    if folder == "quenmoor-county-wy-so":
        for num, text, _ in recs:
            first = re.findall(r"^ *\S+ +(\d\d/\d\d/2025 )?\d\d:\d\d +\S", text, re.M)
            if len(first) < 3 or not first[0] or any(first[1:]):
                problems.append(f"{name}: {num} timeline is not one dated event then time-only events")
                break
    if folder == "osterly-harbor-wa-pd":
        if t.count("Map data (c) Osterly GIS") != len(ids) + pages or len(re.findall(r" PARK\b", t)) != len(ids):
            problems.append(f"{name}: map thumbnails and credits do not match the cards")
    if folder == "brackwater-township-mi-pd":
        groups = {g: int(n) for g, n in re.findall(r"^Status: ([A-Z]+) \((\d+)\)$", t, re.M)}
        stamps = [
            datetime.datetime.strptime(re.search(r"\d\d/\d\d/2025 \d\d:\d\d", text).group(0), "%m/%d/%Y %H:%M")
            for _, text, _ in recs
        ]
        if {s: groups.get(s, 0) for s in STATUS} != tile or stamps == sorted(stamps):
            problems.append(f"{name}: status groups {groups} or the rows are in time order")
    if folder == "ravelin-university-nm-pd":
        days = [int(x) for x in re.findall(r"^[A-Z][a-z]+day, [A-Z][a-z]{2} \d+, 2025 - (\d+) posts$", t, re.M)]
        if sum(days) != len(ids) or len(days) < 2:
            problems.append(f"{name}: day headings count {sum(days)} posts")
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs72.py"), tmp], check=True)
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
