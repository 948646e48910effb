"""Stand-alone check of the twenty-ninth held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed, and no number is both; a layout-specific
record-start pattern finds exactly the listed ids in order; the document's own count equals
record_count; every sample value is printed inside its own record's stretch of text, its words
in order; size < 200 KB; plus one check of each layout's trap. With --regen, regenerating must
give identical files. `--dir DIR` checks a copy elsewhere (mutation runs).
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARK = "*\u2020\u2021\u00a7"

# record-start patterns, one per agency, read off the text (not used by prr); group "id" is the id
START = {
    "pell-crossing-vt-pd": re.compile(rf"^(?P<id>PC-25-\d{{4}})(?: +[{MARK}]+)? +\d\d/\d\d/2025 \d{{4}} ", re.M),
    "quillan-falls-mn-pd": re.compile(r"^(?P<dt>[0-9A-Z][^\n]*?) +(?P<id>Q25-\d{5}) ", re.M),
    "marrow-ridge-or-pd": re.compile(r"^ *(?P<id>MR25-\d{4})(?! \(continued\))(?: {2,}\S[^\n]*)?$", re.M),
    "brackwater-junction-ne-pd": re.compile(
        r"^[A-Z][a-z]{2}\., [A-Z][a-z]{2}\. \d{1,2}, [^\n]*? \u2014 Report (?P<id>25-\d{4})\.", re.M),
    "wrenfield-ks-pd": re.compile(r"^(?P<id>WF25-\d{5}) +\d{1,2}/\d{1,2}/2025 \d{4} ", re.M),
}
TOTAL = {  # the document's own count of records
    "pell-crossing-vt-pd": re.compile(r"Total incidents this log: (\d+)"),
    "quillan-falls-mn-pd": re.compile(r"^TOTAL +(\d+) +calls$", re.M),
    "marrow-ridge-or-pd": re.compile(r"Reports listed: (\d+)"),
    "brackwater-junction-ne-pd": re.compile(r"Reports taken +(\d+)"),
    "wrenfield-ks-pd": re.compile(r"Cases: (\d+) "),
}
# layouts whose id cell is vertically centred: a record's words start before its id line
CENTRED = {"marrow-ridge-or-pd", "wrenfield-ks-pd"}
OFFENSES = ["Criminal damage", "Theft under $1,500", "Battery", "Possession of paraphernalia", "Trespass",
            "Disorderly conduct", "Driving while suspended", "Criminal threat", "Forgery", "Burglary (vehicle)"]


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
    for r in e["related_numbers"]:
        if r["record"] not in ids:
            problems.append(f"{name}: related number {r['number']} belongs to no record")
    return problems


def records(folder, t):
    """(id, text stretch, start offset) per record, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        begin = m.start()
        if folder in CENTRED:
            begin = starts[i - 1].end() if i else max(0, m.start() - 600)
        out.append((m.group("id"), t[begin:end], m.start()))
    return out


def norm(tok):
    return tok.strip('".,;:()#\u2022')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(name, recs, e):
    problems = []
    by_id = {}
    for num, text, pos in recs:
        by_id.setdefault(num, (text, pos))
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, _ = by_id[s["case_number"]]
        for key, val in s.items():
            ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, problems = e["case_numbers"], []
    if folder == "pell-crossing-vt-pd":
        marked = re.findall(rf"^PC-25-\d{{4}} +([{MARK}]+) ", t, re.M)
        notes = re.findall(rf"^ *([{MARK}]+) (?:Also|Civil|Lodged) ", t, re.M)
        if not marked or len(marked) != len(notes) or len(notes) != len(e["related_numbers"]):
            problems.append(f"{name}: {len(marked)} footnote markers, {len(notes)} footnotes")
    if folder == "quillan-falls-mn-pd":
        dts = [m.group("dt").strip() for m in START[folder].finditer(t)]
        odd = [d for d in dts if not re.fullmatch(r"\d\d/\d\d/2025 \d\d:\d\d", d)]
        bands = [int(x) for x in re.findall(r"^[A-Z]+DAY +\d+/\d+ +\((\d+) calls\)$", t, re.M)]
        if len(odd) < 3 or sum(bands) != len(ids) or len(bands) != 7:
            problems.append(f"{name}: {len(odd)} hand-typed dates, day bands {bands}")
    if folder == "marrow-ridge-or-pd":
        heads = [m.start() for m in START[folder].finditer(t)]
        before = [t.rfind("Reported:", 0, p) > (heads[i - 1] if i else -1) for i, p in enumerate(heads)]
        if "(continued)" not in t or not all(before):
            problems.append(f"{name}: no '(continued)' box, or an id line comes before its labels")
    if folder == "brackwater-junction-ne-pd":
        calls = re.search(r"Calls for service +(\d+)", t)
        if "[REDACTED]" not in t or not calls or int(calls.group(1)) == len(ids) \
                or not re.search(r"call, +, was", t):
            problems.append(f"{name}: no redactions, or the numbers box is wrong")
    if folder == "wrenfield-ks-pd":
        m = re.search(r"Offense lines: (\d+)", t)
        lines = sum(len(re.findall(rf"(?<!\S){re.escape(o)}(?!\S)", t)) for o in OFFENSES)
        alone = re.findall(r"^WF25-\d{5} +\d+/\d+/2025 \d{4} {12,}\d", t, re.M)
        if not m or lines != int(m.group(1)) or lines <= len(ids) or not alone:
            problems.append(f"{name}: offence sub-rows {lines} vs printed {m and m.group(1)}")
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs29.py"), tmp], check=True)
        made = {p.relative_to(tmp) for p in Path(tmp).rglob("*") if p.suffix in (".pdf", ".json")}
        if made != {p.relative_to(here) for p in before}:
            problems.append("regenerated set has other files")
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
    if [p.name for p in folders] != sorted(START):
        problems.append(f"agency folders {[p.name for p in folders]}, expected {sorted(START)}")
    for folder in folders:
        problems += check(folder)
    if "--regen" in sys.argv:
        problems += regen(here)
    print("\n".join(problems) if problems else "all checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
