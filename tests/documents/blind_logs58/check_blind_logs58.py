"""Stand-alone check of the fifty-eighth held-out set (does not import prr).

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

# record-start patterns, one per agency, read off the text (not used by prr); group "id" is the id
START = {
    "vantremont-mo-metro-rail-police": re.compile(r"^(?P<id>MR25-\d{5}) +\d\d/\d\d/2025 +\d\d:\d\d ", re.M),
    "oxley-plains-tx-area-transit-police": re.compile(r"^(?P<id>OX25-\d{6}) +\d\d/\d\d/25 \d\d:\d\d ", re.M),
    "pelletier-field-mi-airport-police": re.compile(
        r"^ *\d\d[A-Z]{3} +\d\d:\d\d +\S+(?: \d+)? +.+? (?P<id>PFA-\d{5}) ", re.M),
    "saltreed-nj-commuter-rail-police": re.compile(r"^.*Incident No\. +(?P<id>SCR-25-\d{5})$", re.M),
    "marisol-bay-ca-light-rail-police": re.compile(r"^ *[a-l]\) +(?P<id>LR25-\d{4}), ", re.M),
}
TOTAL = {  # the document's own count of records
    "vantremont-mo-metro-rail-police": re.compile(r"Incidents this report: (\d+)"),
    "oxley-plains-tx-area-transit-police": re.compile(r"Incidents: (\d+) "),
    "pelletier-field-mi-airport-police": re.compile(r"TOTAL EVENTS +(\d+)"),
    "saltreed-nj-commuter-rail-police": re.compile(r"Tickets in this packet: (\d+)"),
    "marisol-bay-ca-light-rail-police": re.compile(r"Notes on this timetable: (\d+)"),
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
        pat = r"\s+".join(re.escape(p) for p in num.split())
        have = len(re.findall(rf"(?<![\w-]){pat}(?![\w-])", flat))
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
        out.append((m.group("id"), t[m.start():end], m.start()))
    return out


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(name, recs, e):
    problems = []
    by_id = {num: text for num, text, _ in recs}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text = by_id[s["case_number"]]
        for key, val in s.items():
            if not all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val])):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, problems = e["case_numbers"], []
    if folder == "vantremont-mo-metro-rail-police":
        times = [int(text.split()[2][:2]) for _, text, _ in recs]
        subs = [int(x) for x in re.findall(r"Service day \d\d/\d\d/2025 total: (\d+) incidents", t)]
        heads = re.findall(r"^SERVICE DAY \d\d/\d\d/2025$", t, re.M)
        if not any(h >= 24 for h in times) or min(times) < 4 or max(times) > 27 or sum(subs) != len(ids) \
                or len(heads) != len(subs):
            problems.append(f"{name}: service-day clock or subtotals wrong ({min(times)}-{max(times)}, {subs})")
    if folder == "oxley-plains-tx-area-transit-police":
        sweeps = re.findall(r"^(OP-\d+) +\d\d/\d\d/25 \d\d:\d\d .*FARE INSPECTION SWEEP +(\d+) CHECKED", t, re.M)
        m = re.search(r"Fare sweeps: (\d+) +Riders checked: (\d+)", t)
        if not m or len(sweeps) != int(m.group(1)) or len(sweeps) < 3 \
                or sum(int(c) for _, c in sweeps) != int(m.group(2)) or {s for s, _ in sweeps} & set(ids):
            problems.append(f"{name}: sweep rows do not match the sweep totals")
    if folder == "pelletier-field-mi-airport-police":
        fifth = []
        for _, text, _ in recs:
            cells = re.split(r" {2,}", text.splitlines()[0].strip())
            fifth.append(cells[5] if len(cells) > 5 else None)
        if fifth != ids or re.search(r"^ *\d\d[A-Z]{3}\d|^ *\d\d[A-Z]{3} .*\d/20\d\d", t, re.M):
            problems.append(f"{name}: the case number is not the sixth cell of every board row")
    if folder == "saltreed-nj-commuter-rail-police":
        stubs = re.findall(r"No\. (\d{7})", t)
        listed = [r["number"] for r in e["related_numbers"] if r["kind"] == "form_serial"]
        if stubs != listed or len(stubs) != len(ids) or t.count("FORM SCR-7 STUB") != len(ids):
            problems.append(f"{name}: stub serials {len(stubs)} do not match the tickets")
    if folder == "marisol-bay-ca-light-rail-police":
        marks = sum(len(x.split(",")) for x in re.findall(r"\d\d:\d\d ([a-l](?:,[a-l])*)(?= |$)", t, re.M))
        sheets = re.findall(r"Sheet (\d+) of (\d+)", t)
        if marks != len(ids) or len(sheets) != e["pages"] or t.count("Notes\n") != e["pages"]:
            problems.append(f"{name}: timetable marks {marks} do not match the notes {len(ids)}")
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
        if len(e["sample_records"]) != 3 or [s["case_number"] for s in e["sample_records"]] != \
                [ids[0], ids[len(ids) // 2], ids[-1]]:
            problems.append(f"{pdf.name}: samples are not first, middle and last")
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs58.py"), tmp], check=True)
        made = {q.relative_to(tmp) for q in Path(tmp).rglob("*") if q.suffix in (".pdf", ".json")}
        for p, b in before.items():
            q = Path(tmp) / p.relative_to(here)
            if not q.exists() or q.read_bytes() != b:
                problems.append(f"regenerated {p.relative_to(here)} differs")
        if made != {p.relative_to(here) for p in before}:
            problems.append("regeneration made a different set of files")
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
