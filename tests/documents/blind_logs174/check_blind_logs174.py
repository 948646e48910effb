"""Stand-alone check of the held-out set blind_logs174 (does not import prr).

In every PDF the record number is not at the start of its record. For every PDF: sha256, bytes and
pages match groundtruth.json; record_count equals len(case_numbers) and is 40-150 with no duplicate id;
every id and related number is in the `pdftotext -layout` text at least as often as listed; a related
number is never its own record's id, and equals another record's id only as a `cited incident`. The
pages' furniture (titles, running heads, column headers, footers) is dropped and the pages joined in
order; on that text a layout-specific stretch-start pattern, which matches the record's first line
(a date, a label, an item number: never the id) and also finds the non-record stretches (day headings,
closing lines), cuts the text into stretches, and the one id found inside each record stretch (at the
row's end, in the margin, in parentheses at the paragraph's end, on the line after the
date-time-location line, at the card's foot) gives exactly the listed ids in order, with records that
run over a page break kept in one stretch; the document's own count equals record_count; every sample
value is printed inside its own record's stretch of text, its words in order; size < 200 KB; plus one
check of each layout's trap. With --regen, regenerating must give identical files. `--dir DIR` checks a
copy elsewhere.
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
DOT = "\u00b7"

# per layout: FURN drops page furniture lines before the pages are joined; START: a match with group "rec"
# starts a record stretch, the other alternatives start stretches that are no records; ID_IN: the id is
# the one match of it inside a record stretch; TOTAL: the document's own count
FURN = {
    "brinsford-wi-pd": re.compile(
        r"^ *(?:BRINSFORD POLICE DEPARTMENT \[invented\] *$|Offense Activity Listing +03/02/2026 "
        r"|Reported +Occurred +Offense +Location|LISTING OAL-7 +printed)"),
    "corrowby-county-mt-so": re.compile(
        r"^ *(?:CORROWBY COUNTY SHERIFF'S OFFICE \[invented\] *$|Daily Incident Record +03/09/2026 "
        r"|INCIDENT NO\. *$|Record copy +\u00b7 +printed)"),
    "hadleigh-cross-vt-pd": re.compile(
        r"^ *(?:HADLEIGH CROSS POLICE DEPARTMENT \[invented\] *$|Police Blotter for the Selectboard "
        r"|Each entry ends with its incident number|Hadleigh Cross PD \[invented\] +\u00b7 +Police Blotter|\d+ *$)"),
    "tamberlin-ks-pd": re.compile(
        r"^ *(?:TAMBERLIN POLICE DEPARTMENT \[invented\] *$|Daily Activity +\u00b7 +03/16/2026 "
        r"|Items are numbered within each day\.)"),
    "ollerby-college-ma-pd": re.compile(
        r"^ *(?:OLLERBY COLLEGE POLICE DEPARTMENT \[invented\] *$|Daily Crime Log +\u00b7 +February 2026"
        r"|Ollerby College Police \[invented\] +\u00b7 +daily crime log)"),
}
START = {
    "brinsford-wi-pd": re.compile(
        r"^ {0,4}(?:(?P<rec>(?P<date>2026\d{4}) \d{4} )|Records listed:)", re.M),
    "corrowby-county-mt-so": re.compile(
        r"^ *(?:(?P<rec>Received +(?P<date>\d\d/\d\d/\d{4}) \d\d:\d\d )|End of record )", re.M),
    "hadleigh-cross-vt-pd": re.compile(
        r"^ *(?:(?P<rec>At \d\d:\d\d on (?P<date>\w+day, March \d+):)|Entries this week:)", re.M),
    "tamberlin-ks-pd": re.compile(
        rf"^ *(?:(?P<rec>(?P<n>\d+)\. +(?P<date>\d\d/\d\d/\d\d) \d\d:\d\d +{DOT} )"
        rf"|(?P<day>[A-Z]+DAY (?P<dd>\d\d/\d\d/\d{{4}}) +{D} +(?P<dn>\d+) incidents)|Total incidents, )", re.M),
    "ollerby-college-ma-pd": re.compile(
        r"^ *(?:(?P<rec>Reported: +(?P<date>\d\d/\d\d/\d{4}) \d\d:\d\d )|Entries in this log:)", re.M),
}
ID_IN = {
    "brinsford-wi-pd": re.compile(r"(?m)(?<= )(26\d{6})[ \t]*$"),
    "corrowby-county-mt-so": re.compile(r"\b(CC-26-\d{4})\b"),
    "hadleigh-cross-vt-pd": re.compile(r"\((26-\d{4})\)"),
    "tamberlin-ks-pd": re.compile(r"(?m)^ *(26-\d{5}) {2,}\S"),
    "ollerby-college-ma-pd": re.compile(r"Incident No\. (OC26-\d{4})\b"),
}
IDS = {  # any number of the id's shape
    "brinsford-wi-pd": re.compile(r"\b26\d{6}\b"),
    "corrowby-county-mt-so": re.compile(r"\bCC-26-\d{4}\b"),
    "hadleigh-cross-vt-pd": re.compile(r"\b26-\d{4}\b"),
    "tamberlin-ks-pd": re.compile(r"\b26-\d{5}\b"),
    "ollerby-college-ma-pd": re.compile(r"\bOC26-\d{4}\b"),
}
TOTAL = {
    "brinsford-wi-pd": re.compile(r"Records listed: (\d+)"),
    "corrowby-county-mt-so": re.compile(rf"End of record {D} (\d+) incidents\."),
    "hadleigh-cross-vt-pd": re.compile(r"Entries this week: (\d+)\."),
    "tamberlin-ks-pd": re.compile(r"Total incidents, 10 days: (\d+)"),
    "ollerby-college-ma-pd": re.compile(r"Entries in this log: (\d+)"),
}
MARK = re.compile(r"^@@ page (\d+) @@$", re.M)
TAIL = re.compile(r"(?:\s*^@@ page \d+ @@$)*\s*\Z", re.M)


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def page_texts(pdf):
    return run(["pdftotext", "-layout", str(pdf), "-"]).split("\f")[:-1]


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
        text = TAIL.sub("", t[m.start():end])  # a page marker just before the next stretch is not in this one
        pages = [f for pos, f in marks if pos < m.start()][-1:]
        pages += [f for pos, f in marks if m.start() < pos < m.start() + len(text)]
        num = None
        if m.group("rec"):
            found = ID_IN[folder].findall(text)
            num = found[0] if len(found) == 1 else f"?{len(found)} ids"
        out.append((num, text, pages, m))
    return out


def records(folder, pages):
    """Record stretches in reading order: (id, text, pages)."""
    return [(num, text, pg) for num, text, pg, _ in blocks(folder, reading(folder, pages)) if num]


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
        if r["number"] == r["record"]:
            problems.append(f"{name}: {r['number']} is listed as related to itself")
        if r["number"] in ids and r["kind"] != "cited incident":
            problems.append(f"{name}: {r['number']} is both an id and a related number")
        if r["record"] not in ids:
            problems.append(f"{name}: related number {r['number']} belongs to no listed record")
    if len(set(ids)) != len(ids):
        problems.append(f"{name}: an id is listed twice")
    return problems


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
        text = MARK.sub("", by_id[s["case_number"]])
        for key, val in s.items():
            if not in_order(tokens(val), tokens(text)):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, *kinds):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if not kinds or r["kind"] in kinds}


def lines_of(text):
    return [ln for ln in MARK.sub("", text).splitlines() if ln.strip()]


def id_line(folder, text, num):
    """Index of the (non-empty, marker-free) line of a stretch that carries its id."""
    return next(i for i, ln in enumerate(lines_of(text)) if re.search(rf"(?<![\w-]){re.escape(num)}(?![\w-])", ln))


def broken_before_id(text, num):
    """The stretch runs over a page break that falls between its first line and its id."""
    mk = MARK.search(text)
    return bool(mk) and text.find(num, mk.end()) > 0 and text.find(num) > mk.end()


def check_layout(folder, name, e, pages):
    """One check of the trap each layout is about (on a copy of the page texts)."""
    ids = e["case_numbers"]
    bl = blocks(folder, reading(folder, pages))
    recs = [(num, text, pg) for num, text, pg, _ in bl if num]
    bad = [num for num, _, _ in recs] != ids
    if bad:
        return [f"{name}: {folder} layout trap does not hold (records)"]
    if folder == "brinsford-wi-pd":
        # the id is the last value on the row's first line; the row's first eight-digit numbers are dates
        with_occ = 0
        for num, text, _ in recs:
            first = lines_of(text)[0]
            eights = re.findall(r"\b\d{8}\b", first)
            bad |= not first.rstrip().endswith(num) or len(eights) < 2 or eights[-1] != num
            bad |= not all(x.startswith("2026") for x in eights[:-1]) or bool(IDS[folder].match(first.strip()))
            with_occ += len(eights) == 3
        bad |= with_occ < 20
    if folder == "corrowby-county-mt-so":
        # the margin number sits beside a middle line of the block, never the first or last
        beside = 0
        for num, text, _ in recs:
            ls = lines_of(text)
            i = id_line(folder, text, num)
            bad |= i == 0 or i == len(ls) - 1 or not ls[-1].lstrip().startswith("Disposition")
            beside += bool(re.match(r" *(?:Location|Occurred|Narrative) ", ls[i]))
        bad |= beside < len(ids) // 3
    if folder == "hadleigh-cross-vt-pd":
        # other incidents' numbers cited before the paragraph's own, which ends it
        cites = set()
        known = set(ids)
        forward = 0
        for k, (num, text, _) in enumerate(recs):
            body = MARK.sub("", text).strip()
            bad |= not body.endswith(f"({num})")
            for c in re.findall(r"(?<![(\w-])(26-\d{4})\b(?!\))", body):
                cites.add((num, c))
                bad |= body.find(c) > body.find(f"({num})")
                forward += c in ids[k + 1:]
        bad |= cites != rel(e, "cited incident") or len(cites) < 8
        bad |= sum(c in known for _, c in cites) < 3 or not forward or sum(c not in known for _, c in cites) < 2
    if folder == "tamberlin-ks-pd":
        # items numbered 1..k under each day heading; the number on the line after the DTL line;
        # DTL lines orphaned at the foot of a page
        day_items, printed = [], []
        for num, _, _, m in bl:
            if m.group("day"):
                printed.append(int(m.group("dn")))
                day_items.append([])
            elif num:
                if not day_items:
                    bad = True
                    break
                day_items[-1].append(int(m.group("n")))
        bad |= [len(x) for x in day_items] != printed or sum(printed) != len(ids)
        bad |= any(x != list(range(1, len(x) + 1)) for x in day_items) or len(day_items) < 5
        for num, text, _ in recs:
            bad |= id_line(folder, text, num) != 1
        bad |= sum(broken_before_id(text, num) for num, text, _ in recs) < 2
    if folder == "ollerby-college-ma-pd":
        # the number at the card's foot; cards broken over a page with the number on the next page
        for num, text, _ in recs:
            ls = lines_of(text)
            bad |= id_line(folder, text, num) != len(ls) - 1 or len(ls) < 6
        broken = [num for num, text, _ in recs if broken_before_id(text, num)]
        bad |= len(broken) < 2
        bad |= len(re.findall(r"continued on next page", "\n".join(pages))) != len(broken)
    return [f"{name}: {folder} layout trap does not hold"] if bad else []


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        pages = page_texts(pdf)
        full = "\f".join(pages)
        if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
            problems.append(f"{pdf.name}: sha256/bytes differ")
        if len(pages) != e["pages"] or not 1 <= len(pages) <= 20:
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
        got = [int(x) for x in TOTAL[folder.name].findall(full)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(pdf.name, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, e, pages)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {len(pages)} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs174.py"), tmp], check=True)
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
