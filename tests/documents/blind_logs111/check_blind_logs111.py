"""Stand-alone check of the held-out set blind_logs111 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150 with no duplicate id; every case number and related number is in
the `pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
stretch-start pattern (which also finds the non-record stretches: supplement blocks, body-release
and tox entries, follow-up paragraphs) gives exactly the listed ids in order; the document's own
count equals record_count; every sample value is printed inside its own record's stretch of text,
its words in order (Harlow County's date comes from the day heading above the entry); size < 200 KB;
plus one check of each layout's trap. With --regen, regenerating must give identical files.
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

# stretch-start patterns read off the text (not used by prr); a match without group "id" starts a
# stretch that is not a record (Kestrel's id is read from the paragraph's `Coroner case N;`)
START = {
    "brisco-county-ca-sc": re.compile(r"^(?P<id>C25-\d{5}) +(?:S25-\d{5} +)?\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "dunmore-county-nv-sc": re.compile(
        r"^(?:CORONER CASE NO\.: (?P<id>25-\d{4}) |SUPPLEMENTAL - (?:TOXICOLOGY RESULTS|AUTOPSY REPORT) )", re.M),
    "harlow-county-or-so": re.compile(r"^\d{4} +(?:Case (?P<id>H25-\d{4}) opened:)?", re.M),
    "kestrel-county-wa-sc": re.compile(r"^(?P<p>\d+)\. (?:On \d\d/\d\d/2025 at \d{4} hrs|Follow-up to coroner case)", re.M),
    "orrin-county-id-sc": re.compile(r"^(?P<id>OC-25-\d{4}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
}
TOTAL = {  # the document's own count of records
    "brisco-county-ca-sc": re.compile(r"Cases listed: (\d+) "),
    "dunmore-county-nv-sc": re.compile(r"New cases this period: (\d+) "),
    "harlow-county-or-so": re.compile(r"Cases opened this period: (\d+)"),
    "kestrel-county-wa-sc": re.compile(r"Deaths reported this month: (\d+) "),
    "orrin-county-id-sc": re.compile(r"Total cases: (\d+)"),
}
DAY_HEAD = re.compile(r"^([A-Z][a-z]+day, [A-Z][a-z]+ \d\d, 2025) - Deputy Coroner on call", re.M)
KCASE = re.compile(r"Coroner case (2025-\d{4});")


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def flat(s):
    return re.sub(r"\s+", " ", s)


def check_numbers(name, t, e):
    problems = []
    ft = flat(t)
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    for num in set(ids + related):
        want = ids.count(num) + related.count(num)
        have = len(re.findall(rf"(?<![\w-]){re.escape(num)}(?![\w-])", ft))
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
        if folder == "kestrel-county-wa-sc":
            c = KCASE.search(flat(text))
            num = c.group(1) if c and "Follow-up" not in text.split("\n")[0] else None
        else:
            num = m.groupdict().get("id")
        out.append((num, text, m.start(), m))
    return out


def records(folder, t):
    return [b[:3] for b in blocks(folder, t) if b[0]]


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def heading_date(t, pos):
    heads = list(DAY_HEAD.finditer(t, 0, pos))
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
            if folder == "harlow-county-or-so" and key == "reported_at":
                date, _, time = val.partition(" ")
                ok = text.split()[0] == time and heading_date(t, pos) == date
            else:
                ok = in_order(val.split(), text.split())
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, *kinds):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] in kinds}


def cited_after_opening(ids, recs, cites):
    """every (number, offset) cites a listed record printed before it."""
    first = {num: pos for num, _, pos in recs}
    return all(num in first and first[num] < p for num, p in cites)


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, bad = e["case_numbers"], False
    if folder == "brisco-county-ca-sc":
        srs = re.findall(r"^(C25-\d{5}) +(S25-\d{5}) +\d\d/", t, re.M)
        m = re.search(r"Sheriff reports referenced: (\d+) ", t)
        bad = (not m or int(m.group(1)) != len(srs) or len(srs) < 10 or set(srs) != rel(e, "sheriff_report")
               or any(s in ids for _, s in srs))
    if folder == "dunmore-county-nv-sc":
        sups = [(re.search(r"re Coroner Case No\.: (25-\d{4})", b[1]), re.search(r"Lab/Report No\.: (\S+)", b[1]), b[2])
                for b in blocks(folder, t) if not b[0]]
        m = re.search(r"Supplements: (\d+)", t)
        bad = (not m or int(m.group(1)) != len(sups) or len(sups) < 5 or any(not a or not b for a, b, _ in sups))
        if not bad:
            bad = (not cited_after_opening(ids, recs, [(a.group(1), p) for a, _, p in sups])
                   or {(a.group(1), b.group(1)) for a, b, _ in sups} != rel(e, "toxicology_lab", "autopsy_report"))
    if folder == "harlow-county-or-so":
        fol = [(mm.group(1), mm.start()) for mm in
               re.finditer(r"^\d{4} +(?:Body of|Tox results received for) (H25-\d{4})", t, re.M)]
        bad = (len(fol) < 3 or not cited_after_opening(ids, recs, fol)
               or sum(1 for b in blocks(folder, t) if not b[0]) < len(ids) // 2
               or "No case number assigned" not in t)
    if folder == "kestrel-county-wa-sc":
        bl = blocks(folder, t)
        m = re.search(r"\(accepted (\d+), released (\d+), declined (\d+)\)\. Paragraphs: (\d+)\.", t)
        cats = [0, 0, 0]
        for num, text, _, _ in bl:
            if num:
                d = re.search(r"Disposition: (.+?)\.", flat(text)).group(1)
                cats[2 if "declined" in d else 1 if d.startswith("Released") else 0] += 1
        fol = [(mm.group(1), mm.start()) for mm in
               re.finditer(r"^\d+\. Follow-up to coroner case (2025-\d{4}):", t, re.M)]
        paras = [int(b[3].group("p")) for b in bl]
        bad = (not m or [int(x) for x in m.groups()[:3]] != cats or int(m.group(4)) != len(bl)
               or paras != list(range(1, len(bl) + 1)) or len(fol) < 3 or not cited_after_opening(ids, recs, fol))
    if folder == "orrin-county-id-sc":
        dec = [re.findall(r"^ +Decedent \d+ [MF] +Hosp\. Acct (OH-25-\d{6})", text, re.M) for _, text, _ in recs]
        split = sum(1 for _, text, _ in recs if re.search(r"Page \d+ of \d+[\s\S]*Decedent", text))
        priors = {(num, p) for num, text, _ in recs for p in re.findall(r"Prior coroner case (OC-24-\d{4})", text)}
        bad = (any(len(x) != 1 for x in dec) or split < 2 or len(priors) < 5
               or priors != rel(e, "prior_coroner_case")
               or {(num, x[0]) for (num, _, _), x in zip(recs, dec) if x} != rel(e, "hospital_account"))
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs111.py"), tmp], check=True)
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
