"""Generate a held-out set of major-incident and long-form incident reports (blind_logs122).

Each PDF is a packet of long-form reports, one incident per report, each running one to three pages:
a header block, a timeline, persons, vehicles and property sub-tables with their own item numbers,
and a narrative. Five layouts: a sheriff's major-incident report packet in labelled blocks whose
continuation pages repeat the report number and whose timelines quote CAD event numbers of the same
shape; a police department's incident reports whose header is a one-row table and whose property
sub-table rows carry item numbers and dates like incident rows; a small town's narrative reports
(free text) with supplemental reports printed at the end of the packet for earlier incidents; a
county after-action packet in numbered paragraphs with numbered sub-paragraphs; a boxed face-sheet
form (labels above values) with voided report numbers on face sheets that hold no incident.
Every agency, place, number and record is invented; no person is named.
Output is deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs122/make_blind_logs122.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
import textwrap
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20261222
TYPES = ["Structure fire - suspected arson", "Armed robbery - business", "Residential burglary - occupied",
         "Fatal collision - two vehicles", "Aggravated assault - weapon", "Barricaded subject",
         "Missing person - endangered", "Hazmat spill - tanker", "Shooting - no injuries", "Vehicle pursuit",
         "Commercial burglary - safe", "Stabbing", "Hit and run - pedestrian injured", "Bomb threat - school",
         "Domestic assault - strangulation", "Theft of firearms", "Kidnapping - custodial interference",
         "Rollover collision - ejection", "Riot - large disturbance", "Death investigation - unattended"]
DISPS = ["Arrest made", "Cleared by arrest", "Open - under investigation", "Referred to Detectives",
         "Exceptionally cleared", "Unfounded", "Referred to District Attorney", "Inactive - pending leads",
         "Closed - no crime", "Referred to State Fire Marshal"]
STREETS = ["Quillon Rd", "Brassmoor Ave", "Harrowgate St", "Old Ferry Rd", "Kestwick Ln", "Tamber Way",
           "Ridley Hollow Rd", "Sawcut Dr", "Penner St", "Fallowfield Ct", "Dunmere Pike", "Coldwater Trl",
           "Ashby Mill Rd", "Linden Cross St", "Orrin Ave", "Mabry Loop"]
ROLES = ["Victim", "Suspect", "Witness", "Reporting party", "Arrestee", "Driver", "Passenger", "Owner"]
PROPS = [("Handgun, 9mm semi-automatic", 450), ("Laptop computer", 900), ("Cash, U.S. currency", 1240),
         ("Jewelry box with rings", 2300), ("Cordless drill set", 310), ("Cell phone, black", 650),
         ("Shotgun, 12 gauge", 380), ("Gas can, red plastic", 12), ("Safe, floor model", 700),
         ("Bicycle, mountain", 540), ("Television, 55 inch", 480), ("Wallet with cards", 40),
         ("Spent casing", 0), ("Knife, folding", 25), ("Catalytic converter", 900), ("Tablet computer", 329)]
CARS = ["Ford F-150 pickup, white", "Honda Civic 4D, gray", "Chevrolet Tahoe, black", "Toyota Camry 4D, blue",
        "Dodge Ram 2500, red", "Nissan Altima 4D, silver", "Subaru Outback, green", "Jeep Wrangler, tan"]
EVENTS = ["Call received by dispatch", "First unit en route", "First unit on scene", "Scene secured",
          "Supervisor notified", "Perimeter established", "EMS on scene", "Fire department on scene",
          "Detective called out", "Evidence technician requested", "Witness canvass begun",
          "Suspect located", "Subject taken into custody", "Victim transported", "Tow requested",
          "Scene released", "Command post established", "Road closed", "Road reopened", "All units clear"]
SENT = ["Upon arrival I met with the reporting party, who stated the events began shortly before the call.",
        "The scene was photographed and a diagram was prepared by the evidence technician.",
        "A canvass of the neighboring addresses produced two witnesses who gave statements.",
        "Entry appeared to have been made through a rear door, where pry marks were observed on the frame.",
        "The victim was evaluated by EMS and transported for treatment of non-life-threatening injuries.",
        "Video from a nearby business was requested and a copy will be attached when received.",
        "The suspect was advised of rights and declined to give a statement without counsel present.",
        "Items listed in the property section were collected, packaged and submitted to the evidence room.",
        "The roadway was closed in both directions while the collision reconstruction unit worked the scene.",
        "Units maintained a perimeter while negotiators made contact by phone.",
        "The owner provided a list of missing items and estimated values, recorded in the property section.",
        "No further suspects were located after a search of the area with a K-9 team.",
        "A records check showed prior calls to the same address within the last year.",
        "The vehicle listed was towed to the impound lot and a hold was placed on it for processing.",
        "All involved parties were separated and interviewed individually.",
        "The on-call prosecutor was consulted regarding charges and concurred with the arrest.",
        "The investigating officer will complete a follow-up after laboratory results are returned.",
        "The fire marshal examined the area of origin and collected debris samples for analysis."]


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


def stamps(r, first, n, ndays):
    mins = sorted(r.sample(range(ndays * 1440), n))
    return [first + datetime.timedelta(minutes=m) for m in mins]


def address(r):
    return f"{r.randint(1, 98) * 100 + r.randint(0, 99)} {r.choice(STREETS)}"


def plate(r):
    return "".join(r.choice("BCDFGHJKLMNPRSTVWXZ") for _ in range(3)) + f"{r.randint(1000, 9999)}"


ACTORS = ["Detective #{}", "Investigator #{}", "Officer #{}", "Evidence technician #{}", "Sergeant #{}"]
ACTS = ["re-interviewed the reporting party by phone", "collected a buccal swab under a signed consent form",
        "submitted latent lifts to the state laboratory", "reviewed the video provided by the business owner",
        "checked pawn records for the items listed as stolen", "met with the victim to return released property",
        "served a search warrant on the vehicle held at the impound lot", "obtained a recorded statement",
        "canvassed the area again for doorbell cameras", "spoke with the assigned prosecutor about charges",
        "requested phone records through the proper legal process", "photographed the injuries at follow-up",
        "updated the attempt-to-locate bulletin", "received the laboratory report and attached it to the file"]


def narrative(r, t):
    """Narrative lines: opening sentences, then dated follow-up entries for the long reports."""
    n = r.choices([r.randint(3, 12), r.randint(18, 40), r.randint(55, 80), r.randint(100, 112)],
                  weights=[44, 32, 15, 9])[0]
    lines = textwrap.wrap(" ".join(r.sample(SENT, min(n, 12))), 98)
    d = t
    for _ in range(max(0, n - len(lines))):
        d += datetime.timedelta(minutes=r.randint(20, 420))
        lines.append(f"{d.strftime('%m/%d %H%M')}  {r.choice(ACTORS).format(r.randint(100, 899))} {r.choice(ACTS)}.")
    return lines


def incident(r, t, num, place):
    """One incident as a plain dict (values as printed are formatted by each layout)."""
    occ = t - datetime.timedelta(minutes=r.randint(3, 240))
    rec = {"case_number": num, "t": t, "occ": occ, "type": r.choice(TYPES), "location": f"{address(r)}, {place}",
           "disposition": r.choice(DISPS), "rel": []}
    n_tl = r.randint(4, 14)
    times = [0] + sorted(r.sample(range(1, 400), n_tl - 1))
    mid = sorted(r.sample(range(1, len(EVENTS) - 1), n_tl - 2))
    rec["timeline"] = [(t + datetime.timedelta(minutes=m), EVENTS[e]) for m, e in
                       zip(times, [0] + mid + [len(EVENTS) - 1])]
    rec["persons"] = [(r.choice(ROLES), r.choice("WBHA") + "/" + r.choice("MF"), r.randint(16, 79), address(r))
                      for _ in range(r.randint(1, 6))]
    rec["vehicles"] = [(r.randint(2004, 2024), r.choice(CARS), plate(r)) for _ in range(r.choice([0, 0, 1, 1, 2, 3]))]
    rec["property"] = [(*r.choice(PROPS), r.choice(["Stolen", "Evidence", "Recovered", "Damaged", "Found"]))
                       for _ in range(r.choice([0, 1, 2, 3, 4, 6, 8]))]
    rec["narrative"] = narrative(r, t)
    rec["officer"] = r.randint(100, 899)
    return rec


def draw(path, pages, header, footer, boxes=None):
    """pages: list of line lists; a line is a list of (x, text, font, size); boxes: per page rects."""
    c = new_canvas(path)
    w, h = letter
    n = len(pages)
    for i, lines in enumerate(pages, 1):
        y = h - 40
        for x, text, f, s in header:
            c.setFont(f, s)
            c.drawString(x, y, text)
            y -= s + 4
        y -= 6
        for line in lines:
            for x, text, f, s in line:
                c.setFont(f, s)
                c.drawString(x, y, text)
            y -= 11
        if boxes and boxes[i - 1]:
            for bx, by, bw, bh in boxes[i - 1]:
                c.rect(bx, by, bw, bh)
        c.setFont("Helvetica", 7.5)
        c.drawString(36, 24, footer)
        c.drawRightString(w - 36, 24, f"Page {i} of {n}")
        c.showPage()
    c.save()


def L(*items, f="Helvetica", s=8.5):
    return [(x, t, f, s) for x, t in items]


def split(body, cap, cont):
    """Split one report's lines into pages; cont(k, n) gives the continuation page's first lines."""
    chunks, cur = [], []
    for line in body:
        if len(cur) >= cap:
            chunks.append(cur)
            cur = []
        cur.append(line)
    chunks.append(cur)
    n = len(chunks)
    return [(cont(k, n) if k > 1 else []) + ch for k, ch in enumerate(chunks, 1)], n


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check, pages_of):
    n = len(recs)
    samples = [{"case_number": recs[i]["case_number"], **{k: recs[i][k] for k in fields}} for i in (0, n // 2, n - 1)]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs122.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size, "pages": pdf_pages(path), "agency": agency,
        "document_type": doc_type, "layout": layout, "scanned": False, "encrypted": False, "text_layer": "good",
        "record_count": n, "case_numbers": [x["case_number"] for x in recs],
        "related_numbers": [{"record": x["case_number"], "kind": k, "number": v} for x in recs for k, v in x["rel"]],
        "fields_present": ["case_number"] + fields + ["occurred_at", "summary"], "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs122.py) from the records it drew; "
                               "checked by check_blind_logs122.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes, "pages_per_record": pages_of,
    }


def fmt(t):
    return t.strftime("%m/%d/%Y %H:%M")


# 1 ---------------------------------------------------------- Brackwater County, WA: MIR packet, labelled blocks
def brackwater(d, r):
    agency = "Brackwater County Sheriff's Office, WA [invented]"
    gt = []
    num, cad = 4310, 118200
    for fname, month, n in [("brackwater-major-incident-reports-2025-09.pdf", 9, 44),
                            ("brackwater-major-incident-reports-2025-10.pdf", 10, 47)]:
        recs, pages, pages_of = [], [], []
        for t in stamps(r, datetime.datetime(2025, month, 1), n, 30):
            num += r.randint(1, 9)
            rec = incident(r, t, f"25-{num:06d}", "Brackwater County WA")
            rec["reported_at"], rec["occurred_at"] = fmt(t), fmt(rec["occ"])
            cad += r.randint(20, 90)
            cads = [f"25-{cad:06d}"] + ([f"25-{cad + r.randint(1, 5):06d}"] if r.random() < 0.3 else [])
            rec["rel"] += [("cad_event", c) for c in cads]
            body = [L((36, f"MAJOR INCIDENT REPORT       Report No. {rec['case_number']}"), f="Helvetica-Bold", s=10),
                    L((36, f"Incident Type: {rec['type']}"), (330, f"Reported: {rec['reported_at']}")),
                    L((36, f"Location: {rec['location']}"), (330, f"Occurred: {rec['occurred_at']}")),
                    L((36, f"Disposition: {rec['disposition']}"), (330, f"Reporting Deputy: #{rec['officer']}")),
                    L((36, "CAD Event(s): " + ", ".join(cads))), [],
                    L((36, "TIMELINE"), f="Helvetica-Bold")]
            for k, (tt, ev) in enumerate(rec["timeline"]):
                extra = f" (CAD {cads[-1]})" if k == 0 else ""
                body.append(L((48, tt.strftime("%m/%d %H:%M")), (120, ev + extra)))
            body += [[], L((36, "PERSONS"), f="Helvetica-Bold"), L((48, "Item"), (90, "Role"), (190, "Race/Sex"),
                                                                     (250, "Age"), (290, "Address"))]
            for k, p in enumerate(rec["persons"], 1):
                body.append(L((48, f"P-{k}"), (90, p[0]), (190, p[1]), (250, str(p[2])), (290, p[3])))
            if rec["vehicles"]:
                body += [[], L((36, "VEHICLES"), f="Helvetica-Bold")]
                for k, v in enumerate(rec["vehicles"], 1):
                    body.append(L((48, f"V-{k}"), (90, f"{v[0]} {v[1]}"), (330, f"Plate {v[2]} WA")))
            if rec["property"]:
                body += [[], L((36, "PROPERTY"), f="Helvetica-Bold")]
                for k, p in enumerate(rec["property"], 1):
                    body.append(L((48, f"PR-{k:02d}"), (90, p[0]), (290, p[2]), (370, f"${p[1]:,}")))
            body += [[], L((36, "NARRATIVE"), f="Helvetica-Bold")] + [L((48, x)) for x in rec["narrative"]]
            body += [[], L((36, f"Approved: Sgt. #{r.randint(900, 999)}   Entered by Records 555-0131"))]
            chunks, k = split(body, 58, lambda k, m, rec=rec: [
                L((36, f"Report No. {rec['case_number']} (continued) - report page {k} of {m}"), f="Helvetica-Oblique"), []])
            pages += chunks
            pages_of.append(k)
            recs.append(rec)
        pages.insert(0, [L((36, f"Major incident reports, {datetime.date(2025, month, 1).strftime('%B %Y')}"),
                           f="Helvetica-Bold", s=12), [],
                         L((36, f"Reports in this packet: {n}")),
                         L((36, f"Report pages: {sum(pages_of)}   Cover page: 1")),
                         L((36, "Each report starts on a new page. Reports longer than one page carry the report")),
                         L((36, "number at the top of every continuation page.")),
                         L((36, "Questions: Records Unit, 555-0131"))])
        header = [(36, "BRACKWATER COUNTY SHERIFF'S OFFICE [invented]", "Helvetica-Bold", 11),
                  (36, "Major Incident Report Packet - Records Unit", "Helvetica", 8.5)]
        path = d / fname
        draw(path, pages, header, "BCSO-MIR form 14  law enforcement sensitive - redacted for release")
        gt.append(entry(path, agency, "major incident report packet (month)", "labelled blocks", recs,
                        ["reported_at", "type", "location", "disposition"],
                        "A cover page, then one long-form report per incident, each starting on a new page with "
                        "`MAJOR INCIDENT REPORT  Report No. 25-NNNNNN` and running 1-3 pages; continuation pages "
                        "start `Report No. 25-NNNNNN (continued) - report page k of m` (the same record, not a new "
                        "one). CAD event numbers `25-NNNNNN` have exactly the shape of the report number and are "
                        "printed in the header (`CAD Event(s):`) and again in the first timeline line; they are "
                        "related numbers, not records. Persons P-k, vehicles V-k and property PR-kk items are "
                        "sub-table rows. The cover says `Reports in this packet: N`.",
                        "reports counted by the generator; the first three reports checked on the page", pages_of))
    return gt


# 2 ---------------------------------------------------------- Tollerton, IL: header table + property grid
def tollerton(d, r):
    agency = "Tollerton Police Department, IL [invented]"
    num = 2140
    recs, pages, pages_of = [], [], []
    n = 47
    for t in stamps(r, datetime.datetime(2025, 8, 1), n, 31):
        num += r.randint(1, 12)
        rec = incident(r, t, f"TPD25-{num:05d}", "Tollerton IL")
        rec["reported_at"], rec["occurred_at"] = t.strftime("%m/%d/%y %H%M"), rec["occ"].strftime("%m/%d/%y %H%M")
        if not rec["property"]:
            rec["property"] = [(*r.choice(PROPS), "Evidence")]
        rec["arrest"] = f"A25-{r.randint(1000, 1999)}" if r.random() < 0.35 else ""
        if rec["arrest"]:
            rec["rel"].append(("arrest_number", rec["arrest"]))
        body = [L((36, "INCIDENT REPORT"), f="Helvetica-Bold", s=10),
                L((36, "Case Number"), (110, "Reported"), (180, "Occurred"), (250, "Offense / Incident"),
                  (420, "Disposition"), f="Helvetica-Bold", s=7.5),
                L((36, rec["case_number"]), (110, rec["reported_at"]), (180, rec["occurred_at"]),
                  (250, rec["type"][:34]), (420, rec["disposition"]), s=7.5),
                L((36, f"Location of incident: {rec['location']}"), (420, f"Officer ID {rec['officer']}"), s=7.5), [],
                L((36, "EVENT TIMELINE"), f="Helvetica-Bold"),
                L((36, "Seq"), (70, "Date"), (120, "Time"), (160, "Event"), f="Helvetica-Bold", s=7.5)]
        for k, (tt, ev) in enumerate(rec["timeline"], 1):
            body.append(L((36, f"{k:02d}"), (70, tt.strftime("%m/%d/%y")), (120, tt.strftime("%H%M")), (160, ev), s=7.5))
        body += [[], L((36, "PERSONS"), f="Helvetica-Bold"),
                 L((36, "No."), (70, "Role"), (160, "R/S"), (200, "Age"), (240, "Address"), (420, "Arrest No."),
                   f="Helvetica-Bold", s=7.5)]
        for k, p in enumerate(rec["persons"], 1):
            an = rec["arrest"] if (p[0] in ("Arrestee", "Suspect") and rec["arrest"] and
                                   rec["arrest"] not in [x for _, x in rec["rel"][1:]]) else ""
            if an:
                rec["rel"].append(("_used", an))
            body.append(L((36, f"{k:02d}"), (70, p[0]), (160, p[1]), (200, str(p[2])), (240, p[3]), (420, an), s=7.5))
        if rec["arrest"] and ("_used", rec["arrest"]) not in rec["rel"]:
            body.append(L((36, f"Arrest No. {rec['arrest']} issued at booking; arrestee not listed above (juvenile)."),
                          s=7.5))
        rec["rel"] = [x for x in rec["rel"] if x[0] != "_used"]
        if rec["vehicles"]:
            body += [[], L((36, "VEHICLES"), f="Helvetica-Bold"),
                     L((36, "No."), (70, "Year / Make / Model"), (280, "Plate"), f="Helvetica-Bold", s=7.5)]
            for k, v in enumerate(rec["vehicles"], 1):
                body.append(L((36, f"{k:02d}"), (70, f"{v[0]} {v[1]}"), (280, f"{v[2]} IL"), s=7.5))
        body += [[], L((36, "PROPERTY"), f="Helvetica-Bold"),
                 L((36, "Item No."), (80, "Date"), (130, "Time"), (170, "Status"), (240, "Description"),
                   (420, "Value"), f="Helvetica-Bold", s=7.5)]
        for k, p in enumerate(rec["property"], 1):
            pt = rec["t"] + datetime.timedelta(minutes=r.randint(10, 300))
            body.append(L((36, f"{rec['case_number'][-4:]}-{k:02d}"), (80, pt.strftime("%m/%d/%y")),
                          (130, pt.strftime("%H%M")), (170, p[2]), (240, p[0]), (420, f"${p[1]:,}"), s=7.5))
        body.append(L((36, f"Property items: {len(rec['property'])}"), s=7.5))
        body += [[], L((36, "NARRATIVE"), f="Helvetica-Bold")] + [L((36, x), s=8) for x in rec["narrative"]]
        chunks, k = split(body, 60, lambda k, m, rec=rec: [
            L((36, "Case Number"), (110, "Page"), f="Helvetica-Bold", s=7.5),
            L((36, rec["case_number"]), (110, f"{k} of {m} (continuation)"), s=7.5), []])
        pages += chunks
        pages_of.append(k)
        recs.append(rec)
    pages[-1] += [[], L((36, f"End of packet. Incident reports: {n}. Printed by Records Division, 555-0162."))]
    header = [(36, "TOLLERTON POLICE DEPARTMENT [invented]", "Helvetica-Bold", 11),
              (36, "Incident Reports - Major Cases - August 2025", "Helvetica", 8.5)]
    path = d / "tollerton-major-case-reports-2025-08.pdf"
    draw(path, pages, header, "RMS IR-2 long form  Tollerton PD Records")
    ent = entry(path, agency, "major case incident reports (month)", "table with header", recs,
                ["reported_at", "type", "location", "disposition"],
                "Each report opens with a one-row header table (`Case Number  Reported  Occurred  Offense / "
                "Incident  Disposition`, dates `MM/DD/YY HHMM`) followed by sub-tables. The PROPERTY sub-table "
                "rows begin with an item number built from the case number's last four digits (`0871-03`), then "
                "a date and time column, exactly like a record row; the timeline rows have a sequence number, "
                "date and time too. Continuation pages repeat a small `Case Number / Page` table with `k of m "
                "(continuation)`. Arrest numbers `A25-NNNN` in the persons table are related numbers. The last "
                "page says `Incident reports: N`. Offense text is cut to 34 characters in the header row.",
                "reports counted by the generator; pages 1-3 checked on the page", pages_of)
    for s, rec in zip(ent["sample_records"], [recs[0], recs[n // 2], recs[-1]]):
        s["type"] = rec["type"][:34]
    return [ent]


# 3 ---------------------------------------------------------- Wendle Falls, NH: narrative + supplements
def wendle(d, r):
    agency = "Wendle Falls Police Department, NH [invented]"
    num = 880
    recs, pages, pages_of = [], [], []
    n = 41
    for t in stamps(r, datetime.datetime(2025, 7, 1), n, 61):
        num += r.randint(1, 14)
        rec = incident(r, t, f"25-{num}-OF", "Wendle Falls")
        rec["reported_at"] = f"{t.strftime('%B')} {t.day}, {t.year} at {t.strftime('%H%M')} hours"
        rec["occurred_at"] = rec["occ"].strftime("%H%M hours")
        prior = f"24-{r.randint(100, 1900)}-OF" if r.random() < 0.3 else ""
        if prior:
            rec["rel"].append(("prior_case", prior))
        body = [L((36, f"OFFENSE REPORT {rec['case_number']}"), f="Times-Bold", s=11),
                L((36, f"{rec['type']}. Reported {rec['reported_at']}; occurred on or about {rec['occurred_at']}."), f="Times-Roman", s=9.5),
                L((36, f"Location: {rec['location']}. Status: {rec['disposition']}."), f="Times-Roman", s=9.5), []]
        tl = "; ".join(f"{tt.strftime('%H%M')} {ev.lower()}" for tt, ev in rec["timeline"]) + "."
        body += [L((36, x), f="Times-Roman", s=9.5) for x in textwrap.wrap("Sequence of events: " + tl, 100)] + [[]]
        pp = " ".join(f"({k}) {p[0].lower()}, {p[1]}, age {p[2]}, of {p[3]};" for k, p in enumerate(rec["persons"], 1))
        body += [L((36, x), f="Times-Roman", s=9.5) for x in textwrap.wrap("Persons involved: " + pp, 100)]
        if rec["vehicles"]:
            vv = " ".join(f"(V{k}) {v[0]} {v[1]}, NH reg. {v[2]};" for k, v in enumerate(rec["vehicles"], 1))
            body += [L((36, x), f="Times-Roman", s=9.5) for x in textwrap.wrap("Vehicles: " + vv, 100)]
        if rec["property"]:
            qq = " ".join(f"[item {k}] {p[0].lower()}, {p[2].lower()}, ${p[1]:,};" for k, p in enumerate(rec["property"], 1))
            body += [L((36, x), f="Times-Roman", s=9.5) for x in textwrap.wrap("Property: " + qq, 100)]
        body.append([])
        nar = rec["narrative"] + ([f"This address was the subject of an earlier report, {prior}, which was reviewed."]
                                  if prior else [])
        body += [L((36, x), f="Times-Roman", s=9.5) for x in nar]
        body += [[], L((36, f"Officer {rec['officer']}                    Reviewed: Lt. {r.randint(10, 40)}"),
                       f="Times-Italic", s=9)]
        chunks, k = split(body, 56, lambda k, m, rec=rec: [
            L((36, f"{rec['case_number']}, continued (page {k} of {m})"), f="Times-Italic", s=9), []])
        pages += chunks
        pages_of.append(k)
        recs.append(rec)
    sup = sorted(r.sample(range(n - 4), 7))
    body = [L((36, "SUPPLEMENTAL REPORTS RECEIVED THIS PERIOD"), f="Times-Bold", s=11),
            L((36, "(each belongs to the offense report named in its heading; it is not a new case)"), f="Times-Italic", s=9), []]
    for _k, i in enumerate(sup, 1):
        rec = recs[i]
        st = rec["t"] + datetime.timedelta(days=r.randint(2, 9))
        body += [L((36, f"SUPPLEMENT {r.randint(1, 3)} TO OFFENSE REPORT {rec['case_number']}"), f="Times-Bold", s=10),
                 *[L((36, x), f="Times-Roman", s=9.5) for x in textwrap.wrap(
                     f"Filed {st.strftime('%B')} {st.day}, {st.year} by Detective {r.randint(40, 60)}. "
                     + " ".join(r.sample(SENT, 2)), 100)], []]
    pages.append(body)
    pages[-1] += [L((36, f"Offense reports in this period: {n}; supplemental reports: {len(sup)}."), f="Times-Roman", s=9.5)]
    header = [(36, "WENDLE FALLS POLICE DEPARTMENT [invented]", "Times-Bold", 11),
              (36, "Offense Reports - July and August 2025 - public copy, 555-0178", "Times-Roman", 9)]
    path = d / "wendle-falls-offense-reports-2025-07-08.pdf"
    draw(path, pages, header, "Wendle Falls PD  narrative offense reports")
    return [entry(path, agency, "narrative offense reports (two months)", "free text", recs,
                  ["reported_at", "type", "location", "disposition"],
                  "Narrative reports: a heading `OFFENSE REPORT 25-NNN-OF`, then sentences (type and `Reported "
                  "Month D, YYYY at HHMM hours`, `Location: ... Status: ...`), timeline, persons, vehicles and "
                  "property run together as numbered prose lists, then the narrative; continuation pages start "
                  "`25-NNN-OF, continued (page k of m)`. At the end, `SUPPLEMENTAL REPORTS RECEIVED THIS PERIOD` "
                  "prints supplements `SUPPLEMENT s TO OFFENSE REPORT 25-NNN-OF` for earlier reports: they belong "
                  "to those records and are not new ones. Some narratives cite an earlier year's report "
                  "`24-NNN-OF` (related). Last line `Offense reports in this period: N; supplemental reports: S.`",
                  "reports counted by the generator; supplements counted on the last page", pages_of)]


# 4 ---------------------------------------------------------- Oxley County, KY: numbered paragraphs
def oxley(d, r):
    agency = "Oxley County Sheriff's Office, KY [invented]"
    num = 310
    recs, pages, pages_of = [], [], []
    n = 49
    for i, t in enumerate(stamps(r, datetime.datetime(2025, 10, 1), n, 92), 1):
        num += r.randint(1, 7)
        rec = incident(r, t, f"OCSO-2025-{num:04d}", "Oxley County KY")
        rec["reported_at"], rec["occurred_at"] = fmt(t), fmt(rec["occ"])
        body = [L((36, f"{i}.  {rec['type'].upper()} - Sheriff's case {rec['case_number']}"), f="Helvetica-Bold", s=9.5),
                L((54, f"{i}.1  Summary. Reported {rec['reported_at']} (occurred {rec['occurred_at']}) at "
                       f"{rec['location']}.")),
                L((54, f"        Disposition: {rec['disposition']}.  Lead deputy: #{rec['officer']}.")),
                L((54, f"{i}.2  Timeline."))]
        for tt, ev in rec["timeline"]:
            body.append(L((90, tt.strftime("%H:%M")), (130, ev)))
        body.append(L((54, f"{i}.3  Persons involved ({len(rec['persons'])}).")))
        for k, p in enumerate(rec["persons"], 1):
            body.append(L((90, f"({chr(96 + k)})"), (112, f"{p[0]}, {p[1]}, age {p[2]}, {p[3]}")))
        body.append(L((54, f"{i}.4  Vehicles ({len(rec['vehicles'])}).")))
        for k, v in enumerate(rec["vehicles"], 1):
            body.append(L((90, f"({chr(96 + k)})"), (112, f"{v[0]} {v[1]}, KY tag {v[2]}")))
        body.append(L((54, f"{i}.5  Property ({len(rec['property'])} items).")))
        for k, p in enumerate(rec["property"], 1):
            body.append(L((90, f"Item {k}."), (130, f"{p[0]} - {p[2]} - ${p[1]:,}")))
        body.append(L((54, f"{i}.6  Narrative.")))
        body += [L((90, x), s=8) for x in rec["narrative"]]
        if r.random() < 0.25:
            ka = f"KSP {r.randint(10, 99)}-{r.randint(1000, 9999)}"
            rec["rel"].append(("state_police_case", ka))
            body.append(L((54, f"{i}.7  Assisting agency. State police case {ka} (joint investigation).")))
        body.append([])
        chunks, k = split(body, 60, lambda k, m, i=i, rec=rec: [
            L((36, f"{i}. (continued) - {rec['case_number']}"), f="Helvetica-Oblique"), []])
        pages += chunks
        pages_of.append(k)
        recs.append(rec)
    pages.insert(0, [L((36, "After-Action Report Packet, Fourth Quarter 2025"), f="Helvetica-Bold", s=12), [],
                     L((36, f"Items: {n}. Each item is one incident, numbered 1 to {n} in the order reported.")),
                     L((36, "Sub-paragraphs: .1 summary, .2 timeline, .3 persons, .4 vehicles, .5 property,")),
                     L((36, ".6 narrative, .7 assisting agency (where any).")),
                     L((36, "Prepared for the County Judge-Executive. Records: 555-0119."))])
    header = [(36, "OXLEY COUNTY SHERIFF'S OFFICE [invented]", "Helvetica-Bold", 11),
              (36, "After-Action Report Packet - Q4 2025", "Helvetica", 8.5)]
    path = d / "oxley-after-action-packet-2025-q4.pdf"
    draw(path, pages, header, "OCSO AAR  for official release")
    ent = entry(path, agency, "after-action report packet (quarter)", "numbered paragraphs", recs,
                  ["reported_at", "type", "location", "disposition"],
                  "Numbered paragraphs: item `i.  TYPE IN CAPITALS - Sheriff's case OCSO-2025-NNNN`, then numbered "
                  "sub-paragraphs `i.1` ... `i.7` (summary with reported/occurred date and location, timeline, "
                  "persons (a)-(f), vehicles, property `Item k.`, narrative, assisting agency); the paragraph "
                  "number i is not the case number; sub-paragraph numbers `12.3` and property `Item 3.` look like "
                  "items. Items run over pages, continuation pages start `i. (continued) - OCSO-2025-NNNN`. "
                  "Assisting-agency cases `KSP NN-NNNN` are related. Cover: `Items: N.`",
                  "items counted by the generator", pages_of)
    for smp in ent["sample_records"]:
        smp["type"] = smp["type"].upper()
    return [ent]


# 5 ---------------------------------------------------------- Cinderford, TX: boxed face sheets + voids
def cinderford(d, r):
    agency = "Cinderford Police Department, TX [invented]"
    gt = []
    num = 60100
    for fname, month, n in [("cinderford-incident-face-sheets-2025-05.pdf", 5, 42),
                            ("cinderford-incident-face-sheets-2025-06.pdf", 6, 41)]:
        recs, pages, boxes, pages_of = [], [], [], []
        nvoid = 0
        for t in stamps(r, datetime.datetime(2025, month, 1), n, 30):
            if r.random() < 0.12:
                num += 1
                nvoid += 1
                pages.append([L((36, "REPORT NUMBER"), (160, "DATE ISSUED"), (300, "STATUS"), f="Helvetica-Bold", s=7),
                              L((36, f"2025-{num:06d}"), (160, t.strftime("%m/%d/%Y")), (300, "VOID"), s=10), [],
                              L((36, "VOID - report number issued in error; no incident. Number not reused."), s=9),
                              L((36, f"Voided by Records Clerk #{r.randint(20, 40)}"), s=9)])
                boxes.append([(32, 703.5, 420, 24)])
            num += r.randint(1, 4)
            rec = incident(r, t, f"2025-{num:06d}", "Cinderford TX")
            rec["reported_at"], rec["occurred_at"] = fmt(t), fmt(rec["occ"])
            ori = "TX0999900"
            body = [L((36, "REPORT NUMBER"), (160, "DATE/TIME REPORTED"), (300, "DATE/TIME OCCURRED"), (440, "ORI"),
                      f="Helvetica-Bold", s=7),
                    L((36, rec["case_number"]), (160, rec["reported_at"]), (300, rec["occurred_at"]), (440, ori), s=10),
                    L((36, "OFFENSE / INCIDENT"), (300, "CLEARANCE / DISPOSITION"), f="Helvetica-Bold", s=7),
                    L((36, rec["type"]), (300, rec["disposition"]), s=9),
                    L((36, "LOCATION OF OCCURRENCE"), (300, "BEAT"), (440, "OFFICER"), f="Helvetica-Bold", s=7),
                    L((36, rec["location"]), (300, f"{r.randint(1, 6)}{r.choice('ABC')}"), (440, f"#{rec['officer']}"), s=9),
                    [], L((36, "TIMELINE"), f="Helvetica-Bold", s=8)]
            for tt, ev in rec["timeline"]:
                body.append(L((36, tt.strftime("%m/%d/%Y %H:%M")), (130, ev), s=8))
            body += [[], L((36, "NAME SECTION  (item / code / race-sex / age / address)"), f="Helvetica-Bold", s=8)]
            code = {"Victim": "V", "Suspect": "S", "Witness": "W", "Reporting party": "RP", "Arrestee": "A",
                    "Driver": "D", "Passenger": "P", "Owner": "O"}
            for k, p in enumerate(rec["persons"], 1):
                body.append(L((36, f"{k:03d}"), (70, code[p[0]]), (100, p[1]), (140, str(p[2])), (170, p[3]), s=8))
            if rec["vehicles"]:
                body += [[], L((36, "VEHICLE SECTION"), f="Helvetica-Bold", s=8)]
                for k, v in enumerate(rec["vehicles"], 1):
                    body.append(L((36, f"{k:03d}"), (70, f"{v[0]} {v[1]}"), (300, f"LIC {v[2]} TX"), s=8))
            if rec["property"]:
                body += [[], L((36, "PROPERTY SECTION  (item / loss code / description / value)"), f="Helvetica-Bold", s=8)]
                for k, p in enumerate(rec["property"], 1):
                    body.append(L((36, f"{k:03d}"), (70, p[2][:3].upper()), (110, p[0]), (330, f"${p[1]:,}"), s=8))
            body += [[], L((36, "NARRATIVE"), f="Helvetica-Bold", s=8)] + [L((36, x), s=8) for x in rec["narrative"]]
            chunks, k = split(body, 60, lambda k, m, rec=rec: [
                L((36, "REPORT NUMBER"), (160, "CONTINUATION SHEET"), f="Helvetica-Bold", s=7),
                L((36, rec["case_number"]), (160, f"Sheet {k} of {m}"), s=10), []])
            pages += chunks
            boxes += [[(32, 703.5, 540, 24)]] + [[(32, 703.5, 300, 24)]] * (k - 1)
            pages_of.append(k)
            recs.append(rec)
        pages.append([L((36, "MONTHLY FACE SHEET SUMMARY"), f="Helvetica-Bold", s=10),
                      L((36, f"Incident reports: {n}     Voided report numbers: {nvoid}     "
                             f"Sheets: {sum(pages_of)}"), s=9)])
        boxes.append([])
        header = [(36, "CINDERFORD POLICE DEPARTMENT [invented]", "Helvetica-Bold", 11),
                  (36, f"Incident Report Face Sheets - {datetime.date(2025, month, 1).strftime('%B %Y')} - "
                       "Open Records 555-0153", "Helvetica", 8.5)]
        path = d / fname
        draw(path, pages, header, "CPD form IR-1 (face sheet) / IR-1C (continuation)", boxes)
        gt.append(entry(path, agency, "incident report face sheets (month)", "labelled blocks", recs,
                        ["reported_at", "type", "location", "disposition"],
                        "Boxed face sheets with labels in small capitals ABOVE their values (`REPORT NUMBER`, "
                        "`DATE/TIME REPORTED`, `DATE/TIME OCCURRED`, `ORI`, `OFFENSE / INCIDENT`, `CLEARANCE / "
                        "DISPOSITION`, `LOCATION OF OCCURRENCE`), then timeline, name, vehicle and property sections "
                        "with 3-digit item numbers, narrative. Continuation sheets repeat `REPORT NUMBER` with "
                        "`Sheet k of m`. Some face sheets carry a report number marked `VOID - report number issued "
                        "in error; no incident` - not records (their numbers are listed nowhere in the ground truth). "
                        "The last page says `Incident reports: N     Voided report numbers: V`.",
                        "face sheets counted by the generator; voids counted on the page", pages_of))
    return gt


AGENCIES = [("brackwater-county-wa-so", 1, brackwater), ("tollerton-il-pd", 2, tollerton),
            ("wendle-falls-nh-pd", 3, wendle), ("oxley-county-ky-so", 4, oxley), ("cinderford-tx-pd", 5, cinderford)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
