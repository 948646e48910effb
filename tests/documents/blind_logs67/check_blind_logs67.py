"""Stand-alone check of the held-out set blind_logs67 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record-start pattern (which also finds the non-record blocks: struck voided rows, supplement
blocks) gives exactly the listed ids in order; the document's own count equals record_count;
every sample value is printed inside its own record's stretch of text, its words in order
(Halloran County's date comes from the day heading above the entry); size < 200 KB; plus one
check of each layout's correction trap. With --regen, regenerating must give identical files.
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

# block-start patterns read off the text (not used by prr); a match without group "id", or one that
# NONREC marks, starts a stretch that is not a record
START = {
    "ashgrove-junction-mo-pd": re.compile(r"^(?P<id>AJ25-\d{5}) +\d\d/\d\d/2025 +\d\d:\d\d .*$", re.M),
    "brennock-falls-nh-pd": re.compile(r"^(?:LATE)? +(?P<id>BFP-25-\d{4}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "corrin-valley-state-college-ia-dps": re.compile(
        r"^(?:(?P<id>CV-2025-\d{4}) +case number|Supplement SR-\d{4} to CV-2025-\d{4} +supplement)$", re.M),
    "halloran-county-or-so": re.compile(r"^\d{4} hrs\. ", re.M),
    "marlow-sound-wa-pd": re.compile(r"^\d\d/\d\d/2025 \d{4} .*? (?P<id>MS25-\d{5})$", re.M),
}
NONREC = {"ashgrove-junction-mo-pd": lambda line: "VOID - reissued as" in line}
HC_CASE = re.compile(r"Case\s+(?:(?P<old>HC25-\d{5})\s+)?(?P<id>HC25-\d{5})\.")
TOTAL = {  # the document's own count of records
    "ashgrove-junction-mo-pd": re.compile(r"Entries: (\d+) "),
    "brennock-falls-nh-pd": re.compile(r"Reports this period: (\d+) "),
    "corrin-valley-state-college-ia-dps": re.compile(r"(\d+) cases and \d+ supplements listed\."),
    "halloran-county-or-so": re.compile(r"Cases opened this period: (\d+)\."),
    "marlow-sound-wa-pd": re.compile(r"Incidents in this log, errata included: (\d+)"),
}
DAY_HEAD = re.compile(r"^[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, 2025$", re.M)


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
        if folder == "halloran-county-or-so":
            c = HC_CASE.search(text)
            num = c.group("id") if c else None
        else:
            num = m.groupdict().get("id")
        if num and NONREC.get(folder, lambda _: False)(m.group(0)):
            num = None
        out.append((num, text, m.start()))
    return out


def records(folder, t):
    return [b for b in blocks(folder, t) if b[0]]


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def heading_date(t, pos):
    """MM/DD/YYYY of the last day heading printed before offset pos."""
    heads = list(DAY_HEAD.finditer(t, 0, pos))
    if not heads:
        return None
    return datetime.datetime.strptime(heads[-1].group(0), "%A, %B %d, %Y").strftime("%m/%d/%Y")


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {num: (text, pos) for num, text, pos in reversed(recs)}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos = by_id[s["case_number"]]
        for key, val in s.items():
            if folder == "halloran-county-or-so" and key == "reported_at":
                date, _, time = val.partition(" ")
                ok = text.split()[0] == time and heading_date(t, pos) == date
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, kind):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] == kind}


def check_layout(folder, name, t, e, recs):
    """One check of the correction trap each layout is about."""
    ids, bad = e["case_numbers"], False
    order = {num: i for i, (num, _, _) in enumerate(recs)}
    if folder == "ashgrove-junction-mo-pd":
        voids = re.findall(r"^(AJ25-\d{5}) .*VOID - reissued as (AJ25-\d{5})$", t, re.M)
        m = re.search(r"Voided numbers: (\d+)", t)
        pos = {num: t.find(num + " ") for num, _ in voids}
        bad = (not m or int(m.group(1)) != len(voids) or len(voids) < 2
               or {(new, old) for old, new in voids} != rel(e, "voided_number")
               or any(new not in order or recs[order[new]][2] < pos[old]
                      or f"(reissue of {old})" not in re.sub(r"\s+", " ", recs[order[new]][1])
                      for old, new in voids))
    if folder == "brennock-falls-nh-pd":
        late = [i for i, (_, text, _) in enumerate(recs) if text.startswith("LATE")]
        m = re.search(r"late entries: (\d+)", t)
        stamp = [datetime.datetime.strptime(re.search(r"\d\d/\d\d/2025 \d\d:\d\d", x).group(0), "%m/%d/%Y %H:%M")
                 for _, x, _ in recs]
        nums = [int(num[-4:]) for num, _, _ in recs]
        bad = (not m or int(m.group(1)) != len(late) or len(late) < 5 or nums != sorted(nums)
               or any(stamp[i] >= stamp[i - 1] for i in late)
               or sum(1 for _, x, _ in recs if "Late entry - keyed" in x) != len(late))
    if folder == "corrin-valley-state-college-ia-dps":
        sups = re.findall(r"^Supplement (SR-\d{4}) to (CV-2025-\d{4}) +supplement$", t, re.M)
        m = re.search(r"\d+ cases and (\d+) supplements listed\.", t)
        spos = [mm.start() for mm in re.finditer(r"^Supplement SR-", t, re.M)]
        bad = (not m or int(m.group(1)) != len(sups) or len(sups) < 3
               or {(to, sr) for sr, to in sups} != rel(e, "supplement_report")
               or any(to not in order or recs[order[to]][2] > p for (_, to), p in zip(sups, spos)))
    if folder == "halloran-county-or-so":
        olds = [(c.group("id"), c.group("old")) for _, x, _ in recs
                for c in [HC_CASE.search(x)] if c.group("old")]
        m = re.search(r"Case numbers corrected: (\d+)\.", t)
        bad = (not m or int(m.group(1)) != len(olds) or len(olds) < 3 or set(olds) != rel(e, "superseded_case_number")
               or t.count("(no. corrected)") != len(olds)
               or any(sorted(o) != sorted(n) or sum(a != b for a, b in zip(o, n)) != 2 for n, o in olds))
    if folder == "marlow-sound-wa-pd":
        err = t.find("\nERRATA\n")
        fixes = re.findall(r"Incident No\. (MS25-\d{5}) \(\d\d/\d\d/2025\): \w+ should read", t)
        om = re.search(r"The following (\d+) incidents were omitted", t)
        after = [num for num, _, p in recs if p > err]
        weeks = [int(x) for x in re.findall(r"Week total (\d+) ", t)]
        above = re.search(r"Incidents on pages above: (\d+)", t)
        bad = (err < 0 or len(fixes) < 3 or any(f not in ids for f in fixes) or not om
               or int(om.group(1)) != len(after) or after != ids[-len(after):]
               or not above or sum(weeks) != int(above.group(1)) or int(above.group(1)) + len(after) != len(ids))
    return [f"{name}: {folder} correction trap does not hold"] if bad else []


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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs67.py"), tmp], check=True)
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
