"""Stand-alone check of the held-out set blind_logs129 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals len(case_numbers)
and is 40-150 with no duplicate id; every case number and related number is in the
`pdftotext -layout` text at least as often as listed, and no number is both; record-start patterns
for the old system's part and the new system's part (plus the non-record stretches: cross-walks,
void blocks, totals) give exactly the listed ids in order, a converted record's second printing
(under its new-system number, a related number of kind `new_system_number`) collapsing onto its
first; every converted record is printed again after its first printing; the document's own count
of distinct incidents equals record_count; every sample value is printed inside its own record's
first stretch of text, its words in order; size < 200 KB; plus one check of each layout's trap.
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

# stretch-start patterns read off the text (not used by prr); a match without group "id" starts a
# stretch that is not a record
START = {
    "ferrow-glen-mt-pd": [r"^ *(?P<id>25-\d{5}) +\d\d/\d\d/25 \d{4} ", r"^ *(?P<id>P25-\d{6}) +2025-\d\d-\d\d \d\d:\d\d ",
                          r"^ *\*\*\* END OF RMS/90", r"^ *LEGACY CASE +NEW INCIDENT", r"^ *Legacy cases listed:"],
    "kessock-bay-county-wa-so": [r"^ *COMPLAINT NO: (?P<id>K25-\d{4}) +RECEIVED: ", r"^ *COMPLAINT NO: K25-\d{4} +\*\*\* VOID",
                                 r"^ *Event ID: (?P<id>KB-2025-\d{6}) *$", r"^ *OPEN COMPLAINTS CARRIED FORWARD",
                                 r"^ *COMPLAINTS ENTERED THIS PERIOD", r"^ *Events in this report:"],
    "marl-hollow-vt-pd": [r"^ *\d\d/\d\d \d{4} +Case (?P<id>25-\d{4}) - ", r"^ *\[(?P<id>MH25-\d{5})\] ",
                          r"^ *RECORDS NOTE", r"^ *This report covers"],
    "dunraven-township-pa-pd": [r"^ *\d+\. +Case (?P<id>DT-25-\d{4}), reported ", r"^ *\d+\) +Incident (?P<id>25T-\d{6}) ",
                                r"^ *Part I lists", r"^ *Part II lists", r"^ *Conversion table"],
    "stellan-county-ne-so": [r"^ *(?P<id>\d{6}-\d{3}) +\d\d/\d\d/25 \d\d:\d\d ", r"^ *(?P<id>SCSO-25-\d{6}) +EV25-\d{5} ",
                             r"^ *OLD SYSTEM CALLS PRINTED", r"^ *New-system cases printed", r"^ *PARALLEL-RUN RECONCILIATION"],
}
TOTAL = {  # the document's own count of distinct incidents
    "ferrow-glen-mt-pd": r"Distinct incidents: (\d+)",
    "kessock-bay-county-wa-so": r"Total distinct complaints and events, both systems: (\d+)",
    "marl-hollow-vt-pd": r"This report covers (\d+) distinct cases",
    "dunraven-township-pa-pd": r"Distinct incidents in Parts I and II: (\d+)",
    "stellan-county-ne-so": r"Distinct calls for the period: (\d+)",
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
    """(printed id or None, text, start offset) per stretch, in print order."""
    ms = sorted((m for p in START[folder] for m in re.finditer(p, t, re.M)), key=lambda m: m.start())
    out = []
    for i, m in enumerate(ms):
        end = ms[i + 1].start() if i + 1 < len(ms) else min(len(t), m.start() + 1500)
        out.append((m.groupdict().get("id"), t[m.start():end], m.start()))
    return out


def alias(e):
    return {r["number"]: r["record"] for r in e["related_numbers"] if r["kind"] == "new_system_number"}


def records(folder, t, e):
    """First printing of each record: (id, text, offset); second printings map through alias."""
    al, recs, seen = alias(e), [], set()
    for num, text, pos in stretches(folder, t):
        if not num:
            continue
        rid = al.get(num, num)
        if rid in seen:
            continue
        seen.add(rid)
        recs.append((rid, text, pos))
    return recs


def check_repeats(name, folder, t, e):
    """Printed ids never repeat; each converted record is printed a second time, after the first."""
    problems = []
    raw = [(num, pos) for num, _, pos in stretches(folder, t) if num]
    nums = [n for n, _ in raw]
    if len(set(nums)) != len(nums):
        problems.append(f"{name}: a printed record number starts two stretches")
    first = {}
    for n, p in raw:
        first.setdefault(n, p)
    for new, old in alias(e).items():
        if new not in first or old not in first or first[new] < first[old]:
            problems.append(f"{name}: converted record {old} / {new} not printed in both parts in order")
    return problems


def norm(tok):
    return tok.strip('".,;:()[]#')


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


def rel(e, kind, flip=False):
    return {((r["number"], r["record"]) if flip else (r["record"], r["number"]))
            for r in e["related_numbers"] if r["kind"] == kind}


def one(pat, t, k=1):
    m = re.search(pat, t)
    return int(m.group(k)) if m else -1


def check_layout(folder, name, t, e):
    """One check of the trap each layout is about."""
    ids, flat = set(e["case_numbers"]), re.sub(r"\s+", " ", t)
    conv = rel(e, "new_system_number")
    bad = True
    if folder == "ferrow-glen-mt-pd":
        walk = set(re.findall(r"^ *(25-\d{5}) +(P25-\d{6}) +\d\d/\d\d/25 ", t, re.M))
        col = set(re.findall(r"^ *(P25-\d{6}) +2025-\d\d-\d\d \d\d:\d\d .* (25-\d{5}) *$", t, re.M))
        col = {(o, n) for n, o in col}
        old_rows = len(re.findall(START[folder][0], t, re.M))
        only = walk - col
        bad = (col != conv or not col < walk or len(col) < 5 or len(only) < 5
               or any(o in ids or n in ids for o, n in only)
               or one(r"Converted \(shown in both parts\): (\d+)", t) != len(col)
               or one(r"Legacy cases listed: (\d+)", t) != old_rows
               or one(r"END OF RMS/90 EXTRACT - (\d+) CASES", t) != old_rows)
    if folder == "kessock-bay-county-wa-so":
        voids = set(re.findall(r"^ *COMPLAINT NO: (K25-\d{4}) +\*\*\* VOID \*\*\*\s*\n *REMARKS: DUPLICATE ENTRY OF "
                               r"(K25-\d{4}) - VOIDED", t, re.M))
        legacy = {(o, n) for n, o in re.findall(r"^ *Event ID: (KB-2025-\d{6}) *\n(?:.*\n){4} *Legacy Complaint: "
                                                r"(K25-\d{4}) ", t, re.M)}
        walk = set(re.findall(r"(K25-\d{4}) +-> +(KB-2025-\d{6})", t))
        blocks = len(re.findall(START[folder][0], t, re.M))
        m = re.search(r"COMPLAINTS ENTERED THIS PERIOD: (\d+) \(VOIDED: (\d+)\)", t)
        bad = (len(voids) < 2 or voids != rel(e, "voided_duplicate_entry", flip=True)
               or any(v in ids for v, _ in voids) or legacy != conv or len(legacy) < 4 or not legacy < walk
               or any(o in ids or n in ids for o, n in walk - legacy)
               or not m or int(m.group(1)) != blocks + len(voids) or int(m.group(2)) != len(voids))
    if folder == "marl-hollow-vt-pd":
        note = re.search(r"RECORDS NOTE.*?Entries after this note", flat)
        walk = set(re.findall(r"(25-\d{4}) is now (MH25-\d{5})", note.group(0))) if note else set()
        entries = re.findall(r"\[(MH25-\d{5})\] (Converted from case (25-\d{4}) )?", flat)
        convd = {(o, n) for n, c, o in entries if c}
        lead = [bool(c) for _, c, _ in entries]
        k = len(convd)
        bad = (not note or convd != conv or k < 3 or not convd < walk or lead[:k] != [True] * k or any(lead[k:])
               or any(o in ids or n in ids for o, n in walk - convd))
    if folder == "dunraven-township-pa-pd":
        p1 = [int(x) for x in re.findall(r"^ *(\d+)\. +Case DT-25-", t, re.M)]
        p2 = [int(x) for x in re.findall(r"^ *(\d+)\) +Incident 25T-", t, re.M)]
        formerly = {(o, n) for n, o in re.findall(r"Incident (25T-\d{6}) \(formerly (DT-25-\d{4})\)", flat)}
        walk = set(re.findall(r"(DT-25-\d{4}) += +(25T-\d{6})", t))
        m = re.search(r"Part II lists (\d+) incidents, (\d+) of them", t)
        bad = (p1 != list(range(1, len(p1) + 1)) or p2 != list(range(1, len(p2) + 1))
               or len(p1) + len(p2) - len(formerly) != len(ids) or formerly != conv or len(formerly) < 4
               or not formerly < walk or any(o in ids or n in ids for o, n in walk - formerly)
               or one(r"Part I lists (\d+) cases", t) != len(p1)
               or not m or int(m.group(1)) != len(p2) or int(m.group(2)) != len(formerly))
    if folder == "stellan-county-ne-so":
        par = set(re.findall(r"^ *(\d{6}-\d{3}) +10/14/25 \d\d:\d\d ", t, re.M))
        recon = re.findall(r"^ *(\d{6}-\d{3}) +matched +(SCSO-25-\d{6}) +(EV25-\d{5})", t, re.M)
        rows = dict(re.findall(r"^ *(SCSO-25-\d{6}) +(EV25-\d{5}) ", t, re.M))
        void = re.findall(r"voided +(SCSO-25-\d{6}) +(EV25-\d{5})", t)
        cads = {n for _, n in rel(e, "cad_event")}
        bad = (len(par) < 5 or {o for o, _, _ in recon} != par or {(o, n) for o, n, _ in recon} != conv
               or any(rows.get(n) != c for _, n, c in recon) or any(c in ids for c in rows.values())
               or cads != set(rows.values()) or not void or any(v in ids or v in rows for v, _ in void)
               or one(r"Parallel-run day 10/14/2025: (\d+) calls", t) != len(par))
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
        recs = records(folder.name, t, e)
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: start patterns found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        problems += check_repeats(pdf.name, folder.name, t, e)
        got = [int(x) for x in re.findall(TOTAL[folder.name], t)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(pdf.name, recs, e)
        problems += check_layout(folder.name, pdf.name, t, e)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records ({len(alias(e))} printed in both parts), {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs129.py"), tmp], check=True)
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
