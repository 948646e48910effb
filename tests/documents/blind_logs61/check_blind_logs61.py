"""Stand-alone check of the sixty-first held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed, and no number is both; a layout-specific
record-start pattern finds exactly the listed ids in order (cover-index rows, continuation cards
and continued sheets are not starts); the document's own count equals record_count; every sample
value is printed inside its own record's stretch of text, its words in order; size < 200 KB;
plus one check of each layout's trap. With --regen, regenerating must give identical files.
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
MARK = "\u25a0"  # how pdftotext prints the ZapfDingbats check mark

# record-start patterns, one per agency, read off the text (not used by prr); group "id" is the id
START = {
    "brackenfold-or-pd": re.compile(r"^ *OR0269900 +(?P<id>BF-25-\d{5}) +\d\d/\d\d/2025 \d\d:\d\d$", re.M),
    "cassock-hill-nh-pd": re.compile(r"^ *INCIDENT CARD +Case # (?P<id>25CH-\d{4})$", re.M),
    "dorrance-lake-county-mn-so": re.compile(r"^ *CALL SHEET +(?P<id>S25-\d{6}) +Rec'd ", re.M),
    "ellerby-junction-ks-pd": re.compile(r"^(?P<id>EJ25-\d{5}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "fallowmoor-university-me-pd": re.compile(r"^ *Report No\. (?P<id>FU-2025-\d{4}) +Sheet 1 of \d+$", re.M),
}
TOTAL = {  # the document's own count of records
    "brackenfold-or-pd": re.compile(r"Face sheets in this release: (\d+)"),
    "cassock-hill-nh-pd": re.compile(r"Incidents: (\d+)"),
    "dorrance-lake-county-mn-so": re.compile(r"Call sheets: (\d+)"),
    "ellerby-junction-ks-pd": re.compile(r"Face sheets registered: (\d+)"),
    "fallowmoor-university-me-pd": re.compile(r"Narratives on these sheets: (\d+)"),
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
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 3000)
        out.append((m.group("id"), t[m.start():end], m.start()))
    return out


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def checked(text):
    """Labels printed right after a check mark ('\u25a0 20 Theft') in a stretch of text."""
    return re.findall(MARK + r" (?:\d\d )?([A-Z][A-Za-z]+(?: [A-Z][a-z]+)?)", text)


def check_samples(folder, name, recs, e):
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
            if folder == "dorrance-lake-county-mn-so" and key == "type":
                ok = checked(text) == val
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, problems, pages = e["case_numbers"], [], t.count("\f")
    n = len(ids)
    if folder == "brackenfold-or-pd":
        index = re.findall(r"^\d+ +(BF-25-\d{5}) +.+? +\d\d/\d\d/2025 +(\d+)$", t, re.M)
        first_sheet = recs[0][2]
        sheet_pages = [t.count("\f", 0, pos) + 1 for _, _, pos in recs]
        if [i for i, _ in index] != ids or [int(p) for _, p in index] != sheet_pages \
                or t.rfind("INDEX OF FACE SHEETS", 0, first_sheet) < 0 or t.count(MARK) != 2 * n \
                or len(re.findall(r"No\. 3\d{5}$", t, re.M)) != n:
            problems.append(f"{name}: cover index does not list the face sheets and their pages "
                            f"({len(index)} index rows, {t.count(MARK)} check marks)")
    if folder == "cassock-hill-nh-pd":
        conts = re.findall(r"CONTINUATION CARD +\(card (\d) of (\d)\) +Case # (\S+)$", t, re.M)
        cards = re.search(r"Cards in this file: (\d+)", t)
        owner = [next(num for num, text, pos in reversed(recs) if pos < m.start())
                 for m in re.finditer(r"CONTINUATION CARD", t)]
        if not conts or not cards or int(cards.group(1)) != n + len(conts) \
                or [c[2] for c in conts] != owner or t.count("F. Action taken") != n:
            problems.append(f"{name}: continuation cards do not follow their own record ({len(conts)})")
    if folder == "dorrance-lake-county-mn-so":
        m = re.search(r"Offense boxes checked: (\d+)", t)
        per = [len(checked(text)) for _, text, _ in recs]
        if not m or t.count(MARK) != int(m.group(1)) or sum(per) != int(m.group(1)) or min(per) < 1 \
                or len(re.findall(r"\b20 +Theft\b", t)) != n:
            problems.append(f"{name}: check marks {t.count(MARK)} do not add up to the printed total")
    if folder == "ellerby-junction-ks-pd":
        titles = len(re.findall(r"^\(2\) Report No\. +\(3\) Date/Time Rptd +\(6\) Offense", t, re.M))
        wrapped = re.findall(r"^ {30,}\S", t, re.M)
        if titles != pages or len(wrapped) < 3:
            problems.append(f"{name}: numbered column titles on {titles} of {pages} pages, {len(wrapped)} wraps")
    if folder == "fallowmoor-university-me-pd":
        conts = list(re.finditer(r"^ *Report No\. (FU-2025-\d{4}) +Sheet 2 of 2 \(continued\)$", t, re.M))
        owner = [next(num for num, text, pos in reversed(recs) if pos < m.start()) for m in conts]
        if not conts or [m.group(1) for m in conts] != owner or t.count("END OF NARRATIVE") != n:
            problems.append(f"{name}: continued narratives do not follow their own record ({len(conts)})")
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs61.py"), tmp], check=True)
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
