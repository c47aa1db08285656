"""The new-member period: a member's first posts wait for a moderator, and they post less often."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from forum.extensions import db, utcnow
from forum.review.models import ReviewItem, ReviewSource, ReviewState
from forum.settings.models import SiteSetting
from forum.threads.models import Post, PostState, Topic
from tests.factories import make_admin, make_moderator, make_topic, make_user, sign_in


def text(response) -> str:
    return response.get_data(as_text=True)


def new_member_period(held: int = 3, per_hour: int = 20, per_day: int = 50) -> None:
    """Store the settings as an admin would on the settings page."""
    for key, value in {
        "new_member_held_posts": held,
        "new_member_posts_per_hour": per_hour,
        "new_member_posts_per_day": per_day,
    }.items():
        db.session.merge(SiteSetting(key=key, value=value))
    db.session.flush()


@pytest.fixture
def newcomer(client):
    user = make_user(display_name="Alex B.")
    sign_in(client, user)
    return user


@pytest.fixture
def moderator_client(app):
    client = app.test_client()
    sign_in(client, make_moderator(display_name="Sam"))
    return client


def post_topic(client, title: str, body: str = "What helps a young person settle in?"):
    return client.post("/s/welcome/new", data={"title": title, "body": body})


def latest_post(author) -> Post:
    post = db.session.scalar(
        select(Post).where(Post.author_id == author.id).order_by(Post.id.desc())
    )
    assert post is not None
    return post


def mark(topic: Topic, **values) -> None:
    """Change every post of a factory-made topic (held, deleted, written earlier)."""
    for post in db.session.scalars(select(Post).where(Post.topic_id == topic.id)):
        for name, value in values.items():
            setattr(post, name, value)
    db.session.flush()


def open_items() -> list[ReviewItem]:
    return list(db.session.scalars(select(ReviewItem).where(ReviewItem.state == ReviewState.open)))


def test_a_new_members_first_posts_are_held_until_enough_are_published(
    client, newcomer, moderator_client
):
    new_member_period(held=2)
    topic = make_topic(make_user())

    first = post_topic(client, "Settling in after a move")
    assert first.status_code == 302
    assert "Held for review" in text(client.get(first.headers["Location"]))
    assert latest_post(newcomer).state is PostState.held
    (item,) = open_items()
    assert item.source is ReviewSource.new_member
    assert item.findings == []
    moderator_client.post(f"/moderation/review/{item.id}", data={"publish": "Publish"})

    client.post(f"/t/{topic.id}/reply", data={"body": "Thank you, that helps."})
    assert latest_post(newcomer).state is PostState.held
    (item,) = open_items()
    moderator_client.post(f"/moderation/review/{item.id}", data={"publish": "Publish"})

    # Two published posts: the period is over, and the third goes straight out.
    client.post(f"/t/{topic.id}/reply", data={"body": "One more thought."})
    assert latest_post(newcomer).state is PostState.published
    assert open_items() == []


def test_the_review_queue_says_it_is_a_new_members_post(client, newcomer, moderator_client):
    new_member_period()
    post_topic(client, "Hello from a new member", "Glad to be here.")
    queue = text(moderator_client.get("/moderation/review"))
    assert "A new member&#39;s post" in queue or "A new member's post" in queue
    assert "Hello from a new member" in queue
    assert "Glad to be here." in queue


def test_deleted_or_held_posts_do_not_end_the_period(client, newcomer):
    new_member_period(held=2)
    deleted, held = make_topic(newcomer), make_topic(newcomer, state=PostState.held)
    mark(deleted, deleted_at=utcnow())
    mark(held, state=PostState.held)
    post_topic(client, "Still new here")
    assert latest_post(newcomer).state is PostState.held


def test_a_member_with_enough_published_posts_is_not_new(client, newcomer):
    new_member_period(held=3)
    make_topic(newcomer, replies=2)  # three published posts
    post_topic(client, "An established member asks")
    assert latest_post(newcomer).state is PostState.published


@pytest.mark.parametrize("make", [make_moderator, make_admin])
def test_moderators_and_admins_have_no_new_member_period(app, make):
    new_member_period(held=3, per_hour=1)
    client = app.test_client()
    user = make()
    sign_in(client, user)
    post_topic(client, "A note from the moderators")
    post_topic(client, "And another one")
    posts = list(db.session.scalars(select(Post).where(Post.author_id == user.id)))
    assert [p.state for p in posts] == [PostState.published, PostState.published]


def test_a_new_member_can_post_only_so_often_in_an_hour(client, newcomer):
    new_member_period(held=5, per_hour=3)
    topic = make_topic(make_user())
    for n in range(3):
        response = client.post(f"/t/{topic.id}/reply", data={"body": f"Reply number {n}."})
        assert response.status_code == 302
    refused = client.post(f"/t/{topic.id}/reply", data={"body": "A fourth, typed with care."})
    assert refused.status_code == 422
    page = text(refused)
    assert "New members can post 3 times an hour; try again in a little while." in page
    assert "A fourth, typed with care." in page
    assert (
        db.session.scalar(
            select(func.count()).select_from(Post).where(Post.author_id == newcomer.id)
        )
        == 3
    )


def test_posts_more_than_an_hour_old_do_not_count_against_the_hourly_limit(client, newcomer):
    new_member_period(held=5, per_hour=1)
    old = make_topic(newcomer, state=PostState.held)
    mark(old, state=PostState.held, created_at=utcnow() - timedelta(hours=2))
    assert post_topic(client, "An hour later").status_code == 302


def test_a_new_member_can_post_only_so_often_in_a_day(client, newcomer):
    new_member_period(held=5, per_hour=3, per_day=4)
    for hours_ago in (2, 3, 4, 5):
        topic = make_topic(newcomer, state=PostState.held)
        mark(topic, state=PostState.held, created_at=utcnow() - timedelta(hours=hours_ago))
    refused = post_topic(client, "Fifth post today", "Typed and kept.")
    assert refused.status_code == 422
    page = text(refused)
    assert "New members can post 4 times a day" in page
    assert "Typed and kept." in page
    assert (
        db.session.scalar(
            select(func.count()).select_from(Topic).where(Topic.title == "Fifth post today")
        )
        == 0
    )


def test_with_the_period_turned_off_a_new_member_posts_straight_away(client, newcomer):
    new_member_period(held=0, per_hour=1)
    post_topic(client, "First post")
    post_topic(client, "Second post")
    posts = list(db.session.scalars(select(Post).where(Post.author_id == newcomer.id)))
    assert [p.state for p in posts] == [PostState.published, PostState.published]


def test_an_edit_by_a_new_member_is_not_held_for_being_new(client, newcomer):
    new_member_period(held=3)
    topic = make_topic(newcomer)  # one published post, so still new
    post = latest_post(newcomer)
    response = client.post(
        f"/p/{post.id}/edit", data={"body": "Clearer now.", "title": topic.title}
    )
    assert response.status_code == 302
    db.session.refresh(post)
    assert post.state is PostState.published
    assert post.body_source == "Clearer now."
