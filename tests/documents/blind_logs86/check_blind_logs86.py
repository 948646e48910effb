"""Stand-alone check of blind_logs86 (does not import prr).

Per PDF: sha256 / bytes / pages; ids unique; every id and related number printed in the
`pdftotext -layout` text; a layout-specific record-start pattern gives exactly the listed ids in
order; the printed count where there is one; every sample value inside its own record's stretch;
one check per layout trap. `--regen` regenerates the set into a temp dir and requires identical bytes.
Run: python tests/documents/blind_logs86/check_blind_logs86.py [--regen] [--dir DIR]
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FOLDERS = ["hartsell-corners-vt-constable", "pell-lake-wi-village-marshal", "birch-crossing-mn-town-marshal",
           "quarry-hill-nh-constable", "otter-creek-ia-city-marshal"]


def pdftotext(pdf, *args):
    return subprocess.run(["pdftotext", "-layout", *args, str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout


def default_text(pdf, folder, pages):
    """Layout text; for the two-column log, the left then right column of each page."""
    if folder != "otter-creek-ia-city-marshal":
        return pdftotext(pdf)
    parts = []
    for p in range(1, pages + 1):
        for x in (0, 300):
            parts.append(pdftotext(pdf, "-f", str(p), "-l", str(p), "-x", str(x), "-y", "0",
                                   "-W", "300", "-H", "792"))
    return "\n".join(parts)


def ws(s):
    return re.sub(r"\s+", " ", s)


START = {
    "hartsell-corners-vt-constable": re.compile(r"^\s*(25-\d{3})(?= \| | - |\s{2,})", re.M),
    "pell-lake-wi-village-marshal": re.compile(r"^\s*\d+\s+(M25-\d{3})\s", re.M),
    "birch-crossing-mn-town-marshal": re.compile(r"(?:Case #: |CASE NO\. )(2025-\d{4})\b"),
    "quarry-hill-nh-constable": re.compile(r"(?:\(Log |Log#|- log no\. |\[)(25/\d+)(?:\)|\])?"),
    "otter-creek-ia-city-marshal": re.compile(r"^\s*(OC-\d{4}-\d{2})\s", re.M),
}


def stretches(folder, t):
    """(id, stretch text) per record in document order."""
    if folder == "quarry-hill-nh-constable":
        t = ws(t)
        ms = list(START[folder].finditer(t))
        return [(m.group(1), t[(ms[i - 1].end() if i else 0):m.end()]) for i, m in enumerate(ms)]
    ms = list(START[folder].finditer(t))
    return [(m.group(1), t[m.start():(ms[i + 1].start() if i + 1 < len(ms) else len(t))]) for i, m in enumerate(ms)]


def check_trap(folder, t, e, raw):
    errs = []
    ids = e["case_numbers"]
    n = e["record_count"]
    if folder == "hartsell-corners-vt-constable":
        styles = []
        for line in t.splitlines():
            m = re.match(r"\s*25-\d{3}( \| | - |\s{2,})", line)
            if m:
                st = {" | ": "pipe", " - ": "dash"}.get(m.group(1), "tab")
                if not styles or styles[-1] != st:
                    styles.append(st)
        if styles != ["pipe", "dash", "tab"]:
            errs.append(f"separator drift not pipe->dash->tab: {styles}")
        if not re.search(rf"\b{n} entries this month", t):
            errs.append("printed month count differs from record_count")
        if not (re.search(r"\d\d/\d\d/2025 \d{4}", t) and re.search(r"\d{1,2}/\d{1,2}/25 \d\d:\d\d", t)
                and re.search(r"[A-Z][a-z]{2} \d\d \d{4}", t)):
            errs.append("three date styles not all printed")
    elif folder == "pell-lake-wi-village-marshal":
        rows = [int(m.group(1)) for m in re.finditer(r"^\s*(\d+)\s+M25-\d{3}\s", t, re.M)]
        if rows != list(range(2, 2 + n)):
            errs.append("spreadsheet row numbers are not 2..N+1 on the record rows")
        if set(map(str, rows)) & set(ids):
            errs.append("a row number is listed as an id")
        if not re.search(rf"^\s*{n + 2}\s+Total: {n}\b", t, re.M):
            errs.append("printed 'Total:' row differs from record_count")
        if len(re.findall(r"^\s*1\s+Case No", t, re.M)) != 1:
            errs.append("header row 1 not printed exactly once")
    elif folder == "birch-crossing-mn-town-marshal":
        a, b = len(re.findall(r"Case #: 2025-", t)), len(re.findall(r"CASE NO\. 2025-", t))
        if not a or not b or a + b != n:
            errs.append(f"label drift: {a} 'Case #:' + {b} 'CASE NO.' blocks for {n} records")
        phones = re.findall(r"(?:Caller phone:|RP tel) (555-01\d\d)", t)
        if not phones or set(phones) & set(ids):
            errs.append("caller phone numbers missing or listed as ids")
    elif folder == "quarry-hill-nh-constable":
        w = ws(t)
        for f in [r"\(Log 25/\d+\)", r"Log#25/\d+", r"- log no\. 25/\d+", r"\[25/\d+\]"]:
            if not re.search(f, w):
                errs.append(f"id form {f} not printed")
        same = re.findall(r"Same as (25/\d+)\.", w)
        rel = [r["number"] for r in e["related_numbers"]]
        if sorted(same) != sorted(rel) or set(same) & set(ids):
            errs.append("'Same as' numbers differ from related_numbers or are ids")
        if not re.search(r"^\s*\d{4} hrs ", t, re.M):
            errs.append("entries do not start with a time")
    elif folder == "otter-creek-ia-city-marshal":
        lines = [re.findall(r"OC-\d{4}-\d{2}", ln) for ln in raw.splitlines()]
        if not any(len(x) == 2 for x in lines):
            errs.append("no line with blocks of both columns in plain layout text")
        flat = [i for x in lines for i in x]
        if flat == ids or sorted(flat) != sorted(ids):
            errs.append("line-by-line reading should interleave the columns (and hold every id)")
        if "555-0177" in ids:
            errs.append("phone number listed as id")
    return errs


def check_entry(folder, e, pdf, text=None, raw=None):
    errs = []
    data = pdf.read_bytes()
    if hashlib.sha256(data).hexdigest() != e["sha256"]:
        errs.append("sha256")
    if len(data) != e["bytes"]:
        errs.append("bytes")
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    if int(re.search(r"Pages:\s+(\d+)", out).group(1)) != e["pages"]:
        errs.append("pages")
    t = text if text is not None else default_text(pdf, folder, e["pages"])
    raw = raw if raw is not None else pdftotext(pdf)
    ids = e["case_numbers"]
    if len(ids) != len(set(ids)) or len(ids) != e["record_count"]:
        errs.append("ids not unique or record_count != len(case_numbers)")
    flat = ws(t)
    for x in ids + [r["number"] for r in e["related_numbers"]]:
        if not re.search(rf"(?<![\w/-]){re.escape(x)}(?![\w/-])", flat):
            errs.append(f"not printed: {x}")
    for r in e["related_numbers"]:
        if r["number"] in ids or r["record"] not in ids:
            errs.append(f"related {r['number']} is an id or points at no record")
    st = stretches(folder, t)
    if [i for i, _ in st] != ids:
        errs.append(f"record-start pattern gives {len(st)} ids, not the listed ones in order")
    smap = dict(st)
    for s in e["sample_records"]:
        body = ws(smap.get(s["case_number"], ""))
        for k, v in s.items():
            vals = v if isinstance(v, list) else [v]
            for x in vals:
                if ws(x) not in body:
                    errs.append(f"sample {s['case_number']} {k}={x!r} not in its record")
        for x in s.get("related_numbers", []):
            if not any(r["record"] == s["case_number"] and r["number"] == x for r in e["related_numbers"]):
                errs.append(f"sample related {x} not in related_numbers")
    errs += check_trap(folder, t, e, raw)
    return [f"{folder}/{e['file']}: {x}" for x in errs]


def check(root):
    errs = []
    for folder in FOLDERS:
        g = root / folder / "groundtruth.json"
        if not g.exists():
            errs.append(f"{folder}: missing")
            continue
        for e in json.loads(g.read_text()):
            if "[invented]" not in e["agency"]:
                errs.append(f"{folder}: agency not marked [invented]")
            errs += check_entry(folder, e, root / folder / e["file"])
    return errs


def regen(root):
    errs = []
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs86.py"), tmp], check=True)
        for folder in FOLDERS:
            for f in sorted((root / folder).iterdir()):
                other = Path(tmp) / folder / f.name
                if not other.exists() or other.read_bytes() != f.read_bytes():
                    errs.append(f"regen differs: {folder}/{f.name}")
    return errs


def main():
    root = Path(sys.argv[sys.argv.index("--dir") + 1]) if "--dir" in sys.argv else HERE
    errs = check(root)
    if "--regen" in sys.argv:
        errs += regen(root)
    n_pdf = sum(len(json.loads((root / f / "groundtruth.json").read_text())) for f in FOLDERS
                if (root / f / "groundtruth.json").exists())
    n_rec = sum(e["record_count"] for f in FOLDERS if (root / f / "groundtruth.json").exists()
                for e in json.loads((root / f / "groundtruth.json").read_text()))
    for x in errs:
        print("FAIL", x)
    print(f"{'FAILED' if errs else 'OK'}: {len(FOLDERS)} agencies, {n_pdf} PDFs, {n_rec} records, {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
