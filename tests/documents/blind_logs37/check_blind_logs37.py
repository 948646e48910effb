"""Stand-alone check of the thirty-seventh held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed, and no number is both; a layout-specific
record-start pattern finds exactly the listed ids in order; the document's own count equals
record_count; every sample value is printed inside its own record's stretch of text, its words
in order (the university's campus against the section heading above the row); size < 200 KB;
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
HP, FW, IB, SP, SU = (
    "ambervale-state-highway-patrol-area-14",
    "wendling-dfw-enforcement-district-6",
    "interior-basin-lands-pinyon-wells-rangers",
    "ostrander-state-park-police-district-3",
    "halvering-state-university-system-police",
)

# record-start patterns, one per agency, read off the text (not used by prr); group "id" is the id
START = {
    HP: re.compile(r"^(?P<id>A14-25-\d{5}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    FW: re.compile(
        r"^ *CONTACT (?P<contact>\d+) +Officer 6-\d\d\n(?:[ \t]*\n)*"
        r" *Enforcement file no\.: +(?P<id>FW6-25-\d{5})$",
        re.M,
    ),
    IB: re.compile(r"^ +T\d+S R\d+E Sec\. \d+, [^\n]+\n(?:[ \t]*\n)* +Incident record (?P<id>LE25-\d{4}),", re.M),
    SP: re.compile(r"^\d\d/\d\d/2025 +\d{4} +.*? (?P<id>SP3-25-\d{4}) ", re.M),
    SU: re.compile(r"^(?=[^\n]*?(?<![\w-])(?P<id>N25-\d{5}|C2025-\d{4}|MED-25-\d{4})(?![\w-]))", re.M),
}
TOTAL = {  # the document's own count of records
    HP: re.compile(r"Incidents logged: (\d+)"),
    FW: re.compile(r"Contacts this period: (\d+)"),
    IB: re.compile(r"Incident records this week: (\d+)"),
    SP: re.compile(r"Case reports: (\d+)"),
    SU: re.compile(r"System total +(\d+)"),
}
CAMPUS_HEAD = re.compile(r"^([A-Z ]+ CAMPUS)(?: \(continued\))?$", re.M)


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
            problems.append(f"{name}: related number {r['number']} names no record {r['record']}")
    return problems


def records(folder, t):
    """(id, text stretch, start offset) per record, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        out.append((m.group("id"), t[m.start() : end], m.start()))
    return out


def norm(tok):
    return tok.strip('".,;:()#\u2022')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def campus_at(t, pos):
    heads = list(CAMPUS_HEAD.finditer(t, 0, pos))
    return heads[-1].group(1) if heads else None


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
            if key == "campus":
                ok = campus_at(t, pos) == val
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_hp(t, e, recs):
    cit_lines = re.findall(r"^ +Cit\. (AV\d{7}) +AVC \d{3}\.\d{3} ", t, re.M)
    m = re.search(r"Citations issued: (\d+)", t)
    by_code = [int(x) for x in re.findall(r"^ +AVC \d{3}\.\d{3} +[A-Z][a-z ]+? +(\d+)$", t, re.M)]
    cites = [r["number"] for r in e["related_numbers"] if r["kind"] == "citation"]
    in_recs = sum(len(re.findall(r"^ +Cit\. AV\d{7}", text, re.M)) for _, text, _ in recs)
    ok = m and len(cit_lines) == int(m.group(1)) == sum(by_code) == len(cites) == in_recs and len(cites) > 20
    return [] if ok else [f"citation lines {len(cit_lines)} do not match the printed total and the ground truth"]


def check_fw(t, e, recs):
    contacts = [int(m.group("contact")) for m in START[FW].finditer(t)]
    m = re.search(r"Citations: (\d+) +Warnings: (\d+)", t)
    cited = len(re.findall(r" - citation WN\d{6}$", t, re.M))
    warned = len(re.findall(r" - warning$", t, re.M))
    ncite = sum(1 for r in e["related_numbers"] if r["kind"] == "citation")
    if (
        contacts != list(range(1, len(recs) + 1))
        or not m
        or (cited, warned) != (int(m.group(1)), int(m.group(2)))
        or cited != ncite
    ):
        return [f"contact numbers or citation/warning counts wrong ({cited}, {warned})"]
    return []


def check_ib(t, e, recs):
    stamps = [
        datetime.datetime.strptime(re.search(r"reported (\d\d/\d\d/2025 \d{4}) hrs", text).group(1), "%m/%d/%Y %H%M")
        for _, text, _ in recs
    ]
    table = t[t.find("VIOLATION NOTICES ISSUED") :]
    rows = re.findall(r"^ +(F44\d{5}) +43 CFR \S+ +(LE25-\d{4})$|^ +(F44\d{5}) +18 USC 641 +(LE25-\d{4})$", table, re.M)
    rows = {(a or c, b or d) for a, b, c, d in rows}
    want = {(r["number"], r["record"]) for r in e["related_numbers"] if r["kind"] == "citation"}
    heads = re.findall(r"^[A-Z ]+ (?:AREA|ALLOTMENTS|CORRIDOR)$", t, re.M)
    if stamps == sorted(stamps) or rows != want or len(heads) != 3:
        return [f"report in time order, or notice table {len(rows)} != {len(want)}, or {len(heads)} areas"]
    return []


def check_sp(t, e, recs):
    service = re.findall(r"^\d\d/\d\d/2025 +\d{4} +.*? \u2014 ", t, re.M)
    m = re.search(r"Service calls \(no case number\): (\d+) +Total activity: (\d+)", t)
    rows = re.findall(r"^\d\d/\d\d/2025 +\d{4} ", t, re.M)
    if (
        not m
        or len(service) != int(m.group(1))
        or len(rows) != int(m.group(2)) != len(recs) + len(service)
        or len(service) < 8
        or any(re.search(r"SP3-25-\d{4}", s) for s in service)
    ):
        return [f"service rows {len(service)} do not match the printed count"]
    return []


def check_su(t, e, recs):
    problems = []
    fmt = {
        "NORTHFIELD CAMPUS": r"N25-\d{5}",
        "COASTAL CAMPUS": r"C2025-\d{4}",
        "HEALTH SCIENCES CAMPUS": r"MED-25-\d{4}",
    }
    col = {}
    for num, text, pos in recs:
        campus = campus_at(t, pos)
        if not campus or not re.fullmatch(fmt[campus], num):
            problems.append(f"{num} under {campus}")
        col.setdefault(campus, set()).add(
            len(text.split("\n")[0]) - len(text.split("\n")[0].lstrip()) == 0 and text.split("\n")[0].startswith(num)
        )
    totals = dict(re.findall(r"^ +([A-Z][a-z]+(?: [A-Za-z]+)*) +(\d+)$", t[t.find("CAMPUS TOTALS") :], re.M))
    parts = [int(totals.get(c.title(), -1)) for c in fmt]
    if sum(parts) != int(totals.get("System total", -2)) or min(parts) < 5:
        problems.append(f"campus totals {parts} do not add up")
    if col != {"NORTHFIELD CAMPUS": {True}, "COASTAL CAMPUS": {False}, "HEALTH SCIENCES CAMPUS": {False}}:
        problems.append(f"id is not first only in Northfield rows: {col}")
    return problems


LAYOUT = {HP: check_hp, FW: check_fw, IB: check_ib, SP: check_sp, SU: check_su}


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    return [f"{name}: {p}" for p in LAYOUT[folder](t, e, recs)]


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
        if "[invented]" not in e["agency"] or len(e["sample_records"]) != 3:
            problems.append(f"{pdf.name}: agency not marked [invented] or not three samples")
        problems += check_numbers(pdf.name, t, e)
        recs = records(folder.name, t)
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(
                f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                + ("" if len(found) != len(ids) else " (different ids or order)")
            )
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(folder.name, pdf.name, t, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, t, e, recs)
        print(
            f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
            f"{len(e['related_numbers'])} related numbers, {len(data)} bytes"
        )
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs37.py"), tmp], check=True)
        made = {q.relative_to(tmp) for q in Path(tmp).rglob("*") if q.suffix in (".pdf", ".json")}
        if made != {p.relative_to(here) for p in before}:
            problems.append("regenerated set has different files")
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
