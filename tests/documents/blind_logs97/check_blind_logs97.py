"""Stand-alone check of the held-out set blind_logs97 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals len(case_numbers), is
40-150 and no id is listed twice; every case number and related number is printed in the
`pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record-start pattern gives exactly the listed ids in order; the document's closing totals equal
record_count and persons_count, and the persons counted in the text (one pattern per layout) add up to
persons_count; every sample value (and each of its related numbers) is printed inside its own record's
stretch of text, its words in order, and the sample's person count is the number of persons in that
stretch; size < 200 KB; plus one check of each layout's trap (the per-person numbers beside or under
the incident number). With --regen, regenerating into a temporary folder must give identical files.
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

START = {  # record-start patterns read off the text (not used by prr)
    "wexmoor-mo-pd": re.compile(r"^(?P<id>25-\d{6}) +\d\d/\d\d/2025 +Persons: \d", re.M),
    "tullin-county-ne-so": re.compile(r"^(?:B25-\d{5}|CT25-\d{5}) +(?P<id>TCSO-25-\d{4}) +\d\d/\d\d/2025 \d{4} ", re.M),
    "pennock-university-dps": re.compile(r"^ *INCIDENT (?P<id>PU-25-\d{4}) ", re.M),
    "colter-county-wy-so": re.compile(r"^ *(?P<id>CC25-\d{5}) \u2014 [A-Z][a-z]{2}\. Oct\. \d{1,2}, ", re.M),
    "marrowvale-or-pd": re.compile(r"^(?P<id>MV25-\d{5}) +\d+ \w", re.M),
}
PERSON = {  # one match per person printed in a record's stretch
    "wexmoor-mo-pd": re.compile(r"(?<![\w/])[MF] \d\d [A-Z][a-z]"),
    "tullin-county-ne-so": re.compile(r"^(?:B25-\d{5}|CT25-\d{5}) ", re.M),
    "pennock-university-dps": re.compile(r"^ +(?:Persons +)?\d (?:Male|Female), \d\d, of ", re.M),
    "colter-county-wy-so": re.compile(r"^ *\u2013 (?:Man|Woman), \d\d, of ", re.M),
    "marrowvale-or-pd": re.compile(r"(?<![\w/])[MF] \d\d [A-Z][a-z]"),
}
TOTAL = {  # closing line: (records, persons)
    "wexmoor-mo-pd": (re.compile(r"Incidents: (\d+) +Persons: (\d+) +Charges: \d+"), lambda m: int(m[2])),
    "tullin-county-ne-so": (re.compile(r"Incidents: (\d+) +Persons booked: (\d+) +Persons cited: (\d+)"),
                            lambda m: int(m[2]) + int(m[3])),
    "pennock-university-dps": (re.compile(r"Incidents listed: (\d+)\. +Persons: (\d+)\. +Arrests: (\d+)\. +"
                                          r"Citations: (\d+)\."), lambda m: int(m[2])),
    "colter-county-wy-so": (re.compile(r"This week: (\d+) incidents, (\d+) persons \((\d+) booked, (\d+) cited\)"),
                            lambda m: int(m[2])),
    "marrowvale-or-pd": (re.compile(r"Incidents: (\d+) +Parties: (\d+) +Arrests: (\d+) +Citations: (\d+)"),
                         lambda m: int(m[2])),
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


def records(folder, t):
    """(id, text stretch, start offset) per record, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        if i + 1 == len(starts):
            tm = TOTAL[folder][0].search(t, m.start())
            end = tm.start() if tm else end
        out.append((m.group("id"), t[m.start():end], m.start()))
    return out


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w == tok or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(folder, name, recs, e):
    problems = []
    by_id = {num: text for num, text, _ in recs}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text = by_id[s["case_number"]]
        for key, val in s.items():
            if key == "persons":
                ok = len(PERSON[folder].findall(text)) == val
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, *kinds):
    return sorted(r["number"] for r in e["related_numbers"] if r["kind"] in kinds)


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about: the per-person numbers beside or under the id."""
    bad = False
    if folder == "wexmoor-mo-pd":
        # under the incident number: one line per person, starting with its arrest / citation number
        lines = re.findall(r"^(WA25-\d{4}|Cit WC\d{6}|\(juvenile\)) .*$", t, re.M)
        nums = sorted(x.replace("Cit ", "") for x in lines if x != "(juvenile)")
        person_lines = [ln for ln in re.findall(r"^(?:WA25-\d{4}|Cit WC\d{6}|\(juvenile\)) .*$", t, re.M)]
        bad = (len(lines) != e["persons_count"] or nums != rel(e, "arrest_number", "citation")
               or any(not PERSON[folder].search(ln) for ln in person_lines)
               or not any(len(PERSON[folder].findall(x)) >= 2 for _, x, _ in recs))
    if folder == "tullin-county-ne-so":
        lead = re.findall(r"^(B25-\d{5}|CT25-\d{5}) +(TCSO-25-\d{4})?", t, re.M)
        bad = (len(lead) != e["persons_count"] or sum(1 for _, i in lead if i) != len(e["case_numbers"])
               or sorted(n for n, _ in lead) != rel(e, "booking_number", "citation")
               or len(lead) <= len(e["case_numbers"]) or not lead[0][1])
    if folder == "pennock-university-dps":
        for num, text, _ in recs:
            first = text.splitlines()[0]
            strip = re.findall(r"(?:ARREST|CITATION) (PU-A-\d{4}|VT-\d{7})", first)
            mine = sorted(r["number"] for r in e["related_numbers"]
                          if r["record"] == num and r["kind"] in ("arrest_number", "citation"))
            if sorted(strip) != mine or len(strip) != len(PERSON[folder].findall(text)):
                bad = True
    if folder == "colter-county-wy-so":
        flat = re.sub(r"\s+", " ", t)
        outs = re.findall(r"(?:Booked, no\. (25-B-\d{4})\.|Cited, no\. (WY\d{6}), released\.)", flat)
        dashes = len(re.findall(r"^ *\u2013 ", t, re.M))
        bad = (dashes != e["persons_count"] or len(outs) != dashes
               or sorted(a or b for a, b in outs) != rel(e, "booking_number", "citation"))
    if folder == "marrowvale-or-pd":
        three = 0
        for _num, text, _ in recs:
            lines = text.splitlines()
            heads = len(PERSON[folder].findall(lines[0]))
            marks = len(re.findall(r"\b(?:ARR MVA-\d{5}|CIT OR\d{7})\b", lines[1])) if len(lines) > 1 else 0
            three += heads == 3
            if heads != marks or heads != len(PERSON[folder].findall(text)):
                bad = True
        bad = bad or three < 2
    return [f"{name}: {folder} trap (per-person numbers) does not hold"] if bad else []


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        if not pdf.exists():
            problems.append(f"{folder.name}: {e['file']} missing")
            continue
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
        pat, persons = TOTAL[folder.name]
        tot = [(int(m[1]), persons(m)) for m in pat.finditer(t)]
        if tot != [(len(ids), e["persons_count"])]:
            problems.append(f"{pdf.name}: closing totals {tot} vs {(len(ids), e['persons_count'])}")
        counted = sum(len(PERSON[folder.name].findall(x)) for _, x, _ in recs)
        if counted != e["persons_count"]:
            problems.append(f"{pdf.name}: {counted} persons in the text, persons_count {e['persons_count']}")
        problems += check_samples(folder.name, pdf.name, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, t, e, recs)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {e['persons_count']} persons, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs97.py"), tmp], check=True)
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
