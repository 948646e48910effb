"""Stand-alone check of the held-out set blind_logs104 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals len(case_numbers),
is 40-150, and no id is listed twice; every case number and related number is in the
`pdftotext -layout` text at least as often as listed, no number is both, and every related number
belongs to a listed record; a layout-specific record-start pattern gives exactly the listed ids in
order (Dunsford's partial blocks, reprinted whole on the next page, are not records); the
document's own count equals record_count; every sample value is printed inside its own record's
stretch of text, its words in order (Vellacott's date from the `-- MM/DD/YY --` line above the
entry, Quenmore's beat from the group-indicated row above); size < 200 KB; plus one check of each
layout's trap. With --regen, regenerating must give identical files. `--dir DIR` checks a copy
elsewhere (mutation runs).
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

START = {  # record-start patterns read off the text (not used by prr)
    "asherton-pa-pd": re.compile(r"^[ 0] +(?P<id>25-\d{6}) +\d\d/\d\d/25 \d{4} ", re.M),
    "crowmarsh-county-oh-so": re.compile(r"^(?P<id>CR25-\d{6}) +\d\d/\d\d/25 \d\d:\d\d ", re.M),
    "dunsford-university-dps": re.compile(r"^ *CASE NO: (?P<id>DU-25-\d{4}) +DATE RPTD: ", re.M),
    "quenmore-nj-pd": re.compile(r"^ *(?:\d\d +)?(?:PART I+ +)?(?P<id>25\d{7}) +\d\d/\d\d/25 \d{4} ", re.M),
    "vellacott-county-mt-so": re.compile(r"^\d{4} HRS +DEPUTY ", re.M),
}
VC_CASE = re.compile(r"INCIDENT\s+(V25-\d{5})\.")
TOTAL = {  # the document's own count of records
    "asherton-pa-pd": re.compile(r"\*\*\* GRAND TOTAL +(\d+) INCIDENTS"),
    "crowmarsh-county-oh-so": re.compile(r"RECORDS PRINTED (\d+)"),
    "dunsford-university-dps": re.compile(r"\*\*\* REPORT TOTAL \*\*\* +(\d+)"),
    "quenmore-nj-pd": re.compile(r"RECORDS PRINTED +(\d+)"),
    "vellacott-county-mt-so": re.compile(r"TOTAL JOURNAL ENTRIES (\d+)"),
}


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def text_of(folder, pdf):
    t = run(["pdftotext", "-layout", str(pdf), "-"])
    if folder == "asherton-pa-pd":  # the ASA control character is glued to what follows it
        t = re.sub(r"^([01+\-])(?=\S)", r"\1 ", t, flags=re.M)
    return t


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
        if folder == "vellacott-county-mt-so":
            c = VC_CASE.search(text)
            num = c.group(1) if c else None
        else:
            num = m.group("id")
        if folder == "dunsford-university-dps" and "** BLOCK CONTINUED - REPRINTED IN FULL" in text:
            num = None  # the part that fitted at the page foot; the whole block follows
        out.append((num, text, m.start()))
    return out


def records(folder, t):
    return [b for b in blocks(folder, t) if b[0]]


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {num: (text, pos) for num, text, pos in reversed(recs)}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos = by_id[s["case_number"]]
        for key, val in s.items():
            if folder == "vellacott-county-mt-so" and key == "reported_at":
                date, _, time = val.partition(" ")
                marks = re.findall(r"^ +-- (\d\d/\d\d/25) --$", t[:pos], re.M)
                ok = text.split()[0] == time and bool(marks) and marks[-1] == date
            elif folder == "quenmore-nj-pd" and key == "beat":
                rows = re.findall(r"^(\d\d) +PART", t[:pos + len(text.split("\n")[0])], re.M)
                ok = bool(rows) and rows[-1] == val
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def counts_by(keys):
    out = {}
    for k in keys:
        out[k] = out.get(k, 0) + 1
    return out


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, bad = e["case_numbers"], False
    lines = t.split("\n")
    if folder == "asherton-pa-pd":
        # every '+' row repeats the row above it (overprint), and exactly the ARREST rows are overprinted
        over = [i for i, x in enumerate(lines) if re.match(r"^\+ +25-\d{6} ", x)]
        same = all(lines[i][1:].split() == lines[i - 1][1:].split() for i in over)
        over_ids = [lines[i].split()[1] for i in over]
        arrests = [num for num, text, _ in recs if " ARREST BK25-" in text.split("\n")[0]]
        # day totals equal the rows under each date heading and add up to the grand total
        heads = [(m.start(), m.group(1)) for m in re.finditer(r"^0 DATE (\d\d/\d\d/25) [A-Z]+DAY$", t, re.M)]
        tots = re.findall(r"^- +TOTAL FOR (\d\d/\d\d/25) +(\d+) INCIDENTS$", t, re.M)
        per_day = counts_by(re.search(r"\d\d/\d\d/25", text).group(0) for _, text, _ in recs)
        glued = re.findall(r"^025-\d{6} ", run_raw_cache.get(name, ""), re.M)
        bad = (len(over) < 3 or not same or over_ids != arrests or [d for _, d in heads] != [d for d, _ in tots]
               or {d: int(n) for d, n in tots} != per_day or sum(int(n) for _, n in tots) != len(ids)
               or (name in run_raw_cache and len(glued) != len(heads)))
    if folder == "crowmarsh-county-oh-so":
        rel = {(r["record"], r["number"]) for r in e["related_numbers"]}
        over, ok = 0, True
        for i, x in enumerate(lines):
            if re.fullmatch(r"(?:OHP 25-\d{6}|W25-\d{4}|CR24-\d{6})", x.strip()):
                over += 1
                prev = START[folder].match(lines[i - 1] + " ")
                ok = ok and bool(prev) and (prev.group("id"), x.strip()) in rel and not x.startswith(" ")
        m = re.search(r"OVERFLOW LINES (\d+)", t)
        heads = len(re.findall(r"^REFERENCE$", t, re.M))
        cr24 = len(re.findall(r"^CR24-\d{6}$", t, re.M))
        bad = (not ok or not m or int(m.group(1)) != over or over != len(rel) or cr24 < 2 or heads != e["pages"])
    if folder == "dunsford-university-dps":
        allb = blocks(folder, t)
        parts = [i for i, (num, _, _) in enumerate(allb) if num is None]
        ok = len(parts) >= 2
        for i in parts:
            _, text, _ = allb[i]
            nxt = allb[i + 1] if i + 1 < len(allb) else (None, "", 0)
            frag = text.split("** BLOCK CONTINUED")[0].split("\n")[:-1]
            whole = nxt[1].split("\n")
            same_id = START[folder].match(text).group("id") == nxt[0]
            ok = ok and same_id and "\f" in text and frag == whole[:len(frag)] and len(frag) < len(
                [x for x in whole if x.strip() and "CLASS TOTAL" not in x])
        cls = re.findall(r"^ CLASS TOTAL (.+?) +(\d+)$", t, re.M)
        per = counts_by(re.search(r"CLASS: (.+)$", text.split("\n")[0]).group(1).strip() for _, text, _ in recs)
        bad = not ok or {c: int(n) for c, n in cls} != per or sum(int(n) for _, n in cls) != len(ids)
    if folder == "vellacott-county-mt-so":
        pages = t.split("\f")
        first, last = pages[0], pages[-2] if not pages[-1].strip() else pages[-1]
        shifts = re.split(r"^\*\* [A-Z]+DAY \d\d/\d\d/25 +SHIFT ", t, flags=re.M)[1:]
        counts = [len(START[folder].findall(s)) for s in shifts]
        said = [int(x) for x in re.findall(r"ENTRIES THIS SHIFT: (\d+)", t)]
        heads = re.findall(r"^\*\* [A-Z]+DAY (\d\d/\d\d/25) +SHIFT (\w+)", t, re.M)
        # a night shift keeps its heading's date past midnight: a later date is marked inside it
        cross = sum(1 for (d, kind), s in zip(heads, shifts)
                    if kind == "NIGHTS" and set(re.findall(r"-- (\d\d/\d\d/25) --", s)) - {d})
        bad = ("INCIDENT" in first or "INCIDENT" in last or "JOB" not in first or "END OF OUTPUT" not in last
               or counts != said or sum(said) != len(ids) or cross < 2)
    if folder == "quenmore-nj-pd":
        rows = [(m.group(1), m.group(2), m.group(3)) for m in re.finditer(
            r"^ *(\d\d)? *(PART I+)? +(25\d{7}) +\d\d/\d\d/25 \d{4} ", t, re.M)]
        beat = part = None
        per_part, per_beat = {}, {}
        blank = 0
        for b, p, _num in rows:
            if b:
                beat = b
            if p:
                part = p
            blank += not b
            per_part[(beat, part)] = per_part.get((beat, part), 0) + 1
            per_beat[beat] = per_beat.get(beat, 0) + 1
        pt = {(b, p): int(n) for p, b, n in re.findall(r"\*\* UCR (PART I+) TOTAL BEAT (\d\d) +(\d+)", t)}
        bt = {b: int(n) for b, n in re.findall(r"\*\*\* BEAT (\d\d) TOTAL +(\d+)", t)}
        fin = re.search(r"\*\*\*\* FINAL TOTAL ALL BEATS +(\d+)", t)
        hsh = re.search(r"HASH TOTAL CASE NO +(\d+)", t)
        pg = re.search(r"PAGES PRINTED +(\d+)", t)
        dups = re.findall(r"DUP KEY (25\d{7}) ", t)
        bad = ([x[2] for x in rows] != ids or pt != per_part or bt != per_beat or not fin or int(fin.group(1)) != len(ids) or blank < 10
               or not hsh or int(hsh.group(1)) != sum(int(x) for x in ids) or not pg or int(pg.group(1)) != e["pages"]
               or len(dups) != 3 or any(d not in ids for d in dups))
    return [f"{name}: {folder} trap does not hold"] if bad else []


run_raw_cache = {}


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        run_raw_cache[pdf.name] = run(["pdftotext", "-layout", str(pdf), "-"])
        t = text_of(folder.name, pdf)
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs104.py"), tmp], check=True)
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
