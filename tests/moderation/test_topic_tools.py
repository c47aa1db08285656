"""Moderators move, merge and split topics; members never find the tools."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from forum.accounts.models import MemberType
from forum.extensions import db, utcnow
from forum.notifications.models import Notification
from forum.review.models import ReviewItem, ReviewSource
from forum.threads.models import Post, PostState, Topic, TopicRead
from moderation.models import AuditEntry
from tests.factories import make_moderator, make_topic, make_user, sign_in, space

WARNING = "Moving this topic changes who can read it"


@pytest.fixture
def moderator(app):
    user = make_moderator(display_name="Sam")
    browser = app.test_client()
    sign_in(browser, user)
    return user, browser


@pytest.fixture
def member(app):
    user = make_user(display_name="Tom")
    browser = app.test_client()
    sign_in(browser, user)
    return user, browser


def text(response) -> str:
    return response.get_data(as_text=True)


def posts_of(topic: Topic) -> list[tuple[int, str]]:
    """(number, body) of every post in the topic, by number, as stored now."""
    db.session.expire_all()
    return [
        (p.number, p.body_source)
        for p in db.session.scalars(
            select(Post).where(Post.topic_id == topic.id).order_by(Post.number)
        )
    ]


def audit_rows(action: str) -> list[AuditEntry]:
    return list(db.session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def add_post(topic: Topic, author, body: str, *, minutes: int = 0, **values) -> Post:
    """A post at the end of the topic, written `minutes` after now."""
    topic.post_count += 1
    post = Post(
        topic=topic,
        author=author,
        number=topic.post_count,
        body_source=body,
        body_html=f"<p>{body}</p>",
        created_at=utcnow() + timedelta(minutes=minutes),
        **values,
    )
    db.session.add(post)
    db.session.flush()
    return post


# Move


def test_a_move_to_another_audience_shows_the_warning_and_moves_only_once_confirmed(moderator):
    mod, browser = moderator
    topic = make_topic(make_user(), "welcome", title="Supervision that helps")
    target = space("good-practice")
    asked = browser.post(
        f"/moderation/topics/{topic.id}/move",
        data={"space": target.id, "reason": "Belongs with practice"},
    )
    assert asked.status_code == 200
    assert f"{WARNING}: All members can read this → Practitioners and allies can read this" in text(
        asked
    )
    assert "I understand who will be able to read it" in text(asked)
    db.session.refresh(topic)
    assert topic.space.slug == "welcome"
    assert audit_rows("topic.move") == []

    moved = browser.post(
        f"/moderation/topics/{topic.id}/move",
        data={
            "space": target.id,
            "reason": "Belongs with practice",
            "confirm": "y",
            "warned_for": str(target.id),
        },
    )
    assert moved.status_code == 302
    assert moved.headers["Location"].endswith(f"/t/{topic.id}")
    db.session.refresh(topic)
    assert topic.space.slug == "good-practice"
    [row] = audit_rows("topic.move")
    assert (row.actor_id, row.target_type, row.target_id) == (mod.id, "topic", topic.id)
    assert row.reason == "Belongs with practice"
    assert "Topic moved to Good practice." in text(browser.get(f"/t/{topic.id}"))


def test_a_tick_given_before_the_warning_was_shown_does_not_move_the_topic(moderator):
    _, browser = moderator
    topic = make_topic(make_user(), "welcome")
    response = browser.post(
        f"/moderation/topics/{topic.id}/move",
        data={"space": space("case-discussion").id, "reason": "Case", "confirm": "y"},
    )
    assert WARNING in text(response)
    db.session.refresh(topic)
    assert topic.space.slug == "welcome"


def test_unticking_after_the_warning_is_a_clear_error(moderator):
    _, browser = moderator
    topic = make_topic(make_user(), "welcome")
    target = space("good-practice")
    response = browser.post(
        f"/moderation/topics/{topic.id}/move",
        data={"space": target.id, "reason": "Practice", "warned_for": str(target.id)},
    )
    assert response.status_code == 422
    assert "Tick “I understand who will be able to read it”" in text(response)
    assert "Practice</textarea>" in text(response)


def test_a_move_between_spaces_with_the_same_audience_needs_no_confirmation(moderator):
    _, browser = moderator
    topic = make_topic(make_user(), "welcome")
    response = browser.post(
        f"/moderation/topics/{topic.id}/move",
        data={"space": space("off-topic").id, "reason": "Off topic"},
    )
    assert response.status_code == 302
    db.session.refresh(topic)
    assert topic.space.slug == "off-topic"


def test_a_move_needs_a_reason(moderator):
    _, browser = moderator
    topic = make_topic(make_user(), "welcome")
    response = browser.post(
        f"/moderation/topics/{topic.id}/move",
        data={"space": space("off-topic").id, "reason": "  "},
    )
    assert response.status_code == 422
    assert "Give a reason" in text(response)
    db.session.refresh(topic)
    assert topic.space.slug == "welcome"


def test_moving_into_a_strict_space_holds_the_posts_the_guard_objects_to(moderator):
    _, browser = moderator
    author = make_user(display_name="Priya")
    topic = make_topic(author, "good-practice", title="Reviews that work")
    clean = add_post(topic, author, "We agreed a plan together.", minutes=1)
    dated = add_post(topic, author, "The plan was reviewed on 3 March.", minutes=2)
    target = space("case-discussion")
    response = browser.post(
        f"/moderation/topics/{topic.id}/move",
        data={"space": target.id, "reason": "A case", "confirm": "y", "warned_for": target.id},
        follow_redirects=True,
    )
    assert "1 post is held for review" in text(response)
    db.session.expire_all()
    assert dated.state is PostState.held
    assert clean.state is PostState.published
    [item] = db.session.scalars(select(ReviewItem).where(ReviewItem.post_id == dated.id))
    assert item.source is ReviewSource.moved
    assert "date" in item.kinds
    assert db.session.scalar(
        select(Notification).where(
            Notification.user_id == author.id, Notification.kind == "post_held"
        )
    )


def test_anonymous_posts_stay_anonymous_in_a_space_without_anonymous_posting(moderator):
    _, browser = moderator
    leaver = make_user(display_name="Jordan Example", member_type=MemberType.care_leaver)
    topic = make_topic(make_user(), "care-leavers-lounge")
    add_post(topic, leaver, "Speaking for myself here.", minutes=1, is_anonymous=True)
    target = space("welcome")
    browser.post(
        f"/moderation/topics/{topic.id}/move",
        data={"space": target.id, "reason": "For all", "confirm": "y", "warned_for": target.id},
    )
    page = text(browser.get(f"/t/{topic.id}"))
    assert "Anonymous member" in page
    assert "Jordan Example" not in page


# Merge


def test_merging_appends_the_posts_in_written_order_and_the_old_link_leads_there(moderator, member):
    mod, browser = moderator
    _, reader = member
    author = make_user()
    target = make_topic(author, "welcome", title="Supervision", replies=1)
    source = make_topic(author, "welcome", title="Supervision again")
    first = db.session.scalar(select(Post).where(Post.topic_id == source.id))
    first.created_at = utcnow() + timedelta(minutes=5)
    add_post(source, author, "Written last.", minutes=9)
    add_post(source, author, "Written second.", minutes=6)
    db.session.flush()

    response = browser.post(
        f"/moderation/topics/{source.id}/merge",
        data={"target": f"https://forum.example/t/{target.id}?page=2#p1", "reason": "Duplicate"},
    )
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/t/{target.id}")
    assert [n for n, _ in posts_of(target)] == [1, 2, 3, 4, 5]
    assert [body for _, body in posts_of(target)][2:] == [
        first.body_source,
        "Written second.",
        "Written last.",
    ]
    db.session.refresh(target)
    db.session.refresh(source)
    assert target.post_count == 5
    assert target.last_post_at >= utcnow() + timedelta(minutes=8)
    assert source.merged_into_id == target.id
    assert source.deleted_at is not None
    [row] = audit_rows("topic.merge")
    assert (row.actor_id, row.target_id, row.reason) == (mod.id, source.id, "Duplicate")

    for client in (reader, browser):
        old = client.get(f"/t/{source.id}")
        assert old.status_code == 302
        assert old.headers["Location"].endswith(f"/t/{target.id}")
    assert "Written last." in text(reader.get(f"/t/{target.id}"))


def test_merging_takes_a_plain_topic_number_or_a_short_link(moderator):
    _, browser = moderator
    author = make_user()
    target = make_topic(author, "welcome")
    one, two = make_topic(author, "welcome"), make_topic(author, "welcome")
    for source, reference in ((one, str(target.id)), (two, f"/t/{target.id}")):
        response = browser.post(
            f"/moderation/topics/{source.id}/merge", data={"target": reference, "reason": "Dup"}
        )
        assert response.status_code == 302, reference
    assert [n for n, _ in posts_of(target)] == [1, 2, 3]


def test_merged_topic_link_still_answers_404_to_who_could_not_read_it(moderator, app):
    _, browser = moderator
    author = make_user()
    target = make_topic(author, "case-discussion")
    source = make_topic(author, "case-discussion")
    browser.post(
        f"/moderation/topics/{source.id}/merge", data={"target": target.id, "reason": "Dup"}
    )
    outsider = app.test_client()
    sign_in(outsider, make_user(member_type=MemberType.care_leaver))
    assert outsider.get(f"/t/{source.id}").status_code == 404


@pytest.mark.parametrize(
    ("reference", "message"),
    [
        ("self", "A topic cannot be merged into itself."),
        ("999999999", "There is no topic with that number."),
        ("not a topic", "Give the topic&#39;s number or its link"),
        ("merged", "That topic is deleted or merged into another"),
    ],
)
def test_merging_refuses_with_a_clear_message(moderator, reference, message):
    _, browser = moderator
    author = make_user()
    source = make_topic(author, "welcome", replies=1)
    gone = make_topic(author, "welcome")
    gone.merged_into_id = source.id
    gone.deleted_at = utcnow()
    db.session.flush()
    typed = {"self": str(source.id), "merged": f"/t/{gone.id}"}.get(reference, reference)
    response = browser.post(
        f"/moderation/topics/{source.id}/merge", data={"target": typed, "reason": "Dup"}
    )
    assert response.status_code == 422
    assert message in text(response)
    assert f'value="{typed}"' in text(response)
    assert [n for n, _ in posts_of(source)] == [1, 2]
    assert audit_rows("topic.merge") == []


def test_a_hidden_topic_cannot_be_merged_where_members_would_read_it(moderator):
    _, browser = moderator
    author = make_user()
    target = make_topic(author, "welcome")
    source = make_topic(author, "welcome", hidden_at=utcnow())
    response = browser.post(
        f"/moderation/topics/{source.id}/merge", data={"target": target.id, "reason": "Dup"}
    )
    assert response.status_code == 422
    assert "held for review or hidden" in text(response)
    assert len(posts_of(target)) == 1


def test_merging_into_a_topic_with_another_audience_is_warned_first(moderator):
    _, browser = moderator
    author = make_user()
    source = make_topic(author, "welcome")
    target = make_topic(author, "case-discussion")
    data = {"target": f"/t/{target.id}", "reason": "Dup"}
    asked = browser.post(f"/moderation/topics/{source.id}/merge", data=data)
    assert f"{WARNING}: All members can read this → Practitioners only can read this" in text(asked)
    assert posts_of(source)
    done = browser.post(
        f"/moderation/topics/{source.id}/merge",
        data={**data, "confirm": "y", "warned_for": str(target.id)},
    )
    assert done.status_code == 302
    assert posts_of(source) == []
    assert len(posts_of(target)) == 2


# Split


def test_splitting_moves_the_chosen_replies_to_a_new_topic_numbered_from_one(moderator, member):
    mod, browser = moderator
    reader_user, reader = member
    author, replier = make_user(), make_user(display_name="Asha")
    topic = make_topic(author, "welcome", title="Supervision", replies=4)
    posts = db.session.scalars(
        select(Post).where(Post.topic_id == topic.id).order_by(Post.number)
    ).all()
    posts[1].author = replier
    db.session.add(TopicRead(user_id=reader_user.id, topic_id=topic.id, last_read_number=5))
    db.session.flush()
    bodies = [p.body_source for p in posts]

    response = browser.post(
        f"/moderation/topics/{topic.id}/split",
        data={
            "posts": [posts[1].id, posts[3].id],
            "title": "Supervision for students",
            "reason": "A question of its own",
        },
    )
    assert response.status_code == 302
    new = db.session.scalar(select(Topic).where(Topic.title == "Supervision for students"))
    assert new is not None
    assert response.headers["Location"].endswith(f"/t/{new.id}")
    assert posts_of(new) == [(1, bodies[1]), (2, bodies[3])]
    assert posts_of(topic) == [(1, bodies[0]), (2, bodies[2]), (3, bodies[4])]
    db.session.refresh(topic)
    db.session.refresh(new)
    assert (topic.post_count, new.post_count) == (3, 2)
    assert new.author_id == replier.id
    assert new.space_id == topic.space_id
    [row] = audit_rows("topic.split")
    assert (row.actor_id, row.target_id, row.reason) == (mod.id, topic.id, "A question of its own")
    read = db.session.get(TopicRead, (reader_user.id, topic.id))
    assert read.last_read_number == 3  # still read to the end: nothing looks new
    page = text(reader.get(f"/t/{new.id}"))
    assert "Supervision for students" in page
    assert bodies[3] in page


def test_a_split_keeps_the_first_reply_anonymous(moderator):
    _, browser = moderator
    leaver = make_user(display_name="Jordan Example", member_type=MemberType.care_leaver)
    topic = make_topic(make_user(), "care-leavers-lounge")
    reply = add_post(topic, leaver, "Speaking for myself.", minutes=1, is_anonymous=True)
    browser.post(
        f"/moderation/topics/{topic.id}/split",
        data={"posts": [reply.id], "title": "Speaking up", "reason": "Own topic"},
    )
    new = db.session.scalar(select(Topic).where(Topic.title == "Speaking up"))
    assert new.is_anonymous
    page = text(browser.get("/s/care-leavers-lounge"))
    assert "Jordan Example" not in page
    assert "Anonymous member" in page


@pytest.mark.parametrize("choice", ["none", "opening", "elsewhere"])
def test_a_split_refuses_anything_but_replies_of_this_topic(moderator, choice):
    _, browser = moderator
    topic = make_topic(make_user(), "welcome", replies=2)
    other = make_topic(make_user(), "welcome", replies=1)
    ids = {
        "none": [],
        "opening": [db.session.scalar(select(Post.id).where(Post.topic_id == topic.id))],
        "elsewhere": [
            db.session.scalar(select(Post.id).where(Post.topic_id == other.id, Post.number == 2))
        ],
    }[choice]
    response = browser.post(
        f"/moderation/topics/{topic.id}/split",
        data={"posts": ids, "title": "A new topic", "reason": "Split"},
    )
    assert response.status_code == 422
    assert "Choose" in text(response)
    assert 'value="A new topic"' in text(response)
    assert [n for n, _ in posts_of(topic)] == [1, 2, 3]


def test_the_split_page_lists_the_replies_with_checkboxes(moderator):
    _, browser = moderator
    topic = make_topic(make_user(), "welcome", replies=2)
    page = text(browser.get(f"/moderation/topics/{topic.id}/split"))
    assert page.count('type="checkbox" name="posts"') == 2
    assert "New topic title" in page


# Who sees the tools


TOOLS = [
    ("get", "move"),
    ("post", "move"),
    ("get", "merge"),
    ("post", "merge"),
    ("get", "split"),
    ("post", "split"),
]


@pytest.mark.parametrize(("method", "tool"), TOOLS)
def test_a_member_gets_404_from_every_topic_tool(member, method, tool):
    user, browser = member
    topic = make_topic(user, "welcome", replies=1)
    response = getattr(browser, method)(
        f"/moderation/topics/{topic.id}/{tool}",
        data={"space": space("off-topic").id, "target": "1", "title": "Abc", "reason": "x"},
    )
    assert response.status_code == 404
    db.session.refresh(topic)
    assert topic.space.slug == "welcome"


@pytest.mark.parametrize("tool", ["move", "merge", "split"])
def test_a_moderator_opens_every_topic_tool_from_the_topic_page(moderator, tool):
    _, browser = moderator
    topic = make_topic(make_user(), "welcome", replies=1)
    page = text(browser.get(f"/t/{topic.id}"))
    assert f'href="/moderation/topics/{topic.id}/{tool}"' in page
    assert browser.get(f"/moderation/topics/{topic.id}/{tool}").status_code == 200


def test_members_see_no_topic_tools(member):
    user, browser = member
    topic = make_topic(user, "welcome")
    page = text(browser.get(f"/t/{topic.id}"))
    assert "/moderation/topics/" not in page
