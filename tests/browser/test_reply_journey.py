"""A member signs in, opens a topic from the home page and replies: on a desktop and a phone."""

from __future__ import annotations

import pytest

from tests.browser.conftest import SIZES, screenshot, scrolls_sideways, sign_in

pytestmark = pytest.mark.browser

TOPIC = "What do you do to switch off after a hard shift?"


@pytest.mark.parametrize(
    ("where", "email", "name", "reply"),
    [
        ("desktop", "careleaver2@example.org", "River", "Music on, kettle on, phone off."),
        ("phone", "ally@example.org", "Dr Lee, researcher", "A swim before the train home."),
    ],
)
def test_sign_in_open_a_topic_from_home_and_reply(
    live_site, new_context, where, email, name, reply
):
    page = new_context(**SIZES[where]).new_page()
    sign_in(page, live_site, email)  # lands on the home page

    page.get_by_role("link", name=TOPIC).first.click()
    page.get_by_role("heading", name=TOPIC, level=1).wait_for()
    page.get_by_label("Message").fill(reply)
    page.get_by_role("button", name="Post reply").click()

    posted = page.locator("article.post", has_text=reply)
    posted.wait_for()
    assert posted.locator(".author").inner_text() == name
    assert not scrolls_sideways(page)
    screenshot(page, f"reply-posted-{where}")
