"""Stand-alone check of the seventy-third held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed, and no number is both (except an
`earlier_case_cited`, which must be another record's id); a layout-specific record-start
pattern finds exactly the listed ids in order; the document's own count equals record_count;
every sample value is printed inside its own record's stretch of text, its words in order;
browser furniture (URL footer and n/N on every page); size < 200 KB; plus one check of each
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

# record-start patterns, one per agency, read off the text (not used by prr); group "id" is the id,
# or, where the id is not on the first line, ID_IN finds it inside the record's stretch
START = {
    "harwick-falls-oh-pd": re.compile(r"^ *(?P<id>HF-25-\d{6}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "brannock-city-ks-pd": re.compile(
        r"^ *\S[^\n]* - \d+ Block of [^\n]*\n(?: *\n)* *Posted [A-Z][a-z]+ \d{1,2}, 2025 at \d{1,2}:\d\d [AP]M ", re.M),
    "ostrander-heights-nv-pd": re.compile(r"^ *\[-\] +Incident (?P<id>OH-25-\d{5}) ", re.M),
    "penwell-junction-sc-pd": re.compile(r"^ *(?P<id>25PJ-\d{5}) +\d\d/\d\d/2025 ", re.M),
    "quillan-bay-or-pd": re.compile(r"^ *[A-Z][A-Za-z ]+ \| (?P<id>QB25-\d{4}) \| Quillan Bay Police$", re.M),
}
ID_IN = {"brannock-city-ks-pd": re.compile(r"\(case (BC25-\d{6})\)\.")}
TOTAL = {  # the document's own count of records
    "harwick-falls-oh-pd": re.compile(r"(\d+) press log entries for "),
    "brannock-city-ks-pd": re.compile(r"Showing (\d+) posts in Police Blotter"),
    "ostrander-heights-nv-pd": re.compile(r"Displaying (\d+) of \d+ incidents\."),
    "penwell-junction-sc-pd": re.compile(r"Total reports this week: (\d+)"),
    "quillan-bay-or-pd": re.compile(r"Results 1 - (\d+) of \d+"),
}
URL = {
    "harwick-falls-oh-pd": "https://www.harwickfalls-oh.example/police/press-log?date=",
    "brannock-city-ks-pd": "https://www.brannockcity-ks.example/news/category/police-blotter/?week=",
    "ostrander-heights-nv-pd": "https://police.ostranderheights-nv.example/transparency/incident-log?range=",
    "penwell-junction-sc-pd": "https://penwelljunction-sc.example/departments/police/weekly-reports/",
    "quillan-bay-or-pd": "https://www.quillanbay-or.example/search?q=incident",
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
        have = len(re.findall(rf"(?<![\w-]){re.escape(num)}(?![\w-])", flat))
        if have < want:
            problems.append(f"{name}: {num} printed {have}x, listed {want}x")
    for num in {r["number"] for r in e["related_numbers"] if r["kind"] != "earlier_case_cited"} & set(ids):
        problems.append(f"{name}: {num} is both an id and a related number")
    for r in e["related_numbers"]:
        if r["kind"] == "earlier_case_cited" and (r["number"] not in ids or r["number"] == r["record"]):
            problems.append(f"{name}: cited case {r['number']} is not another record of the document")
    return problems


def records(folder, t):
    """(id, text stretch, start offset) per record, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        text = t[m.start():end]
        if folder in ID_IN:
            found = ID_IN[folder].search(text)
            num = found.group(1) if found else None
        else:
            num = m.group("id")
        out.append((num, text, m.start()))
    return out


def norm(tok):
    return tok.strip('".,;:()#[]\u00bb\u00ab')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(name, recs, e):
    problems = []
    by_id = {}
    for num, text, _pos in recs:
        by_id.setdefault(num, text)
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text = by_id[s["case_number"]]
        for key, val in s.items():
            if not all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val])):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def posted(text):
    m = re.search(r"Posted ([A-Z][a-z]+ \d{1,2}, 2025 at \d{1,2}:\d\d [AP]M)", text)
    return datetime.datetime.strptime(m.group(1), "%B %d, %Y at %I:%M %p")


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, problems, pages = e["case_numbers"], [], t.count("\f")
    if folder == "harwick-falls-oh-pd":
        social = re.findall(r"Read more \u00bb +(\d+) comments? +Share: Facebook X Email", t)
        if len(social) != len(ids) or any(len(text.split("Read more")) != 2 for _, text, _ in recs[:-1]):
            problems.append(f"{name}: {len(social)} 'Read more' lines for {len(ids)} rows")
    if folder == "brannock-city-ks-pd":
        stamps = [posted(text) for _, text, _ in recs]
        trend = re.findall(r"^ +\d\. .*\((BC25-\d{6})\) - \d+ comments$", t, re.M)
        if stamps != sorted(stamps, reverse=True) or ids in (sorted(ids), sorted(ids, reverse=True)) \
                or len(trend) != 3 or not set(trend) <= set(ids) or t.find(trend[0]) > recs[0][2]:
            problems.append(f"{name}: posts not newest first, ids in order, or no trending box ({trend})")
    if folder == "ostrander-heights-nv-pd":
        bad = 0
        for _, text, _ in recs:
            up = re.search(r"Updated (\d\d/\d\d/2025 \d{1,2}:\d\d [AP]M)", text.splitlines()[0])
            when = re.search(r"When: (\d\d/\d\d/2025 \d\d:\d\d)", text)
            if not up or not when or datetime.datetime.strptime(up.group(1), "%m/%d/%Y %I:%M %p") <= \
                    datetime.datetime.strptime(when.group(1), "%m/%d/%Y %H:%M"):
                bad += 1
        if bad or t.count("Was this helpful?") != len(ids):
            problems.append(f"{name}: {bad} blocks without a later 'Updated' stamp in the title line")
    if folder == "penwell-junction-sc-pd":
        side = ("Pay a citation", "Request a police", "555-016", "Coffee with", "11/05/2025", "Facebook")
        rows_with_side = [m for m in START[folder].finditer(t)
                          if any(s in t[m.start():t.find("\n", m.start())] for s in side)]
        if t.count("QUICK LINKS") != pages or t.count("RECENT NEWS") != pages or len(rows_with_side) < pages:
            problems.append(f"{name}: sidebar not beside the rows on every page ({len(rows_with_side)})")
    if folder == "quillan-bay-or-pd":
        slugs = re.findall(r"/police/incidents/(qb25-\d{4})$", t, re.M)
        when = [datetime.datetime.strptime(re.search(r"\n *(\w{3} \d+, 2025 \d{1,2}:\d\d [AP]M) - ", text).group(1),
                                           "%b %d, %Y %I:%M %p") for _, text, _ in recs]
        if slugs != [num.lower() for num, _, _ in recs] or when in (sorted(when), sorted(when, reverse=True)) \
                or ids in (sorted(ids), sorted(ids, reverse=True)):
            problems.append(f"{name}: URL slugs differ from the ids or results are in time/id order")
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
        if "[invented]" not in e["agency"]:
            problems.append(f"{pdf.name}: agency not marked [invented]")
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
        footers = re.findall(rf"^{re.escape(URL[folder.name])}\S* +(\d+)/{pages}$", t, re.M)
        if footers != [str(i) for i in range(1, pages + 1)] or t.count("Cookie settings") != 1:
            problems.append(f"{pdf.name}: browser footer or cookie banner wrong ({len(footers)} footers)")
        problems += check_samples(pdf.name, recs, e)
        if recs and None not in found:
            problems += check_layout(folder.name, pdf.name, t, e, recs)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs73.py"), tmp], check=True)
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
