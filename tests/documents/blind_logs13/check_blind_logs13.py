"""Stand-alone check of the thirteenth held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed; a layout-specific record-start pattern finds
exactly the listed ids in order; the document's own closing count equals record_count;
every sample value is printed inside its own record's stretch of text, its words in order;
size < 200 KB; plus one layout check per agency (merged date cells, descending ids, one id
line per event, '(cont.)' ids). With --regen, regenerating must give identical files.
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

# record-start patterns, one per agency, read off the text (not used by prr): group 1 is the
# id when it is on the record's first line; otherwise ID_IN_RECORD finds it in the record's lines.
START = {
    "port-of-halcott-tx-pd": re.compile(
        r"^\s*(?:(?:\d\d/\d\d/2025|[A-Z][a-z]+day)\s+)?\d{4}\s+(HP25-\d{5})\s", re.M),
    "dunleith-county-va-so": re.compile(r"^RECEIVED \d\d/\d\d/2025 \d\d:\d\d\s+INCIDENT (25-\d{6})\s", re.M),
    "carrow-hill-university-md-pd": re.compile(r"^()(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d\d/\d\d \d\d:\d\d\s", re.M),
    "halewai-hi-transit-pd": re.compile(r"^()\d\d/\d\d/2025 \d\d:\d\d:\d\d\s", re.M),
    "ptarmigan-flats-ak-pd": re.compile(r"^(PF25-\d{4})\s+\d\d/\d\d/2025\s", re.M),
}
ID_IN_RECORD = {
    "carrow-hill-university-md-pd": re.compile(r"\.\s+(25-\d{4})\s*$", re.M),
    "halewai-hi-transit-pd": re.compile(r"^\s+(HRT-25-\d{6})\s", re.M),
}
TOTAL = {  # the document's own count of records
    "port-of-halcott-tx-pd": re.compile(r"Incidents logged: (\d+)"),
    "dunleith-county-va-so": re.compile(r"Bulletin items: (\d+)\."),
    "carrow-hill-university-md-pd": re.compile(r"Entries listed: (\d+)"),
    "halewai-hi-transit-pd": re.compile(r"\bEvents: (\d+)"),
    "ptarmigan-flats-ak-pd": re.compile(r"Persons arrested: (\d+)"),
}
# fields whose value is printed outside the record's own lines (the merged date cell)
PAGE_CONTEXT = {"port-of-halcott-tx-pd": {"reported_at"}}


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
    """(id, text stretch, page text) per record, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        stretch = t[m.start():end]
        if folder in ID_IN_RECORD:
            found = ID_IN_RECORD[folder].findall(stretch)
            num = found[0] if len(found) == 1 else f"?{len(found)}"
        else:
            num = m.group(1)
        page = t[t.rfind("\f", 0, m.start()) + 1:t.find("\f", m.start())]
        out.append((num, stretch, page))
    return out


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, tok.strip(".,;()")) or w.strip(".,;()") == tok.strip(".,;()") for tok in it)
               for w in words)


def check_samples(folder, name, recs, e):
    problems = []
    by_id = {}
    for num, text, page in recs:
        by_id.setdefault(num, (text, page))
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, page = by_id[s["case_number"]]
        for key, val in s.items():
            where = (page + "\n" + text) if key in PAGE_CONTEXT.get(folder, ()) else text
            for v in val if isinstance(val, list) else [val]:
                if not in_order(v.split(), where.split()):
                    problems.append(f"{name}: sample {s['case_number']} {key}: {v!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e):
    """One check of the trap each layout is about."""
    ids, problems = e["case_numbers"], []
    if folder == "port-of-halcott-tx-pd":
        # a date is never on the same text line as a row's id when the day has more than 2 rows there
        dated = re.findall(r"^\s*\d\d/\d\d/2025\s+\d{4}\s+(HP25-\d{5})", t, re.M)
        days = len(re.findall(r"^\s*(\d\d/\d\d/2025)\b", t, re.M))
        if days < 4 or len(dated) >= len(ids) // 2:
            problems.append(f"{name}: merged date cells not as described ({days} dates, {len(dated)} on rows)")
    if folder == "carrow-hill-university-md-pd":
        serials = [int(x.split("-")[1]) for x in ids]
        if serials != sorted(serials, reverse=True) or len(set(serials)) != len(serials):
            problems.append(f"{name}: ids are not strictly descending")
    if folder == "halewai-hi-transit-pd":
        id_lines = re.findall(r"^\s+HRT-25-\d{6}\s", t, re.M)
        if len(id_lines) != len(ids):
            problems.append(f"{name}: {len(id_lines)} id lines for {len(ids)} events")
    if folder == "ptarmigan-flats-ak-pd":
        conts = re.findall(r"^(PF25-\d{4}) \(cont\.\)", t, re.M)
        if not conts:
            problems.append(f"{name}: no row continued over a page break")
        for num in conts:
            before = [m.group(1) for m in START[folder].finditer(t[:t.find(f"{num} (cont.)")])]
            if not before or before[-1] != num:
                problems.append(f"{name}: {num} (cont.) does not continue the row above the page break")
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs13.py"), tmp], check=True)
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
