"""Stand-alone check of the held-out set blind_logs43 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is printed in the
`pdftotext -layout` text at least as often as listed, and no number is both; the text is cut
into entries of every kind (an agency-specific entry-start pattern) and the entries that carry
the agency's case number are exactly the listed ids, in order; the document's own count of
case numbers equals record_count; every sample value is printed inside its own record's
stretch of text, its words in order (Quill and Dunlin take the date from the day heading above
the entry); size < 200 KB; plus one check of each layout's trap. With --regen, regenerating
must give identical files. `--dir DIR` checks a copy elsewhere (mutation runs).
"""

import datetime
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# entry-start patterns (entries of every kind) and, inside an entry, the record id; not used by prr
ENTRY = {
    "harlow-county-ne-so": re.compile(r"^(?:HC25-\d{5})? +\d\d/\d\d/2025 \d{4} ", re.M),
    "quill-county-or-so": re.compile(r"^ *(?:25-Q\d{5}|QCC-25-\d{3}|QB\d{6}|CP-\d{5}|WS-\d{5}) +\d{4} ", re.M),
    "vesper-county-mt-so": re.compile(r"^ *LOG ENTRY \d{6} ", re.M),
    "dunlin-county-wv-so": re.compile(r"^ +\d{4} hrs\. ", re.M),
    "quarrier-county-ky-so": re.compile(r"^\d{6} \d\d/\d\d/\d\d \d\d:\d\d [A-Z]{3,4} ", re.M),
}
ID = {
    "harlow-county-ne-so": re.compile(r"\A(HC25-\d{5}) "),
    "quill-county-or-so": re.compile(r"\A *(25-Q\d{5}|QCC-25-\d{3}) "),
    "vesper-county-mt-so": re.compile(r"Case No\.: +(V25-\d{5})\n"),
    "dunlin-county-wv-so": re.compile(r"Case\s+(DC-25-\d{5})\s+opened\."),
    "quarrier-county-ky-so": re.compile(r"\A\d{6} \S+ \S+ (?:CASE|CORO) (25-\d{6}) "),
}
TOTAL = {  # the document's own count of records
    "harlow-county-ne-so": re.compile(r"Cases: (\d+) "),
    "quill-county-or-so": re.compile(r"Case and coroner numbers issued this period: (\d+)"),
    "vesper-county-mt-so": re.compile(r"Case numbers issued: (\d+)"),
    "dunlin-county-wv-so": re.compile(r"Cases opened this period: (\d+)\."),
    "quarrier-county-ky-so": re.compile(r"CASE NUMBERS ASSIGNED THIS REPORT: (\d+)"),
}
HEADING_DATE = {"quill-county-or-so", "dunlin-county-wv-so"}
DAY = re.compile(r"[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, 2025")


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
    return problems


def entries(folder, t):
    """(id or None, text stretch, start offset) per entry of any kind, in print order."""
    starts = list(ENTRY[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        text = t[m.start():end]
        hit = ID[folder].search(text)
        out.append((hit.group(1) if hit else None, text, m.start()))
    return out


def records(folder, t):
    """(id, stretch from this record to the next record, start offset) per record."""
    ents = entries(folder, t)
    recs = [(num, pos) for num, _, pos in ents if num]
    return [(num, t[pos:(recs[i + 1][1] if i + 1 < len(recs) else min(len(t), pos + 3000))], pos)
            for i, (num, pos) in enumerate(recs)]


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w == tok or norm(w) == norm(tok) for tok in it) for w in words)


def heading_date(t, pos):
    heads = list(DAY.finditer(t, 0, pos))
    if not heads:
        return None
    return datetime.datetime.strptime(heads[-1].group(0), "%A, %B %d, %Y").strftime("%m/%d/%Y")


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {num: (text, pos) for num, text, pos in recs}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos = by_id[s["case_number"]]
        for key, val in s.items():
            if folder in HEADING_DATE and key == "reported_at":
                date, _, time = val.partition(" ")
                ok = time in text.split()[:2] and heading_date(t, pos) == date
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e):
    """One check of the trap each layout is about: the entries that are not records."""
    ents = entries(folder, t)
    others = [x for x in ents if not x[0]]
    problems = []
    if folder == "harlow-county-ne-so":
        m = re.search(r"Jail entries: (\d+) +Civil papers: (\d+) +Warrants: (\d+) +Calls without case: (\d+)", t)
        if not m or sum(map(int, m.groups())) != len(others) or any("HC25-" in x[1] for x in others):
            problems.append(f"{name}: {len(others)} grey non-case lines do not match the totals line")
    if folder == "quill-county-or-so":
        cited = re.findall(r"^ *(QB\d{6}) +\d{4} +BOOKED ON CASE (25-Q\d{5})$", t, re.M)
        rel = {(r["record"], r["number"]) for r in e["related_numbers"]}
        if not cited or any((case, bk) not in rel for bk, case in cited):
            problems.append(f"{name}: 'BOOKED ON CASE' lines {len(cited)} do not match the records' bookings")
    if folder == "vesper-county-mt-so":
        m = re.search(r"Entries this bulletin: (\d+)", t)
        if not m or int(m.group(1)) != len(ents) or t.count("Case No.:       none") != len(others):
            problems.append(f"{name}: blocks {len(ents)} or 'Case No.: none' {len(others)} do not add up")
    if folder == "dunlin-county-wv-so":
        heads = re.findall(r"^" + DAY.pattern + r" - (?:Day|Night) shift", t, re.M)
        early = [num for num, text, _ in ents if num and text.find(num) < 30]
        if len(heads) < 4 or early or not others:
            problems.append(f"{name}: {len(heads)} shift headings, ids at a paragraph start: {early[:3]}")
    if folder == "quarrier-county-ky-so":
        jr = [int(x[1][:6]) for x in ents]
        m = re.search(r"JOURNAL ENTRIES: (\d+) +KIND TOTALS: CASE (\d+) +CORO (\d+)", t)
        if not m or jr != list(range(jr[0], jr[0] + len(jr))) or int(m.group(1)) != len(jr) \
                or int(m.group(2)) + int(m.group(3)) != len(ents) - len(others):
            problems.append(f"{name}: journal numbers or kind totals do not add up")
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
            problems.append(f"{pdf.name}: entries with a case number {len(found)}, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        samples = e["sample_records"]
        if [s["case_number"] for s in samples] != [ids[0], ids[len(ids) // 2], ids[-1]]:
            problems.append(f"{pdf.name}: samples are not first, middle, last")
        problems += check_samples(folder.name, pdf.name, t, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, t, e)
        others = sum(1 for x in entries(folder.name, t) if not x[0])
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {others} other entries, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs43.py"), tmp], check=True)
        made = {q.relative_to(tmp) for q in Path(tmp).rglob("*") if q.suffix in (".pdf", ".json")}
        if made != {p.relative_to(here) for p in before}:
            problems.append("regenerated file list differs")
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
    if [f.name for f in folders] != sorted(ENTRY):
        problems.append(f"{len(folders)} agency folders, expected {len(ENTRY)}")
    for folder in folders:
        problems += check(folder)
    if "--regen" in sys.argv:
        problems += regen(here)
    print("\n".join(problems) if problems else "all checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
