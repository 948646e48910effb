"""Stand-alone check of the held-out set blind_logs131 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150 with no duplicate id; every case number and related number is in
the `pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record-start pattern (which also finds the non-record stretches: day subtotals, routine patrol
paragraphs, evening and event headings, the trespass appendix) gives exactly the listed ids in
order; the document's own count equals record_count; every sample value is printed inside its own
record's stretch of text, its words in order (HOA patrol and stadium dates come from the evening or
event heading above the row); size < 200 KB; plus one check of each layout's trap. With --regen,
regenerating must give identical files. `--dir DIR` checks a copy elsewhere (mutation runs).
"""

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
    "harwick-memorial-hospital-oh-security": re.compile(
        r"^(?:(?P<id>HS-25-\d{4}) +\d\d/\d\d/2025 \d\d:\d\d |^ +\d\d/\d\d/2025 subtotal: \d+ reports)", re.M),
    "corrigan-college-vt-residence-life": re.compile(
        r"^(?:Incident Report #: (?P<id>RL-2526-\d{4})$|Incident reports in this log: )", re.M),
    "willowmere-estates-nc-hoa-patrol": re.compile(
        r"^(?: *\d{1,2}\. +(?:(?P<id>SRP-25-\d{4}) +)?\d{4} hrs |EVENING PATROL - )", re.M),
    "brannock-crossing-mall-wi-security": re.compile(
        r"^(?:(?P<id>MS25-\d{5}) +\d\d/\d\d/2025 \d\d:\d\d |Incidents this period: )", re.M),
    "harlan-municipal-stadium-ne-event-security": re.compile(
        r"^(?: +\d{4} +(?P<id>SC-25-\d{4}) | +Event subtotal: |EVENT 25-E-\d{3} )", re.M),
}
TOTAL = {  # the document's own count of records
    "harwick-memorial-hospital-oh-security": re.compile(r"Reports listed: (\d+) "),
    "corrigan-college-vt-residence-life": re.compile(r"Incident reports in this log: (\d+) "),
    "willowmere-estates-nc-hoa-patrol": re.compile(r"Reports written this period: (\d+) "),
    "brannock-crossing-mall-wi-security": re.compile(r"Incidents this period: (\d+)"),
    "harlan-municipal-stadium-ne-event-security": re.compile(r"Incidents this report: (\d+) "),
}
HEAD = {  # headings that give the date of the rows under them
    "willowmere-estates-nc-hoa-patrol": re.compile(r"^EVENING PATROL - [A-Z][a-z]+day (\d\d/\d\d/2025) - ", re.M),
    "harlan-municipal-stadium-ne-event-security": re.compile(r"^EVENT 25-E-\d{3} +[A-Z][a-z]{2} (\d\d/\d\d/2025) ", re.M),
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
    """(id or None, text stretch, start offset) per stretch, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        out.append((m.group("id"), t[m.start():end], m.start()))
    return out


def records(folder, t):
    return [b for b in blocks(folder, t) if b[0]]


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def heading_date(folder, t, pos):
    heads = list(HEAD[folder].finditer(t, 0, pos))
    return heads[-1].group(1) if heads else None


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {num: (text, pos) for num, text, pos in reversed(recs)}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos = by_id[s["case_number"]]
        for key, val in s.items():
            if folder in HEAD and key == "reported_at":
                date, _, time = val.partition(" ")
                ok = time in text.split()[:3] and heading_date(folder, t, pos) == date
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
    if folder == "harwick-memorial-hospital-oh-security":
        rows = re.findall(r"^(HS-25-\d{4}) +(\d\d/\d\d/2025) \d\d:\d\d +(?:Ashby PD (25-0\d{5}) +)?\S", t, re.M)
        pol = {(i, p) for i, _, p in rows if p}
        m = re.search(r"Police notified: (\d+) ", t)
        subs = re.findall(r"^ +(\d\d/\d\d/2025) subtotal: (\d+) reports", t, re.M)
        per_day = {}
        for _, day, _ in rows:
            per_day[day] = per_day.get(day, 0) + 1
        bad = (not m or int(m.group(1)) != len(pol) or len(pol) < 5 or pol != rel(e, "police_case")
               or [i for i, _, _ in rows] != ids or {d: int(k) for d, k in subs} != per_day
               or len(subs) != len(per_day))
    if folder == "corrigan-college-vt-residence-life":
        pairs = set()
        for num, text, _ in recs:
            pairs |= {(num, c) for c in re.findall(r"conduct case (SC-2526-\d{4})", text)}
        m = re.search(r"Referred to Student Conduct: (\d+)", t)
        split = sum(1 for _, text, _ in recs if "\f" in text)
        bad = (not m or int(m.group(1)) != len(pairs) or len(pairs) < 5 or pairs != rel(e, "conduct_case")
               or split < 3 or any(c in ids for _, c in pairs))
    if folder == "willowmere-estates-nc-hoa-patrol":
        expect, nights, other, seen = 0, 0, 0, set()
        for mm in re.finditer(r"^(?:EVENING PATROL - |( *)(\d{1,2})\. +(?:(SRP-25-\d{4}) +)?\d{4} hrs (.*))", t, re.M):
            if mm.group(2) is None:
                expect, nights = 1, nights + 1
                continue
            bad |= int(mm.group(2)) != expect
            expect += 1
            if mm.group(3):
                seen.add(mm.group(3))
            else:
                other += 1
                c = re.match(r"Re-check for (SRP-25-\d{4}) at ", mm.group(4))
                bad |= bool(c) and c.group(1) not in seen and not c.group(1) < ids[0]  # earlier here, or an earlier period
        m = re.search(r"Routine checks and re-checks: (\d+)", t)
        rech = re.findall(r"Re-check for (SRP-25-\d{4}) at ", t)
        bad |= (not m or int(m.group(1)) != other or nights < 10 or len(rech) < 3
                or other < len(ids) // 2 or any(c in {n for _, n in rel(e, "police_case")} for c in rech))
    if folder == "brannock-crossing-mall-wi-security":
        app = re.findall(r"^(TN-25-\d{4}) +(MS25-\d{5}) +(\d\d/\d\d/2025) ", t, re.M)
        m = re.search(r"Notices issued: (\d+)", t)
        dates = {num: text.split()[1] for num, text, _ in recs}
        issued = sum(1 for _, text, _ in recs if "Trespass notice issued" in text.split("\n")[0])
        two = all(len(ls) == 2 and re.match(r" {13}\S", ls[1]) for ls in
                  (text.split("\f")[0].split("\n\n")[0].rstrip("\n").split("\n") for _, text, _ in recs))
        bad = (not m or int(m.group(1)) != len(app) or len(app) < 5 or issued != len(app) or not two
               or {(i, n) for n, i, _ in app} != rel(e, "trespass_notice")
               or any(i not in dates or dates[i] != d for _, i, d in app)
               or t.index("TRESPASS NOTICES ISSUED") < recs[-1][2])
    if folder == "harlan-municipal-stadium-ne-event-security":
        evs = [mm.start() for mm in HEAD[folder].finditer(t)]
        subs = [(mm.start(), int(mm.group(1))) for mm in re.finditer(r"^ +Event subtotal: (\d+) incidents", t, re.M)]
        rows = [pos for _, _, pos in recs]
        m = re.search(r"Incidents this report: (\d+) +Season to date: (\d+) incidents", t)
        bad = (len(evs) < 3 or len(subs) != len(evs) or not m or int(m.group(2)) <= int(m.group(1))
               or sum(k for _, k in subs) != len(ids))
        for i, ev in enumerate(evs):
            end = evs[i + 1] if i + 1 < len(evs) else len(t)
            inside = [k for p, k in subs if ev < p < end]
            bad |= inside != [sum(1 for p in rows if ev < p < end)]
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs131.py"), tmp], check=True)
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
