"""Stand-alone check of the fifty-fifth held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record-start pattern finds exactly the listed ids in order; the document's own count equals
record_count; every sample value is printed inside its own record's stretch of text, its words
in order (Mercy Ridge's date comes from the day heading above the entry); size < 200 KB; every
page carries the browser URL and "Page n of N"; plus one check of each layout's trap. With
--regen, regenerating must give identical files. `--dir DIR` checks a copy elsewhere.
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# record-start patterns read off the text (not used by prr); group "id" is the id when on the line
START = {
    "harwick-college-vt-dps": re.compile(r"^ *(?P<id>HC25-\d{5}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "st-brendan-medical-center-ma-police": re.compile(r"^ *\S.*? (?P<id>2025-\d{6}-[AB]) +\d\d:\d\d ", re.M),
    "quinnipoint-university-ct-pd": re.compile(r"^ *Date/Time Reported: ", re.M),
    "mercy-ridge-medical-center-nh-ps": re.compile(r"^ +\d\d:\d\d hrs - Incident (?P<id>MR-\d{5}):", re.M),
    "ossipee-valley-state-college-me-pd": re.compile(
        r"^ *Log # (?P<id>25OV\d{4})(?: +Log # (?P<id2>25OV\d{4}))?$", re.M
    ),
}
TOTAL = {
    "harwick-college-vt-dps": r"Cases listed: (\d+)",
    "st-brendan-medical-center-ma-police": r"Daily count: (\d+)",
    "quinnipoint-university-ct-pd": r"Total incidents this period: (\d+)",
    "mercy-ridge-medical-center-nh-ps": r"(\d+) incidents logged\.",
    "ossipee-valley-state-college-me-pd": r"Period total: (\d+)",
}
DAY_HEAD = re.compile(r"^ *[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, 2025$", re.M)


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def records(folder, t):
    """(id, text stretch, start offset) per record, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        text = t[m.start() : end]
        if folder == "quinnipoint-university-ct-pd":
            found = re.search(r"Incident No\.: +(QU-\d{4}-25)$", text, re.M)
            ids = [found.group(1)] if found else []
        else:
            ids = [x for x in m.groupdict().values() if x]
        out += [(num, text, m.start()) for num in ids]
    return out


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w == tok or norm(w) == norm(tok) for tok in it) for w in words)


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
    for r in e["related_numbers"]:
        if r["record"] not in ids:
            problems.append(f"{name}: related number {r['number']} points at no record")
    return problems


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {}
    for num, text, pos in recs:
        by_id.setdefault(num, (text, pos))
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos = by_id[s["case_number"]]
        for key, val in s.items():
            if folder == "mercy-ridge-medical-center-nh-ps" and key == "reported_at":
                date, time = val.rsplit(" ", 1)
                heads = list(DAY_HEAD.finditer(t, 0, pos))
                ok = bool(heads) and heads[-1].group(0).strip().split(", ", 1)[1] == date and text.split()[0] == time
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, problems = e["case_numbers"], []
    if folder == "harwick-college-vt-dps":
        m = re.search(r"Offenses listed: (\d+)", t)
        if not m or int(m.group(1)) <= len(ids) or not re.search(r"^ +Ref: ", t, re.M):
            problems.append(f"{name}: no offence-per-line cells or citation refs")
    if folder == "st-brendan-medical-center-ma-police":
        heads = re.findall(r"^ *[A-Z][a-z]+day \d\d/\d\d/2025$", t, re.M)
        empty = t.count("No incidents reported")
        if (
            empty < 1
            or len(heads) != len(re.findall(r"Daily count: ", t)) + empty
            or not all(re.fullmatch(r"2025-\d{6}-[A-Z]", x) for x in ids)
        ):
            problems.append(f"{name}: empty days or suffixed ids wrong ({empty} empty, {len(heads)} days)")
    if folder == "quinnipoint-university-ct-pd":
        order = re.findall(r"^ *(Date/Time Reported|Offense\(s\)|Incident No\.|Occurred|General Location)", t, re.M)
        if order[:5] != ["Date/Time Reported", "Offense(s)", "Incident No.", "Occurred", "General Location"] or t.count(
            "Incident No.:"
        ) != len(ids):
            problems.append(f"{name}: label order or block count wrong")
    if folder == "mercy-ridge-medical-center-nh-ps":
        if len(DAY_HEAD.findall(t)) < 2 or re.search(r"^ *MR-\d{5}", t, re.M):
            problems.append(f"{name}: day headings missing or an id opens a line")
    if folder == "ossipee-valley-state-college-me-pd":
        days = [int(x) for x in re.findall(r"\((\d+) entries\)$", t, re.M)]
        pairs = len(re.findall(r"Log # \S+ +Log # ", t))
        if sum(days) != len(ids) or 0 not in days or pairs < len(ids) // 3:
            problems.append(f"{name}: daily entry counts {sum(days)} or two-column cards wrong")
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
        foot = re.findall(rf"^ *https://\S+ +Page (\d+) of {pages}$", t, re.M)
        if foot != [str(i) for i in range(1, pages + 1)]:
            problems.append(f"{pdf.name}: browser footer on {len(foot)} of {pages} pages")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        problems += check_numbers(pdf.name, t, e)
        recs = records(folder.name, t)
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(
                f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                + ("" if len(found) != len(ids) else " (different ids or order)")
            )
        got = [int(x) for x in re.findall(TOTAL[folder.name], t)]
        if (sum(got) if folder.name.startswith("st-brendan") else got) != (
            len(ids) if folder.name.startswith("st-brendan") else [len(ids)]
        ):
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(folder.name, pdf.name, t, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, t, e, recs)
        print(
            f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
            f"{len(e['related_numbers'])} related numbers, {len(data)} bytes"
        )
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs55.py"), tmp], check=True, capture_output=True)
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
    if [p.name for p in folders] != sorted(START):
        problems.append(f"{len(folders)} agency folders, expected {len(START)}")
    for folder in folders:
        problems += check(folder)
    if "--regen" in sys.argv:
        problems += regen(here)
    print("\n".join(problems) if problems else "all checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
