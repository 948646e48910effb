"""Generate a held-out set of incident-log PDFs with footnotes, endnotes, legends and code keys.

Five layouts: a town media log whose numbered footnote references are raised digits glued to the
value they annotate (ids, times, addresses), footnotes at the page foot, one running over a page
break; a landscape daily log with a running line number, a Notes column of bracketed endnote
references and an ENDNOTES section that restates case numbers in the case-number column; a
university report to a safety committee whose incident paragraphs carry raised endnote numbers,
the case numbers being printed only in the endnotes (some endnotes are not incidents); a sheriff's
call abstracts of labelled blocks with coded call types and dispositions, bracketed notes numbered
afresh on every page, a code key of that page's codes at every page foot, and numbers assigned after
printing given only in a note; a shift narrative with lettered side notes in the right margin that
run down beside the next entry. Every agency, place and record is invented; no person is named.
Output is deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs96/make_blind_logs96.py [OUT_DIR]
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
SEED = 20261196
STREETS = ["Ashdown", "Birchfold", "Carrow", "Dellby", "Elmstead", "Farrant", "Gorsey", "Hobcroft", "Ivel",
           "Jurby", "Kilnsey", "Lathom", "Marrick", "Nunney", "Oxley", "Pendle", "Quorn", "Ruswarp", "Sulby",
           "Tebay", "Ulpha", "Wennington"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Way", "Ct", "Pl"]
FONT, BOLD, ITAL = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"


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


def street(r):
    return f"{r.choice(STREETS)} {r.choice(SUFFIX)}"


def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width) or [""]


def sup(c, x, y, text, size=8.0):
    """Draw a raised note reference glued to the text ending at x (as a word processor does)."""
    c.setFont(FONT, size * 0.68)
    c.drawString(x, y + size * 0.38, text)


def times(r, days, n):
    mins = sorted(r.sample(range(len(days) * 1440), n))
    return [(datetime.date(*days[m // 1440]), m % 1440) for m in mins]


def days_of(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


# ---------------------------------------------------------------- 1. Larkhaven: glued footnote digits

LH_TYPES = ["Theft from vehicle", "Shoplifting", "Noise complaint", "Suspicious person", "Motor vehicle crash",
            "Burglary, residential", "Vandalism", "Domestic disturbance", "Welfare check", "Harassment",
            "Fraud / scam report", "Lost property", "Trespass", "Disabled vehicle", "Animal complaint",
            "Alarm, commercial", "DUI arrest", "Assault, simple"]
LH_DISP = ["Report taken", "Arrest", "Summons issued", "Unfounded", "Advised", "Referred", "Gone on arrival",
           "Cleared", "Under investigation"]


def lh_make(r, days, n, start):
    recs = []
    for i, (d, m) in enumerate(times(r, days, n)):
        typ = r.choice(LH_TYPES)
        disp = "Arrest" if typ == "DUI arrest" else r.choice(LH_DISP)
        rec = {"case_number": f"LH25-{start + i:05d}", "reported_at": f"{d:%m/%d/%Y} {m // 60:02d}:{m % 60:02d}",
               "type": typ, "location": f"{r.randint(1, 68) * 100} block of {street(r)}", "disposition": disp,
               "related": [], "note": None}
        recs.append(rec)
    # notes: about one record in three; the field the raised number is glued to varies
    for i, rec in enumerate(recs):
        if r.random() < 0.33 or i in (0, n - 1):
            field = r.choice(["case_number", "case_number", "reported_at", "location", "disposition"])
            k = r.randint(0, 4)
            if rec["disposition"] == "Arrest":
                num = f"LHB-25-{r.randint(100, 999):04d}"
                text = f"Arrest processed at headquarters; booking {num}."
                rec["related"].append(("booking_number", num))
            elif k == 1:
                num = f"CSP-25-{r.randint(10000, 99999):06d}"
                text = f"Also reported to the state police barracks, case {num}."
                rec["related"].append(("other_agency_case", num))
            elif k == 2:
                num = f"LH25-{start - r.randint(200, 2900):05d}"
                text = f"Follow-up to an earlier case, {num}, outside this period."
                rec["related"].append(("earlier_case", num))
            elif k == 3 and field == "location":
                text = "Location approximate; the caller gave only the block."
            else:
                num = f"LHC{r.randint(1000000, 9999999)}"
                text = f"Infraction ticket {num} issued at the scene."
                rec["related"].append(("citation", num))
            rec["note"] = (field, text)
    return recs


def lh_draw(path, recs, label, _pages):
    W, H = letter
    c = new_canvas(path, letter)
    per_page = 36
    chunks = [recs[i:i + per_page] for i in range(0, len(recs), per_page)]
    cols = [40, 108, 188, 306, 452]
    heads = ["Case No.", "Reported", "Incident Type", "Location", "Disposition"]
    note_no = 0
    carry = None  # (number, lines) of a footnote continued from the previous page
    total_notes = sum(1 for x in recs if x["note"])
    for p, chunk in enumerate(chunks):
        c.setFont(BOLD, 12)
        c.drawString(40, H - 50, "LARKHAVEN POLICE DEPARTMENT  [invented]")
        c.setFont(FONT, 9)
        c.drawString(40, H - 64, f"Weekly media log, {label}. Records Unit, 555-0142.")
        y = H - 90
        c.setFillGray(0.85)
        c.rect(36, y - 3, W - 72, 12, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont(BOLD, 8)
        for x, h in zip(cols, heads):
            c.drawString(x, y, h)
        y -= 14
        notes = []
        for rec in chunk:
            c.setFont(FONT, 8)
            vals = [rec["case_number"], rec["reported_at"], rec["type"], rec["location"], rec["disposition"]]
            keys = ["case_number", "reported_at", "type", "location", "disposition"]
            for x, key, v in zip(cols, keys, vals):
                c.setFont(FONT, 8)
                c.drawString(x, y, v)
                if rec["note"] and rec["note"][0] == key:
                    note_no += 1
                    rec["note_no"] = note_no
                    sup(c, x + c.stringWidth(v, FONT, 8), y, str(note_no))
                    notes.append((note_no, rec["note"][1]))
            y -= 12.5
        if p == len(chunks) - 1:
            y -= 8
            c.setFont(BOLD, 8)
            c.drawString(40, y, f"Total incidents listed: {len(recs)}.   Footnotes: {total_notes}.")
        # footnotes at the page foot, under a short rule
        lines = []
        if carry:
            lines.append(f"{carry[0]} (continued) {carry[1]}")
            carry = None
        split_here = p == 0 and len(chunks) > 1
        for k, (num, text) in enumerate(notes):
            if split_here and k == len(notes) - 1:
                long = text + " The reporting party was advised how to obtain a copy of the report from " \
                              "the Records Unit, and the case was forwarded to the detective bureau."
                words = long.split(" ")
                cut = next((j for j, w in enumerate(words) if any(ch.isdigit() for ch in w)), 5)
                first, rest = " ".join(words[:cut]), " ".join(words[cut:])
                lines.append(f"{num} {first} ...")
                carry = (num, rest)
            else:
                lines.append(f"{num} {text}")
        lines = [w for ln in lines for w in wrap(ln, FONT, 7, W - 90)]
        fy = 46 + 9.5 * len(lines)
        c.setLineWidth(0.5)
        c.line(40, fy + 4, 180, fy + 4)
        c.setFont(FONT, 7)
        for ln in lines:
            fy -= 9.5
            c.drawString(40, fy, ln)
        c.setFont(FONT, 6.5)
        c.drawString(W - 110, 24, f"Page {p + 1} of {len(chunks)}")
        c.showPage()
    c.save()


# ---------------------------------------------------------------- 2. Oxenridge: endnotes restating ids

OX_TYPES = ["THEFT", "BURGLARY", "DISORDERLY CONDUCT", "CRASH - PROPERTY DAMAGE", "CRASH - INJURY", "OWI",
            "CRIMINAL DAMAGE", "SUSPICIOUS VEHICLE", "WELFARE CHECK", "DOMESTIC", "RETAIL THEFT", "NOISE",
            "FRAUD", "FOUND PROPERTY", "ANIMAL BITE", "TRAFFIC HAZARD", "BATTERY", "JUVENILE COMPLAINT"]
OX_DISP = ["REPORT", "ARREST", "CITATION", "ADVISED", "UNFOUNDED", "GOA", "REFERRED", "CLEARED"]


def ox_make(r, days, n, start):
    recs = []
    for i, (d, m) in enumerate(times(r, days, n)):
        recs.append({"case_number": f"OX25-{start + i:05d}", "line": i + 1, "date": f"{d:%m/%d/%Y}",
                     "time": f"{m // 60:02d}{m % 60:02d}", "reported_at": f"{d:%m/%d/%Y} {m // 60:02d}{m % 60:02d}",
                     "type": r.choice(OX_TYPES),
                     "location": f"{r.randint(1, 79) * 100 + r.randint(0, 99)} {street(r).upper()}",
                     "disposition": r.choice(OX_DISP), "related": [], "refs": []})
    notes = []  # (number, [record indexes], by_line, text)
    i = 2
    while i < n - 2:
        rec = recs[i]
        k = r.randint(0, 3)
        if rec["type"].startswith("CRASH"):
            k = 1
        elif rec["disposition"] == "ARREST":
            k = 2
        elif rec["disposition"] == "CITATION":
            k = 3
        elif rec["type"] in ("BURGLARY", "TRAFFIC HAZARD", "WELFARE CHECK") and k == 3:
            k = 4
        elif k in (1, 2, 3):
            k = 5
        if k == 0:  # one endnote about two or three records
            grp = [i, i + r.randint(1, 2)]
            if r.random() < 0.4:
                grp.append(grp[-1] + 1)
            grp = [g for g in grp if g < n]
            text = "Same suspect vehicle in each; plate sent to the county task force."
            notes.append((grp, False, text, []))
        elif k == 1:  # endnote referring to the record by its line number
            num = f"WSP 25-{r.randint(10000, 99999)}"
            notes.append(([i], True, f"Crash also worked by the State Patrol, {num}.", [("other_agency_case", num)]))
        elif k == 2:
            num = f"OXB-25-{r.randint(100, 999):04d}"
            notes.append(([i], False, f"Adult arrested and booked, {num}; held for bond hearing.",
                          [("booking_number", num)]))
        elif k == 3:
            num = f"WI{r.randint(1000000, 9999999)}"
            notes.append(([i], False, f"Uniform citation {num} issued; court date set.", [("citation", num)]))
        elif k == 4:
            num = f"OXF-25-{r.randint(100, 999):04d}"
            notes.append(([i], False, f"Fire department responded, fire run {num}.", [("fire_run_number", num)]))
        else:
            if rec["disposition"] == "REPORT":
                notes.append(([i], False, "Report approved by the shift supervisor; copy sent to the district "
                                          "attorney.", []))
            else:
                notes.append(([i], False, f"Disposition changed to {rec['disposition']} from REPORT after "
                                          "review.", []))
        i += r.randint(3, 7)
    out = []
    for j, (grp, by_line, text, rel) in enumerate(notes, 1):
        for g in grp:
            recs[g]["refs"].append(j)
        for kind, num in rel:
            recs[grp[0]]["related"].append((kind, num))
        out.append({"n": j, "recs": grp, "by_line": by_line, "text": text})
    return recs, out


def ox_draw(path, data, label, _pages):
    recs, notes = data
    W, H = landscape(letter)
    c = new_canvas(path, landscape(letter))
    per_page = 38
    cols = [34, 70, 140, 196, 232, 362, 560, 650]
    heads = ["Line", "Case No.", "Date", "Time", "Call Type", "Address", "Disposition [a]", "Notes [b]"]
    chunks = [recs[i:i + per_page] for i in range(0, len(recs), per_page)]
    npages = len(chunks) + 1

    def head(p):
        c.setFont(BOLD, 11)
        c.drawString(34, H - 40, "OXENRIDGE POLICE DEPARTMENT  [invented]  -  DAILY INCIDENT LOG")
        c.setFont(FONT, 8.5)
        c.drawString(34, H - 53, f"{label}    Printed for release    Records 555-0168")
        c.drawRightString(W - 34, H - 53, f"Page {p} of {npages}")

    for p, chunk in enumerate(chunks, 1):
        head(p)
        y = H - 76
        c.setFont(BOLD, 8)
        for x, h in zip(cols, heads):
            c.drawString(x, y, h)
        c.line(34, y - 3, W - 34, y - 3)
        y -= 14
        c.setFont(FONT, 8)
        for rec in chunk:
            vals = [str(rec["line"]), rec["case_number"], rec["date"], rec["time"], rec["type"], rec["location"],
                    rec["disposition"], "".join(f"[{k}]" for k in rec["refs"])]
            for x, v in zip(cols, vals):
                c.drawString(x, y, v)
            y -= 11.5
        if p == len(chunks):
            y -= 6
            c.setFont(BOLD, 8)
            c.drawString(34, y, f"Entries: {len(recs)}     Endnotes: {len(notes)}")
        c.setFont(ITAL, 7)
        c.drawString(34, 30, "[a] Disposition as of the print date.  [b] Bracketed numbers refer to the "
                             "ENDNOTES on the last page.")
        c.showPage()
    head(npages)
    y = H - 80
    c.setFont(BOLD, 9)
    c.drawString(34, y, "ENDNOTES")
    y -= 16
    c.setFont(FONT, 8)
    for nt in notes:
        c.drawString(cols[0], y, f"[{nt['n']}]")
        if nt["by_line"]:
            ref = f"Line {recs[nt['recs'][0]]['line']}"
        else:
            ref = ", ".join(recs[g]["case_number"] for g in nt["recs"])
        c.drawString(cols[1], y, ref)
        c.drawString(cols[4] if len(nt["recs"]) == 1 else cols[5] - 20, y, nt["text"])
        y -= 11.5
    c.showPage()
    c.save()


# ---------------------------------------------------------------- 3. Saltcote: ids only in endnotes

SC_CATS = [
    ("Thefts and property damage", ["Bicycle theft", "Theft of laptop", "Theft from vehicle", "Vandalism",
                                     "Theft of package"]),
    ("Alcohol and drugs", ["Liquor law violation", "Drug law violation", "Intoxicated student, transported"]),
    ("Conduct and safety", ["Harassment", "Trespass warning", "Simple assault", "Suspicious person",
                            "Fire alarm, burnt food"]),
    ("Medical and assistance", ["Medical assist", "Welfare check", "Lockout assistance"]),
]
SC_PLACES = ["Harrow Hall", "Quenby Library", "Lot F", "Marrick Student Center", "Tebay Science Building",
             "Founders Quad", "Ivel Hall", "Dellby Recreation Center", "Pendle Hall", "Gorsey Dining Commons"]
SC_DISP = ["Closed", "Open", "Referred to student conduct", "Closed by arrest", "Referred to city police",
           "Inactive"]
SC_SENT = [["A student reported the loss and officers took a report.",
            "Officers reviewed camera footage; no suspect was identified.",
            "The owner was given a property loss form and a copy of the report."],
           ["Residence life staff were notified and followed up the next morning.",
            "Officers responded and the students involved were identified.",
            "The student was evaluated by campus medical staff."],
           ["Officers responded, spoke with those involved and documented the incident.",
            "The area was checked and the person involved was identified.",
            "Facilities staff reset the system after officers checked the building."],
           ["Officers responded and stayed until the student was cared for.",
            "A residence life staff member was present.",
            "Officers checked on the student at the request of a family member."]]


def sc_make(r, days, n, start):
    recs = []
    ts = times(r, days, n)
    for i in range(n):
        ci = r.choices(range(4), weights=[4, 2, 3, 2])[0]
        d, m = ts[i]
        recs.append({"cat": ci, "type": r.choice(SC_CATS[ci][1]), "d": d, "m": m,
                     "location": r.choice(SC_PLACES), "disposition": r.choice(SC_DISP), "related": [],
                     "text": r.choice(SC_SENT[ci])})
    # document order: by category, then time; numbers were assigned in time order
    for rank, i in enumerate(range(n)):
        recs[i]["case_number"] = f"SC-25-{start + rank:04d}"
        d, m = recs[i]["d"], recs[i]["m"]
        recs[i]["reported_at"] = f"{d:%m/%d/%Y} {m // 60:02d}:{m % 60:02d}"
    recs.sort(key=lambda x: (x["cat"], x["case_number"]))
    for rec in recs:
        k = r.randint(0, 6)
        if rec["disposition"] == "Referred to city police" or k == 0:
            num = f"SPD 25-{r.randint(10000, 99999)}"
            rec["disposition"] = "Referred to city police"
            rec["extra"] = f"City police case {num}."
            rec["related"].append(("other_agency_case", num))
        elif k == 1:
            num = f"SC-25-{start - r.randint(40, 300):04d}"
            rec["extra"] = f"Follow-up to {num}."
            rec["related"].append(("earlier_case", num))
        elif k == 2 and rec["disposition"] == "Closed by arrest":
            num = f"SCJ-{r.randint(10000, 99999)}"
            rec["extra"] = f"County booking {num}."
            rec["related"].append(("booking_number", num))
    # pair some consecutive same-type records into one paragraph
    paras, i = [], 0
    while i < len(recs):
        if i + 1 < len(recs) and recs[i]["cat"] == recs[i + 1]["cat"] and r.random() < 0.09:
            recs[i + 1]["type"] = recs[i]["type"]
            paras.append([recs[i], recs[i + 1]])
            i += 2
        else:
            paras.append([recs[i]])
            i += 1
    return recs, paras


def sc_draw(path, data, label, _pages):
    recs, paras = data
    W, H = letter
    c = new_canvas(path, letter)
    x0, width, lead = 72, W - 144, 13
    state = {"y": H - 72, "page": 1}

    def newpage():
        c.setFont("Times-Roman", 8)
        c.drawCentredString(W / 2, 36, f"Saltcote State University [invented] - Safety report, {label} - "
                                       f"page {state['page']}")
        c.showPage()
        state["page"] += 1
        state["y"] = H - 72

    def line_space(k=1):
        if state["y"] - lead * k < 60:
            newpage()

    def draw_runs(runs):
        """runs: list of (font, text) or ('sup', n); wrapped by hand, superscripts glued."""
        words = []
        for font, text in runs:
            if font == "sup":
                words.append(("sup", text))
            else:
                for w in text.split(" "):
                    if w:
                        words.append((font, w))
        x = x0
        line_space()
        for font, w in words:
            if font == "sup":
                sup(c, x, state["y"], w, 10.5)
                x += c.stringWidth(w, "Times-Roman", 7) + 0.5
                continue
            ww = c.stringWidth(w, font, 10.5)
            if x + ww > x0 + width:
                state["y"] -= lead
                line_space()
                x = x0
            elif x > x0:
                x += c.stringWidth(" ", font, 10.5)
            c.setFont(font, 10.5)
            c.drawString(x, state["y"], w)
            x += ww
        state["y"] -= lead + 4

    c.setFont("Times-Bold", 14)
    c.drawString(x0, state["y"], "Saltcote State University  [invented]")
    state["y"] -= 18
    c.setFont("Times-Roman", 11)
    c.drawString(x0, state["y"], f"Department of Public Safety - Report to the Campus Safety Advisory Committee, "
                                 f"{label}")
    state["y"] -= 26
    notes = []  # ("text", str) or ("rec", rec)
    notes.append(("text", "Classifications follow the department's crime-log categories, not the annual "
                          "statistics; a case may be reclassified after this report."))
    draw_runs([("Times-Roman", f"This report summarizes the {len(recs)} incidents the department recorded "
                               f"in {label}. Case numbers, report times, locations and dispositions are given "
                               f"in the notes at the end."), ("sup", "1"),
               ("Times-Roman", "Questions may be sent to the records office, 555-0179.")])
    for ci, (cat, _types) in enumerate(SC_CATS):
        group = [p for p in paras if p[0]["cat"] == ci]
        if not group:
            continue
        line_space(3)
        c.setFont("Times-Bold", 11.5)
        c.drawString(x0, state["y"], f"{cat} ({sum(len(p) for p in group)})")
        state["y"] -= lead + 3
        for p in group:
            if len(p) == 1:
                rec = p[0]
                notes.append(("rec", rec))
                runs = [("Times-Bold", rec["type"] + "."), ("Times-Roman", rec["text"]), ("sup", str(len(notes)))]
                if ci == 3 and len(notes) % 7 == 0:
                    notes.append(("text", "Medical calls are listed when an officer responded; ambulance run "
                                          "numbers are not given here."))
                    runs.append(("Times-Roman", "Officers stood by until the ambulance arrived."))
                    runs.append(("sup", str(len(notes))))
            else:
                a, b = p
                notes.append(("rec", a))
                na = len(notes)
                notes.append(("rec", b))
                runs = [("Times-Bold", a["type"] + "."),
                        ("Times-Roman", "Two separate reports were made, the first by a student"), ("sup", str(na)),
                        ("Times-Roman", "and the second by a staff member a few days later."),
                        ("sup", str(len(notes)))]
            draw_runs(runs)
    line_space(4)
    state["y"] -= 6
    c.setFont("Times-Bold", 11.5)
    c.drawString(x0, state["y"], "Notes")
    state["y"] -= lead + 3
    for k, (kind, v) in enumerate(notes, 1):
        if kind == "text":
            txt = v
        else:
            txt = (f"{v['case_number']}; reported {v['reported_at']}; {v['location']}; {v['disposition']}."
                   + (f" {v['extra']}" if v.get("extra") else ""))
        for j, ln in enumerate(wrap(txt, "Times-Roman", 9.5, width - 22)):
            line_space()
            c.setFont("Times-Roman", 9.5)
            if j == 0:
                c.drawRightString(x0 + 14, state["y"], f"{k}.")
            c.drawString(x0 + 20, state["y"], ln)
            state["y"] -= 12
    newpage()
    c.save()
    for rec in recs:
        rec.pop("d", None)
        rec.pop("m", None)


# ---------------------------------------------------------------- 4. Quarrendon: per-page notes and code key

QC_TYPES = {"10-16": "Domestic disturbance", "10-50": "Traffic crash", "10-50I": "Injury crash",
            "10-55": "Intoxicated driver", "10-62": "Burglary", "10-66": "Suspicious person",
            "10-70": "Livestock at large", "10-78": "Theft", "10-80": "Pursuit", "10-91": "Civil standby",
            "10-97": "Welfare check", "10-54": "Property damage"}
QC_DISP = {"RTF": "Report to follow", "ARR": "Arrest", "CIT": "Citation issued", "ADV": "Advised",
           "GOA": "Gone on arrival", "UTL": "Unable to locate", "REF": "Referred to other agency",
           "CLR": "Cleared, no report"}
QC_ROADS = ["N Ridge Rd", "Hwy 56", "K-14", "County Rd 17", "SW 40th Ave", "Mill Creek Rd", "Old Santa Fe Trl"]


def qc_make(r, days, n, start):
    recs = []
    pend = set(r.sample(range(3, n - 3), 4))
    late = start + n
    seq = start
    for i, (d, m) in enumerate(times(r, days, n)):
        if i in pend:
            cn = f"QC25-{late:05d}"
            late += 1
        else:
            cn = f"QC25-{seq:05d}"
            seq += 1
        code = r.choice(list(QC_TYPES))
        disp = r.choice(["RTF", "ADV", "GOA", "UTL", "REF", "CLR"])
        if code in ("10-16", "10-55", "10-62", "10-78", "10-80") and r.random() < 0.4:
            disp = "ARR"
        elif code in ("10-50", "10-50I", "10-54", "10-66") and r.random() < 0.3:
            disp = "CIT"
        loc = (f"{r.randint(2, 240) * 100} blk {r.choice(QC_ROADS)}" if r.random() < 0.7
               else f"{r.choice(QC_ROADS)} at MM {r.randint(3, 61)}")
        rec = {"case_number": cn, "pending": i in pend, "reported_at": f"{d:%m/%d/%Y} {m // 60:02d}:{m % 60:02d}",
               "type": code, "location": loc, "disposition": disp, "unit": str(r.choice([211, 214, 217, 220, 226])),
               "related": [], "notes": []}
        if disp == "REF" or r.random() < 0.12:
            num = f"KHP 25-{r.randint(10000, 99999)}"
            rec["notes"].append(("disposition", f"Referred to the Highway Patrol, case {num}.",
                                 ("other_agency_case", num)))
        if disp == "ARR":
            num = f"QCJ-{r.randint(25000, 25999)}-{r.randint(10, 99)}"
            rec["notes"].append(("disposition", f"Booked into county jail, booking {num}.", ("booking_number", num)))
        if r.random() < 0.1:
            rec["notes"].append(("location", "Location as given by the caller; not verified.", None))
        for _f, _t, rel in rec["notes"]:
            if rel:
                rec["related"].append(rel)
        rec["remarks"] = r.choice(["Deputy checked the area.", "Parties separated; no further action.",
                                   "Owner contacted.", "Vehicle towed by private wrecker.", "Caller advised.",
                                   "Report to be completed by day shift."])
        recs.append(rec)
    return recs


def qc_draw(path, recs, label, _pages):
    W, H = letter
    c = new_canvas(path, letter)
    per_page = 7
    chunks = [recs[i:i + per_page] for i in range(0, len(recs), per_page)]
    for p, chunk in enumerate(chunks, 1):
        c.setFont(BOLD, 11)
        c.drawString(40, H - 44, "QUARRENDON COUNTY SHERIFF'S OFFICE  [invented]")
        c.setFont(FONT, 8.5)
        c.drawString(40, H - 57, f"Call abstracts, {label}.  Dispatch 555-0133.")
        c.drawRightString(W - 40, H - 57, f"Page {p} of {len(chunks)}")
        y = H - 80
        notes, types, disps = [], [], []

        def mark(text, key, rec, notes=notes):
            out = text
            for f, t, _rel in rec["notes"]:
                if f == key:
                    notes.append(t)
                    out += f" [{len(notes)}]"
            return out

        for rec in chunk:
            c.setLineWidth(0.6)
            c.line(40, y + 10, W - 40, y + 10)
            if rec["pending"]:
                notes.append(f"Number assigned after this abstract was printed: {rec['case_number']}.")
                idv = f"pending [{len(notes)}]"
            else:
                idv = rec["case_number"]
            pairs = [("Incident No.", idv, "Received", rec["reported_at"]),
                     ("Call Type", rec["type"], "Unit", rec["unit"]),
                     ("Location", mark(rec["location"], "location", rec), None, None),
                     ("Disposition", mark(rec["disposition"], "disposition", rec), None, None),
                     ("Remarks", rec["remarks"], None, None)]
            for la, va, lb, vb in pairs:
                c.setFont(BOLD, 8.5)
                c.drawString(44, y, la)
                c.setFont(FONT, 8.5)
                c.drawString(120, y, va)
                if lb:
                    c.setFont(BOLD, 8.5)
                    c.drawString(330, y, lb)
                    c.setFont(FONT, 8.5)
                    c.drawString(390, y, vb)
                y -= 11.5
            y -= 8
            if rec["type"] not in types:
                types.append(rec["type"])
            if rec["disposition"] not in disps:
                disps.append(rec["disposition"])
        if p == len(chunks):
            c.setFont(BOLD, 8.5)
            c.drawString(44, y, f"Abstracts this period: {len(recs)}")
        # notes, then the code key of this page's codes, at the page foot
        key1 = "Call types: " + "; ".join(f"{k} {QC_TYPES[k]}" for k in sorted(types))
        key2 = "Dispositions: " + "; ".join(f"{k} {QC_DISP[k]}" for k in sorted(disps))
        keylines = wrap(key1, FONT, 7, W - 80) + wrap(key2, FONT, 7, W - 80)
        fy = 30 + 9 * len(keylines)
        c.setFont(BOLD, 7)
        c.drawString(40, fy + 3, "CODES ON THIS PAGE")
        c.setFont(FONT, 7)
        yy = fy
        for ln in keylines:
            yy -= 9
            c.drawString(40, yy, ln)
        ny = fy + 14 + 9 * len(notes)
        c.line(40, ny + 4, 200, ny + 4)
        for k, t in enumerate(notes, 1):
            ny -= 9
            c.drawString(40, ny, f"[{k}] {t}")
        c.showPage()
    c.save()


# ---------------------------------------------------------------- 5. Fernbrake: lettered side notes

FB_TYPES = ["Burglary", "Stolen vehicle", "Criminal damage", "Domestic disturbance", "Shoplifting", "Fight",
            "Suspicious vehicle", "Welfare check", "Crash with injuries", "Trespass", "Fraud report",
            "Aggravated assault", "Noise complaint", "Found property"]
FB_DISP = ["Report taken", "Arrest made", "Cited and released", "Referred to detectives", "No report",
           "Unfounded", "Gone on arrival"]
FB_NARR = ["Officers arrived and spoke with the caller.",
           "Officers spoke with the people involved and took statements.",
           "A neighbour provided a description and officers searched the area.",
           "Officers checked the area and spoke with witnesses.",
           "The caller was contacted by phone and then in person."]


def fb_make(r, days, n, start):
    recs = []
    for i, (d, m) in enumerate(times(r, days, n)):
        typ = r.choice(FB_TYPES)
        disp = r.choice(FB_DISP)
        rec = {"case_number": f"FB25-{start + i:05d}", "date": d, "time": f"{m // 60:02d}{m % 60:02d}",
               "reported_at": f"{d:%m/%d/%Y} {m // 60:02d}{m % 60:02d}", "type": typ,
               "location": f"{r.randint(1, 59) * 100} block of {street(r)}", "disposition": disp,
               "narr": r.choice(FB_NARR), "related": [], "side": None}
        k = r.randint(0, 4)
        if disp in ("Arrest made", "Cited and released") or k == 0:
            if disp == "Cited and released":
                num = f"FBC{r.randint(100000, 999999)}"
                rec["side"] = f"Citation {num}; court date to be set by the magistrate."
                rec["related"].append(("citation", num))
            else:
                num = f"FBJ-25-{r.randint(1000, 9999)}"
                rec["side"] = f"Booked at the county detention center as {num}; bond set at arraignment."
                rec["related"].append(("booking_number", num))
        elif k == 1:
            num = f"NMSP 25-{r.randint(100000, 999999)}"
            rec["side"] = f"State police assisted; their case {num}, supplement to follow."
            rec["related"].append(("other_agency_case", num))
        elif k == 2:
            rec["side"] = "Victim declined to pursue charges at this time."
        recs.append(rec)
    return recs


def fb_draw(path, recs, label, _pages):
    W, H = letter
    c = new_canvas(path, letter)
    x0, bw, sx = 54, 330, 404
    st = {"y": H - 96, "page": 1, "letter": 0, "side_y": H}

    def header():
        c.setFont(BOLD, 12)
        c.drawString(x0, H - 48, "FERNBRAKE POLICE DEPARTMENT  [invented]")
        c.setFont(FONT, 9)
        c.drawString(x0, H - 61, f"Patrol shift narrative, {label}.  Watch office 555-0191.")
        c.setFont(BOLD, 7.5)
        c.drawString(sx, H - 80, "MARGIN NOTES")
        c.setLineWidth(0.4)
        c.line(sx - 10, H - 84, sx - 10, 50)

    def newpage():
        c.setFont(FONT, 7)
        c.drawCentredString(W / 2, 30, f"Page {st['page']}")
        c.showPage()
        st["page"] += 1
        st["y"] = H - 96
        st["letter"] = 0
        st["side_y"] = H
        header()

    header()
    day = None
    for rec in recs:
        body = wrap(f"{rec['time']}  {rec['case_number']}  {rec['type']} at {rec['location']}. {rec['narr']} "
                    f"{rec['disposition']}.", FONT, 8.5, bw)
        need = 11 * len(body) + (24 if rec["date"] != day else 0)
        if st["y"] - need < 84:
            newpage()
            day = None
        if rec["date"] != day:
            day = rec["date"]
            st["y"] -= 4
            c.setFont(BOLD, 9)
            c.drawString(x0, st["y"], f"{day:%A}, {day:%m/%d/%Y}".upper())
            st["y"] -= 14
        for j, ln in enumerate(body):
            c.setFont(FONT, 8.5)
            c.drawString(x0, st["y"], ln)
            if rec["side"] and j == len(body) - 1:
                st["letter"] += 1
                let = "abcdefghijklmnopqrstuvwxyz"[st["letter"] - 1]
                sup(c, x0 + c.stringWidth(ln, FONT, 8.5), st["y"], let, 8.5)
                rec["side_letter"] = let
                rec["side_line_y"] = st["y"]
            st["y"] -= 11
        if rec["side"]:
            sy = min(rec["side_line_y"], st["side_y"] - 10)
            lines = wrap(f"{rec['side_letter']}  {rec['side']}", ITAL, 7.5, W - sx - 40)
            c.setFont(ITAL, 7.5)
            for ln in lines:
                c.drawString(sx, sy, ln)
                sy -= 11
            st["side_y"] = sy + 11
        st["y"] -= 3
    st["y"] -= 6
    if st["y"] < 70:
        newpage()
    c.setFont(BOLD, 8.5)
    c.drawString(x0, st["y"], f"Entries with case numbers: {len(recs)}")
    c.setFont(FONT, 7)
    c.drawCentredString(W / 2, 30, f"Page {st['page']}")
    c.showPage()
    c.save()
    for rec in recs:
        rec["date"] = f"{rec['date']:%m/%d/%Y}"


# ---------------------------------------------------------------- ground truth

def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    related = [{"record": rec["case_number"], "kind": kind, "number": num}
               for rec in recs for kind, num in rec["related"]]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in fields if k in recs[i] and recs[i][k] != ""}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _k, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs96.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs96.py) from the records it drew; "
                               "checked by check_blind_logs96.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, fields, notes, count_check):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, dd, label, n, start in runs:
        data = make(r, dd, n, start)
        draw(d / fname, data, label, None)
        recs = data[0] if isinstance(data, tuple) else data
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, notes, count_check))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


def main():
    one_agency(
        "larkhaven-ct-pd", 1,
        [("lhpd-media-log-2025-10-13-19.pdf", days_of(10, 13, 19), "October 13-19, 2025", 62, 4112),
         ("lhpd-media-log-2025-10-20-26.pdf", days_of(10, 20, 26), "October 20-26, 2025", 56, 4174)],
        lh_make, lh_draw, "Larkhaven Police Department, CT [invented]",
        "weekly media log with numbered footnotes at the page foot", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"],
        "Portrait table: Case No. (LH25-NNNNN), Reported (MM/DD/YYYY HH:MM), Incident Type, Location, "
        "Disposition; about one row in three carries a numbered footnote reference, a raised small digit "
        "GLUED to the value it annotates (pdftotext prints LH25-0411712 for LH25-04117 with note 12, "
        "10/13/2025 14:053, ...); numbering runs through the document; footnotes at the page foot under a "
        "short rule hold bookings LHB-25-NNNN, state police cases CSP-25-NNNNNN, earlier cases of the same "
        "series and infraction tickets LHCNNNNNNN (related numbers); the last footnote of page 1 runs on at "
        "the foot of page 2 as 'N (continued) ...', the related number it cites printed only in that "
        "continuation, a page away from its row; ends 'Total incidents listed: N.   Footnotes: M.'",
        "rows counted from the generator; 'Total incidents listed' equals record_count")
    one_agency(
        "oxenridge-wi-pd", 2,
        [("oxpd-daily-log-2025-10-06-12.pdf", days_of(10, 6, 12), "October 6-12, 2025", 112, 1183)],
        ox_make, ox_draw, "Oxenridge Police Department, WI [invented]",
        "daily incident log with endnotes", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"],
        "Landscape table: Line (running 1..N, not an id), Case No. (OX25-NNNNN), Date, Time (HHMM; "
        "reported_at joins them with a space), Call Type, Address, Disposition [a], Notes [b]. Notes holds "
        "bracketed endnote numbers. The last page is ENDNOTES: '[n]' in the Line column, then the case "
        "number(s) the note is about in the Case No. column (one to three ids, comma-joined) or 'Line NN' "
        "(a reference by line number), then the note text with State Patrol cases WSP 25-NNNNN, bookings "
        "OXB-25-NNNN, citations WINNNNNNN, fire runs OXF-25-NNNN (related numbers). Endnote lines "
        "restate ids where rows print them but are not records. Ends 'Entries: N     Endnotes: M' before "
        "the endnotes page; column-title notes [a] [b] explained at every page foot.",
        "rows counted from the generator; 'Entries:' equals record_count")
    one_agency(
        "saltcote-state-university-dps", 3,
        [("scsu-safety-report-2025-09.pdf", days_of(9, 1, 30), "September 2025", 44, 512),
         ("scsu-safety-report-2025-10.pdf", days_of(10, 1, 31), "October 2025", 51, 556)],
        sc_make, sc_draw, "Saltcote State University Department of Public Safety [invented]",
        "monthly report to the campus safety committee, case details in endnotes", "free text",
        ["case_number", "reported_at", "type", "location", "disposition"],
        "Prose report: an introduction giving the month's count, then category headings with counts "
        "('Thefts and property damage (9)'); each incident is a paragraph opening with its type in bold "
        "and ending with a raised endnote number glued to the last word; some paragraphs hold two "
        "incidents (two endnote numbers; both records take the paragraph's type). The case number "
        "(SC-25-NNNN), the report time, place and disposition are printed ONLY in the numbered Notes at the "
        "end ('12. SC-25-0441; reported 09/03/2025 22:14; Harrow Hall; Closed.'), which also hold city "
        "police cases SPD 25-NNNNN, earlier cases of the same series and county bookings (related). Some "
        "notes are not incidents (note 1 on classifications, notes on ambulance runs). The document is "
        "ordered by category, so the ids are not in ascending order.",
        "incidents counted from the generator; the introduction's count equals record_count")
    one_agency(
        "quarrendon-county-ks-so", 4,
        [("qcso-call-abstracts-2025-10-20-26.pdf", days_of(10, 20, 26), "October 20-26, 2025", 58, 2207)],
        qc_make, qc_draw, "Quarrendon County Sheriff's Office, KS [invented]",
        "call abstracts with per-page notes and code key", "labelled blocks",
        ["case_number", "reported_at", "type", "location", "disposition"],
        "Six ruled blocks a page: 'Incident No.' (QC25-NNNNN) and 'Received' on one line, 'Call Type' (a "
        "ten-code as printed, e.g. 10-50) and 'Unit', then Location, Disposition (a three-letter code), "
        "Remarks. Bracketed note markers [n] after Location or Disposition values are numbered afresh on "
        "every page; the notes sit at the page foot ('[1] Referred to the Highway Patrol, case KHP "
        "25-NNNNN.', bookings QCJ-NNNNN-NN: related). Four blocks read 'Incident No.  pending [k]': their "
        "number was assigned after printing and is given only in the page-foot note ('Number assigned after "
        "this abstract was printed: QC25-NNNNN.'), out of sequence. Under the notes, a 'CODES ON THIS PAGE' "
        "key lists only the call-type and disposition codes used on that page. Ends 'Abstracts this period: "
        "N'.",
        "blocks counted from the generator; 'Abstracts this period' equals record_count")
    one_agency(
        "fernbrake-nm-pd", 5,
        [("fbpd-shift-narrative-2025-10-13-19.pdf", days_of(10, 13, 19), "October 13-19, 2025", 47, 10398),
         ("fbpd-shift-narrative-2025-10-20-26.pdf", days_of(10, 20, 26), "October 20-26, 2025", 53, 10445)],
        fb_make, fb_draw, "Fernbrake Police Department, NM [invented]",
        "patrol shift narrative with margin notes", "free text",
        ["case_number", "reported_at", "type", "location", "disposition"],
        "Day headings 'MONDAY, 10/13/2025'; each entry is a paragraph 'HHMM  FB25-NNNNN  Type at 1400 "
        "block of Street. narrative. Disposition.' in a left column 330 pt wide (reported_at joins the "
        "heading's date and the time). A raised letter (a, b, c..., restarting each page) glued to the last "
        "word points to a side note printed in the right margin, starting on that line; a side note longer "
        "than the rest of its entry runs down beside the next entry, and pdftotext prints it at the end of "
        "the next entry's lines. Side notes hold bookings FBJ-25-NNNN, citations FBCNNNNNN and state police "
        "cases NMSP 25-NNNNNN (related). Ends 'Entries with case numbers: N'.",
        "entries counted from the generator; 'Entries with case numbers' equals record_count")


if __name__ == "__main__":
    main()
