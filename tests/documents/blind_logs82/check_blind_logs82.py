"""Stand-alone check of the held-out set blind_logs82 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; ids are unique; every case number and related number is in the
`pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record-start pattern (which also finds the entries that are not records: Everly's routine entries)
gives exactly the listed ids in order; the document's own count equals record_count; every sample
value is printed inside its own record's stretch of text, its words in order (Everly's and
Greyhaven's dates come from the day heading or band above the entry); size < 200 KB; plus one check
of each layout's trap about ids that do not count up. With --regen, regenerating must give identical
files. `--dir DIR` checks a copy elsewhere (mutation runs).
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
B32 = "[0-9A-HJKMNP-TV-Z]"
GUID = r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"

# block-start patterns read off the text (not used by prr); a block whose id cannot be found is not a record
START = {
    "pellworth-mn-pd": re.compile(rf"^(?P<id>{B32}{{4}}-{B32}{{4}}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "wendover-county-id-so": re.compile(r"^(?P<id>\d{3}-\d{4}) +\d\d/\d\d/2025 +\d\d:\d\d +#\d{3} ", re.M),
    "kinloch-college-vt-dps": re.compile(r"^[A-Z][A-Z /-]+\n +CAD event: ", re.M),
    "everly-township-pa-pd": re.compile(r"^\d{4} +\S", re.M),
    "greyhaven-ky-ecc": re.compile(r"^ *\d{1,3} +\d\d:\d\d +.*? (?P<id>\d{9})$", re.M),
}
INSIDE = {  # where the id sits inside the block, for layouts whose start line does not carry it
    "kinloch-college-vt-dps": re.compile(rf"Incident ID: +(?P<id>{GUID})\n"),
    "everly-township-pa-pd": re.compile(r"Report\s+(?P<id>\d{7}-[\dX])\."),
}
TOTAL = {  # the document's own count of records
    "pellworth-mn-pd": re.compile(r"Total reports listed: (\d+)"),
    "wendover-county-id-so": re.compile(r"Reports written this period: (\d+) by"),
    "kinloch-college-vt-dps": re.compile(r"^(\d+) incidents shown$", re.M),
    "everly-township-pa-pd": re.compile(r"Reports taken: (\d+)\."),
    "greyhaven-ky-ecc": re.compile(r"Total calls: (\d+)"),
}
DAY_HEAD = {
    "everly-township-pa-pd": re.compile(r"^[A-Z][a-z]+day, (?P<m>[A-Z][a-z]+) (?P<d>\d{1,2}), (?P<y>2025)$", re.M),
    "greyhaven-ky-ecc": re.compile(r"^ *[A-Z]+DAY (?P<date>\d\d/\d\d/2025) +(?P<n>\d+) calls$", re.M),
}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


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
    """(id or None, text stretch, start offset) per block, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        text = t[m.start():end]
        if folder in INSIDE:
            found = INSIDE[folder].findall(text)
            num = found[0] if len(found) == 1 else None
        else:
            num = m.group("id")
        out.append((num, text, m.start()))
    return out


def records(folder, t):
    return [b for b in blocks(folder, t) if b[0]]


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def heading_date(folder, t, pos):
    """MM/DD/YYYY of the last day heading (or band) printed before offset pos."""
    heads = list(DAY_HEAD[folder].finditer(t, 0, pos))
    if not heads:
        return None
    g = heads[-1].groupdict()
    if "date" in g:
        return g["date"]
    return f"{MONTHS.index(g['m']) + 1:02d}/{int(g['d']):02d}/{g['y']}"


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {num: (text, pos) for num, text, pos in reversed(recs)}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos = by_id[s["case_number"]]
        for key, val in s.items():
            if folder in DAY_HEAD and key == "reported_at":
                date, _, time = val.partition(" ")
                tok = text.split()[0 if folder == "everly-township-pa-pd" else 1]
                ok = tok == time and heading_date(folder, t, pos) == date
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, kind):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] == kind}


def mod11_ok(num):
    base, chk = num.split("-")
    s = sum(int(d) * w for d, w in zip(base, range(8, 1, -1)))
    c = (11 - s % 11) % 11
    return chk == ("X" if c == 10 else str(c))


def luhn_ok(num):
    total = 0
    for i, d in enumerate(reversed(num)):
        v = int(d)
        if i % 2 == 1:
            v *= 2
            v -= 9 if v > 9 else 0
        total += v
    return total % 10 == 0


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about: ids that do not count up, and what stands beside them."""
    ids, bad = e["case_numbers"], False
    printed = [num for num, _, _ in recs]  # the ids as read off the text
    if folder == "pellworth-mn-pd":
        sees = {(num, s) for num, text, _ in recs for s in re.findall(rf"see ({B32}{{4}}-{B32}{{4}})", text)}
        line_start = re.findall(rf"^see {B32}{{4}}-", t, re.M)
        bad = (len(sees) < 5 or sees != rel(e, "earlier_report") or line_start or ids == sorted(ids)
               or any(s in ids for _, s in sees))
    if folder == "wendover-county-id-so":
        rows = [(num, re.match(r"\S+ +\S+ +\S+ +#(\d{3}) ", text)) for num, text, _ in recs]
        last, ser = {}, []
        for num, m in rows:
            b, s = num.split("-")
            ser.append(int(s))
            if not m or m.group(1) != b or int(s) <= last.get(b, -1):
                bad = True
            last[b] = int(s)
        k = re.search(r"by (\d+) deputies", t)
        bad = bad or not k or int(k.group(1)) != len(last) or ser == sorted(ser) or len(last) < 4
    if folder == "kinloch-college-vt-dps":
        cads, links = set(), set()
        for num, text, _ in recs:
            c = re.findall(rf"CAD event: +({GUID})\n", text)
            lk = re.findall(rf"Linked to: +({GUID})\n", text)
            if len(c) != 1 or len(re.findall(r"Incident ID:", text)) != 1:
                bad = True
            cads |= {(num, x) for x in c}
            links |= {(num, x) for x in lk}
        bad = (bad or cads != rel(e, "cad_event") or links != rel(e, "linked_incident") or len(links) < 3
               or len(re.findall(r"Incident ID:", t)) != len(ids))
    if folder == "everly-township-pa-pd":
        other = [b for b in blocks(folder, t) if not b[0]]
        m = re.search(r"Other activity entries: (\d+)\.", t)
        bad = (not m or int(m.group(1)) != len(other) or len(other) < 5 or not all(mod11_ok(x) for x in printed)
               or not any(x.endswith("X") for x in printed) or any(re.search(r"Report\s+\d", b[1]) for b in other))
    if folder == "greyhaven-ky-ecc":
        bands = list(DAY_HEAD[folder].finditer(t))
        for i, b in enumerate(bands):
            end = bands[i + 1].start() if i + 1 < len(bands) else len(t)
            lns = [int(text.split()[0]) for _, text, p in recs if b.start() < p < end]
            if lns != list(range(1, int(b.group("n")) + 1)):
                bad = True
        tot = re.search(r"Total calls: (\d+)", t)
        bad = (bad or len(bands) < 3 or not tot or sum(int(b.group("n")) for b in bands) != int(tot.group(1))
               or not all(luhn_ok(x) for x in printed) or ids == sorted(ids))
    return [f"{name}: {folder} id trap does not hold"] if bad else []


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
        if len(e["sample_records"]) != 3 or [s["case_number"] for s in e["sample_records"]] != [
                ids[0], ids[len(ids) // 2], ids[-1]]:
            problems.append(f"{pdf.name}: samples are not first/middle/last")
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs82.py"), tmp], check=True)
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
