# GENERATED FROM spot_3_5.xml (package spot_sbe, schema 3:5, sha256 542776a038883dafe962341a041323ff5d8d3e36f1b860ab60156a88a4080bcf) DO NOT EDIT.
# Regenerate with: python -m codegen --pinned
import enum
from typing import Any, Literal, Mapping, Optional, Union

from typing_extensions import Buffer

PACKAGE: str
SCHEMA_ID: int
SCHEMA_VERSION: int
SCHEMA_FILE: str
SCHEMA_SHA256: str
LIFECYCLE: dict[str, Any]
BYTE_ORDER: str
HEADER_SIZE: int
MESSAGES: dict[str, int]
TEMPLATES: dict[int, str]
ENUMS: dict[str, type[enum.IntEnum]]
SETS: dict[str, type[enum.IntFlag]]

class accountType(enum.IntEnum):
    Spot = 0
    Unknown = 2
    NonRepresentable = 254

class allocationReportType(enum.IntEnum):
    Accept = 1
    NonRepresentable = 254

class allocationStatus(enum.IntEnum):
    Accepted = 1
    NonRepresentable = 254

class allocationTransactionType(enum.IntEnum):
    New = 1
    NonRepresentable = 254

class allocationType(enum.IntEnum):
    Unknown = 0
    Sor = 2
    NonRepresentable = 254

class boolEnum(enum.IntEnum):
    # members named with Python keywords: False, True (use boolEnum['Name'])

class cancelReplaceStatus(enum.IntEnum):
    Success = 0
    Failure = 1
    NotAttempted = 2
    NonRepresentable = 254

class commissionType(enum.IntEnum):
    RecvAsset = 0
    QuoteAsset = 1
    GasOrRecvStrict = 2
    GasOrRecvOptional = 3
    NonRepresentable = 254

class contingencyType(enum.IntEnum):
    Oco = 1
    Oto = 2
    NonRepresentable = 254

class counterPartyRole(enum.IntEnum):
    Client = 1
    NonRepresentable = 254

class executionType(enum.IntEnum):
    New = 0
    Canceled = 1
    Replaced = 2
    Rejected = 3
    Trade = 4
    Expired = 5
    TradePrevention = 8
    Unknown = 253
    NonRepresentable = 254

class externalSettlementSide(enum.IntEnum):
    Debit = 0
    Credit = 1
    NonRepresentable = 254

class filterType(enum.IntEnum):
    MaxPosition = 0
    PriceFilter = 1
    TPlusSell = 2
    LotSize = 3
    MaxNumOrders = 4
    MinNotional = 5
    MaxNumAlgoOrders = 6
    ExchangeMaxNumOrders = 7
    ExchangeMaxNumAlgoOrders = 8
    IcebergParts = 9
    MarketLotSize = 10
    PercentPrice = 11
    MaxNumIcebergOrders = 12
    ExchangeMaxNumIcebergOrders = 13
    TrailingDelta = 14
    PercentPriceBySide = 15
    Notional = 16
    MaxNumOrderLists = 17
    ExchangeMaxNumOrderLists = 18
    MaxNumOrderAmends = 19
    MaxAsset = 20
    NonRepresentable = 254

class executionRuleType(enum.IntEnum):
    PriceRange = 1
    NonRepresentable = 254

class expiryReason(enum.IntEnum):
    Rejected = 1
    ExchangeCanceled = 2
    OcoTrigger = 3
    OtoPhaseOneExpired = 4
    UnfilledIocQuantityExpired = 5
    UnfilledFokOrderExpired = 6
    InsufficientLiquidity = 7
    ExecutionRulePriceRangeExceeded = 8
    NonRepresentable = 254

class calculationType(enum.IntEnum):
    External = 1
    ArithmeticMean = 2
    NonRepresentable = 254

class floor(enum.IntEnum):
    Exchange = 1
    Broker = 2
    Sor = 3
    NonRepresentable = 254

class listOrderStatus(enum.IntEnum):
    Canceling = 0
    Executing = 1
    AllDone = 2
    Reject = 3
    NonRepresentable = 254

class listStatusType(enum.IntEnum):
    Response = 0
    ExecStarted = 1
    AllDone = 2
    Updated = 3
    NonRepresentable = 254

class matchType(enum.IntEnum):
    AutoMatch = 1
    OnePartyTradeReport = 2
    NonRepresentable = 254

class orderCapacity(enum.IntEnum):
    Principal = 1
    Agency = 2
    NonRepresentable = 254

class orderSide(enum.IntEnum):
    Buy = 0
    Sell = 1
    NonRepresentable = 254

class orderStatus(enum.IntEnum):
    New = 0
    PartiallyFilled = 1
    Filled = 2
    Canceled = 3
    PendingCancel = 4
    Rejected = 5
    Expired = 6
    ExpiredInMatch = 9
    PendingNew = 11
    Unknown = 253
    NonRepresentable = 254

class orderType(enum.IntEnum):
    Market = 0
    Limit = 1
    StopLoss = 2
    StopLossLimit = 3
    TakeProfit = 4
    TakeProfitLimit = 5
    LimitMaker = 6
    NonRepresentable = 254

class rateLimitInterval(enum.IntEnum):
    Second = 0
    Minute = 1
    Hour = 2
    Day = 3
    NonRepresentable = 254

class rateLimitType(enum.IntEnum):
    RawRequests = 0
    Connections = 1
    RequestWeight = 2
    Orders = 3
    NonRepresentable = 254

class selfTradePreventionMode(enum.IntEnum):
    ExpireTaker = 2
    ExpireMaker = 3
    ExpireBoth = 4
    Decrement = 5
    Transfer = 6
    NonRepresentable = 254
    # members named with Python keywords: None (use selfTradePreventionMode['Name'])

class symbolStatus(enum.IntEnum):
    Trading = 0
    EndOfDay = 1
    Halt = 2
    Break = 3
    CancelOnly = 4
    NonRepresentable = 254

class timeInForce(enum.IntEnum):
    Gtc = 0
    Ioc = 1
    Fok = 2
    NonRepresentable = 254

class tradeType(enum.IntEnum):
    BlockTrade = 0
    NonRepresentable = 254

class pegPriceType(enum.IntEnum):
    PrimaryPeg = 1
    MarketPeg = 2
    NonRepresentable = 254

class pegOffsetType(enum.IntEnum):
    PriceLevel = 1
    NonRepresentable = 254

class allowedSelfTradePreventionModes(enum.IntFlag):
    ExpireTaker = 2
    ExpireMaker = 4
    ExpireBoth = 8
    Decrement = 16
    Transfer = 32
    NonRepresentable = 128
    # choices named with Python keywords: None (use allowedSelfTradePreventionModes['Name'])

class externalSettlementFlags(enum.IntFlag):
    MoveToAvailable = 1
    DebitCommissionAllowGas = 2
    CreditCommissionAllowGas = 4
    DebitCommissionAllowAvailable = 8
    CreditCommissionAllowAvailable = 16
    NonRepresentable = 9223372036854775808

class orderTypes(enum.IntFlag):
    Market = 1
    Limit = 2
    StopLoss = 4
    StopLossLimit = 8
    TakeProfit = 16
    TakeProfitLimit = 32
    LimitMaker = 64
    NonRepresentable = 32768

Message = dict[str, Any]

class Decoder:
    decimals: str
    groups: str
    def __init__(self, *, decimals: Literal['raw', 'float', 'decimal'] = 'raw',
                 groups: Literal['list', 'numpy', 'flat'] = 'list') -> None: ...
    def decode(self, buf: Buffer) -> Message: ...

def decode(buf: Buffer, *, decimals: Literal['raw', 'float', 'decimal'] = 'raw',
           groups: Literal['list', 'numpy', 'flat'] = 'list') -> Message: ...
def header(buf: Buffer) -> tuple[int, int, int, int]: ...
def newer_versions_seen() -> tuple[int, Optional[int]]: ...
def codec() -> Any: ...
def encode(msg: Mapping[str, Any], *, version: Optional[int] = None, pad: int = 0,
           schema_id: Optional[int] = None) -> bytes: ...
