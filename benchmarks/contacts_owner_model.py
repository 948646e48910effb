"""Would a learned filter on the phones the rules give as the city's raise held-out precision?

Every phone (voice, TDD or fax) the extractor proposes as the city's on a page gets cheap
features (the words of its evidence sentence and label, its role, kind, region, boilerplate
flag, whether it came from a ``tel:`` link, toll-free or own/other area code, an extension,
whether the sentence names another agency, how many other names it holds) and a label:
positive when the set's labels give it as a city phone or fax of that page, else negative.
A logistic regression (scikit-learn, liblinear, C=1) over the features scores each phone;
a phone below the threshold would not be proposed. A score is a sum of dict lookups.

Measured on each set's **held-out run**: the current extractor proposes no wrong phone on
any development set (its rules were written from them), so it gives nothing to learn from
or filter. The extractor each of ``blind4`` .. ``blind14`` was first run with (the commit
that recorded that run, ``HELD_OUT_EXTRACTOR``; copied out with ``git archive`` into a
temporary folder and run there) reads that set again, scored with today's labels: those
are the rules' out-of-sample proposals, with their false phones.

Leave one set out: for each set, fit on the other sets' held-out proposals, choose the
threshold on the other sets (scores each of them got from a model fitted without it), score
the held-out set, phones and fax with and without the filter. Two threshold rules:
``precision_goal`` (the highest-recall threshold whose pooled phone precision on the others
is >= 0.97; none: no filter) and ``recall_budget`` (the highest-precision threshold losing
at most 0.005 of the rules' pooled recall on the others). The filter is worth wiring in
only if it raises pooled precision and no set at recall >= 0.95 falls below it ("keep").
Also printed: the current extractor on the same sets and the corpus (in-sample), and the
cost of features and score per phone.

``blind15``, ``blind16`` and ``blind17`` (development sets since their held-out runs) are read
only in-sample, with the others: their held-out extractors (``65016b4``, ``05572c2``,
``bd0b707``) are not in ``HELD_OUT_EXTRACTOR``, so the figures in docs/watch.md, measured before
they were tuned on, stand. A held-out test set written after them is never read here.

Usage: .venv/bin/python benchmarks/contacts_owner_model.py   (needs the repo's full history)
The last line is one JSON object with the figures, ratios against the rules alone, the
goals and "goals_met".
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import contacts_accuracy as acc  # noqa: E402
import contacts_blind as blind  # noqa: E402

from prr.scrapers.contacts import attribution as attr  # noqa: E402
from prr.scrapers.contacts import extract_contacts  # noqa: E402
from prr.scrapers.contacts.model import Contact  # noqa: E402

SETS = blind.DEVELOPMENT_SETS
# The commit that recorded each set's first (untuned) run: the extractor as it was before any
# rule was written from that set's pages. Run on that set, it gives the rules' held-out output.
HELD_OUT_EXTRACTOR = {"blind4": "bb47b0d", "blind5": "9171fab", "blind6": "b181e33", "blind7": "7532867",
                      "blind8": "d58a4a4", "blind9": "6e94570", "blind10": "74b701a", "blind11": "be4a6f9",
                      "blind12": "28b19a7", "blind13": "c61043d", "blind14": "977fd76"}
_DUMP = """
import json, sys
from pathlib import Path
from prr.scrapers.contacts import extract_contacts
import prr
assert prr.__file__.startswith(sys.argv[2]), prr.__file__
d = Path(sys.argv[1])
out = []
for lab in json.loads((d / "labels.json").read_text()):
    c = extract_contacts((d / lab["file"]).read_bytes(), lab["url"], area_codes=tuple(lab["area_codes"]))
    out.append(c.to_json()["contacts"])
print(json.dumps(out))
"""
GOALS = {"precision": 0.97, "recall": 0.95}
C = 1.0
RECALL_BUDGET = 0.005
RULES = ("precision_goal", "recall_budget")


# --- features: read only from what the extractor already holds for a number (its evidence
# sentence, label, role, kind, region, boilerplate flag, how it was written) and the city's
# area codes; each is a string, a model is a dict of weights over them (a few dict lookups).
TOLL_FREE = ("800", "888", "877", "866", "855", "844", "833")
_WORD = re.compile(r"[a-z][a-z']+")
_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:of\s+)?[A-Z][a-z]+)+")
_STOP = frozenset("the and for of to a an in or at on by is are be with you your our please from this that".split())


def _words(prefix: str, text: str, out: list[str]) -> None:
    for w in set(_WORD.findall(text.lower())):
        if w not in _STOP and len(w) > 2:
            out.append(prefix + w)


def phone_features(c: Contact, area_codes: tuple[str, ...] = ()) -> list[str]:
    """The features of one proposed phone (``bias`` always among them)."""
    out = ["bias", "region=" + c.region, "role=" + c.role, "kind=" + (c.kind or "voice"),
           "boilerplate=" + str(c.boilerplate)]
    area = c.value[2:5] if c.value.startswith("+1") else ""
    if area in TOLL_FREE:
        out.append("toll_free")
    elif area_codes:
        out.append("area=own" if area in area_codes else "area=other")
    else:
        out.append("area=unknown")
    if c.ext:
        out.append("ext")
    if not c.written or c.written.startswith(("tel", "+")):
        out.append("written=link")
    ev = c.evidence or ""
    _words("w:", ev, out)
    _words("l:", c.label or "", out)
    if attr.OTHER_AGENCY.search(ev):
        out.append("other_agency_named")
    names = [n for n in _NAME.findall(ev) if not re.match(r"(?:City|Town)\b", n)]
    out.append(f"names={min(len(names), 3)}")
    if re.search(r"\b(?:City|Town)\b", ev):
        out.append("city_word")
    out.append(f"ev_len={min(len(ev) // 80, 4)}")
    return out


def score(features: list[str], weights: dict[str, float]) -> float:
    """The model's log-odds that the number is the city's."""
    return sum(weights.get(f, 0.0) for f in features)


def _page(contacts, area_codes, exp_phones: set, exp_fax: set) -> dict:
    """The proposed phones of a page with features and labels, and the labelled ones never proposed."""
    own = [c for c in contacts.items if c.owner == "city" and c.type == "phone"]
    rows, seen = [], set()
    for c in own:
        key = (c.value, c.ext or None)
        field = "fax" if c.kind == "fax" else "phones"
        rows.append({"key": key, "field": field, "y": int(key in exp_phones or key in exp_fax),
                     "right": int(key in (exp_fax if field == "fax" else exp_phones)),
                     "f": phone_features(c, tuple(area_codes))})
        seen.add((field, key))
    missed = {"phones": len({k for k in exp_phones if ("phones", k) not in seen}),
              "fax": len({k for k in exp_fax if ("fax", k) not in seen})}
    return {"rows": rows, "missed": missed}


def held_out_groups() -> dict[str, list[dict]]:
    """Each set read by its held-out extractor (that commit's code, in a temporary folder)."""
    from prr.scrapers.contacts.model import Contacts

    for commit in HELD_OUT_EXTRACTOR.values():
        if subprocess.run(["git", "-C", str(ROOT), "cat-file", "-e", commit + "^{commit}"]).returncode:
            sys.exit(f"commit {commit} (a held-out extractor) is not in this clone: fetch the full history "
                     "(git fetch --unshallow) and run again")

    groups = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, commit in HELD_OUT_EXTRACTOR.items():
            src, pkg = Path(tmp) / commit / "src", Path(tmp) / commit / "pkg"
            src.mkdir(parents=True)
            tar = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "prr", "scrapers", "db"],
                                 check=True, capture_output=True).stdout
            subprocess.run(["tar", "-x", "-C", str(src)], input=tar, check=True)
            pkg.mkdir()
            subprocess.run(["cp", "-r", str(src / "prr"), str(pkg / "prr")], check=True)
            for sub in ("scrapers", "db"):
                subprocess.run(["cp", "-r", str(src / sub), str(pkg / "prr" / sub)], check=True)
            d = ROOT / "tests" / "watch" / name
            got = subprocess.run([sys.executable, "-c", _DUMP, str(d), str(pkg)], check=True, capture_output=True, text=True,
                                 cwd=tmp, env=os.environ | {"PYTHONPATH": str(pkg)}).stdout
            pages = []
            for lab, contacts in zip(blind.labels(d), json.loads(got.splitlines()[-1])):
                exp = blind.expected(lab)
                pages.append(_page(Contacts.from_json({"contacts": contacts}), lab["area_codes"], exp["phones"],
                                   exp["fax"]))
            groups[name] = pages
    return groups


def load_groups() -> dict[str, list[dict]]:
    groups: dict[str, list[dict]] = {}
    for name in SETS:
        d = ROOT / "tests" / "watch" / name
        pages = []
        for lab in blind.labels(d):
            html = (d / lab["file"]).read_bytes()
            contacts = extract_contacts(html, lab["url"], area_codes=tuple(lab["area_codes"]))
            exp = blind.expected(lab)
            pages.append(_page(contacts, lab["area_codes"], exp["phones"], exp["fax"]))
        groups[name] = pages
    corpus = Path(os.environ.get("PRR_CORPUS") or ROOT.parent / "shared" / "corpus").expanduser()
    if (corpus / "html" / "labels.json").is_file():
        pages = []
        for lab in json.loads((corpus / "html" / "labels.json").read_text()):
            contacts = extract_contacts((corpus / lab["file"]).read_bytes())
            pages.append(_page(contacts, (), {acc.phone_key(p) for p in lab["phones"]},
                               {acc.phone_key(p) for p in lab["fax"]}))
        groups["corpus_html"] = pages
    return groups


def fit(rows: list[dict]) -> dict[str, float]:
    """Weights of a logistic regression over the rows' features (deterministic: liblinear, fixed order)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([{f: 1 for f in r["f"]} for r in rows])
    y = [r["y"] for r in rows]
    if len(set(y)) < 2:
        return {"bias": 5.0}
    m = LogisticRegression(C=C, solver="liblinear", fit_intercept=False, class_weight=None, max_iter=1000)
    m.fit(x.toarray(), y)
    return {f: round(float(w), 6) for f, w in zip(vec.get_feature_names_out(), m.coef_[0]) if abs(w) > 1e-9}


def counts(pages: list[dict], scores: list[list[float]] | None, t: float | None, field: str) -> list[int]:
    tp = fp = fn = 0
    for pi, p in enumerate(pages):
        fn += p["missed"][field]
        for ri, r in enumerate(p["rows"]):
            if r["field"] != field:
                continue
            kept = t is None or scores[pi][ri] >= t
            if kept:
                tp, fp = tp + r["right"], fp + (1 - r["right"])
            else:
                fn += r["right"]
    return [tp, fp, fn]


def pr(c: list[int]) -> dict:
    tp, fp, fn = c
    return {"precision": round(tp / (tp + fp), 3) if tp + fp else 1.0,
            "recall": round(tp / (tp + fn), 3) if tp + fn else 1.0, "tp": tp, "fp": fp, "fn": fn}


def choose_threshold(pages: list[dict], scores: list[list[float]], rule: str) -> float | None:
    """``precision_goal``: the highest-recall threshold whose pooled phone precision is >= the
    goal (else None: no filter). ``recall_budget``: the highest-precision threshold that loses
    at most ``RECALL_BUDGET`` of the rules' pooled phone recall."""
    cands = sorted({s for ps in scores for s in ps})
    tp0, _fp0, fn0 = counts(pages, None, None, "phones")
    r0 = tp0 / (tp0 + fn0) if tp0 + fn0 else 1.0
    best, best_v = None, -1.0
    for t in cands:
        tp, fp, fn = counts(pages, scores, t, "phones")
        p, r = (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)
        if rule == "precision_goal" and p >= GOALS["precision"] and r > best_v:
            best, best_v = t, r
        if rule == "recall_budget" and r >= r0 - RECALL_BUDGET and p > best_v:
            best, best_v = t, p
    return best


def scored(pages, weights):
    return [[score(r["f"], weights) for r in p["rows"]] for p in pages]


def loso(groups: dict[str, list[dict]], rule: str) -> dict:
    table = {}
    names = list(groups)
    for g in names:
        others = [h for h in names if h != g]
        # inner scores: each other group scored by a model fitted without it
        inner_pages, inner_scores = [], []
        for h in others:
            w = fit([r for k in others if k != h for p in groups[k] for r in p["rows"]])
            inner_pages += groups[h]
            inner_scores += scored(groups[h], w)
        t = choose_threshold(inner_pages, inner_scores, rule)
        w = fit([r for k in others for p in groups[k] for r in p["rows"]])
        s = scored(groups[g], w)
        table[g] = {"threshold": None if t is None else round(t, 4),
                    "rules": {f: counts(groups[g], None, None, f) for f in ("phones", "fax")},
                    "filtered": {f: counts(groups[g], s, t, f) if t is not None else counts(groups[g], None, None, f)
                                 for f in ("phones", "fax")}}
    return table


def summarise(table: dict) -> dict:
    """Per-set and pooled phone and fax figures, rules alone and filtered, and the keep test."""
    sets, pooled = {}, {k: {f: [0, 0, 0] for f in ("phones", "fax")} for k in ("rules", "filtered")}
    for g, row in table.items():
        for k in ("rules", "filtered"):
            for f in ("phones", "fax"):
                pooled[k][f] = [a + b for a, b in zip(pooled[k][f], row[k][f])]
        sets[g] = {"threshold": row["threshold"], **{k: {f: pr(row[k][f]) for f in ("phones", "fax")}
                                                     for k in ("rules", "filtered")}}
    pooled = {k: {f: pr(v) for f, v in fs.items()} for k, fs in pooled.items()}
    # kept only if it raises pooled precision and no set at the recall goal falls below it
    recall_kept = all(s["filtered"]["phones"]["recall"] >= GOALS["recall"]
                      for s in sets.values() if s["rules"]["phones"]["recall"] >= GOALS["recall"])
    raises = pooled["filtered"]["phones"]["precision"] > pooled["rules"]["phones"]["precision"]
    ratio = {f: {m: round(pooled["filtered"][f][m] / max(pooled["rules"][f][m], 1e-9), 3)
                 for m in ("precision", "recall")} for f in ("phones", "fax")}
    return {"sets": sets, "pooled": pooled, "ratio_to_rules": ratio, "raises_precision": raises,
            "recall_kept_where_at_goal": recall_kept, "keep": raises and recall_kept}


def print_table(rule: str, summary: dict) -> None:
    print(f"threshold rule: {rule}")
    print(f"  {'set':<9} {'thr':>6}  phones rules P/R -> filtered P/R   fax rules P/R -> filtered P/R")
    rows = list(summary["sets"].items()) + [("pooled", {"threshold": None, **summary["pooled"]})]
    for g, s in rows:
        r, fl, rf, ff = s["rules"]["phones"], s["filtered"]["phones"], s["rules"]["fax"], s["filtered"]["fax"]
        thr = "-" if s["threshold"] is None else f"{s['threshold']:.2f}"
        print(f"  {g:<9} {thr:>6}  {r['precision']:.3f}/{r['recall']:.3f} -> {fl['precision']:.3f}/{fl['recall']:.3f}"
              f"          {rf['precision']:.3f}/{rf['recall']:.3f} -> {ff['precision']:.3f}/{ff['recall']:.3f}")
    print(f"  keep: {summary['keep']} (raises precision {summary['raises_precision']}, "
          f"recall kept where at goal {summary['recall_kept_where_at_goal']})")


def main() -> None:
    t0, c0 = time.perf_counter(), time.process_time()
    groups = held_out_groups()
    n = sum(len(p["rows"]) for ps in groups.values() for p in ps)
    out = {rule: summarise(loso(groups, rule)) for rule in RULES}
    for rule, summary in out.items():
        print_table(rule, summary)
    # the current extractor on the same sets (in-sample: its rules were written from them)
    current = load_groups()
    now = {f: pr([sum(x) for x in zip(*(counts(ps, None, None, f) for ps in current.values()))])
           for f in ("phones", "fax")}
    negatives = sum(1 - r["y"] for ps in current.values() for p in ps for r in p["rows"])
    print(f"current extractor, in-sample, {len(current)} groups: phones P {now['phones']['precision']:.3f} "
          f"R {now['phones']['recall']:.3f}; proposed phones that are not the city's: {negatives}")
    # speed: one score is a sum of dict lookups over the number's features
    rows = [r for ps in groups.values() for p in ps for r in p["rows"]]
    w = fit(rows)
    s0 = time.perf_counter()
    for _ in range(20):
        for r in rows:
            score(r["f"], w)
    score_us = (time.perf_counter() - s0) / (20 * len(rows)) * 1e6
    f0 = time.perf_counter()
    for c in [Contact("phone", "+15105551234", evidence="Call the City Clerk at (510) 555-1234.", label="Clerk")] * 2000:
        phone_features(c, ("510",))
    feat_us = (time.perf_counter() - f0) / 2000 * 1e6
    print(f"per phone: features {feat_us:.1f} us, score {score_us:.2f} us ({len(w)} weights)")
    f = out["precision_goal"]["pooled"]["filtered"]["phones"]
    met = {"precision": f["precision"] >= GOALS["precision"], "recall": f["recall"] >= GOALS["recall"],
           "keep": out["precision_goal"]["keep"]}
    print(json.dumps({"what": "phones the rules propose as the city's on each set's held-out run, "
                              "learned owner filter fitted leaving that set out",
                      "groups": list(groups), "proposed_phones": n, "held_out_extractor": HELD_OUT_EXTRACTOR,
                      "threshold_rules": out, "recall_budget": RECALL_BUDGET, "C": C,
                      "current_extractor_in_sample": {**now, "negatives": negatives},
                      "per_phone_us": {"features": round(feat_us, 1), "score": round(score_us, 2)}, "goals": GOALS,
                      "goals_met_by": met, "wall_s": round(time.perf_counter() - t0, 2),
                      "cpu_s": round(time.process_time() - c0, 2), "goals_met": all(met.values())}))


if __name__ == "__main__":
    main()
