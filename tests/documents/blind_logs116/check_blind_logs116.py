"""Stand-alone check of the held-out set blind_logs116 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150 with no duplicate id; every case number and related number is in
the `pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record-start pattern gives exactly the listed ids in order (Tollman County's reopened-call rows
collapse to the call's first appearance; Corliss Valley's `(cont'd)` lines start stretches that are
not records); the document's own count equals record_count; every sample value is printed inside its
own record's stretch of text, its words in order; size < 200 KB; plus one check of each layout's
trap. With --regen, regenerating must give identical files. `--dir DIR` checks a copy elsewhere
(mutation runs).
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
    "harlow-bay-ca-pd": re.compile(r"^EVENT (?P<id>HB25-\d{6}) +RCVD \d\d/\d\d/2025 ", re.M),
    "tollman-county-or-so": re.compile(r"^(?P<id>TC25-\d{5}) +\d\d/\d\d/25 \d\d:\d\d ", re.M),
    "ashby-falls-nh-pd": re.compile(r"^(?P<n>\d+)\. Call #(?P<id>25-\d{4}), received ", re.M),
    "corliss-valley-ut-dispatch": re.compile(r"^(?:(?P<id>CV25-\d{6}) +2025-\d\d-\d\d |CV25-\d{6} \(cont'd\))", re.M),
    "marrow-county-ia-so": re.compile(r"^Incident #: (?P<id>MC25-\d{5}) +Call Received: ", re.M),
}
REPEATS = {"tollman-county-or-so"}  # one record printed in several stretches
TOTAL = {  # the document's own count of records
    "harlow-bay-ca-pd": re.compile(r"EVENTS PRINTED: (\d+) "),
    "tollman-county-or-so": re.compile(r"Calls for service listed: (\d+) "),
    "ashby-falls-nh-pd": re.compile(r"Total calls logged: (\d+)\."),
    "corliss-valley-ut-dispatch": re.compile(r"TOTAL CALLS: (\d+) "),
    "marrow-county-ia-so": re.compile(r"Incidents printed: (\d+)"),
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
        out.append((m.group("id"), t[m.start():end], m.start(), m))
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


def owner(bl, pos):
    """id of the last record stretch starting before pos."""
    ids = [b[0] for b in bl if b[2] < pos and b[0]]
    return ids[-1] if ids else None


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, bad = e["case_numbers"], False
    bl = blocks(folder, t)
    if folder == "harlow-bay-ca-pd":
        mg = {(owner(bl, m.start()), m.group(1))
              for m in re.finditer(r"MERGE +EVENT (HB25-\d{6}) MERGED INTO THIS EVENT", t)}
        m = re.search(r"DUPLICATE EVENTS MERGED: (\d+) ", t)
        bad = (not m or int(m.group(1)) != len(mg) or len(mg) < 5 or mg != rel(e, "merged_event")
               or any(n in ids for _, n in mg))
    if folder == "tollman-county-or-so":
        first = {}
        for num, _, pos, _ in bl:
            first.setdefault(num, pos)
        reo = [(m.group(1), m.start()) for m in
               re.finditer(r"^(TC25-\d{5}) +\d\d/\d\d/25 \d\d:\d\d +REOPENED - see original entry above", t, re.M)]
        m = re.search(r"Reopened during period: (\d+)", t)
        bad = (not m or int(m.group(1)) != len(reo) or len(reo) < 3 or len(bl) != len(ids) + len(reo)
               or any(num not in ids or first[num] >= pos for num, pos in reo))
    if folder == "ashby-falls-nh-pd":
        nums = [int(b[3].group("n")) for b in bl]
        order = {num: i for i, (num, _, _) in enumerate(recs)}
        cites = [(owner(bl, m.start()), m.group(1)) for m in re.finditer(r"Same party as\s+Call\s+#(25-\d{4})\.", t)]
        canc = len(re.findall(r"Disposition:\s+Cancelled\.", t))
        m = re.search(r"Cancelled before arrival: (\d+)\.", t)
        bad = (nums != list(range(1, len(nums) + 1)) or len(cites) < 3 or not m or int(m.group(1)) != canc
               or any(c not in order or order[c] >= order[o] for o, c in cites))
    if folder == "corliss-valley-ut-dispatch":
        cont = [(m.group(1), m.start()) for m in re.finditer(r"^(CV25-\d{6}) \(cont'd\)", t, re.M)]
        can = len(re.findall(r"^CV25-\d{6} +2025-\S+ \S+ .+ CAN +CANCELLED$", t, re.M))
        m = re.search(r"CANCELLED \(ST=CAN\): (\d+) ", t)
        bad = (len(cont) < 3 or any(owner(bl, p) != num for num, p in cont) or not m or int(m.group(1)) != can
               or can < 5 or any(not t[t.rfind("\f", 0, p) + 1:p].count("CALL #") for _, p in cont))
    if folder == "marrow-county-ia-so":
        pr = {(owner(bl, m.start()), m.group(1))
              for m in re.finditer(r"^Prior Incident #: (MC24-\d{5}) +\(reopened from prior year\)", t, re.M)}
        bad = len(pr) < 5 or pr != rel(e, "prior_incident") or any(n in ids for _, n in pr)
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs116.py"), tmp], check=True)
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
