"""Stand-alone check of the sixty-third held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed, and no number is both; a layout-specific
record-start pattern finds exactly the listed ids in order; the document's own count equals
record_count; every sample value is printed inside its own record's stretch of text, its words
in order (Cresthaven's date comes from the day heading above the entry); size < 200 KB; plus
one check of each layout's trap. With --regen, regenerating must give identical files.
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

# record-start patterns, one per agency, read off the text (not used by prr); group "id" is the id
START = {
    "halvergate-cove-ca-pd": re.compile(r"^(?P<id>HC25-\d{5}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "tarnby-wells-ca-pd": re.compile(
        r"^ +(?P<row>\d+) (?P<seq>\d+) +(?P<id>TW-25-\d{5}) +\d\d/\d\d/2025 +\d\d:\d\d ", re.M
    ),
    "oriel-bay-ca-harbor-police": re.compile(r"^ *Incident Number: +(?P<id>OBH-2025-\d{4})$", re.M),
    "cresthaven-ca-pd": re.compile(r"^\d{4} hrs +\S.*? Report No\. (?P<id>CH25-\d{5})\.$", re.M),
    "mirada-springs-ca-pd": re.compile(
        r"^PRA-0412-(?P<ctrl>\d{4}) +\d\d/\d\d/2025 +\d{4} +\S.*? (?P<id>25-\d{7}) ", re.M
    ),
}
TOTAL = {  # the document's own count of records
    "halvergate-cove-ca-pd": re.compile(r"Total incidents listed: (\d+)"),
    "tarnby-wells-ca-pd": re.compile(r"^ +\d+ +Count +(\d+)$", re.M),
    "oriel-bay-ca-harbor-police": re.compile(r"Incident printouts produced: (\d+)"),
    "cresthaven-ca-pd": re.compile(r"Entries this narrative: (\d+)"),
    "mirada-springs-ca-pd": re.compile(r"Records released: (\d+)"),
}
DAY_HEAD = re.compile(r"^[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, 2025$", re.M)


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
        out.append((m.group("id"), t[m.start() : end], m.start()))
    return out


def norm(tok):
    return tok.strip('".,;:()#[]')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def heading_date(t, pos):
    """MM/DD/YYYY of the last day heading printed before offset pos."""
    heads = list(DAY_HEAD.finditer(t, 0, pos))
    if not heads:
        return None
    return datetime.datetime.strptime(heads[-1].group(0), "%A, %B %d, %Y").strftime("%m/%d/%Y")


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
            if folder == "cresthaven-ca-pd" and key == "reported_at":
                date, _, time = val.partition(" ")
                ok = text.split()[0] == time and heading_date(t, pos) == date
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def page_of(t, pos):
    return t.count("\f", 0, pos)


def check_hc(name, t, e, recs):
    pages = t.split("\f")
    idx = re.findall(r"^\d+\. +(HC25-\d{5}) +(HCPD-PRA \d{6}) ", t, re.M)
    held = [num for num, text, _ in recs if "WITHHELD GC 7923.600(a)" in text.split("\n")[0]]
    m = re.search(r"Entries in this index: (\d+)", t)
    bad = [
        num for num, b in idx if num not in held or b not in pages[page_of(t, next(p for n, _, p in recs if n == num))]
    ]
    if [n for n, _ in idx] != held or not m or int(m.group(1)) != len(held) or bad or not held:
        return [f"{name}: withholding index does not list the withheld rows with their pages ({bad})"]
    return []


def check_tw(name, t, e, recs):
    rows = [(int(m.group("row")), int(m.group("seq"))) for m in START["tarnby-wells-ca-pd"].finditer(t)]
    row_of = {m.group("id"): int(m.group("row")) for m in START["tarnby-wells-ca-pd"].finditer(t)}
    comments = re.findall(r"Cell: B(\d+)\nComment: records clerk: Supplemental report filed under (TW-25-\d{5})\.", t)
    letters = re.findall(r"^ +A +B +C +D +E +F +G$", t, re.M)
    if (
        rows != [(2 * s + 2, s) for s in range(1, len(rows) + 1)]
        or not comments
        or any(row_of.get(num) != int(r) for r, num in comments)
        or len(letters) < 2
    ):
        return [f"{name}: row numbers, seq or comment cells do not line up"]
    return []


def check_ob(name, t, e, recs):
    parts = re.split(r"EXHIBIT [AB]\n", t)[1:]
    said = [int(x) for x in re.findall(r"(\d+) incident printouts follow this sheet", t)]
    have = [len(START["oriel-bay-ca-harbor-police"].findall(p)) for p in parts]
    boxes = len(re.findall(r"Reporting Party: +GC 7923\.600\(a\)$", t, re.M))
    if len(said) != 2 or said != have or boxes != len(e["case_numbers"]):
        return [f"{name}: slip-sheet counts {said} vs blocks {have}, {boxes} redaction boxes"]
    return []


def check_ch(name, t, e, recs):
    pages = t.split("\f")[:-1]
    held = [i for i, p in enumerate(pages) if "PAGE WITHHELD IN FULL" in p]
    bates = [int(x) for x in re.findall(r"CHPD (\d{6})\s*$", t, re.M)]
    if (
        not held
        or any(START["cresthaven-ca-pd"].search(pages[i]) for i in held)
        or bates != list(range(bates[0], bates[0] + len(pages)))
        or held[-1] == len(pages) - 1
    ):
        return [f"{name}: withheld pages {held} or Bates run {bates[:3]}... wrong"]
    return []


def check_ms(name, t, e, recs):
    ctrl = [int(m.group("ctrl")) for m in START["mirada-springs-ca-pd"].finditer(t)]
    rel = [r["number"] for r in e["related_numbers"] if r["kind"] == "production_control_number"]
    if ctrl != list(range(1, len(ctrl) + 1)) or rel != [f"PRA-0412-{i:04d}" for i in ctrl]:
        return [f"{name}: control numbers do not run 1..N beside the ids"]
    return []


LAYOUT = {
    "halvergate-cove-ca-pd": check_hc,
    "tarnby-wells-ca-pd": check_tw,
    "oriel-bay-ca-harbor-police": check_ob,
    "cresthaven-ca-pd": check_ch,
    "mirada-springs-ca-pd": check_ms,
}


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    return LAYOUT[folder](name, t, e, recs)


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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs63.py"), tmp], check=True)
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
