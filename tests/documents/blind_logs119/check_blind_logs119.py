"""Stand-alone check of the held-out set blind_logs119 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals len(case_numbers)
and is 40-150 with no duplicate id; every case number and related number is in the
`pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record-start pattern gives exactly the listed ids in order (lines carrying a `Deleted:` balloon
start a stretch that is not a record; the Elstow comments summary starts one too); the document's
own count equals record_count; every sample value is printed inside its own record's stretch of
text, its words in order; size < 200 KB; plus one check of each layout's trap (deleted rows and
struck old numbers, comment balloons citing other cases and CAD numbers, deleted and inserted
paragraphs, renumbered items, the comments summary). With --regen, regenerating must give
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

# record-start patterns read off the text (not used by prr); group "id" is the record's id,
# group "old" a struck-through superseded number printed before it
START = {
    "ashgrove-wi-pd": re.compile(r"^ *(?:(?P<old>25-0\d{4}) +)?(?P<id>25-0\d{4}) +\d\d/\d\d/2025 \d\d:\d\d "),
    "brenlow-county-id-so": re.compile(r"^Case No\.: (?P<id>BC25-\d{4}) +Reported: "),
    "corrin-city-or-pd": re.compile(r"^\d\d/\d\d/2025 \d{4} hrs - Case (?:(?P<old>25-\d{4}) )?(?P<id>25-\d{4}) - "),
    "dunmere-university-nh-dps": re.compile(
        r"^ *(?:(?P<was>\d+)\. +)?(?P<n>\d+)\. +Report (?:(?P<old>2025-\d{5}) +)?(?P<id>2025-\d{5}), "),
    "elstow-county-ks-so": re.compile(r"^(?P<id>E25-\d{5}) +\d\d/\d\d/2025 \d\d:\d\d "),
}
NONREC = {"elstow-county-ks-so": re.compile(r"^Summary of Comments on ")}
TOTAL = {
    "ashgrove-wi-pd": re.compile(r"Entries in log: (\d+)"),
    "brenlow-county-id-so": re.compile(r"Blocks: (\d+) "),
    "corrin-city-or-pd": re.compile(r"Releasable entries: (\d+) "),
    "dunmere-university-nh-dps": re.compile(r"Items in this summary: (\d+)"),
    "elstow-county-ks-so": re.compile(r"Total incidents: (\d+)"),
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


def stretches(folder, t):
    """(id or None, text, match or None) per stretch in print order; None = not a record."""
    out, cur = [], None
    for line in t.splitlines():
        m = START[folder].match(line)
        non = NONREC.get(folder)
        if m or (non and non.match(line)):
            if cur:
                out.append(cur)
            rec = m and "Deleted:" not in line
            cur = [m.group("id") if rec else None, [line], m]
        elif cur:
            cur[1].append(line)
    if cur:
        out.append(cur)
    return [(a, "\n".join(b), c) for a, b, c in out]


def records(folder, t):
    return [(num, text, m) for num, text, m in stretches(folder, t) if num]


def norm(tok):
    return tok.strip('".,;:()#')


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


def rel(e, kind):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] == kind}


def superseded(recs):
    return {(num, m.group("old")) for num, _, m in recs if m.group("old")}


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, bad = e["case_numbers"], False
    dead = [m for num, _, m in stretches(folder, t) if m and not num]
    if folder == "ashgrove-wi-pd":
        balloons = re.findall(r"\[RT\d+\] ", t)
        bad = (len(dead) < 2 or any(m.group("id") in ids for m in dead)
               or superseded(recs) != rel(e, "superseded_number") or len(superseded(recs)) < 5
               or len(balloons) != len(dead) + len(superseded(recs)))
    if folder == "brenlow-county-id-so":
        cites = [(num, c) for num, text, _ in recs for c in re.findall(r"same caller as (BC25-\d{4})", text)]
        cads = {(num, c) for num, text, _ in recs for c in re.findall(r"per CAD (\d{6}-\d{4})", text)}
        m = re.search(r"Review: (\d+) comments, (\d+) changes", t)
        edits = sum(1 for _, text, _ in recs if re.search(r"Reported: \S+ \d\d:\d\d \d\d:\d\d", text))
        bad = (not m or int(m.group(1)) != len(re.findall(r"Comment \[[A-Z]{2}\d+\]:", t)) or len(cites) < 3
               or any(c not in ids or c == num for num, c in cites) or cads != rel(e, "cad_number")
               or len(cads) < 5 or edits < 5 or int(m.group(2)) < edits)
    if folder == "corrin-city-or-pd":
        m = re.search(r"deleted in review: (\d+); late entries inserted: (\d+)\)", t)
        ins = len(re.findall(r"Inserted: late entry", t))
        bad = (not m or int(m.group(1)) != len(dead) or int(m.group(2)) != ins or len(dead) < 2 or ins < 2
               or any(x.group("id") in ids for x in dead) or not all("juvenile" in x.string for x in dead)
               or superseded(recs) != rel(e, "superseded_number") or len(superseded(recs)) < 3)
    if folder == "dunmere-university-nh-dps":
        nums = [int(m.group("n")) for _, _, m in recs]
        was = [m.group("was") for _, _, m in recs]
        ins = [num for num, text, _ in recs if "Inserted:" in text.splitlines()[0]]
        renum = sum(1 for w in was if w)
        bad = (nums != list(range(1, len(recs) + 1)) or len(dead) != 1 or dead[0].group("id") in ids
               or renum < 5 or len(ins) != 1 or any(w and int(w) != n + 1 for w, n in zip(was, nums))
               or superseded(recs) != rel(e, "superseded_number"))
    if folder == "elstow-county-ks-so":
        summ = re.findall(r"^(E25-\d{5}) +\((\d+)\) (Sticky Note|Replace Text|Highlight) ", t, re.M)
        m = re.search(r"^Comments: (\d+)$", t, re.M)
        marks = re.findall(r"^E25-\d{5} +\d\d/\d\d/2025 .*\((\d+)\)$", t, re.M)
        own = {num: text.splitlines()[0] for num, text, _ in recs}
        bad = (not m or int(m.group(1)) != len(summ) or len(summ) < 5
               or [int(k) for _, k, _ in summ] != list(range(1, len(summ) + 1))
               or any(c not in ids or not own[c].rstrip().endswith(f"({k})") for c, k, _ in summ)
               or len(marks) != len(summ) or t.index("Summary of Comments") < t.index("Total incidents:"))
    return [f"{name}: {folder} layout trap does not hold"] if bad else []


def check_text(folder, name, t, e):
    problems = check_numbers(name, t, e)
    ids = e["case_numbers"]
    recs = records(folder, t)
    found = [num for num, _, _ in recs]
    if found != ids:
        problems.append(f"{name}: start pattern found {len(found)} ids, listed {len(ids)}"
                        + ("" if len(found) != len(ids) else " (different ids or order)"))
    got = [int(x) for x in TOTAL[folder].findall(t)]
    if got != [len(ids)]:
        problems.append(f"{name}: document's own count {got} vs {len(ids)}")
    problems += check_samples(name, recs, e)
    if recs:
        problems += check_layout(folder, name, t, e, recs)
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
        problems += check_text(folder.name, pdf.name, t, e)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs119.py"), tmp], check=True)
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
