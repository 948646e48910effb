"""Stand-alone check of the held-out set blind_logs170 (does not import prr).

Every PDF is an incident log with marks added after printing. For every PDF: sha256, bytes and pages match
groundtruth.json; record_count equals len(case_numbers) and is 40-150 with no duplicate id; every id,
related number and voided number is in the `pdftotext -layout` text at least as often as listed, and no
related or voided number is an id (a same-number duplicate excepted). The page furniture (titles, column
headers, footers, the stamp's lines) is dropped and, on the text left, a layout-specific stretch-start
pattern (which also marks the non-record stretches: voided duplicates, closing lines, day totals) gives
exactly the listed ids in order; the document's own count (the corrected one where it was corrected by
hand) equals record_count; every sample value is printed inside its own record's stretch, words in order,
and is never the struck value of a correction; size < 200 KB. The marks are read with pdfplumber: red pen
strokes through words (and StrikeOut annotations) must strike exactly the `corrections` (and the voided
rows), every corrected value must be written by hand (Times-Italic in blue) or in a FreeText annotation,
plus one check of each layout's trap. With --regen, regenerating must give identical files.
`--dir DIR` checks a copy elsewhere.
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
PEN = (0.8, 0.05, 0.05)
INK = (0.08, 0.2, 0.62)
ABOVE = "@@above@@ "  # marks a line written by hand between the typed lines (Moorhaven)

FURN = {
    "corvane-wa-pd": re.compile(
        r"^ *(?:CORVANE POLICE DEPARTMENT \[invented\]|MAR 17 2026 *$|Daily Incident Log +03/02/2026 - "
        r"|Case No\. +Reported +Occurred|RMS daily log DL-3 |Page \d+ of \d+ *$)"),
    "ellisford-county-mt-so": re.compile(
        r"^ *(?:ELLISFORD COUNTY SHERIFF'S OFFICE \[invented\] *$|Incident Blocks +- +February 2 - 22, 2026"
        r"|Printed for the Sheriff's weekly review\.)"),
    "halsworth-vt-pd": re.compile(
        r"^ *(?:HALSWORTH POLICE DEPARTMENT \[invented\] *$|Police Log +\u00b7 +Week of March 16"
        r"|Records 555-0135\. All times|Halsworth PD \[invented\] +\u00b7 +Police Log|Page \d+ of \d+ *$)"),
    "moorhaven-ri-pd": re.compile(
        r"^ *(?:MOORHAVEN POLICE DEPARTMENT \[invented\] *$|Incident Summary for Council Review"
        r"|Printed double-spaced for review\.)"),
    "tillbrook-county-ks-so": re.compile(
        r"^ *(?:TILLBROOK COUNTY SHERIFF'S OFFICE \[invented\] +CAD DAILY INCIDENT REPORT|RUN 03/16/26 04:10 "
        r"|INCIDENT +REPORTED +NATURE +LOCATION|-{40,} *$|PAGE +\d+ OF +\d+ *$)"),
}
# a match with group "rec" starts a record stretch (unless group "void" matched too: a voided duplicate);
# the record's id is group "id2" or "id" (Halsworth: the one `Case` number of the stretch; Moorhaven: the
# number written above the item's line if there is one); other alternatives start non-record stretches
START = {
    "corvane-wa-pd": re.compile(
        r"^ *(?:(?P<rec>(?P<id>26-\d{5})(?: +(?P<id2>26-\d{5}))? +(?P<date>\d\d/\d\d/26) \d\d:\d\d )"
        r"|Entries listed:)", re.M),
    "ellisford-county-mt-so": re.compile(
        r"^ *(?:(?P<rec>CASE NO\. +(?P<id>EC26-\d{5}) +RECEIVED +(?P<date>\d\d/\d\d/2026) \d\d:\d\d)"
        r"(?P<void>[^\n]*\b(?:VOID|void)\b)?|INCIDENTS THIS PERIOD:)", re.M),
    "halsworth-vt-pd": re.compile(
        rf"^ *(?:(?P<rec>(?P<date>\d{{1,2}}/\d{{1,2}}/26)(?P<typed>,)? \d{{4}} hrs {D} )|Entries in this log:)",
        re.M),
    "moorhaven-ri-pd": re.compile(
        rf"^(?:{ABOVE}(?P<above>[^\n]*)\n(?: *\n)*)? *(?:(?P<rec>(?P<n>\d+)\. +(?P<id>26-\d{{4}}) {D} Reported "
        r"(?P<date>\d\d/\d\d/\d{4}) )|Total incidents:)", re.M),
    "tillbrook-county-ks-so": re.compile(
        r"^ *(?:(?P<rec>(?P<added>ADDED: +)?(?P<id>SO26-\d{5}) +(?P<date>\d\d/\d\d/26) \d\d:\d\d)"
        r"(?P<void>[^\n]*\bVOID\b)?"
        r"|(?P<day>\*\*\* DATE (?P<dd>\d\d/\d\d/26) +INCIDENTS +(?P<dn>\d+) \*\*\*(?: +(?P<dn2>\d+))?)"
        r"|TOTAL RECORDS PRINTED:|DISP: RPT|\*\*\* END OF REPORT)", re.M),
}
ID_IN = {"halsworth-vt-pd": re.compile(r"\bCase\s+(26-\d{4});")}
IDS = {
    "corvane-wa-pd": re.compile(r"\b26-\d{5}\b"),
    "ellisford-county-mt-so": re.compile(r"\bEC26-\d{5}\b"),
    "halsworth-vt-pd": re.compile(r"\b26-\d{4}\b"),
    "moorhaven-ri-pd": re.compile(r"\b26-\d{4}\b"),
    "tillbrook-county-ks-so": re.compile(r"\bSO26-\d{5}\b"),
}
TOTAL = {  # the typed count and, where it was corrected by hand, the written one
    "corvane-wa-pd": re.compile(r"Entries listed: (\d+)()"),
    "ellisford-county-mt-so": re.compile(r"INCIDENTS THIS PERIOD: (\d+)(?: +(\d+))?"),
    "halsworth-vt-pd": re.compile(r"Entries in this log: (\d+)(?: +(\d+))?"),
    "moorhaven-ri-pd": re.compile(r"Total incidents: (\d+)\.()"),
    "tillbrook-county-ks-so": re.compile(r"TOTAL RECORDS PRINTED: (\d+)()"),
}
MARK = re.compile(r"^@@ page (\d+) @@$", re.M)


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def close(a, b, tol=0.06):
    return a is not None and len(a) == 3 and all(abs(x - y) < tol for x, y in zip(a, b))


def norm(tok):
    return tok.strip('".,;:()#')


def geometry(pdf):
    """What pdfplumber sees of the marks, per page: hand-written words, pen strokes through words (as
    phrases), the big X marks over voided blocks, highlighter bands, and the annotations."""
    geo = {"hand": [], "struck": [], "xs": [], "bands": 0, "annots": [], "words": []}
    with pdfplumber.open(str(pdf)) as doc:
        for k, page in enumerate(doc.pages, 1):
            words = page.extract_words(extra_attrs=["fontname", "non_stroking_color"])
            geo["words"].append([w["text"] for w in words])
            geo["hand"].append([norm(w["text"]) for w in words
                                if w["fontname"].endswith("Times-Italic") and close(w["non_stroking_color"], INK)])
            for ln in page.lines:
                if not close(ln["stroking_color"], PEN):
                    continue
                dx, dy = ln["x1"] - ln["x0"], ln["bottom"] - ln["top"]
                if dy < 0.5:
                    y = ln["top"]
                    hit = [w for w in words
                           if min(ln["x1"], w["x1"]) - max(ln["x0"], w["x0"]) >= 0.7 * (w["x1"] - w["x0"])
                           and w["top"] + 0.25 * (w["bottom"] - w["top"]) < y < w["bottom"] - 0.2 * (
                               w["bottom"] - w["top"])]
                    geo["struck"].append((k, " ".join(norm(w["text"]) for w in sorted(hit, key=lambda w: w["x0"]))))
                elif dx > 50 and dy > 30:
                    geo["xs"].append((k, ln["x0"], ln["top"], ln["x1"], ln["bottom"]))
            geo["bands"] += sum(1 for rc in page.rects if close(rc["non_stroking_color"], (1, 0.93, 0.2)))
            for a in page.annots:
                sub = str(a["data"].get("Subtype", "")).strip("/'")
                sub = re.sub(r"^.*?(\w+)'?$", r"\1", sub)
                item = {"page": k, "sub": sub, "contents": a.get("contents") or "", "words": ""}
                if sub == "StrikeOut":
                    q = [float(v) for v in a["data"]["QuadPoints"]]
                    x0, x1 = min(q[0::2]), max(q[0::2])
                    top, bottom = page.height - max(q[1::2]), page.height - min(q[1::2])
                    hit = [w for w in words if x0 <= (w["x0"] + w["x1"]) / 2 <= x1
                           and top <= (w["top"] + w["bottom"]) / 2 <= bottom]
                    item["words"] = " ".join(norm(w["text"]) for w in sorted(hit, key=lambda w: w["x0"]))
                geo["annots"].append(item)
    return geo


def reading(folder, full, geo):
    """The pages' text with furniture dropped, each after a `@@ page k @@` marker; in Moorhaven a line
    made only of hand-written words is marked as written between the lines."""
    parts = []
    for k, page in enumerate(full.split("\f")[:-1], 1):
        hand = Counter(geo["hand"][k - 1]) if k - 1 < len(geo["hand"]) else Counter()
        lines = []
        for ln in page.splitlines():
            if FURN[folder].match(ln):
                continue
            toks = [norm(x) for x in ln.split()]
            if folder == "moorhaven-ri-pd" and toks and not Counter(toks) - hand:
                ln = ABOVE + ln.strip()
            lines.append(ln)
        parts.append(f"@@ page {k} @@\n" + "\n".join(lines))
    return "\n".join(parts) + "\n"


def blocks(folder, t):
    """(id or None, text stretch, match) per stretch, in reading order; voided stretches have no id."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(t)
        text = MARK.sub("", t[m.start():end])
        num = None
        if m.group("rec") and not m.groupdict().get("void"):
            if folder in ID_IN:
                found = ID_IN[folder].findall(text)
                num = found[0] if len(found) == 1 else f"?{len(found)} ids"
            elif folder == "moorhaven-ri-pd" and m.group("above") and IDS[folder].search(m.group("above")):
                num = IDS[folder].search(m.group("above")).group()
            else:
                num = m.groupdict().get("id2") or m.group("id")
        out.append((num, text, m))
    return out


def check_numbers(name, t, e):
    problems = []
    flat = re.sub(r"\s+", " ", t)
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    voided = [v["number"] for v in e["voided_entries"]]
    for num in set(ids + related + voided):
        want = ids.count(num) + related.count(num) + voided.count(num)
        have = len(re.findall(rf"(?<![\w.-]){re.escape(num)}(?![\w-]|\.\d)", flat))
        if have < want:
            problems.append(f"{name}: {num} printed {have}x, listed {want}x")
    for r in e["related_numbers"]:
        if r["number"] in ids and r["kind"] == "struck":
            problems.append(f"{name}: {r['number']} is both an id and a struck number")
        if r["record"] not in ids:
            problems.append(f"{name}: related number {r['number']} belongs to no listed record")
    for v in e["voided_entries"]:
        if v["duplicate_of"] not in ids or (v["number"] in ids and v["number"] != v["duplicate_of"]):
            problems.append(f"{name}: voided entry {v['number']} does not fit the ids")
    if len(set(ids)) != len(ids):
        problems.append(f"{name}: an id is listed twice")
    return problems


def tokens(s):
    return [x for x in re.split(r"[\s/|]+", s) if x]


def in_order(words, toks):
    it = iter(toks)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(name, recs, e):
    problems = []
    by_id = {num: text for num, text, _ in recs}
    struck = {(c["record"], c["field"]): c["struck"] for c in e["corrections"]}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text = by_id[s["case_number"]].replace(ABOVE, "")
        for key, val in s.items():
            if not in_order(tokens(val), tokens(text)):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
            if struck.get((s["case_number"], key)) == val:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} is the struck value")
    return problems


def rel(e, *kinds):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if not kinds or r["kind"] in kinds}


def check_marks(folder, name, e, geo):
    """Pen strokes and StrikeOut annotations strike exactly the corrections' values (and voided rows);
    corrected values are written by hand or in a FreeText note."""
    problems = []
    struck = [p for _, p in geo["struck"]] + [a["words"] for a in geo["annots"] if a["sub"] == "StrikeOut"]
    want = [" ".join(norm(x) for x in c["struck"].split()) for c in e["corrections"]]
    extra = Counter(struck) - Counter(want)
    voided_rows = [p for p in extra.elements() if any(p.startswith(v["number"] + " ") for v in e["voided_entries"])]
    if Counter(want) - Counter(struck) or extra - Counter(voided_rows):
        problems.append(f"{name}: struck words {sorted(Counter(struck).elements())} vs corrections {sorted(want)}")
    hand = Counter(w for page in geo["hand"] for w in page)
    notes = " ".join(a["contents"] for a in geo["annots"] if a["sub"] == "FreeText")
    for c in e["corrections"]:
        toks = c["corrected"].split()
        if folder == "tillbrook-county-ks-so":
            ok = all(t in notes.split() for t in toks)
        else:
            ok = not Counter(norm(t) for t in toks) - hand
        if not ok:
            problems.append(f"{name}: corrected value {c['corrected']!r} is not written by hand / in a note")
    return problems


def check_layout(folder, name, e, full, geo):
    """One check of the trap each layout is about (on the text and the pdfplumber geometry)."""
    ids = e["case_numbers"]
    bl = blocks(folder, reading(folder, full, geo))
    recs = [(num, text, m) for num, text, m in bl if num]
    bad = [num for num, _, _ in recs] != ids
    struck = {p for _, p in geo["struck"]}
    hand = {w for page in geo["hand"] for w in page}
    if folder == "corvane-wa-pd":
        # two numbers at the start of a row: the first struck, the second written beside it
        two = [(m.group("id"), m.group("id2")) for num, _, m in recs if m.group("id2")]
        bad |= {(b, a) for a, b in two} != rel(e, "struck") or len(two) < 3
        bad |= any(a not in struck or b not in hand for a, b in two)
        bad |= any(m.group("id") in struck for _, _, m in recs if not m.group("id2"))
        bad |= geo["bands"] < 3 or full.count("\u2714") < 10
        bad |= not re.search(r"REVIEWED[\s\S]{0,300}MAR 17 2026", full.split("\f")[0])
    if folder == "ellisford-county-mt-so":
        # voided duplicate blocks: a note beside the first line, a big X over the block
        void = [(m.group("id"), [x for x, _, _ in bl[:j] if x]) for j, (num, _, m) in enumerate(bl)
                if m.group("rec") and m.group("void")]
        bad |= [v for v, _ in void] != [v["number"] for v in e["voided_entries"]] or len(void) < 2
        for (v, prev), ve in zip(void, e["voided_entries"]):
            bad |= ve["duplicate_of"] not in prev or (v == ve["duplicate_of"] and prev[-1] != v)
        xs = Counter(k for k, *_ in geo["xs"])
        bad |= sum(xs.values()) != 2 * len(e["voided_entries"])
        bad |= any(xs[v["page"]] < 2 for v in e["voided_entries"])
        cites = {(num, c) for num, text, _ in recs for c in IDS[folder].findall(text) if c != num}
        bad |= cites != rel(e, "cited") or len(cites) < 2
        tot = TOTAL[folder].findall(full)
        bad |= len(tot) != 1 or int(tot[0][0]) != len(ids) + len(e["voided_entries"]) or tot[0][0] not in struck
    if folder == "halsworth-vt-pd":
        # entries written in by hand between the typed paragraphs; margin notes citing earlier cases
        ins = [num for num, _, m in recs if not m.group("typed")]
        bad |= ins != e["inserted_records"] or not ins
        bad |= any(num not in hand for num in ins)
        bad |= any(ids.index(num) in (0, len(ids) - 1) for num in ins)
        cites = {(num, c) for num, text, _ in recs for c in re.findall(r"\u2190 see (26-\d{4})", text)}
        bad |= cites != rel(e, "cited") or len(cites) < 3
        tot = TOTAL[folder].findall(full)
        bad |= len(tot) != 1 or int(tot[0][0]) != len(ids) - len(ins) or tot[0][0] not in struck
    if folder == "moorhaven-ri-pd":
        # the right number written above the item's first line, the item's own number struck
        above = [(m.group("id"), num) for num, _, m in recs if num != m.group("id")]
        bad |= {(b, a) for a, b in above} != rel(e, "struck") or len(above) < 3
        bad |= any(a not in struck or b not in hand for a, b in above)
        paras = [int(m.group("n")) for _, _, m in recs]
        bad |= paras != list(range(1, len(ids) + 1))
        lines = full.splitlines()
        for a, b in above:  # in the plain text the written number stands alone on the line above the item
            i = next((j for j, ln in enumerate(lines) if re.match(rf" *\d+\. +{a} {D}", ln)), None)
            prev = [ln for ln in lines[:i] if ln.strip()][-1:] if i else []
            bad |= not prev or b not in prev[0].split()
    if folder == "tillbrook-county-ks-so":
        # PDF-editor annotations: StrikeOut + FreeText corrections, a record added in a FreeText box,
        # a voided row, corrected day totals, a Stamp
        kinds = Counter(a["sub"] for a in geo["annots"])
        bad |= kinds["Stamp"] != 1 or kinds["StrikeOut"] != len(e["corrections"]) + len(e["voided_entries"])
        words = {w for page in geo["words"] for w in page}
        notes = " ".join(a["contents"] for a in geo["annots"] if a["sub"] == "FreeText")
        added = [num for num, _, m in recs if m.group("added")]
        bad |= added != e["inserted_records"] or any(a in words or a not in notes for a in added)
        void = [m.group("id") for num, _, m in bl if m.group("rec") and m.group("void")]
        bad |= void != [v["number"] for v in e["voided_entries"]] or any(v not in words for v in void)
        bad |= any(f"VOID - DUP OF {v['duplicate_of']}" not in notes for v in e["voided_entries"])
        counted, printed = {}, []
        for num, _, m in bl:
            if num:
                counted[m.group("date")] = counted.get(m.group("date"), 0) + 1
            if m.group("day"):
                printed.append((m.group("dd"), int(m.group("dn2") or m.group("dn"))))
                bad |= bool(m.group("dn2")) and (m.group("dn") not in struck and not any(
                    a["words"] == m.group("dn") for a in geo["annots"]))
        bad |= printed != list(counted.items()) or sum(k for _, k in printed) != len(ids)
        bad |= sum(1 for _, _, m in bl if m.group("day") and m.group("dn2")) < 2
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
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        problems += check_numbers(pdf.name, full, e)
        geo = geometry(pdf)
        recs = [(num, text, m) for num, text, m in blocks(folder.name, reading(folder.name, full, geo)) if num]
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(b or a) for a, b in TOTAL[folder.name].findall(full)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(pdf.name, recs, e)
        problems += check_marks(folder.name, pdf.name, e, geo)
        if recs:
            problems += check_layout(folder.name, pdf.name, e, full, geo)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, {len(e['corrections'])} corrections, "
              f"{len(e['related_numbers'])} related, {len(e['voided_entries'])} voided, "
              f"{len(e['inserted_records'])} inserted, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs170.py"), tmp], check=True)
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
