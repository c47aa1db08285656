"""The directory page: members the viewer may find and who chose to be listed, two queries.

Who appears is decided by `forum.people.queries.findable_by`, the SQL twin of
`policy.can_find`, plus "List me in the member directory" and good standing
(applicants, suspended, banned and erased accounts never appear). Searching is
a case-insensitive LIKE over the profile's short fields, with `%` and `_` taken
literally; the region filter is an equality that uses `ix_profiles_region`, and
the order (display name, then id) walks `ix_users_directory_order`. Full-text
search, with ranking and stemming, comes with the search issue.

Pages are keyed, not numbered: the cursor is the display name and id of the
last member shown, so a member joining meanwhile never shifts a page, and the
cursor names nobody the viewer could not already see.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, false, or_, select
from sqlalchemy.orm import contains_eager

from forum.accounts.models import MemberType, User
from forum.extensions import db
from forum.people.models import Profile
from forum.people.queries import findable_by, is_active_member, member_type_visible_to
from forum.urlvalues import MAX_INT

PER_PAGE = 20
MAX_TERMS = 8  # words of "Search members" that count; each must match some field


@dataclass(frozen=True)
class DirectorySearch:
    """What the viewer asked for; empty fields match everyone."""

    text: str = ""
    member_type: MemberType | None = None
    region: str = ""
    interests: str = ""

    @property
    def terms(self) -> list[str]:
        return self.text.split()[:MAX_TERMS]

    @property
    def is_empty(self) -> bool:
        return not (self.terms or self.member_type or self.region or self.interests)

    def as_args(self) -> dict[str, str]:
        """The query string that asks for this search again (for "More members")."""
        args = {
            "q": " ".join(self.terms),
            "type": self.member_type.value if self.member_type else "",
            "region": self.region,
            "interests": self.interests,
        }
        return {k: v for k, v in args.items() if v}


@dataclass(frozen=True)
class DirectoryPage:
    members: list[User]
    next_cursor: str | None  # the `after` of the next page, if there is one
    regions: list[str]  # every region among the members the viewer may list, for the filter


def _cursor(member: User) -> str:
    return f"{member.id}-{member.display_name}"


def parse_cursor(cursor: str | None) -> tuple[str, int] | None:
    """`"<id>-<display name>"` -> (name, id); anything else starts from the first page."""
    head, dash, name = (cursor or "").partition("-")
    if not dash or not head.isdigit() or len(head) > 10 or int(head) > MAX_INT:
        return None
    return name, int(head)


def _contains(column: Any, term: str) -> ColumnElement[bool]:
    return column.icontains(term, autoescape=True)  # type: ignore[no-any-return]


def _listable(viewer: User, search: DirectorySearch) -> list[ColumnElement[bool]]:
    """Who the viewer may see listed at all, whatever they searched for."""
    terms = search.terms
    # "People I worked with may find me": found by name and organisation only.
    by_name_or_organisation = (
        and_(
            *(
                or_(_contains(User.display_name, t), _contains(Profile.organisation, t))
                for t in terms
            )
        )
        if terms
        else false()
    )
    return [
        findable_by(viewer, worked_with_match=by_name_or_organisation),
        is_active_member(),
        Profile.listed_in_directory.is_(True),
    ]


def _matching(viewer: User, search: DirectorySearch) -> list[ColumnElement[bool]]:
    fields = (
        User.display_name,
        Profile.organisation,
        Profile.role_line,
        Profile.region,
        Profile.country,
        Profile.interests,
    )
    clauses = [or_(*(_contains(f, term) for f in fields)) for term in search.terms]
    if search.member_type is not None:
        # A care leaver who keeps their type to themselves is never found by it.
        clauses += [User.member_type == search.member_type, member_type_visible_to(viewer)]
    if search.region:
        clauses.append(Profile.region == search.region)
    if search.interests:
        clauses.append(_contains(Profile.interests, search.interests))
    return clauses


def _members(viewer: User, search: DirectorySearch) -> Select[tuple[User]]:
    return (
        select(User)
        .join(User.profile)
        .options(contains_eager(User.profile))
        .where(*_listable(viewer, search), *_matching(viewer, search))
        .order_by(User.display_name, User.id)
    )


def directory_regions(viewer: User) -> list[str]:
    """The regions the filter offers: those of members the viewer may browse. One query."""
    statement = (
        select(Profile.region)
        .join(User, User.id == Profile.user_id)
        .where(*_listable(viewer, DirectorySearch()), Profile.region != "")
        .distinct()
        .order_by(Profile.region)
    )
    return list(db.session.scalars(statement))


def directory_page(
    viewer: User, search: DirectorySearch, after: str | None = None, per_page: int = PER_PAGE
) -> DirectoryPage:
    """One page of members by display name: two queries however many members there are."""
    statement = _members(viewer, search)
    start = parse_cursor(after)
    if start is not None:
        name, member_id = start
        statement = statement.where(
            or_(
                User.display_name > name,
                and_(User.display_name == name, User.id > member_id),
            )
        )
    members = list(db.session.scalars(statement.limit(per_page + 1)))
    more = len(members) > per_page
    members = members[:per_page]
    return DirectoryPage(
        members,
        _cursor(members[-1]) if more else None,
        directory_regions(viewer),
    )
