"""Stand-alone check of the held-out set blind_logs166 (does not import prr).

Every PDF is a set of landscape sheets carrying two reduced log pages each. For every PDF: sha256, bytes
and pages match groundtruth.json; record_count equals len(case_numbers) and is 40-150 with no duplicate
id; every id and related number is in the `pdftotext -layout` text of the sheets at least as often as
listed, and no number is both. Each half sheet is then read on its own (`pdftotext -layout -x -y -W -H`),
its page number is read from under it, the halves are put in page-number order and their page furniture
(titles, running heads, column headers, footers) dropped; on that reading-order text a layout-specific
stretch-start pattern (which also finds the non-record stretches: day totals, cover and legend
headings, closing lines) gives exactly the listed ids in order; the document's own count equals
record_count; every sample value is printed inside its own record's stretch of text, its words in
order; size < 200 KB; plus one check of each layout's trap. With --regen, regenerating must give
identical files. `--dir DIR` checks a copy elsewhere.
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
D = "\u2014"
W, H = 792, 612  # the landscape sheet; halves are x 0-396 and 396-792

# per layout: FOLIO reads the page number printed under a half; FURN drops a half's page furniture lines
# before the halves are joined in reading order; START: a match with group "rec" starts a record stretch
# whose id is group "id" (or, where ID_IN has a pattern, the one match of it inside the stretch), the
# other alternatives start stretches that are no records; TOTAL: the document's own count
FOLIO = {
    "marrowgate-or-pd": re.compile(r"Page (\d+) of (\d+)"),
    "quillby-county-id-so": re.compile(rf"(?m)^ *{D} ?(\d+) ?{D} *$"),
    "harrowfield-nh-pd": re.compile(r"Page (\d+) of (\d+)"),
    "pellworth-township-pa-pd": re.compile(r"Page (\d+) of (\d+)"),
    "ravenholt-county-tx-so": re.compile(r"PAGE +(\d+) OF +(\d+)"),
}
FURN = {
    "marrowgate-or-pd": re.compile(
        r"^ *(?:MARROWGATE POLICE DEPARTMENT \[invented\] *$|Incident Log +03/02/2026 - |Case No\. +Reported "
        r"|RMS report IL-210 |Page \d+ of \d+ *$)"),
    "quillby-county-id-so": re.compile(
        rf"^ *(?:QUILLBY COUNTY SHERIFF'S OFFICE \[invented\] *$|Monthly Activity Booklet +- +February 2026 +- "
        rf"|{D} ?\d+ ?{D} *$)"),
    "harrowfield-nh-pd": re.compile(
        r"^ *(?:HARROWFIELD POLICE DEPARTMENT \[invented\] *$|Weekly Police Log +\u00b7 +March 9"
        r"|Questions: Records 555-0128|Harrowfield PD \[invented\] +\u00b7 +Weekly Police Log|Page \d+ of \d+ *$)"),
    "pellworth-township-pa-pd": re.compile(
        r"^ *(?:PELLWORTH TOWNSHIP POLICE DEPARTMENT \[invented\] *$|Incident Summary +\u00b7 +April 6"
        r"|Incidents are numbered in order of report)"),
    "ravenholt-county-tx-so": re.compile(
        r"^ *(?:RAVENHOLT COUNTY SHERIFF'S OFFICE \[invented\] +CAD INCIDENT REPORT|RUN 02/16/26 05:40 "
        r"|INCIDENT +REPORTED +NATURE|OCCURRED +DISP +DEP|-{40,} *$|RECORDS THIS PAGE: |PAGE +\d+ OF +\d+ *$)"),
}
START = {
    "marrowgate-or-pd": re.compile(
        r"^ *(?:(?P<rec>(?P<id>26-\d{6}) +(?P<date>\d\d/\d\d/\d\d) \d\d:\d\d )"
        r"|(?P<day>Day total (?P<dd>\d\d/\d\d/\d\d): (?P<dn>\d+))|Total incidents listed:)", re.M),
    "quillby-county-id-so": re.compile(
        r"^ *(?:(?P<rec>CASE NO: +(?P<id>QC26-\d{5}) +RECEIVED: (?P<date>\d\d/\d\d/\d{4}) )"
        r"|MONTHLY ACTIVITY BOOKLET|(?P<notes>NOTES *$)|DISPOSITION LEGEND|TOTALS *$)", re.M),
    "harrowfield-nh-pd": re.compile(
        rf"^ *(?:(?P<rec>(?P<date>\d{{1,2}}/\d{{1,2}}/26), \d{{4}} hrs {D} )|Entries in this log:)", re.M),
    "pellworth-township-pa-pd": re.compile(
        rf"^ *(?:(?P<rec>(?P<n>\d+)\. +(?P<id>P26-\d{{4}}) {D} Reported (?P<date>\d\d/\d\d/\d{{4}}) )"
        r"|Total incidents:)", re.M),
    "ravenholt-county-tx-so": re.compile(
        r"^ *(?:(?P<rec>(?P<id>SO26-\d{5}) +(?P<date>\d\d/\d\d/\d\d) \d\d:\d\d )"
        r"|(?P<day>\*\*\* DATE (?P<dd>\d\d/\d\d/\d\d) +INCIDENTS +(?P<dn>\d+) \*\*\*)|TOTAL RECORDS PRINTED:"
        r"|DISP: RPT|\*\*\* END OF REPORT)", re.M),
}
ID_IN = {"harrowfield-nh-pd": re.compile(r"\bCase\s+(26-\d{4});")}
IDS = {  # any id of the layout's shape, for reading ids off the sheets in print order
    "marrowgate-or-pd": re.compile(r"\b26-\d{6}\b"),
    "quillby-county-id-so": re.compile(r"\bQC26-\d{5}\b"),
    "harrowfield-nh-pd": re.compile(r"\b26-\d{4}\b"),
    "pellworth-township-pa-pd": re.compile(r"\bP26-\d{4}\b"),
    "ravenholt-county-tx-so": re.compile(r"\bSO26-\d{5}\b"),
}
TOTAL = {
    "marrowgate-or-pd": re.compile(r"Total incidents listed: (\d+)"),
    "quillby-county-id-so": re.compile(r"Incidents listed in this booklet: (\d+)"),
    "harrowfield-nh-pd": re.compile(r"Entries in this log: (\d+)\."),
    "pellworth-township-pa-pd": re.compile(r"Total incidents: (\d+)\."),
    "ravenholt-county-tx-so": re.compile(r"TOTAL RECORDS PRINTED: (\d+)"),
}
MARK = re.compile(r"^@@ page (\d+) @@$", re.M)
TAIL = re.compile(r"(?:\s*^@@ page \d+ @@$)*\s*\Z", re.M)


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def read_halves(pdf, pages):
    """One dict per half sheet, in PDF order: page (1-based), side (0 left, 1 right), text."""
    out = []
    for p in range(1, pages + 1):
        for side in (0, 1):
            t = run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), "-x", str(side * W // 2), "-y", "0",
                     "-W", str(W // 2), "-H", str(H), str(pdf), "-"])
            out.append({"page": p, "side": side, "text": t.replace("\f", "")})
    return out


def folios(folder, halves):
    """Set each half's folio (None for an empty half); returns problems."""
    problems = []
    for h in halves:
        found = FOLIO[folder].findall(h["text"])
        h["folio"] = None
        if len(found) == 1:
            h["folio"] = int(found[0][0] if isinstance(found[0], tuple) else found[0])
        elif found or h["text"].strip():
            problems.append(f"page {h['page']} side {h['side']}: {len(found)} page numbers under the half")
    got = sorted(h["folio"] for h in halves if h["folio"])
    if got != list(range(1, len(got) + 1)):
        problems.append(f"page numbers under the halves are {got}, not 1..n")
    return problems


def reading(folder, halves):
    """The halves in page-number order, furniture lines dropped, each after a `@@ page k @@` marker."""
    parts = []
    for h in sorted((h for h in halves if h["folio"]), key=lambda h: h["folio"]):
        lines = [ln for ln in h["text"].splitlines() if not FURN[folder].match(ln)]
        parts.append(f"@@ page {h['folio']} @@\n" + "\n".join(lines))
    return "\n".join(parts) + "\n"


def blocks(folder, t):
    """(id or None, text stretch, folios the stretch runs over, match) per stretch, in reading order."""
    starts = list(START[folder].finditer(t))
    marks = [(m.start(), int(m.group(1))) for m in MARK.finditer(t)]
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(t)
        text = TAIL.sub("", t[m.start():end])  # a page marker just before the next stretch is not in this one
        pages = [f for pos, f in marks if pos < m.start()][-1:]
        pages += [f for pos, f in marks if m.start() < pos < m.start() + len(text)]
        num = None
        if m.group("rec"):
            if folder in ID_IN:
                found = ID_IN[folder].findall(text)
                num = found[0] if len(found) == 1 else f"?{len(found)} ids"
            else:
                num = m.group("id")
        out.append((num, text, pages, m))
    return out


def records(folder, halves):
    """Record stretches in reading order: (id, text, folios)."""
    return [(num, text, pages) for num, text, pages, _ in blocks(folder, reading(folder, halves)) if num]


def check_numbers(name, t, e):
    problems = []
    flat = re.sub(r"\s+", " ", t)
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    for num in set(ids + related):
        want = ids.count(num) + related.count(num)
        have = len(re.findall(rf"(?<![\w.-]){re.escape(num)}(?![\w-]|\.\d)", flat))
        if have < want:
            problems.append(f"{name}: {num} printed {have}x, listed {want}x")
    for r in e["related_numbers"]:
        if r["number"] in ids:
            problems.append(f"{name}: {r['number']} is both an id and a related number")
        if r["record"] not in ids:
            problems.append(f"{name}: related number {r['number']} belongs to no listed record")
    if len(set(ids)) != len(ids):
        problems.append(f"{name}: an id is listed twice")
    return problems


def tokens(s):
    return [x for x in re.split(r"[\s/|]+|(?<=\d)-(?=\d\d/)", s) if x]


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, toks):
    it = iter(toks)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(name, recs, e):
    problems = []
    by_id = {num: text for num, text, _ in recs}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text = MARK.sub("", by_id[s["case_number"]])
        for key, val in s.items():
            if not in_order(tokens(val), tokens(text)):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, *kinds):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if not kinds or r["kind"] in kinds}


def booklet_order(n):
    out = []
    for s in range(n // 4):
        out.append((n - 2 * s, 1 + 2 * s))
        out.append((2 + 2 * s, n - 1 - 2 * s))
    return out


def sheet_folios(halves):
    """(left folio, right folio) per PDF page."""
    pages = sorted({h["page"] for h in halves})
    return [tuple(next(h["folio"] for h in halves if h["page"] == p and h["side"] == s) for s in (0, 1))
            for p in pages]


def sheet_order_ids(folder, halves):
    """Ids read off the halves in PDF order (left half, right half, next sheet)."""
    return [x for h in halves for x in IDS[folder].findall(h["text"])]


def line_order_ids(folder, full):
    """Ids read off the whole sheets line by line, as `pdftotext -layout` prints them."""
    return IDS[folder].findall(full)


def day_totals(bl):
    """Day-total lines against the records' report dates: (printed [(date, n)], counted [(date, n)])."""
    printed, counted = [], {}
    for num, _, _, m in bl:
        if m.groupdict().get("day"):
            printed.append((m.group("dd"), int(m.group("dn"))))
        if num:
            counted[m.group("date")] = counted.get(m.group("date"), 0) + 1
    return printed, list(counted.items())


def check_layout(folder, name, e, full, halves):
    """One check of the trap each layout is about (on copies of the half texts and the sheet text)."""
    halves = [dict(h) for h in halves]
    if folios(folder, halves):
        return [f"{name}: {folder} page numbers under the halves do not hold"]
    ids = e["case_numbers"]
    t = reading(folder, halves)
    bl = blocks(folder, t)
    recs = [(num, text, pages) for num, text, pages, _ in bl if num]
    bad = [num for num, _, _ in recs] != ids
    sf = sheet_folios(halves)
    n = max(f for pair in sf for f in pair if f)
    pos = {f: i for i, pair in enumerate(sf) for f in pair if f}
    sheet_ids, line_ids = sheet_order_ids(folder, halves), line_order_ids(folder, full)
    if folder == "marrowgate-or-pd":
        # 2-up in order, rows of both pages side by side on one text line
        bad |= sf != [(2 * i + 1, 2 * i + 2 if 2 * i + 2 <= n else None) for i in range(len(sf))]
        two = sum(len(IDS[folder].findall(ln)) == 2 for ln in full.splitlines())
        heads = [sum(ln.count("Case No.") == 2 for ln in page.splitlines()) for page in full.split("\f")[:-1]]
        bad |= two < 20 or heads != [1 if b else 0 for _, b in sf]
        bad |= line_ids == ids or Counter(line_ids) != Counter(ids)
        printed, counted = day_totals(bl)
        bad |= printed != counted or sum(k for _, k in printed) != len(ids)
    if folder == "quillby-county-id-so":
        # booklet imposition; covers hold no record; blocks broken over pages on different sheet sides
        bad |= n % 4 or sf != booklet_order(n)
        covers = [h["text"] for f in (1, n) for h in halves if h["folio"] == f]
        bad |= len(covers) != 2 or any(re.search(r"CASE NO:", c) for c in covers)
        bad |= not re.search(r"Incidents listed in this booklet: \d+", covers[-1] if covers else "")
        cross = [num for num, _, pages in recs if len(pages) == 2 and pos[pages[0]] != pos[pages[1]]]
        bad |= len(cross) < 2 or any(len(pages) > 2 for _, _, pages in recs)
        bad |= sheet_ids == ids or Counter(sheet_ids) != Counter(ids)
        notes = [pages for num, _, pages, m in bl if m.groupdict().get("notes")]
        bad |= not notes or any(p[0] in (1, n) for p in notes)
    if folder == "harrowfield-nh-pd":
        # 2-up in order; entries run on left -> right half and right half -> next sheet
        bad |= sf != [(2 * i + 1, 2 * i + 2) for i in range(len(sf))]
        same = [num for num, _, p in recs if len(p) == 2 and p[0] % 2 == 1 and pos[p[0]] == pos[p[1]]]
        nxt = [num for num, _, p in recs if len(p) == 2 and p[0] % 2 == 0 and pos[p[1]] == pos[p[0]] + 1]
        bad |= not same or not nxt or any(len(p) > 2 or p != list(range(p[0], p[0] + len(p))) for _, _, p in recs)
        beside = re.findall(rf"(?m)^ *\S.*\S {{3,}}\d{{1,2}}/\d{{1,2}}/26, \d{{4}} hrs {D} ", full)
        bad |= len(beside) < 5 or line_ids == ids or Counter(line_ids) != Counter(ids)
    if folder == "pellworth-township-pa-pd":
        # 2-up right to left: later page on the left; paragraph numbers 1..N in reading order
        bad |= sf != [(2 * i + 2 if 2 * i + 2 <= n else None, 2 * i + 1) for i in range(len(sf))]
        bad |= n % 2 != 1 or sf[-1][0] is not None
        paras = [int(m.group("n")) for num, _, _, m in bl if num]
        bad |= paras != list(range(1, len(ids) + 1))
        for p in sorted({h["page"] for h in halves}):
            left, right = (sorted(int(x) for x in re.findall(rf"(?m)^ *(\d+)\. +P26-\d{{4}} {D}", h["text"]))
                           for h in halves if h["page"] == p)
            bad |= bool(left) and (not right or left[0] <= right[-1])
        cits = {(num, c) for num, text, _ in recs for c in re.findall(r"Citation\s+(T\d{6})\s+issued\.", text)}
        bad |= cits != rel(e, "citation") or len(cits) < 3
        bad |= line_ids == ids or sheet_ids == ids
    if folder == "ravenholt-county-tx-so":
        # cut-and-stack: sheet i carries pages i and i + h; per-page counts; the end on a middle sheet
        h = len(sf)
        bad |= sf != [(i + 1, i + 1 + h if i + 1 + h <= n else None) for i in range(h)] or n <= h
        for half in halves:
            if not half["folio"]:
                continue
            cnt = re.findall(r"RECORDS THIS PAGE: +(\d+)", half["text"])
            starts = len(re.findall(r"(?m)^ *SO26-\d{5} +\d\d/\d\d/\d\d \d\d:\d\d ", half["text"]))
            bad |= cnt != [str(starts)]
        end = [half for half in halves if "TOTAL RECORDS PRINTED" in half["text"]]
        bad |= len(end) != 1 or end[0]["folio"] != n or end[0]["page"] == len(sf)
        printed, counted = day_totals(bl)
        bad |= printed != counted or sum(k for _, k in printed) != len(ids)
        cads = {(num, c) for num, text, _ in recs for c in re.findall(r"\b(\d{10})\b", text)}
        bad |= cads != rel(e, "cad") or len(cads) != len(ids)
        bad |= sheet_ids == ids or Counter(sheet_ids) != Counter(ids)
    return [f"{name}: {folder} layout trap does not hold"] if bad else []


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        full = run(["pdftotext", "-layout", str(pdf), "-"])
        pages = full.count("\f")
        if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
            problems.append(f"{pdf.name}: sha256/bytes differ")
        if pages != e["pages"] or not 1 <= pages <= 12:
            problems.append(f"{pdf.name}: pages {pages} vs {e['pages']}")
        if len(data) >= 200_000:
            problems.append(f"{pdf.name}: {len(data)} bytes")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        problems += check_numbers(pdf.name, full, e)
        halves = read_halves(pdf, pages)
        fp = folios(folder.name, halves)
        problems += [f"{pdf.name}: {x}" for x in fp]
        recs = records(folder.name, halves) if not fp else []
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(x) for x in TOTAL[folder.name].findall(full)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(pdf.name, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, e, full, halves)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} sheets, "
              f"{sum(1 for h in halves if h['folio'])} small pages, {len(e['related_numbers'])} related numbers, "
              f"{len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs166.py"), tmp], check=True)
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
        problems.append(f"agency folders {[f.name for f in folders]}, expected {sorted(START)}")
    for folder in folders:
        problems += check(folder)
    if "--regen" in sys.argv:
        problems += regen(here)
    print("\n".join(problems) if problems else "all checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
