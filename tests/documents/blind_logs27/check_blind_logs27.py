"""Stand-alone check of the twenty-seventh held-out set (does not import prr).

The pages are set in text columns read column by column, so the text checked is each column of
each page cropped with `pdftotext -layout -x/-y/-W/-H` and joined page by page, left to right.
For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is printed as often as
listed, and no number is both; a layout-specific id pattern finds exactly the listed ids in order;
the document's own count equals record_count; every sample value is printed inside its own
record's stretch of text, its words in order (Tolland Reach's date is the day heading above the
entry); size < 200 KB; plus one check of each layout's trap. With --regen, regenerating must give
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
PAGE_W, PAGE_H, MARGIN, GAP, TOP, BOTTOM = 612, 792, 36, 18, 96, 50
COLS = {"crestline-or-pd": 2, "oriel-springs-id-pd": 3, "marrow-point-wa-pd": 2, "quillan-ferry-vt-pd": 2,
        "tolland-reach-ak-pd": 3}
# id patterns read off the column text (not used by prr); FIRST: the id opens the record, else closes it
IDS = {
    "crestline-or-pd": (re.compile(r"^ *(?P<id>25-\d{5}) +\| +\d\d/\d\d/2025 \d\d:\d\d$", re.M), True),
    "oriel-springs-id-pd": (re.compile(r"^ *(?P<id>OS\d{6}) \d{1,2}/\d{1,2} \d{4} ", re.M), True),
    "marrow-point-wa-pd": (re.compile(r"Case\s+reference\s+(?P<id>MP25-\d{4})\."), False),
    "quillan-ferry-vt-pd": (re.compile(r"^ *Case No\.: (?P<id>QF-2025-\d{4})$", re.M), True),
    "tolland-reach-ak-pd": (re.compile(r"\((?P<id>TR25\d{5})\)"), False),
}
TOTAL = {
    "crestline-or-pd": re.compile(r"Calls logged this edition: (\d+)"),
    "oriel-springs-id-pd": re.compile(r"(\d+) entries in this log\."),
    "marrow-point-wa-pd": re.compile(r"This bulletin lists (\d+) incidents\."),
    "quillan-ferry-vt-pd": re.compile(r"Cases on this week's beat: (\d+)"),
    "tolland-reach-ak-pd": re.compile(r"Items this week: (\d+)\."),
}
DAY_HEAD = re.compile(r"^ *([A-Z][a-z]+day, [A-Z][a-z]{2}\. \d{1,2}, 2025)$", re.M)


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def column_texts(pdf, ncols, pages):
    """Text of every column crop, in reading order (page by page, left to right)."""
    colw = (PAGE_W - 2 * MARGIN - GAP * (ncols - 1)) / ncols
    out = []
    for p in range(1, pages + 1):
        for i in range(ncols):
            x = int(MARGIN + i * (colw + GAP)) - 2
            out.append(run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), "-x", str(x), "-y", str(TOP - 4),
                            "-W", str(int(colw) + 5), "-H", str(PAGE_H - TOP - BOTTOM + 10), str(pdf), "-"]))
    return out


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
    return problems


def records(folder, t):
    """(id, text stretch, end offset) per record, in reading order."""
    pat, first = IDS[folder]
    ms = list(pat.finditer(t))
    out = []
    for i, m in enumerate(ms):
        if first:
            end = ms[i + 1].start() if i + 1 < len(ms) else min(len(t), m.start() + 1500)
            out.append((m.group("id"), t[m.start():end], end))
        else:
            start = ms[i - 1].end() if i else max(0, m.start() - 1500)
            out.append((m.group("id"), t[start:m.end()], m.end()))
    return out


def norm(tok):
    return tok.strip('".,;:()#|')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w == tok or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {}
    for num, text, end in recs:
        by_id.setdefault(num, (text, end))
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, end = by_id[s["case_number"]]
        for key, val in s.items():
            if key == "date":
                heads = DAY_HEAD.findall(t, 0, end)
                ok = bool(heads) and heads[-1] == val
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, cols, e, recs):
    """One check of the trap each layout is about; cols is the list of column texts."""
    t, ids, problems = "\n".join(cols), e["case_numbers"], []
    if folder == "crestline-or-pd":
        box = t[t.find("BY THE NUMBERS"):]
        counts = [int(x) for x in re.findall(r"^ *[A-Z][a-z][A-Za-z -]* (\d+)$", box, re.M)]
        if sum(counts) != len(ids) or len(counts) < 5:
            problems.append(f"{name}: 'By the numbers' counts add to {sum(counts)} over {len(counts)} rows")
    if folder == "oriel-springs-id-pd":
        pat = IDS[folder][0]
        cont = [c for c in cols if c.strip() and not pat.match(c.lstrip("\n"))]
        if not cont:
            problems.append(f"{name}: no entry breaks from one column into the next")
    if folder == "marrow-point-wa-pd":
        bad = [num for num, text, _ in recs if not re.search(r"[A-Z]{3,} REPORTED\s+ON [A-Z]", text)
               or text.count("Officers were called on") != 1]
        if bad:
            problems.append(f"{name}: {len(bad)} incidents without their own headline, e.g. {bad[0]}")
    if folder == "quillan-ferry-vt-pd":
        photos = re.findall(r"File photo No\. (2025-\d{4}):", t)
        if len(photos) != e["pages"] or set(photos) & set(ids):
            problems.append(f"{name}: {len(photos)} photo captions for {e['pages']} pages")
    if folder == "tolland-reach-ak-pd":
        heads = DAY_HEAD.findall(t)
        lead = [c for c in cols if c.strip() and not DAY_HEAD.match(c.lstrip("\n").splitlines()[0])]
        if len(heads) != len(set(heads)) or len(heads) < 5 or not lead:
            problems.append(f"{name}: day headings {len(heads)} repeated, or every column opens with one")
    return problems


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        pages = run(["pdftotext", "-layout", str(pdf), "-"]).count("\f")
        if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
            problems.append(f"{pdf.name}: sha256/bytes differ")
        if pages != e["pages"] or pages < 2:
            problems.append(f"{pdf.name}: pages {pages} vs {e['pages']}")
        if len(data) >= 200_000:
            problems.append(f"{pdf.name}: {len(data)} bytes")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        cols = column_texts(pdf, COLS[folder.name], pages)
        t = "\n".join(cols)
        problems += check_numbers(pdf.name, t, e)
        recs = records(folder.name, t)
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: id pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(folder.name, pdf.name, t, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, cols, e, recs)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs27.py"), tmp], check=True)
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
    if len(folders) != len(IDS):
        problems.append(f"{len(folders)} agency folders, expected {len(IDS)}")
    for folder in folders:
        problems += check(folder)
    if "--regen" in sys.argv:
        problems += regen(here)
    print("\n".join(problems) if problems else "all checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
