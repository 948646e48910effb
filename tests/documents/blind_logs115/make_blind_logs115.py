"""Generate a held-out set of incident logs printed several pages to a sheet or rotated (blind_logs115).

Five layouts: a city police daily log printed 2-up (two half-letter log pages side by side on a
landscape sheet, records running from the left page onto the right one); a sheriff's incident
summary in labelled blocks printed 4-up (four reduced letter pages on one sheet, blocks split across
quarters); a township police monthly log imposed in booklet order (the sheets carry pages 8|1, 2|7,
6|3, 4|5); a harbor police landscape log whose pages are turned 90 degrees on portrait sheets, one
of them turned the other way (upside down against the rest), with an unrotated print-job stamp; a
transit police report of numbered paragraphs on portrait pages, one page printed upside down,
closed by a landscape index table turned on a portrait sheet that lists every incident again.
Every agency, place and record is invented. Output is deterministic: fixed seeds, reportlab
invariant mode. Run:
    python tests/documents/blind_logs115/make_blind_logs115.py [OUT_DIR]
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
SEED = 20261215
TYPES = ["Theft from vehicle", "Burglary - residential", "Suspicious person", "Disturbance - verbal",
         "Vandalism", "Welfare check", "Shoplifting", "Found property", "Hit and run - property",
         "Trespass warning", "Noise complaint", "Fraud - check", "Assault - simple", "Harassment",
         "Stolen bicycle", "Animal complaint", "Domestic - verbal", "Juvenile problem"]
DISPS = ["Report taken", "Arrest - booked", "Citation issued", "Unfounded", "Referred to detectives",
         "Warning given", "Gone on arrival", "Closed - no further action", "Pending follow-up"]
STREETS = ["Alder St", "Wickham Ave", "Quarry Rd", "Tansy Ln", "N 4th St", "Harlow Blvd", "Creston Way",
           "Millrace Dr", "Orchard Ct", "Bellweather Rd", "S Foundry St", "Lantern Pl"]
LW, LH = letter


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


def addr(r):
    return f"{r.randint(1, 39) * 100 + r.randint(0, 99)} {r.choice(STREETS)}"


def draw_logical(c, lines, font, fsize, lh, top, left=36):
    """Draw lines (str, or list of (x, str)) from y=top downwards in the current transform."""
    y = top
    c.setFont(font, fsize)
    for line in lines:
        for x, text in ([(left, line)] if isinstance(line, str) else line):
            c.drawString(x, y, text)
        y -= lh


def place(c, tx, ty, rot, scale=1.0):
    c.saveState()
    c.translate(tx, ty)
    c.rotate(rot)
    c.scale(scale, scale)


def chunk(items, n):
    return [items[i:i + n] for i in range(0, len(items), n)]


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    n = len(recs)
    samples = [{"case_number": recs[i]["case_number"], **{k: recs[i][k] for k in fields if k in recs[i]}}
               for i in (0, n // 2, n - 1)]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs115.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs115.py) from the records it drew; "
                               "checked by check_blind_logs115.py against `pdftotext -layout` text, read "
                               "one imposed page at a time in reading order",
        "record_count_check": count_check, "notes": notes,
    }


# 1 ------------------------------------------------------------------ Quarry Falls, ID: 2-up
def quarry(d, r):
    agency = "Quarry Falls Police Department, ID [invented]"
    gt, seq = [], 4120
    for fname, day, n in [("quarry-falls-daily-log-2025-03-10-2up.pdf", 10, 72),
                          ("quarry-falls-daily-log-2025-03-11-2up.pdf", 11, 58)]:
        recs, lines = [], []
        for t in stamps(r, datetime.datetime(2025, 3, day), n, 1):
            seq += r.randint(1, 3)
            cad = f"{t.strftime('%y%m%d')}-{r.randint(10, 420):04d}"
            rec = {"case_number": f"25-{seq:06d}", "reported_at": t.strftime("%m/%d/%Y %H:%M"),
                   "type": r.choice(TYPES), "location": addr(r), "disposition": r.choice(DISPS),
                   "rel": [("cad_call_number", cad)]}
            recs.append(rec)
            lines.append(f"{rec['case_number']:<11}{cad:<13}{rec['reported_at']:<18}{rec['type']:<24}"
                         f"{rec['location']}")
            lines.append(f"{'':<11}Unit {r.randint(11, 48)}  Disp: {rec['disposition']}")
        lines += ["", f"Records this log: {n}"]
        body = chunk(lines, 57)  # an odd number of lines: records of two lines break across log pages
        npages = len(body)
        c = new_canvas(d / fname, landscape(letter))
        logical = []
        for i, b in enumerate(body, 1):
            head = ["QUARRY FALLS POLICE DEPARTMENT [invented]",
                    f"Daily Activity Log  03/{day:02d}/2025   Records Unit 555-0131   Page {i} of {npages}",
                    f"{'Case No.':<11}{'CAD No.':<13}{'Reported':<18}{'Nature':<24}Location",
                    "-" * 88]
            logical.append(head + b)
        sheets = chunk(logical, 2)
        for s, pair in enumerate(sheets, 1):
            for k, lp in enumerate(pair):
                place(c, k * LH / 2, 0, 0)
                draw_logical(c, lp, "Courier", 6.3, 9.0, LW - 30, left=14)
                c.restoreState()
            c.setFont("Helvetica", 6.5)
            c.drawCentredString(LH / 2, 10, f"2-up print  sheet {s} of {len(sheets)}  job QF-PRN-{r.randint(100000, 999999)}")
            c.showPage()
        c.save()
        gt.append(entry(d / fname, agency, "daily activity log printed 2-up", "table with header", recs,
                        ["reported_at", "type", "location", "disposition"],
                        "Each landscape sheet carries two half-letter log pages side by side (2-up), each with "
                        "its own heading, column header and `Page i of N`; the sheet has a footer `2-up print "
                        "sheet s of S job QF-PRN-NNNNNN`. Read left page then right page. Plain extraction of a "
                        "whole sheet puts the left page's and right page's lines on one line. A record is two "
                        "lines (case, CAD call number `YYMMDD-NNNN`, reported, nature, location; then unit and "
                        "`Disp:`), and where a log page ends after the first line the record continues at the "
                        "top of the next log page (the right half, or the next sheet's left half). CAD numbers "
                        "are related. Ends `Records this log: N`.",
                        "every record counted by the generator; first sheet counted on the page"))
    return agency, gt


# 2 ------------------------------------------------------------------ Brannock County, WY: 4-up blocks
def brannock(d, r):
    agency = "Brannock County Sheriff's Office, WY [invented]"
    recs, lines = [], []
    seq = 2210
    for t in stamps(r, datetime.datetime(2025, 4, 1), 96, 14):
        seq += r.randint(1, 4)
        rec = {"case_number": f"BC25-{seq:04d}", "reported_at": t.strftime("%m/%d/%Y %H%M"),
               "type": r.choice(TYPES), "location": f"{addr(r)}, {r.choice(['Dunmore', 'Pike Flats', 'Elkhorn Jct', 'Cady'])}",
               "disposition": r.choice(DISPS), "rel": []}
        lines.append(f"Incident: {rec['case_number']}        Reported: {rec['reported_at']}")
        lines.append(f"Nature: {rec['type']}")
        lines.append(f"Location: {rec['location']}")
        sup = ""
        if r.random() < 0.22:
            old = f"BC25-{r.randint(1500, 2199):04d}"
            rec["rel"].append(("earlier_case", old))
            sup = f"   Supplement to: {old}"
        lines.append(f"Deputy: Unit {r.randint(3, 29)}{sup}")
        lines.append(f"Disposition: {rec['disposition']}")
        lines.append("")
        recs.append(rec)
    lines.append(f"Total incidents: {len(recs)}")
    body = chunk(lines, 55)
    path = d / "brannock-incident-summary-2025-04-01-14-4up.pdf"
    c = new_canvas(path, letter)
    logical = [["BRANNOCK COUNTY SHERIFF'S OFFICE [invented]",
                f"Incident Summary 04/01/2025 - 04/14/2025     Dispatch 555-0176     Page {i} of {len(body)}",
                "_" * 78, ""] + b for i, b in enumerate(body, 1)]
    sheets = chunk(logical, 4)
    for _s, quad in enumerate(sheets, 1):
        for q, lp in enumerate(quad):
            place(c, (q % 2) * LW / 2, (1 - q // 2) * LH / 2, 0, 0.5)
            draw_logical(c, lp, "Helvetica", 11, 12, LH - 40, left=40)
            c.setLineWidth(0.5)
            c.rect(20, 20, LW - 40, LH - 40)
            c.restoreState()
        c.showPage()
    c.save()
    gt = [entry(path, agency, "sheriff's incident summary (two weeks) printed 4-up", "labelled blocks", recs,
                ["reported_at", "type", "location", "disposition"],
                "Letter pages reduced to half size, four to a portrait sheet (2 x 2, read top-left, top-right, "
                "bottom-left, bottom-right), each framed with its own heading and `Page i of N`. Labelled blocks "
                "`Incident:` / `Reported:` (MM/DD/YYYY HHMM) / `Nature:` / `Location:` / `Deputy:` / "
                "`Disposition:`; blocks are not kept together, so a block begun at the foot of one reduced page "
                "ends at the head of the next (often the quarter to its right or below). Some `Deputy:` lines "
                "carry `Supplement to: BC25-NNNN`, an earlier case of the same series not in this summary: "
                "related, not a record. Ends `Total incidents: N`.",
                "blocks counted by the generator; sheet 1 counted on the page")]
    return agency, gt


# 3 ------------------------------------------------------------------ Ostrander Twp, PA: booklet order
def ostrander(d, r):
    agency = "Ostrander Township Police Department, PA [invented]"
    recs, lines = [], []
    seq = 611
    n = 104
    for t in stamps(r, datetime.datetime(2025, 5, 1), n, 31):
        seq += r.randint(1, 3)
        rec = {"case_number": f"OT-25-{seq:05d}", "reported_at": t.strftime("%m/%d/%y %H:%M"),
               "type": r.choice(TYPES), "location": addr(r), "disposition": r.choice(DISPS), "rel": []}
        cit = ""
        if rec["disposition"] == "Citation issued":
            cit = f"E{r.randint(1000000, 9999999)}-{r.randint(1, 9)}"
            rec["rel"].append(("citation_number", cit))
        lines.append(f"{rec['case_number']:<13}{rec['reported_at']:<16}{rec['type']:<24}{rec['location']}")
        lines.append(f"{'':<13}{rec['disposition']}" + (f"  (cit. {cit})" if cit else ""))
        recs.append(rec)
    body = chunk(lines, 50)
    cover = ["", "", "OSTRANDER TOWNSHIP POLICE DEPARTMENT", "[invented]", "", "MONTHLY INCIDENT LOG",
             "May 2025", "", f"Incidents in this booklet: {n}", "", "Compiled for the Board of Supervisors",
             "Township Office 555-0192", "", "Pages 2-" + str(1 + len(body)) + ": the log, by date"]
    logical = [cover] + [[f"{'Incident':<13}{'Date/Time':<16}{'Nature':<24}Location", f"{'':<13}Disposition",
                          "=" * 82] + b for b in body]
    while len(logical) % 4:
        logical.append(["", "", "", "        (this page intentionally left blank)"])
    m = len(logical)
    order = []
    for s in range(m // 4):
        order.append((m - 2 * s, 1 + 2 * s))
        order.append((2 + 2 * s, m - 1 - 2 * s))
    path = d / "ostrander-monthly-incident-log-2025-05-booklet.pdf"
    c = new_canvas(path, landscape(letter))
    for left, right in order:
        for k, p in enumerate((left, right)):
            c.saveState()
            c.translate(k * LH / 2, 0)
            draw_logical(c, ["Ostrander Twp. Police - May 2025 Incident Log [invented]", ""] + logical[p - 1],
                         "Courier", 6.8, 9.6, LW - 36, left=22)
            c.setFont("Courier", 7)
            c.drawCentredString(LH / 4, 22, f"- {p} -")
            c.restoreState()
        c.showPage()
    c.save()
    gt = [entry(path, agency, "monthly incident log, booklet (saddle-stitch) imposition", "table with header",
                recs, ["reported_at", "type", "location", "disposition"],
                f"Printed as a folded booklet: each landscape PDF page is one side of a sheet holding two "
                f"half-letter booklet pages, in imposition order (sheets show pages {', '.join(f'{a}|{b}' for a, b in order)}). "
                "Reading order is by the page number `- p -` at the foot of each half, not by PDF page: the "
                "first PDF page holds the last (blank) page and the cover. The cover says `Incidents in this "
                "booklet: N`. Records are two lines (incident, date/time MM/DD/YY HH:MM, nature, location; then "
                "disposition, with a traffic citation number `(cit. ENNNNNNN-N)` when one was written - "
                "related). Trailing pages `(this page intentionally left blank)`. case_numbers are in "
                "reading (booklet page) order, which is date order.",
                "records counted by the generator; booklet page 2 counted on the page")]
    return agency, gt


# 4 ------------------------------------------------------------------ Lowry Harbor, ME: rotated landscape
def lowry(d, r):
    agency = "Lowry Harbor Police Department, ME [invented]"
    gt, seq, call = [], 3301, 8800
    for fname, month, n, flip in [("lowry-harbor-incident-log-2025-06-rotated.pdf", 6, 64, None),
                                  ("lowry-harbor-incident-log-2025-07-rotated.pdf", 7, 80, 2)]:
        recs, lines = [], []
        for t in stamps(r, datetime.datetime(2025, month, 1), n, 30):
            seq += r.randint(1, 2)
            call += r.randint(3, 40)
            rec = {"case_number": f"LH25-{seq:05d}", "reported_at": t.strftime("%m/%d/%Y %H%M"),
                   "type": r.choice(TYPES + ["Boat theft", "Mooring dispute", "Dock fire - small"]),
                   "location": r.choice([addr(r), f"Pier {r.randint(1, 6)} slip {r.randint(1, 40)}",
                                         f"Harbor launch ramp {r.choice('NS')}"]),
                   "disposition": r.choice(DISPS), "rel": [("call_number", f"25-{call:06d}")]}
            lines.append(f"{rec['case_number']:<13}{f'25-{call:06d}':<12}{rec['reported_at']:<18}{rec['type']:<26}"
                         f"{rec['location']:<28}{rec['disposition']}")
            if r.random() < 0.3:
                lines.append(f"{'':<43}  remark: {r.choice(['owner notified by phone', 'harbormaster on scene', 'photos taken', 'USCG station advised', 'vessel towed to Pier 2'])}")
            recs.append(rec)
        lines += ["", f"Total incidents: {n}"]
        body = chunk(lines, 44)
        path = d / fname
        c = new_canvas(path, letter)
        for i, b in enumerate(body, 1):
            lp = ["LOWRY HARBOR POLICE DEPARTMENT [invented] - MONTHLY INCIDENT LOG",
                  f"{datetime.date(2025, month, 1).strftime('%B %Y')}      Records 555-0158      Page {i} of {len(body)}",
                  f"{'Case No.':<13}{'Call No.':<12}{'Received':<18}{'Incident':<26}{'Location':<28}Disposition",
                  "-" * 128] + b
            if flip == i:
                place(c, 0, LH, -90)  # turned the other way: upside down against the other sheets
            else:
                place(c, LW, 0, 90)
            draw_logical(c, lp, "Courier", 7.2, 11, LW - 40, left=30)
            c.restoreState()
            c.setFont("Helvetica", 6.5)
            c.drawString(30, 14, f"Printed 0{month + 1}/02/2025 07:4{i}  by RMS  job 25-{r.randint(100000, 999999):06d}"
                                 f"   sheet {i}")
            c.showPage()
        c.save()
        gt.append(entry(path, agency, "harbor police monthly incident log (landscape, rotated on portrait sheets)",
                        "table with header", recs, ["reported_at", "type", "location", "disposition"],
                        "Landscape log pages printed turned 90 degrees on portrait sheets (text runs bottom to "
                        "top)" + (f"; sheet {flip} is turned the opposite way (text top to bottom, upside down "
                                  "against the rest of the document)" if flip else "") +
                        ". Each sheet also has an unrotated print stamp along the bottom edge `Printed ... by RMS "
                        "job 25-NNNNNN sheet s` whose job number has the shape of the call numbers. Columns: case "
                        "no. `LH25-NNNNN`, call no. `25-NNNNNN` (related), received MM/DD/YYYY HHMM, incident, "
                        "location, disposition; some records have a second `remark:` line. Ends `Total "
                        "incidents: N`.",
                        "rows counted by the generator; sheet 1 counted on the page"))
    return agency, gt


# 5 ------------------------------------------------------------------ Pinecrest Valley, CO: mixed orientation
def pinecrest(d, r):
    agency = "Pinecrest Valley Transit Police, CO [invented]"
    recs, lines = [], []
    seq = 140
    n = 66
    for i, t in enumerate(stamps(r, datetime.datetime(2025, 8, 1), n, 31), 1):
        seq += r.randint(1, 3)
        rec = {"case_number": f"PV-25-{seq:04d}", "reported_at": t.strftime("%m/%d/%Y %H%M"),
               "type": r.choice(["Fare evasion", "Disorderly on platform", "Assault on operator", "Theft on bus",
                                 "Vandalism - shelter", "Trespass - rail yard", "Medical assist", "Lost child",
                                 "Suspicious package", "Smoking on train"]),
               "location": f"{r.choice(['Route 7', 'Route 12', 'Blue Line', 'Gold Line'])} "
                           f"{r.choice(['Cedar Station', 'Union Transfer Ctr', 'Hollins Park-n-Ride', 'Mesa Stop 14', 'Depot Yard'])}",
               "disposition": r.choice(DISPS), "rel": []}
        text = (f"{i}. {rec['case_number']}  {rec['reported_at']}  {rec['type']}, {rec['location']}. "
                f"Officer badge {r.randint(400, 499)} responded")
        if r.random() < 0.3:
            oir = f"25-{r.randint(3000, 3999):04d}"
            rec["rel"].append(("operator_incident_report", oir))
            text += f" (Bus {r.randint(2100, 2399)}, block {r.randint(701, 799)}, operator report OIR {oir})"
        text += f". Disposition: {rec['disposition']}."
        words, cur, out = text.split(), "", []
        for w in words:
            if len(cur) + len(w) + 1 > 92:
                out.append(cur)
                cur = "    " + w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
        lines += out + [""]
        recs.append(rec)
    lines.append(f"Incidents reported: {n}")
    body = chunk(lines, 58)
    idx = [f"{rec['case_number']:<12}{rec['reported_at']:<16}{rec['type']:<24}{rec['location']:<32}{rec['disposition']}"
           for rec in recs]
    ibody = chunk(idx, 40)
    total = len(body) + len(ibody)
    path = d / "pinecrest-transit-police-report-2025-08.pdf"
    c = new_canvas(path, letter)
    for i, b in enumerate(body, 1):
        lp = ["PINECREST VALLEY TRANSIT POLICE [invented] - MONTHLY INCIDENT REPORT, AUGUST 2025",
              f"Transit Police 555-0114                                                   page {i} of {total}", ""] + b
        if i == 3:
            place(c, LW, LH, 180)  # fed into the printer the wrong way round
        else:
            place(c, 0, 0, 0)
        draw_logical(c, lp, "Courier", 7.6, 11, LH - 40)
        c.restoreState()
        c.showPage()
    for j, b in enumerate(ibody, len(body) + 1):
        lp = ["APPENDIX - INDEX OF INCIDENTS (same incidents as the paragraphs above, by case number)",
              f"{'Case':<12}{'Reported':<16}{'Type':<24}{'Location':<32}Disposition", "-" * 110] + b + \
             ["", f"page {j} of {total}"]
        place(c, LW, 0, 90)
        draw_logical(c, lp, "Courier", 7.2, 10.5, LW - 40)
        c.restoreState()
        c.showPage()
    c.save()
    gt = [entry(path, agency, "transit police monthly report: numbered paragraphs and an index", "numbered paragraphs",
                recs, ["reported_at", "type", "location", "disposition"],
                "Portrait pages of numbered paragraphs `i. PV-25-NNNN MM/DD/YYYY HHMM type, location. ... "
                "Disposition: ...`, wrapped; page 3 is printed upside down (rotated 180 degrees). Closed by "
                "`Incidents reported: N` and an appendix `INDEX OF INCIDENTS`, a landscape table printed turned "
                "90 degrees on portrait sheets, that lists every incident a second time (case, reported, type, "
                "location, disposition): not new records. Some paragraphs cite the bus, the run block and the "
                "operator's own report `OIR 25-NNNN` (shaped like the tail of the case number): the OIR number is "
                "related, bus and block numbers are not ids.",
                "paragraphs counted by the generator; index rows compared with the paragraphs")]
    return agency, gt


AGENCIES = [("quarry-falls-id-pd", 1, quarry), ("brannock-county-wy-so", 2, brannock),
            ("ostrander-twp-pa-pd", 3, ostrander), ("lowry-harbor-me-pd", 4, lowry),
            ("pinecrest-valley-co-transit-pd", 5, pinecrest)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        _, gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
