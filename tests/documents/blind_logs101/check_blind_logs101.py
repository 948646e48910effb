"""Stand-alone check of the held-out set blind_logs101 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; size < 200 KB; record_count equals
len(case_numbers), is 40-150 and no id is listed twice; every case number and related number is in the
`pdftotext -layout` text at least as often as listed, no number is both, and each related number is printed
inside its own record; a layout-specific record-start pattern (which also finds the stretches that are not
records: week bands, the year-end summary page, routine and "Further to" entries) gives exactly the listed ids
in order; the document's own count equals record_count; every sample value is printed inside its own
record's stretch, its words in order (Ostrander Falls' date comes from the day heading above the entry);
plus one check of each layout's year-turn trap. With --regen, regenerating must give identical files.
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

# block starts read off the text (not used by prr); a match without an "id" starts a stretch that is not a record
START = {
    "harwick-bay-me-pd": re.compile(r"^(?P<id>HB-\d\d-\d{5}) +\d\d/\d\d \d\d:\d\d ", re.M),
    "quillon-county-wv-so": re.compile(r"^(?P<id>QC\d\d-\d{5}) +\d\d-\d\d \d{4} +\d\d-\d\d \d{4} ", re.M),
    "marrowgate-university-dps": re.compile(
        r"^(?:Report No\.: +(?P<id>MU-\d{4}-\d{4}) +Reported: |\d{4} YEAR-END SUMMARY$)", re.M),
    "ostrander-falls-vt-pd": re.compile(r"^(?:\d{4} +\S|[A-Z]+DAY, [A-Z]+ \d{1,2}$)", re.M),
    "kestle-valley-co-pd": re.compile(
        r"^(?:(?P<id>KV\d\d-\d{5}) +(?:MON|TUE|WED|THU|FRI|SAT|SUN) +\d\d-[A-Z]{3} +\d{4} |WEEK \d\d +MON"
        r"| +WEEK \d\d TOTAL)", re.M),
}
OF_LOG = re.compile(r"Log\s+No\.\s+(?P<id>\d\d-\d{4})\.")
TOTAL = {  # the document's own count of records
    "harwick-bay-me-pd": re.compile(r"Incidents listed: (\d+)"),
    "quillon-county-wv-so": re.compile(r"Total entries: (\d+) "),
    "marrowgate-university-dps": re.compile(r"Reports in this log: (\d+)"),
    "ostrander-falls-vt-pd": re.compile(r"Log numbers issued this period: (\d+)"),
    "kestle-valley-co-pd": re.compile(r"TOTAL CALLS: (\d+)"),
}
OF_FURNITURE = re.compile(r"^ +Page \d+ of \d+$|^\f?Ostrander Falls Police Department \[invented\]$"
                          r"|^Shift Narrative Log, .*$", re.M)  # page header and footer lines
OF_HEAD = re.compile(r"^[A-Z]+DAY, [A-Z]+ \d{1,2}$", re.M)


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def flat(s):
    return re.sub(r"\s+", " ", s)


def printed(num, s):
    return len(re.findall(rf"(?<![\w-]){re.escape(num)}(?![\w-])", flat(s)))


def check_numbers(name, t, e):
    problems = []
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    for num in set(ids + related):
        want = ids.count(num) + related.count(num)
        have = printed(num, t)
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
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 600)
        text = t[m.start():end]
        if folder == "ostrander-falls-vt-pd":
            c = OF_LOG.search(OF_FURNITURE.sub("", text))
            num = c.group("id") if c else None
        else:
            num = m.groupdict().get("id")
        out.append((num, text, m.start()))
    return out


def records(folder, t):
    return [b for b in blocks(folder, t) if b[0]]


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def heading(t, pos):
    heads = list(OF_HEAD.finditer(t, 0, pos))
    return heads[-1].group(0) if heads else None


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {num: (text, pos) for num, text, pos in reversed(recs)}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos = by_id[s["case_number"]]
        for key, val in s.items():
            if folder == "ostrander-falls-vt-pd" and key == "reported_at":
                date, _, time = val.rpartition(" ")
                ok = text.split()[0] == time and heading(t, pos) == date.upper()
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    by_all = {num: text for num, text, _ in recs}
    for r in e["related_numbers"]:
        if r["record"] in by_all and not printed(r["number"], by_all[r["record"]]):
            problems.append(f"{name}: related {r['number']} not printed in record {r['record']}")
    return problems


def yy(num):
    return int(re.search(r"(\d{2,4})-\d+$", num.replace("QC", "QC-").replace("KV", "KV-")).group(1)) % 100


def serial(num):
    return int(num.rsplit("-", 1)[1])


def year_split(ids):
    """Index of the first id of the later year, and the two years; None if ids are not two years."""
    years = sorted({yy(x) for x in ids})
    if len(years) != 2 or years[1] != years[0] + 1:
        return None, None, None
    return next(i for i, x in enumerate(ids) if yy(x) == years[1]), years[0], years[1]


def check_layout(folder, name, t, e, recs):
    """One check of the year-turn trap each layout is about; returns a list of problems."""
    ids = [num for num, _, _ in recs]
    first, old, new = year_split(ids)
    if first is None:
        return [f"{name}: ids do not span two consecutive years"]
    bad = []
    if folder == "harwick-bay-me-pd":
        dates = [re.match(r"\S+ +(\d\d)/\d\d ", x).group(1) for _, x, _ in recs]
        serials = [serial(x) for x in ids]
        if any(yy(x) != old for x in ids[:first]) or any(yy(x) != new for x in ids[first:]):
            bad.append("year parts not one block each")
        if serials != sorted(set(serials)) or serials[first] < serials[first - 1]:
            bad.append("serial restarts or falls")
        if any(d != "12" for d in dates[:first]) or any(d != "01" for d in dates[first:]):
            bad.append("a row's month does not match its id's year part")
        if re.search(r"^HB-\S+ +\d\d/\d\d/\d{2,4}", t, re.M):
            bad.append("a date printed with a year")
    if folder == "quillon-county-wv-so":
        rows = [re.match(r"\S+ +(\d\d)-(\d\d) (\d{4}) +(\d\d)-(\d\d) (\d{4}) ", x).groups() for _, x, _ in recs]
        key = [((0 if r[0] == "12" else 1), r[0], r[1], r[2]) for r in rows]
        late = [i for i in range(first, len(ids)) if yy(ids[i]) == old]
        top = max(serial(x) for x in ids[:first])
        m = re.search(r"Total entries: (\d+) \(old-year series: (\d+), new-year series: (\d+)\)", t)
        if key != sorted(key):
            bad.append("not sorted by date entered")
        if len(late) < 3 or any(rows[i][3] != "12" or serial(ids[i]) <= top for i in late):
            bad.append("late old-year entries wrong")
        if [serial(x) for x in ids if yy(x) == new] != list(range(1, len(ids) - first - len(late) + 1)):
            bad.append("new-year series does not restart at 00001")
        if any(rows[i][3] != "01" for i in range(first, len(ids)) if i not in late):
            bad.append("a new-year case occurred in December")
        if not m or int(m.group(2)) != first + len(late) or int(m.group(3)) != len(ids) - first - len(late):
            bad.append("series counts differ")
    if folder == "marrowgate-university-dps":
        summ = list(re.finditer(r"^(\d{4}) YEAR-END SUMMARY$", t, re.M))
        pos = [p for _, _, p in recs]
        last = ids[first - 1]
        m = re.search(r"Reports filed in (\d{4}): (\d+) \(MU-\d{4}-0001 through (MU-\d{4}-\d{4})\)", t)
        openl = re.findall(r"^ +(MU-\d{4}-\d{4})$", t, re.M)
        dec = re.search(r"Log entries dated December in this log: (\d+)", t)
        if len(summ) != 1 or not pos[first - 1] < summ[0].start() < pos[first]:
            bad.append("summary page not between December and January")
        if not m or m.group(3) != last or int(m.group(2)) != serial(last) or int(m.group(1)) % 100 != old:
            bad.append("summary's last number wrong")
        if (len(openl) != 6 or sum(x not in ids for x in openl) < 2
                or any(x not in ids[:first] and serial(x) >= serial(ids[0]) for x in openl)):
            bad.append("open list wrong")
        if not dec or int(dec.group(1)) != first or any("Dec " not in x.split("\n")[0] for _, x, _ in recs[:first]):
            bad.append("December count wrong")
        if serial(ids[first]) != 1:
            bad.append("new year does not restart at 0001")
    if folder == "ostrander-falls-vt-pd":
        allb = blocks(folder, t)
        mid = re.search(r"^0000 +Midnight\. Happy New Year\. Log numbering restarts at (\d\d-0001) for 20(\d\d)\.$",
                        t, re.M)
        fur = [(re.search(r"Further to (\d\d-\d{4}):", x), p) for n, x, p in allb if not n and "Further to" in x]
        routine = [x for n, x, _ in allb if not n and re.match(r"\d{4} ", x)]
        pos = {n: p for n, _, p in recs}
        if not mid or mid.group(1) != ids[first] or int(mid.group(2)) != new or not mid.start() < pos[ids[first]]:
            bad.append("midnight restart line wrong")
        if [serial(x) for x in ids[first:]] != list(range(1, len(ids) - first + 1)):
            bad.append("new-year numbering does not restart at 0001")
        if len(fur) < 2 or any(not f or f.group(1) not in ids[:first] or p < pos[ids[first]] for f, p in fur):
            bad.append("Further-to entries wrong")
        if len(routine) < len(OF_HEAD.findall(t)) + 1:
            bad.append("routine entries missing")
    if folder == "kestle-valley-co-pd":
        bands = [(m.start(), int(m.group(1))) for m in re.finditer(r"^WEEK (\d\d) +MON", t, re.M)]
        tots = [(int(a), int(b)) for a, b in re.findall(r"^ +WEEK (\d\d) TOTAL: (\d+) CALLS$", t, re.M)]
        wk = [[w for p0, w in bands if p0 < p][-1] for _, _, p in recs]
        big = max(w for _, w in bands)
        if [w for _, w in bands] != [w for w, _ in tots] or [c for _, c in tots] != [wk.count(w) for w, _ in tots]:
            bad.append("week totals wrong")
        if any((yy(x) == old) != (w == big) for x, w in zip(ids, wk)):
            bad.append("id year part does not follow the week-year")
        if not any("-DEC " in x and yy(n) == new for n, x, _ in recs):
            bad.append("no December call with a new-year id")
        if [serial(x) for x in ids[first:]] != list(range(1, len(ids) - first + 1)):
            bad.append("new week-year series does not restart at 00001")
    return [f"{name}: {folder} trap: {b}" for b in bad]


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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs101.py"), tmp], check=True)
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
