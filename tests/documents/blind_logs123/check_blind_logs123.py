"""Stand-alone check of the held-out set blind_logs123 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150 with no duplicate id; every case number and related number is in
the `pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
stretch-start pattern (which also finds the non-incident entries: meals, breaks, business checks,
patrol, traffic stops, report writing, and the sheet headings) gives exactly the listed ids in
order, an incident printed on several officers' sheets collapsing to its first appearance; the
document's own count equals record_count; every sample value is printed inside its own record's
stretch, its words in order (where the row prints only a time, the date comes from the sheet
heading above it); size < 200 KB; plus one check of each layout's trap. With --regen, regenerating
must give identical files. `--dir DIR` checks a copy elsewhere (mutation runs).
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

# stretch-start patterns read off the text (not used by prr); a match without an id starts a
# stretch that is not a record. Tolliver and Quarry Hill take the id from inside the stretch.
START = {
    "ashgrove-ks-pd": re.compile(
        r"^(?:DAILY ACTIVITY REPORT DAR-\d+ |\d{4} +(?:CFS +(?P<id>AG25-\d{6}) |(?:MEAL|BRK|BCHK|DP|TS|RPT) +-- ))", re.M),
    "tolliver-county-wy-so": re.compile(
        r"^Entry \d+ +Time: \d\d:\d\d - \d\d:\d\d +Case No\.: (?:N/A|(?P<id>TC-25-\d{5}))$", re.M),
    "quarry-hill-vt-pd": re.compile(r"^(?:\d{4} {2,}|Officer's Daily Report - )", re.M),
    "brindle-falls-nc-pd": re.compile(r"^ *\d{1,2} +\d{4} +(?:(?P<id>25-\d{5})|- none -) ", re.M),
    "marlow-junction-id-so": re.compile(r"^ +\d+\. (?:(?P<id>MJ25-\d{5}) |\d\d:\d\d )", re.M),
}
INSIDE = {"quarry-hill-vt-pd": re.compile(r"Incident #(QH2511-\d{4})")}
TOTAL = {  # the document's own count of records
    "ashgrove-ks-pd": re.compile(r"Distinct incidents: (\d+)"),
    "tolliver-county-wy-so": re.compile(r"\(distinct case numbers\): (\d+)"),
    "quarry-hill-vt-pd": re.compile(r"Incident numbers drawn on the reports above: (\d+)"),
    "brindle-falls-nc-pd": re.compile(r"Distinct event numbers: (\d+)"),
    "marlow-junction-id-so": re.compile(r"Incidents \(each counted once\): (\d+)"),
}
HEAD_DATE = {  # sheet headings giving the date of rows that print only a time
    "ashgrove-ks-pd": (re.compile(r"^DAILY ACTIVITY REPORT DAR-\d+ .*? (\d\d/\d\d/\d{4}) +Shift:", re.M), "%m/%d/%Y"),
    "quarry-hill-vt-pd": (re.compile(r"^Officer's Daily Report - ([A-Z][a-z]+day, [A-Z][a-z]+ \d\d, \d{4}) - ", re.M),
                          "%A, %B %d, %Y"),
    "brindle-falls-nc-pd": (re.compile(r"^PATROL LOG SHEET .*? Date (\d\d/\d\d/\d{4}) ", re.M), "%m/%d/%Y"),
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
    """(id or None, text stretch, start offset) per stretch, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        text = t[m.start():end]
        if folder in INSIDE:
            c = INSIDE[folder].search(text)
            num = c.group(1) if c else None
        else:
            num = m.groupdict().get("id")
        out.append((num, text, m.start()))
    return out


def records(folder, t):
    recs, seen = [], set()
    for num, text, pos in stretches(folder, t):
        if not num or num in seen:
            continue
        seen.add(num)
        recs.append((num, text, pos))
    return recs


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w == tok or norm(w) == norm(tok) for tok in it) for w in words)


def heading_date(folder, t, pos):
    rx, fmt = HEAD_DATE[folder]
    heads = list(rx.finditer(t, 0, pos))
    if not heads:
        return None
    return datetime.datetime.strptime(heads[-1].group(1), fmt).strftime("%m/%d/%Y")


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {num: (text, pos) for num, text, pos in recs}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos = by_id[s["case_number"]]
        for key, val in s.items():
            if folder in HEAD_DATE and key == "reported_at":
                date, _, time = val.partition(" ")
                toks = text.split()
                ok = len(toks) > 1 and time in toks[:2] and heading_date(folder, t, pos) == date
            else:
                ok = in_order(val.split(), text.split())
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def sheets(t, head):
    """Split the text at sheet headings (regex head); returns the list of sheet texts."""
    pos = [m.start() for m in re.finditer(head, t, re.M)]
    return [t[p:q] for p, q in zip(pos, pos[1:] + [len(t)])]


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, bad = e["case_numbers"], False
    rel_nums = {r["number"] for r in e["related_numbers"]}
    if folder == "ashgrove-ks-pd":
        # the same incident on several officers' reports: identical row but the role, one Primary,
        # never twice on one report; per-report call counts add up
        rows = {}
        sh = sheets(t, r"^DAILY ACTIVITY REPORT DAR-\d+ ")
        ncfs = nother = 0
        for k, s in enumerate(sh):
            cfs = re.findall(r"^(\d{4}) +CFS +(AG25-\d{6}) +(Primary|Backup) +(.+?)\s*$", s, re.M)
            oth = re.findall(r"^\d{4} +(?:MEAL|BRK|BCHK|DP|TS|RPT) +-- ", s, re.M)
            m = re.search(r"Calls for service: (\d+) +Other activity: (\d+) ", s)
            bad |= not m or int(m.group(1)) != len(cfs) or int(m.group(2)) != len(oth)
            ncfs, nother = ncfs + len(cfs), nother + len(oth)
            for tm, num, role, rest in cfs:
                rows.setdefault(num, []).append((k, role, tm, re.sub(r"\s+", " ", rest)))
        rep = [v for v in rows.values() if len(v) > 1]
        m = re.search(r"Activity lines: (\d+) ", t)
        bad |= (not m or int(m.group(1)) != ncfs + nother or len(rep) < 5 or nother < 10
                or any(len({x[0] for x in v}) != len(v) or [x[1] for x in v].count("Primary") != 1
                       or len({(x[2], x[3]) for x in v}) != 1 for v in rep))
    if folder == "tolliver-county-wy-so":
        blocks = stretches(folder, t)
        fields = {}
        for num, text, _ in blocks:
            if num:
                f = tuple(re.search(rx, text).group(1) for rx in
                          (r"Received: (\S+ \S+)", r"Nature: (.+)", r"Location: (.+)", r"Result: (.+)"))
                role = re.search(r"Role: (\w+)", text).group(1)
                fields.setdefault(num, []).append((f, role))
        cits = re.findall(r"Citation/Warning No\.: (W-25-\d{5})", t)
        logs = sheets(t, r"^DEPUTY DAILY LOG ")
        bad = (sum(1 for b in blocks if not b[0]) < 20 or len(cits) < 3 or any(c in ids or c in rel_nums for c in cits)
               or sum(1 for v in fields.values() if len(v) > 1) < 5
               or any(len({f for f, _ in v}) != 1 or [x for _, x in v].count("Primary") != 1 for v in fields.values())
               or any(int(re.search(r"^Entries: (\d+) ", lg, re.M).group(1)) != len(re.findall(r"^Entry \d+ ", lg, re.M))
                      for lg in logs))
    if folder == "quarry-hill-vt-pd":
        flat_sheets = [(re.match(r"Officer's Daily Report - (.+?) - Ofc\. #(\d+)", s).groups(), re.sub(r"\s+", " ", s))
                       for s in sheets(t, r"^Officer's Daily Report - ")]
        primary = {}
        for (shift, badge), s in flat_sheets:
            for num in re.findall(r"Dispatched: .+? Incident #(QH2511-\d{4})\.", s):
                bad |= num in primary
                primary[num] = (shift, badge)
        backups = [(shift, b, num) for (shift, _), s in flat_sheets
                   for b, num in re.findall(r"Backed up Ofc\. #(\d+) on Incident #(QH2511-\d{4}),", s)]
        stops = [x for x in stretches(folder, t) if "Traffic stop" in x[1]]
        bad |= (len(backups) < 5 or len(stops) < 3 or any(x[0] for x in stops) or set(primary) != set(ids)
                or any(primary.get(num) != (shift, b) for shift, b, num in backups))
    if folder == "brindle-falls-nc-pd":
        cont = 0
        for s in sheets(t, r"^PATROL LOG SHEET "):
            lines = re.findall(r"^ *(\d{1,2})(?: +(.*))?$", s, re.M)
            nums = [int(n) for n, _ in lines]
            bad |= nums != list(range(1, 25))
            for i, (_n, rest) in enumerate(lines):
                if "(cont.)" in rest:
                    cont += 1
                    prev = lines[i - 1][1] if i else ""
                    bad |= i == 0 or not (re.match(r"\d{4} +25-\d{5} ", prev) or "(cont.)" in prev)
            m = re.search(r"Events with numbers: (\d+)", s)
            bad |= not m or int(m.group(1)) != len(re.findall(r"^ *\d{1,2} +\d{4} +25-\d{5} ", s, re.M))
        odo = re.findall(r" (\d{5})$", t, re.M)
        bad |= cont < 3 or len(odo) < 40 or any(o in ids or o in rel_nums for o in odo)
    if folder == "marlow-junction-id-so":
        for s in sheets(t, r"^DEPUTY ACTIVITY SHEET - "):
            inc_part, _, oth_part = s.partition("OTHER ACTIVITY (NO INCIDENT NUMBER)")
            items = re.findall(r"^ +(\d+)\. (MJ25-\d{5}) ", inc_part, re.M)
            others = re.findall(r"^ +(\d+)\. (\S+) ", oth_part, re.M)
            m = re.search(r"ACTIVITY COUNTS: +Calls (\d+) ", s)
            bad |= (not m or int(m.group(1)) != len(items) or [int(k) for k, _ in items] != list(range(1, len(items) + 1))
                    or [int(k) for k, _ in others] != list(range(1, len(others) + 1))
                    or any(not re.fullmatch(r"\d\d:\d\d", x) for _, x in others))
        bad |= len(re.findall(r"^ +1\. MJ25-", t, re.M)) < 10
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
            try:
                problems += check_layout(folder.name, pdf.name, t, e, recs)
            except (AttributeError, ValueError, IndexError) as exc:
                problems.append(f"{pdf.name}: layout check failed: {exc}")
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs123.py"), tmp], check=True)
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
