"""Stand-alone check of the twentieth held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed, and no number is both; a layout-specific
record-start pattern finds exactly the listed ids in order; the document's own count equals
record_count; every sample value is printed inside its own record's stretch of text, its words
in order; size < 200 KB; plus one check of each layout's trap (release stamps and Bates
numbers, withheld-row markers, the quoted request, the index's item and Bates sequence, the fax
cover sheet and headers). With --regen, regenerating must give identical files.
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
    "ventana-cruz-ca-pd": re.compile(r"^\f? *(?P<id>VC25-\d{6}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "kessler-lake-nwr-mn-law-enforcement": re.compile(r"^\f? *(?P<id>KL-25-\d{4}) +\d\d/\d\d/2025 \d{4} ", re.M),
    "harrow-bay-wa-pd": re.compile(r"^\f? *Incident #: (?P<id>HB25-\d{5})$", re.M),
    "sayre-crossing-tx-pd": re.compile(
        r"^\f? *(?P<item>\d+)\. +Bates SCPD-(?P<a>\d{6})(?: to SCPD-(?P<b>\d{6}))?\. "
        r"Incident report (?P<id>25-\d{6}),$", re.M),
    "granger-township-mi-pd": re.compile(r"^\f? *(?P<id>GT25-\d{5}) +\d\d/\d\d/25 \d{4} ", re.M),
}
TOTAL = {  # the document's own count of records
    "ventana-cruz-ca-pd": re.compile(r"The log above lists (\d+) incidents"),
    "kessler-lake-nwr-mn-law-enforcement": re.compile(r"Entries released on this excerpt: (\d+)"),
    "harrow-bay-wa-pd": re.compile(r"That is (\d+) incidents for the period"),
    "sayre-crossing-tx-pd": re.compile(r"Items listed: (\d+)\."),
    "granger-township-mi-pd": re.compile(r"TOTAL INCIDENTS LISTED: (\d+)"),
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
            problems.append(f"{name}: related number {r['number']} belongs to no record")
    return problems


def records(folder, t):
    """(id, text stretch, match) per record, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        out.append((m.group("id"), t[m.start():end], m))
    return out


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(name, recs, e):
    problems = []
    by_id = {}
    for num, text, _ in recs:
        by_id.setdefault(num, text)
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
    pages = t.split("\f")[:-1] if t.endswith("\f") else t.split("\f")
    if folder == "ventana-cruz-ca-pd":
        bates = re.findall(r"VCPD-PRA-0388-(\d{4})", t)
        stamps = t.count("RELEASED 11/04/2025")
        boxed = re.findall(r"^ *VC25-\d{6} +\S+ \S+ +.+? {2,}GC 7923\.600 ", t, re.M)
        letter = t[:recs[0][2].start()]
        if [int(b) for b in bates] != list(range(1, len(pages) + 1)) or stamps != len(pages) \
                or len(boxed) < 3 or "Dear Requester" not in letter:
            problems.append(f"{name}: stamps {stamps}, Bates {bates}, boxed cells {len(boxed)} or letter wrong")
    if folder == "kessler-lake-nwr-mn-law-enforcement":
        marks = re.findall(r"^ *--- (\d+) rows? withheld in full under \(b\)\(7\)\(A\) ---$", t, re.M)
        m = re.search(r"Rows withheld in full: (\d+)", t)
        bates = [int(b) for b in re.findall(r"KLNWR-FOIA-(\d{6})", t)]
        part = [num for num, text, _ in recs if "WITHHELD IN PART (b)(7)(A)" in text.splitlines()[0]]
        if not marks or not m or sum(map(int, marks)) != int(m.group(1)) or not part \
                or bates != list(range(bates[0], bates[0] + len(pages))) or re.search(r"---.*KL-25-", t):
            problems.append(f"{name}: withheld-row markers {marks} or Bates numbers do not add up")
    if folder == "harrow-bay-wa-pd":
        quoted = t[t.find("-----Original Message-----"):]
        earlier = re.findall(r"HB25-\d{5}", quoted)
        if not earlier or set(earlier) & set(ids) or t.count("Incident #:") != len(ids) \
                or recs[-1][2].start() > t.find("-----Original Message-----"):
            problems.append(f"{name}: quoted request {earlier} is not apart from the log")
    if folder == "sayre-crossing-tx-pd":
        items = [int(m.group("item")) for _, _, m in recs]
        spans = [(int(m.group("a")), int(m.group("b") or m.group("a"))) for _, _, m in recs]
        joined = all(spans[i][1] + 1 == spans[i + 1][0] for i in range(len(spans) - 1))
        parts = re.search(r"Released in full: (\d+)\. Released in part: (\d+)\. Withheld: (\d+)\.", t)
        if items != list(range(1, len(ids) + 1)) or not joined or not parts \
                or sum(int(x) for x in parts.groups()) != len(ids):
            problems.append(f"{name}: item numbers, Bates ranges or release counts wrong")
    if folder == "granger-township-mi-pd":
        heads = re.findall(r"^\f?OCT 29 2025 10:42AM +FROM:GRANGER TWP POLICE .* P\.(\d{3})/(\d{3})$", t, re.M)
        cover = re.search(r"Pages: +(\d+) including cover", pages[0])
        if re.search(r"GT25-\d", pages[0]) or not cover or int(cover.group(1)) != len(pages) \
                or [int(a) for a, _ in heads] != list(range(2, len(pages) + 1)) \
                or any(int(b) != len(pages) for _, b in heads):
            problems.append(f"{name}: fax cover sheet or fax header lines wrong ({len(heads)} headers)")
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs20.py"), tmp], check=True)
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
