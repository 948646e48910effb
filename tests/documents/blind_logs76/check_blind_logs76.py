"""Stand-alone check of the held-out set blind_logs76 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 500-1,500; size < 1 MB; every case number and related number is in the
`pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record-start pattern gives exactly the listed ids in order; the document's own count equals
record_count; every sample value is printed inside its own record's stretch of text, its words in
order (Wexcombe County's date comes from the day heading above the entry); plus one check of each
layout's trap. With --regen, regenerating must give identical files.
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
    "kessick-bay-ca-pd": re.compile(r"^(?P<id>KB2[45]-\d{5}) +\d\d/\d\d/\d\d \d\d:\d\d ", re.M),
    "orrin-falls-mn-pd": re.compile(r"^(?P<id>OF25-\d{6}) +\d\d/\d\d/2025 +\d{4} ", re.M),
    "thornbury-state-university-dps": re.compile(r"^Case: (?P<id>TSU-25-\d{4}) +Reported: ", re.M),
    # Wexcombe: on the flattened text (page headers removed), an entry runs from its time to its bracketed id
    "wexcombe-county-ky-so": re.compile(r"(?:entr(?:y|ies) |; )(?=\d{4} hrs )(?P<body>.*?)\[(?P<id>WC25-\d{5})\]"),
    "glenmora-nv-pd": re.compile(r"^(?P<id>\d{6}-\d{4}) \d{4} +B\d ", re.M),
}
TOTAL = {  # the document's own count of records
    "kessick-bay-ca-pd": re.compile(r"Fiscal year total: (\d+)"),
    "orrin-falls-mn-pd": re.compile(r"Total incidents: (\d+)"),
    "thornbury-state-university-dps": re.compile(r"Entries in this log +(\d+)"),
    "wexcombe-county-ky-so": re.compile(r"Entries in this digest: (\d+)"),
    "glenmora-nv-pd": re.compile(r"END OF LISTING +(\d+) INCIDENTS"),
}
WC_PAGE_HEAD = re.compile(r"^ *Wexcombe County Sheriff's Office - Daily Activity Digest, 2025 +p\. \d+ *$", re.M)
WC_DAY = re.compile(r"([A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, 2025) - (\d+) entr(?:y|ies)")


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def flat_wc(t):
    return re.sub(r"\s+", " ", WC_PAGE_HEAD.sub("", t.replace("\f", "\n")))


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
    if folder == "wexcombe-county-ky-so":
        f = flat_wc(t)
        return [(m.group("id"), m.group(0)[m.start("body") - m.start():], m.start("body"))
                for m in START[folder].finditer(f)]
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 400)
        out.append((m.group("id"), t[m.start():end], m.start()))
    return out


def norm(tok):
    return tok.strip('".,;:()#[]')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def heading_date(f, pos):
    heads = list(WC_DAY.finditer(f, 0, pos))
    if not heads:
        return None
    return datetime.datetime.strptime(heads[-1].group(1), "%A, %B %d, %Y").strftime("%m/%d/%Y")


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {num: (text, pos) for num, text, pos in reversed(recs)}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos = by_id[s["case_number"]]
        for key, val in s.items():
            if folder == "wexcombe-county-ky-so" and key == "reported_at":
                date, _, time = val.partition(" ")
                ok = text.split()[0] == time and heading_date(flat_wc(t), pos) == date
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, bad = e["case_numbers"], False
    found = [num for num, _, _ in recs]
    order = {num: i for i, num in enumerate(found)}
    if folder == "kessick-bay-ca-pd":
        # the series changes from KB24 to KB25 at January 1 and restarts at 00001; month totals add up
        k24 = [x for x in found if x.startswith("KB24")]
        k25 = [x for x in found if x.startswith("KB25")]
        dates = [re.search(r"(\d\d)/\d\d/(\d\d)", x).groups() for _, x, _ in recs]
        months = [int(x) for x in re.findall(r"Month total: (\d+)", t)]
        banners = [m.start() for m in re.finditer(r"^[A-Z]+ 20\d\d$", t, re.M)]
        per_month = [sum(1 for _, _, p in recs if a < p < b) for a, b in zip(banners, banners[1:] + [len(t)])]
        tot = re.search(r"Fiscal year total: (\d+)", t)
        bad = (found != k24 + k25 or not k24 or not k25 or k25[0] != "KB25-00001"
               or dates[len(k24) - 1] != ("12", "24") or dates[len(k24)] != ("01", "25")
               or any(int(a[-5:]) >= int(b[-5:]) for s in (k24, k25) for a, b in zip(s, s[1:]))
               or len(months) != 12 or months != per_month or not tot or sum(months) != int(tot.group(1)))
    if folder == "orrin-falls-mn-pd":
        # per-page 'Rows this page' counts the page's rows, running totals accumulate; assist numbers on their row
        pages = t.split("\f")
        counts = [len(START[folder].findall(p)) for p in pages if p.strip()]
        foot = [(int(a), int(b)) for a, b in re.findall(r"Rows this page: (\d+) +Running total: (\d+)", t)]
        run_ = 0
        for (n, tot), c in zip(foot, counts):
            run_ += c
            bad = bad or n != c or tot != run_
        assists = [(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] == "other_agency_case"]
        lines = {num: x.splitlines()[0] for num, x, _ in recs}
        bad = (bad or len(foot) != len(counts) or not foot or foot[-1][1] != len(ids) or len(assists) < 10
               or any(rec not in lines or num not in lines[rec] for rec, num in assists))
    if folder == "thornbury-state-university-dps":
        # class counts add up to the total; 'Related:' names a previous-year case; occurred range ends by reported
        tail = t[recs[-1][2]:]
        counts = [int(x) for x in re.findall(r"^ +[A-Z][A-Za-z -]+? {3,}(\d+)$", tail, re.M)]
        tot = re.search(r"Entries in this log +(\d+)", t)
        earlier = [(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] == "earlier_case"]
        fmt = "%m/%d/%Y %H:%M"
        ranges = [re.search(r"Reported: (\S+ \S+) +Occurred: (\S+ \S+) - (\S+ \S+)", x).groups() for _, x, _ in recs]
        bad = (not tot or len(counts) < 12 or sum(counts[:-1]) != int(tot.group(1)) or counts[-1] != int(tot.group(1))
               or len(earlier) < 10
               or any(rec not in order or not num.startswith("TSU-24-")
                      or f"Related: {num}" not in recs[order[rec]][1] for rec, num in earlier)
               or any(not (datetime.datetime.strptime(a, fmt) <= datetime.datetime.strptime(b, fmt)
                           <= datetime.datetime.strptime(rep, fmt)) for rep, a, b in ranges))
    if folder == "wexcombe-county-ky-so":
        # day-heading counts cover the entries up to the next heading; follow-ups name previous-year cases
        f = flat_wc(t)
        heads = list(WC_DAY.finditer(f))
        ends = [h.start() for h in heads[1:]] + [len(f)]
        per_day = [sum(1 for _, _, p in recs if h.end() < p < end) for h, end in zip(heads, ends)]
        follow = [(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] == "earlier_case"]
        bad = (per_day != [int(h.group(2)) for h in heads] or sum(per_day) != len(ids) or len(follow) < 10
               or any(rec not in order or not num.startswith("WC24-")
                      or f"Follow-up to {num}." not in recs[order[rec]][1] for rec, num in follow))
    if folder == "glenmora-nv-pd":
        # the id carries the date: valid dates, in order, serial rising within a day and restarting each day
        try:
            days = [datetime.datetime.strptime(x[:6], "%y%m%d").date() for x in found]
        except ValueError:
            return [f"{name}: {folder} trap does not hold (an id is not a date)"]
        serial = [int(x[-4:]) for x in found]
        restarts = sum(1 for i in range(1, len(found)) if days[i] != days[i - 1])
        bad = (days != sorted(days) or restarts < 300
               or any(days[i] == days[i - 1] and serial[i] <= serial[i - 1] for i in range(1, len(found)))
               or any(days[i] != days[i - 1] and serial[i] > 2 for i in range(1, len(found)))
               or "SEQUENCE RESTARTS EACH DAY" not in t)
    return [f"{name}: {folder} trap does not hold"] if bad else []


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
        if len(data) >= 1_000_000:
            problems.append(f"{pdf.name}: {len(data)} bytes")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 500 <= len(ids) <= 1500:
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs76.py"), tmp], check=True)
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
