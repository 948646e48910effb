"""Stand-alone check of the held-out set blind_logs78 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; no id is listed twice; every case number and related number is
in the `pdftotext -layout` text at least as often as listed (a CAD call number once per call), no
number is both, and every related number belongs to a listed record; a layout-specific
record-start pattern gives exactly the listed ids in order; the document's own count equals
record_count and its per-service counts equal the listed ids of each series; every sample value
is printed inside its own record's stretch of text, its words in order (Lake Tamsett's date
against the day heading above the entry; Brindleford's received time and location in the call's
band); size < 200 KB; plus one check of each layout's trap. With --regen, regenerating must give
identical files. `--dir DIR` checks a copy elsewhere (mutation runs).
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

KF, PC, LT, BR, OX = ("kettering-falls-mi-dps", "port-carvel-me-public-safety", "lake-tamsett-wi-public-safety",
                      "brindleford-oh-safety-forces", "oxbow-mills-vt-public-safety")
# record-start patterns read off the text (not used by prr); STOP lines end a stretch without starting one
START = {
    KF: re.compile(r"^(?P<id>25-(?:PD-\d{5}|FD-\d{4}|EM-\d{4})) +(?:POL|FIRE|EMS) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    PC: re.compile(r"^\d\d/\d\d/2025 +\d\d:\d\d +(?P<id>PC25-\d{4}|F-25-\d{3}|A-25-\d{4}) ", re.M),
    LT: re.compile(r"^(?:Run (?P<id>25-F-\d{3}) - \d{1,2}:\d\d [ap]\.m\. - |\d{1,2}:\d\d [ap]\.m\.(?: - |, ))", re.M),
    BR: re.compile(r"^ +(?:POLICE|FIRE|EMS) +(?P<id>BPD25-\d{5}|BFD25-\d{4}|BEMS25-\d{4}) ", re.M),
    OX: re.compile(r"^\d\d/\d\d/25 \d{4} +(?P<id>C25-\d{4}|FR25-\d{3}|AR25-\d{4}) ", re.M),
}
STOP = {
    KF: re.compile(r"^Entries listed:|\f", re.M),
    PC: re.compile(r"^Log entries:|\f", re.M),
    LT: re.compile(r"^(?:POLICE|FIRE|RESCUE SQUAD)$|^[A-Z][a-z]+day, [A-Z][a-z]{2}\. \d{1,2}, 2025$|\f", re.M),
    BR: re.compile(r"^CFS 25-\d{7} |^Calls: |\f", re.M),
    OX: re.compile(r"^CASES ENTERED:|\f", re.M),
}
SERIES = {  # service -> id pattern
    KF: {"police": r"25-PD-\d{5}", "fire": r"25-FD-\d{4}", "ems": r"25-EM-\d{4}"},
    PC: {"police": r"PC25-\d{4}", "fire": r"F-25-\d{3}", "ems": r"A-25-\d{4}"},
    LT: {"police": r"25-P-\d{4}", "fire": r"25-F-\d{3}", "ems": r"25-R-\d{4}"},
    BR: {"police": r"BPD25-\d{5}", "fire": r"BFD25-\d{4}", "ems": r"BEMS25-\d{4}"},
    OX: {"police": r"C25-\d{4}", "fire": r"FR25-\d{3}", "ems": r"AR25-\d{4}"},
}
TOTAL = {  # the document's own count: total, police, fire, ems
    KF: re.compile(r"Entries listed: (\d+)\s+\(Police (\d+), Fire (\d+), EMS (\d+)\)"),
    PC: re.compile(r"Log entries: (\d+)\s+Police (\d+)\s+Fire (\d+)\s+Ambulance (\d+)"),
    LT: re.compile(r"handled (\d+) police calls, (\d+) fire runs and (\d+) rescue calls"),
    BR: re.compile(r"Agency incidents: (\d+)\s+\(Police (\d+), Fire (\d+), EMS (\d+)\)"),
    OX: re.compile(r"CASES ENTERED: (\d+)\s+RUNS ENTERED: \d+ \(FIRE (\d+), AMBULANCE (\d+)\)\s+TOTAL: (\d+)"),
}
LT_DAY = re.compile(r"^[A-Z][a-z]+day, ([A-Z][a-z]{2}\. \d{1,2}, 2025)$", re.M)
LT_CITE = re.compile(r"(?:Police case (25-P-\d{4}) opened\.|Fire run (25-F-\d{3}) logged for the engine company\."
                     r"|Rescue call (25-R-\d{4}) logged; crew released on scene\.)")
PC_ADDR = re.compile(r"\b\d{1,3} [A-Z][a-z]+ (?:St|Ave|Rd|Dr|Ln|Way|Ct)\b")
BAND = re.compile(r"^CFS (25-\d{7}) +Received (\d\d/\d\d/2025 \d\d:\d\d:\d\d) +Location: (.*)$", re.M)


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def service(folder, num):
    return next((s for s, p in SERIES[folder].items() if re.fullmatch(p, num)), None)


def check_numbers(name, t, e):
    problems = []
    flat = re.sub(r"\s+", " ", t)
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    calls = {r["number"] for r in e["related_numbers"] if r["kind"] == "call_number"}
    for num in set(ids + related):
        want = ids.count(num) + (1 if num in calls else related.count(num))
        have = len(re.findall(rf"(?<![\w-]){re.escape(num)}(?![\w-])", flat))
        if have < want:
            problems.append(f"{name}: {num} printed {have}x, listed {want}x")
    for num in set(related) & set(ids):
        problems.append(f"{name}: {num} is both an id and a related number")
    if len(set(ids)) != len(ids):
        problems.append(f"{name}: an id is listed twice")
    for r in e["related_numbers"]:
        if r["record"] not in ids:
            problems.append(f"{name}: related number {r['number']} belongs to no listed record")
    return problems


def lt_id(text):
    flat = " ".join(text.split())
    m = re.search(r"\((25-P-\d{4})\)$", flat) or re.search(r"Rescue call (25-R-\d{4})\.$", flat)
    return m.group(1) if m else None


def blocks(folder, t):
    """(id or None, text stretch, start offset, match) per record start, in print order."""
    starts = list(START[folder].finditer(t))
    stops = [m.start() for m in STOP[folder].finditer(t)]
    out = []
    for i, m in enumerate(starts):
        nxt = starts[i + 1].start() if i + 1 < len(starts) else len(t)
        end = min([nxt] + [s for s in stops if s > m.start()])
        text = t[m.start():end]
        num = m.group("id") or (lt_id(text) if folder == LT else None)
        out.append((num, text, m.start(), m))
    return out


def records(folder, t):
    return [b for b in blocks(folder, t) if b[0]]


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def band_above(t, pos):
    bands = list(BAND.finditer(t, 0, pos))
    return bands[-1] if bands else None


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {num: (text, pos) for num, text, pos, _ in reversed(recs)}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos = by_id[s["case_number"]]
        for key, val in s.items():
            if folder == LT and key == "reported_at":
                heads = list(LT_DAY.finditer(t, 0, pos))
                date, time = val[:-10].strip(), val[-10:].strip()
                ok = bool(heads) and heads[-1].group(1) == date and in_order(time.split(), text.split()[:6])
            elif folder == BR and key in ("reported_at", "location"):
                b = band_above(t, pos)
                ok = bool(b) and b.group(2 if key == "reported_at" else 3).strip() == val
            elif folder == BR and key == "related_numbers":  # the call number in the band, a cite in its notes
                b = band_above(t, pos)
                nxt = BAND.search(t, pos)
                block = t[b.start():nxt.start() if nxt else len(t)].split() if b else []
                ok = all(in_order([v], block) for v in val)
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, kind):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] == kind}


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, bad = e["case_numbers"], False
    if folder == KF:  # child lines: other services' numbers, inside the lead entry, not records
        pairs = {(num, m.group(1)) for num, text, _, _ in recs
                 for m in re.finditer(r"^ +\+ (25-\S+) +(?:POL|FIRE|EMS) +drawn on the same call", text, re.M)}
        m = re.search(r"Associated numbers shown: (\d+)", t)
        bad = (not m or int(m.group(1)) != len(pairs) or len(pairs) < 5 or pairs != rel(e, "other_service_number")
               or any(service(KF, a) == service(KF, b) or b in ids for a, b in pairs)
               or len(re.findall(r"^ +\+ 25-", t, re.M)) != len(pairs))
    if folder == PC:  # the response-time report repeats every fire and ambulance run number
        rt = t.find("Fire and EMS response-time report")
        lines = re.findall(r"^(F-25-\d{3}|A-25-\d{4}) +\S", t[rt:], re.M) if rt >= 0 else []
        runs = [x for x in ids if service(PC, x) != "police"]
        m = re.search(r"Runs measured: (\d+)", t)
        last = max(p for _, _, p, _ in recs)
        key = [(x[1].split()[:2], PC_ADDR.findall(x[1].splitlines()[0])) for x in recs]
        joint = [i for i in range(1, len(recs)) if key[i] == key[i - 1] and key[i][1]
                 and service(PC, recs[i][0]) != service(PC, recs[i - 1][0])]
        lows = {s: min(int(x.split("-")[-1]) for x in ids if service(PC, x) == s) for s in ("police", "fire")}
        early = all(int(n.split("-")[-1]) < lows[service(PC, n)] for _, n in rel(e, "other_service_number"))
        bad = (rt < last or lines != runs or not m or int(m.group(1)) != len(runs) or len(joint) < 3
               or not early or len(rel(e, "other_service_number")) < 2)
    if folder == LT:  # sections per service; cites of another service's number are not records
        secs = re.findall(r"^(POLICE|FIRE|RESCUE SQUAD)$", t, re.M)
        sec_pos = [m.start() for m in re.finditer(r"^(?:POLICE|FIRE|RESCUE SQUAD)$", t, re.M)]
        want = {"POLICE": "police", "FIRE": "fire", "RESCUE SQUAD": "ems"}
        wrong = [num for num, _, p, _ in recs
                 if service(LT, num) != want[secs[sum(1 for s in sec_pos if s < p) - 1]]] if len(secs) == 3 else [1]
        cites = {(num, next(g for g in c.groups() if g)) for num, text, _, _ in recs
                 for c in LT_CITE.finditer(" ".join(text.split()))}
        bad = (secs != ["POLICE", "FIRE", "RESCUE SQUAD"] or wrong or len(cites) < 5
               or cites != rel(e, "other_service_number")
               or any(service(LT, a) == service(LT, b) or b in ids for a, b in cites))
    if folder == BR:  # one CAD call band over one to three agency incidents; the CFS number is not an id
        bands = list(BAND.finditer(t))
        per = {}
        for num, _, p, _ in recs:
            per.setdefault(band_above(t, p).group(1), []).append(num)
        m = re.search(r"^Calls: (\d+) ", t, re.M)
        bad = (not m or int(m.group(1)) != len(bands) or len(per) != len(bands)
               or sum(1 for v in per.values() if len(v) > 1) < 5
               or {(n, c) for c, v in per.items() for n in v} != rel(e, "call_number")
               or any(len({service(BR, n) for n in v}) != len(v) for v in per.values()))
    if folder == OX:  # the id sits in CASE NO. for police, in RUN NO. for fire and ambulance
        off = {num: m.start("id") - m.start() for num, _, _, m in recs}
        pol = [off[n] for n in off if service(OX, n) == "police"]
        run_ = [off[n] for n in off if service(OX, n) != "police"]
        see = {(num, s) for num, text, _, _ in recs for s in re.findall(r"SEE ALSO (\S+) \(CXL\)", text)}
        bad = (not pol or not run_ or max(pol) >= min(run_) or len(see) < 3 or see != rel(e, "other_service_number")
               or any(service(OX, a) == service(OX, b) or b in ids for a, b in see))
    return [f"{name}: {folder} layout trap does not hold"] if bad else []


def check_totals(folder, name, t, ids):
    got = TOTAL[folder].findall(t)
    cnt = {s: sum(1 for x in ids if service(folder, x) == s) for s in ("police", "fire", "ems")}
    if len(got) != 1:
        return [f"{name}: document's own count printed {len(got)}x"]
    g = [int(x) for x in got[0]]
    if folder == LT:
        want = [cnt["police"], cnt["fire"], cnt["ems"]]
    elif folder == OX:
        want = [cnt["police"], cnt["fire"], cnt["ems"], len(ids)]
    else:
        want = [len(ids), cnt["police"], cnt["fire"], cnt["ems"]]
    if g != want or sum(cnt.values()) != len(ids) or min(cnt.values()) < 3:
        return [f"{name}: document's own counts {g} vs listed {want}"]
    return []


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        t = run(["pdftotext", "-layout", str(pdf), "-"])
        pages = t.count("\f")
        if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
            problems.append(f"{pdf.name}: sha256/bytes differ")
        if pages != e["pages"] or pages < 2:
            problems.append(f"{pdf.name}: pages {pages} vs {e['pages']}")
        if len(data) >= 200_000:
            problems.append(f"{pdf.name}: {len(data)} bytes")
        if "[invented]" not in e["agency"]:
            problems.append(f"{pdf.name}: agency not marked [invented]")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        problems += check_numbers(pdf.name, t, e)
        recs = records(folder.name, t)
        found = [num for num, _, _, _ in recs]
        if found != ids or len(blocks(folder.name, t)) != len(recs):
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order, or starts without id)"))
        problems += check_totals(folder.name, pdf.name, t, ids)
        problems += check_samples(folder.name, pdf.name, t, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, t, e, recs)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs78.py"), tmp], check=True)
        made = {q for q in Path(tmp).rglob("*") if q.suffix in (".pdf", ".json")}
        if len(made) != len(before):
            problems.append(f"regenerated {len(made)} files, the set has {len(before)}")
        for p, b in before.items():
            q = Path(tmp) / p.relative_to(here)
            if not q.exists() or q.read_bytes() != b:
                problems.append(f"regenerated {p.relative_to(here)} differs")
    print("regenerated in a temporary folder: " + ("DIFFERENT" if problems else "identical"))
    return problems


def main():
    here = Path(sys.argv[sys.argv.index("--dir") + 1]) if "--dir" in sys.argv else HERE
    problems = []
    folders = sorted(p for p in here.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
    if [f.name for f in folders] != sorted(START):
        problems.append(f"agency folders {[f.name for f in folders]}, expected {sorted(START)}")
    for folder in folders:
        problems += check(folder)
    if "--regen" in sys.argv:
        problems += regen(here)
    print("\n".join(problems) if problems else "all checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
