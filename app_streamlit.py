"""casenotes dashboard: router only (page config, sign-in, store picker, navigation by role).

Run with `casenotes serve --db STORE` (or `casenotes demo`), which serves on 127.0.0.1 with usage statistics
off. Pages live in casenotes/app/pages; cached data access in casenotes/app/data.py; sign-in, roles and the
access log in casenotes/app/auth.py.
"""

from pathlib import Path

import streamlit as st

PAGES = Path(__file__).resolve().parent / "casenotes" / "app" / "pages"

st.set_page_config(page_title="casenotes", page_icon="📝", layout="wide")

from casenotes.app.auth import PAGES as ROLE_PAGES  # noqa: E402  (after set_page_config)
from casenotes.app.auth import AccessLog, AuthError, UserStore, current_user, users_file  # noqa: E402
from casenotes.app.data import default_db  # noqa: E402

served = default_db()
log = AccessLog.for_store(served)
user = current_user()
if user is None:
    st.title("casenotes")
    users = UserStore(users_file(served))
    if not users.exists():
        st.error(f"No dashboard users are set up. Add one with `casenotes users add NAME --role admin --users "
                 f"{users.path}` and reload.")
        st.stop()
    with st.form("sign_in"):
        st.subheader("Sign in")
        name = st.text_input("Name", key="sign_in_name")
        password = st.text_input("Password", type="password", key="sign_in_password")
        if st.form_submit_button("Sign in"):
            try:
                signed = users.sign_in(name.strip(), password)
            except AuthError as exc:
                log.append(None, "sign_in_failed", name=name.strip()[:64])
                st.error(str(exc).split("] ", 1)[-1])
            else:
                st.session_state["user"] = {"name": signed.name, "role": signed.role}
                log.append(signed, "sign_in")
                st.rerun()
    st.stop()

with st.sidebar:
    st.caption(f"Signed in as **{user.name}** ({user.role})")
    if st.button("Sign out", key="sign_out"):
        log.append(user, "sign_out")
        st.session_state.clear()
        st.rerun()
    if user.role == "admin":
        st.text_input("Store (DuckDB file)", value=served, key="db_path")

ALL = {
    "overview": ("Explore", "Overview", "🏠"), "trends": ("Explore", "Trends", "📈"), "notes": ("Explore", "Notes", "🗒️"),
    "batch": ("Evaluate", "Batch", "📥"), "audit": ("Evaluate", "Audit", "⚖️"), "annotate": ("Research", "Annotate", "✍️"), "models": ("Research", "Models", "🧪"),
    "access": ("Admin", "Access", "🔐"),
}
sections: dict[str, list] = {}
for key in ROLE_PAGES[user.role]:
    section, title, icon = ALL[key]
    sections.setdefault(section, []).append(st.Page(str(PAGES / f"{key}.py"), title=title, icon=icon,
                                                    default=key == "overview"))
navigation = st.navigation(sections)
if st.session_state.get("_logged_page") != navigation.title:
    st.session_state["_logged_page"] = navigation.title
    log.append(user, "page_view", page=navigation.title)
navigation.run()
