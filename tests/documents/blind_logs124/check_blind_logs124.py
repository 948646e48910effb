"""Stand-alone check of the held-out set blind_logs124 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals len(case_numbers)
and is 40-150 with no duplicate id; every case number and related number is in the
`pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record-start pattern gives exactly the listed ids in order (merged sub-lines, quoted ticket headers,
status-history lines and duplicate-closure lines do not match it); the document's own total equals
record_count; every sample value is printed inside its own record's stretch of text, its words in
order; size < 200 KB; plus one check of each layout's trap. With --regen, regenerating must give
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

# record-start patterns read off the text (not used by prr)
START = {
    "brindle-cove-or-pd": re.compile(r"^(?P<id>BCPD-\d{5}) +\d\d/\d\d/2026 \d\d:\d\d ", re.M),
    "tallow-creek-tx-marshal": re.compile(r"^Ticket: (?P<id>TCM-\d{4}) ", re.M),
    "wrenfield-mi-city-clerk": re.compile(r"^(?P<id>#\d{5}) ", re.M),
    "pell-harbor-me-town": re.compile(r"^(?P<p>\d+)\. Ticket (?P<id>\d{4}) - ", re.M),
    "osgood-valley-ks-so": re.compile(r"^(?P<id>OV\d{6}) +\d\d/\d\d/26 \d\d:\d\d ", re.M),
}
TOTAL = {
    "brindle-cove-or-pd": re.compile(r"Tickets listed: (\d+)"),
    "tallow-creek-tx-marshal": re.compile(r"Tickets exported: (\d+)"),
    "wrenfield-mi-city-clerk": re.compile(r"Conversations in export: (\d+)"),
    "pell-harbor-me-town": re.compile(r"Tickets in this digest: (\d+)"),
    "osgood-valley-ks-so": re.compile(r"REPORT TOTAL: (\d+) tickets"),
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
        have = len(re.findall(rf"(?<![\w#-]){re.escape(num)}(?![\w-])", flat))
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


def records(folder, t):
    """(id, text stretch, start offset, match) per record, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        out.append((m.group("id"), t[m.start():end], m.start(), m))
    return out


def owner(recs, pos):
    """id of the record whose stretch holds offset pos."""
    own = None
    for num, _, start, _ in recs:
        if start <= pos:
            own = num
    return own


def norm(tok):
    return tok.strip('".,;:()#[]')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w == tok or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(name, recs, e):
    problems = []
    by_id = {num: text for num, text, _, _ in reversed(recs)}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text = by_id[s["case_number"]]
        for key, val in s.items():
            if not in_order(val.split(), text.split()):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, kind):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] == kind}


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, bad = e["case_numbers"], False
    if folder == "brindle-cove-or-pd":
        mer = [(owner(recs, m.start()), m.group(1))
               for m in re.finditer(r"^ +\+ merged (BCPD-\d{5}) +\d\d/\d\d/2026 \d\d:\d\d ", t, re.M)]
        m = re.search(r"Merged duplicates: (\d+) ", t)
        bad = (not m or int(m.group(1)) != len(mer) or len(mer) < 5 or set(mer) != rel(e, "merged_ticket")
               or any(n in ids for _, n in mer))
    if folder == "tallow-creek-tx-marshal":
        q = [(owner(recs, m.start()), m.group(1))
             for m in re.finditer(r"^Internal note: .*?(TCM-\d{4})", t, re.M)]
        hist = re.findall(r"^ +\d\d/\d\d/2026 \d\d:\d\d [A-Z]", t, re.M)
        over = sum("\f" in text for _, text, _, _ in recs)
        bad = (len(q) < 5 or set(q) != rel(e, "quoted_ticket") or any(n in ids for _, n in q)
               or len(hist) < 2 * len(ids) or over < 2)
    if folder == "wrenfield-mi-city-clerk":
        q = [(owner(recs, m.start()), m.group(1)) for m in re.finditer(r"^ +> (#\d{5}) ", t, re.M)]
        op = re.findall(r"^ +> Opened ", t, re.M)
        bad = (len(q) < 5 or len(op) != len(q) or set(q) != rel(e, "quoted_ticket") or any(n in ids for _, n in q))
    if folder == "pell-harbor-me-town":
        paras = [int(m.group("p")) for _, _, _, m in recs]
        dup = [(m.group(2), m.group(1)) for m in
               re.finditer(r"^ +Ticket (\d{4}) - closed as duplicate of (\d{4}); not counted\.", t, re.M)]
        m = re.search(r"\(duplicates closed: (\d+)\)", t)
        bad = (paras != list(range(1, len(ids) + 1)) or len(dup) < 5 or not m or int(m.group(1)) != len(dup)
               or set(dup) != rel(e, "duplicate_ticket") or any(n in ids for _, n in dup))
    if folder == "osgood-valley-ks-so":
        rows = [(m.start(), m.group(1)) for m in
                re.finditer(r"^OV\d{6} +\d\d/\d\d/26 \d\d:\d\d .*?\d\d:\d\d +(-?)\d\d:\d\d$", t, re.M)]
        heads = [m.start() for m in re.finditer(r"^QUEUE: ", t, re.M)]
        subs = [(m.start(), int(m.group(1)), int(m.group(2))) for m in
                re.finditer(r"Queue subtotal [^:]+: (\d+) tickets, (\d+) past SLA", t)]
        hist = re.findall(r"^ +hist: NEW \d\d/\d\d \d\d:\d\d > ", t, re.M)
        m = re.search(r"REPORT TOTAL: (\d+) tickets", t)
        bad = (len(heads) != len(subs) or len(heads) < 3 or len(rows) != len(ids) or len(hist) != len(ids)
               or not m or sum(s[1] for s in subs) != int(m.group(1)))
        for h, (sp, k, b) in zip(heads, subs):
            inq = [neg for p, neg in rows if h < p < sp]
            bad |= len(inq) != k or inq.count("-") != b
        bad |= sum(s[2] for s in subs) < 5
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
        found = [num for num, _, _, _ in recs]
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs124.py"), tmp], check=True)
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
