"""What users read, in German (default) and English. One table; look-ups never fail silently."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from kiwatch.records import ChangeKind, Severity

KIND_LABELS = {
    "de": {
        ChangeKind.ADDRESS: "Adresse",
        ChangeKind.HEAD: "Leitung",
        ChangeKind.PARENT_UNIT: "Organisatorische Zuordnung",
        ChangeKind.REORGANISATION: "Neuorganisation",
        ChangeKind.CONTACT: "Kontakt",
        ChangeKind.PEOPLE: "Personen",
        ChangeKind.PROGRAMMES: "Handlungsfelder/Programme",
        ChangeKind.PAGE_ADDED: "Neue Seite",
        ChangeKind.PAGE_REMOVED: "Seite entfernt",
        ChangeKind.CONTENT: "Text geändert",
    },
    "en": {
        ChangeKind.ADDRESS: "Address",
        ChangeKind.HEAD: "Head",
        ChangeKind.PARENT_UNIT: "Parent unit",
        ChangeKind.REORGANISATION: "Reorganisation",
        ChangeKind.CONTACT: "Contact",
        ChangeKind.PEOPLE: "People",
        ChangeKind.PROGRAMMES: "Fields of action/programmes",
        ChangeKind.PAGE_ADDED: "Page added",
        ChangeKind.PAGE_REMOVED: "Page removed",
        ChangeKind.CONTENT: "Text edited",
    },
}

SEVERITY_LABELS = {
    "de": {Severity.HIGH: "hoch", Severity.MEDIUM: "mittel", Severity.LOW: "niedrig"},
    "en": {Severity.HIGH: "high", Severity.MEDIUM: "medium", Severity.LOW: "low"},
}

MESSAGES = {
    "de": {
        "error": "Fehler",
        "example": "Beispiel",
        "no_changes": "Keine Änderungen.",
        "changes_header": "{n} Änderung(en)",
        "centres_header": "{n} Zentren",
        "crawl_summary": "Zusammenfassung des Laufs",
        "col_centre": "Zentrum",
        "col_pages": "Seiten",
        "col_unchanged": "gleich",
        "col_new": "neu",
        "col_failed": "Fehler",
        "col_changes": "Änd.",
        "col_status": "Status",
        "col_kind": "Art",
        "col_severity": "Gewicht",
        "col_old": "alt",
        "col_new_value": "neu",
        "col_date": "erkannt",
        "col_address": "Adresse",
        "col_phone": "Telefon",
        "col_email": "E-Mail",
        "col_head": "Leitung",
        "col_parent": "Zuordnung",
        "col_verified": "geprüft",
        "col_last_change": "letzte Änderung",
        "outcome_ok": "ok",
        "outcome_not_modified": "unverändert",
        "outcome_gone": "nicht gefunden",
        "outcome_moved": "umgezogen",
        "outcome_failed": "fehlgeschlagen",
        "outcome_blocked": "gesperrt",
        "reason_connection_refused": "Verbindung abgelehnt",
        "reason_dns": "Name nicht auflösbar (DNS)",
        "reason_timeout": "Zeitüberschreitung",
        "reason_http_error": "Serverfehler",
        "reason_too_large": "zu groß",
        "reason_truncated": "unvollständig übertragen",
        "reason_tls_error": "TLS-/Zertifikatsfehler",
        "reason_redirect_error": "Weiterleitungsfehler",
        "reason_unsupported_content": "weder HTML noch PDF",
        "reason_empty_content": "leer",
        "reason_soft_error": "Fehlerseite",
        "reason_pdf_error": "PDF nicht lesbar",
        "reason_robots": "durch robots.txt gesperrt",
        "reason_private_host": "private Adresse",
        "reason_extraction_error": "Auswertung fehlgeschlagen",
        "reason_extraction_failed": "keine Kontaktdaten mehr gefunden; bisheriger Stand bleibt, Seitenvorlage prüfen",
        "reason_gone": "nicht gefunden",
        "reason_moved": "umgezogen",
        "reason_other": "anderer Fehler",
        "more_failures": "… {n} weitere",
        "all_failed": "Alle Zentren sind fehlgeschlagen – Netzwerk oder Proxy prüfen.",
        "st_database": "Datenbank",
        "st_no_run": "Noch kein Lauf.",
        "st_last_run": "Letzter Lauf",
        "st_all_failed": "Alle Zentren fehlgeschlagen: Netzwerk prüfen.",
        "st_stale": "veraltet, zuletzt erfolgreich {when}",
        "st_never": "nie",
        "st_healthy": "Alle Zentren in Ordnung.",
        "st_centres": "{n} beobachtete Zentren",
        "run_ok": "ok",
        "run_failed": "fehlgeschlagen",
        "run_running": "läuft",
        "run_interrupted": "unterbrochen",
        "all_failed_cause": "Alle Zentren sind fehlgeschlagen: {cause}",
        "st_all_failed_cause": "Alle Zentren fehlgeschlagen: {cause}",
        "st_run_interrupted": "Lauf unterbrochen: {cause}",
        "st_extraction_failed": "Kontaktdaten nicht mehr gefunden (Seitenvorlage geändert?), bisheriger Stand bleibt "
                                "('kiwatch confirm' oder 'kiwatch keep')",
        "st_profile_error": "Steckbrief konnte im letzten Lauf nicht aktualisiert werden, Änderungen nicht erkannt (Protokoll prüfen)",
        "st_digest": "Digest an {email} ({period}): {status} – {error}",
        "crawl_interrupted": "Abgebrochen: der Lauf ist als unterbrochen vermerkt; der nächste Lauf setzt fort.",
        "cause_private_host": "jede Seite wurde als private Adresse abgewiesen – für lokale Testseiten --allow-private-hosts, für Intranet-Netze die Einstellung private_networks",
        "cause_dns": "kein Hostname ließ sich auflösen – DNS oder Netzwerk prüfen",
        "cause_robots": "robots.txt sperrt jede Seite",
        "cause_tls_error": "jedes TLS-Zertifikat wurde abgelehnt – Systemzeit und CA-Zertifikate prüfen",
        "cause_network": "Netzwerk oder Proxy prüfen",
        "columns_left_out": "Weitere Spalten ({columns}) bei breiterem Fenster oder mit --format csv / xlsx.",
        "col_rb_short": "Reg.-Bezirk",
        "overview_commands": "Befehle",
        "overview_examples": "Beispiele",
        "overview_more": "Hilfe zu einem Befehl: kiwatch BEFEHL --help · auf Englisch: --lang en",
        "version": "kiwatch {version}",
        "err_unknown_values": "{what} unbekannt: {named}; gültig: {valid}",
        "err_value": "{value}",
        "err_value_close": "{value} (gemeint ist wohl {close})",
        "what_centre": "Zentrum",
        "what_centres": "Zentren",
        "what_Regierungsbezirk": "Regierungsbezirk",
        "what_change_kind": "Art von Änderung",
        "err_unknown_centres": "unbekannte(s) Zentrum/Zentren: {slugs} (die Kürzel zeigt 'kiwatch centres')",
        "err_unknown_district": "unbekannter Regierungsbezirk {name!r} (bekannt: {known})",
        "err_unknown_kind": "unbekannte Art von Änderung {kind!r} (bekannt: {known})",
        "err_invalid_email": "{address!r} ist keine gültige E-Mail-Adresse",
        "err_date": "{option} {text!r}: erwartet wird ein Datum wie 2024-01-31 oder 31.01.2024",
        "err_date_range": "{option} {text!r}: das Jahr muss zwischen 2 und 9998 liegen",
        "err_xlsx_output": "--format xlsx braucht --output DATEI.xlsx",
        "err_dry_run_only": "{option} geht nur zusammen mit --dry-run",
        "err_no_subscriber": "{email}: kein Abonnement mit dieser Adresse (siehe 'kiwatch subscriptions')",
        "err_wrong_frequency": "{email}: kein Abonnement '{frequency}', nur {have}; --frequency {first} verwenden",
        "err_no_database": "Datenbank {path} gibt es nicht; zuerst 'kiwatch crawl' ausführen oder --db prüfen",
        "err_nothing_held": "{name} ({slug}): keine Angaben zurückgehalten – nichts zu bestätigen oder zu behalten "
                            "(siehe 'kiwatch status')",
        "res_confirmed": "{name}: Wegfall bestätigt von {by}; {n} Änderung(en) erfasst.",
        "res_kept": "{name}: als Fehlalarm verworfen von {by}; die bisherigen Angaben bleiben.",
        "err_settings_missing": "{path}: Einstellungsdatei nicht gefunden",
        "err_registry_missing": "{path}: Verzeichnisdatei nicht gefunden",
        "where_entry": "{path}: Eintrag {index}",
        "where_entry_slug": "{path}: Eintrag {index} ({slug})",
        "err_at": "{where}: {problem}",
        "err_not_toml": "{path}: kein gültiges TOML: {detail}",
        "err_reg_no_entries": "{path}: keine [[centre]]-Einträge gefunden",
        "err_reg_slug_twice": "{where}: das Kürzel kommt zweimal vor",
        "err_reg_not_table": "{where}: erwartet wird eine [[centre]]-Tabelle",
        "err_reg_unknown_keys": "{where}: unbekannte(r) Schlüssel {keys}; bekannt sind: {known}",
        "err_reg_missing": "{where}: '{key}' fehlt oder ist leer",
        "err_reg_slug": "{where}: das Kürzel {slug!r} darf nur Kleinbuchstaben, Ziffern und '-' enthalten",
        "err_reg_not_string": "{where}: '{key}' muss ein Text sein",
        "err_reg_start_url": "{where}: Start-URL {url!r}: {problem}",
        "err_reg_allow": "{where}: das Präfix {prefix!r} in allow muss mit '/' beginnen",
        "err_reg_bool": "{where}: {key!r} muss true oder false sein",
        "err_reg_list": "{where}: '{key}' muss eine Liste nicht leerer Texte sein",
        "err_setting_unknown": "{path}: unbekannte Einstellung {key!r} (bekannt: {known})",
        "err_setting_choice": "Einstellung '{name}' muss {choices} sein, nicht {value!r}",
        "err_limit": "--limit muss mindestens 1 sein",
        "err_read_file": "{path}: Datei nicht lesbar ({reason})",
        "db_created": "neue Datenbank {path} angelegt",
        "err_internal": "interner Fehler (ein Programmfehler): bitte mit der Meldung oben melden",
        "col_name": "Zentrum",
        "col_municipality": "Kommune",
        "col_regierungsbezirk": "Regierungsbezirk",
        "col_homepage": "Startseite",
        "col_slug": "Kürzel",
        "col_summary": "Änderung",
        "col_page": "Seite",
        "col_evidence": "Fundstelle",
        "col_kind_code": "Art (Code)",
        "sheet_directory": "Zentren",
        "sheet_changes": "Änderungen",
        "sum_removed": "entfernt",
        "sum_added": "hinzugefügt",
        "relaunch": "Seite neu gestaltet (Relaunch)",
        "status_skipped": "übersprungen",
        "status_error": "Fehler",
        "status_running": "läuft",
        "status_failed": "fehlgeschlagen",
        "skipped_no_url": "{name}: keine Start-URL bekannt, übersprungen",
        "baseline": "Ausgangsstand erfasst",
        "status_ok": "ok",
        "status_failing": "gestört",
        "status_blocked": "durch robots.txt gesperrt",
        "status_new": "neu",
        "status_partial": "teilweise",
        "status_extraction_failed": "Extraktion fehlgeschlagen",
        "demo_step": "Demo: {step}",
        "demo_crawl": "Crawle Stand {state} von {url}",
        "demo_changes": "Erkannte Änderungen",
        "demo_directory": "Verzeichnis der Zentren",
        "demo_noise": "Nur Rauschen (Kalender, Zähler, Schreibweisen): {n} Änderung(en)",
        # --- delivery: subscriptions, digests, feed, scheduler (issue #3) ---
        "nf_all_centres": "alle Zentren",
        "nf_min_severity": "ab Gewicht {severity}",
        "nf_subject_empty": "kiwatch: keine neuen Änderungen",
        "nf_subject_more_one": "1 weitere Änderung",
        "nf_subject_more": "{n} weitere Änderungen",
        "nf_subj_address": "neue Adresse",
        "nf_subj_head": "neue Leitung",
        "nf_subj_parent_unit": "neue Zuordnung",
        "nf_subj_reorganisation": "Neuorganisation",
        "nf_subj_contact": "neue Kontaktdaten",
        "nf_subj_people": "Personen geändert",
        "nf_subj_programmes": "Programme geändert",
        "nf_subj_page_added": "neue Seite",
        "nf_subj_page_removed": "Seite entfernt",
        "nf_subj_content": "Text geändert",
        "nf_frequency_daily": "täglich",
        "nf_frequency_weekly": "wöchentlich",
        "nf_title": "Änderungen bei den Kommunalen Integrationszentren",
        "nf_intro": "{n} neue Änderung(en) seit Ihrer letzten Zusammenfassung.",
        "nf_none": "Seit Ihrer letzten Zusammenfassung wurden keine Änderungen erkannt.",
        "nf_old": "bisher",
        "nf_new": "neu",
        "nf_page": "Seite",
        "nf_added": "neu",
        "nf_removed": "entfernt",
        "nf_relaunch": "Die Seite wurde neu gestaltet (Relaunch); ein Wortvergleich ist nicht sinnvoll. Sie beginnt jetzt so",
        "nf_read_page": "ganze Seite lesen",
        "nf_detected": "erkannt",
        "nf_evidence": "Fundstelle",
        "nf_diff": "Textänderung (gestrichen = entfernt, hervorgehoben = neu)",
        "nf_severity": "Gewicht",
        "nf_omitted": "{n} weitere Änderung(en) sind aus Platzgründen nicht aufgeführt.",
        "nf_web_view": "Alle Änderungen im Web",
        "nf_footer": "Sie erhalten diese Zusammenfassung ({frequency}) von kiwatch an {email}. Auswahl: {filters}.",
        "nf_unsubscribe": "Abbestellen: kiwatch unsubscribe {email}",
        "nf_unsubscribe_link": "Abbestellen",
        "nf_open_change": "Im Dashboard ansehen",
        "nf_feed_title": "kiwatch: Änderungen bei den Kommunalen Integrationszentren NRW",
        "nf_subscribed": "{email}: {frequency} abonniert ({filters})",
        "nf_updated": "{email}: Abonnement ({frequency}) aktualisiert ({filters})",
        "nf_unsubscribed": "{email}: {n} Abonnement(s) entfernt",
        "nf_not_subscribed": "{email} hat kein Abonnement",
        "nf_no_subscriptions": "Keine Abonnements.",
        "nf_col_email": "E-Mail",
        "nf_col_frequency": "Rhythmus",
        "nf_col_lang": "Sprache",
        "nf_col_filters": "Auswahl",
        "nf_digest_sent": "{email}: Zusammenfassung mit {n} Änderung(en) gesendet",
        "nf_digest_failed": "{email}: Versand fehlgeschlagen ({error}); {n} Änderung(en) bleiben offen und werden beim nächsten Lauf gesendet",
        "nf_digest_deferred": "{email}: nicht versucht, da der SMTP-Server nicht erreichbar ist; {n} Änderung(en) bleiben offen",
        "nf_digest_nothing": "{email}: nichts Neues",
        "nf_digest_already": "{email}: Zusammenfassung für {period} wurde bereits gesendet",
        "nf_digest_busy": "{email}: Zusammenfassung für {period} wird gerade von einem anderen Prozess gesendet",
        "nf_sched_locked": "ein anderer kiwatch-Scheduler läuft bereits auf dieser Datenbank ({holder}); dieser startet nicht",
        # --- end delivery ---
    },
    "en": {
        "error": "Error",
        "example": "Example",
        "no_changes": "No changes.",
        "changes_header": "{n} change(s)",
        "centres_header": "{n} centres",
        "crawl_summary": "Run summary",
        "col_centre": "Centre",
        "col_pages": "Pages",
        "col_unchanged": "same",
        "col_new": "new",
        "col_failed": "failed",
        "col_changes": "Changes",
        "col_status": "Status",
        "col_kind": "Kind",
        "col_severity": "Severity",
        "col_old": "old",
        "col_new_value": "new",
        "col_date": "detected",
        "col_address": "Address",
        "col_phone": "Phone",
        "col_email": "E-mail",
        "col_head": "Head",
        "col_parent": "Parent unit",
        "col_verified": "verified",
        "col_last_change": "last change",
        "outcome_ok": "ok",
        "outcome_not_modified": "not modified",
        "outcome_gone": "gone",
        "outcome_moved": "moved",
        "outcome_failed": "failed",
        "outcome_blocked": "blocked",
        "reason_connection_refused": "connection refused",
        "reason_dns": "host name not found (DNS)",
        "reason_timeout": "timeout",
        "reason_http_error": "server error",
        "reason_too_large": "too large",
        "reason_truncated": "truncated",
        "reason_tls_error": "TLS/certificate error",
        "reason_redirect_error": "redirect error",
        "reason_unsupported_content": "neither HTML nor PDF",
        "reason_empty_content": "empty",
        "reason_soft_error": "error page",
        "reason_pdf_error": "unreadable PDF",
        "reason_robots": "blocked by robots.txt",
        "reason_private_host": "private address",
        "reason_extraction_error": "extraction failed",
        "reason_extraction_failed": "no contact details found any more; the previous state is kept, check the page template",
        "reason_gone": "gone",
        "reason_moved": "moved",
        "reason_other": "other error",
        "more_failures": "… {n} more",
        "all_failed": "every centre failed – check the network or proxy.",
        "st_database": "Database",
        "st_no_run": "No run yet.",
        "st_last_run": "Last run",
        "st_all_failed": "Every centre failed: check the network.",
        "st_stale": "stale, last success {when}",
        "st_never": "never",
        "st_healthy": "All centres healthy.",
        "st_centres": "{n} centres watched",
        "run_ok": "ok",
        "run_failed": "failed",
        "run_running": "running",
        "run_interrupted": "interrupted",
        "all_failed_cause": "every centre failed: {cause}",
        "st_all_failed_cause": "Every centre failed: {cause}",
        "st_run_interrupted": "Run interrupted: {cause}",
        "st_extraction_failed": "contact details not found any more (page template changed?), the previous state is kept "
                                "('kiwatch confirm' or 'kiwatch keep')",
        "st_profile_error": "the profile could not be updated in the last run, changes not detected (see the log)",
        "st_digest": "digest to {email} ({period}): {status} – {error}",
        "crawl_interrupted": "interrupted: the run is recorded as interrupted; the next run continues.",
        "cause_private_host": "every page was refused as a private address – use --allow-private-hosts for local test sites, or list intranet networks in the setting private_networks",
        "cause_dns": "no host name could be resolved – check DNS or the network",
        "cause_robots": "robots.txt blocks every page",
        "cause_tls_error": "every TLS certificate was refused – check the system clock and CA certificates",
        "cause_network": "check the network or proxy",
        "columns_left_out": "More columns ({columns}) in a wider window or with --format csv / xlsx.",
        "col_rb_short": "District",
        "overview_commands": "Commands",
        "overview_examples": "Examples",
        "overview_more": "Help on a command: kiwatch COMMAND --help · in German: --lang de",
        "version": "kiwatch {version}",
        "err_unknown_values": "unknown {what} {named}; valid: {valid}",
        "err_value": "{value}",
        "err_value_close": "{value} (did you mean {close}?)",
        "what_centre": "centre",
        "what_centres": "centres",
        "what_Regierungsbezirk": "Regierungsbezirk",
        "what_change_kind": "change kind",
        "err_unknown_centres": "unknown centre(s): {slugs} (see 'kiwatch centres' for the slugs)",
        "err_unknown_district": "unknown Regierungsbezirk {name!r} (known: {known})",
        "err_unknown_kind": "unknown change kind {kind!r} (known: {known})",
        "err_invalid_email": "{address!r} is not a valid e-mail address",
        "err_date": "{option} {text!r}: expected a date like 2024-01-31 or 31.01.2024",
        "err_date_range": "{option} {text!r}: the year must be between 2 and 9998",
        "err_xlsx_output": "--format xlsx needs --output FILE.xlsx",
        "err_dry_run_only": "{option} only works with --dry-run",
        "err_no_subscriber": "{email}: no subscription with this address (see 'kiwatch subscriptions')",
        "err_wrong_frequency": "{email}: no {frequency} subscription, only {have}; use --frequency {first}",
        "err_no_database": "database {path} does not exist; run 'kiwatch crawl' first or check --db",
        "err_nothing_held": "{name} ({slug}): no facts are held back – nothing to confirm or keep (see 'kiwatch status')",
        "res_confirmed": "{name}: collapse confirmed by {by}; {n} change(s) recorded.",
        "res_kept": "{name}: dismissed as a false alarm by {by}; the previous facts stay.",
        "err_settings_missing": "{path}: settings file not found",
        "err_registry_missing": "{path}: registry file not found",
        "where_entry": "{path}: entry {index}",
        "where_entry_slug": "{path}: entry {index} ({slug})",
        "err_at": "{where}: {problem}",
        "err_not_toml": "{path}: not valid TOML: {detail}",
        "err_reg_no_entries": "{path}: no [[centre]] entries found",
        "err_reg_slug_twice": "{where}: slug is used twice",
        "err_reg_not_table": "{where}: expected a [[centre]] table",
        "err_reg_unknown_keys": "{where}: unknown key(s) {keys}; known keys: {known}",
        "err_reg_missing": "{where}: '{key}' is missing or empty",
        "err_reg_slug": "{where}: slug {slug!r} must be lower-case letters, digits and '-'",
        "err_reg_not_string": "{where}: '{key}' must be a string",
        "err_reg_start_url": "{where}: start URL {url!r}: {problem}",
        "err_reg_allow": "{where}: allow prefix {prefix!r} must start with '/'",
        "err_reg_bool": "{where}: {key!r} must be true or false",
        "err_reg_list": "{where}: '{key}' must be a list of non-empty strings",
        "err_setting_unknown": "{path}: unknown setting {key!r} (known: {known})",
        "err_setting_choice": "setting '{name}' must be {choices}, not {value!r}",
        "err_limit": "--limit must be at least 1",
        "err_read_file": "{path}: cannot read file ({reason})",
        "db_created": "new database {path} created",
        "err_internal": "internal error (a bug): please report it with the traceback above",
        "col_name": "Centre",
        "col_municipality": "Municipality",
        "col_regierungsbezirk": "Regierungsbezirk",
        "col_homepage": "Homepage",
        "col_slug": "Slug",
        "col_summary": "Change",
        "col_page": "Page",
        "col_evidence": "Evidence",
        "col_kind_code": "Kind (code)",
        "sheet_directory": "Centres",
        "sheet_changes": "Changes",
        "sum_removed": "removed",
        "sum_added": "added",
        "relaunch": "page rewritten (relaunch)",
        "status_skipped": "skipped",
        "status_error": "error",
        "status_running": "running",
        "status_failed": "failed",
        "skipped_no_url": "{name}: no start URL known, skipped",
        "baseline": "baseline recorded",
        "status_ok": "ok",
        "status_failing": "failing",
        "status_blocked": "blocked by robots.txt",
        "status_new": "new",
        "status_partial": "partial",
        "status_extraction_failed": "extraction failed",
        "demo_step": "Demo: {step}",
        "demo_crawl": "Crawling state {state} from {url}",
        "demo_changes": "Changes found",
        "demo_directory": "Directory of centres",
        "demo_noise": "Noise only (calendar, counter, spellings): {n} change(s)",
        # --- delivery: subscriptions, digests, feed, scheduler (issue #3) ---
        "nf_all_centres": "all centres",
        "nf_min_severity": "severity {severity} or higher",
        "nf_subject_empty": "kiwatch: no new changes",
        "nf_subject_more_one": "1 more change",
        "nf_subject_more": "{n} more changes",
        "nf_subj_address": "new address",
        "nf_subj_head": "new head",
        "nf_subj_parent_unit": "new parent unit",
        "nf_subj_reorganisation": "reorganisation",
        "nf_subj_contact": "new contact details",
        "nf_subj_people": "people changed",
        "nf_subj_programmes": "programmes changed",
        "nf_subj_page_added": "new page",
        "nf_subj_page_removed": "page removed",
        "nf_subj_content": "text edited",
        "nf_frequency_daily": "daily",
        "nf_frequency_weekly": "weekly",
        "nf_title": "Changes at the Kommunale Integrationszentren",
        "nf_intro": "{n} new change(s) since your last digest.",
        "nf_none": "No changes were detected since your last digest.",
        "nf_old": "before",
        "nf_new": "now",
        "nf_page": "Page",
        "nf_added": "new",
        "nf_removed": "removed",
        "nf_relaunch": "The page was rewritten (relaunch); a word-by-word comparison would not help. It now begins",
        "nf_read_page": "read the whole page",
        "nf_detected": "detected",
        "nf_evidence": "Evidence",
        "nf_diff": "Text edit (struck = removed, highlighted = added)",
        "nf_severity": "Severity",
        "nf_omitted": "{n} more change(s) are not listed to keep this e-mail small.",
        "nf_web_view": "All changes on the web",
        "nf_footer": "You receive this digest ({frequency}) from kiwatch at {email}. Selection: {filters}.",
        "nf_unsubscribe": "Unsubscribe: kiwatch unsubscribe {email}",
        "nf_unsubscribe_link": "Unsubscribe",
        "nf_open_change": "Open in the dashboard",
        "nf_feed_title": "kiwatch: changes at the Kommunale Integrationszentren in NRW",
        "nf_subscribed": "{email}: subscribed {frequency} ({filters})",
        "nf_updated": "{email}: {frequency} subscription updated ({filters})",
        "nf_unsubscribed": "{email}: {n} subscription(s) removed",
        "nf_not_subscribed": "{email} has no subscription",
        "nf_no_subscriptions": "No subscriptions.",
        "nf_col_email": "E-mail",
        "nf_col_frequency": "Frequency",
        "nf_col_lang": "Language",
        "nf_col_filters": "Selection",
        "nf_digest_sent": "{email}: digest with {n} change(s) sent",
        "nf_digest_failed": "{email}: delivery failed ({error}); {n} change(s) stay pending and will be sent on the next run",
        "nf_digest_deferred": "{email}: not attempted because the SMTP server is unreachable; {n} change(s) stay pending",
        "nf_digest_nothing": "{email}: nothing new",
        "nf_digest_already": "{email}: the digest for {period} was already sent",
        "nf_digest_busy": "{email}: the digest for {period} is being sent by another process",
        "nf_sched_locked": "another kiwatch scheduler is already running on this database ({holder}); not starting",
        # --- end delivery ---
    },
}


def t(lang: str, key: str, **kwargs) -> str:
    return MESSAGES[lang][key].format(**kwargs)


def cause_text(reason: str, lang: str) -> str:
    """What it means when every page of every centre failed, by the reason most pages failed
    for: the real cause and what to do, instead of blaming the network for everything."""
    key = f"cause_{reason}"
    text = t(lang, key) if key in MESSAGES[lang] else t(lang, "cause_network")
    return f"{text} ({reason})" if reason else text


def kind_label(lang: str, kind: str) -> str:
    return KIND_LABELS[lang][ChangeKind(kind)]


def severity_label(lang: str, severity: int) -> str:
    return SEVERITY_LABELS[lang][Severity(severity)]


def status_label(lang: str, status: str) -> str:
    return MESSAGES[lang].get(f"status_{status}", status)


# --- the command line: help texts, argparse's own words, errors ----------------------------
# Help texts are written in English in the command modules (the msgid, as with gettext);
# HELP_DE gives the German text. A help text missing here shows in English, and the test
# suite lists it (tests/test_cli_language.py), so the catalogue stays complete.
_KINDS = ", ".join(k.value for k in ChangeKind)

HELP_DE: dict[str, str] = {
    # the program
    "Watches the web pages of the Kommunale Integrationszentren (NRW) and reports what changed.":
        "Beobachtet die Webseiten der Kommunalen Integrationszentren (NRW) und meldet, was sich geändert hat.",
    "show the version and exit": "Version zeigen und beenden",
    "COMMAND": "BEFEHL",
    # placeholders in the usage lines
    "FILE": "DATEI", "DATE": "DATUM", "SLUG": "KÜRZEL", "URL": "URL", "KIND": "ART", "NAME": "NAME",
    "EMAIL": "E-MAIL", "DIR": "ORDNER", "FILE_OR_URL": "DATEI_ODER_URL",
    # common options
    "SQLAlchemy database URL (default: KIWATCH_DATABASE_URL, else kiwatch.sqlite in the user data directory; see kiwatch status)":
        "Datenbank als SQLAlchemy-URL (Vorgabe: KIWATCH_DATABASE_URL, sonst kiwatch.sqlite im Datenverzeichnis des "
        "Benutzers; siehe kiwatch status)",
    "language of the output (default: de)": "Sprache der Ausgabe (Vorgabe: de)",
    "TOML settings file (default: KIWATCH_SETTINGS)": "Einstellungsdatei im TOML-Format (Vorgabe: KIWATCH_SETTINGS)",
    "log details to stderr": "Einzelheiten auf stderr protokollieren",
    # crawl
    "fetch the centres' pages, store new versions, record changes":
        "Seiten der Zentren abrufen, neue Fassungen speichern, Änderungen erfassen",
    "only this centre (repeatable)": "nur dieses Zentrum (mehrfach möglich)",
    "registry TOML file (default: the bundled 54 NRW centres)":
        "Verzeichnis der Zentren als TOML-Datei (Vorgabe: die mitgelieferten 54 Zentren in NRW)",
    "also crawl loopback addresses (tests, the demo); intranet networks need the setting private_networks":
        "auch lokale Adressen abrufen (Tests, Demo); Intranet-Netze brauchen die Einstellung private_networks",
    "no per-page progress lines": "keine Fortschrittszeile je Seite",
    # changes
    "list recorded changes": "erfasste Änderungen anzeigen",
    "accept a held-back collapse: the facts are really gone, their removals are recorded":
        "zurückgehaltenen Wegfall bestätigen: die Angaben sind wirklich weg, ihr Wegfall wird erfasst",
    "dismiss a held-back collapse as a false alarm: the previous facts stay":
        "zurückgehaltenen Wegfall als Fehlalarm verwerfen: die bisherigen Angaben bleiben",
    "who decides (default: your login name)": "wer entscheidet (Vorgabe: Ihr Anmeldename)",
    "why (kept with the decision)": "warum (wird mit der Entscheidung gespeichert)",
    "TEXT": "TEXT",
    "only changes detected on or after this date (YYYY-MM-DD or TT.MM.JJJJ)":
        "nur Änderungen, die an oder nach diesem Tag erkannt wurden (JJJJ-MM-TT oder TT.MM.JJJJ)",
    f"only this kind (repeatable): {_KINDS}": f"nur diese Art (mehrfach möglich): {_KINDS}",
    "only changes at least this severe (default: low)": "nur Änderungen ab diesem Gewicht (Vorgabe: low)",
    "output format (default: text)": "Ausgabeformat (Vorgabe: text)",
    "output format (default: table)": "Ausgabeformat (Vorgabe: table)",
    "write to FILE instead of stdout (required for xlsx)": "in DATEI schreiben statt auf stdout (nötig für xlsx)",
    "excel: ';' with BOM for a German Excel (default); rfc4180: ','":
        "excel: ';' mit BOM für ein deutsches Excel (Vorgabe); rfc4180: ','",
    # centres
    "the current directory of centres": "das aktuelle Verzeichnis der Zentren",
    # status
    "health for operators: last run, failing, blocked and stale centres":
        "Zustand für den Betrieb: letzter Lauf, gestörte, gesperrte und veraltete Zentren",
    # extract
    "extract one page (file or URL) and print its record as JSON":
        "eine Seite (Datei oder URL) auswerten und ihren Datensatz als JSON ausgeben",
    "URL to resolve relative links against (for a file)": "URL, gegen die relative Links aufgelöst werden (bei einer Datei)",
    "allow fetching from loopback addresses": "Abruf von lokalen Adressen erlauben",
    "an HTML or PDF file, or an http(s) URL": "eine HTML- oder PDF-Datei oder eine http(s)-URL",
    # demo
    "the whole pipeline on the bundled 2018 and 2023 pages, offline":
        "der ganze Ablauf mit den mitgelieferten Seiten von 2018 und 2023, ohne Internet",
    # run
    "scheduler daemon: crawls and digests on schedule": "Dienst mit Zeitplan: Abrufe und Zusammenfassungen nach Plan",
    "run what is due now, then exit (for cron / systemd timers)":
        "ausführen, was jetzt fällig ist, dann beenden (für cron / systemd-Timer)",
    "registry file passed to each crawl (default: the bundled one)":
        "Verzeichnisdatei für jeden Abruf (Vorgabe: das mitgelieferte)",
    # subscriptions
    "subscribe an e-mail address to a digest": "eine E-Mail-Adresse für eine Zusammenfassung anmelden",
    "list subscriptions": "Abonnements anzeigen",
    "remove an address's subscriptions": "die Abonnements einer Adresse entfernen",
    "remove only this one (default: all of the address)": "nur dieses entfernen (Vorgabe: alle der Adresse)",
    "how often the digest is sent (default: daily)": "wie oft die Zusammenfassung kommt (Vorgabe: daily = täglich)",
    "the subscriber's e-mail address": "die E-Mail-Adresse des Abonnenten",
    "only centres in this Regierungsbezirk (repeatable)": "nur Zentren in diesem Regierungsbezirk (mehrfach möglich)",
    f"only this change kind (repeatable): {_KINDS}": f"nur diese Art von Änderung (mehrfach möglich): {_KINDS}",
    "only changes at least this severe": "nur Änderungen ab diesem Gewicht",
    "registry file naming the centres (default: the bundled one)":
        "Verzeichnisdatei mit den Zentren (Vorgabe: das mitgelieferte)",
    # digest
    "send (or preview) the digests that are due": "fällige Zusammenfassungen senden (oder vorab ansehen)",
    "which digests (default: daily)": "welche Zusammenfassungen (Vorgabe: daily = täglich)",
    "render without sending or recording anything": "nur darstellen, nichts senden oder vermerken",
    "only the digest of this subscriber": "nur die Zusammenfassung dieses Abonnenten",
    "with --dry-run: write .eml, .txt and .html files here instead of stdout":
        "mit --dry-run: .eml-, .txt- und .html-Dateien hier ablegen statt auf stdout",
    "with --dry-run: preview from history, every matching change since DATE (2026-11-30 or 30.11.2026)":
        "mit --dry-run: Vorschau aus dem Bestand, jede passende Änderung seit DATUM (2026-11-30 oder 30.11.2026)",
    # feed
    "Atom feed of changes on stdout": "Atom-Feed der Änderungen auf stdout",
    "newest N changes (default 200)": "die neuesten N Änderungen (Vorgabe 200)",
    "write to FILE instead of stdout": "in DATEI schreiben statt auf stdout",
    "public URL of this feed, its rel=self link (default: setting feed_url, else the --output file)":
        "öffentliche URL dieses Feeds, sein rel=self-Link (Vorgabe: Einstellung feed_url, sonst die --output-Datei)",
    # web dashboard and history (issue 9)
    "the directory as it stood at the end of this day (YYYY-MM-DD)":
        "das Verzeichnis, wie es am Ende dieses Tages aussah (JJJJ-MM-TT)",
    "the directory as it stood at the end of this day (YYYY-MM-DD or TT.MM.JJJJ)":
        "das Verzeichnis, wie es am Ende dieses Tages aussah (JJJJ-MM-TT oder TT.MM.JJJJ)",
    "also list changes a reviewer dismissed as false alarms":
        "auch Änderungen zeigen, die jemand bei der Durchsicht als Fehlalarm verworfen hat",
    "which facts (address, phone, e-mail, head, parent unit) are known per centre, from which page, last seen when":
        "welche Angaben (Adresse, Telefon, E-Mail, Leitung, Zuordnung) je Zentrum bekannt sind, von welcher Seite, "
        "zuletzt wann gesehen",
    "a centre's profile with provenance and its changes": "Steckbrief eines Zentrums mit Herkunft der Angaben und seinen Änderungen",
    "the profile as it stood at the end of this day (YYYY-MM-DD)":
        "der Steckbrief, wie er am Ende dieses Tages aussah (JJJJ-MM-TT)",
    "the profile as it stood at the end of this day (YYYY-MM-DD or TT.MM.JJJJ)":
        "der Steckbrief, wie er am Ende dieses Tages aussah (JJJJ-MM-TT oder TT.MM.JJJJ)",
    "the web dashboard": "die Weboberfläche",
    "address to listen on (default: 127.0.0.1, this machine only)":
        "Adresse, auf der gelauscht wird (Vorgabe: 127.0.0.1, nur dieser Rechner)",
    "port to listen on (default: 8080)": "Port (Vorgabe: 8080)",
    "dashboard accounts: add, list, remove": "Konten der Weboberfläche: anlegen, anzeigen, entfernen",
    "add a user or set a new password (read from a prompt or stdin)":
        "ein Konto anlegen oder ein neues Passwort setzen (aus einer Abfrage oder von stdin)",
    "list users": "Konten anzeigen",
    "remove a user": "ein Konto entfernen",
    "the centre's slug": "das Kürzel des Zentrums",
    "the user's e-mail address": "die E-Mail-Adresse des Kontos",
    # completion
    "print the shell completion script (bash, zsh, fish)": "das Skript zur Befehlsergänzung der Shell ausgeben (bash, zsh, fish)",
    "the shell (default: bash)": "die Shell (Vorgabe: bash)",
}

# argparse's own words (it asks gettext; we answer from here)
ARGPARSE_DE: dict[str, str] = {
    "usage: ": "Aufruf: ",
    "positional arguments": "Argumente",
    "options": "Optionen",
    "show this help message and exit": "diese Hilfe zeigen und beenden",
    "show program's version number and exit": "Version zeigen und beenden",
    "the following arguments are required: %s": "diese Angaben fehlen: %s",
    "unrecognized arguments: %s": "unbekannte Angaben: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ungültige Auswahl: %(value)r (möglich: %(choices)s)",
    "argument %(argument_name)s: %(message)s": "Angabe %(argument_name)s: %(message)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: Fehler: %(message)s\n",
    "expected one argument": "erwartet einen Wert",
    "expected at most one argument": "erwartet höchstens einen Wert",
    "expected at least one argument": "erwartet mindestens einen Wert",
    "invalid %(type)s value: %(value)r": "ungültiger Wert (%(type)s): %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": "mehrdeutige Option: %(option)s passt zu %(matches)s",
    "not allowed with argument %s": "nicht zusammen mit %s erlaubt",
    "one of the arguments %s is required": "eine dieser Angaben ist nötig: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "unbekannter Befehl %(parser_name)r (möglich: %(choices)s)",
    "ignored explicit argument %r": "überflüssiger Wert %r",
}

COMMAND_DOCS: dict[str, dict[str, tuple[str, str]]] = {
    # command: (description, example) — shown by `kiwatch COMMAND --help` and the overview
    "de": {
        "crawl": ("Ruft die Seiten der Zentren ab (HTML und PDF), speichert neue Fassungen und erfasst, was sich "
                  "geändert hat. Zeigt den Fortschritt je Seite und am Ende eine Übersicht je Zentrum.",
                  "kiwatch crawl --site duisburg --site kreis-wesel"),
        "changes": ("Zeigt die erfassten Änderungen, nach Zentrum geordnet, die wichtigsten zuerst; als Text, JSON, "
                    "CSV oder Excel-Datei.",
                    "kiwatch changes --since 01.11.2026 --min-severity high"),
        "centres": ("Das aktuelle Verzeichnis der Zentren: Kommune, Regierungsbezirk, Status, Adresse, Telefon, "
                    "Leitung, Zuordnung, letzte Änderung.",
                    "kiwatch centres --format xlsx --output zentren.xlsx"),
        "status": ("Für den Betrieb: der letzte Lauf, die Datenbank, gestörte, gesperrte und veraltete Zentren. "
                   "Endet mit 1, wenn etwas zu prüfen ist.",
                   "kiwatch status --format json"),
        "extract": ("Wertet eine einzelne Seite aus und gibt ihren Datensatz als JSON aus.",
                    "kiwatch extract seite.html --url https://www.example.de/ki/"),
        "demo": ("Der ganze Ablauf mit den mitgelieferten Seiten von KI Duisburg und KI Kreis Wesel, ohne Internet.",
                 "kiwatch demo"),
        "run": ("Dienst, der nach Zeitplan abruft und Zusammenfassungen sendet; --once führt nur aus, was fällig ist.",
                "kiwatch run --once"),
        "subscribe": ("Meldet eine E-Mail-Adresse für eine tägliche oder wöchentliche Zusammenfassung an; "
                      "die Auswahl lässt sich nach Zentrum, Regierungsbezirk, Art und Gewicht eingrenzen.",
                      "kiwatch subscribe redaktion@example.org --site duisburg --frequency weekly"),
        "subscriptions": ("Zeigt alle Abonnements mit ihrer Auswahl.", "kiwatch subscriptions"),
        "unsubscribe": ("Entfernt die Abonnements einer Adresse.", "kiwatch unsubscribe redaktion@example.org"),
        "digest": ("Sendet die fälligen Zusammenfassungen; --dry-run zeigt sie nur an.",
                   "kiwatch digest --dry-run --since 01.11.2026"),
        "feed": ("Schreibt einen Atom-Feed der Änderungen, mit derselben Auswahl wie ein Abonnement.",
                 "kiwatch feed --site duisburg --output duisburg.atom"),
        "coverage": ("Welche Angaben je Zentrum bekannt sind, von welcher Seite sie stammen und wann sie zuletzt "
                     "gesehen wurden.", "kiwatch coverage --site duisburg"),
        "history": ("Der Steckbrief eines Zentrums mit der Herkunft jeder Angabe und seinen Änderungen, auch zu einem "
                    "früheren Tag.", "kiwatch history duisburg --as-of 01.01.2024"),
        "serve": ("Startet die Weboberfläche (Verzeichnis, Verlauf, Vergleiche, Durchsicht).",
                  "kiwatch serve --port 8080"),
        "user": ("Verwaltet die Konten der Weboberfläche.", "kiwatch user add redaktion@example.org"),
        "confirm": ("Bestätigt, dass die zurückgehaltenen Angaben eines Zentrums wirklich weg sind: ihr Wegfall "
                    "wird als Änderung erfasst, mit Name und Zeitpunkt.",
                    "kiwatch confirm duisburg --by redaktion --note 'Seite neu, Kontakt entfällt'"),
        "keep": ("Verwirft einen zurückgehaltenen Wegfall als Fehlalarm (Fehlerseite, kaputte Vorlage): die "
                 "bisherigen Angaben bleiben.",
                 "kiwatch keep duisburg --by redaktion --note 'Wartungsseite'"),
        "completion": ("Gibt das Skript zur Befehlsergänzung aus; einmal in die Shell laden.",
                       'eval "$(kiwatch completion bash)"'),
    },
    "en": {
        "crawl": ("Fetches the centres' pages (HTML and PDF), stores new versions and records what changed. "
                  "Shows progress per page and a summary per centre at the end.",
                  "kiwatch crawl --site duisburg --site kreis-wesel"),
        "changes": ("Lists the recorded changes, grouped by centre, most important first; as text, JSON, CSV or "
                    "an Excel file.",
                    "kiwatch changes --since 2026-11-01 --min-severity high"),
        "centres": ("The current directory of centres: municipality, Regierungsbezirk, status, address, phone, "
                    "head, parent unit, last change.",
                    "kiwatch centres --format xlsx --output centres.xlsx"),
        "status": ("For operators: the last run, the database, failing, blocked and stale centres. Exits with 1 "
                   "when something needs a look.",
                   "kiwatch status --format json"),
        "extract": ("Extracts one page and prints its record as JSON.",
                    "kiwatch extract page.html --url https://www.example.de/ki/"),
        "demo": ("The whole pipeline on the bundled pages of KI Duisburg and KI Kreis Wesel, offline.",
                 "kiwatch demo"),
        "run": ("Daemon that crawls and sends digests on schedule; --once runs only what is due.",
                "kiwatch run --once"),
        "subscribe": ("Subscribes an e-mail address to a daily or weekly digest, optionally only some centres, "
                      "Regierungsbezirke, kinds or severities.",
                      "kiwatch subscribe redaktion@example.org --site duisburg --frequency weekly"),
        "subscriptions": ("Lists all subscriptions with their selection.", "kiwatch subscriptions"),
        "unsubscribe": ("Removes an address's subscriptions.", "kiwatch unsubscribe redaktion@example.org"),
        "digest": ("Sends the digests that are due; --dry-run only shows them.",
                   "kiwatch digest --dry-run --since 2026-11-01"),
        "feed": ("Writes an Atom feed of the changes, with the same selection as a subscription.",
                 "kiwatch feed --site duisburg --output duisburg.atom"),
        "coverage": ("Which facts are known per centre, from which page, and when they were last seen.",
                     "kiwatch coverage --site duisburg"),
        "history": ("A centre's profile with the provenance of each fact and its changes, also as of an earlier day.",
                    "kiwatch history duisburg --as-of 2024-01-01"),
        "serve": ("Starts the web dashboard (directory, history, comparisons, reviews).", "kiwatch serve --port 8080"),
        "user": ("Manages the dashboard's accounts.", "kiwatch user add redaktion@example.org"),
        "confirm": ("Confirms that a centre's held-back facts are really gone: their removals are recorded as "
                    "changes, with who and when.",
                    "kiwatch confirm duisburg --by editor --note 'new page, contact dropped'"),
        "keep": ("Dismisses a held-back collapse as a false alarm (an error page, a broken template): the previous "
                 "facts stay.",
                 "kiwatch keep duisburg --by editor --note 'maintenance page'"),
        "completion": ("Prints the shell completion script; load it once into your shell.",
                       'eval "$(kiwatch completion bash)"'),
    },
}


def help_text(lang: str, text: str | None) -> str | None:
    """A help text of the command line in `lang` (the English text is the key)."""
    if text is None or lang == "en" or text == argparse.SUPPRESS:
        return text
    return HELP_DE.get(text, ARGPARSE_DE.get(text, text))


@contextmanager
def argparse_language(lang: str) -> Iterator[None]:
    """argparse asks gettext for its own words ("usage:", "options", its error messages);
    while building and running the parser, answer in `lang`."""
    if lang == "en":
        yield
        return
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._ = lambda text: ARGPARSE_DE.get(text, text)  # type: ignore[attr-defined]
    argparse.ngettext = lambda one, many, n: ARGPARSE_DE.get(one if n == 1 else many, one if n == 1 else many)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


class ExampleHelpFormatter(argparse.HelpFormatter):
    """Descriptions wrapped to the terminal; example lines (indented) kept as written."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        lines = []
        for line in text.split("\n"):
            keep = not line or line.startswith("  ")
            lines.append(indent + line if keep else super()._fill_text(line, width, indent))
        return "\n".join(lines)


def localise_parser(parser: argparse.ArgumentParser, lang: str) -> None:
    """Translate a built parser's texts, sub-commands included, and give each command its
    description and example from COMMAND_DOCS."""
    parser.description = help_text(lang, parser.description)
    for action in parser._actions:
        action.help = help_text(lang, action.help)
        if isinstance(action.metavar, str):
            action.metavar = help_text(lang, action.metavar)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                choice.help = help_text(lang, choice.help)
            for name, sub in action.choices.items():
                doc = COMMAND_DOCS[lang].get(name)
                if doc:
                    sub.description = doc[0]
                    sub.epilog = f"{MESSAGES[lang]['example']}:\n  {doc[1]}"
                    sub.formatter_class = ExampleHelpFormatter
                localise_parser(sub, lang)


def outcome_label(lang: str, outcome: str) -> str:
    """A crawl's progress word ("nicht gefunden" for gone)."""
    return MESSAGES[lang].get(f"outcome_{outcome}", outcome)


def failure_text(lang: str, failure: str) -> str:
    """A crawl failure as stored ("URL: token (detail)") with its token in words."""
    first = failure.split(":", 1)[0]
    if f"reason_{first}" in MESSAGES[lang]:  # "extraction_failed: …": the label says it all
        return MESSAGES[lang][f"reason_{first}"]
    head, sep, rest = failure.rpartition(": ")
    if not sep:
        head, rest = "", failure
    token, _, detail = rest.partition(" ")
    label = MESSAGES[lang].get(f"reason_{token.rstrip(':')}")
    if label is None:
        return failure
    return f"{head}{sep}{label}{' ' + detail if detail else ''}"


class Msg(str):
    """A message from the catalogue that travels inside an exception: str() is the English
    text (logs, tests, callers that know no language); the command line shows it in the
    user's language with `localise`."""

    key: str
    params: dict[str, object]

    def __new__(cls, key: str, /, **params: object) -> Msg:
        obj = super().__new__(cls, _format("en", key, params))
        obj.key, obj.params = key, params
        return obj

    def in_lang(self, lang: str) -> str:
        return _format(lang, self.key, self.params)


def _format(lang: str, key: str, params: dict[str, object]) -> str:
    """A catalogue message with its parameters; a parameter that is itself a Msg (or a list
    of them) is rendered in the same language."""
    def render(value: object) -> object:
        if isinstance(value, Msg):
            return value.in_lang(lang)
        if isinstance(value, (list, tuple)):
            return ", ".join(str(render(v)) for v in value)
        return value

    return MESSAGES[lang][key].format(**{name: render(value) for name, value in params.items()})


def localisable(exc: BaseException) -> object:
    """What an exception says, kept as a Msg when it is one (to nest it in another Msg)."""
    return exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], Msg) else str(exc)


def localise(message: object, lang: str) -> str:
    """An error's message in `lang` when it comes from the catalogue, else as written."""
    if isinstance(message, BaseException):
        message = message.args[0] if len(message.args) == 1 else str(message)
    return message.in_lang(lang) if isinstance(message, Msg) else str(message)
