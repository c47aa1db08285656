"""Signing members in through the real sign-in form, over HTTP, as a browser would.

GET the form, POST it with its CSRF token, keep the session cookie the site
sets, then open a reply form for a token the reply POSTs can carry. The same
User-Agent is sent as wrk's, since the session is bound to it.
"""

from __future__ import annotations

import http.client
import re
from dataclasses import dataclass
from http.cookies import SimpleCookie
from urllib.parse import urlencode

from tools.bench.wrk import USER_AGENT

TOKEN = re.compile(r'<input[^>]*name="csrf_token"[^>]*>')
VALUE = re.compile(r'value="([^"]+)"')


@dataclass(frozen=True)
class Member:
    email: str
    cookie: str  # "session=..."
    csrf_token: str


@dataclass(frozen=True)
class Answer:
    status: int
    location: str
    body: str


def csrf_token(html: str) -> str:
    tag = TOKEN.search(html)
    value = VALUE.search(tag.group(0)) if tag else None
    if value is None:
        raise ValueError("no CSRF token on the page")
    return value.group(1)


class Browser:
    """One member's cookie jar (just the session) against one server."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.session = ""

    def request(self, method: str, path: str, form: dict[str, str] | None = None) -> Answer:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        headers = {"User-Agent": USER_AGENT}
        if self.session:
            headers["Cookie"] = f"session={self.session}"
        body = urlencode(form) if form is not None else None
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            text = response.read().decode("utf-8", "replace")
            for header in response.headers.get_all("Set-Cookie") or []:
                cookie = SimpleCookie(header)
                if "session" in cookie:
                    self.session = cookie["session"].value
            return Answer(response.status, response.getheader("Location") or "", text)
        finally:
            conn.close()


def sign_in(port: int, email: str, password: str, reply_path: str) -> Member:
    """Sign in as the form does; fail loudly if the site does not let the member in."""
    browser = Browser(port)
    form = browser.request("GET", "/sign-in")
    answer = browser.request(
        "POST",
        "/sign-in",
        {"email": email, "password": password, "csrf_token": csrf_token(form.body)},
    )
    if answer.status != 302 or "sign-in" in answer.location or "status" in answer.location:
        raise SystemExit(f"signing in as {email} failed: {answer.status} {answer.location}")
    reply = browser.request("GET", reply_path)
    if reply.status != 200:
        raise SystemExit(f"{email} cannot open {reply_path}: {reply.status}")
    return Member(email, f"session={browser.session}", csrf_token(reply.body))
