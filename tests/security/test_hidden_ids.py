"""Someone else's things answer exactly like things that never were, and forms take only their fields.

An outsider guessing the id of a conversation, a message, a check-in, a to-do,
a drop-in, a draft or a post's revisions gets the same 404 page, byte for
byte, as for an id nobody has. A field that is not on a form (role, status,
author, member type, space) changes nothing when it is posted anyway.
"""

from __future__ import annotations

import re

import pytest
from flask import Flask
from sqlalchemy import select

from forum.accounts.models import AccountStatus, MemberType, Role, User
from forum.extensions import db
from forum.threads.models import Post, Topic
from tests.security.role_world import World, build, rolled_back

MISSING = 999_999_999


@pytest.fixture
def world(app: Flask) -> World:
    return build(app)


def page_of(response) -> str:
    """The page without its CSRF token, and without the address the visitor typed.

    The address comes back in "next=" links (the language switcher): it is what
    the visitor sent, not something the site knows.
    """
    page = re.sub(r'name="csrf_token" value="[^"]*"', "", response.get_data(as_text=True))
    return re.sub(r"next=[^\"&]*", "next=", page)


def as_role(app: Flask, world: World, role: str):
    client = app.test_client()
    cookie = world.cookies[role]
    assert cookie is not None
    client.set_cookie("session", cookie)
    return client


CASES = [
    # (endpoint whose item the ally may not see, method, path template)
    ("messages", "GET", "/messages/{messages}"),
    ("messages", "POST", "/messages/{messages}"),
    ("reports.report_message", "GET", "/report/message/{reports.report_message}"),
    ("checkins", "GET", "/checkins/{checkins}"),
    ("checkins", "POST", "/checkins/{checkins}/drop-in"),
    ("checkins.todo", "GET", "/checkins/todos/{checkins.todo}"),
    ("checkins.todo", "POST", "/checkins/todos/{checkins.todo}/done"),
    ("reports.report_drop_in", "GET", "/report/checkin/drop-in/{reports.report_drop_in}"),
    ("reports.report_comment", "GET", "/report/checkin/comment/{reports.report_comment}"),
    ("connections", "POST", "/connections/{connections}/accept"),
]


@pytest.mark.parametrize(("key", "method", "template"), CASES, ids=[c[2] for c in CASES])
def test_another_members_private_item_looks_exactly_like_a_missing_one(
    app, world, key, method, template
):
    real = world.by_endpoint[key]["item_id"]
    field = "{" + key + "}"
    client = as_role(app, world, "ally")
    with rolled_back():
        seen = client.open(template.replace(field, str(real)), method=method)
    with rolled_back():
        absent = client.open(template.replace(field, str(MISSING)), method=method)
    assert seen.status_code == absent.status_code == 404
    assert page_of(seen) == page_of(absent)


def test_another_members_draft_cannot_be_discarded_or_told_apart(app, world):
    client = as_role(app, world, "care_leaver")  # the draft is the practitioner's
    place = world.values["place"]
    with rolled_back():
        seen = client.post(f"/drafts/{place}/discard")
    with rolled_back():
        absent = client.post(f"/drafts/reply:{MISSING}/discard")
    assert seen.status_code == absent.status_code == 404
    assert page_of(seen) == page_of(absent)


def test_revisions_are_a_moderators_page_and_look_missing_to_members(app, world):
    client = as_role(app, world, "practitioner")  # even the author's own post
    post_id = world.values["post_id"]
    with rolled_back():
        seen = client.get(f"/p/{post_id}/revisions")
    with rolled_back():
        absent = client.get(f"/p/{MISSING}/revisions")
    assert seen.status_code == absent.status_code == 404
    assert page_of(seen) == page_of(absent)


def test_fields_not_on_the_profile_form_are_ignored(app, world):
    client = as_role(app, world, "care_leaver")
    with rolled_back():
        response = client.post(
            "/settings/profile",
            data={
                "display_name": "Sky",
                "role": "admin",
                "status": "active",
                "member_type": "practitioner",
                "is_moderator": "y",
                "id": "1",
                "save": "Save profile",
            },
        )
        assert response.status_code in {200, 302, 422}
        leaver = db.session.get(User, world.by_endpoint["checkins.start"]["user_id"])
        assert leaver is not None
        assert leaver.display_name == "Sky"  # the form's own field did save
        assert leaver.role == Role.member
        assert leaver.member_type == MemberType.care_leaver
        assert leaver.status == AccountStatus.active


def test_fields_not_on_the_topic_form_are_ignored(app, world):
    client = as_role(app, world, "ally")
    practitioner_id = world.values["user_id"]
    with rolled_back():
        response = client.post(
            "/s/welcome/new",
            data={
                "title": "Where the post lands",
                "body": "An ordinary message.",
                "author_id": str(practitioner_id),
                "space_id": "1",
                "slug": "moderators",
                "state": "published",
                "is_pinned": "y",
                "submit": "Post topic",
            },
        )
        assert response.status_code == 302
        topic = db.session.scalar(select(Topic).where(Topic.title == "Where the post lands"))
        assert topic is not None
        assert topic.space.slug == "welcome"
        assert topic.author_id != practitioner_id
        assert not topic.is_pinned
        post = db.session.scalar(select(Post).where(Post.topic_id == topic.id))
        assert post is not None
        assert post.author_id == topic.author_id
