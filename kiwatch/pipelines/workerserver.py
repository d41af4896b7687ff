"""Imported only by the extraction workers' fork server (crawlers/sink.py names it as the
server's preload): loads the extractor there once. Each worker is then forked from a process
that has it, instead of starting an interpreter and importing the extractor itself (0.3 s of
CPU per worker, mostly compiling the rules' patterns)."""

from kiwatch.pipelines.worker import preload_extractor

preload_extractor()
