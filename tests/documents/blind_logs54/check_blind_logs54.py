"""Stand-alone check of the fifty-fourth held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed, and no number is both; a layout-specific
record pattern finds exactly the listed ids in order; the document's own count equals
record_count; every sample value is printed inside its own record's stretch of text, its words
in order (dates from the day band / day heading above the record where the row prints only a
time; Fale'ula's village from the merged cell of the record's group); size < 200 KB; plus one
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

# record patterns, one per agency, read off the text (not used by prr); group "id" is the id
START = {
    "lagu-island-gu-pd": re.compile(r"^(?P<time>\d{4} hrs) +\S.*? (?P<id>LI-25-\d{5})$", re.M),
    "virgin-cays-port-authority-police": re.compile(r"^ +(?P<time>\d{4} hrs) (?P<id>PAP-25-\d{4}) ", re.M),
    "fale-ula-district-as-police": re.compile(
        r"^(?P<pre>[^\n]*?) *(?P<id>FD/25/\d{4}) +\d\d/\d\d/2025 +\d{4}hrs ", re.M),
    # St. Brendan prints the id at the END of each card: this pattern marks where a record ends
    "st-brendan-island-vi-police": re.compile(r"Complaint No\. (?P<id>SBP-25-\d{5})$", re.M),
    "tutuvale-eastern-district-as-police": re.compile(r"^(?P<id>ED25-\d{4}) +\d\d/\d\d/\d\d +\d{4} hrs ", re.M),
}
TOTAL = {  # the document's own count of records
    "lagu-island-gu-pd": re.compile(r"Total blotter entries: (\d+)"),
    "virgin-cays-port-authority-police": re.compile(r"Occurrences: (\d+)"),
    "fale-ula-district-as-police": re.compile(r"Aofa'i / Total: (\d+)"),
    "st-brendan-island-vi-police": re.compile(r"Cards in this file: (\d+)"),
    "tutuvale-eastern-district-as-police": re.compile(r"District total: (\d+) reports"),
}
BAND = re.compile(r"^[A-Z]+DAY +(?P<date>\d\d [A-Z]{3} 2025) +\((?P<n>\d+) entries\)$", re.M)
DAY_HEAD = re.compile(r"^[A-Z][a-z]+day (?P<date>\d\d [A-Z][a-z]+ 2025)$", re.M)


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def check_numbers(name, t, e):
    problems = []
    flat = re.sub(r"\s+", " ", t)
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    for num in set(ids + related):
        want = ids.count(num) + related.count(num)
        have = len(re.findall(rf"(?<![\w/-]){re.escape(num)}(?![\w/-])", flat))
        if have < want:
            problems.append(f"{name}: {num} printed {have}x, listed {want}x")
    for num in {r["number"] for r in e["related_numbers"]} & set(ids):
        problems.append(f"{name}: {num} is both an id and a related number")
    return problems


def records(folder, t):
    """(id, text stretch, start offset) per record, in print order."""
    ms = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(ms):
        if folder == "st-brendan-island-vi-police":  # id closes the card: stretch runs back to the last id
            begin = ms[i - 1].end() if i else 0
            out.append((m.group("id"), t[begin:m.end()], begin))
            continue
        end = ms[i + 1].start() if i + 1 < len(ms) else min(len(t), m.start() + 600)
        out.append((m.group("id"), t[m.start():end], m.start()))
    return out


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def last_before(pattern, t, pos):
    heads = list(pattern.finditer(t, 0, pos))
    return heads[-1].group("date") if heads else None


def village_of(t, pos):
    """The merged village cell in force at offset pos (Fale'ula): the last non-empty cell text."""
    pres = [m.group("pre").strip() for m in START["fale-ula-district-as-police"].finditer(t, 0, t.find("\n", pos))]
    pres = [p for p in pres if p]
    return pres[-1] if pres else None


def sample_ok(folder, t, key, val, text, pos):
    if key == "reported_at" and folder == "lagu-island-gu-pd":
        return val == f"{last_before(BAND, t, pos)} {START[folder].match(text).group('time')}"
    if key == "reported_at" and folder == "virgin-cays-port-authority-police":
        return val == f"{last_before(DAY_HEAD, t, pos)} {START[folder].match(text).group('time').strip()}"
    if key == "location" and folder == "fale-ula-district-as-police":
        return val == village_of(t, pos)
    return all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))


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
            if not sample_ok(folder, t, key, val, text, pos):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, problems = e["case_numbers"], []
    if folder == "lagu-island-gu-pd":
        bands = [int(m.group("n")) for m in BAND.finditer(t)]
        cols = [m.start("id") - t.rfind("\n", 0, m.start()) - 1 for m in START[folder].finditer(t)]
        if sum(bands) != len(ids) or len(bands) < 2 or min(cols) < 90:
            problems.append(f"{name}: day-band counts {bands} or ids not in the last column ({min(cols)})")
    if folder == "virgin-cays-port-authority-police":
        sail = len(re.findall(r"^ +SAILING \d{4} hrs .*\(O\.N\. \d{7}\)", t, re.M))
        m = re.search(r"Sailings: (\d+) ", t)
        if not m or int(m.group(1)) != sail or "No occurrences." not in t or "NIGHT WATCH" not in t:
            problems.append(f"{name}: sailing headings {sail} do not match the closing 'Sailings:'")
    if folder == "fale-ula-district-as-police":
        stamps = [re.search(r"(\d\d/\d\d/2025) +(\d{4})hrs", text).groups() for _, text, _ in recs]
        key = [datetime.datetime.strptime(d + h, "%d/%m/%Y%H%M") for d, h in stamps]
        cells = [m.group("pre").strip() for m in START[folder].finditer(t)]
        named = [c for c in cells if c]
        if key == sorted(key) or not 3 <= len(named) < len(ids) // 2 or cells[0] == "":
            problems.append(f"{name}: rows in time order or village cells not merged ({len(named)})")
    if folder == "st-brendan-island-vi-police":
        cards = [int(x) for x in re.findall(r"^ +card (\d+)$", t, re.M)]
        bad = [num for num, text, _ in recs if text.count("Date/Time:") != 1]
        if cards != list(range(1, len(ids) + 1)) or bad:
            problems.append(f"{name}: card counters {len(cards)} or {len(bad)} ids not closing one card")
    if folder == "tutuvale-eastern-district-as-police":
        subs = [int(x) for x in re.findall(r"^Sub-total +\d\d/\d\d/\d\d +.*WATCH.* (\d+) reports$", t, re.M)]
        if sum(subs) != len(ids) or len(subs) < 5:
            problems.append(f"{name}: sub-total rows {subs} do not add up to the records")
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
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs54.py"), tmp], check=True)
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
