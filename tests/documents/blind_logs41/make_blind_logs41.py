"""Generate the forty-first held-out set of incident-log PDFs and their ground truth.

Theme: redacted public releases. Every PDF opens with a cover letter page and an exemption key
page, then the log, with exemption codes printed where a name or address was, whole records
withheld with their number kept, and black boxes drawn over text (some boxes are botched: the
text still sits under them in the text layer). Five layouts: a portrait release table with rows
withheld in full; a landscape table whose id is the LAST column and which has an exemption
column and page subtotals; labelled blocks in a two-column label gutter; a sheriff's release
memorandum of free-text paragraphs with the id at the END of each paragraph; a Vaughn-style
index whose first column is an index number (not the id). Every agency, place and record is
invented; no person is named. Output is deterministic: fixed seeds, reportlab invariant mode.
Run:
    python tests/documents/blind_logs41/make_blind_logs41.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20254141
STREETS = ["Abbotsford", "Bramblewick", "Corrander", "Dunsley", "Eskerby", "Fallowmere", "Gorsefield",
           "Hartwick", "Inchmore", "Jessamy", "Kettlewell", "Linthorpe", "Merriton", "Nettlecombe",
           "Orrisdale", "Pellworth", "Quillan", "Rushbury", "Stanmoor", "Tollerton", "Upwell", "Wrenfield"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Way", "Ct", "Pl"]
TYPES = ["Theft from vehicle", "Burglary - residential", "Vandalism", "Assault - simple", "Trespass",
         "Welfare check", "Disturbance - noise", "Suspicious person", "Found property", "Fraud - identity",
         "Shoplifting", "Harassment", "Runaway juvenile", "Domestic disturbance", "DUI", "Hit and run",
         "Stolen vehicle", "Mental health crisis", "Warrant service", "Animal complaint"]
NARR = ["Caller reported the matter by phone.", "Officer spoke with the reporting party on scene.",
        "Area checked; nothing further located.", "Property was photographed and logged.",
        "Surveillance video was requested from the business.", "The parties were separated.",
        "Reporting party declined further action.", "A report was taken for insurance purposes."]


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


def addr(r):
    return f"{r.randint(1, 48) * 100 + r.randint(0, 99)} {r.choice(STREETS)} {r.choice(SUFFIX)}"


def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width) or [""]


def make_records(r, first_day, ndays, n, start, prefix, fmt, rel):
    """Plain dicts; rel(r, rec) gives the disposition text and related numbers."""
    mins = sorted(r.sample(range(0, 1440 * ndays), n))
    out, k = [], start
    for i, m in enumerate(mins):
        k += r.choice((1, 1, 1, 2, 3))
        dt = first_day + datetime.timedelta(minutes=m)
        rec = {"id": fmt.format(prefix=prefix, k=k), "dt": dt, "type": r.choice(TYPES), "loc": addr(r),
               "summary": " ".join(r.sample(NARR, 2)), "withheld": False, "coded": False, "botched": False}
        rec["disp"], rec["related"] = rel(r, rec)
        safe = i in (0, n // 2, n - 1)
        roll = r.random()
        if not safe and roll < 0.08:
            rec["withheld"] = True
            rec["related"] = []
        elif not safe and roll < 0.18:
            rec["coded"] = True
        elif not safe and roll < 0.30:
            rec["botched"] = True
        out.append(rec)
    return out


def cover_pages(c, size, head, lines, key_title, key_rows, foot):
    """A cover letter page and an exemption key page, no records."""
    w, h = size
    c.setFont("Helvetica-Bold", 13)
    c.drawString(60, h - 70, head[0])
    c.setFont("Helvetica", 9)
    for i, s in enumerate(head[1:]):
        c.drawString(60, h - 86 - 12 * i, s)
    y = h - 150
    c.setFont("Times-Roman", 11)
    for para in lines:
        for ln in wrap(para, "Times-Roman", 11, w - 120):
            c.drawString(60, y, ln)
            y -= 14
        y -= 8
    c.setFont("Helvetica", 7)
    c.drawString(60, 30, foot)
    c.showPage()
    c.setFont("Helvetica-Bold", 12)
    c.drawString(60, h - 70, key_title)
    y = h - 100
    for code, text in key_rows:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(60, y, code)
        c.setFont("Helvetica", 9)
        for ln in wrap(text, "Helvetica", 9, w - 260):
            c.drawString(200, y, ln)
            y -= 12
        y -= 6
    c.setFont("Helvetica", 7)
    c.drawString(60, 30, foot)
    c.showPage()


def box_over(c, x, y, width, size):
    c.setFillGray(0)
    c.rect(x - 1, y - 2, width + 2, size + 3, stroke=0, fill=1)


def draw_table(c, size, cols, rows, top, head_fn, foot_fn, fs=8, lead=10, subtotal=None):
    """cols: [(title, x, width)]; rows: list of (cells, boxes, withheld_text, meta). Returns pages."""
    w, h = size
    y, page, on_page = top, 1, 0

    def header():
        head_fn(c, page)
        c.setFont("Helvetica-Bold", fs)
        for title, x, _ in cols:
            c.drawString(x, top + 14, title)
        c.line(cols[0][1], top + 10, w - 36, top + 10)

    header()
    for cells, boxes, withheld, meta in rows:
        wrapped = [wrap(v, "Helvetica", fs, cw) for v, (_, _, cw) in zip(cells, cols)]
        nl = 1 if withheld else max(len(x) for x in wrapped)
        if y - nl * lead < 70:
            if subtotal:
                subtotal(c, y, on_page)
            foot_fn(c, page)
            c.showPage()
            page += 1
            y, on_page = top, 0
            header()
        if withheld:
            c.setFont("Helvetica-Bold", fs)
            c.drawString(cols[0][1], y, cells[0])
            c.setFont("Helvetica", fs)
            c.drawString(cols[1][1], y, cells[1])
            c.setFillGray(0.85)
            c.rect(cols[2][1] - 2, y - 3, w - 36 - cols[2][1], lead, stroke=0, fill=1)
            c.setFillGray(0)
            c.setFont("Helvetica-Bold", fs)
            c.drawString(cols[2][1] + 4, y, withheld)
        else:
            for j, (lines, (_, x, _w)) in enumerate(zip(wrapped, cols)):
                c.setFont("Helvetica-Bold" if j == 0 else "Helvetica", fs)
                for li, ln in enumerate(lines):
                    c.drawString(x, y - li * lead, ln)
                if j in boxes:
                    meta["boxed"] = True
                    for li, ln in enumerate(lines):
                        box_over(c, x, y - li * lead, c.stringWidth(ln, "Helvetica", fs), fs)
                    c.setFillGray(0)
        y -= nl * lead + 4
        on_page += 1
    return c, y, page, on_page


# ---------------------------------------------------------------- A: Alder Crossing PD, OR
def rel_ac(r, rec):
    x = r.random()
    if x < 0.15:
        b = f"BK25-{r.randint(1000, 9999)}"
        return f"Arrest, booked {b}", [("booking_number", b)]
    if x < 0.25:
        n = f"WCSO 25-{r.randint(10000, 99999)}"
        return f"Referred to {n}", [("other_agency_case", n)]
    return r.choice(["Report taken", "Closed - no further action", "Unfounded", "Pending investigation",
                     "Cleared by exception"]), []


def draw_ac(path, recs, label):
    size = letter
    c = new_canvas(path, size)
    cover_pages(c, size, ["City of Alder Crossing Police Department", "Records Section  555-0142",
                          "Public Records Request AC-PRR-2025-0611"],
                ["Re: Public Records Request AC-PRR-2025-0611 (incident log, " + label + ").",
                 "The Department has completed its review of the incident log responsive to your request. "
                 "Portions are exempt from disclosure under ORS 192.345 and 192.355 and have been redacted; the "
                 "exemption relied upon is printed in the cell where the information was. Entries withheld in "
                 "full are listed with their case number only. An earlier request, AC-PRR-2025-0488, was "
                 "closed without records.",
                 "Records responsive to this request follow the exemption key on the next page."],
                "EXEMPTION KEY", [("ORS 192.345(3)", "Investigatory information compiled for criminal law "
                                   "purposes; address of victim withheld."),
                                  ("ORS 192.355(2)", "Information of a personal nature; record withheld in full."),
                                  ("ORS 419A.255", "Juvenile record; withheld in full."),
                                  ("[box]", "Black box: redacted text.")],
                "Alder Crossing PD - released under AC-PRR-2025-0611")
    cols = [("Case No.", 36, 62), ("Reported", 102, 70), ("Offense", 178, 110), ("Location", 294, 120),
            ("Disposition", 420, 156)]
    rows = []
    for x in recs:
        if x["withheld"]:
            rows.append(([x["id"], x["dt"].strftime("%m/%d/%Y %H:%M")], set(),
                         "WITHHELD IN FULL - ORS 192.355(2)", x))
            continue
        loc = "ORS 192.345(3)" if x["coded"] else x["loc"]
        rows.append(([x["id"], x["dt"].strftime("%m/%d/%Y %H:%M"), x["type"], loc, x["disp"]],
                     {3} if x["botched"] else set(), None, x))

    def head(c, p):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, 750, "ALDER CROSSING POLICE DEPARTMENT - INCIDENT LOG, " + label.upper())
        c.setFont("Helvetica", 7)
        c.drawString(36, 738, "Released in part under AC-PRR-2025-0611. Redactions per exemption key.")

    def foot(c, p):
        c.setFont("Helvetica", 7)
        c.drawString(36, 30, f"ACPD-0611-{p + 2:04d}")
        c.drawRightString(576, 30, f"Log page {p}")

    c, y, page, _ = draw_table(c, size, cols, rows, 706, head, foot)
    wh = sum(x["withheld"] for x in recs)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(36, y - 10, f"Records responsive: {len(recs)}    Withheld in full: {wh}    "
                             f"Released in part: {len(recs) - wh}")
    foot(c, page)
    c.showPage()
    c.save()


# ---------------------------------------------------------------- B: Brightwater TX marshal
def rel_bw(r, rec):
    x = r.random()
    if x < 0.18:
        n = f"BW{r.randint(1000000, 9999999)}"
        return f"Citation {n}", [("citation", n)]
    if x < 0.26:
        n = f"TCSO-25-{r.randint(1000, 9999)}"
        return f"Assist {n}", [("other_agency_case", n)]
    return r.choice(["Closed", "Report", "Arrest", "Info only", "Suspended"]), []


def draw_bw(path, recs, label):
    size = landscape(letter)
    c = new_canvas(path, size)
    cover_pages(c, size, ["Brightwater City Marshal's Office", "Open Records  555-0157",
                          "Public Information Request BW-PIR-25-1193"],
                ["Re: your request for the call log, " + label + ".",
                 "Information excepted from disclosure under the Public Information Act is withheld. The "
                 "Exempt column of the log gives the section of the Government Code relied on for each "
                 "entry; a dash means nothing was withheld. Where a whole entry is withheld only its "
                 "number is shown.", "Questions: Open Records, 555-0157."],
                "KEY TO EXCEPTIONS", [("552.101", "Information confidential by law (juvenile, medical)."),
                                      ("552.108(a)(1)", "Release would interfere with a pending case."),
                                      ("552.130", "Motor vehicle record information."),
                                      ("552.1175", "Home address of a peace officer.")],
                "BW-PIR-25-1193")
    cols = [("Rcvd", 36, 70), ("Call type", 112, 120), ("Address", 238, 150), ("Result", 394, 130),
            ("Exempt", 530, 70), ("Call No.", 606, 80)]
    rows = []
    for x in recs:
        ex = "552.108(a)(1)" if x["coded"] else ("552.130" if x["botched"] else "-")
        if x["withheld"]:
            rows.append(([x["dt"].strftime("%m/%d/%y %H%M"), "ENTRY WITHHELD - 552.101", "", "",
                          "552.101", x["id"]], set(), None, x))
            continue
        loc = "[552.108(a)(1)]" if x["coded"] else x["loc"]
        rows.append(([x["dt"].strftime("%m/%d/%y %H%M"), x["type"], loc, x["disp"], ex, x["id"]],
                     {2} if x["botched"] else set(), None, x))

    def head(c, p):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, 575, f"Brightwater City Marshal - Calls for Service ({label})")

    def foot(c, p):
        c.setFont("Helvetica", 7)
        c.drawRightString(756, 24, f"- {p} -")

    def sub(c, y, n):
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(112, y - 4, f"Page subtotal   {n}")

    c, y, page, n = draw_table(c, size, cols, rows, 535, head, foot, subtotal=sub)
    sub(c, y, n)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(36, y - 22, f"Calls listed: {len(recs)}")
    foot(c, page)
    c.showPage()
    c.save()


# ---------------------------------------------------------------- C: Cinder Bluff NV PD, blocks
def rel_cb(r, rec):
    x = r.random()
    if x < 0.15:
        n = f"CCDC 25-{r.randint(100000, 999999)}"
        return f"Arrest; booked {n}", [("booking_number", n)]
    if x < 0.25:
        n = f"NHP-25-{r.randint(10000, 99999)}"
        return f"Turned over to {n}", [("other_agency_case", n)]
    return r.choice(["Report written", "Advised", "Gone on arrival", "Closed", "Cited and released"]), []


def draw_cb(path, recs, label):
    size = letter
    c = new_canvas(path, size)
    cover_pages(c, size, ["Cinder Bluff Police Department", "Custodian of Records  555-0163",
                          "Request CBPD-RR-25-0274"],
                ["Re: Request CBPD-RR-25-0274, event log for " + label + ".",
                 "Confidential information has been redacted as required by NRS 239.010 and related "
                 "statutes. Each redaction is marked with the statute. Events withheld in full are listed "
                 "by event number only.", "Fees: none. Contact the Custodian of Records at 555-0163."],
                "REDACTION KEY", [("NRS 179A.070", "Record of criminal history; withheld."),
                                  ("NRS 239B.030", "Personal information; redacted."),
                                  ("NRS 62H.025", "Juvenile matter; event withheld in full.")],
                "CBPD-RR-25-0274")
    w, h = size
    y, page = 700, 1

    def head():
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, 750, f"CINDER BLUFF PD  EVENT LOG  {label}")
        c.setFont("Helvetica", 7)
        c.drawRightString(562, 750, f"sheet {page}")
        c.line(150, 60, 150, 735)

    head()
    for x in recs:
        if x["withheld"]:
            lines = [("Event Number", x["id"]), ("", "** EVENT WITHHELD IN FULL - NRS 62H.025 **")]
        else:
            nar = "[NRS 239B.030] " + x["summary"] if x["coded"] else x["summary"]
            lines = [("Event Number", x["id"]), ("Received", x["dt"].strftime("%m/%d/%Y at %H%M")),
                     ("Nature", x["type"]), ("Address", "NRS 239B.030" if x["coded"] else x["loc"])]
            lines += [("Narrative", ln) if i == 0 else ("", ln)
                      for i, ln in enumerate(wrap(nar, "Helvetica", 8, 380))]
            lines.append(("Outcome", x["disp"]))
        if y - 11 * len(lines) < 70:
            c.showPage()
            page += 1
            y = 700
            head()
        for i, (lab, val) in enumerate(lines):
            c.setFont("Helvetica-Bold", 8)
            c.drawRightString(142, y, lab)
            c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 8)
            c.drawString(160, y, val)
            if lab == "Address" and x["botched"]:
                x["boxed"] = True
                box_over(c, 160, y, c.stringWidth(val, "Helvetica", 8), 8)
                c.setFillGray(0)
            y -= 11
        y -= 9
    c.setFont("Helvetica-Bold", 9)
    c.drawString(160, y - 6, f"Events on this release: {len(recs)}")
    c.showPage()
    c.save()


# ---------------------------------------------------------------- D: Dunmore Valley VT sheriff
def rel_dv(r, rec):
    x = r.random()
    if x < 0.15:
        n = f"VSP {r.randint(10, 99)}B{r.randint(100000, 999999)}"
        return f"Referred to State Police, {n}.", [("other_agency_case", n)]
    if x < 0.27:
        n = f"VCT{r.randint(100000, 999999)}"
        return f"Civil ticket {n} issued.", [("citation", n)]
    return r.choice(["Report completed.", "No further action.", "Matter resolved on scene.",
                     "Under investigation."]), []


def draw_dv(path, recs, label):
    size = letter
    c = new_canvas(path, size)
    cover_pages(c, size, ["Dunmore Valley County Sheriff's Department", "555-0178",
                          "Public records request DVSD-PRA-25-052"],
                ["Re: your request of October 28, 2025 for the sheriff's log, " + label + ".",
                 "The log is released as a memorandum. Redactions are made under 1 V.S.A. 317(c) and are "
                 "shown by a black bar or by the subsection cited in square brackets. Entries withheld in "
                 "full keep their case number.", "Sincerely, Records Clerk."],
                "EXEMPTIONS CITED", [("317(c)(5)", "Records dealing with the detection and investigation "
                                      "of crime."), ("317(c)(7)", "Personal records of individuals."),
                                     ("317(c)(1)", "Records designated confidential by law.")],
                "DVSD-PRA-25-052")
    w, h = size
    y, page, day = 712, 1, None

    def head():
        c.setFont("Times-Bold", 11)
        c.drawString(72, 748, f"MEMORANDUM - Sheriff's log {label} (released in part)")
        c.setFont("Times-Roman", 8)
        c.drawRightString(540, 748, f"{page + 2}")

    head()
    for x in recs:
        d = x["dt"].date()
        if d != day:
            day = d
            if y < 110:
                c.showPage()
                page += 1
                y = 712
                head()
            c.setFont("Times-Bold", 10)
            c.drawString(72, y, x["dt"].strftime("%A, %B %-d, %Y"))
            y -= 16
        if x["withheld"]:
            text = f"{x['dt'].strftime('%H%M')} hours. Entry withheld in full under 317(c)(1). [{x['id']}]"
        else:
            loc = "[317(c)(7)]" if x["coded"] else x["loc"]
            text = (f"{x['dt'].strftime('%H%M')} hours. {x['type']} at {loc}. {x['summary']} "
                    f"{x['disp']} [{x['id']}]")
        lines = wrap(text, "Times-Roman", 10, 460)
        if y - 13 * len(lines) < 60:
            c.showPage()
            page += 1
            y = 712
            head()
        c.setFont("Times-Roman", 10)
        for i, ln in enumerate(lines):
            c.drawString(72 if i == 0 else 84, y, ln)
            if i == 0 and x["botched"]:
                off = c.stringWidth(f"{x['dt'].strftime('%H%M')} hours. {x['type']} at ", "Times-Roman", 10)
                if off + c.stringWidth(x["loc"], "Times-Roman", 10) < c.stringWidth(ln, "Times-Roman", 10):
                    x["boxed"] = True
                    box_over(c, 72 + off, y, c.stringWidth(x["loc"], "Times-Roman", 10), 10)
                    c.setFillGray(0)
            y -= 13
        y -= 5
    c.setFont("Times-Bold", 10)
    c.drawString(72, y - 8, f"This memorandum lists {len(recs)} log entries.")
    c.showPage()
    c.save()


# ---------------------------------------------------------------- E: Eastmarch MA univ., Vaughn index
def rel_em(r, rec):
    x = r.random()
    if x < 0.2:
        n = f"EPD-25-{r.randint(1000, 9999)}"
        return f"Referred to Eastmarch PD {n}", [("other_agency_case", n)]
    return r.choice(["Closed", "Open", "Referred to Student Conduct", "Cleared by arrest"]), []


def draw_em(path, recs, label):
    size = landscape(letter)
    c = new_canvas(path, size)
    cover_pages(c, size, ["Eastmarch University Police Department", "Records Access Officer  555-0186",
                          "Request EUPD-PR-25-0149"],
                ["Re: request EUPD-PR-25-0149, daily log entries, " + label + ".",
                 "The responsive incident reports are described in the index that follows. For each "
                 "report the index gives the report number, date, classification, location, status, and "
                 "the exemption under G.L. c. 4, s. 7(26) applied to it, if any.",
                 "Index numbers (V-1, V-2, ...) are for reference in any appeal."],
                "EXEMPTIONS", [("(26)(c)", "Personnel and medical files; unwarranted invasion of privacy."),
                               ("(26)(f)", "Investigatory materials."),
                               ("(26)(n)", "Records relating to security.")],
                "EUPD-PR-25-0149")
    cols = [("Index", 36, 34), ("Report No.", 74, 62), ("Date", 140, 56), ("Classification", 200, 110),
            ("Location", 316, 130), ("Status", 452, 150), ("Release", 608, 150)]
    rows = []
    for i, x in enumerate(recs, 1):
        if x["withheld"]:
            rel = "Withheld in full (26)(f)"
            rows.append(([f"V-{i}", x["id"], x["dt"].strftime("%m/%d/%Y"), "[(26)(f)]", "[(26)(f)]",
                          "[(26)(f)]", rel], set(), None, x))
            continue
        loc = "[(26)(c)]" if x["coded"] else x["loc"]
        rel = "Released in part (26)(c)" if (x["coded"] or x["botched"]) else "Released in full"
        rows.append(([f"V-{i}", x["id"], x["dt"].strftime("%m/%d/%Y"), x["type"], loc, x["disp"], rel],
                     {4} if x["botched"] else set(), None, x))

    def head(c, p):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, 575, f"INDEX OF RESPONSIVE RECORDS - {label}")

    def foot(c, p):
        c.setFont("Helvetica", 7)
        c.drawString(36, 24, f"EUPD-PR-25-0149  index page {p}")

    c, y, page, _ = draw_table(c, size, cols, rows, 535, head, foot)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(36, y - 10, f"Reports indexed: {len(recs)}")
    foot(c, page)
    c.showPage()
    c.save()


# ---------------------------------------------------------------- ground truth
def sample(x, fields):
    s = {"case_number": x["id"]}
    vals = {"reported_at": x["fmt_dt"], "type": x["type"], "location": x["loc"], "disposition": x["disp"],
            "summary": x["summary"]}
    s.update({k: vals[k] for k in fields if k in vals})
    if x["related"]:
        s["related_numbers"] = [n for _, n in x["related"]]
    return s


def entry(path, agency, doc_type, layout, recs, fields, notes):
    n = len(recs)
    return {"file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
            "git_blob": "generated", "generator": "make_blind_logs41.py (seed 20254141 + agency number)",
            "sha256": sha(path), "bytes": path.stat().st_size, "pages": pdf_pages(path), "agency": agency,
            "document_type": doc_type, "layout": layout, "scanned": False, "encrypted": False,
            "text_layer": "good (botched redactions: some boxed text is still in the text layer)",
            "record_count": n, "case_numbers": [x["id"] for x in recs],
            "related_numbers": [{"record": x["id"], "kind": k, "number": v} for x in recs for k, v in x["related"]],
            "withheld_in_full": [x["id"] for x in recs if x["withheld"]],
            "redaction_boxes": [{"record": x["id"], "text_under_box": x["loc"]} for x in recs if x.get("boxed")],
            "fields_present": ["case_number"] + fields,
            "sample_records": [sample(recs[i], fields) for i in (0, n // 2, n - 1)],
            "case_numbers_source": "written by the generator (make_blind_logs41.py) from the records it drew; "
                                   "checked by check_blind_logs41.py against `pdftotext -layout` text",
            "record_count_check": "records counted from the generator; the closing count equals record_count",
            "notes": notes}


AGENCIES = [
    ("alder-crossing-or-pd", 1, "Alder Crossing Police Department, OR [invented]", "AC", "{prefix}25-{k:05d}",
     rel_ac, draw_ac, "%m/%d/%Y %H:%M", "incident log released in part (rows withheld in full)",
     "table with header", ["reported_at", "type", "location", "disposition"],
     [("acpd-incident-log-2025-10-13-19.pdf", (10, 13), 7, "October 13-19, 2025", 96, 21400),
      ("acpd-incident-log-2025-10-20-26.pdf", (10, 20), 7, "October 20-26, 2025", 104, 21700)],
     "Page 1 is a cover letter (request AC-PRR-2025-0611, an earlier request AC-PRR-2025-0488, a phone), "
     "page 2 an EXEMPTION KEY; neither has records. Then a portrait table, column titles repeated per page: "
     "Case No. (bold AC25-NNNNN, the id), Reported (MM/DD/YYYY HH:MM), Offense, Location, Disposition (wraps; "
     "bookings BK25-NNNN and county cases WCSO 25-NNNNN are related). Some Location cells print the "
     "exemption 'ORS 192.345(3)' instead of an address; some addresses are covered by a BLACK BOX drawn over "
     "the text, which is still in the text layer (botched redaction). Rows WITHHELD in full print the case "
     "number and date, then a grey band 'WITHHELD IN FULL - ORS 192.355(2)': they are records "
     "(withheld_in_full lists them). Bates numbers ACPD-0611-NNNN in the footer. Ends 'Records responsive: N "
     "Withheld in full: W Released in part: M' (only N counts records)."),
    ("brightwater-tx-marshal", 2, "Brightwater City Marshal's Office, TX [invented]", "BW", "{prefix}25{k:06d}",
     rel_bw, draw_bw, "%m/%d/%y %H%M", "calls for service released in part (id in the last column)",
     "table with header", ["reported_at", "type", "location", "disposition"],
     [("bwmo-calls-2025-10.pdf", (10, 1), 31, "October 2025", 131, 104500)],
     "Cover letter (request BW-PIR-25-1193, phone) and a KEY TO EXCEPTIONS page first, no records. Then a "
     "landscape table: Rcvd (MM/DD/YY HHMM, two-digit year; reported_at as printed), Call type, Address, "
     "Result, Exempt (Government Code sections such as 552.108(a)(1) or a dash: numbers that are not ids), "
     "and the id Call No. (BW25NNNNNN, no separator) in the LAST column. Coded addresses print "
     "'[552.108(a)(1)]'; some addresses sit under a black box yet remain in the text layer. Entries withheld "
     "in full print 'ENTRY WITHHELD - 552.101' as the call type and keep their Call No. Results cite "
     "citations BWNNNNNNN and county cases TCSO-25-NNNN (related). Each page ends with 'Page subtotal N' "
     "(not a row); the log ends 'Calls listed: N'."),
    ("cinder-bluff-nv-pd", 3, "Cinder Bluff Police Department, NV [invented]", "CB", "{prefix}-25-{k:06d}",
     rel_cb, draw_cb, "%m/%d/%Y at %H%M", "event log released in part (labelled blocks)",
     "labelled blocks", ["reported_at", "type", "location", "summary", "disposition"],
     [("cbpd-event-log-2025-10-20-23.pdf", (10, 20), 4, "10/20/2025 - 10/23/2025", 58, 114000),
      ("cbpd-event-log-2025-10-24-27.pdf", (10, 24), 4, "10/24/2025 - 10/27/2025", 63, 114300)],
     "Cover letter (request CBPD-RR-25-0274, phone) and a REDACTION KEY page first, no records. Then "
     "labelled blocks: labels right-aligned in a gutter left of a vertical rule, values to its right: "
     "'Event Number' (bold CB-25-NNNNNN, the id), 'Received' ('10/20/2025 at 0814'; reported_at as printed), "
     "'Nature' (type), 'Address' (or the statute 'NRS 239B.030'; some addresses are under a black box but "
     "still in the text layer), 'Narrative' (wraps onto unlabelled lines; may open '[NRS 239B.030]'), "
     "'Outcome' (disposition; bookings CCDC 25-NNNNNN and Highway Patrol cases NHP-25-NNNNN are related). "
     "Events withheld in full print only the Event Number and '** EVENT WITHHELD IN FULL - NRS 62H.025 **'. "
     "Ends 'Events on this release: N'."),
    ("dunmore-valley-vt-sheriff", 4, "Dunmore Valley County Sheriff's Department, VT [invented]", "DV",
     "{prefix}25-{k:04d}", rel_dv, draw_dv, "%m/%d/%Y %H%M", "sheriff's log released as a memorandum (free text)",
     "free text", ["reported_at", "type", "location", "summary", "disposition"],
     [("dvsd-log-memo-2025-10-06-19.pdf", (10, 6), 14, "October 6-19, 2025", 72, 3100)],
     "Cover letter (request DVSD-PRA-25-052, phone) and an EXEMPTIONS CITED page first, no records. Then a "
     "Times memorandum: day headings ('Monday, October 6, 2025') and one paragraph per entry: '0214 "
     "hours. <type> at <address>. <narrative> <outcome>' and the id in square brackets at the END "
     "'[DV25-NNNN]', so the id may fall on a wrapped continuation line. reported_at is the time as printed "
     "in the paragraph ('0214'); the date is the day heading's. Addresses may be '[317(c)(7)]' or covered by "
     "a black bar still present in the text layer. Withheld entries: '<time> hours. Entry withheld in full "
     "under 317(c)(1). [DV25-NNNN]'. Outcomes cite State Police cases 'VSP NNBNNNNNN' and civil tickets "
     "VCTNNNNNN (related). Ends 'This memorandum lists N log entries.'"),
    ("eastmarch-ma-university-pd", 5, "Eastmarch University Police Department, MA [invented]", "EU",
     "{prefix}-2025-{k:04d}", rel_em, draw_em, "%m/%d/%Y", "index of responsive incident reports (Vaughn-style)",
     "table with header", ["reported_at", "type", "location", "disposition"],
     [("eupd-index-2025-09.pdf", (9, 1), 30, "September 2025", 47, 3300),
      ("eupd-index-2025-10.pdf", (10, 1), 31, "October 2025", 55, 3420)],
     "Cover letter (request EUPD-PR-25-0149, phone) and an EXEMPTIONS page first, no records. Then a "
     "landscape index of responsive records: Index (V-1, V-2 ... an index number, NOT the id), Report No. "
     "(bold EU-2025-NNNN, the id), Date (MM/DD/YYYY, no time), Classification, Location, Status "
     "(disposition; 'Referred to Eastmarch PD EPD-25-NNNN' is related), Release ('Released in full', "
     "'Released in part (26)(c)', 'Withheld in full (26)(f)'). Withheld reports print '[(26)(f)]' in "
     "Classification, Location and Status. Some locations are '[(26)(c)]' or sit under a black box still "
     "in the text layer. Ends 'Reports indexed: N'."),
]


def main():
    for (name, num, agency, prefix, fmt, rel, draw, dtfmt, doc_type, layout, fields, runs, notes) in AGENCIES:
        r = random.Random(SEED + num)
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = []
        for fname, (mon, day), ndays, label, n, start in runs:
            recs = make_records(r, datetime.datetime(2025, mon, day), ndays, n, start, prefix, fmt, rel)
            for x in recs:
                x["fmt_dt"] = x["dt"].strftime(dtfmt)
            draw(d / fname, recs, label)
            gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, notes))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
