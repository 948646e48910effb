"""Stand-alone check of the held-out set blind_logs132 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150 with no duplicate id; every case number and related number is in
the `pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record-start pattern (which also finds the non-record stretches: cancelled-job rows, routine and
correction entries of the occurrence book, the updates list) gives exactly the listed ids in order
(Wendmoor's `(continued)` stretches collapse into their incident); the document's own count equals
record_count; every sample value is printed inside its own record's stretch of text, its words in
order (Kilcarra's date comes from the day heading above the entry); size < 200 KB; plus one check
of each layout's trap. With --regen, regenerating must give identical files.
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

# stretch-start patterns read off the text (not used by prr); a match without group "id" starts a
# stretch that is not a record (Waikeri's id is read from the paragraph's closing `Event P0...`)
START = {
    "kestrel-bay-on-ps": re.compile(r"^(?P<id>KB25-\d{7}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "wendmoor-constabulary-uk": re.compile(r"^INCIDENT (?P<id>\d{4}-\d{6})(?P<cont> \(continued\))?(?= |$)", re.M),
    "kilcarra-port-police-ie": re.compile(r"^ +\d\d\.\d\d +(?:Incident (?P<id>KPP-25-\d{4}) - )?", re.M),
    "yarrabend-district-au": re.compile(
        r"^(?:(?P<id>E\d{8})|-- nil --) +J\d{6}-\d{4} +\d\d/\d\d/2025 \d{4} ", re.M),
    "waikeri-area-police-nz": re.compile(
        r"^(?:(?P<n>\d{1,3})\. +(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d\d [A-Z][a-z]{2}, \d{4}hrs|UPDATES ON EARLIER)", re.M),
}
REPEATS = {"wendmoor-constabulary-uk"}  # one record printed in several stretches
TOTAL = {  # the document's own count of records
    "kestrel-bay-on-ps": re.compile(r"Total occurrences: (\d+) "),
    "wendmoor-constabulary-uk": re.compile(r"Incidents in this extract: (\d+) "),
    "kilcarra-port-police-ie": re.compile(r"Incidents recorded in this book for the period: (\d+)"),
    "yarrabend-district-au": re.compile(r"Events recorded: (\d+) "),
    "waikeri-area-police-nz": re.compile(r"Events summarised this week: (\d+)"),
}
DAY_HEAD = re.compile(r"^([A-Z][a-z]+day) (\d+)(?:st|nd|rd|th) ([A-Z][a-z]+) (\d{4}) +-- Station Occurrence", re.M)
EVENT = re.compile(r"Event\s+(P0\d{8})\.")


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def check_numbers(name, t, e):
    problems = []
    flat = re.sub(r"\s+", " ", t)
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    for num in set(ids + related):
        want = ids.count(num) + related.count(num)
        have = len(re.findall(rf"(?<![\w/-]){re.escape(num)}(?![\w/-])", flat))
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
        if folder == "waikeri-area-police-nz":
            ev = EVENT.findall(text) if m.group("n") else []
            num = ev[0] if len(ev) == 1 else None
        else:
            num = m.groupdict().get("id")
        out.append((num, text, m.start(), m))
    return out


def records(folder, t):
    """(id, text of all its stretches, first offset) per record in order of first appearance."""
    recs, seen = [], {}
    for num, text, pos, _ in blocks(folder, t):
        if not num:
            continue
        if folder in REPEATS and num in seen:
            i = seen[num]
            recs[i] = (num, recs[i][1] + "\n" + text, recs[i][2])
            continue
        seen[num] = len(recs)
        recs.append((num, text, pos))
    return recs


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def heading_date(t, pos):
    """DD/MM/YYYY of the last day heading printed before offset pos."""
    heads = list(DAY_HEAD.finditer(t, 0, pos))
    if not heads:
        return None
    h = heads[-1]
    d = datetime.datetime.strptime(f"{h.group(2)} {h.group(3)} {h.group(4)}", "%d %B %Y")
    return d.strftime("%d/%m/%Y") if d.strftime("%A") == h.group(1) else None


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {num: (text, pos) for num, text, pos in recs}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos = by_id[s["case_number"]]
        for key, val in s.items():
            if folder == "kilcarra-port-police-ie" and key == "reported_at":
                date, _, time = val.partition(" ")
                ok = text.split()[0] == time and heading_date(t, pos) == date
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, kind):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] == kind}


def owner(recs_pos, pos):
    """id of the record stretch that starts last before offset pos."""
    best = None
    for num, p in recs_pos:
        if p < pos:
            best = num
    return best


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, bad = e["case_numbers"], False
    starts = [(b[0], b[2]) for b in blocks(folder, t)]
    if folder == "kestrel-bay-on-ps":
        links = {(owner(starts, m.start()), m.group(1)) for m in re.finditer(r"^ +Linked occ\. (KB25-\d{7}) ", t, re.M)}
        nlinks = len(re.findall(r"^ +Linked occ\. KB25-\d{7} ", t, re.M))
        m = re.search(r"Linked to earlier occurrences: (\d+) ", t)
        bad = (not m or int(m.group(1)) != nlinks or nlinks < 5 or links != rel(e, "linked_occurrence")
               or any(n in ids for _, n in links))
    if folder == "wendmoor-constabulary-uk":
        bl = blocks(folder, t)
        cont = [i for i, b in enumerate(bl) if b[3].group("cont")]
        bad |= len(cont) < 2 or any(i == 0 or bl[i - 1][0] != bl[i][0] for i in cont)
        days = {}
        for num in ids:
            serial, date = num.split("-")
            days.setdefault(serial, set()).add(date)
        bad |= sum(1 for v in days.values() if len(v) > 1) < 2
        crn = {(owner(starts, m.start()), m.group(1)) for m in re.finditer(r"CRN (45/\d{6}/25)", t)}
        m = re.search(r"Crime reference numbers issued: (\d+)", t)
        bad |= not m or int(m.group(1)) != len(crn) or crn != rel(e, "crime_reference") or len(crn) < 5
        order = {num: i for i, num in enumerate(ids)}
        for m in re.finditer(r"^Linked to: CAD (\d{4}-\d{6}) ", t, re.M):
            here = owner(starts, m.start())
            bad |= m.group(1) not in order or here not in order or order[m.group(1)] >= order[here]
    if folder == "kilcarra-port-police-ie":
        first = {num: p for num, _, p in recs}
        cor = [(m.group(1), m.start()) for m in re.finditer(r"^ +\d\d\.\d\d +Correction to (KPP-25-\d{4}):", t, re.M)]
        imo = re.findall(r"IMO (\d{7})", t)
        crs = {(owner([(n, p) for n, p in starts], m.start()), m.group(1)) for m in re.finditer(r"ref\. (CR/25/\d{4})", t)}
        bad = (len(cor) < 3 or any(num not in first or first[num] > p for num, p in cor)
               or sum(1 for b in blocks(folder, t) if not b[0]) < len(ids) // 2 or len(imo) < 5
               or any(x in ids for x in imo) or crs != rel(e, "crime_reference"))
    if folder == "yarrabend-district-au":
        nil = re.findall(r"^-- nil -- +(J\d{6}-\d{4}) ", t, re.M)
        jobs = set(re.findall(r"^(E\d{8}) +(J\d{6}-\d{4}) ", t, re.M))
        m = re.search(r"Jobs without event: (\d+) +Jobs total: (\d+)", t)
        bad = (not m or int(m.group(1)) != len(nil) or int(m.group(2)) != len(nil) + len(ids) or len(nil) < 3
               or jobs != rel(e, "job_number") or any(j in {n for _, n in jobs} for j in nil))
    if folder == "waikeri-area-police-nz":
        paras = [int(b[3].group("n")) for b in blocks(folder, t) if b[3].group("n")]
        upd = re.findall(r"^ +- Event (P0\d{8}):", t, re.M)
        files = {(b[0], f) for b in blocks(folder, t) if b[0] for f in re.findall(r"File\s+(\d{6}/\d{4})\.", b[1])}
        bad = (paras != list(range(1, len(ids) + 1)) or len(upd) < 3 or any(u in ids for u in upd)
               or files != rel(e, "file_number")
               or any(b[3].group("n") and not b[0] for b in blocks(folder, t)))
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs132.py"), tmp], check=True)
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
