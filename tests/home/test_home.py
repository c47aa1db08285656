"""The home page: what is new across every space a member can see."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from forum.accounts.models import MemberType, User
from forum.checkins.models import AgreementState, CheckinAgreement
from forum.extensions import db, utcnow
from forum.people.models import Block, Connection, ConnectionState
from forum.threads.models import Post, PostState, TopicRead
from forum.watching.models import SpaceWatch, TopicWatch, WatchLevel
from tests.factories import make_moderator, make_topic, make_user, sign_in


def home(client, path: str = "/") -> str:
    db.session.commit()
    response = client.get(path)
    assert response.status_code == 200
    return response.get_data(as_text=True)


def titles(page: str) -> list[str]:
    return re.findall(r'<h3 class="topic-title">\s*<a href="/t/\d+">([^<]+)</a>', page)


def active(topic, minutes_ago: int):
    topic.last_post_at = utcnow() - timedelta(minutes=minutes_ago)
    db.session.flush()
    return topic


@pytest.fixture
def member(client):
    user = make_user(display_name="Jo Reader")
    sign_in(client, user)
    return user


def test_latest_lists_topics_from_every_visible_space_most_recent_first(client, member):
    author = make_user(display_name="Sam Writer")
    active(make_topic(author, "welcome", title="Hello from Leeds"), 30)
    active(make_topic(author, "good-practice", title="Life story work", replies=2), 5)
    active(make_topic(author, "case-discussion", title="A hard week", is_anonymous=True), 10)
    make_topic(make_user(member_type=MemberType.care_leaver), "care-leavers-lounge", title="Lounge")

    page = home(client)

    assert "<h1>What's new</h1>" in page
    assert titles(page) == ["Life story work", "A hard week", "Hello from Leeds"]
    assert "Lounge" not in page  # a space for care leavers only
    assert "started by Anonymous member" in page
    assert "started by Sam Writer" in page
    assert "2 replies" in page
    assert ">Good practice</a>" in page


def test_latest_leaves_out_what_other_members_may_not_read(client, member):
    author = make_user()
    make_topic(author, title="Published")
    make_topic(author, title="Held topic", state=PostState.held)
    make_topic(author, title="Hidden topic", hidden_at=utcnow())
    make_topic(author, title="Deleted topic", deleted_at=utcnow())

    page = home(client)

    assert titles(page) == ["Published"]


def test_unread_shows_only_opened_topics_with_new_posts(client, member):
    author = make_user()
    read_all = make_topic(author, title="All read", replies=2)
    behind = make_topic(author, title="Two behind", replies=3)
    make_topic(author, title="Never opened")
    db.session.add_all(
        [
            TopicRead(user_id=member.id, topic_id=read_all.id, last_read_number=3),
            TopicRead(user_id=member.id, topic_id=behind.id, last_read_number=2),
        ]
    )

    latest = home(client)
    unread = home(client, "/?show=unread")

    assert set(titles(latest)) == {"All read", "Two behind", "Never opened"}
    assert titles(unread) == ["Two behind"]
    assert f'href="/t/{behind.id}/unread">2 new</a>' in unread
    assert '<a href="/?show=unread" aria-current="page">Unread</a>' in unread
    assert "New topic" in latest  # the never-opened one is marked


def test_unread_with_nothing_to_read_says_what_will_appear(client, member):
    page = home(client, "/?show=unread")

    assert "Nothing unread." in page


def test_muted_topics_and_spaces_stay_off_the_home_page(client, member):
    author = make_user()
    muted = make_topic(author, "welcome", title="Muted topic")
    make_topic(author, "off-topic", title="In a muted space")
    watched = make_topic(author, "off-topic", title="Watched in a muted space")
    own = make_topic(member, "off-topic", title="My own in a muted space")
    make_topic(author, "welcome", title="Ordinary")
    off_topic = own.space
    db.session.add_all(
        [
            TopicWatch(user_id=member.id, topic_id=muted.id, level=WatchLevel.muted),
            SpaceWatch(user_id=member.id, space_id=off_topic.id, level=WatchLevel.muted),
            TopicWatch(user_id=member.id, topic_id=watched.id, level=WatchLevel.watching),
        ]
    )

    page = home(client)

    assert set(titles(page)) == {"Ordinary", "Watched in a muted space", "My own in a muted space"}


def test_topics_since_the_last_visit_are_marked_off_from_earlier_ones(client, member):
    author = make_user()
    active(make_topic(author, title="Yesterday topic"), 60 * 24)
    member.last_seen_at = utcnow() - timedelta(hours=3)

    first = home(client)
    active(make_topic(author, title="This afternoon topic"), 1)
    again = home(client)  # a few minutes later: the same visit, the same line

    assert "New since your last visit" not in first
    assert "Earlier" in first
    assert again.index("New since your last visit") < again.index("This afternoon topic")
    assert again.index("This afternoon topic") < again.index("Earlier")
    assert again.index("Earlier") < again.index("Yesterday topic")
    db.session.expire_all()
    stored = db.session.get(User, member.id)
    assert stored.previous_visit_at is not None
    assert stored.last_seen_at > stored.previous_visit_at


def test_a_first_visit_draws_no_line(client, member):
    make_topic(make_user(), title="Something")

    page = home(client)

    assert "New since your last visit" not in page
    assert "Earlier" not in page
    db.session.expire_all()
    assert db.session.get(User, member.id).last_seen_at is not None


def test_latest_pages_by_keys_without_gaps_or_repeats(client, member, app, monkeypatch):
    monkeypatch.setitem(app.config, "TOPICS_PER_PAGE", 4)
    author = make_user()
    for n in range(10):
        active(make_topic(author, title=f"Topic number {n}"), 10 + n)

    seen: list[str] = []
    path = "/"
    while path:
        page = home(client, path)
        seen += titles(page)
        found = re.search(r'<a href="([^"]+)" rel="next">Older topics</a>', page)
        path = found.group(1).replace("&amp;", "&") if found else ""

    assert seen == [f"Topic number {n}" for n in range(10)]


@pytest.mark.parametrize("cursor", ["junk", "1_2", "20260101T000000.000000_99999999999", "_"])
def test_a_broken_cursor_shows_the_first_page(client, member, cursor):
    make_topic(make_user(), title="Still here")

    page = home(client, f"/?after={cursor}")

    assert titles(page) == ["Still here"]


def test_waiting_for_you_lists_held_posts_requests_and_invitations(client, member):
    topic = make_topic(member, title="My careful question")
    db.session.add(
        Post(
            topic=topic,
            author=member,
            number=2,
            body_source="A follow-up",
            body_html="<p>A follow-up</p>",
            state=PostState.held,
        )
    )
    asker, blocked = make_user(), make_user()
    for requester in (asker, blocked):
        low, high = sorted((requester.id, member.id))
        db.session.add(
            Connection(requester_id=requester.id, recipient_id=member.id, low_id=low, high_id=high)
        )
    db.session.add(Block(blocker_id=member.id, blocked_id=blocked.id))
    worker = make_user()
    db.session.add(
        CheckinAgreement(
            care_leaver_id=member.id,
            worker_id=worker.id,
            state=AgreementState.proposed,
            proposed_by_id=worker.id,
        )
    )

    page = home(client)

    section = page.split('<section class="waiting"')[1].split("</section>")[0]
    assert "Waiting for you" in section
    assert "1 of your posts is held for review" in section
    assert "Reply: My careful question" in section
    assert "1 connection request to answer" in section  # the blocked member's is not counted
    assert "1 check-in invitation to answer" in section


def test_nothing_waiting_means_no_waiting_box(client, member):
    make_topic(make_user(), title="Quiet day")
    other = make_user()
    low, high = sorted((other.id, member.id))
    db.session.add(
        Connection(
            requester_id=member.id,  # sent by the member: nothing for them to answer
            recipient_id=other.id,
            low_id=low,
            high_id=high,
            state=ConnectionState.pending,
        )
    )

    assert "Waiting for you" not in home(client)


def test_spaces_show_how_many_members_can_read_them(client, member):
    make_user(member_type=MemberType.care_leaver)
    make_user(member_type=MemberType.ally)
    make_moderator()
    active_members = db.session.scalars(select(User)).all()
    everyone = sum(1 for u in active_members if u.is_active_member)
    practitioners = sum(
        1
        for u in active_members
        if u.is_active_member and (u.member_type is MemberType.practitioner or u.is_moderator)
    )

    page = home(client)

    side = page.split('aria-labelledby="spaces-title"')[1]
    welcome = side.split("Welcome &amp; introductions</a>")[1].split("</li>")[0]
    case = side.split("Case discussion (anonymised)</a>")[1].split("</li>")[0]
    assert f"{everyone} members" in welcome
    assert f"{practitioners} members" in case
    assert "Care leavers&#39; lounge" not in side


def test_signed_out_visitors_are_sent_to_sign_in(client):
    response = client.get("/")

    assert response.status_code == 302
    assert "/sign-in" in response.headers["Location"]


def test_the_spaces_list_has_its_own_page(client, member):
    page = home(client, "/spaces")

    assert "<h1>Spaces</h1>" in page
    assert "Case discussion (anonymised)" in page
