"""Sign-in, roles and the access log for the dashboard.

- Users live in a local TOML file (``users.toml`` beside the store, or ``--users``/``CASENOTES_USERS``) with a
  role and a salted scrypt hash of their password; ``casenotes users add|list|remove`` manages it.
- Roles: ``lead`` sees aggregates only (Overview, Trends), never sentence text; ``researcher`` also sees
  pseudonymised text (Notes, Batch, Audit, Annotate, Models); ``admin`` also sees the Access page. The router builds each user's
  navigation from their role, and every data function that returns text checks the role itself
  (``text_access``), so a page that forgets cannot leak text.
- Failed sign-ins are rate-limited per username (5 in 15 minutes locks the name, for a period that doubles with
  each lock), in a state file beside the users file so a reload or restart does not reset it. Unknown names are
  treated exactly as known ones, so the form does not reveal who has an account.
- The access log (``<store>_access.log``) is append-only JSON lines: sign-ins, sign-outs, page views and every
  view of text with the note ids shown (never the text). Each line carries the SHA-256 of the line before, so an
  edited or deleted line is detected by ``casenotes access verify``.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import os
import secrets
import time
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, TypeVar

from casenotes.errors import CasenotesError, InputError

ROLES = ("lead", "researcher", "admin")
PAGES = {"lead": ("overview", "trends"),
         "researcher": ("overview", "trends", "notes", "batch", "audit", "annotate", "models"),
         "admin": ("overview", "trends", "notes", "batch", "audit", "annotate", "models", "access")}
"""Pages each role may open (file names in casenotes/app/pages)."""
TEXT_ROLES = frozenset({"researcher", "admin"})
MAX_FAILURES, WINDOW_S, BASE_LOCK_S, MAX_LOCK_S = 5, 15 * 60, 60, 3600
_SCRYPT = {"n": 2 ** 14, "r": 8, "p": 1}


class AuthError(CasenotesError):
    """Sign-in refused, or a role asked for something it may not see."""


@dataclass(frozen=True)
class User:
    name: str
    role: str


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, dklen=32, **_SCRYPT)
    return f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${salt.hex()}${digest.hex()}"


def check_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    got = hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt), dklen=32, n=int(n), r=int(r), p=int(p))
    return hmac.compare_digest(got.hex(), digest)


_DUMMY_HASH = hash_password("not a password", salt=b"0" * 16)


class UserStore:
    """The users file and its sign-in rate-limiting state (``<users>.state.json``)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.state_path = self.path.with_name(self.path.name + ".state.json")

    def _users(self) -> dict[str, dict[str, str]]:
        if not self.path.is_file():
            return {}
        try:
            raw = tomllib.loads(self.path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise InputError(f"[E220] Users file '{self.path.name}' is not valid TOML: {exc}.") from None
        users = raw.get("users", {})
        for name, rec in users.items():
            if rec.get("role") not in ROLES or not str(rec.get("password", "")).startswith("scrypt$"):
                raise InputError(f"[E221] Users file '{self.path.name}': user '{name}' needs a role in {list(ROLES)} "
                                 "and a scrypt password hash (use `casenotes users add`).")
        return users

    def _write(self, users: dict[str, dict[str, str]]) -> None:
        lines = ["# casenotes dashboard users: manage with `casenotes users add|remove`; passwords are scrypt hashes.\n"]
        for name in sorted(users):
            lines.append(f"\n[users.{json.dumps(name)}]\nrole = {json.dumps(users[name]['role'])}\n"
                         f"password = {json.dumps(users[name]['password'])}\n")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text("".join(lines), encoding="utf-8")
        os.chmod(tmp, 0o600)
        tmp.replace(self.path)

    def add(self, name: str, role: str, password: str) -> None:
        if role not in ROLES:
            raise InputError(f"[E222] Role '{role}' is unknown; expected one of {list(ROLES)}.")
        if not name.strip() or len(password) < 10:
            raise InputError("[E223] A user needs a name and a password of at least 10 characters.")
        users = self._users()
        users[name] = {"role": role, "password": hash_password(password)}
        self._write(users)

    def remove(self, name: str) -> bool:
        users = self._users()
        if users.pop(name, None) is None:
            return False
        self._write(users)
        return True

    def list(self) -> list[User]:
        return [User(name, rec["role"]) for name, rec in sorted(self._users().items())]

    def exists(self) -> bool:
        return bool(self._users())

    def sign_in(self, name: str, password: str, *, now: float | None = None) -> User:
        """The user, or AuthError (wrong name or password, or locked); the same answer whether the name exists."""
        now = time.time() if now is None else now
        state = self._state()
        entry = state.get(name, {"failures": [], "locked_until": 0.0, "locks": 0})
        if entry["locked_until"] > now:
            raise AuthError(f"[E224] Too many failed sign-ins for this name; try again in "
                            f"{int(entry['locked_until'] - now) + 1} s.")
        rec = self._users().get(name)
        ok = check_password(password, rec["password"] if rec else _DUMMY_HASH) and rec is not None
        if ok:
            state.pop(name, None)
            self._save_state(state)
            return User(name, rec["role"])
        entry["failures"] = [t for t in entry["failures"] if t > now - WINDOW_S] + [now]
        if len(entry["failures"]) >= MAX_FAILURES:
            entry["locked_until"] = now + min(MAX_LOCK_S, BASE_LOCK_S * 2 ** entry["locks"])
            entry["locks"] += 1
            entry["failures"] = []
        state[name] = entry
        self._save_state(state)
        raise AuthError("[E225] Wrong name or password.")

    def _state(self) -> dict[str, Any]:
        try:
            return json.loads(self.state_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def _save_state(self, state: dict[str, Any]) -> None:
        tmp = self.state_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(state), encoding="utf-8")
        tmp.replace(self.state_path)


class AccessLog:
    """Append-only, hash-chained JSON lines."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    @classmethod
    def for_store(cls, db: str | Path) -> "AccessLog":
        db = Path(db)
        return cls(db.with_name(db.stem + "_access.log"))

    def _last_hash(self) -> str:
        if not self.path.is_file() or self.path.stat().st_size == 0:
            return "0" * 64
        with self.path.open("rb") as fh:
            fh.seek(max(0, self.path.stat().st_size - 4096))
            last = fh.read().rstrip(b"\n").split(b"\n")[-1]
        return hashlib.sha256(last).hexdigest()

    def append(self, user: User | None, event: str, **fields: Any) -> None:
        record = {"time": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                  "user": user.name if user else None, "role": user.role if user else None, "event": event,
                  **fields, "prev": self._last_hash()}
        line = json.dumps(record, sort_keys=True, default=str).encode() + b"\n"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, line)
        finally:
            os.close(fd)

    def read(self, limit: int | None = None) -> list[dict[str, Any]]:
        if not self.path.is_file():
            return []
        lines = self.path.read_bytes().splitlines()
        return [json.loads(l) for l in (lines[-limit:] if limit else lines)]

    def verify(self) -> tuple[bool, int, int | None]:
        """(intact, lines, first broken line number or None)."""
        if not self.path.is_file():
            return True, 0, None
        prev = "0" * 64
        lines = self.path.read_bytes().splitlines()
        for i, line in enumerate(lines, 1):
            try:
                if json.loads(line).get("prev") != prev:
                    return False, len(lines), i
            except ValueError:
                return False, len(lines), i
            prev = hashlib.sha256(line).hexdigest()
        return True, len(lines), None


# -- Streamlit side ---------------------------------------------------------------------------------------------
F = TypeVar("F", bound=Callable[..., Any])


def current_user() -> User | None:
    import streamlit as st

    raw = st.session_state.get("user")
    return User(raw["name"], raw["role"]) if raw and raw.get("role") in ROLES else None


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
