"""The dashboard `casenotes serve` runs is the package's own router (issue #17): package data, so an installed
casenotes finds it without the checkout, in a folder with no ``pages/`` beside it (Streamlit would serve such a
folder's scripts as pages of their own, without the router's sign-in)."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import casenotes
from casenotes.app.auth import UserStore
from casenotes.app.server import APP_FILE

PAGES = Path(casenotes.__file__).parent / "app" / "pages"


def test_the_served_router_is_in_the_package_alone_in_its_folder():
    assert APP_FILE.is_file() and Path(casenotes.__file__).parent in APP_FILE.parents
    assert not (APP_FILE.parent / "pages").exists()


@pytest.mark.parametrize("main", [APP_FILE, Path(__file__).resolve().parents[2] / "app_streamlit.py"],
                         ids=["served", "checkout-shim"])
def test_a_page_does_not_open_before_sign_in(trial, tmp_path, monkeypatch, main):
    users = UserStore(tmp_path / "users.toml")
    users.add("lead1", "lead", "lead password 123")
    monkeypatch.setenv("CASENOTES_DB", str(trial["db"]))
    monkeypatch.setenv("CASENOTES_USERS", str(users.path))
    at = AppTest.from_file(str(main), default_timeout=120).run()
    assert not at.exception and [t.value for t in at.title] == ["casenotes"]
    at.switch_page(str(PAGES / "trends.py")).run()
    assert not at.exception and [t.value for t in at.title] == ["casenotes"] and not at.subheader[1:]


def test_the_dashboard_draws_no_emoji():
    """Issue #18, item 15: emoji render as empty boxes without an emoji font (common on council desktops); the
    sidebar and every page use Streamlit's Material icons instead."""
    import re

    emoji = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F]")
    for path in sorted(Path(casenotes.__file__).parent.joinpath("app").rglob("*.py")):
        found = emoji.findall(path.read_text(encoding="utf-8"))
        assert not found, f"{path.name}: {found}"
    assert ":material/" in APP_FILE.read_text(encoding="utf-8")
