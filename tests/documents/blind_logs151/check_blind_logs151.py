"""Stand-alone check of the held-out set blind_logs151 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150 with no duplicate id; every id and related number is in the
`pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
stretch-start pattern (which also finds the non-record stretches: day headings, meter-patrol lines,
day totals, the held-vehicle list, closing lines) gives exactly the listed ids in order; the
document's own count equals record_count; every sample value is printed inside its own record's
stretch of text, its words in order; size < 200 KB; plus one check of each layout's trap.
With --regen, regenerating must give identical files. `--dir DIR` checks a copy elsewhere.
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# stretch-start patterns read off the text (not used by prr); a match with group "rec" starts a record
# stretch whose id is group "id" or, where the id is printed later, the IDIN match inside the stretch
START = {
    "harrowgate-nv-pd": re.compile(
        r"^ *(?:(?P<rec>(?P<id>25-0\d{5}) +\d\d/\d\d/2025 \d\d:\d\d )|Total cases:)", re.M),
    "kestrel-falls-wa-pd": re.compile(r"^ *(?:(?P<rec>TOW RECORD TR-25-0\d{4})$|\d+ tows on \d+ cases)", re.M),
    "pellston-hollow-mi-pd": re.compile(
        r"^ *(?:(?P<rec>Reported [A-Z][a-z]{2} \d+ at \d\d:\d\d:)|[A-Z][a-z]+day, [A-Z][a-z]+ \d+, 2025$"
        r"|Meter patrol:|End of summary)", re.M),
    "tamsett-county-id-so": re.compile(r"^ *(?P<rec>(?P<n>\d+)\. +Case (?P<id>25-S-0\d{4}) \u2014 )", re.M),
    "ravensby-ks-pd": re.compile(
        r"^ *(?:(?P<rec>(?P<id>2025-RCP-00\d{4}) +\d\d/\d\d \d\d:\d\d )|(?P<day>[A-Z]{3} \d\d/\d\d/2025)$"
        r"|Day total:|Vehicles held at impound|Period total:)", re.M),
}
IDIN = {
    "kestrel-falls-wa-pd": re.compile(r"^ *Case No\.: (25-KF-0\d{4})$", re.M),
    "pellston-hollow-mi-pd": re.compile(r"Case\s+(PH25-00\d{3})\.(?=\s)"),
}
TOTAL = {  # the document's own count of records
    "harrowgate-nv-pd": re.compile(r"Total cases: (\d+) "),
    "kestrel-falls-wa-pd": re.compile(r"\d+ tows on (\d+) cases\."),
    "pellston-hollow-mi-pd": re.compile(r"End of summary \u2014 (\d+) cases\."),
    "tamsett-county-id-so": re.compile(r"This summary lists (\d+) collision and traffic cases\."),
    "ravensby-ks-pd": re.compile(r"Period total: (\d+) cases"),
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
        have = len(re.findall(rf"(?<![\w.-]){re.escape(num)}(?![\w-]|\.\d)", flat))
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
        num = None
        if m.group("rec"):
            if folder in IDIN:
                found = IDIN[folder].findall(text)
                num = found[0] if len(found) == 1 else "?"
            else:
                num = m.group("id")
        out.append((num, text, m.start(), m))
    return out


def records(folder, t):
    """Record stretches; Kestrel Falls' consecutive blocks of one case are one record."""
    out = []
    for num, text, start, _ in blocks(folder, t):
        if not num:
            continue
        if folder == "kestrel-falls-wa-pd" and out and out[-1][0] == num:
            out[-1] = (num, out[-1][1] + text, out[-1][2])
            continue
        out.append((num, text, start))
    return out


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


def rel(e, kind=None):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if kind in (None, r["kind"])}


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, bad = e["case_numbers"], [num for num, _, _ in recs] != e["case_numbers"]
    if folder == "harrowgate-nv-pd":
        pairs, cur, cont = set(), None, 0
        for line in t.splitlines():
            m = re.match(r"^ *(25-0\d{5}) +\d\d/\d\d/2025 \d\d:\d\d .*?(?:(CIT \d{8}|TOW 25-T\d{4}) +)?\S", line)
            if m:
                cur = m.group(1)
                pairs |= {(cur, x) for x in re.findall(r"CIT \d{8}|TOW 25-T\d{4}", line)}
                bad |= len(re.findall(r"CIT \d{8}|TOW 25-T\d{4}", line)) > 1
                continue
            c = re.fullmatch(r" {40,}(CIT \d{8}|TOW 25-T\d{4}) *", line)
            if c:
                cont += 1
                bad |= cur is None
                pairs.add((cur, c.group(1)))
        tot = re.search(r"Total cases: (\d+) +Citations: (\d+) +Tows: (\d+)", t)
        bad |= (pairs != rel(e) or cont < 3 or tot is None
                or int(tot.group(2)) != len(rel(e, "citation")) or int(tot.group(3)) != len(rel(e, "tow")))
    if folder == "kestrel-falls-wa-pd":
        bl = [b for b in blocks(folder, t) if b[0]]
        pairs, doubled = set(), 0
        for k, (num, text, _, m) in enumerate(bl):
            bad |= num == "?" or len(re.findall(r"^ *Release: ", text, re.M)) != 1
            pairs.add((num, m.group("rec").split()[-1]))
            if k and bl[k - 1][0] == num:
                doubled += 1
                same = [re.search(rf"^ *{lab}: (.*)$", x, re.M).group(1) for x in (text, bl[k - 1][1])
                        for lab in ("Received", "Reason", "Location", "Release")]
                bad |= same[:4] != same[4:]
        tot = re.search(r"(\d+) tows on (\d+) cases\.", t)
        bad |= (pairs != rel(e, "tow_record") or doubled < 3 or tot is None or int(tot.group(1)) != len(bl)
                or any(x in ids for _, x in pairs))
    if folder == "pellston-hollow-mi-pd":
        meters, pairs = 0, set()
        for num, text, _, m in blocks(folder, t):
            flat = re.sub(r"\s+", " ", text)
            if num:
                bad |= len(re.findall(r"Case PH25-", flat)) != 1
                got = {(num, x) for x in re.findall(r"Citation (P-00\d{6}) issued", flat)}
                got |= {(num, x) for x in re.findall(r"tow (25-\d{4})\.", flat)}
                pairs |= got
            elif m.group(0).strip().startswith("Meter patrol"):
                meters += 1
                mm = re.match(r"Meter patrol: (\d+) citations issued, P-0(\d{7}) through P-0(\d{7}); no case "
                              r"numbers assigned\.", flat.strip())
                bad |= (mm is None or int(mm.group(3)) - int(mm.group(2)) + 1 != int(mm.group(1))
                        or "Case" in flat)
        bad |= meters < 3 or pairs != rel(e) or not all(x.startswith("P-00") or x.startswith("25-") for _, x in rel(e))
    if folder == "tamsett-county-id-so":
        bl = blocks(folder, t)
        nums = [int(m.group("n")) for _, _, _, m in bl]
        conts = 0
        for num, text, _, m in bl:
            for k, x in re.findall(r"^\((\d+)\. Case (25-S-0\d{4}) continued\)$", text, re.M):
                conts += 1
                bad |= int(k) != int(m.group("n")) or x != num
        bad |= (nums != list(range(1, len(ids) + 1)) or conts < 2
                or conts != len(re.findall(r"continued\)", t)) or any(x in ids for _, x in rel(e)))
    if folder == "ravensby-ks-pd":
        cur, held = None, set()
        bl = blocks(folder, t)
        for k, (num, text, _, m) in enumerate(bl):  # noqa: B007
            if m.group("day"):
                cur = []
            elif num:
                cur.append((num, text))
            elif m.group(0).strip().startswith("Day total"):
                mm = re.match(r" *Day total: (\d+) cases, (\d+) citations, (\d+) tows", text)
                nc = sum(len(re.findall(r"\bE\d{7}\b", x)) for _, x in cur)
                nt = sum(len(re.findall(r"\bIMP-0\d{3}\b", x)) for _, x in cur)
                bad |= mm is None or [int(g) for g in mm.groups()] != [len(cur), nc, nt]
            elif m.group(0).strip().startswith("Vehicles held"):
                held = set(re.findall(r"^ *(2025-RCP-00\d{4}) +(IMP-0\d{3}) +held since", text, re.M))
        bad |= len(held) < 3 or not held <= rel(e, "tow") or not {h for h, _ in held} <= set(ids)
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
        if pages != e["pages"] or not 1 <= pages <= 10:
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs151.py"), tmp], check=True)
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
