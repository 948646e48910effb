"""Stand-alone check of the thirty-third held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed, and no number is both an id and another kind of
related number; a layout-specific record-start pattern finds exactly the listed ids in order
(Wyckoff Mills is read column by column, cropping each page at its centre rule); the
document's own count equals record_count; every sample value is printed inside its own
record's stretch of text, its words in order (Wyckoff Mills and Brandywine Ridge take the date
from the day separator or heading above the record); size < 200 KB; plus one check of each
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
    "harrow-glen-ny-village-pd": re.compile(
        r"^\d\d/\d\d/25 +\d{1,2}:\d\d [AP]M +(?P<id>HG-25-\d{5}) ", re.M),
    "kettering-run-pa-borough-pd": re.compile(r"^(?P<id>2025-\d{6}) +\d\d-[A-Z][a-z]{2}-2025 \d{4} ", re.M),
    "wyckoff-mills-nj-township-pd": re.compile(r"^ ?(?P<id>CFS25-\d{6}) +\d\d:\d\d +\S", re.M),
    "calvert-shore-county-md-so": re.compile(r"^CC# (?P<id>25-0\d{6}) +RECEIVED ", re.M),
    "brandywine-ridge-state-university-de-pd": re.compile(r"^Ref\. (?P<id>BRU-\d{4}-\d{4}), ", re.M),
}
TOTAL = {  # the document's own count of records
    "harrow-glen-ny-village-pd": re.compile(r"Total blotter entries: (\d+)"),
    "kettering-run-pa-borough-pd": re.compile(r"Total incidents for the period: (\d+)"),
    "wyckoff-mills-nj-township-pd": re.compile(r"CFS count: (\d+)"),
    "calvert-shore-county-md-so": re.compile(r"TOTAL CALLS THIS SHEET: (\d+)"),
    "brandywine-ridge-state-university-de-pd": re.compile(r"Incidents logged: (\d+);"),
}
WM_SEP = re.compile(r"^ ?-- [A-Z][a-z]{2} (\d\d/\d\d/2025) --$", re.M)
BR_HEAD = re.compile(r"^[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, 2025$", re.M)
HALF = 306  # Wyckoff Mills: x of the rule between the two columns (points)


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def pdf_pages(pdf):
    out = run(["pdfinfo", str(pdf)])
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def record_text(folder, pdf, t):
    """Text the start pattern reads: the whole page, or each column of a page in turn."""
    if folder != "wyckoff-mills-nj-township-pd":
        return t
    parts = []
    for p in range(1, pdf_pages(pdf) + 1):
        for x in (0, HALF):
            parts.append(run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), "-x", str(x), "-y", "0",
                              "-W", str(HALF), "-H", "792", str(pdf), "-"]))
    return "".join(parts)


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
        if r["kind"] == "earlier_case_cited" and (r["number"] not in ids
                                                or ids.index(r["number"]) >= ids.index(r["record"])):
            problems.append(f"{name}: 'earlier case' {r['number']} is not an earlier record")
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
    return tok.strip('".,;:()#/\u2022')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w == tok or norm(w) == norm(tok) for tok in it) for w in words)


def date_above(folder, t, pos):
    """The date of the last day separator (Wyckoff Mills) or heading (Brandywine Ridge) before pos."""
    if folder == "wyckoff-mills-nj-township-pd":
        seps = list(WM_SEP.finditer(t, 0, pos))
        return seps[-1].group(1) if seps else None
    heads = list(BR_HEAD.finditer(t, 0, pos))
    return heads[-1].group(0) if heads else None


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
            vals = val if isinstance(val, list) else [val]
            if key == "reported_at" and folder == "wyckoff-mills-nj-township-pd":
                date, _, time = val.partition(" ")
                ok = text.split()[1] == time and date_above(folder, t, pos) == date
            elif key == "reported_at" and folder == "brandywine-ridge-state-university-de-pd":
                date, time = val.rsplit(" ", 2)[0], " ".join(val.rsplit(" ", 2)[1:])
                ok = text.split(", ", 1)[1].startswith(time) and date_above(folder, t, pos) == date
            else:
                ok = all(in_order(v.split(), text.split()) for v in vals)
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    problems = []
    if folder == "harrow-glen-ny-village-pd":
        stamps = re.findall(r"^(\d\d/\d\d/25 +\d{1,2}:\d\d [AP]M) +HG-", t, re.M)
        key = [datetime.datetime.strptime(re.sub(" +", " ", s), "%m/%d/%y %I:%M %p") for s in stamps]
        if key != sorted(key) or len(key) != len(recs) or "/2025 " in t.split("Blotter No.", 1)[1]:
            problems.append(f"{name}: two-digit-year, 12-hour stamps are not in time order")
    if folder == "kettering-run-pa-borough-pd":
        pages, run_sum = t.split("\f")[:-1], 0
        for i, pg in enumerate(pages):
            m = re.search(r"Incidents this sheet: (\d+) +Carried forward: (\d+)", pg)
            b = re.search(r"Brought forward from sheet \d+: (\d+) incidents", pg)
            k = len(START[folder].findall(pg))
            if (b and int(b.group(1)) != run_sum) or bool(b) != (i > 0):
                problems.append(f"{name}: sheet {i + 1} brought-forward line wrong")
            run_sum += k
            if not m or int(m.group(1)) != k or int(m.group(2)) != run_sum:
                problems.append(f"{name}: sheet {i + 1} subtotal or carried-forward wrong")
    if folder == "wyckoff-mills-nj-township-pd":
        for j, col in enumerate(t.split("\f")[:-1]):
            first = START[folder].search(col)
            if first and not WM_SEP.search(col, 0, first.start()):
                problems.append(f"{name}: column {j + 1} has no day separator above its first call")
    if folder == "calvert-shore-county-md-so":
        dist = {d: int(k) for d, k in re.findall(r"^DIST (\d) +(\d+) CALLS$", t, re.M)}
        blocks = re.findall(r"^LOCATION: .*, DIST (\d)$", t, re.M)
        if sum(dist.values()) != len(recs) or any(blocks.count(d) != k for d, k in dist.items()):
            problems.append(f"{name}: 'CALLS BY DISTRICT' does not match the blocks")
    if folder == "brandywine-ridge-state-university-de-pd":
        ups = re.findall(r"^ +Update to Ref\. (BRU-\d{4}-\d{4}):", t, re.M)
        m = re.search(r"updates to earlier incidents: (\d+)", t)
        cited = [r["number"] for r in e["related_numbers"] if r["kind"] == "earlier_case_cited"]
        if not m or int(m.group(1)) != len(ups) or ups != cited or not ups:
            problems.append(f"{name}: update entries {len(ups)} do not match the closing line or the ground truth")
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
        rt = record_text(folder.name, pdf, t)
        recs = records(folder.name, rt)
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(folder.name, pdf.name, rt, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, rt, e, recs)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs33.py"), tmp], check=True)
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
