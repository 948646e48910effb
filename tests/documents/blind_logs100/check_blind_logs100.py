"""Stand-alone check of the held-out set blind_logs100 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals len(case_numbers)
and is 40-150, no id twice, "[invented]" in the agency; every case number and related number is in
the `pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
start pattern (which also finds the blocks that are not records: warrant rows, BOLO and premise
blocks, memo items of other sections) gives exactly the listed ids in order; the document's own
count equals record_count; every sample value and related number is printed inside its own
record's stretch of text; size < 200 KB; plus one check of each layout's trap. With --regen,
regenerating must give identical files. `--dir DIR` checks a copy elsewhere (mutation runs).
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# block-start patterns read off the text (not used by prr); a match whose id is None starts a stretch
# that is not a record
START = {
    "ketterby-oh-pd": re.compile(r"^ *(?P<id>KT25-\d{5}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "brisco-county-ga-so": re.compile(r"^ *(?P<id>25-\d{5}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "halvard-university-dps": re.compile(
        r"^ *(?:Case No\.: +(?P<id>HU-25-\d{4})|BOLO 25-\d{3}|Premise:)", re.M),
    "dunmore-crossing-nj-pd": re.compile(r"^ *(?P<sec>\d)\.(?P<k>\d+) ", re.M),
    "varrow-county-mn-so": re.compile(r"^(?P<id>VC25-\d{5}) +\d\d/\d\d +\d{4} ", re.M),
}
TOTAL = {  # the document's own count of records
    "ketterby-oh-pd": re.compile(r"Incidents listed: (\d+)"),
    "brisco-county-ga-so": re.compile(r"Incident log: (\d+) entries"),
    "halvard-university-dps": re.compile(r"Incidents this briefing: (\d+)"),
    "dunmore-crossing-nj-pd": re.compile(r"Incidents since last briefing: (\d+)"),
    "varrow-county-mn-so": re.compile(r"Calls with case numbers: (\d+)"),
}
DC_CASE = re.compile(r"\(Case (25-\d{6})\)")


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def blocks(folder, t):
    """(id or None, text stretch, start offset) per block, in print order."""
    starts = list(START[folder].finditer(t))
    warrants_at = t.find("WARRANTS SERVED\n")
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        text = t[m.start():end]
        if folder == "dunmore-crossing-nj-pd":
            c = DC_CASE.search(text)
            num = c.group(1) if c and m.group("sec") == "4" else None
        else:
            num = m.groupdict().get("id")
        if folder == "brisco-county-ga-so" and 0 <= warrants_at < m.start():
            num = None
        out.append((num, text, m.start()))
    return out


def records(folder, t):
    return [b for b in blocks(folder, t) if b[0]]


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


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w == tok or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(name, recs, e):
    problems = []
    by_id = {num: text for num, text, _ in recs}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text = by_id[s["case_number"]]
        for key, val in s.items():
            if not all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val])):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    want = [e["case_numbers"][0], e["case_numbers"][len(e["case_numbers"]) // 2], e["case_numbers"][-1]]
    if [s["case_number"] for s in e["sample_records"]] != want:
        problems.append(f"{name}: samples are not the first, middle and last records")
    for r in e["related_numbers"]:
        if r["record"] in by_id and r["number"] not in by_id[r["record"]]:
            problems.append(f"{name}: related {r['number']} not printed inside record {r['record']}")
    return problems


def serial(num):
    return int(re.sub(r"\D", "", num.split("-", 1)[1] if num.count("-") > 1 else num[num.find("-") + 1:]))


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids = e["case_numbers"]
    lowest = min(serial(x) for x in ids)
    by_id = {num: (text, pos) for num, text, pos in recs}
    first = recs[0][2]
    bad = True
    if folder == "ketterby-oh-pd":
        hot = [(m.group(1), m.group(2), m.start()) for m in re.finditer(
            r"^ *[A-Z]{3}\d{4} +\d{4} .+? (KT25-\d{5}) +(\d\d/\d\d/2025)$", t, re.M)]
        k = re.search(r"Vehicles on hotlist: (\d+)", t)
        inlog = [h for h in hot if h[0] in by_id]
        older = [h for h in hot if h[0] not in by_id]
        bad = (not k or int(k.group(1)) != len(hot) or len(inlog) < 2 or len(older) < 2
               or any(pos > first for _, _, pos in hot)
               or any("Stolen Vehicle" not in by_id[n][0] or d not in by_id[n][0] for n, d, _ in inlog)
               or any(serial(n) >= lowest for n, _, _ in older))
    if folder == "brisco-county-ga-so":
        war = [re.match(r" *(25-\d{5})", text).group(1) for num, text, pos in blocks(folder, t) if num is None]
        k = re.search(r"Warrants served: (\d+)", t)
        titles = re.findall(r"^ *Number +Date / Time +Nature +Location +Deputy +Disposition$", t, re.M)
        il, ws = t.find("INCIDENT LOG\n"), t.find("WARRANTS SERVED\n")
        bad = (not k or int(k.group(1)) != len(war) or len(war) < 5 or len(titles) < 2
               or any(w in ids or serial(w) >= lowest for w in war) or not 0 <= il < first < ws)
    if folder == "halvard-university-dps":
        bl = [text for num, text, pos in blocks(folder, t) if num is None and text.lstrip().startswith("BOLO")]
        k = re.search(r"BOLOs in effect: (\d+)", t)
        refs = [(re.search(r"Ref\. No\.: +(HU-25-\d{4})", b), re.search(r"Reported: +(\S+ \S+)", b)) for b in bl]
        inlog = [(r.group(1), d.group(1)) for r, d in refs if r and d and r.group(1) in by_id]
        bad = (not k or int(k.group(1)) != len(bl) or len(inlog) < 2 or len(bl) - len(inlog) < 2
               or any(not r or "Location:" not in b or "Reported:" not in b for (r, _), b in zip(refs, bl))
               or any(r.group(1) not in by_id and serial(r.group(1)) >= lowest for r, _ in refs if r)
               or any(d not in by_id[n][0] or by_id[n][1] < first for n, d in inlog)
               or t.find("BE ON THE LOOKOUT") > first)
    if folder == "dunmore-crossing-nj-pd":
        items = [(m.group("sec"), int(m.group("k")), m.start()) for m in START[folder].finditer(t)]
        four = [k for s, k, _ in items if s == "4"]
        before = [c for s, _, pos in items if s in "123" for c in DC_CASE.findall(t[pos:t.find("\n", pos)])]
        inlog = [c for c in before if c in by_id]
        k = re.search(r"Incidents since last briefing: (\d+)", t)
        bad = (not k or four != list(range(1, int(k.group(1)) + 1)) or len(inlog) < 2
               or len(before) - len(inlog) < 3 or any(c not in by_id and serial(c) >= lowest for c in before)
               or any(s != "4" for s, _, pos in items if pos > first))
    if folder == "varrow-county-mn-so":
        side = [m.group(1) for num, text, _ in recs for m in [re.search(r"\S {2,}.*(VC25-\d{5})", text.split("\n")[0])]
                if m]
        alerts = re.findall(r"Premise alert: (VC25-\d{5})", t)
        bad = (len(side) < 4 or any(s in ids or serial(s) >= lowest for s in side + alerts) or len(alerts) < 2
               or any("HOTLIST" not in p and "STOLEN PROPERTY" not in p for p in t.split("\f")[:2]))
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs100.py"), tmp], check=True)
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
