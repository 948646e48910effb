"""Stand-alone check of the held-out set blind_logs177 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals len(case_numbers) and
is 40-150 with no duplicate id; every id and related number is in the `pdftotext -layout` text at least
as often as listed, no related number is its own record's id, and every related number is printed inside
its own record's stretch. The page furniture (titles, running heads, column headers, footers) is dropped
from each page; on the text that is left a layout-specific stretch-start pattern (which also finds the
non-record stretches: day headings and day totals, closing lines, the code legend) gives exactly the
listed ids in order; the document's own count equals record_count; every sample value is printed inside
its own record's stretch of text, its words in order; size < 200 KB; plus one check of each layout's trap.
With --regen, regenerating must give identical files. `--dir DIR` checks a copy elsewhere.
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
D = "\u2014"
DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"

# per layout: FURN drops a page's furniture lines; START: a match with group "rec" starts a record stretch
# whose id is group "id" (or, where ID_IN has a pattern, the one match of it inside the stretch), the other
# alternatives start stretches that are no records; TOTAL: the document's own count
FURN = {
    "calderwick-ca-pd": re.compile(
        r"^ *(?:CALDERWICK POLICE DEPARTMENT \[invented\] *$|Calls for Service Log +03/02/2026 - |Date +Rcvd +"
        r"Occurred +Code +|CFS-LOG v4\.2 +printed )"),
    "tessaly-county-nv-so": re.compile(
        r"^ *(?:TESSALY COUNTY SHERIFF'S OFFICE \[invented\] *$|Patrol Division +\u00b7 +Event Summary +\u00b7 "
        r"|EVT-SUM +run 03/19/26 0500 )"),
    "wrenford-ca-pd": re.compile(
        r"^ *(?:WRENFORD POLICE DEPARTMENT \[invented\] *$|Police Log +\u00b7 +Week of March 16, 2026 *$"
        r"|Times are 24-hour\. Each entry ends|Wrenford PD \[invented\] +\u00b7 +Police Log, week of|Page \d+ of \d+ *$)"),
    "ostrander-county-or-so": re.compile(
        r"^ *(?:OSTRANDER COUNTY SHERIFF'S OFFICE \[invented\] *$|Resident Deputy Activity Log +\u00b7 +Unit 614"
        r"|Odo = vehicle odometer at dispatch;|Unit 614 log +\u00b7 +submitted weekly)"),
    "brannock-bay-ca-pd": re.compile(
        r"^ *(?:BRANNOCK BAY POLICE DEPARTMENT \[invented\] +DISPATCH CALL PRINT|PERIOD 03/23/26-03/29/26 +PRINTED"
        r"|DATE +TIME +RD +CALL +SIG|OCCURRED +UNIT +DISP|={40,} *$|DCP-2 +PAGE +\d+ OF +\d+ *$)"),
}
START = {
    "calderwick-ca-pd": re.compile(
        r"^ *(?:(?P<rec>(?P<date>\d\d/\d\d/26) +(?P<time>\d{4}) +(?:\d{4}(?:-\d{4})? +)?(?P<code>\S+) +"
        r"(?P<id>26-\d{3}) )|Total calls listed:|(?P<legend>Code legend))", re.M),
    "tessaly-county-nv-so": re.compile(
        r"^ *(?:(?P<rec>EVENT +(?P<id>26-\d{5}) +Beat \d+ )|Events this report:)", re.M),
    "wrenford-ca-pd": re.compile(
        rf"^ *(?:(?P<rec>(?P<time>\d{{4}}) hrs {D} )|(?P<day>(?:{DAYS}), March \d+ *$)|Entries this week:)", re.M),
    "ostrander-county-or-so": re.compile(
        r"^ *(?:(?P<rec>(?P<n>\d+)\. +(?P<date>\d\d/\d\d/26) \d{4} hrs +Odo (?P<odo>\d{5}) +Inc (?P<id>\d{5}) +Sig )"
        r"|Items this period:)", re.M),
    "brannock-bay-ca-pd": re.compile(
        r"^ *(?:(?P<rec>(?P<date>\d\d/\d\d/26) (?P<time>\d{4}) +(?P<rd>\d{4}) +(?P<id>\d{4}) )"
        r"|(?P<day>-{5} (?P<dd>\d\d/\d\d/26) CALLS +(?P<dn>\d+) -{5})|CALLS PRINTED)", re.M),
}
ID_IN = {"wrenford-ca-pd": re.compile(r"\bLog\s+(\d{4})\.")}
TOTAL = {
    "calderwick-ca-pd": re.compile(r"Total calls listed: (\d+)"),
    "tessaly-county-nv-so": re.compile(r"Events this report: (\d+)"),
    "wrenford-ca-pd": re.compile(r"Entries this week: (\d+)\."),
    "ostrander-county-or-so": re.compile(r"Items this period: (\d+)\."),
    "brannock-bay-ca-pd": re.compile(r"CALLS PRINTED +(\d+)"),
}
MARK = re.compile(r"^@@ page (\d+) @@$", re.M)
TAIL = re.compile(r"(?:\s*^@@ page \d+ @@$)*\s*\Z", re.M)


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def reading(folder, full):
    """The pages with their furniture lines dropped, each after a `@@ page k @@` marker."""
    parts = []
    for k, page in enumerate(full.split("\f")[:-1], 1):
        lines = [ln for ln in page.splitlines() if not FURN[folder].match(ln)]
        parts.append(f"@@ page {k} @@\n" + "\n".join(lines))
    return "\n".join(parts) + "\n"


def blocks(folder, t):
    """(id or None, text stretch, pages the stretch runs over, match) per stretch, in reading order."""
    starts = list(START[folder].finditer(t))
    marks = [(m.start(), int(m.group(1))) for m in MARK.finditer(t)]
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(t)
        text = TAIL.sub("", t[m.start():end])
        pages = [f for pos, f in marks if pos < m.start()][-1:]
        pages += [f for pos, f in marks if m.start() < pos < m.start() + len(text)]
        num = None
        if m.group("rec"):
            if folder in ID_IN:
                found = ID_IN[folder].findall(text)
                num = found[0] if len(found) == 1 else f"?{len(found)} ids"
            else:
                num = m.group("id")
        out.append((num, text, pages, m))
    return out


def printed(num, text):
    return len(re.findall(rf"(?<![\w.$,-]){re.escape(num)}(?![\w-]|[.,]\d)", text))


def check_numbers(name, t, e, by_id):
    problems = []
    flat = re.sub(r"\s+", " ", t)
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    for num in set(ids + related):
        want = ids.count(num) + related.count(num)
        have = printed(num, flat)
        if have < want:
            problems.append(f"{name}: {num} printed {have}x, listed {want}x")
    for r in e["related_numbers"]:
        if r["number"] == r["record"]:
            problems.append(f"{name}: {r['number']} is listed as related to itself")
        if r["record"] not in ids:
            problems.append(f"{name}: related number {r['number']} belongs to no listed record")
        elif r["record"] in by_id and not printed(r["number"], MARK.sub(" ", by_id[r["record"]])):
            problems.append(f"{name}: related number {r['number']} not printed in record {r['record']}")
    if len(set(ids)) != len(ids):
        problems.append(f"{name}: an id is listed twice")
    return problems


def tokens(s):
    return [x for x in re.split(r"[\s/|]+", s) if x]


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, toks):
    it = iter(toks)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(name, by_id, e):
    problems = []
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text = MARK.sub("", by_id[s["case_number"]])
        for key, val in s.items():
            if not in_order(tokens(val), tokens(text)):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, *kinds):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if not kinds or r["kind"] in kinds}


def rising(nums):
    return all(a < b for a, b in zip(nums, nums[1:]))


def day_totals(bl):
    printed_, counted = [], {}
    for num, _, _, m in bl:
        if m.groupdict().get("day") and m.groupdict().get("dd"):
            printed_.append((m.group("dd"), int(m.group("dn"))))
        if num:
            counted[m.group("date")] = counted.get(m.group("date"), 0) + 1
    return printed_, list(counted.items())


def check_layout(folder, name, e, full):
    """One check of the trap each layout is about (on the `pdftotext -layout` text, which may be a copy)."""
    ids = e["case_numbers"]
    t = reading(folder, full)
    bl = blocks(folder, t)
    recs = [(num, text, pages, m) for num, text, pages, m in bl if num]
    bad = [num for num, _, _, _ in recs] != ids
    pages = full.split("\f")[:-1]
    if folder == "calderwick-ca-pd":
        # the Code column right before the id column prints year-serial-shaped codes on many rows
        bad |= any(len(re.findall(r"Code {2,}Incident No\. {2,}Description", p)) != 1 for p in pages)
        dashed = {(num, m.group("code")) for num, _, _, m in recs if re.fullmatch(r"\d\d-\d{3}", m.group("code"))}
        bad |= dashed != rel(e, "call_code") or len(dashed) < 15
        bad |= any(c.startswith("26-") for _, c in dashed) or not all(x.startswith("26-") for x in ids)
        bad |= not rising([int(x[3:]) for x in ids])
        legend = " ".join(text for _, text, _, m in bl if m.group("legend"))
        bad |= not legend or any(not re.search(rf"\b{c}\b", legend) for _, c in dashed)
    if folder == "tessaly-county-nv-so":
        # blocks broken over pages go on under `EVENT 0NNNN (continued)`; RMS case numbers of the id's shape
        broken = [(num, text) for num, text, p, _ in recs if len(p) > 1]
        bad |= len(broken) < 3 or any(len(p) > 2 for _, _, p, _ in recs)
        conts = re.findall(r"(?m)^ *EVENT +(\S+) +\(continued\) *$", t)
        bad |= sorted(conts) != sorted(num[3:] for num, _ in broken)
        for num, text in broken:  # the continuation line is the first line of the next page
            bad |= not re.search(rf"^@@ page \d+ @@\n\s*EVENT {num[3:]} \(continued\) *$", text, re.M)
        cases = {(num, c) for num, text, _, _ in recs for c in re.findall(r"Case No\. (\S+)", text)}
        bad |= cases != rel(e, "report") or not 5 <= len(cases) <= len(ids) - 5
        bad |= any(not re.fullmatch(r"26-\d{5}", c) for _, c in cases)
        grids = {(num, g) for num, text, _, _ in recs for g in re.findall(r"\bGrid (\d\d-\d\d)\b", text)}
        bad |= grids != rel(e, "grid") or len(grids) != len(ids)
        bad |= not rising([int(x[3:]) for x in ids])
    if folder == "wrenford-ca-pd":
        # the Log number ends each entry; four-digit house numbers inside the range of log numbers
        bad |= any(not re.search(r"\bLog\s+\d{4}\.\s*\Z", MARK.sub("", text)) for _, text, _, _ in recs)
        nums = [int(x) for x in ids]
        bad |= not rising(nums)
        house = {(num, h) for num, text, _, _ in recs for h in re.findall(
            r"(?<![\d$,])(\d{4})\s+(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+\s+(?:Street|Road|Avenue|Lane|Drive|Way|Court|"
            r"Boulevard)\b", text)}
        bad |= house != rel(e, "house_number")
        inside = [h for _, h in house if nums and nums[0] <= int(h) <= nums[-1]]
        bad |= len(inside) < 5 or not any(h in ids and h != num for num, h in house)
        bad |= len([m for _, _, _, m in bl if m.group("day")]) != 7
    if folder == "ostrander-county-or-so":
        # the odometer, a rising five-digit series overlapping the ids, printed before the id
        items = [int(m.group("n")) for _, _, _, m in recs]
        odo = [int(m.group("odo")) for _, _, _, m in recs]
        nums = [int(x) for x in ids]
        bad |= items != list(range(1, len(ids) + 1)) or not rising(odo) or not rising(nums)
        bad |= not odo or not (odo[0] < nums[-1] and nums[0] < odo[-1])
        bad |= {(num, m.group("odo")) for num, _, _, m in recs} != rel(e, "odometer")
        end = re.findall(r"Odometer first dispatch (\d{5}), last dispatch (\d{5})\.", full)
        bad |= not odo or end != [(str(odo[0]), str(odo[-1]))]
    if folder == "brannock-bay-ca-pd":
        # time, RD and call number: three four-digit columns; RDs inside the call-number range
        bad |= any(len(re.findall(r"DATE +TIME +RD +CALL +SIG", p)) != 1 for p in pages)
        rds = {(num, m.group("rd")) for num, _, _, m in recs}
        bad |= rds != rel(e, "reporting_district") or not any(rd in ids and rd != num for num, rd in rds)
        nums = [int(x) for x in ids]
        bad |= not rising(nums)
        day_time = [(m.group("date"), m.group("time")) for _, _, _, m in recs]
        bad |= any(a[0] == b[0] and a[1] > b[1] for a, b in zip(day_time, day_time[1:]))
        bad |= not any(a[0] != b[0] and a[1] > b[1] for a, b in zip(day_time, day_time[1:]))
        printed_, counted = day_totals(bl)
        bad |= printed_ != counted or sum(k for _, k in printed_) != len(ids)
        rpts = {(num, x) for num, text, _, _ in recs for x in re.findall(r"\b26-\d{5}\b", text)}
        bad |= rpts != rel(e, "report") or len(rpts) < 5
    return [f"{name}: {folder} layout trap does not hold"] if bad else []


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        full = run(["pdftotext", "-layout", str(pdf), "-"])
        pages = full.count("\f")
        if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
            problems.append(f"{pdf.name}: sha256/bytes differ")
        if pages != e["pages"] or not 1 <= pages <= 12:
            problems.append(f"{pdf.name}: pages {pages} vs {e['pages']}")
        if len(data) >= 200_000:
            problems.append(f"{pdf.name}: {len(data)} bytes")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        if folder.name not in START:
            problems.append(f"{pdf.name}: unknown agency folder {folder.name}")
            continue
        recs = [(num, text) for num, text, _, _ in blocks(folder.name, reading(folder.name, full)) if num]
        by_id = dict(recs)
        problems += check_numbers(pdf.name, full, e, by_id)
        found = [num for num, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(x) for x in TOTAL[folder.name].findall(full)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(pdf.name, by_id, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, e, full)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs177.py"), tmp], check=True)
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
