"""Stand-alone check of the held-out set blind_logs70 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text at least as often as listed, no number is both an id and a related
number, and every related number belongs to a listed record; a layout-specific record-start
pattern finds exactly the listed ids in document order; the document's own count equals
record_count; every sample value is printed inside its own record's stretch of text, its words in
order; size < 200 KB; plus one check of each layout's trap. With --regen, regenerating in a
temporary folder must give identical bytes. `--dir DIR` checks a copy elsewhere (mutation runs).
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
    "wapello-bend-ia-pd": re.compile(r"^ *(?P<n>\d+)\. +(?P<id>WB-25-\d{5}) +\d\d/\d\d/2025 \d{4} ", re.M),
    "sumner-crossing-tn-pd": re.compile(r"^\d\d/\d\d/25 +\d{4} +(?P<id>SC25-\d{4}) ", re.M),
    "osage-ferry-mo-pd": re.compile(r"^(?P<id>OF25-\d{5}) +\d\d/\d\d/2025 \d{4} ", re.M),
    "belle-chenier-la-pd": re.compile(r"^ *Item No\.: +(?P<id>BC-2025-\d{5})$", re.M),
    "pickens-mill-ga-pd": re.compile(r"^\f?\((?P<n>\d+)\) Case (?P<id>25-\d{6})\s+was\s+opened\b", re.M),
}
TOTAL = {  # the document's own count of records
    "wapello-bend-ia-pd": re.compile(r"Total incidents listed: (\d+)"),
    "sumner-crossing-tn-pd": re.compile(r"Register entries this period: (\d+)"),
    "osage-ferry-mo-pd": re.compile(r"Incidents released: (\d+)"),
    "belle-chenier-la-pd": re.compile(r"Items on this worksheet: (\d+)"),
    "pickens-mill-ga-pd": re.compile(r"In all, (\d+) reports are responsive"),
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
    for r in e["related_numbers"]:
        if r["record"] not in ids:
            problems.append(f"{name}: related {r['number']} belongs to unlisted record {r['record']}")
    return problems


def records(folder, t):
    """(id, text stretch, start offset) per record, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        out.append((m.group("id"), t[m.start():end], m.start()))
    return out


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w == tok or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(name, recs, e):
    problems = []
    by_id = {num: text for num, text, _ in recs}
    if len(e["sample_records"]) != 3:
        problems.append(f"{name}: {len(e['sample_records'])} sample records, expected 3")
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text = by_id[s["case_number"]]
        for key, val in s.items():
            if not all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val])):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, problems = e["case_numbers"], []
    if folder == "wapello-bend-ia-pd":
        # cover letter first (no ids on page 1, its count agrees), item numbers 1..n
        cover = t.split("\f")[0]
        m = re.search(r"(\d+) incidents are listed", cover)
        items = [int(x.group("n")) for x in START[folder].finditer(t)]
        if START[folder].search(cover) or not m or int(m.group(1)) != len(ids) \
                or items != list(range(1, len(ids) + 1)):
            problems.append(f"{name}: cover letter or item numbers wrong")
    if folder == "sumner-crossing-tn-pd":
        # handwritten tallies add up; ink additions sit on their own lines, under their row
        tallies = [int(x) for x in re.findall(r"^ +(\d+) this pg", t, re.M)]
        ink = re.findall(r"^ {40,}(?:cit\. #|bk # |SO case )\S+$", t, re.M)
        late = [int(m.group(1)) for m in re.finditer(r"^\d\d/\d\d/25 +\d{4} +SC25-(\d{4}) .* late$", t, re.M)]
        order = [int(num[5:]) for num in ids]
        late_ok = len(late) == 4 and all(max(order[:order.index(n)]) > n for n in late)
        if sum(tallies) != len(ids) or len(tallies) != e["pages"] or len(ink) != len(e["related_numbers"]) \
                or not late_ok:
            problems.append(f"{name}: tallies {sum(tallies)}, ink lines {len(ink)} or late entries {late} wrong")
    if folder == "osage-ferry-mo-pd":
        # index page lists every id with the page it is printed on; pages bound out of order
        pages = t.split("\f")
        index = dict(re.findall(r"(OF25-\d{5}) \.\.\.\. p\. (\d+)", pages[0]))
        printed_no = [int(re.search(r"Page (\d+) of \d+", p).group(1)) for p in pages if "Page " in p]
        where = {}
        for p in pages[1:]:
            m = re.search(r"Page (\d+) of", p)
            for x in START[folder].finditer(p):
                where[x.group("id")] = m.group(1) if m else None
        if sorted(index) != sorted(ids) or any(index[i] != where.get(i) for i in ids) \
                or printed_no == sorted(printed_no) or printed_no[0] != 1:
            problems.append(f"{name}: index or page order wrong")
    if folder == "belle-chenier-la-pd":
        heads = re.findall(r"REQUESTED ITEM (\d+) OF (\d+)", t)
        if [int(a) for a, _ in heads] != list(range(1, len(ids) + 1)) or {int(b) for _, b in heads} != {len(ids)}:
            problems.append(f"{name}: item headings wrong")
    if folder == "pickens-mill-ga-pd":
        flat = re.sub(r"\s+", " ", t)
        tail = flat[flat.find("In all,"):]
        counts = [int(x) for x in re.findall(r"[a-z)] (\d+)[;.]", tail[:tail.find("Please call")])]
        paras = [int(x.group("n")) for x in START[folder].finditer(t)]
        if sum(counts) != len(ids) or paras != list(range(1, len(ids) + 1)):
            problems.append(f"{name}: counts by type {sum(counts)} or paragraph numbers wrong")
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
        if "[invented]" not in e["agency"]:
            problems.append(f"{pdf.name}: agency not marked [invented]")
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs70.py"), tmp], check=True,
                       capture_output=True)
        made = {p.relative_to(tmp) for p in Path(tmp).rglob("*") if p.suffix in (".pdf", ".json")}
        if made != {p.relative_to(here) for p in before}:
            problems.append("regenerated set has different files")
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
