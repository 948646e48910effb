"""Stand-alone check of the held-out set blind_logs110 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150 with no duplicate id; every case number and related number is in
the `pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record-start pattern (which also finds the non-record stretches: stops, counts and briefings in the
DUI report, supplement blocks, the citation-only appendix) gives exactly the listed ids in order
(Calloway's supplement blocks collapse to the case's first appearance); the document's own count
equals record_count; every sample value is printed inside its own record's stretch of text, its
words in order (Brennock's date comes from the operation heading above the entry); size < 200 KB;
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

# stretch-start patterns read off the text (not used by prr); a match without group "id" starts a
# stretch that is not a record
START = {
    "arlow-ks-pd": re.compile(r"^(?P<id>TC25-\d{5}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "brennock-county-mo-so": re.compile(r"^(?:OPERATION 25-OP-\d{3} |\d{4} +(?:ARREST - Case (?P<id>25-\d{5}):)?)", re.M),
    "calloway-tn-pd": re.compile(r"^CASE (?P<id>HR-25-\d{4}) +ENTRY: (?:ORIGINAL REPORT|SUPPLEMENT (?P<s>\d)) ", re.M),
    "dunmore-pa-pd": re.compile(r"^ *(?P<n>\d+)\. Crash Report (?P<id>25-\d{4}), ", re.M),
    "ellery-or-pd": re.compile(r"^(?P<id>25-\d{5}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
}
REPEATS = {"calloway-tn-pd"}  # one record printed in several stretches
TOTAL = {  # the document's own count of records
    "arlow-ks-pd": re.compile(r"Collisions reported: (\d+) "),
    "brennock-county-mo-so": re.compile(r"DWI arrests this report: (\d+) "),
    "calloway-tn-pd": re.compile(r"Cases opened in period: (\d+) "),
    "dunmore-pa-pd": re.compile(r"Total crash reports listed: (\d+)"),
    "ellery-or-pd": re.compile(r"Collision and hit-and-run events: (\d+)"),
}
DAY_HEAD = re.compile(r"^OPERATION 25-OP-\d{3} .*?([A-Z][a-z]+day, [A-Z][a-z]+ \d\d, 2025) ", re.M)
APPENDIX = "CITATIONS WITHOUT A COLLISION REPORT"


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
    cut = t.find(APPENDIX) if folder == "ellery-or-pd" else -1
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        num = m.groupdict().get("id")
        if cut >= 0 and m.start() > cut:
            num = None  # a stop in the citation-only appendix
        out.append((num, t[m.start():end], m.start(), m))
    return out


def records(folder, t):
    recs, seen = [], set()
    for b in blocks(folder, t):
        if not b[0]:
            continue
        if folder in REPEATS and b[0] in seen:
            continue
        seen.add(b[0])
        recs.append(b[:3])
    return recs


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def heading_date(t, pos):
    """MM/DD/YYYY of the last shift heading printed before offset pos."""
    heads = list(DAY_HEAD.finditer(t, 0, pos))
    if not heads:
        return None
    return datetime.datetime.strptime(heads[-1].group(1), "%A, %B %d, %Y").strftime("%m/%d/%Y")


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {num: (text, pos) for num, text, pos in reversed(recs)}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos = by_id[s["case_number"]]
        for key, val in s.items():
            if folder == "brennock-county-mo-so" and key == "reported_at":
                date, _, time = val.partition(" ")
                ok = text.split()[0] == time and heading_date(t, pos) == date
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, kind):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] == kind}


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, bad = e["case_numbers"], False
    if folder == "arlow-ks-pd":
        rows = re.findall(r"^(TC25-\d{5} +.*? |\s{40,})V(\d) ", t, re.M)
        m = re.search(r"Vehicles: (\d+) ", t)
        prev, multi = 0, 0
        for lead, v in rows:
            v = int(v)
            if lead.startswith("TC25-"):
                bad |= v != 1
            else:
                bad |= v != prev + 1
                multi += v == 2
            prev = v
        tows = set(re.findall(r"\b(TW25-\d{5})\b", t))
        bad |= (not m or int(m.group(1)) != len(rows) or multi < 10
                or tows != {n for _, n in rel(e, "tow_number")} or any(x in ids for x in tows))
    if folder == "brennock-county-mo-so":
        ops = [mm.start() for mm in re.finditer(r"^OPERATION 25-OP-\d{3} ", t, re.M)] + [len(t)]
        stops_sum, nstop = 0, 0
        for a, b in zip(ops, ops[1:]):
            sec = t[a:b]
            arrests = re.findall(r"^\d{4} +ARREST - Case 25-\d{5}: .*?, stop (\d+), ", sec, re.M)
            plain = re.findall(r"^\d{4} +Stop (\d+):", sec, re.M)
            nums = sorted(int(x) for x in arrests + plain)
            tot = re.search(r"Totals 25-OP-\d{3}: vehicles screened \d+, stops (\d+), DWI arrests (\d+)\.", sec)
            bad |= (not tot or nums != list(range(1, len(nums) + 1)) or int(tot.group(1)) != len(nums)
                    or int(tot.group(2)) != len(arrests))
            stops_sum += len(nums)
            nstop += len(plain)
        m = re.search(r"Stops: (\d+)$", t, re.M)
        bad |= not m or int(m.group(1)) != stops_sum or nstop < len(ids) // 3
    if folder == "calloway-tn-pd":
        seen, last, nsup = set(), {}, 0
        for num, _, _, mm in blocks(folder, t):
            s = mm.group("s")
            if s is None:
                bad |= num in seen
                seen.add(num)
                last[num] = 0
            else:
                nsup += 1
                bad |= num not in seen or int(s) != last.get(num, -9) + 1
                last[num] = int(s)
        m = re.search(r"Log entries \(originals and supplements\): (\d+)", t)
        tows = set(re.findall(r"Tow: (CT-\d{5})", t))
        bad |= (not m or int(m.group(1)) != len(blocks(folder, t)) or nsup < 5
                or tows != {n for _, n in rel(e, "tow_number")})
    if folder == "dunmore-pa-pd":
        bl = blocks(folder, t)
        nums = [int(mm.group("n")) for _, _, _, mm in bl]
        spans = sum(1 for _, text, _, _ in bl[:-1] if "\f" in text.rstrip())
        tows = {x for x in re.findall(r"(?<![\w-])(25-T\d{4})\)", t)}
        bad = (nums != list(range(1, len(ids) + 1)) or spans < 2
               or tows != {n for _, n in rel(e, "tow_number")} or any(x in ids for x in tows))
    if folder == "ellery-or-pd":
        cut = t.find(APPENDIX)
        m = re.search(APPENDIX + r" \(traffic stops\) - (\d+) stops, not incidents", t)
        stops = re.findall(r"^(25-\d{5}) +\d\d/\d\d/2025 \d\d:\d\d +E\d{6} ", t[cut:], re.M) if cut >= 0 else []
        rel_nums = {r["number"] for r in e["related_numbers"]}
        bad = (not m or int(m.group(1)) != len(stops) or len(stops) < 10
               or any(s in ids or s in rel_nums for s in stops) or not stops or min(stops) > max(ids))
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs110.py"), tmp], check=True)
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
