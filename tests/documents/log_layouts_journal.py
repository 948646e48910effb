"""Generated journals (see ``log_layouts``): a desk log where an incident's later events are
printed as thinner lines citing its number again, further down among other incidents; a
station book that counts every entry it prints, its report numbers on report lines only;
a register quoted in an e-mail reply; a desk book of coded entry lines with no column
titles, some calls entered twice and cancelled."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from log_layouts_pages import flowed_lines

FOLLOW_NOTES = ["Owner called back", "Arrest made, ticket T24-{k:04d}", "Property returned", "Statement taken"]


def desk_log_with_follow_up_lines(path: Path, n: int) -> Path:
    """A marine unit's desk log, portrait Courier 8, the number first (`MU-24-01000`), then
    the time taken, a mark (`OPENED`, or `FOLLOW` on a later line), offense, place
    and result. One incident in three gets a follow-up line four lines further down, citing
    its number with only the time and a note (sometimes a ticket number): the follow-ups
    belong to the incident they cite and open none."""
    rows = incidents(n)
    lines: list[tuple[int, str]] = []      # (order key, line)
    for i, r in enumerate(rows):
        no = "MU-" + r["no"]
        lines.append((3 * i, f"{no:<14}{r['date']} {r['time']}  {'OPENED':<8}{r['type']:<20}"
                             f"{r['address']:<18}{r['dispo']}"))
        if i % 3 == 1:
            note = FOLLOW_NOTES[i % 4].format(k=i)
            later = min(i + 4, n - 1)
            lines.append((3 * later + 1, f"{no:<14}{rows[later]['date']} {rows[later]['time']}  "
                                          f"{'FOLLOW':<8}{'':<20}{'':<18}{note}"))
    ordered = [ln for _, ln in sorted(lines)]

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"BRISTOW SOUND MARINE UNIT - DESK LOG             folio {page}")
        c.drawString(40, 730, f"{'Number':<14}{'Taken':<18}{'Mark':<8}{'Offense':<20}{'Place':<18}Outcome")
        return 712
    return flowed_lines(path, ordered, header)


OTHER_ENTRIES = [("TOW", "Vehicle towed for owner"), ("PAPR", "Protective order served"), ("ASST", "Motorist assist"),
                 ("TOW", "Impound released")]


REMARKS = ["Owner to call back with a list.", "Area patrolled after.", "Witness gave a statement.",
           "Photos taken at the scene."]


def station_book_with_entry_count(path: Path, n: int, labelled: bool = False) -> Path:
    """A station book, Courier 8: every line opens with the book's own entry count (`310401`,
    `310402`, ... one more on each line), then day and time, the report number (`R24-01000`)
    under a `Report No.` title on report lines only (blank on the others), a class code,
    the offense and the place; report lines get an indented `Note:` line. Between reports,
    one or two entries of other kinds (tows, papers served, assists) with no report
    number: they are the book's entries, not records."""
    rows = incidents(n)
    lines: list[str] = []
    count = 310401
    for i, r in enumerate(rows):
        lines.append(f"{count:<8}{r['date']} {r['time']}  {'R' + r['no']:<12}"
                     f"{'RPT':<6}{r['type']:<22}{r['address']}")
        if labelled:
            lines.append(f"{'':<26}Outcome: {r['dispo']}")
            lines.append(f"{'':<26}Remark: {REMARKS[i % len(REMARKS)]}")
        else:
            lines.append(f"{'':<24}Note: {r['dispo']}")
        count += 1
        for k in range(1 + i % 2):
            kind, what = OTHER_ENTRIES[(i + k) % len(OTHER_ENTRIES)]
            lines.append(f"{count:<8}{r['date']} {r['time']}  {'':<12}{kind:<6}{what}")
            count += 1

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"GLENHOLM TOWNSHIP CONSTABLE - STATION BOOK          sheet {page}")
        c.drawString(40, 730, f"{'Ent':<8}{'Day':<11}{'Time':<7}{'Report No.':<12}{'Class':<6}{'Offense':<22}Where")
        return 712
    return flowed_lines(path, lines, header)


def station_book_rows_over_labelled_lines(path: Path, n: int) -> Path:
    """The station book with two labelled lines under each report row (`Outcome:`, and a
    `Remark:` from a few stock ones, repeated like a category): the reports read as
    labelled blocks, each opened by its row, whose offense and place cells are named by the
    column titles above them, not by the repeating remarks."""
    return station_book_with_entry_count(path, n, labelled=True)


def register_quoted_in_reply(path: Path, n: int) -> Path:
    """A records clerk's reply printed from a mail client, Helvetica above, the register
    quoted twice below (`>> ` before every line, its column titles and their rules included),
    the date and the time one space apart under one title and the next title one space
    after the time: the marks blanked, the register reads as its titles say."""
    rows = incidents(n)
    lines = ["Re: your records request", "", "The register you asked for is quoted below.", ""]
    lines.append(f">> {'Incident #':<13}{'Reported':<17}{'Offense':<21}{'Address':<18}Result")
    # each title underlined by dashes as long as its words
    lines.append(">> " + "".join(f"{'-' * len(t):<{w}}" for t, w in
                                 (("Incident #", 13), ("Reported", 17), ("Offense", 21), ("Address", 18), ("Result", 6))))
    for r in rows:
        lines.append(f">> {'IR' + r['no']:<13}{r['date']} {r['time']} {r['type']:<21}{r['address']:<18}{r['dispo']}")
    lines += ["", "Regards, Records Unit"]

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"Webmail - Re: your records request     04/12/2024, 9:40 AM     {page}/2")
        return 725
    return flowed_lines(path, lines, header)


PLACES_NAMED = ["Harbour Quay Car Park", "Old Mill Green", "Bus Depot Yard"]
STREETS_CROSS = ["Quay Rd", "Kiln Ln"]


def desk_book_of_coded_entry_lines(path: Path, n: int) -> Path:
    """A harbour constabulary's desk book, portrait Courier 8, no column titles: every line
    a five-digit running count, the date and time, a code and a number (`TH-24-01000`); an
    `OPEN` line goes on with offense, place (an address, a crossing or a named place),
    unit and outcome at fixed positions. A `NOTE` line three lines further down on one call
    in four, an `EDIT` line changing the outcome on one in seven, their text running across
    the place column. One call in nine entered twice, right after itself, under a number of
    its own and another unit, then `CNCL <second> ENTERED TWICE, SEE <first>` a few lines
    on. Later lines are stamped with the call above them; day lines (`== Day of
    04/01/2024 ===...`) between; a closing tally. The records are the opened calls less
    the cancelled ones."""
    rows = incidents(n)
    lines: list[tuple[int, str | None, str]] = []      # (order key, date and time of an OPEN line, the rest)
    serial = 1000
    for i, r in enumerate(rows):
        k = 10 * i
        place = PLACES_NAMED[i % 3] if i % 4 == 1 else \
            f"{r['address'].split(' ', 1)[1]} & {STREETS_CROSS[i % 2]}" if i % 4 == 2 else r["address"]
        no = f"TH-24-{serial:05d}"
        serial += 1
        cells = f"{r['type']:<20}{place:<26}{'U-' + str(10 + i % 7):<7}{r['dispo']}"
        lines.append((k, r["date"] + " " + r["time"], f"{'OPEN':<5}{no}  {cells}"))
        if i % 9 == 4:
            twice = f"TH-24-{serial:05d}"
            serial += 1
            other = f"{r['type']:<20}{place:<26}{'U-' + str(20 + i % 5):<7}{r['dispo']}"
            lines.append((k + 1, r["date"] + " " + r["time"], f"{'OPEN':<5}{twice}  {other}"))
            lines.append((k + 25, None, f"{'CNCL':<5}{twice}  ENTERED TWICE, SEE {no}"))
        if i % 4 == 3:
            lines.append((k + 35, None, f"{'NOTE':<5}{no}  Statement taken from a witness at the scene and filed"))
        if i % 7 == 5:
            lines.append((k + 45, None, f"{'EDIT':<5}{no}  Outcome changed from {r['dispo']} after review by the"
                                         " sergeant"))
    out, count, day, last = [], 10401, None, ""
    for _, when, text in sorted(lines, key=lambda line: line[0]):
        last = when or last         # a later line is stamped when it was written: after the call above it
        date = last.split()[0]
        if date != day:
            out.append(f"== Day of {date} " + "=" * 60)
            day = date
        out.append(f"{count} {last} {text}")
        count += 1
    out += ["", f"Book closed: {count - 10401} lines written"]

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"THORNBURY HARBOUR CONSTABULARY   DESK BOOK   April 2024   leaf {page}")
        return 725
    return flowed_lines(path, out, header)


JOURNAL = {f.__name__: f for f in (desk_log_with_follow_up_lines, station_book_with_entry_count,
                                   station_book_rows_over_labelled_lines, register_quoted_in_reply,
                                   desk_book_of_coded_entry_lines)}
