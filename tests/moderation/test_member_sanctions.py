"""Warn, suspend, ban and lift: who may, what the member notices, and what is recorded."""

from __future__ import annotations

import re
from datetime import date, timedelta
from urllib.parse import urlsplit

import pytest
from sqlalchemy import func, select

from forum.accounts.models import AccountStatus, Role, User
from forum.extensions import db, utcnow
from forum.mail.models import OutboxMessage
from moderation.members.clock import long_date, today
from moderation.models import AuditEntry, MemberNote, Sanction, SanctionKind
from tests.factories import PASSWORD, make_admin, make_moderator, make_topic, make_user, sign_in

PREFIX = {"warn": "warn", "suspend": "suspend", "ban": "ban", "lift": "lift", "notes": "note"}
BUTTON = {"warn": "Warn", "suspend": "Suspend", "ban": "Ban", "lift": "Lift", "notes": "Add note"}


def text(response) -> str:
    return response.get_data(as_text=True)


def client_for(app, user: User):
    """A signed-in client; what the factories flushed is committed, as a real request would find it."""
    db.session.commit()
    client = app.test_client()
    sign_in(client, user)
    return client


@pytest.fixture
def moderator():
    return make_moderator(display_name="Sam the moderator")


@pytest.fixture
def mod(app, moderator):
    return client_for(app, moderator)


@pytest.fixture
def member():
    member = make_user(display_name="Jo Practitioner", email="jo@example.org")
    db.session.commit()
    return member


def act(client, member: User, action: str, **fields: str):
    """Press one of the member page's buttons, filling its fields (by their form prefix)."""
    prefix = PREFIX[action]
    data = {f"{prefix}-{name}": value for name, value in fields.items()}
    data[f"{prefix}-submit"] = BUTTON[action]
    return client.post(f"/moderation/members/{member.id}/{action}", data=data)


def suspend(client, member: User, reason: str = "Shared a child's school.", days: int = 7):
    until = today() + timedelta(days=days)
    return act(client, member, "suspend", reason=reason, until=until.isoformat())


def in_db(member: User) -> User:
    db.session.expire_all()
    found = db.session.get(User, member.id)
    assert found is not None
    return found


def audit_actions(member: User) -> list[str]:
    return list(
        db.session.scalars(
            select(AuditEntry.action)
            .where(AuditEntry.target_type == "user", AuditEntry.target_id == member.id)
            .order_by(AuditEntry.id)
        )
    )


def sanctions_of(member: User) -> list[Sanction]:
    return list(
        db.session.scalars(
            select(Sanction).where(Sanction.user_id == member.id).order_by(Sanction.id)
        )
    )


def mail_to(member: User) -> list[OutboxMessage]:
    return list(
        db.session.scalars(
            select(OutboxMessage)
            .where(OutboxMessage.to_address == member.email)
            .order_by(OutboxMessage.id)
        )
    )


# --- who may act on whom -------------------------------------------------------------------

MEMBER_ROUTES = [
    ("GET", "/moderation/members"),
    ("GET", "/moderation/members/{id}"),
    ("POST", "/moderation/members/{id}/warn"),
    ("POST", "/moderation/members/{id}/suspend"),
    ("POST", "/moderation/members/{id}/ban"),
    ("POST", "/moderation/members/{id}/lift"),
    ("POST", "/moderation/members/{id}/notes"),
    ("POST", "/moderation/members/{id}/role"),
]


@pytest.mark.parametrize(("method", "path"), MEMBER_ROUTES)
def test_a_member_who_is_not_a_moderator_gets_not_found(app, member, method, path):
    other = client_for(app, make_user())
    data = {"warn-reason": "x", "suspend-reason": "x", "ban-reason": "x", "note-body": "x"}

    response = other.open(path.format(id=member.id), method=method, data=data)

    assert response.status_code == 404
    assert in_db(member).status is AccountStatus.active
    assert audit_actions(member) == []
    assert sanctions_of(member) == []


def test_a_moderator_cannot_sanction_themselves(mod, moderator):
    page = text(mod.get(f"/moderation/members/{moderator.id}"))
    assert "Suspend" not in page
    assert "Warn" not in page

    response = suspend(mod, moderator)

    assert response.status_code == 403
    assert in_db(moderator).status is AccountStatus.active
    assert audit_actions(moderator) == []


@pytest.mark.parametrize("action", ["warn", "suspend", "ban"])
def test_a_moderator_cannot_sanction_another_moderator(mod, action):
    colleague = make_moderator(display_name="Alex the moderator")
    page = text(mod.get(f"/moderation/members/{colleague.id}"))
    assert "Alex the moderator" in page
    assert 'id="warn-reason"' not in page
    assert 'id="ban-reason"' not in page

    fields = {"reason": "Disagreed with me."}
    if action == "suspend":
        fields["until"] = (today() + timedelta(days=3)).isoformat()
    response = act(mod, colleague, action, **fields)

    assert response.status_code == 403
    assert in_db(colleague).status is AccountStatus.active
    assert sanctions_of(colleague) == []


def test_an_admin_can_suspend_a_moderator(app):
    admin = client_for(app, make_admin(display_name="Ada the admin"))
    colleague = make_moderator()

    response = suspend(admin, colleague)

    assert response.status_code == 302
    assert in_db(colleague).is_suspended
    assert audit_actions(colleague) == ["member.suspend"]


def test_an_admin_cannot_sanction_themselves(app):
    admin_user = make_admin()
    admin = client_for(app, admin_user)
    assert suspend(admin, admin_user).status_code == 403


# --- warn ------------------------------------------------------------------------------------


def test_a_warning_shows_on_the_members_next_page_until_they_have_read_it(app, mod, member):
    member_client = client_for(app, member)
    assert "A warning from the moderators" not in text(member_client.get("/"))

    response = act(mod, member, "warn", reason="Please keep case details anonymised.")
    assert response.status_code == 302
    assert "is warned" in text(mod.get(response.headers["Location"]))

    topic = make_topic(make_user(), "good-practice", title="Supervision")
    db.session.commit()
    for path in ("/", f"/t/{topic.id}"):
        page = text(member_client.get(path))
        assert "A warning from the moderators" in page
        assert "Please keep case details anonymised." in page
        assert "I have read this" in page
    warning = sanctions_of(member)[0]
    assert warning.seen_at is None  # reading pages writes nothing

    read = member_client.post(f"/warnings/{warning.id}/read?next=/t/{topic.id}")

    assert read.status_code == 302
    assert read.headers["Location"] == f"/t/{topic.id}"
    assert "A warning from the moderators" not in text(member_client.get("/"))
    assert sanctions_of(member)[0].seen_at is not None


def test_a_warning_is_recorded_and_emailed(mod, moderator, member):
    act(mod, member, "warn", reason="Please keep case details anonymised.")

    [warning] = sanctions_of(member)
    assert (warning.kind, warning.moderator_id) == (SanctionKind.warning, moderator.id)
    entry = db.session.scalar(select(AuditEntry).where(AuditEntry.target_id == member.id))
    assert entry is not None
    assert (entry.action, entry.target_type, entry.actor_id) == (
        "member.warn",
        "user",
        moderator.id,
    )
    assert entry.reason == "Please keep case details anonymised."
    [mail] = mail_to(member)
    assert "warning" in mail.subject
    assert "Please keep case details anonymised." in mail.body_text
    assert "unsubscribe" not in mail.body_text.lower()


def test_the_warning_banner_costs_a_query_only_while_a_warning_waits(app, queries, mod, member):
    member_client = client_for(app, member)
    with queries() as counted:
        member_client.get("/")
    assert not any("FROM sanctions" in s for s in counted.statements)

    act(mod, member, "warn", reason="Please keep case details anonymised.")
    with queries() as counted:
        member_client.get("/")
    assert sum("FROM sanctions" in s for s in counted.statements) == 1

    applicant = make_user(status=AccountStatus.pending)
    db.session.commit()
    applicant_client = client_for(app, applicant)
    with queries() as counted:
        applicant_client.get("/status")
    assert not any("FROM sanctions" in s for s in counted.statements)


def test_a_member_cannot_mark_someone_elses_warning_as_read(app, mod, member):
    act(mod, member, "warn", reason="Please keep case details anonymised.")
    [warning] = sanctions_of(member)
    nosy = client_for(app, make_user())

    nosy.post(f"/warnings/{warning.id}/read")

    assert sanctions_of(member)[0].seen_at is None


def test_a_warning_needs_a_reason(mod, member):
    response = act(mod, member, "warn", reason="  ")

    assert response.status_code == 422
    assert "Give a reason." in text(response)
    assert sanctions_of(member) == []


# --- suspend ---------------------------------------------------------------------------------


def test_a_suspension_ends_the_members_open_session_on_their_next_request(app, mod, member):
    topic = make_topic(make_user(), "good-practice", title="Life story work")
    db.session.commit()
    member_client = client_for(app, member)
    assert member_client.get(f"/t/{topic.id}").status_code == 200

    assert suspend(mod, member, days=10).status_code == 302

    response = member_client.get(f"/t/{topic.id}")
    assert response.status_code == 302
    assert urlsplit(response.headers["Location"]).path == "/sign-in"
    assert "Life story work" not in text(member_client.get("/", follow_redirects=True))


def test_a_suspended_member_who_signs_in_sees_only_the_suspension_page(app, mod, member):
    topic = make_topic(make_user(), "good-practice", title="Life story work")
    db.session.commit()
    suspend(mod, member, reason="Shared a child's school.", days=10)
    member_client = app.test_client()

    signed_in = member_client.post("/sign-in", data={"email": member.email, "password": PASSWORD})

    assert signed_in.headers["Location"] == "/status"
    page = text(member_client.get("/status"))
    until = long_date(today() + timedelta(days=10))
    assert f"Your membership is suspended until {until}." in page
    assert "Shared a child&#39;s school." in page
    for path in ("/", "/s/good-practice", f"/t/{topic.id}", "/moderation/members", "/settings"):
        response = member_client.get(path)
        assert response.status_code in (302, 404), path
        if response.status_code == 302:
            assert response.headers["Location"] == "/status", path
        assert "Life story work" not in text(response)


def test_a_suspension_is_recorded_and_emailed_with_its_end_date(mod, moderator, member):
    before = in_db(member).session_version
    suspend(mod, member, reason="Shared a child's school.", days=10)

    member = in_db(member)
    assert member.status is AccountStatus.suspended
    assert member.session_version == before + 1
    [sanction] = sanctions_of(member)
    assert sanction.kind is SanctionKind.suspension
    assert sanction.ends_at == member.suspended_until
    assert audit_actions(member) == ["member.suspend"]
    [mail] = mail_to(member)
    until = long_date(today() + timedelta(days=10))
    assert until in mail.subject
    assert "Shared a child's school." in mail.body_text
    assert "unsubscribe" not in mail.body_text.lower()


@pytest.mark.parametrize("until", [date(2020, 1, 1), "today"])
def test_a_suspension_needs_a_date_after_today_and_keeps_what_was_typed(mod, member, until):
    day = today() if until == "today" else until
    response = act(mod, member, "suspend", reason="Shared a child's school.", until=day.isoformat())

    assert response.status_code == 422
    page = text(response)
    assert "Give a date after today." in page
    assert "Shared a child&#39;s school." in page
    assert in_db(member).status is AccountStatus.active
    assert sanctions_of(member) == []


def test_a_second_suspension_is_refused_naming_who_suspended_first(app, mod, member):
    other = client_for(app, make_moderator(display_name="Alex the moderator"))
    suspend(mod, member)

    response = suspend(other, member, reason="Same thing.")

    assert response.status_code == 422
    assert "Jo Practitioner is already suspended by Sam the moderator." in text(response)
    assert audit_actions(member) == ["member.suspend"]
    assert len(sanctions_of(member)) == 1


def test_a_suspension_lifts_itself_after_the_end_date(app, mod, member):
    suspend(mod, member)
    member = in_db(member)
    member.suspended_until = utcnow() - timedelta(minutes=1)  # as if the days had passed
    db.session.commit()
    member_client = app.test_client()

    signed_in = member_client.post("/sign-in", data={"email": member.email, "password": PASSWORD})

    assert signed_in.headers["Location"] == "/"
    assert member_client.get("/").status_code == 200
    assert member_client.get("/status").headers["Location"] == "/"
    assert in_db(member).status is AccountStatus.suspended  # nothing was written on the way
    assert "Active (their suspension has ended)" in text(
        mod.get(f"/moderation/members/{member.id}")
    )


def test_a_member_whose_suspension_ended_can_be_suspended_again(mod, member):
    suspend(mod, member)
    in_db(member).suspended_until = utcnow() - timedelta(minutes=1)
    db.session.commit()

    assert suspend(mod, member, reason="Again.").status_code == 302

    assert in_db(member).is_suspended
    assert audit_actions(member) == ["member.suspend", "member.suspend"]


# --- ban and lift ------------------------------------------------------------------------------


def test_a_ban_ends_the_session_and_shows_the_banned_page(app, mod, member):
    member_client = client_for(app, member)
    assert member_client.get("/").status_code == 200

    assert act(mod, member, "ban", reason="Threatened another member.").status_code == 302

    assert urlsplit(member_client.get("/").headers["Location"]).path == "/sign-in"
    member_client.post("/sign-in", data={"email": member.email, "password": PASSWORD})
    page = text(member_client.get("/status"))
    assert "Your account is banned." in page
    assert "Threatened another member." in page
    assert member_client.get("/s/welcome").headers["Location"] == "/status"
    assert audit_actions(member) == ["member.ban"]
    assert "banned" in mail_to(member)[0].subject


def test_a_suspended_member_can_be_banned(mod, member):
    suspend(mod, member)

    assert act(mod, member, "ban", reason="It got worse.").status_code == 302

    member = in_db(member)
    assert member.status is AccountStatus.banned
    assert member.suspended_until is None
    assert [s.kind for s in sanctions_of(member)] == [SanctionKind.suspension, SanctionKind.ban]


def test_a_banned_member_cannot_be_banned_twice(app, mod, member):
    act(mod, member, "ban", reason="Threatened another member.")
    other = client_for(app, make_moderator(display_name="Alex the moderator"))

    response = act(other, member, "ban", reason="Same.")

    assert response.status_code == 422
    assert "already banned by Sam the moderator" in text(response)
    assert audit_actions(member) == ["member.ban"]


@pytest.mark.parametrize("first", ["suspend", "ban"])
def test_lifting_lets_the_member_back_in_at_once(app, mod, member, first):
    if first == "suspend":
        suspend(mod, member)
    else:
        act(mod, member, "ban", reason="Threatened another member.")

    response = act(mod, member, "lift", reason="Appeal upheld.")

    assert response.status_code == 302
    member = in_db(member)
    assert member.status is AccountStatus.active
    assert member.suspended_until is None
    assert audit_actions(member)[-1] == "member.lift"
    assert "active again" in mail_to(member)[-1].subject
    member_client = app.test_client()
    member_client.post("/sign-in", data={"email": member.email, "password": PASSWORD})
    assert member_client.get("/").status_code == 200


def test_lifting_when_there_is_nothing_to_lift_says_so(mod, member):
    response = act(mod, member, "lift", reason="Appeal upheld.")

    assert response.status_code == 422
    assert "Jo Practitioner is not suspended or banned." in text(response)
    assert audit_actions(member) == []


def test_a_second_lift_names_who_lifted_first(app, mod, member):
    suspend(mod, member)
    act(mod, member, "lift", reason="Appeal upheld.")
    other = client_for(app, make_moderator(display_name="Alex the moderator"))

    response = act(other, member, "lift", reason="Appeal upheld.")

    assert "This was already lifted by Sam the moderator." in text(response)
    assert audit_actions(member) == ["member.suspend", "member.lift"]


# --- notes -------------------------------------------------------------------------------------


def test_notes_are_read_by_moderators_only(app, mod, member):
    topic = make_topic(member, "good-practice", title="Supervision")
    db.session.commit()
    response = act(mod, member, "notes", body="Asked twice about a named school; watch.")
    assert response.status_code == 302

    colleague = client_for(app, make_moderator())
    assert "Asked twice about a named school" in text(
        colleague.get(f"/moderation/members/{member.id}")
    )
    member_client = client_for(app, member)
    for path in ("/", f"/t/{topic.id}", "/notifications", f"/moderation/members/{member.id}"):
        assert "Asked twice about a named school" not in text(member_client.get(path)), path
    assert mail_to(member) == []
    entry = db.session.scalar(select(AuditEntry).where(AuditEntry.target_id == member.id))
    assert entry is not None
    assert entry.action == "member.note"
    assert "named school" not in entry.reason  # the text stays with the note


def test_a_moderator_never_sees_notes_about_themselves(app, moderator, mod):
    admin = client_for(app, make_admin())
    assert (
        act(admin, moderator, "notes", body="Needs support after a hard case.").status_code == 302
    )

    page = text(mod.get(f"/moderation/members/{moderator.id}"))

    assert "Needs support after a hard case." not in page
    assert "Notes about you are not shown to you." in page
    assert act(mod, moderator, "notes", body="About me.").status_code == 422
    count = db.session.scalar(select(func.count()).select_from(MemberNote))
    assert count == 1


# --- moderator rights --------------------------------------------------------------------------


def test_an_admin_grants_and_removes_moderator_rights_on_the_record(app, member):
    admin_user = make_admin(display_name="Ada the admin")
    admin = client_for(app, admin_user)
    page = text(admin.get(f"/moderation/members/{member.id}"))
    assert "Make moderator" in page
    assert "Remove moderator rights" not in page

    granted = admin.post(
        f"/moderation/members/{member.id}/role",
        data={
            "role-reason": "Trusted, two years of good practice.",
            "role-grant": "Make moderator",
        },
    )
    assert granted.status_code == 302
    assert in_db(member).role is Role.moderator
    assert "Remove moderator rights" in text(admin.get(f"/moderation/members/{member.id}"))

    revoked = admin.post(
        f"/moderation/members/{member.id}/role",
        data={"role-reason": "Stepped down.", "role-revoke": "Remove moderator rights"},
    )
    assert revoked.status_code == 302
    assert in_db(member).role is Role.member
    entries = list(
        db.session.scalars(
            select(AuditEntry).where(AuditEntry.target_id == member.id).order_by(AuditEntry.id)
        )
    )
    assert [(e.action, e.actor_id, e.reason) for e in entries] == [
        ("role.grant", admin_user.id, "Trusted, two years of good practice."),
        ("role.revoke", admin_user.id, "Stepped down."),
    ]


def test_a_moderator_cannot_grant_moderator_rights(mod, member):
    assert "Make moderator" not in text(mod.get(f"/moderation/members/{member.id}"))

    response = mod.post(
        f"/moderation/members/{member.id}/role",
        data={"role-reason": "I like them.", "role-grant": "Make moderator"},
    )

    assert response.status_code == 403
    assert in_db(member).role is Role.member
    assert audit_actions(member) == []


def test_a_suspended_member_cannot_be_made_a_moderator(app, mod, member):
    suspend(mod, member)
    admin = client_for(app, make_admin())

    response = admin.post(
        f"/moderation/members/{member.id}/role",
        data={"role-reason": "Oops.", "role-grant": "Make moderator"},
    )

    assert response.status_code == 422
    assert "Only an active member can be made a moderator." in text(response)
    assert in_db(member).role is Role.member


# --- with CSRF on, as in production ---------------------------------------------------------


def test_with_the_pages_tokens_a_warning_is_given_and_read(app, mod, member):
    from tests.security.test_csrf_and_methods import csrf_on

    member_client = client_for(app, member)
    with csrf_on(app):
        page = text(mod.get(f"/moderation/members/{member.id}"))
        token = re.search(r'name="warn-csrf_token" type="hidden" value="([^"]+)"', page)
        assert token, "the Warn form carries its own token"
        given = mod.post(
            f"/moderation/members/{member.id}/warn",
            data={"warn-csrf_token": token.group(1), "warn-reason": "Mind the names."},
        )
        assert given.status_code == 302

        banner = text(member_client.get("/"))
        read_token = re.search(r'name="csrf_token" value="([^"]+)"', banner)
        assert read_token
        [warning] = sanctions_of(member)
        read = member_client.post(
            f"/warnings/{warning.id}/read", data={"csrf_token": read_token.group(1)}
        )
    assert read.status_code == 302
    assert sanctions_of(member)[0].seen_at is not None


def test_a_suspension_without_an_end_date_can_be_lifted(mod, member):
    in_db(member).status = AccountStatus.suspended  # no end date: kept out until lifted
    db.session.commit()

    assert act(mod, member, "lift", reason="Sorted out.").status_code == 302

    assert in_db(member).status is AccountStatus.active
