"""What users read, in German (default) and English, from the gettext catalogues in
kiwatch/locale/{de,en}/LC_MESSAGES/kiwatch.po (managed with Babel, see babel.cfg).

Two kinds of msgid: a stable key ("col_centre", "err_date") for messages the code composes,
with the text in both catalogues; and the English text itself for argparse help texts and
argparse's own words, which the German catalogue translates. Messages take str.format
placeholders ({n}, {path!r}). An unknown key raises KeyError instead of showing a key to users.

The .po files are compiled to .mo (stdlib gettext reads those, about a millisecond per
language). `make install` compiles them; a checkout where a .mo is missing or older than its
.po compiles it on first use with Babel, so a fresh clone never needs a manual step.
"""

from __future__ import annotations

import argparse
import gettext
import io
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

from kiwatch.records import ChangeKind, Severity

LOCALE_DIR = Path(__file__).with_name("locale")
DOMAIN = "kiwatch"
LANGUAGES = ("de", "en")


def N_(message: str) -> str:
    """Marks a msgid for extraction where the lookup happens elsewhere (a computed key)."""
    return message


# Messages looked up by a computed key ("outcome_" + outcome, ...): listed so that
# `pybabel extract` keeps them in the template and the catalogue test knows them used.
COMPUTED_KEYS = (
    N_("outcome_ok"), N_("outcome_not_modified"), N_("outcome_gone"), N_("outcome_moved"), N_("outcome_failed"),
    N_("outcome_blocked"),
    N_("reason_connection_refused"), N_("reason_dns"), N_("reason_timeout"), N_("reason_http_error"),
    N_("reason_too_large"), N_("reason_truncated"), N_("reason_tls_error"), N_("reason_redirect_error"),
    N_("reason_unsupported_content"), N_("reason_empty_content"), N_("reason_soft_error"), N_("reason_pdf_error"),
    N_("reason_robots"), N_("reason_private_host"), N_("reason_extraction_error"), N_("reason_extraction_failed"),
    N_("reason_gone"), N_("reason_moved"), N_("reason_other"),
    N_("cause_private_host"), N_("cause_dns"), N_("cause_robots"), N_("cause_tls_error"),
    N_("run_ok"), N_("run_failed"), N_("run_running"), N_("run_interrupted"),
    N_("status_skipped"), N_("status_error"), N_("status_running"), N_("status_failed"), N_("status_ok"),
    N_("status_failing"), N_("status_blocked"), N_("status_new"), N_("status_partial"),
    N_("status_extraction_failed"), N_("status_stale"), N_("status_timeout"), N_("status_killed"),
    N_("status_interrupted"),
    N_("kind_address"), N_("kind_head"), N_("kind_parent_unit"), N_("kind_reorganisation"), N_("kind_contact"),
    N_("kind_people"), N_("kind_programmes"), N_("kind_page_added"), N_("kind_page_removed"), N_("kind_content"),
    N_("severity_high"), N_("severity_medium"), N_("severity_low"),
    N_("nf_subj_address"), N_("nf_subj_head"), N_("nf_subj_parent_unit"), N_("nf_subj_reorganisation"),
    N_("nf_subj_contact"), N_("nf_subj_people"), N_("nf_subj_programmes"), N_("nf_subj_page_added"),
    N_("nf_subj_page_removed"), N_("nf_subj_content"), N_("nf_frequency_daily"), N_("nf_frequency_weekly"),
    N_("what_centre"), N_("what_centres"), N_("what_Regierungsbezirk"), N_("what_change_kind"),
    N_("field_address"), N_("field_phone"), N_("field_email"), N_("field_head"), N_("field_parent_unit"),
    N_("field_people"), N_("field_programmes"), N_("field_fields_of_action"), N_("field_reorganisation"),
    N_("cov_found"), N_("cov_missing"), N_("reviewed_confirm"), N_("reviewed_dismiss"),
    N_("cmd_crawl"), N_("cmd_changes"), N_("cmd_centres"), N_("cmd_status"), N_("cmd_extract"), N_("cmd_demo"),
    N_("cmd_run"), N_("cmd_subscribe"), N_("cmd_subscriptions"), N_("cmd_unsubscribe"), N_("cmd_digest"),
    N_("cmd_feed"), N_("cmd_coverage"), N_("cmd_history"), N_("cmd_serve"), N_("cmd_user"), N_("cmd_completion"),
    N_("cmd_confirm"), N_("cmd_keep"), N_("cmd_confirm_example"), N_("cmd_keep_example"),
    N_("cmd_crawl_example"), N_("cmd_changes_example"), N_("cmd_centres_example"), N_("cmd_status_example"),
    N_("cmd_extract_example"), N_("cmd_demo_example"), N_("cmd_run_example"), N_("cmd_subscribe_example"),
    N_("cmd_subscriptions_example"), N_("cmd_unsubscribe_example"), N_("cmd_digest_example"),
    N_("cmd_feed_example"), N_("cmd_coverage_example"), N_("cmd_history_example"), N_("cmd_serve_example"),
    N_("cmd_user_example"), N_("cmd_completion_example"),
)

# argparse's own words: it asks gettext for them, and we answer from the catalogue.
ARGPARSE_WORDS = (
    N_("usage: "), N_("positional arguments"), N_("options"), N_("show this help message and exit"),
    N_("show program's version number and exit"), N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"), N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("argument %(argument_name)s: %(message)s"), N_("%(prog)s: error: %(message)s\n"),
    N_("expected one argument"), N_("expected at most one argument"), N_("expected at least one argument"),
    N_("invalid %(type)s value: %(value)r"), N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("not allowed with argument %s"), N_("one of the arguments %s is required"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"), N_("ignored explicit argument %r"),
)


class _Missing(gettext.NullTranslations):
    """The last fallback: a msgid in no catalogue is a bug, reported as such."""

    def gettext(self, message: str) -> str:
        raise KeyError(message)


def catalogue_path(lang: str, suffix: str = ".po") -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}{suffix}"


@cache
def translations(lang: str) -> gettext.GNUTranslations:
    """The compiled catalogue of `lang`, read once per process."""
    if lang not in LANGUAGES:
        raise KeyError(f"no catalogue for language {lang!r}")
    po, mo = catalogue_path(lang), catalogue_path(lang, ".mo")
    try:
        fresh = not po.exists() or mo.stat().st_mtime_ns >= po.stat().st_mtime_ns
    except FileNotFoundError:
        fresh = False
    data = mo.read_bytes() if fresh else compile_catalogue(po, mo)
    trans = gettext.GNUTranslations(io.BytesIO(data))
    trans.add_fallback(_Missing())
    return trans


def compile_catalogue(po: Path, mo: Path | None = None) -> bytes:
    """The .mo bytes of a .po file (Babel, only needed when no fresh .mo exists); written to
    `mo` atomically when the directory is writable, so the next process reads it directly."""
    from babel.messages.mofile import write_mo  # the slow import only on this path
    from babel.messages.pofile import read_po

    with po.open("rb") as handle:
        catalog = read_po(handle, locale=po.parent.parent.name, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    data = buffer.getvalue()
    if mo is not None:
        tmp = None
        try:
            fd, tmp = tempfile.mkstemp(dir=mo.parent, prefix=".kiwatch-", suffix=".mo")
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.replace(tmp, mo)
        except OSError:  # a read-only install: compile in memory each run instead
            if tmp is not None and os.path.exists(tmp):
                os.unlink(tmp)
    return data


def t(lang: str, key: str, **kwargs: object) -> str:
    """The message `key` in `lang`, its {placeholders} filled."""
    return translations(lang).gettext(key).format(**kwargs)


tr = t  # the dashboard's name for it


def has(lang: str, key: str) -> bool:
    try:
        translations(lang).gettext(key)
    except KeyError:
        return False
    return True


def label(lang: str, key: str, default: str) -> str:
    """The message `key`, or `default` for a value the catalogue does not know (yet)."""
    return t(lang, key) if has(lang, key) else default


def cause_text(reason: str, lang: str) -> str:
    """What it means when every page of every centre failed, by the reason most pages failed
    for: the real cause and what to do, instead of blaming the network for everything."""
    text = label(lang, f"cause_{reason}", t(lang, "cause_network"))
    return f"{text} ({reason})" if reason else text


def kind_label(lang: str, kind: str) -> str:
    return t(lang, f"kind_{ChangeKind(kind).value}")


def severity_label(lang: str, severity: int) -> str:
    return t(lang, f"severity_{Severity(severity).name.lower()}")


def status_label(lang: str, status: str) -> str:
    return label(lang, f"status_{status}", status)


def outcome_label(lang: str, outcome: str) -> str:
    """A crawl's progress word ("nicht gefunden" for gone)."""
    return label(lang, f"outcome_{outcome}", outcome)


def coverage_label(lang: str, entry: dict[str, Any], show_date: Callable[[str], str] = lambda iso: iso[:10]) -> str:
    """found / missing / not confirmed since <date> for one coverage cell (`show_date` formats
    the stored time for the reader: local, German or ISO)."""
    if entry["status"] == "stale":
        return t(lang, "cov_stale", date=show_date(entry["last_seen"])) if entry["last_seen"] else t(lang, "cov_stale_never")
    return t(lang, f"cov_{entry['status']}")


def failure_text(lang: str, failure: str) -> str:
    """A crawl failure as stored ("URL: token (detail)") with its token in words."""
    first = failure.split(":", 1)[0]
    if has(lang, f"reason_{first}"):  # "extraction_failed: …": the label says it all
        return t(lang, f"reason_{first}")
    # "URL: token (detail)": the first ": " ends the URL (a URL escapes its spaces); the
    # detail may hold more of them ("DownloadTimeoutError: Getting …")
    head, sep, rest = failure.partition(": ")
    if not sep:
        head, rest = "", failure
    token, _, detail = rest.partition(" ")
    key = f"reason_{token.rstrip(':')}"
    if not has(lang, key):
        return failure
    return f"{head}{sep}{t(lang, key)}{' ' + detail if detail else ''}"


# --- the command line: help texts, argparse's own words ----------------------------------
# Help texts are written in English in the command modules (the msgid, as with gettext; the
# extractor in kiwatch/i18n_extract.py finds them in help=/description=/metavar=). A help text
# may name {kinds}, filled with the change kinds. One missing from the catalogue shows in
# English, and tests/test_catalogue.py lists it.
KINDS = ", ".join(k.value for k in ChangeKind)


def help_text(lang: str, text: str | None) -> str | None:
    """A help text of the command line in `lang` (the English text is the msgid)."""
    if text is None or text == argparse.SUPPRESS:
        return text
    try:
        translated = translations(lang).gettext(text)
    except KeyError:
        translated = text
    return translated.replace("{kinds}", KINDS)


@contextmanager
def argparse_language(lang: str) -> Iterator[None]:
    """argparse asks gettext for its own words ("usage:", "options", its error messages);
    while building and running the parser, answer in `lang`."""
    if lang == "en":
        yield
        return

    def gettext_(text: str) -> str:
        return help_text(lang, text) or text

    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._ = gettext_  # type: ignore[attr-defined]
    argparse.ngettext = lambda one, many, n: gettext_(one if n == 1 else many)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


class ExampleHelpFormatter(argparse.HelpFormatter):
    """Descriptions wrapped to the terminal; example lines (indented) kept as written."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        lines = []
        for line in text.split("\n"):
            keep = not line or line.startswith("  ")
            lines.append(indent + line if keep else super()._fill_text(line, width, indent))
        return "\n".join(lines)


def command_doc(lang: str, command: str) -> tuple[str, str] | None:
    """A command's description and example (`kiwatch COMMAND --help`, the overview)."""
    if not has(lang, f"cmd_{command}"):
        return None
    return t(lang, f"cmd_{command}"), t(lang, f"cmd_{command}_example")


def localise_parser(parser: argparse.ArgumentParser, lang: str) -> None:
    """Translate a built parser's texts, sub-commands included, and give each command its
    description and example from the catalogue."""
    parser.description = help_text(lang, parser.description)
    for action in parser._actions:
        action.help = help_text(lang, action.help)
        if isinstance(action.metavar, str):
            action.metavar = help_text(lang, action.metavar)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                choice.help = help_text(lang, choice.help)
            for name, sub in action.choices.items():
                doc = command_doc(lang, name)
                if doc:
                    sub.description = doc[0]
                    sub.epilog = f"{t(lang, 'example')}:\n  {doc[1]}"
                    sub.formatter_class = ExampleHelpFormatter
                localise_parser(sub, lang)


# --- errors that travel inside exceptions ---------------------------------------------------
class Msg(str):
    """A message from the catalogue that travels inside an exception: str() is the English
    text (logs, tests, callers that know no language); the command line shows it in the
    user's language with `localise`."""

    key: str
    params: dict[str, object]

    def __new__(cls, key: str, /, **params: object) -> Msg:
        obj = super().__new__(cls, _format("en", key, params))
        obj.key, obj.params = key, params
        return obj

    def in_lang(self, lang: str) -> str:
        return _format(lang, self.key, self.params)


def _format(lang: str, key: str, params: dict[str, object]) -> str:
    """A catalogue message with its parameters; a parameter that is itself a Msg (or a list
    of them) is rendered in the same language."""
    def render(value: object) -> object:
        if isinstance(value, Msg):
            return value.in_lang(lang)
        if isinstance(value, (list, tuple)):
            return ", ".join(str(render(v)) for v in value)
        return value

    return translations(lang).gettext(key).format(**{name: render(value) for name, value in params.items()})


def localisable(exc: BaseException) -> object:
    """What an exception says, kept as a Msg when it is one (to nest it in another Msg)."""
    return exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], Msg) else str(exc)


def localise(message: object, lang: str) -> str:
    """An error's message in `lang` when it comes from the catalogue, else as written."""
    if isinstance(message, BaseException):
        message = message.args[0] if len(message.args) == 1 else str(message)
    return message.in_lang(lang) if isinstance(message, Msg) else str(message)
