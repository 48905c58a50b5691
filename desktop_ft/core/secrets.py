"""Secrets (the Hugging Face token, hosted services' API keys): in the OS keyring, never in a
file of ours.

Why the keyring and nothing else: settings, run folders, manifests and logs are plain files a
user shares to ask for help or backs up; a secret in any of them leaks. So secrets live only in
the OS keyring (macOS Keychain, Windows Credential Locker, Secret Service / KWallet on Linux,
through the `keyring` package). On a machine without a keyring backend we say so and store
nothing: the user can still export HF_TOKEN for the session, which the Hugging Face libraries read
themselves. `redact()` is the last line of defence: every line we write to a log, an event or an
error message passes through it, so a token pasted into a model name or echoed back by a library
is masked anyway.
"""

from __future__ import annotations

import os
import re

from desktop_ft.core.errors import UserError

SERVICE = "desktop-ft"
HF_TOKEN = "huggingface.token"  # the keyring entry of the Hugging Face token
ENV_VARS = ("HF_TOKEN", "HUGGING_FACE_HUB_TOKEN")
MASK = "***"
# Secret-looking strings masked even when we never saw them: Hugging Face tokens ("hf_..."),
# OpenAI-style keys ("sk-..."), and the half-masked ones services echo in errors ("sk-ab***yz").
_PATTERNS = (re.compile(r"hf_[A-Za-z0-9]{20,}"), re.compile(r"sk-[A-Za-z0-9_-]{20,}"),
             re.compile(r"sk-[A-Za-z0-9_-]*\*{3,}[A-Za-z0-9_-]*"))
_known: set[str] = set()  # every secret read or stored in this process, for redact()


def _keyring():  # -> the keyring module, imported late: core stays light at start-up
    try:
        import keyring
        import keyring.errors
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise UserError("the 'keyring' package is missing, so secrets cannot be stored safely",
                        hint="pip install keyring, or use the environment variable instead",
                        key="secrets.no_keyring") from exc
    return keyring


def backend_available() -> bool:
    """Whether a real keyring backend exists (not the 'fail', 'null' or plain-file ones)."""
    backend = _keyring().get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    unsafe = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt.file")
    return not name.startswith(unsafe) and getattr(backend, "priority", 1) > 0


def remember(value: str | None) -> None:
    """Register a secret so that redact() masks it wherever it turns up."""
    if value and len(value.strip()) >= 8:
        _known.add(value.strip())


def set_secret(name: str, value: str, label: str = "", env_var: str = "") -> None:
    """Store a secret in the OS keyring; a UserError when there is none (nothing is written).
    `env_var` names the environment variable that can stand in for it, for the hint."""
    label = label or name
    instead = f"set {env_var}" if env_var else "set the environment variable"
    value = value.strip()
    if not value:
        raise UserError(f"the {label} is empty", where=label, key="secrets.empty")
    keyring = _keyring()
    if not backend_available():
        raise UserError(
            f"this system has no keyring (password store) to keep the {label} in; it was not "
            "saved, and Desktop FT never writes secrets to a plain file", where=label,
            hint="install and unlock a keyring (GNOME Keyring, KWallet, macOS Keychain, Windows "
                 f"Credential Manager), or {instead} for this session",
            key="secrets.no_backend", params={"label": label})
    try:
        keyring.set_password(SERVICE, name, value)
    except keyring.errors.KeyringError as exc:
        raise UserError(f"the keyring refused the {label} ({type(exc).__name__})", where=label,
                        hint="unlock the keyring and try again", key="secrets.refused") from exc
    remember(value)


def get_secret(name: str) -> str | None:
    """A secret from the OS keyring; None when none is stored or there is no keyring."""
    keyring = _keyring()
    if not backend_available():
        return None
    try:
        value = keyring.get_password(SERVICE, name) or None
    except keyring.errors.KeyringError:
        return None
    remember(value)
    return value


def delete_secret(name: str) -> bool:
    """Remove a stored secret; False when none was stored."""
    keyring = _keyring()
    if not backend_available():
        return False
    try:
        keyring.delete_password(SERVICE, name)
    except keyring.errors.PasswordDeleteError:
        return False
    return True


# the Hugging Face token -----------------------------------------------------------------------

def store_token(token: str) -> None:
    set_secret(HF_TOKEN, token, label="Hugging Face token", env_var="HF_TOKEN")


def load_token() -> str | None:
    """The token from the environment (HF_TOKEN) or the keyring; None when there is none."""
    for name in ENV_VARS:
        value = os.environ.get(name, "").strip()
        if value:
            remember(value)
            return value
    return get_secret(HF_TOKEN)


def delete_token() -> bool:
    return delete_secret(HF_TOKEN)


def token_source() -> str:
    """Where a token would come from, for `desktop-ft token status`: never the token itself."""
    if any(os.environ.get(name, "").strip() for name in ENV_VARS):
        return "environment (HF_TOKEN)"
    if not backend_available():
        return "none (no keyring on this system)"
    return "keyring" if get_secret(HF_TOKEN) else "none"


def redact(text: str) -> str:
    """Mask every secret this process has seen, the tokens in the environment, and anything
    shaped like a token or API key."""
    if not text:
        return text
    for secret in (*_known, *(os.environ.get(name, "") for name in ENV_VARS)):
        if len(secret) >= 8 and secret in text:
            text = text.replace(secret, MASK)
    for pattern in _PATTERNS:
        text = pattern.sub(MASK, text)
    return text
