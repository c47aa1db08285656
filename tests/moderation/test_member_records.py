"""The member list and a member's record as moderators see them, in a fixed number of queries."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from forum.accounts.models import AccountStatus, MemberType
from forum.extensions import db, utcnow
from forum.threads.models import Post
from moderation.members.clock import long_date, today
from moderation.models import MemberNote, Sanction, SanctionKind
from tests.factories import make_admin, make_moderator, make_topic, make_user, sign_in


def text(response) -> str:
    return response.get_data(as_text=True)


@pytest.fixture
def moderator():
    return make_moderator(display_name="Sam the moderator")


@pytest.fixture
def mod(app, moderator):
    db.session.commit()
    client = app.test_client()
    sign_in(client, moderator)
    return client


def listed(page: str) -> list[str]:
    return re.findall(r'<tr id="member-\d+">\s*<td><a [^>]*>(.*?)</a>', page)


def test_moderators_find_members_by_display_name_or_email(mod):
    make_user(display_name="Robin Carer", email="robin@northshire.example")
    make_user(display_name="Kit Adviser", email="kit@southshire.example")
    make_user(display_name="Northern Lights", email="lights@example.org")
    db.session.commit()

    page = text(mod.get("/moderation/members?q=north"))

    assert listed(page) == ["Northern Lights", "Robin Carer"]
    assert 'value="north"' in page
    assert "Search members" in page
    assert listed(text(mod.get("/moderation/members?q=KIT@"))) == ["Kit Adviser"]


def test_a_search_that_finds_nobody_says_so(mod):
    page = text(mod.get("/moderation/members?q=%25"))  # a LIKE wildcard is just a character

    assert listed(page) == []
    assert "No member's display name or email contains “%”." in page


def test_the_list_shows_role_and_standing(mod):
    make_user(
        display_name="Away For A While",
        status=AccountStatus.suspended,
        suspended_until=utcnow() + timedelta(days=3),
    )
    make_admin(display_name="Ada the admin")
    db.session.commit()

    page = text(mod.get("/moderation/members"))

    away = re.search(r"Away For A While.*?</tr>", page, re.S)
    assert away
    assert "Suspended until" in away.group(0)
    ada = re.search(r"Ada the admin.*?</tr>", page, re.S)
    assert ada
    assert "Admin" in ada.group(0)


@pytest.mark.parametrize("many", [3, 80])
def test_the_member_list_costs_the_same_few_queries_however_many_members(app, mod, queries, many):
    for n in range(many):
        make_user(display_name=f"Listed {n:03}")
    db.session.commit()
    db.session.expunge_all()
    mod.get("/moderation/members")
    with app.app_context(), queries() as counted:
        response = mod.get("/moderation/members")
    assert response.status_code == 200
    assert counted.count <= 6, counted.statements
    if many > 50:
        assert "Showing the first 50" in text(response)


def test_the_record_shows_who_the_member_is_and_their_history(app, mod, moderator):
    member = make_user(display_name="River", member_type=MemberType.care_leaver)
    db.session.add_all(
        [
            Sanction(
                user_id=member.id,
                moderator_id=moderator.id,
                kind=SanctionKind.warning,
                reason="Named a foster carer.",
            ),
            MemberNote(user_id=member.id, author_id=moderator.id, body="Responded well."),
        ]
    )
    db.session.commit()

    page = text(mod.get(f"/moderation/members/{member.id}"))

    assert "<h1>River</h1>" in page
    for shown in ("Care leaver", "Member", "Active", long_date(today())):
        assert shown in page
    assert "Named a foster carer." in page
    assert "(not read yet)" in page
    assert "Responded well." in page
    for label in (
        'for="warn-reason"',
        'for="suspend-until"',
        'for="ban-reason"',
        'for="note-body"',
    ):
        assert label in page
    assert 'for="lift-reason"' not in page  # nothing to lift
    assert "Make moderator" not in page  # admins only


def test_an_unknown_member_is_not_found(mod):
    assert mod.get("/moderation/members/999999").status_code == 404


def test_the_record_costs_the_same_few_queries_however_long_the_history(
    app, mod, moderator, queries
):
    short, long = make_user(), make_user()
    for n in range(30):
        db.session.add(
            Sanction(
                user_id=long.id,
                moderator_id=make_moderator().id if n % 10 == 0 else moderator.id,
                kind=SanctionKind.warning,
                reason=f"Warning {n}",
                seen_at=utcnow(),
            )
        )
        db.session.add(MemberNote(user_id=long.id, author_id=moderator.id, body=f"Note {n}"))
    db.session.commit()
    ids = (short.id, long.id)
    db.session.expunge_all()
    counts = []
    for member_id in ids:
        with app.app_context(), queries() as counted:
            assert mod.get(f"/moderation/members/{member_id}").status_code == 200
        counts.append(counted.count)
    assert counts[0] == counts[1]
    assert counts[1] <= 7


def test_a_revealed_author_links_to_their_member_record(app, mod):
    author = make_user(display_name="Quentin Sparrowhawk")
    topic = make_topic(author, "case-discussion", title="Direct work", is_anonymous=True)
    post = db.session.scalar(select(Post).where(Post.topic_id == topic.id))
    assert post is not None
    post.is_anonymous = True
    db.session.commit()

    page = text(mod.post(f"/moderation/posts/{post.id}/reveal", data={"reason": "Safeguarding."}))

    assert f'href="/moderation/members/{author.id}"' in page
    topic_page = text(mod.get(f"/t/{topic.id}"))
    assert f"/moderation/members/{author.id}" not in topic_page  # never from the post itself
