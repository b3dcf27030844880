"""Tiny helpers so each batch can write scores/reasons compactly (scores are typed by hand per note)."""
DOMAINS = ["perpetrator_pattern", "non_blaming_strengths", "partnering_safety", "child_harm_assessment"]


def sc(p, n, s, c):
    return dict(zip(DOMAINS, (p, n, s, c)))


def rs(p, n, s, c):
    return dict(zip(DOMAINS, (p, n, s, c)))
