"""Where a `model:` setting points: a catalog name trains the catalog's hub checkpoint."""

from __future__ import annotations

import threading

import pytest

from desktop_ft.core import catalog
from desktop_ft.core.errors import UserError
from desktop_ft.training.models import resolve_model


def resolve(name: str) -> tuple[str, object]:
    return resolve_model(name, lambda event: None, threading.Event())


def test_a_catalog_name_resolves_to_its_hub_id() -> None:
    spec = catalog.CATALOG["phi-3-mini-4k"]
    assert resolve("phi-3-mini-4k") == (spec.hub_id, None)


def test_a_hub_id_is_kept() -> None:
    assert resolve("someone/some-model") == ("someone/some-model", None)


def test_an_unknown_name_says_what_is_accepted() -> None:
    with pytest.raises(UserError) as caught:
        resolve("phi-three")
    assert "unknown model 'phi-three'" in str(caught.value)
    assert caught.value.key == "model.unknown"
