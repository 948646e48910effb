"""Which registry city (or city department) an organisation on the breach list is.

Matching is anchored: the whole organisation name must read as the city ("City of
X", "Town of X") or one of its departments ("X Police Department", "City of X Public
Library"), so "X Unified School District", "X County", "X Water District" or "X
Inc." never match city X, and "Ventura" inside "Buenaventura" is no match either.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import asdict, dataclass

MATCH_THRESHOLD = 0.75

# --- matching --------------------------------------------------------------------------

_DEPARTMENTS = (
    "police department", "police dept", "police", "pd",
    "fire department", "fire dept", "fire rescue", "fire",
    "public library", "city library", "library",
    "public works department", "public works",
    "parks and recreation department", "parks and recreation",
    "city clerks office", "city clerk", "city attorneys office", "city attorney",
    "city managers office", "city manager", "city council", "city hall",
    "information technology department", "information technology", "it department",
    "finance department", "water department", "utilities department", "utilities",
    "human resources department", "human resources",
)
_DEPT = "(?P<dept>" + "|".join(re.escape(d) for d in _DEPARTMENTS) + ")"
# (pattern, weight, what it means); the name part must be a registry city name exactly.
_PATTERNS = [
    (re.compile(r"^(?:city|town) of (?P<name>.+?)$"), 1.0, "the city itself ({form})"),
    (re.compile(rf"^(?:city|town) of (?P<name>.+?) {_DEPT}$"), 0.95, "a city department ({form})"),
    (re.compile(rf"^{_DEPT} (?:of )?(?:city|town) of (?P<name>.+?)$"), 0.95, "a city department ({form})"),
    (re.compile(rf"^(?P<name>.+?) {_DEPT}$"), 0.9, "a city department ({form})"),
    # A bare city name is most likely the city, but stays below the threshold: a company
    # can be called "Vista" or "Commerce" too. It is kept as a candidate for review.
    (re.compile(r"^(?P<name>.+)$"), 0.7, "only the city's name ({form}); review by hand"),
]
_NOT_A_CITY_WORDS = re.compile(
    r"\b(unified|school|schools|district|county|college|university|inc|llc|llp|lp|ltd|corp|corporation|"
    r"company|co|bank|credit union|hospital|medical|health|clinic|insurance|authority|association|"
    r"foundation|church|group|services|holdings|partners)\b")
_US_STATES = (
    "alabama alaska arizona arkansas colorado connecticut delaware florida georgia hawaii idaho "
    "illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota "
    "mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas "
    "utah vermont virginia washington wisconsin wyoming").split() + [
    "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota",
    "rhode island", "south carolina", "south dakota", "west virginia"]
_STATE_CODES = set("al ak az ar co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj "
                   "nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy dc".split())


def normalise_name(name: str) -> str:
    """Lowercase ASCII words: 'City of San Buenaventura, California' -> 'city of san buenaventura'."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    s = s.replace("&", " and ").replace("'", "").replace("\u2019", "")
    s = re.sub(r"[^a-z0-9]+", " ", s)
    s = re.sub(r"\bthe\b", " ", s)
    s = re.sub(r"\bsaint\b", "st", s)
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"\s(?:california|calif|ca)$", "", s)
    return s


def _other_state(raw: str) -> str | None:
    """'City of Richmond, Virginia' or 'City of Salem, OR' names a state that is not California."""
    tail = raw.rsplit(",", 1)[1] if "," in raw else raw
    t = normalise_name(tail)
    for st in _US_STATES:
        if t == st or t.endswith(" " + st):
            return st
    if "," in raw and t in _STATE_CODES:
        return t.upper()
    return None


@dataclass
class CityMatch:
    city_slug: str
    city_name: str
    score: float
    reason: str
    department: str | None = None

    def to_json(self) -> dict:
        return asdict(self)


class CityIndex:
    """Registry city names (and the aliases in parentheses, e.g. 'San Buenaventura (Ventura)')."""

    def __init__(self, cities: Iterable):
        self.names: dict[str, list[tuple[str, str]]] = {}
        for c in cities:
            slug, name = (c["slug"], c["name"]) if isinstance(c, dict) else (c.slug, c.name)
            forms = {name, re.sub(r"\s*\(.*?\)\s*", " ", name)} | set(re.findall(r"\((.*?)\)", name))
            for form in forms:
                key = normalise_name(form)
                if key and (slug, name) not in self.names.setdefault(key, []):
                    self.names[key].append((slug, name))
        self.max_words = max((len(k.split()) for k in self.names), default=1)
        self._by_length: dict[int, list[str]] = {}
        for key in self.names:
            self._by_length.setdefault(len(key), []).append(key)

    def exact(self, name: str) -> list[tuple[str, str]]:
        return self.names.get(name, [])

    def close(self, name: str) -> tuple[float, str, str, str] | None:
        """The most similar city name (for typos); only long names, never across obvious
        non-city words."""
        if len(name) < 6 or _NOT_A_CITY_WORDS.search(name):
            return None
        best = None
        keys = [k for n in range(len(name) - 3, len(name) + 4) for k in self._by_length.get(n, ())]
        for key in keys:
            cities = self.names[key]
            if len(cities) != 1:
                continue
            sm = difflib.SequenceMatcher(None, name, key)
            if sm.real_quick_ratio() < 0.9 or sm.quick_ratio() < 0.9:
                continue
            ratio = sm.ratio()
            if ratio >= 0.9 and (best is None or ratio > best[0]):
                best = (ratio, key, *cities[0])
        return best

    def mentioned(self, text: str) -> tuple[str, str, str] | None:
        """The longest city name that appears as whole words inside ``text`` (normalised)."""
        words = text.split()
        best = None
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + self.max_words) + 1):
                key = " ".join(words[i:j])
                cities = self.names.get(key)
                if cities and len(cities) == 1 and (best is None or len(key) > len(best[0])):
                    best = (key, *cities[0])
        return best


def match_city(organization: str, cities, *, threshold: float = MATCH_THRESHOLD) -> CityMatch | None:
    """The registry city an organisation is (or a department of), with a score and the reason.

    ``cities`` is a :class:`CityIndex` or an iterable of ``{"slug", "name"}``. Returns None
    when the best score is below ``threshold`` (pass 0 to get the best candidate anyway).
    """
    index = cities if isinstance(cities, CityIndex) else CityIndex(cities)
    best = best_candidate(organization, index)
    if best is None or best.score < threshold:
        return None
    return best


def best_candidate(organization: str, index: CityIndex) -> CityMatch | None:
    s = normalise_name(organization)
    if not s:
        return None
    state = _other_state(organization)
    if state:
        return CityMatch("", "", 0.0, f"names another state ({state})")
    candidates: list[CityMatch] = []
    for pattern, weight, meaning in _PATTERNS:
        m = pattern.match(s)
        if not m:
            continue
        name = m.group("name")
        dept = m.groupdict().get("dept")
        hits = index.exact(name)
        if len(hits) == 1:
            slug, city = hits[0]
            candidates.append(CityMatch(slug, city, weight, meaning.format(form=f"'{organization.strip()}'"), dept))
        elif len(hits) > 1:
            candidates.append(CityMatch(hits[0][0], hits[0][1], 0.3,
                                        f"'{name}' names {len(hits)} registry cities; review by hand", dept))
        else:
            near = index.close(name)
            if near:
                ratio, key, slug, city = near
                candidates.append(CityMatch(slug, city, round(weight * ratio * 0.9, 3),
                                            f"{meaning.format(form=repr(organization.strip()))}, with the name "
                                            f"spelled close to {city} (similarity {ratio:.2f})", dept))
    if not candidates:
        seen = index.mentioned(s)
        if seen:
            key, slug, city = seen
            return CityMatch(slug, city, 0.3, f"mentions {city} but is another organisation "
                                              f"('{organization.strip()}')")
        return None
    return max(candidates, key=lambda c: c.score)
