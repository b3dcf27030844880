"""The dashboard in a real browser (Debian chromium, headless, driven by Selenium): sign in, open every page,
no exceptions, screenshots saved to tests/_artifacts/screenshots; a lead sees aggregates only; repeated wrong
passwords lock the name; and three users' journeys end to end on a private copy of the trial store (issue #18):
a lead signs in, survives a refresh and exports a table, a researcher annotates two sentences, an evaluator makes
a blinded packet, audits two units and scores an upload into a scratch store that leaves the study store as it
was. `make test` installs chromium and chromium-driver (`make browser`)."""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import subprocess
import time
from contextlib import contextmanager
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
def downloads(tmp_path) -> Path:
    folder = tmp_path / "downloads"
    folder.mkdir()
    return folder


@pytest.fixture
def browser(downloads):
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
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


@contextmanager
def _serving(db: Path, users: Path):
    """``casenotes serve`` for ``db`` on a free port, until the block ends."""
    port = _free_port()
    proc = subprocess.Popen(["casenotes", "serve", "--db", str(db), "--port", str(port), "--users", str(users)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.3)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.fixture
def server(trial, tmp_path):
    users = UserStore(tmp_path / "users.toml")
    users.add("admin1", "admin", "admin password 123")
    users.add("lead1", "lead", "lead password 123")
    with _serving(trial["db"], users.path) as url:
        yield url, trial


@pytest.fixture(scope="module")
def study_server(trial, tmp_path_factory):
    """The dashboard over a private copy of the trial store, with a lead, a researcher and an evaluator."""
    folder = tmp_path_factory.mktemp("journeys")
    db = folder / "study.duckdb"
    shutil.copy(trial["db"], db)
    users = UserStore(folder / "users.toml")
    for name, role in (("lead1", "lead"), ("res1", "researcher"), ("eval1", "researcher")):
        users.add(name, role, f"{name} password 123")
    with _serving(db, users.path) as url:
        yield url, db, trial


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


def _outside(driver, url: str) -> list[str]:
    """Addresses off this server that the page links to (icons, scripts, images, frames) or has fetched: nothing
    may leave the machine (an outsider found the tab's icon fetched from fonts.gstatic.com on every page)."""
    return driver.execute_script(
        "const own = u => !u || u.startsWith(arguments[0]) || u.startsWith('data:') || u.startsWith('blob:');"
        "const linked = [...document.querySelectorAll('link[href], script[src], img[src], iframe[src]')]"
        "  .map(e => e.href || e.src);"
        "const fetched = performance.getEntriesByType('resource').map(e => e.name);"
        "return [...linked, ...fetched].filter(u => !own(u));", url)


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
        assert not _outside(browser, url), page
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


# -- three users' journeys (issue #18) --------------------------------------------------------------------------

def _shot(driver, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SHOTS / f"{name}.png"))


def _no_exception(driver, where: str) -> None:
    from selenium.webdriver.common.by import By

    assert not driver.find_elements(By.CSS_SELECTOR, '[data-testid="stException"]'), where


def _type(driver, label: str, text: str) -> None:
    """Replace a text or number input's value and commit it (Enter), as a user would."""
    from selenium.webdriver.common.keys import Keys

    field = _wait(driver, f'input[aria-label="{label}"]')
    field.send_keys(Keys.CONTROL, "a")
    field.send_keys(text, Keys.ENTER)
    _settle(driver)


def _open(driver, page: str) -> None:
    _click(driver, '[data-testid="stSidebarNavLink"]', page)
    _wait(driver, "h1", page)
    _settle(driver)


def _changed(driver, css: str, before: str, timeout: float = 60) -> str:
    """The text of ``css`` once it is no longer ``before`` (the page has moved on)."""
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    def moved(d):
        texts = [el.text for el in d.find_elements(By.CSS_SELECTOR, css)]
        return texts[0] if texts and texts[0] != before else False

    return WebDriverWait(driver, timeout, ignored_exceptions=(StaleElementReferenceException,)).until(moved)


def _downloaded(folder: Path, suffix: str, timeout: float = 30) -> Path:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done = [p for p in folder.iterdir() if p.suffix == suffix]
        if done:
            return done[0]
        time.sleep(0.3)
    raise AssertionError(f"no {suffix} file downloaded into {folder}")


@pytest.mark.slow
def test_lead_journey_sign_in_refresh_and_export(browser, study_server, downloads):
    url, db, _ = study_server
    _sign_in(browser, url, "lead1", "lead1 password 123")
    _open(browser, "Trends")
    _shot(browser, "journey_lead_trends")
    assert "session=" in browser.current_url and "page=trends" in browser.current_url
    browser.refresh()  # a refresh keeps her signed in, on her page
    _settle(browser)
    _wait(browser, "h1", "Trends")
    assert not browser.find_elements("css selector", 'input[aria-label="Password"]')
    assert not browser.find_elements("css selector", '[data-testid="stDialog"]')
    _click(browser, '[data-testid="stDownloadButton"] button', "Download this table (CSV)")
    table = _downloaded(downloads, ".csv")
    assert table.read_text(encoding="utf-8").startswith(("Borough", "\ufeffBorough"))  # readable headers
    _no_exception(browser, "lead")
    _shot(browser, "journey_lead_exported")


@pytest.mark.slow
def test_researcher_journey_annotates_two_sentences(browser, study_server):
    from casenotes.annotate import AnnotationLog

    url, db, _ = study_server
    _sign_in(browser, url, "res1", "res1 password 123")
    _open(browser, "Annotate")
    first = _wait(browser, "blockquote").text
    _click(browser, '[data-testid="stCheckbox"] label', "victim blaming")
    _shot(browser, "journey_researcher_ticked")
    _click(browser, '[data-testid="stFormSubmitButton"] button', "Save")
    _settle(browser)
    second = _changed(browser, "blockquote", first)
    _click(browser, '[data-testid="stFormSubmitButton"] button', "Save")  # the second sentence, nothing ticked
    _settle(browser)
    _changed(browser, "blockquote", second)
    _no_exception(browser, "annotate")
    _shot(browser, "journey_researcher_saved_two")
    mine = AnnotationLog(db).latest()
    mine = mine[mine["annotator"] == "res1"]
    assert sorted(map(tuple, mine["labels"])) == [(), ("victim_blaming",)]


def _score_unit(driver, scores: list[int], tries: int = 3) -> None:
    """Choose a score for each domain of the unit on screen and save it. The form may still be re-rendering when
    its radios first appear (a click then lands on an element about to be replaced), so settle first and check that
    every choice took before saving; choose again if one did not."""
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By

    def chosen(group) -> str:
        try:
            ticked = group.find_elements(By.CSS_SELECTOR, 'input[type="radio"]:checked')
            return driver.execute_script("return arguments[0].closest('label').innerText", ticked[0]) if ticked else ""
        except StaleElementReferenceException:
            return ""

    _settle(driver)
    for _ in range(tries):
        _wait(driver, '[data-testid="stRadio"]')
        groups = driver.find_elements(By.CSS_SELECTOR, '[data-testid="stRadio"]')
        assert len(groups) == len(scores)
        for group, score in zip(groups, scores):
            next(l for l in group.find_elements(By.CSS_SELECTOR, 'div[role="radiogroup"] label')
                 if l.text.strip().startswith(f"{score}:")).click()
            time.sleep(0.2)
        groups = driver.find_elements(By.CSS_SELECTOR, '[data-testid="stRadio"]')
        if all(chosen(g).strip().startswith(f"{s}:") for g, s in zip(groups, scores)):
            break
        _settle(driver)
    else:
        raise AssertionError(f"the scores {scores} did not take after {tries} tries")
    _click(driver, "button", "Save and next")
    _settle(driver)


@pytest.mark.slow
def test_evaluator_journey_packet_audit_and_batch_into_a_scratch_store(browser, study_server, tmp_path):
    import pandas as pd
    from selenium.webdriver.common.by import By

    url, db, trial = study_server
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    _sign_in(browser, url, "eval1", "eval1 password 123")
    _open(browser, "Audit")
    _type(browser, "Packet name", "journey")
    _type(browser, "Units per stratum", "1")
    _click(browser, "button", "Create packet")
    _settle(browser)
    first = _wait(browser, "h3", "Unit ").text
    _shot(browser, "journey_evaluator_packet")
    _score_unit(browser, [4, 3, 2, 1])
    assert _changed(browser, "h3", first).startswith("Unit ")
    _score_unit(browser, [1, 2, 3, 4])
    _no_exception(browser, "audit")
    _shot(browser, "journey_evaluator_audited_two")
    sheet = pd.read_csv(db.parent / "audit_packets" / "journey" / "scored_eval1.csv", dtype=str, keep_default_na=False)
    scored = sheet[sheet["score_perpetrator_pattern"] != ""]
    assert len(scored) == 2 and sorted(scored["score_perpetrator_pattern"]) == ["1", "4"]

    teams = pd.read_csv(trial["dir"] / "notes_teams.csv")
    export = tmp_path / "upload.csv"
    pd.DataFrame({"ID": [f"UP{i}" for i in range(6)], "Body": ["Dad hit mum in front of C1. C1 was scared."] * 6,
                  "Date": ["03/04/2025"] * 6, "Case": [f"C9{i}" for i in range(6)],
                  "Borough": list(teams["borough"][:6]), "Team": list(teams["team"][:6])}).to_csv(export, index=False)
    _open(browser, "Batch")
    browser.find_elements(By.CSS_SELECTOR, 'input[type="file"]')[0].send_keys(str(export))
    _settle(browser)
    _wait(browser, "button", "Score into a scratch store")
    _click(browser, "button", "Score into a scratch store")
    _wait(browser, '[data-testid="stAlert"]', "6 rows", timeout=120)
    _settle(browser)
    _no_exception(browser, "batch")
    _shot(browser, "journey_evaluator_batch_scored")
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before  # the study store is as it was
    assert list((db.parent / "batch_scratch").glob("*/upload.duckdb"))


@pytest.mark.slow
def test_a_lead_filters_to_her_borough_reads_what_changed_and_downloads_the_team_report(browser, study_server,
                                                                                       downloads):
    """Issue #18 "Done when": a lead, in a real browser, filters to her borough, reads what changed since training
    in plain words with its uncertainty, sees why groups are suppressed, and downloads the one-page team report."""
    from selenium.webdriver.common.by import By

    url, _, _ = study_server
    _sign_in(browser, url, "lead1", "lead1 password 123")
    _open(browser, "Trends")
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
    _shot(browser, "lead_what_changed")
    _click(browser, '[data-testid="stSelectbox"]', "Compare by")
    _click(browser, '[role="option"]', "Team")
    _settle(browser)
    browser.execute_script("arguments[0].scrollIntoView()", _wait(browser, "h2", "Victim-blaming language by team"))
    time.sleep(0.5)
    assert "suppressed" in browser.find_element(By.TAG_NAME, "body").text.lower()
    _shot(browser, "lead_suppressed_groups")
    _click(browser, '[data-testid="stDownloadButton"] button', "Download the team report")
    assert _downloaded(downloads, ".pdf").read_bytes()[:5] == b"%PDF-"
    _no_exception(browser, "lead's what changed")
