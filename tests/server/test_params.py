import math

import pytest

from oscserver.errors import RequestError
from oscserver.server.params import Float, Int, Str


def test_int_takes_pd_floats_and_refuses_fractions():
    n = Int("n", "notes", min=1, max=512)
    assert n.coerce(8) == 8 and n.coerce(8.0) == 8 and isinstance(n.coerce(8.0), int)
    with pytest.raises(RequestError, match=r"n must be a whole number from 1 to 512, got 3.5"):
        n.coerce(3.5)
    with pytest.raises(RequestError, match="got 0"):
        n.coerce(0)
    with pytest.raises(RequestError, match="got 'eight'"):
        n.coerce("eight")


def test_float_takes_ints_and_refuses_non_finite():
    t = Float("temperature", "", min=0, max=5)
    assert t.coerce(1) == 1.0 and isinstance(t.coerce(1), float)
    for bad in (math.nan, math.inf, -math.inf, -0.1, 5.1, "hot", b"\x00"):
        with pytest.raises(RequestError, match="temperature must be a number from 0 to 5"):
            t.coerce(bad)


def test_str_takes_symbols_numbers_and_choices():
    s = Str("map", "", choices=("pca", "tsne"))
    assert s.coerce("pca") == "pca"
    with pytest.raises(RequestError, match="map must be one of pca, tsne, got 'umapx'"):
        s.coerce("umapx")
    path = Str("path", "")
    assert path.coerce(120.0) == "120"
    for bad in ("", "a" * 5000, "a\x00b"):
        with pytest.raises(RequestError, match="path must be a symbol"):
            path.coerce(bad)


def test_signature_shows_type_range_and_default():
    assert Int("n", "", min=1, max=512).signature() == "<n:i 1..512>"
    assert Float("temperature", "", default=1.0, min=0, max=5).signature() == "[temperature:f 0..5 =1.0]"
    assert Str("map", "", choices=("pca", "grid")).signature() == "<map:s pca|grid>"
