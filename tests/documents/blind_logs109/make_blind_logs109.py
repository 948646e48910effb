"""Generate a held-out set of non-police city incident logs (blind_logs109).

Five city departments answering an incident-log request: a code-enforcement case log whose
inspections and follow-up visits are printed as indented sub-rows under their case; an animal-services
activity log in labelled blocks with follow-up visit blocks interleaved in time order; a park-ranger
activity report in numbered paragraphs under day headings, where only paragraphs closing with a
ranger report number are incidents; a harbor-patrol log whose record takes two or more printed
lines, whose log number follows the date and time and which carries shift-change rows without a number; a city IT
department's security incident log after a data breach, in ticket-export blocks with service-desk
ticket numbers called `INC...`, work orders and a parent-incident reference. Every agency, place,
number and record is invented; no person is named. Output is deterministic: fixed seeds, reportlab
invariant mode. Run:
    python tests/documents/blind_logs109/make_blind_logs109.py [OUT_DIR]
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
SEED = 20261209
STREETS = ["Fenwick Rd", "Alder Ct", "Marlow Ave", "Quill St", "Tessaly Way", "Brannock Dr", "Osgood Ln",
           "Pellam St", "Wicker Ave", "Corliss Rd", "Hatchet Pl", "Danver St", "Greave Ave", "Lomond Ct"]


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


def draw_pages(path, size, pages, header, footer_left, font="Courier", fsize=8.0, lh=10.5):
    """pages: list of list of lines; a line is a str (drawn at x=36) or a list of (x, str)."""
    c = new_canvas(path, size)
    w, h = size
    n = len(pages)
    for i, lines in enumerate(pages, 1):
        y = h - 40
        for x, text, f, s in header:
            c.setFont(f, s)
            c.drawString(x, y, text)
            y -= s + 4
        y -= 4
        c.setFont(font, fsize)
        for line in lines:
            for x, text in ([(36, line)] if isinstance(line, str) else line):
                c.drawString(x, y, text)
            y -= lh
        c.setFont("Helvetica", 7.5)
        c.drawString(36, 26, footer_left)
        c.drawRightString(w - 36, 26, f"Page {i} of {n}")
        c.showPage()
    c.save()


def paginate(groups, per_page, head_lines=()):
    """groups: list of line lists kept together; head_lines repeat at the top of every page."""
    pages, cur = [], list(head_lines)
    for g in groups:
        if len(cur) + len(g) > per_page and len(cur) > len(head_lines):
            pages.append(cur)
            cur = list(head_lines)
        cur += g
    pages.append(cur)
    return pages


def wrap(text, width):
    chunks, cur = [], ""
    for wd in text.split():
        if cur and len(cur) + len(wd) + 1 > width:
            chunks.append(cur)
            cur = wd
        else:
            cur = (cur + " " + wd).strip()
    chunks.append(cur)
    return chunks


def entry(path, agency, doc_type, layout, recs, fields, notes, count_check):
    n = len(recs)
    samples = []
    for i in (0, n // 2, n - 1):
        s = {"case_number": recs[i]["case_number"]}
        s.update({k: recs[i][k] for k in fields if k in recs[i]})
        samples.append(s)
    return {
        "file": path.name, "source_repo": "generated", "commit": "generated", "path": "generated",
        "git_blob": "generated", "generator": f"make_blind_logs109.py (seed {SEED} + agency number)",
        "sha256": sha(path), "bytes": path.stat().st_size,
        "pages": pdf_pages(path), "agency": agency, "document_type": doc_type, "layout": layout,
        "scanned": False, "encrypted": False, "text_layer": "good", "record_count": n,
        "case_numbers": [rec["case_number"] for rec in recs],
        "related_numbers": [{"record": rec["case_number"], "kind": k, "number": num}
                            for rec in recs for k, num in rec["rel"]],
        "fields_present": ["case_number"] + fields, "sample_records": samples,
        "case_numbers_source": "written by the generator (make_blind_logs109.py) from the records it drew; "
                               "checked by check_blind_logs109.py against `pdftotext -layout` text",
        "record_count_check": count_check, "notes": notes,
    }


# 1 ------------------------------------------------------------------ Varrow code enforcement: sub-rows
VIOL = ["Tall grass / weeds over 10 in.", "Junk vehicle on premises", "Trash and debris in yard",
        "Unpermitted fence", "Peeling paint / exterior surfaces", "Broken windows - vacant structure",
        "Illegal dumping", "Overgrown vegetation blocking sidewalk", "Unsafe accessory structure",
        "Rodent harborage", "Inoperable vehicle in driveway", "Sign without permit", "Roof in disrepair",
        "Unsecured vacant building", "Open storage of tires", "Graffiti not removed"]
CE_STATUS = ["Open - compliance due", "Closed - complied", "Closed - unfounded", "NOV issued",
             "Referred to City Attorney", "Abated by City contractor - lien filed", "Open - re-inspection set"]
INSP_KIND = ["Initial inspection", "Re-inspection", "Follow-up visit", "Final inspection"]
INSP_RES = ["Violation confirmed; NOV mailed", "Not in compliance", "Partial compliance", "In compliance",
            "No violation observed", "Owner not home; door hanger left", "Work in progress"]


def varrow(d, r):
    agency = "City of Varrow Code Enforcement Division, OH [invented]"
    gt = []
    case_no, cp_no, ins_no = 1412, 1388, 3300
    for fname, month, n in [("varrow-code-enforcement-case-log-2025-08.pdf", 8, 58),
                            ("varrow-code-enforcement-case-log-2025-09.pdf", 9, 63)]:
        recs, groups, ninsp, ncp = [], [], 0, 0
        for t in stamps(r, datetime.datetime(2025, month, 1), n, 30):
            case_no += r.randint(1, 3)
            cp_no += r.randint(1, 3)
            ncp += 1
            rec = {"case_number": f"CE25-{case_no:05d}", "reported_at": t.strftime("%m/%d/%Y"),
                   "location": f"{r.randint(100, 4999)} {r.choice(STREETS)}", "type": r.choice(VIOL),
                   "rel": []}
            cp = f"CP25-{cp_no:05d}"
            rec["rel"].append(("complaint_number", cp))
            apn = f"{r.randint(10, 99):03d}-{r.randint(10, 99)}-{r.randint(100, 999):04d}"
            g = [None]
            row = (f"{rec['case_number']:<12}{cp:<12}{rec['reported_at']:<12}{rec['location']:<22}{apn:<14}"
                   f"{rec['type']:<40}")
            day = t
            for j in range(r.choice([1, 1, 2, 2, 3])):
                day = day + datetime.timedelta(days=r.randint(1, 9) if j == 0 else r.randint(7, 21))
                ins_no += r.randint(1, 2)
                ninsp += 1
                kind = INSP_KIND[0] if j == 0 else r.choice(INSP_KIND[1:])
                num = f"INS25-{ins_no:05d}"
                rec["rel"].append(("inspection_number", num))
                res = r.choice(INSP_RES)
                g.append(f"{'':<12}{day.strftime('%m/%d/%Y'):<12}{num:<14}{kind:<20}{res:<36}"
                         f"Insp. {r.randint(11, 19)}")
            if res == "In compliance":
                rec["disposition"] = "Closed - complied"
            elif res == "No violation observed":
                rec["disposition"] = "Closed - unfounded" if j == 0 else "Closed - complied"
            else:
                rec["disposition"] = r.choice([x for x in CE_STATUS if not x.startswith("Closed")])
            g[0] = row + rec["disposition"]
            if r.random() < 0.15:
                cp_no += 1
                ncp += 1
                extra = f"CP25-{cp_no:05d}"
                rec["rel"].append(("complaint_number", extra))
                g.append(f"{'':<12}Add'l complaint {extra} received {(day + datetime.timedelta(days=2)).strftime('%m/%d/%Y')}"
                         f" - same property, added to this case")
            recs.append(rec)
            groups.append(g)
        groups.append(["", f"Cases opened this month: {n}    Inspections recorded: {ninsp}    "
                           f"Complaints received: {ncp}"])
        head = [f"{'Case No.':<12}{'Complaint':<12}{'Opened':<12}{'Address':<22}{'Parcel':<14}{'Violation':<40}Status",
                f"{'':<12}{'Visit date':<12}{'Inspection':<14}{'Visit type':<20}{'Result':<36}Inspector",
                "=" * 124]
        pages = paginate(groups, 44, head)
        mname = datetime.date(2025, month, 1).strftime("%B %Y")
        header = [(36, "CITY OF VARROW - DEPARTMENT OF NEIGHBORHOOD SERVICES [invented]", "Helvetica-Bold", 11),
                  (36, f"Code Enforcement Case Log - cases opened {mname} - with inspection history - "
                       "Code Enforcement 555-0131", "Helvetica", 9)]
        path = d / fname
        draw_pages(path, landscape(letter), pages, header,
                   "CE-CASELOG  Provided in response to a records request for incident logs", fsize=7.6, lh=10)
        gt.append(entry(path, agency, "code enforcement case log with inspection history (month)",
                        "table with header", recs, ["reported_at", "location", "type", "disposition"],
                        "Landscape table, two header rows repeated per page: the case row (`Case No.`, "
                        "`Complaint`, `Opened`, address, parcel number, violation, status) and the indented "
                        "visit sub-rows under it (visit date, `INS25-NNNNN` inspection number, visit type, result, "
                        "inspector). Inspections, re-inspections, follow-up visits and final inspections are not "
                        "new records; neither are `Add'l complaint CP25-NNNNN received ... added to this case` lines. "
                        "Complaint numbers `CP25-NNNNN` sit right beside case numbers `CE25-NNNNN` with the same "
                        "shape; complaint and inspection numbers are related. Parcel numbers `0NN-NN-0NNN` are "
                        "not listed. Ends `Cases opened this month: N    Inspections recorded: M    Complaints "
                        "received: K`.", "case rows counted by the generator; first page counted on the page"))
    return gt


# 2 ------------------------------------------------------------------ Halvern animal services: blocks
ANIMAL_TYPES = ["Dog at large", "Dog bite - human", "Barking dog complaint", "Injured wildlife",
                "Stray cat confined", "Animal cruelty / neglect", "Dead animal pickup", "Aggressive dog",
                "Animal left in vehicle", "Livestock at large", "Bat in residence", "Owner surrender request"]
ANIMALS = ["Dog, brown/white", "Dog, black", "Cat, grey tabby", "Dog, brindle", "Raccoon", "Cat, orange",
           "Goat, white", "Bat", "Dog, tan", "Deer, adult"]
ANIMAL_FOR = {"Stray cat confined": ["Cat, grey tabby", "Cat, orange", "Cat, black/white"],
              "Injured wildlife": ["Raccoon", "Deer, adult", "Hawk", "Opossum"], "Bat in residence": ["Bat"],
              "Livestock at large": ["Goat, white", "Horse, bay", "Sheep (2)"],
              "Dead animal pickup": ["Raccoon", "Deer, adult", "Cat, orange", "Opossum"],
              "Owner surrender request": ["Dog, tan", "Cat, grey tabby", "Cat, black/white"],
              "Animal cruelty / neglect": ["Dog, black", "Horse, bay", "Dog, brindle"]}
for _k in ["Dog at large", "Dog bite - human", "Barking dog complaint", "Aggressive dog", "Animal left in vehicle"]:
    ANIMAL_FOR[_k] = ["Dog, brown/white", "Dog, black", "Dog, brindle", "Dog, tan"]
_dog = ["Returned to owner", "Impounded", "Unable to locate", "Warning issued", "Education provided"]
OUTCOME_FOR = {"Dog at large": _dog, "Aggressive dog": _dog, "Dog bite - human": ["Quarantine ordered", "Impounded"],
               "Barking dog complaint": ["Warning issued", "Education provided", "Unable to locate"],
               "Stray cat confined": ["Impounded", "Returned to owner"],
               "Injured wildlife": ["Referred to wildlife rehabilitator", "Unable to locate", "Euthanized - injuries"],
               "Dead animal pickup": ["Carcass removed"], "Bat in residence": ["Bat removed, sent for testing",
                                                                              "Education provided"],
               "Livestock at large": ["Returned to owner", "Impounded"],
               "Animal cruelty / neglect": ["Warning issued", "Impounded", "Referred to City Attorney"],
               "Owner surrender request": ["Impounded", "Education provided"],
               "Animal left in vehicle": ["Unable to locate", "Warning issued", "Impounded", "Owner located"]}


def halvern(d, r):
    agency = "City of Halvern Animal Services, WA [invented]"
    recs, events = [], []
    act, imp, cit, nfu = 4510, 410, 1180, 0
    for t in stamps(r, datetime.datetime(2025, 9, 1), 78, 30):
        act += r.randint(1, 4)
        rec = {"case_number": f"A25-{act:06d}", "reported_at": t.strftime("%m/%d/%Y %H:%M"),
               "type": r.choice(ANIMAL_TYPES), "location": f"{r.randint(1, 49)}00 block {r.choice(STREETS)}",
               "rel": []}
        outcome = r.choice(OUTCOME_FOR[rec["type"]])
        if outcome == "Impounded":
            imp += 1
            outcome = f"Impounded - Impound No. IMP25-{imp:04d}"
            rec["rel"].append(("impound_number", f"IMP25-{imp:04d}"))
        rec["disposition"] = outcome
        animal = r.choice(ANIMAL_FOR.get(rec['type'], ANIMALS))
        tag = ""
        if animal.startswith("Dog") and r.random() < 0.5:
            tag = f"L25-{r.randint(10000, 39999)}"
            rec["rel"].append(("license_tag", tag))
        disp = t + datetime.timedelta(minutes=r.randint(5, 90))
        lines = [[(36, f"ACTIVITY {rec['case_number']}"), (300, f"Priority {r.randint(1, 4)}"),
                  (430, f"Source: {r.choice(['Phone', 'Online form', 'Police referral', 'Walk-in'])}")],
                 [(36, f"Received: {rec['reported_at']}"), (300, f"Dispatched: {disp.strftime('%H:%M')}")],
                 [(36, f"Activity Type: {rec['type']}")],
                 [(36, f"Address: {rec['location']}")],
                 [(36, f"Animal: {animal}" + (f"   License tag {tag}" if tag else ""))],
                 [(36, f"Officer: ACO Badge {r.randint(60, 69)}"), (300, f"Outcome: {rec['disposition']}")],
                 ""]
        events.append((t, lines))
        when = t
        for v in range(2, 2 + r.choice([0, 0, 0, 1, 1, 2])):
            when = (when + datetime.timedelta(days=r.randint(1, 5))).replace(hour=r.randint(8, 16),
                                                                          minute=r.randrange(0, 60, 5))
            nfu += 1
            res = r.choice(["Owner contacted; dog now confined", "No one home; notice posted",
                            "Quarantine check - animal healthy", "Conditions improved", "Fence repaired"])
            if r.random() < 0.35:
                cit += 1
                res += f"; citation C25-{cit:04d} issued"
                rec["rel"].append(("citation_number", f"C25-{cit:04d}"))
            events.append((when, [[(36, f"FOLLOW-UP VISIT to {rec['case_number']}"), (300, f"Visit {v}")],
                                  [(36, f"Date: {when.strftime('%m/%d/%Y %H:%M')}"),
                                   (300, f"Officer: ACO Badge {r.randint(60, 69)}")],
                                  [(36, f"Result: {res}")],
                                  ""]))
        recs.append(rec)
    events.sort(key=lambda e: e[0])
    groups = [lines for _, lines in events]
    groups.append([f"Activities received: {len(recs)}    Follow-up visits: {nfu}    "
                   f"Impounds: {sum(1 for x in recs if 'IMP25' in x['disposition'])}"])
    pages = paginate(groups, 58)
    header = [(36, "CITY OF HALVERN ANIMAL SERVICES [invented]", "Helvetica-Bold", 11),
              (36, "Field Activity Log - 09/01/2025 to 09/30/2025 - in time order - Shelter office 555-0152",
               "Helvetica", 9)]
    path = d / "halvern-animal-services-activity-log-2025-09.pdf"
    draw_pages(path, letter, pages, header, "Chameleon-style export, field activities and follow-ups",
               font="Helvetica", fsize=8.5, lh=11)
    # document order of first appearance = activity order, since follow-ups come after their activity
    return [entry(path, agency, "animal services field activity log (month)", "labelled blocks", recs,
                  ["reported_at", "type", "location", "disposition"],
                  "Labelled blocks in time order: `ACTIVITY A25-NNNNNN` blocks (received, dispatched, type, "
                  "address, animal, officer, outcome) are the records; `FOLLOW-UP VISIT to A25-NNNNNN` / "
                  "`Visit k` blocks, interleaved by their own date and often pages later, repeat an earlier "
                  "activity's number and are not new records. Impound numbers `IMP25-NNNN`, dog license tags "
                  "`L25-NNNNN` and citations `C25-NNNN` (issued on follow-up visits, listed under their "
                  "activity) are related. Ends `Activities received: N    Follow-up visits: M    Impounds: K`.",
                  "activity blocks counted by the generator")]


# 3 ------------------------------------------------------------------ Orlend park rangers: numbered paragraphs
PARKS = ["Ridgeline Trail trailhead lot", "Meadowbrook Park, east meadow", "Lakeshore Park boat launch",
         "Corran Creek Greenway at mile 2", "Fallow Hill Dog Park", "Osprey Point picnic shelter 3",
         "Sundell Sports Complex, field 4", "Kessler Arboretum north gate", "Lakeshore Park beach"]
RANGER_TYPES = ["Dog off leash", "Vehicle break-in", "Illegal campfire", "Vandalism to restroom",
                "Park closed - after-hours occupancy", "Lost child reunited", "Alcohol in park",
                "Injured hiker assisted", "Unpermitted vending", "Graffiti on shelter", "Drone launch without permit",
                "Disturbance between visitors", "Fishing without license", "Camping prohibited"]
ROUTINE = ["Routine foot patrol, no contacts.", "Restrooms checked and locked.", "Trail count posted: {n} visitors.",
           "Gate opened for maintenance crew.", "Signage replaced at kiosk.", "Assisted event staff with set-up, "
           "special event permit SE25-{p:04d} on file."]


def orlend(d, r):
    agency = "City of Orlend Parks and Recreation Department - Park Ranger Unit, CO [invented]"
    recs, lines = [], []
    rr, pc, pd = 310, 770, 4400
    day = datetime.date(2025, 8, 4)
    while len(recs) < 64:
        lines.append([(36, day.strftime("%A %m/%d/%Y").upper())])
        n = r.randint(3, 7)
        mins = sorted(r.sample(range(7 * 60, 21 * 60, 5), n))
        for k, m in enumerate(mins, 1):
            hhmm = f"{m // 60:02d}{m % 60:02d}"
            if r.random() < 0.58 and len(recs) < 64:
                rr += r.randint(1, 3)
                rec = {"case_number": f"RR25-{rr:04d}", "reported_at": f"{day.strftime('%m/%d/%Y')} {hhmm}",
                       "type": r.choice(RANGER_TYPES), "location": r.choice(PARKS), "rel": []}
                body = (f"{k}. {hhmm} hrs - {rec['type']} - {rec['location']}. Ranger {r.choice('ABCDEFG')}-"
                        f"{r.randint(2, 9)} responded; {r.choice(['two adults', 'one adult', 'a group of four', 'a juvenile with parent', 'the reporting party'])} contacted.")
                act = r.random()
                if act < 0.3:
                    pc += 1
                    disp = f"Park citation PC-25-{pc:04d} issued."
                    rec["rel"].append(("park_citation", f"PC-25-{pc:04d}"))
                elif act < 0.45:
                    pd += r.randint(1, 30)
                    disp = f"Referred to Orlend PD, PD case 25-{pd:06d}."
                    rec["rel"].append(("police_case", f"25-{pd:06d}"))
                elif act < 0.75:
                    disp = "Verbal warning given."
                else:
                    disp = "Cleared, no further action."
                rec["disposition"] = disp
                body += f" {disp} Ranger Report No. {rec['case_number']}."
                recs.append(rec)
            else:
                body = f"{k}. {hhmm} hrs - " + r.choice(ROUTINE).format(n=r.randint(40, 400), p=r.randint(80, 140))
            ch = wrap(body, 100)
            lines.append([(48, ch[0])])
            lines += [[(62, c)] for c in ch[1:]]
        lines.append("")
        day += datetime.timedelta(days=1)
    lines.append([(36, f"Ranger reports written this period: {len(recs)}")])
    pages = paginate([[x] for x in lines], 58)
    header = [(36, "CITY OF ORLEND PARKS AND RECREATION - PARK RANGER UNIT [invented]", "Helvetica-Bold", 11),
              (36, f"Ranger Activity Report, 08/04/2025 - {(day - datetime.timedelta(days=1)).strftime('%m/%d/%Y')}"
                   " - Ranger office 555-0176", "Helvetica", 9)]
    path = d / "orlend-park-ranger-activity-report-2025-08.pdf"
    draw_pages(path, letter, pages, header, "Ranger daily notes compiled by the Parks records clerk",
               font="Helvetica", fsize=8.5, lh=11)
    return [entry(path, agency, "park ranger activity report (daily numbered notes)", "numbered paragraphs", recs,
                  ["reported_at", "type", "location", "disposition"],
                  "Day headings (`MONDAY 08/04/2025`), then paragraphs numbered 1, 2, 3 ... again each day, "
                  "`k. HHMM hrs - type - place. text`, wrapped and indented, some running across a page break. "
                  "Only paragraphs that END with `Ranger Report No. RR25-NNNN.` are incidents; routine notes "
                  "(patrols, restroom checks, visitor counts, event set-up citing a permit `SE25-NNNN`) are not. "
                  "The record's number comes last, after park citations `PC-25-NNNN` and Orlend PD case numbers "
                  "`25-NNNNNN` (related). reported_at = the day heading's date + the paragraph's time. Ends "
                  "`Ranger reports written this period: N`.", "report-numbered paragraphs counted by the generator")]


# 4 ------------------------------------------------------------------ Calder Bay harbor patrol: two-line rows
HARBOR_TYPES = ["Vessel taking on water", "Vessel adrift", "Fuel sheen in slip", "Unauthorized live-aboard",
                "Dock line theft", "Swimmer in fairway", "Speeding in no-wake zone", "Fire alarm on vessel",
                "Grounding at channel marker 7", "Unregistered vessel at guest dock", "Sewage discharge complaint",
                "Injured person on dock", "Kayak overturned", "Dock gate forced"]
HARBOR_DISP = ["Pumped, owner notified", "Towed to guest dock", "Warning issued", "Cited, harbor code 17.24",
               "Referred to Calder Bay PD", "Spill kit deployed, county notified", "Assisted, no further action",
               "Gone on arrival", "Impounded vessel"]


def calder(d, r):
    agency = "City of Calder Bay Harbor Department - Harbor Patrol, CA [invented]"
    gt = []
    hp, ta = 331, 88
    for fname, month, n in [("calder-bay-harbor-patrol-log-2025-07.pdf", 7, 47),
                            ("calder-bay-harbor-patrol-log-2025-08.pdf", 8, 52)]:
        recs, lines = [], []
        events = [(t, "rec") for t in stamps(r, datetime.datetime(2025, month, 1), n, 31)]
        events += [(datetime.datetime(2025, month, dd, hh), "shift") for dd in range(1, 32, 3) for hh in (7,)]
        events.sort()
        for t, kind in events:
            if kind == "shift":
                lines.append([f"{t.strftime('%m/%d/%Y %H%M')}  {'-' * 10}  Shift change: Boat {r.randint(1, 3)} "
                              f"crew on, fuel {r.choice(['1/2', '3/4', 'full'])}, radio check OK"])
                continue
            hp += r.randint(1, 2)
            rec = {"case_number": f"HP-25-{hp:04d}", "reported_at": t.strftime("%m/%d/%Y %H%M"),
                   "location": f"Dock {r.choice('ABCDEF')}, slip {r.randint(1, 88)}" if r.random() < 0.7
                   else r.choice(["Main channel", "Fuel dock", "Guest dock", "Breakwater", "Launch ramp"]),
                   "type": r.choice(HARBOR_TYPES), "disposition": r.choice(HARBOR_DISP), "rel": []}
            reg = f"CF {r.randint(1000, 9999)} {r.choice('ABCDEFGHJK')}{r.choice('LMNPRSTUVW')}"
            rec["rel"].append(("vessel_registration", reg))
            vessel = f"\"{r.choice(['Sea Lark', 'Dorado', 'Miss Hattie', 'Tern', 'Blue Fin', 'Halcyon', 'Windy'])}\" {reg}"
            row = (f"{rec['reported_at']:<16}{rec['case_number']:<12}{rec['location']:<19}{vessel:<28}"
                   f"{rec['type']:<36}{rec['disposition']}")
            extra = ""
            if r.random() < 0.3:
                ta += 1
                extra = f" Tow/assist record TA-25-{ta:04d}."
                rec["rel"].append(("tow_assist_record", f"TA-25-{ta:04d}"))
            narr = (f"Boat {r.randint(1, 3)} on scene {r.randint(3, 25)} min after call; "
                    f"{r.choice(['owner aboard', 'no one aboard', 'reporting party on dock', 'two aboard'])}."
                    + extra)
            lines.append([row])
            for c in wrap(narr, 64):
                lines.append([f"{'':<16}{'':<12}   {c}"])
            recs.append(rec)
        lines.append([""])
        lines.append([f"Log entries this month: {n}    Shift changes: {sum(1 for _, k in events if k == 'shift')}"])
        head = [f"{'Date     Time':<16}{'Log No.':<12}{'Berth/Area':<19}{'Vessel / CF No.':<28}{'Nature':<36}Action taken",
                f"{'':<16}{'':<12}   Narrative", "-" * 128]
        pages = paginate(lines, 42, head)
        header = [(36, "CITY OF CALDER BAY - HARBOR DEPARTMENT - HARBOR PATROL [invented]", "Helvetica-Bold", 11),
                  (36, f"Harbor Patrol Log - {datetime.date(2025, month, 1).strftime('%B %Y')} - "
                       "Harbor Office 555-0190, VHF 16/12", "Helvetica", 9)]
        path = d / fname
        draw_pages(path, landscape(letter), pages, header, "HP-LOG  Harbor Patrol is a unit of the Harbor Department",
                   fsize=7.6, lh=10)
        gt.append(entry(path, agency, "harbor patrol log (month)", "table with header", recs,
                        ["reported_at", "location", "type", "disposition"],
                        "Landscape table, header repeated per page; each record takes two or more printed lines: "
                        "the row (date and time `MM/DD/YYYY HHMM`, log number `HP-25-NNNN` in the SECOND column, "
                        "berth or area, vessel name with its CF registration number `CF NNNN XY`, nature, action) "
                        "and its indented narrative below, which now and then is carried to the next page after "
                        "the repeated header. Shift-change rows (`----------  Shift change: Boat 2 crew on ...`) "
                        "have dates and times but no log number and are not records. CF numbers and tow/assist "
                        "records `TA-25-NNNN` in the narrative are related. Ends `Log entries this month: N    "
                        "Shift changes: S`.", "log rows counted by the generator"))
    return gt


# 5 ------------------------------------------------------------------ Penwick IT security incident log
SEC_TYPES = ["Phishing email reported", "Credential compromise", "Malware detected on endpoint",
             "Unauthorized data access", "Suspicious login - impossible travel", "Lost city laptop",
             "Data exposure - misaddressed email", "Ransomware indicator blocked", "MFA fatigue prompts",
             "Vendor account misuse", "Public records portal scraping", "Exfiltration alert"]
DEPTS = ["Finance - City Hall 3rd floor", "Utility Billing", "Parks and Recreation", "Clerk's Office",
         "Fire Administration", "Public Works yard", "Library - Main branch", "Human Resources", "Planning"]
SEC_STATUS = ["Closed - remediated", "Closed - false positive", "Closed - user retrained", "Open - monitoring",
              "Closed - account reset", "Referred to breach counsel"]


def penwick(d, r):
    agency = "City of Penwick Department of Information Technology, MN [invented]"
    recs, groups = [], []
    inc_ticket, wo = 45100, 1180
    sir = 6
    times = stamps(r, datetime.datetime(2025, 9, 14, 6), 51, 40)
    parent = None
    for i, t in enumerate(times):
        sir += 1 if i == 0 else r.randint(1, 2)
        typ = "Data breach - city network intrusion" if i == 0 else r.choice(SEC_TYPES)
        rec = {"case_number": f"SIR-2025-{sir:04d}", "reported_at": t.strftime("%Y-%m-%d %H:%M"),
               "type": typ, "location": r.choice(DEPTS),
               "disposition": "Open - investigation" if i == 0 else r.choice(SEC_STATUS), "rel": []}
        tickets = []
        for _ in range(r.choice([1, 1, 2, 3]) if i else 4):
            inc_ticket += r.randint(3, 40)
            tickets.append(f"INC00{inc_ticket}")
            rec["rel"].append(("service_desk_ticket", tickets[-1]))
        g = [[(36, f"Security Incident: {rec['case_number']}"),
              (330, f"Severity: {'1 - Critical' if i == 0 else r.choice(['2 - High', '3 - Moderate', '3 - Moderate', '4 - Low'])}")],
             [(36, f"Opened: {rec['reported_at']} CT"), (330, f"State: {rec['disposition']}")],
             [(36, f"Category: {rec['type']}")],
             [(36, f"Affected unit: {rec['location']}"),
              (330, f"Asset: {r.choice(['WS', 'LT', 'SRV', 'MBX'])}-{r.randint(1000, 1999)}")],
             [(36, f"Linked service-desk incidents: {', '.join(tickets)}")]]
        if parent:
            g.append([(36, f"Parent security incident: {parent} (September breach)")])
        wos = []
        if r.random() < 0.4 or i == 0:
            wo += r.randint(1, 4)
            wos.append(f"WO-25-{wo:04d}")
            rec["rel"].append(("work_order", wos[-1]))
            g.append([(36, f"Work order: {wos[-1]} ({r.choice(['reimage', 'replace drive', 'firewall rule', 'badge reader', 'account purge'])})")])
        g.append([(36, "Work notes:")])
        tt = t
        for k in range(r.randint(1, 3) if i else 14):
            tt += datetime.timedelta(minutes=r.randint(20, 900))
            note = r.choice([f"Updated {r.choice(tickets)} with containment steps.", "User contacted, password reset.",
                             "EDR scan clean.", "Mailbox rule removed.", "Logs preserved for counsel.",
                             "Notified Clerk for records retention hold.", "Firewall block applied.",
                             f"Vendor ticket opened, reference V-{r.randint(100000, 999999)}."])
            if k == 0 and wos:
                note = f"{wos[0]} dispatched to Field Services."
            g.append([(60, f"{tt.strftime('%Y-%m-%d %H:%M')}  {note}")])
        g.append([(36, "." * 120)])
        recs.append(rec)
        groups.append(g)
        if i == 0:
            parent = rec["case_number"]
    groups.append(["", f"Security incidents in this export: {len(recs)}"])
    # the breach record runs over two pages: pack lines one by one, not blocks
    pages = paginate([[x] for g in groups for x in g], 60)
    header = [(36, "CITY OF PENWICK - DEPARTMENT OF INFORMATION TECHNOLOGY [invented]", "Helvetica-Bold", 11),
              (36, "Information Security Incident Log - 09/14/2025 to 10/24/2025 - released in part; "
                   "IT Service Desk 555-0107", "Helvetica", 9)]
    path = d / "penwick-it-security-incident-log-2025-09-10.pdf"
    draw_pages(path, letter, pages, header, "Exported from the IT service management system; "
               "host names and IP addresses withheld", font="Helvetica", fsize=8.2, lh=10.5)
    return [entry(path, agency, "IT security incident log after a data breach (ticket export)", "labelled blocks",
                  recs, ["reported_at", "type", "location", "disposition"],
                  "Ticket-export blocks ruled off by dotted lines: `Security Incident: SIR-2025-NNNN` with "
                  "severity, `Opened: YYYY-MM-DD HH:MM CT`, state, category, affected unit and asset, then "
                  "`Linked service-desk incidents:` listing ticket numbers `INC00NNNNN` (called incidents, but "
                  "help-desk tickets: related), work orders `WO-25-NNNN` (related), and time-stamped work notes "
                  "that are updates, not records. The first record is the breach itself, with 14 work notes; "
                  "blocks are packed line by line, so some run across a page break; every later record names it again as `Parent security incident: "
                  "SIR-2025-0007`, so that id is printed once per record. Vendor references `V-NNNNNN` and asset "
                  "tags are not listed. Ends `Security incidents in this export: N`.",
                  "incident blocks counted by the generator")]


AGENCIES = [("varrow-oh-code-enforcement", 1, varrow), ("halvern-wa-animal-services", 2, halvern),
            ("orlend-co-park-rangers", 3, orlend), ("calder-bay-ca-harbor-patrol", 4, calder),
            ("penwick-mn-it-security", 5, penwick)]


def main():
    for name, k, fn in AGENCIES:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        gt = fn(d, random.Random(SEED + k))
        (d / "groundtruth.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
