"""Generate the thirty-sixth held-out set of incident-log PDFs and their ground truth.

Logs of very small agencies (one to five officers), typed by hand in whatever tool was at hand:
a town marshal's Courier log whose records system changes mid-month (new column order, new id
series, new date format); a police call log typed as an ASCII-art table with +---+ borders,
wrapped cells and a TOTAL row inside the table; an activity log of labelled blocks where each
officer types his own label set and separator; a chief's typed diary with the case number
worded differently in every entry and unnumbered errands between; a Notepad text file printed
as is, hard-wrapped, whose field order changes when a second officer takes over typing.
Every agency, place and record is invented; no person is named. Output is deterministic: fixed
seeds, reportlab invariant mode. Run:
    python tests/documents/blind_logs36/make_blind_logs36.py [OUT_DIR]
"""

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
SEED = 20253636
ROADS = [
    "Tanyard Rd",
    "Mill Pond Rd",
    "Depot St",
    "Quarry Ln",
    "Hesse Rd",
    "Cty Rd 12",
    "Church St",
    "Old Ferry Rd",
    "Spring Hill Rd",
    "Main St",
    "Schoolhouse Ln",
    "Cedar Run Rd",
    "Route 4",
    "Grange Hall Rd",
    "Water St",
    "Bluff Rd",
    "Orchard Ave",
    "Pine Knot Rd",
]
PLACES = [
    "Post Office lot",
    "town park",
    "ball field",
    "Grange Hall",
    "fire station",
    "school lot",
    "boat ramp",
    "feed store",
    "Methodist church lot",
    "transfer station",
    "gas station",
    "community center",
    "cemetery gate",
    "rest area",
]
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
DAYNAMES = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]


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


def place(r):
    if r.random() < 0.6:
        return f"{r.randint(2, 480)} {r.choice(ROADS)}"
    return r.choice(PLACES)


def times(r, days, n):
    mins = sorted(r.sample(range(0, 1440 * len(days)), n))
    return [(days[m // 1440], (m % 1440) // 60, m % 60) for m in mins]


def serials(r, n, start):
    out, k = [], start
    for _ in range(n):
        k += r.choice((1, 1, 1, 2))
        out.append(k)
    return out


def draw(path, pages, leading=11.0):
    """pages: lists of lines; a line is a str (Courier 9 at x=40) or a list of (x, font, size, text)."""
    c = new_canvas(path)
    for lines in pages:
        y = 752
        for line in lines:
            cells = [(40, "Courier", 9, line)] if isinstance(line, str) else line
            for x, font, size, text in cells:
                c.setFont(font, size)
                c.drawString(x, y, text)
            y -= leading
        c.showPage()
    c.save()


def paginate(blocks, per_page, head, foot):
    """blocks: (part, lines); a block is never split. head(part, n, total), foot(n, total) give lines."""
    laid, cur, used, part = [], [], 0, None
    for bpart, lines in blocks:
        if cur and used + len(lines) > per_page:
            laid.append((part, cur))
            cur, used = [], 0
        if not cur:
            part = bpart
        cur += lines
        used += len(lines)
    if cur:
        laid.append((part, cur))
    total = len(laid)
    return [head(p, i + 1, total) + body + foot(i + 1, total) for i, (p, body) in enumerate(laid)]


def rel(r, kinds):
    """Maybe one related number: kinds is a list of (kind, maker, text template)."""
    if r.random() < 0.22:
        kind, make, tmpl = r.choice(kinds)
        num = make(r)
        return [(kind, num)], tmpl.format(num)
    return [], None


# ---------------------------------------------------------------- A: Brisk Hollow town marshal
BH_TYPES = [
    "DOG AT LARGE",
    "WELFARE CHECK",
    "SUSP VEHICLE",
    "THEFT",
    "NOISE COMPL",
    "CRIMINAL MISCH",
    "TRAFFIC HAZARD",
    "ASSIST MOTORIST",
    "TRESPASS",
    "LOST PROPERTY",
    "911 HANG UP",
    "ACCIDENT PD",
]
BH_NEW_TYPES = [
    "Animal Complaint",
    "Welfare Check",
    "Suspicious Vehicle",
    "Theft",
    "Noise Complaint",
    "Criminal Mischief",
    "Traffic Hazard",
    "Motorist Assist",
    "Trespass",
    "Found Property",
    "911 Hang Up",
    "Crash - Property Damage",
]
BH_DISP = ["ADVISED", "GOA", "OWNER CONTACTED", "REPORT TAKEN", "UNFOUNDED", "WARNING GIVEN", "REFERRED"]
BH_NEW_DISP = [
    "Closed - Advised",
    "Closed - Gone on Arrival",
    "Report Written",
    "Closed - Unfounded",
    "Warning Issued",
    "Referred to County",
]
BH_REL = [
    ("other_agency_case", lambda r: f"GCSO 25-{r.randint(1000, 4999)}", "REFERRED TO {}"),
    ("citation", lambda r: f"MT{r.randint(4100000, 4199999)}", "CITE {}"),
]


def bh_records(r, days, n, start):
    switch = 16
    stamps = times(r, days, n)
    old = [s for s in stamps if s[0][2] < switch]
    old_ids = serials(r, len(old), start)
    new_ids = serials(r, n - len(old), 30)
    recs = []
    for i, (d, hh, mm) in enumerate(stamps):
        k = r.randrange(len(BH_TYPES))
        related, extra = rel(r, BH_REL)
        if i < len(old):
            disp = extra if extra else r.choice(BH_DISP)
            recs.append(
                {
                    "case_number": f"BH-{old_ids[i]}",
                    "reported_at": f"{d[1]:02d}/{d[2]:02d}/25 {hh:02d}{mm:02d}",
                    "type": BH_TYPES[k],
                    "location": place(r).upper(),
                    "disposition": disp,
                    "related": related,
                    "part": 1,
                }
            )
        else:
            disp = r.choice(BH_NEW_DISP) + (f" ({extra.split(' ', 2)[-1]})" if extra else "")
            recs.append(
                {
                    "case_number": f"2025-{new_ids[i - len(old)]:06d}",
                    "reported_at": f"{d[0]}-{d[1]:02d}-{d[2]:02d} {hh:02d}:{mm:02d}",
                    "type": BH_NEW_TYPES[k],
                    "location": place(r),
                    "disposition": disp,
                    "related": related,
                    "part": 2,
                }
            )
    return recs


def bh_pages(recs, label):
    old_head = [
        "DATE     TIME  FILE NO.  COMPLAINT        LOCATION              ACTION TAKEN",
        "-------- ----  --------  ---------------  --------------------  -----------------------",
    ]
    new_cols = [
        (40, "Helvetica-Bold", 8.5, "Incident #"),
        (108, "Helvetica-Bold", 8.5, "Reported"),
        (190, "Helvetica-Bold", 8.5, "Type"),
        (300, "Helvetica-Bold", 8.5, "Address"),
        (420, "Helvetica-Bold", 8.5, "Status"),
    ]
    blocks = []
    for rec in recs:
        if rec["part"] == 1:
            loc = textwrap.wrap(rec["location"], 20)
            disp = textwrap.wrap(rec["disposition"], 24)
            first = (
                f"{rec['reported_at'][:8]} {rec['reported_at'][9:]}  {rec['case_number']:<8}  "
                f"{rec['type']:<15}  {loc[0]:<20}  {disp[0]}"
            )
            lines = [first]
            for j in range(1, max(len(loc), len(disp))):
                a = loc[j] if j < len(loc) else ""
                b = disp[j] if j < len(disp) else ""
                lines.append(" " * 42 + f"{a:<20}  {b}")
        else:
            if not any(b[0] == 2 for b in blocks):
                blocks.append(
                    (
                        2,
                        [
                            "",
                            "*** NEW RECORDS SYSTEM IN USE FROM 10/16/2025 - FILE NOS. ABOVE ARE THE OLD BOOK ***",
                            "",
                            new_cols,
                        ],
                    )
                )
            lines = [
                [
                    (40, "Helvetica", 8.5, rec["case_number"]),
                    (108, "Helvetica", 8.5, rec["reported_at"]),
                    (190, "Helvetica", 8.5, rec["type"]),
                    (300, "Helvetica", 8.5, rec["location"]),
                    (420, "Helvetica", 8.5, rec["disposition"]),
                ]
            ]
        blocks.append((rec["part"], lines))
    n1 = sum(rec["part"] == 1 for rec in recs)
    blocks.append(
        (
            2,
            [
                "",
                f"Old book entries: {n1}    New system incidents: {len(recs) - n1}    Month total: {len(recs)}",
                "Calls not given a number (radio checks, bank escorts): 37",
            ],
        )
    )

    def head(part, n, total):
        top = ["BRISK HOLLOW TOWN MARSHAL - DAILY LOG - " + label, "Brisk Hollow, MT [invented]   ph. 406-555-0114", ""]
        return top + (old_head if part == 1 else [new_cols])

    return paginate(blocks, 56, head, lambda n, total: ["", f"                              pg {n} of {total}"])


# ---------------------------------------------------------------- B: Cobbler Gap ASCII table
CG_TYPES = [
    ["Welf chk", "Welfare Check", "WELFARE CK"],
    ["Susp veh", "Suspicious Vehicle", "SUSP. VEH."],
    ["Dom dist", "Domestic Disturbance", "DOMESTIC"],
    ["Animal", "Animal Complaint", "DOG COMPL"],
    ["Theft", "Larceny", "THEFT/LARC"],
    ["Alarm", "Alarm - Business", "ALARM BUS."],
    ["MVA", "Motor Vehicle Accident", "MVA W/ INJ"],
    ["Noise", "Loud Music", "NOISE COMPL"],
    ["Trespass", "Trespassing", "TRESP."],
    ["Fraud", "Phone Scam", "FRAUD/SCAM"],
]
CG_DISP = [
    "Subj OK",
    "GOA",
    "Report taken",
    "Advised",
    "Unfounded",
    "Warned, left area",
    "Owner notified",
    "Referred to Magistrate",
    "Parties separated, no arrest",
    "Veh towed by owner",
]
CG_REL = [
    ("other_agency_case", lambda r: f"25-{r.randint(10000, 49999)}", "assist KSP, their no. {}"),
    ("citation", lambda r: f"E{r.randint(880000, 889999)}", "Cit #{} issued"),
    ("booking_number", lambda r: f"B-{r.randint(1000, 1999)}", "arrest, jail bkg {}"),
]
CG_W = [10, 10, 6, 4, 18, 20, 24]


def cg_records(r, days, n, start):
    ids = serials(r, n, start)
    recs = []
    for i, (d, hh, mm) in enumerate(times(r, days, n)):
        typist = r.choice(["RK", "TW", "JD"])
        t = CG_TYPES[r.randrange(len(CG_TYPES))][["RK", "TW", "JD"].index(typist)]
        related, extra = rel(r, CG_REL)
        disp = extra if extra else r.choice(CG_DISP)
        loc = place(r)
        if r.random() < 0.25:
            loc += r.choice([" (trailer 4)", " behind bldg", " at the bridge", " - mailbox area"])
        recs.append(
            {
                "case_number": f"CG25-{ids[i]}",
                "reported_at": f"{d[1]:02d}/{d[2]:02d}/25 {hh:02d}{mm:02d}",
                "type": t,
                "location": loc,
                "disposition": disp,
                "officer": typist,
                "related": related,
            }
        )
    return recs


def ascii_rule(ch="-"):
    return "+" + "+".join(ch * w for w in CG_W) + "+"


def ascii_row(cells):
    cols = [textwrap.wrap(c, w - 2) or [""] for c, w in zip(cells, CG_W)]
    out = []
    for j in range(max(len(c) for c in cols)):
        out.append("|" + "|".join(" " + (c[j] if j < len(c) else "").ljust(w - 1) for c, w in zip(cols, CG_W)) + "|")
    return out


def cg_pages(recs, label):
    blocks = []
    for rec in recs:
        date, time = rec["reported_at"].split()
        blocks.append(
            (
                1,
                ascii_row(
                    [rec["case_number"], date, time, rec["officer"], rec["type"], rec["location"], rec["disposition"]]
                )
                + [ascii_rule()],
            )
        )
    blocks.append(
        (
            1,
            ascii_row(["TOTAL", f"{len(recs)} calls", "", "", "logged this month", "", "3 officers"])
            + [ascii_rule("=")],
        )
    )

    def head(part, n, total):
        return [
            "COBBLER GAP POLICE DEPT. -- CALL LOG -- " + label,
            "Cobbler Gap, KY [invented]  (606) 555-0127   BY = typed by",
            "",
            ascii_rule(),
            *ascii_row(["CASE", "DATE", "TIME", "BY", "CALL", "WHERE", "DISPO"]),
            ascii_rule("="),
        ]

    return paginate(blocks, 54, head, lambda n, total: ["", f"pg {n}/{total}"])


# ---------------------------------------------------------------- C: Ferny Brook labelled blocks
FN_TYPES = [
    "Noise complaint",
    "Suspicious vehicle",
    "Theft",
    "Welfare check",
    "Motor vehicle lockout",
    "Vandalism",
    "Loose livestock",
    "Harassment",
    "Burglar alarm",
    "Road hazard",
    "Found property",
    "Civil matter",
]
FN_DISP = [
    "Warning issued",
    "Gone on arrival",
    "Report taken",
    "Unfounded",
    "Assisted",
    "Referred to owner",
    "Civil - advised parties",
    "Checked OK",
]
FN_REL = [
    ("other_agency_case", lambda r: f"NHSP 25-{r.randint(100000, 199999)}", "Referred to NHSP, {}"),
    ("booking_number", lambda r: f"B25-{r.randint(4000, 4999)}", "Arrest, county bkg {}"),
    ("citation", lambda r: f"NH-{r.randint(2200000, 2299999)}", "Summons {}"),
]


def fn_records(r, days, n, start):
    ids = serials(r, n, start)
    recs = []
    for i, (d, hh, mm) in enumerate(times(r, days, n)):
        style = r.choice((1, 1, 2, 2, 3))
        related, extra = rel(r, FN_REL)
        disp = extra if extra else r.choice(FN_DISP)
        t, loc = r.choice(FN_TYPES), place(r)
        if style == 1:
            when, t, loc, disp = f"{d[1]:02d}/{d[2]:02d}/{d[0]} {hh:02d}{mm:02d}", t.upper(), loc.upper(), disp.upper()
        elif style == 2:
            when = f"{d[1]}/{d[2]}/25 @ {hh:02d}{mm:02d}"
        else:
            when = f"{MONTHS[d[1] - 1].rstrip('.')} {d[2]} {d[0]} {hh:02d}{mm:02d}"
        recs.append(
            {
                "case_number": f"25-{ids[i]:04d}",
                "reported_at": when,
                "type": t,
                "location": loc,
                "disposition": disp,
                "style": style,
                "related": related,
            }
        )
    return recs


def fn_block(rec):
    s, cid = rec["style"], rec["case_number"]
    if s == 1:
        return [
            "* * * * * * * * * *",
            f"CASE NO: {cid}",
            f"DATE/TIME: {rec['reported_at']}",
            f"NATURE: {rec['type']}",
            f"LOCATION: {rec['location']}",
            f"DISPO: {rec['disposition']}",
            "       typed - unit 1",
        ]
    if s == 2:
        return [
            "----------------------------------------",
            f"Case # {cid}          Rptd {rec['reported_at']}",
            f"Call type   {rec['type']}",
            f"Addr        {rec['location']}",
            f"Result      {rec['disposition']}",
        ]
    return [
        "========================================",
        f"File: {cid} | When: {rec['reported_at']} | What: {rec['type']}",
        f"Where: {rec['location']} | Outcome: {rec['disposition']}",
    ]


def fn_pages(recs, label):
    blocks = [(1, fn_block(rec) + [""]) for rec in recs]
    arrests = sum(k == "booking_number" for rec in recs for k, _ in rec["related"])
    blocks.append(
        (
            1,
            [
                "========================================",
                f"Month summary: {len(recs)} cases opened, {len(recs) * 3 + 41} calls logged, {arrests} arrests",
                "(calls without a case no. are on the radio log, not here)",
            ],
        )
    )

    def head(part, n, total):
        return [
            "FERNY BROOK POLICE DEPARTMENT - ACTIVITY LOG - " + label,
            "Ferny Brook, NH [invented]   Tel 603-555-0151",
            "",
        ]

    return paginate(blocks, 58, head, lambda n, total: ["", f"Page {n}"])


# ---------------------------------------------------------------- D: Quill Bottom chief's diary
QB_EVENTS = [
    ("Loose cattle", "owner came and got them back in"),
    ("Dog bite", "dog quarantined 10 days at home"),
    ("Theft of gas", "drive-off, plate given to county"),
    ("Reckless driver", "could not locate"),
    ("Open door", "building checked, secured"),
    ("Mailbox damage", "photos taken, no suspects"),
    ("Juvenile complaint", "talked to the kids and parents"),
    ("Burning complaint", "fire dept. notified, burn put out"),
    ("Parking complaint", "vehicle moved"),
    ("Stolen bicycle", "serial no. entered"),
    ("Fight", "both parties left"),
    ("Scam call", "advised not to send money"),
]
QB_ERRANDS = [
    "Car 1 to the shop for brakes.",
    "Court in Marlow, back at 1530.",
    "Fueled car, 14.2 gal.",
    "School crossing, Main and Water.",
    "Council meeting, gave monthly report.",
    "Bank escort for the Legion.",
    "Radio check with county, all OK.",
    "Funeral escort to cemetery.",
]
QB_REL = [
    ("other_agency_case", lambda r: f"25-{r.randint(10000, 19999)}", "Passed to Wapsie Co. SO, their {}."),
    ("citation", lambda r: f"Q{r.randint(8800000, 8899999)}", "Cit. {} for no valid license."),
]
QB_ID = ["Case {}.", "#{}", "File no. {}.", "({})", "Rpt {}."]


def qb_records(r, days, n, start):
    ids = serials(r, n, start)
    recs = []
    for i, (d, hh, mm) in enumerate(times(r, days, n)):
        t, outcome = r.choice(QB_EVENTS)
        related, extra = rel(r, QB_REL)
        loc = place(r)
        summary = r.choice(
            [
                "Caller said it has happened before.",
                "Neighbor called it in.",
                "Took the call at home, went 10-8.",
                "Came in off patrol on this one.",
                "Second call on this this week.",
            ]
        )
        disp = outcome[0].upper() + outcome[1:] + "." + (" " + extra if extra else "")
        recs.append(
            {
                "case_number": f"25-{ids[i]}",
                "day": d,
                "time": f"{hh:02d}{mm:02d}",
                "reported_at": f"{d[1]:02d}/{d[2]:02d}/{d[0]} {hh:02d}{mm:02d}",
                "type": t,
                "location": loc,
                "summary": summary,
                "disposition": disp,
                "related": related,
                "idform": r.randrange(len(QB_ID)),
                "errand": r.random() < 0.18,
            }
        )
    return recs


def qb_pages(recs, label):
    import datetime

    r = random.Random(SEED + 99)
    blocks, day = [], None
    for rec in recs:
        lines = []
        if rec["day"] != day:
            day = rec["day"]
            wd = DAYNAMES[datetime.date(*day).weekday()]
            head = f"{wd} {day[1]:02d}/{day[2]:02d}/{day[0]}"
            lines += ["", head, "=" * len(head)]
        idtxt = QB_ID[rec["idform"]].format(rec["case_number"])
        body = f"{rec['type']}, {rec['location']}. {rec['summary']} {rec['disposition']}"
        text = f"{idtxt} {body}" if rec["idform"] == 1 else f"{body} {idtxt}"
        wrapped = textwrap.wrap(text, 74)
        lines += [f"{rec['time']}  {wrapped[0]}"] + ["      " + w for w in wrapped[1:]]
        if rec["errand"]:
            lines += [f"{rec['time'][:2]}{min(59, int(rec['time'][2:]) + 20):02d}  {r.choice(QB_ERRANDS)}"]
        blocks.append((1, lines))
    blocks.append(
        (
            1,
            [
                "",
                "-" * 40,
                f"Reports this month: {len(recs)}.  Errands and escorts are not numbered.",
                "Miles driven: 1,412",
            ],
        )
    )

    def head(part, n, total):
        return [
            "QUILL BOTTOM POLICE DEPT. - CHIEF'S DAILY DIARY - " + label,
            "Quill Bottom, IA [invented]   515-555-0163",
            "",
        ]

    return paginate(blocks, 58, head, lambda n, total: ["", f"                                   - {n} -"])


# ---------------------------------------------------------------- E: Larch Siding Notepad file
LS_TYPES = [
    "THEFT",
    "PROWLER",
    "WELFARE CHK",
    "DOG COMPLAINT",
    "TRAFFIC STOP",
    "ALARM",
    "DISTURBANCE",
    "VANDALISM",
    "SUSP PERSON",
    "LOCKOUT",
    "HARASSMENT",
    "ABANDONED VEH",
]
LS_NOTES = [
    "bike taken from porch, no suspect",
    "checked area nothing found",
    "subject fine, family notified",
    "barking, owner warned",
    "speed 47 in a 25",
    "front door secure, employee error",
    "verbal only, both parties advised",
    "paint on the water tower fence",
    "gone on arrival",
    "keys locked in, unlocked for owner",
    "texts from ex, advised on order",
    "tagged for 72 hrs",
]
LS_DISP = ["RPT TAKEN", "CLOSED", "ADVISED", "WARNING", "REFERRED", "CLEARED"]
LS_REL = [
    ("other_agency_case", lambda r: f"SP25-{r.randint(300000, 399999)}", "OSP case {}"),
    ("citation", lambda r: f"OR{r.randint(4400000, 4499999)}", "cite #{}"),
    ("booking_number", lambda r: f"2511-{r.randint(400, 999):04d}", "lodged, bkg {}"),
]


def ls_records(r, days, n, start):
    ids = serials(r, n, start)
    recs = []
    for i, (d, hh, mm) in enumerate(times(r, days, n)):
        k = r.randrange(len(LS_TYPES))
        related, extra = rel(r, LS_REL)
        summary = LS_NOTES[k] + (", " + extra if extra else "")
        recs.append(
            {
                "case_number": f"LS25-{ids[i]:04d}",
                "reported_at": f"{d[1]:02d}/{d[2]:02d}/{d[0]} {hh:02d}{mm:02d}",
                "type": LS_TYPES[k] if d[2] < 15 else LS_TYPES[k].title(),
                "location": place(r).upper() if d[2] < 15 else place(r),
                "summary": summary,
                "disposition": r.choice(LS_DISP) if d[2] < 15 else r.choice(LS_DISP).lower(),
                "related": related,
                "part": 1 if d[2] < 15 else 2,
            }
        )
    return recs


def ls_pages(recs, label):
    blocks, sub = [], 0
    for rec in recs:
        if rec["part"] == 1:
            text = (
                f"{rec['reported_at']} {rec['case_number']} {rec['type']} / {rec['location']} / "
                f"{rec['summary']} / {rec['disposition']}"
            )
            lines = textwrap.wrap(text, 80) + [""]
            sub += 1
        else:
            if sub:
                blocks.append(
                    (1, [f"TOTAL CALLS 11/01-11/14: {sub}", "", "---- shift change, ofc #2 typing from here on ----"])
                )
                sub = 0
            text = (
                f"{rec['case_number']} -- {rec['reported_at']} -- {rec['type']} -- {rec['location']} -- "
                f"{rec['summary']} -- {rec['disposition']}"
            )
            lines = textwrap.wrap(text, 80)
        blocks.append((1, lines))
    blocks.append((1, ["", f"TOTAL CALLS NOV: {len(recs)}", "call Sgt at 541-555-0139 w/ questions"]))

    def head(part, n, total):
        return ["                              LOG-NOV25.TXT", ""]

    return paginate(blocks, 60, head, lambda n, total: ["", f"                              Page {n}"])


# ---------------------------------------------------------------- ground truth
KEYS = ("case_number", "reported_at", "type", "location", "summary", "disposition")


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check, seed):
    related = [
        {"record": rec["case_number"], "kind": kind, "number": num} for rec in recs for kind, num in rec["related"]
    ]
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {k: recs[i][k] for k in KEYS if k in fields and recs[i].get(k)}
        if recs[i]["related"]:
            s["related_numbers"] = [num for _, num in recs[i]["related"]]
        samples.append(s)
    return {
        "file": path.name,
        "source_repo": "generated",
        "commit": "generated",
        "path": "generated",
        "git_blob": "generated",
        "generator": f"make_blind_logs36.py (seed {SEED} + {seed})",
        "sha256": sha(path),
        "bytes": path.stat().st_size,
        "pages": pdf_pages(path),
        "agency": agency,
        "document_type": doc_type,
        "layout": layout,
        "scanned": False,
        "encrypted": False,
        "text_layer": "good",
        "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": related,
        "fields_present": fields,
        "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs36.py) from the records it drew; "
        "checked by check_blind_logs36.py against `pdftotext -layout` text",
        "record_count_check": count_check,
        "notes": notes,
    }


def one_agency(name, seed, runs, make, pages_of, agency, doc_type, layout, fields, notes, count_check):
    r = random.Random(SEED + seed)
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    gt = []
    for fname, days, label, n, start in runs:
        recs = make(r, days, n, start)
        draw(d / fname, pages_of(recs, label))
        gt.append(entry(d / fname, agency, doc_type, layout, recs, fields, notes, count_check, seed))
    (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


def days(month, first, last):
    return [(2025, month, d) for d in range(first, last + 1)]


NOTES = {
    "bh": (
        "One-officer town marshal's October log whose RECORDS SYSTEM CHANGES MID-MONTH. Up to 10/15 the "
        "old book: Courier columns DATE (MM/DD/YY) TIME (HHMM) FILE NO. (BH-NNNN, the id) COMPLAINT "
        "(upper-case abbreviations) LOCATION ACTION TAKEN, wrapped cells continued on indented lines; "
        "reported_at joins date and time as printed ('10/03/25 1405'). Then a banner '*** NEW RECORDS "
        "SYSTEM IN USE FROM 10/16/2025 ... ***' and a Helvetica table with OTHER column titles in another "
        "order (Incident #, Reported, Type, Address, Status), a NEW id series (2025-NNNNNN, restarting low) "
        "and ISO date-times ('2025-10-16 14:05'); pages after the switch carry only the new titles. "
        "Related: county sheriff cases 'GCSO 25-NNNN' and citations 'MTNNNNNNN' in the action/status. "
        "Ends 'Old book entries: A  New system incidents: B  Month total: N' and a line counting "
        "unnumbered calls (not records).",
        "rows counted from the generator; 'Month total' equals record_count",
    ),
    "cg": (
        "Small-town call log typed as an ASCII-ART TABLE in Courier: '+----+' rules between rows, '|' "
        "between cells, header row under a '+====+' rule repeated per page. Columns CASE (CG25-NNN, the "
        "id), DATE (MM/DD/YY), TIME (HHMM), BY (typist's initials, not an officer name), CALL, WHERE, "
        "DISPO. Cells wrap onto further '|'-lines of the same row with the CASE cell empty. Three typists "
        "abbreviate the same call type differently ('Welf chk' / 'Welfare Check' / 'WELFARE CK'). "
        "reported_at joins DATE and TIME. Related in DISPO: 'assist KSP, their no. 25-NNNNN', 'Cit #ENNNNNN', "
        "'arrest, jail bkg B-NNNN'. The LAST ROW of the table is 'TOTAL | N calls | ... logged this "
        "month' inside the grid: not a record.",
        "rows counted from the generator; the TOTAL row's count equals record_count",
    ),
    "fn": (
        "Activity log of LABELLED BLOCKS where each of three officers types his own label set and "
        "separator: style 1 '* * * *' then 'CASE NO:', 'DATE/TIME: 10/04/2025 2215', 'NATURE:', "
        "'LOCATION:', 'DISPO:' in capitals plus a 'typed - unit 1' line; style 2 '-----' then 'Case # "
        "25-NNNN   Rptd 10/5/25 @ 0930', 'Call type', 'Addr', 'Result' without colons; style 3 '=====' "
        "then two lines of '|'-separated pairs 'File: | When: Oct 6 2025 1410 | What:' and 'Where: | "
        "Outcome:'. The id is 25-NNNN in all three; reported_at as printed in each style. Related in the "
        "disposition: 'NHSP 25-NNNNNN' (state police), county bookings 'B25-NNNN', summonses 'NH-NNNNNNN'. "
        "Ends 'Month summary: N cases opened, M calls logged, K arrests' (only N counts records).",
        "blocks counted from the generator; 'cases opened' equals record_count",
    ),
    "qb": (
        "A one-person department's CHIEF'S TYPED DIARY in Courier: day headings 'MONDAY 10/06/2025' "
        "underlined with typed '====='; entries open with a 4-digit time then a sentence 'Type, place. "
        "narrative. Outcome.'; the case number is WORDED DIFFERENTLY per entry: 'Case 25-NNN.', "
        "'#25-NNN' (then at the START of the text), 'File no. 25-NNN.', '(25-NNN)', 'Rpt 25-NNN.'. "
        "Wrapped lines are indented six spaces. Time-led ERRAND lines without a number (court, fuel, "
        "escorts, council) sit between the entries and are not records. reported_at joins the heading's "
        "date and the time ('10/06/2025 0915'). Related: county sheriff case '25-NNNNN' ('Passed to "
        "Wapsie Co. SO, their 25-NNNNN.') and citations 'QNNNNNNN'. Ends 'Reports this month: N.'",
        "entries counted from the generator; 'Reports this month' equals record_count",
    ),
    "ls": (
        "A Notepad text file printed as is (file name 'LOG-NOV25.TXT' at the page top, 'Page n' "
        "footer), Courier, each entry one logical line HARD-WRAPPED at 80 characters with continuation "
        "lines at the left margin. Up to 11/14 officer 1 types 'MM/DD/YYYY HHMM LS25-NNNN TYPE / "
        "PLACE / notes / DISPO' in capitals with a blank line between entries; then 'TOTAL CALLS "
        "11/01-11/14: K' (a subtotal, not a record) and '---- shift change, ofc #2 typing from here on "
        "----', after which entries are 'LS25-NNNN -- MM/DD/YYYY HHMM -- Type -- place -- notes -- "
        "dispo' in mixed case with NO blank lines between them. Related in the notes: 'OSP case "
        "SP25-NNNNNN', 'cite #ORNNNNNNN', 'lodged, bkg 2511-NNNN'. Ends 'TOTAL CALLS NOV: N' and a phone.",
        "entries counted from the generator; 'TOTAL CALLS NOV' equals record_count",
    ),
}
BASE = ["case_number", "reported_at", "type", "location", "disposition"]


def main():
    one_agency(
        "brisk-hollow-mt-town-marshal",
        1,
        [("bhtm-daily-log-2025-10.pdf", days(10, 1, 31), "OCTOBER 2025", 88, 1030)],
        bh_records,
        bh_pages,
        "Brisk Hollow Town Marshal, MT [invented]",
        "daily log (records system changed mid-month)",
        "table with header",
        BASE,
        *NOTES["bh"],
    )
    one_agency(
        "cobbler-gap-ky-pd",
        2,
        [
            ("cgpd-call-log-2025-10.pdf", days(10, 1, 31), "OCT 2025", 61, 402),
            ("cgpd-call-log-2025-11.pdf", days(11, 1, 30), "NOV 2025", 54, 480),
        ],
        cg_records,
        cg_pages,
        "Cobbler Gap Police Department, KY [invented]",
        "call log (typed ASCII-art table)",
        "table with header",
        BASE,
        *NOTES["cg"],
    )
    one_agency(
        "ferny-brook-nh-pd",
        3,
        [
            ("fbnh-activity-log-2025-10.pdf", days(10, 1, 31), "OCTOBER 2025", 57, 300),
            ("fbnh-activity-log-2025-11.pdf", days(11, 1, 30), "NOVEMBER 2025", 49, 390),
        ],
        fn_records,
        fn_pages,
        "Ferny Brook Police Department, NH [invented]",
        "activity log (labelled blocks, one label set per officer)",
        "labelled blocks",
        BASE,
        *NOTES["fn"],
    )
    one_agency(
        "quill-bottom-ia-pd",
        4,
        [("qbpd-chiefs-diary-2025-10.pdf", days(10, 1, 31), "OCTOBER 2025", 62, 100)],
        qb_records,
        qb_pages,
        "Quill Bottom Police Department, IA [invented]",
        "chief's daily diary (typed)",
        "free text",
        BASE[:4] + ["summary", "disposition"],
        *NOTES["qb"],
    )
    one_agency(
        "larch-siding-or-pd",
        5,
        [("lspd-log-2025-11.pdf", days(11, 1, 30), "NOVEMBER 2025", 74, 80)],
        ls_records,
        ls_pages,
        "Larch Siding Police Department, OR [invented]",
        "call log (Notepad text file printed)",
        "free text",
        BASE[:4] + ["summary", "disposition"],
        *NOTES["ls"],
    )


if __name__ == "__main__":
    main()
