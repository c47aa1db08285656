"""Behind a reverse proxy: believe its X-Forwarded-For and -Proto, and only its.

Without this, behind nginx every request comes from nginx's address, so the
rate limits (keyed on the client's address) lump every member into one bucket,
and the app cannot tell an HTTPS request (for HSTS and secure links) when
nginx and the app are on different machines. With TRUSTED_PROXIES = n, each
header is read n values from the right: what the proxies added, never what a
client wrote further left. The Host header comes from nginx (`proxy_set_header
Host $host`); X-Forwarded-Host is not trusted, as nginx passes a client's own.
"""

from __future__ import annotations

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix


def install(app: Flask) -> None:
    hops = int(app.config.get("TRUSTED_PROXIES") or 0)
    if hops > 0:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops)  # type: ignore[method-assign]
