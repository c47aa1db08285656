"""Operator commands: `flask --app wsgi <command>`. Each one calls a service."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from flask import Flask

from forum.errors import DomainError


def _read_password() -> str:
    """From a hidden prompt on a terminal, or the first line of stdin otherwise."""
    if sys.stdin.isatty():
        return str(click.prompt("Password", hide_input=True, confirmation_prompt=True))
    return sys.stdin.readline().rstrip("\n")


def register(app: Flask) -> None:
    @app.cli.command("create-admin")
    @click.option("--email", prompt=True, help="The admin's email address.")
    @click.option("--display-name", prompt=True, help="The name shown beside their posts.")
    def create_admin(email: str, display_name: str) -> None:
        """Create an approved admin account; the password is read, never an argument."""
        from forum.accounts import services

        password = _read_password()
        try:
            user = services.create_admin(email, display_name, password)
        except DomainError as error:
            raise click.ClickException(error.message) from error
        click.echo(f"Admin {user.email} created.")

    @app.cli.command("seed-demo")
    def seed_demo() -> None:
        """Add demo spaces, members and threads; safe to run again."""
        from forum.demo import seed

        report = seed.seed_demo()
        click.echo(report.summary())

    @app.cli.command("seed-load")
    @click.option("--members", default=5_000, show_default=True)
    @click.option("--topics", default=50_000, show_default=True)
    @click.option("--posts", default=500_000, show_default=True)
    def seed_load(members: int, topics: int, posts: int) -> None:
        """Add a big, realistic community for measuring (bulk inserts)."""
        from forum.demo import load
        from forum.operations import statistics
        from forum.search import services as search

        with click.progressbar(length=max(posts, topics), label="Posts") as bar:
            report = load.load(members, topics, posts, progress=bar.update)
        click.echo(report.summary())
        with click.progressbar(length=search.count_posts(), label="Search index") as bar:
            search.reindex(progress=bar.update)
        statistics.analyze_all()
        click.echo("Query planner statistics gathered.")

    @app.cli.command("demo-code")
    @click.argument("email")
    def demo_code(email: str) -> None:
        """Print an account's current two-factor code (development only)."""
        from forum.accounts import two_factor

        if app.config["ENVIRONMENT"] != "development":
            raise click.ClickException(
                "demo-code works only in development (FORUM_ENV=development): anywhere else "
                "it would let whoever runs it past an account's two-factor."
            )
        try:
            click.echo(two_factor.current_code(email))
        except DomainError as error:
            raise click.ClickException(error.message) from error

    @app.cli.command("backup")
    @click.option(
        "--to",
        "to",
        type=click.Path(path_type=Path),
        default=None,
        help="A file, or a folder for a dated file (default: instance/backups/).",
    )
    @click.option(
        "--keep-days",
        type=click.IntRange(min=1),
        default=None,
        help="Delete this folder's backups older than this many days.",
    )
    def backup(to: Path | None, keep_days: int | None) -> None:
        """Copy the live database consistently while the site keeps running."""
        from forum.operations import backup as backups

        folder = to if to is not None else Path(app.instance_path) / "backups"
        if to is None:
            folder.mkdir(parents=True, exist_ok=True)
        try:
            made = backups.make_backup(
                app.config["SQLALCHEMY_DATABASE_URI"], folder, click.echo, keep_days
            )
        except backups.BackupError as error:
            raise click.ClickException(str(error)) from error
        click.echo(f"Backup written to {made.path} ({made.size} bytes).")
        for old in made.removed:
            click.echo(f"Removed {old.name} (older than {keep_days} days).")

    mail_group = click.Group("mail", help="The outgoing mail queue.")

    @mail_group.command("deliver")
    @click.option("--limit", default=500, show_default=True)
    def deliver(limit: int) -> None:
        """Deliver queued mail now; failures stay queued and retry with backoff."""
        from forum.mail import services

        report = services.deliver_due(limit)
        click.echo(f"Sent {report.sent}, failed {report.failed}, still waiting {report.waiting}.")

    app.cli.add_command(mail_group)

    guard_group = click.Group("confidentiality", help="The confidentiality guard.")

    @guard_group.command("scan-existing")
    @click.option("--batch", default=200, show_default=True, help="Posts per transaction.")
    def scan_existing(batch: int) -> None:
        """Scan every published post and queue what the guard finds for review."""
        from forum.review import services

        with click.progressbar(length=services.count_published(), label="Scanning posts") as bar:
            summary = services.scan_existing(batch, progress=bar.update)
        for line in summary.lines():
            click.echo(line)

    app.cli.add_command(guard_group)

    search_group = click.Group("search", help="The full-text search index.")

    @search_group.command("reindex")
    def reindex() -> None:
        """Rebuild the search index from every post, in one transaction."""
        from forum.search import services

        with click.progressbar(length=services.count_posts(), label="Indexing posts") as bar:
            done = services.reindex(progress=bar.update)
        click.echo(f"Indexed {done} posts.")

    app.cli.add_command(search_group)
