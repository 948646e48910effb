"""Stand-alone check of the held-out set blind_logs155 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150 with no duplicate id; every id and related number is in the
`pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
stretch-start pattern (which also finds the non-record stretches: day headings, supplements,
closing lines) gives exactly the listed ids in order; the document's own count equals
record_count; every sample value is printed inside its own record's stretch of text, its words in
order; size < 200 KB; plus one check of each layout's trap, read off the text columns of
`pdftotext -layout`. With --regen, regenerating must give identical files. `--dir DIR` checks a
copy elsewhere.
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

# stretch-start patterns read off the text (not used by prr); a match with group "rec" starts a record
# stretch whose id is group "id"; the other alternatives start stretches that are no records
START = {
    "brackenridge-falls-or-pd": re.compile(
        r"^ *(?:(?P<rec>(?P<date>\d\d/\d\d/\d\d) +(?P<time>\d{1,2}:\d\d) +(?:(?P<prior>2[45]-\d{3,4}) +)?"
        r"(?P<id>25-\d{3,4}) +(?P<beat>\d{1,2}) )|Incidents listed:)", re.M),
    "tolliver-county-ks-so": re.compile(
        r"^ *(?:(?P<rec>Incident: +(?P<id>S25-\d{5}))$|End of report:)", re.M),
    "wexcombe-vt-pd": re.compile(
        r"^ *(?:(?P<rec>(?P<time>\d\d:\d\d) \u2014 No\. (?P<id>25-\d{4})\.)"
        r"|(?P<day>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, November (?P<dd>\d+), 2025 \u2014 (?P<k>\d+) "
        r"entries)$|Entries this week:)", re.M),
    "harrowgate-township-pa-pd": re.compile(
        r"^ *(?:(?P<rec>(?P<n>\d+)\. +(?P<id>HT25-\d{4}) \u2014 )|(?P<sub>(?P<k>\d+)\.(?P<j>\d+) +Supplement to )"
        r"|Incidents summarised:)", re.M),
    "corvallen-heights-id-pd": re.compile(
        r"^ *(?:(?P<rec>(?P<date>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d\d/\d\d) +(?P<time>\d{1,2}:\d\d) +"
        r"(?P<id>2025-\d{5}) )|Total incidents:)", re.M),
}
TOTAL = {  # the document's own count of records
    "brackenridge-falls-or-pd": re.compile(r"Incidents listed: (\d+)"),
    "tolliver-county-ks-so": re.compile(r"End of report: (\d+) incidents"),
    "wexcombe-vt-pd": re.compile(r"Entries this week: (\d+)\."),
    "harrowgate-township-pa-pd": re.compile(r"Incidents summarised: (\d+)"),
    "corvallen-heights-id-pd": re.compile(r"Total incidents: (\d+)"),
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
    return [x for x in re.split(r"[\s/]+", s) if x]


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


def col(t, pos):
    """Text column of offset pos in the `pdftotext -layout` text (a form feed starts a line too)."""
    return pos - max(t.rfind("\n", 0, pos), t.rfind("\f", 0, pos)) - 1


def aligned(cols, slack=1):
    """True when every column lies within slack of the most common one (pdftotext rounds positions)."""
    if not cols:
        return False
    mode = Counter(cols).most_common(1)[0][0]
    return all(abs(c - mode) <= slack for c in cols)


def lines_of(text):
    """The stretch's lines after its first, blank lines dropped: (offset within the stretch, line)."""
    out, pos = [], text.find("\n")
    while 0 <= pos < len(text):
        nxt = text.find("\n", pos + 1)
        line = text[pos + 1:nxt if nxt >= 0 else len(text)]
        if line.strip():
            out.append((pos + 1, line))
        pos = nxt
    return out


def serial(num):
    return int(re.sub(r"\D", "", num.split("-", 1)[1]))


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, bad = e["case_numbers"], [num for num, _, _ in recs] != e["case_numbers"]
    bl = blocks(folder, t)
    first = min((serial(x) for x in ids), default=0)
    if folder == "brackenridge-falls-or-pd":
        ends, starts, colons, hours, pairs, prior_ends, ser = [], set(), [], set(), set(), [], []
        for num, _, _, m in bl:
            if not num:
                continue
            ends.append(col(t, m.end("id")))
            starts.add(col(t, m.start("id")))
            colons.append(col(t, m.end("time")) - 3)
            hours.add(len(m.group("time")))
            ser.append(serial(num))
            if m.group("prior"):
                pairs.add((num, m.group("prior")))
                prior_ends.append(col(t, m.end("prior")))
        bad |= (not aligned(ends) or len(starts) < 2 or not aligned(colons) or hours != {4, 5}
                or {len(x) for x in ids} != {6, 7} or not aligned(prior_ends) or len(pairs) < 5
                or pairs != rel(e, "prior_case") or any(p in ids for _, p in pairs) or ser != sorted(set(ser)))
    if folder == "tolliver-county-ks-so":
        colons, values, edges, pairs = [], [], set(), set()
        order = ["Incident", "Date received", "Nature of call", "Location", "Deputy", "Disposition"]
        for num, text, start, _ in bl:
            if not num:
                continue
            labels = []
            for off, line in [(0, text.split("\n", 1)[0])] + lines_of(text):
                lab = re.match(r"( *)([A-Z][A-Za-z ]*?):( +)(\S.*)$", line)
                if not lab:
                    continue
                labels.append(lab.group(2))
                colons.append(col(t, start + off + lab.end(2)))
                values.append(col(t, start + off + lab.start(4)))
                edges.add(col(t, start + off + lab.start(2)))
                if lab.group(2) in ("Related Incident", "Prior Incident"):
                    pairs.add((num, lab.group(4).strip()))
            bad |= [x for x in labels if x not in ("Related Incident", "Prior Incident")] != order
            bad |= len(labels) - len(order) not in (0, 1) or labels.count("Incident") != 1
        bad |= (not aligned(colons) or not aligned(values) or len(edges) < 4 or len(pairs) < 5
                or pairs != rel(e, "related_incident")
                or any(not re.fullmatch(r"S25-\d{5}", x) or serial(x) >= first for _, x in pairs))
    if folder == "wexcombe-vt-pd":
        heads, firsts, conts, timed, pairs = [], set(), set(), 0, set()
        for num, text, start, m in bl:
            if m.group("day"):
                heads.append([int(m.group("dd")), int(m.group("k")), []])
                continue
            if not num:
                continue
            if not heads:
                bad = True
                continue
            heads[-1][2].append(m.group("time"))
            firsts.add(col(t, m.start("time")))
            flat = re.sub(r"\s+", " ", text)
            pairs |= {(num, x) for x in re.findall(r"Follow-up to case (25-\d{4})\.", flat)}
            for off, line in lines_of(text):
                conts.add(col(t, start + off + len(line) - len(line.lstrip())))
                lead = re.match(r" *(\d\d):(\d\d)\b", line)
                if lead:
                    timed += 1
                    bad |= lead.group(1) + lead.group(2) < m.group("time").replace(":", "")
        for _, k, times in heads:
            bad |= len(times) != k or times != sorted(times)
        bad |= ([dd for dd, _, _ in heads] != list(range(10, 17)) or sum(k for _, k, _ in heads) != len(ids)
                or timed < 5 or len(firsts) < 3 or len(conts) < 5 or len(pairs) < 3
                or pairs != rel(e, "earlier_case") or any(serial(x) >= first for _, x in pairs))
    if folder == "harrowgate-township-pa-pd":
        items, points, edges, subs, last = [], [], set(), 0, (0, 0, None)
        for num, text, _, m in bl:
            if num:
                n = int(m.group("n"))
                items.append(n)
                points.append(col(t, m.end("n")))
                edges.add(col(t, m.start("n")))
                last = (n, 0, num)
            elif m.group("sub"):
                k, j = int(m.group("k")), int(m.group("j"))
                points.append(col(t, m.end("k")))
                flat = re.sub(r"\s+", " ", text)
                named = re.findall(r"HT25-\d{4}", flat)
                bad |= k != last[0] or j != last[1] + 1 or named != [last[2]] or f"Supplement to {last[2]}," not in flat
                last = (last[0], j, last[2])
                subs += 1
        bad |= items != list(range(1, len(ids) + 1)) or not aligned(points) or len(edges) < 3 or subs < 8
    if folder == "corvallen-heights-id-pd":
        colons, hours, pairs = [], set(), set()
        for num, text, start, m in bl:
            if not num:
                continue
            colons.append(col(t, m.end("time")) - 3)
            hours.add(len(m.group("time")))
            rest = lines_of(text)
            tier2 = [(off, line) for off, line in rest if re.match(r" {8,}2025-\d{5} {2,}\S", line)]
            if len(tier2) != 1 or not rest or rest[0] != tier2[0]:
                bad = True
                continue
            off, line = tier2[0]
            cad = re.match(r" *(2025-\d{5})", line)
            pairs.add((num, cad.group(1)))
            bad |= abs(col(t, start + off + cad.end(1)) - col(t, m.end("id"))) > 1
        bad |= (not aligned(colons) or hours != {4, 5} or pairs != rel(e, "cad_event")
                or any(c in ids for _, c in pairs))
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs155.py"), tmp], check=True)
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
