"""Generate a held-out set of redacted California Public Records Act incident-log releases (blind_logs107).

Five layouts: a city police weekly incident log with black boxes drawn over withheld locations,
exemption codes in the right margin, rows withheld in full that keep only their number, and a
redaction log page repeating the numbers; a community-college police daily crime log in labelled
blocks with `[REDACTED]` values and blocks that run over a page break under a `(continued)` line;
a sheriff's station activity summary (free text) with `XXXX` in addresses, federal `(b)(6)` /
`(b)(7)(C)` marks in the left margin, Bates stamps and lines counting entries withheld without
their numbers; a police department's response letter reproducing its press log as numbered
paragraphs, with blanked words under black boxes and bracketed lines counting unlisted withheld
reports; a harbor-district CAD event export (two lines a record) with exemption codes in the left
margin before the event number, starred withheld rows, unnumbered withheld-row markers and a
redaction log. Every agency, place and number is invented; no person is named; phone numbers are
555-01xx. Output is deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs107/make_blind_logs107.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20261207
CALLS = ["Burglary - residential", "Vandalism", "Theft from vehicle", "Suspicious person", "Disturbance - loud party",
         "Welfare check", "Traffic collision - property", "Petty theft", "Trespass", "Stolen vehicle",
         "Assault - simple", "Fraud - identity", "Found property", "Hit and run", "Shoplifting", "Noise complaint"]
SENSITIVE = ["Domestic violence", "Sexual battery", "Child abuse report", "Elder abuse report", "Stalking"]
DISPS = ["Report taken", "Unfounded", "Gone on arrival", "Advised", "Arrest made", "Referred to detectives",
         "Handled by officer", "Cleared - no report"]
STREETS = ["Calle Mirasol", "Ridgeline Rd", "Almendro Ave", "Bayview Terrace", "Paloma St", "Sycamore Ln",
           "Orchard Loop", "Vista Grande Dr", "Harbor Crest Way", "Los Robles Ave", "Camino Alto", "Tern Ct"]


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


def addr(r, block=True):
    return f"{r.randint(1, 39) * 100} block of {r.choice(STREETS)}" if block else f"{r.randint(100, 3999)} {r.choice(STREETS)}"


def wrap(text, width):
    out, cur = [], ""
    for wd in text.split():
        if cur and len(cur) + len(wd) + 1 > width:
            out.append(cur)
            cur = wd
        else:
            cur = (cur + " " + wd).strip()
    out.append(cur)
    return out


def draw_pages(path, size, pages, header, footer, font="Helvetica", fsize=8.0, lh=11.0, top=None):
    """pages: lists of lines; a line is a list of ops: (x, text) | (x, text, font, size) |
    ("BOX", x, w) a black box over blank space | ("BAR", x, w, text) white text on a black bar |
    ("RULE",) a thin rule under the line. header/footer: functions (canvas, page, pages)."""
    c = new_canvas(path, size)
    w, h = size
    n = len(pages)
    for i, lines in enumerate(pages, 1):
        y = header(c, i, n)
        for line in lines:
            for op in line:
                if op[0] == "BOX":
                    c.rect(op[1], y - 2.5, op[2], fsize + 2.5, fill=1, stroke=0)
                elif op[0] == "BAR":
                    c.rect(op[1], y - 2.5, op[2], fsize + 2.5, fill=1, stroke=0)
                    c.setFillGray(1)
                    c.setFont("Helvetica-Bold", fsize - 0.5)
                    c.drawString(op[1] + 4, y, op[3])
                    c.setFillGray(0)
                elif op[0] == "RULE":
                    c.setLineWidth(0.3)
                    c.line(36, y - 3, w - 36, y - 3)
                else:
                    c.setFont(op[2] if len(op) > 2 else font, op[3] if len(op) > 3 else fsize)
                    c.drawString(op[0], y, op[1])
            y -= lh
        footer(c, i, n)
        c.showPage()
    c.save()


def paginate(groups, per_page, head=()):
    pages, cur = [], list(head)
    for g in groups:
        if len(cur) + len(g) > per_page and len(cur) > len(head):
            pages.append(cur)
            cur = list(head)
        cur += g
    pages.append(cur)
    return pages


def simple_header(lines):
    def hdr(c, i, n):
        w, h = c._pagesize
        y = h - 40
        for text, f, s in lines:
            c.setFont(f, s)
            c.drawString(36, y, text)
            y -= s + 4
        return y - 6
    return hdr


def simple_footer(left, right_fmt="Page {i} of {n}"):
    def ftr(c, i, n):
        w, h = c._pagesize
        c.setFont("Helvetica", 7.5)
        c.drawString(36, 24, left)
        c.drawRightString(w - 36, 24, right_fmt.format(i=i, n=n))
    return ftr


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check, related, samples=None):
    n = len(recs)
    if samples is None:
        samples = [recs[0], recs[n // 2], recs[-1]]
    samp = [{"case_number": s["case_number"], **{k: s[k] for k in fields if k in s}} for s in samples]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs107.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size, "pages": pdf_pages(path), "agency": agency,
        "document_type": doc_type, "layout": layout, "scanned": False, "encrypted": False, "text_layer": "good",
        "record_count": n, "case_numbers": [x["case_number"] for x in recs], "related_numbers": related,
        "fields_present": ["case_number"] + fields, "sample_records": samp,
        "case_numbers_source": "written by the generator (make_blind_logs107.py) from the records it drew; "
                               "checked by check_blind_logs107.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def related_of(recs):
    return [{"record": x["case_number"], "kind": k, "number": num} for x in recs for k, num in x.get("rel", [])]


# 1 ------------------------------------------------------------ Vista Arroyo PD: boxes, margin codes, redaction log
def vista_arroyo(d, r):
    agency = "Vista Arroyo Police Department, CA [invented]"
    gt = []
    num, cit = 30412, 771040
    for fname, first, n, label in [("vista-arroyo-incident-log-2025-10-06-12.pdf", 6, 62, "10/06/2025 through 10/12/2025"),
                                   ("vista-arroyo-incident-log-2025-10-13-19.pdf", 13, 71, "10/13/2025 through 10/19/2025")]:
        recs = []
        for k, t in enumerate(stamps(r, datetime.datetime(2025, 10, first), n, 7)):
            num += r.randint(1, 4)
            roll = r.random()
            kind = "withheld" if (0.9 < roll and 2 < k < n - 2) else ("boxed" if roll < 0.22 and k not in (0, n - 1) else "open")
            typ = r.choice(SENSITIVE) if kind == "boxed" else r.choice(CALLS)
            disp = r.choice(DISPS)
            rec = {"case_number": f"VA25-{num:05d}", "kind": kind, "rel": []}
            if kind != "withheld":
                rec |= {"reported_at": t.strftime("%m/%d/%y %H:%M"), "type": typ, "disposition": disp}
                if disp == "Arrest made" or r.random() < 0.1:
                    cit += r.randint(1, 9)
                    rec["disposition"] = f"Cited - C{cit}"
                    rec["rel"].append(("citation", f"C{cit}"))
                if kind == "open":
                    rec["location"] = addr(r)
            rec["code"] = "GC 7923.615" if kind == "boxed" else ("GC 7923.600(a)" if kind == "withheld" else "")
            recs.append(rec)
        xs = [36, 104, 170, 296, 452]
        head = [[(xs[0], "Incident #", "Helvetica-Bold", 7.5), (xs[1], "Reported", "Helvetica-Bold", 7.5),
                 (xs[2], "Call Type", "Helvetica-Bold", 7.5), (xs[3], "Location", "Helvetica-Bold", 7.5),
                 (xs[4], "Disposition", "Helvetica-Bold", 7.5), (548, "Exempt.", "Helvetica-Bold", 6.5), ("RULE",)]]
        groups = []
        for x in recs:
            if x["kind"] == "withheld":
                groups.append([[(xs[0], x["case_number"]), ("BAR", xs[1], 420, "WITHHELD IN FULL"),
                                (548, x["code"], "Helvetica", 6.5)]])
                continue
            line = [(xs[0], x["case_number"]), (xs[1], x["reported_at"]), (xs[2], x["type"]),
                    (xs[4], x["disposition"])]
            if x["kind"] == "boxed":
                line += [("BOX", xs[3], 120), (548, x["code"], "Helvetica", 6.5)]
            else:
                line.append((xs[3], x["location"]))
            groups.append([line])
        nw = sum(x["kind"] == "withheld" for x in recs)
        nb = sum(x["kind"] == "boxed" for x in recs)
        groups.append([[], [(36, f"Incidents listed: {n}     Withheld in full: {nw}     Redacted in part: {nb}")]])
        pages = paginate(groups, 58, head)
        # redaction log page
        log = [[(36, "REDACTION LOG", "Helvetica-Bold", 10)], [],
               [(36, "Item", "Helvetica-Bold", 7.5), (80, "Page", "Helvetica-Bold", 7.5),
                (116, "Incident #", "Helvetica-Bold", 7.5), (190, "Information withheld", "Helvetica-Bold", 7.5),
                (360, "Authority", "Helvetica-Bold", 7.5), ("RULE",)]]
        item = 0
        for x in recs:
            if x["kind"] == "open":
                continue
            item += 1
            pg = next(i for i, p in enumerate(pages, 1) if any(ln and ln[0][1:2] == (x["case_number"],) for ln in p))
            what = "Entire entry" if x["kind"] == "withheld" else "Location (victim address)"
            why = ("GC 7923.600(a) - investigative record" if x["kind"] == "withheld"
                   else "GC 7923.615 - victim privacy (PC 293)")
            log.append([(36, f"R-{item:03d}"), (80, str(pg)), (116, x["case_number"]), (190, what), (360, why)])
        log += [[], [(36, f"Redactions logged: {item}")], [],
                [(36, "Prepared by the Records Unit under Government Code section 7922.000. Questions: 555-0136.")]]
        pages.append(log)
        hdr = simple_header([("VISTA ARROYO POLICE DEPARTMENT [invented]", "Helvetica-Bold", 11),
                             (f"Incident Log  {label}  -  released in response to CPRA request 25-118", "Helvetica", 8.5)])
        path = d / fname
        draw_pages(path, letter, pages, hdr, simple_footer("Redacted copy - Government Code 7920.000 et seq."),
                   fsize=7.5, lh=10.5)
        fields = ["reported_at", "type", "location", "disposition"]
        gt.append(entry(path, agency, "weekly incident log, CPRA release with redactions", "table with header", recs,
                        fields,
                        "Portrait table, header repeated per page, one row per incident. Victim addresses of "
                        "sensitive calls are covered by a black box drawn over blank space (nothing in the text "
                        "layer) with `GC 7923.615` printed in a narrow `Exempt.` column at the right edge; such "
                        "records have no location in sample_records. Rows withheld in full keep only their "
                        "incident number: the rest of the row is a black bar with white `WITHHELD IN FULL` and the "
                        "code `GC 7923.600(a)` at the right; they are records (number only). Citation numbers "
                        "`C771NNN` in Disposition are related. After `Incidents listed: N  Withheld in full: W  "
                        "Redacted in part: P` a last page `REDACTION LOG` lists items `R-001` ... with page, "
                        "incident number (repeated, not new records), what was withheld and the authority, then "
                        "`Redactions logged: K`. The header cites `CPRA request 25-118`.",
                        "every row counted by the generator; the redaction log counted against the boxed and "
                        "withheld rows", related_of(recs)))
    return agency, gt


# 2 ------------------------------------------------------------ Las Brisas CCD police: [REDACTED] blocks, continued
def las_brisas(d, r):
    agency = "Las Brisas Community College District Police Department, CA [invented]"
    places = ["Parking Structure 2, Level 3", "Library - 2nd floor study rooms", "Science Hall 114", "Student Center food court",
              "Aquatics Center locker room", "Lot F (east)", "Bookstore", "Residence Hall B lobby", "Athletic field bleachers",
              "Administration Bldg, Rm 201"]
    recs, groups = [], []
    num, lbpd = 412, 18830
    np_ = nw = 0
    for k, t in enumerate(stamps(r, datetime.datetime(2025, 9, 1), 48, 30)):
        num += r.randint(1, 3)
        rec = {"case_number": f"LB-25-{num:04d}", "rel": []}
        whole = 3 < k < 45 and r.random() < 0.1
        red = not whole and 0 < k < 47 and r.random() < 0.35
        occ = t - datetime.timedelta(minutes=r.randint(30, 900))
        typ = r.choice(SENSITIVE[:2] + SENSITIVE[4:]) if red else r.choice(CALLS)
        rec |= {"reported_at": t.strftime("%m/%d/%Y %H:%M"), "type": typ,
                "location": "[REDACTED] (GC 7923.615)" if red and r.random() < 0.5 else r.choice(places),
                "disposition": r.choice(["Open", "Closed - cleared by arrest", "Closed - inactive",
                                         "Referred to Student Conduct", "Closed - unfounded"])}
        if whole:
            nw += 1
            rec = {"case_number": rec["case_number"], "rel": []}
            groups.append([[(36, f"Case Number: {rec['case_number']}", "Helvetica-Bold", 8.5)],
                           [(36, "[ENTIRE ENTRY REDACTED - GC 7923.600(a); GC 7927.705 / Ed. Code 76243]")],
                           [("RULE",)], []])
            recs.append(rec)
            continue
        np_ += red
        g = [[(36, f"Case Number: {rec['case_number']}", "Helvetica-Bold", 8.5), (300, f"Reported: {rec['reported_at']}")],
             [(36, f"Offense: {rec['type']}"), (300, f"Occurred: {occ.strftime('%m/%d/%Y %H:%M')}")],
             [(36, f"Location: {rec['location']}")],
             [(36, "Reporting Party: " + ("[REDACTED] (GC 7923.615)" if red else r.choice(["Student", "Staff", "Faculty", "Visitor", "Anonymous"]))),
              (300, "Contact: " + ("555-01XX" if red else f"555-01{r.randint(10, 99)}"))]]
        if r.random() < 0.3:
            lbpd += r.randint(3, 40)
            rec["rel"].append(("outside_agency_report", f"25-{lbpd:06d}"))
            g.append([(36, f"Outside Agency: Las Brisas City PD Report No. 25-{lbpd:06d}")])
        summ = (f"Summary: {'[REDACTED]' if red else 'RP'} reported {typ.lower()}. "
                + ("Details withheld to protect the privacy of the person involved (GC 7923.615)." if red
                   else r.choice(["Officer took a report.", "Area checked, nothing found.", "Property photographed and logged.",
                                  "Parties separated and advised.", "Video review requested from Facilities."])))
        g += [[(36, s)] for s in wrap(summ, 110)]
        g += [[(36, f"Disposition: {rec['disposition']}")], [("RULE",)], []]
        groups.append(g)
        recs.append(rec)
    groups.append([[(36, f"Entries in this release: {len(recs)} (redacted in part {np_}, withheld in full {nw})")]])
    # paginate allowing blocks to split over a page break, with a (continued) line
    per, pages, cur = 50, [], []
    for g in groups:
        g = list(g)
        while g:
            room = per - len(cur)
            if len(g) <= room:
                cur += g
                g = []
            elif room >= 3 and len(g) - room >= 3:
                cur += g[:room]
                cid = g[0][0][1].split()[2]
                g = [[(36, f"Case Number: {cid} (continued)", "Helvetica-Bold", 8.5)]] + g[room:]
                pages.append(cur)
                cur = []
            else:
                pages.append(cur)
                cur = []
    pages.append(cur)
    hdr = simple_header([("LAS BRISAS COMMUNITY COLLEGE DISTRICT POLICE DEPARTMENT [invented]", "Helvetica-Bold", 10.5),
                         ("Daily Crime and Fire Log - September 2025 - Public Records Act release PRA 2025-044", "Helvetica", 8.5)])
    path = d / "las-brisas-ccd-crime-log-2025-09.pdf"
    draw_pages(path, letter, pages, hdr, simple_footer("Redactions per Gov. Code 7923.615 and 7927.705. District Police 555-0152"),
               fsize=8.5, lh=11.5)
    fields = ["reported_at", "type", "location", "disposition"]
    gt = [entry(path, agency, "campus daily crime log (month), public-records release", "labelled blocks", recs, fields,
                "One labelled block per case, separated by a rule: `Case Number: LB-25-NNNN` (bold) with `Reported:`, "
                "Offense/Occurred, Location, Reporting Party/Contact, optional `Outside Agency: Las Brisas City PD "
                "Report No. 25-NNNNNN` (related), a wrapped Summary and Disposition. Redacted values print "
                "`[REDACTED] (GC 7923.615)` (a redacted location is given as printed in sample_records) and a "
                "redacted phone `555-01XX`. Entries withheld in full print only the case number and `[ENTIRE ENTRY "
                "REDACTED - GC 7923.600(a); ...]`: records with number only. Blocks run over page breaks: the rest "
                "of the block starts the next page under `Case Number: LB-25-NNNN (continued)`, the same record. "
                "Ends `Entries in this release: N (redacted in part P, withheld in full W)`.",
                "blocks counted by the generator; continuation headings checked against the block before",
                related_of(recs))]
    return agency, gt


# 3 ------------------------------------------------------------ Tolan County Sheriff: free text, XXXX, (b)(6) margin
def tolan(d, r):
    agency = "Tolan County Sheriff's Office, CA [invented]"
    towns = ["Alamo Flats", "Cuervo Springs", "Tolan Junction", "Mesa Quieta"]
    gt = []
    num, tf, bates = 4410, 300, 1
    for fname, first, n, label in [("tolan-sheriff-activity-summary-2025-10-01-07.pdf", 1, 44, "October 1-7, 2025"),
                                   ("tolan-sheriff-activity-summary-2025-10-08-14.pdf", 8, 52, "October 8-14, 2025")]:
        recs, lines = [], []
        times = stamps(r, datetime.datetime(2025, 10, first), n, 7)
        hidden = 0
        day = None
        for k, t in enumerate(times):
            if t.date() != day:
                day = t.date()
                lines.append([])
                lines.append([(36, f"{day.strftime('%A, %B %-d, %Y').upper()}", "Helvetica-Bold", 9)])
            num += r.randint(1, 12)
            typ = r.choice(CALLS + ["Narcotics - possession for sale", "Firearm recovered"])
            town = r.choice(towns)
            rec = {"case_number": f"SR25-{num:06d}", "reported_at": t.strftime("%m/%d/%Y %H%M"), "type": typ.upper(),
                   "location": town, "rel": []}
            fed = typ in ("Narcotics - possession for sale", "Firearm recovered") or r.random() < 0.08
            st = addr(r)
            st = st[0] + "X" * (st.index(" ") - 1) + st[st.index(" "):] if r.random() < 0.6 else st
            body = f"Deputies responded to the {st}, {town}, on a call of {typ.lower()}. "
            body += r.choice(["A report was taken.", "The reporting party declined prosecution.",
                              "Deputies canvassed the area with negative results.",
                              "One adult was booked (booking no. XXXXXXX) at Tolan County Jail.",
                              "The matter was referred to the Investigations Bureau."])
            marks = []
            if fed:
                tf += r.randint(1, 4)
                rec["rel"].append(("task_force_case", f"TF-25-{tf:04d}"))
                body += (f" Joint case with the regional narcotics task force, TF-25-{tf:04d}. Federal partner "
                         "identified the suspect vehicle as registered to XXXX XXXXXXX; agent names withheld.")
                marks = ["(b)(6)", "(b)(7)(C)"]
            group = [[(60, rec["case_number"], "Helvetica-Bold", 8.5), (140, rec["type"], "Helvetica-Bold", 8.5),
                      (400, t.strftime("%m/%d/%Y %H%M")), (470, town)]]
            for j, s in enumerate(wrap(body, 104)):
                ln = [(76, s)]
                if marks and ("XXXX" in s or "TF-25" in s or j == 1):
                    ln.insert(0, (20, ", ".join(marks) if j else marks[0], "Helvetica-Oblique", 6.5))
                group.append(ln)
            lines.append(group)
            recs.append(rec)
            if 0 < k < n - 1 and r.random() < 0.12:
                w = r.choice([1, 1, 2, 3])
                hidden += w
                lines.append([[(76, f"-- {w} {'entry' if w == 1 else 'entries'} withheld in full (Pen. Code 832.7; "
                                    f"W&I Code 827) - numbers not disclosed --", "Helvetica-Oblique", 8)]])
        flat = []
        for g in lines:
            flat.append(g if g and isinstance(g[0], list) else [g])
        flat.append([[], [(36, f"Entries released: {n}. Entries withheld in full and not listed: {hidden}.")]])
        pages = paginate(flat, 56)
        b0 = bates

        def ftr(c, i, nn, b0=b0):
            w, h = c._pagesize
            c.setFont("Helvetica", 7.5)
            c.drawString(36, 24, "Released under the California Public Records Act. Federal information reviewed by the "
                                 "originating agency (5 U.S.C. 552(b)).")
            c.setFont("Helvetica-Bold", 8)
            c.drawRightString(w - 36, 24, f"TCSO-PRA-{b0 + i - 1:06d}")
        bates += len(pages)
        hdr = simple_header([("TOLAN COUNTY SHERIFF'S OFFICE [invented] - STATION ACTIVITY SUMMARY", "Helvetica-Bold", 10.5),
                             (f"Week of {label} - all stations - Public Information Office 555-0171", "Helvetica", 8.5)])
        path = d / fname
        draw_pages(path, letter, pages, hdr, ftr, fsize=8.5, lh=11)
        fields = ["reported_at", "type", "location"]
        gt.append(entry(path, agency, "sheriff's weekly activity summary, CPRA release", "free text", recs, fields,
                        "Day headings (`WEDNESDAY, OCTOBER 1, 2025`), then one entry per incident: a lead line with the "
                        "bold report number `SR25-NNNNNN`, the type in capitals, date/time `MM/DD/YYYY HHMM` and the "
                        "community, followed by an indented narrative. Street numbers are partly masked (`1XXX block "
                        "of ...`), booking numbers and names are `XXXXXXX`. In joint task-force entries the federal "
                        "partner's FOIA marks `(b)(6)` / `(b)(6), (b)(7)(C)` stand in the LEFT margin beside "
                        "narrative lines, so they open those text lines; task-force case numbers `TF-25-NNNN` are "
                        "related. Lines `-- 2 entries withheld in full (Pen. Code 832.7; W&I Code 827) - numbers not "
                        "disclosed --` are not records (nothing identifies them); the document counts them apart: "
                        "`Entries released: N. Entries withheld in full and not listed: U.` Each page carries a Bates "
                        "number `TCSO-PRA-NNNNNN` (not a record).",
                        "entries counted by the generator; the withheld-count lines summed against the closing line",
                        related_of(recs)))
    return agency, gt


# 4 ------------------------------------------------------------ Palo Quemado PD: letter with numbered paragraphs
def palo_quemado(d, r):
    agency = "Palo Quemado Police Department, CA [invented]"
    recs, paras = [], []
    num, older = 10440, 9600
    hidden = 0
    times = stamps(r, datetime.datetime(2025, 10, 13), 58, 7)
    held = set(r.sample(range(4, 54), 4))
    for k, t in enumerate(times):
        num += r.randint(1, 3)
        rec = {"case_number": f"25-{num:05d}", "rel": []}
        if k in held:
            paras.append((rec, [(f"Report No. {rec['case_number']} - withheld in full. Gov. Code 7923.605(a) "
                                 "(records of investigation); see item list below.", [])]))
            rec["withheld"] = True
            recs.append(rec)
        else:
            sens = 0 < k < 57 and r.random() < 0.2
            typ = r.choice(SENSITIVE if sens else CALLS)
            loc = addr(r)
            if sens:
                house, rest = loc.split(" ", 1)
                loc = house[:-2] + "XX " + rest
            rec |= {"reported_at": t.strftime("%m/%d/%Y %H%M"), "type": typ, "location": loc,
                    "disposition": r.choice(DISPS)}
            txt = (f"Report No. {rec['case_number']} - {rec['reported_at']} - {typ} - {loc} - "
                   f"{rec['disposition']}.")
            boxes = []
            if sens:
                txt += " Victim, age @@@@@@@@@@, reported the incident at @@@@@@@@@@@@@@@@. [GC 7923.615]"
            elif r.random() < 0.25:
                older += r.randint(5, 60)
                rec["rel"].append(("earlier_case", f"25-{older:05d}"))
                txt += f" Supplemental to earlier Report No. 25-{older:05d}."
            paras.append((rec, [(txt, boxes)]))
            recs.append(rec)
        if 0 < k < 57 and r.random() < 0.1:
            w = r.choice([1, 2, 2, 3])
            hidden += w
            paras.append((None, [(f"[{w} further report{'s' if w > 1 else ''} of this date withheld in full and not "
                                  f"identified - Pen. Code 293(a); Gov. Code 7923.615]", [])]))
    nw = sum(1 for x in recs if x.get("withheld"))
    lines = [[(36, "October 22, 2025")], [],
             [(36, "Re: California Public Records Act request PRA No. 25-0331 (received October 20, 2025)")], [],
             *[[(36, s)] for s in wrap(
                 "This letter responds to your request for the Department's press log of incidents reported October 13 "
                 "through October 19, 2025. The log is reproduced below, one numbered paragraph per report. Information "
                 "has been withheld where disclosure would endanger the safety of a witness or victim or the successful "
                 "completion of an investigation (Gov. Code 7923.600, 7923.605, 7923.615). Words removed from a "
                 "paragraph appear as black bars; the authority is given in brackets at the end of the paragraph. "
                 "Reports withheld in full are listed by number where the number itself may be released; the others "
                 "are only counted, in brackets, under the date they concern.", 112)], [],
             [(36, "Responsive records - press log, October 13-19, 2025", "Helvetica-Bold", 9)], []]
    i = 0
    for rec, chunks in paras:
        txt = chunks[0][0]
        if rec is None:
            for s in wrap(txt, 104):
                lines.append([(62, s, "Helvetica-Oblique", 8.5)])
            lines.append([])
            continue
        i += 1
        rec["para"] = i
        for j, s in enumerate(wrap(txt, 104)):
            ln = [(62, "")]
            # black boxes over blanked words: '@' runs become spaces under a box
            x0 = 62
            parts, out = [], ""
            for seg in s.split(" "):
                if seg.startswith("@"):
                    tail = seg.lstrip("@")
                    parts.append((len(out), len(seg) - len(tail)))
                    out += " " * (len(seg) - len(tail)) + tail + " "
                else:
                    out += seg + " "
            ln = [(x0, out.rstrip())] + [("BOX", x0 + stringWidth(out[:p], "Helvetica", 8.5),
                                          stringWidth(" " * w, "Helvetica", 8.5)) for p, w in parts]
            if j == 0:
                ln.insert(0, (36, f"{i}."))
            lines.append(ln)
        lines.append([])
    lines += [[(36, f"The log above lists {len(recs)} reports ({nw} withheld in full). A further {hidden} reports are "
                    "withheld in full and not identified.")], [],
              *[[(36, s)] for s in wrap("Items withheld in full, by paragraph: " + "; ".join(
                  f"para. {x['para']} (Report No. {x['case_number']})" for x in recs if x.get("withheld")) + ".", 112)],
              [],
              [(36, "The Department considers this request closed. Questions may be directed to the Records Custodian "
                    "at 555-0108.")], [], [(36, "Custodian of Records, Palo Quemado Police Department")]]
    pages = paginate([[x] for x in lines], 60)
    hdr = simple_header([("PALO QUEMADO POLICE DEPARTMENT [invented]", "Helvetica-Bold", 11),
                         ("Records Bureau - 900 Plaza del Sol, Palo Quemado, CA - 555-0108", "Helvetica", 8.5)])
    path = d / "palo-quemado-pra-25-0331-press-log-2025-10-13-19.pdf"
    draw_pages(path, letter, pages, hdr, simple_footer("PRA No. 25-0331", "Page {i} of {n}"), fsize=8.5, lh=11)
    fields = ["reported_at", "type", "location", "disposition"]
    samples = [recs[0], recs[len(recs) // 2], recs[-1]]
    gt = [entry(path, agency, "CPRA response letter reproducing a weekly press log", "numbered paragraphs", recs, fields,
                "A response letter (`Re: ... PRA No. 25-0331`) whose body reproduces the press log as numbered "
                "paragraphs `N. Report No. 25-NNNNN - MM/DD/YYYY HHMM - type - location - disposition.`, wrapped with "
                "a hanging indent. The paragraph number is not the id. Victim details are blanked under black boxes "
                "drawn over spaces, with `[GC 7923.615]` at the paragraph end and house numbers masked `1XX block`. "
                "Paragraphs of reports withheld in full keep the number only (`Report No. 25-NNNNN - withheld in "
                "full. Gov. Code 7923.605(a) ...`): records. Unnumbered bracketed lines `[2 further reports of this "
                "date withheld in full and not identified - ...]` are not records. `Supplemental to earlier Report "
                "No. 25-NNNNN` cites an older report (related). After the log: `The log above lists N reports (W "
                "withheld in full). A further U reports are ...` and a list repeating the withheld reports' numbers "
                "by paragraph (not new records).",
                "paragraphs counted by the generator; numbering checked consecutive", related_of(recs), samples)]
    return agency, gt


# 5 ------------------------------------------------------------ Costa Lumbre Harbor District: CAD export, margin codes
def costa_lumbre(d, r):
    agency = "Costa Lumbre Harbor District Police, CA [invented]"
    natures = ["VESSEL ADRIFT", "BOAT THEFT", "DOCK DISTURBANCE", "TRESPASS - FUEL DOCK", "MEDICAL AID",
               "SUSPICIOUS VESSEL", "OIL SHEEN REPORT", "PARKING - LAUNCH RAMP", "THEFT FROM VESSEL", "WELFARE CHECK",
               "NOISE - LIVEABOARD", "FIRE - VESSEL"]
    places = ["Dock A slip 14", "Dock C slip 22", "Fuel dock", "Launch ramp lot", "Harbor Master office", "Breakwater",
              "Dock F slip 3", "West jetty", "Boatyard", "Dock B slip 41"]
    recs, groups = [], []
    num, fd, hidden = 1204, 12880, 0
    units = ["HP1", "HP2", "HP3", "BOAT7", "BOAT9"]
    for k, t in enumerate(stamps(r, datetime.datetime(2025, 10, 1), 84, 31)):
        num += r.randint(1, 3)
        rec = {"case_number": f"HD25-{num:05d}", "rel": []}
        roll = r.random()
        kind = "withheld" if 2 < k < 82 and roll > 0.92 else ("partial" if 0 < k < 83 and roll < 0.18 else "open")
        nat = r.choice(natures)
        if kind == "withheld":
            rec["code"] = r.choice(["7923.600(a)", "(b)(7)(A)"])
            groups.append([[(12, rec["code"], "Helvetica-Oblique", 6), (48, rec["case_number"]),
                            (112, "*" * 12 + "  RECORD WITHHELD  " + "*" * 12)], []])
            rec["kind"] = kind
            recs.append(rec)
            continue
        rec |= {"reported_at": t.strftime("%Y-%m-%d %H:%M:%S"), "type": nat, "location": r.choice(places),
                "disposition": r.choice(["RPT", "GOA", "ADV", "UTL", "ARR", "CIT", "REF USCG"]), "kind": kind}
        unit = r.choice(units)
        narr = r.choice(["RP ON SCENE, CONTACT MADE", "CHECKED AREA, NEG RESULTS", "TOWED TO GUEST DOCK",
                         "OWNER NOTIFIED BY PHONE", "PHOTOS TAKEN, EVIDENCE TAG ISSUED", "RP ADVISED OF HARBOR ORDINANCE"])
        if nat in ("FIRE - VESSEL", "MEDICAL AID") and r.random() < 0.7:
            fd += r.randint(2, 30)
            rec["rel"].append(("fire_incident", f"FD25-{fd:06d}"))
            narr += f"; CO FIRE INC FD25-{fd:06d}"
        if kind == "partial":
            rec["code"] = r.choice(["7923.615", "(b)(6)"])
            narr += "; RP NAME XXXXXXXX XXXXX, PH 555-01XX, CF# XXXX XX"
        first = [(48, rec["case_number"]), (112, rec["reported_at"]), (206, nat), (326, rec["location"]),
                 (420, unit), (460, rec["disposition"])]
        if kind == "partial":
            first.insert(0, (12, rec["code"], "Helvetica-Oblique", 6))
        groups.append([first, [(112, "NARR: " + narr, "Courier", 7)], []])
        recs.append(rec)
        if 0 < k < 83 and r.random() < 0.07:
            w = r.choice([1, 2, 3])
            hidden += w
            groups.append([[(112, f"*** {w} ROW{'S' if w > 1 else ''} WITHHELD - GC 7923.600(a) ***")], []])
    groups.append([[(48, f"Events listed: {len(recs)}     Rows withheld without number: {hidden}")]])
    head = [[(48, "EVENT NO", "Helvetica-Bold", 7.5), (112, "RECEIVED", "Helvetica-Bold", 7.5),
             (206, "NATURE", "Helvetica-Bold", 7.5), (326, "LOCATION", "Helvetica-Bold", 7.5),
             (420, "UNIT", "Helvetica-Bold", 7.5), (460, "DISP", "Helvetica-Bold", 7.5), ("RULE",)], []]
    pages = paginate(groups, 62, head)
    log = [[(48, "REDACTION LOG - CAD EVENT EXPORT", "Helvetica-Bold", 10)], [],
           [(48, "No.", "Helvetica-Bold", 7.5), (90, "Event No", "Helvetica-Bold", 7.5),
            (170, "Redaction", "Helvetica-Bold", 7.5), (320, "Basis", "Helvetica-Bold", 7.5), ("RULE",)]]
    m = 0
    for x in recs:
        if x["kind"] == "open":
            continue
        m += 1
        basis = {"7923.600(a)": "Gov. Code 7923.600(a) - investigation", "(b)(7)(A)": "5 U.S.C. 552(b)(7)(A) - USCG referral",
                 "7923.615": "Gov. Code 7923.615 - victim/witness", "(b)(6)": "5 U.S.C. 552(b)(6) - USCG referral"}[x["code"]]
        log.append([(48, f"{m}"), (90, x["case_number"]),
                    (170, "Entire event" if x["kind"] == "withheld" else "RP name, phone, vessel CF#"), (320, basis)])
    log += [[], [(48, f"Redacted events: {m}. Rows withheld without number: {hidden}.")]]
    pages.append(log)
    hdr = simple_header([("COSTA LUMBRE HARBOR DISTRICT POLICE [invented]", "Helvetica-Bold", 11),
                         ("CAD Event Export  2025-10-01 00:00 to 2025-10-31 23:59  -  PRA response HD-PRA-25-019",
                          "Helvetica", 8.5)])

    def ftr(c, i, n):
        w, h = c._pagesize
        c.setFont("Helvetica", 7)
        c.drawString(48, 24, "Exemption codes in the left margin apply to the row beside them. Harbor Police 555-0190")
        c.setFont("Helvetica-Bold", 8)
        c.drawRightString(w - 36, 24, f"CLHD {213 + i:06d}")
    path = d / "costa-lumbre-cad-export-2025-10.pdf"
    draw_pages(path, letter, pages, hdr, ftr, fsize=7.5, lh=9.6)
    fields = ["reported_at", "type", "location", "disposition"]
    gt = [entry(path, agency, "CAD event export (month), public-records release", "table with header", recs, fields,
                "Portrait CAD export, two lines a record: the event line (Event No `HD25-NNNNN`, received "
                "`YYYY-MM-DD HH:MM:SS`, nature, location, unit, disposition code) and an indented `NARR:` line in "
                "Courier. Exemption codes (`7923.615`, `(b)(6)`, `7923.600(a)`, `(b)(7)(A)`) stand in the LEFT "
                "margin on the event line, so the text line begins with the code, not the event number. Partly "
                "redacted events mask RP name, phone `555-01XX` and vessel `CF# XXXX XX` in the narrative. Events "
                "withheld in full print only the number and `************  RECORD WITHHELD  ************`: records. "
                "Markers `*** 2 ROWS WITHHELD - GC 7923.600(a) ***` carry no number and are not records. County "
                "fire incident numbers `FD25-NNNNNN` in the narrative are related. `Events listed: N  Rows withheld "
                "without number: U`, then a redaction log page repeating the redacted events' numbers. Bates stamp "
                "`CLHD 000NNN` on every page.",
                "event lines counted by the generator; the redaction log checked against the margin codes",
                related_of(recs))]
    return agency, gt


AGENCIES = [("vista-arroyo-ca-pd", 1, vista_arroyo), ("las-brisas-ca-ccd-pd", 2, las_brisas),
            ("tolan-county-ca-so", 3, tolan), ("palo-quemado-ca-pd", 4, palo_quemado),
            ("costa-lumbre-ca-harbor-pd", 5, costa_lumbre)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        _, gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
