"""Build the demo flyer PDF (kiwatch/data/demo/*/duisburg/downloads/…pdf) from seed 003.

The text is the seed text verbatim (including the layout hyphenation "vie- ler" that the real
flyer's text layer has); nothing is added. Run from the repository root:

    .venv/bin/python tools/build_demo_pdf.py

The output is deterministic (fixed creation date), so re-running it gives the same bytes and the
committed PDF only changes when this script does.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from fpdf import FPDF

ROOT = Path(__file__).resolve().parent.parent
STATES = ("2018", "2018-noise", "2023")
TARGET = "duisburg/downloads/flyer-kommunales-integrationszentrum.pdf"
FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/Library/Fonts/DejaVuSans.ttf",
)

# Seed 003 (text of the KI Duisburg flyer), verbatim.
SEED_003 = """\
Wir sind DU … für Vielfalt und eine offene Stadtgesellschaft
Die Stadt Duisburg hat eine lange Geschichte der Zuwanderung und Integration. Verständnis für einander, Wissen voneinander, Dialog auf Augenhöhe, Respekt aber auch kritische Auseinandersetzung sind die Basis für ein gelingendes Zusammenleben so vie- ler verschiedener Kulturen.
Mit seinem multiprofessionell und interkulturell besetzten Team begleitet und unterstützt das Kommunale Integrationszentrum die verschiedensten Felder der Integrationsarbeit:
Geschäftsführung des Integrationsrates der Stadt Duisburg
Vernetzung der Integrationsarbeit Kontaktstelle für Migrantenorganisationen
Neuzuwanderung und Erstintegration
Begleitung von geförderten Projekten wie:
– KOMM-AN NRW zur Förderung des Ehrenamtes – Maßnahmenprogramm Südosteuropa
– Duisburger Projekt Integration und Beratung (EHAP)
Interkulturelle Öffnung der Verwaltung und interkulturelles Konfliktmanagement
Einsatz von Sprachmittler*innen im Bildungs- und Gesundheitsbereich
Begleitung des Vereins „Sprachförderung Duisburg e.V.“
Integration durch Bildung ist ein weitreichendes Arbeitsfeld des Kommunalen Integrationszentrums:
Beratung zu Fragen der sprachsensiblen und interkulturellen Schulentwicklung, Entwicklung von Fortbildungsangeboten
Beratung neu zugewanderter Kinder und Jugendlicher und deren Familien zum Einstieg in das deutsche Schulsystem
Beratung der Schulen zur Gestaltung des Schulkli- mas gegen jede Form der Diskriminierung („Schule ohne Rassismus – Schule mit Courage“)
Förderunterricht als außerschulisches Angebot für Schüler*innen ab Klasse 5, durchgeführt von Lehramts-Studierenden
„Willkommensangebot“ für zugewanderte Kinder von 10 – 14 Jahren, die auf einen Schulplatz warten
Einsatz von mehrsprachigen Interkulturellen Berater*innen als Brücke zwischen Elternhaus und Bildungseinrichtungen
Griffbereit, Rucksack KiTa und Rucksack Schule als Programme zum Aufbau von Bildungspartner- schaften mit Eltern ein- bis zehnjähriger Kinder zur Stärkung der Mehrsprachigkeit
Begleitung des Programms „Kein Abschluss ohne Anschluss“ (KAoA) für Schüler*innen der Sekundarstufe I und II/ Berufskollegs
Vernetzung von Bildungseinrichtungen in ausgewählten Stadtteilen
Individuelle Begleitung von Schüler*innen von der 8. – 10. Klasse und im Übergang Schule
– Beruf durch das Aletta Haniel Programm
Zum Kommunalen Integrationszentrum gehören:
das Internationale Zentrum (IZ) am Innenhafen, Flachsmarkt 15, als traditioneller Ort der interkul- turellen Begegnung
das Internationale Jugend- und Kulturzentrum Kiebitz e.V. in Duisburg-Marxloh, Marienstraße 16a, zur Förderung des Austausches durch interkulturelle und inklusive künstlerische Projekte
das Internetportal www.wir-sind-du.de
Gerne können Sie sich mit Anregungen und Fragen an das Team des Kommunalen Integrationszentrums wenden.
"""

# Only used when no Unicode font is installed: the core PDF fonts lack these glyphs.
_CORE_FONT_FALLBACK = str.maketrans({"„": '"', "“": '"', "”": '"', "–": "-", "…": "..."})


def build() -> bytes:
    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_creation_date(dt.datetime(2018, 3, 2, tzinfo=dt.timezone.utc))
    pdf.set_title("Flyer Kommunales Integrationszentrum Duisburg")
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    font = next((Path(p) for p in FONT_CANDIDATES if Path(p).exists()), None)
    text = SEED_003
    if font is not None:
        pdf.add_font("DejaVu", "", str(font))
        pdf.set_font("DejaVu", size=8)
    else:
        print("warning: no DejaVu font found; using Helvetica and plain quotes", file=sys.stderr)
        pdf.set_font("Helvetica", size=8)
        text = text.translate(_CORE_FONT_FALLBACK)
    lines = text.splitlines()
    pdf.set_font_size(13)
    pdf.multi_cell(0, 7, lines[0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font_size(8)
    for line in lines[1:]:
        pdf.multi_cell(0, 4.2, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def main() -> int:
    data = build()
    for state in STATES:
        out = ROOT / "kiwatch" / "data" / "demo" / state / TARGET
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
        print(f"wrote {out.relative_to(ROOT)} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
