"""Stand-alone check of the twenty-fifth held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed, and no number is both; a layout-specific
record pattern finds exactly the listed ids in order; the document's own count equals
record_count; every sample value is printed inside its own record's stretch of text, its words
in order (Coquina Sound's date comes from the day heading, Belmont Crossing's ditto marks are
resolved from the rows above); size < 200 KB; plus one check of each layout's trap.
With --regen, regenerating must give identical files. `--dir DIR` checks a copy elsewhere.
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
    "st-aubin-parish-la-so": re.compile(r"^(?P<id>P25-\d{6}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "oconee-ridge-county-ga-pd": re.compile(r"^\d\d/\d\d/2025 \d\d:\d\d +(?P<id>25-\d{6}) ", re.M),
    "chattahee-state-university-al-upd": re.compile(r"^ *UPD REPORT +(?P<id>CSU-25-\d{4})$", re.M),
    # free text: the entry starts at its time; the id is the "Case ..." at the entry's end
    "coquina-sound-fl-marine-patrol": re.compile(r"^(?P<time>\d{4}) +\S", re.M),
    "belmont-crossing-ms-pd": re.compile(
        r"^(?P<date>\d\d/\d\d/2025| +\") +\d\d:\d\d +(?P<loc>.+?) {2,}.* (?P<id>BC-25-\d{4})$", re.M),
}
TOTAL = {
    "st-aubin-parish-la-so": re.compile(r"Items listed: (\d+)"),
    "oconee-ridge-county-ga-pd": re.compile(r"Report total: (\d+) cases"),
    "chattahee-state-university-al-upd": re.compile(r"Reports this month: (\d+)"),
    "coquina-sound-fl-marine-patrol": re.compile(r"Log entries this week: (\d+)"),
    "belmont-crossing-ms-pd": re.compile(r"ENTRIES THIS BLOTTER +(\d+)"),
}
DAY_HEAD = re.compile(r"^[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, 2025$", re.M)
CASE_END = re.compile(r"Case\s+(CS25-\d{4})\.")


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
            problems.append(f"{name}: related {r['number']} belongs to unknown record {r['record']}")
    return problems


def records(folder, t):
    """(id, text stretch, start offset, extra) per record, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        text = t[m.start():end]
        if folder == "coquina-sound-fl-marine-patrol":
            found = CASE_END.search(text)
            out.append((found.group(1) if found else None, text, m.start(), None))
        else:
            out.append((m.group("id"), text, m.start(), m))
    return out


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def heading_date(t, pos):
    heads = list(DAY_HEAD.finditer(t, 0, pos))
    if not heads:
        return None
    return datetime.datetime.strptime(heads[-1].group(0), "%A, %B %d, %Y").strftime("%m/%d/%Y")


def resolved(recs):
    """Belmont Crossing: the date and location each row stands for, ditto marks resolved."""
    out, date, loc = {}, None, None
    for num, _, _, m in recs:
        d, lo = m.group("date").strip(), m.group("loc").strip()
        date = date if d == '"' else d
        loc = loc if lo == '"' else lo
        out[num] = (date, loc)
    return out


def sample_ok(folder, t, key, val, text, pos, num, res):
    if folder == "coquina-sound-fl-marine-patrol" and key == "reported_at":
        date, _, time = val.partition(" ")
        return text.split()[0] == time and heading_date(t, pos) == date
    if folder == "belmont-crossing-ms-pd" and key in ("reported_at", "location"):
        date, loc = res[num]
        if key == "location":
            return loc == val
        return val.split()[0] == date and val.split()[1] in text.split()
    return all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {}
    for num, text, pos, _ in recs:
        by_id.setdefault(num, (text, pos))
    res = resolved(recs) if folder == "belmont-crossing-ms-pd" else {}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos = by_id[s["case_number"]]
        for key, val in s.items():
            if not sample_ok(folder, t, key, val, text, pos, s["case_number"], res):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, problems = e["case_numbers"], []
    rel = [r for r in e["related_numbers"]]
    if folder == "st-aubin-parish-la-so":
        subs = re.findall(r"^ +Arrested: booking (PB-25-\d{4}),", t, re.M)
        arrests = [num for num, text, _, _ in recs if re.search(r" ARREST\n", text.split("\n")[0] + "\n")]
        if not subs or len(subs) != len(arrests) or subs != [r["number"] for r in rel]:
            problems.append(f"{name}: {len(subs)} booking sub-lines for {len(arrests)} arrests")
    if folder == "oconee-ridge-county-ga-pd":
        days = [int(x) for x in re.findall(r"Daily total \d\d/\d\d/2025: (\d+) cases", t)]
        kinds = {r["kind"] for r in rel}
        if sum(days) != len(ids) or len(days) < 3 or kinds != {"citation", "warrant"}:
            problems.append(f"{name}: daily totals {days} or related kinds {kinds} wrong")
    if folder == "chattahee-state-university-al-upd":
        occ = re.findall(r"^ *OCCURRED +\d\d/\d\d/2025 \d\d:\d\d - \d\d/\d\d/2025 \d\d:\d\d$", t, re.M)
        others = [r for r in rel if r["kind"] == "other_agency_case"]
        if len(occ) != len(ids) or not others or t.count("SYNOPSIS") != len(ids):
            problems.append(f"{name}: {len(occ)} occurred ranges, {len(others)} outside cases")
    if folder == "coquina-sound-fl-marine-patrol":
        summ = [int(x) for x in re.findall(r"Watch summary: (\d+) contacts", t)]
        wrapped = [num for num, text, _, _ in recs if num and not re.search(rf"^\d{{4}} .*{num}", text)]
        regs = [r for r in rel if r["kind"] == "vessel_registration"]
        if sum(summ) != len(ids) or len(summ) != 7 or not wrapped or len(regs) != len(ids):
            problems.append(f"{name}: watch summaries {summ}, {len(wrapped)} wrapped entries, {len(regs)} regs")
    if folder == "belmont-crossing-ms-pd":
        dittos = sum(1 for _, _, _, m in recs if m.group("date").strip() == '"')
        ldittos = sum(1 for _, _, _, m in recs if m.group("loc").strip() == '"')
        ends = all(text.split("\n")[0].rstrip().endswith(num) for num, text, _, _ in recs)
        books = re.findall(r"^ +\*\* ARREST - CITY JAIL BOOKING (BCJ-25-\d{4}) \*\*$", t, re.M)
        if books != [r["number"] for r in rel] or not books:
            problems.append(f"{name}: {len(books)} booking lines, {len(rel)} related numbers")
        if dittos < len(ids) // 2 or ldittos < 5 or not ends:
            problems.append(f"{name}: {dittos} date dittos, {ldittos} location dittos, id last: {ends}")
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
            problems.append(f"{pdf.name}: agency not marked [invented]")
        problems += check_numbers(pdf.name, t, e)
        recs = records(folder.name, t)
        found = [num for num, _, _, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: record pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        if recs and found == ids:
            problems += check_samples(folder.name, pdf.name, t, recs, e)
            problems += check_layout(folder.name, pdf.name, t, e, recs)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs25.py"), tmp], check=True)
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
