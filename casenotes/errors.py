"""Exception and warning classes, the table of every coded message, and reject reason codes.

Messages name the file, row, column and ids involved but never quote note text, because errors end up in
terminals, logs and tickets that are not cleared to hold case-note content.

Every message starts with its code (``[E012] ...``, ``[W003] ...``). :data:`CODES` lists each code once, with the
class it is raised (or warned) with and what it means; ``tests/test_errors.py`` checks the source against it, so
a code is never used for two different things. A new code is one line here, in the range of its area.
"""

from __future__ import annotations

from dataclasses import dataclass


class CasenotesError(Exception):
    """Base class: the CLI prints these as one line and exits 1."""


class InputError(CasenotesError, ValueError):
    """A file, mapping or argument cannot be used as given."""


class TrialRefusedError(InputError):
    """The data are too thin for trial inference (too few teams, or a stratum of one): the descriptive trends still
    stand, so callers report the refusal beside them rather than fail."""


class TooFewTeamsError(TrialRefusedError):
    """Fewer teams than the analysis plan's minimum: the usual refusal for one borough's teams alone."""


class RuleFileError(CasenotesError, ValueError):
    """A rules, lexicon or context file is malformed."""


class RubricError(CasenotesError, ValueError):
    """An audit rubric file is malformed."""


class ModelError(CasenotesError, ValueError):
    """A model directory is missing, incomplete or of an unknown backend."""


class NotFittedError(CasenotesError, ValueError, AttributeError):
    """A classifier was used before `fit` or `load` (as scikit-learn's NotFittedError)."""


class StoreError(CasenotesError):
    """The store cannot be opened or written (locked, corrupt, wrong schema)."""


class AuthError(CasenotesError):
    """Sign-in refused, or a role asked for something it may not see."""


class CasenotesWarning(UserWarning):
    """Input that is valid but probably a mistake (an empty rule file, a mapping that maps nothing): the work goes
    on, and the CLI prints the warning as one line."""


@dataclass(frozen=True)
class Code:
    """One coded message.

    Attributes:
        code: ``E`` and three digits for an error, ``W`` for a warning.
        raised_as: the class it is raised or warned with (for E300/E301, what the CLI caught when printing it).
        meaning: what it says, in a line.
    """

    code: str
    raised_as: type[BaseException]
    meaning: str


CODES: tuple[Code, ...] = (
    # data files (E001-E002)
    Code("E001", InputError, "a shipped data file is missing from the package"),
    Code("E002", InputError, "a data file given as a path does not exist"),
    Code("E530", InputError, "labels file is not valid YAML or has wrong keys or values"),
    Code("E550", InputError, "domains file is not valid YAML or has missing or unknown keys"),
    Code("E551", InputError, "domains file has a bad or repeated domain name, or names no rubric found"),
    Code("E552", InputError, "a domain's labels are not among the labels in force"),
    # exports and mappings (E010-E020, E100-E102, E200)
    Code("E010", InputError, "mapping file does not exist"),
    Code("E011", InputError, "mapping file is not valid YAML/JSON"),
    Code("E012", InputError, "mapping file has unknown keys or 'columns' is not a dict"),
    Code("E013", InputError, "mapping file maps to columns casenotes does not know"),
    Code("E014", InputError, "CSV export cannot be parsed"),
    Code("E015", InputError, "export is empty (no header row)"),
    Code("E016", InputError, "Parquet export cannot be read"),
    Code("E017", InputError, "export has an unsupported file type"),
    Code("E018", InputError, "XLSX export is not a readable workbook"),
    Code("E019", InputError, "input file does not exist"),
    Code("E020", InputError, "required columns (note_id, text) are not in the export"),
    Code("E100", InputError, "JSONL input is missing or a line is not a JSON object"),
    Code("E101", InputError, "JSONL line lacks a required key"),
    Code("E102", InputError, "JSONL line's 'text' is not a string"),
    Code("E200", InputError, "XLSX part would expand beyond the size limit (zip bomb)"),
    # de-identification (E030-E034, E260-E268, E540-E545, E548)
    Code("E030", RuleFileError, "identifier pattern file is not valid YAML or a pattern has wrong keys"),
    Code("E031", RuleFileError, "identifier pattern names an unknown validator"),
    Code("E032", RuleFileError, "identifier pattern has a bad regular expression"),
    Code("E033", InputError, "people file does not exist"),
    Code("E034", InputError, "people file lacks case_id or name"),
    Code("E260", RuleFileError, "de-identification word-list config is not valid YAML or has unknown keys"),
    Code("E261", RuleFileError, "de-identification word-list config value is not a list of words"),
    Code("E262", ModelError, "name detector files not found"),
    Code("E263", ModelError, "name detector trained with other features than the code computes"),
    Code("E264", ModelError, "name detector weights do not match their recorded SHA-256"),
    Code("E265", InputError, "name-detector training line has a malformed [[...]] mark"),
    Code("E266", RuleFileError, "name groups file is not valid YAML or 'groups' is not a list of lists of names"),
    Code("E267", RuleFileError, "places file is not valid YAML or has wrong keys or values"),
    Code("E268", InputError, "key file is not a casenotes pseudonym key"),
    Code("E540", RuleFileError, "identifier pattern file has unknown top-level keys"),
    Code("E541", RuleFileError, "identifier pattern uses an undefined {NAME} or a define is not a regex string"),
    Code("E542", RuleFileError, "identifier pattern file's dates_of_birth rules have wrong keys or a bad regex"),
    Code("E543", RuleFileError, "residual sweep file is not valid YAML or has wrong keys"),
    Code("E544", RuleFileError, "residual sweep rule or kept shape has a bad regular expression"),
    Code("E545", RuleFileError, "identifier pattern file's reference_labels rule has wrong keys or a bad regex"),
    Code("E548", RuleFileError, "pseudonym pool file is not valid YAML"),
    # NLP pipeline files (E040-E046)
    Code("E040", RuleFileError, "ConText rule has unknown keys"),
    Code("E041", RuleFileError, "ConText rule lacks 'literal' or 'category'"),
    Code("E042", RuleFileError, "ConText rule has an unknown direction"),
    Code("E043", RuleFileError, "ConText rule file is not valid JSON"),
    Code("E044", RuleFileError, "ConText category has no span flag"),
    Code("E045", RuleFileError, "abbreviations file is not valid YAML or an abbreviation does not end with a full stop"),
    Code("E046", RuleFileError, "role lexicon is not valid YAML or a term has an unknown role or no id"),
    # store reads (E390-E392)
    Code("E390", InputError, "Notes page filter names an unknown label"),
    Code("E391", InputError, "trend view is unknown"),
    Code("E392", InputError, "follow-up windows are not two increasing whole months"),
    # models (E050-E055, E130-E134, E320-E324, E400, E420-E424, E460)
    Code("E050", ModelError, "model directory has no model.json"),
    Code("E051", ModelError, "model.json's labels are not a non-empty list of distinct names"),
    Code("E052", ModelError, "no shipped model of that name"),
    Code("E053", ModelError, "model.json names an unknown backend"),
    Code("E054", InputError, "--precision of a scoring run is unknown"),
    Code("E055", ModelError, "model has no int8 or bfloat16 form"),
    Code("E130", ModelError, "transformer's default base model is not installed"),
    Code("E131", ModelError, "transformer backend needs torch and transformers"),
    Code("E132", ModelError, "not a Hugging Face model directory"),
    Code("E133", ModelError, "a transformer in ONNX form needs onnxruntime"),
    Code("E134", ModelError, "a transformer-onnx model directory has no model.onnx"),
    Code("E320", ModelError, "shipped model's files differ from the manifest"),
    Code("E321", ModelError, "a folder under the models directory is not a shipped model"),
    Code("E322", ModelError, "linear model directory is incomplete"),
    Code("E323", ModelError, "linear model files cannot be read or do not fit together"),
    Code("E324", ModelError, "transformer head cannot be loaded as tensors only"),
    Code("E400", ModelError, "precision asked of load_model is unknown"),
    Code("E420", ModelError, "model.json's thresholds do not match its labels"),
    Code("E421", ModelError, "a classifier class is not a registered backend"),
    Code("E422", ModelError, "ensemble members predict different labels"),
    Code("E423", InputError, "labels given to fit are not distinct non-empty names"),
    Code("E424", InputError, "label matrix given to fit has the wrong shape"),
    Code("E460", ModelError, "an ensemble's precision is unknown"),
    # evidence (E470-E473)
    Code("E470", RuleFileError, "evidence settings file is not valid or has a missing, unknown or out-of-range key"),
    Code("E471", InputError, "evidence mode is unknown"),
    Code("E472", InputError, "rationale line has an unknown label, a bad span or a repeated (id, label)"),
    Code("E473", InputError, "rationale file has no lines"),
    # rules backend (E060-E067)
    Code("E060", RuleFileError, "rules file line is not valid JSON"),
    Code("E061", RuleFileError, "rule has unknown keys"),
    Code("E062", RuleFileError, "rule's label is not in the codebook"),
    Code("E063", RuleFileError, "rule gives both or neither of 'phrases' and 'pattern'"),
    Code("E064", RuleFileError, "rule id is missing or repeated"),
    Code("E065", RuleFileError, "rule's context settings are unknown"),
    Code("E066", RuleFileError, "rule's weight is not a number"),
    Code("E067", RuleFileError, "rule's token pattern is rejected by spaCy"),
    # audit rubric (E070-E078)
    Code("E070", RubricError, "rubric is not valid TOML"),
    Code("E071", RubricError, "rubric scale is not 4 or 5"),
    Code("E072", RubricError, "the default rubric lacks a domain in force, or its scale differs from a rubric's"),
    Code("W120", CasenotesWarning, "a rubric lacks a domain in force: the default rubric scores it"),
    Code("W122", CasenotesWarning, "a rubric defines a domain not in force: left out"),
    Code("E073", RubricError, "rubric domain has unknown keys"),
    Code("E074", RubricError, "rubric domain's evidence labels are not in the codebook"),
    Code("E075", RubricError, "rubric level lacks an integer score or a condition"),
    Code("E076", RubricError, "rubric level condition names an unknown label or count"),
    Code("E077", RubricError, "rubric ordinal mapping is malformed"),
    Code("E078", RubricError, "rubric calibration_features are unknown"),
    # audit rubric v2 and its calibration (E520-E529)
    Code("E520", RubricError, "rubric floor condition joins more than two labels"),
    Code("E521", InputError, "calibration split file is missing or malformed"),
    Code("E522", InputError, "a note id appears in two calibration notes files"),
    # store (E080-E084, E246, E325)
    Code("E080", StoreError, "store does not exist"),
    Code("E081", StoreError, "store is busy in another process"),
    Code("E082", StoreError, "store cannot be opened"),
    Code("E083", StoreError, "note is not in the store"),
    Code("E084", StoreError, "a DuckDB file that is not a casenotes store"),
    Code("E246", StoreError, "store is being written by another process"),
    Code("E325", StoreError, "store has forgotten cases but its forget key is missing"),
    # synthetic data (E090-E097, E546-E547)
    Code("E090", RuleFileError, "synth template id missing or repeated, or labels unknown"),
    Code("E091", RuleFileError, "synth template uses unknown slots"),
    Code("E092", InputError, "--effect names unknown labels"),
    Code("E093", InputError, "--effect would push a share outside 0-100%"),
    Code("E094", RuleFileError, "synth template bank lacks routine or single-label templates"),
    Code("E095", InputError, "synth output is not .csv or .parquet"),
    Code("E096", InputError, "--effect is not LABEL=DELTA"),
    Code("E097", InputError, "--pii share is outside 0-1"),
    Code("E546", RuleFileError, "synth template bank is not valid YAML"),
    Code("E547", RuleFileError, "synth world file is not valid YAML"),
    # training and evaluation (E110-E125, E549)
    Code("E110", InputError, "--backend is unknown"),
    Code("E111", InputError, "a learning backend was asked to train without --data"),
    Code("E112", InputError, "--extra without --data"),
    Code("E113", InputError, "--members without --backend ensemble"),
    # scope features of the linear backend and training hyperparameters (E610-E619)
    Code("E610", RuleFileError, "scope-marks file is not JSON or has missing, unknown or malformed keys"),
    Code("E611", RuleFileError, "scope-marks rule has a pattern, no literal words or a category without a mark"),
    Code("E612", InputError, "scope_features: no n-gram of a marked word reaches min_df in the training sentences"),
    Code("E613", ModelError, "linear model with scope features lacks its scope_marks.json"),
    Code("E614", InputError, "--param is not KEY=VALUE or names a hyperparameter the backend does not have"),
    Code("E615", InputError, "--param value is not JSON of the hyperparameter's type"),
    # inference precision (E616-E618, W160)
    Code("E616", ModelError, "precision asked of a transformer is unknown"),
    Code("E617", ModelError, "an ensemble saved in one reduced precision is asked for another"),
    Code("E618", ModelError, "a transformer in ONNX form is asked for another precision or quantisation"),
    Code("W160", CasenotesWarning, "bfloat16 asked on a CPU without bfloat16 instructions: runs in float32 instead"),
    # evidence settings (E622)
    Code("E622", RuleFileError, "evidence settings' [clauses] table is not exactly 'words' and 'punctuation' strings"),
    Code("E122", InputError, "labelled JSONL line's 'labels' is not a list"),
    Code("E123", InputError, "labelled JSONL line has labels outside the codebook"),
    Code("E124", InputError, "labelled JSONL has no labelled rows"),
    Code("E125", InputError, "two labelled files share no sentence ids"),
    Code("E549", RuleFileError, "gender swap file (counterfactual sentences) is not valid YAML"),
    # annotation (E141-E142, E228, E360-E372)
    Code("E141", InputError, "doccano line has labels outside the codebook"),
    Code("E142", InputError, "annotation --format is unknown"),
    Code("E228", InputError, "annotation log entry has labels outside the codebook"),
    Code("E360", InputError, "file is not a Label Studio export of the casenotes config"),
    Code("E361", InputError, "annotation export is not valid JSON/CSV/TSV"),
    Code("E362", InputError, "Label Studio annotation has labels outside the codebook"),
    Code("E363", InputError, "Label Studio choices come from another control"),
    Code("E364", InputError, "one sentence id has two texts in an export"),
    Code("E365", InputError, "--adjudicate rule is unknown"),
    Code("E366", InputError, "--adjudicate ground-truth on an export that does not carry the flag"),
    Code("E367", InputError, "export holds no labelled sentence"),
    Code("E368", InputError, "--annotator is not ID=NAME"),
    Code("E369", InputError, "sentences to export have labels outside the codebook"),
    Code("E370", InputError, "Label Studio task has no text"),
    Code("E371", InputError, "Label Studio choices value is not valid JSON or not choices"),
    Code("E372", InputError, "sentences to export lack 'id'/'text', or model scores lack their model"),
    # human audit (E150-E166)
    Code("E150", InputError, "human scores file does not exist"),
    Code("E151", InputError, "human scores lack columns"),
    Code("E152", InputError, "human score names an unknown domain"),
    Code("E153", InputError, "human score is not an integer"),
    Code("E160", InputError, "sampling --unit is unknown"),
    Code("E161", InputError, "sampling strata are not columns of the frame"),
    Code("E162", InputError, "sampled units have no text in the store"),
    Code("E163", InputError, "blinded score sheet lacks columns"),
    Code("E164", InputError, "blinded score sheet has a blind_id not in the key"),
    Code("E165", InputError, "blinded score sheet has a score off the scale"),
    Code("E166", InputError, "sample file has no unit_id column"),
    # trends (E170-E171, E270-E280)
    Code("E170", InputError, "trends --view is unknown"),
    Code("E171", InputError, "trends --windows is not two increasing month counts"),
    Code("E270", InputError, "small-number floor in the environment is not a whole number >= 1"),
    Code("E271", InputError, "suppression below the configured floor was asked for"),
    Code("E280", InputError, "table --format is not csv or parquet"),
    # trial inference (E430-E441, W050)
    Code("E430", TooFewTeamsError, "fewer teams than the analysis plan's minimum for trial inference"),
    Code("E431", InputError, "analysis plan is not valid TOML or has wrong keys or values"),
    Code("E432", InputError, "notes for trial inference lack required columns"),
    Code("E433", InputError, "a team has more than one training date"),
    Code("E434", TrialRefusedError, "a stratum has one team when time effects are per stratum"),
    Code("E440", InputError, "simulation scenario file is not valid TOML or has wrong keys"),
    Code("E441", InputError, "simulation scenario names are unknown"),
    # dashboard users, sessions and the access log (E220-E227, E229-E230, E302, E340)
    Code("E220", InputError, "users file is not valid TOML"),
    Code("E221", InputError, "users file entry lacks a role or a password hash"),
    Code("E222", InputError, "user role is unknown"),
    Code("E223", InputError, "user name or password is too short"),
    Code("E224", AuthError, "sign-in locked after too many failures"),
    Code("E225", AuthError, "wrong name or password"),
    Code("E226", AuthError, "role may not see note text"),
    Code("E227", InputError, "no such user"),
    Code("E229", InputError, "an access-log witness is not a head token"),
    Code("E230", InputError, "no store and no access log to verify"),
    Code("E302", InputError, "session limit in the environment is not a positive number"),
    Code("E340", InputError, "audit packet folder not found"),
    # dashboard pages (E480-E489)
    Code("E480", InputError, "shipped models' status file is not of the expected shape"),
    Code("E481", InputError, "mapping file loaded on the Batch page does not fit the uploaded export"),
    Code("E482", InputError, "column names file (the Batch page's suggested mapping) is not valid YAML or malformed"),
    Code("E483", InputError, "audit packet name is not a plain folder name"),
    Code("E484", InputError, "audit packet name is already taken"),
    # batch runs (E241-E245, E326, E381-E382)
    Code("E241", CasenotesError, "a scoring worker process died"),
    Code("E242", InputError, "--engine dask without Dask installed"),
    Code("E243", InputError, "Dask scheduler cannot be reached"),
    Code("E244", InputError, "input directory holds no Parquet partitions"),
    Code("E245", InputError, "--engine is unknown"),
    Code("E326", InputError, "remote Dask scheduler without TLS"),
    Code("E381", InputError, "chunk_size is below 1"),
    Code("E382", InputError, "workers is below 1"),
    # classifier-error-corrected estimates: the validation sample (E500-E510)
    Code("E500", InputError, "filled validation sample is not a readable CSV or lacks the sample's columns"),
    Code("E501", InputError, "a validation sample label cell is not 0, 1 or empty"),
    Code("E502", InputError, "a validation sample row is not a sentence of the store"),
    Code("E503", InputError, "a validation sample id appears more than once"),
    Code("E504", InputError, "a validation sample row is coded for some labels only"),
    Code("E505", InputError, "no sentences to sample, or a stratum with no coded row"),
    Code("E506", InputError, "a sampled sentence is now in another stratum than it was drawn from"),
    Code("E507", InputError, "the store's frame changed since the validation sample was drawn"),
    Code("E508", InputError, "validation sample settings file is not valid"),
    Code("E509", InputError, "misclassification scenario file is not valid"),
    Code("E510", InputError, "a validation sample with the as-treated view"),
    # the validation sample stored with the run, its import and Label Studio round trip (E590-E609)
    Code("E590", InputError, "validation import file is neither a filled sample.csv nor a Label Studio export"),
    Code("E591", InputError, "no stored validation sample (or none with that key)"),
    Code("E592", InputError, "validation import row or task names a sentence not in the stored sample"),
    Code("E593", InputError, "validation import row has a label cell that is not 0, 1 or empty"),
    Code("E594", InputError, "validation import row coded for some labels only"),
    Code("E595", InputError, "validation import row or task repeats a sample id"),
    Code("E596", InputError, "validation import code for a sentence someone else coded in that role"),
    Code("E597", InputError, "validation import: a third coding, or one person as both coders of a sentence"),
    Code("E598", InputError, "stored validation sample no longer matches the store's sentences or frame"),
    Code("E599", InputError, "a coded sample row's text is not the store's sentence at its note and index"),
    Code("E600", InputError, "trends --validation and --no-validation together"),
    # models (E380)
    Code("E380", ModelError, "the shipped models package is not installed and CASENOTES_MODELS is not set"),
    # the command line (E300-E301): printed for what the CLI caught
    Code("E300", OSError, "a file cannot be read or written"),
    Code("E301", Exception, "an unexpected error (run with --debug for the traceback)"),
    # warnings: valid input that is probably a mistake (W001-W049)
    Code("W001", CasenotesWarning, "rules file holds no rules"),
    Code("W002", CasenotesWarning, "a label no rule of the rules file can produce"),
    Code("W003", CasenotesWarning, "mapping maps no column of the export"),
    Code("W004", CasenotesWarning, "people table names nobody in the export's cases"),
    Code("W005", CasenotesWarning, "notes' teams have no row in the teams table (coded baseline)"),
    Code("W006", CasenotesWarning, "model's labels differ from the codebook's"),
    Code("W050", CasenotesWarning, "few teams: trial intervals rely on small-sample corrections"),
    # the imputation estimator (W170-W179)
    Code("W170", CasenotesWarning, "trained cells with no not-yet-trained comparison cannot be imputed (left out)"),
    Code("E555", InputError, "the analysis plan names a label the simulated trials do not carry (no trial_share)"),
    Code("W121", CasenotesWarning, "labels without a synthetic trial_share are left out of simulated trials"),
    Code("W090", CasenotesWarning, "validation sample rows left uncoded (left out, weights recomputed)"),
    Code("W091", CasenotesWarning, "the classifier's errors differ by arm or period in the validation sample"),
    # the lead's view: scope, plain words, meeting exports (E490-E499)
    Code("E490", InputError, "users file entry has a scope that is not a borough (and team) name"),
    Code("E491", InputError, "a user's team scope lacks its borough"),
    Code("E492", InputError, "plain-words file is not valid TOML or lacks an outcome, timepoint or phrase"),
)
"""Every code used in casenotes, once each (``tests/test_errors.py`` holds the source to it)."""


# Stable reason codes written to the rejects file; never renamed, only added to.
REJECT_REASONS: dict[str, str] = {
    "missing_note_id": "note_id is empty",
    "missing_text": "text is empty after cleaning",
    "duplicate_note_id": "note_id already seen earlier in this input with different text",
    "duplicate_note": "same note_id and text as an earlier row of this input",
    "bad_date": "recorded_at is not a recognised date",
    "text_too_long": "text exceeds the maximum note length",
    "undecodable_text": "text could not be decoded or repaired",
    "malformed_row": "the row could not be parsed (bad JSON line, wrong number of fields)",
    "forgotten_case": "the note's case was removed from the store with `casenotes forget`; it is not stored again",
}
