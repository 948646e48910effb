"""Stand-alone check of the held-out set blind_logs160 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150 with no duplicate id; every id and related number is in the
`pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
stretch-start pattern (which also finds the non-record stretches: column headers, page titles,
continued entries, closing lines) gives exactly the listed ids in order; for the transposed grid the
stretches are the columns under each panel's `#k` numbers, read from the word boxes of
`pdftotext -bbox`; the document's own count equals record_count; every sample value is printed
inside its own record's stretch of text, its words in order; size < 200 KB; plus one check of each
layout's trap. With --regen, regenerating must give identical files. `--dir DIR` checks a copy
elsewhere.
"""

import hashlib
import html
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
GRID = "caldbeck-township-pa-pd"
ROWS5 = ["Seq", "CAD #", "Report #", "Case #", "Date", "Time", "Call type", "Location", "Beat", "Unit", "Badge",
         "Disposition", "Citation #", "Arrest #", "Property #", "Tow #"]
LABELS2 = ["Orig Case", "Case", "CAD", "Report", "Citation", "Arrest", "Date", "Time", "Type", "Location", "Beat",
           "Unit", "Property", "Tow", "Evidence", "Badge", "Disposition"]

# stretch-start patterns read off the text (not used by prr); a match with group "rec" starts a record
# stretch whose id is group "id" (or, where ID_IN has a pattern, the one match of it inside the
# stretch); the other alternatives start stretches that are no records
START = {
    "ashdown-ferry-ne-pd": re.compile(
        r"^ *(?:(?P<rec>(?P<cad>26-\d{6}) +(?P<id>26-\d{6}) +(?P<date>\d\d/\d\d/\d{4}) +(?P<time>\d\d:\d\d) )"
        r"|(?P<head>CAD Event +Case No )|ASHDOWN FERRY POLICE DEPARTMENT|Page \d+ of \d+|Total incidents:)", re.M),
    "morrow-glen-county-ks-so": re.compile(
        r"^ *(?:(?P<rec>Orig Case:)|MORROW GLEN COUNTY SHERIFF|Page \d+ of \d+|End of listing:)", re.M),
    "pellbridge-me-pd": re.compile(
        r"^ *(?:(?P<rec>(?P<dow>Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?P<date>\d\d/\d\d/\d{4}) (?P<time>\d\d:\d\d) \u2014 )"
        r"|Pellbridge Police Department \[invented\]|Text view \u2014 page|Incidents in this view:)", re.M),
    "dunvegan-springs-az-pd": re.compile(
        r"^ *(?:(?P<n>\d+)\. +(?:(?P<rec>Case (?P<id>26-\d{5}) \u2014 )|(?P<cont>\(cont\. of (?P<of>26-\d{5})\) ))"
        r"|DUNVEGAN SPRINGS POLICE|Page \d+ of \d+|Listing complete:)", re.M),
    GRID: re.compile(r"^Seq +#\d+", re.M),
}
ID_IN = {"morrow-glen-county-ks-so": re.compile(r"(?<!Orig )\bCase: +(MG26-\d{5})\b"),
         "pellbridge-me-pd": re.compile(r"\b[Cc]ase\s+(2026-\d{5})(?![\w-])")}
TOTAL = {  # the document's own count of records
    "ashdown-ferry-ne-pd": re.compile(r"Total incidents: (\d+)"),
    "morrow-glen-county-ks-so": re.compile(r"End of listing: (\d+) incidents"),
    "pellbridge-me-pd": re.compile(r"Incidents in this view: (\d+)\."),
    "dunvegan-springs-az-pd": re.compile(r"Listing complete: (\d+) incidents"),
    GRID: re.compile(r"(?m)^ *Incidents: (\d+) *$"),
}


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def grid_text(pdf):
    """The page text rebuilt from `pdftotext -bbox` word boxes, one character per 4.2 pt (Courier 7)."""
    pages = []
    for page in re.findall(r"<page .*?</page>", run(["pdftotext", "-bbox", str(pdf), "-"]), re.S):
        rows = {}
        for x, y, w in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>(.*?)</word>', page):
            rows.setdefault(round(float(y)), []).append((float(x), html.unescape(w)))
        lines = []
        for y in sorted(rows):
            ln = ""
            for x, w in sorted(rows[y]):
                col = max(round((x - 36) / 4.2), len(ln) + 1 if ln else 0)
                ln = ln.ljust(col) + w
            lines.append(ln)
        pages.append("\n".join(lines))
    return "\f".join(pages) + "\f"


def stretch_text(folder, pdf):
    """The text the stretches are read from: `pdftotext -layout`, or the word-box grid for the grid."""
    return grid_text(pdf) if folder == GRID else run(["pdftotext", "-layout", str(pdf), "-"])


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
    for num in set(related) & set(ids):
        problems.append(f"{name}: {num} is both an id and a related number")
    if len(set(ids)) != len(ids):
        problems.append(f"{name}: an id is listed twice")
    for r in e["related_numbers"]:
        if r["record"] not in ids:
            problems.append(f"{name}: related number {r['number']} belongs to no listed record")
    return problems


def panels(t):
    """Grid panels: (labels of the 16 lines, columns), each column a list of 16 cell values."""
    out = []
    lines = t.replace("\f", "\n").splitlines()
    for i, ln in enumerate(lines):
        if not START[GRID].match(ln):
            continue
        rows = lines[i:i + len(ROWS5)]
        starts = [m.start() for m in re.finditer(r"#\d+", ln)]
        bounds = list(zip(starts, starts[1:] + [10_000]))
        labels = [row[:starts[0]].strip() for row in rows]
        cols = [[row[a:b].strip() for row in rows] for a, b in bounds]
        out.append((labels, cols))
    return out


def blocks(folder, t):
    """(id or None, text stretch, start offset, match) per stretch, in print order."""
    if folder == GRID:
        out = []
        for labels, cols in panels(t):
            for col in cols:
                num = col[ROWS5.index("Case #")] if labels == ROWS5 else None
                out.append((num or None, "\n".join(col), 0, None))
        return out
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
    if folder == "ashdown-ferry-ne-pd":
        cads, links, heads, prev = set(), set(), 0, ""
        for num, text, _, m in bl:
            heads += bool(m.group("head"))
            if not num:
                continue
            same = re.findall(r"(?<![\w-])26-\d{6}(?![\w-])", text.splitlines()[0])
            bad |= same[:2] != [m.group("cad"), num] or len(same) > 3 or m.group("cad") <= prev
            prev = m.group("cad")
            cads.add((num, m.group("cad")))
            for link in same[2:]:
                links.add((num, link))
                bad |= link >= num
        bad |= (cads != rel(e, "cad") or links != rel(e, "linked_case") or len(links) < 5 or ids != sorted(ids)
                or heads != t.count("\f"))
    if folder == "morrow-glen-county-ks-so":
        origs = set()
        for num, text, _, _ in bl:
            if not num:
                continue
            labels = re.findall(r"(Orig Case|Case|CAD|Report|Citation|Arrest|Date|Time|Type|Location|Beat|Unit|"
                                r"Property|Tow|Evidence|Badge|Disposition):", text)
            naive = re.search(r"Case: +(\S+)", text)  # what a first-`Case:` reading takes
            orig = re.match(r" *Orig Case: +(MG26-\d{5})?", text)
            bad |= labels != LABELS2 or naive is None or naive.group(1) == num or orig is None
            if orig and orig.group(1):
                origs.add((num, orig.group(1)))
                bad |= orig.group(1) >= num
        bad |= origs != rel(e, "orig_case") or len(origs) < 5
    if folder == "pellbridge-me-pd":
        reports, first = set(), 0
        for num, text, _, _ in bl:
            if not num:
                continue
            flat = re.sub(r"\s+", " ", text)
            for rep in re.findall(r"\b[Rr]eport (\d{4}-\d{5}-\d\d)\b", flat):
                reports.add((num, rep))
                bad |= rep[:10] != num
            first += bool(re.search(rf"Report {re.escape(num)}-\d\d filed under case {re.escape(num)};", flat))
        naive = re.findall(r"\b2026-\d{5}\b", t)  # a search without a right-hand boundary
        bad |= reports != rel(e, "report") or len(reports) < 10 or first < 3 or len(naive) != len(ids) + len(reports)
    if folder == "dunvegan-springs-az-pd":
        items, conts, over, last = [], 0, set(), None
        for num, text, _, m in bl:
            if m.group("n") is None:
                last = None
                continue
            items.append(int(m.group("n")))
            if num:
                last = num
                continue
            conts += 1
            flat = re.sub(r"\s+", " ", text)
            body = flat.split(") ", 1)[1].strip()
            cells = [c.strip() for c in body.split("\u2014")]
            bad |= m.group("of") != last or any(not re.fullmatch(r"(Citation|Arrest|Property|Tow) \S+", c) for c in cells)
            over |= {(last, c.split()[1]) for c in cells}
            last = None  # one continued entry per row
        tot = re.findall(r"Listing complete: \d+ incidents in (\d+) entries\.", t)
        bad |= (items != list(range(1, len(items) + 1)) or conts < 5 or len(items) != len(ids) + conts
                or tot != [str(len(items))] or over != rel(e, "citation", "arrest", "property", "tow"))
    if folder == GRID:
        cads, seq, ps = set(), [], panels(t)
        for k, (labels, cols) in enumerate(ps):
            bad |= labels != ROWS5 or not 1 <= len(cols) <= 8 or (k < len(ps) - 1 and len(cols) != 8)
            for col in cols:
                seq.append(col[0])
                cads.add((col[3], col[1]))
                bad |= col[1] in ids
        bad |= (seq != [f"#{i}" for i in range(1, len(seq) + 1)] or cads != rel(e, "cad") or ids != sorted(ids)
                or len(ps) < 5)
    return [f"{name}: {folder} layout trap does not hold"] if bad else []


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        t = run(["pdftotext", "-layout", str(pdf), "-"])
        st = stretch_text(folder.name, pdf)
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
        recs = records(folder.name, st)
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(pdf.name, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, st, e, recs)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs160.py"), tmp], check=True)
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
