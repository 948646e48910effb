"""Stand-alone check of the held-out set blind_logs77 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; ids are unique; every case number, related number and number
listed as not a record is in the `pdftotext -layout` text at least as often as listed, and no number
is both an id and something else; a layout-specific record-start pattern, applied to the whole text
(cover letter, index and closing pages included), gives exactly the listed ids in order; the log's own
count equals record_count; every sample value is printed inside its own record's stretch of text, its
words in order (Santa Olalla's date against the day heading above the entry); size < 200 KB; plus
one check of each layout's trap (the numbers on the letter, index, declaration and proof-of-service
pages). With --regen, regenerating must give identical files. `--dir DIR` checks a copy elsewhere
(mutation runs).
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

# record-start patterns read off the text (not used by prr)
START = {
    "paseo-encino-ca-pd": re.compile(r"^(?P<id>PE25-\d{5}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "cerro-callado-ca-pd": re.compile(r"^\d\d/\d\d/2025 \d{4} +(?P<id>CC25-\d{5}) ", re.M),
    "puerta-dorada-ca-pd": re.compile(r"^Incident +(?P<id>PD2510-\d{5}) +Received \d\d/\d\d/2025 \d\d:\d\d:\d\d$",
                                      re.M),
    "santa-olalla-ca-pd": re.compile(r"^\d{4} {2,}[A-Z]", re.M),
    "rancho-tesoro-ca-pd": re.compile(r"^\d{3} +(?P<id>RT-25-\d{6}) +\d{1,2}/\d{1,2}/25 \d{4} ", re.M),
}
SO_ID = re.compile(r"\(DR\s+(25-\d{5})\)")
TOTAL = {  # the log's own count of records (the line that closes the log)
    "paseo-encino-ca-pd": re.compile(r"^Total incidents: (\d+)$", re.M),
    "cerro-callado-ca-pd": re.compile(r"^RECORDS LISTED: (\d+)$", re.M),
    "puerta-dorada-ca-pd": re.compile(r"^Incidents in this summary: (\d+)$", re.M),
    "santa-olalla-ca-pd": re.compile(r"^Entries in this summary: (\d+)$", re.M),
    "rancho-tesoro-ca-pd": re.compile(r"^Reports released: (\d+)$", re.M),
}
DAY_HEAD = re.compile(r"^[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, 2025$", re.M)


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def flat(t):
    return re.sub(r"\s+", " ", t)


def count(num, text):
    return len(re.findall(rf"(?<![\w-]){re.escape(num)}(?![\w-])", flat(text)))


def check_numbers(name, t, e):
    problems = []
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    nonrec = [x["number"] for x in e.get("numbers_not_records", [])]
    for num in set(ids + related + nonrec):
        want = ids.count(num) + related.count(num) + nonrec.count(num)
        have = count(num, t)
        if have < want:
            problems.append(f"{name}: {num} printed {have}x, listed {want}x")
    for num in (set(related) | set(nonrec)) & set(ids):
        problems.append(f"{name}: {num} is both an id and a related number or non-record")
    if len(set(ids)) != len(ids):
        problems.append(f"{name}: an id is listed twice")
    for r in e["related_numbers"]:
        if r["record"] not in ids:
            problems.append(f"{name}: related number {r['number']} belongs to no listed record")
    return problems


def log_end(folder, t):
    m = TOTAL[folder].search(t)
    return m.start() if m else len(t)


def records(folder, t):
    """(id, text stretch, start offset) per record, in print order; stretches end at the log's closing line."""
    end = log_end(folder, t)
    starts = [m for m in START[folder].finditer(t) if m.start() < end]
    out = []
    for i, m in enumerate(starts):
        stop = starts[i + 1].start() if i + 1 < len(starts) else end
        text = t[m.start():stop]
        if folder == "santa-olalla-ca-pd":
            ids = SO_ID.findall(text)
            num = f"DR {ids[0]}" if len(ids) == 1 else None
        else:
            num = m.group("id")
        out.append((num, text, m.start()))
    return out


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def heading_date(t, pos):
    heads = list(DAY_HEAD.finditer(t, 0, pos))
    if not heads:
        return None
    return datetime.datetime.strptime(heads[-1].group(0), "%A, %B %d, %Y").strftime("%m/%d/%Y")


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {num: (text, pos) for num, text, pos in reversed(recs)}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos = by_id[s["case_number"]]
        for key, val in s.items():
            if folder == "santa-olalla-ca-pd" and key == "reported_at":
                date, _, time = val.partition(" ")
                ok = text.split()[0] == time and heading_date(t, pos) == date
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, kind):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] == kind}


def check_layout(folder, name, t, e, recs, pages):
    """One check of the trap each layout is about: numbers outside the log that are not records."""
    ids = e["case_numbers"]
    first = recs[0][2] if recs else 0
    end = log_end(folder, t)
    before, after = t[:first], t[end:]
    nonrec = [x["number"] for x in e.get("numbers_not_records", [])]
    bad = False
    if folder == "paseo-encino-ca-pd":
        named = re.findall(r"PE25-\d{5}", before)
        m = re.search(r"log lists (\d+) incidents", flat(before))
        cert = re.search(r"pages 2 through (\d+), .* consists of (\d+) entries", flat(after))
        bad = (named != nonrec or len(named) != 1 or named[0] in ids or named[0] >= ids[0]
               or count(named[0], t) != 1 or not m or int(m.group(1)) != len(ids)
               or not cert or int(cert.group(1)) != pages - 1 or int(cert.group(2)) != len(ids)
               or re.search(r"PE25-\d{5}", after))
    if folder == "cerro-callado-ca-pd":
        index = re.findall(r"^(\d+)\. +(CC25-\d{5}) +Location ", before, re.M)
        m = re.search(r"Items in this index: (\d+)", before)
        m2 = re.search(r"Portions of (\d+) entries", before)
        by_id = {num: x for num, x, _ in recs}
        bad = (len(index) < 3 or not m or int(m.group(1)) != len(index) or not m2
               or int(m2.group(1)) != len(index) or t.count("[EXEMPT - ITEM ") != len(index)
               or any(num not in by_id or f"[EXEMPT - ITEM {k}]" not in by_id[num] for k, num in index)
               or [int(k) for k, _ in index] != list(range(1, len(index) + 1)))
    if folder == "puerta-dorada-ca-pd":
        relnums = [(num, r) for num, x, _ in recs for r in re.findall(r"Related: +(PD\d{4}-\d{5})", x)]
        m = re.search(r"\((\d+) pages, pages 2-(\d+)\); Document 3, Proof of Service \(1 page, page (\d+)\)",
                      flat(before))
        bad = (len(relnums) < 3 or set(relnums) != rel(e, "earlier_incident")
               or any(r in ids or r >= ids[0] for _, r in relnums)
               or t.count("Related:") != len(relnums) or not m or int(m.group(2)) != pages - 1
               or int(m.group(1)) != pages - 2 or int(m.group(3)) != pages
               or re.search(r"PD\d{4}-\d{5}", before + after) or "PROOF OF SERVICE" not in after)
    if folder == "santa-olalla-ca-pd":
        in_letter = ["DR " + x for x in re.findall(r"DR\s+(25-\d{5})", before)]
        in_decl = ["DR " + x for x in re.findall(r"DR\s+(25-\d{5})", after)]
        m = re.search(r"it lists (\d+) entries", flat(after))
        marked = [num for num, x, _ in recs if "[name redacted" in x]
        bad = (len(in_letter) != 3 or in_letter != in_decl or in_letter != e.get("redacted_entries")
               or in_letter != marked or any(count(x, t) != 3 for x in in_letter)
               or not m or int(m.group(1)) != len(ids))
    if folder == "rancho-tesoro-ca-pd":
        held = re.findall(r"^ *Report No\. (RT-25-\d{6})$", after, re.M)
        m = re.search(r"Reports released: (\d+)\. +Reports withheld in full: (\d+)\.", after)
        rds = [int(x.split()[0]) for _, x, _ in recs]
        bad = (held != nonrec or len(held) < 2 or any(h in ids or count(h, t) != 1 for h in held)
               or any(not min(ids) < h < max(ids) for h in held) or not m or int(m.group(1)) != len(ids)
               or int(m.group(2)) != len(held) or rds != sorted(rds) or ids == sorted(ids)
               or re.search(r"RT-25-\d{6}", before))
    return [f"{name}: {folder} trap does not hold"] if bad else []


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        t = run(["pdftotext", "-layout", str(pdf), "-"])
        pages = t.count("\f")
        if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
            problems.append(f"{pdf.name}: sha256/bytes differ")
        if pages != e["pages"] or pages < 3:
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
            problems += check_layout(folder.name, pdf.name, t, e, recs, pages)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs77.py"), tmp], check=True)
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
