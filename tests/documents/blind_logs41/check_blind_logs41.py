"""Stand-alone check of the forty-first held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; "[invented]" in the agency; every case number and related
number is in the `pdftotext -layout` text as often as listed, no number is both, and every
related number belongs to a listed record; a layout-specific record-start pattern finds exactly
the listed ids in order; the document's own count equals record_count; every sample value is
printed inside its own record's stretch of text, its words in order (Dunmore Valley's date comes
from the day heading above the entry); size < 200 KB; the first two pages (cover letter,
exemption key) hold no id; plus one check of each layout's trap (withheld rows, botched boxes).
With --regen, regenerating must give identical files. `--dir DIR` checks a copy elsewhere.
"""

import base64
import datetime
import hashlib
import json
import re
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent

# record-start patterns, one per agency, read off the text (not used by prr); group "id" is the id
START = {
    "alder-crossing-or-pd": re.compile(r"^(?P<id>AC25-\d{5}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "brightwater-tx-marshal": re.compile(r"^\d\d/\d\d/25 \d{4} +\S.*? (?P<id>BW25\d{6})$", re.M),
    "cinder-bluff-nv-pd": re.compile(r"^ *Event Number +(?P<id>CB-25-\d{6})$", re.M),
    "dunmore-valley-vt-sheriff": re.compile(r"^\d{4} hours\. (?:.*\n)*?.*\[(?P<id>DV25-\d{4})\]$", re.M),
    "eastmarch-ma-university-pd": re.compile(r"^V-(?P<line>\d+) +(?P<id>EU-2025-\d{4}) +\d\d/\d\d/2025 ", re.M),
}
TOTAL = {  # the document's own count of records
    "alder-crossing-or-pd": re.compile(r"Records responsive: (\d+)"),
    "brightwater-tx-marshal": re.compile(r"Calls listed: (\d+)"),
    "cinder-bluff-nv-pd": re.compile(r"Events on this release: (\d+)"),
    "dunmore-valley-vt-sheriff": re.compile(r"This memorandum lists (\d+) log entries\."),
    "eastmarch-ma-university-pd": re.compile(r"Reports indexed: (\d+)"),
}
DAY_HEAD = re.compile(r"^[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, 2025$", re.M)
ID_ANY = re.compile(r"AC25-\d{5}|BW25\d{6}|CB-25-\d{6}|DV25-\d{4}|EU-2025-\d{4}")


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
            problems.append(f"{name}: related {r['number']} belongs to no listed record")
    if len(set(ids)) != len(ids):
        problems.append(f"{name}: an id is listed twice")
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
    return tok.strip('".,;:()[]#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w == tok or norm(w) == norm(tok) for tok in it) for w in words)


def heading_date(t, pos):
    heads = list(DAY_HEAD.finditer(t, 0, pos))
    if not heads:
        return None
    return datetime.datetime.strptime(heads[-1].group(0), "%A, %B %d, %Y").strftime("%m/%d/%Y")


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {num: (text, pos) for num, text, pos in recs}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos = by_id[s["case_number"]]
        for key, val in s.items():
            if folder == "dunmore-valley-vt-sheriff" and key == "reported_at":
                date, _, time = val.partition(" ")
                ok = text.split()[0] == time and heading_date(t, pos) == date
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def black_boxes(pdf):
    """Solid black rectangles drawn in the page content (redaction boxes), counted from the streams."""
    data = pdf.read_bytes()
    n = 0
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        raw = m.group(1).strip()
        try:
            body = zlib.decompress(base64.a85decode(raw[:-2] if raw.endswith(b"~>") else raw)).decode("latin-1")
        except (ValueError, zlib.error):
            continue
        n += len(re.findall(r"(?m)^0 g\nn [-\d. ]+ re f\*?$", body))
    return n


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, problems = e["case_numbers"], []
    withheld = e["withheld_in_full"]
    pages = t.split("\f")
    if ID_ANY.search(pages[0] + pages[1]) or "KEY" not in pages[1] and "EXEMPTIONS" not in pages[1]:
        problems.append(f"{name}: cover letter / exemption key pages hold an id or no key")
    if not withheld or not set(withheld) <= set(ids):
        problems.append(f"{name}: no withheld-in-full records, or some are not listed ids")
    by_id = {num: text for num, text, _ in recs}
    leaks = e["redaction_boxes"]
    if len(leaks) < 2 or any(b["text_under_box"] not in re.sub(r" +", " ", by_id.get(b["record"], ""))
                             for b in leaks):
        problems.append(f"{name}: botched redactions missing or their text not under them")
    marks = {"alder-crossing-or-pd": "WITHHELD IN FULL - ORS 192.355(2)",
             "brightwater-tx-marshal": "ENTRY WITHHELD - 552.101",
             "cinder-bluff-nv-pd": "EVENT WITHHELD IN FULL - NRS 62H.025",
             "dunmore-valley-vt-sheriff": "Entry withheld in full under 317(c)(1).",
             "eastmarch-ma-university-pd": "Withheld in full (26)(f)"}
    bad = [n for n in ids if (marks[folder] in by_id.get(n, "")) != (n in withheld)]
    if bad:
        problems.append(f"{name}: withheld marks disagree with withheld_in_full ({bad[:3]})")
    if folder == "alder-crossing-or-pd":
        m = re.search(r"Withheld in full: (\d+) +Released in part: (\d+)", t)
        if not m or int(m.group(1)) != len(withheld) or int(m.group(2)) != len(ids) - len(withheld):
            problems.append(f"{name}: the withheld/released counts do not add up")
    if folder == "brightwater-tx-marshal":
        subs = [int(x) for x in re.findall(r"Page subtotal +(\d+)", t)]
        if sum(subs) != len(ids) or len(subs) != len(pages) - 3:
            problems.append(f"{name}: page subtotals {subs} do not add up to {len(ids)}")
    if folder == "cinder-bluff-nv-pd":
        labelled = len(re.findall(r"^ *Received +\d\d/\d\d/2025 at \d{4}$", t, re.M))
        if labelled != len(ids) - len(withheld):
            problems.append(f"{name}: {labelled} Received lines for {len(ids) - len(withheld)} released events")
    if folder == "dunmore-valley-vt-sheriff":
        wrapped = sum(1 for _, text, _ in recs if "\n" in text.strip() and not text.startswith("\n"))
        tail_ids = re.findall(r"\[(DV25-\d{4})\]$", t, re.M)
        if tail_ids != ids or wrapped < len(ids) // 2:
            problems.append(f"{name}: ids not at the end of their paragraphs")
    if folder == "eastmarch-ma-university-pd":
        lines = [int(m.group("line")) for m in START[folder].finditer(t)]
        if lines != list(range(1, len(ids) + 1)):
            problems.append(f"{name}: index numbers do not run 1..N")
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
        if pages != e["pages"] or pages < 3:
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
        if black_boxes(pdf) != len(e["redaction_boxes"]):
            problems.append(f"{pdf.name}: {black_boxes(pdf)} black boxes drawn, "
                            f"{len(e['redaction_boxes'])} listed")
        if recs:
            problems += check_layout(folder.name, pdf.name, t, e, recs)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records ({len(e['withheld_in_full'])} withheld), "
              f"{pages} pages, {len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs41.py"), tmp], check=True)
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
