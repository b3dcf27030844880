"""The dashboard in a real browser (Debian chromium, headless, driven by Selenium): sign in, open every page,
no exceptions, screenshots saved to tests/_artifacts/screenshots; a lead sees aggregates only; repeated wrong
passwords lock the name. `make test` installs chromium and chromium-driver (`make browser`)."""

from __future__ import annotations

import os
import socket
import subprocess
import time
from pathlib import Path

import pandas as pd
import pytest

from casenotes.app.auth import UserStore

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
SHOTS = Path(__file__).resolve().parents[1] / "_artifacts" / "screenshots"
PAGES = ["Overview", "Trends", "Notes", "Batch", "Audit", "Annotate", "Models", "Access"]
HEADINGS = {"Overview": "casenotes", "Trends": "Trends", "Notes": "Notes", "Batch": "Batch", "Audit": "Audit",
            "Annotate": "Annotate",
            "Models": "Models", "Access": "Access"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def browser():
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        if os.environ.get("CASENOTES_SKIP_BROWSER") == "1":
            pytest.skip("CASENOTES_SKIP_BROWSER=1")
        pytest.fail("Debian chromium and chromium-driver are missing: run `make browser` (or set CASENOTES_SKIP_BROWSER=1)")
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--window-size=1400,1000"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


@pytest.fixture
def server(trial, tmp_path):
    users = UserStore(tmp_path / "users.toml")
    users.add("admin1", "admin", "admin password 123")
    users.add("lead1", "lead", "lead password 123")
    port = _free_port()
    proc = subprocess.Popen(["casenotes", "serve", "--db", str(trial["db"]), "--port", str(port), "--users",
                             str(users.path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.3)
    yield f"http://127.0.0.1:{port}", trial
    proc.terminate()
    proc.wait(timeout=30)


def _wait(driver, css: str, text: str | None = None, timeout: float = 60):
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    def found(d):
        for el in d.find_elements(By.CSS_SELECTOR, css):
            if text is None or text in el.text:
                return el
        return False

    return WebDriverWait(driver, timeout, ignored_exceptions=(StaleElementReferenceException,)).until(found)


def _click(driver, css: str, text: str, tries: int = 8) -> None:
    """Click the element whose text contains ``text``; Streamlit re-renders as it runs, so an element found a
    moment ago may have been replaced: look it up again."""
    from selenium.common.exceptions import StaleElementReferenceException

    for attempt in range(tries):
        try:
            _wait(driver, css, text).click()
            return
        except StaleElementReferenceException:
            if attempt == tries - 1:
                raise
            time.sleep(0.3)


def _settle(driver, timeout: float = 60) -> None:
    """Wait until Streamlit has finished running the script (its status widget disappears)."""
    from selenium.webdriver.common.by import By

    time.sleep(0.8)
    deadline = time.monotonic() + timeout
    while driver.find_elements(By.CSS_SELECTOR, '[data-testid="stStatusWidget"]') and time.monotonic() < deadline:
        time.sleep(0.3)


def _sign_in(driver, url: str, name: str, password: str) -> None:
    driver.get(url)
    _wait(driver, 'input[aria-label="Name"]').send_keys(name)
    _wait(driver, 'input[aria-label="Password"]').send_keys(password)
    _click(driver, "button", "Sign in")
    _settle(driver)


def _nav(driver) -> set[str]:
    """Titles in the sidebar navigation (a link reads "<icon>\\n<title>")."""
    from selenium.webdriver.common.by import By

    return {el.text.strip().split("\n")[-1]
            for el in driver.find_elements(By.CSS_SELECTOR, '[data-testid="stSidebarNavLink"]')}


@pytest.mark.slow
def test_every_page_in_a_real_browser(browser, server):
    from selenium.webdriver.common.by import By

    url, trial = server
    SHOTS.mkdir(parents=True, exist_ok=True)
    _sign_in(browser, url, "admin1", "admin password 123")
    _wait(browser, '[data-testid="stSidebarNavLink"]')
    assert set(_nav(browser)) == set(PAGES)
    for page in PAGES:
        _click(browser, '[data-testid="stSidebarNavLink"]', page)
        _wait(browser, "h1", HEADINGS[page])
        _settle(browser)
        assert not browser.find_elements(By.CSS_SELECTOR, '[data-testid="stException"]'), page
        browser.save_screenshot(str(SHOTS / f"admin_{page.lower()}.png"))

    _click(browser, "button", "Sign out")
    _settle(browser)
    _sign_in(browser, url, "lead1", "lead password 123")
    _wait(browser, '[data-testid="stSidebarNavLink"]')
    assert set(_nav(browser)) == {"Overview", "Trends"}
    _click(browser, '[data-testid="stSidebarNavLink"]', "Trends")
    _wait(browser, "h1", "Trends")
    _settle(browser)
    browser.save_screenshot(str(SHOTS / "lead_trends.png"))
    texts = [t for t in pd.read_csv(trial["sentences"])["text"] if len(t) > 30][:200]
    page = browser.page_source
    assert not any(t[:30] in page for t in texts), "a lead's page shows sentence text"


@pytest.mark.slow
def test_wrong_passwords_lock_the_name_in_a_real_browser(browser, server):
    url, _ = server
    for _ in range(5):
        _sign_in(browser, url, "lead1", "not the password")
        _wait(browser, '[data-testid="stAlert"]', "Wrong name or password")
    _sign_in(browser, url, "lead1", "lead password 123")
    _wait(browser, '[data-testid="stAlert"]', "Too many failed sign-ins")
    browser.save_screenshot(str(SHOTS / "locked.png"))


@pytest.mark.slow
def test_a_lead_filters_to_her_borough_reads_what_changed_and_downloads_the_team_report(browser, server, tmp_path):
    """Issue #18 "Done when": a lead, in a real browser, filters to her borough, reads what changed since training
    in plain words with its uncertainty, sees why groups are suppressed, and downloads the one-page team report."""
    from selenium.webdriver.common.by import By

    url, _ = server
    SHOTS.mkdir(parents=True, exist_ok=True)
    browser.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(tmp_path)})
    _sign_in(browser, url, "lead1", "lead password 123")
    _click(browser, '[data-testid="stSidebarNavLink"]', "Trends")
    _wait(browser, "h1", "Trends")
    _settle(browser)
    if browser.find_elements(By.XPATH, '//button[contains(., "Run the trial analysis now")]'):
        _click(browser, "button", "Run the trial analysis now")
        _settle(browser, timeout=180)
    _click(browser, '[data-testid="stSelectbox"]', "Borough")
    _click(browser, '[role="option"]', "Camden")
    _settle(browser)
    _wait(browser, "h3", "Camden (trial estimate for its teams alone)")
    page = browser.find_element(By.TAG_NAME, "body").text
    assert "What changed since training" in page and "plausible range" in page
    assert "too few for a trial estimate of its own" in page and "descriptive, not trial effects" in page
    browser.save_screenshot(str(SHOTS / "lead_what_changed.png"))
    _click(browser, '[data-testid="stSelectbox"]', "Compare by")
    _click(browser, '[role="option"]', "Team")
    _settle(browser)
    browser.execute_script("arguments[0].scrollIntoView()", _wait(browser, "h2", "Victim-blaming language by team"))
    time.sleep(0.5)
    assert "suppressed" in browser.find_element(By.TAG_NAME, "body").text.lower()
    browser.save_screenshot(str(SHOTS / "lead_suppressed_groups.png"))
    _click(browser, '[data-testid="stDownloadButton"] button', "Download the team report")
    report = tmp_path / "team_report.pdf"
    deadline = time.monotonic() + 30
    while not report.is_file() and time.monotonic() < deadline:
        time.sleep(0.3)
    assert report.read_bytes()[:5] == b"%PDF-"
