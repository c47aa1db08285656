"""The README's screenshots: the home page and a topic, desktop and phone, light and dark.

Run on their own, so the pages show only the demo data:
    pytest tests/browser/test_screenshots.py --browser-tests --screenshots
Each picture is also checked: it is the page asked for, signed in, and nothing scrolls sideways.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from forum.extensions import db
from forum.summaries.demo import TOPIC
from forum.threads.models import Topic
from tests.browser.conftest import SIZES, scrolls_sideways

pytestmark = pytest.mark.browser

SCREENSHOTS = Path(__file__).parents[2] / "docs" / "screenshots"
MEMBER = "practitioner@example.org"


@pytest.fixture(autouse=True)
def _asked_for(request):
    if not request.config.getoption("--screenshots", default=False):
        pytest.skip("README screenshots are taken only with --screenshots")


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("where", ["desktop", "phone"])
def test_readme_screenshots(live_site, new_context, signed_in, where, scheme):
    with live_site.app.app_context():
        topic_id = db.session.scalar(select(Topic.id).where(Topic.title == TOPIC))
    page = new_context(
        **SIZES[where],
        color_scheme=scheme,
        device_scale_factor=2 if where == "phone" else 1,
        storage_state=signed_in(MEMBER),
    ).new_page()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    for name, path, heading in (("home", "/", "What's new"), ("topic", f"/t/{topic_id}", TOPIC)):
        page.goto(f"{live_site.url}{path}")
        page.get_by_role("heading", name=heading, level=1).wait_for()
        assert page.get_by_text("Sign in").count() == 0
        assert not scrolls_sideways(page)
        page.screenshot(path=str(SCREENSHOTS / f"{name}-{where}-{scheme}.png"))
