"""Stand-alone check of the fifty-third held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; size < 200 KB; record_count
equals len(case_numbers) and is 40-150; every case number and related number is printed at
least as often as listed, and no number is both; a layout-specific record-start pattern finds
exactly the listed ids in order; the document's own count equals record_count; every sample
value is printed inside its own record's stretch of text, its words in order; plus one check of
each layout's trap. The booklet PDFs are read half-sheet by half-sheet (`pdftotext -layout`
with a crop box) and put back in folio order first. With --regen, regenerating in a temporary
folder must give identical bytes. `--dir DIR` checks a copy elsewhere (mutation runs).
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
BOOKLET = "okomi-state-university-nd-pd"

# record-start patterns, one per agency, read off the text (not used by prr); group "id" is the id
START = {
    "sweetgrass-divide-mt-tribal-pd": re.compile(r"^\d\d/\d\d/2025 \d{4} +(?P<id>SGT-25-\d{4}) ", re.M),
    "rawhide-county-wy-so": re.compile(r"^(?P<id>R25-\d{5}) +\d\d/\d\d/25 \d\d:\d\d ", re.M),
    BOOKLET: re.compile(r"^ *Case (?P<id>25-OSU-\d{4}) +Reported \d\d/\d\d/2025 ", re.M),
    "prairie-rivers-sd-state-parks": re.compile(r"^(?P<id>PRSP-\d{5}) [A-Z][a-z]{2} [A-Z][a-z]{2} \d", re.M),
    "hehaka-draw-nd-tribal-conservation": re.compile(
        r"^\d\d[A-Z]{3}25 \d{4} [^\n]*\n +file (?P<id>CO-25-\d{3}) ", re.M
    ),
}
TOTAL = {  # the document's own count of records
    "sweetgrass-divide-mt-tribal-pd": re.compile(r"Incidents logged: (\d+)"),
    "rawhide-county-wy-so": re.compile(r"(\d+) +CALLS +ALL CONTRACT TOWNS"),
    BOOKLET: re.compile(r"End of log: (\d+) cases"),
    "prairie-rivers-sd-state-parks": re.compile(r"^All parks +(\d+)$", re.M),
    "hehaka-draw-nd-tribal-conservation": re.compile(r"entries this period (\d+)"),
}
FOLIO = re.compile(r"^ *- ?(\d+) ?-\s*$", re.M)


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def booklet_order(n):
    sides = []
    for s in range(n // 4):
        sides += [(n - 2 * s, 2 * s + 1), (2 * s + 2, n - 2 * s - 1)]
    return sides


def read_booklet(pdf, pages):
    """(logical text in folio order, folios per PDF page as printed)."""
    halves, folios = {}, []
    for p in range(1, pages + 1):
        pair = []
        for x in (0, 396):
            t = run(
                [
                    "pdftotext",
                    "-layout",
                    "-f",
                    str(p),
                    "-l",
                    str(p),
                    "-x",
                    str(x),
                    "-y",
                    "0",
                    "-W",
                    "396",
                    "-H",
                    "612",
                    str(pdf),
                    "-",
                ]
            )
            m = FOLIO.findall(t)
            num = int(m[-1]) if m else -p
            halves[num] = t.replace("\f", "")
            pair.append(num)
        folios.append(tuple(pair))
    return "\f".join(halves[k] for k in sorted(halves)) + "\f", folios


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
            problems.append(f"{name}: related number {r['number']} belongs to no listed record")
    return problems


def records(folder, t):
    """(id, text stretch) per record, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
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
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        tokens = by_id[s["case_number"]].split()
        for key, val in s.items():
            vals = val if isinstance(val, list) else [val]
            if not all(in_order(v.split(), tokens) for v in vals):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e, recs, folios=None):
    """One check of the trap each layout is about."""
    ids, problems = e["case_numbers"], []
    if folder == "sweetgrass-divide-mt-tribal-pd":
        second = [text.split("\n")[1].strip() for _, text in recs]
        if not all(line.startswith("- ") and len(line) > 3 for line in second):
            problems.append(f"{name}: a record's second line does not start with a dash")
    if folder == "rawhide-county-wy-so":
        foot = re.findall(r"^ *(\d+) +CALLS +TOWN OF ([A-Z ]+?)\s*$", t, re.M)
        stamps = [re.search(r"\d\d/\d\d/25 \d\d:\d\d", text).group(0) for _, text in recs]
        if sum(int(k) for k, _ in foot) != len(ids) or len(foot) != 4 or stamps == sorted(stamps):
            problems.append(f"{name}: town footers {foot} do not add up, or rows are in time order")
    if folder == BOOKLET:
        n = 2 * len(folios)
        if folios != booklet_order(n):
            problems.append(f"{name}: halves not in booklet order: {folios}")
    if folder == "prairie-rivers-sd-state-parks":
        roll = re.findall(r"^(?:[A-Z][a-z]+ )+(?:State Park|SRA) +(\d+) +(\d+) +(\d+)$", t, re.M)
        warn = sum(1 for r in e["related_numbers"] if r["kind"] == "warning")
        if len(roll) != 4 or sum(int(a) for a, _, _ in roll) != len(ids) or sum(int(b) for _, b, _ in roll) != warn:
            problems.append(f"{name}: park roll-up does not match the cases ({roll})")
    if folder == "hehaka-draw-nd-tribal-conservation":
        firsts = re.findall(r"^\d\d[A-Z]{3}25 \d{4} .*$", t, re.M)
        carried = [int(k) for k in re.findall(r"carried forward \.\.\. (\d+)", t)]
        pos = [m.start() for m in re.finditer(r"carried forward", t)]
        before = [sum(1 for m in START[folder].finditer(t, 0, p)) for p in pos]
        if any("CO-25-" in line for line in firsts) or carried != before or not carried:
            problems.append(f"{name}: id on a first line, or carried-forward counts {carried} vs {before}")
    return problems


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        t = run(["pdftotext", "-layout", str(pdf), "-"])
        pages = t.count("\f")
        folios = None
        if folder.name == BOOKLET:
            t, folios = read_booklet(pdf, pages)
        if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
            problems.append(f"{pdf.name}: sha256/bytes differ")
        if pages != e["pages"] or pages < 2:
            problems.append(f"{pdf.name}: pages {pages} vs {e['pages']}")
        if len(data) >= 200_000:
            problems.append(f"{pdf.name}: {len(data)} bytes")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        if len(e["sample_records"]) != 3:
            problems.append(f"{pdf.name}: {len(e['sample_records'])} sample records")
        problems += check_numbers(pdf.name, t, e)
        recs = records(folder.name, t)
        found = [num for num, _ in recs]
        if found != ids:
            problems.append(
                f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                + ("" if len(found) != len(ids) else " (different ids or order)")
            )
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(pdf.name, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, t, e, recs, folios)
        print(
            f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
            f"{len(e['related_numbers'])} related numbers, {len(data)} bytes"
        )
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs53.py"), tmp], check=True)
        made = {q.relative_to(tmp) for q in Path(tmp).rglob("*") if q.suffix in (".pdf", ".json")}
        for p, b in before.items():
            q = Path(tmp) / p.relative_to(here)
            if not q.exists() or q.read_bytes() != b:
                problems.append(f"regenerated {p.relative_to(here)} differs")
        if made != {p.relative_to(here) for p in before}:
            problems.append("regenerated set has different files")
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
