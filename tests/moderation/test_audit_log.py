"""The audit log: moderators read, filter and export it; nobody can change it."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from forum.accounts.models import AccountStatus
from forum.extensions import db
from forum.threads.models import Post
from moderation.models import AuditEntry
from tests.factories import make_admin, make_moderator, make_topic, make_user, sign_in

AUDIT = "/moderation/audit"
EXPORT = "/moderation/audit/export.csv"
MAX_QUERIES = 7


@pytest.fixture
def moderator(app):
    return make_moderator(display_name="Sam the moderator")


@pytest.fixture
def moderator_client(app, moderator):
    client = app.test_client()
    sign_in(client, moderator)
    return client


def record(actor, action: str, target_type: str, target_id: int, reason: str = "", **extra):
    entry = AuditEntry(
        actor_id=actor.id,
        action=action,
        target_type=target_type,
        target_id=target_id,
        reason=reason,
        **extra,
    )
    db.session.add(entry)
    db.session.flush()
    return entry


def page_of(client, url: str = AUDIT, **args) -> str:
    response = client.get(url, query_string=args or None)
    assert response.status_code == 200, response.status_code
    return response.get_data(as_text=True)


def first_post(topic) -> Post:
    return db.session.scalars(select(Post).where(Post.topic_id == topic.id, Post.number == 1)).one()


def rows(page: str) -> list[str]:
    """The table rows of the log, each as its text."""
    return [
        re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", row)).strip()
        for row in re.findall(r'<tr id="entry-\d+">.*?</tr>', page, re.S)
    ]


def entry_ids(page: str) -> list[int]:
    return [int(n) for n in re.findall(r'<tr id="entry-(\d+)">', page)]


def older_link(page: str) -> str | None:
    found = re.search(r'<a rel="next" href="([^"]+)">Older entries</a>', page)
    return found.group(1).replace("&amp;", "&") if found else None


def read_csv(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.get_data(as_text=True))))


# --- the database refuses to change it ---------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_entries SET reason = 'rewritten' WHERE id = :id",
        "DELETE FROM audit_entries WHERE id = :id",
    ],
    ids=["update", "delete"],
)
def test_the_database_refuses_to_update_or_delete_an_audit_entry(moderator, statement):
    entry = record(moderator, "post.reject", "post", 1, reason="Names a child.")

    with pytest.raises(DBAPIError, match="append-only"), db.session.begin_nested():
        db.session.execute(text(statement), {"id": entry.id})

    db.session.expire_all()
    kept = db.session.get(AuditEntry, entry.id)
    assert kept is not None
    assert kept.reason == "Names a child."


def test_no_audit_log_route_accepts_anything_but_reading(app):
    rules = [r for r in app.url_map.iter_rules() if r.rule.startswith("/moderation/audit")]
    assert rules
    for rule in rules:
        assert rule.methods <= {"GET", "HEAD", "OPTIONS"}, rule


def test_a_post_to_the_audit_log_changes_nothing(moderator, moderator_client):
    entry = record(moderator, "post.reject", "post", 1, reason="Names a child.")

    for url in (AUDIT, EXPORT):
        assert moderator_client.post(url, data={"reason": "x"}).status_code == 405

    assert db.session.scalars(select(AuditEntry.reason)).all() == [entry.reason]


# --- who may read it ---------------------------------------------------------------------


@pytest.mark.parametrize("url", [AUDIT, EXPORT])
def test_signed_out_visitors_are_sent_to_sign_in(client, url):
    response = client.get(url)

    assert response.status_code == 302
    assert "/sign-in" in response.headers["Location"]


@pytest.mark.parametrize("url", [AUDIT, EXPORT])
def test_members_who_are_not_moderators_get_not_found(client, url):
    sign_in(client, make_user())

    assert client.get(url).status_code == 404


@pytest.mark.parametrize("url", [AUDIT, EXPORT])
def test_a_suspended_moderator_cannot_read_it(client, url):
    sign_in(client, make_moderator(status=AccountStatus.suspended))

    assert client.get(url).status_code != 200


@pytest.mark.parametrize("make", [make_moderator, make_admin])
def test_moderators_and_admins_read_the_audit_log(client, make):
    sign_in(client, make())

    page = page_of(client)

    assert "<h1>Audit log</h1>" in page
    assert "Download CSV" in page


# --- what a row shows --------------------------------------------------------------------


def test_each_row_says_when_who_what_to_which_thing_and_why(moderator, moderator_client):
    topic = make_topic(make_user(), title="Sibling contact")
    post = first_post(topic)
    applicant = make_user(display_name="Alex B.", status=AccountStatus.rejected)
    at = datetime(2026, 3, 3, 14, 5, tzinfo=UTC)
    record(moderator, "post.reveal_author", "post", post.id, "Threat to a child.", created_at=at)
    record(moderator, "application.reject", "user", applicant.id, "Not social care.")

    page = page_of(moderator_client)
    newest, oldest = rows(page)

    assert "Sam the moderator" in newest
    assert "Rejected an application" in newest
    assert f"Alex B. · member {applicant.id}" in newest
    assert "Not social care." in newest
    assert "just now" in newest
    assert "03 Mar 2026 14:05 UTC" in oldest
    assert "Revealed the author of an anonymous post" in oldest
    assert f"Post {post.id} in “Sibling contact”" in oldest
    assert f'href="/p/{post.id}"' in page
    assert "Threat to a child." in oldest


def test_an_action_with_no_label_yet_is_shown_as_recorded(moderator, moderator_client):
    record(moderator, "thing.frobnicate", "thing", 7)

    [row] = rows(page_of(moderator_client))

    assert "thing.frobnicate" in row
    assert "Thing 7" in row


def test_a_member_target_links_only_where_the_site_has_a_member_page(
    app, moderator, moderator_client
):
    member = make_user(display_name="Jo")
    record(moderator, "member.warn", "user", member.id, "Be kind.")

    page = page_of(moderator_client)

    has_member_pages = any(
        r.rule.startswith("/moderation/members/") and "GET" in r.methods
        for r in app.url_map.iter_rules()
    )
    assert (f'href="/moderation/members/{member.id}"' in page) is has_member_pages
    assert f"Jo · member {member.id}" in page


# --- filters -----------------------------------------------------------------------------


@pytest.fixture
def log(moderator):
    """A small log: two moderators, posts and members, over three days."""
    other = make_moderator(display_name="Priya")
    member = make_user(display_name="Jo")
    post = first_post(make_topic(member))
    day = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
    return {
        "publish": record(moderator, "post.publish", "post", post.id, created_at=day),
        "reject": record(
            other, "post.reject", "post", 12, "Names a school.", created_at=day + timedelta(days=1)
        ),
        "warn": record(
            other, "member.warn", "user", member.id, "Be kind.", created_at=day + timedelta(days=2)
        ),
        "member": member,
    }


def shown(page: str, log: dict, *names: str) -> bool:
    return entry_ids(page) == sorted((log[n].id for n in names), reverse=True)


def test_filter_by_who_matches_part_of_a_display_name(moderator_client, log):
    assert shown(page_of(moderator_client, who="priy"), log, "reject", "warn")
    assert shown(page_of(moderator_client, who="Sam the"), log, "publish")
    assert shown(page_of(moderator_client, who="100%"), log)  # wildcards are plain text


def test_filter_by_action(moderator_client, log):
    page = page_of(moderator_client, action="post.reject")

    assert shown(page, log, "reject")
    assert '<option selected value="post.reject">' in page


def test_filter_by_action_finds_every_code_with_the_same_meaning(moderator, moderator_client):
    added = record(moderator, "watched_word.add", "watched_word", 1)
    created = record(moderator, "watched_word.create", "watched_word", 2)
    record(moderator, "watched_word.delete", "watched_word", 1)

    page = page_of(moderator_client, action="watched_word.add")

    assert entry_ids(page) == [created.id, added.id]


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("post 12", ["reject"]),
        ("Post #12", ["reject"]),
        ("post", ["publish", "reject"]),
        ("member {member}", ["warn"]),
        ("user {member}", ["warn"]),
    ],
)
def test_filter_by_target(moderator_client, log, target, expected):
    page = page_of(moderator_client, target=target.format(member=log["member"].id))

    assert shown(page, log, *expected)


def test_filter_by_dates_includes_both_days(moderator_client, log):
    assert shown(
        page_of(moderator_client, date_from="2026-03-11", date_to="2026-03-12"),
        log,
        "reject",
        "warn",
    )
    assert shown(page_of(moderator_client, date_to="2026-03-10"), log, "publish")
    assert shown(page_of(moderator_client, date_from="2026-03-13"), log)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ({"target": "post twelve"}, "Write a target like “post 12” or “member 5”."),
        ({"date_from": "2026-03-12", "date_to": "2026-03-10"}, "“To” must be on or after “From”."),
        ({"date_from": "last week"}, "Not a valid date value."),
    ],
)
def test_a_filter_that_makes_no_sense_says_why_and_keeps_what_was_typed(
    moderator_client, log, args, message
):
    response = moderator_client.get(AUDIT, query_string=args)
    page = response.get_data(as_text=True)

    assert response.status_code == 422
    assert message in page
    assert "There is a problem" in page
    for value in args.values():
        assert f'value="{value}"' in page
    assert entry_ids(page) == []


# --- pages -------------------------------------------------------------------------------


def test_older_entries_page_on_by_id_and_keep_the_filters(moderator, moderator_client):
    made = [record(moderator, "post.publish", "post", n) for n in range(1, 121)]
    record(make_moderator(), "post.publish", "post", 999)  # filtered out

    first = page_of(moderator_client, who="Sam the")
    assert entry_ids(first) == [e.id for e in reversed(made[-50:])]
    assert "Newest entries" not in first

    second = page_of(moderator_client, older_link(first))
    assert entry_ids(second) == [e.id for e in reversed(made[20:70])]
    assert "Newest entries" in second

    third = page_of(moderator_client, older_link(second))
    assert entry_ids(third) == [e.id for e in reversed(made[:20])]
    assert older_link(third) is None
    assert "who=Sam+the" in older_link(second)


def test_a_page_of_the_log_costs_the_same_few_queries_however_long_it_is(
    app, moderator, moderator_client, queries
):
    member = make_user()
    post = first_post(make_topic(member))
    targets = {"post": post.id, "user": member.id, "topic": post.topic_id}
    moderator_id = moderator.id

    def cost(how_many: int) -> int:
        for n in range(how_many):
            kind = ("post", "user", "topic", "report_case")[n % 4]
            db.session.add(
                AuditEntry(
                    actor_id=moderator_id,
                    action="post.publish",
                    target_type=kind,
                    target_id=targets.get(kind, n),
                )
            )
        db.session.commit()
        db.session.expunge_all()
        moderator_client.get(AUDIT)
        with queries() as counted:
            assert moderator_client.get(AUDIT).status_code == 200
        return counted.count

    few, many = cost(5), cost(60)

    assert few == many
    # the moderator, the header (notifications, waiting count, warnings), entries, targets
    assert many <= MAX_QUERIES


# --- CSV export --------------------------------------------------------------------------


def test_download_csv_gives_the_filtered_log_as_an_attachment(moderator_client, log):
    response = moderator_client.get(EXPORT, query_string={"who": "Priya"})

    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert response.headers["Content-Disposition"].startswith("attachment; filename=")
    header, *lines = read_csv(response)
    assert header == [
        "When (UTC)",
        "Who",
        "Action",
        "Action code",
        "Target",
        "Target type",
        "Target id",
        "Reason",
    ]
    assert lines == [
        [
            "2026-03-12 12:00:00",
            "Priya",
            "Warned a member",
            "member.warn",
            f"Jo · member {log['member'].id}",
            "user",
            str(log["member"].id),
            "Be kind.",
        ],
        [
            "2026-03-11 12:00:00",
            "Priya",
            "Rejected a held post",
            "post.reject",
            "Post 12",
            "post",
            "12",
            "Names a school.",
        ],
    ]


def test_the_page_links_the_csv_with_the_same_filters(moderator_client, log):
    page = page_of(moderator_client, who="Priya", target="post 12")

    assert 'href="/moderation/audit/export.csv?who=Priya&amp;target=post+12"' in page


def test_csv_cells_that_a_spreadsheet_would_run_as_formulas_are_quoted(moderator_client):
    sly = make_moderator(display_name="@SUM(A1)")
    for reason in ('=HYPERLINK("http://evil.example")', "+1", "-2+3", "@cmd", "fine = fine"):
        record(sly, "member.warn", "user", sly.id, reason)

    _, *lines = read_csv(moderator_client.get(EXPORT))

    assert [line[7] for line in lines] == [
        "fine = fine",
        "'@cmd",
        "'-2+3",
        "'+1",
        '\'=HYPERLINK("http://evil.example")',
    ]
    assert {line[1] for line in lines} == {"'@SUM(A1)"}


def test_a_long_log_exports_every_entry(moderator, moderator_client):
    for n in range(1, 1201):
        record(moderator, "post.publish", "post", n)

    _, *lines = read_csv(moderator_client.get(EXPORT))

    assert len(lines) == 1200
    assert [int(line[6]) for line in lines] == list(range(1200, 0, -1))
