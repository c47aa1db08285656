"""gunicorn, started as production runs it, and its workers' memory read from /proc."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORKERS = 2


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Gunicorn:
    """One gunicorn master with WORKERS sync workers, for the length of a `with` block."""

    def __init__(self, target: str, env: dict[str, str], port: int) -> None:
        self.target, self.env, self.port = target, env, port
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Gunicorn:
        command = [
            str(Path(sys.executable).parent / "gunicorn"),
            f"--workers={WORKERS}",
            "--worker-class=sync",
            f"--bind=127.0.0.1:{self.port}",
            "--log-level=warning",
            self.target,
        ]
        self.process = subprocess.Popen(command, cwd=ROOT, env=self.env)  # noqa: S603
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"gunicorn {self.target} exited with {self.process.returncode}")
            if len(self.workers()) == WORKERS and self._answers():
                return self
            time.sleep(0.2)
        self.__exit__()
        raise SystemExit(f"gunicorn {self.target} did not start within a minute")

    def __exit__(self, *exc: object) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def _answers(self) -> bool:
        try:
            socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
            return True
        except OSError:
            return False

    def workers(self) -> list[int]:
        assert self.process is not None
        pid = self.process.pid
        try:
            children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        except OSError:
            return []
        return sorted(int(c) for c in children)

    def cpu_seconds(self) -> float:
        """CPU time used by the workers so far: the app's own cost, whatever else runs."""
        return sum(cpu_seconds(pid) for pid in self.workers())

    def rss_mib(self) -> list[float]:
        """Each worker's resident memory, in MiB."""
        return [rss_mib(pid) for pid in self.workers()]


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time a process has used (fields 14 and 15 of its stat)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def machine(database: str) -> dict[str, str]:
    """What the figures were measured on, for the table's header."""
    import platform
    import re

    cpu = "unknown CPU"
    try:
        match = re.search(r"^model name\s*:\s*(.+)$", Path("/proc/cpuinfo").read_text(), re.M)
        cpu = match.group(1).strip() if match else cpu
    except OSError:
        pass
    ram = "? GiB"
    try:
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        ram = f"{kib / 1024 / 1024:.1f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    from importlib.metadata import version

    wrk = subprocess.run(["wrk", "--version"], capture_output=True, text=True, check=False)  # noqa: S607
    wrk_version = re.search(r"wrk\s+(?:debian/)?([\w.+-]+)", wrk.stdout + wrk.stderr)
    git = subprocess.run(  # noqa: S603
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
    )
    return {
        "commit": os.environ.get("BENCH_COMMIT") or git.stdout.strip() or "?",
        "cores": str(os.cpu_count()),
        "cpu": re.sub(r"\s+", " ", cpu),
        "ram": ram,
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "database": database,
        "gunicorn": version("gunicorn"),
        "wrk": wrk_version.group(1) if wrk_version else "?",
    }
