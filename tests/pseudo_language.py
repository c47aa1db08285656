"""A pseudo-language for tests: every catalogue message in full-width letters (Ｓｐａｃｅｓ).

A member who asks for it must see no plain English word of the site's own on a page:
any word left is a string nobody marked for translation. Used by the tests of
templates/ and of moderation/ (tests/test_i18n_*.py, tests/moderation/*translated*).
"""

from __future__ import annotations

import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from flask_babel import get_babel
from sqlalchemy import select

from forum.config import ROOT
from forum.extensions import db
from forum.spaces.models import Audience, Space

ZONE = re.compile(r"\b(?:Africa|America|Asia|Atlantic|Australia|Europe|Pacific|UTC)\b[/\w]*")
# As `make messages` runs it, but into folders named with "_" (templates/_macros) too.
EXTRACT = [str(Path(sys.executable).with_name("pybabel")), "--quiet", "extract", "-F", "babel.cfg"]
EXTRACT += ["-k", "_l", "--ignore-dirs", ".*"]
PSEUDO = "de"  # any locale with English's two plural forms
# A placeholder, a tag or an entity stays as it is; every other letter becomes full-width.
KEPT = re.compile(r"%\([a-z_]+\)[sd]|%%|<[^>]*>|&[a-z#0-9]+;")


def full_width(text: str) -> str:
    out, last = [], 0
    for kept in KEPT.finditer(text):
        out.append(_widen(text[last : kept.start()]))
        out.append(kept.group())
        last = kept.end()
    out.append(_widen(text[last:]))
    return "".join(out)


def _widen(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalpha() else c for c in text)


@pytest.fixture(scope="module")
def pseudo_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Extract as `make messages` does (with `_`-named folders too) and compile a pseudo-translation."""
    folder = tmp_path_factory.mktemp("pseudo")
    pot = folder / "messages.pot"
    subprocess.run(
        [*EXTRACT, "-o", str(pot), "."],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    with pot.open("rb") as source:
        extracted = read_po(source)
    catalogue = Catalog(locale=PSEUDO)
    for message in extracted:
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            catalogue.add(message.id, tuple(full_width(form) for form in message.id))
        else:
            catalogue.add(message.id, full_width(message.id))
    compiled = folder / PSEUDO / "LC_MESSAGES"
    compiled.mkdir(parents=True)
    with (compiled / "messages.mo").open("wb") as out:
        write_mo(out, catalogue)
    return folder


@pytest.fixture
def pseudo(app, pseudo_catalogue, monkeypatch):
    babel = get_babel(app)
    monkeypatch.setattr(babel, "translation_directories", [str(pseudo_catalogue)])
    monkeypatch.setattr(babel.instance.domain_instance, "cache", {})


class PageText(HTMLParser):
    """The text and labelling attributes inside one element (<main> unless told).

    Left out: times (the time filters write them), scripts, code, and the insides of form
    fields, whose labels and hints the forms' own code supplies and marks.
    """

    SKIPPED = frozenset({"time", "script", "style", "code"})
    LABELS = ("aria-label", "title", "alt", "placeholder")
    VOID = frozenset({"input", "img", "br", "hr", "meta", "link", "source", "wbr"})

    def __init__(self, within: str) -> None:
        super().__init__()
        self.within = within
        self.depth = 0  # open elements inside the chosen one, itself included
        self.skip_at: int | None = None
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if not self.depth and (tag == self.within or found.get("id") == self.within):
            self.depth = 1
        elif self.depth and tag not in self.VOID:
            self.depth += 1
        else:
            if self.depth and self.skip_at is None:
                self.parts.extend(v or "" for k, v in attrs if k in self.LABELS)
            return
        classes = (found.get("class") or "").split()
        if self.skip_at is None and (tag in self.SKIPPED or "field" in classes):
            self.skip_at = self.depth
        if self.skip_at is None:
            self.parts.extend(v or "" for k, v in attrs if k in self.LABELS)

    def handle_endtag(self, tag: str) -> None:
        if not self.depth or tag in self.VOID:
            return
        if self.skip_at == self.depth:
            self.skip_at = None
        self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth and self.skip_at is None:
            self.parts.append(data)


def english_left(html: str, written_by_members: list[str], within: str = "main") -> list[str]:
    """Words of two or more plain letters, once what members wrote and data are taken out."""
    parser = PageText(within)
    parser.feed(html)
    assert parser.parts, f"nothing found in {within}"
    text = "\n".join(parser.parts)
    for written in sorted(written_by_members, key=len, reverse=True):
        text = text.replace(written, " ")
    text = ZONE.sub(" ", text)
    return re.findall(r"[A-Za-z]{2,}", text)


def members_words() -> list[str]:
    """Space names and descriptions are the community's own content; audiences come from code."""
    spaces = db.session.scalars(select(Space)).all()
    return [s.name for s in spaces] + [s.description for s in spaces] + [a.label for a in Audience]


def read(client, path: str) -> str:
    page = client.get(path, headers={"Accept-Language": PSEUDO})
    assert page.status_code == 200, path
    return page.get_data(as_text=True)
