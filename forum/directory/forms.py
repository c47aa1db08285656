"""The directory's search: a GET form, so a search is a link one can keep or share."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import SearchField, SelectField, StringField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Length, Optional

from forum.accounts.models import MemberType
from forum.directory.queries import DirectorySearch
from forum.forms import Form

ANY_REGION = SelectChoice("", _l("Any region"))


class DirectoryForm(Form):
    """Read from the query string; no CSRF token, since it changes nothing."""

    class Meta:
        csrf = False

    q = SearchField(
        _l("Search members"),
        validators=[Optional(), Length(max=100)],
        description=_l("A name, organisation, role, region, country or interest."),
    )
    type = SelectField(
        _l("Member type"),
        choices=[
            SelectChoice("", _l("Any")),
            *(SelectChoice(t.value, _l(t.label)) for t in MemberType),
        ],
        default="",
        description=_l("Care leavers appear under their type only if they chose to show it."),
    )
    # The choices are the regions of members one may find, filled in by the view; a
    # region from an old link that nobody lists any more simply finds nobody.
    region = SelectField(
        _l("Region"),
        choices=[ANY_REGION],
        default="",
        validate_choice=False,
        validators=[Length(max=80)],
    )
    interests = StringField(
        _l("Interests"),
        validators=[Optional(), Length(max=100)],
        description=_l("For example “fostering” or “leaving care”."),
    )

    def offer_regions(self, regions: list[str]) -> None:
        """Offer these regions, and keep the one asked for even if nobody lists it now."""
        chosen = self.region.data or ""
        if chosen and chosen not in regions:
            regions = sorted([*regions, chosen])
        self.region.choices = [ANY_REGION, *(SelectChoice(r, r) for r in regions)]

    def to_search(self) -> DirectorySearch:
        """The search this (valid) form asks for."""
        return DirectorySearch(
            text=(self.q.data or "").strip(),
            member_type=MemberType(self.type.data) if self.type.data else None,
            region=self.region.data or "",  # as stored: the filter is an equality
            interests=(self.interests.data or "").strip(),
        )
