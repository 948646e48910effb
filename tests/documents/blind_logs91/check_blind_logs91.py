"""Stand-alone check of the held-out set blind_logs91 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; ids unique; no related number is also an id; every id and
related number is printed in the `pdftotext -layout` text; a layout-specific record-start
pattern (first status line of each incident, each incident once) gives exactly the listed
ids in order; the document's own incident count equals record_count; every sample value is
printed inside its own record's stretch (first to last line carrying its id), words in
order; size < 200 KB; plus one check of each layout's trap. With --regen, regenerating into
a temp dir must give identical bytes. `--dir DIR` checks a copy elsewhere (mutation runs).
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

START = {  # first status line of an incident (an incident's later lines match too: first occurrence counts)
    "pinecrest-hollow-or-pd": re.compile(r"^\d\d/\d\d/2025 +\d\d:\d\d +\S+ +DISP +(?P<id>PH25-\d{6}) ", re.M),
    "brackenridge-county-tx-so": re.compile(r"^ +\d\d:\d\d +DISP +(?P<id>\d\d-\d{5}) ", re.M),
    "ferris-landing-mi-pd": re.compile(r"^\d\d/\d\d \d\d:\d\d:\d\d +CAD > \S+ +ASSIGN INC#(?P<id>FL\d{8}) ", re.M),
    "harlow-mills-ky-pd": re.compile(r"^\d{4} +\d{3} +10-\d+ +(?P<id>\d{10}) ", re.M),
    "quillan-bay-wa-pd": re.compile(r"^R\d{7} +(?P<id>QB-25-\d{5}) +\S+ +DISP ", re.M),
}
TOTAL = {
    "pinecrest-hollow-or-pd": re.compile(r"^Incidents: (\d+) +Status entries: \d+$", re.M),
    "brackenridge-county-tx-so": re.compile(r"^Distinct incidents: (\d+) +Unit responses: \d+$", re.M),
    "harlow-mills-ky-pd": re.compile(r"^TOTAL CALLS THIS SHIFT LOG: (\d+) \(\d+ CARRIED", re.M),
    "quillan-bay-wa-pd": re.compile(r"^Responses: \d+ +Incidents: (\d+)$", re.M),
}


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def stretch(text, rid):
    lines = text.splitlines()
    pat = re.compile(rf"(?<![\w-]){re.escape(rid)}(?![\w-])")
    hit = [k for k, ln in enumerate(lines) if pat.search(ln)]
    if not hit:
        return ""
    return norm("\n".join(lines[hit[0]:hit[-1] + 1]))


def trap(slug, e, t):
    p = []
    ids = e["case_numbers"]
    rel = [r["number"] for r in e["related_numbers"]]
    if slug == "pinecrest-hollow-or-pd":
        noinc = [ln for ln in t.splitlines() if "-- no incident --" in ln]
        if not noinc or any(i in ln for ln in noinc for i in ids):
            p.append("no-incident status lines missing or carrying an id")
        m = re.search(r"Status entries: (\d+)", t)
        nstat = len(re.findall(r"^\d\d/\d\d/2025 +\d\d:\d\d +\S+ +[A-Z]+ ", t, re.M))
        if not m or int(m.group(1)) != nstat or nstat <= len(ids):
            p.append(f"status entries {m and m.group(1)} vs {nstat} lines")
    elif slug == "brackenridge-county-tx-so":
        secs = re.split(r"^UNIT S-\d+ ", t, flags=re.M)[1:]
        seen = [set(re.findall(r"\b\d\d-\d{5}\b", s)) for s in secs]
        twice = [i for i in ids if sum(i in s for s in seen) > 1]
        sub = sum(int(x) for x in re.findall(r"Calls handled by S-\d+: (\d+)", t))
        m = re.search(r"Unit responses: (\d+)", t)
        if not twice or not m or int(m.group(1)) != sub or sub <= len(ids):
            p.append(f"multi-unit trap: {len(twice)} ids in two sections, subtotals {sub}")
        if sum(len(s) for s in seen) != sub:
            p.append("per-section call counts do not match the subtotals")
    elif slug == "ferris-landing-mi-pd":
        hist = re.findall(r"PREMISE HIST: (FL\d{8}) ", t)
        kinds = {r["number"]: r["kind"] for r in e["related_numbers"]}
        if not hist or sorted(hist) != sorted(rel) or any(kinds[h] != "premise_history" or h in ids for h in hist):
            p.append("premise-history numbers not exactly the related numbers")
        m = re.search(r"END OF LOG +(\d+) MESSAGES", t)
        nmsg = len(re.findall(r"^\d\d/\d\d \d\d:\d\d:\d\d ", t, re.M))
        if not m or int(m.group(1)) != nmsg:
            p.append("message count")
    elif slug == "harlow-mills-ky-pd":
        m = re.search(r"\((\d+) CARRIED OVER FROM (\d\d)/(\d\d)/20(\d\d)\)", t)
        prefix = m and f"{m.group(4)}{m.group(2)}{m.group(3)}"
        carried = [i for i in ids if prefix and i.startswith(prefix)]
        if not m or len(carried) != int(m.group(1)) or not carried:
            p.append("carried-over count")
        for i in carried:
            if re.search(rf"10-6 +{i}", t) or ids.index(i) >= len(carried) + 3:
                p.append(f"carried {i} has a 10-6 line or is not at the top")
        if not re.search(r"^CODES: 10-6 ASSIGNED", t, re.M):
            p.append("code legend missing")
    elif slug == "quillan-bay-wa-pd":
        resp = set(re.findall(r"^(R\d{7}) ", t, re.M))
        m = re.search(r"Responses: (\d+)", t)
        if resp != set(rel) or not m or int(m.group(1)) != len(resp) or any(x in ids for x in resp):
            p.append("response numbers not exactly the related numbers")
    return p


def check_entry(slug, e, t, pdf=None):
    p = []
    name = f"{slug}/{e['file']}"
    if pdf is not None:
        b = pdf.read_bytes()
        if hashlib.sha256(b).hexdigest() != e["sha256"] or len(b) != e["bytes"]:
            p.append(f"{name}: sha256/bytes")
        if len(b) >= 200_000:
            p.append(f"{name}: too big")
        info = run(["pdfinfo", str(pdf)])
        if int(re.search(r"^Pages: +(\d+)", info, re.M).group(1)) != e["pages"]:
            p.append(f"{name}: pages")
    ids = e["case_numbers"]
    rel = [r["number"] for r in e["related_numbers"]]
    if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
        p.append(f"{name}: record_count {e['record_count']} vs {len(ids)}")
    if len(set(ids)) != len(ids):
        p.append(f"{name}: ids not unique")
    if set(ids) & set(rel) or any(r["record"] not in ids for r in e["related_numbers"]):
        p.append(f"{name}: related number is an id, or points at no record")
    flat = norm(t)
    for num in set(ids + rel):
        if not re.search(rf"(?<![\w-]){re.escape(num)}(?![\w-])", flat):
            p.append(f"{name}: {num} not printed")
    found = []
    for m in START[slug].finditer(t):
        if m.group("id") not in found:
            found.append(m.group("id"))
    if found != ids:
        p.append(f"{name}: start pattern gives {len(found)} ids, listed {len(ids)} (first diff "
                 f"{next((a, b) for a, b in zip(found + [None] * 999, ids + [None] * 999) if a != b)})")
    if slug in TOTAL:
        m = TOTAL[slug].search(t)
        if not m or int(m.group(1)) != len(ids):
            p.append(f"{name}: printed count {m and m.group(1)} != {len(ids)}")
    if len(e["sample_records"]) != 3:
        p.append(f"{name}: not three samples")
    for s in e["sample_records"]:
        st = stretch(t, s["case_number"])
        for k, v in s.items():
            for val in (v if isinstance(v, list) else [v]):
                if norm(val) not in st:
                    p.append(f"{name}: sample {s['case_number']} {k}={val!r} not in its stretch")
    p += [f"{name}: {x}" for x in trap(slug, e, t)]
    return p


def check_dir(root):
    root = Path(root)
    problems = []
    slugs = sorted(START)
    for slug in slugs:
        gt = json.loads((root / slug / "groundtruth.json").read_text())
        for e in gt:
            pdf = root / slug / e["file"]
            t = run(["pdftotext", "-layout", str(pdf), "-"])
            problems += check_entry(slug, e, t, pdf)
    return problems


def regen_same():
    with tempfile.TemporaryDirectory() as d:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs91.py"), d], check=True)
        bad = []
        for f in sorted(HERE.glob("*/*")):
            g = Path(d) / f.relative_to(HERE)
            if f.suffix in (".pdf", ".json") and (not g.exists() or g.read_bytes() != f.read_bytes()):
                bad.append(f"regen differs: {f.relative_to(HERE)}")
        return bad


def main(argv):
    root = HERE
    if "--dir" in argv:
        root = Path(argv[argv.index("--dir") + 1])
    problems = check_dir(root)
    if "--regen" in argv:
        problems += regen_same()
    n = sum(len(json.loads((Path(root) / s / "groundtruth.json").read_text())) for s in START)
    for x in problems:
        print("FAIL", x)
    print(f"{n} PDFs checked: {'OK' if not problems else f'{len(problems)} problem(s)'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
