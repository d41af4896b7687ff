"""The schedule (application layer): cron arithmetic, configuration, the run journal, the crawl
and digest jobs, and the daemon that wires them to APScheduler. kiwatch.scheduler is the entry."""
