"""`desktop-ft hosted ...`: login, prepare, the --yes gate, train and the one-line errors."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from fake_service import FakeService
from hosted_helpers import PLANTED_KEY, files_containing, write_config

from desktop_ft.cli import main
from desktop_ft.core import secrets
from desktop_ft.hosted import credentials


def test_login_prepare_confirm_and_train(tmp_path: Path, service: FakeService,
                                         monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(PLANTED_KEY + "\n"))
    assert main(["hosted", "login", "--provider", "openai", "--endpoint",
                 service.openai_url]) == 0
    assert secrets.get_secret(credentials.key_name("openai")) == PLANTED_KEY
    config = write_config(tmp_path, provider="openai")
    capsys.readouterr()

    assert main(["hosted", "prepare", str(config), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["ok"] and summary["endpoint"] == service.openai_url and summary["has_key"]
    assert (summary["train_examples"], summary["validation_examples"]) == (32, 8)
    assert summary["epochs"] == 2 and not summary["epochs_auto"]

    assert main(["hosted", "train", str(config)]) == 2  # no --yes: nothing leaves the machine
    shown = capsys.readouterr().err
    assert f"destination: OpenAI at {service.openai_url}" in shown
    assert "32 training examples" in shown and "nothing was uploaded" in shown
    assert service.requests == []

    monkeypatch.setenv("DESKTOP_FT_HOME", str(tmp_path / "home"))
    assert main(["hosted", "train", str(config), "--yes", "--poll", "0.02", "--json"]) == 0
    out = capsys.readouterr()
    result = json.loads(out.out)
    assert result["status"] == "finished" and result["steps"] == 6
    assert "step 6/6, loss" in out.err
    assert Path(result["run_dir"]).parent == tmp_path / "home" / "runs"
    assert PLANTED_KEY not in out.out + out.err
    assert files_containing(tmp_path / "home", PLANTED_KEY) == []


def test_problems_and_missing_endpoint_are_one_line_errors(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture) -> None:
    config = write_config(tmp_path, examples=5)
    assert main(["hosted", "prepare", str(config)]) == 2
    out = capsys.readouterr().out
    assert "error:" in out and "at least 10" in out
    assert "destination: Azure AI Foundry / Azure OpenAI at (not set" in out
    config = write_config(tmp_path)
    assert main(["hosted", "train", str(config), "--yes"]) == 2
    err = capsys.readouterr().err
    assert err.splitlines()[-1].startswith("desktop-ft: error: hosted.endpoint: no Azure AI "
                                           "Foundry / Azure OpenAI endpoint is set")
    assert "Traceback" not in err
    assert main(["hosted", "follow", str(tmp_path / "nowhere")]) == 2
    assert "not a run folder" in capsys.readouterr().err
