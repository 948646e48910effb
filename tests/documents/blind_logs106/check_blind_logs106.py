"""Stand-alone check of the held-out set blind_logs106 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150 with no duplicate id; every case number and related number is in
the `pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record-start pattern (which also finds the non-record stretches: routine post-log entries, booking
section headings) gives exactly the listed ids in order (Corvel's repeated use-of-force blocks and
Pellham's repeated incident lines collapse to their first appearance); the document's own count
equals record_count; every sample value is printed inside its own record's stretch of text, its
words in order (Hollis County's date comes from the shift heading above the entry); size < 200 KB;
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
# stretch that is not a record (Corvel's id is read from the block's `Incident No.:` line)
START = {
    "tamsin-county-nv-so": re.compile(r"^(?P<id>J25-\d{5}) +(?:D25-\d{5} +)?\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "corvel-regional-jail-va": re.compile(r"^USE OF FORCE REPORT +UOF-25-\d{4} +Report (?P<j>\d) of (?P<k>\d)$", re.M),
    "hollis-county-mt-so": re.compile(r"^\d{4} +(?:IR (?P<id>25-\d{4}):)?", re.M),
    "pellham-county-or-so": re.compile(r"^(?:BOOKING 25-\d{6} | *(?P<id>PJ25-\d{4}) +\d\d/\d\d/2025 \d\d:\d\d )", re.M),
    "merrin-county-ga-so": re.compile(
        r"^Ref\. No\.: (?:GRV-25-\d{4}|DR-25-\d{4}|none) +Incident No\.: (?P<id>MJ-25-\d{4})$", re.M),
}
REPEATS = {"corvel-regional-jail-va", "pellham-county-or-so"}  # one record printed in several stretches
TOTAL = {  # the document's own count of records
    "tamsin-county-nv-so": re.compile(r"Incidents listed: (\d+) "),
    "corvel-regional-jail-va": re.compile(r"Incidents: (\d+)"),
    "hollis-county-mt-so": re.compile(r"Incident reports generated this period: (\d+)"),
    "pellham-county-or-so": re.compile(r"Distinct incidents: (\d+)"),
    "merrin-county-ga-so": re.compile(r"Summaries: (\d+) \("),
}
DAY_HEAD = re.compile(r"^([A-Z][a-z]+day, [A-Z][a-z]+ \d\d, 2025) - [AB] Shift", re.M)
CRJ = re.compile(r"Incident No\.: (CRJ-25-\d{5})")


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
        text = t[m.start():end]
        if folder == "corvel-regional-jail-va":
            c = CRJ.search(text)
            num = c.group(1) if c else None
        else:
            num = m.groupdict().get("id")
        out.append((num, text, m.start(), m))
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
            if folder == "hollis-county-mt-so" and key == "reported_at":
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
    if folder == "tamsin-county-nv-so":
        drs = re.findall(r"^(J25-\d{5}) +(D25-\d{5}) +\d\d/", t, re.M)
        m = re.search(r"Disciplinary reports written: (\d+) ", t)
        bad = (not m or int(m.group(1)) != len(drs) or len(drs) < 10 or set(drs) != rel(e, "disciplinary_report")
               or any(dr in ids for _, dr in drs))
    if folder == "corvel-regional-jail-va":
        bl = blocks(folder, t)
        m = re.search(r"Use-of-force reports in this log: (\d+) ", t)
        multi = 0
        for i, (num, _, _, mm) in enumerate(bl):
            j, k = int(mm.group("j")), int(mm.group("k"))
            prev = bl[i - 1] if i else None
            if j == 1:
                bad |= prev is not None and prev[0] == num
                multi += k > 1
            else:
                bad |= prev is None or prev[0] != num or int(prev[3].group("j")) != j - 1
        uofs = set(re.findall(r"^USE OF FORCE REPORT +(UOF-25-\d{4})", t, re.M))
        bad |= (not m or int(m.group(1)) != len(bl) or len(bl) <= len(ids) or multi < 5
                or uofs != {n for _, n in rel(e, "use_of_force_report")})
    if folder == "hollis-county-mt-so":
        order = {num: i for i, (num, _, _) in enumerate(recs)}
        fol = [(mm.group(1), mm.start()) for mm in re.finditer(r"^\d{4} +Follow-up on IR (25-\d{4}):", t, re.M)]
        grv = re.findall(r"Grievance (G25-\d{4}) received", t)
        rel_nums = {r["number"] for r in e["related_numbers"]}
        bad = (len(fol) < 3 or len(grv) < 2 or any(g in ids or g in rel_nums for g in grv)
               or any(num not in order or recs[order[num]][2] > p for num, p in fol)
               or sum(1 for b in blocks(folder, t) if not b[0]) < len(ids))
    if folder == "pellham-county-or-so":
        heads = [mm.start() for mm in re.finditer(r"^BOOKING 25-\d{6} ", t, re.M)]
        rows = [(mm.group(1), mm.group(2), mm.start()) for mm in
                re.finditer(r"^ *(PJ25-\d{4}) +(\d\d/\d\d/2025 \d\d:\d\d +\S+ \S+ +.+?) {2,}(?:Aggressor|Victim|Involved)",
                            t, re.M)]
        m = re.search(r"Bookings listed: (\d+) +Incident lines: (\d+) ", t)
        under = {}
        for num, body, p in rows:
            h = max((x for x in heads if x < p), default=-1)
            under.setdefault(num, []).append((h, re.sub(r"\s+", " ", body)))
        rep = [v for v in under.values() if len(v) > 1]
        bad = (not m or int(m.group(1)) != len(heads) or int(m.group(2)) != len(rows) or len(rep) < 5
               or any(len({h for h, _ in v}) != len(v) or len({b for _, b in v}) != 1 for v in rep))
    if folder == "merrin-county-ga-so":
        refs = re.findall(r"^Ref\. No\.: (\S+) +Incident No\.: (MJ-25-\d{4})$", t, re.M)
        m = re.search(r"Summaries: \d+ \(grievance-linked (\d+), DR-linked (\d+)\)", t)
        g = {(i, r) for r, i in refs if r.startswith("GRV-")}
        d = {(i, r) for r, i in refs if r.startswith("DR-")}
        bad = (not m or int(m.group(1)) != len(g) or int(m.group(2)) != len(d) or len(g) < 5 or len(d) < 5
               or g != rel(e, "grievance_number") or d != rel(e, "disciplinary_report")
               or any(r in ids for r, _ in refs))
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs106.py"), tmp], check=True)
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
