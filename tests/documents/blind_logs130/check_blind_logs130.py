"""Stand-alone check of the held-out set blind_logs130 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150 with no duplicate id; every case number and related number is in
the `pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record-start pattern gives exactly the listed ids in order. For the two calendar grids (Ashgrove's
month, Fenwick's week x watch) pdftotext interleaves the columns, so the grid pages are read box by
box (`pdftotext -x -y -W -H` over each day box, geometry read off the page) in day order, then any
overflow page as a whole; the other layouts are read as whole pages. The start patterns also find
non-record stretches (notes/call-backs lines, holdover lines, roster lines, memo reminders, day
headings, watch commanders' lines) so that each record's stretch ends where the next line of any
kind starts. The document's own total (summed over pages or shifts) equals record_count; every
sample value is printed inside its own record's stretch (reported_at: the time in the stretch and
the date of the box, heading or page it stands under); size < 200 KB; plus one check of each
layout's trap. With --regen, regenerating must give identical files. `--dir DIR` checks a copy
elsewhere (mutation runs).
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]

# stretch-start patterns (group "id" present = a record starts)
START = {
    "ashgrove-ks-pd": re.compile(
        r"^ *\d{4} +(?P<id>25-\d{5})\b|^ *\+\d+ more - see p\. \d|^ *[A-Z][a-z]+day, [A-Z][a-z]+ \d+, 2025 - continued"
        r"|^ *Calls for service,", re.M),
    "bellmoor-twp-pa-pd": re.compile(
        r"^ *\d{4} +(?:#(?P<id>2025-\d{4}) |re #)|^ *NOTES / CALL-BACKS|^ *[A-Z]+DAY +\d\d [A-Z][a-z]+ |^ *Week total:",
        re.M),
    "carrow-county-id-so": re.compile(
        r"^ +(?P<id>S25-\d{5}) +\d{4} |^ +S25-\d{5} +---- |^ +Calls this shift:|^ +ROSTER |^ *(?:DAY|NIGHT) SHIFT ",
        re.M),
    "dunmore-falls-vt-pd": re.compile(
        r"^ *(?:\d\d|Early|MEMO)? +\d{4} Log (?P<id>25-\d{4}) |^ *(?:MEMO +)?Memo: |^ *(?:\d\d|Early|MEMO) *$", re.M),
    "fenwick-ne-pd": re.compile(r"^ *\d{4} +(?P<id>F25-\d{4})$|^ *Sgt \d{4} / \d units", re.M),
}
TOTAL = {  # the document's own count of records, summed over its occurrences
    "ashgrove-ks-pd": re.compile(r"Calls for service, March 2025: (\d+) "),
    "bellmoor-twp-pa-pd": re.compile(r"Week total: (\d+) reports"),
    "carrow-county-id-so": re.compile(r"Calls this shift: (\d+)"),
    "dunmore-falls-vt-pd": None,
    "fenwick-ne-pd": re.compile(r"Week total: (\d+) incidents"),
}
CTX = {  # date headings of the linear layouts -> MM/DD/YYYY
    "ashgrove-ks-pd": (re.compile(r"^ *[A-Z][a-z]+day, ([A-Z][a-z]+) (\d+), 2025 - continued", re.M),
                       lambda m: f"{MONTHS.index(m.group(1)) + 1:02d}/{int(m.group(2)):02d}/2025"),
    "bellmoor-twp-pa-pd": (re.compile(r"^ *[A-Z]+DAY +(\d\d) ([A-Z][a-z]+) +Day \d{3}", re.M),
                           lambda m: f"{MONTHS.index(m.group(2)) + 1:02d}/{m.group(1)}/2025"),
    "carrow-county-id-so": (re.compile(r"^ *[A-Z]+DAY (\d\d/\d\d/2025)$", re.M), lambda m: m.group(1)),
    "dunmore-falls-vt-pd": (re.compile(r"^[\f ]*[A-Z][a-z]+day (\d{1,2}) ([A-Z][a-z]+) 2025", re.M),
                            lambda m: f"{MONTHS.index(m.group(2)) + 1:02d}/{int(m.group(1)):02d}/2025"),
    "fenwick-ne-pd": None,
}
# grid geometry read off the pages (points, origin bottom left; page height 612)
GRID1 = dict(x0=34.0, cw=103.4, top=548.0, rh=84.0, rows=6)
GRID5 = dict(x0=100.0, cw=94.0, top=528.0, rh=160.0)
WATCH = [(0, 800), (800, 1600), (1600, 2400)]


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def crop(pdf, page, x, top, wd, ht):
    """Text of the box whose upper left corner is (x, top) in PDF points."""
    return run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), "-x", str(round(x)),
                "-y", str(round(612 - top)), "-W", str(round(wd)), "-H", str(round(ht)), str(pdf), "-"])


def split(folder, text, date, where):
    """Stretches of one box or page: dicts id/text/date/where."""
    starts = list(START[folder].finditer(text))
    ctx = CTX[folder]
    heads = list(ctx[0].finditer(text)) if ctx and date is None else []
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(text)
        d = date
        if d is None:
            hs = [h for h in heads if h.start() <= m.start()]
            d = ctx[1](hs[-1]) if hs else None
        out.append({"id": m.groupdict().get("id"), "text": text[m.start():end], "date": d, "where": where})
    return out


def stretches(folder, pdf, t):
    pages = t.split("\f")[:-1]
    if folder == "ashgrove-ks-pd":
        out = []
        g = GRID1
        title = re.search(r"([A-Z]+) 2025\s*$", pages[0].splitlines()[1])
        month = MONTHS.index(title.group(1).title()) + 1
        for pos in range(7 * g["rows"]):
            x = g["x0"] + (pos % 7) * g["cw"]
            top = g["top"] - (pos // 7) * g["rh"]
            box = crop(pdf, 1, x + 1, top - 1, g["cw"] - 2, g["rh"] - 2)
            m = re.match(r"\s*(\d+)\b", box)
            if not m:
                continue
            date = f"{month:02d}/{int(m.group(1)):02d}/2025"
            out += split(folder, box, date, ("box", date))
        for p in pages[1:]:
            out += split(folder, p, None, ("page",))
        return out
    if folder == "fenwick-ne-pd":
        out = []
        g = GRID5
        for pi, p in enumerate(pages, 1):
            year = re.search(r"Monday \d\d/\d\d/(\d{4})", p).group(1)
            for dd in range(7):
                x = g["x0"] + dd * g["cw"]
                head = crop(pdf, pi, x + 1, g["top"] + 15, g["cw"] - 2, 14).split()
                date = f"{head[1]}/{year}"
                for wi in range(3):
                    top = g["top"] - wi * g["rh"]
                    box = crop(pdf, pi, x + 1, top - 1, g["cw"] - 2, g["rh"] - 2)
                    out += split(folder, box, date, ("box", date, wi))
        return out
    return split(folder, t, None, ("page",))


def records(st):
    return [s for s in st if s["id"]]


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


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w == tok or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(name, recs, e):
    problems = []
    by_id = {}
    for s in recs:
        by_id.setdefault(s["id"], s)
    for smp in e["sample_records"]:
        s = by_id.get(smp["case_number"])
        if not s:
            problems.append(f"{name}: sample {smp['case_number']} has no record in the text")
            continue
        for key, val in smp.items():
            if key == "reported_at":
                date, _, time = val.partition(" ")
                ok = date == s["date"] and time in s["text"].split()
            else:
                ok = in_order(val.split(), s["text"].split())
            if not ok:
                problems.append(f"{name}: sample {smp['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, kind):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] == kind}


def check_layout(folder, name, t, e, st):
    """One check of the trap each layout is about."""
    ids, bad = e["case_numbers"], False
    recs = records(st)
    first = {}
    for i, s in enumerate(st):
        if s["id"]:
            first.setdefault(s["id"], i)
    if folder == "ashgrove-ks-pd":
        # every `+k more` box shows four calls and has a `(k more)` section with k calls on the overflow page
        marks, shown = {}, {}
        for s in st:
            if s["where"][0] == "box":
                shown[s["date"]] = shown.get(s["date"], 0) + bool(s["id"])
                m = re.match(r" *\+(\d+) more", s["text"])
                if m:
                    marks[s["date"]] = int(m.group(1))
        secs, cur = {}, None
        for s in st:
            if s["where"][0] != "page":
                continue
            m = re.match(r" *[A-Z][a-z]+day, [A-Z][a-z]+ \d+, 2025 - continued from calendar \((\d+) more\)", s["text"])
            if m:
                cur = s["date"]
                secs[cur] = [int(m.group(1)), 0]
            elif s["id"] and cur:
                secs[cur][1] += 1
        tot = re.search(r"\(calendar (\d+), overflow (\d+)\)", t)
        bad = (len(marks) < 3 or set(marks) != set(secs) or any(secs[d] != [k, k] for d, k in marks.items())
               or any(shown[d] != 4 for d in marks) or not tot or int(tot.group(2)) != sum(marks.values())
               or int(tot.group(1)) != sum(shown.values()))
    if folder == "bellmoor-twp-pa-pd":
        notes = [(s["text"], i) for i, s in enumerate(st) if re.match(r" *\d{4} +re #", s["text"])]
        cited = [(re.match(r" *\d{4} +re #(2025-\d{4}) ", x).group(1), i) for x, i in notes]
        slips = {(s["id"], m) for s in recs for m in re.findall(r"slip (T-\d{4})", s["text"])}
        bad = (len(notes) < 2 * t.count("\f") or any(c not in first or first[c] > i for c, i in cited)
               or slips != rel(e, "tow_slip"))
    if folder == "carrow-county-id-so":
        hold = [(i, re.match(r" +(S25-\d{5}) +---- +\S+ +HOLDOVER from (?:DAY|NIGHT) (\d\d/\d\d) ", s["text"]))
                for i, s in enumerate(st) if re.match(r" +S25-\d{5} +---- ", s["text"])]
        cits = {(s["id"], m) for s in recs for m in re.findall(r"Citation (C-\d{6})", s["text"])}
        bad = (len(hold) < 2 or any(not m for _, m in hold) or cits != rel(e, "citation")
               or any(m and (m.group(1) not in first or first[m.group(1)] > i
                             or st[first[m.group(1)]]["date"][:5] != m.group(2)) for i, m in hold)
               or any(re.search(r"S25-\d{5}", s["text"].splitlines()[0]) for s in st if "ROSTER" in s["text"][:12]))
    if folder == "dunmore-falls-vt-pd":
        slid = 0
        for s in recs:
            m = re.match(r" *(\d\d|Early|MEMO)? +(\d\d)\d\d Log ", s["text"])
            label, hour = m.group(1), int(m.group(2))
            if label and label.isdigit():
                bad |= int(label) < hour
                slid += int(label) != hour
        cont = len(re.findall(r"^ *\d\d +\(cont\.\) ", t, re.M))
        memo = [(i, re.search(r"re Log (25-\d{4})", s["text"])) for i, s in enumerate(st) if "Memo:" in s["text"][:16]]
        bad |= (slid < 5 or cont < 5 or len(memo) < 3
                or any(not m or m.group(1) not in first or first[m.group(1)] > i for i, m in memo))
    if folder == "fenwick-ne-pd":
        arrests = {(s["id"], m) for s in recs for m in re.findall(r"Arrest (A25-\d{4})", s["text"])}
        tot = sum(int(x) for x in re.findall(r"Arrests: (\d+)", t))
        for s in recs:
            lo, hi = WATCH[s["where"][2]]
            hhmm = int(s["text"].split()[0])
            bad |= not lo <= hhmm < hi
        bad |= (arrests != rel(e, "arrest_number") or tot != len(arrests) or len(arrests) < 5
                or any(a in ids for _, a in arrests))
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
        st = stretches(folder.name, pdf, t)
        recs = records(st)
        found = [s["id"] for s in recs]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        if TOTAL[folder.name]:
            got = sum(int(x) for x in TOTAL[folder.name].findall(t))
            if got != len(ids):
                problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(pdf.name, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, t, e, st)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs130.py"), tmp], check=True)
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
