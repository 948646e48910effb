"""Stand-alone check of the sixteenth held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed, and no number is both; a layout-specific
record-start pattern finds exactly the listed ids in order; the document's own count equals
record_count; every sample value is printed inside its own record's stretch of text, its words
in order (Tamarack Lake's date comes from the day heading above the entry); size < 200 KB;
plus one check of each layout's trap. With --regen, regenerating must give identical files.
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

# record-start patterns, one per agency, read off the text (not used by prr); group "id" is the id
START = {
    "fenwick-bay-fl-pd": re.compile(r"^(?P<line>\d+) +(?P<id>FB25-\d{6}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "alcott-state-university-ar-pd": re.compile(r"^ *INCIDENT +(?P<id>ASU-2025-\d{5}) ", re.M),
    "tamarack-lake-nra-id-rangers": re.compile(r"^ +\d{4} \S.*? (?P<id>TL25-\d{4})$", re.M),
    "ridley-township-pa-pd": re.compile(r"^(?P<id>2025-RT-\d{5}) +\d\d/\d\d/2025 +\d\d:\d\d ", re.M),
    "lakeshore-regional-transit-ny-pd": re.compile(r"^ *\u2022 \((?P<id>LT-25-\d{5})\) [A-Z][a-z]{2} \d", re.M),
}
TOTAL = {  # the document's own count of records
    "fenwick-bay-fl-pd": re.compile(r"Total entries: (\d+)"),
    "alcott-state-university-ar-pd": re.compile(r"(\d+) incidents reported this period\."),
    "tamarack-lake-nra-id-rangers": re.compile(r"Entries this journal: (\d+)"),
    "ridley-township-pa-pd": re.compile(r"Crashes: (\d+) "),
    "lakeshore-regional-transit-ny-pd": re.compile(r"Total incidents, all divisions: (\d+)"),
}
DAY_HEAD = re.compile(r"^[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, 2025$", re.M)


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
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        out.append((m.group("id"), t[m.start():end], m.start()))
    return out


def norm(tok):
    return tok.strip('".,;:()#\u2022')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def heading_date(t, pos):
    """MM/DD/YYYY of the last day heading printed before offset pos."""
    heads = list(DAY_HEAD.finditer(t, 0, pos))
    if not heads:
        return None
    return datetime.datetime.strptime(heads[-1].group(0), "%A, %B %d, %Y").strftime("%m/%d/%Y")


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
            if folder == "tamarack-lake-nra-id-rangers" and key == "reported_at":
                date, _, time = val.partition(" ")
                ok = text.split()[0] == time and heading_date(t, pos) == date
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, problems, pages = e["case_numbers"], [], t.count("\f")
    if folder == "fenwick-bay-fl-pd":
        lines = [int(m.group("line")) for m in START[folder].finditer(t)]
        summary = t[t.find("SUMMARY BY INCIDENT TYPE"):]
        counts = [int(x) for x in re.findall(r"^ +[A-Z][A-Z -]+[A-Z] +(\d+)$", summary, re.M)]
        if lines != list(range(1, len(ids) + 1)) or sum(counts) != len(ids) or len(counts) < 5:
            problems.append(f"{name}: line numbers or summary-by-type counts wrong ({sum(counts)})")
    if folder == "alcott-state-university-ar-pd":
        bars = re.findall(r"^ *INCIDENT +\S+ +([A-Z][A-Z -]+)$", t, re.M)
        classes = re.findall(r"Classification: +(.+)$", t, re.M)
        if len(bars) != len(ids) or [b.strip() for b in bars] != [c.strip().upper() for c in classes] \
                or "See also" not in t:
            problems.append(f"{name}: title bars {len(bars)} do not repeat the classification")
    if folder == "tamarack-lake-nra-id-rangers":
        cols = [m.start("id") - t.rfind("\n", 0, m.start()) - 1 for m in START[folder].finditer(t)]
        inline = re.findall(r"^.{0,80}TL25-\d{4}", t, re.M)
        if min(cols) < 90 or inline or t.count("Journal ref.") != pages:
            problems.append(f"{name}: ids not in the right-hand margin ({min(cols)}, {len(inline)} inline)")
    if folder == "ridley-township-pa-pd":
        m = re.search(r"Persons injured: (\d+)", t)
        inj = [int(x) for x in re.findall(r"^2025-RT-\S+ .*? (\d) +(\d) +([YN]) ", t, re.M) for x in [x[1]]]
        if not m or sum(inj) != int(m.group(1)) or len(inj) != len(ids):
            problems.append(f"{name}: injury column does not add up to the printed total")
    if folder == "lakeshore-regional-transit-ny-pd":
        heads = [int(x) for x in re.findall(r"^[A-Z ]+ - (\d+) incidents$", t, re.M)]
        stamps = [re.search(r"\) (\w{3} \d+, \d\d:\d\d)", text).group(1) for _, text, _ in recs]
        key = [datetime.datetime.strptime(s, "%b %d, %H:%M") for s in stamps]
        if sum(heads) != len(ids) or len(heads) != 3 or key == sorted(key):
            problems.append(f"{name}: section counts {heads} or the order is by time")
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs16.py"), tmp], check=True)
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
