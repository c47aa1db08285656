"""Who "@" and a name reaches: spaces in names, the longest name, any case, shared names."""

from __future__ import annotations

from forum import markup
from tests.mentions.helpers import last_post, member, mentioned, profile_links, reply, told


def test_a_name_with_spaces_is_mentioned_linked_and_told(as_member, topic):
    rosa = member("Rosa Diaz")
    author = member("Tom Okafor")
    response = reply(as_member(author), topic, "Thanks @Rosa Diaz, that helped.")
    assert response.status_code == 302
    post = last_post(topic)
    assert profile_links(post.body_html) == [(f"/members/{rosa.id}", "@Rosa Diaz")]
    assert mentioned(post) == {rosa.id}
    assert told(rosa) == [f"Tom Okafor mentioned you in “{topic.title}”"]
    listing = as_member(rosa).get("/notifications").get_data(as_text=True)
    assert f"Tom Okafor mentioned you in “{topic.title}”" in listing


def test_the_longest_name_that_follows_wins(as_member, topic):
    sam = member("Sam")
    sam_lee = member("Sam Lee")
    client = as_member(member("Author"))
    reply(client, topic, "Over to @Sam Lee now.")
    assert mentioned(last_post(topic)) == {sam_lee.id}
    reply(client, topic, "And @Sam, lastly.")
    assert mentioned(last_post(topic)) == {sam.id}
    assert told(sam) == [f"Author mentioned you in “{topic.title}”"]
    assert len(told(sam_lee)) == 1


def test_case_does_not_matter_and_the_text_stays_as_typed(as_member, topic):
    rosa = member("Rosa Diaz")
    reply(as_member(member("Author")), topic, "ask @rosa DIAZ about it")
    post = last_post(topic)
    assert profile_links(post.body_html) == [(f"/members/{rosa.id}", "@rosa DIAZ")]
    assert len(told(rosa)) == 1


def test_a_name_ends_at_a_non_word_character(as_member, topic):
    rosa = member("Rosa Diaz")
    client = as_member(member("Author"))
    reply(client, topic, "Is @Rosa Diazz here?")  # not her name
    assert mentioned(last_post(topic)) == set()
    reply(client, topic, "I agree with @Rosa Diaz's point.")
    assert mentioned(last_post(topic)) == {rosa.id}
    assert profile_links(last_post(topic).body_html)[0][1] == "@Rosa Diaz"


def test_a_shared_name_without_javascript_is_plain_text_and_no_error(as_member, topic):
    first, second = member("Sam Lee"), member("Sam Lee")
    response = reply(as_member(member("Author")), topic, "Thanks @Sam Lee.")
    assert response.status_code == 302  # posted as usual
    post = last_post(topic)
    assert post.body_html == markup.render("Thanks @Sam Lee.")
    assert mentioned(post) == set()
    assert told(first) == told(second) == []


def test_an_unknown_name_is_plain_text_and_the_guard_still_asks_about_it(as_member, topic):
    """ "@" and a name nobody here has could be someone's social media handle."""
    client = as_member(member("Author"))
    asked = reply(client, topic, "Thanks @Nobody Here.")
    assert asked.status_code == 422
    assert "This may identify someone" in asked.get_data(as_text=True)
    sent = reply(
        client,
        topic,
        "Thanks @Nobody Here.",
        send_for_review="Send for review",
        justification="It is a colleague's forum name.",
    )
    assert sent.status_code == 302
    post = last_post(topic)
    assert post.body_html == markup.render("Thanks @Nobody Here.")
    assert mentioned(post) == set()


def test_the_autocomplete_pick_tells_two_members_with_one_name_apart(as_member, topic):
    first, second = member("Sam Lee"), member("Sam Lee")
    reply(as_member(member("Author")), topic, "Thanks @Sam Lee.", mention_ids=str(second.id))
    post = last_post(topic)
    assert profile_links(post.body_html) == [(f"/members/{second.id}", "@Sam Lee")]
    assert mentioned(post) == {second.id}
    assert told(first) == []
    assert len(told(second)) == 1


def test_both_members_with_one_name_picked_each_get_their_own_link(as_member, topic):
    first, second = member("Sam Lee"), member("Sam Lee")
    picked = f"{second.id},{first.id}"
    reply(as_member(member("Author")), topic, "@Sam Lee and @Sam Lee", mention_ids=picked)
    post = last_post(topic)
    assert [href for href, _ in profile_links(post.body_html)] == [
        f"/members/{second.id}",
        f"/members/{first.id}",
    ]
    assert mentioned(post) == {first.id, second.id}


def test_a_picked_id_needs_the_name_in_the_text(as_member, topic):
    rosa = member("Rosa Diaz")
    other = member("Sam Lee")
    reply(as_member(member("Author")), topic, "Thanks @Sam Lee.", mention_ids=f"{rosa.id},junk,-4")
    assert mentioned(last_post(topic)) == {other.id}
    assert told(rosa) == []


def test_addresses_code_and_quotes_mention_nobody(as_member, topic):
    rosa = member("Rosa Diaz")
    member("example")
    body = (
        "Write to rosa@example.org or see `@Rosa Diaz`.\n\n"
        "    @Rosa Diaz in a code block\n\n"
        "> @Rosa Diaz said so\n"
    )
    reply(as_member(member("Author")), topic, body)
    post = last_post(topic)
    assert mentioned(post) == set()
    assert profile_links(post.body_html) == []
    assert told(rosa) == []


def test_you_cannot_mention_yourself(as_member, topic):
    me = member("Rosa Diaz")
    reply(as_member(me), topic, "As @Rosa Diaz, I say hello.")
    assert mentioned(last_post(topic)) == set()
    assert told(me) == []


def test_a_new_topic_mentions_too(as_member):
    rosa = member("Rosa Diaz")
    client = as_member(member("Author"))
    response = client.post(
        "/s/welcome/new",
        data={"title": "Supervision ideas", "body": "What do you think, @Rosa Diaz?"},
    )
    assert response.status_code == 302
    assert told(rosa) == ["Author mentioned you in “Supervision ideas”"]


def test_a_member_who_is_not_active_is_not_mentioned(topic):
    from forum.accounts.models import AccountStatus
    from forum.mentions import services as mentions

    gone = member("Rosa Diaz")
    gone.status = AccountStatus.banned
    author = member("Author")
    assert mentions.preview(author, "Thanks @Rosa Diaz.") == markup.render("Thanks @Rosa Diaz.")
    assert mentions.screen(author, topic.space, body="Thanks @Rosa Diaz.").must_hold


def test_finding_mentions_costs_the_same_for_one_or_five_members(topic, queries):
    """The guard's look at names, resolving, storing and linking: four statements however many."""
    from forum.extensions import db
    from forum.mentions import services as mentions
    from forum.threads.models import Post

    author = member("Author")
    names = [member(f"Person {letter}").display_name for letter in "ABCDE"]
    db.session.commit()

    space = topic.space
    numbers = iter(range(10, 20))

    def cost(body: str) -> tuple[int, int]:
        post = Post(
            topic=topic, author=author, number=next(numbers), body_source=body, body_html=""
        )
        db.session.add(post)
        db.session.flush()
        with queries() as counter:
            mentions.screen(author, space, body=body)
            stored = mentions.store(post)
            db.session.flush()
        return counter.count, len(stored)

    assert cost(f"Hello @{names[0]}.") == (4, 1)
    assert cost("Hello " + ", ".join(f"@{n}" for n in names) + ".") == (4, 5)
