"""Bookmarks: the button on each post, and a "Bookmarks" page of what the member may still read."""

from __future__ import annotations

import json
import re
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from forum.bookmarks.models import Bookmark
from forum.extensions import db, utcnow
from forum.privacy.erasure import erase_member
from forum.privacy.export import collect
from forum.threads.models import Post, PostState
from tests.factories import make_topic, make_user, sign_in, space


def page(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.get_data(as_text=True)


def first_post(topic) -> Post:
    return db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.number == 1))


def listed(client, url: str = "/bookmarks") -> list[str]:
    """The topic titles on a page of bookmarks, in order."""
    return re.findall(
        r'<h2 class="topic-title">\s*<a href="/p/\d+">([^<]+)</a>', page(client.get(url))
    )


@pytest.fixture
def member(client):
    user = make_user(display_name="Priya")
    sign_in(client, user)
    return user


def bookmark(post: Post, member, at=None) -> None:
    db.session.add(Bookmark(user_id=member.id, post_id=post.id, created_at=at or utcnow()))
    db.session.flush()


def test_a_member_bookmarks_a_post_and_finds_it_on_the_bookmarks_page(client, member):
    topic = make_topic(make_user(), title="Life story work", replies=1)
    post = first_post(topic)
    html = page(client.get(f"/t/{topic.id}"))
    assert '<a href="/bookmarks">Bookmarks</a>' in html
    assert ">Bookmark</button>" in html

    response = client.post(f"/p/{post.id}/bookmark?next=/t/{topic.id}%23p{post.id}")
    assert response.headers["Location"].endswith(f"/t/{topic.id}#p{post.id}")
    article = page(client.get(f"/t/{topic.id}")).split(f'id="p{post.id}"')[1].split("</article>")[0]
    assert ">Remove bookmark</button>" in article

    bookmarks = page(client.get("/bookmarks"))
    assert "<h1>Bookmarks</h1>" in bookmarks
    assert f'<a href="/p/{post.id}">Life story work</a>' in bookmarks
    assert "Post 1 of topic" in bookmarks

    client.post(f"/p/{post.id}/bookmark/remove?next=/bookmarks")
    assert "Nothing bookmarked yet." in page(client.get("/bookmarks"))


def test_bookmarking_twice_keeps_one_bookmark(client, member):
    post = first_post(make_topic(make_user()))
    client.post(f"/p/{post.id}/bookmark")
    client.post(f"/p/{post.id}/bookmark")
    assert db.session.scalar(select(func.count()).select_from(Bookmark)) == 1


def test_a_post_the_member_may_not_see_cannot_be_bookmarked(client, member):
    from forum.accounts.models import MemberType

    hidden = first_post(
        make_topic(make_user(member_type=MemberType.care_leaver), "care-leavers-lounge")
    )
    assert client.post(f"/p/{hidden.id}/bookmark").status_code == 404
    assert db.session.scalar(select(func.count()).select_from(Bookmark)) == 0


def test_posts_hidden_deleted_held_or_moved_away_drop_off_the_page(client, member):
    author = make_user()
    titles = ["Hidden later", "Deleted later", "Held later", "Moved away", "Still readable"]
    posts = {t: first_post(make_topic(author, title=t)) for t in titles}
    for n, post in enumerate(posts.values()):
        bookmark(post, member, utcnow() - timedelta(minutes=10 - n))
    assert listed(client) == list(reversed(titles))

    posts["Hidden later"].hidden_at = utcnow()
    posts["Deleted later"].deleted_at = utcnow()
    posts["Held later"].state = PostState.held
    posts["Moved away"].topic.space = space("care-leavers-lounge")
    db.session.flush()
    assert listed(client) == ["Still readable"]


def test_newest_first_in_pages_of_twenty(client, member):
    author = make_user()
    now = utcnow()
    for n in range(45):
        bookmark(
            first_post(make_topic(author, title=f"Topic number {n:02d}")),
            member,
            now - timedelta(minutes=n),
        )
    seen: list[str] = []
    url = "/bookmarks"
    while True:
        html = page(client.get(url))
        seen += listed(client, url)
        older = re.search(r'href="([^"]+)" rel="next">Older bookmarks', html)
        if older is None:
            break
        url = older.group(1).replace("&amp;", "&")
    assert seen == [f"Topic number {n:02d}" for n in range(45)]


def test_the_bookmarks_page_costs_the_same_with_3_or_60_bookmarks(app, client, member, queries):
    author = make_user()

    def add(how_many: int) -> None:
        for _ in range(how_many):
            bookmark(first_post(make_topic(author, replies=1)), member)

    def count() -> int:
        db.session.commit()
        with app.app_context(), queries() as counter:
            assert client.get("/bookmarks").status_code == 200
        return counter.count

    add(3)
    few = count()
    add(57)
    assert count() == few
    assert few <= 8


def test_the_topic_page_costs_the_same_with_a_summary_helpful_replies_and_bookmarks(
    app, client, member, queries
):
    """Summary, helpful replies and bookmarks are one query each, however many there are."""
    author = make_user()
    plain = make_topic(author, replies=3)
    rich = make_topic(author, replies=30)
    summary = Post(
        topic=rich, author=author, number=0, body_source="Agreed.", body_html="<p>Agreed.</p>"
    )
    db.session.add(summary)
    for post in db.session.scalars(select(Post).where(Post.topic_id == rich.id, Post.number > 1)):
        post.helpful_at = utcnow()
        bookmark(post, member)
    db.session.commit()
    client.get(f"/t/{plain.id}")
    client.get(f"/t/{rich.id}")

    def count(topic_id: int) -> int:
        with app.app_context(), queries() as counter:
            html = page(client.get(f"/t/{topic_id}"))
        return counter.count, html

    few, _ = count(plain.id)
    many, html = count(rich.id)
    assert "Helpful replies" in html
    assert "Remove bookmark" in html
    assert "Agreed." in html
    assert few == many


def test_bookmarks_are_in_the_export_and_gone_on_erasure(client, member):
    post = first_post(make_topic(make_user(), title="Life story work"))
    bookmark(post, member)
    gone = first_post(make_topic(make_user(), title="Hidden by a moderator since"))
    bookmark(gone, member)
    gone.hidden_at = utcnow()
    db.session.flush()
    (part,) = [p for p in collect(member) if p.name == "bookmarks"]
    rows = json.loads(json.dumps(part.data, default=str))
    assert [r["topic"] for r in rows] == ["Life story work"]
    assert rows[0]["link"] == f"/p/{post.id}"
    erase_member(member)
    db.session.flush()
    assert db.session.scalar(select(func.count()).select_from(Bookmark)) == 0
