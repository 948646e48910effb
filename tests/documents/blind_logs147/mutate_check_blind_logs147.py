"""Mutation runs for check_blind_logs147.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample location, type or date,
sha256, page count or record count, an unprinted related number, an id listed as related, a related
number or a non-record number listed as a record, a record listed twice, a week's records all dropped,
a record given to an empty week, a missing agency folder) run the real check on a copy in a temporary
folder; trap mutations (two per layout: a call number changed, the calls-for-service tally made small,
the pasted copy of a block altered or renumbered, a follow-up number changed, a log number printed
without its parentheses, the hand numbering corrected or broken twice, continuation lines joined, a
continuation line starting like an entry) and one drift mutation per layout (the formatting changed
back, or to neither format, on one record) are applied to the `pdftotext -layout` text and fed to the
layout check.
Run: python tests/documents/blind_logs147/mutate_check_blind_logs147.py
"""

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SRC = Path(__file__).resolve().parent
sys.path.insert(0, str(SRC))
import check_blind_logs147 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)
    g[0]["record_count"] -= 1


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_loc(g):
    g[0]["sample_records"][1]["location"] = "Nowhere Hall"


def m_sha(g):
    g[0]["sha256"] = "0" * 64


def m_rel(g):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "citation", "number": "ZZ99-1234"})


def m_count(g):
    g[0]["record_count"] += 1


def m_both(g):
    g[0]["related_numbers"].append(
        {"record": g[0]["case_numbers"][1], "kind": "citation", "number": g[0]["case_numbers"][0]}
    )


def m_date(g):
    g[-1]["sample_records"][2]["reported_at"] = "September 30, 1999 11:11"


def m_repeat(g):
    c = g[0]["case_numbers"]
    c.insert(2, c[1])
    g[0]["record_count"] += 1


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_nonrec(g):
    """List a non-record number (a related number, else a page ordinal) as a record."""
    e = g[0]
    num = e["related_numbers"][0]["number"] if e["related_numbers"] else "1"
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


def m_zero(g):
    e = next(x for x in g if x["record_count"])
    e["case_numbers"], e["record_count"], e["sample_records"] = [], 0, []


def m_fill(g):
    e = next((x for x in g if not x["record_count"]), None)
    if e is None:
        return False
    e["case_numbers"], e["record_count"] = ["25-0001"], 1


MUTS = [m_zero, m_fill, m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec, m_repeat]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs147.py"), "--dir", str(dst)],
                          capture_output=True).returncode


folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
caught = missed = 0
for f in folders:
    for m in MUTS:
        with tempfile.TemporaryDirectory() as tmp:
            dst = Path(tmp) / "s"
            shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
            gp = dst / f / "groundtruth.json"
            g = json.loads(gp.read_text())
            if m(g) is False:
                continue
            gp.write_text(json.dumps(g))
            if run_check(dst):
                caught += 1
            else:
                missed += 1
                print("MISSED", f, m.__name__)
with tempfile.TemporaryDirectory() as tmp:  # an agency folder removed
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.rmtree(dst / folders[0])
    rc = run_check(dst)
    caught += bool(rc)
    missed += not rc
    if not rc:
        print("MISSED folder removed")


def last(pattern, repl):
    """Replace the last match of pattern (multiline)."""
    def f(t):
        ms = list(re.finditer(pattern, t, re.M))
        if not ms:
            return t
        m = ms[-1]
        return t[:m.start()] + m.expand(repl) + t[m.end():]
    return f


def cedar_copy(change):
    """Change the second copy of the pasted block: its Officer line (change='officer') or its id."""
    def f(t):
        ids = re.findall(r"^ *Report (?:#:|No\.) (CH-25-\d{4})$", t, re.M)
        dup = next((x for x in ids if ids.count(x) > 1), None)
        if dup is None:
            return t
        ms = list(re.finditer(rf"^ *Report (?:#:|No\.) {dup}$", t, re.M))
        i = ms[1].start()
        rest = t[i:]
        if change == "officer":
            rest = re.sub(r"Officer: CSO \d+", "Officer: CSO 99", rest, count=1)
        else:
            rest = rest.replace(dup, "CH-25-9999", 1)
        return t[:i] + rest
    return f


def renumber(t):
    k = iter(range(1, 1000))
    return re.sub(r"(?m)^( *)\d+(\. +25-\d{5} )", lambda m: f"{m.group(1)}{next(k)}{m.group(2)}", t)


TRAP = {  # text mutations that break each layout's trap
    # a call number changed: it no longer matches the listed related number
    "birchfield-nh-pd": lambda t: re.sub(r"(?m)^( *25-)\d{5}( +25-\d{4} )", r"\g<1>99999\2", t, count=1),
    # the pasted second copy of a block no longer identical
    "cedar-hollow-college-oh-cs": cedar_copy("officer"),
    # a follow-up cites a later log number
    "greywater-vt-pd": lambda t: re.sub(r"Follow-up to Log 25-\d{4}\.", "Follow-up to Log 25-9999.", t, count=1),
    # the hand numbering corrected to 1..N
    "pinecrest-wi-pd": renumber,
    # continuation lines that start with a number joined to the line before
    "larkspur-cc-or-ps": lambda t: re.sub(r"\n(?= *\d{2,4} [A-Z][a-z]+ )", " ", t),
}
TRAP2 = {  # a second mutation of each trap
    # the calls-for-service tally no bigger than the rows
    "birchfield-nh-pd": lambda t: re.sub(r"Calls for service this week: \d+", "Calls for service this week: 12", t),
    # the pasted copy renumbered: no block printed twice
    "cedar-hollow-college-oh-cs": cedar_copy("id"),
    # a log number printed without its parentheses
    "greywater-vt-pd": lambda t: re.sub(r"\(Log (25-\d{4})\)", r"Log \1", t, count=1),
    # the last item number typed wrong as well: two numbering errors
    "pinecrest-wi-pd": last(r"^( *)(\d+)(\. +25-\d{5} )", r"\g<1>99\3"),
    # a continuation line that starts like an entry
    "larkspur-cc-or-ps": lambda t: re.sub(r"(?m)^( *)(\d{3}) ([A-Z][a-z]+ Hall)", r"\1LCC-25-\2 \3", t, count=1),
}
DRIFT = {  # one record's formatting changed back, or to neither format
    "birchfield-nh-pd": last(r"^( *25-\d{5} +25-\d{4} +)[A-Z][a-z]{2} \d{1,2}, 2025 +\d{1,2}:\d\d [AP]M",
                             r"\g<1>10/31/2025   12:00"),
    "cedar-hollow-college-oh-cs": last(r"^( *)Report No\. ", r"\1Report #: "),
    "greywater-vt-pd": last(r"^( *)\d{1,2}/\d{1,2} at \d{4} hrs \u2014", "\\g<1>Oct. 31, 9:14 a.m. \u2014"),
    "pinecrest-wi-pd": lambda t: re.sub(r"(?m)^( *\d+\. +25-\d{5}) / (\d\d-\d\d-25)", "\\1 \u2014 \\2", t, count=1),
    "larkspur-cc-or-ps": last(r"^( *LCC-25-\d{3} +)[A-Z][a-z]{2} \d{1,2} \d{1,2}:\d\d [ap]m ", r"\g<1>10/31 1200 "),
}
for f, mut in list(TRAP.items()) + list(TRAP2.items()) + list(DRIFT.items()):
    done = False
    for e in json.loads((SRC / f / "groundtruth.json").read_text()):
        t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
        if not e["record_count"]:
            continue
        assert not C.check_layout(f, e["file"], t, e, C.records(f, t)), f
        t2 = mut(t)
        if t2 == t:
            continue
        out = C.check_layout(f, e["file"], t2, e, C.records(f, t2))
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED trap", f, e["file"], mut)
        done = True
        break
    assert done, (f, mut)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
