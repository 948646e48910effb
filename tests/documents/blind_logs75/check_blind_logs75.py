"""Stand-alone check of the held-out set blind_logs75 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record-start pattern gives exactly the listed ids in order (Cedar Crane's three shift columns are
read column by column from cropped `pdftotext -layout` text); the document's own count equals
record_count; every sample value is printed inside its own record's stretch of text, its words in
order (Sunhawk's date comes from the gaming-day band above the row); size < 200 KB; plus one check
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

# record-start patterns read off the text (not used by prr)
START = {
    "red-willow-nation-az-tribal-pd": re.compile(r"^(?P<id>RWN25-\d{6}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "sunhawk-casino-resort-ok-security": re.compile(r"^\d\d:\d\d +(?P<id>SH-\d{6}-\d{3}) ", re.M),
    "nokomis-bay-mi-tribal-gaming-agency": re.compile(r"^Incident No\. (?P<id>25-\d{4}) +Reported ", re.M),
    "kinnick-lake-band-wi-tribal-police": re.compile(r"^\f?\u2022 \d\d/\d\d, \d\d:\d\d - ", re.M),
    "cedar-crane-resort-ca-public-safety": re.compile(r"^\d\d/\d\d \d{4} +(?P<id>CCR25-\d{5})$", re.M),
}
KL_ID = re.compile(r"Report\s+(KL25-\d{4})\.")
TOTAL = {  # the document's own count of records
    "red-willow-nation-az-tribal-pd": re.compile(r"Total incidents this log: (\d+)"),
    "sunhawk-casino-resort-ok-security": re.compile(r"Total reports, all gaming days: (\d+)"),
    "nokomis-bay-mi-tribal-gaming-agency": re.compile(r"Incidents summarized: (\d+)"),
    "kinnick-lake-band-wi-tribal-police": re.compile(r"Reports written +(\d+)"),
    "cedar-crane-resort-ca-public-safety": re.compile(r"Reports this period: (\d+)"),
}
BAND = re.compile(r"^\f?GAMING DAY ([A-Z]+DAY, [A-Z]+ \d{1,2}, 2025) +\(06:00 - 05:59\)$", re.M)
CC_COLS = [34, 280, 526]  # left edges (points) of the three shift columns


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def column_text(pdf, pages):
    """Cedar Crane: each page's three shift columns cropped one by one, in reading order."""
    parts = []
    for p in range(1, pages + 1):
        for x in CC_COLS:
            parts.append(run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), "-x", str(x), "-y", "76",
                              "-W", "240", "-H", "470", str(pdf), "-"]))
    return "\n".join(re.sub(r"^ +", "", part, flags=re.M) for part in parts)


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


def records(folder, t):
    """(id, text stretch, start offset) per record, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 700)
        text = t[m.start():end]
        if folder == "kinnick-lake-band-wi-tribal-police":
            c = KL_ID.search(text)
            num = c.group(1) if c else None
        else:
            num = m.group("id")
        out.append((num, text, m.start()))
    return out


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def band_date(t, pos):
    heads = list(BAND.finditer(t, 0, pos))
    if not heads:
        return None
    return datetime.datetime.strptime(heads[-1].group(1).title(), "%A, %B %d, %Y").date()


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {num: (text, pos) for num, text, pos in reversed(recs)}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos = by_id[s["case_number"]]
        for key, val in s.items():
            if folder == "sunhawk-casino-resort-ok-security" and key in ("reported_at", "calendar_date"):
                gd, time = band_date(t, pos), text.split()[0]
                if gd is None:
                    ok = False
                elif key == "reported_at":
                    ok = val == f"{gd:%m/%d/%Y} {time}"
                else:
                    cal = gd + datetime.timedelta(days=1) if time < "06:00" else gd
                    ok = val == f"{cal:%m/%d/%Y}"
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, kind):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] == kind}


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about (t: full `pdftotext -layout` text)."""
    ids, bad = e["case_numbers"], False
    if folder == "red-willow-nation-az-tribal-pd":
        # every record's second line starts with its CAD number, and those are the cad_number pairs
        cads = []
        for num, text, _ in recs:
            lines = text.split("\n")
            m = re.match(r"(CAD \d{4}-\d{4})(?: |$)", lines[1]) if len(lines) > 1 else None
            cads.append((num, m.group(1) if m else None))
        bad = (any(c is None for _, c in cads) or set(cads) != rel(e, "cad_number")
               or len({c for _, c in cads}) != len(cads) or len(re.findall(r"^CAD \d{4}-\d{4}", t, re.M)) != len(ids))
    if folder == "sunhawk-casino-resort-ok-security":
        # band counts add up; every row's id carries its band's gaming day; after-midnight rows exist and
        # stay under the earlier band with times running on past 23:59
        counts = [int(x) for x in re.findall(r"Reports this gaming day: (\d+)", t)]
        total = TOTAL[folder].search(t)
        late, prev = 0, {}
        for num, text, pos in recs:
            gd, time = band_date(t, pos), text.split()[0]
            mins = int(time[:2]) * 60 + int(time[3:]) + (1440 if time < "06:00" else 0)
            if gd is None or num[3:9] != f"{gd:%y%m%d}" or mins < prev.get(gd, -1):
                bad = True
            prev[gd] = mins
            late += time < "06:00"
        bad = bad or not total or sum(counts) != int(total.group(1)) or len(counts) != len(BAND.findall(t)) or late < 3
    if folder == "nokomis-bay-mi-tribal-gaming-agency":
        # 'Related:' cites numbers of the same series that are not records of this log
        cited = []
        for num, text, _ in recs:
            cited += [(num, x) for x in re.findall(r"^Related: (25-\d{4}) \(September 2025", text, re.M)]
        bad = (len(cited) < 3 or set(cited) != rel(e, "earlier_incident") or any(x in ids for _, x in cited)
               or len(re.findall(r"^Related: ", t, re.M)) != len(cited))
    if folder == "kinnick-lake-band-wi-tribal-police":
        # section counts add up to 'Reports written'; bullets per section match; time order inside sections,
        # not overall
        heads = list(re.finditer(r"^\f?([A-Z][A-Za-z /]+) \((\d+)\)$", t, re.M))
        total = TOTAL[folder].search(t)
        nums = [int(num[-4:]) for num, _, _ in recs]
        for i, h in enumerate(heads):
            end = heads[i + 1].start() if i + 1 < len(heads) else len(t)
            inside = [(x, pos) for x, _, pos in recs if h.start() < pos < end]
            stamps = [re.match(r"\f?\u2022 (\d\d/\d\d, \d\d:\d\d)", t[pos:]).group(1) for _, pos in inside]
            if len(inside) != int(h.group(2)) or stamps != sorted(stamps):
                bad = True
        bad = (bad or not total or sum(int(h.group(2)) for h in heads) != int(total.group(1)) or len(heads) < 4
               or nums == sorted(nums))
    if folder == "cedar-crane-resort-ca-public-safety":
        # the full-page text interleaves columns; shift totals add up per page and overall; next-day dates
        # appear only on grave-shift entries
        shared = [line for line in t.split("\n") if len(re.findall(r"CCR25-\d{5}", line)) >= 2]
        pages = t.split("\f")[:-1]
        day_tot = []
        for pg in pages:
            shifts = [int(x) for x in re.findall(r"Shift total: (\d+)", pg)]
            m = re.search(r"24-hour total: (\d+)", pg)
            if len(shifts) != 3 or not m or sum(shifts) != int(m.group(1)):
                bad = True
            day_tot.append(int(m.group(1)) if m else -1)
            head = re.search(r"24-Hour Report for \w+, (\w+ \d{1,2}, 2025)", pg)
            day = datetime.datetime.strptime(head.group(1), "%B %d, %Y") if head else None
            grave = next((line.find("GRAVE SHIFT") for line in pg.split("\n") if "GRAVE SHIFT" in line), -1)
            nextday = 0
            for line in pg.split("\n"):
                for mm in re.finditer(r"(\d\d/\d\d) (\d{4}) +CCR25-\d{5}", line):
                    if day and mm.group(1) != f"{day:%m/%d}":
                        nextday += 1
                        if mm.start() < grave - 2 or mm.group(2) >= "0700":
                            bad = True  # a next-day date outside the grave column's after-midnight part
            bad = bad or grave < 0 or not day
        total = TOTAL[folder].search(t)
        bad = bad or len(shared) < 5 or not total or sum(day_tot) != int(total.group(1))
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
        rt = column_text(pdf, pages) if folder.name == "cedar-crane-resort-ca-public-safety" else t
        recs = records(folder.name, rt)
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(folder.name, pdf.name, rt, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, t, e, recs)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs75.py"), tmp], check=True)
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
