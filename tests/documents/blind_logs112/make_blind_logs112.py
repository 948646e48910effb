"""Generate a held-out set of incident logs produced as court exhibits on California pleading paper
(blind_logs112).

Every PDF is a filing exhibit: an exhibit cover page, a custodian-of-records declaration with
numbered paragraphs, then the agency's log, its own pages reduced onto pleading paper (line numbers
1-28 in the left margin, double rule, a Bates stamp on every page, a caption footer). Five layouts:
a table with a CAD-number column (Alder Creek), labelled blocks that run over page breaks
(Mirabel County), numbered paragraphs after a declaration that is itself numbered (Port Solano),
free-text watch-log entries with supplemental entries citing earlier incidents (Vintner Valley),
and a table whose rows are carried to the next reduced page with a "(cont.)" repeat (Bellmont).
Everything is invented. Output is deterministic: fixed seed, reportlab invariant mode. Run:
    python tests/documents/blind_logs112/make_blind_logs112.py [OUT_DIR]
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
SEED = 20261212
TYPES = ["Burglary - residential", "Vandalism", "Petty theft", "Grand theft - auto", "Assault",
         "Battery", "Trespass", "Disturbance - noise", "Suspicious person", "Welfare check",
         "Hit and run - property", "DUI", "Found property", "Missing person - adult", "Fraud - identity",
         "Shoplifting", "Domestic disturbance", "Vehicle burglary", "Threats", "Public intoxication"]
DISPS = ["Report taken", "Arrest made", "Unfounded", "Referred to DA", "Closed - no suspects",
         "Cited and released", "Gone on arrival", "Pending investigation", "Advised"]
STREETS = ["Laurel Rd", "Oriole Ave", "Sutter Ln", "Camino Verde", "Pinecrest Dr", "Harbor Blvd",
           "Mission Oak St", "Vista Alta Way", "Redwood Ct", "Sierra Linda Ave", "Foxglove Ln", "Quarry Rd"]


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


def addr(r):
    return f"{r.randint(1, 98) * 100 + r.randint(0, 99)} {r.choice(STREETS)}"


class Pleading:
    """California pleading paper: line numbers 1-28, double left rule, Bates stamp, caption footer."""

    def __init__(self, path, bates_prefix, bates_start, caption, exhibit):
        self.c = new_canvas(path)
        self.bates = bates_start
        self.prefix = bates_prefix
        self.caption = caption
        self.exhibit = exhibit

    def frame(self):
        c = self.c
        c.setFont("Times-Roman", 10)
        for i in range(1, 29):
            c.drawRightString(58, 732 - i * 24, str(i))
        c.setLineWidth(0.6)
        c.line(66, 18, 66, 780)
        c.line(69, 18, 69, 780)
        c.line(560, 18, 560, 780)
        c.line(72, 52, 556, 52)
        c.setFont("Times-Roman", 8)
        c.drawCentredString(314, 40, self.caption)
        c.setFont("Helvetica-Bold", 9)
        c.drawRightString(556, 24, f"{self.prefix} {self.bates:06d}")
        self.bates += 1

    def text_page(self, lines, title=None):
        """lines on pleading lines (one per numbered line)."""
        self.frame()
        c = self.c
        y = 732 - 24
        if title:
            c.setFont("Times-Bold", 12)
            c.drawCentredString(314, y, title)
            y -= 24
        c.setFont("Times-Roman", 11)
        for ln in lines:
            c.drawString(86, y, ln)
            y -= 24
        c.showPage()

    def cover(self):
        self.frame()
        c = self.c
        c.setFont("Times-Bold", 40)
        c.drawCentredString(314, 420, f"EXHIBIT {self.exhibit}")
        c.showPage()

    def log_page(self, lines, head, foot, scale=0.76, fsize=8.0, lh=10.5):
        """One page of the agency's own log, reduced onto the pleading page, with its border."""
        self.frame()
        c = self.c
        c.saveState()
        c.translate(84, 66)
        c.scale(scale, scale)
        c.setLineWidth(0.8)
        c.rect(0, 0, 612, 860)
        y = 836
        for x, text, f, s in head:
            c.setFont(f, s)
            c.drawString(x, y, text)
            y -= s + 4
        y -= 6
        c.setFont("Courier", fsize)
        for line in lines:
            for x, text in ([(12, line)] if isinstance(line, str) else line):
                c.drawString(x, y, text)
            y -= lh
        c.setFont("Helvetica", 7.5)
        c.drawString(12, 10, foot)
        c.restoreState()
        c.showPage()

    def save(self):
        self.c.save()


def declaration(agency_name, custodian_title, n, period, exhibit, extra):
    """Numbered declaration paragraphs (each a string)."""
    return [f"I am the {custodian_title} of the {agency_name} and a duly authorized custodian of "
            "its records. I have personal knowledge of the facts stated here.",
            f"Attached as Exhibit {exhibit} is a true and correct copy of the agency's incident log for "
            f"{period}, as kept in the ordinary course of business and printed from the records system.",
            f"The log lists {n} incidents. Personal identifying information has been withheld under "
            "Government Code section 7923.605 and is not reflected in the log."] + extra


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {"case_number": recs[i]["case_number"]}
        for k in fields:
            if k in recs[i]:
                s[k] = recs[i][k]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs112.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size, "pages": pdf_pages(path),
        "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [x["case_number"] for x in recs],
        "related_numbers": [{"record": x["case_number"], "kind": k, "number": v} for x in recs for k, v in x["rel"]],
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs112.py) from the records it drew; "
                               "checked by check_blind_logs112.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def front(p, agency_name, title, case_no, court, n, period, exhibit, extra, filer):
    """Caption page, the declaration with numbered paragraphs, then the exhibit cover."""
    lines = [filer, "Office of the City Attorney [invented]", "Telephone: (555) 555-0142", "",
             court.upper(), "", "PETITIONER'S RECORDS ACTION v.", agency_name.upper(), f"Case No. {case_no}",
             "", f"DECLARATION OF {title.upper()}", f"RE: EXHIBIT {exhibit}", ""]
    p.text_page(lines)
    numbered = []
    for k, para in enumerate(declaration(agency_name, title, n, period, exhibit, extra), 1):
        wrapped = textwrap.wrap(para, 74)
        numbered.append(f"     {k}.  {wrapped[0]}")
        numbered += wrapped[1:]
    p.text_page(numbered + ["I declare under penalty of perjury under the laws of the State of",
                            "California that the foregoing is true and correct.", "",
                            "Executed at the records office.          ______________________________",
                            f"                                           {title}"])
    p.cover()


def paginate(groups, per_page, head_lines=(), split=False):
    pages, cur = [], list(head_lines)
    for g in groups:
        if not split and len(cur) + len(g) > per_page and len(cur) > len(head_lines):
            pages.append(cur)
            cur = list(head_lines)
        for ln in g:
            if len(cur) >= per_page:
                pages.append(cur)
                cur = list(head_lines)
            cur.append(ln)
    pages.append(cur)
    return pages


# 1 ---------------------------------------------------------------- Alder Creek PD: table + CAD column
def alder(d, r):
    agency = "Alder Creek Police Department, CA [invented]"
    recs = []
    num, cad = 1180, 118200
    for t in stamps(r, datetime.datetime(2025, 9, 1), 118, 30):
        num += r.randint(1, 4)
        cad += r.randint(3, 40)
        rec = {"case_number": f"25-0{num:04d}", "reported_at": t.strftime("%m/%d/%y %H%M"),
               "type": r.choice(TYPES), "location": addr(r), "disposition": r.choice(DISPS),
               "cad": f"25-{cad:06d}"}
        rec["rel"] = [("cad_incident", rec["cad"])]
        recs.append(rec)
    head = [f"{'Report #':<10}{'CAD Inc #':<11}{'Rptd':<15}{'Offense':<25}{'Location':<22}Disposition",
            "=" * 100]
    groups = [[f"{x['case_number']:<10}{x['cad']:<11}{x['reported_at']:<15}{x['type']:<25}"
               f"{x['location']:<22}{x['disposition']}"] for x in recs]
    groups.append(["", f"Total reports this period: {len(recs)}"])
    pages = paginate(groups, 64, head)
    path = d / "alder-creek-pd-exhibit-a-incident-log-2025-09.pdf"
    p = Pleading(path, "ACPD-PRR", 1041, "DECLARATION OF RECORDS SUPERVISOR; EXHIBIT A   -   Case No. 25CV-04417", "A")
    front(p, "Alder Creek Police Department", "Records Supervisor", "25CV-04417", "Superior Court of California, County of Tolano",
          len(recs), "September 1 through September 30, 2025", "A",
          ["The Report # column is the agency's report number. The CAD Inc # column is the dispatch system's event number for the same call."],
          "Dana Okafor-Reyes (SBN 300112) [invented]")
    for i, pg in enumerate(pages, 1):
        p.log_page(pg, [(12, "ALDER CREEK POLICE DEPARTMENT [invented]", "Helvetica-Bold", 12),
                        (12, "Incident Report Log - 09/01/2025 to 09/30/2025", "Helvetica", 10)],
                   f"RMS-IRL-02   run 10/06/2025   Page {i} of {len(pages)}")
    p.save()
    return agency, [entry(path, agency, "incident report log (month), court exhibit", "table with header", recs,
                          ["reported_at", "type", "location", "disposition"],
                          "Court exhibit on pleading paper: caption and declaration pages, an exhibit cover, then the "
                          "log's pages reduced into the pleading frame. Line numbers 1-28 in the margin and a Bates "
                          "stamp `ACPD-PRR 00NNNN` on every page. The second column `CAD Inc #` holds dispatch numbers "
                          "`25-NNNNNN` right beside the report number `25-0NNNN` (same prefix, one digit longer): "
                          "not records. Ends `Total reports this period: N`; the declaration also says `lists N incidents`.",
                          "every row counted by the generator")]


# 2 ---------------------------------------------------------------- Mirabel County SO: labelled blocks spanning pages
def mirabel(d, r):
    agency = "Mirabel County Sheriff's Office, CA [invented]"
    recs, groups = [], []
    num = 3310
    for t in stamps(r, datetime.datetime(2025, 8, 1), 63, 31):
        num += r.randint(1, 5)
        rec = {"case_number": f"MC25-{num:05d}", "reported_at": t.strftime("%m/%d/%Y %H:%M"),
               "type": r.choice(TYPES), "location": f"{addr(r)}, {r.choice(['Tassajara', 'Ocotillo Flat', 'Braddock'])}",
               "disposition": r.choice(DISPS), "rel": []}
        lines = [f"Incident No.: {rec['case_number']}        Reported: {rec['reported_at']}",
                 f"Nature: {rec['type']}",
                 f"Location: {rec['location']}",
                 f"Beat: {r.choice(['N1', 'N2', 'S1', 'S3', 'E2'])}     Deputy: #{r.randint(400, 899)}"]
        if r.random() < 0.2:
            prev = f"MC24-{r.randint(1000, 9999):05d}"
            rec["rel"].append(("prior_incident", prev))
            lines.append(f"Prior Incident: {prev}")
        lines += [f"Disposition: {rec['disposition']}", "-" * 60]
        groups.append(lines)
        recs.append(rec)
    groups.append(["", f"Incidents in this report: {len(recs)}"])
    pages = paginate(groups, 70, split=True)
    path = d / "mirabel-county-so-exhibit-3-incident-summary-2025-08.pdf"
    p = Pleading(path, "MCSO", 220, "DECLARATION OF CUSTODIAN OF RECORDS AND EXHIBIT 3   -   Case No. 25-CV-01983", "3")
    front(p, "Mirabel County Sheriff's Office", "Custodian of Records", "25-CV-01983", "Superior Court of California, County of Mirabel",
          len(recs), "August 2025", "3",
          ["An incident summary may continue from the foot of one page of the log to the top of the next page of the log."],
          "Corin Vasquez-Hale (SBN 311907) [invented]")
    for i, pg in enumerate(pages, 1):
        p.log_page(pg, [(12, "MIRABEL COUNTY SHERIFF'S OFFICE [invented]", "Helvetica-Bold", 12),
                        (12, "Incident Summary Report  August 2025", "Helvetica", 10)],
                   f"Page {i}")
    p.save()
    return agency, [entry(path, agency, "incident summary report (month), court exhibit", "labelled blocks", recs,
                          ["reported_at", "type", "location", "disposition"],
                          "Labelled blocks (`Incident No.:`, `Nature:`, `Location:`, `Disposition:`) separated by dashes, "
                          "reduced onto pleading paper with Bates stamps `MCSO 000NNN`. Blocks run over the log's page "
                          "breaks (the rest of a block is at the top of the next pleading page, after line numbers, "
                          "Bates stamp and the log's page heading). Some blocks have `Prior Incident: MC24-NNNNN` "
                          "citing a last-year incident at the same place, shaped like the record number: not a record. "
                          "Ends `Incidents in this report: N`.",
                          "blocks counted by the generator")]


# 3 ---------------------------------------------------------------- Port Solano PD: numbered paragraphs
def solano(d, r):
    agency = "Port Solano Police Department, CA [invented]"
    recs, groups = [], []
    num = 7000
    for k, t in enumerate(stamps(r, datetime.datetime(2025, 10, 1), 52, 14), 1):
        num += r.randint(1, 9)
        rec = {"case_number": f"PS-25-{num:04d}", "reported_at": t.strftime("%m/%d/%Y at %H%M"),
               "type": r.choice(TYPES), "location": addr(r), "disposition": r.choice(DISPS), "rel": []}
        cit = ""
        if r.random() < 0.25:
            c = f"PSC{r.randint(100000, 199999)}"
            rec["rel"].append(("citation", c))
            cit = f" Citation {c} issued."
        body = (f"{k}. Report {rec['case_number']}, {rec['reported_at']}. {rec['type']} at {rec['location']}."
                f"{cit} Disposition: {rec['disposition']}.")
        words, lines, cur = body.split(), [], ""
        for w in words:
            if len(cur) + len(w) + 1 > 96:
                lines.append(cur)
                cur = "    " + w
            else:
                cur = (cur + " " + w) if cur else w
        lines.append(cur)
        groups.append(lines + [""])
        recs.append(rec)
    groups.append([f"End of log. {len(recs)} numbered entries."])
    pages = paginate(groups, 66)
    path = d / "port-solano-pd-exhibit-c-press-log-2025-10-01-14.pdf"
    p = Pleading(path, "PSPD", 5512, "DECL. OF PUBLIC INFORMATION OFFICER ISO OPPOSITION; EXH. C   -   Case No. 25CV-22610", "C")
    front(p, "Port Solano Police Department", "Public Information Officer", "25CV-22610", "Superior Court of California, County of Solano Bay [invented]",
          len(recs), "October 1 through October 14, 2025", "C",
          ["Each numbered paragraph of the log is one incident; paragraph numbers restart with each log and are not report numbers.",
           "Citation numbers (PSC) are issued by the officer and are not report numbers. They are shown where a citation was issued."],
          "Ilse Marquand (SBN 298804) [invented]")
    for i, pg in enumerate(pages, 1):
        p.log_page(pg, [(12, "PORT SOLANO POLICE DEPARTMENT [invented]", "Helvetica-Bold", 12),
                        (12, "Media Log - Incidents of Public Interest, 10/01/2025 - 10/14/2025", "Helvetica", 10)],
                   f"PIO media log  -  {i}")
    p.save()
    return agency, [entry(path, agency, "press/media log (two weeks), court exhibit", "numbered paragraphs", recs,
                          ["reported_at", "type", "location", "disposition"],
                          "Numbered paragraphs `K. Report PS-25-NNNN, MM/DD/YYYY at HHMM. ...` wrapped over lines, "
                          "after a declaration whose own paragraphs are numbered `1.`-`5.` (not records) and on pleading "
                          "paper whose margin line numbers 1-28 sit beside every line. Citation numbers `PSCNNNNNN` "
                          "inside some paragraphs are not records. Ends `End of log. N numbered entries.`",
                          "paragraphs counted by the generator")]


# 4 ---------------------------------------------------------------- Vintner Valley SO: free text, supplements
def vintner(d, r):
    agency = "Vintner Valley Sheriff's Department, CA [invented]"
    recs, groups = [], []
    num = 450
    nsupp = 0
    stamp_list = stamps(r, datetime.datetime(2025, 11, 3), 88, 7)
    day = None
    for t in stamp_list:
        if t.date() != day:
            day = t.date()
            groups.append(["", f"=== WATCH LOG  {t.strftime('%A %m/%d/%Y').upper()} ==="])
        if recs and r.random() < 0.15:
            prev = r.choice(recs[-10:])
            nsupp += 1
            groups.append([f"{t.strftime('%H%M')}  SUPPLEMENT to {prev['case_number']}: follow-up by detective unit,"
                           f" property photographed, no change in status."])
        num += r.randint(1, 3)
        rec = {"case_number": f"VV25-{num:04d}", "reported_at": t.strftime("%m/%d/%Y %H%M"),
               "type": r.choice(TYPES), "location": addr(r), "disposition": r.choice(DISPS), "rel": []}
        rec["time"] = t.strftime("%H%M")
        groups.append([f"{rec['time']}  {rec['case_number']}  {rec['type']} reported at {rec['location']}. "
                       f"Unit {r.choice(['2A', '3B', '5C', '7A'])}{r.randint(1, 9)} responded.",
                       f"      {rec['disposition']}."])
        recs.append(rec)
    groups.append(["", f"Incident entries: {len(recs)}   Supplements: {nsupp}"])
    pages = paginate(groups, 68)
    path = d / "vintner-valley-sd-exhibit-b-watch-log-2025-11-03-09.pdf"
    p = Pleading(path, "VVSD", 3301, "DECLARATION OF WATCH COMMANDER; EXHIBIT B   -   Case No. 25CV-00731", "B")
    front(p, "Vintner Valley Sheriff's Department", "Watch Commander", "25CV-00731", "Superior Court of California, County of Vintner",
          len(recs), "November 3 through November 9, 2025", "B",
          ["Lines marked SUPPLEMENT record later work on an incident already logged and are not separate incidents."],
          "Rafe Lindqvist (SBN 305560) [invented]")
    for i, pg in enumerate(pages, 1):
        p.log_page(pg, [(12, "VINTNER VALLEY SHERIFF'S DEPARTMENT [invented]", "Helvetica-Bold", 12),
                        (12, "Patrol Watch Log", "Helvetica", 10)],
                   f"Watch log p. {i}/{len(pages)}")
    p.save()
    for x in recs:
        x.pop("time")
    return agency, [entry(path, agency, "patrol watch log (week), court exhibit", "free text", recs,
                          ["reported_at", "type", "location", "disposition"],
                          "Free-text watch log under day headings `=== WATCH LOG  MONDAY 11/03/2025 ===`; an entry is "
                          "`HHMM  VV25-NNNN  <nature> reported at <address>. Unit ... responded.` then the disposition on "
                          "the next line. `reported_at` joins the day heading's date with the entry time. Lines "
                          "`HHMM  SUPPLEMENT to VV25-NNNN:` are follow-ups on an earlier incident, not records. "
                          "Ends `Incident entries: N   Supplements: M`.",
                          "entries counted by the generator")]


# 5 ---------------------------------------------------------------- Bellmont University PD: (cont.) rows
def bellmont(d, r):
    agency = "Bellmont State University Police Department, CA [invented]"
    recs, groups = [], []
    num = 900
    places = ["Hollins Hall", "Lot 7", "Rec Center", "Library West", "Tamarack Res. Hall", "Student Union", "Lot 12"]
    for t in stamps(r, datetime.datetime(2025, 10, 1), 104, 31):
        num += r.randint(1, 3)
        rec = {"case_number": f"BU{num:05d}", "reported_at": t.strftime("%m/%d/%Y %H:%M"),
               "type": r.choice(TYPES), "location": r.choice(places), "disposition": r.choice(DISPS), "rel": []}
        narr = r.choice(["Reporting party states item left unattended.", "Subject contacted and advised of policy.",
                         "Officer checked area; nothing found.", "Victim declined to prosecute at this time.",
                         "Video requested from Facilities.", "Referred to Student Conduct."])
        groups.append([f"{rec['case_number']:<10}{rec['reported_at']:<18}{rec['type']:<26}{rec['location']:<20}{rec['disposition']}",
                       f"{'':<10}Synopsis: {narr}"])
        recs.append(rec)
    head = [f"{'Case':<10}{'Date Reported':<18}{'Classification':<26}{'Location':<20}Disposition", "-" * 96]
    pages, cur = [], list(head)
    ncont = 0
    for g in groups:
        if len(cur) + 1 > 57:
            pages.append(cur)
            cur = list(head)
        cur.append(g[0])
        if len(cur) + 1 > 57:
            pages.append(cur)
            cur = list(head)
            cid = g[0].split()[0]
            cur.append(f"{cid + ' (cont.)':<54}{'':<20}")
            ncont += 1
        cur += g[1:]
    cur += ["", f"Total cases: {len(recs)}"]
    pages.append(cur)
    path = d / "bellmont-university-pd-exhibit-d-daily-crime-log-2025-10.pdf"
    p = Pleading(path, "BSU-UPD", 77, "DECLARATION OF CLERY COMPLIANCE COORDINATOR; EXHIBIT D   -   Case No. 25STCP03318", "D")
    front(p, "Bellmont State University Police Department", "Clery Compliance Coordinator", "25STCP03318", "Superior Court of California, County of Bellmont",
          len(recs), "October 2025", "D",
          ["Where a case's entry runs onto the next page of the log, its number is repeated there followed by (cont.)."],
          "Noor Estabrook (SBN 321450) [invented]")
    for i, pg in enumerate(pages, 1):
        p.log_page(pg, [(12, "BELLMONT STATE UNIVERSITY POLICE DEPARTMENT [invented]", "Helvetica-Bold", 12),
                        (12, "Daily Crime Log  -  October 2025", "Helvetica", 10)],
                   f"Page {i} of {len(pages)}")
    p.save()
    e = entry(path, agency, "daily crime log (month), court exhibit", "table with header", recs,
              ["reported_at", "type", "location", "disposition"],
              "Table rows of two lines (the row, then `Synopsis:`), reduced onto pleading paper with Bates `BSU-UPD 0000NN`. "
              f"Where a row's synopsis falls on the next log page, the case number is repeated there as `BUNNNNN (cont.)` "
              f"({ncont} times in this file): the same record, not a new one. Ends `Total cases: N`.",
              "rows counted by the generator")
    return agency, [e]


AGENCIES = [("alder-creek-ca-pd", 1, alder), ("mirabel-county-ca-so", 2, mirabel),
            ("port-solano-ca-pd", 3, solano), ("vintner-valley-ca-sd", 4, vintner),
            ("bellmont-state-university-ca-pd", 5, bellmont)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        _, gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
