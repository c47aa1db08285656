"""A mention of someone the author may not find, or across a block, tells nobody and gives nothing away."""

from __future__ import annotations

import re

from forum import markup
from forum.accounts.models import MemberType
from forum.mentions import queries as suggesting
from forum.people.models import WhoCanFind
from tests.factories import make_topic
from tests.mentions.helpers import (
    block,
    connect,
    last_post,
    member,
    mentioned,
    profile_links,
    reply,
    told,
    without_token,
)

C, P, A = MemberType.care_leaver, MemberType.practitioner, MemberType.ally


def send(client, topic, body: str):
    """Post a reply; the guard may ask about an "@handle" that is nobody the author may find."""
    return reply(
        client,
        topic,
        body,
        send_for_review="Send for review",
        justification="A colleague's name on the forum.",
    )


def test_a_member_the_author_may_not_find_is_plain_text_and_told_nothing(as_member, topic):
    hidden = member("Kim Walsh", C)  # care leavers start findable by nobody
    author = member("Author")
    send(as_member(author), topic, "Is @Kim Walsh here?")
    post = last_post(topic)
    assert post.body_html == markup.render("Is @Kim Walsh here?")
    assert mentioned(post) == set()
    assert told(hidden) == []


def test_practitioners_only_is_findable_by_practitioners_not_allies(as_member, topic):
    rosa = member("Rosa Diaz", who_can_find=WhoCanFind.practitioners)
    send(as_member(member("An Ally", A)), topic, "Hello @Rosa Diaz.")
    assert mentioned(last_post(topic)) == set()
    reply(as_member(member("A Practitioner", P)), topic, "Hello @Rosa Diaz.")
    assert mentioned(last_post(topic)) == {rosa.id}
    assert told(rosa) == [f"A Practitioner mentioned you in “{topic.title}”"]


def test_a_connected_care_leaver_is_told_but_not_linked_for_everyone(as_member, topic):
    """Everyone reading sees a link: it would tell them she is a member here."""
    kim = member("Kim Walsh", C)
    author = member("Author")
    connect(author, kim)
    reply(as_member(author), topic, "Good to see you, @Kim Walsh.")
    post = last_post(topic)
    assert mentioned(post) == {kim.id}
    assert told(kim) == [f"Author mentioned you in “{topic.title}”"]
    assert profile_links(post.body_html) == []
    assert "@Kim Walsh" in post.body_html


def test_a_member_who_blocked_the_author_is_plain_text_and_told_nothing(as_member, topic):
    rosa = member("Rosa Diaz")
    author = member("Author")
    block(rosa, author)
    reply(as_member(author), topic, "Thanks @Rosa Diaz.")
    post = last_post(topic)
    assert post.body_html == markup.render("Thanks @Rosa Diaz.")
    assert mentioned(post) == set()
    assert told(rosa) == []


def test_a_member_the_author_blocked_is_not_mentioned_either(as_member, topic):
    rosa = member("Rosa Diaz")
    author = member("Author")
    block(author, rosa)
    reply(as_member(author), topic, "Thanks @Rosa Diaz.")
    assert mentioned(last_post(topic)) == set()
    assert told(rosa) == []


def test_the_author_cannot_tell_a_block_from_a_shared_name(as_member):
    """Blocked: posted as usual, no message, the same page as when the name is
    ambiguous. Nothing about the block shows in the author's pages."""
    author = member("Author")
    client = as_member(author)
    blocker = member("Rosa Diaz")
    block(blocker, author)
    member("Sam Lee")
    member("Sam Lee")
    blocked_topic = make_topic(member("Starter One"), "welcome", title="Same title")
    shared_topic = make_topic(member("Starter Two"), "welcome", title="Same title")

    blocked = reply(client, blocked_topic, "Thanks @Rosa Diaz.")
    shared = reply(client, shared_topic, "Thanks @Sam Lee.")
    assert blocked.status_code == shared.status_code == 302
    blocked_post, shared_post = last_post(blocked_topic), last_post(shared_topic)
    assert blocked_post.body_html == markup.render("Thanks @Rosa Diaz.")
    assert shared_post.body_html == markup.render("Thanks @Sam Lee.")

    def page(topic) -> str:
        """The topic page as the author sees it, ids and names aside."""
        html = without_token(client.get(f"/t/{topic.id}"))
        for name in ("Rosa Diaz", "Sam Lee", "Starter One", "Starter Two"):
            html = html.replace(name, "NAME")
        html = re.sub(r'(class="avatar initials[^"]*"[^>]*>)\w+<', r"\1AB<", html)  # initials
        return re.sub(r"\d+", "N", html)

    assert page(blocked_topic) == page(shared_topic)
    assert told(author) == []


def test_the_guard_treats_a_blocker_like_any_member(as_member, topic):
    """The guard never asks about a member's name, blocked or not: asking would give it away."""
    author = member("Author")
    blocker, friend = member("Rosa Diaz"), member("Sam Lee")
    block(blocker, author)
    client = as_member(author)
    for name in (blocker, friend):
        preview = reply(client, topic, f"Thanks @{name.display_name}.", preview="Preview")
        assert preview.status_code == 200
        assert "This may identify someone" not in preview.get_data(as_text=True)


def test_blocks_keep_members_out_of_the_autocomplete_both_ways(topic):
    author = member("Author")
    rosa, rowan = member("Rosa Diaz"), member("Rowan Hart")
    block(rosa, author)
    block(author, rowan)
    assert suggesting.suggestions(author, "ro") == []
    assert [s.name for s in suggesting.suggestions(member("Someone"), "ro")] == [
        "Rosa Diaz",
        "Rowan Hart",
    ]


def test_a_mentioned_member_who_cannot_read_the_space_is_not_told(as_member):
    ally = member("An Ally", A)
    topic = make_topic(member("Starter"), "case-discussion")  # practitioners only
    reply(as_member(member("Author")), topic, "Over to @An Ally.")
    assert told(ally) == []


def test_an_anonymous_post_mentions_and_its_author_stays_anonymous(as_member):
    rosa = member("Rosa Diaz")
    author = member("Quentin Sparrowhawk")
    topic = make_topic(member("Starter"), "case-discussion", title="Life story work")
    response = reply(as_member(author), topic, "Over to @Rosa Diaz.", anonymous="y")
    assert response.status_code == 302
    post = last_post(topic)
    assert post.is_anonymous
    assert profile_links(post.body_html) == [(f"/members/{rosa.id}", "@Rosa Diaz")]
    assert told(rosa) == ["Anonymous member mentioned you in “Life story work”"]
    seen = as_member(rosa).get("/notifications").get_data(as_text=True)
    assert "Quentin" not in seen
    assert f"/members/{author.id}" not in seen


def anonymous_reply(client, topic, body: str):
    return reply(client, topic, body, anonymous="y")


def test_in_an_anonymous_post_names_resolve_the_same_whoever_wrote_it(as_member):
    """A mention only the author's connections could make would point at the author."""
    kim = member("Kim Walsh", C)
    author = member("River", C)
    connect(author, kim)
    topic = make_topic(member("Starter", C), "care-leavers-lounge")
    client = as_member(author)
    reply(client, topic, "Thoughts, @Kim Walsh?")
    assert mentioned(last_post(topic)) == {kim.id}  # signed: River may find Kim
    reply(client, topic, "Thoughts, @Kim Walsh?", anonymous="y")
    post = last_post(topic)
    assert post.is_anonymous
    assert mentioned(post) == set()
    assert profile_links(post.body_html) == []
    assert told(kim) == [f"River mentioned you in “{topic.title}”"]


def test_in_an_anonymous_post_a_block_looks_like_no_block_and_tells_nobody(as_member):
    rosa, sam = member("Rosa Diaz"), member("Sam Lee")
    author = member("Author")
    block(rosa, author)
    topic = make_topic(member("Starter"), "case-discussion")
    client = as_member(author)
    anonymous_reply(client, topic, "Over to @Rosa Diaz.")
    blocked = last_post(topic)
    anonymous_reply(client, topic, "Over to @Sam Lee.")
    free = last_post(topic)
    assert profile_links(blocked.body_html) == [(f"/members/{rosa.id}", "@Rosa Diaz")]
    assert blocked.body_html.replace(f"/members/{rosa.id}", "ID").replace(
        "Rosa Diaz", "NAME"
    ) == free.body_html.replace(f"/members/{sam.id}", "ID").replace("Sam Lee", "NAME")
    assert told(rosa) == []
    assert told(sam) == [f"Anonymous member mentioned you in “{topic.title}”"]


def test_an_anonymous_author_naming_themselves_looks_like_anyone_naming_them(as_member):
    author = member("Quentin Sparrowhawk")
    topic = make_topic(member("Starter"), "case-discussion")
    client = as_member(author)
    anonymous_reply(client, topic, "As @Quentin Sparrowhawk said before.")
    post = last_post(topic)
    assert profile_links(post.body_html) == [(f"/members/{author.id}", "@Quentin Sparrowhawk")]
    assert mentioned(post) == set()
    assert told(author) == []
