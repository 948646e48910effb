"""Stand-alone check of the held-out set blind_logs142 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150 with no duplicate id; every id and related number is in the
`pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record-start pattern (which also finds the non-record stretches: day and district headings, closing
lines) gives exactly the listed ids in order; the document's own count equals record_count; every
sample value is printed inside its own record's stretch of text, its words in order; size < 200 KB;
plus one check of each layout's trap. With --regen, regenerating must give identical files.
`--dir DIR` checks a copy elsewhere (mutation runs).
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
GUID = r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
DIST = r"(?:NE|NW|CT|SE|SW)"

# stretch-start patterns read off the text (not used by prr); a match without group "id" starts a
# stretch that is not a record
START = {
    "ashgrove-vt-pd": re.compile(r"^ *(?:(?P<id>2025\d{4}-\d{4}) +\d\d/\d\d/2025 \d\d:\d\d |Total events listed)",
                                 re.M),
    "brackenridge-county-mt-so": re.compile(rf"^ *(?:Event ID: (?P<id>{GUID})$|\d+ events in this export)", re.M),
    "coldwater-me-pd": re.compile(
        r"^ *(?:(?P<id>P25[ABC]\d{5}-\d) \u2014 Reported |[A-Z][a-z]+day, [A-Z][a-z]+ \d+, 2025$|End of summary)", re.M),
    "dunmere-or-pd": re.compile(r"^ *(?P<n>\d+)\. +Incident No\. (?P<id>25 \d{6}):", re.M),
    "fernhollow-co-pd": re.compile(
        rf"^ *(?:(?P<id>{DIST}-25-\d{{4}}) +\d\d/\d\d/25 \d\d:\d\d |(?P<dist>{DIST}) \u2014 [A-Z][a-z]+ District "
        rf"\((?P<cnt>\d+) entries\)$|Total, all districts)", re.M),
}
TOTAL = {  # the document's own count of records
    "ashgrove-vt-pd": re.compile(r"Total events listed: (\d+)\."),
    "brackenridge-county-mt-so": re.compile(r"(\d+) events in this export\."),
    "coldwater-me-pd": re.compile(r"End of summary \u2014 (\d+) reports\."),
    "dunmere-or-pd": re.compile(r"This log lists (\d+) incidents\."),
    "fernhollow-co-pd": re.compile(r"Total, all districts: (\d+)"),
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
    for num in set(related) & set(ids):
        problems.append(f"{name}: {num} is both an id and a related number")
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
        out.append((m.groupdict().get("id"), t[m.start():end], m.start(), m))
    return out


def records(folder, t):
    return [b[:3] for b in blocks(folder, t) if b[0]]


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
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
            if not in_order(val.split(), text.split()):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, kind):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] == kind}


def check_digit(body):
    digits = [int(c) for c in body if c.isdigit()]
    return sum(dg * (7, 3, 1)[i % 3] for i, dg in enumerate(digits)) % 10


def valid_cw(x):
    return bool(re.fullmatch(r"P25[ABC]\d{5}-\d", x)) and int(x[-1]) == check_digit(x[:-2])


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, bad = e["case_numbers"], False
    if folder == "ashgrove-vt-pd":
        # id, reported date and time, badge, CAD number on the id's own printed line
        rows = re.findall(r"^ *(2025\d{4}-\d{4}) +(\d\d/\d\d/2025) (\d\d):\d\d +(\d{4}) .*? (\d{10}) ", t, re.M)
        nextday = 0
        for i, d, hh, _badge, cad in rows:
            rep = datetime.datetime.strptime(d, "%m/%d/%Y").date()
            idd = datetime.datetime.strptime(i[:8], "%Y%m%d").date()
            bad |= cad[:6] != rep.strftime("%y%m%d")
            if idd == rep + datetime.timedelta(days=1) and int(hh) >= 22:
                nextday += 1
            elif idd != rep:
                bad = True
        bad |= ([r[0] for r in rows] != ids or {(r[0], r[4]) for r in rows} != rel(e, "cad_number")
                or nextday < 2 or any(r[4] in ids for r in rows))
    if folder == "brackenridge-county-mt-so":
        parents, cads = set(), set()
        for num, text, _ in recs:
            bad |= len(re.findall(r"Event ID: ", text)) != 1 or not re.search(r"Outcome: ", text)
            parents |= {(num, x) for x in re.findall(rf"Parent event: ({GUID})$", text, re.M)}
            c = re.findall(r"CAD incident: (2025-00\d{5})$", text, re.M)
            bad |= len(c) != 1
            cads |= {(num, x) for x in c}
        bad |= (len(re.findall(r"Event ID: ", t)) != len(ids) or parents != rel(e, "parent_event")
                or len(parents) < 3 or any(x in ids for _, x in parents) or cads != rel(e, "cad_number"))
    if folder == "coldwater-me-pd":
        sups = set()
        for num, text, _ in recs:
            hh = int(re.search(r"Reported [A-Z][a-z]{2} \d+, (\d\d):", text).group(1))
            shift = "A" if 7 <= hh < 15 else "B" if 15 <= hh < 23 else "C"
            bad |= not valid_cw(num) or num[3] != shift
            sups |= {(num, x) for x in re.findall(r"Supplement\s+to\s+(P25[ABC]\d{5}-\d)\.", text)}
        bad |= (sups != rel(e, "supplement_to") or len(sups) < 3 or any(not valid_cw(x) for _, x in sups)
                or any(x in ids for _, x in sups))
    if folder == "dunmere-or-pd":
        bl = blocks(folder, t)
        nums = [int(m.group("n")) for _, _, _, m in bl]
        cits = {(num, x) for num, text, _ in recs
                for x in re.findall(r"Citation\s+No\.\s+(25 \d{6})\.", re.sub(r"\s+", " ", text))}
        bad = (nums != list(range(1, len(ids) + 1)) or cits != rel(e, "citation") or len(cits) < 3
               or any(x in ids for _, x in cits) or any(not x.startswith("25 7") for _, x in cits))
    if folder == "fernhollow-co-pd":
        cur, want, seen, heads, priors = None, 0, 0, [], set()
        for num, text, _, m in blocks(folder, t):
            if m.group("dist") or not num:
                bad |= cur is not None and seen != want
                cur, want, seen = m.group("dist"), int(m.group("cnt") or 0), 0
                if cur:
                    heads.append(cur)
                continue
            seen += 1
            bad |= num[:2] != cur
            for x in re.findall(rf"prior ({DIST}-24-\d{{4}})", text):
                priors.add((num, x))
                bad |= x[:2] != num[:2]
        bad |= (heads != ["NE", "NW", "CT", "SE", "SW"] or priors != rel(e, "prior_case") or len(priors) < 3
                or any(x in ids for _, x in priors))
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs142.py"), tmp], check=True)
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
