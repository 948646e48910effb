"""Stand-alone check of the held-out set blind_logs169 (does not import prr).

Every PDF is a CPRA response packet: cover letter, exemption index, custodian's declaration, the incident
log (Bates-numbered on every page) and in some packets an invoice and a certificate of service. For every
PDF: sha256, bytes and pages match groundtruth.json; record_count equals len(case_numbers) and is 40-150
with no duplicate id; every id and related number is in the `pdftotext -layout` text at least as often
as listed, no number is both, and each packet number (`record: null`) is printed on the pages of the part
it is listed for. The parts listed under `packet` cover the pages in order and each part's heading is
printed on its first page; the log pages are exactly the pages carrying a Bates stamp (the stamp at the
end of a line, right margin), numbered in one series as listed in `related_numbers`. On the log pages,
stamps and page furniture dropped, a layout-specific stretch-start pattern (which also finds the
non-record stretches: closing lines, legends) gives exactly the listed ids in order; the document's own
counts (log closing line, declaration or letter) equal record_count; every sample value is printed inside
its own record's stretch, its words in order; size < 200 KB; plus one check of each layout's trap. With
--regen, regenerating must give identical files. `--dir DIR` checks a copy elsewhere.
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

# per agency: BATES the stamp's shape; FURN the log pages' furniture lines; START a match with group "rec"
# starts a record stretch whose id is group "id" (or the one ID_IN match inside the stretch), the other
# alternatives start stretches that are no records; IDS any number of the id's shape; TOTAL the document's
# own counts (every match must equal record_count)
BATES = {
    "calderwood-ca-pd": r"CALD-\d{6}",
    "merriwell-ca-pd": r"MPD \d{6}",
    "tolliver-ca-pd": r"TOLLIVER \d{6}",
    "ashgrove-ca-pd": r"ASHPD-\d{6}",
    "ruskin-county-ca-so": r"RCSO-\d{6}",
}
FURN = {
    "calderwood-ca-pd": re.compile(
        r"^ *(?:CALDERWOOD POLICE DEPARTMENT \[invented\] *$|Incident Log +03/01/2026 - 03/21/2026 "
        r"|Case No\. +Reported +Occurred|RMS incident log +run )"),
    "merriwell-ca-pd": re.compile(
        r"^ *(?:MERRIWELL POLICE DEPARTMENT \[invented\] *$|Incident Log, March 9 - 22, 2026 "
        r"|Merriwell PD incident log )"),
    "tolliver-ca-pd": re.compile(
        r"^ *(?:TOLLIVER POLICE DEPARTMENT \[invented\] +\u00b7 +PRESS LOG *$|March 1 - 14, 2026\. Entries as "
        r"|Press log, March 1 - 14, 2026 +\u00b7 +sheet )"),
    "ashgrove-ca-pd": re.compile(
        r"^ *(?:ASHGROVE POLICE DEPARTMENT \[invented\] *$|Incident Log, March 1 - 21, 2026 +\u00b7 +installment "
        r"|Entries are numbered in one series)"),
    "ruskin-county-ca-so": re.compile(
        r"^ *(?:RUSKIN COUNTY SHERIFF'S OFFICE \[invented\] +CAD CALL SUMMARY|PERIOD 02/16/26-02/25/26 "
        r"|CASE NO +REPORTED +NATURE|LOCATION / OCCURRED / CAD NO|-{40,} *$|CS-30 +PAGE +\d+ OF +\d+ *$)"),
}
START = {
    "calderwood-ca-pd": re.compile(
        r"^ *(?:(?P<rec>(?P<id>26-\d{6}) +(?P<date>\d\d/\d\d/\d{4}) \d\d:\d\d )|Total incidents listed:)", re.M),
    "merriwell-ca-pd": re.compile(
        r"^ *(?:(?P<rec>Incident No\.: +(?P<id>M26-\d{5}) +Reported: +(?P<date>\d\d/\d\d/\d{4}) )"
        r"|End of log\.)", re.M),
    "tolliver-ca-pd": re.compile(
        rf"^ *(?:(?P<rec>(?P<date>\d{{1,2}}/\d{{1,2}}/26) \d{{4}} hrs {D} )|\d+ entries in this log\.)", re.M),
    "ashgrove-ca-pd": re.compile(
        r"^ *(?:(?P<rec>(?P<n>\d+)\. +(?P<id>A26-\d{5}) +Reported (?P<date>\d\d/\d\d/\d{4}) )"
        r"|End of installment \d)", re.M),
    "ruskin-county-ca-so": re.compile(
        r"^ *(?:(?P<rec>(?P<id>RC26-\d{6}) +(?P<date>\d\d/\d\d/\d\d) \d{4} )|TOTAL CALLS LISTED:|DISP: RPT)", re.M),
}
ID_IN = {"tolliver-ca-pd": re.compile(r"\bReport\s+(26-\d{4})\.")}
IDS = {  # any number of the id's shape (a naive reader's ids), anywhere in the packet
    "calderwood-ca-pd": re.compile(r"\b26-\d{6}\b"),
    "merriwell-ca-pd": re.compile(r"\bM2\d-\d{5}\b"),
    "tolliver-ca-pd": re.compile(r"(?<![\w-])26-\d{4}\b"),
    "ashgrove-ca-pd": re.compile(r"\bA26-\d{5}\b"),
    "ruskin-county-ca-so": re.compile(r"\bRC26-\d{6}\b"),
}
TOTAL = {
    "calderwood-ca-pd": re.compile(r"Total incidents listed: (\d+)|pages listing (\d+) incidents"),
    "merriwell-ca-pd": re.compile(r"Incidents listed: (\d+)|It lists (\d+) incidents"),
    "tolliver-ca-pd": re.compile(r"(\d+) entries in this log\.|It contains (\d+) entries"),
    "ashgrove-ca-pd": re.compile(r"[Tt]he log lists (\d+) incidents"),
    "ruskin-county-ca-so": re.compile(r"TOTAL CALLS LISTED: (\d+)|lists (\d+) calls"),
}
HEADS = {  # a part's heading, printed on its first page
    "cover letter": re.compile(r"^ *Re: .*(?:Public Records Act|PRA)", re.M),
    "exemption index": re.compile(r"EXEMPTION INDEX|Exemption Index"),
    "declaration": re.compile(r"DECLARATION OF CUSTODIAN OF RECORDS"),
    "certificate of service": re.compile(r"CERTIFICATE OF SERVICE"),
    "invoice": re.compile(r"INVOICE FOR PUBLIC RECORDS"),
    "incident log": re.compile(r"POLICE DEPARTMENT \[invented\]|SHERIFF'S OFFICE \[invented\]"),
}
MARK = re.compile(r"^@@ page (\d+) @@$", re.M)
TAIL = re.compile(r"(?:\s*^@@ page \d+ @@$)*\s*\Z", re.M)


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def page_texts(pdf):
    return run(["pdftotext", "-layout", str(pdf), "-"]).split("\f")[:-1]


def stamp_re(folder):
    """A Bates stamp: the last thing on a line, at least three spaces after other text or alone."""
    return re.compile(rf"(?m)(?:^|(?<=\S) {{3,}}) *({BATES[folder]}) *$")


def stamps_of(folder, pages):
    """(0-based page, stamp, line index) per stamp found."""
    out = []
    for k, t in enumerate(pages):
        for m in stamp_re(folder).finditer(t):
            out.append((k, m.group(1), t[:m.start()].count("\n")))
    return out


def log_pages(folder, pages):
    return sorted({k for k, _, _ in stamps_of(folder, pages)})


def reading(folder, pages):
    """The log pages in order, stamps and furniture dropped, each after a `@@ page k @@` marker (1-based)."""
    parts = []
    for k in log_pages(folder, pages):
        t = stamp_re(folder).sub("", pages[k])
        lines = [ln for ln in t.splitlines() if not FURN[folder].match(ln)]
        parts.append(f"@@ page {k + 1} @@\n" + "\n".join(lines))
    return "\n".join(parts) + "\n"


def blocks(folder, t):
    """(id or None, text stretch, pages the stretch runs over, match) per stretch, in order."""
    starts = list(START[folder].finditer(t))
    marks = [(m.start(), int(m.group(1))) for m in MARK.finditer(t)]
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(t)
        text = TAIL.sub("", t[m.start():end])
        pg = [f for pos, f in marks if pos < m.start()][-1:]
        pg += [f for pos, f in marks if m.start() < pos < m.start() + len(text)]
        num = None
        if m.group("rec"):
            if folder in ID_IN:
                found = ID_IN[folder].findall(text)
                num = found[0] if len(found) == 1 else f"?{len(found)} ids"
            else:
                num = m.group("id")
        out.append((num, text, pg, m))
    return out


def records(folder, pages):
    return [(num, text, pg) for num, text, pg, _ in blocks(folder, reading(folder, pages)) if num]


def flat(s):
    return re.sub(r"\s+", " ", s)


def count(num, text):
    return len(re.findall(rf"(?<![\w.-]){re.escape(num)}(?![\w-]|\.\d)", flat(text)))


def part_pages(e, prefix):
    return [p for part in e["packet"] if part["part"].startswith(prefix) for p in part["pages"]]


def check_numbers(name, pages, e):
    problems = []
    full = "\n".join(pages)
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    for num in set(ids + related):
        want = ids.count(num) + related.count(num)
        have = count(num, full)
        if have < want:
            problems.append(f"{name}: {num} printed {have}x, listed {want}x")
    for r in e["related_numbers"]:
        if r["number"] in ids:
            problems.append(f"{name}: {r['number']} is both an id and a related number")
        if r["record"] is None:
            where = part_pages(e, r.get("where", "?"))
            if not where or not any(count(r["number"], pages[p - 1]) for p in where):
                problems.append(f"{name}: packet number {r['number']} not printed in its part {r.get('where')!r}")
        elif r["record"] not in ids:
            problems.append(f"{name}: related number {r['number']} belongs to no listed record")
    if len(set(ids)) != len(ids):
        problems.append(f"{name}: an id is listed twice")
    return problems


def check_packet(folder, name, pages, e):
    """Parts cover the pages in order; headings on first pages; log pages = stamped pages, one series."""
    problems = []
    allp = [p for part in e["packet"] for p in part["pages"]]
    if allp != list(range(1, len(pages) + 1)):
        problems.append(f"{name}: packet parts cover pages {allp}, the PDF has {len(pages)}")
    for part in e["packet"]:
        kind = next((k for k in HEADS if part["part"].startswith(k)), None)
        if kind is None or not part["pages"] or not HEADS[kind].search(pages[part["pages"][0] - 1]):
            problems.append(f"{name}: part {part['part']!r} has no heading on its first page")
    st = stamps_of(folder, pages)
    logp = [p - 1 for p in part_pages(e, "incident log")]
    if [k for k, _, _ in st] != logp:
        problems.append(f"{name}: Bates stamps on pages {[k + 1 for k, _, _ in st]}, log pages {logp}")
    listed = [r["number"] for r in e["related_numbers"] if r["kind"] == "bates"]
    if [s for _, s, _ in st] != listed:
        problems.append(f"{name}: Bates stamps printed differ from those listed")
    nums = [int(re.sub(r"\D", "", s)) for _, s, _ in st]
    if nums != list(range(1, len(nums) + 1)) or e["bates_range"] != f"{listed[0]} - {listed[-1]}":
        problems.append(f"{name}: Bates stamps are not one series from 1: {nums}")
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


def first_page(pages, pat):
    return next((k for k, t in enumerate(pages) if re.search(pat, t)), None)


def check_layout(folder, name, e, pages):
    """One check of the trap each layout is about, on a copy of the page texts."""
    ids = e["case_numbers"]
    full = "\n".join(pages)
    logp = log_pages(folder, pages)
    bl = blocks(folder, reading(folder, pages))
    recs = [(num, text, pg) for num, text, pg, _ in bl if num]
    bad = [num for num, _, _ in recs] != ids or not logp
    if bad:
        return [f"{name}: {folder} layout trap does not hold (records)"]
    rel = {r["number"]: r for r in e["related_numbers"]}
    if folder == "calderwood-ca-pd":
        # an exemption index of the same look before the log, its rows citing log case numbers
        ip = first_page(pages, r"EXEMPTION INDEX")
        bad |= ip is None or ip >= logp[0]
        rows = re.findall(r"(?m)^ *(\d+) +(26-\d{6}) +(\d\d/\d\d/\d{4}) +\S", pages[ip] if ip is not None else "")
        bad |= len(rows) < 5 or [int(k) for k, _, _ in rows] != list(range(1, len(rows) + 1))
        bad |= any(c not in ids or count(c, full) != 2 for _, c, _ in rows)
        pos = [ids.index(c) for _, c, _ in rows if c in ids]
        bad |= pos == sorted(pos)
        date = {num: re.search(r"\d\d/\d\d/\d{4}", text).group() for num, text, _ in recs}
        bad |= any(date.get(c) != dt for _, c, dt in rows)
        bad |= ip is not None and (not re.search(r"(?m)^ *Row +Case No\. +Date ", pages[ip])
                                   or list(START[folder].finditer(pages[ip])) != [])
        withheld = [int(x) for x in re.findall(r"CALD-(\d{6}) - CALD-", pages[ip] if ip is not None else "")]
        bad |= not withheld or min(withheld) <= len(logp)
    if folder == "merriwell-ca-pd":
        # index blocks right after the log, with the same `Incident No.:` label
        ip = first_page(pages, r"Exemption Index")
        bad |= ip is None or ip != logp[-1] + 1
        itext = "\n".join(pages[ip:ip + 2]) if ip is not None else ""
        cited = re.findall(r"(?m)^ *Incident No\.: +(M2\d-\d{5})( +Reported:)?", itext)
        entries = re.findall(r"(?m)^ *Index Entry: +(\d+)", itext)
        bad |= len(cited) < 6 or any(rep for _, rep in cited) or len(entries) != len(cited)
        in_log = [c for c, _ in cited if c in ids]
        outside = [c for c, _ in cited if c not in ids]
        bad |= len(in_log) < 3 or len(outside) < 3 or any(not c.startswith("M25-") for c in outside)
        bad |= set(outside) != {n for n, r in rel.items() if r["kind"].startswith("exemption index")}
    if folder == "tolliver-ca-pd":
        # the letter quotes entries in the log's own shape: one in the log, one before its period
        lp = [p - 1 for p in part_pages(e, "cover letter")]
        bad |= part_pages(e, "certificate of service") != [1]
        letter = "\n".join(pages[p] for p in lp)
        quoted = [(m.group("date"), ID_IN[folder].search(letter[m.start():m.start() + 400]))
                  for m in START[folder].finditer(letter) if m.group("rec")]
        quoted = [(dt, q.group(1) if q else None) for dt, q in quoted]
        inside = [(dt, q) for dt, q in quoted if q in ids]
        outside = [(dt, q) for dt, q in quoted if q not in ids]
        bad |= len(inside) != 1 or len(outside) != 1 or any(p > logp[0] for p in lp)
        first = min(tuple(int(x) for x in re.search(r"^ *(\d+)/(\d+)/", t).groups()) for _, t, _ in recs)
        for dt, q in outside:
            m, d, _ = (int(x) for x in dt.split("/"))
            bad |= q not in rel or rel[q]["record"] is not None or (m, d) >= first
        for dt, q in inside:
            bad |= not any(num == q and text.lstrip().startswith(dt + " ") for num, text, _ in recs)
    if folder == "ashgrove-ca-pd":
        # two installments, not adjacent; items numbered in one series; letters' own numbered paragraphs
        runs = [[logp[0]]]
        for k in logp[1:]:
            (runs[-1].append(k) if k == runs[-1][-1] + 1 else runs.append([k]))
        bad |= len(runs) != 2 or runs[1][0] - runs[0][-1] < 2
        nums = [int(m.group("n")) for num, _, _, m in bl if num]
        bad |= nums != list(range(1, len(ids) + 1))
        first_run = sum(1 for _, _, pg in recs if pg[0] - 1 in runs[0])
        between = "\n".join(pages[runs[0][-1] + 1:runs[1][0]]) if len(runs) == 2 else ""
        dc = re.search(r"contains entries 1 through (\d+), (\d+) incidents", flat(between))
        bad |= not dc or int(dc.group(1)) != first_run or int(dc.group(2)) != first_run or first_run == len(ids)
        letters = "\n".join(pages[p - 1] for p in part_pages(e, "cover letter"))
        paras = re.findall(r"(?m)^ *(\d)\. +\S", letters)
        bad |= len(paras) < 6 or list(START[folder].finditer(letters)) != []
        bad |= not re.search(rf"(?m)^ *End of installment 1: entries 1 - {first_run}\.", pages[runs[0][-1]])
    if folder == "ruskin-county-ca-so":
        # the Bates stamp on the line of each page's last text line (the last call's second tier)
        st = stamps_of(folder, pages)
        for k, s, li in st:
            line = pages[k].splitlines()[li]
            bad |= not line.replace(s, "").strip()
            if k != logp[-1]:
                last = [num for num, text, pg in recs if pg[0] == k + 1][-1]
                cad = [r["number"] for r in e["related_numbers"] if r["record"] == last and r["kind"] == "cad"]
                bad |= not cad or not re.search(rf"CAD: {cad[0]} {{3,}}{re.escape(s)} *$", line)
        cads = {(num, c) for num, text, _ in recs for c in re.findall(r"CAD: (\d{10})\b", text)}
        bad |= cads != {(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] == "cad"}
        bad |= len(cads) != len(ids)
        inv = "\n".join(pages[p - 1] for p in part_pages(e, "invoice"))
        cited = IDS[folder].findall(inv)
        bad |= len(cited) < 3 or any(c not in ids for c in cited) or part_pages(e, "invoice")[0] > logp[0]
    return [f"{name}: {folder} layout trap does not hold"] if bad else []


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        pages = page_texts(pdf)
        full = "\n".join(pages)
        if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
            problems.append(f"{pdf.name}: sha256/bytes differ")
        if len(pages) != e["pages"] or not 1 <= len(pages) <= 20:
            problems.append(f"{pdf.name}: pages {len(pages)} vs {e['pages']}")
        if len(data) >= 200_000:
            problems.append(f"{pdf.name}: {len(data)} bytes")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        problems += check_numbers(pdf.name, pages, e)
        problems += check_packet(folder.name, pdf.name, pages, e)
        recs = records(folder.name, pages)
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(next(g for g in m.groups() if g)) for m in TOTAL[folder.name].finditer(flat(full))]
        if len(got) < 2 or set(got) != {len(ids)}:
            problems.append(f"{pdf.name}: document's own counts {got} vs {len(ids)}")
        problems += check_samples(pdf.name, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, e, pages)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {len(pages)} pages "
              f"({len(log_pages(folder.name, pages))} Bates-numbered log pages), "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs169.py"), tmp], check=True)
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
