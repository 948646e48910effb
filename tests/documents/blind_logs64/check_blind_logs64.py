"""Stand-alone check of the sixty-fourth held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; no id is listed twice; every case number and related number
is in the `pdftotext -layout` text as often as listed, and no number is both an id and a
related number (except earlier records cited); a layout-specific pattern for the start of an
entry plus one for the id in it finds exactly the listed ids in order (entries without an id
are not records); the document's own count equals record_count; every sample value is printed
inside its own record's stretch of text, its words in order (Carrickmoyle's date comes from the
day heading above the entry); size < 200 KB; plus one check of each layout's trap. With
--regen, regenerating must give identical files. `--dir DIR` checks a copy elsewhere.
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

# (start of an entry, the id inside the entry or None when the entry is not a record), per agency
START = {
    "thornbury-vale-uk-constabulary": (
        re.compile(r"^TV/\d{5}/25 ", re.M),
        re.compile(r"^(TV/\d{5}/25) +\d\d/\d\d/2025 "),
    ),
    "kestrel-narrows-on-police-service": (
        re.compile(r"^K25-\d{6} +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
        re.compile(r"^K25-\d{6} +\S+ \S+ [^\n]*? (GO 2025-\d{7}|- no GO -) "),
    ),
    "wollara-nsw-police-district": (
        re.compile(r"^Event No\. ", re.M),
        re.compile(r"^Event No\. +(E \d{3} \d{3} \d{3}) "),
    ),
    "carrickmoyle-ie-harbour-police": (
        re.compile(r"^\d\d\.\d\dhrs ", re.M),
        re.compile(r"Occurrence\s+No\.\s+(CM/25/\d{4})\.$", re.M),
    ),
    "kotuku-harbour-nz-area": (
        re.compile(r"^\d{6}/\d{4} ", re.M),
        re.compile(r"^(\d{6}/\d{4}) +[A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2} \d{4}hrs "),
    ),
}
TOTAL = {  # the document's own count of records
    "thornbury-vale-uk-constabulary": re.compile(r"Crimes recorded this period: (\d+)"),
    "kestrel-narrows-on-police-service": re.compile(r"Occurrences generated: (\d+)"),
    "wollara-nsw-police-district": re.compile(r"Total events: (\d+)"),
    "carrickmoyle-ie-harbour-police": re.compile(r"Occurrences recorded: (\d+)\."),
    "kotuku-harbour-nz-area": re.compile(r"Files opened this week, all stations: (\d+)"),
}
DAY_HEAD = re.compile(r"^([A-Z][a-z]+day) (\d{1,2})(?:st|nd|rd|th) ([A-Z][a-z]+) (2025)$", re.M)


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def check_numbers(name, t, e):
    problems = []
    flat = re.sub(r"\s+", " ", t)
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    if len(set(ids)) != len(ids):
        problems.append(f"{name}: an id is listed twice")
    for num in set(ids + related):
        want = ids.count(num) + related.count(num)
        have = len(re.findall(rf"(?<![\w/-]){re.escape(num)}(?![\w/-])", flat))
        if have < want:
            problems.append(f"{name}: {num} printed {have}x, listed {want}x")
    for num in {r["number"] for r in e["related_numbers"] if r["kind"] != "earlier_case_cited"} & set(ids):
        problems.append(f"{name}: {num} is both an id and a related number")
    for r in e["related_numbers"]:
        if r["kind"] == "earlier_case_cited" and (
            r["number"] not in ids or r["record"] not in ids or ids.index(r["number"]) >= ids.index(r["record"])
        ):
            problems.append(f"{name}: 'earlier case' {r['number']} is not an earlier record")
    return problems


def entries(folder, t):
    """(id or None, text stretch, start offset) per entry, in print order."""
    start, ident = START[folder]
    starts = list(start.finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        text = t[m.start() : end]
        got = ident.search(text)
        num = got.group(1) if got and got.group(1) != "- no GO -" else None
        out.append((num, text, m.start()))
    return out


def records(folder, t):
    return [x for x in entries(folder, t) if x[0]]


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def heading_before(t, pos):
    heads = list(DAY_HEAD.finditer(t, 0, pos))
    return heads[-1].group(0) if heads else None


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {num: (text, pos) for num, text, pos in recs}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos = by_id[s["case_number"]]
        for key, val in s.items():
            if folder == "carrickmoyle-ie-harbour-police" and key == "reported_at":
                date, _, time = val.rpartition(" ")
                ok = text.split()[0] == time and heading_before(t, pos) == date
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def trap_tv(t, e, ents, pages):
    summary = t[t.find("OUTCOMES SUMMARY") :]
    counts = [int(x) for x in re.findall(r"^ +[A-Z][A-Za-z0-9 ]+?[a-z0-9] +(\d+)$", summary, re.M)]
    custody = re.findall(r"TV/C/25/\d{5}", t)
    ok = (
        t.count("OFFICIAL") == 2 * pages
        and sum(counts) == len(e["case_numbers"])
        and len(counts) >= 5
        and custody
        and "OUTCOMES SUMMARY" in t
    )
    return [] if ok else [f"marking x{t.count('OFFICIAL')} for {pages} pages, summary {sum(counts)}"]


def trap_kn(t, e, ents, pages):
    m = re.search(r"Calls received: (\d+) +Occurrences generated: (\d+) +Calls closed without occurrence: (\d+)", t)
    nogo = [x for x in ents if x[0] is None]
    cad = {r["record"]: r["number"] for r in e["related_numbers"] if r["kind"] == "cad_event"}
    calls_ok = all(cad.get(num) == text.split()[0] for num, text, _ in ents if num)
    ok = m and int(m.group(1)) == len(ents) and int(m.group(3)) == len(nogo) > 5 and calls_ok
    return [] if ok else [f"calls {len(ents)}, no-GO rows {len(nogo)} or call numbers do not add up"]


def trap_wo(t, e, ents, pages):
    first = t.find("Event No.")
    table = t[t.find("Events by category") : first]
    counts = [int(x) for x in re.findall(r"^ +\S.*?\S +(\d+)$", table, re.M)]
    glued = re.findall(r"\bE\d{9}\b", t)
    ok = 0 < t.find("Events by category") < first and sum(counts) == len(e["case_numbers"]) and not glued
    return [] if ok else [f"category table sums to {sum(counts)}, {len(glued)} ids without spaces"]


def trap_cm(t, e, ents, pages):
    routine = [x for x in ents if x[0] is None]
    heads = DAY_HEAD.findall(t)
    ok = len(routine) >= 2 * len(heads) and len(heads) == len(set(heads)) >= 7
    return [] if ok else [f"{len(routine)} routine entries under {len(heads)} day headings"]


def trap_ko(t, e, ents, pages):
    heads = [int(x) for x in re.findall(r"^[A-ZĀĒĪŌŪ ]+ STATION \((\d+) files\)$", t, re.M)]
    stamps = [
        datetime.datetime.strptime("2025 " + " ".join(text.split()[2:5]), "%Y %d %b %H%Mhrs") for _, text, _ in ents
    ]
    ok = (
        len(heads) == 3
        and sum(heads) == len(e["case_numbers"])
        and stamps != sorted(stamps)
        and "Kōtuku" in t
        and all(num[:6] == s.strftime("%y%m%d") for (num, _, _), s in zip(ents, stamps))
    )
    return [] if ok else [f"station counts {heads}, time order or date-based ids wrong"]


TRAPS = {
    "thornbury-vale-uk-constabulary": trap_tv,
    "kestrel-narrows-on-police-service": trap_kn,
    "wollara-nsw-police-district": trap_wo,
    "carrickmoyle-ie-harbour-police": trap_cm,
    "kotuku-harbour-nz-area": trap_ko,
}


def check_layout(folder, name, t, e, ents):
    """One check of the trap each layout is about."""
    return [f"{name}: {p}" for p in TRAPS[folder](t, e, ents, t.count("\f"))]


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
        if "[invented]" not in e["agency"]:
            problems.append(f"{pdf.name}: agency not marked [invented]")
        problems += check_numbers(pdf.name, t, e)
        ents = entries(folder.name, t)
        recs = [x for x in ents if x[0]]
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(
                f"{pdf.name}: patterns found {len(found)} ids, listed {len(ids)}"
                + ("" if len(found) != len(ids) else " (different ids or order)")
            )
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        if len(e["sample_records"]) != 3 or [s["case_number"] for s in e["sample_records"]] != [
            ids[0],
            ids[len(ids) // 2],
            ids[-1],
        ]:
            problems.append(f"{pdf.name}: samples are not the first, middle and last records")
        problems += check_samples(folder.name, pdf.name, t, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, t, e, ents)
        print(
            f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
            f"{len(e['related_numbers'])} related numbers, {len(data)} bytes"
        )
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs64.py"), tmp], check=True)
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
        problems.append(f"{len(folders)} agency folders, expected {len(START)}")
    for folder in folders:
        problems += check(folder)
    if "--regen" in sys.argv:
        problems += regen(here)
    print("\n".join(problems) if problems else "all checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
