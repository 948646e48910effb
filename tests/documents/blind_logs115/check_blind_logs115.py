"""Stand-alone check of the held-out set blind_logs115 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals len(case_numbers)
and is 40-150 with no duplicate id; every case number and related number is in the whole-document
`pdftotext -layout` text at least as often as listed, and no number is both; the imposed pages are
then read one at a time in reading order (`pdftotext -layout` cropped to each half or quarter of a
sheet; booklet halves sorted by their printed page number; rotated sheets whole), and a
layout-specific record-start pattern over that text gives exactly the listed ids in order; the
document's own count equals record_count; every sample value is printed inside its own record's
stretch of text, its words in order; size < 200 KB; plus one check of each layout's trap. With
--regen, regenerating into a temporary folder must give identical files.
Run: python tests/documents/blind_logs115/check_blind_logs115.py --regen
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHEET = {  # crop boxes (x, y from top, w, h) of the imposed pages on one sheet, in reading order
    "quarry-falls-id-pd": [(0, 0, 396, 612), (396, 0, 396, 612)],
    "brannock-county-wy-so": [(0, 0, 306, 396), (306, 0, 306, 396), (0, 396, 306, 396), (306, 396, 306, 396)],
    "ostrander-twp-pa-pd": [(0, 0, 396, 612), (396, 0, 396, 612)],
    "lowry-harbor-me-pd": None,
    "pinecrest-valley-co-transit-pd": None,
}
START = {
    "quarry-falls-id-pd": re.compile(r"^ *(?P<id>25-\d{6}) +\d{6}-\d{4} +\d\d/\d\d/2025 ", re.M),
    "brannock-county-wy-so": re.compile(r"^ *Incident: (?P<id>BC25-\d{4}) +Reported: ", re.M),
    "ostrander-twp-pa-pd": re.compile(r"^ *(?P<id>OT-25-\d{5}) +\d\d/\d\d/25 \d\d:\d\d ", re.M),
    "lowry-harbor-me-pd": re.compile(r"^ *(?P<id>LH25-\d{5}) +25-\d{6} +\d\d/\d\d/2025 \d{4} ", re.M),
    "pinecrest-valley-co-transit-pd": re.compile(r"^ *\d{1,3}\. (?P<id>PV-25-\d{4}) +\d\d/\d\d/2025 ", re.M),
}
TOTAL = {
    "quarry-falls-id-pd": re.compile(r"Records this log: (\d+)"),
    "brannock-county-wy-so": re.compile(r"Total incidents: (\d+)"),
    "ostrander-twp-pa-pd": re.compile(r"Incidents in this booklet: (\d+)"),
    "lowry-harbor-me-pd": re.compile(r"Total incidents: (\d+)"),
    "pinecrest-valley-co-transit-pd": re.compile(r"Incidents reported: (\d+)"),
}
PAGE_NO = {  # each imposed page's own page number, in reading order
    "quarry-falls-id-pd": r"Page (\d+) of (\d+)",
    "brannock-county-wy-so": r"Page (\d+) of (\d+)",
    "ostrander-twp-pa-pd": r"^ *- (\d+) -$",
    "lowry-harbor-me-pd": r"Page (\d+) of (\d+)",
    "pinecrest-valley-co-transit-pd": r"page (\d+) of (\d+)",
}


def run(cmd):
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def read_pages(folder, pdf, npages):
    """Texts of the imposed pages in reading order."""
    out = []
    for p in range(1, npages + 1):
        boxes = SHEET[folder]
        if boxes is None:
            out.append(run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), str(pdf), "-"]))
            continue
        for x, y, w, h in boxes:
            t = run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), "-x", str(x), "-y", str(y),
                     "-W", str(w), "-H", str(h), str(pdf), "-"])
            if re.search(PAGE_NO[folder], t, re.M):  # a half or quarter with a page on it (not just a sheet stamp)
                out.append(t)
    if folder == "ostrander-twp-pa-pd":
        out.sort(key=lambda t: int(re.search(PAGE_NO[folder], t, re.M).group(1)))
    return out


def count(num, t):
    return len(re.findall(rf"(?<![\w-]){re.escape(num)}(?![\w-])", t))


def check_numbers(name, t, e):
    problems = []
    ids = e["case_numbers"]
    if len(set(ids)) != len(ids):
        problems.append(f"{name}: duplicate ids")
    need = {}
    for num in ids + [r["number"] for r in e["related_numbers"]]:
        need[num] = need.get(num, 0) + 1
    for num, k in need.items():
        if count(num, t) < k:
            problems.append(f"{name}: {num} printed {count(num, t)} times, listed {k}")
    rel = {r["number"] for r in e["related_numbers"]}
    for num in set(ids) & rel:
        problems.append(f"{name}: {num} is both an id and a related number")
    for r in e["related_numbers"]:
        if r["record"] not in ids:
            problems.append(f"{name}: related number {r['number']} belongs to no listed record")
    return problems


def records(folder, t):
    """(id, text stretch) per record start, in reading order; a stretch ends at the next start or total."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(t)
        tot = TOTAL[folder].search(t, m.start(), end)
        end = min(end, tot.start() if tot else end, m.start() + 2500)
        out.append((m.group("id"), t[m.start():end]))
    return out


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w == tok or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(name, recs, e):
    problems = []
    by_id = dict(reversed(recs))
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        toks = by_id[s["case_number"]].split()
        for key, val in s.items():
            if not in_order(val.split(), toks):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, kind):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] == kind}


def page_numbers_ok(folder, pages):
    nums = []
    for t in pages:
        m = re.search(PAGE_NO[folder], t, re.M)
        if not m:
            return False
        nums.append(int(m.group(1)))
        if m.lastindex == 2 and int(m.group(2)) != len(pages):
            return False
    return nums == list(range(1, len(pages) + 1))


def check_layout(folder, name, pages, e, whole, phys=None):
    """One check of the trap each layout is about. pages: imposed pages in reading order; whole: the
    whole-sheet text; phys: the booklet halves in physical order."""
    ids, t = e["case_numbers"], "\f".join(pages)
    bad = not page_numbers_ok(folder, pages)
    if folder == "quarry-falls-id-pd":
        # a record broken across imposed pages: a page whose first row is a `Disp:` continuation
        cont = 0
        for p in pages[1:]:
            body = re.split(r"^ *-{40,} *$", p, maxsplit=1, flags=re.M)[-1]
            first = next((ln for ln in body.splitlines()[1:] if ln.strip()), "")
            cont += bool(re.match(r"^ *Unit \d+ +Disp: ", first))
        # whole-sheet text: lines where the left page's and the right page's lines run together
        merged = sum(1 for ln in whole.splitlines()
                     if len(re.findall(r"(?<![\w-])25-\d{6}(?![\w-])", ln)) + ln.count("Disp: ") == 2)
        cads = set(re.findall(r"^ *(25-\d{6}) +(\d{6}-\d{4}) ", t, re.M))
        bad |= cont < 1 or merged < 10 or cads != rel(e, "cad_call_number") or any(c in ids for _, c in cads)
    if folder == "brannock-county-wy-so":
        split = 0
        for p in pages[1:]:
            body = re.split(r"^ *_{40,} *$", p, maxsplit=1, flags=re.M)[-1]
            first = next((ln for ln in body.splitlines()[1:] if ln.strip()), "")
            split += not re.match(r"^ *(Incident: |Total incidents)", first)
        sup = set()
        for num, text in records(folder, t):
            sup |= {(num, s) for s in re.findall(r"Supplement to: (BC25-\d{4})", text)}
        bad |= (split < 2 or len(sup) < 3 or sup != rel(e, "earlier_case") or any(s in ids for _, s in sup)
                or len(re.findall(r"Supplement to: ", t)) != len(sup))
    if folder == "ostrander-twp-pa-pd":
        marks = [int(re.search(PAGE_NO[folder], p, re.M).group(1)) for p in phys]
        phys_ids = [m.group("id") for m in START[folder].finditer("\f".join(phys))]
        cits = set(re.findall(r"^ *(OT-25-\d{5}) .*\n +.*\(cit\. (E\d{7}-\d)\)", t, re.M))
        bad |= (marks == sorted(marks) or len(marks) % 4 or phys_ids == ids or sorted(phys_ids) != sorted(ids)
                or cits != rel(e, "citation_number") or len(cits) < 3
                or len(re.findall(r"intentionally left blank", t)) != sum(1 for p in pages[1:] if "OT-25" not in p)
                or "Incidents in this booklet" not in pages[0])
    if folder == "lowry-harbor-me-pd":
        calls = set(re.findall(r"^ *(LH25-\d{5}) +(25-\d{6}) ", t, re.M))
        jobs = re.findall(r"job (25-\d{6}) +sheet (\d+)", t)
        callnums = {c for _, c in calls}
        bad |= (calls != rel(e, "call_number") or [int(s) for _, s in jobs] != list(range(1, len(pages) + 1))
                or any(j in callnums or j in ids for j, _ in jobs))
    if folder == "pinecrest-valley-co-transit-pd":
        paras = [int(x) for x in re.findall(r"^ *(\d{1,3})\. PV-25-\d{4} ", t, re.M)]
        app = t[t.index("INDEX OF INCIDENTS"):] if "INDEX OF INCIDENTS" in t else ""
        index = re.findall(r"^ *(PV-25-\d{4}) +\d\d/\d\d/2025 \d{4} ", app, re.M)
        before = t[:t.index("INDEX OF INCIDENTS")] if app else t
        bad |= (paras != list(range(1, len(ids) + 1)) or index != ids
                or any(count(i, before) != 1 for i in ids))
    return [f"{name}: {folder} layout trap does not hold"] if bad else []


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        whole = run(["pdftotext", "-layout", str(pdf), "-"])
        npages = whole.count("\f")
        if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
            problems.append(f"{pdf.name}: sha256/bytes differ")
        if npages != e["pages"] or npages < 2:
            problems.append(f"{pdf.name}: pages {npages} vs {e['pages']}")
        if len(data) >= 200_000:
            problems.append(f"{pdf.name}: {len(data)} bytes")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        problems += check_numbers(pdf.name, whole, e)
        pages = read_pages(folder.name, pdf, npages)
        t = "\f".join(pages)
        recs = records(folder.name, t)
        found = [num for num, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(pdf.name, recs, e)
        phys = None
        if folder.name == "ostrander-twp-pa-pd":
            phys = []
            for p in range(1, npages + 1):
                for x, y, w, h in SHEET[folder.name]:
                    phys.append(run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), "-x", str(x), "-y",
                                     str(y), "-W", str(w), "-H", str(h), str(pdf), "-"]))
        problems += check_layout(folder.name, pdf.name, pages, e, whole, phys)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {npages} sheets, {len(pages)} imposed pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs115.py"), tmp], check=True)
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
