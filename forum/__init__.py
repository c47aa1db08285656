"""Practice Commons: a members-only forum for social care.

`create_app()` is the composition root: a short list of steps.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from forum import config
from forum.config import ROOT

if TYPE_CHECKING:
    from flask import Flask


def create_app(overrides: dict[str, Any] | None = None) -> Flask:
    """Build the application from the environment, then the given overrides."""
    # Imported here so `python -m forum.confidentiality` starts without loading Flask.
    from flask import Flask

    app = Flask(
        __name__,
        template_folder=str(ROOT / "templates"),
        static_folder=str(ROOT / "static"),
        instance_path=str(ROOT / "instance"),
    )
    app.config.from_mapping(config.from_environment())
    if overrides:
        app.config.from_mapping(overrides)
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)  # as flaskr does: SQLite lives here
    register_proxies(app)
    register_extensions(app)
    register_url_values(app)
    register_blueprints(app)
    register_request_hooks(app)
    register_templates(app)
    register_commands(app)
    return app


def register_proxies(app: Flask) -> None:
    from forum import proxies

    proxies.install(app)  # TRUSTED_PROXIES: the client's address and scheme behind nginx


def register_extensions(app: Flask) -> None:
    import forum.models  # noqa: F401  (registers every table with the metadata)
    import moderation.models  # noqa: F401
    from forum import i18n
    from forum.accounts import sessions
    from forum.extensions import csrf, db, limiter, login_manager, migrate

    db.init_app(app)
    migrate.init_app(app, db, directory=str(ROOT / "migrations"))
    csrf.init_app(app)
    limiter.init_app(app)
    login_manager.init_app(app)
    sessions.configure(login_manager)
    i18n.init_app(app)  # `_()` in code and templates; the reader's language and time zone


def register_url_values(app: Flask) -> None:
    from forum import urlvalues

    urlvalues.install(app)


def register_blueprints(app: Flask) -> None:
    from forum.accounts.time_zone_views import bp as time_zone
    from forum.accounts.two_factor_views import bp as two_factor
    from forum.accounts.views import bp as accounts
    from forum.bookmarks.views import bp as bookmarks
    from forum.checkins.manager_views import bp as checkin_managers
    from forum.checkins.views import bp as checkins
    from forum.directory.views import bp as directory
    from forum.drafts.views import bp as drafts
    from forum.events.views import bp as events
    from forum.home.views import bp as home
    from forum.mentions.views import bp as mentions
    from forum.messages.views import bp as messages
    from forum.notifications.views import bp as notifications
    from forum.pages.views import bp as pages
    from forum.people.connection_views import bp as connections
    from forum.people.views import bp as people
    from forum.privacy.views import bp as data_rights
    from forum.search.views import bp as search
    from forum.spaces.views import bp as spaces
    from forum.summaries.views import bp as summaries
    from forum.threads.views import bp as threads
    from forum.watching.views import bp as watching
    from moderation.audit.views import bp as moderation_audit
    from moderation.dashboard.views import bp as moderation_dashboard
    from moderation.members.views import bp as moderation_members
    from moderation.members.views import warnings_bp as member_warnings
    from moderation.reports.member_views import bp as reports
    from moderation.reports.views import bp as moderation_reports
    from moderation.settings.views import bp as moderation_settings
    from moderation.topic_views import bp as moderation_topics
    from moderation.views import bp as moderation
    from moderation.watched_words.views import bp as moderation_words

    members = (home, pages, accounts, two_factor, time_zone, spaces, threads, notifications, search)
    people_pages = (people, directory, connections, messages, data_rights, reports)
    conversations = (watching, mentions, events, summaries, bookmarks, drafts)
    check_ins = (checkins, checkin_managers)
    moderators = (
        moderation,
        moderation_dashboard,
        moderation_audit,
        moderation_members,
        member_warnings,
        moderation_topics,
        moderation_reports,
        moderation_words,
        moderation_settings,
    )
    for blueprint in (*members, *people_pages, *conversations, *check_ins, *moderators):
        app.register_blueprint(blueprint)


def register_request_hooks(app: Flask) -> None:
    from forum import gate, headers, request_log
    from forum.mail import services as mail

    request_log.install(app)  # first in, last out: its line sees the final response
    app.before_request(gate.admit)
    app.after_request(headers.secure)

    @app.after_request
    def _deliver_mail(response: Any) -> Any:
        """Mail the request queued goes out before the response; `flask jobs run` retries."""
        if app.config["MAIL_DELIVER_AFTER_REQUEST"] and mail.queued_in_this_session():
            mail.deliver_now()
        return response

    from forum import errorpages
    from forum.operations import outage

    errorpages.register(app)
    outage.register(app)  # a calm 503 while the database cannot be reached


def register_templates(app: Flask) -> None:
    from forum import policy, templating

    app.jinja_env.globals["policy"] = policy
    app.jinja_env.globals["site_name"] = app.config["SITE_NAME"]
    templating.register(app)


def register_commands(app: Flask) -> None:
    from forum import cli
    from forum.jobs import schedule
    from moderation import data_rights

    cli.register(app)
    schedule.register(app)  # `flask jobs run`, and the forum's own jobs
    data_rights.register(app)  # reports in "Download my data"; `flask retention run`
