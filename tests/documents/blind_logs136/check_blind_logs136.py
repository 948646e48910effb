"""Stand-alone check of the held-out set blind_logs136 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150 with no duplicate id; every case number and related number is in
the `pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
stretch-start pattern (which also finds the non-record stretches: updated entries, no-incident
days, day headings) gives exactly the listed ids in order; the document's own total equals
record_count; every sample value is printed inside its own record's stretch, its words in order;
size < 200 KB; plus one check of each layout's trap. With --regen, regenerating must give
identical files. `--dir DIR` checks a copy elsewhere (mutation runs).
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
D = r"\d\d/\d\d/2025"
# stretch-start patterns read off the text (not used by prr); a match without an id group starts a
# stretch that is not a record
START = {
    "harlow-state-university-pd": re.compile(
        rf"^(?:HS25-\d{{4}} +UPDATED |{D} +No crimes reported|(?P<id>HS25-\d{{4}}) +(?:F-25-\d{{3}} +)?{D} \d\d:\d\d )",
        re.M),
    "kestrel-valley-cc-campus-safety": re.compile(
        rf"^(?:Report No\.: 2025-\d{{6}} +\(UPDATED|{D} - No incidents reported|Report No\.: (?P<id>2025-\d{{6}})$"
        rf"|Fire No\.: KVF-\d\d +Report No\.: (?P<id2>2025-\d{{6}})$)", re.M),
    "brantmoor-college-public-safety": re.compile(
        r"^(?:[A-Z]+DAY, [A-Z]+ \d+, 2025$|FIRE LOG$|Update: |No Clery-reportable|Case (?P<id>25-\d{4}) )", re.M),
    "osric-university-dps": re.compile(
        rf"^ *(?:\({D}: no incidents|\d+\. +UPDATE to |\d+\. +(?P<id>25-0\d{{4}}) )", re.M),
    "tallis-institute-police": re.compile(
        rf"^(?:{D} +-- no incidents|{D} \d\d:\d\d +(?:25-F\d{{3}} +)?(?P<id>T25-\d{{5}}) )", re.M),
}
TOTAL = {  # the document's own count of records
    "harlow-state-university-pd": re.compile(r"Total incidents: (\d+)"),
    "kestrel-valley-cc-campus-safety": re.compile(r"Entries in this log: (\d+) incidents"),
    "brantmoor-college-public-safety": re.compile(r"This bulletin lists (\d+) incidents"),
    "osric-university-dps": re.compile(r"\(incidents (\d+), updates"),
    "tallis-institute-police": re.compile(r"Total incidents: (\d+)"),
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
        g = m.groupdict()
        out.append((g.get("id") or g.get("id2"), t[m.start():end], m.start(), m))
    return out


def records(folder, t):
    return [b[:3] for b in blocks(folder, t) if b[0]]


def norm(tok):
    return tok.strip('".,;:()#[]')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(name, recs, e):
    problems = []
    by_id = {num: text for num, text, _ in reversed(recs)}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text = by_id[s["case_number"]]
        for key, val in s.items():
            if not in_order(val.split(), text.split()):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, kind="fire_number"):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] == kind}


def cited_after(t, cites, recs):
    """every (number, offset) citation points to a record printed before it."""
    first = {num: pos for num, _, pos in reversed(recs)}
    return all(num in first and first[num] < p for num, p in cites)


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, bad = e["case_numbers"], False
    if folder == "harlow-state-university-pd":
        up = [(m.group(1), m.start()) for m in re.finditer(r"^(HS25-\d{4}) +UPDATED ", t, re.M)]
        m = re.search(r"Disposition updates: (\d+) ", t)
        fires = set(re.findall(r"^(HS25-\d{4}) +(F-25-\d{3}) +\d\d/", t, re.M))
        bad = (not m or int(m.group(1)) != len(up) or len(up) < 3 or not cited_after(t, up, recs)
               or fires != rel(e) or len(fires) < 5)
    if folder == "kestrel-valley-cc-campus-safety":
        up = [(m.group(1), m.start()) for m in re.finditer(r"^Report No\.: (2025-\d{6}) +\(UPDATED", t, re.M)]
        m = re.search(r"(\d+) updated entries", t)
        fires = set((b, a) for a, b in re.findall(r"^Fire No\.: (KVF-\d\d) +Report No\.: (2025-\d{6})$", t, re.M))
        bad = (not m or int(m.group(1)) != len(up) or len(up) < 3 or not cited_after(t, up, recs)
               or fires != rel(e) or len(fires) < 5)
    if folder == "brantmoor-college-public-safety":
        up = [(m.group(1), m.start()) for m in re.finditer(r"^Update: the status of case (25-\d{4}) ", t, re.M)]
        m = re.search(r"fires\) and (\d+) status updates", t)
        fires = set(re.findall(r"^Case (25-\d{4}) \(fire log no\. (BF-\d\d)\)", t, re.M))
        bad = (not m or int(m.group(1)) != len(up) or len(up) < 3 or not cited_after(t, up, recs)
               or fires != rel(e) or len(fires) < 5)
    if folder == "osric-university-dps":
        nums = [int(x) for x in re.findall(r"^ *(\d+)\. +\S", t, re.M)]
        up = [(m.group(1), m.start()) for m in re.finditer(r"^ *\d+\. +UPDATE to (25-0\d{4}):", t, re.M)]
        m = re.search(r"Numbered entries: (\d+) \(incidents (\d+), updates (\d+)\)", t)
        fires = set(re.findall(r"^ *\d+\. +(25-0\d{4}) +Fire No\. (\d{4}) ", t, re.M))
        bad = (not m or nums != list(range(1, len(nums) + 1)) or int(m.group(1)) != len(nums)
               or int(m.group(3)) != len(up) or len(nums) != len(ids) + len(up) or len(up) < 3
               or not cited_after(t, up, recs) or fires != rel(e) or len(fires) < 5)
    if folder == "tallis-institute-police":
        pages = t.split("\f")
        split = 0
        for p in pages[1:]:
            body = [ln for ln in p.splitlines()[2:] if ln.strip()]
            split += bool(body) and not START[folder].match(body[0]) and body[0].startswith(" ")
        fires = set((b, a) for a, b in re.findall(r"^\d\d/\d\d/2025 \d\d:\d\d +(25-F\d{3}) +(T25-\d{5}) ", t, re.M))
        empty = re.findall(r"^\d\d/\d\d/2025 +-- no incidents reported --", t, re.M)
        bad = split < 1 or fires != rel(e) or len(fires) < 5 or len(empty) < 3
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs136.py"), tmp], check=True)
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
