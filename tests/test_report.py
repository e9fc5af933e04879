"""The HTML report in headless Chromium, driven over the DevTools protocol.

The page is opened from a file with every network feature of the browser off; the test
reads the rendered DOM, types into the search box with real key events, and checks that a
document carrying ``<script>`` and ``<img onerror>`` payloads runs nothing.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dateline.batch import extract_batch, rebuild_events
from dateline.report import embed_json, write_report
from dateline.sources import read_inputs
from dateline.versions import extractor_version
from warehouse import build

CHROMIUM = "/usr/bin/chromium"
SKIP_REASON = "install Debian's chromium (apt-get install -y chromium) to run the browser tests"
ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.browser

PAYLOAD_SCRIPT = "<script>window.__pwned = 1</script>"
PAYLOAD_IMG = '<img src=x onerror="window.__pwned = 2">'
HOSTILE_TEXT = (
    f"A US drone strike {PAYLOAD_SCRIPT} killed five militants in Zorblax on Friday, "
    f"officials said {PAYLOAD_IMG}. The strike destroyed a compound </script><script>"
    "window.__pwned = 3</script>."
)


def _chromium() -> str:
    path = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    if not path:
        pytest.skip(SKIP_REASON)
    return path


# -- a minimal Chrome DevTools Protocol client ------------------------------------------
class DevTools:
    """Just enough of CDP over a websocket: calls, and the events seen while waiting."""

    def __init__(self, ws_url: str) -> None:
        from websockets.sync.client import connect

        self.ws = connect(ws_url, max_size=None, open_timeout=20)
        self.next_id = 0
        self.events: list[dict[str, Any]] = []

    def call(self, method: str, timeout: float = 20, **params: Any) -> dict[str, Any]:
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        deadline = time.monotonic() + timeout
        while True:
            message = json.loads(self.ws.recv(timeout=max(0.1, deadline - time.monotonic())))
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            if "method" in message:
                self.events.append(message)

    def js(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 20) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.js(expression)
            if value:
                return value
            time.sleep(0.05)
        raise TimeoutError(expression)

    def type_text(self, text: str) -> None:
        for char in text:
            self.call("Input.dispatchKeyEvent", type="keyDown", text=char, key=char)
            self.call("Input.dispatchKeyEvent", type="keyUp", key=char)

    def close(self) -> None:
        self.ws.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[str]:
    """A headless Chromium with networking features off; yields its DevTools HTTP address."""
    exe = _chromium()
    profile = tempfile.mkdtemp(prefix="dateline-chromium-")
    proc = subprocess.Popen(
        [
            exe,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            f"--user-data-dir={profile}",
            "--remote-debugging-port=0",
            "--window-size=1280,1000",
            "about:blank",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        port_file = Path(profile) / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (port_file.exists() and port_file.read_text().strip()):
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail("headless Chromium did not start")
            time.sleep(0.05)
        port = port_file.read_text().split()[0]
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> tuple[Path, Path]:
    """The seeds plus a hostile document through the Prefect-free pipeline, and its report."""
    _chromium()
    hostile = tmp_path_factory.mktemp("hostile") / "hostile.jsonl"
    hostile.write_text(
        json.dumps(
            {
                "id": "hostile-<b>bold</b>",
                "text": HOSTILE_TEXT,
                "url": "javascript:window.__pwned = 4",
                "published": "2011-05-07",
                "title": "<script>window.__pwned = 5</script>",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    data = tmp_path_factory.mktemp("data")
    docs = [d for d in read_inputs([ROOT / "seeds", hostile]) if hasattr(d, "doc_id")]
    extract_batch(docs, data, "test-run", extractor_version())
    rebuild_events(data)
    build.build(data)
    out = write_report(data, tmp_path_factory.mktemp("report") / "report.html")
    return data, out


@pytest.fixture
def page(browser: str, report: tuple[Path, Path]) -> Iterator[DevTools]:
    """A fresh tab with the report loaded and rendered."""
    with urllib.request.urlopen(
        urllib.request.Request(f"{browser}/json/new?about:blank", method="PUT"), timeout=20
    ) as resp:
        target = json.load(resp)
    tab = DevTools(target["webSocketDebuggerUrl"])
    try:
        tab.call("Network.enable")
        tab.call("Runtime.enable")
        tab.call("Page.enable")
        tab.call("Page.navigate", url=report[1].as_uri())
        tab.wait_for("document.body && document.body.dataset.ready === 'true'")
        yield tab
    finally:
        tab.close()
        urllib.request.urlopen(f"{browser}/json/close/{target['id']}", timeout=20).close()


def _chronology(data: Path, where: str = "TRUE") -> list[tuple]:
    con = build.connect(data)
    try:
        return con.execute(
            f"SELECT event_id, event_type, date_value, date_start FROM chronology WHERE {where}"
        ).fetchall()
    finally:
        con.close()


VISIBLE_ROWS = "[...document.querySelectorAll('#rows tr.event')].filter(r => !r.hidden)"
VISIBLE_MARKS = (
    "[...document.querySelectorAll('#chart .mark')].filter(m => !m.classList.contains('off'))"
)


def test_embedded_json_cannot_close_its_script_element() -> None:
    text = embed_json({"s": "</script><script>alert(1)</script>&\u2028"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"s": "</script><script>alert(1)</script>&\u2028"}


def test_renders_the_seed_chronology_with_one_mark_per_dated_event(page, report) -> None:
    data, _ = report
    events = _chronology(data)
    dated = [e for e in events if e[3] is not None]
    assert page.js("document.querySelectorAll('#rows tr.event').length") == len(events)
    assert page.js("document.querySelectorAll('#chart .mark').length") == len(dated)
    ids = page.js("[...document.querySelectorAll('#chart .mark')].map(m => m.dataset.eventId)")
    assert sorted(ids) == sorted(e[0] for e in dated)
    assert page.js("document.querySelectorAll('#undated li').length") == len(events) - len(dated)
    # the 17 March 2011 strike of the seeds is in the table, dated to the day
    rows = page.js(
        "[...document.querySelectorAll('#rows tr.event')].map(r => [r.cells[0].textContent, "
        "r.cells[1].textContent])"
    )
    assert ["2011-03-17", "strike"] in rows


def test_a_row_opens_its_evidence_with_source_links(page, report) -> None:
    data, _ = report
    (event_id,) = [e[0] for e in _chronology(data, "date_value = '2011-03-17'")][:1]
    page.js(f"document.querySelector('#rows tr.event[data-event-id=\"{event_id}\"]').click()")
    evidence = page.wait_for(
        f"(() => {{ const r = document.querySelector('tr.event[data-event-id=\"{event_id}\"]')"
        ".nextElementSibling; return r && r.classList.contains('evidence') && !r.hidden && "
        "[...r.querySelectorAll('li')].map(li => li.textContent); })()"
    )
    assert any("March 17" in s for s in evidence)
    assert all("002_512497ff5cdae5c9.txt" in s for s in evidence)


def test_filters_narrow_table_and_chart(page, report) -> None:
    data, _ = report
    meetings = _chronology(data, "event_type = 'meeting'")
    page.js(
        "const s = document.getElementById('f-type'); s.value = 'meeting';"
        "s.dispatchEvent(new Event('change'))"
    )
    assert page.js(f"{VISIBLE_ROWS}.length") == len(meetings)
    assert set(page.js(f"{VISIBLE_MARKS}.map(m => m.dataset.type)")) <= {"meeting"}
    assert page.js(f"{VISIBLE_MARKS}.length") == sum(1 for e in meetings if e[3] is not None)

    page.js("document.getElementById('f-reset').click()")
    page.js("document.getElementById('f-text').focus()")
    page.type_text("zorblax")
    assert page.js("document.getElementById('f-text').value") == "zorblax"
    shown = page.js(f"{VISIBLE_ROWS}.map(r => r.textContent)")
    assert len(shown) == 1 and "Zorblax" in shown[0]
    assert page.js(f"{VISIBLE_MARKS}.length") <= 1

    page.js("document.getElementById('f-reset').click()")
    march = _chronology(data, "date_end >= DATE '2011-03-01' AND date_start <= DATE '2011-03-31'")
    page.js(
        "for (const [id, v] of [['f-from', '2011-03-01'], ['f-to', '2011-03-31']]) {"
        " const e = document.getElementById(id); e.value = v;"
        " e.dispatchEvent(new Event('input')); }"
    )
    assert page.js(f"{VISIBLE_ROWS}.length") == len(march)
    assert sorted(page.js(f"{VISIBLE_MARKS}.map(m => m.dataset.eventId)")) == sorted(
        e[0] for e in march
    )


def test_article_markup_is_shown_as_text_and_runs_nothing(page) -> None:
    # open every event so that all evidence sentences and source links are in the DOM
    page.js("document.querySelectorAll('#rows tr.event').forEach(r => r.click())")
    page.wait_for("document.querySelectorAll('tr.evidence').length > 0")
    assert page.js("typeof window.__pwned") == "undefined"
    assert page.js("document.querySelectorAll('img').length") == 0
    assert page.js("document.querySelectorAll('script').length") == 2  # data block and code
    assert page.js("document.querySelectorAll('b').length") == 0
    text = page.js("document.body.textContent")
    assert PAYLOAD_SCRIPT in text
    assert "hostile-<b>bold</b>" in text
    links = page.js("[...document.querySelectorAll('a')].map(a => a.protocol)")
    assert set(links) <= {"http:", "https:"}
    exceptions = [e for e in page.events if e["method"] == "Runtime.exceptionThrown"]
    assert exceptions == []


def test_the_page_needs_no_network(page) -> None:
    page.js("document.querySelectorAll('#rows tr.event').forEach(r => r.click())")
    page.js("document.getElementById('f-text').value = 'x'")
    requests = [
        e["params"]["request"]["url"]
        for e in page.events
        if e["method"] == "Network.requestWillBeSent"
    ]
    assert all(u.startswith(("file:", "data:")) for u in requests), requests
