"""Generate the fifty-fourth held-out set of incident-log PDFs and their ground truth.

Five invented island and territory agencies: a Guam-like precinct blotter whose id sits in the LAST
column under coloured day bands; a Virgin Islands-like ferry terminal log grouped under sailing
headings; a Samoa-like district spreadsheet with the village in a merged left cell; a Virgin
Islands-like complaint card file with the id printed at the BOTTOM of each card; a Samoa-like
district table with watch (shift) subtotal rows among the records. Every agency, place and record is
invented; no person is named. Output is deterministic: fixed seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs54/make_blind_logs54.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20251154


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


def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width) or [""]


def day_times(r, days, n):
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    return [(days[m // 1440], (m % 1440) // 60, m % 60) for m in mins]


def ids_in_series(r, n, start):
    out, k = [], start
    for _ in range(n):
        k += r.choice((1, 1, 1, 2, 3))
        out.append(k)
    return out


def tcase(t):
    return t if len(t) <= 3 else t.title()


def dt(d):
    return datetime.date(*d)


# ---------------------------------------------------------------- shared record drawing
TYPES = ["THEFT", "BURGLARY", "ASSAULT", "DISTURBANCE", "VANDALISM", "DOG BITE", "TRAFFIC COLLISION",
         "SUSPICIOUS PERSON", "TRESPASS", "NOISE COMPLAINT", "FAMILY DISPUTE", "DUI", "ILLEGAL DUMPING",
         "MISSING PERSON", "WELFARE CHECK", "FIREWORKS", "STOLEN VEHICLE", "CRIMINAL MISCHIEF"]
DISPO = ["Report taken", "Unfounded", "Settled on scene", "Advised", "Gone on arrival", "Referred to CID",
         "Under investigation", "Warning issued"]


def related_for(r, kinds):
    """Maybe one related number of another series, with the disposition text that prints it."""
    if r.random() > 0.3:
        return r.choice(DISPO), []
    kind, text, num = r.choice(kinds)(r)
    return text, [(kind, num)]


def make_records(r, days, n, start, fmt_id, places, kinds, when):
    out = []
    for (d, h, m), k in zip(day_times(r, days, n), ids_in_series(r, n, start)):
        disp, rel = related_for(r, kinds)
        out.append({"case_number": fmt_id(k), "day": d, "hh": h, "mm": m, "type": r.choice(TYPES),
                    "location": r.choice(places), "disposition": disp, "related": rel,
                    "reported_at": when(d, h, m)})
    return out


class Pager:
    """A canvas with a y cursor, page furniture drawn by `head` on every page."""

    def __init__(self, path, size, head, total):
        self.c, self.size, self.head, self.total, self.page = new_canvas(path, size), size, head, total, 0
        self.new_page(first=True)

    def new_page(self, first=False):
        if not first:
            self.c.showPage()
        self.page += 1
        self.y = self.head(self.c, self.page, self.total)

    def need(self, h, bottom=50):
        if self.y - h < bottom:
            self.new_page()
            return True
        return False

    def finish(self):
        self.c.save()
        return self.page


# ---------------------------------------------------------------- A: Lagu Island (Guam-like) blotter
LI_PLACES = ["Chalan Mañagu (Route 4), Sumai Point", "Tasi Dikike' Beach Park", "Sagan Lepblo (Library), Lahi",
             "Plasan Lahi market stalls", "Kantit Fanihi lookout", "Chalan Hagu at Route 17",
             "Lagu Village Mayor's Office", "Guma' Famagu'on Youth Centre", "Tumon-tasi Hotel Row, lot 9",
             "Sumai Point Elementary", "Puntan Lahi Marina", "Chalan Ga'chong (Lagu Heights)"]
LI_KINDS = [lambda r: ("citation", f"Traffic Cit. LT-{(n := r.randint(400000, 499999))}", f"LT-{n}"),
            lambda r: ("booking", f"Arrest, Bkg No. 25-B{(n := r.randint(1000, 9999))}", f"25-B{n}"),
            lambda r: ("other_agency_case", f"Turned over to Airport Police AP25-{(n := r.randint(100, 999))}",
                       f"AP25-{n}")]


def li_records(r, days, n, start):
    return make_records(r, days, n, start, lambda k: f"LI-25-{k:05d}", LI_PLACES, LI_KINDS,
                        lambda d, h, m: f"{dt(d).strftime('%d %b %Y').upper()} {h:02d}{m:02d} hrs")


def draw_li(path, recs, label, total):
    W, H = landscape(letter)
    cols = [(36, 70, "Time (hrs)"), (106, 150, "Nature"), (256, 220, "Location / Lugåt"),
            (476, 200, "Disposition"), (680, 80, "Blotter No.")]

    def head(c, page, total_):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(36, H - 40, "LAGU ISLAND POLICE DEPARTMENT - PRECINCT 3 (SUMAI POINT)")
        c.setFont("Helvetica", 8)
        c.drawString(36, H - 54, f"Daily Blotter  {label}   Desk 671-555-0134")
        c.drawRightString(W - 36, H - 40, f"Page {page} of {total_ or 0}")
        c.setFillColor(colors.HexColor("#1f3a5f"))
        c.rect(30, H - 80, W - 60, 16, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 8)
        for x, _, t in cols:
            c.drawString(x, H - 75, t)
        c.setFillColor(colors.black)
        return H - 96

    p = Pager(path, (W, H), head, total)
    c, day = p.c, None
    band_colors = ["#fde9c8", "#d9f0e3", "#dde6f7"]
    for rec in recs:
        if rec["day"] != day:
            day = rec["day"]
            nday = sum(1 for x in recs if x["day"] == day)
            p.need(40)
            c.setFillColor(colors.HexColor(band_colors[dt(day).toordinal() % 3]))
            c.rect(30, p.y - 4, W - 60, 15, fill=1, stroke=0)
            c.setFillColor(colors.black)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(36, p.y, f"{dt(day).strftime('%A').upper()}  {dt(day).strftime('%d %b %Y').upper()}"
                                  f"   ({nday} entries)")
            p.y -= 18
        c.setFont("Helvetica", 8)
        cells = [[f"{rec['hh']:02d}{rec['mm']:02d} hrs"], wrap(rec["type"], "Helvetica", 8, 145),
                 wrap(rec["location"], "Helvetica", 8, 130), wrap(rec["disposition"], "Helvetica", 8, 195),
                 [rec["case_number"]]]
        h = 10 * max(len(x) for x in cells) + 4
        p.need(h)
        for (x, _, _), lines in zip(cols, cells):
            for j, line in enumerate(lines):
                c.setFont("Courier-Bold" if x == 680 else "Helvetica", 8)
                c.drawString(x, p.y - 10 * j, line)
        p.y -= h
        c.setStrokeColor(colors.lightgrey)
        c.line(30, p.y + 6, W - 30, p.y + 6)
        c.setStrokeColor(colors.black)
    p.need(20)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(36, p.y - 6, f"Total blotter entries: {len(recs)}")
    return p.finish()


# ---------------------------------------------------------------- B: ferry terminal log (VI-like)
VESSELS = [("MV CORAL WREN", "O.N. 1187342"), ("MV SEA GRAPE", "O.N. 1203318"), ("MV KINGFISHER II", "O.N. 1176025")]
ROUTES = ["Kingsharbour - Frenchcap Cay", "Frenchcap Cay - Kingsharbour", "Kingsharbour - Bolongo Key"]
KH_PLACES = ["upper deck aft", "passenger lounge", "vehicle ramp", "ticket hall, Kingsharbour Terminal",
             "gangway, Frenchcap Cay dock", "Bolongo Key landing", "terminal car park", "snack bar, main deck"]
KH_KINDS = [lambda r: ("other_agency_case", f"turned over to Frenchcap Cay Police, case FC25-{(n := r.randint(10000, 99999))}",
                       f"FC25-{n}"),
            lambda r: ("citation", f"port citation PC-{(n := r.randint(20000, 29999))} issued", f"PC-{n}"),
            lambda r: ("coast_guard_case", f"reported to Coast Guard, MISLE {(n := r.randint(7000000, 7999999))}",
                       f"{n}")]


def kh_records(r, days, n, start):
    recs = make_records(r, days, n, start, lambda k: f"PAP-25-{k:04d}", KH_PLACES, KH_KINDS,
                        lambda d, h, m: f"{dt(d).strftime('%d %B %Y')} {h:02d}{m:02d} hrs")
    for rec in recs:
        rec["disposition"] = rec["disposition"][0].lower() + rec["disposition"][1:]
    return recs


def draw_kh(path, recs, label, total):
    W, H = letter

    def head(c, page, total_):
        c.setFont("Times-Bold", 13)
        c.drawString(50, H - 44, "Virgin Cays Port Authority Police - Kingsharbour Ferry Terminal")
        c.setFont("Times-Roman", 9)
        c.drawString(50, H - 58, f"Sailing Occurrence Log, {label}.  Watch desk 340-555-0177.")
        c.drawRightString(W - 50, H - 58, f"sheet {page}/{total_ or 0}")
        c.line(50, H - 64, W - 50, H - 64)
        return H - 84

    p = Pager(path, (W, H), head, total)
    c, r = p.c, random.Random(len(recs))
    by_day = {}
    for rec in recs:
        by_day.setdefault(rec["day"], []).append(rec)
    sailings = pax_total = 0
    for day, drecs in by_day.items():
        p.need(60)
        c.setFont("Times-Bold", 11)
        c.drawString(50, p.y, dt(day).strftime("%A %d %B %Y"))
        p.y -= 16
        slots = [(h, m) for h, m in ((0, 0), (6, 15), (8, 30), (11, 0), (13, 45), (16, 20), (18, 40), (21, 5))]
        for s, (sh, sm) in enumerate(slots):
            nxt = slots[s + 1][0] * 60 + slots[s + 1][1] if s + 1 < len(slots) else 1440
            start = 0 if s == 0 else sh * 60 + sm
            mine = [x for x in drecs if start <= x["hh"] * 60 + x["mm"] < nxt]
            vessel, on = VESSELS[(s + day[2]) % 3]
            pax = r.randint(60, 240) if s else 0
            sailings, pax_total = sailings + (s > 0), pax_total + pax
            p.need(30)
            c.setFont("Helvetica-Bold", 8.5)
            if s == 0:
                c.drawString(60, p.y, f"TERMINAL NIGHT WATCH 0000-{nxt // 60:02d}{nxt % 60:02d} hrs   (no sailings)")
            else:
                c.drawString(60, p.y, f"SAILING {sh:02d}{sm:02d} hrs   {vessel} ({on})   {ROUTES[s % 3]}   Pax {pax}")
            p.y -= 12
            if not mine:
                c.setFont("Times-Italic", 9)
                c.drawString(80, p.y, "No occurrences.")
                p.y -= 13
            for rec in mine:
                text = (f"{rec['hh']:02d}{rec['mm']:02d} hrs   {rec['case_number']}   {rec['type']} at "
                        f"{rec['location']}. Action: {rec['disposition']}.")
                lines = wrap(text, "Times-Roman", 9.5, W - 180)
                p.need(12 * len(lines) + 2)
                c.setFont("Times-Roman", 9.5)
                for j, line in enumerate(lines):
                    c.drawString(80 if j == 0 else 130, p.y, line)
                    p.y -= 12
                p.y -= 2
        p.y -= 6
    p.need(30)
    c.setFont("Times-Bold", 10)
    c.drawString(50, p.y, f"Sailings: {sailings}   Passengers carried: {pax_total}   Occurrences: {len(recs)}")
    return p.finish()


# ---------------------------------------------------------------- C: district spreadsheet, merged village cell
VILLAGES = ["Vailele-i-Uta", "Fagaloa Tai", "Sa'ilele", "Motu'ese", "Aoloau-fou", "Leone-i-Sisifo", "Pago-uta",
            "Faleasao Tai"]
FU_KINDS = [lambda r: ("court_case", f"Charged; District Court CR-25-{(n := r.randint(100, 999))}", f"CR-25-{n}"),
            lambda r: ("village_council_ref", f"Referred to village fono, ref VF{(n := r.randint(1000, 9999))}",
                       f"VF{n}"),
            lambda r: ("booking", f"Held at Tafuna-lalo cells, bk {(n := r.randint(20000, 29999))}", f"{n}")]


def fu_records(r, days, n, start):
    recs = make_records(r, days, n, start, lambda k: f"FD/25/{k:04d}", VILLAGES, FU_KINDS,
                        lambda d, h, m: f"{dt(d).strftime('%d/%m/%Y')} {h:02d}{m:02d}hrs")
    recs.sort(key=lambda x: (VILLAGES.index(x["location"]), x["case_number"]))
    for rec in recs:
        rec["type"] = tcase(rec["type"])
    return recs


def draw_fu(path, recs, label, total):
    W, H = landscape(letter)
    cols = [(36, 110, "Nu'u / Village"), (146, 80, "Ref. No."), (226, 70, "Aso / Date"), (296, 60, "Itula / Time"),
            (356, 150, "Mataupu / Matter"), (506, 250, "Finauga / Outcome")]

    def head(c, page, total_):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, H - 40, "Fale'ula District Police Post - Occurrence Register by Nu'u")
        c.setFont("Helvetica", 8)
        c.drawString(36, H - 53, f"{label}   Post phone 684-555-0152   Sheet1")
        c.drawRightString(W - 36, H - 40, f"{page}/{total_ or 0}")
        c.setFillColor(colors.HexColor("#c8d6e5"))
        c.rect(32, H - 78, W - 64, 16, fill=1, stroke=1)
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 8)
        for x, _, t in cols:
            c.drawString(x + 3, H - 73, t)
        return H - 92

    p = Pager(path, (W, H), head, total)
    c = p.c
    groups = []
    for rec in recs:
        if not groups or groups[-1][0] != rec["location"]:
            groups.append((rec["location"], []))
        groups[-1][1].append(rec)
    fills = ["#fff4d6", "#e3f2e1"]
    for g, (village, grecs) in enumerate(groups):
        i = 0
        while i < len(grecs):
            p.need(14)
            room = int((p.y - 50) // 14)
            part = grecs[i:i + room]
            top = p.y + 10
            hgt = 14 * len(part)
            c.setFillColor(colors.HexColor(fills[g % 2]))
            c.rect(32, top - hgt, W - 64, hgt, fill=1, stroke=0)
            c.setFillColor(colors.black)
            c.setStrokeColor(colors.grey)
            c.rect(32, top - hgt, 110, hgt, fill=0, stroke=1)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(39, p.y, village)  # merged cell: the name sits on the first row only
            for rec in part:
                c.setFont("Helvetica", 7.5)
                vals = [rec["case_number"], dt(rec["day"]).strftime("%d/%m/%Y"), f"{rec['hh']:02d}{rec['mm']:02d}hrs",
                        rec["type"], rec["disposition"]]
                for (x, _, _), v in zip(cols[1:], vals):
                    c.drawString(x + 3, p.y, v)
                c.line(142, p.y - 4, W - 32, p.y - 4)
                p.y -= 14
            i += len(part)
            if i < len(grecs):
                p.new_page()
        c.setStrokeColor(colors.black)
    p.need(20)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(39, p.y - 4, f"Aofa'i / Total: {len(recs)}")
    return p.finish()


# ---------------------------------------------------------------- D: complaint cards, id at the bottom
SB_PLACES = ["Estate Bellevue, Ghut Road", "Cotton Valley (Ko'ton Valle) roundabout", "Bay Side fish market",
             "Estate Mon Repos, Lower Hill", "Christiansby Wharf", "Paradise Mill Road at Kilbride Ghut",
             "Frangipani Heights housing", "Old Danish Customs House"]
SB_KINDS = [lambda r: ("booking", f"Arrested and booked, Booking No. B25-{(n := r.randint(3000, 3999))}", f"B25-{n}"),
            lambda r: ("marine_unit_ref", f"Passed to Marine Unit, ref MU-{(n := r.randint(100, 499))}/25",
                       f"MU-{n}/25"),
            lambda r: ("citation", f"Summons issued, Traffic Ticket T{(n := r.randint(8800000, 8899999))}",
                       f"T{n}")]


def sb_records(r, days, n, start):
    recs = make_records(r, days, n, start, lambda k: f"SBP-25-{k:05d}", SB_PLACES, SB_KINDS,
                        lambda d, h, m: f"{dt(d).strftime('%d-%b-%Y')}, {h:02d}{m:02d} hrs")
    for rec in recs:
        rec["type"] = tcase(rec["type"])
    return recs


def draw_sb(path, recs, label, total):
    W, H = letter

    def head(c, page, total_):
        c.setFont("Helvetica-Bold", 12)
        c.drawCentredString(W / 2, H - 40, "ST. BRENDAN ISLAND POLICE - COMPLAINT CARD FILE")
        c.setFont("Helvetica", 8)
        c.drawCentredString(W / 2, H - 52, f"{label}  |  Records Office 340-555-0119  |  Page {page} of {total_ or 0}")
        return H - 70

    p = Pager(path, (W, H), head, total)
    c = p.c
    for i, rec in enumerate(recs, 1):
        act = wrap(rec["disposition"], "Helvetica", 8.5, 380)
        h = 16 + 12 * (3 + len(act)) + 16
        p.need(h + 6, 40)
        top = p.y
        c.setStrokeColor(colors.HexColor("#7a5c2e"))
        c.roundRect(60, top - h, W - 120, h, 4, stroke=1, fill=0)
        c.setFont("Helvetica", 7)
        c.drawRightString(W - 66, top - 10, f"card {i}")
        y = top - 22
        rows = [("Date/Time:", rec["reported_at"]), ("Nature of Complaint:", rec["type"]),
                ("Place:", rec["location"]), ("Action Taken:", act)]
        for lab, val in rows:
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(70, y, lab)
            c.setFont("Helvetica", 8.5)
            for line in (val if isinstance(val, list) else [val]):
                c.drawString(170, y, line)
                y -= 12
        c.setFont("Courier-Bold", 9)
        c.drawRightString(W - 70, top - h + 7, f"Complaint No. {rec['case_number']}")
        p.y = top - h - 8
    p.need(20)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(60, p.y - 4, f"Cards in this file: {len(recs)}")
    return p.finish()


# ---------------------------------------------------------------- E: district table with watch subtotals
TT_PLACES = ["Alofau-tai, main road", "Aunu'u wharf", "Amouli store", "Faga'itua school", "Masausi bridge",
             "Tula point road", "Onenoa plantation", "Sailele beach fale"]
TT_KINDS = [lambda r: ("citation", f"Cited, CIT {(n := r.randint(50000, 59999))}", f"CIT {n}"),
            lambda r: ("other_agency_case", f"To DPS Criminal Investigations, DPS-{(n := r.randint(2000, 2999))}-25",
                       f"DPS-{n}-25"),
            lambda r: ("booking", f"Arrested, jail book-in J25/{(n := r.randint(400, 899))}", f"J25/{n}")]


def tt_records(r, days, n, start):
    return make_records(r, days, n, start, lambda k: f"ED25-{k:04d}", TT_PLACES, TT_KINDS,
                        lambda d, h, m: f"{dt(d).strftime('%d/%m/%y')} {h:02d}{m:02d} hrs")


def draw_tt(path, recs, label, total):
    W, H = letter
    cols = [(40, "Report #"), (100, "Date"), (148, "Time"), (196, "Offence"), (318, "Village / Place"),
            (440, "Status")]

    def head(c, page, total_):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, H - 40, "TUTUVALE TERRITORIAL POLICE - EASTERN DISTRICT")
        c.setFont("Helvetica", 8)
        c.drawString(40, H - 52, f"Reports received {label}   Front desk 684-555-0108")
        c.drawRightString(W - 40, H - 40, f"pg {page} of {total_ or 0}")
        c.setFont("Helvetica-Bold", 8)
        for x, t in cols:
            c.drawString(x, H - 72, t)
        c.line(38, H - 76, W - 38, H - 76)
        return H - 90

    p = Pager(path, (W, H), head, total)
    c = p.c

    def watch(rec):
        return "DAY WATCH 0600-1800 hrs" if 6 <= rec["hh"] < 18 else "NIGHT WATCH 1800-0600 hrs"

    blocks = []
    for rec in recs:
        key = (rec["day"] if rec["hh"] >= 6 else dt(rec["day"]).toordinal() - 1, watch(rec))
        if not blocks or blocks[-1][0] != key:
            blocks.append((key, []))
        blocks[-1][1].append(rec)
    for _, brecs in blocks:
        for rec in brecs:
            off = wrap(rec["type"], "Helvetica", 7.5, 115)
            pl = wrap(rec["location"], "Helvetica", 7.5, 115)
            st = wrap(rec["disposition"], "Helvetica", 7.5, 135)
            h = 9 * max(len(off), len(pl), len(st)) + 3
            p.need(h)
            c.setFont("Helvetica", 7.5)
            first = [rec["case_number"], dt(rec["day"]).strftime("%d/%m/%y"), f"{rec['hh']:02d}{rec['mm']:02d} hrs"]
            for (x, _), v in zip(cols, first):
                c.drawString(x, p.y, v)
            for (x, _), lines in zip(cols[3:], (off, pl, st)):
                for j, line in enumerate(lines):
                    c.drawString(x, p.y - 9 * j, line)
            p.y -= h
        p.need(14)
        c.setFont("Helvetica-Oblique", 7.5)
        rec = brecs[0]
        c.drawString(40, p.y, "Sub-total")
        c.drawString(100, p.y, dt(rec["day"]).strftime("%d/%m/%y"))
        c.drawString(196, p.y, watch(rec))
        c.drawString(440, p.y, f"{len(brecs)} reports")
        c.line(38, p.y - 3, W - 38, p.y - 3)
        p.y -= 14
    p.need(20)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(40, p.y - 4, f"District total: {len(recs)} reports")
    return p.finish()


# ---------------------------------------------------------------- ground truth
def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    related = [{"record": rec["case_number"], "kind": kind, "number": num}
               for rec in recs for kind, num in rec["related"]]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in fields if recs[i].get(k, "") != ""}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs54.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs], "related_numbers": related,
        "fields_present": fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs54.py) from the records it drew; "
                               "checked by check_blind_logs54.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def one_agency(name, seed, runs, make, draw, agency, doc_type, layout, notes, count_check):
    fields = ["case_number", "reported_at", "type", "location", "disposition"]
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, days, label, n, start in runs:
        recs = make(r, days, n, start)
        pages = draw(d / fname, recs, label, None)
        draw(d / fname, recs, label, pages)
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, notes, count_check))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


NOTES = {
    "li": ("Landscape precinct 'Daily Blotter' under a dark header bar. Coloured DAY BANDS span the table "
           "('TUESDAY  21 OCT 2025   (14 entries)'; the entry count in the band is not a record). Columns: "
           "Time (hrs) '1435 hrs', Nature, Location / Lugat (local and English place words, wraps), Disposition "
           "(wraps; 'Traffic Cit. LT-NNNNNN', 'Bkg No. 25-BNNNN' and 'Airport Police AP25-NNN' are related), and "
           "the id (LI-25-NNNNN) in the LAST column. reported_at joins the band's date and the row's time "
           "('21 OCT 2025 1435 hrs'). Ends 'Total blotter entries: N'.",
           "rows counted from the generator; 'Total blotter entries' equals record_count"),
    "kh": ("Ferry terminal 'Sailing Occurrence Log' in Times: day headings ('Saturday 25 October 2025'), under "
           "them one bold SAILING line per departure ('SAILING 0830 hrs  MV SEA GRAPE (O.N. 1203318)  route  Pax "
           "184': vessel official numbers and passenger counts are not records), and under each sailing either "
           "'No occurrences.' or one paragraph per occurrence: time 'hrs', the id (PAP-25-NNNN), TYPE 'at' place, "
           "'Action:' disposition (wraps, continuation indented; 'Frenchcap Cay Police, case FC25-NNNNN', 'port "
           "citation PC-NNNNN', 'Coast Guard, MISLE NNNNNNN' are related). reported_at joins the day heading's "
           "date and the time ('25 October 2025 0830 hrs'). Ends 'Sailings: S  Passengers carried: P  "
           "Occurrences: N' (only N counts records).",
           "paragraphs counted from the generator; 'Occurrences:' equals record_count"),
    "fu": ("Landscape spreadsheet 'Occurrence Register by Nu'u' with bilingual column titles (Samoan-like / "
           "English). Rows are grouped by village, NOT in time order; the village (location) is a MERGED LEFT "
           "CELL printed once on the group's first row, with alternating fill per group; a group cut by a page "
           "break prints the village again on the new page. Columns: Ref. No. (FD/25/NNNN, the id), Aso / Date "
           "'21/10/2025', Itula / Time '1435hrs' (reported_at joins them), Mataupu / Matter (type, title case), "
           "Finauga / Outcome (disposition; 'District Court CR-25-NNN', 'village fono, ref VFNNNN' and 'cells, bk "
           "NNNNN' are related). Ends 'Aofa'i / Total: N'.",
           "rows counted from the generator; the closing total equals record_count"),
    "sb": ("Complaint card file: one rounded card per complaint, label/value lines 'Date/Time:' "
           "('21-Oct-2025, 1435 hrs'), 'Nature of Complaint:', 'Place:' (English and creole place words), "
           "'Action Taken:' (disposition, wraps; 'Booking No. B25-NNNN', 'Marine Unit, ref MU-NNN/25', 'Traffic "
           "Ticket TNNNNNNN' are related). The id is printed at the BOTTOM right of the card ('Complaint No. "
           "SBP-25-NNNNN'), after the fields it belongs to; a small 'card n' counter at the top right is not the "
           "id. Cards never split over pages. Ends 'Cards in this file: N'.",
           "cards counted from the generator; the closing count equals record_count"),
    "tt": ("Portrait district table: Report # (ED25-NNNN, the id), Date 'dd/mm/yy', Time '2140 hrs' (reported_at "
           "joins them), Offence, Village / Place, Status (wraps; 'CIT NNNNN', 'DPS-NNNN-25', 'book-in J25/NNN' are "
           "related). After each watch an italic 'Sub-total' row shaped like a record ('Sub-total  21/10/25  DAY "
           "WATCH 0600-1800 hrs  9 reports'): not a record. Ends 'District total: N reports'.",
           "rows counted from the generator; 'District total' equals record_count"),
}


def main():
    one_agency("lagu-island-gu-pd", 1,
               [("lipd-p3-blotter-2025-10-20-22.pdf", days(10, 20, 22), "20-22 OCT 2025", 64, 41200),
                ("lipd-p3-blotter-2025-10-23-24.pdf", days(10, 23, 24), "23-24 OCT 2025", 47, 41330)],
               li_records, draw_li, "Lagu Island Police Department, Precinct 3, GU-like territory [invented]",
               "precinct daily blotter (id in the last column, day bands)", "table with header", *NOTES["li"])
    one_agency("virgin-cays-port-authority-police", 2,
               [("vcpap-sailing-log-2025-10-25-27.pdf", days(10, 25, 27), "25-27 October 2025", 52, 880)],
               kh_records, draw_kh, "Virgin Cays Port Authority Police, VI-like territory [invented]",
               "ferry terminal sailing occurrence log", "free text", *NOTES["kh"])
    one_agency("fale-ula-district-as-police", 3,
               [("fdpp-register-2025-10-a.pdf", days(10, 1, 15), "1-15 Oketopa (October) 2025", 58, 310),
                ("fdpp-register-2025-10-b.pdf", days(10, 16, 31), "16-31 Oketopa (October) 2025", 66, 390)],
               fu_records, draw_fu, "Fale'ula District Police Post, AS-like territory [invented]",
               "occurrence register grouped by village (merged village cell)", "table with header", *NOTES["fu"])
    one_agency("st-brendan-island-vi-police", 4,
               [("sbip-complaint-cards-2025-10-20-23.pdf", days(10, 20, 23), "20-23 October 2025", 44, 4410)],
               sb_records, draw_sb, "St. Brendan Island Police, VI-like territory [invented]",
               "complaint card file (id at the bottom of each card)", "labelled blocks", *NOTES["sb"])
    one_agency("tutuvale-eastern-district-as-police", 5,
               [("ttp-ed-reports-2025-10-13-19.pdf", days(10, 13, 19), "13/10/25 - 19/10/25", 72, 1500)],
               tt_records, draw_tt, "Tutuvale Territorial Police, Eastern District, AS-like territory [invented]",
               "district report list with watch sub-total rows", "table with header", *NOTES["tt"])


if __name__ == "__main__":
    main()
