#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The team archive benchmark (issue 13): the path an analyst takes, `cdr-inspector import` of the
four providers' real list envelopes into a team archive on PostgreSQL, beside the same import
into the local SQLite archive, in the same run; then both archives are grown to --target calls
and one week is read back with `cdr-inspector export --since --until`. After the import, the
scorecard of the whole PostgreSQL archive is timed grouped in SQL and loaded + grouped in memory.

The PostgreSQL server is started here (initdb in a temporary folder, on loopback, default
durability settings: fsync and synchronous_commit on), as `nobody` when run as root.

Growing (server-side, not through the client): the imported calls are copied inside each
database with INSERT ... SELECT, their start time shifted by whole months and their id suffixed,
until the archive holds --target rows. The week read back lies in the original month, so every
call it returns is a real imported one. With --lean-copies=1 the copies keep only the table
columns (no raw record, no call JSON: 10M full copies would not fit this machine's disk twice);
they are still rows the index and the table must skip, but cost less than real calls to store.
--grow-sqlite=0 grows only the PostgreSQL archive.

The machine is shared: every figure is printed with the 1-minute load average at that moment.

usage: archive_bench.py BUILD_DIR [WORK_DIR] [--scale=2] [--target=10000000] [--lean-copies=0]
                        [--grow-sqlite=1]
"""
import os, shutil, sqlite3, subprocess, sys, tempfile, time

MONTH_MS = 31 * 86400 * 1000  # the bench data spans October 2026


def run(cmd, env=None):
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        if env:
            os.environ.update(env)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.execvp(cmd[0], cmd)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit("failed: " + " ".join(cmd))
    return wall, usage.ru_maxrss / 1024.0


class Server:
    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="cdr-pg-bench-")
        self.bin = sorted(d for d in os.listdir("/usr/lib/postgresql"))[-1]
        self.bin = f"/usr/lib/postgresql/{self.bin}/bin"
        self.port = 54000 + os.getpid() % 1000
        with open(os.path.join(self.dir, "pw"), "w") as f:
            f.write("bench")
        if os.geteuid() == 0:
            subprocess.check_call(["chown", "-R", "nobody", self.dir])
        self.pg("initdb", "-D", self.data, "-U", "cdr", "--pwfile=" + os.path.join(self.dir, "pw"),
                "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C.UTF-8")
        self.pg("pg_ctl", "-D", self.data, "-l", os.path.join(self.dir, "log"), "-w", "-o",
                f"-h 127.0.0.1 -p {self.port} -k {self.dir} -c shared_buffers=256MB -c max_wal_size=4GB", "start")
        self.uri = f"postgresql://cdr:bench@127.0.0.1:{self.port}/postgres"

    @property
    def data(self):
        return os.path.join(self.dir, "data")

    def pg(self, tool, *args):
        cmd = [os.path.join(self.bin, tool), *args]
        if os.geteuid() == 0:
            cmd = ["runuser", "-u", "nobody", "--"] + cmd
        subprocess.check_call(cmd, stdout=subprocess.DEVNULL)

    def sql(self, statement):
        env = dict(os.environ, PGPASSWORD="bench")
        return subprocess.check_output([os.path.join(self.bin, "psql"), "-h", "127.0.0.1", "-p", str(self.port),
                                        "-U", "cdr", "-d", "postgres", "-At", "-v", "ON_ERROR_STOP=1", "-c", statement],
                                       env=env, text=True).strip()

    def stop(self):
        self.pg("pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop")
        shutil.rmtree(self.dir, ignore_errors=True)


def load():
    return "load %.1f" % os.getloadavg()[0]


def grow_pg(server, target, lean=False):
    rows = int(server.sql("SELECT count(*) FROM calls"))
    k = 1
    while rows < target:
        n = min(rows, target - rows)
        server.sql(f"""INSERT INTO calls SELECT provider, account, id || '~{k}', start_ms + {k} * {MONTH_MS},
            from_number, to_number, direction, status, duration_s, talk_s, billed_s, cost, currency, hangup_cause,
            hangup_code, hangup_source, codec, mos, jitter_ms, packet_loss_pct, legs, flaws, post_dial_delay_ms,
            error_log, sip_call_id, {"NULL" if lean else "raw"}, zone, {"NULL" if lean else "call"}, imported_at,
            hangup_class FROM calls WHERE id NOT LIKE '%~%' LIMIT {n}""")
        rows += n
        k += 1
    server.sql("VACUUM ANALYZE calls")
    return rows


def grow_sqlite(path, target, lean=False):
    db = sqlite3.connect(path)
    cols = [r[1] for r in db.execute("PRAGMA table_info(calls)")]
    rows = db.execute("SELECT count(*) FROM calls").fetchone()[0]
    k = 1
    while rows < target:
        n = min(rows, target - rows)
        select = ", ".join(
            f"id || '~{k}'" if c == "id" else f"start_ms + {k} * {MONTH_MS}" if c == "start_ms"
            else "NULL" if lean and c in ("raw", "call") else c
            for c in cols if c != "rowid")
        db.execute(f"INSERT INTO calls ({', '.join(cols)}) SELECT {select} FROM calls "
                   f"WHERE id NOT LIKE '%~%' LIMIT {n}")
        db.commit()
        rows += n
        k += 1
    db.close()
    return rows


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    opts = dict(a[2:].split("=", 1) for a in sys.argv[1:] if a.startswith("--") and "=" in a)
    build = os.path.abspath(args[0])
    work = os.path.abspath(args[1] if len(args) > 1 else os.path.join(build, "bench-archive"))
    scale = opts.get("scale", "2")
    target = int(opts.get("target", "10000000"))
    lean = opts.get("lean-copies", "0") == "1"
    grow_local = opts.get("grow-sqlite", "1") == "1"
    os.makedirs(work, exist_ok=True)
    marker = os.path.join(work, "scale-" + scale)
    if not os.path.exists(marker):
        subprocess.check_call([os.path.join(build, "bench/ingest/cdr-bench-data"), work, scale])
        open(marker, "w").close()
    app = os.path.join(build, "src/app/cdr-inspector")
    bodies = [os.path.join(work, n + ".json") for n in ("vobiz", "plivo", "carrierx", "nexbro")]
    mb = sum(os.path.getsize(b) for b in bodies) / 1e6
    local = os.path.join(work, "archive.sqlite")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(local + suffix):
            os.remove(local + suffix)
    server = Server()
    try:
        print(f"import of the four providers' bodies ({mb:.0f} MB), cdr-inspector import:", flush=True)
        t_local, rss_local = run([app, "import", "-q", "--archive", local, *bodies])
        load_local = load()
        n = sqlite3.connect(local).execute("SELECT count(*) FROM calls").fetchone()[0]
        t_pg, rss_pg = run([app, "import", "-q", "--archive", server.uri, *bodies])
        load_pg = load()
        n_pg = int(server.sql("SELECT count(*) FROM calls"))
        size_pg = int(server.sql("SELECT pg_total_relation_size('calls')")) / 1e6
        print(f"  SQLite     {n:>9} calls  {t_local:7.1f} s  {n / t_local:9.0f} calls/s  {rss_local:6.0f} MB RSS  "
              f"{os.path.getsize(local) / 1e6:7.0f} MB on disk  ({load_local})")
        print(f"  PostgreSQL {n_pg:>9} calls  {t_pg:7.1f} s  {n_pg / t_pg:9.0f} calls/s  {rss_pg:6.0f} MB RSS  "
              f"{size_pg:7.0f} MB on disk  ({load_pg})")
        print(f"  PostgreSQL / SQLite import time: {t_pg / t_local:.2f}x")
        # Re-import: every call is already there (ON CONFLICT / INSERT OR REPLACE).
        t_again, _ = run([app, "import", "-q", "--archive", server.uri, *bodies])
        print(f"  PostgreSQL re-import of the same bodies: {t_again:.1f} s, "
              f"{int(server.sql('SELECT count(*) FROM calls'))} calls after  ({load()})")

        # The scorecard of the whole team archive: grouped in SQL (what `scorecard --archive` does) beside
        # loading every call and grouping in memory, in one process (cdr-pgscorecard-bench).
        print(f"scorecard over the PostgreSQL archive ({load()}):", flush=True)
        for keys in ("provider,day", "country,hangup_class"):
            subprocess.check_call([os.path.join(build, "bench/archive/cdr-pgscorecard-bench"), server.uri, keys])
        if target <= n_pg:
            return
        print(f"growing {'both archives' if grow_local else 'the PostgreSQL archive'} to {target} calls "
              f"(server-side INSERT ... SELECT{', lean copies' if lean else ''}) ...", flush=True)
        start = time.perf_counter()
        rows_pg = grow_pg(server, target, lean)
        rows_local = grow_sqlite(local, target, lean) if grow_local else n
        print(f"  done in {time.perf_counter() - start:.0f} s: PostgreSQL {rows_pg}, SQLite {rows_local}")
        # One week in the middle of the original month, read whole (every call parsed from its JSON).
        for name, where in (("SQLite", local), ("PostgreSQL", server.uri)):
            size = rows_pg if name == "PostgreSQL" else rows_local
            out = os.path.join(work, "week.ndjson")
            wall, rss = run([app, "export", "-q", "--archive", where, "--since", "2026-10-10", "--until",
                             "2026-10-16", "-o", out])
            calls = sum(1 for _ in open(out, "rb"))
            print(f"  one week out of {size}: {name:<10} {calls:>7} calls in {wall:6.2f} s  {rss:6.0f} MB RSS  ({load()})",
                  flush=True)
    finally:
        server.stop()


if __name__ == "__main__":
    main()
