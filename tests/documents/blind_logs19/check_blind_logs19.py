"""Stand-alone check of the nineteenth held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed, and no number is both (except an earlier record
cited); a layout-specific record-start pattern plus an id pattern inside each record's stretch
find exactly the listed ids in order; the document's own count equals record_count; every
sample value is printed inside its own record's stretch of text, its words in order; size
< 200 KB; plus one check of each layout's trap. With --regen, regenerating must give
identical files. `--dir DIR` checks a copy elsewhere (mutation runs).
"""

import csv
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# record-start pattern and the id inside the record's stretch, per agency (read off the text; not used by prr)
START = {
    "tolliver-county-ne-so": re.compile(r"^\f? *25-\d{6} +\d\d/\d\d/2025 \d\d:\d\d [AP]M ", re.M),
    "brayfield-state-highway-patrol-troop-f": re.compile(
        r"^\f?[A-Z][A-Z -]+ ON (?:STATE ROUTE|US|INTERSTATE|COUNTY ROAD) \d+$", re.M),
    "pennick-university-wi-pd": re.compile(r"^\f?What: ", re.M),
    "weatherby-lake-tn-state-park-police": re.compile(r'^\f?"WL25-\d{4}","', re.M),
    "halstead-state-capitol-nm-police": re.compile(r"^\f?\d{10} / CP25-\d{4} ", re.M),
}
ID = {
    "tolliver-county-ne-so": re.compile(r"^\f? *(?P<id>25-\d{6}) "),
    "brayfield-state-highway-patrol-troop-f": re.compile(r"The incident, logged as\s+(?P<id>HP-F-25-\d{5}),"),
    "pennick-university-wi-pd": re.compile(r"\nRef #: +(?P<id>PUPD 2025-\d{5})"),
    "weatherby-lake-tn-state-park-police": re.compile(r'^\f?"(?P<id>WL25-\d{4})"'),
    "halstead-state-capitol-nm-police": re.compile(r"^\f?\d{10} / (?P<id>CP25-\d{4}) "),
}
TOTAL = {  # the document's own count of records
    "tolliver-county-ne-so": re.compile(r"Showing \d+ to \d+ of (\d+) entries"),
    "brayfield-state-highway-patrol-troop-f": re.compile(r"Troop F reported (\d+) incidents in this bulletin\."),
    "pennick-university-wi-pd": re.compile(r"Incidents in this issue: (\d+)"),
    "weatherby-lake-tn-state-park-police": re.compile(r"^# Rows: (\d+) ", re.M),
    "halstead-state-capitol-nm-police": re.compile(r"TOTAL CALLS THIS LOG: (\d+)"),
}


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
        if r["kind"] == "earlier_case_cited" and (r["number"] not in ids
                                            or ids.index(r["number"]) >= ids.index(r["record"])):
            problems.append(f"{name}: 'earlier case' {r['number']} is not an earlier record")
    return problems


def records(folder, t):
    """(id, text stretch, start offset) per record, in print order; id None when not found."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        text = t[m.start():end]
        found = ID[folder].search(text)
        out.append((found.group("id") if found else None, text, m.start()))
    return out


def norm(tok):
    return tok.strip('".,;:()#')


def tokens(text):
    """Words of a stretch; the CSV export's '","' separators split tokens too."""
    return [x for x in re.split(r'\s+|","', text) if x]


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(name, recs, e):
    problems = []
    by_id = {}
    for num, text, _ in recs:
        by_id.setdefault(num, text)
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text = by_id[s["case_number"]]
        for key, val in s.items():
            if not all(in_order(v.split(), tokens(text)) for v in (val if isinstance(val, list) else [val])):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def trap_tolliver(t, ids, recs):
    shows = [(int(a), int(b)) for a, b in re.findall(r"Showing (\d+) to (\d+) of \d+ entries", t)]
    want = [(i + 1, min(i + 25, len(ids))) for i in range(0, len(ids), 25)]
    per = [len(START["tolliver-county-ne-so"].findall(part)) for part in re.split(r"Showing \d+ to", t)[:-1]]
    ok = shows == want and per == [b - a + 1 for a, b in want] and t.count("/public/incident-log") == t.count("\f")
    return [] if ok else [f"pager lines {shows} or rows per table page {per} wrong"]


def trap_brayfield(t, ids, recs):
    counts = [int(x) for x in re.findall(r"^ +[A-Z][A-Za-z -]+? {2,}(\d+)$",
                                         t[t.find("THE WEEK IN NUMBERS"):], re.M)]
    at_start = re.findall(r"^ *HP-F-25-\d{5}", t, re.M)
    ok = sum(counts) == len(ids) and len(counts) >= 5 and not at_start and t.count("logged as") == len(ids)
    return [] if ok else [f"week counts {sum(counts)} or ids printed outside the second sentence ({len(at_start)})"]


def trap_pennick(t, ids, recs):
    side = [int(k) for _, k in re.findall(r"  ([A-Z][a-z -]+): (\d+)$", t, re.M)]
    labels = [re.findall(r"^(What|When|Where|Outcome|Related|Ref #):", text, re.M) for _, text, _ in recs]
    last = all(x[0] == "What" and x[-1] == "Ref #" and x.index("Outcome") < x.index("Ref #") for x in labels)
    ok = sum(side) == len(ids) and t.count("Ref #:") == len(ids) and last
    return [] if ok else [f"sidebar counts {sum(side)} or 'Ref #:' not the last label"]


def trap_weatherby(t, ids, recs):
    problems, multi = [], 0
    for num, text, _ in recs:
        lines = [ln for ln in text.split("\n") if ln.strip() and not ln.startswith("weatherby-lake-park")]
        lines = [ln.split("\f")[-1] for ln in lines]
        multi += len(lines) > 1
        row = next(csv.reader([" ".join(ln.strip() for ln in lines)]))
        if len(row) != 7 or row[0] != num:
            problems.append(f"{num}: rejoined row has {len(row)} fields")
    if multi < len(ids) // 2 or "follow-up to WL25-" not in t:
        problems.append(f"only {multi} rows wrap, or no follow-up citing an earlier incident")
    return problems


def trap_halstead(t, ids, recs):
    days = [int(x) for x in re.findall(r"DAY TOTAL (\d+) CALLS", t)]
    cfs = re.findall(r"^\f?(\d{10}) / CP25-\d{4} +(\d\d)-OCT-25 ", t, re.M)
    ok = sum(days) == len(ids) and len(days) == 2 and all(a[4:6] == d for a, d in cfs) and len(cfs) == len(ids)
    return [] if ok else [f"day totals {days} or call numbers not of their day"]


TRAPS = {"tolliver-county-ne-so": trap_tolliver, "brayfield-state-highway-patrol-troop-f": trap_brayfield,
         "pennick-university-wi-pd": trap_pennick, "weatherby-lake-tn-state-park-police": trap_weatherby,
         "halstead-state-capitol-nm-police": trap_halstead}


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    return [f"{name}: {p}" for p in TRAPS[folder](t, e["case_numbers"], recs)]


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
        got = set(int(x) for x in TOTAL[folder.name].findall(t))
        if got != {len(ids)}:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(pdf.name, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, t, e, recs)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs19.py"), tmp], check=True)
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
