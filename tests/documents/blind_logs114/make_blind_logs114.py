"""Generate a held-out set of incident logs whose text layer has Unicode oddities (blind_logs114).

Five layouts, each printed normally on the page but with an unusual text layer: a police daily
log table whose incident numbers are, on many rows, full-width digits in the text layer (the glyphs
drawn are ordinary digits), with CAD event numbers beside them, ligatures and non-breaking spaces;
a sheriff's activity log in labelled blocks whose case numbers carry zero-width spaces, whose title
is letter-spaced, whose narratives use soft hyphens and whose blocks run over page breaks under a
"(continued)" heading; a small-town press log in free text drawn one character at a time, with
U+2212 minus signs inside the case numbers, em dashes, routine and follow-up entries; a city report
digest in numbered paragraphs whose case numbers carry superscript footnote markers and footnotes
citing other numbers; a township incident register (table) whose ids mix hyphen, non-breaking
hyphen, figure dash, en dash and minus sign, with a prior-incident column of the same shape and
rows wrapping onto a second line. Every agency, place and record is invented; no person is named.
Output is deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs114/make_blind_logs114.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20261214
DV = "/usr/share/fonts/truetype/dejavu/"


def font(name, file):
    f = TTFont(name, DV + file)
    for i in range(10):  # full-width digits drawn with the ordinary digit glyphs (text layer only)
        f.face.charToGlyph[0xFF10 + i] = f.face.charToGlyph[0x30 + i]
        f.face.charWidths[0xFF10 + i] = f.face.charWidths[0x30 + i]
    pdfmetrics.registerFont(f)


font("DV", "DejaVuSans.ttf")
font("DVB", "DejaVuSans-Bold.ttf")
font("DVC", "DejaVuSansCondensed.ttf")
font("DVM", "DejaVuSansMono.ttf")

ZW, NB, SHY, MINUS, EN, EM = "\u200b", "\u00a0", "\u00ad", "\u2212", "\u2013", "\u2014"
SUP = {"1": "\u00b9", "2": "\u00b2", "3": "\u00b3", "4": "\u2074", "5": "\u2075", "6": "\u2076",
       "7": "\u2077", "8": "\u2078", "9": "\u2079"}
TYPES = ["Traffic collision - property damage", "Traffic hazard", "Theft from vehicle", "Burglary - residential",
         "Vandalism", "Suspicious vehicle - flagged plate", "Noise complaint - amplified music", "Found property",
         "Domestic disturbance", "Shoplifting", "Fraud - identity", "Assault - simple", "Trespass", "Welfare check",
         "Disorderly conduct", "Civil dispute - conflict over fence", "Hit and run", "Stolen bicycle",
         "Harassment - phone", "DUI arrest", "Fire alarm - false", "Missing person - returned", "Animal complaint"]
DISPS = ["Report taken", "Arrest", "Citation issued", "Referred to detectives", "Unfounded", "Closed - no further action",
         "Filed for information", "Pending follow-up", "Cleared by arrest", "Warning issued"]
STREETS = ["Larch St", "Fenwick Ave", "Harbor View Dr", "Cobble Ln", "Millrace Rd", "Sego Ave", "Quillen Way",
           "Ostler St", "Brackett Pl", "Tannery Rd", "Wick Hollow Rd", "Pinfold Ct", "Marl Ave", "Staithe St"]


def lig(s):
    """Text as a typesetter with ligatures puts it in the text layer."""
    return s.replace("ffi", "\ufb03").replace("ff", "\ufb00").replace("fi", "\ufb01").replace("fl", "\ufb02")


def fw(s):
    return "".join(chr(ord(ch) + 0xFEE0) if ch.isdigit() else ch for ch in s)


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
    return f"{r.randint(1, 48) * 100 + r.choice([0, 0, 10, 25])} {r.choice(STREETS)}"


def draw_pages(path, size, pages, title, sub, footer, fnt="DV", fsize=8.0, lh=10.5, cbc=False, spaced=True):
    """pages: list of line lists; a line is a str (x=36) or a list of (x, str); cbc: one char at a time."""
    c = new_canvas(path, size)
    w, h = size
    n = len(pages)
    for i, lines in enumerate(pages, 1):
        y = h - 40
        c.setFont("DVB", 11)
        if spaced:
            c.drawString(36, y, title, charSpace=2.2)
        else:
            c.drawString(36, y, title)
        c.setFont("DV", 8.5)
        c.drawString(36, y - 14, sub)
        y -= 34
        c.setFont(fnt, fsize)
        for line in lines:
            for x, text in ([(36, line)] if isinstance(line, str) else line):
                if cbc:
                    for ch in text:
                        c.drawString(x, y, ch)
                        x += pdfmetrics.stringWidth(ch, fnt, fsize)
                else:
                    c.drawString(x, y, text)
            y -= lh
        c.setFont("DV", 7)
        c.drawString(36, 24, footer)
        c.drawRightString(w - 36, 24, f"Page {i} of {n}")
        c.showPage()
    c.save()


def paginate(groups, per_page, head_lines=()):
    pages, cur = [], list(head_lines)
    for g in groups:
        if len(cur) + len(g) > per_page and len(cur) > len(head_lines):
            pages.append(cur)
            cur = list(head_lines)
        cur += g
    pages.append(cur)
    return pages


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    n = len(recs)
    samples = [{"case_number": recs[i]["case_number"], **{k: recs[i][k] for k in fields if recs[i].get(k)}}
               for i in (0, n // 2, n - 1)]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs114.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False,
        "text_layer": "good glyphs, odd Unicode in the text layer (see notes); ids and values here are as a "
                      "reader reads them off the page, in plain ASCII",
        "record_count": n,
        "case_numbers": [x["case_number"] for x in recs],
        "related_numbers": [{"record": x["case_number"], "kind": k, "number": num} for x in recs for k, num in x["rel"]],
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs114.py) from the records it drew; "
                               "checked by check_blind_logs114.py against `pdftotext -layout` text read as a "
                               "careful reader does (zero-width characters and soft hyphens dropped, dash and "
                               "minus variants read as '-', full-width digits as digits, superscript footnote "
                               "markers as markers, ligatures as letters)",
        "record_count_check": count_check, "notes": notes,
    }


# 1 ------------------------------------------------------------- Quarrel Bay, CA: full-width ids
def quarrel(d, r):
    agency = "Quarrel Bay Police Department, CA [invented]"
    gt, inc, cad = [], 4310, 118200
    for fname, first, n in [("quarrel-bay-pd-daily-log-2025-10-06-12.pdf", 6, 58),
                            ("quarrel-bay-pd-daily-log-2025-10-13-19.pdf", 13, 71)]:
        recs, groups, voids = [], [], 0
        for t in stamps(r, datetime.datetime(2025, 10, first), n, 7):
            inc += r.randint(1, 2)
            cad += r.randint(3, 40)
            if voids < 2 and r.random() < 0.05:
                groups.append([[(36, f"QB25-{inc:06d}"), (108, "VOID " + EM + " number issued in error, no incident")]])
                voids += 1
                inc += 1
            rec = {"case_number": f"QB25-{inc:06d}", "cad": f"25-{cad:06d}",
                   "reported_at": t.strftime("%m/%d/%Y %H:%M"), "type": r.choice(TYPES),
                   "location": addr(r), "disposition": r.choice(DISPS)}
            rec["rel"] = [("cad_event", rec["cad"])]
            shown = fw(rec["case_number"]) if r.random() < 0.5 else rec["case_number"]
            groups.append([[(36, shown), (108, rec["cad"]), (168, rec["reported_at"].replace(" ", NB)),
                            (240, lig(rec["type"])), (410, rec["location"]), (500, lig(rec["disposition"]))]])
            recs.append(rec)
        groups.append(["", f"Incidents: {n}      Voided numbers: {voids}      CAD events this period (all): "
                           f"{r.randint(900, 1300)}"])
        head = [[(36, "Incident No."), (108, "CAD Event"), (168, "Reported"), (240, "Type"), (410, "Location"),
                 (500, "Disposition")], "_" * 150]
        pages = paginate(groups, 44, head)
        path = d / fname
        draw_pages(path, landscape(letter), pages, "QUARREL BAY POLICE DEPARTMENT",
                   f"Daily Incident Log {EN} 10/{first:02d}/2025 {EN} 10/{first + 6:02d}/2025 {EN} Records Unit 555{EN}0131 [invented]",
                   "QBPD RMS export  /  log prints one line per incident report", fnt="DVC", fsize=7.6, lh=10.4)
        gt.append(entry(path, agency, "police daily incident log (week)", "table with header", recs,
                        ["reported_at", "type", "location", "disposition"],
                        "Landscape table with header repeated per page, letter-spaced title. On about half the "
                        "rows the incident number `QB25-NNNNNN` is full-width digits (U+FF10-FF19) in the text layer "
                        "while the page shows ordinary digits; date and time joined by a no-break space; "
                        "fi/fl/ff/ffi ligatures in types and dispositions. Second column `CAD Event` `25-NNNNNN` is "
                        "another series (related). One or two `VOID` rows carry an incident number issued in "
                        "error: not records. Ends `Incidents: N  Voided numbers: V`.",
                        "every row counted by the generator", ))
    return agency, gt


# 2 ------------------------------------------------------------- Lowther County, KS: ZW spaces, continued
NARR = [("Caller reported a neigh" + SHY, "bor's cattle on the roadway; owner located and advised."),
        ("RP stated a trailer was taken from the prop" + SHY, "erty overnight; serial number entered in NCIC."),
        ("Deputy responded to a verbal dis" + SHY, "turbance between relatives; parties separated."),
        ("Vehicle in the ditch, no in" + SHY, "juries; tow requested by owner."),
        ("Mailbox damaged by a passing ve" + SHY, "hicle; no suspect information at this time."),
        ("Caller reported repeated hang-up calls from an un" + SHY, "known number; advised on blocking."),
        ("Fuel drive-off at the co-op pumps; plate run and regis" + SHY, "tered owner contacted.")]


def lowther(d, r):
    agency = "Lowther County Sheriff's Office, KS [invented]"
    gt, cno, khp = [], 388, 40120
    for fname, month, n in [("lowther-county-so-activity-log-2025-09.pdf", 9, 47),
                            ("lowther-county-so-activity-log-2025-10.pdf", 10, 52)]:
        recs, blocks = [], []
        for t in stamps(r, datetime.datetime(2025, month, 1), n, 28):
            cno += r.randint(1, 4)
            rec = {"case_number": f"LC-25-{cno:04d}", "reported_at": t.strftime("%m/%d/%Y %H%M"),
                   "type": r.choice(TYPES), "location": f"{r.randint(1, 40) * 100} blk County Road {r.randint(2, 31)}",
                   "disposition": r.choice(DISPS), "rel": []}
            shown = rec["case_number"].replace("-", ZW + "-")
            b = [[(36, f"Case No.: {shown}"), (260, f"Reported: {rec['reported_at']}"), (420, f"Deputy: #{r.randint(210, 299)}")],
                 [(36, f"Nature: {lig(rec['type'])}")], [(36, f"Location: {rec['location']}")]]
            if r.random() < 0.25:
                khp += r.randint(5, 90)
                num = f"KHP-25-{khp:06d}"
                rec["rel"].append(("other_agency_case", num))
                b.append([(36, f"Assisting agency: Kansas Highway Patrol, their case {num}")])
            l1, l2 = r.choice(NARR)
            b += [[(36, f"Narrative: {l1}")], [(80, l2)], [(36, f"Disposition: {lig(rec['disposition'])}")], ""]
            blocks.append((shown, b))
            recs.append(rec)
        per, pages, cur, conts = 54, [], [], 0
        for shown, b in blocks:
            if len(cur) + len(b) > per:
                room = per - len(cur)
                if room >= 3 and conts < 4:
                    cur += b[:room]
                    pages.append(cur)
                    cur = [[(36, f"Case No.: {shown} (continued)")]] + b[room:]
                    conts += 1
                    continue
                pages.append(cur)
                cur = []
            cur += b
        cur += ["", f"Calls with case numbers this month: {n}    Calls for service (all): {r.randint(300, 420)}"]
        pages.append(cur)
        path = d / fname
        draw_pages(path, letter, pages, "LOWTHER COUNTY SHERIFF'S OFFICE",
                   f"Monthly Activity Log {EN} {datetime.date(2025, month, 1):%B %Y} {EN} Dispatch 555{EN}0162 [invented]",
                   "LCSO activity log  -  case-numbered calls only", fsize=8.2, lh=11)
        gt.append(entry(path, agency, "sheriff's monthly activity log", "labelled blocks", recs,
                        ["reported_at", "type", "location", "disposition"],
                        "Labelled blocks (Case No., Reported, Nature, Location, Narrative, Disposition), letter-spaced "
                        "title. Every case number `LC-25-NNNN` has a zero-width space (U+200B) before each hyphen in "
                        "the text layer; narratives break a word over two lines with a soft hyphen (U+00AD). A block "
                        "that does not fit runs onto the next page under `Case No.: LC-25-NNNN (continued)`: one "
                        "record, not two. Some blocks cite a Highway Patrol case `KHP-25-NNNNNN` (related). Ends "
                        "`Calls with case numbers this month: N`.",
                        "blocks counted by the generator"))
    return agency, gt


# 3 ------------------------------------------------------------- Ashgrove, VT: char by char, minus signs
def ashgrove(d, r):
    agency = "Ashgrove Police Department, VT [invented]"
    gt, cno = [], 1104
    ROUT = ["Extra patrol, Ashgrove Common. No case number.", "Business checks, Main St corridor, all secure.",
            "Vacation house check, Ridge Rd. Nothing to report.", "Radar detail, Route 14 school zone; 3 warnings.",
            "Lockout assist, municipal lot. No case number."]
    for fname, first, n in [("ashgrove-pd-press-log-2025-11-01-15.pdf", 1, 63)]:
        recs, groups, follows = [], [], 0
        prev = datetime.datetime(2025, 11, first)
        for t in stamps(r, datetime.datetime(2025, 11, first), n, 15):
            while r.random() < 0.3:
                prev += (t - prev) * r.random() * 0.5
                groups.append([f"{prev:%m/%d/%Y} {prev:%H%M} hrs {EM} {r.choice(ROUT)}", ""])
            if recs and follows < 8 and r.random() < 0.2:
                old = r.choice(recs)
                prev += (t - prev) * r.random() * 0.5
                groups.append([f"{prev:%m/%d/%Y} {prev:%H%M} hrs {EM} Follow-up on {old['case_number'].replace('-', MINUS)}: "
                               f"{r.choice(['property returned to owner.', 'suspect identified, case forwarded.', 'no new leads.'])}", ""])
                follows += 1
            cno += r.randint(1, 3)
            rec = {"case_number": f"AG25-{cno:04d}", "reported_at": f"{t:%m/%d/%Y} {t:%H%M}", "type": r.choice(TYPES),
                   "location": addr(r), "disposition": r.choice(DISPS), "rel": []}
            shown = rec["case_number"].replace("-", MINUS)
            lines = [f"{t:%m/%d/%Y} {t:%H%M} hrs {EM} {shown} {EM} {lig(rec['type'])}, {rec['location']}.",
                     f"      {lig(rec['disposition'])}."]
            if r.random() < 0.2:
                num = f"AG24{MINUS}{r.randint(2900, 3990)}"
                rec["rel"].append(("earlier_case", num.replace(MINUS, "-")))
                lines[1] += f" Related to {num} (last year)."
            groups.append(lines + [""])
            recs.append(rec)
            prev = t
        groups.append([f"Case numbers issued 11/{first:02d}{EN}11/{first + 14}: {n}. Routine entries and follow-ups are "
                       "listed for information only."])
        pages = paginate(groups, 56)
        path = d / fname
        draw_pages(path, letter, pages, "ASHGROVE POLICE DEPARTMENT",
                   f"Press Log {EN} November 1{EN}15, 2025 {EN} Front desk 555{EN}0119 [invented]",
                   "Ashgrove PD press log  -  times are 24-hour", fsize=8.6, lh=11, cbc=True)
        gt.append(entry(path, agency, "police press log (half month)", "free text", recs,
                        ["reported_at", "type", "location", "disposition"],
                        "Free-text press log drawn one character at a time (each glyph positioned separately). "
                        "Case numbers `AG25-NNNN` are printed with a MINUS SIGN (U+2212), not a hyphen, and entries "
                        "are joined with em dashes. Routine entries (patrols, checks) have no number and are not "
                        "records; `Follow-up on AG25-NNNN:` entries repeat a number of this log and are not new "
                        "records. Some entries cite last year's case `AG24-NNNN` (related). Ends `Case numbers "
                        "issued ...: N`.",
                        "entries counted by the generator"))
    return agency, gt


# 4 ------------------------------------------------------------- Morrow Falls, ID: superscript markers
def morrow(d, r):
    agency = "Morrow Falls Police Department, ID [invented]"
    gt, cno, pr = [], 640, 1400
    for fname, month, n in [("morrow-falls-pd-report-digest-2025-08.pdf", 8, 44),
                            ("morrow-falls-pd-report-digest-2025-09.pdf", 9, 49)]:
        recs, paras = [], []
        for k, t in enumerate(stamps(r, datetime.datetime(2025, month, 1), n, 28), 1):
            cno += r.randint(1, 5)
            rec = {"case_number": f"25-{cno:05d}", "reported_at": t.strftime("%m/%d/%Y %H:%M"),
                   "type": r.choice(TYPES), "location": addr(r), "disposition": r.choice(DISPS), "rel": []}
            note = None
            if r.random() < 0.35:
                if r.random() < 0.5:
                    pr += r.randint(1, 9)
                    num = f"PR-25-{pr:04d}"
                    rec["rel"].append(("property_receipt", num))
                    note = f"Evidence logged on property receipt {num}."
                else:
                    num = f"24-{r.randint(10000, 19999):05d}"
                    rec["rel"].append(("earlier_case", num))
                    note = f"Same address as report {num} (2024)."
            paras.append((k, rec, note))
            recs.append(rec)
        pages, cur, notes_ = [], [], []
        per = 58
        for k, rec, note in paras:
            need = 3 + (1 if note else 0)
            if len(cur) + need + len(notes_) + 1 > per:
                pages.append(cur + [""] * (per - len(cur) - len(notes_)) + ["_" * 30] + notes_)
                cur, notes_ = [], []
            mark = ""
            if note:
                mark = SUP[str(len(notes_) + 1)]
                notes_.append(f"{mark} {note}")
            typ = rec["type"].replace(" - ", f" {EN} ")
            cur += [[(36, f"{k}."), (58, f"Report {rec['case_number']}{mark}, {rec['reported_at']}, {lig(typ)}, "
                                         f"{rec['location']}.")],
                    [(58, f"Disposition: {lig(rec['disposition'])}.")], ""]
        cur += [f"Reports in this digest: {n} (paragraphs 1{EN}{n})."]
        pages.append(cur + [""] * max(0, per - len(cur) - len(notes_)) + (["_" * 30] + notes_ if notes_ else []))
        path = d / fname
        draw_pages(path, letter, pages, "MORROW FALLS POLICE DEPARTMENT",
                   f"Monthly Report Digest {EN} {datetime.date(2025, month, 1):%B %Y} {EN} Records 555{EN}0178 [invented]",
                   "MFPD digest  -  footnotes restart on every page", fnt="DV", fsize=8.2, lh=11)
        for rec in recs:
            rec["type"] = rec["type"].replace(" - ", f" {EN} ")
        gt.append(entry(path, agency, "police monthly report digest", "numbered paragraphs", recs,
                        ["reported_at", "type", "location", "disposition"],
                        "Numbered paragraphs `K. Report 25-NNNNN, date, type, location.` with a second line "
                        "`Disposition:`. About a third of the case numbers carry a superscript footnote marker "
                        "(U+00B9, U+00B2, U+00B3, U+2074...) glued to the last digit in the text layer: it is a "
                        "marker, not a digit of the number. The footnotes at the page foot start with the marker "
                        "and cite property receipts `PR-25-NNNN` or 2024 reports `24-NNNNN` (related, not records). "
                        "Paragraph numbers are another series. Types use an en dash. Ends `Reports in this digest: N`.",
                        "paragraphs counted by the generator"))
    return agency, gt


# 5 ------------------------------------------------------------- Hadley Township, MI: dash variants
DASHES = ["-", "\u2010", "\u2011", "\u2012", EN, MINUS]


def hadley(d, r):
    agency = "Hadley Township Police Department, MI [invented]"
    gt, cno = [], 4110
    for fname, first, n in [("hadley-twp-pd-incident-register-2025-10.pdf", 10, 112)]:
        recs, groups, wraps = [], [], 0
        for t in stamps(r, datetime.datetime(2025, first, 1), n, 31):
            cno += r.randint(1, 2)
            rec = {"case_number": f"HT-25-{cno:05d}", "reported_at": t.strftime("%m/%d/%Y %H:%M"),
                   "type": r.choice(TYPES), "location": addr(r) + ", Hadley Twp", "disposition": r.choice(DISPS),
                   "rel": []}
            dash = r.choice(DASHES)
            shown = rec["case_number"].replace("-", dash)
            prior = ""
            if r.random() < 0.3:
                prior = f"HT-25-{r.randint(3000, 3990):05d}"
                rec["rel"].append(("prior_incident", prior))
                prior = prior.replace("-", r.choice(DASHES))
            row = [(36, shown), (112, rec["reported_at"]), (190, lig(rec["type"])), (370, rec["location"]),
                   (540, prior), (612, lig(rec["disposition"]))]
            g = [row]
            if r.random() < 0.25:
                note = r.choice(["Occurred between 2200 and 0600; entry through unlocked side door.",
                                 "Caller requested a callback; officer left a card at the residence.",
                                 "Second vehicle left the scene southbound on Old Mill Rd.",
                                 "Parties advised of civil process; no offence disclosed."])
                g.append([(190, f"Note: {lig(note)}")])
                wraps += 1
            groups.append(g)
            recs.append(rec)
        groups.append(["", f"Records printed: {n}    Rows with a note line: {wraps}"])
        head = [[(36, "Incident"), (112, "Reported"), (190, "Offense / Nature"), (370, "Location"),
                 (540, "Prior Inc."), (612, "Status")], "_" * 150]
        pages = paginate(groups, 42, head)
        path = d / fname
        draw_pages(path, landscape(letter), pages, "HADLEY TOWNSHIP POLICE DEPARTMENT",
                   f"Incident Register {EN} October 2025 {EN} Clerk 555{EN}0104 [invented]",
                   "HTPD register  -  prior incident = earlier report at the same address", fnt="DVC", fsize=7.8,
                   lh=10.5)
        gt.append(entry(path, agency, "township police incident register (month)", "table with header", recs,
                        ["reported_at", "type", "location", "disposition"],
                        "Landscape table, letter-spaced title. The hyphens of the incident number `HT-25-NNNNN` are, "
                        "row by row, HYPHEN-MINUS, HYPHEN (U+2010), NON-BREAKING HYPHEN (U+2011), FIGURE DASH "
                        "(U+2012), EN DASH or MINUS SIGN in the text layer. Column `Prior Inc.` holds an earlier "
                        "incident number of the same shape (HT-25-03NNN, dash variants too): related, not a record. "
                        "About a quarter of the rows wrap onto a `Note:` line with no number. Ends `Records "
                        "printed: N`.",
                        "rows counted by the generator"))
    return agency, gt


AGENCIES = [("quarrel-bay-ca-pd", 1, quarrel), ("lowther-county-ks-so", 2, lowther), ("ashgrove-vt-pd", 3, ashgrove),
            ("morrow-falls-id-pd", 4, morrow), ("hadley-township-mi-pd", 5, hadley)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        _, gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
