"""Where a contact sits on the page: the label line above it, a table's column header and
the row's earlier cells, a contact card's title, the sentence introducing its list, and
blocks that are menus. Read from the :class:`~scrapers.contacts.page.Page` blocks only."""
from __future__ import annotations

import re
from functools import lru_cache

from prr.scrapers.contacts.model import classify_role
from prr.scrapers.contacts.page import Block

_EMAIL_TOKEN = r"[^\s<>()\[\]]+@[^\s<>()\[\]]+"
_LINK_TOKEN = r"<[^>]+>"
# \(?\b\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b, written to start with a class of its first characters
# ("(" or a digit; the \b before the digits checked from behind the first one), so the engine
# skips to them in C instead of trying the pattern at every position: the same matches.
_NUMBER_TOKEN = r"[(\d](?:(?<=\()\d{3}|(?<=\b\d)\d{2})\)?[\s.-]?\d{3}[\s.-]?\d{4}\b"
_CONTACT_TOKEN = re.compile(f"{_EMAIL_TOKEN}|{_LINK_TOKEN}|{_NUMBER_TOKEN}")
# ... and without the alternatives that cannot match a text without "@" or without "<"
_TOKENS_WITHOUT = {("@",): re.compile(f"{_LINK_TOKEN}|{_NUMBER_TOKEN}"),
                   ("<",): re.compile(f"{_EMAIL_TOKEN}|{_NUMBER_TOKEN}"),
                   ("@", "<"): re.compile(_NUMBER_TOKEN)}
# \(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}, likewise starting with its first characters' class
_PHONE_LIKE = re.compile(r"[(\d](?:(?<=\()\d{3}|(?<=\d)\d{2})\)?[\s.-]?\d{3}[\s.-]?\d{4}")
# A first column listing desks ("Records held by", "Department", "Office", "Division").
DESK_COLUMN = re.compile(r"\bheld\s+by\b|\bkept\s+by\b|\bdepartments?\b|\boffices?\b|\bdivisions?\b|\bdesk\b|"
                         r"\bservices?\b|\bprograms?\b", re.I)
LABELLED_ITEM = re.compile(r"^[A-Za-z][\w .'/&-]{0,30}:\s*\S[^\n]{0,80}$")


_DIGIT = re.compile(r"\d")


def has_digit(text: str) -> bool:
    """``\\d`` anywhere in the text (what a number needs); ASCII text is looked through for each
    of "0".."9" with ``in`` (a C scan), several times faster than a regex or a loop over it."""
    if not text.isascii():
        return _DIGIT.search(text) is not None
    for digit in "0123456789":
        if digit in text:
            return True
    return False


@lru_cache(maxsize=8192)
def mask_contacts(text: str, repl: str = " ") -> str:
    """Emails, <link targets> and phone numbers masked (for comparing text around them).
    (Kept per text: a site's pages repeat the words around their contacts; the benchmark's
    1,000 pages mask 125 distinct texts 9,000 times.)"""
    at, lt = "@" in text, "<" in text
    if not at and not lt and not has_digit(text):
        return text
    if at and lt:
        return _CONTACT_TOKEN.sub(repl, text)
    return _TOKENS_WITHOUT[("@", "<") if not at and not lt else ("@",) if not at else ("<",)].sub(repl, text)


@lru_cache(maxsize=8192)
def count_contacts(text: str) -> int:
    # (a number needs a digit: most label lines have none, and the C scan is cheaper than the regex)
    # (kept per text: a page's rules count the same few blocks and lines ~13 times, and a
    # site's pages repeat them: 1,000 pages of one benchmark count ~1,100 distinct texts)
    return text.count("@") + (len(_PHONE_LIKE.findall(text)) if has_digit(text) else 0)


# A heading over a list of links to other pages ("Quick Links", "Related pages"): site chrome.
LINK_LIST_HEADING = re.compile(r"^\W*(?:quick|related|useful|helpful|popular|other)\s+(?:links|pages|resources)\W*$",
                               re.I)


def is_menu(block: Block) -> bool:
    """A column of links and nothing else (a side menu in a layout table), or links alone
    under a "Quick Links" heading: site chrome, though no <nav> says so."""
    if len(block.links) < 4 and not (block.links and LINK_LIST_HEADING.match(block.heading)):
        return False
    text, last = [], 0
    for link in block.links:
        text.append(block.text[last:link.start])
        last = link.end
    text.append(block.text[last:])
    return not re.search(r"[A-Za-z]{2,}", "".join(text))


def desk_table(blocks: list[Block], bi: int, start: int) -> bool:
    """Whether the table the row is in lists desks (its first column is headed "Records held
    by", "Department", "Office" ...) or other rows' first cells name records desks."""
    text = blocks[bi].text
    header = column_header(blocks, bi, start, column=0)
    if header:
        return bool(DESK_COLUMN.search(header))
    rows = []             # a table row is a block of its own: the neighbouring rows
    for step in (-1, 1):
        i = bi + step
        while 0 <= i < len(blocks) and abs(i - bi) <= 30 and " | " in blocks[i].text:
            rows.append(blocks[i].text)
            i += step
    firsts = [ln.split(" | ", 1)[0] for t in [text] + rows for ln in t.split("\n") if " | " in ln]
    return sum(classify_role(f) in ("records", "department") for f in firsts) >= 2


def label_above(blocks: list[Block], bi: int, start: int | None) -> str:
    """A short line above the contact (in its block, or the last line of the block before)."""
    text = blocks[bi].text
    line_start = text.rfind("\n", 0, start or 0)
    if line_start > 0:
        prev = text[text.rfind("\n", 0, line_start) + 1:line_start]
    elif bi > 0 and blocks[bi - 1].region == blocks[bi].region:
        prev = blocks[bi - 1].text.rsplit("\n", 1)[-1]
    else:
        return ""
    return prev if len(prev) <= 60 and not count_contacts(prev) else ""


def lead_in(blocks: list[Block], bi: int) -> str:
    """The sentence that introduces the list a block is an item of ("... go to them:"): the
    nearest earlier block under the same heading that ends with a colon, past the list's
    other items (blocks holding contacts)."""
    block = blocks[bi]
    for back in range(bi - 1, max(-1, bi - 12), -1):
        prev = blocks[back]
        if prev.region != block.region or prev.heading != block.heading:
            return ""
        if prev.text.rstrip().endswith(":"):
            return prev.text.rsplit("\n", 1)[-1][-300:]
        if not count_contacts(prev.text) and not LABELLED_ITEM.match(prev.text):
            return ""          # a labelled item ("Online: <link>") is still the list's
    return ""


def list_intro(blocks: list[Block], bi: int) -> str:
    """The paragraph right before the list a list item is in ("The City contracts with the
    County Sheriff. ..." over "<li>Elmford Substation: ...</li>"); "" for a block in no list."""
    block = blocks[bi]
    if block.item != "li":
        return ""
    for back in range(bi - 1, max(-1, bi - 30), -1):
        prev = blocks[back]
        if prev.region != block.region or prev.heading != block.heading:
            return ""
        if prev.item != "li":
            return prev.text
    return ""


def dl_term(blocks: list[Block], bi: int) -> str:
    """The term (``<dt>``) a description list's entry stands under: the nearest earlier block of
    the list that holds no contact, short enough to be a name ("City Clerk - Jane Roe")."""
    if blocks[bi].item != "dl":
        return ""
    for back in range(bi - 1, max(-1, bi - 4), -1):
        prev = blocks[back]
        if prev.item != "dl" or prev.region != blocks[bi].region:
            return ""
        if not count_contacts(prev.text):
            return prev.text if len(prev.text) <= 80 else ""
    return ""


def card_title(text: str, start: int) -> str:
    """The first line of a multi-line block (a contact card's name) when ``start`` is below it."""
    first_end = text.find("\n")
    if first_end < 0 or start <= first_end:
        return ""
    first = text[:first_end]
    return first if len(first) <= 80 and not count_contacts(first) else ""


def cell_row(text: str, start: int) -> str:
    """The row line a contact sits in, up to it: its own line, or for a later line of a cell
    broken by ``<br>`` ("City Clerk | 951-... <br> clerk@..."), the row's first line (two
    lines up at most)."""
    line_start = text.rfind("\n", 0, start) + 1
    line = text[line_start:start]
    if " | " in line or line.strip() or not line_start:
        return line
    at = line_start - 1
    for _ in range(2):
        prev_start = text.rfind("\n", 0, at) + 1
        prev = text[prev_start:at]
        if " | " in prev:
            return prev
        at = prev_start - 1
        if at < 0:
            break
    return line


def row_before(text: str, start: int) -> str:
    """The cells of a table row before the one holding ``start`` ("" outside tables)."""
    line = text[text.rfind("\n", 0, start) + 1:start]
    return line[:line.rfind(" | ")] if " | " in line else ""


def column_header(blocks: list[Block], bi: int, start: int, column: int | None = None) -> str:
    """The header cell above a table cell ("Department | Phone | Fax"): a table row reads
    as one line of " | "-separated cells, its header as the nearest such line before it
    with no numbers in it."""
    text = blocks[bi].text
    line_start = text.rfind("\n", 0, start) + 1
    if " | " not in text[line_start:text.find("\n", start) if "\n" in text[start:] else len(text)]:
        return ""
    col = text.count(" | ", line_start, start) if column is None else column
    for back in range(bi, max(-1, bi - 60), -1):
        block = blocks[back]
        if block.region != blocks[bi].region:
            break
        lines = block.text.split("\n")
        for ln in reversed(lines if back != bi else block.text[:line_start].split("\n")):
            if " | " in ln and not re.search(r"\d|@", ln):
                cells = [c.strip(" |") for c in ln.split(" | ")]
                return cells[col] if col < len(cells) else ""
    return ""
