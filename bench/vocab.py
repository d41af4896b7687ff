"""Vocabulary of the synthetic corpus, built from the seeds in shared/seeds.

Everything here is invented: towns, streets, people and numbers belong to synthetic centres
only. The wording (units, programmes, fields of action, the way councils announce a
reorganisation) follows the real pages of the seeds, so extraction meets realistic German text.
"""

from __future__ import annotations

# Synthetic town names are composed from three parts; 20 x 30 x 12 = 7,200 distinct names.
TOWN_PREFIX = [
    "", "", "", "", "Alt", "Neu", "Ober", "Nieder", "Bad ", "Groß", "Klein", "Hoch", "Mittel",
    "Sankt ", "Unter", "Ost", "West", "Nord", "Süd", "Hohen",
]
TOWN_STEM = [
    "linden", "eich", "bir", "tann", "wald", "berg", "stein", "bach", "mühl", "rott", "hagen",
    "wester", "roden", "brück", "hamm", "lohn", "esch", "venn", "hees", "kamp", "sell", "dorn",
    "holt", "büren", "werth", "marl", "hüls", "ahl", "rhein", "lipp",
]
TOWN_SUFFIX = [
    "hausen", "heim", "dorf", "kirchen", "berg", "feld", "stadt", "beck", "rath", "ingen", "loh",
    "au",
]

KREIS_KIND = "Kreis"
CITY_KIND = "kreisfreie Stadt"
REGIERUNGSBEZIRKE = ["Düsseldorf", "Köln", "Münster", "Detmold", "Arnsberg"]

# NRW-like area codes (with trunk 0) and the length of the subscriber part.
AREA_CODES = [
    ("0201", 7), ("0203", 7), ("0208", 6), ("0209", 6), ("0211", 7), ("0212", 6), ("0214", 6),
    ("0221", 7), ("0228", 6), ("0231", 7), ("0234", 6), ("0241", 6), ("0251", 6), ("0271", 6),
    ("0281", 6), ("02831", 5), ("02841", 5), ("02151", 6), ("02161", 6), ("02191", 5),
    ("02202", 5), ("02233", 5), ("02241", 5), ("02301", 5), ("02331", 6), ("02351", 5),
    ("02381", 5), ("02421", 5), ("02451", 5), ("0521", 6), ("05221", 5), ("05251", 6),
    ("0571", 6), ("02921", 5), ("02931", 5), ("02941", 5), ("05231", 5), ("05271", 5),
]

STREET_STEM = [
    "Linden", "Eichen", "Bahnhof", "Kirch", "Schul", "Rathaus", "Mühlen", "Garten", "Hafen",
    "Friedrich-Ebert-", "Konrad-Adenauer-", "Goethe", "Schiller", "Wilhelm-Busch-", "Bismarck",
    "Hindenburg", "Post", "Markt", "Burg", "Kloster", "Wiesen", "Brunnen", "Tor",
    "Berliner ", "Kölner ", "Dortmunder ", "Münster", "Stein", "Birken", "Ahorn", "Weiden",
]
# suffix, and whether it can be abbreviated ("straße" -> "str.")
STREET_SUFFIX = ["straße", "straße", "straße", "weg", "platz", "allee", "wall", "ring"]
# streets that are a phrase on their own
STREET_PHRASE = ["Am Stadtgarten", "Alter Markt", "Neumarkt", "Am Rathaus", "Kaiserplatz",
                 "Reeser Landstraße", "Sonnenwall", "Flachsmarkt", "Innenhafen", "Königsallee"]

FIRST_F = [
    "Anna", "Sabine", "Petra", "Claudia", "Andrea", "Julia", "Katharina", "Melanie", "Miriam",
    "Ayşe", "Fatma", "Elif", "Zeynep", "Olga", "Natalia", "Agnieszka", "Jelena", "Dragana",
    "Leyla", "Amina", "Maria", "Ute", "Birgit", "Gülşen", "Hanna", "Svenja", "Nicole", "Jasmin",
]
FIRST_M = [
    "Thomas", "Michael", "Andreas", "Stefan", "Frank", "Markus", "Jörg", "Jürgen", "Ralf",
    "Mehmet", "Ahmet", "Erkan", "Murat", "Suat", "Marijan", "Dragan", "Piotr", "Tomasz",
    "Karim", "Omar", "Sergej", "Dimitri", "Björn", "Uwe", "Kai", "Lars", "Hakan", "Emre",
]
SURNAMES = [
    "Müller", "Schmitz", "Becker", "Hoffmann", "Schäfer", "Koch", "Richter", "Klein", "Wolf",
    "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hartmann", "Lange",
    "Schmitt", "Werner", "Krause", "Meier", "Lehmann", "Köhler", "Jansen", "Peters", "Kaiser",
    "Fuchs", "Vogel", "Weiß", "Brandt", "Günther", "Böhm", "Kühn", "Möller", "Terhorst",
    "Yılmaz", "Demir", "Kaya", "Şahin", "Özdemir", "Çelik", "Arslan", "Doğan", "Aydın",
    "Nowak", "Kowalski", "Wiśniewski", "Popović", "Jovanović", "Petrović", "Kovačević",
    "Haddad", "Rahimi", "Ivanova", "Schewtschenko", "Mahmoud", "El-Amrani", "Osei",
    "Schulte-Wiese", "Brinkmann", "Overbeck", "Hüsken", "Terwey",
]
TITLES = ["", "", "", "", "", "Dr. "]

HEAD_ROLE = {"f": "Leiterin des Kommunalen Integrationszentrums",
             "m": "Leiter des Kommunalen Integrationszentrums"}
DEPUTY_ROLE = {"f": "Stellvertretende Leiterin", "m": "Stellvertretender Leiter"}
TEAM_ROLES = [
    "Integration durch Bildung – Schulen und Seiteneinsteiger",
    "Frühkindliche Bildung und Elementarbereich",
    "Koordination KOMM-AN NRW",
    "Übergang Schule – Beruf",
    "Sprachmittlerpool und Dolmetscherdienste",
    "Interkulturelle Öffnung der Verwaltung",
    "Geschäftsstelle des Integrationsrates",
    "Kontaktstelle für Migrantenorganisationen",
    "Sachbearbeitung und Verwaltung",
    "Sekretariat",
    "Neuzuwanderung und Erstintegration",
    "Bildungsberatung für neu zugewanderte Familien",
]
COUNCIL_ROLES = {"chair": {"f": "Vorsitzende des Integrationsrates", "m": "Vorsitzender des Integrationsrates"},
                 "clerk": {"f": "Schriftführerin", "m": "Schriftführer"}}

CENTRAL_MAILBOXES = ["integration", "ki", "integrationszentrum", "kommunales-integrationszentrum"]

# Parent units, {n} = a number; wording as the seeds write it.
PARENT_UNITS = [
    "Stabsstelle im Dezernat {roman} für Recht, Familie und Integration",
    "Stabsstelle im Dezernat des Oberbürgermeisters",
    "Dezernat {roman} für Integration, Sport und Gesundheit",
    "Amt für Integration und Einwanderungsservice",
    "Fachbereich {n} Jugend, Schule und Integration",
    "Fachbereich {n} Bildung und Integration",
    "Amt {n} – Schulverwaltungsamt, Sachgebiet Integration",
    "{n}-2-3 Regionale Schul- und Bildungsberatung",
    "Referat für Integration und Vielfalt im Dezernat {roman}",
    "Fachdienst {n} Integration und Migration",
    "Amt für Soziales, Wohnen und Integration",
    "Dezernat {roman} für Bildung, Kultur und Soziales",
]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII"]

FIELDS_OF_ACTION = [
    "Integration als Querschnittsaufgabe",
    "Frühkindliche Bildung und Elementarbereich",
    "Interkulturelle Schulentwicklung",
    "Übergang Schule – Beruf",
    "Integration durch Bildung",
    "Interkulturelle Öffnung der Verwaltung",
]

PROGRAMMES = [
    "Griffbereit", "Rucksack KiTa", "Rucksack Schule", "KOMM-AN NRW",
    "Kein Abschluss ohne Anschluss (KAoA)", "Schule ohne Rassismus – Schule mit Courage",
    "Kommunales Integrationsmanagement (KIM)", "Sprachmittlerpool", "Durchgängige Sprachbildung",
    "Integration durch Sport", "Elterncafé international", "Bildungspartnerschaften mit Eltern",
    "Mehrsprachige Lesepatenschaften", "Demokratie leben!",
]

NEW_UNITS = [
    "Amt für Integration und Einwanderungsservice", "Fachbereich Migration und Teilhabe",
    "Amt für Chancengleichheit und Integration", "Dezernat für Bildung und Integration",
    "Fachbereich Schule, Bildung und Integration",
]

PROJECT_TOPICS = [
    ("seiteneinsteiger", "Beratung für Seiteneinsteiger"),
    ("sprachmittler", "Einsatz von Sprachmittlerinnen und Sprachmittlern"),
    ("ehrenamt", "Förderung des Ehrenamts"),
    ("elternarbeit", "Interkulturelle Elternarbeit"),
    ("migrantenorganisationen", "Vernetzung der Migrantenorganisationen"),
    ("antidiskriminierung", "Antidiskriminierungsarbeit"),
    ("sprachfoerderung", "Sprachförderung im Elementarbereich"),
    ("quartiere", "Integrationsangebote in den Quartieren"),
]

NEWS_TOPICS = [
    "Staatssekretärin besucht das Kommunale Integrationszentrum",
    "Fachtag zur durchgängigen Sprachbildung",
    "Interkulturelle Woche: Programm veröffentlicht",
    "Neue Fortbildungsreihe für Lehrkräfte",
    "Elterncafé startet im Familienzentrum",
    "Integrationsrat tagt im Rathaus",
    "Mehrsprachiger Vorlesetag in der Stadtbibliothek",
    "Auszeichnung für das Ehrenamtsprojekt",
    "Neue Broschüre für neu zugewanderte Familien",
    "Workshopreihe gegen Diskriminierung an Schulen",
    "Austausch der Migrantenorganisationen",
    "Sommerschule für Seiteneinsteiger",
]

# Neutral filler sentences for the main text of pages (no facts in them).
FILLER = [
    "Das Kommunale Integrationszentrum versteht Integrationspolitik als Querschnittsaufgabe.",
    "Es vernetzt integrationsrelevante Akteure in der Verwaltung, bei den freien Trägern und in den Migrantenorganisationen, bündelt die Aktivitäten und stimmt sie aufeinander ab.",
    "Die Zusammenlegung der Handlungsfelder soll Parallelstrukturen in der Integrationsarbeit vermeiden und für Synergieeffekte sorgen.",
    "Aus den Handlungsfeldern werden jeweils im Turnus von zwei Jahren Schwerpunktziele formuliert.",
    "Die Beratung von neu zugewanderten Kindern und Jugendlichen zur Fortsetzung ihrer Schullaufbahn erfolgt auf Einladung.",
    "Gerne können Sie sich mit Anregungen und Fragen an das Team des Kommunalen Integrationszentrums wenden.",
    "Die Landesweite Koordinierungsstelle Kommunale Integrationszentren (LaKI) organisiert einen kontinuierlichen Erfahrungstransfer zwischen den Zentren.",
    "Verständnis füreinander, Wissen voneinander und ein Dialog auf Augenhöhe sind die Basis für ein gelingendes Zusammenleben.",
    "Mit einem multiprofessionell und interkulturell besetzten Team begleitet das Zentrum die verschiedensten Felder der Integrationsarbeit.",
    "Kindergärten, Schulen sowie dort tätige Fachkräfte werden mit sprachbildenden und interkulturellen Konzepten beraten und begleitet.",
    "Die Angebote richten sich an Familien, Bildungseinrichtungen, Vereine und die Verwaltung gleichermaßen.",
    "Bestands- und Bedarfsanalysen zu integrationsrelevanten Daten und Fakten bilden die Grundlage der Arbeit.",
    "Die Entwicklung integrationspolitischer Handlungs- und Beratungskonzepte erfolgt gemeinsam mit den Partnerinnen und Partnern vor Ort.",
    "Erprobte Ansätze und Projekte werden bekannt gemacht und in die Fläche getragen.",
    "Die Talente und Ressourcen, die viele Zugewanderte mitbringen, sollen stärker sichtbar werden.",
    "Das Team berät zu Fragen der sprachsensiblen und interkulturellen Schulentwicklung.",
    "Alle Veranstaltungen sind kostenfrei; eine Anmeldung ist erwünscht.",
    "Informationen stehen in mehreren Sprachen zur Verfügung.",
]
NEWS_SENTENCES = [
    "Rund {n} Teilnehmerinnen und Teilnehmer kamen zur Auftaktveranstaltung.",
    "Im Mittelpunkt standen der fachliche Austausch und die Vernetzung der Akteure.",
    "Die Veranstaltung fand in Kooperation mit den freien Trägern statt.",
    "Weitere Termine werden rechtzeitig bekannt gegeben.",
    "Die Themen Migration und Integration spielen vor Ort eine große Rolle.",
    "Die Beteiligten zogen eine positive Bilanz und vereinbarten eine Fortsetzung im kommenden Jahr.",
    "Das Angebot wird aus Mitteln des Landes Nordrhein-Westfalen gefördert.",
    "Interessierte können sich beim Kommunalen Integrationszentrum informieren.",
    "Die Materialien stehen in zwölf Sprachen zur Verfügung.",
    "Besonders gefragt waren die Workshops zu Mehrsprachigkeit und Elternbeteiligung.",
]
HOURS = [
    "Montag bis Donnerstag 8:30 – 15:30 Uhr, Freitag 8:30 – 12:00 Uhr",
    "Mo–Fr 9:00 – 12:00 Uhr sowie nach Vereinbarung",
    "Dienstag und Donnerstag 14:00 – 17:00 Uhr und nach Terminabsprache",
]

# Noise pools -----------------------------------------------------------------------------
TEASERS = [
    "Jetzt online: der Veranstaltungskalender für den Herbst.",
    "Bürgerbüro: Termine jetzt auch online buchen.",
    "Stadtbibliothek: neue Öffnungszeiten ab Montag.",
    "Sperrmüll-Abholung kostenlos online anmelden.",
    "Ferienspiele: Anmeldung ab sofort möglich.",
    "Wochenmarkt: Sonderverkauf am Samstag.",
    "Stadtradeln: Machen Sie mit!",
    "Baustelleninformationen für die Innenstadt.",
    "Ehrenamtskarte beantragen – so geht's.",
    "Neue Spielplätze im Stadtgebiet eröffnet.",
]
COOKIE_BANNERS = [
    "Wir verwenden Cookies, um Ihnen ein optimales Webseiten-Erlebnis zu bieten.",
    "Diese Website nutzt Cookies. Einige sind technisch notwendig, andere helfen uns, die Seite zu verbessern.",
    "Um unsere Webseite für Sie optimal zu gestalten und fortlaufend verbessern zu können, verwenden wir Cookies.",
]
PORTAL_SECTIONS = [
    "Rathaus & Politik", "Bürgerservice", "Familie & Soziales", "Bildung", "Kultur & Freizeit",
    "Wirtschaft", "Umwelt & Verkehr", "Bauen & Wohnen", "Gesundheit", "Sicherheit & Ordnung",
    "Stadtportrait", "Presse", "Karriere", "Tourismus",
]
PORTAL_SUB = [
    "Übersicht", "Ansprechpersonen", "Formulare", "Satzungen", "Termine", "Aktuelles",
    "Online-Dienste", "Beratung", "Förderung",
]
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember"]
