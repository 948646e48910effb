"""Stand-alone check of the twenty-second held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed, and no number is both; a layout-specific
record-start pattern finds exactly the listed ids in order (Bellhaven's book spreads: on the
text of each half sheet, left then right); the document's own count equals record_count; every
sample value is printed inside its own record's stretch of text, its words in order (Pellerin
County's date comes from the day band above the entry); size < 200 KB; plus one check of each
layout's trap. With --regen, regenerating must give identical files. `--dir DIR` checks a copy
elsewhere (mutation runs).
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

# record-start patterns, one per agency, read off the text (not used by prr); group "id" is the id
START = {
    "sierra-alta-county-ca-da-investigations": re.compile(
        r"^\f? *\d{1,2} +Matter No\.: (?P<id>DAI-25-\d{4}) +Opened: ", re.M),
    "bellhaven-or-pd": re.compile(r"^\f?(?P<id>BPD25-\d{5}) +\d\d/\d\d/2025 ", re.M),
    "tahoma-county-nv-probation": re.compile(r"^\f?(?P<id>TCP-25-\d{4}) +\d\d/\d\d/25 \d{4} +PN-\d{6} ", re.M),
    "pellerin-county-ga-so": re.compile(r"^\f?(?P<id>PC25-\d{5}) \d{4} [A-Z]", re.M),
    "marrow-creek-mn-pd": re.compile(r"^\f?\d\d/\d\d \d{4} +(?P<id>25-MC-\d{5}) ", re.M),
}
TOTAL = {  # the document's own count of records
    "sierra-alta-county-ca-da-investigations": re.compile(r"Matters listed in this exhibit: (\d+)"),
    "bellhaven-or-pd": re.compile(r"Incidents on this log: (\d+)"),
    "tahoma-county-nv-probation": re.compile(r"Field incidents logged: (\d+)"),
    "pellerin-county-ga-so": re.compile(r"Total entries this log: (\d+)"),
    "marrow-creek-mn-pd": re.compile(r"Incidents in all shift reports: (\d+)"),
}
DAY_BAND = re.compile(r"^ *([A-Z]+DAY, [A-Z]+ \d{1,2}, 2025)$", re.M)


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def text_of(folder, pdf):
    """The text the record patterns read: whole pages, or each half sheet for the book spreads."""
    if folder != "bellhaven-or-pd":
        return run(["pdftotext", "-layout", str(pdf), "-"])
    out = []
    for p in range(1, int(re.search(r"Pages: +(\d+)", run(["pdfinfo", str(pdf)])).group(1)) + 1):
        for x in (0, 396):
            out.append(run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), "-x", str(x), "-y", "0",
                            "-W", "396", "-H", "612", str(pdf), "-"]).rstrip("\f"))
    return "\f".join(out) + "\f"


def check_numbers(name, t, e):
    problems = []
    flat = re.sub(r"\s+", " ", t)
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    for num in set(ids + related):
        want = ids.count(num) + related.count(num)
        have = len(re.findall(rf"(?<![\w-]){re.escape(num)}(?![\w-])", flat))
        if have < want and " " in num:  # prefix and number parted by a page cut (page furniture between)
            pre, _, part = num.rpartition(" ")
            have = min(flat.count(pre + " "), len(re.findall(rf"(?<![\w-]){re.escape(part)}(?![\w-])", flat)))
        if have < want:
            problems.append(f"{name}: {num} printed {have}x, listed {want}x")
    for num in set(related) & set(ids):
        problems.append(f"{name}: {num} is both an id and a related number")
    for r in e["related_numbers"]:
        if r["record"] not in ids:
            problems.append(f"{name}: related {r['number']} belongs to no listed record")
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
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def band_date(t, pos):
    """MM/DD/YYYY of the last day band printed before offset pos."""
    bands = list(DAY_BAND.finditer(t, 0, pos))
    if not bands:
        return None
    return datetime.datetime.strptime(bands[-1].group(1), "%A, %B %d, %Y").strftime("%m/%d/%Y")


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
            if folder == "pellerin-county-ga-so" and key == "reported_at":
                date, _, time = val.partition(" ")
                ok = text.split()[1] == time and band_date(t, pos) == date
            else:
                vals = val if isinstance(val, list) else [val]
                ok = all(in_order(v.split(), text.split()) for v in vals)
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e, recs, pdf=None):
    """One check of the trap each layout is about."""
    ids, problems = e["case_numbers"], []
    pages = [p for p in t.split("\f") if p.strip()]
    if folder == "sierra-alta-county-ca-da-investigations":
        for k, p in enumerate(pages, 1):
            nums = [int(x) for x in re.findall(r"^ *(\d{1,2})(?: {3}|$)", p, re.M)]
            if nums[:28] != list(range(1, 29)):
                problems.append(f"{name}: page {k} lacks pleading line numbers 1-28")
        firsts = [re.search(r"^ *1 +(\S.*)$", p, re.M) for p in pages[1:]]
        if not any(f and not f.group(1).startswith("Matter No.") for f in firsts):
            problems.append(f"{name}: no block broken over a page")
    if folder == "bellhaven-or-pd":
        whole = run(["pdftotext", "-layout", str(pdf), "-"]) if pdf else ""
        side = re.findall(r"^BPD25-\d{5} .* BPD25-\d{5} ", whole, re.M)
        cut = [p for p in pages if re.search(r"Disposition\n+(?!BPD25-)\s+\S", p)]
        if len(pages) < 2 * whole.count("\f") - 1 or not side or not cut:
            problems.append(f"{name}: not two log pages per sheet with a row cut over a page "
                            f"({len(side)} shared lines, {len(cut)} cut rows)")
    if folder == "tahoma-county-nv-probation":
        clients = [re.findall(r"PN-\d{6}", text) for _, text, _ in recs]
        rel = [r["number"] for r in e["related_numbers"] if r["kind"] == "client_number"]
        if any(len(c) != 1 for c in clients) or [c[0] for c in clients] != rel:
            problems.append(f"{name}: client numbers not one per row / not listed as related")
        if pdf:
            raw = run(["pdftotext", "-bbox", str(pdf), "-"])
            heights = [(float(a), float(b)) for a, b in re.findall(
                r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">TAHOMA</word>', raw)]
            if len(heights) != len(pages) or any(b - a < 20 for a, b in heights):
                problems.append(f"{name}: title not printed turned on every page")
    if folder == "pellerin-county-ga-so":
        bands = DAY_BAND.findall(t)
        body = re.sub(r"^.*SHERIFF'S OFFICE.*\n.*page \d+ of \d+\n", "", t, flags=re.M)
        if len(bands) < 3 or re.search(r"^(Case|Time|Location|Disposition)\b", body, re.M) \
                or re.search(r"^ {4,}\S", body, re.M):
            problems.append(f"{name}: day bands missing, labels or indents present")
    if folder == "marrow-creek-mn-pd":
        totals = [int(x) for x in re.findall(r"Shift total: (\d+) incidents", t)]
        heads = re.findall(r"SHIFT ACTIVITY REPORT - ", t)
        mid = [p for p in pages if p.count("SHIFT ACTIVITY REPORT") > 1]
        if sum(totals) != len(ids) or len(heads) <= len(pages) or not mid:
            problems.append(f"{name}: shift totals {sum(totals)} or headers mid-page wrong")
    return problems


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        t = text_of(folder.name, pdf)
        whole = run(["pdftotext", "-layout", str(pdf), "-"])
        pages = whole.count("\f")
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
        if len(e["sample_records"]) != 3:
            problems.append(f"{pdf.name}: {len(e['sample_records'])} sample records")
        problems += check_samples(folder.name, pdf.name, t, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, t, e, recs, pdf)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs22.py"), tmp], check=True)
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
