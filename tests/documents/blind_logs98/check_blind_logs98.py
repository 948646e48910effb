"""Stand-alone check of the held-out set blind_logs98 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals len(case_numbers)
and is 40-150, no id listed twice; every case number and related number is in the `pdftotext
-layout` text at least as often as listed (Marbleton's justified text is read with line-end breaks
after a hyphen joined, since its ids are broken across lines), and no number is both; a
layout-specific record-start pattern gives exactly the listed ids in order; the document's own count
equals record_count; every sample value is printed inside its own record's stretch of text, its
words in order (Marbleton's date comes from the day heading above the paragraph); size < 200 KB;
plus one check of each layout's trap. With --regen, regenerating must give identical files.
`--dir DIR` checks a copy elsewhere (mutation runs).
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

# record-start patterns read off the text (not used by prr); a match without an id is not a record
START = {
    "tollerby-oh-pd": re.compile(r"^(?P<id>TL25-\d{5}) +\d\d/\d\d/\d\d(?:\d\d)? ", re.M),
    "marbleton-county-ky-so": re.compile(r"^ +At \d{4} hrs\. ", re.M),
    "wenlow-university-dps": re.compile(r"^(?:Case No\.:|INCIDENT #|Report No\.) +(?P<id>WU-25-\d{4})\b", re.M),
    "pennick-falls-nc-pd": re.compile(r"^(?P<id>25-\d{6}) \d\d/\d\d/25 \d\d:\d\d ", re.M),
    "eastholm-mn-pd": re.compile(r"^(?:R2 +| *)(?P<id>EH-2025-\d{4}) +\d\d/\d\d/2025 ", re.M),
}
MC_CASE = re.compile(r"under\s+case\s+(MC-25-\d{5})\.")
TOTAL = {  # the document's own count of records; it also ends the last record's stretch
    "tollerby-oh-pd": re.compile(r"Total incidents this week: (\d+)"),
    "marbleton-county-ky-so": re.compile(r"Cases opened this period: (\d+)\."),
    "wenlow-university-dps": re.compile(r"Entries this month: (\d+)"),
    "pennick-falls-nc-pd": re.compile(r"\*\*\* TOTAL INCIDENTS: +(\d+) \*\*\*"),
    "eastholm-mn-pd": re.compile(r"Total incidents: (\d+)"),
}
DAY_HEAD = re.compile(r"^ *([A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, 2025) *$", re.M)
FURNITURE = {
    "tollerby-oh-pd": re.compile(r"^(?:Tollerby Police|Weekly Incident Log|Doc\. TPD-LOG|[A-Z][a-z]+day, |"
                                 r"Case No\. |Total incidents)"),
    "pennick-falls-nc-pd": re.compile(r"^(?:RUN DATE|INCIDENT DATE TIME|-{20}|\*\*\* TOTAL|RU Memo|"
                                      r"Memorandum: calls|Records Unit, Pennick)"),
}


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def joined(t):
    """Line-end breaks after a hyphen joined (the hyphen kept): ids broken at their own hyphens."""
    return re.sub(r"-\n *", "-", t)


def view(folder, t):
    return joined(t) if folder == "marbleton-county-ky-so" else t


def count(num, text):
    return len(re.findall(rf"(?<![\w-]){re.escape(num)}(?![\w-])", text))


def check_numbers(name, t, e):
    problems = []
    flat = re.sub(r"\s+", " ", t)
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    for num in set(ids + related):
        want = ids.count(num) + related.count(num)
        have = count(num, flat)
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
    """(id or None, text stretch, start offset) per block, in print order; t is the view text."""
    starts = list(START[folder].finditer(t))
    tot = TOTAL[folder].search(t)
    stop = tot.start() if tot else len(t)
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(stop, m.start() + 1500)
        end = max(min(end, stop), m.end())
        text = t[m.start():end]
        if folder == "marbleton-county-ky-so":
            c = MC_CASE.search(text)
            num = c.group(1) if c else None
        else:
            num = m.group("id")
        out.append((num, text, m.start()))
    return out


def records(folder, t):
    return [b for b in blocks(folder, t) if b[0]]


def norm(tok):
    return tok.strip('".,;:()#*').replace("-", "")


def in_order(words, tokens):
    it = iter(norm(x) for x in tokens)
    return all(any(norm(w) == tok for tok in it) for w in words)


def heading_date(t, pos):
    heads = list(DAY_HEAD.finditer(t, 0, pos))
    if not heads:
        return None
    return datetime.datetime.strptime(heads[-1].group(1), "%A, %B %d, %Y").strftime("%m/%d/%Y")


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {num: (text, pos) for num, text, pos in reversed(recs)}
    n = len(e["case_numbers"])
    if [s.get("case_number") for s in e["sample_records"]] != [e["case_numbers"][i] for i in (0, n // 2, n - 1)]:
        problems.append(f"{name}: samples are not the first, middle and last records")
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos = by_id[s["case_number"]]
        for key, val in s.items():
            if folder == "marbleton-county-ky-so" and key == "reported_at":
                date, _, time = val.partition(" ")
                ok = text.split()[:2] == ["At", time] and heading_date(t, pos) == date
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def tails(folder, recs):
    """Lines inside record stretches that are neither the record's first line nor page furniture."""
    out = []
    for _, text, _ in recs:
        for line in text.split("\n")[1:]:
            if line.strip() and not line.startswith(" ") and "\f" not in line \
                    and not FURNITURE[folder].match(line):
                out.append(line)
    return out


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about; t is the raw `pdftotext -layout` text."""
    ids, bad = e["case_numbers"], True
    if folder == "tollerby-oh-pd":
        cols = {line.find("Location") for line in t.split("\n") if line.startswith("Case No. ")}
        bad = len(cols) < 2 or len(tails(folder, recs)) < 2
    if folder == "marbleton-county-ky-so":
        flat = re.sub(r"\s+", " ", t)
        broken = [num for num in ids if count(num, flat) < 1]
        hyph = re.findall(r"[a-z]-\n *[a-z]", t)
        rout = re.search(r"Routine entries: (\d+)\.", t)
        allb = blocks(folder, joined(t))
        bad = (len(broken) < 3 or len(hyph) < 2 or not rout
               or int(rout.group(1)) != sum(1 for b in allb if not b[0]) or int(rout.group(1)) < 3)
    if folder == "wenlow-university-dps":
        weeks = re.findall(r"^Week of October \d+, 2025 +Doc\. (WU-25-\d{4}) Rev\. \d+$", t, re.M)
        forms = [sum(1 for _, x, _ in recs if x.startswith(f)) for f in ("Case No.:", "INCIDENT #", "Report No.")]
        bad = (len(weeks) != 5 or len(set(weeks)) != 5 or set(weeks) & set(ids) or min(forms) < 8
               or t.count("Doc. WU-25-0031") != e["pages"] or "WU-25-0031" in ids)
    if folder == "pennick-falls-nc-pd":
        heads = [int(x) for x in re.findall(r"INCIDENT LISTING PAGE (\d+)$", t, re.M)]
        pages = t.split("\f")
        mid = [pg for pg in pages if re.search(r"INCIDENT LISTING PAGE", pg)
               and START[folder].search(pg[:pg.find("INCIDENT LISTING PAGE")])]
        bad = heads != list(range(1, len(heads) + 1)) or len(heads) < 2 or not mid or len(tails(folder, recs)) < 3
    if folder == "eastholm-mn-pd":
        marked = re.findall(r"^R2 +(EH-2025-\d{4}) ", t, re.M)
        add = re.search(r"Added late reports ((?:EH-2025-\d{4}(?:, | and )?)+) \(marked R2\)", t)
        rem = re.search(r"removed (EH-2025-\d{4}), a duplicate entry of (EH-2025-\d{4})\.", t)
        init = re.search(r"Initial release \((\d+) incidents\)", t)
        added = re.findall(r"EH-2025-\d{4}", add.group(1)) if add else []
        bad = (not (add and rem and init) or sorted(marked) != sorted(added) or len(added) < 3
               or rem.group(1) in ids or rem.group(2) not in ids
               or int(init.group(1)) + len(added) - 1 != len(ids))
    return [f"{name}: {folder} layout trap does not hold"] if bad else []


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        raw = run(["pdftotext", "-layout", str(pdf), "-"])
        t = view(folder.name, raw)
        pages = raw.count("\f")
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
        problems += check_samples(folder.name, pdf.name, t, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, raw, e, recs)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs98.py"), tmp], check=True)
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
