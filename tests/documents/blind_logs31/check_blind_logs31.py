"""Stand-alone check of the thirty-first held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed, and no number is both; a layout-specific
record pattern finds exactly the listed ids in order; the document's own count equals
record_count; every sample value is printed inside its own record's stretch of text, its words
in order (Ellory Harbor's day label comes from the day label at or above the entry); size
< 200 KB; plus one check of each layout's trap. With --regen, regenerating must give identical
files. `--dir DIR` checks a copy elsewhere (mutation runs).
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# record patterns, one per agency, read off the text (not used by prr). Group "id" is the id when the
# pattern holds it; otherwise ID_IN finds the first id inside the record's stretch. END layouts print
# the id on the record's LAST line, so a record's stretch runs from the previous match to this one.
START = {
    "ossory-lake-mi-pd": re.compile(r"^Subject: +Incident (?P<id>OL25-\d{5}) - \S", re.M),
    "cobble-junction-co-pd": re.compile(r"(?:^|  )Incident (?P<id>25-\d{6}) \| Posted [A-Z][a-z]{2} \d", re.M),
    "brisbee-county-ks-so": re.compile(r"^\d{1,2}-Oct +\d\d:\d\d +(?P<id>BC25-\d{5}) ", re.M),
    "ellory-harbor-university-me-pd": re.compile(
        r"^ *(?:[A-Z]{3}, [A-Z]{3} \d{1,2} +)?\d{1,2}:\d\d[ap]m \u2013 \d{1,2}:\d\d[ap]m +\S.*"
        r"\((?P<id>EHU-25-\d{4})\)$", re.M),
    "faywood-springs-ar-pd": re.compile(r"^ *\u2022 On \d\d/\d\d/2025 at \d\d:\d\d, officers responded", re.M),
}
ID_IN = {"faywood-springs-ar-pd": re.compile(r"\(case\s+(FS25-\d{4})\)")}
END = {"cobble-junction-co-pd"}
TOTAL = {  # the document's own count of records
    "ossory-lake-mi-pd": re.compile(r"(\d+) incident alerts sent this week"),
    "cobble-junction-co-pd": re.compile(r"Showing (\d+) of \d+ posts"),
    "brisbee-county-ks-so": re.compile(r"^Total calls +(\d+)$", re.M),
    "ellory-harbor-university-me-pd": re.compile(r"(\d+) incidents, \d+ all-day notices"),
    "faywood-springs-ar-pd": re.compile(r"incidents in this letter: (\d+)"),  # summed over letters
}
DAY_LABEL = re.compile(r"^ *([A-Z]{3}, [A-Z]{3} \d{1,2}) ", re.M)


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
    for r in e["related_numbers"]:
        if r["record"] not in ids:
            problems.append(f"{name}: related number {r['number']} belongs to no record")
    return problems


def records(folder, t):
    """(id, text stretch, offset of the record's pattern line) per record, in print order."""
    ms = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(ms):
        if folder in END:
            a, b = (ms[i - 1].end() if i else 0), m.end()
        else:
            a, b = m.start(), (ms[i + 1].start() if i + 1 < len(ms) else min(len(t), m.start() + 1500))
        stretch = t[a:b]
        if folder in ID_IN:
            found = ID_IN[folder].search(stretch)
            num = found.group(1) if found else "?"
        else:
            num = m.group("id")
        out.append((num, stretch, m.start()))
    return out


def norm(tok):
    return tok.strip('".,;:()#|\u2022')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def day_label(t, pos):
    """The last day label printed at or above the line starting at offset pos."""
    line_end = t.find("\n", pos)
    labels = [m.group(1) for m in DAY_LABEL.finditer(t, 0, line_end if line_end >= 0 else len(t))]
    return labels[-1] if labels else None


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
            if key == "day_label":
                ok = day_label(t, pos) == val
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, problems, pages = e["case_numbers"], [], t.count("\f")
    if folder == "ossory-lake-mi-pd":
        subjects = re.findall(r"^Subject: +(.+)$", t, re.M)
        conv = re.search(r"(\d+) conversations, sorted by Sent", t)
        only_subject = all(t.count(num) == 1 for num in ids)
        if len(subjects) != len(ids) + 2 or not conv or int(conv.group(1)) != len(ids) + 2 \
                or "CHG0041872" not in t or not only_subject:
            problems.append(f"{name}: not N + 2 e-mails, or an id printed outside its Subject line")
    if folder == "cobble-junction-co-pd":
        nums = [int(num[3:]) for num, _, _ in recs]
        if t.count("We use cookies") != pages or t.count("cobblejunction-co.example/police") != pages \
                or nums != sorted(nums, reverse=True) or "Load more" not in t or "FILTER BY TYPE" not in t:
            problems.append(f"{name}: cookie banner/URL not on every page, or posts not newest first")
    if folder == "brisbee-county-ks-so":
        cited = re.search(r"^Cited +(\d+)$", t, re.M)
        n_cited = sum(1 for _, text, _ in recs if re.match(r"^\S+ +\S+ +\S+ .* Cited +KS\d{7}", text))
        year_in_rows = any(re.match(r"^\S+ +\S+ +\S+ .*2025", text) for _, text, _ in recs)
        if t.count("Calls Logged") != pages or t.count("Case No.") != pages or not cited \
                or int(cited.group(1)) != n_cited or year_in_rows:
            problems.append(f"{name}: frozen rows not on every page, or the 'Cited' row does not count the rows")
    if folder == "ellory-harbor-university-me-pd":
        allday = re.findall(r"All day +(.+)$", t, re.M)
        k = re.search(r"\d+ incidents, (\d+) all-day notices", t)
        if not allday or not k or len(allday) != int(k.group(1)) or any("EHU-" in a for a in allday):
            problems.append(f"{name}: all-day notices miscounted or carry an id")
    if folder == "faywood-springs-ar-pd":
        letters = re.findall(r"Letter (\d+) of (\d+) +- +incidents in this letter: (\d+)", t)
        per_page = [p for p in t.split("\f") if p.strip()]
        in_letter_order = all(ID_IN[folder].findall(p) == sorted(ID_IN[folder].findall(p)) for p in per_page)
        if len(letters) != pages or any(int(b) != pages for _, b, _ in letters) \
                or "0" not in [c for _, _, c in letters] or not in_letter_order:
            problems.append(f"{name}: not one letter per page, no empty letter, or ids out of order in a letter")
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
            problems.append(f"{pdf.name}: record pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if folder.name == "faywood-springs-ar-pd":
            got = [sum(got)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs31.py"), tmp], check=True)
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
