"""Stand-alone check of the twenty-eighth held-out set (does not import prr).

For every PDF: sha256, bytes (< 200 KB) and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is printed in the
`pdftotext -layout` text, and no number is both; a layout-specific record-start pattern finds
exactly the listed ids in order; each related number is printed inside its own record's stretch;
the document's own total equals record_count; the per-group counts (district, beat, code
section) add up and each equals the records under that heading; every sample value is printed
inside its own record's stretch, its words in order (Dunmore Flats' date comes from the day
subheading, Tolliver Bay's offense from the code-section heading above the record);
plus one check of each layout's trap. With --regen, regenerating must give identical files.
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
FOLDERS = ["harlow-mesa-ca-pd", "dunmore-flats-ca-pd", "pinecrest-hollow-county-ca-so", "ashgrove-ca-pd",
           "tolliver-bay-ca-harbor-pd"]
# where a record starts (read off the text, not used by prr); the id is found by ID in the record's stretch
START = {
    "harlow-mesa-ca-pd": re.compile(r"^HM25-\d{6} +\d\d/\d\d/2025 +\d{4} ", re.M),
    "dunmore-flats-ca-pd": re.compile(r"^\d{4} +(?:PC|VC|HS|MC) \S+ +\S+ +25DF-\d{5} ", re.M),
    "pinecrest-hollow-county-ca-so": re.compile(r"^RPT# PH25-\d{5} +RD \d\d ", re.M),
    "ashgrove-ca-pd": re.compile(r"^\d\d/\d\d/\d\d \d{4} (?:PC|VC|HS|MC)\S+ \S+ AT ", re.M),
    "tolliver-bay-ca-harbor-pd": re.compile(r"^TB-25-\d{5} +H\d +\d\d/\d\d/25 \d{4} ", re.M),
}
ID = {
    "harlow-mesa-ca-pd": re.compile(r"HM25-\d{6}"),
    "dunmore-flats-ca-pd": re.compile(r"25DF-\d{5}"),
    "pinecrest-hollow-county-ca-so": re.compile(r"PH25-\d{5}"),
    "ashgrove-ca-pd": re.compile(r"RPT (25-A\d{5})\."),
    "tolliver-bay-ca-harbor-pd": re.compile(r"TB-25-\d{5}"),
}
TOTAL = {
    "harlow-mesa-ca-pd": re.compile(r"TOTAL REPORTS THIS PERIOD: (\d+)"),
    "dunmore-flats-ca-pd": re.compile(r"INCIDENTS ALL BEATS: (\d+)"),
    "pinecrest-hollow-county-ca-so": re.compile(r"ABSTRACTS THIS PERIOD: (\d+)"),
    "ashgrove-ca-pd": re.compile(r"ENTRIES THIS ABSTRACT: (\d+)"),
    "tolliver-bay-ca-harbor-pd": re.compile(r"Cases listed: (\d+)"),
}
GROUP = {
    "harlow-mesa-ca-pd": re.compile(r"^REPORTING DISTRICT \d{4} +(\d+) RPTS$", re.M),
    "dunmore-flats-ca-pd": re.compile(r"^BEAT \d [A-Z ]+ - (\d+) INCIDENTS$", re.M),
    "pinecrest-hollow-county-ca-so": re.compile(r"^RD \d\d \((\d+) REPORTS\)$", re.M),
    "ashgrove-ca-pd": re.compile(r"^==== DIST \d+ - (\d+) ENTRIES ====$", re.M),
    "tolliver-bay-ca-harbor-pd": re.compile(r"^(?:PC|VC|HS|MC) \S+ +[A-Z-]+ +[A-Z].*\((\d+)\)$", re.M),
}
DAY_SUB = re.compile(r"^ +[A-Z]{3} (\d\d/\d\d/2025)$", re.M)
CLR = "(?:CA|CE|AO|IN|UF|RO)"


def pdftext(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def pages(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def words_in_order(value, stretch):
    pat = r"\s+".join(re.escape(w) for w in str(value).split())
    return re.search(pat, stretch) is not None


def stretches(folder, text):
    starts = [m.start() for m in START[folder].finditer(text)]
    out = []
    for i, s in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        body = text[s:end]
        m = ID[folder].search(body)
        out.append((s, m.group(m.lastindex or 0) if m else None, body))
    return out


def check_trap(folder, text, recs, e, fail):
    name = e["file"]
    if folder == "harlow-mesa-ca-pd":
        key = text[text.index("KEY TO CODES"):] if "KEY TO CODES" in text else ""
        cited = [int(m.group(1)) for m in re.finditer(r"^(?:PC|VC|HS|MC) \S+ +\S+ +.+? {2,}(\d+)$", key, re.M)]
        if sum(cited) != e["record_count"]:
            fail(f"{name}: key page 'Cited' counts add to {sum(cited)}, not {e['record_count']}")
        for _, cid, body in recs:
            if not re.search(rf"^ +RO #\d{{4}} CLR {CLR}\b", body, re.M):
                fail(f"{name}: {cid} has no 'RO #badge CLR code' second line")
    elif folder == "dunmore-flats-ca-pd":
        for _, cid, body in recs:
            if re.search(r"\d\d/\d\d/2025", body.splitlines()[0]):
                fail(f"{name}: {cid}'s row prints a date (dates belong to the day subheadings)")
    elif folder == "pinecrest-hollow-county-ca-so":
        if "LABEL KEY:" not in text.split("\f")[0]:
            fail(f"{name}: no LABEL KEY on page 1")
        for _, cid, body in recs:
            for label in ("RPTD", "OCC", "LOC", "DSP", "CLR", "DEP", "NAR"):
                if not re.search(rf"(?:^| ){re.escape(label)} \S", body, re.M):
                    fail(f"{name}: {cid} lacks label {label}")
    elif folder == "ashgrove-ca-pd":
        kinds = {r["kind"] for r in e["related_numbers"]}
        if not {"booking_number", "citation"} <= kinds:
            fail(f"{name}: the 25-B booking / 25-C citation trap is missing")
        if re.search(r"^25-A\d{5}", text, re.M):
            fail(f"{name}: an id starts a line (it must sit mid-entry after RPT)")
    elif folder == "tolliver-bay-ca-harbor-pd":
        dates = [re.search(r"(\d\d)/(\d\d)/25 (\d{4})", body).groups() for _, _, body in recs]
        if dates == sorted(dates):
            fail(f"{name}: records are in time order (grouping by code section should break it)")
        tab = text[text.index("CLEARANCES BY REPORTING DISTRICT"):] if "CLEARANCES BY" in text else ""
        rows = [list(map(int, m.group(1).split())) for m in re.finditer(r"^H\d((?: +\d+){7})$", tab, re.M)]
        if sum(r[-1] for r in rows) != e["record_count"] or any(sum(r[:-1]) != r[-1] for r in rows):
            fail(f"{name}: the clearance cross-tab does not add up to {e['record_count']}")


def check_entry(folder, d, e, fail):
    name = e["file"]
    path = d / name
    if not path.exists():
        return fail(f"{name}: missing")
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != e["sha256"]:
        fail(f"{name}: sha256 differs")
    if len(data) != e["bytes"] or len(data) >= 200_000:
        fail(f"{name}: bytes {len(data)} (listed {e['bytes']}, limit 200 KB)")
    if pages(path) != e["pages"]:
        fail(f"{name}: pages {pages(path)} != {e['pages']}")
    ids = e["case_numbers"]
    if len(ids) != e["record_count"] or not 40 <= len(ids) <= 150 or len(set(ids)) != len(ids):
        fail(f"{name}: record_count {e['record_count']} vs {len(ids)} ids (40-150, unique)")
    if "[invented]" not in e["agency"]:
        fail(f"{name}: agency not marked [invented]")
    text = pdftext(path)
    for cid in ids:
        if cid not in text:
            fail(f"{name}: id {cid} not printed")
    recs = stretches(folder, text)
    found = [cid for _, cid, _ in recs]
    if found != ids:
        fail(f"{name}: record starts give {len(found)} ids, not the {len(ids)} listed in order")
    by_id = {cid: body for _, cid, body in recs}
    for rel in e["related_numbers"]:
        if rel["number"] in ids or text.count(rel["number"]) < 1:
            fail(f"{name}: related {rel['number']} not printed or also an id")
        if rel["number"] not in by_id.get(rel["record"], ""):
            fail(f"{name}: related {rel['number']} not inside record {rel['record']}")
    m = TOTAL[folder].search(text)
    if not m or int(m.group(1)) != e["record_count"]:
        fail(f"{name}: the document's own total is {m and m.group(1)}, not {e['record_count']}")
    heads = list(GROUP[folder].finditer(text))
    if sum(int(h.group(1)) for h in heads) != e["record_count"]:
        fail(f"{name}: group counts add to {sum(int(h.group(1)) for h in heads)}")
    for i, h in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        under = sum(1 for s, _, _ in recs if h.start() < s < end)
        if under != int(h.group(1)):
            fail(f"{name}: heading '{h.group(0).strip()}' counts {h.group(1)} but {under} records follow")
    if len(e["sample_records"]) != 3:
        fail(f"{name}: {len(e['sample_records'])} sample records, not 3")
    for s, want in zip(e["sample_records"], (ids[0], ids[len(ids) // 2], ids[-1]) if ids else ()):
        if s.get("case_number") != want:
            fail(f"{name}: sample {s.get('case_number')} is not the first/middle/last record {want}")
        body = by_id.get(s.get("case_number"), "")
        for k, v in s.items():
            vals = v if isinstance(v, list) else [v]
            for val in vals:
                if folder == "dunmore-flats-ca-pd" and k == "reported_at":
                    date, tm = val.split()
                    pos = next((p for p, cid, _ in recs if cid == s["case_number"]), 0)
                    subs = [m.group(1) for m in DAY_SUB.finditer(text[:pos])]
                    ok = bool(subs) and subs[-1] == date and body.startswith(tm)
                elif folder == "tolliver-bay-ca-harbor-pd" and k == "offense":
                    pos = next((p for p, cid, _ in recs if cid == s["case_number"]), 0)
                    above = [h for h in heads if h.start() < pos]
                    ok = bool(above) and above[-1].group(0).startswith(val + " ")
                else:
                    ok = words_in_order(val, body)
                if not ok:
                    fail(f"{name}: sample {s.get('case_number')} {k}={val!r} not printed in its record")
    check_trap(folder, text, recs, e, fail)


def check(d):
    errors = []
    fail = errors.append
    present = sorted(p.name for p in d.iterdir() if p.is_dir() and not p.name.startswith(("_", ".")))
    if present != sorted(FOLDERS):
        fail(f"agency folders {present} != {sorted(FOLDERS)}")
    n_pdfs = 0
    for folder in FOLDERS:
        gt = d / folder / "groundtruth.json"
        if not gt.exists():
            fail(f"{folder}: no groundtruth.json")
            continue
        entries = json.loads(gt.read_text())
        pdfs = sorted(p.name for p in (d / folder).glob("*.pdf"))
        if sorted(e["file"] for e in entries) != pdfs or not 1 <= len(pdfs) <= 2:
            fail(f"{folder}: groundtruth lists {[e['file'] for e in entries]}, folder has {pdfs}")
        n_pdfs += len(pdfs)
        for e in entries:
            check_entry(folder, d / folder, e, fail)
    if not 7 <= n_pdfs <= 10:
        fail(f"{n_pdfs} PDFs, not 7-10")
    return errors


def regen():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs28.py"), tmp], check=True)
        diffs = [str(p.relative_to(tmp)) for p in sorted(Path(tmp).rglob("*")) if p.is_file()
                 and (HERE / p.relative_to(tmp)).read_bytes() != p.read_bytes()]
    return [f"regenerated file differs: {x}" for x in diffs]


def main(argv):
    d = Path(argv[argv.index("--dir") + 1]) if "--dir" in argv else HERE
    errors = check(d)
    if "--regen" in argv:
        errors += regen()
    for err in errors:
        print("FAIL", err)
    if errors:
        print(f"{len(errors)} problem(s)")
        return 1
    print(f"blind_logs28: all checks passed ({d})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
