"""The audit domains as data (issue #17): the domains file is checked with coded errors naming the file and key,
and a rubric written for another domain set keeps working (W120, W122) instead of being refused (was E072)."""

from __future__ import annotations

import re

import pytest
import yaml

from casenotes.audit import Rubric
from casenotes.data import data_path
from casenotes.errors import CasenotesWarning, InputError, RubricError
from casenotes.schemas import DOMAINS, DOMAINS_FILE, load_domains


def _domains_file(tmp_path, edit) -> str:
    data = yaml.safe_load(data_path(DOMAINS_FILE).read_text(encoding="utf-8"))
    edit(data)
    path = tmp_path / "domains.edited.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return str(path)


def test_the_shipped_domains_file_gives_the_design_domains_and_rubric():
    domains, rubric = load_domains(data_path(DOMAINS_FILE))
    assert tuple(d.name for d in domains) == DOMAINS == (
        "perpetrator_pattern", "non_blaming_strengths", "partnering_safety", "child_harm_assessment")
    assert rubric.name == "audit_rubric.v4.toml"


@pytest.mark.parametrize("edit, code", [
    (lambda d: d.pop("rubric"), "E550"),
    (lambda d: d["domains"][0].update(scale=5), "E550"),
    (lambda d: d["domains"][1].update(name="perpetrator_pattern"), "E551"),
    (lambda d: d["domains"][1].update(name="Non Blaming"), "E551"),
    (lambda d: d["domains"][1].update(name="team_key"), "E551"),
    (lambda d: d.update(rubric="audit_rubric.v9.toml"), "E551"),
    (lambda d: d["domains"][2].update(labels=["kids"]), "E552"),
])
def test_a_bad_domains_file_is_a_coded_error_naming_it(tmp_path, edit, code):
    with pytest.raises(InputError, match=rf"^\[{code}\] domains\.edited\.yaml"):
        load_domains(_domains_file(tmp_path, edit))


def test_a_rubric_lacking_a_domain_is_completed_by_the_default_rubric(tmp_path):
    text = Rubric.load().path.read_text(encoding="utf-8")
    start = text.index("[domains.partnering_safety]")
    path = tmp_path / "three.toml"
    path.write_text(text[:start] + text[text.index("[domains.child_harm_assessment]"):], encoding="utf-8")
    with pytest.warns(CasenotesWarning, match=re.escape("[W120] three.toml") + ".*partnering_safety"):
        rubric = Rubric.load(path)
    assert list(rubric.domains) == list(DOMAINS)
    assert rubric.domains["partnering_safety"] == Rubric.load().domains["partnering_safety"]
    assert set(rubric.files) == {"three.toml", "audit_rubric.v4.toml"}


def test_a_rubric_domain_not_in_force_is_left_out(tmp_path):
    path = tmp_path / "five.toml"
    path.write_text(Rubric.load().path.read_text(encoding="utf-8")
                    + '\n[domains.language_access]\nlevels = [{ score = 3, min = { partnering = 1 } }]\n',
                    encoding="utf-8")
    with pytest.warns(CasenotesWarning, match=re.escape("[W122] five.toml") + ".*language_access"):
        assert list(Rubric.load(path).domains) == list(DOMAINS)


def test_a_rubric_on_another_scale_than_the_default_cannot_be_completed(tmp_path):
    text = Rubric.load().path.read_text(encoding="utf-8").replace("scale = 4", "scale = 5")
    path = tmp_path / "five_points.toml"
    path.write_text(text[:text.index("[domains.child_harm_assessment]")], encoding="utf-8")
    with pytest.raises(RubricError, match=r"^\[E072\] five_points\.toml: scale 5"):
        Rubric.load(path)
