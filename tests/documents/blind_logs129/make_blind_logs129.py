"""Generate a held-out set of incident logs spanning a records-system migration (blind_logs129).

Each PDF covers a period in which the agency changed records systems: first the old system's pages
(its layout, fonts and numbering), then the new system's pages (another layout and number shape);
a conversion cross-walk of old to new numbers; and records still open at the cut-over printed in
both parts, once under the old number and again under the new one. One incident is one record; its
id is the number under which it is FIRST printed (the old number for a converted record), and its
new-system number is kept in `related_numbers` (kind `new_system_number`).
Five layouts: a table whose columns and number shape change at the go-live (cross-walk appendix with
older converted cases); labelled blocks with voided duplicate complaints and a conversion list
between the parts; free text with the cross-walk written as a prose note; numbered paragraphs whose
numbering restarts at 1 in the new part; a landscape call table with a parallel-run day on which
every call was entered in both systems. Everything is invented. Output is deterministic (fixed
seed, reportlab invariant mode). Run:
    python tests/documents/blind_logs129/make_blind_logs129.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
import textwrap
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20261201
TYPES = ["Theft from vehicle", "Burglary - residential", "Disturbance", "Suspicious person", "Welfare check",
         "Vandalism", "Domestic disturbance", "Shoplifting", "Traffic collision - property damage",
         "Found property", "Harassment", "Trespass", "Noise complaint", "Fraud - identity", "Animal complaint",
         "Assault - simple", "Runaway juvenile", "Stolen bicycle", "Alarm - commercial", "DUI arrest"]
CLOSED = ["Report taken", "Unfounded", "Arrest", "Gone on arrival", "Referred to other agency",
          "Warning issued", "Citation issued", "Assisted - no report", "Cleared - exceptional"]
OPEN = ["Open - investigation", "Open - pending follow-up", "Open - suspect sought", "Open - awaiting lab"]
STREETS = ["Orchard Ln", "Quarry Rd", "Birchmont Ave", "Tolliver St", "Canal Row", "Heron Way", "Mill Pond Rd",
           "Sable Ct", "Larkspur Dr", "Ferris Pkwy", "Old Depot Rd", "Kestrel St", "Wick Ave", "Halberd Ln"]
BUSINESSES = ["Pell's Market", "Copperline Fuel", "Westgate Pharmacy", "Rook & Vine Cafe", "Brightwell Hardware",
              "Northside Laundromat", "Canal Row Apartments", "Tamarind Motel"]
SENT = ["Caller reported the matter by phone.", "Officer spoke with the complainant on scene.",
        "Area checked; nothing further located.", "Statements were taken from two witnesses.",
        "Photographs taken and entered as evidence.", "Complainant advised of options.",
        "Property owner to provide surveillance video.", "Neighbour canvass completed."]


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


def stamps(r, first, last, n):
    span = int((last - first).total_seconds() // 60)
    return [first + datetime.timedelta(minutes=m) for m in sorted(r.sample(range(span), n))]


def place(r):
    if r.random() < 0.25:
        return f"{r.choice(BUSINESSES)}, {r.randint(10, 990)} {r.choice(STREETS)}"
    return f"{r.randint(10, 2990)} {r.choice(STREETS)}"


def draw(path, size, pages):
    """pages: list of dicts with header [(x, text, font, size)], footer, font, fsize, lh, lines.
    A line is a str (drawn at x=36) or a list of (x, str)."""
    c = new_canvas(path, size)
    w, h = size
    n = len(pages)
    for i, p in enumerate(pages, 1):
        y = h - 40
        for x, text, f, s in p["header"]:
            c.setFont(f, s)
            c.drawString(x, y, text)
            y -= s + 4
        y -= 4
        c.setFont(p["font"], p["fsize"])
        for line in p["lines"]:
            for x, text in ([(36, line)] if isinstance(line, str) else line):
                c.drawString(x, y, text)
            y -= p["lh"]
        c.setFont("Helvetica", 7)
        c.drawString(36, 24, p["footer"])
        c.drawRightString(w - 36, 24, p.get("pageno", "Page {i} of {n}").format(i=i, n=n))
        c.showPage()
    c.save()


def paginate(groups, per_page, head=(), **style):
    """Kept-together line groups onto pages of per_page lines; head lines repeat on every page."""
    pages, cur = [], list(head)
    for g in groups:
        if len(cur) + len(g) > per_page and len(cur) > len(head):
            pages.append(dict(style, lines=cur))
            cur = list(head)
        cur += g
    pages.append(dict(style, lines=cur))
    return pages


def build(r, start, cut, end, n_old, n_new, k_carry, n_older, old_num, new_num, old_base, new_base):
    """Old records before the cut, new ones after. k_carry old records still open at the cut are
    converted (new numbers given at the cut, together with n_older older open cases that are not in
    the log). Returns records (document order), carried records and the cross-walk."""
    old, seq = [], old_base
    for t in stamps(r, start, cut, n_old):
        seq += r.choice([1, 1, 1, 2])
        old.append({"case_number": old_num(seq), "t": t, "type": r.choice(TYPES), "location": place(r),
                    "disposition": r.choice(CLOSED), "rel": [], "new": None})
    carried = sorted(r.sample(old[n_old // 2 + 2:], k_carry), key=lambda x: x["t"])
    for x in carried:
        x["disposition"] = r.choice(OPEN)
        x["final"] = r.choice(OPEN[:2] + ["Closed - arrest", "Closed - inactive", "Report taken"])
    older = [{"case_number": old_num(s), "t": start - datetime.timedelta(days=r.randint(9, 80), minutes=r.randint(0, 1400)),
              "status": r.choice(OPEN)} for s in sorted(r.sample(range(max(1, old_base - 900), old_base - 20), n_older))]
    conv = sorted(older + carried, key=lambda x: x["case_number"])
    nseq = new_base
    walk = []
    for x in conv:
        nseq += 1
        x["new"] = new_num(nseq)
        walk.append(x)
    for x in carried:
        x["rel"].append(("new_system_number", x["new"]))
    new = []
    for t in stamps(r, cut + datetime.timedelta(minutes=40), end, n_new):
        nseq += r.choice([1, 1, 1, 1, 2])
        new.append({"case_number": new_num(nseq), "t": t, "type": r.choice(TYPES), "location": place(r),
                    "disposition": r.choice(CLOSED + OPEN[:1]), "rel": [], "new": None})
    return old, new, carried, walk


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check, cut):
    n = len(recs)
    mid = n // 2
    while recs[mid].get("new"):  # the middle sample is not a converted record (printed twice)
        mid += 1
    samples = [{"case_number": recs[i]["case_number"], **{k: recs[i][k] for k in fields}} for i in (0, mid, n - 1)]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs129.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size, "pages": pdf_pages(path), "agency": agency,
        "document_type": doc_type, "layout": layout, "scanned": False, "encrypted": False, "text_layer": "good",
        "record_count": n, "case_numbers": [x["case_number"] for x in recs],
        "related_numbers": [{"record": x["case_number"], "kind": k, "number": v} for x in recs for k, v in x["rel"]],
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs129.py) from the records it drew; "
                               "checked by check_blind_logs129.py against `pdftotext -layout` text",
        "record_count_check": count_check, "cutover": cut, "notes": notes,
    }


# 1 ------------------------------------------------------------- Ferrow Glen, MT: table, cross-walk appendix
def ferrow(d, r):
    agency = "Ferrow Glen Police Department, MT [invented]"
    start, cut, end = (datetime.datetime(2025, 10, 13), datetime.datetime(2025, 10, 20, 6, 0),
                       datetime.datetime(2025, 10, 27))
    old, new, carried, walk = build(r, start, cut, end, 58, 46, 7, 9, lambda s: f"25-{s:05d}",
                                    lambda s: f"P25-{s:06d}", 4811, 0)
    for x in old:
        x["reported_at"] = x["t"].strftime("%m/%d/%y %H%M")
        x["type0"], x["loc0"] = x["type"], x["location"]
        x["type"], x["location"] = x["type"].upper(), x["location"].upper()
        x["disposition"] = x["disposition"].upper()
    for x in new:
        x["reported_at"] = x["t"].strftime("%Y-%m-%d %H:%M")
    ohead = [f"{'CASE NO':<10}{'DATE':<9}{'TIME':<6}{'NATURE':<36}{'LOCATION':<44}DISPOSITION", "=" * 126]
    orows = [[f"{x['case_number']:<10}{x['reported_at'][:8]:<9}{x['reported_at'][9:]:<6}{x['type']:<36}"
              f"{x['location']:<44}{x['disposition']}"] for x in old]
    orows.append(["", f"*** END OF RMS/90 EXTRACT - {len(old)} CASES - SYSTEM RETIRED 10/20/25 0600 ***"])
    ostyle = dict(header=[(36, "FERROW GLEN POLICE DEPT [invented]   RMS/90 CASE LISTING", "Courier-Bold", 10),
                          (36, "PERIOD 10/13/25 - 10/19/25        RUN 10/20/25 0412   PGM CL0450", "Courier", 8)],
                  footer="RMS/90 legacy records system - read only after 10/20/2025", font="Courier", fsize=7,
                  lh=9.6, pageno="PAGE {i}")
    cols = [36, 100, 178, 322, 500, 618]

    def nrow(x, status, conv=""):
        return [[(cols[0], x["new"] or x["case_number"]), (cols[1], x["t"].strftime("%Y-%m-%d %H:%M")),
                 (cols[2], x.get("type0", x["type"])), (cols[3], x.get("loc0", x["location"])),
                 (cols[4], status), (cols[5], conv)]]
    nhead = [[(cols[0], "Incident #"), (cols[1], "Reported"), (cols[2], "Call Type"), (cols[3], "Address"),
              (cols[4], "Status"), (cols[5], "Conv. From")], "_" * 150]
    nrows = [nrow(x, x["final"], x["case_number"]) for x in carried] + [nrow(x, x["disposition"]) for x in new]
    nrows.append([""])
    nrows.append([f"Legacy cases listed: {len(old)}    New-system incidents listed: {len(carried) + len(new)}    "
                  f"Converted (shown in both parts): {len(carried)}    Distinct incidents: {len(old) + len(new)}"])
    wrows = [[f"{'LEGACY CASE':<16}{'NEW INCIDENT':<16}{'ORIGINAL DATE':<16}STATUS AT CONVERSION"], ["-" * 80]]
    for x in walk:
        wrows.append([f"{x['case_number']:<16}{x['new']:<16}{x['t'].strftime('%m/%d/%y'):<16}"
                      f"{x.get('status') or x['disposition'].capitalize()}"])
    wrows += [[""], ["Cases closed before 10/20/2025 were not converted and keep their RMS/90 numbers."]]
    nstyle = dict(header=[(36, "Ferrow Glen Police Department [invented]", "Helvetica-Bold", 11),
                          (36, "Incident Log - CivicLine RMS   10/20/2025 - 10/26/2025   Records 555-0132",
                           "Helvetica", 8.5)],
                  footer="CivicLine RMS go-live 10/20/2025 06:00. Converted incidents list their RMS/90 case number.",
                  font="Helvetica", fsize=7.5, lh=10.5)
    wstyle = dict(nstyle, header=[(36, "Ferrow Glen Police Department [invented]", "Helvetica-Bold", 11),
                                  (36, "Appendix - Conversion Cross-walk, RMS/90 open cases to CivicLine",
                                   "Helvetica", 8.5)])
    pages = (paginate(orows, 52, ohead, **ostyle) + paginate(nrows, 46, nhead, **nstyle)
             + paginate(wrows, 46, **dict(wstyle, font="Courier", fsize=8)))
    path = d / "ferrow-glen-incident-log-2025-10-13-26.pdf"
    draw(path, landscape(letter), pages)
    recs = old + new
    return agency, [entry(
        path, agency, "weekly incident log across a records-system cut-over (two weeks)", "table with header", recs,
        ["reported_at", "type", "location", "disposition"],
        "Two tables in one PDF. Pages 1-2: the retired RMS/90 listing (Courier, upper case, case numbers "
        "`25-NNNNN`, date `MM/DD/YY` and time `HHMM` in two columns, ending with an END OF EXTRACT line). Then the "
        "CivicLine RMS pages (Helvetica, incident numbers `P25-NNNNNN`, ISO date-time). The 7 cases open at the "
        "go-live are printed again at the top of the new part under new numbers with the old number in a "
        "`Conv. From` column and a later status: one incident each, id = the RMS/90 number, the P25 number in "
        "related_numbers. The new numbers start at P25-000001 with the conversion batch (9 older open cases not in "
        "this log got P25 numbers too), so the appendix cross-walk lists 16 pairs of which 9 are not records of "
        "this log. The old part's dispositions are as of the extract (open); sample values are from the first "
        "printing. The document prints `Distinct incidents: N`.",
        "every row counted by the generator; page 1 counted on the page", "2025-10-20 06:00")]


# 2 ------------------------------------------------------------- Kessock Bay County, WA: labelled blocks
def kessock(d, r):
    agency = "Kessock Bay County Sheriff's Office, WA [invented]"
    start, cut, end = (datetime.datetime(2025, 10, 1), datetime.datetime(2025, 10, 9, 0, 0),
                       datetime.datetime(2025, 10, 16))
    old, new, carried, walk = build(r, start, cut, end, 34, 30, 6, 4, lambda s: f"K25-{s:04d}",
                                    lambda s: f"KB-2025-{s:06d}", 1183, 40)
    for x in old:
        x["reported_at"] = x["t"].strftime("%m/%d/%Y %H:%M")
        x["type0"], x["loc0"] = x["type"], x["location"]
        x["type"], x["location"], x["disposition"] = (x["type"].upper(), x["location"].upper(),
                                                      x["disposition"].upper())
    for x in new:
        x["reported_at"] = x["t"].strftime("%b %d, %Y %H:%M")
    # voided duplicate complaint numbers: renumber so each void takes the number after its original
    voids = sorted(r.sample(range(2, len(old) - 3), 3))
    seq, vnums = 1183, {}
    for i, x in enumerate(old):
        seq += 1
        x["case_number"] = f"K25-{seq:04d}"
        if i in voids:
            seq += 1
            vnums[i] = f"K25-{seq:04d}"
            x["rel"].append(("voided_duplicate_entry", vnums[i]))
    # the cross-walk holds the same record dicts, so it prints the final legacy numbers
    groups = []
    for i, x in enumerate(old):
        groups.append([f"COMPLAINT NO: {x['case_number']}        RECEIVED: {x['reported_at']}",
                       f"NATURE: {x['type']}", f"LOCATION: {x['location']}",
                       f"DEPUTY: #{r.randint(210, 289)}   AREA: {r.choice(['NORTH', 'SOUTH', 'ISLAND', 'EAST'])}",
                       f"DISPOSITION: {x['disposition']}", "-" * 90])
        if i in voids:
            groups.append([f"COMPLAINT NO: {vnums[i]}        *** VOID ***",
                           f"REMARKS: DUPLICATE ENTRY OF {x['case_number']} - VOIDED BY RECORDS",
                           "-" * 90])
    groups.append(["", f"COMPLAINTS ENTERED THIS PERIOD: {len(old) + len(voids)} (VOIDED: {len(voids)})"])
    ostyle = dict(header=[(36, "KESSOCK BAY COUNTY SHERIFF [invented] - COMPLAINT REGISTER", "Courier-Bold", 10),
                          (36, "LEGACY SYSTEM (JMS-COMPLAINT)  10/01/2025 THRU 10/08/2025", "Courier", 8)],
                  footer="Legacy complaint register. Complaint numbers K25-NNNN were retired 10/09/2025.",
                  font="Courier", fsize=8, lh=10.2)
    cw = ["", "OPEN COMPLAINTS CARRIED FORWARD AT CONVERSION (10/09/2025 00:00)",
          "Each open complaint was given a new Event ID. Legacy number  ->  Event ID", ""]
    for x in walk:
        cw.append(f"    {x['case_number']}   ->   {x['new']}      opened {x['t'].strftime('%m/%d/%Y')}")
    cw += ["", "Complaints closed before conversion keep their legacy numbers."]
    cwstyle = dict(ostyle, header=[(36, "KESSOCK BAY COUNTY SHERIFF [invented] - RECORDS CONVERSION",
                                    "Courier-Bold", 10)])
    ngroups = []
    for x in carried + new:
        conv = x["new"] is not None
        rep = x["final"] if conv else x["disposition"]
        g = [[(36, f"Event ID: {x['new'] if conv else x['case_number']}")],
             [(36, f"Received: {x['t'].strftime('%b %d, %Y %H:%M')}"), (300, f"Beat: {r.choice('ABCDEF')}{r.randint(1, 4)}")],
             [(36, f"Event Type: {x.get('type0', x['type'])}")], [(36, f"Address: {x.get('loc0', x['location'])}")],
             [(36, f"Outcome: {rep}")]]
        if conv:
            g.append([(36, f"Legacy Complaint: {x['case_number']}  (converted record)")])
        g.append([(36, "")])
        ngroups.append(g)
    ngroups.append([[(36, f"Events in this report: {len(carried) + len(new)} (converted: {len(carried)})")],
                    [(36, f"Total distinct complaints and events, both systems: {len(old) + len(new)}")]])
    nstyle = dict(header=[(36, "Kessock Bay County Sheriff's Office [invented]", "Helvetica-Bold", 11),
                          (36, "Event Summary Report - Harbor RMS - Oct 09, 2025 to Oct 15, 2025", "Helvetica", 8.5)],
                  footer="Harbor RMS   Public information line 555-0158", font="Helvetica", fsize=8.5, lh=11)
    pages = (paginate(groups, 58, **ostyle) + paginate([[ln] for ln in cw], 58, **cwstyle)
             + paginate(ngroups, 56, **nstyle))
    path = d / "kessock-bay-complaints-events-2025-10-01-15.pdf"
    draw(path, letter, pages)
    recs = old + new
    return agency, [entry(
        path, agency, "complaint register and event summary across a records-system conversion", "labelled blocks",
        recs, ["reported_at", "type", "location", "disposition"],
        "Labelled blocks in two styles. Legacy part: Courier upper-case blocks opening `COMPLAINT NO: K25-NNNN "
        "RECEIVED: MM/DD/YYYY HH:MM`; three VOID blocks (`*** VOID ***`, `DUPLICATE ENTRY OF K25-NNNN`) take the "
        "number after the complaint they duplicate and are not records (kept as related_numbers of that complaint); "
        "the register's own count includes them. A conversion page lists legacy -> Event ID pairs (10, of which 4 "
        "older complaints are not in this log). New part: Helvetica blocks opening `Event ID: KB-2025-NNNNNN`, "
        "date `Mon DD, YYYY HH:MM`; the 6 converted complaints come first with `Legacy Complaint:` lines: one "
        "incident each, id = the legacy number. Ends `Total distinct complaints and events, both systems: N`.",
        "every block counted by the generator; the first page counted on the page", "2025-10-09 00:00")]


# 3 ------------------------------------------------------------- Marl Hollow, VT: free text, prose cross-walk
def marl(d, r):
    agency = "Marl Hollow Police Department, VT [invented]"
    start, cut, end = (datetime.datetime(2025, 10, 6), datetime.datetime(2025, 10, 14, 7, 0),
                       datetime.datetime(2025, 10, 20))
    old, new, carried, walk = build(r, start, cut, end, 44, 38, 5, 3, lambda s: f"25-{s:04d}",
                                    lambda s: f"MH25-{s:05d}", 406, 870)
    for x in old:
        x["reported_at"] = x["t"].strftime("%m/%d %H%M")
    for x in new:
        x["reported_at"] = x["t"].strftime("%m/%d/%Y %H:%M")
    lines = []
    for x in old:
        txt = (f"{x['reported_at']}  Case {x['case_number']} - {x['type']} at {x['location']}. "
               f"{r.choice(SENT)} {x['disposition']}.")
        w = textwrap.wrap(txt, 104, break_on_hyphens=False)
        lines.append([w[0]] + ["             " + s for s in w[1:]] + [""])
    note = ("RECORDS NOTE - At 0700 on October 14 the department moved from the old dispatch log to the Vermont "
            "Shared RMS. Open cases were converted as follows: "
            + "; ".join(f"{x['case_number']} is now {x['new']}" for x in walk)
            + ". Entries after this note use the new numbers; converted cases are listed again at the start.")
    lines.append(textwrap.wrap(note, 110, break_on_hyphens=False) + [""])
    ostyle = dict(header=[(36, "MARL HOLLOW POLICE DEPARTMENT [invented] - DISPATCH LOG", "Times-Bold", 11),
                          (36, "Week of October 6, 2025 (old log, through October 14 0700)", "Times-Roman", 9)],
                  footer="Marl Hollow PD - typed from the dispatch book", font="Times-Roman", fsize=9, lh=11.5)
    nlines = []
    for x in carried + new:
        if x["new"]:
            txt = (f"[{x['new']}] Converted from case {x['case_number']} (opened {x['reported_at']}). "
                   f"{x['type']} at {x['location']}. Status now: {x['final']}.")
        else:
            txt = (f"[{x['case_number']}] {x['reported_at']} - {x['type']} at {x['location']}. "
                   f"{r.choice(SENT)} Disposition: {x['disposition']}.")
        w = textwrap.wrap(txt, 104, break_on_hyphens=False)
        nlines.append([w[0]] + ["    " + s for s in w[1:]] + [""])
    nlines.append([f"This report covers {len(old) + len(new)} distinct cases. Converted cases appear under both "
                   "numbers and are counted once."])
    nstyle = dict(header=[(36, "Marl Hollow Police Department [invented]", "Helvetica-Bold", 11),
                          (36, "Press Log from Shared RMS - 10/14/2025 to 10/19/2025 - questions 555-0171",
                           "Helvetica", 8.5)],
                  footer="Generated by Shared RMS press log module", font="Helvetica", fsize=8.5, lh=11)
    pages = paginate(lines, 58, **ostyle) + paginate(nlines, 58, **nstyle)
    path = d / "marl-hollow-press-log-2025-10-06-19.pdf"
    draw(path, letter, pages)
    recs = old + new
    return agency, [entry(
        path, agency, "weekly press log, typed dispatch log then RMS press log", "free text", recs,
        ["reported_at", "type", "location", "disposition"],
        "Free-text entries. Old part (Times): `MM/DD HHMM  Case 25-NNNN - type at place. sentence. disposition.`, "
        "wrapped under an indent. Between the parts a RECORDS NOTE paragraph gives the cross-walk in prose "
        "(`25-NNNN is now MH25-NNNNN; ...`, 8 pairs, 3 of them older cases not in this log); its numbers are not "
        "entries. New part (Helvetica): `[MH25-NNNNN] MM/DD/YYYY HH:MM - type at place...`; the 5 converted cases "
        "come first as `[MH25-NNNNN] Converted from case 25-NNNN (opened MM/DD HHMM)`: one incident each, id = the "
        "old case number. Ends `This report covers N distinct cases`.",
        "every entry counted by the generator; page 1 counted on the page", "2025-10-14 07:00")]


# 4 ------------------------------------------------------------- Dunraven Twp, PA: numbered paragraphs restart
def dunraven(d, r):
    agency = "Dunraven Township Police Department, PA [invented]"
    start, cut, end = (datetime.datetime(2025, 9, 22), datetime.datetime(2025, 10, 1, 0, 0),
                       datetime.datetime(2025, 10, 13))
    old, new, carried, walk = build(r, start, cut, end, 52, 61, 8, 5, lambda s: f"DT-25-{s:04d}",
                                    lambda s: f"25T-{s:06d}", 310, 2000)
    for x in old:
        x["reported_at"] = x["t"].strftime("%m/%d/%Y at %H%M")
    for x in new:
        x["reported_at"] = x["t"].strftime("%m/%d/%Y %H:%M")
    paras = []
    for i, x in enumerate(old, 1):
        txt = (f"Case {x['case_number']}, reported {x['reported_at']}. {x['type']} at {x['location']}. "
               f"Disposition: {x['disposition']}.")
        w = textwrap.wrap(txt, 96, break_on_hyphens=False)
        paras.append([f"{i:>4}.  {w[0]}"] + ["       " + s for s in w[1:]] + [""])
    paras.append([f"Part I lists {len(old)} cases numbered in the legacy series."])
    ostyle = dict(header=[(36, "DUNRAVEN TOWNSHIP POLICE DEPARTMENT [invented]", "Times-Bold", 11),
                          (36, "Monthly Activity Summary - Part I: September 22-30, 2025 (legacy numbering)",
                           "Times-Roman", 9)],
                  footer="Part I - legacy case numbers DT-25-NNNN", font="Times-Roman", fsize=9, lh=11.2)
    nparas = []
    for i, x in enumerate(carried + new, 1):
        if x["new"]:
            txt = (f"Incident {x['new']} (formerly {x['case_number']}) - carried forward, originally "
                   f"reported {x['t'].strftime('%m/%d/%Y %H:%M')}. {x['type']}, {x['location']}. Status: {x['final']}.")
        else:
            txt = (f"Incident {x['case_number']} - {x['reported_at']}. {x['type']}, {x['location']}. "
                   f"Status: {x['disposition']}.")
        w = textwrap.wrap(txt, 96, break_on_hyphens=False)
        nparas.append([f"{i:>4})  {w[0]}"] + ["       " + s for s in w[1:]] + [""])
    nparas.append([f"Part II lists {len(carried) + len(new)} incidents, {len(carried)} of them carried forward "
                   "from Part I."])
    nparas.append([f"Distinct incidents in Parts I and II: {len(old) + len(new)}."])
    nparas.append([""])
    nparas.append(["Conversion table (legacy case -> new incident):"])
    for x in walk:
        nparas.append([f"       {x['case_number']}  =  {x['new']}"])
    nstyle = dict(header=[(36, "DUNRAVEN TOWNSHIP POLICE DEPARTMENT [invented]", "Times-Bold", 11),
                          (36, "Monthly Activity Summary - Part II: October 1-12, 2025 (TriCounty RMS numbering)",
                           "Times-Roman", 9)],
                  footer="Part II - incident numbers 25T-NNNNNN; Records 555-0119", font="Times-Roman", fsize=9,
                  lh=11.2)
    pages = paginate(paras, 60, **ostyle) + paginate(nparas, 60, **nstyle)
    path = d / "dunraven-activity-summary-2025-09-22-10-12.pdf"
    draw(path, letter, pages)
    recs = old + new
    return agency, [entry(
        path, agency, "activity summary in two parts across a records-system change", "numbered paragraphs", recs,
        ["reported_at", "type", "location", "disposition"],
        "Numbered paragraphs. Part I (legacy): `N.  Case DT-25-NNNN, reported MM/DD/YYYY at HHMM. type at place. "
        "Disposition: ...`. Part II (new RMS) restarts its numbering at 1 with `N)`: paragraph numbers repeat and "
        "are not ids. Part II opens with the 8 cases carried forward: `Incident 25T-NNNNNN (formerly DT-25-NNNN) - "
        "carried forward, originally reported ...`: one incident each, id = the legacy number. A conversion table "
        "at the end (13 pairs, 5 older cases not in this summary). Part totals `Part I lists 52 cases`, `Part II "
        "lists 69 incidents, 8 of them carried forward`, and `Distinct incidents in Parts I and II: N`.",
        "every paragraph counted by the generator; page 1 counted on the page", "2025-10-01 00:00")]


# 5 ------------------------------------------------------------- Stellan County, NE: parallel-run day
def stellan(d, r):
    agency = "Stellan County Sheriff's Office, NE [invented]"
    start, cut, end = (datetime.datetime(2025, 10, 9), datetime.datetime(2025, 10, 14, 0, 0),
                       datetime.datetime(2025, 10, 19))
    par_end = datetime.datetime(2025, 10, 15, 0, 0)
    ts = stamps(r, start, par_end, 64)
    old, daily = [], {}
    for t in ts:
        day = t.strftime("%y%m%d")
        daily[day] = daily.get(day, 0) + 1
        ty, lo, di = r.choice(TYPES), place(r), r.choice(CLOSED)
        old.append({"case_number": f"{day}-{daily[day]:03d}", "t": t, "type": ty.upper(), "type0": ty,
                    "location": lo.upper(), "loc0": lo, "disposition": di.upper(), "disp0": di, "rel": [], "new": None})
    par = [x for x in old if x["t"] >= cut]
    nseq, ev = 4100, 18800
    new = []
    for t in stamps(r, par_end, end, 46):
        new.append({"t": t, "type": r.choice(TYPES), "location": place(r), "disposition": r.choice(CLOSED),
                    "rel": [], "new": None})
    for x in par + new:
        nseq += r.choice([1, 1, 1, 2])
        ev += r.randint(2, 9)
        num, cad = f"SCSO-25-{nseq:06d}", f"EV25-{ev:05d}"
        if x in par:
            x["new"] = num
            x["rel"] += [("new_system_number", num), ("cad_event", cad)]
        else:
            x["case_number"] = num
            x["rel"].append(("cad_event", cad))
        x["cad"] = cad
    for x in old:
        x["reported_at"] = x["t"].strftime("%m/%d/%y %H:%M")
    for x in new:
        x["reported_at"] = x["t"].strftime("%m/%d/%Y %H:%M")
    ohead = [f"{'CALL NO':<12}{'DATE':<9}{'TIME':<7}{'NATURE OF CALL':<36}{'LOCATION':<46}DISPOSITION", "-" * 130]
    orows = []
    for x in old:
        orows.append([f"{x['case_number']:<12}{x['reported_at']:<16}{x['type']:<36}{x['location']:<46}"
                      f"{x['disposition']}"])
    orows += [[""], [f"OLD SYSTEM CALLS PRINTED: {len(old)}  (10/14 = PARALLEL RUN, ALSO IN NEW SYSTEM)"]]
    ostyle = dict(header=[(36, "STELLAN COUNTY SHERIFF [invented]  DISPATCH CALL LOG  (DISPATCH-PC v6)",
                           "Courier-Bold", 10),
                          (36, "10/09/25 - 10/14/25   Old system - last day 10/14/25 run in parallel", "Courier", 8)],
                  footer="Call numbers YYMMDD-NNN restart every day", font="Courier", fsize=7, lh=9.4,
                  pageno="PG {i}")
    cols = [36, 122, 186, 262, 420, 604]
    nhead = [[(cols[0], "Case Number"), (cols[1], "CAD Event"), (cols[2], "Received"), (cols[3], "Nature"),
              (cols[4], "Location"), (cols[5], "Disposition")], "_" * 152]
    nrows = []
    for x in par + new:
        p = x in par
        nrows.append([[(cols[0], x["new"] if p else x["case_number"]), (cols[1], x["cad"]),
                       (cols[2], x["t"].strftime("%m/%d/%Y %H:%M")), (cols[3], x.get("type0", x["type"])),
                       (cols[4], x.get("loc0", x["location"])), (cols[5], x.get("disp0", x["disposition"]))]])
    nrows += [[""], [f"New-system cases printed: {len(par) + len(new)}   Parallel-run day 10/14/2025: {len(par)} calls "
                     f"entered in both systems   Distinct calls for the period: {len(old) + len(new)}"]]
    rec = [["PARALLEL-RUN RECONCILIATION 10/14/2025 (old call no. / new case no. / CAD event)"], ["-" * 70]]
    for x in par:
        rec.append([f"  {x['case_number']}   matched   {x['new']}   {x['cad']}"])
    rec += [["  (test entry)   voided    SCSO-25-004100   EV25-18800"], [""],
            ["From 10/15/2025 calls are entered in the new system only."]]
    nstyle = dict(header=[(36, "Stellan County Sheriff's Office [invented]", "Helvetica-Bold", 11),
                          (36, "Case Log - Prairie CAD/RMS - 10/14/2025 to 10/18/2025 - Dispatch 555-0166",
                           "Helvetica", 8.5)],
                  footer="Prairie CAD/RMS. Case numbers SCSO-25-NNNNNN; CAD event numbers EV25-NNNNN.",
                  font="Helvetica", fsize=7.5, lh=10.2)
    pages = (paginate(orows, 50, ohead, **ostyle) + paginate(nrows, 45, nhead, **nstyle)
             + paginate(rec, 45, **dict(nstyle, font="Courier", fsize=8)))
    path = d / "stellan-county-call-log-2025-10-09-18.pdf"
    draw(path, landscape(letter), pages)
    recs = old + new
    return agency, [entry(
        path, agency, "dispatch call log across a CAD/RMS cut-over with a parallel-run day", "table with header",
        recs, ["reported_at", "type", "location", "disposition"],
        "Landscape tables. Old part (Courier, upper case): call numbers `YYMMDD-NNN` restarting each day, date "
        "`MM/DD/YY HH:MM`. New part (Helvetica): case numbers `SCSO-25-NNNNNN` with a `CAD Event` column "
        "`EV25-NNNNN` right beside them (related, not ids). On the parallel-run day 10/14/2025 EVERY call was "
        "entered in both systems, so all of that day's calls are printed twice (old rows, then new rows): one "
        "incident each, id = the old call number, the SCSO number and CAD event in related_numbers. A reconciliation "
        "list at the end pairs them, plus one voided test entry that is not a call. Ends with `Distinct calls for "
        "the period: N`.",
        "every row counted by the generator; page 1 counted on the page", "2025-10-14 00:00 (parallel run that day)")]


AGENCIES = [("ferrow-glen-mt-pd", 1, ferrow), ("kessock-bay-county-wa-so", 2, kessock),
            ("marl-hollow-vt-pd", 3, marl), ("dunraven-township-pa-pd", 4, dunraven),
            ("stellan-county-ne-so", 5, stellan)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        _, gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
