"""Every main page, checked by axe-core in a real browser, in the light and the dark scheme.

Signed out, as a member and as a moderator: no serious or critical problem on any page.
The dark run is at 320 px, the narrowest phone we support, where no page may scroll
sideways; the light run is at desktop width. One browser context per person and scheme.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from sqlalchemy import select

from forum.accounts.models import User
from forum.extensions import db
from forum.messages import queries as message_queries
from forum.messages import services as messages
from forum.notifications.models import Notification
from forum.spaces.models import Space
from forum.threads import services as threads
from forum.threads.models import Post, PostState, Topic
from moderation.models import Report, ReportReason
from moderation.reports import services as reports
from tests.browser.conftest import DESKTOP, NARROW, open_menu, scrolls_sideways
from tests.browser.test_checkins import _set_up as set_up_checkins

pytestmark = pytest.mark.browser

AXE = Axe()
MEMBER, MODERATOR = "careleaver2@example.org", "moderator@example.org"
TOPIC = "What do you do to switch off after a hard shift?"
HELD = "Jayden asked me to pass on thanks to the whole group."
SCHEMES = [
    pytest.param("light", DESKTOP, id="light-desktop"),
    pytest.param("dark", NARROW, id="dark-320px"),
]


@dataclass
class Found:
    """The ids of the things the pages show, made once for the whole run."""

    topic_id: int
    member_id: int
    conversation_id: int
    agreement_id: int
    report_case_id: int


def _member(email: str) -> User:
    found = db.session.scalar(select(User).where(User.email == email))
    assert found is not None, email
    return found


def _make_content(site: Any) -> Found:
    """Give each list something to show: a conversation, notifications, a held post, a report."""
    agreement_id = set_up_checkins(site)  # River and Priya connected, with check-ins on
    with site.app.app_context():
        river, priya = _member(MEMBER), _member("practitioner@example.org")
        topic = db.session.scalar(select(Topic).where(Topic.title == TOPIC))
        assert topic is not None
        conversation_id = message_queries.existing_conversation(river, [priya.id])
        if conversation_id is None:
            sent = messages.start_conversation(
                priya, [river.id], "Good to see you here. Shall we talk about the flat on Friday?"
            ).saved
            assert sent is not None
            conversation_id = sent.conversation_id
            db.session.add_all(
                Notification(user_id=river.id, kind="reply", text=text, link=f"/t/{topic.id}")
                for text in ("Priya N. replied to a topic you watch", "Sam mentioned you")
            )
            db.session.commit()
        case_space = db.session.scalar(select(Space).where(Space.slug == "case-discussion"))
        held = db.session.scalar(select(Post).where(Post.state == PostState.held))
        if held is None and case_space is not None:
            case_topic = db.session.scalar(select(Topic).where(Topic.space_id == case_space.id))
            assert case_topic is not None
            threads.reply(priya, case_topic, HELD, justification="Jayden is not his real name.")
        report = db.session.scalar(select(Report).order_by(Report.id.desc()))
        if report is None:
            first_reply = db.session.scalar(
                select(Post).where(Post.topic_id == topic.id, Post.number == 2)
            )
            assert first_reply is not None
            report = reports.send_report(
                priya, first_reply, ReportReason.spam, "Looks like an advert to me."
            )
        return Found(topic.id, priya.id, conversation_id, agreement_id, report.case_id)


def _apply_with_nothing_filled_in(page: Any) -> None:
    page.get_by_role("button", name="Apply").click()
    page.locator(".error-summary").wait_for()


def _open_the_menu(page: Any) -> None:
    open_menu(page)


def _preview_a_reply_that_names_someone(page: Any) -> None:
    page.get_by_label("Message").fill("Jayden's mum called the office again on Monday.")
    page.get_by_role("button", name="Preview").click()
    page.locator(".guard mark").first.wait_for()


# Pages with something done on them first: their other states need checking too.
STATES = {
    "/apply": _apply_with_nothing_filled_in,
    "/": _open_the_menu,
    "/moderation": _open_the_menu,
}


def _pages(role: str, found: Found, site: Any) -> list[str]:
    if role == "signed out":
        pages = ["/sign-in", "/apply", "/reset", "/guidelines"]
        if any(rule.rule == "/safety" for rule in site.app.url_map.iter_rules()):
            pages.append("/safety")
        return pages
    if role == "member":
        return [
            "/",
            "/s/off-topic",
            f"/t/{found.topic_id}",
            f"/t/{found.topic_id}/reply",
            "/s/off-topic/new",
            "/search?q=drawing",
            "/notifications",
            "/messages",
            f"/messages/{found.conversation_id}",
            "/members",
            f"/members/{found.member_id}",
            "/settings",
            "/bookmarks",
            "/events",
            "/checkins",
            f"/checkins/{found.agreement_id}",
        ]
    return [
        "/moderation",
        "/moderation/applications",
        "/moderation/review",
        "/moderation/reports",
        f"/moderation/reports/{found.report_case_id}",
        "/moderation/audit",
        f"/t/{found.topic_id}",  # with the moderators' tools on it
    ]


def _problems(page: Any, site: Any, path: str, *, narrow: bool) -> list[str]:
    response = page.goto(f"{site.url}{path}")
    assert response is not None
    if response.status >= 400:
        return [f"{path}: answered {response.status}"]
    found = _serious(page, path)
    if narrow and scrolls_sideways(page):
        found.append(f"{path}: scrolls sideways at 320 px")
    prepare = STATES.get(path) or (
        _preview_a_reply_that_names_someone if path.endswith("/reply") else None
    )
    if prepare is not None:
        prepare(page)
        found += _serious(page, f"{path} ({prepare.__name__.strip('_').replace('_', ' ')})")
        if narrow and scrolls_sideways(page):
            found.append(f"{path}: scrolls sideways at 320 px after {prepare.__name__}")
    return found


def _serious(page: Any, where: str) -> list[str]:
    found = []
    for violation in AXE.run(page).response["violations"]:
        if violation["impact"] in ("serious", "critical"):
            nodes = "; ".join(" ".join(node["target"]) for node in violation["nodes"][:3])
            found.append(f"{where}: {violation['id']} ({violation['impact']}) at {nodes}")
    return found


@pytest.fixture(scope="module")
def found(live_site: Any) -> Found:
    return _make_content(live_site)


@pytest.mark.parametrize("role", ["signed out", "member", "moderator"])
@pytest.mark.parametrize(("scheme", "size"), SCHEMES)
def test_no_serious_accessibility_problem_on_any_main_page(
    live_site, new_context, signed_in, found, role, scheme, size
):
    options: dict[str, Any] = {**size, "color_scheme": scheme}
    if role != "signed out":
        options["storage_state"] = signed_in(MEMBER if role == "member" else MODERATOR)
    page = new_context(**options).new_page()

    problems = []
    for path in _pages(role, found, live_site):
        problems += _problems(page, live_site, path, narrow=size is NARROW)

    assert problems == [], "\n".join(problems)
