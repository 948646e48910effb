"""Stand-alone check of the seventy-first held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed, and no number is both; a layout-specific
record-start pattern finds exactly the listed ids in order; the document's own grand total equals
record_count and its per-agency subtotals add up to it and match the ids of each agency's series;
every sample value is printed inside its own record's stretch of text, its words in order (where
the date or hour is printed only on a heading, reported_at is rebuilt from the heading before
the record); size < 200 KB; plus one check of each layout's trap. With --regen, regenerating
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

# record-start patterns, one per dispatch centre, read off the text (not used by prr); group "id" is the id
START = {
    "tamaroa-county-ecc-ok": re.compile(r"^ *\d\d:\d\d +(?:TCSO|PHPD|DMPD|KNTP) +(?P<id>\S+) ", re.M),
    "sheldrake-county-911-wa": re.compile(
        r"^ *\d\d/\d\d/2025 \d\d:\d\d +(?P<id>25-S-\d{5}|25-\d{4} OPD|VPD\.25\.\d{4}|TTP25\d{5}) ", re.M),
    "marrowby-county-joint-dispatch-mn": re.compile(
        r"^ *CFS 25-\d{6} +[A-Z][A-Z' ]+\n\s*(?:Case No\.:|ICR #|Report Number|Tribal Inc\.) +(?P<id>\S+)", re.M),
    "coyote-breaks-county-dispatch-sd": re.compile(
        r"^ *\d{4} +\[(?:CBSO|FGPD|MRPD|STPD)\] (?:(?!\n *\d{4} ).)*?Case\s+(?P<id>\S+?)\.\s", re.M | re.S),
    "antelope-draw-county-ecc-ne": re.compile(r"^ *:\d\d +(?:ADSO|BPD|CSPD|TBTP) +(?P<id>\S+) ", re.M),
}
TOTAL = {  # the document's own grand total
    "tamaroa-county-ecc-ok": re.compile(r"ALL AGENCIES +(\d+)"),
    "sheldrake-county-911-wa": re.compile(r"Total incidents: (\d+)"),
    "marrowby-county-joint-dispatch-mn": re.compile(r"Total incidents logged: (\d+)"),
    "coyote-breaks-county-dispatch-sd": re.compile(r"Total (\d+) incidents\."),
    "antelope-draw-county-ecc-ne": re.compile(r"TOTAL, ALL AGENCIES +(\d+)"),
}
# the per-agency subtotal lines: (agency code, count), and the id pattern of each agency's series
SUBTOTAL = re.compile(r"^ +([A-Z]{3,4}) +[A-Z][\w' ]+? +(\d+)$", re.M)
SUBTOTAL_CO = re.compile(r"([A-Z]{3,4}) (\d+)[;.]")
SERIES = {
    "TCSO": r"TC25-\d{6}", "PHPD": r"PH-25-\d{4}", "DMPD": r"DM25-\d{4}", "KNTP": r"KN-25-\d{5}",
    "SCSO": r"25-S-\d{5}", "OPD": r"25-\d{4} OPD", "VPD": r"VPD\.25\.\d{4}", "TTP": r"TTP25\d{5}",
    "MCSO": r"MC25-\d{5}", "EPD": r"EPD25\d{5}", "HLPD": r"HL-25-\d{4}", "OCTP": r"OC/25/\d{4}",
    "CBSO": r"CB25-\d{5}", "FGPD": r"FG-25-\d{4}", "MRPD": r"MR25/\d{4}", "STPD": r"SHT-25-\d{4}",
    "ADSO": r"S25-\d{6}", "BPD": r"BPD25-\d{4}", "CSPD": r"CS-\d{4}-25", "TBTP": r"TB25-\d{4}",
}
HEAD = {  # headings that hold the date (and hour) of the rows under them
    "tamaroa-county-ecc-ok": re.compile(r"DATE CHANGE +(?P<d>\d\d/\d\d/2025)"),
    "coyote-breaks-county-dispatch-sd": re.compile(r"SHIFT \d{4}-\d{4} +[A-Z][a-z]+day (?P<d>\d\d/\d\d/2025)"),
    "antelope-draw-county-ecc-ne": re.compile(r"(?P<h>\d\d)00 HOURS +[A-Z]+DAY (?P<d>\d\d/\d\d/2025)"),
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
        have = len(re.findall(rf"(?<![\w/.-]){re.escape(num)}(?![\w/-]|\.\d)", flat))
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
    return tok.strip('".,;:()#/')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w == tok or norm(w) == norm(tok) for tok in it) for w in words)


def rebuilt_stamp(folder, t, pos, text):
    """reported_at from the heading before offset pos and the time on the record's first line."""
    heads = list(HEAD[folder].finditer(t, 0, pos))
    if not heads:
        return None
    h, first = heads[-1], text.split()[0]
    if folder == "antelope-draw-county-ecc-ne":
        return f"{h.group('d')} {h.group('h')}{first}"
    return f"{h.group('d')} {first}"


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {num: (text, pos) for num, text, pos in reversed(recs)}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos = by_id[s["case_number"]]
        for key, val in s.items():
            if key == "reported_at" and folder in HEAD:
                ok = rebuilt_stamp(folder, t, pos, text) == val
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_subtotals(folder, name, t, e):
    """Per-agency subtotals add up to the total and equal the number of ids in each agency's series."""
    tail = t[t.rfind("END OF LOG") if folder == "coyote-breaks-county-dispatch-sd" else
             max(t.rfind("SUBTOTALS"), t.rfind("Subtotal by agency"), t.rfind("Blocks by agency")):]
    pat = SUBTOTAL_CO if folder == "coyote-breaks-county-dispatch-sd" else SUBTOTAL
    subs = [(code, int(k)) for code, k in pat.findall(tail) if code in SERIES]
    ids = e["case_numbers"]
    problems = []
    if len(subs) != 4 or sum(k for _, k in subs) != len(ids):
        problems.append(f"{name}: subtotals {subs} do not add up to {len(ids)}")
    for code, k in subs:
        mine = sum(1 for i in ids if re.fullmatch(SERIES[code], i))
        if mine != k:
            problems.append(f"{name}: subtotal {code} {k} but {mine} ids in its series")
    return problems


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, problems = e["case_numbers"], []
    if folder == "tamaroa-county-ecc-ok":
        days = re.findall(r"DATE CHANGE +(\d\d/\d\d/2025)", t)
        rows_with_date = re.findall(r"^ *\d\d/\d\d/2025 .*(?:TC25|PH-25|DM25|KN-25)-", t, re.M)
        if len(days) != len(set(days)) or not days or rows_with_date:
            problems.append(f"{name}: dates not only on date-change lines ({days})")
    if folder == "sheldrake-county-911-wa":
        kinds = {next(c for c, p in SERIES.items() if re.fullmatch(p, i)) for i in ids}
        if kinds != {"SCSO", "OPD", "VPD", "TTP"} or re.search(r"^ *Agency\b", t, re.M):
            problems.append(f"{name}: id formats {sorted(kinds)} or an agency column")
    if folder == "marrowby-county-joint-dispatch-mn":
        bands = re.findall(r"^ *CFS (25-\d{6}) ", t, re.M)
        calls = [r["number"] for r in e["related_numbers"] if r["kind"] == "call_number"]
        firsts = {m.group(1) for m in re.finditer(r"^ *CFS 25-\d{6} +[A-Z' ]+\n\s*(Case No\.:|ICR #|Report Number|"
                                                  r"Tribal Inc\.)", t, re.M)}
        if bands != calls or len(bands) != len(ids) or len(firsts) != 4:
            problems.append(f"{name}: call-number bands {len(bands)} or label sets {sorted(firsts)}")
    if folder == "coyote-breaks-county-dispatch-sd":
        admin = re.findall(r"^ *\d{4} +(?!\[)[A-Z][a-z]", t, re.M)
        mid = [text for _, text, _ in recs if not re.search(r"Case\s+\S+\.\s+Disposition:", text)]
        if len(admin) < 3 or mid:
            problems.append(f"{name}: {len(admin)} admin lines, {len(mid)} ids not mid-paragraph")
    if folder == "antelope-draw-county-ecc-ne":
        counts = [int(x) for x in re.findall(r"calls this hour: (\d+)", t)]
        if sum(counts) != len(ids) or 0 not in counts:
            problems.append(f"{name}: hour counts add to {sum(counts)}, zero hours {counts.count(0)}")
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
            problems.append(f"{pdf.name}: agency not marked invented")
        problems += check_numbers(pdf.name, t, e)
        recs = records(folder.name, t)
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_subtotals(folder.name, pdf.name, t, e)
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs71.py"), tmp], check=True)
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
