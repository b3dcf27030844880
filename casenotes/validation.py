"""The human-coded validation sample: drawn from a store, coded by people, read back for corrected estimates.

Long because it holds the sample's whole life in one place: its draw, its two forms read back (the filled file
and the store's sample with its coders) and checked against the store the same way, and the coders' agreement.

The classifier's errors are not constant: the style training teaches is the style it reads worst (issue #20), so
errors may differ between arms and periods, and a measured effect can be biased in either direction. A random
sample of stored sentences, stratified by arm (the note's team trained by the note's date, ITT) x timepoint and
coded by people blind to both, measures those errors where they happen; :mod:`casenotes.inference.corrected`
turns it into estimates on the true-label scale.

The draw is reproducible (seed and frame recorded in ``sample.json``) and needs no model output in the file: the
coder sees only the text. It is also stored with the run it was drawn from (``Store.save_validation_sample``:
seed, frame and its hash, each sentence by key and text hash), and codes are stored per coder, first and second
apart (the Annotate page, or ``casenotes validation import``: :mod:`casenotes.validation_import`), so that
``casenotes trends`` and the dashboard reuse the coded sample without a file.

A sample describes the store it was drawn from: its weights are that store's sentences per stratum. So it is
used only while the store still holds the same sentences in the same strata (every sampled sentence present with
the same text and stratum, and every stratum the same size); otherwise it is refused (E598), never silently
re-weighted. Rescoring with another model makes a new store: the coded ``sample.csv`` is re-matched to it
explicitly (``validation import --rematch``), which stores it there after the same checks, sentence by sentence
on the text. A filled file is checked as strictly: every label cell 0/1 or empty (an uncoded row is left out and
its stratum's weight recomputed), every row a stored sentence with the text that was coded (E599) in the stratum it
was drawn from, and the store's frame unchanged since the draw (otherwise the weights no longer describe the
sample).
"""

from __future__ import annotations

import json
import tomllib
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from casenotes.data import resolve, sha256
from casenotes.errors import CasenotesWarning, InputError

if TYPE_CHECKING:
    from casenotes.store import Store
from casenotes.inference.corrected import stratum_name
from casenotes.schemas import LABELS

DEFAULT_SETTINGS = "validation_sample.v1.toml"
ID_COLUMNS = ("sample_id", "note_id", "sent_idx", "text")
DESIGN_COLUMNS = ("stratum", "sampling_weight")
COLUMNS = (*ID_COLUMNS, *DESIGN_COLUMNS, *LABELS)
"""``sample.csv``'s columns, in order (design.md): the label columns are left empty for the coder."""
ROLES = ("first", "second")
"""A stored code's coder role: the first coder's codes make the corrected estimates; the second coder's (a
double-coded share) only measure agreement."""
_SETTINGS_KEYS = {"version": None, "sample": {"per_stratum", "seed"},
                  "planning": {"target_ratio", "per_stratum"}, "differential": {"alpha"}}


@dataclass(frozen=True)
class Settings:
    """The validation-sample settings file: default draw size and seed, planning grid, test level."""

    path: Path
    sha256: str
    per_stratum: int
    seed: int
    target_ratio: float
    planning_per_stratum: tuple[int, ...]
    alpha: float


def load_settings(path: str | Path = "default") -> Settings:
    """Read the settings (``"default"``: the shipped ``validation_sample.v1.toml``).

    Raises:
        InputError: [E508] not TOML, an unknown or missing key, or a value out of range.
    """
    file = resolve(path, DEFAULT_SETTINGS)
    try:
        raw = tomllib.loads(file.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"[E508] {file.name}: not valid TOML ({exc}).") from None
    for section, keys in _SETTINGS_KEYS.items():
        table = raw.get(section)
        if table is None or (keys is not None and (not isinstance(table, dict) or set(table) != keys)):
            raise InputError(f"[E508] {file.name}: [{section}] must hold exactly {sorted(keys or [])}.")
    if set(raw) != set(_SETTINGS_KEYS):
        raise InputError(f"[E508] {file.name}: unknown section(s) {sorted(set(raw) - set(_SETTINGS_KEYS))}.")
    grid = raw["planning"]["per_stratum"]
    ints = [raw["sample"]["per_stratum"], raw["sample"]["seed"], *grid] if isinstance(grid, list) else []
    ratio, alpha = raw["planning"]["target_ratio"], raw["differential"]["alpha"]
    if (not ints or not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in ints)
            or not isinstance(ratio, (int, float)) or ratio <= 1 or not isinstance(alpha, float) or not 0 < alpha < 1):
        raise InputError(f"[E508] {file.name}: expected whole numbers >= 0 for per_stratum, seed and the planning "
                         f"grid, target_ratio above 1 and alpha in (0, 1).")
    return Settings(path=file, sha256=sha256(file), per_stratum=max(1, raw["sample"]["per_stratum"]),
                    seed=raw["sample"]["seed"], target_ratio=float(ratio), planning_per_stratum=tuple(grid),
                    alpha=alpha)


def draw_sample(store_path: str | Path, out_dir: str | Path, *, per_stratum: int | None = None,
                seed: int | None = None, settings: str | Path = "default") -> dict[str, Any]:
    """Draw a stratified random sample of stored sentences and write ``sample.csv``, ``sample.json`` and the same
    sentences as Label Studio tasks (``sample_labelstudio.json`` and its labelling config).

    Each arm x timepoint stratum gives ``per_stratum`` sentences drawn without replacement (all of them when it
    has fewer); rows are shuffled together so that order says nothing about arm or period, and numbered
    ``V00001``... in that order. ``sampling_weight`` is the stratum's sentences per sampled sentence.

    Args:
        store_path: a scored store.
        out_dir: folder for the two files (created for its owner only).
        per_stratum: sentences per stratum (default: the settings').
        seed: the draw's seed (default: the settings'); recorded.
        settings: the settings file, or ``"default"``.

    The sample is stored too (its key is ``sample`` in the record), with the codes the Annotate page or an
    import add to it, for ``casenotes trends`` to use.
    Returns:
        The ``sample.json`` record: the stored sample's key, seed, size, store run id, the frame and its hash.

    Raises:
        InputError: [E505] the store holds no sentences; [E508] bad settings.
    """
    from casenotes.store import Store

    conf = load_settings(settings)
    size = conf.per_stratum if per_stratum is None else per_stratum
    seed = conf.seed if seed is None else seed
    with Store(store_path) as store:
        frame = store.sentence_strata()
        if frame.empty:
            raise InputError(f"[E505] {Path(store_path).name} holds no sentences to sample; score notes first.")
        rng = np.random.default_rng(seed)
        frame["n_sampled"] = np.minimum(frame["n_sentences"], size)
        picks = pd.concat([pd.DataFrame({"trained": s.trained, "timepoint": s.timepoint,
                                         "pos": np.sort(rng.choice(s.n_sentences, s.n_sampled, replace=False))})
                           for s in frame.itertuples()], ignore_index=True)
        rows = store.sentences_at(picks)
        run = store.latest_run()
        frame["stratum"] = [stratum_name(t, p) for t, p in zip(frame["trained"], frame["timepoint"])]
        frame["sampling_weight"] = frame["n_sentences"] / frame["n_sampled"]
        rows["stratum"] = [stratum_name(t, p) for t, p in zip(rows["trained"], rows["timepoint"])]
        rows = rows.iloc[rng.permutation(len(rows))].reset_index(drop=True)
        rows["sample_id"] = [f"V{i + 1:05d}" for i in range(len(rows))]
        rows["sampling_weight"] = rows["stratum"].map(dict(zip(frame["stratum"], frame["sampling_weight"])))
        record = {"schema": "casenotes.validation_sample.v1", "settings": conf.path.name, "seed": int(seed),
                  "settings_sha256": conf.sha256, "per_stratum": int(size), "store": Path(store_path).name,
                  "run_id": None if run is None else str(run["run_id"]),
                  "design": "stratified simple random sample without replacement; stratum = arm (team trained by "
                            "the note's date, intention to treat) x timepoint",
                  "labels": list(LABELS), "n_sampled": int(len(rows)),
                  "frame": json.loads(frame[["stratum", "trained", "timepoint", "n_sentences", "n_sampled",
                                             "sampling_weight"]].to_json(orient="records")),
                  "frame_sha256": frame_sha256(frame), "origin": "drawn"}
        record["sample"] = store.save_validation_sample(record, rows)
    for label in LABELS:
        rows[label] = ""
    _write_sample(Path(out_dir), rows, record)
    return record


def frame_sha256(frame: pd.DataFrame) -> str:
    """SHA-256 of a frame's strata and their sizes (``stratum, n_sentences``): what a sample's weights rest on."""
    import hashlib

    sizes = sorted((str(s), int(n)) for s, n in zip(frame["stratum"], frame["n_sentences"]))
    return hashlib.sha256(json.dumps(sizes).encode("utf-8")).hexdigest()


def _write_sample(out_dir: Path, rows: pd.DataFrame, record: dict[str, Any]) -> None:
    """``sample.csv``, ``sample.json`` and the same sentences as blind Label Studio tasks (the sample id and the
    text, nothing else) with their labelling config, for their owner only."""
    from casenotes.annotate import LABEL_STUDIO_CONFIG, to_label_studio
    from casenotes.private import open_private, private_dir, save_table

    out = private_dir(out_dir)
    save_table(rows[list(COLUMNS)], out / "sample.csv")
    with open_private(out / "sample.json", encoding="utf-8") as fh:
        json.dump(record, fh, indent=2)
    tasks = to_label_studio([{"id": i, "text": t} for i, t in zip(rows["sample_id"], rows["text"])], source="sample")
    with open_private(out / "sample_labelstudio.json", encoding="utf-8") as fh:
        json.dump(tasks, fh, ensure_ascii=False, indent=1)
    with open_private(out / "sample_labelstudio.config.xml", encoding="utf-8") as fh:
        fh.write(LABEL_STUDIO_CONFIG)


@dataclass(frozen=True)
class CodedSample:
    """A filled validation sample, checked against the store.

    Attributes:
        origin: where it came from, for the output: ``{"source": "file", "file", "sha256"}`` or ``{"source":
            "store", "sample", "created_at", "run_id", "seed", "first_coders", "n_second_coded"}``.
        rows: the coded rows: ``sample_id, note_id, sent_idx, stratum``, the human label per label column (0/1)
            and the stored prediction per label as ``pred|<label>``.
        frame: per stratum: ``stratum, n_sentences`` (in the store), ``n_coded``.
        n_uncoded: rows left empty by the coder (left out).
        drawn: every row of the sample, coded or not: ``sample_id, note_id, sent_idx, stratum, sampling_weight``.
    """

    origin: dict[str, Any]
    rows: pd.DataFrame
    frame: pd.DataFrame
    n_uncoded: int
    drawn: pd.DataFrame

    def record(self) -> dict[str, Any]:
        """What the trends output says of the sample it used."""
        return {**self.origin, "n_coded": int(len(self.rows)), "n_uncoded": self.n_uncoded,
                "frame": json.loads(self.frame.to_json(orient="records")), "described": self.describe()}

    def describe(self) -> str:
        """Which sample, how many coded sentences and by whom, in a sentence."""
        if self.origin["source"] == "file":
            return f"the validation sample in {self.origin['file']} ({len(self.rows)} coded sentences)"
        coders = ", ".join(self.origin["first_coders"]) or "no one named"
        return (f"the stored validation sample {self.origin['sample']} (drawn from run {self.origin['run_id']}; "
                f"{len(self.rows)} coded sentences, coded by {coders}; {self.origin['n_second_coded']} also coded "
                f"by a second coder, for agreement only)")


def _check_cells(raw: pd.DataFrame, name: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The label cells and which are filled, once every cell is 0, 1 or empty (E501), every row coded for all
    labels or none (E504) and every sample id once (E503)."""
    labels = raw[list(LABELS)]
    for column in LABELS:
        bad = ~labels[column].isin(["0", "1", ""])
        if bad.any():
            row = int(np.flatnonzero(bad)[0])
            raise InputError(f"[E501] {name} row {row + 2} (sample_id {raw['sample_id'].iat[row]}), column "
                             f"{column}: expected 0, 1 or empty (not coded).")
    filled = labels.ne("")
    partial = filled.any(axis=1) & ~filled.all(axis=1)
    if partial.any():
        row = int(np.flatnonzero(partial)[0])
        raise InputError(f"[E504] {name} row {row + 2} (sample_id {raw['sample_id'].iat[row]}): coded for "
                         f"{[c for c in LABELS if filled[c].iat[row]]} only; code every label column 0/1, or "
                         f"leave the whole row empty.")
    twice = raw["sample_id"].duplicated()
    if twice.any():
        row = int(np.flatnonzero(twice)[0])
        raise InputError(f"[E503] {name} row {row + 2}: sample_id {raw['sample_id'].iat[row]} appears more than "
                         f"once; each sampled sentence is one row.")
    return labels, filled


def _check_frame(raw: pd.DataFrame, now: pd.DataFrame, frame: pd.DataFrame, name: str) -> pd.DataFrame:
    """The store's frame (sentences per stratum, named), once every row is in the stratum it was drawn from (E506),
    every stratum's weight says the sentences the store holds now, and every stratum of the store was drawn from
    (E507)."""
    frame["stratum"] = [stratum_name(t, p) for t, p in zip(frame["trained"], frame["timepoint"])]
    now_stratum = pd.Series([stratum_name(t, p) for t, p in zip(now["trained"], now["timepoint"])], index=raw.index)
    moved = now_stratum.ne(raw["stratum"])
    if moved.any():
        row = int(np.flatnonzero(moved)[0])
        raise InputError(f"[E506] {name} row {row + 2}, column stratum: sample_id {raw['sample_id'].iat[row]} was "
                         f"drawn from '{raw['stratum'].iat[row]}' but its sentence is now in "
                         f"'{now_stratum.iat[row]}' (the teams table changed?); draw a new sample.")
    weight = pd.to_numeric(raw["sampling_weight"], errors="coerce")
    drawn = raw.groupby("stratum").size()
    implied = (weight * raw["stratum"].map(drawn)).groupby(raw["stratum"]).agg(["min", "max"])
    sizes = dict(zip(frame["stratum"], frame["n_sentences"]))
    for stratum, (low, high) in implied.iterrows():
        if not (np.isfinite(low) and abs(low - high) < 1e-6 and abs(low - sizes[stratum]) < 0.5):
            raise InputError(f"[E507] {name}, column sampling_weight: stratum '{stratum}' was drawn from "
                             f"{low:.0f} sentences but the store now holds {sizes[stratum]}; the store changed "
                             f"since the draw, so draw a new sample (`casenotes validation sample`).")
    absent = sorted(set(frame["stratum"]) - set(raw["stratum"]))
    if absent:
        raise InputError(f"[E507] {name}, column stratum: the store now has sentences in '{absent[0]}', which the "
                         f"sample was not drawn from; the store changed since the draw, so draw a new sample.")
    return frame


def read_coded(path: str | Path, store: Store) -> CodedSample:
    """Read a filled ``sample.csv`` and check it against an open store.

    Raises:
        InputError: [E500] unreadable or without the sample's columns; [E501] a label cell that is not 0, 1 or
            empty; [E502] a row that is not a stored sentence; [E503] a sample id twice; [E504] a row coded for
            some labels only; [E505] a stratum with no coded row; [E506] a row whose stratum or weight is not
            the one its sentence has now; [E507] the store's frame changed since the draw; [E599] a row's text is
            not its stored sentence's (the store was re-split, or the file edited).

    Warns:
        CasenotesWarning: [W090] uncoded rows, left out (their strata's weights are recomputed).
    """
    from casenotes.export import read_csv

    path = Path(path)
    name = path.name
    try:
        raw = read_csv(path, dtype=str, keep_default_na=False)
    except (ValueError, UnicodeDecodeError) as exc:
        raise InputError(f"[E500] {name}: not a readable CSV ({type(exc).__name__}); expected the sample.csv that "
                         f"`casenotes validation sample` wrote, with its label columns filled.") from None
    missing = [c for c in COLUMNS if c not in raw.columns and c != "text"]
    if missing:
        raise InputError(f"[E500] {name}: column(s) {missing} missing; expected {list(COLUMNS)}.")
    raw = raw.map(str.strip)
    labels, filled = _check_cells(raw, name)
    keys = raw["note_id"] + ":" + raw["sent_idx"]
    stored = store.sentence_predictions(keys)
    stored.index = stored["note_id"] + ":" + stored["sent_idx"].astype(str)
    unknown = ~keys.isin(stored.index)
    if unknown.any():
        row = int(np.flatnonzero(unknown)[0])
        raise InputError(f"[E502] {name} row {row + 2}: sample_id {raw['sample_id'].iat[row]} (note_id, sent_idx) "
                         f"is not a sentence of this store; use the sample drawn from it.")
    stored = stored.loc[keys]
    if "text" in raw.columns:
        other = raw["text"].ne("").to_numpy() & (raw["text"].map(text_hash).to_numpy()
                                                 != stored["text_sha256"].to_numpy())
        if other.any():
            row = int(np.flatnonzero(other)[0])
            raise InputError(f"[E599] {name} row {row + 2}, column text: sample_id {raw['sample_id'].iat[row]} "
                             f"was coded on a sentence that is not the one this store holds at (note_id, sent_idx) "
                             f"(the notes were split into sentences differently, or the cell was edited); use a "
                             f"sample drawn from this store.")
    frame = _check_frame(raw, stored[["trained", "timepoint"]].set_axis(raw.index), store.sentence_strata(), name)
    drawn = raw[["sample_id", "note_id", "stratum"]].assign(sent_idx=raw["sent_idx"].astype(int),
                                                           sampling_weight=raw["sampling_weight"].astype(float))
    codes = labels[filled.all(axis=1)].astype(int).assign(sample_id=raw["sample_id"])
    return _coded(drawn, codes, stored[list(LABELS)].set_axis(raw.index), frame, name,
                  {"source": "file", "file": name, "sha256": sha256(path)})


def _coded(drawn: pd.DataFrame, codes: pd.DataFrame, stored: pd.DataFrame, frame: pd.DataFrame, name: str,
           origin: dict[str, Any]) -> CodedSample:
    """A checked sample's coded rows (``drawn`` rows with a row of ``codes``, by sample id) with their stored
    labels (``stored``, aligned with ``drawn``) and the frame with each stratum's coded count.

    Raises:
        InputError: [E505] a stratum with no coded row.

    Warns:
        CasenotesWarning: [W090] uncoded rows, left out.
    """
    coded = drawn["sample_id"].isin(codes["sample_id"]).to_numpy()
    n_uncoded = int((~coded).sum())
    if n_uncoded:
        warnings.warn(f"[W090] {name}: {n_uncoded} of {len(drawn)} rows are not coded and are left out; each "
                      f"stratum's weight is recomputed from its coded rows (they must be a random subset).",
                      CasenotesWarning, stacklevel=3)
    rows = drawn.loc[coded, ["sample_id", "note_id", "stratum", "sent_idx"]].merge(
        codes[["sample_id", *LABELS]], on="sample_id", how="left", validate="one_to_one")
    for label in LABELS:
        rows[f"pred|{label}"] = stored.loc[coded, label].to_numpy(dtype=int)
    frame = frame.copy()
    frame["stratum"] = [stratum_name(t, p) for t, p in zip(frame["trained"], frame["timepoint"])]
    frame["n_coded"] = frame["stratum"].map(rows.groupby("stratum").size()).fillna(0).astype(int)
    empty = frame[frame["n_coded"] == 0]
    if not empty.empty:
        raise InputError(f"[E505] {name}: stratum '{empty['stratum'].iat[0]}' ({empty['n_sentences'].iat[0]} "
                         f"sentences) has no coded row, so its errors are unknown; code some of its rows.")
    return CodedSample(origin=origin, rows=rows, drawn=drawn.reset_index(drop=True), n_uncoded=n_uncoded,
                       frame=frame[["stratum", "trained", "timepoint", "n_sentences", "n_coded"]])


def text_hash(text: str) -> str:
    """SHA-256 of a sentence's text with its whitespace runs as one space, trimmed: ``Store``'s text hash."""
    import hashlib
    import re

    from casenotes.store import TEXT_HASH_SPACE

    return hashlib.sha256(re.sub(TEXT_HASH_SPACE, " ", text).strip(" ").encode("utf-8")).hexdigest()


def stored_sample(store: Store, sample_key: str | None = None) -> pd.Series | None:
    """A stored sample's row of ``Store.validation_samples``: ``sample_key``'s, or else the newest one the first
    coder has coded any of (None when there is none).

    Raises:
        InputError: [E591] no stored sample has that key.
    """
    samples = store.validation_samples()
    if sample_key is not None:
        if sample_key not in set(samples["sample_key"]):
            raise InputError(f"[E591] {store.path.name} holds no validation sample '{sample_key}'; its samples: "
                             f"{sorted(samples['sample_key'])}.")
        return samples[samples["sample_key"] == sample_key].iloc[0]
    coded = samples[samples["n_first"] > 0]
    return None if coded.empty else coded.iloc[0]


def check_stored(store: Store, sample: pd.Series) -> pd.DataFrame:
    """A stored sample's rows, once every sampled sentence is still in the store with the text and stratum it was
    drawn with, and every stratum still the size it was (its weights hold).

    Raises:
        InputError: [E598] the store's sentences changed since the draw.
    """
    key = sample["sample_key"]
    rows = store.validation_rows(key)
    refuse = ("draw a new sample (`casenotes validation sample`), re-match the coded sample.csv to this store "
              "(`casenotes validation import --rematch`), or run trends with --no-validation.")
    now = pd.Series([stratum_name(t is True, p) for t, p in zip(rows["now_trained"].astype(object),
                                                                   rows["now_timepoint"])])
    for problem, bad in (("is no longer in the store", rows["now_sha256"].isna()),
                         ("has other text now (the notes were split or rescored differently)",
                          rows["now_sha256"].ne(rows["text_sha256"])),
                         ("is in another stratum now (the teams table changed)", now.ne(rows["stratum"]))):
        if bad.any():
            row = rows[bad.to_numpy()].iloc[0]
            raise InputError(f"[E598] {store.path.name}: stored validation sample {key} (drawn from run "
                             f"{sample['run_id']}): the sentence of sample_id {row['sample_id']} {problem}; {refuse}")
    frame = store.sentence_strata()
    frame["stratum"] = [stratum_name(t, p) for t, p in zip(frame["trained"], frame["timepoint"])]
    if frame_sha256(frame) != sample["frame_sha256"]:
        then = {f["stratum"]: f["n_sentences"] for f in json.loads(sample["frame"])}
        now_sizes = dict(zip(frame["stratum"], frame["n_sentences"]))
        changed = sorted(s for s in {*then, *now_sizes} if then.get(s, 0) != now_sizes.get(s, 0))
        raise InputError(f"[E598] {store.path.name}: stored validation sample {key} (drawn from run "
                         f"{sample['run_id']}) was drawn from {then.get(changed[0], 0)} sentences in stratum "
                         f"'{changed[0]}', which now has {now_sizes.get(changed[0], 0)} (notes added or forgotten), "
                         f"so its weights no longer hold; {refuse}")
    return rows


def read_stored(store: Store, sample_key: str | None = None) -> CodedSample | None:
    """The stored validation sample the first coder has coded (the newest, or ``sample_key``), checked against the
    store, with the first coder's codes: what ``casenotes trends`` and the Trends page correct with. None when
    no stored sample has a first coder's code.

    Raises:
        InputError: [E591] no such sample; [E598] the store's sentences changed since the draw; [E505] a stratum
            with no coded row.

    Warns:
        CasenotesWarning: [W090] rows not coded by the first coder, left out.
    """
    sample = stored_sample(store, sample_key)
    if sample is None:
        return None
    rows = check_stored(store, sample)
    codes = store.validation_codes(sample["sample_key"])
    first, second = (codes[codes["coder_role"] == role] for role in ROLES)
    origin = {"source": "store", "sample": sample["sample_key"], "created_at": str(sample["created_at"])[:19],
              "run_id": sample["run_id"], "seed": None if pd.isna(sample["seed"]) else int(sample["seed"]),
              "origin": sample["origin"], "first_coders": sorted(set(first["coder"])),
              "second_coders": sorted(set(second["coder"])), "n_second_coded": int(len(second))}
    return _coded(rows[["sample_id", "note_id", "sent_idx", "stratum", "sampling_weight"]], first, rows[list(LABELS)],
                  store.sentence_strata(), f"stored validation sample {sample['sample_key']}", origin)


def coder_agreement(codes: pd.DataFrame) -> pd.DataFrame:
    """Per label, over the sentences both the first and the second coder coded (the double-coded share), from
    stored codes (``sample_id, coder_role`` and the 0/1 per label): sentences in common, percent agreement and
    Cohen's kappa (NaN when a label is constant in both codings)."""
    from sklearn.metrics import cohen_kappa_score

    first, second = (codes[codes["coder_role"] == role].set_index("sample_id") for role in ROLES)
    both = first.index.intersection(second.index)
    out = []
    for label in LABELS:
        a, b = first.loc[both, label].astype(int), second.loc[both, label].astype(int)
        constant = len(set(a) | set(b)) < 2
        out.append({"label": label, "n_both": int(len(both)),
                    "percent_agreement": float((a == b).mean() * 100) if len(both) else np.nan,
                    "cohen_kappa": np.nan if constant or not len(both) else float(cohen_kappa_score(a, b))})
    return pd.DataFrame(out)
