"""Stand-alone check of the held-out set blind_logs154 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150 with no duplicate id; every id and related number is in the
`pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
stretch-start pattern (which also finds the non-record stretches: date-change banners, watch and
out-of-service entries, Julian-day headings, correction messages, closing lines) gives exactly the
listed ids in order; the document's own count equals record_count; every sample value is printed
inside its own record's stretch of text, its words in order; size < 200 KB; plus one check of each
layout's trap. With --regen, regenerating must give identical files. `--dir DIR` checks a copy
elsewhere.
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# stretch-start patterns read off the text (not used by prr); a match with group "rec" starts a record
# stretch whose id is group "id"; the other alternatives start stretches that are no records
START = {
    "varrow-creek-mt-pd": re.compile(
        r"^ *(?:(?P<rec>(?P<cad>\d{5}-\d{4}) +(?P<date>\d{5}) +(?P<time>\d{4}) +(?P<id>\d{5}-\d{4}) )"
        r"|Total incidents:)", re.M),
    "ostrander-county-wy-so": re.compile(
        r"^ *(?:(?P<rec>(?P<id>2025-\d{3}-\d{3}))$|(?P<banner>\*\*\* JULIAN DATE CHANGE )|End of log:)", re.M),
    "quillfield-nh-pd": re.compile(
        r"^ *(?:(?P<stamp>\d{3})/(?P<time>\d{4}) +(?:(?P<rec>Incident (?P<id>25-\d{3}-\d{3}),)|(?P<other>\S))"
        r"|(?P<day>Day (?P<jd>\d{3}) \u2014 )|Watch log closed)", re.M),
    "hallam-springs-nm-pd": re.compile(
        r"^ *(?:(?P<rec>(?P<n>\d+)\. +(?P<id>J\d{3}-\d{3}) \u2014 )"
        r"|(?P<day>JULIAN DAY (?P<jd>\d{3}) \u2014 .* \u2014 (?P<k>\d+) incidents$)|Total incidents listed:)", re.M),
    "dunmarrow-harbor-me-pd": re.compile(
        r"^ *(?:MSG (?P<msg>\d{4}) +(?P<jd>\d{4}) (?P<time>\d{4}) +(?:(?P<rec>INC/(?P<id>5\d{3}-\d{4})/)"
        r"|(?P<corr>CORR MSG (?P<of>\d{4}) INC/(?P<cid>5\d{3}-\d{4})/))|END OF LOG\.)", re.M),
}
TOTAL = {  # the document's own count of records
    "varrow-creek-mt-pd": re.compile(r"Total incidents: (\d+) "),
    "ostrander-county-wy-so": re.compile(r"End of log: (\d+) incidents"),
    "quillfield-nh-pd": re.compile(r"Incidents logged this week: (\d+)\."),
    "hallam-springs-nm-pd": re.compile(r"Total incidents listed: (\d+)"),
    "dunmarrow-harbor-me-pd": re.compile(r"MESSAGES: (\d+) INCIDENTS"),
}

# Quillfield's running header and footer, taken out of an entry that runs over a page end
PAGE_FURNITURE = re.compile(r"^\f? *(?:- ?\d+ ?-|Quillfield Police Department \[invented\]|Watch commander's log, .*)\n",
                            re.M)


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def check_numbers(name, t, e):
    problems = []
    flat = re.sub(r"\s+", " ", t)
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    for num in set(ids + related):
        want = ids.count(num) + related.count(num)
        have = len(re.findall(rf"(?<![\w.-]){re.escape(num)}(?![\w-]|\.\d)", flat))
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


def blocks(folder, t):
    """(id or None, text stretch, start offset, match) per stretch, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        out.append((m.group("id") if m.group("rec") else None, t[m.start():end], m.start(), m))
    return out


def records(folder, t):
    """Record stretches: (id, text, start offset)."""
    return [(num, text, start) for num, text, start, _ in blocks(folder, t) if num]


def tokens(s):
    return [x for x in re.split(r"[\s/]+", s) if x]


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, toks):
    it = iter(toks)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(name, recs, e):
    problems = []
    by_id = {num: text for num, text, _ in recs}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text = by_id[s["case_number"]]
        for key, val in s.items():
            if not in_order(tokens(val), tokens(text)):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, kind=None):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if kind in (None, r["kind"])}


def runs_from_one(seq):
    """True when each group's serials, in print order, run 1..k."""
    groups = {}
    for g, s in seq:
        groups.setdefault(g, []).append(s)
    return all(v == list(range(1, len(v) + 1)) for v in groups.values())


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, bad = e["case_numbers"], [num for num, _, _ in recs] != e["case_numbers"]
    bl = blocks(folder, t)
    if folder == "varrow-creek-mt-pd":
        pairs, cross, serials = set(), 0, []
        for num, _, _, m in bl:
            if not num:
                continue
            cad, date, time = m.group("cad"), m.group("date"), m.group("time")
            pairs.add((num, cad))
            bad |= cad[:5] != date or not ("0000" <= time <= "2359")
            if num[:5] != date:
                cross += 1
                bad |= int(num[:5]) != int(date) + 1 or time < "2330"
            else:
                bad |= time >= "2330"
            serials.append((num[:5], int(num[6:])))
        tot = re.search(r"Total incidents: (\d+) +Numbered on the next Julian day: (\d+)", t)
        bad |= (pairs != rel(e, "cad_event") or cross < 3 or tot is None or int(tot.group(2)) != cross
                or not runs_from_one(serials) or any(c in ids for _, c in pairs))
    if folder == "ostrander-county-wy-so":
        banners, serials, pairs = 0, [], set()
        for k, (num, text, _, m) in enumerate(bl):
            if num:
                day = num[5:8]
                rc = re.search(r"Received: +2025-(\d{3}) (\d{4}) hrs +CAD No\.: +((\d{3})-\d{4})", text)
                bad |= rc is None or rc.group(1) != day or rc.group(4) != day
                if rc:
                    pairs.add((num, rc.group(3)))
                serials.append((day, int(num[-3:])))
            elif m.group("banner"):
                banners += 1
                mm = re.match(r"\*\*\* JULIAN DATE CHANGE 2025-(\d{3}) TO 2025-(\d{3}) AT 0000 HRS - SERIAL RESET, "
                              r"NEXT SERIAL (2025-\d{3}-\d{3}) \*\*\*", text.strip())
                prev = next((b[0] for b in reversed(bl[:k]) if b[0]), None)
                nxt = next((b[0] for b in bl[k + 1:] if b[0]), None)
                bad |= (mm is None or prev is None or nxt is None or prev[5:8] != mm.group(1)
                        or int(mm.group(2)) != int(mm.group(1)) + 1 or mm.group(3) != nxt
                        or not nxt.endswith("-001") or nxt[5:8] != mm.group(2))
        days = {num[5:8] for num in ids}
        bad |= (banners != len(days) - 1 or banners < 5 or not runs_from_one(serials)
                or pairs != rel(e, "cad"))
    if folder == "quillfield-nh-pd":
        seen, admin, returned, pairs, day = set(), 0, 0, set(), None
        for num, text, _, m in bl:
            if m.group("day"):
                day = m.group("jd")
                continue
            if not m.group("stamp"):
                continue
            flat = re.sub(r"\s+", " ", PAGE_FURNITURE.sub("", text))  # an entry may run over a page end
            bad |= m.group("stamp") != day or not ("0000" <= m.group("time") <= "2359")
            if num:
                bad |= num[3:6] != day or len(re.findall(r"Incident 25-", flat)) != 1
                units = [int(u) for u in re.findall(r"Unit (\d{4})", flat)]
                times = re.findall(r"(?:dispatched|self-initiated|on scene|clear) (\d{4})", flat)
                bad |= (len(units) != 1 or not all(2301 <= u <= 2328 for u in units) or len(times) < 2
                        or not all(x[:2] < "24" and x[2:] < "60" for x in times))
                pairs |= {(num, c) for c in re.findall(r"\(CAD (25-\d{3}-\d{4})\)", flat)}
                seen.add(num)
            else:
                admin += 1
                bad |= bool(re.search(r"\bIncident 25-", flat))
                for x in re.findall(r"Report for incident (25-\d{3}-\d{3}) returned", flat):
                    returned += 1
                    bad |= x not in seen
        bad |= admin < 14 or returned < 3 or pairs != rel(e, "cad") or any(c in ids for _, c in pairs)
    if folder == "hallam-springs-nm-pd":
        heads, pairs, gaps = [], set(), 0
        for num, text, _, m in bl:
            if m.group("day"):
                heads.append([m.group("jd"), int(m.group("k")), []])
            elif num:
                if not heads:
                    bad = True
                    continue
                heads[-1][2].append((int(m.group("n")), num))
                flat = re.sub(r"\s+", " ", text)
                pairs |= {(num, x) for x in re.findall(r"Related to (J\d{3}-\d{3})\.", flat)}
        for jd, k, items in heads:
            serials = [int(x[5:]) for _, x in items]
            bad |= ([n for n, _ in items] != list(range(1, k + 1)) or any(x[1:4] != jd for _, x in items)
                    or serials != sorted(set(serials)))
            gaps += serials != list(range(1, len(serials) + 1))
        bad |= (len(heads) < 5 or gaps < 3 or sum(k for _, k, _ in heads) != len(ids)
                or pairs != rel(e, "earlier_incident") or any(x in ids or not 244 <= int(x[1:4]) <= 273 for _, x in pairs))
    if folder == "dunmarrow-harbor-me-pd":
        msgs, by_msg, unit, corr, pairs = [], {}, {}, 0, set()
        for num, text, _, m in bl:
            if not m.group("msg"):
                continue
            flat = re.sub(r"\s+", "", text)
            msgs.append(int(m.group("msg")))
            if num:
                f = re.match(r"MSG\d{4}\d{4}\d{4}INC/(5\d{3}-\d{4})/CAD/(5\d{3}-\d{4})/UNIT/(\d{4})/NAT/", flat)
                bad |= f is None or num[:4] != m.group("jd") or f.group(2)[:4] != m.group("jd")
                if f:
                    pairs.add((num, f.group(2)))
                    unit[num] = f.group(3)
                by_msg[m.group("msg")] = num
            else:
                corr += 1
                c = re.search(r"INC/(5\d{3}-\d{4})/UNIT/(\d{4})/WAS/(\d{4})/", flat)
                cid = m.group("cid")
                bad |= (c is None or by_msg.get(m.group("of")) != cid or unit.get(cid) != c.group(3)
                        or int(m.group("jd") + m.group("time")) < int(cid[:4] + "0000"))
                if c:
                    unit[cid] = c.group(2)
        end = re.search(r"END OF LOG\. (\d+) MESSAGES: (\d+) INCIDENTS, (\d+) CORRECTIONS\.", t)
        bad |= (msgs != list(range(msgs[0], msgs[0] + len(msgs))) if msgs else True)
        bad |= (corr < 4 or end is None or [int(g) for g in end.groups()] != [len(msgs), len(ids), corr]
                or pairs != rel(e, "cad") or any(c in ids for _, c in pairs))
    return [f"{name}: {folder} layout trap does not hold"] if bad else []


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        t = run(["pdftotext", "-layout", str(pdf), "-"])
        pages = t.count("\f")
        if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
            problems.append(f"{pdf.name}: sha256/bytes differ")
        if pages != e["pages"] or not 1 <= pages <= 10:
            problems.append(f"{pdf.name}: pages {pages} vs {e['pages']}")
        if len(data) >= 200_000:
            problems.append(f"{pdf.name}: {len(data)} bytes")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        problems += check_numbers(pdf.name, t, e)
        recs = records(folder.name, t)
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(pdf.name, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, t, e, recs)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs154.py"), tmp], check=True)
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
