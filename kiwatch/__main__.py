from kiwatch.cli import main

raise SystemExit(main())
