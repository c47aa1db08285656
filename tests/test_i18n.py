"""Translations: every marked string is extracted, and a compiled catalogue changes the page."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from flask import render_template_string
from flask_babel import get_babel, get_timezone, refresh
from flask_login import login_user

from forum import i18n
from forum.config import ROOT
from tests.factories import make_user, sign_in

WELSH = {
    "Password": "Cyfrinair",
    "Keep me signed in on this device": "Cadw fi wedi mewngofnodi ar y ddyfais hon",
    "Sign in": "Mewngofnodi",
    "Topics with content notes will open collapsed.": (
        "Bydd pynciau â nodiadau cynnwys yn agor ar gau."
    ),
}


@pytest.fixture
def welsh(app, tmp_path, monkeypatch):
    """A tiny compiled Welsh catalogue, in place of the site's translations for one test."""
    catalog = Catalog(locale="cy")
    for english, welsh in WELSH.items():
        catalog.add(english, welsh)
    folder = tmp_path / "cy" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with (folder / "messages.mo").open("wb") as out:
        write_mo(out, catalog)
    babel = get_babel(app)
    monkeypatch.setattr(babel, "translation_directories", [str(tmp_path)])
    monkeypatch.setattr(babel.instance.domain_instance, "cache", {})  # nothing loaded before


def test_the_sign_in_form_speaks_the_browsers_language_when_we_have_it(client, welsh):
    page = client.get("/sign-in", headers={"Accept-Language": "cy, en;q=0.5"})

    html = page.get_data(as_text=True)
    assert page.status_code == 200
    assert ">Cyfrinair</label>" in html
    assert "Cadw fi wedi mewngofnodi ar y ddyfais hon" in html
    assert ">Password</label>" not in html
    assert '<html lang="cy">' in html  # screen readers pronounce it as Welsh


def test_british_english_for_en_gb_and_for_languages_without_a_translation(client, welsh):
    for asked in ("en-GB,en;q=0.9", "fr-FR, de;q=0.8", None):
        headers = {"Accept-Language": asked} if asked else {}
        html = client.get("/sign-in", headers=headers).get_data(as_text=True)
        assert ">Password</label>" in html, asked
        assert "Cyfrinair" not in html, asked
        assert '<html lang="en-GB">' in html, asked


def test_a_template_can_translate_with_underscore(app, welsh):
    template = "{{ _('Sign in') }} · {% trans %}Password{% endtrans %}"
    with app.test_request_context(headers={"Accept-Language": "cy"}):
        assert render_template_string(template) == "Mewngofnodi · Cyfrinair"
    with app.test_request_context(headers={"Accept-Language": "en-GB"}):
        refresh()  # the test's app context (and its `g`) outlives one request
        assert render_template_string(template) == "Sign in · Password"


def test_a_flashed_message_is_translated_for_the_reader(client, welsh):
    sign_in(client, make_user())

    page = client.post(
        "/settings/content-notes",
        data={"collapse": "y"},
        headers={"Accept-Language": "cy"},
        follow_redirects=True,
    )

    assert "Bydd pynciau â nodiadau cynnwys yn agor ar gau." in page.get_data(as_text=True)


def test_mail_is_written_in_the_sites_language_whatever_the_browser_asks(app, welsh):
    with app.test_request_context(headers={"Accept-Language": "cy"}):
        assert render_template_string("{{ _('Sign in') }}") == "Mewngofnodi"
        with i18n.site_language():
            assert render_template_string("{{ _('Sign in') }}") == "Sign in"


def test_times_are_in_the_signed_in_members_zone_and_london_otherwise(app):
    member = make_user(time_zone="America/Toronto")
    with app.test_request_context():
        assert str(get_timezone()) == "Europe/London"
    with app.test_request_context():
        refresh()  # the test's app context (and its `g`) outlives one request
        login_user(member)
        assert str(get_timezone()) == "America/Toronto"


def test_extraction_collects_strings_from_python_files(tmp_path):
    pot = tmp_path / "messages.pot"
    subprocess.run(
        [
            str(Path(sys.executable).with_name("pybabel")),
            "--quiet",
            "extract",
            "-F",
            "babel.cfg",
            "-k",
            "_l",
            "--ignore-dirs",
            ".*",  # as `make messages`: skip .venv, but read templates/_macros and _partials
            "-o",
            str(pot),
            ".",
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    with pot.open("rb") as source:
        catalog = read_po(source)

    def places(text: str) -> set[str]:
        message = catalog.get(text)
        assert message is not None, f"{text!r} is not extracted"
        return {path for path, _line in message.locations}

    assert "forum/checkins/views.py" in places("Check-ins have started.")  # a flash
    assert "forum/accounts/forms.py" in places("Display name")  # a form label
    assert "templates/_macros/forms.html" in places("There is a problem")  # a shared macro
    assert "forum/accounts/tokens.py" in places("This link has already been used.")  # an enum value
    plural = catalog.get("Topic split: %(num)d reply moved to this new topic.")
    assert plural is not None
    assert plural.pluralizable
    assert plural.id[1] == "Topic split: %(num)d replies moved to this new topic."
