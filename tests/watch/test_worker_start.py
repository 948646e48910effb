"""The watch's worker processes, started through a fork server (the process has other
threads: a flow run's), do not import the main module's imports again each: the fork
server imports them once (a flow run's main imports Prefect: ~2 s more before 4 workers are ready)."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

MAIN = textwrap.dedent("""
    import os
    import threading
    import time

    import heavy_for_test  # noqa: F401  (stands for Prefect: counts its imports)

    from prr.watch.workers import worker_pool

    if __name__ == "__main__":
        threading.Thread(target=time.sleep, args=(20,), daemon=True).start()   # no plain fork now
        pool, queue = worker_pool(2)
        pids = {f.result() for f in [pool.submit(os.getpid) for _ in range(4)]}
        pool.shutdown()
        queue.close()
        print(len(pids))
""")


@pytest.mark.parametrize("how", ["script", "module"])
def test_workers_do_not_import_the_main_modules_imports_again(tmp_path, how):
    imports = tmp_path / "imports.log"
    (tmp_path / "heavy_for_test.py").write_text(
        f"import os\nwith open({str(imports)!r}, 'a') as f:\n    f.write(f'{{os.getpid()}}\\n')\n")
    (tmp_path / "watch_main.py").write_text(MAIN)
    cmd = [sys.executable, "watch_main.py"] if how == "script" else [sys.executable, "-m", "watch_main"]
    out = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout.strip()) >= 1
    # Imported by this process and by the fork server; a worker never imports it itself.
    assert len(imports.read_text().split()) == 2, imports.read_text()
