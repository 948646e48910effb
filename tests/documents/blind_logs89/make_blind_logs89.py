"""Generate the held-out set blind_logs89: incident logs printed as the APPENDIX of an annual report.

Each PDF is a narrative annual report: prose pages, statistics tables and chart labels full of
numbers (no records there), then an appendix holding the incident list in one of five layouts.
Every agency, place and record is invented; no person is named. Deterministic (fixed seeds,
reportlab invariant mode). Run: python tests/documents/blind_logs89/make_blind_logs89.py [OUT_DIR]
"""

import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20261189
STREETS = ["Ambler", "Birchfield", "Carrow", "Delmont", "Elsing", "Farrier", "Glenross", "Hadley", "Ivers",
           "Juniper", "Kemble", "Lockett", "Millrace", "Norbury", "Oakhurst", "Prescott", "Quillan", "Redvers"]
SUF = ["St", "Ave", "Rd", "Dr", "Ln", "Way", "Ct"]
TYPES = ["Burglary - Residential", "Theft from Vehicle", "Vandalism", "Assault - Simple", "Fraud",
         "Stolen Vehicle", "Shoplifting", "Trespass", "Robbery", "Identity Theft", "Burglary - Commercial"]
DISPS = ["Report taken", "Cleared by arrest", "Inactive", "Unfounded", "Referred to DA", "Cited and released"]
W, H = letter


def new_canvas(path):
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1, pageCompression=1)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    return c


def make_records(r, n, fmt, start, month_from, month_to, cite_fmt):
    mins = sorted(r.sample(range(0, 1440 * 28 * (month_to - month_from + 1)), n))
    recs, k = [], start
    for m in mins:
        day = m // 1440
        mon, dd = month_from + day // 28, day % 28 + 1
        k += r.choice((1, 1, 2, 3))
        disp = r.choice(DISPS)
        rec = {"case_number": fmt.format(k), "reported_at": f"{mon:02d}/{dd:02d}/2025 {(m % 1440) // 60:02d}{m % 60:02d}",
               "type": r.choice(TYPES), "month": mon,
               "location": f"{r.randint(1, 79) * 100 + r.randint(0, 99)} {r.choice(STREETS)} {r.choice(SUF)}",
               "disposition": disp, "related": []}
        if disp == "Cited and released":
            num = cite_fmt.format(r.randint(100000, 999999))
            rec["disposition"] = f"Cited {num}"
            rec["related"].append(("citation", num))
        recs.append(rec)
    return recs


def front_matter(c, r, agency, report_label, cites):
    """Narrative pages with statistics and chart labels: many numbers, no records."""
    c.setFont("Helvetica-Bold", 20)
    c.drawString(72, H - 100, agency)
    c.setFont("Helvetica", 14)
    c.drawString(72, H - 124, report_label)
    c.setFont("Times-Roman", 11)
    calls = r.randint(14000, 26000)
    prose = [
        "Message from the Chief",
        f"In 2025 the department answered {calls:,} calls for service, up {r.randint(2, 9)}.{r.randint(0, 9)}% from",
        f"2024, with an average priority-1 response time of {r.randint(4, 7)}:{r.randint(10, 59)} minutes. Officers made",
        f"{r.randint(600, 1400):,} arrests and issued {r.randint(2000, 5000):,} traffic citations. Sworn strength stood at",
        f"{r.randint(40, 90)} of {r.randint(91, 110)} authorised positions; {r.randint(3, 12)} recruits graduated in class 2025-{r.randint(1, 3)}.",
        f"Part I offenses fell to {r.randint(700, 1500):,}, the lowest since {r.randint(1998, 2012)}. Call the records unit at",
        f"555-01{r.randint(10, 99)} for copies of any report listed in the appendix.",
    ]
    for _i, ref in enumerate(cites):
        prose.append(f"Notable investigation: case {ref} (see the appendix) was closed in {r.randint(3, 11)} days.")
    y = H - 170
    for line in prose:
        c.drawString(72, y, line)
        y -= 16
    c.showPage()
    # statistics table and a bar chart with labels
    c.setFont("Helvetica-Bold", 13)
    c.drawString(72, H - 72, "Crime Statistics, 2023 - 2025")
    c.setFont("Helvetica-Bold", 9)
    for x, head in zip((72, 260, 320, 380, 440), ("Offense", "2023", "2024", "2025", "% chg")):
        c.drawString(x, H - 100, head)
    c.setFont("Helvetica", 9)
    y = H - 116
    for t in TYPES:
        a, b, d = r.randint(20, 400), r.randint(20, 400), r.randint(20, 400)
        for x, v in zip((72, 260, 320, 380, 440), (t, str(a), str(b), str(d), f"{(d - b) * 100 / b:+.1f}")):
            c.drawString(x, y, v)
        y -= 13
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, y - 20, "Figure 2. Calls for service by hour of day, 0000-2300")
    base = y - 200
    for hour in range(0, 24, 2):
        v = r.randint(300, 1500)
        x = 80 + hour * 19
        c.rect(x, base, 14, v / 10, fill=1)
        c.setFont("Helvetica", 7)
        c.drawString(x, base + v / 10 + 3, f"{v:,}")
        c.drawString(x, base - 10, f"{hour:02d}00")
    c.showPage()


def appendix_title(c, title, sub):
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, H - 60, title)
    c.setFont("Helvetica", 9)
    c.drawString(72, H - 74, sub)
    return H - 100


LABEL = ["Annual Report 2025"]


def footer(c, agency, page):
    c.setFont("Helvetica-Oblique", 7)
    c.drawString(72, 30, f"{agency} - {LABEL[0]} - page {page}")


# ---- A: ruled table, header repeated per page (twist: prose cites appendix cases)
def draw_table(c, recs, agency, page0, cols, title, groups=None):
    page = page0
    y = appendix_title(c, title, "Listed in order of report. Dispositions as of January 9, 2026.")

    def header(y):
        c.setFont("Helvetica-Bold", 8)
        for x, name, _ in cols:
            c.drawString(x, y, name)
        c.line(50, y - 3, W - 40, y - 3)
        return y - 14

    y = header(y)
    c.setFont("Helvetica", 8)
    cur = None
    count = 0
    for rec in recs:
        if groups and rec[groups] != cur:
            if cur is not None:
                c.setFont("Helvetica-Oblique", 8)
                c.drawString(60, y, f"{cur} subtotal: {count} incidents")
                y -= 16
            cur, count = rec[groups], 0
            c.setFont("Helvetica-Bold", 9)
            c.drawString(50, y, cur)
            y -= 13
        if y < 60:
            footer(c, agency, page)
            c.showPage()
            page += 1
            y = header(H - 60) if not groups else H - 60
            if groups:
                c.setFont("Helvetica-Bold", 9)
                c.drawString(50, y, f"{cur} (continued)")
                y -= 13
        c.setFont("Helvetica", 8)
        for x, _, key in cols:
            c.drawString(x, y, rec[key])
        count += 1
        y -= 12
    if groups:
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(60, y, f"{cur} subtotal: {count} incidents")
        y -= 16
    c.setFont("Helvetica-Bold", 8)
    c.drawString(50, y - 6, f"Total incidents listed in this appendix: {len(recs)}")
    footer(c, agency, page)
    c.showPage()


# ---- C: labelled blocks
def draw_blocks(c, recs, agency, page0, title):
    page = page0
    y = appendix_title(c, title,
                       "Each entry as entered in the daily crime log.")
    for rec in recs:
        if y < 120:
            footer(c, agency, page)
            c.showPage()
            page += 1
            y = H - 60
        c.setFont("Helvetica-Bold", 8)
        c.drawString(60, y, "Log No.:")
        c.drawString(130, y, rec["case_number"])
        c.setFont("Helvetica", 8)
        for lab, key in (("Reported:", "reported_at"), ("Crime:", "type"), ("Where:", "location"), ("Status:", "disposition")):
            y -= 11
            c.drawString(60, y, lab)
            c.drawString(130, y, rec[key])
        y -= 18
    c.setFont("Helvetica-Bold", 8)
    c.drawString(60, y, f"Entries in this extract: {len(recs)}")
    footer(c, agency, page)
    c.showPage()


# ---- D: free-text chronology
def draw_chrono(c, recs, agency, page0, title):
    page = page0
    y = appendix_title(c, title,
                       "Summaries prepared by the Records Section.")
    c.setFont("Times-Roman", 9)
    for rec in recs:
        if y < 70:
            footer(c, agency, page)
            c.showPage()
            page += 1
            y = H - 60
            c.setFont("Times-Roman", 9)
        line1 = f"{rec['reported_at']} hrs. {rec['type']} reported at {rec['location']}."
        line2 = f"{rec['disposition']}. Report {rec['case_number']}."
        c.drawString(60, y, line1)
        c.drawString(76, y - 11, line2)
        y -= 26
    c.drawString(60, y, f"{len(recs)} incidents are summarised in this chronology.")
    footer(c, agency, page)
    c.showPage()


def draw(kind, path, recs, agency, seed, cites, label, title):
    r = random.Random(seed + 100)
    c = new_canvas(path)
    LABEL[0] = label
    front_matter(c, r, agency, label, cites)
    if kind == "A":
        draw_table(c, recs, agency, 3, [(50, "Case No.", "case_number"), (120, "Reported", "reported_at"),
                                        (205, "Offense", "type"), (330, "Location", "location"),
                                        (450, "Disposition", "disposition")], title)
    elif kind == "B":
        draw_table(c, recs, agency, 3, [(60, "Report", "case_number"), (130, "Date/Time", "reported_at"),
                                        (215, "Incident", "type"), (340, "Address", "location"),
                                        (460, "Status", "disposition")], title, groups="district")
    elif kind == "C":
        draw_blocks(c, recs, agency, 3, title)
    elif kind == "D":
        draw_chrono(c, recs, agency, 3, title)
    elif kind == "E":
        draw_table(c, recs, agency, 3, [(50, "Date/Time", "reported_at"), (135, "Offense", "type"),
                                        (260, "Location", "location"), (380, "Result", "disposition"),
                                        (500, "Incident #", "case_number")], title, groups="monthname")
    c.save()


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


MONTHS = {1: "JANUARY", 2: "FEBRUARY", 3: "MARCH", 4: "APRIL", 5: "MAY", 6: "JUNE", 7: "JULY", 8: "AUGUST",
          9: "SEPTEMBER", 10: "OCTOBER", 11: "NOVEMBER", 12: "DECEMBER"}
AGENCIES = [
    ("aldenmoor-ks-pd", "A", "Aldenmoor Police Department, KS [invented]", "Aldenmoor Police Department",
     [("aldenmoor-midyear-report-2025-appx-c.pdf", 74, "AP25-{:05d}", 1900, 4, 6, "KS{}", "Mid-Year Report 2025",
       "Appendix C. Reported Incidents, April - June 2025"),
      ("aldenmoor-annual-report-2025-appx-c.pdf", 96, "AP25-{:05d}", 4100, 10, 12, "KS{}", "Annual Report 2025",
       "Appendix C. Reported Incidents, October - December 2025")],
     "table with header",
     "Annual report: page 1 prose (calls, arrests, response times, a 555-01xx phone), page 2 a statistics "
     "table (offense by year, % change) and a bar chart with hour labels 0000-2300 and counts; no records. "
     "Appendix C from page 3: table with ruled header repeated per page: Case No. (AP25-NNNNN, the id), "
     "Reported (MM/DD/YYYY HHMM), Offense, Location, Disposition ('Cited KSNNNNNN' is related). TWIST: the "
     "prose on page 1 cites three appendix case numbers ('Notable investigation: case AP25-NNNNN (see the "
     "appendix)'); those are not extra records, each id is one record. Ends 'Total incidents listed in this "
     "appendix: N'."),
    ("brackwater-nc-pd", "B", "Brackwater Police Department, NC [invented]", "Brackwater Police Department",
     [("brackwater-annual-report-2025.pdf", 112, "BW-25-{:04d}", 2200, 10, 12, "NC{}", "Annual Report 2025",
       "Appendix A. Part I Incidents by District, Fourth Quarter 2025")],
     "table with header",
     "Annual report front matter as above (prose, statistics table, chart labels: no records). Appendix from "
     "page 3: header printed once only; rows grouped by patrol district ('District 1 - North' headings, "
     "'(continued)' at a page top) with 'District N - X subtotal: K incidents' lines; Report (BW-25-NNNN, "
     "the id), Date/Time, Incident, Address, Status. Within each district rows are in report order, so ids "
     "are not ascending across the document. TWIST: subtotal lines and page-top continuation headings are "
     "not records. Ends 'Total incidents listed in this appendix: N'."),
    ("corwith-state-university-oh-pd", "C", "Corwith State University Police, OH [invented]", "Corwith State University Police",
     [("csu-annual-security-report-2025-appx-b.pdf", 64, "CSU25-{:04d}", 510, 9, 12, "OH{}",
       "Annual Security and Fire Safety Report 2025", "Appendix B - Campus Crime Log Extract (Clery), Fall Term 2025"),
      ("csu-annual-security-report-2025-appx-b-spring.pdf", 47, "CSU25-{:04d}", 20, 1, 4, "OH{}",
       "Annual Security and Fire Safety Report 2025, Volume 2",
       "Appendix B (cont.) - Campus Crime Log Extract (Clery), Spring Term 2025")],
     "labelled blocks",
     "Annual security report (Clery) front matter with prose, a statistics table and chart labels (no "
     "records). Appendix B from page 3: labelled blocks, labels at the left, values at a fixed indent: "
     "'Log No.:' (CSU25-NNNN, the id, bold), 'Reported:', 'Crime:', 'Where:', 'Status:' ('Cited OHNNNNNN' "
     "is related). TRAP: the statistics table on page 2 uses the same crime names with counts; only blocks "
     "in the appendix are records. Ends 'Entries in this extract: N'."),
    ("dunmere-county-wy-so", "D", "Dunmere County Sheriff's Office, WY [invented]", "Dunmere County Sheriff's Office",
     [("dcso-annual-report-2025-appx-d.pdf", 88, "DC25-{:05d}", 3300, 7, 9, "WY{}", "Annual Report 2025",
       "Appendix D: Chronology of Reported Incidents, Third Quarter 2025"),
      ("dcso-annual-report-2025-appx-d-q4.pdf", 102, "DC25-{:05d}", 4700, 10, 12, "WY{}", "Annual Report 2025",
       "Appendix D (continued): Chronology of Reported Incidents, Fourth Quarter 2025")],
     "free text",
     "Annual report front matter (prose, statistics table, chart labels: no records). Appendix D from page 3: "
     "a chronology, two lines per incident: 'MM/DD/YYYY HHMM hrs. <type> reported at <location>.' then, "
     "indented, '<disposition>. Report DC25-NNNNN.' TRAP: the id comes LAST, on the second line; a record "
     "starts at its date line, not at the report number. Ends 'N incidents are summarised in this chronology.'"),
    ("elm-hollow-vt-pd", "E", "Elm Hollow Police Department, VT [invented]", "Elm Hollow Police Department",
     [("elm-hollow-town-report-2025-pd-section.pdf", 58, "EH{:06d}", 250100, 10, 12, "VT{}",
       "Town of Elm Hollow Annual Report 2025 - Police", "Police Department - Incidents Reported, Fourth Quarter 2025")],
     "table with header",
     "Police section of a town annual report (prose, statistics table, chart labels: no records), then the "
     "incident list: header printed once, rows grouped under month headings ('OCTOBER', continued at page "
     "tops) with 'MONTH subtotal: K incidents' lines; Date/Time, Offense, Location, Result, and the id LAST "
     "(Incident #, EHNNNNNN, six digits with no dash, like the counts in the statistics). Ends 'Total "
     "incidents listed in this appendix: N'."),
]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for num, (slug, kind, agency, short, pdfs, layout, notes) in enumerate(AGENCIES, 1):
        folder = OUT / slug
        folder.mkdir(exist_ok=True)
        entries = []
        for j, (fname, n, fmt, start, m0, m1, cfmt, label, title) in enumerate(pdfs):
            r = random.Random(SEED + num * 10 + j)
            recs = make_records(r, n, fmt, start, m0, m1, cfmt)
            for rec in recs:
                rec["monthname"] = MONTHS[rec["month"]]
            if kind == "B":
                for rec in recs:
                    d = r.randint(1, 3)
                    rec["district"] = f"District {d} - " + ["North", "Central", "South"][d - 1]
                recs.sort(key=lambda x: x["district"])
            cites = [recs[i]["case_number"] for i in (7, n // 2, n - 5)] if kind == "A" else []
            path = folder / fname
            draw(kind, path, recs, short, SEED + num * 10 + j, cites, label, title)
            keys = ["case_number", "reported_at", "type", "location", "disposition"]
            samples = [{k: recs[i][k] for k in keys} for i in (0, n // 2, n - 1)]
            data = path.read_bytes()
            entries.append({
                "file": fname, "source_repo": "generated", "commit": "generated", "path": "generated",
                "git_blob": "generated", "generator": f"make_blind_logs89.py (seed {SEED} + 10 x agency + file)",
                "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data), "pages": pdf_pages(path),
                "agency": agency, "document_type": "annual report with an incident-list appendix",
                "layout": layout, "scanned": False, "encrypted": False, "text_layer": "good",
                "record_count": n, "case_numbers": [x["case_number"] for x in recs],
                "related_numbers": [{"record": x["case_number"], "kind": k, "number": v}
                                    for x in recs for k, v in x["related"]],
                "sample_records": samples, "notes": notes,
            })
        (folder / "groundtruth.json").write_text(json.dumps(entries, indent=1) + "\n")


if __name__ == "__main__":
    main()
