"""Mutation runs for check_blind_logs97.py: each broken copy of the set must fail the check.

Ground-truth mutations, applied to every agency's groundtruth.json in a copy of the set and run through
the real check with --dir: a dropped, swapped or duplicated id, a related number (arrest, booking or
citation number) listed as an id, an id listed as related, an unprinted related number, wrong sample
location / type / reported_at / disposition / person count, a wrong persons_count, record_count, sha256
or page count. Then a copy with an agency folder removed. Trap mutations are applied to the
`pdftotext -layout` text of each layout's first PDF and fed to the layout check: a per-person number
beside or under the incident number removed or moved.
Run: python tests/documents/blind_logs97/mutate_check_blind_logs97.py
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
import check_blind_logs97 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)
    g[0]["record_count"] -= 1


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_person_number_as_id(g):
    """The first per-person number (arrest / booking / citation) listed as an incident."""
    e = g[0]
    num = next(r for r in e["related_numbers"] if r["kind"] in ("arrest_number", "booking_number", "citation"))
    e["case_numbers"].insert(1, num["number"])
    e["record_count"] += 1


def m_id_as_related(g):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][1], "kind": "citation",
                                    "number": g[0]["case_numbers"][0]})


def m_unprinted(g):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "citation", "number": "ZZ99-1234"})


def m_loc(g):
    g[0]["sample_records"][1]["location"] = "9999 Nowhere Blvd"


def m_type(g):
    g[-1]["sample_records"][0]["type"] = ["Arson"] + g[-1]["sample_records"][0]["type"][1:]


def m_date(g):
    s = g[-1]["sample_records"][2]
    s["reported_at"] = s["reported_at"].replace("1", "7", 1) if "1" in s["reported_at"] else "x" + s["reported_at"]


def m_disp(g):
    g[0]["sample_records"][2]["disposition"] = "Unfounded"


def m_sample_persons(g):
    g[0]["sample_records"][0]["persons"] += 1


def m_persons_count(g):
    g[0]["persons_count"] -= 1


def m_count(g):
    g[0]["record_count"] += 1


def m_sha(g):
    g[0]["sha256"] = "0" * 64


def m_pages(g):
    g[0]["pages"] += 1


MUTS = [m_drop, m_swap, m_dup, m_person_number_as_id, m_id_as_related, m_unprinted, m_loc, m_type, m_date,
        m_disp, m_sample_persons, m_persons_count, m_count, m_sha, m_pages]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs97.py"), "--dir", str(dst)],
                          capture_output=True).returncode


def main():
    folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
    caught = missed = 0
    with tempfile.TemporaryDirectory() as tmp:  # the unmutated copy must pass
        dst = Path(tmp) / "s"
        shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
        if run_check(dst):
            print("the unmutated copy FAILS the check")
            return 1
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

    trap = {  # text mutations breaking each layout's per-person numbers
        "wexmoor-mo-pd": [  # an arrest number under the id blanked; a citation line's number moved to the id line
            lambda t: re.sub(r"^WA25-\d{4}", "         ", t, count=1, flags=re.M),
            lambda t: re.sub(r"^Cit (WC\d{6})", "    \\1", t, count=1, flags=re.M)],
        "tullin-county-ne-so": [  # a leading booking number blanked; a continuation line given the next id
            lambda t: re.sub(r"^B25-\d{5}", "         ", t, count=1, flags=re.M),
            lambda t: re.sub(r"^(CT25-\d{5}|B25-\d{5})( +)(?=[MF] )", "\\1 TCSO-25-9999", t, count=1, flags=re.M)],
        "pennock-university-dps": [  # a number dropped from a strip beside the id; a strip number duplicated
            lambda t: re.sub(r"^( *INCIDENT PU-25-\d{4} .*?) (?:ARREST|CITATION) \S+$", "\\1", t, count=1,
                             flags=re.M),
            lambda t: re.sub(r"^( *INCIDENT PU-25-\d{4} .*?)((?:ARREST|CITATION) \S+)$", "\\1\\2 \\2", t, count=1,
                             flags=re.M)],
        "colter-county-wy-so": [  # a person's dash removed; a booking number changed
            lambda t: re.sub(r"^( *)\u2013 ", "\\1  ", t, count=1, flags=re.M),
            lambda t: re.sub(r"Booked, no\. 25-B-(\d)", "Booked, no. 25-B-9", t, count=1)],
        "marrowvale-or-pd": [  # a party's number line dropped; a third party column removed
            lambda t: re.sub(r"\bCIT OR\d{7}", "   ", t, count=1),
            lambda t: re.sub(r"^(MV25-\d{5} .*?)[MF] \d\d [A-Z][a-z]+(?: [A-Z][a-z]+)?$", "\\1\u2014", t, count=3,
                             flags=re.M)],
    }
    for f, muts in trap.items():
        e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
        t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
        assert not C.check_layout(f, e["file"], t, e, C.records(f, t)), f
        for i, mut in enumerate(muts):
            t2 = mut(t)
            assert t2 != t, (f, i)
            out = C.check_layout(f, e["file"], t2, e, C.records(f, t2))
            caught += bool(out)
            missed += not out
            if not out:
                print("MISSED trap", f, i)
    print(f"caught {caught}, missed {missed}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
