"""Generate a held-out set of incident logs kept as filled PDF forms and annotated PDFs (blind_logs173).

Five agencies, five layouts, one trap each, all of them about where the text lives in the PDF: a
fillable daily log form whose row values exist only in field widgets (appearance streams and /V), the
widgets listed column by column, empty rows and a COPY stamp; a flattened incident-card form whose values
are Form XObjects painted after the whole template, with blank cards and a RECEIVED stamp; a prose log
whose late entries and corrected total were typed in as FreeText annotations, with sticky notes whose
contents are not printed; a daily activity sheet whose numbered items all live in one multi-line field
per day; a two-line register whose wrong values were covered by white FreeText corrections while the
original text stays in the content stream. Everything is invented. Output is deterministic: fixed seed,
reportlab invariant mode.
Run:
    python tests/documents/blind_logs173/make_blind_logs173.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFObject, PDFStream, PDFString, PDFZCompress
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 2026173
TYPES = ["Theft from vehicle", "Burglary - residential", "Burglary - business", "Shoplifting", "Vandalism",
         "Disturbance", "Domestic dispute", "Suspicious person", "Suspicious vehicle", "Welfare check",
         "Alarm - business", "Trespass", "Assault", "Fraud - identity", "Found property", "Noise complaint",
         "Harassment", "Minor collision", "DUI arrest", "Stolen vehicle", "Hit and run", "Lost property",
         "Animal complaint", "Criminal mischief"]
DISPS = ["Report taken", "Arrest made", "Citation issued", "Referred to detectives", "Unfounded",
         "Closed - no action", "Warning given", "Gone on arrival", "Open - pending", "Assisted"]
STREETS = [("Alderbank Road", "Alderbank Rd"), ("Ferrule Street", "Ferrule St"), ("Kestrel Lane", "Kestrel Ln"),
           ("Tollgate Avenue", "Tollgate Ave"), ("Larch Road", "Larch Rd"), ("Wicklow Drive", "Wicklow Dr"),
           ("Saddler Court", "Saddler Ct"), ("Oxbow Way", "Oxbow Way"), ("Granary Street", "Granary St"),
           ("Pennant Road", "Pennant Rd"), ("Harbor Street", "Harbor St"), ("Quillon Avenue", "Quillon Ave"),
           ("Brookfall Drive", "Brookfall Dr"), ("Cinder Lane", "Cinder Ln")]
PLACES = ["Town green", "Middle school lot", "Fairgrounds", "Public library", "Boat ramp", "Park and ride",
          "Recreation center"]
AP_FONTS = {"Helv": "Helvetica", "HeBo": "Helvetica-Bold", "Cour": "Courier", "CoBo": "Courier-Bold",
            "TiRo": "Times-Roman", "TiIt": "Times-Italic"}
RL_FONT = {v: k for k, v in AP_FONTS.items()}


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


def esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def num(x):
    return round(x, 2)


def wrap(text, font, size, width):
    out, cur = [], ""
    for w in text.split():
        trial = (cur + " " + w).strip()
        if cur and stringWidth(trial, font, size) > width:
            out.append(cur)
            cur = w
        else:
            cur = trial
    out.append(cur)
    return out


class Ann(PDFObject):
    """An annotation dictionary written as given (widgets, FreeText, Text, Stamp)."""

    def __init__(self, d):
        self.d = d

    def format(self, document):
        return PDFDictionary(dict(self.d)).format(document)


class Pdf:
    """A reportlab canvas plus annotations and form fields with their own appearance streams."""

    def __init__(self, path, size):
        self.c = new_canvas(path, size)
        self.doc = self.c._doc
        self.fonts = {k: self.doc.Reference(PDFDictionary({
            "Type": PDFName("Font"), "Subtype": PDFName("Type1"), "BaseFont": PDFName(v),
            "Encoding": PDFName("WinAnsiEncoding")}), f"APFont{k}") for k, v in AP_FONTS.items()}
        self.res = self.doc.Reference(PDFDictionary({"Font": PDFDictionary(dict(self.fonts))}), "APResources")
        self.cache = {}
        self.widgets = 0

    def xobj(self, w, h, content):
        key = (num(w), num(h), content)
        if key not in self.cache:
            d = PDFDictionary({"Type": PDFName("XObject"), "Subtype": PDFName("Form"),
                               "BBox": PDFArray([0, 0, num(w), num(h)]), "Resources": self.res})
            self.cache[key] = self.doc.Reference(PDFStream(d, content, filters=[PDFZCompress]))
        return self.cache[key]

    def annot(self, subtype, rect, content, **kw):
        rect = [num(x) for x in rect]
        d = {"Type": PDFName("Annot"), "Subtype": PDFName(subtype), "Rect": PDFArray(rect), "F": 4}
        if content is not None:
            d["AP"] = PDFDictionary({"N": self.xobj(rect[2] - rect[0], rect[3] - rect[1], content)})
        d.update(kw)
        a = Ann(d)
        self.c._addAnnotation(a)
        return a

    def widget(self, name, value, rect, lines=None, font="Helv", size=9, multiline=False, lead=None, da=True):
        """A text field; its appearance shows `lines` (the value, wrapped) and /V holds the value."""
        h = rect[3] - rect[1]
        lines = [value] if lines is None and value else (lines or [])
        content = None
        if lines:
            lead = lead or size * 1.2
            y = h - size - 2 if multiline else (h - size) / 2 + 1.5
            body = f" 0 {num(-lead)} Td ".join(f"({esc(ln)}) Tj" for ln in lines)
            content = f"/Tx BMC q BT /{font} {size} Tf 0 g 2 {num(y)} Td {body} ET Q EMC"
        kw = {"FT": PDFName("Tx"), "T": PDFString(name), "V": PDFString(value)}
        if da:  # else the form's default appearance applies
            kw["DA"] = PDFString(f"/{font} {size} Tf 0 g")
        if multiline:
            kw["Ff"] = 4096
        a = self.annot("Widget", rect, content, **kw)
        self.c.acroForm.fields.append(self.doc.Reference(a))
        self.widgets += 1

    def freetext(self, rect, lines, contents, font="Helv", size=9, lead=None, border=True, fill=None,
                 color="0 0 0.55", pad=3):
        h = rect[3] - rect[1]
        lead = lead or size * 1.2
        ops = []
        if fill:
            ops.append(f"{fill} rg 0 0 {num(rect[2] - rect[0])} {num(h)} re f")
        if border:
            ops.append(f"{color} RG 0.8 w 0.4 0.4 {num(rect[2] - rect[0] - 0.8)} {num(h - 0.8)} re S")
        body = f" 0 {num(-lead)} Td ".join(f"({esc(ln)}) Tj" for ln in lines)
        ops.append(f"BT /{font} {size} Tf {color} rg {pad} {num(h - size - pad + 1)} Td {body} ET")
        return self.annot("FreeText", rect, " ".join(ops), Contents=PDFString(contents),
                          DA=PDFString(f"/{font} {size} Tf {color} rg"), T=PDFString("Records"))

    def sticky(self, x, y, contents):
        ap = ("1 0.85 0.2 rg 0 0 18 18 re f 0.45 0.35 0 RG 0.8 w 0.4 0.4 17.2 17.2 re S "
              "3 12 m 15 12 l 3 8.5 m 15 8.5 l 3 5 m 11 5 l S")
        return self.annot("Text", [x, y, x + 18, y + 18], ap, Contents=PDFString(contents), Name=PDFName("Comment"),
                          T=PDFString("Records"), Open=False)

    def stamp(self, rect, words, contents, size=22):
        w, h = rect[2] - rect[0], rect[3] - rect[1]
        ops = [f"0.75 0.05 0.05 RG 2 w 3 3 {num(w - 6)} {num(h - 6)} re S"]
        y = h - size - 6
        for k, word in enumerate(words):
            fs = size if k == 0 else size * 0.42
            x = (w - stringWidth(word, "Helvetica-Bold", fs)) / 2
            ops.append(f"BT /HeBo {num(fs)} Tf 0.75 0.05 0.05 rg {num(x)} {num(y)} Td ({esc(word)}) Tj ET")
            y -= fs + 3 if k == 0 else fs + 2
        return self.annot("Stamp", rect, " ".join(ops), Contents=PDFString(contents), Name=PDFName(words[0].title()),
                          T=PDFString("Records"))

    def save(self, da="/Helv 0 Tf 0 g"):
        if self.widgets:
            self.c.acroForm.extras.update({"DR": PDFDictionary({"Font": PDFDictionary(dict(self.fonts))}),
                                           "DA": PDFString(da)})
        self.c.save()


def location(r, short=False, upper=False):
    k = r.random()
    i = 1 if short else 0
    if k < 0.55:
        out = f"{r.randint(1, 52) * 100} {'blk' if short else 'block of'} {r.choice(STREETS)[i]}"
    elif k < 0.85:
        a, b = r.sample(STREETS, 2)
        out = f"{a[i]} & {b[i]}" if short else f"{a[i]} and {b[i]}"
    else:
        out = r.choice(PLACES)
    return out.upper() if upper else out


def make_recs(r, first_day, days, per_day, short=False, upper=False, fixed=None):
    """Records as plain dicts: reported `dt`, occurred `occ` (None, a time or a range), day index `day`."""
    recs = []
    for d in range(days):
        day = first_day + datetime.timedelta(days=d)
        k = (fixed or {}).get(d, r.randint(*per_day))
        for m in sorted(r.sample(range(15, 1440 - 15), k)):
            t = day + datetime.timedelta(minutes=m)
            x = r.random()
            if x < 0.4:
                occ = ("range", t - datetime.timedelta(minutes=r.randint(60, 840)),
                       t - datetime.timedelta(minutes=r.randint(5, 50)))
            elif x < 0.75:
                occ = ("at", t - datetime.timedelta(minutes=r.randint(3, 40)))
            else:
                occ = None
            typ = r.choice(TYPES)
            recs.append({"dt": t, "day": d, "occ": occ, "type": typ.upper() if upper else typ,
                         "location": location(r, short, upper), "disposition": r.choice(DISPS),
                         "badge": str(r.randint(11, 48)), "rel": []})
    return recs


KEYS = ["case_number", "type", "reported_at", "occurred_at", "occurred_from", "occurred_to", "location", "disposition"]


def entry(path, agency, doc_type, layout, text_in, recs, notes, count_check, samples=None, extra_fields=()):
    n = len(recs)
    idx = samples or (0, n // 2, n - 1)
    fields = [k for k in KEYS if any(k in rec for rec in recs)] + list(extra_fields)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs173.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size, "pages": pdf_pages(path), "agency": agency,
        "document_type": doc_type, "layout": layout, "text_in": text_in,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": v}
                            for rec in recs for k, v in rec["rel"]],
        "fields_present": fields,
        "sample_records": [{k: recs[i][k] for k in KEYS if k in recs[i]} for i in idx],
        "case_numbers_source": "written by the generator (make_blind_logs173.py) from the records it drew, in "
                               "reading order (top to bottom, page by page, annotations where they sit on the "
                               "page); checked by check_blind_logs173.py against `pdftotext -layout` text (which "
                               "draws field and annotation appearances) and against the field values and "
                               "annotation contents read with pdfplumber",
        "record_count_check": count_check, "notes": notes,
    }


# 1 ------------------------------------------------------------------ Chalkridge, VT: fillable daily log form
def chalkridge(d, r):
    agency = "Chalkridge Police Department, VT [invented]"
    recs = make_recs(r, datetime.datetime(2026, 3, 9), 8, (3, 8), fixed={4: 15})
    n = len(recs)
    assert 40 <= n <= 150, n
    seq = 400 + r.randint(0, 40)
    for rec in recs:
        seq += r.choice([1, 1, 1, 2])
        rec["case_number"] = f"2026-{seq:05d}"
        rec["reported_at"] = f"{rec['dt']:%m/%d/%Y %H:%M}"
        rec["location"] = location(r, short=True)
        del rec["occ"]
    path = d / "chalkridge-daily-incident-log-form-2026-03-09-16.pdf"
    pdf = Pdf(path, landscape(letter))
    c = pdf.c
    rows, pitch, top = 12, 27, 462
    cols = [("Case No.", 56, 68), ("Reported", 128, 86), ("Incident", 218, 160), ("Location", 382, 214),
            ("Disposition", 600, 160)]
    F, S = "Helvetica", 9
    for rec in recs:
        for (_, _, w), v in zip(cols, [rec["case_number"], rec["reported_at"], rec["type"], rec["location"],
                                       rec["disposition"]]):
            assert stringWidth(v, F, S) < w - 6, v
    sheets = []  # (day index, sheet k, of m, records)
    for day in range(8):
        dr = [rec for rec in recs if rec["day"] == day]
        m = max(1, -(-len(dr) // rows))
        for k in range(m):
            sheets.append((day, k + 1, m, dr[k * rows:(k + 1) * rows]))
    for i, (day, k, m, sr) in enumerate(sheets):
        date = datetime.date(2026, 3, 9) + datetime.timedelta(days=day)
        # the template: page content
        c.setFont("Helvetica-Bold", 14)
        c.drawString(30, 572, "CHALKRIDGE POLICE DEPARTMENT [invented]")
        c.setFont("Helvetica", 9.5)
        c.drawString(30, 556, "DAILY INCIDENT LOG  -  Form IL-3 (rev. 02/24)  -  fillable  -  Records 555-0137")
        c.setFont("Helvetica-Bold", 9)
        c.drawString(30, 522, "Log date:")
        c.drawString(200, 522, "Sheet:")
        c.drawString(330, 522, "Desk officer badge:")
        c.setLineWidth(0.5)
        for x0, x1 in ((76, 170), (232, 300), (418, 480)):
            c.line(x0, 518, x1, 518)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawRightString(48, 492, "No.")
        for t, x, _ in cols:
            c.drawString(x + 2, 492, t)
        c.setLineWidth(0.8)
        c.line(30, 486, 762, 486)
        c.setLineWidth(0.4)
        c.setFont("Helvetica", 8.5)
        for j in range(rows):
            y = top - j * pitch
            c.drawRightString(48, y + 4.5, str(j + 1))
            c.line(30, y - 5, 762, y - 5)
            for _, x, w in cols:
                c.rect(x, y, w, 15)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(30, 120, "Entries on this sheet:")
        c.drawString(250, 120, "Period total (last sheet only):")
        c.line(128, 116, 180, 116)
        c.line(386, 116, 440, 116)
        c.setFont("Helvetica-Oblique", 7.5)
        c.drawString(30, 40, "Type in the white boxes; one incident per row. Use a second sheet when a day has more "
                             "than 12 incidents. Form IL-3 is kept as a fillable PDF by the Records Unit.")
        # the fields, as the form designer added them: column by column, then the header fields
        vals = [[rec["case_number"], rec["reported_at"], rec["type"], rec["location"], rec["disposition"]]
                for rec in sr]
        for ci, (_, x, w) in enumerate(cols):
            for j in range(rows):
                y = top - j * pitch
                v = vals[j][ci] if j < len(vals) else ""
                pdf.widget(f"p{i + 1}.c{ci + 1}.r{j + 1:02d}", v, [x, y, x + w, y + 15], size=S, da=False)
        last = i == len(sheets) - 1
        pdf.widget(f"p{i + 1}.date", f"{date:%m/%d/%Y}", [76, 518, 170, 533], size=9.5)
        pdf.widget(f"p{i + 1}.sheet", f"{k} of {m}", [232, 518, 300, 533], size=9.5)
        pdf.widget(f"p{i + 1}.badge", f"#{r.randint(201, 239)}", [418, 518, 480, 533], size=9.5)
        pdf.widget(f"p{i + 1}.count", str(len(sr)), [128, 116, 180, 131], size=9.5)
        pdf.widget(f"p{i + 1}.total", str(n) if last else "", [386, 116, 440, 131], size=9.5)
        pdf.stamp([636, 540, 762, 592], ["COPY", "RECORDS UNIT"], "COPY")
        for rec in sr:
            rec["sheet"] = i + 1
        c.showPage()
    pdf.save(da=f"/Helv {S} Tf 0 g")
    empty = sum(rows - len(sr) for *_, sr in sheets)
    busy = next(k for k, (_, _, m, _) in enumerate(sheets) if m == 2) + 1
    return [entry(path, agency, "daily incident log kept as a fillable PDF form, one sheet per day",
                  "table with header",
                  "row values only in AcroForm text-field widgets (appearance streams and /V); the page content "
                  "holds the blank form", recs,
                  "A fillable daily log form (Form IL-3), one landscape sheet per day: the page content is the blank "
                  "form (title, `Log date:` / `Sheet:` / `Desk officer badge:` labels, the column titles `No.  Case "
                  "No.  Reported  Incident  Location  Disposition`, printed row numbers 1-12 and empty boxes), and "
                  f"every value is a text field: `{recs[0]['case_number']}`, `{recs[0]['reported_at']}`, incident, location and disposition "
                  "per row, the log date, `1 of 1`, `Entries on this sheet:` and, on the last sheet, `Period total "
                  f"(last sheet only): {n}`. Trap: the form is not flattened, so the values exist only in the field "
                  "widgets (their appearance streams, which a viewer and `pdftotext` draw, and their /V values); the "
                  "page's own content stream, which pdfminer/pdfplumber or a PDFium text page read, holds the blank "
                  "form and not one case number. The widgets were added column by column, so the page's annotation "
                  "list (and the AcroForm field list) gives all twelve case numbers of a sheet, then all twelve "
                  "reported times, and so on; reading field values in that order does not give rows. Unused rows are "
                  f"empty fields beside their printed row number ({empty} empty rows in all); the row numbers "
                  f"restart on every sheet and are not ids. 03/13/2026 has 15 incidents on two sheets (`1 of 2`, "
                  f"`2 of 2`, PDF pages {busy}-{busy + 1}). A red `COPY` stamp annotation sits in the top right "
                  "corner of every sheet.",
                  "rows counted by the generator; every sheet's `Entries on this sheet` field and the period total "
                  "field on the last sheet agree")]


# 2 ------------------------------------------------------------------ Wexcombe County, WY: flattened card form
def wexcombe(d, r):
    agency = "Wexcombe County Sheriff's Office, WY [invented]"
    recs = make_recs(r, datetime.datetime(2026, 2, 2), 21, (1, 4), fixed={20: 3})
    n = len(recs)
    assert 40 <= n <= 150, n
    assert n % 4 != 0, n
    seq = 1100 + r.randint(0, 40)
    for rec in recs:
        seq += r.choice([1, 1, 2, 3])
        rec["case_number"] = f"WX26-{seq:05d}"
        rec["type"] = rec["type"].upper()
        rec["location"] = location(r, short=True).upper()
        rec["disposition"] = rec["disposition"].upper()
        rec["reported_at"] = f"{rec['dt']:%m/%d/%Y %H%M}"
        occ = rec["occ"]
        if occ and occ[0] == "at":
            rec["occurred_at"] = f"{occ[1]:%m/%d/%Y %H%M}"
        elif occ:
            rec["occurred_from"], rec["occurred_to"] = f"{occ[1]:%m/%d/%Y %H%M}", f"{occ[2]:%m/%d/%Y %H%M}"
        rec["deputy"] = f"#{r.randint(301, 358)}"
    path = d / "wexcombe-county-incident-cards-2026-02-flattened.pdf"
    pdf = Pdf(path, letter)
    c = pdf.c
    pages = -(-n // 4)
    card_h, gap, top = 158, 12, 716
    labels = [("INCIDENT NO.", 0, 0, 148), ("RECEIVED", 300, 0, 148), ("NATURE", 0, 1, 440),
              ("LOCATION", 0, 2, 440), ("OCCURRED", 0, 3, 440), ("DISPOSITION", 0, 4, 230),
              ("DEPUTY", 330, 4, 90)]
    forms = 0
    for p in range(pages):
        cards = recs[4 * p:4 * p + 4]
        # the template, as the blank form printed it
        c.setFont("Helvetica-Bold", 13)
        c.drawString(40, 756, "WEXCOMBE COUNTY SHERIFF'S OFFICE [invented]")
        c.setFont("Helvetica", 9)
        c.drawString(40, 742, "Incident Card Log - Form SO-14  -  February 2026  -  Dispatch 555-0171")
        c.drawRightString(572, 742, f"Page {p + 1} of {pages}")
        boxes = []
        for k in range(4):
            y0 = top - (k + 1) * card_h - k * gap
            boxes.append(y0)
            c.setLineWidth(1)
            c.rect(40, y0, 532, card_h)
            c.setFont("Helvetica-Bold", 7)
            c.drawString(46, y0 + card_h - 11, f"CARD {k + 1}")
            for lab, dx, row, _ in labels:
                y = y0 + card_h - 34 - row * 26
                c.setFont("Helvetica-Bold", 8.5)
                c.drawString(48 + dx, y, lab + ":")
                c.setLineWidth(0.4)
                c.line(48 + dx + 76, y - 3, 48 + dx + 76 + _, y - 3)
        c.setFont("Helvetica-Oblique", 7.5)
        c.drawString(40, 40, "Form SO-14 filled in at dispatch; flattened for release by the Records Unit.")
        if p == pages - 1:
            c.setFont("Helvetica-Bold", 9)
            c.drawRightString(572, 40, f"Cards in this log: {n}")
        # the flattened fields: each value a Form XObject painted after the whole template
        for k, rec in enumerate(cards):
            y0 = boxes[k]
            occ = rec.get("occurred_at") or (f"{rec['occurred_from']} to {rec['occurred_to']}"
                                             if "occurred_from" in rec else "Unknown")
            vals = [rec["case_number"], rec["reported_at"], rec["type"], rec["location"], occ, rec["disposition"],
                    rec["deputy"]]
            for (lab, dx, row, w), v in zip(labels, vals):
                y = y0 + card_h - 34 - row * 26
                assert stringWidth(v, "Helvetica", 10) < w - 4, v
                name = f"fx{p}_{k}_{lab.split()[0][:3]}"
                c.beginForm(name, 0, 0, w, 14)
                c._code.append("/Tx BMC")
                c.setFont("Helvetica", 10)
                c.drawString(2, 3.5, v)
                c._code.append("EMC")
                c.endForm()
                c.saveState()
                c.translate(48 + dx + 76, y - 3.5)
                c.doForm(name)
                c.restoreState()
                forms += 1
            rec["page"] = p + 1
        if p == 0:
            pdf.stamp([420, boxes[0] + 66, 566, boxes[0] + 114], ["RECEIVED", "MAR 04 2026", "COUNTY RECORDS - CLERK"],
                      "RECEIVED MAR 04 2026", size=19)
        c.showPage()
    pdf.save()
    blank = 4 * pages - n
    s = recs[1]
    return [entry(path, agency, "monthly incident card log, a filled form flattened for release", "labelled blocks",
                  "values in Form XObjects (the flattened field appearances) painted after the template; no form "
                  "fields left", recs,
                  "Four incident cards per page from a form (Form SO-14): `CARD 1`..`CARD 4` printed on the cards, "
                  f"labels `INCIDENT NO.: {s['case_number']}  RECEIVED: {s['reported_at']}` / `NATURE:` / "
                  "`LOCATION:` / `OCCURRED:` (a time, `from to to` or `Unknown`) / "
                  f"`DISPOSITION:  DEPUTY: {s['deputy']}`. "
                  "The filled form was flattened before release: no AcroForm fields remain, and each former field is "
                  "a Form XObject (its old appearance stream, `/Tx BMC ... EMC`) painted by the page content. Trap: "
                  "the flattening appended all the values after the whole template, so in content-stream order a "
                  "page reads every label of its four cards first and then all the values (a stream-order text "
                  "extraction of a page gives `INCIDENT NO.: RECEIVED: NATURE: ...` four times, then the 28 values); "
                  "only their positions put each value beside its label. The `CARD k` numbers restart on every page "
                  f"and are not ids. The last page has {blank} blank card{'s' if blank != 1 else ''} (labels, no "
                  "values) after the last record, which are no records. A red `RECEIVED MAR 04 2026 COUNTY RECORDS "
                  "- CLERK` stamp annotation added after flattening sits on the first card of page 1, right of its "
                  f"`NATURE` and `LOCATION` values, so its words and date print among that card's lines ({forms} value "
                  "XObjects in all).",
                  "cards counted by the generator")]


# 3 ------------------------------------------------------------------ Ostrander Falls, NY: prose + FreeText late entries
def ostrander(d, r):
    agency = "Ostrander Falls Police Department, NY [invented]"
    recs = make_recs(r, datetime.datetime(2026, 3, 9), 7, (9, 13))
    seq = 220 + r.randint(0, 20)
    for rec in recs:
        seq += 1
        rec["case_number"] = f"OF-26-{seq:04d}"
        rec["late"] = False
    # entries missing from the printed log: typed in later by the records clerk as FreeText annotations
    late_idx = sorted(r.sample(range(8, len(recs) - 12), 6))
    for i in late_idx:
        recs[i]["late"] = True
    n = len(recs)
    assert 40 <= n <= 150, n

    def fmt(t):
        return f"{t.month}/{t.day}/{t:%y}, {t:%H%M} hrs"

    narr = ["A resident called it in.", "Officers checked the area.", "The caller did not want to give a "
            "statement.", "The owner was notified.", "No injuries.", "Both parties were spoken to.",
            "A description was given to other units.", "", ""]
    for rec in recs:
        rec["reported_at"] = fmt(rec["dt"])
        occ = rec["occ"]
        if occ and occ[0] == "at":
            rec["occurred_at"] = fmt(occ[1])
        elif occ:
            rec["occurred_from"], rec["occurred_to"] = fmt(occ[1]), fmt(occ[2])
        rec["disposition"] = rec["disposition"].lower()
        if occ is None:
            o = ""
        elif "occurred_at" in rec:
            o = f" Occurred at about {rec['occurred_at']}."
        else:
            o = f" Occurred between {rec['occurred_from']} and {rec['occurred_to']}."
        x = r.choice(narr)
        rec["txt"] = (f"{rec['reported_at']}. {rec['type']} reported at {rec['location']}.{o} {x + ' ' if x else ''}"
                      f"Disposition: {rec['disposition']}. Ref. {rec['case_number']}.")
    path = d / "ostrander-falls-police-log-2026-03-09-15-annotated.pdf"
    pdf = Pdf(path, letter)
    c = pdf.c
    F, S, L, W, X = "Times-Roman", 11, 14, 612 - 2 * 64, 64
    bottom = 172  # the foot of each page is left free; the clerk typed late entries there
    pages = [[]]  # per page: list of ("line", y, text, font, size) and late records
    late_on = [[]]
    y = 690
    printed = [rec for rec in recs if not rec["late"]]
    day_prev = None
    order = []  # reading order: page by page, the page's paragraphs, then its late entries
    for rec in recs:
        if rec["late"]:
            late_on[-1].append(rec)
            continue
        lines = wrap(rec["txt"], F, S, W)
        need = len(lines) * L + 6 + (30 if rec["dt"].date() != day_prev else 0)
        if y - need < bottom:
            pages.append([])
            late_on.append([])
            y = 720
        if rec["dt"].date() != day_prev:
            day_prev = rec["dt"].date()
            pages[-1].append((y - 8, f"{rec['dt']:%A, %B} {rec['dt'].day}, 2026", "Times-Bold", 12))
            y -= 30
        for ln in lines:
            pages[-1].append((y, ln, F, S))
            y -= L
        y -= 6
        rec["page"] = len(pages)
    pages[-1].append((y - 6, f"Entries in this log: {len(printed)}.", "Times-Bold", 11.5))
    total_y = y - 6
    m = len(pages)
    assert m >= 4 and all(late_on[k] == [] or k < m - 1 for k in range(m)), [len(x) for x in late_on]
    for k, items in enumerate(pages):
        if k == 0:
            c.setFont("Times-Bold", 15)
            c.drawString(X, 742, "OSTRANDER FALLS POLICE DEPARTMENT [invented]")
            c.setFont("Times-Italic", 11)
            c.drawString(X, 726, "Police Log for the week of March 9 - 15, 2026  -  Records 555-0152")
            c.setLineWidth(0.5)
            c.line(X, 716, 612 - X, 716)
        else:
            c.setFont("Times-Italic", 9.5)
            c.drawString(X, 748, "Ostrander Falls PD [invented] - Police Log, March 9 - 15, 2026")
        for yy, text, font, size in items:
            c.setFont(font, size)
            c.drawString(X, yy, text)
        c.setFont("Times-Roman", 9.5)
        c.drawCentredString(306, 40, f"Page {k + 1} of {m}")
        # the clerk's additions: late entries as FreeText boxes at the foot of the page, a sticky note
        yb = 158
        for rec in late_on[k]:
            txt = f"LATE ENTRY (added by Records 03/17/26): {rec['txt']}"
            lines = wrap(txt, "Helvetica", 9, W - 8)
            h = len(lines) * 11 + 7
            pdf.freetext([X - 4, yb - h, 612 - X + 4, yb], lines, txt, size=9, lead=11)
            rec["page"] = k + 1
            order.append(rec)
            yb -= h + 6
            assert yb > 54, yb
        for rec in recs:
            if not rec["late"] and rec["page"] == k + 1:
                order.insert(len(order) - len(late_on[k]), rec)
        if late_on[k]:
            ids = ", ".join(x["case_number"] for x in late_on[k])
            pdf.sticky(612 - X + 10, 118, f"{len(late_on[k])} late entr{'ies' if len(late_on[k]) > 1 else 'y'} "
                                          f"typed in from patrol reports received 03/17/26: {ids}. - Records")
        if k == m - 1:
            pdf.freetext([X + 150, total_y - 4, X + 360, total_y + 11],
                         [f"+ {len(recs) - len(printed)} late entries = {n} (Records 03/17/26)"],
                         f"+ {len(recs) - len(printed)} late entries = {n}", size=9, border=False, pad=2)
        c.showPage()
    pdf.save()
    assert sorted(x["case_number"] for x in order) == sorted(x["case_number"] for x in recs)
    lates = [x["case_number"] for x in order if x["late"]]
    mid = next(i for i, x in enumerate(order) if x["late"] and i > 10)
    return [entry(path, agency, "weekly police log with records-clerk annotations", "free text",
                  "printed entries in the page content; late entries and the corrected total only in FreeText "
                  "annotations; sticky-note contents not printed", order,
                  f"A weekly prose police log in Times under day headings (`Monday, March 9, 2026`), one paragraph "
                  f"per entry: `{printed[1]['txt']}` (the id is the `Ref.` number at the end). The foot of every page "
                  "was left free, and the records clerk typed six entries that were missing from the log into it as "
                  f"FreeText annotations (blue text in a thin box): `LATE ENTRY (added by Records 03/17/26): "
                  f"{order[mid]['txt']}`, with a sticky note (a Text annotation: an icon on the "
                  "page, its words only in the annotation's contents) beside them saying which ones were added. Trap: "
                  f"the late entries ({', '.join(f'`{x}`' for x in lates)}) are records that exist only in annotation "
                  "appearances and /Contents, not in the page content stream; they sit at the foot of the page, after "
                  "that page's printed entries, and are out of time order there (reading order is listed). The "
                  f"printed closing line `Entries in this log: {len(printed)}.` counts only the printed entries; the "
                  f"clerk's FreeText beside it reads `+ 6 late entries = {n}`. The sticky notes repeat the late "
                  "entries' numbers in contents that are not printed on the page; they are not more records.",
                  "paragraphs and annotations counted by the generator; the clerk's corrected total gives the count",
                  samples=(0, mid, n - 1))]


# 4 ------------------------------------------------------------------ Brindle Creek, MT: one multi-line field per day
def brindle(d, r):
    agency = "Brindle Creek Town Marshal's Office, MT [invented]"
    recs = make_recs(r, datetime.datetime(2026, 4, 1), 24, (1, 5), fixed={5: 0, 13: 0, 19: 0})
    n = len(recs)
    assert 40 <= n <= 150, n
    seq = 100 + r.randint(0, 20)
    for rec in recs:
        seq += r.choice([1, 1, 2])
        rec["case_number"] = f"26M-{seq:04d}"
        rec["reported_at"] = f"{rec['dt']:%H%M} hrs"
        occ = rec["occ"]
        if occ and occ[0] == "at":
            rec["occurred_at"] = f"{occ[1]:%H%M} hrs"
        elif occ:
            rec["occurred_from"], rec["occurred_to"] = f"{occ[1]:%H%M}", f"{occ[2]:%H%M} hrs"
        rec["disposition"] = rec["disposition"].lower()
    path = d / "brindle-creek-daily-activity-sheets-2026-04.pdf"
    pdf = Pdf(path, letter)
    c = pdf.c
    F, S, L = "Helvetica", 10, 13
    fx0, fx1, fy0, fy1 = 54, 558, 150, 596
    wrapped = 0
    for day in range(24):
        date = datetime.date(2026, 4, 1) + datetime.timedelta(days=day)
        dr = [rec for rec in recs if rec["day"] == day]
        c.setFont("Helvetica-Bold", 14)
        c.drawString(54, 740, "BRINDLE CREEK TOWN MARSHAL'S OFFICE [invented]")
        c.setFont("Helvetica", 9.5)
        c.drawString(54, 724, "Daily Activity Sheet  -  fillable form DA-1  -  Office 555-0119")
        c.setFont("Helvetica-Bold", 9.5)
        for lab, x in (("Date:", 54), ("Shift:", 230), ("Marshal / deputy:", 370)):
            c.drawString(x, 690, lab)
        c.setLineWidth(0.5)
        for x0, x1 in ((84, 200), (262, 340), (456, 558)):
            c.line(x0, 686, x1, 686)
        c.drawString(54, 640, "INCIDENTS / CALLS (number each entry; case no., time, what, where, occurred, "
                              "disposition, badge):")
        c.setLineWidth(0.3)
        for k in range(int((fy1 - fy0) // L)):
            c.line(fx0, fy1 - 4 - (k + 1) * L, fx1, fy1 - 4 - (k + 1) * L)
        c.setLineWidth(0.8)
        c.rect(fx0, fy0, fx1 - fx0, fy1 - fy0)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(54, 120, "Number of entries:")
        c.drawString(230, 120, "Reviewed (initials):")
        c.setLineWidth(0.5)
        c.line(146, 116, 200, 116)
        c.line(330, 116, 400, 116)
        c.setFont("Helvetica-Oblique", 7.5)
        c.drawString(54, 40, "Form DA-1 - one sheet per day - keep the sheet even when there is nothing to report.")
        items, lines = [], []
        for k, rec in enumerate(dr, 1):
            if rec["occ"] is None:
                occ = ""
            elif "occurred_at" in rec:
                occ = f" Occurred {rec['occurred_at']}."
            else:
                occ = f" Occurred {rec['occurred_from']} to {rec['occurred_to']}."
            txt = (f"{k}. {rec['case_number']} - {rec['reported_at']} - {rec['type']}, {rec['location']}.{occ} "
                   f"Disposition: {rec['disposition']}. Badge {rec['badge']}.")
            rec["txt"] = txt
            items.append(txt)
            wl = wrap(txt, F, S, fx1 - fx0 - 8)
            wrapped += len(wl) > 1
            lines += wl
        if not dr:
            items = ["No reportable incidents this date."]
            lines = items[:]
        assert len(lines) * L < fy1 - fy0 - 8, len(lines)
        # the fields: the whole day's list is the value of one multi-line text field
        pdf.widget(f"Date_{day + 1}", f"{date:%m/%d/%Y}", [84, 686, 200, 701], size=10)
        pdf.widget(f"Shift_{day + 1}", "0700-1900", [262, 686, 340, 701], size=10)
        pdf.widget(f"Marshal_{day + 1}", f"#{r.choice([11, 14, 17])}", [456, 686, 558, 701], size=10)
        pdf.widget(f"Incidents_{day + 1}", "\r".join(items), [fx0, fy0, fx1, fy1], lines=lines, size=S,
                   multiline=True, lead=L)
        pdf.widget(f"Count_{day + 1}", str(len(dr)), [146, 116, 200, 131], size=10)
        pdf.widget(f"Reviewed_{day + 1}", "RW", [330, 116, 400, 131], size=10)
        for rec in dr:
            rec["page"] = day + 1
        c.showPage()
    pdf.save()
    return [entry(path, agency, "daily activity sheets kept as a fillable PDF form, one sheet per day",
                  "numbered items",
                  "each day's numbered items in one multi-line text field (its appearance stream and /V); page "
                  "content holds the blank form", recs,
                  "A fillable daily activity sheet (form DA-1), one page per day: header fields `Date:`, `Shift:`, "
                  "`Marshal / deputy:`, a large ruled box `INCIDENTS / CALLS (number each entry; ...)` and "
                  f"`Number of entries:` below it. Items: `{recs[2]['txt']}`. Trap: the whole day's list is the value "
                  "of one multi-line text field (form not flattened), so every item of a page lives in a single "
                  "widget appearance stream, and the field value (/V) holds the items separated by carriage returns "
                  f"while the appearance wraps long items over two lines ({wrapped} items wrap); the continuation "
                  "lines start without a number. The item numbers restart at 1 on every sheet and are not ids; the "
                  "date is printed once per sheet in the `Date:` field, so the items print only times. Three sheets "
                  "(04/06, 04/14, 04/20) say `No reportable incidents this date.` and hold no record. None of the "
                  "values is in the page content stream.",
                  "items counted by the generator; every sheet's `Number of entries` field agrees")]


# 5 ------------------------------------------------------------------ Vellacourt, ME: register with whiteout corrections
def vellacourt(d, r):
    agency = "Vellacourt Police Department, ME [invented]"
    recs = make_recs(r, datetime.datetime(2026, 3, 16), 14, (6, 10), short=True, upper=True)
    n = len(recs)
    assert 40 <= n <= 150, n
    seq = 1100 + r.randint(0, 40)
    codes = {"Report taken": "REPORT", "Arrest made": "ARREST", "Citation issued": "CITATION",
             "Referred to detectives": "REFERRED", "Unfounded": "UNFOUNDED", "Closed - no action": "NO ACTION",
             "Warning given": "WARNING", "Gone on arrival": "GOA", "Open - pending": "OPEN", "Assisted": "ASSIST"}
    for rec in recs:
        seq += r.choice([1, 1, 1, 2])
        rec["case_number"] = f"R26-{seq:04d}"
        rec["disposition"] = codes[rec["disposition"]]
        rec["reported_at"] = f"{rec['dt']:%m/%d/%y %H:%M}"
        occ = rec["occ"]
        if occ and occ[0] == "at":
            rec["occurred_at"] = f"{occ[1]:%m/%d/%y %H:%M}"
        elif occ:
            rec["occurred_from"], rec["occurred_to"] = f"{occ[1]:%m/%d/%y %H:%M}", f"{occ[2]:%m/%d/%y %H:%M}"
            if occ[1].date() == occ[2].date():  # the second date is left out on the same day
                rec["occurred_to"] = f"{occ[2]:%H:%M}"
        rec["unit"] = f"{r.randint(1, 4)}{r.choice('ACK')}"
    # corrections: a wrong value was printed; the clerk covered it with the right one
    mid = n // 2
    fix = sorted(set(r.sample([i for i in range(1, n - 1) if i != mid], 8)) | {mid})
    for i in fix:
        rec = recs[i]
        field = "disposition" if i == mid else r.choice(["disposition", "type", "location"])
        if field == "disposition":
            wrong = r.choice([v for v in codes.values() if v != rec["disposition"]])
        elif field == "type":
            wrong = r.choice([t.upper() for t in TYPES if t.upper() != rec["type"]])
        else:
            wrong = location(r, short=True, upper=True)
            while wrong == rec["location"]:
                wrong = location(r, short=True, upper=True)
        rec["fix"] = (field, wrong)
    path = d / "vellacourt-incident-register-2026-03-16-29-corrected.pdf"
    pdf = Pdf(path, letter)
    c = pdf.c
    F, S, L = "Courier", 8.5, 11.5
    cw = S * 0.6

    def col(k):
        return 36 + k * cw

    per_page = 24
    pages = -(-n // per_page)
    for p in range(pages):
        c.setFont("Courier-Bold", 10)
        c.drawString(36, 752, "VELLACOURT POLICE DEPARTMENT [invented]        INCIDENT REGISTER")
        c.setFont(F, S)
        c.drawString(36, 740, f"PERIOD 03/16/26 - 03/29/26    RECORDS 555-0146    PAGE {p + 1} OF {pages}")
        c.setFont("Courier-Bold", S)
        c.drawString(36, 722, "CASE NO.  REPORTED        TYPE")
        c.drawString(36, 722 - L, "          LOCATION                     OCCURRED                      DISP      UNIT")
        c.setLineWidth(0.5)
        c.line(36, 722 - L - 5, 576, 722 - L - 5)
        y = 722 - 2.6 * L
        c.setFont(F, S)
        for rec in recs[p * per_page:(p + 1) * per_page]:
            occ = rec.get("occurred_at") or (f"{rec['occurred_from']}-{rec['occurred_to']}"
                                             if "occurred_from" in rec else "")
            shown = {k: rec[k] for k in ("type", "location", "disposition")}
            if "fix" in rec:
                shown[rec["fix"][0]] = rec["fix"][1]
            assert len(shown["location"]) <= 28 and len(rec["location"]) <= 28
            c.drawString(col(0), y, rec["case_number"])
            c.drawString(col(10), y, rec["reported_at"])
            c.drawString(col(26), y, shown["type"])
            c.drawString(col(10), y - L, shown["location"])
            c.drawString(col(39), y - L, occ)
            c.drawString(col(69), y - L, shown["disposition"])
            c.drawString(col(79), y - L, rec["unit"])
            if "fix" in rec:
                field, wrong = rec["fix"]
                x, yy = {"type": (col(26), y), "location": (col(10), y - L), "disposition": (col(69), y - L)}[field]
                right = rec[field]
                w = max(len(wrong) * cw, stringWidth(right, "Helvetica", 8)) + 3
                pdf.freetext([x - 1.5, yy - 2.5, x - 1.5 + w, yy + 7.5], [right], right, size=8, border=False,
                             fill="1 1 1", pad=1.5)
                pdf.sticky(582, yy - 6, f"{rec['case_number']}: {field} corrected per case report "
                                        f"(was printed {wrong}). - Records #07")
            rec["page"] = p + 1
            y -= 2 * L + 3
        if p == pages - 1:
            c.setFont("Courier-Bold", S)
            c.drawString(36, y - 4, f"TOTAL INCIDENTS: {n}")
        c.setFont("Courier", 7.5)
        c.drawString(36, 36, "RMS-IR2  PRINTED 03/30/26 07:02  REVIEWED IN PDF BY RECORDS BEFORE RELEASE")
        c.showPage()
    pdf.save()
    nf = len(fix)
    ex = recs[mid]
    return [entry(path, agency, "two-week incident register with the records clerk's typed corrections",
                  "other: two-line register",
                  "register in the page content; corrected values only in white-filled FreeText annotations laid "
                  "over the printed wrong values, which stay in the content stream", recs,
                  f"An RMS incident register in Courier, two lines per incident: `{recs[3]['case_number']}  "
                  f"{recs[3]['reported_at']}  {recs[3]['type']}` and below it the location, occurred time or range "
                  f"(`{recs[3]['occurred_from']}-{recs[3]['occurred_to']}`, the second date left out on the same "
                  "day), a disposition code and the unit; `TOTAL INCIDENTS: N` at the end. "
                  f"Trap: {nf} printed values were wrong, and the records clerk corrected them in a PDF editor with "
                  "white-filled FreeText annotations typed exactly over the wrong value (Helvetica, dark blue), each "
                  "with a sticky note in the right margin (`... corrected per case report (was printed ...)`, its "
                  "words only in the annotation's contents). On the page only the corrected value shows, but the "
                  "wrong value is still in the content stream underneath, so a text layer holds both, at the same "
                  "place (`pdftotext` prints them side by side or on neighbouring lines); the content stream alone "
                  "gives the wrong one. Ground truth holds the corrected, visible values: the middle sample "
                  f"`{ex['case_number']}` shows `{ex['disposition']}` over a printed `{ex['fix'][1]}`. The ids "
                  "themselves were not corrected.",
                  "records counted by the generator; the closing total agrees")]


AGENCIES = [("chalkridge-vt-pd", 1, chalkridge), ("wexcombe-county-wy-so", 2, wexcombe),
            ("ostrander-falls-ny-pd", 3, ostrander), ("brindle-creek-mt-marshal", 4, brindle),
            ("vellacourt-me-pd", 5, vellacourt)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
