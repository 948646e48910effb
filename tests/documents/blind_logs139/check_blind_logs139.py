"""Stand-alone check of the held-out set blind_logs139 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150 with no duplicate id; every case number and related number is in
the `pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record-start pattern (which also finds the non-record stretches: figure captions and alt-text
paragraphs, day headings, re-flowed arrest and totals items) gives exactly the listed ids in order;
the document's own count equals record_count; every sample value is printed inside its own record's
stretch of text, its words in order; size < 200 KB; plus one check of each layout's trap. With
--regen, regenerating must give identical files. `--dir DIR` checks a copy elsewhere (mutation runs).
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# stretch-start patterns read off the text (not used by prr); a match without group "id" starts a
# stretch that is not a record (Wrenfield's id is read from the block's `Case number:` line)
START = {
    "wrenfield-or-pd": re.compile(r"^ *Record (?P<n>\d+) of (?P<m>\d+)$", re.M),
    "tolliver-county-ks-so": re.compile(r"^ *INCIDENT (?P<id>T25-\d{4})$", re.M),
    "halcott-ny-pd": re.compile(r"^ *(?:(?P<id>25-\d{4}) \u2014 [A-Z]|Figure \d\. |Alt text: |[A-Z]+DAY, [A-Z]+ \d)", re.M),
    "bramblewood-mn-pd": re.compile(
        r"^ *(?:(?P<n>\d+)\. +(?:Case Number: (?P<id>BW25-\d{4});|Arrest Number: |Offense: )|Table \d\. )", re.M),
    "quillan-wa-pd": re.compile(r"^ *(?P<id>Q25-\d{5}) +\d\d/\d\d/2025 ", re.M),
}
TOTAL = {  # the document's own count of records
    "wrenfield-or-pd": re.compile(r"End of log\. (\d+) records\."),
    "tolliver-county-ks-so": re.compile(r"has (\d+) incidents on"),
    "halcott-ny-pd": re.compile(r"This summary lists (\d+) incidents"),
    "bramblewood-mn-pd": re.compile(r"Table 1\. Incidents \((\d+) rows\)"),
    "quillan-wa-pd": re.compile(r"Rows in this table: (\d+)\."),
}
WCASE = re.compile(r"Case number: (WPD25-\d{6})")


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
    """(id or None, text stretch, start offset, match) per stretch, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        text = t[m.start():end]
        if folder == "wrenfield-or-pd":
            c = WCASE.search(text)
            num = c.group(1) if c else None
        else:
            num = m.groupdict().get("id")
        out.append((num, text, m.start(), m))
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
    """One check of the trap each layout is about."""
    ids, bad = e["case_numbers"], False
    if folder == "wrenfield-or-pd":
        bl = blocks(folder, t)
        ords = [int(b[3].group("n")) for b in bl]
        tots = {int(b[3].group("m")) for b in bl}
        cont = [(int(m.group(1)), m.start()) for m in re.finditer(r"^ *Record (\d+) of \d+, continued$", t, re.M)]
        for n, p in cont:
            prev = [b for b in bl if b[2] < p]
            bad |= not prev or int(prev[-1][3].group("n")) != n
        linked = {(b[0], x) for b in bl for x in re.findall(r"Linked case: (WPD25-\d{6})", b[1])}
        bad |= (ords != list(range(1, len(ids) + 1)) or tots != {len(ids)} or len(cont) < 2
                or linked != rel(e, "linked_case") or any(x in ids for _, x in linked) or len(linked) < 3)
    if folder == "tolliver-county-ks-so":
        pages = t.split("\f")[:-1]
        nxt, seen = 1, 0
        for k, pg in enumerate(pages, 1):
            m = re.search(r"Page (\d+) of (\d+)\n *Records (\d+) to (\d+)", pg)
            inc = len(re.findall(r"^ *INCIDENT T25-\d{4}$", pg, re.M))
            if k == 1:
                bad |= inc != 0 or not re.search(rf"on {len(pages)} pages", pg)
                continue
            bad |= (not m or int(m.group(1)) != k or int(m.group(2)) != len(pages) or int(m.group(3)) != nxt
                    or int(m.group(4)) - int(m.group(3)) + 1 != inc or inc > 3)
            if m:
                nxt = int(m.group(4)) + 1
            seen += inc
        bad |= seen != len(ids) or nxt != len(ids) + 1
    if folder == "halcott-ny-pd":
        bl = blocks(folder, t)
        per_day, cur = {}, None
        cited = []
        for num, text, _, _m in bl:
            head = re.match(r" *([A-Z]+DAY), ", text)
            if head:
                cur = head.group(1).title()
                per_day[cur] = 0
            elif num:
                per_day[cur] = per_day.get(cur, 0) + 1 if cur else -999
            elif text.lstrip().startswith("Alt text:"):
                cited += re.findall(r"(?<![\w-])(25-\d{4})(?![\w-])", text)
        m = re.search(r"From left to right: (.*?)\. The tallest", re.sub(r"\s+", " ", t))
        chart = dict((d, int(c)) for d, c in re.findall(r"([A-Z][a-z]+day) (\d+)", m.group(1))) if m else {}
        arrests = {(num, x) for num, text, _ in recs for x in re.findall(r"Arrest number (A25-\d{4})\.", text)}
        bad = (not m or chart != per_day or sum(chart.values()) != len(ids) or len(cited) < 5
               or any(c not in ids for c in cited) or arrests != rel(e, "arrest_number"))
    if folder == "bramblewood-mn-pd":
        bl = blocks(folder, t)
        t1 = [int(m.group("n")) for num, _, _, m in bl if num]
        t2 = [(num_, m) for num_, text, _, m in bl if text.lstrip()[:1].isdigit() and "Arrest Number:" in text[:40]]
        pairs = set()
        for _, m in t2:
            x = re.match(r" *\d+\. +Arrest Number: (BA25-\d{4}); Case Number: (BW25-\d{4});", t[m.start():])
            pairs.add((x.group(2), x.group(1)) if x else None)
        cap = re.search(r"Table 2\. Arrests \((\d+) rows\)", t)
        nums2 = [int(m.group("n")) for _, m in t2]
        bad = (t1 != list(range(1, len(ids) + 1)) or not cap or int(cap.group(1)) != len(t2) or len(t2) < 3
               or nums2 != list(range(1, len(t2) + 1)) or pairs != rel(e, "arrest_number")
               or any(c not in ids for c, _ in pairs))
    if folder == "quillan-wa-pd":
        rows = re.findall(r"^ *(Q25-\d{5}) +(\d\d)/(\d\d)/2025 .*\n *CAD (\d{6}-\d{4}) ", t, re.M)
        cads = {(i, c) for i, _, _, c in rows}
        bad = (len(rows) != len(ids) or cads != rel(e, "cad_number")
               or any(c[:6] != "25" + mm + dd for _, mm, dd, c in rows) or any(c in ids for _, c in cads))
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs139.py"), tmp], check=True)
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
