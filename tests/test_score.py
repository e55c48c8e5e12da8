"""Our scorer agrees with the reference script shipped in shared/eval."""
import copy
import importlib.util

from kg.score import score

from conftest import load_json


def _reference(eval_dir):
    spec = importlib.util.spec_from_file_location("ref_score", eval_dir / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _reference_f1(module, gold, pred):
    tally = module.Tally()
    preds = {d["doc"]: d for d in pred}
    for g in gold:
        module.score_doc(g, preds.get(g["doc"]), tally)
    tp, fp, fn = sum(tally.tp.values()), sum(tally.fp.values()), sum(tally.fn.values())
    return tp, fp, fn


def test_agrees_with_reference_on_perturbed_seeds(eval_dir):
    module = _reference(eval_dir)
    gold = load_json(eval_dir / "gold" / "seeds.json")
    pred = copy.deepcopy(gold)
    pred[0]["agreements"][0]["status"] = "signed"
    pred[1]["agreements"].pop()
    pred[2]["publisher"] = {"qid": None, "names": ["Reuters"]}
    pred[3]["agreements"][0]["signatories"][0]["names"] = ["佩泽什基安"]
    pred[3]["agreements"][0]["signatories"][0]["qid"] = None
    pred[4]["agreements"][1]["parties"][1] = {"qid": "Q884", "names": ["韩国"]}
    ours = score(gold, pred)
    assert ours.overall[:3] == _reference_f1(module, gold, pred)
    assert score(gold, gold).f1 == 1.0


def test_several_agreements_with_the_same_parties_pair_by_shared_facts(eval_dir):
    """Listed in the other order, two Russia-US treaties still pair with their own gold."""
    module = _reference(eval_dir)
    parties = [{"qid": "Q159", "names": ["Russia"]}, {"qid": "Q30", "names": ["US"]}]
    old = {"names": ["A"], "parties": parties, "status": "terminated", "signed_on": "1987", "signed_at": None,
           "signatories": [], "duration": None, "mutual_defense": None}
    new = dict(old, names=["B"], status="signed", signed_on="2010")
    gold = [{"doc": "d.txt", "language": "en", "published": None, "publisher": None, "agreements": [old, new]}]
    pred = [dict(gold[0], agreements=[new, old])]
    assert score(gold, pred).f1 == 1.0
    assert score(gold, pred).overall[:3] == _reference_f1(module, gold, pred)


def test_explain_shows_the_sentence_behind_each_error():
    from kg.score import explain
    parties = [{"qid": "Q114", "names": ["Kenya"]}, {"qid": "Q117", "names": ["Ghana"]}]
    gold = [{"doc": "d.txt", "language": "en", "published": None, "publisher": None, "agreements": [
        {"parties": parties, "status": "signed", "signed_on": None, "signed_at": {"qid": None, "names": ["Accra"]},
         "signatories": [], "duration": None, "mutual_defense": None}]}]
    pred = [{"doc": "d.txt", "language": "en", "published": None, "publisher": None,
             "body": "Kenya and Ghana talked. They signed a deal in Accra on Monday.",
             "agreements": [{"parties": parties, "status": "planned", "signed_on": None, "signed_at": None,
                             "signatories": [], "duration": None, "mutual_defense": None,
                             "evidence": {"status": ["Kenya and Ghana talked."]}}]}]
    lines = explain(score(gold, pred), gold, pred)
    text = "\n".join(lines)
    assert "status: gold='signed' pred='planned'" in text and "> Kenya and Ghana talked." in text
    assert "signed_at" in text and "> They signed a deal in Accra on Monday." in text
