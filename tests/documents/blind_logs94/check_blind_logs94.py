"""Stand-alone check of the held-out set blind_logs94 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; size < 200 KB; record_count equals
len(case_numbers), is 40-150 and has no duplicate; every case number and related number is in the
`pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record-start pattern (which also finds the stretches that are not records: day bars, assists,
section headings, repeated rows) gives exactly the listed ids in order; the document's own totals
agree; every sample value is printed inside its own record's stretch, its words in order (the
marine patrol's date comes from the day bar above the row; the repeated-row report's offences from
all the rows of the case); plus one check of each layout's trap. With --regen, regenerating must
give identical files. `--dir DIR` checks a copy elsewhere (mutation runs).
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
BF, CL, FH, TS, WX = ("brackenfold-st-dnr-district-4", "calder-lake-county-st-so-marine-patrol",
                      "fernhollow-state-parks-eastern-district", "tollard-sound-st-marine-fisheries-enforcement",
                      "wexmoor-st-fgp-region-2-conservation")

# block-start patterns read off the text (not used by prr); a match without group "id" starts a
# stretch that is not a record
START = {
    BF: re.compile(r"^(?P<lic>HL-2025-\d{6}|FL-2025-\d{6}|BF \d{4} [A-Z]{2}|NONE PRESENTED) +(?P<id>D4-25-\d{4}) +"
                   r"\d\d/\d\d/2025 \d{4} ", re.M),
    CL: re.compile(r"^(?:\d\d:\d\d +(?P<id>MP25-\d{4}) | *[A-Z]+DAY (?P<day>\d\d/\d\d/2025)$)", re.M),
    FH: re.compile(r"^ *[A-Z][A-Z ]+ STATE (?:PARK|FOREST|BEACH)(?:,| -) ", re.M),
    TS: re.compile(r"^Activity No\. +(?P<id>TS-25-\d{5}) ", re.M),
    WX: re.compile(r"^(?:(?P<id>R2-\d{5})(?P<dag> \u2020)? +\d\d/\d\d/2025 "
                   r"|(?P<sec>HUNTING|FISHING|BOATING|PARK AND LAND USE)(?: \(continued\))?$)", re.M),
}
FH_CASE = re.compile(r"\[Case (25-FH-\d{4})\]")
TOTAL = {  # the document's own count of records
    BF: re.compile(r"Cases listed: (\d+) "),
    CL: re.compile(r"Incidents this period: (\d+)\."),
    FH: re.compile(r"Cases opened this week: (\d+)\."),
    TS: re.compile(r"Boardings: (\d+) "),
    WX: re.compile(r"Distinct cases: (\d+)"),
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
    """(id or None, text stretch, start offset, match) per block, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1200)
        text = t[m.start():end]
        if folder == FH:
            c = FH_CASE.search(text)
            num = c.group(1) if c else None
        else:
            num = m.groupdict().get("id")
        out.append((num, text, m.start(), m))
    return out


def records(folder, t):
    """Record stretches; in the repeated-row report only a case's first row opens a record."""
    out, seen = [], set()
    for b in blocks(folder, t):
        if b[0] and b[0] not in seen:
            seen.add(b[0])
            out.append(b)
    return out


def norm(tok):
    return tok.strip('".,;:()#[]')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def day_of(t, pos):
    days = list(re.finditer(r"^ *[A-Z]+DAY (\d\d/\d\d/2025)$", t[:pos], re.M))
    return days[-1].group(1) if days else None


def check_samples(folder, name, t, e):
    problems = []
    stretches = {}
    for num, text, pos, _ in blocks(folder, t):
        if num:
            stretches.setdefault(num, []).append((text, pos))
    for s in e["sample_records"]:
        if s["case_number"] not in stretches:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos = stretches[s["case_number"]][0]
        for key, val in s.items():
            if folder == CL and key == "reported_at":
                date, _, time = val.partition(" ")
                ok = text.split()[0] == time and day_of(t, pos) == date
            elif folder == WX and key == "type":
                every = [x[0].split() for x in stretches[s["case_number"]]]
                vals = val if isinstance(val, list) else [val]
                ok = len(vals) == len(every) and all(in_order(v.split(), toks) for v, toks in zip(vals, every))
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, *kinds):
    return [(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] in kinds]


def check_layout(folder, name, t, e):
    """One check of the trap each layout is about."""
    ids, bad = e["case_numbers"], False
    allb = blocks(folder, t)
    recs = records(folder, t)
    if folder == BF:
        lic = [(m.group("id"), m.group("lic")) for _, _, _, m in recs if m.group("lic") != "NONE PRESENTED"]
        m = re.search(r"Licences / registrations checked: (\d+)", t)
        bad = (not m or int(m.group(1)) != len(lic) or len(lic) < 20
               or lic != rel(e, "licence", "vessel_registration")
               or sum(1 for _, _, _, mm in recs if mm.group("lic") == "NONE PRESENTED") < 3)
    if folder == CL:
        adv = re.findall(r"^ *Conditions: .*Small craft advisory (MP25-A\d{3}) in effect", t, re.M)
        m = re.search(r"Small craft advisories issued: (\d+)\.", t)
        listed = set(ids) | {r["number"] for r in e["related_numbers"]}
        days = [int(x) for x in re.findall(r"Day total: (\d+) incidents", t)]
        per_day, cur = [], None
        for _, _, _, mm in allb:
            if mm.group("day"):
                per_day.append(0)
                cur = mm.group("day")
            elif cur:
                per_day[-1] += 1
        bad = (not m or int(m.group(1)) != len(adv) or len(adv) < 1 or listed & set(adv)
               or t.count("Small craft advisory MP25-A") != len(adv)
               or days != per_day or sum(days) != len(ids))
    if folder == FH:
        xref = re.findall(r"Same party as in Case (25-FH-\d{4}) earlier", re.sub(r"\s+", " ", t))
        assists = [b for b in allb if b[0] is None]
        m = re.search(r"Assists without a case: (\d+)\.", t)
        bad = (len(xref) < 3 or set(xref) & set(ids) or sorted(xref) != sorted(n for _, n in rel(e, "earlier_case"))
               or not m or int(m.group(1)) != len(assists) or len(assists) < 3
               or any("- Assist. Ranger" not in b[1] or "No case." not in b[1] for b in assists))
    if folder == TS:
        total, multi = 0, 0
        for num, text, _, _ in recs:
            lines = re.findall(r"^(?:Violations)? +(\d)\. .*?(?:Citation (TSC-\d{6})|Warning only)$", text, re.M)
            if [int(x) for x, _ in lines] != list(range(1, len(lines) + 1)):
                bad = True
            if [c for _, c in lines if c] != [n for r_, n in rel(e, "citation") if r_ == num]:
                bad = True
            if not lines and "Violations          none" not in text:
                bad = True
            total += len(lines)
            multi += len(lines) >= 2
        m = re.search(r"Violations recorded: (\d+)", t)
        bad = bad or not m or int(m.group(1)) != total or multi < 3
    if folder == WX:
        rows = [(b[0], bool(b[3].group("dag"))) for b in allb if b[0]]
        seen, dag = set(), 0
        for num, d in rows:
            if d != (num in seen):
                bad = True
            dag += d
            seen.add(num)
        m = re.search(r"Listings: (\d+) +Distinct cases: (\d+)", t)
        secs = [int(x) for x in re.findall(r"^[A-Z][a-z ]+: (\d+) listings$", t, re.M)]
        bad = (bad or dag < 3 or not m or int(m.group(1)) != len(rows) or int(m.group(1)) - int(m.group(2)) != dag
               or sum(secs) != len(rows) or len(secs) != 4)
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
        found = [b[0] for b in records(folder.name, t)]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        if len(e["sample_records"]) != 3:
            problems.append(f"{pdf.name}: {len(e['sample_records'])} sample records")
        problems += check_samples(folder.name, pdf.name, t, e)
        problems += check_layout(folder.name, pdf.name, t, e)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs94.py"), tmp], check=True)
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
