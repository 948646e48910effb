"""Generate a held-out set of transit, airport and port police logs (blind_logs152).

Five agencies, five layouts, one trap each: a landscape transit-police table whose incident number sits
in the fourth column behind train, car, bus and stop numbers, with fare-inspection sweep rows that
carry citations but no incident number; airport police blocks in which a `Related Report No.:` line
prints an earlier report number in the same format as the block's own `Report No.:`; a harbor police
shift narrative with vessel numbers in every paragraph and `Update, Harbor case ...` paragraphs that
print an earlier case's number again; bus incidents in numbered paragraphs grouped by route, the
numbering starting again at 1 under each route; commuter-rail train-run sheets (consist car numbers in
every run header, runs without incidents, `see ...` lines that name an incident of an earlier train).
Everything is invented. Output is deterministic: fixed seed, reportlab invariant mode.
Run:
    python tests/documents/blind_logs152/make_blind_logs152.py [OUT_DIR]
"""

import datetime
import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
SEED = 20260152
STREETS = ["Brindle", "Oxbow", "Quarry", "Fenwick", "Tansy", "Larkspur", "Millrace", "Sorrel", "Harbin", "Pewter",
           "Gannet", "Wickham"]


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


def stamps(r, first, n, ndays, start_min=0, end_min=1440):
    """n sorted, distinct times over ndays days, each between start_min and end_min of its day."""
    per = end_min - start_min
    mins = sorted(r.sample(range(ndays * per), n))
    return [first + datetime.timedelta(days=m // per, minutes=start_min + m % per) for m in mins]


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


def draw(path, size, pages):
    """pages: list of list of items (y, x, text, font, size); a text of None draws a rule at y."""
    c = new_canvas(path, size)
    for items in pages:
        for y, x, text, font, fs in items:
            if text is None:
                c.setLineWidth(0.5)
                c.line(x, y, size[0] - x, y)
                continue
            c.setFont(font, fs)
            c.drawString(x, y, text)
        c.showPage()
    c.save()


def entry(path, agency, doc_type, layout, recs, notes, count_check):
    fields = ["reported_at", "type", "location", "disposition"]
    n = len(recs)
    samples = [{"case_number": recs[i]["case_number"], **{k: recs[i][k] for k in fields}}
               for i in (0, n // 2, n - 1)]
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs152.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs152.py) from the records it drew; "
                               "checked by check_blind_logs152.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


def paginate(header, footer, top, bottom):
    """A tiny page builder: add(lines) puts (x, text, font, size, lead) lines on the current page,
    breaking to a new page when they do not fit (whole when keep=True)."""
    pages = []
    state = {"y": 0}

    def new_page():
        pages.append(list(header(len(pages) + 1)))
        state["y"] = top

    def add(lines, keep=True, gap=0):
        need = sum(x[4] for x in lines)
        if not pages or (keep and state["y"] - need < bottom):
            new_page()
        for x, text, font, fs, lead in lines:
            if state["y"] - lead < bottom - lead:
                new_page()
            pages[-1].append((state["y"], x, text, font, fs))
            state["y"] -= lead
        state["y"] -= gap

    def finish():
        for k, it in enumerate(pages, 1):
            it.extend(footer(k, len(pages)))
        return pages

    return add, finish


def disp_for(r, typ, extra=()):
    """A disposition that fits the incident type."""
    t = typ.lower()
    if "medical" in t:
        return r.choice(["EMS transported", "Refused medical aid", "Assisted, no transport"])
    if "lost child" in t:
        return "Reunited with parent"
    if "lost property" in t:
        return r.choice(["Property returned to owner", "Report taken"])
    if any(k in t for k in ("suspicious package", "unattended bag", "door alarm")):
        return r.choice(["Cleared, no threat", "Owner located", "Unfounded"])
    if "curbside" in t:
        return r.choice(["Vehicle towed", "Owner located, vehicle moved"])
    if any(k in t for k in ("theft", "vandalism", "graffiti", "break-in", "hit and run")):
        return r.choice(["Report taken", "Referred to detectives", "Arrest"])
    if "closing door" in t:
        return r.choice(["Report taken", "EMS transported"])
    if "refused to exit" in t:
        return r.choice(["Trespass notice issued", "Warning given"])
    return r.choice(["Arrest", "Cited and released", "Trespass notice issued", "Warning given", "Gone on arrival",
                     "Report taken", *extra])


def columns(rows, font, size, x0, pad):
    """x positions of table columns wide enough for every cell."""
    xs = [x0]
    for j in range(len(rows[0]) - 1):
        xs.append(xs[-1] + max(stringWidth(row[j], font, size) for row in rows) + pad)
    return xs


# 1 ------------------------------------------------------------------ Corliss Valley, OR: transit table, sweeps
STATIONS = [("ALD", "Alder Jct"), ("MLB", "Milbrook"), ("FWK", "Fenwick"), ("QRY", "Quarry Hill"),
            ("CVC", "Civic Center"), ("RVS", "Riverside"), ("GNT", "Gannet St"), ("OXB", "Oxbow"),
            ("TNS", "Tansy Park")]
RAIL_TYPES = ["Fare evasion - no valid ticket", "Fare evasion - expired pass", "Fare evasion - no valid ticket",
              "Disorderly conduct", "Trespass on trackway", "Smoking on platform", "Theft of phone",
              "Assault on passenger", "Vandalism to car", "Medical assist", "Suspicious package",
              "Operator harassed", "Lost child reunited"]
BUS_TYPES = ["Fare evasion - refused fare", "Operator assaulted", "Disorderly on bus", "Vandalism to bus",
             "Theft from passenger", "Medical assist", "Fight at stop"]


def corliss(d, r):
    agency = "Corliss Valley Regional Transit Police, OR [invented]"
    n, nsweep = 84, 5
    times = stamps(r, datetime.datetime(2025, 11, 3), n + nsweep, 14, 300, 1440)
    sweep_at = set(r.sample(range(3, n + nsweep - 3), nsweep))
    rows, recs, num, cit = [], [], 4400, 7704400
    for i, t in enumerate(times):
        when = t.strftime("%m/%d %H:%M")
        if i in sweep_at:
            st = r.choice(STATIONS)
            k = r.randint(2, 7)
            lo, cit = cit + 1, cit + k
            rows.append([f"Train {r.randint(201, 298)}", str(r.randint(3101, 3188)), f"{st[0]} {st[1]}", "N/A", when,
                         f"Fare inspection sweep: {r.randint(40, 180)} checked, {k} cited", f"FE {lo}-{cit}",
                         "No incident report"])
            continue
        num += r.randint(1, 6)
        rels = []
        if r.random() < 0.7:
            train, car, st = r.randint(201, 298), r.randint(3101, 3188), r.choice(STATIONS)
            route, veh, loc, typ = f"Train {train}", str(car), f"{st[0]} {st[1]}", r.choice(RAIL_TYPES)
            rels += [("train", str(train)), ("car", str(car))]
        else:
            bus, (a, b) = r.randint(8801, 8899), r.sample(STREETS, 2)
            route, veh = f"Rt {r.choice([4, 7, 12, 15, 22, 31, 44, 56])}", str(bus)
            loc, typ = f"Stop {r.randint(10100, 39900)} {a}/{b}", r.choice(BUS_TYPES)
            rels.append(("bus", str(bus)))
        if typ.startswith("Fare evasion") or (typ == "Smoking on platform" and r.random() < 0.5):
            cit += r.randint(1, 9)
            rels.append(("fare_citation", f"FE {cit}"))
            disp = r.choice(["Cited and released", "Cited, removed from train" if route[0] == "T" else
                             "Cited, removed from bus", "Cited and released"])
        else:
            disp = disp_for(r, typ, ["Removed from train" if route[0] == "T" else "Removed from bus"])
        rec = {"case_number": f"CVT-25-0{num}", "reported_at": when, "type": typ, "location": loc,
               "disposition": disp, "rel": rels}
        recs.append(rec)
        rows.append([route, veh, loc, rec["case_number"], when, typ,
                     next((x for k, x in rels if k == "fare_citation"), ""), disp])
    assert len(recs) == n
    size = landscape(letter)
    F, S = "Helvetica", 8
    head = ["Rte/Train", "Veh.", "Stn/Stop", "Incident No.", "Reported", "Offense", "Citation", "Disposition"]
    cols = columns(rows + [head], F, S, 30, 14)
    assert cols[-1] + max(stringWidth(x[-1], F, S) for x in rows) < 780, cols

    def header(k):
        items = [(612 - 38, 30, "CORLISS VALLEY REGIONAL TRANSIT POLICE [invented] - RAIL AND BUS INCIDENT LOG",
                  "Helvetica-Bold", 12),
                 (612 - 53, 30, "November 3-16, 2025. Rail trains and cars, bus routes and coaches, station codes and "
                                "stop IDs as entered by the reporting officer. Transit police desk 555-0123.", F, 8.5)]
        items += [(612 - 76, x, h, "Helvetica-Bold", 8.5) for x, h in zip(cols, head)]
        items.append((612 - 81, 30, None, F, 9))
        return items

    add, finish = paginate(header, lambda k, m: [(26, 30, f"CVRTP incident log - page {k} of {m}", F, 7.5)],
                           612 - 95, 46)
    for row in rows:
        add([(c, v, F, S, 0) for c, v in zip(cols, row) if v] + [(0, "", F, S, 11.5)])
    ncit = sum(k == "fare_citation" for x in recs for k, _ in x["rel"])
    nsc = sum(int(row[5].split(", ")[1].split()[0]) for row in rows if row[3] == "N/A")
    add([(30, None, F, S, 12),
         (30, f"Incidents: {n}    Fare sweeps: {nsweep}    Fare citations: {ncit + nsc}", "Helvetica-Bold", 9, 12)])
    pages = [[(y + 8, x, t, f, s) if t is None else (y, x, t, f, s) for y, x, t, f, s in p if t != ""]
             for p in finish()]
    path = d / "corliss-valley-transit-incident-log-2025-11-03-16.pdf"
    draw(path, size, pages)
    return agency, [entry(path, agency, "two-week rail and bus transit police incident log", "table with header",
                          recs,
                          "Landscape table with a header row: `Rte/Train`, `Veh.`, `Stn/Stop`, `Incident No.`, "
                          "`Reported`, `Offense`, `Citation`, `Disposition`. The id `CVT-25-0NNNN` is the fourth cell, "
                          "behind a train number (`Train 2NN`) or bus route (`Rt NN`), a four-digit rail car (31NN) "
                          "or coach (88NN) number and a station code (`MLB Milbrook`) or five-digit stop ID. Trap: "
                          "fare-inspection sweep rows (`N/A` in the Incident No. column, `Fare inspection sweep: K "
                          "checked, C cited`, a citation range `FE 77NNNNN-77NNNNN`) look like incident rows, with a "
                          "train, car and station, but are not incidents. Train, car and coach numbers and fare "
                          "citations of incidents are listed as related numbers. Ends `Incidents: N    Fare sweeps: "
                          "S    Fare citations: C` (only N counts records; C includes the sweeps' citations).",
                          "rows with an incident number counted by the generator; the closing line gives the total")]


# 2 ------------------------------------------------------------------ Bellmere, MN: airport blocks, related reports
AIR_TYPES = [("Unruly passenger at gate", "gate", True), ("Prohibited item at checkpoint", "checkpoint", True),
             ("Unattended bag", "gate", False), ("Lost property - passenger claim", "claim", True),
             ("Medical assist on arriving flight", "gate", True), ("Disturbance aboard arriving flight", "gate", True),
             ("Theft from a passenger", "gate", False), ("Security door alarm", "gate", False),
             ("Vehicle unattended at curbside", "curb", False), ("Vehicle break-in in garage", "garage", False),
             ("Disorderly person at baggage claim", "claim", False), ("Hit and run in garage", "garage", False),
             ("Trespass in terminal after hours", "curb", False)]
CARRIERS = ["Northmere Air", "Calloway Airlines", "Tern Regional"]
PRIOR_WHY = [("Lost property", "original lost-property report"), ("Security door", "earlier alarm, same door"),
             ("Trespass", "earlier trespass warning"), ("Theft", "earlier theft, same area"),
             ("Unattended", "earlier report, same owner"), ("Prohibited", "earlier report, same passenger")]


def prior_why(typ, area):
    for start, why in PRIOR_WHY:
        if typ.startswith(start):
            return why
    return "prior incident, same vehicle" if area in ("curb", "garage") else "earlier report, same passenger"


def bellmere(d, r):
    agency = "Bellmere Regional Airport Police, MN [invented]"
    n = 46
    recs, num = [], 1400
    for t in stamps(r, datetime.datetime(2025, 11, 1), n, 30):
        num += r.randint(1, 9)
        typ, area, flown = r.choice(AIR_TYPES)
        rels = []
        flight = "none"
        if flown:
            fl = r.randint(12, 2980)
            flight = f"{r.choice(CARRIERS)} {fl}"
            rels.append(("flight", str(fl)))
        conc = r.choice("ABC")
        loc = {"gate": f"Concourse {conc}, gate {conc}{r.randint(1, 24)}",
               "checkpoint": f"Checkpoint {r.randint(1, 3)}, Terminal {r.choice('12')}",
               "claim": f"Baggage claim carousel {r.randint(1, 9)}",
               "curb": f"Terminal {r.choice('12')} curbside, door {r.randint(1, 8)}",
               "garage": f"Garage P{r.randint(1, 4)} level {r.randint(1, 5)}"}[area]
        prior = None
        if r.random() < 0.28:
            prior = (f"BAP-25-{r.randint(1010, 1390)}" if r.random() < 0.75 else f"BAP-24-{r.randint(2100, 3400)}")
            rels.append(("related_report", prior))
        disp = disp_for(r, typ, ["Referred to airline", "Removed from flight, released"] if flown else [])
        recs.append({"case_number": f"BAP-25-{num}", "reported_at": t.strftime("%m/%d/%Y %H:%M"), "type": typ,
                     "location": loc, "disposition": disp, "rel": rels, "flight": flight,
                     "prior": (prior, prior_why(typ, area)) if prior else None, "badge": r.randint(601, 648)})
    assert sum(1 for x in recs if x["prior"]) >= 4
    F, S, L, VX = "Helvetica", 9.5, 11.5, 150

    def header(k):
        return [(792 - 44, 40, "BELLMERE REGIONAL AIRPORT POLICE [invented]", "Helvetica-Bold", 13),
                (792 - 60, 40, "Incident reports, November 2025, airside and landside. Airport police desk "
                               "555-0117.", F, 9)]

    add, finish = paginate(header, lambda k, m: [(30, 40, f"Page {k} of {m}", F, 8)], 792 - 86, 50)
    for rec in recs:
        lines = [(40, None, F, S, 13), (40, "Report No.:", "Helvetica-Bold", 10.5, 0),
                 (VX, rec["case_number"], "Helvetica-Bold", 10.5, L + 1)]
        for lab, val in (("Received:", rec["reported_at"]), ("Nature:", rec["type"]), ("Location:", rec["location"]),
                         ("Flight:", rec["flight"]), ("Officer:", f"Badge {rec['badge']}")):
            lines += [(40, lab, F, S, 0), (VX, val, F, S, L)]
        if rec["prior"]:
            lines += [(40, "Related Report No.:", F, S, 0), (VX, f"{rec['prior'][0]} ({rec['prior'][1]})", F, S, L)]
        lines += [(40, "Disposition:", F, S, 0), (VX, rec["disposition"], F, S, L)]
        add(lines, gap=2)
    add([(40, None, F, S, 14), (40, f"Total reports this period: {n}", "Helvetica-Bold", 10, 14)])
    pages = [[(y + 4, x, t, f, s) if t is None else (y, x, t, f, s) for y, x, t, f, s in p] for p in finish()]
    path = d / "bellmere-airport-police-reports-2025-11.pdf"
    draw(path, letter, pages)
    for rec in recs:
        for k in ("flight", "prior", "badge"):
            rec.pop(k)
    return agency, [entry(path, agency, "monthly airport police incident reports", "labelled blocks", recs,
                          "One labelled block per report: bold `Report No.: BAP-25-1NNN`, then `Received:`, "
                          "`Nature:`, `Location:` (concourse and gate such as `B14`, checkpoint, carousel, garage "
                          "level), `Flight:` (carrier and flight number, or `none`), `Officer: Badge 6NN`, sometimes "
                          "`Related Report No.:`, then `Disposition:`. Trap: the `Related Report No.:` line prints an "
                          "earlier report's number in the same `BAP-YY-NNNN` format as the block's own id, under a "
                          "label that ends in the same words; it is a related number, not a record (none of those "
                          "reports is in this log). Flight numbers are related numbers. Ends `Total reports this "
                          "period: N`.",
                          "blocks counted by the generator; the closing line gives the total")]


# 3 ------------------------------------------------------------------ Port of Skerrow, ME: harbor narrative, updates
MARINA = ["Float C, Municipal Marina", "Float A, Municipal Marina", "the public landing"]
FISHPIER = ["Berth 7, Fish Pier", "Berth 9, Fish Pier", "Berth 3, Fish Pier"]
CONTAINER = ["Berth 22, Container Terminal", "Berth 24, Container Terminal"]
GATES = ["Terminal Gate 3", "Terminal Gate 1"]
HARBOR_TYPES = [  # type, vessel kind, places, dispositions, follow-up text (None: never followed up)
    ("trespass aboard a vessel", "small", MARINA + FISHPIER, ["trespass warning issued", "arrest", "report taken"],
     "the owner came to the harbor office and gave a statement"),
    ("theft of an outboard motor", "small", MARINA, ["report taken", "referred to detectives"],
     "the stolen motor was recovered at Float A and returned to the owner"),
    ("a fuel spill at the fuel dock", "fish", ["the fuel dock, Fish Pier"],
     ["referred to the harbormaster", "report taken"], "the cleanup contractor reported the boom removed"),
    ("a vessel taking on water", "small", MARINA, ["owner notified", "assisted the fire department"],
     "the owner had the vessel hauled out"),
    ("an unauthorized mooring", "small", MARINA + ["Anchorage B"], ["citation issued", "owner notified"],
     "the owner moved the vessel and paid the mooring fee"),
    ("a disorderly person on the pier", None, ["the Fish Pier head", "Ferry slip 2 waiting area"],
     ["arrest", "trespass warning issued", "gone on arrival"], None),
    ("damage to a float", "fish", FISHPIER, ["report taken", "owner notified"],
     "a damage estimate was received from the harbormaster"),
    ("a suspicious person at the terminal gate", None, GATES, ["unfounded", "trespass warning issued",
                                                               "gone on arrival"],
     "the subject was identified from gate camera footage and the report supplemented"),
    ("a stowaway report", "ship", CONTAINER, ["report taken", "subject turned over to federal officers"],
     "the vessel's agent confirmed the transfer of the stowaway"),
    ("a person in the water", None, ["the Fish Pier head", "Ferry slip 2", "Float C, Municipal Marina"],
     ["rescued, EMS transported", "rescued, refused medical aid"], None),
    ("a credential violation at the terminal gate", None, GATES, ["citation issued", "entry refused",
                                                                  "trespass warning issued"], None),
    ("fishing from a restricted pier", None, ["the cruise berth walkway", "the Fish Pier head"],
     ["warning given", "citation issued"], None),
    ("a vessel striking the pier", "ship", CONTAINER + ["Ferry slip 2"], ["report taken",
                                                                         "referred to the harbormaster"],
     "the vessel's agent confirmed repairs and the berth was reopened"),
    ("two vessels in contact in the anchorage", "two", ["Anchorage B", "the turning basin"],
     ["report taken", "referred to the harbormaster"], "statements were taken from both masters"),
]
SHIPS = ["M/V Corran Bay", "M/V Halden Star", "M/V Pell Island", "M/V Ostry Trader", "T/V Kelso Point"]
BOATS = ["F/V Sea Wren", "F/V Marigold Ann", "F/V Kittiwake", "F/V Lucy Belle", "F/V Three Sisters", "F/V Petrel"]
SMALL = ["a 21-ft skiff", "a 30-ft sailboat", "a 17-ft runabout", "a 24-ft lobster boat", "a 19-ft center console"]


def skerrow(d, r):
    agency = "Port of Skerrow Harbor Police, ME [invented]"
    n = 58
    recs, num = [], 400

    def vessel(kind):
        if kind == "ship":
            imo = f"IMO {r.randint(9100000, 9899999)}"
            return f"the {r.choice(SHIPS)}, {imo}", [("imo", imo)]
        if kind == "fish":
            doc = str(r.randint(1010000, 1299999))
            return f"the {r.choice(BOATS)}, USCG Doc. No. {doc}", [("uscg_doc", doc)]
        reg = f"ME {r.randint(1000, 9999)} {r.choice('ABCDEFGHJK')}{r.choice('ABCDEFGHJK')}"
        return f"{r.choice(SMALL)}, registration {reg}", [("state_registration", reg)]

    for t in stamps(r, datetime.datetime(2025, 11, 3), n, 7):
        num += r.randint(1, 5)
        typ, kind, places, disps, follow = r.choice(HARBOR_TYPES)
        rels, vs = [], ""
        if kind == "two":
            a, ra = vessel("ship")
            b, rb = vessel(r.choice(["fish", "small"]))
            rels, vs = ra + rb, f" Vessels involved: {a}, and {b}."
        elif kind:
            a, rels = vessel(kind)
            vs = f" Vessel involved: {a}."
        recs.append({"case_number": f"25-H-0{num}", "reported_at": f"{t.strftime('%H%M')} hrs on Nov {t.day}",
                     "type": typ, "location": r.choice(places), "disposition": r.choice(disps), "rel": rels,
                     "t": t, "vs": vs, "unit": r.randint(1, 4), "badge": r.randint(201, 236), "follow": follow})
    days = {}
    for rec in recs:
        days.setdefault(rec["t"].date(), []).append(["rec", rec])
    dl = sorted(days)
    for rec in r.sample([x for x in recs if x["t"].date() < dl[-1] and x["follow"]], 6):
        later = r.choice([x for x in dl if x > rec["t"].date()])
        days[later].insert(r.randint(0, len(days[later])), ["upd", rec])
    F, S, L, W = "Times-Roman", 10.5, 13.5, 530

    def header(k):
        return [(792 - 46, 40, "Port of Skerrow Harbor Police [invented]", "Times-Bold", 14),
                (792 - 62, 40, "Harbor patrol shift narrative, week of November 3, 2025. Piers, marina, terminal "
                               "gates and anchorage. Harbor office 555-0146.", "Times-Italic", 10)]

    add, finish = paginate(header, lambda k, m: [(32, 40, f"- {k} -", F, 9)], 792 - 92, 52)
    nupd = 0
    for day in dl:
        add([(40, f"{day.strftime('%A, %B')} {day.day}, {day.year}", "Times-Bold", 12, 17)], gap=2)
        for kind, rec in days[day]:
            if kind == "upd":
                nupd += 1
                txt = (f"Update, Harbor case {rec['case_number']} (Nov {rec['t'].day}): "
                       f"{rec['follow']}. No new case.")
            else:
                txt = (f"At {rec['reported_at']}, Harbor Unit {rec['unit']} (Badge {rec['badge']}) responded to "
                       f"{rec['location']} for {rec['type']}.{rec['vs']} Harbor case {rec['case_number']} opened. "
                       f"Disposition: {rec['disposition']}.")
            add([(40, ln, F, S, L) for ln in wrap(txt, F, S, W)], keep=False, gap=5)
    add([(40, f"Harbor cases opened this week: {n}. Updates to earlier cases: {nupd}.", "Times-Bold", 11, 14)])
    pages = finish()
    path = d / "port-of-skerrow-harbor-narrative-2025-11-03-09.pdf"
    draw(path, letter, pages)
    for rec in recs:
        for k in ("t", "vs", "unit", "badge", "follow"):
            rec.pop(k)
    return agency, [entry(path, agency, "weekly harbor patrol shift narrative", "free text", recs,
                          "Prose paragraphs under day headings: `At 0214 hrs on Nov 4, Harbor Unit 2 (Badge 2NN) "
                          "responded to Berth 7, Fish Pier for <type>. Vessel involved: the F/V ..., USCG Doc. No. "
                          "1NNNNNN. Harbor case 25-H-0NNN opened. Disposition: ...`. Vessel numbers (IMO numbers, "
                          "USCG documentation numbers, state registrations `ME NNNN AB`) are related numbers; berth, "
                          "float, slip and gate numbers are places. Trap: paragraphs `Update, Harbor case 25-H-0NNN "
                          "(Nov 4): ... No new case.` print the number of a case opened on an earlier day of this log "
                          "again; they are not new records. Paragraphs break across pages. Ends `Harbor cases opened "
                          "this week: N. Updates to earlier cases: U.`",
                          "paragraphs counted by the generator; the closing line gives the total")]


# 4 ------------------------------------------------------------------ Sandral Valley, AZ: bus items numbered per route
ROUTES = [(3, "Larkspur Crosstown"), (8, "Depot Square / Eastgate"), (11, "Pewter Avenue Local"),
          (19, "Quarry Lane Express"), (24, "Riverside Loop"), (40, "Airport Connector"), (62, "Harbin Road Night Owl")]
BUS_ITEM_TYPES = ["Fare evasion, refused fare", "Fare evasion, refused fare", "Operator assaulted",
                  "Disorderly passenger", "Fight at the stop", "Vandalism to bus interior", "Theft from a passenger",
                  "Medical assist on board", "Passenger struck by closing door", "Weapon displayed on board",
                  "Passenger refused to exit at end of line", "Graffiti at the shelter"]
AVES = ["1st St", "4th St", "9th St", "12th St", "Central Ave", "Mesa Ave", "Depot Sq"]


def sandral(d, r):
    agency = "Sandral Valley Transit District Police, AZ [invented]"
    n = 70
    recs, num, cit = [], 30400, 1045500
    for t in stamps(r, datetime.datetime(2025, 11, 10), n, 14, 270, 1440):
        num += r.randint(1, 7)
        typ = r.choice(BUS_ITEM_TYPES)
        bus = r.randint(1401, 1468)
        rels = [("bus", str(bus))]
        if typ.startswith("Fare evasion"):
            cit += r.randint(1, 40)
            rels.append(("fare_citation", f"F-{cit}"))
            disp = r.choice(["Cited and released", "Cited, removed from bus"])
        else:
            disp = disp_for(r, typ)
        recs.append({"case_number": f"SV25-0{num}", "reported_at": t.strftime("%m/%d/%Y %H:%M"), "type": typ,
                     "location": f"stop {r.randint(1001, 4999)} ({r.choice(STREETS)} Ave & {r.choice(AVES)})",
                     "disposition": disp, "rel": rels, "route": r.choice(ROUTES), "badge": r.randint(401, 466)})
    by_route = {rt: [x for x in recs if x["route"] == rt] for rt in ROUTES}
    assert all(by_route.values())
    recs = [x for rt in ROUTES for x in by_route[rt]]  # document order: by route, then time
    F, S, L, W = "Helvetica", 9.5, 12.5, 480

    def header(k):
        return [(792 - 46, 40, "SANDRAL VALLEY TRANSIT DISTRICT POLICE [invented]", "Helvetica-Bold", 13),
                (792 - 62, 40, "Bus system incident summary by route, November 10-23, 2025. Items numbered within "
                               "each route. Dispatch 555-0159.", F, 9.5)]

    add, finish = paginate(header, lambda k, m: [(30, 40, f"SVTD Police bus incidents - page {k} of {m}", F, 8)],
                           792 - 92, 50)
    for (rn, name), items in by_route.items():
        add([(40, f"ROUTE {rn} \u2014 {name.upper()}", "Helvetica-Bold", 11, 17)], gap=2)
        for i, rec in enumerate(items, 1):
            txt = (f"{rec['case_number']} \u2014 {rec['reported_at']}. Bus {rec['rel'][0][1]} at {rec['location']}. "
                   f"{rec['type']}. Officer Badge {rec['badge']} responded.")
            if len(rec["rel"]) > 1:
                txt += f" Fare citation {rec['rel'][1][1]} issued."
            txt += f" Disposition: {rec['disposition']}."
            add([(40, f"{i}.", F, S, 0)] + [(62, ln, F, S, L) for ln in wrap(txt, F, S, W)], keep=False, gap=4)
        add([(62, f"Route {rn} total: {len(items)} incidents", "Helvetica-Oblique", 9, 18)])
    add([(40, f"Period total: {n} incidents on {len(ROUTES)} routes", "Helvetica-Bold", 10.5, 14)])
    pages = finish()
    path = d / "sandral-valley-bus-incidents-by-route-2025-11-10-23.pdf"
    draw(path, letter, pages)
    for rec in recs:
        for k in ("route", "badge"):
            rec.pop(k)
    return agency, [entry(path, agency, "two-week bus system incident summary by route", "numbered paragraphs", recs,
                          "Route sections `ROUTE 8 \u2014 DEPOT SQUARE / EASTGATE`, each with numbered items `1. "
                          "SV25-03NNNN \u2014 MM/DD/YYYY HH:MM. Bus 14NN at stop NNNN (<street> Ave & <street>). "
                          "<type>. Officer Badge 4NN responded. Fare citation F-1045NNN issued. Disposition: ...`, "
                          "then `Route R total: K incidents`. Trap: the item numbering starts again at 1 under each "
                          "route, so item numbers repeat and the last item number is not the count; route, bus and "
                          "stop numbers share the item. Records are in route order, then time. Bus numbers and fare "
                          "citations are related numbers. Ends `Period total: N incidents on 7 routes`.",
                          "items counted by the generator; route totals and the period total agree")]


# 5 ------------------------------------------------------------------ Aldous Bay, MA: train-run sheets
LINE_STATIONS = [("HVR", "Haverly"), ("WLM", "Wilmot"), ("PKS", "Parkside"), ("BRK", "Brookfield Ctr"),
                 ("UNS", "Union Square")]
RAIL5_TYPES = ["Fare evasion - refused to pay", "Fare evasion - refused to pay", "Fare evasion - invalid pass",
               "Disorderly passenger", "Assault on conductor", "Theft of bag", "Medical assist", "Smoking in car",
               "Trespasser on platform", "Vandalism to seat", "Intoxicated passenger"]


def aldous(d, r):
    agency = "Aldous Bay Commuter Rail Police, MA [invented]"
    n = 63
    first = datetime.date(2025, 11, 17)
    runs = []
    for day in range(7):
        date = first + datetime.timedelta(days=day)
        for j in range(10):
            tn = 401 + j
            inbound = tn % 2 == 1
            dep = datetime.datetime.combine(date, datetime.time(5, 10)) + datetime.timedelta(
                minutes=95 * j + r.randint(0, 20))
            cars = sorted(r.sample(range(7101, 7160), r.randint(4, 6)))
            runs.append({"date": date, "train": tn, "inbound": inbound, "dep": dep,
                         "arr": dep + datetime.timedelta(minutes=74), "cars": cars, "incs": [], "sees": []})
    recs, num, cit = [], 11000, 44100
    picks = sorted((ri, runs[ri]["dep"] + datetime.timedelta(minutes=r.randint(3, 70)))
                   for ri in r.choices(range(len(runs)), k=n))
    for ri, t in picks:
        run = runs[ri]
        num += r.randint(1, 6)
        typ = r.choice(RAIL5_TYPES)
        code, name = r.choice(LINE_STATIONS[1:4])
        car = r.choice(run["cars"])
        rels = [("car", str(car))]
        if typ.startswith("Fare evasion") or typ == "Smoking in car":
            cit += r.randint(1, 30)
            rels.append(("fare_citation", f"FX-00{cit}"))
        disp = (r.choice(["Cited, removed at " + code, "Cited and released"]) if len(rels) > 1 else
                disp_for(r, typ, ["Removed at " + code]))
        rec = {"case_number": f"ABR25-{num}", "reported_at": t.strftime("%m/%d %H:%M"), "type": typ,
               "location": f"{code} {name}", "disposition": disp, "rel": rels, "car": car, "code": code}
        run["incs"].append(rec)
        recs.append(rec)
    # passengers followed onto a later train of the same day: a `see` line under that train
    cands = [(i, x) for i, run in enumerate(runs) for x in run["incs"]
             if x["type"].startswith(("Fare evasion", "Disorderly", "Intoxicated")) and runs[i]["train"] < 410]
    for i, x in r.sample(cands, 5):
        later = runs[r.randint(i + 1, i + 10 - (runs[i]["train"] - 401) - 1)]
        later["sees"].append((x, runs[i]["train"]))
    F, S = "Helvetica", 8
    size = landscape(letter)
    icols = [52, 118, 178, 228, 310, 450, 515]

    def header(k):
        return [(612 - 38, 36, "ALDOUS BAY COMMUTER RAIL POLICE [invented] - TRAIN RUN SHEETS, NORTHLINE, "
                               "NOVEMBER 17-23, 2025", "Helvetica-Bold", 12),
                (612 - 53, 36, "One entry per train run with its consist; incidents on the run listed beneath "
                               "(incident, reported, car, station, offense, citation, action). Police desk "
                               "555-0181.", F, 8.5)]

    add, finish = paginate(header, lambda k, m: [(26, 36, f"Run sheets - page {k} of {m}", F, 7.5)], 612 - 78, 46)
    cur = None
    nsee = 0
    for run in runs:
        if run["date"] != cur:
            cur = run["date"]
            add([(36, cur.strftime("%A %m/%d/%Y").upper(), "Helvetica-Bold", 10, 15)], gap=2)
        a, b = (LINE_STATIONS[0], LINE_STATIONS[-1]) if run["inbound"] else (LINE_STATIONS[-1], LINE_STATIONS[0])
        lines = [(36, f"TRAIN {run['train']}", "Helvetica-Bold", S, 0),
                 (90, "Northline " + ("inbound" if run["inbound"] else "outbound"), F, S, 0),
                 (170, f"Dep. {a[0]} {run['dep'].strftime('%H:%M')}", F, S, 0),
                 (240, f"Arr. {b[0]} {run['arr'].strftime('%H:%M')}", F, S, 0),
                 (310, f"Consist: {' '.join(str(c) for c in run['cars'])} ({len(run['cars'])} cars)", F, S, 11.5)]
        for rec in run["incs"]:
            vals = [rec["case_number"], rec["reported_at"], f"Car {rec['car']}", rec["location"], rec["type"],
                    next((x for k, x in rec["rel"] if k == "fare_citation"), ""), rec["disposition"]]
            lines += [(x, v, F, S, 0) for x, v in zip(icols, vals) if v] + [(0, "", F, S, 11)]
        if not run["incs"]:
            lines.append((52, "No new incidents on this run.", "Helvetica-Oblique", S, 11))
        for x, tn in run["sees"]:
            nsee += 1
            lines.append((52, f"see {x['case_number']} (Train {tn}): subject boarded this train at {x['code']} and "
                              f"was removed at {b[0]}", "Helvetica-Oblique", S, 11))
        add(lines, gap=3)
    add([(36, f"Week total: {len(runs)} runs, {n} incidents, {nsee} cross-references", "Helvetica-Bold", 10, 14)])
    pages = [[it for it in p if it[2] != ""] for p in finish()]
    path = d / "aldous-bay-train-run-sheets-2025-11-17-23.pdf"
    draw(path, size, pages)
    for rec in recs:
        for k in ("car", "code"):
            rec.pop(k)
    return agency, [entry(path, agency, "weekly commuter rail train-run sheets",
                          "other: train-run sheets (a header line per train run with its consist, incidents "
                          "beneath, cross-reference lines)", recs,
                          "Landscape, by day (`MONDAY 11/17/2025`), then one bold header line per train run: `TRAIN "
                          "403  Northline inbound  Dep. HVR 06:05  Arr. UNS 07:19  Consist: 7104 7118 7133 7140 (4 "
                          "cars)`, the run's incidents beneath it, one line each (`ABR25-1NNNN`, reported `11/17 "
                          "06:41`, `Car 71NN`, station `WLM Wilmot`, offense, citation `FX-0044NNN`, action), or "
                          "`No new incidents on this run.`. Train numbers repeat every day. Trap: a passenger followed "
                          "onto a later train prints a line `see ABR25-1NNNN (Train 403): subject boarded this train "
                          "at WLM and was removed at UNS` under that later run, repeating an earlier incident's number "
                          "(no new record); the consist lines are runs of four-digit car numbers. The car and citation "
                          "of each incident are related numbers; the train number is printed only in the run header. Ends `Week total: R runs, N incidents, X "
                          "cross-references`.",
                          "incident lines counted by the generator; the closing line gives the total")]


AGENCIES = [("corliss-valley-or-rtp", 1, corliss), ("bellmere-mn-airport-pd", 2, bellmere),
            ("port-of-skerrow-me-hp", 3, skerrow), ("sandral-valley-az-tdp", 4, sandral),
            ("aldous-bay-ma-crp", 5, aldous)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        _, gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
