"""Stand-alone check of the forty-ninth held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed, and no number is both; a layout-specific
record-start pattern finds exactly the listed ids in order (the Marren Valley parkway log is
read column by column: each page's northbound half, then its southbound half); the document's
own count equals record_count; every sample value is printed inside its own record's stretch
of text, its words in order; size < 200 KB; plus one check of each layout's trap.
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

# record-start patterns, one per agency, read off the text (not used by prr)
START = {
    "greyfield-turnpike-authority-oh-police": re.compile(r"^\d{6}-\d{4} +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "wyeth-county-wv-so-traffic-unit": re.compile(r"^2025-\d{4}-\d{3} +\d\d/\d\d/2025 \d{4} ", re.M),
    "calloway-state-highway-patrol-troop-k": re.compile(r"^ *ABSTRACT K\d{6}-\d\d ", re.M),
    "kessick-bridge-tunnel-authority-md": re.compile(r"^MP \d+\.\d [NS]B, [A-Z][a-z]{2} \d+, \d\d:\d\d \u2014 ", re.M),
    "marren-valley-parkway-police": re.compile(r"^ *MVP\d{6}-\d\d +\d\d/\d\d \d\d:\d\d ", re.M),
}
ID = {  # the record's id inside its stretch (first match)
    "greyfield-turnpike-authority-oh-police": re.compile(r"\d{6}-\d{4}"),
    "wyeth-county-wv-so-traffic-unit": re.compile(r"2025-\d{4}-\d{3}"),
    "calloway-state-highway-patrol-troop-k": re.compile(r"K\d{6}-\d\d"),
    "kessick-bridge-tunnel-authority-md": re.compile(r"Event\s+(\d{8}\.\d{3})\."),
    "marren-valley-parkway-police": re.compile(r"MVP\d{6}-\d\d"),
}
TOTAL = {  # the document's own count of records
    "greyfield-turnpike-authority-oh-police": re.compile(r"Incidents logged: (\d+)"),
    "wyeth-county-wv-so-traffic-unit": re.compile(r"Period total: (\d+) log entries"),
    "calloway-state-highway-patrol-troop-k": re.compile(r"Abstracts in this report: (\d+)"),
    "kessick-bridge-tunnel-authority-md": re.compile(r"Events logged, all segments: (\d+)"),
    "marren-valley-parkway-police": re.compile(r"Events both directions: (\d+)"),
}
COLUMNS = {"marren-valley-parkway-police"}


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def text_of(folder, pdf, pages):
    if folder not in COLUMNS:
        return run(["pdftotext", "-layout", str(pdf), "-"])
    parts = []
    for p in range(1, pages + 1):
        for x in (0, 306):
            parts.append(run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), "-x", str(x), "-y", "0",
                              "-W", "306", "-H", "792", str(pdf), "-"]))
    return "".join(parts)


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
    for num in set(related) & set(ids):
        problems.append(f"{name}: {num} is both an id and a related number")
    for r in e["related_numbers"]:
        if r["record"] not in ids:
            problems.append(f"{name}: related number {r['number']} belongs to no listed record")
    return problems


def records(folder, t):
    """(id, text stretch) per record, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        stretch = t[m.start():end]
        found = ID[folder].search(stretch)
        out.append((found.group(found.lastindex or 0) if found else None, stretch))
    return out


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w == tok or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(name, recs, e):
    problems = []
    by_id = {}
    for num, text in recs:
        by_id.setdefault(num, text)
    if len(e["sample_records"]) != 3:
        problems.append(f"{name}: {len(e['sample_records'])} sample records, expected 3")
    for s in e["sample_records"]:
        if s.get("case_number") not in by_id:
            problems.append(f"{name}: sample {s.get('case_number')} has no record in the text")
            continue
        toks = by_id[s["case_number"]].split()
        for key, val in s.items():
            vals = val if isinstance(val, list) else [val]
            if not all(in_order(v.split(), toks) for v in vals):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e, full):
    """One check of the trap each layout is about; `full` is the whole-page -layout text."""
    n, problems = len(e["case_numbers"]), []
    kinds = [r["kind"] for r in e["related_numbers"]]
    if folder == "greyfield-turnpike-authority-oh-police":
        veh = re.findall(r"^ +Vehicle \d: .*$", t, re.M)
        m = re.search(r"Vehicles involved in collisions: (\d+)", t)
        if not veh or not m or int(m.group(1)) != len(veh) or len(veh) <= n // 3:
            problems.append(f"{name}: vehicle sub-rows {len(veh)} do not match the printed total")
    if folder == "wyeth-county-wv-so-traffic-unit":
        cits = re.findall(r"^ +cit (WC\d{6}) ", t, re.M)
        days = [int(x) for x in re.findall(r"^ +\d\d/\d\d/2025 total +(\d+) entries", t, re.M)]
        m = re.search(r"log entries, (\d+) citations", t)
        if not m or int(m.group(1)) != len(cits) or kinds.count("citation") != len(cits) or sum(days) != n \
                or len(days) != 5:
            problems.append(f"{name}: citation sub-rows {len(cits)} or day totals {days} wrong")
    if folder == "calloway-state-highway-patrol-troop-k":
        counts = [len(re.findall(re.escape(lab) + r" {2,}\S", t)) for lab in ("[T]", "[L]", "[E]", "[D]")]
        if t.count("Key: [T]") != 1 or counts != [n] * 4 or "[V1]" not in t:
            problems.append(f"{name}: label counts {counts} or the key is not printed once")
    if folder == "kessick-bridge-tunnel-authority-md":
        heads = [int(x) for x in re.findall(r"^SEGMENT MP .*\((\d+) events\)$", t, re.M)]
        stamps = [re.search(r", ([A-Z][a-z]{2} \d+, \d\d:\d\d) ", s).group(1) for _, s in records(folder, t)]
        key = [(int(s.split()[1].rstrip(",")), s.split()[2]) for s in stamps]
        if sum(heads) != n or len(heads) != 4 or key == sorted(key):
            problems.append(f"{name}: segment counts {heads} or the order is by time")
    if folder == "marren-valley-parkway-police":
        both = re.findall(r"^ *MVP\S+ .* MVP\d{6}-\d\d ", full, re.M)
        per = [int(x) for x in re.findall(r"bound this page: (\d+)", t)]
        if not both or sum(per) != n:
            problems.append(f"{name}: {len(both)} shared lines, per-column counts {sum(per)} vs {n}")
    return problems


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        full = run(["pdftotext", "-layout", str(pdf), "-"])
        pages = full.count("\f")
        t = text_of(folder.name, pdf, pages)
        if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
            problems.append(f"{pdf.name}: sha256/bytes differ")
        if pages != e["pages"]:
            problems.append(f"{pdf.name}: pages {pages} vs {e['pages']}")
        if len(data) >= 200_000:
            problems.append(f"{pdf.name}: {len(data)} bytes")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        problems += check_numbers(pdf.name, full, e)
        recs = records(folder.name, t)
        found = [num for num, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(x) for x in TOTAL[folder.name].findall(full)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(pdf.name, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, t, e, full)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs49.py"), tmp], check=True)
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
        problems.append(f"{len(folders)} agency folders, expected {len(START)}")
    for folder in folders:
        problems += check(folder)
    if "--regen" in sys.argv:
        problems += regen(here)
    print("\n".join(problems) if problems else "all checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
