"""Stand-alone check of the held-out set blind_logs118 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals len(case_numbers)
and is 40-150 with no duplicate id; every case number and related number is in the
`pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record-start pattern gives exactly the listed ids in order (Dunmore's incidents printed under two
category headings collapse to their first appearance); the document's own total equals
record_count; every sample value is printed inside its own record's stretch(es) of text, its words
in order; size < 200 KB; plus one check of each layout's trap. With --regen, regenerating must give
identical files. `--dir DIR` checks a copy elsewhere (mutation runs).
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
# stretch that is not a record (Dunmore's category headings)
START = {
    "ashgrove-il-pd": re.compile(r"^(?P<id>25-1\d{4}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "brackwater-county-ks-so": re.compile(r"^Incident Number: (?P<id>BC25-\d{4})$", re.M),
    "cindermoor-university-pd": re.compile(r"^(?P<n>\d{1,3})\. Case (?P<id>25U-\d{4}), reported ", re.M),
    "dunmore-oh-pd": re.compile(r"^(?:[A-Z][A-Z ]+ - \d+ offenses$| *(?P<id>25-0\d{5}) +\d\d/\d\d/2025 \d\d:\d\d )", re.M),
    "eastfell-pa-pd": re.compile(r"^(?P<id>2025-\d{4}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
}
REPEATS = {"dunmore-oh-pd"}
TOTAL = {
    "ashgrove-il-pd": re.compile(r"Incidents listed: (\d+)"),
    "brackwater-county-ks-so": re.compile(r"Incidents in listing: (\d+)"),
    "cindermoor-university-pd": re.compile(r"II\. Incident summaries \((\d+) reports"),
    "dunmore-oh-pd": re.compile(r"Distinct incidents: (\d+)"),
    "eastfell-pa-pd": re.compile(r"Total incidents listed: (\d+)"),
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
        out.append((m.groupdict().get("id"), t[m.start():end], m.start(), m))
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


def check_samples(folder, name, t, e):
    problems = []
    stretches = {}
    for num, text, _, _ in blocks(folder, t):
        if num:
            stretches.setdefault(num, []).append(text)
    for s in e["sample_records"]:
        if s["case_number"] not in stretches:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        texts = stretches[s["case_number"]]
        for key, val in s.items():
            ok = all(any(in_order(v.split(), tx.split()) for tx in texts)
                     for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, kind):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] == kind}


def owner(recs, pos):
    """id of the record stretch containing offset pos."""
    own = None
    for num, _, p in recs:
        if p <= pos:
            own = num
    return own


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, bad = e["case_numbers"], False
    if folder == "ashgrove-il-pd":
        m = re.search(r"Case numbers assigned this month: (25-(\d{5})) through (25-(\d{5})) \((\d+) numbers", t)
        found = [int(x[3:]) for x in ids]
        bad = (not m or m.group(1) in ids or m.group(3) in ids or int(m.group(5)) != int(m.group(4)) - int(m.group(2)) + 1
               or not all(int(m.group(2)) < f < int(m.group(4)) for f in found)
               or not recs or "\f" not in t[m.end():recs[0][2]])
    if folder == "brackwater-county-ks-so":
        cont = [(mm.group(1), mm.start()) for mm in re.finditer(r"^\(continued\) Incident (BC25-\d{4})$", t, re.M)]
        m = re.search(r"^ +Total Group A +(\d+) ", t, re.M)
        bad = (len(cont) < 2 or not m or int(m.group(1)) != len(ids)
               or any(owner(recs, p) != num or "\f" not in t[dict((n, q) for n, _, q in recs)[num]:p]
                      for num, p in cont))
    if folder == "cindermoor-university-pd":
        nums = [int(b[3].group("n")) for b in blocks(folder, t)]
        fol = {(owner(recs, mm.start()), mm.group(1)) for mm in re.finditer(r"follow-up\s+to\s+case\s+(25U-\d{4})", t)}
        bad = (nums != list(range(1, len(ids) + 1)) or len(fol) < 3 or fol != rel(e, "earlier_case")
               or any(n in ids for _, n in fol))
    if folder == "dunmore-oh-pd":
        heads, rows, cur = {}, {}, None
        for num, text, _, _mm in blocks(folder, t):
            if num is None:
                cur = text.split(" - ")[0]
                heads[cur] = int(re.match(r"[A-Z ]+ - (\d+) offenses", text).group(1))
                rows[cur] = []
            else:
                line = text.splitlines()[0].split()
                rows[cur].append((num, " ".join(line[1:3]), " ".join(line)))
        m = re.search(r"Offense lines: (\d+)", t)
        nrows = sum(len(v) for v in rows.values())
        seen = {}
        for c, v in rows.items():
            for num, when, _ in v:
                seen.setdefault(num, []).append((c, when))
        rep = [v for v in seen.values() if len(v) > 1]
        week = {mm.group(1).strip(): int(mm.group(2)) for mm in re.finditer(r"^([A-Z][A-Z ]+?) +(\d+) +\d+ +[+-]", t, re.M)}
        bad = (not m or int(m.group(1)) != nrows or any(heads[c] != len(rows[c]) for c in heads)
               or len(rep) < 3 or any(len({c for c, _ in v}) != len(v) or len({w for _, w in v}) != 1 for v in rep)
               or any(week.get(c) != heads[c] for c in heads))
    if folder == "eastfell-pa-pd":
        sup = {(owner(recs, mm.start()), mm.group(1)) for mm in re.finditer(r"Supp\. (2025-\d{4})", t)}
        bad = (len(sup) < 5 or sup != rel(e, "supplement_report") or any(n in ids for _, n in sup)
               or not any("\f" in text.strip() for _, text, _ in recs[:-1]))
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
        problems += check_samples(folder.name, pdf.name, t, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, t, e, recs)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs118.py"), tmp], check=True)
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
