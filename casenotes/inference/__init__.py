"""Trial inference for the stepped-wedge evaluation: the analysis plan, cluster-period summaries, the primary
analysis and its sensitivity analyses, the randomisation test, CONSORT-SW items, the planning table, and the
simulation harness that validates them. ``trial.analyse_trial`` is the entry point."""
