"""Stand-alone check of the fifteenth held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed; a layout-specific record-start pattern finds
exactly the listed ids in order; the document's own count equals record_count; every sample
value is printed inside its own record's stretch of text, its words in order (Vesper County's
date, printed rotated in a band beside the rows, is checked against the band labels of the
record's page); size < 200 KB; plus one check of each layout's trap. With --regen,
regenerating must give identical files. `--dir DIR` checks a copy elsewhere (mutation runs).
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
    "kittiwake-harbor-or-port-pd": re.compile(
        r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d SEQ=\d{6} EVT=(?P<id>KH25-\d{6}) ", re.M),
    "quenby-college-nh-dps": re.compile(r"^(?P<id>QC-25-\d{4})[ ]+\d\d/\d\d/2025 \d\d:\d\d[ ]", re.M),
    "vesper-county-mt-so": re.compile(r"^[ ]*\d{4}[ ]+(?P<id>VC25\d{5})[ ]", re.M),
    "orrin-falls-ia-pd": re.compile(r"^(?P<id>OF25-\d{5})[ ]+\d\d/\d\d/25 \d\d:\d\d[ ]", re.M),
    "sandpiper-dunes-nc-state-park-rangers": re.compile(r"^(?P<id>SD25-\d{4})[ ]+\d\d/\d\d/25 \d\d:\d\d$", re.M),
}
TOTAL = {  # the document's own count of records
    "kittiwake-harbor-or-port-pd": re.compile(r"# (\d+) events written"),
    "quenby-college-nh-dps": re.compile(r"Entries on this log: (\d+)"),
    "vesper-county-mt-so": re.compile(r"Calls logged: (\d+)"),
    "orrin-falls-ia-pd": re.compile(r"^\((\d+)\) calls listed", re.M),
    "sandpiper-dunes-nc-state-park-rangers": re.compile(r"END OF TAPE +(\d+) ENTRIES"),
}
BAND = re.compile(r"^[ ]*(?:[A-Z]{3} )?(\d\d/\d\d)(?:/2025)?[ ]*$", re.M)


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def check_numbers(name, t, e):
    problems = []
    flat = re.sub(r"\s+", " ", t.replace("\n  > ", " "))
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
    """(id, text stretch, start offset) per record, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        out.append((m.group("id"), t[m.start():end], m.start()))
    return out


def norm(tok):
    """A printed token without key= prefixes, quotes and punctuation around it."""
    return re.sub(r"^[A-Z]+=", "", tok).strip('".,;()#>')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def band_dates(t, pos):
    """Day labels printed (rotated) in the band of the page that holds offset pos."""
    first = t.rfind("\f", 0, pos) + 1
    last = t.find("\f", pos)
    return set(BAND.findall(t[first:last]))


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
            if folder == "vesper-county-mt-so" and key == "reported_at":
                date, _, time = val.partition(" ")
                ok = text.split()[0] == time and date[:5] in band_dates(t, pos)
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, pdf, name, t, e):
    """One check of the trap each layout is about."""
    ids, problems, pages = e["case_numbers"], [], t.count("\f")
    if folder == "kittiwake-harbor-or-port-pd":
        beats = re.findall(r"^\S+ SEQ=\d+ SYS=HEARTBEAT", t, re.M)
        stamped = re.findall(r"^\d{4}-\d\d-\d\dT", t, re.M)
        if not beats or re.search(r"SYS=HEARTBEAT.*EVT=", t) or len(stamped) != len(ids) + len(beats) \
                or "\n  > " not in t:
            problems.append(f"{name}: {len(beats)} heartbeat lines, {len(stamped)} stamped lines")
    if folder == "quenby-college-nh-dps":
        m = re.search(r"Entries with withheld cells: (\d+)", t)
        if not m or t.count("WITHHELD") != 2 * int(m.group(1)) or int(m.group(1)) == 0:
            problems.append(f"{name}: {t.count('WITHHELD')} WITHHELD cells for {m and m.group(1)} entries")
    if folder == "vesper-county-mt-so":
        rows = [ln for ln in t.splitlines() if START[folder].match(ln)]
        days = {x[:5] for x in (s["reported_at"] for s in e["sample_records"])}
        if any("/2025" in ln for ln in rows) or not days <= set(BAND.findall(t)):
            problems.append(f"{name}: a date printed in a row, or a sample's day without a band label")
    if folder == "orrin-falls-ia-pd":
        heads = re.findall(r"^\(1\) +\(2\) +\(3\) +\(4\) +\(5\) +\(6\) +\(7\) +\(8\)$", t, re.M)
        if len(heads) != pages or t.count("Columns: (1) Call number") != pages:
            problems.append(f"{name}: numbered header {len(heads)}x / legend on {pages} pages")
    if folder == "sandpiper-dunes-nc-state-park-rangers":
        size = re.search(r"Page size: +([\d.]+) x", run(["pdfinfo", str(pdf)]))
        if not size or float(size.group(1)) > 240 or max(len(ln) for ln in t.splitlines()) > 40 \
                or re.search(r"(?i)\b(type|location|disposition):", t):
            problems.append(f"{name}: not a narrow unlabelled tape")
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
        problems += check_samples(folder.name, pdf.name, t, recs, e)
        problems += check_layout(folder.name, pdf, pdf.name, t, e)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs15.py"), tmp], check=True)
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
