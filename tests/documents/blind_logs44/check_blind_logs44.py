"""Stand-alone check of the forty-fourth held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
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

# record-start patterns, one per agency, read off the text (not used by prr); group "id" is the id
START = {
    "tillicum-falls-wa-pd": re.compile(r"^ *> (?P<id>TF25-\d{5}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "pine-hollow-id-pd-newsletter": re.compile(r"^ *Log (?P<id>25-\d{4}) \u00b7 ", re.M),
    "kettle-crest-ranger-district-mt": re.compile(r"^ *PATROL LOG ENTRY +Incident No\. (?P<id>KC-25-\d{4})$", re.M),
    "owyhee-rim-county-or-so": re.compile(r"^ *\d\d/\d\d/2025 \d\d:\d\d +NEW +(?P<id>OR25-\d{5}) ", re.M),
    "juniper-butte-nv-pd": re.compile(r"^ *\d\d/\d\d/2025 \d{4} .*? (?P<id>JB2500\d{4}) ", re.M),
}
TOTAL = {  # the document's own count of records
    "tillicum-falls-wa-pd": re.compile(r"> Total calls logged: (\d+)"),
    "pine-hollow-id-pd-newsletter": re.compile(r"Calls in this column: (\d+)"),
    "kettle-crest-ranger-district-mt": re.compile(r"Incidents logged: (\d+)"),
    "owyhee-rim-county-or-so": re.compile(r"Incidents opened: (\d+)"),
    "juniper-butte-nv-pd": re.compile(r"Total calls for service: (\d+)"),
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
        out.append((m.group("id"), t[m.start() : end], m.start()))
    return out


def norm(tok):
    return tok.strip('".,;:()#\u00b7>')


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
            if not all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val])):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, problems = e["case_numbers"], []
    if folder == "tillicum-falls-wa-pd":
        bare = re.findall(r"^ *TF25-\d{5}", t, re.M)
        quoted = re.findall(r"^ *> ", t, re.M)
        req = re.search(r"your request (R25-\d{4})", t)
        if bare or len(quoted) <= len(ids) or not req or req.group(1) in ids or "Forwarded message" not in t:
            problems.append(f"{name}: log rows not all quoted, or mail headers missing")
    if folder == "pine-hollow-id-pd-newsletter":
        heads = [text.split(" \u2014 ")[0] for _, text, _ in recs]
        m = re.search(r"Citations and hand-offs: (\d+)", t)
        with_rel = len({r["record"] for r in e["related_numbers"]})
        if any("2025" in h for h in heads) or not m or int(m.group(1)) != with_rel:
            problems.append(f"{name}: a year in an entry lead, or the hand-off count is not {with_rel}")
    if folder == "kettle-crest-ranger-district-mt":
        areas = re.findall(r"^ *Area: +Forest Road \d{3,4}, ", t, re.M)
        acts = re.findall(r"^ *Activity: ", t, re.M)
        if len(areas) != len(ids) or len(acts) != len(ids):
            problems.append(f"{name}: {len(areas)} Area lines with a forest road, {len(acts)} Activity lines")
    if folder == "owyhee-rim-county-or-so":
        rows = re.findall(r"^ *\d\d/\d\d/2025 \d\d:\d\d +(NEW|UPDATE) +(OR25-\d{5})", t, re.M)
        seen, bad = set(), 0
        for kind, num in rows:
            if kind == "NEW":
                seen.add(num)
            elif num not in seen:
                bad += 1
        upd = sum(1 for k, _ in rows if k == "UPDATE")
        m = re.search(r"Journal lines: (\d+)", t)
        if bad or upd < 5 or not m or int(m.group(1)) != len(rows):
            problems.append(f"{name}: {upd} update rows, {bad} cite no earlier incident")
    if folder == "juniper-butte-nv-pd":
        days = [int(x) for x in re.findall(r"^ *Calls \d\d/\d\d/2025: (\d+)$", t, re.M)]
        order = re.findall(r"^ *\d\d/\d\d/2025 \d{4} .*? (NHP\d{7}) +JB2500\d{4} ", t, re.M)
        assists = [r for r in e["related_numbers"] if r["kind"] == "other_agency_case"]
        if sum(days) != len(ids) or len(days) < 2 or len(order) != len(assists) or not assists:
            problems.append(f"{name}: day totals {days} or assist numbers beside the id wrong")
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
        if "[invented]" not in e["agency"]:
            problems.append(f"{pdf.name}: agency not marked [invented]")
        for phone in re.findall(r"\b555-\d{4}\b", t):
            if not phone.startswith("555-01"):
                problems.append(f"{pdf.name}: phone {phone} outside 555-01xx")
        problems += check_numbers(pdf.name, t, e)
        recs = records(folder.name, t)
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(
                f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                + ("" if len(found) != len(ids) else " (different ids or order)")
            )
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        if len(e["sample_records"]) != 3:
            problems.append(f"{pdf.name}: {len(e['sample_records'])} sample records")
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs44.py"), tmp], check=True)
        made = {p.relative_to(tmp) for p in Path(tmp).rglob("*") if p.suffix in (".pdf", ".json")}
        if made != {p.relative_to(here) for p in before}:
            problems.append("regenerated set has different files")
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
