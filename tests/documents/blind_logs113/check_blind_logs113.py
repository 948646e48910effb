"""Stand-alone check of the held-out set blind_logs113 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals len(case_numbers)
and is 40-150 with no duplicate id; every case number and related number is in the
`pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record-start pattern (which also finds the community-notice posts that are not records) gives
exactly the listed ids in order; the document's own count (where it prints one) equals
record_count; every sample value is printed inside its own record's stretch of text, its words in
order (Elsworth's date comes from the day heading above the row); size < 200 KB; plus one check of
each layout's trap. With --regen, regenerating must give identical files. `--dir DIR` checks a copy
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

# stretch-start patterns read off the text; a match without group "id" is a stretch that is no record
START = {
    "ashcombe-id-pd": re.compile(r"^ *(?P<id>AC26-\d{5}) +26-\d{6} +\d\d/\d\d/2026 \d\d:\d\d ", re.M),
    "brelford-wi-pd": re.compile(r"^ *Incident Number +(?P<id>2026-\d{5})$", re.M),
    "cordale-sc-pd": re.compile(
        r"^ *\d\d/\d\d/2026 \d\d:\d\d [AP]M · (?:Case #(?P<id>26-\d{5})|Community Notice)$", re.M),
    "dunmore-county-ne-so": re.compile(r"^ *\d+ +(?P<id>DC26-\d{6}) +\d\d/\d\d/2026 \d\d:\d\d ", re.M),
    "elsworth-vt-pd": re.compile(r"^ *\d\d:\d\d +(?P<id>E26-\d{5}) ", re.M),
}
TOTAL = {  # the document's own count of records (None: it prints none)
    "ashcombe-id-pd": re.compile(r"Showing (\d+) incidents\."),
    "brelford-wi-pd": re.compile(r"(\d+) results"),
    "cordale-sc-pd": None,
    "dunmore-county-ne-so": re.compile(r"Showing 1 to \d+ of (\d+) entries"),
    "elsworth-vt-pd": re.compile(r"(\d+) incidents this week\."),
}
DAY_HEAD = re.compile(r"^ *\[-\] ([A-Z][a-z]+day, [A-Z][a-z]+ \d+, 2026) +\((\d+) incidents\)$", re.M)


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
    if len(set(ids)) != len(ids):
        problems.append(f"{name}: an id is listed twice")
    for r in e["related_numbers"]:
        if r["record"] not in ids:
            problems.append(f"{name}: related number {r['number']} belongs to no listed record")
    return problems


def blocks(folder, t):
    """(id or None, text stretch, start offset) per stretch, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        out.append((m.group("id"), t[m.start():end], m.start()))
    return out


def records(folder, t):
    return [b for b in blocks(folder, t) if b[0]]


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def heading_date(t, pos):
    heads = list(DAY_HEAD.finditer(t, 0, pos))
    if not heads:
        return None
    return datetime.datetime.strptime(heads[-1].group(1), "%A, %B %d, %Y").strftime("%m/%d/%Y")


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {num: (text, pos) for num, text, pos in reversed(recs)}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos = by_id[s["case_number"]]
        for key, val in s.items():
            if folder == "elsworth-vt-pd" and key == "reported_at":
                date, _, time = val.partition(" ")
                ok = text.split()[0] == time and heading_date(t, pos) == date
            else:
                ok = in_order(val.split(), text.split())
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, kind):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] == kind}


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about (and the ids read again off the text)."""
    ids = e["case_numbers"]
    bad = [num for num, _, _ in recs] != ids
    if folder == "ashcombe-id-pd":
        rows = re.findall(r"^ *(AC26-\d{5}) +(26-\d{6}) +\d\d/", t, re.M)
        feat = re.findall(r"^ *(AC26-\d{5}) +- +.+\(read the news release\)$", t, re.M)
        heads = re.findall(r"^ *Case No\. +CAD Event +Reported ", t, re.M)
        bad |= (set(rows) != rel(e, "cad_event") or len(feat) != 3 or any(f not in ids for f in feat)
                or len(heads) != e["pages"] or any(c in ids for _, c in rows))
    if folder == "brelford-wi-pd":
        cards = blocks(folder, t)
        split = sum(1 for _, text, _ in cards if "\f" in text.split("View details")[0])
        cits = re.findall(r"^ *Citation No\. +(C\d{7})$", t, re.M)
        owner = {(num, c) for num, text, _ in cards for c in re.findall(r"Citation No\. +(C\d{7})", text)}
        tops = len(re.findall(r"^ *\^ Back to top$", t, re.M))
        bad |= (split < 3 or len(cits) < 5 or owner != rel(e, "citation") or tops != len(ids) // 10
                or len(re.findall(r"View details >", t)) != len(ids))
    if folder == "cordale-sc-pd":
        notices = [b for b in blocks(folder, t) if not b[0]]
        cited = re.findall(r"follow-up to Case #(26-\d{5})", t)
        m = re.search(r"Showing posts 1 - (\d+) of (\d+)", t)
        owner = {(num, c) for num, text, _ in recs for c in re.findall(r"follow-up to Case #(26-\d{5})", text)}
        bad |= (len(notices) < 3 or len(cited) < 2 or any(c in ids for c in cited) or owner != rel(e, "earlier_case")
                or not m or int(m.group(1)) != len(ids) + len(notices) or m.group(1) != m.group(2))
    if folder == "dunmore-county-ne-so":
        idx = [int(x) for x in re.findall(r"^ *(\d+) +DC26-\d{6} ", t, re.M)]
        wraps = re.findall(r"^ {30,}\S.*\(parking lot behind building\)$", t, re.M)
        bad |= idx != list(range(1, len(ids) + 1)) or len(wraps) < 3
    if folder == "elsworth-vt-pd":
        heads = list(DAY_HEAD.finditer(t))
        upd = re.findall(r"^ *(E26-\d{5}) +status changed to ", t, re.M)
        end = t.find("Recently updated")
        for i, h in enumerate(heads):
            stop = heads[i + 1].start() if i + 1 < len(heads) else end
            rows = START[folder].findall(t, h.end(), stop)
            bad |= len(rows) != int(h.group(2))
        bad |= (len(heads) != 7 or len(upd) != 4 or any(u not in ids for u in upd) or end < 0
                or sum(int(h.group(2)) for h in heads) != len(ids))
    return [f"{name}: {folder} layout trap does not hold"] if bad else []


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
        if TOTAL[folder.name]:
            got = {int(x) for x in TOTAL[folder.name].findall(t)}
            if got != {len(ids)}:
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs113.py"), tmp], check=True)
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
