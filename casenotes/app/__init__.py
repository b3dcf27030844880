"""The Streamlit dashboard's pages and cached data access (the only package code that imports streamlit)."""
