"""codegen.diff: the summaries name the real differences between Binance schema versions
(shared/notes/schema-features.md section 3) and call breaking changes out loudly."""

from __future__ import annotations

import copy

import pytest

from codegen.diff import BREAKING, NOTE, diff_schemas
from conftest import schemas_dir

pytest.importorskip("lxml")


@pytest.fixture(scope="module")
def spot():
    from codegen.parse import parse_schema
    d = schemas_dir()
    files = {v: d / f"spot_3_{v}.xml" for v in range(6)}
    if not all(p.is_file() for p in files.values()):
        pytest.skip(f"spot_3_0..5.xml not in {d}")
    return {v: parse_schema(p).to_plain() for v, p in files.items()}


def texts(d, level=None):
    return [c.line() for c in d.changes if level is None or c.level == level]


def test_identical_is_empty(spot):
    d = diff_schemas(spot[5], copy.deepcopy(spot[5]))
    assert d.empty and not d.breaking
    assert "no differences" in d.summary()


def test_3_4_to_3_5_cancel_only(spot):
    d = diff_schemas(spot[4], spot[5])
    assert not d.breaking
    notes = texts(d, NOTE)
    assert len(notes) == 1 and "symbolStatus" in notes[0] and "CancelOnly = 4" in notes[0]
    assert "unknown value" in notes[0]
    s = d.summary()
    assert "spot_sbe 3:4" in s and "spot_sbe 3:5" in s and "CancelOnly" in s
    assert "No breaking wire changes within schema id 3" in s
    # the reverse: a value removed is breaking
    r = diff_schemas(spot[5], spot[4])
    assert any("CancelOnly" in c for c in texts(r, BREAKING))


def test_3_2_to_3_3_drops_608(spot):
    d = diff_schemas(spot[2], spot[3])
    br = texts(d, BREAKING)
    assert br == ["TPlusFilterLockEvent: removed (id 608): decoders of the new version "
                  "reject it"]
    added = {c.path for c in d.changes if c.text.startswith("added (id")}
    assert {"ExecutionRulesResponse", "PriceRangeExecutionRule", "ReferencePriceResponse",
            "ReferencePriceCalculationResponse", "ServerShutdownEvent",
            "AllocationReportEvent"} <= added
    assert {"executionRuleType", "expiryReason", "calculationType"} <= {
        c.path for c in d.changes if c.section == "enums"}
    assert any(c.path == "ExecutionReportEvent" and "expiryReason" in c.text
               for c in d.changes)
    s = d.summary()
    assert "BREAKING" in s and "608" in s and "!!!" in s


def test_3_3_to_3_4_block_trades(spot):
    d = diff_schemas(spot[3], spot[4])
    assert not d.breaking
    assert any(c.path == "BlockTradesResponse" and "219" in c.text for c in d.changes)
    assert {c.path for c in d.changes if "expiryReason" in c.text} == {
        "OrderResponse", "OrdersResponse.orders"}


def test_3_1_to_3_2_transfer(spot):
    d = diff_schemas(spot[1], spot[2])
    assert not d.breaking
    assert any(c.path == "selfTradePreventionMode" and "Transfer" in c.text
               and c.level != NOTE for c in d.changes)  # enum value has sinceVersion 2
    assert any(c.path == "allowedSelfTradePreventionModes" and c.level == NOTE
               for c in d.changes)  # the set choice has none


def test_3_0_to_3_1_related_orders_moved(spot):
    d = diff_schemas(spot[0], spot[1])
    br = texts(d, BREAKING)
    assert any("relatedOrders: field priceExponent removed" in t for t in br)
    assert any("relatedOrders: field orderId moved from offset 2 to 0" in t for t in br)
    # the data rename apiKey -> loggedOnApiKey is not a wire change
    assert any("apiKey renamed to loggedOnApiKey" in t for t in texts(d))
    assert not any("apiKey" in t for t in br)


def test_new_schema_id(spot):
    new = copy.deepcopy(spot[5])
    new["id"], new["version"] = 4, 0
    del new["messages"][-1]
    s = diff_schemas(spot[5], new).summary()
    assert "NEW SCHEMA ID 3 -> 4" in s and "kept beside" in s


def test_inserted_and_resized_fields(spot):
    new = copy.deepcopy(spot[5])
    msg = next(m for m in new["messages"] if m["name"] == "ServerTimeResponse")
    msg["fields"][0]["size"], msg["fields"][0]["primitive"] = 4, "int32"
    ins = copy.deepcopy(msg["fields"][0])
    ins.update(name="extra", offset=0)
    msg["fields"].insert(0, ins)
    br = texts(diff_schemas(spot[5], new), BREAKING)
    assert any("serverTime type int64 -> int32" in t for t in br)
    assert any("field extra inserted inside the old block" in t for t in br)


def test_diff_from_committed_ir():
    """The previous schema is read back from a generated <module>_ir.py (no XML needed)."""
    from codegen.pins import GENERATED_DIR
    irs = sorted(GENERATED_DIR.glob("spot_sbe_*_ir.py"))
    if not irs:
        pytest.skip("no generated spot_sbe module")
    from codegen.update import read_ir
    ir = read_ir(irs[-1])
    assert ir is not None and ir["package"] == "spot_sbe"
    assert diff_schemas(ir, copy.deepcopy(ir)).empty
