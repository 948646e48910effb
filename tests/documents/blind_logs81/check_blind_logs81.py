"""Stand-alone check of the held-out set blind_logs81 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; ids are unique; every case number and related number is in the
`pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record-start pattern gives exactly the listed ids in order; the document's own count equals
record_count; every sample value is printed inside its own record's stretch of text, its words
in order; size < 200 KB; plus one check of each layout's trap. With --regen, regenerating must
give identical files. `--dir DIR` checks a copy elsewhere (mutation runs).
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
DATE = r"\d\d/\d\d/20\d\d"

# record-start patterns read off the text (not used by prr)
START = {
    "san-aurelio-ca-pd": re.compile(rf"^(?P<id>IA \d\d-\d{{4}}|OIS 20\d\d-\d\d|CI \d\d-\d{{3}}) +{DATE} ", re.M),
    "vallecito-ca-pd": re.compile(rf"^(?P<id>V\d\d-\d{{5}}) +{DATE} ", re.M),
    "portola-cove-ca-pd": re.compile(r"^Incident No\. +(?P<id>PC-UOF-\d\d-\d{3}) ", re.M),
    "santa-teodora-county-ca-so": re.compile(r"^On [A-Z][a-z]+ \d{1,2}, 20\d\d, a deputy ", re.M),
    "cabrillo-heights-ca-pd": re.compile(rf"^(?P<id>CH-(?:IA|OIS)-\d\d-\d{{4}}) +{DATE} ", re.M),
}
ST_ID = re.compile(r"opened\s+investigation\s+(IA\d\d-\d{3})\.")
TOTAL = {  # the document's own count of records
    "san-aurelio-ca-pd": re.compile(r"Records listed: (\d+) \("),
    "vallecito-ca-pd": re.compile(r"(\d+) incidents listed;"),
    "portola-cove-ca-pd": re.compile(r"Incidents in this report: (\d+) "),
    "santa-teodora-county-ca-so": re.compile(r"Total cases summarized: (\d+)"),
    "cabrillo-heights-ca-pd": re.compile(r"Cases on this log: (\d+) "),
}


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def count_in(num, text):
    return len(re.findall(rf"(?<![\w-]){re.escape(num)}(?![\w-])", re.sub(r"\s+", " ", text)))


def check_numbers(name, t, e):
    problems = []
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    for num in set(ids + related):
        want = ids.count(num) + related.count(num)
        have = count_in(num, t)
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
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        text = t[m.start():end]
        if folder == "santa-teodora-county-ca-so":
            c = ST_ID.search(text)
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


def check_samples(name, recs, e):
    problems = []
    by_id = {num: text for num, text, _ in reversed(recs)}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text = by_id[s["case_number"]]
        for key, val in s.items():
            ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def mdy(s):
    return datetime.datetime.strptime(s, "%m/%d/%Y").date()


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, bad = e["case_numbers"], False
    if folder == "san-aurelio-ca-pd":
        # three number series mixed in one column, in incident-date order; Penal Code cites in every category
        m = re.search(r"Records listed: \d+ \(IA (\d+), OIS (\d+), CI (\d+)\)", t)
        pre = [num.split()[0] for num, _, _ in recs]
        dates = [mdy(re.search(DATE, x).group(0)) for _, x, _ in recs]
        changes = sum(a != b for a, b in zip(pre, pre[1:]))
        da = {(r["record"]) for r in e["related_numbers"] if r["kind"] == "da_review"}
        bad = (not m or [int(m.group(i)) for i in (1, 2, 3)] != [pre.count(p) for p in ("IA", "OIS", "CI")]
               or min(pre.count(p) for p in ("IA", "OIS", "CI")) < 2 or changes < 8 or dates != sorted(dates)
               or any(not re.search(r"\(b\)\(1\)\([A-G]\)", x.split("\n")[0]) for _, x, _ in recs)
               or any(not d.startswith("OIS ") for d in da) or len(da) != pre.count("OIS"))
    if folder == "vallecito-ca-pd":
        # every id printed again in its own file names, never outside its record; file count adds up
        files = re.findall(r"\S\.(?:pdf|mp4|wav)$", t, re.M)
        m = re.search(r"incidents listed; (\d+) files released\.", t)
        bad = not m or int(m.group(1)) != len(files) or len(files) < 2 * len(ids)
        for num, x, _ in recs:
            own = len(re.findall(rf"{re.escape(num)} [^\n]*\.(?:pdf|mp4)$", x, re.M))
            names = [ln.split("  ")[-1].strip() for ln in x.split("\n")
                     if re.search(r"(Investigation Report|BWC|Notice of Discipline)[^\n]*\.(?:pdf|mp4)$", ln)]
            if own < 1 or count_in(num, x) != own + 1 or count_in(num, t) != own + 1 \
                    or len(names) != own or any(not nm.startswith(num + " ") for nm in names):
                bad = True
    if folder == "portola-cove-ca-pd":
        # Civilian i / Officer j lines repeat the same labels: persons, counted by the block's own counts
        tc = to = 0
        for _, x, _ in recs:
            m = re.search(r"^Civilians +(\d+) +Officers +(\d+)$", x, re.M)
            civ = re.findall(r"^ +Civilian (\d) +Age ", x, re.M)
            off = re.findall(r"^ +Officer (\d) +Badge #\d{4} ", x, re.M)
            if not m or [int(c) for c in civ] != list(range(1, int(m.group(1)) + 1)) \
                    or [int(o) for o in off] != list(range(1, int(m.group(2)) + 1)):
                bad = True
            tc += len(civ)
            to += len(off)
        m = re.search(r"Incidents in this report: \d+ +Civilians: (\d+) +Officers: (\d+)", t)
        bad = bad or not m or (int(m.group(1)), int(m.group(2))) != (tc, to) or tc <= len(ids)
    if folder == "santa-teodora-county-ca-so":
        # heading counts add up; ids not at the paragraph start; earlier cited cases are not records
        heads = list(re.finditer(r"^([A-Z ]+) - Penal Code § 832\.7\(b\)\(1\)\([A-G]\) - (\d+) cases$", t, re.M))
        bounds = [h.start() for h in heads] + [len(t)]
        got = [sum(1 for _, _, p in recs if bounds[i] < p < bounds[i + 1]) for i in range(len(heads))]
        cites = [r for r in e["related_numbers"] if r["kind"] == "earlier_case"]
        by_id = {num: x for num, x, _ in recs}
        bad = (len(heads) < 4 or got != [int(h.group(2)) for h in heads] or sum(got) != len(ids)
               or len(cites) < 3 or any(r["number"] in ids or r["number"] not in re.sub(r"\s+", " ", by_id[r["record"]])
                                        or "which was not sustained" not in re.sub(r"\s+", " ", by_id[r["record"]])
                                        for r in cites)
               or any(x.split("\n")[0].find(num) >= 0 for num, x, _ in recs))
    if folder == "cabrillo-heights-ca-pd":
        # dated history lines under each case: not records; re-notices 180 days apart; status counts add up
        as_of = datetime.date(2024, 12, 31)
        st = {"Released": 0, "Released in part": 0, "Delayed": 0}
        nhist = 0
        for _num, x, _ in recs:
            first = x.split("\n")[0]
            status = re.search(r" (Released in part|Released|Delayed) +\d\d/", first)
            hist = [(mdy(d), a) for d, a in re.findall(
                rf"(?:^| )({DATE}) +(Delayed - |180-day re-notice|Released)", x, re.M)]
            nhist += len(hist)
            if not status or not hist:
                bad = True
                continue
            st[status.group(1)] += 1
            days = [d for d, _ in hist]
            renot = [(a, b) for (a, _), (b, k) in zip(hist, hist[1:]) if k == "180-day re-notice"]
            if days != sorted(days) or any((b - a).days != 180 for a, b in renot) or days[-1] > as_of:
                bad = True
            if status.group(1) == "Delayed" and (hist[-1][1] == "Released" or (as_of - days[-1]).days >= 180):
                bad = True
            if status.group(1) != "Delayed" and hist[-1][1] != "Released":
                bad = True
        m = re.search(r"Cases on this log: \d+ +Released: (\d+) +Released in part: (\d+) +Delayed: (\d+)", t)
        bad = (bad or not m or [int(m.group(i)) for i in (1, 2, 3)] != list(st.values())
               or nhist < len(ids) + 20 or min(st.values()) < 3)
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
        if "[invented]" not in e["agency"] or len(e["sample_records"]) != 3:
            problems.append(f"{pdf.name}: agency not marked [invented] or not three samples")
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
        if recs and all(recs_id for recs_id, _, _ in recs):
            problems += check_layout(folder.name, pdf.name, t, e, recs)
        else:
            problems.append(f"{pdf.name}: a record stretch without an id")
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs81.py"), tmp], check=True)
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
