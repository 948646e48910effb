"""Stand-alone check of the held-out set blind_logs126 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals len(case_numbers)
and is 40-150 with no duplicate id; every case number and related number is in the
`pdftotext -layout` text at least as often as listed, and no number is both; the text is then read
group by group (pdftotext cropped to each column group's body, left to right, page by page: the
snaked reading order) and a layout-specific record-start pattern (which also finds non-record
lines: voided numbers, day headings, day counts) gives exactly the listed ids in order; the
document's own total equals record_count; every sample value is printed inside its own record's
stretch (Tillery Ferry's date comes from the day heading above the row); size < 200 KB; the last
page's groups are of unequal length; plus one check of each layout's trap. With --regen,
regenerating must give identical files. `--dir DIR` checks a copy elsewhere (mutation runs).
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
TOP, MARGIN, GUTTER = 62, 24, 14  # geometry used by make_blind_logs126.py
GROUPS = {"wrenfield-ia-pd": 2, "ossory-county-sd-so": 3, "maddox-creek-nc-pd": 2, "halvard-university-dps": 2,
          "tillery-ferry-me-pd": 3}
START = {  # stretch starts; a match without group "id" starts a stretch that is not a record
    "wrenfield-ia-pd": re.compile(r"^(?P<id>25-\d{5}) +\d\d/\d\d \d\d:\d\d +E\d{6}-\d{4} ", re.M),
    "ossory-county-sd-so": re.compile(r"^(?:(?P<id>OC25-\d{5}) +\d\d/\d\d \d{4} |OC25-\d{5} +\*\*\* VOID)", re.M),
    "maddox-creek-nc-pd": re.compile(r"^(?P<id>MC2025-\d{5}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "halvard-university-dps": re.compile(r"^(?P<id>25-\d{4}) +\d\d/\d\d/25 \d{4} ", re.M),
    "tillery-ferry-me-pd": re.compile(
        r"^(?:-- [A-Z]{3} \d\d/\d\d/2025 --|(?P<id>25-\d{5}) +\d\d:\d\d |\s*calls this day|\s*TOTAL CALLS)", re.M),
}
TOTAL = {
    "wrenfield-ia-pd": re.compile(r"Records listed: (\d+)"),
    "ossory-county-sd-so": re.compile(r"Calls listed: (\d+)"),
    "maddox-creek-nc-pd": re.compile(r"Total incidents: (\d+)"),
    "halvard-university-dps": re.compile(r"Entries: (\d+)"),
    "tillery-ferry-me-pd": re.compile(r"TOTAL CALLS: (\d+)"),
}
SEP = "~~~~ end of group ~~~~"  # put between groups in the group-by-group text
HEAD = re.compile(r"^-- [A-Z]{3} (\d\d/\d\d/2025) --", re.M)


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def page_size(pdf):
    m = re.search(r"Page size: +([\d.]+) x ([\d.]+)", run(["pdfinfo", str(pdf)]))
    return float(m.group(1)), float(m.group(2))


def linear(folder, pdf, pages):
    """Text read in snaked order, group by group; also the line count of each group."""
    w, h = page_size(pdf)
    g = GROUPS[folder]
    gw = (w - 2 * MARGIN - (g - 1) * GUTTER) / g
    parts, lens = [], []
    for p in range(1, pages + 1):
        for i in range(g):
            x = MARGIN + i * (gw + GUTTER)
            t = run(["pdftotext", "-f", str(p), "-l", str(p), "-x", str(int(x - 2)), "-y", str(TOP + 3),
                     "-W", str(int(gw + 5)), "-H", str(int(h - TOP - 3 - 36)), "-layout", str(pdf), "-"])
            lines = [ln.strip() for ln in t.replace("\f", "").splitlines() if ln.strip()]
            lens.append(len(lines))
            parts += lines + [SEP]
    return "\n".join(parts) + "\n", lens


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
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(t)
        out.append((m.group("id") if "id" in m.groupdict() else None, t[m.start():end], m.start()))
    return out


def records(folder, t):
    return [b for b in blocks(folder, t) if b[0]]


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w == tok for tok in it) for w in words)


def heading_date(t, pos):
    heads = list(HEAD.finditer(t, 0, pos))
    return heads[-1].group(1) if heads else None


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {num: (text, pos) for num, text, pos in reversed(recs)}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos = by_id[s["case_number"]]
        for key, val in s.items():
            if folder == "tillery-ferry-me-pd" and key == "reported_at":
                date, _, time = val.partition(" ")
                ok = text.split()[1] == time and heading_date(t, pos) == date
            else:
                ok = in_order(val.split(), text.split())
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, kind):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] == kind}


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, bad = e["case_numbers"], False
    if folder == "wrenfield-ia-pd":
        pairs = set()
        for num, text, _ in recs:
            cads = re.findall(r"\bE\d{6}-\d{4}\b", text)
            bad |= len(cads) != 1
            pairs |= {(num, c) for c in cads}
        bad |= pairs != rel(e, "cad_event")
    if folder == "ossory-county-sd-so":
        voids = re.findall(r"^(OC25-\d{5}) +\*\*\* VOID - NUMBER NOT ISSUED \*\*\*$", t, re.M)
        v = re.search(r"Voided: (\d+)", t)
        iss = re.search(r"Numbers issued: (\d+)", t)
        bad = (not voids or not v or not iss or int(v.group(1)) != len(voids)
               or int(iss.group(1)) != len(voids) + len(ids) or any(x in ids for x in voids))
    if folder == "maddox-creek-nc-pd":
        # a record's second line follows it in the same group, or heads the next group marked (cont.)
        conts = len(re.findall(r"^\(cont\.\) ", t, re.M))
        seen = 0
        for _num, text, _ in recs:
            lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("Total incidents")]
            while lines and lines[-1] == SEP:
                lines.pop()
            split = len(lines) == 3 and lines[1] == SEP
            body = [ln for ln in lines if ln != SEP]
            bad |= len(body) != 2 or len(lines) - len(body) > 1 or body[1].startswith("(cont.) ") != split
            seen += split
        bad |= seen != conts or (conts == 0 and e["file"].endswith("10-01-15.pdf"))
    if folder == "halvard-university-dps":
        cited = {(num, c) for num, text, _ in recs for c in re.findall(r"Closed, see (25-\d{4})\b", text)}
        bad = not cited or cited != rel(e, "earlier_report") or any(c in ids for _, c in cited)
    if folder == "tillery-ferry-me-pd":
        n, total = 0, 0
        for num, text, _ in blocks(folder, t):
            if num:
                n += 1
            elif text.startswith("--"):
                n = 0
            elif "calls this day" in text:
                c = int(re.search(r"calls this day: (\d+)", text).group(1))
                bad |= c != n
                total += c
        bad |= total != len(ids)
    return [f"{name}: layout trap check failed"] if bad else []


def check(root):
    problems = []
    folders = sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("_"))
    if folders != sorted(GROUPS):
        problems.append(f"agency folders {folders} != {sorted(GROUPS)}")
    for folder in folders:
        gtp = root / folder / "groundtruth.json"
        if not gtp.exists():
            problems.append(f"{folder}: no groundtruth.json")
            continue
        for e in json.loads(gtp.read_text()):
            name = e["file"]
            pdf = root / folder / name
            if not pdf.exists():
                problems.append(f"{name}: missing")
                continue
            data = pdf.read_bytes()
            if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
                problems.append(f"{name}: sha256/bytes differ")
            if len(data) >= 200_000:
                problems.append(f"{name}: too large")
            pages = int(re.search(r"Pages: +(\d+)", run(["pdfinfo", str(pdf)])).group(1))
            if pages != e["pages"]:
                problems.append(f"{name}: pages {pages} != {e['pages']}")
            ids = e["case_numbers"]
            if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
                problems.append(f"{name}: record_count {e['record_count']} vs {len(ids)} ids")
            full = run(["pdftotext", "-layout", str(pdf), "-"])
            problems += check_numbers(name, full, e)
            t, lens = linear(folder, pdf, pages)
            recs = records(folder, t)
            if [r[0] for r in recs] != ids:
                problems.append(f"{name}: record starts give {len(recs)} ids, not the listed ones in order")
            m = TOTAL[folder].search(t)
            if not m or int(m.group(1)) != e["record_count"]:
                problems.append(f"{name}: document total does not equal record_count")
            last = lens[-GROUPS[folder]:]
            if len(set(last)) < 2:
                problems.append(f"{name}: last page groups of equal length {last}")
            problems += check_samples(folder, name, t, recs, e)
            problems += check_layout(folder, name, t, e, recs)
    return problems


def main():
    args = sys.argv[1:]
    root = Path(args[args.index("--dir") + 1]) if "--dir" in args else HERE
    problems = check(root)
    if "--regen" in args:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([sys.executable, str(HERE / "make_blind_logs126.py"), tmp], check=True)
            for pdf in sorted(HERE.glob("*/*.pdf")) + sorted(HERE.glob("*/groundtruth.json")):
                other = Path(tmp) / pdf.parent.name / pdf.name
                if not other.exists() or other.read_bytes() != pdf.read_bytes():
                    problems.append(f"{pdf.name}: regeneration differs")
    for p in problems:
        print("FAIL", p)
    n = sum(len(json.loads(g.read_text())) for g in root.glob("*/groundtruth.json"))
    print(f"{'FAILED' if problems else 'OK'}: {n} PDFs checked, {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
