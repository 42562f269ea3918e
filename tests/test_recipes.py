"""The README's Python loading recipes run against a published version."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tables_fixture import good_tables

from pipelines.assemble.validate import validate_tables
from pipelines.publish import publish

README = Path(__file__).resolve().parents[1] / "README.md"
RECIPES = re.findall(r"```python recipe\n(.*?)```", README.read_text(encoding="utf-8"), re.DOTALL)


@pytest.fixture(scope="module")
def output(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    publish(validate_tables(good_tables()), out)
    return out


def test_the_readme_has_recipes_for_pandas_polars_and_duckdb():
    assert len(RECIPES) >= 4
    assert {"pandas", "polars", "duckdb"} <= {m for r in RECIPES
                                              for m in re.findall(r"^import (\w+)", r, re.MULTILINE)}


@pytest.mark.parametrize("recipe", RECIPES, ids=lambda r: r.splitlines()[0])
def test_a_recipe_loads_rows(recipe, output):
    code = (recipe.replace("output/latest", str(output / "latest")).replace("Kaifu", "Zhou")
            .replace("Bush", "Nixon"))
    scope: dict = {}
    exec(compile(code, "README recipe", "exec"), scope)  # noqa: S102 -- the README's own code
    frame = scope.get("statements", scope.get("said", scope.get("said_to")))
    assert frame is not None and len(frame) >= 1
    if "said" in scope:  # the speaker recipe finds the statement and its source
        assert list(scope["said"]["text"]) == ["Taiwan is a province of China."]
    if "said_to" in scope:  # the historian's query: Zhou's words to Nixon, with the exchange
        rows = scope["said_to"]
        assert list(zip(rows["addressee"], rows["text"], rows["exchange"])) == [
            ("Richard Nixon", "Taiwan is a province of China.", "meeting")]
