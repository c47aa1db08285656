"""A live server on a real SQLite file and a real headless Chromium.

Playwright drives Debian's /usr/bin/chromium (no browser download); the flags
keep Chromium from dialling out on a closed network.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyotp
import pytest
from werkzeug.serving import make_server

from forum import create_app
from forum.demo.seed import DEMO_PASSWORD, DEMO_TWO_FACTOR_SECRETS
from forum.extensions import db, limiter

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
ARTIFACTS = Path(__file__).parent / "artifacts"
# The sizes the journeys run at: a laptop, a common phone, and the narrowest phone we support.
DESKTOP = {"viewport": {"width": 1280, "height": 800}}
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
NARROW = {"viewport": {"width": 320, "height": 640}, "is_mobile": True, "has_touch": True}
SIZES = {"desktop": DESKTOP, "phone": PHONE}


@dataclass
class LiveSite:
    url: str
    app: Any
    outbox: Path

    def mail_bodies(self) -> list[str]:
        from email import message_from_bytes, policy

        bodies = []
        for path in sorted(self.outbox.glob("*.eml"), key=lambda p: p.stat().st_mtime):
            message = message_from_bytes(path.read_bytes(), policy=policy.default)
            bodies.append(
                f"To: {message['To']}\nSubject: {message['Subject']}\n\n{message.get_content()}"
            )
        return bodies


@pytest.fixture(scope="session")
def live_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveSite]:
    root = tmp_path_factory.mktemp("live")
    outbox = root / "mail"
    app = create_app(
        {
            "ENVIRONMENT": "testing",
            "SECRET_KEY": "browser-test-secret",
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{root / 'live.sqlite3'}",
            "MAIL_SERVER": "",
            "MAIL_OUTBOX_DIR": str(outbox),
            "MAIL_DELIVER_AFTER_REQUEST": True,
            "SPACE_COUNTS_SECONDS": 0,  # counted on every request, so each test sees its own
        }
    )
    limiter.enabled = False  # the journey signs in more often than a person would
    server = make_server("127.0.0.1", 0, app, threaded=True)
    app.config["BASE_URL"] = f"http://127.0.0.1:{server.server_port}"
    with app.app_context():
        from flask_migrate import upgrade

        upgrade()
        from forum.demo.seed import seed_demo

        seed_demo()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield LiveSite(app.config["BASE_URL"], app, outbox)
    server.shutdown()
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def new_context(browser: Any) -> Iterator[Any]:
    """Open fresh browser contexts (separate cookies: separate people)."""
    contexts: list[Any] = []

    def open_context(**options: Any) -> Any:
        context = browser.new_context(**options)
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context

    yield open_context
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def signed_in(browser: Any, live_site: LiveSite) -> Any:
    """A signed-in session's cookies, made once per person and reused by any context.

    Signing in through the form takes a second and, for a moderator, spends a
    two-factor code; pages that only need someone signed in start from this.
    """
    states: dict[str, Any] = {}

    def state_for(email: str) -> Any:
        if email not in states:
            context = browser.new_context()
            context.set_default_timeout(10_000)
            sign_in(context.new_page(), live_site, email)
            states[email] = context.storage_state()
            context.close()
        return states[email]

    return state_for


def signed_in_page(
    new_context: Any, signed_in: Any, site: LiveSite, email: str, **options: Any
) -> Any:
    """A page at the home page, already signed in with the session `signed_in` keeps."""
    page = new_context(**options, storage_state=signed_in(email)).new_page()
    page.goto(f"{site.url}/")
    return page


def sign_in(page: Any, site: LiveSite, email: str) -> None:
    """Sign in through the form as a demo member, answering the code step if there is one."""
    page.goto(f"{site.url}/sign-in")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    enter_code_if_asked(page, email)
    page.get_by_role("heading", name="Spaces").wait_for()


def scrolls_sideways(page: Any) -> bool:
    return bool(
        page.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth")
    )


def screenshot(page: Any, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


_last_step: dict[str, int] = {}


def demo_code(email: str) -> str:
    """A two-factor code for a demo moderator or admin that no earlier sign-in has spent.

    A code works once, so a second sign-in within 30 seconds takes the next
    step's code (still accepted), and a third waits for the clock to move on.
    """
    totp = pyotp.TOTP(DEMO_TWO_FACTOR_SECRETS[email])
    while True:
        current = totp.timecode(time.time())
        step = max(current, _last_step.get(email, -1) + 1)
        if step <= current + 1:
            _last_step[email] = step
            return totp.generate_otp(step)
        time.sleep(1)


def enter_code_if_asked(page: Any, email: str) -> None:
    """The demo moderator and admin have two-factor: answer the code step of sign-in."""
    if email in DEMO_TWO_FACTOR_SECRETS:
        page.get_by_label("Code").fill(demo_code(email))
        page.get_by_role("button", name="Verify").click()


def open_menu(page: Any) -> None:
    """Open the header's menu (a <details>), where most of a member's links live."""
    menu = page.locator("details.account-menu")
    if menu.get_attribute("open") is None:
        menu.locator("summary").click()


def menu_link(page: Any, name: str) -> Any:
    """A link in the header's menu, opened first (a page may link elsewhere with the same words)."""
    open_menu(page)
    return page.locator("details.account-menu .menu-panel").get_by_role("link", name=name)


def open_space(page: Any, name: str) -> None:
    """Go to a space from the home page (its name may link from several places there)."""
    page.get_by_role("link", name=name, exact=True).first.click()
    page.get_by_role("heading", name=name, exact=True).wait_for()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--screenshots",
        action="store_true",
        help="save the README's screenshots to docs/screenshots (with --browser-tests)",
    )
