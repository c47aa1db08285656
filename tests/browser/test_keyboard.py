"""Keyboard only: a member replies to a topic, a moderator approves an applicant.

Nothing here clicks: focus moves with Tab, buttons are pressed with Enter, and every
stop on the way must show where the focus is.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from forum.accounts.models import AccountStatus, Application, MemberType, User
from forum.extensions import db, utcnow
from forum.threads.models import Topic
from tests.browser.conftest import DESKTOP, screenshot

pytestmark = pytest.mark.browser

TOPIC = "Book recommendations for the commute"
REPLY = "Short memoirs by people who grew up in care: the chapters suit a bus ride."
APPLICANT = "Jo, keyboard applicant"

# The element that has focus, what it is called, and whether its focus ring is drawn.
FOCUSED = """() => {
  const el = document.activeElement;
  const button = el.tagName === 'INPUT' && el.type === 'submit' ? el.value : '';
  const label = el.labels && el.labels.length ? el.labels[0].textContent : button;
  const style = getComputedStyle(el);
  return {
    tag: el.tagName, name: (label || el.textContent || '').trim(),
    card: el.closest('article') ? el.closest('article').id : '',
    visible: el.matches(':focus-visible') && style.outlineStyle !== 'none'
      && parseFloat(style.outlineWidth) >= 2,
  };
}"""


def tab_to(page: Any, wanted: Any, limit: int = 150) -> dict[str, Any]:
    """Press Tab until the focused element is the wanted one; each stop must show its focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused["tag"] != "BODY":
            assert focused["visible"], f"no visible focus on {focused}"
        if wanted(focused):
            return focused
    raise AssertionError("never reached by Tab")


def test_a_member_replies_with_the_keyboard_alone(live_site, new_context, signed_in):
    with live_site.app.app_context():
        topic_id = db.session.scalar(select(Topic.id).where(Topic.title == TOPIC))
    page = new_context(**DESKTOP, storage_state=signed_in("careleaver2@example.org")).new_page()
    page.goto(f"{live_site.url}/t/{topic_id}")

    tab_to(page, lambda f: f["tag"] == "TEXTAREA" and f["name"] == "Message")
    page.keyboard.type(REPLY)
    tab_to(page, lambda f: f["name"] == "Post reply", limit=6)
    screenshot(page, "keyboard-post-reply")
    page.keyboard.press("Enter")

    page.locator("article.post", has_text=REPLY).wait_for()
    assert page.locator("article.post", has_text=REPLY).locator(".author").inner_text() == "River"


def _applicant() -> int:
    user = User(
        email="jo.keyboard@example.org",
        password_hash="not-used: this applicant never signs in",
        display_name=APPLICANT,
        member_type=MemberType.practitioner,
        status=AccountStatus.pending,
        email_verified_at=utcnow(),
    )
    user.application = Application(
        organisation="Eastshire Council",
        job_title="Family support worker",
        region="East",
        country="England",
        reason="To learn how others run direct work sessions.",
        submitted_at=utcnow(),
    )
    db.session.add(user)
    db.session.commit()
    return user.id


def test_a_moderator_approves_an_applicant_with_the_keyboard_alone(
    live_site, new_context, signed_in
):
    with live_site.app.app_context():
        applicant_id = _applicant()
    page = new_context(**DESKTOP, storage_state=signed_in("moderator@example.org")).new_page()
    page.goto(f"{live_site.url}/moderation/applications")

    card = f"application-{applicant_id}"
    tab_to(page, lambda f: f["card"] == card and f["name"] == "Approve")
    screenshot(page, "keyboard-approve")
    page.keyboard.press("Enter")

    page.get_by_text(f"{APPLICANT} is approved.").wait_for()
    assert page.locator(f"#{card}").count() == 0
    with live_site.app.app_context():
        approved = db.session.get(User, applicant_id)
        assert approved is not None
        assert approved.status is AccountStatus.active
