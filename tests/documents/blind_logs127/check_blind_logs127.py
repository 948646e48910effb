# ruff: noqa: E701, E702  (compact checks, one per line, as written)
"""Stand-alone check of blind_logs127 (does not import prr).

python check_blind_logs127.py [--regen] [ROOT]
"""
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FOLDERS = ["ashgrove-tx-pd", "kelvane-oh-pd", "morrow-flats-ne-so", "pellbrook-wa-pd", "dunmere-vt-pd"]
ID = r"(?:SO)?25-\d{4}"
START = {  # record-start pattern per layout: captures the id expression of one line/sentence
    "ashgrove-tx-pd": rf"(?m)^[A-Z][a-z]+day, [A-Z][a-z]+ \d+\s+\d+:\d\d [AP]M\s+({ID}(?:(?: thru | and ){ID})?)",
    "kelvane-oh-pd": rf"Case Nos?\.:\s+({ID}(?:(?:, | and ){ID})*)",
    "morrow-flats-ne-so": rf"officers took reports? ({ID}(?:(?: through |, | and ){ID})*)",
    "pellbrook-wa-pd": rf"(?m)^\d+\.\s+Incidents? ({ID}(?:(?: to | and ){ID})?)",
    "dunmere-vt-pd": rf"#({ID}(?:(?: through | and ){ID})?)",
}
TRAP_WORD = {"ashgrove-tx-pd": " thru ", "kelvane-oh-pd": ", ", "morrow-flats-ne-so": " through ",
             "pellbrook-wa-pd": " to ", "dunmere-vt-pd": " through "}


def expand(expr):
    m = re.fullmatch(r"((?:SO)?25-)(\d{4}) (?:thru|through|to) (?:SO)?25-(\d{4})", expr)
    if m:
        return [f"{m.group(1)}{k}" for k in range(int(m.group(2)), int(m.group(3)) + 1)]
    return re.split(r", | and ", expr)


def text_of(pdf):
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def norm(s):
    return re.sub(r"[ \t]+", " ", s.replace("\f", "\n"))


def flat(s):
    return re.sub(r"\s+", " ", s)


def check(root, texts=None, verify_files=True):
    errs = []
    for f in FOLDERS:
        gtp = root / f / "groundtruth.json"
        if not gtp.exists():
            errs.append(f"{f}: missing"); continue
        for g in json.loads(gtp.read_text()):
            pdf = root / f / g["file"]
            if verify_files:
                b = pdf.read_bytes()
                if hashlib.sha256(b).hexdigest() != g["sha256"]: errs.append(f"{f}: sha256")
                if len(b) != g["bytes"]: errs.append(f"{f}: bytes")
                if len(b) >= 200_000: errs.append(f"{f}: size")
                info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
                if not re.search(rf"Pages:\s+{g['pages']}\n", info): errs.append(f"{f}: pages")
            txt = texts[f] if texts else text_of(pdf)
            ids = g["case_numbers"]
            if not 40 <= g["record_count"] <= 150 or len(ids) != g["record_count"]:
                errs.append(f"{f}: count")
            if len(set(ids)) != len(ids): errs.append(f"{f}: duplicate id")
            rel = [x["number"] for x in g["related_numbers"]]
            if set(rel) & set(ids): errs.append(f"{f}: id also related")
            for n in set(ids) | set(rel):
                need = ids.count(n) + rel.count(n)
                if n in rel:
                    need = len({x["record"] for x in g["related_numbers"] if x["number"] == n} and [1])
                if len(re.findall(rf"(?<![\w-]){re.escape(n)}(?![\w-])", txt)) < need:
                    # ids inside a printed range are counted through the range expansion below
                    if n in rel: errs.append(f"{f}: related {n} not printed")
            nt = norm(txt)
            starts = list(re.finditer(START[f], nt))
            found = [i for m in starts for i in expand(m.group(1))]
            if found != ids: errs.append(f"{f}: record starts give {len(found)} ids, not the listed ones")
            for n in ids:
                if not any(n in expand(m.group(1)) for m in starts): errs.append(f"{f}: {n} not printed")
            tot = re.search(r"Total incidents this period: (\d+)", nt)
            if not tot or int(tot.group(1)) != g["record_count"]: errs.append(f"{f}: printed total")
            spans = {}
            for k, m in enumerate(starts):
                sep = "\n\n" if f == "morrow-flats-ne-so" else "\n"
                end = (nt.rfind(sep, 0, starts[k + 1].start()) + 1) if k + 1 < len(starts) else len(nt)
                # a record's stretch: from the start of its line (paragraph) to the next one's
                beg = nt.rfind(sep, 0, m.start()) + 1
                for i in expand(m.group(1)):
                    spans[i] = nt[beg:end]
            for srec in g["sample_records"]:
                st = spans.get(srec["case_number"], "")
                for k, v in srec.items():
                    if k != "case_number" and flat(v) not in flat(st):
                        errs.append(f"{f}: sample {srec['case_number']} {k} not in its stretch")
            # trap: at least three lines list several incidents, so lines < incidents
            multi = [m for m in starts if len(expand(m.group(1))) > 1]
            if len(multi) < 3 or len(starts) >= len(ids) or TRAP_WORD[f] not in nt:
                errs.append(f"{f}: trap (grouped incidents) missing")
    return errs


def main():
    args = [a for a in sys.argv[1:] if a != "--regen"]
    root = Path(args[0]) if args else HERE
    errs = check(root)
    if "--regen" in sys.argv:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([sys.executable, str(HERE / "make_blind_logs127.py"), tmp], check=True)
            for f in FOLDERS:
                for p in (HERE / f).iterdir():
                    q = Path(tmp) / f / p.name
                    if not q.exists() or q.read_bytes() != p.read_bytes():
                        errs.append(f"regen differs: {f}/{p.name}")
    for e in errs: print("FAIL", e)
    n = sum(json.loads((root / f / "groundtruth.json").read_text())[0]["record_count"]
            for f in FOLDERS if (root / f / "groundtruth.json").exists())
    print("OK" if not errs else "FAILED", f"{n} records")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
