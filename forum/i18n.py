"""Language and time zone for each request (Flask-Babel).

Members join from several countries, so every English string in the code and
templates is marked for translation and extracted into translations/messages.pot
(`make messages`). A page is in the language the member chose (once there is such
a setting), else the best of the browser's languages we have a translation for,
else British English. Times go out in the member's own zone (forum/time_zones.py).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any, cast

from babel.support import NullTranslations
from flask import Flask, current_app, g, has_app_context, has_request_context, request
from flask_babel import Babel, force_locale, get_babel, get_locale, get_translations
from flask_login import current_user
from jinja2 import pass_context
from jinja2.runtime import Context

from forum import time_zones
from forum.config import ROOT
from forum.html import translated

DEFAULT_LOCALE = "en_GB"
TRANSLATIONS = ROOT / "translations"


def init_app(app: Flask) -> None:
    """One Babel per application, so a test app with its own catalogues shares no cache."""
    app.config.setdefault("BABEL_DEFAULT_LOCALE", DEFAULT_LOCALE)
    app.config.setdefault("BABEL_DEFAULT_TIMEZONE", time_zones.DEFAULT_ZONE)
    app.config.setdefault("BABEL_TRANSLATION_DIRECTORIES", str(TRANSLATIONS))
    Babel().init_app(app, locale_selector=select_locale, timezone_selector=select_time_zone)
    app.jinja_env.install_gettext_callables(  # type: ignore[attr-defined]
        gettext=lambda s: page_translations().ugettext(s),
        ngettext=lambda s, p, n: page_translations().ungettext(s, p, n),
        pgettext=lambda c, s: page_translations().upgettext(c, s),
        npgettext=lambda c, s, p, n: page_translations().unpgettext(c, s, p, n),
        newstyle=True,
    )
    # The two a page says most often, without the extension's wrappers: a page says a
    # hundred strings, and most have no variables to format.
    app.jinja_env.globals.update(gettext=_template_gettext, _=_template_gettext)
    app.jinja_env.globals["ngettext"] = _template_ngettext
    app.jinja_env.globals["page_language"] = page_language


@pass_context
def _template_gettext(context: Context, string: str, **variables: Any) -> str:
    return _formatted(context, page_translations().ugettext(string), variables)


@pass_context
def _template_ngettext(
    context: Context, singular: str, plural: str, num: int, **variables: Any
) -> str:
    variables.setdefault("num", num)
    return _formatted(context, page_translations().ungettext(singular, plural, num), variables)


def _formatted(context: Context, text: str, variables: dict[str, Any]) -> str:
    """As the i18n extension does: markup in HTML templates, plain %-formatting elsewhere."""
    return translated(text, variables) if context.eval_ctx.autoescape else text % variables


def page_translations() -> NullTranslations:
    """The catalogue for the current locale, found once per request and locale.

    Flask-Babel looks up its domain, locale and cache again for every string,
    and a page says a hundred of them: that was a fifth of a page's time.
    `force_locale` (mail in the site's language) sets a new locale object, so
    the cached catalogue is used only while the locale it was found for holds.
    """
    if not has_app_context():
        return cast(NullTranslations, get_translations())
    cached = getattr(g, "_page_translations", None)
    locale = getattr(getattr(g, "_flask_babel", None), "babel_locale", None)
    if cached is not None and locale is not None and cached[0] is locale:
        return cast(NullTranslations, cached[1])
    translations = cast(NullTranslations, get_translations())
    locale = getattr(getattr(g, "_flask_babel", None), "babel_locale", None)
    if locale is not None:
        g._page_translations = (locale, translations)
    return translations


def page_language() -> str:
    """The page's language as HTML's `lang` wants it: "en-GB", "cy"."""
    return str(get_locale() or DEFAULT_LOCALE).replace("_", "-")


def select_locale() -> str | None:
    """The member's chosen language, else the browser's best match among ours."""
    if not has_request_context():
        return None  # the default: mail and commands
    chosen = getattr(current_user, "locale", None)
    if chosen in available_locales():
        return str(chosen)
    return request.accept_languages.best_match(available_locales())


def select_time_zone() -> str:
    """The signed-in member's zone (Europe/London for everyone else)."""
    member = current_user if has_request_context() else None
    return time_zones.zone_of(member).key


def available_locales() -> tuple[str, ...]:
    """The default locale and every locale with a compiled catalogue."""
    directories = get_babel().translation_directories
    default = str(current_app.config["BABEL_DEFAULT_LOCALE"])
    return _locales_in(tuple(directories), default)


@cache
def _locales_in(directories: tuple[str, ...], default: str) -> tuple[str, ...]:
    """Read once per set of directories: catalogues are compiled before the site starts."""
    found = [default]
    for directory in directories:
        if not os.path.isdir(directory):
            continue
        for name in sorted(os.listdir(directory)):
            messages = os.path.join(directory, name, "LC_MESSAGES")
            if os.path.isdir(messages) and any(f.endswith(".mo") for f in os.listdir(messages)):
                found.append(name)
    return tuple(dict.fromkeys(found))


@contextmanager
def site_language() -> Iterator[None]:
    """Text written for someone other than the reader (mail) uses the site's language.

    A moderator's browser language must not decide the language of the mail a
    member receives; once members choose a language, this becomes theirs.
    """
    with force_locale(current_app.config["BABEL_DEFAULT_LOCALE"]):
        yield


def N_(text: str) -> str:
    """Mark English kept as a key (an enum value, a constant compared in code) for extraction.

    It stays English where it is stored or compared; `_(value)` translates it where shown.
    """
    return text
