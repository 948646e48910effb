"""Stand-alone check of the held-out set blind_logs159 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150 with no duplicate id; every id and related number is in the
`pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
stretch-start pattern (which also finds the non-record stretches: the other activities of the day,
day headings, table headers, closing lines) gives exactly the listed ids in order; the document's
own incident count equals record_count; every sample value is printed inside its own record's
stretch of text, its words in order; size < 200 KB; plus one check of each layout's trap. With
--regen, regenerating must give identical files. `--dir DIR` checks a copy elsewhere.
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DAYS = r"(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY"
Days = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"

# stretch-start patterns read off the text (not used by prr); a match with group "rec" starts a record
# stretch whose id is group "id"; the other alternatives start stretches that are no records (the
# other activities of the day carry their number in group "num")
START = {
    "harrowgate-county-ks-so": re.compile(
        r"^ *(?:(?P<rec>(?P<id>\S+) +INC +(?P<date>\d\d/\d\d/\d{4}) (?P<time>\d\d:\d\d) )"
        r"|(?P<oth>(?P<num>\S+) +(?P<code>CPS|TRN|CRT|WSV|PRR) +\d\d/\d\d/\d{4} )"
        r"|(?P<head>NUMBER +CODE +DATE / TIME)|(?P<tot>Activities Dec 1-7, 2025:))", re.M),
    "quillfield-nh-pd": re.compile(
        r"^ *(?:ACTIVITY: (?:(?P<rec>Incident) +NO\.: (?P<id>\S+)|(?P<kind>[A-Z][a-z]+(?: [a-z]+)?) +NO\.: "
        rf"(?P<num>\S+)) *$|(?P<day>{DAYS}, DECEMBER \d+, 2025) *$|(?P<tot>Journal entries this week:))", re.M),
    "ambry-hollow-me-pd": re.compile(
        r"^ *(?:(?P<hrs>\d{4}) hrs\. (?:(?P<rec>Incident (?P<id>25-\d{4}),)|(?P<num>[A-Z]\w*))"
        rf"|(?P<day>{Days}, December \d+, 2025) *$|(?P<tot>Incidents this week:))", re.M),
    "carrow-mill-wi-pd": re.compile(
        r"^ *(?:(?P<n>\d+)\. +(?:(?P<rec>(?P<id>2025-\d{4}) - INCIDENT\.)|(?P<num>\S+) - (?P<kind>[A-Z ]+)\.)"
        rf"|(?P<day>{Days} \d\d/\d\d) *$|(?P<tot>Entries 1-\d+ in this log))", re.M),
    "penwarden-county-or-so": re.compile(
        r"^ *(?:(?P<time>\d\d/\d\d \d\d:\d\d)(?:(?P<rec> {1,20})(?P<id>25-\d{4}) |(?P<gap> {21,})(?P<num>\S+) )"
        rf"|(?P<day>{DAYS} \d\d/\d\d/2025) *$|(?P<tot>Column totals:))", re.M),
}
TOTAL = {  # the document's own count of incidents
    "harrowgate-county-ks-so": re.compile(r"Activities Dec 1-7, 2025: \d+ \| INC (\d+) \|"),
    "quillfield-nh-pd": re.compile(r"Journal entries this week: \d+\. Incidents: (\d+)\."),
    "ambry-hollow-me-pd": re.compile(r"Incidents this week: (\d+)\."),
    "carrow-mill-wi-pd": re.compile(r"Entries 1-\d+ in this log; incidents: (\d+)\."),
    "penwarden-county-or-so": re.compile(r"Column totals: incidents (\d+),"),
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
        out.append((m.group("id") if m.group("rec") else None, t[m.start():end], m.start(), m))
    return out


def records(folder, t):
    """Record stretches: (id, text, start offset)."""
    return [(num, text, start) for num, text, start, _ in blocks(folder, t) if num]


def tokens(s):
    return [x for x in re.split(r"[\s/|]+", s) if x]


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, toks):
    it = iter(toks)
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
            if not in_order(tokens(val), tokens(text)):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, kind=None):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if kind in (None, r["kind"])}


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, bad = e["case_numbers"], [num for num, _, _ in recs] != e["case_numbers"]
    bl = blocks(folder, t)
    others = [(text, m) for num, text, _, m in bl if not num and m.group("num")]
    bad |= len(others) < 15
    if folder == "harrowgate-county-ks-so":
        # every series in the same number shape; only the code column tells an incident row
        counts = {"INC": 0}
        for num, _, _, m in bl:
            if num or m.group("oth"):
                bad |= not re.fullmatch(r"25-\d{5}", num or m.group("num"))
                code = "INC" if num else m.group("code")
                counts[code] = counts.get(code, 0) + 1
        tally = re.search(r"Activities Dec 1-7, 2025: (\d+) \| INC (\d+) \| CPS (\d+) \| TRN (\d+) \| CRT (\d+) "
                          r"\| WSV (\d+) \| PRR (\d+)", t)
        want = [int(x) for x in tally.groups()] if tally else []
        got = [sum(counts.values())] + [counts.get(c, 0) for c in ("INC", "CPS", "TRN", "CRT", "WSV", "PRR")]
        bad |= got != want or min(got) < 2 or len({m.group("num")[:4] for _, m in others}) < 5
    if folder == "quillfield-nh-pd":
        # transports, warrants and property releases cite an earlier incident of the same log
        seen, refs, pairs, entries = [], 0, set(), 0
        for num, text, _, m in bl:
            if m.group("day") or m.group("tot"):
                continue
            entries += 1
            labels = re.findall(r"(?m)^ *([A-Z][A-Z .]+?):", text)
            if num:
                seen.append(num)
                bad |= "INCIDENT REF." in labels
                bad |= [x for x in labels if x != "PRIOR CASE"] != ["ACTIVITY", "TIME", "NATURE", "LOCATION",
                                                                      "DISPOSITION"]
                for c in re.findall(r"PRIOR CASE: (\S+)", text):
                    pairs.add((num, c))
                    bad |= c >= num or c in ids
                continue
            bad |= not re.fullmatch(r"(?:CP|TR|CS|WS|PR)-25-\d{4}", m.group("num"))
            for c in re.findall(r"INCIDENT REF\.: (\S+)", text):
                refs += 1
                bad |= c not in seen or m.group("kind") not in ("Prisoner transport", "Warrant served",
                                                                "Property release")
        tot = re.search(r"Journal entries this week: (\d+)\.", t)
        bad |= refs < 5 or pairs != rel(e, "prior_case") or tot is None or int(tot.group(1)) != entries
    if folder == "ambry-hollow-me-pd":
        # evidence item numbers built from incident numbers, printed in paragraphs that are no incidents
        items, own, pairs, transports = 0, 0, set(), set()
        for num, text, start, _m in bl:
            flat = re.sub(r"\s+", " ", text)
            found = re.findall(r"(?<![\w-])(25-\d{4})-\d\d(?![\w-])", flat)
            if num:
                bad |= bool(found) or re.findall(r"(?<![\w-])25-\d{4}(?![\w-])", flat) != [num]
                for c in re.findall(r"on transport (T-\d{4})\.", flat):
                    pairs.add((num, c))
                continue
            bad |= bool(re.findall(r"(?<![\w-])25-\d{4}(?!-\d\d)(?![\w-])", flat))
            if found:
                bad |= not flat.split(".", 1)[1].strip().startswith("Property release P-")
            items += len(found)
            own += sum(x in ids and t.index(x) < start for x in found)
            transports |= set(re.findall(r"\d{4} hrs\. Transport (T-\d{4}):", flat))
        bad |= (items < 5 or own < 3 or pairs != rel(e, "transport")
                or not {c for _, c in pairs} <= transports)
    if folder == "carrow-mill-wi-pd":
        # item numbers run over every activity, not over the incidents
        items, pairs = [], set()
        for num, text, _, m in bl:
            if m.group("n"):
                items.append(int(m.group("n")))
            if not num:
                if m.group("num"):
                    bad |= not re.fullmatch(r"(?:CP|TR|CS|WS|PR)-\d{4}", m.group("num"))
                continue
            for c in re.findall(r"See also (2025-\d{4})\.", re.sub(r"\s+", " ", text)):
                pairs.add((num, c))
                bad |= c >= num
        tot = re.search(r"Entries 1-(\d+) in this log", t)
        bad |= (items != list(range(1, len(items) + 1)) or tot is None or int(tot.group(1)) != len(items)
                or len(items) < len(ids) + 10 or pairs != rel(e, "earlier_incident"))
    if folder == "penwarden-county-or-so":
        # one number shape in every column; only the column (distance from the time) tells
        rows = [m for num, _, _, m in bl if m.group("time")]
        bad |= any(len(re.findall(r"\b25-\d{4}\b", t[m.start():t.index("\n", m.start())])) != 1 for m in rows)
        bad |= any(not re.fullmatch(r"25-\d{4}", m.group("num")) for _, m in others)
        cols = {len(m.group("gap")) // 15 for _, m in others}
        tot = re.search(r"Column totals: incidents (\d+), civil process/warrants (\d+), transports/court (\d+), "
                        r"property (\d+) - (\d+) entries", t)
        want = [int(x) for x in tot.groups()] if tot else [0] * 5
        bad |= (len(cols) < 3 or sum(want[1:4]) != len(others) or want[4] != len(rows)
                or want[0] + len(others) != len(rows))
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
        if pages != e["pages"] or not 1 <= pages <= 12:
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
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {e['other_activities_not_records']} other "
              f"activities, {pages} pages, {len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs159.py"), tmp], check=True)
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
