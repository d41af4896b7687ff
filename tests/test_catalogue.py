"""The message catalogues (kiwatch/locale/{de,en}/LC_MESSAGES/kiwatch.po): every message the
code or a template uses is in both, none is unused, placeholders agree between the languages,
and a checkout without compiled .mo files works (they are compiled on first use)."""

from __future__ import annotations

import os
import re
import shutil
import string
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from kiwatch import i18n

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("de", "en")


def catalogue(lang: str) -> dict[str, str]:
    with (ROOT / "kiwatch" / "locale" / lang / "LC_MESSAGES" / "kiwatch.po").open("rb") as handle:
        return {m.id: m.string for m in read_po(handle, locale=lang) if m.id}


def used_messages() -> dict[str, str]:
    """msgid → where it is used, found by Babel with the project's babel.cfg (what `make messages` extracts)."""
    with (ROOT / "babel.cfg").open() as handle:
        method_map, options_map = parse_mapping_cfg(handle)
    found: dict[str, str] = {}
    for filename, lineno, message, _comments, _context in extract_from_dir(str(ROOT), method_map, options_map):
        msgid = message if isinstance(message, str) else message[0]
        found.setdefault(msgid, f"{filename}:{lineno}")
    return found


def test_extraction_finds_code_templates_and_computed_keys():
    used = used_messages()
    assert used["err_date"].startswith("kiwatch/")  # Msg("err_date", ...) in Python
    assert used["nav_directory"].startswith("kiwatch/web/templates/")  # {{ _("nav_directory") }}
    assert used["nf_detected"].startswith("kiwatch/notify/templates/")
    assert "only this centre (repeatable)" in used  # help= of add_argument
    assert "outcome_not_modified" in used and "usage: " in used  # N_ in kiwatch/i18n.py


@pytest.mark.parametrize("lang", LANGS)
def test_every_used_message_is_translated_and_every_entry_used(lang):
    used, entries = used_messages(), catalogue(lang)
    missing = sorted(f"{msgid!r} ({where})" for msgid, where in used.items() if not entries.get(msgid))
    unused = sorted(set(entries) - set(used))
    assert missing == [] and unused == []


def fields(text: str) -> set[str]:
    """The placeholders of a message: {name} (str.format) and %(name)s / %s (argparse's words)."""
    braces = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    percent = set(re.findall(r"%(?:\((\w+)\))?[rsd]", text))
    return braces | {f"%{p}" for p in percent}


def test_placeholders_agree_between_the_languages():
    de, en = catalogue("de"), catalogue("en")
    assert set(de) == set(en)
    differ = [msgid for msgid in de if fields(de[msgid]) != fields(en[msgid])]
    # where the English text is the msgid, the translation keeps the msgid's placeholders too
    differ += [msgid for msgid in de if " " in msgid and fields(msgid) != fields(de[msgid])]
    assert differ == []


def test_both_languages_say_it_differently():
    """A German catalogue that is a copy of the English one would pass the tests above."""
    de, en = catalogue("de"), catalogue("en")
    same = [k for k in de if de[k] == en[k]]
    assert len(same) < len(de) * 0.15, same  # some words are the same in both ("Status", "ok", "URL")


def test_unknown_key_fails_loudly_and_help_texts_fall_back():
    with pytest.raises(KeyError):
        i18n.t("de", "no_such_message")
    assert i18n.help_text("de", "a help text nobody translated") == "a help text nobody translated"
    assert i18n.t("de", "err_limit") == "--limit muss mindestens 1 sein"
    assert i18n.t("en", "err_limit") == "--limit must be at least 1"


@pytest.fixture
def fresh_locale(tmp_path, monkeypatch):
    """A copy of the catalogues as a fresh clone has them: .po files only."""
    target = tmp_path / "locale"
    shutil.copytree(ROOT / "kiwatch" / "locale", target, ignore=shutil.ignore_patterns("*.mo", "*.pot"))
    monkeypatch.setattr(i18n, "LOCALE_DIR", target)
    i18n.translations.cache_clear()
    yield target
    i18n.translations.cache_clear()


def test_a_fresh_clone_compiles_the_catalogue_on_first_use(fresh_locale):
    mo = fresh_locale / "de" / "LC_MESSAGES" / "kiwatch.mo"
    assert not mo.exists()
    assert i18n.t("de", "no_changes") == "Keine Änderungen."
    assert mo.exists()  # the next process reads the compiled file


def test_an_edited_po_file_wins_over_an_older_mo(fresh_locale):
    po = fresh_locale / "en" / "LC_MESSAGES" / "kiwatch.po"
    assert i18n.t("en", "no_changes") == "No changes."
    po.write_text(po.read_text(encoding="utf-8").replace('msgstr "No changes."', 'msgstr "Nothing changed."'), encoding="utf-8")
    mo = po.with_suffix(".mo")
    os.utime(mo, ns=(mo.stat().st_mtime_ns - 10**9,) * 2)
    i18n.translations.cache_clear()
    assert i18n.t("en", "no_changes") == "Nothing changed."


def test_a_catalogue_that_cannot_be_written_is_compiled_in_memory(fresh_locale):
    """A read-only install (root ignores permissions, so: a .mo path that cannot be replaced)."""
    folder = fresh_locale / "de" / "LC_MESSAGES"
    blocker = folder / "kiwatch.mo"
    blocker.mkdir()
    (blocker / "keep").touch()
    os.utime(blocker, ns=(0, 0))  # older than the .po: compile
    assert i18n.t("de", "no_changes") == "Keine Änderungen."
    assert sorted(p.name for p in folder.iterdir()) == ["kiwatch.mo", "kiwatch.po"]  # no temporary file left


def test_a_compiled_catalogue_is_read_without_babel():
    """Start-up (issue 11): with fresh .mo files, stdlib gettext reads them; Babel is not imported."""
    import subprocess
    import sys

    i18n.translations("de"), i18n.translations("en")  # compiles them here if this checkout has none yet
    code = "import sys; from kiwatch import i18n; print(i18n.t('de', 'error'), i18n.t('en', 'error'), 'babel' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60).stdout.split()
    assert out == ["Fehler", "Error", "False"]
