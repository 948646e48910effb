"""Stand-alone check of the eighteenth held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed, and no number is both; a layout-specific
record-start pattern finds exactly the listed ids in order (Millbrook's ids are read back from
their two wrapped lines); the document's own count equals record_count; every sample value is
printed inside its own record's stretch of text, its words in order; size < 200 KB; plus one
check of each layout's trap. With --regen, regenerating must give identical files.
`--dir DIR` checks a copy elsewhere (mutation runs).
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# record-start patterns, one per agency, read off the text (not used by prr); the id is group "id",
# or for the wrapped Millbrook ids the prefix "MUSD-25-" plus group "num" from the next line
START = {
    "brantwick-wi-pd": re.compile(r"^ +(?P<row>\d+) +(?P<id>2025-\d{6}) +\d{1,2}/\d{1,2}/25 \d{1,2}:\d\d ", re.M),
    "millbrook-usd-ca-pd": re.compile(r"^MUSD-25- +\d\d/\d\d/2025 .*\n(?P<num>\d{4}) +\d{1,2}:\d\d [AP]M", re.M),
    "port-of-selwick-wa-harbor-police": re.compile(
        r"^ *(?P<item>\d+)\. +At \d{4} hrs on \d\d/\d\d/2025 officers took report (?P<id>HP25-\d{4}) ", re.M),
    "ormsby-field-nv-airport-police": re.compile(r"^ *(?P<id>AP-25-\d{5}) +\d\d/\d\d/2025 +\d{4} ", re.M),
    "wickham-falls-vt-pd": re.compile(r"^(?P<id>WF-25-\d{4}) +\S.*\n\d\d/\d\d/2025 .*\n\d\d:\d\d\b", re.M),
}
TOTAL = {  # the document's own count of records, and how many times the document prints it
    "brantwick-wi-pd": (re.compile(r"^ +\d+ +TOTAL +(\d+) +calls logged$", re.M), lambda pages: 1),
    "millbrook-usd-ca-pd": (re.compile(r"Total incidents reported: (\d+)"), lambda pages: 1),
    "port-of-selwick-wa-harbor-police": (re.compile(r"(?:The following|Summary:) (\d+) incidents"),
                                         lambda pages: 2),
    "ormsby-field-nv-airport-police": (re.compile(r"Total forms this report: (\d+)"), lambda pages: pages),
    "wickham-falls-vt-pd": (re.compile(r"^Incident reports +(\d+)$", re.M), lambda pages: 1),
}
BAND = re.compile(r"^ *([A-Z][A-Z /]+ \(Site \d\d\))$", re.M)
BOXES = r"(Report Taken|Arrest|Citation|Referred|Unfounded|Assist)"


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def record_id(m):
    return m.group("id") if "id" in m.groupdict() else "MUSD-25-" + m.group("num")


def check_numbers(folder, name, t, e):
    problems = []
    flat = re.sub(r"\s+", " ", t)
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    # Millbrook never prints an id on one line; its ids are matched by the start pattern instead
    listed = set(related) if folder == "millbrook-usd-ca-pd" else set(ids + related)
    for num in listed:
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
    """(id, text stretch, start offset) per record, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(t)
        out.append((record_id(m), t[m.start():end], m.start()))
    return out


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(folder, name, recs, e):
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
            if key == "campus" or (key == "case_number" and folder == "millbrook-usd-ca-pd"):
                continue  # the campus band is checked in check_layout; the wrapped id by the start pattern
            ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, problems, pages = e["case_numbers"], [], t.count("\f")
    if folder == "brantwick-wi-pd":
        rows = [int(m.group("row")) for m in START[folder].finditer(t)]
        total = re.search(r"^ +(\d+) +TOTAL ", t, re.M)
        letters = re.findall(r"^ +A +B +C +D +E +F$", t, re.M)
        if rows != list(range(2, len(ids) + 2)) or not total or int(total.group(1)) != len(ids) + 3 \
                or len(letters) != pages:
            problems.append(f"{name}: spreadsheet row numbers, TOTAL row or column letters wrong")
    if folder == "millbrook-usd-ca-pd":
        whole = re.findall(r"MUSD-25-\d{4}", t)
        for s in e["sample_records"]:
            pos = next((p for num, _, p in recs if num == s["case_number"]), None)
            bands = BAND.findall(t, 0, pos or 0)
            if not bands or bands[-1].strip() != s.get("campus"):
                problems.append(f"{name}: sample {s['case_number']} is not under the band {s.get('campus')!r}")
        if whole:
            problems.append(f"{name}: {len(whole)} ids printed on one line")
    if folder == "port-of-selwick-wa-harbor-police":
        items = [int(m.group("item")) for m in START[folder].finditer(t)]
        at_start = re.findall(r"^ *HP25-\d{4}", t, re.M)
        if items != list(range(1, len(ids) + 1)) or at_start or "PC-2025-18" not in t:
            problems.append(f"{name}: memo item numbers wrong or an id opens a line")
    if folder == "ormsby-field-nv-airport-police":
        forms = t.count("1. REPORT NUMBER")
        marks = [re.findall(rf"(?<!\S)X {BOXES}", text) for _, text, _ in recs]
        wrong = [num for (num, _, _), mk in zip(recs, marks) if len(mk) != 1]
        for s in e["sample_records"]:
            mk = next((m for (num, _, _), m in zip(recs, marks) if num == s["case_number"]), [])
            if mk != [s["disposition"]]:
                wrong.append(s["case_number"])
        if forms != len(ids) + 1 or wrong:
            problems.append(f"{name}: {forms} forms for {len(ids)} records, check boxes wrong on {wrong[:3]}")
    if folder == "wickham-falls-vt-pd":
        calls = re.search(r"^Calls for service +(\d+)$", t, re.M)
        glance = t.find("Week at a glance")
        if not calls or int(calls.group(1)) <= len(ids) or not 0 <= glance < recs[0][2]:
            problems.append(f"{name}: the week-at-a-glance table is missing or its counts are wrong")
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
        problems += check_numbers(folder.name, pdf.name, t, e)
        recs = records(folder.name, t)
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        pattern, times = TOTAL[folder.name]
        got = [int(x) for x in pattern.findall(t)]
        if got != [len(ids)] * times(pages):
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(folder.name, pdf.name, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, t, e, recs)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs18.py"), tmp], check=True)
        made = {p.relative_to(tmp) for p in Path(tmp).rglob("*") if p.suffix in (".pdf", ".json")}
        if made != {p.relative_to(here) for p in before}:
            problems.append("regeneration made a different set of files")
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
