"""The admin's settings page: the new-member period, admins only, every change audited."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from forum.extensions import db
from forum.settings.models import SiteSetting
from forum.settings.services import Settings, get_settings
from moderation.models import AuditEntry
from tests.factories import make_admin, make_moderator, make_user, sign_in

PAGE = "/moderation/settings"
FIELDS = {
    "new_member_held_posts": "Posts held for review from a new member",
    "new_member_posts_per_hour": "Posts per hour for a new member",
    "new_member_posts_per_day": "Posts per day for a new member",
}


def text(response) -> str:
    return response.get_data(as_text=True)


@pytest.fixture
def admin_client(app):
    client = app.test_client()
    admin = make_admin(display_name="Ada the admin")
    sign_in(client, admin)
    client.user = admin
    return client


def save(client, held: int | str = 5, per_hour: int | str = 2, per_day: int | str = 6):
    return client.post(
        PAGE,
        data={
            "new_member_held_posts": held,
            "new_member_posts_per_hour": per_hour,
            "new_member_posts_per_day": per_day,
            "keep_rejected_applications_days": 180,
            "keep_closed_reports_days": 365,
        },
    )


def settings_audit() -> list[AuditEntry]:
    return list(
        db.session.scalars(select(AuditEntry).where(AuditEntry.action == "settings.change"))
    )


@pytest.mark.parametrize(("who", "status"), [("member", 404), ("moderator", 404), ("admin", 200)])
def test_only_admins_open_the_settings_page(app, who, status):
    user = {"member": make_user, "moderator": make_moderator, "admin": make_admin}[who]()
    client = app.test_client()
    sign_in(client, user)
    assert client.get(PAGE).status_code == status


def test_a_moderator_cannot_change_the_settings(app):
    client = app.test_client()
    sign_in(client, make_moderator())
    assert save(client).status_code == 404
    assert db.session.scalars(select(SiteSetting)).all() == []
    assert settings_audit() == []


def test_the_page_shows_each_setting_with_its_current_value(admin_client):
    page = text(admin_client.get(PAGE))
    assert "<h1>Settings</h1>" in page
    for name, label in FIELDS.items():
        assert f'<label for="{name}">{label}</label>' in page
    assert 'value="Save settings"' in page
    for name, value in (
        ("new_member_held_posts", 0),  # the test suite's configured default
        ("new_member_posts_per_hour", 3),
        ("new_member_posts_per_day", 10),
    ):
        assert re.search(rf'name="{name}"[^>]*value="{value}"', page)


def test_saving_stores_the_settings_and_records_who_and_what(admin_client):
    response = save(admin_client, held=5, per_hour=2, per_day=6)
    assert response.status_code == 302
    assert get_settings() == Settings(
        new_member_held_posts=5, new_member_posts_per_hour=2, new_member_posts_per_day=6
    )
    rows = db.session.scalars(select(SiteSetting)).all()
    assert {row.updated_by_id for row in rows} == {admin_client.user.id}
    (entry,) = settings_audit()
    assert entry.actor_id == admin_client.user.id
    assert entry.target_type == "settings"
    assert "Posts held for review from a new member: 0 → 5" in entry.reason
    assert "Posts per hour for a new member: 3 → 2" in entry.reason
    assert "Settings saved." in text(admin_client.get(PAGE))


def test_saving_without_a_change_writes_no_audit_entry(admin_client):
    save(admin_client, held=0, per_hour=3, per_day=10)
    assert settings_audit() == []


def test_a_second_change_updates_the_stored_value(admin_client):
    save(admin_client, held=5)
    save(admin_client, held=2)
    assert get_settings().new_member_held_posts == 2
    assert len(settings_audit()) == 2
    assert "5 → 2" in settings_audit()[1].reason


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"held": "-1"}, "Give a number from 0 to 100."),
        ({"per_hour": "0"}, "Give a number from 1 to 1000."),
        ({"per_day": "lots"}, "Not a valid integer value."),
        ({"per_hour": 5, "per_day": 4}, "Allow at least as many posts a day as an hour."),
    ],
)
def test_a_bad_number_is_a_form_error_that_keeps_what_was_typed(admin_client, values, message):
    response = save(admin_client, **values)
    assert response.status_code == 422
    page = text(response)
    assert message in page
    for value in values.values():
        assert f'value="{value}"' in page
    assert db.session.scalars(select(SiteSetting)).all() == []
    assert settings_audit() == []


def test_settings_are_read_in_one_query(admin_client, queries):
    save(admin_client, held=4)
    with queries() as counted:
        settings = get_settings()
    assert counted.count == 1
    assert settings.new_member_held_posts == 4


def test_without_a_stored_value_the_product_defaults_apply(app, monkeypatch):
    monkeypatch.delitem(app.config, "NEW_MEMBER_HELD_POSTS_DEFAULT")
    assert get_settings() == Settings(
        new_member_held_posts=3, new_member_posts_per_hour=3, new_member_posts_per_day=10
    )


def test_a_stored_value_wins_over_the_configured_default(app):
    db.session.add(SiteSetting(key="new_member_held_posts", value=7))
    db.session.flush()
    assert app.config["NEW_MEMBER_HELD_POSTS_DEFAULT"] == 0
    assert get_settings().new_member_held_posts == 7
