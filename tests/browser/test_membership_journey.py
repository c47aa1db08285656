"""A newcomer applies, verifies by the emailed link, is approved, and posts: on a desktop and a phone."""

from __future__ import annotations

import re
import time

import pytest

from tests.browser.conftest import SIZES, menu_link, open_space, screenshot, signed_in_page

pytestmark = pytest.mark.browser


def _link_in_mail(site, to: str, pattern: str) -> str:
    """Mail goes out just after the response that queued it, so wait a moment for it."""
    deadline = time.monotonic() + 10
    while True:
        for body in reversed(site.mail_bodies()):
            if f"To: {to}" in body:
                found = re.search(pattern, body)
                if found:
                    return found.group(0)
        if time.monotonic() > deadline:
            raise AssertionError(f"no mail to {to} with {pattern}")
        time.sleep(0.1)


@pytest.mark.parametrize(
    ("where", "email", "name"),
    [
        ("desktop", "new.worker@example.org", "Alex B."),
        ("phone", "phone.worker@example.org", "Morgan C."),
    ],
)
def test_apply_verify_approve_and_post(live_site, new_context, signed_in, where, email, name):
    size = SIZES[where]
    applicant = new_context(**size).new_page()
    applicant.goto(f"{live_site.url}/apply")
    applicant.get_by_label("Email").fill(email)
    applicant.get_by_label("Password").fill("kestrel lantern orchard 19")
    applicant.get_by_label("Display name").fill(name)
    applicant.get_by_label("Practitioner").check()
    applicant.get_by_label("Organisation").fill("Northshire Council")
    applicant.get_by_label("Job title").fill("Senior social worker")
    applicant.get_by_label("Region").fill("North West")
    applicant.get_by_label("Country").fill("England")
    applicant.get_by_label("Registration number").fill("SW123456")
    applicant.get_by_label("Why do you want to join?").fill(
        "To share practice on direct work with teenagers."
    )
    applicant.get_by_label("I agree to the community guidelines").check()
    applicant.get_by_role("button", name="Apply").click()
    applicant.get_by_role("heading", name="Check your email").wait_for()

    link = _link_in_mail(live_site, email, r"http://\S+/verify/\S+")
    applicant.goto(link)
    applicant.get_by_role("button", name="Confirm my email").click()
    applicant.get_by_role("heading", name="Sign in").wait_for()
    applicant.get_by_label("Email").fill(email)
    applicant.get_by_label("Password").fill("kestrel lantern orchard 19")
    applicant.get_by_role("button", name="Sign in").click()
    applicant.get_by_text("Waiting for a moderator").wait_for()
    screenshot(applicant, f"applicant-status-{where}")

    moderator = signed_in_page(new_context, signed_in, live_site, "moderator@example.org", **size)
    menu_link(moderator, "Moderation").click()
    moderator.get_by_role("link", name="Approval queue").click()
    card = moderator.locator("article", has_text=name)
    card.get_by_text("SW123456").wait_for()
    screenshot(moderator, f"approval-queue-{where}")
    card.get_by_role("button", name="Approve").click()
    moderator.get_by_text(f"{name} is approved.").wait_for()

    # The decision takes effect on the applicant's very next request.
    applicant.goto(f"{live_site.url}/")
    open_space(applicant, "Good practice")
    applicant.get_by_role("link", name="New topic").click()
    applicant.get_by_label("Title").fill(f"Direct work tools for teenagers on a {where}")
    applicant.get_by_label("Message").fill(
        "What **tools** do you use with teenagers who won't talk?"
    )
    applicant.get_by_role("button", name="Preview").click()
    applicant.locator(".preview strong", has_text="tools").wait_for()
    applicant.get_by_role("button", name="Post topic").click()
    applicant.get_by_role(
        "heading", name=f"Direct work tools for teenagers on a {where}"
    ).wait_for()
    assert applicant.locator(".post .author").first.inner_text() == name
    screenshot(applicant, f"topic-posted-{where}")
