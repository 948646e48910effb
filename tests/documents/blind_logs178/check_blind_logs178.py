"""Stand-alone check of the held-out set blind_logs178 (does not import prr).

Every PDF is a packet of daily logs bound together: front matter (a contents page or a cover), then one short
report per day with its own title, header and `Page k of m` restarting at 1. For every PDF: sha256, bytes and
pages match groundtruth.json; record_count equals len(case_numbers) and is 40-150 with no duplicate id; every
id and related number is in the `pdftotext -layout` text at least as often as listed, and no number is both.
The pages are read in order with their page furniture (running heads, column headers, footers) dropped; on that
text a layout-specific stretch-start pattern (which also finds the non-record stretches: contents lines, the
start of each day's report, `No reportable incidents` lines, day counts, closing lines) splits the text into
stretches and the stretches into daily reports. Its record stretches give exactly the listed ids in order; the
one exception is a day reissued as `REVISED` (Harlowby): the first issue's stretches are dropped and the
revised report's stand in its place, so each incident is listed once, with the revised values. Each daily
report's own count equals its records, days marked `No reportable incidents` have none, every record's date is
its report's date, the page numbers restart at 1 for every report, the daily reports agree with the
`daily_reports` list of groundtruth.json and with the contents page where there is one; the document's own total
equals record_count; every sample value is printed inside its own record's stretch, its words in order; size
< 200 KB; plus one check of each layout's trap. With --regen, regenerating must give identical files. `--dir DIR`
checks a copy elsewhere.
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
D = "\u2014"
DOT = "\u00b7"

FOLIO = {
    "brindlecombe-vt-pd": re.compile(r"Page (\d+) of (\d+)"),
    "caddowmere-county-mn-so": re.compile(r"PAGE +(\d+) OF +(\d+)"),
    "fenwold-wi-pd": re.compile(r"Page (\d+) of (\d+)"),
    "harlowby-nc-pd": re.compile(r"Page (\d+) of (\d+)"),
    "kestrelford-me-pd": re.compile(r"Page (\d+) of (\d+)"),
}
FURN = {
    "brindlecombe-vt-pd": re.compile(
        rf"^ *(?:BRINDLECOMBE POLICE DEPARTMENT \[invented\] *$|Records Section 555-0131 |Case No\. +Reported "
        rf"|Brindlecombe PD \[invented\] +{DOT} +Daily Incident Log |Daily Incident Logs, March 2026"
        r"|One daily log per calendar day|Date +Day +Incidents)"),
    "caddowmere-county-mn-so": re.compile(
        r"^ *(?:CADDOWMERE COUNTY SHERIFF'S OFFICE \[invented\] +DAILY ACTIVITY REPORT *$|REPORT DATE: "
        r"|CCSO \[invented\] DAR )"),
    "fenwold-wi-pd": re.compile(
        r"^ *(?:Printed by [AB] shift|PRINTED BY C SHIFT|Incident No\. +Received|Rec'd +Call Type"
        r"|TIME +INCIDENT +CALL TYPE|Fenwold PD \[invented\] daily log |FENWOLD POLICE DEPARTMENT \[invented\] *$"
        r"|Daily Call Logs, March|Each day's log is printed)"),
    "harlowby-nc-pd": re.compile(
        rf"^ *(?:HARLOWBY POLICE DEPARTMENT \[invented\] *$|Public Information Office 555-0119"
        rf"|Harlowby PD \[invented\] +{DOT} +Daily Press Log|Page \d+ of \d+ *$|Daily Press Logs, March"
        r"|Date +Log +Entries +Page)"),
    "kestrelford-me-pd": re.compile(
        r"^ *(?:KESTRELFORD POLICE DEPARTMENT \[invented\] *$|Watch commander badge|Incident +Reported +Occurred"
        r"|Daily Report 2026-\d{4} +Page|Daily Reports, March|Every daily report carries|Report No\. +Date)"),
}
# START: group "rec" starts a record stretch whose id is the group named id* and whose report date is date*;
# group dd* starts a daily report (rev: a revised reissue; rn: the report's own number); n* a day's count;
# "none" a `No reportable incidents` line; the other alternatives start stretches that are no records
START = {
    "brindlecombe-vt-pd": re.compile(
        rf"^ *(?:(?P<rec>(?P<id>26-\d{{5}}) +(?P<date>\d\d/\d\d/\d\d) \d\d:\d\d )"
        rf"|Daily Incident Log {D} (?P<dd>\w+, \w+ \d{{1,2}}, \d{{4}}) *$|(?P<none>No reportable incidents\.)"
        rf"|Incidents this day: (?P<n>\d+)|\d\d/\d\d/\d{{4}} +\w+day +\d+ +(?:26-\d{{5}}|{D}) "
        r"|Total incidents, March 2026:)", re.M),
    "caddowmere-county-mn-so": re.compile(
        r"^ *(?:(?P<rec>CASE NO: +(?P<id>CC26-\d{5}) +RECEIVED: (?P<date>\d\d/\d\d/\d{4}) )"
        r"|REPORT (?P<dd>\d\d/\d\d/\d{4}) - PREPARED BY |(?P<none>\*\*\* NO REPORTABLE INCIDENTS THIS DATE \*\*\*)"
        r"|END OF REPORT \d\d/\d\d/\d{4} +- +INCIDENTS: (?P<n>\d+))", re.M),
    "fenwold-wi-pd": re.compile(
        r"^ *(?:(?P<rec>(?P<id>F26-\d{5}) +(?P<date>\d\d/\d\d/\d{4}) \d\d:\d\d "
        r"|(?P<date2>\d{1,2}/\d{1,2}/26) \d{4} +.*? (?P<id2>F26-\d{5}) "
        r"|(?P<date3>\d\d-\d\d-26) \d\d:\d\d +(?P<id3>F26-\d{5}) )"
        rf"|Daily Call Log {D} (?P<dd>\w+, \w+ \d{{1,2}}, \d{{4}}) *$"
        rf"|Fenwold Police Department \[invented\] {D} Daily Log for (?P<dd2>\d{{1,2}}/\d{{1,2}}/26) *$"
        r"|FENWOLD PD \[invented\] +DAILY LOG (?P<dd3>\d\d-\d\d-\d{4}) *$"
        r"|(?P<none>No reportable incidents\.|No reportable incidents this date\.|\*\*\* NO REPORTABLE INCIDENTS)"
        r"|Calls this day: (?P<n>\d+)|Total calls \d+/\d+/26: (?P<n2>\d+)|\*\*\* (?P<n3>\d+) CALLS \*\*\*"
        r"|\w{3} \d\d/\d\d/\d{4} +printed by|Calls logged in this packet:)", re.M),
    "harlowby-nc-pd": re.compile(
        rf"^ *(?:(?P<rec>(?P<id>26-\d{{5}}) +(?P<date>\d\d/\d\d/\d\d) \d\d:\d\d {D} )"
        rf"|Daily Press Log {D} (?P<dd>\w+, \w+ \d{{1,2}}, \d{{4}})(?P<rev> {D} REVISED)? *$"
        r"|(?P<none>No reportable incidents for this date\.)|Entries in this log: (?P<n>\d+)\."
        r"|\d\d/\d\d/\d{4} +Daily Press Log|Incidents in this packet,)", re.M),
    "kestrelford-me-pd": re.compile(
        rf"^ *(?:(?P<rec>(?P<id>2026-\d{{4}}) +(?P<date>\d\d/\d\d/\d\d) \d\d:\d\d )"
        rf"|DAILY REPORT (?P<rn>2026-\d{{4}}) +{DOT} +(?P<dd>\w+, \w+ \d{{1,2}}, \d{{4}}) *$"
        r"|(?P<none>No reportable incidents\.)|Incidents reported: (?P<n>\d+)"
        r"|2026-\d{4} +\d\d/\d\d/\d{4} +\d+ +\d+ *$|Incidents in this volume:)", re.M),
}
IDS = {  # any id of the layout's shape, for reading every id-shaped number off the pages
    "brindlecombe-vt-pd": re.compile(r"\b26-\d{5}\b"),
    "caddowmere-county-mn-so": re.compile(r"\bCC26-\d{5}\b"),
    "fenwold-wi-pd": re.compile(r"\bF26-\d{5}\b"),
    "harlowby-nc-pd": re.compile(r"\b26-\d{5}\b"),
    "kestrelford-me-pd": re.compile(r"\b2026-\d{4}\b"),
}
TOTAL = {
    "brindlecombe-vt-pd": re.compile(r"Total incidents, March 2026: (\d+)"),
    "caddowmere-county-mn-so": re.compile(r"- \d+ REPORTS - (\d+) INCIDENTS"),
    "fenwold-wi-pd": re.compile(r"Calls logged in this packet: (\d+)"),
    "harlowby-nc-pd": re.compile(r"each counted once \(a revised log replaces the log it corrects\): (\d+)"),
    "kestrelford-me-pd": re.compile(r"Incidents in this volume: (\d+)"),
}
TOC = {  # one line of the contents page per daily report
    "brindlecombe-vt-pd": re.compile(
        rf"(?m)^ *(?P<date>\d\d/\d\d/\d{{4}}) +\w+day +(?P<n>\d+) +(?P<first>26-\d{{5}}|{D}) "
        rf"+(?P<last>26-\d{{5}}|{D}) +(?P<page>\d+) *$"),
    "fenwold-wi-pd": re.compile(
        r"(?m)^ *\w{3} (?P<date>\d\d/\d\d/\d{4}) +printed by (?P<shift>[ABC]) shift +(?P<n>\d+) +(?P<page>\d+) *$"),
    "harlowby-nc-pd": re.compile(
        rf"(?m)^ *(?P<date>\d\d/\d\d/\d{{4}}) +Daily Press Log(?P<rev> {D} REVISED)? +(?P<n>\d+) +(?P<page>\d+) *$"),
    "kestrelford-me-pd": re.compile(
        r"(?m)^ *(?P<rn>2026-\d{4}) +(?P<date>\d\d/\d\d/\d{4}) +(?P<n>\d+) +(?P<page>\d+) *$"),
}
MARK = re.compile(r"^@@ page (\d+) @@$", re.M)
TAIL = re.compile(r"(?:\s*^@@ page \d+ @@$)*\s*\Z", re.M)
FORMATS = ["%A, %B %d, %Y", "%m/%d/%Y", "%m/%d/%y", "%m-%d-%Y", "%m-%d-%y"]


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def to_date(s):
    for f in FORMATS:
        try:
            return datetime.datetime.strptime(s, f).date()
        except ValueError:
            pass
    raise ValueError(s)


def first(g, prefix):
    """The first group value whose name starts with prefix (dd, dd2, dd3 ...)."""
    return next((v for k, v in g.items() if re.fullmatch(prefix + r"\d?", k) and v is not None), None)


def reading(folder, pages):
    """The pages in order, furniture lines dropped, each after a `@@ page k @@` marker."""
    parts = []
    for k, page in enumerate(pages, 1):
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
        num = first(m.groupdict(), "id") if m.group("rec") else None
        out.append((num, text, pages, m))
    return out


def daily_reports(folder, pages):
    """The daily reports in print order: date, rev, rn, first page, record stretches, count, `none` flag."""
    reps = []
    for num, text, pg, m in blocks(folder, reading(folder, pages)):
        g = m.groupdict()
        dd = first(g, "dd")
        if dd:
            date, rev = to_date(dd), bool(g.get("rev"))
            if reps and reps[-1]["date"] == date and not rev:
                continue  # a later page of the same report
            reps.append({"date": date, "rev": rev, "rn": g.get("rn"), "page": pg[0], "recs": [], "count": None,
                         "none": False, "text": text})
        elif not reps:
            continue  # front matter
        elif num:
            reps[-1]["recs"].append((num, text, pg, to_date(first(g, "date"))))
        elif first(g, "n") is not None:
            reps[-1]["count"] = int(first(g, "n"))
        elif g.get("none"):
            reps[-1]["none"] = True
    return reps


def kept(reps):
    """Reports that stand: a report reissued later as REVISED (same date) is dropped."""
    return [r for i, r in enumerate(reps) if not any(s["rev"] and s["date"] == r["date"] for s in reps[i + 1:])]


def records(folder, pages):
    return [(num, text, pg) for r in kept(daily_reports(folder, pages)) for num, text, pg, _ in r["recs"]]


def check_numbers(name, t, e):
    problems = []
    flat = re.sub(r"\s+", " ", t)
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    for num in set(ids + related):
        want = ids.count(num) + related.count(num)
        have = len(re.findall(rf"(?<![\w.-]){re.escape(num)}(?![\w-]|\.\d)", flat))
        if have < want:
            problems.append(f"{name}: {num} printed {have}x, listed {want}x")
    for r in e["related_numbers"]:
        if r["number"] in ids:
            problems.append(f"{name}: {r['number']} is both an id and a related number")
        if r["record"] not in ids:
            problems.append(f"{name}: related number {r['number']} belongs to no listed record")
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


def check_samples(name, recs, e):
    problems = []
    by_id = {num: text for num, text, _ in recs}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text = MARK.sub("", by_id[s["case_number"]])
        for key, val in s.items():
            if not in_order(tokens(val), tokens(text)):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def folio_runs(folder, pages):
    """Runs of pages numbered 1..m: [(first page, m)], or a problem string."""
    runs = []
    for p, page in enumerate(pages, 1):
        found = FOLIO[folder].findall(page)
        if not found:
            if runs:
                return f"page {p} has no page number"
            continue
        if len(found) != 1:
            return f"page {p} has {len(found)} page numbers"
        k, m = int(found[0][0]), int(found[0][1])
        if k == 1:
            runs.append((p, m, [k]))
        elif not runs or runs[-1][1] != m or runs[-1][2][-1] != k - 1:
            return f"page {p}: Page {k} of {m} does not follow"
        else:
            runs[-1][2].append(k)
    if any(len(ks) != m for _, m, ks in runs):
        return "a report's pages do not run 1..m"
    return [(p, m) for p, m, _ in runs]


def toc_rows(folder, pages):
    return [m.groupdict() for m in TOC[folder].finditer(pages[0])] if folder in TOC else []


def check_layout(folder, name, e, pages):
    """The daily-report structure and one check of the trap each layout is about (on the page texts)."""
    problems = []
    reps = daily_reports(folder, pages)
    runs = folio_runs(folder, pages)
    ids = e["case_numbers"]
    if isinstance(runs, str):
        return [f"{name}: {runs}"]
    if [p for p, _ in runs] != [r["page"] for r in reps]:
        problems.append(f"{name}: page numbering does not restart at the start of every daily report")
    lengths = {p: m for p, m in runs}
    got = [{"date": f"{r['date']:%m/%d/%Y}", "count": r["count"], "first_page": r["page"],
            "pages": lengths.get(r["page"])} for r in reps]
    want = [{"date": x["date"], "count": x.get("incidents", x.get("entries")), "first_page": x["first_page"],
             "pages": x["pages"]} for x in e["daily_reports"]]
    if got != want:
        problems.append(f"{name}: daily reports in the text differ from daily_reports")
    for r in reps:
        if r["count"] != len(r["recs"]) or r["none"] != (not r["recs"]):
            problems.append(f"{name}: report {r['date']} count {r['count']} vs {len(r['recs'])} records")
        if any(d != r["date"] for *_, d in r["recs"]):
            problems.append(f"{name}: report {r['date']} holds a record of another date")
    if sum(r["none"] for r in reps) < 2:
        problems.append(f"{name}: fewer than two days without incidents")
    toc = toc_rows(folder, pages)
    if folder in TOC:
        rows = [(x["date"], int(x["n"]), int(x["page"])) for x in toc]
        if rows != [(f"{r['date']:%m/%d/%Y}", len(r["recs"]), r["page"]) for r in reps]:
            problems.append(f"{name}: contents lines differ from the daily reports")
    allids = IDS[folder].findall("\n".join(pages))
    bad = False
    if folder == "brindlecombe-vt-pd":
        # the contents lines carry each day's first and last incident number
        pairs = [(x["first"], x["last"]) for x in toc]
        real = [(r["recs"][0][0], r["recs"][-1][0]) if r["recs"] else (D, D) for r in reps]
        bad |= pairs != real or sum(a != D for a, _ in pairs) < 20 or not any(a == b != D for a, b in pairs)
        bad |= sum(len(IDS[folder].findall(ln)) == 2 for ln in pages[0].splitlines()) < 20
        bad |= allids == ids or len(allids) < len(ids) + 40
    if folder == "caddowmere-county-mn-so":
        # blocks broken over a day's pages, the case number printed again on the continuation page
        recs = {num: pg for r in reps for num, _, pg, _ in r["recs"]}
        conts = []
        for p, page in enumerate(pages, 1):
            body = [ln for ln in page.splitlines() if ln.strip() and not FURN[folder].match(ln)]
            for m in re.finditer(r"(?m)^ *CASE NO: +(CC26-\d{5}) +\(CONTINUED FROM PAGE (\d+)\)", page):
                k = FOLIO[folder].search(page)
                conts.append(m.group(1))
                bad |= not body or m.group(0).strip() != body[0].strip() or not k or int(k.group(1)) < 2
                pg = recs.get(m.group(1), [])
                bad |= pg != [p - 1, p] or int(m.group(2)) != int(k.group(1)) - 1
        bad |= len(conts) < 3 or len(set(conts)) != len(conts)
        bad |= sum(m > 1 for _, m in runs) < 3 or sorted(allids) != sorted(ids + conts)
    if folder == "fenwold-wi-pd":
        # each day printed by one of three shifts, each shift with its own column order and row shape
        heads = {"A": r"Incident No\. +Received +Call Type +Location +Disposition",
                 "B": r"Rec'd +Call Type +Location +Incident # +Disp\.",
                 "C": r"TIME +INCIDENT +CALL TYPE / LOCATION +DISP"}
        shifts = []
        for r in reps:
            page = pages[r["page"] - 1]
            who = re.findall(r"(?i)printed by ([abc]) shift", page)
            sh = who[0].upper() if len(who) == 1 else "?"
            shifts.append(sh)
            bad |= sh == "?" or not re.search(heads[sh], page) or any(
                re.search(heads[o], page) for o in heads if o != sh)
            for _, text, _, _ in r["recs"]:
                m = START[folder].match(text)
                bad |= m.group({"A": "id", "B": "id2", "C": "id3"}.get(sh, "id")) is None
        bad |= [x["shift"] for x in toc] != shifts or any(shifts.count(s) < 3 for s in "ABC")
    if folder == "harlowby-nc-pd":
        # days reissued as REVISED right after the first issue: same ids plus a late entry, values corrected
        revs = [i for i, r in enumerate(reps) if r["rev"]]
        bad |= len(revs) != 2 or [bool(x["rev"]) for x in toc] != [r["rev"] for r in reps]
        changed_any = False
        for i in revs:
            orig, rev = reps[i - 1], reps[i]
            bad |= i == 0 or orig["date"] != rev["date"] or orig["rev"]
            a = {num: " ".join(MARK.sub("", t).split()) for num, t, _, _ in orig["recs"]}
            b = {num: " ".join(MARK.sub("", t).split()) for num, t, _, _ in rev["recs"]}
            added = [x for x in b if x not in a]
            changed = [x for x in a if x in b and a[x] != b[x]]
            bad |= set(a) - set(b) != set() or len(added) != 1 or len(changed) != 2
            note = " ".join(rev["text"].split())
            want = f"Corrected: \\w+ of {changed[0] if changed else '-'}; \\w+ of {changed[-1] if changed else '-'}\\. " \
                   f"Added: {added[0] if added else '-'} \\(late entry\\)"
            bad |= not re.search(want, note)
            for s in e["sample_records"]:
                if s["case_number"] in changed:
                    changed_any |= any(not in_order(tokens(v), tokens(a[s["case_number"]])) for v in s.values())
        bad |= not changed_any or len(allids) < len(ids) + 15
        cits = {(num, c) for num, text, _ in records(folder, pages)
                for c in re.findall(r"Citation\s+(H\d{7})\s+issued\.", text)}
        bad |= cits != {(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] == "citation"}
    if folder == "kestrelford-me-pd":
        # daily report numbers shaped like incident numbers, in the index, the head and the footer
        rel = {r["number"] for r in e["related_numbers"]}
        for r in reps:
            rn = r["rn"] or "-"
            bad |= rn != f"2026-{r['date']:%m%d}" or rn in ids or rn in rel
            foot = re.findall(r"(?m)^ *Daily Report (2026-\d{4}) +Page \d+ of \d+ *$",
                              "\n".join(pages[r["page"] - 1:r["page"] - 1 + lengths.get(r["page"], 1)]))
            bad |= foot != [rn] * lengths.get(r["page"], 1)
        bad |= [x["rn"] for x in toc] != [r["rn"] for r in reps]
        bad |= not all(IDS[folder].fullmatch(x) for x in ids) or len(allids) < len(ids) + 3 * len(reps)
    if bad:
        problems.append(f"{name}: {folder} layout trap does not hold")
    return problems


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        full = run(["pdftotext", "-layout", str(pdf), "-"])
        pages = full.split("\f")[:-1]
        if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
            problems.append(f"{pdf.name}: sha256/bytes differ")
        if len(pages) != e["pages"]:
            problems.append(f"{pdf.name}: pages {len(pages)} vs {e['pages']}")
        if len(data) >= 200_000:
            problems.append(f"{pdf.name}: {len(data)} bytes")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        problems += check_numbers(pdf.name, full, e)
        recs = records(folder.name, pages)
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(x) for x in TOTAL[folder.name].findall(re.sub(r"\s+", " ", full))]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(pdf.name, recs, e)
        problems += check_layout(folder.name, pdf.name, e, pages)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {len(pages)} pages, "
              f"{len(e['daily_reports'])} daily reports, {len(e['related_numbers'])} related numbers, "
              f"{len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs178.py"), tmp], check=True)
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
