"""The audit log's filters: a GET form, so a filtered view is a link one can share."""

from __future__ import annotations

from typing import Any

from flask_babel import lazy_gettext as _l
from wtforms import DateField, SelectField, StringField
from wtforms.validators import Length, Optional, Regexp, ValidationError

from forum.forms import Form
from moderation.audit.labels import action_choices
from moderation.audit.queries import AuditFilter, parse_target


class AuditFilterForm(Form):
    """Read from the query string; no CSRF token, since it changes nothing."""

    class Meta:
        csrf = False

    who = StringField(
        _l("Who"),
        validators=[Optional(), Length(max=60)],
        description=_l("The moderator's display name, or part of it."),
    )
    # Any well-formed code is accepted, so an action with no label yet can still be found.
    action = SelectField(
        _l("Action"),
        choices=action_choices,  # built per request, in the reader's language
        validate_choice=False,
        validators=[Optional(), Regexp(r"^[a-z_]+\.[a-z_]+$", message=_l("Choose an action."))],
        description=_l("What was done."),
    )
    target = StringField(
        _l("Target"),
        validators=[Optional(), Length(max=60)],
        description=_l("For example “post 12” or “member 5”."),
    )
    date_from = DateField(_l("From"), validators=[Optional()], description=_l("A date, in UTC."))
    date_to = DateField(
        _l("To"), validators=[Optional()], description=_l("A date, in UTC; included.")
    )

    def validate_target(self, field: Any) -> None:
        try:
            parse_target(field.data or "")
        except ValueError:
            if (field.data or "").strip():
                raise ValidationError("Write a target like “post 12” or “member 5”.") from None

    def validate_date_to(self, field: Any) -> None:
        if field.data and self.date_from.data and field.data < self.date_from.data:
            raise ValidationError("“To” must be on or after “From”.")

    def to_filter(self) -> AuditFilter:
        """The filter this (valid) form asks for."""
        kind, ident = (None, None)
        if (self.target.data or "").strip():
            kind, ident = parse_target(self.target.data or "")
        return AuditFilter(
            who=(self.who.data or "").strip(),
            action=self.action.data or "",
            target_type=kind,
            target_id=ident,
            since=self.date_from.data,
            until=self.date_to.data,
        )
