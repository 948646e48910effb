"""Stand-alone check of the twenty-third held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed, and no number is both (corrections cite earlier
records of the same series); a layout-specific record-start pattern finds exactly the listed ids
in order; the document's own count equals record_count; every sample value is printed inside its
own record's stretch of text, its words in order (the harbor and village logs take the date from
the heading or day row above the entry); size < 200 KB; plus one check of each layout's trap.
With --regen, regenerating must give identical files. `--dir DIR` checks a copy elsewhere.
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
    "cedarhaven-wa-pd": re.compile(r"^(?P<id>CH25-\d{6}) +\d\d/\d\d/2025 \d\d:\d\d:\d\d ", re.M),
    "kelpwater-county-or-jail": re.compile(r"^Booking No\.: (?P<id>KCJ25-\d{6}) ", re.M),
    "mossgrove-university-wa-dps": re.compile(r"^(?P<id>MU-25-\d{5}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "port-of-nalu-harbor-hi": re.compile(r"^\d{4} +[A-Z][A-Z ]+[A-Z], ", re.M),
    "qilak-village-ak-public-safety": re.compile(r"^\d{4} +\S.*? (?P<id>QV25-\d{4})$", re.M),
}
ID_IN = {"port-of-nalu-harbor-hi": re.compile(r"Logged as incident (NH25-\d{4})\.")}
TOTAL = {  # the document's own count of records
    "cedarhaven-wa-pd": re.compile(r"Calls reported: (\d+) "),
    "kelpwater-county-or-jail": re.compile(r"Bookings this report: (\d+) "),
    "mossgrove-university-wa-dps": re.compile(r"Entries in this log: (\d+) "),
    "port-of-nalu-harbor-hi": re.compile(r"Incidents logged: (\d+) "),
    "qilak-village-ak-public-safety": re.compile(r"Total calls this period: (\d+)"),
}
HEADS = {  # where the date of an entry printed with a time only comes from
    "port-of-nalu-harbor-hi": (re.compile(r"WATCH \d{4}-\d{4} +[A-Z][a-z]+day, ([A-Z][a-z]+ \d{1,2}, 2025)$", re.M),
                               "%B %d, %Y"),
    "qilak-village-ak-public-safety": (re.compile(r"^[A-Z]{3} (\d\d/\d\d/2025) +Wx ", re.M), "%m/%d/%Y"),
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
        if folder in ID_IN:
            found = ID_IN[folder].search(re.sub(r"\s+", " ", text))
            num = found.group(1) if found else None
        else:
            num = m.group("id")
        out.append((num, text, m.start()))
    return out


def norm(tok):
    return tok.strip('".,;:()#$')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def heading_date(folder, t, pos):
    rx, fmt = HEADS[folder]
    heads = list(rx.finditer(t, 0, pos))
    if not heads:
        return None
    return datetime.datetime.strptime(heads[-1].group(1), fmt).strftime("%m/%d/%Y")


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
            if folder in HEADS and key == "reported_at":
                date, _, time = val.partition(" ")
                ok = text.split()[0] == time and heading_date(folder, t, pos) == date
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, problems = e["case_numbers"], []
    if folder == "cedarhaven-wa-pd":
        units = re.findall(r"^ +UNIT \S+ +DISP \d\d:\d\d +ENRT \d\d:\d\d +ARVD \d\d:\d\d +CLRD \d\d:\d\d$", t, re.M)
        m = re.search(r"Units dispatched: (\d+)", t)
        tally = [int(x) for x in re.findall(r"^ +\S+ +(\d+) calls$", t, re.M)]
        if not m or len(units) != int(m.group(1)) or sum(tally) != len(units) or len(units) <= len(ids):
            problems.append(f"{name}: unit-history lines {len(units)} do not match the totals")
    if folder == "kelpwater-county-or-jail":
        cases = re.findall(r"Agency Case: ([A-Z]+ 25-\d+)", t)
        listed = [r["number"] for r in e["related_numbers"] if r["kind"] == "other_agency_case"]
        if cases != listed:
            problems.append(f"{name}: agency cases {len(cases)} vs related {len(listed)}")
    if folder == "mossgrove-university-wa-dps":
        cited = re.findall(r"^ +CORRECTION \d\d/\d\d/2025: entry (MU-25-\d{5}) ", t, re.M)
        m = re.search(r"Corrections posted: (\d+)", t)
        listed = [r["number"] for r in e["related_numbers"] if r["kind"] == "earlier_case_cited"]
        if not m or len(cited) != int(m.group(1)) or cited != listed or not cited:
            problems.append(f"{name}: corrections {cited} vs listed {listed}")
    if folder == "port-of-nalu-harbor-hi":
        entries = re.findall(r"^\d{4} +\S", t, re.M)
        m = re.search(r"Log entries: (\d+)", t)
        if not m or len(entries) != int(m.group(1)) or len(entries) <= len(ids) + 10:
            problems.append(f"{name}: {len(entries)} log entries vs printed {m and m.group(1)}")
    if folder == "qilak-village-ak-public-safety":
        sub = [int(x) for x in re.findall(r"^[A-Z]{3} \d\d/\d\d/2025 .* Calls: (\d+)$", t, re.M)]
        if sum(sub) != len(ids) or len(sub) < 7:
            problems.append(f"{name}: day-row subtotals {sub} do not add up to {len(ids)}")
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs23.py"), tmp], check=True)
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
