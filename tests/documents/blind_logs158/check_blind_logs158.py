"""Stand-alone check of the held-out set blind_logs158 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150 with no duplicate id; every id and related number is in the
`pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
stretch-start pattern (which also finds the non-record stretches: group headings, subtotals,
cross-reference lines, closing lines) gives exactly the listed ids in order; the document's own
count equals record_count; every sample value is printed inside its own record's stretch of text,
its words in order; size < 200 KB; plus one check of each layout's trap (the cross-reference lines
name the group of the incident's full entry, printed earlier under another group, and the
document's subtotals, item numbers and cross-reference counts agree with them). With --regen,
regenerating must give identical files. `--dir DIR` checks a copy elsewhere.
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
# stretch whose id is group "id" (or, for the street log, the one `Case NN-NNNN;` inside the stretch);
# "grp" starts a group (name "gname"), "xref" a cross-reference line (id "xid", naming group "xname"),
# "sub" a subtotal or closing line
START = {
    "marrowgate-ne-pd": re.compile(
        r"^ *(?:(?P<xref>(?P<xid>25-\d{5}) +\d\d/\d\d/\d{4} \d\d:\d\d .*X-REF see (?P<xname>[A-Z ]+?)) *$"
        r"|(?P<rec>(?P<id>25-\d{5}) +(?P<date>\d\d/\d\d/\d{4}) (?P<time>\d\d:\d\d) )"
        r"|(?P<grp>CATEGORY: (?P<gname>[A-Z ]+?)) *$|(?P<sub>Subtotal (?P<sname>[A-Z ]+): (?P<n>\d+) offense lines)"
        r"|Total offense lines:)", re.M),
    "sallowfield-county-ks-so": re.compile(
        r"^ *(?:(?P<xref>Incident No\.: +(?P<xid>SC25-\d{5}) +CROSS-REFERENCE: boundary call, full entry under "
        r"(?P<xname>BEAT \d - [A-Z ]+?)) *$"
        r"|(?P<rec>Incident No\.: +(?P<id>SC25-\d{5})) *$"
        r"|(?P<grp>(?P<gname>BEAT \d - [A-Z ]+?)) *$"
        r"|(?P<sub>Beat total: (?P<n>\d+) incidents, (?P<x>\d+) cross-references?)|Total incidents, all beats:)",
        re.M),
    "queddington-me-pd": re.compile(
        r"^ *(?:(?P<xref>Also see Case (?P<xid>25-\d{4}) under (?P<xname>[A-Z ]+?) \(intersection\)\.)"
        r"|(?P<rec>Dec\. (?P<day>\d{1,2}), \d{1,2}:\d\d [ap]\.m\. )"
        r"|(?P<grp>(?P<gname>[A-Z]+ (?:ROAD|LANE|COURT|DRIVE|STREET|AVENUE|WAY))) *$|(?P<sub>Streets listed:))", re.M),
    "ellerholt-wi-pd": re.compile(
        r"^ *(?:(?P<xref>(?P<xn>\d+)\. +(?P<xid>2025-\d{4})\. Cross-reference: listed in full under "
        r"(?P<xname>ZONE [A-D] - [A-Z ]+?) \(assist by this zone\)\.)"
        r"|(?P<rec>(?P<n>\d+)\. +(?P<id>2025-\d{4})\. Received )"
        r"|(?P<grp>(?P<gname>ZONE [A-D] - [A-Z ]+?)) *$"
        r"|(?P<sub>Zone [A-D]: (?P<items>\d+) items \((?P<r>\d+) incidents, (?P<x>\d+) cross-references?\))"
        r"|All zones:)", re.M),
    "tamsworth-nm-pd": re.compile(
        r"^ *(?:(?P<xref>(?P<xid>T25-\d{6}) +\d\d/\d\d/\d{4} \d\d:\d\d +received as (?P<xown>[^;]+); reclassified, "
        r"see (?P<xname>.+?)) *$"
        r"|(?P<rec>(?P<id>T25-\d{6}) +(?P<date>\d\d/\d\d/\d{4}) (?P<time>\d\d:\d\d) )"
        r"|(?P<dist>DISTRICT [A-Z]+ \((?P<dn>\d+) incidents\)) *$"
        r"|(?P<grp>(?P<gname>[A-Z][a-z][^()\n]*?) \((?P<n>\d+)\)) *$|Incidents listed:)", re.M),
}
ID_IN = {"queddington-me-pd": re.compile(r"\bCase\s+(25-\d{4});")}
TOTAL = {  # the document's own count of records
    "marrowgate-ne-pd": re.compile(r"Total incidents: (\d+) \("),
    "sallowfield-county-ks-so": re.compile(r"Total incidents, all beats: (\d+)\."),
    "queddington-me-pd": re.compile(r"Incidents: (\d+)\. Intersection"),
    "ellerholt-wi-pd": re.compile(r"All zones: (\d+) incidents in"),
    "tamsworth-nm-pd": re.compile(r"Incidents listed: (\d+)\."),
}
XTOTAL = {  # the document's own count of cross-referenced incidents, where it gives one
    "marrowgate-ne-pd": re.compile(r"\((\d+) incidents carry a second offense"),
    "queddington-me-pd": re.compile(r"shown under both streets: (\d+)\."),
    "tamsworth-nm-pd": re.compile(r"received call type: (\d+)\."),
}
# page furniture taken out of a stretch that runs over a page end
FURNITURE = re.compile(r"^\f?.*(?:- page \d+ of \d+|\[invented\].*|Period 12/.*|Streets in alphabetical order.*"
                       r"|December \d+-\d+, 2025\..*|INCIDENT +RECEIVED +OFFENSE.*) *$", re.M)


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
        text = t[m.start():end]
        num = None
        if m.group("rec"):
            if folder in ID_IN:
                found = ID_IN[folder].findall(FURNITURE.sub("", text))
                num = found[0] if len(found) == 1 else f"?{len(found)} ids"
            else:
                num = m.group("id")
        out.append((num, text, m.start(), m))
    return out


def records(folder, t):
    """Record stretches: (id, text, start offset)."""
    return [(num, text, start) for num, text, start, _ in blocks(folder, t) if num]


def tokens(s):
    return [x for x in re.split(r"[\s/|;]+", FURNITURE.sub("", s)) if x]


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


def groups_in(folder, t):
    """The group names in print order."""
    return [m.group("gname") for m in START[folder].finditer(t) if m.group("grp")]


def stamp(folder, m, text):
    """A sortable received time of a record stretch."""
    if folder == "queddington-me-pd":
        g = re.match(r"\s*Dec\. (\d+), (\d+):(\d\d) ([ap])", text)
        return (int(g.group(1)), int(g.group(2)) % 12 + (12 if g.group(4) == "p" else 0), int(g.group(3)))
    if folder == "sallowfield-county-ks-so":
        g = re.search(r"Received: +(\d\d)/(\d\d)/\d{4} (\d\d):(\d\d)", text)
    else:
        g = re.search(r"(\d\d)/(\d\d)/\d{4} (\d\d):(\d\d)", text)
    return tuple(int(x) for x in g.groups()) if g else None


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about: cross-reference lines and the counts around them."""
    ids = e["case_numbers"]
    bad = [num for num, _, _ in recs] != ids
    group_of, cur, xrefs, stamps = {}, None, [], []
    per = {}  # group -> [records, cross-references]
    subs, items, dist, scope = [], [], None, None
    for num, text, _, m in blocks(folder, t):
        if m.group("grp"):
            cur = (scope, m.group("gname"))
            bad |= cur in per  # every group printed once
            per[cur] = [0, 0]
            items = []
            if folder == "tamsworth-nm-pd":
                subs.append((cur, int(m.group("n"))))
            continue
        if folder == "tamsworth-nm-pd" and m.group("dist"):
            if dist:
                bad |= dist[1] != dist[0]
            dist, cur, scope = [0, int(m.group("dn"))], None, m.group("dist")
            continue
        if m.group("xref"):
            x = m.group("xid")
            xrefs.append(x)
            bad |= cur is None or x not in group_of or group_of[x] == cur or group_of[x] != (scope, m.group("xname"))
            if folder == "tamsworth-nm-pd":
                bad |= cur is None or m.group("xown") != cur[1]
            per.setdefault(cur, [0, 0])[1] += 1
            if folder == "ellerholt-wi-pd":
                items.append(int(m.group("xn")))
            continue
        if num:
            bad |= cur is None
            group_of[num] = cur
            stamps.append(stamp(folder, m, text))
            per.setdefault(cur, [0, 0])[0] += 1
            if folder == "ellerholt-wi-pd":
                items.append(int(m.group("n")))
            if dist:
                dist[0] += 1
            continue
        if m.groupdict().get("sub"):
            c = per.get(cur, [0, 0])
            if folder == "marrowgate-ne-pd":
                bad |= m.group("sname") != cur[1] or int(m.group("n")) != sum(c)
            if folder == "sallowfield-county-ks-so":
                bad |= [int(m.group("n")), int(m.group("x"))] != c
            if folder == "ellerholt-wi-pd":
                bad |= [int(m.group("r")), int(m.group("x"))] != c or items != list(range(1, sum(c) + 1))
                bad |= int(m.group("items")) != sum(c) or not cur[1].startswith(m.group("sub")[:6].upper())
    if dist:
        bad |= dist[1] != dist[0]
    if folder == "tamsworth-nm-pd":
        bad |= any(per[g][0] != n for g, n in subs)
    names = groups_in(folder, t)
    if folder == "queddington-me-pd":
        bad |= names != sorted(names)
    bad |= len(xrefs) < 4 or len(set(xrefs)) != len(xrefs) or not set(xrefs) <= set(ids)
    bad |= None in stamps or stamps == sorted(stamps)  # out of time order
    if folder in XTOTAL:
        bad |= [int(x) for x in XTOTAL[folder].findall(t)] != [len(xrefs)]
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
        if pages != e["pages"] or not 1 <= pages <= 12:
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs158.py"), tmp], check=True)
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
