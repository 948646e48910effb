"""Mutation runs for check_blind_logs96.py: each broken copy of the set must fail the check.

Ground-truth mutations per agency (a dropped, swapped or duplicated id, a related number listed as an
id, an id listed as related, an unprinted related number, wrong sample values, wrong sha256, page
count or record count) run the real check on a copy in a temporary folder; a copy with an agency
folder removed must fail too; trap mutations (a glued footnote digit or the continued footnote
removed, an endnote line made row-shaped or pointed at a line that does not exist, a case number
moved into a report body, a page's code key or a pending number's note removed, a spilled side note
removed) are applied to the `pdftotext -layout` text and fed to the text check.
Run: python tests/documents/blind_logs96/mutate_check_blind_logs96.py
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
import check_blind_logs96 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)
    g[0]["record_count"] -= 1


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_related_as_id(g):
    e = next(x for x in g if x["related_numbers"])
    e["case_numbers"].insert(1, e["related_numbers"][0]["number"])
    e["record_count"] += 1


def m_id_as_related(g):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][1], "kind": "earlier_case",
                                    "number": g[0]["case_numbers"][0]})


def m_unprinted(g):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "citation", "number": "ZZ99-1234"})


def m_loc(g):
    g[0]["sample_records"][1]["location"] = "Nowhere Hall"


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_disp(g):
    g[0]["sample_records"][2]["disposition"] = "Exceptionally cleared"


def m_date(g):
    s = g[-1]["sample_records"][2]
    s["reported_at"] = "09/30/2024 " + s["reported_at"].split()[1]


def m_sample_other_record(g):
    s = g[0]["sample_records"]
    s[0]["location"], s[2]["location"] = s[2]["location"], s[0]["location"]


def m_sha(g):
    g[0]["sha256"] = "0" * 64


def m_pages(g):
    g[0]["pages"] += 1


def m_count(g):
    g[0]["record_count"] += 1


MUTS = [m_drop, m_swap, m_dup, m_related_as_id, m_id_as_related, m_unprinted, m_loc, m_type, m_disp, m_date,
        m_sample_other_record, m_sha, m_pages, m_count]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs96.py"), "--dir", str(dst)],
                          capture_output=True).returncode


def fb_unspill(t):
    """Remove the side-note text printed beside a later entry (the spilled related numbers)."""
    e = json.loads((SRC / "fernbrake-nm-pd" / "groundtruth.json").read_text())[0]
    recs = C.records("fernbrake-nm-pd", t)
    for r in e["related_numbers"]:
        tail = r["number"].split()[-1]
        own = next((s, en) for c, s, en in recs if c == r["record"])
        for m in re.finditer(re.escape(tail), t):
            if not own[0] <= m.start() < own[1]:
                t = t[:m.start()] + " " * len(tail) + t[m.end():]
    return t


TRAP = [  # (agency, file index, mutation of the text)
    ("larkhaven-ct-pd", 0, lambda t: re.sub(r"^\d+ \(continued\) ", "", t, count=1, flags=re.M)),
    ("larkhaven-ct-pd", 1, lambda t: re.sub(r"^(LH25-\d{5})\d+", r"\g<1>99", t, count=1, flags=re.M)),
    ("oxenridge-wi-pd", 0, lambda t: re.sub(r"^(\[\d+\] +)Line \d+", r"\g<1>Line 999", t, count=1, flags=re.M)),
    ("oxenridge-wi-pd", 0, lambda t: re.sub(r"^(\[\d+\] +OX25-\d{5}) +", r"\1  10/06/2025  ", t, count=1,
                                            flags=re.M)),
    ("oxenridge-wi-pd", 0, lambda t: (lambda a, b: a + "ENDNOTES\n" + re.sub(r"OX25-\d{5}(, )?", "", b))(
        *t.split("ENDNOTES\n", 1))),
    ("saltcote-state-university-dps", 0, lambda t: t.replace("This report summarizes",
                                                             "Case SC-25-0523. This report summarizes", 1)),
    ("saltcote-state-university-dps", 1, lambda t: re.sub(r"^( *\d+\. )Medical calls", r"\1SC-25-0999; reported",
                                                          t, count=1, flags=re.M)),
    ("quarrendon-county-ks-so", 0, lambda t: t.replace("CODES ON THIS PAGE", "", 1)),
    ("quarrendon-county-ks-so", 0, lambda t: re.sub(r"Number assigned after this abstract was printed: ", "", t,
                                                    count=1)),
    ("quarrendon-county-ks-so", 0, lambda t: re.sub(r"^\[1\] ", "[9] ", t, flags=re.M)),
    ("fernbrake-nm-pd", 0, fb_unspill),
]


def main():
    folders = C.AGENCIES
    caught = missed = 0
    for f in folders:
        for m in MUTS:
            with tempfile.TemporaryDirectory() as tmp:
                dst = Path(tmp) / "s"
                shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
                gp = dst / f / "groundtruth.json"
                g = json.loads(gp.read_text())
                m(g)
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
    for f, k, mut in TRAP:
        e = json.loads((SRC / f / "groundtruth.json").read_text())[k]
        t = C.pdf_text(SRC / f / e["file"])
        assert not C.check_text(f, t, e), f
        t2 = mut(t)
        assert t2 != t, (f, k)
        out = C.check_text(f, t2, e)
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED trap", f, k)
    print(f"caught {caught}, missed {missed}")
    sys.exit(1 if missed else 0)


if __name__ == "__main__":
    main()
