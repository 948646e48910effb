"""Generated logs whose labels are short codes (see ``log_layouts``): what each code means
is printed once, in a key before the records."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from log_layouts_pages import flowed_lines


def coded_label_blocks_with_a_key(path: Path, n: int) -> Path:
    """Incident cards, Courier 8, two label pairs a line: a key first ("KEY TO LABELS:
    CASE# case number  OFN offence  RCV received  PLC place  RES result  UNIT unit  TXT
    details"), then per incident "CASE# 24-01000      OFN BURGLARY", "RCV 04/01/2024 10:09
    PLC 100 MAIN ST", "RES REPORT TAKEN      UNIT 7", "TXT <details>", and a blank line."""
    lines = ["KEY TO LABELS: CASE# case number  OFN offence  RCV received  PLC place",
             "               RES result  UNIT unit  TXT details", ""]
    for i, r in enumerate(incidents(n)):
        lines += [f"CASE# {r['no']:<20}OFN {r['type'].upper()}",
                  f"RCV {r['date']} {r['time']:<6}   PLC {r['address'].upper()}",
                  f"{'RES ' + r['dispo'].upper():<26}UNIT {1 + i % 9}",
                  f"TXT {r['summary'].upper()}", ""]

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"ELDER GROVE MARSHAL - INCIDENT CARDS      PAGE {page}")
        return 725
    return flowed_lines(path, lines, header)


def spreadsheet_calls_titled_outcome_and_a_count_row(path: Path, n: int) -> Path:
    """A spreadsheet of calls, Courier 8: titles "Received", "Incident No.", "Kind",
    "Address", "Patrol Outcome" (an outcome whose title's first word says nothing) on every
    page, one row a call, and a closing row set out like a row: "ALL  60  incidents"."""
    rows = incidents(n)
    titles = f"{'Received':<20}{'Incident No.':<16}{'Kind':<22}{'Address':<20}Patrol Outcome"
    lines = [f"{r['date'] + ' ' + r['time']:<20}{r['no']:<16}{r['type']:<22}{r['address']:<20}{r['dispo']}"
              for r in rows]
    lines.append(f"{'ALL':<20}{n:<16}incidents")

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"FERNLEIGH PD CALL SHEET   tab 1   {page}")
        c.drawString(40, 725, titles)
        return 703
    return flowed_lines(path, lines, header)


def listing_two_dates_each_with_a_time_titled_alike(path: Path, n: int) -> Path:
    """A listing, Courier 7: "Ref No", "Reported", "Time", "Occurred", "Time", "Offence",
    "Place": two date columns, each followed by a time column titled alike; the offence
    happened 40 minutes before it was reported."""
    rows = incidents(n)
    titles = f"{'Ref No':<12}{'Reported':<12}{'Time':<7}{'Occurred':<12}{'Time':<7}{'Offence':<22}Place"
    lines = []
    for r in rows:
        hh, mm = map(int, r["time"].split(":"))
        occ = (hh * 60 + mm - 40) % 1440
        lines.append(f"{r['no']:<12}{r['date']:<12}{hh:02d}{mm:02d}   {r['date']:<12}{occ // 60:02d}{occ % 60:02d}   "
                     f"{r['type']:<22}{r['address']}")

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"ASHFORD MILLS PD  OFFENCE LISTING   p. {page}")
        c.drawString(40, 728, titles)
        return 710
    return flowed_lines(path, lines, header, font=("Courier", 7))


def zone_listing_counted_headings_under_the_titles(path: Path, n: int) -> Path:
    """A listing by patrol zone, Courier 8: the titles ("Entry", "Logged", "Category",
    "Street Address", "Result") atop every page; each zone opens with a heading with its
    count at the right edge ("ZONE 2 (NORTH)                 14 ITEMS"), the first one
    right under the titles of page 1."""
    rows = incidents(n)
    titles = f"{'Entry':<12}{'Logged':<19}{'Category':<22}{'Street Address':<20}Result"
    lines = []
    for zone in range(1, 4):
        part = [r for k, r in enumerate(rows) if k % 3 == zone - 1]
        lines.append(f"{'ZONE ' + str(zone) + ' (' + ('NORTH', 'SOUTH', 'HARBOR')[zone - 1] + ')':<60}{len(part)} ITEMS")
        lines += [f"{r['no']:<12}{r['date'] + ' ' + r['time']:<19}{r['type']:<22}{r['address']:<20}{r['dispo']}"
                  for r in part]

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"OSPREY POINT POLICE  ACTIVITY BY ZONE  sheet {page}")
        c.drawString(40, 728, titles)
        return 706
    return flowed_lines(path, lines, header)


def grouped_rows_with_a_led_narrative_line(path: Path, n: int) -> Path:
    """Rows grouped under headings in capitals closed by their count ("GROUP 2 NOISE
    COMPLAINT (8)"), each row followed by an indented line "Car 12 / Code 4 - <narrative>";
    the headings follow the last row's line with no blank line between."""
    rows = incidents(n)
    lines = []
    for k, kind in enumerate(sorted({r["type"] for r in rows})):
        part = [r for r in rows if r["type"] == kind]
        lines.append(f"GROUP {k + 1} {kind.upper()} ({len(part)})")
        for i, r in enumerate(part):
            lines.append(f"{r['no']:<12}{r['date'] + ' ' + r['time']:<19}{r['address']:<20}{r['dispo']}")
            lines.append(f"            Car {10 + i % 7} / Code {1 + i % 4} - caller met, {r['type'].lower()} noted")

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"KESTREL HARBOR PD - CALLS BY GROUP   {page}")
        c.drawString(40, 728, f"{'Call No':<12}{'Received':<19}{'Where':<20}Result")
        return 706
    return flowed_lines(path, lines, header)


def call_sheet_outcome_titled_by_its_consonants(path: Path, n: int) -> Path:
    """A call sheet, Courier 8: titles "Rcvd", "Call #", "Nature", "Address", "Dsps" (the
    outcome's title cut to its first consonants, not a word) on every page, one row a call."""
    rows = incidents(n)
    titles = f"{'Rcvd':<20}{'Call #':<16}{'Nature':<22}{'Address':<20}Dsps"
    lines = [f"{r['date'] + ' ' + r['time']:<20}{r['no']:<16}{r['type']:<22}{r['address']:<20}{r['dispo']}"
             for r in rows]

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"WILLOW FORD PD CALL SHEET   {page}")
        c.drawString(40, 725, titles)
        return 703
    return flowed_lines(path, lines, header)


def offense_codes_beside_their_description(path: Path, n: int) -> Path:
    """A listing, Courier 8: titles "Received", "Incident No.", "Offense" (a bare statute
    number such as "459"), "Description" (its words: "Burglary"), "Address", "Result"."""
    rows = incidents(n)
    codes = {}
    titles = f"{'Received':<20}{'Incident No.':<14}{'Offense':<9}{'Description':<20}{'Address':<16}Result"
    lines = [f"{r['date'] + ' ' + r['time']:<20}{r['no']:<14}{codes.setdefault(r['type'], str(211 + 37 * len(codes))):<9}"
             f"{r['type']:<20}{r['address']:<16}{r['dispo']}" for r in rows]

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"CEDAR MILLS PD OFFENSE LISTING   {page}")
        c.drawString(40, 725, titles)
        return 703
    return flowed_lines(path, lines, header)


CODES = {f.__name__: f for f in (offense_codes_beside_their_description, call_sheet_outcome_titled_by_its_consonants, grouped_rows_with_a_led_narrative_line, coded_label_blocks_with_a_key, spreadsheet_calls_titled_outcome_and_a_count_row,
                                 listing_two_dates_each_with_a_time_titled_alike,
                                 zone_listing_counted_headings_under_the_titles)}
