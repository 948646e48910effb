"""Stand-alone check of the fiftieth held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; three samples and an "[invented]" agency; every case number
and related number is in the `pdftotext -layout` text as often as listed, and no number is
both; a layout-specific record pattern finds exactly the listed ids in order; the document's
own count equals record_count; every sample value is printed inside its own record's stretch
of text, its words in order (Tri-River's date against the day band above the event and its town
against the column the id is printed in); size < 200 KB; plus one check of each layout's trap.
With --regen, regenerating must give identical files. `--dir DIR` checks a copy elsewhere.
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PCT = "seventy-second-precinct-harbor-city-ny-pd"
RD = "tri-river-regional-ecc-pa"
NT = "northshore-transit-authority-or-security"
MS = "metropolitan-sheriff-lindenmoor-county-wa"
HC = "harbor-city-ny-pd-patrol-south"

# record patterns, one per agency, read off the text (not used by prr); group "id" is the id
START = {
    PCT: re.compile(r"^(?P<id>2025-072-\d{6}) +\d\d/\d\d/2025 +\d{4} +\d\d/\d\d/2025 ", re.M),
    RD: re.compile(r"^(?P<time>\d\d:\d\d) +(?P<id>RD25-\d{6}) ", re.M),
    NT: re.compile(r"^ *(?P<id>NT-25-\d{6}) +\d\d/\d\d/25 \d\d:\d\d ", re.M),
    MS: re.compile(r"^ +Sheriff's case (?P<id>MS25-\d{6})$", re.M),  # trailer: the record ENDS here
    HC: re.compile(r"^E\d{10} +\d\d/\d\d/2025 +\d{4} +\d\d +[A-D] +\d{3} +\d +\w+ +[\dA-Z.]+ +(?P<id>25-\d{7}) ",
                   re.M),
}
TOTAL = {  # the document's own count of records
    PCT: re.compile(r"Complaints this week: (\d+)"),
    RD: re.compile(r"Events logged, all member towns: (\d+)"),
    NT: re.compile(r"ALL MODES +(\d+)"),
    MS: re.compile(r"Summaries in this release: (\d+)"),
    HC: re.compile(r"Total reports, all precincts: (\d+)"),
}
DAY_BAND = re.compile(r"^[A-Z]+DAY (\d\d/\d\d/2025)(?: \(cont\.\))?$", re.M)
TOWNS = ["ASHFORD", "BRISCOE", "CALLANDER", "DENHOLM"]


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
    for num in set(related) & set(ids):
        problems.append(f"{name}: {num} is both an id and a related number")
    for r in e["related_numbers"]:
        if r["record"] is not None and r["record"] not in ids:
            problems.append(f"{name}: related {r['number']} belongs to an unlisted record {r['record']}")
    return problems


def records(folder, t):
    """(id, text stretch, start offset) per record, in print order."""
    ms = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(ms):
        if folder == MS:  # the id closes the item: the stretch runs back to the previous trailer
            begin = ms[i - 1].end() if i else 0
            out.append((m.group("id"), t[begin:m.end()], begin))
            continue
        end = ms[i + 1].start() if i + 1 < len(ms) else min(len(t), m.start() + 1200)
        out.append((m.group("id"), t[m.start():end], m.start()))
    return out


def norm(tok):
    return tok.strip('".,;:()#|\u2014')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def band_date(t, pos):
    bands = list(DAY_BAND.finditer(t, 0, pos))
    return bands[-1].group(1) if bands else None


def town_of(t, pos):
    """Town whose column heading starts nearest left of the id printed at offset pos."""
    line_start = t.rfind("\n", 0, pos) + 1
    m = START[RD].match(t, line_start)
    col = m.start("id") - line_start
    head = t.rfind("TIME ", 0, pos)
    hline = t[head:t.find("\n", head)]
    starts = [hline.find(town) for town in TOWNS]
    best = max((s, town) for s, town in zip(starts, TOWNS) if s <= col + 2)
    return best[1]


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {}
    for num, text, pos in recs:
        by_id.setdefault(num, (text, pos))
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos = by_id[s["case_number"]]
        for key, val in s.items():
            if folder == RD and key == "reported_at":
                date, _, time = val.partition(" ")
                ok = text.split()[0] == time and band_date(t, pos) == date
            elif folder == RD and key == "district":
                ok = town_of(t, pos) == val
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, problems = e["case_numbers"], []
    if folder == PCT:
        box = t[t.find("VOIDED / RECLASSIFIED"):]
        void = re.findall(r"^ *(2025-072-\d{6}) +[A-Z]", box, re.M)
        listed = [r["number"] for r in e["related_numbers"] if r["kind"] == "voided_complaint"]
        serial = sorted(int(x[-6:]) for x in ids)
        gaps = all(serial[0] < int(v[-6:]) < serial[-1] and v not in ids for v in void)
        if len(void) != 4 or void != listed or not gaps:
            problems.append(f"{name}: voided box {void} does not hold four gaps of the series")
    if folder == RD:
        towns = [town_of(t, pos) for _, _, pos in recs]
        jumps = sum(a != b for a, b in zip(towns, towns[1:]))
        days = re.findall(r"^ *Day +((?:\d+ events +)*\d+ events)$", t, re.M)
        per_day = sum(int(x) for d in days for x in re.findall(r"(\d+) events", d))
        if sorted(ids) != ids or jumps < len(ids) // 2 or per_day != len(ids) or len(set(towns)) != 4:
            problems.append(f"{name}: towns {len(set(towns))}, {jumps} column jumps, day lines add to {per_day}")
    if folder == NT:
        strips = len(re.findall(r"^ *INCIDENT +DATE / TIME +MODE +RTE +VEH +LOCATION +CD +CATEGORY$", t, re.M))
        modes = [int(x) for x in re.findall(r"^ +(?:BUS|RAIL|STRCAR) +(\d+)$", t, re.M)]
        if strips != len(ids) or sum(modes) != len(ids) or len(modes) != 3:
            problems.append(f"{name}: {strips} title strips, mode totals {modes}")
    if folder == MS:
        ups = re.findall(r"UPDATE on case (MS25-\d{6})", t)
        listed = [r["number"] for r in e["related_numbers"] if r["kind"] == "update_of_earlier_case"]
        own = [text for _, text, _ in recs if "UPDATE on case" not in text]
        paras = all(re.search(r"[A-Z ]+, [A-Z][a-z]{2,3}\.? \d{1,2}, \d{1,2}:\d\d [ap]\.m\. \u2014", x) for x in own)
        if ups != listed or len(ups) != 6 or set(ups) & set(ids) or not paras:
            problems.append(f"{name}: updates {len(ups)} vs {len(listed)} listed, or a dateline is missing")
    if folder == HC:
        cads = [r["number"] for r in e["related_numbers"] if r["kind"] == "cad_event"]
        firsts = [m.group(0).split()[0] for m in START[folder].finditer(t)]
        pages = [int(x) for x in re.findall(r"Reports this page: (\d+)", t)]
        if cads != firsts or sum(pages) != len(ids) or len(pages) != t.count("\f"):
            problems.append(f"{name}: CAD column {len(firsts)} vs {len(cads)}, page counts {pages}")
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
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        if len(e["sample_records"]) != 3 or "[invented]" not in e["agency"]:
            problems.append(f"{pdf.name}: samples or agency name")
        problems += check_numbers(pdf.name, t, e)
        recs = records(folder.name, t)
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: record pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(folder.name, pdf.name, t, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, t, e, recs)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p.relative_to(here): p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs50.py"), tmp], check=True)
        after = {p.relative_to(tmp) for p in Path(tmp).rglob("*") if p.suffix in (".pdf", ".json")}
        if after != set(before):
            problems.append(f"regenerated files differ in name: {sorted(map(str, after ^ set(before)))}")
        for p, b in before.items():
            q = Path(tmp) / p
            if not q.exists() or q.read_bytes() != b:
                problems.append(f"regenerated {p} differs")
    print("regenerated in a temporary folder: " + ("DIFFERENT" if problems else "identical"))
    return problems


def main():
    here = Path(sys.argv[sys.argv.index("--dir") + 1]) if "--dir" in sys.argv else HERE
    problems = []
    folders = sorted(p for p in here.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
    if sorted(p.name for p in folders) != sorted(START):
        problems.append(f"agency folders {[p.name for p in folders]}, expected {sorted(START)}")
    for folder in folders:
        problems += check(folder)
    if "--regen" in sys.argv:
        problems += regen(here)
    print("\n".join(problems) if problems else "all checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
