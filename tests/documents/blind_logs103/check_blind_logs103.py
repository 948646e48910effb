"""Stand-alone check of the held-out set blind_logs103 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150, no id listed twice; every case number and related number is in
the `pdftotext -layout` text at least as often as listed, and no number is both (except an
earlier case cited, which must be an earlier record's id); a layout-specific record-start pattern
gives exactly the listed ids in order (the GIS table's repeated feature rows of one incident are
merged); the document's own count equals record_count; every sample value is printed inside its
own record's stretch of text, its words in order; size < 200 KB; plus one check of each layout's
map trap. With --regen, regenerating must give identical files. `--dir DIR` checks a copy
elsewhere (mutation runs).
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
    "thornfield-st-pd": re.compile(r"^(?P<id>TF25-\d{5}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "calloway-county-st-so": re.compile(r"^(?P<fid>\d+) +(?P<id>2025-\d{6}) +\d\d/\d\d/2025 ", re.M),
    "millbrook-university-dps": re.compile(r"^ *Incident #: (?P<id>MU25-\d{4}) +Reported: ", re.M),
    "dorrance-st-pd": re.compile(r"^\[(?P<key>\d{4})\] On ", re.M),
    "kelso-harbor-st-pd": re.compile(r"^(?P<key>[ABC][123]-\d+) +(?P<id>KH25-\d{5}) +\d\d/\d\d/2025 \d{4} ", re.M),
}
DP_ID = re.compile(r"Report\s+(25-\d{6});")
TOTAL = {  # the document's own count of records
    "thornfield-st-pd": re.compile(r"Total incidents listed: (\d+)"),
    "calloway-county-st-so": re.compile(r"Count of unique INCIDENT_NO (\d+)"),
    "millbrook-university-dps": re.compile(r"Pins on map: \d+ +Incidents: (\d+)"),
    "dorrance-st-pd": re.compile(r"Incidents on this map: (\d+)"),
    "kelso-harbor-st-pd": re.compile(r"Incidents in this map book: (\d+)"),
}


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def count(flat, num):
    return len(re.findall(rf"(?<![\w-]){re.escape(num)}(?![\w-])", flat))


def check_numbers(name, t, e):
    problems = []
    flat = re.sub(r"\s+", " ", t)
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    for num in set(ids + related):
        want = ids.count(num) + related.count(num)
        have = count(flat, num)
        if have < want:
            problems.append(f"{name}: {num} printed {have}x, listed {want}x")
    for r in e["related_numbers"]:
        if r["number"] in ids and (r["kind"] != "earlier_case_cited" or r["record"] not in ids
                                   or ids.index(r["number"]) == ids.index(r["record"])
                                   or r["number"] > r["record"]):
            problems.append(f"{name}: {r['number']} is both an id and a related number")
        if r["kind"] == "earlier_case_cited" and r["number"] not in ids:
            problems.append(f"{name}: earlier case {r['number']} is no record")
        if r["record"] not in ids:
            problems.append(f"{name}: related number {r['number']} belongs to no listed record")
    if len(set(ids)) != len(ids):
        problems.append(f"{name}: an id is listed twice")
    return problems


def records(folder, t):
    """(id, text stretch, start offset) per record, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        text = t[m.start():end]
        if folder == "dorrance-st-pd":
            c = DP_ID.search(re.sub(r"\s+", " ", text))
            num = c.group(1) if c else None
        else:
            num = m.group("id")
        if folder == "calloway-county-st-so" and out and out[-1][0] == num:  # another offense row
            out[-1] = (num, out[-1][1] + text, out[-1][2])
            continue
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
            if not all(in_order(str(v).split(), text.split()) for v in (val if isinstance(val, list) else [val])):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def stamp(text, fmt):
    return datetime.datetime.strptime(text, fmt)


def check_layout(folder, name, t, e, recs):
    """One check of the map trap each layout is about; returns a list of problems."""
    ids, bad = e["case_numbers"], []
    flat = re.sub(r"\s+", " ", t)
    if folder == "thornfield-st-pd":
        map_page = t.split("Incident listing (keyed to map)")[0]
        mapped = re.search(r"Incidents mapped: (\d+)", t)
        unmapped = re.search(r"Not mapped \(address not geocoded\): (\d+)", t)
        legend = [int(x) for x in re.findall(r"^ *(?:Property|Person|Society) crimes +(\d+)", t, re.M)]
        twice = [num for num in ids if count(flat, num) == 2 and num in map_page]
        once = [num for num in ids if count(flat, num) == 1]
        dash = [num for num, text, _ in recs if re.search(r" -- +\d ", text.splitlines()[0])]
        if (not mapped or not unmapped or int(mapped.group(1)) != len(twice) or int(unmapped.group(1)) != len(once)
                or len(twice) + len(once) != len(ids) or sorted(dash) != sorted(once) or len(once) < 2
                or sum(legend) != len(twice) or len(legend) != 3):
            bad.append("pins: mapped ids printed twice, unmapped once with grid '--', legend adds up")
    if folder == "calloway-county-st-so":
        rows = re.findall(r"^(\d+) +(2025-\d{6}) +(\d\d/\d\d/2025 \d+:\d\d:00 [AP]M) +[A-Z ]+?  +(.+?  +"
                          r"\d\d-\d\d-\d{3}-\d{3}) +B\d +[A-F]\d +(\d{7}) +(\d{6}) ", t, re.M)
        feats = re.search(r"Features selected: (\d+) of (\d+)", t)
        summ = re.search(r"Count of features (\d+);", t)
        fids = [int(r[0]) for r in rows]
        same = {}
        for r in rows:
            same.setdefault(r[1], set()).add(r[2:])
        runs = [r[1] for i, r in enumerate(rows) if i == 0 or rows[i - 1][1] != r[1]]
        if (not feats or not summ or not (int(feats.group(1)) == int(feats.group(2)) == int(summ.group(1)) == len(rows))
                or fids != list(range(len(rows))) or len(rows) <= len(ids) + 5
                or any(len(v) != 1 for v in same.values()) or runs != ids):
            bad.append("features: one row per offense, consecutive, same place and coordinates, counts agree")
    if folder == "millbrook-university-dps":
        heads = list(re.finditer(r"^PIN (\d+) +Grid [A-D][1-4] +.+?\((\d+) incidents?\)$", t, re.M))
        pins = re.search(r"Pins on map: (\d+) ", t)
        per = []
        for i, h in enumerate(heads):
            end = heads[i + 1].start() if i + 1 < len(heads) else len(t)
            per.append(len(re.findall(r"Incident #: MU25-", t[h.start():end])))
        times = [stamp(re.search(r"Reported: (\S+ \S+)", x).group(1), "%m/%d/%Y %H:%M") for _, x, _ in recs]
        if (not pins or int(pins.group(1)) != len(heads) or [int(h.group(1)) for h in heads] != list(range(1, len(heads) + 1))
                or per != [int(h.group(2)) for h in heads] or sum(per) != len(ids) or max(per) < 2
                or times == sorted(times) or len(heads) >= len(ids)):
            bad.append("pins: numbered 1..P, stacked counts add up to the incidents, not in time order")
    if folder == "dorrance-st-pd":
        map_page = t.split("What happened near you, by beat")[0]
        keys = [m.group("key") for m in START[folder].finditer(t)]
        labels = re.findall(r"(?<![\d-])\d{4}(?![\d-])", map_page.split("Labels are")[0].split("\n", 2)[2])
        heads = [int(x) for x in re.findall(r"^BEAT \d \((\d+) incidents\)", t, re.M)]
        nums = [int(x[-6:]) for x in ids]
        if (keys != [x[-4:] for x in ids] or sorted(labels) != sorted(keys) or sum(heads) != len(ids)
                or len(heads) != 6 or nums == sorted(nums)):
            bad.append("labels: map keys are the ids' last four digits, beat counts add up, not in time order")
    if folder == "kelso-harbor-st-pd":
        idx = re.findall(r"^ +([123]) +(\d+) +(\d+) +(\d+)\b", t.split("Incidents in this map book")[0], re.M)
        cells = {f"{col}{row}": int(k) for row, *ks in idx for col, k in zip("ABC", ks)}
        tiles = re.findall(r"^Tile ([ABC][123]): (\d+) incidents$", t, re.M)
        keys = [m.group("key") for m in START[folder].finditer(t)]
        edges = re.findall(r"^ *\(edge\) +(KH25-\d{5}) +listed on tile ([ABC][123]) as ([ABC][123]-\d+)$", t, re.M)
        where = {m.group("id"): m.group("key") for m in START[folder].finditer(t)}
        exp = [f"{tt}-{i}" for tt, k in tiles for i in range(1, int(k) + 1)]
        nums = [int(x[-5:]) for x in ids]
        if (len(tiles) != 9 or sum(int(k) for _, k in tiles) != len(ids) or keys != exp
                or cells != {tt: int(k) for tt, k in tiles} or "No incidents in this tile." not in t
                or len(edges) < 2 or any(where.get(num) != key or not key.startswith(tile) for num, tile, key in edges)
                or nums == sorted(nums)):
            bad.append("tiles: index counts, tile counts and keys agree; edge references point at their own row")
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs103.py"), tmp], check=True)
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
