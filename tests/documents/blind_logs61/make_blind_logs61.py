"""Generate the sixty-first held-out set of incident-log PDFs and their ground truth.

Five layouts, all built from incident report forms: a face-sheet packet (a cover index, then one
face sheet a page with numbered boxes and check boxes); half-page incident cards, two to a page,
whose long narratives go on to a continuation card; sheriff's call sheets three to a page whose
offence is marked by check marks in a grid of numbered offence boxes; a register compiled from
face sheets whose column titles carry the face sheet's box numbers; campus narrative
continuation sheets where short narratives share a page and long ones run onto the next.
Every agency, place and record is invented; no person is named. Output is deterministic: fixed
seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs61/make_blind_logs61.py [OUT_DIR]
"""

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
SEED = 20251661
STREETS = ["Abbotsford", "Brackley", "Carrowmore", "Dunstable", "Eskdale", "Farrington", "Gildersome",
           "Hartwell", "Ingleby", "Jessamine", "Kelvedon", "Loxley", "Milbourne", "Netherby", "Orwell",
           "Penhallow", "Rushmere", "Stanwick", "Thornaby", "Uffington", "Wetherden", "Yarrowby"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Way", "Ct", "Terrace"]
CHECK = "4"  # ZapfDingbats check mark (pdftotext prints it as a black square, U+25A0)
SAMPLE_KEYS = ["case_number", "reported_at", "occurred_from", "occurred_to", "type", "location", "summary",
               "disposition"]


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
    return f"{r.randint(1, 79) * 100 + r.randint(0, 99)} {r.choice(STREETS)} {r.choice(SUFFIX)}"


def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width) or [""]


def stamps(r, month, first, last, n):
    mins = sorted(r.sample(range(0, 1440 * (last - first + 1)), n))
    return [((2025, month, first + m // 1440), (m % 1440) // 60, m % 60) for m in mins]


def ids_in_series(r, n, start):
    out, k = [], start
    for _ in range(n):
        k += r.choice((1, 1, 1, 2, 3))
        out.append(k)
    return out


def mdy(d):
    return f"{d[1]:02d}/{d[2]:02d}/{d[0]}"


SENTENCES = [
    "Caller stated the items were taken while the owner was away for the afternoon.",
    "The complainant found the damage on returning and asked for a report for insurance.",
    "Area was checked on arrival and no one matching the description was located.",
    "Witness provided a partial description and the direction of travel on foot.",
    "Officer photographed the scene and collected the items left behind.",
    "Both parties were separated and gave statements that did not agree on the sequence of events.",
    "Manager said the same vehicle had been seen in the lot twice this week.",
    "A neighbour reported hearing glass break shortly before the call was made.",
    "Surveillance video was requested from the property owner and will be reviewed.",
    "The reporting party declined medical attention and wished to have the matter documented.",
    "Entry appears to have been made through an unlocked rear door.",
    "Serial numbers were entered as stolen and the owner was given a case card.",
]


def narrative(r, k):
    return " ".join(r.sample(SENTENCES, k))


def base_records(r, month, first, last, n, start, fmt, types, disps, related_draw):
    recs = []
    for (d, h, m), k in zip(stamps(r, month, first, last, n), ids_in_series(r, n, start)):
        rec = {"case_number": fmt.format(k), "date": d, "h": h, "m": m, "type": r.choice(types),
               "location": addr(r), "disposition": r.choice(disps), "related": []}
        related_draw(r, rec)
        recs.append(rec)
    return recs


def add_prior(r, recs, share):
    """Some records cite an earlier record of the same series (related, not a record)."""
    for i, rec in enumerate(recs):
        if i > 3 and r.random() < share:
            prior = recs[r.randint(0, i - 1)]["case_number"]
            rec["prior"] = prior
            rec["related"].append(("earlier_case_cited", prior))


# ---------------------------------------------------------------- A: Brackenfold face-sheet packet

BF_TYPES = ["Burglary - Residential", "Theft from Motor Vehicle", "Criminal Mischief II", "Identity Theft",
            "Assault IV", "Theft III - Shoplift", "Unauthorized Use of Vehicle", "Harassment",
            "Trespass II", "Found Property", "Runaway Juvenile", "Fraudulent Use of Credit Card"]
BF_DISP = ["Report Taken - Inactive", "Cleared by Arrest", "Cleared - Exceptional", "Unfounded",
           "Referred to DA", "Open - Assigned to Detectives"]
BF_PREM = ["Residence", "Street", "Business", "Park", "Vehicle", "Other"]


def bf_related(r, rec):
    rec["other"] = "NONE"
    if rec["disposition"] == "Cleared by Arrest":
        num = f"WCJ 25-{r.randint(10000, 99999)}"
        rec["other"] = f"Booking {num}"
        rec["related"].append(("booking_number", num))
    elif r.random() < 0.2:
        num = f"WCSO 25-{r.randint(100000, 999999)}"
        rec["other"] = f"Washburn Co SO case {num}"
        rec["related"].append(("other_agency_case", num))
    elif r.random() < 0.15:
        num = f"C{r.randint(1000000, 9999999)}"
        rec["other"] = f"Citation {num}"
        rec["related"].append(("citation", num))


def bf_records(r, month, first, last, n, start):
    recs = base_records(r, month, first, last, n, start, "BF-25-{:05d}", BF_TYPES, BF_DISP, bf_related)
    for rec in recs:
        d, h, m = rec["date"], rec["h"], rec["m"]
        rec["reported_at"] = f"{mdy(d)} {h:02d}:{m:02d}"
        t0 = max(0, h * 60 + m - r.randint(20, 600))
        t1 = min(h * 60 + m, t0 + r.randint(5, 90))
        rec["occurred_from"] = f"{mdy(d)} {t0 // 60:02d}:{t0 % 60:02d}"
        rec["occurred_to"] = f"{mdy(d)} {t1 // 60:02d}:{t1 % 60:02d}"
        rec["summary"] = narrative(r, r.randint(1, 3))
        rec["premises"] = r.choice(BF_PREM)
        rec["weapon"] = r.random() < 0.12
        rec["badge"] = f"#{r.randint(200, 499)}"
        rec["serial"] = f"No. {r.randint(300000, 399999)}"
    add_prior(r, recs, 0.1)
    return recs


def box(c, x, y, w, h, label, lines=(), font="Courier", size=9):
    """A ruled box with a small numbered label in its top-left corner and value lines under it."""
    c.rect(x, y - h, w, h)
    c.setFont("Helvetica", 5.5)
    c.drawString(x + 2, y - 7, label)
    c.setFont(font, size)
    for j, t in enumerate(lines):
        c.drawString(x + 4, y - 18 - j * (size + 2), t)


def check_row(c, x, y, options, chosen):
    for opt in options:
        c.rect(x, y - 1, 7, 7)
        if opt == chosen:
            c.setFont("ZapfDingbats", 7)
            c.drawString(x + 0.5, y, CHECK)
        c.setFont("Helvetica", 7)
        c.drawString(x + 10, y, opt)
        x += 16 + c.stringWidth(opt, "Helvetica", 7)


def draw_bf(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    per_index = 45
    n_index = (len(recs) + per_index - 1) // per_index
    total = n_index + len(recs)
    page = 0
    for p in range(n_index):
        page += 1
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, h - 50, "BRACKENFOLD POLICE DEPARTMENT - RECORDS UNIT")
        c.setFont("Helvetica", 9)
        c.drawString(50, h - 64, f"Public release of incident face sheets, {label}.  Records desk 541 555-0137")
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, h - 90, "INDEX OF FACE SHEETS IN THIS RELEASE" + (" (continued)" if p else ""))
        c.setFont("Helvetica-Bold", 8)
        for x, t in ((50, "Item"), (90, "Case Number"), (180, "Offense"), (360, "Reported"), (470, "Page")):
            c.drawString(x, h - 108, t)
        c.line(50, h - 111, w - 50, h - 111)
        c.setFont("Helvetica", 8)
        y = h - 123
        for i in range(p * per_index, min(len(recs), (p + 1) * per_index)):
            rec = recs[i]
            for x, t in ((50, str(i + 1)), (90, rec["case_number"]), (180, rec["type"]),
                         (360, rec["reported_at"][:10]), (470, str(n_index + i + 1))):
                c.drawString(x, y, t)
            y -= 12.5
        if p == n_index - 1:
            c.setFont("Helvetica-Bold", 8)
            c.drawString(50, y - 8, f"Face sheets in this release: {len(recs)}")
        c.setFont("Helvetica", 7)
        c.drawCentredString(w / 2, 30, f"Page {page} of {pages or total}")
        c.showPage()
    for i, rec in enumerate(recs, 1):
        page += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, h - 44, "BRACKENFOLD POLICE DEPARTMENT")
        c.setFont("Helvetica-Bold", 14)
        c.drawString(40, h - 62, "INCIDENT REPORT - FACE SHEET")
        c.setFont("Helvetica", 7)
        c.drawRightString(w - 40, h - 44, "Form BPD-101 (rev. 3/19)")
        c.setFillColorRGB(0.7, 0.1, 0.1)
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(w - 40, h - 60, rec["serial"])
        c.setFillColorRGB(0, 0, 0)
        x0, x1, wd = 40, w - 40, w - 80
        y = h - 80
        box(c, x0, y, 150, 30, "1. AGENCY ORI", ["OR0269900"])
        box(c, x0 + 150, y, 170, 30, "2. CASE NUMBER", [rec["case_number"]], "Courier-Bold", 10)
        box(c, x0 + 320, y, wd - 320, 30, "3. DATE / TIME REPORTED", [rec["reported_at"]])
        y -= 30
        box(c, x0, y, wd / 2, 30, "4. OCCURRED FROM (DATE / TIME)", [rec["occurred_from"]])
        box(c, x0 + wd / 2, y, wd / 2, 30, "5. OCCURRED TO (DATE / TIME)", [rec["occurred_to"]])
        y -= 30
        box(c, x0, y, wd, 30, "6. OFFENSE / INCIDENT TYPE", [rec["type"]])
        y -= 30
        box(c, x0, y, wd, 30, "7. LOCATION OF OCCURRENCE", [rec["location"]])
        y -= 30
        box(c, x0, y, wd * 0.7, 30, "8. PREMISES TYPE (check one)")
        check_row(c, x0 + 6, y - 22, BF_PREM, rec["premises"])
        box(c, x0 + wd * 0.7, y, wd * 0.3, 30, "9. WEAPON USED")
        check_row(c, x0 + wd * 0.7 + 6, y - 22, ["Yes", "No"], "Yes" if rec["weapon"] else "No")
        y -= 30
        box(c, x0, y, wd / 2, 30, "10. REPORTING OFFICER (BADGE)", [rec["badge"]])
        box(c, x0 + wd / 2, y, wd / 2, 30, "11. PRIOR / RELATED CASE", [rec.get("prior", "NONE")])
        y -= 30
        lines = wrap(rec["summary"], "Courier", 9, wd - 10)
        box(c, x0, y, wd, 24 + 11 * len(lines), "12. NARRATIVE SUMMARY", lines)
        y -= 24 + 11 * len(lines)
        box(c, x0, y, wd / 2, 30, "13. DISPOSITION", [rec["disposition"]])
        box(c, x0 + wd / 2, y, wd / 2, 30, "14. OTHER NUMBERS (BOOKING / CITATION / OUTSIDE AGENCY)",
            [rec["other"]], size=8)
        y -= 44
        c.setFont("Helvetica", 7)
        c.drawString(x0, y, "15. APPROVED BY (BADGE) ______        16. ENTERED IN RMS ______        "
                            "Attachments: none")
        c.drawString(x0, 30, f"Face sheet {i} of {len(recs)}")
        c.drawRightString(x1, 30, f"Page {page} of {pages or total}")
        c.showPage()
    c.save()
    return pdf_pages(path)


# ---------------------------------------------------------------- B: Cassock Hill half-page cards

CH_TYPES = ["SUSPICIOUS VEHICLE", "NOISE COMPLAINT", "MOTOR VEHICLE CRASH - PROPERTY DAMAGE", "ANIMAL COMPLAINT",
            "THEFT", "DOMESTIC DISTURBANCE", "WELFARE CHECK", "ALARM - COMMERCIAL", "CRIMINAL MISCHIEF",
            "LOST PROPERTY", "DRIVING UNDER THE INFLUENCE", "JUVENILE MATTER", "FRAUD"]
CH_DISP = ["Services rendered", "Report filed", "Arrest made", "Summons issued", "Unable to locate",
           "Referred to outside agency", "Warning given"]


def ch_related(r, rec):
    if rec["disposition"] == "Arrest made":
        num = f"B-25-{r.randint(1000, 9999)}"
        rec["disposition"] = f"Arrest made, booking {num}"
        rec["related"].append(("booking_number", num))
    elif rec["disposition"] == "Summons issued":
        num = f"NH{r.randint(10000000, 99999999)}"
        rec["disposition"] = f"Summons issued, no. {num}"
        rec["related"].append(("citation", num))
    elif rec["disposition"] == "Referred to outside agency":
        num = f"25-{r.randint(10000, 99999)}-GC"
        rec["disposition"] = f"Referred to Grafton Co. Sheriff, case {num}"
        rec["related"].append(("other_agency_case", num))


def ch_records(r, month, first, last, n, start):
    recs = base_records(r, month, first, last, n, start, "25CH-{:04d}", CH_TYPES, CH_DISP, ch_related)
    for rec in recs:
        rec["reported_at"] = f"{mdy(rec['date'])} {rec['h']:02d}{rec['m']:02d}"
        k = r.choice((1, 1, 2, 2, 3, 9))
        rec["summary"] = narrative(r, min(k, 12)) if k < 9 else " ".join(
            narrative(r, 6).split() + narrative(r, 6).split())
        rec["unit"] = f"Car {r.randint(11, 19)}"
    return recs


def ch_card(c, rec, top, w, first_lines, cont):
    """Card k of n of one record; cards after the first hold narrative lines only."""
    x0, wd = 40, w - 80
    c.setLineWidth(1.2)
    c.rect(x0, top - 360, wd, 360)
    c.setLineWidth(0.5)
    c.setFont("Helvetica-Bold", 11)
    title = "INCIDENT CARD" if cont[0] == 1 else f"CONTINUATION CARD   (card {cont[0]} of {cont[1]})"
    c.drawString(x0 + 8, top - 18, title)
    c.setFont("Helvetica-Bold", 10)
    c.drawRightString(x0 + wd - 8, top - 18, f"Case # {rec['case_number']}")
    c.line(x0, top - 24, x0 + wd, top - 24)
    y = top - 38
    if cont[0] == 1:
        rows = [("A. Received", rec["reported_at"]), ("B. Nature of call", rec["type"]),
                ("C. Address", rec["location"]), ("D. Unit", rec["unit"])]
        for lab, val in rows:
            c.setFont("Helvetica", 7)
            c.drawString(x0 + 8, y, lab)
            c.setFont("Times-Roman", 10)
            c.drawString(x0 + 90, y, val)
            c.line(x0 + 88, y - 3, x0 + wd - 8, y - 3)
            y -= 17
        c.setFont("Helvetica", 7)
        c.drawString(x0 + 8, y, "E. Narrative")
    else:
        c.setFont("Helvetica", 7)
        c.drawString(x0 + 8, y, "E. Narrative (cont.)")
    c.setFont("Times-Roman", 10)
    for t in first_lines:
        c.drawString(x0 + 90, y, t)
        y -= 13
    if cont[0] == cont[1]:
        y = top - 330
        c.setFont("Helvetica", 7)
        c.drawString(x0 + 8, y, "F. Action taken")
        c.setFont("Times-Roman", 10)
        c.drawString(x0 + 90, y, rec["disposition"])
        c.line(x0 + 88, y - 3, x0 + wd - 8, y - 3)
    else:
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(x0 + 90, top - 330, "(narrative continues on the next card)")


def draw_ch(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    cards = []
    for rec in recs:
        lines = wrap(rec["summary"], "Times-Roman", 10, w - 80 - 100)
        chunks = [lines[i:i + 6] for i in range(0, len(lines), 6)]
        for k, chunk in enumerate(chunks, 1):
            cards.append((rec, chunk, (k, len(chunks))))
    page = 0
    for i in range(0, len(cards), 2):
        page += 1
        c.setFont("Helvetica", 7)
        c.drawString(40, h - 20, f"Cassock Hill Police Department, NH - incident cards, {label} - 603 555-0158")
        c.drawRightString(w - 40, h - 20, f"sheet {page} of {pages or 0}")
        for j, (rec, chunk, cont) in enumerate(cards[i:i + 2]):
            ch_card(c, rec, h - 30 - j * 372, w, chunk, cont)
        if i + 2 >= len(cards):
            c.setFont("Helvetica-Bold", 8)
            c.drawString(40, 14, f"Cards in this file: {len(cards)}   Incidents: {len(recs)}")
        c.showPage()
    c.save()
    return pdf_pages(path)


# ---------------------------------------------------------------- C: Dorrance Lake call sheets

DL_OFFENCES = [("20", "Theft"), ("21", "Burglary"), ("22", "Vandalism"), ("23", "Assault"), ("24", "Trespass"),
               ("25", "Disorderly"), ("26", "Drugs"), ("27", "DWI"), ("28", "Traffic Crash"),
               ("29", "Domestic"), ("30", "Fraud"), ("31", "Other")]
DL_DISP = ["Report written", "Advised", "Arrest", "Citation", "Gone on arrival", "Assisted other agency",
           "No action required"]


def dl_related(r, rec):
    if rec["disposition"] == "Arrest":
        num = f"J25-{r.randint(10000, 99999)}"
        rec["disposition"] = f"Arrest - jail booking {num}"
        rec["related"].append(("booking_number", num))
    elif rec["disposition"] == "Citation":
        num = f"MN{r.randint(1000000, 9999999)}"
        rec["disposition"] = f"Citation {num}"
        rec["related"].append(("citation", num))
    elif rec["disposition"] == "Assisted other agency":
        num = f"PR25-{r.randint(1000, 9999)}"
        rec["disposition"] = f"Assisted Pine Rapids PD ({num})"
        rec["related"].append(("other_agency_case", num))


def dl_records(r, month, first, last, n, start):
    recs = base_records(r, month, first, last, n, start, "S25-{:06d}", ["x"], DL_DISP, dl_related)
    for rec in recs:
        rec["reported_at"] = f"{mdy(rec['date'])} {rec['h']:02d}:{rec['m']:02d}"
        k = r.choice((1, 1, 1, 1, 2, 2, 3))
        picked = sorted(r.sample(range(len(DL_OFFENCES)), k))
        rec["type"] = [DL_OFFENCES[p][1] for p in picked]
        rec["beat"] = str(r.randint(1, 6))
        rec["badge"] = str(r.randint(700, 799))
        rec["location"] = addr(r) if r.random() < 0.7 else \
            f"Co Rd {r.randint(2, 60)} and Twp Rd {r.randint(100, 400)}"
    return recs


def dl_sheet(c, rec, top, w):
    x0, wd = 36, w - 72
    c.rect(x0, top - 232, wd, 232)
    c.setFillColorRGB(0.85, 0.85, 0.85)
    c.rect(x0, top - 20, wd, 20, fill=1, stroke=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(x0 + 6, top - 14, f"CALL SHEET   {rec['case_number']}")
    c.setFont("Helvetica", 8)
    c.drawString(x0 + 190, top - 14, f"Rec'd {rec['reported_at']}")
    c.drawRightString(x0 + wd - 6, top - 14, f"Beat {rec['beat']}   Deputy #{rec['badge']}")
    c.setFont("Helvetica", 6)
    c.drawString(x0 + 6, top - 30, "OFFENSE / NATURE (check all that apply)")
    for j, (num, name) in enumerate(DL_OFFENCES):
        x = x0 + 10 + (j % 4) * 130
        y = top - 46 - (j // 4) * 16
        c.rect(x, y - 1, 8, 8)
        if name in rec["type"]:
            c.setFont("ZapfDingbats", 8)
            c.drawString(x + 0.5, y, CHECK)
        c.setFont("Helvetica", 6)
        c.drawString(x + 12, y + 1, num)
        c.setFont("Helvetica", 8.5)
        c.drawString(x + 24, y, name)
    y = top - 108
    c.line(x0, y + 8, x0 + wd, y + 8)
    for lab, val in (("32 Location", rec["location"]), ("33 Disposition", rec["disposition"])):
        c.setFont("Helvetica", 6)
        c.drawString(x0 + 6, y - 6, lab)
        c.setFont("Courier", 9)
        c.drawString(x0 + 80, y - 6, val)
        y -= 22
    c.setFont("Helvetica", 6)
    c.drawString(x0 + 6, y - 6, "34 Remarks (use back of sheet)")
    c.drawString(x0 + 6, top - 226, "35 Supervisor review ___________    36 Entered ___________")


def draw_dl(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = 0
    for i in range(0, len(recs), 3):
        page += 1
        c.setFont("Helvetica-Bold", 10)
        c.drawString(36, h - 30, "DORRANCE LAKE COUNTY SHERIFF'S OFFICE - PATROL CALL SHEETS")
        c.setFont("Helvetica", 7.5)
        c.drawString(36, h - 42, f"{label}   Dispatch non-emergency 218 555-0129")
        c.drawRightString(w - 36, h - 42, f"Pg {page}/{pages or 0}")
        for j, rec in enumerate(recs[i:i + 3]):
            dl_sheet(c, rec, h - 52 - j * 240, w)
        if i + 3 >= len(recs):
            n_types = sum(len(rec["type"]) for rec in recs)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(36, 18, f"Call sheets: {len(recs)}     Offense boxes checked: {n_types}")
        c.showPage()
    c.save()
    return pdf_pages(path)


# ---------------------------------------------------------------- D: Ellerby Junction register

EJ_TYPES = ["Theft of Property", "Burglary of Vehicle", "Criminal Damage to Property", "Battery",
            "Driving While Suspended", "Possession of Paraphernalia", "Disorderly Conduct",
            "Criminal Trespass", "Domestic Battery", "Identity Theft", "Fleeing or Attempting to Elude",
            "Lost or Found Property"]
EJ_DISP = ["Closed", "Inactive", "Cleared by Arrest", "Cleared - Citation", "Forwarded to County Attorney",
           "Unfounded", "Open"]


def ej_related(r, rec):
    rec["other"] = ""
    if rec["disposition"] == "Cleared by Arrest":
        num = f"BK25-{r.randint(10000, 99999)}"
        rec["other"] = f"Booking {num}"
        rec["related"].append(("booking_number", num))
    elif rec["disposition"] == "Cleared - Citation":
        num = f"NTA {r.randint(100000, 999999)}"
        rec["other"] = num
        rec["related"].append(("citation", num))
    elif r.random() < 0.18:
        num = f"KHP 25-{r.randint(1000, 9999)}"
        rec["other"] = f"Assist {num}"
        rec["related"].append(("other_agency_case", num))


def ej_records(r, month, first, last, n, start):
    recs = base_records(r, month, first, last, n, start, "EJ25-{:05d}", EJ_TYPES, EJ_DISP, ej_related)
    for rec in recs:
        rec["reported_at"] = f"{mdy(rec['date'])} {rec['h']:02d}:{rec['m']:02d}"
        if r.random() < 0.3:
            rec["location"] += f" ({r.choice(['Junction Plaza', 'Santa Fe Trail Motel', 'Rail Yard', 'High School'])})"
    return recs


def draw_ej(path, recs, label, pages):
    w, h = landscape(letter)
    c = new_canvas(path, (w, h))
    cols = [(36, "(2) Report No.", 0), (120, "(3) Date/Time Rptd", 0), (215, "(6) Offense", 105),
            (330, "(7) Location of Occurrence", 120), (470, "(13) Disposition", 80), (570, "(14) Other Nos.", 95)]
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 12)
        c.drawString(36, h - 36, "ELLERBY JUNCTION POLICE DEPARTMENT")
        c.setFont("Helvetica", 8)
        c.drawString(36, h - 48, f"Register of incident face sheets - {label}.  Column numbers are the box numbers "
                                 "of Form EJPD-1.  Records 620 555-0171")
        c.drawRightString(w - 36, h - 36, f"Page {page[0]} of {pages or 0}")
        c.setFont("Helvetica-Bold", 7.5)
        for x, t, _ in cols:
            c.drawString(x, h - 66, t)
        c.line(36, h - 70, w - 36, h - 70)
        return h - 81

    y = head()
    for rec in recs:
        cells = [[rec["case_number"]], [rec["reported_at"]]] + [
            wrap(rec[k], "Helvetica", 7.5, wd) for (_, _, wd), k in zip(cols[2:], ("type", "location",
                                                                              "disposition", "other"))]
        n = max(len(x) for x in cells)
        if y - 9.5 * n < 50:
            c.showPage()
            y = head()
        for (x, _, _), cell in zip(cols, cells):
            c.setFont("Helvetica-Bold" if x == 36 else "Helvetica", 7.5)
            for j, t in enumerate(cell):
                c.drawString(x, y - 9.5 * j, t)
        c.setLineWidth(0.25)
        c.line(36, y - 9.5 * n + 5, w - 36, y - 9.5 * n + 5)
        c.setLineWidth(1)
        y -= 9.5 * n + 4
    c.setFont("Helvetica-Bold", 8)
    c.drawString(36, y - 10, f"Face sheets registered: {len(recs)}    "
                             f"Arrests: {sum('Arrest' in rec['disposition'] for rec in recs)}    "
                             f"Citations: {sum('Citation' in rec['disposition'] for rec in recs)}")
    c.showPage()
    c.save()
    return pdf_pages(path)


# ---------------------------------------------------------------- E: Fallowmoor narrative sheets

FU_TYPES = ["theft of a bicycle", "theft of a laptop", "vandalism to a vending machine", "a fire alarm activation",
            "a medical call", "a suspicious person", "harassment by text message", "an odor of marijuana",
            "a noise complaint", "a stolen parking permit", "an elevator entrapment", "a burglary to a dorm room"]
FU_DISP = ["Closed.", "Report taken.", "Referred to Student Conduct.", "Arrest.", "Citation issued.",
           "Referred to Fallowmoor PD.", "Unfounded."]
FU_PLACES = ["Harrowgate Hall", "Lindqvist Library", "Carver Science Center", "North Lot C", "Whitby Commons",
             "Athletic Complex", "Marsh Hall", "Student Union", "Pell Residence Hall"]


def fu_related(r, rec):
    if rec["disposition"] == "Arrest.":
        num = f"PCJ-25-{r.randint(1000, 9999)}"
        rec["disposition"] = f"Arrest, booked at Penobscot County Jail ({num})."
        rec["related"].append(("booking_number", num))
    elif rec["disposition"] == "Citation issued.":
        num = f"UT{r.randint(100000, 999999)}"
        rec["disposition"] = f"Citation {num} issued."
        rec["related"].append(("citation", num))
    elif rec["disposition"] == "Referred to Fallowmoor PD.":
        num = f"FPD 25-{r.randint(10000, 99999)}"
        rec["disposition"] = f"Referred to Fallowmoor PD, their case {num}."
        rec["related"].append(("other_agency_case", num))


def fu_records(r, month, first, last, n, start):
    recs = base_records(r, month, first, last, n, start, "FU-2025-{:04d}", FU_TYPES, FU_DISP, fu_related)
    add_prior(r, recs, 0.08)
    for rec in recs:
        rec["reported_at"] = f"{mdy(rec['date'])} {rec['h']:02d}{rec['m']:02d}"
        place = r.choice(FU_PLACES)
        rec["location"] = place if r.random() < 0.6 else f"{place}, Room {r.randint(101, 420)}"
        k = r.choice((1, 1, 2, 2, 3, 4, 8))
        body = narrative(r, min(k, 6)) + (" " + narrative(r, k - 6) if k > 6 else "")
        if "prior" in rec:
            body += f" This is related to earlier report {rec['prior']}."
        rec["summary"] = body
        rec["text"] = (f"Reported {rec['reported_at']}. Officer responded to {rec['location']} for "
                       f"{rec['type']}. {body} Disposition: {rec['disposition']}")
        rec["type"] = rec["type"].split(" ", 1)[1] if rec["type"].split()[0] in ("a", "an") else rec["type"]
    return recs


def draw_fu(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    lead = 13.5
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 10)
        c.drawString(54, h - 40, "FALLOWMOOR UNIVERSITY POLICE - NARRATIVE / CONTINUATION SHEET")
        c.setFont("Helvetica", 7)
        c.drawString(54, h - 51, f"Daily incident narratives, {label}.  Dispatch 207 555-0163.  Form UP-7b")
        c.drawRightString(w - 54, h - 51, f"Sheet {page[0]} of {pages or 0}")
        c.setStrokeColorRGB(0.75, 0.8, 0.9)
        for k in range(48):
            c.line(54, h - 70 - k * lead - 3, w - 54, h - 70 - k * lead - 3)
        c.setStrokeColorRGB(0, 0, 0)
        return h - 70

    y = head()
    bottom = h - 70 - 47 * lead
    for rec in recs:
        lines = wrap(rec["text"], "Courier", 9, w - 108)
        parts, rest, avail = [], lines, int((y - bottom) / lead) - 2
        if avail < 3:
            c.showPage()
            y = head()
            avail = int((y - bottom) / lead) - 2
        while len(rest) > avail:
            parts.append(rest[:avail])
            rest, avail = rest[avail:], 45
        parts.append(rest)
        for k, part in enumerate(parts, 1):
            if k > 1:
                c.setFont("Helvetica-Oblique", 8)
                c.drawRightString(w - 54, bottom + 2, "(continued on next sheet)")
                c.showPage()
                y = head()
            c.setFont("Helvetica-Bold", 9)
            c.drawString(54, y, f"Report No. {rec['case_number']}")
            c.drawRightString(w - 54, y, f"Sheet {k} of {len(parts)}" + (" (continued)" if k > 1 else ""))
            y -= lead
            c.setFont("Courier", 9)
            for t in part:
                c.drawString(62, y, t)
                y -= lead
            if k == len(parts):
                c.setFont("Helvetica", 7)
                c.drawCentredString(w / 2, y + 3, "- - - END OF NARRATIVE - - -")
                y -= lead
    c.setFont("Helvetica-Bold", 9)
    c.drawString(54, max(y, bottom) - 4, f"Narratives on these sheets: {len(recs)}")
    c.showPage()
    c.save()
    return pdf_pages(path)


# ---------------------------------------------------------------- ground truth

def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    related = [{"record": rec["case_number"], "kind": kind, "number": num}
               for rec in recs for kind, num in rec["related"]]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in SAMPLE_KEYS if k in fields and recs[i].get(k, "") != ""}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs61.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs61.py) from the records it drew; "
                               "checked by check_blind_logs61.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, fields, notes, count_check):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, (month, first, last), label, n, start in runs:
        recs = make(r, month, first, last, n, start)
        pages = draw(d / fname, recs, label, None)
        draw(d / fname, recs, label, pages)
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, notes, count_check))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


NOTES = {
    "bf": ("Face-sheet packet. Page 1 (and 2 when long) is a COVER INDEX table 'INDEX OF FACE SHEETS IN THIS "
           "RELEASE' (Item, Case Number, Offense, Reported date, Page) that lists every record's id again and "
           "ends 'Face sheets in this release: N'; index rows are not records. Then ONE FACE SHEET A PAGE, a "
           "grid of ruled boxes with small numbered labels: '1. AGENCY ORI' (OR0269900, the same on every "
           "sheet), '2. CASE NUMBER' (BF-25-NNNNN, the id), '3. DATE / TIME REPORTED' (MM/DD/YYYY HH:MM), "
           "'4. OCCURRED FROM' / '5. OCCURRED TO' (occurred_from / occurred_to), '6. OFFENSE / INCIDENT TYPE', "
           "'7. LOCATION OF OCCURRENCE', '8. PREMISES TYPE' and '9. WEAPON USED' as check boxes (one check "
           "mark each, a ZapfDingbats glyph that pdftotext prints as a black square U+25A0), '10. REPORTING OFFICER (BADGE)' ('#NNN'), '11. PRIOR / RELATED CASE' (NONE or an EARLIER id "
           "of the same series: related, not a record), '12. NARRATIVE SUMMARY' (summary, wraps), "
           "'13. DISPOSITION', '14. OTHER NUMBERS' (NONE, 'Booking WCJ 25-NNNNN', 'Washburn Co SO case WCSO "
           "25-NNNNNN', 'Citation CNNNNNNN': related). A red pre-printed form serial 'No. 3NNNNN' at the top "
           "right of each sheet is not an id. Footer 'Face sheet i of N' and 'Page p of P'.",
           "face sheets counted from the generator; the index total and the last 'Face sheet N of N' equal "
           "record_count"),
    "ch": ("Half-page INCIDENT CARDS, two to a page, short incidents sharing a page. Each card is a framed box: "
           "title 'INCIDENT CARD' with 'Case # 25CH-NNNN' (the id) at the right, then lettered label lines "
           "'A. Received' (MM/DD/YYYY HHMM, no colon), 'B. Nature of call' (type, upper case), 'C. Address', "
           "'D. Unit' ('Car NN', not an id), 'E. Narrative' (summary, wraps) and at the foot 'F. Action taken' "
           "(disposition; 'booking B-25-NNNN', 'Summons issued, no. NHNNNNNNNN' and 'Grafton Co. Sheriff, case "
           "25-NNNNN-GC' are related numbers). A narrative longer than a card goes on to the next half page as a "
           "'CONTINUATION CARD   (card 2 of 2)' with the SAME 'Case # ...' (not a new record), and the "
           "'F. Action taken' line only on the last card; the first card says '(narrative continues on the next "
           "card)'. Header line with 'sheet n of N' and a phone; ends 'Cards in this file: C   Incidents: N' "
           "(only N counts records).",
           "cards counted from the generator; 'Incidents:' equals record_count, 'Cards' counts continuation cards "
           "too"),
    "dl": ("Patrol CALL SHEETS, three framed forms a page. A grey title strip 'CALL SHEET   S25-NNNNNN' (the id), "
           "'Rec'd MM/DD/YYYY HH:MM' (reported_at) and at the right 'Beat n   Deputy #NNN'. The offence is NOT "
           "written: a grid of twelve pre-printed offence boxes with box numbers 20-31 ('20 Theft' .. '31 "
           "Other') is printed on every sheet and the ones that apply carry a CHECK MARK (ZapfDingbats; "
           "pdftotext prints it as a black square U+25A0 before the box number); one to three are checked, so `type` is a list of the checked labels. "
           "Then '32 Location' (house number and street, or 'Co Rd N and Twp Rd NNN'), '33 Disposition' "
           "('Arrest - jail booking J25-NNNNN', 'Citation MNNNNNNNN', 'Assisted Pine Rapids PD (PR25-NNNN)': "
           "related), empty boxes 34-36. Ends 'Call sheets: N     Offense boxes checked: M' (only N counts "
           "records).",
           "sheets counted from the generator; 'Call sheets:' equals record_count"),
    "ej": ("Landscape register compiled from incident face sheets, column titles repeated per page under a rule, "
           "hairline under each row. The column titles carry the face sheet's BOX NUMBERS in parentheses: "
           "'(2) Report No.' (EJ25-NNNNN, the id, bold), '(3) Date/Time Rptd' (MM/DD/YYYY HH:MM), '(6) Offense' "
           "(wraps), '(7) Location of Occurrence' (wraps, sometimes a place name in parentheses), "
           "'(13) Disposition' and '(14) Other Nos.' (booking 'Booking BK25-NNNNN', notice to appear 'NTA "
           "NNNNNN', Highway Patrol 'Assist KHP 25-NNNN': related, not ids; often empty). Ends 'Face sheets "
           "registered: N    Arrests: a    Citations: c' (only N counts records).",
           "rows counted from the generator; 'Face sheets registered:' equals record_count"),
    "fu": ("Campus NARRATIVE / CONTINUATION SHEETS on ruled (blue-lined) paper, free text. Each narrative opens "
           "with a bold line 'Report No. FU-2025-NNNN' and at the right 'Sheet 1 of k'; then a Courier "
           "paragraph 'Reported MM/DD/YYYY HHMM. Officer responded to <location> for <type>. <narrative> "
           "Disposition: <disposition>' (wraps) and a centred '- - - END OF NARRATIVE - - -'. Short narratives "
           "share a sheet; a narrative cut by the page end goes on at the top of the next sheet under the "
           "SAME 'Report No.' with 'Sheet 2 of 2 (continued)' (not a new record), the first part ending "
           "'(continued on next sheet)'. Narratives may cite an EARLIER report of the same series ('related to "
           "earlier report FU-2025-NNNN', related, not a record), a jail booking 'PCJ-25-NNNN', a citation "
           "'UTNNNNNN' or a city police case 'FPD 25-NNNNN' (related). summary is the narrative between the "
           "type sentence and 'Disposition:'. Header 'Sheet n of N', phone and form number; ends "
           "'Narratives on these sheets: N'.",
           "narratives counted from the generator; the closing count equals record_count"),
}


def main():
    one_agency(
        "brackenfold-or-pd", 1,
        [("bpd-face-sheets-2025-10-01-07.pdf", (10, 1, 7), "October 1 - 7, 2025", 44, 1800),
         ("bpd-face-sheets-2025-10-08-14.pdf", (10, 8, 14), "October 8 - 14, 2025", 52, 1900)],
        bf_records, draw_bf, "Brackenfold Police Department, OR [invented]",
        "incident report face sheets with a cover index", "labelled blocks",
        ["case_number", "reported_at", "occurred_from", "occurred_to", "type", "location", "summary",
         "disposition"], *NOTES["bf"])
    one_agency(
        "cassock-hill-nh-pd", 2,
        [("chpd-incident-cards-2025-10-06-12.pdf", (10, 6, 12), "October 6-12, 2025", 48, 700),
         ("chpd-incident-cards-2025-10-13-19.pdf", (10, 13, 19), "October 13-19, 2025", 57, 790)],
        ch_records, draw_ch, "Cassock Hill Police Department, NH [invented]",
        "half-page incident cards with continuation cards", "labelled blocks",
        ["case_number", "reported_at", "type", "location", "summary", "disposition"], *NOTES["ch"])
    one_agency(
        "dorrance-lake-county-mn-so", 3,
        [("dlcso-call-sheets-2025-10-01-10.pdf", (10, 1, 10), "October 1 - 10, 2025", 63, 4100),
         ("dlcso-call-sheets-2025-10-11-20.pdf", (10, 11, 20), "October 11 - 20, 2025", 70, 4230)],
        dl_records, draw_dl, "Dorrance Lake County Sheriff's Office, MN [invented]",
        "patrol call sheets (offence marked by check marks)", "labelled blocks",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["dl"])
    one_agency(
        "ellerby-junction-ks-pd", 4,
        [("ejpd-face-sheet-register-2025-10.pdf", (10, 1, 31), "October 2025", 128, 2300)],
        ej_records, draw_ej, "Ellerby Junction Police Department, KS [invented]",
        "register of incident face sheets (box numbers in the column titles)", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["ej"])
    one_agency(
        "fallowmoor-university-me-pd", 5,
        [("fup-narrative-sheets-2025-10-01-15.pdf", (10, 1, 15), "October 1-15, 2025", 46, 300),
         ("fup-narrative-sheets-2025-10-16-31.pdf", (10, 16, 31), "October 16-31, 2025", 53, 360)],
        fu_records, draw_fu, "Fallowmoor University Police, ME [invented]",
        "narrative / continuation sheets", "free text",
        ["case_number", "reported_at", "type", "location", "summary", "disposition"], *NOTES["fu"])


if __name__ == "__main__":
    main()
