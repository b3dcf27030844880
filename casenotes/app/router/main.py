"""casenotes dashboard: router only (page config, host check, sign-in and session checks, navigation by role).

Run with `casenotes serve --db STORE` (or `casenotes demo`), which serves this file on 127.0.0.1 with usage
statistics off; it is package data, so an installed casenotes serves it without the source checkout. Pages live
in casenotes/app/pages; cached data access in casenotes/app/data.py; sign-in, sessions, roles and the access log
in casenotes/app/auth.py.

It lives in a folder of its own on purpose: Streamlit serves every script of a ``pages/`` folder beside the main
script as a page of its own (its first multipage scheme), which would open the pages without this router's
sign-in (tests/app/test_router.py).
"""

import os
import time
from importlib import resources
from pathlib import Path

import streamlit as st

PAGES = Path(str(resources.files("casenotes.app") / "pages"))

# the browser tab's icon is a file served by this server: a Material icon name here makes the browser fetch it
# from fonts.gstatic.com on every page (the sidebar's Material icons are drawn from Streamlit's bundled font)
st.set_page_config(page_title="casenotes", page_icon=str(resources.files("casenotes.data") / "favicon.png"),
                   layout="wide")

from casenotes.app.auth import ROLE_PAGES  # noqa: E402  (after set_page_config)
from casenotes.app.auth import (  # noqa: E402
    SESSION_ENDS, AccessLog, AuthError, SessionTokens, UserStore, current_user, host_allowed, session_end,
    start_session, users_file,
)
from casenotes.app.data import default_db  # noqa: E402

served = default_db()
log = AccessLog.for_store(served)
port = int(st.get_option("server.port"))
host = st.context.headers.get("host")
names = tuple(n.strip() for n in os.environ.get("CASENOTES_ALLOWED_HOSTS", "").split(",") if n.strip())
if not host_allowed(host, port=port, names=names):
    if not st.session_state.get("_host_refused"):  # once per session, not once per rerun
        st.session_state["_host_refused"] = True
        log.append(None, "host_refused", host=str(host)[:100])
    st.error(f"This dashboard answers only at http://127.0.0.1:{port}; open it there.")
    st.stop()

users = UserStore(users_file(served))
tokens = SessionTokens(users.path)
user = current_user()
if user is None and "session" in st.query_params:  # a refresh or a bookmark: the session the address carries
    restored = tokens.read(st.query_params["session"])
    del st.query_params["session"]
    if restored is None:
        log.append(None, "session_refused", reason="bad_token")
        st.session_state["_session_notice"] = SESSION_ENDS["invalid"]
    else:
        st.session_state["user"] = restored
        user = current_user()
if user is not None:
    now = time.time()
    ended = session_end(st.session_state["user"], users, now=now)
    if ended:
        log.append(user, "session_expired" if ended in ("idle", "expired") else "session_revoked", reason=ended)
        st.session_state.clear()
        st.session_state["_session_notice"] = SESSION_ENDS[ended]
        user = None
    else:
        st.session_state["user"]["last_seen"] = now
        st.query_params["session"] = tokens.issue(st.session_state["user"])
if user is None:
    st.title("casenotes")
    if not users.exists():
        st.error(f"No dashboard users are set up. Add one with `casenotes users add NAME --role admin --users "
                 f"{users.path}` and reload.")
        st.stop()
    if st.session_state.get("_session_notice"):
        st.info(st.session_state["_session_notice"])
    with st.form("sign_in"):
        st.subheader("Sign in")
        name = st.text_input("Name", key="sign_in_name", max_chars=100)
        password = st.text_input("Password", type="password", key="sign_in_password", max_chars=200)
        if st.form_submit_button("Sign in"):
            try:
                signed = users.sign_in(name.strip(), password)
            except AuthError as exc:
                log.append(None, "sign_in_failed", name=name.strip()[:64], code=str(exc)[1:5])
                st.error(str(exc).split("] ", 1)[-1])
            else:
                st.session_state.pop("_session_notice", None)
                st.session_state["user"] = start_session(signed)
                st.query_params["session"] = tokens.issue(st.session_state["user"])
                log.append(signed, "sign_in")
                st.rerun()
    st.stop()

with st.sidebar:
    st.caption(f"Signed in as **{user.name}** ({user.role})")
    if st.button("Sign out", key="sign_out"):
        log.append(user, "sign_out")
        tokens.sign_out(user.name)
        st.session_state.clear()
        st.query_params.clear()
        st.rerun()
    if user.role == "admin":
        st.text_input("Store (DuckDB file)", value=served, key="db_path")

# Material icons (drawn from Streamlit's own font), not emoji: a locked-down council desktop without an emoji font
# shows emoji as empty boxes
ALL = {
    "overview": ("Explore", "Overview", ":material/home:"), "trends": ("Explore", "Trends", ":material/trending_up:"),
    "notes": ("Explore", "Notes", ":material/notes:"), "batch": ("Evaluate", "Batch", ":material/upload_file:"),
    "audit": ("Evaluate", "Audit", ":material/fact_check:"), "annotate": ("Research", "Annotate", ":material/edit_note:"),
    "models": ("Research", "Models", ":material/model_training:"), "access": ("Admin", "Access", ":material/lock:"),
}
sections: dict[str, list] = {}
pages, keys = {}, {}
for key in ROLE_PAGES[user.role]:
    section, title, icon = ALL[key]
    pages[key] = st.Page(str(PAGES / f"{key}.py"), title=title, icon=icon, default=key == "overview")
    sections.setdefault(section, []).append(pages[key])
    keys[title] = key
navigation = st.navigation(sections)
if not st.session_state.get("_page_opened"):  # a bookmark (?page=trends) opens its page once, at the start
    st.session_state["_page_opened"] = True
    asked = st.query_params.get("page")
    if asked in pages and asked != keys[navigation.title]:  # a page the role may not open is ignored
        st.switch_page(pages[asked])
st.query_params["page"] = keys[navigation.title]  # the address names the page, for a refresh or a bookmark
if st.session_state.get("_logged_page") != navigation.title:
    st.session_state["_logged_page"] = navigation.title
    log.append(user, "page_view", page=navigation.title)
navigation.run()
