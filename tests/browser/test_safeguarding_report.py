"""A safeguarding report, worked by a moderator with two-factor from the dashboard to a suspension.

On a desktop and on a phone, each time with a different author.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from forum.accounts.models import AccountStatus, User
from forum.extensions import db
from moderation.members import services as members
from tests.browser.conftest import SIZES, menu_link, open_space, screenshot, sign_in, signed_in_page

pytestmark = pytest.mark.browser

TOPIC = "How reconnecting with past workers works here"
WORRYING = (
    "Any of the young people reading this can message me on my personal phone instead, "
    "no need to go through the site or tell your {}."
)
REASON = "Offered young people private contact outside the site ({}); suspended while we look."


@pytest.fixture
def lifted_afterwards(live_site):
    """Whoever the test suspends is let back in at the end, so later tests find the demo as it was."""
    suspended: list[str] = []
    yield suspended.append
    with live_site.app.test_request_context():
        moderator = db.session.scalar(select(User).where(User.email == "moderator@example.org"))
        for email in suspended:
            member = db.session.scalar(select(User).where(User.email == email))
            assert moderator is not None
            assert member is not None
            if member.status is not AccountStatus.active:
                members.lift_sanction(moderator, member, "Back after the test.")


@pytest.mark.parametrize(
    ("where", "email", "name", "word"),
    [
        ("desktop", "adviser@example.org", "Tom, personal adviser", "worker"),
        ("phone", "student@example.org", "Grace (SW student)", "social worker"),
    ],
)
def test_safeguarding_report_to_suspension_and_the_audit_log(
    live_site, new_context, signed_in, lifted_afterwards, where, email, name, word
):
    worrying, reason = WORRYING.format(word), REASON.format(where)
    size = SIZES[where]
    lifted_afterwards(email)
    author = new_context(**size).new_page()
    sign_in(author, live_site, email)
    open_space(author, "Reconnect")
    author.get_by_role("link", name=TOPIC).click()
    author.get_by_label("Message").fill(worrying)
    author.get_by_role("button", name="Post reply").click()
    author.get_by_text(worrying).wait_for()

    reporter = new_context(**size).new_page()
    sign_in(reporter, live_site, "careleaver@example.org")
    open_space(reporter, "Reconnect")
    reporter.get_by_role("link", name=TOPIC).click()
    post = reporter.locator("article.post", has_text=worrying)
    post.get_by_role("link", name="Report").click()
    reporter.get_by_label("Safeguarding concern").check()
    reporter.get_by_label("Details").fill("This doesn't feel right. Asking us to keep it secret.")
    reporter.get_by_role("button", name="Send report").click()
    reporter.get_by_text("received", exact=False).first.wait_for()

    if where == "desktop":  # the two-factor sign-in, once: a code works only once
        moderator = new_context(**size).new_page()
        sign_in(moderator, live_site, "moderator@example.org")
    else:
        moderator = signed_in_page(
            new_context, signed_in, live_site, "moderator@example.org", **size
        )
    menu_link(moderator, "Moderation").click()
    moderator.get_by_role("heading", name="Moderation").wait_for()
    urgent = moderator.locator("#queue-safeguarding")
    assert "Safeguarding" in urgent.inner_text()
    screenshot(moderator, f"moderation-dashboard-{where}")
    urgent.get_by_role("link").click()
    case = moderator.locator("article", has_text=worrying).first
    case.wait_for()
    screenshot(moderator, f"reports-queue-{where}")
    case.get_by_role("link", name="Suspend author").click()
    moderator.get_by_role("heading", name=name).wait_for()
    moderator.locator("#suspend-reason").fill(reason)
    moderator.locator("#suspend-until").fill((date.today() + timedelta(days=14)).isoformat())
    moderator.get_by_role("button", name="Suspend", exact=True).click()
    moderator.get_by_text("suspended", exact=False).first.wait_for()
    screenshot(moderator, f"member-suspended-{where}")

    # Then the post itself: hidden, which closes the case.
    menu_link(moderator, "Moderation").click()
    moderator.locator("#queue-safeguarding").get_by_role("link").click()
    case = moderator.locator("article", has_text=worrying).first
    case.get_by_label("Reason").fill("Hidden: asks young people for secret private contact.")
    case.get_by_role("button", name="Hide").click()
    menu_link(moderator, "Moderation").click()
    assert moderator.locator("#queue-safeguarding").count() == 0  # the urgent case is closed

    moderator.get_by_role("link", name="Audit log").click()
    moderator.get_by_role("heading", name="Audit log").wait_for()
    row = moderator.locator("tr", has_text=reason)
    assert name in row.inner_text()
    screenshot(moderator, f"audit-log-{where}")

    # The author's open session ends on their next request.
    author.reload()
    author.get_by_role("button", name="Sign in").wait_for()
    assert any(
        "moderator@example.org" in body and "Safeguarding" in body
        for body in live_site.mail_bodies()
    )
