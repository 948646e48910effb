"""A page as a person sees it: visible text in blocks, each with its region and links.

Contacts are read from what a visitor can see and use, never from markup: scripts,
styles, templates, CMS configuration and attribute values are skipped (one real page
yields 26 "phone numbers" made of digits in its markup otherwise). Links are kept with
their text and their target, because a ``mailto:`` or ``tel:`` target is usable even
when the text says "Email us". Each block knows its region (``main``, ``header``,
``footer``, ``nav``): site chrome is still read (many small cities publish their only
phone number in the footer) but marked, so it cannot outrank the page's own contacts.
"""
from __future__ import annotations

import html as htmlmod
import re
from dataclasses import dataclass, field
from urllib.parse import unquote

from lxml import etree

from prr.scrapers.normalise import PageText, clean_url, decode_cfemail, parse_html

SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas",
             "select", "option", "button", "input", "textarea", "link", "meta", "head", "title", "math"}
BLOCK_TAGS = {"p", "div", "section", "article", "main", "aside", "li", "ul", "ol", "dl", "dt", "dd",
              "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "tbody", "thead", "tfoot", "blockquote",
              "pre", "address", "form", "fieldset", "figure", "figcaption", "hr", "body", "html",
              "header", "footer", "nav", "caption", "details", "summary", "center"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
SECTIONS = {"section", "article"}
_REGION_ROLES = {"contentinfo": "footer", "banner": "header", "navigation": "nav", "menu": "nav",
                 "menubar": "nav", "search": "nav"}
# (also a CMS's short camel-case prefix: "gaHeader", "vFooter")
_REGION_ATTR = (("footer", re.compile(r"(?:^|[\s_-])(?:site-?|global-?|page-?|main-?|(?-i:[a-z]{1,4}(?=F)))?footer(?:$|[\s_-])",
                                      re.I)),
                ("header", re.compile(r"(?:^|[\s_-])(?:site-?|global-?|page-?|main-?|(?-i:[a-z]{1,4}(?=H)))?header(?:$|[\s_-])|"
                                      r"masthead", re.I)),
                ("nav", re.compile(r"(?:^|[\s_-])(?:nav|navbar|navigation|mega-?menu|main-?menu|breadcrumbs?)(?:$|[\s_-])", re.I)))
_WS = re.compile(r"[ \t\r\f\v\u00a0\u200b\u2009\u202f]+")
# An icon with no text says what the number beside it is by its accessible name (an SVG
# <title>, aria-label) or its icon-font class ("fa-fax", "icon-phone", <use href="#fax">):
# read it as a screen reader says it ("Fax", "Phone"), which labels the number beside it.
# (Words, not the fax-machine and telephone signs: ASCII text keeps the cheap keyword gate.)
_ICON_TAGS = {"svg", "i", "span", "em", "img"}
_ICON_NAME = ((" Fax: ", re.compile(r"(?:^|[^a-z])(?:fax|facsimile)(?:$|[^a-z])", re.I)),
              (" Phone: ", re.compile(r"(?:^|[^a-z])(?:phone|telephone|tel)(?:$|[^a-z])", re.I)))


@dataclass
class PageLink:
    text: str
    href: str                 # as written in the page, entities decoded
    url: str                  # absolute (when a base URL is known), volatile parameters removed
    start: int                # offsets of the link text in its block's text
    end: int


@dataclass
class Block:
    text: str                           # visible text; lines split by <br> and line breaks
    region: str = "main"                # main | header | footer | nav
    heading: str = ""                   # nearest heading above
    links: list[PageLink] = field(default_factory=list)
    item: str = ""                      # "li", "tr" or "dl" inside a list item, table row or <dl>; else ""


@dataclass
class Page:
    blocks: list[Block]
    title: str = ""
    base_url: str | None = None

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)


def looks_like_html(s: str) -> bool:
    return bool(re.search(r"<(?:html|body|div|p|a|span|table|h[1-6]|br|ul|li|section|main)\b", s[:5000], re.I))


def read_page(source, base_url: str | None = None) -> Page:
    """A :class:`Page` from HTML, plain text or an already normalised PageText."""
    if isinstance(source, PageText):
        return _from_page_text(source)
    if isinstance(source, bytes):
        source = source.decode("utf-8", "replace")
    if looks_like_html(source):
        return _from_html(source, base_url)
    return _from_text(source)


def _from_text(text: str) -> Page:
    """Plain text (a crawl, a saved page): blocks end at blank lines and before
    heading-like lines (short, no digits, no "@", no final period), which head the
    lines that follow."""
    blocks: list[Block] = []
    lines: list[str] = []
    heading = ""

    def close():
        if lines:
            blocks.append(Block("\n".join(lines), heading=heading))
            lines.clear()

    for raw in text.splitlines():
        line = _WS.sub(" ", raw).strip()
        if not line:
            close()
            continue
        if len(line) < 60 and not re.search(r"[@\d]", line) and not line.endswith((".", ":", ",")):
            close()
            heading = line
        lines.append(line)
    close()
    return Page(blocks)


def _from_page_text(pt: PageText) -> Page:
    # A normalised paragraph's line breaks come from the HTML source (<br> already splits
    # paragraphs there): they are spaces, not lines.
    blocks = [Block(p.replace("\n", " "), heading=pt.headings[i] if i < len(pt.headings) else "")
              for i, p in enumerate(pt.paragraphs)]
    for link in pt.links:
        if link.paragraph < len(blocks):
            b = blocks[link.paragraph]
            text = link.text.replace("\n", " ")
            pos = b.text.find(text) if text else -1
            b.links.append(PageLink(text, link.href, link.href, max(pos, 0), pos + len(text) if pos >= 0 else 0))
    return Page(blocks, title=pt.title, base_url=pt.base_url)


def _from_html(source: str, base_url: str | None) -> Page:
    try:
        root = parse_html(source)
    except (etree.ParserError, ValueError):
        return Page([], base_url=base_url)
    title_el = root.find(".//title")
    title = _WS.sub(" ", title_el.text_content()).strip() if title_el is not None else ""
    body = root.find("body")
    w = _Walker(base_url)
    # Panels a button or heading opens (an accordion's answers, "hidden" until clicked) are
    # read: people do open them. Named by the controls that open them, or by a link to them
    # ("<a class=faq-toggle href=#q1>" over a panel shown by the page's script).
    w.disclosed = {t.lstrip("#") for v in root.xpath("//@aria-controls|//@data-target|//@data-bs-target"
                                                     "|//a[starts-with(@href, '#')]/@href")
                   for t in str(v).split()}
    w.walk(body if body is not None else root, "main")
    w.flush()
    return Page(w.blocks, title=title, base_url=base_url)


def _region_of(el, inherited: str) -> str:
    tag = el.tag.lower()
    if tag in ("footer", "header", "nav"):
        return tag
    role = (el.get("role") or "").lower()
    if role in _REGION_ROLES:
        return _REGION_ROLES[role]
    if role == "main" or tag == "main":
        return "main"
    attrs = " ".join(filter(None, (el.get("id"), el.get("class"))))
    # <body> and <html> classes describe the page's layout ("et_fixed_nav", "has-header"),
    # not a region: the whole page is not a menu
    if attrs and inherited == "main" and tag not in ("body", "html"):
        for region, rx in _REGION_ATTR:
            if rx.search(attrs):
                return region
    return inherited


_TOGGLED = re.compile(r"collapse|dropdown|menu|accordion|submenu|tab-pane", re.I)


def _hidden(el, region: str, disclosed: frozenset | set = frozenset()) -> bool:
    # Menus are hidden until opened (collapsed navbars, dropdowns), and people do open them.
    if region == "nav" or _TOGGLED.search(el.get("class") or "") or (el.get("id") in disclosed if disclosed else False):
        return False
    style = (el.get("style") or "").replace(" ", "").lower()
    # Not aria-hidden: mega-menus carry it until hovered, and people do open them.
    hidden = "hidden" in el.attrib or "display:none" in style or "visibility:hidden" in style
    return hidden and not _opened_by_previous(el)


def _opened_by_previous(el) -> bool:
    """A panel right after a control that says it opens and closes (``aria-expanded``: an
    accordion's title button with no ``aria-controls``): people open it, so it is read."""
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):      # comments between
        prev = prev.getprevious()
    if prev is None:
        return False
    if prev.get("aria-expanded") is not None or bool(prev.xpath(".//*[@aria-expanded]")):
        return True
    # An FAQ's answer hidden under its question (a heading or title that asks, "How do I ...?"):
    # the page's script opens it when the question is clicked, so people read it.
    tag = prev.tag.lower() if isinstance(prev.tag, str) else ""
    return (tag in HEADINGS or tag in ("dt", "button", "summary") or _heading_like(prev)) and \
        prev.text_content().strip().endswith("?")


_ITEM_TAGS = {"li": "li", "tr": "tr", "dt": "dl", "dd": "dl"}


class _Walker:
    def __init__(self, base_url):
        self.base_url = base_url
        self.blocks: list[Block] = []
        self.buf: list[str] = []
        self.links: list[tuple[int, int, str, str]] = []    # offsets into the joined buffer
        self.heading = ""
        self.region = "main"
        self.disclosed: set[str] = set()
        self.item = ""            # the kind of list item being read (a paragraph after a list is no item of it)

    def _text(self, s: str | None) -> None:
        if s:      # a line break in the HTML source is a space; only <br> breaks a line
            self.buf.append(s.replace("\r", " ").replace("\n", " "))

    def _pos(self) -> int:
        return sum(len(s) for s in self.buf)

    def flush(self) -> None:
        raw = "".join(self.buf)
        links, self.buf, self.links = self.links, [], []
        if not raw.strip():
            return
        # Collapse spaces line by line, keeping offsets of links by re-finding their text.
        lines = [_WS.sub(" ", ln).strip() for ln in raw.split("\n")]
        text = "\n".join(ln for ln in lines if ln)
        block = Block(text, self.region, self.heading, item=self.item)
        cursor = 0
        for start, end, href, _ in links:
            ltext = _WS.sub(" ", raw[start:end].replace("\n", " ")).strip()
            pos = text.find(ltext, cursor) if ltext else -1
            if pos < 0:
                pos = cursor
            block.links.append(PageLink(ltext, href, clean_url(href, self.base_url), pos, pos + len(ltext)))
            cursor = pos + len(ltext)
        self.blocks.append(block)

    def walk(self, el, region: str) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else None
        if tag in _ICON_TAGS and (tag == "svg" or el.get("class") or el.get("aria-label") or el.get("alt")):
            sign = _icon_sign(el)          # (names first: reading the text of every <span> costs)
            if sign and (tag == "svg" or not el.text_content().strip()):
                self.buf.append(sign)
        if tag is None or tag in SKIP_TAGS or _hidden(el, region, self.disclosed):
            self._text(el.tail)
            return
        inner = _region_of(el, region)
        block = tag in BLOCK_TAGS or inner != self.region
        if block:
            self.flush()
        outer_region, self.region = self.region, inner
        outer_item = self.item
        self.item = _ITEM_TAGS.get(tag, self.item)
        outer_heading, blocks_before = self.heading, len(self.blocks)
        if el.get("data-cfemail"):
            self.buf.append(decode_cfemail(el.get("data-cfemail")) or "")
        elif tag == "br":
            self.buf.append("\n")
        else:
            start = self._pos()
            self._text(el.text)
            for child in el:
                self.walk(child, inner)
            if tag == "a" and el.get("href"):
                self.links.append((start, self._pos(), _link_target(el.get("href")), ""))
            elif tag in ("td", "th"):
                self.buf.append(" | ")      # a table row reads as one line
        if tag in HEADINGS or (tag in ("div", "span", "p", "button", "summary", "dt") and _heading_like(el)):
            self.heading = _WS.sub(" ", "".join(self.buf)).strip()
        if block:
            self.flush()
        if tag in SECTIONS and self.heading != outer_heading and len(self.blocks) > blocks_before + 1:
            # A heading inside a <section> heads that section only: the next section's text
            # is not under it ("Records kept by other agencies" ends with its section).
            # (A section holding only its heading still heads what follows.)
            self.heading = outer_heading
        self.region = outer_region
        self.item = outer_item
        self._text(el.tail)


# An element that heads what follows without being an <h1>-<h6>: role="heading", an accordion
# panel's title, a schema.org Question's name (an FAQ's question over its hidden answer).
_HEADING_CLASS = re.compile(r"(?:^|[\s_-])(?:panel|accordion|faq|toggle|collapsible)[-_]?(?:heading|title|header|question)"
                            r"(?:$|[\s_-])", re.I)


def _heading_like(el) -> bool:
    if el.get("role") == "heading":
        return True
    if el.get("itemprop") == "name":
        parent = el.getparent()
        return parent is not None and "Question" in (parent.get("itemtype") or "")
    cls = el.get("class")
    return bool(cls) and ("ead" in cls or "itle" in cls or "uestion" in cls) and bool(_HEADING_CLASS.search(cls))


def _icon_sign(el) -> str:
    """The sign an icon with no text shows ("" when it names neither a fax nor a phone)."""
    names = [el.get("aria-label") or "", el.get("class") or "", el.get("alt") or "" if el.tag == "img" else ""]
    if el.tag == "svg":
        names += [t.text_content() for t in el.iter("title")] + \
                 [u.get("href") or u.get("{http://www.w3.org/1999/xlink}href") or "" for u in el.iter("use")]
    name = " ".join(names)
    if not name.strip():
        return ""
    for sign, rx in _ICON_NAME:
        if rx.search(name):
            return sign
    return ""


def _link_target(href: str) -> str:
    href = htmlmod.unescape(href.strip())
    if "/cdn-cgi/l/email-protection#" in href:      # Cloudflare: the fragment is the encoded address
        email = decode_cfemail(href.split("#", 1)[1])
        if email:
            return "mailto:" + email
    if href.lower().startswith("mailto:"):
        return "mailto:" + unquote(href[7:]).strip()
    return href
