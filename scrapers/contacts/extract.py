"""Read every contact off a :class:`~scrapers.contacts.page.Page`, typed and attributed."""
from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from prr.scrapers.contacts import attribution as attr
from prr.scrapers.contacts import layout
from prr.scrapers.contacts.addresses import ZIP_CUE, find_addresses
from prr.scrapers.contacts.contact_roles import ContactRoles
from prr.scrapers.contacts.domains import with_title_name
from prr.scrapers.contacts.emails import (
    copied_in_mailto,
    email_kind,
    emails_from_mailto,
    emails_in_text,
    invited_to_write,
    is_sender,
)
from prr.scrapers.contacts.list_owner import others_in_lists
from prr.scrapers.contacts.model import (
    ALWAYS_RECORDS_VENDORS,
    DEPARTMENT_UNIT,
    Contact,
    Contacts,
    Ignored,
    classify_role,
)
from prr.scrapers.contacts.named_owner import foreign_unclear
from prr.scrapers.contacts.own_words import OwnWords
from prr.scrapers.contacts.owner_context import (
    named_elsewhere,
    other_city_named,
    owner_from_block,
    owner_from_previous,
    referent_owner,
)
from prr.scrapers.contacts.page import Block, Page
from prr.scrapers.contacts.phones import (
    LABEL_LINE_FAX,
    LABEL_LINE_TDD,
    declared_area_code,
    local_only_service,
    phone_from_tel_link,
    phone_spans,
    with_kinds,
)
from prr.scrapers.contacts.portals import bare_portals, portal_from_link, same_portal
from prr.scrapers.contacts.records_contact import OTHER_RECORDS
from prr.scrapers.contacts.served_by import served_by_other

# A section named for a department with its own records ("Police Department", "Fire")
DEPARTMENT_HEADING = re.compile(r"^\s*(?:(?:the\s+)?(?:[A-Z][a-z]+\s+){1,3})?(?:police|fire|sheriff'?s?)"
                                r"(?:\s+(?:department|services|division))?(?:\s+(?:records|reports))?"
                                # "Police department records"; "Police Reports / Reportes de Policía" (a translation after a slash)
                                r"(?:\s*/[^/]{0,40})?\s*$", re.I)
_REGION_RANK = {"main": 0, "header": 1, "nav": 1, "footer": 1}


# A heading that says the numbers under it are faxes, and the words that still make one a phone.
FAX_HEADING = re.compile(r"^\W*(?:(?:tele-?)?fax|facsimile)(?:es)?(?:\s+(?:numbers?|lines?|machines?))?\W*$", re.I)
VOICE_WORD = re.compile(r"\b(?:phone|tel|telephone|call|voice|main line)\b", re.I)
_SENTENCE_END = re.compile(r"[.!?]\s")       # (a line's label is read after its last one)
_CLERK_WORD = re.compile(r"\bclerk", re.I)


@lru_cache(maxsize=8192)
def _spans_in(text: str, area_codes: tuple[str, ...], all_local: bool) -> tuple:
    """:func:`phone_spans`, once per distinct block: a site repeats its blocks (sidebars,
    notices, the same paragraph on every page) and a watch reads hundreds of its pages
    in one process. Most blocks with a digit have no number: they need no label line."""
    return tuple(phone_spans(text, area_codes, all_local))


@lru_cache(maxsize=8192)
def _phones_in(text: str, area_codes: tuple[str, ...], label_above: str, all_local: bool = False) -> tuple:
    """:func:`find_phones` (the block's spans, typed), once per block and label line. The
    hits are only read, never changed."""
    return tuple(with_kinds(text, _spans_in(text, area_codes, all_local), label_above))


class Extractor(ContactRoles, OwnWords):
    def __init__(self, page: Page, *, area_codes: tuple[str, ...] = (), city_domains: tuple[str, ...] = ()):
        self.page = page
        self.area_codes = area_codes
        self.city_domains = city_domains
        self.items: list[Contact] = []
        self.seen: dict[tuple, Contact] = {}
        self.ignored: list[Ignored] = []
        self._block_roles: dict[int, tuple[str, int]] = {}
        self._copied: set[str] = set()          # addresses a mailto copies in (cc=, bcc=)
        self._phone_at: list[tuple] = []        # each phone read: (block, offset, its owner there, contact)
        self._addressed: set[str] = set()       # addresses written or a mailto's addressee
        self.city_tokens = with_title_name(attr.city_tokens_of(page.base_url, city_domains), page.title)
        self._initials: str | None = None       # read from the title when an address needs it
        self._subject_text: str | None = None
        # "All numbers on this site are in area code 707": seven digits are numbers, in that code
        self._text = text = page.text      # (a join of the blocks each time it is asked for)
        self._declared = declared_area_code(text)
        self._read_own_words(text)
        if self._declared and not area_codes:
            self.area_codes = (self._declared,)

    def _city_initials(self) -> str:
        if self._initials is None:
            self._initials = attr.city_initials(self.page.title, self.city_tokens)
        return self._initials

    def run(self) -> Contacts:
        for bi, block in enumerate(self.page.blocks):
            self._links(bi, block)
            self._emails(bi, block)
            self._phones(bi, block)
            for start, end, url, vendor in bare_portals(block.text):
                if not any(c.type == "portal" and same_portal(c.value, url) for c in self.items):
                    self._add(Contact("portal", url, "records", vendor=vendor), bi, start, end)
        self._addresses()
        # A number the page gives as a dial-in elsewhere ("DIAL the number listed ... at
        # 1 (415) 655-0001") is not a contact unless its own words say what it is for.
        dial_ins = {i.value for i in self.ignored if i.type == "phone"}
        self.items = [c for c in self.items if not (c.type == "phone" and c.value in dial_ins and c.role == "general")]
        self._list_owners()
        # One line, one owner: an extension of a line the page gives as the city's own is the
        # city's, whatever list it sits under ("... with the Department: <main line> ext 61")
        own_lines = {c.value for c in self.items if c.type == "phone" and c.owner == "city" and c.kind == "voice"}
        # ... and the line itself, when the page gives a desk of the city's on it as an extension
        # and the line's own sentence names no other body (a line under an "Other agencies"
        # heading that is the city's dispatch switchboard, "<line>, ext. 2" its records desk)
        own_desks = {c.value for c in self.items if c.type == "phone" and c.ext and c.owner == "city"
                     and c.kind == "voice"}
        for c in self.items:
            if c.type == "phone" and c.ext and c.owner == "agency" and c.value in own_lines:
                c.owner = "city"
            elif c.type == "phone" and not c.ext and c.owner == "agency" and c.value in own_desks and \
                    attr.owner_from_words(attr.mask(c.evidence.replace(c.written, " "))) == "city":
                c.owner = "city"
        return Contacts(self.items, self.ignored, self.page.base_url,
                        frozenset(self._copied - self._addressed), self._subject())

    def _list_owners(self) -> None:
        """Items of a list of other bodies whose names do not say the city's are theirs (see
        :mod:`.list_owner`)."""
        for c in others_in_lists(self.page.blocks, self._phone_at, self.city_tokens,
                                 self._own_words):
            c.owner = "unknown"

    # --- adding --------------------------------------------------------------------------

    def _add(self, c: Contact, bi: int, start: int | None, end: int | None, link_text: str = "") -> None:
        block = self.page.blocks[bi]
        seg = attr.segment(block.text, start or 0, end or 0) if start is not None else block.text[:300]
        c.region = c.region if c.region != "main" else block.region       # a menu in the main column: nav
        c.evidence = c.evidence or seg
        if c.role == "general" or not c.label:
            role, label = self.role_for(bi, start, end, link_text)
            c.role = role if c.role == "general" else c.role
            c.label = c.label or label
        if start is not None and c.type in ("phone", "email") and c.role == "records":
            above = layout.label_above(self.page.blocks, bi, start) or layout.card_title(self.page.blocks[bi].text, start)
            if OTHER_RECORDS.search(above):       # "Other City records" over the clerk's lines
                c.label = above
            # "Records Bureau" in a directory's "Police Department" section: that department's unit
            # (or in a description list's entry under a "Police Department" term)
            elif block.region == "main" and DEPARTMENT_HEADING.match(head := block.heading if DEPARTMENT_HEADING.match(
                    block.heading) else layout.dl_term(self.page.blocks, bi)) and \
                    not DEPARTMENT_UNIT.search(c.label) and not _CLERK_WORD.search(c.label):
                c.label = f"{head}: {c.label}"
        if c.owner == "city" and c.type == "phone":
            own_seg = self._own_words(seg)
            c.owner = attr.phone_owner(c.value, own_seg, self._own_services_masked(bi), self.area_codes, c.written)
            # (... or the paragraph over the list the number is an item of says so)
            if c.owner == "city" and (served_by_other(clause := attr.clause(own_seg, c.written), self._own_services_masked(bi))
                                      or served_by_other(clause, layout.list_intro(self.page.blocks, bi))):
                c.owner = "agency"
            if c.owner == "city" and start is not None:
                own = self._mask_own      # a body the page declared the city's own, named in a title too
                c.owner = owner_from_block(own_seg, c.written, own(layout.label_above(self.page.blocks, bi, start)),
                                                self._own_words(block.heading) if block.region == "main" else "",
                                                self._own_words(layout.row_before(self.page.blocks[bi].text, start)),
                                                own(layout.card_title(self.page.blocks[bi].text, start)),
                                                own(layout.lead_in(self.page.blocks, bi)))
            if c.owner == "city" and foreign_unclear(c.value, seg, c.written, self.area_codes, self.city_tokens):
                c.owner = "unknown"
            if c.owner == "city" and named_elsewhere(seg, c.written, self._own_services_masked(bi), self.city_tokens):
                c.owner = "agency"
            if c.owner == "city" and other_city_named(seg, c.written, self.city_tokens, self.page.title):
                c.owner = "agency"
            if c.owner == "city":
                c.owner = owner_from_previous(seg, block.text)
            if c.owner == "city" and self._beside_named_body_email(attr.clause(seg, c.written), block.text):
                c.owner = "agency"
            if c.owner == "city" and start is not None:
                c.owner = referent_owner(seg, block.text)
            # (a sentence that says its subject is the City's, "X (a City utility)", is not overruled)
            if c.owner == "city" and start is not None and block.region == "main" and not attr.CITY_PART.search(seg):
                c.owner = self._named_owner(bi, start, end) or "city"
        elif c.owner == "city" and c.type == "portal" and c.vendor in ALWAYS_RECORDS_VENDORS:
            c.owner = attr.portal_owner(c.value, attr.clause(seg, c.label), self.page.base_url, self.city_domains,
                                        c.label)
            if c.owner == "city" and attr.email_owner("x@" + (urlsplit(c.value).hostname or ""), self.page.base_url,
                                                      self.city_domains) == "agency":
                c.owner = referent_owner(seg, block.text)      # "... or the Department's portal at <tenant>"
        elif c.owner == "city" and c.type != "portal":      # a vendor-hosted portal is still the city's
            c.owner = attr.owner_from_words(attr.clause(seg, c.written))
        if c.owner == "city" and c.type == "portal" and start is not None and \
                served_by_other(seg, block.text) and \
                attr.email_owner("x@" + (urlsplit(c.value).hostname or ""), self.page.base_url,
                                 self.city_domains) == "agency":
            # "Police services are provided by the County Sheriff. ... Online: <its records form>":
            # a records link off the city's site in that paragraph is the Sheriff's
            c.owner = "agency"
        old = self.seen.get(c.key())
        if c.type == "phone" and start is not None:
            self._phone_at.append((bi, start, c.owner, old or c))
        if old is None:
            self.seen[c.key()] = c
            self.items.append(c)
            return
        # The same contact again: the page's own words beat site chrome, a known role
        # beats "general", the city's own beats another's.
        if _REGION_RANK.get(c.region, 1) < _REGION_RANK.get(old.region, 1):
            old.region, old.evidence, old.label = c.region, c.evidence, c.label or old.label
            if c.role != "general":
                old.role = c.role
        elif old.role == "general" and c.role != "general" and \
                _REGION_RANK.get(c.region, 1) <= _REGION_RANK.get(old.region, 1):
            # (the words beside it in the footer do not say what the page's own line is for)
            old.role, old.label = c.role, c.label
        if c.owner == "city":
            old.owner = "city"
        if old.type == "phone" and old.kind == "voice" and c.kind in ("fax", "tdd"):
            old.kind = c.kind

    # --- finders -------------------------------------------------------------------------

    def _links(self, bi: int, block: Block) -> None:
        if not block.links:
            return            # (most blocks: no menu test, which reads only links)
        menu = block.region == "main" and layout.is_menu(block)
        for link in block.links:
            low = link.href.lower()
            if low.startswith("mailto:"):
                copied = copied_in_mailto(link.href)
                for addr in emails_from_mailto(link.href):
                    (self._copied if addr in copied else self._addressed).add(addr)
                    self._email(addr, bi, link.start, link.end, link.text)
            elif low.startswith("tel:"):
                got = phone_from_tel_link(link.href, link.text, block.text[link.end:link.end + 30])
                if got:
                    self._phone(got[0], got[1], None, bi, link.start, link.end, link.text or link.href[4:])
            # a label before the links of its line ("Submit a new request: City Records | Police Records")
            line = block.text[block.text.rfind("\n", 0, link.start) + 1:link.start]
            before = _SENTENCE_END.split(line[:line.rfind(":")])[-1] if ":" in line else ""
            portal = portal_from_link(link.text, link.href, link.url, self.page.base_url, block.region, before,
                                      attr.segment(block.text, link.start, link.end),
                                      block.heading if block.region == "main" else "", self._subject(), line)
            if portal:      # a second link to it (the nav's, then the text's) merges in _add
                # a link saying "Public Records" is for records, whatever menu items sit beside it
                role = "records" if classify_role(link.text) == "records" else "general"
                c = Contact("portal", portal[0], role, vendor=portal[1], label=link.text)
                c.region = "nav" if menu else block.region
                old = self.seen.get(c.key())
                if old is not None and old.owner == "city" and (menu or _REGION_RANK.get(c.region, 1) > _REGION_RANK.get(
                        old.region, 1) or (c.region == old.region and old.role != "general")):
                    continue          # the same link again in chrome or a menu adds nothing
                self._add(c, bi, link.start, link.end, link.text)

    def _subject(self) -> str:
        """The page's title and its first heading in the main content: what the page is about."""
        if self._subject_text is None:
            first = next((b.heading for b in self.page.blocks if b.region == "main" and b.heading), "")
            self._subject_text = f"{self.page.title} | {first}"
        return self._subject_text

    def _email(self, addr: str, bi: int, start: int, end: int, link_text: str = "") -> None:
        c = Contact("email", addr, written=addr)
        text = self.page.blocks[bi].text
        seg = attr.segment(text, start, end)
        owner = attr.owner_from_words(attr.clause(seg, addr))
        if owner == "city" and attr.email_owner(addr, self.page.base_url, self.city_domains) == "agency" \
                and not attr.initials_domain(addr, self._city_initials()) \
                and not attr.name_domain(addr, attr.city_name_of(self.page.title)):
            owner = "vendor" if attr.VENDOR_DOMAIN.search(addr) else "agency"
        c.owner = owner
        self._add(c, bi, start, end, link_text)
        kind = email_kind(addr)
        before = text[max(text.rfind("\n", 0, start) + 1, start - 80):start]
        sender = kind is None and is_sender(before, text[end:end + 40])
        if sender:
            kind = "newsletter"
        # ("You'll receive email updates from x@": the "email" of a sender's line invites no one to write)
        if (kind == "newsletter" or self.seen[c.key()].role == "newsletter") and not sender:
            if invited_to_write(addr, before, seg):
                kind = None
                if self.seen[c.key()].role == "newsletter":      # the newsletter's desk: communications
                    self.seen[c.key()].role = "media"
        if kind:          # a list or webmaster address is one whatever the words around it
            self.seen[c.key()].role = kind

    def _emails(self, bi: int, block: Block) -> None:
        for start, end, addr in emails_in_text(block.text):
            self._addressed.add(addr.lower())
            self._email(addr, bi, start, end)

    def _phones(self, bi: int, block: Block) -> None:
        if not layout.has_digit(block.text):
            return            # no number in a block without a digit: no label or cache look-up
        all_local = self._declared is not None
        if not _spans_in(block.text, self.area_codes, all_local):
            return            # nor in most blocks with one: their label line is not read
        label_above = layout.label_above(self.page.blocks, bi, 0)
        fax_heading = None        # asked of the block's heading once it has a number
        for hit in _phones_in(block.text, self.area_codes, label_above, all_local):
            if fax_heading is None:
                fax_heading = bool(block.region == "main" and block.heading and FAX_HEADING.match(block.heading))
            kind, column = hit.kind, layout.column_header(self.page.blocks, bi, hit.start)
            if column:            # the cell's column header says what the number is, not the row above
                kind = ("fax" if LABEL_LINE_FAX.search(column) else "tdd" if LABEL_LINE_TDD.search(column) else
                        # ... but a "Phone" column does not undo its own row's "Utilities Fax" label
                        kind if kind in ("fax", "tdd") else
                        "voice" if re.search(r"\b(?:phone|tel|telephone|main|office|direct)\b", column, re.I) else kind)
            if kind == "voice" and fax_heading and \
                    not VOICE_WORD.search(block.text[block.text.rfind("\n", 0, hit.start) + 1:hit.start]):
                kind = "fax"      # a heading "Fax numbers" types the list under it ("City Clerk - (510) ...")
            self._phone(hit.e164, hit.ext, kind, bi, hit.start, hit.end, "", hit.written)

    def _beside_named_body_email(self, seg: str, paragraph: str) -> bool:
        """"Eel Haulers collects on Tuesdays. Call <number> or email route@eelhaulers.com": a
        number offered with an address on another body's domain, a body the paragraph names by
        that domain's name, is that body's line (a mailbox on a free-mail domain names nobody)."""
        found = emails_in_text(seg)
        if not found:
            return False
        for _start, _end, address in found:
            if attr.email_owner(address, self.page.base_url, self.city_domains) != "agency":
                return False
            core = address.rsplit("@", 1)[-1].rsplit(".", 1)[0].split(".")[-1]
            rest = re.sub(re.escape(address), " ", paragraph, flags=re.I)
            # (the name written in words: "Greenline Haulers" for greenlinehaulers.com)
            spelled = r"[\s&'\u2019.-]*".join(re.escape(ch) for ch in core)
            if len(core) < 4 or not re.search(rf"\b{spelled}\b", rest, re.I):
                return False
        return True

    def _phone(self, e164: str, ext: str | None, kind: str | None, bi: int, start: int, end: int,
               link_text: str, written: str = "") -> None:
        text = self.page.blocks[bi].text
        seg = attr.segment(text, start, end)
        why = local_only_service(e164, seg) or attr.is_distractor(seg, attr.around(text, start), text)
        if why:
            self.ignored.append(Ignored("phone", written or e164, why, seg[:200], e164))
            return
        if kind is None:       # a tel: link: its text, or the words before it, say what it is
            from prr.scrapers.contacts.phones import kind_from_context
            kind = kind_from_context(text, start, end, 0, layout.label_above(self.page.blocks, bi, start))
            if re.search(r"\bfax\b", link_text, re.I):
                kind = "fax"
        self._add(Contact("phone", e164, kind=kind, ext=ext, written=written or link_text), bi, start, end,
                  link_text)

    def _addresses(self) -> None:
        if not ZIP_CUE.search(self._text):
            return                # no "CA 9xxxx" on the page: no line of it holds an address
        lines, where = [], []
        for bi, block in enumerate(self.page.blocks):
            got = block.text.split("\n")
            lines += got
            where += [bi] * len(got)
        for li, start, end, text in find_addresses(lines):
            bi = where[li]
            off = self.page.blocks[bi].text.find(lines[li])    # (the line's first place in its block)
            why = attr.is_distractor(lines[li], paragraph=lines[li])
            if why:               # an event venue, a meeting place
                self.ignored.append(Ignored("address", text, why, lines[li][:200], text))
                continue
            self._add(Contact("address", text, written=text), bi, off + start, off + end)
