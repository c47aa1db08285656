"""A safeguarding report, worked by a moderator with two-factor from the dashboard to a suspension."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.browser.conftest import open_menu, screenshot
from tests.browser.test_guarded_case_post import sign_in

pytestmark = pytest.mark.browser

TOPIC = "How reconnecting with past workers works here"
WORRYING = (
    "Any of the young people reading this can message me on my personal phone instead, "
    "no need to go through the site or tell your worker."
)
REASON = "Offered young people private contact outside the site; suspended while we look into it."


def test_safeguarding_report_to_suspension_and_the_audit_log(live_site, new_context):
    author = new_context().new_page()
    sign_in(author, live_site, "adviser@example.org")
    author.get_by_role("link", name="Reconnect").click()
    author.get_by_role("link", name=TOPIC).click()
    author.get_by_label("Message").fill(WORRYING)
    author.get_by_role("button", name="Post reply").click()
    author.get_by_text(WORRYING).wait_for()

    reporter = new_context().new_page()
    sign_in(reporter, live_site, "careleaver@example.org")
    reporter.get_by_role("link", name="Reconnect").click()
    reporter.get_by_role("link", name=TOPIC).click()
    post = reporter.locator("article.post", has_text=WORRYING)
    post.get_by_role("link", name="Report").click()
    reporter.get_by_label("Safeguarding concern").check()
    reporter.get_by_label("Details").fill("This doesn't feel right. Asking us to keep it secret.")
    reporter.get_by_role("button", name="Send report").click()
    reporter.get_by_text("received", exact=False).first.wait_for()

    moderator = new_context(viewport={"width": 1100, "height": 900}).new_page()
    sign_in(moderator, live_site, "moderator@example.org")
    open_menu(moderator)
    moderator.get_by_role("link", name="Moderation").first.click()
    moderator.get_by_role("heading", name="Moderation").wait_for()
    urgent = moderator.locator("#queue-safeguarding")
    assert "Safeguarding" in urgent.inner_text()
    screenshot(moderator, "moderation-dashboard")
    urgent.get_by_role("link").click()
    case = moderator.locator("article", has_text=WORRYING).first
    case.wait_for()
    screenshot(moderator, "reports-queue")
    case.get_by_role("link", name="Suspend author").click()
    moderator.get_by_role("heading", name="Tom, personal adviser").wait_for()
    moderator.locator("#suspend-reason").fill(REASON)
    moderator.locator("#suspend-until").fill((date.today() + timedelta(days=14)).isoformat())
    moderator.get_by_role("button", name="Suspend", exact=True).click()
    moderator.get_by_text("suspended", exact=False).first.wait_for()
    screenshot(moderator, "member-suspended")

    # Then the post itself: hidden, which closes the case.
    open_menu(moderator)
    moderator.get_by_role("link", name="Moderation").first.click()
    moderator.locator("#queue-safeguarding").get_by_role("link").click()
    case = moderator.locator("article", has_text=WORRYING).first
    case.get_by_label("Reason").fill("Hidden: asks young people for secret private contact.")
    case.get_by_role("button", name="Hide").click()
    open_menu(moderator)
    moderator.get_by_role("link", name="Moderation").first.click()
    assert "Nothing waiting" in moderator.locator("#queue-reports").inner_text()
    assert moderator.locator("#queue-safeguarding").count() == 0

    moderator.get_by_role("link", name="Audit log").click()
    moderator.get_by_role("heading", name="Audit log").wait_for()
    row = moderator.locator("tr", has_text=REASON)
    assert "Tom, personal adviser" in row.inner_text()
    screenshot(moderator, "audit-log")

    # The author's open session ends on their next request.
    author.reload()
    author.get_by_role("button", name="Sign in").wait_for()
    assert any(
        "moderator@example.org" in body and "Safeguarding" in body
        for body in live_site.mail_bodies()
    )
