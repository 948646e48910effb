"""More generated logs (see ``log_layouts``): a record number printed in two columns
(district and serial, year and serial) with or without the form it is cited in, a
fixed-width listing of two lines per record under two title lines, a table titled with
the kind of place a transit agency patrols, and a footer holding a phone number over a
record cut by the page break."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

PER_PAGE = 30


def _split_number_table(path: Path, n: int, prefix, titles: tuple[str, str], legend: str,
                        remark=lambda i, r: "") -> Path:
    """A blotter whose number is two columns: ``prefix(i, r)`` then the serial (five digits);
    ``legend`` printed under the title; ``remark(i, r)`` in the last column."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    cols = (0, 32, 80, 150, 250, 350, 430)
    for start in range(0, n, PER_PAGE):
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, 760, "Ridgeley Borough Police - weekly blotter")
        c.setFont("Helvetica", 7)
        c.drawString(40, 748, legend)
        c.setFont("Helvetica-Bold", 7)
        for x, title in zip(cols, (*titles, "Reported", "Offense", "Address", "Result", "Note")):
            c.drawString(40 + x, 730, title)
        c.setFont("Helvetica", 7)
        for k, r in enumerate(rows[start:start + PER_PAGE]):
            i, y = start + k, 714 - 20 * k
            values = (prefix(i, r), f"{1000 + i:05d}", f"{r['date']} {r['time']}", r["type"], r["address"],
                      r["dispo"], remark(i, r))
            for x, value in zip(cols, values):
                c.drawString(40 + x, y, value)
        c.showPage()
    c.save()
    return path


def district_and_serial_with_legend(path: Path, n: int) -> Path:
    """A district letter column and a serial column; the legend gives the cited form as a
    pattern of placeholders."""
    return _split_number_table(path, n, lambda i, r: "NSEW"[i % 4], ("Dist", "Serial"),
                               "Reports are quoted as D-NNNNN (district, serial).")


def year_and_serial_cited_in_notes(path: Path, n: int) -> Path:
    """A four-digit year column and a serial column; no legend, but notes cite earlier
    reports in the joined form with a slash."""
    return _split_number_table(path, n, lambda i, r: "2024", ("Year", "No."), "All times local.",
                               lambda i, r: f"see 2024/{900 + i:05d}" if i % 4 == 1 else "")


def year_and_serial_uncited(path: Path, n: int) -> Path:
    """A two-digit year column (the records' own year) and a serial column, the joined form
    shown nowhere: the common year-dash-serial form."""
    return _split_number_table(path, n, lambda i, r: "24", ("YY", "Seq"), "All times local.")


def beat_and_serial_uncited(path: Path, n: int) -> Path:
    """A beat column of two letters and a serial column, the joined form shown nowhere: the
    parts are kept as printed and the log says so."""
    return _split_number_table(path, n, lambda i, r: ("KA", "KB", "KC")[i % 3], ("Beat", "Serial"),
                               "All times local.")


def two_title_lines_listing(path: Path, n: int) -> Path:
    """A fixed-width listing in Courier: line 1 a running line number, the call number,
    date, a four-digit time one space before the call type, the address; line 2, indented
    under the date, the car and the result. Two title lines name both lines' columns; an
    end line counts what was printed."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    lines_per_page = 37
    printed: list[tuple[str, str]] = []
    for i, r in enumerate(rows):
        mm, dd, yyyy = r["date"].split("/")
        first = (f"{i + 1:04d} MC{r['no']} {mm}/{dd}/{yyyy[2:]} {r['time'].replace(':', '')} "
                 f"{r['type'].upper():<22}{r['address'].upper()}")
        second = f"{'':<17}{'C' + str(11 + i % 9):<9}{r['dispo'].upper()}"
        printed += [("rec", first), ("rec", second)]
    printed.append(("end", f"=== LISTING COMPLETE ===   LINES: {n:04d}"))
    for page, start in enumerate(range(0, len(printed), lines_per_page), start=1):
        c.setFont("Courier", 8)
        c.drawString(30, 580, f"CALLS LIST   MILLBROOK COUNTY CONSTABLE   PG {page:03d}")
        c.drawString(30, 556, "SEQ  CALL NO     DATE     HHMM CALL TYPE             ADDRESS")
        c.drawString(30, 546, "                 CAR      RESULT")
        c.drawString(30, 536, "-" * 80)
        for k, (_, text) in enumerate(printed[start:start + lines_per_page]):
            c.drawString(30, 522 - 11 * k, text)
        c.showPage()
    c.save()
    return path


def place_kind_titles(path: Path, n: int) -> Path:
    """A ferry terminal log whose place column is titled by the kind of place, in two
    languages on two lines ("Terminal or Stop" over "Terminus ou arrêt")."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    cols = (0, 80, 170, 280, 420)
    top = ("Report", "When", "Offense", "Terminal or Stop", "Result")
    below = ("Rapport", "Quand", "Infraction", "Terminus ou arrêt", "Suite")
    for start in range(0, n, 40):
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, 760, "Lac Vert Ferry Service Security - Journal / Security Log")
        for line, words in ((740, top), (730, below)):
            for x, title in zip(cols, words):
                c.drawString(40 + x, line, title)
        c.setFont("Helvetica", 7)
        for k, r in enumerate(rows[start:start + 40]):
            y = 712 - 16 * k
            place = f"Pier {k % 5 + 1}" if k % 3 == 0 else f"{r['address'].split(' ', 1)[1]} landing"
            for x, value in zip(cols, (f"LV{r['no']}", f"{r['date']} {r['time']}", r["type"], place, r["dispo"])):
                c.drawString(40 + x, y, value)
        c.showPage()
    c.save()
    return path


def phone_footer_row_over_page_break(path: Path, n: int) -> Path:
    """A blotter whose footer holds the records desk's phone number beside the page number,
    and whose last row on each page has its note wrapped onto the next page under the
    header."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    cols = (0, 70, 150, 250, 350, 420)
    page = 0
    for start in range(0, n, PER_PAGE):
        page += 1
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, 760, "Oxbow Flats Police - blotter")
        for x, title in zip(cols, ("Report", "Reported", "Offense", "Address", "Result", "Note")):
            c.drawString(40 + x, 740, title)
        c.setFont("Helvetica", 7)
        y = 724
        if start:           # the note of the last row of the page before, printed here
            c.drawString(40 + cols[5], y, "the owner was told.")
            y -= 16
        chunk = rows[start:start + PER_PAGE]
        for k, r in enumerate(chunk):
            last = k == len(chunk) - 1 and start + PER_PAGE < n
            note = "Owner away at the time;" if last else "Done."
            for x, value in zip(cols, (r["no"], f"{r['date']} {r['time']}", r["type"], r["address"], r["dispo"],
                                       note)):
                c.drawString(40 + x, y, value)
            y -= 16
        c.drawString(40, 40, "Records desk 555-0142, weekdays only")
        c.drawRightString(570, 40, f"Sheet {page}")
        c.showPage()
    c.save()
    return path


SPLIT = {f.__name__: f for f in (district_and_serial_with_legend, year_and_serial_cited_in_notes,
                                      year_and_serial_uncited, beat_and_serial_uncited, two_title_lines_listing,
                                      place_kind_titles, phone_footer_row_over_page_break)}
