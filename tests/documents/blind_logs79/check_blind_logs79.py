"""Stand-alone check of the held-out set blind_logs79 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record-start pattern gives exactly the listed ids in order; the document's own count equals
record_count; every sample value is printed inside its own record's stretch of text (which runs
over page breaks, page footers and repeated headers), its words in order; size < 200 KB; plus one
check of each layout's page-break trap. With --regen, regenerating must give identical files.
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

# record-start patterns read off the text (not used by prr)
START = {
    "brantley-cove-me-pd": re.compile(r"^(?P<id>BC25-\d{4}) +\d\d/\d\d/2025 ", re.M),
    "kellam-mill-wi-pd": re.compile(r"^(?P<id>KM25-\d{4}) +\d\d/\d\d/2025 ", re.M),
    "fennick-gap-county-sc-so": re.compile(r"^Incident #: +(?P<id>FG-25-\d{5}) +Reported: ", re.M),
    "marisco-bay-ca-harbor-pd": re.compile(r"^(?P<id>MBH-25-\d{4}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "wickersham-falls-ny-pd": re.compile(r"^(?P<id>25W\d{5}) +\d\d/\d\d/25 \d{4} ", re.M),
}
TOTAL = {  # the document's own count of records
    "brantley-cove-me-pd": re.compile(r"Total entries: (\d+)"),
    "kellam-mill-wi-pd": re.compile(r"Incidents: (\d+) +Continuation sheets:"),
    "fennick-gap-county-sc-so": re.compile(r"Incidents listed: (\d+)"),
    "marisco-bay-ca-harbor-pd": re.compile(r"Report total: (\d+) incidents"),
    "wickersham-falls-ny-pd": re.compile(r"(\d+) INCIDENTS PRINTED"),
}
CONT_SHEETS = "NARRATIVE CONTINUATION SHEETS"


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
    if len(set(ids)) != len(ids):
        problems.append(f"{name}: an id is listed twice")
    for r in e["related_numbers"]:
        if r["record"] not in ids:
            problems.append(f"{name}: related number {r['number']} belongs to no listed record")
    return problems


def blocks(folder, t):
    """(id, text stretch, start offset) per record start, in print order."""
    starts = list(START[folder].finditer(t))
    stop = t.find(CONT_SHEETS) if folder == "kellam-mill-wi-pd" else -1
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        if m.start() < stop < end:
            end = stop
        out.append((m.group("id"), t[m.start():end], m.start()))
    return out


def records(folder, t):
    return [b for b in blocks(folder, t) if b[0]]


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {num: (text, pos) for num, text, pos in reversed(recs)}
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


def rel(e, kind):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] == kind}


def first_body_line(page, after):
    """First non-blank line after the line matching `after` on a page, or None."""
    lines = page.splitlines()
    for i, line in enumerate(lines):
        if re.search(after, line):
            return next((x for x in lines[i + 1:] if x.strip()), None)
    return None


def check_layout(folder, name, t, e, recs):
    """One check of the page-break trap each layout is about."""
    ids, bad = e["case_numbers"], False
    pages = t.split("\f")[:-1]
    start = START[folder]
    if folder == "brantley-cove-me-pd":
        # a row broken over a page is counted in both pages' 'Entries on this page'
        counts, cont = [], 0
        for pg in pages:
            m = re.search(r"Entries on this page: (\d+)", pg)
            first = first_body_line(pg, r"^Case No\. +Reported +Offense")
            carried = first is not None and not start.match(first + "\n")
            cont += carried
            counts.append(int(m.group(1)) if m else -1)
            if not m or int(m.group(1)) != len(start.findall(pg)) + carried:
                bad = True
        tot = [int(x) for x in TOTAL[folder].findall(t)]
        bad = bad or cont < 1 or tot != [len(ids)] or sum(counts) != len(ids) + cont
    if folder == "fennick-gap-county-sc-so":
        # header 'A through B': A is the block continued at the top of the page, B the last block on it
        carry, cont = None, 0
        for pg in pages:
            m = re.search(r"(FG-25-\d{5}) through (FG-25-\d{5})", pg)
            first = first_body_line(pg, r"^Incident Summary Report ")
            here = [x.group("id") for x in start.finditer(pg)]
            opened = first is not None and start.match(first + "\n")
            cont += not opened
            want = ((here[0] if opened else carry), (here[-1] if here else carry))
            if not m or m.groups() != want or want[0] is None:
                bad = True
            carry = want[1]
        bad = bad or cont < 2
    if folder == "wickersham-falls-ny-pd":
        # the spooler banner cuts into records
        banners = re.findall(r"^\f?WICKERSHAM FALLS POLICE DEPT +RMS LOG PRINT +LGP0410 +RUN \S+ \S+ +PAGE (\d{4})\n"
                             r"CASE NO +DATE +TIME +NATURE +DISPOSITION\n-{20,}$", t, re.M)
        inside = sum(1 for _, x, _ in recs if "RMS LOG PRINT" in x)
        bad = [int(b) for b in banners] != list(range(1, len(pages) + 1)) or inside < 3
    if folder == "marisco-bay-ca-harbor-pd":
        # day footers add up to the total; '(continued)' day headings carry a record's narrative over the page
        foots = re.findall(r"Incidents for \w+, October (\d+), 2025: (\d+)", t)
        per_day = {}
        for _num, x, _ in recs:
            d = int(re.search(r"\d\d/(\d\d)/2025", x).group(1))
            per_day[d] = per_day.get(d, 0) + 1
        carried = 0
        for k, pg in enumerate(pages):
            m = re.search(r"^\w+, October (\d+), 2025 \(continued\)$", pg, re.M)
            if not m:
                continue
            first = next((x for x in pg[m.end():].splitlines() if x.strip()), "")
            prev = [num for num, _, p in recs if p < len("\f".join(pages[:k]))]
            if not start.match(first + "\n") and not first.strip().startswith("Incidents for"):
                carried += 1
                # the carried lines belong to the last record before the page, of the same day
                if not prev or f"{int(m.group(1)):02d}/2025" not in recs[len(prev) - 1][1]:
                    bad = True
        bad = (bad or carried < 2 or {int(d): int(n) for d, n in foots} != per_day
               or sum(int(n) for _, n in foots) != len(ids))
    if folder == "kellam-mill-wi-pd":
        # '(cont. C-n)' in a row <-> continuation sheet C-n naming the same record, after the log
        sec = t.find(CONT_SHEETS)
        refs = {c: num for num, x, _ in recs for c in re.findall(r"\(cont\. (C-\d+)\)", re.sub(r"\s+", " ", x))}
        items = [(m.group(1), m.group(2), m.start()) for m in re.finditer(
            r"^(C-\d+) +(KM25-\d{4}) +\d\d/\d\d/2025 +continued from the log$", t, re.M)]
        m = re.search(r"Continuation sheets: (\d+)", t)
        bad = (sec < 0 or not m or int(m.group(1)) != len(items) or len(items) < 3
               or {c: num for c, num, _ in items} != refs or len(refs) != len(items)
               or any(p < sec for _, _, p in items) or [c for c, _, _ in items] != [f"C-{k}" for k in range(1, len(items) + 1)])
    return [f"{name}: {folder} page-break trap does not hold"] if bad else []


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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs79.py"), tmp], check=True)
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
