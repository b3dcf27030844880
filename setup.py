"""Packaging that pyproject.toml cannot express: the shipped models, which live in the repository's top-level
``models/`` folder, are installed (editable or not) as the data package ``casenotes_models``, where
``casenotes.classify.registry.models_dir`` finds them. Everything else is in pyproject.toml."""

from setuptools import find_namespace_packages, setup

setup(packages=[*find_namespace_packages(include=["casenotes", "casenotes.*"]), "casenotes_models"],
      package_dir={"casenotes_models": "models"})
