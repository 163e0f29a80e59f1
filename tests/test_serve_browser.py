"""The web page in a real headless Chromium (Debian's `chromium` driven by Selenium).

Skipped, with the reason, only when chromium is absent and not in CI; in CI (`CI` set) a missing
browser fails. Set REALPOLITIK_SCREENSHOT_DIR to keep the screenshots (docs/ holds the README's).
"""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from serve_fixtures import HOSTILE_TITLE, browse_db

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"

if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
    if os.environ.get("CI"):
        pytest.fail("CI: chromium and chromium-driver must be installed (.ci/run installs them)",
                    pytrace=False)  # fmt: skip
    pytest.skip("chromium / chromedriver not installed (apt-get install chromium chromium-driver); "
                "these tests run in CI", allow_module_level=True)  # fmt: skip

selenium = pytest.importorskip("selenium")
from selenium import webdriver  # noqa: E402
from selenium.common.exceptions import NoAlertPresentException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    from realpolitik.serve import create_app

    db = browse_db(tmp_path_factory.mktemp("browser") / "browse.duckdb")
    port = _free_port()
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="realpolitik-chromium-")
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", f"--user-data-dir={profile}", "--window-size=1280,900"):  # fmt: skip
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _ready(driver: Any, view: str) -> None:
    WebDriverWait(driver, 15).until(
        lambda d: d.execute_script("return document.body.dataset.ready") in (view, "error")
    )
    assert driver.execute_script("return document.body.dataset.ready") == view, _text(driver, "main")


def _text(driver: Any, selector: str) -> str:
    return str(driver.find_element(By.CSS_SELECTOR, selector).text)


def _screenshot(driver: Any, name: str, tmp_path: Path) -> None:
    out = Path(os.environ.get("REALPOLITIK_SCREENSHOT_DIR") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    assert driver.save_screenshot(str(out / name))


def _no_script_ran(driver: Any) -> None:
    assert driver.execute_script("return document.body.dataset.pwned") is None
    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text  # noqa: B018
    # No element came from article markup, and no javascript: link exists.
    assert not driver.find_elements(By.CSS_SELECTOR, "main img, main script, main svg[onload], main [onerror]")
    hrefs = [a.get_attribute("href") or "" for a in driver.find_elements(By.CSS_SELECTOR, "a")]
    assert not [h for h in hrefs if h.lower().startswith("javascript:")]


def test_filter_the_event_table_and_open_an_event(server: str, browser: Any, tmp_path: Path) -> None:
    browser.get(server + "/")
    _ready(browser, "events")
    rows = browser.find_elements(By.CSS_SELECTOR, "#events-table tbody tr")
    assert len(rows) == 6
    Select(browser.find_element(By.ID, "f-type")).select_by_value("ASSAULT")
    browser.find_element(By.ID, "apply").click()
    WebDriverWait(browser, 10).until(lambda d: "type=ASSAULT" in d.current_url)
    _ready(browser, "events")
    ids = {r.get_attribute("data-event") for r in browser.find_elements(By.CSS_SELECTOR, "#events-table tbody tr")}
    assert ids == {"ev-shell", "ev-deny", "ev-hostile"}
    search = browser.find_element(By.ID, "f-q")
    search.send_keys("Khost")
    browser.find_element(By.ID, "apply").click()
    WebDriverWait(browser, 10).until(lambda d: "q=Khost" in d.current_url)
    _ready(browser, "events")
    rows = browser.find_elements(By.CSS_SELECTOR, "#events-table tbody tr")
    assert [r.get_attribute("data-event") for r in rows] == ["ev-shell"]
    rows[0].find_elements(By.TAG_NAME, "td")[0].click()
    _ready(browser, "event")
    marks = {(m.get_attribute("class"), m.text) for m in browser.find_elements(By.CSS_SELECTOR, ".sentence mark")}
    assert marks == {("trigger", "shelled"), ("actor", "Pakistani troops"), ("actor", "Taliban"), ("place", "Khost")}
    assert "Pakistani troops shelled Taliban positions near Khost" in _text(browser, ".sentence")
    external = browser.find_element(By.CSS_SELECTOR, "a.external")
    assert external.get_attribute("href") == "https://example.org/one"
    _screenshot(browser, "serve-event.png", tmp_path)


def test_claims_and_polarity_are_shown(server: str, browser: Any) -> None:
    browser.get(server + "/#/event/ev-deny")
    _ready(browser, "event")
    facts = _text(browser, "table.facts")
    assert "Polarity denied" in facts and "Claimed by Taliban" in facts


def test_open_an_actor_and_the_network(server: str, browser: Any, tmp_path: Path) -> None:
    browser.get(server + "/#/event/ev-shell")
    _ready(browser, "event")
    browser.find_element(By.LINK_TEXT, "Pakistan Army").click()
    _ready(browser, "actor")
    assert "Pakistan Army" in _text(browser, "#actor-name")
    assert "Chief of Army Staff" in _text(browser, "main")
    assert browser.find_elements(By.CSS_SELECTOR, "#timeline rect.bar")
    assert "Taliban" in _text(browser, "#ties")
    browser.find_element(By.LINK_TEXT, "in the network").click()
    _ready(browser, "network")
    ties = browser.find_elements(By.CSS_SELECTOR, "#network line.tie")
    nodes = browser.find_elements(By.CSS_SELECTOR, "#network g.node")
    assert len(nodes) >= 5 and ties
    # a window: June only
    browser.get(server + "/#/network?since=2024-06&until=2024-06")
    _ready(browser, "network")
    tie = next(t for t in browser.find_elements(By.CSS_SELECTOR, "#network line.tie")
               if {t.get_attribute("data-a"), t.get_attribute("data-b")} == {"Q863", "Q668"})  # fmt: skip
    browser.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", tie)
    WebDriverWait(browser, 10).until(lambda d: "CONSULT" in _text(d, "#tie-events"))
    assert "Tajikistan hosted India" in _text(browser, "#tie-event-list")
    _screenshot(browser, "serve-network.png", tmp_path)


def test_map_shows_located_events_on_the_outlines(server: str, browser: Any, tmp_path: Path) -> None:
    browser.get(server + "/#/map")
    _ready(browser, "map")
    assert len(browser.find_elements(By.CSS_SELECTOR, "#map path.country")) > 100
    points = {p.get_attribute("data-event") for p in browser.find_elements(By.CSS_SELECTOR, "#map circle.point")}
    assert points == {"ev-shell", "ev-meet", "ev-hostile"}
    _screenshot(browser, "serve-map.png", tmp_path)


def test_a_hostile_article_runs_no_script_anywhere(server: str, browser: Any) -> None:
    for view, ready in (("#/events", "events"), ("#/event/ev-hostile", "event"),
                        ("#/doc/" + "wire%2F%3Cb%3Ebad%3C%2Fb%3E.txt", "doc"), ("#/actors", "actors"),
                        ("#/actor/Q_gunmen", "actor"), ("#/network", "network"), ("#/map", "map"),
                        ("#/stories", "stories")):  # fmt: skip
        browser.get(server + "/" + view)
        _ready(browser, ready)
        time.sleep(0.2)  # an onerror would fire by now
        _no_script_ran(browser)
    browser.get(server + "/#/event/ev-hostile")
    _ready(browser, "event")
    # The markup is there, as text to read.
    assert HOSTILE_TITLE in _text(browser, "main")
    assert 'onerror="document.body.dataset.pwned' in _text(browser, ".sentence")
    assert "link not shown: javascript:" in _text(browser, ".unsafe-url")
    browser.get(server + "/#/doc/" + "wire%2F%3Cb%3Ebad%3C%2Fb%3E.txt")
    _ready(browser, "doc")
    assert "<script>document.body.dataset.pwned='script'</script>" in _text(browser, ".doctext")
    _no_script_ran(browser)
    # The policy itself forbids inline script: a script injected the way markup would be is blocked.
    browser.execute_script(
        "const s = document.createElement('div');"
        "s.innerHTML = '<img src=x onerror=\"document.body.dataset.pwned=1\">';"
        "document.body.appendChild(s);"
    )
    time.sleep(0.3)
    assert browser.execute_script("return document.body.dataset.pwned") is None


def _open_brief(browser: Any) -> None:
    """Click the page's Brief link and switch to the tab it opens; the brief must be there,
    styled by its own sheet (the default style has no width limit and a white background)."""
    tabs = set(browser.window_handles)
    browser.find_element(By.ID, "brief-link").click()
    WebDriverWait(browser, 15).until(lambda d: len(d.window_handles) > len(tabs))
    browser.switch_to.window(next(iter(set(browser.window_handles) - tabs)))
    WebDriverWait(browser, 15).until(lambda d: d.find_elements(By.TAG_NAME, "h1"))
    assert "realpolitik" in browser.title.lower()
    style = browser.execute_script(
        "const s = getComputedStyle(document.body); return [s.maxWidth, s.backgroundColor];"
    )
    assert style[0] != "none" and style[1] not in ("rgba(0, 0, 0, 0)", "rgb(255, 255, 255)"), style


def test_the_brief_is_reachable_from_the_page(server: str, browser: Any) -> None:
    browser.get(server + "/")
    _ready(browser, "events")
    home = browser.current_window_handle
    try:
        _open_brief(browser)
        assert browser.current_url == server + "/report"
    finally:
        for handle in browser.window_handles:
            if handle != home:
                browser.switch_to.window(handle)
                browser.close()
        browser.switch_to.window(home)


PIPELINE_ARTICLE = {
    "id": 'hostile/<img src=x onerror="document.body.dataset.pwned=\'id\'">',
    "title": "Border clash <script>document.body.dataset.pwned='title'</script>",
    "url": "javascript:document.body.dataset.pwned='url'",
    "published": "2024-05-07",
    "outlet": "<b onmouseover=\"document.body.dataset.pwned='outlet'\">Wire</b>",
    "text": (
        "Pakistani troops attacked Taliban fighters near Khost on Monday, officials in "
        "Islamabad said. <script>document.body.dataset.pwned='script'</script>\n\n"
        "The Taliban accused Pakistan of violating Afghan airspace "
        '<img src=x onerror="document.body.dataset.pwned=\'img\'"> and vowed to respond. '
        "<a href=\"javascript:document.body.dataset.pwned='link'\">Read more</a>\n\n"
        "Tajikistan and India held talks in Dushanbe on Tuesday about border security."
    ),
}


@pytest.mark.slow
def test_a_hostile_article_through_the_pipeline_runs_no_script(tmp_path: Path, browser: Any) -> None:
    import uvicorn

    from realpolitik.query import run_documents
    from realpolitik.serve import create_app

    db = tmp_path / "hostile.duckdb"
    run_documents([PIPELINE_ARTICLE], db)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    while not srv.started:
        time.sleep(0.05)
    try:
        url = f"http://127.0.0.1:{port}/"
        browser.get(url + "#/events")
        _ready(browser, "events")
        ids = [r.get_attribute("data-event") for r in browser.find_elements(By.CSS_SELECTOR, "#events-table tbody tr")]
        assert ids, "the pipeline found no event in the article"
        for event_id in ids:
            browser.get(url + "#/event/" + event_id)
            _ready(browser, "event")
            time.sleep(0.2)
            _no_script_ran(browser)
        browser.find_element(By.CSS_SELECTOR, ".mention a").click()  # the document itself
        _ready(browser, "doc")
        time.sleep(0.2)
        _no_script_ran(browser)
        assert "<script>" in _text(browser, "h1") or "<script>" in _text(browser, ".doctext")
        for view in ("#/actors", "#/network", "#/map", "#/stories"):
            browser.get(url + view)
            _ready(browser, view[2:])
            _no_script_ran(browser)
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


def test_with_a_token_the_page_works_only_when_given_it(tmp_path: Path, browser: Any) -> None:
    import uvicorn

    from realpolitik.serve import create_app

    db = browse_db(tmp_path / "token.duckdb", hostile=False)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(db, token="a-long-secret"), host="127.0.0.1",
                                        port=port, log_level="warning"))  # fmt: skip
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    while not srv.started:
        time.sleep(0.05)
    try:
        url = f"http://127.0.0.1:{port}/"
        browser.get(url + "#/events")
        WebDriverWait(browser, 10).until(lambda d: d.execute_script("return document.body.dataset.ready"))
        assert "missing or wrong token" in _text(browser, "#error")
        browser.get(url + "#token=a-long-secret")
        _ready(browser, "events")
        assert len(browser.find_elements(By.CSS_SELECTOR, "#events-table tbody tr")) == 5
        assert "token" not in browser.current_url  # taken out of the address bar
        home = browser.current_window_handle
        _open_brief(browser)  # opened with a ticket, styled as without a token
        assert "/report?ticket=" in browser.current_url and "a-long-secret" not in browser.current_url
        browser.refresh()  # the ticket was good once
        assert "missing or wrong token" in browser.page_source
        browser.close()
        browser.switch_to.window(home)
    finally:
        srv.should_exit = True
        thread.join(timeout=10)
