"""The default database lives in the user's data directory, whatever the working directory."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def kiwatch(*args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kiwatch", *args], cwd=cwd, env={**os.environ, **env},
                          capture_output=True, text=True, timeout=120)


def test_default_database_is_in_the_user_data_dir_and_shown_by_status(tmp_path):
    data_home, work = tmp_path / "data", tmp_path / "work"
    work.mkdir()
    env = {"XDG_DATA_HOME": str(data_home), "KIWATCH_LANG": "en"}
    subscribed = kiwatch("subscribe", "a@example.org", "--site", "duisburg", cwd=work, env=env)
    assert subscribed.returncode == 0, subscribed.stderr
    expected = data_home / "kiwatch" / "kiwatch.sqlite"
    assert expected.exists()
    assert list(work.iterdir()) == []  # nothing written where the command ran
    status = kiwatch("status", cwd=work, env=env)
    assert f"Database: sqlite:///{expected}" in status.stdout


def test_db_option_and_environment_override_the_default(tmp_path):
    env = {"XDG_DATA_HOME": str(tmp_path / "data"), "KIWATCH_DATABASE_URL": f"sqlite:///{tmp_path / 'env.sqlite'}"}
    assert kiwatch("subscribe", "a@example.org", cwd=tmp_path, env=env).returncode == 0
    assert (tmp_path / "env.sqlite").exists()
    assert kiwatch("subscribe", "b@example.org", "--db", f"sqlite:///{tmp_path / 'opt.sqlite'}",
                   cwd=tmp_path, env=env).returncode == 0
    assert (tmp_path / "opt.sqlite").exists()
    assert not (tmp_path / "data").exists()
