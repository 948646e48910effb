"""Stand-alone check of the fourteenth held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed; a layout-specific record-start pattern finds
exactly the listed ids in order; the document's own count equals record_count (Ardent Hill:
the sum of its per-sheet counts); every sample value is printed inside its own record's
stretch of text, its words in order (a value printed outside the row, such as a suppressed
Nature, a deputy heading or a card heading, is checked where it is printed); size < 200 KB;
plus one layout check per agency. With --regen, regenerating must give identical files.
`--dir DIR` checks a copy elsewhere (for mutation runs).
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
    "cinder-mesa-nm-tribal-pd": re.compile(
        r"^[ ]*(?:[A-Z][A-Z /-]*[A-Z][ ]{2,})?(?P<id>25-\d{3}-\d{4})[ ]+\d\d/\d\d/25 \d\d:\d\d", re.M),
    "ardent-hill-community-college-oh-pd": re.compile(
        r"^[ ]*\d{1,2} (?P<id>AH-25-\d{4})[ ]+\d\d/\d\d/25 \d{4}", re.M),
    "larkspur-heights-id-pd": re.compile(r"^[ ]*Case #(?P<id>25-\d{6}) \u00b7 Reported ", re.M),
    "sable-ridge-county-wv-so": re.compile(r"^(?P<id>SR25-\d{5})[ ]+\d\d/\d\d[ ]+\d{4}[ ]", re.M),
    "tri-valley-ut-metro-transit-pd": re.compile(r"^(?P<id>25\d{8})[ ]+2025\d{4}[ ]+\d{4}[ ]", re.M),
}
TOTAL = {  # the document's own count of records (summed when printed per sheet)
    "cinder-mesa-nm-tribal-pd": re.compile(r"Total calls: (\d+)"),
    "ardent-hill-community-college-oh-pd": re.compile(r"Entries this sheet: (\d+)"),
    "larkspur-heights-id-pd": re.compile(r"Showing 1-\d+ of (\d+) incidents"),
    "sable-ridge-county-wv-so": re.compile(r"Total calls handled: (\d+)"),
    "tri-valley-ut-metro-transit-pd": re.compile(r"TOTAL INCIDENTS +(\d+)"),
}
SUMMED = {"ardent-hill-community-college-oh-pd"}
NATURE = re.compile(r"^[ ]*([A-Z][A-Z /-]*[A-Z])[ ]{2,}25-\d{3}-\d{4}[ ]", re.M)
DEPUTY = re.compile(r"^[ ]*DEPUTY (\d{4})\b", re.M)
BROWSER = re.compile(r"^\s*$|^\s*10/31/25, 9:14 AM|^\s*https://police\.larkspurheights|\f")


def outside(folder, t, pos):
    """Values printed outside a record's own lines: {field: text where it must be printed exactly}."""
    if folder == "cinder-mesa-nm-tribal-pd":
        found = [m.group(1) for m in NATURE.finditer(t[:t.find("\n", pos) + 1])]
        return {"type": found[-1] if found else ""}
    if folder == "sable-ridge-county-wv-so":
        found = DEPUTY.findall(t[:pos])
        return {"unit": found[-1] if found else ""}
    if folder == "larkspur-heights-id-pd":
        lines = [ln for ln in t[:pos].split("\n") if not BROWSER.search(ln)]
        return {"type": lines[-1].strip() if lines else ""}
    return {}


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
    return problems


def records(folder, t):
    """(id, text stretch, values printed outside the stretch) per record, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        out.append((m.group("id"), t[m.start():end], outside(folder, t, m.start())))
    return out


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, tok.strip(".,;()#")) or w.strip(".,;()#") == tok.strip(".,;()#") for tok in it)
               for w in words)


def check_samples(folder, name, recs, e):
    problems = []
    by_id = {}
    for num, text, out in recs:
        by_id.setdefault(num, (text, out))
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, out = by_id[s["case_number"]]
        for key, val in s.items():
            if key in out:
                ok = out[key] == val
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e):
    """One check of the trap each layout is about."""
    ids, problems, pages = e["case_numbers"], [], t.count("\f")
    serial = [re.sub(r"\D", "", x) for x in ids]
    if folder == "cinder-mesa-nm-tribal-pd":
        natures = NATURE.findall(t)
        if len(natures) != len(set(natures)) or len(natures) > len(ids) // 3 or serial == sorted(serial):
            problems.append(f"{name}: {len(natures)} nature prints for {len(ids)} rows, or ids in order")
    if folder == "ardent-hill-community-college-oh-pd":
        numbered = re.findall(r"^[ ]*(\d{1,2})(?: |$)", t, re.M)
        if len(numbered) != pages * 16 or "NO CRIMES REPORTED THIS DATE" not in t:
            problems.append(f"{name}: {len(numbered)} numbered form lines on {pages} sheets")
        dates = re.findall(r"Date of Log: +\w+, (\d\d/\d\d)/2025", t)
        if len(dates) != pages or len(set(dates)) < 28:
            problems.append(f"{name}: {len(dates)} sheet dates on {pages} pages")
    if folder == "larkspur-heights-id-pd":
        if t.count("https://police.larkspurheights.example/") != pages or t.count("10/31/25, 9:14 AM") != pages:
            problems.append(f"{name}: browser header/footer not on every page")
    if folder == "sable-ridge-county-wv-so":
        heads = re.findall(r"^[ ]*DEPUTY (\d{4}) +Patrol Zone", t, re.M)
        handled = sum(int(x) for x in re.findall(r"Calls handled: (\d+)", t))
        if serial == sorted(serial) or handled != len(ids) or len(heads) != len(set(heads)):
            problems.append(f"{name}: deputy groups not as described ({len(heads)} headings, {handled} calls)")
    if folder == "tri-valley-ut-metro-transit-pd":
        counts = re.findall(r"^\w{3} [A-Z][\w/ -]+? {2,}(\d+)$", t, re.M)
        if sum(int(x) for x in counts) != len(ids) or not all(re.fullmatch(r"\d{10}", x) for x in ids):
            problems.append(f"{name}: offence summary {counts} or ids not 10 digits")
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
        if folder.name in SUMMED:
            got = [sum(got)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(folder.name, pdf.name, recs, e)
        problems += check_layout(folder.name, pdf.name, t, e)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs14.py"), tmp], check=True)
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
