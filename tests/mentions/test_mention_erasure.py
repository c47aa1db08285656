"""Erasing a member: posts that mentioned them say "@Former member"; nobody else changes."""

from __future__ import annotations

from forum.extensions import db
from forum.privacy.erasure import erase_member
from tests.mentions.helpers import last_post, member, mentioned, profile_links, reply


def test_mentions_of_an_erased_member_become_former_member(as_member, topic):
    rosa, sam = member("Rosa Diaz"), member("Sam Lee")
    author = member("Author")
    reply(as_member(author), topic, "Thanks @Rosa Diaz and @Sam Lee. @rosa diaz again.")
    post = last_post(topic)
    erase_member(rosa)
    db.session.commit()
    assert post.body_source == "Thanks @Former member and @Sam Lee. @Former member again."
    assert "Rosa" not in post.body_html
    assert profile_links(post.body_html) == [(f"/members/{sam.id}", "@Sam Lee")]
    assert mentioned(post) == {sam.id}
    reader = as_member(member("Reader"))
    assert "Rosa Diaz" not in reader.get(f"/t/{topic.id}").get_data(as_text=True)
    assert reader.get(f"/members/{rosa.id}").status_code == 404


def test_a_longer_name_that_starts_the_same_is_left_alone(as_member, topic):
    jo, jo_bloggs = member("Jo"), member("Jo Bloggs")
    reply(as_member(member("Author")), topic, "@Jo Bloggs and @Jo, hello.")
    post = last_post(topic)
    erase_member(jo)
    assert post.body_source == "@Jo Bloggs and @Former member, hello."
    assert profile_links(post.body_html) == [(f"/members/{jo_bloggs.id}", "@Jo Bloggs")]


def test_an_erased_members_own_mentions_go_with_what_the_guard_removes(as_member, topic):
    """Erasure removes what the guard flags from their posts, "@names" too; the rows follow."""
    member("Sam Lee")
    leaving = member("Rosa Diaz")
    reply(as_member(leaving), topic, "Over to @Sam Lee, who knows more.")
    post = last_post(topic)
    erase_member(leaving)
    assert "Sam" not in post.body_source
    assert profile_links(post.body_html) == []
    assert mentioned(post) == set()
