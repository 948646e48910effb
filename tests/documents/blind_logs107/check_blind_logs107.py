"""Stand-alone check of the held-out set blind_logs107 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150 with no duplicate id; every case number and related number is in
the `pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record-start pattern (which also finds the non-record stretches: unnumbered withheld-row lines,
day headings, totals) gives exactly the listed ids in order; the document's own count equals
record_count; every sample value is printed inside its own record's stretch of text, its words in
order; size < 200 KB; plus one check of each layout's trap (redaction logs against the rows they
list, `(continued)` headings, withheld-row counts, paragraph numbering, margin codes, Bates stamps).
With --regen, regenerating must give identical files. `--dir DIR` checks a copy elsewhere.
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# stretch-start patterns read off the text (not used by prr); a match without group "id" starts a
# stretch that is not a record
START = {
    "vista-arroyo-ca-pd": re.compile(
        r"^(?:(?P<id>VA25-\d{5}) +(?:\d\d/\d\d/25 \d\d:\d\d|WITHHELD IN FULL)|Incidents listed: )", re.M),
    "las-brisas-ca-ccd-pd": re.compile(
        r"^(?:Case Number: (?P<id>LB-25-\d{4})(?: {2,}Reported: .*)?$|Entries in this release: )", re.M),
    "tolan-county-ca-so": re.compile(
        r"^ *(?:(?P<id>SR25-\d{6}) {2,}[A-Z]|-- \d+ entr(?:y|ies) withheld in full|[A-Z]+DAY, [A-Z]+ \d|"
        r"Entries released: )", re.M),
    "palo-quemado-ca-pd": re.compile(
        r"^ *(?:\d{1,3}\. +Report No\. (?P<id>25-\d{5}) |\[\d+ further reports? |The log above lists )", re.M),
    "costa-lumbre-ca-harbor-pd": re.compile(
        r"^ *(?:(?:(?:\(b\)\(\d\)(?:\([A-Z]\))?|7923\.\d{3}(?:\(a\))?) +)?(?P<id>HD25-\d{5}) +"
        r"(?:\d{4}-\d\d-\d\d \d\d:\d\d:\d\d|\*{12})|\*\*\* \d+ ROWS? WITHHELD|Events listed: )", re.M),
}
TOTAL = {  # the document's own count of records
    "vista-arroyo-ca-pd": re.compile(r"Incidents listed: (\d+) "),
    "las-brisas-ca-ccd-pd": re.compile(r"Entries in this release: (\d+) \("),
    "tolan-county-ca-so": re.compile(r"Entries released: (\d+)\."),
    "palo-quemado-ca-pd": re.compile(r"The log above lists (\d+) reports"),
    "costa-lumbre-ca-harbor-pd": re.compile(r"Events listed: (\d+) "),
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
    for num in set(related) & set(ids):
        problems.append(f"{name}: {num} is both an id and a related number")
    if len(set(ids)) != len(ids):
        problems.append(f"{name}: an id is listed twice")
    for r in e["related_numbers"]:
        if r["record"] not in ids:
            problems.append(f"{name}: related number {r['number']} belongs to no listed record")
    return problems


def blocks(folder, t):
    """(id or None, text stretch, start offset) per stretch, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        out.append((m.group("id"), t[m.start():end], m.start()))
    return out


def records(folder, t):
    return [b for b in blocks(folder, t) if b[0]]


def norm(tok):
    return tok.strip('".,;:()#[]')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w == tok or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(name, recs, e):
    problems = []
    by_id = {num: text for num, text, _ in recs}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text = by_id[s["case_number"]]
        for key, val in s.items():
            if not in_order(val.split(), text.split()):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, kind):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] == kind}


def page_of(t, pos):
    return t.count("\f", 0, pos) + 1


def trap_vista(t, e, recs):
    ids = e["case_numbers"]
    withheld = {num for num, text, _ in recs if "WITHHELD IN FULL" in text.split("\n")[0]}
    boxed = {num for num, text, _ in recs if text.split("\n")[0].rstrip().endswith("GC 7923.615")}
    rows = {num: page_of(t, p) for num, _, p in recs}
    rl = [(m.group(1), int(m.group(2)), m.group(3), m.group(4), m.start()) for m in re.finditer(
        r"^R-(\d{3}) +(\d+) +(VA25-\d{5}) +(Entire entry|Location \(victim address\)) ", t, re.M)]
    m = re.search(r"Redactions logged: (\d+)", t)
    tot = re.search(r"Withheld in full: (\d+) +Redacted in part: (\d+)", t)
    return not (m and tot and int(m.group(1)) == len(rl) == len(withheld) + len(boxed)
                and int(tot.group(1)) == len(withheld) and int(tot.group(2)) == len(boxed)
                and len(withheld) >= 3 and len(boxed) >= 5
                and [x[0] for x in rl] == [f"{i:03d}" for i in range(1, len(rl) + 1)]
                and {x[2] for x in rl if x[3] == "Entire entry"} == withheld
                and {x[2] for x in rl if x[3] != "Entire entry"} == boxed
                and all(x[2] in ids and rows[x[2]] == x[1] and x[4] > recs[-1][2] for x in rl))


def trap_las_brisas(t, e, recs):
    cont = list(re.finditer(r"^Case Number: (LB-25-\d{4}) \(continued\)$", t, re.M))
    ok = len(cont) >= 2
    for m in cont:
        before = [num for num, _, p in recs if p < m.start()]
        page_start = t.rfind("\f", 0, m.start()) + 1
        head = [x for x in t[page_start:m.start()].splitlines() if x.strip()]
        ok &= bool(before) and before[-1] == m.group(1) and len(head) == 2 and "DISTRICT POLICE" in head[0]
    tot = re.search(r"\(redacted in part (\d+), withheld in full (\d+)\)", t)
    whole = sum("[ENTIRE ENTRY REDACTED" in text for _, text, _ in recs)
    part = sum("[REDACTED]" in text for _, text, _ in recs)
    ok &= bool(tot) and int(tot.group(1)) == part and int(tot.group(2)) == whole and whole >= 2 and part >= 5
    return not ok


def trap_tolan(t, e, recs):
    counts = [int(x) for x in re.findall(r"^ *-- (\d+) entr(?:y|ies) withheld in full", t, re.M)]
    tot = re.search(r"withheld in full and not listed: (\d+)\.", t)
    tf = {num for num, _ in rel(e, "task_force_case")}
    marks = [m.start() for m in re.finditer(r"^\(b\)\(6\)(?:, \(b\)\(7\)\(C\))? +\S", t, re.M)]
    owner = []
    for p in marks:
        prev = [num for num, _, q in blocks("tolan-county-ca-so", t) if q < p]
        owner.append(prev[-1] if prev else None)
    bates = [int(x) for x in re.findall(r"TCSO-PRA-(\d{6})", t)]
    return not (tot and sum(counts) == int(tot.group(1)) and len(counts) >= 3 and len(marks) >= 4
                and all(o in tf for o in owner) and len(bates) == t.count("\f")
                and bates == list(range(bates[0], bates[0] + len(bates))))


def trap_palo(t, e, recs):
    nums = [int(m.group(1)) for m in re.finditer(r"^ *(\d{1,3})\. +Report No\. 25-\d{5} ", t, re.M)]
    wh = [num for num, text, _ in recs if re.match(r"\S+ +Report No\. \S+ - withheld in full", text)]
    listed = re.findall(r"para\. (\d+) \(Report No\. (25-\d{5})\)", re.sub(r"\s+", " ", t))
    tot = re.search(r"lists (\d+) reports \((\d+) withheld in full\)\. A further (\d+) reports", t)
    brackets = [int(x) for x in re.findall(r"^ *\[(\d+) further reports? of this date", t, re.M)]
    order = {num: i + 1 for i, (num, _, _) in enumerate(recs)}
    return not (tot and nums == list(range(1, len(recs) + 1)) and int(tot.group(2)) == len(wh) >= 2
                and [x[1] for x in listed] == wh and all(order[n] == int(p) for p, n in listed)
                and sum(brackets) == int(tot.group(3)) and len(brackets) >= 2)


def trap_costa(t, e, recs):
    coded = {}
    for m in re.finditer(r"^ *(\(b\)\(\d\)(?:\([A-Z]\))?|7923\.\d{3}(?:\(a\))?) +(HD25-\d{5}) ", t, re.M):
        coded[m.group(2)] = m.group(1)
    withheld = {num for num, text, _ in recs if "RECORD WITHHELD" in text.split("\n")[0]}
    rl = re.findall(r"^ *\d+ +(HD25-\d{5}) +(Entire event|RP name, phone, vessel CF#) ", t, re.M)
    counts = [int(x) for x in re.findall(r"^ *\*\*\* (\d+) ROWS? WITHHELD", t, re.M)]
    tots = [int(x) for x in re.findall(r"Rows withheld without number: (\d+)", t)]
    red = re.search(r"Redacted events: (\d+)\.", t)
    bates = re.findall(r"CLHD (\d{6})", t)
    return not (red and len(coded) >= 8 and set(coded) == {x[0] for x in rl} and int(red.group(1)) == len(rl)
                and withheld == {x[0] for x in rl if x[1] == "Entire event"} and withheld <= set(coded)
                and len(tots) == 2 and tots[0] == tots[1] == sum(counts) and len(counts) >= 3
                and len(bates) == t.count("\f") and not set(bates) & set(e["case_numbers"]))


TRAPS = {"vista-arroyo-ca-pd": trap_vista, "las-brisas-ca-ccd-pd": trap_las_brisas, "tolan-county-ca-so": trap_tolan,
         "palo-quemado-ca-pd": trap_palo, "costa-lumbre-ca-harbor-pd": trap_costa}


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    return [f"{name}: {folder} layout trap does not hold"] if TRAPS[folder](t, e, recs) else []


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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs107.py"), tmp], check=True)
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
