"""Generated logs (see ``log_layouts``) printed from a text editor that hard-wraps long
lines: a CSV export whose rows are cut at a fixed column, inside words and numbers or next
to a delimiter, the rest going on at the left margin of the next line."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

WRAP = 90               # the editor's fixed line width, in characters
LINES_PER_PAGE = 46


def csv_hard_wrapped_at_a_fixed_column(path: Path, n: int) -> Path:
    """Courier 8, a CSV file printed from an editor: the quoted header, then one quoted row
    per call (`"CL24-01000","04/01/2024 10:09","Burglary",...,"C24-500","Officer ..."`, the
    case number of every third call in a `case_ref` field), every row longer than 90
    characters cut at exactly column 90 (so `"CL24-01` / `003"`, `,` / `"Officer` and a line
    opening with a space occur) and went on at the margin; the rows run on over page breaks,
    an editor's title line at each page's head and `page k` at its foot, both further left
    than the file's lines."""
    rows = incidents(n)
    file_lines = ['"call_id","received","call_type","location","result","case_ref","remarks"']
    for r in rows:
        file_lines.append(f'"CL{r["no"]}","{r["date"]} {r["time"]}","{r["type"]}","{r["address"]}",'
                          f'"{r["dispo"]}","{r["case"]}","{r["summary"]}"')
    printed = [text[at:at + WRAP] for text in file_lines for at in range(0, len(text), WRAP)]
    c = canvas.Canvas(str(path), pagesize=letter)
    for page, start in enumerate(range(0, len(printed), LINES_PER_PAGE), start=1):
        c.setFont("Helvetica", 8)
        c.drawString(36, 760, "calls_april.csv - Plain Text Editor")
        c.drawString(36, 30, f"page {page}")
        c.setFont("Courier", 8)
        y = 736
        for line in printed[start:start + LINES_PER_PAGE]:
            c.drawString(60, y, line)
            y -= 14
        c.showPage()
    c.save()
    return path


HARD_WRAP = {f.__name__: f for f in (csv_hard_wrapped_at_a_fixed_column,)}
