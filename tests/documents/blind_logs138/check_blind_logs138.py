"""Stand-alone check of the held-out set blind_logs138 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150 with no duplicate id; every case number and related number is in
the `pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record-start pattern (which also finds the non-record stretches: Quarry Falls' "same (cont'd)"
supplement blocks) gives exactly the listed ids in order; continuation rows (Lorimer's unit rows,
Ostrander's -"- offense rows) fall inside the stretch of the record above; the document's own count
equals record_count; every sample value is printed inside its own record's stretch of text, its
words in order, or, for a value the page implies (blank date, ditto mark, 'same', 'do.', a date or
beat heading), is the last such value printed above the record; size < 200 KB; plus one check of
each layout's trap. With --regen, regenerating must give identical files.
`--dir DIR` checks a copy elsewhere (mutation runs).
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
# stretch that is not a record
START = {
    "brackton-oh-pd": re.compile(r"^(?:\d\d/\d\d/25)? +\d{4} (?P<id>25-\d{5}) ", re.M),
    "lorimer-county-ks-so": re.compile(r"^(?P<id>\d{6}-\d{4}) \d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "harwell-me-pd": re.compile(r"^ +\d{4} (?P<id>HW-25-\d{4}) ", re.M),
    "quarry-falls-id-pd": re.compile(r"^Case No\.: (?:(?P<id>QF25-\d{4})|same \(cont'd\)) ", re.M),
    "ostrander-wv-pd": re.compile(r"^(?P<id>25-\d{6}) +\d\d/\d\d/25 \d{4} ", re.M),
}
TOTAL = {  # the document's own count of records
    "brackton-oh-pd": re.compile(r"Incidents this period: (\d+)"),
    "lorimer-county-ks-so": re.compile(r"Incidents: (\d+) "),
    "harwell-me-pd": re.compile(r"PERIOD TOTAL: (\d+) incidents"),
    "quarry-falls-id-pd": re.compile(r"\((\d+) cases, "),
    "ostrander-wv-pd": re.compile(r"Reports: (\d+) "),
}


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
        num = m.groupdict().get("id")
        out.append((num, text, m.start(), m))
    return out


def records(folder, t):
    recs, seen = [], set()
    for b in blocks(folder, t):
        if not b[0]:
            continue
        seen.add(b[0])
        recs.append(b[:3])
    return recs


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {num: (text, pos) for num, text, pos in reversed(recs)}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos = by_id[s["case_number"]]
        for key, val in s.items():
            ok = (all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
                  or implied(folder, key, val, t, pos))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems




def brackton_dittos(t, rows=False):
    """(rows with a ditto in Location, rows with a ditto in Ofc), by the column of the mark."""
    ofc = next(m for m in re.finditer(r"^Date +Time +Case No\. .*", t, re.M)).group(0).index(" Ofc ") + 1
    dl, do = [], []
    lines = re.findall(r"^(?:\d\d/\d\d/25)? +\d{4} 25-\d{5} .*", t, re.M)
    for i, line in enumerate(lines):
        for m in re.finditer(r' " ', line):
            (do if abs(m.start() + 1 - ofc) <= 3 else dl).append((i, line) if rows else line)
    return dl, do


def implied(folder, key, val, t, pos):
    """Is val the value the page implies for key at offset pos (a heading or the last printed value above)?"""
    before = t[:pos]
    if folder == "brackton-oh-pd":
        if key == "reported_at":
            date = re.findall(r"^(\d\d/\d\d/25) +\d{4} 25-", before, re.M)
            return bool(date) and date[-1] == val.split()[0] and t[pos:].split()[0] == val.split()[1]
        if key == "location":
            rows = re.findall(r"^(?:\d\d/\d\d/25)? +\d{4} 25-\d{5} .*", t[:pos + 200], re.M)
            dl = {i for i, _ in brackton_dittos(t[:pos + 200], rows=True)[0]}
            cn = re.search(r"25-\d{5}", t[pos:pos + 60]).group(0)
            own = rows.index(next(r for r in rows if f" {cn} " in r))
            if own not in dl:
                return False
            prev = [i for i in range(own) if i not in dl]
            return bool(prev) and f" {val} " in rows[prev[-1]]
    if folder == "harwell-me-pd":
        if key == "reported_at":
            d = re.findall(r"^DATE: (\d\d/\d\d/2025) ", before, re.M)
            return bool(d) and d[-1] == val.split()[0] and t[pos:].split()[0] == val.split()[1]
        if key == "beat":
            b = re.findall(r"^   BEAT (\d) - ", before, re.M)
            return bool(b) and b[-1] == val
    if folder == "quarry-falls-id-pd":
        blk = t[pos:pos + 400]
        if key == "reported_at":
            d = re.findall(r"Date: (\d\d/\d\d/2025)", before)
            own = re.search(r"Date: same +Time: (\d{4})", blk)
            return bool(d and own) and d[-1] == val.split()[0] and own.group(1) == val.split()[1]
        if key == "location":
            locs = [x for x in re.findall(r"Location: (.+)", before) if x.strip() != "do."]
            return bool(locs) and "Location: do." in blk.split("Nature:")[0] and locs[-1].strip() == val
    return False

def rel(e, kind):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] == kind}


def owner(recs, pos):
    """id of the record whose stretch holds offset pos (None before the first record)."""
    own = None
    for num, _, p in recs:
        if p > pos:
            break
        own = num
    return own


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, bad = e["case_numbers"], False
    if folder == "brackton-oh-pd":
        blank = re.findall(r"^ +\d{4} 25-\d{5} ", t, re.M)
        dloc, dofc = brackton_dittos(t)
        page_open = [re.search(r"^-{100}\n(.*)", p, re.M) for p in t.split("\f")]
        carried = [m for m in page_open[1:] if m and (re.match(r"^ +\d{4} 25-", m.group(1)) or '"' in m.group(1))]
        first = page_open[0].group(1) if page_open[0] else ""
        cits = {(owner(recs, m.start()), m.group(1)) for m in re.finditer(r"Cited (C25-\d{4})", t)}
        bad = (len(blank) < len(ids) // 2 or len(dloc) < 5 or len(dofc) < 10 or not carried
               or not re.match(r"^\d\d/\d\d/25", first) or '"' in first or cits != rel(e, "citation_number"))
    if folder == "lorimer-county-ks-so":
        cont = [m.start() for m in re.finditer(r"^ {20,}[A-Z0-9-]+ +\d\d:\d\d \d\d:\d\d \d\d:\d\d *$", t, re.M)]
        m = re.search(r"Unit responses: (\d+)", t)
        rpts = {(owner(recs, mm.start()), mm.group(1)) for mm in re.finditer(r"(SO25-\d{4})", t)}
        bad = (not m or int(m.group(1)) != len(cont) + len(recs) or len(cont) < 20
               or any(owner(recs, p) is None for p in cont) or rpts != rel(e, "report_number"))
    if folder == "harwell-me-pd":
        days = re.split(r"^DATE: ", t, flags=re.M)[1:]
        for dtext in days:
            rows = len(re.findall(r"^ +\d{4} HW-25-\d{4} ", dtext, re.M))
            subs = sum(int(x) for x in re.findall(r"Beat \d subtotal: (\d+)", dtext))
            tot = re.search(r"Day total: (\d+)", dtext)
            bad |= not tot or int(tot.group(1)) != rows or subs != rows
        empty = re.findall(r"\(nothing logged this beat\)", t)
        same = re.findall(r"^ +\d{4} HW-25-\d{4} .*\S {2,}same {2,}\S", t, re.M)
        arr = {(owner(recs, mm.start()), mm.group(1)) for mm in re.finditer(r"Arrest (HA25-\d{4})", t)}
        bad |= len(days) < 10 or len(empty) < 3 or len(same) < 10 or arr != rel(e, "arrest_number")
    if folder == "quarry-falls-id-pd":
        sup = [m.start() for m in re.finditer(r"^Case No\.: same \(cont'd\) ", t, re.M)]
        m = re.search(r"Entries: (\d+) \((\d+) cases, (\d+) supplements\)", t)
        same = re.findall(r"^Case No\.: QF25-\d{4} +Date: same ", t, re.M)
        do = re.findall(r"^Officer: .+Location: do\.\nNature:", t, re.M)
        prior = {(owner(recs, mm.start()), mm.group(1)) for mm in re.finditer(r"See prior case (QF24-\d{4})", t)}
        bad = (not m or int(m.group(3)) != len(sup) or int(m.group(1)) != len(sup) + len(ids) or len(sup) < 5
               or any(owner(recs, p) is None for p in sup) or len(same) < 5 or len(do) < 3
               or prior != rel(e, "prior_case") or len(sup) != t.count("Supplement: "))
    if folder == "ostrander-wv-pd":
        cont = [m.start() for m in re.finditer(r'^ +-"- +-"- +-"- +-"- +\S', t, re.M)]
        m = re.search(r"Offense lines: (\d+)", t)
        arr = {(owner(recs, mm.start()), mm.group(1)) for mm in re.finditer(r"(A-25-\d{4})", t)}
        bad = (not m or int(m.group(1)) != len(cont) + len(recs) or len(cont) < 15
               or any(owner(recs, p) is None for p in cont) or arr != rel(e, "arrest_number"))
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs138.py"), tmp], check=True)
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
