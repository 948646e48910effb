"""The role of a contact (records desk, department, general) from the words, cells, labels
and headings around it, and the organisation named before a number: the part of
:class:`~prr.scrapers.contacts.extract.Extractor` that reads what a contact is for."""
from __future__ import annotations

import re

from prr.scrapers.contacts import attribution as attr
from prr.scrapers.contacts import layout
from prr.scrapers.contacts.layout import count_contacts, mask_contacts
from prr.scrapers.contacts.model import REGISTRY_ROLES, classify_role
from prr.scrapers.contacts.named_owner import named_owner

_LIST_ITEMS = re.compile(r"\s[·•]\s")
_AFTER_END = re.compile(r"\. |\n|•|·|\|")     # (compiled once: asked for every contact)
_WORD = re.compile(r"[A-Za-z]{3}")
_NUMBER_IN = re.compile(r"\(?\d{3}\)?[\s.\u2010-\u2014-]?\d{3}[\s.\u2010-\u2014-]\d{4}|\b\d{3}[.\u2010-\u2014-](?:\d{4}|[A-Z]{4})\b")
# A table's label cell ("Phone", "Fax", "E-mail"), not a desk's name.
FIELD_LABEL = re.compile(r"^(?:main\s+|direct\s+|office\s+)?(?:phone|telephone|tel|fax|facsimile|fx|e-?mail|address|"
                         r"hours|tty|tdd|voice|mobile|cell|web(?:site)?|contact|location|mail|in\s+person|online)\b|"
                         # a line named by how it rings, not by a desk ("Direct", "Main line")
                         r"^(?:direct|main|office|desk)(?:\s+(?:line|number|dial))?\s*:?\s*$",
                         re.I)
# A short label leading a line ("Police Records:"), before the items of the line.
LINE_LEAD = re.compile(r"([A-Z][^\n:@|]{2,40}):\s")


def _sentence_stop(text: str, start: int) -> int:
    """The last ". " before ``start`` that ends a sentence, not an abbreviation ("44 N. Main")."""
    at = text.rfind(". ", 0, start)
    while at > 0 and attr.ABBREVIATION.search(text, max(0, at - 7), at + 1):
        at = text.rfind(". ", 0, at)
    return at


class ContactRoles:
    """Reads roles for :class:`~prr.scrapers.contacts.extract.Extractor` (its page, blocks and masks)."""

    def _named_owner(self, bi: int, start: int, end: int | None) -> str | None:
        """Owner from the organisation named nearest before the number in its line or clause
        (after any number before it): see :mod:`.named_owner`."""
        text = self.page.blocks[bi].text
        cut = max(_sentence_stop(text, start), text.rfind("\n", 0, start), text.rfind(";", 0, start),
                  text.rfind("\u00b7", 0, start), text.rfind("\u2022", 0, start))
        lead = text[cut + 1:start]
        numbers = list(_NUMBER_IN.finditer(lead))
        if numbers:
            lead = lead[numbers[-1].end():]
        if not _WORD.search(lead):      # a number alone on its line: its label line
            lead = layout.label_above(self.page.blocks, bi, start) or lead
        return named_owner(self._mask_own(lead), text[end:end + 40] if end is not None else "",
                           self.city_tokens,
                           self._mask_own(self.page.blocks[bi].heading))

    def role_for(self, bi: int, start: int | None, end: int | None, extra: str = "") -> tuple[str, str]:
        """Role from (1) the words just before and after the contact in its sentence,
        (2) link text, (3) the whole block when it holds one contact, (4) a short label
        line above, (5) the nearest heading, (6) the page title (main content only)."""
        block = self.page.blocks[bi]
        text = block.text
        if start is not None:
            seg_start = max(_sentence_stop(text, start), text.rfind("; ", 0, start), text.rfind("•", 0, start),
                            text.rfind("\n", 0, start), text.rfind("|", 0, start), text.rfind("\u00b7", 0, start))
            before = text[seg_start + 1:start]
            after = _AFTER_END.split(text[end:end + 40], 1)[0] if end is not None else ""
            r = classify_role(mask_contacts(before + " " + after))
            if r != "general":
                return r, before.strip()[-80:]
            # "Police Records: (209) ... · records@...": the label leading a line of items labels each
            lead = LINE_LEAD.match(text, text.rfind("\n", 0, start) + 1, seg_start + 1)
            if lead and seg_start + 1 > lead.end():
                r = classify_role(lead.group(1))
                if r != "general":
                    return r, lead.group(1)
        if extra:
            r = classify_role(extra)
            if r != "general":
                return r, extra
        if start is not None:     # a table row: its cells before the contact name whose contacts it holds
            line = layout.cell_row(text, start)
            if " | " in line:
                cells = [c.strip() for c in line.split(" | ")[:-1] if c.strip() and not count_contacts(c)]
                for cell in cells:          # "Name | Records Manager (Public Records Act requests) | ..."
                    r = classify_role(cell)
                    if r != "general":
                        return r, cell
                # "Big Blue Bus | bbb...@": a row of a table of desks names another desk
                first = cells[0] if cells and line.startswith(cells[0]) else ""
                if first and not FIELD_LABEL.match(first) and layout.desk_table(self.page.blocks, bi, start):
                    return "department", first
        r, n = self._block_role(bi)
        # a block of "·"-separated items ("info@... · Newsletter") is a list: its other items are
        # other links, not words about this contact
        if r != "general" and n <= 1 and not _LIST_ITEMS.search(text):
            return r, text[:80]
        label = layout.label_above(self.page.blocks, bi, start)
        if label:
            r = classify_role(label)
            if r != "general":
                return r, label
        if start is not None:         # a contact card: its first line names the desk of the lines below
            card = layout.card_title(self.page.blocks[bi].text, start)
            r = classify_role(card) if card else "general"
            if r != "general":
                return r, card
        # an entry of a description list: its term names the desk of every line ("<dt>City Clerk</dt>
        # <dd><number><br><email></dd>")
        term = layout.dl_term(self.page.blocks, bi)
        r = classify_role(term) if term else "general"
        if r != "general":
            return r, term
        if block.region == "main":
            if block.heading:
                r = classify_role(block.heading)
                if r != "general":
                    return r, block.heading
            if self.page.title:
                r = classify_role(self.page.title)
                if r in REGISTRY_ROLES:
                    return r, self.page.title
        return "general", block.heading if block.region == "main" else ""

    def _block_role(self, bi: int) -> tuple[str, int]:
        """(role of the whole block, contacts in it), once per block."""
        got = self._block_roles.get(bi)
        if got is None:
            text = self.page.blocks[bi].text
            got = self._block_roles[bi] = (classify_role(mask_contacts(text)), count_contacts(text))
        return got
