"""Stand-alone check of the forty-seventh held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record-start pattern finds exactly the listed ids in document order; the document's own count
equals record_count; every sample value is printed inside its own record's stretch of text, its
words in order (a date printed only in a day band or heading, or a status printed only in a group
heading, is looked up above the record); size < 200 KB; plus one check of each layout's trap
(reverse day order, continued rows, district subtotals, follow-up entries, newest-first groups).
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
    "tenby-marsh-sc-pd": re.compile(r"^(?P<id>TM25-\d{5}) +(?P<time>\d\d:\d\d) ", re.M),
    "gallowmere-ky-pd": re.compile(r"^(?P<id>GM-25-\d{5}) +\d\d/\d\d/2025 ", re.M),
    "corvallen-county-ga-so": re.compile(r"^ *Incident No\. +(?P<id>CC-25-\d{6})$", re.M),
    "whitlock-ferry-me-pd": re.compile(r"^(?P<time>\d{4}) +Opened (?P<id>WF25-\d{4}) - ", re.M),
    "pemberton-reach-or-pd": re.compile(r"^(?P<id>PR25-\d{5}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
}
TOTAL = {  # the document's own count of records
    "tenby-marsh-sc-pd": re.compile(r"Incidents this week: (\d+)"),
    "gallowmere-ky-pd": re.compile(r"Records in this log: (\d+)"),
    "corvallen-county-ga-so": re.compile(r"GRAND TOTAL, ALL DISTRICTS: (\d+)"),
    "whitlock-ferry-me-pd": re.compile(r"Incidents opened this week: (\d+)"),
    "pemberton-reach-or-pd": re.compile(r"Report total: (\d+) cases"),
}
# headings that carry a value the rows do not print: (regex, key, value from the match)
HEADING = {
    "tenby-marsh-sc-pd": (re.compile(r"^[A-Z]+DAY (\d\d/\d\d/2025) - (\d+) incidents$", re.M), "reported_at"),
    "whitlock-ferry-me-pd": (re.compile(r"^[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, 2025$", re.M), "reported_at"),
    "pemberton-reach-or-pd": (re.compile(r"^([A-Z][A-Z -]+[A-Z]) +\((\d+) cases\)$", re.M), "disposition"),
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
        if r["record"] is not None and r["record"] not in ids:
            problems.append(f"{name}: related number {r['number']} points at {r['record']}, not a record")
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


def heading_above(folder, t, pos):
    """The value the last heading before offset pos gives its rows (a date or a status)."""
    rx = HEADING[folder][0]
    heads = list(rx.finditer(t, 0, pos))
    if not heads:
        return None
    m = heads[-1]
    if folder == "whitlock-ferry-me-pd":
        return datetime.datetime.strptime(m.group(0), "%A, %B %d, %Y").strftime("%m/%d/%Y")
    return m.group(1)


def sample_ok(folder, t, text, pos, key, val):
    if folder in HEADING and key == HEADING[folder][1]:
        above = heading_above(folder, t, pos)
        if key == "disposition":
            return above == val
        date, _, time = val.partition(" ")
        return above == date and START[folder].match(text).group("time") == time
    if folder == "whitlock-ferry-me-pd" and key == "related_numbers":  # a follow-up on a later day may print it
        return all(num in t for num in val)
    return all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))


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
            if not sample_ok(folder, t, text, pos, key, val):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def layout_tm(t, ids, recs):
    bands = list(HEADING["tenby-marsh-sc-pd"][0].finditer(t))
    dates = [datetime.datetime.strptime(m.group(1), "%m/%d/%Y") for m in bands]
    if len(dates) != 7 or dates != sorted(dates, reverse=True) or sum(int(m.group(2)) for m in bands) != len(ids):
        return ["day bands not in reverse order or their counts do not add up"]
    for a, b in zip(recs, recs[1:]):
        same_day = heading_above("tenby-marsh-sc-pd", t, a[2]) == heading_above("tenby-marsh-sc-pd", t, b[2])
        if same_day and START["tenby-marsh-sc-pd"].match(a[1]).group("time") > \
                START["tenby-marsh-sc-pd"].match(b[1]).group("time"):
            return [f"rows inside a day not in time order at {b[0]}"]
    return []


def layout_gm(t, ids, recs):
    repeated = re.findall(r"^(GM-25-\d{5}) \(continued\)$", t, re.M)
    bare = re.findall(r"^\(continued\)$", t, re.M)
    owners = [num for num, text, _ in recs if "(continued)" in text]
    if not repeated or not bare or any(num not in owners for num in repeated):
        return [f"continued markers wrong: {len(repeated)} with the id, {len(bare)} without"]
    return []


def layout_cc(t, ids, recs):
    summary = [int(x) for x in re.findall(r"^ +DISTRICT \d - [A-Z ]+?[A-Z] +(\d+)$", t, re.M)]
    subs = [int(x) for x in re.findall(r"^DISTRICT \d SUBTOTAL: (\d+) INCIDENTS$", t, re.M)]
    heads = [m.start() for m in re.finditer(r"^=== DISTRICT \d - [A-Z ]+ ===$", t, re.M)] + [len(t)]
    per = [sum(1 for _, _, pos in recs if a < pos < b) for a, b in zip(heads, heads[1:])]
    if summary != subs or subs != per or sum(subs) != len(ids):
        return [f"district counts: summary {summary}, subtotals {subs}, blocks {per}"]
    return []


def layout_wf(t, ids, recs, e):
    older = {r["number"] for r in e["related_numbers"] if r["kind"] == "case_opened_before_this_log"}
    problems = []
    seen = set()
    for m in re.finditer(r"^\d{4} +(Opened|Continued) (WF25-\d{4}) ", t, re.M):
        kind, num = m.groups()
        if kind == "Opened":
            seen.add(num)
        elif num not in seen and num not in older:
            problems.append(f"follow-up to {num}, neither opened earlier nor listed as older")
    follow = len(re.findall(r"^\d{4} +Continued ", t, re.M))
    entries = re.search(r"Journal entries: (\d+)", t)
    if not older or not entries or int(entries.group(1)) != len(ids) + follow or follow <= len(older):
        problems.append("follow-up entries missing or the entry count does not match")
    return problems


def layout_pr(t, ids, recs):
    heads = list(HEADING["pemberton-reach-or-pd"][0].finditer(t))
    bounds = [m.start() for m in heads] + [len(t)]
    total = 0
    for m, a, b in zip(heads, bounds, bounds[1:]):
        group = [re.search(r"\d\d/\d\d/2025 \d\d:\d\d", text).group(0) for _, text, pos in recs if a < pos < b]
        keys = [datetime.datetime.strptime(x, "%m/%d/%Y %H:%M") for x in group]
        if len(group) != int(m.group(2)) or keys != sorted(keys, reverse=True):
            return [f"group {m.group(1)}: {len(group)} rows vs {m.group(2)} or not newest first"]
        total += len(group)
    supps = re.findall(r"(PR25-\d{5})-S\d", t)
    if total != len(ids) or len(heads) != 4 or not supps or not set(supps) <= set(ids):
        return ["group counts or supplement numbers wrong"]
    return []


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids = e["case_numbers"]
    out = {"tenby-marsh-sc-pd": lambda: layout_tm(t, ids, recs),
           "gallowmere-ky-pd": lambda: layout_gm(t, ids, recs),
           "corvallen-county-ga-so": lambda: layout_cc(t, ids, recs),
           "whitlock-ferry-me-pd": lambda: layout_wf(t, ids, recs, e),
           "pemberton-reach-or-pd": lambda: layout_pr(t, ids, recs)}[folder]()
    return [f"{name}: {p}" for p in out]


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
        if len(e["sample_records"]) != 3 or "[invented]" not in e["agency"]:
            problems.append(f"{pdf.name}: needs three sample records and an [invented] agency")
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs47.py"), tmp], check=True)
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
    if [p.name for p in folders] != sorted(START):
        problems.append(f"{len(folders)} agency folders, expected {len(START)}")
    pdfs = sum(len(json.loads((p / "groundtruth.json").read_text())) for p in folders)
    if not 7 <= pdfs <= 10:
        problems.append(f"{pdfs} PDFs, expected 7-10")
    for folder in folders:
        problems += check(folder)
    if "--regen" in sys.argv:
        problems += regen(here)
    print("\n".join(problems) if problems else "all checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
