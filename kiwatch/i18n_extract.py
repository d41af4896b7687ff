"""Babel extractor for kiwatch's Python sources (see babel.cfg): finds the msgids of the
catalogue where Babel's own Python extractor cannot.

- catalogue look-ups whose key is not the first argument: t(lang, "key"), tr(lang, "key"),
  label(lang, "key", default); and Msg("key"), N_("text"), _("text");
- argparse texts, written in English and translated by msgid: the string constants passed as
  help=, description= or metavar= to any call (`add_argument`, `add_parser`, `ArgumentParser`).

Only string constants count: a computed key is listed with N_ in kiwatch/i18n.py.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from typing import IO, Any

# function name → index of the msgid argument
KEY_ARGUMENT = {"t": 1, "tr": 1, "label": 1, "Msg": 0, "N_": 0, "_": 0, "gettext": 0}
ARGPARSE_KEYWORDS = ("help", "description", "metavar")


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    return node.attr if isinstance(node, ast.Attribute) else ""


def messages(source: str) -> Iterator[tuple[int, str, str]]:
    """(line, function, msgid) for each message in a Python source text."""
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = _name(node.func)
        index = KEY_ARGUMENT.get(func)
        if index is not None and len(node.args) > index:
            arg = node.args[index]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                yield arg.lineno, func, arg.value
        for keyword in node.keywords:
            value = keyword.value
            if keyword.arg in ARGPARSE_KEYWORDS and isinstance(value, ast.Constant) and isinstance(value.value, str):
                yield value.lineno, keyword.arg, value.value


def extract(fileobj: IO[bytes], keywords: Any, comment_tags: Any,
            options: dict[str, Any]) -> Iterator[tuple[int, str, str, list[str]]]:
    """The entry point Babel calls (babel.cfg: `[kiwatch: kiwatch/**.py]`)."""
    source = fileobj.read().decode(options.get("encoding", "utf-8"))
    for lineno, _func, message in messages(source):
        yield lineno, "", message, []  # no funcname: the message is the msgid as it stands
