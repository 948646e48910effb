"""Generate the fifty-ninth held-out set of incident-log PDFs and their ground truth.

Five small departments that type their logs in word processors and desktop publishing:
a tab-stop call log with dot leaders whose column order and date style drift between months;
a word-processor grid whose offence cell is a bulleted list, ended by a bulleted offence summary;
labelled blocks in rounded text boxes with bold run-in labels whose wording and order drift;
a two-column newsletter "Police Notes" whose entries flow over column and page breaks;
bulleted shift notes under day headings with nested follow-up sub-bullets that cite earlier cases.
Every agency, place and record is invented; no person is named. Output is deterministic: fixed
seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs59/make_blind_logs59.py [OUT_DIR]
"""

import datetime
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
SEED = 20265959
STREETS = ["Alder", "Brookvale", "Cobb", "Dunmore", "Everly", "Foxhall", "Granger", "Hatchet", "Ingram",
           "Jessup", "Kettle", "Larkspur", "Millrace", "Nettle", "Orchard", "Peabody", "Quill", "Rowan",
           "Sumner", "Tolland", "Upham", "Vesper", "Winslow"]
SUFFIX = ["St", "Ave", "Rd", "Ln", "Dr", "Ct"]
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
    return f"{r.randint(1, 48) * 100 + r.randint(0, 99)} {street(r)}"


def block(r):
    return f"{r.randint(1, 48) * 100} block of {street(r)}"


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


def dt(d, h, m):
    return datetime.datetime(*d, h, m)


def ampm(h, m):
    return f"{(h % 12) or 12}:{m:02d} {'AM' if h < 12 else 'PM'}"


# ---------------------------------------------------------------- A: Harlow Creek tab-stop call log

HC_TYPES = ["Animal Complaint", "Theft", "Suspicious Vehicle", "Welfare Check", "Traffic Stop", "Noise",
            "Lockout", "Criminal Damage", "Domestic Disturbance", "Alarm", "Trespass", "Found Property",
            "Civil Standby", "Motorist Assist"]
HC_DISP = ["Report", "Advised", "Gone on arrival", "Unfounded", "Cited", "Arrest", "Assisted", "Warning"]


def hc_records(r, days, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), ids_in_series(r, n, start)):
        t = dt(d, h, m)
        rec = {"case_number": f"25-{k:04d}", "type": r.choice(HC_TYPES), "location": addr(r),
               "disposition": r.choice(HC_DISP), "related": [], "note": "",
               "_d": t}
        if rec["disposition"] == "Cited":
            num = f"HC{r.randint(100000, 999999)}"
            rec["note"] = f"Note: driver cited, citation no. {num}; released at scene."
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "Arrest":
            num = f"B25-{r.randint(1000, 9999)}"
            rec["note"] = f"Note: one adult taken to Loomis County Jail, booking {num}."
            rec["related"].append(("booking_number", num))
        elif r.random() < 0.1:
            num = f"LCSO 25-{r.randint(10000, 99999)}"
            rec["note"] = f"Note: county deputies also responded and wrote their own report ({num})."
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    return recs


def hc_fields(rec, drift):
    t = rec["_d"]
    if drift:
        rec["reported_at"] = f"{t.strftime('%b')} {t.day}, 2025 {t.strftime('%H%M')}"
        return [t.strftime("%b ") + f"{t.day}, 2025", t.strftime("%H%M"), rec["type"], rec["location"],
                rec["disposition"], rec["case_number"]]
    rec["reported_at"] = t.strftime("%m/%d/%Y %H%M")
    return [t.strftime("%m/%d/%Y"), t.strftime("%H%M"), rec["case_number"], rec["type"], rec["location"],
            rec["disposition"]]


def leader(c, x0, x1, y):
    """Tab leader dots from x0 to x1, as a word processor fills a tab."""
    n = int((x1 - x0) / 3.2)
    if n > 2:
        c.drawString(x0, y, "." * n)


def draw_hc(path, recs, label, pages):
    drift = label.startswith("November")
    c = new_canvas(path)
    if drift:
        tabs = [40, 112, 150, 262, 400, 488]
        heads = ["Date", "Time", "Nature of Call", "Location", "Disposition", "Call No."]
    else:
        tabs = [40, 104, 140, 196, 318, 456]
        heads = ["Date", "Time", "Case No.", "Nature of Call", "Location", "Disposition"]
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Times-Bold", 14)
        c.drawCentredString(W / 2, H - 48, "Harlow Creek Police Department")
        c.setFont("Times-Roman", 10)
        c.drawCentredString(W / 2, H - 62, f"Call Log for {label}")
        c.drawCentredString(W / 2, H - 74, "218 Depot Street  *  Harlow Creek  *  (620) 555-0137")
        c.setFont("Times-BoldItalic" if drift else "Times-Bold", 9.5)
        for x, t in zip(tabs, heads):
            c.drawString(x, H - 98, t)
        c.setLineWidth(1.2 if drift else 0.6)
        c.line(40, H - 102, W - 40, H - 102)
        c.setFont("Times-Italic", 8)
        c.drawCentredString(W / 2, 30, f"- {page[0]} -")
        return H - 118

    y = head()
    font = "Times-Roman"
    for rec in recs:
        vals = hc_fields(rec, drift)
        need = 13 + (11 if rec["note"] else 0)
        if y - need < 50:
            c.showPage()
            y = head()
        c.setFont(font, 9.5)
        for i, (x, v) in enumerate(zip(tabs, vals)):
            c.drawString(x, y, v)
            if i + 1 < len(tabs):
                end = x + c.stringWidth(v, font, 9.5) + 3
                leader(c, end, tabs[i + 1] - 4, y)
        y -= 13
        if rec["note"]:
            c.setFont("Times-Italic", 8.5)
            c.drawString(tabs[2] + 12, y + 1, rec["note"])
            y -= 11
    counts = {}
    for rec in recs:
        counts[rec["disposition"]] = counts.get(rec["disposition"], 0) + 1
    if y - 80 < 50:
        c.showPage()
        y = head()
    y -= 10
    c.setFont("Times-Bold", 9.5)
    lines = [("Total calls logged", len(recs)), ("Reports written", counts.get("Report", 0)),
             ("Citations", counts.get("Cited", 0)), ("Arrests", counts.get("Arrest", 0))]
    for t, k in lines:
        c.drawString(tabs[0], y, t)
        leader(c, tabs[0] + c.stringWidth(t, "Times-Bold", 9.5) + 3, tabs[2] - 4, y)
        c.drawString(tabs[2], y, str(k))
        y -= 13
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- B: Pell Ferry word-processor grid

PF_OFF = ["Theft", "Trespass", "Criminal Mischief", "Disorderly Conduct", "Assault", "Burglary",
          "Operating Under the Influence", "Criminal Threatening", "Harassment", "Possession of Drugs",
          "Unlawful Use of a Vehicle", "Violation of Conditions of Release"]
PF_ACT = ["Report taken", "Summons issued", "Arrested", "Warned", "Referred to DA", "Under investigation",
          "Referred to Sheriff", "Closed"]


def pf_records(r, days, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), ids_in_series(r, n, start)):
        offs = r.sample(PF_OFF, r.choice((1, 1, 1, 2, 2, 3)))
        rec = {"case_number": f"PF-25-{k:04d}", "reported_at": dt(d, h, m).strftime("%m/%d/%Y %H:%M"),
               "type": offs if len(offs) > 1 else offs[0], "location": addr(r), "disposition": r.choice(PF_ACT),
               "related": []}
        if rec["disposition"] == "Summons issued":
            num = f"S{r.randint(1000000, 9999999)}"
            rec["disposition"] = f"Summons issued, no. {num}"
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "Referred to Sheriff":
            num = f"SO#25-{r.randint(1000, 9999)}"
            rec["disposition"] = f"Referred to Sheriff ({num})"
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    return recs


def draw_pf(path, recs, label, pages):
    c = new_canvas(path)
    xs = [36, 106, 176, 338, 460, W - 36]
    heads = ["Report #", "Received", "Offense(s)", "Address", "Officer Action"]
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 13)
        c.drawString(36, H - 44, "PELL FERRY POLICE DEPARTMENT")
        c.setFont("Helvetica", 9)
        c.drawString(36, H - 57, f"Weekly Activity Report  |  {label}")
        c.drawRightString(W - 36, H - 57, "Dispatch (207) 555-0168")
        top = H - 70
        c.setFillGray(0.85)
        c.rect(xs[0], top - 16, xs[-1] - xs[0], 16, stroke=1, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 8.5)
        for x, t in zip(xs, heads):
            c.drawString(x + 4, top - 11, t)
        c.setFont("Helvetica", 7.5)
        c.drawRightString(W - 36, 28, f"Page {page[0]}")
        return top - 16

    def grid(y0, y1):
        c.line(xs[0], y1, xs[-1], y1)
        for x in xs:
            c.line(x, y0, x, y1)

    y = head()
    for rec in recs:
        offs = rec["type"] if isinstance(rec["type"], list) else [rec["type"]]
        off_lines = []
        for o in offs:
            parts = wrap(o, "Helvetica", 8, xs[3] - xs[2] - 18)
            off_lines += [("\u2022 " if j == 0 else "   ") + p for j, p in enumerate(parts)]
        addr_l = wrap(rec["location"], "Helvetica", 8, xs[4] - xs[3] - 8)
        act_l = wrap(rec["disposition"], "Helvetica", 8, xs[5] - xs[4] - 8)
        n = max(len(off_lines), len(addr_l), len(act_l), 1)
        hgt = 10 * n + 5
        if y - hgt < 48:
            c.showPage()
            y = head()
        base = y - 10
        c.setFont("Helvetica", 8)
        c.drawString(xs[0] + 4, base, rec["case_number"])
        c.drawString(xs[1] + 4, base, rec["reported_at"])
        for col, lines in ((2, off_lines), (3, addr_l), (4, act_l)):
            for j, t in enumerate(lines):
                c.drawString(xs[col] + 4, base - 10 * j, t)
        grid(y, y - hgt)
        y -= hgt
    if y - 16 < 48:
        c.showPage()
        y = head()
    c.setFont("Helvetica-Bold", 8)
    c.drawString(xs[0] + 4, y - 11, "TOTAL")
    c.drawString(xs[1] + 4, y - 11, f"{len(recs)} reports")
    grid(y, y - 16)
    y -= 16
    counts = {}
    for rec in recs:
        for o in rec["type"] if isinstance(rec["type"], list) else [rec["type"]]:
            counts[o] = counts.get(o, 0) + 1
    if y - 12 * (len(counts) + 3) < 48:
        c.showPage()
        y = head()
    y -= 24
    c.setFont("Helvetica-Bold", 9)
    c.drawString(xs[0], y, "Offenses this week")
    c.setFont("Helvetica", 8)
    for o, k in sorted(counts.items()):
        y -= 11
        c.drawString(xs[0] + 8, y, f"\u2022 {o}")
        c.drawRightString(xs[3], y, str(k))
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- C: Wrenfield text boxes

WF_TYPES = ["Vandalism", "Larceny", "Suspicious Activity", "Motor Vehicle Crash", "Family Fight",
            "Fraud", "Noise Complaint", "Lost Dog", "Unlawful Mischief", "Retail Theft", "Burglary",
            "Juvenile Problem"]
WF_DISP = ["Closed", "Open - investigating", "Referred to VSP", "Ticket issued", "Lodged", "Mediated"]
WF_LABELS = [  # drifting wording of the same labels, as typed month by month
    {"id": "Case #:", "when": "Date/Time:", "what": "Incident:", "where": "Location:", "out": "Outcome:",
     "note": "Details:"},
    {"id": "Report No.", "when": "Reported:", "what": "Type:", "where": "Where:", "out": "Status:",
     "note": "Narrative:"},
]


def wf_records(r, days, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), ids_in_series(r, n, start)):
        rec = {"case_number": f"WF25-{k:04d}", "reported_at": dt(d, h, m).strftime("%m/%d/%Y %I:%M %p"),
               "type": r.choice(WF_TYPES), "location": addr(r), "disposition": r.choice(WF_DISP),
               "related": [], "order": r.random() < 0.35}
        s = {"Vandalism": "Paint was sprayed on a fence along the road.",
             "Larceny": "A power washer was taken from an open garage.",
             "Motor Vehicle Crash": "Two cars collided at low speed with no injuries."}.get(
            rec["type"], "The caller was spoken to and the area was checked.")
        if rec["disposition"] == "Ticket issued":
            num = f"VCV {r.randint(1000000, 9999999)}"
            s += f" Civil ticket {num} was issued."
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "Referred to VSP":
            num = f"25B{r.randint(100000, 999999)}"
            s += f" State Police took the case as {num}."
            rec["related"].append(("other_agency_case", num))
        elif rec["disposition"] == "Lodged":
            num = f"NW-{r.randint(10000, 99999)}"
            s += f" One adult lodged at the regional facility, booking {num}."
            rec["related"].append(("booking_number", num))
        rec["summary"] = s
        recs.append(rec)
    return recs


def draw_wf(path, recs, label, pages):
    lab = WF_LABELS[1 if label.startswith("October") else 0]
    c = new_canvas(path)
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 15)
        c.drawString(54, H - 50, "Wrenfield Police")
        c.setFont("Helvetica-Oblique", 10)
        c.drawString(54, H - 64, f"Incident Log - {label}")
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 54, H - 50, "Town Office (802) 555-0119")
        c.drawRightString(W - 54, 30, f"{page[0]}")
        return H - 84

    y = head()
    for rec in recs:
        pairs = [(lab["id"], rec["case_number"]), (lab["when"], rec["reported_at"])]
        if rec["order"]:
            pairs.reverse()
        pairs += [(lab["what"], rec["type"]), (lab["where"], rec["location"])]
        body = []
        for lb, v in pairs:
            body.append((lb, [v]))
        body.append((lab["note"], wrap(rec["summary"], "Helvetica", 8.5, 380)))
        body.append((lab["out"], [rec["disposition"]]))
        nlines = sum(len(v) for _, v in body)
        hgt = 11 * nlines + 12
        if y - hgt < 48:
            c.showPage()
            y = head()
        c.setLineWidth(0.7)
        c.roundRect(54, y - hgt, W - 108, hgt, 6, stroke=1, fill=0)
        ty = y - 13
        for lb, vals in body:
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(64, ty, lb)
            x = 64 + c.stringWidth(lb, "Helvetica-Bold", 8.5) + 5
            c.setFont("Helvetica", 8.5)
            for j, v in enumerate(vals):
                c.drawString(x if j == 0 else 140, ty, v)
                ty -= 11
        y -= hgt + 14
    if y - 30 < 48:
        c.showPage()
        y = head()
    c.setFont("Helvetica-Bold", 9)
    c.drawString(54, y - 12, f"{len(recs)} entries this month.")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- D: Ostrander newsletter Police Notes

OS_TYPES = ["Theft", "Suspicious person", "Loose cattle", "Fraud", "Burglary", "Vandalism", "Assault",
            "Noise", "Crash", "Fire alarm", "Trespassing", "Harassment"]
OS_STORY = ["A caller said a trailer hitch was taken overnight.", "Officers checked the area and found nothing.",
            "A resident reported a scam call asking for gift cards.", "A window was broken at a shed.",
            "A driver struck a mailbox and left the scene.", "Two neighbors argued over a fence line.",
            "Cattle were returned to their pasture by the owner."]
OS_DISP = ["Report taken.", "No further action.", "Advised.", "Driver cited.", "One arrested.",
           "Referred to the sheriff."]


def os_records(r, days, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), ids_in_series(r, n, start)):
        t = dt(d, h, m)
        hh = f"{(h % 12) or 12}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}"
        rec = {"case_number": f"25-{k:05d}", "reported_at": f"{t.strftime('%a')}., {t.strftime('%b')}. {t.day}, {hh}",
               "type": r.choice(OS_TYPES), "location": block(r), "summary": r.choice(OS_STORY),
               "disposition": r.choice(OS_DISP), "related": []}
        if rec["disposition"] == "Driver cited.":
            num = f"MN{r.randint(10000000, 99999999)}"
            rec["disposition"] = f"Driver cited, citation {num}."
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "Referred to the sheriff.":
            num = f"FCSO-25-{r.randint(1000, 9999)}"
            rec["disposition"] = f"Referred to the sheriff ({num})."
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    return recs


def draw_os(path, recs, label, pages):
    c = new_canvas(path)
    colx, colw = [40, 318], 254
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Times-Bold", 20)
        c.drawCentredString(W / 2, H - 46, "The Ostrander Crier")
        c.setFont("Times-Italic", 9)
        c.drawCentredString(W / 2, H - 58, f"City of Ostrander monthly newsletter  -  {label}  -  page {page[0]}")
        c.line(40, H - 64, W - 40, H - 64)
        top = H - 84
        if page[0] == 1:
            c.setFont("Times-Bold", 14)
            c.drawString(40, top, "POLICE NOTES")
            c.setFont("Times-Italic", 8.5)
            c.drawString(40, top - 11, "Calls handled by Ostrander PD (507) 555-0183. Numbers in parentheses")
            c.drawString(40, top - 21, "are case numbers.")
            return [top - 38, top]
        return [top, top]

    tops = head()
    col, y = 0, tops[0]
    lead = 10.5
    for rec in recs:
        head_txt = f"{rec['reported_at']} -"
        body = f"{rec['type']}, {rec['location']}. {rec['summary']} {rec['disposition']} ({rec['case_number']})"
        first_w = colw - c.stringWidth(head_txt + " ", "Times-Bold", 9)
        words, lines, cur, width = body.split(), [], "", first_w
        for wd in words:
            cand = (cur + " " + wd).strip()
            if c.stringWidth(cand, "Times-Roman", 9) > width:
                lines.append(cur)
                cur, width = wd, colw
            else:
                cur = cand
        lines.append(cur)
        for j, t in enumerate(lines):
            if y < 50:
                col += 1
                if col == 2:
                    c.showPage()
                    tops = head()
                    col = 0
                y = tops[col]
            x = colx[col]
            if j == 0:
                c.setFont("Times-Bold", 9)
                c.drawString(x, y, head_txt)
                x += c.stringWidth(head_txt + " ", "Times-Bold", 9)
            c.setFont("Times-Roman", 9)
            c.drawString(x, y, t)
            y -= lead
        y -= 5
    if y < 80:
        col += 1
        if col == 2:
            c.showPage()
            tops = head()
            col = 0
        y = tops[col]
    c.rect(colx[col], y - 34, colw, 30)
    c.setFont("Times-Bold", 9)
    c.drawString(colx[col] + 6, y - 16, f"By the numbers: {len(recs)} calls this month")
    c.setFont("Times-Roman", 8.5)
    c.drawString(colx[col] + 6, y - 28, "Reports filed at City Hall, 40 Mill St.")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- E: Bexley Mills bulleted shift notes

BM_TYPES = ["Larceny", "Breaking and entering", "Hit and run", "Suspicious vehicle", "Communicating threats",
            "Simple assault", "Damage to property", "Welfare check", "Shoplifting", "Stolen vehicle",
            "Domestic call", "Loud music"]
BM_SUM = ["Officer spoke with the caller and took a statement.", "Area was checked by two units.",
          "Video was requested from the store.", "The owner was notified by phone.",
          "Both parties were separated for the night."]
BM_DISP = ["report taken", "no report", "warrant served", "citation issued", "arrest made", "unfounded"]


def bm_records(r, days, n, start):
    recs = []
    for (d, h, m), k in zip(day_times(r, days, n), ids_in_series(r, n, start)):
        rec = {"case_number": f"25-{k:04d}", "_d": dt(d, h, m), "type": r.choice(BM_TYPES),
               "location": block(r), "summary": r.choice(BM_SUM), "disposition": r.choice(BM_DISP),
               "related": [], "subs": []}
        if rec["disposition"] == "citation issued":
            num = f"E{r.randint(1000000, 9999999)}"
            rec["subs"].append(f"Citation {num} written for the driver.")
            rec["related"].append(("citation", num))
        if rec["disposition"] == "arrest made":
            num = f"BMJ-{r.randint(10000, 99999)}"
            rec["subs"].append(f"Arrestee booked at the county detention center, booking {num}.")
            rec["related"].append(("booking_number", num))
        if recs and r.random() < 0.15:
            prior = r.choice(recs)["case_number"]
            rec["subs"].append(f"Follow-up on Case {prior}: same suspect described.")
            rec["related"].append(("earlier_case_cited", prior))
        recs.append(rec)
    return recs


def draw_bm(path, recs, label, pages):
    drift = label.startswith("October 20")
    c = new_canvas(path)
    page = [0]

    def head():
        page[0] += 1
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, H - 46, "BEXLEY MILLS POLICE DEPARTMENT")
        c.setFont("Helvetica", 9)
        c.drawString(50, H - 59, f"Shift Notes, {label}")
        c.drawRightString(W - 50, H - 59, "Non-emergency (336) 555-0191")
        c.drawCentredString(W / 2, 28, f"Page {page[0]} of {pages or 0}")
        return H - 84

    y = head()
    day = None
    for rec in recs:
        t = rec["_d"]
        tm = ampm(t.hour, t.minute) if drift else t.strftime("%H%M") + " hrs"
        rec["reported_at"] = f"{t.strftime('%A, %B')} {t.day}, 2025 {tm}"
        text = (f"{tm} - {rec['type']}, {rec['location']}. {rec['summary']} "
                f"Case {rec['case_number']}, {rec['disposition']}.")
        lines = wrap(text, "Helvetica", 9, W - 100 - 14)
        subs = [wrap(s, "Helvetica", 8.5, W - 100 - 40) for s in rec["subs"]]
        need = 11 * len(lines) + sum(10.5 * len(s) for s in subs) + (30 if t.date() != day else 0)
        if y - need < 50:
            c.showPage()
            y = head()
        if t.date() != day:
            day = t.date()
            y -= 6
            c.setFont("Helvetica-Bold", 10)
            c.drawString(50, y, (t.strftime("%A, %B ") + f"{t.day}, 2025").upper())
            y -= 16
        c.setFont("Helvetica", 9)
        c.drawString(56, y, "\u2022")
        for ln in lines:
            c.drawString(68, y, ln)
            y -= 11
        for s in subs:
            c.setFont("Helvetica", 8.5)
            c.drawString(84, y, "\u2013")
            for ln in s:
                c.drawString(94, y, ln)
                y -= 10.5
        y -= 3
    if y - 30 < 50:
        c.showPage()
        y = head()
    c.setFont("Helvetica-Bold", 9)
    c.drawString(50, y - 14, f"End of notes. Incidents this period: {len(recs)}")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------- ground truth

SAMPLE_KEYS = ["case_number", "reported_at", "type", "location", "summary", "disposition"]


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    related = [{"record": rec["case_number"], "kind": kind, "number": num}
               for rec in recs for kind, num in rec["related"]]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in SAMPLE_KEYS if k in fields and recs[i].get(k)}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs59.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs59.py) from the records it drew; "
                               "checked by check_blind_logs59.py against `pdftotext` text",
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
    "hc": ("Hand-typed monthly call log: one line per call, fields set at word-processor TAB STOPS with "
           "DOT LEADERS ('.....') filling the gaps, no ruling except under the column titles. The layout "
           "DRIFTS between months: October reads Date (MM/DD/YYYY), Time (HHMM), Case No. (25-NNNN, the id), "
           "Nature of Call, Location, Disposition; November moves the id to the LAST column (titled 'Call "
           "No.'), prints the date as 'Nov 3, 2025' and italic column titles. reported_at joins date and "
           "time as printed. Some calls have an indented italic 'Note:' line under them citing a citation "
           "(HCNNNNNN), a county jail booking (B25-NNNN) or a county sheriff case (LCSO 25-NNNNN): related, "
           "not ids. Ends with leader-dotted totals ('Total calls logged ..... N', 'Reports written', "
           "'Citations', 'Arrests') printed at the same tab stops as the rows: not records.",
           "lines counted from the generator; 'Total calls logged' equals record_count"),
    "pf": ("Word-processor table with full grid rules and a grey header row repeated per page: Report # "
           "(PF-25-NNNN, the id), Received (MM/DD/YYYY HH:MM), Offense(s) as a BULLETED LIST inside the cell "
           "(one to three offences per record: a list in type; long offences wrap under the bullet), Address, "
           "Officer Action (disposition; 'Summons issued, no. SNNNNNNN' and 'Referred to Sheriff (SO#25-NNNN)' "
           "are related, not ids). After the last row a 'TOTAL | N reports' row inside the grid, then an "
           "'Offenses this week' bulleted list with counts that reuses the offence words and bullets of the "
           "cells: not records.",
           "rows counted from the generator; the TOTAL row equals record_count"),
    "wf": ("Labelled blocks, one per incident, each inside a ROUNDED TEXT BOX, with bold run-in labels and "
           "the value right after the label. The label WORDING DRIFTS by month (September: 'Case #:', "
           "'Date/Time:', 'Incident:', 'Location:', 'Details:', 'Outcome:'; October: 'Report No.', 'Reported:', "
           "'Type:', 'Where:', 'Narrative:', 'Status:') and the ORDER drifts by record: in about a third of "
           "the boxes the date line comes before the id line. Id WF25-NNNN; reported_at 'MM/DD/YYYY HH:MM AM'. "
           "The narrative wraps to a second line under the value column and can cite a civil ticket "
           "(VCV NNNNNNN), a State Police case (25BNNNNNN) or a booking (NW-NNNNN): related, not ids. "
           "Ends 'N entries this month.'",
           "boxes counted from the generator; the closing count equals record_count"),
    "os": ("Town NEWSLETTER 'Police Notes' set in TWO COLUMNS in Times: entries flow down the left column, "
           "then the right, then the next page, and an entry is SPLIT wherever a column or page ends (its "
           "tail continues at the top of the next column). `pdftotext -layout` puts left- and right-column "
           "lines side by side on one text line; reading order is column by column. Each entry is a run-in "
           "paragraph: bold 'Tue., Oct. 14, 9:12 p.m. -' (reported_at as printed, NO year; the masthead says "
           "October 2025), then 'Type, 1200 block of Street St.', a sentence, the outcome (disposition; "
           "'Driver cited, citation MNNNNNNNNN.' and 'Referred to the sheriff (FCSO-25-NNNN).' are related) "
           "and the id LAST in parentheses '(25-NNNNN)'. A boxed 'By the numbers: N calls this month' ends it.",
           "entries counted from the generator; the 'By the numbers' box equals record_count"),
    "bm": ("Bulleted SHIFT NOTES under upper-case day headings ('MONDAY, OCTOBER 13, 2025', printed only when "
           "the day changes). One top-level bullet per incident: time, ' - ', type, ', ', location ('1400 "
           "block of ...'), '.', a sentence, then 'Case 25-NNNN, disposition.' (the id INSIDE the last "
           "sentence, not at the start). Nested SUB-BULLETS (en dash, indented) under some incidents are NOT "
           "records: they cite a citation (ENNNNNNN), a booking (BMJ-NNNNN) or an EARLIER case of the same "
           "series ('Follow-up on Case 25-NNNN': earlier_case_cited, printed again). The time style DRIFTS: "
           "the first week prints '0815 hrs', the second '8:15 AM'. reported_at joins the heading date and "
           "the time as printed ('Monday, October 13, 2025 0815 hrs'; the heading itself is in capitals). "
           "Ends 'End of notes. Incidents this period: N'; footer 'Page n of N'.",
           "bullets counted from the generator; 'Incidents this period' equals record_count"),
}


def main():
    one_agency(
        "harlow-creek-ks-pd", 1,
        [("hcpd-call-log-2025-10.pdf", days(10, 1, 31), "October 2025", 64, 1180),
         ("hcpd-call-log-2025-11.pdf", days(11, 1, 30), "November 2025", 57, 1290)],
        hc_records, draw_hc, "Harlow Creek Police Department, KS [invented]",
        "monthly call log (tab stops with dot leaders; columns drift between months)", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["hc"])
    one_agency(
        "pell-ferry-me-pd", 2,
        [("pfpd-weekly-activity-2025-10-13-19.pdf", days(10, 13, 19), "October 13 - 19, 2025", 88, 2410)],
        pf_records, draw_pf, "Pell Ferry Police Department, ME [invented]",
        "weekly activity report (word-processor grid, bulleted offences)", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["pf"])
    one_agency(
        "wrenfield-vt-pd", 3,
        [("wfpd-incident-log-2025-09.pdf", days(9, 1, 30), "September 2025", 46, 300),
         ("wfpd-incident-log-2025-10.pdf", days(10, 1, 31), "October 2025", 53, 380)],
        wf_records, draw_wf, "Wrenfield Police, VT [invented]",
        "monthly incident log (labelled blocks in text boxes, drifting labels)", "labelled blocks",
        ["case_number", "reported_at", "type", "location", "summary", "disposition"], *NOTES["wf"])
    one_agency(
        "ostrander-mn-pd", 4,
        [("ostrander-crier-police-notes-2025-10.pdf", days(10, 1, 31), "October 2025", 74, 1520)],
        os_records, draw_os, "Ostrander Police Department, MN [invented]",
        "newsletter police notes (two-column flow)", "free text",
        ["case_number", "reported_at", "type", "location", "summary", "disposition"], *NOTES["os"])
    one_agency(
        "bexley-mills-nc-pd", 5,
        [("bmpd-shift-notes-2025-10-13-19.pdf", days(10, 13, 19), "October 13 - 19, 2025", 52, 3300),
         ("bmpd-shift-notes-2025-10-20-26.pdf", days(10, 20, 26), "October 20 - 26, 2025", 61, 3420)],
        bm_records, draw_bm, "Bexley Mills Police Department, NC [invented]",
        "weekly shift notes (bullets with nested follow-ups)", "free text",
        ["case_number", "reported_at", "type", "location", "summary", "disposition"], *NOTES["bm"])


if __name__ == "__main__":
    main()
