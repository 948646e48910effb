"""Stand-alone check of the held-out set blind_logs133 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150 with no duplicate id; every case number and related number is in
the `pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record-start pattern (which also finds the non-record stretches: shift-change notes, correction
items) gives exactly the listed ids in order (Peddicord's two columns are first put in reading
order: left column, then right column, page by page); the document's own count equals
record_count; every sample value is printed inside its own record's stretch of text, its words in
order (Verlaine's date comes from the day heading above the paragraph); size < 200 KB; plus one
check of each layout's trap. With --regen, regenerating must give identical files.
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
# stretch that is not a record
START = {
    "brackwell-oh-pd": re.compile(r"^(?P<id>2025-\d{6}) +\d\d/\d\d/25 \d\d:\d\d ", re.M),
    "coldridge-county-wy-so": re.compile(r"^CASE #: +(?P<id>25C-\d{5}) +Received: ", re.M),
    "verlaine-township-pa-pd": re.compile(r"^ *(?:(?P<id>25-\d{5}) +)?\d{4} hrs (?:[A-Z][A-Z -]+:|Shift change\.)", re.M),
    "peddicord-ks-pd": re.compile(r"^Case (?P<id>P25-\d{4}) +[A-Z][a-z]{2} \d\d/\d\d \d\d:\d\d", re.M),
    "halvering-county-mn-so": re.compile(r"^(?P<n>\d+)\. +(?:ICR (?P<id>2025-\d{6}) |CORRECTION to release)", re.M),
}
TOTAL = {  # the document's own count of records
    "brackwell-oh-pd": re.compile(r"Total calls: (\d+) "),
    "coldridge-county-wy-so": re.compile(r"Blocks printed: +(\d+)"),
    "verlaine-township-pa-pd": re.compile(r"Incidents summarized: (\d+)"),
    "peddicord-ks-pd": re.compile(r"Entries this week: (\d+)"),
    "halvering-county-mn-so": re.compile(r"\(incidents (\d+), corrections"),
}
DAY_HEAD = re.compile(r"^ *([A-Z]+DAY, [A-Z]+ \d\d, 2025)$", re.M)
PED_CASE = re.compile(r"Case P25-\d{4} ")


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def reading_order(t):
    """Peddicord: each page's left column, then its right column (split at the right column's start)."""
    out, problems, both = [], [], 0
    for page in t.split("\f"):
        lines = page.split("\n")
        cuts = [m.start() for ln in lines for m in PED_CASE.finditer(ln) if m.start() > 20]
        if not cuts:
            out.append(page)
            continue
        g = min(cuts)
        for ln in lines:
            if len(ln) > g and ln[g - 1] != " ":
                problems.append(f"column gutter at {g} crossed: {ln.strip()[:40]}")
            both += bool(ln[:g].strip() and ln[g:].strip())
        out.append("\n".join([ln[:g].rstrip() for ln in lines] + [ln[g:] for ln in lines]))
    return "\f".join(out), problems, both


def text_of(folder, pdf):
    t = run(["pdftotext", "-layout", str(pdf), "-"])
    if folder == "peddicord-ks-pd":
        return reading_order(t)[0], t
    return t, t


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
    """(id or None, text stretch, start offset, match) per stretch, in reading order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        out.append((m.groupdict().get("id"), t[m.start():end], m.start(), m))
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
    return datetime.datetime.strptime(heads[-1].group(1).title(), "%A, %B %d, %Y").strftime("%m/%d/%Y")


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {num: (text, pos) for num, text, pos in reversed(recs)}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos = by_id[s["case_number"]]
        for key, val in s.items():
            if folder == "verlaine-township-pa-pd" and key == "reported_at":
                date, _, time = val.partition(" ")
                ok = text.split()[1] == time and heading_date(t, pos) == date
            else:
                ok = in_order(val.split(), text.split())
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


HEAD_LINES = re.compile(r"^(?:COLDRIDGE COUNTY SHERIFF'S OFFICE|Case Blotter - |HALVERING COUNTY SHERIFF'S OFFICE|"
                        r"MEDIA RELEASE LOG )")


def continued(text):
    """True when a record's stretch goes on after a page break (beyond the next page's heading)."""
    if "\f" not in text:
        return False
    after = text.split("\f", 1)[1]
    return any(ln.strip() and not HEAD_LINES.match(ln) for ln in after.split("\n"))


def rel(e, kind):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] == kind}


def check_layout(folder, name, t, e, recs, raw=None):
    """One check of the trap each layout is about."""
    ids, bad = e["case_numbers"], False
    if folder == "brackwell-oh-pd":
        rows = re.findall(r"^(2025-\d{6}) +\d\d/\d\d/25 .*?(?: {2,}(25-\d{5}))? +B\d$", t, re.M)
        pairs = {(i, rp) for i, rp in rows if rp}
        m = re.search(r"Case reports written: (\d+)", t)
        pages_ok = all(
            len(re.findall(r"^2025-\d{6} ", pg, re.M)) == int(mm.group(1))
            for pg in t.split("\f") if (mm := re.search(r"Calls this page: (\d+)", pg)))
        bad = (not m or int(m.group(1)) != len(pairs) or len(pairs) < 10 or pairs != rel(e, "case_report")
               or any(rp in ids for _, rp in pairs) or not pages_ok or len(rows) != len(ids))
    if folder == "coldridge-county-wy-so":
        assoc = {(num, a) for num, text, _ in recs for a in re.findall(r"^Associated: +(25C-\d{5})$", text, re.M)}
        low = min(int(i[4:]) for i in ids)
        spans = sum(1 for _, text, _ in recs if continued(text))
        bad = (assoc != rel(e, "associated_case") or len(assoc) < 5 or any(int(a[4:]) >= low for _, a in assoc)
               or spans < 3)
    if folder == "verlaine-township-pa-pd":
        notes = [b for b in blocks(folder, t) if not b[0]]
        cited = {(num, c) for num, text, _ in recs for c in re.findall(r"related to incident (25-\d{5})", text)}
        bad = (len(notes) < 3 or any("Shift change." not in b[1].split("\n")[0] for b in notes)
               or cited != rel(e, "cited_incident") or len(cited) < 5 or any(c in ids for _, c in cited))
    if folder == "peddicord-ks-pd":
        raw = raw or t
        naive = re.findall(r"Case (P25-\d{4}) ", raw)
        cads = {(num, c) for num, text, _ in recs for c in re.findall(r"CAD\s+(\d{8})\.", text)}
        order = [num for num, _, _ in recs]
        _, probs, both = reading_order(raw)
        bad = (naive == ids or both < 30 or order != ids or probs or cads != rel(e, "cad_number")
               or len(cads) < 5)
    if folder == "halvering-county-mn-so":
        bl = blocks(folder, t)
        nums = [int(b[3].group("n")) for b in bl]
        corr = [b for b in bl if not b[0]]
        cnum = [re.search(r"ICR (2025-\d{6})", b[1]).group(1) for b in corr]
        m = re.search(r"Items released: (\d+) \(incidents \d+, corrections (\d+)\)", t)
        foot_ok = True
        pos = 0
        for pg in t.split("\f"):
            leads = [int(x) for x in re.findall(r"^(\d+)\. +(?:ICR|CORRECTION)", pg, re.M)]
            f = re.search(r"Items (\d+)-(\d+) of (\d+)", pg)
            if f and leads:
                foot_ok &= (min(leads), max(leads), len(bl)) == tuple(int(x) for x in f.groups())
            pos += len(pg) + 1
        spans = sum(1 for _, text, _ in recs if continued(text))
        bad = (nums != list(range(1, len(bl) + 1)) or not m or int(m.group(1)) != len(bl)
               or int(m.group(2)) != len(corr) or len(corr) < 2 or any(c in ids for c in cnum)
               or any(f"ICR {c}" not in e["notes"] for c in cnum) or not foot_ok or spans < 1)
    return [f"{name}: {folder} layout trap does not hold"] if bad else []


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        t, raw = text_of(folder.name, pdf)
        pages = raw.count("\f")
        if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
            problems.append(f"{pdf.name}: sha256/bytes differ")
        if pages != e["pages"] or pages < 2:
            problems.append(f"{pdf.name}: pages {pages} vs {e['pages']}")
        if len(data) >= 200_000:
            problems.append(f"{pdf.name}: {len(data)} bytes")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        problems += check_numbers(pdf.name, raw, e)
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
            problems += check_layout(folder.name, pdf.name, t, e, recs, raw)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs133.py"), tmp], check=True)
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
