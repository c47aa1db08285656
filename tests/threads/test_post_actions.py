"""A page's post buttons come from `policy.post_actions`, which must agree with the
single-post rules that the edit, report, bookmark and reveal routes ask."""

from __future__ import annotations

import pytest

from forum import policy
from forum.extensions import db, utcnow
from forum.threads.models import Post, PostState
from tests.factories import make_moderator, make_topic, make_user, sign_in


def _single(actor, post) -> dict[str, bool]:
    return {
        "quote": policy.can_reply(actor, post.topic),
        "read_deleted": policy.can_moderate(actor, post.topic.space),
        "edit": policy.can_edit_post(actor, post),
        "delete": policy.can_delete_post(actor, post),
        "mark_helpful": policy.can_mark_helpful(actor, post),
        "bookmark": policy.can_bookmark(actor, post),
        "revisions": policy.can_see_revisions(actor, post),
        "reveal_author": policy.can_reveal_author(actor, post),
        "report": policy.can_report(actor, post),
    }


def _page(actor, topic, posts) -> dict[int, dict[str, bool]]:
    found = policy.post_actions(actor, topic, posts)
    return {
        pid: {name: getattr(a, name) for name in _single(actor, posts[0])}
        for pid, a in found.items()
    }


@pytest.mark.parametrize("locked", [False, True])
def test_page_actions_agree_with_the_single_post_rules(locked):
    starter, replier = make_user(), make_user()
    topic = make_topic(starter, replies=4, is_locked=locked)
    posts = list(
        db.session.scalars(db.select(Post).where(Post.topic_id == topic.id).order_by(Post.number))
    )
    posts[1].author = replier
    posts[2].author = replier
    posts[2].is_anonymous = True
    posts[3].state = PostState.held
    posts[3].author = replier
    posts[4].deleted_at = utcnow()
    db.session.flush()
    readers = [starter, replier, make_user(), make_moderator(), None]
    for actor in readers:
        expected = {post.id: _single(actor, post) for post in posts}
        assert _page(actor, topic, posts) == expected, actor


def test_the_topic_page_shows_each_reader_their_own_buttons(client):
    starter, replier = make_user(), make_user()
    topic = make_topic(starter, replies=1)
    reply = db.session.scalar(db.select(Post).where(Post.topic_id == topic.id, Post.number == 2))
    reply.author = replier
    db.session.commit()

    sign_in(client, starter)
    page = client.get(f"/t/{topic.id}").get_data(as_text=True)
    assert "Mark as helpful" in page  # the starter's, on someone else's reply
    assert page.count(">Edit<") == 1  # their own opening post only
    assert page.count(">Report<") == 1  # the reply, not their own post

    sign_in(client, replier)
    page = client.get(f"/t/{topic.id}").get_data(as_text=True)
    assert "Mark as helpful" not in page
    assert page.count(">Edit<") == 1
    assert "Reveal author" not in page
