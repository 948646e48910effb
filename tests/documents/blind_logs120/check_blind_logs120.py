"""Stand-alone check of the held-out set blind_logs120 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals len(case_numbers)
and is 40-150 with no duplicate id; every case number and related number is in the full-page
`pdftotext -layout` text at least as often as listed, and no number is both. Newspaper pages print
several columns side by side, so the record-start patterns are applied to the reading-order text:
`pdftotext -layout` of each text column cropped (`-x -y -W -H`, the `reading_columns` boxes of the
entry), page by page, left to right. A layout-specific start pattern (which also finds non-record
stretches: a CORRECTION box, a RELATED teaser, numbered classified ads) gives exactly the listed ids
in order (Tenby: text from `FIRE RUNS` on is not the blotter; Pell Harbor: the id is read from the
`(P25-NNNN)` at the end of each item); the document's own count (where printed) equals record_count;
every sample value is printed inside its own record's stretch, its words in order; size < 200 KB;
plus one check of each layout's trap. With --regen, regenerating must give identical files.
`--dir DIR` checks a copy elsewhere (mutation runs).
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

START = {
    "harlow-falls-ct-pd": re.compile(r"^\s*#(?P<id>25-\d{4}) — ", re.M),
    "osprey-point-me-pd": re.compile(
        r"^\s*(?:CORRECTION\s*\n\s*Case: OP25-\d{5}|RELATED:|Case: (?P<id>OP25-\d{5})\s*$)", re.M),
    "tenby-crossing-pa-pd": re.compile(r"^\s*(?P<id>25-\d{5}) +\d\d/\d\d +\d{4} ", re.M),
    "ridgeway-county-va-so": re.compile(r"^\s*(?P<k>\d+)\. (?:Case (?P<id>RV25-\d{4}) —)?", re.M),
    "pell-harbor-ma-pd": re.compile(r"^\s*(?:MON|TUE|WED|THU|FRI|SAT|SUN) \d{1,2}:\d\d [ap]\.m\. ", re.M),
}
CUT = {"tenby-crossing-pa-pd": re.compile(r"^\s*FIRE RUNS\s*$", re.M),
       "ridgeway-county-va-so": re.compile(r"^\s*CLASSIFIEDS\s*$", re.M)}
TOTAL = {  # the document's own count of records (None: not printed)
    "harlow-falls-ct-pd": None,
    "osprey-point-me-pd": re.compile(r"Here are (\d+) of them"),
    "tenby-crossing-pa-pd": re.compile(r"Police incidents listed: (\d+)\."),
    "ridgeway-county-va-so": re.compile(r"SHERIFF'S REPORT — (\d+) items"),
    "pell-harbor-ma-pd": re.compile(r"logged (\d+) entries"),
}
PELL_ID = re.compile(r"\((P25-\d{4})\)")


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def column_text(pdf, cols):
    out = []
    for p, x, y, w, h in cols:
        out.append(run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), "-x", str(x), "-y", str(y),
                        "-W", str(w), "-H", str(h), str(pdf), "-"]).replace("\f", ""))
    return "\n".join(out)


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


def blocks(folder, ct):
    """(id or None, stretch text, match) per stretch in reading order."""
    if folder in CUT:
        m = CUT[folder].search(ct)
        ct = ct[:m.start()] if m else ct
    starts = list(START[folder].finditer(ct))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(ct)
        text = ct[m.start():end]
        if folder == "pell-harbor-ma-pd":
            ids = PELL_ID.findall(text)
            num = ids[0] if ids else None
        else:
            num = m.groupdict().get("id")
        out.append((num, text, m))
    return out


def records(folder, ct):
    return [(num, text) for num, text, _ in blocks(folder, ct) if num]


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w == tok or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(name, recs, e):
    problems = []
    by_id = {num: text for num, text in reversed(recs)}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        toks = by_id[s["case_number"]].split()
        for key, val in s.items():
            if not all(in_order(v.split(), toks) for v in (val if isinstance(val, list) else [val])):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, ct, e):
    """One check of the trap each layout is about (t: full-page text, ct: reading-order text)."""
    ids = e["case_numbers"]
    rel = {r["number"] for r in e["related_numbers"]}
    pages = t.split("\f")
    bad = False
    if folder == "harlow-falls-ct-pd":
        court = re.findall(r"Case #(25-\d{4}):", t)
        bad = ("See POLICE LOG, Page 4" not in pages[0] or "POLICE LOG, from Page 1" not in pages[3]
               or len(court) < 3 or any(c in ids or c in rel for c in court)
               or "412 calls for service" not in re.sub(r"\s+", " ", ct) or len(ids) == 412)
        # the item cut at the jump: its id on page 1, its disposition on page 4
        on1 = [i for i in ids if f"#{i} — " in pages[0]]
        cut = on1[-1] if on1 and on1 == ids[:len(on1)] and len(on1) < len(ids) else None
        bad |= cut is None or f"#{ids[len(on1)]} — " not in pages[3]
        after = pages[3].split("POLICE LOG, from Page 1", 1)[-1].strip()
        bad |= cut is None or cut not in pages[0] or after.startswith("#")
    if folder == "osprey-point-me-pd":
        corr = re.findall(r"CORRECTION\s*\n\s*Case: (OP25-\d{5})", ct)
        rail = re.findall(r"Case (OP25-\d{5}) goes", t)
        bad = (len(corr) != 1 or corr[0] in ids or corr[0] in rel or len(set(rail)) != 1 or rail[0] in ids
               or sum(1 for b in blocks(folder, ct) if not b[0]) != 2)
    if folder == "tenby-crossing-pa-pd":
        tail = ct[CUT[folder].search(ct).end():] if CUT[folder].search(ct) else ""
        fire = re.findall(r"^\s*(25-\d{5}) +\d\d/\d\d +\d{4} ", tail, re.M)
        m = re.search(r"Fire runs listed: (\d+)\.", t)
        bad = (not m or int(m.group(1)) != len(fire) or len(fire) < 5 or any(f in ids or f in rel for f in fire)
               or "See BLOTTER, Page A3" not in pages[0] or "BLOTTER, from Page A1" not in pages[2]
               or len(re.findall(r"Case No\. +Date +Time +Incident", ct)) != 3)
    if folder == "ridgeway-county-va-so":
        bl = blocks(folder, ct)
        ks = [int(m.group("k")) for _, _, m in bl]
        m = CUT[folder].search(ct)
        ads = re.findall(r"^\s*(\d+)\. ([A-Z][A-Z ]+)", ct[m.end():], re.M) if m else []
        bad = (ks != list(range(1, len(ids) + 1)) or len(ads) < 8 or [int(a) for a, _ in ads] != list(range(1, len(ads) + 1))
               or "Case RV25" in (ct[m.end():] if m else "x Case RV25"))
    if folder == "pell-harbor-ma-pd":
        bl = blocks(folder, ct)
        for num, text, _ in bl:
            found = PELL_ID.findall(text)
            bad |= len(found) != 1 or not text.rstrip().endswith(f"({num})")
        cap = e.get("caption_case")
        bad |= cap not in ids or f"(case {cap})" not in re.sub(r"\s+", " ", ct)
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
        ct = column_text(pdf, e["reading_columns"])
        recs = records(folder.name, ct)
        found = [num for num, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        if TOTAL[folder.name] is not None:
            got = [int(x) for x in TOTAL[folder.name].findall(re.sub(r"\s+", " ", t))] or \
                  [int(x) for x in TOTAL[folder.name].findall(re.sub(r"\s+", " ", ct))]
            if got != [len(ids)]:
                problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(pdf.name, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, t, ct, e)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs120.py"), tmp], check=True)
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
