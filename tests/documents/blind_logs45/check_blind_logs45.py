"""Stand-alone check of the forty-fifth held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed, and no number is both; a layout-specific
record-start pattern finds exactly the listed ids in order; the document's own count equals
record_count; every sample value is printed inside its own record's stretch of text, its words
in order (the parks board's date comes from the page's day heading); size < 200 KB; plus one
check of each layout's trap. With --regen, regenerating must give identical files.
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

# record-start patterns, one per body, read off the text (not used by prr); group "id" is the id
START = {
    "hearthmoor-usd-ca-school-safety": re.compile(
        r"^(?P<id>HUSD-S25-\d{5}) +\d\d/\d\d/2025 +(?P<bell>Before|P[1-6]|Lunch|After|Eve) +(?P<time>\d\d:\d\d) ",
        re.M),
    "calderon-county-medical-center-security": re.compile(r"^ *Occurrence: +\S.*?\*(?P<id>SEC\d{6})\*$", re.M),
    "marrowgate-housing-authority-ri": re.compile(
        r"(?:On|Then on|Later, on)\s+[A-Z][a-z]{2}\s+\d{1,2}\s+at\s+\d\d:\d\d\s+\((?P<id>MHA25-\d{4})\),"),
    "ashdown-parks-and-recreation-oh": re.compile(r"^(?P<key>[a-q]) +(?P<id>PR25-\d{4}) +\d\d:\d\d ", re.M),
    "kestrel-valley-water-power-security-id": re.compile(
        r"^(?P<id>KVS25-\d{4}) +\d\d/\d\d/2025 \d\d:\d\d +SECURITY ", re.M),
}
# where a record's stretch ends besides the next record start (one-line rows end at the line end)
STOP = {"ashdown-parks-and-recreation-oh": re.compile(r"\n"),
        "kestrel-valley-water-power-security-id": re.compile(r"\n")}
# page furniture removed before reading records that run across pages
FURNITURE = {"marrowgate-housing-authority-ri": re.compile(
    r"^.*(?:MARROWGATE HOUSING AUTHORITY|Report to the Board of Commissioners|Agenda item 6\(b\)).*\n|\f", re.M)}
TOTAL = {  # the document's own count of records
    "hearthmoor-usd-ca-school-safety": re.compile(r"Incidents this month: (\d+)"),
    "calderon-county-medical-center-security": re.compile(r"Occurrences logged: (\d+)"),
    "marrowgate-housing-authority-ri": re.compile(r"Resident safety incidents this month: (\d+)"),
    "ashdown-parks-and-recreation-oh": re.compile(r"Incidents this period: (\d+)"),
    "kestrel-valley-water-power-security-id": re.compile(r"security incidents (\d+),"),
}
DAY_HEAD = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, [A-Z][a-z]+ \d{1,2}, 2025")
BELLS = [(420, 475, "Before"), (475, 530, "P1"), (530, 585, "P2"), (585, 640, "P3"), (640, 695, "P4"),
         (695, 735, "Lunch"), (735, 790, "P5"), (790, 845, "P6"), (845, 1140, "After")]
PARKS = ["Larkin Park", "Fennimore Sports Complex", "Ashdown Aquatic Center", "Quarry Trail", "Riverside Commons",
         "Tolland Dog Park", "Mill Pond Preserve", "Civic Plaza"]


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
    for num in {r["number"] for r in e["related_numbers"]} & set(ids):
        problems.append(f"{name}: {num} is both an id and a related number")
    return problems


def clean(folder, t):
    return FURNITURE[folder].sub("", t) if folder in FURNITURE else t


def records(folder, t):
    """(id, text stretch, start offset) per record, in print order."""
    t = clean(folder, t)
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        if folder in STOP:
            stop = STOP[folder].search(t, m.end())
            end = min(end, stop.start()) if stop else end
        out.append((m.group("id"), t[m.start():end], m.start()))
    return out


def norm(tok):
    return tok.strip('".,;:()#*')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def heading_date(t, pos):
    """MM/DD/YYYY of the last day heading printed before offset pos."""
    heads = list(DAY_HEAD.finditer(t, 0, pos))
    if not heads:
        return None
    return datetime.datetime.strptime(heads[-1].group(0), "%A, %B %d, %Y").strftime("%m/%d/%Y")


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
            if folder == "ashdown-parks-and-recreation-oh" and key == "reported_at":
                date, _, time = val.partition(" ")
                ok = text.split()[2] == time and heading_date(clean(folder, t), pos) == date
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def bell_of(hhmm):
    minute = int(hhmm[:2]) * 60 + int(hhmm[3:])
    return next((b for lo, hi, b in BELLS if lo <= minute < hi), "Eve")


def trap_hm(t, ids, recs):
    rows = list(START["hearthmoor-usd-ca-school-safety"].finditer(t))
    wrong = [m.group("id") for m in rows if bell_of(m.group("time")) != m.group("bell")]
    counts = [int(x) for x in re.findall(r"^ +[A-Z][A-Za-z ]+[a-zS] +(\d+)$", t[t.find("BY SCHOOL"):], re.M)]
    if wrong or sum(counts) != len(ids) or len(counts) != 7:
        return [f"bell periods disagree with times ({wrong[:3]}) or BY SCHOOL counts {sum(counts)}"]
    return []


def trap_cc(t, ids, recs):
    bare = re.findall(r"SEC\d{6}", t)
    starred = re.findall(r"\*SEC\d{6}\*", t)
    if len(bare) != len(ids) or len(starred) != len(ids) or "Form SEC-12" not in t:
        return [f"ids not all printed once between asterisks ({len(bare)} bare, {len(starred)} starred)"]
    return []


def trap_mh(t, ids, recs):
    flat = re.sub(r"\s+", " ", clean("marrowgate-housing-authority-ri", t))
    per = [int(x) for x in re.findall(r"\(\d+ units\)\. (\d+) resident safety incidents were logged\.", flat)]
    wos = re.findall(r"Maintenance: work order (WO 25-\d{5}),", flat)
    if sum(per) != len(ids) or len(per) != 6 or len(wos) < 3 or ids == sorted(ids):
        return [f"development counts {sum(per)} / {len(per)}, {len(wos)} work orders, or ids in order"]
    return []


def trap_ap(t, ids, recs):
    letters = xs = 0
    for line in t.splitlines():
        for park in PARKS:
            if line.startswith(park + " ") or line == park:
                # two marks in one hour cell may come out glued ("ax")
                cells = [c for c in line[len(park):].split() if re.fullmatch(r"[a-qx]+", c)]
                letters += sum(len(c) - c.count("x") for c in cells)
                xs += sum(c.count("x") for c in cells)
    today = [(int(a), int(b)) for a, b in re.findall(r"Incidents today: (\d+) +Permits today: (\d+)", t)]
    permits = len(re.findall(r"^x +PMT-25-\d{4} +\d\d:00 ", t, re.M))
    heads = len(DAY_HEAD.findall(t))
    if letters != len(ids) or sum(a for a, _ in today) != len(ids) or xs != permits \
            or permits != sum(b for _, b in today) or heads != t.count("\f"):
        return [f"board letters {letters}, x marks {xs}, permit rows {permits}, day headings {heads}"]
    return []


def trap_kv(t, ids, recs):
    m = re.search(r"Tickets in export: (\d+) +\(security incidents (\d+), work orders (\d+), "
                  r"service requests (\d+)\)", t)
    wo = len(re.findall(r"^WO-\d{7} +\d\d/\d\d/2025 \d\d:\d\d +FACILITIES ", t, re.M))
    sr = len(re.findall(r"^SR-\d{6} +\d\d/\d\d/2025 \d\d:\d\d +CUST SVC ", t, re.M))
    if not m or (int(m.group(3)), int(m.group(4))) != (wo, sr) or int(m.group(1)) != len(ids) + wo + sr \
            or wo < 10 or sr < 5:
        return [f"non-incident tickets {wo} WO / {sr} SR do not match the export totals"]
    return []


TRAPS = {"hearthmoor-usd-ca-school-safety": trap_hm, "calderon-county-medical-center-security": trap_cc,
         "marrowgate-housing-authority-ri": trap_mh, "ashdown-parks-and-recreation-oh": trap_ap,
         "kestrel-valley-water-power-security-id": trap_kv}


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    return [f"{name}: {p}" for p in TRAPS[folder](t, e["case_numbers"], recs)]


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        t = run(["pdftotext", "-layout", str(pdf), "-"])
        pages = t.count("\f")
        if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
            problems.append(f"{pdf.name}: sha256/bytes differ")
        if pages != e["pages"]:
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
        problems += check_samples(folder.name, pdf.name, t, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, t, e, recs)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs45.py"), tmp], check=True)
        made = {p.relative_to(tmp) for p in Path(tmp).rglob("*") if p.suffix in (".pdf", ".json")}
        if made != {p.relative_to(here) for p in before}:
            problems.append("regenerated set has different files")
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
