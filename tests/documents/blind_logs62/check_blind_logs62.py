"""Stand-alone check of the sixty-second held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed, and no number is both; a layout-specific
record-start pattern finds exactly the listed ids in order; the document's own count equals
record_count; every sample value is printed inside its own record's stretch of text, its words
in order (Ashcombe County's date comes from the day heading above the entry); size < 200 KB;
plus one check of each layout's page-geometry trap, read from `pdftotext -bbox` word boxes and
`pdfinfo` page sizes and rotations. With --regen, regenerating must give identical files.
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
    "kettleby-hollow-oh-pd": re.compile(r"^ *(?P<id>KH25-\d{5}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "brackwater-township-nj-pd": re.compile(r"^\d\d/\d\d/2025 \d{4} +(?P<id>25-\d{6}) ", re.M),
    "ashcombe-county-wv-so": re.compile(r"^\d{4} hrs\. (?s:.*?)Report\s+(?P<id>25S\d{5})\.", re.M),
    "pendleford-university-ia-dps": re.compile(r"^ +(?P<id>PU2025-\d{4}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "tollgate-bluffs-or-pd": re.compile(r"^(?P<id>TB\d{7}) +\d{1,2}/\d{1,2}/25 \d\d:\d\d ", re.M),
}
TOTAL = {  # the document's own count of records (Ashcombe: one count per day, summed)
    "kettleby-hollow-oh-pd": re.compile(r"Records this log: (\d+)"),
    "brackwater-township-nj-pd": re.compile(r"Total incidents: (\d+)"),
    "ashcombe-county-wv-so": re.compile(r"calls for service, (\d+) reports written\."),
    "pendleford-university-ia-dps": re.compile(r"Entries in this log: (\d+)"),
    "tollgate-bluffs-or-pd": re.compile(r"ALL STATIONS: (\d+)"),
}
DAY_HEAD = re.compile(r"^([A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, 2025)( \(continued\))?$", re.M)
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def bbox_pages(pdf):
    """Per page: list of (word, width, height, xMin)."""
    html = run(["pdftotext", "-bbox", str(pdf), "-"])
    return [[(w, float(x1) - float(x0), float(y1) - float(y0), float(x0)) for x0, y0, x1, y1, w in WORD.findall(p)]
            for p in html.split("<page ")[1:]]


def page_geometry(pdf, n):
    """Per page: (width, height, rotation) as pdfinfo reports them."""
    out = run(["pdfinfo", "-f", "1", "-l", str(n), str(pdf)])
    sizes = [tuple(map(float, m)) for m in re.findall(r"size: +([\d.]+) x ([\d.]+) pts", out)]
    rots = [int(x) for x in re.findall(r"rot: +(\d+)", out)]
    return [(w, h, r) for (w, h), r in zip(sizes, rots)]


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
        out.append((m.group("id"), t[m.start():end], m.start()))
    return out


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def heading_date(t, pos):
    """MM/DD/YYYY of the last day heading printed before offset pos."""
    heads = list(DAY_HEAD.finditer(t, 0, pos))
    if not heads:
        return None
    return datetime.datetime.strptime(heads[-1].group(1), "%A, %B %d, %Y").strftime("%m/%d/%Y")


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
            if folder == "ashcombe-county-wv-so" and key == "reported_at":
                date, _, time = val.partition(" ")
                ok = text.split()[0] == time and heading_date(t, pos) == date
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def vertical(words, pattern):
    """(vertical, horizontal) counts of the words matching pattern (taller than wide = printed rotated)."""
    hits = [(w, h) for word, w, h, _ in words if re.fullmatch(pattern, word)]
    return sum(h > w for w, h in hits), sum(w >= h for w, h in hits)


def check_layout(folder, name, t, e, geo, boxes):
    """One check of the page-geometry trap each layout is about."""
    ids, problems = e["case_numbers"], []
    if folder == "kettleby-hollow-oh-pd":
        for k, (words, (w, h, rot)) in enumerate(zip(boxes, geo), 1):
            v_ids, h_ids = vertical(words, r"KH25-\d{5}")
            v_head, h_head = vertical(words, "KETTLEBY")
            if (w, h, rot) != (612, 792, 0) or not v_ids or h_ids or h_head != 1 or v_head:
                problems.append(f"{name}: page {k} is not an upright portrait page with a sideways table")
    if folder == "brackwater-township-nj-pd":
        titles = ("#", "Nature", "Location", "Unit", "Disposition")
        xs = {tuple(round(x) for word, _, _, x in words if word in titles)[:5] for words in boxes}
        summary = t[t.find("Nature summary"):]
        counts = [int(x) for x in re.findall(r"^ +[A-Z][A-Za-z -]+[A-Za-z] +(\d+)$", summary, re.M)]
        if len(xs) != len(boxes) or sum(counts) != len(ids):
            problems.append(f"{name}: column titles at {sorted(xs)} (widths not fitted per page) "
                            f"or nature summary sums to {sum(counts)}")
    if folder == "ashcombe-county-wv-so":
        sideways = [k for k, (_, _, rot) in enumerate(geo) if rot == 90]
        heads = {m.group(1) for m in DAY_HEAD.finditer(t)}
        books = [int(x) for x in re.findall(r"Bookings: (\d+)", t)]
        listed = [r for r in e["related_numbers"] if r["kind"] == "booking_number"]
        pairs = re.findall(r"^(B25-\d{4}) +(25S\d{5}) ", t, re.M)
        if len(sideways) != len(heads) or sum(books) != len(listed) \
                or sorted(pairs) != sorted((r["number"], r["record"]) for r in listed):
            problems.append(f"{name}: {len(sideways)} rotated pages for {len(heads)} days, or the custody "
                            f"supplement does not list the bookings ({sum(books)} vs {len(listed)})")
    if folder == "pendleford-university-ia-dps":
        v_lab = sum(vertical(words, "DISPOSITION")[0] for words in boxes)
        h_lab = sum(vertical(words, "DISPOSITION")[1] for words in boxes)
        v_ids = sum(vertical(words, r"PU2025-\d{4}")[0] for words in boxes)
        if v_lab != len(ids) or h_lab or v_ids:
            problems.append(f"{name}: {v_lab} vertical DISPOSITION labels for {len(ids)} blocks ({h_lab} upright)")
    if folder == "tollgate-bluffs-or-pd":
        sizes = []
        for words, (w, h, rot) in zip(boxes, geo):
            station = "NORTH" if "NORTH" in [x[0] for x in words[:8]] else "SOUTH"
            sizes.append((station, w, h) if rot == 0 else (station, 0, 0))
            if vertical(words, "CLEARANCE") != (1, 0):
                problems.append(f"{name}: column titles not vertical on a {station} page")
        north = {(w, h) for s, w, h in sizes if s == "NORTH"}
        south = {(w, h) for s, w, h in sizes if s == "SOUTH"}
        tot = [int(x) for x in re.findall(r"(?:NORTH|SOUTH) STATION TOTAL CALLS: (\d+)", t)]
        if north != {(612, 792)} or south != {(612, 1008)} or sum(tot) != len(ids) or len(tot) != 2:
            problems.append(f"{name}: page sizes {north} / {south} or station totals {tot}")
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
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if (sum(got) if folder.name == "ashcombe-county-wv-so" else got) != \
                (len(ids) if folder.name == "ashcombe-county-wv-so" else [len(ids)]):
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(folder.name, pdf.name, t, recs, e)
        problems += check_layout(folder.name, pdf.name, t, e, page_geometry(pdf, pages), bbox_pages(pdf))
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs62.py"), tmp], check=True)
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
