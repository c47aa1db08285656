"""Who may see which space, per DESIGN.md's Spaces table.

A space or topic someone may not see answers exactly like one that does not
exist: the same 404, the same page.
"""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from forum import gate
from forum.accounts.models import AccountStatus, MemberType
from forum.extensions import db
from forum.threads.models import Post
from tests.factories import make_moderator, make_topic, make_user, sign_in

P, C, A, MOD = "practitioner", "care_leaver", "ally", "moderator"
VISIBLE_TO = {
    "welcome": {P, C, A, MOD},
    "good-practice": {P, A, MOD},
    "case-discussion": {P, MOD},
    "care-leavers-lounge": {C, MOD},
    "reconnect": {C, P, MOD},
    "courses-events": {P, C, A, MOD},
    "off-topic": {P, C, A, MOD},
    "moderators": {MOD},
}
NAMES = {
    "welcome": "Welcome &amp; introductions",
    "good-practice": "Good practice",
    "case-discussion": "Case discussion (anonymised)",
    "care-leavers-lounge": "Care leavers&#39; lounge",
    "reconnect": "Reconnect",
    "courses-events": "Courses, events &amp; services",
    "off-topic": "Off-topic &amp; wellbeing",
    "moderators": "Moderators&#39; room",
}
ACTORS = [P, C, A, MOD]
MATRIX = [(actor, slug) for actor in ACTORS for slug in VISIBLE_TO]


def make_actor(kind: str):
    if kind == MOD:
        return make_moderator(member_type=MemberType.practitioner)
    return make_user(member_type=MemberType(kind))


@pytest.fixture
def topic_in():
    """A topic with a reply in a space, written by a moderator."""
    author = make_moderator()

    def make(slug):
        topic = make_topic(author, slug, title=f"A topic in {slug}", replies=1)
        post = db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.number == 2))
        return topic, post

    return make


def test_the_matrix_covers_every_space(app):
    from forum.spaces.models import Space

    slugs = set(db.session.scalars(select(Space.slug)))
    assert slugs == set(VISIBLE_TO)


@pytest.mark.parametrize(("actor", "slug"), MATRIX)
def test_the_spaces_list_shows_exactly_the_spaces_the_audience_admits(client, actor, slug):
    sign_in(client, make_actor(actor))
    page = client.get("/").get_data(as_text=True)
    assert (NAMES[slug] in page) is (actor in VISIBLE_TO[slug])


@pytest.mark.parametrize(("actor", "slug"), MATRIX)
def test_a_space_opens_only_for_its_audience(client, topic_in, actor, slug):
    topic, post = topic_in(slug)
    sign_in(client, make_actor(actor))
    allowed = actor in VISIBLE_TO[slug]
    expected = 200 if allowed else 404
    space = client.get(f"/s/{slug}")
    assert space.status_code == expected
    assert client.get(f"/t/{topic.id}").status_code == expected
    assert client.get(f"/t/{topic.id}/reply").status_code == expected
    assert client.get(f"/t/{topic.id}/reply?quote={post.id}").status_code == expected
    assert client.get(f"/s/{slug}/new").status_code == expected
    assert client.get(f"/t/{topic.id}/unread").status_code == (302 if allowed else 404)
    assert client.get(f"/p/{post.id}").status_code == (302 if allowed else 404)
    if allowed:
        assert topic.title in space.get_data(as_text=True)


@pytest.mark.parametrize(("actor", "slug"), MATRIX)
def test_writing_works_only_for_the_audience(client, topic_in, actor, slug):
    topic, post = topic_in(slug)
    sign_in(client, make_actor(actor))
    allowed = actor in VISIBLE_TO[slug]
    new = client.post(
        f"/s/{slug}/new",
        data={"title": "Can I post here?", "body": "Testing.", "submit": "Post topic"},
    )
    reply = client.post(f"/t/{topic.id}/reply", data={"body": "Me too.", "submit": "Post reply"})
    assert new.status_code == (302 if allowed else 404)
    assert reply.status_code == (302 if allowed else 404)
    # Someone else's post: may-not-see is 404; may-see-but-not-edit is 403.
    not_mine = 200 if actor == MOD else 403
    assert client.get(f"/p/{post.id}/edit").status_code == (not_mine if allowed else 404)
    assert client.post(f"/p/{post.id}/delete").status_code == (
        302 if actor == MOD else 403 if allowed else 404
    )


def page_of(response) -> str:
    """The page as the visitor sees it; the CSRF token is fresh on every page anyway."""
    return re.sub(r'name="csrf_token" value="[^"]*"', "", response.get_data(as_text=True))


@pytest.mark.parametrize(("actor", "slug"), [(a, s) for a, s in MATRIX if a not in VISIBLE_TO[s]])
def test_a_hidden_space_looks_exactly_like_a_missing_one(client, topic_in, actor, slug):
    topic, post = topic_in(slug)
    sign_in(client, make_actor(actor))
    pairs = [
        (f"/s/{slug}", "/s/no-such-space"),
        (f"/s/{slug}/new", "/s/no-such-space/new"),
        (f"/t/{topic.id}", "/t/999999999"),
        (f"/t/{topic.id}/reply", "/t/999999999/reply"),
        (f"/t/{topic.id}/unread", "/t/999999999/unread"),
        (f"/p/{post.id}", "/p/999999999"),
        (f"/p/{post.id}/edit", "/p/999999999/edit"),
        (f"/p/{post.id}/revisions", "/p/999999999/revisions"),
    ]
    for hidden, missing in pairs:
        seen, absent = client.get(hidden), client.get(missing)
        assert seen.status_code == absent.status_code == 404, hidden
        assert page_of(seen) == page_of(absent), hidden
        assert topic.title not in seen.get_data(as_text=True)
    for hidden, missing in [
        (f"/t/{topic.id}/reply", "/t/999999999/reply"),
        (f"/p/{post.id}/delete", "/p/999999999/delete"),
        (f"/t/{topic.id}/pin", "/t/999999999/pin"),
    ]:
        seen = client.post(hidden, data={"body": "x", "submit": "Post reply"})
        absent = client.post(missing, data={"body": "x", "submit": "Post reply"})
        assert seen.status_code == absent.status_code == 404, hidden
        assert page_of(seen) == page_of(absent), hidden


def member_rules(app):
    return [
        r
        for r in app.url_map.iter_rules()
        if r.endpoint not in gate.PUBLIC and r.endpoint not in gate.APPLICANT
    ]


def urls(app, rule, values):
    missing = rule.arguments - set(values)
    assert not missing, f"give {rule.rule} a plausible value for {missing}"
    adapter = app.url_map.bind("localhost")
    return adapter.build(rule.endpoint, {k: values[k] for k in rule.arguments})


@pytest.fixture
def values(topic_in):
    topic, post = topic_in("welcome")
    applicant = make_user(status=AccountStatus.pending)
    return {
        "slug": "welcome",
        "topic_id": topic.id,
        "post_id": post.id,
        "user_id": applicant.id,
        "item_id": 1,  # any number: the gate answers before the view looks it up
        "word_id": 1,
        "change": "lock",
        "place": f"reply:{topic.id}",  # a composer's draft
    }


def test_there_are_member_pages_to_check(app):
    endpoints = {r.endpoint for r in member_rules(app)}
    assert {"spaces.index", "spaces.space", "threads.topic", "moderation.applications"} <= endpoints


def not_sent_to(app, client, values, prefix: str) -> list[str]:
    """Every member page, GET and POST, that does not redirect to ``prefix``."""
    wrong = []
    for rule in member_rules(app):
        url = urls(app, rule, values)
        for method in sorted(rule.methods & {"GET", "POST"}):
            response = client.open(url, method=method)
            target = response.headers.get("Location", "")
            if response.status_code != 302 or not target.startswith(prefix):
                wrong.append(f"{method} {url}: {response.status_code} {target}")
    return wrong


def test_a_signed_out_visitor_is_sent_to_sign_in_from_every_member_page(app, client, values):
    assert not_sent_to(app, client, values, "/sign-in") == []


@pytest.mark.parametrize(
    "status",
    [AccountStatus.pending, AccountStatus.info_requested, AccountStatus.rejected,
     AccountStatus.suspended, AccountStatus.withdrawn, AccountStatus.unverified],
)  # fmt: skip
def test_an_account_that_is_not_an_approved_member_reaches_no_member_page(
    app, client, values, status
):
    sign_in(client, make_user(status=status))
    assert not_sent_to(app, client, values, "/status") == []


def test_a_moderator_topic_is_invisible_even_by_guessing_its_number(client, topic_in):
    topic, _ = topic_in("moderators")
    sign_in(client, make_user())
    page = client.get(f"/t/{topic.id}")
    assert page.status_code == 404
    assert "A topic in moderators" not in page.get_data(as_text=True)
