"""Downloader middlewares, one per module, each built once in `from_crawler` from its own
settings (one prefix per component, the enabling flag first) and switched off with
`NotConfigured`. A component that decides the fate of a request raises `Verdict`
(kiwatch.crawlers.verdict), which reaches the request's errback.

Priorities (process_request runs low → high, process_response high → low):

    40  urlpolicy.UrlPolicyMiddleware          before robots.txt: a refused host is never contacted
    100 robots.RobotsPolicyMiddleware          replaces Scrapy's RobotsTxtMiddleware (RFC 9309 errors)
    560 retryafter.RetryAfterMiddleware        sees 429/503 before RetryMiddleware (550) retries
    580 metarefresh.MetaRefreshMiddleware      Scrapy's, without decoding pages that have no refresh tag
    610 redirectguard.RedirectGuardMiddleware  sees 3xx before RedirectMiddleware (600) follows it

Settings: KIWATCH_URLPOLICY_ENABLED / _ALLOW_PRIVATE_HOSTS / _PRIVATE_NETWORKS (also read by
kiwatch.crawlers.resolver, which enforces the same policy at connection time),
KIWATCH_RETRY_AFTER_ENABLED / _CAP; the redirect guard follows Scrapy's REDIRECT_ENABLED and
the robots policy ROBOTSTXT_OBEY.
"""
