"""Mutation runs for check_blind_logs174.py: each broken copy of the set must fail the check.

Ground-truth mutations (the ids a reader gets who takes the first number of each record instead of the
record's own number: the date in Brinsford, a cited number in Hadleigh Cross, the item number in
Tamberlin; sample records paired with the next record's number, as when a number at the foot is taken
as the head of the next record; a dropped, swapped, duplicated or repeated id, a wrong sample location,
type or date, sha256, page count or record count, an unprinted related number, an id listed as related
to another record, a related number or a page ordinal listed as a record, a missing agency folder) run
the real check on a copy in a temporary folder; trap mutations (two per layout, applied to the
`pdftotext -layout` page texts and fed to the layout check: Brinsford's numbers moved down to lines of
their own under their rows, its occurred dates printed as mm/dd/yy; Corrowby's margin numbers moved to
the blocks' first lines, or to their last lines; Hadleigh Cross's cited numbers taken out, a cited
number put after a paragraph's own; Tamberlin's items numbered straight through, its orphaned
date-time-location lines moved to the next page; Ollerby's broken cards joined on one page, its
numbers moved to the cards' first lines).
Run: python tests/documents/blind_logs174/mutate_check_blind_logs174.py
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
import check_blind_logs174 as C  # noqa: E402


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
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "prior", "number": "ZZ99-1234"})


def m_count(g):
    g[0]["record_count"] += 1


def m_both(g):
    g[0]["related_numbers"].append(
        {"record": g[0]["case_numbers"][1], "kind": "prior", "number": g[0]["case_numbers"][0]}
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


def m_shift(g):
    """Each sample paired with the number that follows its record (the foot number read as a head)."""
    c = g[0]["case_numbers"]
    for s in g[0]["sample_records"]:
        i = c.index(s["case_number"])
        s["case_number"] = c[i + 1] if i + 1 < len(c) else c[i - 1]


FIRST = {  # the first number of each record, where a naive reader would take it for the id
    "brinsford-wi-pd": re.compile(r"\b\d{8}\b"),
    "hadleigh-cross-vt-pd": re.compile(r"\b26-\d{4}\b"),
    "tamberlin-ks-pd": re.compile(r"\d+"),
}
NAIVE = {}


def m_naive(g, folder):
    """The ids a reader gets who takes each record's first number of the id's shape."""
    g[0]["case_numbers"] = NAIVE[folder]


MUTS = [m_naive, m_shift, m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup,
        m_nonrec, m_repeat]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs174.py"), "--dir", str(dst)],
                          capture_output=True).returncode


def texts(folder):
    e = json.loads((SRC / folder / "groundtruth.json").read_text())[0]
    return e, C.page_texts(SRC / folder / e["file"])


folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
for f in FIRST:
    e, pages = texts(f)
    NAIVE[f] = [FIRST[f].search(text).group() for _, text, _ in C.records(f, pages)]
    assert NAIVE[f] != e["case_numbers"], f

caught = missed = 0
for f in folders:
    for m in MUTS:
        if m is m_naive and f not in NAIVE:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            dst = Path(tmp) / "s"
            shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
            gp = dst / f / "groundtruth.json"
            g = json.loads(gp.read_text())
            m(g, f) if m is m_naive else m(g)
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


def per_page(pages, fn):
    return [fn(p) for p in pages]


def t_brin_down(pages):
    """The report number moved down to a line of its own under the row's first line."""
    return per_page(pages, lambda p: re.sub(r"(?m)^( {0,4}2026\d{4} \d{4} .*?) +(26\d{6}) *$",
                                            lambda m: m.group(1) + "\n" + " " * (len(m.group(0)) - 8) + m.group(2), p))


def t_brin_occ(pages):
    """Occurred dates printed as mm/dd/yy instead of eight-digit numbers."""
    def fix(p):
        p = re.sub(r"(?m)^( {0,4}2026\d{4} \d{4} +)2026(\d\d)(\d\d)\b", r"\g<1>\2/\3/26", p)
        return re.sub(r"\bto 2026(\d\d)(\d\d)\b", r"to \1/\2/26", p)
    return per_page(pages, fix)


def t_corr_top(pages):
    """Each margin number moved to its block's first line."""
    def fix(p):
        ids = C.IDS["corrowby-county-mt-so"]
        out = []
        for ln in p.splitlines():
            found = ids.findall(ln)
            ln = ids.sub("", ln).rstrip()
            if found:
                j = max(i for i, x in enumerate(out) if x.lstrip().startswith("Received"))
                out[j] += "     " + found[0]
                if not ln.strip():
                    continue
            out.append(ln)
        return "\n".join(out) + "\n"
    return per_page(pages, fix)


def t_corr_last(pages):
    """Each margin number moved beside its block's last (Disposition) line."""
    def fix(p):
        ids = C.IDS["corrowby-county-mt-so"]
        out, pending = [], None
        for ln in p.splitlines():
            found = ids.findall(ln)
            if found:
                pending = found[0]
                ln = ids.sub("", ln).rstrip()
                if not ln.strip():
                    continue
            if pending and ln.lstrip().startswith("Disposition"):
                ln += "     " + pending
                pending = None
            out.append(ln)
        return "\n".join(out) + "\n"
    return per_page(pages, fix)


def t_hadl_uncite(pages):
    """The cited numbers taken out of the paragraphs."""
    return per_page(pages, lambda p: re.sub(r"(?<![(\w-])26-\d{4}\b(?!\))", "an earlier case", p))


def t_hadl_after(pages):
    """A cited number put after the first paragraph's own number."""
    p = re.sub(r"(\(26-\d{4}\))", r"\1 See also 26-0101.", pages[0], count=1)
    return [p] + pages[1:]


def t_tamb_straight(pages):
    """Items numbered straight through instead of restarting each day."""
    k = [0]

    def num(m):
        k[0] += 1
        return f"{m.group(1)}{k[0]}.{m.group(3)}"
    return per_page(pages, lambda p: re.sub(r"(?m)^( *)(\d+)\.( +\d\d/\d\d/\d\d \d\d:\d\d )", num, p))


def t_tamb_keep(pages):
    """The date-time-location lines orphaned at a page foot moved to the top of the next page."""
    out = list(pages)
    for k in range(len(out) - 1):
        ls = out[k].splitlines()
        body = [i for i, ln in enumerate(ls) if ln.strip() and not C.FURN["tamberlin-ks-pd"].match(ln)]
        last = body[-1]
        if re.match(r" *\d+\. +\d\d/\d\d/\d\d ", ls[last]):
            nxt = out[k + 1].splitlines()
            j = next(i for i, ln in enumerate(nxt) if re.match(r" *26-\d{5} ", ln))
            out[k + 1] = "\n".join(nxt[:j] + [ls[last]] + nxt[j:]) + "\n"
            out[k] = "\n".join(ls[:last] + ls[last + 1:]) + "\n"
    return out


def t_oll_join(pages):
    """The broken cards' continuations moved back onto the page where the card starts."""
    out = list(pages)
    for k in range(len(out) - 1):
        if "continued on next page" not in out[k]:
            continue
        nxt = out[k + 1].splitlines()
        a = next(i for i, ln in enumerate(nxt) if "(continued)" in ln)
        b = next(i for i, ln in enumerate(nxt) if "Incident No." in ln)
        out[k] = out[k].replace("continued on next page", "\n".join(nxt[a + 1:b + 1]))
        out[k + 1] = "\n".join(nxt[:a] + nxt[b + 1:]) + "\n"
    return out


def t_oll_top(pages):
    """Each card's number moved up to its first line."""
    def fix(p):
        ls = p.splitlines()
        for i, ln in enumerate(ls):
            m = re.search(r"Incident No\. OC26-\d{4}", ln)
            if m:
                j = max((x for x in range(i) if "Reported:" in ls[x]), default=None)
                if j is not None:
                    ls[j] += "   " + m.group()
                    ls[i] = ""
        return "\n".join(ls) + "\n"
    return per_page(pages, fix)


TRAP = {
    "brinsford-wi-pd": [t_brin_down, t_brin_occ],
    "corrowby-county-mt-so": [t_corr_top, t_corr_last],
    "hadleigh-cross-vt-pd": [t_hadl_uncite, t_hadl_after],
    "tamberlin-ks-pd": [t_tamb_straight, t_tamb_keep],
    "ollerby-college-ma-pd": [t_oll_join, t_oll_top],
}
for f, muts in TRAP.items():
    e, pages = texts(f)
    assert not C.check_layout(f, e["file"], e, pages), f
    for mut in muts:
        p2 = mut(list(pages))
        assert p2 != pages, (f, mut.__name__)
        out = C.check_layout(f, e["file"], e, p2)
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED trap", f, mut.__name__)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
