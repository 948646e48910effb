"""Stand-alone check of the twenty-sixth held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed, and no number is both (except an earlier record
cited by a later one); a layout-specific record-start pattern finds exactly the listed ids in
order; the document's own count equals record_count; every sample value is printed inside its
own record's stretch of text, its words in order (Granite Basin's date comes from the day
heading above the entry); size < 200 KB; plus one check of each layout's trap. With --regen,
regenerating must give identical files. `--dir DIR` checks a copy elsewhere (mutation runs).
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
    "sagebrush-county-wy-so": re.compile(r"^\S.*? \d\d/\d\d/25 \d{4} .*?(?P<id>SCSO25-\d{5})", re.M),
    "prairie-bend-ks-pd": re.compile(r"^(?P<at>\d\d/\d\d/2025 \d\d:\d\d) +(?P<id>25-\d{6}) ", re.M),
    "granite-basin-np-wy-rangers": re.compile(
        r"^ +\[(?P<time>\d{4})\] +[A-Z]+ DISTRICT\. [^\[]*?Logged\s+as\s+(?P<id>GB25-\d{4})\.", re.M),
    "antelope-creek-reservation-nd-pd": re.compile(
        r"^ *CAD EVENT +(?P<cad>E25-\d{6})\n *REPORT NO\. +(?P<id>ACPD-25-\d{4})$", re.M),
    "front-range-state-university-co-pd": re.compile(
        r"^(?P<id>FRSU25-\d{5}|F25-\d{3}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
}
TOTAL = {  # the document's own count of records
    "sagebrush-county-wy-so": re.compile(r"Calls logged: (\d+)"),
    "prairie-bend-ks-pd": re.compile(r"Reports on this log: (\d+)"),
    "granite-basin-np-wy-rangers": re.compile(r"Case incident records this report: (\d+)"),
    "antelope-creek-reservation-nd-pd": re.compile(r"Reports in register: (\d+)"),
    "front-range-state-university-co-pd": re.compile(r"Total: (\d+)"),
}
DAY_HEAD = re.compile(r"^[A-Z][a-z]+day \d{1,2} [A-Z][a-z]+ 2025$", re.M)
OTHER = re.compile(r"WHP 25-\d{4}|BLM-LE-25-\d{3}")


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


def records(folder, t):
    """(id, text stretch, start offset, match) per record, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        out.append((m.group("id"), t[m.start():end], m.start(), m))
    return out


def norm(tok):
    return tok.strip('".,;:()#[]')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def heading_date(t, pos):
    """MM/DD/YYYY of the last day heading printed before offset pos."""
    heads = list(DAY_HEAD.finditer(t, 0, pos))
    if not heads:
        return None
    return datetime.datetime.strptime(heads[-1].group(0), "%A %d %B %Y").strftime("%m/%d/%Y")


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {}
    for num, text, pos, m in recs:
        by_id.setdefault(num, (text, pos, m))
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos, m = by_id[s["case_number"]]
        for key, val in s.items():
            if folder == "granite-basin-np-wy-rangers" and key == "reported_at":
                date, _, time = val.partition(" ")
                ok = m.group("time") == time and heading_date(t, pos) == date
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, problems = e["case_numbers"], []
    if folder == "sagebrush-county-wy-so":
        cols = [m.start("id") - m.start() for *_, m in recs]
        others = [r["number"] for r in e["related_numbers"] if r["kind"] == "other_agency_case"]
        if min(cols) < 40 or OTHER.findall(t) != others or len(others) < 5:
            problems.append(f"{name}: ids not in the fourth column or other-agency numbers differ")
    if folder == "prairie-bend-ks-pd":
        at = [datetime.datetime.strptime(m.group("at"), "%m/%d/%Y %H:%M") for *_, m in recs]
        badges = re.findall(r" #0\d{3} ", t)
        if at != sorted(at, reverse=True) or len(badges) != len(ids) or "newest first" not in t:
            problems.append(f"{name}: not newest first, or badge column count {len(badges)}")
    if folder == "granite-basin-np-wy-rangers":
        counts = [int(x) for x in re.findall(r"^ +Entries for \d+ [A-Z][a-z]+: (\d+)$", t, re.M)]
        heads = DAY_HEAD.findall(t)
        if sum(counts) != len(ids) or len(counts) != len(heads) or \
                re.search(r"^ +\[\d{4}\] +GB25-", t, re.M):
            problems.append(f"{name}: daily counts {counts} or an id opens an entry")
    if folder == "antelope-creek-reservation-nd-pd":
        cads = [m.group("cad") for *_, m in recs]
        listed = [r["number"] for r in e["related_numbers"] if r["kind"] == "cad_event"]
        if t.count("CAD EVENT") != len(ids) or t.count("REPORT NO.") != len(ids) or cads != listed:
            problems.append(f"{name}: CAD EVENT lines do not pair with REPORT NO. lines")
    if folder == "front-range-state-university-co-pd":
        cut = t.find("FIRE LOG")
        m = re.search(r"Crime log entries: (\d+) +Fire log entries: (\d+)", t)
        pos = [p for _, _, p, _ in recs]
        crimes = [i for i, p in zip(ids, pos) if p < cut]
        fires = [i for i, p in zip(ids, pos) if p > cut]
        if cut < 0 or not m or [len(crimes), len(fires)] != [int(m.group(1)), int(m.group(2))] \
                or not all(i.startswith("FRSU25-") for i in crimes) or not all(i.startswith("F25-") for i in fires):
            problems.append(f"{name}: crime and fire tables do not match their counts")
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
        found = [num for num, *_ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs26.py"), tmp], check=True)
        made = {q.relative_to(tmp) for q in Path(tmp).rglob("*") if q.suffix in (".pdf", ".json")}
        if made != {p.relative_to(here) for p in before}:
            problems.append("regenerated set has other files")
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
