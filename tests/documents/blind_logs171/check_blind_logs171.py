"""Stand-alone check of the held-out set blind_logs171 (does not import prr).

Every PDF is a spreadsheet print-out. For every PDF: sha256, bytes and pages match groundtruth.json;
record_count equals len(case_numbers) and is 40-150 with no duplicate id; every id and related number
is in the `pdftotext -layout` text at least as often as listed, and no number is both. The page
furniture (page header and footer, repeated column headers, column letters) is dropped and the pages
joined in order; on that text a layout-specific stretch-start pattern (which also finds the non-record
stretches: Count, TOTAL and pivot rows) gives exactly the listed ids in order. Two layouts read
differently: the sheet printed 'down, then over' takes its stretches from the left-panel pages and adds
to each the right-panel row that repeats its id; the sheet with bottom-aligned wrapped rows ends each
record at its id line (a stretch-end pattern), since the narrative starts above it. The document's
own count equals record_count; every sample value is printed inside its own record's stretch, its words
in order; size < 200 KB; plus one check of each layout's trap. With --regen, regenerating must give
identical files. `--dir DIR` checks a copy elsewhere.
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

FURN = {
    "ashcombe-vt-pd": re.compile(
        r"^ *(?:ashcombe_incident_log_2026-03\.xlsx |ASHCOMBE POLICE DEPARTMENT \[invented\] |Incident No +Reported "
        r"+Occurred|Page \d+ of \d+ *$)"),
    "brindlecombe-me-pd": re.compile(
        r"^ *(?:BRINDLECOMBE POLICE DEPARTMENT \[invented\] |A +B +C +D +E +F +G *$|1 +Incident No\. +Date "
        r"|Page \d+ of \d+ *$)"),
    "caddenham-county-wi-so": re.compile(
        r"^ *(?:caddenham_cfs_week06\.xlsx |Case # +(?:Call Received|Deputy) |Dispatch 555-0169 +Page \d+ of \d+)"),
    "dunmere-nc-pd": re.compile(
        r"^ *(?:Dunmere PD \[invented\] |Date +Time +Incident # +Type|Mar 16-29 +Page \d+ of \d+ *$)"),
    "eskford-township-mi-pd": re.compile(
        r"^ *(?:eskford_incidents_march\.xlsx |ESKFORD TOWNSHIP POLICE DEPARTMENT \[invented\] |Page \d+ of \d+ *$)"),
}
START = {
    "ashcombe-vt-pd": re.compile(
        r"^ *(?:(?P<rec>(?P<id>26-\d{5}) +(?P<date>\d\d/\d\d/2026) \d\d:\d\d )|(?P<count>Count +\d+ +\d+ *$)"
        r"|Row Labels )", re.M),
    "brindlecombe-me-pd": re.compile(
        r"^ *(?P<row>\d+)(?: +(?P<rec>(?P<id>\d{4,7}) +(?P<date>\d\d/\d\d/26) +\d\d:\d\d )| +TOTAL +\d+ *$| *$)", re.M),
    "caddenham-county-wi-so": re.compile(
        r"^ *(?:(?P<rec>(?P<id>S26-\d{5}) +(?P<date>\d\d/\d\d/2026) \d\d:\d\d )|TOTAL +\d+ *$)", re.M),
    "eskford-township-mi-pd": re.compile(
        r"^ *(?:(?P<rec>Incident No\. +(?P<id>\d{12}|\d\.\d{5}E\+11) +Received +(?P<date>\d\d/\d\d/2026) )"
        r"|Incident count +\d+)", re.M),
}
# Dunmere: a record ends at its id line (the cells sit at the bottom of a tall wrapped row)
END = {"dunmere-nc-pd": re.compile(
    r"^ *(?:(?P<date>[A-Z][a-z]{2} \d{1,2}/\d{1,2}/2026) +)?(?P<time>\d\d:\d\d) +(?P<id>DN26-\d{5}) .*$", re.M)}
DATE4 = re.compile(r"(?m)^ *(?P<date>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2}/\d{1,2}/2026)\b")
RIGHT = re.compile(r"(?m)^ *(?P<id>S26-\d{5}) +(?P<dep>\d{3})\b.*$")  # Caddenham right-panel rows
IDS = {
    "ashcombe-vt-pd": re.compile(r"\b26-\d{5}\b"),
    "brindlecombe-me-pd": re.compile(r"(?m)^ *\d+ +(\d{4,7}) "),
    "caddenham-county-wi-so": re.compile(r"\bS26-\d{5}\b"),
    "dunmere-nc-pd": re.compile(r"\b\d\d:\d\d +(DN26-\d{5})\b"),
    "eskford-township-mi-pd": re.compile(r"Incident No\. +(\d{12}|\d\.\d{5}E\+11)\b"),
}
TOTAL = {
    "ashcombe-vt-pd": re.compile(r"(?m)^ *Count +(\d+) +\d+ *$"),
    "brindlecombe-me-pd": re.compile(r"(?m)^ *\d+ +TOTAL +(\d+) *$"),
    "caddenham-county-wi-so": re.compile(r"(?m)^ *TOTAL +(\d+) *$"),
    "dunmere-nc-pd": re.compile(r"(?m)^ *Total +(\d+) *$"),
    "eskford-township-mi-pd": re.compile(r"(?m)^ *Incident count +(\d+) *$"),
}
MARK = re.compile(r"^@@ page (\d+) @@$", re.M)
TAIL = re.compile(r"(?:\s*^@@ page \d+ @@$)*\s*\Z", re.M)


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def is_left(page):
    return bool(re.search(r"(?m)^ *Case # +Call Received ", page))


def reading(folder, pages):
    """The pages in order, furniture lines dropped, each after a `@@ page k @@` marker (Caddenham: left panels)."""
    parts = []
    for k, page in enumerate(pages, 1):
        if folder == "caddenham-county-wi-so" and not is_left(page):
            continue
        lines = [ln for ln in page.splitlines() if not FURN[folder].match(ln)]
        parts.append(f"@@ page {k} @@\n" + "\n".join(lines))
    return "\n".join(parts) + "\n"


def blocks(folder, t, pages):
    """(id or None, text stretch, match) per stretch, in reading order."""
    out = []
    if folder in END:
        prev = 0
        for m in END[folder].finditer(t):
            out.append((m.group("id"), t[prev:m.end()], m))
            prev = m.end() + 1
        return out
    starts = list(START[folder].finditer(t))
    right = {}
    if folder == "caddenham-county-wi-so":
        for page in pages:
            if not is_left(page):
                for m in RIGHT.finditer(page):
                    right.setdefault(m.group("id"), []).append(m.group(0))
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(t)
        text = TAIL.sub("", t[m.start():end])
        num = m.group("id") if m.group("rec") else None
        if num and right:
            text += "\n" + "\n".join(right.get(num, []))
        out.append((num, text, m))
    return out


def records(folder, pages):
    return [(num, text) for num, text, _ in blocks(folder, reading(folder, pages), pages) if num]


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
    by_id = dict(recs)
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text = MARK.sub("", by_id[s["case_number"]])
        for key, val in s.items():
            if key == "reported_date":  # the merged day cell: checked with the day groups
                continue
            if not in_order(tokens(val), tokens(text)):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, *kinds):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if not kinds or r["kind"] in kinds}


def id_col(page, num, before=r""):
    """Column (character offset in its `pdftotext -layout` line) where the printed id starts."""
    m = re.search(rf"(?m)^({before}.*?)(?<![\w.-]){re.escape(num)}(?![\w-])", page)
    return len(m.group(1)) if m else None


WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')


def words(pdf):
    """Words of every page from `pdftotext -bbox`: [(page, xMin, yMax, text)] (y from the top of the page)."""
    out = []
    for k, page in enumerate(run(["pdftotext", "-bbox", str(pdf), "-"]).split("<page ")[1:], 1):
        out += [(k, float(m.group(1)), float(m.group(4)), m.group(5)) for m in WORD.finditer(page)]
    return out


def day_centres(e, boxes):
    """Dunmere: per day group, the date's baseline height minus the middle of the group's rows (from the
    baselines of the row above the group and of the group's last row: cells sit at the bottom of rows)."""
    ws = [w for w in boxes if w[3] != "Total"]
    idy = {t: (k, y) for k, x, y, t in ws if re.fullmatch(r"DN26-\d{5}", t) and 60 < x < 130}
    heads = {k: y for k, x, y, t in ws if t == "Incident" and y < 80}
    dates = [(k, y) for k, x, y, t in ws if re.fullmatch(r"\d{1,2}/\d{1,2}/2026", t) and x < 80]
    out = []
    ids = e["case_numbers"]
    for g, (k, y) in zip(e.get("day_groups", []), dates):
        if any(x not in idy for x in g["case_numbers"]):
            return None
        first = ids.index(g["case_numbers"][0])
        kp, yp = idy[ids[first - 1]] if first else (0, 0)
        top = yp if kp == idy[g["case_numbers"][0]][0] else heads.get(idy[g["case_numbers"][0]][0], 0)
        kl, yl = idy[g["case_numbers"][-1]]
        out.append(None if kl != k else round(y - (top + yl) / 2, 2))
    return out if len(out) == len(e.get("day_groups", [])) else None


def check_layout(folder, name, e, pages, boxes=None):
    """One check of the trap each layout is about, on the page texts (Dunmere: and the words' positions)."""
    ids = e["case_numbers"]
    n = len(ids)
    t = reading(folder, pages)
    bl = blocks(folder, t, pages)
    recs = [(num, text) for num, text, _ in bl if num]
    bad = [num for num, _ in recs] != ids
    full = "\f".join(pages)
    m = len(pages)
    if folder == "ashcombe-vt-pd":
        # ######## in Occurred; Count and SUM row; pivot tab after the log
        hashed = [num for num, text in recs if re.search(r"#{6,}", text)]
        bad |= hashed != [u["record"] for u in e.get("unreadable_cells", [])] or len(hashed) < 5
        units = [re.search(r"(?m) (\d) +(\d{3}) *$", text) for _, text in recs]
        bad |= not all(units)
        cnt = TOTAL[folder].findall(full)
        tot = re.findall(r"(?m)^ *Count +\d+ +(\d+) *$", full)
        bad |= cnt != [str(n)] or tot != [str(sum(int(u.group(1)) for u in units if u))]
        piv = pages[-1]
        bad |= "Row Labels" not in piv or bool(IDS[folder].findall(piv)) or not re.search(r"(?m)^.*Summary ", piv)
        rows = re.findall(r"(?m)^ *(\S.*?\S) {2,}(\d+) +(\d+) *$", piv)
        gt = [x for x in rows if x[0] == "Grand Total"]
        rows = [x for x in rows if x[0] != "Grand Total"]
        bad |= gt != [("Grand Total", str(n), tot[0] if tot else "")] or sum(int(c) for _, c, _ in rows) != n
        for typ, c, u in rows:
            mine = [um for (num, text), um in zip(recs, units)
                    if um and re.search(rf"(?<!\S){re.escape(typ)}(?= {{2,}})", text)]
            bad |= len(mine) != int(c) or sum(int(um.group(1)) for um in mine) != int(u)
        bad |= re.findall(r"Page (\d+) of (\d+)", full) != [(str(k), str(m)) for k in range(1, m + 1)]
        bad |= sum("IncidentLog" in p for p in pages) != m - 1
    if folder == "brindlecombe-me-pd":
        # column letters and row numbers printed; ids without their leading zeros, right-aligned
        for page in pages:
            bad |= not re.search(r"(?m)^ *A +B +C +D +E +F +G *$", page)
            bad |= not re.search(r"(?m)^ *1 +Incident No\. +Date ", page)
        rows = [int(mm.group("row")) for _, _, mm in bl]
        bad |= rows != list(range(2, n + 4)) or not re.search(rf"(?m)^ *{n + 3} +TOTAL +{n} *$", t)
        bare = [x for x in ids if not re.fullmatch(r"0\d{6}", x)]
        bad |= bare != e.get("ids_printed_without_leading_zeros") or len(bare) < 3
        for page in pages:
            cols = {num: id_col(page, num, r" *\d+ +") for num in ids}
            left = [c for num, c in cols.items() if c is not None and num not in bare]
            for num in bare:
                if cols[num] is not None:
                    bad |= not left or cols[num] <= min(left)
    if folder == "caddenham-county-wi-so":
        # down, then over: pages 1..h left panels, h+1..2h right panels of the same rows; ids twice
        h = m // 2
        bad |= m % 2 or [is_left(p) for p in pages] != [True] * h + [False] * h
        bad |= any(not re.search(r"(?m)^ *Case # +Deputy +Occurred From ", p) for p in pages[h:])
        for i in range(h):
            lids = re.findall(r"(?m)^ *(S26-\d{5}) ", pages[i])
            rids = [mm.group("id") for mm in RIGHT.finditer(pages[h + i])]
            bad |= lids != rids or not lids
        bad |= Counter(IDS[folder].findall(full)) != Counter(ids * 2)
        bad |= [bool(re.search(r"(?m)^ *TOTAL\b", p)) for p in pages] != [False] * (h - 1) + [True] + [False] * (
            h - 1) + [True]
        reps = {(num, x) for num, text in recs for x in re.findall(r"\b(R26-\d{4})\b", text)}
        bad |= reps != rel(e, "report") or len(reps) < 3
    if folder == "dunmere-nc-pd":
        # narrative above its id line; the merged day's date printed once, half way down the group
        first = sum(bool(re.search(r"\S", DATE4.sub("", MARK.sub("", text[:text.rfind("\n") + 1])))) for _, text in recs)
        bad |= first < 10
        groups = e.get("day_groups", [])
        dates = [(mm.group("date"), mm.start()) for mm in DATE4.finditer(t)]
        bad |= [d for d, _ in dates] != [g["date"] for g in groups]
        bad |= [x for g in groups for x in g["case_numbers"]] != ids
        pos = {num: (mm.start(), mm.end()) for num, _, mm in bl if num}
        after = 0
        for (_d, p), g in zip(dates, groups):
            a, b = g["case_numbers"][0], g["case_numbers"][-1]
            if a not in pos or b not in pos:
                return [f"{name}: {folder} layout trap does not hold"]
            prev = [pos[x][1] for x in ids[:ids.index(a)]][-1:] or [0]
            bad |= not prev[0] <= p <= pos[b][1]
            after += p > pos[a][1]
        bad |= after < len(groups) // 2
        # the merged cell is centred: the date sits half way between the group's top and bottom (within 3 pt)
        cen = day_centres(e, boxes) if boxes else None
        bad |= not cen or any(c is None or abs(c - cen[0]) > 3 for c in cen)
        for s in e["sample_records"]:
            g = [g for g in groups if s["case_number"] in g["case_numbers"]]
            bad |= [x["date"] for x in g] != [s.get("reported_date")]
        prior = {(num, x) for num, text in recs for x in re.findall(r"\bDN26-\d{5}\b", text) if x != num}
        bad |= prior != rel(e, "prior case") or len(prior) < 3
    if folder == "eskford-township-mi-pd":
        # 12-digit ids, a few printed in scientific notation (right-aligned); the digits are the report date
        sci = [x for x in ids if "E+" in x]
        bad |= sci != e.get("ids_in_scientific_notation") or len(sci) < 3 or len(set(sci)) != len(sci)
        for num, text in recs:
            mm = START[folder].match(text)
            mo, dd, yy = mm.group("date").split("/")
            digits = num[:6] if "E+" not in num else num.replace(".", "")[:6]
            bad |= digits != f"{yy[2:]}{mo}{dd}"
            bad |= not re.search(r"(?s)Nature .*Occurred.*\n *Location .*Officer .*\n *Disposition .*Report No\.", text)
        for page in pages:
            cols = {num: id_col(page, num, r" *Incident No\. +") for num in ids}
            left = [c for num, c in cols.items() if c is not None and num not in sci]
            for num in sci:
                if cols[num] is not None:
                    bad |= not left or cols[num] <= min(left) + 4
        reps = {(num, x) for num, text in recs for x in re.findall(r"Report No\. +(ER-26-\d{3})\b", text)}
        bad |= reps != rel(e, "report") or len(reps) < 3
    return [f"{name}: {folder} layout trap does not hold"] if bad else []


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        full = run(["pdftotext", "-layout", str(pdf), "-"])
        pages = full.split("\f")[:-1]
        if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
            problems.append(f"{pdf.name}: sha256/bytes differ")
        if len(pages) != e["pages"] or not 1 <= len(pages) <= 12:
            problems.append(f"{pdf.name}: pages {len(pages)} vs {e['pages']}")
        if len(data) >= 200_000:
            problems.append(f"{pdf.name}: {len(data)} bytes")
        if "[invented]" not in full:
            problems.append(f"{pdf.name}: agency not marked [invented]")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        problems += check_numbers(pdf.name, full, e)
        recs = records(folder.name, pages)
        found = [num for num, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: stretch pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(x) for x in TOTAL[folder.name].findall(full)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(pdf.name, recs, e)
        if recs:
            boxes = words(pdf) if folder.name == "dunmere-nc-pd" else None
            problems += check_layout(folder.name, pdf.name, e, pages, boxes)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {len(pages)} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs171.py"), tmp], check=True)
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
    if [f.name for f in folders] != sorted(FURN):
        problems.append(f"agency folders {[f.name for f in folders]}, expected {sorted(FURN)}")
    for folder in folders:
        problems += check(folder)
    if "--regen" in sys.argv:
        problems += regen(here)
    print("\n".join(problems) if problems else "all checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
