"""`make bench`'s pure parts on canned input: reading wrk, and the table a reader sees.

The benchmark itself is too slow for CI; these keep its arithmetic and its
report honest: the rate, the percentiles, the ratio to the reference page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.bench import report, wrk
from tools.bench.client import Member, csrf_token
from tools.bench.plan import Page
from tools.bench.run import cases

WRK_OUTPUT = """Running 20s test @ http://127.0.0.1:41234
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    33.52ms    6.11ms  60.12ms   75.00%
    Req/Sec   231.50     30.12   290.00     70.00%
  9242 requests in 20.00s, 82.30MB read
Requests/sec:    462.09
Transfer/sec:      4.11MB
BENCH_JSON {"requests": 9242, "duration_us": 20000412, "p50_us": 33105, "p90_us": 41002, "p99_us": 50877, "unexpected": 0, "socket_errors": 0}
"""


def test_wrk_output_gives_rate_and_percentiles() -> None:
    result = wrk.parse(WRK_OUTPUT)
    assert result.requests == 9242
    assert result.rate == pytest.approx(462.09, abs=0.01)
    assert result.p50_ms == pytest.approx(33.1, abs=0.01)
    assert result.p99_ms == pytest.approx(50.877)
    assert result.unexpected == 0


def test_wrk_output_without_the_script_line_is_refused() -> None:
    with pytest.raises(ValueError, match="BENCH_JSON"):
        wrk.parse(WRK_OUTPUT.rsplit("BENCH_JSON", 1)[0])


def test_a_count_that_disagrees_with_wrk_is_refused() -> None:
    with pytest.raises(ValueError, match="disagree"):
        wrk.parse(WRK_OUTPUT.replace("9242 requests in", "9000 requests in"))


def test_lua_script_carries_each_request_escaped() -> None:
    script = wrk.script(
        [wrk.Case("POST", '/t/1/reply?q="x"', "session=a.b-c", "body=Hi%21&csrf_token=t")],
        expect_status=302,
        expect_location="#p",
    )
    assert '{"POST", "/t/1/reply?q=\\"x\\"", "session=a.b-c", "body=Hi%21&csrf_token=t"},' in (
        script
    )
    assert "local expect_status = 302" in script
    assert wrk.lua_string("é\n") == '"\\195\\169\\10"'


def test_every_member_and_every_path_are_replayed_with_their_own_token() -> None:
    members = [Member(f"m{i}@x", f"session=s{i}", f"token{i}") for i in range(3)]
    page = Page("reply", "post a reply", "POST", ["/t/1/reply", "/t/2/reply"], 302, "#p")
    replay = cases(page, members)
    assert {(c.cookie, c.path) for c in replay} == {
        (m.cookie, p) for m in members for p in page.paths
    }
    for case in replay:
        assert case.body is not None
        assert f"csrf_token=token{case.cookie[-1]}" in case.body


def test_csrf_token_is_read_from_the_form() -> None:
    html = '<form><input id="csrf_token" name="csrf_token" type="hidden" value="abc.def"></form>'
    assert csrf_token(html) == "abc.def"


def _run(db: str, rates: list[float]) -> report.Run:
    keys = ["home", "topic"]
    return report.Run(
        db=db,
        sizes={"members": 2000, "topics": 20000, "posts": 200000},
        machine={
            "cores": "2",
            "cpu": "Test CPU",
            "ram": "4.0 GiB",
            "os": "Linux",
            "python": "3.11.7",
            "database": "SQLite 3.40.1",
            "gunicorn": "27.0.1",
            "wrk": "4.1.0",
        },
        settings={"workers": 2, "connections": 16, "threads": 2, "seconds": 20, "members": 16},
        references=[
            report.PageResult(
                "reference", report.REFERENCE_LABEL, 900.0, 5.0, 9.0, 18000, cpu_ms=2.2
            ),
            report.PageResult(
                "reference", report.REFERENCE_LABEL, 1100.0, 4.8, 8.5, 22000, cpu_ms=1.8
            ),
        ],
        pages=[
            report.PageResult(k, f"{k} page", r, 20.0, 45.5, 1000, queries=5.0, cpu_ms=8.0)
            for k, r in zip(keys, rates, strict=True)
        ],
        memory_mib={"start": [95.0, 96.2], "end": [119.4, 120.0]},
        when="2026-12-04",
    )


def test_table_gives_ratios_to_the_mean_reference_and_describes_the_machine() -> None:
    text = report.table(_run("sqlite", [500.0, 250.0]))
    assert "#### SQLite: 2,000 members, 20,000 topics, 200,000 posts" in text
    assert "2 cores (Test CPU), 4.0 GiB RAM" in text
    assert (
        "| reference page (1 query, 20 rows) | 1,000 | 1.00× | 4.8 | 8.5 | 1 | 2.0 | 1.00× |"
        in (text)
    )
    assert "| home page | 500 | 0.50× | 20 | 46 | 5 | 8.0 | 0.25× |" in text
    assert "| topic page | 250 | 0.25× |" in text
    assert "at 900 to 1,100 req/s" in text
    assert "worker 1: 95 → 119 MiB; worker 2: 96 → 120 MiB" in text


def test_a_page_is_compared_with_the_reference_runs_beside_it() -> None:
    run = _run("sqlite", [500.0, 250.0])
    run.pages[1].reference_rate = 500.0  # the machine was busier around this page
    assert "| topic page | 250 | 0.50× |" in report.table(run)


def test_summary_puts_databases_side_by_side_and_the_chart_is_drawn(tmp_path: Path) -> None:
    runs = [_run("sqlite", [500.0, 250.0]), _run("postgresql", [700.0, 100.0])]
    text = report.summary_table(runs)
    assert "| page | SQLite × ref | by CPU | p99 ms | queries | PostgreSQL × ref |" in text
    assert "| home page | 0.50× | 0.25× | 46 | 5 | 0.70× | 0.25× | 46 | 5 |" in text
    again = report.Run.from_json(runs[1].to_json())
    assert again.ratio(again.pages[1]) == pytest.approx(0.10)
    report.chart(runs, tmp_path / "speed.png")
    assert (tmp_path / "speed.png").read_bytes()[:4] == b"\x89PNG"
