"""Generate the fifty-second held-out set of incident-log PDFs and their ground truth.

Five layouts of logs made for courts and oversight bodies: a city log attached as a court
exhibit (caption page, exhibit stamp and Bates number on every page); a police commission's
quarterly complaint summary grouped by allegation with subtotal lines; an inspector general's
list of matters in labelled blocks; a dispatch log in codes ending with a legend of
abbreviations and a custodian's certification page; a custodian's declaration on line-numbered
pleading paper with one numbered paragraph per incident. Every agency, place and record is
invented; no person is named. Output is deterministic: fixed seeds, reportlab invariant mode.
Run:
    python tests/documents/blind_logs52/make_blind_logs52.py [OUT_DIR]
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
SEED = 20252652
STREETS = [
    "Alderwick",
    "Brambling",
    "Corliss",
    "Dunmore",
    "Edgecliff",
    "Farrowdale",
    "Gilcrest",
    "Hartsell",
    "Inverley",
    "Jessamine",
    "Kestrel",
    "Larchmont",
    "Moorfield",
    "Netherby",
    "Orchard Crest",
    "Pellham",
    "Quintard",
    "Rushmere",
    "Starling",
    "Tolliver",
    "Upfield",
    "Westerly",
]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Way", "Ct", "Blvd"]


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


def addr(r, upper=False):
    a = f"{r.randint(1, 89) * 100 + r.randint(0, 99)} {r.choice(STREETS)} {r.choice(SUFFIX)}"
    return a.upper() if upper else a


def block(r):
    return f"{r.randint(1, 89) * 100} block of {r.choice(STREETS)} {r.choice(SUFFIX)}"


def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width) or [""]


def stamps(r, days, n):
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    return [datetime.datetime(*days[m // 1440], (m % 1440) // 60, m % 60) for m in mins]


def series(r, n, start):
    out, k = [], start
    for _ in range(n):
        k += r.choice((1, 1, 1, 2, 4))
        out.append(k)
    return out


def span(y, m, d0, d1):
    return [(y, m, d) for d in range(d0, d1 + 1)]


def two_pass(draw, path, recs, *args):
    """Draw once to learn the page count, then again with 'of N' right."""
    pages = draw(path, recs, *args, None)
    return draw(path, recs, *args, pages)


# ---------------------------------------------------------------- A: Harrow Ridge exhibit

HR_OFF = [
    "Burglary - Residential",
    "Burglary - Commercial",
    "Theft from Vehicle",
    "Grand Theft",
    "Vandalism",
    "Assault w/ Deadly Weapon",
    "Battery",
    "Trespassing",
    "Stolen Vehicle",
    "Identity Theft",
    "Public Intoxication",
    "Brandishing",
    "Hit and Run - Property",
    "Embezzlement",
]
HR_DISP = [
    "Report Taken",
    "Closed - No Leads",
    "Suspended",
    "Arrest",
    "Cited",
    "Referred to DA",
    "Unfounded",
    "Open - Investigation",
]


def hr_records(r, days, n, start):
    recs = []
    for t, k in zip(stamps(r, days, n), series(r, n, start)):
        rec = {
            "case_number": f"HR25-{k:05d}",
            "reported_at": t.strftime("%m/%d/%Y %H:%M"),
            "offense": r.choice(HR_OFF),
            "location": addr(r),
            "disposition": r.choice(HR_DISP),
            "related": [],
        }
        if rec["disposition"] == "Arrest":
            num = f"BK-25-{r.randint(10000, 99999)}"
            rec["disposition"] = f"Arrest, booking {num}"
            rec["related"].append(("booking_number", num))
        elif rec["disposition"] == "Cited":
            num = f"HRC{r.randint(100000, 999999)}"
            rec["disposition"] = f"Cited, citation {num}"
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "Referred to DA":
            num = f"DA-25-F{r.randint(1000, 9999)}"
            rec["disposition"] = f"Referred to DA, DA file {num}"
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    return recs


def draw_hr(path, recs, exhibit, bates0, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]

    def furniture():
        page[0] += 1
        c.setLineWidth(1.2)
        c.rect(w - 150, h - 58, 114, 30)
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(w - 93, h - 42, f"EXHIBIT {exhibit}")
        c.setFont("Helvetica", 7)
        c.drawCentredString(w - 93, h - 53, f"page {page[0]} of {pages or 0}")
        c.setFont("Courier-Bold", 8)
        c.drawRightString(w - 36, 28, f"HRPD {bates0 + page[0]:06d}")
        c.setFont("Helvetica", 6.5)
        c.drawString(36, 28, "Produced in response to subpoena duces tecum; Harrow Ridge PD Records Unit 555-0117")

    furniture()
    c.setFont("Times-Roman", 11)
    y = h - 110
    for line in [
        "SUPERIOR COURT OF THE STATE OF CALIFORNIA",
        "FOR THE COUNTY OF BELLWEATHER [INVENTED]",
        "",
        "NORTHGATE NEIGHBORS ASSOCIATION,",
        "          Petitioner,",
        "     v.",
        "CITY OF HARROW RIDGE,",
        "          Respondent.",
        "",
        "Case No. 25CV-03318",
        "",
        f"EXHIBIT {exhibit} TO THE DECLARATION OF THE RECORDS CUSTODIAN",
        f"Harrow Ridge Police Department incident log, {label}",
    ]:
        c.drawString(72, y, line)
        y -= 16
    c.showPage()
    cols = [(36, "Report No."), (104, "Reported"), (178, "Offense"), (322, "Location"), (440, "Disposition")]

    def head():
        furniture()
        c.setFont("Helvetica-Bold", 10)
        c.drawString(36, h - 44, "HARROW RIDGE POLICE DEPARTMENT")
        c.setFont("Helvetica", 8)
        c.drawString(36, h - 56, f"Incident log, {label}")
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in cols:
            c.drawString(x, h - 80, t)
        c.line(36, h - 83, w - 36, h - 83)
        return h - 94

    y = head()
    for rec in recs:
        cells = [
            wrap(rec["offense"], "Helvetica", 7, 138),
            wrap(rec["location"], "Helvetica", 7, 112),
            wrap(rec["disposition"], "Helvetica", 7, 130),
        ]
        lines = max(len(x) for x in cells)
        if y - 9 * lines < 50:
            c.showPage()
            y = head()
        c.setFont("Helvetica", 7)
        c.drawString(36, y, rec["case_number"])
        c.drawString(104, y, rec["reported_at"])
        for (x, _), cell in zip(cols[2:], cells):
            for j, t in enumerate(cell):
                c.drawString(x, y - 9 * j, t)
        y -= 9 * lines + 4
    if y < 80:
        c.showPage()
        y = head()
    c.setFont("Helvetica-Bold", 8)
    c.drawString(36, y - 8, f"Entries in this exhibit: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- B: Coldwater Bay police commission

CB_ALLEG = ["Use of Force", "Discourtesy", "Improper Search", "Neglect of Duty", "Biased Policing", "Untruthfulness"]
CB_FIND = ["Sustained", "Not Sustained", "Exonerated", "Unfounded", "Withdrawn", "Policy Failure"]


def cb_records(r, n, start):
    days = span(2025, 7, 1, 31) + span(2025, 8, 1, 31) + span(2025, 9, 1, 30)
    recs = []
    for t, k in zip(stamps(r, days, n), series(r, n, start)):
        rec = {
            "case_number": f"CPC-25-{k:04d}",
            "reported_at": t.strftime("%m/%d/%Y"),
            "type": r.choice(CB_ALLEG),
            "location": addr(r, upper=True),
            "disposition": r.choice(CB_FIND),
            "related": [],
        }
        if r.random() < 0.75:
            num = f"CBPD 25-{r.randint(100000, 999999)}"
            rec["incident_report"] = num
            rec["related"].append(("other_agency_case", num))
        else:
            rec["incident_report"] = "none"
        recs.append(rec)
    order = {a: i for i, a in enumerate(CB_ALLEG)}
    return sorted(recs, key=lambda x: (order[x["type"]], x["case_number"]))


def draw_cb(path, recs, pages):
    w, h = landscape(letter)
    c = new_canvas(path, (w, h))
    page = [0]
    cols = [
        (36, "Complaint"),
        (110, "Received"),
        (172, "Related incident"),
        (262, "Location of incident"),
        (420, "Finding"),
        (500, "Investigator"),
    ]

    def head():
        page[0] += 1
        c.setFont("Times-Bold", 13)
        c.drawCentredString(w / 2, h - 40, "COLDWATER BAY POLICE COMMISSION")
        c.setFont("Times-Roman", 10)
        c.drawCentredString(
            w / 2, h - 54, "Quarterly Summary of Complaints Closed, Third Quarter 2025 (July - September)"
        )
        c.setFont("Times-Italic", 8)
        c.drawString(36, h - 70, "Agenda item 6(b). Public version; complainant and officer identities omitted.")
        c.drawRightString(w - 36, h - 70, f"Page {page[0]} of {pages or 0}")
        c.setFont("Times-Bold", 8.5)
        for x, t in cols:
            c.drawString(x, h - 88, t)
        c.line(36, h - 91, w - 36, h - 91)
        c.setFont("Times-Italic", 7)
        c.drawCentredString(w / 2, 24, "Commission office, 400 Tolliver Way, Coldwater Bay; 555-0164")
        return h - 104

    y = head()
    for alleg in CB_ALLEG:
        group = [x for x in recs if x["type"] == alleg]
        if y - 40 < 50:
            c.showPage()
            y = head()
        c.setFont("Times-Bold", 9.5)
        c.drawString(36, y, f"ALLEGATION: {alleg.upper()}")
        y -= 13
        for rec in group:
            if y < 50:
                c.showPage()
                y = head()
            c.setFont("Times-Roman", 8.5)
            c.drawString(36, y, rec["case_number"])
            c.drawString(110, y, rec["reported_at"])
            c.drawString(172, y, rec["incident_report"])
            c.drawString(262, y, rec["location"])
            c.drawString(420, y, rec["disposition"])
            c.drawString(500, y, f"Investigator {r_inv(rec)}")
            y -= 11
        c.setFont("Times-Bold", 8.5)
        c.drawString(110, y - 1, f"Subtotal, {alleg}")
        c.drawString(420, y - 1, f"{len(group)} complaints")
        y -= 18
    if y < 150:
        c.showPage()
        y = head()
    c.setFont("Times-Bold", 9.5)
    c.drawString(36, y - 4, f"Quarter total: {len(recs)} complaints closed")
    y -= 22
    c.drawString(36, y, "FINDINGS THIS QUARTER")
    y -= 13
    c.setFont("Times-Roman", 8.5)
    for f in CB_FIND:
        c.drawString(110, y, f)
        c.drawString(262, y, str(sum(x["disposition"] == f for x in recs)))
        y -= 11
    c.showPage()
    c.save()
    return page[0]


def r_inv(rec):
    return int(rec["case_number"][-2:]) % 7 + 1


# ---------------------------------------------------------------- C: Marlow County inspector general

MC_CAT = [
    "Jail - Inmate Injury",
    "Jail - In-Custody Death Review",
    "Patrol - Vehicle Pursuit",
    "Patrol - Taser Deployment",
    "Records - Late Release",
    "Patrol - K9 Contact",
    "Jail - Contraband",
    "Courts - Prisoner Escape",
]
MC_STATUS = [
    "Monitoring",
    "Closed - No Findings",
    "Closed - Recommendations Issued",
    "Referred to Internal Affairs",
    "Pending Sheriff Response",
]
MC_SYN = [
    "A deputy reported {what} during {when}; video was reviewed by OIG staff.",
    "OIG attended the scene walk-through and reviewed body-worn camera footage of {what}.",
    "The matter concerns {what}; the Sheriff's review is awaited before OIG closes its file.",
    "Records show {what} during {when}; OIG requested the shift logs and medical records.",
]
MC_WHAT = [
    "a use of a conducted energy device",
    "an injury to a person in custody",
    "a pursuit that ended in a collision",
    "a release four hours past the ordered time",
    "a bite by a patrol canine",
    "contraband found in a housing unit",
]
MC_WHEN = ["a night shift", "a booking intake", "a court transport", "a day shift", "a housing-unit search"]
MC_FAC = [
    "Central Detention Facility",
    "East Valley Station",
    "Hartsell Rd and Upfield Way",
    "Moorfield Courthouse",
    "North Annex Jail",
    "Kestrel Ln near Larchmont Ave",
]


def mc_records(r, days, n, start):
    recs = []
    for t, k in zip(stamps(r, days, n), series(r, n, start)):
        occ = t - datetime.timedelta(minutes=r.randint(60, 4000))
        rec = {
            "case_number": f"OIG-25-{k:04d}",
            "reported_at": t.strftime("%m/%d/%Y"),
            "occurred_at": occ.strftime("%m/%d/%Y %H%M"),
            "type": r.choice(MC_CAT),
            "location": r.choice(MC_FAC),
            "disposition": r.choice(MC_STATUS),
            "related": [],
        }
        num = f"MCSO-25-{r.randint(100000, 999999)}"
        rec["sheriff_report"] = num
        rec["related"].append(("other_agency_case", num))
        syn = r.choice(MC_SYN).format(what=r.choice(MC_WHAT), when=r.choice(MC_WHEN))
        if recs and r.random() < 0.15:
            prior = r.choice(recs)["case_number"]
            syn += f" Related to earlier matter {prior}."
            rec["related"].append(("earlier_case_cited", prior))
        rec["summary"] = syn
        recs.append(rec)
    return recs


def draw_mc(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(54, h - 44, "MARLOW COUNTY OFFICE OF INSPECTOR GENERAL")
        c.setFont("Helvetica", 8.5)
        c.drawString(54, h - 57, f"Sheriff oversight: matters opened, {label}")
        c.line(54, h - 62, w - 54, h - 62)
        c.setFont("Helvetica-Oblique", 7)
        c.drawString(
            54,
            30,
            "Public report under County Code 2.78 [invented]. Names of deputies and persons in custody withheld.",
        )
        c.drawRightString(w - 54, 30, f"{page[0]} / {pages or 0}")
        return h - 84

    y = head()
    for rec in recs:
        syn = wrap(rec["summary"], "Helvetica", 8, w - 108 - 70)
        need = 12 + 11 * 3 + 10 * len(syn) + 10
        if y - need < 48:
            c.showPage()
            y = head()
        c.setFillGray(0.88)
        c.rect(54, y - 3, w - 108, 13, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(58, y, f"Matter {rec['case_number']}")
        c.drawRightString(w - 58, y, rec["type"])
        y -= 15
        c.setFont("Helvetica-Bold", 8)
        for (l1, v1), (l2, v2) in [
            (("Received:", rec["reported_at"]), ("Occurred:", rec["occurred_at"])),
            (("Location:", rec["location"]), ("Sheriff's report:", rec["sheriff_report"])),
            (("Status:", rec["disposition"]), ("", "")),
        ]:
            c.setFont("Helvetica-Bold", 8)
            c.drawString(58, y, l1)
            c.drawString(300, y, l2)
            c.setFont("Helvetica", 8)
            c.drawString(124, y, v1)
            c.drawString(378, y, v2)
            y -= 11
        c.setFont("Helvetica-Bold", 8)
        c.drawString(58, y, "Synopsis:")
        c.setFont("Helvetica", 8)
        for j, t in enumerate(syn):
            c.drawString(124, y - 10 * j, t)
        y -= 10 * len(syn) + 12
    if y < 80:
        c.showPage()
        y = head()
    c.setFont("Helvetica-Bold", 9)
    c.drawString(54, y - 6, f"Matters listed: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- D: Pelham Flats coded log + legend

PF_NAT = {
    "BURG-R": "Burglary, residence",
    "BURG-C": "Burglary, commercial",
    "THFT-V": "Theft from vehicle",
    "VAND": "Vandalism",
    "DIST-F": "Disturbance, family",
    "SUSP-P": "Suspicious person",
    "ALRM": "Alarm call",
    "TC-INJ": "Traffic collision, injury",
    "TC-PD": "Traffic collision, property",
    "WELF": "Welfare check",
    "DUI": "Driving under the influence",
    "WARR": "Warrant service",
}
PF_DISP = {
    "RTF": "Report to follow",
    "GOA": "Gone on arrival",
    "UTL": "Unable to locate",
    "ARR": "Arrest made",
    "CIT": "Citation issued",
    "ADV": "Advised",
    "FI": "Field interview card",
}


def pf_records(r, days, n, start):
    recs = []
    for t, k in zip(stamps(r, days, n), series(r, n, start)):
        rec = {
            "case_number": f"25PF-{k:05d}",
            "date": t.strftime("%m/%d/%Y"),
            "time": t.strftime("%H%M"),
            "type": r.choice(list(PF_NAT)),
            "location": addr(r, upper=True),
            "disposition": r.choice(list(PF_DISP)),
            "ref": "",
            "related": [],
        }
        rec["reported_at"] = f"{rec['date']} {rec['time']}"
        if rec["disposition"] == "ARR":
            rec["ref"] = f"Bk {r.randint(250000, 259999)}"
            rec["related"].append(("booking_number", rec["ref"][3:]))
        elif rec["disposition"] == "CIT":
            rec["ref"] = f"Cit PF{r.randint(30000, 99999)}"
            rec["related"].append(("citation", rec["ref"][4:]))
        recs.append(rec)
    return recs


def draw_pf(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    page = [0]
    cols = [
        (40, "Date"),
        (92, "Time"),
        (124, "Incident #"),
        (184, "Nat"),
        (228, "Address"),
        (400, "Disp"),
        (436, "Ref"),
    ]

    def furniture(title=True):
        page[0] += 1
        c.setFont("Courier-Bold", 10)
        c.drawString(40, h - 40, "PELHAM FLATS POLICE DEPT -- DISPATCH INCIDENT LOG")
        c.setFont("Courier", 8)
        c.drawString(40, h - 52, f"RUN: {label}   CERTIFIED COPY")
        c.drawRightString(w - 40, h - 52, f"PG {page[0]:03d}/{pages or 0:03d}")
        if title:
            c.setFont("Courier-Bold", 8)
            for x, t in cols:
                c.drawString(x, h - 70, t)
            c.drawString(40, h - 76, "-" * 108)
        return h - 88

    y = furniture()
    for rec in recs:
        if y < 50:
            c.showPage()
            y = furniture()
        c.setFont("Courier", 8)
        for (x, _), v in zip(
            cols,
            [
                rec["date"],
                rec["time"],
                rec["case_number"],
                rec["type"],
                rec["location"],
                rec["disposition"],
                rec["ref"],
            ],
        ):
            c.drawString(x, y, v)
        y -= 10.5
    c.showPage()
    y = furniture(title=False) + 10
    c.setFont("Courier-Bold", 9)
    c.drawString(40, y, "LEGEND OF ABBREVIATIONS")
    y -= 14
    c.setFont("Courier", 8)
    for code, text in list(PF_NAT.items()) + list(PF_DISP.items()):
        c.drawString(60, y, f"{code:<8}{text}")
        y -= 10.5
    y -= 20
    c.setFont("Times-Bold", 11)
    c.drawString(40, y, "CERTIFICATION OF CUSTODIAN OF RECORDS")
    y -= 18
    c.setFont("Times-Roman", 10)
    text = (
        f"I am the custodian of records of the Pelham Flats Police Department. I certify that the foregoing "
        f"log of {len(recs)} entries, covering {label}, is a true and complete copy of the dispatch incident log "
        f"kept in the ordinary course of business, and that the legend above explains the codes used in it."
    )
    for line in wrap(text, "Times-Roman", 10, w - 80):
        c.drawString(40, y, line)
        y -= 13
    y -= 20
    c.drawString(40, y, "Records Supervisor, badge 2214 [signature on file]        Date: 11/04/2025")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- E: Quill Harbor declaration

QH_TYPE = [
    "residential burglary",
    "theft of a catalytic converter",
    "report of vandalism to a parked car",
    "commercial burglary",
    "assault",
    "stolen bicycle",
    "report of shots heard",
    "domestic disturbance",
    "robbery at a convenience store",
    "trespass at a closed marina",
]
QH_DISP = [
    "A report was taken and the case is open.",
    "The case was closed with no further leads.",
    "An adult was arrested.",
    "A citation was issued.",
    "The matter was referred to the Quill County Sheriff.",
    "The report was found to be unfounded.",
]


def qh_records(r, days, n, start):
    recs = []
    for t, k in zip(stamps(r, days, n), series(r, n, start)):
        rec = {
            "case_number": f"QH25-{k:05d}",
            "occurred_at": f"{t.strftime('%B')} {t.day}, {t.year} at {t.strftime('%H%M')} hours",
            "type": r.choice(QH_TYPE),
            "location": block(r),
            "disposition": r.choice(QH_DISP),
            "related": [],
        }
        extra = ""
        if rec["disposition"] == "An adult was arrested.":
            num = f"QB-{r.randint(25000, 25999)}"
            extra = f" Booking no. {num}."
            rec["related"].append(("booking_number", num))
        elif rec["disposition"] == "A citation was issued.":
            num = f"Q{r.randint(4000000, 4999999)}"
            extra = f" Citation no. {num}."
            rec["related"].append(("citation", num))
        elif rec["disposition"].startswith("The matter was referred"):
            num = f"QCS 25-{r.randint(10000, 99999)}"
            extra = f" Sheriff's case {num}."
            rec["related"].append(("other_agency_case", num))
        if recs and r.random() < 0.12:
            prior = r.choice(recs)["case_number"]
            extra += f" See also Report No. {prior}, described above."
            rec["related"].append(("earlier_case_cited", prior))
        rec["text"] = (
            f"Report No. {rec['case_number']}. On {rec['occurred_at']}, officers responded to "
            f"the {rec['location']} regarding {'an' if rec['type'][0] in 'aeiou' else 'a'} {rec['type']}. {rec['disposition']}{extra}"
        )
        recs.append(rec)
    return recs


def draw_qh(path, recs, label, pages):
    w, h = letter
    c = new_canvas(path, letter)
    top, step = h - 72, 24.0
    page = [0]
    slot = [0]

    def new_page():
        page[0] += 1
        slot[0] = 0
        c.setLineWidth(0.6)
        c.line(66, 0, 66, h)
        c.line(69, 0, 69, h)
        c.line(w - 50, 0, w - 50, h)
        c.setFont("Times-Roman", 10)
        for i in range(28):
            c.drawRightString(58, top - step * i, str(i + 1))
        c.line(72, 44, w - 54, 44)
        c.setFont("Times-Roman", 8)
        c.drawCentredString(w / 2, 32, f"- {page[0]} -")
        c.drawCentredString(w / 2, 22, "DECLARATION OF CUSTODIAN OF RECORDS RE: QUILL HARBOR PD INCIDENT REPORTS")

    def put(text, x=100, font="Times-Roman"):
        if slot[0] >= 28:
            c.showPage()
            new_page()
        c.setFont(font, 11)
        c.drawString(x, top - step * slot[0], text)
        slot[0] += 1

    def para(text, num=None):
        first = f"{num}.  " if num else ""
        lines = wrap(first + text, "Times-Roman", 11, w - 54 - 100 - 20)
        for j, line in enumerate(lines):
            put(line, 100 if j else 118)

    new_page()
    for line in [
        "City Attorney, City of Quill Harbor [invented]",
        "200 Starling St, Quill Harbor, CA 95999",
        "Telephone: 555-0139",
        "Attorney for Respondent",
    ]:
        put(line, 80)
    put("")
    put("SUPERIOR COURT OF CALIFORNIA, COUNTY OF QUILL [INVENTED]", 150, "Times-Bold")
    put("HARBOR LIGHT PRESS v. CITY OF QUILL HARBOR        Case No. 25-CV-7701", 110)
    put("DECLARATION OF CUSTODIAN OF RECORDS", 200, "Times-Bold")
    para(
        "I am the custodian of records of the Quill Harbor Police Department and make this declaration "
        "of my own knowledge.",
        1,
    )
    para(
        f"The Department searched its records management system for incident reports taken {label}. "
        f"Paragraphs 4 through {len(recs) + 3} describe {len(recs)} incident reports, in the order the reports "
        "were numbered.",
        2,
    )
    para("Names of victims, witnesses and arrested persons are omitted under Government Code section 7923.610.", 3)
    for i, rec in enumerate(recs, 4):
        para(rec["text"], i)
    para(
        "I declare under penalty of perjury under the laws of the State of California that the foregoing is "
        "true and correct. Executed on November 5, 2025, at Quill Harbor, California.",
        len(recs) + 4,
    )
    put("")
    put("Custodian of Records, badge 0311 [signature on file]", 300)
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- ground truth

SAMPLE_KEYS = {
    "harrow-ridge-ca-pd": ["case_number", "reported_at", "offense", "location", "disposition"],
    "coldwater-bay-ca-police-commission": ["case_number", "reported_at", "type", "location", "disposition"],
    "marlow-county-ca-oig": ["case_number", "reported_at", "occurred_at", "type", "location", "disposition", "summary"],
    "pelham-flats-ca-pd": ["case_number", "reported_at", "type", "location", "disposition"],
    "quill-harbor-ca-pd": ["case_number", "occurred_at", "type", "location", "disposition"],
}
META = {
    "harrow-ridge-ca-pd": (
        "Harrow Ridge Police Department, CA [invented]",
        "incident log attached as a court exhibit (caption page, exhibit stamp, Bates numbers)",
        "table with header",
    ),
    "coldwater-bay-ca-police-commission": (
        "Coldwater Bay Police Commission, CA [invented]",
        "police commission quarterly summary of closed complaints",
        "table with header",
    ),
    "marlow-county-ca-oig": (
        "Marlow County Office of Inspector General (Sheriff oversight), CA [invented]",
        "inspector general's list of matters opened",
        "labelled blocks",
    ),
    "pelham-flats-ca-pd": (
        "Pelham Flats Police Department, CA [invented]",
        "certified dispatch incident log in codes, legend and certification at the end",
        "table with header",
    ),
    "quill-harbor-ca-pd": (
        "Quill Harbor Police Department, CA [invented]",
        "custodian's declaration on line-numbered pleading paper, one paragraph per report",
        "free text",
    ),
}
NOTES = {
    "harrow-ridge-ca-pd": "Page 1 is a court caption page (court, parties, civil 'Case No. 25CV-03318', exhibit "
    "title) with no records. Every page carries a boxed 'EXHIBIT n / page i of N' stamp top right and a Bates "
    "number 'HRPD 00NNNN' bottom right; neither is a record id. Table columns Report No. (HR25-NNNNN, the id), "
    "Reported (MM/DD/YYYY HH:MM), Offense, Location, Disposition (wrap). Dispositions cite booking numbers "
    "'BK-25-NNNNN', citations 'HRCNNNNNN' and DA file numbers 'DA-25-FNNNN': related, not ids. Ends with "
    "'Entries in this exhibit: N'.",
    "coldwater-bay-ca-police-commission": "Landscape quarterly summary of complaints closed. Records are grouped "
    "under 'ALLEGATION: ...' headings (the allegation is the record's type and is printed only in the heading); "
    "each group ends with a 'Subtotal, <allegation>  N complaints' line that is not a record. The id is the "
    "complaint number CPC-25-NNNN; the 'Related incident' column holds the police department's incident number "
    "'CBPD 25-NNNNNN' (related, not an id) or 'none'. Received is a date without time. After the last group: "
    "'Quarter total: N complaints closed' and a FINDINGS THIS QUARTER table of counts (not records). Agenda "
    "item and 'Page i of N' furniture.",
    "marlow-county-ca-oig": "Labelled blocks, one per matter: a grey band 'Matter OIG-25-NNNN' with the category "
    "right-aligned (the type), then two label columns: Received / Occurred (MM/DD/YYYY HHMM), Location / "
    "Sheriff's report (MCSO-25-NNNNNN, related, not an id), Status, and a wrapped Synopsis. Some synopses cite "
    "'earlier matter OIG-25-NNNN', an earlier record of this document (earlier_case_cited). Footer with a county "
    "code cite and 'i / N'. Ends with 'Matters listed: N'.",
    "pelham-flats-ca-pd": "Courier dispatch log, one line per incident: Date (MM/DD/YYYY), Time (HHMM), "
    "Incident # (25PF-NNNNN, the id), Nat (nature code, the type as printed), Address, Disp (code), Ref (booking "
    "'Bk NNNNNN' or citation 'Cit PFNNNNN', related numbers). The last page has no records: a LEGEND OF "
    "ABBREVIATIONS whose code lines look like short rows, and a custodian's CERTIFICATION ('the foregoing log of "
    "N entries') with a badge number and date. reported_at is 'date time' from two columns.",
    "quill-harbor-ca-pd": "A custodian's declaration on pleading paper: line numbers 1-28 down the left margin of "
    "every page, a '- n -' footer with the declaration title. Caption lines, a civil 'Case No. 25-CV-7701' and "
    "paragraphs 1-3 (preamble) and the last paragraph (perjury clause) are not records. Paragraphs 4..N+3 are one "
    "incident each: 'n.  Report No. QH25-NNNNN. On <Month d, yyyy> at HHMM hours, officers responded to the "
    "<block> regarding a/an <type>. <disposition sentence>' then booking no. 'QB-NNNNN', citation no. 'QNNNNNNN', "
    "Sheriff's case 'QCS 25-NNNNN' (related) and sometimes 'See also Report No. <earlier id>, described above' "
    "(earlier_case_cited, not a new record). Paragraphs wrap over pleading lines and pages; paragraph numbers are "
    "not ids. Preamble paragraph 2 gives the count.",
}


def sample(folder, rec):
    s = {k: rec[k] for k in SAMPLE_KEYS[folder]}
    rel = [num for _, num in rec["related"]]
    if rel:
        s["related_numbers"] = rel
    return s


def entry(folder, path, recs, seed_no):
    mid = len(recs) // 2
    agency, doc_type, layout = META[folder]
    fields = [k for k in SAMPLE_KEYS[folder] if k != "offense"] + (["type"] if folder == "harrow-ridge-ca-pd" else [])
    return {
        "file": path.name,
        "source_repo": "generated",
        "commit": "generated",
        "path": "generated",
        "git_blob": "generated",
        "generator": f"make_blind_logs52.py (seed {SEED} + {seed_no})",
        "sha256": sha(path),
        "bytes": path.stat().st_size,
        "pages": pdf_pages(path),
        "agency": agency,
        "document_type": doc_type,
        "layout": layout,
        "scanned": False,
        "encrypted": False,
        "text_layer": "good",
        "record_count": len(recs),
        "case_numbers": [x["case_number"] for x in recs],
        "related_numbers": [
            {"record": x["case_number"], "kind": k, "number": n} for x in recs for k, n in x["related"]
        ],
        "fields_present": fields,
        "sample_records": [sample(folder, recs[i]) for i in (0, mid, len(recs) - 1)],
        "case_numbers_source": "written by the generator (make_blind_logs52.py) from the records it drew; checked by "
        "check_blind_logs52.py against `pdftotext -layout` text",
        "record_count_check": "records counted from the generator; the document's own printed count equals record_count",
        "notes": NOTES[folder],
    }


def main():
    docs = {
        "harrow-ridge-ca-pd": [
            (
                "hrpd-exhibit-7-incident-log-2025-10-06-08.pdf",
                1,
                lambda r, p: (
                    hr_records(r, span(2025, 10, 6, 8), 118, 4400),
                    lambda rs: two_pass(draw_hr, p, rs, 7, 230, "October 6 - 8, 2025"),
                ),
            ),
            (
                "hrpd-exhibit-8-incident-log-2025-10-09.pdf",
                6,
                lambda r, p: (
                    hr_records(r, span(2025, 10, 9, 9), 47, 4700),
                    lambda rs: two_pass(draw_hr, p, rs, 8, 241, "October 9, 2025"),
                ),
            ),
        ],
        "coldwater-bay-ca-police-commission": [
            (
                "cbpc-quarterly-complaint-summary-2025-q3.pdf",
                2,
                lambda r, p: (cb_records(r, 71, 130), lambda rs: two_pass(draw_cb, p, rs)),
            ),
        ],
        "marlow-county-ca-oig": [
            (
                "mc-oig-matters-opened-2025-08.pdf",
                3,
                lambda r, p: (
                    mc_records(r, span(2025, 8, 1, 31), 44, 300),
                    lambda rs: two_pass(draw_mc, p, rs, "August 2025"),
                ),
            ),
            (
                "mc-oig-matters-opened-2025-09.pdf",
                7,
                lambda r, p: (
                    mc_records(r, span(2025, 9, 1, 30), 53, 420),
                    lambda rs: two_pass(draw_mc, p, rs, "September 2025"),
                ),
            ),
        ],
        "pelham-flats-ca-pd": [
            (
                "pfpd-certified-dispatch-log-2025-10-27-28.pdf",
                4,
                lambda r, p: (
                    pf_records(r, span(2025, 10, 27, 28), 136, 18800),
                    lambda rs: two_pass(draw_pf, p, rs, "10/27/2025 - 10/28/2025"),
                ),
            ),
            (
                "pfpd-certified-dispatch-log-2025-10-29.pdf",
                8,
                lambda r, p: (
                    pf_records(r, span(2025, 10, 29, 29), 62, 19100),
                    lambda rs: two_pass(draw_pf, p, rs, "10/29/2025"),
                ),
            ),
        ],
        "quill-harbor-ca-pd": [
            (
                "qhpd-custodian-declaration-2025-10-13-19.pdf",
                5,
                lambda r, p: (
                    qh_records(r, span(2025, 10, 13, 19), 58, 2200),
                    lambda rs: two_pass(draw_qh, p, rs, "from October 13 through October 19, 2025"),
                ),
            ),
        ],
    }
    for folder, items in docs.items():
        (OUT / folder).mkdir(parents=True, exist_ok=True)
        gt = []
        for name, seed_no, make in items:
            r = random.Random(SEED + seed_no)
            path = OUT / folder / name
            recs, draw = make(r, path)
            draw(recs)
            gt.append(entry(folder, path, recs, seed_no))
        (OUT / folder / "groundtruth.json").write_text(json.dumps(gt, indent=1) + "\n")
        print(folder, [e["record_count"] for e in gt], [e["pages"] for e in gt], [e["bytes"] for e in gt])


if __name__ == "__main__":
    main()
