"""Security headers on every response.

No page runs inline script: the policy allows scripts from our own files only.
Nothing a member sees is kept by a cache unless the view said otherwise, and a
file a member uploaded is served inline under a fixed name, never as a page.
"""

from __future__ import annotations

from flask import Response, request

CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


def secure(response: Response) -> Response:
    """Add the headers a response did not set for itself."""
    h = response.headers
    h.setdefault("Content-Security-Policy", CSP)
    h.setdefault("X-Content-Type-Options", "nosniff")
    h.setdefault("X-Frame-Options", "DENY")
    h.setdefault("Referrer-Policy", "same-origin")
    h.setdefault(
        "Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"
    )
    h.setdefault("Cross-Origin-Opener-Policy", "same-origin")
    # Nothing here is public: keep it out of search engines and shared caches.
    h.setdefault("X-Robots-Tag", "noindex, nofollow")
    if request.is_secure:
        h.setdefault("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
    if request.endpoint == "static":
        return response
    # Member pages, and their JSON, calendar files and exports: a shared or
    # back-button cache must not show them to the next person at the computer.
    h.setdefault("Cache-Control", "no-store")
    if (response.mimetype or "").startswith("image/"):
        # A member's photo: shown, never opened as a document or saved under its own name.
        h.setdefault("Content-Disposition", 'inline; filename="photo.png"')
        h["Content-Security-Policy"] = "default-src 'none'; frame-ancestors 'none'; sandbox"
    return response
