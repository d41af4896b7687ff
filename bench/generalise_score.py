"""Score the private check set of unseen phrasings (tests/generalise_cases.py) per field, the
part tuned on (CASES) and the parts kept aside (ASIDE; UNIT_ASIDE of tests/generalise_unit_cases.py) apart;
the eighth round of heads (tests/generalise_head_cases.py) on lines of its own:

    python -m bench.generalise_score            # one line per part
    python -m bench.generalise_score --misses   # also what the tuned part misses (never the aside part's)
"""

from __future__ import annotations

import argparse

from bench import corpus_score as C


def score(cases: list[dict]) -> dict:
    return C.score_cases([C.as_case(c) for c in cases])


def line(name: str, cases: list[dict], scored: dict) -> str:
    parts = [f"{C.FIELD_LABELS[f]} P {t.precision() or 0:.3f} R {t.recall() or 0:.3f} (n {t.tp + t.fn})"
             for f, t in scored["_tallies"].items() if t.tp or t.fn or t.fp]
    acting = scored["acting"]
    return (f"{name}: {len(cases)} cases; " + " · ".join(parts)
            + f"; distractors taken {sum(t.distractors_taken for t in scored['_tallies'].values())}"
            + f"; acting heads marked {acting.get('marked', 0)} of {acting.get('expected', 0)}; errors {len(scored['errors'])}")


def main(argv: list[str] | None = None) -> int:
    from tests.generalise_acting_cases17 import ACTING17, ACTING17_ASIDE  # the repository root is the working directory
    from tests.generalise_cases import ASIDE, ASIDE7, CASES  # the repository root is the working directory
    from tests.generalise_distractor_cases16 import (
        ASIDE16,
        ASIDE16B,
        ASIDE16C,
        ASIDE16D,
        CASES16,
        CASES16B,
        CASES16C,
        CASES16D,
    )
    from tests.generalise_head_cases import ASIDE8, CASES8
    from tests.generalise_head_cases9 import ASIDE9, CASES9
    from tests.generalise_head_cases10 import ASIDE10, CASES10
    from tests.generalise_head_cases11 import ASIDE11, CASES11
    from tests.generalise_head_cases12 import ASIDE12, CASES12
    from tests.generalise_head_cases13 import ASIDE13, CASES13
    from tests.generalise_head_cases14 import ASIDE14, ASIDE14B, CASES14, CASES14B
    from tests.generalise_head_cases15 import ASIDE15, ASIDE15B, ASIDE15C, CASES15, CASES15B, CASES15C
    from tests.generalise_head_cases16 import HEADS16, HEADS16_ASIDE, HEADS16B, HEADS16B_ASIDE
    from tests.generalise_unit_cases import (
        UNIT12_ASIDE,
        UNIT12_TUNED,
        UNIT14_ASIDE,
        UNIT14_TUNED,
        UNIT16_ASIDE,
        UNIT16_TUNED,
        UNIT_ASIDE,
    )
    from tests.generalise_unit_cases18 import UNIT18_ASIDE, UNIT18_TUNED
    from tests.generalise_unit_cases19 import UNIT19_ASIDE, UNIT19_TUNED
    from tests.generalise_unit_cases20 import UNIT20_ASIDE, UNIT20_TUNED
    from tests.generalise_unit_cases21 import UNIT21_ASIDE, UNIT21_TUNED
    from tests.generalise_unit_cases22 import UNIT22_ASIDE, UNIT22_TUNED, UNIT22B_ASIDE, UNIT22B_TUNED, UNIT22C_ASIDE, UNIT22C_TUNED
    from tests.generalise_unit_cases23 import UNIT23_ASIDE, UNIT23_TUNED, UNIT23B_ASIDE, UNIT23B_TUNED, UNIT23C_ASIDE, UNIT23C_TUNED

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args(argv)
    # "aside7": the aside third of the seventh round (heads and names) alone, inside "aside" too
    # "units aside": the aside third of the parent-unit and reorganisation rounds (tests/generalise_unit_cases.py);
    # "units12 tuned" / "units12 aside": the twelfth round's two parts alone ("units12 aside" is inside "units aside" too);
    # "units14 tuned" / "units14 aside": the fourteenth round's, the same way
    # "units16 tuned" / "units16 aside": the sixteenth round's (nested chains, quotes, codes, dated history,
    # "seit"); its aside is NOT inside "units aside", so that line stays comparable with earlier runs
    # "units18 tuned" / "units18 aside": the eighteenth round (tests/generalise_unit_cases18.py: codes in headings,
    # quotes, Stab forms, the centre's other names, nested chains, labels, verbs, history), apart the same way
    # "units19 tuned" / "units19 aside": the nineteenth round (tests/generalise_unit_cases19.py: codes in breadcrumbs,
    # quotes, Stab wordings, unusual labels, chains both ways, verbs, "seit" states, relocations, council decisions,
    # the Integrationsrat beside the centre's facts), apart the same way
    # "units20 tuned" / "units20 aside": the twentieth round (tests/generalise_unit_cases20.py: code headings, quotes,
    # Stabsstelle, labels, chains, verbs in any order, a unit in brackets, slash paths, "zu den Aufgaben des …",
    # history paragraphs; another service's unit, a portfolio list, the Integrationsrat's office), apart the same way
    # "units21 tuned" / "units21 aside": the twenty-first round (tests/generalise_unit_cases21.py: code headings and
    # organigram lists, breadcrumbs, chains both ways, quotes, label rows in tables and dl, verbs in any order, office
    # holders, the centre's other names; partners, other units in the same sentence, history, plans), apart the same way
    # "units22 tuned" / "units22 aside": the twenty-second round (tests/generalise_unit_cases22.py: code headings, TYPO3
    # breadcrumbs, organigram lists and glued Organigramm text, chains both ways, quotes, service-portal label blocks, verbs
    # in any order; council Vorlagen and press releases with effective dates; the Ausländerbehörde's Amt, contacts for
    # other topics, a footer of Dezernate, a sidebar of other offices, history and plans), apart the same way
    # "units22b tuned" / "units22b aside": its second batch (harder variants of the same forms), apart the same way
    # "units22c tuned" / "units22c aside": its third batch (split code headings, quoted headings and chains, arrows), apart
    # "units23 tuned" / "units23 aside": the twenty-third round (tests/generalise_unit_cases23.py: codes without a unit word,
    # header rows and row headers, sidebars, nested lists with the centre as a child, names with "und" and commas, office
    # holders, history told with participles and labelled periods, announcements in press releases), apart the same way
    # "units23b tuned" / "units23b aside": its second batch (the forms whose held-out counts still miss, in other settings), apart
    # "units23c tuned" / "units23c aside": its third batch (the page's own words for the centre, fronted participles), apart
    # "heads8 tuned" / "aside8": the eighth round of heads and names (tests/generalise_head_cases.py), apart
    # "heads9 tuned" / "aside9": the ninth round (tests/generalise_head_cases9.py: other verbs, participles,
    # nominal style, cards and scraped lines in other arrangements), apart
    # "heads10 tuned" / "aside10": the tenth round (tests/generalise_head_cases10.py: compound roles, back-references,
    # name then role, verb forms, label rows, other people on the page), apart
    # "heads11 tuned" / "aside11": the eleventh round (tests/generalise_head_cases11.py: name then role, verb forms in
    # any order, back-references, "unter Leitung von", acting heads, label-colon, copula, heads of other units), apart
    # "heads12 tuned" / "aside12": the twelfth round (tests/generalise_head_cases12.py: verb forms in every tense, name
    # then role in lists and cards, back-references, acting wordings, odd labels, role then name across an element,
    # heads of other units, predecessors and deputies), apart
    # "heads13 tuned" / "aside13": the thirteenth round (tests/generalise_head_cases13.py: verb forms, name then role,
    # later references, acting wordings, "unter der Leitung/Führung", label-colon, role then name, and the heads of
    # other units, offices and projects, the Integrationsrat, Dezernent, press contact, former head), apart
    # "heads14 tuned" / "aside14": the fourteenth round (tests/generalise_head_cases14.py: verb forms in any order with
    # the centre as KIZ, Kreisintegrationszentrum or a page's acronym, name then role in cards and lists, later
    # references, acting wordings, labels, role then name, and heads of partner bodies, units and projects), apart
    # "heads14b tuned" / "aside14b": its second batch (shared leads, successions, handovers, heading roles), apart
    # "heads15 tuned" / "aside15": the fifteenth round (tests/generalise_head_cases15.py: verb forms with two roles, a
    # gapped verb, successions; compound roles, cards, table rows, portraits; later references; acting wordings;
    # labels; whole blocks (press release, council extract, flyer lines, history); heads of other institutions), apart
    # "heads15b tuned" / "aside15b": its second batch (perfect passive, innehaben, future, successions, acting labels, other
    # institutions' heads told with a verb, a label or a quote), apart
    # "heads15c tuned" / "aside15c": its third batch (other institutions' heads in the centre's sentences, back-references), apart
    # "distract16 tuned" / "aside16": the sixteenth round of distractors (tests/generalise_distractor_cases16.py: the head,
    # parent unit or address of another body or unit told beside the centre's own, in prose, cards, tables, lists), apart
    # "heads16 tuned" / "heads16 aside": the sixteenth round (tests/generalise_head_cases16.py: settings rather than forms:
    # paragraphs, press releases, quotes, relative and participle phrases, genitive/dative roles, gender forms,
    # abbreviations, degrees, name particles, HTML blocks, English, Leichte Sprache, glued flyers, acting wordings), apart
    # "distract16b tuned" / "aside16b": its second batch (another body's block, inverted and passive orders, headlines), apart
    # "distract16c tuned" / "aside16c": its third batch (another body's phone, e-mail and address beside the centre's), apart
    # "distract16d tuned" / "aside16d": its fourth batch (a lead attached to the phrase before it, "vom" another body,
    # "Neue Leiterin:" with what is taken over, a bare role told more exactly next), apart
    # "heads16b tuned" / "heads16b aside": its second batch (name then role in signatures, captions, vCards, pipes, lists), apart
    # "acting17 tuned" / "acting17 aside": the seventeenth round (tests/generalise_acting_cases17.py: a stand-in for a vacant
    # or absent lead in sentences, labels, cards, tables and news; deputies and other bodies' stand-ins), apart
    for name, cases in (("tuned", CASES), ("aside", ASIDE), ("aside7", ASIDE7), ("units aside", UNIT_ASIDE),
                        ("units12 tuned", UNIT12_TUNED), ("units12 aside", UNIT12_ASIDE),
                        ("units14 tuned", UNIT14_TUNED), ("units14 aside", UNIT14_ASIDE),
                        ("units16 tuned", UNIT16_TUNED), ("units16 aside", UNIT16_ASIDE),
                        ("units18 tuned", UNIT18_TUNED), ("units18 aside", UNIT18_ASIDE),
                        ("units19 tuned", UNIT19_TUNED), ("units19 aside", UNIT19_ASIDE),
                        ("units20 tuned", UNIT20_TUNED), ("units20 aside", UNIT20_ASIDE),
                        ("units21 tuned", UNIT21_TUNED), ("units21 aside", UNIT21_ASIDE),
                        ("units22 tuned", UNIT22_TUNED), ("units22 aside", UNIT22_ASIDE),
                        ("units22b tuned", UNIT22B_TUNED), ("units22b aside", UNIT22B_ASIDE),
                        ("units22c tuned", UNIT22C_TUNED), ("units22c aside", UNIT22C_ASIDE),
                        ("units23 tuned", UNIT23_TUNED), ("units23 aside", UNIT23_ASIDE),
                        ("units23b tuned", UNIT23B_TUNED), ("units23b aside", UNIT23B_ASIDE),
                        ("units23c tuned", UNIT23C_TUNED), ("units23c aside", UNIT23C_ASIDE),
                        ("heads8 tuned", CASES8), ("aside8", ASIDE8), ("heads9 tuned", CASES9), ("aside9", ASIDE9),
                        ("heads10 tuned", CASES10), ("aside10", ASIDE10),
                        ("heads11 tuned", CASES11), ("aside11", ASIDE11),
                        ("heads12 tuned", CASES12), ("aside12", ASIDE12),
                        ("heads13 tuned", CASES13), ("aside13", ASIDE13),
                        ("heads14 tuned", CASES14), ("aside14", ASIDE14),
                        ("heads14b tuned", CASES14B), ("aside14b", ASIDE14B),
                        ("heads15 tuned", CASES15), ("aside15", ASIDE15),
                        ("heads15b tuned", CASES15B), ("aside15b", ASIDE15B),
                        ("heads15c tuned", CASES15C), ("aside15c", ASIDE15C),
                        ("distract16 tuned", CASES16), ("aside16", ASIDE16),
                        ("heads16 tuned", HEADS16), ("heads16 aside", HEADS16_ASIDE),
                        ("distract16b tuned", CASES16B), ("aside16b", ASIDE16B),
                        ("distract16c tuned", CASES16C), ("aside16c", ASIDE16C),
                        ("distract16d tuned", CASES16D), ("aside16d", ASIDE16D),
                        ("heads16b tuned", HEADS16B), ("heads16b aside", HEADS16B_ASIDE),
                        ("acting17 tuned", ACTING17), ("acting17 aside", ACTING17_ASIDE)):
        scored = score(cases)
        print(line(name, cases, scored))
        if args.misses and name in ("tuned", "units12 tuned", "units14 tuned", "units16 tuned", "units18 tuned", "units19 tuned", "units20 tuned", "units21 tuned", "units22 tuned", "units22b tuned",
                                              "units22c tuned", "units23 tuned", "units23b tuned", "units23c tuned",
                                              "heads8 tuned", "heads9 tuned",
                                              "heads10 tuned", "heads11 tuned", "heads12 tuned", "heads13 tuned", "heads14 tuned", "heads14b tuned",
                                              "heads15 tuned", "heads15b tuned", "heads15c tuned", "distract16 tuned",
                                              "heads16 tuned", "distract16b tuned", "distract16c tuned", "distract16d tuned",
                                              "heads16b tuned", "acting17 tuned"):
            for f, t in scored["_tallies"].items():
                for m in t.misses:
                    print("  miss", f, m)
                for m in t.false_hits:
                    print("  false", f, m)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
