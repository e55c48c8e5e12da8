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
