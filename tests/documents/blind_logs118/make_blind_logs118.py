"""Generate a held-out set of statistical crime reports with embedded incident listings (blind_logs118).

Five layouts, each a statistics report (UCR/NIBRS summary tables, monthly, weekly or year-to-date
counts with totals and percent changes, chart axis labels and legends printed as text) followed by
the listing of incidents: a city monthly report whose summary prints the range of case numbers
assigned in the month (shaped like the ids) before a table listing; a county NIBRS report whose
labelled incident blocks run across page breaks; a university chief's report whose incidents are
numbered paragraphs citing earlier cases; a weekly CompStat report whose listing is grouped by
offense category, one incident with two offenses printed under both; a township quarterly UCR
report with two-line records carrying supplement numbers from the same series as the ids.
Every agency, place, number and record is invented. Output is deterministic: fixed seeds,
reportlab invariant mode. Run:
    python tests/documents/blind_logs118/make_blind_logs118.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
import textwrap
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20261218
OFFENSES = ["Burglary - residential", "Burglary - commercial", "Theft from motor vehicle", "Theft - shoplifting",
            "Motor vehicle theft", "Aggravated assault", "Simple assault", "Robbery - street",
            "Criminal damage to property", "Identity theft", "Drug possession", "Trespass",
            "Theft of bicycle", "Domestic battery", "Fraud - credit card", "Harassment by telephone"]
DISPS = ["Open - assigned to detective", "Closed - cleared by arrest", "Closed - exceptionally cleared",
         "Inactive - no leads", "Referred to prosecutor", "Unfounded", "Open - pending lab results"]
STREETS = ["Larkspur Ave", "Old Mill Rd", "Teasel St", "Harrow Ln", "Quarry Rd", "Winslet Dr", "Ferncliff Way",
           "Bexley St", "Cobbler Ct", "Maudlin Ave", "Sorrel Pkwy", "Granger Rd", "Pinfold St", "Ostler Ave"]
NIBRS = {"Burglary - residential": "220", "Burglary - commercial": "220", "Theft from motor vehicle": "23F",
         "Theft - shoplifting": "23C", "Motor vehicle theft": "240", "Aggravated assault": "13A",
         "Simple assault": "13B", "Robbery - street": "120", "Criminal damage to property": "290",
         "Identity theft": "26F", "Drug possession": "35A", "Trespass": "90J", "Theft of bicycle": "23H",
         "Domestic battery": "13B", "Fraud - credit card": "26B", "Harassment by telephone": "13C"}


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


def addr(r):
    return f"{r.randint(1, 48) * 100 + r.choice([0, 10, 20, 50])} block {r.choice(STREETS)}"


def draw_pages(path, size, pages, header, footer_left, fsize=8.0, lh=10.5):
    """pages: list of line lists (Courier, x=36); header: (text, font, size) repeated on every page."""
    c = new_canvas(path, size)
    w, h = size
    n = len(pages)
    for i, lines in enumerate(pages, 1):
        y = h - 40
        for text, f, s in header:
            c.setFont(f, s)
            c.drawString(36, y, text)
            y -= s + 4
        y -= 4
        c.setFont("Courier", fsize)
        for line in lines:
            c.drawString(36, y, line)
            y -= lh
        c.setFont("Helvetica", 7.5)
        c.drawString(36, 26, footer_left)
        c.drawRightString(w - 36, 26, f"Page {i} of {n}")
        c.showPage()
    c.save()


def paginate(groups, per_page, head_lines=(), first=()):
    """groups: line lists kept together (a group longer than what is left may be split if split=True)."""
    pages, cur = [], list(first) + list(head_lines)
    for g in groups:
        if len(cur) + len(g) > per_page and len(cur) > len(head_lines):
            pages.append(cur)
            cur = list(head_lines)
        cur += g
    pages.append(cur)
    return pages


def pct(a, b):
    return "   n/a" if b == 0 else f"{(a - b) / b * 100:+6.1f}%"


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check, related):
    n = len(recs)
    samples = [{"case_number": recs[i]["case_number"], **{k: recs[i][k] for k in fields if k in recs[i]}}
               for i in (0, n // 2, n - 1)]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs118.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size, "pages": pdf_pages(path), "agency": agency,
        "document_type": doc_type, "layout": layout, "scanned": False, "encrypted": False, "text_layer": "good",
        "record_count": n, "case_numbers": [x["case_number"] for x in recs], "related_numbers": related,
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs118.py) from the records it drew; "
                               "checked by check_blind_logs118.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def make_recs(r, first, n, ndays):
    return [{"reported_at": t.strftime("%m/%d/%Y %H:%M"), "type": r.choice(OFFENSES), "location": addr(r),
             "disposition": r.choice(DISPS), "rel": []} for t in stamps(r, first, n, ndays)]


def ucr_table(r, width_label=30, cols=("Month", "Prior yr"), periods=9):
    lines = [f"{'Offense':<{width_label}}{cols[0]:>8}{cols[1]:>10}{'% Chg':>9}{'YTD':>8}{'YTD prior':>11}{'% Chg':>9}"]
    tot = [0, 0, 0, 0]
    for name, lo, hi in [("Homicide", 0, 1), ("Rape", 0, 3), ("Robbery", 1, 8), ("Aggravated assault", 3, 15),
                         ("Burglary", 5, 25), ("Larceny-theft", 20, 60), ("Motor vehicle theft", 2, 12), ("Arson", 0, 2)]:
        a, b = r.randint(lo, hi), r.randint(lo, hi)
        ya, yb = a * periods // 2 + r.randint(lo, hi) * (periods // 2), b * periods // 2 + r.randint(lo, hi) * (periods // 2)
        tot = [tot[0] + a, tot[1] + b, tot[2] + ya, tot[3] + yb]
        lines.append(f"{name:<{width_label}}{a:>8}{b:>10}{pct(a, b):>9}{ya:>8}{yb:>11}{pct(ya, yb):>9}")
    lines.append(f"{'Total Part I':<{width_label}}{tot[0]:>8}{tot[1]:>10}{pct(tot[0], tot[1]):>9}"
                 f"{tot[2]:>8}{tot[3]:>11}{pct(tot[2], tot[3]):>9}")
    return lines


def chart(title, ylabels, xlabels, legend, gap=4):
    lines = [title]
    for y in ylabels:
        lines.append(f"{y:>6} |")
    lines.append("       +" + "-" * (len(xlabels) * gap))
    lines.append("        " + "".join(f"{x:<{gap}}" for x in xlabels))
    lines.append("Legend: " + legend)
    return lines


# 1 ------------------------------------------------------------------ Ashgrove, IL: number range in summary
def ashgrove(d, r):
    agency = "Ashgrove Police Department, IL [invented]"
    recs = make_recs(r, datetime.datetime(2025, 10, 1), 118, 31)
    no = 10400
    lo = no
    for x in recs:
        no += r.randint(1, 3)
        x["case_number"] = f"25-{no}"
    hi = no + r.randint(2, 9)
    first = ["ASHGROVE POLICE DEPARTMENT - MONTHLY CRIME REPORT - OCTOBER 2025", "",
             "Table 1. UCR Part I offenses, October 2025 compared with October 2024 and year to date", ""]
    first += ucr_table(r)
    first += ["", f"Case numbers assigned this month: 25-{lo} through 25-{hi} ({hi - lo + 1} numbers; "
                  f"calls without a report and voided numbers are not listed)",
              f"Calls for service: {r.randint(2400, 2900):,}   Prior month: {r.randint(2400, 2900):,}   "
              f"Officer-initiated: {r.randint(600, 900):,}", ""]
    first += chart("Figure 1. Calls for service by hour of day (October 2025)",
                   ["140", "120", "100", "80", "60", "40", "20", "0"],
                   [f"{h:02d}" for h in range(0, 24, 2)], "[#] October 2025   [=] October 2024   (hour, 24-h clock)")
    first += ["", "INCIDENT LISTING - PART I AND PART II REPORTS, OCTOBER 2025", ""]
    head = [f"{'Case No.':<12}{'Reported':<18}{'Offense':<30}{'Location':<28}Disposition",
            "-" * 118]
    rows = [[f"{x['case_number']:<12}{x['reported_at']:<18}{x['type']:<30}{x['location']:<28}{x['disposition']}"]
            for x in recs]
    rows.append(["", f"Incidents listed: {len(recs)}   End of report"])
    pages = [first] + paginate(rows, 50, head)
    path = d / "ashgrove-monthly-crime-report-2025-10.pdf"
    draw_pages(path, landscape(letter), pages,
               [("Ashgrove Police Department - Crime Analysis Unit", "Helvetica-Bold", 10)],
               "Ashgrove PD Monthly Crime Report - October 2025 - Records: 555-0114")
    return [entry(path, agency, "monthly crime report: UCR Part I summary, chart, then incident listing",
                  "table with header", recs, ["reported_at", "type", "location", "disposition"],
                  f"Page 1 is statistics only: a UCR Part I table (month, prior year, percent change, year to date), "
                  f"a line giving the range of case numbers assigned in the month (25-{lo} through 25-{hi}, shaped "
                  f"like the ids but not records, and not themselves listed), and a text chart whose y-axis labels "
                  f"and hour labels stand alone on lines. The listing starts on page 2; the listing's own total "
                  f"'Incidents listed' is printed at the end.",
                  "every listing row counted from the generator's records; total printed at the end", [])]


# 2 ------------------------------------------------------------------ Brackwater County, KS: blocks across pages
def brackwater(d, r):
    agency = "Brackwater County Sheriff's Office, KS [invented]"
    recs = make_recs(r, datetime.datetime(2025, 9, 1), 84, 30)
    no = 380
    for x in recs:
        no += r.randint(1, 4)
        x["case_number"] = f"BC25-{no:04d}"
        x["code"] = NIBRS[x["type"]]
    first = ["NIBRS Group A offenses reported, September 2025", ""]
    first.append(f"{'Code':<6}{'Offense category':<34}{'Incidents':>10}{'Offenses':>10}{'YTD 2025':>10}{'YTD 2024':>10}{'% Chg':>9}")
    tot = [0, 0, 0, 0]
    for code in sorted(set(NIBRS.values())):
        a = sum(1 for x in recs if x["code"] == code)
        b = a + r.randint(0, 3)
        ya, yb = a * 8 + r.randint(0, 30), a * 8 + r.randint(0, 30)
        name = next(k for k, v in NIBRS.items() if v == code).split(" - ")[0]
        tot = [tot[0] + a, tot[1] + b, tot[2] + ya, tot[3] + yb]
        first.append(f"{code:<6}{name:<34}{a:>10}{b:>10}{ya:>10}{yb:>10}{pct(ya, yb):>9}")
    first.append(f"{'':<6}{'Total Group A':<34}{tot[0]:>10}{tot[1]:>10}{tot[2]:>10}{tot[3]:>10}{pct(tot[2], tot[3]):>9}")
    first += ["", "Group B arrests: 90D Driving under the influence 14   90J Trespass 6   90Z All other 21", ""]
    first += chart("Chart 2. Group A incidents by district", ["30", "20", "10", "0"],
                   ["D1", "D2", "D3", "D4", "D5"], "solid = Sep 2025, hatched = Sep 2024", gap=8)
    first += ["", "INCIDENT DETAIL (Group A incidents, in order of incident number)", ""]
    lines = []
    for x in recs:
        x["rel"] = []
        lines += [f"Incident Number: {x['case_number']}",
                  f"Reported: {x['reported_at']}     NIBRS: {x['code']}",
                  f"Offense: {x['type']}", f"Location: {x['location']}, Brackwater County",
                  f"Disposition: {x['disposition']}", ""]
    lines += [f"Incidents in listing: {len(recs)}"]
    per = 62
    pages, cur = [], list(first)
    cur_id = None
    for ln in lines:
        if ln.startswith("Incident Number: "):
            cur_id = ln.split()[-1]
        if len(cur) >= per:
            pages.append(cur)
            cur = []
            if ln and not ln.startswith("Incident Number: ") and not ln.startswith("Incidents in"):
                cur.append(f"(continued) Incident {cur_id}")
        cur.append(ln)
    pages.append(cur)
    path = d / "brackwater-nibrs-monthly-report-2025-09.pdf"
    draw_pages(path, letter, pages, [("BRACKWATER COUNTY SHERIFF'S OFFICE - NIBRS MONTHLY REPORT", "Helvetica-Bold", 10),
                                     ("Reporting period 09/01/2025 - 09/30/2025   ORI KS0990000", "Helvetica", 8)],
               "Prepared by Records Section, 555-0162", fsize=8.0, lh=10.6)
    return [entry(path, agency, "NIBRS monthly report: Group A table by offense code, chart, then incident detail",
                  "labelled blocks", recs, ["reported_at", "type", "location", "disposition"],
                  "The summary prints NIBRS offense codes (13A, 23F, 290 ...) and counts; each incident is a block "
                  "of labelled lines opened by 'Incident Number:'. Blocks are not kept together: several run across a "
                  "page break, and the next page resumes with '(continued) Incident BC25-....', which repeats the "
                  "number but is not a new record. The ORI in the page header is not a record number.",
                  "every block counted from the generator's records; 'Incidents in listing' printed at the end", [])]


# 3 ------------------------------------------------------------------ Cindermoor University: numbered paragraphs
def cindermoor(d, r):
    agency = "Cindermoor University Police Department, OR [invented]"
    recs = make_recs(r, datetime.datetime(2025, 11, 1), 64, 30)
    no = 300
    related = []
    places = ["Halvorsen Hall", "Lot 7 (east deck)", "Marrow Library", "Fenwick Recreation Center",
              "Tolland Residence Hall", "Science Quad", "Student Union, level 2", "Pell Street garage"]
    for i, x in enumerate(recs):
        no += r.randint(1, 3)
        x["case_number"] = f"25U-{no:04d}"
        x["location"] = r.choice(places)
        if i % 9 == 4:
            prev = f"25U-{r.randint(100, 290):04d}"
            x["rel"] = [("earlier_case", prev)]
            related.append({"record": x["case_number"], "kind": "earlier_case", "number": prev})
    ca, cb = r.randint(1100, 1300), r.randint(1100, 1300)
    ya, yb = r.randint(700, 800), r.randint(650, 800)
    intro = (f"Calls for service in November totaled {ca:,}, compared with {cb:,} in October ({pct(ca, cb).strip()}) and {r.randint(1000, 1200):,} in "
             f"November 2024. Officers wrote {len(recs)} incident reports; {r.randint(8, 15)} were Clery-reportable. Year to date the "
             f"department has written {ya:,} reports, {pct(ya, yb).strip()} against the same period last year.")
    first = ["CINDERMOOR UNIVERSITY POLICE DEPARTMENT", "Chief's Monthly Report to the Campus Safety Committee",
             "November 2025", "", "I. Statistical summary", ""]
    first += textwrap.wrap(intro, 96) + [""]
    first += [f"{'Clery category':<36}{'Nov 2025':>10}{'Nov 2024':>10}{'YTD':>8}{'% Chg YTD':>11}"]
    for name in ["Burglary", "Motor vehicle theft", "Aggravated assault", "Drug law arrests",
                 "Liquor law referrals", "Stalking", "Dating violence"]:
        a, b = r.randint(0, 9), r.randint(0, 9)
        first.append(f"{name:<36}{a:>10}{b:>10}{a * 10 + r.randint(0, 9):>8}{pct(a + 3, b + 3):>11}")
    first += [""] + chart("Graph A. Reports by day of week", ["15", "10", "5", "0"],
                          ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], "dark bars = Nov 2025, light = 3-yr avg",
                          gap=6)
    first += ["", f"II. Incident summaries ({len(recs)} reports; numbered for reference at the meeting)", ""]
    groups = []
    for i, x in enumerate(recs, 1):
        d_, t_ = x["reported_at"].split()
        body = (f"{i}. Case {x['case_number']}, reported {d_} at {t_}, {x['location']}. {x['type']}"
                + (f" (follow-up to case {x['rel'][0][1]})" if x["rel"] else "")
                + f". {r.choice(['Officer took a report.', 'Complainant met officer on scene.', 'Area checked.', 'Video requested from facilities.'])}"
                + f" Disposition: {x['disposition']}.")
        groups.append(textwrap.wrap(body, 96, subsequent_indent="    ", break_on_hyphens=False) + [""])
    groups.append(["III. Training and staffing: two officers completed crisis intervention training (40 hours).",
                   "Contact: Office of the Chief, 555-0147."])
    pages = paginate(groups, 64, (), first)
    path = d / "cindermoor-chiefs-report-2025-11.pdf"
    draw_pages(path, letter, pages, [("Cindermoor University Police - Chief's Monthly Report", "Helvetica-Bold", 9)],
               "For the Campus Safety Committee - November 2025", fsize=7.6, lh=10.0)
    return [entry(path, agency, "chief's monthly report: statistics narrative and Clery table, then numbered incident summaries",
                  "numbered paragraphs", recs, ["reported_at", "type", "location", "disposition"],
                  "The statistics narrative is prose full of counts and percent changes; the incidents are numbered "
                  "paragraphs ('12. Case 25U-0312, reported ...') whose paragraph number is not the id; some wrap onto "
                  "indented lines, and some cite an earlier case ('follow-up to case 25U-0187'), kept in "
                  "related_numbers as earlier_case. reported_at is given as 'MM/DD/YYYY HH:MM' though printed "
                  "'MM/DD/YYYY at HH:MM'.",
                  "paragraphs 1..N counted; the heading of part II prints the number of reports", related)]


# 4 ------------------------------------------------------------------ Dunmore, OH: CompStat grouped by category
def dunmore(d, r):
    agency = "Dunmore Police Department, OH [invented]"
    recs = make_recs(r, datetime.datetime(2025, 10, 5), 96, 7)
    cats = ["BURGLARY", "THEFT", "ASSAULT", "ROBBERY", "DAMAGE TO PROPERTY", "DRUGS", "FRAUD", "OTHER"]
    catof = {"Burglary - residential": "BURGLARY", "Burglary - commercial": "BURGLARY",
             "Theft from motor vehicle": "THEFT", "Theft - shoplifting": "THEFT", "Motor vehicle theft": "THEFT",
             "Theft of bicycle": "THEFT", "Aggravated assault": "ASSAULT", "Simple assault": "ASSAULT",
             "Domestic battery": "ASSAULT", "Robbery - street": "ROBBERY", "Criminal damage to property": "DAMAGE TO PROPERTY",
             "Drug possession": "DRUGS", "Identity theft": "FRAUD", "Fraud - credit card": "FRAUD",
             "Trespass": "OTHER", "Harassment by telephone": "OTHER"}
    no = 41100
    for i, x in enumerate(recs):
        no += r.randint(1, 5)
        x["case_number"] = f"25-0{no}"
        x["offs"] = [x["type"]]
        if i % 11 == 3:
            second = r.choice([o for o in OFFENSES if catof[o] != catof[x["type"]]])
            x["offs"].append(second)
            x["type"] = x["offs"]
    lines = ["DUNMORE POLICE DEPARTMENT - WEEKLY COMPSTAT REPORT", "Week 41: 10/05/2025 - 10/11/2025", ""]
    lines.append(f"{'Category':<22}{'This wk':>9}{'Last wk':>9}{'% Chg':>9}{'28-day':>9}{'Prior 28':>10}{'% Chg':>9}"
                 f"{'YTD':>8}{'Prior YTD':>11}{'% Chg':>9}")
    byc = {c: [x for x in recs if any(catof[o] == c for o in x["offs"])] for c in cats}
    for c in cats:
        a = len(byc[c])
        b, f28, p28 = r.randint(0, 25), a * 4 + r.randint(0, 9), a * 4 + r.randint(0, 9)
        y, py = a * 40 + r.randint(0, 99), a * 40 + r.randint(0, 99)
        lines.append(f"{c:<22}{a:>9}{b:>9}{pct(a, b):>9}{f28:>9}{p28:>10}{pct(f28, p28):>9}{y:>8}{py:>11}{pct(y, py):>9}")
    lines += ["", "Note: an incident with offenses in two categories is counted in each; the listing below shows it under each.",
              ""]
    lines += chart("Fig. 2  Part I offenses, weeks 30-41", ["60", "45", "30", "15", "0"],
                   [f"W{w}" for w in range(30, 42)], "---- 2025   .... 5-yr average", gap=5)
    lines += ["", "OFFENSE LISTING BY CATEGORY", ""]
    groups = []
    nlines = 0
    for c in cats:
        g = [f"{c} - {len(byc[c])} offenses",
             f"  {'Report No.':<12}{'Reported':<18}{'Offense':<30}{'Location':<28}Disposition"]
        for x in byc[c]:
            for o in x["offs"]:
                if catof[o] == c:
                    g.append(f"  {x['case_number']:<12}{x['reported_at']:<18}{o:<30}{x['location']:<28}{x['disposition']}")
                    nlines += 1
        groups.append(g + [""])
    # listing order: order of first appearance
    order = []
    for c in cats:
        for x in byc[c]:
            if x not in order:
                order.append(x)
    groups.append([f"Distinct incidents: {len(recs)}   Offense lines: {nlines}"])
    pages, cur = [], list(lines)
    for g in groups:
        for ln in g:
            if len(cur) >= 46:
                pages.append(cur)
                cur = []
            cur.append(ln)
    pages.append(cur)
    path = d / "dunmore-compstat-week-41-2025.pdf"
    draw_pages(path, landscape(letter), pages, [("Dunmore PD Crime Analysis - CompStat", "Helvetica-Bold", 10)],
               "Law enforcement sensitive - internal distribution - questions 555-0138", fsize=7.8, lh=10.2)
    return [entry(path, agency, "weekly CompStat report: category comparison table and trend chart, then listing by category",
                  "table with header", order, ["reported_at", "type", "location", "disposition"],
                  "The CompStat table prints week, 28-day and year-to-date counts with percent changes; the listing "
                  "is grouped under category headings ('THEFT - 23 offenses') which count offense lines, not "
                  "incidents. An incident with offenses in two categories is printed once under each heading with the "
                  "same number, time and place: it is one record (type is then the list of its offenses), listed once "
                  "in case_numbers at its first appearance. Groups run across page breaks without a repeated header.",
                  "rows counted under each heading; 'Distinct incidents' printed at the end", [])]


# 5 ------------------------------------------------------------------ Eastfell Twp, PA: two-line rows, supplements
def eastfell(d, r):
    agency = "Eastfell Township Police Department, PA [invented]"
    recs = make_recs(r, datetime.datetime(2025, 7, 1), 131, 92)
    no = 600
    related = []
    gaps = []
    for x in recs:
        step = r.choice([1, 1, 2, 3])
        gaps += range(no + 1, no + step)
        no += step
        x["case_number"] = f"2025-{no:04d}"
    for i, x in enumerate(recs):
        if i % 8 == 5:
            own = int(x["case_number"][5:])
            s = next(g for g in gaps if g > own)
            gaps.remove(s)
            num = f"2025-{s:04d}"
            x["rel"] = [("supplement_report", num)]
            related.append({"record": x["case_number"], "kind": "supplement_report", "number": num})
    first = ["EASTFELL TOWNSHIP POLICE DEPARTMENT", "Quarterly Uniform Crime Report - Third Quarter 2025 (July - September)",
             "", "Table 1. Part I offenses known to police", ""]
    first += ucr_table(r, 24, ("Q3 2025", "Q3 2024"), 3)
    first += ["", "Table 2. Clearances", f"{'':<24}{'Q3 2025':>9}{'Q3 2024':>9}{'% Chg':>9}"]
    for name in ["Cleared by arrest", "Exceptionally cleared", "Not cleared"]:
        a, b = r.randint(10, 60), r.randint(10, 60)
        first.append(f"{name:<24}{a:>9}{b:>9}{pct(a, b):>9}")
    first += [""] + chart("Figure 3. Reports per month", ["50", "40", "30", "20", "10", "0"], ["Jul", "Aug", "Sep"],
                          "# 2025  o 2024", gap=10)
    first += ["", "Report numbers are drawn from one series; supplemental reports take the next free number.", "",
              "Table 3. Incident listing", f"{'Report No.':<12}{'Reported':<18}{'Offense':<30}{'Supplement':<12}",
              f"{'':<12}Location / Disposition", "-" * 88]
    lines = []
    for x in recs:
        sup = f"Supp. {x['rel'][0][1]}" if x["rel"] else ""
        lines.append(f"{x['case_number']:<12}{x['reported_at']:<18}{x['type']:<30}{sup}")
        lines.append(f"{'':<12}{x['location']} / {x['disposition']}")
    lines += ["", f"Total incidents listed: {len(recs)}"]
    pages, cur = [], list(first)
    for ln in lines:
        if len(cur) >= 67:
            pages.append(cur)
            cur = []
        cur.append(ln)
    pages.append(cur)
    path = d / "eastfell-quarterly-ucr-2025-q3.pdf"
    draw_pages(path, letter, pages, [("Eastfell Township Police Department - Quarterly UCR Report", "Helvetica-Bold", 9)],
               "Eastfell Twp. PD, Records Unit 555-0171", fsize=7.4, lh=9.8)
    return [entry(path, agency, "quarterly UCR report: Part I and clearance tables, chart, then a two-line incident listing",
                  "table with header", recs, ["reported_at", "type", "location", "disposition"],
                  "Each incident takes two lines (number, time, offense, supplement; then location / disposition), "
                  "and pages break between the two lines of some incidents. Some incidents print 'Supp. 2025-....': "
                  "a supplemental report number from the same series as the ids (kept in related_numbers as "
                  "supplement_report), not a record of its own. The UCR tables print counts and percent changes.",
                  "two-line rows counted from the generator's records; 'Total incidents listed' printed at the end",
                  related)]


AGENCIES = [("ashgrove-il-pd", ashgrove), ("brackwater-county-ks-so", brackwater),
            ("cindermoor-university-pd", cindermoor), ("dunmore-oh-pd", dunmore), ("eastfell-pa-pd", eastfell)]


def main():
    for i, (folder, fn) in enumerate(AGENCIES, 1):
        d = OUT / folder
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + i))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
