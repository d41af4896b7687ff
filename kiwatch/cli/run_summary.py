"""What `kiwatch crawl` prints: a progress line per page (stderr) and the run summary (stdout).

A monitor's report is read for what changed or failed. Up to `LIST_ALL_UP_TO` crawled centres
the summary lists every centre; above that only the centres with something to report (new
pages or versions, changes, failed pages, a blocked or failed profile, a baseline) and one
line counting the quiet rest — a nightly run over hundreds of municipalities does not scroll
hundreds of "0 0 0 ok" rows past the one that matters (and printing them cost more CPU than
a re-crawl of an unchanged page). `--all-centres` lists every one; the stored run summary
(`kiwatch status`, the runs table) always holds them all.

Loaded only after the crawl has started (rich's table is not needed before the first request).
"""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from kiwatch.cli.options import printable
from kiwatch.core.vocab import CentreRunStatus, FetchOutcome
from kiwatch.i18n import N_, failure_text, outcome_label, status_label, t
from kiwatch.records import CentreTally

LIST_ALL_UP_TO = 20  # crawled centres; a summary this short is read whole
# failure reasons the summary explains once (what happened to the stored data, what to do),
# naming the centres that had them
HINTS = {"timeout": N_("hint_timeout"), "truncated": N_("hint_truncated"), "too_large": N_("hint_too_large"),
         "redirect_error": N_("hint_redirect_error")}
FAILURES_PER_CENTRE = 5
PROGRESS_STYLES = {FetchOutcome.OK: "green", FetchOutcome.NOT_MODIFIED: "dim"}
COLUMNS = (N_("col_centre"), N_("col_pages"), N_("col_unchanged"), N_("col_new"), N_("col_reread"), N_("col_failed"),
           N_("col_changes"), N_("col_status"))


class ProgressPrinter:
    """One line per processed page on stderr (the outcome in the user's language)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.console = Console(stderr=True, highlight=False)

    def __call__(self, slug: str, url: str, outcome: FetchOutcome) -> None:
        style = PROGRESS_STYLES.get(outcome, "red")
        word = outcome_label(self.lang, outcome.value)
        self.console.print(f"[{style}]{word:14}[/] {slug:24} {escape(printable(url))}", markup=True, soft_wrap=True)


def is_quiet(tally: CentreTally) -> bool:
    """Nothing to report: every page fetched and unchanged, no change, no warning."""
    return (tally.status is CentreRunStatus.OK and not tally.baseline and not tally.failures
            and tally.changed == 0 and tally.failed == 0 and tally.changes == 0)


def print_summary(tallies: dict[str, CentreTally], lang: str, *, all_centres: bool = False) -> None:
    crawled = {slug: tally for slug, tally in sorted(tallies.items()) if tally.status is not CentreRunStatus.SKIPPED}
    list_all = all_centres or len(crawled) <= LIST_ALL_UP_TO
    shown = crawled if list_all else {slug: tally for slug, tally in crawled.items() if not is_quiet(tally)}
    quiet = [tally for slug, tally in crawled.items() if slug not in shown]
    console = Console(highlight=False)
    # pages read anew after an extractor upgrade are neither "new" nor "unchanged" in the
    # table: a column of their own, shown in a run that has any, and one line saying what it means
    reread = sum(tally.reread for tally in crawled.values())
    columns = [key for key in COLUMNS if key != "col_reread" or reread]
    if shown or not quiet:
        table = Table(title=t(lang, "crawl_summary"))
        for key in columns:
            table.add_column(t(lang, key), justify="left" if key in ("col_centre", "col_status") else "right")
        for slug, tally in shown.items():
            status = t(lang, "baseline") if tally.baseline else status_label(lang, tally.status)
            cells = {"col_centre": slug, "col_pages": str(tally.pages), "col_unchanged": str(tally.unchanged),
                     "col_new": str(tally.changed), "col_reread": str(tally.reread), "col_failed": str(tally.failed),
                     "col_changes": str(tally.changes), "col_status": status}
            table.add_row(*(cells[key] for key in columns))
        console.print(table)
    else:
        console.print(t(lang, "crawl_summary"), style="italic", markup=False)
    if reread:
        console.print(t(lang, "summary_reread", n=reread), markup=False, soft_wrap=True)
    if quiet:
        console.print(t(lang, "summary_quiet_rest", n=len(quiet), pages=sum(q.pages for q in quiet)), markup=False, soft_wrap=True)
    for slug, tally in shown.items():
        for failure in tally.failures[:FAILURES_PER_CENTRE]:
            console.print(printable(f"  {slug}: {failure_text(lang, failure)}"), style="yellow", markup=False, soft_wrap=True)
        if len(tally.failures) > FAILURES_PER_CENTRE:
            more = len(tally.failures) - FAILURES_PER_CENTRE
            console.print(f"  {slug}: " + t(lang, "more_failures", n=more), style="yellow", markup=False)
    for reason, key in HINTS.items():
        centres = [slug for slug, tally in shown.items() if reason in tally.reasons]
        if centres:
            console.print(printable(f"{t(lang, 'reason_' + reason)} ({', '.join(centres)}): {t(lang, key)}"),
                          markup=False, soft_wrap=True)


def warn(text: str, style: str = "yellow") -> None:
    """A line for the user on stderr (not part of the summary a script may read from stdout)."""
    Console(stderr=True, highlight=False).print(text, style=style, markup=False, soft_wrap=True)
