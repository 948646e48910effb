"""Stand-alone check of the held-out set blind_logs137 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150 with no duplicate id; every case number and related number is in
the `pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record-start pattern gives exactly the listed ids in order (quoted "> " rows never match; Lindqvist's
forwarded reprints collapse to their first appearance; Ostrander's UPDATE paragraphs start stretches
that are not records); the cover sheet's "Distinct incidents listed" equals record_count; every
sample value is printed inside its own record's stretch, its words in order; size < 200 KB; plus
one check of each layout's trap. With --regen, regenerating must give identical files.
`--dir DIR` checks a copy elsewhere (mutation runs).
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

START = {
    "brackwater-tx-pd": re.compile(r"^(?P<id>BPD25-\d{6}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "lindqvist-county-mn-so": re.compile(r"^Case Number: +(?P<id>LC-25-\d{5})$", re.M),
    "ostrander-oh-pd": re.compile(r"^(?:\d\d/\d\d/25 \d{4} hrs |UPDATE 25-\d{5}:)", re.M),
    "pemberton-va-pd": re.compile(r"^ ?\d{1,2}\) (?P<id>2025-\d{6}) +\d\d:\d\d ", re.M),
    "harrowgate-nc-pd": re.compile(r"^\d{10}\|(?P<id>\d{8})\|", re.M),
}
REPEATS = {"lindqvist-county-mn-so"}
TOTAL = re.compile(r"Distinct incidents listed: (\d+)")
OST_CASE = re.compile(r"Case (25-\d{5})\.")
LABELS = r"^(?:Case Number|CAD Event|Reported|Incident|Location|Deputy|Disposition): .*$"
HEADER = "CALL_NO|INCIDENT_NO|RPT_DATE|NATURE|LOCATION|BEAT|DISPO"


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
        text = t[m.start():end]
        if folder == "ostrander-oh-pd":
            c = OST_CASE.search(re.sub(r"\s+", " ", text)) if not text.startswith("UPDATE") else None
            num = c.group(1) if c else None
        else:
            num = m.group("id")
        out.append((num, text, m.start()))
    return out


def records(folder, t):
    recs, seen = [], set()
    for b in blocks(folder, t):
        if not b[0] or (folder in REPEATS and b[0] in seen):
            continue
        seen.add(b[0])
        recs.append(b)
    return recs


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w == tok or w.strip(".,") == tok.strip(".,") for tok in it) for w in words)


def check_samples(folder, name, recs, e):
    problems = []
    by_id = {num: text for num, text, _ in reversed(recs)}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text = by_id[s["case_number"]].replace("|", " ")
        for key, val in s.items():
            if not in_order(val.split(), text.split()):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, kind):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] == kind}


def flat(s):
    return re.sub(r"\s+", " ", s).strip()


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, bad = e["case_numbers"], False
    if folder == "brackwater-tx-pd":
        orig = {num: (pos, flat(text.split("\n")[0])) for num, text, pos in recs}
        quoted = [(m.group(1), m.start(), flat(m.group(1) + m.group(2)))
                  for m in re.finditer(r"^> (BPD25-\d{6})(.*)$", t, re.M)]
        bad = len(quoted) < 5 or any(q not in orig or orig[q][0] > p or orig[q][1] != row for q, p, row in quoted)
        bad |= len(re.findall(r"^-----Original Message-----$", t, re.M)) != len(re.findall(r"^Subject: RE: ", t, re.M))
    if folder == "lindqvist-county-mn-so":
        allb = blocks(folder, t)
        first, reps = {}, 0
        marks = [m.start() for m in re.finditer(r"^---------- Forwarded message ---------$", t, re.M)]
        for num, text, pos in allb:
            body = flat("\n".join(re.findall(LABELS, text, re.M)))
            if num in first:
                reps += 1
                p0, b0 = first[num]
                bad |= body != b0 or not any(p0 < mk < pos for mk in marks)
            else:
                first[num] = (pos, body)
        cads = {(num, m.group(1)) for num, text, _ in allb for m in re.finditer(r"^CAD Event: +(E25-\d{6})$", text, re.M)}
        bad |= (reps < 3 or len(marks) != len(re.findall(r"^Subject: Fwd: ", t, re.M))
                or cads != rel(e, "cad_event"))
    if folder == "ostrander-oh-pd":
        pos = {num: p for num, _, p in recs}
        ups = [(m.group(1), m.start(), m.group(2)) for m in
               re.finditer(r"^UPDATE (25-\d{5}): .*?Arrest No\. (A25-\d{4});", t, re.M)]
        bad = (len(ups) < 3 or any(u not in pos or pos[u] > p for u, p, _ in ups)
               or {(u, a) for u, _, a in ups} != rel(e, "arrest_number")
               or len(re.findall(r"^UPDATE ", t, re.M)) != len(ups))
    if folder == "pemberton-va-pd":
        msgs = re.split(r"^Subject: ", t, flags=re.M)[1:]
        ones = 0
        for m in msgs:
            k = re.match(r"Media digest \d\d/\d\d/2025 \((\d+) items\)", m)
            items = [int(x) for x in re.findall(r"^ ?(\d{1,2})\) 2025-\d{6} ", m, re.M)]
            bad |= not k or items != list(range(1, int(k.group(1)) + 1))
            ones += items[:1] == [1]
        cfs = {(num, m.group(1)) for num, text, _ in recs for m in re.finditer(r"^ +CFS (\d{10})\. Status:", text, re.M)}
        bad |= ones < 5 or cfs != rel(e, "call_for_service")
    if folder == "harrowgate-nc-pd":
        rows = [(m.group(2), m.group(1)) for m in re.finditer(r"^(\d{10})\|(\d{8})\|", t, re.M)]
        heads = re.findall(r"^CALL_NO\|INCIDENT_NO\|\S*$", t, re.M)
        sect = re.findall(r"^" + re.escape(HEADER) + r"\n(.*?)\n\nEND OF EXPORT", t, re.M | re.S)
        cont = sum(1 for s in sect for ln in s.split("\n") if not re.match(r"\d{10}\|\d{8}\|", ln))
        bad = (set(rows) != rel(e, "cad_call_number") or [r for r, _ in rows] != ids or cont < 10
               or heads != [HEADER] * len(sect) or len(sect) != len(re.findall(r"^Subject: ", t, re.M)))
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
        got = [int(x) for x in TOTAL.findall(t)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(folder.name, pdf.name, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, t, e, recs)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs137.py"), tmp], check=True)
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
