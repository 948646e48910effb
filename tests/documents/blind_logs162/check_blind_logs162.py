"""Stand-alone check of the held-out set blind_logs162 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals len(case_numbers) and
is 40-150 with no duplicate id; every id and related number is in the `pdftotext -layout` text at least
as often as listed, and no number is both; a layout-specific stretch-start pattern (which also finds the
non-record stretches: column headers, page titles, school-day headings, part headings, legends, closing
lines) gives exactly the listed ids in order; for the referral register the stretches are runs of
consecutive rows with the same police case, rows without one being no record; the document's own count
equals record_count; every sample value is printed inside its own record's stretch of text, its words in
order; size < 200 KB; plus one check of each layout's trap. With --regen, regenerating must give
identical files. `--dir DIR` checks a copy elsewhere.
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
LARK, COBB, BRIGHT, DUN, ASH = ("larkmoor-usd-or-pd", "cobb-hollow-county-schools-ga-pd", "brightwater-sd-wa-police",
                                "dunmore-valley-usd-co", "ashcombe-public-schools-mn")
DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday"
DOW = "Mon|Tue|Wed|Thu|Fri|Sat|Sun"
LABELS2 = ["Police Case", "District Case", "Referral", "School", "Date", "Time", "Period", "Type", "Location",
           "Disposition", "Setting", "SRO"]
NOT_JUV = ["District Case:", "Referral:", "Time:", "Period:", "Type:", "Location:", "Disposition:", "Setting:"]

# stretch-start patterns read off the text (not used by prr); a match with group "rec" starts a record
# stretch whose id is group "id" (or, where ID_IN has a pattern, the one match of it inside the
# stretch); the other alternatives start stretches that are no records
START = {
    LARK: re.compile(
        r"^ *(?:(?P<rec>(?P<id>LU25-\d{5}) +(?P<rd>\d\d/\d\d/\d{4}) (?P<rt>\d\d:\d\d) +(?P<od>\d\d/\d\d/\d{4}) "
        r"(?P<ot>\d\d:\d\d|[A-Z][A-Za-z0-9 ]*?)(?= {2,}))|(?P<head>Case No +Reported +Occurred +Campus)"
        r"|LARKMOOR UNIFIED SCHOOL DISTRICT|(?P<legend>Bell schedule \(secondary campuses\):)|Campus codes:"
        r"|Page \d+ of \d+|Total incidents this log:)", re.M),
    COBB: re.compile(
        rf"^ *(?:(?P<rec>Police Case: (?P<id>26-\d{{6}}))|COBB HOLLOW COUNTY SCHOOLS|(?:{DAYS}) \d\d/\d\d/\d{{4}} - "
        r"school day \d+|Juvenile records are summarised|Page \d+ of \d+|Incidents in this summary:)", re.M),
    BRIGHT: re.compile(
        rf"^ *(?:(?P<rec>(?:{DOW}) \d\d/\d\d/\d{{4}}, )|Brightwater School District Police \[invented\]"
        rf"|(?:{DAYS}), [A-Z][a-z]+ \d+, 2025 \u2014 school day \d+|Police case numbers are assigned"
        r"|Narrative - page|Incidents in this narrative:)", re.M),
    DUN: re.compile(
        rf"^ {{0,8}}(?:(?P<rec>(?P<n>\d{{1,3}})\. +(?=(?:{DOW}) \d\d/|[A-Z][A-Za-z.' -]+ case \S+ \(lead agency\)))"
        r"|(?P<part>[AB])\. +[A-Z]{3,}|Part [AB] total:|DUNMORE VALLEY UNIFIED|SRO Program report to the Board"
        r"|Board packet item|This report lists|Total incidents reported)", re.M),
    ASH: re.compile(
        r"^ *(?:(?P<rec>(?P<ref>RF25-\d{5}) )|(?P<head>Referral # +Date +Per)|ASHCOMBE PUBLIC SCHOOLS|Per: P1-P7"
        r"|Register page|Referrals listed:)", re.M),
}
ID_IN = {BRIGHT: re.compile(r"\b[Pp]olice case (25-\d{5})\b"), DUN: re.compile(r"\bSRO case (DV26-\d{4})\b")}
CASE5 = re.compile(r"(?<![\w-])25-\d{6}(?![\w-])")  # a police case in a register row
TOTAL = {  # the document's own count of records
    LARK: re.compile(r"Total incidents this log: (\d+)"),
    COBB: re.compile(r"Incidents in this summary: (\d+)"),
    BRIGHT: re.compile(r"Incidents in this narrative: (\d+)"),
    DUN: re.compile(r"Total incidents reported for February 2026: (\d+)\."),
    ASH: re.compile(r"Police incidents: (\d+)"),
}


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def flat(s):
    return re.sub(r"\s+", " ", s)


def check_numbers(name, t, e):
    problems = []
    ft = flat(t)
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    for num in set(ids + related):
        want = ids.count(num) + related.count(num)
        have = len(re.findall(rf"(?<![\w.-]){re.escape(num)}(?![\w-]|\.\d)", ft))
        if have < want:
            problems.append(f"{name}: {num} printed {have}x, listed {want}x")
    for num in set(related) & set(ids):
        problems.append(f"{name}: {num} is both an id and a related number")
    if len(set(ids)) != len(ids):
        problems.append(f"{name}: an id is listed twice")
    for r in e["related_numbers"]:
        if r["record"] not in ids:
            problems.append(f"{name}: related number {r['number']} belongs to no listed record")
    return problems


def blocks(folder, t):
    """(id or None, text stretch, start offset, match) per stretch, in print order; for the register, runs of
    consecutive rows with the same police case are merged into one stretch."""
    starts = list(START[folder].finditer(t))
    out, last_row = [], None
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        text = t[m.start():end]
        num = None
        if m.group("rec") is not None:
            if folder == ASH:
                found = CASE5.findall(text.splitlines()[0])
                num = found[0] if len(found) == 1 else None
                if num and last_row is not None and out[last_row][0] == num:  # the same incident, next student
                    prev = out[last_row]
                    out[last_row] = (num, prev[1] + text, prev[2], prev[3])
                    continue
                last_row = len(out)
            elif folder in ID_IN:
                found = ID_IN[folder].findall(flat(text))
                num = found[0] if len(found) == 1 else f"?{len(found)} ids"
            else:
                num = m.group("id")
        out.append((num, text, m.start(), m))
    return out


def records(folder, t):
    """Record stretches: (id, text, start offset)."""
    return [(num, text, start) for num, text, start, _ in blocks(folder, t) if num]


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


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, bad = e["case_numbers"], [num for num, _, _ in recs] != e["case_numbers"]
    bl = blocks(folder, t)
    pages = t.count("\f")
    if folder == LARK:
        # bell periods in the Occurred column, explained only by the legend at the foot of every page
        legend = {}
        for lab, a, _ in re.findall(r"(Before school|After school|Advisory|Lunch|P\d) (\d\d:\d\d)-(\d\d:\d\d)", t):
            legend.setdefault(lab, a)
        heads = sum(bool(m.group("head")) for _, _, _, m in bl)
        legends = sum(bool(m.group("legend")) for _, _, _, m in bl)
        periods = 0
        for num, _, _, m in bl:
            if not num or re.fullmatch(r"\d\d:\d\d", m.group("ot")):
                continue
            periods += 1
            start = legend.get(m.group("ot"))
            bad |= start is None or m.group("od") != m.group("rd") or m.group("rt") < (start or "99")
        timed = re.findall(r"(?m)^ *LU25-\d{5} +\S+ \S+ +\d\d/\d\d/\d{4} \d\d:\d\d ", t)  # a time-only reading
        bad |= (periods < 10 or len(timed) != len(ids) - periods or len(legend) != 11 or heads != pages
                or legends != pages or ids != sorted(ids))
    if folder == COBB:
        # juvenile records collapsed to two lines, every detail withheld
        juv = []
        for num, text, _, _ in bl:
            if not num:
                continue
            if "DETAILS WITHHELD" in text:
                juv.append(num)
                bad |= any(lab in text for lab in NOT_JUV) or not re.search(r"School: \d{4} .*Date: ", text)
            else:
                labels = re.findall(r"(Police Case|District Case|Referral|School|Date|Time|Period|Type|Location|"
                                    r"Disposition|Setting|SRO):", text)
                bad |= labels != LABELS2
        dist = {(num, x) for num, text, _, _ in bl if num for x in re.findall(r"District Case: (DC26-\d{4})", text)}
        refs = {(num, x) for num, text, _, _ in bl if num for x in re.findall(r"Referral: (R\d{4}-\d{3})", text)}
        bad |= (juv != e.get("juvenile_withheld") or len(juv) < 5 or len(re.findall(r"\bType:", t)) != len(ids) - len(juv)
                or dist != rel(e, "district_case") or refs != rel(e, "referral"))
    if folder == BRIGHT:
        # the school's district case, of the police case's shape, often written first
        dist, refs, first = set(), set(), 0
        for num, text, _, _ in bl:
            if not num:
                continue
            ft = flat(text)
            for x in re.findall(r"\b[Dd]istrict case (25-\d{5})\b", ft):
                dist.add((num, x))
            refs |= {(num, x) for x in re.findall(r"\bReferral (R-\d+) was written", ft)}
            shaped = re.findall(r"(?<![\w-])25-\d{5}(?![\w-])", ft)
            if shaped and shaped[0] != num:
                first += 1
                bad |= not re.search(rf"District case {shaped[0]} was opened by .* took police case {num}\.", ft)
            bad |= len(shaped) > 2
        bad |= (dist != rel(e, "district_case") or refs != rel(e, "referral") or first < 10
                or any(x in ids for _, x in dist))
    if folder == DUN:
        # numbering starts again in part B, whose paragraphs open with the lead agency's case number
        parts, lead, part = {}, set(), None
        for num, text, _, m in bl:
            if m.group("part"):
                part = m.group("part")
                parts[part] = []
                continue
            if not num:
                continue
            if part is None:
                return [f"{name}: {folder} layout trap does not hold"]
            parts[part].append(int(m.group("n")))
            ft = flat(text).strip()
            lm = re.match(r"\d+\. ([A-Z][A-Za-z.' -]+) case (\S+) \(lead agency\)\. ", ft)
            if part == "B":
                bad |= lm is None or ft.find(num) < ft.find(lm.group(2) if lm else "")
                if lm:
                    lead.add((num, lm.group(2)))
            else:
                bad |= "(lead agency)" in ft
        tot = {p: int(x) for p, x in re.findall(r"Part ([AB]) total: (\d+) incidents\.", t)}
        counts = {p: len(v) for p, v in parts.items()}
        bad |= (sorted(parts) != ["A", "B"] or any(v != list(range(1, len(v) + 1)) for v in parts.values())
                or tot != counts or e.get("part_counts") != counts or counts.get("B", 0) < 5
                or lead != rel(e, "lead_agency_case") or max(max(v) for v in parts.values()) >= len(ids))
    if folder == ASH:
        # one row per student referral: an incident's case repeated on consecutive rows, admin rows without one
        rows = re.findall(r"(?m)^ *(RF25-\d{5}) (.*)$", t)
        cases = [CASE5.findall(rest) for _, rest in rows]
        admin = [ref for (ref, rest), c in zip(rows, cases) if not c and " \u2014 " in rest]
        refs = {(c[0], ref) for (ref, _), c in zip(rows, cases) if c}
        multi = [num for num, text, _ in recs if len(re.findall(r"(?m)^ *RF25-\d{5} ", text)) > 1]
        for _num, text, _ in recs:  # the rows of one incident agree on everything but grade and school action
            shape = set()
            for ln in text.splitlines():
                if ln.strip().startswith("RF25-"):
                    c = re.split(r" {2,}", ln.strip())
                    shape.add(tuple(c[1:4] + c[5:11]) if len(c) == 12 else None)
            bad |= len(shape) != 1 or None in shape
        nums = [int(ref[5:]) for ref, _ in rows]
        printed = re.findall(r"Referrals listed: (\d+) +With a police case: (\d+)", t)
        bad |= (printed != [(str(len(rows)), str(len(rows) - len(admin)))] or len(rows) != e.get("register_rows")
                or len(admin) + sum(bool(c) for c in cases) != len(rows) or len(admin) < 10 or len(multi) < 5
                or refs != rel(e, "referral") or nums != list(range(nums[0], nums[0] + len(nums))))
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs162.py"), tmp], check=True)
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
