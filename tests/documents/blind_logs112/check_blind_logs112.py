"""Stand-alone check of the held-out set blind_logs112 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150 with no duplicate id; every case number and related number is in
the `pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record-start pattern (allowing the pleading paper's margin line number in front, and also finding
the non-record stretches: supplements, "(cont.)" repeats) gives exactly the listed ids in order;
the log's own total equals record_count (and so does the declaration's "The log lists N
incidents"); every sample value is printed inside its own record's stretch of text, its words in
order (Vintner Valley's date comes from the day heading above the entry); a Bates stamp on every
page, in sequence; size < 200 KB; plus one check of each layout's trap. With --regen, regenerating
must give identical files. `--dir DIR` checks a copy elsewhere (mutation runs).
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
M = r"^ *(?:\d{1,2} +)?"  # the pleading margin's line number, when pdftotext puts it on the line

START = {
    "alder-creek-ca-pd": re.compile(M + r"(?P<id>25-0\d{4}) +25-\d{6} +\d\d/\d\d/25 \d{4} ", re.M),
    "mirabel-county-ca-so": re.compile(M + r"Incident No\.: (?P<id>MC25-\d{5}) +Reported: ", re.M),
    "port-solano-ca-pd": re.compile(M + r"\d{1,3}\. Report (?P<id>PS-25-\d{4}), ", re.M),
    "vintner-valley-ca-sd": re.compile(M + r"\d{4} +(?:SUPPLEMENT to |(?P<id>VV25-\d{4}) )", re.M),
    "bellmont-state-university-ca-pd": re.compile(
        M + r"(?:(?P<id>BU\d{5}) +\d\d/\d\d/2025 \d\d:\d\d|BU\d{5} \(cont\.\))", re.M),
}
TOTAL = {
    "alder-creek-ca-pd": re.compile(r"Total reports this period: (\d+)"),
    "mirabel-county-ca-so": re.compile(r"Incidents in this report: (\d+)"),
    "port-solano-ca-pd": re.compile(r"End of log\. (\d+) numbered entries\."),
    "vintner-valley-ca-sd": re.compile(r"Incident entries: (\d+) "),
    "bellmont-state-university-ca-pd": re.compile(r"Total cases: (\d+)"),
}
BATES = {
    "alder-creek-ca-pd": "ACPD-PRR", "mirabel-county-ca-so": "MCSO", "port-solano-ca-pd": "PSPD",
    "vintner-valley-ca-sd": "VVSD", "bellmont-state-university-ca-pd": "BSU-UPD",
}
DAY_HEAD = re.compile(r"=== WATCH LOG +[A-Z]+DAY (\d\d/\d\d/2025) ===")


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
        out.append((m.group("id"), t[m.start():end], m.start(), m))
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
            if folder == "vintner-valley-ca-sd" and key == "reported_at":
                date, _, time = val.partition(" ")
                ok = time in text.split()[:2] and heading_date(t, pos) == date
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, kind):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] == kind}


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, bad = e["case_numbers"], False
    if folder == "alder-creek-ca-pd":
        rows = set(re.findall(M + r"(25-0\d{4}) +(25-\d{6}) ", t, re.M))
        bad = rows != rel(e, "cad_incident") or len(rows) != len(ids) or any(c in ids for _, c in rows)
    if folder == "mirabel-county-ca-so":
        split = sum(1 for _, text, _ in recs if "\f" in text.split("Disposition:")[0])
        prior = set()
        for num, text, _ in recs:
            prior |= {(num, p) for p in re.findall(r"Prior Incident: (MC24-\d{5})", text)}
        bad = split < 3 or len(prior) < 5 or prior != rel(e, "prior_incident")
    if folder == "port-solano-ca-pd":
        nums = [int(x) for x in re.findall(M + r"(\d{1,3})\. Report PS-25-\d{4}, ", t, re.M)]
        decl = re.findall(M + r"(\d)\. +[A-Z]", t.rsplit("EXHIBIT C\n", 1)[0], re.M)
        cits = set()
        for num, text, _ in recs:
            cits |= {(num, c) for c in re.findall(r"Citation (PSC\d{6}) issued", re.sub(r"\s+", " ", text))}
        bad = (nums != list(range(1, len(ids) + 1)) or len(decl) < 4 or cits != rel(e, "citation")
               or len(cits) < 5)
    if folder == "vintner-valley-ca-sd":
        sup = [(m.group(1), m.start()) for m in re.finditer(M + r"\d{4} +SUPPLEMENT to (VV25-\d{4}):", t, re.M)]
        m = re.search(r"Supplements: (\d+)", t)
        first = {num: pos for num, _, pos in reversed(recs)}
        bad = (not m or int(m.group(1)) != len(sup) or len(sup) < 3
               or any(num not in first or first[num] > p for num, p in sup))
    if folder == "bellmont-state-university-ca-pd":
        bl = blocks(folder, t)
        conts = [(i, re.search(r"(BU\d{5}) \(cont\.\)", b[1]).group(1)) for i, b in enumerate(bl) if not b[0]]
        bad = len(conts) < 3 or any(i == 0 or bl[i - 1][0] != c or "\f" not in bl[i - 1][1] for i, c in conts)
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
        bates = [int(x) for x in re.findall(rf"^ *{re.escape(BATES[folder.name])} (\d{{6}})$", t, re.M)]
        if len(bates) != pages or bates != list(range(bates[0] if bates else 0, (bates[0] if bates else 0) + len(bates))):
            problems.append(f"{pdf.name}: Bates stamps {len(bates)} on {pages} pages or out of sequence")
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
        bare = re.sub(r"\s+", " ", re.sub(r"(?m)^ *\d{1,2}(?: +|$)", "", t))
        got += [int(x) for x in re.findall(r"The log lists (\d+) incidents", bare)]
        if got != [len(ids)] * 2:
            problems.append(f"{pdf.name}: document's own counts {got} vs {len(ids)}")
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs112.py"), tmp], check=True)
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
