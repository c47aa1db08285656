"""Quotes tell the quoted member; an edit tells only the newly mentioned; held posts wait."""

from __future__ import annotations

from sqlalchemy import select

from forum.extensions import db
from forum.review.models import ReviewItem
from forum.threads import services
from forum.threads.models import PostState
from moderation import review_queue
from tests.factories import make_moderator, make_topic
from tests.mentions.helpers import (
    block,
    edit,
    first_post,
    last_post,
    member,
    mentioned,
    reply,
    told,
)

SECRET = "The NHS number is 943 476 5919."  # the guard holds this, given a reason


def quote_form(client, topic, post) -> str:
    """The reply form's Message as "Quote" fills it."""
    page = client.get(f"/t/{topic.id}/reply?quote={post.id}").get_data(as_text=True)
    start = page.index(">", page.index("<textarea")) + 1
    text = page[start : page.index("</textarea>")]
    return text.replace("&gt;", ">").replace("&#39;", "'").replace("&amp;", "&").strip()


def test_quoting_a_post_tells_its_author(as_member):
    rosa = member("Rosa Diaz")
    topic = make_topic(rosa, "welcome", title="Supervision")
    quoted = first_post(topic)
    client = as_member(member("Tom Okafor"))
    body = quote_form(client, topic, quoted) + "\n\nI agree."
    assert body.startswith(f"> [Rosa Diaz wrote](/p/{quoted.id}):")
    reply(client, topic, body)
    assert told(rosa, "quote") == ["Tom Okafor quoted you in “Supervision”"]
    assert told(rosa, "reply") == []  # one notice per member: the quote
    listing = as_member(rosa).get("/notifications").get_data(as_text=True)
    assert "Tom Okafor quoted you in “Supervision”" in listing


def test_a_quote_of_a_quote_tells_only_the_author_quoted_directly(as_member, topic):
    rosa, sam = member("Rosa Diaz"), member("Sam Lee")
    client = as_member(rosa)
    reply(as_member(sam), topic, "Original thought.")
    sams = last_post(topic)
    reply(client, topic, quote_form(client, topic, sams) + "\n\nYes.")
    rosas = last_post(topic)
    told_before = told(sam)
    tom = as_member(member("Tom Okafor"))
    reply(tom, topic, quote_form(tom, topic, rosas) + "\n\nAnd me.")
    assert told(rosa, "quote") == [f"Tom Okafor quoted you in “{topic.title}”"]
    assert told(sam) == told_before


def test_quoting_a_post_the_author_cannot_read_tells_nobody(as_member, topic):
    moderator = make_moderator(display_name="Mod Erator")
    private = make_topic(moderator, "moderators")
    hidden = first_post(private)
    body = f"> [Mod Erator wrote](/p/{hidden.id}):\n>\n> secret\n\nHmm."
    reply(as_member(member("Author")), topic, body)
    assert told(moderator) == []


def test_quoting_yourself_or_a_blocker_tells_nobody(as_member, topic):
    author, rosa = member("Author"), member("Rosa Diaz")
    client = as_member(author)
    reply(client, topic, "My own point.")
    mine = last_post(topic)
    reply(as_member(rosa), topic, "Rosa's point.")
    hers = last_post(topic)
    block(rosa, author)
    reply(client, topic, quote_form(client, topic, mine) + "\n\n" + quote_form(client, topic, hers))
    assert told(author) == []
    assert told(rosa, "quote") == []


def test_mentioned_and_quoted_is_told_once(as_member, topic):
    rosa = member("Rosa Diaz")
    reply(as_member(rosa), topic, "A point.")
    hers = last_post(topic)
    client = as_member(member("Author"))
    reply(client, topic, quote_form(client, topic, hers) + "\n\nWhat next, @Rosa Diaz?")
    assert told(rosa) == [f"Author mentioned you in “{topic.title}”"]


def test_an_edit_tells_only_the_newly_mentioned(as_member, topic):
    rosa, sam = member("Rosa Diaz"), member("Sam Lee")
    client = as_member(member("Author"))
    reply(client, topic, "Hello @Rosa Diaz.")
    post = last_post(topic)
    edit(client, post, "Hello @Rosa Diaz and @Sam Lee.")
    assert len(told(rosa)) == 1
    assert told(sam) == [f"Author mentioned you in “{topic.title}”"]
    assert mentioned(post) == {rosa.id, sam.id}


def test_an_edit_that_removes_a_mention_removes_it(as_member, topic):
    rosa = member("Rosa Diaz")
    client = as_member(member("Author"))
    reply(client, topic, "Hello @Rosa Diaz.")
    post = last_post(topic)
    edit(client, post, "Hello everyone.")
    assert mentioned(post) == set()
    assert "/members/" not in post.body_html
    edit(client, post, "Hello @Rosa Diaz, again.")  # back: new again, so told again
    assert len(told(rosa)) == 2


def test_an_edit_without_javascript_keeps_a_picked_mention(as_member, topic):
    first, second = member("Sam Lee"), member("Sam Lee")
    client = as_member(member("Author"))
    reply(client, topic, "Hello @Sam Lee.", mention_ids=str(second.id))
    post = last_post(topic)
    edit(client, post, "Hello again, @Sam Lee.")  # no ids sent this time
    assert mentioned(post) == {second.id}
    assert f"/members/{second.id}" in post.body_html
    assert told(first) == []
    assert len(told(second)) == 1


def test_a_held_reply_tells_nobody_until_it_is_published(as_member, topic):
    rosa = member("Rosa Diaz")
    client = as_member(member("Author"))
    reply(
        client,
        topic,
        f"@Rosa Diaz {SECRET}",
        send_for_review="Send for review",
        justification="It is made up.",
    )
    post = last_post(topic)
    assert post.state is PostState.held
    assert mentioned(post) == {rosa.id}
    assert told(rosa) == []
    item = db.session.scalar(select(ReviewItem).where(ReviewItem.post_id == post.id))
    assert item is not None
    review_queue.publish(make_moderator(), item.id)
    assert told(rosa) == [f"Author mentioned you in “{topic.title}”"]


def test_a_held_edit_tells_nobody(as_member, topic):
    rosa = member("Rosa Diaz")
    author = member("Author")
    reply(as_member(author), topic, "Hello.")
    post = last_post(topic)
    services.edit_post(author, post, f"Hello @Rosa Diaz. {SECRET}", justification="Made up.")
    assert post.state is PostState.held
    assert told(rosa) == []


def test_a_moderator_edit_resolves_names_as_the_author(topic):
    """The moderator may find everyone; the author may not find a care leaver."""
    from forum.accounts.models import MemberType

    kim = member("Kim Walsh", MemberType.care_leaver)
    author = member("Author")
    services.reply(author, topic, f"Hello. {SECRET}", justification="Made up.")
    post = last_post(topic)
    item = db.session.scalar(select(ReviewItem).where(ReviewItem.post_id == post.id))
    assert item is not None
    review_queue.edit_and_publish(
        make_moderator(), item.id, "Hello @Kim Walsh.", None, "Took the number out."
    )
    assert mentioned(post) == set()
    assert told(kim) == []


def test_the_guard_lets_the_quoted_authors_name_through_but_not_a_made_up_one(topic):
    from forum.mentions import services as mentions

    rosa = member("Rosa Diaz")
    reply_by_rosa = services.reply(rosa, topic, "A point.").saved
    assert reply_by_rosa is not None
    author = member("Author")
    true_quote = f"> [Rosa Diaz wrote](/p/{reply_by_rosa.id}):\n>\n> A point.\n\nYes."
    made_up = f"> [Priya Shah wrote](/p/{reply_by_rosa.id}):\n>\n> A point.\n\nYes."
    assert not mentions.screen(author, topic.space, body=true_quote).must_hold
    assert mentions.screen(author, topic.space, body=made_up).must_hold
