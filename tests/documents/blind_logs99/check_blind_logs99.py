"""Stand-alone check of the held-out set blind_logs99 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; size < 200 KB; record_count equals
len(case_numbers), is 40-150 and no id is listed twice; every case number and related number is printed
in the `pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record-start pattern gives exactly the listed ids in order; the document's own totals agree; every
sample value is printed inside its own record's stretch of text, its words in order (Marlowe County's
stacked day cell is read from the whole day's rows; Harkness County's centred address cell from the
neighbouring rows); plus one check of each layout's cell-structure trap.
`--regen` regenerates into a temporary folder and requires identical bytes; `--dir DIR` checks a copy.
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

START = {  # record-start patterns read off the text (not used by prr), one per layout
    "ostervale-st-pd": re.compile(r"^(?P<id>OV25-\d{5}) +\d\d/\d\d/2025 +\d{4} +[123] +\d[ABC]\d\d ", re.M),
    "marlowe-county-st-so": re.compile(r"^(?:[A-Z]{3}|\d{1,2}|\(cont\.\))? +\d{4} +(?P<id>MC2510\d{4}) ", re.M),
    "quenford-st-pd": re.compile(r"^(?P<id>Q25-\d{5}) +\d\d/\d\d/2025 +\d{4} +\d{4} ", re.M),
    "bellwright-university-dps": re.compile(r"^(?P<id>BW2025-\d{4}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "harkness-county-st-so": re.compile(r"^.*?(?P<id>HK25-\d{5}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
}
TOTAL = {
    "ostervale-st-pd": re.compile(r"Reports listed: (\d+)"),
    "marlowe-county-st-so": re.compile(r"Calls for service: (\d+)"),
    "quenford-st-pd": re.compile(r"Calls: (\d+) +Cancelled: \d+"),
    "bellwright-university-dps": re.compile(r"Total cases: (\d+)"),
    "harkness-county-st-so": re.compile(r"Addresses: \d+ +Calls: (\d+)"),
}
WEEKDAYS = ("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")
ADDR = re.compile(r"^(\d{3,4} [A-Z][a-z]+(?: [A-Z][a-z]+)? (?:Way|Rd|Ln|Ave|Dr|St|Ct|Pkwy|Run|Blvd))\b", re.M)
CALLS = re.compile(r"^(\d) calls\b", re.M)


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def text_of(pdf):
    return run(["pdftotext", "-layout", str(pdf), "-"])


def records(folder, t):
    """(id, start, end) per record: from the start of its first line to the start of the next record's."""
    ms = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(ms):
        end = ms[i + 1].start() if i + 1 < len(ms) else len(t)
        out.append((m.group("id"), m.start(), end))
    return out


def in_order(words, tokens):
    i = 0
    for tok in tokens:
        if i < len(words) and tok == words[i]:
            i += 1
    return i == len(words)


def check_numbers(name, t, e):
    problems = []
    flat = re.sub(r"\s+", " ", t)
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    if len(ids) != len(set(ids)):
        problems.append(f"{name}: an id is listed twice")
    for num in set(ids + related):
        want = ids.count(num) + related.count(num)
        have = len(re.findall(rf"(?<![\w-]){re.escape(num)}(?![\w-])", flat))
        if have < want:
            problems.append(f"{name}: {num} printed {have}x, listed {want}x")
    both = set(ids) & set(related)
    if both:
        problems.append(f"{name}: both id and related: {sorted(both)}")
    for r in e["related_numbers"]:
        if r["record"] not in ids:
            problems.append(f"{name}: related number {r['number']} on unknown record {r['record']}")
    return problems


def check_samples(folder, name, t, recs, e):
    problems = []
    pos = {rid: k for k, (rid, _, _) in enumerate(recs)}
    for s in e["sample_records"]:
        cid = s["case_number"]
        if cid not in pos:
            problems.append(f"{name}: sample {cid} not found")
            continue
        k = pos[cid]
        _, a, b = recs[k]
        for key, val in s.items():
            if key == "case_number":
                continue
            lo, hi = a, b
            if folder == "marlowe-county-st-so" and key == "reported_at":
                j = k  # back to the day's first row, where the stacked day cell starts
                while j > 0 and not t[recs[j][1]:recs[j][2]].lstrip().startswith(WEEKDAYS):
                    j -= 1
                words = str(val).split()  # month and day from the stacked cell, time from the row
                jj = j + 1
                while jj < len(recs) and not t[recs[jj][1]:recs[jj][2]].lstrip().startswith(WEEKDAYS):
                    jj += 1
                if not (in_order(words[:-1], t[recs[j][1]:recs[jj - 1][2]].split()) and words[-1] in t[a:b].split()[:3]):
                    problems.append(f"{name}: sample {cid} {key}={val!r} not printed in its day and row")
                continue
            if folder == "harkness-county-st-so" and key == "location":
                lo, hi = recs[max(0, k - 4)][1], recs[min(len(recs) - 1, k + 4)][2]
            if not in_order(str(val).split(), t[lo:hi].split()):
                problems.append(f"{name}: sample {cid} {key}={val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e, recs):
    """One check of each layout's trap."""
    problems = []
    pages = t.split("\f")
    if folder == "ostervale-st-pd":  # titles of the narrow columns stacked one letter a line
        for n, pg in enumerate(p for p in pages if p.strip()):
            lone = [ln.split() for ln in pg.splitlines() if re.fullmatch(r"(?: *[A-Z])+ *", ln) and ln.strip()]
            if [" ".join(x) for x in lone] != ["U D", "P N I", "R I S"]:
                problems.append(f"{name}: page {n + 1}: stacked title letters not found as lone-letter lines")
            if not re.search(r"^Case No\. +Date +Time +I +T +Nature +Location +P +Ref\.", pg, re.M):
                problems.append(f"{name}: page {n + 1}: bottom title line not as described")
    elif folder == "marlowe-county-st-so":  # stacked day cell: weekday, month, day-of-month on three rows
        lines = [t[a:b].splitlines()[0] for _, a, b in recs]
        heads = [i for i, ln in enumerate(lines) if ln.startswith(WEEKDAYS)]
        conts = len(re.findall(r"^\(cont\.\) ", t, re.M))
        if len(heads) != 8 + conts or conts < 1:
            problems.append(f"{name}: {len(heads)} day cells, {conts} continued ones")
        for i in heads:
            if not (lines[i + 1].startswith("OCT ") and re.match(r"\d{1,2} ", lines[i + 2])):
                problems.append(f"{name}: day cell at {recs[i][0]} not stacked over three rows")
    elif folder == "quenford-st-pd":  # nested spanning titles; Arr/Clr merged for cancelled calls
        for n, pg in enumerate(p for p in pages if p.strip()):
            if not re.search(r"CALL +TIMES +OFFENSE +PLACE +RESULT\n +Received to Clear\nNo\. +Date +Rcvd +Disp "
                             r"+Arr +Clr +Code +Description +Block +Beat +Code +Report No\.", pg):
                problems.append(f"{name}: page {n + 1}: three-row nested header not found")
        canc = [rid for rid, a, b in recs if re.search(r"^\S+ +\S+ +\d{4} +\d{4} +cancelled +\S+ .* CAN\b",
                                                        t[a:b].splitlines()[0])]
        m = re.search(r"Cancelled: (\d+)", t)
        if not canc or not m or int(m.group(1)) != len(canc) or len(re.findall(r"\bcancelled\b", t)) != len(canc):
            problems.append(f"{name}: merged 'cancelled' cells ({len(canc)}) disagree with the closing count")
    elif folder == "bellwright-university-dps":  # second tier: occurred cell spanning, disposition under location
        for rid, a, b in recs:
            ls = t[a:b].splitlines()
            if len(ls) < 2 or not re.match(r"^ {10,}\d\d/\d\d/2025 \d\d:\d\d(?: to \d\d/\d\d/2025 \d\d:\d\d)? {2,}\S",
                                           ls[1]):
                problems.append(f"{name}: {rid}: second tier (occurred, disposition) not under the first")
                break
    elif folder == "harkness-county-st-so":  # centred address cells with 'n calls'; address order, not time
        if re.search(r"Case Number|Call Type", t):
            problems.append(f"{name}: slanted titles read as a title line")
        for n, pg in enumerate(p for p in pages if p.strip()):
            on_page = len(START[folder].findall(pg))
            addrs = ADDR.findall(pg)
            counts = [int(x) for x in CALLS.findall(pg)]
            if on_page != sum(counts) + len(addrs) - len(counts) or any(c < 2 for c in counts):
                problems.append(f"{name}: page {n + 1}: address cells and 'n calls' do not add up to the rows")
        own = [ln for ln in t.splitlines() if ADDR.match(ln) and "HK25-" not in ln]
        if not own:
            problems.append(f"{name}: no address printed on a line of its own")
        nums = [int(x[5:]) for x in e["case_numbers"]]
        if nums == sorted(nums):
            problems.append(f"{name}: ids in ascending order, the log should be in address order")
        m = re.search(r"Addresses: (\d+)", t)
        if not m or int(m.group(1)) != len(set(ADDR.findall(t))):
            problems.append(f"{name}: 'Addresses:' disagrees with the addresses printed")
    return problems


def check(here):
    problems = []
    folders = sorted(p.name for p in HERE.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
    for folder in folders:
        gp = here / folder / "groundtruth.json"
        if not gp.exists():
            problems.append(f"{folder}: missing")
            continue
        g = json.loads(gp.read_text())
        allids = [i for e in g for i in e["case_numbers"]]
        if len(allids) != len(set(allids)):
            problems.append(f"{folder}: an id is listed in two of its PDFs")
        for e in g:
            name = f"{folder}/{e['file']}"
            pdf = here / folder / e["file"]
            if not pdf.exists():
                problems.append(f"{name}: missing")
                continue
            data = pdf.read_bytes()
            if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
                problems.append(f"{name}: sha256/bytes differ")
            if len(data) >= 200_000:
                problems.append(f"{name}: {len(data)} bytes")
            pages = int(re.search(r"Pages:\s+(\d+)", run(["pdfinfo", str(pdf)])).group(1))
            if pages != e["pages"]:
                problems.append(f"{name}: {pages} pages, listed {e['pages']}")
            ids = e["case_numbers"]
            if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
                problems.append(f"{name}: record_count {e['record_count']} / {len(ids)} ids")
            t = text_of(pdf)
            problems += check_numbers(name, t, e)
            recs = records(folder, t)
            if [r[0] for r in recs] != ids:
                problems.append(f"{name}: record-start pattern gives {len(recs)} ids, not the listed ones in order")
            m = TOTAL[folder].search(t)
            if not m or int(m.group(1)) != e["record_count"]:
                problems.append(f"{name}: printed total {m and m.group(1)} != record_count {e['record_count']}")
            problems += check_samples(folder, name, t, recs, e)
            problems += check_layout(folder, name, t, e, recs)
    return problems


def regen(here):
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs99.py"), "--out", tmp], check=True,
                       capture_output=True)
        for f in sorted(Path(tmp).rglob("*")):
            if f.is_file():
                rel = f.relative_to(tmp)
                mine = here / rel
                if not mine.exists() or mine.read_bytes() != f.read_bytes():
                    problems.append(f"regen: {rel} differs")
    return problems


def main():
    here = Path(sys.argv[sys.argv.index("--dir") + 1]) if "--dir" in sys.argv else HERE
    problems = check(here)
    if "--regen" in sys.argv:
        problems += regen(here)
    for p in problems:
        print("FAIL", p)
    if problems:
        sys.exit(1)
    print("blind_logs99: all checks passed" + (" (regeneration byte-identical)" if "--regen" in sys.argv else ""))


if __name__ == "__main__":
    main()
