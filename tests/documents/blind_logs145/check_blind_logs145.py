"""Stand-alone check of the held-out set blind_logs145 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150 with no duplicate id; every case number and related number is in
the `pdftotext -layout` text at least as often as listed, and no number is both; inside the full
listing (the part after the listing's own heading: `Show as a table`, `Incident Cards (all marks)`,
`All incidents, oldest first`, `Print view: all rows`, `Incident matrix`) a layout-specific
record-start pattern (which also marks non-record lines: totals, group heads) gives exactly the
listed ids in order; the document's own count equals record_count; every sample value is printed
inside its own record's stretch of text, its words in order; size < 200 KB; plus one check of each
layout's trap (the dashboard visuals that repeat records before the listing). With --regen,
regenerating must give identical files. `--dir DIR` checks a copy elsewhere (mutation runs).
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# where the full listing starts (the dashboard visuals before it repeat some records)
REGION = {
    "marrowgate-vt-pd": re.compile(r"Show as a table \(all \d+ rows\)"),
    "cobbleford-county-id-so": re.compile(r"Sheet 2: Incident Cards \(all marks\)"),
    "pellworth-nm-pd": re.compile(r"All incidents, oldest first \(\d+ features\)"),
    "hollin-bay-me-pd": re.compile(r"Print view: all rows \(\d+\)"),
    "ravensholt-wi-pd": re.compile(r"Incident matrix, grouped by Beat"),
}
# stretch-start patterns read off the text (not used by prr); a match without group "id" starts a
# stretch that is not a record (Pellworth's id is read from the item's `Incident 25-NNNNN.`)
DAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} \d{1,2}, \d{1,2}:\d\d [AP]M \u2014 "
START = {
    "marrowgate-vt-pd": re.compile(r"^ *(?:(?P<id>MG25-\d{5}) +\d\d/\d\d/2025 \d\d:\d\d |Total +\d+$)", re.M),
    "cobbleford-county-id-so": re.compile(r"^ *(?:Case Number: (?P<id>C25-\d{4})$|\d+ marks$)", re.M),
    "pellworth-nm-pd": re.compile(rf"^ *(?:(?P<item>{DAY})|End of list: )", re.M),
    "hollin-bay-me-pd": re.compile(r"^ *(?:(?P<n>\d+)\. +case_number (?P<id>HB25-\d{5});|Showing rows )", re.M),
    "ravensholt-wi-pd": re.compile(
        r"^ *(?:(?P<id>R25-\d{5}) +\d\d/\d\d \d\d:\d\d |Beat \d (?:\(|Total|\(continued)|Grand Total)", re.M),
}
TOTAL = {  # the document's own count of records
    "marrowgate-vt-pd": re.compile(r"^ *Total +(\d+)$", re.M),
    "cobbleford-county-id-so": re.compile(r"^ *(\d+) marks$", re.M),
    "pellworth-nm-pd": re.compile(r"End of list: (\d+) features\."),
    "hollin-bay-me-pd": re.compile(r"Showing rows 1 to (\d+) of \1\."),
    "ravensholt-wi-pd": re.compile(r"Grand Total +(\d+)"),
}
PID = re.compile(r"Incident\s+(25-\d{5})\.")


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def split(folder, t):
    """(text before the listing, the listing, offset of the listing)."""
    m = REGION[folder].search(t)
    if not m:
        return t, "", len(t)
    return t[:m.start()], t[m.start():], m.start()


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
    """(id or None, text stretch, start offset, match) per stretch of the listing, in print order."""
    _, body, off = split(folder, t)
    starts = list(START[folder].finditer(body))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(body), m.start() + 1500)
        text = body[m.start():end]
        if folder == "pellworth-nm-pd":
            c = PID.search(text) if m.group("item") else None
            num = c.group(1) if c else None
        else:
            num = m.groupdict().get("id")
        out.append((num, text, off + m.start(), m))
    return out


def records(folder, t):
    return [b[:3] for b in blocks(folder, t) if b[0]]


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(name, recs, e):
    problems = []
    by_id = {num: text for num, text, _ in recs}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text = by_id[s["case_number"]]
        for key, val in s.items():
            if not in_order(val.split(), text.split()):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, kind):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] == kind}


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about: the visuals before the listing repeat records."""
    ids, n = e["case_numbers"], len(e["case_numbers"])
    before, body, _ = split(folder, t)
    by_id = {num: text for num, text, _ in recs}
    bad = not body
    if folder == "marrowgate-vt-pd":
        prev = re.findall(r"^ *(MG25-\d{5}) +\d\d/\d\d/2025 \d\d:\d\d ", before, re.M)
        more = re.findall(r"\.\.\. and (\d+) more rows", before)
        tips = re.findall(r"Case: (MG25-\d{5})", before)
        offs = re.findall(r"Offense: (.+?)(?: {2,}|$)", before, re.M)
        kpi = re.search(r"^ *(\d+) +\d+ +[\d.]+% +[\d.]+ min$", before, re.M)
        bad |= (len(prev) < 5 or prev != ids[:len(prev)] or more != [str(n - len(prev))] or len(tips) != 3
                or any(x not in ids[len(prev):] for x in tips) or not kpi or int(kpi.group(1)) != n
                or len(offs) != 3 or any(o not in by_id.get(x, "") for x, o in zip(tips, offs)))
    if folder == "cobbleford-county-id-so":
        tips = re.findall(r"Case Number: (C25-\d{4})", before)
        types = re.findall(r"Incident Type: (.+?)(?: {2,}|$)", before.split("Tooltips")[-1], re.M)
        kpi = re.search(r"SUM\(Number of Records\).*\n *(\d+) ", before)
        weeks = [int(x) for x in re.findall(r"^ .*Oct \d+-\d+ +(\d+)$", before, re.M)]
        labels = [len(re.findall(rf"^ *{lab}: ", body, re.M)) for lab in
                  ("Incident Type", "Reported", "Location", "Patrol Zone", "Status")]
        bad |= (len(tips) != 4 or any(x not in ids for x in tips) or len(types) != 4
                or any(f"Incident Type: {ty}\n" not in by_id.get(x, "") for x, ty in zip(tips, types))
                or not kpi or int(kpi.group(1)) != n or sum(weeks) != n or len(weeks) != 5 or set(labels) != {n})
    if folder == "pellworth-nm-pd":
        head = re.search(r"^(.*)Recent incidents \(list, newest first\)", before, re.M)
        col = len(head.group(1)) - 2 if head else 0
        lines = before.splitlines()
        flat = " ".join(line[col:] for line in lines).split()
        flat = " ".join(flat)
        left = "\n".join(line[:col] for line in lines)
        panel = PID.findall(flat)
        shown = re.search(r"Showing (\d+) of (\d+)\.", flat)
        pop = re.findall(r"Pop-up: selected feature *\n(?:.*\n)?.*?Incident (25-\d{5})\s*$", before, re.M)
        ind = re.search(r"^ *(\d+) +\d+ +\d+\s*\n\s*Incidents, last 14 days", left, re.M)
        bad |= (not head or not shown or int(shown.group(1)) != len(panel) or int(shown.group(2)) != n or len(panel) < 5
                or panel != ids[::-1][:len(panel)] or len(pop) != 1 or pop[0] not in ids
                or not ind or int(ind.group(1)) != n)
    if folder == "hollin-bay-me-pd":
        prev = re.findall(r"^(HB25-\d{5}) +2025-", before, re.M)
        rows = re.search(r"^ *Rows (\d+)$", before, re.M)
        nums = [int(m.group("n")) for _, _, _, m in blocks(folder, t) if m.group("id")]
        offense = re.findall(r"offense (.+?); block_address", re.sub(r"\s+", " ", body))
        top = re.findall(r"^ *\d\. +([A-Z][A-Z -]+) \((\d+) rows\)$", before, re.M)
        sup = {(num, x) for num, text, _ in recs for x in re.findall(r"supplement_to (HB25-\d{5})", text)}
        bad |= (prev != ids[:5] or not rows or int(rows.group(1)) != n or nums != list(range(1, n + 1))
                or len(top) != 5 or any(offense.count(k) != int(v) for k, v in top)
                or sup != rel(e, "supplement_to") or len(sup) < 3 or any(x in ids for _, x in sup))
    if folder == "ravensholt-wi-pd":
        axis = re.findall(r"^(R25-\d{5}) +(\d+)$", before, re.M)
        mins = [int(v) for _, v in axis]
        groups, cur, seen = {}, None, 0
        for num, text, _, _m in blocks(folder, t):
            head = re.match(r" *Beat (\d) \((\d+)\)", text)
            tot = re.match(r" *Beat (\d) Total +(\d+)", text)
            if head:
                cur = head.group(1)
                groups[cur] = [int(head.group(2)), 0, None]
            elif num:
                if cur is None:
                    return [f"{name}: {folder} leaf row before any group"]
                groups[cur][1] += 1
                seen += 1
            elif tot and tot.group(1) in groups:
                groups[tot.group(1)][2] = int(tot.group(2))
        bad |= (len(axis) != 10 or any(x not in ids for x, _ in axis) or mins != sorted(mins, reverse=True)
                or any(a != b or b != c for a, b, c in groups.values()) or seen != n
                or sum(g[1] for g in groups.values()) != n or ids == sorted(ids))
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
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(pdf.name, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, t, e, recs)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs145.py"), tmp], check=True)
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
