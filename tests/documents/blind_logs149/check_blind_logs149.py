"""Stand-alone check of the held-out set blind_logs149 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150 with no duplicate id; every id (for Quarrystone, the part printed
under `25-`) and related number is in the `pdftotext -layout` text at least as often as listed, and no
number is both; a layout-specific record-start pattern (which also finds the non-record stretches:
day headings, closing lines) gives exactly the listed ids in order; the document's own count equals
record_count; every sample value is printed inside its own record's stretch of text, its words in
order; size < 200 KB; plus one check of each layout's trap. With --regen, regenerating must give
identical files. `--dir DIR` checks a copy elsewhere (mutation runs).
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# stretch-start patterns read off the text (not used by prr); a match without an id starts a
# stretch that is not a record
START = {
    "quarrystone-nh-pd": re.compile(
        r"^(?:(?P<a>25-) +\d\d/\d\d/25 .*\n(?P<b>\d{6}) +\d\d:\d\d\b|\d+ incidents listed)", re.M),
    "bellwether-county-id-so": re.compile(r"^ *(?:(?P<id>BC25-\d{5}) +\d\d/\d\d/2025 |Total calls with reports)",
                                          re.M),
    "marrowfield-wi-pd": re.compile(r"^ *(?:Incident #: +(?P<id>MF2025-\d{5})$|Total entries this week)", re.M),
    "tillbrook-ks-pd": re.compile(
        r"^ *(?:(?P<id>T-\d{4}-25) +\d\d:\d\d |(?P<day>[A-Z]+DAY [A-Z]+ \d+) - (?P<cnt>\d+) CALLS$|END OF LOG)", re.M),
    "oxenhope-pa-pd": re.compile(r"^ *(?:(?P<id>OX-25-\d{4}): |This month the department logged)", re.M),
}
TOTAL = {  # the document's own count of records
    "quarrystone-nh-pd": re.compile(r"(\d+) incidents listed\."),
    "bellwether-county-id-so": re.compile(r"Total calls with reports: (\d+)"),
    "marrowfield-wi-pd": re.compile(r"Total entries this week: (\d+)"),
    "tillbrook-ks-pd": re.compile(r"END OF LOG - (\d+) CALLS"),
    "oxenhope-pa-pd": re.compile(r"This month the department logged (\d+) incidents\."),
}
HEADER_END = {  # the last line of each page's running header
    "quarrystone-nh-pd": r"No\. +Time +Badge",
    "bellwether-county-id-so": r"Case +Received +Nature",
    "marrowfield-wi-pd": r"Weekly incident register",
    "tillbrook-ks-pd": r"LOCATION +DISPOSITION",
    "oxenhope-pa-pd": r"Police blotter for the borough newsletter",
}


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def printed(folder, num):
    """The id as it stands in one piece in the text (Quarrystone wraps it: the part after `25-`)."""
    return num[3:] if folder == "quarrystone-nh-pd" else num


def check_numbers(folder, name, t, e):
    problems = []
    flat = re.sub(r"\s+", " ", t)
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    shown = [printed(folder, x) for x in ids] + related
    for num in set(shown):
        want = shown.count(num)
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
        g = m.groupdict()
        num = g["a"] + g["b"] if g.get("a") else g.get("id")
        out.append((num, t[m.start():end], m.start(), m))
    return out


def records(folder, t):
    return [b[:3] for b in blocks(folder, t) if b[0]]


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
            if key != "case_number" and not in_order(val.split(), text.split()):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, kind):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] == kind}


def page_openers(folder, t):
    """For each page after the first: the first non-blank line below the running header."""
    out = []
    for page in t.split("\f")[1:]:
        m = re.search(HEADER_END[folder] + r".*\n", page)
        if m:
            rest = [ln for ln in page[m.end():].splitlines() if ln.strip()]
            out.append(rest[0] if rest else "")
    return out


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids = e["case_numbers"]
    bad = [num for num, _, _ in recs] != ids
    opens = page_openers(folder, t)
    if folder == "quarrystone-nh-pd":
        # the id is never printed in one piece; rows run over page breaks with no marker
        conts = [ln for ln in opens if not ln.startswith("25- ")]
        bad |= bool(re.search(r"(?<![\w-])25-\d{6}", t)) or len(conts) < 2
        bad |= any(not re.fullmatch(r"25-\d{6}", x) for x in ids)
    if folder == "bellwether-county-id-so":
        # a row cut by a page end is resumed with its id printed again and (cont.), right under the header
        conts = re.findall(r"^ *(BC25-\d{5}) \(cont\.\)$", t, re.M)
        opened = [re.match(r" *(BC25-\d{5}) \(cont\.\)$", ln) for ln in opens]
        bad |= len(conts) < 2 or [m.group(1) for m in opened if m] != conts
        for c in conts:
            before = [num for num, _, off in recs if off < t.index(f"{c} (cont.)")]
            bad |= not before or before[-1] != c
    if folder == "marrowfield-wi-pd":
        # page footers count a split block on both pages: they add up to records + splits
        counts = [int(x) for x in re.findall(r"Entries on this page: (\d+)", t)]
        pages = t.split("\f")[:len(counts)]
        split = [not ln.lstrip().startswith("Incident #:") and not ln.lstrip().startswith("Total entries")
                 for ln in opens]
        per = [len(re.findall(r"^ *Incident #: ", p, re.M)) + (k > 0 and split[k - 1])
               for k, p in enumerate(pages)]
        bad |= counts != per or sum(split) < 2 or sum(counts) != len(ids) + sum(split)
    if folder == "tillbrook-ks-pd":
        # day headings count the calls under them; rows run over page breaks between or inside tiers
        cur, want, seen = None, 0, 0
        for num, text, _, m in blocks(folder, t) + [(None, "", 0, None)]:
            if not num:
                bad |= cur is not None and seen != want
                cur = m and m.group("day")
                want, seen = int(m.group("cnt") or 0) if m else 0, 0
                continue
            seen += 1
            bad |= len([ln for ln in text.splitlines() if ln.strip()]) < 2
        conts = [ln for ln in opens if not re.match(r" *(T-\d{4}-25 |[A-Z]+DAY )", ln)]
        bad |= len(conts) < 2
    if folder == "oxenhope-pa-pd":
        # follow-ups cite earlier incidents in the id's shape; paragraphs run over page breaks
        fups = set()
        for num, text, _ in recs:
            for x in re.findall(r"Follow-up\s+to\s+(OX-25-\d{4})\.", text):
                fups.add((num, x))
                bad |= int(x[6:]) >= int(num[6:])
        conts = [ln for ln in opens if not re.match(r" *OX-25-\d{4}: ", ln)]
        bad |= (fups != rel(e, "earlier_incident") or len(fups) < 3 or any(x in ids for _, x in fups)
                or len(conts) < 2)
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
        if pages != e["pages"] or not 2 <= pages <= 10:
            problems.append(f"{pdf.name}: pages {pages} vs {e['pages']}")
        if len(data) >= 200_000:
            problems.append(f"{pdf.name}: {len(data)} bytes")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        problems += check_numbers(folder.name, pdf.name, t, e)
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs149.py"), tmp], check=True)
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
