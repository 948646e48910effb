"""Stand-alone check of the held-out set blind_logs187 (does not import prr).

Every PDF is a records packet bundling two to four agencies' logs, each section in its own layout and
numbering scheme, starting on a new page with its own title block. For every PDF: sha256, bytes and pages
match groundtruth.json; record_count equals len(case_numbers), 60-150, no duplicate id; every id and
related number is in the `pdftotext -layout` text at least as often as listed. The pages are then sorted
into cover, separator and section pages by their first line (a section's title starts it; an `ATTACHMENT X`
page is a separator; anything else continues the section before), page furniture (running heads, column
headers, page numbers, packet footers) is dropped, and in each section a stretch-start pattern of its own
gives its record ids; together, in reading order, they must be exactly the listed ids, each section's count
must equal the count it prints and the ground truth's section entry (title, pages, count, first and last
id); each section's page numbers run 1..m over its own pages; every sample value is printed inside its
own record's stretch, words in order; the numbers of other sections' id shapes printed inside a record's
stretch are exactly its listed related numbers (mutual aid, the cited id belonging to another section);
size < 200 KB; plus one check of each agency's trap. With --regen, regenerating must give identical files.
`--dir DIR` checks a copy elsewhere.
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
MON = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"


def sec(title, start, count, shape, id_in=None):
    return {"title": re.compile(rf"^{title}$"), "start": re.compile(start, re.M), "count": re.compile(count),
            "shape": re.compile(shape), "id_in": re.compile(id_in) if id_in else None}


# per agency: the cover's first line (or None) and its sections in order, each with its title line, the
# pattern starting a record stretch (group "id", or the one match of id_in inside the stretch), the line
# with the section's own count, and the shape of its ids
AGENCY = {
    "corvane-valley-jpa-ca": ("CORVANE VALLEY PUBLIC SAFETY JOINT POWERS AUTHORITY \\[invented\\]", [
        sec(r"CITY OF ASHBY FALLS POLICE DEPARTMENT \[invented\]",
            r"^ *(?P<id>26-\d{5}) +\d\d/\d\d/\d\d \d\d:\d\d ", r"Total incidents listed: (\d+)", r"\b26-\d{5}\b"),
        sec(r"WREN HOLLOW POLICE DEPARTMENT \[invented\]", r"^ *Case # +(?P<id>WH26-\d{4}) *$",
            r"Cases in this report: (\d+)", r"\bWH26-\d{4}\b"),
        sec(r"TOWN OF PELLAM CREEK MARSHAL'S OFFICE \[invented\]",
            rf"^ *(?P<rec>{MON} \d{{1,2}}, \d{{1,2}}:\d\d [ap]\.m\. {D} )", r"Entries: (\d+)", r"\bPC26-\d{3}\b",
            r"\(Ref\.\s+(PC26-\d{3})\)")]),
    "kessock-county-records-nv": (None, [
        sec(r"DUNMORE FLATS POLICE DEPARTMENT \[invented\]", r"^ *INCIDENT +(?P<id>26-\d{5}) *$",
            r"Incidents reported: (\d+)", r"\b26-\d{5}\b"),
        sec(r"OSTREY POLICE DEPARTMENT \[invented\]", r"^ *(?P<n>\d+)\. +(?P<id>26-\d{5}) +\d\d/\d\d/\d\d \d{4} ",
            r"Items listed: (\d+)", r"\b26-\d{5}\b")]),
    "sable-bay-rcc-or": ("SABLE BAY REGIONAL COMMUNICATIONS CENTER \\[invented\\]", [
        sec(r"CITY OF FERROW POLICE \[invented\]", r"^ *(?P<id>F26-\d{4}): ", r"Entries this week: (\d+)",
            r"\bF26-\d{4}\b"),
        sec(r"GAULT VALLEY POLICE DEPARTMENT \[invented\]", r"^ *(?P<id>GV26\d{5}) +\d\d/\d\d/\d\d \d\d:\d\d ",
            r"Events listed: (\d+)", r"\bGV26\d{5}\b"),
        sec(r"TOLLAND HEIGHTS POLICE DEPARTMENT \[invented\]", rf"^ *(?P<n>\d+)\. +(?P<id>TH-26-\d{{4}}) {D} Reported ",
            r"Incidents in this summary: (\d+)", r"\bTH-26-\d{4}\b")]),
    "marlow-county-records-wa": (None, [
        sec(r"BRISK HARBOR POLICE DEPARTMENT \[invented\]",
            rf"^ *(?P<n>\d+)\. +(?P<id>BH26-\d{{5}}) {D} \d\d/\d\d/\d{{4}} ", r"Total incidents: (\d+)",
            r"\bBH26-\d{5}\b"),
        sec(r"ELLERY TOWNSHIP POLICE \[invented\]", r"^ *Report No\. +(?P<id>ET-26-\d{4}) *$",
            r"Blotter entries: (\d+)", r"\bET-26-\d{4}\b"),
        sec(r"VILLAGE OF QUENBY POLICE \[invented\]", r"^ *\d{4} +(?P<id>Q26-\d{3}) ",
            r"Log entries for the day: (\d+)", r"\bQ26-\d{3}\b")]),
    "northfork-cra-id": ("NORTHFORK CONSOLIDATED RECORDS AUTHORITY \\[invented\\]", [
        sec(r"CRAY FALLS POLICE DEPARTMENT \[invented\]", r"^ *(?P<id>CF26-\d{6}) +\d\d/\d\d/\d\d \d\d:\d\d ",
            r"TOTAL INCIDENTS: (\d+)", r"\bCF26-\d{6}\b"),
        sec(r"LUSK POLICE DEPARTMENT \[invented\]", r"^ *(?P<id>26-\d{5}) +\d\d/\d\d/\d\d \d\d:\d\d ",
            r"Cases listed: (\d+)", r"(?<![\w-])26-\d{5}\b"),
        sec(r"CITY OF MERRIAM POLICE DEPARTMENT \[invented\]", r"^ *Incident +(?P<id>C26-\d{4}-PD) *$",
            r"Register entries: (\d+)", r"\bC26-\d{4}-PD\b"),
        sec(r"VARN JUNCTION TOWN POLICE \[invented\]",
            rf"^ *(?P<id>V-26-\d{{3}}) \([A-Z][a-z]{{2}} \d{{1,2}}/\d{{1,2}} \d{{4}}\) {D} ", r"Calls this week: (\d+)",
            r"\bV-26-\d{3}\b")]),
}
SEP = re.compile(r"^ATTACHMENT ([A-Z])$")
FOLIO = re.compile(r"^ *(?:Page (\d+) of (\d+)|PAGE (\d+) OF (\d+)|Wren Hollow +\u00b7 +page (\d+)/(\d+)"
                   r"|Ostrey (\d+) / (\d+)|- ?(\d+) ?-) *$")
PACKET = re.compile(r"^ *(?:CVPSJPA records response R-2026-0117 +\u00b7 +packet page (\d+) of (\d+)"
                    r"|SBRCC +\u00b7 +public records packet +\u00b7 +(\d+)/(\d+)) *$")
FURN = re.compile(
    r"^ *(?:.*\[invented\] +\u00b7 +|Pellam Creek *$|Varn Junction *$|CRAY FALLS PD \[invented\] +RMS INCIDENT"
    r"|Case No\. +Reported +Occurred|Event No\. +Received|Time +Log No\.|Case +Reported +Type +Location"
    r"|INCIDENT +REPORTED +NATURE|OCCURRED +DISP +BADGE|-{40,} *$)")
MARK = re.compile(r"^@@ page (\d+) @@$", re.M)
DATE = re.compile(rf"\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\b{MON}\b|\b20\d\d-\d\d-\d\d\b")


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def read_pdf(pdf, npages):
    """Page texts (`pdftotext -layout`) and page sizes (width, height) of a PDF."""
    full = run(["pdftotext", "-layout", str(pdf), "-"])
    pages = full.split("\f")[:-1]
    info = run(["pdfinfo", "-f", "1", "-l", str(npages), str(pdf)])
    sizes = [(float(m.group(1)), float(m.group(2)))
             for m in re.finditer(r"^Page +\d+ size: +([\d.]+) x ([\d.]+) pts", info, re.M)]
    return full, pages, sizes


def first_line(text):
    return next((ln.strip() for ln in text.splitlines() if ln.strip()), "")


def analyse(folder, pages):
    """Sort the pages and cut the sections into record stretches. Returns (problems, info)."""
    cover_title, secs = AGENCY[folder]
    problems = []
    kinds = []  # per page: ("cover",), ("sep", letter), ("sec", index)
    cur = None
    for p, text in enumerate(pages, 1):
        head = first_line(text)
        hit = [i for i, s in enumerate(secs) if s["title"].match(head)]
        if hit:
            cur = hit[0]
            kinds.append(("sec", cur, True))
        elif SEP.match(head):
            kinds.append(("sep", SEP.match(head).group(1)))
            cur = None
        elif cover_title and p == 1 and re.match(cover_title, head):
            kinds.append(("cover",))
        elif cur is not None:
            kinds.append(("sec", cur, False))
        else:
            kinds.append(("?",))
            problems.append(f"page {p} belongs to no section")
    starts = [k[1] for k in kinds if k[0] == "sec" and k[2]]
    if starts != list(range(len(secs))):
        problems.append(f"section titles found in order {starts}, expected {list(range(len(secs)))}")
    if bool(cover_title) != (kinds[:1] == [("cover",)]):
        problems.append("cover page missing or unexpected")
    out = []
    for i, s in enumerate(secs):
        pnums = [p for p, k in enumerate(kinds, 1) if k[0] == "sec" and k[1] == i]
        folios, body = [], []
        for p in pnums:
            lines = pages[p - 1].splitlines()
            for ln in lines:
                m = FOLIO.match(ln)
                if m:
                    g = [x for x in m.groups() if x]
                    folios.append((int(g[0]), int(g[1]) if len(g) > 1 else None))
            keep = [ln for ln in lines if not (FOLIO.match(ln) or PACKET.match(ln) or FURN.match(ln))]
            body.append(f"@@ page {p} @@\n" + "\n".join(keep))
        text = "\n".join(body) + "\n"
        recs = stretches(s, text)
        counts = [int(x) for x in s["count"].findall(text)]
        out.append({"pages": pnums, "folios": folios, "text": text, "recs": recs, "counts": counts,
                    "title": first_line(pages[pnums[0] - 1]) if pnums else None})
    packet = []
    for p, text in enumerate(pages, 1):
        for ln in text.splitlines():
            m = PACKET.match(ln)
            if m:
                g = [int(x) for x in m.groups() if x]
                packet.append((p, g[0], g[1]))
    return problems, {"kinds": kinds, "sections": out, "packet": packet}


def stretches(s, text):
    """(id, stretch text, first page) per record of a section, in order; the count line ends the last one."""
    marks = [(m.start(), int(m.group(1))) for m in MARK.finditer(text)]
    starts = sorted([(m.start(), m) for m in s["start"].finditer(text)]
                    + [(m.start(), None) for m in s["count"].finditer(text)], key=lambda x: x[0])
    out = []
    for j, (pos, m) in enumerate(starts):
        if m is None:
            continue
        end = starts[j + 1][0] if j + 1 < len(starts) else len(text)
        chunk = MARK.sub("", text[pos:end])
        if s["id_in"]:
            found = s["id_in"].findall(chunk)
            num = found[0] if len(found) == 1 else f"?{len(found)} ids"
        else:
            num = m.group("id")
        page = [f for q, f in marks if q < pos][-1]
        out.append((num, chunk, page))
    return out


def check_numbers(name, full, e):
    problems = []
    flat = re.sub(r"\s+", " ", full)
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    for num in set(ids + related):
        want = ids.count(num) + related.count(num)
        have = len(re.findall(rf"(?<![\w.-]){re.escape(num)}(?![\w-]|\.\d)", flat))
        if have < want:
            problems.append(f"{name}: {num} printed {have}x, listed {want}x")
    for r in e["related_numbers"]:
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


def cited(folder, info):
    """(record, number, own section, cited section) for every id-shaped number printed in a record other
    than its own id; the cited section is the one that has the number as a record (None if none has)."""
    secs = AGENCY[folder][1]
    sec_of = {num: i for i, sd in enumerate(info["sections"]) for num, _, _ in sd["recs"]}
    out = []
    for i, sd in enumerate(info["sections"]):
        for num, chunk, _ in sd["recs"]:
            found = sorted({(m.start(), m.group()) for s in secs for m in s["shape"].finditer(chunk)})
            own = [k for k, (_, x) in enumerate(found) if x == num]
            if own:
                found.pop(own[0])
            out += [(num, x, i, sec_of.get(x)) for _, x in found]
    return out


def check_sections(name, folder, e, info, sizes):
    """The section structure against the ground truth; returns problems."""
    problems = []
    secs = info["sections"]
    ids = [num for sd in secs for num, _, _ in sd["recs"]]
    if ids != e["case_numbers"]:
        problems.append(f"{name}: start patterns found {len(ids)} ids, listed {len(e['case_numbers'])}"
                        + ("" if len(ids) != len(e["case_numbers"]) else " (different ids or order)"))
    if len(secs) != len(e["sections"]):
        problems.append(f"{name}: {len(secs)} sections, listed {len(e['sections'])}")
    for sd, g in zip(secs, e["sections"]):
        n = len(sd["recs"])
        if sd["counts"] != [n] or g["record_count"] != n:
            problems.append(f"{name}: section {g['title']}: {n} records, prints {sd['counts']}, "
                            f"listed {g['record_count']}")
        if sd["title"] != g["title"] or not sd["pages"] or (sd["pages"][0], sd["pages"][-1]) != (
                g["first_page"], g["last_page"]):
            problems.append(f"{name}: section {g['title']}: title or pages differ")
        if sd["recs"] and (sd["recs"][0][0], sd["recs"][-1][0]) != (g["first_case"], g["last_case"]):
            problems.append(f"{name}: section {g['title']}: first/last id differ")
        m = len(sd["pages"])
        if [f for f, _ in sd["folios"]] != list(range(1, m + 1)) or any(t not in (None, m) for _, t in sd["folios"]):
            problems.append(f"{name}: section {g['title']}: page numbers {sd['folios']} on {m} pages")
        orient = {"landscape" if sizes[p - 1][0] > sizes[p - 1][1] else "portrait" for p in sd["pages"]}
        if orient != {g["orientation"]}:
            problems.append(f"{name}: section {g['title']}: pages {orient}, listed {g['orientation']}")
    for p, k, t in info["packet"]:
        if k != p or t != len(info["kinds"]):
            problems.append(f"{name}: packet footer {k} of {t} on PDF page {p}")
    # samples inside their own record's stretch
    by_id = {num: chunk for sd in secs for num, chunk, _ in sd["recs"]}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        toks = tokens(by_id[s["case_number"]])
        for key, val in s.items():
            if not in_order(tokens(val), toks):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    # related numbers: every other-section id printed in a record, cited across sections
    got = cited(folder, info)
    want = {(r["record"], r["number"], r["kind"]) for r in e["related_numbers"]}
    if {(a, b, "mutual aid") for a, b, _, _ in got} != want or len(got) != len(want):
        problems.append(f"{name}: other-section numbers printed in records {len(got)}, related listed {len(want)}")
    for a, b, i, j in got:
        if j is None or i == j:
            problems.append(f"{name}: {a} cites {b}, which is no record of another section")
    return problems


def check_layout(folder, name, e, pages, sizes):
    """One check of each agency's trap, on (possibly mutated) page texts and sizes."""
    problems, info = analyse(folder, pages)
    if problems:
        return [f"{name}: {folder} sections do not sort: {problems[0]}"]
    secs = info["sections"]
    kinds = info["kinds"]
    n = [len(sd["recs"]) for sd in secs]
    got = cited(folder, info)
    seps = [(p, k[1]) for p, k in enumerate(kinds, 1) if k[0] == "sep"]
    bad = False
    for p, _ in seps:  # separator pages carry no record
        bad |= any(s["shape"].search(pages[p - 1]) for s in AGENCY[folder][1])
    if folder == "corvane-valley-jpa-ca":
        bad |= len(n) != 3 or not 4 <= n[2] <= 8 or n[0] < 40 or n[1] < 20 or len(secs[2]["pages"]) != 1
        bad |= seps != [(secs[1]["pages"][0] - 1, "B")]
        cov = pages[0]
        bad |= [int(x) for x in re.findall(r"Attachment [A-C] - .*\((\d+) \w+\)", cov)] != n
    if folder == "kessock-county-records-nv":
        a, b = ([num for num, _, _ in sd["recs"]] for sd in secs)
        bad |= not all(re.fullmatch(r"26-\d{5}", x) for x in a + b)
        merged = sorted(a + b)
        runs = sum(1 for x, y in zip(merged, merged[1:]) if (x in a) != (y in a))
        bad |= runs < 10 or max(a) < min(b) or max(b) < min(a)
        bad |= len(got) < 3 or any((i, j) != (1, 0) for _, _, i, j in got)
        bad |= any(not re.search(rf"Assisted\s+Dunmore\s+Flats\s+PD\s+on\s+{re.escape(x)}\.", secs[1]["text"])
                   for _, x, _, _ in got)
    if folder == "sable-bay-rcc-or":
        land = [p for p, (w, h) in enumerate(sizes, 1) if w > h]
        bad |= land != secs[1]["pages"] or not land or len(sizes) != len(pages)
        bad |= n[1] < 40 or not secs[0]["pages"] or not secs[2]["pages"]
        bad |= not land or secs[0]["pages"][-1] + 1 != land[0] or land[-1] + 1 != secs[2]["pages"][0]
        bad |= {(i, j) for _, _, i, j in got} != {(1, 0), (2, 1)}
    if folder == "marlow-county-records-wa":
        q = secs[2]
        bad |= any(DATE.search(chunk) for _, chunk, _ in q["recs"]) or n[2] < 20
        bad |= not re.search(r"Daily Log +\u00b7 +Tuesday, March 10, 2026", pages[q["pages"][0] - 1])
        bad |= any(not DATE.search(chunk) for sd in secs[:2] for _, chunk, _ in sd["recs"])
        bad |= not all(re.fullmatch(r"\d{4}", s.get("reported_at", "")) for s in e["sample_records"]
                       if s["case_number"].startswith("Q26-")) or not any(
            s["case_number"].startswith("Q26-") for s in e["sample_records"])
    if folder == "northfork-cra-id":
        bad |= len(n) != 4 or [k for _, k in seps] != ["B", "C", "D"]
        bad |= [p for p, _ in seps] != [sd["pages"][0] - 1 for sd in secs[1:]]
        ones = sum(1 for sd in secs for f, _ in sd["folios"] if f == 1)
        bad |= ones != 4 or len(got) < 5 or len({j for _, _, _, j in got}) < 3
    return [f"{name}: {folder} trap does not hold"] if bad else []


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        full, pages, sizes = read_pdf(pdf, e["pages"])
        if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
            problems.append(f"{pdf.name}: sha256/bytes differ")
        if len(pages) != e["pages"] or len(sizes) != len(pages) or not 2 <= len(pages) <= 20:
            problems.append(f"{pdf.name}: pages {len(pages)} vs {e['pages']}")
        if len(data) >= 200_000:
            problems.append(f"{pdf.name}: {len(data)} bytes")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 60 <= len(ids) <= 150:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        problems += check_numbers(pdf.name, full, e)
        sp, info = analyse(folder.name, pages)
        problems += [f"{pdf.name}: {x}" for x in sp]
        if len(sizes) == len(pages):
            problems += check_sections(pdf.name, folder.name, e, info, sizes)
            problems += check_layout(folder.name, pdf.name, e, pages, sizes)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records in {len(info['sections'])} sections "
              f"({', '.join(str(len(sd['recs'])) for sd in info['sections'])}), {len(pages)} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs187.py"), tmp], check=True)
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
    if [f.name for f in folders] != sorted(AGENCY):
        problems.append(f"agency folders {[f.name for f in folders]}, expected {sorted(AGENCY)}")
    for folder in folders:
        problems += check(folder)
    if "--regen" in sys.argv:
        problems += regen(here)
    print("\n".join(problems) if problems else "all checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
