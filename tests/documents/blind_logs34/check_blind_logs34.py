"""Stand-alone check of the thirty-fourth held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed, and no number is both; a layout-specific
record-start pattern finds exactly the listed ids in order (Bahia Azul's id is read from the
'CASE NO ... ASSIGNED' line inside the event); the document's own count equals record_count;
every sample value is printed inside its own record's stretch of text, its words in order (Los
Olivares' type comes from the outline heading above the item); size < 200 KB; plus one check of
each layout's trap. With --regen, regenerating must give identical files.
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
URN = r"025-\d{5}-21\d\d-\d{3}"

# record-start patterns, one per agency, read off the text (not used by prr); group "id" is the id
START = {
    "mesquite-hollow-county-ca-so-arroyo-seco": re.compile(
        rf"^(?P<id>{URN}) +\d\d/\d\d/25 \d{{4}} +21\d\d +\d{{3}} ", re.M),
    "paloma-verde-ca-pd": re.compile(r"^ *DR No\. (?P<id>25-\d{5})$", re.M),
    "rincon-mesa-state-university-ca-pd": re.compile(
        r"^ *CL-\d\d-\d{3} +\d\d/\d\d/2025 \d\d:\d\d +(?P<id>2025-\d{5}) ", re.M),
    "bahia-azul-mtd-ca-police": re.compile(r"^ *EVT \d{6}-\d{4} +\d\d/\d\d/\d\d \d\d:\d\d:\d\d ", re.M),
    "los-olivares-ca-sheriff-contract": re.compile(rf"^ +\d\.\d+\.\d+ +(?P<id>{URN}) +Reported ", re.M),
}
ID_INSIDE = {"bahia-azul-mtd-ca-police": re.compile(r"CASE NO (BT25-\d{5}) ASSIGNED")}
TOTAL = {  # the document's own count of records
    "mesquite-hollow-county-ca-so-arroyo-seco": re.compile(r"TOTAL URNS THIS RELEASE: (\d+)"),
    "paloma-verde-ca-pd": re.compile(r"DR numbers disclosed on this release: (\d+)"),
    "rincon-mesa-state-university-ca-pd": re.compile(r"Entries this month: (\d+)"),
    "bahia-azul-mtd-ca-police": re.compile(r"END OF REPORT - (\d+) EVENTS LISTED"),
    "los-olivares-ca-sheriff-contract": re.compile(r"Report numbers listed for the City this month: (\d+)"),
}
LO_HEAD = re.compile(r"^ +\d\.(\d+) +(.+?) \(stat (\d{3})\) +(\d+) reported$", re.M)


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
    return problems


def records(folder, t):
    """(id, text stretch, start offset) per record, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        text = t[m.start():end]
        if folder in ID_INSIDE:
            found = ID_INSIDE[folder].search(text)
            num = found.group(1) if found else None
        else:
            num = m.group("id")
        out.append((num, text, m.start()))
    return out


def norm(tok):
    return tok.strip('".,;:()#[]')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w == tok or norm(w) == norm(tok) for tok in it) for w in words)


def lo_heading(t, pos):
    heads = list(LO_HEAD.finditer(t, 0, pos))
    return heads[-1].group(2) if heads else None


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
            if folder == "los-olivares-ca-sheriff-contract" and key == "type":
                ok = lo_heading(t, pos) == val
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def trap_mesquite(t, ids):
    rows = re.findall(r"^025-\d{5}-(21\d\d)-(\d{3}) +\S+ \S+ +(21\d\d) +(\d{3}) ", t, re.M)
    recap = t[t.find("STAT CODE RECAP"):]
    counts = [int(x) for x in re.findall(r"^\d{3} +[A-Z][A-Z -]+[A-Z] +(\d+)$", recap, re.M)]
    first = t.split("\f")[0]
    return (len(rows) == len(ids) and all(a == c and b == d for a, b, c, d in rows)
            and sum(counts) == len(ids) and len(counts) >= 5
            and "PRA-25-0612" in first and not re.search(URN, first))


def trap_paloma(t, ids):
    first = t.count("(1) Time, date and location of occurrence")
    last = t.count("(6) Time and nature of the response")
    wrapped = len(re.findall(r"^ *assistance$", t, re.M))
    pages = t.split("\f")[:-1]
    return first == last == wrapped == len(ids) and all("Government Code 7923.605" in p for p in pages)


def trap_rincon(t, ids):
    clery = re.findall(r"^ *(CL-\d\d-(\d{3})) +\d\d/\d\d/2025", t, re.M)
    return [int(n) for _, n in clery] == list(range(1, len(ids) + 1)) and not {c for c, _ in clery} & set(ids)


def trap_bahia(t, recs):
    ok = True
    evts = []
    for _, text, _ in recs:
        lines = text.splitlines()
        at = next((i for i, line in enumerate(lines) if "CASE NO " in line), 0)
        ok &= at >= 4 and "DISPO:" in lines[-1] + "".join(lines[at + 1:])
        evts.append(re.match(r" *EVT (\d{6})-(\d{4})", text).groups())
    for a, b in zip(evts, evts[1:]):
        ok &= a[0] != b[0] or int(a[1]) < int(b[1])
    return ok and t.count("CASE NO ") == len(recs)


def trap_olivares(t, recs):
    heads = list(LO_HEAD.finditer(t))
    ok = sum(int(m.group(4)) for m in heads) == len(recs) and "(not listed): 318." in t
    for num, _, pos in recs:
        h = [m for m in heads if m.start() < pos][-1]
        ok &= num.endswith("-" + h.group(3))
    stamps = [datetime.datetime.strptime(re.search(r"Reported (\S+ \d{4})", x).group(1), "%m/%d/%Y %H%M")
              for _, x, _ in recs]
    items = re.findall(r"^ +(\d)\.(\d+)\.(\d+) +" + URN, t, re.M)
    seq_ok = all(int(c) == 1 or (a, b, int(c) - 1) == (pa, pb, int(pc))
                 for (pa, pb, pc), (a, b, c) in zip([("0", "0", "0")] + items, items))
    return ok and stamps != sorted(stamps) and seq_ok


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids = e["case_numbers"]
    ok = {"mesquite-hollow-county-ca-so-arroyo-seco": lambda: trap_mesquite(t, ids),
          "paloma-verde-ca-pd": lambda: trap_paloma(t, ids),
          "rincon-mesa-state-university-ca-pd": lambda: trap_rincon(t, ids),
          "bahia-azul-mtd-ca-police": lambda: trap_bahia(t, recs),
          "los-olivares-ca-sheriff-contract": lambda: trap_olivares(t, recs)}[folder]()
    return [] if ok else [f"{name}: the layout's trap is not as described in notes"]


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
        if "[invented]" not in e["agency"]:
            problems.append(f"{pdf.name}: agency not marked [invented]")
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs34.py"), tmp], check=True)
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
