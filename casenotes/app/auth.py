"""Sign-in, roles and the access log for the dashboard.

- Users live in a local TOML file (``users.toml`` beside the store, or ``--users``/``CASENOTES_USERS``) with a
  role and a salted scrypt hash of their password; ``casenotes users add|list|remove`` manages it.
- Roles: ``lead`` sees aggregates only (Overview, Trends), never sentence text; ``researcher`` also sees
  pseudonymised text (Notes, Batch, Audit, Annotate, Models); ``admin`` also sees the Access page. The router builds each user's
  navigation from their role, and every data function that returns text checks the role itself
  (``text_access``), so a page that forgets cannot leak text.
- Failed sign-ins are rate-limited per username (5 in 15 minutes locks the name, for a period that doubles with
  each lock) and across all names, in a bounded state file beside the users file so a reload or restart does not
  reset it; an attempt counts before its password is checked. Unknown names are treated exactly as known ones,
  so the form does not reveal who has an account.
- A session ends after SESSION_IDLE_S without activity or SESSION_MAX_S after sign-in (both configurable), and
  at once when its user is removed from the users file or given another role.
- The access log (``<store>_access.log``) is append-only JSON lines: sign-ins (and failures), sign-outs, ended
  sessions, refused hosts, page views and every view of text with the note ids shown (never the text). Each line
  is MACed with a key kept beside it (``<store>_access.key``) and chained to the line before, and a head record
  (``<store>_access.head``) holds the line count and last MAC, so ``casenotes access verify`` detects edited,
  inserted, removed or forked lines and a truncated, emptied or deleted log, and lists every break.
- The dashboard answers only requests whose Host header names it (``host_allowed``), against DNS rebinding.

Long because sign-in, sessions, rate limiting and the chained access log share one secret-handling and
file-locking discipline that is easier to review in one place.
"""

from __future__ import annotations

import base64
import fcntl
import functools
import hashlib
import hmac
import json
import os
import secrets
import time
import tomllib
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, TypeVar

from casenotes.errors import AuthError, InputError

USER_ROLES = ("lead", "researcher", "admin")
ROLE_PAGES = {"lead": ("overview", "trends"),
         "researcher": ("overview", "trends", "notes", "batch", "audit", "annotate", "models"),
         "admin": ("overview", "trends", "notes", "batch", "audit", "annotate", "models", "access")}
"""Pages each role may open (file names in casenotes/app/pages)."""
TEXT_ROLES = frozenset({"researcher", "admin"})
SCOPE_FIELDS = ("borough", "team")
"""Optional fields of a user record that tie a lead's pages to her borough (and team); older files have none."""
MAX_FAILURES, WINDOW_S, BASE_LOCK_S, MAX_LOCK_S = 5, 15 * 60, 60, 3600
"""Failed sign-ins per name within WINDOW_S that lock it; the first lock's length, doubling up to MAX_LOCK_S."""
GLOBAL_MAX_FAILURES, GLOBAL_WINDOW_S = 60, 60
"""Failed sign-ins across all names within GLOBAL_WINDOW_S before every sign-in waits (guessing over many names)."""
MAX_ENTRIES = 1000
"""Names the lockout state remembers; the oldest unlocked ones are forgotten first, locked ones never."""
_SCRYPT = {"n": 2 ** 17, "r": 8, "p": 1}
"""OWASP Password Storage Cheat Sheet's scrypt parameters (128 MiB per hash)."""
_SCRYPT_LIMITS = {"n": 2 ** 20, "r": 32, "p": 16}
"""Largest parameters a stored hash may ask for (a hash beyond them is refused, not computed)."""


@dataclass(frozen=True)
class User:
    name: str
    role: str


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = _scrypt(password, salt, **_SCRYPT)
    return f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${salt.hex()}${digest.hex()}"


def check_password(password: str, stored: str) -> bool:
    params = _scrypt_params(stored)
    if params is None:
        return False
    salt, digest = stored.split("$")[4:]
    got = _scrypt(password, bytes.fromhex(salt), **params)
    return hmac.compare_digest(got.hex(), digest)


def needs_rehash(stored: str) -> bool:
    """Whether ``stored`` was made with a lower scrypt cost than new hashes get."""
    params = _scrypt_params(stored)
    return params is None or params["n"] < _SCRYPT["n"] or params["r"] < _SCRYPT["r"]


def _scrypt(password: str, salt: bytes, *, n: int, r: int, p: int) -> bytes:
    # hashlib refuses more than 32 MiB unless told: allow what these parameters need (OpenSSL's own formula)
    return hashlib.scrypt(password.encode(), salt=salt, dklen=32, n=n, r=r, p=p, maxmem=128 * r * (n + p + 2))


def _scrypt_params(stored: str) -> dict[str, int] | None:
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != "scrypt" or not all(x.isdigit() for x in parts[1:4]):
        return None
    params = dict(zip(("n", "r", "p"), map(int, parts[1:4])))
    return params if all(0 < params[k] <= _SCRYPT_LIMITS[k] for k in params) else None


# a hash of the current cost that no password matches: unknown names cost as much to check as known ones
_DUMMY_HASH = f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${'00' * 16}${'00' * 32}"


class UserStore:
    """The users file, and its sign-in lockout state (``<users>.state.json``, names kept as keyed hashes).

    Every read-modify-write of either file holds an exclusive ``flock`` on ``<users>.lock``. A sign-in is counted
    as a failure *before* its password is checked and cleared only when the check succeeds, so parallel guesses
    cannot overtake the count and a sign-in that crashes mid-check still counts. The state stays bounded: names
    are stored as HMACs under ``<users>.state.key`` (fixed length, not readable), expired entries are pruned, at
    most MAX_ENTRIES names are kept (a locked name is never dropped, so a flood of invented names cannot unlock
    it), and at most GLOBAL_MAX_FAILURES failures a minute are allowed across all names: past that, everyone
    waits, which slows guessing over many names at the price of a lock-out for all while it lasts.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.state_path = self.path.with_name(self.path.name + ".state.json")
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self.key_path = self.path.with_name(self.path.name + ".state.key")

    def _users(self) -> dict[str, dict[str, str]]:
        if not self.path.is_file():
            return {}
        try:
            raw = tomllib.loads(self.path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise InputError(f"[E220] Users file '{self.path.name}' is not valid TOML: {exc}.") from None
        users = raw.get("users", {})
        for name, rec in users.items():
            if rec.get("role") not in USER_ROLES or not str(rec.get("password", "")).startswith("scrypt$"):
                raise InputError(f"[E221] Users file '{self.path.name}': user '{name}' needs a role in "
                                 f"{list(USER_ROLES)} and a scrypt password hash (use `casenotes users add`).")
            scope = {k: rec[k] for k in SCOPE_FIELDS if k in rec}
            if not all(isinstance(v, str) and v.strip() for v in scope.values()) or ("team" in scope
                                                                                     and "borough" not in scope):
                raise InputError(f"[E490] Users file '{self.path.name}': user '{name}' has a scope that is not a "
                                 f"borough name (and optionally a team name in it); expected borough = \"NAME\" "
                                 f"[team = \"NAME\"] or neither.")
        return users

    def _write(self, users: dict[str, dict[str, str]]) -> None:
        lines = ["# casenotes dashboard users: manage with `casenotes users add|remove`; passwords are scrypt hashes.\n"]
        for name in sorted(users):
            lines.append(f"\n[users.{json.dumps(name)}]\nrole = {json.dumps(users[name]['role'])}\n"
                         f"password = {json.dumps(users[name]['password'])}\n")
            lines.extend(f"{k} = {json.dumps(users[name][k])}\n" for k in SCOPE_FIELDS if k in users[name])
        _replace_private(self.path, "".join(lines))

    def _locked(self) -> AbstractContextManager[int]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        return _flocked(self.lock_path, os.O_WRONLY | os.O_CREAT, fcntl.LOCK_EX)

    def add(self, name: str, role: str, password: str, *, borough: str | None = None,
            team: str | None = None) -> None:
        """Add ``name`` or replace their record; ``borough`` (and ``team`` in it) scope their pages."""
        if team and not borough:
            raise InputError("[E491] A user's team scope needs the borough the team is in (--borough).")
        if role not in USER_ROLES:
            raise InputError(f"[E222] Role '{role}' is unknown; expected one of {list(USER_ROLES)}.")
        if not name.strip() or len(password) < 10:
            raise InputError("[E223] A user needs a name and a password of at least 10 characters.")
        hashed = hash_password(password)
        with self._locked():
            users = self._users()
            users[name] = {"role": role, "password": hashed,
                           **{k: v.strip() for k, v in (("borough", borough), ("team", team)) if v and v.strip()}}
            self._write(users)

    def remove(self, name: str) -> bool:
        with self._locked():
            users = self._users()
            if users.pop(name, None) is None:
                return False
            self._write(users)
        return True

    def list(self) -> list[User]:
        return [User(name, rec["role"]) for name, rec in sorted(self._users().items())]

    def get(self, name: str) -> User | None:
        """The user as the users file has them now (sessions re-check this on every page run)."""
        rec = self._users().get(name)
        return User(name, rec["role"]) if rec else None

    def scope(self, name: str) -> dict[str, str]:
        """The borough (and team) ``name``'s pages are tied to: ``{}`` for a user without a scope."""
        rec = self._users().get(name, {})
        return {k: rec[k] for k in SCOPE_FIELDS if k in rec}

    def exists(self) -> bool:
        return bool(self._users())

    def sign_in(self, name: str, password: str, *, now: float | None = None) -> User:
        """The user, or AuthError (wrong name or password, or locked); the same answer whether the name exists.

        A successful sign-in with a hash weaker than new hashes re-hashes the password at the current cost."""
        now = time.time() if now is None else now
        with self._locked():
            state, key = self._state(now), self._name_key(name)
            wait = _lockout_wait(state, key, now)
            if wait:
                raise AuthError(f"[E224] Too many failed sign-ins; try again in {int(wait) + 1} s.")
            _count_failure(state, key, now)  # before the check: a crash or a parallel guess cannot skip it
            self._save_state(state)
        rec = self._users().get(name)
        stored = rec["password"] if rec else _DUMMY_HASH
        if not (check_password(password, stored) and rec is not None):
            raise AuthError("[E225] Wrong name or password.")
        rehashed = hash_password(password) if needs_rehash(stored) else None
        with self._locked():
            state = self._state(now)
            state["names"].pop(key, None)
            if now in state["recent"]:
                state["recent"].remove(now)
            self._save_state(state)
            users = self._users()
            if rehashed and users.get(name, {}).get("password") == stored:  # unchanged since the check
                users[name]["password"] = rehashed
                self._write(users)
        return User(name, rec["role"])

    def _name_key(self, name: str) -> str:
        key, _ = _secret_key(self.key_path)
        return hmac.new(key, name.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()[:32]

    def _state(self, now: float) -> dict[str, Any]:
        """The lockout state with expired entries dropped (a missing, unreadable or old-format file starts empty:
        it only ever holds lockouts that end within MAX_LOCK_S)."""
        try:
            state = json.loads(self.state_path.read_text(encoding="utf-8"))
            recent = sorted(float(t) for t in state["recent"] if t > now - GLOBAL_WINDOW_S)
            names = {}
            for key, entry in state["names"].items():
                failures = [float(t) for t in entry["failures"] if t > now - WINDOW_S]
                # forget a name with nothing recent whose lock is too old to double
                if failures or entry["locked_until"] + MAX_LOCK_S > now:
                    names[key] = {"failures": failures, "locked_until": float(entry["locked_until"]),
                                  "locks": int(entry["locks"])}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            names, recent = {}, []
        return {"names": names, "recent": recent}

    def _save_state(self, state: dict[str, Any]) -> None:
        _replace_private(self.state_path, json.dumps(state, separators=(",", ":")))


def _lockout_wait(state: dict[str, Any], key: str, now: float) -> float:
    """Seconds before ``key`` may try again (0: now): its own lock, the global limit, or a table full of locks."""
    names, recent = state["names"], state["recent"]
    waits = [names[key]["locked_until"] - now] if key in names else []
    if len(recent) >= GLOBAL_MAX_FAILURES:
        waits.append(sorted(recent)[-GLOBAL_MAX_FAILURES] + GLOBAL_WINDOW_S - now)
    if key not in names and len(names) >= MAX_ENTRIES and all(e["locked_until"] > now for e in names.values()):
        waits.append(min(e["locked_until"] for e in names.values()) - now)
    return max([0.0, *waits])


def _count_failure(state: dict[str, Any], key: str, now: float) -> None:
    """Count a failed sign-in for ``key`` (locking it at MAX_FAILURES) and keep at most MAX_ENTRIES names.

    Beyond that, unlocked names are forgotten least-suspect first (fewest recent failures, a past lock weighing
    as MAX_FAILURES of them), then oldest: a flood of invented names, one failure each, is forgotten before the
    count or lock history of a name under attack."""
    names = state["names"]
    entry = names.setdefault(key, {"failures": [], "locked_until": 0.0, "locks": 0})
    entry["failures"].append(now)
    if len(entry["failures"]) >= MAX_FAILURES:
        entry["locked_until"] = now + min(MAX_LOCK_S, BASE_LOCK_S * 2 ** entry["locks"])
        entry["locks"] += 1
        entry["failures"] = []
    state["recent"].append(now)
    unlocked = sorted((len(e["failures"]) + MAX_FAILURES * e["locks"], max([e["locked_until"], *e["failures"]]), k)
                      for k, e in names.items() if e["locked_until"] <= now and k != key)
    for *_, old in unlocked[:max(0, len(names) - MAX_ENTRIES)]:
        del names[old]


_GENESIS = "0" * 64
"""The link before an access log's first line."""


@dataclass(frozen=True)
class LogCheck:
    """What ``AccessLog.verify`` found.

    Attributes:
        lines: lines in the log.
        breaks: every problem found, as (line number, or None for the log as a whole; reason), in line order.
        anchored: a key and a valid head record vouch for the log's length and last line.
        legacy_lines: lines written before the log was anchored (SHA-256 chain only, no MAC).
        last: the last line's link (its MAC), which with ``lines`` is the head a witness records.
    """

    lines: int
    breaks: tuple[tuple[int | None, str], ...]
    anchored: bool
    legacy_lines: int
    last: str = _GENESIS

    @property
    def head(self) -> str:
        """The log's head as a witness token, ``<lines>:<last MAC>`` (``casenotes access head``)."""
        return f"{self.lines}:{self.last}"

    @property
    def intact(self) -> bool:
        return not self.breaks

    def report(self, name: str) -> list[str]:
        """A verdict line, then one line per break: what ``casenotes access verify`` and the Access page show."""
        if self.breaks:
            return [f"{name}: ALTERED: {len(self.breaks)} break(s) in {self.lines} lines"] + [
                f"  {'line ' + str(line) if line else 'whole log'}: {reason}" for line, reason in self.breaks]
        if not self.anchored:
            if not self.lines:
                return [f"{name}: no events yet"]
            return [f"{name}: {self.lines} events; legacy SHA-256 chain intact but UNANCHORED: with no key and head "
                    "record, lines removed from the end or a rewrite of the whole log cannot be detected. The next "
                    "event anchors it."]
        legacy = f" ({self.legacy_lines} legacy lines from before anchoring)" if self.legacy_lines else ""
        return [f"{name}: {self.lines} events; the chain is intact and anchored{legacy}"]


class AccessLog:
    """Append-only JSON lines, anchored so that no edit goes unseen without the key, and no rollback unseen past a
    head recorded elsewhere.

    Each line carries ``prev`` (the MAC of the line before; for lines written before anchoring, the SHA-256 of
    the line before) and ``mac``, an HMAC-SHA256 of the line under a key kept apart from the log
    (``<store>_access.key``, created 0600 on first use). A head record (``<store>_access.head``: the number of
    lines and the last line's MAC, itself MACed) is rewritten on every append, so removing lines from the end,
    emptying or deleting the log shows as a mismatch with the head, and a rewritten line as a MAC mismatch.
    Appends hold an exclusive ``flock`` on the log around reading the head, writing the line and writing the
    head, so concurrent writers (Streamlit sessions, processes) keep one chain. A crash between the line and the
    head shows as a break: the log cannot tell a crash from an edit, and says so rather than guess.

    The key, the head and the log live beside the store, so whoever can rewrite all three (the host's
    administrators) can delete them together or put back an earlier log with its head. Only a head recorded where
    they cannot write shows that: ``casenotes access head`` prints it (``<lines>:<last MAC>``), and ``verify`` with
    that token as a witness reports a log that no longer extends it.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.key_path = self.path.with_suffix(".key")
        self.head_path = self.path.with_suffix(".head")

    @classmethod
    def for_store(cls, db: str | Path) -> "AccessLog":
        db = Path(db)
        return cls(db.with_name(db.stem + "_access.log"))

    def append(self, user: User | None, event: str, **fields: Any) -> None:
        record = {"time": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                  "user": user.name if user else None, "role": user.role if user else None, "event": event,
                  **fields}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with _flocked(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, fcntl.LOCK_EX) as fd:
            key, key_existed = _secret_key(self.key_path)
            head = self._head(key)
            if head is None:
                lines, link = self._scan()
                if key_existed:  # the head went missing or was altered: record that, never recount silently
                    rebuilt = {"time": record["time"], "user": None, "role": None, "event": "head_rebuilt",
                               "lines_found": lines}
                    lines, link = self._write_line(fd, key, rebuilt, lines, link)
            else:
                lines, link = head
            lines, link = self._write_line(fd, key, record, lines, link)
            _replace_private(self.head_path, json.dumps({"lines": lines, "mac": link,
                                                         "check": _head_mac(key, lines, link)}))

    def read(self, limit: int | None = None) -> list[dict[str, Any]]:
        if not self.path.is_file():
            return []
        lines = self.path.read_bytes().splitlines()
        return [json.loads(l) for l in (lines[-limit:] if limit else lines)]

    def verify(self, witnesses: Sequence[str] = ()) -> LogCheck:
        """Check every line's MAC and link, the log against its head record, and against each head recorded apart
        from it (``witnesses``: tokens ``casenotes access head`` printed earlier); report every break.

        Raises:
            InputError: [E229] a witness that is not a ``<lines>:<MAC>`` token.
        """
        heads = [_witness(token) for token in witnesses]
        if not self.path.exists():  # never written, or deleted: its key, head or a witness still say what it held
            return self._check([], heads)
        # under a shared lock, so that an append in progress is not half-seen
        with _flocked(self.path, os.O_RDONLY, fcntl.LOCK_SH) as fd, open(fd, "rb", closefd=False) as fh:
            return self._check(fh.read().splitlines(), heads)

    def _check(self, raw_lines: list[bytes], heads: Sequence[tuple[int, str]] = ()) -> LogCheck:
        key = self.key_path.read_bytes() if self.key_path.exists() else None
        breaks: list[tuple[int | None, str]] = []
        link, signed, legacy = _GENESIS, 0, 0
        links: list[str] = []
        for i, raw in enumerate(raw_lines, 1):
            try:
                rec = json.loads(raw)
                mac = rec.pop("mac", None) if isinstance(rec, dict) else None
            except ValueError:
                rec, mac = None, None
            if not isinstance(rec, dict):
                breaks.append((i, "not a JSON record"))
            elif mac is not None and key is not None and not hmac.compare_digest(str(mac), _line_mac(key, rec)):
                breaks.append((i, "its MAC does not match: the line was rewritten or forged"))
            elif mac is None and signed:
                breaks.append((i, "an unsigned line after signed ones: inserted without the key"))
            elif rec.get("prev") != link:
                before = f"line {i - 1}" if i > 1 else "the start of the log"
                breaks.append((i, f"does not follow from {before}: lines were removed or inserted, or the chain "
                                  "forked"))
            elif rec.get("event") == "head_rebuilt":
                breaks.append((i, "the head record was missing or altered when this line was written: lines "
                                  "before it may have been removed"))
            if mac is not None:
                signed += 1
            elif not signed:
                legacy += 1
            link = str(mac) if mac is not None else hashlib.sha256(raw).hexdigest()
            links.append(link)
        head = self._head(key) if key is not None else None
        if key is None and (signed or self.head_path.exists()):
            breaks.append((None, f"the key file {self.key_path.name} is missing: {signed} signed lines cannot be "
                                 "checked"))
        elif key is not None and head is None:
            breaks.append((None, f"the head record {self.head_path.name} is missing or altered: removed lines "
                                 "cannot be ruled out"))
        elif head is not None and head[0] != len(raw_lines):
            breaks.append((None, f"the head record counts {head[0]} lines but the log has {len(raw_lines)}: lines "
                                 "were removed (truncated, emptied or deleted) or written without the key"))
        elif head is not None and head[1] != link:
            breaks.append((len(raw_lines), "the last line is not the one the head record names: the end of the log "
                                           "was rewritten"))
        for count, mac in heads:
            if count > len(links):
                breaks.append((None, f"a head recorded apart from the log counts {count} lines but the log has "
                                     f"{len(links)}: it was deleted, truncated or put back to an earlier copy"))
            elif count and not hmac.compare_digest(links[count - 1], mac):
                breaks.append((count, "this line is not the one a head recorded apart from the log names: the log "
                                      "was rewritten or put back to another copy"))
        return LogCheck(len(raw_lines), tuple(breaks), head is not None, legacy, link)

    def _head(self, key: bytes) -> tuple[int, str] | None:
        """(lines, last MAC) from a head record whose own MAC checks, or None."""
        try:
            head = json.loads(self.head_path.read_text(encoding="utf-8"))
            lines, link = int(head["lines"]), str(head["mac"])
            ok = hmac.compare_digest(str(head["check"]), _head_mac(key, lines, link))
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return (lines, link) if ok else None

    def _scan(self) -> tuple[int, str]:
        """Lines and the last line's link, read from the log itself (first anchoring of a legacy or new log)."""
        if not self.path.is_file():
            return 0, _GENESIS
        lines = self.path.read_bytes().splitlines()
        if not lines:
            return 0, _GENESIS
        try:
            mac = json.loads(lines[-1]).get("mac")
        except (ValueError, AttributeError):
            mac = None
        return len(lines), str(mac) if mac is not None else hashlib.sha256(lines[-1]).hexdigest()

    @staticmethod
    def _write_line(fd: int, key: bytes, record: dict[str, Any], lines: int, link: str) -> tuple[int, str]:
        body = json.loads(json.dumps({**record, "prev": link}, sort_keys=True, default=str))
        mac = _line_mac(key, body)
        os.write(fd, json.dumps({**body, "mac": mac}, sort_keys=True).encode() + b"\n")
        return lines + 1, mac



def _witness(token: str) -> tuple[int, str]:
    """(lines, last MAC) of a witness token ``<lines>:<64 hex digits>``."""
    count, _, mac = token.strip().partition(":")
    if not count.isdigit() or len(mac) != 64 or any(c not in "0123456789abcdef" for c in mac):
        raise InputError(f"[E229] Witness '{token[:80]}' is not a head token '<lines>:<MAC>' as `casenotes access "
                         "head` prints it.")
    return int(count), mac


def _line_mac(key: bytes, record: dict[str, Any]) -> str:
    return hmac.new(key, b"casenotes access line\n" + json.dumps(record, sort_keys=True).encode(),
                    hashlib.sha256).hexdigest()


def _head_mac(key: bytes, lines: int, link: str) -> str:
    return hmac.new(key, f"casenotes access head\n{lines}\n{link}".encode(), hashlib.sha256).hexdigest()


@contextmanager
def _flocked(path: Path, flags: int, operation: int) -> Iterator[int]:
    """``path`` opened with ``flags`` (created 0600 if O_CREAT) and ``flock``ed with ``operation`` for the block."""
    fd = os.open(path, flags, 0o600)
    try:
        fcntl.flock(fd, operation)
        yield fd
    finally:
        os.close(fd)  # releases the lock


def _secret_key(path: Path) -> tuple[bytes, bool]:
    """The key in ``path`` (created 0600 with 32 random bytes if missing), and whether it existed already.
    Callers hold a lock, so two first uses cannot make two keys."""
    try:
        return path.read_bytes(), True
    except FileNotFoundError:
        pass
    key = secrets.token_hex(32).encode()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, key)
    finally:
        os.close(fd)
    return key, False


def _replace_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically (a reader sees the old or the new file), readable by the owner only."""
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, text.encode("utf-8"))
    finally:
        os.close(fd)
    tmp.replace(path)


SESSION_IDLE_S, SESSION_MAX_S = 30 * 60, 12 * 3600
"""Default session timeouts: idle, and since sign-in (CASENOTES_SESSION_IDLE_MINUTES, CASENOTES_SESSION_MAX_HOURS)."""
SESSION_ENDS = {"idle": "Your session ended after a period without activity; sign in again.",
                "expired": "Your session reached its maximum length; sign in again.",
                "removed": "Your account was removed; ask an admin.",
                "role_changed": "Your role was changed; sign in again.",
                "invalid": "Your session is no longer valid; sign in again.",
                "signed_out": "You signed out; sign in again."}
"""Why a session ended (``session_end``), as the sign-in page says it."""


def session_limits() -> tuple[float, float]:
    """(idle, absolute) session timeouts in seconds, from the environment or the defaults.

    Raises:
        InputError: a set variable is not a positive number.
    """
    limits = []
    for var, unit, default in (("CASENOTES_SESSION_IDLE_MINUTES", 60, SESSION_IDLE_S),
                               ("CASENOTES_SESSION_MAX_HOURS", 3600, SESSION_MAX_S)):
        raw = os.environ.get(var, "").strip()
        try:
            value = float(raw) * unit if raw else default
        except ValueError:
            value = 0.0
        if not value > 0:
            raise InputError(f"[E302] {var}='{raw}' is not a positive number; unset it for the default "
                             f"({default / unit:g}).")
        limits.append(value)
    return limits[0], limits[1]


def start_session(user: User, *, now: float | None = None) -> dict[str, Any]:
    """What the dashboard keeps for a signed-in user (``st.session_state["user"]``)."""
    now = time.time() if now is None else now
    return {"name": user.name, "role": user.role, "signed_in_at": now, "last_seen": now}


def session_end(session: dict[str, Any], users: UserStore, *, now: float | None = None) -> str | None:
    """Why ``session`` must end now (a key of SESSION_ENDS), or None. Checked on every page run: the timeouts,
    the users file as it is now, so a removed or re-roled user loses their session at once, and the user's last
    sign-out, so a session (or a copy of its token) from before it is over."""
    now = time.time() if now is None else now
    idle, longest = session_limits()
    try:
        started, seen = float(session["signed_in_at"]), float(session["last_seen"])
        name, role = session["name"], session["role"]
    except (KeyError, TypeError, ValueError):
        return "invalid"
    if now - started > longest:
        return "expired"
    if now - seen > idle:
        return "idle"
    if started <= SessionTokens(users.path).signed_out_at(name):
        return "signed_out"
    current = users.get(name)
    if current is None:
        return "removed"
    return None if current.role == role else "role_changed"


class SessionTokens:
    """Signed session tokens, so that a browser refresh or a bookmarked page keeps a user signed in until their
    session ends (``session_end``), and signing out ends it everywhere.

    A token is the session (name, role, sign-in time, last activity) as base64url JSON and its HMAC-SHA256 under
    a server secret kept beside the users file (``<users>.session.key``, 0600, made on first use; no outside
    service). The dashboard re-issues it on every page run, so a copy older than the idle limit is refused, and
    keeps it in the page's address (``?session=...``) on 127.0.0.1 only. A token whose MAC does not check is
    refused; one issued before its user last signed out (``<users>.sessions.json``) is ended.
    """

    def __init__(self, users_path: str | Path) -> None:
        users_path = Path(users_path)
        self.key_path = users_path.with_name(users_path.name + ".session.key")
        self.signed_out_path = users_path.with_name(users_path.name + ".sessions.json")
        self.lock_path = users_path.with_name(users_path.name + ".lock")

    def _key(self) -> bytes:
        self.key_path.parent.mkdir(parents=True, exist_ok=True)
        with _flocked(self.lock_path, os.O_WRONLY | os.O_CREAT, fcntl.LOCK_EX):
            return _secret_key(self.key_path)[0]

    def issue(self, session: dict[str, Any]) -> str:
        """The token for ``session`` (``start_session``'s dict)."""
        body = base64.urlsafe_b64encode(json.dumps(
            {k: session[k] for k in ("name", "role", "signed_in_at", "last_seen")}, sort_keys=True,
            separators=(",", ":")).encode()).decode().rstrip("=")
        return f"{body}.{self._mac(body)}"

    def read(self, token: str) -> dict[str, Any] | None:
        """The session a token carries, or None when it is malformed or its MAC does not check (tampered, or
        signed with another server's secret). Whether it has ended is ``session_end``'s question."""
        body, _, mac = str(token).partition(".")
        if not body or not hmac.compare_digest(mac, self._mac(body)):
            return None
        try:
            session = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
            return {"name": str(session["name"]), "role": str(session["role"]),
                    "signed_in_at": float(session["signed_in_at"]), "last_seen": float(session["last_seen"])}
        except (ValueError, KeyError, TypeError):
            return None

    def sign_out(self, name: str, *, now: float | None = None) -> None:
        """End every session ``name`` signed in to before now (their tokens are refused from here on)."""
        now = time.time() if now is None else now
        self.lock_path.parent.mkdir(parents=True, exist_ok=True)
        with _flocked(self.lock_path, os.O_WRONLY | os.O_CREAT, fcntl.LOCK_EX):
            ended = self._signed_out()
            ended[name] = now
            _replace_private(self.signed_out_path, json.dumps(ended))

    def signed_out_at(self, name: str) -> float:
        """When ``name`` last signed out (0: never)."""
        return float(self._signed_out().get(name, 0.0))

    def _signed_out(self) -> dict[str, float]:
        try:
            return {str(k): float(v) for k, v in json.loads(self.signed_out_path.read_text(encoding="utf-8")).items()}
        except (OSError, ValueError, AttributeError, TypeError):
            return {}

    def _mac(self, body: str) -> str:
        return hmac.new(self._key(), b"casenotes session\n" + body.encode(), hashlib.sha256).hexdigest()


def host_allowed(host: str | None, *, port: int, names: tuple[str, ...] = ()) -> bool:
    """Whether a request's Host header names this dashboard: 127.0.0.1 or localhost on its port, or a configured
    name (as given, or with the port).

    A page on another site that re-points its own name at 127.0.0.1 (DNS rebinding) still sends that name as
    Host, so it is refused. None (no HTTP request behind the run, as in AppTest) is allowed: browsers always
    send Host.
    """
    if host is None:
        return True
    local = ("127.0.0.1", "localhost")
    allowed = {f"{h}:{port}" for h in local} | {n.lower() for n in names}
    allowed |= {f"{n.lower()}:{port}" for n in names if ":" not in n}
    if port == 80:  # browsers leave the default port out
        allowed |= set(local)
    return host.strip().lower() in allowed


# -- Streamlit side ---------------------------------------------------------------------------------------------
F = TypeVar("F", bound=Callable[..., Any])


def current_user() -> User | None:
    """The signed-in user of this session; the router ends expired and revoked sessions before any page runs."""
    import streamlit as st

    raw = st.session_state.get("user")
    return User(raw["name"], raw["role"]) if raw and raw.get("role") in USER_ROLES else None


def text_access(page: str) -> Callable[[F], F]:
    """For data functions that return note or sentence text: refuse roles that may not see text, and log every
    view with the note ids it returned (from the ``note_id`` column of each returned frame)."""

    def wrap(fn: F) -> F:
        @functools.wraps(fn)
        def guarded(db_path: str, *args: Any, **kwargs: Any) -> Any:
            user = current_user()
            if user is None or user.role not in TEXT_ROLES:
                AccessLog.for_store(db_path).append(user, "text_refused", page=page)
                raise AuthError(f"[E226] The {user.role if user else 'signed-out'} role may not see note text.")
            result = fn(db_path, *args, **kwargs)
            frames = result if isinstance(result, tuple) else (result,)
            ids = sorted({str(i) for f in frames if hasattr(f, "columns") and "note_id" in f.columns
                          for i in f["note_id"]})
            AccessLog.for_store(db_path).append(user, "view_text", page=page, note_ids=ids[:200],
                                                n_notes=len(ids))
            return result

        return guarded  # type: ignore[return-value]

    return wrap


def users_file(db_path: str | Path) -> Path:
    """``CASENOTES_USERS``, or ``users.toml`` beside the store."""
    return Path(os.environ.get("CASENOTES_USERS") or Path(db_path).resolve().with_name("users.toml"))
