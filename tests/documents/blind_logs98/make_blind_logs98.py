"""Generate a held-out set of incident logs typed in word processors and published as PDF.

Five layouts: a town weekly log of tab-aligned columns whose tab stops change from day to day (an
overlong field pushes the rest of its row to later stops, an overlong row wraps to the left margin);
a sheriff's shift summary in justified, auto-hyphenated paragraphs, where case numbers are broken
across lines at their hyphens; a university crime log of labelled blocks pasted together from five
weekly files, each week in its own template, with document numbers shaped like case numbers; a
records memo with a CAD listing pasted into it as plain text in a proportional font, wrapped lines
and the CAD's own page headers inside; a ruled word-processor table under a controlled-document
footer, with change-bar marks and a revision history that cites ids. Every agency, place and
record is invented; no person is named. Output is deterministic: fixed seeds, reportlab invariant
mode. Run:
    python tests/documents/blind_logs98/make_blind_logs98.py [OUT_DIR]
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
SEED = 20261198
W, H = letter
LM, RM, TOP, BOT = 54, 558, 738, 60
STREETS = ["Alder", "Brookfield", "Cotter", "Dunlin", "Elmore", "Fairhaven", "Garnet", "Hollister", "Ivel",
           "Juniper", "Kingsbury", "Lanark", "Marlowe", "Northgate", "Osprey", "Pemberton", "Quarry",
           "Ridgeway", "Saltonstall", "Tamworth", "Underhill", "Vantage", "Westerly"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Way", "Ct", "Blvd"]
TYPES = ["Burglary", "Theft from vehicle", "Criminal mischief", "Disorderly conduct", "Suspicious person",
         "Welfare check", "Domestic disturbance", "Assault", "Fraud", "Trespass", "Harassment",
         "Shoplifting", "Vehicle crash with injury", "Noise complaint", "Found property", "Stolen vehicle",
         "Drug violation", "Identity theft", "Vandalism", "Missing person"]
LONG_TYPES = ["Theft of motor vehicle parts (catalytic converter)", "Violation of protective order (civil)",
              "Unauthorized use of a motor vehicle", "Fraudulent use of a credit card (online)"]
DISPS = ["Report taken", "Closed", "Unfounded", "Arrest", "Citation issued", "Referred", "Pending investigation",
         "Gone on arrival", "Advised", "Report taken", "Closed"]


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


def addr(r):
    return f"{r.randint(1, 89) * 100 + r.randint(0, 99)} {r.choice(STREETS)} {r.choice(SUFFIX)}"


def day_times(r, days, n):
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    return [(days[m // 1440], (m % 1440) // 60, m % 60) for m in mins]


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


def mdy(d):
    return f"{d[1]:02d}/{d[2]:02d}/{d[0]}"


def long_day(d):
    return datetime.date(*d).strftime("%A, %B %-d, %Y")


def base(r, dlist, n, fmt, start, step=(1, 1, 1, 2)):
    recs, k = [], start
    for d, h, m in day_times(r, dlist, n):
        k += r.choice(step)
        recs.append({"case_number": fmt.format(k), "day": d, "hm": (h, m), "type": r.choice(TYPES),
                     "location": addr(r), "disp": r.choice(DISPS), "related": []})
    return recs


class Pager:
    """Pages with a running header and footer; page total known on the second pass."""

    def __init__(self, path, total, head, foot, top=TOP):
        self.c, self.total, self.head, self.foot, self.top = new_canvas(path), total, head, foot, top
        self.n = 0
        self.start()

    def start(self):
        self.n += 1
        self.head(self.c, self)
        self.y = self.top

    def need(self, h):
        if self.y - h < BOT:
            self.end()
            self.start()

    def end(self):
        self.foot(self.c, self)
        self.c.showPage()

    def close(self):
        self.end()
        self.c.save()
        return self.n


def of_total(p):
    return f"Page {p.n} of {p.total or 0}"


# ---------------------------------------------------------------- A: Tollerby tab-aligned weekly log

STOPS = {1: ([0, 64, 112, 142, 262, 392], [0, 58, 104, 136, 250, 380]),
         2: ([0, 70, 122, 152, 278, 404], [0, 66, 116, 158, 270, 398])}
TL_TITLES = ["Case No.", "Date", "Time", "Incident", "Location", "Disposition"]
TL_PLACES = ["Tollerby Commons Shopping Center, 2200 Marlowe Ave", "Riverside Park pavilion, 40 Osprey Ln",
             "Tollerby Middle School parking lot, 915 Garnet St", "Northgate Apartments, 3310 Northgate Blvd"]


def tl_records(r, dlist, n, start, week):
    recs = base(r, dlist, n, "TL25-{:05d}", start)
    for rec in recs:
        d, (h, m) = rec["day"], rec["hm"]
        if week == 1:
            rec["date_p"], rec["time_p"] = mdy(d), f"{h:02d}{m:02d}"
        else:
            rec["date_p"], rec["time_p"] = f"{d[1]:02d}/{d[2]:02d}/25", f"{h:02d}:{m:02d}"
        rec["reported_at"] = f"{rec['date_p']} {rec['time_p']}"
        if r.random() < 0.1:
            rec["type"] = r.choice(LONG_TYPES)
        if r.random() < 0.08:
            rec["location"] = r.choice(TL_PLACES)
        disp = rec["disp"]
        if disp == "Arrest":
            num = f"TCJ-25-{r.randint(1000, 9999)}"
            disp = f"Arrest, booked at county jail, booking {num}"
            rec["related"].append(("booking_number", num))
        elif disp == "Citation issued":
            num = f"TC-{r.randint(10000, 99999)}"
            disp = f"Citation {num}"
            rec["related"].append(("citation", num))
        elif disp == "Referred":
            num = f"GC25-{r.randint(10000, 99999)}"
            disp = f"Referred to Garnet County SO, case {num}"
            rec["related"].append(("other_agency_case", num))
        rec["disposition"] = disp
    return recs


def draw_tl(path, recs, label, total, week):
    doc_no = f"TPD-LOG-2025-{41 + week}"

    def head(c, p):
        c.setFont("Times-Bold", 11)
        c.drawString(LM, 760, "Tollerby Police Department")
        c.setFont("Times-Roman", 9)
        c.drawString(LM, 748, f"Weekly Incident Log, {label}")
        c.drawRightString(RM, 760, "Form TPD-114")
        c.drawRightString(RM, 748, f"Rev. {5 + week} (0{week + 2}/2025)")
        c.line(LM, 743, RM, 743)

    def foot(c, p):
        c.setFont("Times-Italic", 8)
        c.drawString(LM, 40, f"Doc. {doc_no}   |   Printed {('10/20/2025', '10/27/2025')[week - 1]}   |   {of_total(p)}")

    p = Pager(path, total, head, foot, top=724)
    c = p.c
    fs = 9
    cur = None
    for i, rec in enumerate(recs):
        if rec["day"] != cur:
            cur = rec["day"]
            stops = STOPS[week][len({x["day"] for x in recs[:i]}) % 2]
            p.need(40)
            p.y -= 6
            c.setFont("Times-Bold", 10)
            c.drawString(LM, p.y, long_day(cur))
            p.y -= 13
            c.setFont("Times-Bold" if week == 1 else "Times-BoldItalic", fs)
            for s, t in zip(stops, TL_TITLES):
                c.drawString(LM + s, p.y, t)
                if week == 1:
                    c.line(LM + s, p.y - 2, LM + s + c.stringWidth(t, "Times-Bold", fs), p.y - 2)
            p.y -= 13
        fields = [rec["case_number"], rec["date_p"], rec["time_p"], rec["type"], rec["location"], rec["disposition"]]
        # word-processor tabs: each field goes to the next stop past the end of the previous text
        lines, x, pos = [[]], 0, None
        c.setFont("Times-Roman", fs)
        for f in fields:
            if pos is not None:
                nxt = [s for s in stops if s > pos + 2]
                x = nxt[0] if nxt else (int((pos + 2) // 36) + 1) * 36
            words, line = f.split(), []
            for wd in words:
                trial = " ".join(line + [wd])
                if line and x + c.stringWidth(trial, "Times-Roman", fs) > RM - LM:
                    lines[-1].append((x, " ".join(line)))
                    lines.append([])
                    x, line = 0, [wd]
                else:
                    line.append(wd)
            lines[-1].append((x, " ".join(line)))
            pos = x + c.stringWidth(" ".join(line), "Times-Roman", fs)
        p.need(11 * len(lines))
        for ln in lines:
            for x, t in ln:
                c.drawString(LM + x, p.y, t)
            p.y -= 11
        p.y -= 1
    p.need(30)
    p.y -= 10
    c.setFont("Times-Bold", 10)
    c.drawString(LM, p.y, f"Total incidents this week: {len(recs)}")
    return p.close()


# ---------------------------------------------------------------- B: Marbleton justified narrative

MC_SENT = ["The complainant stated the incident happened sometime overnight.",
           "Deputies canvassed the neighborhood without result.",
           "The reporting party declined further assistance.",
           "Surveillance footage was requested from the neighboring business.",
           "Damage was estimated at under five hundred dollars.",
           "Investigating deputies photographed the scene and collected evidence.",
           "A neighbor reported hearing an argument shortly beforehand.",
           "The property owner was notified by telephone."]
MC_ROUTINE = ["shift briefing was held; eleven calls were carried over from the previous shift.",
              "the radio console was tested; dispatch line 555-0147 was out of service for twenty minutes.",
              "Deputy #322 completed courthouse security detail and returned to patrol.",
              "patrol vehicle inspections were completed for units 14, 17 and 22.",
              "a deputy provided a funeral escort from Cotter Chapel to Elmore Cemetery.",
              "Deputy #207 served two civil papers in the Brookfield community."]
MC_TOWNS = ["Elkins Fork", "Cane Hollow", "Marbleton", "Sulphur Lick", "Ridgeway"]


def mc_records(r, dlist, n, start):
    recs = base(r, dlist, n, "MC-25-{:05d}", start)
    items = []
    for rec in recs:
        h, m = rec["hm"]
        rec["hhmm"] = f"{h:02d}{m:02d}"
        rec["reported_at"] = f"{mdy(rec['day'])} {rec['hhmm']}"
        rec["location"] = f"{rec['location']}, {r.choice(MC_TOWNS)}"
        rec["type"] = rec["type"].lower()
        disp = rec["disp"].lower()
        rec["disposition"] = disp
        extra = ""
        if disp == "arrest":
            num = f"MCD-25-{r.randint(1000, 9999)}"
            extra = f", and one adult was booked as {num}"
            rec["related"].append(("booking_number", num))
        elif disp == "citation issued":
            num = f"KYC-{r.randint(100000, 999999)}"
            extra = f", citation {num}"
            rec["related"].append(("citation", num))
        elif disp == "referred":
            num = f"EF25-{r.randint(1000, 9999)}"
            extra = f" to Elkins Fork Police Department as {num}"
            rec["related"].append(("other_agency_case", num))
        follow = ""
        if r.random() < 0.1:
            num = f"MC-25-0{r.randint(3000, 3999)}"
            follow = f" This is a follow-up to {num}, reported last month."
            rec["related"].append(("earlier_case_cited", num))
        badge = r.randint(201, 348)
        rec["text"] = (f"At {rec['hhmm']} hrs. Deputy #{badge} took a report of {rec['type']} at "
                       f"{rec['location']}, under case {rec['case_number']}. {r.choice(MC_SENT)}{follow} "
                       f"The call was cleared: {disp}{extra}.")
        items.append(("rec", rec))
        if r.random() < 0.2:
            rm = min(59, m + r.randint(1, 20))
            items.append(("routine", {"day": rec["day"],
                                      "text": f"At {h:02d}{rm:02d} hrs. {r.choice(MC_ROUTINE)}"}))
    return items


VOWELS = "aeiouy"
DIGRAPHS = {"ch", "sh", "th", "ph", "ck", "gh", "wh", "qu"}


def hyph_lines(c, text, font, size, width, first_indent):
    """Greedy line breaking with hyphenation: long words split with a hyphen, ids after their own hyphens."""
    words, lines, cur = text.split(), [], []
    sw = c.stringWidth(" ", font, size)

    def avail():
        return width - (first_indent if not lines else 0)

    def wid(ws):
        return sum(c.stringWidth(w, font, size) for w in ws) + sw * max(0, len(ws) - 1)

    i = 0
    while i < len(words):
        wd = words[i]
        if wid(cur + [wd]) <= avail():
            cur.append(wd)
            i += 1
            continue
        head = None
        core = wd.rstrip(".,;")
        if "-" in core and any(ch.isdigit() for ch in core):
            cuts = [k + 1 for k, ch in enumerate(wd) if ch == "-" and k + 1 < len(core)]
            for k in reversed(cuts):
                if wid(cur + [wd[:k]]) <= avail():
                    head, tail = wd[:k], wd[k:]
                    break
        elif core.isalpha() and len(core) >= 7:
            for k in range(len(core) - 3, 2, -1):
                pair = core[k - 1:k + 1].lower()
                if not (pair[0] not in VOWELS and pair[1] not in VOWELS and pair not in DIGRAPHS):
                    continue
                if wid(cur + [wd[:k] + "-"]) <= avail():
                    head, tail = wd[:k] + "-", wd[k:]
                    break
        if head:
            lines.append(cur + [head])
            words[i] = tail
        else:
            lines.append(cur)
        cur = []
    lines.append(cur)
    return lines


def draw_mc(path, items, label, total):
    doc_no = "MCSO-SAS-2025-" + label.split()[1].rstrip(",")

    def head(c, p):
        c.setFont("Times-Roman", 8)
        c.drawString(LM, 760, "MCSO Form ADM-17   Rev. 2 (01/2025)")
        c.drawRightString(RM, 760, "Marbleton County Sheriff's Office")
        c.setFont("Times-Bold", 11)
        c.drawCentredString(W / 2, 744, f"Shift Activity Summary: {label}")
        c.line(LM, 738, RM, 738)

    def foot(c, p):
        c.setFont("Times-Roman", 8)
        c.line(LM, 50, RM, 50)
        c.drawString(LM, 40, f"Document {doc_no}")
        c.drawRightString(RM, 40, of_total(p))

    p = Pager(path, total, head, foot, top=720)
    c = p.c
    fs, lead, width = 10, 13, RM - LM
    cur = None
    for _kind, it in items:
        if it["day"] != cur:
            cur = it["day"]
            p.need(40)
            p.y -= 8
            c.setFont("Times-Bold", 10.5)
            c.drawCentredString(W / 2, p.y, long_day(cur))
            p.y -= 16
        lines = hyph_lines(c, it["text"], "Times-Roman", fs, width, 24)
        c.setFont("Times-Roman", fs)
        for j, ln in enumerate(lines):
            if p.y - lead < BOT or (ln and ln[-1].endswith("-") and p.y - 2 * lead < BOT):
                p.end()
                p.start()
                c.setFont("Times-Roman", fs)
            x0 = LM + (24 if j == 0 else 0)
            avail = width - (24 if j == 0 else 0)
            ws = [c.stringWidth(w, "Times-Roman", fs) for w in ln]
            gap = c.stringWidth(" ", "Times-Roman", fs)
            if j < len(lines) - 1 and len(ln) > 1:
                gap = (avail - sum(ws)) / (len(ln) - 1)
            x = x0
            for w, wv in zip(ln, ws):
                c.drawString(x, p.y, w)
                x += wv + gap
            p.y -= lead
    recs = [it for k, it in items if k == "rec"]
    p.need(30)
    p.y -= 10
    c.setFont("Times-Bold", 10)
    c.drawString(LM, p.y, f"Cases opened this period: {len(recs)}. Routine entries: {len(items) - len(recs)}.")
    return p.close()


# ---------------------------------------------------------------- C: Wenlow University weekly templates

WU_LOCS = ["Harmon Hall", "Lot 7 (east)", "Science Library", "Pell Student Center", "Ostrom Residence Hall",
           "Athletic Complex", "Fine Arts Building", "Quad walkway", "Birch Residence Hall", "Campus Bookstore"]
WU_WEEKS = [  # (first, last, template, tab stop, doc number, revision)
    (1, 5, 1, 96, "WU-25-0032", 1), (6, 12, 2, 56, "WU-25-0033", 2), (13, 19, 3, 0, "WU-25-0034", 1),
    (20, 26, 1, 112, "WU-25-0035", 3), (27, 31, 2, 56, "WU-25-0036", 1)]


def wu_week(d):
    return next(w for w in WU_WEEKS if w[0] <= d[2] <= w[1])


def wu_records(r, dlist, n, start):
    recs = base(r, dlist, n, "WU-25-{:04d}", start)
    for rec in recs:
        d, (h, m) = rec["day"], rec["hm"]
        tpl = wu_week(d)[2]
        rec["location"] = r.choice(WU_LOCS) if r.random() < 0.7 else rec["location"]
        if tpl == 1:
            rec["reported_at"] = f"{mdy(d)} {h:02d}:{m:02d}"
        elif tpl == 2:
            rec["reported_at"] = f"{d[1]:02d}-{d[2]:02d}-25 {h:02d}{m:02d}"
            rec["type"] = rec["type"].upper()
            rec["location"] = rec["location"].upper()
        else:
            hh = h % 12 or 12
            rec["reported_at"] = (datetime.date(*d).strftime("%b %-d, %Y") +
                                  f", {hh}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}")
        disp = rec["disp"]
        note = ""
        if disp == "Referred":
            num = f"WPD25-{r.randint(10000, 99999)}"
            disp = "Referred to Wenlow City PD"
            note = f"City PD case {num}"
            rec["related"].append(("other_agency_case", num))
        elif disp in ("Arrest", "Citation issued") or r.random() < 0.08:
            num = f"CR-{r.randint(1000, 9999)}"
            note = f"Conduct referral {num}"
            rec["related"].append(("conduct_referral", num))
        rec["disposition"] = disp.upper() if tpl == 2 else disp
        rec["note"] = note
    return recs


def draw_wu(path, recs, label, total):
    def head(c, p):
        c.setFont("Times-Bold", 10)
        c.drawString(LM, 760, "Wenlow University Department of Public Safety")
        c.setFont("Times-Roman", 9)
        c.drawString(LM, 748, f"Daily Crime Log, {label}")
        c.drawRightString(RM, 760, "Doc. WU-25-0031")
        c.drawRightString(RM, 748, "Rev. 5")
        c.line(LM, 742, RM, 742)

    def foot(c, p):
        c.setFont("Times-Roman", 8)
        c.drawCentredString(W / 2, 40, of_total(p))

    p = Pager(path, total, head, foot, top=722)
    c = p.c
    cur = None
    for rec in recs:
        wk = wu_week(rec["day"])
        first, last, tpl, stop, doc, rev = wk
        if wk != cur:
            cur = wk
            p.need(110)
            p.y -= 6
            c.setFont("Helvetica-Bold", 10)
            c.drawString(LM, p.y, f"Week of October {first}, 2025")
            c.setFont("Helvetica", 8)
            c.drawRightString(RM, p.y, f"Doc. {doc} Rev. {rev}")
            p.y -= 4
            c.line(LM, p.y, RM, p.y)
            p.y -= 14
        if tpl in (1, 2):
            labels = (["Case No.:", "Reported:", "Offense:", "Location:", "Disposition:", "Notes:"] if tpl == 1 else
                      ["INCIDENT #", "DATE/TIME", "CLASSIFICATION", "LOCATION", "STATUS", "REMARKS"])
            vals = [rec["case_number"], rec["reported_at"], rec["type"], rec["location"], rec["disposition"],
                    rec["note"]]
            pairs = [(lb, v) for lb, v in zip(labels, vals) if v]
            p.need(12 * len(pairs) + 8)
            lf, ls = ("Times-Bold", 9.5) if tpl == 1 else ("Helvetica", 7.5)
            for lb, v in pairs:
                c.setFont(lf, ls)
                c.drawString(LM, p.y, lb)
                end = c.stringWidth(lb, lf, ls)
                x = stop if stop > end + 2 else (int((end + 2) // 36) + 1) * 36
                c.setFont("Times-Roman", 9.5)
                c.drawString(LM + x, p.y, v)
                p.y -= 12
        else:
            rows = [[("Report No.", rec["case_number"]), ("Reported", rec["reported_at"])],
                    [("Offense", rec["type"]), ("Location", rec["location"])],
                    [("Disposition", rec["disposition"])] + ([("Notes", rec["note"])] if rec["note"] else [])]
            p.need(12 * 3 + 8)
            for row in rows:
                for k, (lb, v) in enumerate(row):
                    x = LM + 250 * k
                    c.setFont("Times-Italic", 9.5)
                    c.drawString(x, p.y, lb)
                    c.setFont("Times-Roman", 9.5)
                    c.drawString(x + c.stringWidth(lb, "Times-Italic", 9.5) + 5, p.y, v)
                p.y -= 12
        p.y -= 9
    p.need(30)
    p.y -= 8
    c.setFont("Times-Bold", 10)
    c.drawString(LM, p.y, f"Entries this month: {len(recs)}")
    return p.close()


# ---------------------------------------------------------------- D: Pennick Falls pasted CAD listing

PF_NATURE = ["BURGLARY RES", "THEFT", "LARCENY FROM AUTO", "DISTURBANCE", "SUSP PERSON", "WELFARE CHK",
             "DOMESTIC", "ALARM COMM", "MVC PROP DMG", "MVC INJURY", "TRESPASS", "FRAUD", "NOISE", "VANDALISM",
             "ASSAULT", "HARASSMENT", "ANIMAL CALL", "MISSING PERS"]
PF_DISP = ["RPT", "RPT", "GOA", "UNF", "ADV", "CLR", "ARR", "CIT", "RPT"]
PF_RMK = ["RMK: CALLER ADVISED SUBJ LEFT ON FOOT TOWARD THE RAIL YARD", "RMK: 2ND CALL SAME LOC THIS SHIFT",
          "RMK: RP REQ CONTACT BY PHONE ONLY", "RMK: SUBJ GONE PRIOR TO ARRIVAL CHECKED AREA",
          "RMK: VEH TOWED BY PRIVATE CARRIER AT OWNER REQUEST"]


def pf_records(r, dlist, n, start):
    recs = base(r, dlist, n, "25-{:06d}", start)
    for rec in recs:
        d, (h, m) = rec["day"], rec["hm"]
        rec["reported_at"] = f"{d[1]:02d}/{d[2]:02d}/25 {h:02d}:{m:02d}"
        rec["type"] = r.choice(PF_NATURE)
        rec["location"] = rec["location"].upper()
        disp = r.choice(PF_DISP)
        if disp == "ARR":
            num = f"25B-{r.randint(1000, 9999)}"
            disp = f"ARR BKG {num}"
            rec["related"].append(("booking_number", num))
        elif disp == "CIT":
            num = f"NC{r.randint(1000000, 9999999)}"
            disp = f"CIT {num}"
            rec["related"].append(("citation", num))
        rec["disposition"] = disp
        rec["unit"] = f"U{r.randint(201, 248)}"
        rec["rmk"] = r.choice(PF_RMK) if r.random() < 0.16 else ""
    return recs


def pf_lines(recs, run_date):
    out, page = [], 0

    def cad_head():
        nonlocal page
        page += 1
        out.append("")
        out.append(f"RUN DATE: {run_date} 08:02      PENNICK FALLS ECC      INCIDENT LISTING      PAGE   {page}")
        out.append("INCIDENT   DATE     TIME   NATURE                ADDRESS                      DISP         UNIT")
        out.append("-" * 96)

    for i, rec in enumerate(recs):
        if i % 28 == 0:
            cad_head()
        line = (f"{rec['case_number']:<10} {rec['reported_at']:<15} {rec['type']:<21} {rec['location']:<28} "
                f"{rec['disposition']:<12} {rec['unit']}")
        if rec["rmk"]:
            line += "   " + rec["rmk"]
        out.append(line)
    out.append("")
    out.append(f"*** TOTAL INCIDENTS:   {len(recs)} ***")
    return out


def draw_pf(path, recs, label, total):
    memo = "RU Memo 25-" + ("118" if "13" in label else "121")

    def head(c, p):
        if p.n == 1:
            c.setFont("Times-Bold", 13)
            c.drawCentredString(W / 2, 750, "PENNICK FALLS POLICE DEPARTMENT")
            c.setFont("Times-Roman", 10)
            c.drawCentredString(W / 2, 736, "Records Division")
        else:
            c.setFont("Times-Italic", 8.5)
            c.drawString(LM, 760, f"Memorandum: calls for service, {label}")

    def foot(c, p):
        c.setFont("Times-Roman", 8)
        c.drawString(LM, 40, memo)
        c.drawRightString(RM, 40, of_total(p))

    p = Pager(path, total, head, foot, top=742)
    c = p.c
    end_day = label.split("-")[1].split(",")[0].strip()
    p.y = 708
    c.setFont("Times-Bold", 12)
    c.drawString(LM, p.y, "MEMORANDUM")
    p.y -= 20
    c.setFont("Times-Roman", 10)
    for k, v in [("TO:", "Requester, public records request PRR-25-118" if "13" in label else
                  "Requester, public records request PRR-25-121"),
                 ("FROM:", "Records Unit"), ("DATE:", f"October {int(end_day) + 1}, 2025"),
                 ("RE:", f"Calls for service, {label}")]:
        c.drawString(LM, p.y, k)
        c.drawString(LM + 50, p.y, v)
        p.y -= 14
    p.y -= 6
    for ln in simpleSplit("As requested, the CAD incident listing for the period is pasted below as it was exported. "
                          "Times are 24-hour. Please call the Records Unit at 555-0163 with any questions.",
                          "Times-Roman", 10, RM - LM):
        c.drawString(LM, p.y, ln)
        p.y -= 13
    p.y -= 6
    fs, lead = 9, 11
    for raw in pf_lines(recs, f"10/{int(end_day) + 1:02d}/25"):
        # pasted plain text in a proportional font: spaces kept, long lines wrap at the margin
        parts = simpleSplit(raw, "Times-Roman", fs, RM - LM) if raw else [""]
        for part in parts:
            p.need(lead)
            c.setFont("Times-Roman", fs)
            c.drawString(LM, p.y, part)
            p.y -= lead
    p.need(40)
    p.y -= 12
    c.setFont("Times-Roman", 10)
    c.drawString(LM, p.y, "Records Unit, Pennick Falls Police Department")
    return p.close()


# ---------------------------------------------------------------- E: Eastholm ruled table, controlled doc

EH_COLS = [("Case #", 74), ("Reported", 62), ("Offense", 112), ("Location", 122), ("Disposition", 134)]


def eh_records(r, dlist, n, start):
    recs = base(r, dlist, n + 1, "EH-2025-{:04d}", start)
    dup = recs.pop(n // 3 + 1)   # the duplicate entry removed in Rev. 3: its number is not a record
    orig = recs[n // 3]
    late = sorted(r.sample(range(5, n - 5), 3))
    for i, rec in enumerate(recs):
        d, (h, m) = rec["day"], rec["hm"]
        rec["reported_at"] = f"{mdy(d)} {h:02d}:{m:02d}"
        disp = rec["disp"]
        if disp == "Arrest":
            num = f"EHJ-25-{r.randint(1000, 9999)}"
            disp = f"Arrest, booking {num}"
            rec["related"].append(("booking_number", num))
        elif disp == "Citation issued":
            num = f"E{r.randint(1000000, 9999999)}"
            disp = f"Citation {num}"
            rec["related"].append(("citation", num))
        elif disp == "Referred":
            num = f"KCSO-25-{r.randint(10000, 99999)}"
            disp = f"Referred to Kell County SO ({num})"
            rec["related"].append(("other_agency_case", num))
        rec["disposition"] = disp
        rec["late"] = i in late
    recs[0]["hist"] = {"removed": dup["case_number"], "dup_of": orig["case_number"],
                       "corrected": recs[n // 2]["case_number"],
                       "added": [recs[i]["case_number"] for i in late]}
    return recs


def draw_eh(path, recs, label, total):
    def head(c, p):
        c.setFont("Times-Bold", 11)
        c.drawString(LM, 760, "Eastholm Police Department")
        c.setFont("Times-Roman", 9)
        c.drawString(LM, 748, f"Incident Log, {label}")
        c.setFont("Helvetica-Bold", 7)
        c.drawRightString(RM, 760, "CONTROLLED DOCUMENT")

    def foot(c, p):
        c.setFont("Helvetica", 7)
        c.drawString(LM, 40, f"EHPD-RPT-25-0043   Rev. 3   Controlled copy   {of_total(p)}")
        c.drawRightString(RM, 40, "Printed 10/29/2025")

    fs, lead = 8.5, 10

    def header_row(c, p):
        c.setFillGray(0.82)
        c.rect(LM, p.y - 5, RM - LM, 16, stroke=1, fill=1)
        c.setFillGray(0)
        c.setFont("Times-Bold", 9)
        x = LM
        for t, w in EH_COLS:
            c.drawString(x + 3, p.y, t)
            x += w
        p.y -= 5

    p = Pager(path, total, head, foot, top=726)
    c = p.c
    header_row(c, p)
    for rec in recs:
        vals = [rec["case_number"], [rec["reported_at"].split()[0], rec["reported_at"].split()[1]],
                rec["type"], rec["location"], rec["disposition"]]
        cells = [v if isinstance(v, list) else simpleSplit(v, "Times-Roman", fs, w - 6)
                 for v, (_, w) in zip(vals, EH_COLS)]
        nl = max(len(x) for x in cells)
        hgt = nl * lead + 5
        if p.y - hgt < BOT:
            p.end()
            p.start()
            header_row(c, p)
        top = p.y
        c.rect(LM, top - hgt, RM - LM, hgt)
        x = LM
        for (_, w), cell in zip(EH_COLS, cells):
            c.line(x, top, x, top - hgt)
            c.setFont("Times-Roman", fs)
            for k, t in enumerate(cell):
                c.drawString(x + 3, top - 9 - k * lead, t)
            x += w
        if rec["late"]:
            c.setLineWidth(1.6)
            c.line(LM - 6, top, LM - 6, top - hgt)
            c.setLineWidth(1)
            c.setFont("Helvetica", 6)
            c.drawRightString(LM - 9, top - 9, "R2")
        p.y = top - hgt
    hist = recs[0]["hist"]
    p.need(120)
    p.y -= 18
    c.setFont("Times-Bold", 10)
    c.drawString(LM, p.y, f"Total incidents: {len(recs)}")
    p.y -= 24
    c.drawString(LM, p.y, "Revision history")
    p.y -= 14
    added = ", ".join(hist["added"][:-1]) + " and " + hist["added"][-1]
    rows = [("Rev.", "Date", "Description"),
            ("1", "10/27/2025", f"Initial release ({len(recs) - 2} incidents)."),
            ("2", "10/28/2025", f"Added late reports {added} (marked R2)."),
            ("3", "10/29/2025", f"Corrected the location of {hist['corrected']}; removed {hist['removed']}, "
                                f"a duplicate entry of {hist['dup_of']}.")]
    for k, (a, b, d) in enumerate(rows):
        lines = simpleSplit(d, "Times-Roman", 9, 380)
        c.setFont("Times-Bold" if k == 0 else "Times-Roman", 9)
        c.drawString(LM, p.y, a)
        c.drawString(LM + 40, p.y, b)
        for j, ln in enumerate(lines):
            c.drawString(LM + 110, p.y - 11 * j, ln)
        p.y -= 11 * len(lines) + 3
    return p.close()


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
        "git_blob": "generated", "generator": f"make_blind_logs98.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs98.py) from the records it drew; "
                               "checked by check_blind_logs98.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


FIELDS = ["case_number", "reported_at", "type", "location", "disposition"]


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, notes, count_check):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, dlist, label, n, start, extra in runs:
        items = make(r, dlist, n, start, *extra)
        pages = draw(d / fname, items, label, None, *extra)
        draw(d / fname, items, label, pages, *extra)
        recs = [x[1] if isinstance(x, tuple) else x for x in items if not isinstance(x, tuple) or x[0] == "rec"]
        gt.append(entry(d / fname, agency, doc_type, layout, recs, FIELDS, notes, count_check))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


NOTES = {
    "tl": ("Weekly log typed in a word processor with TAB-ALIGNED columns and no rules, Times 9: running header "
           "'Form TPD-114 / Rev. N (MM/2025)', footer 'Doc. TPD-LOG-2025-NN | Printed ... | Page n of N' (not "
           "ids). Each day opens with a bold day heading and its own column-title line: Case No. (TL25-NNNNN, the "
           "id), Date, Time (reported_at joins them as printed), Incident, Location, Disposition. TWIST: the tab "
           "stops differ from day to day (each day was pasted from its own file) and between the two weeks; a "
           "field longer than its column pushes the rest of its row to later stops (Word tab behaviour), and a "
           "row too long for the line wraps its tail to the LEFT MARGIN, under the id column, without an id. "
           "Week 1 prints '10/13/2025' and '0412', week 2 '10/20/25' and '04:12' with bold-italic column titles. "
           "Dispositions cite bookings TCJ-25-NNNN, citations TC-NNNNN and Garnet County SO cases GC25-NNNNN "
           "(related, not ids). Ends 'Total incidents this week: N'.",
           "rows counted from the generator; the closing total equals record_count"),
    "mc": ("Sheriff's shift activity summary typed as JUSTIFIED paragraphs with automatic hyphenation, Times 10, "
           "first-line indent, no blank line between paragraphs, centred day headings ('Monday, October 13, "
           "2025'). Each paragraph opens 'At HHMM hrs.'; a record paragraph names the case mid-sentence: 'took a "
           "report of <type> at <location>, under case MC-25-NNNNN.', then a sentence and 'The call was cleared: "
           "<disposition>'. TRAPS: words are hyphenated at line ends AND case numbers (and other hyphenated "
           "numbers) are broken across lines after one of their own hyphens ('MC-' / '25-04127', 'MC-25-' / "
           "'04127'), so the id is not one token in the text; routine paragraphs ('At 0600 hrs. shift briefing "
           "...') have no case number and are not records; follow-ups cite last month's case of the same series "
           "(earlier_case_cited, not in this document's ids); bookings MCD-25-NNNN, citations KYC-NNNNNN and "
           "Elkins Fork PD cases EF25-NNNN are related; badge numbers '#NNN', a phone 555-01NN, the form and "
           "document numbers in the header and footer are not records. reported_at joins the heading's date and "
           "the paragraph's time ('10/13/2025 0412'). Ends 'Cases opened this period: N. Routine entries: K.'",
           "paragraphs counted from the generator; 'Cases opened this period' equals record_count"),
    "wu": ("University daily crime log assembled from five WEEKLY word-processor files, each week under a "
           "'Week of October D, 2025' heading with its own document number 'Doc. WU-25-00NN Rev. R' (the same "
           "shape as the case numbers WU-25-NNNN; not records), and a running header 'Doc. WU-25-0031 / Rev. 5'. "
           "STYLE CHANGES BETWEEN WEEKS: weeks 1 and 4 use bold 'Case No.:', 'Reported:', 'Offense:', "
           "'Location:', 'Disposition:', 'Notes:' with values at a tab stop (moved from 96 to 112 pt between "
           "the two); weeks 2 and 5 use small upper-case labels 'INCIDENT #', 'DATE/TIME', 'CLASSIFICATION', "
           "'LOCATION', 'STATUS', 'REMARKS', values in upper case, and the long labels push their value past the "
           "tab stop so values do not line up; week 3 uses italic run-in labels two pairs a line ('Report No.' / "
           "'Reported', 'Offense' / 'Location', 'Disposition' / 'Notes'). Dates as printed: '10/01/2025 14:12', "
           "'10-06-25 1412', 'Oct 13, 2025, 2:12 p.m.'. Notes cite City PD cases WPD25-NNNNN and conduct "
           "referrals CR-NNNN (related). Ends 'Entries this month: N'.",
           "blocks counted from the generator; 'Entries this month' equals record_count"),
    "pf": ("Records memorandum (letterhead, TO / FROM / DATE / RE, request number PRR-25-NNN, a 555-01NN phone) "
           "into which a fixed-width CAD 'INCIDENT LISTING' was PASTED AS PLAIN TEXT in a proportional font "
           "(Times 9): its space padding no longer lines the columns up. Each CAD line: incident number "
           "(25-NNNNNN, the id), 'MM/DD/YY HH:MM' (reported_at), NATURE, ADDRESS, DISP ('ARR BKG 25B-NNNN', 'CIT "
           "NCNNNNNNN': related), UNIT (U2NN, not an id), sometimes a 'RMK:' remark. TRAPS: lines longer than the "
           "memo's text width WRAP to the left margin, so a record's tail is a line without an id; the CAD's own "
           "page headers ('RUN DATE ... INCIDENT LISTING PAGE n', column titles, a dashed rule) were pasted in "
           "every 28 incidents and fall mid-page, unrelated to the PDF's pages; the memo footer 'RU Memo 25-NNN' "
           "and page numbers are not records. Ends '*** TOTAL INCIDENTS: N ***'.",
           "CAD lines counted from the generator; the pasted TOTAL INCIDENTS equals record_count"),
    "eh": ("Ruled word-processor table (grey title row repeated on every page): Case # (EH-2025-NNNN, the id), "
           "Reported (date over time in the cell), Offense, Location and Disposition (cells wrap; bookings "
           "EHJ-25-NNNN, citations ENNNNNNN, Kell County SO cases KCSO-25-NNNNN are related). Controlled-document "
           "furniture: 'CONTROLLED DOCUMENT' header, footer 'EHPD-RPT-25-0043 Rev. 3 Controlled copy Page n of "
           "N'. TWIST: three rows added in Rev. 2 carry a change bar and a small 'R2' in the left margin, printed "
           "on the id's line; after 'Total incidents: N' a REVISION HISTORY table cites ids again: the added "
           "late reports, a corrected row, and a REMOVED duplicate number (EH-2025-NNNN, printed only there, not "
           "a record) with the id it duplicated. Initial count + added - removed = N.",
           "rows counted from the generator; 'Total incidents' equals record_count"),
}


def main():
    one_agency(
        "tollerby-oh-pd", 1,
        [("tpd-weekly-log-2025-10-13-19.pdf", days(10, 13, 19), "October 13 - 19, 2025", 58, 30410, (1,)),
         ("tpd-weekly-log-2025-10-20-26.pdf", days(10, 20, 26), "October 20 - 26, 2025", 64, 30520, (2,))],
        tl_records, draw_tl, "Tollerby Police Department, OH [invented]",
        "weekly incident log (tab-aligned columns, drifting tab stops)", "table with header", *NOTES["tl"])
    one_agency(
        "marbleton-county-ky-so", 2,
        [("mcso-shift-summary-2025-10-13-16.pdf", days(10, 13, 16), "October 13-16, 2025", 52, 4100, ()),
         ("mcso-shift-summary-2025-10-17-20.pdf", days(10, 17, 20), "October 17-20, 2025", 61, 4190, ())],
        mc_records, draw_mc, "Marbleton County Sheriff's Office, KY [invented]",
        "shift activity summary (justified, hyphenated paragraphs)", "free text", *NOTES["mc"])
    one_agency(
        "wenlow-university-dps", 3,
        [("wu-daily-crime-log-2025-10.pdf", days(10, 1, 31), "October 2025", 63, 412, ())],
        wu_records, draw_wu, "Wenlow University Department of Public Safety [invented]",
        "monthly daily crime log (weekly templates pasted together)", "labelled blocks", *NOTES["wu"])
    one_agency(
        "pennick-falls-nc-pd", 4,
        [("pfpd-cfs-memo-2025-10-13-15.pdf", days(10, 13, 15), "October 13-15, 2025", 74, 41200, ()),
         ("pfpd-cfs-memo-2025-10-16-18.pdf", days(10, 16, 18), "October 16-18, 2025", 66, 41330, ())],
        pf_records, draw_pf, "Pennick Falls Police Department, NC [invented]",
        "records memorandum with a pasted CAD incident listing", "table with header", *NOTES["pf"])
    one_agency(
        "eastholm-mn-pd", 5,
        [("ehpd-incident-log-2025-10-13-26-rev3.pdf", days(10, 13, 26), "October 13-26, 2025", 96, 1100, ())],
        eh_records, draw_eh, "Eastholm Police Department, MN [invented]",
        "incident log, controlled document with revision history", "table with header", *NOTES["eh"])


if __name__ == "__main__":
    main()
