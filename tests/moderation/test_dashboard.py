"""The moderator dashboard and the header's "Moderation" entry: what waits, and for how long."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from forum.accounts.models import AccountStatus
from forum.extensions import db, utcnow
from forum.review.models import ReviewItem, ReviewSource, ReviewState
from forum.threads.models import Post
from moderation.models import CaseState, ReportCase
from tests.factories import make_admin, make_moderator, make_topic, make_user, sign_in

DASHBOARD = "/moderation"
MAX_QUERIES = 8


@pytest.fixture
def moderator_client(app):
    client = app.test_client()
    sign_in(client, make_moderator())
    return client


def applicant(name: str = "Alex B.", age: timedelta = timedelta(hours=1), **overrides):
    overrides.setdefault("status", AccountStatus.pending)
    user = make_user(display_name=name, **overrides)
    assert user.application is not None
    user.application.submitted_at = utcnow() - age
    db.session.flush()
    return user


def held_post(title: str = "Sibling contact", age: timedelta = timedelta(hours=1), **overrides):
    topic = make_topic(make_user(), title=title)
    post = db.session.scalars(select(Post).where(Post.topic_id == topic.id)).one()
    item = ReviewItem(post=post, source=ReviewSource.guard, created_at=utcnow() - age, **overrides)
    db.session.add(item)
    db.session.flush()
    return item


def reported(
    title: str = "Reported topic",
    age: timedelta = timedelta(hours=1),
    urgent: bool = False,
    **overrides,
):
    topic = make_topic(make_user(), title=title)
    post = db.session.scalars(select(Post).where(Post.topic_id == topic.id)).one()
    case = ReportCase(
        target_type="post",
        target_id=post.id,
        post=post,
        is_urgent=urgent,
        report_count=1,
        first_reported_at=utcnow() - age,
        last_reported_at=utcnow() - age,
        **overrides,
    )
    db.session.add(case)
    db.session.flush()
    return case


def dashboard(client) -> str:
    response = client.get(DASHBOARD)
    assert response.status_code == 200
    return response.get_data(as_text=True)


def queues(page: str) -> list[str]:
    """The dashboard's queue cards in order, each as its text."""
    return [
        re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", card)).strip()
        for card in re.findall(
            r'<li class="card queue[^"]*" id="queue-[a-z]+">.*?</li>', page, re.S
        )
    ]


def header(page: str) -> str:
    return page.split("</header>")[0]


# --- who may open it ---------------------------------------------------------------------


def test_signed_out_visitors_are_sent_to_sign_in(client):
    response = client.get(DASHBOARD)

    assert response.status_code == 302
    assert "/sign-in" in response.headers["Location"]


def test_members_who_are_not_moderators_get_not_found(client):
    sign_in(client, make_user())

    assert client.get(DASHBOARD).status_code == 404


@pytest.mark.parametrize("make", [make_moderator, make_admin])
def test_moderators_and_admins_open_the_dashboard(client, make):
    sign_in(client, make())

    page = dashboard(client)

    assert "<h1>Moderation</h1>" in page
    assert 'href="/moderation/audit">Audit log</a>' in page


def test_only_admins_are_offered_the_site_settings(app, client):
    sign_in(client, make_moderator())

    main = dashboard(client).split("</header>")[1]

    assert "Watched words" not in main
    assert ">Settings</a>" not in main


def test_admins_are_offered_the_site_settings_pages_that_exist(app, client):
    sign_in(client, make_admin())
    routed = {r.rule for r in app.url_map.iter_rules()}

    main = dashboard(client).split("</header>")[1]

    for path, label in (
        ("/moderation/watched-words", "Watched words"),
        ("/moderation/settings", "Settings"),
    ):
        assert (f'<a href="{path}">{label}</a>' in main) is (path in routed)


# --- what it shows -----------------------------------------------------------------------


def test_each_queue_shows_its_count_and_oldest_item_with_an_age_badge(moderator_client):
    applicant("Alex B.", age=timedelta(days=3, hours=2))
    applicant("Newer applicant", age=timedelta(hours=2))
    applicant("Answered nothing yet", status=AccountStatus.info_requested)
    held_post("Sibling contact", age=timedelta(hours=5))
    held_post("Decided already", state=ReviewState.published)
    reported("Spam in welcome", age=timedelta(minutes=12))
    reported("Dealt with", state=CaseState.dismissed)

    cards = queues(dashboard(moderator_client))

    assert cards == [
        "Approval queue 2 applications waiting. Oldest: Alex B., waiting 3 days",
        "Review queue 1 post waiting. Oldest: Sibling contact, waiting 5 hours",
        "Reports 1 report waiting. Oldest: Spam in welcome, waiting 12 minutes",
    ]


def test_each_queue_links_to_its_page(moderator_client):
    page = dashboard(moderator_client)

    assert '<a href="/moderation/applications">Approval queue</a>' in page
    assert '<a href="/moderation/review">Review queue</a>' in page


def test_nothing_waiting_is_said_plainly(moderator_client):
    cards = queues(dashboard(moderator_client))

    assert cards == [
        "Approval queue Nothing waiting.",
        "Review queue Nothing waiting.",
        "Reports Nothing waiting.",
    ]


def test_safeguarding_concerns_come_first_then_the_longest_waiting_queue(moderator_client):
    applicant(age=timedelta(days=2))
    held_post("Old held post", age=timedelta(days=6))
    reported("Ordinary report", age=timedelta(days=9))
    reported("Child at risk", age=timedelta(hours=1), urgent=True)
    reported("Another concern", age=timedelta(hours=3), urgent=True)

    page = dashboard(moderator_client)
    cards = queues(page)

    assert cards[0] == (
        "Safeguarding Safeguarding concerns 2 concerns waiting. "
        "Oldest: Another concern, waiting 3 hours"
    )
    assert [card.split(" ", 1)[0] for card in cards[1:]] == ["Reports", "Review", "Approval"]
    assert cards[1].startswith("Reports 1 report waiting besides the safeguarding concerns.")
    assert '<span class="badge urgent">Safeguarding</span>' in page


def test_the_dashboard_costs_the_same_few_queries_however_much_waits(
    app, moderator_client, queries
):
    def cost(waiting: int) -> int:
        for n in range(waiting):
            applicant(age=timedelta(hours=n))
            held_post(age=timedelta(hours=n))
            reported(age=timedelta(hours=n), urgent=n % 2 == 0)
        db.session.commit()
        db.session.expunge_all()
        moderator_client.get(DASHBOARD)
        with queries() as counted:
            assert moderator_client.get(DASHBOARD).status_code == 200
        return counted.count

    few, many = cost(3), cost(30)

    assert few == many
    # the moderator, the header (notifications, waiting count, warnings), one per queue
    assert many <= MAX_QUERIES


# --- the header --------------------------------------------------------------------------


def test_the_header_offers_moderators_one_moderation_entry_with_what_waits(moderator_client):
    applicant()
    held_post()
    reported(urgent=True)
    reported()

    top = header(dashboard(moderator_client))

    assert '<a href="/moderation">Moderation <span class="count">(4)</span></a>' in top
    assert "Approval queue" not in top
    assert "Review queue" not in top


def test_the_header_shows_no_count_when_nothing_waits(moderator_client):
    top = header(dashboard(moderator_client))

    assert '<a href="/moderation">Moderation</a>' in top


def test_members_see_no_moderation_entry(client):
    applicant()
    sign_in(client, make_user())

    page = client.get("/").get_data(as_text=True)

    assert "Moderation" not in header(page)


def test_the_header_count_costs_a_moderator_one_query(app, queries):
    member, moderator = app.test_client(), app.test_client()
    sign_in(member, make_user())
    sign_in(moderator, make_moderator())
    for _ in range(5):
        applicant()
        held_post()
        reported()
    db.session.commit()
    db.session.expunge_all()
    costs = {}
    for name, client in (("member", member), ("moderator", moderator)):
        client.get("/s/welcome")
        with queries() as counted:
            assert client.get("/s/welcome").status_code == 200
        costs[name] = counted.count

    assert costs["moderator"] == costs["member"] + 1
