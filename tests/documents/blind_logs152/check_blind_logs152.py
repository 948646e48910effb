"""Stand-alone check of the held-out set blind_logs152 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150 with no duplicate id; every id and related number is in the
`pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
stretch-start pattern (which also finds the non-record stretches: fare-sweep rows, update paragraphs,
day and route headings, route totals, train-run headers, empty-run and cross-reference lines, closing
lines) gives exactly the listed ids in order; the document's own count equals record_count; every
sample value is printed inside its own record's stretch of text, its words in order; size < 200 KB;
plus one check of each layout's trap.
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

# stretch-start patterns read off the text (not used by prr); a match with group "rec" starts a record
# stretch whose id is group "id" or, where the id is printed inside the stretch, the IDIN match there
START = {
    "corliss-valley-or-rtp": re.compile(
        r"^ *(?:(?:Train \d{3}|Rt \d{1,2}) +\d{4} +.*? (?:(?P<rec>(?P<id>CVT-25-0\d{4}))|(?P<sweep>N/A))"
        r" +\d\d/\d\d \d\d:\d\d |Incidents: \d+ )", re.M),
    "bellmere-mn-airport-pd": re.compile(
        r"^ *(?:(?P<rec>Report No\.: +(?P<id>BAP-25-\d{4}))$|Total reports this period:)", re.M),
    "port-of-skerrow-me-hp": re.compile(
        r"^ *(?:(?P<rec>At \d{4} hrs on Nov \d+,)|(?P<upd>Update, Harbor case )"
        r"|[A-Z][a-z]+day, November \d+, 2025$|Harbor cases opened this week:)", re.M),
    "sandral-valley-az-tdp": re.compile(
        r"^ *(?:(?P<rec>(?P<n>\d+)\. +(?P<id>SV25-03\d{4}) \u2014 )|(?P<route>ROUTE (?P<rn>\d+) \u2014 )"
        r"|(?P<sub>Route \d+ total:)|Period total:)", re.M),
    "aldous-bay-ma-crp": re.compile(
        r"^ *(?:(?P<rec>(?P<id>ABR25-1\d{4}) +11/\d\d \d\d:\d\d )|(?P<run>TRAIN \d{3} )|(?P<see>see ABR25-)"
        r"|(?P<empty>No new incidents on this run\.)|[A-Z]+DAY 11/\d\d/2025$|Week total:)", re.M),
}
IDIN = {
    "port-of-skerrow-me-hp": re.compile(r"Harbor\s+case\s+(25-H-0\d{3})\s+opened\."),
}
TOTAL = {  # the document's own count of records
    "corliss-valley-or-rtp": re.compile(r"Incidents: (\d+) "),
    "bellmere-mn-airport-pd": re.compile(r"Total reports this period: (\d+)"),
    "port-of-skerrow-me-hp": re.compile(r"Harbor cases opened this week: (\d+)\."),
    "sandral-valley-az-tdp": re.compile(r"Period total: (\d+) incidents"),
    "aldous-bay-ma-crp": re.compile(r"Week total: \d+ runs, (\d+) incidents"),
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
        text = t[m.start():end]
        num = None
        if m.group("rec"):
            if folder in IDIN:
                found = IDIN[folder].findall(text)
                num = found[0] if len(found) == 1 else "?"
            else:
                num = m.group("id")
        out.append((num, text, m.start(), m))
    return out


def records(folder, t):
    """Record stretches: (id, text, start offset)."""
    return [(num, text, start) for num, text, start, _ in blocks(folder, t) if num]


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


def rel(e, kind=None):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if kind in (None, r["kind"])}


def first_line(text):
    return text.splitlines()[0] if text else ""


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, bad = e["case_numbers"], [num for num, _, _ in recs] != e["case_numbers"]
    if folder == "corliss-valley-or-rtp":
        pairs, sweeps, swcit, ranges = set(), 0, 0, []
        for num, text, _, m in blocks(folder, t):
            line = first_line(text)
            if m.group("rec"):
                mm = re.match(r" *(?:Train (\d{3})|Rt \d{1,2}) +(\d{4}) ", line)
                pairs |= {(num, x) for x in mm.groups() if x}
                cits = re.findall(r"\bFE \d{7}(?![\d-])", line)
                pairs |= {(num, x) for x in cits}
                bad |= len(cits) > 1 or "sweep" in line
            elif m.group("sweep"):
                sweeps += 1
                sm = re.search(r"Fare inspection sweep: \d+ checked, (\d+) cited +FE (\d{7})-(\d{7}) +No incident "
                               r"report", line)
                if sm is None:
                    bad = True
                    continue
                k, lo, hi = (int(x) for x in sm.groups())
                bad |= hi - lo + 1 != k
                swcit += k
                ranges.append((lo, hi))
        cits = [int(x.split()[1]) for _, x in rel(e, "fare_citation")]
        tot = re.search(r"Incidents: (\d+) +Fare sweeps: (\d+) +Fare citations: (\d+)", t)
        bad |= (pairs != rel(e) or sweeps < 3 or tot is None or int(tot.group(2)) != sweeps
                or int(tot.group(3)) != len(cits) + swcit or any(lo <= c <= hi for c in cits for lo, hi in ranges))
    if folder == "bellmere-mn-airport-pd":
        cur, seq, pairs, nrel = None, [], set(), 0
        for line in t.splitlines():
            m = re.match(r" *(Related )?Report No\.: +(BAP-\d\d-\d{4})\b", line)
            if m and m.group(1):
                nrel += 1
                bad |= cur is None
                pairs.add((cur, m.group(2)))
            elif m:
                cur = m.group(2)
                seq.append(cur)
        flights = set()
        for num, text, _, _ in blocks(folder, t):
            if not num:
                continue
            fl = re.findall(r"^ *Flight: +(.*?) *$", text, re.M)
            bad |= len(fl) != 1 or len(re.findall(r"^ *Disposition: ", text, re.M)) != 1
            fm = re.fullmatch(r"(?:[A-Z][a-z]+ )+(\d{1,4})", fl[0]) if fl else None
            bad |= fm is None and fl != ["none"]
            if fm:
                flights.add((num, fm.group(1)))
        bad |= (seq != ids or pairs != rel(e, "related_report") or nrel < 3 or any(x in ids for _, x in pairs)
                or flights != rel(e, "flight"))
    if folder == "port-of-skerrow-me-hp":
        seen, upd, pairs = [], 0, set()
        for num, text, _, m in blocks(folder, t):
            flat = re.sub(r"\s+", " ", text)
            if num:
                seen.append(num)
                pairs |= {(num, x) for x in re.findall(r"IMO \d{7}", flat)}
                pairs |= {(num, x) for x in re.findall(r"USCG Doc\. No\. (\d{7})", flat)}
                pairs |= {(num, x) for x in re.findall(r"registration (ME \d{4} [A-Z]{2})", flat)}
            elif m.group("upd"):
                upd += 1
                um = re.match(r" ?Update, Harbor case (25-H-0\d{3}) \(Nov \d+\): .*?No new case\.", flat)
                bad |= um is None or um.group(1) not in seen or len(re.findall(r"25-H-", flat)) != 1
        tot = re.search(r"Harbor cases opened this week: (\d+)\. Updates to earlier cases: (\d+)\.", t)
        bad |= upd < 3 or pairs != rel(e) or tot is None or int(tot.group(2)) != upd
    if folder == "sandral-valley-az-tdp":
        sections, pairs = [], set()
        for num, text, _, m in blocks(folder, t):
            flat = re.sub(r"\s+", " ", text)
            if m.group("route"):
                sections.append([m.group("rn"), [], False])
            elif num:
                if not sections:
                    bad = True
                    continue
                sections[-1][1].append(int(m.group("n")))
                pairs |= {(num, x) for x in re.findall(r"Bus (\d{4}) at stop", flat)}
                pairs |= {(num, x) for x in re.findall(r"Fare citation (F-\d{7}) issued", flat)}
            elif m.group("sub"):
                sm = re.match(r" *Route (\d+) total: (\d+) incidents", text)
                bad |= (not sections or sm is None or sm.group(1) != sections[-1][0]
                        or int(sm.group(2)) != len(sections[-1][1]))
                if sections:
                    sections[-1][2] = True
        tot = re.search(r"Period total: \d+ incidents on (\d+) routes", t)
        bad |= (len(sections) < 5 or not all(s[2] for s in sections) or pairs != rel(e)
                or any(s[1] != list(range(1, len(s[1]) + 1)) for s in sections)
                or sum(len(s[1]) for s in sections) != len(ids) or sum(len(s[1]) > 1 for s in sections) < 2
                or tot is None or int(tot.group(1)) != len(sections))
    if folder == "aldous-bay-ma-crp":
        runs, seen, sees, pairs = [], {}, 0, set()
        for num, text, _, m in blocks(folder, t):
            line = first_line(text)
            if m.group("run"):
                rm = re.match(r" *TRAIN (\d{3}) .*Consist: ((?:\d{4} )+)\((\d+) cars\)", line)
                if rm is None:
                    bad = True
                    continue
                cars = rm.group(2).split()
                bad |= len(cars) != int(rm.group(3))
                runs.append({"train": rm.group(1), "cars": cars, "empty": False, "incs": 0})
            elif num:
                cm = re.search(r" Car (\d{4}) ", line)
                if not runs or cm is None:
                    bad = True
                    continue
                run_ = runs[-1]
                bad |= cm.group(1) not in run_["cars"] or run_["empty"]
                run_["incs"] += 1
                pairs.add((num, cm.group(1)))
                pairs |= {(num, x) for x in re.findall(r"FX-00\d{5}", line)}
                seen[num] = run_["train"]
            elif m.group("empty"):
                bad |= not runs or runs[-1]["incs"] > 0
                if runs:
                    runs[-1]["empty"] = True
            elif m.group("see"):
                sees += 1
                sm = re.match(r" *see (ABR25-1\d{4}) \(Train (\d{3})\): subject boarded this train at [A-Z]{3}", line)
                bad |= sm is None or seen.get(sm.group(1)) != sm.group(2)
        tot = re.search(r"Week total: (\d+) runs, \d+ incidents, (\d+) cross-references", t)
        bad |= (sees < 3 or pairs != rel(e) or tot is None or int(tot.group(1)) != len(runs)
                or int(tot.group(2)) != sees or not all(x["empty"] != (x["incs"] > 0) for x in runs))
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
        if pages != e["pages"] or not 1 <= pages <= 10:
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs152.py"), tmp], check=True)
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
