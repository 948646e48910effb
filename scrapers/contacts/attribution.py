"""Whose contact it is, and whether it is a contact at all.

All three are read from the contact's evidence: the segment of text it sits in (its
line, cut at sentence ends and list separators such as ``•`` and ``|``).

- Not a contact: meeting dial-in numbers, Zoom/Webex IDs and passcodes, live-audio
  and broadcast lines ("Listen to the meeting: ..."), numbers in event listings.
- Owner: another agency when the segment names one (a federal department, the State,
  a county office when the page is a city's) or when an email's domain is another
  organisation's; a vendor when it names a portal vendor or its support desk.
- Owner from the page's blocks when the sentence names nobody (the earlier cells of a
  table row, a label line, a list's lead-in, a heading, the sentence before): in
  :mod:`.owner_context`.
- Owner from the subject the sentence names: a county's offices (Clerk-Recorder,
  Elections, Registrar), special districts, "a separate agency", universities and their
  police, a police station of a county sheriff the city contracts with, a vendor's or
  portal's own line; 711 next to a relay service is the relay's.

The records contact is chosen from these in :mod:`.records_contact`.
"""
from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from prr.scrapers.contacts.domains import (  # noqa: F401  (read through this module too)
    city_initials,
    city_name_of,
    city_tokens_of,
    email_owner,
    initials_domain,
    name_domain,
)
from prr.scrapers.contacts.segments import (  # noqa: F401  (read through this module too)
    _SEGMENT_END,
    ABBREVIATION,
    CODE_LINE,
    around,
    segment,
)
from prr.scrapers.keyword_gate import keyword_gated

DISTRACTOR = re.compile(
    r"\bzoom\b|webinar|webex|microsoft teams|gotomeeting|meeting\s*(?:id|number|code)|access\s*code|"
    r"pass\s*(?:code|word)|participant\s*(?:id|code)|conference\s*(?:id|line|call|number)|\bdial[- ]?in\b|"
    r"\bcall-in\b|\bcall\s+in\s+(?:number|line|info)|teleconferenc|join\s+(?:the\s+meeting\s+)?(?:by|via)\s+(?:phone|telephone)|"
    r"(?<!assistive\s)\blisten(?:ing)?\b(?!\s+(?:devices?|systems?|assistance|aids?)\b)|\bheard\b|\bstream(?:ing|ed)?\b|live\s+audio|audio\s+(?:line|only|stream)|\bbroadcast|\btelevised\b|\bcable\b|"
    r"public\s+comment\s*(?:line|number)?\s*:|public\s+comment\s+(?:line|number)|(?:to|and)\s+(?:provide|give|make)\s+public\s+comment|"
    r"\bdial\b[^.]{0,40}\bmeeting|meeting[^.]{0,40}\btoll[- ]free|press\s+\*9|\*9\s+to\s+raise|raise\s+(?:your|their)\s+hand", re.I)
# An event listing: every number and place in the paragraph is the event's, not the city's desk.
EVENT = re.compile(r"\bfestival\b|\bconcert\b|\bparade\b|farmers'?\s+market|\btickets?\b|\bvenue\b|\bRSVP\b|"
                   r"event\s+(?:info|information|location|venue)|\bheld\s+at\b|\blocation\s*:", re.I)
# Districts that are parts of a city (council seats, zoning, assessment and business districts).
_CITY_DISTRICTS = (r"(?:Council|Business|Historic|Downtown|Improvement|Assessment|Lighting|Landscaping|Maintenance|"
                   r"Parking|Zoning|Facilities|Benefit|Police|Arts|Entertainment|Cultural|Financial|Commercial|"
                   r"Residential|Industrial|Overlay|Design|Neighborhood|Tourism|Special|Plan|Election|Mixed)")
OTHER_AGENCY = re.compile(
    r"\bU\.?\s?S\.?\s+Department|\bUSDA\b|\bfederal\b|Department\s+of\s+(?:Agriculture|Justice|Labor|"
    r"Health\s+and\s+Human|Housing\s+and\s+Urban|Education|Transportation|Homeland)|\bHUD\b|\bFTC\b|\bFBI\b|"
    r"\bIRS\b|Social\s+Security|Secretary\s+of\s+State|Attorney\s+General|State\s+of\s+California|"
    r"Ethics\s+Commission|Office\s+of\s+(?:the\s+)?Assistant\s+Secretary|Washington,?\s+D\.?\s?C\.?|"
    r"National\s+(?:Suicide|Domestic|Human\s+Trafficking|Runaway)|County\s+Sheriff|"
    # federal lands: "Shasta-Trinity National Forest, Mt. Shasta Ranger Station"
    r"National\s+(?:Forest|Park|Monument|Recreation\s+Area|Wildlife\s+Refuge)|Ranger\s+(?:Station|District)|"
    r"Sheriff'?s\s+(?:Office|Department)|Superior\s+Court|District\s+Attorney|Highway\s+Patrol|\bCaltrans\b|"
    r"School\s+District|Unified\s+School|"
    # a county's offices: "Ventura County Clerk-Recorder", "Yolo County Elections Office"
    r"\bCounty\s+(?:Clerk|Recorder|Assessor|Elections?|Registrar|Fire|Sheriff|Counsel|Probation|Coroner|Auditor|"
    r"Treasurer|Tax\s+Collector|(?:Public\s+)?Health|Board\s+of\s+Supervisors)|Clerk-Recorder|Registrar\s+of\s+Voters|"
    # special districts and anything the page calls a separate agency
    r"Fire\s+Protection\s+District|\b(?:Sanitary|Sanitation|Water|Irrigation|Hospital|Healthcare|Transit|Utility|"
    r"Fire|Park|Recreation|Community\s+College|Air\s+Quality|Mosquito|Vector\s+Control)\s+District\b|"
    r"\bseparate\s+(?:public\s+|government\s+)?(?:agency|agencies|entity|district|authority|body|organi[sz]ation)|"
    # universities and their police
    r"University\s+Police|\bCampus\s+Police|\bCSU\b|\bCal\s+Poly\b|\bUC\s+[A-Z][a-z]|University\s+of\s+California|"
    r"California\s+State\s+University|"
    # any named county's office, a school system, a utility, a hospital, a college, transit, state services
    r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+County\b(?!\s+(?:of|line)\b)|\bSchools\b|"
    r"\b(?:Water|Sanitation|Transit|Transportation|Utility|Utilities|Power|Housing)\s+(?:Management\s+)?"
    r"(?:Agency|Authority|District|Commission)\b|(?-i:\bTransit\b)|\bgas\s+and\s+electric\b|"
    r"\b(?:Hospital|Medical\s+Center|College|University)\b(?!\s+(?:Ave|Avenue|Blvd|Boulevard|Dr|Drive|St|Street|Way|"
    r"Road|Rd|Circle|Park|Plaza)\b)|\bnot\s+(?:the\s+)?(?:City|Town)(?:'s)?\s+(?:records|departments?|agenc(?:y|ies))\b|\bCAL\s?FIRE\b|\bCHP\b|\bPort\s+of\s+[A-Z]|\bProtective\s+Services\b|"
    r"\bnot\s+(?:held|kept|maintained)\s+by\s+the\s+(?:City|Town)\b|"
    # any named district ("Templeton Community Services District"), not a part of the city
    # ("Council District", "Business Improvement District", "Historic District")
    rf"(?-i:\b(?!{_CITY_DISTRICTS}\b)[A-Z][a-z]+\s+District\b)|"
    # "contact the District office": the sentence goes on about an agency it named before
    r"(?-i:\b[Tt]he\s+(?:District|College|University|Authority|Court|Hospital|Laboratory|Tribe|Sheriff)\b(?!\s+\d))|"
    # named authorities and joint powers agencies, courts, laboratories, the military, tribes
    r"(?-i:\b[A-Z][a-z]+\s+Authority\b)|joint\s+powers\s+(?:authority|agency)|\bCourt\s+of\s+Appeal|"
    r"\b(?:Municipal|Supreme|Appellate|Traffic|Juvenile|Probate)\s+Court\b|(?:National|Propulsion|Research)\s+Laborator(?:y|ies)\b|"
    r"Institute\s+of\s+Technology|Air\s+Force|\bArmy\b|\bNavy\b|\bNaval\b|Marine\s+Corps|Coast\s+Guard|"
    # the State's prisons and hospitals ("High Desert State Prison"), often a small town's neighbour
    r"\bState\s+(?:Prison|Hospital)\b|\bCorrectional\s+(?:Facility|Institution|Center)\b|\bCDCR\b|"
    r"National\s+Guard|Provost\s+Marshal|Military\s+Police|Veterans\s+Affairs|\bTrib(?:e|es|al)\b|\bRancheria\b|\bBand\s+of\s+[A-Z]|"
    # the State's departments and boards, county justice offices, schools, health systems
    r"\bCalifornia\s+(?:Department|Public\s+Utilities|Air\s+Resources|Coastal|Energy|Franchise|Employment|"
    r"Secretary|Office|State\s+(?:Controller|Board|Lands|Parks))|\bState\s+(?:Bar|Board|Controller|Water\s+Resources|"
    r"Lands\s+Commission|Parks)\b|Department\s+of\s+Motor\s+Vehicles|\bDMV\b|Franchise\s+Tax\s+Board|"
    r"Public\s+Utilities\s+Commission|\bCPUC\b|Public\s+Defender|\bCoroner\b|Medical\s+Examiner|Grand\s+Jury|"
    r"\b(?:High|Middle|Elementary)\s+School\b|School\s+Board|\bUnified\s+(?:School\s+)?District\b|"
    # "Stockton Unified": a school district named by its town, not the "Unified Development Code"
    r"(?-i:\b[A-Z][a-z]+\s+Unified\b(?!\s+(?:Development|Code|Zoning|Land|Fee|Permit|Plan|Program)\b))|"
    r"Health\s+(?:System|Care\s+Agency)|"
    r"Medical\s+(?:Group|Foundation)|Postal\s+Service|\bUSPS\b|\bPost\s+Office\b(?!\s+Box)|\bFEMA\b|"
    r"Chamber\s+of\s+Commerce|Visitors?\s+Bureau|\bAmtrak\b|\bBART\b|\bCaltrain\b|\bMetrolink\b|"
    r"\bEdison\b(?!\s+(?:Ave|Avenue|Blvd|Boulevard|St|Street|Way|Road|Rd|Dr|Drive|Park|School|Elementary|Middle|High|"
    r"Center|Plaza|Court|Ct)\b)|"
    # offices only a county has: a city has no assessor, recorder or registrar
    r"(?-i:\bAssessor\b|\bRecorder\b|\bRegistrar\b|\bSheriff)|\bgas\s*(?:and|&)\s*electric\b|\b(?:PG|SDG)&E\b|"
    # "Elm Mutual Water Company (...), a private company"
    r"\bprivate\s+(?:company|business|firm|corporation|utility)\b|"
    # a service several cities share ("Heartland Fire (shared with Elm and Oak Grove)")
    r"\b(?:shared|jointly\s+(?:run|operated))\s+(?:with|by)\s+(?:the\s+)?(?:cities\s+of\s+)?"
    r"(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,?\s+and\s+[A-Z])|"
    r"Local\s+Agency\s+Formation|\bLAFCO\b|\b(?:a|the)\s+(?:county|state|federal)\s+(?:library|agency|office|department|"
    r"facility|court|program)\b", re.I)
# "... Water District is part of the City: ...": the sentence says the subject is the city's own.
# So does a name marked "(City)" or "(City department)": "Port of X (City department): ...".
CITY_PART = re.compile(r"\b(?:is|are)\s+(?:a\s+)?(?:part|division|department|unit)\s+of\s+the\s+(?:City|Town)\b|"
                       r"\bthe\s+(?:City|Town)\s+has\s+its\s+own\b|\bthe\s+(?:City|Town)['\u2019]s\s+own\b|"
                       r"\((?:a\s+)?(?:City|Town)(?:'s)?(?:\s+(?:department|division|service|office|facility|program|utility|enterprise))?\)|"
                       # "Elm Metro is run by the City's Transit Division": what the City runs is the City's
                       r"\b(?:run|operated|managed|provided|staffed)\s+by\s+the\s+(?:City|Town)(?:['\u2019]s\b|\s+(?:itself|directly)\b)|"
                       # "Beach Cities Transit (operated by the City)": a name's bracket saying the City runs it
                       r"\(\s*(?:run|operated|managed|owned|governed)\s+by\s+the\s+(?:City|Town)(?:\s+Council)?\s*\)|"
                       # "Elm Transit (City-operated)", "(City-owned)"
                       r"\(\s*(?:City|Town)[-\u2010\u2011\s](?:operated|owned|run|managed)\s*\)", re.I)
# "Payments are processed by <vendor>", "operated by", "administered by": the vendor's line.
# A vendor is named bare ("processed by Paymentus"); a department comes with "the".
# So is a payment or service "through <Name>" ("Pay by phone through Paymentus at ...").
# So is "administered for the City by <Name>", "provided under franchise by <Name>".
PROCESSED_BY = re.compile(r"\b(?:processed|operated|administered|serviced|provided|hosted|handled|sold|supplied)\s+"
                          r"(?:(?:for|on\s+behalf\s+of)\s+the\s+(?:City|Town)\s+|under\s+(?:a\s+)?(?:franchise|contract)\s+)?by\s+"
                          r"(?!(?:the|our|us|city|town)\b)[A-Z]|"
                          r"\b(?:pay|paid|payments?|online|by\s+phone)\b[^.;]{0,30}(?:\bthrough\s+(?!(?:the|our|us|city|town)\b)[A-Z]|\((?!(?:City|Town)\b)[A-Z][a-z])|"
                          # named by what it is to the city: "our processor Paymentus", "the City's processor, X"
                          r"\b(?:processor|vendor|contractor|servicer|hauler|franchisee)\s*,?\s+(?!(?:the|our|us|city|town)\b)[A-Z]|"
                          # "the City's contract tow operator, Elm Towing": a contract operator named after it
                          r"\bcontract\s+(?:[a-z]+\s+){0,2}(?:operator|provider|company)\s*,?\s+(?!(?:the|our|us|city|town)\b)[A-Z]|"
                          # a franchise: "Elm Garbage Service (City franchise)", "franchised hauler"
                          # (not the city's "franchise fee" or "franchise agreement")
                          r"\b(?:[Cc]ity|[Tt]own)['\u2019]?s?\s+franchise(?:e|d)?\b"
                          r"(?!\s+(?:fees?|tax(?:es)?|agreements?|ordinance))|\bfranchised\s+(?:hauler|provider|operator|company)")
# A paragraph about a third party the city uses: a toll-free line in it that the sentence does
# not give as the City's is that party's ("Questions about a charge: <Vendor> at 1-855-...").
VENDOR_CONTEXT = re.compile(r"\bthird[- ]party\b|\b(?:payment|billing|card)\s+(?:provider|processor|vendor)\b|"
                            r"\bvendor\b", re.I)
# "The City contracts with the County Sheriff's Office for police services": the police
# station and its records unit named in that paragraph are the contractor's.
CONTRACTED = re.compile(r"contract(?:s|ed)?\s+with\s+(?:the\s+)?[^.]{0,80}?(?:Sheriff|County|District|Authority)"
                        r"[^.]{0,40}?\bfor\s+(?:its\s+|all\s+)?(?:police|fire|law\s+enforcement)|"
                        # "Elmford contracts with the County Sheriff's Department.": a sheriff is hired to police
                        # (what is "staffed by contract with" the Sheriff is still the city's service)
                        r"\bcontracts\s+with\s+(?:the\s+)?[^.]{0,60}?Sheriff(?:['\u2019]s)?\s+(?:Department|Office)\b|"
                        # "Fire Services: provided under contract by the County Fire Department"
                        r"\bunder\s+contract\s+(?:by|with|from)\s+(?:the\s+)?[^.]{0,60}?"
                        r"(?:Sheriff|County|District|Authority)", re.I)
CONTRACTED_SERVICE = re.compile(r"\b(?:police|fire|station|sheriff|law\s+enforcement)\b", re.I)
# A vendor's own desk: "NextRequest support: 1-800-...", "GovQA technical help", "powered by".
_VENDORS = r"(?:nextrequest|govqa|granicus|civicplus|justfoia|foiaxpress|laserfiche|tyler\s+technologies|mycusthelp|" \
           r"seamlessdocs)"
VENDOR = re.compile(rf"\b{_VENDORS}\b[^.\n]{{0,40}}\b(?:support|help\s*desk|customer|technical|service\s+desk)\b|"
                    # "For help with the software, call <Vendor> at ..."
                    rf"\b(?:call|phone|telephone|contact)\s+(?:the\s+)?{_VENDORS}\b|"
                    rf"\b(?:support|help\s*desk|customer\s+service)\b[^.\n]{{0,40}}\b{_VENDORS}\b|\bpowered\s+by\b|"
                    r"\b(?:technical|customer)\s+support\s+(?:for|of)\s+the\s+(?:portal|system|software)|"
                    # "Portal technical support: 1-844-..."
                    r"\b(?:portal|software|platform)\s+(?:technical\s+|customer\s+)?support\b|"
                    # "the vendor's support line", "the portal's automated line"
                    r"\b(?:vendor|portal|system|software)'?s\s+(?:own\s+)?(?:support|help|automated|technical|customer)",
                    re.I)
VENDOR_DOMAIN = re.compile(rf"@(?:[\w-]+\.)*{_VENDORS}\.\w+$", re.I)
TOLL_FREE = re.compile(r"^\+18(?:00|88|77|66|55|44|33)")
# Words naming an organisation: a toll-free line next to them is that organisation's.
ORGANISATION = re.compile(r"\bU\.?\s?S\.?\b|United\s+States|\bNational\b|\bFederal\b|\bState\b|Department\s+of|"
                          r"Administration|Commission\b|\bBureau\b|\bRelay\b|\bAgency\b|Office\s+of|[Hh]otline|"
                          r"[Hh]elpline|[Ll]ifeline|\bCrisis\b|\bPoison\b|Medicare|Medi-Cal|Social\s+Security|\bIRS\b|"
                          r"Contact\s+Center|"
                          # an agency's acronym (USCIS, EEOC), not a records or accessibility word
                          r"\b(?!(?:CPRA|PRA|FOIA|TTY|TDD|ADA|FAX|CITY|PO|USA)\b)[A-Z]{3,6}\b")
# "US Department" is not "us", nor is the ".us" of an address ("records@so.county.us").
# (Written as \bCity\b|\bTown\b|\b[Oo]ur\b|(?<![.@-])\bus\b|\b[Ww]e\b with each word's first letter
# first and its \b checked from behind it: the regex engine then skips in C to those letters instead
# of trying five alternatives at every position, ~12x faster on a sentence; the same matches.)
CITY_OWN = re.compile(r"C(?<=\bC)ity\b|T(?<=\bT)own\b|O(?<=\bO)ur\b|o(?<=\bo)ur\b|u(?<=\bu)(?<![.@-]u)s\b|"
                      r"W(?<=\bW)e\b|w(?<=\bw)e\b")
# "..., not the City", "not from the City": the City named to say it is not whose
NOT_THE_CITY = re.compile(r"\bnot\s+(?:(?:by|from|through|with|to)\s+)?(?:the\s+)?(?:City|Town)\b")
# "The City does not hold them", "the City can't": the City the subject of a denial, likewise
# not whose (the readers that set it aside: served_by.NOT_THE_CITY, owner_context.CITY_DOES_NOT)
CITY_DENIES = r"\b(?:City|Town)\s+(?:does|do|did|is|are|has|will|can)\s*(?:not|n['\u2019]t)\b"


@lru_cache(maxsize=8192)      # every number of a paragraph asks about the same paragraph; sites repeat them
def is_distractor(seg: str, near: str = "", paragraph: str = "") -> str | None:
    m = DISTRACTOR.search(seg) or (DISTRACTOR.search(near) or CODE_LINE.search(near) if near else None)
    if not m and paragraph and len(paragraph) <= 400:
        m = EVENT.search(paragraph)
    return f"not a contact: {m.group(0).strip().lower()}" if m else None


# A service the city buys from another public body: "provided to the City under contract by the
# Monterey Fire Department", "under contract by CAL FIRE". The contractor is named after "by".
CONTRACTOR = re.compile(r"\bunder\s+(?:a\s+)?contract\s+(?:by|with|from)\s+(?:the\s+)?[A-Z]|"
                        r"\bcontracts?\s+(?:with|to)\s+the\s+(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}\s+"
                        r"(?:Department|Agency|Authority|District|Office))\b", re.I)


@lru_cache(maxsize=8192)      # the same sentence is asked about for each contact in it, and pages repeat
def owner_from_words(seg: str) -> str:
    if CITY_PART.search(seg):
        return "city"
    if CONTRACTOR.search(seg) and not re.search(r"\b(?:contract|by)\s+(?:the\s+)?(?:City|Town)\b", seg):
        return "agency"
    if VENDOR.search(seg):
        return "vendor"
    if OTHER_AGENCY.search(seg):          # "processed by Alameda County" is the County's
        return "agency"
    if PROCESSED_BY.search(seg):
        return "vendor"
    return "city"


_BARE_LINE = re.compile(r"\s*(?:tdd|tty|fax|relay)\b[\s:.]*", re.I)


def clause(seg: str, written: str) -> str:
    """The clause of a sentence (cut at ";") that holds the number: "X is a separate agency;
    the City has its own Fire Department (...)" names two owners. A clause that only says
    "its"/"their"/"them" keeps the clause before it, which names whose."""
    if not written or ";" not in seg or written not in seg:
        return seg
    at = seg.index(written)
    a = seg.rfind(";", 0, at)
    b = seg.find(";", at)
    clause = seg[a + 1:b if b >= 0 else len(seg)]
    # "The following are separate agencies: A, 949-...; B, 714-...": the lead-in before the
    # colon says whose every item of the list is
    colon = seg.find(":")
    if 0 < colon < seg.find(";") and a > colon:
        lead = seg[:colon]
        if OTHER_LIST.search(lead) or re.search(r"\bseparate\s+(?:public\s+)?(?:agenc|entit|bod)", lead, re.I):
            return lead + ": " + clause
    if not re.search(r"\b(?:City|Town)\b", clause):
        before = seg[seg.rfind(";", 0, a) + 1:a] if a >= 0 else ""
        # ... and so does one that names nobody the page calls the city's after a clause about
        # another agency with no number of its own: "The Elm Sanitation District treats it; for
        # odor calls: <number>" (not a list of "A, <number>; B, <number>", each its own)
        # ... and so does a bare "TDD 711" or "fax <number>" after another desk's number: that desk's
        bare = _BARE_LINE.fullmatch(clause.replace(written, " ", 1))
        if bare or re.search(r"\b(?:its|their|them|they)\b", clause, re.I) or (
                before and not CITY_OWN.search(clause) and not _NUMBER.search(before)
                and OTHER_AGENCY.search(before)):
            return seg[seg.rfind(";", 0, a) + 1:b if b >= 0 else len(seg)]
    return clause


_NUMBER = re.compile(r"\(?\b\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b")
# ... or a desk named by one capitalised word after "the" ("or at the Cashier, 310-...")
_PROPER_NAME = re.compile(r"(?-i:\b[A-Z][a-z]+\s+(?:[A-Z][a-z]+\s+)*[A-Z][a-z]+\b|\b(?:the|our)\s+[A-Z][a-z]{3,}\b)")


def own_piece(seg: str, written: str) -> str:
    """In a sentence listing several named numbers, the words between the number before
    this one and this one (and, for the last, what follows it); "" when it holds one."""
    at = seg.find(written) if written else -1
    if at < 0:
        return ""
    spans = [m.span() for m in _NUMBER.finditer(seg)]
    if len(spans) < 2:
        return ""
    prev_end, this_end = 0, at + len(written)
    for _a, b in spans:
        if b <= at:
            prev_end = b
    last = not any(a >= this_end for a, _ in spans)
    if last:
        return seg[prev_end:]
    # what it is, said right after it: "Elm Water Company (805-...), a private company, and ..."
    appositive = re.match(r"\)?,\s*(?:a|an)\s+[^,;()]{3,40},", seg[this_end:])
    return seg[prev_end:this_end + (appositive.end() if appositive else 0)]


ONLINE_WAY = re.compile(r"\b(?:or\s+)?online\s+(?:through|via|with|at|using)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?", re.I)


def phone_owner(e164: str, seg: str, paragraph: str, area_codes: tuple[str, ...] = (), written: str = "") -> str:
    """Owner of a number: words in its sentence first; a toll-free or out-of-area number
    takes the organisation its paragraph names (a notice's federal lines)."""
    seg = clause(seg, written)
    # 711 reaches the relay service ("dial 711", "TTY 711", "hearing impaired persons may call
    # 711"), not a line of the city's; unless the words give it as a body's own TTY number
    # ("contact the Department at ..., through the TTY number 711")
    if e164 == "711" and (re.search(r"\brelay\b|\bdial(?:ing)?\s+711\b", seg, re.I)
                          or not re.search(r"\b(?:tty|tdd)\s+(?:number|line)\s+711\b", seg, re.I)):
        return "agency"
    piece = own_piece(seg, written)
    if piece and _PROPER_NAME.search(mask(piece)) and owner_from_words(mask(piece)) == "city":
        seg = piece           # "Supervisor, 949-..., or the State Water Board, 916-...": each its own name
    if written and written in seg:
        # "... to Utility Billing at <number> or online through Paymentus": the vendor named after
        # the number is the online way, not whose the number is
        at = seg.index(written) + len(written)
        seg = seg[:at] + ONLINE_WAY.sub(" ", seg[at:])
    if written:           # vanity letters ("1-800-CALL-CDR") are no organisation's name
        seg, paragraph = seg.replace(written, " "), paragraph.replace(written, " ")
    owner = owner_from_words(seg)
    if owner != "city":
        return owner
    if len(paragraph) <= 1200 and CONTRACTED.search(paragraph) and CONTRACTED_SERVICE.search(seg):
        return "agency"
    foreign = bool(TOLL_FREE.match(e164)) or bool(area_codes and e164.startswith("+1")
                                                  and e164[2:5] not in area_codes)
    if not foreign:
        return "city"
    if TOLL_FREE.match(e164) and not CITY_OWN.search(seg) and (
            ORGANISATION.search(seg) or (len(paragraph) <= 1200 and ORGANISATION.search(paragraph))):
        return "agency"
    if TOLL_FREE.match(e164) and not CITY_OWN.search(seg) and len(paragraph) <= 1200 and (
            PROCESSED_BY.search(paragraph) or VENDOR_CONTEXT.search(paragraph)):
        return "vendor"        # a payment processor's or programme administrator's help line
    if len(paragraph) <= 1200 and OTHER_AGENCY.search(paragraph) and not CITY_OWN.search(seg):
        return "agency"
    return "city"


# A heading or label over a list of other agencies' contacts ("Not City records", "Other agencies").
OTHER_LIST = re.compile(r"\bnot\s+(?:the\s+)?(?:City|Town)(?:'s)?\s+(?:records|offices?|departments?|services|numbers|"
                        r"contacts|agenc(?:y|ies))|\bother\s+(?:public\s+)?(?:agenc(?:y|ies)|operators|providers|organi[sz]ations|"
                        r"jurisdictions)\b|"
                        r"\boutside\s+agenc(?:y|ies)|\brecords\s+(?:of|held\s+by)\s+other\b|"
                        r"\bnot\s+(?:held|kept|maintained)\s+by\s+the\s+(?:City|Town)\b|\bwho\s+else\b|"
                        # "Related agencies", "Utilities and districts serving Elmford": bodies beside the city
                        r"\b(?:related|partner|neighbou?ring|nearby|regional)\s+(?:agenc(?:y|ies)|organi[sz]ations)\b|"
                        r"\b(?:agencies|districts|providers|utilities|companies|organi[sz]ations)\b[^|.]{0,30}\bserving\b|"
                        # a heading "Not Elmford Police records": not the City's, the city named by its name
                        r"^\s*not\s+(?-i:(?:[A-Z][\w.'\u2019-]*\s+){1,4})(?:records|reports|offices|departments|services|numbers|contacts|lines)\b",
                        re.I)


def portal_owner(url: str, seg: str, site_url: str | None, city_domains: tuple[str, ...] = (),
                 link_text: str = "") -> str:
    """A vendor portal is the city's unless its tenant is someone else's and the sentence
    says whose: "requests for Sheriff's records are made to the Sheriff's Department: <portal>".
    A link whose own words name another agency ("Sheriff records requests") is that agency's
    whatever else the sentence says of the City."""
    host = urlsplit(url).hostname or ""
    # "... handled by the Sheriff's Records Unit, not the City: ... its portal": the City named to say not
    own = NOT_THE_CITY.sub(" ", seg)
    if link_text and OTHER_AGENCY.search(link_text) and not CITY_OWN.search(link_text):
        own = ""
    if not host or CITY_OWN.search(own) or not OTHER_AGENCY.search(seg):
        return "city"
    site = (urlsplit(site_url).hostname or "").lower() if site_url else ""
    if site.count(".") >= 2 and host.count(".") >= 2 and site.split(".", 1)[1] == host.split(".", 1)[1]:
        # on the city's own tenant of the vendor (solanabeach.<vendor>): another tenant is another's
        return "agency" if site.split(".", 1)[0] != host.split(".", 1)[0].lower() else "city"
    return "agency" if email_owner("x@" + host, site_url, city_domains) == "agency" else "city"


_CONTACT_WORDS = re.compile(r"\S+@\S+|\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}")
# Its second alternative alone, for a text without "@" (where the first cannot match), written
# to start with a class of its first characters so the engine skips to them in C.
_NUMBER_WORDS = re.compile(r"[(\d](?:(?<=\()\d{3}|(?<=\d)\d{2})\)?[\s.-]?\d{3}[\s.-]?\d{4}")


def mask(text: str) -> str:
    return _CONTACT_WORDS.sub(" ", text) if "@" in text else _NUMBER_WORDS.sub(" ", text)

# The agency test runs on every sentence and link of every watched page; the gate gives the
# same matches without trying each of its ~100 alternatives at every position.
OTHER_AGENCY = keyword_gated(OTHER_AGENCY)

# The same gate for the other large alternations asked of every contact's sentence and paragraph
# (checked to give the same matches in tests/watch/test_keyword_gate.py).
DISTRACTOR = keyword_gated(DISTRACTOR)
EVENT = keyword_gated(EVENT)
VENDOR = keyword_gated(VENDOR)
OTHER_LIST = keyword_gated(OTHER_LIST)
CITY_PART = keyword_gated(CITY_PART)
