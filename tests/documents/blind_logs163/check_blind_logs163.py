"""Stand-alone check of the held-out set blind_logs163 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150 with no duplicate id; every id and related number is in the
`pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
stretch-start pattern (which also finds the non-record stretches: page titles and footers, column
headers, year and month headings, subtotals, the rollover band, closing lines) gives exactly the
listed ids in order; the document's own count equals record_count; every sample value is printed
inside its own record's stretch of text, its words in order; size < 200 KB; plus one check of each
layout's trap. With --regen, regenerating must give identical files. `--dir DIR` checks a copy
elsewhere.
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

# stretch-start patterns read off the text (not used by prr); a match with group "rec" starts a record
# stretch whose id is group "id" (or, where ID_IN has a pattern, the one match of it inside the
# stretch); the other alternatives start stretches that are no records
START = {
    "kestrel-bay-county-wa-so": re.compile(
        r"^ *(?:(?P<rec>(?P<id>S2[56]-\d{5}) +(?P<date>\d\d/\d\d/\d{4}) \d\d:\d\d )|(?P<head>Case No +Reported )"
        r"|KESTREL BAY COUNTY SHERIFF|Case Listing by Report Date|(?P<foot>Case numbers carry the fiscal year)"
        r"|(?P<fy>Fiscal year (?P<fyy>202[56]) cases listed: (?P<fyn>\d+))|(?P<band>FISCAL YEAR 2026 )"
        r"|Total cases listed:)", re.M),
    "thornmere-vt-pd": re.compile(
        r"^ *(?:(?P<rec>Incident No: (?P<id>\d{4}-\d{3}) +Received: (?P<date>\d\d/\d\d/\d{4}) )"
        r"|(?P<month>(?P<mname>DECEMBER 2025|JANUARY 2026) +- +(?P<mn>\d+) incidents)|THORNMERE POLICE"
        r"|(?P<ph>Incident Log, December 2025 - January 2026 +\| +(?P<phm>[A-Z]+ \d{4}))|Incident numbers: YYMM"
        r"|Period total:)", re.M),
    "calloway-springs-mo-pd": re.compile(
        rf"^ *(?:(?P<rec>(?P<date>\d\d/\d\d) \d\d:\d\d {D} )|(?P<sec>DECEMBER 2025|JANUARY 2026) *$"
        r"|CALLOWAY SPRINGS POLICE|Press Log +- |Press log page"
        r"|(?P<ph>Calloway Springs PD \[invented\] press log +- +(?P<phm>\w+ \d{4}))|Entries in this log:)", re.M),
    "oakhollow-township-mi-pd": re.compile(
        r"^ *(?:(?P<rec>(?P<n>\d+)\. +Incident (?P<id>20\d\d-\d{4}) )|(?P<head>CALENDAR YEAR (?P<y>\d{4}) - )"
        r"|OAKHOLLOW TOWNSHIP POLICE|Year-End and New Year|Page \d+ of \d+ +- |Entries under 2025:)", re.M),
    "brannock-harbor-nc-pd": re.compile(
        r"^ *(?:(?P<rec>\| (?P<id>2[56]-\d{6}) +\| (?P<date>\d\d/\d\d/\d\d) +\| )|\+-|\| INCIDENT +\|"
        r"|(?P<day>\| DAY TOTAL (?P<dd>\d\d/\d\d/\d\d): (?P<dn>\d+) INCIDENTS LISTED)|(?P<roll>\| \*\*\* )|RUN \d"
        r"|CALLS CLASSIFIED|RECORDS PRINTED|\*\*\* PAGE)", re.M),
}
ID_IN = {"calloway-springs-mo-pd": re.compile(r"\bCase\s+(\d\d-\d{5})\b")}
TOTAL = {  # the document's own count of records
    "kestrel-bay-county-wa-so": re.compile(r"Total cases listed: (\d+)"),
    "thornmere-vt-pd": re.compile(r"Period total: (\d+) incidents"),
    "calloway-springs-mo-pd": re.compile(r"Entries in this log: (\d+)\."),
    "oakhollow-township-mi-pd": re.compile(r"Total incidents: (\d+)\."),
    "brannock-harbor-nc-pd": re.compile(r"RECORDS PRINTED: (\d+)"),
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
    for r in e["related_numbers"]:  # a follow-up may cite an earlier record of the same log, nothing else
        if r["number"] in ids and (r["kind"] != "follow_up" or r["record"] not in ids
                                   or ids.index(r["number"]) >= ids.index(r["record"])):
            problems.append(f"{name}: {r['number']} is both an id and a related number")
    if len(set(ids)) != len(ids):
        problems.append(f"{name}: an id is listed twice")
    for r in e["related_numbers"]:
        if r["record"] not in ids:
            problems.append(f"{name}: related number {r['number']} belongs to no listed record")
    return problems


def blocks(folder, t):
    """(id or None, text stretch, start offset, match) per stretch, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        text = t[m.start():end]
        num = None
        if m.group("rec"):
            if folder in ID_IN:
                found = ID_IN[folder].findall(text)
                num = found[0] if len(found) == 1 else f"?{len(found)} ids"
            else:
                num = m.group("id")
        out.append((num, text, m.start(), m))
    return out


def records(folder, t):
    """Record stretches: (id, text, start offset)."""
    return [(num, text, start) for num, text, start, _ in blocks(folder, t) if num]


def tokens(s):
    return [x for x in re.split(r"[\s/|]+|(?<=\d)-(?=\d\d/)", s) if x]


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


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids = e["case_numbers"]
    bad = [num for num, _, _ in recs] != ids
    bl = blocks(folder, t)
    if folder == "kestrel-bay-county-wa-so":
        # fiscal-year prefix: S25 for June, S26 for July, every date in 2025; S26 restarts at 00001
        order, fy_lines, bands, seen = [], {}, 0, []
        for num, _, _, m in bl:
            if g(m, "fy"):
                fy_lines[g(m, "fyy")] = (int(g(m, "fyn")), len(seen))
            bands += bool(g(m, "band"))
            if g(m, "band"):
                order.append(len(seen))
            if not num:
                continue
            mm, _, yyyy = m.group("date").split("/")
            fy = num[1:3]
            bad |= yyyy != "2025" or (mm == "06") != (fy == "25") or mm not in ("06", "07")
            seen.append(num)
        s25 = [int(x[4:]) for x in seen if x.startswith("S25")]
        s26 = [int(x[4:]) for x in seen if x.startswith("S26")]
        k25 = len(s25)
        bad |= (s25 != sorted(s25) or s26 != sorted(s26) or not s26 or s26[0] != 1 or s25[-1] <= s26[0]
                or seen != [x for x in seen if x.startswith("S25")] + [x for x in seen if x.startswith("S26")]
                or bands != 1 or order != [k25] or fy_lines.get("2025") != (k25, k25)
                or fy_lines.get("2026", (0,))[0] != len(s26)
                or t.count("FY2026 began 07/01/2025") != t.count("\f"))
    if folder == "thornmere-vt-pd":
        # YYMM-sequence restarting monthly: prefix matches the received date, same sequence under both years
        seqs, heads, month, fups = {}, [], None, set()
        for num, text, _, m in bl:
            if g(m, "month"):
                month = g(m, "mname")
                heads.append((month, int(g(m, "mn"))))
            if not num:
                continue
            mm, _, yyyy = m.group("date").split("/")
            bad |= num[:4] != yyyy[2:] + mm or month != {"2512": "DECEMBER 2025", "2601": "JANUARY 2026"}.get(num[:4])
            seqs.setdefault(num[:4], []).append(int(num[5:]))
            for ref in re.findall(r"Follow-up to: (\d{4}-\d{3})", text):
                fups.add((num, ref))
                bad |= not num.startswith("2601") or not ref.startswith("2512") or ref not in ids
        dec, jan = seqs.get("2512", []), seqs.get("2601", [])
        bad |= (sorted(seqs) != ["2512", "2601"] or dec[:1] != [1] or jan[:1] != [1] or dec != sorted(set(dec))
                or jan != sorted(set(jan)) or len(set(dec) & set(jan)) < 15
                or heads != [("DECEMBER 2025", len(dec)), ("JANUARY 2026", len(jan))]
                or fups != rel(e, "follow_up") or len(fups) < 5)
    if folder == "calloway-springs-mo-pd":
        # no year in any entry; the year only in section headings and the running page header
        secs, year, mid_page = [], None, False
        for num, text, _, m in bl:
            if g(m, "sec"):
                secs.append(g(m, "sec"))
                year = g(m, "sec")[-2:]
            if not num:
                continue
            mm = m.group("date")[:2]
            bad |= bool(re.search(r"\b20\d\d\b|\d\d/\d\d/\d\d", text)) or num[:2] != year
            bad |= (mm == "12") != (year == "25") or mm not in ("12", "01")
        for page in t.split("\f"):
            head = re.search(r"press log +- +(\w+ \d{4})", page)
            if "JANUARY 2026" in page and head and head.group(1) == "December 2025":
                before = page[:page.index("JANUARY 2026")]
                mid_page |= bool(re.search(rf"(?m)^ *\d\d/\d\d \d\d:\d\d {D} ", before))
        jan = [x for x in ids if x.startswith("26-")]
        bad |= secs != ["DECEMBER 2025", "JANUARY 2026"] or not mid_page or jan[:1] != ["26-00001"]
    if folder == "oakhollow-township-mi-pd":
        # paragraph numbers restart under 2026; late 2025 entries printed among 2026's, numbered on in 2025
        heads, year, paras, sec25, late, seq26, between = [], None, {}, [], [], [], 0
        for num, text, _, m in bl:
            if g(m, "head"):
                year = g(m, "y")
                heads.append(year)
            if not num:
                continue
            paras.setdefault(year, []).append(int(m.group("n")))
            flat = re.sub(r"\s+", " ", text)
            mark = re.search(rf"{re.escape(num)} {D} LATE ENTRY \(entered (\d\d)/\d\d/(\d{{4}})\) {D} Reported "
                             r"(\d\d)/\d\d/(\d{4}) ", flat)
            if year == "2025":
                bad |= not num.startswith("2025-") or bool(mark) or "LATE ENTRY" in flat
                sec25.append(num)
            elif num.startswith("2025-"):
                bad |= not mark or mark.groups() != ("01", "2026", "12", "2025")
                late.append(num)
                between += bool(seq26)
            else:
                bad |= "LATE ENTRY" in flat
                seq26.append(num)
        counts = re.findall(r"Entries under 2025: (\d+)\. Entries under 2026: (\d+) \(including (\d+) late", t)
        n25, n26 = len(sec25), len(late) + len(seq26)
        bad |= (heads != ["2025", "2026"] or paras.get("2025") != list(range(1, n25 + 1))
                or paras.get("2026") != list(range(1, n26 + 1)) or len(late) < 2 or between < 2
                or sec25 != sorted(sec25) or seq26 != sorted(seq26) or late != sorted(late)
                or (late and sec25 and late[0] <= sec25[-1]) or seq26[:1] != ["2026-0001"]
                or counts != [(str(n25), str(n26), str(len(late)))])
    if folder == "brannock-harbor-nc-pd":
        # the rollover band cites the closing and opening numbers, which are not records
        seen, rolls, days, per_day = [], [], [], {}
        for num, text, _, m in bl:
            if g(m, "roll"):
                rolls.append((len(seen), re.sub(r"\s+", " ", text)))
            if g(m, "day"):
                days.append((g(m, "dd"), int(g(m, "dn"))))
            if num:
                seen.append(num)
                per_day.setdefault(m.group("date"), []).append(num)
        k25 = sum(x.startswith("25-") for x in seen)
        flat = " ".join(x for _, x in rolls)
        close = re.search(r"SERIES CLOSED AT (25-(\d{6})) \(([\d,]+) NUMBERS ISSUED IN 2025\)", flat)
        first = re.search(r"FIRST NUMBER (26-\d{6})", flat)
        s25 = [x for x in seen if x.startswith("25-")]
        s26 = [x for x in seen if x.startswith("26-")]
        bad |= (len(rolls) != 2 or {p for p, _ in rolls} != {k25} or not close or not first
                or seen != s25 + s26 or s25 != sorted(s25) or s26 != sorted(s26))
        if close and first and s25 and s26:
            bad |= (close.group(1) in ids or close.group(1) <= s25[-1] or int(close.group(3).replace(",", ""))
                    != int(close.group(2)) or int(close.group(2)) == len(ids) or first.group(1) in ids
                    or first.group(1) >= s26[0] or first.group(1) != "26-000001")
        bad |= days != [(d, len(v)) for d, v in per_day.items()] or sum(n for _, n in days) != len(ids)
        occ = [text for num, text, _, _ in bl if s26 and num == s26[0]]
        bad |= not occ or not re.search(r"\| 12/31/25 \d\d:\d\d-01/01/26 \d\d:\d\d", occ[0])
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
        if pages != e["pages"] or not 1 <= pages <= 12:
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs163.py"), tmp], check=True)
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
