"""A log exported as structured text and printed as it is: its syntax set aside.

Records software exports as text that a person then prints: a JSON file pretty-printed
(``"key": value,`` lines in braces, a long string soft-wrapped by the printer to the
page's left edge) or a markdown table (cells between raw pipes, values in backticks or
asterisks, ``<br>`` inside cells, long rows wrapped to a line with no leading pipe). The
syntax hides the layout the readers know: each JSON line is a label and its value, the
markdown rows are a table. So, as for a log quoted in an e-mail (``quoted.py``), the
syntax is put aside first: the JSON lines are printed as ``Label: value`` lines (a nested
object's keys each on a line of their own, named after the object's key; braces, brackets
and quotes left out), the markdown rows are joined back and printed in columns lined up
by their widest cell. Told from the text: most lines of page 1 are ``"key": value`` lines,
or a run of pipe rows under a ``|---|`` rule; other logs pay two substring tests.
"""
from __future__ import annotations

import re

MIN_LINES = 8           # key lines, or table rows, that make the export
MIN_SHARE = 0.4         # of page 1's printed lines
# (patterns as strings, compiled at first use by ``re``'s cache: imports stay cheap)
_KEY = r'^(\s*)"([A-Za-z_][\w .-]{0,40})"\s*:\s*(.*?)\s*$'
_PAIR = r'"([A-Za-z_][\w .-]{0,40})"\s*:\s*("(?:[^"\\]|\\.)*"|[^,{}\[\]]*)'
_PUNCT = r"^[\s\[\]{},]*$"
_RULE = r"^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$"
_MARKS = r"`|\*\*|__"
_BREAK = r"(?i)<br\s*/?>"
_GAP = "   "
_ISO_T = r"\b(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})"


def plain_structured(page_texts: list[str]) -> list[str] | None:
    """The pages with a JSON export's or a markdown table's syntax set aside, or None."""
    if not page_texts:
        return None
    first = page_texts[0]
    if '": ' in first:
        return _json_lines(page_texts)
    if "|--" in first or "| --" in first or "|:-" in first:
        return _markdown_rows(page_texts)
    return None


def _label(key: str, parent: str = "") -> str:
    name = key.replace("_", " ").strip()
    name = f"{parent} {name}" if parent else name
    return name[:1].upper() + name[1:]


def _value(raw: str) -> str:
    raw = raw.strip().rstrip(",").strip()
    if raw.startswith('"'):
        raw = raw[1:]
    if raw.endswith('"') and not raw.endswith('\\"'):
        raw = raw[:-1]
    # an ISO time stamp's "T" (2025-11-01T00:42:00) as the date and time printed apart
    return re.sub(_ISO_T, r"\1 \2", raw.replace('\\"', '"').replace("\\\\", "\\"))


def _json_lines(page_texts: list[str]) -> list[str] | None:
    lines = [ln for ln in page_texts[0].splitlines() if ln.strip()]
    keyed = sum(1 for ln in lines if re.match(_KEY, ln))
    if keyed < MIN_LINES or keyed < MIN_SHARE * len(lines):
        return None
    out = []
    for text in page_texts:
        new: list[str] = []
        open_string = False     # a long string wrapped by the printer: its tail joins its line
        for line in text.splitlines():
            if open_string and line.strip() and not re.match(_KEY, line) and not re.match(_PUNCT, line):
                new[-1] = f"{new[-1]} {_value(line)}"
                open_string = not line.rstrip().endswith(('"', '",'))
                continue
            new.extend(_json_line(line))
            m = re.match(_KEY, line)
            open_string = bool(m) and m.group(3).startswith('"') and not m.group(3).endswith(('"', '",'))
        out.append("\n".join(new))
    return out


def _json_line(line: str) -> list[str]:
    """A printed JSON line as ``Label: value`` lines (none for braces and brackets)."""
    m = re.match(_KEY, line)
    stripped = line.strip()
    if m is None:
        if re.match(_PUNCT, line):
            return [""]
        if stripped.startswith("{") and re.search(_PAIR, stripped):    # an object in an array, on one line
            indent = line[:len(line) - len(line.lstrip())]
            return [f"{indent}{_label(k)}: {_value(v)}" for k, v in re.findall(_PAIR, stripped)]
        # a long string's tail the printer wrapped to the left edge: its text, unquoted
        return [_value(line) if line.rstrip().endswith(('"', '",')) else line]
    indent, key, rest = m.groups()
    if rest in ("{", "[", "[]", "{}", "[],", "{},"):
        return [""]     # a container's key: its members say what they are
    if rest.startswith("{"):
        pairs = re.findall(_PAIR, rest)
        return [f"{indent}{_label(k, _label(key))}: {_value(v)}" for k, v in pairs] or [""]
    if rest.startswith("[") and rest.rstrip(",").endswith("]"):      # a list of values on one line
        return [f"{indent}{_label(key)}: " + ", ".join(_value(v) for v in rest.rstrip(",")[1:-1].split(",") if v.strip())]
    return [f"{indent}{_label(key)}: {_value(rest)}"]


def _markdown_rows(page_texts: list[str]) -> list[str] | None:
    pages: list[list[str | None]] = [list(t.splitlines()) for t in page_texts]
    if not any(re.match(_RULE, ln) for ln in pages[0]):
        return None
    rows: dict[tuple[int, int], list[str]] = {}
    pipes = 0           # the header row's pipes: a row with fewer goes on on the next line
    last = None
    for p, lines in enumerate(pages):
        if last is not None:        # a row cut at the page's foot goes on right above the next page's rows
            _join_over_break(lines, rows, last)
            last = None
        for i, line in enumerate(lines):
            if line is None:
                continue
            s = line.strip()
            if re.match(_RULE, line):
                lines[i] = None
                last = None
            elif s.startswith("|"):
                rows[(p, i)] = [s]
                pipes = pipes or s.count("|")
                last = (p, i) if s.count("|") < pipes else None
            elif last is not None and s:
                # a row wider than the page, wrapped without a pipe: joined to its row
                rows[last].append(s)
                lines[i] = None
                last = last if sum(x.count("|") for x in rows[last]) < pipes else None
            else:
                last = None
    if len(rows) < MIN_LINES:
        return None
    cells = {at: _cells(" ".join(parts)) for at, parts in rows.items()}
    widths: list[int] = []
    for values in cells.values():
        for c, v in enumerate(values):
            if c == len(widths):
                widths.append(0)
            widths[c] = max(widths[c], len(v))
    for (p, i), values in cells.items():
        if _is_summary(rows[(p, i)], values):      # "| **Total** | | | | **96** |": a count, no row
            pages[p][i] = ": ".join(v for v in values if v)
            continue
        pages[p][i] = _GAP.join(v.ljust(widths[c]) for c, v in enumerate(values)).rstrip()
    return ["\n".join(ln for ln in lines if ln is not None) for lines in pages]


def _cells(row: str) -> list[str]:
    row = row.strip()
    row = row[1:] if row.startswith("|") else row
    row = row[:-1] if row.endswith("|") else row
    return [re.sub(r"\s+", " ", re.sub(_BREAK, " ", re.sub(_MARKS, "", c))).strip() for c in row.split("|")]


def _join_over_break(lines: list, rows: dict, last: tuple[int, int]) -> None:
    """The open row's rest: the text line right above the page's first pipe row."""
    first = next((i for i, ln in enumerate(lines) if ln is not None and ln.strip().startswith("|")), None)
    if first is None:
        return
    k = first - 1
    while k >= 0 and not (lines[k] or "").strip():
        k -= 1
    if k >= 0 and lines[k] is not None and lines[k].rstrip().endswith("|"):
        rows[last].append(lines[k].strip())
        lines[k] = None


def _is_summary(parts: list[str], values: list[str]) -> bool:
    """A total row: most cells empty, the filled ones set in bold."""
    filled = [v for v in values if v]
    return 2 * len(filled) <= len(values) and "**" in " ".join(parts)
