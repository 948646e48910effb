"""Stand-alone check of the held-out set blind_logs172 (does not import prr).

Every PDF is a monthly or quarterly report full of count tables, charts and narrative, with one incident
listing that holds the records. For every PDF: sha256, bytes and pages match groundtruth.json;
record_count equals len(case_numbers) and is 40-150 with no duplicate id; every id and related number is
in the `pdftotext -layout` text at least as often as listed, and no number is both. Page furniture
(running heads, footers, repeated column headers) is dropped, the listing is cut out of the report
between its heading and its closing count line (and, for the listing split around a chart, the chart is
cut out of it); on that text a layout-specific stretch-start pattern gives exactly the listed ids in
order; the document's own count equals record_count; the related numbers found in the stretches equal
`related_numbers`; every sample value is printed inside its own record's stretch, its words in order
(in the register grouped by offence, `type` is the group heading over the record); size < 200 KB; plus
one check of each layout's trap. With --regen, regenerating must give identical files. `--dir DIR`
checks a copy elsewhere.
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
D = "\u2014"

FURN = {
    "ashcombe-vt-pd": re.compile(
        r"^ *(?:ASHCOMBE POLICE DEPARTMENT \[invented\] *$|Monthly Report to the Select Board +\| +May 2026 *$"
        r"|Prepared by the Records Unit, 555-0131 |Case No\. +Reported +Occurred +Offense)"),
    "brindlemoor-county-mt-so": re.compile(
        r"^ *(?:BRINDLEMOOR COUNTY SHERIFF'S OFFICE \[invented\] *$|Quarterly Report to the Board of County "
        r"Commissioners +\| +First Quarter|Prepared by the Records Unit, 555-0157 )"),
    "corvell-nc-pd": re.compile(
        r"^ *(?:CORVELL POLICE DEPARTMENT \[invented\] *$|Monthly Police Report to City Council +\| +April 2026 *$"
        r"|Prepared by the Records Unit, 555-0176 )"),
    "dunmere-township-mi-pd": re.compile(
        r"^ *(?:DUNMERE TOWNSHIP POLICE DEPARTMENT \[invented\] *$|Quarterly Statistical Report to the Township "
        r"Board +\| +Second Quarter|Prepared by the Records Unit, 555-0119 )"),
    "elsford-ks-pd": re.compile(
        r"^ *(?:ELSFORD POLICE DEPARTMENT \[invented\] *$|Monthly Crime Statistics Report +\| +June 2026 *$"
        r"|Prepared by the Records Unit, 555-0182 |REPORTED +LOCATION +OCCURRED +DISP +INCIDENT *$)"),
}
# the listing: from the end of its heading line to the start of its closing count line
REGION = {
    "ashcombe-vt-pd": (r"(?m)^ *7\. Incident listing, May 2026 *$", r"(?m)^ *Incidents listed for May 2026: \d+"),
    "brindlemoor-county-mt-so": (r"(?m)^ *Section 5\. Incident listing: reportable incidents, first quarter 2026 *$",
                                 r"(?m)^ *Reportable incidents listed: \d+"),
    "corvell-nc-pd": (r"(?m)^ *Incident summaries, April 2026 *$", r"(?m)^ *Incident summaries in this report: \d+\."),
    "dunmere-township-mi-pd": (r"(?m)^ *Part I incidents, April - June 2026 *$", r"(?m)^ *Part I incidents listed: \d+\."),
    "elsford-ks-pd": (r"(?m)^ *Incident register, June 2026, by offense *$", r"(?m)^ *Incidents in register: \d+"),
}
# cut out of the listing before it is read: the chart that splits the Brindlemoor listing
CUT = {"brindlemoor-county-mt-so": re.compile(
    r"(?ms)^ *Figure 2\. Reportable incidents by week.*?^ *Section 5\. Incident listing \(continued\) *\n")}
START = {
    "ashcombe-vt-pd": re.compile(r"(?m)^ *(?P<rec>(?P<id>A26-\d{5}) +(?P<date>\d\d/\d\d/\d\d) \d\d:\d\d )"),
    "brindlemoor-county-mt-so": re.compile(
        r"(?m)^ *(?P<rec>Incident No\. +(?P<id>BCSO-26-\d{5}) +Reported +(?P<date>\d\d/\d\d/\d{4}) \d\d:\d\d *$)"),
    "corvell-nc-pd": re.compile(r"(?m)^ *(?P<rec>(?P<date>April \d{1,2}), \d\d:\d\d\. )"),
    "dunmere-township-mi-pd": re.compile(
        rf"(?m)^ *(?P<rec>(?P<n>\d+)\. +(?P<id>26-\d{{4}}) {D} .*?Reported (?P<date>\d\d/\d\d/2026) )"),
    "elsford-ks-pd": re.compile(
        r"(?m)^ *(?:(?P<rec>(?P<date>06/\d\d) \d\d:\d\d .* (?P<id>E26-\d{4}) *$)"
        r"|(?P<grp>(?P<gname>[A-Z][A-Z /-]+[A-Z]) \((?P<gn>\d+)\) *$))"),
}
ID_IN = {"corvell-nc-pd": re.compile(r"\bIncident\s+(2026-\d{5}),\s+Officer\b")}
IDS = {  # any number of the ids' shape, for the print-order mutation and the traps
    "ashcombe-vt-pd": re.compile(r"\bA26-\d{5}\b"),
    "brindlemoor-county-mt-so": re.compile(r"\bBCSO-26-\d{5}\b"),
    "corvell-nc-pd": re.compile(r"\b2026-\d{5}\b"),
    "dunmere-township-mi-pd": re.compile(r"(?<![\w-])2[56]-\d{4}\b"),
    "elsford-ks-pd": re.compile(r"\bE26-\d{4}\b"),
}
TOTAL = {
    "ashcombe-vt-pd": re.compile(r"Incidents listed for May 2026: (\d+)"),
    "brindlemoor-county-mt-so": re.compile(r"Reportable incidents listed: (\d+)"),
    "corvell-nc-pd": re.compile(r"Incident summaries in this report: (\d+)\."),
    "dunmere-township-mi-pd": re.compile(r"Part I incidents listed: (\d+)\."),
    "elsford-ks-pd": re.compile(r"Incidents in register: (\d+)"),
}
REL = {  # related numbers printed inside the records: kind, pattern
    "brindlemoor-county-mt-so": ("cad", re.compile(r"CAD No\. +(\d{10})\b")),
    "corvell-nc-pd": ("citation", re.compile(r"Citation\s+(C\d{6})\s+was\s+issued\.")),
    "dunmere-township-mi-pd": ("arrest", re.compile(r"Arrest no\.\s+(AR26-\d{4})\.")),
}


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def clean(folder, full):
    """The text without page furniture lines and form feeds."""
    return "\n".join(ln for ln in full.replace("\f", "\n").splitlines() if not FURN[folder].match(ln)) + "\n"


def region(folder, t):
    """(text of the listing with any CUT span removed, start offset) or (None, problem)."""
    b = list(re.finditer(REGION[folder][0], t))
    e = list(re.finditer(REGION[folder][1], t))
    if len(b) != 1 or len(e) != 1 or e[0].start() < b[0].end():
        return None, f"listing heading {len(b)}x, closing line {len(e)}x"
    body = t[b[0].end():e[0].start()]
    if folder in CUT:
        cuts = CUT[folder].findall(body)
        if len(cuts) != 1:
            return None, f"{len(cuts)} charts inside the listing"
        body = CUT[folder].sub("", body)
    return body, b[0].end()


def blocks(folder, body):
    """(id or None, stretch text, match, group heading over it) per stretch of the listing, in order."""
    starts = list(START[folder].finditer(body))
    out, grp = [], None
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(body)
        text = body[m.start():end]
        if m.groupdict().get("grp"):
            grp = m
            out.append((None, text, m, None))
            continue
        if folder in ID_IN:
            found = ID_IN[folder].findall(text)
            num = found[0] if len(found) == 1 else f"?{len(found)} ids"
        else:
            num = m.group("id")
        out.append((num, text, m, grp))
    return out


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


def check_samples(folder, name, bl, e):
    problems = []
    by_id = {num: (text, grp) for num, text, _, grp in bl if num}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, grp = by_id[s["case_number"]]
        for key, val in s.items():
            if key == "type" and grp is not None:
                ok = grp.group("gname") == val
            else:
                ok = in_order(tokens(val), tokens(text))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_related(folder, name, bl, e):
    found = set()
    if folder in REL:
        kind, pat = REL[folder]
        found = {(num, kind, x) for num, text, _, _ in bl if num for x in pat.findall(text)}
    listed = {(r["record"], r["kind"], r["number"]) for r in e["related_numbers"]}
    if found != listed or len(listed) != len(e["related_numbers"]):
        return [f"{name}: related numbers in the records {len(found)}, listed {len(e['related_numbers'])}"]
    return []


def rows(pat, t):
    return [m.groups() for m in re.finditer(pat, t)]


def check_layout(folder, name, e, full):
    """One check of the trap each layout is about, on the `pdftotext -layout` text (or a mutated copy)."""
    t = clean(folder, full)
    ids = e["case_numbers"]
    body, off = region(folder, t)
    if body is None:
        return [f"{name}: {folder} layout trap does not hold ({off})"]
    bl = blocks(folder, body)
    recs = [(num, text, m, g) for num, text, m, g in bl if num]
    bad = [x[0] for x in recs] != ids
    before = t[:off]
    if folder == "ashcombe-vt-pd":
        # an appendix listing of April in the same layout and series after the May listing: not counted
        m = re.search(r"(?ms)^ *Appendix B\. April 2026 incident listing \(for comparison\) *$(.*?)"
                      r"^ *Incidents listed for April 2026: (\d+)", t)
        app = [(x.group("id"), x.group("date")) for x in START[folder].finditer(m.group(1))] if m else []
        bad |= not m or len(app) < 20 or len(app) != int(m.group(2)) or m.start() < off
        bad |= any(d[:3] != "04/" for _, d in app) or any(x[2].group("date")[:3] != "05/" for x in recs)
        bad |= bool({a for a, _ in app} & set(ids)) or not app or max(a for a, _ in app) >= min(ids)
        bad |= len(START[folder].findall(t)) != len(ids) + len(app)
    if folder == "brindlemoor-county-mt-so":
        # the chart sits inside one block: two of its lines above, three below the continued heading
        raw = t[off:]
        cut = CUT[folder].search(raw)
        bad |= not cut
        if cut:
            above, chart = raw[:cut.start()], cut.group()
            last = list(START[folder].finditer(above))
            tail = above[last[-1].start():] if last else ""
            nxt = START[folder].search(raw, cut.end())
            below = raw[cut.end():nxt.start() if nxt else len(raw)]
            bad |= not last or not nxt or "Nature" not in tail or bool(re.search(r"Location|Occurred|Status", tail))
            bad |= not all(re.search(rf"(?m)^ *{x} ", below) for x in ("Location", "Occurred", "Status"))
            bad |= len(re.findall(r"\bWk \d+\b", chart)) != 13 or len(re.findall(r"(?<![\w/:])\d{1,2}(?![\w/:])", chart)) < 13
        for _, text, _, _ in recs:
            bad |= [len(re.findall(rf"(?m)^ *{x} ", text)) for x in ("Incident No\\.", "Nature", "Location",
                                                                     "Occurred", "Status")] != [1] * 5
    if folder == "corvell-nc-pd":
        # a top-10 table and the highlights print incident numbers of the listing before it
        top = rows(r"(?m)^ *(\d+) +(2026-\d{5}) +(\d\d/\d\d) ", before)
        bad |= [int(k) for k, _, _ in top] != list(range(1, 11)) or len({x for _, x, _ in top}) != 10
        bad |= any(x not in ids for _, x, _ in top)
        flat = re.sub(r"\s+", " ", full)
        bad |= any(len(re.findall(rf"\b{x}\b", flat)) < 2 for _, x, _ in top)
        hl = re.search(r"(?s)Highlights(.*?)Table 1\.", before)
        cited = [x for x in IDS[folder].findall(hl.group(1))] if hl else []
        bad |= len(cited) < 3 or any(x not in ids for x in cited)
        bad |= len(IDS[folder].findall(full)) < len(ids) + 10 + len(cited)
    if folder == "dunmere-township-mi-pd":
        # numbers of the ids' shape in the count tables, bracketing the listed ids; numbered recommendations
        shaped = IDS[folder].findall(before)
        bad |= len(shaped) < 8 or bool(set(shaped) & set(ids))
        months = rows(r"(?m)^ *(April|May|June) +(26-\d{4}) +(26-\d{4}) +(\d+) *$", before)
        bad |= [m for m, _, _, _ in months] != ["April", "May", "June"]
        for mon, a, b, k in months:
            mm = {"April": "04", "May": "05", "June": "06"}[mon]
            inside = [num for num, _, m, _ in recs if m.group("date")[:2] == mm]
            bad |= not inside or int(b[3:]) - int(a[3:]) + 1 != int(k)
            bad |= not all(a < num < b for num in inside)
        bad |= len(re.findall(r"(?m)^ *[1-9]\. +[A-Z][a-z]", before)) < 3
        bad |= [int(m.group("n")) for _, _, m, _ in recs] != list(range(1, len(ids) + 1))
    if folder == "elsford-ks-pd":
        # Table 1's rows carry the same offence labels as the group headings, and the groups' counts
        sec = re.search(r"(?s)Table 1\. Offenses reported by type.*?(?=^ *Table 2\.)", before, re.M)
        table = {lab.upper(): int(v) for lab, v in rows(r"(?m)^ *([A-Z][A-Za-z /-]*?[A-Za-z]) {2,}(\d+) {2,}\d+ ",
                                                       sec.group() if sec else "") if lab != "Total"}
        groups = [(m.group("gname"), int(m.group("gn")), [num for num, _, _, g in recs if g is m])
                  for _, _, m, _ in bl if m.groupdict().get("grp")]
        bad |= len(groups) < 5 or any(len(members) != k or table.get(g) != k for g, k, members in groups)
        bad |= sum(table.values()) != len(ids) or len(table) < len(groups)
        tot = re.search(r"(?m)^ *Total {2,}(\d+) ", sec.group() if sec else "")
        bad |= not tot or int(tot.group(1)) != len(ids)
        bad |= any(not text.rstrip().endswith(num) for num, text, _, _ in recs)
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
        if pages != e["pages"] or not 2 <= pages <= 20:
            problems.append(f"{pdf.name}: pages {pages} vs {e['pages']}")
        if len(data) >= 200_000:
            problems.append(f"{pdf.name}: {len(data)} bytes")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        problems += check_numbers(pdf.name, full, e)
        body, off = region(folder.name, clean(folder.name, full))
        if body is None:
            problems.append(f"{pdf.name}: {off}")
            bl = []
        else:
            bl = blocks(folder.name, body)
        found = [num for num, _, _, _ in bl if num]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(x) for x in TOTAL[folder.name].findall(full)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(folder.name, pdf.name, bl, e)
        problems += check_related(folder.name, pdf.name, bl, e)
        if bl:
            problems += check_layout(folder.name, pdf.name, e, full)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs172.py"), tmp], check=True)
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
