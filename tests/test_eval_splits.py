from realpolitik.eval.splits import part_of, split


def test_split_part_of_an_item_does_not_depend_on_its_neighbours():
    keys = [f"k{i}" for i in range(200)]
    alone = {k: part_of("plover", k) for k in keys}
    together = split("plover", keys, key=lambda k: k)
    assert all(alone[k] == "tune" for k in together["tune"])
    assert all(alone[k] == "check" for k in together["check"])


def test_split_divides_a_set_into_two_parts_of_similar_size():
    parts = split("case2021", range(1000), key=str)
    assert 400 < len(parts["check"]) < 600
    assert len(parts["tune"]) + len(parts["check"]) == 1000


def test_split_parts_differ_between_datasets():
    keys = [str(i) for i in range(100)]
    assert [part_of("plover", k) for k in keys] != [part_of("geowebnews", k) for k in keys]
