"""Where the service is and how we prove who we are: the OS keyring first, then the
environment variables the official clients document, never a file of ours.

The endpoint is not secret, but it is kept next to the key so that one `desktop-ft hosted login`
(or the dialog's "Save") sets both. Every key we hand out is registered with secrets.redact(), so
a service that echoes it in an error message cannot get it into a log or a run folder.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from desktop_ft.core import secrets
from desktop_ft.core.errors import UserError

OPENAI_DEFAULT_ENDPOINT = "https://api.openai.com/v1"
ENTRA_SCOPE = "https://cognitiveservices.azure.com/.default"
ENV_KEYS = {"azure": "AZURE_OPENAI_API_KEY", "openai": "OPENAI_API_KEY"}
ENV_ENDPOINTS = {"azure": "AZURE_OPENAI_ENDPOINT", "openai": "OPENAI_BASE_URL"}
LABELS = {"azure": "Azure AI Foundry / Azure OpenAI", "openai": "OpenAI"}


def key_name(provider: str) -> str:
    return f"hosted.{provider}.api_key"


def endpoint_name(provider: str) -> str:
    return f"hosted.{provider}.endpoint"


def stored_endpoint(provider: str) -> str:
    """The endpoint saved for `provider`, else its environment variable, else the default."""
    value = secrets.get_secret(endpoint_name(provider)) or os.environ.get(
        ENV_ENDPOINTS[provider], "")
    if not value and provider == "openai":
        value = OPENAI_DEFAULT_ENDPOINT
    return value.strip()


def destination(provider: str, configured: str = "") -> str:
    """The endpoint a hosted run would upload to: the config's, else the stored one."""
    endpoint = (configured or stored_endpoint(provider)).strip()
    if not endpoint:
        raise UserError(f"no {LABELS[provider]} endpoint is set", where="hosted.endpoint",
                        hint="run 'desktop-ft hosted login --provider azure --endpoint "
                        "https://<resource>.openai.azure.com' or set hosted.endpoint",
                        key="hosted.no_endpoint")
    if not endpoint.startswith(("https://", "http://")):
        raise UserError(f"the endpoint {endpoint!r} is not a URL", where="hosted.endpoint",
                        hint="it starts with https://", key="hosted.bad_endpoint")
    return endpoint.rstrip("/")


def has_key(provider: str) -> bool:
    return bool(secrets.get_secret(key_name(provider)) or os.environ.get(ENV_KEYS[provider]))


def api_key(provider: str) -> str:
    """The key from the keyring, else the documented environment variable; never logged."""
    value = secrets.get_secret(key_name(provider)) or os.environ.get(ENV_KEYS[provider], "")
    value = value.strip()
    if not value:
        raise UserError(f"no API key for {LABELS[provider]}", where="hosted credentials",
                        hint=f"run 'desktop-ft hosted login --provider {provider}' (the key goes "
                        f"to the OS keyring), set {ENV_KEYS[provider]} for this session, or use "
                        "hosted.auth: entra (Azure)", key="hosted.no_key")
    secrets.remember(value)
    return value


def login(provider: str, endpoint: str | None, key: str | None) -> None:
    """Store the endpoint and/or the key for `provider` in the OS keyring."""
    if provider not in LABELS:
        raise UserError(f"unknown provider {provider!r}", hint="azure or openai",
                        key="hosted.provider")
    if endpoint:
        secrets.set_secret(endpoint_name(provider), destination(provider, endpoint),
                           label=f"{LABELS[provider]} endpoint")
    if key:
        secrets.set_secret(key_name(provider), key, label=f"{LABELS[provider]} API key")


def entra_token_provider() -> Callable[[], str]:
    """Microsoft Entra ID sign-in (az login, managed identity, ...) through azure-identity."""
    try:
        from azure.identity import DefaultAzureCredential, get_bearer_token_provider
    except ImportError as exc:
        raise UserError("Entra ID sign-in needs the azure-identity package",
                        where="hosted.auth", hint="pip install azure-identity, or use "
                        "hosted.auth: key", key="hosted.no_azure_identity") from exc
    inner = get_bearer_token_provider(DefaultAzureCredential(), ENTRA_SCOPE)

    def token() -> str:
        try:
            return inner()
        except Exception as exc:  # azure-identity's ClientAuthenticationError and kin
            raise UserError(f"Entra ID sign-in failed ({type(exc).__name__})",
                            where="hosted.auth: entra", hint="sign in with 'az login' (or use "
                            "a managed identity), or use hosted.auth: key",
                            key="hosted.entra_failed") from None

    return token
