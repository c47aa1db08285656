"""An anonymous post shows no name; a moderator can reveal it only with a reason."""

from __future__ import annotations

import pytest

from tests.browser.conftest import open_space, sign_in, signed_in_page

pytestmark = pytest.mark.browser

TITLE = "Feeling out of my depth on a new case"


def test_anonymous_post_and_audited_reveal(live_site, new_context, signed_in):
    writer = new_context().new_page()
    sign_in(writer, live_site, "student@example.org")
    open_space(writer, "Case discussion (anonymised)")
    writer.get_by_role("link", name="New topic").click()
    writer.get_by_label("Title").fill(TITLE)
    writer.get_by_label("Message").fill("First placement, first complex case. How did you cope?")
    writer.get_by_label("Post anonymously").check()
    writer.get_by_role("button", name="Post topic").click()
    writer.get_by_role("heading", name=TITLE).wait_for()
    assert writer.locator(".post .author").first.inner_text() == "Anonymous member"

    moderator = signed_in_page(new_context, signed_in, live_site, "moderator@example.org")
    open_space(moderator, "Case discussion (anonymised)")
    moderator.get_by_role("link", name=TITLE).click()
    assert "Grace (SW student)" not in moderator.content()
    moderator.get_by_role("button", name="Reveal author").click()
    moderator.get_by_label("Reason").fill(
        "Checking in: the post suggests the student is struggling."
    )
    moderator.get_by_role("button", name="Reveal author").click()
    moderator.get_by_text("was written by").wait_for()
    assert "Grace (SW student)" in moderator.content()

    writer.get_by_role("link", name="Notifications").click()
    writer.get_by_text("A moderator used Reveal author on your anonymous post").wait_for()
