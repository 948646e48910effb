"""Stand-alone check of the held-out set blind_logs183 (does not import prr).

Every PDF has an unusual page geometry or type size. For every PDF: sha256, bytes and pages match
groundtruth.json; record_count equals len(case_numbers) and is 40-150 (150-250 for the one long web
page) with no duplicate id; every id and related number is in the `pdftotext -layout` text at least as
often as listed, and no number is both. Each page is read on its own (`pdftotext -layout -f k -l k`),
its page furniture (titles, running heads, column headers, footers, the records stamp) dropped, and the
pages joined in order; on that text a layout-specific stretch-start pattern (which also finds the
non-record stretches: day rows and day totals, closing lines, legends) gives exactly the listed ids in
order; the document's own count equals record_count; every sample value is printed inside its own
record's stretch, its words in order; size < 200 KB; plus one check of each layout's trap, which reads
the page sizes (`pdfinfo`) and the type sizes and positions of the characters (pdfplumber). With
--regen, regenerating must give identical files. `--dir DIR` checks a copy elsewhere.
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import pdfplumber

HERE = Path(__file__).resolve().parent
D = "\u2014"

FURN = {
    "kestrelmoor-wa-pd": re.compile(
        r"^ *(?:kestrelmoor\.example\.gov/police|Home > Police > Records|KESTRELMOOR POLICE DEPARTMENT \[invented\]"
        r"|Daily Activity Log \| May 4|Incident # +Reported +Type|\(c\) 2026 City of Kestrelmoor)"),
    "thistlecombe-county-mt-so": re.compile(
        r"^ *(?:THISTLECOMBE CO SHERIFF *$|\[invented\] *$|DISPATCH TICKET LOG *$|05/11/26 - 05/17/26 *$"
        r"|DISPATCH 555-0176 *$|=+ *$|-+ *$)"),
    "port-calloway-me-pd": re.compile(
        r"^ *(?:PORT CALLOWAY POLICE DEPARTMENT \[invented\]|Report CL-33 run|CAD EVENT +CASE NO\."
        r"|Page \d+ of \d+ *$)"),
    "wrenfield-township-mi-pd": re.compile(
        r"^ *(?:WRENFIELD TOWNSHIP POLICE DEPARTMENT \[invented\] *$|Numbered Incident List +June 1 - 14"
        r"|Sheet \d+ *$)"),
    "ashgrove-springs-nm-pd": re.compile(
        r"^ *(?:ASHGROVE SPRINGS POLICE DEPARTMENT \[invented\] *$|Police Blotter +\u00b7 +May 18"
        r"|Page \d+ of \d+ *$|COPY +- +RECORDS RELEASE|Ashgrove Springs PD Records Unit|Request No\. "
        r"|Fit to page 56%)"),
}
START = {
    "kestrelmoor-wa-pd": re.compile(
        r"^ *(?:(?P<rec>(?P<id>26-\d{5}) +(?P<date>\d\d/\d\d/\d\d) \d\d:\d\d )"
        r"|(?P<day>\w+day, \w+ \d+, 2026 +\((?P<dn>\d+) incidents\))|Showing 1-\d+ of \d+ incidents)", re.M),
    "thistlecombe-county-mt-so": re.compile(
        r"^ *(?:(?P<rec>INC +(?P<id>TC26-\d{5}) *$)"
        r"|(?P<day>\*\* END DAY (?P<dd>\d\d/\d\d/\d\d) TKTS +(?P<dn>\d+) \*\*)|TOTAL TICKETS \d+)", re.M),
    "port-calloway-me-pd": re.compile(
        r"^ *(?:(?P<rec>(?P<cad>\d{6}-\d{4}) +(?P<id>PC26-\d{5}) +(?P<date>\d\d/\d\d/\d\d) \d\d:\d\d )"
        r"|TOTAL CALLS LISTED:|DSP: RPT REPORT)", re.M),
    "wrenfield-township-mi-pd": re.compile(
        rf"^ *(?:(?P<rec>(?P<n>\d+)\. (?P<id>W26-\d{{5}}) {D} (?P<date>\d\d/\d\d/\d{{4}}) \d\d:\d\d {D} )"
        r"|End of list: \d+ incidents\.)", re.M),
    "ashgrove-springs-nm-pd": re.compile(
        rf"^ *(?:(?P<rec>(?P<date>\d\d/\d\d/2026) \d{{4}} {D} Case )|Incidents in this blotter: \d+\.)", re.M),
}
ID_IN = {"ashgrove-springs-nm-pd": re.compile(rf"\bCase\s+(26-\d{{4}})\s+{D}")}
IDS = {  # any number of the id's shape
    "kestrelmoor-wa-pd": re.compile(r"\b26-\d{5}\b"),
    "thistlecombe-county-mt-so": re.compile(r"\bTC26-\d{5}\b"),
    "port-calloway-me-pd": re.compile(r"\bPC26-\d{5}\b"),
    "wrenfield-township-mi-pd": re.compile(r"\bW26-\d{5}\b"),
    "ashgrove-springs-nm-pd": re.compile(r"(?<![\d-])26-\d{4}\b"),
}
TOTAL = {
    "kestrelmoor-wa-pd": re.compile(r"Showing 1-(\d+) of \1 incidents, sorted"),
    "thistlecombe-county-mt-so": re.compile(r"TOTAL TICKETS (\d+)"),
    "port-calloway-me-pd": re.compile(r"TOTAL CALLS LISTED: (\d+)"),
    "wrenfield-township-mi-pd": re.compile(r"End of list: (\d+) incidents\."),
    "ashgrove-springs-nm-pd": re.compile(r"Incidents in this blotter: (\d+)\."),
}
MARK = re.compile(r"^@@ page (\d+) @@$", re.M)
TAIL = re.compile(r"(?:\s*^@@ page \d+ @@$)*\s*\Z", re.M)


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def page_texts(pdf, pages):
    return [run(["pdftotext", "-layout", "-f", str(k), "-l", str(k), str(pdf), "-"]).replace("\f", "")
            for k in range(1, pages + 1)]


def geometry(pdf):
    """Per page: size, the commonest type size, fonts, and boxes of the small (< 8 pt) and of all characters."""
    out = []
    with pdfplumber.open(str(pdf)) as doc:
        for p in doc.pages:
            chars = [ch for ch in p.chars if ch["text"].strip()]
            sizes = Counter(round(ch["size"], 1) for ch in chars)
            small = [ch for ch in chars if ch["size"] < 8]

            def box(cs):
                if not cs:
                    return None
                return (round(min(c["x0"] for c in cs), 1), round(min(c["top"] for c in cs), 1),
                        round(max(c["x1"] for c in cs), 1), round(max(c["bottom"] for c in cs), 1))

            out.append({"w": round(float(p.width), 2), "h": round(float(p.height), 2),
                        "body": sizes.most_common(1)[0][0] if sizes else 0,
                        "fonts": sorted({ch["fontname"] for ch in chars}),
                        "small_box": box(small), "box": box(chars)})
    return out


def reading(folder, texts):
    parts = []
    for k, t in enumerate(texts, 1):
        lines = [ln for ln in t.splitlines() if not FURN[folder].match(ln)]
        parts.append(f"@@ page {k} @@\n" + "\n".join(lines))
    return "\n".join(parts) + "\n"


def blocks(folder, t):
    """(id or None, text stretch, pages the stretch runs over, match) per stretch, in reading order."""
    starts = list(START[folder].finditer(t))
    marks = [(m.start(), int(m.group(1))) for m in MARK.finditer(t)]
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(t)
        text = TAIL.sub("", t[m.start():end])
        pages = [f for pos, f in marks if pos < m.start()][-1:]
        pages += [f for pos, f in marks if m.start() < pos < m.start() + len(text)]
        num = None
        if m.group("rec"):
            if folder in ID_IN:
                found = ID_IN[folder].findall(text)
                num = found[0] if len(found) == 1 else f"?{len(found)} ids"
            else:
                num = m.group("id")
        out.append((num, text, pages, m))
    return out


def records(folder, texts):
    return [(num, text, pages) for num, text, pages, _ in blocks(folder, reading(folder, texts)) if num]


def check_numbers(name, t, e):
    problems = []
    flat = re.sub(r"\s+", " ", t)
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    for num in set(ids + related):
        want = ids.count(num) + related.count(num)
        have = len(re.findall(rf"(?<![\w.-]){re.escape(num)}(?![\w-]|\.\d)", flat))
        if have < want:
            problems.append(f"{name}: {num} printed {have}x, listed {want}x")
    for r in e["related_numbers"]:
        if r["number"] in ids:
            problems.append(f"{name}: {r['number']} is both an id and a related number")
        if r["record"] not in ids:
            problems.append(f"{name}: related number {r['number']} belongs to no listed record")
    if len(set(ids)) != len(ids):
        problems.append(f"{name}: an id is listed twice")
    return problems


def tokens(s):
    return [x for x in re.split(r"[\s/|]+|(?<=\d)-(?=\d\d/)", s) if x]


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, toks):
    it = iter(toks)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(name, recs, e):
    problems = []
    by_id = {num: text for num, text, _ in recs}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text = MARK.sub("", by_id[s["case_number"]])
        for key, val in s.items():
            if not in_order(tokens(val), tokens(text)):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, *kinds):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if not kinds or r["kind"] in kinds}


def day_counts(bl, before):
    """Printed day counts against the records between day lines (day line before its records, or after)."""
    printed, counted, cur = [], [], 0
    for num, _, _, m in bl:
        if m.groupdict().get("day"):
            printed.append(int(m.group("dn")))
            if before:
                counted.append(0)
            else:
                counted.append(cur)
                cur = 0
        elif num:
            if before and counted:
                counted[-1] += 1
            cur += 1
    return printed, counted


def check_layout(folder, name, e, texts, geo):
    """One check of the trap each layout is about (on the page texts and the page geometry)."""
    ids = e["case_numbers"]
    full = "\n".join(texts)
    bl = blocks(folder, reading(folder, texts))
    recs = [(num, text, pages) for num, text, pages, _ in bl if num]
    bad = [num for num, _, _ in recs] != ids
    sizes = [(g["w"], g["h"]) for g in geo]
    if folder == "kestrelmoor-wa-pd":
        # one 8.5 x 120 in page, header once, all records on it, 150-250 of them
        bad |= sizes != [(612.0, 8640.0)] or not 150 <= len(ids) <= 250
        bad |= len(re.findall(r"(?m)^ *Incident # +Reported +Type +Location +Disposition *$", full)) != 1
        bad |= re.findall(r"Showing 1-(\d+) of (\d+) incidents", full) != [(str(len(ids)),) * 2] * 2
        box = geo[0]["box"] if geo else None
        bad |= not box or box[3] - box[1] < 80 * 72
        printed, counted = day_counts(bl, before=True)
        bad |= printed != counted or sum(printed) != len(ids)
    if folder == "thistlecombe-county-mt-so":
        # a 3 in roll cut into long pages; Courier <= 8 pt, 32 columns; tickets broken over the cuts
        bad |= len(set(sizes)) != 1 or not sizes or sizes[0][0] != 216.0 or sizes[0][1] < 4 * 216
        bad |= any(g["body"] > 8 or any("Courier" not in f for f in g["fonts"]) for g in geo)
        bad |= any(len(ln.strip()) > 32 for ln in full.splitlines())
        bad |= any("DISPATCH TICKET LOG" in t for t in texts[1:]) or "DISPATCH TICKET LOG" not in texts[0]
        cross = [num for num, _, pages in recs if len(pages) > 1]
        bad |= len(cross) < 2
        printed, counted = day_counts(bl, before=False)
        bad |= printed != counted or sum(printed) != len(ids)
        cads = {(num, c) for num, text, _ in recs for c in re.findall(r"\bCAD (\d{10})\b", text)}
        bad |= cads != rel(e, "cad") or len(cads) != len(ids)
    if folder == "port-calloway-me-pd":
        # A3 landscape in <= 6 pt type; >= 90 rows on a full page; the CAD event number first on every row
        bad |= not sizes or any(s != (1190.55, 841.89) for s in sizes)
        bad |= any(g["body"] > 6 for g in geo)
        for t in texts:
            rows = len(re.findall(r"(?m)^ *\d{6}-\d{4} +PC26-\d{5} ", t))
            bad |= re.findall(r"Rows this page: (\d+)", t) != [str(rows)]
            bad |= bool(re.search(r"(?m)^ *PC26-\d{5}", t))
        bad |= len(re.findall(r"(?m)^ *\d{6}-\d{4} +PC26-\d{5} ", texts[0] if texts else "")) < 90
        cads = {(m.group("id"), m.group("cad")) for num, _, _, m in bl if num}
        bad |= cads != rel(e, "cad") or len(cads) != len(ids)
    if folder == "wrenfield-township-mi-pd":
        # pages of >= 4 sizes, portrait and landscape, a half-letter page; type size changing; items run on
        norm_sizes = {tuple(sorted(s)) for s in sizes}
        bad |= len(norm_sizes) < 4 or (396.0, 612.0) not in norm_sizes
        bad |= not any(w > h for w, h in sizes) or not any(w < h for w, h in sizes)
        bad |= len({g["body"] for g in geo}) < 4
        paras = [int(m.group("n")) for num, _, _, m in bl if num]
        bad |= paras != list(range(1, len(ids) + 1))
        cross = [pages for _, _, pages in recs if len(pages) > 1]
        bad |= len([p for p in cross if sizes[p[0] - 1] != sizes[p[-1] - 1]]) < 2
        bad |= any("(continued)" not in t for t in texts[1:]) or "(continued)" in (texts[0] if texts else "")
    if folder == "ashgrove-springs-nm-pd":
        # tabloid sheets; the log's small type inside the top left corner; the stamp's number of id shape
        bad |= not sizes or any(s != (792.0, 1224.0) for s in sizes)
        for g in geo:
            b = g["small_box"]
            bad |= not b or b[0] < 24 or b[1] < 24 or b[2] > 24 + 612 * 0.56 + 1 or b[3] > 24 + 792 * 0.56 + 1
            bad |= not 5 <= g["body"] <= 6
        stamp = [re.findall(r"Request No\. (26-\d{4}) ", t) for t in texts]
        bad |= any(len(s) != 1 for s in stamp) or len({s[0] for s in stamp if s}) != 1
        req = stamp[0][0] if stamp and stamp[0] else None
        bad |= req is None or req in ids or not IDS[folder].fullmatch(req)
        bad |= Counter(IDS[folder].findall(full))[req] != len(texts)
        bad |= any(req in text for _, text, _ in recs)
    return [f"{name}: {folder} layout trap does not hold"] if bad else []


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        full = run(["pdftotext", "-layout", str(pdf), "-"])
        pages = full.count("\f")
        if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
            problems.append(f"{pdf.name}: sha256/bytes differ")
        if pages != e["pages"] or not 1 <= pages <= 12:
            problems.append(f"{pdf.name}: pages {pages} vs {e['pages']}")
        if len(data) >= 200_000:
            problems.append(f"{pdf.name}: {len(data)} bytes")
        ids = e["case_numbers"]
        lo, hi = (150, 250) if folder.name == "kestrelmoor-wa-pd" else (40, 150)
        if e["record_count"] != len(ids) or not lo <= len(ids) <= hi:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        problems += check_numbers(pdf.name, full, e)
        texts = page_texts(pdf, pages)
        recs = records(folder.name, texts)
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(x) for x in TOTAL[folder.name].findall(full)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(pdf.name, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, e, texts, geometry(pdf))
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs183.py"), tmp], check=True)
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
