"""Generate a held-out set of incident logs published as web pages and printed to PDF from a browser
(blind_logs113).

Five layouts, each page carrying what a browser adds when printing (a running header with the print
date and the page title, a footer with the URL and the page counter) and what the site prints above
and below the log (navigation, breadcrumbs, 'Back to top', link text):
a Chrome print of a daily incident table whose header row the browser repeats on every page, with a
CAD event column and a 'Featured incidents' sidebar printed after the table that repeats case numbers;
a Firefox print of a responsive table collapsed to stacked cards (label / value lines), cards cut by
page breaks, citation numbers on some cards, 'Back to top' every ten cards;
an Edge print of a police blotter (news-style posts), with community-notice posts that carry no case
number and follow-up posts citing earlier cases not in the log;
a Chrome print of a DataTables calls-for-service list with a row-index column and wrapped location
cells, 'Showing 1 to N of N entries';
a Firefox print of a weekly log in expanded day sections (day heading with a count, time-only rows)
with a 'Recently updated' box printed after the log that repeats case numbers.
Every agency, place and record is invented. Output is deterministic: fixed seeds, reportlab
invariant mode. Run:
    python tests/documents/blind_logs113/make_blind_logs113.py [OUT_DIR]
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
SEED = 20261213
TYPES = ["Theft from vehicle", "Burglary - residence", "Vandalism", "Suspicious person", "Welfare check",
         "Disturbance - noise", "Traffic collision", "Shoplifting", "Found property", "Trespass",
         "Domestic disturbance", "Fraud - scam call", "Assault - simple", "DUI arrest", "Animal complaint",
         "Stolen bicycle", "Harassment", "Alarm - commercial"]
DISPS = ["Report taken", "Arrest made", "Citation issued", "Unfounded", "Referred to detectives",
         "Closed - no further action", "Warning given", "Assisted - gone on arrival"]
STREETS = ["Alder Ave", "Birchwood Dr", "Cannery Rd", "Dunlin St", "Elmhurst Ct", "Foundry Ln", "Gable St",
           "Harrow Way", "Ivel Rd", "Juniper Pl", "Kestrel Ave", "Larkspur Ln", "Millrace Rd", "Northgate Blvd"]


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


def place(r, long=False):
    s = f"{r.randint(1, 39) * 100} block of {r.choice(STREETS)}"
    if long and r.random() < 0.3:
        s += f" at {r.choice(STREETS)} (parking lot behind building)"
    return s


def browser_pages(path, size, pages, printed, title, url, counter, top=None, fsize=8.0, lh=11):
    """pages: list of line lists; a line is a str (x=40) or a list of (x, str[, font])."""
    c = new_canvas(path, size)
    w, h = size
    n = len(pages)
    for i, lines in enumerate(pages, 1):
        c.setFont("Helvetica", 7)
        c.drawString(24, h - 18, printed)
        c.drawCentredString(w / 2, h - 18, title)
        c.drawString(24, 14, url)
        c.drawRightString(w - 24, 14, counter.format(i=i, n=n))
        y = h - 44
        for line in (top or []) + lines if i == 1 else lines:
            for item in ([(40, line)] if isinstance(line, str) else line):
                x, text = item[0], item[1]
                c.setFont(item[2] if len(item) > 2 else "Helvetica", fsize)
                c.drawString(x, y, text)
            y -= lh
        c.showPage()
    c.save()


def paginate(groups, per_page, head=(), first_less=0):
    """groups kept together; head lines repeat at the top of every page (the browser's thead)."""
    pages, cur, cap = [], list(head), per_page - first_less
    for g in groups:
        if len(cur) + len(g) > cap and len(cur) > len(head):
            pages.append(cur)
            cur, cap = list(head), per_page
        cur += g
    pages.append(cur)
    return pages


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    n = len(recs)
    samples = [{"case_number": recs[i]["case_number"], **{k: recs[i][k] for k in fields if recs[i].get(k)}}
               for i in (0, n // 2, n - 1)]
    related = [{"record": x["case_number"], "kind": k, "number": num} for x in recs for k, num in x["rel"]]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs113.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size, "pages": pdf_pages(path), "agency": agency,
        "document_type": doc_type, "layout": layout, "scanned": False, "encrypted": False, "text_layer": "good",
        "record_count": n, "case_numbers": [x["case_number"] for x in recs], "related_numbers": related,
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs113.py) from the records it drew; "
                               "checked by check_blind_logs113.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


# 1 ------------------------------------------------------------ Ashcombe, ID: Chrome table + sidebar
def ashcombe(d, r):
    agency = "Ashcombe Police Department, ID [invented]"
    gt, num, cad = [], 1180, 31020
    for fname, day0, n in [("ashcombe-daily-incident-log-2026-03-02.pdf", 2, 58),
                           ("ashcombe-daily-incident-log-2026-03-03.pdf", 3, 71)]:
        recs = []
        for t in stamps(r, datetime.datetime(2026, 3, day0), n, 1):
            num += r.randint(1, 2)
            cad += r.randint(2, 9)
            x = {"case_number": f"AC26-{num:05d}", "cad": f"26-{cad:06d}", "reported_at": t.strftime("%m/%d/%Y %H:%M"),
                 "type": r.choice(TYPES), "location": place(r), "disposition": r.choice(DISPS)}
            x["rel"] = [("cad_event", x["cad"])]
            recs.append(x)
        cols = [40, 110, 175, 255, 375, 545]
        head = [list(zip(cols, ["Case No.", "CAD Event", "Reported", "Incident Type", "Location", "Disposition"],
                         ["Helvetica-Bold"] * 6)), "-" * 190]
        groups = [[list(zip(cols, [x["case_number"], x["cad"], x["reported_at"], x["type"], x["location"],
                                   x["disposition"]]))] for x in recs]
        feat = r.sample(recs, 3)
        groups.append(["", [(40, "Back to top", "Helvetica-Oblique")], ""])
        groups.append([[(40, "Featured incidents", "Helvetica-Bold")]]
                      + [[(40, f"{x['case_number']}  -  {x['type']} on {x['location'].split(' of ')[1]}  (read the news release)")]
                         for x in feat])
        groups.append(["", "Home  |  Contact Us  |  Accessibility  |  Public Records Requests  |  Non-emergency 555-0163"])
        top = [[(40, "Ashcombe, Idaho  -  Official City Website", "Helvetica-Bold")],
               "Home   Government   Departments   Services   News   Contact",
               "Home > Departments > Police > Crime & Safety > Daily Incident Log", "",
               [(40, f"Daily Incident Log - {datetime.date(2026, 3, day0).strftime('%A, %B %d, %Y')}", "Helvetica-Bold")],
               f"Showing {n} incidents.  Select a date:  Previous day  |  Next day  |  Download CSV", ""]
        pages = paginate(groups, 47, head, first_less=len(top))
        path = d / fname
        browser_pages(path, landscape(letter), pages, f"3/{day0 + 1}/26, 7:4{day0} AM",
                      "Daily Incident Log | Ashcombe Police Department",
                      f"https://www.ashcombe-id.example.gov/police/daily-log?date=2026-03-0{day0}", "{i}/{n}", top)
        gt.append(entry(path, agency, "daily incident log web page printed from Chrome", "table with header", recs,
                        ["reported_at", "type", "location", "disposition"],
                        "Landscape Chrome print of a web table: browser header (print date/time, page title) and "
                        "footer (URL, `1/2`); site banner, navigation and breadcrumbs above the table on page 1; "
                        "the table header row is repeated by the browser on every page. Second column `CAD Event` "
                        "`26-NNNNNN` is a dispatch number, not the record. After the table: `Back to top`, a "
                        "`Featured incidents` sidebar repeating three case numbers already in the table with a "
                        "headline (not new records), and the site footer. `Showing N incidents.` above the table.",
                        "every row counted by the generator", ))
    return agency, gt


# 2 ------------------------------------------------------------ Brelford, WI: stacked cards (Firefox)
def brelford(d, r):
    agency = "Brelford Police Department, WI [invented]"
    recs, lines, num, cit = [], [], 412, 98110
    n = 84
    for k, t in enumerate(stamps(r, datetime.datetime(2026, 2, 1), n, 28), 1):
        num += r.randint(1, 4)
        x = {"case_number": f"2026-{num:05d}", "reported_at": t.strftime("%b %d, %Y %I:%M %p"),
             "type": r.choice(TYPES), "location": place(r), "disposition": r.choice(DISPS), "rel": []}
        card = [[(56, "Incident Number", "Helvetica-Bold"), (200, x["case_number"])],
                [(56, "Date / Time", "Helvetica-Bold"), (200, x["reported_at"])],
                [(56, "Nature", "Helvetica-Bold"), (200, x["type"])],
                [(56, "Address", "Helvetica-Bold"), (200, x["location"])]]
        if x["disposition"] == "Citation issued" or r.random() < 0.12:
            cit += r.randint(3, 40)
            x["rel"].append(("citation", f"C{cit:07d}"))
            card.append([(56, "Citation No.", "Helvetica-Bold"), (200, f"C{cit:07d}")])
        card += [[(56, "Status", "Helvetica-Bold"), (200, x["disposition"])],
                 [(56, "View details  >", "Helvetica-Oblique")], ""]
        lines += card
        if k % 10 == 0:
            lines += [[(40, "^ Back to top", "Helvetica-Oblique")], ""]
        recs.append(x)
    lines += ["", f"Page 1 of 1   -   {n} results", "", "Brelford Police Department  -  300 Mill St  -  555-0128",
              "Privacy   Terms of use   Site map"]
    top = [[(40, "BRELFORD POLICE DEPARTMENT", "Helvetica-Bold")], "Menu   Search",
           "You are here: Home / Police / Community / Incident Reports", "",
           [(40, "Incident Reports - February 2026", "Helvetica-Bold")],
           f"Filter: Month = February 2026   Sort: Oldest first   {n} results", ""]
    per, pages, cur = 62, [], top[:0]
    cap = per - len(top)
    for ln in lines:  # Firefox cuts cards anywhere
        if len(cur) >= cap:
            pages.append(cur)
            cur, cap = [], per
        cur.append(ln)
    pages.append(cur)
    path = d / "brelford-incident-reports-2026-02.pdf"
    # Firefox: title left top, date right top; URL left bottom, 'Page x of y' right bottom
    c_pages = pages
    c = new_canvas(path, letter)
    w, h = letter
    for i, pl in enumerate(c_pages, 1):
        c.setFont("Helvetica", 7)
        c.drawString(24, h - 18, "Incident Reports | City of Brelford")
        c.drawRightString(w - 24, h - 18, "3/4/2026")
        c.drawString(24, 14, "https://brelford-wi.example.gov/police/incident-reports?month=2026-02")
        c.drawRightString(w - 24, 14, f"Page {i} of {len(c_pages)}")
        y = h - 44
        for line in (top + pl if i == 1 else pl):
            for item in ([(40, line)] if isinstance(line, str) else line):
                c.setFont(item[2] if len(item) > 2 else "Helvetica", 8)
                c.drawString(item[0], y, item[1])
            y -= 11
        c.showPage()
    c.save()
    return agency, [entry(path, agency, "monthly incident report list web page printed from Firefox (stacked cards)",
                          "labelled blocks", recs, ["reported_at", "type", "location", "disposition"],
                          "A responsive table printed at phone width: every incident is a stacked card of label / "
                          "value lines (`Incident Number`, `Date / Time`, `Nature`, `Address`, `Citation No.` on "
                          "some, `Status`) ending with the link text `View details  >`. Firefox cuts cards at page "
                          "ends, so a card's lines run onto the next page under the browser header. `^ Back to top` "
                          "after every ten cards. Citation numbers `CNNNNNNN` are not records. `84 results` is "
                          "printed above and below the cards.", "cards counted by the generator")]


# 3 ------------------------------------------------------------ Cordale, SC: blotter posts (Edge)
def cordale(d, r):
    agency = "Cordale Police Department, SC [invented]"
    recs, groups, num = [], [], 2210
    n, notices = 61, 6
    slots = sorted(r.sample(range(3, n + notices - 2), notices))
    tms = stamps(r, datetime.datetime(2026, 4, 1), n + notices, 30)
    k = 0
    nf = 0
    for i, t in enumerate(tms):
        stamp = t.strftime("%m/%d/%Y %I:%M %p")
        if i in slots:
            groups.append([[(40, f"{stamp}  ·  Community Notice", "Helvetica-Oblique")],
                           [(40, r.choice(["Coffee with a Cop this Saturday", "Road closure for the spring parade",
                                           "Prescription drug take-back day", "Bike registration event at the library",
                                           "Reminder: lock your vehicles", "New non-emergency number 555-0139"]),
                             "Helvetica-Bold")],
                           "Residents are invited to stop by; questions to the Community Services Unit at 555-0139.",
                           [(40, "Read more »", "Helvetica-Oblique"), (120, "Share", "Helvetica-Oblique")], ""])
            continue
        num += r.randint(1, 5)
        x = {"case_number": f"26-{num:05d}", "reported_at": stamp, "type": r.choice(TYPES),
             "location": place(r), "disposition": r.choice(DISPS), "rel": []}
        body = [[(40, f"{stamp}  ·  Case #{x['case_number']}", "Helvetica-Oblique")],
                [(40, x["type"], "Helvetica-Bold")],
                f"Officers responded to the {x['location']}. " + r.choice([
                    "The caller reported the matter after returning home.", "No injuries were reported.",
                    "A witness gave a description of a vehicle.", "The complainant did not wish to pursue charges.",
                    "Video from a nearby business was requested."])]
        if k > 8 and r.random() < 0.15 and nf < 6:
            nf += 1
            old = f"26-{r.randint(1900, 2150):05d}"
            x["rel"].append(("earlier_case", old))
            body.append(f"This is a follow-up to Case #{old}, reported earlier this year.")
        body += [f"Status: {x['disposition']}",
                 [(40, "Read more »", "Helvetica-Oblique"), (120, "Share", "Helvetica-Oblique")], ""]
        groups.append(body)
        recs.append(x)
        k += 1
    groups.append(["", [(40, "Back to top ^", "Helvetica-Oblique")],
                   f"Showing posts 1 - {n + notices} of {n + notices}    « Newer posts    Older posts »"])
    top = [[(40, "City of Cordale, South Carolina", "Helvetica-Bold")],
           "Residents   Business   Visitors   Police   Fire   Contact",
           "Home  ›  Police  ›  News  ›  Police Blotter", "",
           [(40, "Police Blotter - April 2026", "Helvetica-Bold")],
           "Entries are posted by the Public Information Office and may be updated.", ""]
    pages = paginate(groups, 62, first_less=len(top))
    path = d / "cordale-police-blotter-2026-04.pdf"
    browser_pages(path, letter, pages, "5/2/26, 3:17 PM", "Police Blotter - City of Cordale",
                  "https://www.cordale-sc.example.gov/police/news/blotter?month=2026-04", "{i}/{n}", top)
    return agency, [entry(path, agency, "monthly police blotter web page printed from Edge", "free text", recs,
                          ["reported_at", "type", "location", "disposition"],
                          "News-style posts: a meta line `MM/DD/YYYY HH:MM AM  ·  Case #26-NNNNN`, a bold headline "
                          "(the incident type), a sentence naming the block, `Status: ...`, link text `Read more »  "
                          "Share`. Six `Community Notice` posts have the same meta line without a case number and "
                          "are not records. Some posts cite an earlier case `Case #26-0NNNN` not in this month's "
                          "log (related, not records). `Showing posts 1 - 67 of 67` counts the notices too.",
                          "posts counted by the generator")]


# 4 ------------------------------------------------------------ Dunmore County, NE: DataTables
def dunmore(d, r):
    agency = "Dunmore County Sheriff's Office, NE [invented]"
    recs, groups, num = [], [], 4410
    n = 97
    for i, t in enumerate(stamps(r, datetime.datetime(2026, 1, 5), n, 14), 1):
        num += r.randint(1, 7)
        x = {"case_number": f"DC26-{num:06d}", "reported_at": t.strftime("%m/%d/%Y %H:%M"),
             "type": r.choice(TYPES), "location": place(r, long=True), "disposition": r.choice(DISPS), "rel": []}
        loc = x["location"]
        if len(loc) > 34:
            cut = loc.rfind(" ", 0, 34)
            l1, l2 = loc[:cut], loc[cut + 1:]
        else:
            l1, l2 = loc, ""
        g = [[(40, str(i)), (62, x["case_number"]), (130, x["reported_at"]), (205, x["type"]), (320, l1),
              (475, x["disposition"])]]
        if l2:
            g.append([(320, l2)])
        groups.append(g)
        recs.append(x)
    groups.append(["", f"Showing 1 to {n} of {n} entries", "Previous   1   Next", "",
                   [(40, "Back to top", "Helvetica-Oblique")],
                   "Dunmore County, Nebraska  -  Sheriff's Office  -  Non-emergency 555-0171"])
    head = [[(40, "#", "Helvetica-Bold"), (62, "Call No.", "Helvetica-Bold"), (130, "Received", "Helvetica-Bold"),
             (205, "Call Type", "Helvetica-Bold"), (320, "Location", "Helvetica-Bold"),
             (475, "Disposition", "Helvetica-Bold")]]
    top = [[(40, "DUNMORE COUNTY SHERIFF", "Helvetica-Bold")],
           "Home | Sheriff | Jail | Civil Process | Records | Calls for Service",
           "Home / Records / Calls for Service", "",
           [(40, "Calls for Service: 01/05/2026 - 01/18/2026", "Helvetica-Bold")],
           "Show [All] entries        Search: ______", ""]
    pages = paginate(groups, 60, head, first_less=len(top))
    path = d / "dunmore-calls-for-service-2026-01-05-18.pdf"
    browser_pages(path, letter, pages, "1/19/26, 10:02 AM", "Calls for Service - Dunmore County Sheriff",
                  "https://sheriff.dunmore-ne.example.gov/records/cfs?from=2026-01-05&to=2026-01-18&len=-1",
                  "{i}/{n}", top, fsize=7.5)
    return agency, [entry(path, agency, "two-week calls-for-service web table printed from Chrome", "table with header",
                          recs, ["reported_at", "type", "location", "disposition"],
                          "A DataTables list shown with `Show [All] entries` and printed: the first column `#` is the "
                          "row index 1..N (not the record), then `Call No.` `DC26-NNNNNN`. Long locations wrap onto a "
                          "second line holding only the rest of the location. Header row repeated by the browser; "
                          "`Showing 1 to 97 of 97 entries` and the pager `Previous 1 Next` after the table.",
                          "rows counted by the generator")]


# 5 ------------------------------------------------------------ Elsworth, VT: day sections (Firefox)
def elsworth(d, r):
    agency = "Elsworth Police Department, VT [invented]"
    gt, num = [], 310
    for fname, day0, n in [("elsworth-weekly-log-2026-05-04.pdf", 4, 66), ("elsworth-weekly-log-2026-05-11.pdf", 11, 73)]:
        recs, groups = [], []
        ts = stamps(r, datetime.datetime(2026, 5, day0), n, 7)
        days = sorted({t.date() for t in ts})
        for dd in days:
            rows = [t for t in ts if t.date() == dd]
            g = [[(40, f"[-] {dd.strftime('%A, %B')} {dd.day}, {dd.year}  ({len(rows)} incidents)", "Helvetica-Bold")]]
            groups.append(g)
            for t in rows:
                num += r.randint(1, 3)
                x = {"case_number": f"E26-{num:05d}", "reported_at": t.strftime("%m/%d/%Y %H:%M"),
                     "time": t.strftime("%H:%M"), "type": r.choice(TYPES), "location": place(r),
                     "disposition": r.choice(DISPS), "rel": []}
                groups.append([[(52, x["time"]), (90, x["case_number"]), (150, x["type"]), (270, x["location"]),
                                (420, x["disposition"])]])
                recs.append(x)
            groups.append([[(52, "Back to top", "Helvetica-Oblique")], ""])
        upd = r.sample(recs[: n // 2], 4)
        groups.append([[(40, "Recently updated", "Helvetica-Bold")]]
                      + [f"{x['case_number']}  status changed to {r.choice(DISPS)}  (updated {day0 + 7:02d} May)" for x in upd]
                      + ["", "Elsworth Police Department  ·  Emergency 911  ·  Business line 555-0192"])
        top = [[(40, "Elsworth, Vermont", "Helvetica-Bold")], "Home   Departments   Police   Pay a ticket   Contact",
               "Home » Police » Transparency » Weekly Incident Log", "",
               [(40, f"Weekly Incident Log: week of May {day0}, 2026", "Helvetica-Bold")],
               f"{n} incidents this week.   Expand all  |  Collapse all", ""]
        pages = paginate(groups, 62, first_less=len(top))
        path = d / fname
        c = new_canvas(path, letter)
        w, h = letter
        for i, pl in enumerate(pages, 1):
            c.setFont("Helvetica", 7)
            c.drawString(24, h - 18, "Weekly Incident Log - Elsworth Police")
            c.drawRightString(w - 24, h - 18, f"5/{day0 + 7}/2026")
            c.drawString(24, 14, f"https://elsworth-vt.example.gov/police/weekly-log/2026-05-{day0:02d}")
            c.drawRightString(w - 24, 14, f"Page {i} of {len(pages)}")
            y = h - 44
            for line in (top + pl if i == 1 else pl):
                for item in ([(40, line)] if isinstance(line, str) else line):
                    c.setFont(item[2] if len(item) > 2 else "Helvetica", 8)
                    c.drawString(item[0], y, item[1])
                y -= 11
            c.showPage()
        c.save()
        for x in recs:
            x.pop("time")
        gt.append(entry(path, agency, "weekly incident log web page printed from Firefox (day sections)",
                        "table with header", recs, ["reported_at", "type", "location", "disposition"],
                        "Expanded accordion sections, one per day: heading `[-] Monday, May 4, 2026  (N incidents)` "
                        "then rows `HH:MM  E26-NNNNN  type  location  disposition` with the time only (the date is "
                        "the heading's; `reported_at` joins them as MM/DD/YYYY HH:MM). `Back to top` after each day. "
                        "After the log a `Recently updated` box repeats four case numbers already listed (not new "
                        "records). `N incidents this week.` above the log.", "rows counted by the generator"))
    return agency, gt


AGENCIES = [("ashcombe-id-pd", 1, ashcombe), ("brelford-wi-pd", 2, brelford), ("cordale-sc-pd", 3, cordale),
            ("dunmore-county-ne-so", 4, dunmore), ("elsworth-vt-pd", 5, elsworth)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        _, gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
