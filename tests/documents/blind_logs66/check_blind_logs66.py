"""Stand-alone check of the sixty-sixth held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed, and no number is both; a layout-specific row
pattern splits the text into rows and the rows holding a record id give exactly the listed ids
in order (weather, tide, travel and radio rows hold none); the document's own count equals
record_count; every sample value is printed inside its own record's stretch of text, its words
in order (the ferry terminal's and the village journal's date comes from the day heading above
the entry); size < 200 KB; plus one check of each layout's trap. With --regen, regenerating must
give identical files. `--dir DIR` checks a copy elsewhere (mutation runs).
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

# row-start patterns, one per agency, read off the text (not used by prr); a row is a record when
# ID finds its id in the row's text (group 1), else it is a weather, tide, travel or radio row
ROW = {
    "tanaqaq-borough-ak-pd": re.compile(r"^TBP25-\d{5} +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "kelvik-narrows-ak-ferry-terminal-security": re.compile(r"(?<!\S)\d\d:\d\d +KN-25-\d{4} "),
    "ulaksik-harbor-ak-seaplane-base": re.compile(r"^ *OCCURRENCE +SPB-25-\d{4} ", re.M),
    "aqsalik-river-ak-vpso": re.compile(r"^\d{4} {2,}\S", re.M),
    "ferrisund-island-county-wa-so-marine": re.compile(r"^\d\d/\d\d \d{4} {2,}\S", re.M),
}
ID = {
    "tanaqaq-borough-ak-pd": re.compile(r"^(TBP25-\d{5}) "),
    "kelvik-narrows-ak-ferry-terminal-security": re.compile(r"^\d\d:\d\d +(KN-25-\d{4}) "),
    "ulaksik-harbor-ak-seaplane-base": re.compile(r"OCCURRENCE +(SPB-25-\d{4}) "),
    "aqsalik-river-ak-vpso": re.compile(r"Opened file\s+(25-\d{4})\."),
    "ferrisund-island-county-wa-so-marine": re.compile(r"Case\s+(FS25-\d{5})\."),
}
TOTAL = {  # the document's own count of records
    "tanaqaq-borough-ak-pd": re.compile(r"Calls logged: (\d+) "),
    "kelvik-narrows-ak-ferry-terminal-security": re.compile(r"Terminal occurrences this report: (\d+)"),
    "ulaksik-harbor-ak-seaplane-base": re.compile(r"Occurrences logged: (\d+)"),
    "aqsalik-river-ak-vpso": re.compile(r"Files opened this period: (\d+)"),
    "ferrisund-island-county-wa-so-marine": re.compile(r"cases opened: (\d+)"),
}
DAY_HEAD = {  # where the date of reported_at comes from a day heading
    "kelvik-narrows-ak-ferry-terminal-security": (re.compile(r"^[A-Z]+DAY (\d\d/\d\d/2025)$", re.M), None),
    "aqsalik-river-ak-vpso": (re.compile(r"^[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, 2025$", re.M), "%A, %B %d, %Y"),
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
        have = len(re.findall(rf"(?<![\w-]){re.escape(num)}(?![\w-])", flat))
        if have < want:
            problems.append(f"{name}: {num} printed {have}x, listed {want}x")
    for num in {r["number"] for r in e["related_numbers"] if r["kind"] != "earlier_case_cited"} & set(ids):
        problems.append(f"{name}: {num} is both an id and a related number")
    for r in e["related_numbers"]:
        if r["kind"] == "earlier_case_cited" and (r["number"] not in ids
                                            or ids.index(r["number"]) >= ids.index(r["record"])):
            problems.append(f"{name}: 'earlier case' {r['number']} is not an earlier record")
    return problems


def rows(folder, t):
    """(id or None, text stretch, start offset) per row, in print order."""
    starts = list(ROW[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        text = t[m.start():end]
        found = ID[folder].search(text)
        out.append((found.group(1) if found else None, text, m.start()))
    return out


def records(folder, t):
    return [r for r in rows(folder, t) if r[0]]


def norm(tok):
    return tok.strip('".,;:()#>')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def heading_date(folder, t, pos):
    """MM/DD/YYYY of the last day heading printed before offset pos."""
    pat, fmt = DAY_HEAD[folder]
    heads = list(pat.finditer(t, 0, pos))
    if not heads:
        return None
    if fmt is None:
        return heads[-1].group(1)
    return datetime.datetime.strptime(heads[-1].group(0), fmt).strftime("%m/%d/%Y")


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
            if folder in DAY_HEAD and key == "reported_at":
                date, _, time = val.partition(" ")
                ok = text.split()[0] == time and heading_date(folder, t, pos) == date
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, problems = e["case_numbers"], []
    if folder == "tanaqaq-borough-ak-pd":
        relays = re.findall(r"^ +> RADIO RELAY via .*?; AST (AK25\d{6})$", t, re.M)
        m = re.search(r"Relayed by radio: (\d+)", t)
        ast = [r["number"] for r in e["related_numbers"] if r["kind"] == "other_agency_case"]
        bands = re.findall(r"^ *[A-Z][a-z]{2} \d\d/\d\d +WX .*\| Tide HW", t, re.M)
        if not m or len(relays) != int(m.group(1)) or relays != ast or len(bands) < 3 \
                or any("TBP25-" in b for b in bands):
            problems.append(f"{name}: relay sub-lines {len(relays)} or weather bands {len(bands)} wrong")
    if folder == "kelvik-narrows-ak-ferry-terminal-security":
        heads = DAY_HEAD[folder][0].findall(t)
        glued = re.findall(r"^ *(?:HIGH|LOW) +\d\d:\d\d .*? \d\d:\d\d +KN-25-\d{4} ", t, re.M)
        if len(heads) < 5 or t.count("TIDES & WEATHER") != len(heads) or len(glued) < len(heads):
            problems.append(f"{name}: tide boxes {t.count('TIDES & WEATHER')} / days {len(heads)}, "
                            f"glued lines {len(glued)}")
    if folder == "ulaksik-harbor-ak-seaplane-base":
        metar = re.findall(r"^ *METAR PUHX \d{6}Z .*$", t, re.M)
        moves = re.findall(r"^ *MOVEMENTS \d\d/\d\d: \d+ arr / \d+ dep; .*$", t, re.M)
        logged = re.findall(r"^ *OCCURRENCE +SPB-25-\d{4} +Logged \d\d/\d\d/2025 \d{4}$", t, re.M)
        if len(metar) < 10 or len(metar) != len(moves) or len(logged) != len(ids) \
                or any("SPB-" in x for x in metar + moves):
            problems.append(f"{name}: METAR {len(metar)} / movement {len(moves)} lines or logged lines wrong")
    if folder == "aqsalik-river-ak-vpso":
        allrows = rows(folder, t)
        plain = [x for x in allrows if x[0] is None]
        late = [i for i, x in enumerate(recs) if "LATE ENTRY" in x[1]]
        nums = [int(x[0][3:]) for x in recs]
        if len(plain) < 10 or not late or any(nums[i] > nums[i - 1] for i in late) or nums == sorted(nums):
            problems.append(f"{name}: {len(plain)} plain rows, late entries {late} not out of order")
    if folder == "ferrisund-island-county-wa-so-marine":
        m = re.search(r"Log summary: messages (\d+), cases opened: (\d+)", t)
        allrows = rows(folder, t)
        if not m or int(m.group(1)) != len(allrows) or len(allrows) - len(recs) < 10 \
                or int(m.group(1)) <= int(m.group(2)):
            problems.append(f"{name}: message count {m and m.group(1)} vs {len(allrows)} rows")
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
            problems.append(f"{pdf.name}: row pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs66.py"), tmp], check=True)
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
    if len(folders) != len(ROW):
        problems.append(f"{len(folders)} agency folders, expected {len(ROW)}")
    for folder in folders:
        problems += check(folder)
    if "--regen" in sys.argv:
        problems += regen(here)
    print("\n".join(problems) if problems else "all checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
