"""Seventh private round of contact cases (issue 7): a SECOND institution's contact facts beside the
centre's — a welfare association's Migrationsberatung, an Integrationsagentur, the Jobcenter, the
Ausländerbehörde, a school, a Kommunales Integrationsmanagement office, a project partner — named
in running text, in a second card, in a list of further contact points or in a sentence after the
centre's own facts; pages with the Integrationsrat's office beside the centre's own facts; the
centre's own phone and e-mail in a sentence or block that names another institution first ("In
Kooperation mit …", "Gefördert vom …"); unlabelled phones in a contact context; glued PDF text;
addresses in prose.

Written in the project's own words before the extractor was changed for them; invented town
(Brückenhain 59871, the centre 02934 61-5xx, ki@brueckenhain.de), people and numbers only. Every
contact field is declared (an empty list: the centre has none here). Every third case is
``aside7``: written with the others, before any code for them, and only scored, never looked at
while tuning (``python -m tests.generalise_contact_r7`` reports tune7 and aside7 apart; ``-v``
lists the tune7 misses only).
"""

from __future__ import annotations

import sys

from tests.generalise_contact_cases import report_rounds, round_case


def _r7(cid: str, body: str, **fields) -> dict:
    return round_case(7, cid, body, **fields)


_K = "Kolpingstraße 19, 59871 Brückenhain"
_M = "ki@brueckenhain.de"

CASES: list[dict] = [
    # ------------------------------------------------------------------ a second institution's facts (precision)
    _r7("gx-01", "<p>Kommunales Integrationszentrum, Kolpingstraße 19, 59871 Brückenhain, Tel. 02934 61-510.</p>"
        "<p>Die Migrationsberatung für erwachsene Zugewanderte des Caritasverbandes berät in der Pfarrgasse 2, "
        "Telefon 02934 7788-14.</p>",
        addresses=[_K], phones=["02934 61-510"], must_not={"addresses": ["Pfarrgasse 2"], "phones": ["02934 7788-14"]}),
    _r7("gx-02", "<div class='card'><p><strong>Kommunales Integrationszentrum</strong><br>Kolpingstraße 19<br>59871 Brückenhain<br>"
        "02934 61-511<br>ki@brueckenhain.de</p></div><div class='card'><p><strong>Integrationsagentur der Diakonie</strong><br>"
        "Hellweg 12<br>59871 Brückenhain<br>02934 5050-3<br>integrationsagentur@diakonie-brueckenhain.de</p></div>",
        addresses=[_K], phones=["02934 61-511"], emails=[_M],
        must_not={"addresses": ["Hellweg 12, 59871 Brückenhain"], "phones": ["02934 5050-3"],
                  "emails": ["integrationsagentur@diakonie-brueckenhain.de"]}),
    _r7("gx-03", "<p>So erreichen Sie uns: Kolpingstraße 19, 59871 Brückenhain, Telefon 02934 61-512.</p><h3>Weitere Anlaufstellen</h3>"
        "<ul><li>Jobcenter Brückenhain, Bahnhofstraße 40, 59871 Brückenhain, 02934 8800-0</li>"
        "<li>Ausländerbehörde im Kreishaus, Am Kreishaus 3, 02934 61-2200</li></ul>",
        addresses=[_K], phones=["02934 61-512"],
        must_not={"addresses": ["Bahnhofstraße 40, 59871 Brückenhain", "Am Kreishaus 3"], "phones": ["02934 8800-0", "02934 61-2200"]}),
    _r7("gx-04", "<p>Sie erreichen das Kommunale Integrationszentrum unter 02934 61-513. Für Fragen zum Aufenthaltsrecht ist die "
        "Ausländerbehörde zuständig: Lindenallee 3, Telefon 02934 61-2201.</p>",
        phones=["02934 61-513"], must_not={"addresses": ["Lindenallee 3"], "phones": ["02934 61-2201"]}),
    _r7("gx-05", "<h2>Kontakt</h2><p>Kommunales Integrationszentrum<br>Kolpingstraße 19<br>59871 Brückenhain<br>Tel. 02934 61-514</p>"
        "<h3>Kommunales Integrationsmanagement</h3><p>Case Management im Sozialamt<br>Bahnhofstraße 44<br>59871 Brückenhain<br>"
        "Tel. 02934 61-3300<br>kim@brueckenhain.de</p>",
        addresses=[_K], phones=["02934 61-514"],
        must_not={"addresses": ["Bahnhofstraße 44, 59871 Brückenhain"], "phones": ["02934 61-3300"], "emails": ["kim@brueckenhain.de"]}),
    _r7("gx-06", "<p>Ansprechpartnerin an der Overbergschule ist Ilse Marten, Tel. 02934 9090-12, Schulweg 5. Im Kommunalen "
        "Integrationszentrum berät Sie Tom Berger, Tel. 02934 61-515.</p>",
        phones=["02934 61-515"], must_not={"addresses": ["Schulweg 5"], "phones": ["02934 9090-12"]}),
    _r7("gx-07", "<p>Projektleitung im KI: Nele Grote, 02934 61-516, ki@brueckenhain.de</p><p>Projektpartner: Mosaik e.V., "
        "Weberstraße 8, 59871 Brückenhain, info@mosaik-brueckenhain.de</p>",
        phones=["02934 61-516"], emails=[_M],
        must_not={"addresses": ["Weberstraße 8, 59871 Brückenhain"], "emails": ["info@mosaik-brueckenhain.de"]}),
    _r7("gx-08", "<p>Das Jobcenter Brückenhain (Bahnhofstraße 40, Tel. 02934 8800-0) und das Kommunale Integrationszentrum "
        "(Kolpingstraße 19, Tel. 02934 61-517) haben eine Vereinbarung zur Sprachförderung unterzeichnet.</p>",
        addresses=["Kolpingstraße 19"], phones=["02934 61-517"], must_not={"addresses": ["Bahnhofstraße 40"], "phones": ["02934 8800-0"]}),
    _r7("gx-09", "<h4>Kommunales Integrationszentrum</h4><p>Kolpingstraße 19, 59871 Brückenhain<br>Telefon 02934 61-518</p>"
        "<h4>Integrationsagentur der AWO</h4><p>Gartenweg 2, 59871 Brückenhain<br>Telefon 02934 3131-0</p>",
        addresses=[_K], phones=["02934 61-518"], must_not={"addresses": ["Gartenweg 2, 59871 Brückenhain"], "phones": ["02934 3131-0"]}),
    _r7("gx-10", "<p>Weitere Anlaufstellen:</p><ul><li>Flüchtlingshilfe Brückenhain e.V., Tel. 02934 6161, fluechtlingshilfe@web.de</li>"
        "<li>Psychosoziale Beratung der Caritas, Tel. 02934 7788-30</li></ul><p>Kommunales Integrationszentrum, Kolpingstraße 19, "
        "Telefon 02934 61-519, ki@brueckenhain.de</p>",
        addresses=["Kolpingstraße 19"], phones=["02934 61-519"], emails=[_M],
        must_not={"phones": ["02934 6161", "02934 7788-30"], "emails": ["fluechtlingshilfe@web.de"]}),
    _r7("gx-11", "<p>Wir sind für Sie da: ki@brueckenhain.de. Die Vermittlung von Ehrenamtlichen übernimmt das Freiwilligenzentrum "
        "Brückenhain (Tel. 02934 4242, info@freiwillig-brueckenhain.de).</p>",
        emails=[_M], must_not={"phones": ["02934 4242"], "emails": ["info@freiwillig-brueckenhain.de"]}),
    _r7("gx-12", "<p><strong>MBE – Migrationsberatung für Erwachsene</strong><br>Träger: Diakonisches Werk<br>Hellweg 12<br>"
        "59871 Brückenhain<br>Tel. 02934 5050-1</p><p><strong>Kommunales Integrationszentrum</strong><br>Kolpingstraße 19<br>"
        "59871 Brückenhain<br>Tel. 02934 61-520</p>",
        addresses=[_K], phones=["02934 61-520"], must_not={"addresses": ["Hellweg 12, 59871 Brückenhain"], "phones": ["02934 5050-1"]}),
    # ------------------------------------------------------------------ the Integrationsrat's office beside the centre (recall)
    _r7("gx-13", "<h3>Geschäftsstelle des Integrationsrates</h3><p>Rathaus, Zimmer 112<br>Tel. 02934 61-1120<br>"
        "integrationsrat@brueckenhain.de</p><h3>Kommunales Integrationszentrum</h3><p>Kolpingstraße 19<br>59871 Brückenhain<br>"
        "Tel. 02934 61-521<br>ki@brueckenhain.de</p>",
        addresses=[_K], phones=["02934 61-521"], emails=[_M],
        must_not={"phones": ["02934 61-1120"], "emails": ["integrationsrat@brueckenhain.de"]}),
    _r7("gx-14", "<p>Das Kommunale Integrationszentrum führt auch die Geschäftsstelle des Integrationsrates. Sie erreichen uns in der "
        "Kolpingstraße 19, Telefon 02934 61-522.</p>",
        addresses=["Kolpingstraße 19"], phones=["02934 61-522"]),
    _r7("gx-15", "<p>Der Integrationsrat tagt viermal im Jahr im Ratssaal; die Sitzungen sind öffentlich.</p>"
        "<p>Kontakt: Kommunales Integrationszentrum, Kolpingstraße 19, 59871 Brückenhain, 02934 61-523</p>",
        addresses=[_K], phones=["02934 61-523"]),
    _r7("gx-16", "<p>Geschäftsstelle Integrationsrat: Yasemin Kurt, Tel. 02934 61-1121 · Kommunales Integrationszentrum: "
        "Tel. 02934 61-524, ki@brueckenhain.de</p>",
        phones=["02934 61-524"], emails=[_M], must_not={"phones": ["02934 61-1121"]}),
    _r7("gx-17", "<h2>Integrationsrat</h2><p>Vorsitzender: Halil Demir</p><p>Geschäftsstelle: Rathaus, Markt 1, Tel. 02934 61-1122</p>"
        "<h2>Kontakt</h2><p>Kommunales Integrationszentrum Brückenhain<br>Kolpingstraße 19, 59871 Brückenhain<br>Telefon 02934 61-525</p>",
        addresses=[_K], phones=["02934 61-525"], must_not={"addresses": ["Markt 1"], "phones": ["02934 61-1122"]}),
    _r7("gx-18", "<table><tr><td>Geschäftsstelle des Integrationsrates</td><td>Markt 1</td><td>02934 61-1123</td></tr>"
        "<tr><td>Kommunales Integrationszentrum</td><td>Kolpingstraße 19</td><td>02934 61-526</td></tr></table>",
        addresses=["Kolpingstraße 19"], phones=["02934 61-526"], must_not={"addresses": ["Markt 1"], "phones": ["02934 61-1123"]}),
    _r7("gx-19", "<p>Die Wahl zum Integrationsrat findet am 14. September statt. Informationen zur Wahl und zu unseren Angeboten "
        "erhalten Sie im Kommunalen Integrationszentrum, Kolpingstraße 19, Telefon 02934 61-527, ki@brueckenhain.de.</p>",
        addresses=["Kolpingstraße 19"], phones=["02934 61-527"], emails=[_M]),
    # ------------------------------------------------------------------ the centre's own facts after another institution's name (recall)
    _r7("gx-20", "<p>In Kooperation mit der VHS bietet das KI einen Elternkurs an; Anmeldung unter 02934 61-528.</p>",
        phones=["02934 61-528"]),
    _r7("gx-21", "<p>Gefördert vom Land NRW. Kontakt: Kommunales Integrationszentrum, Tel. 02934 61-529, ki@brueckenhain.de</p>",
        phones=["02934 61-529"], emails=[_M]),
    _r7("gx-22", "<p>Gemeinsam mit dem Caritasverband organisiert das Kommunale Integrationszentrum den Sprachtreff; Informationen gibt es "
        "unter 02934 61-530 oder ki@brueckenhain.de.</p>",
        phones=["02934 61-530"], emails=[_M]),
    _r7("gx-23", "<p>Das Projekt wird vom Bundesamt für Migration und Flüchtlinge gefördert und vom KI durchgeführt. Ansprechpartnerin: "
        "Nele Grote, Tel. 02934 61-531, nele.grote@brueckenhain.de</p>",
        phones=["02934 61-531"], emails=["nele.grote@brueckenhain.de"]),
    _r7("gx-24", "<p>Zusammen mit dem Jobcenter und der Agentur für Arbeit berät das Integrationszentrum zu Ausbildung und Beruf – "
        "Termine unter 02934 61-532.</p>",
        phones=["02934 61-532"]),
    _r7("gx-25", "<p>Auf Anregung der Bezirksregierung hat das KI ein Netzwerk der Sprachcafés gegründet. Rückfragen bitte an "
        "ki@brueckenhain.de oder 02934 61-533.</p>",
        phones=["02934 61-533"], emails=[_M]),
    _r7("gx-26", "<p>Schulen, Kitas und Sportvereine, die Unterstützung suchen, melden sich beim Kommunalen Integrationszentrum: "
        "02934 61-534.</p>",
        phones=["02934 61-534"]),
    _r7("gx-27", "<p>Die AWO, die Diakonie und das KI laden zum Fest der Kulturen ein. Anmeldung beim KI unter 02934 61-535.</p>",
        phones=["02934 61-535"]),
    _r7("gx-28", "<p>Das Programm wird vom Ministerium für Kinder, Jugend, Familie, Gleichstellung, Flucht und Integration gefördert.</p>"
        "<p>Kontakt im KI: 02934 61-536, ki@brueckenhain.de</p>",
        phones=["02934 61-536"], emails=[_M]),
    _r7("gx-29", "<p>Mit Unterstützung des Integrationsrates und der Volkshochschule hat das Kommunale Integrationszentrum einen "
        "Wegweiser in zwölf Sprachen erstellt. Bestellungen: ki@brueckenhain.de</p>",
        emails=[_M]),
    # ------------------------------------------------------------------ unlabelled phones in a contact context
    _r7("gx-30", "<p>Fragen beantwortet das Team des KI montags bis freitags von 9 bis 12 Uhr: 02934 61-537</p>",
        phones=["02934 61-537"]),
    _r7("gx-31", "<p>Beratungstermine vereinbaren Sie telefonisch (02934 61-538) oder per E-Mail an ki@brueckenhain.de.</p>",
        phones=["02934 61-538"], emails=[_M]),
    _r7("gx-32", "<p>Sprechzeiten: dienstags 14–16 Uhr, 02934 61-539</p>", phones=["02934 61-539"]),
    _r7("gx-33", "<p>Bei Fragen zum Seiteneinstieg hilft Ihnen Herr Jan Pohl weiter, 02934 61-540.</p>", phones=["02934 61-540"]),
    _r7("gx-34", "<p>Terminvereinbarung 02934 61-541 / ki@brueckenhain.de</p>", phones=["02934 61-541"], emails=[_M]),
    _r7("gx-35", "<p>Das Team des Kommunalen Integrationszentrums ist dienstags und donnerstags von 8 bis 13 Uhr persönlich für Sie da, "
        "außerhalb dieser Zeiten nach Vereinbarung (02934 61-542).</p>",
        phones=["02934 61-542"]),
    # ------------------------------------------------------------------ glued PDF text
    _r7("gx-36", "Kommunales IntegrationszentrumKolpingstraße 1959871 BrückenhainTel.: 02934 61-543", addresses=[_K], phones=["02934 61-543"]),
    _r7("gx-37", "KI BrückenhainKolpingstraße 19 · 59871 BrückenhainTelefon: 02934 61-544E-Mail: ki@brueckenhain.de",
        addresses=[_K], phones=["02934 61-544"], emails=[_M]),
    _r7("gx-38", "Anschrift:Kommunales Integrationszentrum BrückenhainAm Stadtgarten 759871 Brückenhain",
        addresses=["Am Stadtgarten 7, 59871 Brückenhain"]),
    _r7("gx-39", "Kolpingstraße 19,59871 Brückenhain,Tel.02934 61-545,Fax 02934 61-599", addresses=[_K], phones=["02934 61-545", "02934 61-599"]),
    _r7("gx-40", "Kommunales Integrationszentrum\nKolping-\nstraße 19\n59871 Brückenhain", addresses=[_K]),
    _r7("gx-41", "Stadt Brückenhain\nDer Bürgermeister\nKommunales IntegrationszentrumKolpingstraße 19\n59871 BrückenhainTelefon 02934 61-546",
        addresses=[_K], phones=["02934 61-546"]),
    # ------------------------------------------------------------------ addresses in prose
    _r7("gx-42", "<p>Das Kommunale Integrationszentrum ist seit Januar im Haus der Vielfalt in der Kolpingstraße 19 zu finden.</p>",
        addresses=["Kolpingstraße 19"]),
    _r7("gx-43", "<p>Besuchen Sie uns im Erdgeschoss des Verwaltungsgebäudes an der Kolpingstraße 19 (Eingang über den Innenhof).</p>",
        addresses=["Kolpingstraße 19"]),
    _r7("gx-44", "<p>Unser neues Büro liegt zentral am Marktplatz 4, nur wenige Schritte vom Busbahnhof entfernt.</p>",
        addresses=["Marktplatz 4"]),
    _r7("gx-45", "<p>Sie treffen das Team des KI ab sofort in der Alten Post, Poststraße 3, an.</p>", addresses=["Poststraße 3"]),
    _r7("gx-46", "<p>Die Beratung erfolgt in unseren Räumen Am Stadtgarten 7 in 59871 Brückenhain.</p>",
        addresses=["Am Stadtgarten 7, 59871 Brückenhain"]),
    _r7("gx-47", "<p>Das Kommunale Integrationszentrum hat seinen Sitz im Kreishaus, Zimmer 2.14, Kolpingstraße 19; die Migrationsberatung "
        "der AWO sitzt gegenüber in der Kolpingstraße 22 (Tel. 02934 3131-5).</p>",
        addresses=["Kolpingstraße 19"], must_not={"addresses": ["Kolpingstraße 22"], "phones": ["02934 3131-5"]}),
    _r7("gx-48", "<p>Kommunales Integrationszentrum Brückenhain – Kolpingstraße 19 – 59871 Brückenhain</p><p>Beratung zu Ausbildung: "
        "Die Jugendberufsagentur im Berufskolleg, Schulstraße 10, Tel. 02934 8800-77, hilft jungen Menschen bis 25.</p>",
        addresses=[_K], must_not={"addresses": ["Schulstraße 10"], "phones": ["02934 8800-77"]}),
    # ------------------------------------------------------------------ probes written after the first run (tune7 only: their
    # numbers skip the multiples of three, so the aside7 third stays the one written before any code)
    _r7("gx-49", "<p>Das KI bietet gemeinsam mit der VHS einen Elternkurs an, Anmeldung unter 02934 61-547.</p>", phones=["02934 61-547"]),
    _r7("gx-50", "<p>Das Kommunale Integrationszentrum organisiert zusammen mit dem Caritasverband und der Diakonie den Sprachtreff; "
        "Anmeldung unter 02934 61-548 oder ki@brueckenhain.de.</p>", phones=["02934 61-548"], emails=[_M]),
    _r7("gx-52", "<p>Gefördert vom Land NRW und der Stiftung Mercator. Kontakt: 02934 61-549, ki@brueckenhain.de</p>",
        phones=["02934 61-549"], emails=[_M]),
    _r7("gx-53", "<p>Das KI arbeitet mit der Bezirksregierung, den Schulen und dem Jobcenter zusammen und ist unter 02934 61-550 "
        "erreichbar.</p>", phones=["02934 61-550"]),
    _r7("gx-55", "<p>Das Kommunale Integrationszentrum (gefördert vom Ministerium für Kinder, Jugend, Familie, Gleichstellung, Flucht und "
        "Integration) erreichen Sie unter 02934 61-551.</p>", phones=["02934 61-551"]),
    _r7("gx-56", "<h3>Integrationsrat</h3><p>Vorsitzende: Semra Öztürk<br>Geschäftsstelle: Rathaus, Tel. 02934 61-1124</p>"
        "<p>Unser Büro: Kolpingstraße 19, 59871 Brückenhain, Telefon 02934 61-552.</p>",
        addresses=[_K], phones=["02934 61-552"], must_not={"phones": ["02934 61-1124"]}),
    _r7("gx-58", "<p>Die Geschäftsstelle des Integrationsrates ist im Rathaus, Zimmer 12 (Tel. 02934 61-1125). Uns finden Sie in der "
        "Kolpingstraße 19, Telefon 02934 61-553.</p>",
        addresses=["Kolpingstraße 19"], phones=["02934 61-553"], must_not={"phones": ["02934 61-1125"]}),
    _r7("gx-59", "<p>Kontakt zum Integrationsrat: Geschäftsstelle, Markt 1, Tel. 02934 61-1126. Kontakt zum KI: Kolpingstraße 19, "
        "Tel. 02934 61-554.</p>",
        addresses=["Kolpingstraße 19"], phones=["02934 61-554"], must_not={"addresses": ["Markt 1"], "phones": ["02934 61-1126"]}),
    _r7("gx-61", "<ul><li>Integrationsrat – Geschäftsstelle, Markt 1, 02934 61-1127</li><li>Kommunales Integrationszentrum – "
        "Kolpingstraße 19, 02934 61-555</li></ul>",
        addresses=["Kolpingstraße 19"], phones=["02934 61-555"], must_not={"addresses": ["Markt 1"], "phones": ["02934 61-1127"]}),
    _r7("gx-62", "<p>Kommunales Integrationszentrum, Kolpingstraße 19, Tel. 02934 61-556.</p><p>Das Kommunale Integrationsmanagement "
        "(KIM) erreichen Sie unter 02934 61-3301 oder kim@brueckenhain.de.</p>",
        addresses=["Kolpingstraße 19"], phones=["02934 61-556"], must_not={"phones": ["02934 61-3301"], "emails": ["kim@brueckenhain.de"]}),
    _r7("gx-64", "<p>Kommunales Integrationszentrum<br>Kolpingstraße 19<br>Tel. 02934 61-557</p><p>Berufskolleg Brückenhain<br>"
        "Schulstraße 10<br>Tel. 02934 8080</p>",
        addresses=["Kolpingstraße 19"], phones=["02934 61-557"], must_not={"addresses": ["Schulstraße 10"], "phones": ["02934 8080"]}),
    _r7("gx-65", "<p>Kommunales Integrationszentrum, Kolpingstraße 19, Tel. 02934 61-558.</p><p>Anerkennungsberatung: IQ Netzwerk "
        "Brückenhain, Hafenweg 3, Tel. 02934 1234</p>",
        addresses=["Kolpingstraße 19"], phones=["02934 61-558"], must_not={"addresses": ["Hafenweg 3"], "phones": ["02934 1234"]}),
    _r7("gx-67", "<p>Kommunales Integrationszentrum, Kolpingstraße 19, Tel. 02934 61-559. Sprachkurse vermittelt das Bildungswerk der "
        "Kolpingsfamilie unter 02934 5050.</p>",
        addresses=["Kolpingstraße 19"], phones=["02934 61-559"], must_not={"phones": ["02934 5050"]}),
    _r7("gx-68", "<p>So erreichen Sie uns: Kolpingstraße 19, Tel. 02934 61-560</p><h3>Weitere Anlaufstellen</h3><p>Sozialamt – Abteilung "
        "Asyl, Marktplatz 2, Tel. 02934 61-4400</p><p>Wohngeldstelle, Marktplatz 2, Tel. 02934 61-4410</p>",
        addresses=["Kolpingstraße 19"], phones=["02934 61-560"], must_not={"addresses": ["Marktplatz 2"], "phones": ["02934 61-4400", "02934 61-4410"]}),
    _r7("gx-70", "<p>Unser Büro: Kolpingstraße 19, Tel. 02934 61-561.</p><p>Für junge Menschen bis 27 ist der JMD zuständig: Hafenstraße 3, "
        "02934 5566.</p>",
        addresses=["Kolpingstraße 19"], phones=["02934 61-561"], must_not={"addresses": ["Hafenstraße 3"], "phones": ["02934 5566"]}),
    _r7("gx-71", "<p>Kommunales Integrationszentrum, Kolpingstraße 19, Tel. 02934 61-562</p><p>Das Welcome Center der Stadt erreichen Sie "
        "in der Hafenstraße 3, Tel. 02934 5567.</p>",
        addresses=["Kolpingstraße 19"], phones=["02934 61-562"], must_not={"addresses": ["Hafenstraße 3"], "phones": ["02934 5567"]}),
    _r7("gx-73", "<p>Kommunales Integrationszentrum, Kolpingstraße 19, Tel. 02934 61-563</p><p>Projektpartner ist die Universität "
        "Brückenhain, Campusweg 1, Tel. 02934 7000.</p>",
        addresses=["Kolpingstraße 19"], phones=["02934 61-563"], must_not={"addresses": ["Campusweg 1"], "phones": ["02934 7000"]}),
    _r7("gx-74", "<p>Kommunales Integrationszentrum, Kolpingstraße 19, Tel. 02934 61-564</p><p>Flüchtlingsberatung: Kolpingstraße 22, "
        "Tel. 02934 3131-5</p>",
        addresses=["Kolpingstraße 19"], phones=["02934 61-564"], must_not={"addresses": ["Kolpingstraße 22"], "phones": ["02934 3131-5"]}),
    _r7("gx-76", "<p>Kommunales Integrationszentrum, Kolpingstraße 19, Tel. 02934 61-565</p><p>Die Stadtbibliothek bietet Sprachcafés an: "
        "Hafenstraße 3, Tel. 02934 5568.</p>",
        addresses=["Kolpingstraße 19"], phones=["02934 61-565"], must_not={"addresses": ["Hafenstraße 3"], "phones": ["02934 5568"]}),
    _r7("gx-77", "<p>Kommunales Integrationszentrum, Kolpingstraße 19, Tel. 02934 61-566</p><p>Barrierefreier Zugang: "
        "Hofstraße 3 (Hintereingang)</p><p>Postanschrift: Postfach 1120, 59870 Brückenhain</p>",
        addresses=["Kolpingstraße 19", "Hofstraße 3"], phones=["02934 61-566"],
        tolerate={"addresses": ["Postfach 1120, 59870 Brückenhain", "Postfach 11 20, 59870 Brückenhain"]}),
    _r7("gx-79", "Kommunales Integrationszentrum | Kolpingstr.19 | 59871 Brückenhain", addresses=[_K]),
    _r7("gx-80", "<p>Kommunales Integrationszentrum · Kolping&shy;straße 19 · 59871 Brückenhain</p>", addresses=[_K]),
    _r7("gx-82", "Kommunales IntegrationszentrumIm Hagen 1459871 Brückenhain", addresses=["Im Hagen 14, 59871 Brückenhain"]),
    _r7("gx-83", "Kommunales Integrationszentrum, Kolpingstraße19, 59871Brückenhain", addresses=[_K]),
    _r7("gx-85", "Kommunales Integrationszentrum59871 BrückenhainKolpingstraße 19", addresses=["Kolpingstraße 19"]),
    _r7("gx-86", "<p>Unser Team arbeitet im Haus Kolpingstraße 19, zweite Etage.</p>", addresses=["Kolpingstraße 19"]),
    _r7("gx-88", "<p>Ratsuchende kommen in die Kolpingstraße 19 – gleich hinter dem Bahnhof.</p>", addresses=["Kolpingstraße 19"]),
    _r7("gx-89", "<p>Fragen? 02934 61-567</p>", phones=["02934 61-567"]),
    _r7("gx-91", "<p>Seiteneinstiegsberatung 02934 61-568</p><p>Sprachmittlerpool – Anfragen über 02934 61-569</p>",
        phones=["02934 61-568", "02934 61-569"]),
    _r7("gx-92", "<ul><li>Leitung: Anna Roth, 02934 61-570</li><li>Sekretariat: Pia Lenz, 02934 61-571</li></ul>",
        phones=["02934 61-570", "02934 61-571"]),
    _r7("gx-94", "<p>Kommunales Integrationszentrum<br>Kolpingstraße 19<br>02934 61-572</p><p>Flüchtlingsberatung<br>Gartenweg 2<br>"
        "02934 3131-0</p>",
        addresses=["Kolpingstraße 19"], phones=["02934 61-572"], must_not={"addresses": ["Gartenweg 2"], "phones": ["02934 3131-0"]}),
    _r7("gx-95", "<p>Kommunales Integrationszentrum Kolpingstraße 19 02934 61-573</p><p>Integrationsagentur Gartenweg 2 02934 3131-2</p>",
        addresses=["Kolpingstraße 19"], phones=["02934 61-573"], must_not={"addresses": ["Gartenweg 2"], "phones": ["02934 3131-2"]}),
    _r7("gx-97", "<p>Integrationsrat und KI</p><p>Das KI unterstützt den Integrationsrat. Kontakt: Kolpingstraße 19, Tel. 02934 61-574</p>",
        addresses=["Kolpingstraße 19"], phones=["02934 61-574"]),
    _r7("gx-98", "<p>Das Programm wird von der Stiftung Mercator gefördert. Mehr Infos: ki@brueckenhain.de</p>", emails=[_M]),
]

PARTS = ("tune7", "aside7")


def _figures() -> None:  # pragma: no cover - a report for the engineer, not a test
    report_rounds(CASES, PARTS, verbose="-v" in sys.argv)


if __name__ == "__main__":
    _figures()
