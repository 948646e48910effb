"""Stand-alone check of the fifty-seventh held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; size < 200 KB; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the `pdftotext
-layout` text as often as listed, and no number is both; a layout-specific record-start pattern
finds exactly the listed ids in order (Las Palmitas: on the `-layout` lines cut into the left
column then the right column, page by page); the document's own count equals record_count; every sample
value is printed inside its own record's stretch of text, its words in order; plus one check of
each layout's trap. With --regen, regenerating must give identical files. `--dir DIR` checks a
copy elsewhere (mutation runs).
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
LP = "las-palmitas-ca-pd"
LP_WHEN = r"[A-Z][a-z]{2}\. \d{1,2}, 2025, \d{1,2}:\d\d [ap]\.m\."
COLUMN_BREAK = "\n\v\n"
FURNITURE = re.compile(r"Palmitas Today|City of Las Palmitas|Page \d+ of \d+|Subscribe at|non-emergency|"
                       r"The blotter lists|call was received")

# record-start patterns, one per agency, read off the text (not used by prr); group "id" is the id
START = {
    "alcanza-vista-ca-pd": re.compile(r"^(?P<id>25-\d{6}) +\d\d/\d\d/2025 \d{4} +\d", re.M),
    "san-teodoro-ca-pd": re.compile(r"^(?P<id>2025-\d{6}) +\d\d/\d\d/2025 +\d\d:\d\d ", re.M),
    "rincon-del-mar-ca-pd": re.compile(r"^ *Incident No\. +(?P<id>R25-\d{5}) +RD +\d{3}$", re.M),
    LP: re.compile(rf"^(?P<when>{LP_WHEN}) - [^(]*?\(case\s+(?P<id>LP25-\d{{4}})\)", re.M),
    "vista-arroyo-ca-pd": re.compile(r"^ *(?P<id>25\d\d-\d{4}) +[A-Z][a-z]{2} \d\d/\d\d \d\d:\d\d +[A-Z]", re.M),
}
TOTAL = {  # the document's own count of records
    "alcanza-vista-ca-pd": re.compile(r"Total reports this week: (\d+)"),
    "san-teodoro-ca-pd": re.compile(r"Incidents listed: (\d+)"),
    "rincon-del-mar-ca-pd": re.compile(r"Total, all beats: (\d+)"),
    LP: re.compile(r"Cases in this blotter: (\d+)"),
    "vista-arroyo-ca-pd": re.compile(r"Reports posted: (\d+)"),
}


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def column_text(full):
    """Each page's left column then its right column: `-layout` lines cut where the right column starts
    (the commonest character index at which text resumes after a wide gap past the middle of the line)."""
    parts = []
    for page in full.split("\f")[:-1]:
        lines = page.splitlines()
        starts = [m.end() for ln in lines for m in re.finditer(r" {3,}(?=\S)", ln) if m.end() > 50]
        cut = max(set(starts), key=starts.count) if starts else 10**6
        parts.append("\n".join(ln[:cut].rstrip() for ln in lines))
        parts.append("\n".join(ln[cut:] for ln in lines))
    return COLUMN_BREAK.join(parts)


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
    for num in set(related) & set(ids):
        problems.append(f"{name}: {num} is both an id and a related number")
    for r in e["related_numbers"]:
        if r["record"] not in ids:
            problems.append(f"{name}: related number {r['number']} points at no record")
    return problems


def records(folder, t):
    """(id, text stretch, start offset) per record, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        out.append((m.group("id"), t[m.start():end], m.start()))
    return out


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(name, recs, e):
    problems = []
    by_id = {}
    for num, text, pos in recs:
        by_id.setdefault(num, (text, pos))
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        tokens = by_id[s["case_number"]][0].split()
        for key, val in s.items():
            if not all(in_order(v.split(), tokens) for v in (val if isinstance(val, list) else [val])):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def not_time_order(stamps):
    return stamps != sorted(stamps)


def check_layout(folder, name, t, e, recs, full):
    """One check of the trap each layout is about (t: text the records are read from; full: -layout)."""
    ids, problems, pages = e["case_numbers"], [], full.count("\f")
    if folder == "alcanza-vista-ca-pd":
        codes = re.findall(r"^25-\d{6} +\S+ \d{4} +(\d+(?:\.\d)?(?:\([a-z0-9]\))*) (PC|VC|HS) ", t, re.M)
        m = re.search(r"Part I offenses: (\d+) +Part II and other: (\d+)", t)
        if len(codes) != len(ids) or not m or int(m.group(1)) + int(m.group(2)) != len(ids):
            problems.append(f"{name}: statute codes beside {len(codes)} ids, or Part I + II != total")
    if folder == "san-teodoro-ca-pd":
        cover = full.split("\f")[0]
        table = cover[cover.find("Table 1."):cover.find("All categories")]
        counts = [int(x) for x in re.findall(r"^ +\S.*?\S +(\d+) +\d+ +[+-]\d+%$", table, re.M)]
        total = re.search(r"All categories +(\d+)", cover)
        if (any(i in cover for i in ids) or sum(counts) != len(ids) or len(counts) < 8 or not total
                or int(total.group(1)) != len(ids) or full.count("Packet Pg.") != pages):
            problems.append(f"{name}: cover statistics table ({sum(counts)}) or packet stamps wrong")
    if folder == "rincon-del-mar-ca-pd":
        subs = [int(x) for x in re.findall(r"^ *Beat \d incidents: (\d+)$", t, re.M)]
        stamps = [re.search(r"Received +(\d\d/\d\d/2025 \d\d:\d\d)", text).group(1) for _, text, _ in recs]
        key = [datetime.datetime.strptime(s, "%m/%d/%Y %H:%M") for s in stamps]
        if sum(subs) != len(ids) or len(subs) != 4 or not not_time_order(key):
            problems.append(f"{name}: beat subtotals {subs} or the blocks are in time order")
    if folder == LP:
        side_by_side = [ln for ln in full.splitlines() if len(re.findall(LP_WHEN, ln)) == 2]
        split = 0
        for part in t.split(COLUMN_BREAK):
            body = [ln for ln in part.splitlines() if ln.strip() and not FURNITURE.search(ln)]
            split += bool(body) and not re.match(LP_WHEN, body[0])
        if not side_by_side or not split:
            problems.append(f"{name}: columns not side by side ({len(side_by_side)}) or no entry "
                            f"runs over a column break ({split})")
    if folder == "vista-arroyo-ca-pd":
        subs = [int(x) for x in re.findall(r"^ *RD \d{3}: (\d+) reports$", t, re.M)]
        stamps = [re.search(r" (\d\d/\d\d \d\d:\d\d) ", text).group(1) for _, text, _ in recs]
        key = [datetime.datetime.strptime("2025/" + s, "%Y/%m/%d %H:%M") for s in stamps]
        with_year = [ln for ln in t.splitlines() if re.match(r"^ *25\d\d-\d{4} ", ln) and "2025" in ln]
        if sum(subs) != len(ids) or len(subs) != 5 or not not_time_order(key) or with_year \
                or "NOTICE 2025-118" not in t:
            problems.append(f"{name}: district subtotals {subs}, time order, a year in an entry or no notice")
    return problems


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        full = run(["pdftotext", "-layout", str(pdf), "-"])
        pages = full.count("\f")
        t = column_text(full) if folder.name == LP else full
        if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
            problems.append(f"{pdf.name}: sha256/bytes differ")
        if pages != e["pages"] or pages < 2:
            problems.append(f"{pdf.name}: pages {pages} vs {e['pages']}")
        if len(data) >= 200_000:
            problems.append(f"{pdf.name}: {len(data)} bytes")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        problems += check_numbers(pdf.name, full, e)
        recs = records(folder.name, t)
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(x) for x in TOTAL[folder.name].findall(full)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(pdf.name, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, t, e, recs, full)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs57.py"), tmp], check=True)
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
