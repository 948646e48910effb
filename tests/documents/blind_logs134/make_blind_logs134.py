"""Generate a held-out set of incident listings in slide decks exported to PDF (blind_logs134).

Five layouts: a COMPSTAT deck with incident-table slides continued across slides and a repeat-
locations slide that lists case numbers again; a community-meeting deck with one incident per slide
(some incidents continued on a second slide) and a CAD event number beside the case number; a
three-slides-per-page handout with note lines beside each slide, two printed lines per incident and
a call-for-service number; speaker-notes pages (slide above, notes below) whose notes repeat the
case number and cite earlier cases shaped like it; a six-slides-per-page handout (two slides side by
side) with one incident per slide and property-report numbers. Everything is invented.
Output is deterministic: fixed seed, reportlab invariant mode. Run:
    python tests/documents/blind_logs134/make_blind_logs134.py [OUT_DIR]
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
SEED = 20261134
TYPES = ["Burglary - residential", "Burglary - vehicle", "Theft from yard", "Vandalism", "Assault - simple",
         "Stolen vehicle", "Shoplifting", "Fraud - phone scam", "Trespass", "Disturbance - noise",
         "Robbery - street", "Catalytic converter theft", "Mail theft", "Harassment", "DUI arrest",
         "Hit and run - property"]
DISPS = ["Report taken", "Arrest made", "Under investigation", "Closed - no suspect", "Referred to detectives",
         "Citation issued", "Unfounded", "Closed - cleared by arrest"]
STREETS = ["Cedar Rd", "Millbrook Ave", "Orchard Ln", "Harrow St", "Quarry Rd", "Linden Ct", "Bayview Dr",
           "Foundry St", "Kestrel Way", "Sumner Pl", "Willet Ave", "Granary Rd", "Tansy Ln", "Oakhurst Blvd"]


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


def loc(r):
    return f"{r.randint(1, 48) * 100} blk {r.choice(STREETS)}"


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check, related):
    n = len(recs)
    samples = [{"case_number": recs[i]["case_number"], **{k: recs[i][k] for k in fields}} for i in (0, n // 2, n - 1)]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs134.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs134.py) from the records it drew; "
                               "checked by check_blind_logs134.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def related_of(recs):
    return [{"record": rec["case_number"], "kind": k, "number": num} for rec in recs for k, num in rec["rel"]]


def slide(c, x, y, w, h, title, lines, no, footer, tsize=16, fsize=10, lh=None):
    """A slide frame with top-left (x, y); lines: str or list of (dx, str)."""
    lh = lh or fsize + 4
    c.setLineWidth(0.8)
    c.rect(x, y - h, w, h)
    c.setFont("Helvetica-Bold", tsize)
    c.drawString(x + w * 0.05, y - tsize - h * 0.06, title)
    c.setFont("Helvetica", fsize)
    yy = y - tsize - h * 0.06 - fsize * 2.2
    for line in lines:
        for dx, text in ([(0, line)] if isinstance(line, str) else line):
            c.drawString(x + w * 0.05 + dx, yy, text)
        yy -= lh
    c.setFont("Helvetica", max(5, fsize * 0.7))
    c.drawString(x + w * 0.05, y - h + h * 0.035, footer)
    c.drawRightString(x + w * 0.95, y - h + h * 0.035, str(no))


# 1 --------------------------------------------------------- Arden Falls PD: COMPSTAT table slides
def arden(d, r):
    agency = "Arden Falls Police Department, OH [invented]"
    recs, no = [], 31840
    for t in stamps(r, datetime.datetime(2025, 10, 27), 74, 7):
        no += r.randint(1, 4)
        recs.append({"case_number": f"AF25-{no:05d}", "reported_at": t.strftime("%m/%d/%y %H:%M"),
                     "type": r.choice(TYPES), "location": loc(r), "disposition": r.choice(DISPS), "rel": []})
    W, H = landscape(letter)
    path = d / "arden-falls-compstat-week-44-2025.pdf"
    c = new_canvas(path, (W, H))
    footer = "Arden Falls PD  |  COMPSTAT Week 44 (10/27/25 - 11/02/25)  |  For internal discussion"
    slides = [("COMPSTAT Review - Week 44, 2025", ["Arden Falls Police Department [invented]",
               "Crime Analysis Unit  -  presented 11/04/2025", "Prior week (Week 43): 68 incidents",
               f"Incidents this week: {len(recs)}"]),
              ("Agenda", ["1. Week at a glance", "2. Incident listing by date (slides 3 onward)",
                          "3. Repeat locations", "4. Assignments and follow-ups", "5. Questions"])]
    hdr = [(0, "Case No."), (95, "Reported"), (185, "Offense"), (345, "Location"), (495, "Status")]
    rows = [[(0, x["case_number"]), (95, x["reported_at"]), (185, x["type"]), (345, x["location"]),
             (495, x["disposition"])] for x in recs]
    for i in range(0, len(rows), 11):
        title = "Incident Listing" + (" (cont.)" if i else "")
        slides.append((title, [hdr] + rows[i:i + 11]))
    rep = r.sample(recs, 6)
    rep.sort(key=lambda x: recs.index(x))
    slides.append(("Repeat Locations - Week 44", [f"{x['location']}  -  {r.randint(2, 5)} calls  (see {x['case_number']})"
                                                  for x in rep] + ["", "Patrol: extra checks on the blocks above."]))
    slides.append(("Questions?", ["Crime Analysis Unit  -  555-0142", "Next COMPSTAT: 11/11/2025"]))
    for i, (title, lines) in enumerate(slides, 1):
        slide(c, 18, H - 18, W - 36, H - 36, title, lines, f"Slide {i}", footer, tsize=22, fsize=10.5, lh=27)
        c.showPage()
    c.save()
    gt = [entry(path, agency, "COMPSTAT presentation (week)", "table with header", recs,
                ["reported_at", "type", "location", "disposition"],
                "Landscape slides exported to PDF, one slide per page with a footer and `Slide N` on every slide. "
                "Title slide (prior week's count beside this week's total) and agenda slide; the incident table "
                "runs over several slides titled `Incident Listing (cont.)`, its header repeated; a `Repeat "
                "Locations` slide near the end names six case numbers again `(see AF25-NNNNN)` - they are not new "
                "records; a closing `Questions?` slide.",
                "table rows counted by the generator", [])]
    return gt


# 2 ------------------------------------------- Wexmoor PD: one incident per slide, community meeting
def wexmoor(d, r):
    agency = "Wexmoor Police Department, WI [invented]"
    recs, no, cad = [], 6120, 4400
    for t in stamps(r, datetime.datetime(2025, 10, 1), 46, 31):
        no += r.randint(2, 9)
        cad += r.randint(20, 90)
        rec = {"case_number": f"25-{no:05d}", "reported_at": t.strftime("%m/%d/%Y %H%M"), "type": r.choice(TYPES),
               "location": loc(r), "disposition": r.choice(DISPS), "cad": f"{t.strftime('%y%m%d')}-{cad % 10000:04d}"}
        rec["rel"] = [("cad_event", rec["cad"])]
        recs.append(rec)
    W, H = landscape(letter)
    path = d / "wexmoor-beat-4-community-meeting-2025-11.pdf"
    c = new_canvas(path, (W, H))
    footer = "Wexmoor PD - Beat 4 Community Meeting - November 12, 2025 - Wexmoor Library, Room B"
    slides = [("Beat 4 Community Meeting", ["Wexmoor Police Department [invented]", "October 2025 in review",
                                            "Community Liaison Office  555-0167"]),
              ("Tonight", ["Welcome and introductions", f"Incidents reviewed tonight: {len(recs)}",
                           "Neighborhood watch update", "Open questions"])]
    cont = set(x["case_number"] for x in r.sample(recs, 8))
    for x in recs:
        body = [f"CAD Event {x['cad']}", "", f"When:  {x['reported_at']}", f"Where:  {x['location']}",
                f"What:  {x['type']}", f"Status:  {x['disposition']}"]
        if x["case_number"] in cont:
            slides.append((f"Case {x['case_number']}", body + ["(continued on next slide)"]))
            slides.append((f"Case {x['case_number']} (continued)",
                           ["What residents can do:", "- Lock vehicles and remove valuables",
                            "- Report suspicious activity to 555-0167"]))
        else:
            slides.append((f"Case {x['case_number']}", body))
    slides.append(("Questions?", ["Thank you for coming.", "Next meeting: December 10, 2025"]))
    for i, (title, lines) in enumerate(slides, 1):
        slide(c, 18, H - 18, W - 36, H - 36, title, lines, i, footer, tsize=26, fsize=16, lh=26)
        c.showPage()
    c.save()
    return [entry(path, agency, "community-meeting presentation (month)", "labelled blocks", recs,
                  ["reported_at", "type", "location", "disposition"],
                  "One incident per slide, slide title `Case 25-NNNNN`; the slide's first line is a CAD event "
                  "number `CAD Event YYMMDD-NNNN` (related, not the record id), then When/Where/What/Status. Eight "
                  "incidents go on to a second slide titled `Case 25-NNNNN (continued)` with crime-prevention tips - "
                  "same record. Title, agenda (`Incidents reviewed tonight: N`) and `Questions?` slides; slide "
                  "number and footer on every slide.",
                  "incident slides counted by the generator", related_of(recs))]


# 3 --------------------------------------- Lorrin County SO: 3 slides per page handout with notes
def lorrin(d, r):
    agency = "Lorrin County Sheriff's Office, KS [invented]"
    recs, no = [], 2210
    for t in stamps(r, datetime.datetime(2025, 9, 1), 63, 30):
        no += r.randint(1, 5)
        rec = {"case_number": f"LC-25-{no:04d}", "reported_at": t.strftime("%m/%d/%y %H:%M"), "type": r.choice(TYPES),
               "location": loc(r), "disposition": r.choice(DISPS), "cfs": f"CFS {r.randint(100000, 199999)}"}
        rec["rel"] = [("call_for_service", rec["cfs"].split()[1])]
        recs.append(rec)
    slides = [("District 2 Community Meeting", ["Lorrin County Sheriff's Office [invented]", "September 2025",
                                                f"Incidents in this handout: {len(recs)}"])]
    for i in range(0, len(recs), 5):
        lines = [[(0, "Case"), (58, "Reported"), (126, "Type")],
                 [(58, "Location"), (150, "Disposition"), (236, "Call")]]
        for x in recs[i:i + 5]:
            lines.append([(0, x["case_number"]), (58, x["reported_at"]), (126, x["type"])])
            lines.append([(58, x["location"]), (150, x["disposition"]), (236, x["cfs"])])
        slides.append(("Incidents - September" + (" (cont.)" if i else ""), lines))
    slides.append(("Contact Us", ["Non-emergency 555-0119", "District 2 office hours Mon-Fri 8-4"]))
    W, H = letter
    path = d / "lorrin-district-2-handout-2025-09.pdf"
    c = new_canvas(path, (W, H))
    pages = [slides[i:i + 3] for i in range(0, len(slides), 3)]
    n = 0
    for p, group in enumerate(pages, 1):
        c.setFont("Helvetica", 8)
        c.drawString(36, H - 24, "Lorrin County SO - District 2 Community Meeting - 10/08/2025")
        for j, (title, lines) in enumerate(group):
            n += 1
            top = H - 40 - j * 238
            slide(c, 36, top, 330, 222, title, lines, n, "LCSO District 2", tsize=10, fsize=6.3, lh=8.2)
            c.setLineWidth(0.4)
            for k in range(9):
                yy = top - 30 - k * 22
                c.line(390, yy, W - 36, yy)
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 36, 20, f"{p}")
        c.showPage()
    c.save()
    return [entry(path, agency, "community-meeting handout, three slides per page", "table with header", recs,
                  ["reported_at", "type", "location", "disposition"],
                  "Handout print of a slide deck: three small slides per page on the left, blank note lines on the "
                  "right, a handout page number at the foot and a slide number in each slide. Each slide has a two-line column header "
                  "(Case / Reported / Type, then Location / Disposition / Call) and each incident takes "
                  "two printed lines (id, date, type / location, disposition, `CFS NNNNNN` call-for-service "
                  "number, related). The title slide prints the total; the last slide is a contact slide.",
                  "incidents counted by the generator", related_of(recs))]


# 4 ------------------------------------------------ Calder Bay PD: speaker-notes pages
def calder(d, r):
    agency = "Calder Bay Police Department, ME [invented]"
    recs, no = [], 1480
    for t in stamps(r, datetime.datetime(2025, 10, 1), 44, 31):
        no += r.randint(1, 6)
        rec = {"case_number": f"CB-25-{no:04d}", "reported_at": t.strftime("%m/%d/%Y %H:%M"), "type": r.choice(TYPES),
               "location": loc(r), "disposition": r.choice(DISPS), "rel": []}
        if r.random() < 0.35:
            rec["rel"].append(("earlier_case", f"CB-24-{r.randint(1000, 2999):04d}"))
        recs.append(rec)
    W, H = letter
    path = d / "calder-bay-compstat-speaker-notes-2025-10.pdf"
    c = new_canvas(path, (W, H))
    pages = [("October COMPSTAT", ["Calder Bay Police Department [invented]", f"Incidents presented: {len(recs)}"],
              ["Welcome the selectboard liaison. Sgt. desk line 555-0133."])]
    for x in recs:
        notes = [f"Reporting officer briefed on {x['case_number']} at roll call."]
        if x["rel"]:
            notes.append(f"Same address as earlier case {x['rel'][0][1]} last year; check for pattern.")
        notes.append("Keep to one minute on this slide.")
        pages.append((f"Incident {x['case_number']}", [f"Reported: {x['reported_at']}", f"Offense: {x['type']}",
                                                       f"Location: {x['location']}", f"Outcome: {x['disposition']}"],
                      notes))
    for i, (title, lines, notes) in enumerate(pages, 1):
        slide(c, 126, H - 60, 360, 270, title, lines, i, "Calder Bay PD - COMPSTAT October 2025",
              tsize=15, fsize=10, lh=15)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(72, H - 370, "Notes:")
        c.setFont("Helvetica", 10)
        for k, line in enumerate(notes):
            c.drawString(72, H - 390 - k * 15, line)
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 54, 30, str(i))
        c.showPage()
    c.save()
    return [entry(path, agency, "COMPSTAT presentation, speaker-notes pages", "labelled blocks", recs,
                  ["reported_at", "type", "location", "disposition"],
                  "Notes-page print: each page repeats one slide (title `Incident CB-25-NNNN`, labelled lines) above "
                  "the presenter's notes. The notes repeat the slide's case number and sometimes cite an `earlier "
                  "case CB-24-NNNN` shaped like the ids (related). A title page prints `Incidents presented: N`; a "
                  "page number under every page and a slide number in each slide frame.",
                  "notes pages counted by the generator", related_of(recs))]


# 5 ------------------------------------ Tessary Township PD: six slides per page, side by side
def tessary(d, r):
    agency = "Tessary Township Police Department, PA [invented]"
    recs, no = [], 880
    for t in stamps(r, datetime.datetime(2025, 11, 1), 58, 30):
        no += r.randint(1, 3)
        rec = {"case_number": f"TT25-{no:04d}", "reported_at": t.strftime("%m/%d/%Y %H:%M"), "type": r.choice(TYPES),
               "location": loc(r), "disposition": r.choice(DISPS), "rel": []}
        if r.random() < 0.4:
            rec["rel"].append(("property_report", f"PR25-{r.randint(100, 999):04d}"))
        recs.append(rec)
    slides = [("Township Safety Briefing", ["Tessary Twp PD [invented]", "November 2025",
                                            f"Incidents: {len(recs)}"]),
              ("Agenda", ["Incidents by date", "Property recovered", "Questions"])]
    for x in recs:
        lines = [f"Reported {x['reported_at']}", x["type"], x["location"], x["disposition"]]
        if x["rel"]:
            lines.append(f"Property {x['rel'][0][1]}")
        slides.append((f"Incident #{x['case_number']}", lines))
    slides.append(("Questions?", ["Front desk 555-0158"]))
    W, H = letter
    path = d / "tessary-safety-briefing-handout-2025-11.pdf"
    c = new_canvas(path, (W, H))
    n = 0
    for p, i in enumerate(range(0, len(slides), 6), 1):
        c.setFont("Helvetica", 8)
        c.drawString(36, H - 24, "Tessary Township Police Department - Safety Briefing - Handout (6 slides/page)")
        for j, (title, lines) in enumerate(slides[i:i + 6]):
            n += 1
            x0 = 40 + (j % 2) * 272
            y0 = H - 44 - (j // 2) * 238
            slide(c, x0, y0, 258, 170, title, lines, n, "TTPD Briefing Nov 2025", tsize=10, fsize=8, lh=11)
            c.setLineWidth(0.3)
            for k in range(3):
                c.line(x0, y0 - 186 - k * 16, x0 + 258, y0 - 186 - k * 16)
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 36, 20, f"Page {p}")
        c.showPage()
    c.save()
    return [entry(path, agency, "briefing handout, six slides per page", "labelled blocks", recs,
                  ["reported_at", "type", "location", "disposition"],
                  "Handout print, six slides per page in two columns and three rows, note lines under each slide: "
                  "two slides stand side by side, so a text line holds parts of two incidents. One incident per "
                  "slide titled `Incident #TT25-NNNN`; some slides add `Property PR25-NNNN` (related). Title slide "
                  "prints `Incidents: N`; agenda and `Questions?` slides; slide numbers and footers in each slide.",
                  "incident slides counted by the generator", related_of(recs))]


AGENCIES = [("arden-falls-oh-pd", 1, arden), ("wexmoor-wi-pd", 2, wexmoor), ("lorrin-county-ks-so", 3, lorrin),
            ("calder-bay-me-pd", 4, calder), ("tessary-township-pa-pd", 5, tessary)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
