"""Stand-alone check of the held-out set blind_logs89 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals len(case_numbers)
and is 40-150; ids unique; every id and related number is printed in the `pdftotext -layout` text and
no number is both; a layout-specific record-start pattern gives exactly the listed ids in order and
finds nothing before the appendix heading; the document's own count equals record_count; every sample
value is printed inside its own record's stretch; size < 200 KB; one check per layout trap.
With --regen, regenerating into a temp dir must give identical bytes. `--dir DIR` checks a copy.
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
D = r"\d\d/\d\d/2025 \d{4}"
START = {  # record-start patterns (group "id" is the record's id, or found later in the stretch)
    "aldenmoor-ks-pd": re.compile(rf"^(?P<id>AP25-\d{{5}}) +{D} ", re.M),
    "brackwater-nc-pd": re.compile(rf"^ +(?P<id>BW-25-\d{{4}}) +{D} ", re.M),
    "corwith-state-university-oh-pd": re.compile(r"^Log No\.: +(?P<id>CSU25-\d{4})$", re.M),
    "dunmere-county-wy-so": re.compile(rf"^{D} hrs\. ", re.M),
    "elm-hollow-vt-pd": re.compile(rf"^{D} .* (?P<id>EH\d{{6}})$", re.M),
}
DC_ID = re.compile(r"Report (DC25-\d{5})\.")
TOTAL = {
    "aldenmoor-ks-pd": r"Total incidents listed in this appendix: (\d+)",
    "brackwater-nc-pd": r"Total incidents listed in this appendix: (\d+)",
    "corwith-state-university-oh-pd": r"Entries in this extract: (\d+)",
    "dunmere-county-wy-so": r"(\d+) incidents are summarised in this chronology\.",
    "elm-hollow-vt-pd": r"Total incidents listed in this appendix: (\d+)",
}
APPX = re.compile(r"^[\f ]*(Appendix [A-D]\b|Police Department - Incidents Reported)", re.M)


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def records(folder, t):
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(t)
        text = t[m.start():end]
        if folder == "dunmere-county-wy-so":
            c = DC_ID.search(text)
            num = c.group(1) if c else None
        else:
            num = m.group("id")
        out.append((num, text, m.start()))
    return out


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w == tok or w.strip(".,:") == tok.strip(".,:") for tok in it) for w in words)


def check_layout(folder, name, t, e, recs):
    ids, bad = e["case_numbers"], False
    appx = APPX.search(t).start()
    front = t[:appx]
    if folder == "aldenmoor-ks-pd":
        cited = re.findall(r"Notable investigation: case (AP25-\d{5}) \(see the appendix\)", front)
        bad = len(cited) != 3 or any(c not in ids or t.count(c) != 2 for c in cited)
    if folder == "brackwater-nc-pd":
        subs = re.findall(r"^ +District (\d) - \w+ subtotal: (\d+) incidents$", t, re.M)
        groups = [re.findall(r"^District (\d) - \w+$", t, re.M)]
        nums = [int(x[-4:]) for x in ids]
        bad = (len(subs) != 3 or sum(int(k) for _, k in subs) != len(ids) or nums == sorted(nums)
               or len(groups[0]) != 3 or "(continued)" not in t
               or START[folder].search(t[:appx]) is not None)
    if folder == "corwith-state-university-oh-pd":
        stats = t[t.find("Crime Statistics"):appx]
        crimes = {s["type"] for s in e["sample_records"]}
        bad = (any(c not in stats for c in crimes) or front.count("Log No.") != 0
               or len(re.findall(r"^Log No\.:", t, re.M)) != len(ids))
    if folder == "dunmere-county-wy-so":
        bad = any(not re.search(rf"^ +.*Report {re.escape(n)}\.$", x, re.M) or x.split("\n")[0].find(n) >= 0
                  for n, x, _ in recs)
    if folder == "elm-hollow-vt-pd":
        subs = re.findall(r"^ +([A-Z]+) subtotal: (\d+) incidents$", t, re.M)
        bad = (len(subs) != 3 or sum(int(k) for _, k in subs) != len(ids)
               or any(not x.split("\n")[0].rstrip().endswith(n) for n, x, _ in recs))
    return [f"{name}: {folder} layout trap does not hold"] if bad else []


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        name = pdf.name
        data = pdf.read_bytes()
        t = run(["pdftotext", "-layout", str(pdf), "-"])
        if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
            problems.append(f"{name}: sha256/bytes differ")
        if t.count("\f") != e["pages"]:
            problems.append(f"{name}: pages {t.count(chr(12))} vs {e['pages']}")
        t = t.replace("\f", "\f\n")  # a page's first line starts a line too
        if len(data) >= 200_000:
            problems.append(f"{name}: too big")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150 or len(set(ids)) != len(ids):
            problems.append(f"{name}: record_count/ids wrong")
        flat = re.sub(r"\s+", " ", t)
        related = [r["number"] for r in e["related_numbers"]]
        for num in ids + related:
            if not re.search(rf"(?<![\w-]){re.escape(num)}(?![\w-])", flat):
                problems.append(f"{name}: {num} not printed")
        if set(ids) & set(related):
            problems.append(f"{name}: a number is both id and related")
        for r in e["related_numbers"]:
            if r["record"] not in ids:
                problems.append(f"{name}: related {r['number']} belongs to no record")
        m = APPX.search(t)
        if not m or START[folder.name].search(t[:m.start()]):
            problems.append(f"{name}: no appendix heading, or a record start before it")
            continue
        recs = records(folder.name, t)
        if [n for n, _, _ in recs] != ids:
            problems.append(f"{name}: record starts give other ids than case_numbers")
        tot = re.search(TOTAL[folder.name], t)
        if not tot or int(tot.group(1)) != e["record_count"]:
            problems.append(f"{name}: document's own count differs")
        by_id = {n: x for n, x, _ in recs}
        if len(e["sample_records"]) != 3:
            problems.append(f"{name}: not three samples")
        for s in e["sample_records"]:
            text = by_id.get(s["case_number"])
            if text is None:
                problems.append(f"{name}: sample {s['case_number']} not a record")
                continue
            for k, v in s.items():
                if not in_order(v.split(), text.split()):
                    problems.append(f"{name}: sample {s['case_number']} {k}={v!r} not in its record")
        for r in e["related_numbers"]:
            if r["record"] in by_id and r["number"] not in by_id[r["record"]]:
                problems.append(f"{name}: related {r['number']} not inside record {r['record']}")
        problems += check_layout(folder.name, name, t, e, recs)
    return problems


def main():
    args = sys.argv[1:]
    root = Path(args[args.index("--dir") + 1]) if "--dir" in args else HERE
    folders = sorted(p.parent for p in root.glob("*/groundtruth.json"))
    problems = [] if len(folders) == 5 else [f"{len(folders)} agency folders, not 5"]
    for f in folders:
        problems += check(f)
    if "--regen" in args:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([sys.executable, str(HERE / "make_blind_logs89.py"), tmp], check=True)
            for f in folders:
                for p in f.iterdir():
                    if p.suffix in (".pdf", ".json") and (Path(tmp) / f.name / p.name).read_bytes() != p.read_bytes():
                        problems.append(f"regen differs: {f.name}/{p.name}")
    for p in problems:
        print("FAIL", p)
    n = sum(len(json.loads((f / "groundtruth.json").read_text())) for f in folders)
    print(f"{'FAILED' if problems else 'OK'}: {len(folders)} agencies, {n} PDFs, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
