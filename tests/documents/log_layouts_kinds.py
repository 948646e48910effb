"""Generated logs of every kind of entry (see ``log_layouts``): incidents with a case number
beside entries of other kinds (transports, property, alarms) that carry numbers of their
own series and are no records."""
from __future__ import annotations

import random
import textwrap
from datetime import datetime
from pathlib import Path

from docs_pdfs import incidents
from log_layouts_pages import flowed_lines

_MONTHS = ("January", "February", "March", "April", "May", "June")


def _day_words(date: str) -> str:
    mm, dd, yyyy = date.split("/")
    return f"{_MONTHS[int(mm) - 1]} {int(dd)}, {yyyy}"


def watch_narrative_case_number_named_mid_entry(path: Path, n: int) -> Path:
    """A marshal's watch narrative, Courier 8: a heading per day ("Monday, April 1, 2024 -
    first watch (0600-1800)"); one entry a line or two, opened by its time and a unit word ("10:09
    hours Burglary at 100 Main St. <summary> Logged under case number MA24-01000.
    <outcome>.", a third of the places "Route 11 Mile 41"), wrapped lines hanging six
    characters deeper. Between the incidents,
    one-line entries of other kinds citing a prisoner transport ("T-24-0101") or a
    property item ("P-24-0201") number of one shape, as many as the incidents, and a radio
    check citing none: no records."""
    lines: list[str] = []
    day = None
    for i, r in enumerate(incidents(n)):
        if r["date"] != day:
            day = r["date"]
            weekday = datetime.strptime(day, "%m/%d/%Y").strftime("%A")
            lines += ["", f"{weekday}, {_day_words(day)} - first watch (0600-1800)"]
        place = f"Route {10 + i % 7} Mile {40 + i}" if i % 3 == 1 else r["address"]     # a number late in the place
        text = (f"{r['time']} hours {r['type']} at {place}. {r['summary']} Logged under case number "
                f"MA{r['no']}. {r['dispo']}.")
        wrapped = textwrap.wrap(text, 84)
        lines.append(f" {wrapped[0]}")
        lines += [f"       {w}" for w in wrapped[1:]]
        other = (f"{r['time']} hours Prisoner transport T-24-{101 + i:04d} to county lockup completed."
                 if i % 2 else f"{r['time']} hours Found property P-24-{201 + i:04d} logged into the locker.")
        lines.append(f" {other}")
        if i % 4 == 3:
            lines.append(f" {r['time']} hours Radio check with all units, all clear.")

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"TARN VALLEY MARSHAL'S OFFICE - WATCH NARRATIVE        folio {page}")
        return 725
    return flowed_lines(path, lines, header)


def daily_sheet_one_table_per_kind_of_entry(path: Path, n: int) -> Path:
    """A marshal's daily sheet, Courier 8: per day a heading, then an "INCIDENT REPORTS"
    table titled "Case Number / Hour / Call Type / Address / Result", then "PRISONER
    TRANSPORTS" and "PROPERTY RECEIVED" tables titled "Transport # / Hour / Details" and
    "Item # / Hour / Details" with numbers of their own series; some details cite an
    incident's number again ("FOR CASE 24-01003"): no records."""
    lines: list[str] = []
    rows = incidents(n)
    days: dict[str, list[dict]] = {}
    for r in rows:
        days.setdefault(r["date"], []).append(r)
    k = 0
    for day, rs in days.items():
        lines += ["", f"DAILY SHEET - {_day_words(day)}", "INCIDENT REPORTS",
                  f"{'Case Number':<14}{'Hour':<7}{'Call Type':<22}{'Address':<20}Result"]
        lines += [f"{r['no']:<14}{r['time'].replace(':', ''):<7}{r['type'].upper():<22}{r['address'].upper():<20}"
                  f"{r['dispo'].upper()}" for r in rs]
        lines += ["PRISONER TRANSPORTS", f"   {'Transport #':<16}{'Hour':<8}Details"]
        for r in rs[:3]:
            k += 1
            lines.append(f"   {'TR' + str(88000 + k):<16}{r['time'].replace(':', ''):<8}FOR CASE {r['no']}, TO COUNTY JAIL")
        lines += ["PROPERTY RECEIVED", f"   {'Item #':<16}{'Hour':<8}Details"]
        for r in rs[:2]:
            k += 1
            lines.append(f"   {'PR' + str(77000 + k):<16}{r['time'].replace(':', ''):<8}FOUND BICYCLE, TO LOCKER")
        lines.append(f"Sheet totals: {len(rs)} incidents, 3 transports, 2 property items")

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"BRACKEN FORD MARSHAL'S OFFICE - DAILY SHEET - page {page}")
        return 725
    return flowed_lines(path, lines, header)


def entry_cards_case_number_printed_as_n_a(path: Path, n: int) -> Path:
    """A bulletin of one block per entry of every kind, Courier 8: a bar "ENTRY 000101
    Kind of entry: INCIDENT", then "Case Number:", "Logged:", "Call Type:", "Address:",
    "Result:". After each incident one or two entries of other kinds (alarm, transport,
    property, paper served; more of them than the incidents) print "Case Number: n/a"
    (or dashes) and a number of their own kind, one shaped like a case number
    ("Dispatch Event: 24-300101"): no records; the labels only the incidents print
    still name their values."""
    kinds = (("ALARM CALL", "Dispatch Event:", "24-{:06d}", 300101), ("TRANSPORT", "Transport No.:", "TR24-{:04d}", 501),
             ("PROPERTY", "Item No.:", "PR24-{:04d}", 701), ("PAPER SERVED", "Paper No.:", "CV-24-{:04d}", 901))
    lines: list[str] = []
    seq, k, rnd = 100, 0, random.Random(5)
    for i, r in enumerate(incidents(n)):
        seq += 1
        lines += ["", f"ENTRY {seq:06d}                       Kind of entry: INCIDENT",
                  f"   Case Number:     {r['no']}", f"   Logged:          {r['date']} {r['time']}",
                  f"   Call Type:       {r['type']}", f"   Address:         {r['address']}",
                  f"   Result:          {r['dispo']}"]
        for _ in range(1 + i % 2):
            kind, label, shape, first = rnd.choice(kinds)
            seq, k = seq + 1, k + 1
            lines += ["", f"ENTRY {seq:06d}                       Kind of entry: {kind}",
                      f"   Case Number:     {'n/a' if k % 2 else '---'}", f"   Logged:          {r['date']} {r['time']}",
                      f"   {label:<17}{shape.format(first + k)}"]

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"ORRIN COUNTY CONSTABLE - ENTRY BULLETIN          p. {page}")
        return 725
    return flowed_lines(path, lines, header)


KINDS = {f.__name__: f for f in (watch_narrative_case_number_named_mid_entry,
                                 daily_sheet_one_table_per_kind_of_entry,
                                 entry_cards_case_number_printed_as_n_a)}
