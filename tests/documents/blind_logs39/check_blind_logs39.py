"""Stand-alone check of the held-out set blind_logs39 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record pattern finds exactly the listed ids in order; the document's own total equals
record_count; every sample value is printed inside its own record's stretch of text, its words
in order; size < 200 KB; plus one check of each layout's trap (page or group subtotals add up).
With --regen, regenerating in a temporary folder must give identical files.
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

# record patterns read off the text (not used by prr); group "id" is the id
START = {
    "harrow-springs-nv-pd": re.compile(r"^(?P<seq>\d+) +(?P<id>HS25-\d{5}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "corley-county-wy-so": re.compile(r"^ *\d\d/\d\d +(?P<id>C25\.\d{5}) +\d\d:\d\d ", re.M),
    "bellmont-heights-or-pd": re.compile(r"^Summary for (?P<id>IS-25-\d{4})$", re.M),
    "quarry-gap-mt-pd": re.compile(r"^(?P<id>Q\d{7}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    # the bulletin's id ENDS its paragraph: the match marks the end of the record
    "lindqvist-bay-me-pd": re.compile(r"Ref\.\s+(?P<id>LB-\d{5}-25)\b"),
}
ENDS_WITH_ID = {"lindqvist-bay-me-pd"}
TOTAL = {
    "harrow-springs-nv-pd": re.compile(r"Daily activity total: (\d+) incidents"),
    "corley-county-wy-so": re.compile(r"Report total: (\d+) cases"),
    "bellmont-heights-or-pd": re.compile(r"End of report\. (\d+) incident summaries\."),
    "quarry-gap-mt-pd": re.compile(r"TOTAL CALLS LISTED: (\d+)"),
    "lindqvist-bay-me-pd": re.compile(r"Items in this bulletin: (\d+)"),
}
SUBTOTAL = {  # page or group subtotals that look like rows; they must add up to the total
    "harrow-springs-nv-pd": re.compile(r"Page subtotal: (\d+) incidents"),
    "corley-county-wy-so": re.compile(r"Cases for badge #\d{4}: (\d+)"),
    "bellmont-heights-or-pd": re.compile(r"Summaries shown: (\d+)"),
    "quarry-gap-mt-pd": re.compile(r"CALLS THIS PAGE (\d+)"),
}
FURNITURE = re.compile(r"^.*(Bulletin page \d+|presumed innocent|MEDIA BULLETIN|Press line 555-01\d\d).*$", re.M)


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def check_numbers(name, t, e):
    problems = []
    flat = re.sub(r"\s+", " ", t)
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    for num in set(ids + related):
        want = ids.count(num) + related.count(num)
        have = len(re.findall(rf"(?<![\w.-]){re.escape(num)}(?![\w-])", flat))
        if have < want:
            problems.append(f"{name}: {num} printed {have}x, listed {want}x")
    for num in set(related) & set(ids):
        problems.append(f"{name}: {num} is both an id and a related number")
    for r in e["related_numbers"]:
        if r["record"] not in ids:
            problems.append(f"{name}: related number {r['number']} names no record")
    return problems


def records(folder, t):
    """(id, text stretch) per record, in print order."""
    ms = list(START[folder].finditer(t))
    out = []
    if folder in ENDS_WITH_ID:
        body = FURNITURE.sub("", t)
        ms = list(START[folder].finditer(body))
        prev = 0
        for m in ms:
            out.append((m.group("id"), body[prev : m.end()]))
            prev = m.end()
        return out
    for i, m in enumerate(ms):
        end = ms[i + 1].start() if i + 1 < len(ms) else min(len(t), m.start() + 1500)
        out.append((m.group("id"), t[m.start() : end]))
    return out


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w == tok or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(name, recs, e):
    problems = []
    by_id = {}
    for num, text in recs:
        by_id.setdefault(num, text)
    for s in e["sample_records"]:
        text = by_id.get(s["case_number"])
        if text is None:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        for key, val in s.items():
            vals = val if isinstance(val, list) else [val]
            if not all(in_order(v.split(), text.split()) for v in vals):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, problems = e["case_numbers"], []
    if folder in SUBTOTAL:
        subs = [int(x) for x in SUBTOTAL[folder].findall(t)]
        if sum(subs) != len(ids) or len(subs) < 2:
            problems.append(f"{name}: subtotals {subs} do not add up to {len(ids)}")
    if folder == "harrow-springs-nv-pd":
        seqs = [int(m.group("seq")) for m in START[folder].finditer(t)]
        if seqs != list(range(1, len(ids) + 1)):
            problems.append(f"{name}: Seq column is not 1..N")
    if folder == "corley-county-wy-so":
        stamps = [re.search(r"(\d\d/\d\d) +\S+ +(\d\d:\d\d)", text).groups() for _, text in recs]
        if stamps == sorted(stamps):
            problems.append(f"{name}: listing is in time order (the badge grouping is the trap)")
    if folder == "quarry-gap-mt-pd":
        units = re.findall(r"^   [1-5][A-E]\d\d +(?:\d\d:\d\d +){3}\d\d:\d\d$", t, re.M)
        if len(units) < len(ids):
            problems.append(f"{name}: {len(units)} unit-time lines for {len(ids)} calls")
    if folder == "lindqvist-bay-me-pd":
        wrapped = sum(1 for _, text in recs if text.strip().count("\n") >= 1)
        if wrapped < len(ids) // 2:
            problems.append(f"{name}: only {wrapped} paragraphs wrap")
    if folder == "bellmont-heights-or-pd":
        stretch = {num: " ".join(text.split()) for num, text in recs}
        if not e["related_numbers"] or any(
            r["number"] not in stretch.get(r["record"], "") for r in e["related_numbers"]
        ):
            problems.append(f"{name}: related numbers not inside their narrative excerpts")
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
        if "[invented]" not in e["agency"]:
            problems.append(f"{pdf.name}: agency not marked [invented]")
        problems += check_numbers(pdf.name, t, e)
        recs = records(folder.name, t)
        found = [num for num, _ in recs]
        if found != ids:
            problems.append(
                f"{pdf.name}: record pattern found {len(found)} ids, listed {len(ids)}"
                + ("" if len(found) != len(ids) else " (different ids or order)")
            )
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own total {got} vs {len(ids)}")
        problems += check_samples(pdf.name, recs, e)
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs39.py"), tmp], check=True)
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
