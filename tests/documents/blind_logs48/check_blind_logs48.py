"""Stand-alone check of the forty-eighth held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed, and no number is both; a layout-specific
record-start pattern cuts the text into records whose ids (found by a per-layout id pattern)
are exactly the listed ids in order; the document's own count equals record_count (for the
two-transmission fax, the total in the second PDF equals both counts added); every sample value
is printed inside its own record's stretch of text, its words in order (Port Alcide's date
comes from the day heading above the entry); a fax header and a 'Page n of N' on every page;
size < 200 KB; plus one check of each layout's trap. With --regen, regenerating must give
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

# record-start patterns and id patterns, one per agency, read off the text (not used by prr)
START = {
    "chacahoula-parish-la-so": re.compile(r"^ *CP25-\d{6} +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "pelican-point-al-pd": re.compile(r"^ *\d\d/\d\d/2025 +\d{4} +PP-2025-\d{5} ", re.M),
    "magnolia-bend-ms-pd": re.compile(r"^ *CASE NUMBER +MB25-\d{4} ", re.M),
    "port-alcide-tx-harbor-pd": re.compile(r"^ *\d{4} HRS - ", re.M),
    "bienville-county-al-so": re.compile(r"^ *CFS# 25-\d{6} +\d\d/\d\d/25 \d\d:\d\d ", re.M),
}
ID = {
    "chacahoula-parish-la-so": re.compile(r"CP25-\d{6}"),
    "pelican-point-al-pd": re.compile(r"PP-2025-\d{5}"),
    "magnolia-bend-ms-pd": re.compile(r"MB25-\d{4}"),
    "port-alcide-tx-harbor-pd": re.compile(r"Harbor case\s+(H-25-\d{4})\."),
    "bienville-county-al-so": re.compile(r"CASE NO\. (BC25-\d{5})"),
}
TOTAL = {
    "chacahoula-parish-la-so": re.compile(r"TOTAL COMPLAINTS THIS LOG: (\d+)"),
    "pelican-point-al-pd": re.compile(r"Total reports listed: (\d+)"),
    "magnolia-bend-ms-pd": re.compile(r"INCIDENT CARDS THIS PERIOD: (\d+)"),
    "port-alcide-tx-harbor-pd": re.compile(r"ENTRIES THIS WATCH: (\d+)\."),
    "bienville-county-al-so": re.compile(r"TOTAL CFS WITH CASE NO\.: (\d+)"),
}
FAX = re.compile(r"^ *[A-Z]{3} \d\d 2025 \d\d:\d\d[AP]M +FROM:.+ 555-01\d\d +TO:5550119 +P\.(\d{3})/(\d{3})$", re.M)
PAGE = re.compile(r"Page (\d+) of (\d+)")
DAY_HEAD = re.compile(r"^ *[A-Z]+DAY (\d\d-\d\d-2025)$", re.M)


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
    for num in {r["number"] for r in e["related_numbers"]} & set(ids):
        problems.append(f"{name}: {num} is both an id and a related number")
    if len(set(ids)) != len(ids):
        problems.append(f"{name}: duplicate ids listed")
    return problems


def records(folder, t):
    """(id, text stretch, start offset) per record, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        stretch = t[m.start():end]
        found = ID[folder].search(re.sub(r"\s+", " ", stretch))
        out.append((found.group(found.lastindex or 0) if found else None, stretch, m.start()))
    return out


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {num: (text, pos) for num, text, pos in recs}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos = by_id[s["case_number"]]
        for key, val in s.items():
            if folder == "port-alcide-tx-harbor-pd" and key == "reported_at":
                date, _, time = val.partition(" ")
                heads = list(DAY_HEAD.finditer(t, 0, pos))
                ok = text.split()[0] == time and bool(heads) and heads[-1].group(1) == date
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_furniture(name, t, e, first_page):
    """A fax header numbered 1..N within the PDF and 'Page n of N' counting on from first_page."""
    pages = t.split("\f")[:-1]
    fax = [FAX.search(p) for p in pages]
    nums = [PAGE.search(p) for p in pages]
    if not all(fax) or [(int(m.group(1)), int(m.group(2))) for m in fax] != \
            [(i + 1, len(pages)) for i in range(len(pages))]:
        problems = [f"{name}: fax header missing or misnumbered"]
    else:
        problems = []
    if not all(nums) or [int(m.group(1)) for m in nums] != list(range(first_page, first_page + len(pages))) \
            or len({m.group(2) for m in nums}) != 1:
        problems.append(f"{name}: 'Page n of N' missing or misnumbered")
    if "RECEIVED" not in t and "rec'd" not in t:
        problems.append(f"{name}: no RECEIVED stamp")
    return problems


def check_layout(folder, name, t, e, recs, extra):
    """One check of the trap each layout is about."""
    ids, problems = e["case_numbers"], []
    if folder == "chacahoula-parish-la-so":
        if not ("END OF TRANSMISSION 1 OF 2" in t) ^ ("CONTINUED FROM TRANSMISSION 1 OF 2" in t):
            problems.append(f"{name}: transmission markers wrong")
    if folder == "pelican-point-al-pd":
        notes = re.findall(r"(supp\. req'd|to CID|dup\?|call back|copy to DA|see narr\.|hold)", t)
        if len(notes) < 3 or "CITY CLERK" not in t:
            problems.append(f"{name}: margin notes or clerk's stamp missing")
    if folder == "magnolia-bend-ms-pd":
        tallies = [int(x) for x in re.findall(r"DAILY TALLY \d\d/\d\d/2025: +CARDS (\d+)", t)]
        if sum(tallies) != len(ids) or len(tallies) < 5:
            problems.append(f"{name}: daily tallies {tallies} do not add up")
    if folder == "port-alcide-tx-harbor-pd":
        if any(ID[folder].search(text.split("\n")[0]) for _, text, _ in recs[:3]) and \
                all(ID[folder].search(text.split("\n")[0]) for _, text, _ in recs):
            problems.append(f"{name}: every id is on its entry's first line")
    if folder == "bienville-county-al-so":
        summary = t[t.find("SUMMARY BY NATURE"):]
        counts = [int(x) for x in re.findall(r"^ +[A-Z][A-Z -]+[A-Z] +(\d+)$", summary, re.M)]
        cads = [r["number"] for r in e["related_numbers"] if r["kind"] == "cad_event"]
        if sum(counts) != len(ids) or len(cads) != len(ids):
            problems.append(f"{name}: summary counts {sum(counts)} or CAD numbers {len(cads)} wrong")
    return problems


def check(folder):
    problems = []
    entries = json.loads((folder / "groundtruth.json").read_text())
    next_page = 1
    own_total = 0
    for e in entries:
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
            problems.append(f"{pdf.name}: agency not marked [invented]")
        problems += check_numbers(pdf.name, t, e)
        recs = records(folder.name, t)
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if folder.name == "chacahoula-parish-la-so":
            own_total += len(ids)
            want = [own_total] if e is entries[-1] else []
        else:
            want = [len(ids)]
        if got != want:
            problems.append(f"{pdf.name}: document's own count {got} vs {want}")
        problems += check_samples(folder.name, pdf.name, t, recs, e)
        first = next_page if folder.name == "chacahoula-parish-la-so" else 1
        problems += check_furniture(pdf.name, t, e, first)
        next_page = first + pages
        if recs:
            problems += check_layout(folder.name, pdf.name, t, e, recs, None)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs48.py"), tmp], check=True)
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
