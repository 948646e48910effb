"""Mutation runs for check_blind_logs169.py: each broken copy of the set must fail the check.

Ground-truth mutations (the ids a naive reader takes from the whole packet: every number of the id's
shape in packet order, first appearances; a dropped, swapped, duplicated or repeated id, a wrong sample
location, type or date, sha256, page count or record count, an unprinted related number, an id listed as
related, a related number or a Bates stamp listed as a record, a log page listed under another part, a
missing agency folder) run the real check on a copy in a temporary folder; trap mutations (two per
layout, applied to the `pdftotext -layout` page texts and fed to the layout check: Calderwood's index
moved after the log, its rows citing numbers not in the log; Merriwell's index blocks relabelled
`Case No.:`, a 2025 number in the index turned into a 2026 one; Tolliver's quoted entries run into the
letter's prose, the outside incident dated inside the period; Ashgrove's installments made adjacent,
an item renumbered; Ruskin's Bates stamps moved onto lines of their own, an invoice line citing a
number not in the log).
Run: python tests/documents/blind_logs169/mutate_check_blind_logs169.py
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
import check_blind_logs169 as C  # noqa: E402


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
    """List a packet number (the request's tracking number) as a record."""
    e = g[0]
    e["case_numbers"].insert(1, next(r["number"] for r in e["related_numbers"] if r["record"] is None
                                     and r["kind"] != "bates"))
    e["record_count"] += 1


def m_bates(g):
    """List a Bates stamp as a record."""
    e = g[0]
    e["case_numbers"].append(next(r["number"] for r in e["related_numbers"] if r["kind"] == "bates"))
    e["record_count"] += 1


def m_part(g):
    """The log's last page listed under the part that follows it."""
    parts = g[0]["packet"]
    k = max(i for i, p in enumerate(parts) if p["part"].startswith("incident log"))
    if k + 1 < len(parts):
        parts[k + 1]["pages"].insert(0, parts[k]["pages"].pop())
    else:
        parts[k - 1]["pages"].append(parts[k]["pages"].pop(0))


NAIVE = {}  # folder -> every number of the id's shape in the packet, in order of first appearance


def m_naive(g, folder):
    g[0]["case_numbers"] = NAIVE[folder]
    g[0]["record_count"] = len(NAIVE[folder])


MUTS = [m_naive, m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup,
        m_nonrec, m_repeat, m_bates, m_part]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs169.py"), "--dir", str(dst)],
                          capture_output=True).returncode


def texts(folder):
    e = json.loads((SRC / folder / "groundtruth.json").read_text())[0]
    return e, C.page_texts(SRC / folder / e["file"])


folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
for f in folders:
    e, pages = texts(f)
    NAIVE[f] = list(dict.fromkeys(C.IDS[f].findall("\n".join(pages))))
    assert NAIVE[f] != e["case_numbers"], f

caught = missed = 0
for f in folders:
    for m in MUTS:
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


def page_of(pages, pat):
    return next(k for k, t in enumerate(pages) if re.search(pat, t))


def t_cald_order(e, pages):
    """The exemption index moved after the log."""
    k = page_of(pages, "EXEMPTION INDEX")
    idx = pages.pop(k)
    pages.insert(max(C.log_pages("calderwood-ca-pd", pages)) + 1, idx)
    return pages


def t_cald_cite(e, pages):
    """The index rows cite case numbers that are not in the log."""
    k = page_of(pages, "EXEMPTION INDEX")
    pages[k] = re.sub(r"(?m)^( *\d+ +)26-00(\d{4})", r"\g<1>26-09\2", pages[k])
    return pages


def t_merr_label(e, pages):
    k = page_of(pages, "Exemption Index")
    for j in (k, k + 1):
        pages[j] = pages[j].replace("Incident No.:", "Case No.:    ")
    return pages


def t_merr_year(e, pages):
    k = page_of(pages, "Exemption Index")
    pages[k] = re.sub(r"M25-(\d{5})", r"M26-\1", pages[k], count=1)
    pages[k + 1] = re.sub(r"M25-(\d{5})", r"M26-\1", pages[k + 1], count=1)
    return pages


def t_toll_prose(e, pages):
    """The quoted entries run into the letter's prose instead of starting lines."""
    k = page_of(pages, r"Re: Public Records Act request")
    pages[k] = re.sub(rf"\n *(\d{{1,2}}/\d{{1,2}}/26 \d{{4}} hrs {C.D} )", r" \1", pages[k])
    return pages


def t_toll_date(e, pages):
    """The incident the letter names outside the period dated inside it."""
    k = page_of(pages, r"Re: Public Records Act request")
    pages[k] = pages[k].replace("2/17/26 0135 hrs", "3/9/26 0135 hrs")
    return pages


def t_ash_adjacent(e, pages):
    """The declaration and the second letter taken out: the installments adjacent."""
    logp = C.log_pages("ashgrove-ca-pd", pages)
    gap = [k for k in range(logp[0], logp[-1]) if k not in logp]
    return [t for k, t in enumerate(pages) if k not in gap]


def t_ash_number(e, pages):
    logp = C.log_pages("ashgrove-ca-pd", pages)
    k = [j for j in logp if j > logp[0] and j - 1 not in logp][0]
    pages[k] = re.sub(r"(?m)^( *)(\d+)(\. +A26-\d{5} +Reported)", lambda m: f"{m.group(1)}{int(m.group(2)) + 1}{m.group(3)}",
                      pages[k], count=1)
    return pages


def t_rusk_own_line(e, pages):
    """The Bates stamps moved to lines of their own."""
    for k in C.log_pages("ruskin-county-ca-so", pages):
        pages[k] = re.sub(r"(?m)^(.*\S) {3,}(RCSO-\d{6}) *$", r"\1\n\2", pages[k])
    return pages


def t_rusk_invoice(e, pages):
    k = page_of(pages, "INVOICE FOR PUBLIC RECORDS")
    pages[k] = re.sub(r"RC26-(\d{6})", "RC26-999999", pages[k], count=1)
    return pages


TRAP = {
    "calderwood-ca-pd": [t_cald_order, t_cald_cite],
    "merriwell-ca-pd": [t_merr_label, t_merr_year],
    "tolliver-ca-pd": [t_toll_prose, t_toll_date],
    "ashgrove-ca-pd": [t_ash_adjacent, t_ash_number],
    "ruskin-county-ca-so": [t_rusk_own_line, t_rusk_invoice],
}
for f, muts in TRAP.items():
    e, pages = texts(f)
    assert not C.check_layout(f, e["file"], e, pages), f
    for mut in muts:
        p2 = mut(e, list(pages))
        assert p2 != pages, (f, mut.__name__)
        out = C.check_layout(f, e["file"], e, p2)
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED trap", f, mut.__name__)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
