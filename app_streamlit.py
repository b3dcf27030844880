"""casenotes dashboard: router only (page config, store picker, navigation).

Run with `casenotes serve --db STORE` (or `casenotes demo`), which serves on 127.0.0.1 with usage statistics
off. Pages live in casenotes/app/pages; cached data access in casenotes/app/data.py.
"""

from pathlib import Path

import streamlit as st

PAGES = Path(__file__).resolve().parent / "casenotes" / "app" / "pages"

st.set_page_config(page_title="casenotes", page_icon="📝", layout="wide")

from casenotes.app.data import default_db  # noqa: E402  (after set_page_config)

with st.sidebar:
    st.text_input("Store (DuckDB file)", value=default_db(), key="db_path")

navigation = st.navigation({
    "Explore": [
        st.Page(str(PAGES / "overview.py"), title="Overview", icon="🏠", default=True),
        st.Page(str(PAGES / "trends.py"), title="Trends", icon="📈"),
        st.Page(str(PAGES / "notes.py"), title="Notes", icon="🗒️"),
    ],
    "Evaluate": [st.Page(str(PAGES / "batch.py"), title="Batch", icon="📥")],
    "Research": [st.Page(str(PAGES / "models.py"), title="Models", icon="🧪")],
})
navigation.run()
