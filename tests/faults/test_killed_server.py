"""The app server is killed (SIGKILL) mid-burst: every answered post is kept, the file is sound."""

from __future__ import annotations

import http.client
import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.faults.support import build_app, dispose, migrate, seed_topic, sign_in

WRITERS = 4
ANCHOR = re.compile(r"#p(\d+)$")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _cookie(app, user_id: int) -> str:
    """A signed-in member's session cookie, made with the server's own secret."""
    client = app.test_client()
    sign_in(client, user_id)
    cookie = client.get_cookie("session")
    assert cookie is not None
    return f"session={cookie.value}"


def _wait_for(port: int, server: subprocess.Popen, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert server.poll() is None, "the server stopped on its own"
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        try:
            conn.request("GET", "/sign-in")
            if conn.getresponse().status == 200:  # a worker has loaded the forum
                return
        except OSError:
            time.sleep(0.2)
        finally:
            conn.close()
    raise AssertionError("the server did not start")


class Writer(threading.Thread):
    """Posts replies until the server stops answering; keeps the id of every redirect."""

    def __init__(self, port: int, topic_id: int, cookie: str, index: int) -> None:
        super().__init__(daemon=True)
        self.port, self.topic_id, self.cookie, self.index = port, topic_id, cookie, index
        self.confirmed: list[int] = []
        self.other: list[int] = []
        self.cut_short = False

    def run(self) -> None:
        n = 0
        while True:
            n += 1
            body = f"body=Reply+{n}+from+writer+{self.index}"
            conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
            try:
                conn.request(
                    "POST",
                    f"/t/{self.topic_id}/reply",
                    body=body,
                    headers={
                        "Cookie": self.cookie,
                        "Content-Type": "application/x-www-form-urlencoded",
                    },
                )
                response = conn.getresponse()
                response.read()
            except OSError:
                self.cut_short = True
                return
            finally:
                conn.close()
            found = ANCHOR.search(response.getheader("Location") or "")
            if response.status == 302 and found:
                self.confirmed.append(int(found.group(1)))
            else:
                self.other.append(response.status)


@pytest.mark.slow
def test_a_killed_app_server_loses_no_answered_post_and_leaves_a_sound_database(tmp_path):
    path = tmp_path / "killed.sqlite3"
    url = f"sqlite:///{path}"  # the file itself is what this test inspects
    app = build_app(url, tmp_path)
    migrate(app)
    topic_id, member_ids = seed_topic(app, WRITERS)
    cookies = [_cookie(app, member_id) for member_id in member_ids]
    dispose(app)

    port = _free_port()
    gunicorn = Path(sys.executable).with_name("gunicorn")
    command = [str(gunicorn), "--workers", "2", "--threads", "2", "--bind", f"127.0.0.1:{port}"]
    server = subprocess.Popen(
        [*command, "tests.faults.server:create()"],
        env={**os.environ, "FAULTS_DATABASE_URL": url, "FAULTS_TMP": str(tmp_path)},
        cwd=Path(__file__).resolve().parents[2],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group: the kill takes master and workers
    )
    try:
        _wait_for(port, server)
        writers = [Writer(port, topic_id, c, i) for i, c in enumerate(cookies)]
        for writer in writers:
            writer.start()
        time.sleep(3)  # a burst of writes is under way
        os.killpg(server.pid, signal.SIGKILL)
        for writer in writers:
            writer.join(timeout=20)
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGKILL)
        server.wait(timeout=10)

    confirmed = [post_id for writer in writers for post_id in writer.confirmed]
    assert [s for writer in writers for s in writer.other] == []
    assert len(confirmed) > 20  # the burst really happened
    assert all(writer.cut_short for writer in writers)  # and the kill landed mid-burst

    check = sqlite3.connect(path)  # opening it recovers the write-ahead log
    try:
        assert check.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert check.execute("PRAGMA foreign_key_check").fetchall() == []
        stored = {row[0] for row in check.execute("SELECT id FROM posts")}
        assert set(confirmed) <= stored  # every post that got its redirect is there
        [(count,)] = check.execute("SELECT count(*) FROM posts WHERE topic_id = ?", (topic_id,))
        [(recorded,)] = check.execute("SELECT post_count FROM topics WHERE id = ?", (topic_id,))
        assert recorded == count
        [(last,)] = check.execute("SELECT max(number) FROM posts WHERE topic_id = ?", (topic_id,))
        assert last == count
    finally:
        check.close()

    # And the forum starts again on the same file and takes the next reply.
    again = build_app(url, tmp_path)
    client = again.test_client()
    sign_in(client, member_ids[0])
    assert (
        client.post(f"/t/{topic_id}/reply", data={"body": "After the restart"}).status_code == 302
    )
    dispose(again)
