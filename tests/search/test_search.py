"""Search: the same tests on SQLite (FTS5) and PostgreSQL (tsvector), whichever runs.

Posts are written through the thread services, so every test also proves the
index follows the content in the writing transaction.
"""

from __future__ import annotations

from typing import Any

import pytest
from click.testing import Result

from forum.accounts.models import MemberType
from forum.extensions import db, utcnow
from forum.people.models import WhoCanFind
from forum.search import queries
from forum.search.queries import Criteria
from forum.threads import services as threads
from forum.threads.models import Post, PostState, Topic
from tests.factories import make_user, sign_in, space


def topic(author: Any, title: str, body: str, slug: str = "welcome", **kw: Any) -> Topic:
    outcome = threads.create_topic(author, space(slug), title, body, **kw)
    assert outcome.saved is not None
    return outcome.saved


def reply(author: Any, to: Topic, body: str, **kw: Any) -> Post:
    outcome = threads.reply(author, to, body, **kw)
    assert outcome.saved is not None
    return outcome.saved


def find(actor: Any, q: str, **kw: Any) -> list[queries.Hit]:
    spaces = queries.visible_spaces(actor)
    return queries.search(actor, spaces, Criteria(q=q, **kw)).hits


def titles(actor: Any, q: str, **kw: Any) -> list[str]:
    return [h.topic_title for h in find(actor, q, **kw)]


@pytest.fixture
def member() -> Any:
    return make_user(display_name="Pat Reader")


def test_finds_words_phrases_and_prefixes(member):
    writer = make_user()
    topic(writer, "Supervision notes", "We talked about reflective supervision today.")
    topic(writer, "Courts", "Reflective practice in family courts is rare.")
    assert set(titles(member, "reflective")) == {"Supervision notes", "Courts"}
    assert titles(member, '"reflective supervision"') == ["Supervision notes"]
    assert titles(member, '"supervision reflective"') == []
    assert titles(member, "superv*") == ["Supervision notes"]
    assert titles(member, "reflective famil*") == ["Courts"]


def test_a_title_match_ranks_first(member):
    writer = make_user()
    body_only = topic(writer, "Weekend plans", "Someone mentioned kinship care at the meeting.")
    reply(writer, body_only, "Nothing about it here.")
    topic(writer, "Kinship care allowances", "What do councils pay now?")
    assert titles(member, "kinship") == ["Kinship care allowances", "Weekend plans"]


def test_audiences_hold():
    practitioner = make_user(member_type=MemberType.practitioner)
    leaver = make_user(member_type=MemberType.care_leaver)
    topic(leaver, "Lounge chat", "Moving flat is hard, zebracorn.", slug="care-leavers-lounge")
    topic(practitioner, "A case", "Planning meeting went well, zebracorn.", slug="case-discussion")
    assert titles(practitioner, "zebracorn") == ["A case"]
    assert titles(leaver, "zebracorn") == ["Lounge chat"]
    lounge = space("care-leavers-lounge")
    assert titles(practitioner, "zebracorn", space_id=lounge.id) == []


def test_held_hidden_and_deleted_posts_are_never_found(member):
    writer = make_user()
    held = topic(writer, "Held one", "quokka held")
    held.state = PostState.held
    db.session.scalar(db.select(Post).where(Post.topic_id == held.id)).state = PostState.held
    hidden = reply(writer, topic(writer, "Open", "nothing here"), "quokka hidden")
    hidden.hidden_at = utcnow()
    deleted = reply(writer, topic(writer, "Open two", "nothing here"), "quokka deleted")
    threads.delete_post(writer, deleted)
    gone = topic(writer, "Gone topic", "quokka topic deleted")
    threads.delete_post(writer, db.session.scalar(db.select(Post).where(Post.topic_id == gone.id)))
    kept = reply(writer, topic(writer, "Visible", "nothing here"), "quokka visible")
    db.session.flush()
    assert [h.post_id for h in find(member, "quokka")] == [kept.id]


def test_edits_are_reindexed(member):
    writer = make_user()
    t = topic(writer, "Old title", "The word is wombat.")
    first = db.session.scalar(db.select(Post).where(Post.topic_id == t.id))
    threads.edit_post(writer, first, "The word is platypus.", title="New title")
    assert titles(member, "wombat") == []
    assert titles(member, "platypus") == ["New title"]
    assert titles(member, "old") == []


def test_anonymous_posts_never_tie_to_their_author(member):
    writer = make_user(display_name="Robin Quill")
    topic(writer, "Signed", "A signed note about respite.", slug="case-discussion")
    topic(
        writer,
        "Unsigned",
        "An anonymous note about respite.",
        slug="case-discussion",
        anonymous=True,
    )
    hits = find(member, "respite")
    assert {(h.topic_title, h.author_name) for h in hits} == {
        ("Signed", "Robin Quill"),
        ("Unsigned", "Anonymous member"),
    }
    assert titles(member, "respite", author="Robin Quill") == ["Signed"]
    assert titles(member, "Robin Quill") == []  # the index stores no author


def test_the_author_filter_refuses_members_one_may_not_find(member):
    hidden = make_user(display_name="Sam Hidden")
    hidden.profile.who_can_find = WhoCanFind.nobody
    topic(hidden, "Hidden author", "A post about fostering.")
    assert titles(member, "fostering") == ["Hidden author"]  # the post itself is public
    assert titles(member, "fostering", author="Sam Hidden") == []
    assert titles(member, "fostering", author="Nobody At All") == []


def test_dates_filter(member):
    writer = make_user()
    t = topic(writer, "Dated", "Narwhal sighting.")
    today = utcnow().date()
    assert titles(member, "narwhal", date_from=today, date_to=today) == ["Dated"]
    assert titles(member, "narwhal", date_to=today.replace(year=today.year - 1)) == []
    assert t.id


def test_the_snippet_escapes_html(client, member):
    writer = make_user()
    topic(writer, "Scripted", "Beware <script>alert('x')</script> marmoset & tamarin tricks.")
    db.session.flush()
    sign_in(client, member)
    page = client.get("/search?q=marmoset")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    snippet = html.split('class="snippet">', 1)[1].split("</p>", 1)[0]
    assert "<script" not in snippet  # escaped (SQLite) or dropped as a tag (PostgreSQL)
    assert "&amp; tamarin" in snippet
    assert snippet.replace("<mark>marmoset</mark>", "").count("<") == 0
    assert "<mark>marmoset</mark>" in html


def test_the_page_shows_hits_and_filters(client, member):
    writer = make_user(display_name="Alex Writer")
    topic(writer, "Lemur topic", "All about the lemur.")
    sign_in(client, member)
    html = client.get("/search?q=lemur").get_data(as_text=True)
    for shown in ("Lemur topic", "Alex Writer", "Welcome"):
        assert shown in html
    for label in ("Search", "Space", "Author", "From", "To"):
        assert f">{label}</label>" in html
    assert "Care leavers&#39; lounge" not in html  # only spaces the member can see
    assert 'action="/search"' in client.get("/").get_data(as_text=True)


@pytest.mark.parametrize(
    "q",
    [
        "x" * 5000,
        "!!! ??? ...",
        '"unbalanced quote',
        "NEAR(a b)",
        '"col:" title:foo',
        "a OR b AND NOT c",
        "^start -minus +plus (paren",
        "*",
        "'\\\"",
    ],
)
def test_bad_input_answers_200_never_500(client, member, q):
    topic(make_user(), "Bystander", "A post that bad input must not match.")
    sign_in(client, member)
    page = client.get("/search", query_string={"q": q})
    assert page.status_code == 200
    assert 'class="search-hit"' not in page.get_data(as_text=True)
    for bad_page in ("9" * 5000, "²", "-1", "0", "x"):
        assert client.get("/search", query_string={"q": q, "page": bad_page}).status_code == 200


def test_bad_input_never_raises_in_the_query(member):
    for q in ['"unbalanced', "NEAR(x y, 2)", '"col:"', "title:foo", "*", "-", "a:*", "&|!"]:
        assert isinstance(find(member, q), list)


def test_query_count_is_fixed_whatever_the_results(member, queries):
    """Spaces once, the ranked candidates, then the page's rows (none when nothing matched);
    the author lookup adds one."""
    writer = make_user(display_name="Gecko Keeper")
    for n in range(3):
        topic(writer, f"Gecko {n}", f"Gecko number {n}.")
    assert member.is_active_member  # loaded, as current_user is before a view runs
    for q, author, expected in (
        ("gecko", "", 3),
        ("absentword", "", 2),
        ("gecko", "Gecko Keeper", 4),
        ("absentword", "Gecko Keeper", 3),
    ):
        with queries() as counted:
            find(member, q, author=author)
        assert counted.count == expected, [s[:60] for s in counted.statements]


def test_pages_are_numbered(member):
    writer = make_user()
    t = topic(writer, "Many capybaras", "capybara one")
    for n in range(queries.PER_PAGE + 3):
        reply(writer, t, f"capybara reply {n}")
    spaces = queries.visible_spaces(member)
    first = queries.search(member, spaces, Criteria(q="capybara"))
    second = queries.search(member, spaces, Criteria(q="capybara", page=2))
    assert (first.total, first.pages) == (queries.PER_PAGE + 4, 2)
    assert (len(first.hits), len(second.hits)) == (queries.PER_PAGE, 4)
    assert not {h.post_id for h in first.hits} & {h.post_id for h in second.hits}


def test_reindex_rebuilds_the_index(runner, member):
    writer = make_user()
    t = topic(writer, "Axolotl", "axolotl facts")
    db.session.execute(db.text("DELETE FROM search_index" if _pg() else "DELETE FROM post_search"))
    assert titles(member, "axolotl") == []
    result: Result = runner.invoke(args=["search", "reindex"])
    assert result.exit_code == 0, result.output
    assert "Indexed" in result.output
    assert titles(member, "axolotl") == ["Axolotl"]
    assert t.id


def _pg() -> bool:
    return db.session.get_bind().dialect.name == "postgresql"


def test_a_very_common_word_ranks_the_newest_matches(member, monkeypatch):
    """Past CANDIDATES matches, the newest ones are ranked; older ones drop out of the list."""
    monkeypatch.setattr(queries, "CANDIDATES", 3)
    writer = make_user()
    old = topic(writer, "Heron heron heron", "heron heron heron heron")  # the best match, oldest
    for n in range(4):
        topic(writer, f"Walk {n}", f"a heron by the river, walk {n}")
    spaces = queries.visible_spaces(member)
    found = queries.search(member, spaces, Criteria(q="heron"))
    assert found.total == 3
    assert old.id not in {hit.topic_id for hit in found.hits}
    monkeypatch.setattr(queries, "CANDIDATES", 100)
    assert find(member, "heron")[0].topic_id == old.id  # ranked first when it is a candidate
