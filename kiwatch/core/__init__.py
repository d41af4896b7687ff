"""Core layer: the closed vocabulary (`vocab`), the error family (`errors`); records, settings
and the registry sit beside it at the package top (kiwatch.records, kiwatch.settings,
kiwatch.registry). Nothing here imports another kiwatch layer."""
