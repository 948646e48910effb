"""Stand-alone check of the forty-sixth held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed, and no number is both (an earlier case cited may
be); a layout-specific record-start pattern finds exactly the listed ids in order; the
document's own count equals record_count; every sample value is printed inside its own record's
stretch of text, its words in order (CSV cells split at `","`); size < 200 KB; plus one check
of each layout's trap. With --regen, regenerating must give identical files. `--dir DIR` checks
a copy elsewhere (mutation runs).
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# record-start patterns, one per agency, read off the text (not used by prr); group "id" is the id
START = {
    "sallowmere-mn-pd": re.compile(r'^\f? *"incident_id": "(?P<id>SM25-\d{6})",$', re.M),
    "pennyroyal-gap-ky-pd": re.compile(r"^\f?\| `(?P<id>PG-25-\d{4})` \| \d\d/\d\d/2025 \d\d:\d\d \|", re.M),
    "quintard-springs-az-pd": re.compile(r"^\f? *(?P<id>QS-\d{6}) {2,}\S", re.M),
    "greyloch-university-vt-dps": re.compile(r"^\f?#(?P<tk>7\d{4}) +\S.*\n +Case No\.: (?P<id>GU-25-\d{4}) ", re.M),
    "ombry-falls-county-ne-so": re.compile(r'^\f? +(?P<line>\d+) +"(?P<id>OF25-\d{5})","2025-', re.M),
}
TOTAL = {  # the document's own count of records
    "sallowmere-mn-pd": re.compile(r'"total_count": (\d+)'),
    "pennyroyal-gap-ky-pd": re.compile(r"^\| \*\*Total\*\* \| \| \| \| \*\*(\d+)\*\* \|$", re.M),
    "quintard-springs-az-pd": re.compile(r"Incidents +Arrests +Avg response +Open cases\s+(\d+) "),
    "greyloch-university-vt-dps": re.compile(r"Queue: DPS Incidents - (\d+) tickets"),
    "ombry-falls-county-ne-so": re.compile(r'"TOTAL RECORDS: (\d+)",,,,,'),
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
    for num in {r["number"] for r in e["related_numbers"] if r["kind"] != "earlier_case_cited"} & set(ids):
        problems.append(f"{name}: {num} is both an id and a related number")
    for r in e["related_numbers"]:
        if r["kind"] == "earlier_case_cited" and (r["number"] not in ids
                                            or ids.index(r["number"]) >= ids.index(r["record"])):
            problems.append(f"{name}: 'earlier case' {r['number']} is not an earlier record")
    return problems


def records(folder, t):
    """(id, text stretch, start offset) per record, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        out.append((m.group("id"), t[m.start():end], m.start()))
    return out


def tokens(text):
    return [x for x in re.split(r'\s+|","', text) if x]


def norm(tok):
    return tok.strip('".,;:()#`*|\u2022')


def in_order(words, toks):
    it = iter(toks)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(name, recs, e):
    problems = []
    by_id = {}
    for num, text, pos in recs:
        by_id.setdefault(num, (text, pos))
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, _ = by_id[s["case_number"]]
        for key, val in s.items():
            if not all(in_order(tokens(v), tokens(text)) for v in (val if isinstance(val, list) else [val])):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, problems, n = e["case_numbers"], [], len(e["case_numbers"])
    if folder == "sallowmere-mn-pd":
        wrapped = re.findall(r"^[a-z][^\n]*\.\"?,?$", t, re.M)  # narrative tails printed at column 0
        refs = re.findall(r'"ref": "([^"]+)"', t)
        if len(wrapped) < n // 2 or refs != [r["number"] for r in e["related_numbers"]] or '"page_size": 500' not in t:
            problems.append(f"{name}: {len(wrapped)} soft-wrapped narratives, links {len(refs)}")
    if folder == "pennyroyal-gap-ky-pd":
        cont = [ln for ln in t.splitlines() if ln.strip().endswith("|") and not ln.lstrip().startswith("|")]
        if t.count("| Case | Reported |") != 1 or t.count("|------|") != 1 or not cont:
            problems.append(f"{name}: header not printed once, or no row soft-wrapped ({len(cont)})")
    if folder == "quintard-springs-az-pd":
        top = t[t.find("Top incident types"):START[folder].search(t).start()]
        counts = [int(x) for x in re.findall(r"[A-Za-z] (\d+)(?= |$)", top, re.M)]
        spark = re.search(r"7-day: ([\d ]+?) {2,}", t)
        days = [int(x) for x in spark.group(1).split()] if spark else []
        if sum(counts) != n or sum(days) != n or len(counts) < 8:
            problems.append(f"{name}: top-type counts {sum(counts)} or 7-day caption {sum(days)} != {n}")
    if folder == "greyloch-university-vt-dps":
        tks = [m.group("tk") for m in START[folder].finditer(t)]
        listed = [r["number"] for r in e["related_numbers"] if r["kind"] == "ticket_number"]
        if tks != listed or tks != sorted(tks) or set(tks) & set(ids) or "Comment by" not in t:
            problems.append(f"{name}: ticket numbers do not match the listed ones")
    if folder == "ombry-falls-county-ne-so":
        gutter = [int(x) for x in re.findall(r"^\f? {0,5}(\d+) {2,}\S", t, re.M)]
        m = re.search(r"lines : (\d+)", t)
        if not m or gutter != list(range(1, int(m.group(1)) + 1)) or len(gutter) < n + 5:
            problems.append(f"{name}: editor gutter {len(gutter)} lines, status bar {m and m.group(1)}")
    return problems


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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs46.py"), tmp], check=True)
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
    if len(folders) != len(START):
        problems.append(f"{len(folders)} agency folders, expected {len(START)}")
    for folder in folders:
        problems += check(folder)
    if "--regen" in sys.argv:
        problems += regen(here)
    print("\n".join(problems) if problems else "all checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
