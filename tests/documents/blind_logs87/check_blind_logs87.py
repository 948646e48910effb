"""Stand-alone check of the held-out set blind_logs87 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; ids unique; every case number and related number is in the
`pdftotext -layout` text, and no number is both; a layout-specific record-start pattern gives
exactly the listed ids in order; the document's own printed count equals record_count; every
sample value is printed inside its own record's stretch of text; size < 200 KB; plus one check of
each layout's watermark/stamp trap. With --regen, regenerating must give identical files.
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
    "kestrel-point-me-pd": re.compile(r"^(?P<id>KP25-\d{5}) +\d\d/\d\d/2025 +\d\d:\d\d ", re.M),
    "dunmore-ridge-co-pd": re.compile(r"^\d\d/\d\d/2025 \d\d:\d\d +(?P<id>25-\d{6}) ", re.M),
    "stillwater-hollow-ky-so": re.compile(r"^Incident No\.: (?P<id>SH-25-\d{4})\b", re.M),
    "tamsin-cove-ri-pd": re.compile(r"^\d{4} - (?P<id>TC\d{6}) - ", re.M),
    "wrenfield-bay-or-pd": re.compile(r"^\d\d:\d\d +\d\d/\d\d/2025 .*? (?P<id>WB-2025-\d{5})$", re.M),
}
TOTAL = {
    "kestrel-point-me-pd": re.compile(r"Total incidents: (\d+)"),
    "dunmore-ridge-co-pd": re.compile(r"(\d+) reports released"),
    "stillwater-hollow-ky-so": re.compile(r"Blocks on this release: (\d+)"),
    "tamsin-cove-ri-pd": re.compile(r"Entries: (\d+)"),
    "wrenfield-bay-or-pd": re.compile(r"Media log lines: (\d+)"),
}
# one check per layout trap: the stamp/watermark text is there, and is not taken as a record
TRAP = {
    "kestrel-point-me-pd": lambda t, ids: (
        "CITY CLERK REQ 25-0412" in t and "25-0412" not in ids
        and sum(1 for x in re.findall(r"^ *([COPY]) *$", t, re.M)) >= 4),
    "dunmore-ridge-co-pd": lambda t, ids: (
        len(re.findall(r"DRPD-REL-\d{6}", t)) >= 2
        and not set(re.findall(r"DRPD-REL-(\d{6})", t)) & {i[3:] for i in ids}
        and len(re.findall(r"^ *[PUBLICRECORD] *$", t, re.M)) >= 8),
    "stillwater-hollow-ky-so": lambda t, ids: (
        "RELEASED - REDACTED" in t and len(re.findall(r"^Call Type: .*\S +rev\. [A-Z]{2} 11/0\d$", t, re.M)) >= 3
        and len(re.findall(r"^ *[CONFIDENTAL] *$", t, re.M)) >= 6),
    "tamsin-cove-ri-pd": lambda t, ids: (
        len(re.findall(r"^Date: \d\d/\d\d/2025 +14:20 CLERK OFFICE$", t, re.M)) == t.count("\f")
        and not re.search(r"TC\d{6}.*14:20 CLERK", t)
        and len(re.findall(r"^ *[COPY] *$", t, re.M)) >= 4),
    "wrenfield-bay-or-pd": lambda t, ids: (
        len(re.findall(r"PAGE STAMP \d{3}", t)) >= 2 and "Printed 11/30/2025 08:15" in t
        and not re.search(r"^\d\d:\d\d +11/30/2025", t, re.M)
        and len(re.findall(r"^ *[DUPLICATE] *$", t, re.M)) >= 4),
}


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def check_dir(root):
    problems = []
    for folder in sorted(START):
        gt = json.loads((root / folder / "groundtruth.json").read_text())
        for e in gt:
            name = f"{folder}/{e['file']}"
            p = root / folder / e["file"]
            data = p.read_bytes()
            if hashlib.sha256(data).hexdigest() != e["sha256"]:
                problems.append(f"{name}: sha256 differs")
            if len(data) != e["bytes"]:
                problems.append(f"{name}: bytes differ")
            if len(data) >= 200_000:
                problems.append(f"{name}: over 200 KB")
            pages = int(re.search(r"^Pages:\s+(\d+)", run(["pdfinfo", str(p)]), re.M).group(1))
            if pages != e["pages"]:
                problems.append(f"{name}: pages {pages} != {e['pages']}")
            ids = e["case_numbers"]
            if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
                problems.append(f"{name}: record_count {e['record_count']} vs {len(ids)} ids")
            if len(set(ids)) != len(ids):
                problems.append(f"{name}: an id is listed twice")
            if "[invented]" not in e["agency"]:
                problems.append(f"{name}: agency not marked [invented]")
            t = run(["pdftotext", "-layout", str(p), "-"])
            flat = re.sub(r"\s+", " ", t)
            related = [r["number"] for r in e["related_numbers"]]
            for num in set(ids + related):
                if not re.search(rf"(?<![\w-]){re.escape(num)}(?![\w-])", flat):
                    problems.append(f"{name}: {num} not printed")
            for r in e["related_numbers"]:
                if r["number"] in ids:
                    problems.append(f"{name}: {r['number']} is both an id and a related number")
                if r["record"] not in ids:
                    problems.append(f"{name}: related {r['number']} belongs to no listed record")
            starts = list(START[folder].finditer(t))
            found = [m.group("id") for m in starts]
            if found != ids:
                problems.append(f"{name}: record starts give {len(found)} ids, listed {len(ids)} "
                                f"(first difference at {next((i for i, (a, b) in enumerate(zip(found, ids)) if a != b), min(len(found), len(ids)))})")
            tot = TOTAL[folder].findall(t)
            if len(tot) != 1 or int(tot[0]) != e["record_count"]:
                problems.append(f"{name}: printed total {tot} != {e['record_count']}")
            stretch = {}
            for i, m in enumerate(starts):
                end = starts[i + 1].start() if i + 1 < len(starts) else len(t)
                stretch[m.group("id")] = (t[m.start():end], m.start())
            for s in e["sample_records"]:
                if s["case_number"] not in stretch:
                    problems.append(f"{name}: sample {s['case_number']} not found")
                    continue
                text, pos = stretch[s["case_number"]]
                one = re.sub(r"\s+", " ", text)
                for key, val in s.items():
                    if key == "related_numbers":
                        vals = val
                    elif key == "reported_at" and folder == "tamsin-cove-ri-pd":
                        date, hhmm = val.split()
                        heads = re.findall(r"^Date: (\d\d/\d\d/2025)", t[:pos], re.M)
                        if not heads or heads[-1] != date:
                            problems.append(f"{name}: {s['case_number']} heading date {heads[-1:]} != {date}")
                        vals = [hhmm]
                    elif key == "reported_at":
                        vals = [val]
                        if not re.search(r"\s+".join(map(re.escape, val.split())), text):
                            problems.append(f"{name}: {s['case_number']} reported_at {val!r} not printed in its record")
                        continue
                    else:
                        vals = [val]
                    for v in vals:
                        if v not in one:
                            problems.append(f"{name}: {s['case_number']} {key} {v!r} not printed in its record")
            if not TRAP[folder](t, ids):
                problems.append(f"{name}: layout trap check failed")
    return problems


def main():
    args = sys.argv[1:]
    root = Path(args[args.index("--dir") + 1]) if "--dir" in args else HERE
    problems = check_dir(root)
    if "--regen" in args:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([sys.executable, str(HERE / "make_blind_logs87.py"), tmp], check=True)
            for f in sorted(root.glob("*/*")):
                if f.suffix in (".pdf", ".json"):
                    g = Path(tmp) / f.parent.name / f.name
                    if not g.exists() or g.read_bytes() != f.read_bytes():
                        problems.append(f"regen: {f.parent.name}/{f.name} differs")
    for p in problems:
        print("FAIL", p)
    n = sum(len(json.loads((root / d / "groundtruth.json").read_text())) for d in START)
    print(f"{'OK' if not problems else 'FAILED'}: {n} PDFs, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
