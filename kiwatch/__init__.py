"""kiwatch: change monitor for the Kommunale Integrationszentren of North Rhine-Westphalia."""

__version__ = "0.1.0"
