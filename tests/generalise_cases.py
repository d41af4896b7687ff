"""A private check set of phrasings written apart from the corpus (issue 7): other word orders,
synonyms, subordinate clauses, passive, lists, English, abbreviations, acting markers, other
role holders as distractors. Invented people, units and towns only. Same schema as the corpus
cases (tests/corpus/README.md), scored by bench.corpus_score."""

from __future__ import annotations

CASES: list[dict] = [
    # ---------------------------------------------------------------- head, other wordings
    {"id": "g-head-01", "text": "Die Leitung des Integrationszentrums obliegt Frau Dr. Hatice Demirtaş.",
     "head": ["Hatice Demirtaş"]},
    {"id": "g-head-02", "text": "Verantwortlich für das Kommunale Integrationszentrum ist seit 2022 Grzegorz Wójcik-Brandt.",
     "head": ["Grzegorz Wójcik-Brandt"]},
    {"id": "g-head-03", "text": "Dem KI steht seit Jahresbeginn Yasmina el-Khatib vor.",
     "head": ["Yasmina el-Khatib"]},
    {"id": "g-head-04", "text": "Seit Oktober führt Ole van der Meulen das Integrationszentrum.",
     "head": ["Ole van der Meulen"]},
    {"id": "g-head-05", "text": "The Municipal Integration Centre is headed by Dr. Amina Okonkwo.",
     "head": ["Amina Okonkwo"]},
    {"id": "g-head-06", "text": "Ltg.: Bartosz Nowicki", "head": ["Bartosz Nowicki"]},
    {"id": "g-head-07", "text": "Komm. Leitung: Sevgi Aksoy-Lang", "head": ["Sevgi Aksoy-Lang"], "acting": True},
    {"id": "g-head-08", "text": "Bis auf Weiteres leitet Dragan Petrović das Kommunale Integrationszentrum.",
     "head": ["Dragan Petrović"], "acting": True},
    {"id": "g-head-09", "text": "Das Kommunale Integrationszentrum wird interimistisch von Jolanta Kowalczyk geleitet.",
     "head": ["Jolanta Kowalczyk"], "acting": True},
    {"id": "g-head-10", "text": "Übergangsweise hat Malte Ohlendorf die Leitung des KI übernommen.",
     "head": ["Malte Ohlendorf"], "acting": True},
    {"id": "g-head-11", "text": "Geleitet wird das Integrationszentrum von Nuray Çelik, die zuvor im Schulamt tätig war.",
     "head": ["Nuray Çelik"]},
    {"id": "g-head-12", "text": "Neue Leiterin des Kommunalen Integrationszentrums ist Małgorzata Zielińska.",
     "head": ["Małgorzata Zielińska"]},
    {"id": "g-head-13", "text": "Zum 1. März 2026 hat Tobias de Groot die Leitung übernommen.",
     "head": ["Tobias de Groot"]},
    {"id": "g-head-14", "text": "Ansprechpartnerin und Leiterin des KI: Fatma Al-Rashid",
     "head": ["Fatma Al-Rashid"]},
    {"id": "g-head-15", "text": "Head of the integration centre: Kwame Mensah-Bauer",
     "head": ["Kwame Mensah-Bauer"]},
    {"id": "g-head-16", "text": "Das Team des Integrationszentrums wird von Frau Aylin O’Neill geführt.",
     "head": ["Aylin O'Neill"]},
    {"id": "g-head-17", "html": "<h3>Leitung des KI</h3><p>Henrike Sönmez-Vogt<br>Telefon 02345 66-1200</p>",
     "head": ["Henrike Sönmez-Vogt"], "phones": ["02345 66-1200"]},
    {"id": "g-head-18", "text": "An der Spitze des Integrationszentrums steht Mehmet Ali bin Yusuf.",
     "head": ["Mehmet Ali bin Yusuf"]},
    # ---------------------------------------------------------------- acting vs deputy
    {"id": "g-acting-01", "text": "Die Leitung des KI nimmt derzeit kommissarisch Anja Brückner wahr. Stellvertreterin ist Derya Kaplan.",
     "head": ["Anja Brückner"], "acting": True, "must_not": {"head": ["Derya Kaplan"]}},
    {"id": "g-acting-02", "text": "Stellv. Leitung: Jonas Hildebrandt", "head": [], "must_not": {"head": ["Jonas Hildebrandt"]}},
    {"id": "g-acting-03", "text": "Leiterin des Kommunalen Integrationszentrums (i. V.): Katarzyna Lis",
     "head": ["Katarzyna Lis"], "acting": True},
    # ---------------------------------------------------------------- distractors: other role holders
    {"id": "g-dis-01", "text": "Bürgermeister Ansgar Velten begrüßte die Gäste im Integrationszentrum.",
     "head": [], "must_not": {"head": ["Ansgar Velten"]}},
    {"id": "g-dis-02", "text": "Der Vorsitzende des Integrationsrates, Ilker Bozkurt, leitet die Sitzung.",
     "head": [], "must_not": {"head": ["Ilker Bozkurt"]}},
    {"id": "g-dis-03", "text": "Bisher leitete Reinhild Sauerbrey das KI; sie ist in den Ruhestand gegangen. Neuer Leiter ist Oskar Lindqvist.",
     "head": ["Oskar Lindqvist"], "must_not": {"head": ["Reinhild Sauerbrey"]}},
    {"id": "g-dis-04", "text": "Sozialdezernentin Dr. Beate Holtkamp, die auch für das Integrationszentrum zuständig ist, stellte den Bericht vor.",
     "head": [], "must_not": {"head": ["Beate Holtkamp"]}},
    {"id": "g-dis-05", "text": "Pressesprecher Lukas Ferber: Telefon 02345 66-1000",
     "head": [], "phones": [], "must_not": {"head": ["Lukas Ferber"], "phones": ["02345 66-1000"]}},
    {"id": "g-dis-06", "text": "Bis zum 31.12.2024 war Edeltraud Wimmer Leiterin des KI.",
     "head": [], "must_not": {"head": ["Edeltraud Wimmer"]}},
    {"id": "g-dis-07", "text": "Die Geschäftsführung des Caritasverbandes liegt bei Norbert Fässler; er arbeitet eng mit dem KI zusammen.",
     "head": [], "must_not": {"head": ["Norbert Fässler"]}},
    {"id": "g-dis-08", "text": "Die ehemalige Leiterin des Integrationszentrums, Sabine Kortmann, wurde verabschiedet.",
     "head": [], "must_not": {"head": ["Sabine Kortmann"]}},
    # ---------------------------------------------------------------- parent units
    {"id": "g-unit-01", "text": "Organisatorisch ist das KI dem Fachbereich Bildung und Integration zugeordnet.",
     "parent_units": ["Fachbereich Bildung und Integration"]},
    {"id": "g-unit-02", "text": "Das Integrationszentrum ist beim Amt für Schule und Weiterbildung angesiedelt.",
     "parent_units": ["Amt für Schule und Weiterbildung"]},
    {"id": "g-unit-03", "text": "Das KI gehört als Abteilung 51.3 zum Jugendamt.",
     "parent_units": ["Jugendamt"]},
    {"id": "g-unit-04", "text": "Dem Dezernat IV (Soziales, Jugend, Gesundheit) ist das Kommunale Integrationszentrum unterstellt.",
     "parent_units": ["Dezernat IV [Soziales, Jugend, Gesundheit]"]},
    {"id": "g-unit-05", "text": "Als Stabsstelle ist das Integrationszentrum direkt beim Landrat angebunden.",
     "parent_units": ["Landrat"]},
    {"id": "g-unit-06", "text": "Zuständige Organisationseinheit: FB 40 – Schule und Bildung",
     "parent_units": ["FB 40"]},
    {"id": "g-unit-07", "text": "Das Kommunale Integrationszentrum ist Teil des Geschäftsbereichs Bildung, Kultur und Sport.",
     "parent_units": ["Geschäftsbereich Bildung, Kultur und Sport"]},
    # ---------------------------------------------------------------- reorganisations
    {"id": "g-reorg-01", "text": "Zum 01.07.2026 wird das Kommunale Integrationszentrum in das neue Amt für Teilhabe eingegliedert.",
     "reorganisations": ["2026-07-01"]},
    {"id": "g-reorg-02", "text": "Mit Wirkung vom 1. Januar 2027 werden das KI und das Integrationsbüro zusammengelegt.",
     "reorganisations": ["2027-01-01"]},
    {"id": "g-reorg-03", "text": "Ab dem 1. April 2026 heißt das Integrationszentrum Zentrum für Vielfalt; es wurde umbenannt.",
     "reorganisations": ["2026-04-01"]},
    {"id": "g-reorg-04", "text": "Die Neuorganisation der Kreisverwaltung tritt am 01.02.2027 in Kraft; das KI wechselt dann in den Fachbereich Soziales.",
     "reorganisations": ["2027-02-01"]},
    # ---------------------------------------------------------------- addresses and phones
    {"id": "g-addr-01", "text": "Sie finden uns in der Kolpingstraße 12 in 45999 Wahlheim, 2. Etage.",
     "addresses": ["Kolpingstraße 12, 45999 Wahlheim"]},
    {"id": "g-addr-02", "html": "<p>Kommunales Integrationszentrum<br>Am Alten Hafen 3<br>46001 Bergfeld</p>",
     "addresses": ["Am Alten Hafen 3, 46001 Bergfeld"]},
    {"id": "g-addr-03", "html": "<p>Kommunales Integrationszentrum<br>Lindenallee 4, 45999 Wahlheim</p>"
     "<h3>Veranstaltungsort</h3><p>Bürgerhaus Nord<br>Gartenweg 88<br>45999 Wahlheim</p>",
     "addresses": ["Lindenallee 4, 45999 Wahlheim"], "must_not": {"addresses": ["Gartenweg 88, 45999 Wahlheim"]}},
    {"id": "g-phone-01", "text": "Sie erreichen das Sekretariat unter 02345 66-1210.", "phones": ["02345 66-1210"]},
    {"id": "g-phone-02", "text": "Tel. +49 2345 66-1211 · Fax +49 2345 66-1299",
     "phones": ["02345 66-1211", "02345 66-1299"]},
    # ---------------------------------------------------------------- stamps are noise
    {"id": "g-stamp-01", "html": "<p>Kommunales Integrationszentrum<br>Lindenallee 4, 45999 Wahlheim</p><p>Printed on 12.03.2026, 10:14</p>",
     "addresses": ["Lindenallee 4, 45999 Wahlheim"], "reorganisations": []},
    # ---------------------------------------------------------------- second round: more wordings
    {"id": "g-head-19", "text": "Frau Zeynep Karagöz ist für die Leitung des Kommunalen Integrationszentrums zuständig.",
     "head": ["Zeynep Karagöz"]},
    {"id": "g-head-20", "text": "Das KI wird seit dem Sommer m.d.W.d.G.b. von Piotr Zawadzki geführt.",
     "head": ["Piotr Zawadzki"], "acting": True},
    {"id": "g-head-21", "text": "The centre is led by Aisha Rahimi, who took over in 2025.",
     "head": ["Aisha Rahimi"]},
    {"id": "g-dis-09", "text": "Anna-Lena Brüggemann hat die Leitung des Integrationszentrums zum Fachgespräch eingeladen.",
     "head": [], "must_not": {"head": ["Anna-Lena Brüggemann"]}},
    {"id": "g-dis-10", "text": "Die Leitung des Jugendamtes hat Volker Strunk; das KI arbeitet eng mit ihm zusammen.",
     "head": [], "must_not": {"head": ["Volker Strunk"]}},
    {"id": "g-unit-08", "text": "Angebunden ist das KI an den Fachdienst 51 Jugend und Familie.",
     "parent_units": ["Fachdienst 51 Jugend und Familie"]},
    {"id": "g-unit-09", "text": "Das Kommunale Integrationszentrum bildet gemeinsam mit der Ausländerbehörde das Amt für Migration.",
     "parent_units": ["Amt für Migration"]},
    {"id": "g-reorg-05", "text": "Nach dem Ratsbeschluss vom 12.05.2026 wird das KI zum 01.09.2026 dem Dezernat II unterstellt.",
     "reorganisations": ["2026-09-01"], "tolerate": {"reorganisations": ["2026-05-12"]}},
    {"id": "g-reorg-06", "text": "Die Umstrukturierung der Verwaltung wird zum 1. Januar 2027 wirksam: Das Integrationszentrum wird Teil des neuen Fachbereichs Soziales.",
     "reorganisations": ["2027-01-01"]},
    {"id": "g-phone-03", "html": "<h3>Pressestelle der Stadt</h3><p>Telefon 02345 66-1001</p><h3>Kontakt KI</h3><p>Telefon 02345 66-1220</p>",
     "phones": ["02345 66-1220"], "must_not": {"phones": ["02345 66-1001"]}},
    {"id": "g-stamp-02", "html": "<p>Kommunales Integrationszentrum, Lindenallee 4, 45999 Wahlheim</p><p>Erstellt am 03.02.2026 um 09:12 Uhr</p>",
     "addresses": ["Lindenallee 4, 45999 Wahlheim"], "reorganisations": []},
    {"id": "g-dis-11", "text": "Bürgermeisterin Petra Lohmann übernimmt die Leitung des Integrationszentrums-Beirats.",
     "head": [], "must_not": {"head": ["Petra Lohmann"]}},
    {"id": "g-dis-12", "text": "Herr Jonas Peters, bisher Leiter des KI, wechselt ins Schulamt.",
     "head": [], "must_not": {"head": ["Jonas Peters"]}},
    {"id": "g-dis-13", "text": "Seit 2019 leitete Gerda Hahn das Kommunale Integrationszentrum. Sie ist nun im Ruhestand.",
     "head": [], "must_not": {"head": ["Gerda Hahn"]}},
    {"id": "g-dis-14", "text": "Der frühere KI-Leiter Uwe Brandt hielt die Festrede.",
     "head": [], "must_not": {"head": ["Uwe Brandt"]}},
    {"id": "g-dis-15", "text": "Die Geschäftsführerin der Caritas, Maria Sommer, leitet den Arbeitskreis gemeinsam mit dem KI.",
     "head": [], "must_not": {"head": ["Maria Sommer"]}},
    {"id": "g-dis-16", "text": "Die Leitung des Jugendmigrationsdienstes hat Samuel Osei inne; das KI ist Kooperationspartner.",
     "head": [], "must_not": {"head": ["Samuel Osei"]}},
    {"id": "g-dis-17", "text": "Bis März 2025 stand Olga Weiß an der Spitze des Integrationszentrums.",
     "head": [], "must_not": {"head": ["Olga Weiß"]}},
    {"id": "g-dis-18", "text": "Als Pressesprecher des Kreises ist Tim Gerlach auch für Anfragen zum KI zuständig.",
     "head": [], "must_not": {"head": ["Tim Gerlach"]}},
    # ---------------------------------------------------------------- third round: units, changes, stamps
    {"id": "g-unit-10", "text": "Übergeordnete Stelle: Fachbereich Bildung", "parent_units": ["Fachbereich Bildung"]},
    {"id": "g-unit-11", "text": "Das KI ressortiert beim Dezernat V.", "parent_units": ["Dezernat V"]},
    {"id": "g-unit-12", "text": "Organisatorisch gehört das Integrationszentrum zum Amt 40 (Schulverwaltungsamt).",
     "parent_units": ["Amt 40 [Schulverwaltungsamt]"]},
    {"id": "g-reorg-07", "text": "Zum 1. Juli 2026 wird aus dem KI und der Ausländerbehörde das neue Amt für Migration gebildet.",
     "reorganisations": ["2026-07-01"]},
    {"id": "g-reorg-08", "text": "Das KI heißt ab 1. August 2026 „Zentrum für Integration und Vielfalt“.",
     "reorganisations": ["2026-08-01"]},
    {"id": "g-reorg-09", "text": "From 1 January 2027 the centre will be merged with the immigration office.",
     "reorganisations": ["2027-01-01"]},
    {"id": "g-stamp-03", "text": "Kommunales Integrationszentrum, Lindenallee 4, 45999 Wahlheim\n\nGedruckt am 04.05.2026 10:22\n\nPage generated 2026-02-03 11:04",
     "addresses": ["Lindenallee 4, 45999 Wahlheim"], "reorganisations": []},
    {"id": "g-stamp-04", "text": "Eine Arbeitsgruppe der Eltern wurde am 12.03.2026 gebildet und trifft sich monatlich.",
     "reorganisations": []},
    {"id": "g-dis-19", "text": "Bürgermeister Ansgar Velten leitet heute die Feierstunde des Integrationszentrums.",
     "head": [], "must_not": {"head": ["Ansgar Velten"]}},
    {"id": "g-dis-20", "text": "Integrationsratsvorsitzende Leyla Avcı führt durch das Programm des KI.",
     "head": [], "must_not": {"head": ["Leyla Avcı"]}},
]

# ============================================================================ fourth round (issue 7,
# heads / parent units / reorganisations). Written before the extractor was changed for them; every
# third case is kept ASIDE (never tuned on, reported apart by bench/generalise_score.py), the rest
# joins CASES above.
_ROUND4: list[dict] = [
    # ---------------------------------------------------------------- heads: back-references
    {"id": "g4-head-01", "text": "Ihr Ansprechpartner im Haus ist Herr Konstantinos Papadakis. Herr Papadakis leitet das Integrationszentrum seit 2020.",
     "head": ["Konstantinos Papadakis"]},
    {"id": "g4-head-02", "text": "Neu im Team ist Dr. Thuy Nguyen. Sie leitet seit Mai das Kommunale Integrationszentrum.",
     "head": ["Thuy Nguyen"]},
    {"id": "g4-head-03", "text": "Das Gespräch führte Herr Aleksandar Jovanović. Jovanović ist seit 2019 Leiter des KI.",
     "head": ["Aleksandar Jovanović"]},
    {"id": "g4-head-04", "text": "Das Integrationszentrum berät Familien aus vierzig Ländern. Es wird von Ana Pavlović geleitet.",
     "head": ["Ana Pavlović"]},
    # ---------------------------------------------------------------- heads: verbs and nouns
    {"id": "g4-head-05", "text": "Seit 2023 verantwortet Svetlana Morozova das Kommunale Integrationszentrum.",
     "head": ["Svetlana Morozova"]},
    {"id": "g4-head-06", "text": "Das Kommunale Integrationszentrum Talbrück wird von Hoang Thi Lan geleitet.",
     "head": ["Hoang Thi Lan"]},
    {"id": "g4-head-07", "text": "Rojda Amedî-Schulte leitet das KIZ des Kreises Emsbruch.",
     "head": ["Rojda Amedî-Schulte"]},
    {"id": "g4-head-08", "text": "Die Leitung hat Frau Agnieszka Dąbrowska-Henning.",
     "head": ["Agnieszka Dąbrowska-Henning"]},
    {"id": "g4-head-09", "text": "Teamleitung: Farida Haidari", "head": ["Farida Haidari"]},
    {"id": "g4-head-10", "text": "Die Abteilungsleitung des Kommunalen Integrationszentrums liegt bei Marek Szymański.",
     "head": ["Marek Szymański"]},
    {"id": "g4-head-11", "text": "Our centre is managed by Kemal Aydoğan.", "head": ["Kemal Aydoğan"]},
    {"id": "g4-head-12", "text": "Director: Dr. Nadia Haddad-Stein", "head": ["Nadia Haddad-Stein"]},
    {"id": "g4-head-13", "text": "Leiterin des Integrationszentrums ist Maria de los Santos Pereira.",
     "head": ["Maria de los Santos Pereira"]},
    {"id": "g4-head-14", "text": "Herr Dimitrios Karagiannis leitet das Kreisintegrationszentrum.",
     "head": ["Dimitrios Karagiannis"]},
    {"id": "g4-head-15", "text": "Die Leitung liegt in den Händen von Shirin Abdulrahman.", "head": ["Shirin Abdulrahman"]},
    {"id": "g4-head-16", "text": "Yannick Ostermann-Oğuz ist neuer Teamleiter im Kommunalen Integrationszentrum.",
     "head": ["Yannick Ostermann-Oğuz"]},
    {"id": "g4-head-17", "text": "Mit der Leitung des KI wurde Amal Saleh betraut.", "head": ["Amal Saleh"]},
    {"id": "g4-head-18", "text": "Leiter des KIZ: Bogdan Ionescu", "head": ["Bogdan Ionescu"]},
    # ---------------------------------------------------------------- heads: cards, tables, lists
    {"id": "g4-head-19", "html": "<table><tr><th>Name</th><th>Funktion</th><th>Telefon</th></tr>"
     "<tr><td>Yusuf Demir</td><td>Leitung</td><td>02345 77-100</td></tr>"
     "<tr><td>Ines Kalkbrenner</td><td>Sekretariat</td><td>02345 77-101</td></tr></table>",
     "head": ["Yusuf Demir"], "must_not": {"head": ["Ines Kalkbrenner"]}},
    {"id": "g4-head-20", "html": "<ul><li><strong>Leitung</strong><br>Nikos Antoniadis</li>"
     "<li><strong>Stellvertretende Leitung</strong><br>Birgit Oltmanns</li></ul>",
     "head": ["Nikos Antoniadis"], "must_not": {"head": ["Birgit Oltmanns"]}},
    {"id": "g4-head-21", "html": "<div class=\"person\"><p>Frau Dr. Ewa Maj</p><p>Leiterin des Kommunalen Integrationszentrums</p>"
     "<p>Tel. 02345 88-200</p></div>", "head": ["Ewa Maj"]},
    {"id": "g4-head-22", "html": "<dl><dt>Leitung</dt><dd>Kerem Yavuz</dd><dt>Verwaltung</dt><dd>Heike Brockmann</dd></dl>",
     "head": ["Kerem Yavuz"], "must_not": {"head": ["Heike Brockmann"]}},
    # ---------------------------------------------------------------- acting heads
    {"id": "g4-acting-01", "text": "Vertretungsweise leitet derzeit Olena Kravchenko das Integrationszentrum.",
     "head": ["Olena Kravchenko"], "acting": True},
    {"id": "g4-acting-02", "text": "Das KI wird bis auf Weiteres von Jannik Sørensen kommissarisch geführt.",
     "head": ["Jannik Sørensen"], "acting": True},
    {"id": "g4-acting-03", "text": "Interim head of the integration centre: Priya Raman", "head": ["Priya Raman"], "acting": True},
    {"id": "g4-acting-04", "text": "In Vertretung leitet Daniela Ruiz Moreno das Kommunale Integrationszentrum.",
     "head": ["Daniela Ruiz Moreno"], "acting": True},
    # ---------------------------------------------------------------- heads: who is not the head
    {"id": "g4-dis-01", "text": "Bis 2022 leitete Hartmut Klosterkamp das KI, seither ist Lea Wójcik die Leiterin.",
     "head": ["Lea Wójcik"], "must_not": {"head": ["Hartmut Klosterkamp"]}},
    {"id": "g4-dis-02", "text": "Merve Güneş folgt auf Ralf Obendorf, der das Integrationszentrum zwölf Jahre geleitet hat.",
     "head": ["Merve Güneş"], "must_not": {"head": ["Ralf Obendorf"]}},
    {"id": "g4-dis-03", "text": "Ab dem 1. Oktober 2026 übernimmt Tariq Nasser die Leitung des KI. Bis dahin leitet Ursula Brenneke das Zentrum weiter.",
     "head": ["Ursula Brenneke"], "must_not": {"head": ["Tariq Nasser"]}},
    {"id": "g4-dis-04", "text": "Die Leitung des Kommunalen Integrationszentrums ist derzeit nicht besetzt; Fragen beantwortet Sandra Pohlmann.",
     "head": [], "must_not": {"head": ["Sandra Pohlmann"]}},
    {"id": "g4-dis-05", "text": "Stellvertretende Leiterin des KI ist Gülşen Arslan.", "head": [], "must_not": {"head": ["Gülşen Arslan"]}},
    {"id": "g4-dis-06", "text": "Zuständiger Dezernent für das Integrationszentrum ist Stadtrat Holger Brinkhaus.",
     "head": [], "must_not": {"head": ["Holger Brinkhaus"]}},
    {"id": "g4-dis-07", "text": "Amtsleiterin des Schulamtes, zu dem das KI gehört, ist Renate Vossberg.",
     "head": [], "must_not": {"head": ["Renate Vossberg"]}},
    {"id": "g4-dis-08", "text": "Landrätin Dr. Ilse Tenhagen eröffnete die neuen Räume des Kreisintegrationszentrums.",
     "head": [], "must_not": {"head": ["Ilse Tenhagen"]}},
    {"id": "g4-dis-09", "text": "Vorsitzender des Integrationsrates ist Baran Doğan.", "head": [], "must_not": {"head": ["Baran Doğan"]}},
    {"id": "g4-dis-10", "text": "Nach 15 Jahren an der Spitze des KI wurde Gisela Hüsken in den Ruhestand verabschiedet.",
     "head": [], "must_not": {"head": ["Gisela Hüsken"]}},
    {"id": "g4-dis-11", "text": "Projektleitung „Sprachbrücken“: Laura Meinhardt", "head": [], "must_not": {"head": ["Laura Meinhardt"]}},
    {"id": "g4-dis-12", "text": "Cem Öztürk leitet die Migrationsberatung der AWO.", "head": [], "must_not": {"head": ["Cem Öztürk"]}},
    {"id": "g4-dis-13", "text": "Geleitet wird das KI von Frau Serap Yılmaz, ihre Stellvertreterin ist Frau Lina Hoffmann.",
     "head": ["Serap Yılmaz"], "must_not": {"head": ["Lina Hoffmann"]}},
    {"id": "g4-dis-14", "text": "Nachfolger von Peter Lenz an der Spitze des Kreisintegrationszentrums ist Emre Kılıç.",
     "head": ["Emre Kılıç"], "must_not": {"head": ["Peter Lenz"]}},
    # ---------------------------------------------------------------- parent units
    {"id": "g4-unit-01", "text": "Das KI ist im Dezernat III – Jugend, Schule und Integration – verortet.",
     "parent_units": ["Dezernat III [Jugend, Schule und Integration]"]},
    {"id": "g4-unit-02", "text": "Das Integrationszentrum ist eine Abteilung des Fachbereichs 50 Soziales.",
     "parent_units": ["Fachbereich 50 [Soziales]"]},
    {"id": "g4-unit-03", "text": "Organisatorisch angebunden ist das Kreisintegrationszentrum an das Amt für Bildung und Kultur.",
     "parent_units": ["Amt für Bildung und Kultur"]},
    {"id": "g4-unit-04", "text": "Das KIZ ist ein Sachgebiet im Amt 51 (Jugendamt).", "parent_units": ["Amt 51 [Jugendamt]"]},
    {"id": "g4-unit-05", "text": "Gehört zu: Fachdienst 3.4 Integration und Bildung",
     "parent_units": ["Fachdienst 3.4 [Integration und Bildung]"]},
    {"id": "g4-unit-06", "html": "<p>Startseite › Dezernat II › Amt für Schule › Kommunales Integrationszentrum</p>",
     "parent_units": ["[Dezernat II /] Amt für Schule"]},
    {"id": "g4-unit-07", "text": "Das Kommunale Integrationszentrum Bergfeld (KIB) berät Schulen.\n\nOrganisatorisch gehört das KIB zum Geschäftsbereich 2 – Bildung und Soziales.",
     "parent_units": ["Geschäftsbereich 2 [Bildung und Soziales]"]},
    {"id": "g4-unit-08", "text": "Das Integrationszentrum ist als Stabsstelle dem Oberbürgermeister zugeordnet.",
     "parent_units": ["[Stabsstelle] Oberbürgermeister"]},
    {"id": "g4-unit-09", "text": "Wir sind Teil des Ressorts Bildung, Jugend und Sport.", "parent_units": ["Ressort Bildung, Jugend und Sport"]},
    {"id": "g4-unit-10", "text": "Das KI ist in der Abteilung „Vielfalt und Teilhabe“ des Sozialamtes angesiedelt.",
     "parent_units": ["Abteilung Vielfalt und Teilhabe [Sozialamt]"]},
    {"id": "g4-unit-11", "html": "<table><tr><th>Übergeordnete Organisationseinheit</th><td>Dez. IV Soziales</td></tr></table>",
     "parent_units": ["Dezernat IV [Soziales]"]},
    {"id": "g4-unit-12", "text": "Innerhalb der Stadtverwaltung ressortiert das Integrationszentrum im Fachbereich Schule und Sport (FB 40).",
     "parent_units": ["Fachbereich Schule und Sport [FB 40]"]},
    {"id": "g4-unit-13", "text": "Von 2014 bis 2020 gehörte das KI zum Sozialamt. Heute ist es dem Amt für Integration zugeordnet.",
     "parent_units": ["Amt für Integration"], "must_not": {"parent_units": ["Sozialamt"]}},
    {"id": "g4-unit-14", "text": "Zum 1. Januar 2027 wird das KI dem Dezernat V zugeordnet.",
     "parent_units": [], "reorganisations": ["2027-01-01"]},
    {"id": "g4-unit-15", "text": "The integration centre is part of the Department of Education and Youth.",
     "parent_units": ["Department of Education and Youth"]},
    {"id": "g4-unit-16", "text": "Das Kommunale Integrationszentrum ist organisatorisch in das Amt für Schule, Bildung und Integration eingegliedert.",
     "parent_units": ["Amt für Schule, Bildung und Integration"]},
    # ---------------------------------------------------------------- reorganisations
    {"id": "g4-reorg-01", "text": "Mit Ratsbeschluss vom 14.03.2026 geht das Integrationszentrum zum 1. Juli 2026 in den neuen Fachbereich Vielfalt über.",
     "reorganisations": ["2026-07-01"], "tolerate": {"reorganisations": ["2026-03-14"]}},
    {"id": "g4-reorg-02", "text": "Der Kreistag beschloss am 5. Mai 2026, das KI zum 01.01.2027 mit dem Amt für Migration zusammenzuführen.",
     "reorganisations": ["2027-01-01"], "tolerate": {"reorganisations": ["2026-05-05"]}},
    {"id": "g4-reorg-03", "text": "Ab dem 1. Januar 2027 ist das Integrationszentrum im Dezernat II verortet.",
     "reorganisations": ["2027-01-01"]},
    {"id": "g4-reorg-04", "text": "Seit dem 01.04.2025 gehört das KI zum neu gebildeten Amt für Teilhabe.",
     "reorganisations": ["2025-04-01"], "parent_units": ["Amt für Teilhabe"]},
    {"id": "g4-reorg-05", "text": "Das Kommunale Integrationszentrum wird zum 1. August 2026 in „Zentrum für Zuwanderung und Teilhabe“ umbenannt.",
     "reorganisations": ["2026-08-01"]},
    {"id": "g4-reorg-06", "text": "The integration centre will move into the new Department for Diversity on 1 March 2027.",
     "reorganisations": ["2027-03-01"]},
    {"id": "g4-reorg-07", "text": "Die Aufgaben des KI werden zum 01.10.2026 auf den Fachdienst Bildung verlagert.",
     "reorganisations": ["2026-10-01"]},
    {"id": "g4-reorg-08", "text": "Am 12.06.2026 feiert das Integrationszentrum sein zehnjähriges Bestehen.", "reorganisations": []},
    {"id": "g4-reorg-09", "text": "Der Elterntreff des KI findet ab dem 3. März 2026 dienstags statt.", "reorganisations": []},
    {"id": "g4-reorg-10", "text": "Das KI wechselt zum 1.1.2027 vom Schulamt in das Sozialamt.", "reorganisations": ["2027-01-01"]},
    {"id": "g4-reorg-11", "text": "Nach der Neuordnung der Dezernate ist das Integrationszentrum seit 1. März 2026 Teil des Dezernats IV.",
     "reorganisations": ["2026-03-01"], "parent_units": ["Dezernat IV"]},
]
#: Every third case of the fourth round: the private check set nobody tunes on.
ASIDE: list[dict] = [c for i, c in enumerate(_ROUND4) if i % 3 == 2]
CASES += [c for i, c in enumerate(_ROUND4) if i % 3 != 2]

# ============================================================================ fifth round: the probes the
# fourth round's fixes were checked with (tuned on), then new phrasings of which every third is aside.
CASES += [
    {"id": "g5-unit-01", "text": "Organisatorische Zuordnung: Dez. III – Jugend und Schule",
     "parent_units": ["Dezernat III [Jugend und Schule]"]},
    {"id": "g5-unit-02", "text": "Unser Zentrum gehört zur Abteilung Zuwanderung im Amt für Soziales.",
     "parent_units": ["Abteilung Zuwanderung [im Amt für Soziales]"]},
    {"id": "g5-unit-03", "text": "Das KI ist in der Stabsstelle Integration des Bürgermeisters angesiedelt.",
     "parent_units": ["Stabsstelle Integration [des Bürgermeisters]"]},
    {"id": "g5-unit-04", "text": "Der Geschäftsbereich 3 – Jugend, Soziales, Integration umfasst auch das Kommunale Integrationszentrum.",
     "parent_units": ["Geschäftsbereich 3 [Jugend, Soziales, Integration]"]},
    {"id": "g5-unit-05", "text": "Zum Fachbereich 5 gehören das Jugendamt, das Schulamt und das KI.", "parent_units": ["Fachbereich 5"]},
]
_ROUND5: list[dict] = [
    {"id": "g5-head-01", "text": "Seit dem Sommer ist Frau Nilüfer Demirci-Haas die neue Chefin im Integrationszentrum.",
     "head": ["Nilüfer Demirci-Haas"]},
    {"id": "g5-head-02", "html": "<table><tr><td>Leitung des KI</td><td>Herr Wojciech Kamiński</td><td>0231 50-28811</td></tr>"
     "<tr><td>Sekretariat</td><td>Frau Sanja Ilić</td><td>0231 50-28810</td></tr></table>",
     "head": ["Wojciech Kamiński"], "must_not": {"head": ["Sanja Ilić"]}},
    {"id": "g5-head-03", "text": "Die neue Leiterin heißt Rana Barakat. Barakat war zuvor Lehrerin an einer Gesamtschule.",
     "head": ["Rana Barakat"]},
    {"id": "g5-head-04", "text": "Unser Integrationszentrum wird seit März 2024 von Frau Mag. Elena Rossi-Weber geleitet.",
     "head": ["Elena Rossi-Weber"]},
    {"id": "g5-head-05", "text": "Nach dem Ausscheiden von Bernhard Tölle leitet nun Shabnam Rahimi das KIZ.",
     "head": ["Shabnam Rahimi"], "must_not": {"head": ["Bernhard Tölle"]}},
    {"id": "g5-head-06", "text": "Die Stelle der Leitung des Kommunalen Integrationszentrums ist zurzeit unbesetzt. Ansprechpartner ist Herr Lars Ebbinghaus.",
     "head": [], "must_not": {"head": ["Lars Ebbinghaus"]}},
    {"id": "g5-head-07", "text": "Die Integrationsbeauftragte der Stadt, Marta Nowakowska, arbeitet eng mit dem Integrationszentrum zusammen.",
     "head": [], "must_not": {"head": ["Marta Nowakowska"]}},
    {"id": "g5-head-08", "text": "Kommissarische Leiterin des KI ist bis auf Weiteres Frau Birsen Koç.",
     "head": ["Birsen Koç"], "acting": True},
    {"id": "g5-head-09", "text": "Dr. Olumide Adeyemi, Leiter des Kreisintegrationszentrums, eröffnete die Fachtagung.",
     "head": ["Olumide Adeyemi"]},
    {"id": "g5-head-10", "text": "Künftig soll Jana Wiśniewska die Leitung des KI übernehmen; bis dahin bleibt Ruth Adomeit Leiterin.",
     "head": ["Ruth Adomeit"], "must_not": {"head": ["Jana Wiśniewska"]}},
    {"id": "g5-head-11", "text": "The integration centre's director, Dr. Hamid Sadeghi, welcomed the guests.",
     "head": ["Hamid Sadeghi"]},
    {"id": "g5-head-12", "text": "Die Projektleitung für „Rucksack Schule“ liegt bei Ayşegül Tan; das KI koordiniert das Programm.",
     "head": [], "must_not": {"head": ["Ayşegül Tan"]}},
    {"id": "g5-unit-06", "text": "Das Integrationszentrum ist Teil des Amtes für Jugend, Schule und Integration (Amt 51).",
     "parent_units": ["Amt für Jugend, Schule und Integration [Amt 51]"]},
    {"id": "g5-unit-07", "html": "<p>Sie sind hier: Verwaltung › Dezernat V › Fachbereich 50 Soziales › Kommunales Integrationszentrum</p>",
     "parent_units": ["[Dezernat V /] Fachbereich 50 [Soziales]"]},
    {"id": "g5-unit-08", "text": "Innerhalb der Kreisverwaltung ist das KIZ dem Fachdienst 41 – Bildung und Teilhabe zugeordnet.",
     "parent_units": ["Fachdienst 41 [Bildung und Teilhabe]"]},
    {"id": "g5-unit-09", "text": "Bis 2023 war das KI dem Jugendamt zugeordnet; heute gehört es zum Fachbereich Schule.",
     "parent_units": ["Fachbereich Schule"], "must_not": {"parent_units": ["Jugendamt"]}},
    {"id": "g5-unit-10", "html": "<dl><dt>Gehört zu</dt><dd>Amt 40 – Schulverwaltungsamt</dd></dl>",
     "parent_units": ["Amt 40 [Schulverwaltungsamt]"]},
    {"id": "g5-unit-11", "text": "Das KI ist organisatorisch beim Sozialdezernenten angebunden.", "parent_units": ["Sozialdezernent"]},
    {"id": "g5-reorg-01", "text": "Durch Beschluss des Rates vom 2. Juli 2026 wird das KI zum 1. Oktober 2026 in das Amt für Vielfalt eingegliedert.",
     "reorganisations": ["2026-10-01"], "tolerate": {"reorganisations": ["2026-07-02"]}},
    {"id": "g5-reorg-02", "text": "Am 15.04.2026 besuchte die Ministerin das Kommunale Integrationszentrum.", "reorganisations": []},
    {"id": "g5-reorg-03", "text": "Zum 01.03.2027 fusionieren das KI und die Stabsstelle Integration zu einem neuen Amt.",
     "reorganisations": ["2027-03-01"]},
    {"id": "g5-reorg-04", "text": "As of 1 April 2027 the integration centre becomes part of the new Department of Social Affairs.",
     "reorganisations": ["2027-04-01"]},
    {"id": "g5-reorg-05", "text": "Ab dem 1. Februar 2027 finden die Sprechstunden des KI im Rathaus statt.", "reorganisations": []},
    {"id": "g5-reorg-06", "text": "Die Verwaltung wird zum 1. Januar 2028 neu gegliedert; das KI gehört dann zum Dezernat IV.",
     "reorganisations": ["2028-01-01"], "parent_units": []},
]
ASIDE += [c for i, c in enumerate(_ROUND5) if i % 3 == 2]
CASES += [c for i, c in enumerate(_ROUND5) if i % 3 != 2]

# ============================================================================ sixth round: acting markers in
# other places, English labels, signatures and captions, labels on a line of their own (tuned on).
CASES += [
    {"id": "g6-acting-01", "text": "Interim. Leitung: Piet de Vries", "head": ["Piet de Vries"], "acting": True},
    {"id": "g6-acting-02", "text": "Leitung i. V. Kübra Yılmaz", "head": ["Kübra Yılmaz"], "acting": True},
    {"id": "g6-acting-03", "text": "Acting director: Samuel Mensah", "head": ["Samuel Mensah"], "acting": True},
    {"id": "g6-acting-04", "text": "Leitung des KI (komm.): Rita Feld", "head": ["Rita Feld"], "acting": True},
    {"id": "g6-head-01", "text": "Auf dem Foto: Aylin Şen Leiterin des KI mit Schülerinnen der Klasse 7.", "head": ["Aylin Şen"]},
    {"id": "g6-head-02", "text": "Head of the centre: Laura Bianchi", "head": ["Laura Bianchi"]},
    {"id": "g6-dis-01", "text": "The head of the youth office, Ben Miller, visited the centre.",
     "head": [], "must_not": {"head": ["Ben Miller"]}},
    {"id": "g6-unit-01", "html": "<dl><dt>Übergeordnete Einheit</dt><dd>Fachbereich 3 – Bildung</dd></dl>",
     "parent_units": ["Fachbereich 3 [Bildung]"]},
    {"id": "g6-unit-02", "html": "<table><tr><th>Zuständige Dienststelle:</th><td>Amt 41 – Schulamt / Kommunales Integrationszentrum</td></tr>"
     "<tr><th>Beteiligt:</th><td>Amt 10 – Personal</td></tr></table>",
     "parent_units": ["Amt 41 [Schulamt]"], "must_not": {"parent_units": ["Amt 10 [Personal]"]}},
]
CASES += [
    {"id": "g6-head-03", "text": "Die Leitung des Integrationszentrums teilen sich Anna Berg und Murat Demir.",
     "head": ["Anna Berg", "Murat Demir"]},
    {"id": "g6-dis-02", "text": "Gemeinsam mit Lehrerin Eva Klein stellte Murat Demir die Ergebnisse des KI vor.",
     "head": [], "must_not": {"head": ["Eva Klein", "Murat Demir"]}},
]
CASES += [
    {"id": "g6-reorg-01", "text": "Der Rat hat am 3.3.2026 den Haushalt für das kommende Jahr beschlossen.", "reorganisations": []},
    {"id": "g6-reorg-02", "text": "Am 3.3.2026 wurde der Förderverein Brücke e.V. gegründet.", "reorganisations": []},
    {"id": "g6-reorg-03", "text": "Der Kreistag hat am 17.10.2025 beschlossen, ein Kommunales Integrationszentrum einzurichten.",
     "reorganisations": ["2025-10-17"]},
]

# ============================================================================ seventh round (issue 7, heads and
# person names): written before the extractor was changed for them, from how municipal news, team and
# contact pages put it — every role word and compound, role before and after the name, apposition with
# commas, dashes and brackets, the centre by any of its names, names of every community of the region,
# titles and degrees, particles, acting heads, vacancies, predecessors, and other people's roles beside
# the head's. Every third case is ASIDE (never tuned on, reported apart by bench/generalise_score.py).
_ROUND7: list[dict] = [
    # ---------------------------------------------------------------- role words and compounds
    {"id": "g7-head-01", "text": "Sachgebietsleitung Kommunales Integrationszentrum: Ayşe Kılınç", "head": ["Ayşe Kılınç"]},
    {"id": "g7-head-02", "text": "Chefin des Integrationszentrums ist seit Januar Aleksandra Nowak.", "head": ["Aleksandra Nowak"]},
    {"id": "g7-head-03", "text": "KIZ-Leiter Çağrı Doğan stellte den Jahresbericht im Ausschuss vor.", "head": ["Çağrı Doğan"]},
    {"id": "g7-head-04", "text": "Die Geschäftsführung des Kommunalen Integrationszentrums liegt bei Frau Sanja Marković.",
     "head": ["Sanja Marković"]},
    {"id": "g7-head-05", "text": "Abteilungsleiterin Kommunales Integrationszentrum: Dr. Eleni Papadopoulou", "head": ["Eleni Papadopoulou"]},
    {"id": "g7-head-06", "text": "Head of the Municipal Integration Centre Liam O’Connor opened the meeting.", "head": ["Liam O'Connor"]},
    {"id": "g7-head-07", "text": "Die Teamleiterin des Integrationszentrums, Mirjana Đorđević, erläuterte das Konzept.",
     "head": ["Mirjana Đorđević"]},
    {"id": "g7-head-08", "text": "Director of the integration centre: Kwabena Owusu-Ansah", "head": ["Kwabena Owusu-Ansah"]},
    {"id": "g7-head-09", "text": "Integrationszentrumsleiterin Gülşah Yıldırım-Öztürk freut sich über die Förderung.",
     "head": ["Gülşah Yıldırım-Öztürk"]},
    # ---------------------------------------------------------------- role after the name
    {"id": "g7-head-10", "text": "Zeynep Aslan (Leiterin des KI) und Jonas Berg (Schulberatung) stellten das Angebot vor.",
     "head": ["Zeynep Aslan"], "must_not": {"head": ["Jonas Berg"]}},
    {"id": "g7-head-11", "text": "Dr. Ioannis Papadakis – Leiter des Kommunalen Integrationszentrums – begrüßte die Gäste.",
     "head": ["Ioannis Papadakis"]},
    {"id": "g7-head-12", "text": "Rania El-Sayed, Leiterin Kommunales Integrationszentrum, lädt zum Fachtag ein.", "head": ["Rania El-Sayed"]},
    {"id": "g7-head-13", "text": "Oleksandr Shevchenko, KI-Leitung, Telefon 02345 66-3100", "head": ["Oleksandr Shevchenko"]},
    {"id": "g7-head-14", "text": "Seit dem 1. Februar ist Fatoumata Sow Leiterin des Kommunalen Integrationszentrums.",
     "head": ["Fatoumata Sow"]},
    {"id": "g7-head-15", "text": "Mit freundlichen Grüßen\n\nNatalia Iwanowa\nLeiterin des Kommunalen Integrationszentrums",
     "head": ["Natalia Iwanowa"]},
    # ---------------------------------------------------------------- the centre by other names
    {"id": "g7-head-16", "text": "Das Kommunale Integrationszentrum Emsbruch (KIE) berät Schulen und Eltern.\n\nLeiterin des KIE ist Olga Petrenko.",
     "head": ["Olga Petrenko"]},
    {"id": "g7-head-17", "text": "Das Zentrum leitet seit 2021 Pieter van den Berg.", "head": ["Pieter van den Berg"]},
    {"id": "g7-head-18", "text": "Unser Team wird von Darya Sokolova geleitet.", "head": ["Darya Sokolova"]},
    {"id": "g7-head-19", "text": "Eleni Georgiou leitet seit 2017 das Team des Integrationszentrums.", "head": ["Eleni Georgiou"]},
    {"id": "g7-head-20", "text": "Die Leitung des Kreisintegrationszentrums hat seit 2020 Francesca Di Stefano inne.",
     "head": ["Francesca Di Stefano"]},
    {"id": "g7-head-21", "text": "Unter der Leitung von Adaeze Nwosu hat die Einrichtung ihr Beratungsangebot verdoppelt.",
     "head": ["Adaeze Nwosu"]},
    # ---------------------------------------------------------------- names, titles, particles
    {"id": "g7-head-22", "text": "Leiterin des KI: Prof. Dr. Hanna Lemke", "head": ["Hanna Lemke"]},
    {"id": "g7-head-23", "text": "Das KI unter Leitung von Dipl.-Päd. Oksana Melnyk bietet Elternkurse an.", "head": ["Oksana Melnyk"]},
    {"id": "g7-head-24", "text": "Leitung: Mehmet Kaya, M.A.", "head": ["Mehmet Kaya"]},
    {"id": "g7-head-25", "text": "Leiterin des Integrationszentrums ist Dr. Selin Arıkan, LL.M.", "head": ["Selin Arıkan"]},
    {"id": "g7-head-26", "text": "Johanna von der Heide leitet das Kommunale Integrationszentrum.", "head": ["Johanna von der Heide"]},
    {"id": "g7-head-27", "text": "Leiter des KI ist Luis de la Cruz Romero.", "head": ["Luis de la Cruz Romero"]},
    {"id": "g7-head-28", "text": "KI-Leiterin Anna ter Horst eröffnete die Ausstellung.", "head": ["Anna ter Horst"]},
    {"id": "g7-head-29", "text": "Neuer Leiter des Integrationszentrums ist Mohammed Abu Hamdan.", "head": ["Mohammed Abu Hamdan"]},
    {"id": "g7-head-30", "text": "Berivan Şêxmûs ist die neue Leiterin des KI.", "head": ["Berivan Şêxmûs"]},
    {"id": "g7-head-31", "text": "Das Integrationszentrum wird von Przemysław Grzybowski geleitet.", "head": ["Przemysław Grzybowski"]},
    {"id": "g7-head-32", "text": "Die Leiterin des Kommunalen Integrationszentrums, Ramona Schulze-Wehninck, dankte allen Ehrenamtlichen.",
     "head": ["Ramona Schulze-Wehninck"]},
    {"id": "g7-head-33", "text": "Leiter des Kommunalen Integrationszentrums ist Nguyen Van Long.", "head": ["Nguyen Van Long"]},
    {"id": "g7-head-34", "text": "KI-Leiterin Emina Hadžić und Schulrat Peter Wolters unterzeichneten die Vereinbarung.",
     "head": ["Emina Hadžić"], "must_not": {"head": ["Peter Wolters"]}},
    # ---------------------------------------------------------------- cards and tables
    {"id": "g7-head-35", "html": "<div class=\"person\"><h3>Mamadou Diallo</h3><p>Leitung</p><p>Tel. 02345 66-3200</p></div>"
     "<div class=\"person\"><h3>Paula Weber</h3><p>Schulberatung</p><p>Tel. 02345 66-3201</p></div>",
     "head": ["Mamadou Diallo"], "must_not": {"head": ["Paula Weber"]}},
    {"id": "g7-head-36", "html": "<table><tr><th>Funktion</th><th>Name</th></tr><tr><td>Leitung des Kommunalen Integrationszentrums</td>"
     "<td>Charalambos Georgiou</td></tr><tr><td>Verwaltung</td><td>Ute Brenner</td></tr></table>",
     "head": ["Charalambos Georgiou"], "must_not": {"head": ["Ute Brenner"]}},
    {"id": "g7-head-37", "html": "<p><strong>Leitung:</strong> Yuliia Bondarenko</p><p><strong>Sekretariat:</strong> Heike Lorenz</p>",
     "head": ["Yuliia Bondarenko"], "must_not": {"head": ["Heike Lorenz"]}},
    {"id": "g7-head-38", "html": "<h2>Leitung</h2><p>Dr. Giuseppe D’Angelo</p><h2>Team</h2><p>Sara Lindner, Tim Kowalski</p>",
     "head": ["Giuseppe D'Angelo"], "must_not": {"head": ["Sara Lindner", "Tim Kowalski"]}},
    # ---------------------------------------------------------------- acting heads
    {"id": "g7-acting-01", "text": "Die Leitung des KI hat kommissarisch Frau Hatice Erdem übernommen.", "head": ["Hatice Erdem"], "acting": True},
    {"id": "g7-acting-02", "text": "Kommissarische Leiterin des Kreisintegrationszentrums ist Mira Jansen.", "head": ["Mira Jansen"], "acting": True},
    {"id": "g7-acting-03", "text": "Vertretungsweise Leitung: Nikola Šarić", "head": ["Nikola Šarić"], "acting": True},
    {"id": "g7-acting-04", "text": "Bis zur Neubesetzung der Stelle leitet Jewgenij Schmidt das Integrationszentrum kommissarisch.",
     "head": ["Jewgenij Schmidt"], "acting": True},
    # ---------------------------------------------------------------- vacancy: no head
    {"id": "g7-vacant-01", "text": "Die Stelle der KI-Leitung ist derzeit ausgeschrieben.", "head": []},
    {"id": "g7-vacant-02", "text": "Leitung: N. N.", "head": []},
    {"id": "g7-vacant-03", "text": "Leitung: zurzeit nicht besetzt\n\nAnsprechpartnerin: Eda Kaya, Telefon 02345 66-3300",
     "head": [], "must_not": {"head": ["Eda Kaya"]}},
    # ---------------------------------------------------------------- predecessors and successors
    {"id": "g7-succ-01", "text": "Mit Jahresbeginn hat Tanja Brückmann die Leitung des KI von Heinz Osterkamp übernommen.",
     "head": ["Tanja Brückmann"], "must_not": {"head": ["Heinz Osterkamp"]}},
    {"id": "g7-succ-02", "text": "Neuer Leiter des Integrationszentrums ist Ben Ofori. Er tritt die Nachfolge von Ingrid Samland an, die in den Ruhestand geht.",
     "head": ["Ben Ofori"], "must_not": {"head": ["Ingrid Samland"]}},
    {"id": "g7-succ-03", "text": "Nach zwölf Jahren übergibt Wolfgang Terhorst die Leitung des KI an Kübra Demir.",
     "head": ["Kübra Demir"], "must_not": {"head": ["Wolfgang Terhorst"]}},
    # ---------------------------------------------------------------- distractors beside the head or alone
    {"id": "g7-dis-01", "text": "Die Leiterin des Jugendamtes, Sabine Kroll, und das KI haben die Kooperation verlängert.",
     "head": [], "must_not": {"head": ["Sabine Kroll"]}},
    {"id": "g7-dis-02", "text": "Fachbereichsleiter Jürgen Hagedorn, zu dessen Fachbereich das KI gehört, lobte die Arbeit.",
     "head": [], "must_not": {"head": ["Jürgen Hagedorn"]}},
    {"id": "g7-dis-03", "text": "„Das KI ist für unsere Stadt unverzichtbar“, sagte Bürgermeister Frank Esser.",
     "head": [], "must_not": {"head": ["Frank Esser"]}},
    {"id": "g7-dis-04", "text": "Landrat Dr. Wilhelm Kamps überreichte der Leiterin des KI, Zehra Kurt, die Urkunde.",
     "head": ["Zehra Kurt"], "must_not": {"head": ["Wilhelm Kamps"]}},
    {"id": "g7-dis-05", "text": "Sozialdezernent Markus Thiel stellte den neuen Leiter des Integrationszentrums, Tomasz Zieliński, vor.",
     "head": ["Tomasz Zieliński"], "must_not": {"head": ["Markus Thiel"]}},
    {"id": "g7-dis-06", "text": "Der Vorsitzende des Integrationsrates, Hasan Kaya, dankte dem Kommunalen Integrationszentrum.",
     "head": [], "must_not": {"head": ["Hasan Kaya"]}},
    {"id": "g7-dis-07", "text": "Projektleiterin Rucksack Schule: Elif Şahin", "head": [], "must_not": {"head": ["Elif Şahin"]}},
    {"id": "g7-dis-08", "text": "Ihre Ansprechpartnerin im KI: Frau Marta Kowalska, Tel. 02345 66-3400",
     "head": [], "must_not": {"head": ["Marta Kowalska"]}},
    {"id": "g7-dis-09", "text": "Das KI-Team mit seiner Leiterin Dilek Aksoy (3. v. l.).\n\nFoto: Jens Wiesmann",
     "head": ["Dilek Aksoy"], "must_not": {"head": ["Jens Wiesmann"]}},
    {"id": "g7-dis-10", "text": "Von Kathrin Brüggemann | 12.03.2026\n\nDas Kommunale Integrationszentrum lädt zum Sommerfest ein.",
     "head": [], "must_not": {"head": ["Kathrin Brüggemann"]}},
    {"id": "g7-dis-11", "text": "Schulleiterin Ute Berger dankte dem KI für die Unterstützung bei der Sprachförderung.",
     "head": [], "must_not": {"head": ["Ute Berger"]}},
    {"id": "g7-dis-12", "text": "Koordinatorin für KOMM-AN NRW im Integrationszentrum ist Hanna Wolf.",
     "head": [], "must_not": {"head": ["Hanna Wolf"]}},
    {"id": "g7-dis-13", "text": "Der Leiter der Volkshochschule, Georg Albers, und das KI bieten gemeinsam Sprachkurse an.",
     "head": [], "must_not": {"head": ["Georg Albers"]}},
    {"id": "g7-dis-14", "text": "Text und Foto: Paula Henning\n\nIm Integrationszentrum trafen sich 40 Eltern zum Austausch.",
     "head": [], "must_not": {"head": ["Paula Henning"]}},
    {"id": "g7-dis-15", "text": "Staatssekretärin Dr. Gonca Türkeli-Dehnert besuchte das KI und sprach mit der Leitung.",
     "head": [], "must_not": {"head": ["Gonca Türkeli-Dehnert"]}},
]
#: The aside third of the seventh round, also reported on its own line by bench.generalise_score.
ASIDE7: list[dict] = [c for i, c in enumerate(_ROUND7) if i % 3 == 2]
ASIDE += ASIDE7
CASES += [c for i, c in enumerate(_ROUND7) if i % 3 != 2]

# ---------------------------------------------------------------------------- seventh round, second part: whole
# passages as municipal news, team and contact pages write them (several people, the head among them or not).
_ROUND7B: list[dict] = [
    {"id": "g7-page-01", "text": "Neue Leiterin im Kommunalen Integrationszentrum\n\nDer Kreis Emsbruch hat eine neue Leitung für sein "
     "Integrationszentrum: Zum 1. April hat Derya Yücel die Aufgabe von Klaus Hövelmann übernommen, der nach 14 Jahren in den "
     "Ruhestand gegangen ist. Landrätin Birgit Hollmann wünschte ihr einen guten Start.",
     "head": ["Derya Yücel"], "must_not": {"head": ["Klaus Hövelmann", "Birgit Hollmann"]}},
    {"id": "g7-page-02", "text": "Gemeinsam mit Schuldezernentin Andrea Pohl und der Leiterin des Kommunalen Integrationszentrums, "
     "Amira Haddad, stellte Bürgermeister Jens Kuhlmann das neue Sprachförderprogramm vor.",
     "head": ["Amira Haddad"], "must_not": {"head": ["Andrea Pohl", "Jens Kuhlmann"]}},
    {"id": "g7-page-03", "html": "<h2>Ihre Ansprechpersonen</h2><ul><li>Frau Dr. Agnieszka Wróbel<br>Leiterin des Kommunalen "
     "Integrationszentrums<br>Telefon: 02345 66-4100</li><li>Herr Burak Çelik<br>Stellvertretender Leiter<br>Telefon: 02345 66-4101</li>"
     "<li>Frau Lena Hoppe<br>Sekretariat<br>Telefon: 02345 66-4102</li></ul>",
     "head": ["Agnieszka Wróbel"], "must_not": {"head": ["Burak Çelik", "Lena Hoppe"]}},
    {"id": "g7-page-04", "text": "„Sprache ist der Schlüssel“, betont Sibel Karakaya. Die 45-Jährige leitet seit Herbst das "
     "Kommunale Integrationszentrum und kennt die Schulen der Stadt aus ihrer Zeit als Lehrerin.",
     "head": ["Sibel Karakaya"]},
    {"id": "g7-page-05", "text": "Für das Kommunale Integrationszentrum nahmen Leiter Volkan Arslan und Bildungsberaterin Julia Meier "
     "an der Konferenz teil.", "head": ["Volkan Arslan"], "must_not": {"head": ["Julia Meier"]}},
    {"id": "g7-page-06", "html": "<table><tr><th>Name</th><th>Aufgabe</th><th>Kontakt</th></tr>"
     "<tr><td>Kateryna Kovalenko</td><td>Seiteneinstieg Schule</td><td>02345 66-4200</td></tr>"
     "<tr><td>Ahmad Rahimi</td><td>Leitung des Teams</td><td>02345 66-4201</td></tr>"
     "<tr><td>Sophie Lange</td><td>KOMM-AN NRW</td><td>02345 66-4202</td></tr></table>",
     "head": ["Ahmad Rahimi"], "must_not": {"head": ["Kateryna Kovalenko", "Sophie Lange"]}},
    {"id": "g7-page-07", "text": "Das Kommunale Integrationszentrum der Stadt Wahlheim ist Teil des Fachbereichs Bildung. Geleitet wird "
     "der Fachbereich von Thomas Berens; das KI selbst leitet Natascha Weber.",
     "head": ["Natascha Weber"], "must_not": {"head": ["Thomas Berens"]}},
    {"id": "g7-page-08", "text": "Der Kreistag hat Dr. Yusuf Aydemir zum neuen Leiter des Kreisintegrationszentrums gewählt. "
     "Aydemir war zuvor beim Jobcenter tätig.", "head": ["Yusuf Aydemir"]},
    {"id": "g7-page-09", "html": "<div class=\"contact\"><p><b>Kommunales Integrationszentrum</b></p><p>Leitung: Frau Ngozi Okafor</p>"
     "<p>Marktstraße 5, 45999 Wahlheim</p></div><div class=\"contact\"><p><b>Integrationsrat</b></p>"
     "<p>Vorsitz: Herr Serkan Tekin</p></div>",
     "head": ["Ngozi Okafor"], "must_not": {"head": ["Serkan Tekin"]}},
    {"id": "g7-page-10", "text": "Ein Jahr nach ihrem Start zieht Marija Kovačević, Leiterin des KI, eine positive Bilanz.",
     "head": ["Marija Kovačević"]},
    {"id": "g7-page-11", "text": "Die Fachtagung eröffnete der Erste Beigeordnete Rolf Sundermann. Anschließend sprach KI-Leiterin "
     "Hülya Bozkurt über die Arbeit mit neu zugewanderten Familien.",
     "head": ["Hülya Bozkurt"], "must_not": {"head": ["Rolf Sundermann"]}},
    {"id": "g7-page-12", "text": "Frau Yıldız leitet das Integrationszentrum seit 2019.\n\nKontakt: Frau Elif Yıldız, Telefon 02345 66-4300",
     "head": ["Elif Yıldız"]},
    {"id": "g7-page-13", "text": "Das Integrationszentrum hat einen neuen Chef: Ab sofort leitet Stefan Oyelaran-Brandt die Einrichtung.",
     "head": ["Stefan Oyelaran-Brandt"]},
    {"id": "g7-page-14", "html": "<p>Leiterin<br>Frau Hanan Al-Khatib<br>Zimmer 204<br>Tel.: 02345 66-4400</p>"
     "<p>Stellvertretung<br>Herr Marek Lewandowski<br>Zimmer 205</p>",
     "head": ["Hanan Al-Khatib"], "must_not": {"head": ["Marek Lewandowski"]}},
    {"id": "g7-page-15", "text": "Im Jugendhilfeausschuss berichtete die Leiterin des Kommunalen Integrationszentrums, Frau Dr. Bożena "
     "Szymańska-Kamp, über die Zahl der neu zugewanderten Kinder.", "head": ["Bożena Szymańska-Kamp"]},
    {"id": "g7-page-16", "text": "Bildnachweis: Stadt Wahlheim / Martin Vogt\n\nLeiter des KI ist Issa Traoré.",
     "head": ["Issa Traoré"], "must_not": {"head": ["Martin Vogt"]}},
    {"id": "g7-page-17", "text": "Die Leitung des Integrationszentrums übernimmt zum 1. Juli Aylin Korkmaz. Bis dahin bleibt "
     "Hans-Peter Grüter kommissarischer Leiter.",
     "head": ["Hans-Peter Grüter"], "acting": True, "must_not": {"head": ["Aylin Korkmaz"]}},
    {"id": "g7-page-18", "text": "Die Leiterin des Amtes für Schule, Doris Kemper, hat die Fachaufsicht über das KI.",
     "head": [], "must_not": {"head": ["Doris Kemper"]}},
]
ASIDE7 += [c for i, c in enumerate(_ROUND7B) if i % 3 == 2]
ASIDE += [c for i, c in enumerate(_ROUND7B) if i % 3 == 2]
CASES += [c for i, c in enumerate(_ROUND7B) if i % 3 != 2]

# ---------------------------------------------------------------------------- seventh round, third part: how
# staff directories and contact boxes spell people and roles (gender forms of the role, "Surname, Given name",
# initials, the form of address alone, the role after the name in brackets, the centre's name with its town).
_ROUND7C: list[dict] = [
    {"id": "g7-dir-01", "text": "Leiter*in des Kommunalen Integrationszentrums: Alex Nowicki", "head": ["Alex Nowicki"]},
    {"id": "g7-dir-02", "html": "<table><tr><th>Name</th><th>Funktion</th></tr><tr><td>Schmitz, Petra</td><td>Leitung</td></tr>"
     "<tr><td>Öztürk, Canan</td><td>Sachbearbeitung</td></tr></table>",
     "head": ["Petra Schmitz"], "must_not": {"head": ["Canan Öztürk"]}},
    {"id": "g7-dir-03", "text": "Ansprechpartner: Herr Ali Yılmaz (Leitung)\n\nTelefon: 02345 66-4500", "head": ["Ali Yılmaz"]},
    {"id": "g7-dir-04", "text": "Leitung: Sabine Meyer-Schulz (Dipl.-Sozialpädagogin)", "head": ["Sabine Meyer-Schulz"]},
    {"id": "g7-dir-05", "text": "Der Leiter des Kommunalen Integrationszentrums (KI) der Stadt Bergfeld, Ahmet Şimşek, zog Bilanz.",
     "head": ["Ahmet Şimşek"]},
    {"id": "g7-dir-06", "text": "Leitung und Koordination: Fatma Ceylan", "head": ["Fatma Ceylan"]},
    {"id": "g7-dir-07", "text": "LeiterIn: Jana M. Kowalski", "head": ["Jana M. Kowalski"]},
    {"id": "g7-dir-08", "html": "<h3>Leitung des Kommunalen Integrationszentrums</h3><p><a href=\"mailto:s.nwachukwu@example.org\">"
     "Samuel Nwachukwu</a><br>Telefon 02345 66-4600</p>", "head": ["Samuel Nwachukwu"]},
    {"id": "g7-dir-09", "text": "Leiterin des Kommunalen Integrationszentrums Wahlheim ist Frau Ines Dąbrowski.", "head": ["Ines Dąbrowski"]},
    {"id": "g7-dir-10", "html": "<ul><li>Team­leitung: Gökhan Erdoğan</li><li>Bildungs­beratung: Maria Schulte</li></ul>",
     "head": ["Gökhan Erdoğan"], "must_not": {"head": ["Maria Schulte"]}},
    {"id": "g7-dir-11", "text": "Leiter/in: Dr. Karim Benali", "head": ["Karim Benali"]},
    {"id": "g7-dir-12", "text": "Kommissarische Leitung\n\nHerr Lars Brockhaus\n\nTelefon 02345 66-4700", "head": ["Lars Brockhaus"], "acting": True},
    {"id": "g7-dir-13", "text": "Leitung: Frau Dr. Anna-Maria Papageorgiou-Schulz", "head": ["Anna-Maria Papageorgiou-Schulz"]},
    {"id": "g7-dir-14", "text": "Leitung Kommunales Integrationszentrum\nAmina Yousef\nRathausplatz 1\n45999 Wahlheim", "head": ["Amina Yousef"]},
    {"id": "g7-dir-15", "text": "Leiterin: Kim-Thu Tran", "head": ["Kim-Thu Tran"]},
]
ASIDE7 += [c for i, c in enumerate(_ROUND7C) if i % 3 == 2]
ASIDE += [c for i, c in enumerate(_ROUND7C) if i % 3 == 2]
CASES += [c for i, c in enumerate(_ROUND7C) if i % 3 != 2]

# ---------------------------------------------------------------------------- seventh round, probes (tuned on):
# what a person leads besides the centre, former holders in an apposition, one line of cells.
CASES += [
    {"id": "g7-probe-01", "text": "Heike Brandt leitet die Elterngruppe des KI.", "head": [], "must_not": {"head": ["Heike Brandt"]}},
    {"id": "g7-probe-02", "text": "Stefan Maurer, bis 2022 Leiter des KI, ist heute im Ministerium tätig.",
     "head": [], "must_not": {"head": ["Stefan Maurer"]}},
    {"id": "g7-probe-03", "text": "Der Workshop wird von Kübra Yilmaz geleitet, Referentin beim KI.",
     "head": [], "must_not": {"head": ["Kübra Yilmaz"]}},
    {"id": "g7-probe-04", "text": "Das Sprachcafé im Integrationszentrum leitet die ehrenamtliche Helferin Rosa Klein.",
     "head": [], "must_not": {"head": ["Rosa Klein"]}},
    {"id": "g7-probe-05", "text": "Anna Roth bedankte sich bei der Leitung des Integrationszentrums.", "head": [], "must_not": {"head": ["Anna Roth"]}},
    {"id": "g7-probe-06", "text": "Elternvertreterin Sonja Kahl sprach im KI mit der Leiterin über die Sprachkurse.",
     "head": [], "must_not": {"head": ["Sonja Kahl"]}},
    {"id": "g7-probe-07", "html": "<p>Frau Sanja Ilić | Leitung | 0203 555-400</p><p>Herr Jan Vogt | Sekretariat | 0203 555-401</p>",
     "head": ["Sanja Ilić"], "must_not": {"head": ["Jan Vogt"]}},
    {"id": "g7-probe-08", "text": "Das KI leitet seit 2019 Dragana Nikolić.", "head": ["Dragana Nikolić"]},
    {"id": "g7-probe-09", "text": "Das Team des Integrationszentrums wird von Rami Haddad geleitet.", "head": ["Rami Haddad"]},
    {"id": "g7-probe-10", "text": "Die neue Leiterin des KI, Anna Berg, war zuvor Lehrerin an einer Gesamtschule.", "head": ["Anna Berg"]},
    {"id": "g7-probe-11", "text": "Lukas Brandt, der neue Leiter des KI, war bisher im Schulamt tätig.", "head": ["Lukas Brandt"]},
    {"id": "g7-probe-12", "text": "KI-Leiterin Sara Koch wechselt nach zehn Jahren ins Schulamt.", "head": [], "must_not": {"head": ["Sara Koch"]}},
    {"id": "g7-probe-13", "text": "Das Team des KI besuchte das Familienzentrum Sonnenblume. Dessen Leiterin Monika Jansen stellte das Sprachcafé vor.",
     "head": [], "must_not": {"head": ["Monika Jansen"]}},
    {"id": "g7-probe-14", "html": "<table><tr><td>Hadžić, Emina</td><td>Leitung</td><td>0203 555-500</td></tr>"
     "<tr><td>Brandt, Jan</td><td>Sekretariat</td><td>0203 555-501</td></tr></table>",
     "head": ["Emina Hadžić"], "must_not": {"head": ["Jan Brandt"]}},
    {"id": "g7-probe-15", "text": "Team leader: Joseph Mensah", "head": ["Joseph Mensah"]},
    {"id": "g7-probe-16", "text": "Frau Anna Bergmann leitet gemeinsam mit Herrn Ole Kayser das KI.", "head": ["Anna Bergmann", "Ole Kayser"]},
    {"id": "g7-probe-17", "text": "Leitung: Anna Bergmann (komm.)", "head": ["Anna Bergmann"], "acting": True},
    {"id": "g7-probe-18", "text": "Petra Kirchhoff sieht Chancen in der Digitalisierung. „Wir müssen Eltern früher erreichen“, glaubt die Leiterin des KI.",
     "head": ["Petra Kirchhoff"]},
    {"id": "g7-probe-19", "text": "Bürgermeister Jens Kuhl eröffnete gemeinsam mit Anna Bergmann das Fest im KI.",
     "head": [], "must_not": {"head": ["Jens Kuhl", "Anna Bergmann"]}},
]

#: Tuned cases the extractor does not read yet (reported, not hidden: the test marks them xfail strict, so a
#: fix shows up): a name run straight after the centre's name in a flattened address block (a town name may
#: stand between them: "Leitung Kommunales Integrationszentrum Wahlheim Amina Yousef" is ambiguous).
NOT_YET_READ = frozenset({"g7-dir-14"})
