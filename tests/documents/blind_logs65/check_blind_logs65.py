"""Stand-alone check of the sixty-fifth held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed, and no number is both; a layout-specific
record-start pattern cuts the text into records whose ids are exactly the listed ids in order;
the document's own count equals record_count; every sample value is printed inside its own
record's stretch of text, its words in order (the pivot table's type comes from the group line
above the row); size < 200 KB; plus one check of each layout's trap. With --regen, regenerating
must give identical files. `--dir DIR` checks a copy elsewhere (mutation runs).
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# where a record starts (read off the text, not used by prr) and the id inside that stretch
START = {
    "brackenridge-hollow-oh-pd": re.compile(r"^ +BH25-\d{5} +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "caddo-wells-tx-pd": re.compile(r"^CW-2025-\d{5} +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "lindon-marsh-county-ia-so": re.compile(r"^ *\d\d/\d\d/2025 \d\d:\d\d +\S.*\n +Case LM25-\d{6}", re.M),
    "tessaway-university-ri-pd": re.compile(r"^ *Dashboard > Incidents by Type > .+? > TU-25-\d{4} ", re.M),
    "morrow-gap-nc-pd": re.compile(r"^\u00bb [A-Z][a-z]{2} \d\d/\d\d/2025 \d\d:\d\d \u00b7 ", re.M),
}
ID = {
    "brackenridge-hollow-oh-pd": re.compile(r"BH25-\d{5}"),
    "caddo-wells-tx-pd": re.compile(r"CW-2025-\d{5}"),
    "lindon-marsh-county-ia-so": re.compile(r"LM25-\d{6}"),
    "tessaway-university-ri-pd": re.compile(r"TU-25-\d{4}"),
    "morrow-gap-nc-pd": re.compile(r"MG25-\d{4}"),
}
TOTAL = {  # the document's own count of records (every printing of it)
    "brackenridge-hollow-oh-pd": re.compile(r"^Grand Total +(\d+)$", re.M),
    "caddo-wells-tx-pd": re.compile(r"TOTAL INCIDENTS.*\n\s*\n*\s*(\d+) "),
    "lindon-marsh-county-ia-so": re.compile(r"Showing \d+-\d+ of (\d+)"),
    "tessaway-university-ri-pd": re.compile(r"Records in this export: (\d+)\."),
    "morrow-gap-nc-pd": re.compile(r"Events plotted: (\d+)"),
}
GROUP = re.compile(r"^(?:Beat \d+)? +([A-Z][A-Za-z ]*[a-zA-Z])$", re.M)
STOP = re.compile(r"^(?:Grand Total|Showing |  +Legend:|\f)", re.M)


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def check_numbers(name, t, e):
    problems = []
    flat = re.sub(r"\s+", " ", t)
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    per_id = 2 if ids and ids[0].startswith("TU-") else 1  # breadcrumb and label
    for num in set(ids + related):
        want = per_id * ids.count(num) + related.count(num)
        have = len(re.findall(rf"(?<![\w-]){re.escape(num)}(?![\w-])", flat))
        if have < want:
            problems.append(f"{name}: {num} printed {have}x, listed {want}x")
    for num in set(related) & set(ids):
        problems.append(f"{name}: {num} is both an id and a related number")
    return problems


def records(folder, t):
    """(id, text stretch, start offset) per record, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 600)
        stretch = t[m.start():end]
        if i + 1 == len(starts):
            stop = STOP.search(stretch, 1)
            stretch = stretch[:stop.start()] if stop else stretch
        found = ID[folder].search(stretch)
        out.append((found.group(0) if found else None, stretch, m.start()))
    return out


def norm(tok):
    return tok.strip('".,;:()#\u00bb\u00b7')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w == tok or norm(w) == norm(tok) for tok in it) for w in words)


def group_type(t, pos):
    """The incident type of the last pivot group line printed before offset pos."""
    heads = [m.group(1) for m in GROUP.finditer(t, 0, pos) if not m.group(1).endswith("Total")]
    return heads[-1].strip() if heads else None


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
            if folder == "brackenridge-hollow-oh-pd" and key == "type":
                ok = group_type(t, pos) == val
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, problems = e["case_numbers"], []
    n = len(ids)
    if folder == "brackenridge-hollow-oh-pd":
        subs = [int(x) for x in re.findall(r"^ +[A-Z][A-Za-z ]+ Total +(\d+)$", t, re.M)]
        beats = [int(x) for x in re.findall(r"^Beat \d Total +(\d+)$", t, re.M)]
        if sum(subs) != n or sum(beats) != n or len(beats) < 3 or ids == sorted(ids):
            problems.append(f"{name}: subtotals {sum(subs)} / beat totals {sum(beats)} do not add up, "
                            "or rows are in id order")
    if folder == "caddo-wells-tx-pd":
        chart = t[t.find("Incidents by type (top 6)"):t.find("Incident No.")]
        bars = [(a.strip(), int(b)) for a, b in re.findall(r"^ +([A-Z][A-Z ]+[A-Z]) +(\d+)$", chart, re.M)]
        rows = [re.split(r" {2,}", text.strip())[2] for _, text, _ in recs]
        if len(bars) != 6 or any(rows.count(k) != v for k, v in bars) or "Legend:" not in chart:
            problems.append(f"{name}: chart labels {bars} do not count the table's types")
    if folder == "lindon-marsh-county-ia-so":
        shown = [(int(a), int(b)) for a, b in re.findall(r"Showing (\d+)-(\d+) of", t)]
        want = [(a + 1, min(a + 25, n)) for a in range(0, n, 25)]
        first_lines = [text.split("\n")[0] for _, text, _ in recs]
        if shown != want or any(ID[folder].search(line) for line in first_lines) or t.count("Next >") != len(want):
            problems.append(f"{name}: pager ranges {shown} vs {want}, or an id on a row's first line")
    if folder == "tessaway-university-ri-pd":
        labelled = re.findall(r"Incident ID +(TU-25-\d{4})$", t, re.M)
        if labelled != [num for num, _, _ in recs]:
            problems.append(f"{name}: breadcrumb ids and 'Incident ID' labels differ")
    if folder == "morrow-gap-nc-pd":
        heat = t[t.find("Events by day and hour block"):t.find("Legend:")]
        cells = [int(x) for line in re.findall(r"^[A-Z][a-z]{2} \d+/\d+ (.+)$", heat, re.M) for x in line.split()]
        lasts = [re.search(r"Outcome:\s.*?\.\s+Event\s+(MG25-\d{4})\s*$", text.split("\f")[0].strip() + "\n", re.S)
                 for _, text, _ in recs]
        if sum(cells) != n or len(cells) % 6 or [m and m.group(1) for m in lasts] != ids:
            problems.append(f"{name}: heat-map cells add up to {sum(cells)}, or an id is not last in its entry")
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
        got = {int(x) for x in TOTAL[folder.name].findall(t)}
        if got != {len(ids)}:
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs65.py"), tmp], check=True)
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
