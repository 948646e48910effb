"""Stand-alone check of the held-out set blind_logs125 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals len(case_numbers)
and is 40-150 with no duplicate id; every case number and related number is in the `pdftotext
-layout` text at least as often as listed, and no number is both; a layout-specific record-start
pattern over the whole text gives exactly the listed ids in order; the document's own total equals
record_count; the panels are put back together (rows of each panel in page order, wrapped cells
joined, daily-count lines skipped; row k of every panel is record k) and every sample value is
printed inside its own record's joined row, its words in order; size < 200 KB; plus one check of
each layout's trap (repeated line numbers agree; overflow pages all at the end; every related
number sits in the overflow row of its own record; daily counts add up; wrapped cells present).
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

START = {  # record-start pattern over the whole text (left panel rows)
    "ardwell-ks-pd": re.compile(r"^\d{1,3} +(?P<id>AP25-\d{5}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "denholt-county-wy-so": re.compile(r"^(?P<id>25-\d{6}) +\d\d/\d\d/2025 +\d{4} ", re.M),
    "pellworth-me-pd": re.compile(r"^\d{1,3} +(?P<id>2025-\d{5}) +\d\d/\d\d/25 \d\d:\d\d ", re.M),
    "marrowby-township-pa-pd": re.compile(r"^(?P<id>M25-\d{5}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "quenby-county-or-ecc": re.compile(r"^\d{1,3} +(?P<id>Q25-\d{6}) +\d\d/\d\d/25 \d\d:\d\d ", re.M),
}
MARKER = {  # which panel a page holds
    "ardwell-ks-pd": re.compile(r"^Panel ([AB]) of 2 - columns"),
    "denholt-county-wy-so": re.compile(r"^Section (\d) of 2: columns"),
    "pellworth-me-pd": re.compile(r"^Part (\d) of 3 \(columns"),
    "marrowby-township-pa-pd": re.compile(r"^Page section ([AB]): columns"),
    "quenby-county-or-ecc": re.compile(r"^Part (\d) of 2: columns \d+-\d+ of 11; parts are keyed by Seq"),
}
TOTAL = {
    "ardwell-ks-pd": re.compile(r"Total incidents listed: (\d+)"),
    "denholt-county-wy-so": re.compile(r"Cases this period: (\d+)"),
    "pellworth-me-pd": re.compile(r"Number of incidents: (\d+)"),
    "marrowby-township-pa-pd": re.compile(r"Month total: (\d+) incidents"),
    "quenby-county-or-ecc": re.compile(r"Calls listed: (\d+)"),
}
ROWNUM = {"ardwell-ks-pd", "pellworth-me-pd", "quenby-county-or-ecc"}  # panels keyed by a repeated number
AT_END = {"denholt-county-wy-so", "quenby-county-or-ecc"}  # overflow panels after all left panels
DAILY = re.compile(r"^ +Daily count (\d\d/\d\d/2025): (\d+)$")
FOOT = re.compile(r"Page \d+ of \d+\s*$")


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def panels(folder, t):
    """{panel key: [row lines]} in page order, plus the page sequence of panel keys and row counts."""
    rows, seq = {}, []
    for page in t.split("\f"):
        lines = page.split("\n")
        key = next((m.group(1) for m in (MARKER[folder].match(x.strip()) for x in lines) if m), None)
        if key is None:
            continue
        rule = next(i for i, x in enumerate(lines) if re.match(r"^-{20,}$", x.strip()))
        n = 0
        for x in lines[rule + 1:]:
            if not x.strip() or FOOT.search(x) or TOTAL[folder].search(x) or DAILY.match(x):
                continue
            if len(x) - len(x.lstrip()) >= 6 and rows.get(key):
                rows[key][-1] += " " + x.strip()
                continue
            rows.setdefault(key, []).append(x.strip())
            n += 1
        seq.append((key, n))
    return rows, seq


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


def joined(folder, t):
    """Record k's text: row k of every panel, in panel order."""
    rows, _ = panels(folder, t)
    keys = sorted(rows)
    n = max(len(v) for v in rows.values())
    return [" ".join(rows[k][i] if i < len(rows[k]) else "" for k in keys) for i in range(n)], rows, keys


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(folder, name, t, e):
    problems = []
    recs, _, _ = joined(folder, t)
    ids = e["case_numbers"]
    for s in e["sample_records"]:
        if s["case_number"] not in ids or ids.index(s["case_number"]) >= len(recs):
            problems.append(f"{name}: sample {s['case_number']} has no record")
            continue
        text = recs[ids.index(s["case_number"])]
        for key, val in s.items():
            if not in_order(val.split(), text.split()):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e):
    """One check of the trap each layout is about (the panels must line up)."""
    ids = e["case_numbers"]
    recs, rows, keys = joined(folder, t)
    _, seq = panels(folder, t)
    bad = len(keys) < 2 or any(len(rows[k]) != len(ids) for k in keys)
    # every related number sits in the overflow (non-left) row of its own record, and nowhere else
    for i in range(max(len(rows[k]) for k in keys)):
        over = " ".join(rows[k][i] for k in keys[1:] if i < len(rows[k]))
        want = {r["number"] for r in e["related_numbers"] if i < len(ids) and r["record"] == ids[i]}
        have = {w for w in over.split() if re.fullmatch(r"[A-Z]{1,2}\d{2}-\d{4,5}|25-\d{6}", w)}
        bad |= want != have
    if folder in ROWNUM:
        lead = {k: [row.split()[0] for row in rows[k]] for k in keys}
        bad |= any(lead[k] != [str(i) for i in range(1, len(ids) + 1)] for k in keys)
    order = [k for k, _ in seq]
    if folder in AT_END:
        bad |= order != sorted(order)
    else:  # alternating: each page group holds the same number of rows in every panel
        p = len(keys)
        groups = [seq[i:i + p] for i in range(0, len(seq), p)]
        bad |= any([k for k, _ in g] != keys or len({n for _, n in g}) != 1 for g in groups)
    if folder == "marrowby-township-pa-pd":
        days = [(m.group(1), int(m.group(2))) for m in (DAILY.match(x) for x in t.split("\n")) if m]
        dates = [row.split()[1] for row in rows[keys[0]]]
        bad |= sum(n for _, n in days) != len(ids) or any(dates.count(d) != n for d, n in days)
    if folder == "pellworth-me-pd":
        wrapped = sum(1 for x in t.split("\n") if re.match(r"^ {6,}\S", x) and not FOOT.search(x))
        bad |= wrapped < 3
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
        found = [m.group("id") for m in START[folder.name].finditer(t)]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(folder.name, pdf.name, t, e)
        problems += check_layout(folder.name, pdf.name, t, e)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs125.py"), tmp], check=True)
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
