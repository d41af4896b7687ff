"""`kiwatch completion [bash|zsh|fish]`: the shell completion script (argcomplete)."""

from __future__ import annotations

import argparse

from argcomplete.shell_integration import shellcode

from kiwatch.cli.options import SubParsers
from kiwatch.core.vocab import ExitCode
from kiwatch.settings import Settings

SHELLS = ("bash", "zsh", "fish")


def register(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("completion", parents=[common], help="print the shell completion script (bash, zsh, fish)")
    p.add_argument("shell", nargs="?", choices=SHELLS, default="bash", help="the shell (default: bash)")
    p.set_defaults(func=cmd_completion)


def cmd_completion(args: argparse.Namespace, settings: Settings) -> int:
    print(shellcode(["kiwatch"], shell=args.shell))
    return ExitCode.OK
