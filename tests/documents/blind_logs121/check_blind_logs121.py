"""Stand-alone check of the held-out set blind_logs121 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals len(case_numbers)
and is 40-150 with no duplicate id; every case number and related number is in the `pdftotext
-layout` text at least as often as listed, and no number is both; a layout-specific record-start
pattern (which also finds the non-record stretches: journal entries that open no case,
administrative paragraphs, day headings) gives exactly the listed ids in order; the document's own
count equals record_count; every sample value is printed inside its own record's stretch of text,
its words in order (North Sound's date comes from the day heading above the entry); size < 200 KB;
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

# stretch-start patterns read off the text (not used by prr); a match without group "id" starts a
# stretch that is not a record
START = {
    "tri-river-narcotics-tf": re.compile(r"^(?P<id>TRN-25-\d{4}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "cascade-foothills-mutual-aid": re.compile(r"^Mutual Aid Request: (?P<id>MA-25-\d{4}) ", re.M),
    "north-sound-auto-theft-tf": re.compile(r"^(?:\d{4} (?:Case (?P<id>NSATT-25-\d{4}) opened\.)?|=== |Cases opened)",
                                            re.M),
    "estova-basin-compact": re.compile(r"^(?:\d+\. (?:Incident (?P<id>EB25-\d{4}),)?|Paragraphs: )", re.M),
    "ridgeback-county-oa": re.compile(r"^(?P<id>ORC-25-\d{4}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
}
TOTAL = {  # the document's own count of records
    "tri-river-narcotics-tf": re.compile(r"Task force cases listed: (\d+) "),
    "cascade-foothills-mutual-aid": re.compile(r"Requests: (\d+) "),
    "north-sound-auto-theft-tf": re.compile(r"Cases opened this period: (\d+)\."),
    "estova-basin-compact": re.compile(r"Paragraphs: \d+ \((\d+) incidents"),
    "ridgeback-county-oa": re.compile(r"Incidents: (\d+) "),
}
DAY_HEAD = re.compile(r"^=== (\d\d/\d\d/2025) \([A-Z][a-z]+day\) - duty journal ===", re.M)
AGENCY5 = re.compile(r" (RCSO|BPD|WFD|CHP-7|GVPD|PARK) +(LEAD to \d\d:\d\d|LEAD from \d\d:\d\d|LEAD|ASSIST) ", re.M)


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
    for r in e["related_numbers"]:
        if r["record"] not in ids:
            problems.append(f"{name}: related number {r['number']} belongs to no listed record")
    return problems


def blocks(folder, t):
    """(id or None, text stretch, start offset, match) per stretch, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        out.append((m.groupdict().get("id"), t[m.start():end], m.start(), m))
    return out


def records(folder, t):
    return [b[:3] for b in blocks(folder, t) if b[0]]


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def heading_date(t, pos):
    heads = list(DAY_HEAD.finditer(t, 0, pos))
    return heads[-1].group(1) if heads else None


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {num: (text, pos) for num, text, pos in reversed(recs)}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos = by_id[s["case_number"]]
        for key, val in s.items():
            if folder == "north-sound-auto-theft-tf" and key == "reported_at":
                date, _, time = val.partition(" ")
                ok = text.split()[0] == time and heading_date(t, pos) == date
            else:
                ok = in_order(val.split(), text.split())
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, kind):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] == kind}


def owner(recs, pos):
    """id of the last record that starts before offset pos."""
    return max(((p, num) for num, _, p in recs if p < pos), default=(-1, None))[1]


def total(pattern, t):
    m = re.search(pattern, t)
    return int(m.group(1)) if m else None


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, bad = e["case_numbers"], False
    if folder == "tri-river-narcotics-tf":
        rows = {mm.group(1): mm.group(2) for mm in
                re.finditer(r"^(TRN-25-\d{4}) +\d\d/\d\d/2025 \d\d:\d\d +\S+ +(\S+) +DX-", t, re.M)}
        ch = [(mm.start(), mm.group(1), mm.group(2)) for mm in
              re.finditer(r"^ +LEAD CHANGE \d\d/\d\d \d\d:\d\d: lead now \S+ (\S+) \(was \S+ (\S+)\)$", t, re.M)]
        lead = rel(e, "lead_agency_case")
        bad = (total(r"Lead changes: (\d+)", t) != len(ch) or len(ch) < 5
               or any((owner(recs, p), new) not in lead or rows.get(owner(recs, p)) != was for p, new, was in ch))
    if folder == "cascade-foothills-mutual-aid":
        refs = [(mm.start(), mm.group(1)) for mm in
                re.finditer(r"^ +Assisting: Kessel Valley Mutual Aid Region +Ref\. (MA-25-\d{4})$", t, re.M)]
        nassist = len(re.findall(r"^ +Assisting: ", t, re.M))
        bad = (total(r"Other-region references: (\d+)", t) != len(refs) or len(refs) < 5
               or total(r"Assisting entries: (\d+)", t) != nassist
               or {(owner(recs, p), n) for p, n in refs} != rel(e, "other_region_request")
               or any(n in ids for _, n in refs))
    if folder == "north-sound-auto-theft-tf":
        upd = [(mm.start(), mm.group(1)) for mm in re.finditer(r"^\d{4} Update (NSATT-25-\d{4}):", t, re.M)]
        dxs = re.findall(r"^\d{4} Deconfliction check (DX\d+) for [^:]*: no overlap with open task\s+force\s+"
                         r"cases,\s+no\s+case\s+opened\.", t, re.M)
        reln = {r["number"] for r in e["related_numbers"]}
        first = {num: p for num, _, p in reversed(recs)}
        bad = (len(upd) < 5 or any(n not in first or first[n] > p for p, n in upd)
               or total(r"Updates: (\d+)\.", t) != len(upd)
               or total(r"Deconfliction checks without a case: (\d+)\.", t) != len(dxs) or len(dxs) < 5
               or any(x in reln for x in dxs))
    if folder == "estova-basin-compact":
        paras = [(int(mm.group(1)), mm.group(2)) for mm in
                 re.finditer(r"^(\d+)\. (Incident EB25-\d{4},|Administrative\.)", t, re.M)]
        m = re.search(r"Paragraphs: (\d+) \((\d+) incidents, (\d+) administrative\)", t)
        admin = sum(1 for _, k in paras if k.startswith("Admin"))
        spans = sum(1 for _, text, _ in recs if "\f" in text.rstrip("\f"))
        bad = (not m or [n for n, _ in paras] != list(range(1, len(paras) + 1)) or int(m.group(1)) != len(paras)
               or int(m.group(3)) != admin or admin < 2 or spans < 2)
    if folder == "ridgeback-county-oa":
        cont = [(mm.start(), mm.group(1)) for mm in re.finditer(r"^(ORC-25-\d{4}) +\(cont\.\)$", t, re.M)]
        roles = AGENCY5.findall(t)
        bad = (len(cont) < 1 or any(owner(recs, p) != n for p, n in cont)
               or total(r"Agency rows: (\d+)", t) != len(roles) or sum(r.startswith("LEAD from") for _, r in roles) < 5
               or sum(r.startswith("LEAD") and not r.startswith("LEAD from") for _, r in roles) != len(ids))
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
        recs = records(folder.name, t)
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(folder.name, pdf.name, t, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, t, e, recs)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs121.py"), tmp], check=True)
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
