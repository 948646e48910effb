"""Mutation runs for check_blind_logs50.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, time, sha256,
page or record count, an unprinted related number, an id listed as related, a related number
given to an unlisted record, a missing agency folder) run the real check on a copy in a
temporary folder; layout-trap mutations (a voided number that is a record, a day-total line
that no longer adds up, a title strip dropped, an UPDATE item's number, a CAD number changed)
are applied to the `pdftotext -layout` text or the ground truth of one PDF per agency.
Run: python tests/documents/blind_logs50/mutate_check_blind_logs50.py
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
import check_blind_logs50 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_loc(g):
    g[0]["sample_records"][1]["location"] = "Nowhere Plaza"


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_time(g):
    s = g[-1]["sample_records"][2]
    s["reported_at"] = re.sub(r"(\d)(?=\D*$)", lambda m: str((int(m.group(1)) + 1) % 10), s["reported_at"])


def m_disp(g):
    g[0]["sample_records"][0]["disposition"] = "Exceptionally cleared by lightning"


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


def m_owner(g):
    g[0]["related_numbers"][0]["record"] = "XX-0000"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_agency(g):
    g[0]["agency"] = g[0]["agency"].replace(" [invented]", "")


def m_samples(g):
    g[0]["sample_records"].pop()


MUTS = [m_drop, m_swap, m_loc, m_type, m_time, m_disp, m_sha, m_rel, m_count, m_both, m_owner, m_pages, m_dup,
        m_agency, m_samples]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs50.py"), "--dir", str(dst)],
                          capture_output=True).returncode


def main():
    folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
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
    with tempfile.TemporaryDirectory() as tmp:
        dst = Path(tmp) / "s"
        shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
        shutil.rmtree(dst / folders[0])
        rc = run_check(dst)
        caught += bool(rc)
        missed += not rc
        if not rc:
            print("MISSED removed folder")

    def day_count_changed(t):  # one town's count on the first day-total line raised by one
        return re.sub(r"^( *Day +)(\d+) events", lambda m: f"{m.group(1)}{int(m.group(2)) + 1} events", t, count=1,
                      flags=re.M)

    text_muts = {
        C.RD: day_count_changed,
        C.NT: lambda t: re.sub(r"^ *INCIDENT +DATE / TIME .*\n", "", t, count=1, flags=re.M),
        C.HC: lambda t: re.sub(r"^E2", "E3", t, count=1, flags=re.M),
    }

    def gt_voided(e):  # a record's number listed as voided
        e["related_numbers"] = [dict(r, number=e["case_numbers"][2]) if r["kind"] == "voided_complaint" else r
                                for r in e["related_numbers"]]

    def gt_update(e):  # the UPDATE items' numbers listed in another order
        ups = [r for r in e["related_numbers"] if r["kind"] == "update_of_earlier_case"]
        ups[0]["number"], ups[1]["number"] = ups[1]["number"], ups[0]["number"]

    gt_muts = {C.PCT: gt_voided, C.MS: gt_update}
    for f in folders:
        for e in json.loads((SRC / f / "groundtruth.json").read_text()):
            t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
            recs = C.records(f, t)
            assert not C.check_layout(f, e["file"], t, e, recs), (f, e["file"])
            if f in text_muts:
                t2 = text_muts[f](t)
                assert t2 != t, f
                out = C.check_layout(f, e["file"], t2, e, C.records(f, t2))
            else:
                e2 = json.loads(json.dumps(e))
                gt_muts[f](e2)
                out = C.check_layout(f, e["file"], t, e2, recs)
            caught += bool(out)
            missed += not out
            if not out:
                print("MISSED trap", f, e["file"])
    print(f"caught {caught}, missed {missed}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
