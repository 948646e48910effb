"""Stand-alone check of the thirtieth held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed, and no number is both; a layout-specific
record pattern finds exactly the listed ids in order (for the calendar: the same ids, listed
in ascending order); the document's own count equals record_count; every sample value is
printed inside its own record's stretch of text, its words in order (for the calendar the
stretch is the id's cell column on the lines below it, and the date is the day number above
it; for the press log the date is the title's); size < 200 KB; plus one check of each
layout's trap. With --regen, regenerating must give identical files. `--dir DIR` checks a copy
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

# record patterns, one per agency, read off the text (not used by prr); group "id" is the id
START = {
    "ocotillo-county-tx-constable-pct3": re.compile(
        r"^(?P<id>P3-\d{6}-\d\d) +(?P<date>\d\d/\d\d/2025) \d\d:\d\d:\d\d +(?P<code>10-\d\d) .*? {2,}(?P<desc>\S+(?: \S+)*) *$",
        re.M),
    "encinal-viejo-tx-pd": re.compile(
        r"^ *(?P<id>EV25-\d{6}) +(?:(?P<rep>25-\d{6}) +)?\d\d/\d\d/2025 +\d\d:\d\d:\d\d ", re.M),
    "san-ysidro-viejo-pueblo-nm-police": re.compile(r"(?P<id>SYV25-\d{4}) +\d\d:\d\d"),
    "lucero-city-nv-resort-corridor-unit": re.compile(
        r"^ *Received +\d\d/\d\d/2025 \d\d:\d\d:\d\d *\n\s*Property +.*\n\s*Event No\. +(?P<id>RCU25-\d{5})$", re.M),
    "saguaro-wells-az-pd": re.compile(r"^\[(?P<code>\d{3,5}S?)\] ", re.M),
}
TOTAL = {  # the document's own count of records
    "ocotillo-county-tx-constable-pct3": re.compile(r"Calls this report: (\d+)"),
    "encinal-viejo-tx-pd": re.compile(r"Incidents: (\d+) "),
    "san-ysidro-viejo-pueblo-nm-police": re.compile(r"Month total: (\d+) calls"),
    "lucero-city-nv-resort-corridor-unit": re.compile(r"Events this report: (\d+)"),
    "saguaro-wells-az-pd": re.compile(r"Calls listed: (\d+)"),
}
SW_ID = re.compile(r"DR (25-\d{6}) at (\d\d:\d\d:\d\d)\.")
CAL = "san-ysidro-viejo-pueblo-nm-police"


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
            problems.append(f"{name}: related number {r['number']} points to no record")
    return problems


def cal_records(t):
    """Calendar: (id, the id's cell column on the 4 lines below it, day number above it)."""
    lines = t.split("\n")
    out = []
    for i, line in enumerate(lines):
        for m in START[CAL].finditer(line):
            col = m.start()
            below = [ln[max(0, col - 3):col + 30] for ln in lines[i:i + 5]]
            day = None
            for j in range(i - 1, -1, -1):
                nums = list(re.finditer(r"(?<!\S)(\d{1,2})(?!\S)", lines[j]))
                if len(nums) >= 7 and not re.search(r"[A-Za-z]{2}", lines[j].split("calls")[0]):
                    day = next((int(n.group(1)) for n in nums if n.end() > col), None)
                    break
            out.append((m.group("id"), "\n".join(below), day))
    return out


def records(folder, t):
    """(id, text stretch, extra) per record, in print order."""
    if folder == CAL:
        return cal_records(t)
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        text = t[m.start():end]
        if folder == "saguaro-wells-az-pd":
            found = SW_ID.search(re.sub(r"\s+", " ", text))
            out.append((found.group(1) if found else None, text, m))
        else:
            out.append((m.group("id"), text, m))
    return out


def norm(tok):
    return tok.strip('".,;:()#[]')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {}
    for num, text, extra in recs:
        by_id.setdefault(num, (text, extra))
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, extra = by_id[s["case_number"]]
        for key, val in s.items():
            if key == "date" and folder == CAL:
                ok = extra == int(val.split("/")[1]) and val.endswith("/2025") and "October 2025" in t[:400]
            elif key == "date":
                ok = datetime.datetime.strptime(val, "%m/%d/%Y").strftime("%B %-d, %Y") in t[:400]
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, problems, n = e["case_numbers"], [], len(e["case_numbers"])
    if folder == "ocotillo-county-tx-constable-pct3":
        key_part = t[t.find("RADIO CODE KEY"):]
        key = dict(re.findall(r"^ +(10-\d\d) +(\S.*\S) *$", key_part, re.M))
        serial, bad = {}, []
        for m in START[folder].finditer(t):
            mm, dd, yy = m.group("date").split("/")
            day = m.group("id")[3:9]
            serial[day] = serial.get(day, 0) + 1
            if day != yy[2:] + mm + dd or int(m.group("id")[-2:]) != serial[day] \
                    or key.get(m.group("code")) != m.group("desc"):
                bad.append(m.group("id"))
        if bad or len(key) < 10:
            problems.append(f"{name}: ids not built from the received date or codes unlike the key: {bad[:3]}")
    if folder == "encinal-viejo-tx-pd":
        reps = [m.group("rep") for m in START[folder].finditer(t) if m.group("rep")]
        m = re.search(r"Reports written: (\d+)", t)
        listed = [r["number"] for r in e["related_numbers"] if r["kind"] == "report_number"]
        if not m or int(m.group(1)) != len(reps) or reps != listed or not 0 < len(reps) < n:
            problems.append(f"{name}: report numbers {len(reps)} vs printed total / ground truth")
    if folder == CAL:
        weeks = [int(x) for x in re.findall(r"(?<!: )(?<!\d)(\d+) calls *$", t, re.M)]
        crowded = max(len(START[folder].findall(line)) for line in t.split("\n"))
        if sum(weeks) != n or len(weeks) != 5 or crowded < 5 or "Feast day" not in t \
                or ids != sorted(ids) or any(x[2] is None for x in recs):
            problems.append(f"{name}: week totals {weeks} or calendar cells wrong")
    if folder == "lucero-city-nv-resort-corridor-unit":
        sec = re.findall(r"^ *Security Rpt No\. +([A-Z]{2}-2025-\d{6})$", t, re.M)
        listed = [r["number"] for r in e["related_numbers"] if re.fullmatch(r"[A-Z]{2}-2025-\d{6}", r["number"])]
        table = t[t.find("Events by property"):]
        counts = [int(x) for x in re.findall(r"^ +[A-Z][A-Za-z /]+[a-z] +(\d+)$", table, re.M)]
        pages = t.split("\f")
        split = sum(1 for p in pages[1:] if p.strip() and not re.match(r"[^\n]*\n[^\n]*\n *Received ", p))
        if sec != listed or not 0 < len(sec) < n or sum(counts) != n or split < 1:
            problems.append(f"{name}: security numbers {len(sec)}, property counts {sum(counts)}, split {split}")
    if folder == "saguaro-wells-az-pd":
        heads = list(re.finditer(r"^(\d\d)00-\d{4} HRS +\((\d+) calls\)$", t, re.M))
        bad = 0
        for i, h in enumerate(heads):
            end = heads[i + 1].start() if i + 1 < len(heads) else len(t)
            inside = [r for r in recs if h.start() < r[2].start() < end]
            times = [SW_ID.search(re.sub(r"\s+", " ", r[1])).group(2) for r in inside if r[0]]
            bad += len(inside) != int(h.group(2)) or any(not 0 <= int(x[:2]) - int(h.group(1)) < 6 for x in times)
        if bad or len(heads) != 4 or not re.search(r"AZDPS 25-\d{7}\b", t):
            problems.append(f"{name}: hour blocks do not hold their calls ({bad} wrong)")
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
        if folder.name == CAL:
            found = sorted(found)
        if found != ids:
            problems.append(f"{pdf.name}: record pattern found {len(found)} ids, listed {len(ids)}"
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs30.py"), tmp], check=True)
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
