"""Writing and reading threads, as members and moderators use them."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from flask.testing import FlaskClient
from sqlalchemy import func, select

from forum.extensions import db
from forum.threads.models import Post, PostRevision, Topic
from tests.factories import make_moderator, make_topic, make_user, sign_in


def new_client(app) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def client(app):
    return new_client(app)


@pytest.fixture
def member(client):
    user = make_user(display_name="Priya")
    sign_in(client, user)
    return user


@pytest.fixture
def other(app):
    """A second member in their own browser."""
    user = make_user(display_name="Tom")
    browser = new_client(app)
    sign_in(browser, user)
    return user, browser


@pytest.fixture
def moderator(app):
    user = make_moderator(display_name="Sam")
    browser = new_client(app)
    sign_in(browser, user)
    return user, browser


def text(response) -> str:
    return response.get_data(as_text=True)


def location(response) -> str:
    assert response.status_code == 302, response.status_code
    parts = urlsplit(response.headers["Location"])
    return (
        parts.path
        + (f"?{parts.query}" if parts.query else "")
        + (f"#{parts.fragment}" if parts.fragment else "")
    )


def post_topic(
    client, title="Supervision that helps", body="What makes it useful?", slug="welcome"
):
    return client.post(
        f"/s/{slug}/new", data={"title": title, "body": body, "submit": "Post topic"}
    )


def topic_id_of(response) -> int:
    match = re.fullmatch(r"/t/(\d+)", location(response))
    assert match, location(response)
    return int(match.group(1))


def post_reply(client, topic_id, body):
    return client.post(f"/t/{topic_id}/reply", data={"body": body, "submit": "Post reply"})


def posts_of(topic_id) -> list[Post]:
    db.session.expire_all()
    return list(
        db.session.scalars(select(Post).where(Post.topic_id == topic_id).order_by(Post.number))
    )


def topic_count() -> int:
    return db.session.scalar(select(func.count()).select_from(Topic)) or 0


# --- writing -----------------------------------------------------------------


def test_the_new_topic_form_uses_the_words_on_the_page(client, member):
    page = text(client.get("/s/welcome/new"))
    assert ">Title</label>" in page
    assert ">Message</label>" in page
    assert 'value="Post topic"' in page
    assert 'value="Preview"' in page
    assert "All members can read this" in page


def test_a_member_starts_a_topic_and_everyone_sees_it(client, member, other):
    response = post_topic(client, "Supervision that helps", "What makes **supervision** useful?")
    topic_id = topic_id_of(response)
    page = text(client.get(f"/t/{topic_id}"))
    assert "Supervision that helps" in page
    assert "<strong>supervision</strong>" in page
    assert "Priya" in page
    _, browser = other
    listing = text(browser.get("/s/welcome"))
    assert "Supervision that helps" in listing
    assert "Started by Priya" in listing


def test_a_member_replies_and_lands_on_their_reply(client, member):
    topic = make_topic(member, "welcome")
    response = post_reply(client, topic.id, "Thanks, this helped.")
    reply = posts_of(topic.id)[-1]
    assert location(response) == f"/t/{topic.id}?page=1#p{reply.id}"
    assert reply.number == 2
    page = text(client.get(f"/t/{topic.id}"))
    assert "Thanks, this helped." in page
    assert f'id="p{reply.id}"' in page


def test_quoting_prefills_the_reply_with_the_post_quoted(client, member, other):
    author, _ = other
    topic = make_topic(author, "welcome")
    first = posts_of(topic.id)[0]
    first.body_source = "Line one.\n\nLine two."
    db.session.flush()
    page = text(client.get(f"/t/{topic.id}/reply?quote={first.id}"))
    textarea = re.search(r"<textarea[^>]*>(.*?)</textarea>", page, re.S)
    assert textarea
    name = first.author.display_name
    assert textarea.group(1).strip() == (
        f"&gt; [{name} wrote](/p/{first.id}):\n&gt;\n&gt; Line one.\n&gt;\n&gt; Line two."
    )


def test_quoting_a_post_from_another_topic_prefills_nothing(client, member):
    here = make_topic(member, "welcome")
    elsewhere = make_topic(member, "welcome")
    page = text(client.get(f"/t/{here.id}/reply?quote={posts_of(elsewhere.id)[0].id}"))
    assert "&gt; Post 1" not in page


def test_an_empty_message_is_refused_and_the_title_kept(client, member):
    before = topic_count()
    response = post_topic(client, "A title worth keeping", "   ")
    assert response.status_code == 422
    page = text(response)
    assert "There is a problem" in page
    assert 'value="A title worth keeping"' in page
    assert 'aria-invalid="true"' in page
    assert topic_count() == before


def test_a_short_title_is_refused_and_the_message_kept(client, member):
    response = post_topic(client, "ab", "A message I took time to write.")
    assert response.status_code == 422
    assert "A message I took time to write." in text(response)


def test_an_empty_reply_is_refused(client, member):
    topic = make_topic(member, "welcome")
    response = post_reply(client, topic.id, "")
    assert response.status_code == 422
    assert "There is a problem" in text(response)
    assert len(posts_of(topic.id)) == 1


def test_preview_shows_the_rendered_message_and_saves_nothing(client, member):
    before = topic_count()
    response = client.post(
        "/s/welcome/new",
        data={"title": "Draft", "body": "Some **bold** words", "preview": "Preview"},
    )
    assert response.status_code == 200
    page = text(response)
    preview = page.split('id="preview-title"', 1)[1].split("</section>", 1)[0]
    assert "<strong>bold</strong>" in preview
    assert "Some **bold** words" in page  # still in the box, ready to post
    assert topic_count() == before


def test_reply_preview_saves_nothing(client, member):
    topic = make_topic(member, "welcome")
    response = client.post(f"/t/{topic.id}/reply", data={"body": "> quoted", "preview": "Preview"})
    assert response.status_code == 200
    assert "<blockquote>" in text(response)
    assert len(posts_of(topic.id)) == 1


# --- markdown ----------------------------------------------------------------


def test_markdown_renders_bold_and_quotes(client, member):
    topic_id = topic_id_of(post_topic(client, body="**bold** and *soft*\n\n> a quote"))
    page = text(client.get(f"/t/{topic_id}"))
    assert "<strong>bold</strong>" in page
    assert "<em>soft</em>" in page
    assert re.search(r"<blockquote>\s*<p>a quote</p>\s*</blockquote>", page)


def test_raw_html_is_shown_as_text(client, member):
    topic_id = topic_id_of(post_topic(client, body="<b>not bold</b> <i>nor this</i>"))
    page = text(client.get(f"/t/{topic_id}"))
    assert "&lt;b&gt;not bold&lt;/b&gt;" in page
    assert "<b>not bold</b>" not in page


def test_code_shows_its_characters_exactly_once_escaped(client, member):
    topic_id = topic_id_of(post_topic(client, body="Use `a < b && c`, then:\n\n```\nx < y\n```"))
    page = text(client.get(f"/t/{topic_id}"))
    assert "<code>a &lt; b &amp;&amp; c</code>" in page
    assert "x &lt; y" in page
    assert "&amp;lt;" not in page


def test_headings_in_a_post_never_outrank_the_page(client, member):
    topic_id = topic_id_of(post_topic(client, body="# Big\n\n## Bigger"))
    page = text(client.get(f"/t/{topic_id}"))
    body = page.split('class="post-body"', 1)[1].split("</div>", 1)[0]
    assert "<h1>" not in body
    assert "<h2>" not in body
    assert "<h3>Big</h3>" in body


# --- editing and history --------------------------------------------------------


def test_editing_keeps_a_revision_only_moderators_can_read(client, member, moderator):
    topic_id = topic_id_of(post_topic(client, "Old title", "What I first wrote."))
    post = posts_of(topic_id)[0]
    edit_page = text(client.get(f"/p/{post.id}/edit"))
    assert "What I first wrote." in edit_page
    assert 'value="Save changes"' in edit_page

    response = client.post(
        f"/p/{post.id}/edit",
        data={"title": "New title", "body": "What I meant to write.", "submit": "Save changes"},
    )
    assert location(response) == f"/t/{topic_id}?page=1#p{post.id}"
    page = text(client.get(f"/t/{topic_id}"))
    assert "What I meant to write." in page
    assert "What I first wrote." not in page
    assert "New title" in page
    assert "edited" in page
    assert db.session.scalar(select(func.count()).where(PostRevision.post_id == post.id)) == 1

    assert client.get(f"/p/{post.id}/revisions").status_code == 404
    _, mod_browser = moderator
    history = mod_browser.get(f"/p/{post.id}/revisions")
    assert history.status_code == 200
    assert "What I first wrote." in text(history)
    assert "Old title" in text(history)
    assert "What I meant to write." in text(history)
    assert "Revisions" in text(mod_browser.get(f"/t/{topic_id}"))


def test_saving_without_changes_keeps_no_revision(client, member):
    topic_id = topic_id_of(post_topic(client, "Same title", "Same words."))
    post = posts_of(topic_id)[0]
    client.post(
        f"/p/{post.id}/edit",
        data={"title": "Same title", "body": "Same words.", "submit": "Save changes"},
    )
    assert db.session.scalar(select(func.count()).where(PostRevision.post_id == post.id)) == 0


def test_a_member_cannot_edit_someone_elses_post(client, member, other):
    author, _ = other
    topic = make_topic(author, "welcome")
    post = posts_of(topic.id)[0]
    assert client.get(f"/p/{post.id}/edit").status_code == 403
    response = client.post(
        f"/p/{post.id}/edit", data={"body": "Hijacked.", "submit": "Save changes"}
    )
    assert response.status_code == 403
    assert posts_of(topic.id)[0].body_source != "Hijacked."
    assert f"/p/{post.id}/edit" not in text(client.get(f"/t/{topic.id}"))


def test_a_moderator_can_edit_anyones_post(member, moderator):
    topic = make_topic(member, "welcome")
    post = posts_of(topic.id)[0]
    _, browser = moderator
    response = browser.post(
        f"/p/{post.id}/edit",
        data={"title": topic.title, "body": "Redacted by a moderator.", "submit": "Save changes"},
    )
    assert response.status_code == 302
    assert posts_of(topic.id)[0].body_source == "Redacted by a moderator."


# --- deleting ----------------------------------------------------------------


def test_a_deleted_reply_is_gone_for_members_but_kept_for_moderators(
    client, member, other, moderator
):
    _, other_browser = other
    topic = make_topic(member, "welcome")
    post_reply(other_browser, topic.id, "Something I regret writing.")
    reply = posts_of(topic.id)[-1]

    assert other_browser.post(f"/p/{reply.id}/delete").status_code == 302
    page = text(client.get(f"/t/{topic.id}"))
    assert "This post was deleted." in page
    assert "Something I regret writing." not in page

    _, mod_browser = moderator
    mod_page = text(mod_browser.get(f"/t/{topic.id}"))
    assert "Something I regret writing." in mod_page
    assert "only moderators can see this" in mod_page


def test_a_member_cannot_delete_someone_elses_post(client, member, other):
    author, _ = other
    topic = make_topic(author, "welcome", replies=1)
    reply = posts_of(topic.id)[-1]
    assert client.post(f"/p/{reply.id}/delete").status_code == 403
    assert posts_of(topic.id)[-1].deleted_at is None


def test_deleting_the_first_post_removes_the_topic(client, member, other, moderator):
    topic_id = topic_id_of(post_topic(client, "A topic I regret"))
    first = posts_of(topic_id)[0]
    response = client.post(f"/p/{first.id}/delete")
    assert location(response) == "/s/welcome"
    _, other_browser = other
    assert "A topic I regret" not in text(other_browser.get("/s/welcome"))
    assert other_browser.get(f"/t/{topic_id}").status_code == 404
    _, mod_browser = moderator
    assert "A topic I regret" in text(mod_browser.get("/s/welcome"))
    assert mod_browser.get(f"/t/{topic_id}").status_code == 200


# --- moderators: pin and lock -------------------------------------------------


def test_a_moderator_pins_a_topic_to_the_top(client, member, moderator):
    older = make_topic(member, "welcome", title="Older topic")
    make_topic(member, "welcome", title="Newer topic")
    _, mod_browser = moderator
    response = mod_browser.post(f"/t/{older.id}/pin")
    assert location(response) == f"/t/{older.id}"
    listing = text(client.get("/s/welcome"))
    assert listing.index("Older topic") < listing.index("Newer topic")
    assert "Pinned" in listing
    mod_browser.post(f"/t/{older.id}/unpin")
    db.session.expire_all()
    assert not db.session.get(Topic, older.id).is_pinned


@pytest.mark.parametrize("change", ["pin", "unpin", "lock", "unlock"])
def test_members_cannot_pin_or_lock(client, member, change):
    topic = make_topic(member, "welcome", is_pinned=change == "unpin", is_locked=change == "unlock")
    response = client.post(f"/t/{topic.id}/{change}")
    assert response.status_code == 403
    db.session.expire_all()
    topic = db.session.get(Topic, topic.id)
    assert topic.is_pinned is (change == "unpin")
    assert topic.is_locked is (change == "unlock")
    assert f"/t/{topic.id}/{change}" not in text(client.get(f"/t/{topic.id}"))


def test_a_locked_topic_refuses_replies(client, member, moderator):
    topic = make_topic(member, "welcome")
    _, mod_browser = moderator
    mod_browser.post(f"/t/{topic.id}/lock")
    page = text(client.get(f"/t/{topic.id}"))
    assert "Locked: no new replies" in page
    assert 'value="Post reply"' not in page

    response = post_reply(client, topic.id, "Sneaking one in.")
    assert response.status_code in (403, 422)
    assert "locked" in text(response).lower()
    assert len(posts_of(topic.id)) == 1
    # The author may not edit once it is locked either.
    first = posts_of(topic.id)[0]
    assert client.get(f"/p/{first.id}/edit").status_code == 403

    assert post_reply(mod_browser, topic.id, "Moderators can still add a note.").status_code == 302


# --- reading -------------------------------------------------------------------


def test_forty_five_posts_make_three_pages(client, member):
    topic = make_topic(member, "welcome", replies=44)
    first = text(client.get(f"/t/{topic.id}"))
    assert "Page 1 of 3" in first
    assert "Next page" in first
    assert "Previous page" not in first
    assert "First page" not in first
    assert f'href="/t/{topic.id}?page=3">Last page' in first
    middle = text(client.get(f"/t/{topic.id}?page=2"))
    for label in ("First page", "Previous page", "Next page", "Last page"):
        assert label in middle
    last = text(client.get(f"/t/{topic.id}?page=3"))
    assert "Page 3 of 3" in last
    numbers = [int(n) for n in re.findall(r"Post (\d+) of topic", last)]
    assert numbers == [41, 42, 43, 44, 45]
    assert "Next page" not in last
    assert "Last page" not in last
    assert "Previous page" in last
    assert "First page" in last
    beyond = text(client.get(f"/t/{topic.id}?page=99"))
    assert "Page 3 of 3" in beyond


def test_a_reply_from_someone_else_shows_as_new_since_your_last_visit(client, member, other):
    topic = make_topic(member, "welcome", replies=2)
    client.get(f"/t/{topic.id}")  # read to the end
    assert "new since your last visit" not in text(client.get("/s/welcome"))

    _, other_browser = other
    post_reply(other_browser, topic.id, "A fresh reply.")
    new = posts_of(topic.id)[-1]
    listing = text(client.get("/s/welcome"))
    assert "1 new since your last visit" in listing

    response = client.get(f"/t/{topic.id}/unread")
    assert location(response) == f"/t/{topic.id}?page=1#p{new.id}"
    client.get(f"/t/{topic.id}")
    assert "new since your last visit" not in text(client.get("/s/welcome"))


def test_jumping_to_the_first_unread_post_goes_to_its_page(client, member, other):
    topic = make_topic(member, "welcome", replies=19)  # exactly one page
    client.get(f"/t/{topic.id}")
    _, other_browser = other
    post_reply(other_browser, topic.id, "Onto page two.")
    post_reply(other_browser, topic.id, "And another.")
    first_new = posts_of(topic.id)[20]
    assert "2 new since your last visit" in text(client.get("/s/welcome"))
    assert location(client.get(f"/t/{topic.id}/unread")) == f"/t/{topic.id}?page=2#p{first_new.id}"


def test_a_topic_never_opened_is_marked_new(client, member, other):
    author, _ = other
    make_topic(author, "welcome", title="Never opened")
    listing = text(client.get("/s/welcome"))
    row = listing.split("Never opened", 1)[1].split("</li>", 1)[0]
    assert ">New<" in row


def test_a_permalink_finds_the_page_of_the_post(client, member):
    topic = make_topic(member, "welcome", replies=24)
    post = posts_of(topic.id)[22]
    assert location(client.get(f"/p/{post.id}")) == f"/t/{topic.id}?page=2#p{post.id}"


def test_quoting_a_deleted_post_prefills_nothing(client, member, other):
    _, author_browser = other
    topic = make_topic(member, "welcome")
    post_reply(author_browser, topic.id, "Words I took back.")
    reply = posts_of(topic.id)[-1]
    author_browser.post(f"/p/{reply.id}/delete")
    page = text(client.get(f"/t/{topic.id}/reply?quote={reply.id}"))
    assert "Words I took back." not in page


def test_the_reply_page_of_a_locked_topic_offers_no_composer(client, member, moderator):
    topic = make_topic(member, "welcome", is_locked=True)
    response = client.get(f"/t/{topic.id}/reply")
    if response.status_code == 200:
        page = text(response)
        assert "locked" in page.lower()
        assert 'value="Post reply"' not in page
    else:
        assert response.status_code == 403


# --- anonymous posting ----------------------------------------------------------


def test_an_anonymous_post_never_names_its_author_even_in_the_edit_history(app, moderator):
    author = make_user(display_name="Skylark", member_type="care_leaver")
    browser = new_client(app)
    sign_in(browser, author)
    response = browser.post(
        "/s/care-leavers-lounge/new",
        data={
            "title": "Moving out at eighteen",
            "body": "How did you cope with the first month?",
            "anonymous": "y",
            "submit": "Post topic",
        },
    )
    topic_id = topic_id_of(response)
    post = posts_of(topic_id)[0]
    browser.post(
        f"/p/{post.id}/edit",
        data={
            "title": "Moving out at eighteen",
            "body": "How did you cope with the first few weeks?",
            "submit": "Save changes",
        },
    )
    reader = new_client(app)
    sign_in(reader, make_user(member_type="care_leaver"))
    _, mod_browser = moderator
    for who, pages in {
        "member": [reader.get(f"/t/{topic_id}"), reader.get("/s/care-leavers-lounge")],
        "moderator": [
            mod_browser.get(f"/t/{topic_id}"),
            mod_browser.get("/s/care-leavers-lounge"),
            mod_browser.get(f"/p/{post.id}/revisions"),
        ],
    }.items():
        for response in pages:
            assert response.status_code == 200, who
            assert "Skylark" not in text(response), who
            assert "Anonymous member" in text(response) or "revision" in text(response).lower()
