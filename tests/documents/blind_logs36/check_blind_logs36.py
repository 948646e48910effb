"""Stand-alone check of the thirty-sixth held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed, and no number is both; a layout-specific
record-start pattern finds exactly the listed ids in order; the document's own count equals
record_count; every sample value is printed inside its own record's stretch of text, its words
in order (Quill Bottom's date comes from the day heading above the entry); size < 200 KB;
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

# record-start patterns, one per agency, read off the text (not used by prr); group "id" is the id
START = {
    "brisk-hollow-mt-town-marshal": re.compile(
        r"^(?:\d\d/\d\d/25 +\d{4} +(?=BH-)|(?=2025-\d{6} +2025-))(?P<id>BH-\d{4}|2025-\d{6}) ", re.M
    ),
    "cobbler-gap-ky-pd": re.compile(r"^\| *(?P<id>CG25-\d{3,4}) *\| *\d\d/\d\d/25 *\|", re.M),
    "ferny-brook-nh-pd": re.compile(r"^(?:CASE NO: |Case # |File: )(?P<id>25-\d{4})(?![\w-])", re.M),
    # Quill Bottom: every time-led line opens an entry; entries without an id are errands
    "quill-bottom-ia-pd": re.compile(r"^(?P<time>\d{4}) +\S", re.M),
    "larch-siding-or-pd": re.compile(r"^(?:\d\d/\d\d/2025 \d{4} )?(?P<id>LS25-\d{4}) ", re.M),
}
TOTAL = {  # the document's own count of records
    "brisk-hollow-mt-town-marshal": re.compile(r"Month total: (\d+)"),
    "cobbler-gap-ky-pd": re.compile(r"^\| *TOTAL *\| *(\d+) calls", re.M),
    "ferny-brook-nh-pd": re.compile(r"Month summary: (\d+) cases opened"),
    "quill-bottom-ia-pd": re.compile(r"Reports this month: (\d+)\."),
    "larch-siding-or-pd": re.compile(r"TOTAL CALLS NOV: (\d+)"),
}
DAY_HEAD = re.compile(r"^[A-Z]+DAY (\d\d/\d\d/2025)$", re.M)
QB_ID = re.compile(r"(?<![\w-])25-\d{3}(?![\w-])")


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def count(num, flat):
    return len(re.findall(rf"(?<![\w-]){re.escape(num)}(?![\w-])", flat))


def check_numbers(name, t, e):
    problems = []
    flat = re.sub(r"\s+", " ", t)
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    for num in set(ids + related):
        want = ids.count(num) + related.count(num)
        have = count(num, flat)
        if have < want:
            problems.append(f"{name}: {num} printed {have}x, listed {want}x")
    for num in set(related) & set(ids):
        problems.append(f"{name}: {num} is both an id and a related number")
    for r in e["related_numbers"]:
        if r["record"] not in ids:
            problems.append(f"{name}: related number {r['number']} of unknown record {r['record']}")
    return problems


def stretches(folder, t):
    """(start match, text stretch) per start match, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        if folder == "quill-bottom-ia-pd":  # an entry ends at the next day heading too
            h = DAY_HEAD.search(t, m.start(), end)
            end = h.start() if h else end
        out.append((m, t[m.start() : end]))
    return out


def records(folder, t):
    """(id, text stretch, start offset) per record, in print order."""
    out = []
    for m, text in stretches(folder, t):
        if folder == "quill-bottom-ia-pd":
            found = QB_ID.findall(text)
            if len(found) == 1:
                out.append((found[0], text, m.start()))
            elif len(found) > 1:
                out.append(("?" + "+".join(found), text, m.start()))
        else:
            out.append((m.group("id"), text, m.start()))
    return out


def norm(tok):
    return tok.strip('".,;:()#|')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w == tok or norm(w) == norm(tok) for tok in it) for w in words)


def heading_date(t, pos):
    heads = list(DAY_HEAD.finditer(t, 0, pos))
    return heads[-1].group(1) if heads else None


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
            if folder == "quill-bottom-ia-pd" and key == "reported_at":
                date, _, time = val.partition(" ")
                ok = text.split()[0] == time and heading_date(t, pos) == date
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, problems = e["case_numbers"], []
    if folder == "brisk-hollow-mt-town-marshal":
        cut = t.find("*** NEW RECORDS SYSTEM IN USE FROM")
        old = [num for num, _, pos in recs if pos < cut]
        new = [num for num, _, pos in recs if pos > cut]
        m = re.search(r"Old book entries: (\d+) +New system incidents: (\d+)", t)
        if (
            cut < 0
            or t.count("NEW RECORDS SYSTEM") != 1
            or not m
            or not old
            or not new
            or any(not x.startswith("BH-") for x in old)
            or any(not x.startswith("2025-") for x in new)
            or (int(m.group(1)), int(m.group(2))) != (len(old), len(new))
            or int(new[0][5:]) > 100
        ):
            problems.append(f"{name}: the records-system switch does not split the ids ({len(old)}/{len(new)})")
    if folder == "cobbler-gap-ky-pd":
        cont = re.findall(r"^\| +\| +\| +\| +\|", t, re.M)
        tail = t[t.rfind("| TOTAL") :]
        if (
            len(cont) < 5
            or not re.search(r"^\+=+\+", tail, re.M)
            or tail.find("CG25-") >= 0
            or "Welfare Check" not in t
            or "Welf chk" not in t
        ):
            problems.append(f"{name}: no wrapped rows, or the TOTAL row is not the grid's last row")
    if folder == "ferny-brook-nh-pd":
        styles = [len(re.findall(p, t, re.M)) for p in (r"^CASE NO: ", r"^Case # ", r"^File: ")]
        labels = [len(re.findall(p, t, re.M)) for p in (r"^DISPO: ", r"^Result ", r"^Where: .*\| Outcome: ")]
        if min(styles) < 5 or styles != labels or sum(styles) != len(ids):
            problems.append(f"{name}: officer styles {styles} vs their last labels {labels}")
    if folder == "quill-bottom-ia-pd":
        errands = [text for m, text in stretches(folder, t) if not QB_ID.search(text)]
        forms = [
            sum(bool(re.search(p, text)) for _, text, _ in recs)
            for p in (r"Case 25-\d{3}\.", r"#25-\d{3}", r"File no\. 25-\d{3}\.", r"\(25-\d{3}\)", r"Rpt 25-\d{3}\.")
        ]
        if len(errands) < 3 or min(forms) < 3:
            problems.append(f"{name}: {len(errands)} unnumbered errand lines, id wordings {forms}")
    if folder == "larch-siding-or-pd":
        m = re.search(r"TOTAL CALLS 11/01-11/14: (\d+)", t)
        dated = re.findall(r"^\d\d/\d\d/2025 \d{4} LS25-", t, re.M)
        shift = t.find("---- shift change")
        late = [pos for _, _, pos in recs if pos > shift]
        blank_before = [pos for pos in late if t[:pos].endswith("\n\n")]
        if not m or int(m.group(1)) != len(dated) or shift < 0 or not late or len(blank_before) > 3:
            problems.append(f"{name}: subtotal or the officer change does not hold")
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
            problems.append(
                f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                + ("" if len(found) != len(ids) else " (different ids or order)")
            )
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if got != [len(ids)]:
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs36.py"), tmp], check=True)
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
        problems.append(f"{len(folders)} agency folders, expected {len(START)}")
    for folder in folders:
        problems += check(folder)
    if "--regen" in sys.argv:
        problems += regen(here)
    print("\n".join(problems) if problems else "all checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
