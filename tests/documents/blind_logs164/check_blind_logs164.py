"""Stand-alone check of the held-out set blind_logs164 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals len(case_numbers) and
is 40-150 with no duplicate id; every id and related number is in the `pdftotext -layout` text at least
as often as listed, and no number is both; a layout-specific stretch-start pattern (which finds every
call of every agency, and also the non-record stretches: page titles and footers, column headers, day
headings, linked calls, day totals, agency summaries, closing lines) gives, for the calls of the
releasing department only, exactly the listed ids in order; the document's own count equals
record_count; every sample value is printed inside its own record's stretch of text, its words in order;
size < 200 KB; plus one check of each layout's trap. With --regen, regenerating must give identical
files. `--dir DIR` checks a copy elsewhere.
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
DAYS = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"

# stretch-start patterns read off the text (not used by prr); a match with group "call" starts the
# stretch of one call of some agency, whose number is group "id" (or, where ID_IN has a pattern, the
# one match of it inside the stretch); IS_REC says whether that call is the releasing department's
# (a record); the other alternatives start stretches that are no calls
START = {
    "holloway-falls-ny-pd": re.compile(
        r"^ *(?:(?P<call>(?P<id>25-\d{6}) +(?P<date>\d\d/\d\d/\d{4}) \d\d:\d\d +(?P<agy>[A-Z]{2,5}) +"
        r"(?P<disc>LAW|FIRE|EMS) )|(?P<head>CAD No +Received )|TRI-COUNTY EMERGENCY|CAD Call Log"
        r"|(?P<legend>Agency codes: HFPD )|One CAD number series|CALLS BY AGENCY"
        r"|(?P<summ>(?P<sa>[A-Z]{2,5}) {3,}[A-Z][\w' -]+? {3,}(?P<sd>LAW|FIRE|EMS) +(?P<sn>\d+) *$)"
        r"|(?P<total>Total calls listed: (?P<tn>\d+)))", re.M),
    "marrowgate-wi-pd": re.compile(
        r"^ *(?:(?P<call>Call No: +(?P<id>CFS\d{4}-\d{6}) +Agency: (?P<agy>\S+) +Discipline: (?P<disc>\w+))"
        r"|(?P<link>>> Linked Call No: +(?P<lid>CFS\d{4}-\d{6}) +Agency: (?P<lagy>\S+) +Discipline: "
        r"(?P<ldisc>\w+))|LAKES REGION EMERGENCY|CAD Call Detail Report|Calls created from the same|Report CDR-"
        r"|(?P<close>MPD calls listed: (?P<cn>\d+) +Linked calls of other agencies shown: (?P<cl>\d+)))", re.M),
    "fenwick-pa-pd": re.compile(
        rf"^ *(?:(?P<call>(?P<date>\d\d/\d\d/\d{{4}}) \d\d:\d\d {D} (?P<agy>[A-Z][A-Za-z ]+?) "
        r"(?P<verb>were sent to|responded to) )"
        rf"|(?P<day>{DAYS}, March (?P<dn>\d+), 2025) *$|UPPER SAWMILL VALLEY|Daily Dispatch Summary,"
        r"|Public information line|Upper Sawmill Valley Regional|Summary page \d|(?P<close>Calls summarised:))",
        re.M),
    "cordell-junction-ks-pd": re.compile(
        rf"^ *(?:(?P<call>(?P<n>\d+)\. +Event (?P<id>E25-\d{{6}}) {D} (?P<date>\d\d/\d\d/\d{{4}}) \d\d:\d\d {D} "
        rf"(?P<juris>[A-Z][A-Z ]+?) {D}\s+Agency\s+(?P<agy>[A-Z]+)\s+\((?P<disc>law|fire|EMS)\))"
        r"|PRAIRIE HOLLOW CONSOLIDATED|Calls for Service, |The town after the time|Page \d+ of \d+"
        r"|(?P<close>Events listed: (?P<en>\d+)\.))", re.M),
    "ostrander-me-pd": re.compile(
        r"^ *(?:(?P<call>(?P<date>\d\d/\d\d/\d\d) \d\d:\d\d +(?P<id>KC25-\d{5}) )"
        r"|(?P<day>(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY \d\d/\d\d/\d\d) *$"
        r"|(?P<dt>DAY TOTALS (?P<dd>\d\d/\d\d/\d\d): +LAW (?P<dl>\d+) +FIRE (?P<df>\d+) +EMS (?P<de>\d+))"
        r"|KENNEBROOK COUNTY REGIONAL|OSTRANDER CONSOLE|(?P<head>TIME +LAW +\(OSTRANDER PD\))|EACH CALL IS WRITTEN"
        r"|SHEET \d+ OF|(?P<pt>PERIOD TOTALS: +LAW (?P<pl>\d+) +FIRE (?P<pf>\d+) +EMS (?P<pe>\d+) +ALL CALLS "
        r"(?P<pa>\d+)))", re.M),
}
ID_IN = {"fenwick-pa-pd": re.compile(r"\bCall\s+(\d{6}-\d{4})\b")}
OS_LAW_MAX, OS_FIRE_MAX = 50, 110  # columns of the call number in the pdftotext line: LAW < 50 <= FIRE < 110 <= EMS


def os_column(m):
    col = m.start("id") - m.start()
    return "LAW" if col < OS_LAW_MAX else "FIRE" if col < OS_FIRE_MAX else "EMS"


IS_REC = {
    "holloway-falls-ny-pd": lambda m, text: m.group("agy") == "HFPD",
    "marrowgate-wi-pd": lambda m, text: m.group("agy") == "MPD",
    "fenwick-pa-pd": lambda m, text: m.group("agy") == "Fenwick Police",
    "cordell-junction-ks-pd": lambda m, text: m.group("agy") == "CJPD",
    "ostrander-me-pd": lambda m, text: os_column(m) == "LAW",
}
TOTAL = {  # the document's own count of records (on whitespace-flattened text)
    "holloway-falls-ny-pd": re.compile(r"HFPD Holloway Falls Police Department LAW (\d+)"),
    "marrowgate-wi-pd": re.compile(r"MPD calls listed: (\d+)"),
    "fenwick-pa-pd": re.compile(rf"Calls summarised: \d+ {D} Fenwick Police (\d+);"),
    "cordell-junction-ks-pd": re.compile(r"By agency: CJPD (\d+),"),
    "ostrander-me-pd": re.compile(r"PERIOD TOTALS: LAW (\d+) "),
}
CASE = {  # police case numbers of the releasing department, printed in some records only
    "holloway-falls-ny-pd": re.compile(r"\bHF25-\d{5}\b"),
    "marrowgate-wi-pd": re.compile(r"\bM25-\d{5}\b"),
    "fenwick-pa-pd": re.compile(r"\bF25-\d{5}\b"),
    "cordell-junction-ks-pd": re.compile(r"\b2025-\d{6}\b"),
    "ostrander-me-pd": re.compile(r"\bOPD-25-\d{4}\b"),
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
        have = len(re.findall(rf"(?<![\w.-]){re.escape(num)}(?![\w-]|\.\d)", flat))
        if have < want:
            problems.append(f"{name}: {num} printed {have}x, listed {want}x")
    for num in set(ids) & set(related):
        problems.append(f"{name}: {num} is both an id and a related number")
    if len(set(ids)) != len(ids):
        problems.append(f"{name}: an id is listed twice")
    if len(set(related)) != len(related):
        problems.append(f"{name}: a related number is listed twice")
    for r in e["related_numbers"]:
        if r["record"] not in ids:
            problems.append(f"{name}: related number {r['number']} belongs to no listed record")
    return problems


def blocks(folder, t):
    """(record id or None, call number or None, text stretch, start offset, match) per stretch."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        text = t[m.start():end]
        cad = num = None
        if m.group("call"):
            if folder in ID_IN:
                found = ID_IN[folder].findall(text)
                cad = found[0] if len(found) == 1 else f"?{len(found)} ids"
            else:
                cad = m.group("id")
            num = cad if IS_REC[folder](m, text) else None
        out.append((num, cad, text, m.start(), m))
    return out


def records(folder, t):
    """Record stretches: (id, text, start offset)."""
    return [(num, text, start) for num, _, text, start, _ in blocks(folder, t) if num]


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
        text = by_id[s["case_number"]]
        for key, val in s.items():
            if not in_order(tokens(val), tokens(text)):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, *kinds):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if not kinds or r["kind"] in kinds}


def g(m, key):
    return m.groupdict().get(key) if m else None


def interleaved(flags):
    """How many times the print order switches between a record call and another agency's call."""
    return sum(a != b for a, b in zip(flags, flags[1:]))


def seqnum(cad):
    return int(re.sub(r"\D", "", cad.split("-", 1)[1]))


def cases_in(folder, recs):
    return {(num, c) for num, text, _ in recs for c in CASE[folder].findall(re.sub(r"\s+", " ", text))}


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids = e["case_numbers"]
    bad = [num for num, _, _ in recs] != ids
    bl = blocks(folder, t)
    calls = [(num, cad, text, m) for num, cad, text, _, m in bl if cad]
    flags = [bool(num) for num, cad, _, _, m in bl if cad or g(m, "link")]
    flat = re.sub(r"\s+", " ", t)
    bad |= cases_in(folder, recs) != rel(e, "police_case") or len(rel(e, "police_case")) < 10
    bad |= sum(not CASE[folder].search(re.sub(r"\s+", " ", text)) for _, text, _ in recs) < 10
    bad |= interleaved(flags) < 20
    if folder == "holloway-falls-ny-pd":
        # look-alike agency codes in one CAD series; the grand total counts every agency's calls
        disc = {"HFPD": "LAW", "HVPD": "LAW", "LCSO": "LAW", "HFFD": "FIRE", "HVFD": "FIRE", "TCA": "EMS"}
        per, summ, total = {}, {}, []
        for _, _, text, m in calls:
            a = m.group("agy")
            bad |= disc.get(a) != m.group("disc")
            per[a] = per.get(a, 0) + 1
            if a == "HVPD":
                per["HVPD case"] = per.get("HVPD case", 0) + bool(re.search(r"\bHV25-\d{5}\b", text))
            bad |= a != "HFPD" and bool(CASE[folder].search(text))
        for _, _, _, _, m in bl:
            if g(m, "summ"):
                summ[g(m, "sa")] = (g(m, "sd"), int(g(m, "sn")))
            if g(m, "total"):
                total.append(int(g(m, "tn")))
        seq = [seqnum(cad) for _, cad, _, _ in calls]
        bad |= (summ != {a: (d, per.get(a, 0)) for a, d in disc.items()} or total != [len(calls)]
                or total[0] == len(ids) or per.get("HVPD", 0) < 10 or per.get("HVPD case", 0) < 5
                or seq != sorted(set(seq)) or per.get("HFFD", 0) < 5
                or t.count("Agency codes: HFPD") != t.count("\f") or t.count("CAD No ") != t.count("\f"))
    if folder == "marrowgate-wi-pd":
        # other agencies' linked calls nested in the department's blocks, numbered in the same series
        links, parent, close, seq = set(), None, [], []
        for num, _, _, _, m in bl:
            if num:
                parent = num
                seq.append(seqnum(num))
                bad |= m.group("disc") != "LAW"
            if g(m, "link"):
                lid = g(m, "lid")
                bad |= g(m, "lagy") == "MPD" or lid in ids or parent is None or (parent, lid) in links
                links.add((parent, lid))
                seq.append(seqnum(lid))
            if g(m, "close"):
                close.append((int(g(m, "cn")), int(g(m, "cl"))))
        nextone = sum(seqnum(lid) == seqnum(p) + 1 for p, lid in links)
        bad |= (links != rel(e, "linked_call") or len(links) < 15 or nextone < 5 or seq != sorted(set(seq))
                or close != [(len(ids), len(links))] or len(calls) != len(ids)
                or len(re.findall(r"Call No: +CFS", t)) != len(ids) + len(links))
    if folder == "fenwick-pa-pd":
        # the city police and the township police of the same name; `assisted` sentences name the other
        per, assists, days = {}, 0, []
        for num, cad, text, m in calls:
            a = m.group("agy")
            ft = re.sub(r"\s+", " ", text)
            per[a] = per.get(a, 0) + 1
            bad |= (m.group("verb") == "were sent to") != (a in ("Fenwick Police", "Fenwick Township Police"))
            bad |= cad[:6] != m.group("date")[8:] + m.group("date")[:2] + m.group("date")[3:5]
            if a == "Fenwick Township Police":
                bad |= bool(CASE[folder].search(ft))
            if not num:
                assists += "Fenwick Police assisted" in ft
            else:
                bad |= "FT25-" in ft
        for _, _, _, _, m in bl:
            if g(m, "day"):
                days.append(int(g(m, "dn")))
        close = re.findall(rf"Calls summarised: (\d+) {D} (.*?)\.(?: |$)", flat)
        listed = dict((a, int(k)) for a, k in re.findall(r"([A-Z][A-Za-z ]+?) (\d+)(?:;|$)", close[0][1])) \
            if len(close) == 1 else {}
        bad |= (per.get("Fenwick Township Police", 0) < 15 or assists < 3 or listed != per
                or int(close[0][0]) != len(calls) or days != list(range(3, 10)) or len(calls) == len(ids)
                or not re.search(r"\bFT25-\d{4}\b", flat))
    if folder == "cordell-junction-ks-pd":
        # jurisdiction printed first is not the agency; paragraphs numbered over every agency's calls
        paras, away, inside, per = [], 0, 0, {}
        for num, _, text, m in calls:
            paras.append(int(m.group("n")))
            a, juris = m.group("agy"), m.group("juris")
            per[a] = per.get(a, 0) + 1
            away += bool(num) and juris != "CORDELL JUNCTION"
            inside += not num and m.group("disc") == "law" and juris == "CORDELL JUNCTION"
            bad |= (a == "CJPD") != bool(num) or (a in ("CJPD", "HPD", "RCSO")) != (m.group("disc") == "law")
            bad |= not num and bool(CASE[folder].search(text))
        ev = re.findall(r"Events listed: (\d+)\. By agency: (.*?)\.(?: |$)", flat)
        listed = dict((a, int(k)) for a, k in re.findall(r"([A-Z]+) (\d+)", ev[0][1])) if len(ev) == 1 else {}
        seq = [seqnum(cad) for _, cad, _, _ in calls]
        bad |= (paras != list(range(1, len(calls) + 1)) or not ev or int(ev[0][0]) != len(calls)
                or len(calls) == len(ids) or away < 4 or inside < 4 or listed != per or seq != sorted(set(seq)))
    if folder == "ostrander-me-pd":
        # the discipline is given only by the column a call is written in
        cols, days, day, per_day, pt = {}, [], None, {}, []
        for _, cad, text, _, m in bl:
            if g(m, "day"):
                day = g(m, "day")[-8:]
            if g(m, "dt"):
                days.append((g(m, "dd"), (int(g(m, "dl")), int(g(m, "df")), int(g(m, "de")))))
            if g(m, "pt"):
                pt.append(tuple(int(g(m, k)) for k in ("pl", "pf", "pe", "pa")))
            if not cad:
                continue
            col = os_column(m)
            cols[col] = cols.get(col, 0) + 1
            bad |= m.group("date") != day or bool(re.search(r"\b(?:OPD|OFD|KCA)\b",
                                                            text.split("\n")[0]))
            bad |= col != "LAW" and bool(CASE[folder].search(text))
            k = per_day.setdefault(day, [0, 0, 0])
            k[("LAW", "FIRE", "EMS").index(col)] += 1
            # every line of the cell is written at the column of its call number
            ind = m.start("id") - m.start()
            for ln in text.split("\n")[1:3]:
                bad |= len(ln) - len(ln.lstrip()) != ind
        seq = [seqnum(cad) for _, cad, _, _ in calls]
        bad |= (days != [(dd, tuple(v)) for dd, v in per_day.items()] or min(cols.values(), default=0) < 15
                or len(cols) != 3 or pt != [(cols["LAW"], cols["FIRE"], cols["EMS"], len(calls))]
                or seq != sorted(set(seq)) or t.count("TIME ") < t.count("\f"))
    return [f"{name}: {folder} layout trap does not hold"] if bad else []


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        t = run(["pdftotext", "-layout", str(pdf), "-"])
        pages = t.count("\f")
        if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
            problems.append(f"{pdf.name}: sha256/bytes differ")
        if pages != e["pages"] or not 1 <= pages <= 14:
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
        got = [int(x) for x in TOTAL[folder.name].findall(re.sub(r"\s+", " ", t))]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(pdf.name, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, t, e, recs)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs164.py"), tmp], check=True)
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
