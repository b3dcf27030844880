"""casenotes: measure Safe & Together framing in case notes, offline.

The pipeline reads as its modules: ingest -> deid -> nlp -> classify -> audit -> store -> trends -> app.
Nothing runs at import time.
"""

__version__ = "0.1.0"
