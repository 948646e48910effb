"""Stand-alone check of the held-out set blind_logs175 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals len(case_numbers) and
is 40-150 with no duplicate id; every id and related number is in the `pdftotext -layout` text at least as
often as listed (an incident cited by others is printed once as its own record and once per citation); no
related number is its own record's id, and `also_a_record` is true exactly when the number is an id of the
document. The pages' furniture (titles, running heads, column headers, footers) is dropped and a
layout-specific stretch-start pattern (which also finds the non-record stretches: day headings and totals,
cross-reference items, closing lines, the cross-reference listing) gives exactly the listed ids in order
(Wendlebury's id is the one parenthesised number of the paragraph); the document's own count equals
record_count; every sample value is printed inside its own record's stretch, its words in order; the
references read from each record's stretch (code, phrase or XREF line, with its number) equal
`related_numbers` exactly, kinds included; size < 200 KB; plus one check of each layout's trap. With
--regen, regenerating must give identical files. `--dir DIR` checks a copy elsewhere.
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
D = "\u2014"

FURN = {
    "calderbrook-mi-pd": re.compile(
        r"^ *(?:CALDERBROOK POLICE DEPARTMENT \[invented\] *$|Dispatch Incident Log +03/09/2026 "
        r"|Linked: DUP duplicate of|Linked +Incident # +Received|CAD export IL-3 )"),
    "thistlewood-county-ks-so": re.compile(
        r"^ *(?:THISTLEWOOD COUNTY SHERIFF'S OFFICE \[invented\] *$|Incident Summary Report +\u00b7 "
        r"|Linked incidents are shown under the incident that cites them\.)"),
    "wendlebury-vt-pd": re.compile(
        r"^ *(?:WENDLEBURY POLICE DEPARTMENT \[invented\] *$|Police Log +\u00b7 +March 2 - 8, 2026"
        r"|Incident numbers are given in parentheses|Wendlebury PD \[invented\] +\u00b7 |\d+ of \d+ *$)"),
    "okeford-springs-az-pd": re.compile(
        r"^ *(?:OKEFORD SPRINGS POLICE DEPARTMENT \[invented\] *$|Calls for Service Summary +\u00b7 "
        r"|Items are numbered in order of the call)"),
    "dunmere-county-ga-so": re.compile(
        r"^ *(?:DUNMERE COUNTY SHERIFF'S OFFICE \[invented\] |RPT ICR-07 +RUN |INCIDENT +REPORTED +NATURE "
        r"|-{40,} *$|PAGE +\d+ OF +\d+ *$)"),
}
# START: a match with group "rec" starts a record stretch whose id is group "id" (or, where ID_IN has a
# pattern, the one match of it inside the stretch); the other alternatives start stretches that are no
# records; a match of group "cut" ends the records: every stretch from there on is no record
START = {
    "calderbrook-mi-pd": re.compile(
        r"^ *(?:(?P<rec>(?:(?P<code>DUP|MRG>|CXL>|SUPP|F/U|SEE|RFR) +(?P<link>\S+) +)?(?P<id>26-\d{5}) +"
        r"(?P<date>\d\d/\d\d/\d\d) \d\d:\d\d )|(?P<day>(?P<dd>\d\d/\d\d/\d\d): (?P<dn>\d+) incidents)"
        r"|Incidents listed:)", re.M),
    "thistlewood-county-ks-so": re.compile(
        r"^(?:(?P<rec>Incident No\.: +(?P<id>2026-\d{6}) +Reported: +(?P<date>\d\d/\d\d/\d{4}) \d\d:\d\d)"
        r"|Incidents in this report:)", re.M),
    "wendlebury-vt-pd": re.compile(
        rf"^ *(?:(?P<rec>(?P<date>March \d{{1,2}}), \d{{1,2}}:\d\d [ap]\.m\. {D} )"
        r"|(?P<dayh>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, March \d{1,2} *$)|Entries this week:)", re.M),
    "okeford-springs-az-pd": re.compile(
        rf"^ *(?:(?P<rec>(?P<n>\d+)\. +CAD (?P<id>2602-\d{{4}}) {D} Reported (?P<date>\d\d/\d\d/\d\d) )"
        rf"|(?P<xref>(?P<xn>\d+)\. +Cross-reference {D} )|Items: \d+ \()", re.M),
    "dunmere-county-ga-so": re.compile(
        r"^ *(?:(?P<rec>(?P<id>SO-26-\d{5}) +(?P<date>\d\d/\d\d/\d\d) \d\d:\d\d )"
        r"|(?P<day>\*\* (?P<dd>\d\d/\d\d/\d\d) INCIDENTS +(?P<dn>\d+) \*\*)|TOTAL INCIDENTS:"
        r"|(?P<cut>CROSS-REFERENCE LISTING))", re.M),
}
ID_IN = {"wendlebury-vt-pd": re.compile(r"\((26-\d{4})\)")}
IDS = {  # any id of the layout's shape
    "calderbrook-mi-pd": re.compile(r"(?<![\w-])26-\d{5}\b"),
    "thistlewood-county-ks-so": re.compile(r"(?<![\w-])2026-\d{6}\b"),
    "wendlebury-vt-pd": re.compile(r"(?<![\w-])26-\d{4}\b"),
    "okeford-springs-az-pd": re.compile(r"(?<![\w-])2602-\d{4}\b"),
    "dunmere-county-ga-so": re.compile(r"(?<![\w-])SO-26-\d{5}\b"),
}
TOTAL = {
    "calderbrook-mi-pd": re.compile(r"Incidents listed: (\d+)"),
    "thistlewood-county-ks-so": re.compile(r"Incidents in this report: (\d+)"),
    "wendlebury-vt-pd": re.compile(r"Entries this week: (\d+)\."),
    "okeford-springs-az-pd": re.compile(r"Items: \d+ \(incidents (\d+),"),
    "dunmere-county-ga-so": re.compile(r"TOTAL INCIDENTS: (\d+)"),
}
# references printed inside a record's stretch (whitespace flattened): (pattern with groups kind-word and
# number, {kind-word: kind})
CODES1 = {"DUP": "duplicate_of", "MRG>": "merged_into", "CXL>": "replaced_by", "SUPP": "supplement_to",
          "F/U": "follow_up_to", "SEE": "cross_reference", "RFR": "refer_to_case"}
PHR2 = {"duplicate of": "duplicate_of", "merged into": "merged_into", "cancelled - replaced by": "replaced_by",
        "supplement to": "supplement_to", "follow-up to": "follow_up_to", "see also": "cross_reference"}
PHR3 = {"Follow-up to": "follow_up_to", "Supplement to": "supplement_to", "Duplicate of": "duplicate_of",
        "Replaced by": "replaced_by", "Merged into": "merged_into", "See also": "cross_reference",
        "Refer to county case": "refer_to_case"}
PHR4 = {"Duplicate of": "duplicate_of", "Merged into": "merged_into", "Replaced by": "replaced_by",
        "Supplement to": "supplement_to", "Follow-up to": "follow_up_to", "See also": "cross_reference"}
REL5 = {"DUP OF": "duplicate_of", "MERGED TO": "merged_into", "CXL, SEE": "replaced_by", "SUPP TO": "supplement_to",
        "FOLLOW-UP TO": "follow_up_to", "SEE ALSO": "cross_reference", "RELATED CAD": "related_cad"}
BACK5 = {"DUPLICATED BY": "duplicate_of", "MERGED FROM": "merged_into", "REPLACES CXL": "replaced_by",
         "SUPPLEMENTED BY": "supplement_to", "FOLLOWED UP BY": "follow_up_to", "SEEN ALSO FROM": "cross_reference"}
REL = {
    "calderbrook-mi-pd": [(re.compile(r"(?:^|\n) *(DUP|MRG>|CXL>|SUPP|F/U|SEE|RFR) +(\S+)"), CODES1)],
    "thistlewood-county-ks-so": [
        (re.compile(r"Linked incident \((duplicate of|merged into|cancelled - replaced by|supplement to|follow-up to"
                    r"|see also)\): Incident No\.: (\S+) "), PHR2),
        (re.compile(r"(Related CAD): (\S+)"), {"Related CAD": "related_cad"})],
    "wendlebury-vt-pd": [
        (re.compile(r"(Follow-up to|Supplement to|Duplicate of|Replaced by|Merged into|See also|Refer to county case) "
                    r"((?:WC-)?26-\d{4})\b"), PHR3)],
    "okeford-springs-az-pd": [
        (re.compile(r"(Duplicate of|Merged into|Replaced by|Supplement to|Follow-up to|See also) CAD (\d{4}-\d{4})"),
         PHR4)],
    "dunmere-county-ga-so": [
        (re.compile(r"XREF (DUP OF|MERGED TO|CXL, SEE|SUPP TO|FOLLOW-UP TO|SEE ALSO|RELATED CAD) (\S+)"), REL5)],
}
MARK = re.compile(r"^@@ page (\d+) @@$", re.M)
TAIL = re.compile(r"(?:\s*^@@ page \d+ @@$)*\s*\Z", re.M)


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def reading(folder, full):
    """The pages' text with furniture lines dropped, each page after a `@@ page k @@` marker."""
    parts = []
    for k, page in enumerate(full.split("\f")[:-1], 1):
        lines = [ln for ln in page.splitlines() if not FURN[folder].match(ln)]
        parts.append(f"@@ page {k} @@\n" + "\n".join(lines))
    return "\n".join(parts) + "\n"


def blocks(folder, t):
    """(id or None, text stretch, pages the stretch runs over, match) per stretch, in reading order."""
    starts = list(START[folder].finditer(t))
    marks = [(m.start(), int(m.group(1))) for m in MARK.finditer(t)]
    out = []
    cut = False
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(t)
        text = TAIL.sub("", t[m.start():end])
        pages = [f for pos, f in marks if pos < m.start()][-1:]
        pages += [f for pos, f in marks if m.start() < pos < m.start() + len(text)]
        cut |= bool(m.groupdict().get("cut"))
        num = None
        if m.group("rec") and not cut:
            if folder in ID_IN:
                found = ID_IN[folder].findall(text)
                num = found[0] if len(found) == 1 else f"?{len(found)} ids"
            else:
                num = m.group("id")
        out.append((num, text, pages, m))
    return out


def records(folder, full):
    return [(num, text, pages) for num, text, pages, _ in blocks(folder, reading(folder, full)) if num]


def flat(text):
    return re.sub(r"\s+", " ", MARK.sub("", text)).strip()


def check_numbers(name, t, e):
    problems = []
    fl = re.sub(r"\s+", " ", t)
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    for num in set(ids + related):
        want = ids.count(num) + related.count(num)
        have = len(re.findall(rf"(?<![\w.-]){re.escape(num)}(?![\w-]|\.\d)", fl))
        if have < want:
            problems.append(f"{name}: {num} printed {have}x, listed {want}x")
    for r in e["related_numbers"]:
        if r["number"] == r["record"]:
            problems.append(f"{name}: {r['number']} is listed as related to itself")
        if r["record"] not in ids:
            problems.append(f"{name}: related number {r['number']} belongs to no listed record")
        if r.get("also_a_record") is not (r["number"] in ids):
            problems.append(f"{name}: related number {r['number']} also_a_record={r.get('also_a_record')} is wrong")
    if len(set(ids)) != len(ids):
        problems.append(f"{name}: an id is listed twice")
    return problems


def read_related(folder, recs):
    """(record, kind, number) for every reference printed in a record's stretch."""
    out = []
    for num, text, _ in recs:
        body = MARK.sub("", text)
        for pat, kinds in REL[folder]:
            src = body if folder == "calderbrook-mi-pd" else flat(body)
            out += [(num, kinds[w], x) for w, x in pat.findall(src)]
    return out


def check_related(name, folder, recs, e):
    got = Counter(read_related(folder, recs))
    want = Counter((r["record"], r["kind"], r["number"]) for r in e["related_numbers"])
    if got != want:
        return [f"{name}: references printed in the records ({sum(got.values())}) differ from related_numbers "
                f"({sum(want.values())}): {sorted((got - want).elements())[:3]} / {sorted((want - got).elements())[:3]}"]
    return []


def tokens(s):
    return [x for x in re.split(r"[\s/|]+|(?<=\d)-(?=\d\d/)", s) if x]


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
        text = MARK.sub("", by_id[s["case_number"]])
        for key, val in s.items():
            if not in_order(tokens(val), tokens(text)):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def day_totals(bl):
    printed, counted = [], {}
    for num, _, _, m in bl:
        if m.groupdict().get("day"):
            printed.append((m.group("dd"), int(m.group("dn"))))
        if num:
            counted[m.group("date")] = counted.get(m.group("date"), 0) + 1
    return printed, list(counted.items())


def naive_ids(folder, full):
    """The ids a reader that takes the first id-shaped number of each entry (or every labelled or
    line-leading number) would list: what the trap of each layout invites."""
    t = reading(folder, full)
    if folder == "calderbrook-mi-pd":  # the first number on each row
        return re.findall(r"(?m)^ *(?:(?:DUP|MRG>|CXL>|SUPP|F/U|SEE|RFR) +)?(26-\d{5}) +\d\d/\d\d/\d\d \d\d:\d\d ", t)
    if folder == "thistlewood-county-ks-so":  # every `Incident No.:` value
        return re.findall(r"(?m)^ *Incident No\.: +(2026-\d{6})", t)
    if folder == "wendlebury-vt-pd":  # the first number of each paragraph
        return [IDS[folder].findall(text)[0] for _, text, _, m in blocks(folder, t) if m.group("rec")]
    if folder == "okeford-springs-az-pd":  # the first CAD number of each item
        return [re.search(r"CAD (2602-\d{4})", text).group(1) for _, text, _, m in blocks(folder, t)
                if m.group("rec") or m.group("xref")]
    return re.findall(r"(?m)^ *(SO-26-\d{5}) +\d\d/\d\d/\d\d \d\d:\d\d ", t)  # every line-leading number


def check_layout(folder, name, e, full):
    """One check of the trap each layout is about (on the `pdftotext -layout` text)."""
    ids = e["case_numbers"]
    pos = {x: i for i, x in enumerate(ids)}
    t = reading(folder, full)
    bl = blocks(folder, t)
    recs = [(num, text, pages) for num, text, pages, _ in bl if num]
    bad = [num for num, _, _ in recs] != ids
    rel = read_related(folder, recs)  # the references as printed (check_related compares them with the list)
    naive = naive_ids(folder, full)
    bad |= naive == ids
    if folder == "calderbrook-mi-pd":
        # the Linked column left of the id: on linked rows the first number is another incident's
        linked = [(m.group("id"), m.group("code"), m.group("link")) for num, _, _, m in bl if num and m.group("code")]
        bad |= len(linked) < 15 or any(link == own for own, _, link in linked)
        bad |= {own for own, _, _ in linked} != {r for r, _, _ in rel}
        fw = [(r, x) for r, k, x in rel if k == "replaced_by"]
        bad |= len(fw) < 2 or any(x not in pos or pos[x] <= pos[r] for r, x in fw)
        bad |= sum(x in pos for _, _, x in rel) < 5
        rows = re.findall(r"Rows with a link: (\d+)", t)
        bad |= rows != [str(len(linked))]
        printed, counted = day_totals(bl)
        bad |= printed != counted or sum(k for _, k in printed) != len(ids)
    if folder == "thistlewood-county-ks-so":
        # nested linked-incident sub-blocks repeat `Incident No.:` with the cited incident's values
        nested = re.findall(r"(?m)^ {3,}Incident No\.: +(2026-\d{6}) +Nature: +(.+?) +Reported: +(\S+ \S+) *$", t)
        shown = re.findall(r"Linked-incident entries shown: (\d+)", t)
        bad |= len(nested) < 10 or shown != [str(len(nested))] or len(naive) != len(ids) + len(nested)
        own = {}
        for num, text, _ in recs:
            nat = re.search(r"(?m)^Nature: +(.+?) *$", text)
            rep = re.search(r"Reported: +(\S+ \S+)", text)
            own[num] = (nat.group(1) if nat else None, rep.group(1) if rep else None)
        inside = [(x, nat, rep) for x, nat, rep in nested if x in own]
        bad |= len(inside) < 3 or len(nested) - len(inside) < 3
        bad |= any(own[x] != (nat, rep) for x, nat, rep in inside)
        bad |= Counter(x for x, _, _ in nested) != Counter(x for _, k, x in rel if k != "related_cad")
    if folder == "wendlebury-vt-pd":
        # own id parenthesised at the end; follow-ups open with the number they refer to
        bad |= any(not re.search(rf"\({re.escape(num)}\)$", flat(text)) for num, text, _ in recs)
        opening = [num for num, text, _ in recs if IDS[folder].findall(text)[0] != num]
        bad |= len(opening) < 8
        fw = [(r, x) for r, k, x in rel if k == "replaced_by"]
        bad |= len(fw) < 2 or any(x not in pos or pos[x] <= pos[r] for r, x in fw)
        heads = [m.group("dayh") for _, _, _, m in bl if m.group("dayh")]
        bad |= len(heads) != 7
    if folder == "okeford-springs-az-pd":
        # item numbers count cross-reference items, which cite a record and have no number of their own
        nums = [int(m.group("n") or m.group("xn")) for _, _, _, m in bl if m.group("rec") or m.group("xref")]
        bad |= nums != list(range(1, len(nums) + 1))
        item = {m.group("id"): int(m.group("n")) for num, _, _, m in bl if num}
        xr = [(int(m.group("xn")), flat(text)) for _, text, _, m in bl if m.group("xref")]
        bad |= len(xr) < 5
        for n, text in xr:
            cited = re.findall(r"CAD (\S+) \(item (\d+)\)", text)
            bad |= len(cited) != 1 or len(IDS[folder].findall(text)) != 1
            bad |= any(c not in item or item[c] != int(k) or item[c] >= n for c, k in cited)
        for _, text, _ in recs:
            bad |= any(c not in item or item[c] != int(k)
                       for c, k in re.findall(r"CAD (\S+) \(item (\d+)\)", flat(text)))
        tot = re.findall(r"Items: (\d+) \(incidents (\d+), cross-references (\d+)\)\.", t)
        bad |= tot != [(str(len(nums)), str(len(ids)), str(len(xr)))]
        fw = [(r, x) for r, k, x in rel if k == "replaced_by"]
        bad |= len(fw) < 2 or any(x not in pos or pos[x] <= pos[r] for r, x in fw)
    if folder == "dunmere-county-ga-so":
        # a cross-reference listing after the total, its lines shaped like record lines
        cut = [i for i, (_, _, _, m) in enumerate(bl) if m.groupdict().get("cut")]
        last = max(i for i, (num, _, _, _) in enumerate(bl) if num)
        bad |= len(cut) != 1 or cut[0] < last
        lst = "\n".join(text for _, text, _, _ in bl[cut[0]:]) if cut else ""
        lines = re.findall(r"(?m)^ *(SO-26-\d{5}) +(\d\d/\d\d/\d\d \d\d:\d\d) +([A-Z][A-Z ]+?) +(SO-26-\d{5}) *$", lst)
        listed = re.findall(r"LISTED: (\d+) ", lst)
        bad |= len(lines) < 20 or listed != [str(len(lines))] or [x[0] for x in lines] != sorted(x[0] for x in lines)
        bad |= Counter((b, BACK5.get(c), a) for a, _, c, b in lines) != Counter(
            (r, k, x) for r, k, x in rel if k != "related_cad")
        rep = {m.group("id"): re.match(r"\S+ +(\S+ \S+)", m.group(0).strip()).group(1) for num, _, _, m in bl if num}
        bad |= any(a in rep and rep[a] != when for a, when, _, _ in lines)
        bad |= sum(a not in rep for a, _, _, _ in lines) < 3
        bad |= len(naive) != len(ids) + len(lines)
        xl = re.findall(r"XREF LINES: (\d+)", t)
        bad |= xl != [str(len(re.findall(r"(?m)^ *XREF ", t)))] or xl != [str(len(rel))]
        printed, counted = day_totals(bl)
        bad |= printed != counted or sum(k for _, k in printed) != len(ids)
    return [f"{name}: {folder} layout trap does not hold"] if bad else []


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        full = run(["pdftotext", "-layout", str(pdf), "-"])
        pages = full.count("\f")
        if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
            problems.append(f"{pdf.name}: sha256/bytes differ")
        if pages != e["pages"] or not 1 <= pages <= 12:
            problems.append(f"{pdf.name}: pages {pages} vs {e['pages']}")
        if len(data) >= 200_000:
            problems.append(f"{pdf.name}: {len(data)} bytes")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        problems += check_numbers(pdf.name, full, e)
        recs = records(folder.name, full)
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(x) for x in TOTAL[folder.name].findall(full)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(pdf.name, recs, e)
        problems += check_related(pdf.name, folder.name, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, e, full)
        inlog = sum(r["also_a_record"] for r in e["related_numbers"])
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, {len(e['related_numbers'])} related "
              f"numbers ({inlog} also records), {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs175.py"), tmp], check=True)
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
