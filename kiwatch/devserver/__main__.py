"""`python -m kiwatch.devserver DIR`."""

from kiwatch.devserver import main

main()
