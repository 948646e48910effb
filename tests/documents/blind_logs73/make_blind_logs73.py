"""Generate the seventy-third held-out set of incident-log PDFs and their ground truth.

Five mid-size-city police press logs printed from web browsers (a browser header with the
print time and page title and a footer with the URL and page n/N on every page, site menus,
cookie banners, share buttons, comment counts, pagers): a press-log table with a "Read more /
comments / Share" line under every row; a blog listing of press posts, newest first, with the
id inside the excerpt and a "Trending" box repeating ids; expanded incident accordions in
labelled blocks with an "Updated" stamp in each title line; a narrow table with a site sidebar
printed on the same lines as the rows; a site-search results page ordered by relevance, the id
in each result title and in lower case inside its URL. Every agency, place and record is
invented; no person is named. Deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs73/make_blind_logs73.py [OUT_DIR]
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
SEED = 20257373
STREETS = ["Alder", "Bramble", "Cobalt", "Dunmore", "Easton", "Foxglove", "Garnet", "Hazelton", "Inkberry",
           "Jasper", "Kestrel", "Linden", "Marlow", "Nettle", "Orchard", "Pellam", "Quince", "Rowan",
           "Sorrel", "Tansy", "Umber", "Verbena", "Wexford", "Yarrow"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Way", "Ct", "Pl"]
TYPES = ["Theft From Vehicle", "Residential Burglary", "Commercial Burglary", "Vandalism", "Shoplifting",
         "Suspicious Person", "Disturbance", "Simple Assault", "Vehicle Theft", "Fraud", "Trespassing",
         "Hit and Run", "DUI", "Found Property", "Welfare Check", "Harassment", "Stolen Bicycle", "Noise"]
NARR = ["A caller reported the incident after returning home.", "No injuries were reported.",
        "Officers checked the area but did not locate anyone.", "A witness gave a description of a vehicle.",
        "The loss is estimated at under $500.", "Surveillance video is being reviewed.",
        "The reporting party did not wish to pursue charges.", "Damage was found to a side window.",
        "The items were later recovered nearby.", "A neighbor heard shouting and called dispatch.",
        "Tools and a speaker were taken from a garage.", "A store employee detained the person until officers arrived."]


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


def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width) or [""]


def day_times(r, days, n):
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    return [datetime.datetime(*days[m // 1440], (m % 1440) // 60, m % 60) for m in mins]


def ids_in_series(r, n, start):
    out, k = [], start
    for _ in range(n):
        k += r.choice((1, 1, 1, 2, 3))
        out.append(k)
    return out


def ampm(t, dots=False):
    s = t.strftime("%-I:%M %p")
    return s.replace("AM", "a.m.").replace("PM", "p.m.") if dots else s


class Browser:
    """Browser print furniture: header (print time, page title), footer (URL, n/N)."""

    def __init__(self, c, stamp, title, url, pages):
        self.c, self.stamp, self.title, self.url, self.pages, self.n = c, stamp, title, url, pages, 0

    def page(self):
        c, (w, h) = self.c, letter
        self.n += 1
        c.setFont("Helvetica", 7)
        c.setFillGray(0.25)
        c.drawString(24, h - 16, self.stamp)
        c.drawCentredString(w / 2, h - 16, self.title)
        c.drawString(24, 14, self.url)
        c.drawRightString(w - 24, 14, f"{self.n}/{self.pages or 0}")
        c.setFillGray(0)

    def new(self):
        self.c.showPage()
        self.page()


def site_top(c, y, city, nav, crumb, cookie):
    """Site banner, menu, breadcrumb and a cookie banner (first page only)."""
    w = letter[0]
    c.setFillColorRGB(0.12, 0.22, 0.38)
    c.rect(36, y - 26, w - 72, 26, stroke=0, fill=1)
    c.setFillGray(1)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(46, y - 18, city)
    c.setFillGray(0)
    c.setFont("Helvetica", 8)
    c.drawString(40, y - 40, "     ".join(nav))
    c.setFont("Helvetica", 7)
    c.drawString(40, y - 54, crumb)
    c.setFillGray(0.9)
    c.rect(36, y - 92, w - 72, 28, stroke=0, fill=1)
    c.setFillGray(0)
    c.setFont("Helvetica", 7.5)
    c.drawString(44, y - 75, cookie)
    c.setFont("Helvetica-Bold", 7.5)
    c.drawString(44, y - 86, "[ Accept all ]     [ Reject ]     Cookie settings")
    return y - 108


# ---------------------------------------------------------------- A: Harwick Falls press-log table

HF_DISP = ["Report taken", "Closed", "Unfounded", "Advised", "Arrest", "Cited", "Referred", "Gone on arrival"]


def hf_records(r, days, n, start):
    recs = []
    for t, k in zip(day_times(r, days, n), ids_in_series(r, n, start)):
        rec = {"case_number": f"HF-25-{k:06d}", "reported_at": t.strftime("%m/%d/%Y %H:%M"),
               "type": r.choice(TYPES), "location": f"{r.randint(1, 89) * 100} block {street(r)}",
               "disposition": r.choice(HF_DISP), "related": [], "comments": r.choice((0, 0, 1, 2, 3, 5, 12))}
        if rec["disposition"] == "Arrest":
            num = f"B25{r.randint(10000, 99999)}"
            rec["disposition"] = f"Arrest, booking #{num}"
            rec["related"].append(("booking_number", num))
        elif rec["disposition"] == "Cited":
            num = f"T{r.randint(1000000, 9999999)}"
            rec["disposition"] = f"Cited, citation {num}"
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "Referred":
            num = f"MC25-{r.randint(10000, 99999)}"
            rec["disposition"] = f"Referred to Marlow County Sheriff case {num}"
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    return recs


def draw_hf(path, recs, meta, pages):
    w, h = letter
    c = new_canvas(path)
    b = Browser(c, meta["stamp"], "Daily Press Log | Harwick Falls, OH - Official Website",
                f"https://www.harwickfalls-oh.example/police/press-log?date={meta['iso']}", pages)
    cols = [(40, "Case No."), (112, "Reported"), (180, "Incident"), (292, "Location"), (420, "Status")]

    def heads(y):
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in cols:
            c.drawString(x, y, t)
        c.line(36, y - 3, w - 36, y - 3)
        return y - 13

    b.page()
    y = site_top(c, h - 30, "CITY OF HARWICK FALLS", ["Home", "Residents", "Business", "Government", "Police",
                 "News", "Contact Us", "Search"], "Home  >  Police  >  News  >  Daily Press Log",
                 "This website uses cookies to improve your experience. By continuing you agree to our cookie policy.")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(40, y, f"Daily Press Log - {meta['label']}")
    c.setFont("Helvetica", 7.5)
    c.drawString(40, y - 12, "Press information line 555-0148. Entries are preliminary and may change.")
    y = heads(y - 30)
    for rec in recs:
        cells = [wrap(rec["type"], "Helvetica", 7, 106), wrap(rec["location"], "Helvetica", 7, 122),
                 wrap(rec["disposition"], "Helvetica", 7, 150)]
        lines = max(len(x) for x in cells)
        if y - 9 * lines - 12 < 40:
            b.new()
            y = heads(h - 40)
        c.setFont("Helvetica-Bold", 7)
        c.drawString(40, y, rec["case_number"])
        c.setFont("Helvetica", 7)
        c.drawString(112, y, rec["reported_at"])
        for x, cell in zip((180, 292, 420), cells):
            for j, t in enumerate(cell):
                c.drawString(x, y - 9 * j, t)
        y -= 9 * lines
        k = rec["comments"]
        c.setFont("Helvetica", 6.5)
        c.setFillColorRGB(0.1, 0.3, 0.7)
        c.drawString(180, y, f"Read more \xbb     {k} comment{'' if k == 1 else 's'}     Share: Facebook  X  Email")
        c.setFillGray(0)
        c.setStrokeGray(0.8)
        c.line(36, y - 4, w - 36, y - 4)
        c.setStrokeGray(0)
        y -= 14
    if y < 110:
        b.new()
        y = h - 40
    c.setFont("Helvetica", 8)
    c.drawString(40, y - 4, f"{len(recs)} press log entries for {meta['label']}.")
    c.drawCentredString(w / 2, y - 24, "\xab Previous day     |     Back to top     |     Next day \xbb")
    c.setFont("Helvetica", 6.5)
    c.drawString(40, y - 44, "\xa9 2025 City of Harwick Falls  |  Privacy Policy  |  Accessibility  |  Site Map  |  "
                 "Powered by CivicPress 4.2")
    c.showPage()
    c.save()
    return b.n


# ---------------------------------------------------------------- B: Brannock City blog posts

def bc_records(r, days, n, start):
    recs = []
    for t, k in zip(day_times(r, days, n), ids_in_series(r, n, start)):
        typ = r.choice(TYPES)
        loc = f"{r.randint(1, 60) * 100} block of {street(r)}"
        rec = {"case_number": f"BC25-{k:06d}", "reported_at": f"{t.strftime('%b.')} {t.day}, 2025, at {ampm(t, True)}",
               "type": typ, "location": loc, "summary": " ".join(r.sample(NARR, r.choice((1, 2)))),
               "disposition": r.choice(["A report was taken.", "The case is closed.", "The case remains open.",
                                        "Cited", "Arrested", "No crime occurred."]),
               "related": [], "posted": t + datetime.timedelta(minutes=r.randint(300, 900)),
               "comments": r.choice((0, 1, 2, 3, 4, 7, 15))}
        if rec["disposition"] == "Cited":
            num = f"KC{r.randint(100000, 999999)}"
            rec["disposition"] = f"One adult was cited, citation {num}."
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "Arrested":
            num = f"BCJ-25-{r.randint(1000, 9999)}"
            rec["disposition"] = f"One adult was booked into the city jail, booking {num}."
            rec["related"].append(("booking_number", num))
        if r.random() < 0.1 and recs:
            prior = r.choice(recs)["case_number"]
            rec["summary"] += f" Officers believe it is linked to case {prior}."
            rec["related"].append(("earlier_case_cited", prior))
        recs.append(rec)
    return sorted(recs, key=lambda x: x["posted"], reverse=True)  # a blog lists the newest post first


def draw_bc(path, recs, meta, pages):
    w, h = letter
    c = new_canvas(path)
    b = Browser(c, meta["stamp"], "Police Blotter - Brannock City News", meta["url"], pages)
    b.page()
    y = site_top(c, h - 30, "Brannock City, Kansas", ["Home", "City Hall", "Police", "Fire", "Parks", "Calendar",
                 "News", "Pay a Bill"], "Home  >  News  >  Police Blotter",
                 "We use cookies and similar tools to understand how the site is used. Learn more in our privacy notice.")
    c.setFont("Helvetica-Bold", 8)
    c.drawString(40, y, "TRENDING THIS WEEK")
    c.setFont("Helvetica", 7.5)
    top = sorted(recs, key=lambda x: -x["comments"])[:3]
    for i, rec in enumerate(top):
        c.drawString(48, y - 11 * (i + 1), f"{i + 1}. {rec['type']} on {rec['location']} ({rec['case_number']}) - "
                     f"{rec['comments']} comments")
    y -= 56
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, y, "Police Blotter")
    y -= 22
    for rec in recs:
        excerpt = (f"On {rec['reported_at'].split(',')[0]}, 2025, at {rec['reported_at'].split(' at ')[1]}, officers "
                   f"were called to the {rec['location']} (case {rec['case_number']}). {rec['summary']} "
                   f"{rec['disposition']}")
        lines = wrap(excerpt, "Helvetica", 8, w - 90)
        need = 14 + 12 + 10 * len(lines) + 28
        if y - need < 40:
            b.new()
            y = h - 44
        c.setFont("Helvetica-Bold", 10.5)
        c.setFillColorRGB(0.1, 0.25, 0.55)
        c.drawString(40, y, f"{rec['type']} - {rec['location'].replace('block of', 'Block of')}")
        c.setFillGray(0.35)
        c.setFont("Helvetica", 7)
        p, k = rec["posted"], rec["comments"]
        c.drawString(40, y - 12, f"Posted {p.strftime('%B')} {p.day}, 2025 at {ampm(p)}  |  Police Blotter  |  "
                     f"{k} Comment{'' if k == 1 else 's'}")
        c.setFillGray(0)
        c.setFont("Helvetica", 8)
        for j, t in enumerate(lines):
            c.drawString(40, y - 25 - 10 * j, t)
        y -= 25 + 10 * len(lines)
        c.setFont("Helvetica-Bold", 7)
        c.setFillColorRGB(0.1, 0.3, 0.7)
        c.drawString(40, y - 2, "Read more \xbb")
        c.setFont("Helvetica", 7)
        c.drawRightString(w - 40, y - 2, "Share:  Facebook   X   Email   Print")
        c.setFillGray(0)
        c.setStrokeGray(0.85)
        c.line(40, y - 9, w - 40, y - 9)
        c.setStrokeGray(0)
        y -= 24
    if y < 90:
        b.new()
        y = h - 44
    c.setFont("Helvetica", 8)
    c.drawString(40, y, f"Showing {len(recs)} posts in Police Blotter for {meta['label']}.")
    c.drawCentredString(w / 2, y - 20, "\xab Newer posts     1   2   3   4   ...   19     Older posts \xbb")
    c.showPage()
    c.save()
    return b.n


# ---------------------------------------------------------------- C: Ostrander Heights accordions

OH_RESULT = ["Report taken", "Closed - no further action", "Suspect arrested", "Under investigation",
             "Unfounded", "Cited and released", "Referred to another agency"]


def oh_records(r, days, n, start):
    recs = []
    for t, k in zip(day_times(r, days, n), ids_in_series(r, n, start)):
        rec = {"case_number": f"OH-25-{k:05d}", "reported_at": t.strftime("%m/%d/%Y %H:%M"),
               "type": r.choice(TYPES), "location": f"{r.randint(1, 78) * 100} blk {street(r)}",
               "summary": " ".join(r.sample(NARR, 2)), "disposition": r.choice(OH_RESULT), "related": [],
               "updated": t + datetime.timedelta(minutes=r.randint(60, 2000)),
               "helpful": (r.randint(0, 9), r.randint(0, 3))}
        if rec["disposition"] == "Suspect arrested":
            num = f"OHB{r.randint(100000, 999999)}"
            rec["disposition"] = f"Suspect arrested (booking {num})"
            rec["related"].append(("booking_number", num))
        elif rec["disposition"] == "Cited and released":
            num = f"NV{r.randint(1000000, 9999999)}"
            rec["disposition"] = f"Cited and released (citation {num})"
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "Referred to another agency":
            num = f"CCSO 25-{r.randint(100000, 999999)}"
            rec["disposition"] = f"Referred to Carver County Sheriff ({num})"
            rec["related"].append(("other_agency_case", num))
        if r.random() < 0.12 and recs:
            prior = r.choice(recs)["case_number"]
            rec["see_also"] = prior
            rec["related"].append(("earlier_case_cited", prior))
        recs.append(rec)
    return recs


def draw_oh(path, recs, meta, pages):
    w, h = letter
    c = new_canvas(path)
    b = Browser(c, meta["stamp"], "Incident Log | Ostrander Heights Police Department",
                "https://police.ostranderheights-nv.example/transparency/incident-log?range=last-7-days", pages)
    b.page()
    y = site_top(c, h - 30, "OSTRANDER HEIGHTS POLICE DEPARTMENT", ["About", "Divisions", "Transparency",
                 "Community", "Careers", "File a Report", "Contact"], "Home  >  Transparency  >  Incident Log",
                 "Cookies help us deliver our services. Some are essential; you can turn off the others at any time.")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(40, y, f"Incident Log - {meta['label']}")
    c.setFont("Helvetica", 7.5)
    c.drawString(40, y - 12, "Expand an incident to see details.  [ Expand all ]  [ Collapse all ]   "
                 "Records unit 555-0119")
    y -= 32
    for rec in recs:
        details = wrap("Details: " + rec["summary"], "Helvetica", 7.5, w - 100)
        more = 1 if "see_also" in rec else 0
        need = 16 + 11 * 2 + 9 * len(details) + 10 * more + 22
        if y - need < 40:
            b.new()
            y = h - 44
        c.setFillGray(0.88)
        c.rect(36, y - 4, w - 72, 14, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(42, y, f"[-]  Incident {rec['case_number']}")
        c.setFont("Helvetica", 7)
        c.drawRightString(w - 42, y, f"Updated {rec['updated'].strftime('%m/%d/%Y %-I:%M %p')}")
        y -= 16
        c.setFont("Helvetica", 7.5)
        pairs = [("When:", rec["reported_at"], "What:", rec["type"]),
                 ("Where:", rec["location"], "Result:", rec["disposition"])]
        for l1, v1, l2, v2 in pairs:
            c.setFont("Helvetica-Bold", 7.5)
            c.drawRightString(92, y, l1)
            c.drawRightString(322, y, l2)
            c.setFont("Helvetica", 7.5)
            c.drawString(98, y, v1)
            c.drawString(328, y, v2)
            y -= 11
        for t in details:
            c.drawString(60, y, t)
            y -= 9
        if more:
            c.drawString(60, y, f"Related incident: {rec['see_also']}")
            y -= 10
        yes, no = rec["helpful"]
        c.setFont("Helvetica", 6.5)
        c.setFillColorRGB(0.1, 0.3, 0.7)
        c.drawString(60, y - 2, f"Share  |  Print  |  Email        Was this helpful?  Yes ({yes})  No ({no})")
        c.setFillGray(0)
        y -= 20
    if y < 80:
        b.new()
        y = h - 44
    c.setFont("Helvetica", 8)
    c.drawString(40, y, f"Displaying {len(recs)} of {len(recs)} incidents.")
    c.drawCentredString(w / 2, y - 20, "[ Load more incidents ]")
    c.showPage()
    c.save()
    return b.n


# ---------------------------------------------------------------- D: Penwell Junction table + sidebar

PJ_DISP = ["Report", "No report", "Closed", "Arrest", "Citation", "Unfounded", "Info only"]
SIDEBAR = ["QUICK LINKS", "Pay a citation online", "Request a police report", "Register an alarm",
           "Vacation house check", "", "CONTACT US", "Non-emergency 555-0163", "Records 555-0164",
           "Crime tip line 555-0165", "", "UPCOMING EVENTS", "Coffee with a Cop", "11/05/2025 9:00 AM",
           "Drug take-back day", "11/15/2025 10:00 AM", "", "FOLLOW US", "Facebook  X  Instagram", "",
           "RECENT NEWS", "Two arrested after", "pursuit on Route 9", "Oct 12 - 6 comments"]


def pj_records(r, days, n, start):
    recs = []
    for t, k in zip(day_times(r, days, n), ids_in_series(r, n, start)):
        rec = {"case_number": f"25PJ-{k:05d}", "reported_at": t.strftime("%m/%d/%Y %-I:%M %p"),
               "type": r.choice(TYPES).upper(), "location": f"{r.randint(1, 49) * 100} BLK {street(r).upper()}",
               "disposition": r.choice(PJ_DISP), "related": []}
        if rec["disposition"] == "Arrest":
            num = f"JB25-{r.randint(1000, 9999)}"
            rec["disposition"] = f"Arrest - jail booking {num}"
            rec["related"].append(("booking_number", num))
        elif rec["disposition"] == "Citation":
            num = f"SC{r.randint(10000000, 99999999)}"
            rec["disposition"] = f"Citation {num}"
            rec["related"].append(("citation", num))
        recs.append(rec)
    return recs


def draw_pj(path, recs, meta, pages):
    w, h = letter
    c = new_canvas(path)
    b = Browser(c, meta["stamp"], "Weekly Police Reports - Penwell Junction, SC",
                f"https://penwelljunction-sc.example/departments/police/weekly-reports/{meta['iso']}", pages)
    cols = [(40, "Report #"), (94, "Date/Time"), (164, "Offense"), (262, "Block Address"), (350, "Disposition")]

    def sidebar(top):
        c.setStrokeGray(0.7)
        c.line(432, top + 8, 432, 50)
        c.setStrokeGray(0)
        yy = top
        for s in SIDEBAR:
            c.setFont("Helvetica-Bold" if s.isupper() and s else "Helvetica", 7)
            c.drawString(440, yy, s)
            yy -= 10

    def heads(y):
        c.setFont("Helvetica-Bold", 7)
        for x, t in cols:
            c.drawString(x, y, t)
        c.line(36, y - 3, 426, y - 3)
        return y - 12

    b.page()
    y = site_top(c, h - 30, "Penwell Junction, South Carolina", ["Home", "Government", "Departments", "Services",
                 "Visitors", "Jobs", "Contact"], "Home  >  Departments  >  Police  >  Weekly Police Reports",
                 "This site stores cookies on your device to remember your preferences and measure traffic.")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(40, y, f"Weekly Police Reports: {meta['label']}")
    y -= 20
    sidebar(y)
    y = heads(y)
    for rec in recs:
        cells = [wrap(rec["reported_at"], "Helvetica", 6.8, 66), wrap(rec["type"], "Helvetica", 6.8, 94),
                 wrap(rec["location"], "Helvetica", 6.8, 84), wrap(rec["disposition"], "Helvetica", 6.8, 76)]
        lines = max(len(x) for x in cells)
        if y - 8.5 * lines < 50:
            b.new()
            sidebar(h - 44)
            y = heads(h - 44)
        c.setFont("Helvetica-Bold", 6.8)
        c.drawString(40, y, rec["case_number"])
        c.setFont("Helvetica", 6.8)
        for x, cell in zip((94, 164, 262, 350), cells):
            for j, t in enumerate(cell):
                c.drawString(x, y - 8.5 * j, t)
        y -= 8.5 * lines + 3
    if y < 100:
        b.new()
        sidebar(h - 44)
        y = h - 44
    c.setFont("Helvetica-Bold", 7.5)
    c.drawString(40, y - 4, f"Total reports this week: {len(recs)}")
    c.setFont("Helvetica", 7.5)
    c.drawString(40, y - 22, "0 Comments    Leave a reply    Share this page")
    c.drawString(40, y - 38, "\xab Previous week     Archive     Next week \xbb")
    c.showPage()
    c.save()
    return b.n


# ---------------------------------------------------------------- E: Quillan Bay site-search results

QB_STATUS = ["Report taken", "Closed", "Open", "Cited", "Booked", "Unfounded", "Assist other agency"]


def qb_records(r, days, n, start):
    recs = []
    for t, k in zip(day_times(r, days, n), ids_in_series(r, n, start)):
        rec = {"case_number": f"QB25-{k:04d}", "reported_at": f"{t.strftime('%b')} {t.day}, 2025 {ampm(t)}",
               "type": r.choice(TYPES), "location": f"{r.randint(1, 40) * 100} block {street(r)}",
               "summary": r.choice(NARR), "disposition": r.choice(QB_STATUS), "related": [],
               "score": r.random()}
        if rec["disposition"] == "Cited":
            num = f"OC{r.randint(1000000, 9999999)}"
            rec["disposition"] = f"Cited, Oregon citation {num}"
            rec["related"].append(("citation", num))
        elif rec["disposition"] == "Booked":
            num = f"QBJ{r.randint(10000, 99999)}"
            rec["disposition"] = f"Booked, booking {num}"
            rec["related"].append(("booking_number", num))
        elif rec["disposition"] == "Assist other agency":
            num = f"OSP25-{r.randint(100000, 999999)}"
            rec["disposition"] = f"Assist other agency, State Police case {num}"
            rec["related"].append(("other_agency_case", num))
        recs.append(rec)
    return sorted(recs, key=lambda x: x["score"])  # "relevance" order, neither time nor id order


def draw_qb(path, recs, meta, pages):
    w, h = letter
    c = new_canvas(path)
    b = Browser(c, meta["stamp"], "Search results: police incidents - Quillan Bay, OR",
                "https://www.quillanbay-or.example/search?q=incident&section=police&period=7d", pages)
    b.page()
    y = site_top(c, h - 30, "Quillan Bay  |  Oregon's Harbor City", ["Home", "Living Here", "Police", "Harbor",
                 "Library", "Events", "Search"], "Home  >  Search",
                 "Quillan Bay uses cookies for site analytics. Choose Accept or Reject; you can change this later.")
    c.setFont("Helvetica", 9)
    c.drawString(40, y, "Search:  [ incident                                   ]  [ Go ]      Filter: Police  |  Past 7 days")
    c.setFont("Helvetica", 7.5)
    c.drawString(40, y - 14, f"About {len(recs)} results (sorted by relevance)   Did you mean: incidents")
    y -= 34
    for rec in recs:
        slug = rec["case_number"].lower()
        snip = wrap(f"{rec['reported_at']} - Reported at {rec['location']}. {rec['summary']} "
                    f"Status: {rec['disposition']}. ...", "Helvetica", 7.5, w - 90)
        need = 12 + 10 + 9 * len(snip) + 12
        if y - need < 40:
            b.new()
            y = h - 44
        c.setFont("Helvetica", 10)
        c.setFillColorRGB(0.1, 0.2, 0.7)
        c.drawString(40, y, f"{rec['type']} | {rec['case_number']} | Quillan Bay Police")
        c.setFont("Helvetica", 7)
        c.setFillColorRGB(0.1, 0.45, 0.2)
        c.drawString(40, y - 10, f"https://www.quillanbay-or.example/police/incidents/{slug}")
        c.setFillGray(0.15)
        c.setFont("Helvetica", 7.5)
        y -= 20
        for t in snip:
            c.drawString(40, y, t)
            y -= 9
        y -= 12
    c.setFillGray(0)
    if y < 80:
        b.new()
        y = h - 44
    c.setFont("Helvetica", 8)
    c.drawString(40, y, f"Results 1 - {len(recs)} of {len(recs)}")
    c.drawCentredString(w / 2, y - 20, "\xab Prev     1     Next \xbb")
    c.showPage()
    c.save()
    return b.n


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
        "git_blob": "generated", "generator": f"make_blind_logs73.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs73.py) from the records it drew; "
                               "checked by check_blind_logs73.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, fields, notes, count_check):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, days, meta, n, start in runs:
        recs = make(r, days, n, start)
        pages = draw(d / fname, recs, meta, None)
        draw(d / fname, recs, meta, pages)
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, notes, count_check))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


BROWSER = ("Printed from a web browser: every page has a header line (print date and time '10/28/25, 7:42 AM' "
           "and the page title) and a footer line (the page URL and 'n/N'); page 1 has the site banner, a menu "
           "line, a breadcrumb and a grey cookie banner ('[ Accept all ] [ Reject ] Cookie settings'). ")
NOTES = {
    "hf": (BROWSER + "Press-log table: Case No. (HF-25-NNNNNN, the id), Reported ('10/27/2025 14:05', "
           "reported_at as printed), Incident (type), Location ('4300 block Rowan Ct', wraps), Status "
           "(disposition, wraps; 'Arrest, booking #B25NNNNN', 'Cited, citation TNNNNNNN' and 'Referred to "
           "Marlow County Sheriff case MC25-NNNNN' cite a booking, a citation and another agency's case: "
           "related, not ids). TWIST: under every row a blue line 'Read more >>  N comments  Share: Facebook "
           "X Email' (not a record; the comment count is not a field). Column titles repeated per page. Ends "
           "'N press log entries for <date>.', a pager '<< Previous day | Back to top | Next day >>' and a "
           "site footer with a version number.",
           "rows counted from the generator; 'N press log entries' equals record_count"),
    "bc": (BROWSER + "Blog listing of press posts, NEWEST POST FIRST (by posting time, so neither id nor event-time order). Each post: "
           "a bold headline '<Type> - 4100 Block of Linden Ave' (type), a meta line 'Posted October 14, 2025 "
           "at 9:12 AM | Police Blotter | N Comments' (publication time, NOT reported_at), an excerpt "
           "paragraph 'On Oct. 13, 2025, at 11:40 p.m., officers were called to the 4100 block of Linden Ave "
           "(case BC25-NNNNNN). <narrative> <outcome>' with the id INSIDE the first sentence; reported_at is "
           "'Oct. 13, 2025, at 11:40 p.m.' as printed, location the lower-case 'block of' form, summary the "
           "narrative, disposition the last sentence ('One adult was cited, citation KCNNNNNN.', 'booked ... "
           "booking BCJ-25-NNNN': related); some narratives cite an earlier incident's id ('linked to case "
           "BC25-...', earlier_case_cited). Then 'Read more >>' and share buttons. Page 1 has a 'TRENDING THIS "
           "WEEK' box listing three posts WITH their ids and comment counts (not records, repeats). Ends "
           "'Showing N posts in Police Blotter for <period>.' and a pager.",
           "posts counted from the generator; 'Showing N posts' equals record_count"),
    "oh": (BROWSER + "Incident accordions printed expanded (labelled blocks). Each block: a grey title line "
           "'[-]  Incident OH-25-NNNNN' with 'Updated MM/DD/YYYY H:MM AM' at the right (the web page's edit "
           "time, NOT reported_at); then right-aligned labels two pairs a line: 'When:' (reported_at "
           "'10/14/2025 22:15') and 'What:' (type), 'Where:' ('1200 blk Sage Ct') and 'Result:' "
           "(disposition; '(booking OHBNNNNNN)', '(citation NVNNNNNNN)', 'Referred to Carver County Sheriff "
           "(CCSO 25-NNNNNN)': related); 'Details:' (summary, wraps); sometimes 'Related incident: OH-25-...' "
           "(an earlier id of the same series, earlier_case_cited); then 'Share | Print | Email  Was this "
           "helpful? Yes (n) No (n)'. Blocks never split over pages. Ends 'Displaying N of N incidents.' and "
           "'[ Load more incidents ]'.",
           "blocks counted from the generator; 'Displaying N of' equals record_count"),
    "pj": (BROWSER + "Narrow weekly table in the left two thirds of the page: Report # (25PJ-NNNNN, the id), "
           "Date/Time ('10/13/2025 2:05 PM', 12-hour, wraps before AM/PM sometimes), Offense (upper case, wraps), "
           "Block Address ('4300 BLK ROWAN CT', wraps), Disposition ('Arrest - jail booking JB25-NNNN', "
           "'Citation SCNNNNNNNN': related). TWIST: a site SIDEBAR past a vertical rule on the right of every "
           "page (quick links, phone numbers 555-016x, upcoming events with dates and times like '11/05/2025 "
           "9:00 AM', 'RECENT NEWS' with a comment count) printed level with the rows, so `pdftotext -layout` "
           "puts sidebar words at the end of row lines. Ends 'Total reports this week: N', '0 Comments  Leave "
           "a reply' and a pager.",
           "rows counted from the generator; 'Total reports this week' equals record_count"),
    "qb": (BROWSER + "Site-search results page ('About N results (sorted by relevance)'), one result per "
           "incident, in RELEVANCE order (neither time nor id order). Each result: a blue title '<Type> | "
           "QB25-NNNN | Quillan Bay Police' (type, id), a green URL line ending in the id in LOWER CASE "
           "('.../police/incidents/qb25-0412', not a second record), a snippet 'Oct 14, 2025 2:15 PM - "
           "Reported at 700 block Harbor Way. <narrative> Status: <disposition>. ...' (reported_at 'Oct 14, "
           "2025 2:15 PM', location, summary, disposition; 'Cited, Oregon citation OCNNNNNNN', 'Booked, "
           "booking QBJNNNNN', 'Assist other agency, State Police case OSP25-NNNNNN': related). Ends "
           "'Results 1 - N of N' and a pager.",
           "results counted from the generator; 'Results 1 - N of N' equals record_count"),
}


def main():
    one_agency(
        "harwick-falls-oh-pd", 1,
        [("hfpd-press-log-2025-10-27.pdf", days(10, 27, 27),
          {"label": "October 27, 2025", "iso": "2025-10-27", "stamp": "10/28/25, 7:42 AM"}, 74, 18200),
         ("hfpd-press-log-2025-10-28.pdf", days(10, 28, 28),
          {"label": "October 28, 2025", "iso": "2025-10-28", "stamp": "10/29/25, 8:05 AM"}, 61, 18330)],
        hf_records, draw_hf, "Harwick Falls Police Department, OH [invented]",
        "daily press log web page printed from a browser", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["hf"])
    one_agency(
        "brannock-city-ks-pd", 2,
        [("bcpd-police-blotter-2025-10-13-19.pdf", days(10, 13, 19),
          {"label": "Oct. 13-19, 2025", "stamp": "10/20/25, 9:31 AM",
           "url": "https://www.brannockcity-ks.example/news/category/police-blotter/?week=2025-10-13"}, 52, 4400),
         ("bcpd-police-blotter-2025-10-20-26.pdf", days(10, 20, 26),
          {"label": "Oct. 20-26, 2025", "stamp": "10/27/25, 9:02 AM",
           "url": "https://www.brannockcity-ks.example/news/category/police-blotter/?week=2025-10-20"}, 47, 4520)],
        bc_records, draw_bc, "Brannock City Police Department, KS [invented]",
        "police blotter blog listing printed from a browser (newest first)", "free text",
        ["case_number", "reported_at", "type", "location", "summary", "disposition"], *NOTES["bc"])
    one_agency(
        "ostrander-heights-nv-pd", 3,
        [("ohpd-incident-log-2025-10-14-20.pdf", days(10, 14, 20),
          {"label": "Oct 14 - Oct 20, 2025", "stamp": "10/21/25, 10:17 AM"}, 58, 2200)],
        oh_records, draw_oh, "Ostrander Heights Police Department, NV [invented]",
        "incident log web page with expanded accordions, printed from a browser", "labelled blocks",
        ["case_number", "reported_at", "type", "location", "summary", "disposition"], *NOTES["oh"])
    one_agency(
        "penwell-junction-sc-pd", 4,
        [("pjpd-weekly-reports-2025-10-13.pdf", days(10, 13, 19),
          {"label": "October 13 - 19, 2025", "iso": "2025-10-13", "stamp": "10/21/25, 3:48 PM"}, 118, 10300),
         ("pjpd-weekly-reports-2025-10-20.pdf", days(10, 20, 26),
          {"label": "October 20 - 26, 2025", "iso": "2025-10-20", "stamp": "10/28/25, 4:12 PM"}, 96, 10560)],
        pj_records, draw_pj, "Penwell Junction Police Department, SC [invented]",
        "weekly police reports web page with a sidebar, printed from a browser", "table with header",
        ["case_number", "reported_at", "type", "location", "disposition"], *NOTES["pj"])
    one_agency(
        "quillan-bay-or-pd", 5,
        [("qbpd-search-results-incidents-2025-10-27.pdf", days(10, 20, 26),
          {"stamp": "10/27/25, 11:26 AM"}, 66, 400)],
        qb_records, draw_qb, "Quillan Bay Police Department, OR [invented]",
        "site-search results page of incidents printed from a browser (relevance order)", "free text",
        ["case_number", "reported_at", "type", "location", "summary", "disposition"], *NOTES["qb"])


if __name__ == "__main__":
    main()
