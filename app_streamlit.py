"""`streamlit run app_streamlit.py` from a checkout: runs the dashboard's router, casenotes/app/router/main.py."""
import runpy
runpy.run_module("casenotes.app.router.main", run_name="__main__")
