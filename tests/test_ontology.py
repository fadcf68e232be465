"""The CAMEO table: every code has a Goldstein score, a QuadClass and (from 02 on) a PLOVER type."""
from casus.ontology import load_ontology


def test_table_covers_all_cameo_codes_with_scores():
    ontology = load_ontology()
    assert len(ontology.codes) >= 300
    roots = {c.root for c in ontology.codes.values()}
    assert roots == {f"{i:02d}" for i in range(1, 21)}
    for code in ontology.codes.values():
        assert -10.0 <= code.goldstein <= 10.0
        assert code.quad_class in (1, 2, 3, 4)
        if code.root != "01":
            assert code.plover.type, code.code


def test_known_values():
    ontology = load_ontology()
    assert ontology.get("057").goldstein == 8.0 and ontology.get("057").plover.type == "SUPPORT"
    assert ontology.get("190").quad_class == 4 and ontology.get("190").plover.type == "ASSAULT"
    assert ontology.get("161").plover.type == "SANCTION"
    # the 2021 CAMEO-to-PLOVER table says COERCE; the PLOVER manual codes international
    # sanctions as SANCTION 'discontinue', and the manual wins
    assert ontology.get("163").plover.type == "SANCTION"
