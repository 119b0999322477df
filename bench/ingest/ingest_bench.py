#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The ingest benchmark (goal P11 in ../shared/docs/targets.md): each provider's real list envelope, fully
normalized by `cdr-inspector convert` to CSV, beside the naive Python stdlib script
(naive_convert.py) on the same file, in the same run. Prints wall time and peak RSS of each.

usage: ingest_bench.py BUILD_DIR [WORK_DIR] [--scale F] [--runs N]
"""
import os, subprocess, sys, time

def run(cmd):
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1); os.dup2(devnull, 2)
        os.execvp(cmd[0], cmd)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit("failed: " + " ".join(cmd))
    return wall, usage.ru_maxrss / 1024.0  # MB

def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    opts = dict(a[2:].split("=", 1) for a in sys.argv[1:] if a.startswith("--") and "=" in a)
    build = os.path.abspath(args[0])
    work = os.path.abspath(args[1] if len(args) > 1 else os.path.join(build, "bench-ingest"))
    scale = opts.get("scale", "1")
    runs = int(opts.get("runs", "3"))
    os.makedirs(work, exist_ok=True)
    marker = os.path.join(work, "scale-" + scale)
    if not os.path.exists(marker):
        subprocess.check_call([os.path.join(build, "bench/ingest/cdr-bench-data"), work, scale])
        open(marker, "w").close()
    app = os.path.join(build, "src/app/cdr-inspector")
    naive = os.path.join(os.path.dirname(os.path.abspath(__file__)), "naive_convert.py")
    print(f"{'body':<10} {'MB':>7} {'ours s':>8} {'ours MB':>8} {'python s':>9} {'py MB':>7} {'speed-up':>9}")
    for name in ("vobiz", "plivo", "carrierx", "nexbro"):
        body = os.path.join(work, name + ".json")
        size = os.path.getsize(body) / 1e6
        ours = min(run([app, "convert", "-q", body, "-o", os.path.join(work, name + ".ours.csv")]) for _ in range(runs))
        py = min(run([sys.executable, naive, body, os.path.join(work, name + ".py.csv")]) for _ in range(runs))
        print(f"{name:<10} {size:7.1f} {ours[0]:8.2f} {ours[1]:8.0f} {py[0]:9.2f} {py[1]:7.0f} {py[0] / ours[0]:8.1f}x")

if __name__ == "__main__":
    main()
