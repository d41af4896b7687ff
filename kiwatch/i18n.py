"""What users read, in German (default) and English. One table; look-ups never fail silently."""

from __future__ import annotations

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
        "no_changes": "Keine Änderungen.",
        "changes_header": "{n} Änderung(en)",
        "centres_header": "{n} Zentren",
        "crawl_summary": "Zusammenfassung des Laufs",
        "col_centre": "Zentrum",
        "col_pages": "Seiten",
        "col_unchanged": "unverändert",
        "col_new": "neu/geändert",
        "col_failed": "fehlgeschlagen",
        "col_changes": "Änderungen",
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
        "col_verified": "zuletzt geprüft",
        "col_last_change": "letzte Änderung",
        "skipped_no_url": "{name}: keine Start-URL bekannt, übersprungen",
        "baseline": "Ausgangsstand erfasst",
        "status_ok": "ok",
        "status_failing": "gestört",
        "status_blocked": "durch robots.txt gesperrt",
        "status_new": "neu",
        "status_partial": "teilweise",
        "demo_step": "Demo: {step}",
        "demo_crawl": "Crawle Stand {state} von {url}",
        "demo_changes": "Erkannte Änderungen",
        "demo_directory": "Verzeichnis der Zentren",
        "demo_noise": "Nur Rauschen (Kalender, Zähler, Schreibweisen): {n} Änderung(en)",
    },
    "en": {
        "error": "Error",
        "no_changes": "No changes.",
        "changes_header": "{n} change(s)",
        "centres_header": "{n} centres",
        "crawl_summary": "Run summary",
        "col_centre": "Centre",
        "col_pages": "Pages",
        "col_unchanged": "unchanged",
        "col_new": "new/changed",
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
        "col_verified": "last verified",
        "col_last_change": "last change",
        "skipped_no_url": "{name}: no start URL known, skipped",
        "baseline": "baseline recorded",
        "status_ok": "ok",
        "status_failing": "failing",
        "status_blocked": "blocked by robots.txt",
        "status_new": "new",
        "status_partial": "partial",
        "demo_step": "Demo: {step}",
        "demo_crawl": "Crawling state {state} from {url}",
        "demo_changes": "Changes found",
        "demo_directory": "Directory of centres",
        "demo_noise": "Noise only (calendar, counter, spellings): {n} change(s)",
    },
}


def t(lang: str, key: str, **kwargs) -> str:
    return MESSAGES[lang][key].format(**kwargs)


def kind_label(lang: str, kind: str) -> str:
    return KIND_LABELS[lang][ChangeKind(kind)]


def severity_label(lang: str, severity: int) -> str:
    return SEVERITY_LABELS[lang][Severity(severity)]


def status_label(lang: str, status: str) -> str:
    return MESSAGES[lang].get(f"status_{status}", status)
