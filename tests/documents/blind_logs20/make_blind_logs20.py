"""Generate the twentieth held-out set of incident-log PDFs and their ground truth.

Five logs as agencies release them in answer to public-records requests: a city's cover letter
with the log pasted into its body as a table (redaction boxes carrying `GC 7923.600`); a federal
refuge's FOIA excerpt with exemption boxes, withheld rows marked between rows and Bates numbers;
an e-mail printout whose body holds the log in labelled blocks above the quoted request; a
responsive-records index of numbered paragraphs, one incident report per item with its Bates
range; a faxed Courier listing behind a fax cover sheet, a fax header line on every page.
Every agency, place and record is invented; no person is named. Output is deterministic: fixed
seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs20/make_blind_logs20.py [OUT_DIR]
"""

import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20252020
STREETS = ["Alvarado", "Brisbane", "Cortland", "Delmar", "Esperanza", "Fairhaven", "Gilroy", "Hawthorne",
           "Inverness", "Jessamine", "Kingsley", "Lorimer", "Manzanita", "Norwood", "Orchard", "Pinecrest",
           "Quintara", "Rosewood", "Sycamore", "Tamarisk", "Upland", "Verbena", "Wexford"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Blvd", "Way"]
W, H = letter


def new_canvas(path):
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1, pageCompression=1)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    return c


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def street(r):
    return f"{r.choice(STREETS)} {r.choice(SUFFIX)}"


def addr(r):
    return f"{r.randint(1, 98) * 100 + r.randint(0, 99)} {street(r)}"


def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width) or [""]


def day_times(r, days, n):
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    return [(days[m // 1440], (m % 1440) // 60, m % 60) for m in mins]


def ids_in_series(r, n, start):
    out, k = [], start
    for _ in range(n):
        k += r.choice((1, 1, 1, 2, 3))
        out.append(k)
    return out


def mdy(d):
    return f"{d[1]:02d}/{d[2]:02d}/{d[0]}"


def redact_box(c, x, y, text, size=6.5):
    """A black box with the exemption code printed white inside it (text stays in the layer)."""
    wd = c.stringWidth(text, "Helvetica-Bold", size) + 6
    c.setFillGray(0)
    c.rect(x - 2, y - 2.5, wd, size + 3.5, stroke=0, fill=1)
    c.setFillGray(1)
    c.setFont("Helvetica-Bold", size)
    c.drawString(x + 1, y, text)
    c.setFillGray(0)


# ---------------------------------------------------------------- A: Ventana Cruz cover letter

VC_TYPES = ["Theft - Petty", "Vehicle Burglary", "Vandalism", "Suspicious Circumstances", "Battery",
            "Hit and Run - Property", "Trespass", "Welfare Check", "Stolen Vehicle", "Identity Theft",
            "Disturbing the Peace", "Found Property"]
VC_DISP = ["Report taken", "Closed - no further action", "Unfounded", "Referred to DA", "Arrest",
           "Pending investigation", "Cited and released"]
VC_GC = "GC 7923.600"


def vc_records(r, days, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), ids_in_series(r, n, start)):
        rec = {"case_number": f"VC25-{k:06d}", "reported_at": f"{mdy(d)} {h:02d}:{m:02d}",
               "type": r.choice(VC_TYPES), "location": addr(r), "disposition": r.choice(VC_DISP),
               "related": []}
        if r.random() < 0.18:
            rec["location"] = VC_GC
        if rec["disposition"] == "Arrest":
            num = f"BK25-{r.randint(10000, 99999)}"
            rec["disposition"] = f"Arrest, booked {num}"
            rec["related"].append(("booking_number", num))
        elif rec["disposition"] == "Cited and released":
            num = f"VC{r.randint(100000, 999999)}"
            rec["disposition"] = f"Cited and released, citation {num}"
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "Referred to DA" and r.random() < 0.6:
            num = f"SO25-{r.randint(100000, 999999)}"
            rec["disposition"] = f"Referred to DA with Sheriff case {num}"
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    return recs


def draw_vc(path, recs, label, pages):
    c = new_canvas(path)
    page = [0]
    cols = [(72, "Report No."), (140, "Reported"), (212, "Incident Type"), (330, "Location"), (430, "Disposition")]

    def furniture():
        page[0] += 1
        c.setFont("Helvetica", 7)
        c.drawString(72, 30, f"VCPD-PRA-0388-{page[0]:04d}")
        c.drawRightString(W - 72, 30, f"Page {page[0]} of {pages or 0}")
        c.saveState()
        c.setStrokeColorRGB(0.7, 0.1, 0.1)
        c.setFillColorRGB(0.7, 0.1, 0.1)
        c.rect(W - 200, H - 62, 128, 26, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8)
        c.drawCentredString(W - 136, H - 48, "RELEASED 11/04/2025")
        c.setFont("Helvetica", 6)
        c.drawCentredString(W - 136, H - 57, "PRA-2025-0388")
        c.restoreState()

    def table_head(y):
        c.setFont("Helvetica-Bold", 8)
        for x, t in cols:
            c.drawString(x, y, t)
        c.line(72, y - 3, W - 72, y - 3)
        return y - 13

    furniture()
    c.setFont("Helvetica-Bold", 13)
    c.drawString(72, H - 50, "CITY OF VENTANA CRUZ")
    c.setFont("Helvetica", 9)
    c.drawString(72, H - 63, "Police Department - Records Unit - 805 555-0117")
    y = H - 100
    para = [
        "November 4, 2025",
        "",
        "Re: California Public Records Act request PRA-2025-0388 (incident log, " + label + ")",
        "",
        "Dear Requester:",
        "",
        "This letter responds to your request received October 24, 2025. The Department's incident log for",
        "the period you asked about is reproduced below. Information in boxes has been withheld under",
        "Government Code section 7923.600 (records of investigations); addresses of victims of certain",
        "crimes are not disclosed. Arrest and citation numbers are printed as they appear in the log.",
        "",
    ]
    c.setFont("Helvetica", 9.5)
    for line in para:
        c.drawString(72, y, line)
        y -= 13
    y = table_head(y - 4)
    for rec in recs:
        typ = wrap(rec["type"], "Helvetica", 8, 112)
        dsp = wrap(rec["disposition"], "Helvetica", 8, 108)
        lines = max(len(typ), len(dsp))
        if y - 10 * lines < 60:
            c.showPage()
            furniture()
            c.setFont("Helvetica", 8)
            c.drawString(72, H - 80, f"PRA-2025-0388 - incident log continued ({label})")
            y = table_head(H - 100)
        c.setFont("Helvetica", 8)
        c.drawString(72, y, rec["case_number"])
        c.drawString(140, y, rec["reported_at"])
        for j, t in enumerate(typ):
            c.drawString(212, y - 10 * j, t)
        if rec["location"] == VC_GC:
            redact_box(c, 330, y, VC_GC)
            c.setFont("Helvetica", 8)
        else:
            c.drawString(330, y, rec["location"])
        for j, t in enumerate(dsp):
            c.drawString(430, y - 10 * j, t)
        y -= 10 * lines + 3
    tail = [
        "",
        f"The log above lists {len(recs)} incidents. This completes the Department's response to request",
        "PRA-2025-0388; your earlier request PRA-2025-0291 was closed on October 2, 2025. Copies of the",
        "underlying reports are not public under the section cited. You may contact the Records Unit at",
        "805 555-0117 with any question.",
        "",
        "Sincerely,",
        "",
        "Records Unit, Ventana Cruz Police Department",
    ]
    if y - 13 * len(tail) < 60:
        c.showPage()
        furniture()
        y = H - 90
    c.setFont("Helvetica", 9.5)
    for line in tail:
        c.drawString(72, y, line)
        y -= 13
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- B: Kessler Lake refuge FOIA excerpt

KL_TYPES = ["Hunting w/o permit", "Closed area entry", "Over bag limit", "Vehicle off road", "Littering",
            "Campfire violation", "Dog off leash", "Fishing w/o license", "Resource damage", "Boating violation",
            "Possession of alcohol", "After-hours use"]
KL_UNITS = ["North Pool", "Heron Marsh", "Cedar Unit", "Sand Prairie", "Refuge HQ lot", "Wildlife Drive",
            "Boat ramp B", "Oxbow Trail"]
KL_DISP = ["Warning", "Violation notice", "Verbal warning", "Referred to state DNR", "Arrest", "No action"]
KL_WITHHELD = "WITHHELD IN PART (b)(7)(A)"


def kl_records(r, days, n, start):
    recs, withheld_rows = [], 0
    for i, ((d, h, m), k) in enumerate(zip(day_times(r, days, n), ids_in_series(r, n, start))):
        rec = {"case_number": f"KL-25-{k:04d}", "reported_at": f"{mdy(d)} {h:02d}{m:02d}",
               "type": r.choice(KL_TYPES), "location": r.choice(KL_UNITS), "disposition": r.choice(KL_DISP),
               "related": [], "withheld_before": 0}
        if 0 < i and r.random() < 0.09:
            rec["withheld_before"] = r.randint(1, 3)
            withheld_rows += rec["withheld_before"]
        if r.random() < 0.1 and 0 < i < n - 1 and i != n // 2:
            rec.update(type=KL_WITHHELD, location="", disposition="")
        elif rec["disposition"] == "Violation notice":
            num = f"E{r.randint(1000000, 9999999)}"
            rec["disposition"] = f"Violation notice CVB {num}"
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "Referred to state DNR":
            num = f"DNR-25-{r.randint(10000, 99999)}"
            rec["disposition"] = f"Referred to state DNR ({num})"
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    return recs


def draw_kl(path, recs, label, pages):
    c = new_canvas(path)
    page = [0]
    cols = [(40, "Incident No."), (102, "Reported"), (170, "Violation"), (290, "Location"), (372, "Officer"),
            (426, "Disposition")]

    def head():
        page[0] += 1
        c.setFillGray(0.85)
        c.rect(36, H - 44, W - 72, 18, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, H - 38, "FOIA FWS-2025-004117   RELEASED IN PART   5 U.S.C. 552(b)(6), (b)(7)(A), (b)(7)(C)")
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, H - 64, "KESSLER LAKE NATIONAL WILDLIFE REFUGE - LAW ENFORCEMENT INCIDENT LOG (EXCERPT)")
        c.setFont("Helvetica", 8)
        c.drawString(40, H - 76, f"Period: {label}     Refuge office 218 555-0150")
        c.setFont("Helvetica", 7)
        c.drawRightString(W - 40, 28, f"KLNWR-FOIA-{page[0] + 40:06d}")
        c.drawString(40, 28, f"Page {page[0]} of {pages or 0}")
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in cols:
            c.drawString(x, H - 94, t)
        c.line(36, H - 97, W - 36, H - 97)
        return H - 108

    y = head()
    for rec in recs:
        typ = wrap(rec["type"], "Helvetica", 7.5, 115) if rec["type"] != KL_WITHHELD else [rec["type"]]
        dsp = wrap(rec["disposition"], "Helvetica", 7.5, 145)
        lines = max(len(typ), len(dsp))
        need = 13 * lines + (15 if rec["withheld_before"] else 0)
        if y - need < 50:
            c.showPage()
            y = head()
        if rec["withheld_before"]:
            k = rec["withheld_before"]
            c.setFont("Helvetica-Oblique", 7.5)
            c.drawCentredString(W / 2, y, f"--- {k} row{'s' if k > 1 else ''} withheld in full under (b)(7)(A) ---")
            y -= 15
        c.setFont("Helvetica", 7.5)
        c.drawString(40, y, rec["case_number"])
        c.drawString(102, y, rec["reported_at"])
        if rec["type"] == KL_WITHHELD:
            redact_box(c, 170, y, KL_WITHHELD, 7)
        else:
            for j, t in enumerate(typ):
                c.drawString(170, y - 10 * j, t)
            c.drawString(290, y, rec["location"])
            redact_box(c, 372, y, "(b)(7)(C)")
            c.setFont("Helvetica", 7.5)
            for j, t in enumerate(dsp):
                c.drawString(426, y - 10 * j, t)
        y -= 13 * lines
    withheld = sum(x["withheld_before"] for x in recs)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(40, y - 12, f"Entries released on this excerpt: {len(recs)}     Rows withheld in full: {withheld}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- C: Harrow Bay e-mail printout

HB_TYPES = ["Theft", "Burglary", "Suspicious Vehicle", "Domestic Disturbance", "Malicious Mischief",
            "Collision - Non-Injury", "Harassment", "Shoplift", "Welfare Check", "Trespass", "Fraud",
            "Noise Complaint"]
HB_DISP = ["Report written", "No report", "Info only", "Arrest", "Referred", "Unable to locate"]
HB_NOTES = ["Caller reported items taken from an unlocked car overnight.",
            "Officer contacted both parties; no crime found.",
            "Business reported a person refusing to leave after closing time.",
            "Neighbour heard shouting; area checked.",
            "Window broken at a side entrance; no entry gained.",
            "Two vehicles collided in a parking lot; information exchanged.",
            "Repeated unwanted messages reported.",
            "Loss prevention held a shoplifter for officers."]
HB_RCW = "[redacted RCW 42.56.240(1)]"


def hb_records(r, days, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), ids_in_series(r, n, start)):
        rec = {"case_number": f"HB25-{k:05d}", "reported_at": f"{mdy(d)} {h:02d}:{m:02d}",
               "type": r.choice(HB_TYPES), "location": addr(r).upper(), "disposition": r.choice(HB_DISP),
               "summary": r.choice(HB_NOTES), "related": []}
        if r.random() < 0.15:
            rec["location"] = HB_RCW
        if rec["disposition"] == "Arrest":
            num = f"25-B{r.randint(1000, 9999)}"
            rec["summary"] += f" Booked on jail no. {num}."
            rec["related"].append(("booking_number", num))
        elif rec["disposition"] == "Referred":
            num = f"KCSO 25-{r.randint(100000, 999999)}"
            rec["summary"] += f" Referred to county, their case {num}."
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    return recs


def draw_hb(path, recs, label, pages, request="P004417", earlier="HB25-09871"):
    c = new_canvas(path)
    page = [0]

    def furniture():
        page[0] += 1
        c.setFont("Helvetica", 7)
        c.drawString(54, H - 28, "Outlook - Records Unit")
        c.drawRightString(W - 54, 24, f"{page[0]}")
        c.drawString(54, 24, "about:blank")

    def lines_out(y, lines, font="Helvetica", size=9.5, lead=12.5, x=54):
        for ln in lines:
            if y < 50:
                c.showPage()
                furniture()
                y = H - 56
            c.setFont(font, size)
            c.drawString(x, y, ln)
            y -= lead
        return y

    furniture()
    c.setFont("Helvetica-Bold", 12)
    c.drawString(54, H - 56, "Records Unit")
    c.line(54, H - 62, W - 54, H - 62)
    y = H - 78
    head = [("From:", "Records Unit <records@harrowbay-pd.example>"),
            ("Sent:", "Tuesday, October 28, 2025 3:12 PM"),
            ("To:", "requester@example.org"),
            ("Subject:", f"RE: Public Records Request {request} - incident log {label}")]
    for k, v in head:
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(54, y, k)
        c.setFont("Helvetica", 9.5)
        c.drawString(112, y, v)
        y -= 13
    y -= 10
    y = lines_out(y, ["Hello,", "",
                      f"Your request {request} is closed with this e-mail. The incident log for {label} is pasted",
                      "below. Locations shown as redacted are exempt under RCW 42.56.240(1).", ""])
    for rec in recs:
        block = [f"Incident #: {rec['case_number']}", f"Reported: {rec['reported_at']}", f"Call Type: {rec['type']}",
                 f"Address: {rec['location']}", f"Disposition: {rec['disposition']}"]
        notes = wrap(f"Notes: {rec['summary']}", "Helvetica", 9.5, W - 130)
        if y - 12.5 * (len(block) + len(notes)) < 50:
            c.showPage()
            furniture()
            y = H - 56
        y = lines_out(y, block + notes)
        y -= 8
    y = lines_out(y, [f"That is {len(recs)} incidents for the period.", "",
                      "Thank you,", "Records Unit", "Harrow Bay Police Department", "360 555-0164", ""])
    quoted = ["-----Original Message-----", "From: requester@example.org",
              "Sent: Monday, October 27, 2025 9:05 AM", "To: Records Unit",
              f"Subject: Public Records Request {request} - incident log {label}", "",
              f"> Please send the incident log for {label}. Last month you sent case",
              f"> {earlier} separately; I do not need it again.", "> Thanks."]
    lines_out(y, quoted, size=9, lead=12)
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- D: Sayre Crossing records index

SC_TYPES = ["Burglary of Vehicle", "Theft of Property", "Criminal Mischief", "Assault by Contact",
            "Burglary of Habitation", "Unauthorized Use of Vehicle", "Criminal Trespass", "Fraud",
            "Harassment", "Found Property", "Disorderly Conduct", "Runaway"]
SC_DISP = ["Inactive", "Cleared by arrest", "Active", "Exceptionally cleared", "Unfounded", "Closed"]
SC_REL = [("Released in full.", ""),
          ("Released in part: driver's license numbers redacted under Tex. Gov't Code 552.130.", "part"),
          ("Released in part: 911 caller information redacted under Tex. Gov't Code 552.101.", "part"),
          ("Withheld under Tex. Gov't Code 552.108(a)(1), pending investigation; basic information only.", "held")]


def sc_records(r, days, n, start):
    recs, bates = [], 431
    for (d, h, m), k in zip(day_times(r, days, n), ids_in_series(r, n, start)):
        rel, kind = r.choice(SC_REL)
        pages = r.randint(1, 4)
        rec = {"case_number": f"25-{k:06d}", "reported_at": f"{mdy(d)} {h:02d}:{m:02d}",
               "type": r.choice(SC_TYPES), "location": f"{r.randint(1, 60) * 100} block of {street(r)}",
               "disposition": r.choice(SC_DISP), "release": rel, "kind": kind,
               "bates": (bates, bates + pages - 1), "related": []}
        bates += pages
        if rec["disposition"] == "Cleared by arrest":
            num = f"A25-{r.randint(1000, 9999)}"
            rec["disposition"] = f"Cleared by arrest (arrest no. {num})"
            rec["related"].append(("arrest_number", num))
        elif r.random() < 0.12:
            num = f"HCSO 25-{r.randint(1000, 9999)}"
            rec["disposition"] += f"; see Harlan County case {num}"
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    return recs


def draw_sc(path, recs, label, pages):
    c = new_canvas(path)
    page = [0]

    def furniture():
        page[0] += 1
        c.setFont("Helvetica", 7)
        c.drawString(72, 30, "Sayre Crossing Police Department - Open Records - 936 555-0129")
        c.drawRightString(W - 72, 30, f"Index page {page[0]} of {pages or 0}")

    furniture()
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, H - 60, "SAYRE CROSSING POLICE DEPARTMENT")
    c.setFont("Helvetica", 10)
    c.drawString(72, H - 76, "Response to Public Information Request R25-001932")
    c.drawString(72, H - 90, f"Index of responsive records: incident reports, {label}")
    c.setFont("Helvetica", 9)
    y = H - 114
    for ln in ["Each item lists the Bates range of the pages released, the incident report it covers and",
               "what was redacted or withheld. Item numbers are for this index only.", ""]:
        c.drawString(72, y, ln)
        y -= 12
    for i, rec in enumerate(recs, 1):
        a, b = rec["bates"]
        rng = f"SCPD-{a:06d}" if a == b else f"SCPD-{a:06d} to SCPD-{b:06d}"
        first = f"{i}.  Bates {rng}. Incident report {rec['case_number']},"
        rest = (f"reported {rec['reported_at']}, {rec['type']}, at {rec['location']}. "
                f"Status: {rec['disposition']}. {rec['release']}")
        more = wrap(rest, "Helvetica", 9, W - 144 - 18)
        if y - 11.5 * (1 + len(more)) < 56:
            c.showPage()
            furniture()
            y = H - 60
        c.setFont("Helvetica", 9)
        c.drawString(72, y, first)
        for j, t in enumerate(more, 1):
            c.drawString(90, y - 11.5 * j, t)
        y -= 11.5 * (1 + len(more)) + 5
    full = sum(1 for x in recs if not x["kind"])
    part = sum(1 for x in recs if x["kind"] == "part")
    held = sum(1 for x in recs if x["kind"] == "held")
    c.setFont("Helvetica-Bold", 9)
    c.drawString(72, y - 8, f"Items listed: {len(recs)}. Released in full: {full}. Released in part: {part}. "
                            f"Withheld: {held}.")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- E: Granger Township fax

GT_TYPES = ["LARCENY", "B&E RESIDENCE", "MDOP", "FAMILY TROUBLE", "SUSP SITUATION", "PDA", "ALARM", "ASSIST EMS",
            "CIVIL MATTER", "FRAUD", "ANIMAL COMPLAINT", "OWI"]
GT_DISP = ["RPT", "NR", "ARR", "REF PROS", "GOA", "UNF"]
GT_ADDR_13 = "13(1)(b) EXEMPT"


def gt_records(r, days, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), ids_in_series(r, n, start)):
        rec = {"case_number": f"GT25-{k:05d}", "reported_at": f"{d[1]:02d}/{d[2]:02d}/25 {h:02d}{m:02d}",
               "type": r.choice(GT_TYPES), "location": addr(r).upper(), "disposition": r.choice(GT_DISP),
               "related": []}
        if r.random() < 0.12:
            rec["location"] = GT_ADDR_13
        if rec["disposition"] == "ARR":
            num = f"25-{r.randint(100, 999)}"
            rec["disposition"] = f"ARR ARREST# {num}"
            rec["related"].append(("arrest_number", num))
        elif rec["disposition"] == "REF PROS" and r.random() < 0.7:
            num = f"MSP 25-{r.randint(10000, 99999)}"
            rec["disposition"] = f"REF PROS W/ {num}"
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    return recs


def draw_gt(path, recs, label, pages, stamp="OCT 29 2025 10:42AM"):
    c = new_canvas(path)
    page = [1]
    # page 1: fax cover sheet, no records
    c.setFont("Helvetica-Bold", 22)
    c.drawString(72, H - 90, "FAX")
    c.setFont("Helvetica", 10)
    y = H - 130
    for k, v in [("To:", "Requester (by fax 555-0191)"), ("From:", "Granger Township Police Dept. - Records"),
                 ("Phone:", "269 555-0133"), ("Pages:", f"{pages or 0} including cover"),
                 ("Re:", f"FOIA request F25-0212 - incident listing {label}")]:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(72, y, k)
        c.setFont("Helvetica", 10)
        c.drawString(140, y, v)
        y -= 16
    c.drawString(72, y - 16, "Granted in part. Addresses exempt under MCL 15.243(1)(b) are shown as 13(1)(b).")
    c.setFont("Helvetica-Oblique", 8)
    c.drawString(72, 80, "CONFIDENTIALITY NOTICE: this transmission is meant only for the addressee.")
    c.showPage()
    cols = "INCIDENT    DATE     TIME NATURE          ADDRESS                     DISPOSITION"

    def head():
        page[0] += 1
        c.setFont("Courier", 7.5)
        c.drawString(20, H - 18, f"{stamp}   FROM:GRANGER TWP POLICE   269 555-0133   "
                                 f"TO:5550191   P.{page[0]:03d}/{pages or 0:03d}")
        c.setFont("Courier-Bold", 8.5)
        c.drawString(46, H - 50, f"GRANGER TOWNSHIP POLICE DEPT       INCIDENT LISTING {label}")
        c.setFont("Courier", 8.5)
        c.drawString(46, H - 72, cols)
        c.drawString(46, H - 81, "-" * len(cols))
        return H - 94

    y = head()
    for rec in recs:
        a, b = rec["reported_at"].split()
        line = f"{rec['case_number']:<11} {a:<8} {b:<4} {rec['type']:<15} {rec['location'][:27]:<27} "
        dsp = rec["disposition"]
        if y < 50:
            c.showPage()
            y = head()
        c.setFont("Courier", 8.5)
        c.drawString(46, y, line + dsp)
        y -= 11
    c.drawString(46, y - 6, f"TOTAL INCIDENTS LISTED: {len(recs)}")
    c.drawString(46, y - 17, "*** END OF REPORT ***")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- ground truth

def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    related = [{"record": rec["case_number"], "kind": kind, "number": num}
               for rec in recs for kind, num in rec["related"]]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in fields if k in recs[i] and recs[i][k] != ""}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs20.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs20.py) from the records it drew; "
                               "checked by check_blind_logs20.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, fields, notes, count_check):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, days, label, n, start in runs:
        recs = make(r, days, n, start)
        pages = draw(d / fname, recs, label, None)
        draw(d / fname, recs, label, pages)
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, notes, count_check))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


NOTES = {
    "vc": ("A Public Records Act response LETTER with the incident log pasted into its body as a table: "
           "letterhead, date, 'Re:' line citing the request (PRA-2025-0388), three paragraphs, then the table "
           "(Report No. VC25-NNNNNN = the id, Reported 'MM/DD/YYYY HH:MM', Incident Type (wraps), Location, "
           "Disposition (wraps)); on continuation pages a line 'PRA-2025-0388 - incident log continued' and the "
           "column titles again. Some Location cells are a BLACK BOX with 'GC 7923.600' printed white in it "
           "(value as printed). Dispositions cite bookings 'BK25-NNNNN', citations 'VCNNNNNN' and sheriff "
           "cases 'SO25-NNNNNN' (related, not ids). After the table the letter goes on: 'The log above lists N "
           "incidents', an earlier request number PRA-2025-0291, signature. Every page has a red 'RELEASED "
           "11/04/2025 / PRA-2025-0388' stamp top right, a Bates number 'VCPD-PRA-0388-NNNN' bottom left and "
           "'Page n of N'.",
           "rows counted from the generator; the letter's 'lists N incidents' equals record_count"),
    "kl": ("Federal FOIA release of a refuge law-enforcement incident log, EXCERPT: grey band on every page "
           "'FOIA FWS-2025-004117 RELEASED IN PART 5 U.S.C. 552(b)(6), (b)(7)(A), (b)(7)(C)', title, column "
           "titles repeated per page: Incident No. (KL-25-NNNN, the id), Reported ('MM/DD/YYYY HHMM'), "
           "Violation (wraps), Location (refuge unit), Officer (always a black box '(b)(7)(C)'), Disposition "
           "(wraps; 'Violation notice CVB ENNNNNNN' citations and state DNR cases 'DNR-25-NNNNN' are related). "
           "Some released rows print only the id and date, the rest of the row a black box 'WITHHELD IN PART "
           "(b)(7)(A)' (they are records; type as printed). Between rows, centred italic lines '--- k rows "
           "withheld in full under (b)(7)(A) ---' mark rows NOT released: they print no id and are NOT records. "
           "Ends 'Entries released on this excerpt: N  Rows withheld in full: K'. Footer: 'Page n of N' and a "
           "Bates number 'KLNWR-FOIA-NNNNNN'.",
           "rows counted from the generator; 'Entries released on this excerpt' equals record_count"),
    "hb": ("An E-MAIL PRINTOUT (Outlook 'print'): page furniture 'Outlook - Records Unit', 'about:blank' and a "
           "page number; a bold name bar, From/Sent/To/Subject header (Subject cites request P00NNNN), a "
           "greeting paragraph, then the log in the message body as LABELLED BLOCKS separated by a blank "
           "line: 'Incident #: HB25-NNNNN' (the id), 'Reported: MM/DD/YYYY HH:MM', 'Call Type:', 'Address:' "
           "(upper case, or '[redacted RCW 42.56.240(1)]'), 'Disposition:', 'Notes:' (one or two sentences, "
           "wraps; cites jail booking 'jail no. 25-BNNNN' or county cases 'KCSO 25-NNNNNN', related). After "
           "the blocks 'That is N incidents for the period.', a signature with a phone, then the QUOTED "
           "original request ('-----Original Message-----', '> ' lines) naming an earlier case HB25-NNNNN of "
           "the same series that is NOT a record of this log.",
           "blocks counted from the generator; 'That is N incidents' equals record_count"),
    "sc": ("A Texas Public Information Act RESPONSIVE-RECORDS INDEX: title, request number R25-001932, an "
           "explanatory paragraph, then one numbered paragraph per incident report: 'i.  Bates SCPD-NNNNNN to "
           "SCPD-NNNNNN. Incident report 25-NNNNNN,' (the item number i and the Bates numbers are NOT ids; the "
           "id follows 'Incident report'), continued on indented lines: 'reported MM/DD/YYYY HH:MM, <type>, "
           "at <N block of street>. Status: <disposition>. <release note>' where the release note cites "
           "statute sections (552.130, 552.101, 552.108(a)(1)). Status may cite an arrest 'arrest no. "
           "A25-NNNN' or a county case 'HCSO 25-NNNN' (related). Ends 'Items listed: N. Released in full: a. "
           "Released in part: b. Withheld: c.' (a+b+c = N). Footer 'Index page n of N' and a phone.",
           "items counted from the generator; 'Items listed' equals record_count"),
    "gt": ("A FAXED Michigan FOIA response: page 1 is a FAX COVER SHEET (To/From/Phone/Pages/Re: FOIA request "
           "F25-0212, a note on MCL 15.243(1)(b), a confidentiality notice) with no records. Every later page "
           "has a fax header line at the very top ('OCT 29 2025 10:42AM FROM:GRANGER TWP POLICE 269 555-0133 "
           "TO:5550191 P.00n/00N') above a Courier listing: title line, column titles and a dashed rule "
           "repeated per page, one line per incident: INCIDENT (GT25-NNNNN, the id), DATE 'MM/DD/25' (two-"
           "digit year), TIME 'HHMM' (reported_at joins them: 'MM/DD/25 HHMM'), NATURE (codes such as MDOP, "
           "PDA, OWI), ADDRESS (upper case, cut at 27 characters, or '13(1)(b) EXEMPT'), DISPOSITION (codes; "
           "'ARR ARREST# 25-NNN' and 'REF PROS W/ MSP 25-NNNNN' cite an arrest and a state police case, "
           "related). Ends 'TOTAL INCIDENTS LISTED: N' and '*** END OF REPORT ***'.",
           "lines counted from the generator; 'TOTAL INCIDENTS LISTED' equals record_count"),
}
BASE = ["case_number", "reported_at", "type", "location", "disposition"]


def main():
    one_agency(
        "ventana-cruz-ca-pd", 1,
        [("vcpd-pra-2025-0388-response.pdf", days(10, 13, 19), "October 13-19, 2025", 64, 4400)],
        vc_records, draw_vc, "Ventana Cruz Police Department, CA [invented]",
        "public records act response letter with the incident log pasted in its body", "table with header",
        BASE, *NOTES["vc"])
    one_agency(
        "kessler-lake-nwr-mn-law-enforcement", 2,
        [("klnwr-foia-incident-log-2025-09.pdf", days(9, 1, 30), "09/01/2025 - 09/30/2025", 48, 310),
         ("klnwr-foia-incident-log-2025-10.pdf", days(10, 1, 31), "10/01/2025 - 10/31/2025", 53, 400)],
        kl_records, draw_kl, "Kessler Lake National Wildlife Refuge Law Enforcement, MN [invented]",
        "FOIA release of an incident log excerpt (exemption boxes, withheld rows)", "table with header",
        BASE, *NOTES["kl"])
    one_agency(
        "harrow-bay-wa-pd", 3,
        [("hbpd-records-email-2025-10-20-22.pdf", days(10, 20, 22), "Oct 20-22, 2025", 42, 10400),
         ("hbpd-records-email-2025-10-23-26.pdf", days(10, 23, 26), "Oct 23-26, 2025", 49, 10520)],
        hb_records, draw_hb, "Harrow Bay Police Department, WA [invented]",
        "e-mail printout with the incident log in its body", "labelled blocks",
        BASE + ["summary"], *NOTES["hb"])
    one_agency(
        "sayre-crossing-tx-pd", 4,
        [("scpd-pia-r25-001932-index.pdf", days(10, 1, 15), "October 1-15, 2025", 58, 118400)],
        sc_records, draw_sc, "Sayre Crossing Police Department, TX [invented]",
        "index of responsive records (one numbered paragraph per incident report)", "free text",
        BASE, *NOTES["sc"])
    one_agency(
        "granger-township-mi-pd", 5,
        [("gtpd-foia-f25-0212-fax-2025-10-20-22.pdf", days(10, 20, 22), "10/20/25-10/22/25", 78, 3300),
         ("gtpd-foia-f25-0212-fax-2025-10-23-24.pdf", days(10, 23, 24), "10/23/25-10/24/25", 61, 3440)],
        gt_records, draw_gt, "Granger Township Police Department, MI [invented]",
        "faxed FOIA response: cover sheet and a Courier incident listing", "table with header",
        BASE, *NOTES["gt"])


if __name__ == "__main__":
    main()
