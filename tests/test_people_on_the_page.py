"""Avatars and role lines beside authors: for members the reader may find, never for anonymous posts."""

from __future__ import annotations

import re

from sqlalchemy import select

from forum.accounts.models import MemberType
from forum.extensions import db
from forum.people.models import WhoCanFind
from forum.threads.models import Post
from tests.factories import make_topic, make_user, sign_in
from tests.messages.helpers import connect, start

PHOTO = "0123456789abcdef0123456789abcdef.png"


def text(response) -> str:
    assert response.status_code == 200
    return response.get_data(as_text=True)


def post_head(page: str, post: Post) -> str:
    """The header of one post card: avatar, name, role line and time."""
    found = re.search(rf'<article[^>]*id="p{post.id}".*?</header>', page, re.S)
    assert found, f"post {post.id} is not on the page"
    return found.group(0)


def opening_post(topic) -> Post:
    found = db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.number == 1))
    assert found is not None
    return found


def test_a_post_shows_the_authors_initials_and_role_line_beside_their_name(client):
    author = make_user(display_name="Priya Shah")
    author.profile.role_line = "Children's social worker"
    topic = make_topic(author, "good-practice")
    sign_in(client, make_user())

    head = post_head(text(client.get(f"/t/{topic.id}")), opening_post(topic))

    assert '<span class="avatar initials small" aria-hidden="true">PS</span>' in head
    described = re.search(r'<a href="/members/\d+" aria-describedby="([^"]+)">Priya Shah</a>', head)
    assert described, head
    assert f'id="{described.group(1)}">Children&#39;s social worker</span>' in head


def test_a_photo_is_drawn_decoratively_for_a_member_the_reader_may_find(client):
    author = make_user(display_name="Priya Shah")
    author.profile.avatar_name = PHOTO
    topic = make_topic(author, "good-practice")
    sign_in(client, make_user())

    head = post_head(text(client.get(f"/t/{topic.id}")), opening_post(topic))

    assert f'src="/members/{author.id}/avatar?v=01234567" alt=""' in head
    assert "initials" not in head


def test_a_member_the_reader_may_not_find_gets_initials_and_no_role_line(client):
    """Their photo and profile would answer 404: the card offers neither."""
    author = make_user(display_name="Sam Lee", member_type=MemberType.care_leaver)
    author.profile.avatar_name = PHOTO
    author.profile.role_line = "Studying part time"
    assert author.profile.who_can_find is WhoCanFind.nobody
    topic = make_topic(author, "welcome")
    sign_in(client, make_user())

    head = post_head(text(client.get(f"/t/{topic.id}")), opening_post(topic))

    assert '<span class="avatar initials small" aria-hidden="true">SL</span>' in head
    assert "/avatar" not in head
    assert "Studying part time" not in head
    assert "/members/" not in head


def test_a_care_leavers_member_type_is_not_shown_beside_their_post(client):
    author = make_user(display_name="Sam Lee", member_type=MemberType.care_leaver)
    author.profile.who_can_find = WhoCanFind.all_members
    author.profile.role_line = "Peer mentor"
    topic = make_topic(author, "welcome")
    sign_in(client, make_user())

    head = post_head(text(client.get(f"/t/{topic.id}")), opening_post(topic))

    assert "Peer mentor" in head
    assert "Care leaver" not in head


def test_anonymous_posts_show_the_same_neutral_mark_whoever_wrote_them(client):
    first = make_user(display_name="Quentin Sparrowhawk")
    second = make_user(display_name="Zara Abbott")
    for author in (first, second):
        author.profile.avatar_name = PHOTO
        author.profile.role_line = "Team manager"
    one = make_topic(first, "case-discussion", is_anonymous=True)
    other = make_topic(second, "case-discussion", is_anonymous=True)
    for topic in (one, other):
        opening_post(topic).is_anonymous = True
    db.session.flush()
    sign_in(client, make_user())

    heads = []
    for topic in (one, other):
        post = opening_post(topic)
        head = post_head(text(client.get(f"/t/{topic.id}")), post)
        assert "Anonymous member" in head
        for leak in ("QS", "ZA", "Sparrowhawk", "Abbott", "/avatar", "Team manager", "/members/"):
            assert leak not in head
        heads.append(re.sub(r"\b\d{4}-\d\d-\d\dT[\d:+]+|p\d+|post_id=\d+|/p/\d+", "", head))
    assert heads[0] == heads[1]
    assert '<span class="avatar anonymous small" aria-hidden="true"></span>' in heads[0]


def test_a_conversation_shows_each_writers_avatar(app, client):
    alex = make_user(display_name="Alex Moreno")
    bea = make_user(display_name="Bea Okafor")
    connect(alex, bea)
    sign_in(client, alex)
    sent = start(client, bea.id, "Hello, shall we compare notes on the new framework?")
    assert sent.status_code == 302
    reader = app.test_client()
    sign_in(reader, bea)

    page = text(reader.get(sent.headers["Location"]))

    assert '<span class="avatar initials small" aria-hidden="true">AM</span>' in page


def test_connections_show_an_avatar_beside_each_name(client):
    alex = make_user(display_name="Alex Moreno")
    bea = make_user(display_name="Bea Okafor")
    connect(alex, bea)
    sign_in(client, alex)

    page = text(client.get("/connections"))

    assert '<span class="avatar initials small" aria-hidden="true">BO</span>' in page
