"""Mutation runs for check_blind_logs187.py: each broken copy of the set must fail the check.

Ground-truth mutations (the sections' ids listed in the wrong section order, a dropped, swapped, duplicated
or repeated id, a cited number or page ordinal listed as a record, a wrong sample location, type or date,
sha256, page count or record count, an unprinted related number, an id listed as related within its own
section, a dropped related number, a section's count, first page or orientation changed, the last section
left out, a missing agency folder) run the real check on a copy in a temporary folder; trap mutations (two
per agency, applied to the `pdftotext -layout` page texts or the page sizes and fed to the trap check:
Corvane's short section without its title, its separator page blank; Kessock's Ostrey ids given another
prefix, its mutual-aid citations without their numbers; Sable Bay's landscape pages read as portrait, its
cover page landscape; Marlow's Quenby row with a date, its title without the date; Northfork's `ATTACHMENT C`
page blank, its last section's page numbers not restarting).
Run: python tests/documents/blind_logs187/mutate_check_blind_logs187.py
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
import check_blind_logs187 as C  # noqa: E402


def m_section_order(g):
    """The last section's ids listed first."""
    e = g[0]
    k = e["sections"][-1]["record_count"]
    e["case_numbers"] = e["case_numbers"][-k:] + e["case_numbers"][:-k]


def m_drop(g):
    g[0]["case_numbers"].pop(5)
    g[0]["record_count"] -= 1


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_swap_boundary(g):
    """The last id of section 1 and the first of section 2 swapped."""
    e = g[0]
    k = e["sections"][0]["record_count"]
    c = e["case_numbers"]
    c[k - 1], c[k] = c[k], c[k - 1]


def m_loc(g):
    g[0]["sample_records"][1]["location"] = "Nowhere Hall"


def m_sha(g):
    g[0]["sha256"] = "0" * 64


def m_rel(g):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "mutual aid", "number": "ZZ99-1234"})


def m_count(g):
    g[0]["record_count"] += 1


def m_both(g):
    """An id listed as related to the next record of its own section."""
    c = g[0]["case_numbers"]
    g[0]["related_numbers"].append({"record": c[1], "kind": "mutual aid", "number": c[0]})


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
    """List a cited number (else a page ordinal) as a record of its own, where it is cited."""
    e = g[0]
    if e["related_numbers"]:
        r = e["related_numbers"][0]
        e["case_numbers"].insert(e["case_numbers"].index(r["record"]) + 1, r["number"])
    else:
        e["case_numbers"].insert(1, "1")
    e["record_count"] += 1


def m_drop_related(g):
    if not g[0]["related_numbers"]:
        return False
    g[0]["related_numbers"].pop()


def m_sec_count(g):
    g[0]["sections"][-1]["record_count"] += 1


def m_sec_page(g):
    g[0]["sections"][1]["first_page"] -= 1


def m_orientation(g):
    s = g[0]["sections"][0]
    s["orientation"] = "landscape" if s["orientation"] == "portrait" else "portrait"


def m_last_section(g):
    """The last section left out of the ground truth."""
    e = g[0]
    k = e["sections"].pop()["record_count"]
    e["case_numbers"] = e["case_numbers"][:-k]
    e["record_count"] -= k
    keep = set(e["case_numbers"])
    e["related_numbers"] = [r for r in e["related_numbers"] if r["record"] in keep]
    e["sample_records"][2] = e["sample_records"][1]


MUTS = [m_section_order, m_drop, m_swap, m_swap_boundary, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type,
        m_pages, m_dup, m_nonrec, m_repeat, m_drop_related, m_sec_count, m_sec_page, m_orientation, m_last_section]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs187.py"), "--dir", str(dst)],
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


def page_of(pages, pattern):
    return next(i for i, t in enumerate(pages) if re.search(pattern, t))


def t_corvane_title(pages, sizes):
    i = page_of(pages, r"TOWN OF PELLAM CREEK MARSHAL'S OFFICE")
    pages[i] = pages[i].replace("TOWN OF PELLAM CREEK MARSHAL'S OFFICE [invented]", "")
    return pages, sizes


def t_corvane_sep(pages, sizes):
    pages[page_of(pages, r"(?m)^\s*ATTACHMENT B\s*$")] = "\n"
    return pages, sizes


def t_kessock_prefix(pages, sizes):
    for i, t in enumerate(pages):
        if "Ostrey" in t:
            pages[i] = re.sub(r"(?m)^(\s*\d+\.\s+)26-", r"\1OS26-", t)
    return pages, sizes


def t_kessock_cites(pages, sizes):
    return [re.sub(r"(Assisted\s+Dunmore\s+Flats\s+PD)\s+on\s+26-\d{5}\.", r"\1.", t) for t in pages], sizes


def t_sable_portrait(pages, sizes):
    return pages, [(min(w, h), max(w, h)) for w, h in sizes]


def t_sable_cover(pages, sizes):
    sizes[0] = (792.0, 612.0)
    return pages, sizes


def t_marlow_date(pages, sizes):
    i = page_of(pages, r"VILLAGE OF QUENBY POLICE")
    pages[i] = re.sub(r"(?m)^(\s*\d{4} +Q26-\d{3} .*)$", r"\1  03/10/26", pages[i], count=1)
    return pages, sizes


def t_marlow_title(pages, sizes):
    i = page_of(pages, r"VILLAGE OF QUENBY POLICE")
    pages[i] = pages[i].replace("Tuesday, March 10, 2026", "today")
    return pages, sizes


def t_north_sep(pages, sizes):
    pages[page_of(pages, r"(?m)^\s*ATTACHMENT C\s*$")] = "\n"
    return pages, sizes


def t_north_folios(pages, sizes):
    i = page_of(pages, r"VARN JUNCTION TOWN POLICE")
    pages[i] = re.sub(r"Page 1 of 1", "Page 2 of 2", pages[i])
    return pages, sizes


TRAP = {
    "corvane-valley-jpa-ca": [t_corvane_title, t_corvane_sep],
    "kessock-county-records-nv": [t_kessock_prefix, t_kessock_cites],
    "sable-bay-rcc-or": [t_sable_portrait, t_sable_cover],
    "marlow-county-records-wa": [t_marlow_date, t_marlow_title],
    "northfork-cra-id": [t_north_sep, t_north_folios],
}
for f, muts in TRAP.items():
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    _, pages, sizes = C.read_pdf(SRC / f / e["file"], e["pages"])
    assert not C.check_layout(f, e["file"], e, pages, sizes), f
    for mut in muts:
        p2, s2 = mut(list(pages), list(sizes))
        assert (p2, s2) != (pages, sizes), (f, mut.__name__)
        out = C.check_layout(f, e["file"], e, p2, s2)
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED trap", f, mut.__name__)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
