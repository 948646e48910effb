"""Stand-alone check of the seventeenth held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed, and no number is both; a layout-specific
record-start pattern finds exactly the listed ids in order; the document's own count equals
record_count; every sample value is printed inside its own record's stretch of text, its words
in order (Corradine's date comes from the day band above the entry); size < 200 KB; plus one
check of each layout's trap (group footers add up, parameters block, sub-reports, captions
under values). With --regen, regenerating must give identical files. `--dir DIR` checks a copy
elsewhere (mutation runs).
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
    "quillfeather-county-ne-so": re.compile(r"^(?P<id>QC25-\d{5}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "kestane-creek-mt-tribal-pd": re.compile(r"^(?P<id>KCT25-\d{5}) +\d\d/\d\d/2025 \d{4} ", re.M),
    "tarrow-valley-wy-consolidated-dispatch": re.compile(
        r"^(?P<id>TV[PFM]25-\d{5}) +E25\d{4}-\d{4} +\d\d/\d\d/\d\d \d\d:\d\d:\d\d ", re.M),
    "kettle-run-isd-tx-pd": re.compile(r"^(?P<id>KR25-\d{5}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "corradine-ky-pd": re.compile(r"^ +\d{4} Unit \d[A-Z]\d\d to ", re.M),
}
CR_ID = re.compile(r"Case\s+(25-CR-\d{5})\.")
TOTAL = {  # the document's own count of records
    "quillfeather-county-ne-so": re.compile(r"Grand total: (\d+) incidents"),
    "kestane-creek-mt-tribal-pd": re.compile(r"Incidents listed: (\d+)"),
    "tarrow-valley-wy-consolidated-dispatch": re.compile(r"Report total: (\d+) calls"),
    "kettle-run-isd-tx-pd": re.compile(r"Total incidents, all campuses: (\d+)"),
    "corradine-ky-pd": re.compile(r"Log entries printed: (\d+)"),
}
DAY_HEAD = re.compile(r"^ *([A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, 2025)$", re.M)


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
        text = t[m.start():end]
        if folder == "corradine-ky-pd":
            found = CR_ID.search(text)
            num = found.group(1) if found else "?"
        else:
            num = m.group("id")
        out.append((num, text, m.start()))
    return out


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def heading_date(t, pos):
    """MM/DD/YYYY of the last day band printed before offset pos."""
    heads = list(DAY_HEAD.finditer(t, 0, pos))
    if not heads:
        return None
    return datetime.datetime.strptime(heads[-1].group(1), "%A, %B %d, %Y").strftime("%m/%d/%Y")


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
            if folder == "corradine-ky-pd" and key == "reported_at":
                date, _, time = val.partition(" ")
                ok = text.split()[0] == time and heading_date(t, pos) == date
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def ints(pattern, t):
    return [int(x) for x in re.findall(pattern, t, re.M)]


def check_qc(name, t, ids):
    lo_hi = re.search(r"Case no\. range: +(QC25-\d{5}) +to +(QC25-\d{5})", t)
    dates, zones = ints(r"Date \d\d/\d\d/2025 total: (\d+)$", t), ints(r"^Zone \d - [A-Z]+ total: (\d+)$", t)
    selected = ints(r"Records selected: (\d+)", t)
    if (not lo_hi or set(lo_hi.groups()) & set(ids) or sum(dates) != len(ids) or sum(zones) != len(ids)
            or len(zones) != 4 or selected != [len(ids)] or ids == sorted(ids)):
        return [f"{name}: parameters, date totals {sum(dates)} or zone totals {sum(zones)} wrong"]
    return []


def check_kc(name, t, ids, e):
    heads = len(re.findall(r"^ +Involvement +Description +Reference No\.$", t, re.M))
    empty = t.count("No involvements recorded.")
    rows = re.findall(r"^ +(?:Person|Property|Citation|Referral|Booking) {2,}.*$", t, re.M)
    listed = ints(r"Involvements listed: (\d+)", t)
    in_rows = {x for row in rows for x in row.split()}
    stray = [r["number"] for r in e["related_numbers"] if r["number"] not in in_rows]
    if heads + empty != len(ids) or listed != [len(rows)] or stray or not heads or not empty:
        return [f"{name}: sub-reports {heads}+{empty}, involvement rows {len(rows)} vs {listed}, stray {stray[:3]}"]
    return []


def check_tv(name, t, ids, e, recs):
    shifts, agencies = ints(r"Shift total: (\d+) calls", t), ints(r"^TV[A-Z]+ - [A-Z]+ total: (\d+) calls$", t)
    split = re.search(r"\(police (\d+), fire (\d+), EMS (\d+)\)", t)
    by_series = [sum(1 for x in ids if x.startswith(p)) for p in ("TVP", "TVF", "TVM")]
    events = [r["number"] for r in e["related_numbers"] if r["kind"] == "cad_event"]
    stamps = [re.search(r"\d\d/\d\d/\d\d \d\d:\d\d:\d\d", text).group(0) for _, text, _ in recs]
    key = [datetime.datetime.strptime(s, "%m/%d/%y %H:%M:%S") for s in stamps]
    if (sum(shifts) != len(ids) or agencies != by_series or not split
            or [int(x) for x in split.groups()] != by_series or len(events) != len(ids)
            or len(set(events)) == len(events) or key == sorted(key)):
        return [f"{name}: shift/agency totals {sum(shifts)} {agencies}, shared events or time order wrong"]
    return []


def check_kr(name, t, ids, recs):
    bad = [num for num, text, _ in recs
           if not re.match(r"[^\n]*\n *Incident No\. +Date/Time Reported +Location *\n", text)]
    subtotals = ints(r"Campus \d{3} subtotal: (\d+) incidents", t)
    if bad or t.count("Incident No.") != len(ids) or sum(subtotals) != len(ids):
        return [f"{name}: captions not under values ({bad[:3]}) or campus subtotals {sum(subtotals)}"]
    return []


def check_cr(name, t, ids, recs):
    footers = ints(r"Watch I+ entries: (\d+)", t)
    lead = re.findall(r"^ +\d{4} +(?:Case|25-CR)", t, re.M)
    wrapped = [num for num, text, _ in recs if not CR_ID.search(text.split("\n")[0])]
    if sum(footers) != len(ids) or lead or "?" in [num for num, _, _ in recs] or not wrapped:
        return [f"{name}: watch footers {sum(footers)} or ids not in the middle of entries ({len(lead)})"]
    return []


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids = e["case_numbers"]
    if folder == "quillfeather-county-ne-so":
        return check_qc(name, t, ids)
    if folder == "kestane-creek-mt-tribal-pd":
        return check_kc(name, t, ids, e)
    if folder == "tarrow-valley-wy-consolidated-dispatch":
        return check_tv(name, t, ids, e, recs)
    if folder == "kettle-run-isd-tx-pd":
        return check_kr(name, t, ids, recs)
    return check_cr(name, t, ids, recs)


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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs17.py"), tmp], check=True)
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
