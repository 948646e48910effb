"""Stand-alone check of the held-out set blind_logs105 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals len(case_numbers)
and is 40-150, no id listed twice; every case number and related number is in the `pdftotext -layout`
text at least as often as listed, and no number is both; a layout-specific line-start pattern (which
also finds the lines that are not records: tour scans, shift changes, continued headers) gives
exactly the listed ids in order; the document's own totals equal record_count; every sample value is
printed inside its own record's stretch of text, its words in order (Kellerman's and Pellam's date
comes from the DATE / TOUR heading above the entry); size < 200 KB; plus one check of each layout's
trap. With --regen, regenerating must give identical files. `--dir DIR` checks a copy elsewhere.
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# line-start patterns read off the text (not used by prr); a match without group "id" starts a
# stretch that is not a record
START = {
    "quenby-ks-municipal-campus-security": re.compile(
        r"^ *\d\d/\d\d/25 \d\d:\d\d +(?:(?P<id>QMS-25-\d{4})|TOUR|SHIFT) ", re.M),
    "tessaly-general-hospital-md-security": re.compile(
        r"^ *(?:TPD-25-\d{5}|--) +(?P<id>TGH-S-\d{5}) +\d\d/\d\d/2025 \d{4} ", re.M),
    "brisco-county-ut-courthouse-security": re.compile(
        r"^ *Incident No\.: +(?:(?P<id>BCCS-2025-\d{4})(?![\w (]*\(continued\))|BCCS-2025-\d{4} \(continued\))",
        re.M),
    "kellerman-state-university-dps": re.compile(r"^ *\d{4} hrs\. ", re.M),
    "pellam-regional-transit-or-security": re.compile(r"^ *(?:\[\d+\] (?P<id>PTA-25-\d{4}) \d{4} |TOUR \d\d/)", re.M),
}
KSU_ID = re.compile(r"\(KSU\s+(25-\d{4})\)")
TOTAL = {
    "quenby-ks-municipal-campus-security": re.compile(r"Incidents this report: (\d+)"),
    "tessaly-general-hospital-md-security": re.compile(r"Total security reports: (\d+)"),
    "brisco-county-ut-courthouse-security": re.compile(r"Incident reports in this log: (\d+)"),
    "kellerman-state-university-dps": re.compile(r"Incidents logged: (\d+)\."),
    "pellam-regional-transit-or-security": re.compile(r"Total incidents: (\d+)"),
}
HEADING = {  # where the date of a record is printed above it, not in it
    "kellerman-state-university-dps": re.compile(r"^ *DATE: (\d\d/\d\d/\d{4})$", re.M),
    "pellam-regional-transit-or-security": re.compile(r"^ *TOUR (\d\d/\d\d/\d{4}) ", re.M),
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
    """(id or None, text stretch, start offset) per block, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        text = t[m.start():end]
        if folder == "kellerman-state-university-dps":
            c = KSU_ID.search(text)
            num = c.group(1) if c and "Shift change:" not in text.split("\n")[0] else None
        else:
            num = m.groupdict().get("id")
        out.append((num, text, m.start()))
    return out


def records(folder, t):
    return [b for b in blocks(folder, t) if b[0]]


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def heading_date(folder, t, pos):
    heads = list(HEADING[folder].finditer(t, 0, pos))
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
            if folder in HEADING and key == "reported_at":
                date, _, time = val.partition(" ")
                ok = time in text.split()[:3] and heading_date(folder, t, pos) == date
            else:
                ok = in_order(val.split(), text.split())
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, kind):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] == kind}


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, bad = e["case_numbers"], False
    if folder == "quenby-ks-municipal-campus-security":
        tours = re.findall(r"^ *\d\d/\d\d/25 \d\d:\d\d +TOUR +Checkpoint \d\d Tag (\d{5}) ", t, re.M)
        shifts = re.findall(r"^ *\d\d/\d\d/25 \d\d:\d\d +SHIFT +Post \d: ", t, re.M)
        m = re.search(r"Checkpoint scans: (\d+) +Shift changes: (\d+)", t)
        pc = {(num, mm.group(1)) for num, text, _ in recs for mm in [re.search(r"(QPD25-\d{5})", text.split("\n")[0])]
              if mm}
        bad = (not m or int(m.group(1)) != len(tours) or int(m.group(2)) != len(shifts) or len(tours) < 20
               or len(shifts) < 3 or any(any(tag in i for i in ids) for tag in tours)
               or pc != rel(e, "police_case"))
    if folder == "tessaly-general-hospital-md-security":
        rows = re.findall(r"^ *(TPD-25-\d{5}|--) +(TGH-S-\d{5}) ", t, re.M)
        m = re.search(r"referred to police: (\d+)", t)
        police = {(i, p) for p, i in rows if p != "--"}
        bad = (not m or int(m.group(1)) != len(police) or police != rel(e, "police_case") or len(police) < 5
               or [i for _, i in rows] != ids)
    if folder == "brisco-county-ut-courthouse-security":
        cont = [(mm.group(1), mm.start()) for mm in
                re.finditer(r"^ *Incident No\.: +(BCCS-2025-\d{4}) \(continued\)$", t, re.M)]
        prev = [max(((num, p) for num, _, p in recs if p < pos), key=lambda x: x[1], default=(None, 0))[0]
                for _, pos in cont]
        bad = len(cont) < 2 or [c for c, _ in cont] != prev
    if folder == "kellerman-state-university-dps":
        shifts = re.findall(r"^ *\d{4} hrs\. Shift change: ", t, re.M)
        m = re.search(r"Shift changes: (\d+)\.", t)
        fol = re.findall(r"follow-up\s+to\s+KSU\s+(25-\d{4})\)", t)
        bad = (not m or int(m.group(1)) != len(shifts) or len(shifts) < 3 or len(fol) < 2
               or any(f in ids or f >= ids[0] for f in fol)
               or set(fol) != {n for _, n in rel(e, "earlier_incident")})
    if folder == "pellam-regional-transit-or-security":
        bad = False
        parts = re.split(r"^ *TOUR \d\d/\d\d/\d{4} ", t, flags=re.M)[1:]
        for p in parts:
            m = re.search(r"Incidents noted on this tour \((\d+)\):", p)
            notes = re.findall(r"^ *\[(\d+)\] PTA-25-\d{4} ", p, re.M)
            grid = p[:m.start()] if m else ""
            marks = re.findall(r"\[(\d+)\]", grid)
            if (not m or int(m.group(1)) != len(notes) or notes != [str(i) for i in range(1, len(notes) + 1)]
                    or sorted(marks, key=int) != notes):
                bad = True
        bad = bad or len(parts) < 10
    return [f"{name}: {folder} trap does not hold"] if bad else []


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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs105.py"), tmp], check=True)
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
