"""Access (admins): who can sign in, recent access-log events, and whether the log is intact."""

import pandas as pd
import streamlit as st

from casenotes.app.auth import AccessLog, UserStore, current_user, users_file
from casenotes.app.data import default_db

st.title("Access")
user = current_user()
if user is None or user.role != "admin":  # the router never shows this page to others; this is a second lock
    st.error("Admins only.")
    st.stop()
served = default_db()
users = UserStore(users_file(served))
st.subheader("Users")
st.dataframe(pd.DataFrame([{"name": u.name, "role": u.role} for u in users.list()]), hide_index=True)
st.caption(f"Managed with `casenotes users add|remove --users {users.path}`; passwords are stored as scrypt hashes.")
log = AccessLog.for_store(served)
check = log.verify()
st.subheader("Access log")
verdict, *breaks = check.report(log.path.name)
if not check.intact:
    st.error("\n".join([verdict, "", *(f"- {b.strip()}" for b in breaks)]))
elif check.anchored or not check.lines:
    st.success(verdict)
else:
    st.warning(verdict)
events = pd.DataFrame(log.read(limit=200))
if not events.empty:
    st.dataframe(events.drop(columns=["prev", "mac"], errors="ignore").iloc[::-1], hide_index=True, use_container_width=True)
    failed = events[events["event"] == "sign_in_failed"]
    st.caption(f"Failed sign-ins among the last 200 events: {len(failed)}.")
