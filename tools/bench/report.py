"""The benchmark's results: kept as JSON, shown as Markdown tables and a PNG chart.

Absolute rates depend on the machine and on what else it is doing, so every page
is also given as a ratio to the reference page measured in the same run; that is
the figure to compare across machines and over time. Pure apart from the chart.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

DB_NAMES = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
REFERENCE_LABEL = "reference page (1 query, 20 rows)"


@dataclass
class PageResult:
    key: str
    label: str
    rate: float
    p50_ms: float
    p99_ms: float
    requests: int
    unexpected: int = 0
    socket_errors: int = 0
    queries: float | None = None
    reference_rate: float | None = None  # the reference's, in the runs just before and after
    cpu_ms: float | None = None  # the gunicorn workers' CPU time per request


@dataclass
class Run:
    """One `make bench` on one database."""

    db: str
    sizes: dict[str, int]
    machine: dict[str, str]
    settings: dict[str, Any]
    references: list[PageResult]  # before each page, and once after the last
    pages: list[PageResult]
    memory_mib: dict[str, list[float]] = field(default_factory=dict)  # "start"/"end" per worker
    when: str = ""

    @property
    def reference_rate(self) -> float:
        return sum(r.rate for r in self.references) / len(self.references)

    def ratio(self, page: PageResult) -> float:
        """Against the reference runs beside the page, so a busier minute cancels out."""
        reference = page.reference_rate or self.reference_rate
        return page.rate / reference if reference else 0.0

    @property
    def reference_cpu_ms(self) -> float | None:
        values = [r.cpu_ms for r in self.references if r.cpu_ms]
        return sum(values) / len(values) if values else None

    def cpu_ratio(self, page: PageResult) -> float | None:
        """The reference's CPU per request over the page's: steady on a busy machine."""
        if not page.cpu_ms or not self.reference_cpu_ms:
            return None
        return self.reference_cpu_ms / page.cpu_ms

    def reference(self) -> PageResult:
        """The reference as one row: the mean rate, and the median run's latencies."""
        middle = sorted(self.references, key=lambda r: r.rate)[len(self.references) // 2]
        return PageResult(
            key="reference",
            label=REFERENCE_LABEL,
            rate=self.reference_rate,
            p50_ms=middle.p50_ms,
            p99_ms=middle.p99_ms,
            requests=sum(r.requests for r in self.references),
            queries=1,
            reference_rate=self.reference_rate,
            cpu_ms=self.reference_cpu_ms,
        )

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Run:
        data = json.loads(text)
        data["references"] = [PageResult(**r) for r in data["references"]]
        data["pages"] = [PageResult(**p) for p in data["pages"]]
        return cls(**data)


def _n(value: int) -> str:
    return f"{value:,}"


def _queries(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.0f}" if abs(value - round(value)) < 0.05 else f"{value:.1f}"


def _ms(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.0f}" if value >= 10 else f"{value:.1f}"


def _times(value: float | None) -> str:
    """A ratio: two decimals, three below 0.01 so a tiny one does not read as zero."""
    if value is None:
        return "–"
    return f"{value:.3f}×" if value < 0.01 else f"{value:.2f}×"


def heading(run: Run) -> str:
    s = run.sizes
    return (
        f"{DB_NAMES.get(run.db, run.db)}: {_n(s['members'])} members, "
        f"{_n(s['topics'])} topics, {_n(s['posts'])} posts"
    )


def machine_line(run: Run) -> str:
    m, st = run.machine, run.settings
    return (
        f"Machine: {m['cores']} cores ({m['cpu']}), {m['ram']} RAM, {m['os']}; "
        f"Python {m['python']}, {m['database']}. Served by gunicorn {m['gunicorn']} "
        f"with {st['workers']} sync workers (production settings, rate limits off); "
        f"driven by wrk {m['wrk']} with {st['connections']} connections on "
        f"{st['threads']} threads for {st['seconds']} s per page, as {st['members']} "
        f"signed-in members, on the same machine. Commit {m.get('commit', '?')}, {run.when}."
    )


def table(run: Run) -> str:
    """One run as a Markdown table, with the machine above it and the notes below."""
    lines = [
        f"#### {heading(run)}",
        "",
        machine_line(run),
        "",
        "| page | req/s | × reference | p50 ms | p99 ms | queries/request "
        "| worker CPU ms/request | × reference, by CPU |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for page in [run.reference(), *run.pages]:
        lines.append(
            f"| {page.label} | {page.rate:,.0f} | {_times(run.ratio(page))} | "
            f"{_ms(page.p50_ms)} | {_ms(page.p99_ms)} | {_queries(page.queries)} | "
            f"{_ms(page.cpu_ms)} | {_times(run.cpu_ratio(page))} |"
        )
    lines += ["", *notes(run)]
    return "\n".join(lines) + "\n"


def notes(run: Run) -> list[str]:
    rates = [r.rate for r in run.references]
    out = [
        f"- The reference page ran {len(rates)} times, for "
        f"{run.settings.get('reference_seconds', run.settings['seconds'])} s before each page "
        f"and after the last, at {min(rates):,.0f} to {max(rates):,.0f} req/s; each page's "
        "ratio is to the mean of the two runs beside it."
    ]
    out.append(
        "- CPU is the gunicorn workers' own (user + system, from /proc), per request: other "
        "work on the machine hardly moves it"
        + (
            "; PostgreSQL's own CPU is not in it."
            if run.db == "postgresql"
            else "; SQLite runs inside the workers, so it is in it."
        )
    )
    loads = run.settings.get("load_average")
    if loads:
        out.append(f"- Load average (1, 5, 15 min) before and after: {' / '.join(loads)}.")
    start, end = run.memory_mib.get("start", []), run.memory_mib.get("end", [])
    if start and end:
        workers = "; ".join(
            f"worker {i}: {a:.0f} → {b:.0f} MiB"
            for i, (a, b) in enumerate(zip(start, end, strict=False), 1)
        )
        out.append(
            f"- Memory per worker (RSS after the sign-ins → after the last page): {workers}."
        )
    bad = sum(p.unexpected + p.socket_errors for p in run.pages)
    out.append(
        "- Every answer was the expected one (200, or for the reply a redirect to the new post)."
        if bad == 0
        else f"- {bad} answers were not the expected one or failed: see the JSON."
    )
    return out


def summary_table(runs: list[Run]) -> str:
    """Several databases side by side: the ratio to each run's own reference, and p99."""
    labels: dict[str, str] = {}
    for run in runs:
        for page in run.pages:
            labels.setdefault(page.key, page.label)
    head = "| page |" + "".join(
        f" {DB_NAMES.get(r.db, r.db)} × ref | by CPU | p99 ms | queries |" for r in runs
    )
    rule = "|---|" + "---:|---:|---:|---:|" * len(runs)
    lines = [head, rule]
    for key, label in labels.items():
        cells = []
        for run in runs:
            found = next((p for p in run.pages if p.key == key), None)
            if found is None:
                cells.append(" – | – | – | – |")
            else:
                cells.append(
                    f" {_times(run.ratio(found))} | {_times(run.cpu_ratio(found))} | "
                    f"{_ms(found.p99_ms)} | {_queries(found.queries)} |"
                )
        lines.append(f"| {label} |" + "".join(cells))
    refs = "".join(
        f" {run.reference_rate:,.0f} req/s | {_ms(run.reference_cpu_ms)} ms CPU | "
        f"{_ms(run.reference().p99_ms)} | 1 |"
        for run in runs
    )
    lines.append(f"| *{REFERENCE_LABEL}* |{refs}")
    return "\n".join(lines) + "\n"


def chart(runs: list[Run], path: Path) -> None:
    """Each page's ratio to the reference (bars; diamonds by CPU), one colour per database;
    p99 latency beside. Both axes are logarithmic: the pages sit far below the reference."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FixedLocator, FuncFormatter, NullLocator

    labels = [p.label for p in runs[0].pages]
    keys = [p.key for p in runs[0].pages]
    height = 0.8 / len(runs)
    fig, (left, right) = plt.subplots(1, 2, figsize=(12, 1.8 + 0.6 * len(keys)), sharey=True)
    colours = ["#1f6f8b", "#d0782a", "#6a994e"]
    floor = 0.005
    for i, run in enumerate(runs):
        pages = {p.key: p for p in run.pages}
        ys = [k + i * height for k in range(len(keys))]
        exact = [run.ratio(pages[k]) if k in pages else 0.0 for k in keys]
        ratios = [max(value, floor) for value in exact]
        cpu = [run.cpu_ratio(pages[k]) if k in pages else None for k in keys]
        p99s = [pages[k].p99_ms if k in pages else 0 for k in keys]
        name = DB_NAMES.get(run.db, run.db)
        widths = [value - floor for value in ratios]  # a bar from the axis' floor to the value
        left.barh(ys, widths, height=height * 0.9, left=floor, color=colours[i % 3], label=name)
        right.barh(ys, p99s, height=height * 0.9, color=colours[i % 3])
        marked = [(c, y) for c, y in zip(cpu, ys, strict=True) if c is not None]
        if marked:
            left.scatter(
                [c for c, _ in marked],
                [y for _, y in marked],
                marker="d",
                color="black",
                s=16,
                zorder=3,
                label="by worker CPU" if i == 0 else None,
            )
        for y, value, by_cpu in zip(ys, exact, cpu, strict=True):
            text = f"  {_times(value)}" + (f" (CPU {_times(by_cpu)})" if by_cpu else "")
            left.text(max(value, by_cpu or 0) * 1.05, y, text, va="center", fontsize=8)
        for y, value in zip(ys, p99s, strict=True):
            right.text(value * 1.05, y, f" {value:,.0f}", va="center", fontsize=8)
    centre = [k + height * (len(runs) - 1) / 2 for k in range(len(keys))]
    left.set_yticks(centre, labels)
    left.invert_yaxis()
    left.set_xscale("log")
    left.set_xlim(floor, 4)
    ticks = [0.01, 0.03, 0.1, 0.3, 1]
    left.xaxis.set_major_locator(FixedLocator(ticks))
    left.xaxis.set_minor_locator(NullLocator())
    left.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}×"))
    left.axvline(1.0, color="grey", linestyle="--", linewidth=1)
    left.axvline(0.5, color="green", linestyle=":", linewidth=1)
    left.set_xlabel("req/s ÷ the reference page's (log; dashed 1 = reference, dotted 0.5 = target)")
    right.set_xscale("log")
    right.set_xlabel("p99 latency, ms (log; dotted 50 ms = target)")
    right.axvline(50, color="green", linestyle=":", linewidth=1)
    right.set_xlim(right=max(p.p99_ms for r in runs for p in r.pages) * 3)
    fig.legend(loc="lower center", ncol=len(runs) + 1, frameon=False)
    sizes = runs[0].sizes
    fig.suptitle(
        f"make bench: {_n(sizes['posts'])} posts, {runs[0].settings['connections']} connections, "
        f"gunicorn {runs[0].settings['workers']} sync workers, {runs[0].machine['cores']} cores"
    )
    fig.tight_layout(rect=(0, 0.05, 1, 1))
    fig.savefig(path, dpi=110)
    plt.close(fig)
