"""Contact extraction accuracy: precision and recall per field, city by city.

Fields: emails (every address a person can use from the page), phones (the page's own
agency's numbers, TDD included; another agency's, dial-ins and broadcast lines are
false positives), fax, portal URLs, and the chosen records contact (email, phone and
portal picked by :meth:`Contacts.records_contact`; case table only, the corpus does
not label it).

Sets: the real pages of ``../shared/corpus/html`` (labels.json; a city is the page's
folder) and the case table ``tests/watch/cases/contacts.yaml`` (each case is its own
city). The extractor is rule-based: it has no learned or tuned parameters to refit
without a city, so the held-out figure of a city is its own figure; reported per city,
the worst city, and pooled.

Usage: .venv/bin/python benchmarks/contacts_accuracy.py [--verbose]
The last line is one JSON object with the figures, the goals and "goals_met".

Baseline (same run, same pages): what a plain reader does: every email-looking string in
the markup, every number ``phonenumbers`` finds in the document's text (scripts
included), "fax" within a few words before a number makes it a fax, every link whose
text says records. Ratios are prr's figure over the baseline's.
"""
from __future__ import annotations

import json
import os
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from prr.scrapers.contacts import extract_contacts  # noqa: E402
from prr.scrapers.contacts.phones import find_phones  # noqa: E402

CASES = ROOT / "tests" / "watch" / "cases" / "contacts.yaml"
FIELDS = ("emails", "phones", "fax", "portal_urls", "records_contact")
GOALS = {"precision": 0.97, "recall": 0.95}


def phone_key(written: str) -> tuple:
    if re.fullmatch(r"\s*[2-9]11\s*", written):
        return (written.strip(), None)
    hits = find_phones(written)
    if not hits:
        raise ValueError(f"label is not a phone number: {written!r}")
    return (hits[0].e164, hits[0].ext)


def portal_key(url: str) -> str:
    if url.lower().startswith("mailto:"):
        return url.lower()
    parts = urlsplit(url)
    return (re.sub(r"/+", "/", parts.path).rstrip("/") + ("?" + parts.query if parts.query else "")).lower()


def predicted(contacts, page_kind: str | None = None) -> dict[str, set]:
    own = [c for c in contacts.items if c.owner == "city"]
    chosen = contacts.records_contact(page_kind)
    return {
        "emails": {c.value.lower() for c in contacts.items if c.type == "email"},
        "phones": {(c.value, c.ext) for c in own if c.type == "phone" and c.kind != "fax"},
        "fax": {(c.value, c.ext) for c in own if c.type == "phone" and c.kind == "fax"},
        "portal_urls": {portal_key(c.value) for c in contacts.items if c.type == "portal"},
        "records_contact": {(t, c.value.lower()) for t, c in chosen.items() if c is not None},
    }


def baseline_predicted(html: bytes) -> dict[str, set]:
    import lxml.html
    import phonenumbers

    text = html.decode("utf-8", "replace")
    root = lxml.html.document_fromstring(html)
    body = root.text_content()
    phones, fax = set(), set()
    for m in phonenumbers.PhoneNumberMatcher(body, "US"):
        key = (phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164), m.number.extension or None)
        (fax if re.search(r"fax", body[max(0, m.start - 15):m.start], re.I) else phones).add(key)
    portals = {portal_key(a.get("href")) for a in root.iter("a")
               if a.get("href") and re.search(r"records|foia", a.text_content(), re.I)}
    return {"emails": {e.lower() for e in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text)},
            "phones": phones, "fax": fax, "portal_urls": portals}


def corpus_items(corpus: Path, reader=None):
    for lab in json.loads((corpus / "html" / "labels.json").read_text()):
        city = lab["file"].split("/")[1]
        html = (corpus / lab["file"]).read_bytes()
        if reader is not None:
            pred = reader(html)
        else:
            pred = predicted(extract_contacts(html))
        expected = {"emails": {e.lower() for e in lab["emails"]},
                    "phones": {phone_key(p) for p in lab["phones"]},
                    "fax": {phone_key(p) for p in lab["fax"]},
                    "portal_urls": {portal_key(u) for u in lab["portal_urls"]}}
        yield city, lab["file"], pred, expected


def case_items():
    for case in yaml.safe_load(CASES.read_text()):
        exp = case["expect"]
        contacts = extract_contacts(case.get("html") or case["text"], case.get("url"),
                                    area_codes=tuple(case.get("area_codes") or ()))
        phones = exp.get("phones", [])
        expected = {"emails": {e.lower() for e in exp["emails"]},
                    "phones": {(p["e164"], p["ext"]) for p in phones if p["kind"] != "fax"},
                    "fax": {(p["e164"], p["ext"]) for p in phones if p["kind"] == "fax"},
                    "portal_urls": {portal_key(p["url"]) for p in exp.get("portals", [])}}
        if "records_contact" in exp:
            expected["records_contact"] = {(t, str(v).lower()) for t, v in exp["records_contact"].items() if v}
        yield case["id"], case["id"], predicted(contacts, case.get("kind")), expected


def pool_by_city(counts: dict, fields) -> dict:
    """Pooled precision and recall per field from per-city [tp, fp, fn] counts, with the
    worst city ("all" when no city is below 1.0)."""
    out = {}
    for f in fields:
        per_city = {city: fc[f] for city, fc in counts.items() if f in fc}
        if not per_city:
            continue
        tp, fp, fn = (sum(v[i] for v in per_city.values()) for i in range(3))
        p_city = {c: v[0] / (v[0] + v[1]) for c, v in per_city.items() if v[0] + v[1]}
        r_city = {c: v[0] / (v[0] + v[2]) for c, v in per_city.items() if v[0] + v[2]}
        worst_p = min(p_city.items(), key=lambda kv: kv[1]) if p_city else ("all", 1.0)
        worst_r = min(r_city.items(), key=lambda kv: kv[1]) if r_city else ("all", 1.0)
        worst_p = worst_p if worst_p[1] < 1 else ("all", 1.0)      # no city below 1.0
        worst_r = worst_r if worst_r[1] < 1 else ("all", 1.0)
        out[f] = {"precision": round(tp / (tp + fp), 3) if tp + fp else 1.0,
                  "recall": round(tp / (tp + fn), 3) if tp + fn else 1.0,
                  "tp": tp, "fp": fp, "fn": fn,
                  "worst_city_precision": [worst_p[0], round(worst_p[1], 3)],
                  "worst_city_recall": [worst_r[0], round(worst_r[1], 3)],
                  "cities": len(per_city)}
    return out


def score(items, verbose: bool) -> dict:
    counts = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))      # city -> field -> tp, fp, fn
    for city, name, pred, exp in items:
        for f in exp:
            tp, fp, fn = pred[f] & exp[f], pred[f] - exp[f], exp[f] - pred[f]
            c = counts[city][f]
            c[0], c[1], c[2] = c[0] + len(tp), c[1] + len(fp), c[2] + len(fn)
            if verbose and (fp or fn):
                print(f"  {name} {f}: false {sorted(map(str, fp))} missed {sorted(map(str, fn))}", file=sys.stderr)
    return pool_by_city(counts, FIELDS)


def main() -> None:
    verbose = "--verbose" in sys.argv
    corpus = Path(os.environ.get("PRR_CORPUS") or ROOT.parent / "shared" / "corpus").expanduser()
    sets, baseline, ratios = {}, {}, {}
    t0, c0 = time.perf_counter(), time.process_time()
    if (corpus / "html" / "labels.json").is_file():
        sets["corpus_html"] = score(corpus_items(corpus), verbose)
        pages = len(json.loads((corpus / "html" / "labels.json").read_text()))
    else:
        print(f"corpus not found at {corpus} (set PRR_CORPUS): case table only", file=sys.stderr)
        pages = 0
    sets["case_table"] = score(case_items(), verbose)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    if pages:
        baseline = score(corpus_items(corpus, baseline_predicted), False)
        ratios = {f: {"precision": round(sets["corpus_html"][f]["precision"] / max(b["precision"], 1e-9), 2),
                      "recall": round(sets["corpus_html"][f]["recall"] / max(b["recall"], 1e-9), 2)}
                  for f, b in baseline.items()}
    for name, fields in sets.items():
        print(f"{name}:")
        for f, v in fields.items():
            print(f"  {f:<16} P {v['precision']:.3f} R {v['recall']:.3f}  (tp {v['tp']} fp {v['fp']} fn {v['fn']}; "
                  f"worst city P {v['worst_city_precision'][1]:.2f} {v['worst_city_precision'][0]}, "
                  f"R {v['worst_city_recall'][1]:.2f} {v['worst_city_recall'][0]}; {v['cities']} cities)")
    for f, b in baseline.items():
        print(f"  baseline {f:<12} P {b['precision']:.3f} R {b['recall']:.3f}")
    met = all(v["precision"] >= GOALS["precision"] and v["recall"] >= GOALS["recall"]
              for fields in sets.values() for v in fields.values())
    print(json.dumps({"held_out": "rule-based extractor with no fitted parameters: a city's held-out figure is its "
                                  "own figure; the rules were written while reading these pages and cases, so "
                                  "both sets are development figures, not unseen ones",
                      "sets": sets, "baseline_corpus_html": {f: {"precision": b["precision"], "recall": b["recall"]}
                                                             for f, b in baseline.items()},
                      "ratio_to_baseline": ratios, "goals": GOALS, "wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
                      "goals_met": met}))


if __name__ == "__main__":
    main()
