"""Driving wrk: the Lua script for one page, the command line, and reading its result.

wrk replays a fixed list of requests (each signed-in member's cookie paired with
the page's paths, and for a reply a form body with that member's CSRF token),
counts every answer that is not the one expected (a sign-in redirect instead of
the page would otherwise pass as a fast 302), and prints one ``BENCH_JSON`` line
from its ``done`` hook so nothing has to be scraped from its human-readable text.
Everything here is pure, so a test runs it on canned output.
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass

INSTALL_HINT = (
    "wrk is not installed. It is the Debian package 'wrk': apt-get update && apt-get install -y wrk"
)
USER_AGENT = "practice-commons-bench"  # the sign-in's, so the session stays "fresh"
MARKER = "BENCH_JSON "


@dataclass(frozen=True)
class Case:
    """One request wrk sends: method, path, the member's cookie, a form body or none."""

    method: str
    path: str
    cookie: str
    body: str | None = None


@dataclass(frozen=True)
class WrkResult:
    requests: int
    seconds: float
    p50_ms: float
    p90_ms: float
    p99_ms: float
    unexpected: int  # answers with another status (or redirect target) than expected
    socket_errors: int

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def require_wrk() -> str:
    """wrk's path, or a clear stop saying how to install it."""
    path = shutil.which("wrk")
    if path is None:
        raise SystemExit(INSTALL_HINT)
    return path


def command(
    wrk: str, url: str, script: str, *, seconds: int, connections: int, threads: int
) -> list[str]:
    return [
        wrk,
        f"--threads={threads}",
        f"--connections={connections}",
        f"--duration={seconds}s",
        "--timeout=10s",
        f"--script={script}",
        url,
    ]


def lua_string(value: str) -> str:
    """A Lua string literal: quotes, backslashes and control characters escaped."""
    escaped = []
    for char in value:
        if char in {'"', "\\"}:
            escaped.append("\\" + char)
        elif ord(char) < 32 or ord(char) > 126:
            escaped.append("".join(f"\\{byte}" for byte in char.encode()))
        else:
            escaped.append(char)
    return '"' + "".join(escaped) + '"'


def script(cases: list[Case], *, expect_status: int, expect_location: str = "") -> str:
    """The Lua script replaying ``cases`` in turn, each wrk thread from its own offset."""
    if not cases:
        raise ValueError("no requests to replay")
    rows = []
    for case in cases:
        body = lua_string(case.body) if case.body is not None else "nil"
        rows.append(
            f"  {{{lua_string(case.method)}, {lua_string(case.path)}, "
            f"{lua_string(case.cookie)}, {body}}},"
        )
    return LUA_TEMPLATE.format(
        cases="\n".join(rows),
        user_agent=lua_string(USER_AGENT),
        status=expect_status,
        location=lua_string(expect_location),
        marker=MARKER,
    )


LUA_TEMPLATE = """-- Written by tools/bench/wrk.py for one page of `make bench`.
local cases = {{
{cases}
}}
local expect_status = {status}
local expect_location = {location}
local prepared = {{}}
local position = 0
local threads = {{}}
local counter = 0
unexpected = 0

function setup(thread)
  thread:set("offset", counter * 7)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  for i, case in ipairs(cases) do
    local headers = {{["Cookie"] = case[3], ["User-Agent"] = {user_agent}}}
    if case[4] ~= nil then
      headers["Content-Type"] = "application/x-www-form-urlencoded"
    end
    prepared[i] = wrk.format(case[1], case[2], headers, case[4])
  end
  position = offset % #prepared
end

function request()
  position = position % #prepared + 1
  return prepared[position]
end

function response(status, headers, body)
  if status ~= expect_status then
    unexpected = unexpected + 1
  elseif expect_location ~= "" then
    local location = headers["Location"] or headers["location"] or ""
    if not string.find(location, expect_location, 1, true) then
      unexpected = unexpected + 1
    end
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("unexpected")
  end
  local e = summary.errors
  io.write(string.format(
    '{marker}{{"requests": %d, "duration_us": %d, "p50_us": %d, "p90_us": %d, ' ..
    '"p99_us": %d, "unexpected": %d, "socket_errors": %d}}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), bad, e.connect + e.read + e.write + e.timeout))
end
"""


def parse(output: str) -> WrkResult:
    """The figures from wrk's output: the ``done`` hook's line, checked against wrk's own."""
    for line in output.splitlines():
        if line.startswith(MARKER):
            data = json.loads(line[len(MARKER) :])
            break
    else:
        raise ValueError("wrk printed no BENCH_JSON line (was the script used?)")
    result = WrkResult(
        requests=int(data["requests"]),
        seconds=data["duration_us"] / 1e6,
        p50_ms=data["p50_us"] / 1000,
        p90_ms=data["p90_us"] / 1000,
        p99_ms=data["p99_us"] / 1000,
        unexpected=int(data["unexpected"]),
        socket_errors=int(data["socket_errors"]),
    )
    stated = re.search(r"^\s*(\d+) requests in ", output, re.M)
    if stated and int(stated.group(1)) != result.requests:
        raise ValueError("wrk's summary and the script's count disagree")
    return result
