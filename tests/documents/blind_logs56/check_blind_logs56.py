"""Stand-alone check of the held-out set blind_logs56 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text, and no number is both; a layout-specific record-start pattern finds
exactly the listed ids in order (a repeated id on consecutive visit lines counts once); the
document's own count equals record_count; every sample value is printed inside its own record's
stretch of text, its words in order; size < 200 KB; plus one check of each layout's trap.
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

START = {
    "bramwell-oh-pd-animal-control": re.compile(r"^(?P<id>AC25-\d{5}) +\d\d/\d\d/2025 \d{4} ", re.M),
    "harlan-springs-mt-pd-code": re.compile(r"^(?P<id>25-\d{6}) +CE2025-\d{4} ", re.M),
    "quenby-nc-pd-cso": re.compile(r"^ *Event #: (?P<id>CSO-\d{5}) +Logged: ", re.M),
    "ostrander-wi-pd-animal-services": re.compile(r"^ *No\. (?P<id>\d{4}-25), \d{1,2}-\d{1,2}-2025 ", re.M),
    "wyndholt-nv-pd-nsu": re.compile(r"^ +DISPO .* EVENT (?P<id>N\d{6})$", re.M),  # closes the record
}
TOTAL = {
    "bramwell-oh-pd-animal-control": re.compile(r"Calls logged: (\d+)"),
    "harlan-springs-mt-pd-code": re.compile(r"cases this log: (\d+)\."),
    "quenby-nc-pd-cso": re.compile(r"CSO events this period: (\d+)"),
    "ostrander-wi-pd-animal-services": re.compile(r"^ *(\d+) matters noted\.", re.M),
    "wyndholt-nv-pd-nsu": re.compile(r"EVENTS: (\d+)"),
}


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def check_numbers(name, t, e):
    problems = []
    flat = re.sub(r"\s+", " ", t)
    ids = e["case_numbers"]
    for num in set(ids) | {r["number"] for r in e["related_numbers"]}:
        if not re.search(rf"(?<![\w-]){re.escape(num)}(?![\w-])", flat):
            problems.append(f"{name}: {num} not printed")
    for num in {r["number"] for r in e["related_numbers"]} & set(ids):
        problems.append(f"{name}: {num} is both an id and a related number")
    for r in e["related_numbers"]:
        if r["record"] not in ids:
            problems.append(f"{name}: related number of unknown record {r['record']}")
    return problems


def records(folder, t):
    """(id, text stretch) per record in print order; consecutive lines with the same id are one record."""
    starts = [m for m in START[folder].finditer(t)]
    if folder == "wyndholt-nv-pd-nsu":  # the id line closes a record: its text runs back to the last one
        ends = [0] + [m.end() for m in starts]
        return [(m.group("id"), t[ends[i] : m.end()]) for i, m in enumerate(starts)]
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        if out and out[-1][0] == m.group("id"):
            out[-1] = (out[-1][0], out[-1][1] + t[m.start() : end])
        else:
            out.append((m.group("id"), t[m.start() : end]))
    return out


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w == tok or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(name, recs, e):
    problems = []
    by_id = dict(recs)
    for s in e["sample_records"]:
        text = by_id.get(s["case_number"])
        if text is None:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        for key, val in s.items():
            if not all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val])):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e, recs):
    ids, problems = e["case_numbers"], []
    if folder == "bramwell-oh-pd-animal-control":
        cont = re.findall(r"^ {20,}(?:ACO-\d|K9-VAN) +\d{4} ", t, re.M)
        m = re.search(r"Unit responses: (\d+)", t)
        if not m or len(cont) + len(ids) != int(m.group(1)) or not cont:
            problems.append(f"{name}: unit lines {len(cont)} + calls do not make the unit responses total")
    if folder == "harlan-springs-mt-pd-code":
        lines = START[folder].findall(t)
        m = re.search(r"Site visits: (\d+)", t)
        if not m or len(lines) != int(m.group(1)) or len(lines) <= len(ids):
            problems.append(f"{name}: visit lines {len(lines)} vs the site visits total")
    if folder == "quenby-nc-pd-cso":
        if len(re.findall(r"Event #:", t)) != len(ids) or len(re.findall(r"^ +Result: ", t, re.M)) != len(ids):
            problems.append(f"{name}: blocks without a Result line")
    if folder == "ostrander-wi-pd-animal-services":
        follow = re.findall(r"^ +- follow-up visit \d+: .*$", t, re.M)
        if not follow or any(re.search(r"\d{4}-25", f) for f in follow):
            problems.append(f"{name}: follow-up lines missing or carrying an id")
    if folder == "wyndholt-nv-pd-nsu":
        first = re.findall(r"^\d\d/\d\d/2025 \d\d:\d\d .*$", t, re.M)
        if len(first) != len(ids) or any(re.search(r"\bN\d{6}\b", x) for x in first):
            problems.append(f"{name}: {len(first)} first lines, or an id on a first line")
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
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150 or len(set(ids)) != len(ids):
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        problems += check_numbers(pdf.name, t, e)
        recs = records(folder.name, t)
        if [num for num, _ in recs] != ids:
            problems.append(f"{pdf.name}: start pattern found {len(recs)} ids, listed {len(ids)} (or order differs)")
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(pdf.name, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, t, e, recs)
        print(
            f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
            f"{len(e['related_numbers'])} related numbers, {len(data)} bytes"
        )
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs56.py"), tmp], check=True)
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
