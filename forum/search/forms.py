"""The search form: read from the query string, so a search is a link one can keep."""

from __future__ import annotations

from flask import request
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from wtforms import DateField, SearchField, SelectField, StringField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Length, Optional

from forum.forms import Form
from forum.search.queries import MAX_PAGES, MAX_QUERY, Criteria
from forum.spaces.models import Space


class SearchForm(Form):
    """No CSRF token: it changes nothing."""

    class Meta:
        csrf = False

    # Any length is accepted and cut to MAX_QUERY: a search box never answers an error.
    q = SearchField(_l("Search"), validators=[Optional()])
    space = SelectField(_l("Space"), choices=[SelectChoice("", _l("All spaces"))], default="")
    author = StringField(
        _l("Author"),
        validators=[Optional(), Length(max=100)],
        description=_l("A member's display name. Anonymous posts never match."),
    )
    date_from = DateField(_l("From"), validators=[Optional()])
    date_to = DateField(_l("To"), validators=[Optional()])

    def offer_spaces(self, spaces: list[Space]) -> None:
        self.space.choices = [SelectChoice("", _("All spaces"))] + [
            SelectChoice(str(s.id), s.name) for s in spaces
        ]

    def to_criteria(self) -> Criteria:
        space = self.space.data or ""
        return Criteria(
            q=(self.q.data or "")[:MAX_QUERY],
            space_id=int(space) if space.isdigit() else None,
            author=self.author.data or "",
            date_from=self.date_from.data,
            date_to=self.date_to.data,
            page=_page(request.args.get("page", "")),
        )

    def as_args(self) -> dict[str, str]:
        """The filters as query-string values, for the page links."""
        args = {
            name: str(self[name].raw_data[0])
            for name in ("q", "space", "author", "date_from", "date_to")
            if self[name].raw_data and self[name].raw_data[0]
        }
        return args


def _page(value: str) -> int:
    """A page number from the link, or 1: nonsense and huge numbers never fail."""
    return (
        min(int(value), MAX_PAGES) if value.isascii() and value.isdigit() and len(value) <= 3 else 1
    )
