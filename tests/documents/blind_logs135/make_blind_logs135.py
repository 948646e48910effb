"""Generate a held-out set of incident logs exported as structured data and printed as text (blind_logs135).

Five layouts: a CSV file printed from a text editor, long lines soft-wrapped at the page edge
(continuation lines start at column 1, some with a double quote); a JSON export printed as indented
text, whose `linked` objects carry earlier incident numbers of the id's own shape; an XML export
whose `<Supplement>` elements repeat the parent's `<IncidentNo>` tag; a key=value audit log where
each incident appears on CREATE, UPDATE and CLOSE lines interleaved with log-in and print lines; a
fixed-width extract preceded by its record-layout page, which prints an example detail record.
Every agency, place and record is invented; phone numbers are 555-01xx.
Output is deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs135/make_blind_logs135.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20261351
TYPES = ["Theft from vehicle", "Burglary - residential", "Disturbance - noise", "Suspicious person",
         "Welfare check", "Vandalism", "Shoplifting", "Traffic hazard", "Domestic dispute",
         "Found property", "Fraud - check", "Trespass", "Hit and run - property damage", "Animal complaint",
         "Alarm - commercial", "Harassment - phone", "Stolen bicycle", "Assault - simple"]
DISPS = ["Report taken", "Arrest made", "Unfounded", "Referred to detectives", "Citation issued",
         "Advised and cleared", "Gone on arrival", "Closed - no further action"]
STREETS = ["Larkmoor Ave", "Tessick Rd", "Quarrow St", "Bellwether Ln", "Ordley Ct", "Hanning Way",
           "Sollis Dr", "Pimbrook Ave", "Cattery Rd", "Wendle St", "Marrowfield Pkwy", "Oxley Row"]
NARR = ["RP states rear window smashed overnight, backpack taken", "caller reports loud music from upstairs unit",
        "subject seen trying door handles, left northbound on foot", "neighbor requests check on elderly resident",
        "spray paint on north wall, approx 6 ft by 3 ft", "store staff detained subject for loss prevention",
        "debris in roadway, lane partially blocked", "verbal argument between roommates, no injuries",
        "wallet turned in at front counter", "check returned ""account closed"", amount $412.00",
        "RP says subject refuses to leave lobby", "parked car struck, other vehicle left scene",
        "dog loose in park, no owner located", "audible alarm, rear door found secure",
        "repeated calls from blocked number", "bike cut from rack outside library, cable lock left"]


def new_canvas(path, size):
    c = canvas.Canvas(str(path), pagesize=size, invariant=1, pageCompression=1)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    return c


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def stamps(r, first, n, ndays):
    mins = sorted(r.sample(range(ndays * 1440), n))
    return [first + datetime.timedelta(minutes=m) for m in mins]


def draw_pages(path, size, pages, head, foot, fsize=7.5, lh=9.2):
    """pages: list of list of str drawn in Courier; head(i, n) and foot(i, n) give one line each."""
    c = new_canvas(path, size)
    w, h = size
    n = len(pages)
    for i, lines in enumerate(pages, 1):
        c.setFont("Helvetica", 7.5)
        c.drawString(36, h - 30, head(i, n))
        c.setFont("Courier", fsize)
        y = h - 50
        for line in lines:
            c.drawString(36, y, line)
            y -= lh
        c.setFont("Helvetica", 7.5)
        c.drawString(36, 24, foot(i, n))
        c.showPage()
    c.save()


def chunk(lines, per):
    return [lines[i:i + per] for i in range(0, len(lines), per)] or [[]]


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check, source_note=""):
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {"case_number": recs[i]["case_number"]}
        s.update({k: recs[i][k] for k in fields if k in recs[i]})
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs135.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size, "pages": pdf_pages(path),
        "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [x["case_number"] for x in recs],
        "related_numbers": [{"record": x["case_number"], "kind": k, "number": num} for x in recs for k, num in x["rel"]],
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs135.py) from the records it drew; "
                               "checked by check_blind_logs135.py against `pdftotext -layout` text" + source_note,
        "record_count_check": count_check, "notes": notes,
    }


def base_records(r, n, first, ndays, idfmt, start):
    recs = []
    num = start
    for t in stamps(r, first, n, ndays):
        num += r.randint(1, 4)
        recs.append({"num": num, "case_number": idfmt(num), "t": t, "type": r.choice(TYPES),
                     "location": f"{r.randint(100, 4899)} {r.choice(STREETS)}", "disp": r.choice(DISPS),
                     "narr": r.choice(NARR), "rel": []})
    return recs


# 1 --------------------------------------------------------------- Wexley Forks, OH: CSV in an editor
def wexley(d, r):
    agency = "Wexley Forks Police Department, OH [invented]"
    recs = base_records(r, 72, datetime.datetime(2025, 11, 3), 7, lambda k: f"WF25-{k:05d}", 4410)
    width = 104
    lines = ['"incident_no","reported","nature","address","disposition","cad_event","unit","narrative"']
    for x in recs:
        x["reported_at"] = x["t"].strftime("%m/%d/%Y %H:%M")
        x["location"] = x["location"]
        x["disposition"] = x["disp"]
        cad = f"E2511-{r.randint(10000, 99999)}"
        x["rel"].append(("CAD event number", cad))
        narr = x["narr"]
        if r.random() < 0.18:
            prior = f"WF25-{r.randint(3100, 4300):05d}"
            narr = f"follow-up to {prior}; " + narr
            x["rel"].append(("earlier incident cited in the narrative", prior))
        q = narr.replace('"', '""')
        row = (f'"{x["case_number"]}","{x["reported_at"]}","{x["type"]}","{x["location"]}","{x["disposition"]}",'
               f'"{cad}","{r.choice("ABC")}{r.randint(11, 39)}","{q}"')
        while len(row) > width:  # soft wrap of the editor: cut at the page width, no indent
            lines.append(row[:width])
            row = row[width:]
        lines.append(row)
    pages = chunk(lines, 76)
    path = d / "wexley-forks-incidents-2025-11-03-to-09-csv.pdf"
    draw_pages(path, letter, pages, lambda i, n: "wf_incidents_20251103_20251109.csv",
               lambda i, n: f"C:\\Exports\\RMS\\wf_incidents_20251103_20251109.csv    printed 11/10/2025 07:12    Page {i}")
    for x in recs:
        x["type"] = x["type"]
    return [entry(path, agency, "weekly incident export (CSV file printed from a text editor)", "table with header",
                  recs, ["reported_at", "type", "location", "disposition"],
                  "A CSV file printed from a text editor in Courier: the first line is the column-name row; every row "
                  "holds one incident, quoted fields, and is soft-wrapped at 104 characters with continuation lines "
                  "starting at column 1 (so a word or a value may be cut in two; some continuation lines begin with a "
                  "double quote). A row may run over a page break. `cad_event` (E2511-NNNNN) is a CAD event number, "
                  "not the id; some narratives cite an earlier incident `follow-up to WF25-NNNNN` (in related_numbers). "
                  "No total is printed.",
                  "every row counted by the generator; page 1 rows counted on the page")]


# 2 ---------------------------------------------------------------- Marrick County, KS: JSON export
def marrick(d, r):
    agency = "Marrick County Sheriff's Office, KS [invented]"
    recs = base_records(r, 54, datetime.datetime(2025, 11, 10), 7, lambda k: f"MC25-{k:06d}", 11840)
    lines = ["{", '  "export": {', '    "system": "MCSO RMS 7.2",', '    "generated": "2025-11-17T06:00:04Z",',
             '    "query": "reported >= 2025-11-10 AND reported < 2025-11-17",',
             f'    "record_count": {len(recs)},', '    "contact": "records@marrick-so.example, 555-0142"', "  },",
             '  "incidents": [']
    for j, x in enumerate(recs):
        x["reported_at"] = x["t"].strftime("%Y-%m-%dT%H:%M:00")
        x["disposition"] = x["disp"]
        cad = f"C25-{r.randint(100000, 999999)}"
        x["rel"].append(("CAD call number", cad))
        links = [("CAD", cad)]
        if r.random() < 0.3:
            prior = f"MC25-{r.randint(9000, 11500):06d}"
            links.append(("Prior incident", prior))
            x["rel"].append(("earlier incident linked", prior))
        lines += ["    {", f'      "incident_number": "{x["case_number"]}",', f'      "reported": "{x["reported_at"]}",',
                  f'      "nature": "{x["type"]}",', '      "location": {', f'        "address": "{x["location"]}",',
                  f'        "zone": "Z{r.randint(1, 6)}"', "      },", f'      "disposition": "{x["disposition"]}",',
                  f'      "units": ["S{r.randint(10, 39)}", "S{r.randint(40, 69)}"],', '      "linked": [']
        for k, (lt, ln) in enumerate(links):
            lines.append(f'        {{"type": "{lt}", "number": "{ln}"}}' + ("," if k < len(links) - 1 else ""))
        lines += ["      ]", "    }" + ("," if j < len(recs) - 1 else "")]
    lines += ["  ]", "}"]
    pages = chunk(lines, 74)
    path = d / "marrick-county-incidents-2025-11-10-to-16.json.pdf"
    draw_pages(path, letter, pages, lambda i, n: "incidents_2025-11-10_2025-11-16.json",
               lambda i, n: f"file:///S:/records/exports/incidents_2025-11-10_2025-11-16.json    {i}/{n}")
    return [entry(path, agency, "weekly incident export (JSON printed as indented text)", "labelled blocks",
                  recs, ["reported_at", "type", "location", "disposition"],
                  "A pretty-printed JSON file: an `export` object (with `record_count`) then an `incidents` array, one "
                  "object per incident opening with `\"incident_number\": \"MC25-NNNNNN\"`. Objects run over page "
                  "breaks. The `linked` list holds the CAD call number (C25-NNNNNN) and, on some incidents, a "
                  "`\"Prior incident\"` whose number has exactly the id's shape (MC25-NNNNNN) under the key `number`; "
                  "these are related numbers, not records. `location` is a nested object; the address is the location.",
                  "objects counted by the generator; equals the printed `record_count`")]


# 3 ---------------------------------------------------------------- Brandle Valley, VT: XML export
def brandle(d, r):
    agency = "Brandle Valley Police Department, VT [invented]"
    out = []
    start = 412
    for _part, (first, ndays, n, fn) in enumerate([
            (datetime.datetime(2025, 11, 1), 15, 46, "brandle-valley-incidents-2025-11-01-to-15.xml.pdf"),
            (datetime.datetime(2025, 11, 16), 15, 53, "brandle-valley-incidents-2025-11-16-to-30.xml.pdf")]):
        recs = base_records(r, n, first, ndays, lambda k: f"2025-BV-{k:05d}", start)
        start = recs[-1]["num"] + 2
        lines = ['<?xml version="1.0" encoding="UTF-8"?>',
                 f'<IncidentExport agency="BVPD" from="{first:%Y-%m-%d}" to="{first + datetime.timedelta(days=ndays - 1):%Y-%m-%d}" count="{n}">']
        nsup = 0
        for j, x in enumerate(recs, 1):
            x["reported_at"] = x["t"].strftime("%Y-%m-%d %H:%M")
            x["disposition"] = x["disp"]
            lines += [f'  <Incident seq="{j}">', f'    <IncidentNo>{x["case_number"]}</IncidentNo>',
                      f'    <Reported>{x["reported_at"]}</Reported>',
                      f'    <Nature code="{r.randint(100, 999)}">{x["type"]}</Nature>',
                      f'    <Location><Street>{x["location"]}</Street><Town>Brandle Valley</Town></Location>',
                      f'    <Disposition>{x["disposition"]}</Disposition>']
            if r.random() < 0.25:
                cit = f"T2025-{r.randint(10000, 99999)}"
                x["rel"].append(("citation number", cit))
                lines.append(f'    <CrossRef type="Citation">{cit}</CrossRef>')
            if r.random() < 0.3:
                for s in range(1, r.choice([2, 2, 3])):
                    nsup += 1
                    sup = f"S{x['num']:05d}-{s:02d}"
                    x["rel"].append(("supplement number", sup))
                    lines += ["    <Supplement>", f"      <IncidentNo>{x['case_number']}</IncidentNo>",
                              f"      <SupplementNo>{sup}</SupplementNo>",
                              f"      <Entered>{(x['t'] + datetime.timedelta(hours=r.randint(3, 60))):%Y-%m-%d %H:%M}</Entered>",
                              "    </Supplement>"]
            lines.append("  </Incident>")
        lines.append("</IncidentExport>")
        pages = chunk(lines, 74)
        path = d / fn
        draw_pages(path, letter, pages, lambda i, n_: f"BVPD_export_{first:%Y%m%d}.xml",  # noqa: B023 (called at once)
                   lambda i, n_: f"Printed from XML Notepad - Brandle Valley PD Records - page {i} of {n_}")
        out.append(entry(path, agency, "half-month incident export (XML printed as indented text)", "labelled blocks",
                         recs, ["reported_at", "type", "location", "disposition"],
                         "An XML export printed as indented text: root `IncidentExport` with a `count` attribute, one "
                         "`<Incident seq=\"N\">` element per incident with `<IncidentNo>` first. Some incidents hold "
                         f"`<Supplement>` elements ({nsup} in this file) that REPEAT the parent's `<IncidentNo>` tag "
                         "and value beside a `<SupplementNo>` (S-numbers, related); a supplement is not a record. "
                         "`<CrossRef type=\"Citation\">` holds a traffic citation number. Elements run over page breaks.",
                         "Incident elements counted by the generator; equals the root `count` attribute"))
    return out


# 4 --------------------------------------------------------- Halloway Port, WA: key=value audit log
def halloway(d, r):
    agency = "Port of Halloway Harbor Police, WA [invented]"
    recs = base_records(r, 88, datetime.datetime(2025, 11, 17), 3, lambda k: f"HP-25-{k:04d}", 3310)
    events = []
    for x in recs:
        x["reported_at"] = x["t"].strftime("%Y-%m-%d %H:%M")
        x["disposition"] = x["disp"]
        cad = f"PH{r.randint(250000, 259999)}"
        x["rel"].append(("CAD call number", cad))
        ct = x["t"] + datetime.timedelta(minutes=r.randint(2, 25), seconds=r.randint(0, 59))
        events.append((ct, f'op=CREATE user="{r.choice(["d.k114", "m.r207", "t.o331"])}" inc="{x["case_number"]}" '
                           f'reported="{x["reported_at"]}" type="{x["type"]}" loc="{x["location"]}" cad="{cad}"'))
        ut = ct + datetime.timedelta(minutes=r.randint(5, 200))
        if r.random() < 0.6:
            events.append((ut, f'op=UPDATE user="{r.choice(["s.h409", "m.r207"])}" inc="{x["case_number"]}" '
                               f'field="narrative" chars={r.randint(80, 900)}'))
        events.append((ut + datetime.timedelta(minutes=r.randint(10, 600)),
                       f'op=CLOSE user="{r.choice(["s.h409", "sgt.a12"])}" inc="{x["case_number"]}" disp="{x["disposition"]}"'))
    t = datetime.datetime(2025, 11, 17, 0, 5)
    while t < datetime.datetime(2025, 11, 20):
        events.append((t, f'op=LOGIN user="{r.choice(["d.k114", "m.r207", "t.o331", "s.h409"])}" ws="HPD-WS{r.randint(1, 6)}" result=OK'))
        if r.random() < 0.4:
            events.append((t + datetime.timedelta(minutes=3), f'op=PRINT user="rec.clerk" req="PR-25-{r.randint(100, 999)}" report="daily_log" rows={r.randint(20, 40)}'))
        t += datetime.timedelta(hours=r.randint(3, 8), minutes=r.randint(0, 59))
    events.sort(key=lambda e: e[0])
    lines = ["# rms-audit export  host=hphpd-rms01  window=2025-11-17T00:00:00-08:00/2025-11-20T00:00:00-08:00",
             "# fields: ts host svc op user [inc] [...]"]
    for k, (et, txt) in enumerate(events):
        lines.append(f"{et:%Y-%m-%dT%H:%M:%S}.{(k * 137) % 1000:03d}-08:00 host=rms01 svc=incident {txt}")
    pages = chunk(lines, 56)
    path = d / "halloway-port-rms-audit-2025-11-17-to-19.pdf"
    draw_pages(path, landscape(letter), pages, lambda i, n: "rms-audit.log (filtered: svc=incident)",
               lambda i, n: f"Halloway Harbor Police - audit extract for records request PRR-25-0188 - sheet {i} of {n}",
               fsize=5.9, lh=9.0)
    # first appearance is the CREATE line, which comes first for every incident
    order = sorted(recs, key=lambda x: next(k for k, (et, txt) in enumerate(events) if f'inc="{x["case_number"]}"' in txt))
    return [entry(path, agency, "records-system audit log extract (key=value lines)", "free text",
                  order, ["reported_at", "type", "location", "disposition"],
                  "An audit log printed as text, one event per line in key=value form. Each incident appears on an "
                  "`op=CREATE` line (with `reported`, `type`, `loc`, `cad`), often an `op=UPDATE` line, and an "
                  "`op=CLOSE` line (`disp`), interleaved with other incidents' events and with LOGIN and PRINT lines; "
                  "the id is the quoted `inc=` value, so it is printed 2-3 times; one record per incident, listed in "
                  "order of first appearance (its CREATE line). `cad=` holds a CAD call number; `req=` print-request "
                  "numbers and the request number in the footer are not records. Disposition is on the CLOSE line.",
                  "CREATE lines counted by the generator; distinct inc= values equal the CREATE lines")]


# 5 --------------------------------------------- Corrow County, ND: fixed-width with record layout
def corrow(d, r):
    agency = "Corrow County Sheriff's Office, ND [invented]"
    recs = base_records(r, 118, datetime.datetime(2025, 11, 1), 15, lambda k: f"CC25{k:06d}", 5210)
    layout = [
        "RECORD LAYOUT - INCIDENT EXTRACT FILE INCX0410 (LRECL 131, FIXED)",
        "",
        "FIELD          POS  LEN  TYPE  DESCRIPTION",
        "-------------  ---  ---  ----  ------------------------------------------------",
        "REC-TYPE         1    1  X     H = header, D = detail (one incident), T = trailer",
        "INC-NO           3   10  X     incident number CC + YY + 6-digit serial",
        "RPT-DATE        14    8  9     date reported CCYYMMDD",
        "RPT-TIME        23    4  9     time reported HHMM",
        "NATURE          28   30  X     nature of call, left justified",
        "LOCATION        59   24  X     street address",
        "DISP            84   28  X     disposition",
        "CAD-NO         113    8  X     CAD call number (blank if none)",
        "REL-INC        122   10  X     related earlier incident number (blank if none)",
        "",
        "Header record:  H INCX0410 run date, period from, period to",
        "Trailer record: T detail record count (6 digits, zero filled)",
        "",
        "Example detail record (test data, not in file):",
        "    D CC25000000 20250101 0000 TEST RECORD                    100 EXAMPLE ST           TEST",
        "",
        "Prepared by Corrow County Sheriff's Office, Records Unit, 555-0167. Fields are separated here by",
        "one blank for readability; the transmitted file has no separators.",
    ]
    lines = ["H INCX0410 20251116 20251101 20251115"]
    for x in recs:
        x["reported_at"] = x["t"].strftime("%Y%m%d %H%M")
        x["type"] = x["type"].upper()[:30]
        x["location"] = x["location"].upper()[:24]
        x["disposition"] = x["disp"].upper()[:28]
        cad = f"K{r.randint(2500000, 2599999)}" if r.random() < 0.7 else ""
        rel = f"CC25{r.randint(3000, 5000):06d}" if r.random() < 0.15 else ""
        if cad:
            x["rel"].append(("CAD call number", cad))
        if rel:
            x["rel"].append(("related earlier incident (REL-INC)", rel))
        lines.append(f"D {x['case_number']} {x['reported_at']} {x['type']:<30} {x['location']:<24} "
                     f"{x['disposition']:<28} {cad:<8} {rel}".rstrip())
    lines.append(f"T {len(recs):06d}")
    pages = [layout] + chunk(lines, 60)
    path = d / "corrow-county-incx0410-2025-11-01-to-15.pdf"
    draw_pages(path, landscape(letter), pages, lambda i, n: "INCX0410.DAT - incident extract, Nov 1-15 2025",
               lambda i, n: f"CCSO Records - INCX0410 printout - page {i} of {n}", fsize=6.8, lh=8.6)
    return [entry(path, agency, "fixed-width incident extract file printed with its record layout", "table with header",
                  recs, ["reported_at", "type", "location", "disposition"],
                  "Page 1 is the record-layout page (field, position, length, type) and ends with an indented EXAMPLE "
                  "detail record `D CC25000000 ...` marked test data: not a record. The data pages have no column "
                  "titles: an `H` header record, one `D` record per incident, a `T` trailer with the zero-filled "
                  "detail count. CAD-NO (K + 7 digits) and REL-INC (an earlier incident number of the id's shape, "
                  "CC25NNNNNN) are related numbers. reported_at is given as printed: date CCYYMMDD and time HHMM.",
                  "D records counted by the generator; equals the trailer count")]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for k, (folder, fn) in enumerate([("wexley-forks-oh-pd", wexley), ("marrick-county-ks-so", marrick),
                                      ("brandle-valley-vt-pd", brandle), ("halloway-port-wa-harbor-police", halloway),
                                      ("corrow-county-nd-so", corrow)], 1):
        d = OUT / folder
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=2, ensure_ascii=False) + "\n")
        print(folder, [(g["file"], g["record_count"], g["pages"], g["bytes"]) for g in gt])


if __name__ == "__main__":
    main()
