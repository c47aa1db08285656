"""Real app servers for the scale-out tests, and a browser that talks to them over HTTP.

Each server is `gunicorn wsgi:app` in its own process group, started from the
environment production uses (FORUM_ENV=production, a shared SECRET_KEY,
DATABASE_URL, REDIS_URL, TRUSTED_PROXIES=1). The browser stands in for a
person behind the TLS-terminating nginx: it adds X-Forwarded-For and
X-Forwarded-Proto as nginx would, and keeps its cookies in a jar shared by
every server, as one site name in front of them all would.
"""

from __future__ import annotations

import html
import os
import re
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from http.cookiejar import Cookie, CookieJar, DefaultCookiePolicy
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[2]
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
REDIS_URL = os.environ.get("SCALE_REDIS_URL", "redis://127.0.0.1:6379/7")
START_TIMEOUT = 30.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class AppServer:
    """One gunicorn instance with two workers; stopped with its whole process group."""

    def __init__(self, name: str, env: dict[str, str], log_dir: Path) -> None:
        self.name = name
        self.env = env
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_dir / f"{name}.log"
        self._log: IO[bytes] = self.log_path.open("wb")
        self.process = subprocess.Popen(
            [str(GUNICORN), "--workers", "2", "--bind", f"127.0.0.1:{self.port}", "wsgi:app"],
            cwd=ROOT,
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def wait_until_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                probe = f"{self.url}/sign-in"  # always http://127.0.0.1
                with urllib.request.urlopen(probe, timeout=2) as answer:  # noqa: S310
                    if answer.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"{self.name} did not start:\n{self.log()}")

    def log(self) -> str:
        if not self._log.closed:
            self._log.flush()
        return self.log_path.read_text(errors="replace")[-4000:]

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        self._log.close()


def server_environment(database_url: str, secret_key: str, tmp: Path) -> dict[str, str]:
    """What an operator exports on every app server: the same values on each."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp),
        "FORUM_ENV": "production",
        "SECRET_KEY": secret_key,
        "DATABASE_URL": database_url,
        "REDIS_URL": REDIS_URL,
        "BASE_URL": "https://forum.example.org",
        "TRUSTED_PROXIES": "1",
        "MAIL_SERVER": "",
        "MAIL_OUTBOX_DIR": str(tmp / "mail"),
        "AVATAR_DIR": str(tmp / "avatars"),
    }


class _BehindTls(DefaultCookiePolicy):
    """nginx terminates TLS: the hop to the app is plain HTTP, so `Secure` cookies still go."""

    def return_ok_secure(self, cookie: Cookie, request: Any) -> bool:
        return True


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None  # the test reads each redirect itself


@dataclass
class Answer:
    status: int
    headers: Any
    text: str

    @property
    def location(self) -> str:
        return str(self.headers.get("Location") or "")

    def csrf_token(self, prefix: str = "") -> str:
        """The hidden token of the form whose fields carry this prefix ("suspend-")."""
        found = re.search(
            rf'name="{re.escape(prefix)}csrf_token"[^>]*value="([^"]+)"', self.text
        ) or re.search(rf'value="([^"]+)"[^>]*name="{re.escape(prefix)}csrf_token"', self.text)
        assert found, f"no {prefix}csrf_token on the page (status {self.status})"
        return html.unescape(found.group(1))


class Browser:
    """One person's browser, reaching the servers through the proxy from one address."""

    def __init__(self, address: str) -> None:
        self.address = address
        self.jar = CookieJar(policy=_BehindTls())
        self._opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), _NoRedirects()
        )

    def request(self, url: str, data: dict[str, str] | None = None, referrer: str = "") -> Answer:
        headers = {"X-Forwarded-For": self.address, "X-Forwarded-Proto": "https"}
        if referrer:  # over HTTPS the CSRF check wants the page the form came from
            headers["Referer"] = referrer.replace("http://", "https://", 1)
        body = None if data is None else urlencode(data).encode()
        outgoing = urllib.request.Request(url, data=body, headers=headers)  # noqa: S310
        try:
            with self._opener.open(outgoing, timeout=20) as answer:
                return Answer(answer.status, answer.headers, answer.read().decode())
        except urllib.error.HTTPError as error:  # 3xx (not followed), 4xx, 5xx
            return Answer(error.code, error.headers, error.read().decode(errors="replace"))

    def get(self, url: str) -> Answer:
        return self.request(url)

    def submit(self, url: str, fields: dict[str, str], prefix: str = "") -> Answer:
        """Open the page, then post its form with the page's CSRF token, as a person would."""
        token = self.get(url).csrf_token(prefix)
        return self.request(url, {f"{prefix}csrf_token": token, **fields}, referrer=url)

    def post(self, url: str, form_page: str, fields: dict[str, str], prefix: str = "") -> Answer:
        """Post to `url` a form that lives on `form_page`."""
        token = self.get(form_page).csrf_token(prefix)
        return self.request(url, {f"{prefix}csrf_token": token, **fields}, referrer=form_page)
